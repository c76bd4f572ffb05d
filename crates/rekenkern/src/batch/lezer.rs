//! Reading a CSV text a part at a time: the header through the column matching
//! ([`super::kolommen`]), each row's cells through [`super::cel`] into a scenario string. A row that
//! cannot be read gets its own message; the other rows still count.

use super::cel;
use super::kolommen::{self, Betekenis, Keuzes, Kolom};
use super::teksten as t;
use super::{Bestand, InvoerRij, MAX_REFERENTIE, MAX_RIJEN};
use crate::datum::Datum;
use crate::scenario::ontsnap_in;

/// Reads the whole CSV text. An error only when there is no usable header, a column is not
/// recognised (one message for the header), or there are too many rows.
pub fn lees(invoer: &str, keuzes: &Keuzes) -> Result<Bestand, String> {
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
    Ok(Bestand { scheiding: lezer.scheiding, kolommen: lezer.kolommen, rijen })
}

/// The header and the first rows as they are in the file, to show before anything is calculated
/// (the page asks what an unrecognised column holds).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Voorbeeld {
    /// The columns and what they hold.
    pub kolommen: Vec<Kolom>,
    /// The first rows, cell by cell, as in the file.
    pub rijen: Vec<Vec<String>>,
}

/// The header and at most `n` rows, raw.
pub fn voorbeeld(invoer: &str, keuzes: &Keuzes, n: usize) -> Result<Voorbeeld, String> {
    let mut l = Lezer::nieuw(invoer, keuzes)?;
    let mut rijen = Vec::new();
    while rijen.len() < n {
        match l.lezer.read_record(&mut l.record) {
            Ok(true) if l.record.iter().all(str::is_empty) => continue,
            Ok(true) => rijen.push(l.record.iter().map(str::to_string).collect()),
            Ok(false) | Err(_) => break,
        }
    }
    Ok(Voorbeeld { kolommen: l.kolommen, rijen })
}

/// Reads a CSV text a part at a time, so a page can read, calculate and show progress in turns
/// (reading 10,000 rows at once would hold the browser for about 0.1 s).
pub struct Lezer<'a> {
    /// `b','` or `b';'`.
    pub scheiding: u8,
    /// The columns of the header and what each holds.
    pub kolommen: Vec<Kolom>,
    lezer: csv::Reader<&'a [u8]>,
    record: csv::StringRecord,
    teller: Regelteller<'a>,
    gelezen: usize,
    klaar: bool,
}

impl<'a> Lezer<'a> {
    /// Reads the header and matches its columns (`keuzes`: the user's answers for columns that
    /// are not recognised). An error when there is no header.
    pub fn nieuw(invoer: &'a str, keuzes: &Keuzes) -> Result<Lezer<'a>, String> {
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
            lezer,
            record: csv::StringRecord::new(),
            // Line numbers from byte offsets (the reader's own count skips empty lines).
            teller: Regelteller { tekst: invoer, byte: 0, regel: 1 },
            gelezen: 0,
            klaar: false,
        })
    }

    /// The names of the columns that are not recognised (empty: every column is known).
    pub fn onbekend(&self) -> Vec<&str> {
        self.kolommen.iter().filter(|k| k.betekenis == Betekenis::Onbekend).map(|k| k.kop.as_str()).collect()
    }

    /// The next rows, at most `max`; none when the file is done. An error above [`MAX_RIJEN`].
    pub fn volgende(&mut self, max: usize) -> Result<Vec<InvoerRij>, String> {
        let mut rijen = Vec::new();
        while !self.klaar && rijen.len() < max {
            let regel = self.teller.regel_bij(self.lezer.position().byte());
            match self.lezer.read_record(&mut self.record) {
                Ok(false) => self.klaar = true,
                Ok(true) => {
                    if self.record.iter().all(str::is_empty) {
                        continue; // an empty line, or a row of empty cells at the end of a spreadsheet
                    }
                    let regel = self.record.position().map_or(regel, |p| self.teller.regel_bij(p.byte()));
                    rijen.push(self.rij(regel));
                }
                Err(e) => {
                    let regel = e.position().map_or(regel, |p| self.teller.regel_bij(p.byte()));
                    rijen.push(InvoerRij::fout(regel, t::rij_onleesbaar(&e)));
                    // The reader cannot go on after an I/O error.
                    self.klaar =
                        !matches!(e.kind(), csv::ErrorKind::Utf8 { .. } | csv::ErrorKind::UnequalLengths { .. });
                }
            }
        }
        self.gelezen += rijen.len();
        if self.gelezen > MAX_RIJEN {
            return Err(t::te_veel_rijen(MAX_RIJEN));
        }
        Ok(rijen)
    }

    /// The record just read as an input row.
    fn rij(&self, regel: u64) -> InvoerRij {
        let record = &self.record;
        let puntkomma = self.scheiding == b';';
        let mut rij = InvoerRij::fout(regel, String::new());
        let mut scenario = String::with_capacity(record.as_slice().len() + 4 * self.kolommen.len());
        for (kolom, w) in self.kolommen.iter().zip(record.iter()) {
            let Betekenis::Sleutel(k) = kolom.betekenis else { continue };
            if w.is_empty() {
                continue;
            }
            match k {
                kolommen::ID => rij.referentie = w.chars().take(MAX_REFERENTIE).collect(),
                kolommen::GEBOORTEDATUM => match Datum::parse_nl(w) {
                    Some(d) => rij.geboortedatum = Some(d),
                    None => return InvoerRij { scenario: Err(t::GEBOORTEDATUM.into()), ..rij },
                },
                _ => {
                    if !scenario.is_empty() {
                        scenario.push('&');
                    }
                    ontsnap_in(&mut scenario, k);
                    scenario.push('=');
                    ontsnap_in(&mut scenario, &cel::lees(k, w, puntkomma));
                }
            }
        }
        // Cells past the header are fine when empty (spreadsheets write trailing separators).
        let extra = record.iter().skip(self.kolommen.len()).filter(|w| !w.is_empty()).count();
        rij.scenario =
            if extra > 0 { Err(t::te_veel_kolommen(record.len(), self.kolommen.len())) } else { Ok(scenario) };
        rij
    }
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
