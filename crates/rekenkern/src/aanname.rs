//! What a calculation assumed (a field left empty) and which parameters it lacked for the
//! peildatum (past the tables). Its own module, below the resolver and the result.

use crate::datum::Datum;
use crate::fout::Veld;
use rust_decimal::Decimal;

/// What an assumption says: a fixed text (in `teksten::aanname`; its Dutch is the key of its
/// English in `engels.rs`), or the text with the value that was assumed. The words are made when
/// the assumption is shown, in the language of the page: a result holds no sentence, so English
/// that arrives later needs no new calculation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AannameTekst {
    /// A fixed text.
    Vast(&'static str),
    /// The default age.
    Leeftijd(u8),
    /// The default hours per week.
    Uren(Decimal),
    /// The default loonwaarde in percent.
    Loonwaarde(u8),
}

/// An assumption the calculation made because a field was empty.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Aanname {
    /// The field.
    pub veld: Veld,
    /// What it says.
    pub tekst: AannameTekst,
}

impl Aanname {
    /// The Dutch text.
    pub fn tekst(&self) -> String {
        self.in_taal(crate::Taal::Nl)
    }

    /// The text in a language.
    pub fn in_taal(&self, taal: crate::Taal) -> String {
        use crate::teksten::aanname as t;
        match self.tekst {
            AannameTekst::Vast(nl) => crate::engels::vertaal(nl, taal).to_string(),
            AannameTekst::Leeftijd(jaar) => t::leeftijd(jaar, taal),
            AannameTekst::Uren(uren) => t::uren(&crate::getal::nl(uren, 0), taal),
            AannameTekst::Loonwaarde(procent) => t::loonwaarde(procent, taal),
        }
    }
}

/// A parameter the tables do not have for the peildatum yet (the date lies after `bekend_tot`).
/// Listed so the user sees what rests on it and can type the known value (`sleutel`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NietBekend {
    /// Parameter id.
    pub param: &'static str,
    /// The id of the value in the trail (the parameter id, or what it stands for where it is used:
    /// `wml.uur.21`, the hourly wage for 21 and older a youth wage is made from).
    pub gebruikt: &'static str,
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
