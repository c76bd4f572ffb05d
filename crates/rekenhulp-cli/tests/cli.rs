//! The binary end to end: documented JSON, clear errors with non-zero exits, batch totals.
//! Expected amounts: the hand calculation of `uitleg.toml` "Uitleg basisgeval 2026" (minimum wage
//! per month 1-1-2026 € 2.294,40; LKS 0,5 × 2.294,40 × 1,08 × 1,235 = 1.530,13536 → 1.530,14;
//! forfait A 0,68 × 2.294,40 × 1,08 × 1,235 = 2.080,9840896 → 2.080,98).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests may fail loudly

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn rekenhulp(args: &[&str], stdin: Option<&str>) -> Output {
    rekenhulp_bytes(args, stdin.map(str::as_bytes))
}

/// The binary with bytes on stdin (a file as a spreadsheet saved it).
fn rekenhulp_bytes(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut kind = Command::new(env!("CARGO_BIN_EXE_rekenhulp"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start rekenhulp");
    if let Some(tekst) = stdin {
        // A refused call (wrong options: exit 2) may end before it reads stdin; then the write
        // meets a closed pipe. That is the program's right, not a failure of the test.
        match kind.stdin.take().expect("stdin").write_all(tekst) {
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
            r => r.expect("write"),
        }
    }
    drop(kind.stdin.take());
    kind.wait_with_output().expect("wacht")
}

const BASIS: &str = "v=1&datum=2026-01-01&leeftijd=30&uren=36&loonwaarde=50&voltijd=37&forfait=A";

#[test]
fn bereken_geeft_het_gedocumenteerde_json() {
    let uit = rekenhulp(&["bereken", BASIS], None);
    assert!(uit.status.success(), "{}", String::from_utf8_lossy(&uit.stderr));
    let json: serde_json::Value = serde_json::from_slice(&uit.stdout).expect("json");
    let m = &json["per_maand"];
    for k in [
        "brutoloon",
        "vakantiebijslag",
        "werkgeverslasten",
        "loonkosten",
        "lks_meting",
        "lks_forfait",
        "nettokosten_meting",
        "nettokosten_forfait",
    ] {
        let w = m[k].as_str().unwrap_or_else(|| panic!("per_maand.{k} ontbreekt"));
        assert!(w.split_once('.').is_some_and(|(_, c)| c.len() == 2), "{k} = {w}: twee decimalen");
    }
    assert_eq!(m["brutoloon"], "2294.76"); // 14,71 × 36 × 52 ÷ 12
    assert_eq!(m["vakantiebijslag"], "183.58"); // 2.294,76 × 0,08 = 183,5808
    assert_eq!(m["lks_meting"], "1530.14");
    assert_eq!(m["lks_forfait"], "2080.98");
    assert_eq!(json["omslagpunt"]["loonwaarde_procent"], "32");
    assert_eq!(json["scenario"], BASIS.replace("loonwaarde=50&voltijd=37", "voltijd=37&loonwaarde=50"));
    assert!(json["spoor"].as_array().is_some_and(|s| s.len() > 15));
    assert!(json["waarschuwingen"].as_array().is_some_and(|w| !w.is_empty()));
    assert_eq!(
        json["grondslag_lks"],
        "Grondslag van de subsidie: minimumloon per maand (referentiemaandloon) €\u{a0}2.294,40 (geldt vanaf 01-01-2026) + 8% vakantiebijslag."
    );
    assert_eq!(json["voorlopig"].as_array().map(Vec::len), Some(0));
}

#[test]
fn voorlopig_rekent_na_de_tabellen_en_zegt_het() {
    // 2027 is not in the tables: without voorlopig=ja the CLI asks for the values (exit 1); with
    // it, it uses the last known ones and every figure resting on them is listed as provisional.
    let zonder = rekenhulp(&["bereken", "v=1&datum=2027-03-01&uren=36&loonwaarde=50"], None);
    assert_eq!(zonder.status.code(), Some(1));
    let uit = rekenhulp(&["bereken", "v=1&datum=2027-03-01&uren=36&loonwaarde=50&voorlopig=ja"], None);
    assert!(uit.status.success(), "{}", String::from_utf8_lossy(&uit.stderr));
    let json: serde_json::Value = serde_json::from_slice(&uit.stdout).expect("json");
    let waarschuwingen = json["waarschuwingen"].as_array().expect("lijst");
    assert!(waarschuwingen.iter().any(|w| w.as_str().is_some_and(|t| t.contains("voorlopig"))));
    let voorlopig: Vec<&str> = json["voorlopig"].as_array().expect("lijst").iter().filter_map(|v| v.as_str()).collect();
    for k in ["brutoloon", "premies", "loonkosten", "lks_meting", "lks_forfait", "nettokosten_meting"] {
        assert!(voorlopig.contains(&k), "{k} niet als voorlopig gemarkeerd: {voorlopig:?}");
    }
    // 0,5 × 2.337,00 × 1,08 × 1,235 = 1.558,5453 (last known monthly minimum wage, 1-7-2026).
    assert_eq!(json["per_maand"]["lks_meting"], "1558.55");
    let grondslag = json["grondslag_lks"].as_str().expect("grondslag");
    assert!(grondslag.contains("€\u{a0}2.337,00") && grondslag.contains("voorlopig"), "{grondslag}");
}

#[test]
fn jaar_geeft_twaalf_maanden_en_het_totaal() {
    // Hand calculation (jaar.toml, "Lopend sinds 2025"): LKS 1.530,14 every month, 18.361,68 a year;
    // gross wage 2.294,76 until June, 2.338,44 from July.
    let scenario = "v=1&leeftijd=30&uren=36&voltijd=37&loonwaarde=50&jaar=2026&toekenning=2025-05-01";
    let uit = rekenhulp(&["jaar", scenario], None);
    assert!(uit.status.success(), "{}", String::from_utf8_lossy(&uit.stderr));
    let json: serde_json::Value = serde_json::from_slice(&uit.stdout).expect("json");
    let maanden = json["maanden"].as_array().expect("maanden");
    assert_eq!(maanden.len(), 12);
    assert_eq!(maanden[0]["maand"], "2026-01");
    assert_eq!(maanden[6]["maand"], "2026-07");
    assert_eq!(maanden[6]["brutoloon"], "2338.44");
    assert_eq!(maanden[6]["lks_meting"], "1530.14");
    assert_eq!(json["totaal"]["lks_meting"], "18361.68");
    assert_eq!(json["totaal"]["brutoloon"], "27799.20");
    let csv = rekenhulp(&["jaar", scenario, "--csv"], None);
    let tekst = String::from_utf8_lossy(&csv.stdout);
    let regels: Vec<&str> = tekst.lines().collect();
    assert_eq!(regels.len(), 14, "{tekst}");
    assert!(regels[0].starts_with("maand,brutoloon,"));
    assert!(regels[7].starts_with("2026-07,2338.44,"));
    assert!(regels[13].starts_with("TOTAAL,27799.20,"));
    // Past the tables without voorlopig: exit 1 with the missing values.
    let fout = rekenhulp(&["jaar", "v=1&start=2026-07-01"], None);
    assert_eq!(fout.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&fout.stderr).contains("2027"));
}

#[test]
fn ongeldig_scenario_geeft_een_melding_en_exit_2() {
    let uit = rekenhulp(&["bereken", "v=1&uren=veel&loonwaarde=150"], None);
    assert_eq!(uit.status.code(), Some(2));
    let fout = String::from_utf8_lossy(&uit.stderr);
    assert!(fout.contains("uren=veel") && fout.contains("loonwaarde=150"), "{fout}");
    let mild = rekenhulp(&["bereken", "v=1&datum=2026-01-01&uren=veel", "--mild"], None);
    assert!(mild.status.success());
}

#[test]
fn niet_gedekte_datum_geeft_exit_1_en_noemt_de_sleutel() {
    let uit = rekenhulp(&["bereken", "v=1&datum=2030-01-01"], None);
    assert_eq!(uit.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&uit.stderr).contains("minimumuurloon"));
}

