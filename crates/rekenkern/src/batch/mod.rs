//! Many employees at once: one employee per CSV row, totals for both regimes.
//!
//! The CLI (`rekenhulp batch`) and the app's "meerdere medewerkers" page call these functions, so
//! one file gives the same figures in both. Files are read as people have them: UTF-8 or
//! Windows-1252 ([`codering`]), comma or semicolon, column names as payroll exports write them
//! ([`kolommen`]), cells as spreadsheets write them ([`cel`]). Columns are scenario keys
//! (docs/scenario.md) plus `id` (the user's own reference, copied to the output and nowhere else)
//! and `geboortedatum` (gives the age on the peildatum; never written out).
//!
//! Reading ([`lezer`]) and calculating ([`bereken_rij`]) are separate so the browser can calculate
//! in chunks between frames. The month is the peildatum month ([`Uitkomst::per`]); the year is the
//! calendar year of the year overview ([`crate::jaar`]: twelve months with the 1 July step, lid 7,
//! the cao payments and the premium cap). Each amount is rounded once per row (the year: per month,
//! as the year overview); totals are sums of the rounded row amounts, so the output adds up.

pub mod blad;
pub mod cel;
pub mod codering;
pub mod inhoud;
pub mod jaarwissel;
pub mod kolommen;
pub mod lezer;
pub mod pakket;
pub mod plek;
pub mod teksten;
mod uitvoer;
pub mod werkblad;
#[cfg(feature = "werkmap")]
pub mod werkmap;
#[cfg(feature = "xlsx")]
pub mod xlsx;

pub use codering::{decodeer, Codering};
pub use inhoud::{herken, Inhoud};
pub use kolommen::{Betekenis, Keuzes, Kolom};
pub use lezer::{lees, voorbeeld, Bron, Lezer, Voorbeeld};
pub use uitvoer::{csv, csv_met_plek, status, tabel};
pub use werkblad::{Cel, Werkblad, Werkmap};

use self::teksten as t;
use crate::bedragen::Regel;
use crate::scenario::decode;
use crate::uitkomst::{Bedragen, Fout, Omslagpunt, Periode, Uitkomst};
use crate::uitleg::Spoor;
use crate::Datum;
use rust_decimal::Decimal;

/// The most rows one file may have (a clear message above it, never a frozen page).
pub const MAX_RIJEN: usize = 100_000;
/// The most characters of the own reference that are kept.
pub const MAX_REFERENTIE: usize = 64;

/// Output columns after `id`, `peildatum`, `uren`, `loonwaarde`: the amounts, for the chosen period.
/// Every part of each total is a column, so a spreadsheet can add them up (docs/adr/0021):
/// loonkosten = brutoloon + vakantiebijslag + cao_extra + werkgeverslasten, werkgeverslasten =
/// premies + pensioen, nettokosten = loonkosten − LKS − lkv.
pub const BEDRAGEN: [Regel; 12] = [
    Regel::Brutoloon,
    Regel::Vakantiebijslag,
    Regel::CaoExtra,
    Regel::Premies,
    Regel::Pensioen,
    Regel::Werkgeverslasten,
    Regel::Loonkosten,
    Regel::LksMeting,
    Regel::LksForfait,
    Regel::Lkv,
    Regel::NettokostenMeting,
    Regel::NettokostenForfait,
];

/// The lines that are not a column of the download, with why: every other line is in
/// [`BEDRAGEN`] (a test), so a new line of `bedragen.rs` is a choice, never left out unseen.
pub const NIET_IN_BESTAND: [(Regel, &str); 1] =
    [(Regel::LksLid5, "the subsidy before a measurement: the row's own question (zonder_loonwaarde), not a column")];

