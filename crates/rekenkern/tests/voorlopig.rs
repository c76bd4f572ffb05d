//! Past the tables (ADR 0013): provisional by default with a visible assumption, the list of values
//! the tables do not have yet, a typed value winning, `voorlopig=nee` asking for the values, and the
//! batch options of the app and the CLI. The parameters past 31-12-2026 for a 30-year-old on a
//! temporary contract at a large public employer are the ten the strict case names
//! (gevallen/voorlopig.toml); their last entries start on 1-7-2026 (minimum wage) and 1-1-2026
//! (premiums), 1-1-2018 (werkgeverslasten 23,5%). These tests leave the announced values of 2027
//! out (`aangekondigd=nee`, ADR 0024) so they see the last known ones; the last test shows what the
//! announced values change.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may fail loudly

use rekenkern::batch::{self, Opties};
use rekenkern::scenario::decode;
use rekenkern::teksten as t;
use rekenkern::{bereken, Datum};

const VANDAAG: Datum = Datum::vast(2026, 11, 25);
const SCENARIO: &str = "v=1&datum=2027-03-01&leeftijd=30&uren=36&loonwaarde=50&aangekondigd=nee";
const NA_DE_TABELLEN: [&str; 10] = [
    "wml.uur",
    "wml.maand",
    "lks.werkgeverslasten",
    "premie.awf_hoog",
    "premie.ufo",
    "premie.aof_hoog",
    "premie.wko",
    "premie.whk",
    "premie.zvw",
    "premie.maximum_premieloon",
];

fn uitkomst(scenario: &str) -> rekenkern::Uitkomst {
    bereken(&decode(scenario).invoer, VANDAAG).expect("rekent")
}

#[test]
fn zonder_keuze_voorlopig_met_aanname_en_de_lijst_van_wat_niet_bekend_is() {
    let u = uitkomst(SCENARIO);
    let ids: Vec<&str> = u.niet_bekend.iter().map(|n| n.param).collect();
    assert_eq!(ids, NA_DE_TABELLEN);
    assert!(u.niet_bekend.iter().all(|n| n.bekend_tot == Datum::vast(2026, 12, 31) && n.voorlopig.is_some()));
    let wml = u.niet_bekend.iter().find(|n| n.param == "wml.uur").unwrap();
    assert_eq!((wml.voorlopig, wml.sleutel), (Some(Datum::vast(2026, 7, 1)), Some(rekenkern::Sleutel::Wml)));
    assert_eq!(u.voorlopig_sinds(), Some(Datum::vast(2026, 7, 1)));
    assert!(u.aannames.iter().any(|a| a.veld == rekenkern::Sleutel::Voorlopig));
    assert!(u.waarschuwingen.iter().any(|w| w.id == "voorlopig"));
    assert!(u.is_voorlopig(&t::NETTO_METING) && u.is_voorlopig(&t::NETTO_FORFAIT));
    // Chosen explicitly: the same figures, no assumption.
    let ja = uitkomst(&format!("{SCENARIO}&voorlopig=ja"));
    assert_eq!(ja.per_jaar, u.per_jaar);
    assert!(!ja.aannames.iter().any(|a| a.veld == rekenkern::Sleutel::Voorlopig));
}

#[test]
fn een_ingevulde_waarde_gaat_voor_en_blijft_in_de_lijst() {
    let u = uitkomst(&format!("{SCENARIO}&wml=15,50&rml=2418"));
    let wml = u.niet_bekend.iter().find(|n| n.param == "wml.uur").unwrap();
    assert_eq!(wml.voorlopig, None, "typed in, so not provisional");
    assert_eq!(u.niet_bekend.len(), NA_DE_TABELLEN.len(), "the list stays the same while typing");
    // 15,50 × 36 × 52 = 29.016,00 per year, typed: the wage itself is not provisional.
    assert_eq!(u.per_jaar.brutoloon, rust_decimal::Decimal::from(29016));
    assert!(!u.is_voorlopig(&t::BRUTOLOON));
    assert!(u.is_voorlopig(&t::PREMIES), "the premiums are still the last known ones");
    // Every value typed: nothing provisional, no assumption, the list still there.
    let alles = uitkomst(&format!(
        "{SCENARIO}&wml=15,50&rml=2418&wgl=23,5&p_awf=7,74&p_ufo=0,68&p_aof=7,63&p_wko=0,5&p_whk=1,52&p_zvw=6,10&max_premieloon=82000"
    ));
    assert_eq!(alles.voorlopig_sinds(), None);
    assert!(!alles.is_voorlopig(&t::NETTO_METING));
    assert!(!alles.aannames.iter().any(|a| a.veld == rekenkern::Sleutel::Voorlopig));
    assert_eq!(alles.niet_bekend.len(), NA_DE_TABELLEN.len());
}

