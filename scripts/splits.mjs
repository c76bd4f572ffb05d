// Puts the app's wasm in two files into dist (ADR 0020), in place of trunk's single one.
// Input: the folder scripts/build.sh filled with wasm-split-cli, wasm-bindgen and wasm-opt:
//   lijm/rekenhulp-app.js, lijm/rekenhulp-app_bg.wasm (the first file), split_onder.wasm (the
//   second), __wasm_split.js (its loader).
// The four files import each other (the glue imports the loader, the loader the glue), so one
// version, the hash of all four, names them all. Every file keeps its sha384 integrity: the glue
// and the first wasm in trunk's links (rewritten), the loader in a modulepreload link of its own,
// the second wasm in the loader's fetch.
// usage: node scripts/splits.mjs dist target/splits/uit
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { integriteit, LIJM_LINK, verklein, WASM_LINK } from './lijm.mjs';

const [dist, uit] = [process.argv[2] ?? 'dist', process.argv[3] ?? 'target/splits/uit'];
const fout = (m) => { console.error('splits:', m); process.exit(1); };
const lees = (f) => fs.readFileSync(path.join(uit, f));

const glueIn = lees('lijm/rekenhulp-app.js').toString();
const wasm = lees('lijm/rekenhulp-app_bg.wasm');
const onder = lees('split_onder.wasm');
const laderIn = lees('__wasm_split.js').toString();
const versie = crypto.createHash('sha256').update(glueIn).update(wasm).update(onder).update(laderIn).digest('hex').slice(0, 16);
const naam = { glue: `rekenhulp-app-${versie}.js`, wasm: `rekenhulp-app-${versie}_bg.wasm`, onder: `onder-${versie}.wasm`, lader: `splits-${versie}.js` };

// Each rewrite must hit exactly once: a changed tool output fails the build, not the page.
function vervang(tekst, oud, nieuw, waar) {
  const n = tekst.split(oud).length - 1;
  if (n !== 1) fout(`${waar}: "${oud}" ${n} keer gevonden, 1 verwacht (andere versie van wasm-bindgen of wasm-split-cli?)`);
  return tekst.replace(oud, nieuw);
}
// Only the import statement: the import object's key is the module name inside the wasm.
const glue = vervang(glueIn, 'from "./__wasm_split.js"', `from "./${naam.lader}"`, 'lijm');
let lader = vervang(laderIn, '"./rekenhulp-app.js"', `"./${naam.glue}"`, 'lader');
lader = vervang(lader, 'fetch(new URL("./split_onder.wasm", import.meta.url))',
  `fetch(new URL("./${naam.onder}", import.meta.url), { integrity: "${integriteit(onder)}" })`, 'lader');
lader = verklein(lader);

// trunk's single wasm and glue, as its page names them.
const pagina = path.join(dist, 'index.html');
let html = fs.readFileSync(pagina, 'utf8');
const glueLink = html.match(LIJM_LINK);
const wasmLink = html.match(WASM_LINK);
if (!glueLink?.[1].startsWith('rekenhulp-app-') || !wasmLink?.[1].startsWith('rekenhulp-app-')) fout('de links van trunk naar de lijm en de wasm staan niet in index.html');
for (const f of [glueLink[1], wasmLink[1]]) fs.rmSync(path.join(dist, f));
html = html.replace(glueLink[0], `<link crossorigin href=/${naam.glue} integrity=${integriteit(glue)} rel=modulepreload>`
  + `<link crossorigin href=/${naam.lader} integrity=${integriteit(lader)} rel=modulepreload>`);
html = html.replace(wasmLink[0], `<link as=fetch crossorigin href=/${naam.wasm} integrity=${integriteit(wasm)} rel=preload type=application/wasm>`);
// The start script (still inline here; scripts/csp-start.mjs moves it out) names both.
html = vervang(html, `'/${glueLink[1]}'`, `'/${naam.glue}'`, 'startscript');
html = vervang(html, `'/${wasmLink[1]}'`, `'/${naam.wasm}'`, 'startscript');

fs.writeFileSync(path.join(dist, naam.glue), glue);
fs.writeFileSync(path.join(dist, naam.wasm), wasm);
fs.writeFileSync(path.join(dist, naam.onder), onder);
fs.writeFileSync(path.join(dist, naam.lader), lader);
fs.writeFileSync(pagina, html);
console.log(`splits: ${naam.wasm} ${wasm.length} + ${naam.onder} ${onder.length} bytes`);
