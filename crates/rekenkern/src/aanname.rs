//! What a calculation assumed (a field left empty) and which parameters it lacked for the
//! peildatum (past the tables). Its own module, below the resolver and the result.

use crate::datum::Datum;
use crate::fout::Veld;

/// An assumption the calculation made because a field was empty.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Aanname {
    /// The field.
    pub veld: Veld,
    /// Dutch text.
    pub tekst: String,
    /// English text.
    pub tekst_en: String,
}

impl Aanname {
    /// The text in a language.
    pub fn in_taal(&self, taal: crate::Taal) -> &str {
        match taal {
            crate::Taal::Nl => &self.tekst,
            crate::Taal::En => &self.tekst_en,
        }
    }
}

/// A parameter the tables do not have for the peildatum yet (the date lies after `bekend_tot`).
/// Listed so the user sees what rests on it and can type the known value (`sleutel`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NietBekend {
    /// Parameter id (as in the trail).
    pub param: &'static str,
    /// Dutch label.
    pub label: &'static str,
    /// The scenario key that supplies the value, if the user can.
    pub sleutel: Option<Veld>,
    /// Last date for which the table was confirmed.
    pub bekend_tot: Datum,
    /// `Some(vanaf)`: provisional, the last known value (valid from `vanaf`) is used. `None`: the
    /// value the user typed is used.
    pub voorlopig: Option<Datum>,
}
