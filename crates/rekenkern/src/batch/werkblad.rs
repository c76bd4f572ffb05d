//! A sheet as a spreadsheet holds it: rows of typed cells (a date is a date, 0,25 shown as 25% is a
//! percentage, a number is a number). The spreadsheet reader (`batch::werkmap`) makes one from an
//! .xlsx or .ods file; the reader of rows (`batch::lezer`) reads it as it reads a CSV text;
//! the result table (`batch::tabel`) is one too, written as CSV or .xlsx.
//!
//! In the browser the file is read in a worker (its own wasm, loaded only for a spreadsheet,
//! docs/adr/0023): the sheet comes back as text in the small format of [`Werkmap::naar_tekst`],
//! which [`Werkmap::uit_tekst`] reads without panicking on anything.

use crate::datum::Datum;
use crate::getal::nl;
use rust_decimal::Decimal;

/// One cell.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cel {
    /// Nothing in it.
    Leeg,
    /// Text as typed (every cell of a CSV file is text).
    Tekst(String),
    /// A number, as the spreadsheet shows it at 15 significant digits.
    Getal(Decimal),
    /// A number shown as a percentage: 0.25 is 25%.
    Procent(Decimal),
    /// An amount in euro (the result table; a spreadsheet's currency cell is a [`Cel::Getal`]).
    Bedrag(Decimal),
    /// A date (a time of day is dropped).
    Datum(Datum),
    /// A duration in hours (a cell shown as `[u]:mm`, 36:00).
    Uren(Decimal),
    /// TRUE or FALSE.
    Waarheid(bool),
    /// An error value of a formula (`#DEEL/0!`).
    Fout(String),
}

impl Cel {
    /// Empty, or text of only spaces.
    pub fn is_leeg(&self) -> bool {
        match self {
            Cel::Leeg => true,
            Cel::Tekst(t) => t.trim().is_empty(),
            _ => false,
        }
    }

    /// The cell as a Dutch spreadsheet shows it: `1-1-2026`, `50%`, `37,5`, `€ 15,50`.
    pub fn toon(&self) -> String {
        match self {
            Cel::Leeg => String::new(),
            Cel::Tekst(t) | Cel::Fout(t) => t.clone(),
            Cel::Getal(g) => nl(*g, g.normalize().scale()),
            Cel::Procent(p) => {
                let p = (p * Decimal::ONE_HUNDRED).normalize();
                format!("{}%", nl(p, p.scale()))
            }
            Cel::Bedrag(b) => crate::getal::euro(*b),
            Cel::Datum(d) => format!("{}-{}-{}", d.dag(), d.maand(), d.jaar()),
            Cel::Uren(u) => {
                // A time of day as a spreadsheet shows it (hours:minutes), not a rule's value.
                const MINUTEN_PER_UUR: u8 = 60;
                let per_uur = Decimal::from(MINUTEN_PER_UUR);
                let minuten = crate::getal::afronden(u * per_uur, 0);
                let uren = (minuten / per_uur).trunc();
                format!("{}:{:02}", uren, minuten - uren * per_uur)
            }
            Cel::Waarheid(w) => if *w { "WAAR" } else { "ONWAAR" }.into(),
        }
    }
}

/// One row of a sheet: its number as the spreadsheet shows it (1 is the top row; for a CSV file
/// the line number) and its cells from column A.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BladRij {
    /// Row number.
    pub nummer: u32,
    /// Cells from the first column; trailing empty cells may be left off.
    pub cellen: Vec<Cel>,
}

/// A sheet: its name and its non-empty rows in order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Werkblad {
    /// The sheet's name.
    pub naam: String,
    /// The rows with at least one cell, in order.
    pub rijen: Vec<BladRij>,
}

/// What kind of spreadsheet a file is (recognised by its content, not its name).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Soort {
    /// Office Open XML (Excel 2007 and later, LibreOffice's "Excel 2007-365").
    Xlsx,
    /// OpenDocument (LibreOffice Calc).
    Ods,
}

