//! A chosen file as bytes, as the page and `rekenhulp batch` get it: recognised by content, read as
//! a spreadsheet (.xlsx, .ods) or as CSV text, its rows read and calculated. Never a panic; a read
//! workbook survives the worker's text format unchanged (docs/adr/0023). Seeds: the fixtures of
//! crates/rekenkern/tests/bestanden (scripts/fuzz.sh copies them to fuzz/zaad-bestanden).
#![no_main]
use libfuzzer_sys::fuzz_target;
use rekenkern::batch::werkmap::{lees_werkmap, Bladkeuze};
use rekenkern::batch::{self, Inhoud, Opties, Werkmap};
use rekenkern::Datum;

fuzz_target!(|data: &[u8]| {
    let opties = Opties::app(Datum::vast(2026, 11, 25));
    match batch::herken(data) {
        Inhoud::Tekst => {
            let (tekst, _) = batch::decodeer(data);
            let _ = batch::verwerk(&tekst, &[], &opties);
        }
        _ => {
            if let Ok(m) = lees_werkmap(data, &Bladkeuze::Vanzelf) {
                assert_eq!(Werkmap::uit_tekst(&m.naar_tekst()).as_ref(), Some(&m));
                let _ = batch::voorbeeld(&m.blad, &[], 5);
                let _ = batch::verwerk(&m.blad, &[], &opties);
            }
        }
    }
});
