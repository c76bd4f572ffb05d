//! Wage and employer cost (F6, F7): gross wage, vakantiebijslag, cao payments, premiums, pension.

use crate::bron;
use crate::gegevens::{Gegevens, Pensioen};
use crate::teksten as t;
use crate::uitleg::{een, nul, op, Bewerking as B, Eenheid, Id, Operand, Spoor};
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
    /// The cao's (year-end, one-off) payments per year, pro rata (zero without the cao): the
    /// payslip rounds each on its own (`regels/loonstrook.rs`).
    pub cao_uitkeringen: (Decimal, Decimal),
    /// The pension premium as (rate over the pension wage above the franchise, franchise per
    /// year), for the pension line of a period.
    pub pensioenregel: (Decimal, Decimal),
}

/// The hourly wage: the minimum wage, or the wage asked for if higher; for cao scale 1 from 2027
/// the wage of the longer week is kept (36 hours without loss of wage, docs/adr/0014).
fn uurloon(g: &Gegevens, s: &mut Spoor) -> Decimal {
    let wml_bron = g.wml_uur_bron;
    let (voltijd_id, voltijd) = g.voltijd;
    match (g.gewenst_uurloon, g.loonbehoud_uren) {
        (Some(u), _) => s.reken(
            &t::UURLOON,
            B::Grootste,
            &[g.wml_uur, op(crate::uitleg::invoer::UURLOON.id(), u)],
            Eenheid::EuroPerUur,
            wml_bron,
        ),
        (None, Some(behoud)) => s.reken(
            &t::UURLOON_36,
            B::Breuk { teller: 2 },
            &[g.wml_uur, op("cao.loonbehoud_uren", behoud), op(voltijd_id, voltijd)],
            Eenheid::EuroPerUur,
            &bron::CAO_ADS_2027_36_UUR,
        ),
        (None, None) => s.reken(&t::UURLOON, B::Overnemen, &[g.wml_uur], Eenheid::EuroPerUur, wml_bron),
    }
}

/// Wml art. 8 and 15; cao Aan de Slag; Wfsv and Zvw for premiums; PWRI for the pension estimate.
pub(crate) fn loonkosten(g: &Gegevens, s: &mut Spoor) -> Loon {
    let uurloon = uurloon(g, s);
    let (voltijd_id, voltijd) = g.voltijd;
    let brutoloon = s.reken(
        &t::BRUTOLOON,
        B::Product,
        &[op("uurloon", uurloon), op(crate::uitleg::invoer::UREN.id(), g.uren), op("conventie.weken", g.weken)],
        Eenheid::EuroPerJaar,
        &bron::CONVENTIE,
    );
    let vakantiebijslag = s.reken(
        &t::VAKANTIEBIJSLAG,
        B::Product,
        &[op("brutoloon", brutoloon), op("wml.vakantiebijslag", g.vakantiebijslag)],
        Eenheid::EuroPerJaar,
        &bron::WML_ART_15,
    );
    let verhouding = s.reken(
        &t::UREN_VERHOUDING,
        B::Breuk { teller: 1 },
        &[op(crate::uitleg::invoer::UREN.id(), g.uren), op(voltijd_id, voltijd)],
        Eenheid::Fractie,
        &bron::CONVENTIE,
    );
    let deeltijd = s.reken(
        &t::DEELTIJDFACTOR,
        B::Kleinste,
        &[op("uren_verhouding", verhouding), een()],
        Eenheid::Fractie,
        &bron::CONVENTIE,
    );

    let cao_extra = cao_extra(g, s, deeltijd);

    let mut delen = vec![op("brutoloon", brutoloon), op("vakantiebijslag", vakantiebijslag)];
    delen.extend(cao_extra.map(|c| op("cao_extra", c)));
    let loon_totaal = s.reken(&t::LOON_TOTAAL, B::Som, &delen, Eenheid::EuroPerJaar, &bron::CONVENTIE);
    let (premies, premie_bron, premieloon_afgetopt) = premies(g, s, loon_totaal);

    let pensioenloon = s.reken(
        &t::PENSIOENLOON,
        B::Som,
        &[op("brutoloon", brutoloon), op("vakantiebijslag", vakantiebijslag)],
        Eenheid::EuroPerJaar,
        &bron::PWRI_PROXY,
    );
    let (pensioen, pensioenregel) = pensioen(g, s, pensioenloon, deeltijd);
    let werkgeverslasten = s.reken(
        &t::WERKGEVERSLASTEN,
        B::Som,
        &[op("premies", premies), op("pensioen", pensioen)],
        Eenheid::EuroPerJaar,
        premie_bron,
    );
    let loonkosten = s.reken(
        &t::LOONKOSTEN,
        B::Som,
        &[op("loon_totaal", loon_totaal), op("werkgeverslasten", werkgeverslasten)],
        Eenheid::EuroPerJaar,
        &bron::CONVENTIE,
    );
    Loon {
        brutoloon,
        vakantiebijslag,
        cao_extra: cao_extra.unwrap_or_default(),
        premies,
        pensioen,
        werkgeverslasten,
        loonkosten,
        premieloon_afgetopt,
        cao_uitkeringen: g
            .cao
            .map_or((Decimal::ZERO, Decimal::ZERO), |(eju, eenmalig)| (eju * deeltijd, eenmalig * deeltijd)),
        pensioenregel,
    }
}

