// Puts the first screen rendered ahead of time (src/bin/voorweergave.rs, ADR 0022) into the built
// page, in place of its placeholder, with the days its amounts hold for on <html> (the start script,
// src/start/start.js, checks them), and one stylesheet instead of three.
// usage: node scripts/voorweergave.mjs dist path/to/voorweergave [JJJJ-MM-DD]
import fs from 'node:fs';
import path from 'node:path';
import { vervanger } from './vervang.mjs';
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { integriteit } from './lijm.mjs';

const [dist, programma, dag] = process.argv.slice(2);
const fout = (m) => { console.error('voorweergave:', m); process.exit(1); };
const uit = execFileSync(programma, dag ? [dag] : [], { encoding: 'utf8', maxBuffer: 1 << 26 });
const [eerste, ...rest] = uit.split('\n');
const dagen = eerste.match(/^(\d{4}-\d{2}-\d{2}) (\d{4}-\d{2}-\d{2})$/);
const markup = rest.join('\n').trim();
if (!dagen || !markup.startsWith('<div class="pagina" id="voorweergave">')) fout('onverwachte uitvoer van ' + programma);

const pagina = path.join(dist, 'index.html');
let html = fs.readFileSync(pagina, 'utf8');
const vervang = vervanger(() => html, (h) => { html = h; }, fout);
const plek = html.match(/<div id="?voorweergave"?><\/div>/);
if (!plek) fout('de plaats <div id=voorweergave></div> staat niet in ' + pagina);
vervang(plek[0], markup, 'plaats');
// On <html>: the days the amounts hold for.
const htmlTag = html.match(/<html[^>]*>/);
vervang(htmlTag[0], htmlTag[0].replace('>', ` data-rh-van=${dagen[1]} data-rh-tot=${dagen[2]}>`), '<html>');
// One stylesheet instead of three (design tokens, the app, print), in their order: two requests
// fewer before the first paint (on HTTP/1.1 a browser opens six connections per host).
const stijlen = [...html.matchAll(/<link href=\/([\w.-]+\.css) integrity=sha384-[\w+/=]+ rel=stylesheet>/g)];
if (stijlen.length !== 3) fout(`${stijlen.length} stylesheets gevonden, 3 verwacht`);
const css = stijlen.map((m) => fs.readFileSync(path.join(dist, m[1]), 'utf8')).join('\n');
const cssNaam = `stijl-${crypto.createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
fs.writeFileSync(path.join(dist, cssNaam), css);
vervang(stijlen[0][0], `<link href=/${cssNaam} integrity=${integriteit(css)} rel=stylesheet>`, 'stylesheet');
for (const m of stijlen.slice(1)) vervang(m[0], '', 'stylesheet');
fs.writeFileSync(pagina, html);
console.log(`voorweergave: ${markup.length} tekens, bedragen geldig ${dagen[1]} t/m ${dagen[2]}`);
