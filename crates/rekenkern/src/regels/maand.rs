//! A month of the year overview: its share of each amount that accrues over the year, the payments
//! that fall in it, and the sums of the peildatum calculation (F6, F7) for that month.

use crate::uitkomst::Bedragen;
use rust_decimal::Decimal;

/// A month's share of a yearly amount (year ÷ months per year, the calculator's convention).
pub(crate) fn deel(per_jaar: Decimal, maanden: Decimal) -> Decimal {
    per_jaar.checked_div(maanden).unwrap_or_default()
}

/// The wage paid in a month: gross wage, the vakantiebijslag and the cao payments that fall in it.
pub(crate) fn loon_in_maand(brutoloon: Decimal, vakantiebijslag: Decimal, cao_extra: Decimal) -> Decimal {
    brutoloon + vakantiebijslag + cao_extra
}

/// The cao payments that fall in a month (full-time amounts), pro rata to the part-time factor.
pub(crate) fn cao_in_maand(eindejaarsuitkering: Decimal, eenmalig: Decimal, deeltijd: Decimal) -> Decimal {
    (eindejaarsuitkering + eenmalig) * deeltijd
}

/// What a month has of its own: the gross wage, the payments that fall in it and its premiums.
pub(crate) struct Maanddeel {
    pub brutoloon: Decimal,
    pub vakantiebijslag: Decimal,
    pub cao_extra: Decimal,
    pub premies: Decimal,
    /// The measured subsidy is the lid-5 forfait in this month.
    pub lid5: bool,
}

/// The exact amounts of a month: the month's own parts, and its share of the pension and of each
/// subsidy; then the sums as in the peildatum calculation.
pub(crate) fn bedragen_in_maand(jaar: &Bedragen, maanden: Decimal, m: Maanddeel) -> Bedragen {
    let loon = loon_in_maand(m.brutoloon, m.vakantiebijslag, m.cao_extra);
    let pensioen = deel(jaar.pensioen, maanden);
    let werkgeverslasten = m.premies + pensioen;
    let loonkosten = loon + werkgeverslasten;
    let lks_lid5 = deel(jaar.lks_lid5, maanden);
    let lks_meting = if m.lid5 { lks_lid5 } else { deel(jaar.lks_meting, maanden) };
    let lks_forfait = deel(jaar.lks_forfait, maanden);
    let lkv = deel(jaar.lkv, maanden);
    Bedragen {
        brutoloon: m.brutoloon,
        vakantiebijslag: m.vakantiebijslag,
        cao_extra: m.cao_extra,
        premies: m.premies,
        pensioen,
        werkgeverslasten,
        loonkosten,
        lks_meting,
        lks_forfait,
        lks_lid5,
        lkv,
        nettokosten_meting: loonkosten - lks_meting - lkv,
        nettokosten_forfait: loonkosten - lks_forfait - lkv,
    }
}
