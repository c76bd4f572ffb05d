//! Many employees at once: one employee per CSV row, totals for both regimes.
//!
//! The CLI (`rekenhulp batch`) and the app's "meerdere medewerkers" page call these functions, so
//! one file gives the same figures in both. Columns are scenario keys (docs/scenario.md) plus an
//! optional `id`: the user's own reference, copied to the output and nowhere else. A `;` header
//! (Dutch spreadsheets) is detected and then amounts are written with a decimal comma.
//!
//! Reading ([`lees`]) and calculating ([`bereken_rij`]) are separate so the browser can calculate
//! in chunks between frames. Each amount is rounded once per row ([`Uitkomst::per`]); totals are
//! sums of the rounded row amounts, so the output adds up.

use crate::getal::afronden;
use crate::scenario::{decode, ontsnap_in};
use crate::uitkomst::{Bedragen, Fout, Omslagpunt, Periode, Uitkomst};
use crate::Datum;
use rust_decimal::Decimal;

/// The most rows one file may have (a clear message above it, never a frozen page).
pub const MAX_RIJEN: usize = 100_000;
/// The most characters of the own reference that are kept.
pub const MAX_REFERENTIE: usize = 64;

/// Output columns after `id`, `peildatum`, `uren`, `loonwaarde`: the amounts, for the chosen period.
pub const BEDRAGEN: [&str; 8] = [
    "brutoloon",
    "vakantiebijslag",
    "werkgeverslasten",
    "loonkosten",
    "lks_meting",
    "lks_forfait",
    "nettokosten_meting",
    "nettokosten_forfait",
];

/// A read file: the separator and one entry per data row.
#[derive(Clone, Debug)]
pub struct Bestand {
    /// `b','` or `b';'`.
    pub scheiding: u8,
    /// The data rows, in file order.
    pub rijen: Vec<InvoerRij>,
}

/// One data row as read.
#[derive(Clone, Debug)]
pub struct InvoerRij {
    /// Line number in the file where the row starts (the header is line 1).
    pub regel: u64,
    /// The own reference (`id` column), at most [`MAX_REFERENTIE`] characters.
    pub referentie: String,
    /// The scenario string made of the row's columns, or why the row could not be read.
    pub scenario: Result<String, String>,
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
    /// Amounts per year, each rounded to the cent.
    pub per_jaar: Bedragen,
    /// Break-even loonwaarde.
    pub omslagpunt: Omslagpunt,
    /// Some figure rests on a provisional value (`voorlopig=ja`).
    pub voorlopig: bool,
}

