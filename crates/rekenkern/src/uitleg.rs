//! The explanation trail as data: every step of the calculation with its formula in words, the
//! values it used and its legal basis. No formatting here: the UI and the CLI render it.

use crate::bron::Bron;
use crate::datum::Datum;
use rust_decimal::Decimal;

/// Unit of a value in the trail.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Eenheid {
    /// Euro per hour.
    EuroPerUur,
    /// Euro per year.
    EuroPerJaar,
    /// A fraction, shown as a percentage.
    Fractie,
    /// Hours per week.
    UrenPerWeek,
    /// A plain number (years, weeks, months).
    Getal,
}

/// Where a used value came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Herkomst {
    /// From a parameter table, valid from this date.
    Tabel {
        /// Start date of the entry used.
        vanaf: Datum,
    },
    /// A planned rule (not law), used as a what-if.
    Voorgenomen {
        /// Intended start.
        beoogd_vanaf: Datum,
    },
    /// A calculator convention.
    Conventie,
    /// Typed in by the user.
    Gebruiker,
    /// A default this calculator assumed because the user gave nothing.
    Aangenomen,
}

/// A value the calculation used: a parameter, a convention or an input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Gebruikt {
    /// Stable id (parameter id, or `invoer.<key>`).
    pub id: &'static str,
    /// Dutch label.
    pub label: &'static str,
    /// The value.
    pub waarde: Decimal,
    /// Its unit.
    pub eenheid: Eenheid,
    /// Where it came from.
    pub herkomst: Herkomst,
    /// The source.
    pub bron: &'static Bron,
}

/// One computed step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stap {
    /// Stable id (used by the UI to attach the step to a figure, and by tests).
    pub id: &'static str,
    /// Dutch label.
    pub label: &'static str,
    /// The formula in words.
    pub formule: &'static str,
    /// Exact value (never rounded in the trail).
    pub waarde: Decimal,
    /// Unit.
    pub eenheid: Eenheid,
    /// Ids of the values and steps this step used.
    pub gebruikt: Vec<&'static str>,
    /// Legal basis.
    pub grondslag: &'static Bron,
}

/// The recorder passed through the calculation.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Spoor {
    /// Values used, in the order first used.
    pub gebruikt: Vec<Gebruikt>,
    /// Steps, in calculation order.
    pub stappen: Vec<Stap>,
}

impl Spoor {
    /// Records a used value (once per id) and returns it.
    pub fn gebruik(&mut self, g: Gebruikt) -> Decimal {
        let w = g.waarde;
        if !self.gebruikt.iter().any(|x| x.id == g.id) {
            self.gebruikt.push(g);
        }
        w
    }

    /// Records a step and returns its value.
    pub fn stap(
        &mut self,
        tekst: &crate::teksten::StapTekst,
        waarde: Decimal,
        eenheid: Eenheid,
        gebruikt: &[&'static str],
        grondslag: &'static Bron,
    ) -> Decimal {
        self.stappen.push(Stap {
            id: tekst.id,
            label: tekst.label,
            formule: tekst.formule,
            waarde,
            eenheid,
            gebruikt: gebruikt.to_vec(),
            grondslag,
        });
        waarde
    }

    /// The step with this id.
    pub fn zoek_stap(&self, id: &str) -> Option<&Stap> {
        self.stappen.iter().find(|s| s.id == id)
    }

    /// The used value with this id.
    pub fn zoek_gebruikt(&self, id: &str) -> Option<&Gebruikt> {
        self.gebruikt.iter().find(|g| g.id == id)
    }
}
