// The start (issue 25, ADR 0022): the first screen rendered ahead of time, the first wasm module that
// writes a shared link's amounts into it, and the app that takes over without anything moving.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, DIST, UIT, startBrowser, serveer, nieuwePagina, euro, axe } from './hulp.mjs';

let browser, server, BASE;
before(async () => { browser = await startBrowser(); server = await serveer(DIST); BASE = server.url; });
after(async () => { await browser?.close(); server?.stop(); });

// Built by `cargo test` (the first step of scripts/test.sh); a missing binary fails, it never skips.
const CLI = path.join(ROOT, 'target/debug/rekenhulp');
const GEDEELD = '#v=1&datum=2026-07-01&leeftijd=30&uren=32&loonwaarde=35';
const APP_WASM = /\/app-[0-9a-f]+\.wasm$/;

/** The core's monthly amounts for a scenario (the CLI, the same core), as the page writes them. */
function bedragen(scenario, vandaag) {
  assert.ok(fs.existsSync(CLI), `${CLI} ontbreekt: draai eerst cargo test`);
  const r = spawnSync(CLI, ['bereken', scenario, '--vandaag', vandaag], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout).per_maand;
}

/** The browser's today (the page's default peildatum). */
const vandaag = (page) => page.evaluate(() => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
});

/** Where everything on the first screen is: the boxes of the headings, fields, choices and figures. */
function dozen(page) {
  return page.evaluate(() => [...document.querySelectorAll('h1, h2, .intro, .veld, .keuze, .kerncijfer, .telefoonbalk, .lid5, .periode')]
    .filter((e) => !e.closest('.afdruk-alleen'))
    .map((e) => { const r = e.getBoundingClientRect(); return `${e.className}|${e.id}|${Math.round(r.x)},${Math.round(r.y)},${Math.round(r.width)}x${Math.round(r.height)}`; }));
}

/** A request held until the test lets it through (to look at the page before the app arrives). */
function houdVast(page, patroon) {
  let los;
  const vrij = new Promise((k) => { los = k; });
  page.route(patroon, async (r) => { await vrij; await r.continue(); });
  return los;
}

test('het kale adres zonder wasm: de pagina van de app, met de bedragen van vandaag', async () => {
  for (const [breedte, hoogte] of [[390, 844], [1280, 900]]) {
    const { context, page, fouten } = await nieuwePagina(browser, { viewport: { width: breedte, height: hoogte } });
    await page.route(/\.wasm$/, (r) => r.abort());
    await page.goto(BASE, { wachtOpApp: false });
    const dag = await vandaag(page);
    const b = bedragen('v=1', dag);
    // The amounts are in the page and shown, before and without any wasm.
    assert.equal(await page.locator('html.rh-vooraf').count(), 1);
    for (const [id, k] of [['#fig-netto-meting', 'nettokosten_meting'], ['#fig-netto-forfait', 'nettokosten_forfait'], ['#fig-lks-meting', 'lks_meting'], ['#fig-loonkosten', 'loonkosten']]) {
      assert.equal((await page.locator(id).textContent()).trim(), euro(b[k]), id);
    }
    assert.ok(await page.locator(breedte < 700 ? '#samenvatting' : '#fig-netto-meting').isVisible());
    assert.ok((await page.locator('#samenvatting').textContent()).includes(euro(b.nettokosten_meting)));
    assert.equal(await page.locator('#veld-datum').inputValue(), dag);
    assert.equal(await page.locator('#veld-subsidie-nieuw').isChecked(), true);
    assert.equal(await page.locator('#veld-beschut-ja').isChecked(), true);
    assert.deepEqual(await axe(page), []);
    if (breedte === 390) await page.screenshot({ path: path.join(UIT, 'voorweergave-390.png') });
    // The start failed (no wasm): the page says so, and keeps the amounts that hold.
    await page.locator('#start-mislukt').waitFor();
    assert.ok(fouten.length > 0);
    await context.close();
  }
});

