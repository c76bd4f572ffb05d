//! The calculating worker of the page for many employees (issue 34, docs/adr/0027): the page reads
//! the file and hands a part of its rows to one of its workers; the worker calculates each row with
//! the core's batch function (the same as `rekenhulp batch`, without building the explanation) and
//! answers with the figures as bytes ([`rekenkern::batch::pakket`]). Stateless: bytes in, bytes out.

use wasm_bindgen::prelude::*;

/// Calculates a part of rows (as `pakket::rijen_naar_bytes` writes it) and returns the figures. An
/// `Err` (thrown in JavaScript) when the bytes are not a part of this build.
#[wasm_bindgen]
pub fn reken(deel: &[u8]) -> Result<Vec<u8>, String> {
    rekenkern::batch::pakket::reken(deel).ok_or_else(|| "Geen deel van deze versie van de rekenhulp.".to_string())
}

/// Calculates `rijen` made-up rows and forgets them: the worker calls it once, right after its wasm
/// loaded, while the user is still choosing a file. The browser compiles a wasm function when it is
/// first called and optimises it only once it has run a while; without this the first parts of a
/// file paid for both (measured: 90-135 ms for the first 250 rows against ~18 ms after,
/// docs/performance.md, issue 34 fourth round). The rows spread age, hours and loonwaarde as real
/// files do; nothing of them is kept or sent.
#[wasm_bindgen]
pub fn opwarmen(rijen: u32) {
    let Some(vandaag) = rekenkern::Datum::new(2026, 7, 1) else { return };
    let scenarios: Vec<String> = (0..rijen)
        .map(|i| {
            format!(
                "v=1&datum=2026-{:02}-01&leeftijd={}&uren={}&loonwaarde={}&voltijd=38",
                1 + i % 12,
                18 + i % 50,
                20 + i % 17,
                i % 101
            )
        })
        .collect();
    let deel: Vec<_> = scenarios.iter().map(|s| (None, s.as_str())).collect();
    let opties = rekenkern::batch::Opties::app(vandaag);
    let _ = rekenkern::batch::pakket::reken(&rekenkern::batch::pakket::rijen_naar_bytes(&opties, &deel));
}
