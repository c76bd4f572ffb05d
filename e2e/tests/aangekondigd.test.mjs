// Issue 30: 1 January 2027 as announced. A 19-year-old on 1-1-2027 gets the announced youth scale
// (75% × the last known € 14,99 = 11,2425 → € 11,24 per hour; subsidy 0,60 × 2.337,00 × 0,75 × 1,08 ×
// 1,235 = 1.402,69077 → € 1.402,69 per month), marked as announced with its source; the choice off
// gives the published scale (€ 8,99; € 1.122,15). December beside January: brutoloon 8,99 × 156 =
// € 1.402,44 → 11,24 × 156 = € 1.753,44. Hand values as in crates/rekenkern/tests/jaarwissel.rs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { DIST, UIT, startBrowser, serveer, nieuwePagina, euro, axe } from './hulp.mjs';

let browser, server, BASE;
before(async () => { browser = await startBrowser(); server = await serveer(DIST); BASE = server.url; });
after(async () => { await browser?.close(); server?.stop(); });

const JANUARI = '#v=1&datum=2027-01-01&leeftijd=19&uren=36&loonwaarde=40';
const DECEMBER = '#v=1&datum=2026-12-01&leeftijd=19&uren=36&loonwaarde=40';

test('2027, 19 jaar: de aangekondigde staffel, als aangekondigd gemarkeerd met de bron (390 en 1280 px, axe)', async () => {
  for (const [w, h] of [[390, 844], [1280, 900]]) {
    const { page, fouten } = await nieuwePagina(browser, { viewport: { width: w, height: h } });
    await page.goto(BASE + JANUARI);
    await page.locator('#fig-lks-meting').filter({ hasText: euro('1402.69') }).waitFor();
    assert.match(await page.locator('.formulier').textContent(), /€\u00a011,24 per uur \(voorlopig: het nieuwe percentage voor jongeren dat het kabinet heeft aangekondigd/);
    // The notice: the last known values, and each announced value with its date and its source.
    const melding = page.locator('#voorlopig-melding');
    assert.match(await melding.textContent(), /Het kabinet heeft een paar nieuwe waarden aangekondigd; daarmee rekenen we/);
    await page.locator('#voorlopig-lijst > summary').click();
    const aangekondigd = page.locator('#voorlopig-lijst li.aangekondigd');
    const regels = await aangekondigd.allTextContents();
    assert.ok(regels.some(r => r.startsWith('Percentage minimumjeugdloon voor deze leeftijd: 75%') && r.includes('aangekondigd per 01-01-2027')
      && r.includes('Kamerstuk 36 545, nr. 19')), regels.join('\n'));
    assert.ok(regels.some(r => r.startsWith('Aof-premie') && r.includes('8,03%')), regels.join('\n'));
    assert.equal(await aangekondigd.locator('a[href^="https://www.tweedekamer.nl/"]').count(), 1);
    // The figure says it may change, and its explanation says why.
    const lks = page.locator('#fig-lks-meting').locator('..');
    assert.match(await lks.textContent(), /voorlopig/);
    await lks.locator('details.uitleg > summary').click();
    // The explanation is built on the toggle event, which comes after the click: wait for it (CI read it too early once).
    await lks.locator('details.uitleg').filter({ hasText: /rust op een aangekondigde waarde/ }).waitFor();
    assert.match(await lks.locator('details.uitleg').textContent(), /× 75% voor deze leeftijd \(aangekondigde staffel, vanaf 01-01-2027\)/);
    assert.deepEqual(await axe(page), []);
    await page.screenshot({ path: path.join(UIT, `aangekondigd-${w}.png`), fullPage: true });
    assert.deepEqual(fouten, []);
  }
});

test('de keuze: alleen gepubliceerde en laatst bekende waarden, in de link en met een aanname', async () => {
  const { page, fouten } = await nieuwePagina(browser);
  await page.goto(BASE + JANUARI);
  await page.locator('#fig-lks-meting').filter({ hasText: euro('1402.69') }).waitFor();
  await page.locator('details.geavanceerd > summary').click();
  await page.locator('#veld-aangekondigd-nee').check();
  await page.locator('#fig-lks-meting').filter({ hasText: euro('1122.15') }).waitFor();
  assert.match(await page.locator('.formulier').textContent(), /€\u00a08,99 per uur/);
  await page.waitForFunction(() => location.hash.includes('aangekondigd=nee'));
  assert.match(await page.locator('body').textContent(), /U rekent zonder aangekondigde waarden/);
  assert.equal(await page.locator('#voorlopig-lijst li.aangekondigd').count(), 0);
  // Reloading the link keeps the choice; an unknown value gets the message every key gets.
  await page.reload();
  await page.locator('#fig-lks-meting').filter({ hasText: euro('1122.15') }).waitFor();
  await page.goto(BASE + JANUARI + '&aangekondigd=misschien');
  await page.locator('#link-melding').waitFor();
  assert.match(await page.locator('#link-melding').textContent(), /aangekondigd/i);
  await page.locator('#fig-lks-meting').filter({ hasText: euro('1402.69') }).waitFor();
  assert.deepEqual(fouten, []);
});

test('wat verandert er op 1 januari: december naast januari, regel voor regel met de reden, ook in het Engels en in de afdruk', async () => {
  for (const [w, h] of [[390, 844], [1280, 900]]) {
    const { page, fouten } = await nieuwePagina(browser, { viewport: { width: w, height: h } });
    await page.goto(BASE + DECEMBER);
    const blok = page.locator('#jaarwissel');
    await blok.locator('table.jaarwissel').waitFor();
    assert.equal(await blok.evaluate(d => d.open), true, 'open in december');
    const rij = naam => blok.locator('tbody tr').filter({ has: page.locator('th', { hasText: naam }) }).first();
    const bruto = await rij('Brutoloon').locator('td').allTextContents();
    assert.deepEqual(bruto, [euro('1402.44'), euro('1753.44'), `+ ${euro('351.00')}`]);
    const lks = await rij('Subsidie met een meting').locator('td').allTextContents();
    assert.deepEqual(lks.slice(0, 2), [euro('1122.15'), euro('1402.69')]);
    const redenen = await page.locator('#jaarwissel-redenen li').allTextContents();
    assert.ok(redenen.some(r => r.includes('van 60% naar 75%')), redenen.join('\n'));
    assert.ok(redenen.some(r => r.includes('lid 7')), redenen.join('\n'));
    assert.ok(redenen.some(r => r.startsWith('Het minimumjeugdloon voor 19 jaar gaat omhoog')), redenen.join('\n'));
    // January says what it rests on: the last known values, and each announced value with its source.
    const status = await blok.locator('.jaarwissel__status').allTextContents();
    assert.ok(status.some(z => z.startsWith('Januari 2027 is voorlopig') && z.includes('1 juli 2026')), status.join('\n'));
    assert.match(await blok.locator('.jaarwissel__aangekondigd').textContent(), /Kamerstuk 36 545, nr\. 19/);
    // A reason's number takes the reader (and the focus) to the reason, and leaves the link alone.
    const hash = await page.evaluate(() => location.hash);
    await blok.locator('button.jaarwissel__ref').first().click();
    await page.waitForFunction(() => document.activeElement?.id === 'jaarwissel-reden-1');
    // The reason it led to is marked (focus by script after a click: :focus-visible may not show).
    assert.equal(await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle), 'solid');
    // On a phone the stacked amounts carry their column's heading, "voorlopig" included.
    assert.match(await rij('Brutoloon').locator('td').nth(1).getAttribute('data-kop'), /^Januari 2027 \(voorlopig\)$/);
    assert.equal(await page.evaluate(() => location.hash), hash);
    assert.equal((await page.locator('#fig-brutoloon').textContent()).trim(), euro('1402.44'));
    assert.equal(await page.locator('#link-melding').count(), 0);
    // The December column is the card.
    assert.equal((await page.locator('#fig-brutoloon').textContent()).trim(), euro('1402.44'));
    // Nothing hides behind a sideways scroll on a phone.
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth));
    assert.deepEqual(await axe(page), []);
    await blok.screenshot({ path: path.join(UIT, `jaarwissel-${w}.png`) });
    if (w === 1280) {
      // In the print: the section, and the announced values in the header.
      await page.emulateMedia({ media: 'print' });
      assert.ok(await blok.locator('table.jaarwissel').isVisible());
      await page.pdf({ format: 'A4', path: path.join(UIT, 'jaarwissel.pdf') });
      await page.emulateMedia({ media: 'screen' });
    }
    assert.deepEqual(fouten, []);
  }
  // In November: one tap away.
  const { page, fouten } = await nieuwePagina(browser);
  await page.goto(BASE + '#v=1&datum=2026-11-01&leeftijd=30&uren=36&loonwaarde=50');
  await page.locator('#jaarwissel').waitFor();
  assert.equal(await page.locator('#jaarwissel').evaluate(d => d.open), false);
  await page.locator('#jaarwissel > summary').click();
  await page.locator('#jaarwissel table.jaarwissel').waitFor();
  // English: the heading and the reasons in English.
  await page.goto(BASE + DECEMBER + '&taal=en');
  await page.locator('#jaarwissel table.jaarwissel').waitFor();
  assert.equal((await page.locator('#kop-jaarwissel').textContent()).trim(), 'What changes on 1 January?');
  const en = await page.locator('#jaarwissel-redenen li').allTextContents();
  assert.ok(en.some(r => r.startsWith('The youth minimum wage for age 19 goes up')), en.join('\n'));
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(fouten, []);
});

