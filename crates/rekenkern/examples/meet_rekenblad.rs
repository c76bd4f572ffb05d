//! Times reading a spreadsheet natively (docs/performance.md, ADR 0023): the workbook, the worker's
//! text format both ways (what the page does with the worker's answer), and the rows.
//! usage: cargo run --release -p rekenkern --features werkmap --example meet_rekenblad -- BESTAND.xlsx
//! (e2e/maak-xlsx.mjs makes one of 100,000 rows; see docs/performance.md).
use rekenkern::batch::werkmap::{lees_werkmap, Bladkeuze};
use rekenkern::batch::{self, Werkmap};
use std::time::Instant;

fn main() {
    let Some(pad) = std::env::args().nth(1) else {
        eprintln!("gebruik: meet_rekenblad BESTAND");
        return;
    };
    let bytes = std::fs::read(&pad).unwrap_or_default();
    let t = Instant::now();
    let m = match lees_werkmap(&bytes, &Bladkeuze::Vanzelf) {
        Ok(m) => m,
        Err(e) => return eprintln!("{e}"),
    };
    let lezen = t.elapsed();
    let t = Instant::now();
    let tekst = m.naar_tekst();
    let naar = t.elapsed();
    let t = Instant::now();
    let terug = Werkmap::uit_tekst(&tekst);
    let uit = t.elapsed();
    let t = Instant::now();
    let rijen = batch::lees(&m.blad, &[]).map(|b| b.rijen.len()).unwrap_or(0);
    let rijen_ms = t.elapsed();
    let ms = |d: std::time::Duration| d.as_secs_f64() * 1000.0;
    println!(
        "{{\"bytes\": {}, \"werkblad_rijen\": {}, \"lezen_ms\": {:.1}, \"naar_tekst_ms\": {:.1}, \"tekst_bytes\": {}, \"uit_tekst_ms\": {:.1}, \"gelijk\": {}, \"invoerrijen\": {}, \"rijen_ms\": {:.1}}}",
        bytes.len(),
        m.blad.rijen.len(),
        ms(lezen),
        ms(naar),
        tekst.len(),
        ms(uit),
        terug.as_ref() == Some(&m),
        rijen,
        ms(rijen_ms)
    );
}
