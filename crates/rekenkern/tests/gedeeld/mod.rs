//! What the tests of files share: the fixed "today", a fixture's bytes, an exact decimal.
#![allow(dead_code, clippy::unwrap_used)] // each test crate uses a part; tests may fail loudly

use rekenkern::Datum;
use rust_decimal::Decimal;

/// The "today" of rows without a date.
pub const VANDAAG: Datum = Datum::vast(2026, 11, 25);

/// A file of tests/bestanden (made by hand, or by scripts/maak-rekenbladen.py).
pub fn bestand(naam: &str) -> Vec<u8> {
    std::fs::read(format!("{}/tests/bestanden/{naam}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

/// An exact decimal.
pub fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}
