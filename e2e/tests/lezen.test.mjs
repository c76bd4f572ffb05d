// Issue 31: what users read, check and print. The chart's sentence says what the chart shows (in
// both languages); every explanation ends on its card's cents in the period shown; the year table's
// peildatum month equals the card or says why not; no Dutch on the English page but the legal
// terms; the group page announces its result and moves focus there, asks what an empty loonwaarde
// means and names a line written with another separator; wide tables put what decides first; the
// charts have a value scale; the prints (as PDF, read back with pdftotext) hold every column and
// row, no heading alone at the bottom of a page and no assumption twice. axe finds nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, DIST, UIT, startBrowser, serveer, nieuwePagina, euro, axe, naBeeld, groepDownload, browserVandaag } from './hulp.mjs';

let browser, server, BASE;
before(async () => { browser = await startBrowser(); server = await serveer(DIST); BASE = server.url; });
after(async () => { await browser?.close(); server?.stop(); });

const CLI = path.join(ROOT, 'target/debug/rekenhulp');
function cli(args, invoer) {
  assert.ok(fs.existsSync(CLI), `${CLI} ontbreekt: draai eerst cargo test (scripts/test.sh doet dat)`);
  return spawnSync(CLI, args, { input: invoer, encoding: 'utf8' });
}

/** "1514.376" -> "€ 1.514,376": an amount before its last rounding, as an explanation shows it. */
function exact(bedrag) {
  const [heel, fractie] = bedrag.split('.');
  return `€\u00a0${heel.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${fractie}`;
}

/** The case of the issue: 1 December 2026, 19 years, 24 hours, loonwaarde 45%. */
const GEVAL = 'v=1&datum=2026-12-01&leeftijd=19&uren=24&loonwaarde=45';

/** Spaces as pdftotext writes them: any run of (non-breaking) spaces is one space. */
const spaties = (t) => t.replace(/[ \u00a0]+/g, ' ');

/**
 * A print as PDF, read back as text per page: `-layout` keeps each printed line (a table row is a
 * line), `-raw` keeps the order the page drew its text in (the cards one after the other).
 */
async function afdruk(page, naam, modus = '-layout') {
  // What the browser does when it prints: the page prepares the print (beforeprint), then prints.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  const pdf = path.join(UIT, `${naam}.pdf`);
  await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  const r = spawnSync('pdftotext', [modus, pdf, '-'], { encoding: 'utf8' });
  assert.equal(r.status, 0, `pdftotext: ${r.stderr} (poppler-utils, scripts/setup.sh)`);
  return r.stdout.split('\f').filter(p => p.trim()).map(spaties);
}

test('de zin bij de grafiek zegt wat de grafiek laat zien, in beide talen', async () => {
  const { page, fouten } = await nieuwePagina(browser);
  await page.goto(BASE + '#' + GEVAL);
  await page.locator('#fig-netto-meting').waitFor();
  await naBeeld(page);
  await page.locator('.grafiek-tabel summary').click();
  const cel = async (rij, kolom) => (await page.locator('.grafiek-tabel tbody tr').nth(rij).locator('td').nth(kolom).textContent()).trim();
  // The chart's own table: € 431,90 at 0% to 30% (the subsidy at its maximum of 70%), € 1.304,69 at 100%.
  const [bij0, bij100, forfait] = [await cel(0, 0), await cel(10, 0), await cel(0, 1)];
  assert.deepEqual([bij0, bij100], [euro('431.90'), euro('1304.69')]);
  const zin = await page.locator('#grafiek-zin').textContent();
  assert.ok(zin.includes(`Met een meting betaalt u ${bij0} tot en met een loonwaarde van 30%; daarboven betaalt u meer naarmate de loonwaarde hoger is`), zin);
  assert.ok(zin.includes(`tot ${bij100} bij 100%`) && zin.includes(`Met het forfait betaalt u bij elke loonwaarde ${forfait}.`), zin);
  assert.ok(!/daalt het bedrag/.test(zin), zin);
  // It is the chart's text for screen readers.
  assert.equal(await page.locator('svg.grafiek[aria-labelledby~="grafiek-zin"]').count(), 1);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { name: 'Your situation' }).waitFor();
  await naBeeld(page);
  const en = await page.locator('#grafiek-zin').textContent();
  assert.ok(en.includes(`With a measurement you pay ${bij0} up to and including a loonwaarde of 30%; above it you pay more the higher the loonwaarde is`), en);
  assert.ok(!/falls/.test(en), en);
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(fouten, []);
});

