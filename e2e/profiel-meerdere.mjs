// Where one run of the page for many employees goes (issue 34; not a test: it prints, asserts
// nothing). From choosing a CSV file until the totals show: a Chromium trace of the renderer (its
// main thread and every calculating worker's thread) plus marks the harness sets around the
// browser's own APIs (no change to the page): the file's bytes read (`Blob.arrayBuffer`), each part
// handed to a worker (`Worker.postMessage`), each answer arriving (the worker's `onmessage`), the
// totals' sentence in the DOM. Prints a timeline (ms after choosing), the main thread's busy time split
// by what its tasks did, and per worker its wall clock and busy time.
// usage: node e2e/profiel-meerdere.mjs URL [rijen=10000] [werkers=] [spoor.json]
//   werkers: pretend a device with that many cores (as bench-meerdere.mjs); spoor.json: keep the trace
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from './tests/hulp.mjs';
import { groepCsv } from './groep.mjs';

const [url = 'http://127.0.0.1:8090/', rijenArg = '10000', werkers = '', bewaar = ''] = process.argv.slice(2);
const n = Number(rijenArg);
const bestand = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'profiel-meerdere-')), `groep-${n}.csv`);
fs.writeFileSync(bestand, groepCsv(n));

/** Runs in the page before its own scripts: marks around the APIs the page uses. */
function merken() {
  const m = (naam) => performance.mark(naam);
  window.__delen = [];
  window.__antwoorden = [];
  const ab = Blob.prototype.arrayBuffer;
  Blob.prototype.arrayBuffer = function () {
    m('lees:start');
    return ab.call(this).then((b) => { m('lees:klaar'); return b; });
  };
  const pm = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (d, t) {
    if (d && d.deel) { m('stuur'); window.__delen.push([performance.now(), d.deel.byteLength, d.nummer]); }
    return pm.call(this, d, t);
  };
  const om = Object.getOwnPropertyDescriptor(Worker.prototype, 'onmessage');
  Object.defineProperty(Worker.prototype, 'onmessage', {
    configurable: true,
    get() { return om.get.call(this); },
    set(f) {
      om.set.call(this, f && ((e) => {
        if (e.data && e.data.ok instanceof ArrayBuffer) {
          m('antwoord');
          window.__antwoorden.push([performance.now(), e.data.ok.byteLength, e.data.nummer]);
        }
        return f(e);
      }));
    },
  });
  const kijk = () => {
    new MutationObserver((_, o) => {
      if (document.getElementById('groep-zin')) { m('zin'); window.__zin = performance.now(); o.disconnect(); }
    }).observe(document.body, { childList: true, subtree: true });
  };
  if (document.body) kijk(); else document.addEventListener('DOMContentLoaded', kijk);
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const page = await browser.newPage();
if (werkers) {
  await page.addInitScript((k) => Object.defineProperty(Navigator.prototype, 'hardwareConcurrency', { get: () => k }), Number(werkers));
}
await page.addInitScript(merken);
await page.goto(new URL('meerdere.html', url).href);
await page.locator('#groep-bestand').waitFor();
await page.locator('#groep-status:not([data-werkers="0"])').waitFor({ state: 'attached' });
await page.waitForTimeout(800);
await browser.startTracing(page, {
  categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8', 'v8.wasm', 'toplevel'],
});
const t0 = await page.evaluate(() => { performance.mark('kies'); return performance.now(); });
const start = Date.now();
await page.locator('#groep-bestand').setInputFiles(bestand);
await page.locator('#groep-zin').waitFor({ timeout: 300000 });
const wand = Date.now() - start;
await page.waitForTimeout(200);
const spoor = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
if (bewaar) fs.writeFileSync(bewaar, JSON.stringify(spoor));
const p = await page.evaluate(() => ({
  delen: window.__delen, antwoorden: window.__antwoorden, zin: window.__zin,
  marks: performance.getEntriesByType('mark').map((e) => [e.name, e.startTime]),
  werkers: Number(document.querySelector('#groep-status').dataset.werkers),
  tekst: document.querySelector('#groep-zin').textContent,
}));
await browser.close();

// The trace's clock: the harness's mark 'kies' is at t0 on the page's clock.
const kies = spoor.find((e) => e.name === 'kies' && e.cat.includes('user_timing'));
const nul = kies.ts; // µs, trace clock
const ms = (ts) => (ts - nul) / 1000;
const r = (x) => Math.round(x);
const paginaMs = (pn) => pn - t0; // page clock → ms after choosing
const zinMs = paginaMs(p.zin);
const eind = nul + (zinMs + 20) * 1000;

const namen = new Map(spoor.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args.name]));
const hoofdSleutel = `${kies.pid}:${kies.tid}`;
const taken = spoor.filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.ts + e.dur >= nul && e.ts <= eind);
const perThread = new Map();
for (const t of taken) {
  const k = `${t.pid}:${t.tid}`;
  if (!perThread.has(k)) perThread.set(k, []);
  perThread.get(k).push(t);
}
/** Busy time of tasks (µs), clipped to [van, tot]. */
const bezig = (ts, van = nul, tot = eind) => ts.reduce((s, t) => s + Math.max(0, Math.min(t.ts + t.dur, tot) - Math.max(t.ts, van)), 0);

