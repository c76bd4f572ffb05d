// What the build steps after trunk share (csp-start.mjs, minify-lijm.mjs, splits.mjs): the sha384
// integrity of a file, trunk's two links to the JS glue and the wasm, and the JS minifier.
import crypto from 'node:crypto';
import { createRequire } from 'node:module';

/** `sha384-…` of a file's bytes or text, as `integrity` attributes and `fetch` want it. */
export const integriteit = (inhoud) => 'sha384-' + crypto.createHash('sha384').update(inhoud).digest('base64');

/** Trunk's `modulepreload` link to the JS glue: [1] the file, [2] its integrity. */
export const LIJM_LINK = /<link crossorigin href=\/([\w.-]+\.js) integrity=(sha384-[\w+/=]+) rel=modulepreload>/;
/** Trunk's `preload` link to the wasm: [1] the file, [2] its integrity. */
export const WASM_LINK = /<link as=fetch crossorigin href=\/([\w.-]+_bg\.wasm) integrity=(sha384-[\w+/=]+) rel=preload type=application\/wasm>/;

// esbuild is pinned in e2e/package.json (installed by scripts/setup.sh).
const esbuild = createRequire(new URL('../e2e/package.json', import.meta.url))('esbuild');
/** Minified ES module (trunk 0.21's own JS minifier cannot parse wasm-bindgen's glue). */
export const verklein = (code) => esbuild.transformSync(code, { minify: true, format: 'esm', target: 'es2020', legalComments: 'none' }).code;
