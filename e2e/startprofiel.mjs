// Profiling aid (not a test): a CPU profile of one start as a phone has it (390×844, 4× CPU, slow
// 4G, cold or a second visit), self time per function from the navigation to the frame with the
// first net amount. For function names it needs a build whose wasm keeps them (e2e/profiel.mjs says
// how; for the first module: scripts/waar-bytes.sh --eerst leaves it named in target/waar-bytes).
// usage: node e2e/startprofiel.mjs URL [fragment] [--tweede]
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from './tests/hulp.mjs';
import { zetTelefoon, nettoSignaal, NETTO_WACHTER } from './meten.mjs';

const args = process.argv.slice(2);
const [url, fragment = ''] = args.filter((a) => !a.startsWith('--'));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
const page = await ctx.newPage();
page.on('pageerror', (e) => console.error('pageerror', e.message));
if (args.includes('--tweede')) {
  await page.goto(url + '#v=1', { waitUntil: 'load' });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
  await page.waitForTimeout(3000);
  await page.goto('about:blank');
}
const cdp = await zetTelefoon(ctx, page);
await page.addInitScript(NETTO_WACHTER);
const netto = await nettoSignaal(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await page.goto(url + fragment, { waitUntil: 'commit' });
await netto();
const { profile } = await cdp.send('Profiler.stop');
const tNetto = await page.evaluate(() => window.__netto);
const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((e) => `${e.name} ${Math.round(e.startTime)}`));
console.log(`eerste nettobedrag ${Math.round(tNetto)} ms; ${marks.join(', ')}`);
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
let t = profile.startTime;
for (let i = 0; i < profile.samples.length; i++) {
  t += profile.timeDeltas[i] ?? 0;
  const n = byId.get(profile.samples[i]);
  const naam = n.callFrame.functionName || `(${n.callFrame.url.split('/').pop()})`;
  self.set(naam, (self.get(naam) ?? 0) + (profile.timeDeltas[i + 1] ?? 0));
}
const totaal = [...self.entries()].filter(([n]) => n !== '(idle)').reduce((a, [, b]) => a + b, 0);
console.log(`bezig ${(totaal / 1000).toFixed(1)} ms (zonder idle)`);
for (const [naam, us] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log((us / 1000).toFixed(1).padStart(8), naam.slice(0, 140));
await browser.close();
