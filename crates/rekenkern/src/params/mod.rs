//! Parameter tables. DATA ONLY: no logic, no arithmetic (but the one lookup by id below). Add one
//! entry per change, in date order, with its source. `tests/parameters.rs` checks order, dates, sources and coverage.

pub mod cao;
pub mod conventie;
pub mod lks;
pub mod pensioen;
pub mod premies;
pub mod wml;

use crate::datum::Datum;
use crate::param::{Param, Tegenspraak};
use rust_decimal::Decimal;

/// Date up to which the amount tables were last checked (2026-11-25: WML, premiums for 2026).
pub const GECONTROLEERD_TOT: Datum = Datum::vast(2026, 12, 31);

/// The first peildatum with a minimum wage in the tables (per hour, Wml since 1-1-2024), on which
/// every wage rests; the app's date picker starts here. Earlier dates are refused with the dates the
/// tables do have. A value whose table starts later (the average Whk premium: 2025) is asked for.
pub fn eerste_peildatum() -> Datum {
    wml::MINIMUMUURLOON.waarden.first().map_or(Datum::vast(crate::datum::EERSTE_JAAR, 1, 1), |w| w.vanaf)
}

/// [`eerste_peildatum`] as a date picker wants it; a test checks they agree.
pub const EERSTE_PEILDATUM: &str = "2024-01-01";

/// Version of the parameter set, shown in the UI, the print and the CLI output.
pub const VERSIE: &str = "2026-11-25";

/// Public sources that give another value than ours, per parameter (shown beside the value).
pub const TEGENSPRAKEN: &[&Tegenspraak] = &[&lks::WERKGEVERSLASTEN_TEGENSPRAAK];

/// The conflicting source known for a parameter, if any.
pub fn tegenspraak(param: &str) -> Option<&'static Tegenspraak> {
    TEGENSPRAKEN.iter().copied().find(|t| t.param == param)
}

/// Every decimal parameter, for docs and invariant tests.
pub const DECIMALEN: &[&Param<Decimal>] = &[
    &wml::REFERENTIEMAANDLOON,
    &wml::VAKANTIEBIJSLAG,
    &lks::MAXIMUM,
    &lks::WERKGEVERSLASTEN,
    &lks::FORFAIT_LID_5,
    &lks::LID5_MAANDEN,
    &lks::UREN_BASIS,
    &lks::LKV_BANENAFSPRAAK_UUR,
    &lks::LKV_BANENAFSPRAAK_MAX,
    &premies::AWF_LAAG,
    &premies::AWF_HOOG,
    &premies::UFO,
    &premies::AOF_LAAG,
    &premies::AOF_HOOG,
    &premies::WKO,
    &premies::WHK,
    &premies::ZVW,
    &premies::MAXIMUM_PREMIELOON,
    &cao::VOLTIJD,
    &cao::EINDEJAARSUITKERING,
    &cao::EENMALIG,
    &cao::LOONBEHOUD_UREN,
    &pensioen::PREMIE,
    &pensioen::FRANCHISE,
    &pensioen::AANDEEL_WERKGEVER,
    &pensioen::VANAF_LEEFTIJD,
];
