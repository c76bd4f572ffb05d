//! Batch mode for controllers: the core's `batch` module (the app's "meerdere medewerkers" page
//! calls the same functions), with a summary for stderr: the encoding read, the column mapping
//! when asked, and how many rows were calculated.

use rekenkern::batch::{self, Betekenis, Codering, Totalen};
use rekenkern::uitkomst::Periode;
use rekenkern::Datum;
use std::fmt;

/// How to run a file.
pub struct Batch<'a> {
    pub vandaag: Datum,
    /// Past the tables for rows that do not say: `false` unless the script opts in.
    pub voorlopig: bool,
    pub per_jaar: bool,
    /// `--kolom NAAM=SLEUTEL` (SLEUTEL `-`: not used).
    pub kolommen: &'a [(String, Option<&'static str>)],
    /// `--kolommen`: print the mapping used.
    pub toon_koppeling: bool,
    /// The cost of a place (extra columns), when begeleiding and opbrengst are given.
    pub plek: Option<rekenkern::batch::plek::Plekinvoer>,
}

/// What a run did.
pub struct Samenvatting {
    pub codering: Codering,
    pub koppeling: Option<String>,
    /// The page's summary sentence (right at 0, 1 and many).
    pub zin: String,
    pub mislukt: usize,
}

impl fmt::Display for Samenvatting {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "Gelezen als {}.", self.codering.naam())?;
        if let Some(k) = &self.koppeling {
            writeln!(f, "{k}")?;
        }
        write!(f, "{}", self.zin)?;
        if self.mislukt > 0 {
            write!(f, " De fouten staan per regel in de kolom status.")?;
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

/// Reads the bytes and returns the result CSV. An error for an unusable header, or columns that
/// are not recognised (one message, with how to map them).
pub fn verwerk(bytes: &[u8], b: &Batch) -> Result<(String, Samenvatting), String> {
    let (tekst, codering) = batch::decodeer(bytes);
    let opties = batch::Opties { vandaag: b.vandaag, voorlopig: b.voorlopig };
    let bestand = batch::lees(&tekst, b.kolommen)
        .map_err(|e| format!("{e}\nGeef aan wat erin staat met --kolom 'NAAM=sleutel' (of --kolom 'NAAM=-' om hem over te slaan); --kolommen toont de koppeling."))?;
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
    let rijen: Vec<_> = bestand.rijen.iter().map(|r| batch::bereken_rij(r, &opties)).collect();
    let periode = if b.per_jaar { Periode::Jaar } else { Periode::Maand };
    let t = Totalen::van(&rijen, periode);
    let uit = batch::csv_met_plek(&rijen, periode, bestand.scheiding, b.plek.as_ref());
    let per = if b.per_jaar { "per kalenderjaar" } else { "per maand" };
    let zin = batch::teksten::samenvatting(&t, per);
    Ok((uit, Samenvatting { codering, koppeling, zin, mislukt: t.mislukt }))
}
