//! The amounts a calculation shows: one typed list of lines ([`Regel`]) with their stable names
//! (JSON keys, CSV columns), their labels, and for a total the lines it is made of. The core's
//! sums, the JSON, the CSV and .xlsx, the group totals and the page's tables read this list; a
//! line is chosen by its variant, never spelt, so a missing line does not compile.

use rust_decimal::Decimal;

/// Every amount line written once: its variant, its field (whose name is the line's stable name:
/// JSON key, CSV column with `_maand`/`_jaar`) and its label in words (Dutch; its English via
/// [`crate::engels::vertaal`]). From this one list come [`Bedragen`]'s fields, [`Regel`],
/// [`Regel::ALLE`] (the display order: every part before the total it makes), the names, the labels
/// and the access by line; a line's parts are [`Regel::delen`]. A new line is one row here (and, if
/// it is part of a total, one entry there); everything that lists lines reads them from here.
macro_rules! regels {
    ($( $(#[$doc:meta])* $regel:ident, $veld:ident, $label:expr; )*) => {
        /// The key amounts. In [`Uitkomst::per_jaar`] exact (the trail); from [`Uitkomst::per`] the
        /// lines of the period rounded to the cent and the totals summed from them (docs/adr/0021).
        ///
        /// [`Uitkomst::per_jaar`]: crate::Uitkomst::per_jaar
        /// [`Uitkomst::per`]: crate::Uitkomst::per
        #[derive(Clone, Debug, PartialEq, Eq, Default)]
        pub struct Bedragen {
            $( $(#[$doc])* pub $veld: Decimal, )*
        }

        /// One amount line.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Regel {
            $( $(#[$doc])* $regel, )*
        }

        /// How many amount lines there are.
        pub const AANTAL: usize = [$(Regel::$regel),*].len();

        impl Regel {
            /// Every line, in display order; the parts of a total come before it.
            pub const ALLE: [Regel; AANTAL] = [$(Regel::$regel),*];

            /// The stable name: JSON key, CSV column (with `_maand`/`_jaar`), scenario-independent.
            pub const fn naam(self) -> &'static str {
                match self { $( Regel::$regel => stringify!($veld), )* }
            }

            /// The label in words (Dutch; its English via [`crate::engels::vertaal`]).
            pub const fn label(self) -> &'static str {
                match self { $( Regel::$regel => $label, )* }
            }
        }

        impl Bedragen {
            /// One line's amount.
            pub const fn get(&self, r: Regel) -> Decimal {
                match r { $( Regel::$regel => self.$veld, )* }
            }

            /// One line's amount, to set.
            fn veld(&mut self, r: Regel) -> &mut Decimal {
                match r { $( Regel::$regel => &mut self.$veld, )* }
            }
        }
    };
}

regels! {
    /// Gross wage.
    Brutoloon, brutoloon, tekst!("Brutoloon" => "Gross wage");
    /// Holiday allowance.
    Vakantiebijslag, vakantiebijslag, tekst!("Vakantiebijslag" => "Holiday allowance");
    /// Cao year-end and one-off payments.
    CaoExtra, cao_extra, tekst!("Extra uitkeringen cao" => "Extra collective agreement payments");
    /// Employer premiums.
    Premies, premies, tekst!("Premies werkgever" => "Employer premiums");
    /// Employer pension share.
    Pensioen, pensioen, tekst!("Pensioenpremie werkgever" => "Employer pension premium");
    /// Premiums plus pension.
    Werkgeverslasten, werkgeverslasten, tekst!("Werkgeverslasten" => "Employer charges");
    /// Total wage cost.
    Loonkosten, loonkosten, tekst!("Loonkosten" => "Wage cost");
    /// LKS after measuring the loonwaarde, with the werkgeverslasten allowance.
    LksMeting, lks_meting, tekst!("Subsidie met meting" => "Subsidy with measurement");
    /// Planned fixed LKS, in the chosen reading.
    LksForfait, lks_forfait, tekst!("Subsidie met forfait (voorgenomen)" => "Subsidy with fixed subsidy (planned)");
    /// Existing 50% forfait for the first six months.
    LksLid5, lks_lid5, tekst!("Eerste 6 maanden zonder meting (50%, lid 5)" => "First 6 months without measurement (50%, lid 5)");
    /// Loonkostenvoordeel (0 for beschut werk).
    Lkv, lkv, tekst!("Loonkostenvoordeel" => "Wage cost benefit");
    /// Net cost with the measured LKS.
    NettokostenMeting, nettokosten_meting, tekst!("Wat u zelf betaalt met meting" => "What you pay yourself with measurement");
    /// Net cost with the forfait.
    NettokostenForfait, nettokosten_forfait, tekst!("Wat u zelf betaalt met forfait" => "What you pay yourself with the fixed subsidy");
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
    /// Sets one line's amount (a reader of stored amounts; totals come from [`Bedragen::met_totalen`]).
    pub fn zet(&mut self, r: Regel, waarde: Decimal) {
        *self.veld(r) = waarde;
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
    pub fn velden(&self) -> [(&'static str, Decimal); AANTAL] {
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
