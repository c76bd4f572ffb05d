// Benchmark of the release build (not a test: it prints figures, asserts nothing).
// usage: node e2e/bench.mjs URL [runs] [start]   (start: only the three visits of a phone, not the
// loopback visit and the typing; for comparing builds quickly)
// Prints, for the bare address and a shared link (390 px, 4x CPU + slow 4G via CDP, median of several
// cold runs, and a second visit served by the service worker): when the first net amount is painted,
// the bytes before that frame, when the app takes over, and all bytes of the visit; then the time
// from typing to the updated figure, all main-thread CPU per keystroke, and the chart redraw after a
// period switch.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from './tests/hulp.mjs';
import { typProfiel, zetTelefoon, NETTO_WACHTER, nettoSignaal } from './meten.mjs';

const [url = 'http://127.0.0.1:8090/', runsArg = '9', alleen] = process.argv.slice(2);
const heel = alleen !== 'start';
const runs = Number(runsArg);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const mediaan = a => { const s = [...a].sort((x, y) => x - y); return s[Math.floor(s.length / 2)]; };

// The bare address, and a shared link (a scenario in the fragment).
const KAAL = '';
const GEDEELD = '#v=1&datum=2026-07-01&leeftijd=30&uren=32&loonwaarde=35';

/**
 * Cold visits (a new browser context each: no cache, no service worker), or second visits served by
 * the service worker. Per visit: when the first net amount is painted (the first frame in
 * which the phone bar or the big figure shows it, visible and in the viewport: the time of that
 * frame; not the moment it is in the DOM), the bytes on the
 * wire up to that frame (every response that ended before it, with the page itself), when the app
 * has taken over, when the parts below the amounts are there, and every byte of the visit.
 */
async function eersteUitkomst(throttle, fragment, tweedeBezoek = false) {
  const uit = [];
  for (let i = 0; i < runs; i++) {
    const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await ctx.newPage();
    if (tweedeBezoek) {
      // A first visit installs the service worker; the measured visit is the next one (ADR 0017).
      await page.goto(url + '#v=1', { waitUntil: 'load' });
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
      await page.goto('about:blank'); // else the next visit is only a fragment change
    }
    // Every byte of the visit as the network layer counts it (Resource Timing misses the split
    // loader's fetches: measured 191.6 KB there against 230.9 KB on the wire for the same visit).
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Network.enable');
    let opDeLijn = 0;
    cdp.on('Network.loadingFinished', (e) => { opDeLijn += e.encodedDataLength; });
    if (throttle) await zetTelefoon(ctx, page, cdp);
    await page.addInitScript(NETTO_WACHTER);
    const netto = await nettoSignaal(page);
    await page.goto(url + fragment, { waitUntil: 'commit' });
    await netto();
    await page.waitForSelector('#jaaroverzicht', { state: 'attached', timeout: 60000 });
    const m = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const r = performance.getEntriesByType('resource');
      const voor = r.filter((e) => e.responseEnd <= window.__netto).reduce((s, e) => s + (e.transferSize || 0), 0);
      return { netto: window.__netto, app: window.__app, onder: window.__onder, voor: voor + (nav?.transferSize || 0) };
    });
    m.bytes = opDeLijn;
    uit.push(m);
    await ctx.close();
  }
  const med = (k) => Math.round(mediaan(uit.map(u => u[k])));
  return { eerste_nettobedrag_geschilderd_mediaan_ms: med('netto'), min_ms: Math.round(Math.min(...uit.map(u => u.netto))),
    bytes_voor_dat_beeld: med('voor'), app_neemt_over_mediaan_ms: med('app'), delen_onder_de_bedragen_mediaan_ms: med('onder'),
    bytes_over_de_lijn_heel_bezoek: med('bytes') };
}

async function herberekening() {
  const page = await browser.newPage();
  await page.goto(url + GEDEELD);
  // Once the app runs (it has taken over the prerendered page, ADR 0022).
  await page.waitForSelector('html.rh-app');
  // Time from the input event to the changed figure (or chart), measured with a MutationObserver,
  // so it includes Leptos' scheduling, the core's calculation and the DOM update.
  const meet = (selector, actie, n) => page.evaluate(async ({ selector, actie, n }) => {
    const uit = [];
    for (let i = 0; i < n; i++) {
      const doel = document.querySelector(selector);
      const klaar = new Promise(r => { const o = new MutationObserver(() => { o.disconnect(); r(performance.now()); });
        setTimeout(() => { o.disconnect(); r(NaN); }, 2000);
        o.observe(doel, { subtree: true, childList: true, characterData: true, attributes: true }); });
      const t0 = performance.now();
      if (actie === 'typ') {
        const veld = document.querySelector('#veld-loonwaarde');
        veld.value = i % 2 ? '40' : '60';
        veld.dispatchEvent(new Event('input', { bubbles: true }));
      } else {
        document.querySelector(i % 2 ? '#periode-maand' : '#periode-jaar').click();
      }
      uit.push(await klaar - t0);
    }
    return uit;
  }, { selector, actie, n });
  const tijden = await meet('#fig-lks-meting', 'typ', 40);
  // All the work one keystroke causes in the page's main thread: script, the deferred chart and
  // tables (just before the next frame), style, layout and paint. A CPU profile of 100 keystrokes
  // 60 ms apart; the samples that are not idle, per keystroke (a sum, so nothing is left out).
  // Noisy on this 2-core VM (±15% between runs): compare medians of several runs.
  const profile = await typProfiel(page, 100, 60);
  const idle = new Set(profile.nodes.filter(n => n.callFrame.functionName === '(idle)').map(n => n.id));
  const bezig = profile.samples.reduce((som, id, i) => som + (idle.has(id) ? 0 : (profile.timeDeltas[i] ?? 0)), 0);
  const alles = bezig / 1000 / 100;
  const wissel = await meet('.grafiek-blok', 'periode', 20);
  // The year overview open: typing recalculates twelve months and redraws its table and chart.
  await page.locator('#jaaroverzicht summary').click();
  await page.waitForSelector('.jaar-tabel');
  const jaar = await meet('#jaaroverzicht', 'typ', 20);
  await page.close();
  const ok = a => a.filter(x => !Number.isNaN(x));
  return { typen_tot_nieuwe_uitkomst_ms: +mediaan(ok(tijden)).toFixed(2), cpu_per_toets_alles_ms: +alles.toFixed(2), periode_wissel_met_grafiek_ms: +mediaan(ok(wissel)).toFixed(2),
    typen_tot_nieuw_jaaroverzicht_ms: +mediaan(ok(jaar)).toFixed(2),
    gemist: tijden.length + wissel.length + jaar.length - ok(tijden).length - ok(wissel).length - ok(jaar).length };
}

const resultaat = {
  url, runs,
  kaal_adres_loopback: heel ? await eersteUitkomst(false, KAAL) : undefined,
  kaal_adres_4x_cpu_slow_4g: await eersteUitkomst(true, KAAL),
  gedeelde_link_4x_cpu_slow_4g: await eersteUitkomst(true, GEDEELD),
  tweede_bezoek_gedeelde_link_4x_cpu_slow_4g: await eersteUitkomst(true, GEDEELD, true),
  in_de_browser: heel ? await herberekening() : undefined,
};
console.log(JSON.stringify(resultaat, null, 2));
await browser.close();