test('de app neemt over zonder dat iets verschuift: kaal adres, ingebed, gedeelde link, smal en breed', async () => {
  for (const [breedte, hoogte, adres] of [[390, 844, ''], [1280, 900, ''], [1280, 900, '?embed=1&ouder=https%3A%2F%2Fwww.rijksoverheid.nl'], [390, 844, GEDEELD], [1280, 900, GEDEELD]]) {
    const { context, page, fouten } = await nieuwePagina(browser, { viewport: { width: breedte, height: hoogte } });
    await page.addInitScript(() => {
      window.__verschuiving = [];
      new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__verschuiving.push({ waarde: e.value, html: document.documentElement.className,
        wat: (e.sources ?? []).map((s) => `${s.node?.nodeName}#${s.node?.id ?? ''}.${s.node?.className ?? ''}`) }); })
        .observe({ type: 'layout-shift', buffered: true });
    });
    // The app held back: the page as it is before the app (prerendered, or with the first module's amounts).
    const los = houdVast(page, APP_WASM);
    await page.goto(BASE + adres, { wachtOpApp: false });
    const klaar = adres.includes('datum') ? 'html.rh-bedragen' : 'html.rh-vooraf';
    await page.locator(klaar).waitFor({ state: 'attached' });
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /rekenhulp-app-[0-9a-f]+_bg\.wasm$/.test(e.name) && e.responseEnd > 0));
    await page.waitForTimeout(200);
    const voor = await dozen(page);
    const zichtbaar = adres.includes('datum') ? '.indeling__uitkomst' : '.indeling';
    assert.ok(await page.locator(zichtbaar).isVisible());
    if (adres.includes('datum')) {
      // A shared link: the amounts are the link's; the form waits for the app (hidden, its place kept).
      const b = bedragen(GEDEELD.slice(1), await vandaag(page));
      assert.equal((await page.locator('#fig-netto-meting').textContent()).trim(), euro(b.nettokosten_meting));
      assert.equal(await page.locator('.indeling__invoer').evaluate((e) => getComputedStyle(e).visibility), 'hidden');
      assert.deepEqual(await axe(page), []);
    }
    los();
    await page.locator('html.rh-app').waitFor({ state: 'attached' });
    await page.locator('#jaaroverzicht').waitFor({ state: 'attached' });
    await page.waitForTimeout(200);
    // Everything above the parts below the amounts is where it was; nothing shifted at any time.
    const na = await dozen(page);
    assert.deepEqual(na.slice(0, voor.length), voor, `${breedte}×${hoogte} ${adres}`);
    assert.equal(await page.locator('#voorweergave').count(), 0);
    assert.deepEqual(await page.evaluate(() => window.__verschuiving), [], `${breedte}×${hoogte} ${adres}`);
    assert.deepEqual(fouten, []);
    await context.close();
  }
});

test('typen vóór de app er is: niets gaat verloren, de bedragen volgen, de cursor blijft staan', async () => {
  const { context, page, fouten } = await nieuwePagina(browser, { viewport: { width: 1280, height: 900 } });
  const los = houdVast(page, APP_WASM);
  await page.goto(BASE, { wachtOpApp: false });
  const dag = await vandaag(page);
  // Typed while the first wasm is not even there: kept when it comes.
  await page.locator('#veld-uren').fill('27,5');
  await page.locator('html.rh-vooraf').waitFor({ state: 'attached' });
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /rekenhulp-app-[0-9a-f]+_bg\.wasm$/.test(e.name) && e.responseEnd > 0));
  await page.locator('#fig-netto-meting').filter({ hasText: euro(bedragen('v=1&uren=27.5', dag).nettokosten_meting) }).waitFor();
  // Typed and clicked while the first module runs: the amounts follow every key and click.
  await page.locator('#veld-loonwaarde').click();
  await page.keyboard.type('55');
  await page.locator('#veld-contract-vast').check();
  const b = bedragen('v=1&uren=27.5&loonwaarde=55&contract=vast', dag);
  await page.locator('#fig-netto-meting').filter({ hasText: euro(b.nettokosten_meting) }).waitFor();
  assert.equal((await page.locator('#fig-lks-meting').textContent()).trim(), euro(b.lks_meting));
  // Wrong input: the amounts stay, marked as belonging to earlier input, as in the app.
  await page.locator('#veld-loonwaarde').fill('5x');
  await page.locator('.uitkomst__blok.uitkomst--verouderd').waitFor();
  await page.locator('#veld-loonwaarde').fill('55');
  await page.locator('#veld-loonwaarde').press('End');
  await page.locator('#veld-loonwaarde').press('ArrowLeft');
  await page.locator('.uitkomst__blok:not(.uitkomst--verouderd)').waitFor();
  // The app takes over with all of it; the field keeps the focus and the cursor (between 5 and 5).
  los();
  await page.locator('html.rh-app').waitFor({ state: 'attached' });
  assert.equal(await page.locator('#veld-uren').inputValue(), '27,5');
  assert.equal(await page.locator('#veld-loonwaarde').inputValue(), '55');
  assert.equal(await page.locator('#veld-contract-vast').isChecked(), true);
  assert.deepEqual(await page.evaluate(() => [document.activeElement?.id, document.activeElement?.selectionStart]), ['veld-loonwaarde', 1]);
  await page.keyboard.type('0');
  assert.equal(await page.locator('#veld-loonwaarde').inputValue(), '505');
  await page.locator('#veld-loonwaarde').fill('55');
  assert.equal((await page.locator('#fig-netto-meting').textContent()).trim(), euro(b.nettokosten_meting));
  await page.waitForURL((u) => u.hash.includes('loonwaarde=55') && u.hash.includes('contract=vast') && u.hash.includes('uren=27.5'));
  assert.deepEqual(fouten, []);
  await context.close();
});

