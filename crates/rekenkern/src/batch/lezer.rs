//! Reading a CSV text or a spreadsheet's sheet a part at a time: the header through the column
//! matching ([`super::kolommen`]), each row's cells through [`super::cel`] into a scenario string.
//! A row that cannot be read gets its own message; the other rows still count. A sheet's header
//! may lie under a title, and its totals row is left out ([`super::blad`]).

use super::blad;
use super::cel;
use super::kolommen::{self, Betekenis, Keuzes, Kolom};
use super::teksten as t;
use super::werkblad::{BladRij, Cel, Werkblad};
use super::{Bestand, InvoerRij, MAX_REFERENTIE, MAX_RIJEN};
use crate::datum::Datum;
use crate::scenario::ontsnap_in;

/// What is read: a CSV text, or a sheet of a spreadsheet with (optionally) the row number of its
/// header as the user chose it.
#[derive(Clone, Copy, Debug)]
pub enum Bron<'a> {
    /// A CSV text (decoded).
    Tekst(&'a str),
    /// A sheet; `kopregel`: the header's row number (`None`: found as [`blad::kopregel`] finds it).
    Blad {
        /// The sheet.
        blad: &'a Werkblad,
        /// The header's row number, when the user chose it.
        kopregel: Option<u64>,
    },
}

impl<'a> From<&'a str> for Bron<'a> {
    fn from(t: &'a str) -> Bron<'a> {
        Bron::Tekst(t)
    }
}

impl<'a> From<&'a String> for Bron<'a> {
    fn from(t: &'a String) -> Bron<'a> {
        Bron::Tekst(t)
    }
}

impl<'a> From<&'a Werkblad> for Bron<'a> {
    fn from(blad: &'a Werkblad) -> Bron<'a> {
        Bron::Blad { blad, kopregel: None }
    }
}

/// Reads the whole CSV text or sheet. An error only when there is no usable header, a column is
/// not recognised (one message for the header), or there are too many rows.
pub fn lees<'a>(invoer: impl Into<Bron<'a>>, keuzes: &Keuzes) -> Result<Bestand, String> {
    let mut lezer = Lezer::nieuw(invoer, keuzes)?;
    if let Some(m) = t::onbekende_kolommen(&lezer.onbekend()) {
        return Err(m);
    }
    let mut rijen = Vec::new();
    loop {
        let deel = lezer.volgende(MAX_RIJEN)?;
        if deel.is_empty() {
            break;
        }
        rijen.extend(deel);
    }
    Ok(Bestand {
        scheiding: lezer.scheiding,
        kolommen: lezer.kolommen,
        rijen,
        kopregel: lezer.kopregel,
        totaalregels: lezer.totaalregels,
    })
}

/// The header and the first rows as they are in the file, to show before anything is calculated
/// (the page asks what an unrecognised column holds).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Voorbeeld {
    /// The columns and what they hold.
    pub kolommen: Vec<Kolom>,
    /// The first rows, cell by cell, as in the file (a sheet's cells as the spreadsheet shows them).
    pub rijen: Vec<Vec<String>>,
    /// The header's line or row number.
    pub kopregel: u64,
    /// A sheet's totals rows, left out: number and what it is called.
    pub totaalregels: Vec<(u64, String)>,
}

/// The header and at most `n` rows, raw.
pub fn voorbeeld<'a>(invoer: impl Into<Bron<'a>>, keuzes: &Keuzes, n: usize) -> Result<Voorbeeld, String> {
    let mut l = Lezer::nieuw(invoer, keuzes)?;
    let mut rijen = Vec::new();
    match &mut l.stroom {
        Stroom::Csv { lezer, record, .. } => {
            while rijen.len() < n {
                match lezer.read_record(record) {
                    Ok(true) if record.iter().all(str::is_empty) => continue,
                    Ok(true) => rijen.push(record.iter().map(str::to_string).collect()),
                    Ok(false) | Err(_) => break,
                }
            }
        }
        Stroom::Blad { data, overslaan, .. } => {
            rijen = data
                .iter()
                .filter(|r| !overslaan.contains(&r.nummer))
                .take(n)
                .map(|r| r.cellen.iter().map(Cel::toon).collect())
                .collect();
        }
    }
    Ok(Voorbeeld { kolommen: l.kolommen, rijen, kopregel: l.kopregel, totaalregels: l.totaalregels })
}

