// Security, privacy and embedding: the build under the documented strict CSP and headers, framing
// allowed only for listed origins, height messages only {type, height} and only to the allowed parent,
// incoming messages ignored, no requests to other origins, no cookies and no storage.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import crypto from 'node:crypto';
import path from 'node:path';
import { cspHash } from '../../scripts/csp.mjs';
import { ROOT, DIST, UIT, startBrowser, serveer, hostPagina, nieuwePagina, gevallen, euro, axe, inbedcode, inbedcodeBytes } from './hulp.mjs';

let browser, app, hostOk, hostVreemd, headers, APP;

// The test's own recorder: every message the frame sends, before the host's checks.
const RECORDER = `<script>window.__berichten = []; window.addEventListener('message', function (e) {
  if (e.source === document.getElementById('rekenhulp').contentWindow) window.__berichten.push({ origin: e.origin, data: e.data }); });</script>`;

function hostHtml(ouder) {
  return fs.readFileSync(path.join(ROOT, 'docs/embed-voorbeeld.html'), 'utf8')
    .replaceAll('{{APP}}', APP).replaceAll('{{OUDER}}', encodeURIComponent(ouder))
    .replace('" style=', '#v=1&amp;datum=2026-01-01&amp;leeftijd=30&amp;uren=36&amp;voltijd=37&amp;loonwaarde=50" style=')
    .replace('</main>', `${RECORDER}</main>`);
}


before(async () => {
  browser = await startBrowser();
  // Hosts first (free ports), then the app with the allowed host in its headers and allow-list.
  hostOk = await hostPagina(() => hostHtml(hostOk.origin));
  hostVreemd = await hostPagina(() => hostHtml(hostVreemd.origin));
  // The documented headers, with the local test host added to frame-ancestors (production lists real origins).
  headers = JSON.parse(fs.readFileSync(path.join(ROOT, 'docs/hosting/headers.json'), 'utf8'));
  headers['Content-Security-Policy'] = headers['Content-Security-Policy'].replace("frame-ancestors 'self'", `frame-ancestors 'self' ${hostOk.origin}`);
  const bestand = path.join(UIT, 'headers-test.json');
  fs.writeFileSync(bestand, JSON.stringify(headers));
  app = await serveer(DIST, 0, ['--headers', bestand, '--inject-ouders', hostOk.origin]);
  APP = app.origin;
});
after(async () => { await browser?.close(); app?.stop(); hostOk?.stop(); hostVreemd?.stop(); });

test('de app werkt onder de strikte CSP, zonder CSP-schendingen', async () => {
  const basis = gevallen().find(g => g.naam.startsWith('Basisgeval 2026'));
  const { page, fouten } = await nieuwePagina(browser);
  const schendingen = [];
  page.on('console', m => { if (/Content Security Policy|Refused to/.test(m.text())) schendingen.push(m.text()); });
  const antwoord = await page.goto(`${APP}/#${basis.scenario}`);
  // script-src: our own files, the page's inline scripts by their sha256 (ADR 0028), the wasm; never
  // 'unsafe-inline'.
  const csp = antwoord.headers()['content-security-policy'];
  assert.ok(!csp.includes('unsafe-inline'), csp);
  const scriptSrc = csp.match(/script-src ([^;]*)/)[1].split(' ');
  assert.deepEqual(scriptSrc.filter(b => !b.startsWith("'sha256-")), ["'self'", "'wasm-unsafe-eval'"]);
  assert.equal(antwoord.headers()['referrer-policy'], 'no-referrer');
  await page.locator('#fig-lks-meting').filter({ hasText: euro(basis.per_maand.lks_meting) }).waitFor();
  // Every <details> open, also those of the parts below the amounts (the second wasm file): wait
  // for them first (opening before they exist left the trail closed: a race seen in a full run).
  await page.locator('.uitleg--spoor').waitFor({ state: 'attached' });
  await page.evaluate(() => document.querySelectorAll('details').forEach(d => { d.open = true; }));
  await page.locator('.uitleg--spoor ol li').first().waitFor();
  assert.deepEqual(schendingen, []);
  assert.deepEqual(fouten, []);
  // Inline only the start script and the empty one after the stylesheet, each allowed by its own
  // hash, and the policy allows nothing else.
  const inline = await page.locator('script:not([src])').evaluateAll(s => s.map(e => e.textContent));
  assert.equal(inline.length, 2, 'het startscript en het lege script, geen ander inline script');
  assert.deepEqual(inline.map(cspHash).sort(), scriptSrc.filter(b => b.startsWith("'sha256-")).sort());
  // Every place the policy lives says the same (scripts/start.mjs writes them all).
  for (const f of ['nginx.conf', 'Caddyfile', 'README.md']) {
    const tekst = fs.readFileSync(path.join(ROOT, 'docs/hosting', f), 'utf8');
    assert.ok(tekst.includes(scriptSrc.join(' ')), `docs/hosting/${f}: een andere script-src`);
  }
});

