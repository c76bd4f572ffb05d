//! The batch path calculates without building the explanation (issue 34): `Spoor::zonder_uitleg`
//! records no steps and no used values, only which figures rest on a provisional value. The rules
//! and the rounding are the same (ADR 0021), so every amount must be the same to the cent. Proven
//! here against the calculation with its whole trail:
//! - 10,000 generated rows (every key a group file can carry: dates in every half-year of the tables
//!   and past them, provisional or asking, ages and dates of birth, hours with decimals, every wage,
//!   employer and subsidy choice, lid 5, lid 7 in both readings, a re-measurement, a start within the
//!   year, vakantiebijslag paid in one month, a low maximum premium wage, own parameter values);
//! - every case of `tests/gevallen/*.toml` and every file of `tests/bestanden/` and the example file;
//!
//! each compared amount by amount: the peildatum calculation per hour, month and year (each line of
//! its payslip), every month of its year overview and the total, whether each figure is provisional,
//! the assumptions, warnings and missing values, every row of the group (`Cijfers`) and the CSV bytes.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests may fail loudly

use rekenkern::batch::{self, InvoerRij, Opties};
use rekenkern::bereken::bereken_met;
use rekenkern::invoer::{Contract, Invoer, Jaaropties, Lezing, Lid7, LoonKeuze, Omvang, Overrides, Subsidie};
use rekenkern::invoer::{Werkgever, WglMaximum};
use rekenkern::jaar::jaaroverzicht_met;
use rekenkern::uitkomst::{Periode, Uitkomst};
use rekenkern::uitleg::{Id, Spoor};
use rekenkern::Datum;
use rust_decimal::Decimal;
use std::collections::BTreeMap;

mod gedeeld;
use gedeeld::{bestand, VANDAAG};

const RIJEN: u64 = 10_000;
const PERIODEN: [Periode; 3] = [Periode::Uur, Periode::Maand, Periode::Jaar];

/// A small deterministic generator (the same rows on every run, on every machine).
struct Toeval(u64);

impl Toeval {
    fn getal(&mut self, n: u64) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 33) % n.max(1)
    }
    fn tussen(&mut self, van: u64, tot: u64) -> u64 {
        van + self.getal(tot - van + 1)
    }
    fn soms(&mut self, kans_pct: u64) -> bool {
        self.getal(100) < kans_pct
    }
    fn u8(&mut self, van: u8, tot: u8) -> u8 {
        u8::try_from(self.tussen(u64::from(van), u64::from(tot))).unwrap()
    }
    fn kies<T: Copy>(&mut self, uit: &[T]) -> T {
        uit[usize::try_from(self.getal(uit.len() as u64)).unwrap()]
    }
}

fn datum(j: u16, m: u8, d: u8) -> Datum {
    Datum::new(j, m, d).unwrap()
}

