//! Batch mode for controllers: the core's `batch` module (the app's "meerdere medewerkers" page
//! calls the same functions), with a summary line for stderr.

use rekenkern::batch::{self, Totalen};
use rekenkern::uitkomst::Periode;
use rekenkern::Datum;
use std::fmt;

/// What a run did.
pub struct Samenvatting {
    pub gelukt: usize,
    pub mislukt: usize,
}

impl fmt::Display for Samenvatting {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} rij(en) berekend, {} rij(en) met fouten (zie de kolom status).", self.gelukt, self.mislukt)
    }
}

/// Reads the CSV and returns the result CSV. An error only for a file without a usable header.
/// Past the tables: `voorlopig` for rows that do not say (`false` unless the script opts in).
pub fn verwerk(
    invoer: &str,
    vandaag: Datum,
    voorlopig: bool,
    per_jaar: bool,
) -> Result<(String, Samenvatting), String> {
    let (scheiding, rijen) = batch::verwerk(invoer, &batch::Opties { vandaag, voorlopig })?;
    let periode = if per_jaar { Periode::Jaar } else { Periode::Maand };
    let t = Totalen::van(&rijen, periode);
    Ok((batch::csv(&rijen, periode, scheiding), Samenvatting { gelukt: t.gelukt, mislukt: t.mislukt }))
}
