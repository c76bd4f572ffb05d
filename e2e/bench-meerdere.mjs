// Benchmark (not a test): the page for many employees with 10,000 rows. Time from choosing the file
// to the totals on screen, and the longest main-thread task meanwhile (the page must not freeze:
// it calculates in chunks). Median of N runs. usage: node e2e/bench-meerdere.mjs URL [runs]
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from './tests/hulp.mjs';

const [url = 'http://127.0.0.1:8090/', runsArg = '3'] = process.argv.slice(2);
const regels = ['id,datum,leeftijd,uren,loonwaarde,voltijd'];
for (let i = 0; i < 10000; i++) regels.push(`P${i},2026-01-01,${18 + (i % 50)},${20 + (i % 17)},${i % 101},37`);
const bestand = { name: 'groot.csv', mimeType: 'text/csv', buffer: Buffer.from(regels.join('\n')) };
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const tijden = [], langste = [];
for (let r = 0; r < Number(runsArg); r++) {
  const page = await browser.newPage();
  await page.goto(new URL('meerdere.html', url).href);
  await page.locator('#groep-bestand').waitFor();
  await page.evaluate(() => {
    window.langsteTaak = 0;
    new PerformanceObserver(l => { for (const e of l.getEntries()) window.langsteTaak = Math.max(window.langsteTaak, e.duration); })
      .observe({ type: 'longtask', buffered: false });
  });
  const t0 = Date.now();
  await page.locator('#groep-bestand').setInputFiles(bestand);
  await page.locator('#groep-zin').waitFor({ timeout: 120000 });
  tijden.push(Date.now() - t0);
  langste.push(await page.evaluate(() => window.langsteTaak));
  await page.close();
}
await browser.close();
const mediaan = a => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
console.log(JSON.stringify({ meerdere_10000_rijen: { tot_uitkomst_ms: mediaan(tijden), langste_taak_ms: Math.round(mediaan(langste)), runs: tijden.length } }, null, 2));
