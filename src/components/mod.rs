//! Components, one per file, mirroring the screen: input form, result, comparison, chart,
//! explanation, print and share.

pub mod afdruk;
pub mod grafiek;
pub mod invoer;
pub mod uitkomst;
pub mod uitleg;
pub mod velden;
pub mod vergelijking;

use rekenkern::getal::{euro, nl, procent};
use rekenkern::uitleg::Eenheid;
use rust_decimal::Decimal;

/// A value from the trail for display.
pub fn toon_waarde(w: Decimal, e: Eenheid) -> String {
    match e {
        Eenheid::EuroPerJaar => format!("{} per jaar", euro(w)),
        Eenheid::EuroPerUur => format!("{} per uur", euro(w)),
        Eenheid::Fractie => procent(w, 3),
        Eenheid::UrenPerWeek => format!("{} uur per week", nl(w.normalize(), w.normalize().scale().min(2))),
        Eenheid::Getal => nl(w.normalize(), w.normalize().scale().min(2)),
    }
}