#[test]
fn gebruik_fouten() {
    assert_eq!(rekenhulp(&[], None).status.code(), Some(2));
    assert_eq!(rekenhulp(&["vermenigvuldig"], None).status.code(), Some(2));
    assert_eq!(rekenhulp(&["bereken"], None).status.code(), Some(2));
    assert_eq!(rekenhulp(&["bereken", BASIS, "--vandaag", "gisteren"], None).status.code(), Some(2));
    assert_eq!(rekenhulp(&["batch"], Some("")).status.code(), Some(2));
}

#[test]
fn batch_telt_op_per_regime() {
    let csv = "id,datum,leeftijd,uren,loonwaarde,voltijd\nA1,2026-01-01,30,36,50,37\nA2,2026-01-01,30,36,50,37\nA3,2027-01-01,30,36,50,37\n";
    let uit = rekenhulp(&["batch", "--vandaag", "2026-11-25"], Some(csv));
    assert_eq!(uit.status.code(), Some(1), "een rij met fouten geeft exit 1");
    let tekst = String::from_utf8_lossy(&uit.stdout);
    let regels: Vec<&str> = tekst.lines().collect();
    assert_eq!(regels.len(), 5, "{tekst}");
    assert!(
        regels[1].starts_with("A1,2026-01-01,2026-01,36,50,2294.76,") && regels[1].ends_with(",32,ok"),
        "{}",
        regels[1]
    );
    assert!(regels[3].contains("fout in regel 4:") && regels[3].contains("kolom wml"), "{}", regels[3]);
    // Totals: twice the base case (1.530,14 and 2.080,98 per month, rounded per row).
    assert!(regels[4].contains(",3060.28,4161.96,"), "{}", regels[4]);
    // The file gives the loonwaarde (a file without one is no longer calculated at a silent 30%:
    // issue 31, see `zonder_loonwaarde_kiest_de_gebruiker`).
    let nl = rekenhulp(&["batch", "--vandaag", "2026-11-25"], Some("id;uren;datum;loonwaarde\nX;37,5;2026-01-01;30\n"));
    assert!(nl.status.success());
    assert!(String::from_utf8_lossy(&nl.stdout).contains("X;2026-01-01;2026-01;37,5;30;"));
}

