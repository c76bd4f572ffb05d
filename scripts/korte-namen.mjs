// Short names for what the first wasm module and its JS glue say to each other (ADR 0028). wasm-bindgen
// names every import after its function and a hash (`__wbg_addEventListener_847fd86b8c33ec43`) and
// Rust exports keep their mangled names; the first module carries the names of all the app's
// imports (the split-off app imports nothing of its own), each twice on the wire: in the wasm and in
// the glue. Hashes do not compress: short names save ~3.4 KB brotli before a shared link's first
// amount (measured: wasm 64,625 → 62,731 B, glue 5,289 → 3,842 B). Renamed in the wasm's import and
// export sections and in the glue's import object and `wasm.` uses; each rename must hit the glue
// as often as expected, or the build fails (another wasm-bindgen, not a broken page).
// Kept: the module names, and the exports the split loader reads (memory, the table, the shared global).

const HOUDEN = new Set(['memory', '__indirect_function_table', '__wasm_split_shared0']);
const IMPORT_MODULE = './rekenhulp-app_bg.js';

function leesLeb(b, i) {
  let r = 0, s = 0, x;
  do { x = b[i++]; r |= (x & 0x7f) << s; s += 7; } while (x & 0x80);
  return [r >>> 0, i];
}
function schrijfLeb(n) {
  const uit = [];
  do { let x = n & 0x7f; n >>>= 7; if (n) x |= 0x80; uit.push(x); } while (n);
  return Buffer.from(uit);
}
const naamBytes = (s) => { const b = Buffer.from(s, 'utf8'); return Buffer.concat([schrijfLeb(b.length), b]); };
/** a, b, …, z, A, …, Z, aa, ab, …: as short as names get. */
function kort(n) {
  const t = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let s = t[n % 52];
  for (n = Math.floor(n / 52); n > 0; n = Math.floor(n / 52) - 1) s = t[n % 52] + s;
  return s;
}
function fout(m) { throw new Error(`korte-namen: ${m}`); }

/** The import and export sections rewritten; returns the new wasm and the renames. */
function hernoemWasm(wasm) {
  const delen = [wasm.subarray(0, 8)];
  const imports = new Map(), exports = new Map();
  let i = 8;
  while (i < wasm.length) {
    const id = wasm[i];
    const [grootte, begin] = leesLeb(wasm, i + 1);
    const eind = begin + grootte;
    if (id === 2 || id === 7) {
      let [n, k] = leesLeb(wasm, begin);
      const nieuw = [schrijfLeb(n)];
      for (let e = 0; e < n; e++) {
        let module;
        if (id === 2) {
          const [ml, m0] = leesLeb(wasm, k);
          module = wasm.subarray(m0, m0 + ml).toString('utf8');
          nieuw.push(wasm.subarray(k, m0 + ml));
          k = m0 + ml;
        }
        const [nl, n0] = leesLeb(wasm, k);
        const naam = wasm.subarray(n0, n0 + nl).toString('utf8');
        k = n0 + nl;
        // What follows the name: the kind and its description, copied as is.
        const soort = wasm[k];
        let r = k + 1;
        if (id === 7) [, r] = leesLeb(wasm, r);
        else if (soort === 0) [, r] = leesLeb(wasm, r);
        else if (soort === 1) { r += 1; const [vlag, r1] = leesLeb(wasm, r); [, r] = leesLeb(wasm, r1); if (vlag & 1) [, r] = leesLeb(wasm, r); }
        else if (soort === 2) { const [vlag, r1] = leesLeb(wasm, r); [, r] = leesLeb(wasm, r1); if (vlag & 1) [, r] = leesLeb(wasm, r); }
        else if (soort === 3) r += 2;
        else if (soort === 4) { r += 1; [, r] = leesLeb(wasm, r); }
        else fout(`onbekende soort ${soort}`);
        let nieuweNaam = naam;
        if (id === 2 && module === IMPORT_MODULE) imports.set(naam, nieuweNaam = kort(imports.size));
        if (id === 7 && !HOUDEN.has(naam)) exports.set(naam, nieuweNaam = '_' + kort(exports.size));
        nieuw.push(naamBytes(nieuweNaam), wasm.subarray(k, r));
        k = r;
      }
      if (k !== eind) fout(`sectie ${id} niet helemaal gelezen`);
      const inhoud = Buffer.concat(nieuw);
      delen.push(Buffer.from([id]), schrijfLeb(inhoud.length), inhoud);
    } else {
      delen.push(wasm.subarray(i, eind));
    }
    i = eind;
  }
  return { wasm: Buffer.concat(delen), imports, exports };
}

const regexVeilig = (s) => s.replace(/[$.*+?()[\]{}|\\^]/g, '\\$&');

/**
 * `wasm` (Buffer) and `glue` (wasm-bindgen's JS, not yet minified) with short names. Every import of
 * the glue's module is a key `name: function(` of its import object, exactly once; every renamed
 * export is used as `wasm.name` as often as before (none may remain).
 */
export function korteNamen(wasm, glue) {
  const uit = hernoemWasm(wasm);
  if (uit.imports.size < 10) fout(`${uit.imports.size} imports van ${IMPORT_MODULE}: de lijm heeft een andere vorm?`);
  for (const [oud, nieuw] of uit.imports) {
    const re = new RegExp(`(\\n\\s+)${regexVeilig(oud)}(: function\\()`, 'g');
    const n = glue.match(re)?.length ?? 0;
    if (n !== 1) fout(`import ${oud}: ${n} keer in de lijm, 1 verwacht`);
    glue = glue.replace(re, `$1${nieuw}$2`);
  }
  for (const [oud, nieuw] of uit.exports) {
    glue = glue.replace(new RegExp(`\\bwasm\\.${regexVeilig(oud)}(?![\\w$])`, 'g'), `wasm.${nieuw}`);
    if (glue.includes(`"${oud}"`) || glue.includes(`'${oud}'`)) fout(`export ${oud} staat nog als tekst in de lijm`);
  }
  return { wasm: uit.wasm, glue, imports: uit.imports.size, exports: uit.exports.size };
}
