//! The result table ([`super::tabel`]) as an .xlsx workbook (feature `xlsx`, its own worker in the
//! browser): numbers as numbers, amounts with a euro format, percentages as percentages, dates as
//! dates, the header bold and frozen, the TOTAAL line bold with `=SUM` formulas. The same columns as the CSV download.

use super::werkblad::{Cel, Werkblad};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use rust_xlsxwriter::utility::cell_range;
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Formula, Workbook, XlsxError};

/// The euro format: Excel shows it with the reader's own separators (`€ 1.234,56` in Dutch).
const EURO: &str = "\"€\" #,##0.00;\"€\" -#,##0.00";

/// The widest a column is fitted, in pixels (~56 characters; the writer's advice is 300).
pub const MAX_KOLOMBREEDTE_PX: u32 = 400;

/// The workbook's bytes. An error (Dutch) only if the writer fails.
pub fn schrijf(blad: &Werkblad) -> Result<Vec<u8>, String> {
    werkmap(blad).map_err(|e| format!("Het Excel-bestand kon niet worden gemaakt ({e})."))
}

fn werkmap(blad: &Werkblad) -> Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    // A fixed creation time: the same table gives the same bytes (and no clock is needed in wasm).
    let vast = ExcelDateTime::from_ymd(2026, 1, 1)?;
    wb.set_properties(&DocProperties::new().set_title("Rekenhulp beschut werk: uitkomst").set_creation_datetime(&vast));
    let ws = wb.add_worksheet();
    ws.set_name(&blad.naam)?;
    let vet = Format::new().set_bold();
    let euro = Format::new().set_num_format(EURO);
    let euro_vet = euro.clone().set_bold();
    let procent = Format::new().set_num_format("0%");
    let procent_1 = Format::new().set_num_format("0.0%");
    let datum = Format::new().set_num_format("dd-mm-yyyy");
    let laatste = blad.rijen.len().saturating_sub(1);
    for (r, rij) in blad.rijen.iter().enumerate() {
        let rn = u32::try_from(r).unwrap_or(u32::MAX);
        let totaal = r == laatste && matches!(rij.cellen.first(), Some(Cel::Tekst(t)) if t == "TOTAAL");
        let kop_of_totaal = r == 0 || totaal;
        for (k, cel) in rij.cellen.iter().enumerate() {
            let kn = u16::try_from(k).unwrap_or(u16::MAX);
            match cel {
                Cel::Leeg => {}
                Cel::Tekst(t) | Cel::Fout(t) if kop_of_totaal => {
                    ws.write_string_with_format(rn, kn, t, &vet)?;
                }
                Cel::Tekst(t) | Cel::Fout(t) => {
                    ws.write_string(rn, kn, t)?;
                }
                Cel::Getal(g) | Cel::Uren(g) => {
                    ws.write_number(rn, kn, f(*g))?;
                }
                // The TOTAAL line adds up the column with a formula (its value stored, so a reader
                // that does not calculate sees it too): the workbook keeps adding up when a
                // controller edits a row. Every amount column's total is the sum of its rows.
                Cel::Bedrag(b) if totaal && r > 1 => {
                    let som = format!("=SUM({})", cell_range(1, kn, rn - 1, kn));
                    ws.write_formula_with_format(rn, kn, Formula::new(som).set_result(b.to_string()), &euro_vet)?;
                }
                Cel::Bedrag(b) => {
                    ws.write_number_with_format(rn, kn, f(*b), if totaal { &euro_vet } else { &euro })?;
                }
                Cel::Procent(p) => {
                    let heel = (p * Decimal::ONE_HUNDRED).fract().is_zero();
                    ws.write_number_with_format(rn, kn, f(*p), if heel { &procent } else { &procent_1 })?;
                }
                Cel::Datum(d) => {
                    let dt = ExcelDateTime::from_ymd(d.jaar(), d.maand(), d.dag())?;
                    ws.write_datetime_with_format(rn, kn, &dt, &datum)?;
                }
                Cel::Waarheid(w) => {
                    ws.write_boolean(rn, kn, *w)?;
                }
            }
        }
    }
    ws.set_freeze_panes(1, 0)?;
    // A column as wide as its longest cell, but never wider than a screen's part: the notes column
    // (assumptions, errors) would otherwise be 255 characters wide and push the amounts out of view.
    ws.set_autofit_max_width(MAX_KOLOMBREEDTE_PX);
    ws.autofit();
    wb.save_to_buffer()
}

/// A cent amount or a percentage as the double a spreadsheet holds.
fn f(d: Decimal) -> f64 {
    d.to_f64().unwrap_or_default()
}