#[test]
fn zonder_loonwaarde_kiest_de_gebruiker() {
    // Issue 31: an empty loonwaarde was calculated at 30%, status "ok", in the totals, without a
    // word; a line written with semicolons under a comma header became one id with today's date.
    let csv = "id,datum,leeftijd,uren,loonwaarde\nVOL,01-07-2026,30,36,50\nLEEG,01-07-2026,30,36,\nPUNT;01-07-2026;30;36;40\n";
    let uit = rekenhulp(&["batch", "--vandaag", "2026-11-25"], Some(csv));
    assert_eq!(uit.status.code(), Some(1), "rows not calculated: exit 1");
    let tekst = String::from_utf8_lossy(&uit.stdout);
    let regels: Vec<&str> = tekst.lines().collect();
    assert_eq!(regels.len(), 5, "{tekst}");
    // By default the row is left out, named on its line and in the summary.
    assert!(
        regels[2].starts_with("LEEG,,,,,") && regels[2].contains("niet meegeteld, regel 3: De loonwaarde is leeg"),
        "{}",
        regels[2]
    );
    assert!(regels[3].contains("fout in regel 4: Deze regel heeft 1 veld, de kopregel 5 kolommen"), "{}", regels[3]);
    assert!(regels[3].contains("De kopregel gebruikt komma’s (,), deze regel puntkomma’s (;)"), "{}", regels[3]);
    assert!(regels[3].starts_with(",,,"), "the line is not read as an own reference: {}", regels[3]);
    // Only VOL counts: 0,5 × 2.337,00 × 1,08 × 1,235 = 1.558,5453 → 1.558,55 per month.
    assert!(
        regels[4].starts_with("TOTAAL,") && regels[4].contains(",1558.55,") && regels[4].ends_with(",1 medewerker"),
        "{}",
        regels[4]
    );
    let samenvatting = String::from_utf8_lossy(&uit.stderr);
    assert!(
        samenvatting.contains("1 medewerker berekend, 1 regel met fouten, 1 regel zonder loonwaarde niet meegeteld."),
        "{samenvatting}"
    );

    // Not measured yet: the first six months at 50% without a measurement (lid 5). A new subsidy on
    // 1-7-2026 is in its first month: 0,5 × 2.337,00 × 1,08 × 1,235 = 1.558,55, the same as VOL's
    // measured 50%; the loonwaarde cell stays empty and the status says how it was calculated.
    let uit = rekenhulp(
        &["batch", "--vandaag", "2026-11-25", "--zonder-loonwaarde", "niet-gemeten", "--loonwaarde-daarna", "40"],
        Some(csv),
    );
    let tekst = String::from_utf8_lossy(&uit.stdout);
    let regels: Vec<&str> = tekst.lines().collect();
    assert!(regels[2].starts_with("LEEG,2026-07-01,2026-07,36,,"), "{}", regels[2]);
    assert!(
        regels[2].ends_with(
            ",\"ok (loonwaarde leeg: nog niet gemeten, de eerste 6 maanden 50% zonder meting (lid 5), daarna 40%)\""
        ),
        "{}",
        regels[2]
    );
    assert!(regels[2].contains(",1558.55,"), "{}", regels[2]);
    assert!(regels[4].contains(",3117.10,") && regels[4].ends_with(",2 medewerkers"), "{}", regels[4]);
    assert!(String::from_utf8_lossy(&uit.stderr)
        .contains("Bij 1 medewerker is de loonwaarde leeg; gerekend als nog niet gemeten"));
    // The calendar year: the year overview takes a new subsidy as new on 1 January (ADR 0015, 0025),
    // so January to June run on lid 5 (0,5 × 2.294,40 × 1,08 × 1,235 = 1.530,14) and July to December
    // on the loonwaarde of 40% after the measurement, still on the January base (lid 7):
    // 0,6 × 2.294,40 × 1,08 × 1,235 = 1.836,16; 6 × 1.530,14 + 6 × 1.836,16 = 20.197,80.
    let jaar = rekenhulp(
        &[
            "batch",
            "--vandaag",
            "2026-11-25",
            "--periode",
            "jaar",
            "--zonder-loonwaarde",
            "niet-gemeten",
            "--loonwaarde-daarna",
            "40",
        ],
        Some(csv),
    );
    let tekst = String::from_utf8_lossy(&jaar.stdout);
    assert!(tekst.lines().nth(2).is_some_and(|r| r.contains(",20197.80,")), "{tekst}");
    assert_eq!(rekenhulp(&["batch", "--zonder-loonwaarde", "misschien"], Some(csv)).status.code(), Some(2));
    assert_eq!(rekenhulp(&["batch", "--loonwaarde-daarna", "101"], Some(csv)).status.code(), Some(2));
}

