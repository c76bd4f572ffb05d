//! Spreadsheets as payroll systems and LibreOffice save them (tests/bestanden/, made by
//! scripts/maak-rekenbladen.py): typed cells, a title row above the header, a totals row, a second
//! sheet, a percentage cell, a formula's stored value; and the bad ones (a password, a file cut
//! short, a zip bomb, an empty workbook, an old .xls). `rekenhulp batch` and the page read the same files.
//!
//! Expected amounts are the hand calculations of tests/bestanden.rs (1-1-2026, 36 of 36 hours):
//! brutoloon 14,71 × 36 × 52 ÷ 12 = 2.294,76; LKS 0,5 × 2.294,40 × 1,08 × 1,235 = 1.530,14; the
//! calendar year 27.799,20 and 18.361,68; 19 years old 1.377,48 and 918,08; € 15,50 an hour 2.418,00.
#![cfg(all(feature = "werkmap", feature = "xlsx"))]
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may fail loudly

use proptest::prelude::*;
use rekenkern::batch::werkmap::{lees_werkmap, Bladkeuze};
use rekenkern::batch::{self, teksten as t, Bron, Cel, Opties, Werkmap};
use rekenkern::{Datum, Periode};

mod gedeeld;
use gedeeld::{bestand, d, VANDAAG};

fn map(naam: &str) -> Werkmap {
    lees_werkmap(&bestand(naam), &Bladkeuze::Vanzelf).unwrap()
}

#[test]
fn salarisexport_xlsx_tweede_blad_titel_en_totaalregel() {
    let m = map("salarisexport.xlsx");
    assert_eq!(m.soort.naam(), "Excel-werkmap (.xlsx)");
    assert_eq!(m.bladen, ["Toelichting", "Medewerkers"]);
    assert_eq!(m.gekozen, 1, "the first sheet with a known header");
    let b = batch::lees(&m.blad, &[]).unwrap();
    assert_eq!(b.kopregel, 3, "under a title and an empty row");
    assert_eq!(b.totaalregels, [(7, "Totaal".to_string())]);
    assert_eq!(b.scheiding, b';');
    assert_eq!(
        b.rijen.iter().map(|r| (r.regel, r.referentie.as_str())).collect::<Vec<_>>(),
        [(4, "P-1"), (5, "P-2"), (6, "P-3")]
    );
    let rijen: Vec<_> = b.rijen.iter().map(|r| batch::bereken_rij(r, &Opties::app(VANDAAG))).collect();
    let maand = |i: usize| rijen[i].uitkomst.as_ref().unwrap().per_maand.clone();
    assert_eq!((maand(0).brutoloon, maand(0).lks_meting), (d("2294.76"), d("1530.14")), "30 on 1-1-2026");
    assert_eq!((maand(1).brutoloon, maand(1).lks_meting), (d("1377.48"), d("918.08")), "19: a date cell of birth");
    assert_eq!(maand(2).brutoloon, d("2418.00"), "a euro cell of € 15,50 an hour");
    let jaar = rijen[0].uitkomst.as_ref().unwrap();
    assert_eq!((jaar.per_jaar.brutoloon, jaar.per_jaar.lks_meting), (d("27799.20"), d("18361.68")));
    // The same figures as the CSV the same export would have given.
    let (tekst, _) = batch::decodeer(&bestand("salarisexport-utf8-bom.csv"));
    let (_, csv_rijen) = batch::verwerk(&tekst, &[], &Opties::app(VANDAAG)).unwrap();
    for (a, b) in rijen.iter().zip(&csv_rijen) {
        assert_eq!(a.uitkomst.as_ref().ok(), b.uitkomst.as_ref().ok());
    }
}

#[test]
fn libreoffice_ods_en_xlsx_procent_formule_en_onbekende_kolom() {
    for naam in ["libreoffice.ods", "libreoffice.xlsx"] {
        let m = map(naam);
        assert_eq!(m.bladen, ["Beschut 2026"], "{naam}");
        let fout = batch::lees(&m.blad, &[]).unwrap_err();
        assert_eq!(fout, "De rekenhulp herkent de kolom ‘Afdeling’ niet. Zeg wat erin staat, of dat hij niet meedoet.");
        let v = batch::voorbeeld(&m.blad, &[], 5).unwrap();
        assert_eq!(v.kopregel, 2);
        assert_eq!(
            v.rijen[0],
            ["MW-é01", "1-1-2026", "30", "36", "50%", "37", "Groen"],
            "as the spreadsheet shows them"
        );
        assert_eq!(v.rijen.len(), 2, "{naam}: the totals row is no employee");
        assert_eq!(v.totaalregels, [(5, "Totaal".to_string())]);
        assert_eq!(batch::blad::kandidaten(&m.blad)[0], (1, "Beschut werk, begroting 2026".to_string()));
        let keuzes = [("Afdeling".to_string(), None)];
        let (scheiding, rijen) = batch::verwerk(&m.blad, &keuzes, &Opties::app(VANDAAG)).unwrap();
        assert_eq!((scheiding, rijen.len()), (b';', 2));
        for r in &rijen {
            // Uren per week is the formula =18*2 for MW-é01: its stored value 36.
            let c = r.uitkomst.as_ref().unwrap();
            assert_eq!((c.uren, c.loonwaarde), (d("36"), d("0.5")), "{naam}: 50% is 50");
            assert_eq!((c.per_maand.brutoloon, c.per_maand.lks_meting), (d("2294.76"), d("1530.14")));
            assert_eq!((c.per_jaar.brutoloon, c.per_jaar.lks_meting), (d("27799.20"), d("18361.68")));
        }
    }
}

