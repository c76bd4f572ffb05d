//! Employer premiums (fractions of the premium wage) and the maximum premium wage. The AWf, Aof
//! and Wko rates of 2027 are announced (the SZW budget's "voorlopig" rates, docs/adr/0024); the
//! other 2027 rates are not known yet.

use crate::bron::*;
use crate::datum::Datum;
use crate::invoertabel::Sleutel;
use crate::param::{Param, Status::Aangekondigd, Status::Gepubliceerd, Waarde};
use crate::uitleg::Eenheid;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

/// How many employer premiums a payslip has: AWf, Ufo, Aof, Wko, Whk and Zvw (Wfsv, Zvw).
pub const AANTAL: usize = 6;

/// The premium rates (a payslip takes one AWf and one Aof of each pair), not the maximum premium wage.
pub const PERCENTAGES: &[&Param<Decimal>] = &[&AWF_LAAG, &AWF_HOOG, &UFO, &AOF_LAAG, &AOF_HOOG, &WKO, &WHK, &ZVW];

const TOT: Option<Datum> = Some(Datum::vast(2026, 12, 31));

/// AWf low: written permanent contract, not on call (Wfsv art. 27).
pub const AWF_LAAG: Param<Decimal> = Param {
    id: "premie.awf_laag",
    label: tekst!("AWf-premie (laag, vast contract)" => "AWf premium (low, permanent contract)"),
    eenheid: Eenheid::Fractie,
    bekend_tot: TOT,
    sleutel: Some(Sleutel::PAwf),
    waarden: &[
        Waarde { vanaf: Datum::vast(2024, 1, 1), waarde: dec!(0.0264), bron: &WFSV_2024, status: Gepubliceerd },
        Waarde { vanaf: Datum::vast(2025, 1, 1), waarde: dec!(0.0274), bron: &WFSV_2025, status: Gepubliceerd },
        Waarde { vanaf: Datum::vast(2026, 1, 1), waarde: dec!(0.0274), bron: &WFSV_2026, status: Gepubliceerd },
        Waarde { vanaf: Datum::vast(2027, 1, 1), waarde: dec!(0.0274), bron: &PREMIES_2027, status: Aangekondigd },
    ],
};

/// AWf high: every other contract, fixed-term and on-call included.
pub const AWF_HOOG: Param<Decimal> = Param {
    id: "premie.awf_hoog",
    label: tekst!("AWf-premie (hoog, tijdelijk of oproep)" => "AWf premium (high, fixed-term or on call)"),
    eenheid: Eenheid::Fractie,
    bekend_tot: TOT,
    sleutel: Some(Sleutel::PAwf),
    waarden: &[
        Waarde { vanaf: Datum::vast(2024, 1, 1), waarde: dec!(0.0764), bron: &WFSV_2024, status: Gepubliceerd },
        Waarde { vanaf: Datum::vast(2025, 1, 1), waarde: dec!(0.0774), bron: &WFSV_2025, status: Gepubliceerd },
        Waarde { vanaf: Datum::vast(2026, 1, 1), waarde: dec!(0.0774), bron: &WFSV_2026, status: Gepubliceerd },
        Waarde { vanaf: Datum::vast(2027, 1, 1), waarde: dec!(0.0774), bron: &PREMIES_2027, status: Aangekondigd },
    ],
};

/// Ufo: public employers only.
pub const UFO: Param<Decimal> = Param {
    id: "premie.ufo",
    label: tekst!("Ufo-premie (overheidswerkgever)" => "Ufo premium (public employer)"),
    eenheid: Eenheid::Fractie,
    bekend_tot: TOT,
    sleutel: Some(Sleutel::PUfo),
    waarden: &[
        Waarde { vanaf: Datum::vast(2024, 1, 1), waarde: dec!(0.0068), bron: &WFSV_2024, status: Gepubliceerd },
        Waarde { vanaf: Datum::vast(2025, 1, 1), waarde: dec!(0.0068), bron: &WFSV_2025, status: Gepubliceerd },
        Waarde { vanaf: Datum::vast(2026, 1, 1), waarde: dec!(0.0068), bron: &WFSV_2026, status: Gepubliceerd },
    ],
};

/// Aof low: small employers (Wfsv art. 36).
pub const AOF_LAAG: Param<Decimal> = Param {
    id: "premie.aof_laag",
    label: tekst!("Aof-premie (laag, kleine werkgever)" => "Aof premium (low, small employer)"),
    eenheid: Eenheid::Fractie,
    bekend_tot: TOT,
    sleutel: Some(Sleutel::PAof),
    waarden: &[
        Waarde { vanaf: Datum::vast(2024, 1, 1), waarde: dec!(0.0618), bron: &WFSV_2024, status: Gepubliceerd },
        Waarde { vanaf: Datum::vast(2025, 1, 1), waarde: dec!(0.0628), bron: &WFSV_2025, status: Gepubliceerd },
        Waarde { vanaf: Datum::vast(2026, 1, 1), waarde: dec!(0.0627), bron: &WFSV_2026, status: Gepubliceerd },
        Waarde { vanaf: Datum::vast(2027, 1, 1), waarde: dec!(0.0667), bron: &PREMIES_2027, status: Aangekondigd },
    ],
};

