//! The explanation reconciles with the card (issue 31): from the law's exact amount to the card's
//! cents, step by step, in the period the card shows, with the rounding of ADR 0021 as the last
//! steps. The case of the issue, written out by hand: 1 December 2026, 19 years, 24 hours,
//! loonwaarde 45%, minimum wage, a new subsidy (cards: subsidy € 685,76, own cost € 618,93).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests may fail loudly

use rekenkern::uitkomst::periode::keten;
use rekenkern::uitkomst::{Periode, Uitkomst};
use rekenkern::uitleg::Spoor;
use rekenkern::{bereken, Datum};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

fn uitkomst() -> Uitkomst {
    let i = rekenkern::scenario::decode("v=1&datum=2026-12-01&leeftijd=19&uren=24&loonwaarde=45").invoer;
    bereken(&i, Datum::vast(2026, 12, 1)).unwrap()
}

/// The chain of a figure as (step id, value).
fn stappen(spoor: &Spoor, figuur: &str) -> Vec<(&'static str, Decimal)> {
    keten(spoor, figuur).iter().map(|s| (s.id, s.waarde)).collect()
}

#[test]
fn de_subsidie_per_maand_van_het_wettelijke_bedrag_tot_de_centen_van_de_kaart() {
    let u = uitkomst();
    let spoor = u.spoor_per(Periode::Maand);
    // Pw art. 2 and 10d lid 4, Wml art. 8 lid 3 (19 years: 60%), by hand:
    //   minimum wage per month 1-7-2026 € 2.337,00 × 60% × (1 + 8%)        = 1.514,376 per month
    //   × 12 months × 24 hours ÷ 36 hours                                 = 12.115,008 per year
    //   100% − 45% = 55% (below the maximum of 70%)
    //   55% × 12.115,008                                                   = 6.663,2544
    //   vergoeding werkgeverslasten 23,5% × 6.663,2544                     = 1.565,864784
    //   6.663,2544 + 1.565,864784                                          = 8.229,119184 per year
    //   ÷ 12 = 685,759932 → the beschikking's cents                        = 685,76 per month
    assert_eq!(
        stappen(&spoor, "lks_meting"),
        vec![
            ("vb_opslag", dec!(1.08)),
            ("lks_basis", dec!(1514.376)),
            ("uren_lks", dec!(24)),
            ("lks_volledig", dec!(12115.008)),
            ("lks_gat", dec!(0.55)),
            ("lks_fractie", dec!(0.55)),
            ("lks_kern", dec!(6663.2544)),
            ("lks_wgl", dec!(1565.864784)),
            ("lks_meting", dec!(8229.119184)),
            ("lks_meting_periode", dec!(685.76)),
        ]
    );
    assert_eq!(u.per(Periode::Maand).lks_meting, dec!(685.76));
}

#[test]
fn wat_u_zelf_betaalt_per_maand_is_de_loonstrook_min_de_subsidie() {
    let u = uitkomst();
    let spoor = u.spoor_per(Periode::Maand);
    // The payslip of December 2026, by hand (youth minimum wage for 19 on 1-7-2026: € 8,99):
    //   brutoloon 8,99 × 24 × 52 ÷ 12 = 934,96; vakantiebijslag 8% × 934,96 = 74,7968 → 74,80;
    //   loon 1.009,76 (below the maximum premium wage 79.409 ÷ 12 = 6.617,41666…);
    //   AWf 7,74% → 78,155424 → 78,16; Ufo 0,68% → 6,866368 → 6,87; Aof 7,63% → 77,044688 → 77,04;
    //   Wko 0,50% → 5,0488 → 5,05; Whk 1,52% → 15,348352 → 15,35; Zvw 6,10% → 61,59536 → 61,60;
    //   premiums 244,07; pension: franchise 13.033 × 24/37 ÷ 12 = 704,486486…, pension wage above it
    //   1.009,76 − 704,486486… = 305,273513…, × 70% × 23,8% = 50,858567… → 50,86;
    //   werkgeverslasten 294,93; loonkosten 934,96 + 74,80 + 294,93 = 1.304,69;
    //   minus the subsidy of the period 685,76 = 618,93, the card.
    let keten = stappen(&spoor, "nettokosten_meting");
    let waarde = |id: &str| keten.iter().find(|(i, _)| *i == id).map(|(_, w)| *w).unwrap();
    assert_eq!(waarde("brutoloon_periode"), dec!(934.96));
    assert_eq!(waarde("vakantiebijslag_periode"), dec!(74.80));
    assert_eq!(waarde("premieloon_periode"), dec!(1009.76));
    let premies: Vec<Decimal> =
        ["awf", "ufo", "aof", "wko", "whk", "zvw"].iter().map(|p| waarde(&format!("{p}_periode"))).collect();
    assert_eq!(premies, [dec!(78.16), dec!(6.87), dec!(77.04), dec!(5.05), dec!(15.35), dec!(61.60)]);
    assert_eq!(waarde("premies_periode"), dec!(244.07));
    assert_eq!(waarde("pensioen_periode"), dec!(50.86));
    assert_eq!(waarde("werkgeverslasten_periode"), dec!(294.93));
    assert_eq!(waarde("loonkosten_periode"), dec!(1304.69));
    assert_eq!(waarde("lks_meting_periode"), dec!(685.76));
    assert_eq!(keten.last(), Some(&("nettokosten_meting_periode", dec!(618.93))));
    // Only the lines of the period: the yearly steps are their operands, one click away.
    assert!(keten.iter().all(|(id, _)| id.ends_with("_periode")), "{keten:?}");
    // Beschut werk has no loonkostenvoordeel: the last step says so instead of subtracting an
    // amount it does not show.
    let laatste = spoor.zoek_stap(&rekenkern::teksten::periode::NETTO_METING_ZONDER_LKV).unwrap();
    assert_eq!(laatste.operanden.len(), 2);
    assert!(laatste.formule.contains("geen loonkostenvoordeel"), "{}", laatste.formule);
}

#[test]
fn per_jaar_en_per_uur_eindigt_de_uitleg_op_de_kaart() {
    let u = uitkomst();
    // Per year: 8.229,119184 rounded once = 8.229,12. Per hour: ÷ (24 × 52 = 1.248 hours) =
    // 6,593845… → 6,59.
    let jaar = u.spoor_per(Periode::Jaar);
    assert_eq!(stappen(&jaar, "lks_meting").last(), Some(&("lks_meting_periode", dec!(8229.12))));
    let uur = u.spoor_per(Periode::Uur);
    assert_eq!(stappen(&uur, "lks_meting").last(), Some(&("lks_meting_periode", dec!(6.59))));
    // Gross wage per hour: 8,99 × 24 × 52 ÷ 1.248 = 8,99.
    assert_eq!(
        stappen(&uur, "brutoloon"),
        vec![("uurloon", dec!(8.99)), ("brutoloon", dec!(11219.52)), ("brutoloon_periode", dec!(8.99))]
    );
    for (p, spoor) in [(Periode::Jaar, &jaar), (Periode::Uur, &uur)] {
        let b = u.per(p);
        for (figuur, getoond) in b.velden() {
            if let Some(laatste) = keten(spoor, figuur).last() {
                assert_eq!(laatste.waarde, getoond, "{p:?} {figuur}");
            }
        }
    }
}
