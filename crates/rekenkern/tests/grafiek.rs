//! The chart's point at the person's own loonwaarde is the card's net cost, for every period: the
//! chart shares the subsidy out with the same function as the card (`regels::loonstrook::deel`)
//! and sums the same lines, so they agree by construction. Hand-picked scenarios (youth, part
//! time, the cao, an own wage above the premium maximum, a lowered maximum, a running subsidy)
//! plus a loop over ages, hours and loonwaarden.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests may fail loudly

use rekenkern::datum::Datum;
use rekenkern::{bereken, Periode};
use rust_decimal::Decimal;

const VANDAAG: Datum = Datum::vast(2026, 7, 1);
const PERIODES: [Periode; 3] = [Periode::Uur, Periode::Maand, Periode::Jaar];

/// Checks the equality for one scenario and returns how many points it compared.
fn grafiek_is_de_kaart(scenario: &str) -> usize {
    let i = rekenkern::scenario::decode(scenario).invoer;
    let u = bereken(&i, VANDAAG).unwrap_or_else(|f| panic!("{scenario}: {f:?}"));
    let eigen = u.loonwaarde * Decimal::ONE_HUNDRED;
    let mut vergeleken = 0;
    for p in PERIODES {
        let kaart = u.per(p);
        let curve = u.curve_per(p);
        assert_eq!(curve.len(), 101, "{scenario} {p:?}");
        let punt = curve
            .iter()
            .find(|c| Decimal::from(c.loonwaarde) == eigen)
            .unwrap_or_else(|| panic!("{scenario} {p:?}: no point at {eigen}"));
        assert_eq!(punt.netto_meting, kaart.nettokosten_meting, "{scenario} {p:?}: meting");
        assert_eq!(punt.netto_forfait, kaart.nettokosten_forfait, "{scenario} {p:?}: forfait");
        vergeleken += 1;
    }
    vergeleken
}

#[test]
fn grafiek_bij_de_eigen_loonwaarde_is_de_kaart() {
    let gevallen = [
        "v=1&datum=2026-12-01&leeftijd=19&uren=24&loonwaarde=45",
        "v=1&datum=2026-12-01&leeftijd=30&uren=36&loonwaarde=50&loon=cao&schaal=1",
        "v=1&datum=2026-12-01&leeftijd=30&uren=36&loonwaarde=0",
        "v=1&datum=2026-12-01&leeftijd=30&uren=36&loonwaarde=100",
        "v=1&datum=2026-12-01&leeftijd=30&uren=40&loonwaarde=70&loon=eigen&uurloon=45",
        "v=1&datum=2026-12-01&leeftijd=30&uren=36&loonwaarde=30&max_premieloon=20000",
        "v=1&datum=2026-12-01&leeftijd=30&uren=36&loonwaarde=50&subsidie=lopend&toekenning=2026-03-01",
        "v=1&datum=2027-03-01&leeftijd=30&uren=36&loonwaarde=50",
        "v=1&datum=2026-05-01&leeftijd=20&uren=13&voltijd=37&loonwaarde=33",
    ];
    let n: usize = gevallen.iter().map(|s| grafiek_is_de_kaart(s)).sum();
    assert_eq!(n, gevallen.len() * PERIODES.len());
}

#[test]
fn grafiek_is_de_kaart_over_een_spreiding() {
    let mut n = 0;
    for leeftijd in [18, 21, 40] {
        for uren in ["8", "19,5", "32", "38"] {
            for loonwaarde in (0..=100).step_by(7) {
                for loon in ["wml", "cao&schaal=1", "eigen&uurloon=31,5"] {
                    n += grafiek_is_de_kaart(&format!(
                        "v=1&datum=2026-12-01&leeftijd={leeftijd}&uren={uren}&loonwaarde={loonwaarde}&loon={loon}"
                    ));
                }
            }
        }
    }
    assert_eq!(n, 3 * 4 * 15 * 3 * PERIODES.len());
}