/// The cao's yearly payments, pro rata to the part-time factor (cao Aan de Slag).
fn cao_extra(g: &Gegevens, s: &mut Spoor, deeltijd: Decimal) -> Option<Decimal> {
    g.cao.map(|(eju, eenmalig)| {
        let cao_bron = s.bron_van(&crate::params::cao::EINDEJAARSUITKERING, &bron::CAO_ADS_2026);
        let voltijd = s.reken(
            &t::CAO_VOLTIJD,
            B::Som,
            &[op("cao.eindejaarsuitkering", eju), op("cao.eenmalig", eenmalig)],
            Eenheid::EuroPerJaar,
            cao_bron,
        );
        s.reken(
            &t::CAO_EXTRA,
            B::Product,
            &[op("cao_voltijd", voltijd), op("deeltijdfactor", deeltijd)],
            Eenheid::EuroPerJaar,
            cao_bron,
        )
    })
}

/// The employer premiums over the premium wage (capped at the maximum per year; Wfsv, Zvw), the
/// source of the premium year, and whether the cap applied.
fn premies(g: &Gegevens, s: &mut Spoor, loon_totaal: Decimal) -> (Decimal, &'static crate::bron::Bron, bool) {
    let premieloon_afgetopt = loon_totaal > g.maximum_premieloon;
    let max_bron = s.bron_van(&crate::params::premies::MAXIMUM_PREMIELOON, &bron::MAX_PREMIELOON);
    let premieloon = s.reken(
        &t::PREMIELOON,
        B::Kleinste,
        &[op("loon_totaal", loon_totaal), op("premie.maximum_premieloon", g.maximum_premieloon)],
        Eenheid::EuroPerJaar,
        max_bron,
    );
    let premie_delen: Vec<Operand> = g.premiepercentages.iter().map(|p| op(p.id, p.waarde)).collect();
    // The premium year's regulation, as recorded for the AWf rate actually used.
    let premie_bron = g.premiepercentages.first().map_or(&bron::WFSV_2026, |p| s.bron_van(&Id(p.id), &bron::WFSV_2026));
    let percentage = s.reken(&t::PREMIEPERCENTAGE, B::Som, &premie_delen, Eenheid::Fractie, premie_bron);
    let premies = s.reken(
        &t::PREMIES,
        B::Product,
        &[op("premieloon", premieloon), op("premiepercentage", percentage)],
        Eenheid::EuroPerJaar,
        premie_bron,
    );
    (premies, premie_bron, premieloon_afgetopt)
}