/// A read file: the separator and one entry per data row.
#[derive(Clone, Debug)]
pub struct Bestand {
    /// `b','` or `b';'`.
    pub scheiding: u8,
    /// The columns of the header and what each holds.
    pub kolommen: Vec<Kolom>,
    /// The data rows, in file order.
    pub rijen: Vec<InvoerRij>,
    /// The header's line (CSV: 1) or a sheet's row number.
    pub kopregel: u64,
    /// A sheet's totals rows, left out: row number and what it is called.
    pub totaalregels: Vec<(u64, String)>,
}

/// One data row as read.
#[derive(Clone, Debug)]
pub struct InvoerRij {
    /// Line number in the file where the row starts (the header is line 1).
    pub regel: u64,
    /// The own reference (`id` column), at most [`MAX_REFERENTIE`] characters.
    pub referentie: String,
    /// The date of birth (`geboortedatum` column): the age on the peildatum and the birthday month
    /// of the year overview come from it, when the row gives no `leeftijd` or `verjaardag`.
    pub geboortedatum: Option<Datum>,
    /// The scenario string made of the row's columns, or why the row could not be read.
    pub scenario: Result<String, String>,
}

impl InvoerRij {
    /// A row that could not be read.
    pub(crate) fn fout(regel: u64, bericht: String) -> InvoerRij {
        InvoerRij { regel, referentie: String::new(), geboortedatum: None, scenario: Err(bericht) }
    }
}

/// The figures of one calculated row, rounded per period.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cijfers {
    /// Peildatum used.
    pub peildatum: Datum,
    /// Hours per week.
    pub uren: Decimal,
    /// Loonwaarde (fraction).
    pub loonwaarde: Decimal,
    /// Amounts per month, each rounded to the cent.
    pub per_maand: Bedragen,
    /// Amounts of the calendar year [`Cijfers::jaar`]: the sum of its twelve months, each rounded
    /// to the cent (the year overview).
    pub per_jaar: Bedragen,
    /// The calendar year of `per_jaar` (a `jaar` column, or the year of the peildatum).
    pub jaar: u16,
    /// Months of that year in service (12 unless `start` lies in it).
    pub maanden_in_dienst: u8,
    /// Part of a full-time job: hours ÷ the full-time week (for begeleiding per fte).
    pub fte: Decimal,
    /// Break-even loonwaarde.
    pub omslagpunt: Omslagpunt,
    /// Some figure rests on a provisional value (`voorlopig=ja`).
    pub voorlopig: bool,
}

impl Cijfers {
    /// `voorlopig`: a month of the overview rests on a provisional value
    /// ([`crate::jaar::jaaroverzicht_groep`]; its months carry no calculation of their own).
    fn van(u: &Uitkomst, jaar: &crate::jaar::Jaaroverzicht, kalenderjaar: u16, voorlopig: bool) -> Cijfers {
        Cijfers {
            peildatum: u.peildatum,
            uren: u.uren,
            loonwaarde: u.loonwaarde,
            per_maand: u.per(Periode::Maand),
            per_jaar: jaar.totaal.clone(),
            jaar: kalenderjaar,
            maanden_in_dienst: u8::try_from(jaar.maanden.iter().filter(|m| m.in_dienst).count()).unwrap_or(u8::MAX),
            fte: u.uren.checked_div(u.voltijd).unwrap_or(Decimal::ONE),
            omslagpunt: u.omslagpunt,
            voorlopig: u.nettokosten_voorlopig() || voorlopig,
        }
    }

    /// The amounts of a period (month or year; an hour is not offered for a group).
    pub fn per(&self, periode: Periode) -> &Bedragen {
        if periode == Periode::Jaar {
            &self.per_jaar
        } else {
            &self.per_maand
        }
    }

    /// Net cost with the forfait minus net cost with measurement (negative: the forfait is cheaper).
    pub fn verschil(&self, periode: Periode) -> Decimal {
        let b = self.per(periode);
        b.nettokosten_forfait - b.nettokosten_meting
    }
}

