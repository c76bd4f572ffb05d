//! Wage and employer cost (F6, F7): gross wage, vakantiebijslag, cao payments, premiums, pension.

use crate::bron;
use crate::gegevens::{Gegevens, Pensioen};
use crate::params;
use crate::regels::premieloon;
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
            &[g.wml_uur, op(params::cao::LOONBEHOUD_UREN.id, behoud), op(voltijd_id, voltijd)],
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
        &[
            op(t::UURLOON.id, uurloon),
            op(crate::uitleg::invoer::UREN.id(), g.uren),
            op(params::conventie::WEKEN_PER_JAAR.id, g.weken),
        ],
        Eenheid::EuroPerJaar,
        &bron::CONVENTIE,
    );
    let vakantiebijslag = s.reken(
        &t::VAKANTIEBIJSLAG,
        B::Product,
        &[op(t::BRUTOLOON.id, brutoloon), op(params::wml::VAKANTIEBIJSLAG.id, g.vakantiebijslag)],
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
        &[op(t::UREN_VERHOUDING.id, verhouding), een()],
        Eenheid::Fractie,
        &bron::CONVENTIE,
    );

    let cao_extra = cao_extra(g, s, deeltijd);

    let mut delen = vec![op(t::BRUTOLOON.id, brutoloon), op(t::VAKANTIEBIJSLAG.id, vakantiebijslag)];
    delen.extend(cao_extra.map(|c| op(t::CAO_EXTRA.id, c)));
    let loon_totaal = s.reken(&t::LOON_TOTAAL, B::Som, &delen, Eenheid::EuroPerJaar, &bron::CONVENTIE);
    let (premies, premie_bron, premieloon_afgetopt) = premies(g, s, loon_totaal);

    let pensioenloon = s.reken(
        &t::PENSIOENLOON,
        B::Som,
        &[op(t::BRUTOLOON.id, brutoloon), op(t::VAKANTIEBIJSLAG.id, vakantiebijslag)],
        Eenheid::EuroPerJaar,
        &bron::PWRI_PROXY,
    );
    let (pensioen, pensioenregel) = pensioen(g, s, pensioenloon, deeltijd);
    let werkgeverslasten = s.reken(
        &t::WERKGEVERSLASTEN,
        B::Som,
        &[op(t::PREMIES.id, premies), op(t::PENSIOEN.id, pensioen)],
        Eenheid::EuroPerJaar,
        premie_bron,
    );
    let loonkosten = s.reken(
        &t::LOONKOSTEN,
        B::Som,
        &[op(t::LOON_TOTAAL.id, loon_totaal), op(t::WERKGEVERSLASTEN.id, werkgeverslasten)],
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
        let cao_bron = s.bron_van(&params::cao::EINDEJAARSUITKERING, &bron::CAO_ADS_2026);
        let voltijd = s.reken(
            &t::CAO_VOLTIJD,
            B::Som,
            &[op(params::cao::EINDEJAARSUITKERING.id, eju), op(params::cao::EENMALIG.id, eenmalig)],
            Eenheid::EuroPerJaar,
            cao_bron,
        );
        s.reken(
            &t::CAO_EXTRA,
            B::Product,
            &[op(t::CAO_VOLTIJD.id, voltijd), op(t::DEELTIJDFACTOR.id, deeltijd)],
            Eenheid::EuroPerJaar,
            cao_bron,
        )
    })
}

/// The employer premiums over the premium wage (capped at the maximum per year; Wfsv, Zvw), the
/// source of the premium year, and whether the cap applied.
fn premies(g: &Gegevens, s: &mut Spoor, loon_totaal: Decimal) -> (Decimal, &'static crate::bron::Bron, bool) {
    let premieloon_afgetopt = loon_totaal > g.maximum_premieloon;
    let max_bron = s.bron_van(&params::premies::MAXIMUM_PREMIELOON, &bron::MAX_PREMIELOON);
    let premieloon = premieloon::stap(
        s,
        &t::PREMIELOON,
        op(t::LOON_TOTAAL.id, loon_totaal),
        op(params::premies::MAXIMUM_PREMIELOON.id, g.maximum_premieloon),
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
        &[op(t::PREMIELOON.id, premieloon), op(t::PREMIEPERCENTAGE.id, percentage)],
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
                &[op(t::PENSIOENLOON.id, pensioenloon), op(crate::uitleg::invoer::PENSIOEN.id(), p)],
                Eenheid::EuroPerJaar,
                &bron::GEBRUIKER,
            );
            (premie, (p, Decimal::ZERO))
        }
        Pensioen::Schatting { premie, franchise, aandeel } => {
            let franchise = s.reken(
                &t::FRANCHISE_DEELTIJD,
                B::Product,
                &[op(params::pensioen::FRANCHISE.id, franchise), op(t::DEELTIJDFACTOR.id, deeltijd)],
                Eenheid::EuroPerJaar,
                &bron::PWRI_DEELTIJD,
            );
            let boven = s.reken(
                &t::BOVEN_FRANCHISE,
                B::Verschil,
                &[op(t::PENSIOENLOON.id, pensioenloon), op(t::FRANCHISE_DEELTIJD.id, franchise)],
                Eenheid::EuroPerJaar,
                &bron::PWRI_DEELTIJD,
            );
            let grondslag = s.reken(
                &t::PENSIOENGRONDSLAG,
                B::Grootste,
                &[op(t::BOVEN_FRANCHISE.id, boven), nul()],
                Eenheid::EuroPerJaar,
                &bron::PWRI_PROXY,
            );
            let bedrag = s.reken(
                &t::PENSIOEN,
                B::Product,
                &[
                    op(params::pensioen::AANDEEL_WERKGEVER.id, aandeel),
                    op(params::pensioen::PREMIE.id, premie),
                    op(t::PENSIOENGRONDSLAG.id, grondslag),
                ],
                Eenheid::EuroPerJaar,
                &bron::PWRI_PROXY,
            );
            (bedrag, (aandeel * premie, franchise))
        }
    }
}
