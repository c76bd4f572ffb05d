// The goals table of issue 25 from one benchmark run (not a test: it asserts nothing).
// usage: node e2e/samenvatting.mjs BYTES_KAAL BYTES_GEDEELD e2e/uit/bench.json e2e/uit/lighthouse-*.json
// (the bytes: brotli sizes before the first amount, from scripts/grootte.sh)
import fs from 'node:fs';
import { inbedcodeBytes } from './tests/hulp.mjs';

const [kaalArg, gedeeldArg, benchPad, ...lighthousePaden] = process.argv.slice(2);
const bench = JSON.parse(fs.readFileSync(benchPad, 'utf8'));
const mediaan = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
const lh = lighthousePaden.map((p) => JSON.parse(fs.readFileSync(p, 'utf8')))
  .map((r) => Object.fromEntries(Object.entries(r.categories).map(([k, v]) => [k, Math.round(v.score * 100)])));
const cats = ['performance', 'accessibility', 'best-practices', 'seo'];
const lhMediaan = cats.map((c) => mediaan(lh.map((r) => r[c])));
const lhBereik = cats.map((c) => `${Math.min(...lh.map((r) => r[c]))}-${Math.max(...lh.map((r) => r[c]))}`);
const nl = (n) => n.toLocaleString('nl-NL');
const ja = (b) => (b ? 'ja' : '**nee**');
const kaal = bench.kaal_adres_4x_cpu_slow_4g, gedeeld = bench.gedeelde_link_4x_cpu_slow_4g;
const rijen = [
  ['kaal adres: eerste nettobedrag, 390 px, 4× CPU + slow 4G (mediaan)', `${nl(kaal.eerste_nettobedrag_geschilderd_mediaan_ms)} ms`, '< 800 ms', ja(kaal.eerste_nettobedrag_geschilderd_mediaan_ms < 800)],
  ['gedeelde link: eerste nettobedrag, idem', `${nl(gedeeld.eerste_nettobedrag_geschilderd_mediaan_ms)} ms`, '< 1.000 ms', ja(gedeeld.eerste_nettobedrag_geschilderd_mediaan_ms < 1000)],
  ['kaal adres: bytes vóór dat beeld (brotli, grootte.sh)', `${nl(Number(kaalArg))} B`, '≤ 30.720 B', ja(Number(kaalArg) <= 30720)],
  ['gedeelde link: bytes vóór dat beeld (brotli, grootte.sh)', `${nl(Number(gedeeldArg))} B`, '≤ 61.440 B', ja(Number(gedeeldArg) <= 61440)],
  ['alles over de lijn bij een koud bezoek (gedeelde link)', `${nl(gedeeld.bytes_over_de_lijn_heel_bezoek)} B`, '≤ vandaag + 5%', '(zie docs/performance.md)'],
  ['typen → nieuw bedrag (mediaan)', `${nl(bench.in_de_browser.typen_tot_nieuwe_uitkomst_ms)} ms`, '< 1 ms', ja(bench.in_de_browser.typen_tot_nieuwe_uitkomst_ms < 1)],
  [`Lighthouse mobiel, mediaan van ${lh.length} (bereik ${lhBereik.join(' / ')})`, lhMediaan.join(' / '), '100 elk', ja(lhMediaan.every((s) => s === 100))],
  ['inbedcode voor de host', `${inbedcodeBytes()} B`, '≤ 1.000 B', ja(inbedcodeBytes() <= 1000)],
];
console.log('| meting | nu | doel | gehaald |\n|---|---|---|---|');
for (const r of rijen) console.log(`| ${r.join(' | ')} |`);
