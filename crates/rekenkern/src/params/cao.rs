//! Cao Aan de Slag (standaard-cao 8108). The wage table (loontabel) was not found in any source:
//! scale amounts above WML are entered by the user (docs/adr/0004).

use crate::bron::*;
use crate::datum::Datum;
use crate::invoertabel::Sleutel;
use crate::param::{Param, Status::Gepubliceerd, Waarde};
use crate::uitleg::Eenheid;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

/// Normal full-time week under the cao, hours per week.
pub const VOLTIJD: Param<Decimal> = Param {
    id: "cao.voltijd",
    label: tekst!("Volledige werkweek cao Aan de Slag (uur)" => "Full working week collective agreement Aan de Slag (hours)"),
    eenheid: Eenheid::UrenPerWeek,
    bekend_tot: Some(Datum::vast(2027, 12, 31)),
    sleutel: Some(Sleutel::Voltijd),
    waarden: &[
        Waarde { vanaf: Datum::vast(2021, 7, 1), waarde: dec!(37), bron: &CAO_ADS_2021, status: Gepubliceerd },
        Waarde { vanaf: Datum::vast(2027, 1, 1), waarde: dec!(36), bron: &CAO_ADS_2026, status: Gepubliceerd },
    ],
};

/// Structural year-end payment per full-time year (pro rata to the part-time factor).
/// Before 2026 the cao had none (inferred: the 2026 result introduces it).
pub const EINDEJAARSUITKERING: Param<Decimal> = Param {
    id: "cao.eindejaarsuitkering",
    label: tekst!("Eindejaarsuitkering cao Aan de Slag (per jaar, voltijd)" => "Year-end payment collective agreement Aan de Slag (per year, full-time)"),
    eenheid: Eenheid::EuroPerJaar,
    bekend_tot: Some(Datum::vast(2027, 12, 31)),
    sleutel: Some(Sleutel::Eju),
    waarden: &[
        Waarde { vanaf: Datum::vast(2021, 7, 1), waarde: dec!(0), bron: &CAO_ADS_2021, status: Gepubliceerd },
        Waarde { vanaf: Datum::vast(2026, 1, 1), waarde: dec!(350), bron: &CAO_ADS_2026, status: Gepubliceerd },
    ],
};

/// One-off gross payment in the calendar year (full-time; pro rata).
pub const EENMALIG: Param<Decimal> = Param {
    id: "cao.eenmalig",
    label: tekst!("Eenmalige uitkering cao Aan de Slag in dit kalenderjaar (voltijd)" => "One-off payment collective agreement Aan de Slag in this calendar year (full-time)"),
    eenheid: Eenheid::EuroPerJaar,
    bekend_tot: Some(Datum::vast(2027, 12, 31)),
    sleutel: Some(Sleutel::Eenmalig),
    waarden: &[
        Waarde { vanaf: Datum::vast(2025, 1, 1), waarde: dec!(500), bron: &CAO_ADS_2025, status: Gepubliceerd },
        Waarde { vanaf: Datum::vast(2026, 1, 1), waarde: dec!(150), bron: &CAO_ADS_2026, status: Gepubliceerd },
        Waarde { vanaf: Datum::vast(2027, 1, 1), waarde: dec!(150), bron: &CAO_ADS_2026, status: Gepubliceerd },
    ],
};

/// Full-time week whose monthly wage is kept when the cao shortens the week ("zonder loonverlies"):
/// from 2027 the week is 36 hours, the wage of 37 hours is kept, so the hourly wage of scale 1 is
/// multiplied by this ÷ the full-time week. Our reading (docs/adr/0014); no entry before 2027.
pub const LOONBEHOUD_UREN: Param<Decimal> = Param {
    id: "cao.loonbehoud_uren",
    label: tekst!("Werkweek waarvan het loon behouden blijft (cao Aan de Slag, 36 uur zonder loonverlies)" => "Working week whose pay is kept (cao Aan de Slag, 36 hours without loss of pay)"),
    eenheid: Eenheid::UrenPerWeek,
    bekend_tot: None,
    sleutel: None,
    waarden: &[Waarde {
        vanaf: Datum::vast(2027, 1, 1),
        waarde: dec!(37),
        bron: &CAO_ADS_2027_36_UUR,
        status: Gepubliceerd,
    }],
};