test('de uitleg eindigt in elke periode op de centen van de kaart, stap voor stap vanaf het wettelijke bedrag', async () => {
  const { page, fouten } = await nieuwePagina(browser);
  await page.goto(BASE + '#' + GEVAL);
  await page.locator('#fig-netto-meting').waitFor();
  for (const periode of ['maand', 'uur', 'jaar']) {
    await page.locator(`#periode-${periode}`).check();
    await naBeeld(page);
    for (const id of ['fig-brutoloon', 'fig-loonkosten', 'fig-lks-meting', 'fig-lks-forfait', 'fig-netto-meting', 'fig-netto-forfait']) {
      const kaart = page.locator('.kerncijfer', { has: page.locator('#' + id) });
      const bedrag = (await page.locator('#' + id).textContent()).trim();
      const uitleg = kaart.locator('details.uitleg');
      if (!(await uitleg.evaluate(d => d.open))) await uitleg.locator('summary').click();
      const einde = uitleg.locator('.uitleg__einde');
      await einde.waitFor();
      assert.ok((await einde.textContent()).includes(bedrag), `${periode} ${id}: ${await einde.textContent()} ≠ ${bedrag}`);
    }
  }
  // Per month, the subsidy from the law's amount: the 60% of a 19-year-old, 24 of 36 hours, the 55%
  // the employee cannot earn, the 23,5%, then ÷ 12 to the beschikking's cents.
  await page.locator('#periode-maand').check();
  await naBeeld(page);
  const lks = await page.locator('.kerncijfer', { has: page.locator('#fig-lks-meting') }).locator('.uitleg__keten').textContent();
  for (const deel of [exact('1514.376'), '24 uur per week', exact('12115.008'), '55%', exact('6663.2544'), exact('1565.864784'), exact('8229.119184'), euro('685.76')]) {
    assert.ok(lks.includes(deel), `${deel} ontbreekt in: ${lks}`);
  }
  // What you pay: the lines of the payslip and the subsidy of the month, nothing left unnamed.
  const netto = await page.locator('.kerncijfer', { has: page.locator('#fig-netto-meting') }).locator('details.uitleg').textContent();
  for (const deel of [euro('934.96'), euro('74.80'), euro('244.07'), euro('50.86'), euro('1304.69'), euro('685.76'), euro('618.93'), 'geen loonkostenvoordeel']) {
    assert.ok(netto.includes(deel), `${deel} ontbreekt in: ${netto}`);
  }
  await page.locator('.kerncijfer', { has: page.locator('#fig-netto-meting') }).screenshot({ path: path.join(UIT, 'uitleg-netto.png') });
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(fouten, []);
});

