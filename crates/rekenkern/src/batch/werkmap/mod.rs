//! Reading a spreadsheet file (.xlsx, .ods, .xls) into a [`Werkmap`]: cells as the spreadsheet
//! holds them (docs/adr/0023). Hostile files are expected: every size is bounded before memory is
//! spent on it (the unpacked size of the zip, the rows, the columns, the filled cells), and
//! nothing here panics on any bytes.
//!
//! .xlsx through calamine's streaming cell reader (its dense `worksheet_range` would allocate every
//! cell between A1 and the farthest one); .ods with an own streaming reader of `content.xml` (the
//! percentage type survives, repeated rows and columns stay bounded). Not .xls: calamine 0.38's
//! reader panics on a file cut short (found by the property test in tests/rekenbladen.rs, an
//! assertion in its Compound File reader), so an .xls gets a message to save it as .xlsx
//! (docs/adr/0023).

mod ods;
mod xlsx;
mod zip_grens;

use super::inhoud::{herken, Inhoud};
use super::teksten as t;
use super::werkblad::{BladRij, Cel, Soort, Werkblad, Werkmap};
use rust_decimal::Decimal;

/// Cells right of this column are not read (column IV; a list of employees is far narrower).
pub const MAX_KOLOMMEN: u32 = 256;
/// The most filled cells of one sheet (100,000 employees with 50 columns).
pub const MAX_CELLEN: usize = 5_000_000;
/// The most non-empty rows of one sheet: the row limit of a file plus room for a title and notes.
pub const MAX_BLAD_RIJEN: usize = super::MAX_RIJEN + 1_000;

/// Which sheet to read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Bladkeuze {
    /// The first sheet with a header the rekenhulp knows (else the first with cells).
    #[default]
    Vanzelf,
    /// The sheet at this place (0 is the first).
    Nummer(usize),
    /// The sheet with this name.
    Naam(String),
}

/// Reads a spreadsheet file. An error (in Dutch) for anything that is not one the rekenhulp reads.
pub fn lees_werkmap(bytes: &[u8], keuze: &Bladkeuze) -> Result<Werkmap, String> {
    match herken(bytes) {
        Inhoud::Werkmap(Soort::Xlsx) => xlsx::lees(bytes, keuze),
        Inhoud::Werkmap(Soort::Ods) => ods::lees(bytes, keuze),
        Inhoud::Versleuteld => Err(t::WACHTWOORD.into()),
        Inhoud::Xlsb => Err(t::XLSB.into()),
        Inhoud::Xls => Err(t::XLS.into()),
        Inhoud::Tekst | Inhoud::Anders => Err(t::GEEN_REKENBLAD.into()),
    }
}

/// Picks and reads the sheet: `lees_blad(i)` reads sheet `i` of `namen`.
fn kies(
    soort: Soort,
    namen: Vec<String>,
    keuze: &Bladkeuze,
    mut lees_blad: impl FnMut(usize) -> Result<Werkblad, String>,
) -> Result<Werkmap, String> {
    let maak = |namen: Vec<String>, gekozen: usize, blad: Werkblad| Werkmap { soort, bladen: namen, gekozen, blad };
    match keuze {
        Bladkeuze::Nummer(i) if *i < namen.len() => {
            let blad = lees_blad(*i)?;
            Ok(maak(namen, *i, blad))
        }
        Bladkeuze::Nummer(i) => Err(t::geen_blad(&(i + 1).to_string(), &namen)),
        Bladkeuze::Naam(n) => match namen.iter().position(|b| b == n) {
            Some(i) => {
                let blad = lees_blad(i)?;
                Ok(maak(namen, i, blad))
            }
            None => Err(t::geen_blad(n, &namen)),
        },
        Bladkeuze::Vanzelf => {
            // The first sheet with a known header; else the first with cells (its column step).
            let mut eerste_gevuld: Option<(usize, Werkblad)> = None;
            for i in 0..namen.len() {
                let blad = lees_blad(i)?;
                if super::blad::kopregel(&blad).is_some() {
                    return Ok(maak(namen, i, blad));
                }
                if eerste_gevuld.is_none() && !blad.rijen.is_empty() {
                    eerste_gevuld = Some((i, blad));
                }
            }
            match eerste_gevuld {
                Some((i, blad)) => Ok(maak(namen, i, blad)),
                None => Err(t::LEEG_REKENBLAD.into()),
            }
        }
    }
}

/// Builds a sheet from cells arriving row by row, within the limits.
struct Bouwer {
    blad: Werkblad,
    cellen: usize,
}

impl Bouwer {
    fn nieuw(naam: &str) -> Bouwer {
        Bouwer { blad: Werkblad { naam: naam.to_string(), rijen: Vec::new() }, cellen: 0 }
    }

