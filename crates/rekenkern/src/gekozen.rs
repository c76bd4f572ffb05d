//! What each choice of a scenario comes to, with the defaults applied: the one place that says
//! what an empty choice means ("overheid" follows the employer, a grant date alone means a running
//! subsidy). The calculation takes its choices from here, the result carries them
//! ([`crate::Uitkomst::keuzes`]), and the app's form and print show them; none of them derives a
//! default again. The assumptions an empty choice raises are recorded by the calculation, which
//! knows when the readings differ.

use crate::invoer::{Contract, Invoer, Lezing, Lid7, LoonKeuze, Omvang, Subsidie, Werkgever, WglMaximum};
use crate::invoertabel::keuzes::*;
use crate::invoertabel::{woord, Sleutel};

/// The cao scale when none is chosen (scale 1 is the minimum wage).
pub const STANDAARD_SCHAAL: u8 = 1;
/// Past the tables without `voorlopig=`: calculate with the last known values, marked provisional
/// (ADR 0013: amounts at once, not a list of ten missing values).
pub const STANDAARD_VOORLOPIG: bool = true;
/// Without `aangekondigd=`: count announced values (a decision with a date), marked as announced
/// with their source (docs/adr/0024).
pub const STANDAARD_AANGEKONDIGD: bool = true;

/// One choice as it applies: its word (as in the scenario) and whether the user gave it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Gekozen {
    /// The choice.
    pub sleutel: Sleutel,
    /// The word that applies (`regulier`, `lopend`, ...).
    pub woord: &'static str,
    /// Given by the user (`false`: the default, an assumption).
    pub gegeven: bool,
}

/// Every choice, resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Keuzes {
    /// Kind of employer.
    pub werkgever: Werkgever,
    /// Public employer: by default a sociaal ontwikkelbedrijf is one, a regular employer is not.
    pub overheid: bool,
    /// New or running subsidy: by default running when a grant date is given, else new.
    pub subsidie: Subsidie,
    /// Beschut werk.
    pub beschut: bool,
    /// Wage.
    pub loon: LoonKeuze,
    /// Cao scale.
    pub schaal: u8,
    /// Contract type.
    pub contract: Contract,
    /// Employer size.
    pub omvang: Omvang,
    /// Reading of the forfait.
    pub forfait: Lezing,
    /// Werkgeverslasten and the cap.
    pub wgl_max: WglMaximum,
    /// Reading of lid 7.
    pub lid7: Lid7,
    /// The first six months on the lid-5 forfait (year overview).
    pub lid5: bool,
    /// Announced values count (docs/adr/0024).
    pub aangekondigd: bool,
}

impl Keuzes {
    /// The choices of a scenario.
    pub fn van(i: &Invoer) -> Keuzes {
        let werkgever = i.werkgever.unwrap_or_default();
        Keuzes {
            werkgever,
            overheid: i.overheid.unwrap_or(werkgever == Werkgever::Sob),
            subsidie: i.subsidie_gekozen().unwrap_or_default(),
            beschut: i.beschut.unwrap_or(true),
            loon: i.loon.unwrap_or_default(),
            schaal: i.schaal.unwrap_or(STANDAARD_SCHAAL),
            contract: i.contract.unwrap_or_default(),
            omvang: i.omvang.unwrap_or_default(),
            forfait: i.forfait.unwrap_or_default(),
            wgl_max: i.wgl_max.unwrap_or_default(),
            lid7: i.lid7.unwrap_or_default(),
            lid5: i.jaar.lid5.unwrap_or(false),
            aangekondigd: i.aangekondigd.unwrap_or(STANDAARD_AANGEKONDIGD),
        }
    }

    /// The word that applies for a choice (`None`: the key is no choice).
    pub fn woord(&self, s: Sleutel) -> Option<&'static str> {
        Some(match s {
            Sleutel::Forfait => woord(self.forfait, &LEZINGEN),
            Sleutel::Loon => woord(self.loon, &LONEN),
            Sleutel::Schaal => woord(self.schaal, &SCHALEN),
            Sleutel::Contract => woord(self.contract, &CONTRACTEN),
            Sleutel::Werkgever => woord(self.werkgever, &WERKGEVERS),
            Sleutel::Overheid => woord(self.overheid, &JA_NEE),
            Sleutel::Omvang => woord(self.omvang, &OMVANGEN),
            Sleutel::Beschut => woord(self.beschut, &JA_NEE),
            Sleutel::Subsidie => woord(self.subsidie, &SUBSIDIES),
            Sleutel::Lid7 => woord(self.lid7, &LID7),
            Sleutel::WglMax => woord(self.wgl_max, &WGL_MAX),
            Sleutel::Lid5 => woord(self.lid5, &JA_NEE),
            Sleutel::Aangekondigd => woord(self.aangekondigd, &JA_NEE),
            _ => return None,
        })
    }

    /// The choices as words, each marked given or default, in the order of the input table.
    pub fn lijst(&self, i: &Invoer) -> Vec<Gekozen> {
        crate::invoertabel::VELDEN
            .iter()
            .filter_map(|v| {
                let woord = self.woord(v.sleutel)?;
                Some(Gekozen { sleutel: v.sleutel, woord, gegeven: (v.schrijf)(i).is_some() })
            })
            .collect()
    }
}

/// The resolved choices of a scenario as words (what the form and the print show).
pub fn gekozen(i: &Invoer) -> Vec<Gekozen> {
    Keuzes::van(i).lijst(i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::decode;

    fn woord_van(scenario: &str, s: Sleutel) -> (&'static str, bool) {
        let i = decode(scenario).invoer;
        gekozen(&i).iter().find(|g| g.sleutel == s).map(|g| (g.woord, g.gegeven)).unwrap_or_default()
    }

    #[test]
    fn afgeleide_standaarden() {
        assert_eq!(woord_van("v=1", Sleutel::Overheid), ("ja", false));
        assert_eq!(woord_van("v=1&werkgever=regulier", Sleutel::Overheid), ("nee", false));
        assert_eq!(woord_van("v=1&werkgever=regulier&overheid=ja", Sleutel::Overheid), ("ja", true));
        assert_eq!(woord_van("v=1", Sleutel::Subsidie), ("nieuw", false));
        assert_eq!(woord_van("v=1&toekenning=2025-03-01", Sleutel::Subsidie), ("lopend", false));
        assert_eq!(woord_van("v=1&toekenning=2025-03-01&subsidie=nieuw", Sleutel::Subsidie), ("nieuw", true));
        assert_eq!(woord_van("v=1", Sleutel::Contract), ("tijdelijk", false));
        assert_eq!(woord_van("v=1", Sleutel::Schaal), ("1", false));
    }
}
