//! The maximum premium wage (Wet financiering sociale verzekeringen, art. 17): the employee
//! insurance premiums are due over the wage up to a maximum per calendar year. The one home of
//! that cap: the year (`regels::loon`), a period on its own with its share of the maximum
//! (`uitkomst::periode` and [`crate::regels::loonstrook::Strookbasis::periode`]) and the months of
//! the year overview, where payroll applies it cumulatively ([`premies_in_maand`]), all cap here.

use crate::params;
use crate::teksten as t;
use crate::teksten::StapTekst;
use crate::uitleg::{maandloon, op, Bewerking as B, Eenheid, Operand, Spoor};
use rust_decimal::Decimal;

/// The premium wage of a period whose share of the year is 1 ÷ `deler` (1 for the year, 12 for a
/// month, hours × weeks for an hour): its wage, capped at that share of the maximum per year.
pub fn afgetopt(loon: Decimal, maximum_per_jaar: Decimal, deler: Decimal) -> Decimal {
    loon.min(maximum_per_jaar.checked_div(deler).unwrap_or_default())
}

/// [`afgetopt`] as a step of the trail: the wage capped at a maximum that is already the period's
/// share (a used value, or the step that shares it out), with the cap's legal basis.
pub(crate) fn stap(
    s: &mut Spoor,
    tekst: &StapTekst,
    loon: Operand,
    maximum: Operand,
    e: Eenheid,
    grondslag: &'static crate::bron::Bron,
) -> Decimal {
    let premieloon = s.reken(tekst, B::Kleinste, &[loon, maximum], e, grondslag);
    debug_assert_eq!(premieloon, afgetopt(loon.waarde, maximum.waarde, Decimal::ONE));
    premieloon
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
    let max = op(params::premies::MAXIMUM_PREMIELOON.id, maximum);
    let tot_nu = s.reken(
        &t::LOON_TOT_NU,
        B::Som,
        &[op(maandloon::EERDER.id(), eerder), op(maandloon::MAAND.id(), loon)],
        Eenheid::EuroPerJaar,
        bron,
    );
    let premieloon_tot_nu =
        stap(s, &t::PREMIELOON_TOT_NU, op(t::LOON_TOT_NU.id, tot_nu), max, Eenheid::EuroPerJaar, bron);
    let premieloon_eerder =
        stap(s, &t::PREMIELOON_EERDER, op(maandloon::EERDER.id(), eerder), max, Eenheid::EuroPerJaar, bron);
    let premieloon = s.reken(
        &t::PREMIELOON_MAAND,
        B::Verschil,
        &[op(t::PREMIELOON_TOT_NU.id, premieloon_tot_nu), op(t::PREMIELOON_EERDER.id, premieloon_eerder)],
        Eenheid::EuroPerMaand,
        bron,
    );
    let premies = s.reken(
        &t::PREMIES_MAAND,
        B::Product,
        &[op(t::PREMIELOON_MAAND.id, premieloon), op(t::PREMIEPERCENTAGE.id, percentage)],
        Eenheid::EuroPerMaand,
        bron,
    );
    (premieloon, premies)
}
