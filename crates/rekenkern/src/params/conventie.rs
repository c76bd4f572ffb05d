//! Conventions of this calculator, not law: how hours become months and years.

use crate::bron::CONVENTIE;
use crate::param::Conventie;
use crate::uitleg::Eenheid;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

/// Weeks per year.
pub const WEKEN_PER_JAAR: Conventie<Decimal> = Conventie {
    id: "conventie.weken",
    label: tekst!("Weken per jaar" => "Weeks per year"),
    eenheid: Eenheid::Getal,
    waarde: dec!(52),
    bron: &CONVENTIE,
};

/// Months per year.
pub const MAANDEN_PER_JAAR: Conventie<Decimal> = Conventie {
    id: "conventie.maanden",
    label: tekst!("Maanden per jaar" => "Months per year"),
    eenheid: Eenheid::Getal,
    waarde: dec!(12),
    bron: &CONVENTIE,
};
