//! The amounts of one period as the documents that carry them round them (docs/adr/0021).
//!
//! The calculation itself is exact and per year (the trail). What a user sees for a period (an
//! hour, a month, a year, a month of the year overview) is a set of lines, each rounded once to
//! the cent where the real document rounds it, and totals that are sums of those lines:
//! - the payslip and the wage journal: brutoloon, vakantiebijslag (8% of the rounded brutoloon),
//!   each cao payment, each employer premium (its rate × the period's premium wage), the pension
//!   premium (its rate × the period's pension wage above the franchise);
//! - the gemeente's beschikking: each subsidy per period, the law's computation rounded once;
//! - the loonkostenvoordeel: the yearly amount's share of the period, rounded once.
//!
//! werkgeverslasten, loonkosten and the net costs are never rounded: they are sums of the lines.

use crate::bedragen::{Bedragen, Regel};
use crate::getal::centen;
use crate::params::premies::AANTAL as PREMIES;
use crate::regels::premieloon;
use rust_decimal::Decimal;

/// What the lines of any period are made from: the exact yearly amounts and the rates the
/// peildatum calculation found (each one is a value of the trail).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Strookbasis {
    /// Gross wage per year (`brutoloon`).
    pub brutoloon: Decimal,
    /// Vakantiebijslag as a fraction of the gross wage (`wml.vakantiebijslag`).
    pub vakantiebijslag: Decimal,
    /// The cao's year-end payment per year, pro rata to the part-time factor (0 without the cao).
    pub eindejaarsuitkering: Decimal,
    /// The cao's one-off payment per year, pro rata (0 without the cao).
    pub eenmalig: Decimal,
    /// Each employer premium: the trail id of its rate, and the rate.
    pub premies: [(&'static str, Decimal); PREMIES],
    /// Maximum premium wage per year (`premie.maximum_premieloon`).
    pub maximum_premieloon: Decimal,
    /// The pension premium as a fraction of the pension wage above the franchise (the employer's
    /// share × the premium, or the percentage the user typed).
    pub pensioen: Decimal,
    /// The pension franchise per year, pro rata (0 for a typed percentage).
    pub franchise: Decimal,
    /// LKS after measuring, per year (exact).
    pub lks_meting: Decimal,
    /// The planned forfait, per year (exact).
    pub lks_forfait: Decimal,
    /// The lid-5 forfait, per year (exact).
    pub lks_lid5: Decimal,
    /// Loonkostenvoordeel, per year (exact).
    pub lkv: Decimal,
}

/// The lines of one period, each rounded to the cent.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Loonstrook {
    /// Gross wage.
    pub brutoloon: Decimal,
    /// Vakantiebijslag (accrued or paid in this period).
    pub vakantiebijslag: Decimal,
    /// The cao's year-end payment.
    pub eindejaarsuitkering: Decimal,
    /// The cao's one-off payment.
    pub eenmalig: Decimal,
    /// Each employer premium, in the order of [`Strookbasis::premies`].
    pub premies: [Decimal; PREMIES],
    /// Employer pension premium.
    pub pensioen: Decimal,
    /// LKS after measuring.
    pub lks_meting: Decimal,
    /// The planned forfait.
    pub lks_forfait: Decimal,
    /// The lid-5 forfait.
    pub lks_lid5: Decimal,
    /// Loonkostenvoordeel.
    pub lkv: Decimal,
}

/// A yearly amount's share of a period (1 ÷ `deler` of the year), rounded once (the beschikking,
/// the LKV). The chart's subsidy at each loonwaarde goes through it too ([`crate::Uitkomst::curve_per`]).
pub fn deel(per_jaar: Decimal, deler: Decimal) -> Decimal {
    centen(per_jaar.checked_div(deler).unwrap_or_default())
}

impl Strookbasis {
    /// The wage lines of a period whose share of the year is 1 ÷ `deler` (12 for a month, hours
    /// × 52 for an hour, 1 for the year): gross wage and its vakantiebijslag, the cao payments,
    /// the pension premium and the subsidies. The premiums follow from the premium wage
    /// ([`Loonstrook::premies_over`]); this sets them for a period on its own, with the maximum
    /// premium wage shared pro rata.
    pub fn periode(&self, deler: Decimal) -> Loonstrook {
        let brutoloon = deel(self.brutoloon, deler);
        let mut strook = Loonstrook {
            brutoloon,
            vakantiebijslag: self.vakantiebijslag_over(brutoloon),
            eindejaarsuitkering: deel(self.eindejaarsuitkering, deler),
            eenmalig: deel(self.eenmalig, deler),
            premies: [Decimal::ZERO; PREMIES],
            pensioen: Decimal::ZERO,
            lks_meting: deel(self.lks_meting, deler),
            lks_forfait: deel(self.lks_forfait, deler),
            lks_lid5: deel(self.lks_lid5, deler),
            lkv: deel(self.lkv, deler),
        };
        strook.pensioen = self.pensioen_over(strook.brutoloon + strook.vakantiebijslag, deler);
        strook.premies = self.premies_over(premieloon::afgetopt(strook.loon(), self.maximum_premieloon, deler));
        strook
    }

