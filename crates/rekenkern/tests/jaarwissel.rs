//! "Wat verandert er op 1 januari?": December beside the January after it, with hand calculations
//! written here (not produced by the rekenhulp). Tables used: 1-7-2026 (minimumuurloon 21+ € 14,99,
//! 19 jaar € 8,99, referentiemaandloon € 2.337,00, 1-3-2026 € 2.294,40), premiums 2026 (AWf hoog
//! 7,74%, Ufo 0,68%, Aof hoog 7,63%, Wko 0,50%, Whk 1,52%, Zvw 6,10%); announced for 1-1-2027: youth
//! scale 19 jaar 75% (was 60%), Aof hoog 8,03%; the adult minimum wage of 1-1-2027 is not known,
//! so January carries € 14,99 and € 2.337,00 forward.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests may fail loudly

use rekenkern::jaarwissel::{jaarwissel, rond_de_jaarwissel, Jaarwissel, Reden};
use rekenkern::scenario::decode;
use rekenkern::Datum;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

const VANDAAG: Datum = Datum::vast(2026, 12, 7);

fn wissel(scenario: &str) -> Jaarwissel {
    let gelezen = decode(scenario);
    assert!(gelezen.meldingen.is_empty(), "{:?}", gelezen.meldingen);
    jaarwissel(&gelezen.invoer, VANDAAG).unwrap()
}

/// (December, January) of a line.
fn regel(j: &Jaarwissel, naam: &str) -> (Decimal, Decimal) {
    let r = j.regels.iter().find(|r| r.naam == naam).unwrap_or_else(|| panic!("regel {naam} ontbreekt"));
    assert_eq!(r.verschil, r.januari - r.december, "{naam}: verschil");
    (r.december, r.januari)
}

/// The reason ids of a line.
fn redenen(j: &Jaarwissel, naam: &str) -> Vec<&'static str> {
    let r = j.regels.iter().find(|r| r.naam == naam).unwrap();
    let mut ids: Vec<&'static str> = r.redenen.iter().map(|&n| j.redenen[n].id()).collect();
    ids.sort_unstable();
    ids
}

#[test]
fn negentienjarige_december_2026_januari_2027() {
    // 19 jaar, 36 uur, loonwaarde 40%, nieuw toegekend op 1-12-2026.
    let j = wissel("v=1&datum=2026-12-01&leeftijd=19&uren=36&loonwaarde=40");
    assert_eq!((j.december.datum, j.januari.datum), (Datum::vast(2026, 12, 1), Datum::vast(2027, 1, 1)));
    // Brutoloon: december 8,99 × 36 × 52 ÷ 12 = 1.402,44; januari 14,99 × 75% = 11,2425 → 11,24,
    // × 156 = 1.753,44.
    assert_eq!(regel(&j, "brutoloon"), (dec!(1402.44), dec!(1753.44)));
    // Vakantiebijslag 8%: 112,1952 → 112,20; 140,2752 → 140,28.
    assert_eq!(regel(&j, "vakantiebijslag"), (dec!(112.20), dec!(140.28)));
    // Aof hoog over het premieloon: 1.514,64 × 7,63% = 115,567032 → 115,57; 1.893,72 × 8,03% =
    // 152,065716 → 152,07. AWf: 1.514,64 × 7,74% = 117,233136 → 117,23; 1.893,72 × 7,74% → 146,57.
    assert_eq!(regel(&j, "premie.aof_hoog"), (dec!(115.57), dec!(152.07)));
    assert_eq!(regel(&j, "premie.awf_hoog"), (dec!(117.23), dec!(146.57)));
    // LKS: december 0,60 × 2.337,00 × 60% × 1,08 × 1,235 = 1.122,152616 → 1.122,15; januari loopt
    // de subsidie (lid 7) en rust op 1 januari: 0,60 × 2.337,00 × 75% × 1,08 × 1,235 = 1.402,69077
    // → 1.402,69.
    assert_eq!(regel(&j, "lks_meting"), (dec!(1122.15), dec!(1402.69)));
    // Why: the wage lines by the youth scale; the Aof line also by its rate; the subsidy by the
    // scale, and because a running subsidy follows the minimum wage on 1 January.
    assert_eq!(redenen(&j, "brutoloon"), ["jeugdstaffel"]);
    assert_eq!(redenen(&j, "premie.aof_hoog"), ["jeugdstaffel", "premie"]);
    assert_eq!(redenen(&j, "lks_meting"), ["jeugdstaffel", "lid7"]);
    let staffel = j.redenen.iter().find(|r| r.id() == "jeugdstaffel").unwrap();
    assert_eq!(
        *staffel,
        Reden::Jeugdstaffel { leeftijd: 19, van: Some(dec!(0.60)), tot: Some(dec!(0.75)), aangekondigd: true }
    );
    let zin = staffel.tekst(rekenkern::Taal::Nl);
    assert!(zin.contains("60%") && zin.contains("75%") && zin.contains("Aangekondigd"), "{zin}");
    // The December column is the card of the peildatum (the same calculation).
    let kaart = rekenkern::bereken(&decode("v=1&datum=2026-12-01&leeftijd=19&uren=36&loonwaarde=40").invoer, VANDAAG)
        .unwrap()
        .per(rekenkern::Periode::Maand);
    assert_eq!(j.december.bedragen, kaart);
    // Totals are sums of the shown lines, in both months (ADR 0021).
    for kant in [&j.december, &j.januari] {
        let b = &kant.bedragen;
        assert_eq!(b.loonkosten, b.brutoloon + b.vakantiebijslag + b.cao_extra + b.premies + b.pensioen);
        assert_eq!(b.nettokosten_meting, b.loonkosten - b.lks_meting - b.lkv);
    }
}

