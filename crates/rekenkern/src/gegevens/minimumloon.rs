//! The minimum wage (Wml, Pw art. 2): per hour for the wage floor, per month (21+) for the
//! subsidy, the youth percentage under 21, and the vakantiebijslag.

use super::oplosser::Oplosser;
use super::STANDAARD_LEEFTIJD;
use crate::datum::Datum;
use crate::invoer::Invoer;
use crate::invoertabel::Sleutel as S;
use crate::params::wml;
use crate::teksten::{aanname, invoer as label};
use rust_decimal::Decimal;

/// The minimum wage on the peildatum.
pub(super) struct Minimumloon {
    /// Per hour for the age.
    pub uur: Decimal,
    /// Per month, 21 and older.
    pub maand: Decimal,
    /// Youth percentage when under 21.
    pub jeugd: Option<Decimal>,
}

/// Index into the WML table for an age.
fn leeftijd_index(leeftijd: u8) -> usize {
    wml::LEEFTIJDEN.iter().rposition(|&l| leeftijd >= l).unwrap_or(0)
}

pub(super) fn los_op(o: &mut Oplosser, invoer: &Invoer, datum: Datum, leeftijd: u8) -> Minimumloon {
    let idx = leeftijd_index(leeftijd);
    let ov = &invoer.overrides;
    let uur = o.param_met(&wml::MINIMUMUURLOON, datum, ov.wml, |t| t[idx]);
    let maand = o.param(&wml::REFERENTIEMAANDLOON, datum, ov.rml);
    let jeugd = (leeftijd < STANDAARD_LEEFTIJD).then(|| {
        o.aanname(S::Leeftijd, aanname::JEUGD_MAAND);
        o.opzoeken(&wml::JEUGDPERCENTAGES, wml::JEUGDPERCENTAGES.id, label::JEUGD, datum, None, |t| t[idx])
    });
    Minimumloon { uur, maand, jeugd }
}

/// The vakantiebijslag rate (Wml art. 15).
pub(super) fn vakantiebijslag(o: &mut Oplosser, datum: Datum) -> Decimal {
    o.param(&wml::VAKANTIEBIJSLAG, datum, None)
}
