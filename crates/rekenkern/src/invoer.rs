//! The scenario as the user gave it: every field optional, defaults are applied (and recorded
//! as assumptions) by the calculation. Field limits live here so the codec and the UI share them.

use crate::datum::Datum;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

/// Which reading of the planned 68% forfait (docs/adr/0003).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Lezing {
    /// 68% of (WML + vakantiebijslag), plus werkgeverslasten (like lid 5). Default.
    #[default]
    A,
    /// 68% of WML without vakantiebijslag, plus werkgeverslasten.
    B,
    /// 68% of (WML + vakantiebijslag), all-in: no separate werkgeverslasten.
    C,
}

/// Is the loonkostensubsidie granted on the peildatum, or already running (lid 7)?
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Subsidie {
    /// Granted on the peildatum: the minimum wage of that date. Default (shown as an assumption).
    #[default]
    Nieuw,
    /// Running since `Invoer::toekenning`: follows the minimum wage only on 1 January (lid 7).
    Lopend,
}

/// Reading of art. 10d lid 7 for a running subsidy granted after 1 July (docs/adr/0008).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Lid7 {
    /// On 1 January the subsidy is re-set on the minimum wage of that 1 January. Default.
    #[default]
    Herijken,
    /// Literal: the subsidy is raised by the minimum-wage change from 1 January of the previous
    /// year to 1 January (a grant after 1 July then counts that July rise twice).
    Indexeren,
}

/// Does the 70% cap of lid 4 apply before or after the werkgeverslasten allowance (docs/adr/0001)?
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum WglMaximum {
    /// Practice: cap the subsidy at 70%, then add 23.5% on top. Default.
    #[default]
    Buiten,
    /// MinBZK's reading: the subsidy including the allowance is at most 70%.
    Binnen,
}

/// What the employee earns per hour.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum LoonKeuze {
    /// The statutory minimum for the age.
    #[default]
    Wml,
    /// An hourly wage the employer pays (at least WML).
    Eigen,
    /// Cao Aan de Slag: scale 1 is WML; scales 2 and 3 with an amount the user enters.
    Cao,
}

/// Contract type; decides the AWf rate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Contract {
    /// Written permanent contract, not on call: AWf low.
    Vast,
    /// Fixed-term: AWf high. Default, as beschut werk often starts fixed-term.
    #[default]
    Tijdelijk,
    /// On call: AWf high.
    Oproep,
}

/// Kind of employer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Werkgever {
    /// Sociaal ontwikkelbedrijf under the cao Aan de Slag. Default.
    #[default]
    Sob,
    /// A regular employer.
    Regulier,
}

/// Employer size for the Aof rate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Omvang {
    /// Small employer: Aof low.
    Klein,
    /// Medium or large employer: Aof high. Default.
    #[default]
    Groot,
}

/// Values the user supplies for parameters (all fractions are 0..=1, amounts in euro).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Overrides {
    /// Minimumuurloon for this person's age, euro per hour.
    pub wml: Option<Decimal>,
    /// Werkgeverslasten compensation on the LKS.
    pub wgl: Option<Decimal>,
    /// AWf premium.
    pub awf: Option<Decimal>,
    /// Aof premium.
    pub aof: Option<Decimal>,
    /// Ufo premium.
    pub ufo: Option<Decimal>,
    /// Wko opslag.
    pub wko: Option<Decimal>,
    /// Whk premium.
    pub whk: Option<Decimal>,
    /// Zvw werkgeversheffing.
    pub zvw: Option<Decimal>,
    /// Employer pension cost as a fraction of wage plus vakantiebijslag (replaces the estimate).
    pub pensioen: Option<Decimal>,
    /// Cao year-end payment per full-time year.
    pub eju: Option<Decimal>,
    /// Cao one-off payment in the calendar year (full-time).
    pub eenmalig: Option<Decimal>,
    /// Maximum premium wage per year.
    pub max_premieloon: Option<Decimal>,
    /// Minimum wage per month (referentiemaandloon, 21+); for a lid-7 look-up at a date the tables
    /// do not cover, this value is used too.
    pub rml: Option<Decimal>,
}

