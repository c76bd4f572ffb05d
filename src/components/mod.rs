//! Components, one per file, mirroring the screen: input form, result, comparison, chart,
//! explanation, print and share.

pub mod afdruk;
pub mod grafiek;
pub mod invoer;
pub mod jaar;
pub mod uitkomst;
pub mod uitleg;
pub mod velden;
pub mod vergelijking;

use crate::teksten::{eenheid, vertaal};
use rekenkern::getal::{euro, nl, procent};
use rekenkern::uitleg::Eenheid;
use rekenkern::Taal;
use rust_decimal::Decimal;

/// A value from the trail for display.
pub fn toon_waarde(w: Decimal, e: Eenheid, taal: Taal) -> String {
    match e {
        Eenheid::EuroPerJaar => format!("{} {}", euro(w), vertaal(eenheid::PER_JAAR, taal)),
        Eenheid::EuroPerUur => format!("{} {}", euro(w), vertaal(eenheid::PER_UUR, taal)),
        Eenheid::EuroPerMaand => format!("{} {}", euro(w), vertaal(eenheid::PER_MAAND, taal)),
        Eenheid::Fractie => procent(w, 3),
        Eenheid::UrenPerWeek => {
            format!("{} {}", nl(w.normalize(), w.normalize().scale().min(2)), vertaal(eenheid::UUR_PER_WEEK, taal))
        }
        Eenheid::Getal => nl(w.normalize(), w.normalize().scale().min(2)),
    }
}
