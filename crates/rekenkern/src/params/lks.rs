//! Loonkostensubsidie (Participatiewet art. 10d) and the loonkostenvoordeel banenafspraak.

use crate::bron::*;
use crate::datum::Datum;
use crate::invoertabel::Sleutel;
use crate::param::{Param, Status::Gepubliceerd, Tegenspraak, Voorstel, Waarde};
use crate::uitleg::Eenheid;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

/// Cap: the LKS is at most this fraction of (WML + vakantiebijslag), before werkgeverslasten.
pub const MAXIMUM: Param<Decimal> = Param {
    id: "lks.maximum",
    label: tekst!("Maximale loonkostensubsidie (deel van WML + vakantiebijslag)" => "Maximum wage cost subsidy (share of minimum wage + holiday allowance)"),
    eenheid: Eenheid::Fractie,
    bekend_tot: None,
    sleutel: None,
    waarden: &[Waarde { vanaf: Datum::vast(2015, 1, 1), waarde: dec!(0.70), bron: &PW_10D, status: Gepubliceerd }],
};

/// Compensation for employer charges, as a fraction of the LKS.
pub const WERKGEVERSLASTEN: Param<Decimal> = Param {
    id: "lks.werkgeverslasten",
    label: tekst!("Vergoeding werkgeverslasten bovenop de loonkostensubsidie" => "Allowance for employer charges on top of the wage cost subsidy"),
    eenheid: Eenheid::Fractie,
    bekend_tot: Some(Datum::vast(2026, 12, 31)),
    sleutel: Some(Sleutel::Wgl),
    waarden: &[
        Waarde { vanaf: Datum::vast(2015, 1, 1), waarde: dec!(0.23), bron: &REGELING_LKS_2015, status: Gepubliceerd },
        Waarde { vanaf: Datum::vast(2018, 1, 1), waarde: dec!(0.235), bron: &REGELING_LKS_2018, status: Gepubliceerd },
    ],
};

/// MinBZK's public model applies 25% where the regeling says 23.5% (found-2026-12 §3): shown with
/// the value, 23.5% kept.
pub const WERKGEVERSLASTEN_TEGENSPRAAK: Tegenspraak =
    Tegenspraak { param: WERKGEVERSLASTEN.id, bron: &MINBZK_WGL_25, uitleg: crate::teksten::uitleg::WGL_TEGENSPRAAK };

/// Fixed LKS without measurement for at most the first six months (lid 5).
pub const FORFAIT_LID_5: Param<Decimal> = Param {
    id: "lks.forfait_lid5",
    label: tekst!("Forfaitaire loonkostensubsidie eerste 6 maanden (deel van WML + vakantiebijslag)" => "Fixed wage cost subsidy for the first 6 months (share of minimum wage + holiday allowance)"),
    eenheid: Eenheid::Fractie,
    bekend_tot: None,
    sleutel: None,
    waarden: &[Waarde {
        vanaf: Datum::vast(2017, 1, 1),
        waarde: dec!(0.50),
        bron: &PW_10D_LID_5,
        status: Gepubliceerd,
    }],
};

/// How long the lid-5 forfait may run: at most the first six months of the placement; by then the
/// loonwaarde must be measured (art. 10d lid 1 onder b and lid 5). Used by the year overview.
pub const LID5_MAANDEN: Param<Decimal> = Param {
    id: "lks.lid5_maanden",
    label: tekst!("Forfaitaire loonkostensubsidie zonder meting: ten hoogste zoveel maanden" => "Fixed wage cost subsidy without measurement: at most this many months"),
    eenheid: Eenheid::Getal,
    bekend_tot: None,
    sleutel: None,
    waarden: &[Waarde { vanaf: Datum::vast(2017, 1, 1), waarde: dec!(6), bron: &PW_10D_LID_5, status: Gepubliceerd }],
};

/// The LKS is set on this weekly basis and moves pro rata with the agreed hours.
pub const UREN_BASIS: Param<Decimal> = Param {
    id: "lks.urenbasis",
    label: tekst!("Urenbasis van de loonkostensubsidie (uur per week)" => "Hours basis of the wage cost subsidy (hours per week)"),
    eenheid: Eenheid::UrenPerWeek,
    bekend_tot: None,
    sleutel: None,
    waarden: &[Waarde { vanaf: Datum::vast(2024, 1, 1), waarde: dec!(36), bron: &PW_10D, status: Gepubliceerd }],
};

/// Planned fixed LKS for beschut werk: 68%. Not law; the base is unknown (see docs/adr/0003).
pub const FORFAIT_BESCHUT: Voorstel<Decimal> = Voorstel {
    id: "lks.forfait_beschut",
    label: tekst!("Voorgenomen forfaitaire loonkostensubsidie beschut werk" => "Planned fixed wage cost subsidy for sheltered work"),
    eenheid: Eenheid::Fractie,
    waarde: dec!(0.68),
    beoogd_vanaf: Datum::vast(2028, 1, 1),
    bron: &FORFAIT_VOORSTEL,
};

/// LKV banenafspraak per paid hour (not for beschut werk). The amounts are in the Wtl itself.
pub const LKV_BANENAFSPRAAK_UUR: Param<Decimal> = Param {
    id: "lkv.banenafspraak_uur",
    label: tekst!("Loonkostenvoordeel banenafspraak per verloond uur" => "Wage cost benefit for the jobs agreement per paid hour"),
    eenheid: Eenheid::EuroPerUur,
    bekend_tot: None,
    sleutel: None,
    waarden: &[Waarde { vanaf: Datum::vast(2018, 1, 1), waarde: dec!(1.01), bron: &WTL, status: Gepubliceerd }],
};

/// Yearly maximum of the LKV banenafspraak.
pub const LKV_BANENAFSPRAAK_MAX: Param<Decimal> = Param {
    id: "lkv.banenafspraak_max",
    label: tekst!("Loonkostenvoordeel banenafspraak, maximum per jaar" => "Wage cost benefit for the jobs agreement, maximum per year"),
    eenheid: Eenheid::EuroPerJaar,
    bekend_tot: None,
    sleutel: None,
    waarden: &[Waarde { vanaf: Datum::vast(2018, 1, 1), waarde: dec!(2000), bron: &WTL, status: Gepubliceerd }],
};
