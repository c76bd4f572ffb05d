// Shared helpers for the end-to-end tests: servers, browser, the core's case files.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = path.join(ROOT, 'dist');
export const UIT = path.join(ROOT, 'e2e/uit');
fs.mkdirSync(UIT, { recursive: true });

export const CHROMIUM_ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic',
  '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function startBrowser() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** Starts e2e/serve.mjs on a free port (or `port`) and waits until it answers. */
export async function serveer(dir, port = 0, extra = []) {
  const kind = spawn(process.execPath, [path.join(ROOT, 'e2e/serve.mjs'), dir, String(port), ...extra], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((klaar, faal) => {
    kind.stdout.on('data', d => { const m = String(d).match(/on (http:\/\/127\.0\.0\.1:\d+\/)/); if (m) klaar(m[1]); });
    kind.on('exit', c => faal(new Error(`server ${port} stopte (${c})`)));
  });
  // A build of the app (its page rendered ahead of time), here or as a copy (the offline tests).
  const pagina = path.join(dir, 'index.html');
  if (fs.existsSync(pagina) && fs.readFileSync(pagina, 'utf8').includes('id="voorweergave"')) APP_ORIGINS.add(url.replace(/\/$/, ''));
  return { url, origin: url.replace(/\/$/, ''), stop: () => kind.kill() };
}

/** The origins that serve the build (a test's host pages are served elsewhere). */
const APP_ORIGINS = new Set();

/** What a host page must add to embed the app: the iframe and the height script, without comments. */
export function inbedcode() {
  const html = fs.readFileSync(path.join(ROOT, 'docs/embed-voorbeeld.html'), 'utf8');
  return html.slice(html.indexOf('<iframe'), html.indexOf('</script>') + '</script>'.length).replace(/<!--[\s\S]*?-->\n?/g, '');
}

/** Its size with a real app address and parent filled in (the goal of issue 9: at most 1000 bytes). */
export function inbedcodeBytes() {
  return Buffer.byteLength(inbedcode().replaceAll('{{APP}}', 'https://rekenhulp.example.nl').replaceAll('{{OUDER}}', 'https%3A%2F%2Fwww.rijksoverheid.nl'));
}

/** A tiny host page server on a free port (for iframe tests); `html()` is called per request. */
export async function hostPagina(html) {
  const http = await import('node:http');
  const server = http.createServer((req, res) => { res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }); res.end(html()); });
  await new Promise(k => server.listen(0, '127.0.0.1', k));
  const url = `http://127.0.0.1:${server.address().port}/`;
  return { url, origin: url.replace(/\/$/, ''), stop: () => server.close() };
}

/**
 * Waits until the parts below the amounts have followed the last change: they are built, or brought
 * up to date, one frame after the amounts (ADR 0018). Frame callbacks and the tasks they start run
 * in the order they were asked for, so after this frame and task the app's have run.
 */
export async function naBeeld(page) {
  await page.evaluate(() => new Promise(klaar => requestAnimationFrame(() => setTimeout(klaar, 0))));
}

/** Whether an address is the single-employee page of the build (not the group page, not a host page). */
function isApp(url) {
  const u = new URL(String(url));
  return APP_ORIGINS.has(u.origin) && (u.pathname === '/' || u.pathname === '/index.html');
}

/**
 * Page with error collection. `goto` and `reload` of the app's page return once the app has taken
 * over the page rendered ahead of time (ADR 0022): before that the page shows the same ids, but the
 * form is not the app's. A test of what comes before passes `{ wachtOpApp: false }`.
 */
export async function nieuwePagina(browser, opties = {}) {
  const context = await browser.newContext(opties);
  const page = await context.newPage();
  for (const naam of ['goto', 'reload']) {
    const origineel = page[naam].bind(page);
    page[naam] = async (...args) => {
      const laatste = args.at(-1);
      const eigen = laatste && typeof laatste === 'object' ? laatste : {};
      const { wachtOpApp = true, ...rest } = eigen;
      const doorgeven = laatste && typeof laatste === 'object' ? [...args.slice(0, -1), rest] : args;
      const antwoord = await origineel(...doorgeven);
      if (wachtOpApp && isApp(page.url())) await page.locator('html.rh-app').waitFor({ state: 'attached' });
      return antwoord;
    };
  }
  const fouten = [];
  page.on('pageerror', e => fouten.push(e.message));
  page.on('console', m => { if (m.type() === 'error' && !/favicon/.test(m.text())) fouten.push(m.text()); });
  return { context, page, fouten };
}

