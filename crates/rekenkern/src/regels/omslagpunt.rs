//! Break-even loonwaarde: where the measured LKS equals the forfait. The measured LKS is
//! min(1 − lw, cap) × P (P = LKS at a subsidy fraction of 1); the forfait F does not depend on lw.
//! If F/P < cap the lines cross at lw = 1 − F/P; otherwise the forfait is never lower.

use crate::bron;
use crate::teksten as t;
use crate::uitkomst::Omslagpunt;
use crate::uitleg::{Eenheid, Spoor};
use rust_decimal::Decimal;

/// See the module doc.
pub(crate) fn omslagpunt(forfait: Decimal, per_fractie: Decimal, maximum: Decimal, s: &mut Spoor) -> Omslagpunt {
    match forfait.checked_div(per_fractie) {
        Some(verhouding) if verhouding < maximum => {
            let lw = s.stap(
                &t::OMSLAGPUNT,
                Decimal::ONE - verhouding,
                Eenheid::Fractie,
                &["lks_forfait", "lks_meting", "lks.maximum"],
                &bron::FORFAIT_VOORSTEL,
            );
            Omslagpunt::Bij(lw)
        }
        _ => Omslagpunt::ForfaitAltijdHoger,
    }
}
