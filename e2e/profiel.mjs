// Profiling aid (not a test): CPU profile of 100 keystrokes in the loonwaarde field, self time per
// function. It needs a build whose wasm keeps its function names (trunk's wasm-opt drops them):
//   bash scripts/build.sh && cp -r dist /tmp/prof && rm /tmp/prof/*.br /tmp/prof/*.gz /tmp/prof/sw.js
//   naam=$(basename $(ls dist/rekenhulp-app-*_bg.wasm) _bg.wasm)
//   wasm-bindgen --target web --no-typescript --keep-debug --out-dir /tmp/prof --out-name $naam \
//     target/wasm32-unknown-unknown/release/rekenhulp-app.wasm
//   sed -i -E 's/ integrity=("[^"]*"|[^ >]*)//g' /tmp/prof/index.html   # the glue changed
//   node e2e/serve.mjs /tmp/prof 8791 & node e2e/profiel.mjs http://127.0.0.1:8791/
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from './tests/hulp.mjs';
import { typProfiel } from './meten.mjs';
const [url] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const page = await browser.newPage();
page.on('pageerror', e => console.error('pageerror', e.message));
await page.goto(url + '#v=1&datum=2026-07-01&leeftijd=30&uren=32&loonwaarde=35');
await page.waitForSelector('#fig-netto-meting');
const profile = await typProfiel(page, 100, 0);
const self = new Map();
const dt = profile.timeDeltas; const ids = profile.samples;
const byId = new Map(profile.nodes.map(n => [n.id, n]));
for (let i = 0; i < ids.length; i++) {
  const n = byId.get(ids[i]); const naam = n.callFrame.functionName || `(${n.callFrame.url.split('/').pop()})`;
  self.set(naam, (self.get(naam) ?? 0) + (dt[i] ?? 0));
}
const totaal = [...self.values()].reduce((a, b) => a + b, 0);
console.log('totaal ms', (totaal / 1000).toFixed(1));
for (const [naam, us] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log((us / 1000).toFixed(1).padStart(8), naam.slice(0, 150));
await browser.close();
