//! Break-even loonwaarde: where the measured LKS equals the forfait. The measured LKS is
//! min((1 − lw) × P, cap) with P the LKS at a subsidy fraction of 1; the forfait F does not
//! depend on lw. If F is below the cap the lines cross at lw = 1 − F/P; otherwise the forfait is
//! never lower. The trail shows F and P, the quantities divided.

use crate::bron;
use crate::teksten as t;
use crate::uitleg::{een, op, Bewerking as B, Eenheid, Spoor};
use rust_decimal::Decimal;

/// Where measured LKS and forfait are equal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Omslagpunt {
    /// At this loonwaarde (fraction). Below it measuring gives more LKS, above it the forfait.
    Bij(Decimal),
    /// The forfait gives at least as much at every loonwaarde.
    ForfaitAltijdHoger,
}

/// See the module doc.
pub(crate) fn omslagpunt(forfait: Decimal, per_fractie: Decimal, plafond: Decimal, s: &mut Spoor) -> Omslagpunt {
    if forfait >= plafond || per_fractie <= Decimal::ZERO {
        return Omslagpunt::ForfaitAltijdHoger;
    }
    let verhouding = s.reken(
        &t::OMSLAG_VERHOUDING,
        B::Breuk { teller: 1 },
        &[op("lks_forfait", forfait), op("lks_bij_100", per_fractie)],
        Eenheid::Fractie,
        &bron::FORFAIT_VOORSTEL,
    );
    let lw = s.reken(
        &t::OMSLAGPUNT,
        B::Verschil,
        &[een(), op("omslag_verhouding", verhouding)],
        Eenheid::Fractie,
        &bron::FORFAIT_VOORSTEL,
    );
    Omslagpunt::Bij(lw)
}