    /// The employer premiums together, as a fraction of the premium wage (the trail's step
    /// `premiepercentage`: the rates added in the same order).
    pub fn premiepercentage(&self) -> Decimal {
        self.premies.iter().map(|(_, p)| *p).sum()
    }

    /// Wml art. 15: the vakantiebijslag on a rounded gross wage, rounded.
    pub fn vakantiebijslag_over(&self, brutoloon: Decimal) -> Decimal {
        centen(brutoloon * self.vakantiebijslag)
    }

    /// Each premium over a period's premium wage, rounded on its own (as the wage journal does).
    pub fn premies_over(&self, premieloon: Decimal) -> [Decimal; PREMIES] {
        self.premies.map(|(_, p)| centen(premieloon * p))
    }

    /// The pension premium over a period's pension wage (gross wage + vakantiebijslag), above the
    /// period's share of the franchise.
    fn pensioen_over(&self, pensioenloon: Decimal, deler: Decimal) -> Decimal {
        let franchise = self.franchise.checked_div(deler).unwrap_or_default();
        centen(self.pensioen * (pensioenloon - franchise).max(Decimal::ZERO))
    }
}

impl Loonstrook {
    /// Every line with its stable name (JSON keys): each premium under the trail id of its rate.
    pub fn regels(&self, basis: &Strookbasis) -> Vec<(&'static str, Decimal)> {
        let mut regels = vec![
            (Regel::Brutoloon.naam(), self.brutoloon),
            (Regel::Vakantiebijslag.naam(), self.vakantiebijslag),
            ("eindejaarsuitkering", self.eindejaarsuitkering),
            ("eenmalig", self.eenmalig),
        ];
        regels.extend(basis.premies.iter().zip(self.premies).map(|((id, _), w)| (*id, w)));
        regels.extend([
            (Regel::Pensioen.naam(), self.pensioen),
            (Regel::LksMeting.naam(), self.lks_meting),
            (Regel::LksForfait.naam(), self.lks_forfait),
            (Regel::LksLid5.naam(), self.lks_lid5),
            (Regel::Lkv.naam(), self.lkv),
        ]);
        regels
    }

    /// The wage the premiums are due over (before the maximum): gross wage, vakantiebijslag and
    /// the cao payments of the period.
    pub fn loon(&self) -> Decimal {
        self.brutoloon + self.vakantiebijslag + self.eindejaarsuitkering + self.eenmalig
    }

    /// The same lines to the bit, scale included (`==` on a decimal ignores it: 0 equals 0.00), so
    /// that what is made of them is the same too.
    pub fn zelfde_bits(&self, ander: &Loonstrook) -> bool {
        // Every field by name (no `..`): a new line is a compile error here, never left out.
        let regels = |s: &Loonstrook| {
            let Loonstrook {
                brutoloon,
                vakantiebijslag,
                eindejaarsuitkering,
                eenmalig,
                premies,
                pensioen,
                lks_meting,
                lks_forfait,
                lks_lid5,
                lkv,
            } = *s;
            [
                brutoloon,
                vakantiebijslag,
                eindejaarsuitkering,
                eenmalig,
                pensioen,
                lks_meting,
                lks_forfait,
                lks_lid5,
                lkv,
            ]
            .into_iter()
            .chain(premies)
        };
        regels(self).zip(regels(ander)).all(|(a, b)| a.serialize() == b.serialize())
    }

    /// The amounts shown: the lines, and every total as the sum of the lines ([`crate::bedragen::Regel::delen`]).
    pub fn bedragen(&self) -> Bedragen {
        Bedragen {
            brutoloon: self.brutoloon,
            vakantiebijslag: self.vakantiebijslag,
            cao_extra: self.eindejaarsuitkering + self.eenmalig,
            premies: self.premies.iter().sum(),
            pensioen: self.pensioen,
            lks_meting: self.lks_meting,
            lks_forfait: self.lks_forfait,
            lks_lid5: self.lks_lid5,
            lkv: self.lkv,
            // The totals are the sums of the lines above (`met_totalen`); every line is named here,
            // so a new line of `bedragen.rs` is a compile error, never a silent zero.
            werkgeverslasten: Decimal::ZERO,
            loonkosten: Decimal::ZERO,
            nettokosten_meting: Decimal::ZERO,
            nettokosten_forfait: Decimal::ZERO,
        }
        .met_totalen()
    }
}
