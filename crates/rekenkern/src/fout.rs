//! Why a calculation could not be made: a missing parameter value or an input that does not fit.
//! Its own module, below the resolver and the result, so neither needs the other for it.

use crate::datum::Datum;
use crate::param::Dekking;

/// A field of the scenario: its typed key (the input table, `invoertabel.rs`).
pub type Veld = crate::invoertabel::Sleutel;

/// Why a calculation could not be made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fout {
    /// A parameter has no value for the date; `sleutel` names the scenario key that supplies it.
    Ontbreekt {
        /// Parameter id.
        param: &'static str,
        /// Dutch label.
        label: &'static str,
        /// The date it was needed for.
        datum: Datum,
        /// Why the tables have no value.
        dekking: Dekking,
        /// Key to supply it with, if the user can.
        sleutel: Option<Veld>,
    },
    /// An input is missing or does not fit the others.
    Invoer {
        /// The field.
        veld: Veld,
        /// Dutch message.
        bericht: &'static str,
    },
}

impl Fout {
    /// The field a message belongs next to.
    pub fn veld(&self) -> Option<Veld> {
        match self {
            Fout::Ontbreekt { sleutel, .. } => *sleutel,
            Fout::Invoer { veld, .. } => Some(*veld),
        }
    }
    /// Dutch text.
    pub fn tekst(&self) -> String {
        self.tekst_in(crate::Taal::Nl)
    }

    /// Text in a language.
    pub fn tekst_in(&self, taal: crate::Taal) -> String {
        use crate::engels::{vertaal, vul};
        use crate::teksten::fout as t;
        match self {
            Fout::Ontbreekt { label, datum, dekking: Dekking::NaBekend { bekend_tot }, .. } => vul(
                t::ONTBREEKT_NA,
                taal,
                &[vertaal(label, taal), vertaal(t::NA_BEKEND, taal), &bekend_tot.nl(), &datum.nl()],
            ),
            Fout::Ontbreekt { label, datum, dekking: Dekking::VoorEerste { eerste }, .. } => vul(
                t::ONTBREEKT_VOOR,
                taal,
                &[
                    vertaal(label, taal),
                    vertaal(t::VOOR_EERSTE, taal),
                    &eerste.map(Datum::nl).unwrap_or_default(),
                    &datum.nl(),
                ],
            ),
            Fout::Invoer { bericht, .. } => vertaal(bericht, taal).to_string(),
        }
    }
}