#[test]
fn na_de_tabellen_is_de_cli_streng_tenzij_voorlopig_ja() {
    // ADR 0013: the app calculates provisionally by default; a script opts in with voorlopig=ja.
    let scenario = "v=1&datum=2027-03-01&leeftijd=30&uren=36&loonwaarde=50";
    let streng = rekenhulp(&["bereken", scenario], None);
    assert_eq!(streng.status.code(), Some(1));
    let fout = String::from_utf8_lossy(&streng.stderr);
    assert!(fout.contains("minimumuurloon") && fout.contains("31-12-2026"), "{fout}");
    let voorlopig = rekenhulp(&["bereken", &format!("{scenario}&voorlopig=ja")], None);
    assert!(voorlopig.status.success(), "{}", String::from_utf8_lossy(&voorlopig.stderr));
    let json: serde_json::Value = serde_json::from_slice(&voorlopig.stdout).expect("json");
    // Hand calculation of voorlopig.toml: 0,5 × 2.337,00 × 1,08 × 1,235 = 1.558,5453 → 1.558,55.
    assert_eq!(json["per_maand"]["lks_meting"], "1558.55");
    assert!(json["voorlopig"].as_array().is_some_and(|v| v.iter().any(|k| k == "lks_meting")), "{json}");
    let optie = rekenhulp(&["bereken", scenario, "--voorlopig", "ja"], None);
    assert!(optie.status.success(), "--voorlopig ja is the same opt-in");
    assert_eq!(rekenhulp(&["bereken", scenario, "--voorlopig", "misschien"], None).status.code(), Some(2));
    assert_eq!(rekenhulp(&["jaar", "v=1&leeftijd=30&uren=36&start=2026-07-01"], None).status.code(), Some(1));
    let rij = "id,datum,leeftijd,uren,loonwaarde\nA,2027-03-01,30,36,50\n";
    assert_eq!(rekenhulp(&["batch"], Some(rij)).status.code(), Some(1));
    let batch = rekenhulp(&["batch", "--voorlopig", "ja"], Some(rij));
    assert!(batch.status.success());
    assert!(String::from_utf8_lossy(&batch.stdout).contains("ok (voorlopig)"));
    let hulp = String::from_utf8_lossy(&rekenhulp(&["--help"], None).stdout).to_string();
    assert!(hulp.contains("voorlopig=ja") && hulp.contains("streng"), "{hulp}");
}

