// No network: after the first visit the app and the page for many employees work offline (service
// worker under the strict CSP); a new build is picked up with a quiet notice while the open page
// keeps the version that calculated; the cache holds only the build's own files, never input.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, DIST, UIT, startBrowser, serveer, nieuwePagina, euro, axe } from './hulp.mjs';

let browser, server, APP, KOPIE;
before(async () => {
  browser = await startBrowser();
  // A copy of the build, so the test can publish a "new version" without touching dist/.
  KOPIE = fs.mkdtempSync(path.join(os.tmpdir(), 'rekenhulp-offline-'));
  fs.cpSync(DIST, KOPIE, { recursive: true });
  for (const f of fs.readdirSync(KOPIE)) if (f.startsWith('sw.js.')) fs.rmSync(path.join(KOPIE, f)); // no stale .br/.gz of sw.js
  const headers = path.join(UIT, 'headers-offline.json');
  fs.writeFileSync(headers, fs.readFileSync(path.join(ROOT, 'docs/hosting/headers.json')));
  server = await serveer(KOPIE, 0, ['--headers', headers]);
  APP = server.origin;
});
after(async () => { await browser?.close(); server?.stop(); fs.rmSync(KOPIE, { recursive: true, force: true }); });

// Hand calculation (1-1-2026, loonwaarde 50%): 0,5 × 2.294,40 × 1,08 × 1,235 = 1.530,14.
const SCENARIO = '#v=1&datum=2026-01-01&leeftijd=30&uren=36&voltijd=37&loonwaarde=50';