/// One generated row: its scenario and (sometimes) a date of birth instead of an age. A key added
/// later takes its default here (`..Invoer::default()`).
#[allow(clippy::needless_update)]
fn rij(t: &mut Toeval) -> (Invoer, Option<Datum>) {
    let peildatum = datum(t.tussen(2024, 2028) as u16, t.u8(1, 12), t.u8(1, 28));
    let loon = t.kies(&[LoonKeuze::Wml, LoonKeuze::Wml, LoonKeuze::Cao, LoonKeuze::Eigen]);
    let maanden_eerder = if t.soms(40) { t.tussen(1, 30) } else { 0 };
    let maand = u64::from(peildatum.jaar()) * 12 + u64::from(peildatum.maand()) - 1 - maanden_eerder;
    let toekenning =
        (maanden_eerder > 0).then(|| datum((maand / 12) as u16, u8::try_from(maand % 12).unwrap() + 1, t.u8(1, 28)));
    let jaar = if t.soms(30) { Some(peildatum.jaar() + if t.soms(50) { 1 } else { 0 }) } else { None };
    let overzichtjaar = jaar.unwrap_or(peildatum.jaar());
    let hermeting = t.soms(10).then(|| datum(overzichtjaar, t.u8(2, 12), 1));
    let start = t.soms(20).then(|| datum(overzichtjaar, t.u8(1, 12), t.u8(1, 28)));
    let verleden = peildatum.jaar() == 2024;
    let geboren = t.soms(15).then(|| datum(peildatum.jaar() - u16::from(t.u8(15, 66)), t.u8(1, 12), t.u8(1, 28)));
    let invoer = Invoer {
        datum: (!t.soms(3)).then_some(peildatum),
        leeftijd: (geboren.is_none() && !t.soms(10)).then(|| t.u8(15, 70)),
        uren: (!t.soms(5)).then(|| Decimal::new(t.tussen(100, 6000) as i64, 2).normalize()),
        voltijd: t.soms(40).then(|| Decimal::new(t.tussen(3000, 4000) as i64, 2).normalize()),
        loonwaarde: (!t.soms(5)).then(|| t.u8(0, 100)),
        forfait: t.soms(30).then(|| t.kies(&[Lezing::A, Lezing::B, Lezing::C])),
        loon: Some(loon),
        schaal: (loon == LoonKeuze::Cao).then(|| t.u8(1, 3)),
        uurloon: (loon != LoonKeuze::Wml || t.soms(10)).then(|| Decimal::new(t.tussen(1000, 3000) as i64, 2)),
        contract: t.soms(60).then(|| t.kies(&[Contract::Vast, Contract::Tijdelijk, Contract::Oproep])),
        werkgever: t.soms(60).then(|| t.kies(&[Werkgever::Sob, Werkgever::Regulier])),
        overheid: t.soms(30).then(|| t.soms(50)),
        omvang: t.soms(30).then(|| t.kies(&[Omvang::Klein, Omvang::Groot])),
        beschut: t.soms(30).then(|| t.soms(70)),
        subsidie: toekenning.map(|_| Subsidie::Lopend).or(t.soms(10).then_some(Subsidie::Nieuw)),
        toekenning,
        lid7: t.soms(30).then(|| t.kies(&[Lid7::Herijken, Lid7::Indexeren])),
        wgl_max: t.soms(20).then(|| t.kies(&[WglMaximum::Buiten, WglMaximum::Binnen])),
        voorlopig: if t.soms(10) { Some(false) } else { None },
        aangekondigd: t.soms(20).then(|| t.soms(50)),
        overrides: Overrides {
            // 2024 has no published average Whk premium and no one-off cao payment (ADR 0002).
            whk: verleden.then_some(Decimal::new(127, 4)),
            eenmalig: verleden.then_some(Decimal::from(500)),
            max_premieloon: t.soms(15).then(|| Decimal::from(t.tussen(15_000, 80_000))),
            pensioen: t.soms(10).then(|| Decimal::new(t.tussen(0, 200) as i64, 3)),
            wgl: t.soms(5).then(|| Decimal::new(t.tussen(0, 300) as i64, 3)),
            rml: t.soms(5).then(|| Decimal::new(t.tussen(200_000, 260_000) as i64, 2)),
            ..Overrides::default()
        },
        jaar: Jaaropties {
            jaar,
            start,
            lid5: t.soms(25).then(|| t.soms(70)),
            loonwaarde2: hermeting.map(|_| t.u8(0, 100)),
            hermeting,
            vb_maand: t.soms(20).then(|| t.u8(1, 12)),
            eenmalig_maand: t.soms(10).then(|| t.u8(1, 12)),
            verjaardag: t.soms(20).then(|| t.u8(1, 12)),
        },
        ..Invoer::default()
    };
    (invoer, geboren)
}