/// The spreadsheet files of `rekenkern/tests/bestanden` (the page reads the same ones in the e2e
/// suite; expected amounts: the hand calculations written there).
fn bestand(naam: &str) -> Vec<u8> {
    std::fs::read(format!("{}/../rekenkern/tests/bestanden/{naam}", env!("CARGO_MANIFEST_DIR"))).expect("bestand")
}

#[test]
fn batch_leest_bestanden_zoals_mensen_ze_hebben() {
    let uit = rekenhulp_bytes(&["batch", "--periode", "jaar"], Some(&bestand("excel-puntkomma-windows-1252.csv")));
    assert!(uit.status.success(), "{}", String::from_utf8_lossy(&uit.stderr));
    let csv = String::from_utf8(uit.stdout).expect("utf-8");
    assert!(csv.contains("\r\nMW-é01;2026-01-01;2026;36;50;27799,20;"), "{csv}");
    let fout = String::from_utf8_lossy(&uit.stderr).to_string();
    assert!(fout.starts_with("Gelezen als Windows-1252."), "{fout}");
    assert!(fout.contains("2 medewerkers berekend."), "{fout}");

    let export = rekenhulp_bytes(&["batch", "--kolommen"], Some(&bestand("salarisexport-utf8-bom.csv")));
    assert_eq!(export.status.code(), Some(1), "one row has a wrong date of birth");
    let csv = String::from_utf8_lossy(&export.stdout).to_string();
    assert!(csv.contains("\r\nP-2;2026-01-01;2026-01;36;50;1377,48;"), "{csv}");
    let fout = String::from_utf8_lossy(&export.stderr).to_string();
    assert!(fout.contains("Personeelsnummer → id") && fout.contains("Geboortedatum → geboortedatum"), "{fout}");
    assert!(fout.contains("3 medewerkers berekend, 1 regel met fouten."), "{fout}");

    let onbekend = rekenhulp_bytes(&["batch"], Some(&bestand("onbekende-kolommen.csv")));
    assert_eq!(onbekend.status.code(), Some(2));
    let fout = String::from_utf8_lossy(&onbekend.stderr).to_string();
    assert!(fout.contains("‘LW’ en ‘Afdeling’") && fout.contains("--kolom"), "{fout}");
    let gekozen = rekenhulp_bytes(
        &["batch", "--kolom", "LW=loonwaarde", "--kolom", "Afdeling=-"],
        Some(&bestand("onbekende-kolommen.csv")),
    );
    assert!(gekozen.status.success(), "{}", String::from_utf8_lossy(&gekozen.stderr));
    assert!(String::from_utf8_lossy(&gekozen.stdout).contains(",1530.14,"));
    assert_eq!(rekenhulp(&["batch", "--kolom", "LW=onzin"], Some("")).status.code(), Some(2));
}

#[test]
fn batch_met_de_kosten_van_een_plek() {
    let csv = "id,datum,leeftijd,uren,loonwaarde,voltijd\nA,2026-01-01,30,36,50,36\n";
    let uit = rekenhulp(
        &["batch", "--periode", "jaar", "--begeleiding", "9.000", "--opbrengst-uur", "10", "--budget", "20000"],
        Some(csv),
    );
    assert!(uit.status.success(), "{}", String::from_utf8_lossy(&uit.stderr));
    let tekst = String::from_utf8_lossy(&uit.stdout).to_string();
    // Hand: gemeente 18.361,68 + 9.000 = 27.361,68; budget over 20.000 − 27.361,68 = −7.361,68.
    assert!(
        tekst.contains(",ok,9000.00,9360.00,") && tekst.contains(",27361.68,") && tekst.contains(",-7361.68,"),
        "{tekst}"
    );
    // No invented default: one of the two alone is refused.
    assert_eq!(rekenhulp(&["batch", "--begeleiding", "9000"], Some(csv)).status.code(), Some(2));
    assert_eq!(rekenhulp(&["batch", "--budget", "20000"], Some(csv)).status.code(), Some(2));
    assert_eq!(
        rekenhulp(&["batch", "--begeleiding", "veel", "--opbrengst-uur", "1"], Some(csv)).status.code(),
        Some(2)
    );
}