test('CSP: een veranderd startscript wordt geweigerd (de hash is het enige dat het toelaat)', async () => {
  const { page, context } = await nieuwePagina(browser);
  const schendingen = [];
  page.on('console', m => { if (/Content Security Policy|Refused to/.test(m.text())) schendingen.push(m.text()); });
  // One character more in the inline start script, on the way.
  await page.route(u => new URL(u).pathname === '/', async (r) => {
    const echt = await r.fetch();
    const html = (await echt.text()).replace(/<script>(?=.)/, '<script>;');
    await r.fulfill({ response: echt, body: html });
  });
  await page.goto(`${APP}/#v=1&datum=2026-01-01&leeftijd=30&uren=36&voltijd=37&loonwaarde=50`, { wachtOpApp: false });
  await page.waitForTimeout(1000);
  assert.ok(schendingen.some(t => /inline script/i.test(t)), schendingen.join(' | '));
  // Nothing ran: no amount, no app.
  assert.equal(await page.locator('html.rh-app').count(), 0);
  assert.equal(await page.locator('#fig-lks-meting').isVisible(), false);
  await context.close();
});

/** Serves the real file with its last byte changed (a file altered on the way). */
async function eenByteAnders(r) {
  const echt = await r.fetch();
  const body = Buffer.from(await echt.body());
  body[body.length - 1] ^= 1;
  await r.fulfill({ response: echt, body });
}

test('integrity: een veranderd wasm-bestand wordt geweigerd, op beide pagina\'s en voor het bestand van de app', async () => {
  // One byte changed on the way: the browser must refuse the file (sha384 in the start script and in
  // the loader's fetch), so the page keeps its loading line instead of running other code.
  for (const [pagina, patroon] of [['/', /\/rekenhulp-app-[0-9a-f]+_bg\.wasm$/], ['/meerdere.html', /\/meerdere-[0-9a-f]+_bg\.wasm$/]]) {
    const { context, page } = await nieuwePagina(browser);
    const fouten = [];
    page.on('console', m => { if (m.type() === 'error') fouten.push(m.text()); });
    await page.route(patroon, eenByteAnders);
    await page.goto(APP + pagina, { wachtOpApp: false });
    await page.waitForFunction(() => performance.getEntriesByType('resource').some(e => e.name.endsWith('_bg.wasm') && e.responseEnd > 0));
    await page.waitForTimeout(500);
    assert.ok(fouten.some(f => /integrity/i.test(f)), `${pagina}: ${fouten.join(' | ')}`);
    if (pagina === '/') {
      // The page rendered ahead of time stays (the app never took over) and says the start failed.
      assert.equal(await page.locator('#voorweergave').count(), 1, `${pagina}: de app draaide toch`);
      assert.equal(await page.locator('html.rh-app').count(), 0, `${pagina}: de app draaide toch`);
      await page.locator('#start-mislukt').waitFor();
    } else {
      // The app removes the plain-HTML loading page (#laden) when it starts: it never started.
      assert.equal(await page.locator('#laden').count(), 1, `${pagina}: de app draaide toch`);
    }
    await context.close();
  }
  // The app's own file (ADR 0022): the amounts of the first module stay, with a notice.
  {
    const { context, page } = await nieuwePagina(browser);
    const fouten = [];
    page.on('console', m => { if (m.type() === 'error') fouten.push(m.text()); });
    await page.route(/\/app-[0-9a-f]+\.wasm$/, eenByteAnders);
    await page.goto(`${APP}/#v=1&datum=2026-01-01&leeftijd=30&uren=36&voltijd=37&loonwaarde=50`, { wachtOpApp: false });
    await page.locator('#niet-geladen').waitFor();
    assert.equal(await page.locator('#fig-lks-meting').textContent(), '€\u00a01.530,14');
    assert.ok(await page.locator('#fig-lks-meting').isVisible());
    assert.equal(await page.locator('html.rh-app').count(), 0);
    assert.ok(fouten.some(f => /integrity/i.test(f)), fouten.join(' | '));
    await context.close();
  }
});

