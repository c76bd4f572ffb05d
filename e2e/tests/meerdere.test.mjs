// The page for many employees (meerdere.html): the same file gives the same CSV as `rekenhulp
// batch` (both call rekenkern::batch), rows with errors are named by line, the own reference never
// reaches the URL or the print, 10,000 rows are calculated in chunks, and axe finds nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import fs from 'node:fs';
import { ROOT, DIST, UIT, startBrowser, serveer, nieuwePagina, euro, axe, leesTabel, centen, groepDownload, browserVandaag } from './hulp.mjs';
import { groepCsv } from '../groep.mjs';

let browser, server, BASE;
before(async () => { browser = await startBrowser(); server = await serveer(DIST); BASE = server.url; });
after(async () => { await browser?.close(); server?.stop(); });

const VOORBEELD = path.join(ROOT, 'static/voorbeeld-medewerkers.csv');
// Built by `cargo test` (the first step of scripts/test.sh); a missing binary fails, it never skips.
const CLI = path.join(ROOT, 'target/debug/rekenhulp');

function cli(args, invoer) {
  assert.ok(fs.existsSync(CLI), `${CLI} ontbreekt: draai eerst cargo test (scripts/test.sh doet dat)`);
  const r = spawnSync(CLI, args, { input: invoer, encoding: 'utf8' });
  return r.stdout;
}

/** The group table's row of an own reference, as {column heading: cell text}. */
async function groepsrij(page, kenmerk) {
  const t = await leesTabel(page.locator('#groep-tabel'));
  const rij = t.rijen.find(r => r['Eigen kenmerk'] === kenmerk);
  assert.ok(rij, `geen rij ${kenmerk}`);
  return rij;
}

const download = groepDownload;

/** The texts of the loonwaarde chart that the break-even label covers (['geen label'] without one). */
function labelOverlap(page) {
  return page.evaluate(() => {
    const svg = document.querySelector('#verdeling-kop').closest('section').querySelector('svg');
    const teksten = [...svg.querySelectorAll('text')].map(t => ({ tekst: t.textContent, r: t.getBBox() }));
    const label = teksten.find(t => t.tekst.includes('omslagpunt'));
    const raak = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    return label ? teksten.filter(t => t !== label && raak(t.r, label.r)).map(t => t.tekst) : ['geen label'];
  });
}
const vandaag = browserVandaag;

