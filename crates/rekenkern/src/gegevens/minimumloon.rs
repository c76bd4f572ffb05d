//! The minimum wage (Wml, Pw art. 2): per hour for the wage floor, per month (21+) for the
//! subsidy, the youth percentage under 21, and the vakantiebijslag. Past the published hourly table
//! a youth wage is made the way the tables are made: the percentage of the scale in force (an
//! announced scale counts, docs/adr/0024) × the hourly wage for 21 and older, to the cent.

use super::oplosser::Oplosser;
use super::STANDAARD_LEEFTIJD;
use crate::bron::{self, Bron};
use crate::datum::Datum;
use crate::invoer::Invoer;
use crate::invoertabel::Sleutel as S;
use crate::param::Dekking;
use crate::params::wml;
use crate::teksten::{self as t, aanname, invoer as label};
use crate::uitleg::{op, Bewerking as B, Eenheid, Operand};
use rust_decimal::Decimal;

/// The minimum wage on the peildatum.
pub(super) struct Minimumloon {
    /// Per hour for the age: a used value (`wml.uur`), or the step that made a youth wage.
    pub uur: Operand,
    /// The source of the hourly amount (the table entry used, the user, or the youth rule).
    pub uur_bron: &'static Bron,
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
    // Under 21: the youth percentage (the monthly youth base of ADR 0012 rests on it).
    let jeugd = (leeftijd < STANDAARD_LEEFTIJD).then(|| {
        o.aanname(S::Leeftijd, aanname::JEUGD_MAAND);
        o.opzoeken(&wml::JEUGDPERCENTAGES, wml::JEUGDPERCENTAGES.id, label::JEUGD, datum, None, |t| t[idx])
    });
    o.let_op_wissel(&wml::MINIMUMUURLOON, datum);
    let voorbij_tabel = matches!(wml::MINIMUMUURLOON.op(datum, o.aangekondigd), Err(Dekking::NaBekend { .. }));
    let (uur, uur_bron) = match jeugd {
        // Past the table: the youth wage from the scale in force and the hourly wage for 21+.
        Some(pct) if ov.wml.is_none() && voorbij_tabel => {
            let volwassen = o.opzoeken(&wml::MINIMUMUURLOON, WML_21, label::WML_21, datum, None, |t| t[VOLWASSEN]);
            let deel = [op(WML_21, volwassen), op(wml::JEUGDPERCENTAGES.id, pct)];
            let exact =
                o.spoor.reken(&t::WML_UUR_JEUGD_EXACT, B::Product, &deel, Eenheid::EuroPerUur, &bron::WML_JEUGD_UUR);
            let exact = [op(t::WML_UUR_JEUGD_EXACT.id, exact)];
            let uur = o.spoor.reken(&t::WML_UUR_JEUGD, B::Centen, &exact, Eenheid::EuroPerUur, &bron::WML_JEUGD_UUR);
            (op(t::WML_UUR_JEUGD.id, uur), &bron::WML_JEUGD_UUR)
        }
        _ => {
            let uur = o.param_met(&wml::MINIMUMUURLOON, datum, ov.wml, |t| t[idx]);
            (op(wml::MINIMUMUURLOON.id, uur), o.spoor.bron_van(&wml::MINIMUMUURLOON, &bron::GEBRUIKER))
        }
    };
    let maand = o.param(&wml::REFERENTIEMAANDLOON, datum, ov.rml);
    Minimumloon { uur, uur_bron, maand, jeugd }
}

/// The trail id of the hourly wage for 21 and older when a youth wage is made from it (not
/// `wml.uur`, which is the wage for the age).
pub(crate) const WML_21: &str = "wml.uur.21";

/// Index of the hourly wage for 21 and older in the tables by age.
const VOLWASSEN: usize = wml::LEEFTIJDEN.len() - 1;

/// The vakantiebijslag rate (Wml art. 15).
pub(super) fn vakantiebijslag(o: &mut Oplosser, datum: Datum) -> Decimal {
    o.param(&wml::VAKANTIEBIJSLAG, datum, None)
}
