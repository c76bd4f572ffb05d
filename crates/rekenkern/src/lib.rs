//! # rekenkern: the rules of the Rekenhulp beschut werk
//!
//! Computes, for one employee and one peildatum, what an employer pays and receives:
//! gross wage and vakantiebijslag (Wet minimumloon), employer premiums and an estimated pension
//! share, cao Aan de Slag payments, the loonkostensubsidie (LKS) after measuring the loonwaarde
//! (Participatiewet art. 10d lid 4, with the 70% cap and the 23.5% werkgeverslasten allowance),
//! the existing 50% forfait for the first six months (lid 5), the planned forfaitaire LKS of 68%
//! for beschut werk (a proposal: three readings, see `docs/adr/0003`), and the break-even
//! loonwaarde between the two.
//!
//! **Not modelled**: begeleiding/jobcoach costs and subsidies, workplace adaptations, sickness and
//! the no-riskpolis (named, not computed), the employee's taxes, municipal policy choices.
//!
//! **Units and rounding**: money is `rust_decimal::Decimal` euro, fractions are 0..=1. Nothing is
//! rounded while computing; [`Uitkomst::per`] rounds each line of a period where its document
//! rounds it (payslip, beschikking), half away from zero to the cent ([`getal::centen`]), and every
//! total is the sum of the rounded lines shown (docs/adr/0021). Months are year ÷ 12 with
//! year = hour × hours per week × 52.
//!
//! **Dates**: every parameter is dated and sourced ([`params`]). Past the tables nothing is
//! extrapolated silently: by default the last known value is used and every figure resting on it
//! is marked provisional ([`Uitkomst::niet_bekend`] lists those values); with `voorlopig=nee` the
//! calculation stops with [`Fout::Ontbreekt`] naming the scenario key that supplies each value.
//! The core never reads the clock: callers pass "today".
//!
//! No web dependencies; no panics on any input (fuzzed and property-tested).
#![warn(missing_docs)]

/// A user-facing text, written once with its Dutch and its English: `tekst!("Bruto uurloon" =>
/// "Gross hourly wage")`. It is the Dutch, a `&'static str`: Dutch is the source and the key, and
/// the only language the wasm carries. The English is collected from the sources into
/// `static/en.tsv` by `tests/engels.rs` (regenerate with `UPDATE_DOCS=1 cargo test -p rekenkern
/// --test engels`); natively that file is compiled in, in the browser it is fetched when someone
/// chooses English ([`engels`]). Only literals, so a text without English does not compile.
#[macro_export]
macro_rules! tekst {
    ($nl:literal => $en:literal) => {
        $nl
    };
}

pub mod aanname;
pub mod batch;
pub mod bedragen;
pub mod bereken;
pub mod bron;
pub mod controle;
pub mod datum;
pub mod engels;
pub mod fout;
mod gegevens;
pub mod gekozen;
pub mod getal;
pub mod invoer;
pub mod invoertabel;
pub mod jaar;
pub mod jaarwissel;
pub mod kaart;
pub mod overzicht;
pub mod param;
pub mod params;
pub mod regels;
pub mod scenario;
pub mod taal;
pub mod teksten;
pub mod uitkomst;
pub mod uitleg;

pub use bereken::bereken;
pub use datum::Datum;
pub use gegevens::{STANDAARD_LEEFTIJD, STANDAARD_LOONWAARDE, STANDAARD_UREN};
pub use gekozen::{STANDAARD_AANGEKONDIGD, STANDAARD_VOORLOPIG};
pub use invoer::Invoer;
pub use invoertabel::Sleutel;
pub use taal::Taal;
pub use uitkomst::{Bedragen, Fout, NietBekend, Omslagpunt, Periode, Uitkomst};
