//! .xlsx through calamine's streaming cell reader: each cell with its style, so a number shown as
//! a percentage is one (calamine itself already makes date formats dates).

use super::{getal_cel, getal_met_opmaak, iso_datum, kies, opmaak, t, zip_grens, Bladkeuze, Bouwer, Opmaak};
use crate::batch::werkblad::{Cel, Soort, Werkblad, Werkmap};
use calamine::{DataRef, Reader, Xlsx};
use std::io::Cursor;

const SOORT: &str = "Excel-bestand";

pub(super) fn lees(bytes: &[u8], keuze: &Bladkeuze) -> Result<Werkmap, String> {
    // Only the size check: calamine opens the zip itself.
    drop(zip_grens::open(bytes, SOORT)?);
    let mut wb: Xlsx<Cursor<&[u8]>> = Xlsx::new(Cursor::new(bytes)).map_err(fout)?;
    let namen = wb.sheet_names();
    let lijst = namen.clone();
    kies(Soort::Xlsx, namen, keuze, |i| blad(&mut wb, lijst.get(i).map_or("", String::as_str)))
}

fn fout(e: calamine::XlsxError) -> String {
    match e {
        calamine::XlsxError::Password => t::WACHTWOORD.into(),
        e => t::rekenblad_kapot(SOORT, e),
    }
}

fn blad(wb: &mut Xlsx<Cursor<&[u8]>>, naam: &str) -> Result<Werkblad, String> {
    let mut lezer = wb.worksheet_cells_reader(naam).map_err(fout)?;
    let opmaken: Vec<Opmaak> = lezer
        .styles()
        .iter()
        .map(|s| s.number_format.as_ref().map_or(Opmaak::Gewoon, |n| opmaak(&n.format_code)))
        .collect();
    let mut b = Bouwer::nieuw(naam);
    while let Some((cel, stijl)) = lezer.next_cell_with_style_id().map_err(fout)? {
        let (rij, kolom) = cel.get_position();
        let o = opmaken.get(stijl).copied().unwrap_or(Opmaak::Gewoon);
        b.zet(rij, kolom, waarde(cel.get_value(), o))?;
    }
    Ok(b.klaar())
}

fn waarde(w: &DataRef<'_>, o: Opmaak) -> Cel {
    match w {
        DataRef::Empty => Cel::Leeg,
        DataRef::Int(i) => getal_met_opmaak(*i as f64, o),
        DataRef::Float(f) => getal_met_opmaak(*f, o),
        DataRef::String(s) => Cel::Tekst(s.clone()),
        DataRef::SharedString(s) => Cel::Tekst((*s).to_string()),
        DataRef::Bool(b) => Cel::Waarheid(*b),
        DataRef::DateTime(d) if d.is_duration() => getal_cel(d.as_f64() * 24.0, Cel::Uren),
        DataRef::DateTime(d) => {
            let (j, m, dag, ..) = d.to_ymd_hms_milli();
            crate::Datum::new(j, m, dag).map_or_else(|| Cel::Fout("#DATUM!".into()), Cel::Datum)
        }
        DataRef::DateTimeIso(s) => iso_datum(s),
        DataRef::DurationIso(s) => Cel::Tekst(s.clone()),
        DataRef::Error(e) => Cel::Fout(format!("#{e}").replace("##", "#")),
    }
}