test('meerdere medewerkers: hetzelfde bestand geeft dezelfde CSV als rekenhulp batch; fouten per regel', async () => {
  const { page, fouten } = await nieuwePagina(browser, { acceptDownloads: true });
  await page.goto(BASE + 'meerdere.html');
  await page.locator('#groep-bestand').setInputFiles(VOORBEELD);
  await page.locator('#groep-zin').waitFor();
  const invoer = fs.readFileSync(VOORBEELD, 'utf8');
  const dag = await vandaag(page);
  assert.equal(await download(page), cli(['batch', '--vandaag', dag], invoer), 'per maand: app en CLI verschillen');

  // Hand calculations (domain.md F3, 1-1-2026, RML € 2.294,40, 36 of 36 hours):
  // loonwaarde 50%: 0,5 × 2.294,40 × 1,08 × 1,235 = 1.530,14; 20%: capped at 70%:
  // 0,7 × 2.294,40 × 1,08 × 1,235 = 2.142,19; 32%: 0,68 × … = 2.080,98, equal to forfait A.
  assert.equal((await groepsrij(page, 'M-001'))['Subsidie met meting'], euro('1530.14'));
  assert.equal((await groepsrij(page, 'M-002'))['Subsidie met meting'], euro('2142.19'));
  assert.equal((await groepsrij(page, 'M-003'))['Subsidie met meting'], euro('2080.98'));
  assert.equal((await groepsrij(page, 'M-003'))['Subsidie met forfait (voorgenomen)'], euro('2080.98'));
  assert.equal((await groepsrij(page, 'M-003')).Verschil, euro('0.00'));
  // The row with loonwaarde=150 (line 8 of the file) is named, and the others still count.
  const foutblok = await page.locator('#groep-fouten').textContent();
  // Named by the field's question and the value as written, not by the key (issue 31).
  assert.ok(foutblok.includes('Regel 8:') && foutblok.includes('Loonwaarde in procent: ‘150’ is niet geldig.'), foutblok);
  assert.ok((await page.locator('#groep-zin').textContent()).startsWith('6 medewerkers berekend, 1 regel met fouten.'));
  assert.equal(await page.locator('#verdeling-zin').textContent(),
    'Het omslagpunt ligt voor iedereen bij een loonwaarde van 32%. Daaronder geeft meting meer subsidie, daarboven het forfait.');
  // The break-even label covers no bar's count (issue 32: it was drawn over the 30-40% count).
  const overlap = await labelOverlap(page);
  assert.deepEqual(overlap, []);
  // On a phone (larger chart text) every label stays inside the chart: "100%" ran past its edge.
  const scherm = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 800 });
  const buiten = await page.evaluate(() => {
    const svg = document.querySelector('#verdeling-kop').closest('section').querySelector('svg');
    const b = svg.viewBox.baseVal;
    return [...svg.querySelectorAll('text')].map(t => ({ tekst: t.textContent, r: t.getBBox() }))
      .filter(t => t.r.width > 0 && (t.r.x < b.x || t.r.x + t.r.width > b.x + b.width || t.r.y < b.y || t.r.y + t.r.height > b.y + b.height))
      .map(t => t.tekst);
  });
  // Also above: the break-even label's top was cut off at the phone's text size (seen at 390 px).
  assert.deepEqual(buiten, []);
  // And at that size it still covers no count.
  const overlapTelefoon = await labelOverlap(page);
  assert.deepEqual(overlapTelefoon, []);
  await page.setViewportSize(scherm);

  // Per year: the same file, the same CSV as the CLI with --periode jaar.
  await page.locator('#groep-periode-jaar').check();
  await page.locator('#groep-meting-label', { hasText: 'per kalenderjaar' }).waitFor();
  assert.equal(await download(page), cli(['batch', '--vandaag', dag, '--periode', 'jaar'], invoer), 'per jaar: app en CLI verschillen');
  // Its name says the period, so it does not overwrite the file per month in the same folder.
  const [perJaar] = await Promise.all([page.waitForEvent('download'), page.locator('#groep-download').click()]);
  assert.equal(perJaar.suggestedFilename(), 'uitkomst-medewerkers-per-jaar.csv');

  // The own reference: on screen, never in the URL, never in the print.
  assert.equal(new URL(page.url()).hash, '');
  assert.equal(new URL(page.url()).search, '');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.getByText('M-001', { exact: true }).isVisible(), false, 'het eigen kenmerk staat in de afdruk');
  assert.ok(await page.locator('#groep-tabel').isVisible(), 'de tabel hoort wel in de afdruk');
  // Not calculated: "Wat verandert er op 1 januari?" would print as a heading and an intro alone.
  assert.equal(await page.locator('.groep-jaarwissel').isVisible(), false, 'een lege jaarwisseling in de afdruk');
  // The print's tables (written on beforeprint) say why the own reference is not there.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  assert.ok((await page.locator('#groep-afdruk-kenmerk').textContent()).startsWith('Uw eigen kenmerk (de kolom id) staat niet in de afdruk'));
  assert.ok(await page.locator('#groep-afdruk-kenmerk').isVisible());
  await page.screenshot({ path: path.join(UIT, 'meerdere-afdruk.png'), fullPage: true });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: 'screen' });
  assert.deepEqual(await axe(page), []);
  await page.screenshot({ path: path.join(UIT, 'meerdere.png'), fullPage: true });
  assert.deepEqual(fouten, []);
});

