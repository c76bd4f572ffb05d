//! Benchmark, not a test (run by scripts/bench.sh in release mode): how long the core takes for a
//! year overview (twelve months) inside Chromium's wasm engine. Prints the figure; asserts nothing.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn jaaroverzicht_tijd_in_chromium() {
    let invoer = rekenkern::scenario::decode(
        "v=1&jaar=2026&leeftijd=30&uren=32&loonwaarde=35&toekenning=2025-05-01&hermeting=2026-09&loonwaarde2=40",
    )
    .invoer;
    let vandaag = rekenkern::Datum::vast(2026, 11, 25);
    let n = 200u32;
    let begin = js_sys::Date::now();
    for _ in 0..n {
        std::hint::black_box(rekenkern::jaar::jaaroverzicht(std::hint::black_box(&invoer), vandaag).ok());
    }
    let per_jaar_ms = (js_sys::Date::now() - begin) / f64::from(n);
    console_log!("{{\"jaaroverzicht_12_maanden_in_chromium_ms\": {per_jaar_ms:.3}, \"herhalingen\": {n}}}");
}
