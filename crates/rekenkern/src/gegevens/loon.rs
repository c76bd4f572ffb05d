//! The wage: the minimum wage, an own hourly wage, or a scale of the cao Aan de Slag (with the
//! 36-hour week without loss of wage from 2027, and the cao's yearly payments).

use super::oplosser::Oplosser;
use crate::datum::Datum;
use crate::gekozen::Keuzes;
use crate::invoer::{Invoer, LoonKeuze, Werkgever};
use crate::invoertabel::Sleutel as S;
use crate::params::cao;
use crate::teksten::{aanname, fout, invoer as label};
use crate::uitleg::Eenheid;
use rust_decimal::Decimal;

/// The wage asked for.
pub(super) struct Loon {
    /// The hourly wage the user asked for (own wage or cao scale 2/3), before the WML floor.
    pub gewenst: Option<Decimal>,
    /// Scale 1 with an amount typed in (ignored: scale 1 is the minimum wage).
    pub schaal_1_bedrag: bool,
    /// The cao 36 hours without loss of wage: the week whose wage is kept.
    pub loonbehoud_uren: Option<Decimal>,
    /// The cao chosen by a regular employer.
    pub cao_regulier: bool,
}

/// `voltijd_id`: where the full-time week came from (the 36-hour rule follows the cao's week only).
pub(super) fn los_op(o: &mut Oplosser, invoer: &Invoer, keuzes: &Keuzes, datum: Datum, voltijd_id: &str) -> Loon {
    if invoer.loon.is_none() {
        o.aanname(S::Loon, aanname::LOON);
    }
    let mut schaal_1_bedrag = false;
    let mut schaal_1 = false;
    let gewenst = match keuzes.loon {
        LoonKeuze::Wml => None,
        LoonKeuze::Eigen => {
            if invoer.uurloon.is_none() {
                o.fout(S::Uurloon, fout::UURLOON_NODIG);
            }
            invoer.uurloon
        }
        LoonKeuze::Cao => {
            if invoer.schaal.is_none() {
                o.aanname(S::Schaal, aanname::SCHAAL);
            }
            match (keuzes.schaal, invoer.uurloon) {
                (1, u) => {
                    schaal_1_bedrag = u.is_some();
                    schaal_1 = true;
                    None
                }
                (_, Some(u)) => Some(u),
                (_, None) => {
                    o.fout(S::Uurloon, fout::SCHAALLOON_NODIG);
                    None
                }
            }
        }
    };
    if let Some(u) = gewenst {
        o.invoer(crate::uitleg::invoer::UURLOON.id(), label::UURLOON, u, Eenheid::EuroPerUur, false);
    }
    // Cao 36 hours "zonder loonverlies" (2027+): scale 1 keeps the wage of the longer week.
    o.let_op_wissel(&cao::LOONBEHOUD_UREN, datum);
    let loonbehoud_uren = match cao::LOONBEHOUD_UREN.op(datum, o.aangekondigd) {
        Ok(_) if schaal_1 && voltijd_id == cao::VOLTIJD.id => {
            o.aanname(S::Loon, aanname::CAO_36_UUR);
            Some(o.param(&cao::LOONBEHOUD_UREN, datum, None))
        }
        _ => None,
    };
    let cao_regulier = keuzes.loon == LoonKeuze::Cao && keuzes.werkgever == Werkgever::Regulier;
    Loon { gewenst, schaal_1_bedrag, loonbehoud_uren, cao_regulier }
}

/// The cao's (eindejaarsuitkering, eenmalig) per full-time year, when the cao applies.
pub(super) fn cao_uitkeringen(
    o: &mut Oplosser,
    invoer: &Invoer,
    keuzes: &Keuzes,
    datum: Datum,
) -> Option<(Decimal, Decimal)> {
    let ov = &invoer.overrides;
    (keuzes.loon == LoonKeuze::Cao)
        .then(|| (o.param(&cao::EINDEJAARSUITKERING, datum, ov.eju), o.param(&cao::EENMALIG, datum, ov.eenmalig)))
}