/// Aof high: medium and large employers. 2024: one source says 7.49% (docs/adr/0005).
pub const AOF_HOOG: Param<Decimal> = Param {
    id: "premie.aof_hoog",
    label: tekst!("Aof-premie (hoog, middelgrote en grote werkgever)" => "Aof premium (high, medium-sized and large employer)"),
    eenheid: Eenheid::Fractie,
    bekend_tot: TOT,
    sleutel: Some(Sleutel::PAof),
    waarden: &[
        Waarde { vanaf: Datum::vast(2024, 1, 1), waarde: dec!(0.0754), bron: &WFSV_2024, status: Gepubliceerd },
        Waarde { vanaf: Datum::vast(2025, 1, 1), waarde: dec!(0.0764), bron: &WFSV_2025, status: Gepubliceerd },
        Waarde { vanaf: Datum::vast(2026, 1, 1), waarde: dec!(0.0763), bron: &WFSV_2026, status: Gepubliceerd },
        Waarde { vanaf: Datum::vast(2027, 1, 1), waarde: dec!(0.0803), bron: &PREMIES_2027, status: Aangekondigd },
    ],
};

/// Opslag Wet kinderopvang on the Aof.
pub const WKO: Param<Decimal> = Param {
    id: "premie.wko",
    label: tekst!("Opslag Wet kinderopvang" => "Childcare Act surcharge"),
    eenheid: Eenheid::Fractie,
    bekend_tot: TOT,
    sleutel: Some(Sleutel::PWko),
    waarden: &[
        Waarde { vanaf: Datum::vast(2024, 1, 1), waarde: dec!(0.0050), bron: &WFSV_2024, status: Gepubliceerd },
        Waarde { vanaf: Datum::vast(2025, 1, 1), waarde: dec!(0.0050), bron: &WFSV_2025, status: Gepubliceerd },
        Waarde { vanaf: Datum::vast(2026, 1, 1), waarde: dec!(0.0050), bron: &WFSV_2026, status: Gepubliceerd },
        Waarde { vanaf: Datum::vast(2027, 1, 1), waarde: dec!(0.0050), bron: &PREMIES_2027, status: Aangekondigd },
    ],
};

/// Whk average (WGA + ZW-flex). 2024 sources conflict, so 2024 has no value: the user supplies it.
pub const WHK: Param<Decimal> = Param {
    id: "premie.whk",
    label: tekst!("Whk-premie (gemiddeld; per werkgever anders)" => "Whk premium (average; differs per employer)"),
    eenheid: Eenheid::Fractie,
    bekend_tot: TOT,
    sleutel: Some(Sleutel::PWhk),
    waarden: &[
        Waarde { vanaf: Datum::vast(2025, 1, 1), waarde: dec!(0.0133), bron: &crate::bron::WHK, status: Gepubliceerd },
        Waarde { vanaf: Datum::vast(2026, 1, 1), waarde: dec!(0.0152), bron: &crate::bron::WHK, status: Gepubliceerd },
    ],
};

/// Zvw werkgeversheffing (normal rate).
pub const ZVW: Param<Decimal> = Param {
    id: "premie.zvw",
    label: tekst!("Werkgeversheffing Zvw" => "Employer's Zvw levy"),
    eenheid: Eenheid::Fractie,
    bekend_tot: TOT,
    sleutel: Some(Sleutel::PZvw),
    waarden: &[
        Waarde { vanaf: Datum::vast(2024, 1, 1), waarde: dec!(0.0657), bron: &crate::bron::ZVW, status: Gepubliceerd },
        Waarde { vanaf: Datum::vast(2025, 1, 1), waarde: dec!(0.0651), bron: &crate::bron::ZVW, status: Gepubliceerd },
        Waarde { vanaf: Datum::vast(2026, 1, 1), waarde: dec!(0.0610), bron: &crate::bron::ZVW, status: Gepubliceerd },
    ],
};

/// Maximum premium wage per year (also used as the Zvw maximum; equal in these years).
pub const MAXIMUM_PREMIELOON: Param<Decimal> = Param {
    id: "premie.maximum_premieloon",
    label: tekst!("Maximumpremieloon per jaar" => "Maximum premium wage per year"),
    eenheid: Eenheid::EuroPerJaar,
    bekend_tot: TOT,
    sleutel: Some(Sleutel::MaxPremieloon),
    waarden: &[
        Waarde { vanaf: Datum::vast(2024, 1, 1), waarde: dec!(71628), bron: &MAX_PREMIELOON, status: Gepubliceerd },
        Waarde { vanaf: Datum::vast(2025, 1, 1), waarde: dec!(75864), bron: &MAX_PREMIELOON, status: Gepubliceerd },
        Waarde { vanaf: Datum::vast(2026, 1, 1), waarde: dec!(79409), bron: &MAX_PREMIELOON, status: Gepubliceerd },
    ],
};
