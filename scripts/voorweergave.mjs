// Puts the first screen rendered ahead of time (src/bin/voorweergave.rs, ADR 0022) into the built
// page, in place of its placeholder, with the days its amounts hold for on <html>, and the start
// script that checks them (scripts/vroeg.js, classic, in <head>, with its sha384 integrity).
// usage: node scripts/voorweergave.mjs dist path/to/voorweergave [JJJJ-MM-DD]
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { integriteit, verklein, WASM_LINK } from './lijm.mjs';

const [dist, programma, dag] = process.argv.slice(2);
const fout = (m) => { console.error('voorweergave:', m); process.exit(1); };
const uit = execFileSync(programma, dag ? [dag] : [], { encoding: 'utf8', maxBuffer: 1 << 26 });
const [eerste, ...rest] = uit.split('\n');
const dagen = eerste.match(/^(\d{4}-\d{2}-\d{2}) (\d{4}-\d{2}-\d{2})$/);
const markup = rest.join('\n').trim();
if (!dagen || !markup.startsWith('<div class="pagina" id="voorweergave">')) fout('onverwachte uitvoer van ' + programma);

const pagina = path.join(dist, 'index.html');
let html = fs.readFileSync(pagina, 'utf8');
// Each rewrite hits exactly once, or the build fails (a changed template, not a broken page).
function vervang(oud, nieuw, waar) {
  const n = html.split(oud).length - 1;
  if (n !== 1) fout(`${waar}: ${n} keer gevonden, 1 verwacht`);
  html = html.replace(oud, () => nieuw);
}
const plek = html.match(/<div id="?voorweergave"?><\/div>/);
if (!plek) fout('de plaats <div id=voorweergave></div> staat niet in ' + pagina);
vervang(plek[0], markup, 'plaats');
// The wasm preload leaves the page: the start script (vroeg.js) adds it when the first amount needs
// the wasm (a link with a scenario, another day), so the bare address does not share its bandwidth
// with the stylesheet (measured: first paint ~130 ms later on slow 4G with it).
const preload = html.match(WASM_LINK);
if (!preload) fout('de preload-link van de wasm staat niet in ' + pagina);
vervang(preload[0], '', 'preload');
// On <html>: the days the amounts hold for, and the wasm with its integrity (for that preload).
const htmlTag = html.match(/<html[^>]*>/);
vervang(htmlTag[0], htmlTag[0].replace('>', ` data-rh-van=${dagen[1]} data-rh-tot=${dagen[2]} data-rh-wasm=/${preload[1]} data-rh-wasm-sri=${preload[2]}>`), '<html>');
// One stylesheet instead of three (design tokens, the app, print), in their order: two requests
// fewer before the first paint (on HTTP/1.1 a browser opens six connections per host).
const stijlen = [...html.matchAll(/<link href=\/([\w.-]+\.css) integrity=sha384-[\w+/=]+ rel=stylesheet>/g)];
if (stijlen.length !== 3) fout(`${stijlen.length} stylesheets gevonden, 3 verwacht`);
const css = stijlen.map((m) => fs.readFileSync(path.join(dist, m[1]), 'utf8')).join('\n');
const cssNaam = `stijl-${crypto.createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
fs.writeFileSync(path.join(dist, cssNaam), css);
vervang(stijlen[0][0], `<link href=/${cssNaam} integrity=${integriteit(css)} rel=stylesheet>`, 'stylesheet');
for (const m of stijlen.slice(1)) vervang(m[0], '', 'stylesheet');
// The module start script, written again: on the bare address the first paint comes first (the
// amounts are in the page), then the wasm (it follows typing and brings the app); and when the start
// fails (a file refused by its integrity, no network), the page says so instead of looking alive.
const startTag = html.match(/<script type=module src=\/(start-[0-9a-f]+\.js) integrity=(sha384-[\w+/=]+) crossorigin><\/script>/);
if (!startTag) fout('het startscript staat niet in ' + pagina);
const startOud = fs.readFileSync(path.join(dist, startTag[1]), 'utf8');
const delen = startOud.match(/^import init, \* as bindings from '(\/[\w.-]+\.js)';\s*const wasm = await init\((\{ module_or_path: fetch\('\/[\w.-]+_bg\.wasm', \{ integrity: 'sha384-[\w+/=]+' \}\) \})\);\s*dispatchEvent\(new CustomEvent\("TrunkApplicationStarted", \{detail: \{wasm\}\}\)\);([\s\S]*)$/);
if (!delen) fout('het startscript ' + startTag[1] + ' heeft een onbekende vorm (andere versie van trunk?)');
const start = `try {
  if (document.documentElement.classList.contains('rh-vooraf')) await new Promise((k) => requestAnimationFrame(() => setTimeout(k, 0)));
  const { default: init } = await import('${delen[1]}');
  await init(${delen[2]});
} catch (e) {
  const p = document.getElementById('start-mislukt');
  if (p) p.hidden = false;
  throw e;
}${delen[3]}`;
const startNaam = `start-${crypto.createHash('sha256').update(start).digest('hex').slice(0, 16)}.js`;
fs.rmSync(path.join(dist, startTag[1]));
fs.writeFileSync(path.join(dist, startNaam), start);
vervang(startTag[0], `<script type=module src=/${startNaam} integrity=${integriteit(start)} crossorigin></script>`, 'startscript');
// The classic start script first in <head>: the first request after the page, before the CSS.
const code = verklein(fs.readFileSync(new URL('./vroeg.js', import.meta.url), 'utf8'));
const naam = `vroeg-${crypto.createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;
fs.writeFileSync(path.join(dist, naam), code);
vervang('<meta charset=utf-8>', `<meta charset=utf-8><script src=/${naam} integrity=${integriteit(code)}></script>`, 'meta charset');
fs.writeFileSync(pagina, html);
console.log(`voorweergave: ${markup.length} tekens, bedragen geldig ${dagen[1]} t/m ${dagen[2]}; ${naam}`);