    /// Puts a cell (row and column from 0). Empty cells and cells right of [`MAX_KOLOMMEN`] are left out.
    fn zet(&mut self, rij: u32, kolom: u32, cel: Cel) -> Result<(), String> {
        if cel.is_leeg() || kolom >= MAX_KOLOMMEN {
            return Ok(());
        }
        self.cellen += 1;
        if self.cellen > MAX_CELLEN {
            return Err(t::te_veel_cellen(MAX_CELLEN));
        }
        let nummer = rij.saturating_add(1);
        if self.blad.rijen.last().is_none_or(|r| r.nummer != nummer) {
            if self.blad.rijen.len() >= MAX_BLAD_RIJEN {
                return Err(t::te_veel_rijen(super::MAX_RIJEN));
            }
            self.blad.rijen.push(BladRij { nummer, cellen: Vec::new() });
        }
        if let Some(r) = self.blad.rijen.last_mut() {
            let k = kolom as usize;
            if r.cellen.len() <= k {
                r.cellen.resize(k + 1, Cel::Leeg);
            }
            r.cellen[k] = cel;
        }
        Ok(())
    }

    fn klaar(mut self) -> Werkblad {
        // Rows out of order (allowed in a file, never written so by a spreadsheet program).
        if !self.blad.rijen.is_sorted_by_key(|r| r.nummer) {
            self.blad.rijen.sort_by_key(|r| r.nummer);
        }
        self.blad
    }
}

/// A spreadsheet number (a binary double) as the spreadsheet shows it: 15 significant digits,
/// so 0.1 + 0.2 stored as 0.30000000000000004 is 0.3. Not finite or beyond 10^15: an error value.
fn getal(f: f64) -> Option<Decimal> {
    if !f.is_finite() || f.abs() >= 1e15 {
        return None;
    }
    Decimal::from_scientific(&format!("{f:.14e}")).ok().map(|d| d.normalize())
}

/// A number cell, or an error cell when it is no usable number.
fn getal_cel(f: f64, maak: fn(Decimal) -> Cel) -> Cel {
    getal(f).map_or_else(|| Cel::Fout("#GETAL!".into()), maak)
}

/// How a number format shows a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Opmaak {
    Gewoon,
    Procent,
    Euro,
}

/// From a format code such as `0%`, `0.0%`, `"€" #,##0.00`, `[$€-413] #.##0,00`.
fn opmaak(code: &str) -> Opmaak {
    // Text in quotes is shown as is; a `%` outside quotes multiplies by 100.
    let mut buiten = String::new();
    let mut in_aanhaling = false;
    for c in code.chars() {
        if c == '"' {
            in_aanhaling = !in_aanhaling;
        } else if !in_aanhaling {
            buiten.push(c);
        }
    }
    if buiten.contains('%') {
        Opmaak::Procent
    } else if code.contains('€') || code.to_ascii_uppercase().contains("EUR") {
        Opmaak::Euro
    } else {
        Opmaak::Gewoon
    }
}

fn getal_met_opmaak(f: f64, o: Opmaak) -> Cel {
    match o {
        Opmaak::Procent => getal_cel(f, Cel::Procent),
        Opmaak::Euro => getal_cel(f, Cel::Bedrag),
        Opmaak::Gewoon => getal_cel(f, Cel::Getal),
    }
}

/// A date (and time) as ISO text (`2026-01-01T00:00:00`): the date.
fn iso_datum(t: &str) -> Cel {
    t.get(..10).and_then(crate::Datum::parse).map_or_else(|| Cel::Tekst(t.to_string()), Cel::Datum)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn getallen_zoals_het_rekenblad_ze_toont() {
        assert_eq!(getal(0.1 + 0.2).unwrap().to_string(), "0.3");
        assert_eq!(getal(37.5).unwrap().to_string(), "37.5");
        assert_eq!(getal(0.5).unwrap().to_string(), "0.5");
        assert_eq!(getal(2294.76).unwrap().to_string(), "2294.76");
        assert_eq!(getal(-1e-7).unwrap().to_string(), "-0.0000001");
        assert_eq!(getal(15.5).unwrap().to_string(), "15.5");
        assert_eq!(getal(f64::NAN), None);
        assert_eq!(getal(1e300), None);
        assert_eq!(opmaak("0%"), Opmaak::Procent);
        assert_eq!(opmaak("0.0%"), Opmaak::Procent);
        assert_eq!(opmaak("\"%\" 0"), Opmaak::Gewoon, "a quoted percent sign is text");
        assert_eq!(opmaak("[$€-413] #,##0.00"), Opmaak::Euro);
        assert_eq!(opmaak("General"), Opmaak::Gewoon);
    }
}
