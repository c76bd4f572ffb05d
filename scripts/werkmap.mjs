// Puts the two spreadsheet workers (crates/werkmap-werker, ADR 0023) into dist: the wasm and its
// glue under names with a content hash, a small module script per worker that loads them, and the
// worker scripts' names in meerdere.html (a meta element the page reads). Nothing of this loads
// until the page needs it: a spreadsheet chosen, or an .xlsx download.
// usage: node scripts/werkmap.mjs dist <uit-lezen> <uit-schrijven>
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

const [dir, lezen, schrijven] = process.argv.slice(2);
const kort = (b) => crypto.createHash('sha256').update(b).digest('hex').slice(0, 16);
const namen = {};
for (const [rol, map, functie] of [['lezer', lezen, 'lees'], ['schrijver', schrijven, 'schrijf']]) {
  const wasm = fs.readFileSync(path.join(map, `werkmap-${rol}_bg.wasm`));
  const lijm = fs.readFileSync(path.join(map, `werkmap-${rol}.js`), 'utf8');
  const h = kort(Buffer.concat([wasm, Buffer.from(lijm)]));
  const wasmNaam = `werkmap-${rol}-${h}_bg.wasm`;
  const lijmNaam = `werkmap-${rol}-${h}.js`;
  fs.writeFileSync(path.join(dir, wasmNaam), wasm);
  fs.writeFileSync(path.join(dir, lijmNaam), lijm);
  // The worker: one job per worker (the page ends it after the answer). An Err of the Rust function
  // arrives as a thrown string (a Dutch message); anything else (a trap, out of memory) as `kapot`.
  const werker = `import init, { ${functie} } from './${lijmNaam}';
const klaar = init({ module_or_path: new URL('./${wasmNaam}', import.meta.url) });
self.onmessage = async (e) => {
  try {
    await klaar;
    const uit = ${functie === 'lees' ? "lees(new Uint8Array(e.data.bytes), e.data.blad)" : 'schrijf(e.data.tabel)'};
    self.postMessage({ ok: uit });
  } catch (fout) {
    self.postMessage(typeof fout === 'string' ? { melding: fout } : { kapot: String(fout) });
  }
};
`;
  const werkerNaam = `werkmap-${rol}-werker-${kort(werker)}.js`;
  fs.writeFileSync(path.join(dir, werkerNaam), werker);
  namen[rol] = werkerNaam;
  console.log(`werkmap: ${rol} ${werkerNaam} (${wasmNaam}, ${wasm.length} bytes)`);
}
const pagina = path.join(dir, 'meerdere.html');
let html = fs.readFileSync(pagina, 'utf8');
html = html.replace(/<meta name="rekenhulp-werkmap-[a-z]+" content="[^"]*" ?\/?>/g, '');
const meta = Object.entries(namen).map(([rol, n]) => `<meta name="rekenhulp-werkmap-${rol}" content="${n}">`).join('');
if (!html.includes('</head>')) { console.error('werkmap: geen </head> in meerdere.html'); process.exit(1); }
fs.writeFileSync(pagina, html.replace('</head>', `${meta}</head>`));