test('meerdere medewerkers: de rekenaars (Web Workers) onder de strikte CSP; hun wasm met integrity', async () => {
  // Under the documented headers the page's calculating workers start, calculate, and nothing is refused.
  {
    const { context, page, fouten } = await nieuwePagina(browser);
    const schendingen = [];
    page.on('console', m => { if (/Content Security Policy|Refused to/.test(m.text())) schendingen.push(m.text()); });
    const rekenaars = [];
    page.on('worker', w => { if (/\/rekenaar-werker-[0-9a-f]+\.js$/.test(w.url())) rekenaars.push(w.url()); });
    const antwoord = await page.goto(`${APP}/meerdere.html`);
    // The one policy of every page (docs/hosting/headers.json): its script-src also names the
    // one-employee page's inline scripts by their sha256 (ADR 0028); this page has none of its own.
    const csp = antwoord.headers()['content-security-policy'];
    assert.match(csp, /^default-src 'none'; script-src 'self'(?: 'sha256-[A-Za-z0-9+/=]+')* 'wasm-unsafe-eval';/);
    assert.ok(!csp.includes('unsafe-inline'), csp);
    await page.locator('#groep-status:not([data-werkers="0"])').waitFor({ state: 'attached' });
    await page.locator('#groep-voorbeeld').click();
    await page.locator('#groep-zin').waitFor();
    assert.ok((await page.locator('#groep-zin').textContent()).startsWith('6 medewerkers berekend, 1 regel met fouten.'));
    assert.ok(rekenaars.length >= 1 && rekenaars.every(u => u.startsWith(APP + '/')), rekenaars.join(' '));
    assert.deepEqual(schendingen, []);
    assert.deepEqual(fouten, []);
    await context.close();
  }
  // One byte of the worker's wasm changed on the way: refused (sha384), and the page says the
  // calculation failed, with nothing half-calculated on screen.
  {
    const { context, page } = await nieuwePagina(browser);
    await context.route(/\/rekenaar-[0-9a-f]+_bg\.wasm$/, eenByteAnders);
    await page.goto(`${APP}/meerdere.html`);
    await page.locator('#groep-status:not([data-werkers="0"])').waitFor({ state: 'attached' });
    await page.locator('#groep-voorbeeld').click();
    await page.locator('#groep-fout', { hasText: 'Het rekenen is mislukt.' }).waitFor();
    assert.equal(await page.locator('#groep-zin').count(), 0);
    assert.equal(await page.locator('#groep-status').textContent(), '');
    assert.deepEqual(await axe(page), []);
    await context.close();
  }
  // The refusal is the integrity's (the worker's console is its own, so read the build): each worker
  // script fetches its wasm with the sha384 of the file in dist.
  for (const werker of fs.readdirSync(DIST).filter(f => /^(rekenaar|werkmap-lezer|werkmap-schrijver)-werker-[0-9a-f]+\.js$/.test(f))) {
    const code = fs.readFileSync(path.join(DIST, werker), 'utf8');
    const [, wasm, sri] = code.match(/fetch\(new URL\('\.\/([\w.-]+_bg\.wasm)', import\.meta\.url\), \{ integrity: '(sha384-[\w+/=]+)' \}\)/) ?? [];
    assert.ok(wasm, `${werker}: geen fetch met integrity`);
    assert.equal(sri, `sha384-${crypto.createHash('sha384').update(fs.readFileSync(path.join(DIST, wasm))).digest('base64')}`, werker);
  }
});

