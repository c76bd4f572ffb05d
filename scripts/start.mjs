// Puts the start of the page in place (ADR 0028): trunk's start module goes, and src/start/start.js
// (with src/start/sw-registratie.js) comes inline, first in <head>, allowed by its sha256 in the CSP,
// which this writes into docs/hosting/ (scripts/csp.mjs). What a build names, the script reads from
// <html>: the first wasm module and its integrity (data-rh-wasm, data-rh-wasm-sri) and the JS glue
// (data-rh-lijm); the glue's and the split loader's integrity are on their modulepreload links, in a
// <template> the script takes them from. So the script's text, and its hash, change only when its
// source does. Run after scripts/splits.mjs and scripts/minify-lijm.mjs.
// usage: node scripts/start.mjs dist
import fs from 'node:fs';
import path from 'node:path';
import { vervanger } from './vervang.mjs';
import { LIJM_LINK, verklein, WASM_LINK } from './lijm.mjs';
import { cspHash, zetScriptHash } from './csp.mjs';

const dist = process.argv[2] ?? 'dist';
const fout = (m) => { console.error('start:', m); process.exit(1); };
const pagina = path.join(dist, 'index.html');
let html = fs.readFileSync(pagina, 'utf8');
const vervang = vervanger(() => html, (h) => { html = h; }, fout);

const lijm = html.match(LIJM_LINK);
const wasm = html.match(WASM_LINK);
if (!lijm || !wasm) fout('de links naar de lijm en de wasm staan niet in ' + pagina);
// trunk's start module, exactly as trunk 0.21 writes it for this glue and wasm: it goes.
const trunkStart = html.match(/<script type=module>([\s\S]*?)<\/script>/);
const verwacht = new RegExp(String.raw`^\s*import init, \* as bindings from '/${lijm[1]}';\s*const wasm = await init\(\{ module_or_path: '/${wasm[1]}' \}\);` +
  String.raw`\s*window\.wasmBindings = bindings;\s*dispatchEvent\(new CustomEvent\("TrunkApplicationStarted", \{detail: \{wasm\}\}\)\);\s*$`);
if (!trunkStart || !verwacht.test(trunkStart[1])) fout('het startscript van trunk heeft een onbekende vorm (andere versie van trunk?)');
vervang(trunkStart[0], '', 'startscript van trunk');
// The wasm is not preloaded by the page: the start script asks for it when the first amount needs it.
vervang(wasm[0], '', 'preload van de wasm');
const htmlTag = html.match(/<html[^>]*>/);
vervang(htmlTag[0], htmlTag[0].replace('>', ` data-rh-wasm=/${wasm[1]} data-rh-wasm-sri=${wasm[2]} data-rh-lijm=/${lijm[1]}>`), '<html>');

// The JS glue and the split loader, with their integrity, in a <template> before the script: not
// fetched by the page itself (a template's content is inert), but by the script when the page needs
// them (at once for a shared link, after the first paint on the bare address: the stylesheet has
// the bandwidth before it).
const modules = [...html.matchAll(/<link crossorigin href=\/[\w.-]+\.js integrity=sha384-[\w+/=]+ rel=modulepreload>/g)].map((m) => m[0]);
if (modules.length !== 2 || !modules[0].includes(`/${lijm[1]} `)) fout(`${modules.length} modulepreload-links gevonden, 2 verwacht (lijm en lader)`);
for (const m of modules) vervang(m, '', 'modulepreload');
// The script, first in <head>: before the stylesheet (an inline script waits for the stylesheets
// above it), as soon as the parser has the first bytes.
const bron = (f) => fs.readFileSync(new URL(`../src/start/${f}`, import.meta.url), 'utf8');
const code = verklein(`(function () {\n${bron('start.js')}\n${bron('sw-registratie.js')}\n})();`).trim();
if (/<\/script/i.test(code)) fout('het startscript bevat </script');
vervang('<meta charset=utf-8>', `<meta charset=utf-8><template id=rh-modules>${modules.join('')}</template><script>${code}</script>`, 'meta charset');
// An empty inline script after the stylesheet: the parser waits for the stylesheet there (a script
// must see the styles above it), so the page is not laid out once without its styles and again with
// them (measured, bare address: first amount 537 → 478 ms, A/B 7 × 3 runs; ADR 0028).
const stijl = html.match(/<link href=\/stijl-[0-9a-f]+\.css integrity=sha384-[\w+/=]+ rel=stylesheet>/);
if (!stijl) fout('het stylesheet staat niet in ' + pagina);
vervang(stijl[0], `${stijl[0]}<script></script>`, 'stylesheet');
// Nothing else inline: the policy allows these two scripts by their hashes, and no other.
const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
if (inline.length !== 2 || inline[0] !== code || inline[1] !== '') fout(`${inline.length} inline scripts in ${pagina}, alleen het startscript en het lege verwacht`);
fs.writeFileSync(pagina, html);
// The same page as the service worker serves it (scripts/sw-sjabloon.js), with a preload of the first
// module first in <head>: the preload scanner asks for it before the start script runs (the main
// thread is still committing the navigation), and from the worker's cache it takes no bandwidth from
// the page. Not in index.html itself: on a cold bare address it would share the slow line with the
// stylesheet before the first paint (measured, issue 33: bare address +20 ms median, shared link the
// same, second visit -30 to -100 ms; docs/performance.md). The start script's fetch, with the same
// integrity, takes the preloaded response.
vervang('<meta charset=utf-8>', `<meta charset=utf-8><link as=fetch crossorigin href=/${wasm[1]} integrity=${wasm[2]} rel=preload>`, 'meta charset (sw)');
fs.writeFileSync(path.join(dist, 'index-sw.html'), html);

const hashes = inline.map(cspHash);
const veranderd = zetScriptHash(hashes);
console.log(`start: ${code.length} tekens inline, ${hashes.join(' ')}` + (veranderd.length ? `; nieuw in ${veranderd.join(', ')}` : ''));
