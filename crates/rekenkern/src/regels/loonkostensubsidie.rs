//! Loonkostensubsidie by measured loonwaarde (F3, Pw art. 10d lid 4) and the existing 50% forfait
//! for the first six months (F4, lid 5). The base is the minimum wage per month (Pw art. 2, the
//! referentiemaandloon) plus vakantiebijslag for a 36-hour week, moved pro rata to the hours that
//! count (docs/adr/0011). A running subsidy rests on the amount lid 7 gives (docs/adr/0008).
//! The 70% cap applies before the werkgeverslasten allowance unless the user chose the other
//! reading (docs/adr/0001).

use crate::bron;
use crate::gegevens::{Gegevens, LksMaand};
use crate::invoer::WglMaximum;
use crate::params;
use crate::teksten as t;
use crate::uitleg::{een, op, Bewerking as B, Eenheid, Operand, Spoor};
use rust_decimal::Decimal;

/// LKS per year at a loonwaarde fraction: min((1 − loonwaarde) × `per_fractie`, `plafond`), at
/// least 0. `per_fractie` is the subsidy with allowance at 100%; `plafond` the capped amount.
/// The single place the cap is applied for the chart and the break-even.
pub fn lks_bij(loonwaarde: Decimal, per_fractie: Decimal, plafond: Decimal) -> Decimal {
    ((Decimal::ONE - loonwaarde) * per_fractie).min(plafond).max(Decimal::ZERO)
}

/// Is the subsidy at this loonwaarde cut by the cap (so the measured route gives the maximum)?
pub(crate) fn boven_maximum(loonwaarde: Decimal, per_fractie: Decimal, plafond: Decimal) -> bool {
    (Decimal::ONE - loonwaarde) * per_fractie > plafond
}

/// The base amounts both routes and the forfait share.
pub(crate) struct Basis {
    /// Minimum wage per month (21+) the subsidy rests on: the trail operand for it.
    pub maand: Operand,
    /// 1 + vakantiebijslag.
    pub vb_opslag: Decimal,
    /// 1 + werkgeverslasten allowance.
    pub wgl_opslag: Decimal,
    /// Yearly subsidy at 100% without the allowance: (youth %) × monthly × (1 + VB) × 12 × hours ÷ 36.
    pub volledig: Decimal,
}

/// Results of the measured route.
pub(crate) struct Meting {
    pub lks: Decimal,
    /// LKS per year at a subsidy fraction of 1 (incl. werkgeverslasten), without the cap.
    pub per_fractie: Decimal,
    /// The capped maximum per year.
    pub plafond: Decimal,
}

/// The monthly base, the hours that count and the yearly amount at 100%.
pub(crate) fn basis(g: &Gegevens, s: &mut Spoor) -> Basis {
    let maand = match g.lks_maand {
        LksMaand::Peildatum => op(params::wml::REFERENTIEMAANDLOON.id, g.rml),
        LksMaand::Lid7 { waarde } => op(
            t::RML_LKS.id,
            s.reken(
                &t::RML_LKS,
                B::Overnemen,
                &[op(params::wml::REFERENTIEMAANDLOON_LKS.id(), waarde)],
                Eenheid::EuroPerMaand,
                &bron::PW_10D_LID_7,
            ),
        ),
        LksMaand::Lid7Index { bij_toekenning, januari_nu, januari_toekenning } => op(
            t::RML_LKS.id,
            s.reken(
                &t::RML_LKS_INDEX,
                B::Breuk { teller: 2 },
                &[
                    op(params::wml::REFERENTIEMAANDLOON_TOEKENNING.id(), bij_toekenning),
                    op(params::wml::REFERENTIEMAANDLOON_JANUARI.id(), januari_nu),
                    op(params::wml::REFERENTIEMAANDLOON_JANUARI_TOEKENNING.id(), januari_toekenning),
                ],
                Eenheid::EuroPerMaand,
                &bron::PW_10D_LID_7,
            ),
        ),
    };
    let vb_opslag = s.reken(
        &t::VB_OPSLAG,
        B::Som,
        &[een(), op(params::wml::VAKANTIEBIJSLAG.id, g.vakantiebijslag)],
        Eenheid::Getal,
        &bron::WML_ART_15,
    );
    let mut delen = Vec::new();
    if let Some(p) = g.jeugd {
        delen.push(op(params::wml::JEUGDPERCENTAGES.id, p));
    }
    delen.extend([maand, op(t::VB_OPSLAG.id, vb_opslag)]);
    let grondslag = match g.jeugd {
        Some(_) => &bron::WML_ART_8_LID_3,
        None => &bron::PW_ART_2,
    };
    let lks_basis = s.reken(&t::LKS_BASIS, B::Product, &delen, Eenheid::EuroPerMaand, grondslag);
    let (voltijd_id, voltijd) = g.voltijd;
    let uren_lks = s.reken(
        &t::UREN_LKS,
        B::Kleinste,
        &[op(crate::uitleg::invoer::UREN.id(), g.uren), op(voltijd_id, voltijd)],
        Eenheid::UrenPerWeek,
        &bron::PW_10D,
    );
    let volledig = s.reken(
        &t::LKS_VOLLEDIG,
        B::Breuk { teller: 3 },
        &[
            op(t::LKS_BASIS.id, lks_basis),
            op(params::conventie::MAANDEN_PER_JAAR.id, g.maanden),
            op(t::UREN_LKS.id, uren_lks),
            op(params::lks::UREN_BASIS.id, g.urenbasis),
        ],
        Eenheid::EuroPerJaar,
        &bron::PW_10D,
    );
    let wgl_bron = s.bron_van(&params::lks::WERKGEVERSLASTEN, &bron::GEBRUIKER);
    let wgl_opslag = s.reken(
        &t::WGL_OPSLAG,
        B::Som,
        &[een(), op(params::lks::WERKGEVERSLASTEN.id, g.werkgeverslasten)],
        Eenheid::Getal,
        wgl_bron,
    );
    Basis { maand, vb_opslag, wgl_opslag, volledig }
}