const mark = (naam) => p.marks.filter(([m]) => m === naam).map(([, t]) => paginaMs(t));
console.log(`${n} rijen, ${p.werkers} werkers, kiezen → zin ${r(zinMs)} ms (wandklok harness ${wand} ms)`);
console.log(`zin: ${p.tekst.slice(0, 90)}`);
console.log('\ntijdlijn (ms na kiezen):');
console.log(`  bestand lezen (Blob.arrayBuffer)  ${r(mark('lees:start')[0])} → ${r(mark('lees:klaar')[0])}`);
const delen = p.delen.map(([t, b, nr]) => ({ t: paginaMs(t), b, nr }));
const antw = new Map(p.antwoorden.map(([t, b, nr]) => [nr, { t: paginaMs(t), b }]));
console.log(`  eerste deel naar een werker       ${r(delen[0].t)} (${delen.length} delen, ${(delen.reduce((s, d) => s + d.b, 0) / 1e6).toFixed(2)} MB heen)`);
const antwoorden = [...antw.values()].sort((a, b) => a.t - b.t);
console.log(`  eerste antwoord                   ${r(antwoorden[0].t)}, laatste ${r(antwoorden.at(-1).t)} (${(antwoorden.reduce((s, a) => s + a.b, 0) / 1e6).toFixed(2)} MB terug)`);
console.log(`  zin (totalen) in de DOM           ${r(zinMs)}`);
console.log('  per deel: [nr, gestuurd, antwoord, heen-en-terug ms]');
console.log('   ', delen.map((d) => `[${d.nr},${r(d.t)},${r(antw.get(d.nr)?.t ?? -1)},${r((antw.get(d.nr)?.t ?? 0) - d.t)}]`).join(' '));

// The main thread: its tasks in the window, grouped by what they hold.
const hoofd = perThread.get(hoofdSleutel) ?? [];
const binnen = (t, naam) => spoor.some((e) => e.name === naam && e.cat.includes('user_timing') && `${e.pid}:${e.tid}` === hoofdSleutel && e.ts >= t.ts && e.ts <= t.ts + t.dur);
const leesKlaar = nul + mark('lees:klaar')[0] * 1000;
const groepen = { 'kiezen tot bytes gelezen': [], 'openen, eerste delen lezen en sturen': [], 'antwoord verwerken (+ volgende delen)': [], 'laatste antwoord + uitkomst tonen': [], 'overig (frames, timers)': [] };
const zinTs = nul + zinMs * 1000;
for (const t of hoofd) {
  if (t.ts <= zinTs && t.ts + t.dur >= zinTs) groepen['laatste antwoord + uitkomst tonen'].push(t);
  else if (binnen(t, 'antwoord')) groepen['antwoord verwerken (+ volgende delen)'].push(t);
  else if (t.ts + t.dur <= leesKlaar) groepen['kiezen tot bytes gelezen'].push(t);
  else if (binnen(t, 'stuur') || (t.ts >= leesKlaar && t.ts < nul + delen[0].t * 1000)) groepen['openen, eerste delen lezen en sturen'].push(t);
  else groepen['overig (frames, timers)'].push(t);
}
console.log(`\nhoofdthread (${namen.get(hoofdSleutel)}): bezig ${r(bezig(hoofd) / 1000)} ms van ${r((eind - nul) / 1000)} ms`);
for (const [g, ts] of Object.entries(groepen)) {
  const lang = ts.reduce((a, t) => Math.max(a, t.dur), 0);
  console.log(`  ${g.padEnd(42)} ${String(r(bezig(ts) / 1000)).padStart(5)} ms in ${ts.length} taken (langste ${r(lang / 1000)} ms)`);
}
// What the main thread's time is spent on, by trace event inside its tasks (self time is not in a
// trace; these are the largest kinds of events, inclusive).
const soorten = new Map();
for (const e of spoor) {
  if (e.ph !== 'X' || `${e.pid}:${e.tid}` !== hoofdSleutel || e.ts < nul || e.ts > eind || e.name === 'RunTask') continue;
  soorten.set(e.name, (soorten.get(e.name) ?? 0) + e.dur);
}
console.log('  soorten (inclusief, kunnen overlappen):', [...soorten].sort((a, b) => b[1] - a[1]).slice(0, 14).map(([k, v]) => `${k} ${r(v / 1000)}`).join(', '));
const laatste = groepen['laatste antwoord + uitkomst tonen'][0];
if (laatste) {
  const in_ = spoor.filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === hoofdSleutel && e.ts >= laatste.ts && e.ts + e.dur <= laatste.ts + laatste.dur && e.name !== 'RunTask' && e.dur > 1000);
  console.log(`  laatste taak ${r(ms(laatste.ts))}-${r(ms(laatste.ts + laatste.dur))} ms: ${in_.map((e) => `${e.name} ${r(ms(e.ts))}+${(e.dur / 1000).toFixed(1)}`).join(', ')}`);
}

console.log('\nwerkers (threads met taken in het venster, behalve de hoofdthread):');
for (const [k, ts] of perThread) {
  if (k === hoofdSleutel) continue;
  const naam = namen.get(k) ?? k;
  if (!/Worker/i.test(naam)) continue;
  const echte = ts.filter((t) => t.dur >= 1000);
  if (!echte.length) continue;
  const duren = echte.map((t) => t.dur / 1000).sort((a, b) => a - b);
  console.log(`  ${naam} ${k}: eerste taak ${r(ms(echte[0].ts))}, laatste klaar ${r(ms(echte.at(-1).ts + echte.at(-1).dur))}, bezig ${r(bezig(ts) / 1000)} ms, ${echte.length} taken ≥1 ms (mediaan ${duren[duren.length >> 1].toFixed(1)} ms, langste ${duren.at(-1).toFixed(1)} ms)`);
}
