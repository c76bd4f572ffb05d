// Screenshots for looking at the app: node e2e/schermafdruk.mjs URL OUT.png [width] [height] [fullPage]
import { chromium } from 'playwright-core';
const [url, uit, w = '1280', h = '900', vol = '1'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox', '--disable-gpu',
  '--disable-dev-shm-usage', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
page.on('pageerror', e => console.error('pageerror', e.message));
page.on('console', m => { if (m.type() === 'error') console.error('console', m.text()); });
await page.goto(url);
await page.waitForSelector('#fig-netto-meting', { timeout: 10000 }).catch(e => console.error('no result', e.message));
await page.screenshot({ path: uit, fullPage: vol === '1' });
console.log('scroll width', await page.evaluate(() => document.documentElement.scrollWidth), 'url', page.url());
await browser.close();