/// One calculated row.
#[derive(Clone, Debug)]
pub struct Rij {
    /// Line number in the file.
    pub regel: u64,
    /// The own reference.
    pub referentie: String,
    /// The figures, or every message for this row in one Dutch sentence.
    pub uitkomst: Result<Cijfers, String>,
    /// The file gives no loonwaarde for this row, and this is what the user chose it to mean
    /// (`None`: the row has a loonwaarde).
    pub zonder_loonwaarde: Option<ZonderLoonwaarde>,
}

impl Rij {
    /// Left out of the totals because it has no loonwaarde and the user chose to leave such rows
    /// out (not an error in the row).
    pub fn weggelaten(&self) -> bool {
        self.zonder_loonwaarde == Some(ZonderLoonwaarde::Weglaten)
    }
}

/// What an empty loonwaarde in a file means: the user chooses, the page and the download say it
/// (docs/adr/0026). An empty cell is never a silent default: it may be a placement that is not
/// measured yet, or a gap in the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum ZonderLoonwaarde {
    /// The row is not calculated: named on the row, counted in the summary, left out of the totals.
    #[default]
    Weglaten,
    /// Not measured yet: the subsidy is the 50% forfait for the first six months of the placement
    /// (Pw art. 10d lid 5); the months after them are calculated with this loonwaarde (whole percent).
    NietGemeten {
        /// The loonwaarde expected from the measurement, for the months after the first six.
        daarna: u8,
    },
}

/// Totals over the calculated rows of one period.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Totalen {
    /// Rows calculated.
    pub gelukt: usize,
    /// Rows with errors.
    pub mislukt: usize,
    /// Sum of each amount line over the rows (read with [`Bedragen::get`]).
    pub bedragen: Bedragen,
    /// Employees for whom the forfait costs the employer less.
    pub forfait_goedkoper: usize,
    /// Their total difference (negative or zero).
    pub minder: Decimal,
    /// Employees for whom the forfait costs the employer more.
    pub forfait_duurder: usize,
    /// Their total difference (positive or zero).
    pub meer: Decimal,
    /// Employees for whom both cost the same.
    pub gelijk: usize,
    /// Rows resting on provisional values.
    pub voorlopig: usize,
    /// Rows without a loonwaarde (left out, or calculated as not measured yet).
    pub zonder_loonwaarde: usize,
    /// Of those, the rows left out of the totals.
    pub weggelaten: usize,
}

impl Totalen {
    /// Adds one row.
    pub fn tel(&mut self, rij: &Rij, periode: Periode) {
        if rij.zonder_loonwaarde.is_some() {
            self.zonder_loonwaarde += 1;
        }
        let Ok(c) = &rij.uitkomst else {
            if rij.weggelaten() {
                self.weggelaten += 1;
            } else {
                self.mislukt += 1;
            }
            return;
        };
        self.gelukt += 1;
        if c.voorlopig {
            self.voorlopig += 1;
        }
        self.bedragen = self.bedragen.plus(c.per(periode));
        let v = c.verschil(periode);
        if v < Decimal::ZERO {
            self.forfait_goedkoper += 1;
            self.minder += v;
        } else if v > Decimal::ZERO {
            self.forfait_duurder += 1;
            self.meer += v;
        } else {
            self.gelijk += 1;
        }
    }

    /// Totals of all rows.
    pub fn van(rijen: &[Rij], periode: Periode) -> Totalen {
        let mut t = Totalen::default();
        for r in rijen {
            t.tel(r, periode);
        }
        t
    }
}

/// How the rows of a file are calculated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Opties {
    /// The default peildatum (a row without `datum`).
    pub vandaag: Datum,
    /// Past the tables, for a row without `voorlopig`: calculate with the last known values
    /// (`true`, the app) or report the missing values (`false`, the CLI: a script opts in).
    pub voorlopig: bool,
    /// What a row without a loonwaarde means (the user's choice; by default it is left out).
    pub zonder_loonwaarde: ZonderLoonwaarde,
    /// For a row without `aangekondigd`: count announced values (docs/adr/0024).
    pub aangekondigd: bool,
}