#[test]
fn voorlopig_nee_vraagt_de_waarden_en_binnen_de_tabellen_is_er_niets() {
    let fouten = bereken(&decode(&format!("{SCENARIO}&voorlopig=nee")).invoer, VANDAAG).unwrap_err();
    assert_eq!(fouten.len(), NA_DE_TABELLEN.len());
    let binnen = uitkomst("v=1&datum=2026-12-31&leeftijd=30&uren=36&loonwaarde=50");
    assert!(binnen.niet_bekend.is_empty());
    assert_eq!(binnen.voorlopig_sinds(), None);
    assert!(!binnen.aannames.iter().any(|a| a.veld == rekenkern::Sleutel::Voorlopig));
}

#[test]
fn de_app_rekent_een_bestand_voorlopig_de_cli_streng() {
    let bestand = "id,datum,leeftijd,uren,loonwaarde\nA,2027-03-01,30,36,50\nB,2027-03-01,30,36,50\n";
    let (_, app) = batch::verwerk(bestand, &[], &Opties::app(VANDAAG)).unwrap();
    assert!(app.iter().all(|r| r.uitkomst.as_ref().is_ok_and(|c| c.voorlopig)));
    let (_, cli) = batch::verwerk(
        bestand,
        &[],
        &Opties { vandaag: VANDAAG, voorlopig: false, aangekondigd: true, ..Opties::app(VANDAAG) },
    )
    .unwrap();
    assert!(cli.iter().all(|r| r.uitkomst.as_ref().is_err_and(|f| f.contains("kolom wml"))));
    // A row's own column wins over the file's default.
    let eigen = "id,datum,leeftijd,uren,loonwaarde,voorlopig\nA,2027-03-01,30,36,50,ja\n";
    let (_, rij) = batch::verwerk(
        eigen,
        &[],
        &Opties { vandaag: VANDAAG, voorlopig: false, aangekondigd: true, ..Opties::app(VANDAAG) },
    )
    .unwrap();
    assert!(rij[0].uitkomst.as_ref().is_ok_and(|c| c.voorlopig));
}

#[test]
fn aangekondigde_waarden_tellen_standaard_mee_en_worden_genoemd() {
    // Without `aangekondigd`: AWf, Aof and Wko of 2027 are announced (MvT SZW-begroting 2027), so
    // they are no longer past the tables; the other seven are, as last known values.
    let u = uitkomst("v=1&datum=2027-03-01&leeftijd=30&uren=36&loonwaarde=50");
    let ids: Vec<&str> = u.niet_bekend.iter().map(|n| n.param).collect();
    let zonder: Vec<&str> = NA_DE_TABELLEN
        .iter()
        .copied()
        .filter(|p| !["premie.awf_hoog", "premie.aof_hoog", "premie.wko"].contains(p))
        .collect();
    assert_eq!(ids, zonder);
    let aangekondigd: Vec<(&str, String)> =
        u.spoor.aangekondigde_waarden().iter().map(|g| (g.id, g.waarde.normalize().to_string())).collect();
    assert_eq!(
        aangekondigd,
        [("premie.awf_hoog", "0.0774".into()), ("premie.aof_hoog", "0.0803".into()), ("premie.wko", "0.005".into())]
    );
    assert!(u.spoor.aangekondigde_waarden().iter().all(|g| g.bron.id == "premies-2027"));
    // An announced value makes a figure provisional (it may still change), and is said: an
    // assumption (which values are used, the choice changes an amount: Aof 7,63% → 8,03%) and a warning.
    assert!(u.is_voorlopig(&t::PREMIES) && u.spoor.is_aangekondigd(&t::PREMIES));
    assert!(!u.spoor.is_aangekondigd(&t::BRUTOLOON));
    let aanname = u.aannames.iter().find(|a| a.veld == rekenkern::Sleutel::Aangekondigd).expect("aanname");
    assert!(aanname.tekst().contains("aangekondigde waarden"), "{}", aanname.tekst());
    assert!(u.waarschuwingen.iter().any(|w| w.id == "aangekondigd"));
    // Chosen off: the other assumption, no announced value, the ten last known ones.
    let uit = uitkomst(SCENARIO);
    assert!(uit.spoor.aangekondigde_waarden().is_empty());
    let aanname = uit.aannames.iter().find(|a| a.veld == rekenkern::Sleutel::Aangekondigd).expect("aanname");
    assert!(aanname.tekst().starts_with("U rekent zonder aangekondigde waarden"), "{}", aanname.tekst());
    // Where the announced value equals the alternative, the choice changes nothing: no assumption
    // (a 15-year-old's scale stays 30%; a small employer's Aof changes, so use a typed Aof).
    let gelijk = uitkomst("v=1&datum=2027-03-01&leeftijd=15&uren=36&loonwaarde=50&p_aof=7,63");
    assert!(!gelijk.aannames.iter().any(|a| a.veld == rekenkern::Sleutel::Aangekondigd), "{:?}", gelijk.aannames);
    // Within the tables nothing is announced.
    let binnen = uitkomst("v=1&datum=2026-12-31&leeftijd=19&uren=36&loonwaarde=50");
    assert!(binnen.spoor.aangekondigde_waarden().is_empty());
    assert!(!binnen.aannames.iter().any(|a| a.veld == rekenkern::Sleutel::Aangekondigd));
}