test('meerdere medewerkers: regels in 2027 rekenen voorlopig, gemarkeerd, gelijk aan rekenhulp batch --voorlopig ja', async () => {
  const { page, fouten } = await nieuwePagina(browser, { acceptDownloads: true });
  await page.goto(BASE + 'meerdere.html');
  const bestand = 'id,datum,leeftijd,uren,loonwaarde\nA,2026-07-01,30,36,50\nB,2027-03-01,30,36,50\nC,2027-03-01,30,36,50\n';
  await page.getByLabel('Of plak de regels hier', { exact: true }).fill(bestand);
  await page.locator('#groep-bereken').click();
  await page.locator('#groep-zin').waitFor();
  assert.equal(await page.locator('#groep-voorlopig').textContent(),
    'Voorlopig: voor 2 medewerkers zijn nog niet alle bedragen van de peildatum gepubliceerd. We rekenen daar met de laatst bekende waarden en met aangekondigde waarden (besluiten van het kabinet met een datum, zoals het nieuwe minimumjeugdloon per 1 januari 2027); die bedragen en de totalen zijn voorlopig (in de download: status ‘ok (voorlopig)’). Weet u de nieuwe waarden? Zet ze in een kolom (bijvoorbeeld wml, rml); met een kolom voorlopig met ‘nee’ vraagt de rekenhulp ze per regel, met een kolom aangekondigd met ‘nee’ telt hij alleen gepubliceerde en laatst bekende waarden.');
  assert.ok((await page.locator('#groep-zin').textContent()).startsWith('3 medewerkers berekend.'));
  const csv = await download(page);
  assert.equal(csv.split('\r\n').filter(r => r.endsWith(',ok (voorlopig)')).length, 2, csv);
  // The same file through the CLI: the same output when the script opts in; strict otherwise.
  assert.equal(csv, cli(['batch', '--vandaag', await vandaag(page), '--voorlopig', 'ja'], bestand));
  assert.ok(cli(['batch', '--vandaag', await vandaag(page)], bestand).includes('kolom wml'));
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(fouten, []);
});

const BESTANDEN = path.join(ROOT, 'crates/rekenkern/tests/bestanden');

test('meerdere medewerkers: een Excel-bestand in Windows-1252 en een kalenderjaar; gelijk aan rekenhulp batch', async () => {
  const { page, fouten } = await nieuwePagina(browser, { acceptDownloads: true });
  await page.goto(BASE + 'meerdere.html');
  const pad = path.join(BESTANDEN, 'excel-puntkomma-windows-1252.csv');
  await page.locator('#groep-bestand').setInputFiles(pad);
  await page.locator('#groep-zin').waitFor();
  assert.equal(await page.locator('#groep-codering').textContent(), 'Het bestand is gelezen als Windows-1252.');
  assert.ok(await page.getByRole('cell', { name: 'MW-é01', exact: true }).isVisible(), 'the reference with é, not garbled');
  const bytes = fs.readFileSync(pad);
  assert.equal(await download(page), cli(['batch', '--vandaag', await vandaag(page)], bytes));
  // The calendar year of the year overview (hand calculation in crates/rekenkern/tests/bestanden.rs):
  // LKS 12 × 1.530,14 = 18.361,68 per employee, 36.723,36 for both; the month stays 3.060,28.
  await page.locator('#groep-periode-jaar').check();
  await page.locator('#groep-meting-label', { hasText: 'per kalenderjaar' }).waitFor();
  const jaar = await download(page);
  assert.equal(jaar, cli(['batch', '--vandaag', await vandaag(page), '--periode', 'jaar'], bytes));
  assert.ok(jaar.includes('\r\nMW-é01;2026-01-01;2026;36;50;27799,20;'), jaar);
  assert.ok((await page.locator('#groep-zin').textContent()).includes('per kalenderjaar'));
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(fouten, []);
});

test('meerdere medewerkers: onbekende kolommen: eerst de vraag met de eerste regels, dan pas rekenen', async () => {
  const { page, fouten } = await nieuwePagina(browser, { acceptDownloads: true });
  await page.goto(BASE + 'meerdere.html');
  await page.locator('#groep-bestand').setInputFiles(path.join(BESTANDEN, 'onbekende-kolommen.csv'));
  const stap = page.locator('#groep-kolomstap');
  await stap.waitFor();
  assert.ok((await stap.textContent()).includes('De rekenhulp herkent de kolommen ‘LW’ en ‘Afdeling’ niet.'));
  assert.ok(await stap.getByRole('cell', { name: 'Zuid', exact: true }).isVisible(), 'the preview shows the first rows');
  assert.equal(await page.locator('#groep-zin').count(), 0, 'nothing calculated yet');
  assert.deepEqual(await axe(page), []);
  await page.locator('#groep-kolommen-bereken').click();
  await stap.getByText('Kies eerst voor elke kolom wat erin staat.').waitFor();
  await page.getByLabel('Kolom ‘LW’').selectOption('loonwaarde');
  await page.getByLabel('Kolom ‘Afdeling’').selectOption('-');
  await page.locator('#groep-kolommen-bereken').click();
  await page.locator('#groep-zin').waitFor();
  assert.equal(await stap.count(), 0);
  assert.equal((await groepsrij(page, 'A'))['Subsidie met meting'], euro('1530.14'));
  assert.deepEqual(fouten, []);
});