/// How often each situation was met, so the test fails when the generator stops reaching one.
#[derive(Default)]
struct Teller(BTreeMap<&'static str, u64>);

impl Teller {
    fn tel(&mut self, naam: &'static str, ja: bool) {
        if ja {
            *self.0.entry(naam).or_default() += 1;
        }
    }
}

/// Everything a calculation without explanation still carries, equal to the full one.
fn zelfde_uitkomst(met: &Uitkomst, zonder: &Uitkomst, waar: &str) {
    assert!(zonder.spoor.stappen.is_empty() && zonder.spoor.gebruikt.is_empty(), "{waar}: no trail");
    assert_eq!(met.per_jaar, zonder.per_jaar, "{waar}: per_jaar");
    for p in PERIODEN {
        assert_eq!(met.loonstrook(p), zonder.loonstrook(p), "{waar}: the lines per {p:?}");
        assert_eq!(met.per(p), zonder.per(p), "{waar}: the amounts per {p:?}");
        assert_eq!(met.curve_per(p), zonder.curve_per(p), "{waar}: the chart per {p:?}");
    }
    assert_eq!(met.strook, zonder.strook, "{waar}: strook");
    assert_eq!(
        (met.peildatum, met.uren, met.voltijd, met.weken, met.maanden, met.loonwaarde),
        (zonder.peildatum, zonder.uren, zonder.voltijd, zonder.weken, zonder.maanden, zonder.loonwaarde),
        "{waar}"
    );
    assert_eq!((met.omslagpunt, met.lkv), (zonder.omslagpunt, zonder.lkv), "{waar}: omslagpunt, lkv");
    assert_eq!(met.aannames, zonder.aannames, "{waar}: aannames");
    assert_eq!(met.waarschuwingen, zonder.waarschuwingen, "{waar}: waarschuwingen");
    assert_eq!(met.niet_bekend, zonder.niet_bekend, "{waar}: niet_bekend");
    for (k, _) in met.per_jaar.velden() {
        assert_eq!(met.is_voorlopig(&Id(k)), zonder.is_voorlopig(&Id(k)), "{waar}: {k} voorlopig");
        assert_eq!(met.spoor.is_aangekondigd(&Id(k)), zonder.spoor.is_aangekondigd(&Id(k)), "{waar}: {k} aangekondigd");
    }
}

/// One scenario: the peildatum calculation and its year overview, with and without explanation.
fn vergelijk(invoer: &Invoer, vandaag: Datum, waar: &str, teller: &mut Teller) {
    let met = bereken_met(invoer, vandaag, Spoor::default());
    let zonder = bereken_met(invoer, vandaag, Spoor::zonder_uitleg());
    match (&met, &zonder) {
        (Ok(m), Ok(z)) => {
            zelfde_uitkomst(m, z, waar);
            teller.tel("berekend", true);
            teller.tel("voorlopig", m.is_voorlopig(&rekenkern::teksten::NETTO_METING));
            teller.tel("aangekondigd", m.waarschuwingen.iter().any(|w| w.id == "aangekondigd"));
            teller.tel("aangekondigde premies", m.spoor.is_aangekondigd(&rekenkern::teksten::PREMIES));
            // The provisional mark follows the steps: some amounts of a calculation carry it, others not.
            let voorlopig = m.per_jaar.velden().iter().filter(|(k, _)| m.is_voorlopig(&Id(k))).count();
            teller.tel("voorlopig: een deel van de bedragen", voorlopig > 0 && voorlopig < m.per_jaar.velden().len());
        }
        (Err(m), Err(z)) => {
            assert_eq!(m, z, "{waar}: errors");
            teller.tel("fout", true);
        }
        _ => panic!("{waar}: one calculated, the other did not: {met:?} / {zonder:?}"),
    }
    let met = rekenkern::jaar::jaaroverzicht(invoer, vandaag);
    let zonder = jaaroverzicht_met(invoer, vandaag, Spoor::zonder_uitleg);
    match (&met, &zonder) {
        (Ok(m), Ok(z)) => {
            assert_eq!(m.maanden.len(), z.maanden.len(), "{waar}");
            for (a, b) in m.maanden.iter().zip(&z.maanden) {
                let waar = format!("{waar}, {}", a.maand);
                assert_eq!(
                    (a.maand, a.in_dienst, a.lid5, a.premieloon_afgetopt),
                    (b.maand, b.in_dienst, b.lid5, b.premieloon_afgetopt),
                    "{waar}"
                );
                assert_eq!(a.loonstrook, b.loonstrook, "{waar}: the lines");
                assert_eq!(a.bedragen, b.bedragen, "{waar}: the amounts");
                assert!(b.spoor.stappen.is_empty(), "{waar}: no trail");
                match (&a.uitkomst, &b.uitkomst) {
                    (Some(x), Some(y)) => zelfde_uitkomst(x, y, &waar),
                    (None, None) => {}
                    _ => panic!("{waar}: in service in one only"),
                }
                teller.tel("maand met lid 5", a.lid5);
                teller.tel("maand met afgetopt premieloon", a.premieloon_afgetopt);
                teller.tel("maand niet in dienst", !a.in_dienst);
            }
            assert_eq!(m.totaal, z.totaal, "{waar}: the year total");
            assert_eq!(m.aannames, z.aannames, "{waar}: the year's assumptions");
            assert_eq!(m.waarschuwingen, z.waarschuwingen, "{waar}: the year's warnings");
            teller.tel("jaaroverzicht", true);
        }
        (Err(m), Err(z)) => assert_eq!(m, z, "{waar}: the year's errors"),
        _ => panic!("{waar}: one year overview calculated, the other did not"),
    }
}

/// A group's rows: every row's figures and both CSV downloads, with and without explanation.
fn vergelijk_rijen(rijen: &[InvoerRij], opties: &Opties, scheiding: u8, waar: &str) {
    let met: Vec<_> = rijen.iter().map(|r| batch::bereken_rij_met(r, opties, Spoor::default)).collect();
    let zonder: Vec<_> = rijen.iter().map(|r| batch::bereken_rij(r, opties)).collect();
    for (a, b) in met.iter().zip(&zonder) {
        assert_eq!((a.regel, &a.referentie), (b.regel, &b.referentie), "{waar}");
        assert_eq!(a.uitkomst, b.uitkomst, "{waar}, regel {}", a.regel);
    }
    for p in [Periode::Maand, Periode::Jaar] {
        assert_eq!(batch::csv(&met, p, scheiding), batch::csv(&zonder, p, scheiding), "{waar}: CSV per {p:?}");
    }
}

#[test]
fn tienduizend_rijen_zonder_uitleg_tot_op_de_cent_gelijk() {
    let mut t = Toeval(0x5eed_0034);
    let mut teller = Teller::default();
    let mut rijen = Vec::new();
    for n in 0..RIJEN {
        let (invoer, geboren) = rij(&mut t);
        let waar = format!("rij {n}: {}", rekenkern::scenario::encode(&invoer));
        vergelijk(&invoer, VANDAAG, &waar, &mut teller);
        teller.tel("geboortedatum", geboren.is_some());
        rijen.push(InvoerRij {
            regel: n + 2,
            referentie: format!("P{n}"),
            geboortedatum: geboren,
            scenario: Ok(rekenkern::scenario::encode(&invoer)),
        });
    }
    // The group's way: each row as the batch reads it (its defaults, a date of birth, the year).
    for opties in [Opties::app(VANDAAG), Opties { voorlopig: false, aangekondigd: false, ..Opties::app(VANDAAG) }] {
        vergelijk_rijen(&rijen, &opties, b';', "gegenereerd");
    }
    println!("{:#?}", teller.0);
    let minstens = [
        ("berekend", 5_000),
        ("fout", 200),
        ("voorlopig", 1_000),
        ("aangekondigd", 500),
        ("aangekondigde premies", 500),
        ("voorlopig: een deel van de bedragen", 100),
        ("jaaroverzicht", 5_000),
        ("maand met lid 5", 1_000),
        ("maand met afgetopt premieloon", 1_000),
        ("maand niet in dienst", 1_000),
        ("geboortedatum", 1_000),
    ];
    for (naam, n) in minstens {
        let gezien = teller.0.get(naam).copied().unwrap_or(0);
        assert!(gezien >= n, "{naam}: {gezien} keer, minstens {n} nodig");
    }
}

#[test]
fn elk_rekengeval_zonder_uitleg_gelijk() {
    let map = format!("{}/tests/gevallen", env!("CARGO_MANIFEST_DIR"));
    let mut teller = Teller::default();
    let mut n = 0;
    for pad in std::fs::read_dir(map).unwrap().map(|e| e.unwrap().path()) {
        let doc: toml::Table = std::fs::read_to_string(&pad).unwrap().parse().unwrap();
        for g in doc["geval"].as_array().unwrap() {
            let scenario = g["scenario"].as_str().unwrap();
            let vandaag = g.get("vandaag").and_then(|v| v.as_str()).and_then(Datum::parse).unwrap_or(VANDAAG);
            let invoer = rekenkern::scenario::decode(scenario).invoer;
            vergelijk(&invoer, vandaag, &format!("{}: {scenario}", pad.display()), &mut teller);
            n += 1;
        }
    }
    assert!(n >= 100, "{n} cases");
}

#[test]
fn elk_bestand_zonder_uitleg_gelijk() {
    let mut teksten: Vec<(String, String)> = ["excel-puntkomma-windows-1252.csv", "salarisexport-utf8-bom.csv"]
        .iter()
        .map(|n| (n.to_string(), batch::decodeer(&bestand(n)).0))
        .collect();
    let voorbeeld = format!("{}/../../static/voorbeeld-medewerkers.csv", env!("CARGO_MANIFEST_DIR"));
    teksten.push(("voorbeeld-medewerkers.csv".into(), std::fs::read_to_string(voorbeeld).unwrap()));
    let onbekend = batch::decodeer(&bestand("onbekende-kolommen.csv")).0;
    let keuzes = onbekend_doet_niet_mee(&onbekend);
    for (naam, tekst) in &teksten {
        let b = batch::lees(tekst, &[]).unwrap();
        assert!(!b.rijen.is_empty(), "{naam}");
        vergelijk_rijen(&b.rijen, &Opties::app(VANDAAG), b.scheiding, naam);
    }
    let b = batch::lees(&onbekend, &keuzes).unwrap();
    vergelijk_rijen(&b.rijen, &Opties::app(VANDAAG), b.scheiding, "onbekende-kolommen.csv");
    #[cfg(feature = "werkmap")]
    for naam in ["salarisexport.xlsx", "libreoffice.xlsx", "libreoffice.ods"] {
        use rekenkern::batch::werkmap::{lees_werkmap, Bladkeuze};
        let m = lees_werkmap(&bestand(naam), &Bladkeuze::Vanzelf).unwrap();
        // salarisexport.xlsx has a column 'Afdeling' the user leaves out, as on the page.
        let b = batch::lees(&m.blad, &onbekend_doet_niet_mee(&m.blad)).unwrap();
        assert!(!b.rijen.is_empty(), "{naam}");
        vergelijk_rijen(&b.rijen, &Opties::app(VANDAAG), b.scheiding, naam);
    }
}

/// The column choices of a user who leaves every column the calculator does not know out.
fn onbekend_doet_niet_mee<'a>(invoer: impl Into<batch::Bron<'a>>) -> Vec<(String, Option<&'static str>)> {
    batch::voorbeeld(invoer, &[], 0)
        .unwrap()
        .kolommen
        .iter()
        .filter(|k| k.betekenis == batch::Betekenis::Onbekend)
        .map(|k| (k.kop.clone(), None))
        .collect()
}