#[test]
fn zonder_aangekondigde_waarden_verandert_alleen_het_pensioen() {
    // aangekondigd=nee: January has the published scale (60%) and the last known values, so the
    // wage, the premiums and the subsidy stay. What does change at a sociaal ontwikkelbedrijf is the
    // cao's full-time week (37 → 36 hours), and with it the part-time factor of the pension
    // franchise (PWRI estimate: 23,8% × 70% over the pension wage above the franchise):
    // pensioenloon 1.402,44 + 112,20 = 1.514,64; december franchise 13.033 × 36/37 ÷ 12 =
    // 1.056,7297…, 0,1666 × 457,9103 = 76,2878 → 76,29; januari franchise 13.033 ÷ 12 = 1.086,0833…,
    // 0,1666 × 428,5567 = 71,3975 → 71,40.
    let j = wissel("v=1&datum=2026-12-01&leeftijd=19&uren=36&loonwaarde=40&aangekondigd=nee");
    assert_eq!(regel(&j, "brutoloon"), (dec!(1402.44), dec!(1402.44)));
    assert_eq!(regel(&j, "lks_meting"), (dec!(1122.15), dec!(1122.15)));
    assert_eq!(regel(&j, "premie.aof_hoog"), (dec!(115.57), dec!(115.57)));
    assert_eq!(regel(&j, "pensioen"), (dec!(76.29), dec!(71.40)));
    assert_eq!(redenen(&j, "pensioen"), ["cao_36_uur"]);
    for r in j.regels.iter().filter(|r| !["pensioen", "loonkosten"].contains(&r.naam) && !r.naam.starts_with("netto")) {
        assert!(r.redenen.is_empty(), "{}: {:?}", r.naam, r.redenen);
    }
    // Not silent: January says it leaves the announced values out (they would change the wage).
    let aanname = j.aannames.iter().find(|a| a.veld == rekenkern::Sleutel::Aangekondigd).expect("aanname");
    assert!(aanname.tekst().starts_with("U rekent zonder aangekondigde waarden"), "{}", aanname.tekst());
}

