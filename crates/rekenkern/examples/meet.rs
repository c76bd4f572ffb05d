//! Timing of the core (a benchmark, not a test): one full calculation, the chart sweep
//! (101 loonwaarden) and a year overview (twelve months), natively. Run: `cargo run --release -p rekenkern --example meet`.

use rekenkern::scenario::decode;
use rekenkern::{bereken, Datum};
use std::hint::black_box;
use std::time::Instant;

fn main() {
    let vandaag = Datum::vast(2026, 11, 25);
    let invoer = decode("v=1&datum=2026-07-01&leeftijd=30&uren=32&loonwaarde=35&loon=cao&schaal=2&uurloon=16").invoer;
    let mut n = 0u32;
    let t = Instant::now();
    while t.elapsed().as_millis() < 1000 {
        black_box(bereken(black_box(&invoer), vandaag).ok());
        n += 1;
    }
    let per_berekening = t.elapsed().as_secs_f64() / f64::from(n);
    let Ok(u) = bereken(&invoer, vandaag) else { return };
    let mut m = 0u32;
    let t = Instant::now();
    while t.elapsed().as_millis() < 1000 {
        black_box(u.curve_per(rekenkern::Periode::Maand));
        m += 1;
    }
    let per_sweep = t.elapsed().as_secs_f64() / f64::from(m);
    let jaar = decode(
        "v=1&jaar=2026&leeftijd=30&uren=32&loonwaarde=35&toekenning=2025-05-01&hermeting=2026-09&loonwaarde2=40",
    )
    .invoer;
    let mut k = 0u32;
    let t = Instant::now();
    while t.elapsed().as_millis() < 1000 {
        black_box(rekenkern::jaar::jaaroverzicht(black_box(&jaar), vandaag).ok());
        k += 1;
    }
    let per_jaar = t.elapsed().as_secs_f64() / f64::from(k);
    println!(
        "{{\"berekening_us\": {:.1}, \"grafiek_sweep_101_punten_us\": {:.1}, \"jaaroverzicht_12_maanden_us\": {:.1}, \"herhalingen\": [{n}, {m}, {k}]}}",
        per_berekening * 1e6,
        per_sweep * 1e6,
        per_jaar * 1e6
    );
}