/// Choices for the year overview (`jaar::jaaroverzicht`); `bereken` ignores them.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Jaaropties {
    /// Calendar year of the overview.
    pub jaar: Option<u16>,
    /// First day of employment (and of a new subsidy); without `jaar`: twelve months from here.
    pub start: Option<Datum>,
    /// The first six months of a new placement on the 50% forfait of lid 5.
    pub lid5: Option<bool>,
    /// First day of the month from which the re-measured loonwaarde applies.
    pub hermeting: Option<Datum>,
    /// The re-measured loonwaarde in whole percent.
    pub loonwaarde2: Option<u8>,
    /// Month (1..=12) in which the vakantiebijslag is paid; empty: accrued each month.
    pub vb_maand: Option<u8>,
    /// Month (1..=12) in which the cao one-off payment is paid.
    pub eenmalig_maand: Option<u8>,
    /// Month (1..=12) of the employee's birthday (no day: the overview needs no birth date).
    pub verjaardag: Option<u8>,
}

/// A scenario. `None` means "not given": the calculation applies a default and records it.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Invoer {
    /// Peildatum; default: today.
    pub datum: Option<Datum>,
    /// Age in years.
    pub leeftijd: Option<u8>,
    /// Agreed hours per week.
    pub uren: Option<Decimal>,
    /// Normal full-time week in the sector.
    pub voltijd: Option<Decimal>,
    /// Measured loonwaarde, whole percent 0..=100.
    pub loonwaarde: Option<u8>,
    /// Reading of the planned forfait.
    pub forfait: Option<Lezing>,
    /// Wage choice.
    pub loon: Option<LoonKeuze>,
    /// Own hourly wage (with `LoonKeuze::Eigen`) or the scale amount (with `LoonKeuze::Cao`).
    pub uurloon: Option<Decimal>,
    /// Cao scale 1..=3.
    pub schaal: Option<u8>,
    /// Contract type.
    pub contract: Option<Contract>,
    /// Employer kind.
    pub werkgever: Option<Werkgever>,
    /// Public employer (pays Ufo).
    pub overheid: Option<bool>,
    /// Employer size.
    pub omvang: Option<Omvang>,
    /// Beschut werk (Pw art. 10b) or another LKS job.
    pub beschut: Option<bool>,
    /// New subsidy or running since `toekenning`.
    pub subsidie: Option<Subsidie>,
    /// Date the running LKS was granted (lid 7). Alone (without `subsidie`) it means running.
    pub toekenning: Option<Datum>,
    /// Reading of lid 7 for a grant after 1 July.
    pub lid7: Option<Lid7>,
    /// Werkgeverslasten outside or inside the 70% cap.
    pub wgl_max: Option<WglMaximum>,
    /// Past the tables: `true` uses the last known value of every parameter the tables do not have
    /// yet (provisional, marked), `false` asks for the values (an error naming each). `None`: the
    /// default, [`crate::STANDAARD_VOORLOPIG`] (provisional; ADR 0013). The CLI passes `false`.
    pub voorlopig: Option<bool>,
    /// Announced values (a decision with a date, not yet published law; docs/adr/0024): `true`
    /// counts them, `false` uses only published and last known values. `None`: the default,
    /// [`crate::STANDAARD_AANGEKONDIGD`] (count them, visibly).
    pub aangekondigd: Option<bool>,
    /// Parameter values supplied by the user.
    pub overrides: Overrides,
    /// Choices for the year overview.
    pub jaar: Jaaropties,
}

impl Invoer {
    /// New or running subsidy as the user gave it: `subsidie`, or running when only a grant date is
    /// given; `None` when neither is given (the calculation then assumes new, visibly).
    pub fn subsidie_gekozen(&self) -> Option<Subsidie> {
        self.subsidie.or(self.toekenning.map(|_| Subsidie::Lopend))
    }
}

/// Limits on fields. Outside them the codec reports the field and ignores the value.
pub mod grenzen {
    use super::*;
    /// Youngest age with a statutory minimum wage.
    pub const LEEFTIJD_MIN: u8 = 15;
    /// Oldest age accepted.
    pub const LEEFTIJD_MAX: u8 = 99;
    /// Most hours per week (Arbeidstijdenwet maximum).
    pub const UREN_MAX: Decimal = dec!(60);
    /// Most hourly wage accepted, euro.
    pub const UURLOON_MAX: Decimal = dec!(1000);
    /// Most monthly minimum wage accepted, euro.
    pub const MAANDLOON_MAX: Decimal = dec!(20000);
    /// Most yearly cao payment accepted, euro.
    pub const BEDRAG_JAAR_MAX: Decimal = dec!(100000);
    /// Decimals allowed in hours and money.
    pub const DECIMALEN_GELD: u32 = 2;
    /// Decimals allowed in a percentage field (so 7,635 %).
    pub const DECIMALEN_PROCENT: u32 = 3;
}