/// The spreadsheets of crates/rekenkern/tests/bestanden (scripts/maak-rekenbladen.py) as a file
/// argument and on stdin: the same figures as the core test and the page (hand calculations in
/// crates/rekenkern/tests/rekenbladen.rs).
#[test]
fn batch_leest_xlsx_en_ods_als_bestand_en_van_stdin() {
    let pad = |naam: &str| format!("{}/../rekenkern/tests/bestanden/{naam}", env!("CARGO_MANIFEST_DIR"));
    let uit = rekenhulp(&["batch", "--vandaag", "2026-11-25", &pad("salarisexport.xlsx")], None);
    assert!(uit.status.success(), "{}", String::from_utf8_lossy(&uit.stderr));
    let csv = String::from_utf8(uit.stdout).unwrap();
    let regels: Vec<&str> = csv.lines().collect();
    assert!(regels[1].starts_with("P-1;2026-01-01;2026-01;36;50;2294,76;"), "{}", regels[1]);
    assert!(regels[2].starts_with("P-2;2026-01-01;2026-01;36;50;1377,48;"), "19 years old: {}", regels[2]);
    assert!(regels[3].starts_with("P-3;2026-01-01;2026-01;36;50;2418,00;"), "€ 15,50 an hour: {}", regels[3]);
    assert!(regels[4].starts_with("TOTAAL;;;;;6090,24;"), "the totals row of the file is no employee: {}", regels[4]);
    let fout = String::from_utf8(uit.stderr).unwrap();
    assert!(
        fout.contains("Gelezen als Excel-werkmap (.xlsx), werkblad ‘Medewerkers’ (2 van 2). Kopregel: rij 3."),
        "{fout}"
    );
    assert!(fout.contains("Rij 7 (Totaal) is een totaalregel."), "{fout}");

    let ods = bestand("libreoffice.ods");
    let xlsx_uit = std::env::temp_dir().join(format!("rekenhulp-cli-test-{}.xlsx", std::process::id()));
    let uit = rekenhulp_bytes(
        &[
            "batch",
            "--vandaag",
            "2026-11-25",
            "--kolom",
            "Afdeling=-",
            "--periode",
            "jaar",
            "--xlsx",
            xlsx_uit.to_str().unwrap(),
        ],
        Some(&ods),
    );
    assert!(uit.status.success(), "{}", String::from_utf8_lossy(&uit.stderr));
    let csv = String::from_utf8(uit.stdout).unwrap();
    assert!(csv.lines().nth(1).unwrap().starts_with("MW-é01;2026-01-01;2026;36;50;27799,20;"), "{csv}");
    let xlsx = std::fs::read(&xlsx_uit).unwrap();
    let _ = std::fs::remove_file(&xlsx_uit);
    assert!(xlsx.starts_with(b"PK\x03\x04"), "an .xlsx workbook");
    // Read back: the same table as the CSV (the core test checks it cell by cell).
    let terug = rekenhulp_bytes(&["batch", "--vandaag", "2026-11-25"], Some(&xlsx));
    assert!(String::from_utf8_lossy(&terug.stderr).contains("herkent de kolom"), "the result is no input file");
}

