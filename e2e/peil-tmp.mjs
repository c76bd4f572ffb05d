import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from './tests/hulp.mjs';
const [,, url, frag = ''] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
const page = await ctx.newPage();
const cdp = await ctx.newCDPSession(page);
await cdp.send('Network.enable');
await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1.44e6 / 8, uploadThroughput: 675e3 / 8 });
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await page.addInitScript(() => {
  window.__log = [];
  const peil = () => {
    const u = document.querySelector('.indeling__uitkomst'), s = document.querySelector('#samenvatting');
    window.__log.push([Math.round(performance.now()), document.documentElement.className, u && getComputedStyle(u).visibility, s && s.textContent.slice(0, 40), s && JSON.stringify(s.getBoundingClientRect().top)]);
    if (performance.now() < 2500) requestAnimationFrame(peil);
  };
  requestAnimationFrame(peil);
});
await page.goto(url + frag, { waitUntil: 'load' });
await page.waitForTimeout(2500);
const log = await page.evaluate(() => window.__log);
let vorige = '';
for (const r of log) { const k = r.slice(1).join('|'); if (k !== vorige) console.log(r.join(' | ')); vorige = k; }
await browser.close();