test('jaaroverzicht: de maand van de peildatum zegt waarom hij anders is dan de kaart; met de datum van toekenning is hij gelijk', async () => {
  const { page, fouten } = await nieuwePagina(browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(BASE + '#' + GEVAL);
  await page.locator('#fig-netto-meting').waitFor();
  await page.locator('#jaaroverzicht summary').click();
  await page.locator('.jaar-tabel').waitFor();
  const december = page.locator('.jaar-tabel tbody tr', { has: page.getByRole('rowheader', { name: /december 2026/ }) });
  // Hand calculation (crates/rekenkern/tests/jaar_kaart.rs): the card 618,93, the overview 631,43.
  const noot = await december.locator('.jaar-kaart').textContent();
  assert.ok(noot.includes(euro('618.93')) && noot.includes('sinds 1 januari 2026') && noot.includes('lid 7'), noot);
  assert.ok((await december.textContent()).includes(euro('631.43')));
  assert.ok(!(await page.locator('#jaaroverzicht .waarschuwingen').textContent()).includes('loopt al'), 'the overview does not call a new subsidy running');
  // The net costs come first: visible at 1280 px without scrolling the table sideways.
  const zichtbaar = await page.evaluate(() => {
    const doos = document.querySelector('#jaaroverzicht .tabel-scroll').getBoundingClientRect();
    const kop = [...document.querySelectorAll('.jaar-tabel thead th')].find(th => th.textContent.includes('Wat u zelf betaalt met forfait')).getBoundingClientRect();
    return kop.right <= doos.right;
  });
  assert.ok(zichtbaar, 'the net cost columns are past the right edge of the box');
  // The year chart has a value scale, grid lines and a title.
  assert.ok(await page.locator('#jaaroverzicht svg.grafiek .grafiek__raster').count() >= 5);
  const labels = await page.locator('#jaaroverzicht svg.grafiek text.grafiek__as').allTextContents();
  assert.ok(labels.filter(l => l.startsWith('€')).length >= 5, labels.join(' | '));
  assert.equal(await page.locator('#jaar-grafiek-kop').textContent(), 'Wat u zelf betaalt, per maand');
  // No assumption of the result above said twice.
  const boven = await page.locator('.kanttekeningen .aannames li').allTextContents();
  const jaar = await page.locator('#jaaroverzicht .aannames li').allTextContents();
  assert.deepEqual(jaar.filter(a => boven.includes(a)), []);
  await page.locator('#jaaroverzicht').screenshot({ path: path.join(UIT, 'jaar-kaart.png') });
  assert.deepEqual(await axe(page), []);
  // The grant date said: the overview's December is the card.
  await page.goto(BASE + '#' + GEVAL + '&subsidie=lopend&toekenning=2026-12-01&jaar=2026');
  await page.locator('.jaar-tabel').waitFor();
  assert.equal(await page.locator('.jaar-kaart').count(), 0);
  assert.ok((await december.textContent()).includes(euro('618.93')));
  assert.deepEqual(fouten, []);
});

/** Legal names and terms that stay Dutch in English (ADR 0010), as crates/rekenkern/tests/engels.rs. */
const TOEGESTAAN = ['Wet minimumloon en minimumvakantiebijslag', 'Wet tegemoetkomingen loondomein', 'Wet financiering sociale verzekeringen',
  'Regeling loonkostensubsidie Participatiewet', 'Regeling indexatie WML', 'Regeling premiepercentages', 'Regeling LKS Pw', 'Regeling SZW',
  'Besluit minimumjeugdloon', 'Besluit SZW', 'Normenbrief Rijksoverheid', 'Kamerbrief', 'Kamerstuk', 'cao Aan de Slag', 'Cao Aan de Slag',
  'Aan de Slag', 'beschut werk', 'sociaal ontwikkelbedrijf', 'Nederlands'];
const NEDERLANDS = ['de', 'het', 'een', 'van', 'en', 'niet', 'zijn', 'wordt', 'voor', 'met', 'bij', 'naar', 'ook', 'als', 'dat', 'deze',
  'wat', 'uw', 'zelf', 'ingevuld', 'geen', 'op', 'aan', 'tot', 'vanaf', 'jaar', 'maand', 'uur', 'loon', 'bedrag', 'bedragen', 'werkgever',
  'werknemer', 'gemeente', 'rekenhulp', 'lezing', 'schatting', 'wettekst', 'geconsolideerd', 'onze', 'nog', 'wel', 'alleen', 'maar',
  'tegenstrijdige', 'rekenconventie', 'pensioengrondslag'];

test('de Engelse pagina heeft geen Nederlands dan de juridische begrippen, en één notatie', async () => {
  const { page, fouten } = await nieuwePagina(browser);
  await page.goto(BASE + '#' + GEVAL + '&taal=en');
  await page.getByRole('heading', { name: 'Your situation' }).waitFor();
  await page.locator('#jaaroverzicht summary').click();
  await page.locator('.jaar-tabel').waitFor();
  await page.evaluate(() => document.querySelectorAll('details').forEach(d => { d.open = true; }));
  await page.locator('.uitleg--spoor ol li').first().waitFor();
  await page.locator('.kerncijfer .uitleg__grondslag').first().waitFor();
  assert.equal(await page.title(), 'Calculator for sheltered work (beschut werk)');
  let tekst = await page.evaluate(() => document.body.innerText);
  for (const t of TOEGESTAAN) tekst = tekst.replaceAll(t, ' ');
  const regels = tekst.split('\n').filter(r => r.split(/[^\p{L}\d]+/u).some(w => NEDERLANDS.includes(w.toLowerCase())));
  assert.deepEqual(regels, [], 'Dutch left on the English page');
  // Numbers in one notation: no decimal point, no ISO date.
  assert.deepEqual(tekst.split('\n').filter(r => /\d\.\d\d?%|\b\d{4}-\d{2}-\d{2}\b/.test(r)), []);
  assert.ok((await page.locator('#notatie').textContent()).includes('€ 1.234,56 is one thousand'));
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(fouten, []);
});

test('de afdruk voor één medewerker: geen kop alleen onderaan, aannames één keer, kaarten met hun periode, de subsidie bij de subsidie', async () => {
  const { page, fouten } = await nieuwePagina(browser, { viewport: { width: 1280, height: 900 } });
  // No heading alone at the bottom of a page: in the prints where the issue found them (each of these
  // ended a page with a heading before).
  for (const s of ['v=1&datum=2026-12-01', 'v=1&datum=2026-07-01&loon=cao&schaal=2&uurloon=16,37&jaar=2026',
    'v=1&datum=2027-03-01&leeftijd=30', 'v=1&datum=2026-12-01&taal=en&jaar=2026', GEVAL + '&vast=v%3D1%26uren%3D30']) {
    await page.goto('about:blank');
    await page.goto(BASE + '#' + s);
    await page.locator('#fig-netto-meting').waitFor();
    if (s.includes('jaar=')) await page.locator('.jaar-tabel').waitFor();
    await naBeeld(page);
    const koppen = (await page.locator('h1, h2, h3, .grafiek-titel, caption').allTextContents()).map(k => spaties(k.trim())).filter(Boolean);
    const paginas = await afdruk(page, 'afdruk-koppen', '-raw');
    for (const [n, p] of paginas.slice(0, -1).entries()) {
      const laatste = p.split('\n').map(r => r.trim()).filter(Boolean).at(-1);
      assert.ok(!koppen.some(k => laatste.startsWith(k)), `${s}: pagina ${n + 1} eindigt met de kop ${laatste}`);
    }
  }
  // The comparison's heading and its one-line answer stand on the page of its table (seen by a new user
  // at 19 years, 32 hours, loonwaarde 25%: page 1 ended with them, the table on page 2).
  // Also in the compact view, where the box with the answer broke over two pages, half empty.
  for (const extra of ['', '&weergave=compact']) {
    await page.goto('about:blank');
    await page.goto(BASE + '#v=1&datum=2026-12-07&leeftijd=19&uren=32&loonwaarde=25' + extra);
    await page.locator('#fig-netto-meting').waitFor();
    await naBeeld(page);
    const kop = spaties((await page.locator('#kop-vergelijking').textContent()).trim());
    const zin = spaties((await page.locator('#omslagpunt').textContent()).trim());
    const rij = spaties((await page.locator('table.vergelijking tbody th').first().textContent()).trim());
    const paginas = (await afdruk(page, 'afdruk-vergelijking' + extra.replace(/\W/g, ''), '-raw')).map(p => p.replace(/\s+/g, ' '));
    const metKop = paginas.find(p => p.includes(kop));
    assert.ok(metKop && metKop.includes(rij), `${extra}: de kop ${kop} staat op een andere bladzijde dan de rij ${rij}`);
    assert.ok(metKop.includes(zin), `${extra}: de zin bij de vergelijking is over twee bladzijden gebroken`);
  }
  await page.goto('about:blank');
  await page.goto(BASE + '#' + GEVAL + '&jaar=2026');
  await page.locator('.jaar-tabel').waitFor();
  await naBeeld(page);
  const paginas = await afdruk(page, 'afdruk-een', '-raw');
  fs.writeFileSync(path.join(UIT, 'afdruk-een.txt'), paginas.join('\n\f\n'));
  const alles = spaties(paginas.join(' ').replace(/\n/g, ' '));
  const aannames = await page.locator('.kanttekeningen .aannames li').allTextContents();
  assert.ok(aannames.length >= 5, aannames.join(' | '));
  for (const a of aannames) {
    const begin = spaties(a).slice(0, 40);
    assert.equal(alles.split(begin).length - 1, 1, `twee keer in de afdruk: ${begin}`);
  }
  assert.ok(alles.includes('Wat u zelf betaalt met meting (per maand)'), 'the cards say their period');
  // The subsidy of the first months stands with the subsidy, not under what you pay.
  const plek = (t) => alles.indexOf(t);
  assert.ok(plek('Met meting van de loonwaarde') < plek('Subsidie in de eerste 6 maanden') &&
    plek('Subsidie in de eerste 6 maanden') < plek('Wat u zelf betaalt met meting (per maand)'), 'lid 5 under the subsidy');
  assert.deepEqual(fouten, []);
});

/** A payroll file of `n` employees (hours, ages and loonwaarde varied). */
function groep(n) {
  const regels = ['id,datum,leeftijd,uren,loonwaarde,voltijd'];
  for (let i = 0; i < n; i++) regels.push(`P${i},2026-07-01,${20 + (i % 40)},${20 + (i % 17)},${(i * 7) % 101},37`);
  return regels.join('\n') + '\n';
}

test('de groepsafdruk als PDF heeft elke kolom en elke rij, ook boven de 100', async () => {
  const { page, fouten } = await nieuwePagina(browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(BASE + 'meerdere.html');
  await page.getByLabel('Of plak de regels hier', { exact: true }).fill(groep(130));
  await page.locator('#groep-bereken').click();
  await page.locator('#groep-zin').waitFor();
  const koppen = (await page.locator('#groep-tabel thead th').allTextContents()).filter(k => k !== 'Eigen kenmerk');
  const paginas = await afdruk(page, 'afdruk-groep');
  fs.writeFileSync(path.join(UIT, 'afdruk-groep.txt'), paginas.join('\n\f\n'));
  const alles = paginas.join('\n');
  // Every column of the screen's table is on paper (the headings may wrap over lines: their words).
  for (const k of koppen) {
    for (const woord of k.split(/\s+/)) assert.ok(alles.includes(woord), `kolom ${k} (${woord}) niet op papier`);
  }
  // Every row twice (what you pay; the parts of the wage cost), by its line number 2 to 131.
  const nummers = alles.split('\n').map(r => r.trim().match(/^(\d+) (?:\d{2}-\d{2}-\d{4}|€)/)?.[1]).filter(Boolean).map(Number);
  for (let regel = 2; regel <= 131; regel++) {
    assert.equal(nummers.filter(n => n === regel).length, 2, `regel ${regel} niet twee keer op papier`);
  }
  assert.equal(alles.split('Totaal van alle 130 medewerkers').length - 1, 2);
  // The totals on paper are the screen's.
  for (const id of ['#groep-meting', '#groep-forfait']) assert.ok(alles.includes(spaties((await page.locator(id).textContent()).trim())), id);
  assert.ok(!alles.includes('P17'), 'the own reference is never printed');
  // After the print the page is as it was: 100 rows on screen.
  assert.equal(await page.locator('#groep-afdruk').innerHTML(), '');
  assert.equal(await page.locator('#groep-tabel tbody tr').count(), 100);
  assert.deepEqual(fouten, []);
});

test('groepspagina: een lege loonwaarde wordt genoemd, geteld en gekozen; een regel met puntkomma is een fout; de uitkomst wordt gemeld', async () => {
  const { page, fouten } = await nieuwePagina(browser, { acceptDownloads: true });
  await page.goto(BASE + 'meerdere.html');
  const bestand = 'id,datum,leeftijd,uren,loonwaarde\nVOL,01-07-2026,30,36,50\nLEEG,01-07-2026,30,36,\nPUNT;01-07-2026;30;36;40\n';
  await page.getByLabel('Of plak de regels hier', { exact: true }).fill(bestand);
  await page.locator('#groep-bereken').click();
  await page.locator('#groep-zin').waitFor();
  // Announced (WCAG 4.1.3), and focus on the result (not left on the button).
  assert.ok((await page.locator('#groep-status').textContent()).startsWith('Klaar. 1 medewerker berekend, 1 regel met fouten, 1 regel zonder loonwaarde niet meegeteld.'));
  await page.waitForFunction(() => document.activeElement?.id === 'groep-kop');
  assert.ok((await page.locator('#groep-zin').textContent()).startsWith('1 medewerker berekend, 1 regel met fouten, 1 regel zonder loonwaarde niet meegeteld.'));
  const foutblok = await page.locator('#groep-fouten').textContent();
  assert.ok(foutblok.includes('Regel 4: Deze regel heeft 1 veld, de kopregel 5 kolommen.') && foutblok.includes('deze regel puntkomma’s (;)'), foutblok);
  assert.ok(foutblok.includes('Verbeter ze in het tekstvak hierboven'), 'pasted lines are not corrected "in the file"');
  assert.equal(await page.locator('#groep-weggelaten li').count(), 1);
  assert.ok((await page.locator('#groep-weggelaten li').textContent()).startsWith('Regel 3: De loonwaarde is leeg.'));
  assert.equal(await page.locator('#groep-tabel tbody tr').count(), 1);
  // December and January count the row with an error apart from the row left out without a loonwaarde,
  // each pointing to its own list (seen by a new user: all counted as errors).
  await page.locator('#groep-jaarwissel-knop').click();
  assert.equal(await page.locator('#groep-jaarwissel-zin').textContent(),
    'December en januari voor 1 medewerker; 1 medewerker niet (zie de regels met een fout hierboven); 1 regel zonder loonwaarde niet meegeteld (zie ‘niet meegeteld’ hierboven).');
  const dag = await browserVandaag(page);
  assert.equal(await groepDownload(page), cli(['batch', '--vandaag', dag], bestand).stdout);
  assert.deepEqual(await axe(page), []);
  // The user chooses: not measured yet, the first six months at 50%, after that 40%.
  await page.locator('#groep-zonder-daarna').fill('40');
  await page.locator('#groep-zonder-niet-gemeten').check();
  await page.locator('#groep-zin', { hasText: 'gerekend als nog niet gemeten' }).waitFor();
  assert.equal(await page.locator('#groep-tabel tbody tr').count(), 2);
  const csv = await groepDownload(page);
  assert.equal(csv, cli(['batch', '--vandaag', dag, '--zonder-loonwaarde', 'niet-gemeten', '--loonwaarde-daarna', '40'], bestand).stdout);
  assert.ok(csv.includes('LEEG,2026-07-01,2026-07,36,,') && csv.includes('daarna 40%'), csv);
  // On screen the row says its loonwaarde is not measured (not "40%" as if measured), and the
  // loonwaarde chart leaves it out and says so.
  const leeg = page.locator('#groep-tabel tbody tr', { hasText: 'niet gemeten' });
  assert.equal(await leeg.count(), 1);
  assert.ok((await leeg.textContent()).includes('niet gemeten (daarna 40%)'));
  assert.equal(await page.locator('#verdeling-niet-gemeten').textContent(),
    '1 medewerker zonder gemeten loonwaarde staat niet in de grafiek en de tabel hieronder.');
  // December and January follow the same choice (they left the row out, whatever was chosen).
  await page.locator('#groep-jaarwissel-knop').click();
  await page.locator('#groep-jaarwissel-zin', { hasText: 'voor 2 medewerkers' }).waitFor();
  assert.equal(await page.locator('#groep-jaarwissel-zin').textContent(),
    'December en januari voor 2 medewerkers; 1 medewerker niet (zie de regels met een fout hierboven).');
  // In the print, the choice is said (the form is not printed).
  await page.emulateMedia({ media: 'print' });
  assert.ok((await page.locator('#groep-zonder-gekozen').textContent()).includes('daarna 40%'));
  await page.emulateMedia({ media: 'screen' });
  assert.deepEqual(await axe(page), []);
  await page.screenshot({ path: path.join(UIT, 'groep-zonder-loonwaarde.png'), fullPage: true });
  assert.deepEqual(fouten, []);
});

test('stop met vergelijken: de focus gaat naar de knop om opnieuw vast te zetten, niet naar de pagina', async () => {
  const { page, fouten } = await nieuwePagina(browser);
  await page.goto(BASE + '#' + GEVAL);
  await page.locator('#knop-vastzetten').click();
  await page.getByLabel('Uren per week in het contract', { exact: true }).fill('30');
  await page.locator('#vast-stop').click();
  await page.waitForFunction(() => document.activeElement?.id === 'knop-vastzetten');
  assert.deepEqual(fouten, []);
});

test('brede tabellen en grafieken op 320 px: wat u betaalt zonder zijwaarts scrollen, leesbare assen', async () => {
  const { page, fouten } = await nieuwePagina(browser, { viewport: { width: 320, height: 800 } });
  await page.goto(BASE + '#' + GEVAL + '&weergave=compact');
  await page.locator('#fig-netto-meting').waitFor();
  await naBeeld(page);
  // The comparison: every amount inside the screen, with its column's name.
  const buiten = await page.evaluate(() => [...document.querySelectorAll('.vergelijking td')]
    .filter(td => td.textContent.trim() && td.getBoundingClientRect().right > document.documentElement.clientWidth).length);
  assert.equal(buiten, 0);
  const netto = await page.locator('.vergelijking tr', { has: page.getByRole('rowheader', { name: 'Wat u zelf betaalt', exact: true }) }).textContent();
  assert.ok(netto.includes(euro('618.93')) && netto.includes(euro('456.84')), netto);
  await page.locator('.vergelijking-blok').screenshot({ path: path.join(UIT, 'vergelijking-320.png') });
  // The chart's axis text is readable (it was about 5 px).
  await page.goto(BASE + '#' + GEVAL);
  await page.locator('#fig-netto-meting').waitFor();
  await naBeeld(page);
  const hoogte = await page.locator('.grafiek-blok svg text.grafiek__as').first().evaluate(t => t.getBoundingClientRect().height);
  assert.ok(hoogte >= 9, `as-tekst ${hoogte} px`);
  // The break-even label is on empty ground, not on a line.
  const vrij = await page.locator('.grafiek-blok svg').evaluate(svg => {
    const label = svg.querySelector('.grafiek__label').getBBox();
    const lijnen = [...svg.querySelectorAll('polyline')].map(p => p.getAttribute('points').split(' ').map(xy => xy.split(',').map(Number)));
    return lijnen.every(punten => punten.every(([x, y]) => x < label.x || x > label.x + label.width || y < label.y - 2 || y > label.y + label.height + 2));
  });
  assert.ok(vrij, 'the break-even label sits on a line');
  await page.locator('.grafiek-blok').screenshot({ path: path.join(UIT, 'grafiek-320.png') });
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(fouten, []);
});
