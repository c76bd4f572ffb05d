// Runs before the first paint (a classic script in <head>, put there with its integrity by
// scripts/voorweergave.mjs; ADR 0022). The page arrives rendered ahead of time for the default
// scenario, with the amounts of the days in data-rh-van..data-rh-tot. This decides, from the address
// and today's date, what may be shown before the wasm runs, by classes on <html> that the stylesheet
// reads:
// - rh-vooraf: the bare address on one of those days: the form and the amounts hold as they are;
// - otherwise both wait (hidden, their place kept) until they are calculated for this link;
// - rh-embed, rh-compact: the layout of an embedded page and of the jobcoach view, at once.
// Never an amount of another day, not even for a frame; without JavaScript nothing is shown.
(function () {
  var h = document.documentElement;
  var zoek = new URLSearchParams(location.search);
  var frag = new URLSearchParams(location.hash.slice(1));
  if (zoek.get('embed') === '1' || frag.get('embed') === '1') h.classList.add('rh-embed');
  if (frag.get('weergave') === 'compact') h.classList.add('rh-compact');
  var d = new Date();
  var twee = function (n) { return (n < 10 ? '0' : '') + n; };
  var vandaag = d.getFullYear() + '-' + twee(d.getMonth() + 1) + '-' + twee(d.getDate());
  var kaal = true;
  frag.forEach(function (_, k) { if (k !== 'v' && k !== 'embed' && k !== 'ouder') kaal = false; });
  if (!kaal || !(vandaag >= h.getAttribute('data-rh-van') && vandaag <= h.getAttribute('data-rh-tot'))) {
    // The first amount needs the wasm: fetch it now, with its integrity (the start script's fetch
    // takes this response). The bare address leaves the bandwidth to the stylesheet.
    var l = document.createElement('link');
    l.rel = 'preload'; l.as = 'fetch'; l.type = 'application/wasm'; l.crossOrigin = 'anonymous';
    l.href = h.getAttribute('data-rh-wasm'); l.integrity = h.getAttribute('data-rh-wasm-sri');
    document.head.appendChild(l);
    return;
  }
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
})();
