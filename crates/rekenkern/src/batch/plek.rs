//! What a beschut place costs, beyond the wage: for the employer and for the gemeente, under
//! measurement and under the forfait (issue 18).
//!
//! - employer: net wage cost (loonkosten − LKS − LKV) + begeleiding − opbrengst;
//! - gemeente: LKS + begeleiding, against the budget per place the user enters.
//!
//! Begeleiding (per employee or per fte, per year) and opbrengst (per productive hour, or a total
//! per year for the group) are the user's: nothing is assumed. A productive hour is a worked hour
//! at full loonwaarde, so an employee's productive hours are hours per week × 52 × loonwaarde; a
//! group total is shared by productive hours. The year is the row's calendar year (begeleiding,
//! opbrengst and budget for its months in service); the month is one twelfth of a year in service.
//! Each figure is rounded once per row; group figures are sums of the rounded rows.

use super::{Cijfers, Rij};
use crate::getal::centen;
use crate::params::conventie::{MAANDEN_PER_JAAR, WEKEN_PER_JAAR};
use crate::uitkomst::Periode;
use rust_decimal::Decimal;

/// Begeleiding per year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Begeleiding {
    /// The same amount for every employee.
    PerMedewerker(Decimal),
    /// An amount per full-time job, pro rata the hours.
    PerFte(Decimal),
}

/// Opbrengst (revenue) of the work.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Opbrengst {
    /// Per productive hour (a worked hour at full loonwaarde).
    PerProductiefUur(Decimal),
    /// A total per year for the whole group, shared by productive hours.
    Totaal(Decimal),
}

/// The user's figures for the cost of a place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Plekinvoer {
    /// Begeleiding per year.
    pub begeleiding: Begeleiding,
    /// Opbrengst.
    pub opbrengst: Opbrengst,
    /// The gemeente's budget per place per year, if given.
    pub budget: Option<Decimal>,
}

/// The cost of a place (one employee, or summed over the group), rounded to the cent.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Plekkosten {
    /// Begeleiding in the period.
    pub begeleiding: Decimal,
    /// Opbrengst in the period.
    pub opbrengst: Decimal,
    /// Employer, with the measured LKS.
    pub werkgever_meting: Decimal,
    /// Employer, with the forfait.
    pub werkgever_forfait: Decimal,
    /// Gemeente, with the measured LKS: LKS + begeleiding.
    pub gemeente_meting: Decimal,
    /// Gemeente, with the forfait.
    pub gemeente_forfait: Decimal,
    /// Budget in the period (when given).
    pub budget: Option<Decimal>,
}

/// The columns of the cost of a place: the stable name (CSV) and the words (.xlsx header).
pub const KOLOMMEN: [(&str, &str); 9] = [
    ("begeleiding", "Begeleiding"),
    ("opbrengst", "Opbrengst"),
    ("plek_werkgever_meting", "Plek: werkgever, met meting"),
    ("plek_werkgever_forfait", "Plek: werkgever, met forfait"),
    ("plek_gemeente_meting", "Plek: gemeente, met meting"),
    ("plek_gemeente_forfait", "Plek: gemeente, met forfait"),
    ("budget", "Budget"),
    ("budget_over_meting", "Budget over, met meting"),
    ("budget_over_forfait", "Budget over, met forfait"),
];

impl Plekkosten {
    /// What is left of the budget with measurement and with the forfait (negative: short).
    pub fn ruimte(&self) -> Option<(Decimal, Decimal)> {
        self.budget.map(|b| (b - self.gemeente_meting, b - self.gemeente_forfait))
    }