test('offline na het eerste bezoek; een nieuwe versie komt met een rustige melding', async () => {
  const { page, context, fouten } = await nieuwePagina(browser);
  const mislukt = [];
  // The browser asks for the favicon after the page has loaded; the test's next navigation can
  // abort that request (seen once with the inline start script, which loads the page sooner). An
  // aborted favicon is the test's own doing, not a failure offline.
  page.on('requestfailed', r => {
    if (new URL(r.url()).pathname === '/favicon.svg' && r.failure()?.errorText === 'net::ERR_ABORTED') return;
    mislukt.push(`${r.url()} ${r.failure()?.errorText}`);
  });
  const schendingen = [];
  page.on('console', m => { if (/Content Security Policy|Refused to/.test(m.text())) schendingen.push(m.text()); });
  await page.goto(APP + '/' + SCENARIO);
  await page.locator('#fig-lks-meting').filter({ hasText: euro('1530.14') }).waitFor();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15000 });

  // What is kept: the build's own files, one cache, never the scenario.
  const lijst = JSON.parse(fs.readFileSync(path.join(KOPIE, 'sw.js'), 'utf8').match(/const BESTANDEN = (\[.*\]);/)[1]);
  const bewaard = await page.evaluate(async () => {
    const namen = await caches.keys();
    const urls = [];
    for (const n of namen) for (const r of await (await caches.open(n)).keys()) urls.push(new URL(r.url).pathname + new URL(r.url).search + new URL(r.url).hash);
    return { namen, urls, local: localStorage.length, session: sessionStorage.length };
  });
  assert.equal(bewaard.namen.length, 1);
  assert.deepEqual([...bewaard.urls].sort(), [...lijst].sort());
  assert.ok(lijst.includes('/index.html') && lijst.includes('/meerdere.html') && lijst.includes('/en.tsv'));
  assert.ok(lijst.some(f => /^\/rekenhulp-app-[0-9a-f]+_bg\.wasm$/.test(f)) && lijst.some(f => /^\/meerdere-[0-9a-f]+_bg\.wasm$/.test(f)));
  // The app's wasm is two files and a loader (ADR 0020, 0022): all three are kept.
  assert.ok(lijst.some(f => /^\/app-[0-9a-f]+\.wasm$/.test(f)) && lijst.some(f => /^\/splits-[0-9a-f]+\.js$/.test(f)), lijst.join(' '));
  // The group page's calculating workers (ADR 0027): script, glue and wasm kept with the page.
  for (const patroon of [/^\/rekenaar-werker-[0-9a-f]+\.js$/, /^\/rekenaar-[0-9a-f]+\.js$/, /^\/rekenaar-[0-9a-f]+_bg\.wasm$/]) {
    assert.ok(lijst.some(f => patroon.test(f)), `${patroon} ontbreekt: ${lijst.join(' ')}`);
  }
  assert.deepEqual([bewaard.local, bewaard.session], [0, 0]);
  // The spreadsheet reader is not installed up front; kept once used, it works offline too (ADR 0023).
  const xlsx = path.join(ROOT, 'crates/rekenkern/tests/bestanden/salarisexport.xlsx');
  await page.goto(APP + '/meerdere.html');
  await page.locator('#groep-bestand').setInputFiles(xlsx);
  await page.locator('#groep-rekenblad-zin').waitFor();
  await page.goto(APP + '/' + SCENARIO);
  await page.locator('#fig-lks-meting').filter({ hasText: euro('1530.14') }).waitFor();

  // Offline: the page, another scenario, English, and the page for many employees.
  await context.setOffline(true);
  await page.reload();
  await page.locator('#fig-lks-meting').filter({ hasText: euro('1530.14') }).waitFor();
  // The parts from the second wasm file too: chart, year overview.
  await page.locator('.grafiek-blok').waitFor();
  await page.locator('#jaaroverzicht').waitFor({ state: 'attached' });
  assert.equal(await page.locator('#niet-geladen').count(), 0);
  await page.getByLabel('Loonwaarde in procent', { exact: true }).fill('20');
  await page.locator('#fig-lks-meting').filter({ hasText: euro('2142.19') }).waitFor(); // 0,7 × 2.294,40 × 1,08 × 1,235
  await page.getByRole('button', { name: 'English' }).click();
  await page.locator('html[lang="en"]').waitFor();
  await page.screenshot({ path: path.join(UIT, 'offline.png') });
  await page.goto(APP + '/meerdere.html');
  // Calculated offline by the page's workers, loaded from the cache.
  await page.locator('#groep-status:not([data-werkers="0"])').waitFor({ state: 'attached' });
  await page.locator('#groep-voorbeeld').click();
  await page.locator('#groep-zin').waitFor();
  assert.ok((await page.locator('#groep-zin').textContent()).startsWith('6 medewerkers berekend, 1 regel met fouten.'));
  await page.locator('#groep-bestand').setInputFiles(xlsx);
  await page.locator('#groep-rekenblad-zin').waitFor();
  assert.ok((await page.locator('#groep-zin').textContent()).startsWith('3 medewerkers berekend.'));
  await context.setOffline(false);

  // A new build is published: the open page keeps its version and says a new one is ready.
  await page.goto(APP + '/' + SCENARIO);
  await page.locator('#fig-lks-meting').waitFor();
  const sw = path.join(KOPIE, 'sw.js');
  fs.writeFileSync(sw, fs.readFileSync(sw, 'utf8').replace(/const VERSIE = '([0-9a-f]+)'/, "const VERSIE = '$1-nieuw'"));
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  const melding = page.locator('#nieuwe-versie');
  await melding.waitFor({ timeout: 15000 });
  const tekst = await melding.textContent();
  assert.ok(tekst.startsWith('Er is een nieuwe versie van de rekenhulp.'), tekst);
  assert.match(tekst, /rekenregels van versie \d{2}-\d{2}-\d{4}\.$/);
  assert.equal(await page.locator('#fig-lks-meting').textContent(), euro('1530.14'), 'de open pagina rekent door');
  assert.deepEqual(await axe(page), []);
  await page.screenshot({ path: path.join(UIT, 'nieuwe-versie.png') });
  // Opened again: the new version, without the notice, and only its cache is left.
  await page.reload();
  await page.locator('#fig-lks-meting').waitFor();
  assert.equal(await page.locator('#nieuwe-versie').count(), 0);
  assert.deepEqual(await page.evaluate(async () => (await caches.keys()).map(n => n.endsWith('-nieuw'))), [true]);
  assert.deepEqual(schendingen, []);
  assert.deepEqual(mislukt, []);
  assert.deepEqual(fouten, []);
});

test('ingebed in een iframe registreert de app geen service worker', async () => {
  // A host page on its own server without the CSP (whose default-src 'none' would block the frame).
  fs.writeFileSync(path.join(KOPIE, 'host-test.html'), `<!DOCTYPE html><title>host</title><iframe src="/?embed=1${SCENARIO}" title="rekenhulp"></iframe>`);
  const host = await serveer(KOPIE);
  try {
    const { page } = await nieuwePagina(browser);
    await page.goto(host.origin + '/host-test.html');
    await page.frameLocator('iframe').locator('html.rh-app').waitFor({ state: 'attached' });
    await new Promise(r => setTimeout(r, 500)); // registration would start right after the start script
    const registraties = await page.frames()[1].evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);
    assert.equal(registraties, 0);
  } finally { host.stop(); }
});