impl Soort {
    /// The name shown to the user.
    pub fn naam(self) -> &'static str {
        match self {
            Soort::Xlsx => "Excel-werkmap (.xlsx)",
            Soort::Ods => "OpenDocument-werkblad (.ods)",
        }
    }

    fn woord(self) -> &'static str {
        match self {
            Soort::Xlsx => "xlsx",
            Soort::Ods => "ods",
        }
    }
}

/// A read workbook: its kind, the names of all sheets, and the one sheet read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Werkmap {
    /// What kind of file it was.
    pub soort: Soort,
    /// Every sheet's name, in the workbook's order.
    pub bladen: Vec<String>,
    /// The index in `bladen` of the sheet read.
    pub gekozen: usize,
    /// The sheet read: the one asked for, or else the first with a header the rekenhulp knows.
    pub blad: Werkblad,
}

/// First line of the text format (a version, so an old worker's answer is never misread).
const KOP: &str = "rekenhulp-werkmap 1";

impl Werkmap {
    /// The workbook as text: a line per sheet name and per row, cells separated by tabs, each with
    /// a letter for its kind (`t` text, `g` number, `p` percentage, `b` amount, `d` date, `u`
    /// hours, `w` true/false, `f` error; nothing: empty). Tabs, line ends and backslashes in text
    /// are escaped.
    pub fn naar_tekst(&self) -> String {
        let mut uit = format!("{KOP}\nsoort\t{}\ngekozen\t{}\n", self.soort.woord(), self.gekozen);
        for b in &self.bladen {
            uit.push_str("blad\t");
            ontsnap(&mut uit, b);
            uit.push('\n');
        }
        uit.push_str("naam\t");
        ontsnap(&mut uit, &self.blad.naam);
        uit.push('\n');
        for r in &self.blad.rijen {
            uit.push_str(&format!("rij\t{}", r.nummer));
            for c in &r.cellen {
                uit.push('\t');
                match c {
                    Cel::Leeg => {}
                    Cel::Tekst(t) => {
                        uit.push('t');
                        ontsnap(&mut uit, t);
                    }
                    Cel::Fout(t) => {
                        uit.push('f');
                        ontsnap(&mut uit, t);
                    }
                    Cel::Getal(g) => uit.push_str(&format!("g{g}")),
                    Cel::Procent(p) => uit.push_str(&format!("p{p}")),
                    Cel::Bedrag(b) => uit.push_str(&format!("b{b}")),
                    Cel::Uren(u) => uit.push_str(&format!("u{u}")),
                    Cel::Datum(d) => uit.push_str(&format!("d{d}")),
                    Cel::Waarheid(w) => uit.push_str(if *w { "w1" } else { "w0" }),
                }
            }
            uit.push('\n');
        }
        uit
    }

    /// Reads [`Werkmap::naar_tekst`]. `None` for anything that is not exactly that format.
    pub fn uit_tekst(tekst: &str) -> Option<Werkmap> {
        let mut regels = tekst.split('\n');
        if regels.next()? != KOP {
            return None;
        }
        let soort = match regels.next()?.strip_prefix("soort\t")? {
            "xlsx" => Soort::Xlsx,
            "ods" => Soort::Ods,
            _ => return None,
        };
        let gekozen = regels.next()?.strip_prefix("gekozen\t")?.parse().ok()?;
        let mut m = Werkmap { soort, bladen: Vec::new(), gekozen, blad: Werkblad::default() };
        for regel in regels {
            if let Some(b) = regel.strip_prefix("blad\t") {
                m.bladen.push(terug(b)?);
            } else if let Some(n) = regel.strip_prefix("naam\t") {
                m.blad.naam = terug(n)?;
            } else if let Some(r) = regel.strip_prefix("rij\t") {
                let mut delen = r.split('\t');
                let nummer = delen.next()?.parse().ok()?;
                let cellen = delen.map(cel_uit_tekst).collect::<Option<Vec<Cel>>>()?;
                m.blad.rijen.push(BladRij { nummer, cellen });
            } else if !regel.is_empty() {
                return None;
            }
        }
        (m.gekozen < m.bladen.len()).then_some(m)
    }
}

