//! The amounts a calculation shows: one typed list of lines ([`Regel`]) with their stable names
//! (JSON keys, CSV columns), their labels, and for a total the lines it is made of. The core's
//! sums, the JSON, the CSV and .xlsx, the group totals and the page's tables read this list; a
//! line is chosen by its variant, never spelt, so a missing line does not compile.

use rust_decimal::Decimal;

/// The key amounts. In [`Uitkomst::per_jaar`] exact (the trail); from [`Uitkomst::per`] the lines
/// of the period rounded to the cent and the totals summed from them (docs/adr/0021).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Bedragen {
    /// Gross wage.
    pub brutoloon: Decimal,
    /// Holiday allowance.
    pub vakantiebijslag: Decimal,
    /// Cao year-end and one-off payments.
    pub cao_extra: Decimal,
    /// Employer premiums.
    pub premies: Decimal,
    /// Employer pension share.
    pub pensioen: Decimal,
    /// Premiums plus pension.
    pub werkgeverslasten: Decimal,
    /// Total wage cost.
    pub loonkosten: Decimal,
    /// LKS after measuring the loonwaarde, with the werkgeverslasten allowance.
    pub lks_meting: Decimal,
    /// Planned fixed LKS, in the chosen reading.
    pub lks_forfait: Decimal,
    /// Existing 50% forfait for the first six months.
    pub lks_lid5: Decimal,
    /// Loonkostenvoordeel (0 for beschut werk).
    pub lkv: Decimal,
    /// Net cost with the measured LKS.
    pub nettokosten_meting: Decimal,
    /// Net cost with the forfait.
    pub nettokosten_forfait: Decimal,
}

/// One amount line. [`Regel::ALLE`] is the display order: every part before the total it makes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Regel {
    /// Gross wage.
    Brutoloon,
    /// Holiday allowance.
    Vakantiebijslag,
    /// Cao year-end and one-off payments.
    CaoExtra,
    /// Employer premiums.
    Premies,
    /// Employer pension share.
    Pensioen,
    /// Premiums plus pension.
    Werkgeverslasten,
    /// Total wage cost.
    Loonkosten,
    /// LKS after measuring the loonwaarde.
    LksMeting,
    /// Planned fixed LKS.
    LksForfait,
    /// Existing 50% forfait for the first six months.
    LksLid5,
    /// Loonkostenvoordeel.
    Lkv,
    /// Net cost with the measured LKS.
    NettokostenMeting,
    /// Net cost with the forfait.
    NettokostenForfait,
}

/// How a part counts in its total.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Teken {
    /// Added.
    Plus,
    /// Subtracted.
    Min,
}

use Regel::*;
use Teken::{Min, Plus};

impl Regel {
    /// Every line, in display order; the parts of a total come before it.
    pub const ALLE: [Regel; 13] = [
        Brutoloon,
        Vakantiebijslag,
        CaoExtra,
        Premies,
        Pensioen,
        Werkgeverslasten,
        Loonkosten,
        LksMeting,
        LksForfait,
        LksLid5,
        Lkv,
        NettokostenMeting,
        NettokostenForfait,
    ];

    /// The stable name: JSON key, CSV column (with `_maand`/`_jaar`), scenario-independent.
    pub const fn naam(self) -> &'static str {
        match self {
            Brutoloon => "brutoloon",
            Vakantiebijslag => "vakantiebijslag",
            CaoExtra => "cao_extra",
            Premies => "premies",
            Pensioen => "pensioen",
            Werkgeverslasten => "werkgeverslasten",
            Loonkosten => "loonkosten",
            LksMeting => "lks_meting",
            LksForfait => "lks_forfait",
            LksLid5 => "lks_lid5",
            Lkv => "lkv",
            NettokostenMeting => "nettokosten_meting",
            NettokostenForfait => "nettokosten_forfait",
        }
    }

    /// The label in words (Dutch; its English via [`crate::engels::vertaal`]).
    pub const fn label(self) -> &'static str {
        match self {
            Brutoloon => tekst!("Brutoloon" => "Gross wage"),
            Vakantiebijslag => tekst!("Vakantiebijslag" => "Holiday allowance"),
            CaoExtra => tekst!("Extra uitkeringen cao" => "Extra collective agreement payments"),
            Premies => tekst!("Premies werkgever" => "Employer premiums"),
            Pensioen => tekst!("Pensioenpremie werkgever" => "Employer pension premium"),
            Werkgeverslasten => tekst!("Werkgeverslasten" => "Employer charges"),
            Loonkosten => tekst!("Loonkosten" => "Wage cost"),
            LksMeting => tekst!("Subsidie met meting" => "Subsidy with measurement"),
            LksForfait => tekst!("Subsidie met forfait (voorgenomen)" => "Subsidy with fixed subsidy (planned)"),
            LksLid5 => {
                tekst!("Eerste 6 maanden zonder meting (forfait 50%)" => "First 6 months without measurement (fixed 50%)")
            }
            Lkv => tekst!("Loonkostenvoordeel" => "Wage cost benefit"),
            NettokostenMeting => tekst!("Wat u zelf betaalt met meting" => "What you pay yourself with measurement"),
            NettokostenForfait => {
                tekst!("Wat u zelf betaalt met forfait" => "What you pay yourself with the fixed subsidy")
            }
        }
    }

    /// For a total, the lines it is made of and how each counts (docs/adr/0021: a total is the sum
    /// of the lines shown); empty for a line of its own.
    pub const fn delen(self) -> &'static [(Teken, Regel)] {
        match self {
            Werkgeverslasten => &[(Plus, Premies), (Plus, Pensioen)],
            Loonkosten => &[(Plus, Brutoloon), (Plus, Vakantiebijslag), (Plus, CaoExtra), (Plus, Werkgeverslasten)],
            NettokostenMeting => &[(Plus, Loonkosten), (Min, LksMeting), (Min, Lkv)],
            NettokostenForfait => &[(Plus, Loonkosten), (Min, LksForfait), (Min, Lkv)],
            _ => &[],
        }
    }

    /// Whether the line is a total of others.
    pub const fn is_totaal(self) -> bool {
        !self.delen().is_empty()
    }

    /// The line with this stable name (a column read back, a test).
    pub fn van_naam(naam: &str) -> Option<Regel> {
        Regel::ALLE.into_iter().find(|r| r.naam() == naam)
    }
}

