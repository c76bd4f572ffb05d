// Offline after the first visit (dist/sw.js, ADR 0017), registered once the start has succeeded.
// Not inside an iframe: a host page's visitors get nothing stored by an embedded tool. A new version
// that takes over while this page is open is announced to the app with the event
// `rekenhulp-nieuwe-versie`; this page keeps calculating with the version it loaded. Part of the
// start script of both pages (scripts/start.mjs, scripts/csp-start.mjs).
function registreerServiceWorker() {
  if (!('serviceWorker' in navigator) || window.top !== window.self) return;
  var hadEenVersie = !!navigator.serviceWorker.controller;
  navigator.serviceWorker.addEventListener('controllerchange', function () {
    if (!hadEenVersie) return;
    window.rekenhulpNieuweVersie = true;
    window.dispatchEvent(new Event('rekenhulp-nieuwe-versie'));
  });
  navigator.serviceWorker.register('/sw.js').catch(function () {});
}