/**
 * Reads the core's case files (crates/rekenkern/tests/gevallen/*.toml). A small reader for the subset
 * those files use: [[geval]], key = "string", key = ["a", "b"], and [geval.sectie] tables of strings.
 */
export function gevallen() {
  const map = path.join(ROOT, 'crates/rekenkern/tests/gevallen');
  const uit = [];
  for (const bestand of fs.readdirSync(map).filter(f => f.endsWith('.toml')).sort()) {
    let huidig = null, doel = null;
    for (const regel of fs.readFileSync(path.join(map, bestand), 'utf8').split('\n')) {
      const r = regel.trim();
      if (!r || r.startsWith('#')) continue;
      if (r === '[[geval]]') { huidig = { bestand }; uit.push(huidig); doel = huidig; continue; }
      // [geval.per_maand] or [geval.maanden."2026-03"]
      const s = r.match(/^\[geval\.(\w+)(?:\."([^"]+)")?\]$/);
      if (s) {
        huidig[s[1]] ??= {};
        doel = s[2] ? (huidig[s[1]][s[2]] = {}) : huidig[s[1]];
        continue;
      }
      const kv = r.match(/^(\w+) = (.*)$/);
      if (!kv || !doel) continue;
      doel[kv[1]] = JSON.parse(kv[2]);
    }
  }
  return uit;
}

/**
 * A table as a controller copies it: the column headings, and each body and footer row as
 * {heading: cell text} (a cell spanning columns counts for all of them).
 */
export async function leesTabel(tabel) {
  return tabel.evaluate(t => {
    const koppen = [];
    for (const c of t.querySelectorAll('thead tr:first-child > *')) for (let i = 0; i < c.colSpan; i++) koppen.push(c.textContent.trim());
    const rij = tr => {
      const uit = {};
      let k = 0;
      for (const c of tr.children) { uit[koppen[k] || String(k)] = c.textContent.trim(); k += c.colSpan; }
      return uit;
    };
    return { koppen, rijen: [...t.querySelectorAll('tbody tr')].map(rij), voet: [...t.querySelectorAll('tfoot tr')].map(rij) };
  });
}

/** "€ -1.234,56" (as the app shows an amount) -> -123456 cents; throws on anything else. */
export function centen(tekst) {
  const m = tekst.replace(/[\s\u00a0]/g, '').match(/^€(-?)(\d{1,3}(?:\.\d{3})*),(\d{2})$/);
  if (!m) throw new Error(`geen bedrag: ${JSON.stringify(tekst)}`);
  const waarde = Number(m[2].replaceAll('.', '')) * 100 + Number(m[3]);
  return m[1] ? -waarde : waarde;
}

/** "1530.38" -> "€ 1.530,38" as the app shows it (non-breaking space after €). */
export function euro(bedrag) {
  const [heel, cent] = Number(bedrag).toFixed(2).split('.');
  const negatief = heel.startsWith('-');
  const cijfers = heel.replace('-', '').replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `€\u00a0${negatief ? '-' : ''}${cijfers},${cent}`;
}

/** axe with the WCAG 2.x A/AA tags and best practices. Returns readable violations. */
export async function axe(page) {
  const { AxeBuilder } = await import('@axe-core/playwright');
  const res = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return res.violations.map(v => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map(n => `${n.target.join(' ')} ${n.any?.[0]?.message ?? ''}`).join(' | ')}`);
}

/** The group page: clicks its CSV download button and returns the file's text. */
export async function groepDownload(page) {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.locator('#groep-download').click()]);
  return fs.readFileSync(await dl.path(), 'utf8');
}

/** The browser's today (JJJJ-MM-DD), as the CLI's --vandaag (only rows without a date use it). */
export async function browserVandaag(page) {
  return page.evaluate(() => { const d = new Date(); return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`; });
}