impl Cijfers {
    fn van(u: &Uitkomst) -> Cijfers {
        Cijfers {
            peildatum: u.peildatum,
            uren: u.uren,
            loonwaarde: u.loonwaarde,
            per_maand: u.per(Periode::Maand),
            per_jaar: u.per(Periode::Jaar),
            omslagpunt: u.omslagpunt,
            voorlopig: u.is_voorlopig("nettokosten_meting") || u.is_voorlopig("nettokosten_forfait"),
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
}

/// Totals over the calculated rows of one period.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Totalen {
    /// Rows calculated.
    pub gelukt: usize,
    /// Rows with errors.
    pub mislukt: usize,
    /// Sum of each amount of [`BEDRAGEN`], in that order.
    pub bedragen: [Decimal; BEDRAGEN.len()],
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
}

impl Totalen {
    /// Adds one row.
    pub fn tel(&mut self, rij: &Rij, periode: Periode) {
        let Ok(c) = &rij.uitkomst else {
            self.mislukt += 1;
            return;
        };
        self.gelukt += 1;
        if c.voorlopig {
            self.voorlopig += 1;
        }
        let velden = c.per(periode).velden();
        for (som, naam) in self.bedragen.iter_mut().zip(BEDRAGEN) {
            *som += velden.iter().find(|(k, _)| *k == naam).map(|(_, w)| *w).unwrap_or_default();
        }
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

/// Reads the CSV text. An error only when there is no usable header or too many rows; a row that
/// cannot be read becomes an [`InvoerRij`] with its message, so the other rows still count.
pub fn lees(invoer: &str) -> Result<Bestand, String> {
    let mut lezer = Lezer::nieuw(invoer)?;
    let mut rijen = Vec::new();
    loop {
        let deel = lezer.volgende(MAX_RIJEN)?;
        if deel.is_empty() {
            break;
        }
        rijen.extend(deel);
    }
    Ok(Bestand { scheiding: lezer.scheiding, rijen })
}

/// Reads a CSV text a part at a time, so a page can read, calculate and show progress in turns
/// (reading 10,000 rows at once would hold the browser for about 0.1 s).
pub struct Lezer<'a> {
    /// `b','` or `b';'`.
    pub scheiding: u8,
    lezer: csv::Reader<&'a [u8]>,
    koppen: Vec<String>,
    record: csv::StringRecord,
    teller: Regelteller<'a>,
    gelezen: usize,
    klaar: bool,
}

impl<'a> Lezer<'a> {
    /// Reads the header. An error when there is none.
    pub fn nieuw(invoer: &'a str) -> Result<Lezer<'a>, String> {
        let invoer = invoer.strip_prefix('\u{feff}').unwrap_or(invoer); // Excel writes a byte order mark
        let eerste = invoer.lines().next().unwrap_or_default();
        let scheiding = if eerste.contains(';') && !eerste.contains(',') { b';' } else { b',' };
        let mut lezer = csv::ReaderBuilder::new()
            .delimiter(scheiding)
            .flexible(true)
            .trim(csv::Trim::All)
            .from_reader(invoer.as_bytes());
        let koppen: Vec<String> = lezer
            .headers()
            .map_err(|e| format!("De kopregel is niet te lezen: {e}."))?
            .iter()
            .map(str::to_ascii_lowercase)
            .collect();
        if koppen.iter().all(String::is_empty) {
            return Err(GEEN_KOP.into());
        }
        Ok(Lezer {
            scheiding,
            lezer,
            koppen,
            record: csv::StringRecord::new(),
            // Line numbers from byte offsets (the reader's own count skips empty lines).
            teller: Regelteller { tekst: invoer, byte: 0, regel: 1 },
            gelezen: 0,
            klaar: false,
        })
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
                        continue; // an empty line at the end of a spreadsheet export
                    }
                    let regel = self.record.position().map_or(regel, |p| self.teller.regel_bij(p.byte()));
                    rijen.push(self.rij(regel));
                }
                Err(e) => {
                    let regel = e.position().map_or(regel, |p| self.teller.regel_bij(p.byte()));
                    rijen.push(InvoerRij {
                        regel,
                        referentie: String::new(),
                        scenario: Err(format!("Deze rij is niet te lezen ({e}).")),
                    });
                    // The reader cannot go on after an I/O error.
                    self.klaar =
                        !matches!(e.kind(), csv::ErrorKind::Utf8 { .. } | csv::ErrorKind::UnequalLengths { .. });
                }
            }
        }
        self.gelezen += rijen.len();
        if self.gelezen > MAX_RIJEN {
            return Err(format!("Het bestand heeft meer dan {MAX_RIJEN} rijen. Splits het in delen."));
        }
        Ok(rijen)
    }

    /// The record just read as an input row.
    fn rij(&self, regel: u64) -> InvoerRij {
        let (koppen, record) = (&self.koppen, &self.record);
        let mut referentie = String::new();
        let mut scenario = String::with_capacity(record.as_slice().len() + 4 * koppen.len());
        for (k, w) in koppen.iter().zip(record.iter()) {
            if k == "id" {
                referentie = w.chars().take(MAX_REFERENTIE).collect();
            } else if !w.is_empty() {
                if !scenario.is_empty() {
                    scenario.push('&');
                }
                ontsnap_in(&mut scenario, k);
                scenario.push('=');
                ontsnap_in(&mut scenario, w);
            }
        }
        let scenario = if record.len() > koppen.len() {
            Err(format!("Deze rij heeft {} kolommen, de kopregel {}.", record.len(), koppen.len()))
        } else {
            Ok(scenario)
        };
        InvoerRij { regel, referentie, scenario }
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

const GEEN_KOP: &str =
    "Het bestand heeft geen kopregel met scenario-sleutels (bijvoorbeeld id,datum,leeftijd,uren,loonwaarde).";

/// How the rows of a file are calculated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Opties {
    /// The default peildatum (a row without `datum`).
    pub vandaag: Datum,
    /// Past the tables, for a row without `voorlopig`: calculate with the last known values
    /// (`true`, the app) or report the missing values (`false`, the CLI: a script opts in).
    pub voorlopig: bool,
}