impl Opties {
    /// The app's choice: provisional past the tables, as the one-employee page.
    pub fn app(vandaag: Datum) -> Opties {
        Opties {
            vandaag,
            voorlopig: crate::STANDAARD_VOORLOPIG,
            aangekondigd: crate::STANDAARD_AANGEKONDIGD,
            zonder_loonwaarde: ZonderLoonwaarde::default(),
        }
    }
}

/// Calculates one row: the peildatum month, and the calendar year through the year overview. A row
/// without a loonwaarde follows the user's choice ([`ZonderLoonwaarde`]). Without building the
/// explanation (a group shows amounts only, issue 34): the same rules and rounding as
/// [`bereken_rij_met`] with the whole trail, so the same figures to the cent
/// (`tests/zonder_uitleg.rs` compares every amount of every month).
pub fn bereken_rij(rij: &InvoerRij, opties: &Opties) -> Rij {
    bereken_rij_met(rij, opties, Spoor::zonder_uitleg)
}

/// [`bereken_rij`] with the recorder of each calculation ([`crate::bereken::bereken_met`]).
pub fn bereken_rij_met(rij: &InvoerRij, opties: &Opties, spoor: fn() -> Spoor) -> Rij {
    let (invoer, zonder_loonwaarde) = rij_invoer_met(rij, opties, None);
    let uitkomst = invoer.and_then(|invoer| {
        let u = crate::bereken::bereken_met(&invoer, opties.vandaag, spoor()).map_err(|f| foutregel(&f))?;
        let mut invoer = invoer;
        let kalenderjaar = *invoer.jaar.jaar.get_or_insert(u.peildatum.jaar());
        // Checked whole by the peildatum calculation: only the key `jaar` set here is new.
        let fouten = crate::scenario::controleer_sleutels(&invoer, &[crate::invoertabel::Sleutel::Jaar]);
        let (jaar, voorlopig) = crate::jaar::jaaroverzicht_groep(&invoer, opties.vandaag, spoor, fouten)
            .map_err(|f| t::jaar_lukt_niet(kalenderjaar, &foutregel(&f)))?;
        let mut cijfers = Cijfers::van(&u, &jaar, kalenderjaar, voorlopig);
        // Not measured yet: in the first six months of the placement the subsidy of the month is
        // the lid-5 forfait, as the year overview has it in its months.
        if zonder_loonwaarde.is_some() && crate::jaar::lid5_op_peildatum(&invoer, u.peildatum) {
            cijfers.per_maand = u.per_zonder_meting(Periode::Maand);
        }
        Ok(cijfers)
    });
    Rij { regel: rij.regel, referentie: rij.referentie.clone(), uitkomst, zonder_loonwaarde }
}