impl Bedragen {
    /// One line's amount.
    pub const fn get(&self, r: Regel) -> Decimal {
        match r {
            Brutoloon => self.brutoloon,
            Vakantiebijslag => self.vakantiebijslag,
            CaoExtra => self.cao_extra,
            Premies => self.premies,
            Pensioen => self.pensioen,
            Werkgeverslasten => self.werkgeverslasten,
            Loonkosten => self.loonkosten,
            LksMeting => self.lks_meting,
            LksForfait => self.lks_forfait,
            LksLid5 => self.lks_lid5,
            Lkv => self.lkv,
            NettokostenMeting => self.nettokosten_meting,
            NettokostenForfait => self.nettokosten_forfait,
        }
    }

    /// One line's amount, to set.
    fn veld(&mut self, r: Regel) -> &mut Decimal {
        match r {
            Brutoloon => &mut self.brutoloon,
            Vakantiebijslag => &mut self.vakantiebijslag,
            CaoExtra => &mut self.cao_extra,
            Premies => &mut self.premies,
            Pensioen => &mut self.pensioen,
            Werkgeverslasten => &mut self.werkgeverslasten,
            Loonkosten => &mut self.loonkosten,
            LksMeting => &mut self.lks_meting,
            LksForfait => &mut self.lks_forfait,
            LksLid5 => &mut self.lks_lid5,
            Lkv => &mut self.lkv,
            NettokostenMeting => &mut self.nettokosten_meting,
            NettokostenForfait => &mut self.nettokosten_forfait,
        }
    }

    /// Every total made again from its lines, in [`Regel::ALLE`]'s order (parts first).
    pub fn met_totalen(mut self) -> Bedragen {
        for r in Regel::ALLE {
            if r.is_totaal() {
                let som = r.delen().iter().fold(Decimal::ZERO, |som, (teken, deel)| match teken {
                    Plus => som + self.get(*deel),
                    Min => som - self.get(*deel),
                });
                *self.veld(r) = som;
            }
        }
        self
    }

    /// Each line with its stable name (JSON keys, CSV columns), in display order.
    pub fn velden(&self) -> [(&'static str, Decimal); 13] {
        Regel::ALLE.map(|r| (r.naam(), self.get(r)))
    }

    /// Line by line difference `self − ander` (a comparison's column: now minus what was fixed).
    pub fn min(&self, ander: &Bedragen) -> Bedragen {
        let mut uit = Bedragen::default();
        for r in Regel::ALLE {
            *uit.veld(r) = self.get(r) - ander.get(r);
        }
        uit
    }

    /// Line by line sum.
    pub fn plus(&self, ander: &Bedragen) -> Bedragen {
        let mut uit = Bedragen::default();
        for r in Regel::ALLE {
            *uit.veld(r) = som(self.get(r), ander.get(r));
        }
        uit
    }
}

/// `a + b`, not inlined: thirteen inlined decimal additions in one function made the compiler
/// prepare every branch of each at once (a 4.6 KB stack frame, ~4,200 instructions a call); one
/// call each is ~10× cheaper (issue 34, callgrind).
#[inline(never)]
fn som(a: Decimal, b: Decimal) -> Decimal {
    a + b
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn elke_regel_een_keer_en_delen_voor_het_totaal() {
        let mut namen: Vec<&str> = Regel::ALLE.iter().map(|r| r.naam()).collect();
        namen.sort_unstable();
        namen.dedup();
        assert_eq!(namen.len(), Regel::ALLE.len());
        for (i, r) in Regel::ALLE.iter().enumerate() {
            assert_eq!(Regel::van_naam(r.naam()), Some(*r));
            for (_, deel) in r.delen() {
                assert!(Regel::ALLE[..i].contains(deel), "{deel:?} comes after {r:?}");
            }
        }
    }

    #[test]
    fn totalen_uit_de_regels() {
        // Hand: 1.402,44 + 112,20 + 0 + (366,08 + 76,29) = 1.957,01; − 1.122,15 − 0 = 834,86;
        // − 1.271,77 = 685,24 (the 19-year-old of December 2026, crates/rekenkern/tests/jaarwissel.rs).
        let b = Bedragen {
            brutoloon: dec!(1402.44),
            vakantiebijslag: dec!(112.20),
            premies: dec!(366.08),
            pensioen: dec!(76.29),
            lks_meting: dec!(1122.15),
            lks_forfait: dec!(1271.77),
            ..Bedragen::default()
        }
        .met_totalen();
        assert_eq!(b.werkgeverslasten, dec!(442.37));
        assert_eq!(b.loonkosten, dec!(1957.01));
        assert_eq!(b.nettokosten_meting, dec!(834.86));
        assert_eq!(b.nettokosten_forfait, dec!(685.24));
        assert_eq!(b.plus(&b).get(Regel::Loonkosten), dec!(3914.02));
        assert_eq!(b.min(&b.plus(&b)).get(Regel::NettokostenForfait), dec!(-685.24));
    }
}
