//! The scenario decoder on arbitrary bytes: never panics, and what it accepts round-trips.
#![no_main]
use libfuzzer_sys::fuzz_target;
use rekenkern::scenario::{decode, encode};

fuzz_target!(|data: &[u8]| {
    let tekst = String::from_utf8_lossy(data);
    let g = decode(&tekst);
    let opnieuw = decode(&encode(&g.invoer));
    assert!(opnieuw.meldingen.is_empty(), "encode gaf iets dat decode niet accepteert: {}", encode(&g.invoer));
    assert_eq!(opnieuw.invoer, g.invoer);
});