#[test]
fn lopende_subsidie_gaat_op_1_januari_mee_met_het_minimumloon() {
    // 30 jaar, loonwaarde 50%, toegekend 1-3-2026. December (lid 7, toekenning in hetzelfde jaar):
    // het minimumloon per maand op de toekenning, 2.294,40: 0,5 × 2.294,40 × 1,08 × 1,235 =
    // 1.530,13536 → 1.530,14. Januari: het bedrag van 1 januari (laatst bekend 2.337,00):
    // 0,5 × 2.337,00 × 1,08 × 1,235 = 1.558,5453 → 1.558,55.
    let j = wissel("v=1&datum=2026-12-01&leeftijd=30&uren=36&loonwaarde=50&subsidie=lopend&toekenning=2026-03-01");
    assert_eq!(regel(&j, "lks_meting"), (dec!(1530.14), dec!(1558.55)));
    assert_eq!(redenen(&j, "lks_meting"), ["lid7", "subsidiegrondslag"]);
    // Said with the amounts: the base moves from 2.294,40 to 2.337,00 (no new minimum wage of 2027 in it).
    let grondslag = j.redenen.iter().find(|r| r.id() == "subsidiegrondslag").unwrap();
    assert_eq!(*grondslag, Reden::Subsidiegrondslag { van: dec!(2294.40), tot: dec!(2337.00) });
    assert!(!j.redenen.iter().any(|r| r.id() == "minimumloon"), "the hourly minimum wage stays € 14,99");
    // Granted in March: December and January lie past the first six months, so no lid-5 line.
    assert!(!j.regels.iter().any(|r| r.naam == "lks_lid5"));
    // The wage itself does not change: € 14,99 in both months (January carries it forward).
    assert_eq!(regel(&j, "brutoloon"), (dec!(2338.44), dec!(2338.44)));
    assert!(redenen(&j, "brutoloon").is_empty());
}

#[test]
fn cao_36_uur_zonder_loonverlies() {
    // Cao Aan de Slag, schaal 1, 36 uur. December 2026 (volle week 37): 14,99 × 36 × 52 ÷ 12 =
    // 2.338,44. Januari 2027 (volle week 36, loon van 37 uur behouden, ADR 0014): 14,99 × 37/36 ×
    // 36 × 52 ÷ 12 = 2.403,39666… → 2.403,40.
    let j = wissel("v=1&datum=2026-12-01&leeftijd=30&uren=36&loonwaarde=50&loon=cao&schaal=1");
    assert_eq!(regel(&j, "brutoloon"), (dec!(2338.44), dec!(2403.40)));
    assert!(redenen(&j, "brutoloon").contains(&"cao_36_uur"), "{:?}", redenen(&j, "brutoloon"));
}

#[test]
fn peildatum_in_januari_kijkt_terug_naar_december() {
    // A peildatum in January: December before it. The subsidy is new in January, so December is
    // shown as if granted on 1 December, and an assumption says so.
    let j = wissel("v=1&datum=2027-01-15&leeftijd=19&uren=36&loonwaarde=40");
    assert_eq!((j.december.datum, j.januari.datum), (Datum::vast(2026, 12, 1), Datum::vast(2027, 1, 15)));
    assert_eq!(regel(&j, "lks_meting"), (dec!(1122.15), dec!(1402.69)));
    // Said: December as if granted then, the age taken as the same, and that announced values count.
    let velden: Vec<&str> = j.aannames.iter().map(|a| a.veld.naam()).collect();
    assert_eq!(velden, ["subsidie", "verjaardag", "aangekondigd"]);
    // Any other month: the coming turn of the year.
    let j = wissel("v=1&datum=2026-05-01&leeftijd=30&uren=36&loonwaarde=50");
    assert_eq!((j.december.datum, j.januari.datum), (Datum::vast(2026, 12, 1), Datum::vast(2027, 1, 1)));
    assert!(rond_de_jaarwissel(Datum::vast(2026, 12, 31)) && rond_de_jaarwissel(Datum::vast(2027, 1, 1)));
    assert!(!rond_de_jaarwissel(Datum::vast(2026, 11, 30)));
}