#[test]
fn batch_slechte_rekenbladen_exit_2_met_een_melding() {
    let pad = |naam: &str| format!("{}/../rekenkern/tests/bestanden/{naam}", env!("CARGO_MANIFEST_DIR"));
    for (naam, melding) in [
        ("beveiligd.xlsx", "beveiligd met een wachtwoord"),
        ("afgebroken.xlsx", "beschadigd of niet te lezen"),
        ("zipbom.xlsx", "uitgepakt groter dan 128 MB"),
        ("leeg.xlsx", "Het rekenblad is leeg"),
        ("libreoffice.xls", "Sla het in uw rekenprogramma op als .xlsx"),
    ] {
        let uit = rekenhulp(&["batch", &pad(naam)], None);
        assert_eq!(uit.status.code(), Some(2), "{naam}");
        let fout = String::from_utf8(uit.stderr).unwrap();
        assert!(fout.contains(melding), "{naam}: {fout}");
        assert!(uit.stdout.is_empty(), "{naam}");
    }
    let uit = rekenhulp(&["batch", "--blad", "Blad9", &pad("salarisexport.xlsx")], None);
    assert!(String::from_utf8_lossy(&uit.stderr).contains("De werkbladen zijn: Toelichting, Medewerkers."));
    let uit = rekenhulp(&["batch", "--kopregel", "x", &pad("salarisexport.xlsx")], None);
    assert_eq!(uit.status.code(), Some(2));
    let uit = rekenhulp(&["batch", "--blad", "2"], Some("id,uren\nA,36\n"));
    assert!(String::from_utf8_lossy(&uit.stderr).contains("alleen voor een rekenblad"));
}

