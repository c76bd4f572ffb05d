//! Files as people have them (tests/bestanden/): Dutch Excel's "CSV (puntkomma)" in Windows-1252
//! with CRLF, Dutch dates, "50%" and "50,0", trailing empty columns and rows; a payroll export in
//! UTF-8 with a BOM, its own column names, dates of birth and a euro amount; a file with columns
//! the calculator does not know. `rekenhulp batch` reads the same files (crates/rekenhulp-cli/tests).
//!
//! Expected amounts are hand calculations (1-1-2026: minimum hourly wage 14,71, monthly 2.294,40;
//! 1-7-2026: 14,99; 36 of 36 hours):
//! - gross wage per month 14,71 × 36 × 52 ÷ 12 = 2.294,76; LKS 0,5 × 2.294,40 × 1,08 × 1,235 = 1.530,14;
//! - the calendar year 2026 of a placement new on 1-1-2026: January to June 2.294,76, July to
//!   December 14,99 × 36 × 52 ÷ 12 = 2.338,44: 6 × 2.294,76 + 6 × 2.338,44 = 27.799,20 (not
//!   12 × 2.294,76 = 27.537,12); the LKS stays on the January base (lid 7): 12 × 1.530,14 = 18.361,68;
//! - 19 years old on 1-1-2026 (born 1-6-2006): 60% of 14,71 = 8,826 → 8,83 per hour; per month
//!   8,83 × 36 × 52 ÷ 12 = 1.377,48; LKS base 60% × 2.294,40 = 1.376,64: 0,5 × 1.376,64 × 1,08 × 1,235
//!   = 918,08;
//! - own hourly wage € 15,50: 15,50 × 36 × 52 ÷ 12 = 2.418,00.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may fail loudly

use rekenkern::batch::{self, Codering, Opties};
use rekenkern::{Datum, Periode};

mod gedeeld;
use gedeeld::{bestand, d, VANDAAG};

#[test]
fn excel_puntkomma_in_windows_1252() {
    let (tekst, codering) = batch::decodeer(&bestand("excel-puntkomma-windows-1252.csv"));
    assert_eq!(codering, Codering::Windows1252);
    let (scheiding, rijen) = batch::verwerk(&tekst, &[], &Opties::app(VANDAAG)).unwrap();
    assert_eq!(scheiding, b';');
    assert_eq!(rijen.len(), 2, "the row of empty cells is no employee");
    assert_eq!(rijen[0].referentie, "MW-é01");
    for r in &rijen {
        let c = r.uitkomst.as_ref().unwrap();
        assert_eq!((c.per_maand.brutoloon, c.per_maand.lks_meting), (d("2294.76"), d("1530.14")));
        assert_eq!((c.jaar, c.per_jaar.brutoloon, c.per_jaar.lks_meting), (2026, d("27799.20"), d("18361.68")));
    }
    let csv = batch::csv(&rijen, Periode::Jaar, scheiding);
    let regels: Vec<&str> = csv.lines().collect();
    assert!(regels[0].starts_with("\u{feff}id;peildatum;periode;uren;loonwaarde;brutoloon_jaar;"), "{}", regels[0]);
    assert!(regels[1].starts_with("MW-é01;2026-01-01;2026;36;50;27799,20;"), "{}", regels[1]);
    assert!(regels[3].starts_with("TOTAAL;;;;;55598,40;"), "{}", regels[3]);
}

#[test]
fn salarisexport_met_eigen_kolomnamen_en_geboortedata() {
    let (tekst, codering) = batch::decodeer(&bestand("salarisexport-utf8-bom.csv"));
    assert_eq!(codering, Codering::Utf8Bom);
    let b = batch::lees(&tekst, &[]).unwrap();
    let sleutels: Vec<_> = b.kolommen.iter().map(|k| k.betekenis.clone()).collect();
    use batch::Betekenis::Sleutel;
    assert_eq!(
        sleutels,
        [
            Sleutel("id"),
            Sleutel("datum"),
            Sleutel("geboortedatum"),
            Sleutel("uren"),
            Sleutel("loonwaarde"),
            Sleutel("voltijd"),
            Sleutel("uurloon"),
            Sleutel("loon")
        ]
    );
    let rijen: Vec<_> = b.rijen.iter().map(|r| batch::bereken_rij(r, &Opties::app(VANDAAG))).collect();
    let maand = |i: usize| rijen[i].uitkomst.as_ref().unwrap().per_maand.clone();
    assert_eq!((maand(0).brutoloon, maand(0).lks_meting), (d("2294.76"), d("1530.14")), "30 on 1-1-2026");
    assert_eq!((maand(1).brutoloon, maand(1).lks_meting), (d("1377.48"), d("918.08")), "19 on 1-1-2026");
    assert_eq!(maand(2).brutoloon, d("2418.00"), "€ 15,50 per hour");
    let fout = rijen[3].uitkomst.as_ref().unwrap_err();
    assert!(fout.contains("geboortedatum is geen datum"), "31-02-1990: {fout}");
    assert_eq!(rijen[3].regel, 5);
    // The date of birth never reaches the output.
    let csv = batch::csv(&rijen, Periode::Maand, b.scheiding);
    assert!(!csv.contains("1995") && !csv.contains("2006"), "{csv}");
}

