//! The planned forfaitaire LKS for beschut werk (F5). Not law: every reading is a what-if,
//! marked as voorgenomen in the trail (docs/adr/0003).

use crate::bron;
use crate::gegevens::Gegevens;
use crate::invoer::Lezing;
use crate::regels::loonkostensubsidie::naar_rato;
use crate::teksten as t;
use crate::uitleg::{Eenheid, Spoor};
use rust_decimal::Decimal;

/// Forfait per year in the chosen reading, on the current WML, pro rata like lid 4.
pub(crate) fn forfait(g: &Gegevens, uren_lks: Decimal, s: &mut Spoor) -> Decimal {
    let grondslag = match g.lezing {
        Lezing::A | Lezing::C => g.wml_uur * (Decimal::ONE + g.vakantiebijslag),
        Lezing::B => g.wml_uur,
    };
    let grondslag = s.stap(
        &t::FORFAIT_BASIS,
        grondslag,
        Eenheid::EuroPerUur,
        &["wml.uur", "wml.vakantiebijslag"],
        &bron::FORFAIT_VOORSTEL,
    );
    let kern = s.stap(
        &t::FORFAIT_KERN,
        naar_rato(g.forfait * grondslag, g, uren_lks),
        Eenheid::EuroPerJaar,
        &["lks.forfait_beschut", "forfait_basis", "lks.urenbasis", "conventie.weken", "uren_lks"],
        &bron::FORFAIT_VOORSTEL,
    );
    let opslag = match g.lezing {
        Lezing::A | Lezing::B => Decimal::ONE + g.werkgeverslasten,
        Lezing::C => Decimal::ONE,
    };
    s.stap(
        &t::LKS_FORFAIT,
        kern * opslag,
        Eenheid::EuroPerJaar,
        &["forfait_kern", "lks.werkgeverslasten"],
        &bron::FORFAIT_VOORSTEL,
    )
}