#[test]
fn verjaardag_in_december_telt_in_januari() {
    // Birthday in December (verjaardag=12): 19 in December, 20 in January (the year overview's rule).
    // January: 14,99 × 87,5% = 13,11625 → 13,12; × 156 = 2.046,72.
    let j = wissel("v=1&datum=2026-12-01&leeftijd=19&uren=36&loonwaarde=40&verjaardag=12");
    assert_eq!(regel(&j, "brutoloon"), (dec!(1402.44), dec!(2046.72)));
    // Two reasons: the birthday, and the scale for 20 years (80% → 87,5%, announced).
    assert_eq!(redenen(&j, "brutoloon"), ["jeugdstaffel", "leeftijd"]);
    let staffel = j.redenen.iter().find(|r| r.id() == "jeugdstaffel").unwrap();
    assert_eq!(
        *staffel,
        Reden::Jeugdstaffel { leeftijd: 20, van: Some(dec!(0.80)), tot: Some(dec!(0.875)), aangekondigd: true }
    );
}

#[test]
fn ontbrekende_waarden_worden_gemeld() {
    // voorlopig=nee: January 2027 lacks the minimum wage; the errors come back, no comparison.
    let gelezen = decode("v=1&datum=2026-12-01&leeftijd=30&voorlopig=nee");
    let fouten = jaarwissel(&gelezen.invoer, VANDAAG).unwrap_err();
    assert!(fouten.iter().any(|f| matches!(f, rekenkern::Fout::Ontbreekt { param: "wml.uur", .. })), "{fouten:?}");
}

#[test]
fn een_bestand_telt_december_en_januari_op() {
    // The file of a gemeente on 7-12-2026: the turn 2026/2027. Row A: 19 jaar, loonwaarde 40%
    // (the first test: brutoloon 1.402,44 → 1.753,44, LKS 1.122,15 → 1.402,69). Row B: 30 jaar,
    // loonwaarde 50%, running since 1-3-2026 (the third test: LKS 1.530,14 → 1.558,55; brutoloon
    // 2.338,44 both months). Row C cannot be read (an hour count of 99): counted, left out.
    use rekenkern::batch::{self, jaarwissel::JaarwisselTotalen, Opties};
    let bestand = "id,datum,leeftijd,uren,loonwaarde,subsidie,toekenning\n\
                   A,2026-11-01,19,36,40,,\n\
                   B,2026-11-01,30,36,50,lopend,2026-03-01\n\
                   C,2026-11-01,30,99,50,,\n\
                   D,2026-11-01,30,36,,,\n";
    let b = batch::lees(bestand, &[]).unwrap();
    let t = JaarwisselTotalen::van(&b.rijen, &Opties::app(VANDAAG));
    // Row D has no loonwaarde and the choice is to leave such rows out: counted apart from the error
    // (seen by a new user: "4 not counted, see the errors above" while 3 of them were no errors).
    assert_eq!((t.gelukt, t.mislukt, t.weggelaten), (2, 1, 1));
    // Chosen as not measured yet, row D is calculated (the first six months at 50%, lid 5) and counted.
    let niet_gemeten =
        Opties { zonder_loonwaarde: batch::ZonderLoonwaarde::NietGemeten { daarna: 40 }, ..Opties::app(VANDAAG) };
    let n = JaarwisselTotalen::van(&b.rijen, &niet_gemeten);
    assert_eq!((n.gelukt, n.mislukt, n.weggelaten), (3, 1, 0));
    assert_eq!((t.december, t.januari), (Some(Datum::vast(2026, 12, 1)), Some(Datum::vast(2027, 1, 1))));
    assert_eq!(t.totaal_december.brutoloon, dec!(1402.44) + dec!(2338.44));
    assert_eq!(t.totaal_januari.brutoloon, dec!(1753.44) + dec!(2338.44));
    assert_eq!(t.totaal_december.lks_meting, dec!(1122.15) + dec!(1530.14));
    assert_eq!(t.totaal_januari.lks_meting, dec!(1402.69) + dec!(1558.55));
    // Lid 7 for both (A's subsidy granted in December runs in January), the scale for A only.
    let aantal = |id: &str| t.redenen.iter().filter(|(r, _)| r.id() == id).map(|(_, n)| n).sum::<usize>();
    assert_eq!((aantal("lid7"), aantal("jeugdstaffel")), (2, 1));
    assert_eq!(t.voorlopig, 2);
}