fn cel_uit_tekst(t: &str) -> Option<Cel> {
    let mut tekens = t.chars();
    let Some(soort) = tekens.next() else { return Some(Cel::Leeg) };
    let rest = tekens.as_str();
    let getal = || Decimal::from_str_exact(rest).ok();
    Some(match soort {
        't' => Cel::Tekst(terug(rest)?),
        'f' => Cel::Fout(terug(rest)?),
        'g' => Cel::Getal(getal()?),
        'p' => Cel::Procent(getal()?),
        'b' => Cel::Bedrag(getal()?),
        'u' => Cel::Uren(getal()?),
        'd' => Cel::Datum(Datum::parse(rest)?),
        'w' => Cel::Waarheid(rest == "1"),
        _ => return None,
    })
}

fn ontsnap(uit: &mut String, t: &str) {
    for c in t.chars() {
        match c {
            '\\' => uit.push_str("\\\\"),
            '\t' => uit.push_str("\\t"),
            '\n' => uit.push_str("\\n"),
            '\r' => uit.push_str("\\r"),
            c => uit.push(c),
        }
    }
}

fn terug(t: &str) -> Option<String> {
    let mut uit = String::with_capacity(t.len());
    let mut tekens = t.chars();
    while let Some(c) = tekens.next() {
        if c != '\\' {
            uit.push(c);
            continue;
        }
        uit.push(match tekens.next()? {
            '\\' => '\\',
            't' => '\t',
            'n' => '\n',
            'r' => '\r',
            _ => return None,
        });
    }
    Some(uit)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        Decimal::from_str_exact(s).unwrap()
    }

    #[test]
    fn heen_en_terug_als_tekst() {
        let m = Werkmap {
            soort: Soort::Ods,
            bladen: vec!["Uitleg".into(), "Beschut\t2026".into()],
            gekozen: 1,
            blad: Werkblad {
                naam: "Beschut\t2026".into(),
                rijen: vec![
                    BladRij {
                        nummer: 2,
                        cellen: vec![Cel::Tekst("Medewerker".into()), Cel::Leeg, Cel::Tekst("a\\b\nc".into())],
                    },
                    BladRij {
                        nummer: 3,
                        cellen: vec![
                            Cel::Datum(Datum::vast(2026, 1, 1)),
                            Cel::Getal(d("37.5")),
                            Cel::Procent(d("0.5")),
                            Cel::Bedrag(d("-12.30")),
                            Cel::Uren(d("36")),
                            Cel::Waarheid(true),
                            Cel::Fout("#DEEL/0!".into()),
                        ],
                    },
                ],
            },
        };
        let t = m.naar_tekst();
        assert_eq!(Werkmap::uit_tekst(&t), Some(m));
        assert_eq!(Werkmap::uit_tekst("rekenhulp-werkmap 2\n"), None);
        assert_eq!(Werkmap::uit_tekst(&t.replace("\tg37.5", "\tx")), None);
        assert_eq!(Werkmap::uit_tekst(&t.replace("gekozen\t1", "gekozen\t9")), None, "a sheet that is not there");
    }

    #[test]
    fn cellen_zoals_het_rekenblad_ze_toont() {
        assert_eq!(Cel::Procent(d("0.5")).toon(), "50%");
        assert_eq!(Cel::Procent(d("0.0274")).toon(), "2,74%");
        assert_eq!(Cel::Getal(d("1234.50")).toon(), "1.234,5");
        assert_eq!(Cel::Datum(Datum::vast(2026, 7, 1)).toon(), "1-7-2026");
        assert_eq!(Cel::Uren(d("36.5")).toon(), "36:30");
        assert_eq!(Cel::Bedrag(d("15.5")).toon(), "€\u{a0}15,50");
        assert!(Cel::Tekst("  ".into()).is_leeg());
    }
}
