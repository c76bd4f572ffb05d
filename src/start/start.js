// The start of the page (ADR 0022, 0028): inline in <head>, allowed by its sha256 in the CSP
// (scripts/start.mjs writes it into the page and the hash into docs/hosting/; no 'unsafe-inline').
// Its text never changes with a build: what a build names (the first wasm module and the JS glue,
// with their integrity) it reads from <html>. It runs before the first paint, as the parser reaches
// it, and decides from the address and today's date what may be shown before the wasm runs, by
// classes on <html> that the stylesheet reads:
// - rh-vooraf: the bare address on one of the days data-rh-van..data-rh-tot, for which the page was
//   rendered ahead of time: the form and the amounts hold as they are;
// - otherwise both wait (hidden, their place kept) until the first module has calculated them;
// - rh-embed, rh-compact: the layout of an embedded page and of the jobcoach view, at once.
// Never an amount of another day, not even for a frame; without JavaScript nothing is shown.
// When the first amount needs the wasm (a link with a scenario, another day), its request leaves
// now, with the page, and is compiled while it streams in; on the bare address the first paint has
// the bandwidth, and the wasm follows it. Then the first module (src/eerst.rs) runs, after the
// parser, and the app follows; when that fails (a file refused by its integrity, no network), the
// page says so instead of looking alive.
// scripts/start.mjs puts it, with src/start/sw-registratie.js, in a function of its own.
var h = document.documentElement;
var d = h.dataset;
var zoek = new URLSearchParams(location.search);
var frag = new URLSearchParams(location.hash.slice(1));
if (zoek.get('embed') === '1' || frag.get('embed') === '1') h.classList.add('rh-embed');
if (frag.get('weergave') === 'compact') h.classList.add('rh-compact');
var nu = new Date();
var twee = function (n) { return (n < 10 ? '0' : '') + n; };
var vandaag = nu.getFullYear() + '-' + twee(nu.getMonth() + 1) + '-' + twee(nu.getDate());
var kaal = true;
frag.forEach(function (_, k) { if (k !== 'v' && k !== 'embed' && k !== 'ouder') kaal = false; });
var vooraf = kaal && vandaag >= d.rhVan && vandaag <= d.rhTot;

// The first module, fetched with its sha384 and compiled as it streams in (a compiled module can
// be kept by the browser for the next visit).
var module;
var compileer = function () {
  var laad = function () { return fetch(d.rhWasm, { integrity: d.rhWasmSri }); };
  return WebAssembly.compileStreaming(laad()).catch(function (e) {
    // A server that does not say application/wasm: compiled from its bytes (integrity still checked).
    if (!(e instanceof TypeError)) throw e;
    return laad().then(function (r) { return r.arrayBuffer(); }).then(WebAssembly.compile);
  });
};
if (vooraf) {
  h.classList.add('rh-vooraf');
  // The date field says today, as the app's does (an empty field means today too). Set as soon as
  // the parser has made it, before any frame shows it (a mutation observer runs before the next
  // paint; filled later, its text moved: a layout shift).
  new MutationObserver(function (_, waarnemer) {
    var veld = document.getElementById('veld-datum');
    if (!veld) return;
    if (!veld.value) veld.value = vandaag;
    waarnemer.disconnect();
  }).observe(h, { childList: true, subtree: true });
} else {
  module = compileer();
  module.catch(function () {}); // handled where it is used, below
}

var mislukt = function () {
  var p = document.getElementById('start-mislukt');
  if (p) p.hidden = false;
};
// The JS glue and the split loader: their modulepreload links, with their integrity, wait in a
// <template> (not fetched by the page); in <head> they are fetched, and the import below waits for
// those fetches, so the integrity holds for the import too.
var modules = function () {
  var t = document.getElementById('rh-modules');
  if (t) document.head.appendChild(t.content);
};
if (!vooraf) modules();
var start = function () {
  modules();
  import(d.rhLijm)
    .then(function (lijm) { return lijm.default({ module_or_path: module || compileer() }); })
    .then(registreerServiceWorker, function (e) { mislukt(); throw e; });
};
// The first module writes into the whole page: after the parser. On the bare address the amounts
// are in the page: first a frame, then the wasm (it follows typing and brings the app).
document.addEventListener('DOMContentLoaded', function () {
  if (vooraf) requestAnimationFrame(function () { setTimeout(start, 0); });
  else start();
});