impl Opties {
    /// The app's choice: provisional past the tables, as the one-employee page.
    pub fn app(vandaag: Datum) -> Opties {
        Opties { vandaag, voorlopig: crate::STANDAARD_VOORLOPIG }
    }
}

/// Calculates one row.
pub fn bereken_rij(rij: &InvoerRij, opties: &Opties) -> Rij {
    let uitkomst = rij.scenario.clone().and_then(|s| {
        let mut gelezen = decode(&s);
        if !gelezen.meldingen.is_empty() {
            return Err(gelezen.meldingen.iter().map(|m| m.tekst()).collect::<Vec<_>>().join(" "));
        }
        gelezen.invoer.voorlopig.get_or_insert(opties.voorlopig);
        crate::bereken(&gelezen.invoer, opties.vandaag).map(|u| Cijfers::van(&u)).map_err(|f| foutregel(&f))
    });
    Rij { regel: rij.regel, referentie: rij.referentie.clone(), uitkomst }
}

/// One line for a row's errors: missing values are listed by the column that supplies them.
fn foutregel(fouten: &[Fout]) -> String {
    let mut delen: Vec<String> = fouten.iter().filter(|f| matches!(f, Fout::Invoer { .. })).map(Fout::tekst).collect();
    let ontbrekend: Vec<String> = fouten
        .iter()
        .filter_map(|f| match f {
            Fout::Ontbreekt { label, sleutel, datum, .. } => {
                Some(format!("{label} op {} (kolom {})", datum.nl(), sleutel.unwrap_or("-")))
            }
            Fout::Invoer { .. } => None,
        })
        .collect();
    if !ontbrekend.is_empty() {
        delen.push(format!("Niet bekend, vul zelf in: {}.", ontbrekend.join("; ")));
    }
    delen.join(" ")
}

/// Reads and calculates a whole file: what the CLI does, and what the app does in chunks.
pub fn verwerk(invoer: &str, opties: &Opties) -> Result<(u8, Vec<Rij>), String> {
    let b = lees(invoer)?;
    Ok((b.scheiding, b.rijen.iter().map(|r| bereken_rij(r, opties)).collect()))
}

