// The Content-Security-Policy of the app lives in docs/hosting/: headers.json (which the end-to-end
// tests' server sends), nginx.conf, Caddyfile and the table in README.md. Its script-src allows the
// page's inline scripts by their sha256 ('self' for every file, 'wasm-unsafe-eval' for the wasm;
// never 'unsafe-inline'). scripts/start.mjs writes the hashes of the scripts it puts in the page
// into each of them, so a changed start script cannot leave a host with a policy that blocks it.
import fs from 'node:fs';
import crypto from 'node:crypto';

export const CSP_BESTANDEN = ['headers.json', 'nginx.conf', 'Caddyfile', 'README.md']
  .map((f) => new URL(`../docs/hosting/${f}`, import.meta.url));
const SCRIPT_SRC = /script-src 'self'(?: 'sha256-[A-Za-z0-9+/=]+')* 'wasm-unsafe-eval'/g;

/** `'sha256-…'` of an inline script's text, as a CSP names it. */
export const cspHash = (code) => `'sha256-${crypto.createHash('sha256').update(code, 'utf8').digest('base64')}'`;

/**
 * Writes `script-src 'self' <hashes> 'wasm-unsafe-eval'` into every place the policy lives (each must
 * hold it exactly once, or the build fails). Returns the files it changed.
 */
export function zetScriptHash(hashes) {
  const veranderd = [];
  for (const bestand of CSP_BESTANDEN) {
    const oud = fs.readFileSync(bestand, 'utf8');
    const n = oud.match(SCRIPT_SRC)?.length ?? 0;
    if (n !== 1) throw new Error(`${bestand.pathname}: script-src ${n} keer gevonden, 1 verwacht`);
    const nieuw = oud.replace(SCRIPT_SRC, `script-src 'self' ${hashes.join(' ')} 'wasm-unsafe-eval'`);
    if (nieuw !== oud) {
      fs.writeFileSync(bestand, nieuw);
      veranderd.push(bestand.pathname.replace(/^.*\/docs\//, 'docs/'));
    }
  }
  return veranderd;
}
