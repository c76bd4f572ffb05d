// Puts the workers of the page for many employees into dist: the two spreadsheet workers
// (crates/werkmap-werker, ADR 0023) and the calculating worker (crates/reken-werker, ADR 0027): the
// wasm and its glue under names with a content hash, a small module script per worker that loads
// them, and the worker scripts' names in meerdere.html (a meta element the page reads). Nothing of
// this loads until the page needs it: a file to calculate, a spreadsheet chosen, an .xlsx download.
// The spreadsheet workers' names start with `werkmap-` (the service worker keeps them on first use),
// the calculating worker's with `rekenaar-` (kept for offline with the page, scripts/sw.mjs).
// usage: node scripts/werkmap.mjs dist <uit-lezen> <uit-schrijven> <uit-rekenen>
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

const [dir, lezen, schrijven, rekenen] = process.argv.slice(2);
const kort = (b) => crypto.createHash('sha256').update(b).digest('hex').slice(0, 16);
const namen = {};
// Made-up rows the calculating worker calculates once after loading (see `opwarmen`).
const OPWARMEN = Number(process.env.REKENAAR_OPWARMEN ?? 200);
// The calculating worker answers each part with its number (several parts are in flight at once),
// the figures' bytes transferred, not copied.
const antwoord = {
  lees: "self.postMessage({ ok: lees(new Uint8Array(e.data.bytes), e.data.blad) });",
  schrijf: 'self.postMessage({ ok: schrijf(e.data.tabel) });',
  reken: 'const uit = reken(new Uint8Array(e.data.deel));\n    self.postMessage({ nummer: e.data.nummer, ok: uit.buffer }, [uit.buffer]);',
};
for (const [rol, map, functie, naam] of [
  ['lezer', lezen, 'lees', 'werkmap-lezer'],
  ['schrijver', schrijven, 'schrijf', 'werkmap-schrijver'],
  ['rekenaar', rekenen, 'reken', 'rekenaar'],
]) {
  const wasm = fs.readFileSync(path.join(map, `${naam}_bg.wasm`));
  const lijm = fs.readFileSync(path.join(map, `${naam}.js`), 'utf8');
  const h = kort(Buffer.concat([wasm, Buffer.from(lijm)]));
  const wasmNaam = `${naam}-${h}_bg.wasm`;
  const lijmNaam = `${naam}-${h}.js`;
  fs.writeFileSync(path.join(dir, wasmNaam), wasm);
  fs.writeFileSync(path.join(dir, lijmNaam), lijm);
  // The worker: the spreadsheet workers do one job each (the page ends them after the answer), the
  // calculating workers one part after another. An Err of the Rust function arrives as a thrown
  // string (a Dutch message); anything else (a trap, out of memory) as `kapot`.
  // The wasm with its sha384, as the pages fetch theirs (scripts/csp-start.mjs): a file changed on the
  // way is refused, and the page says the work failed.
  const sri = `sha384-${crypto.createHash('sha384').update(wasm).digest('base64')}`;
  // The calculating worker warms up right after loading (`opwarmen`, crates/reken-werker): its
  // functions compiled and optimised before the user's first part arrives (issue 34).
  const opwarmen = functie === 'reken' ? `.then(() => {
  try { opwarmen(${OPWARMEN}); } catch { /* only a warm-up: the parts say what fails */ }
})` : '';
  const werker = `import init, { ${functie}${functie === 'reken' ? ', opwarmen' : ''} } from './${lijmNaam}';
const klaar = init({ module_or_path: fetch(new URL('./${wasmNaam}', import.meta.url), { integrity: '${sri}' }) })${opwarmen};
self.onmessage = async (e) => {
  try {
    await klaar;
    ${antwoord[functie]}
  } catch (fout) {
    self.postMessage(typeof fout === 'string' ? { nummer: e.data.nummer, melding: fout } : { nummer: e.data.nummer, kapot: String(fout) });
  }
};
`;
  const werkerNaam = `${naam}-werker-${kort(werker)}.js`;
  fs.writeFileSync(path.join(dir, werkerNaam), werker);
  namen[rol] = werkerNaam;
  console.log(`werkmap: ${rol} ${werkerNaam} (${wasmNaam}, ${wasm.length} bytes)`);
}
const pagina = path.join(dir, 'meerdere.html');
let html = fs.readFileSync(pagina, 'utf8');
html = html.replace(/<meta name="rekenhulp-(werkmap-lezer|werkmap-schrijver|rekenaar)" content="[^"]*" ?\/?>/g, '');
const meta = Object.entries(namen)
  .map(([rol, n]) => `<meta name="rekenhulp-${rol === 'rekenaar' ? '' : 'werkmap-'}${rol}" content="${n}">`)
  .join('');
if (!html.includes('</head>')) { console.error('werkmap: geen </head> in meerdere.html'); process.exit(1); }
fs.writeFileSync(pagina, html.replace('</head>', `${meta}</head>`));