#[test]
fn xls_krijgt_een_melding() {
    // calamine 0.38 reads .xls, but panics on one cut short (an assertion in its Compound File
    // reader; found by `beschadigde_echte_bestanden` below): an .xls is refused with a clear step.
    assert_eq!(lees_werkmap(&bestand("libreoffice.xls"), &Bladkeuze::Vanzelf).unwrap_err(), t::XLS);
}

#[test]
fn een_ander_blad_en_een_andere_kopregel() {
    let b = bestand("salarisexport.xlsx");
    let m = lees_werkmap(&b, &Bladkeuze::Nummer(0)).unwrap();
    assert_eq!((m.gekozen, m.blad.naam.as_str()), (0, "Toelichting"));
    let m = lees_werkmap(&b, &Bladkeuze::Naam("Medewerkers".into())).unwrap();
    assert_eq!(m.gekozen, 1);
    assert_eq!(
        lees_werkmap(&b, &Bladkeuze::Naam("Blad9".into())).unwrap_err(),
        "Het werkblad ‘Blad9’ is er niet. De werkbladen zijn: Toelichting, Medewerkers."
    );
    assert!(lees_werkmap(&b, &Bladkeuze::Nummer(7)).is_err());
    // The user picks the title row as header: its one cell is no column the rekenhulp knows.
    let fout = batch::lees(Bron::Blad { blad: &m.blad, kopregel: Some(1) }, &[]).unwrap_err();
    assert!(fout.contains("herkent de kolom"), "{fout}");
    assert_eq!(batch::lees(Bron::Blad { blad: &m.blad, kopregel: Some(2) }, &[]).unwrap_err(), t::geen_kopregel(2));
}

#[test]
fn slechte_bestanden_krijgen_een_duidelijke_melding() {
    let fout = |naam: &str| lees_werkmap(&bestand(naam), &Bladkeuze::Vanzelf).unwrap_err();
    assert_eq!(fout("beveiligd.xlsx"), t::WACHTWOORD);
    assert!(
        fout("afgebroken.xlsx").starts_with("Dit Excel-bestand is beschadigd of niet te lezen"),
        "{}",
        fout("afgebroken.xlsx")
    );
    assert_eq!(fout("zipbom.xlsx"), t::te_groot_uitgepakt(128), "307 KB that unpacks to 300 MB");
    assert_eq!(fout("leeg.xlsx"), t::LEEG_REKENBLAD);
    assert_eq!(lees_werkmap(b"id;uren\n", &Bladkeuze::Vanzelf).unwrap_err(), t::GEEN_REKENBLAD);
    assert_eq!(lees_werkmap(b"%PDF-1.7\n\0", &Bladkeuze::Vanzelf).unwrap_err(), t::GEEN_REKENBLAD);
}

