//! December and January of a whole file side by side (docs/adr/0024), so a gemeente sees the step in
//! its budget: every row's "Wat verandert er op 1 januari?" ([`crate::jaarwissel`]) for one turn of
//! the year, summed per amount, with how many employees each reason touches.
//!
//! One turn of the year for the file: the coming one from `vandaag` (in January: the one just past).
//! Each row is placed on 1 December of that year (its age from a date of birth on each day); a
//! subsidy without a grant date is taken as granted in December, so in January it runs (lid 7).

use super::{foutregel, rij_invoer_met, InvoerRij, Opties, ZonderLoonwaarde};
use crate::bedragen::Bedragen;
use crate::Datum;

/// The totals of both months over the rows that could be calculated.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct JaarwisselTotalen {
    /// 1 December of the turn of the year.
    pub december: Option<Datum>,
    /// 1 January after it.
    pub januari: Option<Datum>,
    /// Rows calculated.
    pub gelukt: usize,
    /// Rows that could not be calculated (named with their error in the group's own results).
    pub mislukt: usize,
    /// Rows without a loonwaarde left out by the user's choice (listed under "niet meegeteld" in the
    /// group's own results, not as errors), as [`super::Totalen::weggelaten`].
    pub weggelaten: usize,
    /// Rows whose January rests on a provisional value (last known or announced).
    pub voorlopig: usize,
    /// December, summed over the rows (each row's lines rounded as its card, ADR 0021).
    pub totaal_december: Bedragen,
    /// January, summed.
    pub totaal_januari: Bedragen,
    /// Each reason with the number of employees whose amounts it changes.
    pub redenen: Vec<(crate::jaarwissel::Reden, usize)>,
}

/// The turn of the year of a file calculated on `vandaag`: its 1 December.
pub fn december_van(vandaag: Datum) -> Option<Datum> {
    let jaar = if vandaag.maand() == 1 { vandaag.jaar().checked_sub(1)? } else { vandaag.jaar() };
    Datum::new(jaar, 12, 1)
}

impl JaarwisselTotalen {
    /// Adds one row.
    pub fn tel(&mut self, rij: &InvoerRij, opties: &Opties) {
        let Some(december) = december_van(opties.vandaag) else { return };
        let (invoer, zonder) = rij_invoer_met(rij, opties, Some(december));
        let wissel = invoer.and_then(|i| crate::jaarwissel::jaarwissel(&i, opties.vandaag).map_err(|f| foutregel(&f)));
        let Ok(w) = wissel else {
            match zonder {
                Some(ZonderLoonwaarde::Weglaten) => self.weggelaten += 1,
                _ => self.mislukt += 1,
            }
            return;
        };
        self.december = Some(w.december.datum);
        self.januari = Some(w.januari.datum);
        self.gelukt += 1;
        if w.januari.uitkomst.nettokosten_voorlopig() {
            self.voorlopig += 1;
        }
        self.totaal_december = self.totaal_december.plus(&w.december.bedragen);
        self.totaal_januari = self.totaal_januari.plus(&w.januari.bedragen);
        for reden in w.redenen {
            match self.redenen.iter_mut().find(|(r, _)| *r == reden) {
                Some((_, n)) => *n += 1,
                None => self.redenen.push((reden, 1)),
            }
        }
    }

    /// The totals of all rows of a file.
    pub fn van(rijen: &[InvoerRij], opties: &Opties) -> JaarwisselTotalen {
        let mut t = JaarwisselTotalen::default();
        for r in rijen {
            t.tel(r, opties);
        }
        t
    }
}