test('privacy: geen verzoeken naar andere origins, geen cookies, geen opslag van invoer', async () => {
  const { page, context } = await nieuwePagina(browser);
  const verzoeken = [];
  page.on('request', r => verzoeken.push(r.url()));
  await page.goto(`${APP}/#v=1&datum=2026-01-01&loonwaarde=45`);
  await page.locator('#fig-netto-meting').waitFor();
  await page.getByLabel('Loonwaarde in procent', { exact: true }).fill('55');
  await page.getByRole('button', { name: 'Kopieer link' }).click();
  await page.locator('.acties__status').filter({ hasText: /./ }).waitFor();
  const vreemd = verzoeken.filter(u => !u.startsWith(`${APP}/`));
  assert.deepEqual(vreemd, []);
  assert.ok(verzoeken.every(u => !u.includes('loonwaarde')), 'de berekening gaat nooit mee in een verzoek (alleen in het fragment)');
  assert.deepEqual(await context.cookies(), []);
  // The cache (offline use, ADR 0017) holds only the build's own files: never a fragment or a query.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15000 });
  const opslag = await page.evaluate(async () => {
    const urls = [];
    for (const n of await caches.keys()) for (const r of await (await caches.open(n)).keys()) urls.push(r.url);
    return { local: localStorage.length, session: sessionStorage.length, idb: (await indexedDB.databases()).length, urls };
  });
  assert.deepEqual([opslag.local, opslag.session, opslag.idb], [0, 0, 0]);
  assert.ok(opslag.urls.length > 5, `de cache is leeg: ${opslag.urls}`);
  for (const u of opslag.urls) assert.match(u, /^http:\/\/127\.0\.0\.1:\d+\/[A-Za-z0-9._-]+\.(html|js|wasm|css|tsv|csv|svg)$/);
});

test('inbedden: hoogteberichten alleen {type, height}, alleen naar de toegestane ouder', async () => {
  const { page, fouten } = await nieuwePagina(browser);
  await page.goto(hostOk.url);
  const frame = page.frameLocator('#rekenhulp');
  await frame.locator('html.rh-app').waitFor({ state: 'attached' });
  await page.waitForFunction(() => (window.__berichten || []).length > 0);
  const berichten = await page.evaluate(() => window.__berichten);
  for (const b of berichten) {
    assert.equal(b.origin, APP);
    assert.deepEqual(Object.keys(b.data).sort(), ['height', 'type']);
    assert.equal(b.data.type, 'rekenhulp-hoogte');
    assert.ok(b.data.height > 300, `hoogte ${b.data.height} in ${JSON.stringify(berichten.map(x => x.data.height))}`);
  }
  const hoogte = await page.locator('#rekenhulp').evaluate(f => f.getBoundingClientRect().height);
  assert.ok(Math.abs(hoogte - berichten.at(-1).data.height) <= 1, `iframe ${hoogte} px, bericht ${berichten.at(-1).data.height}`);
  // Embed mode drops the page chrome (the stylesheet hides it, so the page has one markup).
  assert.equal(await frame.locator('header.kop').isVisible(), false);
  assert.equal(await frame.locator('html.rh-embed').count(), 1);
  // Incoming messages are ignored: the result does not change.
  const voor = await frame.locator('#fig-lks-meting').textContent();
  await page.evaluate(() => document.getElementById('rekenhulp').contentWindow.postMessage({ type: 'zet', loonwaarde: 90, uren: 1 }, '*'));
  await page.waitForTimeout(200);
  assert.equal(await frame.locator('#fig-lks-meting').textContent(), voor);
  assert.deepEqual(fouten, []);
  assert.deepEqual(await axe(page), []);
  await page.screenshot({ path: path.join(UIT, 'inbedden.png'), fullPage: true });
});