/// A result table written as .xlsx and read back: the same cells, typed.
#[test]
fn de_xlsx_download_leest_terug_als_dezelfde_tabel() {
    let (tekst, _) = batch::decodeer(&bestand("salarisexport-utf8-bom.csv"));
    let (_, rijen) = batch::verwerk(&tekst, &[], &Opties::app(VANDAAG)).unwrap();
    let tabel = batch::tabel(&rijen, Periode::Maand, None);
    let xlsx = batch::xlsx::schrijf(&tabel).unwrap();
    assert_eq!(xlsx, batch::xlsx::schrijf(&tabel).unwrap(), "the same table, the same bytes");
    let terug = lees_werkmap(&xlsx, &Bladkeuze::Vanzelf).unwrap();
    assert_eq!(terug.blad.rijen.len(), tabel.rijen.len());
    for (a, b) in terug.blad.rijen.iter().zip(&tabel.rijen) {
        let zonder_leeg: Vec<&Cel> = b.cellen.iter().collect();
        assert_eq!(a.cellen.len(), zonder_leeg.iter().rposition(|c| !c.is_leeg()).map_or(0, |i| i + 1));
        for (x, y) in a.cellen.iter().zip(&b.cellen) {
            assert_eq!(x, y, "row {}", a.nummer);
        }
    }
    let kop = &terug.blad.rijen[0].cellen;
    // The workbook's header is in words (people read it); the CSV keeps its keys (scripts read it).
    assert_eq!(kop[0], Cel::Tekst("Eigen kenmerk".into()));
    assert_eq!(kop[5], Cel::Tekst("Brutoloon per maand".into()));
    assert_eq!(kop[16], Cel::Tekst("Wat u zelf betaalt met forfait per maand".into()));
    let p1 = &terug.blad.rijen[1].cellen;
    assert_eq!(
        (&p1[1], &p1[4], &p1[5]),
        (&Cel::Datum(Datum::vast(2026, 1, 1)), &Cel::Procent(d("0.5")), &Cel::Bedrag(d("2294.76")))
    );
    let totaal = &terug.blad.rijen.last().unwrap().cellen;
    assert_eq!(totaal[0], Cel::Tekst("TOTAAL".into()));
    // The TOTAAL line adds up with formulas, each with its value stored (read back above as the same
    // amounts): brutoloon in column F, the rows 2 up to the one above.
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(&xlsx)).unwrap();
    let mut blad = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("xl/worksheets/sheet1.xml").unwrap(), &mut blad).unwrap();
    let laatste = tabel.rijen.len();
    assert!(blad.contains(&format!("<f>SUM(F2:F{})</f>", laatste - 1)), "{}", &blad[blad.len().saturating_sub(2000)..]);
    let formules = blad.matches("<f>SUM(").count();
    let bedragen = tabel.rijen.last().unwrap().cellen.iter().filter(|c| matches!(c, Cel::Bedrag(_))).count();
    assert_eq!(formules, bedragen, "every amount of the TOTAAL line is a formula");
    // No column wider than a part of the screen (the notes column was 255 characters): Excel's
    // width unit is a character of ~7 px plus 5 px padding.
    let breedtes: Vec<f64> = blad.split("width=\"").skip(1).filter_map(|d| d.split('"').next()?.parse().ok()).collect();
    assert!(!breedtes.is_empty(), "the columns are fitted");
    let max = f64::from(batch::xlsx::MAX_KOLOMBREEDTE_PX - 5) / 7.0 + 1.0;
    assert!(breedtes.iter().all(|&b| b <= max), "{breedtes:?} > {max}");
    // The CSV from the same table: the same columns.
    let csv = batch::csv(&rijen, Periode::Maand, b';');
    assert_eq!(csv.lines().next().unwrap().trim_start_matches('\u{feff}').split(';').count(), kop.len());
    assert_eq!(csv.lines().next().unwrap().trim_start_matches('\u{feff}').split(';').nth(5), Some("brutoloon_maand"));
}

/// 100,000 employees in one sheet: read whole, within the limits; one more is refused.
#[test]
fn honderdduizend_rijen() {
    let maak = |n: u32| {
        let mut wb = rust_xlsxwriter::Workbook::new();
        let ws = wb.add_worksheet();
        for (k, kop) in ["id", "datum", "uren", "loonwaarde"].iter().enumerate() {
            ws.write_string(0, k as u16, *kop).unwrap();
        }
        for r in 1..=n {
            ws.write_string(r, 0, format!("W{r}")).unwrap();
            ws.write_string(r, 1, "2026-01-01").unwrap();
            ws.write_number(r, 2, 36.0).unwrap();
            ws.write_number(r, 3, 50.0).unwrap();
        }
        wb.save_to_buffer().unwrap()
    };
    let m = lees_werkmap(&maak(100_000), &Bladkeuze::Vanzelf).unwrap();
    let b = batch::lees(&m.blad, &[]).unwrap();
    assert_eq!(b.rijen.len(), 100_000);
    assert_eq!(b.rijen[99_999].scenario.as_deref(), Ok("datum=2026-01-01&uren=36&loonwaarde=50"));
    let m = lees_werkmap(&maak(100_001), &Bladkeuze::Vanzelf).unwrap();
    assert_eq!(batch::lees(&m.blad, &[]).unwrap_err(), t::te_veel_rijen(batch::MAX_RIJEN));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    /// Any bytes: a workbook or a Dutch message, never a panic.
    #[test]
    fn willekeurige_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let _ = batch::herken(&bytes);
        let _ = lees_werkmap(&bytes, &Bladkeuze::Vanzelf);
    }

    /// Real files with bytes changed or cut off: every reader, then the rows.
    #[test]
    fn beschadigde_echte_bestanden(
        welk in 0usize..4,
        wijzigingen in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8),
        kort in any::<prop::sample::Index>(),
        afkappen in any::<bool>(),
    ) {
        let naam = ["salarisexport.xlsx", "libreoffice.ods", "libreoffice.xlsx", "leeg.xlsx"][welk];
        let mut b = bestand(naam);
        for (plek, byte) in wijzigingen {
            let i = plek.index(b.len());
            b[i] = byte;
        }
        if afkappen {
            b.truncate(kort.index(b.len()));
        }
        if let Ok(m) = lees_werkmap(&b, &Bladkeuze::Vanzelf) {
            let _ = batch::verwerk(&m.blad, &[], &Opties::app(VANDAAG));
            prop_assert_eq!(Werkmap::uit_tekst(&m.naar_tekst()), Some(m));
        }
    }
}