test('een andere dag dan de voorweergave: nooit een bedrag van die dag, ook niet één beeld', async () => {
  // The page is rendered for the days data-rh-van..data-rh-tot. A visit on a later day (the new year,
  // values past the tables) may not show those amounts for even one frame.
  const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const tot = html.match(/data-rh-tot=(\d{4}-\d{2}-\d{2})/)[1];
  const later = new Date(`${tot}T12:00:00`);
  later.setDate(later.getDate() + 20);
  const voorgerenderd = html.match(/id="?fig-netto-meting"?[^>]*>([^<]*)</)[1];
  for (const wasm of [false, true]) {
    const { context, page, fouten } = await nieuwePagina(browser, { viewport: { width: 390, height: 844 } });
    await page.clock.setFixedTime(later);
    await page.addInitScript((oud) => {
      // Every frame until the page has calculated for itself: is an amount of the prerendered day
      // visible?
      window.__fout = [];
      const kijk = () => {
        // An init script runs before the document exists; its first frame may come that early too.
        if (!document.documentElement) return requestAnimationFrame(kijk);
        const h = document.documentElement.classList;
        if (h.contains('rh-app') || h.contains('rh-bedragen')) return;
        for (const id of ['#samenvatting', '#fig-netto-meting']) {
          const el = document.querySelector(id);
          if (el && el.textContent.includes(oud) && getComputedStyle(el).visibility === 'visible' && getComputedStyle(el.closest('.indeling__uitkomst') ?? el).visibility === 'visible') window.__fout.push(id);
        }
        requestAnimationFrame(kijk);
      };
      requestAnimationFrame(kijk);
    }, voorgerenderd);
    if (!wasm) await page.route(/\.wasm$/, (r) => r.abort());
    await page.goto(BASE, { wachtOpApp: false });
    assert.equal(await page.locator('html.rh-vooraf').count(), 0);
    if (wasm) {
      // The app calculates the day's amounts (provisional past the tables, ADR 0013) and says so.
      await page.locator('html.rh-app').waitFor({ state: 'attached' });
      await page.locator('#voorlopig-melding').waitFor();
      assert.ok(await page.locator('#samenvatting').isVisible());
    } else {
      await page.locator('#start-mislukt').waitFor();
      assert.equal(await page.locator('#samenvatting').isVisible(), false);
      assert.equal(await page.locator('#fig-netto-meting').isVisible(), false);
    }
    assert.deepEqual(await page.evaluate(() => window.__fout), []);
    if (wasm) assert.deepEqual(fouten, []);
    await context.close();
  }
});

test('zonder JavaScript: de melding, en geen bedrag', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(BASE);
  assert.ok((await page.locator('noscript').textContent()).includes('JavaScript'));
  assert.equal(await page.locator('#fig-netto-meting').isVisible(), false);
  assert.equal(await page.locator('#veld-uren').isVisible(), false);
  await context.close();
});

test('een nieuwe link in hetzelfde tabblad terwijl de link nog geschreven moet worden: de nieuwe wint', async () => {
  // The race of issue 25: the app writes the fragment 250 ms after the last change; a link pasted in
  // that time must be loaded, not overwritten by the write that was still waiting.
  const { context, page, fouten } = await nieuwePagina(browser);
  await page.goto(BASE + '#v=1&datum=2026-01-01&leeftijd=30&uren=36&voltijd=37&loonwaarde=50');
  await page.locator('html.rh-app').waitFor({ state: 'attached' });
  await page.locator('#fig-lks-meting').filter({ hasText: euro('1530.14') }).waitFor();
  for (let i = 0; i < 5; i++) {
    // A change, so a write waits 250 ms (each round another value: the field holds 36 from the link).
    await page.locator('#veld-uren').fill(i % 2 ? '35' : '35,5');
    // Within the wait: another link (loonwaarde 20: 0,7 × 2.294,40 × 1,08 × 1,235 = 2.142,19); each
    // round another address (the forfait's reading), or the browser sees no change of fragment.
    await page.evaluate((lezing) => { location.hash = `v=1&datum=2026-01-01&leeftijd=30&uren=36&voltijd=37&loonwaarde=20&forfait=${lezing}`; }, 'ABCAB'[i]);
    await page.locator('#fig-lks-meting').filter({ hasText: euro('2142.19') }).waitFor({ timeout: 4000 });
    await page.waitForTimeout(400);
    assert.equal((await page.locator('#fig-lks-meting').textContent()).trim(), euro('2142.19'));
    assert.ok((await page.evaluate(() => location.hash)).includes('loonwaarde=20'));
    assert.equal(await page.locator('#veld-loonwaarde').inputValue(), '20');
    // Back to 50 for the next round.
    await page.locator('#veld-loonwaarde').fill('50');
    await page.locator('#fig-lks-meting').filter({ hasText: euro('1530.14') }).waitFor();
  }
  assert.deepEqual(fouten, []);
  await context.close();
});