/// The employer's pension premium: a typed percentage, or the PWRI estimate over the wage above the
/// part-time franchise. With it the rule as (rate, franchise per year) for the lines of a period.
fn pensioen(g: &Gegevens, s: &mut Spoor, pensioenloon: Decimal, deeltijd: Decimal) -> (Decimal, (Decimal, Decimal)) {
    match g.pensioen {
        Pensioen::Percentage(p) => {
            let premie = s.reken(
                &t::PENSIOEN_PERCENTAGE,
                B::Product,
                &[op("pensioenloon", pensioenloon), op(crate::uitleg::invoer::PENSIOEN.id(), p)],
                Eenheid::EuroPerJaar,
                &bron::GEBRUIKER,
            );
            (premie, (p, Decimal::ZERO))
        }
        Pensioen::Schatting { premie, franchise, aandeel } => {
            let franchise = s.reken(
                &t::FRANCHISE_DEELTIJD,
                B::Product,
                &[op("pensioen.franchise", franchise), op("deeltijdfactor", deeltijd)],
                Eenheid::EuroPerJaar,
                &bron::PWRI_DEELTIJD,
            );
            let boven = s.reken(
                &t::BOVEN_FRANCHISE,
                B::Verschil,
                &[op("pensioenloon", pensioenloon), op("franchise_deeltijd", franchise)],
                Eenheid::EuroPerJaar,
                &bron::PWRI_DEELTIJD,
            );
            let grondslag = s.reken(
                &t::PENSIOENGRONDSLAG,
                B::Grootste,
                &[op("boven_franchise", boven), nul()],
                Eenheid::EuroPerJaar,
                &bron::PWRI_PROXY,
            );
            let bedrag = s.reken(
                &t::PENSIOEN,
                B::Product,
                &[
                    op("pensioen.aandeel_werkgever", aandeel),
                    op("pensioen.premie", premie),
                    op("pensioengrondslag", grondslag),
                ],
                Eenheid::EuroPerJaar,
                &bron::PWRI_PROXY,
            );
            (bedrag, (aandeel * premie, franchise))
        }
    }
}

/// The employer premiums of one month of the year overview, with their steps in `s`. The maximum
/// premieloon holds per calendar year and payroll applies it cumulatively, so premiums stop in the
/// month the year reaches it: the month's premium wage is the capped wage up to and including this
/// month minus the capped wage of the months before (`eerder`). Returns (premium wage, premiums).
pub(crate) fn premies_in_maand(
    s: &mut Spoor,
    eerder: Decimal,
    loon: Decimal,
    maximum: Decimal,
    percentage: Decimal,
    bron: &'static crate::bron::Bron,
) -> (Decimal, Decimal) {
    let max = op("premie.maximum_premieloon", maximum);
    let tot_nu = s.reken(
        &t::LOON_TOT_NU,
        B::Som,
        &[op("loon_eerder", eerder), op("loon_maand", loon)],
        Eenheid::EuroPerJaar,
        bron,
    );
    let premieloon_tot_nu =
        s.reken(&t::PREMIELOON_TOT_NU, B::Kleinste, &[op("loon_tot_nu", tot_nu), max], Eenheid::EuroPerJaar, bron);
    let premieloon_eerder =
        s.reken(&t::PREMIELOON_EERDER, B::Kleinste, &[op("loon_eerder", eerder), max], Eenheid::EuroPerJaar, bron);
    let premieloon = s.reken(
        &t::PREMIELOON_MAAND,
        B::Verschil,
        &[op("premieloon_tot_nu", premieloon_tot_nu), op("premieloon_eerder", premieloon_eerder)],
        Eenheid::EuroPerMaand,
        bron,
    );
    let premies = s.reken(
        &t::PREMIES_MAAND,
        B::Product,
        &[op("premieloon_maand", premieloon), op("premiepercentage", percentage)],
        Eenheid::EuroPerMaand,
        bron,
    );
    (premieloon, premies)
}
