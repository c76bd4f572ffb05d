//! Loonkostenvoordeel banenafspraak (Wet tegemoetkomingen loondomein): per verloond uur, with a
//! yearly maximum. Not for beschut werk (the resolver leaves it out there, `Gegevens::lkv`).

use crate::bron;
use crate::gegevens::Gegevens;
use crate::teksten as t;
use crate::uitleg::{op, Bewerking as B, Eenheid, Spoor};
use rust_decimal::Decimal;

/// The loonkostenvoordeel situation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lkv {
    /// Beschut werk: excluded by law.
    NietVanToepassing,
    /// LKV banenafspraak, per year (exact).
    Banenafspraak(Decimal),
}

/// The LKV per year, and what the result says about it.
pub(crate) fn loonkostenvoordeel(g: &Gegevens, s: &mut Spoor) -> (Lkv, Decimal) {
    let Some((per_uur, max)) = g.lkv else {
        return (Lkv::NietVanToepassing, Decimal::ZERO);
    };
    let uren = s.reken(
        &t::LKV_UREN,
        B::Product,
        &[
            op("lkv.banenafspraak_uur", per_uur),
            op(crate::uitleg::invoer::UREN.id(), g.uren),
            op("conventie.weken", g.weken),
        ],
        Eenheid::EuroPerJaar,
        &bron::WTL,
    );
    let bedrag = s.reken(
        &t::LKV,
        B::Kleinste,
        &[op("lkv_uren", uren), op("lkv.banenafspraak_max", max)],
        Eenheid::EuroPerJaar,
        &bron::WTL,
    );
    (Lkv::Banenafspraak(bedrag), bedrag)
}
