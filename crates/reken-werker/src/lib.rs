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