#[test]
fn bereken_geeft_december_naast_januari_en_de_status_van_elke_waarde() {
    // 19 jaar, loonwaarde 40%, nieuw op 1-12-2026 (hand: tests/jaarwissel.rs of rekenkern):
    // brutoloon 8,99 × 156 = 1.402,44 → 11,24 × 156 = 1.753,44 (staffel 60% → 75%, aangekondigd);
    // LKS 1.122,15 → 1.402,69 (de subsidie loopt in januari: lid 7).
    let s = "v=1&datum=2026-12-01&leeftijd=19&uren=36&loonwaarde=40";
    let uit = rekenhulp(&["bereken", s, "--vandaag", "2026-12-07", "--voorlopig", "ja"], None);
    assert!(uit.status.success(), "{}", String::from_utf8_lossy(&uit.stderr));
    let json: serde_json::Value = serde_json::from_slice(&uit.stdout).expect("json");
    let j = &json["jaarwissel"];
    assert_eq!(j["december"]["datum"], "2026-12-01");
    assert_eq!(j["januari"]["datum"], "2027-01-01");
    assert_eq!(j["januari"]["voorlopig"], true);
    let regel = |naam: &str| j["regels"].as_array().unwrap().iter().find(|r| r["naam"] == naam).unwrap().clone();
    let bruto = regel("brutoloon");
    assert_eq!((bruto["december"].as_str(), bruto["januari"].as_str()), (Some("1402.44"), Some("1753.44")));
    assert_eq!(bruto["verschil"], "351.00");
    let lks = regel("lks_meting");
    assert_eq!((lks["december"].as_str(), lks["januari"].as_str()), (Some("1122.15"), Some("1402.69")));
    let ids: Vec<&str> = lks["redenen"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| j["redenen"][n.as_u64().unwrap() as usize - 1]["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["jeugdstaffel", "lid7"]);
    // In November there is no pair unless asked for.
    let nov = rekenhulp(&["bereken", "v=1&datum=2026-11-01", "--vandaag", "2026-12-07", "--voorlopig", "ja"], None);
    let json: serde_json::Value = serde_json::from_slice(&nov.stdout).expect("json");
    assert!(json.get("jaarwissel").is_none());
    let gevraagd = rekenhulp(
        &["bereken", "v=1&datum=2026-11-01", "--vandaag", "2026-12-07", "--voorlopig", "ja", "--jaarwissel"],
        None,
    );
    let json: serde_json::Value = serde_json::from_slice(&gevraagd.stdout).expect("json");
    assert_eq!(json["jaarwissel"]["januari"]["datum"], "2027-01-01");
    // The status of every used value: the scale announced, the adult wage last known.
    let s2027 = "v=1&datum=2027-01-01&leeftijd=19&uren=36&loonwaarde=40";
    let uit = rekenhulp(&["bereken", s2027, "--vandaag", "2026-12-07", "--voorlopig", "ja"], None);
    let json: serde_json::Value = serde_json::from_slice(&uit.stdout).expect("json");
    let status = |id: &str| {
        json["gebruikte_waarden"].as_array().unwrap().iter().find(|w| w["id"] == id).unwrap()["status"].clone()
    };
    assert_eq!(status("wml.jeugd"), "aangekondigd");
    assert_eq!(status("wml.uur.21"), "laatst_bekend");
    assert_eq!(status("wml.vakantiebijslag"), "gepubliceerd");
    assert_eq!(json["per_uur"]["brutoloon"], "11.24");
    // --aangekondigd nee: the published scale (60%) on the last known wage: 8,99.
    let nee =
        rekenhulp(&["bereken", s2027, "--vandaag", "2026-12-07", "--voorlopig", "ja", "--aangekondigd", "nee"], None);
    let json: serde_json::Value = serde_json::from_slice(&nee.stdout).expect("json");
    assert_eq!(json["per_uur"]["brutoloon"], "8.99");
    // A scenario's own key wins over the option.
    let eigen = rekenhulp(
        &[
            "bereken",
            &format!("{s2027}&aangekondigd=ja"),
            "--vandaag",
            "2026-12-07",
            "--voorlopig",
            "ja",
            "--aangekondigd",
            "nee",
        ],
        None,
    );
    let json: serde_json::Value = serde_json::from_slice(&eigen.stdout).expect("json");
    assert_eq!(json["per_uur"]["brutoloon"], "11.24");
    // Bad input: a clear message and exit 2, as for every key.
    let fout = rekenhulp(&["bereken", "v=1&aangekondigd=misschien"], None);
    assert_eq!(fout.status.code(), Some(2));
    let melding = String::from_utf8_lossy(&fout.stderr);
    assert!(melding.contains("aangekondigd"), "{melding}");
    assert_eq!(rekenhulp(&["bereken", s2027, "--aangekondigd", "soms"], None).status.code(), Some(2));
}

#[test]
fn waarden_toont_elke_waarde_van_een_jaar_met_haar_status() {
    let uit = rekenhulp(&["waarden", "2027"], None);
    assert!(uit.status.success(), "{}", String::from_utf8_lossy(&uit.stderr));
    let tekst = String::from_utf8_lossy(&uit.stdout);
    let regel = |id: &str| tekst.lines().find(|l| l.contains(&format!("(`{id}`)"))).unwrap_or_default().to_string();
    assert!(regel("wml.jeugd").contains("19: 0.75") && regel("wml.jeugd").contains("aangekondigd"), "{tekst}");
    assert!(regel("premie.aof_hoog").contains("0.0803 (aangekondigd"), "{}", regel("premie.aof_hoog"));
    assert!(regel("wml.maand").contains("2337 (**laatst bekend**"), "{}", regel("wml.maand"));
    assert!(regel("premie.zvw").contains("**laatst bekend**"));
    assert!(tekst.contains("12 aangekondigd, 14 laatst bekend"), "{tekst}");
    // Without announced values the scale is the published one and nothing is announced.
    let nee =
        String::from_utf8_lossy(&rekenhulp(&["waarden", "2027", "--aangekondigd", "nee"], None).stdout).to_string();
    assert!(nee.contains("0 aangekondigd"), "{nee}");
    // 2026: everything published, within the tables.
    let j2026 = String::from_utf8_lossy(&rekenhulp(&["waarden", "2026"], None).stdout).to_string();
    assert!(j2026.contains("0 aangekondigd, 0 laatst bekend"), "{j2026}");
    assert_eq!(rekenhulp(&["waarden", "twintig"], None).status.code(), Some(2));
}

#[test]
fn een_jaarwissel_die_niet_lukt_stopt_de_berekening_niet() {
    // Strict past the tables (the CLI's default): December 2026 is calculated, January 2027 lacks
    // the minimum wage; the output says so and the exit code is 0.
    let uit = rekenhulp(&["bereken", "v=1&datum=2026-12-01&leeftijd=30", "--vandaag", "2026-12-07"], None);
    assert!(uit.status.success(), "{}", String::from_utf8_lossy(&uit.stderr));
    let json: serde_json::Value = serde_json::from_slice(&uit.stdout).expect("json");
    assert!(json.get("jaarwissel").is_none());
    let redenen = json["jaarwissel_lukt_niet"].as_array().expect("jaarwissel_lukt_niet");
    assert!(redenen.iter().any(|r| r.as_str().unwrap_or_default().contains("minimumuurloon")), "{redenen:?}");
}
