//! Batch mode for controllers: the core's `batch` module (the app's "meerdere medewerkers" page
//! calls the same functions), with a summary for stderr: what was read (the encoding of a CSV file,
//! or the spreadsheet, its sheet and header row, and any totals row left out), the column mapping
//! when asked, and how many rows were calculated.

use rayon::prelude::*;
use rekenkern::batch::werkmap::{lees_werkmap, Bladkeuze};
use rekenkern::batch::{self, Betekenis, Bron, Inhoud, Totalen, Werkblad};
use rekenkern::uitkomst::Periode;
use rekenkern::Datum;
use std::fmt;

/// How to run a file.
pub struct Batch<'a> {
    pub vandaag: Datum,
    /// Past the tables for rows that do not say: `false` unless the script opts in.
    pub voorlopig: bool,
    /// Announced values for rows that do not say (docs/adr/0024): counted unless `--aangekondigd nee`.
    pub aangekondigd: bool,
    pub per_jaar: bool,
    /// `--kolom NAAM=SLEUTEL` (SLEUTEL `-`: not used).
    pub kolommen: &'a [(String, Option<&'static str>)],
    /// `--kolommen`: print the mapping used.
    pub toon_koppeling: bool,
    /// `--blad`: a sheet's name, or its number from 1.
    pub blad: Option<String>,
    /// `--kopregel`: the header's row in a sheet.
    pub kopregel: Option<u64>,
    /// The cost of a place (extra columns), when begeleiding and opbrengst are given.
    pub plek: Option<rekenkern::batch::plek::Plekinvoer>,
    /// What a row without a loonwaarde means (`--zonder-loonwaarde`).
    pub zonder_loonwaarde: rekenkern::batch::ZonderLoonwaarde,
}

/// The result: the CSV text, and the same table for `--xlsx`.
pub struct Uitkomst {
    pub csv: String,
    pub tabel: Werkblad,
}

/// What a run did.
pub struct Samenvatting {
    /// How the input was read ("Gelezen als …").
    pub gelezen: String,
    /// Totals rows left out.
    pub totaalregels: Option<String>,
    pub koppeling: Option<String>,
    /// The page's summary sentence (right at 0, 1 and many).
    pub zin: String,
    /// Rows not calculated: with errors, or left out for an empty loonwaarde (exit code 1).
    pub mislukt: usize,
}

impl fmt::Display for Samenvatting {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{}", self.gelezen)?;
        if let Some(t) = &self.totaalregels {
            writeln!(f, "{t}")?;
        }
        if let Some(k) = &self.koppeling {
            writeln!(f, "{k}")?;
        }
        write!(f, "{}", self.zin)?;
        if self.mislukt > 0 {
            write!(f, " Wat er per regel mis is, staat in de kolom status.")?;
        }
        Ok(())
    }
}

/// `NAAM=SLEUTEL` of `--kolom`: a key the core knows, or `-` for "not used".
pub fn kolomkeuze(w: &str) -> Result<(String, Option<&'static str>), String> {
    let (naam, sleutel) = w.split_once('=').ok_or("--kolom vraagt NAAM=SLEUTEL (SLEUTEL - : niet gebruiken)")?;
    if sleutel == "-" {
        return Ok((naam.to_string(), None));
    }
    let s = rekenkern::batch::kolommen::alle_sleutels().find(|k| *k == sleutel).ok_or_else(|| {
        format!("--kolom: ‘{sleutel}’ is geen sleutel (zie docs/scenario.md, of - voor niet gebruiken)")
    })?;
    Ok((naam.to_string(), Some(s)))
}

/// Reads the bytes (CSV text or a spreadsheet, by content) and returns the result. An error for
/// an unreadable file, an unusable header, or columns that are not recognised (one message, with how
/// to map them).
pub fn verwerk(bytes: &[u8], b: &Batch) -> Result<(Uitkomst, Samenvatting), String> {
    let werkmap;
    let tekst;
    let (bron, gelezen) = match batch::herken(bytes) {
        Inhoud::Tekst => {
            if b.blad.is_some() || b.kopregel.is_some() {
                return Err("--blad en --kopregel gelden alleen voor een rekenblad (.xlsx of .ods).".into());
            }
            let (t, codering) = batch::decodeer(bytes);
            tekst = t;
            (Bron::Tekst(&tekst), format!("Gelezen als {}.", codering.naam()))
        }
        _ => {
            let keuze = match b.blad.as_deref() {
                None => Bladkeuze::Vanzelf,
                Some(w) => match w.parse::<usize>() {
                    Ok(n) if n > 0 => Bladkeuze::Nummer(n - 1),
                    _ => Bladkeuze::Naam(w.to_string()),
                },
            };
            werkmap = lees_werkmap(bytes, &keuze)?;
            let gelezen = format!(
                "Gelezen als {}, werkblad ‘{}’ ({} van {}).",
                werkmap.soort.naam(),
                werkmap.blad.naam,
                werkmap.gekozen + 1,
                werkmap.bladen.len()
            );
            (Bron::Blad { blad: &werkmap.blad, kopregel: b.kopregel }, gelezen)
        }
    };
    let opties = batch::Opties {
        vandaag: b.vandaag,
        voorlopig: b.voorlopig,
        aangekondigd: b.aangekondigd,
        zonder_loonwaarde: b.zonder_loonwaarde,
    };
    let bestand = batch::lees(bron, b.kolommen)
        .map_err(|e| format!("{e}\nGeef aan wat erin staat met --kolom 'NAAM=sleutel' (of --kolom 'NAAM=-' om hem over te slaan); --kolommen toont de koppeling."))?;
    let gelezen = match bron {
        Bron::Blad { .. } => format!("{gelezen} Kopregel: rij {}.", bestand.kopregel),
        Bron::Tekst(_) => gelezen,
    };
    let koppeling = b.toon_koppeling.then(|| {
        let regels: Vec<String> = bestand
            .kolommen
            .iter()
            .map(|k| match k.betekenis {
                Betekenis::Sleutel(s) => format!("  {} → {s}", k.kop),
                _ => format!("  {} → (niet gebruikt)", k.kop),
            })
            .collect();
        format!("Kolommen:\n{}", regels.join("\n"))
    });
    // All cores: each row is calculated on its own; `collect` keeps the file's order.
    let rijen: Vec<_> = bestand.rijen.par_iter().map(|r| batch::bereken_rij(r, &opties)).collect();
    let periode = if b.per_jaar { Periode::Jaar } else { Periode::Maand };
    let t = Totalen::van(&rijen, periode);
    let csv = batch::csv_met_plek(&rijen, periode, bestand.scheiding, b.plek.as_ref());
    let tabel = batch::tabel(&rijen, periode, b.plek.as_ref());
    let per = if b.per_jaar { "per kalenderjaar" } else { "per maand" };
    let zin = batch::teksten::samenvatting(&t, per);
    let totaalregels = batch::teksten::totaalregels(&bestand.totaalregels);
    let mislukt = t.mislukt + t.weggelaten;
    Ok((Uitkomst { csv, tabel }, Samenvatting { gelezen, totaalregels, koppeling, zin, mislukt }))
}