test('meerdere medewerkers: de totalen van december en januari naast elkaar', async () => {
  const { page, fouten } = await nieuwePagina(browser);
  await page.goto(BASE + 'meerdere.html');
  // Row A: 19 jaar (1.402,44 → 1.753,44); row B: 30 jaar, running since 1-3-2026 (2.338,44 both).
  const bestand = 'id,datum,leeftijd,uren,loonwaarde,subsidie,toekenning\nA,2026-11-01,19,36,40,,\nB,2026-11-01,30,36,50,lopend,2026-03-01\n';
  await page.getByLabel('Of plak de regels hier', { exact: true }).fill(bestand);
  await page.locator('#groep-bereken').click();
  await page.locator('#groep-jaarwissel-knop').click();
  const tabel = page.locator('.groep-jaarwissel table.jaarwissel');
  await tabel.waitFor();
  const bruto = await tabel.locator('tbody tr').first().locator('td').allTextContents();
  // The page's today is the real date: only check the sums when the turn is 2026/2027.
  const kop = await tabel.locator('thead th').first().textContent();
  if (kop.includes('2026')) {
    assert.deepEqual(bruto.slice(0, 2), [euro(1402.44 + 2338.44), euro(1753.44 + 2338.44)]);
    // January 2027 rests on last known and announced values: its heading says so, and so does the
    // heading above each stacked amount on a phone.
    assert.equal((await tabel.locator('thead th').nth(1).innerText()).replace(/\s+/g, ' ').trim(), 'Januari 2027 voorlopig');
    assert.equal(await tabel.locator('tbody tr').first().locator('td').nth(1).getAttribute('data-kop'), 'Januari 2027 (voorlopig)');
  }
  assert.ok((await page.locator('#groep-jaarwissel-redenen').textContent()).includes('2 medewerkers'));
  // Calculated, it is part of the print.
  await page.emulateMedia({ media: 'print' });
  assert.ok(await tabel.isVisible(), 'de berekende jaarwisseling hoort in de afdruk');
  await page.emulateMedia({ media: 'screen' });
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(fouten, []);
});
