// Writes dist/sw.js from scripts/sw-sjabloon.js: the list of the build's own files to keep for offline
// use, and a version that changes with any of them. Run by scripts/build.sh after both trunk builds.
// usage: node scripts/sw.mjs dist
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

const dir = process.argv[2] ?? 'dist';
const sjabloon = fs.readFileSync(new URL('./sw-sjabloon.js', import.meta.url), 'utf8');
const bestanden = fs.readdirSync(dir)
  .filter((f) => /\.(html|js|wasm|css|tsv|csv|svg)$/.test(f) && f !== 'sw.js')
  // The spreadsheet workers (ADR 0023) are fetched when needed and kept then (sw-sjabloon.js).
  .filter((f) => !f.startsWith('werkmap-'))
  .sort();
for (const nodig of ['index.html', 'meerdere.html', 'en.tsv']) {
  if (!bestanden.includes(nodig)) { console.error(`sw: ${nodig} ontbreekt in ${dir}`); process.exit(1); }
}
const hash = crypto.createHash('sha256');
for (const f of bestanden) hash.update(f).update(fs.readFileSync(path.join(dir, f)));
const versie = hash.digest('hex').slice(0, 16);
const uit = sjabloon.split('\n').filter((r) => !r.trim().startsWith('//')).join('\n').replace('__VERSIE__', versie).replace('__BESTANDEN__', JSON.stringify(bestanden.map((f) => `/${f}`)));
fs.writeFileSync(path.join(dir, 'sw.js'), uit);
console.log(`sw: versie ${versie}, ${bestanden.length} bestanden`);
