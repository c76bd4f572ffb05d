//! Many employees at once: rows, totals and the gain/lose counts against hand calculations.
//! Hand calculation (domain.md F3; 1-1-2026, RML € 2.294,40, 36 of 36 hours, werkgeverslasten 23,5%
//! outside the 70% cap, forfait reading A):
//! - loonwaarde 50%: LKS 0,5 × 2.294,40 × 1,08 × 1,235 = 1.530,135… → 1.530,14
//! - loonwaarde 20%: 80% capped at 70%: 0,7 × 2.294,40 × 1,08 × 1,235 = 2.142,1895… → 2.142,19
//! - loonwaarde 32%: 0,68 × 2.294,40 × 1,08 × 1,235 = 2.080,984… → 2.080,98, equal to the forfait.
//!
//! The wage cost is the same under both regimes, so the net difference has the sign of
//! forfait minus LKS: 50% cheaper with the forfait, 20% dearer, 32% the same.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests may fail loudly

use rekenkern::batch::{self, Totalen};
use rekenkern::uitkomst::Periode;
use rekenkern::Datum;
use rust_decimal::Decimal;
use std::str::FromStr;

fn d(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

const BESTAND: &str = "id,datum,leeftijd,uren,loonwaarde,voltijd\n\
    A,2026-01-01,30,36,50,37\n\
    B,2026-01-01,30,36,20,37\n\
    C,2026-01-01,30,36,32,37\n\
    D,2026-01-01,30,veel,32,37\n";

#[test]
fn totalen_en_winnaars_volgen_de_handberekening() {
    let vandaag = Datum::new(2026, 11, 25).unwrap();
    let (scheiding, rijen) = batch::verwerk(BESTAND, &[], &batch::Opties::app(vandaag)).unwrap();
    assert_eq!(scheiding, b',');
    assert_eq!(rijen.len(), 4);
    let lks: Vec<Decimal> = rijen.iter().take(3).map(|r| r.uitkomst.as_ref().unwrap().per_maand.lks_meting).collect();
    assert_eq!(lks, vec![d("1530.14"), d("2142.19"), d("2080.98")]);
    let fout = rijen[3].uitkomst.as_ref().unwrap_err();
    assert_eq!(rijen[3].regel, 5);
    // The row's message names the field by its question and the value as written (issue 31: not
    // the key, "uren=veel", which the file never showed).
    assert!(fout.contains("Uren per week in het contract: ‘veel’ is niet geldig."), "{fout}");

    let t = Totalen::van(&rijen, Periode::Maand);
    assert_eq!((t.gelukt, t.mislukt), (3, 1));
    assert_eq!((t.forfait_goedkoper, t.forfait_duurder, t.gelijk), (1, 1, 1));
    let som = |naam: &str| t.bedragen.get(rekenkern::bedragen::Regel::van_naam(naam).unwrap());
    assert_eq!(som("lks_meting"), d("5753.31")); // 1.530,14 + 2.142,19 + 2.080,98
    assert_eq!(som("lks_forfait"), d("6242.94")); // 3 × 2.080,98
                                                  // Each row's difference is its own net cost difference; the totals are their sums.
    let verschil: Vec<Decimal> =
        rijen.iter().take(3).map(|r| r.uitkomst.as_ref().unwrap().verschil(Periode::Maand)).collect();
    assert!(verschil[0] < Decimal::ZERO && verschil[1] > Decimal::ZERO && verschil[2] == Decimal::ZERO);
    assert_eq!((t.minder, t.meer), (verschil[0], verschil[1]));
    assert_eq!(t.minder + t.meer, som("nettokosten_forfait") - som("nettokosten_meting"));
}

#[test]
fn de_csv_telt_op_en_is_veilig_voor_spreadsheets() {
    let vandaag = Datum::new(2026, 11, 25).unwrap();
    let bestand = "id;datum;uren;loonwaarde\n=HYPERLINK(\"x\");2026-01-01;37,5;50\n";
    let (scheiding, rijen) = batch::verwerk(bestand, &[], &batch::Opties::app(vandaag)).unwrap();
    assert_eq!(scheiding, b';');
    let csv = batch::csv(&rijen, Periode::Maand, scheiding);
    let regels: Vec<&str> = csv.split("\r\n").collect();
    assert!(regels[0].starts_with("\u{feff}id;peildatum;periode;uren;loonwaarde;brutoloon_maand;"), "{}", regels[0]);
    assert!(regels[1].starts_with("\"'=HYPERLINK(\"\"x\"\")\";2026-01-01;2026-01;37,5;50;"), "{}", regels[1]);
    assert!(regels[2].starts_with("TOTAAL;"), "{}", regels[2]);
    assert!(regels[2].ends_with(";1 medewerker"), "{}", regels[2]);
}

#[test]
fn een_bestand_zonder_kopregel_of_met_te_veel_rijen_geeft_een_melding() {
    assert!(batch::lees("", &[]).is_err());
    let veel = format!("uren\n{}", "36\n".repeat(batch::MAX_RIJEN + 1));
    let fout = batch::lees(&veel, &[]).unwrap_err();
    assert!(fout.contains("100000"), "{fout}");
}

#[test]
fn een_lege_loonwaarde_en_een_regel_met_te_weinig_velden_zijn_nooit_stil() {
    // Issue 31: LEEG was calculated at 30%, status "ok", in the totals; PUNT (semicolons under a
    // comma header) became one own reference with today's date, 36 hours and 30%, also "ok".
    let bestand = "id,datum,leeftijd,uren,loonwaarde\nVOL,01-07-2026,30,36,50\nLEEG,01-07-2026,30,36,\nPUNT;01-07-2026;30;36;40\n";
    let vandaag = Datum::new(2026, 11, 25).unwrap();
    let mut opties = batch::Opties::app(vandaag);
    let (_, rijen) = batch::verwerk(bestand, &[], &opties).unwrap();
    assert_eq!(rijen[1].zonder_loonwaarde, Some(batch::ZonderLoonwaarde::Weglaten));
    assert!(rijen[1].weggelaten() && rijen[1].uitkomst.is_err());
    let punt = rijen[2].uitkomst.as_ref().unwrap_err();
    assert!(punt.contains("1 veld, de kopregel 5 kolommen") && punt.contains("deze regel puntkomma’s"), "{punt}");
    assert_eq!(rijen[2].referentie, "", "the whole line is no own reference");
    let t = Totalen::van(&rijen, Periode::Maand);
    assert_eq!((t.gelukt, t.mislukt, t.zonder_loonwaarde, t.weggelaten), (1, 1, 1, 1));
    // Only VOL: 0,5 × 2.337,00 × 1,08 × 1,235 = 1.558,5453 → 1.558,55.
    let som = |t: &Totalen, naam: &str| t.bedragen.get(rekenkern::bedragen::Regel::van_naam(naam).unwrap());
    assert_eq!(som(&t, "lks_meting"), d("1558.55"));
    let zin = batch::teksten::samenvatting(&t, "per maand");
    assert!(
        zin.starts_with("1 medewerker berekend, 1 regel met fouten, 1 regel zonder loonwaarde niet meegeteld."),
        "{zin}"
    );

    // Not measured yet: lid 5 in the first six months (the peildatum is the grant of a new
    // subsidy): 0,5 × 2.337,00 × 1,08 × 1,235 = 1.558,55, whatever the loonwaarde after them.
    opties.zonder_loonwaarde = batch::ZonderLoonwaarde::NietGemeten { daarna: 70 };
    let (_, rijen) = batch::verwerk(bestand, &[], &opties).unwrap();
    let leeg = rijen[1].uitkomst.as_ref().unwrap();
    assert_eq!(leeg.per_maand.lks_meting, d("1558.55"));
    assert_eq!(leeg.per_maand.nettokosten_meting, leeg.per_maand.loonkosten - d("1558.55"));
    assert_eq!(
        batch::status(&rijen[1]),
        "ok (loonwaarde leeg: nog niet gemeten, de eerste 6 maanden 50% zonder meting (lid 5), daarna 70%)"
    );
    let t = Totalen::van(&rijen, Periode::Maand);
    assert_eq!((t.gelukt, t.mislukt, t.zonder_loonwaarde, t.weggelaten), (2, 1, 1, 0));
    assert_eq!(som(&t, "lks_meting"), d("3117.10"));
    // A running subsidy granted more than six months before: the measurement with the loonwaarde
    // after them (30%: 0,7 × 2.294,40 × 1,08 × 1,235 = 2.142,19 on the base of 1 January, lid 7).
    let lopend = "id,datum,uren,loonwaarde,subsidie,toekenning\nL,01-07-2026,36,,lopend,01-01-2025\n";
    opties.zonder_loonwaarde = batch::ZonderLoonwaarde::NietGemeten { daarna: 30 };
    let (_, rijen) = batch::verwerk(lopend, &[], &opties).unwrap();
    assert_eq!(rijen[0].uitkomst.as_ref().unwrap().per_maand.lks_meting, d("2142.19"));
}
