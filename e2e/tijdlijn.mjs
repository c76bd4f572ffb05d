// The timeline of one visit (not a test: it prints, asserts nothing), as a phone has it: 390×844,
// 4× CPU, slow 4G (1.44 Mbit/s, 150 ms), cold, or a second visit served by the service worker.
// When each file is asked for and when its last byte is there, when the start script, the first
// module and the frame with the first net amount happen, and where the page's main thread spends
// its milliseconds until that frame (a Chromium trace: top-level tasks and what they did).
// usage: node e2e/tijdlijn.mjs URL [fragment] [--tweede] [--alles]
//   fragment: e.g. '#v=1&datum=2026-07-01&leeftijd=30&uren=32&loonwaarde=35' (default: the bare address)
//   --tweede: a first visit installs the service worker; the visit measured is the next one
//   --sw-gestopt: with --tweede, the worker stopped before that visit (as after a while idle)
//   --alles: every main-thread event of 1 ms or more, not only the top-level tasks
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from './tests/hulp.mjs';
import { zetTelefoon, nettoSignaal, NETTO_WACHTER } from './meten.mjs';

const args = process.argv.slice(2);
const vlag = (n) => args.includes(n);
const [url = 'http://127.0.0.1:8090/', fragment = ''] = args.filter((a) => !a.startsWith('--'));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
const page = await ctx.newPage();
if (vlag('--tweede')) {
  await page.goto(url + '#v=1', { waitUntil: 'load' });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
  await page.waitForTimeout(3000); // the app's own later work done (also any code caching)
  await page.goto('about:blank');
  // As a phone has it after a while: the browser stops an idle worker (after ~30 s), so the next
  // visit starts it again (or, with static routes, reads the cache without it).
  if (vlag('--sw-gestopt')) {
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
  }
}
await zetTelefoon(ctx, page);
await page.addInitScript(NETTO_WACHTER);
const netto = await nettoSignaal(page);
await browser.startTracing(page, {
  // Few categories: tracing costs time itself (with 'v8' and the detailed timeline a start took
  // ~100 ms longer).
  categories: vlag('--alles') ? ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.wasm',
    'disabled-by-default-v8.wasm', 'blink.user_timing', 'loading', 'ServiceWorker', 'v8.execute']
    : ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.wasm', 'blink.user_timing', 'loading'],
});
await page.goto(url + fragment, { waitUntil: 'commit' });
await netto();
await page.waitForTimeout(300);
const spoor = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
if (process.env.SPOOR) (await import('node:fs')).writeFileSync(process.env.SPOOR, JSON.stringify(spoor));
const m = await page.evaluate(() => {
  const r = (x) => Math.round(x);
  const nav = performance.getEntriesByType('navigation')[0];
  const bestanden = [nav, ...performance.getEntriesByType('resource')].map((e) => ({
    naam: e.name.replace(location.origin, '').replace(/#.*/, '') || '/',
    start: r(e.startTime), sw: e.workerStart ? r(e.workerStart) : '', eersteByte: r(e.responseStart), laatsteByte: r(e.responseEnd),
    bytes: e.transferSize, type: e.initiatorType ?? 'navigatie',
  }));
  const marks = performance.getEntriesByType('mark').map((e) => [e.name, r(e.startTime)]);
  return { bestanden, marks, netto: r(window.__netto), dom: r(nav.domInteractive), dcl: r(nav.domContentLoadedEventEnd) };
});
console.log(`${url}${fragment}${vlag('--tweede') ? ' (tweede bezoek)' : ' (koud)'}`);
console.log('\nbestand                                         gevraagd  sw-start  1e byte  laatste byte  bytes');
for (const b of m.bestanden.sort((a, b) => a.start - b.start)) {
  console.log(`${b.naam.padEnd(46).slice(0, 46)} ${String(b.start).padStart(8)} ${String(b.sw).padStart(9)} ${String(b.eersteByte).padStart(8)} ${String(b.laatsteByte).padStart(13)} ${String(b.bytes).padStart(6)}`);
}
console.log(`\nDOM interactief ${m.dom} ms, DOMContentLoaded ${m.dcl} ms; marks: ${m.marks.map(([n, t]) => `${n} ${t} ms`).join(', ')}`);
console.log(`eerste beeld met een nettobedrag: ${m.netto} ms`);

// The trace: the renderer's main thread, from the navigation to the frame with the amount.
const start = spoor.find((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame &&
  e.args.data.documentLoaderURL?.startsWith(url));
const navStart = start.ts;
const hoofd = { pid: start.pid, tid: start.tid };
const tot = navStart + (m.netto + 50) * 1000;
const ms = (us) => (us / 1000).toFixed(1);
const eigen = spoor.filter((e) => e.ph === 'X' && e.ts >= navStart - 200e3 && e.ts <= tot);
const opHoofd = eigen.filter((e) => hoofd && e.pid === hoofd.pid && e.tid === hoofd.tid);
console.log('\nhoofdthread (ms na de navigatie, duur):');
const taken = opHoofd.filter((e) => e.name === 'RunTask' && e.dur >= 1000);
for (const t of taken) {
  // What a task did: its longest events directly or further inside it, by name.
  const binnen = opHoofd.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && e.dur >= 300 && e.name !== 'RunTask');
  const per = {};
  for (const e of binnen) {
    const naam = e.name + (e.args?.data?.url ? ` ${e.args.data.url.replace(/^.*\//, '')}` : '') + (e.args?.data?.functionName ? ` ${e.args.data.functionName}` : '');
    per[naam] = Math.max(per[naam] ?? 0, e.dur);
  }
  const wat = Object.entries(per).sort((a, b) => b[1] - a[1]).slice(0, vlag('--alles') ? 12 : 4).map(([n, d]) => `${n} ${ms(d)}`).join('; ');
  console.log(`${ms(t.ts - navStart).padStart(8)} ${ms(t.dur).padStart(7)}  ${wat}`);
}
const bezig = taken.reduce((s, t) => s + t.dur, 0);
console.log(`samen ${ms(bezig)} ms in taken van 1 ms of meer tot het beeld`);
// From the last byte of the first wasm to the frame: the main thread's time per kind of event.
const wasmKlaar = m.bestanden.find((b) => /_bg\.wasm$/.test(b.naam))?.laatsteByte;
if (wasmKlaar !== undefined) {
  const per = {};
  for (const e of opHoofd.filter((e) => e.ts >= navStart + wasmKlaar * 1000 && e.name !== 'RunTask')) {
    per[e.name] ??= { n: 0, dur: 0 };
    per[e.name].n++;
    per[e.name].dur += e.dur;
  }
  console.log(`\nna de laatste byte van de eerste wasm (${wasmKlaar} ms) tot het beeld, per soort (genest telt dubbel):`);
  for (const [k, v] of Object.entries(per).filter(([, v]) => v.dur >= 500).sort((a, b) => b[1].dur - a[1].dur).slice(0, 16)) {
    console.log(`${ms(v.dur).padStart(8)} ms ${String(v.n).padStart(4)}× ${k}`);
  }
}
// Off the main thread: wasm compilation and the service worker.
const anders = {};
for (const e of eigen.filter((e) => !(hoofd && e.tid === hoofd.tid && e.pid === hoofd.pid) && e.dur >= 500 &&
  /wasm|Wasm|ServiceWorker|compile|Compile/.test(e.name))) {
  const k = e.name;
  anders[k] ??= { n: 0, dur: 0, eerste: e.ts, laatste: e.ts + e.dur };
  Object.assign(anders[k], { n: anders[k].n + 1, dur: anders[k].dur + e.dur, eerste: Math.min(anders[k].eerste, e.ts), laatste: Math.max(anders[k].laatste, e.ts + e.dur) });
}
console.log('\nbuiten de hoofdthread (naam: aantal, samen, van-tot ms na de navigatie):');
for (const [k, v] of Object.entries(anders).sort((a, b) => a[1].eerste - b[1].eerste)) {
  console.log(`${k}: ${v.n}×, ${ms(v.dur)} ms, ${ms(v.eerste - navStart)}-${ms(v.laatste - navStart)}`);
}
await browser.close();
