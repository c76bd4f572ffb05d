//! Employer pension share: an estimate with the PWRI SW-2023 figures as a proxy
//! (the Aan de Slag premium was not found). Always shown as an estimate; the user can override it.

use crate::bron::*;
use crate::datum::Datum;
use crate::param::{Param, Status::Gepubliceerd, Waarde};
use crate::uitleg::Eenheid;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

/// Total pension premium as a fraction of (pensionable wage minus franchise).
pub const PREMIE: Param<Decimal> = Param {
    id: "pensioen.premie",
    label: tekst!("Pensioenpremie PWRI (schatting)" => "PWRI pension premium (estimate)"),
    eenheid: Eenheid::Fractie,
    bekend_tot: None,
    sleutel: None,
    waarden: &[Waarde { vanaf: Datum::vast(2021, 7, 1), waarde: dec!(0.238), bron: &PWRI_PROXY, status: Gepubliceerd }],
};

/// Franchise per year.
pub const FRANCHISE: Param<Decimal> = Param {
    id: "pensioen.franchise",
    label: tekst!("Franchise pensioen per jaar (schatting)" => "Pension franchise per year (estimate)"),
    eenheid: Eenheid::EuroPerJaar,
    bekend_tot: None,
    sleutel: None,
    waarden: &[Waarde { vanaf: Datum::vast(2021, 7, 1), waarde: dec!(13033), bron: &PWRI_PROXY, status: Gepubliceerd }],
};

/// Age from which the employee takes part in the pension scheme (PWRI, cao Aan de Slag).
pub const VANAF_LEEFTIJD: Param<Decimal> = Param {
    id: "pensioen.vanaf_leeftijd",
    label: tekst!("Leeftijd vanaf wanneer pensioen wordt opgebouwd" => "Age from which pension is built up"),
    eenheid: Eenheid::Getal,
    bekend_tot: None,
    sleutel: None,
    waarden: &[Waarde { vanaf: Datum::vast(2021, 7, 1), waarde: dec!(18), bron: &CAO_ADS_2021, status: Gepubliceerd }],
};

/// Employer share of the pension premium.
pub const AANDEEL_WERKGEVER: Param<Decimal> = Param {
    id: "pensioen.aandeel_werkgever",
    label: tekst!("Deel van de pensioenpremie voor de werkgever" => "Employer share of the pension premium"),
    eenheid: Eenheid::Fractie,
    bekend_tot: None,
    sleutel: None,
    waarden: &[Waarde {
        vanaf: Datum::vast(2021, 7, 1),
        waarde: dec!(0.70),
        bron: &CAO_ADS_2021,
        status: Gepubliceerd,
    }],
};