#[test]
fn onbekende_kolommen_een_melding_voor_de_kop_daarna_de_keuze() {
    let (tekst, _) = batch::decodeer(&bestand("onbekende-kolommen.csv"));
    let fout = batch::lees(&tekst, &[]).unwrap_err();
    assert_eq!(
        fout,
        "De rekenhulp herkent de kolommen ‘LW’ en ‘Afdeling’ niet. Zeg per kolom wat erin staat, of dat hij niet meedoet."
    );
    let voorbeeld = batch::voorbeeld(&tekst, &[], 5).unwrap();
    assert_eq!(voorbeeld.rijen, [["A", "2026-01-01", "36", "50", "Zuid"]]);
    let keuzes = [("LW".to_string(), Some("loonwaarde")), ("Afdeling".to_string(), None)];
    let (_, rijen) = batch::verwerk(&tekst, &keuzes, &Opties::app(VANDAAG)).unwrap();
    assert_eq!(rijen[0].uitkomst.as_ref().unwrap().per_maand.lks_meting, d("1530.14"));
}

#[test]
fn de_samenvatting_klopt_bij_nul_een_en_meer() {
    use batch::teksten::samenvatting;
    let opties = Opties::app(VANDAAG);
    let totalen = |tekst: &str| {
        let (_, rijen) = batch::verwerk(tekst, &[], &opties).unwrap();
        batch::Totalen::van(&rijen, Periode::Maand)
    };
    // Nothing calculated: no empty sentence about the forfait.
    assert_eq!(
        samenvatting(&totalen("id,uren\nA,veel\n"), "per maand"),
        "0 medewerkers berekend, 1 regel met fouten. Verbeter de regels met fouten en kies het bestand opnieuw."
    );
    // One, cheaper with the forfait. Both net costs share the same loonkosten (a sum of rounded
    // lines, ADR 0021), so the difference is the difference of the two subsidies as shown:
    // LKS meting 1.530,14 − forfait 2.080,98 = −550,84. (Before ADR 0021 the two net costs were
    // each rounded on their own: 1.233,21 − 1.784,06 = −550,85, a cent off the subsidies.)
    assert_eq!(
        samenvatting(&totalen("id,datum,uren,loonwaarde,voltijd\nA,2026-01-01,36,50,37\n"), "per maand"),
        "1 medewerker berekend. Met het forfait betaalt u minder voor 1 medewerker (samen €\u{a0}550,84 per maand minder)."
    );
    // Many: one cheaper, one the same (loonwaarde 32%: the break-even), two rows with errors.
    let veel =
        "id,datum,uren,loonwaarde,voltijd\nA,2026-01-01,36,50,37\nB,2026-01-01,36,32,37\nC,x,36,50,37\nD,x,36,50,37\n";
    assert_eq!(
        samenvatting(&totalen(veel), "per maand"),
        "2 medewerkers berekend, 2 regels met fouten. Met het forfait betaalt u minder voor 1 medewerker (samen €\u{a0}550,84 per maand minder) en hetzelfde voor 1 medewerker."
    );
}

#[test]
fn leeftijd_op_de_peildatum() {
    let geboren = Datum::vast(2006, 6, 1);
    assert_eq!(geboren.leeftijd_op(Datum::vast(2026, 5, 31)), Some(19));
    assert_eq!(geboren.leeftijd_op(Datum::vast(2026, 6, 1)), Some(20));
    let schrikkel = Datum::vast(2008, 2, 29);
    assert_eq!(schrikkel.leeftijd_op(Datum::vast(2026, 2, 28)), Some(17));
    assert_eq!(schrikkel.leeftijd_op(Datum::vast(2026, 3, 1)), Some(18));
    assert_eq!(geboren.leeftijd_op(Datum::vast(2000, 1, 1)), None);
    assert_eq!(Datum::parse_nl("1-1-2026"), Some(Datum::vast(2026, 1, 1)));
    assert_eq!(Datum::parse_nl("31-02-1990"), None);
    assert_eq!(Datum::parse_nl("1-1-26"), None, "a two-digit year is never guessed");
}

