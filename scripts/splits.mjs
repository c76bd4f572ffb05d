// Puts the app's wasm files into dist (ADR 0020, 0022), in place of trunk's single one.
// Input: the folder scripts/build.sh filled with wasm-split-cli, wasm-bindgen and wasm-opt:
//   lijm/rekenhulp-app.js and lijm/rekenhulp-app_bg.wasm (the first module: the core and what the
//   first amount needs), every other *.wasm (the app, split_app.wasm; any chunk a further split
//   point would share) and __wasm_split.js (their loader).
// The files import each other (the glue imports the loader, the loader the glue), so one version,
// the hash of all of them, names them all. Every file keeps its sha384 integrity: the glue and the
// first wasm in trunk's links (rewritten), the loader in a modulepreload link of its own, each other
// wasm in the loader's fetch.
// usage: node scripts/splits.mjs dist target/splits/uit
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { integriteit, LIJM_LINK, verklein, WASM_LINK } from './lijm.mjs';
import { korteNamen } from './korte-namen.mjs';

const [dist, uit] = [process.argv[2] ?? 'dist', process.argv[3] ?? 'target/splits/uit'];
const fout = (m) => { console.error('splits:', m); process.exit(1); };
const lees = (f) => fs.readFileSync(path.join(uit, f));

// Short names between the first module and its glue (scripts/korte-namen.mjs).
const kort = korteNamen(lees('lijm/rekenhulp-app_bg.wasm'), lees('lijm/rekenhulp-app.js').toString());
const glueIn = kort.glue;
const wasm = kort.wasm;
const laderIn = lees('__wasm_split.js').toString();
// The split-off files, as the loader names them (split_app.wasm).
const delen = fs.readdirSync(uit).filter((f) => f.endsWith('.wasm') && f !== 'rekenhulp-app.wasm').sort();
if (!delen.includes('split_app.wasm')) fout(`split_app.wasm ontbreekt in ${uit}`);
const hash = crypto.createHash('sha256').update(glueIn).update(wasm).update(laderIn);
for (const d of delen) hash.update(lees(d));
const versie = hash.digest('hex').slice(0, 16);
const naam = { glue: `rekenhulp-app-${versie}.js`, wasm: `rekenhulp-app-${versie}_bg.wasm`, lader: `splits-${versie}.js` };
const deelnaam = (d) => `${d.replace(/^split_/, '').replace(/\.wasm$/, '')}-${versie}.wasm`;

// Each rewrite must hit exactly once: a changed tool output fails the build, not the page.
function vervang(tekst, oud, nieuw, waar) {
  const n = tekst.split(oud).length - 1;
  if (n !== 1) fout(`${waar}: "${oud}" ${n} keer gevonden, 1 verwacht (andere versie van wasm-bindgen of wasm-split-cli?)`);
  return tekst.replace(oud, nieuw);
}
// Only the import statements (one per split point): the import object's keys are the module name
// inside the wasm.
const imports = glueIn.split('from "./__wasm_split.js"').length - 1;
if (imports !== delen.filter((d) => d.startsWith('split_')).length) fout(`lijm: ${imports} imports van de lader, één per splitspunt verwacht`);
const glue = glueIn.replaceAll('from "./__wasm_split.js"', `from "./${naam.lader}"`);
let lader = vervang(laderIn, '"./rekenhulp-app.js"', `"./${naam.glue}"`, 'lader');
for (const d of delen) {
  lader = vervang(lader, `fetch(new URL("./${d}", import.meta.url))`,
    `fetch(new URL("./${deelnaam(d)}", import.meta.url), { integrity: "${integriteit(lees(d))}" })`, 'lader');
}
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
// Trunk's start module names both (scripts/start.mjs puts the app's own start script in its place).
html = vervang(html, `'/${glueLink[1]}'`, `'/${naam.glue}'`, 'startscript');
html = vervang(html, `'/${wasmLink[1]}'`, `'/${naam.wasm}'`, 'startscript');

fs.writeFileSync(path.join(dist, naam.glue), glue);
fs.writeFileSync(path.join(dist, naam.wasm), wasm);
for (const d of delen) fs.writeFileSync(path.join(dist, deelnaam(d)), lees(d));
fs.writeFileSync(path.join(dist, naam.lader), lader);
fs.writeFileSync(pagina, html);
console.log(`splits: ${naam.wasm} ${wasm.length}` + delen.map((d) => ` + ${deelnaam(d)} ${lees(d).length}`).join('') + ' bytes'
  + `; korte namen voor ${kort.imports} imports en ${kort.exports} exports`);
