// Benchmark (not a test) of the page for many employees (issue 34): from choosing the file to the
// totals on screen, for 10,000 and 100,000 rows, as CSV and as .xlsx. Per case the median of N runs
// of `op_pagina_ms` (the page's own clock: the input's change event to the frame after the totals'
// sentence entered the DOM) and of `tot_uitkomst_ms` (the harness's wall clock, as measured before
// the fourth round: it includes Playwright's polling, up to 500 ms late)
// (each in a fresh browser), the longest task on the page's own thread meanwhile (PerformanceObserver
// `longtask`), when the first running total showed, the page's peak memory (VmHWM of the browser's
// renderer process, which also runs the page's workers), and how many calculating workers the page
// used (`navigator.hardwareConcurrency`, bounded; `werkers=1,2` pretends a device with that many
// cores). The rows are those of `cargo run --release -p rekenkern --example meet_batch` (e2e/groep.mjs),
// so the page can be set beside the native calculation of the same rows.
// usage: node e2e/bench-meerdere.mjs URL [runs=3] [rijen=10000,100000] [soorten=csv,xlsx] [werkers=]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from './tests/hulp.mjs';
import { groepCsv, groepXlsx } from './groep.mjs';

const [url = 'http://127.0.0.1:8090/', runsArg = '3', rijenArg = '10000,100000', soortenArg = 'csv,xlsx', werkersArg = ''] =
  process.argv.slice(2);
const lijst = (a) => a.split(',').filter(Boolean);

/** The chromium renderer processes now running (pid → true). */
function renderers() {
  const uit = new Set();
  for (const pid of fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (cmd.includes('chromium') && cmd.includes('--type=renderer')) uit.add(pid);
    } catch { /* gone */ }
  }
  return uit;
}
/** Peak resident memory (VmHWM) of a process, in MB. */
function piek(pid) {
  try {
    const m = fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmHWM:\s+(\d+) kB/);
    return m ? Number(m[1]) / 1024 : 0;
  } catch { return 0; }
}

async function run(bestand, werkers) {
  const voor = renderers();
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  if (werkers) {
    await page.addInitScript((n) => Object.defineProperty(Navigator.prototype, 'hardwareConcurrency', { get: () => n }), Number(werkers));
  }
  await page.goto(new URL('meerdere.html', url).href);
  await page.locator('#groep-bestand').waitFor();
  // The page starts its workers when it opens; a user takes longer than this to choose a file.
  await page.locator('#groep-status:not([data-werkers="0"])').waitFor({ state: 'attached' });
  await page.waitForTimeout(500);
  await page.evaluate(() => {
    window.langsteTaak = 0;
    window.eersteTussenstand = 0;
    // On the page's own clock: the file input's change event, and the frame after the totals'
    // sentence entered the DOM. (Playwright's `waitFor` below polls with growing pauses, up to
    // 500 ms: the harness's wall clock is late by up to that much, issue 34 fourth round.)
    window.gekozen = 0;
    window.opScherm = 0;
    document.addEventListener('change', () => { if (!window.gekozen) window.gekozen = performance.now(); }, { capture: true });
    new MutationObserver((_, o) => {
      if (!document.getElementById('groep-zin')) return;
      o.disconnect();
      requestAnimationFrame(() => setTimeout(() => { window.opScherm = performance.now(); }, 0));
    }).observe(document.body, { childList: true, subtree: true });
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.langsteTaak = Math.max(window.langsteTaak, e.duration); })
      .observe({ type: 'longtask', buffered: false });
    // (A build before issue 34 has no running totals.)
    const t = document.querySelector('#groep-tussenstand');
    if (t) new MutationObserver(() => { if (!window.eersteTussenstand && t.textContent) window.eersteTussenstand = performance.now(); })
      .observe(t, { childList: true, subtree: true, characterData: true });
  });
  const t0 = await page.evaluate(() => performance.now());
  const start = Date.now();
  await page.locator('#groep-bestand').setInputFiles(bestand);
  await page.locator('#groep-zin').waitFor({ timeout: 300000 });
  const ms = Date.now() - start;
  await page.waitForFunction(() => window.opScherm > 0);
  const r = await page.evaluate(() => ({
    opPagina: window.opScherm - window.gekozen,
    langste: window.langsteTaak,
    eerste: window.eersteTussenstand,
    werkers: Number(document.querySelector('#groep-status').dataset.werkers ?? 0),
    zin: document.querySelector('#groep-zin').textContent,
  }));
  const mb = Math.max(0, ...[...renderers()].filter((p) => !voor.has(p)).map(piek));
  await browser.close();
  return { ms, opPagina: Math.round(r.opPagina), langste: r.langste, eerste: r.eerste ? Math.round(r.eerste - t0) : null, werkers: r.werkers, mb, zin: r.zin };
}

const mediaan = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
const uitkomst = {};
for (const soort of lijst(soortenArg)) {
  for (const n of lijst(rijenArg).map(Number)) {
    const buffer = soort === 'xlsx' ? groepXlsx(n) : Buffer.from(groepCsv(n));
    // A file on disk, as a user chooses one: Playwright then hands the browser its path. (A buffer
    // travels as base64 and is made into a File by a script on the page's own thread: at 100,000
    // rows a long task of ~0.6 s that is the harness's, not the page's.)
    const bestand = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-meerdere-')), `groep-${n}.${soort}`);
    fs.writeFileSync(bestand, buffer);
    for (const werkers of werkersArg ? lijst(werkersArg) : ['']) {
      const runs = [];
      for (let r = 0; r < Number(runsArg); r++) runs.push(await run(bestand, werkers));
      const naam = `${soort}_${n}${werkers ? `_cores_${werkers}` : ''}`;
      uitkomst[naam] = {
        op_pagina_ms: mediaan(runs.map((r) => r.opPagina)),
        alle_op_pagina_ms: runs.map((r) => r.opPagina),
        tot_uitkomst_ms: mediaan(runs.map((r) => r.ms)),
        alle_ms: runs.map((r) => r.ms),
        eerste_tussenstand_ms: mediaan(runs.map((r) => r.eerste ?? -1)),
        langste_taak_ms: Math.round(mediaan(runs.map((r) => r.langste))),
        piekgeheugen_mb: Math.round(Math.max(...runs.map((r) => r.mb))),
        werkers: runs[0].werkers,
        zin: runs[0].zin.slice(0, 40),
      };
      console.error(naam, JSON.stringify(uitkomst[naam]));
    }
  }
}
console.log(JSON.stringify({ meerdere: uitkomst }, null, 2));
