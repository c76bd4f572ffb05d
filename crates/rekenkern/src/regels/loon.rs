//! Wage and employer cost (F6, F7): gross wage, vakantiebijslag, cao payments, premiums, pension.

use crate::bron;
use crate::gegevens::{Gegevens, Pensioen};
use crate::teksten as t;
use crate::uitleg::{Eenheid, Spoor};
use rust_decimal::Decimal;

/// Yearly wage cost and its parts.
pub(crate) struct Loon {
    pub brutoloon: Decimal,
    pub vakantiebijslag: Decimal,
    pub cao_extra: Decimal,
    pub premies: Decimal,
    pub pensioen: Decimal,
    pub werkgeverslasten: Decimal,
    pub loonkosten: Decimal,
    pub premieloon_afgetopt: bool,
}

/// Wml art. 8 and 15; cao Aan de Slag; Wfsv and Zvw for premiums.
pub(crate) fn loonkosten(g: &Gegevens, s: &mut Spoor) -> Loon {
    let uurloon =
        s.stap(&t::UURLOON, g.uurloon, Eenheid::EuroPerUur, &["wml.uur", "invoer.uurloon"], &bron::WML_2026_07);
    let brutoloon = s.stap(
        &t::BRUTOLOON,
        uurloon * g.uren * g.weken,
        Eenheid::EuroPerJaar,
        &["uurloon", "invoer.uren", "conventie.weken"],
        &bron::CONVENTIE,
    );
    let vakantiebijslag = s.stap(
        &t::VAKANTIEBIJSLAG,
        brutoloon * g.vakantiebijslag,
        Eenheid::EuroPerJaar,
        &["brutoloon", "wml.vakantiebijslag"],
        &bron::WML_ART_15,
    );

    let cao_extra = match g.cao {
        Some((eju, eenmalig)) => {
            let factor = s.stap(
                &t::DEELTIJDFACTOR,
                (g.uren / g.voltijd).min(Decimal::ONE),
                Eenheid::Fractie,
                &["invoer.uren", "cao.voltijd", "invoer.voltijd"],
                &bron::CAO_ADS_2026,
            );
            s.stap(
                &t::CAO_EXTRA,
                (eju + eenmalig) * factor,
                Eenheid::EuroPerJaar,
                &["cao.eindejaarsuitkering", "cao.eenmalig", "deeltijdfactor"],
                &bron::CAO_ADS_2026,
            )
        }
        None => Decimal::ZERO,
    };

    let loon_totaal = brutoloon + vakantiebijslag + cao_extra;
    let premieloon_afgetopt = loon_totaal > g.maximum_premieloon;
    let premieloon = s.stap(
        &t::PREMIELOON,
        loon_totaal.min(g.maximum_premieloon),
        Eenheid::EuroPerJaar,
        &["brutoloon", "vakantiebijslag", "cao_extra", "premie.maximum_premieloon"],
        &bron::MAX_PREMIELOON,
    );
    let percentage = s.stap(
        &t::PREMIEPERCENTAGE,
        g.premiepercentages.iter().map(|(_, p)| *p).sum(),
        Eenheid::Fractie,
        &[
            "premie.awf_laag",
            "premie.awf_hoog",
            "premie.ufo",
            "premie.aof_laag",
            "premie.aof_hoog",
            "premie.wko",
            "premie.whk",
            "premie.zvw",
        ],
        &bron::WFSV_2026,
    );
    let premies = s.stap(
        &t::PREMIES,
        premieloon * percentage,
        Eenheid::EuroPerJaar,
        &["premieloon", "premiepercentage"],
        &bron::WFSV_2026,
    );

    let pensioengrondslag = brutoloon + vakantiebijslag;
    let pensioen_bedrag = match g.pensioen {
        Pensioen::Percentage(p) => pensioengrondslag * p,
        Pensioen::Schatting { premie, franchise, aandeel } => {
            aandeel * premie * (pensioengrondslag - franchise).max(Decimal::ZERO)
        }
    };
    let pensioen = s.stap(
        &t::PENSIOEN,
        pensioen_bedrag,
        Eenheid::EuroPerJaar,
        &[
            "brutoloon",
            "vakantiebijslag",
            "pensioen.premie",
            "pensioen.franchise",
            "pensioen.aandeel_werkgever",
            "pensioen.vanaf_leeftijd",
            "invoer.leeftijd",
            "invoer.pensioen",
        ],
        &bron::PWRI_PROXY,
    );
    let werkgeverslasten = s.stap(
        &t::WERKGEVERSLASTEN,
        premies + pensioen,
        Eenheid::EuroPerJaar,
        &["premies", "pensioen"],
        &bron::WFSV_2026,
    );
    let loonkosten = s.stap(
        &t::LOONKOSTEN,
        loon_totaal + werkgeverslasten,
        Eenheid::EuroPerJaar,
        &["brutoloon", "vakantiebijslag", "cao_extra", "werkgeverslasten"],
        &bron::CONVENTIE,
    );
    Loon { brutoloon, vakantiebijslag, cao_extra, premies, pensioen, werkgeverslasten, loonkosten, premieloon_afgetopt }
}
