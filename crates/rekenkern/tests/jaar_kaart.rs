//! The year overview's month of the peildatum against the cards (issue 31, docs/adr/0025). The case
//! of the issue, by hand: 1 December 2026, 19 years (60% of the minimum wage), 24 hours, loonwaarde
//! 45%, a new subsidy.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests may fail loudly

use rekenkern::jaar::jaaroverzicht;
use rekenkern::kaart::{kaartverschil, Reden};
use rekenkern::uitkomst::Periode;
use rekenkern::{bereken, Datum};
use rust_decimal_macros::dec;

const VANDAAG: Datum = Datum::vast(2026, 12, 1);

#[test]
fn december_zegt_waarom_het_anders_is_dan_de_kaart() {
    let i = rekenkern::scenario::decode("v=1&datum=2026-12-01&leeftijd=19&uren=24&loonwaarde=45").invoer;
    let kaart = bereken(&i, VANDAAG).unwrap();
    let j = jaaroverzicht(&i, VANDAAG).unwrap();
    // The card: a subsidy new on 1-12-2026 rests on the minimum wage of 1-7-2026:
    //   0,6 × 2.337,00 × 1,08 × 8 (12 × 24/36) × 55% × 1,235 ÷ 12 = 685,7599… → 685,76.
    // The overview: new on 1-1-2026 and running since then (ADR 0015, 0025), so in December it
    // still rests on the minimum wage of 1-1-2026 (lid 7):
    //   0,6 × 2.294,40 × 1,08 × 8 × 55% × 1,235 ÷ 12 = 673,2595… → 673,26.
    assert_eq!(kaart.per(Periode::Maand).lks_meting, dec!(685.76));
    let december = &j.maanden[11];
    assert_eq!(december.bedragen.lks_meting, dec!(673.26));
    // The own cost differs by the same 12,50: the wage cost is the same.
    assert_eq!(kaart.per(Periode::Maand).nettokosten_meting, dec!(618.93));
    assert_eq!(december.bedragen.nettokosten_meting, dec!(631.43));
    let v = kaartverschil(&j, &kaart).expect("December differs from the card");
    assert_eq!(v.maand, 11);
    assert_eq!(v.kaart.lks_meting, dec!(685.76));
    assert_eq!(v.redenen, vec![Reden::LooptSinds(Datum::vast(2026, 1, 1))]);
    // The overview does not call a subsidy it takes as new "already running" (the form says "new");
    // its assumption says from when it runs.
    assert!(j.nieuw && j.toekenning == Datum::vast(2026, 1, 1));
    assert!(!j.waarschuwingen.iter().any(|w| w.id == "lid7"), "{:?}", j.waarschuwingen);
    // The months before July rest on the same minimum wage as the card's base then: no difference in
    // a month the card would give the same (June on its own peildatum).
    let juni = rekenkern::scenario::decode("v=1&datum=2026-06-01&leeftijd=19&uren=24&loonwaarde=45&jaar=2026").invoer;
    let kaart_juni = bereken(&juni, VANDAAG).unwrap();
    assert_eq!(kaartverschil(&jaaroverzicht(&juni, VANDAAG).unwrap(), &kaart_juni), None);
}

#[test]
fn wie_de_datum_van_toekenning_zegt_krijgt_de_kaart_in_het_overzicht() {
    // The assumption the user can change: granted on 1-12-2026 (running from then), the overview's
    // December is the card to the cent.
    let i = rekenkern::scenario::decode(
        "v=1&datum=2026-12-01&leeftijd=19&uren=24&loonwaarde=45&subsidie=lopend&toekenning=2026-12-01",
    )
    .invoer;
    let kaart = bereken(&i, VANDAAG).unwrap();
    let j = jaaroverzicht(&i, VANDAAG).unwrap();
    assert_eq!(j.maanden[11].bedragen, kaart.per(Periode::Maand));
    assert_eq!(j.maanden[11].bedragen.lks_meting, dec!(685.76));
    assert_eq!(kaartverschil(&j, &kaart), None);
}

#[test]
fn andere_redenen_staan_er_ook() {
    // Lid 5 in the first six months, the vakantiebijslag paid in May, a birthday in March.
    let i = rekenkern::scenario::decode(
        "v=1&datum=2026-05-01&leeftijd=20&verjaardag=3&uren=36&voltijd=37&loonwaarde=50&jaar=2026&lid5=ja&vb_maand=5",
    )
    .invoer;
    let kaart = bereken(&i, VANDAAG).unwrap();
    let j = jaaroverzicht(&i, VANDAAG).unwrap();
    let v = kaartverschil(&j, &kaart).unwrap();
    for r in [Reden::Lid5, Reden::Leeftijd, Reden::Vakantiebijslag] {
        assert!(v.redenen.contains(&r), "{r:?} in {:?}", v.redenen);
    }
    assert!(!v.redenen.contains(&Reden::Anders));
}