/// The scenario of a row with the file's defaults applied, on its own peildatum or on `peildatum`:
/// the age from a date of birth on that day, the birthday month for the year overview, and a
/// missing loonwaarde as the user chose (ADR 0026; left out: an error for this row), with what that
/// missing loonwaarde was taken to mean (`None`: it has one).
pub(crate) fn rij_invoer_met(
    rij: &InvoerRij,
    opties: &Opties,
    peildatum: Option<Datum>,
) -> (Result<crate::Invoer, String>, Option<ZonderLoonwaarde>) {
    let s = match rij.scenario.as_ref() {
        Ok(s) => s,
        Err(e) => return (Err(e.clone()), None),
    };
    let gelezen = decode(s);
    if !gelezen.meldingen.is_empty() {
        return (Err(gelezen.meldingen.iter().map(|m| m.tekst()).collect::<Vec<_>>().join(" ")), None);
    }
    let mut invoer = gelezen.invoer;
    let zonder = invoer.loonwaarde.is_none().then_some(opties.zonder_loonwaarde);
    match zonder {
        Some(ZonderLoonwaarde::Weglaten) => return (Err(t::ZONDER_LOONWAARDE.into()), zonder),
        Some(ZonderLoonwaarde::NietGemeten { daarna }) => {
            invoer.loonwaarde = Some(daarna);
            invoer.jaar.lid5 = Some(true);
        }
        None => {}
    }
    invoer.voorlopig.get_or_insert(opties.voorlopig);
    invoer.aangekondigd.get_or_insert(opties.aangekondigd);
    if let Some(d) = peildatum {
        invoer.datum = Some(d);
    }
    let dag = invoer.datum.unwrap_or(opties.vandaag);
    if let Some(geboren) = rij.geboortedatum {
        if invoer.leeftijd.is_none() {
            let leeftijd = geboren.leeftijd_op(dag).and_then(|l| u8::try_from(l).ok());
            match leeftijd.and_then(|l| crate::controle::leeftijd(l).ok()) {
                Some(l) => invoer.leeftijd = Some(l),
                None => return (Err(t::LEEFTIJD.into()), zonder),
            }
        }
        invoer.jaar.verjaardag.get_or_insert(geboren.maand());
    }
    (Ok(invoer), zonder)
}

/// One line for a row's errors: missing values are listed by the column that supplies them.
fn foutregel(fouten: &[Fout]) -> String {
    let mut delen: Vec<String> = fouten.iter().filter(|f| matches!(f, Fout::Invoer { .. })).map(Fout::tekst).collect();
    let ontbrekend: Vec<String> = fouten
        .iter()
        .filter_map(|f| match f {
            Fout::Ontbreekt { label, sleutel, datum, .. } => {
                Some(t::ontbreekt(label, &datum.nl(), sleutel.map(crate::invoertabel::Sleutel::naam)))
            }
            Fout::Invoer { .. } => None,
        })
        .collect();
    if !ontbrekend.is_empty() {
        delen.push(t::niet_bekend(&ontbrekend.join("; ")));
    }
    delen.join(" ")
}

/// Reads and calculates a whole file: what the CLI does, and what the app does in chunks.
/// `keuzes`: what unrecognised columns hold (none: such a column is an error for the header).
pub fn verwerk<'a>(invoer: impl Into<Bron<'a>>, keuzes: &Keuzes, opties: &Opties) -> Result<(u8, Vec<Rij>), String> {
    let b = lees(invoer, keuzes)?;
    Ok((b.scheiding, b.rijen.iter().map(|r| bereken_rij(r, opties)).collect()))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn elke_regel_is_een_kolom_of_gekozen_niet() {
        for r in Regel::ALLE {
            let kolom = BEDRAGEN.contains(&r);
            let niet = NIET_IN_BESTAND.iter().any(|(n, _)| *n == r);
            assert!(kolom != niet, "{r:?}: a column of the download, or in NIET_IN_BESTAND with why (not both)");
        }
        // In the list's own order, so every part stands before its total in the file too.
        let volgorde: Vec<Regel> = Regel::ALLE.into_iter().filter(|r| BEDRAGEN.contains(r)).collect();
        assert_eq!(volgorde, BEDRAGEN);
    }

    #[test]
    fn een_kapotte_rij_telt_mee_als_fout_en_de_rest_gaat_door() {
        let b = lees("id,uren\nA,36\nB,36,extra\n\nC,\"37,5\"\n", &[]).unwrap();
        assert_eq!(b.rijen.len(), 3);
        assert_eq!(b.rijen[1].regel, 3);
        assert!(b.rijen[1].scenario.is_err());
        assert_eq!(b.rijen[2].regel, 5);
        assert_eq!(b.rijen[2].scenario.as_deref(), Ok("uren=37.5"));
        assert!(lees("", &[]).is_err());
        assert!(lees("\n\n", &[]).is_err());
    }
}
