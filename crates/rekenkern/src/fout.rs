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
        use crate::engels::vertaal;
        let en = taal == crate::Taal::En;
        match self {
            Fout::Ontbreekt { label, datum, dekking: Dekking::NaBekend { bekend_tot }, .. } if en => format!(
                "{}: {} The calculator knows values up to and including {}; the reference date is {}. Enter the value yourself.",
                vertaal(label, taal), vertaal(crate::teksten::fout::NA_BEKEND, taal), bekend_tot.nl(), datum.nl()),
            Fout::Ontbreekt { label, datum, dekking: Dekking::NaBekend { bekend_tot }, .. } => format!(
                "{label}: {} De rekenhulp kent waarden tot en met {}; de peildatum is {}. Vul de waarde zelf in.",
                crate::teksten::fout::NA_BEKEND, bekend_tot.nl(), datum.nl()),
            Fout::Ontbreekt { label, datum, dekking: Dekking::VoorEerste { eerste }, .. } if en => format!(
                "{}: {} The calculator has values from {}; the reference date is {}.",
                vertaal(label, taal), vertaal(crate::teksten::fout::VOOR_EERSTE, taal), eerste.map(Datum::nl).unwrap_or_default(), datum.nl()),
            Fout::Ontbreekt { label, datum, dekking: Dekking::VoorEerste { eerste }, .. } => format!(
                "{label}: {} De rekenhulp heeft waarden vanaf {}; de peildatum is {}.",
                crate::teksten::fout::VOOR_EERSTE, eerste.map(Datum::nl).unwrap_or_default(), datum.nl()),
            Fout::Invoer { bericht, .. } => vertaal(bericht, taal).to_string(),
        }
    }
}
