//! Wettelijk minimumuurloon by age, and the minimum vakantiebijslag.
//! Published hourly amounts are stored as published; they are never recomputed from percentages.

use crate::bron::*;
use crate::datum::Datum;
use crate::invoertabel::Sleutel;
use crate::param::{Param, Status::Aangekondigd, Status::Gepubliceerd, Waarde};
use crate::uitleg::Eenheid;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

/// Index into [`MINIMUMUURLOON`] values: ages 15, 16, 17, 18, 19, 20, 21 and older.
pub const LEEFTIJDEN: [u8; 7] = [15, 16, 17, 18, 19, 20, 21];

/// Minimumuurloon per age (15..=20, then 21+), in euro per hour.
pub const MINIMUMUURLOON: Param<[Decimal; 7]> = Param {
    id: "wml.uur",
    label: tekst!("Wettelijk minimumuurloon voor deze leeftijd" => "Statutory minimum hourly wage for this age"),
    eenheid: Eenheid::EuroPerUur,
    bekend_tot: Some(Datum::vast(2026, 12, 31)),
    sleutel: Some(Sleutel::Wml),
    waarden: &[
        Waarde {
            vanaf: Datum::vast(2024, 1, 1),
            bron: &WML_2024_01,
            waarde: [dec!(3.98), dec!(4.58), dec!(5.24), dec!(6.64), dec!(7.96), dec!(10.62), dec!(13.27)],
            status: Gepubliceerd,
        },
        Waarde {
            vanaf: Datum::vast(2024, 7, 1),
            bron: &WML_2024_07,
            waarde: [dec!(4.10), dec!(4.72), dec!(5.40), dec!(6.84), dec!(8.21), dec!(10.94), dec!(13.68)],
            status: Gepubliceerd,
        },
        Waarde {
            vanaf: Datum::vast(2025, 1, 1),
            bron: &WML_2025_01,
            waarde: [dec!(4.22), dec!(4.85), dec!(5.55), dec!(7.03), dec!(8.44), dec!(11.25), dec!(14.06)],
            status: Gepubliceerd,
        },
        Waarde {
            vanaf: Datum::vast(2025, 7, 1),
            bron: &WML_2025_07,
            waarde: [dec!(4.32), dec!(4.97), dec!(5.69), dec!(7.20), dec!(8.64), dec!(11.52), dec!(14.40)],
            status: Gepubliceerd,
        },
        Waarde {
            vanaf: Datum::vast(2026, 1, 1),
            bron: &WML_2026_01,
            waarde: [dec!(4.41), dec!(5.07), dec!(5.81), dec!(7.36), dec!(8.83), dec!(11.77), dec!(14.71)],
            status: Gepubliceerd,
        },
        Waarde {
            vanaf: Datum::vast(2026, 7, 1),
            bron: &WML_2026_07,
            waarde: [dec!(4.50), dec!(5.17), dec!(5.92), dec!(7.50), dec!(8.99), dec!(11.99), dec!(14.99)],
            status: Gepubliceerd,
        },
    ],
};

