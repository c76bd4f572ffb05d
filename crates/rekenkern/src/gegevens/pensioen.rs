//! The employer's pension share: a percentage the user typed, nothing below the scheme's entry
//! age, or the estimate from the PWRI scheme (ADR 0005).

use super::oplosser::Oplosser;
use super::Pensioen;
use crate::datum::Datum;
use crate::invoer::Invoer;
use crate::invoertabel::Sleutel as S;
use crate::params::pensioen;
use crate::teksten::{aanname, invoer as label};
use crate::uitleg::Eenheid;
use rust_decimal::Decimal;

pub(super) fn los_op(o: &mut Oplosser, invoer: &Invoer, datum: Datum, leeftijd: u8) -> Pensioen {
    let vanaf = o.param(&pensioen::VANAF_LEEFTIJD, datum, None);
    match invoer.overrides.pensioen {
        Some(p) => Pensioen::Percentage(o.invoer(
            crate::uitleg::invoer::PENSIOEN.id(),
            label::PENSIOEN,
            p,
            Eenheid::Fractie,
            false,
        )),
        // Too young for the scheme: no employer pension premium (the estimate would be wrong).
        None if Decimal::from(leeftijd) < vanaf => {
            o.aanname(S::Pensioen, aanname::PENSIOEN_TE_JONG);
            Pensioen::Percentage(o.invoer(
                crate::uitleg::invoer::PENSIOEN.id(),
                label::PENSIOEN,
                Decimal::ZERO,
                Eenheid::Fractie,
                true,
            ))
        }
        None => {
            o.aanname(S::Pensioen, aanname::PENSIOEN);
            Pensioen::Schatting {
                premie: o.param(&pensioen::PREMIE, datum, None),
                franchise: o.param(&pensioen::FRANCHISE, datum, None),
                aandeel: o.param(&pensioen::AANDEEL_WERKGEVER, datum, None),
            }
        }
    }
}