test('meerdere medewerkers: wat een beschutte plek kost voor werkgever en gemeente, met grafiek, tabel en download', async () => {
  const { page, fouten } = await nieuwePagina(browser, { acceptDownloads: true });
  await page.goto(BASE + 'meerdere.html');
  const bestand = 'id,datum,leeftijd,uren,loonwaarde,voltijd\nA,2026-01-01,30,36,50,36\nB,2026-01-01,30,18,50,36\n';
  await page.getByLabel('Of plak de regels hier', { exact: true }).fill(bestand);
  await page.locator('#groep-bereken').click();
  await page.locator('#groep-zin').waitFor();
  // No invented default: nothing until both are given.
  await page.locator('#plek-nodig').waitFor();
  await page.locator('#plek-voorbeeld').click();
  assert.equal(await page.locator('#plek-begeleiding').inputValue(), '9000');
  await page.locator('#plek-begeleiding-per-fte').check();
  await page.locator('#plek-opbrengst').fill('10');
  await page.locator('#plek-budget').fill('20.000');
  await page.locator('#groep-periode-jaar').check();
  await page.locator('#plek-tabel').waitFor();
  // Hand calculation (crates/rekenkern/tests/bestanden.rs): gemeente = LKS + begeleiding:
  // 18.361,68 + 9.000 and 9.180,84 + 4.500 → 41.042,52 for the group, 20.521,26 per place.
  const rij = (naam) => page.locator('#plek-tabel tr', { has: page.getByRole('rowheader', { name: naam, exact: true }) }).locator('td');
  assert.equal((await rij('Gemeente, met meting').nth(0).textContent()).trim(), euro('41042.52'));
  assert.equal((await rij('Gemeente, met meting').nth(1).textContent()).trim(), euro('20521.26'));
  assert.equal((await rij('Begeleiding').nth(0).textContent()).trim(), euro('13500.00'));
  assert.equal((await rij('Opbrengst').nth(0).textContent()).trim(), euro('14040.00'));
  assert.equal((await rij('Budget over, met meting').nth(0).textContent()).trim(), euro('-1042.52'));
  assert.ok((await page.locator('#plek-zin').textContent()).startsWith('Gemiddeld per plek per kalenderjaar: de werkgever betaalt'));
  const csv = await download(page);
  assert.equal(csv, cli(['batch', '--vandaag', await vandaag(page), '--periode', 'jaar', '--begeleiding-fte', '9000', '--opbrengst-uur', '10', '--budget', '20000'], bestand));
  // A wrong amount: a message next to the field, the figures go.
  await page.locator('#plek-opbrengst').fill('veel');
  await page.locator('#plek-opbrengst-fout').waitFor();
  assert.equal(await page.locator('#plek-tabel').count(), 0);
  assert.deepEqual(await axe(page), []);
  await page.locator('#plek-opbrengst').fill('10');
  await page.emulateMedia({ media: 'print' });
  assert.ok(await page.locator('#plek-tabel').isVisible(), 'the cost of a place is in the print');
  assert.equal(await page.locator('#plek-invoer').textContent(),
    `Ingevuld: begeleiding ${euro('9000.00')} per fte per jaar; opbrengst ${euro('10.00')} per productief uur; budget ${euro('20000.00')} per plek per jaar.`);
  await page.screenshot({ path: path.join(UIT, 'meerdere-plek-afdruk.png'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  await page.locator('#groep-plek').screenshot({ path: path.join(UIT, 'meerdere-plek.png') });
  assert.deepEqual(fouten, []);
});

// Issue 24: a controller sums the columns of the table on the screen. A file with the minimum wage,
// cao scales with their payments, an own wage, no beschut werk (loonkostenvoordeel), youth and
// part-time hours with decimals; per month and per calendar year.
test('meerdere medewerkers: de tabel telt op per rij en in de totaalregel, per maand en per kalenderjaar', async () => {
  const { page, fouten } = await nieuwePagina(browser);
  await page.goto(BASE + 'meerdere.html');
  const regels = ['id;datum;leeftijd;uren;loonwaarde;loon;schaal;uurloon;werkgever;beschut;contract'];
  const lonen = [';;;', 'cao;2;16,37', 'cao;1;', 'eigen;;19,85'];
  for (let n = 0; n < 24; n++) {
    const maand = String(1 + (n * 5) % 12).padStart(2, '0');
    const [loon, schaal, uurloon] = lonen[n % 4].split(';');
    const werkgever = n % 3 === 0 ? 'regulier' : 'sob';
    regels.push([`R-${n}`, `2026-${maand}-01`, 18 + (n * 7) % 50, `${20 + n},${(n * 25) % 100}`, (n * 13) % 101, loon, schaal, uurloon,
      werkgever, n % 5 === 0 ? 'nee' : 'ja', n % 2 ? 'vast' : 'tijdelijk'].join(';'));
  }
  await page.getByLabel('Of plak de regels hier', { exact: true }).fill(regels.join('\n') + '\n');
  await page.locator('#groep-bereken').click();
  await page.locator('#groep-zin').waitFor();
  let sommen = 0;
  for (const periode of ['maand', 'jaar']) {
    await page.locator(`#groep-periode-${periode}`).check();
    await page.locator('#groep-tabel tfoot').waitFor();
    const t = await leesTabel(page.locator('#groep-tabel'));
    assert.equal(t.rijen.length, 24);
    assert.ok(t.koppen.includes('Extra uitkeringen cao') && t.koppen.includes('Loonkostenvoordeel'), t.koppen.join(' | '));
    const bedragen = t.koppen.slice(5);
    for (const r of [...t.rijen, ...t.voet]) {
      const w = k => (k in r ? centen(r[k]) : 0);
      const waar = `${periode}, ${r['Eigen kenmerk']}`;
      assert.equal(w('Loonkosten'), w('Brutoloon') + w('Vakantiebijslag') + w('Extra uitkeringen cao') + w('Premies werkgever') + w('Pensioenpremie werkgever'), `${waar}: loonkosten`);
      assert.equal(w('Wat u zelf betaalt met meting'), w('Loonkosten') - w('Subsidie met meting') - w('Loonkostenvoordeel'), `${waar}: meting`);
      assert.equal(w('Wat u zelf betaalt met forfait'), w('Loonkosten') - w('Subsidie met forfait (voorgenomen)') - w('Loonkostenvoordeel'), `${waar}: forfait`);
      assert.equal(w('Verschil'), w('Wat u zelf betaalt met forfait') - w('Wat u zelf betaalt met meting'), `${waar}: verschil`);
      sommen += 4;
    }
    // The total line is the sum of every row, column by column, and the big figures are its net costs.
    const [totaal] = t.voet;
    assert.equal(totaal.Regel, 'Totaal van alle 24 medewerkers');
    for (const k of bedragen) {
      assert.equal(centen(totaal[k]), t.rijen.reduce((a, r) => a + centen(r[k]), 0), `${periode}: totaal ${k}`);
      sommen++;
    }
    assert.equal((await page.locator('#groep-meting').textContent()).trim(), totaal['Wat u zelf betaalt met meting']);
    assert.equal((await page.locator('#groep-forfait').textContent()).trim(), totaal['Wat u zelf betaalt met forfait']);
    assert.equal((await page.locator('#groep-verschil').textContent()).trim(), totaal.Verschil);
  }
  console.log(`groepstabel: ${sommen} sommen nagerekend`);
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(fouten, []);
});

test('meerdere medewerkers: geplakte regels met puntkomma, lege invoer, 320 px', async () => {
  const { page, fouten } = await nieuwePagina(browser, { acceptDownloads: true, viewport: { width: 320, height: 800 } });
  await page.goto(BASE + 'meerdere.html');
  await page.getByLabel('Of plak de regels hier', { exact: true }).fill('id;uren;datum\n');
  await page.locator('#groep-bereken').click();
  assert.equal(await page.locator('#groep-fout').textContent(), 'Er staan geen medewerkers in het bestand: alleen een kopregel, of niets.');
  const geplakt = 'id;uren;datum;loonwaarde\nX;37,5;2026-01-01;50\n';
  await page.getByLabel('Of plak de regels hier', { exact: true }).fill(geplakt);
  await page.locator('#groep-bereken').click();
  await page.locator('#groep-zin').waitFor();
  assert.equal(await page.locator('#groep-fout').count(), 0, 'de oude melding blijft staan');
  const csv = await download(page);
  assert.ok(csv.startsWith('\uFEFFid;peildatum;periode;uren;loonwaarde;brutoloon_maand;'), csv);
  assert.ok(csv.includes('\r\nX;2026-01-01;2026-01;37,5;50;'), csv);
  assert.equal(csv, cli(['batch', '--vandaag', await vandaag(page)], geplakt));
  const sw = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(sw <= 320, `scrollWidth ${sw} > 320`);
  assert.deepEqual(await axe(page), []);
  await page.screenshot({ path: path.join(UIT, 'meerdere-320.png'), fullPage: true });
  assert.deepEqual(fouten, []);
});

test('meerdere medewerkers: 10.000 regels in stukken, met voortgang, totalen kloppen', async () => {
  const { page, fouten } = await nieuwePagina(browser, { acceptDownloads: true });
  await page.goto(BASE + 'meerdere.html');
  const regels = ['id,datum,leeftijd,uren,loonwaarde,voltijd'];
  for (let i = 0; i < 10000; i++) regels.push(`P${i},2026-01-01,30,36,50,37`);
  // Record every status text: the progress line proves the work is split over frames.
  // meerdere.html has no page rendered ahead: wait until the page's wasm has mounted its status line.
  await page.locator('#groep-status').waitFor({ state: 'attached' });
  await page.evaluate(() => {
    window.statussen = [];
    new MutationObserver(() => window.statussen.push(document.querySelector('#groep-status').textContent))
      .observe(document.querySelector('#groep-status'), { childList: true, subtree: true, characterData: true });
  });
  const t0 = Date.now();
  await page.locator('#groep-bestand').setInputFiles({ name: 'groot.csv', mimeType: 'text/csv', buffer: Buffer.from(regels.join('\n')) });
  await page.locator('#groep-zin').waitFor({ timeout: 60000 });
  console.log(`# 10.000 regels: ${Date.now() - t0} ms tot de uitkomst (ter informatie; gemeten in scripts/bench.sh)`);
  const statussen = await page.evaluate(() => window.statussen);
  assert.ok(statussen.filter(s => s.startsWith('Bezig met rekenen:')).length >= 10, `te weinig voortgang: ${statussen.length}`);
  assert.ok((await page.locator('#groep-zin').textContent()).startsWith('10000 medewerkers berekend.'));
  // Hand calculation: 10.000 × € 1.530,14 and 10.000 × € 2.080,98 (the base case, see above).
  const csv = (await download(page)).trim().split('\r\n');
  assert.equal(csv.length, 10002);
  const totaal = csv.at(-1).split(',');
  const kop = csv[0].split(',');
  assert.equal(totaal[kop.indexOf('lks_meting_maand')], '15301400.00');
  assert.equal(totaal[kop.indexOf('lks_forfait_maand')], '20809800.00');
  // The table shows 100 rows at a time.
  assert.equal(await page.locator('#groep-tabel tbody tr').count(), 100);
  await page.locator('#groep-volgende').click();
  await page.locator('#groep-bereik', { hasText: 'Medewerker 101 tot en met 200 van 10000' }).waitFor();
  assert.deepEqual(fouten, []);
});

test('meerdere medewerkers: rekenen in workers: tussenstand en voortgang, stoppen en een nieuw bestand beëindigen ze, de focus blijft', async () => {
  const { page, context, fouten } = await nieuwePagina(browser);
  // One worker (a device with one core): the 100,000 rows take long enough to look and stop.
  await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'hardwareConcurrency', { get: () => 1 }));
  // Every calculating worker the page starts, and whether it still runs.
  const rekenaars = [];
  page.on('worker', (w) => {
    if (!/\/rekenaar-werker-[0-9a-f]+\.js$/.test(w.url())) return;
    const r = { open: true };
    rekenaars.push(r);
    w.on('close', () => { r.open = false; });
  });
  const open = () => rekenaars.filter((r) => r.open).length;
  const wachtOp = async (wat, klaar) => {
    for (let i = 0; i < 200 && !klaar(); i++) await new Promise((r) => setTimeout(r, 50));
    assert.ok(klaar(), wat);
  };
  await page.goto(BASE + 'meerdere.html');
  // The workers start when the page opens (their wasm loads while the user chooses a file).
  const status = page.locator('#groep-status');
  await page.locator('#groep-status[data-werkers="1"]').waitFor({ state: 'attached' });
  await wachtOp('de rekenaar start met de pagina', () => open() === 1);
  assert.equal(await status.getAttribute('role'), 'status', 'polite: a status line');
  const groot = { name: 'groot.csv', mimeType: 'text/csv', buffer: Buffer.from(groepCsv(100000)) };

  // While calculating: progress on the status line, the running totals, a stop button; axe finds nothing.
  await page.locator('#groep-bestand').setInputFiles(groot);
  await page.locator('#groep-tussenstand', { hasText: 'Tot nu toe (' }).waitFor();
  assert.match(await status.textContent(), /^Bezig met rekenen: \d+ van 100000 regels\.$/);
  assert.match(await page.locator('#groep-tussenstand').textContent(),
    /^Tot nu toe \(\d+ berekend\): nettokosten met meting €\u00a0[\d.]+,\d\d, met het forfait €\u00a0[\d.]+,\d\d per maand\.$/);
  assert.deepEqual(await axe(page), []);
  await page.screenshot({ path: path.join(UIT, 'meerdere-rekenen.png'), fullPage: true });
  assert.equal(await page.locator('#groep-zin').count(), 0, 'nog bezig (1 worker, 100.000 regels)');

  // The stop button, by keyboard: the worker ends at once, the status says so, the focus goes to the file.
  await page.locator('#groep-stop').focus();
  await page.keyboard.press('Enter');
  await page.locator('#groep-status', { hasText: 'Het rekenen is gestopt.' }).waitFor();
  assert.equal(await page.locator('#groep-stop').count(), 0);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'groep-bestand');
  assert.equal(await page.locator('#groep-tussenstand').textContent(), '');
  assert.equal(await page.locator('#groep-zin').count(), 0);
  await wachtOp('stoppen beëindigt de rekenaar', () => open() === 0);
  assert.equal(rekenaars.length, 1);

  // Another file while calculating: the running worker ends, the new file is calculated by a new one;
  // the focus stays where the user put it.
  await page.locator('#groep-bestand').setInputFiles(groot);
  await page.locator('#groep-tussenstand', { hasText: 'Tot nu toe (' }).waitFor();
  await wachtOp('een nieuwe rekenaar voor het tweede bestand', () => rekenaars.length === 2 && open() === 1);
  await page.locator('#groep-bestand').focus();
  await page.locator('#groep-bestand').setInputFiles({ name: 'klein.csv', mimeType: 'text/csv', buffer: Buffer.from(groepCsv(3)) });
  await page.locator('#groep-zin', { hasText: '3 medewerkers berekend.' }).waitFor();
  assert.equal(rekenaars.length, 3, 'het lopende rekenen stopte, een nieuwe rekenaar rekende het nieuwe bestand');
  await wachtOp('alleen de nieuwe rekenaar draait', () => open() === 1);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'groep-bestand');
  // Nothing in progress: the status line says the result, for screen readers (issue 31).
  assert.match(await status.textContent(), /^Klaar\. 3 medewerkers berekend\./);
  assert.equal(await page.locator('#groep-tussenstand').textContent(), '');
  assert.equal(await page.locator('#groep-stop').count(), 0);
  // The rows of the first file never mix in: exactly the three rows of the small file.
  const t = await leesTabel(page.locator('#groep-tabel'));
  assert.deepEqual(t.rijen.map((r) => r['Eigen kenmerk']), ['P0', 'P1', 'P2']);
  assert.deepEqual(await axe(page), []);
  await page.screenshot({ path: path.join(UIT, 'meerdere-na-rekenen.png'), fullPage: true });
  assert.deepEqual(fouten, []);
});

test('meerdere medewerkers: klaar met rekenen gaat de focus van de stopknop naar de uitkomst', async () => {
  const { page, context, fouten } = await nieuwePagina(browser);
  await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'hardwareConcurrency', { get: () => 1 }));
  await page.goto(BASE + 'meerdere.html');
  await page.locator('#groep-status:not([data-werkers="0"])').waitFor({ state: 'attached' });
  await page.locator('#groep-bestand').setInputFiles({ name: 'g.csv', mimeType: 'text/csv', buffer: Buffer.from(groepCsv(30000)) });
  await page.locator('#groep-stop').focus();
  await page.locator('#groep-zin', { hasText: '30000 medewerkers berekend.' }).waitFor({ timeout: 60000 });
  // The button is gone; its focus is not lost to the body.
  assert.equal(await page.locator('#groep-stop').count(), 0);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'groep-kop');
  assert.deepEqual(fouten, []);
});
