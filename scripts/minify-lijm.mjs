// Minifies wasm-bindgen's JS glue after trunk (trunk 0.21's own JS minifier cannot parse it) and
// rewrites its sha384 integrity in the page. Saves ~1.6 KB brotli on the first render (issue 9).
// usage: node scripts/minify-lijm.mjs dist [page.html]
import fs from 'node:fs';
import path from 'node:path';
import { integriteit, LIJM_LINK, verklein } from './lijm.mjs';

const dir = process.argv[2] ?? 'dist';
const pagina = path.join(dir, process.argv[3] ?? 'index.html');
let html = fs.readFileSync(pagina, 'utf8');
const m = html.match(LIJM_LINK);
if (!m) {
  console.error('minify-lijm: geen modulepreload-link voor de lijm gevonden in', pagina);
  process.exit(1);
}
const [, naam, oud] = m;
const bestand = path.join(dir, naam);
const code = fs.readFileSync(bestand, 'utf8');
if (integriteit(code) !== oud) {
  console.error('minify-lijm: de lijm past niet bij zijn integrity (al verkleind, of een oude build?):', naam);
  process.exit(1);
}
const klein = verklein(code);
fs.writeFileSync(bestand, klein);
html = html.replace(m[0], m[0].replace(oud, integriteit(klein)));
fs.writeFileSync(pagina, html);
console.log(`minify-lijm: ${naam} ${code.length} → ${klein.length} bytes`);