    /// The figures with their stable names (CSV columns, [`KOLOMMEN`]), in display order; `None`
    /// without a budget.
    pub fn velden(&self) -> [(&'static str, Option<Decimal>); 9] {
        let r = self.ruimte();
        let w = [
            Some(self.begeleiding),
            Some(self.opbrengst),
            Some(self.werkgever_meting),
            Some(self.werkgever_forfait),
            Some(self.gemeente_meting),
            Some(self.gemeente_forfait),
            self.budget,
            r.map(|r| r.0),
            r.map(|r| r.1),
        ];
        let mut i = 0;
        w.map(|w| {
            let naam = KOLOMMEN[i].0;
            i += 1;
            (naam, w)
        })
    }

    /// The cost of one place: each of the group's figures divided by the number of places, rounded to
    /// the cent (docs/adr/0021). An average, not a sum: the places together can differ a few cents
    /// from the group's total, which stays the sum of the rows.
    pub fn per_plek(&self, plekken: usize) -> Plekkosten {
        let n = Decimal::from(plekken.max(1));
        let d = |w: Decimal| centen(w / n);
        Plekkosten {
            begeleiding: d(self.begeleiding),
            opbrengst: d(self.opbrengst),
            werkgever_meting: d(self.werkgever_meting),
            werkgever_forfait: d(self.werkgever_forfait),
            gemeente_meting: d(self.gemeente_meting),
            gemeente_forfait: d(self.gemeente_forfait),
            budget: self.budget.map(d),
        }
    }

    fn plus(&mut self, o: &Plekkosten) {
        self.begeleiding += o.begeleiding;
        self.opbrengst += o.opbrengst;
        self.werkgever_meting += o.werkgever_meting;
        self.werkgever_forfait += o.werkgever_forfait;
        self.gemeente_meting += o.gemeente_meting;
        self.gemeente_forfait += o.gemeente_forfait;
        self.budget = match (self.budget, o.budget) {
            (Some(a), Some(b)) => Some(a + b),
            (a, b) => a.or(b),
        };
    }
}

/// The part of a year a row's period covers: its months in service of 12, or one month.
fn deel_jaar(c: &Cijfers, periode: Periode) -> Decimal {
    let maanden = MAANDEN_PER_JAAR.waarde;
    match periode {
        Periode::Jaar => Decimal::from(c.maanden_in_dienst) / maanden,
        _ => Decimal::ONE / maanden,
    }
}

/// Productive hours per year in service: hours per week × 52 × loonwaarde.
fn productieve_uren(c: &Cijfers) -> Decimal {
    c.uren * WEKEN_PER_JAAR.waarde * c.loonwaarde
}

/// One row's cost of a place; `aandeel`: its share of a group total opbrengst.
fn rij(c: &Cijfers, p: &Plekinvoer, periode: Periode, aandeel: Decimal) -> Plekkosten {
    let deel = deel_jaar(c, periode);
    let begeleiding = centen(match p.begeleiding {
        Begeleiding::PerMedewerker(b) => b * deel,
        Begeleiding::PerFte(b) => b * c.fte * deel,
    });
    let opbrengst = centen(match p.opbrengst {
        Opbrengst::PerProductiefUur(t) => t * productieve_uren(c) * deel,
        Opbrengst::Totaal(t) => t * aandeel * deel,
    });
    let b = c.per(periode);
    Plekkosten {
        begeleiding,
        opbrengst,
        werkgever_meting: b.nettokosten_meting + begeleiding - opbrengst,
        werkgever_forfait: b.nettokosten_forfait + begeleiding - opbrengst,
        gemeente_meting: b.lks_meting + begeleiding,
        gemeente_forfait: b.lks_forfait + begeleiding,
        budget: p.budget.map(|x| centen(x * deel)),
    }
}

/// The cost of a place per row (`None` for a row with errors), and the group total.
pub fn groep(rijen: &[Rij], p: &Plekinvoer, periode: Periode) -> (Vec<Option<Plekkosten>>, Plekkosten) {
    // A group total opbrengst is shared by productive hours in the year (in service).
    let uren_in_dienst =
        |c: &Cijfers| productieve_uren(c) * Decimal::from(c.maanden_in_dienst) / MAANDEN_PER_JAAR.waarde;
    let som: Decimal = rijen.iter().filter_map(|r| r.uitkomst.as_ref().ok()).map(uren_in_dienst).sum();
    let per_rij: Vec<Option<Plekkosten>> = rijen
        .iter()
        .map(|r| {
            r.uitkomst.as_ref().ok().map(|c| {
                // Per year in service the share is of the total; `rij` scales it to the period again.
                let aandeel = productieve_uren(c).checked_div(som).unwrap_or_default();
                rij(c, p, periode, aandeel)
            })
        })
        .collect();
    let mut totaal = Plekkosten::default();
    for k in per_rij.iter().flatten() {
        totaal.plus(k);
    }
    (per_rij, totaal)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn per_plek_is_het_totaal_gedeeld_op_centen() {
        // Hand: 1.000,00 ÷ 3 = 333,333… → 333,33; 1.000,01 ÷ 3 = 333,336… → 333,34; 0,05 ÷ 2 = 0,025 → 0,03
        // (half away from zero); −10,00 ÷ 3 = −3,333… → −3,33; no places counts as one.
        let totaal = Plekkosten {
            begeleiding: dec!(1000.00),
            opbrengst: dec!(1000.01),
            werkgever_meting: dec!(-10.00),
            werkgever_forfait: dec!(0),
            gemeente_meting: dec!(3),
            gemeente_forfait: dec!(0.05),
            budget: None,
        };
        let p = totaal.per_plek(3);
        assert_eq!(p.begeleiding, dec!(333.33));
        assert_eq!(p.opbrengst, dec!(333.34));
        assert_eq!(p.werkgever_meting, dec!(-3.33));
        assert_eq!(p.gemeente_meting, dec!(1.00));
        assert_eq!(totaal.per_plek(2).gemeente_forfait, dec!(0.03));
        assert_eq!(totaal.per_plek(0).begeleiding, dec!(1000.00));
        assert_eq!(p.budget, None);
    }
}
