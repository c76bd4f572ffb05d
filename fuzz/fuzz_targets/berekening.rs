//! The whole calculation on decoded arbitrary input: never panics (no overflow), every period and
//! the chart can be computed, the net cost identity holds, and every shown total is the sum of its
//! shown lines (ADR 0021).
#![no_main]
use libfuzzer_sys::fuzz_target;
use rekenkern::scenario::decode;
use rekenkern::uitkomst::Periode;
use rekenkern::{bereken, Datum};

fuzz_target!(|data: &[u8]| {
    let g = decode(&String::from_utf8_lossy(data));
    for vandaag in [Datum::vast(2026, 11, 25), Datum::vast(2024, 1, 1), Datum::vast(2031, 5, 5)] {
        if let Ok(u) = bereken(&g.invoer, vandaag) {
            for p in [Periode::Uur, Periode::Maand, Periode::Jaar] {
                let b = u.per(p);
                assert_eq!(b.werkgeverslasten, b.premies + b.pensioen);
                assert_eq!(b.loonkosten, b.brutoloon + b.vakantiebijslag + b.cao_extra + b.werkgeverslasten);
                assert_eq!(b.nettokosten_meting, b.loonkosten - b.lks_meting - b.lkv);
                assert_eq!(b.nettokosten_forfait, b.loonkosten - b.lks_forfait - b.lkv);
                let _ = u.curve_per(p);
            }
            let j = &u.per_jaar;
            assert_eq!(j.nettokosten_meting, j.loonkosten - j.lks_meting - j.lkv);
            assert!(j.lks_meting >= rust_decimal::Decimal::ZERO);
        }
    }
});
