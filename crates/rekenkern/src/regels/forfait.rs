//! The planned forfaitaire LKS for beschut werk (F5). Not law: every reading is a what-if,
//! marked as voorgenomen in the trail (docs/adr/0003). It rests on the same monthly minimum wage
//! as the measured subsidy (new or running), so the two compare like with like.

use crate::bron;
use crate::gegevens::Gegevens;
use crate::invoer::Lezing;
use crate::params;
use crate::regels::loonkostensubsidie::Basis;
use crate::teksten as t;
use crate::uitleg::{op, Bewerking as B, Eenheid, Spoor};
use rust_decimal::Decimal;

/// Forfait per year in the chosen reading, pro rata like lid 4.
pub(crate) fn forfait(g: &Gegevens, b: &Basis, s: &mut Spoor) -> Decimal {
    let grondslag = match g.lezing {
        Lezing::A | Lezing::C => op(t::LKS_VOLLEDIG.id, b.volledig),
        // B: 68% of the minimum wage without vakantiebijslag.
        Lezing::B => op(
            t::FORFAIT_GRONDSLAG_B.id,
            s.reken(
                &t::FORFAIT_GRONDSLAG_B,
                B::Breuk { teller: 1 },
                &[op(t::LKS_VOLLEDIG.id, b.volledig), op(t::VB_OPSLAG.id, b.vb_opslag)],
                Eenheid::EuroPerJaar,
                &bron::FORFAIT_VOORSTEL,
            ),
        ),
    };
    let kern = s.reken(
        &t::FORFAIT_KERN,
        B::Product,
        &[op(params::lks::FORFAIT_BESCHUT.id, g.forfait), grondslag],
        Eenheid::EuroPerJaar,
        &bron::FORFAIT_VOORSTEL,
    );
    match g.lezing {
        Lezing::A | Lezing::B => s.reken(
            &t::LKS_FORFAIT,
            B::Product,
            &[op(t::FORFAIT_KERN.id, kern), op(t::WGL_OPSLAG.id, b.wgl_opslag)],
            Eenheid::EuroPerJaar,
            &bron::FORFAIT_VOORSTEL,
        ),
        Lezing::C => s.reken(
            &t::LKS_FORFAIT_C,
            B::Overnemen,
            &[op(t::FORFAIT_KERN.id, kern)],
            Eenheid::EuroPerJaar,
            &bron::FORFAIT_VOORSTEL,
        ),
    }
}
