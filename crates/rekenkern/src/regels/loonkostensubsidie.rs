//! Loonkostensubsidie by measured loonwaarde (F3, Pw art. 10d lid 4) and the existing 50% forfait
//! for the first six months (F4, lid 5). Reading: the 70% cap applies before the werkgeverslasten
//! allowance is added (docs/adr/0001).

use crate::bron;
use crate::gegevens::Gegevens;
use crate::teksten as t;
use crate::uitleg::{Eenheid, Spoor};
use rust_decimal::Decimal;

/// LKS per year for a loonwaarde fraction: min(1 − loonwaarde, cap) × the LKS at a subsidy of 100%.
/// The single place the cap is applied; the chart uses it too.
pub fn lks_bij(loonwaarde: Decimal, maximum: Decimal, per_fractie: Decimal) -> Decimal {
    (Decimal::ONE - loonwaarde).min(maximum).max(Decimal::ZERO) * per_fractie
}

/// Results of the measured route.
pub(crate) struct Meting {
    pub lks: Decimal,
    /// LKS per year at a subsidy fraction of 1 (incl. werkgeverslasten): the slope for the chart.
    pub per_fractie: Decimal,
    pub uren_lks: Decimal,
}

/// Hours that count: the agreed hours, at most the sector's full-time week (lid 4).
pub(crate) fn uren_lks(g: &Gegevens, s: &mut Spoor) -> Decimal {
    s.stap(
        &t::UREN_LKS,
        g.uren.min(g.voltijd),
        Eenheid::UrenPerWeek,
        &["invoer.uren", "cao.voltijd", "invoer.voltijd"],
        &bron::PW_10D,
    )
}

/// A yearly amount on the 36-hour basis, moved pro rata to the hours that count.
/// Multiply first, then divide, so the result is exact whenever it can be.
pub(crate) fn naar_rato(per_uur: Decimal, g: &Gegevens, uren_lks: Decimal) -> Decimal {
    per_uur * g.urenbasis * g.weken * uren_lks / g.urenbasis
}

/// Pw art. 10d lid 4.
pub(crate) fn meting(g: &Gegevens, s: &mut Spoor) -> Meting {
    let basis = s.stap(
        &t::LKS_BASIS,
        g.lks_wml_uur * (Decimal::ONE + g.vakantiebijslag),
        Eenheid::EuroPerUur,
        &["wml.uur", "wml.uur.lks", "wml.vakantiebijslag"],
        if g.lid7 { &bron::PW_10D_LID_7 } else { &bron::PW_10D },
    );
    let gat = s.stap(&t::LKS_GAT, Decimal::ONE - g.loonwaarde, Eenheid::Fractie, &["invoer.loonwaarde"], &bron::PW_10D);
    let fractie =
        s.stap(&t::LKS_FRACTIE, gat.min(g.maximum), Eenheid::Fractie, &["lks_gat", "lks.maximum"], &bron::PW_10D);
    let uren_lks = uren_lks(g, s);
    let kern = s.stap(
        &t::LKS_KERN,
        naar_rato(fractie * basis, g, uren_lks),
        Eenheid::EuroPerJaar,
        &["lks_fractie", "lks_basis", "lks.urenbasis", "conventie.weken", "uren_lks"],
        &bron::PW_10D,
    );
    let wgl = s.stap(
        &t::LKS_WGL,
        kern * g.werkgeverslasten,
        Eenheid::EuroPerJaar,
        &["lks_kern", "lks.werkgeverslasten"],
        &bron::REGELING_LKS_2018,
    );
    let lks = s.stap(&t::LKS_METING, kern + wgl, Eenheid::EuroPerJaar, &["lks_kern", "lks_wgl"], &bron::PW_10D);
    let per_fractie = naar_rato(basis, g, uren_lks) * (Decimal::ONE + g.werkgeverslasten);
    Meting { lks, per_fractie, uren_lks }
}

/// Pw art. 10d lid 5: 50% of (WML + VB) on the current WML, plus werkgeverslasten.
pub(crate) fn lid5(g: &Gegevens, uren_lks: Decimal, s: &mut Spoor) -> Decimal {
    let basis = g.wml_uur * (Decimal::ONE + g.vakantiebijslag);
    s.stap(
        &t::LKS_LID5,
        naar_rato(g.forfait_lid5 * basis, g, uren_lks) * (Decimal::ONE + g.werkgeverslasten),
        Eenheid::EuroPerJaar,
        &["lks.forfait_lid5", "wml.uur", "wml.vakantiebijslag", "uren_lks", "lks.werkgeverslasten"],
        &bron::PW_10D_LID_5,
    )
}
