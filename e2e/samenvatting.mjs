// The goals table of issue 9 from one benchmark run (not a test: it asserts nothing).
// usage: node e2e/samenvatting.mjs FIRST_RENDER_BYTES e2e/uit/bench.json e2e/uit/lighthouse-*.json
import fs from 'node:fs';
import { inbedcodeBytes } from './tests/hulp.mjs';

const [bytesArg, benchPad, ...lighthousePaden] = process.argv.slice(2);
const bench = JSON.parse(fs.readFileSync(benchPad, 'utf8'));
const mediaan = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
const lh = lighthousePaden.map((p) => JSON.parse(fs.readFileSync(p, 'utf8')))
  .map((r) => Object.fromEntries(Object.entries(r.categories).map(([k, v]) => [k, Math.round(v.score * 100)])));
const cats = ['performance', 'accessibility', 'best-practices', 'seo'];
const lhMediaan = cats.map((c) => mediaan(lh.map((r) => r[c])));
const lhBereik = cats.map((c) => `${Math.min(...lh.map((r) => r[c]))}-${Math.max(...lh.map((r) => r[c]))}`);
const nl = (n) => n.toLocaleString('nl-NL');
const ja = (b) => (b ? 'ja' : '**nee**');
const rijen = [
  ['eerste weergave, brotli', `${nl(Number(bytesArg))} B`, '≤ 102.400 B', ja(Number(bytesArg) <= 102400)],
  ['navigatie → eerste uitkomst, 4× CPU + slow 4G (mediaan)', `${nl(bench.eerste_uitkomst_4x_cpu_slow_4g.mediaan_ms)} ms`, '< 1.000 ms',
    ja(bench.eerste_uitkomst_4x_cpu_slow_4g.mediaan_ms < 1000)],
  ['typen → nieuw bedrag (mediaan)', `${nl(bench.in_de_browser.typen_tot_nieuwe_uitkomst_ms)} ms`, '< 1 ms', ja(bench.in_de_browser.typen_tot_nieuwe_uitkomst_ms < 1)],
  [`Lighthouse mobiel, mediaan van ${lh.length} (bereik ${lhBereik.join(' / ')})`, lhMediaan.join(' / '), '100 elk', ja(lhMediaan.every((s) => s === 100))],
  ['inbedcode voor de host', `${inbedcodeBytes()} B`, '≤ 1.000 B', ja(inbedcodeBytes() <= 1000)],
];
console.log('| meting | nu | doel | gehaald |\n|---|---|---|---|');
for (const r of rijen) console.log(`| ${r.join(' | ')} |`);
