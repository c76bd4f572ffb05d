//! The spreadsheet reader and the .xlsx writer of the page for many employees, each in its own
//! Web Worker (docs/adr/0023): a hostile file can at worst stop the worker, never the page, and the
//! page stays responsive while a large workbook is read. Both are stateless: bytes in, text out
//! (the reader's [`rekenkern::batch::Werkmap::naar_tekst`]), or a table's text in, bytes out.
//!
//! An `Err` is a Dutch message for the user (JavaScript receives it as a thrown string); anything
//! else the worker's script reports as "could not be read".

use wasm_bindgen::prelude::*;

/// Reads a spreadsheet's bytes; `blad` is the sheet's place from 0, or negative for the first
/// sheet with a header the rekenhulp knows.
#[cfg(feature = "lezen")]
#[wasm_bindgen]
pub fn lees(bytes: &[u8], blad: i32) -> Result<String, String> {
    use rekenkern::batch::werkmap::{lees_werkmap, Bladkeuze};
    let keuze = usize::try_from(blad).map_or(Bladkeuze::Vanzelf, Bladkeuze::Nummer);
    lees_werkmap(bytes, &keuze).map(|m| m.naar_tekst())
}

/// Writes the result table (a workbook's text, as [`rekenkern::batch::Werkmap::naar_tekst`] makes
/// it) as an .xlsx workbook.
#[cfg(feature = "schrijven")]
#[wasm_bindgen]
pub fn schrijf(tabel: &str) -> Result<Vec<u8>, String> {
    let m = rekenkern::batch::Werkmap::uit_tekst(tabel).ok_or("De tabel is niet te lezen.")?;
    rekenkern::batch::xlsx::schrijf(&m.blad)
}