/// Reads a CSV text or a sheet a part at a time, so a page can read, calculate and show progress
/// in turns (reading 10,000 rows at once would hold the browser for about 0.1 s).
pub struct Lezer<'a> {
    /// `b','` or `b';'` (a sheet: `b';'`, for the Dutch spreadsheet the download opens in).
    pub scheiding: u8,
    /// The columns of the header and what each holds.
    pub kolommen: Vec<Kolom>,
    /// The header's line (CSV: 1) or row number.
    pub kopregel: u64,
    /// A sheet's totals rows, left out: row number and what it is called.
    pub totaalregels: Vec<(u64, String)>,
    stroom: Stroom<'a>,
    gelezen: usize,
}

enum Stroom<'a> {
    Csv { lezer: csv::Reader<&'a [u8]>, record: csv::StringRecord, teller: Regelteller<'a>, klaar: bool },
    Blad { data: &'a [BladRij], overslaan: Vec<u32>, volgende: usize },
}

impl<'a> Lezer<'a> {
    /// Reads the header and matches its columns (`keuzes`: the user's answers for columns that
    /// are not recognised). An error when there is no header.
    pub fn nieuw(invoer: impl Into<Bron<'a>>, keuzes: &Keuzes) -> Result<Lezer<'a>, String> {
        match invoer.into() {
            Bron::Tekst(t) => Lezer::csv(t, keuzes),
            Bron::Blad { blad, kopregel } => Lezer::blad(blad, kopregel, keuzes),
        }
    }

    fn blad(b: &'a Werkblad, kopregel: Option<u64>, keuzes: &Keuzes) -> Result<Lezer<'a>, String> {
        let index = match kopregel {
            Some(n) => b.rijen.iter().position(|r| u64::from(r.nummer) == n).ok_or_else(|| t::geen_kopregel(n))?,
            None if b.rijen.is_empty() => return Err(t::GEEN_KOP.into()),
            None => blad::kopregel(b).unwrap_or(0),
        };
        let kop = &b.rijen[index];
        let koppen: Vec<String> = kop
            .cellen
            .iter()
            .map(|c| match c {
                Cel::Tekst(t) => t.trim().to_string(),
                c => c.toon(),
            })
            .collect();
        if koppen.iter().all(String::is_empty) {
            return Err(t::GEEN_KOP.into());
        }
        let kolommen = kolommen::koppel(&koppen, keuzes);
        let data = &b.rijen[index + 1..];
        let totaalregels = blad::totaalregels(data, blad::id_kolom(&kolommen));
        let overslaan = totaalregels.iter().filter_map(|(n, _)| u32::try_from(*n).ok()).collect();
        Ok(Lezer {
            scheiding: b';',
            kolommen,
            kopregel: u64::from(kop.nummer),
            totaalregels,
            stroom: Stroom::Blad { data, overslaan, volgende: 0 },
            gelezen: 0,
        })
    }

    fn csv(invoer: &'a str, keuzes: &Keuzes) -> Result<Lezer<'a>, String> {
        let invoer = invoer.strip_prefix('\u{feff}').unwrap_or(invoer); // Excel writes a byte order mark
        let eerste = invoer.lines().next().unwrap_or_default();
        let scheiding = if eerste.contains(';') && !eerste.contains(',') { b';' } else { b',' };
        let mut lezer = csv::ReaderBuilder::new()
            .delimiter(scheiding)
            .flexible(true)
            .trim(csv::Trim::All)
            .from_reader(invoer.as_bytes());
        let koppen: Vec<String> = lezer.headers().map_err(t::kop_onleesbaar)?.iter().map(str::to_string).collect();
        if koppen.iter().all(String::is_empty) {
            return Err(t::GEEN_KOP.into());
        }
        Ok(Lezer {
            scheiding,
            kolommen: kolommen::koppel(&koppen, keuzes),
            kopregel: 1,
            totaalregels: Vec::new(),
            stroom: Stroom::Csv {
                lezer,
                record: csv::StringRecord::new(),
                // Line numbers from byte offsets (the reader's own count skips empty lines).
                teller: Regelteller { tekst: invoer, byte: 0, regel: 1 },
                klaar: false,
            },
            gelezen: 0,
        })
    }

    /// The names of the columns that are not recognised (empty: every column is known).
    pub fn onbekend(&self) -> Vec<&str> {
        self.kolommen.iter().filter(|k| k.betekenis == Betekenis::Onbekend).map(|k| k.kop.as_str()).collect()
    }

    /// The next rows, at most `max`; none when the file is done. An error above [`MAX_RIJEN`].
    pub fn volgende(&mut self, max: usize) -> Result<Vec<InvoerRij>, String> {
        let rijen = match &mut self.stroom {
            Stroom::Csv { lezer, record, teller, klaar } => {
                csv_rijen(lezer, record, teller, klaar, &self.kolommen, self.scheiding == b';', max)
            }
            Stroom::Blad { data, overslaan, volgende, .. } => {
                let mut rijen = Vec::new();
                while rijen.len() < max {
                    let Some(r) = data.get(*volgende) else { break };
                    *volgende += 1;
                    if overslaan.contains(&r.nummer) || r.cellen.iter().all(Cel::is_leeg) {
                        continue;
                    }
                    let cellen = r.cellen.iter().map(Waarde::Cel);
                    rijen.push(maak_rij(u64::from(r.nummer), &self.kolommen, cellen, r.cellen.len()));
                }
                rijen
            }
        };
        self.gelezen += rijen.len();
        if self.gelezen > MAX_RIJEN {
            return Err(t::te_veel_rijen(MAX_RIJEN));
        }
        Ok(rijen)
    }
}

fn csv_rijen(
    lezer: &mut csv::Reader<&[u8]>,
    record: &mut csv::StringRecord,
    teller: &mut Regelteller<'_>,
    klaar: &mut bool,
    kolommen: &[Kolom],
    puntkomma: bool,
    max: usize,
) -> Vec<InvoerRij> {
    let mut rijen = Vec::new();
    while !*klaar && rijen.len() < max {
        let regel = teller.regel_bij(lezer.position().byte());
        match lezer.read_record(record) {
            Ok(false) => *klaar = true,
            Ok(true) => {
                if record.iter().all(str::is_empty) {
                    continue; // an empty line, or a row of empty cells at the end of a spreadsheet
                }
                let regel = record.position().map_or(regel, |p| teller.regel_bij(p.byte()));
                let cellen = record.iter().map(|w| Waarde::Tekst(w, puntkomma));
                rijen.push(maak_rij(regel, kolommen, cellen, record.len()));
            }
            Err(e) => {
                let regel = e.position().map_or(regel, |p| teller.regel_bij(p.byte()));
                rijen.push(InvoerRij::fout(regel, t::rij_onleesbaar(&e)));
                // The reader cannot go on after an I/O error.
                *klaar = !matches!(e.kind(), csv::ErrorKind::Utf8 { .. } | csv::ErrorKind::UnequalLengths { .. });
            }
        }
    }
    rijen
}

/// One cell of a row: CSV text (with whether the file uses `;`), or a sheet's typed cell.
#[derive(Clone, Copy)]
enum Waarde<'c> {
    Tekst(&'c str, bool),
    Cel(&'c Cel),
}

impl Waarde<'_> {
    fn is_leeg(self) -> bool {
        match self {
            Waarde::Tekst(w, _) => w.is_empty(),
            Waarde::Cel(c) => c.is_leeg(),
        }
    }
}

/// A row's cells as an input row. `aantal`: how many cells the row has.
fn maak_rij<'c>(
    regel: u64,
    kolommen: &[Kolom],
    cellen: impl Iterator<Item = Waarde<'c>> + Clone,
    aantal: usize,
) -> InvoerRij {
    let mut rij = InvoerRij::fout(regel, String::new());
    let mut scenario = String::with_capacity(16 * kolommen.len());
    for (kolom, w) in kolommen.iter().zip(cellen.clone()) {
        let Betekenis::Sleutel(k) = kolom.betekenis else { continue };
        if w.is_leeg() {
            continue;
        }
        match (k, w) {
            (kolommen::ID, Waarde::Tekst(w, _)) => rij.referentie = w.chars().take(MAX_REFERENTIE).collect(),
            (kolommen::ID, Waarde::Cel(c)) => {
                rij.referentie = cel::referentie(c).chars().take(MAX_REFERENTIE).collect()
            }
            (kolommen::GEBOORTEDATUM, w) => {
                let d = match w {
                    Waarde::Tekst(w, _) => Datum::parse_nl(w.trim()),
                    Waarde::Cel(Cel::Tekst(w)) => Datum::parse_nl(w.trim()),
                    Waarde::Cel(Cel::Datum(d)) => Some(*d),
                    Waarde::Cel(_) => None,
                };
                match d {
                    Some(d) => rij.geboortedatum = Some(d),
                    None => return InvoerRij { scenario: Err(t::GEBOORTEDATUM.into()), ..rij },
                }
            }
            (_, w) => {
                let waarde = match w {
                    Waarde::Tekst(w, puntkomma) => cel::lees(k, w, puntkomma),
                    Waarde::Cel(c) => match cel::waarde(k, c) {
                        Ok(w) => w,
                        Err(fout) => return InvoerRij { scenario: Err(t::cel_fout(&kolom.kop, &fout)), ..rij },
                    },
                };
                if !scenario.is_empty() {
                    scenario.push('&');
                }
                ontsnap_in(&mut scenario, k);
                scenario.push('=');
                ontsnap_in(&mut scenario, &waarde);
            }
        }
    }
    // Cells past the header are fine when empty (spreadsheets write trailing separators).
    let extra = cellen.clone().skip(kolommen.len()).filter(|w| !w.is_leeg()).count();
    rij.scenario = if extra > 0 {
        Err(t::te_veel_kolommen(aantal, kolommen.len()))
    } else if let Some(fout) = te_weinig(kolommen, cellen, aantal) {
        // Which field is the own reference is not known either: the line number names the row.
        rij.referentie.clear();
        Err(fout)
    } else {
        Ok(scenario)
    };
    rij
}

/// A CSV line with fewer fields than the header has named columns: its values would stand under
/// the wrong columns (a line written with another separator is one field), so it is an error on
/// that line, never a row calculated with defaults. A sheet's row may end early: a spreadsheet does
/// not store the empty cells at the end of a row.
fn te_weinig<'c>(kolommen: &[Kolom], cellen: impl Iterator<Item = Waarde<'c>>, aantal: usize) -> Option<String> {
    let mut teksten = Vec::new();
    let mut puntkomma = false;
    for w in cellen {
        let Waarde::Tekst(t, p) = w else { return None };
        teksten.push(t);
        puntkomma = p;
    }
    let kop = kolommen.iter().rposition(|k| !k.kop.trim().is_empty()).map_or(0, |i| i + 1);
    if aantal >= kop {
        return None;
    }
    let (scheiding, ander) = if puntkomma { (';', ',') } else { (',', ';') };
    // Does the other separator split the line into the header's columns? Then say so.
    let velden_ander = teksten.join(&scheiding.to_string()).split(ander).count();
    let ander = (velden_ander >= kop).then_some(ander);
    Some(t::te_weinig_kolommen(aantal, kop, scheiding, ander))
}

/// Counts lines up to the first character at or after a byte offset, moving forward only (linear
/// over the whole file).
struct Regelteller<'a> {
    tekst: &'a str,
    byte: usize,
    regel: u64,
}

impl Regelteller<'_> {
    fn regel_bij(&mut self, byte: u64) -> u64 {
        let b = self.tekst.as_bytes();
        let mut tot = usize::try_from(byte).unwrap_or(usize::MAX).min(b.len());
        // A record's position can lie on the empty lines before it.
        while tot < b.len() && matches!(b[tot], b'\n' | b'\r') {
            tot += 1;
        }
        if tot > self.byte {
            let nieuw = b[self.byte..tot].iter().filter(|b| **b == b'\n').count();
            self.regel += u64::try_from(nieuw).unwrap_or(0);
            self.byte = tot;
        }
        self.regel
    }
}