test('inbedden: een ouder die niet op de lijst staat krijgt geen berichten', async () => {
  // The host page is allowed by frame-ancestors, but the `ouder` parameter names another origin.
  const { page } = await nieuwePagina(browser);
  await page.goto(hostOk.url);
  await page.frameLocator('#rekenhulp').locator('html.rh-app').waitFor({ state: 'attached' });
  // The messages are cleared when the new page has loaded: a height message the old page (with an
  // allowed parent) posted while the frame navigated away may still arrive before that.
  await page.evaluate(vreemd => new Promise(klaar => {
    const f = document.getElementById('rekenhulp');
    f.addEventListener('load', () => { window.__berichten = []; klaar(); }, { once: true });
    f.src = f.src.replace(/ouder=[^&#]*/, 'ouder=' + encodeURIComponent(vreemd));
  }), hostVreemd.origin);
  await page.frameLocator('#rekenhulp').locator('html.rh-app').waitFor({ state: 'attached' });
  await page.waitForTimeout(500);
  assert.deepEqual(await page.evaluate(() => window.__berichten), []);
});

test('framing vanaf een origin die niet is toegestaan wordt geweigerd', async () => {
  const { page } = await nieuwePagina(browser);
  const schendingen = [];
  page.on('console', m => { if (/frame-ancestors|Refused to frame/.test(m.text())) schendingen.push(m.text()); });
  await page.goto(hostVreemd.url);
  await page.waitForTimeout(1500);
  const frame = page.frames().find(f => f !== page.mainFrame());
  const inhoud = frame ? await frame.evaluate(() => document.body?.innerText ?? '').catch(() => '') : '';
  assert.ok(!inhoud.includes('Rekenhulp beschut werk'), 'de app mag niet in dit frame laden');
  assert.ok(schendingen.length > 0, 'Chromium meldt de frame-ancestors-weigering');
  assert.deepEqual(await page.evaluate(() => window.__berichten || []), []);
});

test('inbedden kost de host hoogstens 1000 bytes: één iframe en een klein script', () => {
  const code = inbedcode();
  assert.ok(code.startsWith('<iframe') && code.endsWith('</script>'), code);
  const bytes = inbedcodeBytes();
  console.log(`# inbedcode: ${bytes} bytes`);
  assert.ok(bytes <= 1000, `de inbedcode is ${bytes} bytes`);
});

test('de voorbeeldconfiguraties voor nginx en Caddy sturen dezelfde headers als headers.json', () => {
  const officieel = JSON.parse(fs.readFileSync(path.join(ROOT, 'docs/hosting/headers.json'), 'utf8'));
  const nginx = fs.readFileSync(path.join(ROOT, 'docs/hosting/nginx.conf'), 'utf8');
  const caddy = fs.readFileSync(path.join(ROOT, 'docs/hosting/Caddyfile'), 'utf8');
  for (const [naam, waarde] of Object.entries(officieel)) {
    assert.ok(nginx.includes(`add_header ${naam} "${waarde}" always;`), `nginx: ${naam}`);
    assert.ok(caddy.includes(`${naam} "${waarde}"`), `Caddy: ${naam}`);
  }
  // The embed allow-list in index.html equals the frame-ancestors list.
  const html = fs.readFileSync(path.join(ROOT, 'index.html'), 'utf8');
  const lijst = html.match(/name="rekenhulp-toegestane-ouders" content="([^"]*)"/)[1].split(' ');
  const voorouders = officieel['Content-Security-Policy'].match(/frame-ancestors ([^;]*)/)[1].split(' ').filter(o => o !== "'self'");
  assert.deepEqual(lijst, voorouders);
});
