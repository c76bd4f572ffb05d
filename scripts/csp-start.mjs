// Moves trunk's inline start-up <script type=module> of the page for many employees into its own
// file, so the page runs under a strict CSP without 'unsafe-inline' (script-src 'self'
// 'wasm-unsafe-eval'). Run after `trunk build`. (The single-employee page has a start script of its
// own, inline and allowed by its hash: scripts/start.mjs.)
// usage: node scripts/csp-start.mjs dist [page.html]
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { integriteit, WASM_LINK } from './lijm.mjs';

const dir = process.argv[2] ?? 'dist';
const indexPad = path.join(dir, process.argv[3] ?? 'index.html');
const html = fs.readFileSync(indexPad, 'utf8');
const re = /<script type=module>([\s\S]*?)<\/script>/;
const m = html.match(re);
if (!m) {
  if (/<script type=module src=\/start-[0-9a-f]+\.js/.test(html)) process.exit(0); // already done
  console.error('csp-start: geen inline start-script gevonden in', indexPad);
  process.exit(1);
}
// The service worker registration (offline use) runs from the same file.
// Comment lines are left out: they are for readers of the source, not for every visitor's download.
const registratie = fs.readFileSync(new URL('../src/start/sw-registratie.js', import.meta.url), 'utf8')
  .split('\n').filter((r) => !r.trim().startsWith('//')).join('\n');
let code = m[1].replace('window.wasmBindings = bindings;', '') + registratie + 'registreerServiceWorker();\n';
// The wasm is fetched with its sha384: Chrome ignores `integrity` on the preload link (crbug 981419),
// so without this the largest file would be the only one nobody checks.
const wasmLink = html.match(WASM_LINK);
const laad = wasmLink && `module_or_path: '/${wasmLink[1]}'`;
if (!wasmLink || code.split(laad).length !== 2) {
  console.error('csp-start: de preload-link van de wasm of de plek waar het startscript hem laadt is niet gevonden in', indexPad);
  process.exit(1);
}
code = code.replace(laad, `module_or_path: fetch('/${wasmLink[1]}', { integrity: '${wasmLink[2]}' })`);
const hash = crypto.createHash('sha256').update(code).digest('hex').slice(0, 16);
const sri = integriteit(code);
const naam = `start-${hash}.js`;
fs.writeFileSync(path.join(dir, naam), code);
fs.writeFileSync(indexPad, html.replace(re, `<script type=module src=/${naam} integrity=${sri} crossorigin></script>`));
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(fs.readFileSync(indexPad, 'utf8'))) {
  console.error('csp-start: er staat nog inline script in', indexPad);
  process.exit(1);
}
console.log('csp-start:', naam);
