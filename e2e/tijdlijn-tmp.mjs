import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '/work/main/e2e/tests/hulp.mjs';
const [,, url, frag = ''] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
const page = await ctx.newPage();
const cdp = await ctx.newCDPSession(page);
await cdp.send('Network.enable');
await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1.44e6 / 8, uploadThroughput: 675e3 / 8 });
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await page.addInitScript(() => {
  window.__e = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__e.push([e.entryType, e.name || e.identifier, Math.round(e.startTime), Math.round(e.renderTime || e.duration || 0)]); })
    .observe({ entryTypes: ['element', 'paint', 'longtask', 'mark'] });
});
await page.goto(url + frag, { waitUntil: 'load' });
await page.waitForSelector('#jaaroverzicht', { state: 'attached', timeout: 60000 });
const r = await page.evaluate(() => ({
  res: performance.getEntriesByType('resource').map(e => [e.name.split('/').pop().slice(0, 28), Math.round(e.startTime), Math.round(e.responseStart), Math.round(e.responseEnd), e.transferSize]),
  nav: (() => { const n = performance.getEntriesByType('navigation')[0]; return [Math.round(n.responseStart), Math.round(n.responseEnd), n.transferSize, Math.round(n.domContentLoadedEventEnd)]; })(),
  e: window.__e,
}));
console.log('nav (ttfb, end, bytes, dcl):', r.nav.join(' '));
for (const x of r.res) console.log('res', x.join(' '));
for (const x of r.e) console.log(x.join(' '));
await browser.close();
