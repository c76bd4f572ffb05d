//! The planned forfaitaire LKS for beschut werk (F5). Not law: every reading is a what-if,
//! marked as voorgenomen in the trail (docs/adr/0003). It rests on the same monthly minimum wage
//! as the measured subsidy (new or running), so the two compare like with like.

use crate::bron;
use crate::gegevens::Gegevens;
use crate::invoer::Lezing;
use crate::regels::loonkostensubsidie::Basis;
use crate::teksten as t;
use crate::uitleg::{op, Bewerking as B, Eenheid, Spoor};
use rust_decimal::Decimal;

/// Forfait per year in the chosen reading, pro rata like lid 4.
pub(crate) fn forfait(g: &Gegevens, b: &Basis, s: &mut Spoor) -> Decimal {
    let grondslag = match g.lezing {
        Lezing::A | Lezing::C => op("lks_volledig", b.volledig),
        // B: 68% of the minimum wage without vakantiebijslag.
        Lezing::B => op(
            "forfait_grondslag",
            s.reken(
                &t::FORFAIT_GRONDSLAG_B,
                B::Breuk { teller: 1 },
                &[op("lks_volledig", b.volledig), op("vb_opslag", b.vb_opslag)],
                Eenheid::EuroPerJaar,
                &bron::FORFAIT_VOORSTEL,
            ),
        ),
    };
    let kern = s.reken(
        &t::FORFAIT_KERN,
        B::Product,
        &[op("lks.forfait_beschut", g.forfait), grondslag],
        Eenheid::EuroPerJaar,
        &bron::FORFAIT_VOORSTEL,
    );
    match g.lezing {
        Lezing::A | Lezing::B => s.reken(
            &t::LKS_FORFAIT,
            B::Product,
            &[op("forfait_kern", kern), op("wgl_opslag", b.wgl_opslag)],
            Eenheid::EuroPerJaar,
            &bron::FORFAIT_VOORSTEL,
        ),
        Lezing::C => s.reken(
            &t::LKS_FORFAIT_C,
            B::Overnemen,
            &[op("forfait_kern", kern)],
            Eenheid::EuroPerJaar,
            &bron::FORFAIT_VOORSTEL,
        ),
    }
}