/// Referentiemaandloon (Wml art. 8 lid 1 b, art. 14): the minimum wage per month for a 36-hour
/// week, age 21 and older. Participatiewet art. 2 defines the "wettelijk minimumloon" of the LKS as
/// this monthly amount, so the loonkostensubsidie rests on it (domain.md §0a.1, docs/adr/0011).
pub const REFERENTIEMAANDLOON: Param<Decimal> = Param {
    id: "wml.maand",
    label: tekst!("Minimumloon per maand (referentiemaandloon, 21 jaar en ouder)" => "Monthly minimum wage (reference monthly wage, 21 and older)"),
    eenheid: Eenheid::EuroPerMaand,
    bekend_tot: Some(Datum::vast(2026, 12, 31)),
    sleutel: Some(Sleutel::Rml),
    waarden: &[
        Waarde { vanaf: Datum::vast(2024, 1, 1), waarde: dec!(2069.40), bron: &RML_2024_01, status: Gepubliceerd },
        Waarde { vanaf: Datum::vast(2024, 7, 1), waarde: dec!(2133.60), bron: &RML_2024_07, status: Gepubliceerd },
        Waarde { vanaf: Datum::vast(2025, 1, 1), waarde: dec!(2191.80), bron: &RML_2025_01, status: Gepubliceerd },
        Waarde { vanaf: Datum::vast(2025, 7, 1), waarde: dec!(2245.80), bron: &RML_2025_07, status: Gepubliceerd },
        Waarde { vanaf: Datum::vast(2026, 1, 1), waarde: dec!(2294.40), bron: &RML_2026_01, status: Gepubliceerd },
        Waarde { vanaf: Datum::vast(2026, 7, 1), waarde: dec!(2337.00), bron: &RML_2026_07, status: Gepubliceerd },
    ],
};

/// Minimumjeugdloon percentages (Besluit minimumjeugdloon), same index as [`MINIMUMUURLOON`].
/// Within the hourly table a test checks the published amounts against them; past it they make
/// the youth hourly amount (docs/adr/0024). Used for the monthly youth base of the LKS (Wml art. 8
/// lid 3; docs/adr/0012). The scale of 1-1-2027 is announced: a cabinet decision, its AMvB not yet seen.
pub const JEUGDPERCENTAGES: Param<[Decimal; 7]> = Param {
    id: "wml.jeugd",
    label: tekst!("Staffel minimumjeugdloon" => "Youth minimum wage scale"),
    eenheid: Eenheid::Fractie,
    bekend_tot: None,
    sleutel: None,
    waarden: &[
        Waarde {
            vanaf: Datum::vast(2024, 1, 1),
            bron: &WML_2024_01,
            waarde: [dec!(0.30), dec!(0.345), dec!(0.395), dec!(0.50), dec!(0.60), dec!(0.80), dec!(1)],
            status: Gepubliceerd,
        },
        Waarde {
            vanaf: Datum::vast(2027, 1, 1),
            bron: &JEUGD_2027,
            waarde: [dec!(0.30), dec!(0.40), dec!(0.50), dec!(0.625), dec!(0.75), dec!(0.875), dec!(1)],
            status: Aangekondigd,
        },
    ],
};

/// Minimum vakantiebijslag as a fraction of the wage.
pub const VAKANTIEBIJSLAG: Param<Decimal> = Param {
    id: "wml.vakantiebijslag",
    label: tekst!("Vakantiebijslag (minimaal)" => "Holiday allowance (minimum)"),
    eenheid: Eenheid::Fractie,
    bekend_tot: None,
    sleutel: None,
    waarden: &[Waarde { vanaf: Datum::vast(2015, 1, 1), waarde: dec!(0.08), bron: &WML_ART_15, status: Gepubliceerd }],
};

/// The monthly minimum wage of a running subsidy (lid 7) as the trail records it: looked up for one
/// date (`gegevens::loonkostensubsidie`), the same table as [`REFERENTIEMAANDLOON`].
pub const REFERENTIEMAANDLOON_LKS: crate::uitleg::Id = crate::uitleg::Id("wml.maand.lks");
/// Lid 7 read as indexing (ADR 0008): the monthly minimum wage on the grant date, ...
pub const REFERENTIEMAANDLOON_TOEKENNING: crate::uitleg::Id = crate::uitleg::Id("wml.maand.toekenning");
/// ... on 1 January of this year, ...
pub const REFERENTIEMAANDLOON_JANUARI: crate::uitleg::Id = crate::uitleg::Id("wml.maand.januari");
/// ... and on 1 January of the grant's year (the same table as [`REFERENTIEMAANDLOON`]).
pub const REFERENTIEMAANDLOON_JANUARI_TOEKENNING: crate::uitleg::Id = crate::uitleg::Id("wml.maand.januari_toekenning");