/// The result as CSV: a header, one line per row (errors in the `status` column), and a TOTAAL line.
/// With `;` as separator numbers get a decimal comma (Dutch spreadsheets).
pub fn csv(rijen: &[Rij], periode: Periode, scheiding: u8) -> String {
    let p = if periode == Periode::Jaar { "jaar" } else { "maand" };
    let getal = |w: Decimal| {
        let t = w.normalize().to_string();
        if scheiding == b';' {
            t.replace('.', ",")
        } else {
            t
        }
    };
    let bedrag = |w: Decimal| {
        let t = format!("{:.2}", afronden(w, 2));
        if scheiding == b';' {
            t.replace('.', ",")
        } else {
            t
        }
    };
    let mut kop = vec!["id".to_string(), "peildatum".into(), "uren".into(), "loonwaarde".into()];
    kop.extend(BEDRAGEN.iter().map(|b| format!("{b}_{p}")));
    kop.extend([format!("verschil_nettokosten_{p}"), "omslagpunt_loonwaarde".into(), "status".into()]);
    let mut uit = String::new();
    regel(&mut uit, &kop, scheiding);
    for r in rijen {
        let mut velden = vec![r.referentie.clone()];
        match &r.uitkomst {
            Ok(c) => {
                let b = c.per(periode).velden();
                velden.extend([c.peildatum.to_string(), getal(c.uren), getal(c.loonwaarde * Decimal::ONE_HUNDRED)]);
                for naam in BEDRAGEN {
                    velden.push(bedrag(b.iter().find(|(k, _)| *k == naam).map(|(_, w)| *w).unwrap_or_default()));
                }
                velden.push(bedrag(c.verschil(periode)));
                velden.push(match c.omslagpunt {
                    Omslagpunt::Bij(lw) => getal(afronden(lw * Decimal::ONE_HUNDRED, 1)),
                    Omslagpunt::ForfaitAltijdHoger => "forfait altijd hoger".into(),
                });
                velden.push(if c.voorlopig { "ok (voorlopig)".into() } else { "ok".into() });
            }
            Err(tekst) => {
                velden.extend(vec![String::new(); kop.len() - 2]);
                velden.push(format!("fout in regel {}: {tekst}", r.regel));
            }
        }
        regel(&mut uit, &velden, scheiding);
    }
    let t = Totalen::van(rijen, periode);
    let mut som = vec!["TOTAAL".to_string(), String::new(), String::new(), String::new()];
    som.extend(t.bedragen.iter().map(|w| bedrag(*w)));
    som.extend([bedrag(t.minder + t.meer), String::new(), format!("{} medewerker(s)", t.gelukt)]);
    regel(&mut uit, &som, scheiding);
    uit
}

/// One CSV line, quoting fields that need it (RFC 4180), and neutralising spreadsheet formulas
/// in free text (a reference starting with `=` must not run in Excel).
fn regel(uit: &mut String, velden: &[String], scheiding: u8) {
    let sep = char::from(scheiding);
    for (i, v) in velden.iter().enumerate() {
        if i > 0 {
            uit.push(sep);
        }
        let formule = v.starts_with(['=', '+', '@', '\t', '\r'])
            || (v.starts_with('-') && v.parse::<Decimal>().is_err() && v.replace(',', ".").parse::<Decimal>().is_err());
        let v = if formule { format!("'{v}") } else { v.clone() };
        if v.contains([sep, '"', '\n', '\r']) {
            uit.push('"');
            uit.push_str(&v.replace('"', "\"\""));
            uit.push('"');
        } else {
            uit.push_str(&v);
        }
    }
    uit.push_str("\r\n");
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn formules_en_scheidingstekens_worden_onschadelijk() {
        let mut s = String::new();
        regel(&mut s, &["=SOM(A1)".into(), "a,b".into(), "-12.50".into(), "-x".into(), "\"q\"".into()], b',');
        assert_eq!(s, "'=SOM(A1),\"a,b\",-12.50,'-x,\"\"\"q\"\"\"\r\n");
        let mut s = String::new();
        regel(&mut s, &["-12,50".into(), "a;b".into()], b';');
        assert_eq!(s, "-12,50;\"a;b\"\r\n");
    }

    #[test]
    fn een_kapotte_rij_telt_mee_als_fout_en_de_rest_gaat_door() {
        let b = lees("id,uren\nA,36\nB,36,extra\n\nC,\"37,5\"\n").unwrap();
        assert_eq!(b.rijen.len(), 3);
        assert_eq!(b.rijen[1].regel, 3);
        assert!(b.rijen[1].scenario.is_err());
        assert_eq!(b.rijen[2].regel, 5);
        assert_eq!(b.rijen[2].scenario.as_deref(), Ok("uren=37,5"));
        assert!(lees("").is_err());
        assert!(lees("\n\n").is_err());
    }
}