/// Pw art. 10d lid 4.
pub(crate) fn meting(g: &Gegevens, b: &Basis, s: &mut Spoor) -> Meting {
    let gat = s.reken(
        &t::LKS_GAT,
        B::Verschil,
        &[een(), op(crate::uitleg::invoer::LOONWAARDE.id(), g.loonwaarde)],
        Eenheid::Fractie,
        &bron::PW_10D,
    );
    let fractie = match g.wgl_max {
        WglMaximum::Buiten => s.reken(
            &t::LKS_FRACTIE,
            B::Kleinste,
            &[op(t::LKS_GAT.id, gat), op(params::lks::MAXIMUM.id, g.maximum)],
            Eenheid::Fractie,
            &bron::PW_10D,
        ),
        WglMaximum::Binnen => {
            s.reken(&t::LKS_FRACTIE_BINNEN, B::Overnemen, &[op(t::LKS_GAT.id, gat)], Eenheid::Fractie, &bron::PW_10D)
        }
    };
    let kern = s.reken(
        &t::LKS_KERN,
        B::Product,
        &[op(t::LKS_FRACTIE.id, fractie), op(t::LKS_VOLLEDIG.id, b.volledig)],
        Eenheid::EuroPerJaar,
        &bron::PW_10D,
    );
    let wgl_bron = s.bron_van(&params::lks::WERKGEVERSLASTEN, &bron::GEBRUIKER);
    let wgl = s.reken(
        &t::LKS_WGL,
        B::Product,
        &[op(t::LKS_KERN.id, kern), op(params::lks::WERKGEVERSLASTEN.id, g.werkgeverslasten)],
        Eenheid::EuroPerJaar,
        wgl_bron,
    );
    let per_fractie = s.reken(
        &t::LKS_BIJ_100,
        B::Product,
        &[op(t::LKS_VOLLEDIG.id, b.volledig), op(t::WGL_OPSLAG.id, b.wgl_opslag)],
        Eenheid::EuroPerJaar,
        &bron::PW_10D,
    );
    let (plafond, lks) = match g.wgl_max {
        WglMaximum::Buiten => {
            let plafond = s.reken(
                &t::LKS_PLAFOND,
                B::Product,
                &[op(params::lks::MAXIMUM.id, g.maximum), op(t::LKS_BIJ_100.id, per_fractie)],
                Eenheid::EuroPerJaar,
                &bron::PW_10D,
            );
            let lks = s.reken(
                &t::LKS_METING,
                B::Som,
                &[op(t::LKS_KERN.id, kern), op(t::LKS_WGL.id, wgl)],
                Eenheid::EuroPerJaar,
                &bron::PW_10D,
            );
            (plafond, lks)
        }
        WglMaximum::Binnen => {
            let plafond = s.reken(
                &t::LKS_PLAFOND_BINNEN,
                B::Product,
                &[op(params::lks::MAXIMUM.id, g.maximum), op(t::LKS_VOLLEDIG.id, b.volledig)],
                Eenheid::EuroPerJaar,
                &bron::MINBZK_WGL_IN_MAXIMUM,
            );
            let voor = s.reken(
                &t::LKS_VOOR_MAXIMUM,
                B::Som,
                &[op(t::LKS_KERN.id, kern), op(t::LKS_WGL.id, wgl)],
                Eenheid::EuroPerJaar,
                &bron::PW_10D,
            );
            let lks = s.reken(
                &t::LKS_METING_BINNEN,
                B::Kleinste,
                &[op(t::LKS_VOOR_MAXIMUM.id, voor), op(t::LKS_PLAFOND.id, plafond)],
                Eenheid::EuroPerJaar,
                &bron::MINBZK_WGL_IN_MAXIMUM,
            );
            (plafond, lks)
        }
    };
    Meting { lks, per_fractie, plafond }
}

/// Pw art. 10d lid 5: 50% of (WML + VB) per month, plus werkgeverslasten; a running lid-5
/// subsidy waits for 1 January like lid 4 (lid 7 names both).
pub(crate) fn lid5(g: &Gegevens, b: &Basis, s: &mut Spoor) -> Decimal {
    s.reken(
        &t::LKS_LID5,
        B::Product,
        &[
            op(params::lks::FORFAIT_LID_5.id, g.forfait_lid5),
            op(t::LKS_VOLLEDIG.id, b.volledig),
            op(t::WGL_OPSLAG.id, b.wgl_opslag),
        ],
        Eenheid::EuroPerJaar,
        &bron::PW_10D_LID_5,
    )
}