#[test]
fn kosten_van_een_plek_voor_werkgever_en_gemeente() {
    use batch::plek::{self, Begeleiding, Opbrengst, Plekinvoer};
    // A works 36 of 36 hours, B 18: LKS per year 12 × 1.530,14 = 18.361,68 and
    // 12 × (0,5 × 2.294,40 × 1,08 × 1,235 × 18/36 = 765,07) = 9.180,84 (hand).
    let tekst = "id,datum,leeftijd,uren,loonwaarde,voltijd\nA,2026-01-01,30,36,50,36\nB,2026-01-01,30,18,50,36\n";
    let (_, rijen) = batch::verwerk(tekst, &[], &Opties::app(VANDAAG)).unwrap();
    let per_fte = Plekinvoer {
        begeleiding: Begeleiding::PerFte(d("9000")),
        opbrengst: Opbrengst::PerProductiefUur(d("10")),
        budget: Some(d("20000")),
    };
    let (per_rij, totaal) = plek::groep(&rijen, &per_fte, Periode::Jaar);
    let a = per_rij[0].unwrap();
    let b = per_rij[1].unwrap();
    // Begeleiding 9.000 × 1 fte and × 0,5 fte; opbrengst 10 × 36 × 52 × 0,5 = 9.360 and 4.680.
    assert_eq!((a.begeleiding, b.begeleiding), (d("9000"), d("4500")));
    assert_eq!((a.opbrengst, b.opbrengst), (d("9360"), d("4680")));
    // Gemeente: LKS + begeleiding; budget over: 20.000 − 27.361,68.
    assert_eq!((a.gemeente_meting, b.gemeente_meting), (d("27361.68"), d("13680.84")));
    assert_eq!(a.ruimte().map(|r| r.0), Some(d("-7361.68")));
    // Employer: the row's net cost + begeleiding − opbrengst.
    let netto = rijen[0].uitkomst.as_ref().unwrap().per_jaar.nettokosten_meting;
    assert_eq!(a.werkgever_meting, netto + d("9000") - d("9360"));
    assert_eq!(totaal.gemeente_meting, d("41042.52"));
    assert_eq!(totaal.budget, Some(d("40000")));
    // A group total opbrengst is shared by productive hours: 36 : 18 → 2/3 and 1/3 of 30.000.
    let totaal_opbrengst = Plekinvoer {
        begeleiding: Begeleiding::PerMedewerker(d("9000")),
        opbrengst: Opbrengst::Totaal(d("30000")),
        budget: None,
    };
    let (per_rij, totaal) = plek::groep(&rijen, &totaal_opbrengst, Periode::Jaar);
    assert_eq!(per_rij[0].unwrap().opbrengst, d("20000"));
    assert_eq!(per_rij[1].unwrap().opbrengst, d("10000"));
    assert_eq!((totaal.opbrengst, totaal.begeleiding, totaal.budget), (d("30000"), d("18000"), None));
    // Per month: a twelfth (9.000 ÷ 12 = 750).
    let (per_rij, _) = plek::groep(&rijen, &totaal_opbrengst, Periode::Maand);
    assert_eq!(per_rij[0].unwrap().begeleiding, d("750"));
    // In the CSV: the columns after status, and the TOTAAL line.
    let csv = batch::csv_met_plek(&rijen, Periode::Jaar, b',', Some(&per_fte));
    let regels: Vec<&str> = csv.lines().collect();
    assert!(regels[0].ends_with(",status,begeleiding_jaar,opbrengst_jaar,plek_werkgever_meting_jaar,plek_werkgever_forfait_jaar,plek_gemeente_meting_jaar,plek_gemeente_forfait_jaar,budget_jaar,budget_over_meting_jaar,budget_over_forfait_jaar"), "{}", regels[0]);
    assert!(regels[1].contains(",ok,9000.00,9360.00,"), "{}", regels[1]);
    assert!(regels[3].contains(",2 medewerkers,13500.00,14040.00,"), "{}", regels[3]);
}
