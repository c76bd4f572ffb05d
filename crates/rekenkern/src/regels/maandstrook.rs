//! The payslip of one month of the year overview (docs/adr/0021), beside the payslip of a period
//! on its own ([`crate::regels::loonstrook`]). A month starts as the period payslip of its peildatum
//! calculation; the year then pays some lines in their own month and caps the premiums cumulatively:
//! - vakantiebijslag (Wml art. 15): set aside every month, or the whole of it paid in one month;
//! - the cao's year-end and one-off payments: in their month, each rounded on its own;
//! - the employer premiums: over the month's wage until the calendar year reaches the maximum
//!   premium wage ([`premieloon::premies_in_maand`], Wfsv art. 17);
//! - a month of the first six of a new placement runs on the lid-5 forfait (Pw art. 10d lid 5).
//!
//! Which month is which is the overview's calendar (`jaar.rs`); what happens in it is here.

use crate::bron::Bron;
use crate::getal::centen;
use crate::params::premies::AANTAL as PREMIES;
use crate::regels::loonstrook::{Loonstrook, Strookbasis};
use crate::regels::premieloon;
use crate::uitleg::Spoor;
use rust_decimal::Decimal;

/// How the vakantiebijslag falls in a month.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Vakantiebijslag {
    /// Set aside every month: the period payslip's line.
    Maandelijks,
    /// Paid in this month: what was set aside in the months of the overview ([`opgebouwd`]).
    Uitbetaald(Decimal),
    /// Paid in another month: nothing in this one.
    Elders,
}

/// What the year pays in this month (the overview's calendar decides it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Betalingen {
    /// The vakantiebijslag of this month.
    pub vakantiebijslag: Vakantiebijslag,
    /// The cao's year-end payment falls in this month.
    pub eindejaarsuitkering: bool,
    /// The cao's one-off payment falls in this month.
    pub eenmalig: bool,
}

/// Paid in one month, the vakantiebijslag is what the period payslips of the months set aside.
pub fn opgebouwd<'a>(stroken: impl IntoIterator<Item = &'a Loonstrook>) -> Decimal {
    stroken.into_iter().map(|s| s.vakantiebijslag).sum()
}

/// The rates, the premium wage and the premiums of a month.
type VorigePremies = ([(&'static str, Decimal); PREMIES], Decimal, [Decimal; PREMIES]);

/// One month's payslip and whether the yearly maximum cut its premium wage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Maandstrook {
    /// The lines of the month, each rounded to the cent.
    pub strook: Loonstrook,
    /// The maximum premieloon cut this month's premium wage (reached now or before).
    pub premieloon_afgetopt: bool,
}

/// The months of one overview, asked in order: the wage of the calendar year adds up towards the
/// maximum premium wage.
#[derive(Clone, Debug, Default)]
pub struct Maandstroken {
    /// The wage of the calendar year's earlier months (`loon_eerder`).
    eerder: Decimal,
    /// The premiums of the month before: the same rates over the same premium wage are the same.
    vorige_premies: Option<VorigePremies>,
}

impl Maandstroken {
    /// A new calendar year: the maximum premium wage holds per calendar year.
    pub fn nieuw_jaar(&mut self) {
        self.eerder = Decimal::ZERO;
    }

    /// The payslip of the next month: `strook` is the period payslip of its peildatum calculation
    /// (`basis` its rates), `lid5` whether the measured column runs on the lid-5 forfait. The
    /// premium steps go into `spoor`, citing `bron` (the maximum premieloon's source).
    pub fn maand(
        &mut self,
        basis: &Strookbasis,
        mut strook: Loonstrook,
        betalingen: Betalingen,
        lid5: bool,
        spoor: &mut Spoor,
        bron: &'static Bron,
    ) -> Maandstrook {
        strook.vakantiebijslag = match betalingen.vakantiebijslag {
            Vakantiebijslag::Maandelijks => strook.vakantiebijslag,
            Vakantiebijslag::Uitbetaald(opgebouwd) => opgebouwd,
            Vakantiebijslag::Elders => Decimal::ZERO,
        };
        // Each cao payment whole in its month, rounded on its own (zero without the cao).
        let in_maand = |ja: bool, per_jaar: Decimal| if ja { centen(per_jaar) } else { Decimal::ZERO };
        strook.eindejaarsuitkering = in_maand(betalingen.eindejaarsuitkering, basis.eindejaarsuitkering);
        strook.eenmalig = in_maand(betalingen.eenmalig, basis.eenmalig);
        let loon = strook.loon();
        let (maximum, percentage) = (basis.maximum_premieloon, basis.premiepercentage());
        let (premieloon, _) = premieloon::premies_in_maand(spoor, self.eerder, loon, maximum, percentage, bron);
        strook.premies = match self.vorige_premies {
            Some((tarieven, p, premies)) if tarieven == basis.premies && p == premieloon => premies,
            _ => basis.premies_over(premieloon),
        };
        self.vorige_premies = Some((basis.premies, premieloon, strook.premies));
        self.eerder += loon;
        if lid5 {
            strook.lks_meting = strook.lks_lid5;
        }
        Maandstrook { strook, premieloon_afgetopt: premieloon < loon }
    }
}
