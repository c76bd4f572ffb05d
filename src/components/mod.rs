//! Components, one per file, mirroring the screen: input form, result, comparison, chart,
//! explanation, print and share.

pub mod afdruk;
pub mod grafiek;
pub mod invoer;
pub mod jaar;
pub mod jaarwissel;
pub mod later;
pub mod svg;
pub mod uitkomst;
pub mod uitleg;
pub mod vastgezet;
pub mod velden;
pub mod vergelijking;
pub mod voorlopig;

use crate::teksten::{eenheid, vertaal};
use rekenkern::getal::{euro, getal_exact, procent};
use rekenkern::uitleg::Eenheid;
use rekenkern::Taal;
use rust_decimal::Decimal;

/// The result the result area shows, shared by its parts. The area is built once; each part reads
/// this memo, so typing updates only what changed (issue 9). `None` before the first good result.
pub type Getoond = leptos::prelude::Memo<Option<std::sync::Arc<rekenkern::Uitkomst>>>;

/// The `open` state of the `<details>` a `toggle` event came from.
pub fn details_open(ev: &leptos::ev::Event) -> Option<bool> {
    ev.target().and_then(|d| js_sys::Reflect::get(&d, &"open".into()).ok()).and_then(|v| v.as_bool())
}

/// A value from the trail for display.
pub fn toon_waarde(w: Decimal, e: Eenheid, taal: Taal) -> String {
    match e {
        Eenheid::EuroPerJaar => format!("{} {}", euro(w), vertaal(eenheid::PER_JAAR, taal)),
        Eenheid::EuroPerUur => format!("{} {}", euro(w), vertaal(eenheid::PER_UUR, taal)),
        Eenheid::EuroPerMaand => format!("{} {}", euro(w), vertaal(eenheid::PER_MAAND, taal)),
        Eenheid::Fractie => procent(w, 3),
        Eenheid::UrenPerWeek => format!("{} {}", getal_exact(w), vertaal(eenheid::UUR_PER_WEEK, taal)),
        Eenheid::Getal => getal_exact(w),
    }
}
