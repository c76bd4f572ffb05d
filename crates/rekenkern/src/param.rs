//! Dated parameters: a value, the date it applies from, its source. Lookup by peildatum
//! refuses dates the tables do not cover instead of extrapolating.

use crate::bron::Bron;
use crate::datum::Datum;
use crate::uitleg::Eenheid;

/// What a value is in law (docs/adr/0024): part of the value, shown wherever the value is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Set by published law or regulation (or, for amounts, read from a table that quotes it).
    Gepubliceerd,
    /// A government decision with a date and a source, not yet seen as published law or
    /// regulation. Used by default (`aangekondigd=ja`), always marked; `aangekondigd=nee` leaves it out.
    Aangekondigd,
}

/// One value of a parameter, valid from `vanaf` until the next entry starts.
#[derive(Debug)]
pub struct Waarde<T: 'static> {
    /// First day this value applies.
    pub vanaf: Datum,
    /// The value.
    pub waarde: T,
    /// Where it comes from.
    pub bron: &'static Bron,
    /// Published or announced. When an announced value becomes law, this and `bron` are the edit
    /// (docs/onderhoud.md, "Op 1 januari en 1 juli bijwerken").
    pub status: Status,
}

/// A parameter with its history.
#[derive(Debug)]
pub struct Param<T: 'static> {
    /// Stable id, e.g. `wml.uur`.
    pub id: &'static str,
    /// Dutch label for the user.
    pub label: &'static str,
    /// The unit of its values (shown in the trail and in docs/parameters.md).
    pub eenheid: Eenheid,
    /// Last day for which someone confirmed no newer value exists. `None`: a statutory
    /// constant without a known end (the law would have to change).
    pub bekend_tot: Option<Datum>,
    /// The scenario key with which a user can supply the value when the table has none.
    pub sleutel: Option<crate::invoertabel::Sleutel>,
    /// Entries in ascending date order.
    pub waarden: &'static [Waarde<T>],
}

/// Why a parameter has no value for a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dekking {
    /// The date lies after the last confirmed date.
    NaBekend {
        /// Last confirmed date.
        bekend_tot: Datum,
    },
    /// The date lies before the first value in the table.
    VoorEerste {
        /// The first date with a value.
        eerste: Option<Datum>,
    },
}

impl<T> Param<T> {
    /// The entry that applies on `dag`, or why there is none. `aangekondigd`: announced entries
    /// count (they apply from their date, also past `bekend_tot`, which only bounds the published
    /// ones); otherwise only published entries do.
    pub fn op(&self, dag: Datum, aangekondigd: bool) -> Result<&'static Waarde<T>, Dekking> {
        let geldt = |w: &&Waarde<T>| w.vanaf <= dag && (aangekondigd || w.status == Status::Gepubliceerd);
        let gevonden = self.waarden.iter().rev().find(geldt);
        if let Some(bekend_tot) = self.bekend_tot {
            if dag > bekend_tot {
                // Past the published table only an announced entry of a later date can apply.
                return gevonden
                    .filter(|w| w.status == Status::Aangekondigd && w.vanaf > bekend_tot)
                    .ok_or(Dekking::NaBekend { bekend_tot });
            }
        }
        gevonden.ok_or(Dekking::VoorEerste { eerste: self.waarden.first().map(|w| w.vanaf) })
    }

    /// The newest published entry: the last known value past the table.
    pub fn laatst_gepubliceerd(&self) -> Option<&'static Waarde<T>> {
        self.waarden.iter().rev().find(|w| w.status == Status::Gepubliceerd)
    }

    /// The announced entry that applies on `dag` and differs from what applies without it, if any.
    pub fn aankondiging_op(&self, dag: Datum) -> Option<&'static Waarde<T>> {
        self.op(dag, true).ok().filter(|w| w.status == Status::Aangekondigd)
    }

    /// Where the answers of [`Param::op`], [`Param::aankondiging_op`] and
    /// [`Param::laatst_gepubliceerd`] for `dag` hold for every later day too: before the first entry
    /// that starts after `dag`, and up to the last confirmed date when `dag` lies within it (past it
    /// only an announced entry of a later date, which the first bound covers, can change them).
    pub fn geldig_na(&self, dag: Datum) -> Geldig {
        Geldig {
            // Entries are in ascending date order: from the newest back to the first after `dag`.
            voor: self.waarden.iter().rev().map(|w| w.vanaf).take_while(|&v| v > dag).last(),
            tot_en_met: self.bekend_tot.filter(|&b| b >= dag),
        }
    }

    /// Start dates, for invariant tests and docs.
    pub fn startdata(&self) -> Vec<Datum> {
        self.waarden.iter().map(|w| w.vanaf).collect()
    }
}

/// The later days on which a lookup gives the same answer as on the day it was made
/// ([`Param::geldig_na`]): every day before `voor` and up to `tot_en_met` (`None`: no bound). Used to
/// resolve a year overview's parameters once per period in which they hold (issue 34).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Geldig {
    /// The first day on which the answer may differ.
    pub voor: Option<Datum>,
    /// The last day on which the answer holds.
    pub tot_en_met: Option<Datum>,
}

impl Geldig {
    /// Both bounds: the days on which each answer holds.
    pub fn en(self, ander: Geldig) -> Geldig {
        let min = |a: Option<Datum>, b: Option<Datum>| match (a, b) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        Geldig { voor: min(self.voor, ander.voor), tot_en_met: min(self.tot_en_met, ander.tot_en_met) }
    }

    /// Whether the answer holds on `dag` (a day on or after the one it was made for).
    pub fn op(self, dag: Datum) -> bool {
        self.voor.is_none_or(|v| dag < v) && self.tot_en_met.is_none_or(|t| dag <= t)
    }
}

/// A planned rule that is not law yet: one value, an intended start, a policy source.
/// Used as a what-if for any peildatum; results that use it are marked as such.
#[derive(Debug)]
pub struct Voorstel<T: 'static> {
    /// Stable id.
    pub id: &'static str,
    /// Dutch label.
    pub label: &'static str,
    /// The unit of the value.
    pub eenheid: Eenheid,
    /// The proposed value.
    pub waarde: T,
    /// Intended start date.
    pub beoogd_vanaf: Datum,
    /// The policy document.
    pub bron: &'static Bron,
}

/// A fixed convention of this calculator (not a legal value, not dated).
#[derive(Debug)]
pub struct Conventie<T: 'static> {
    /// Stable id.
    pub id: &'static str,
    /// Dutch label.
    pub label: &'static str,
    /// The unit of the value.
    pub eenheid: Eenheid,
    /// The value.
    pub waarde: T,
    /// Where the convention is documented.
    pub bron: &'static Bron,
}

/// A public source that gives another value than the one this calculator uses. The value we use
/// stays (it follows the law text); the other is shown beside it, never chosen silently, and the
/// user can type it in (the parameter's `sleutel`).
#[derive(Debug, PartialEq, Eq)]
pub struct Tegenspraak {
    /// The parameter id it is about.
    pub param: &'static str,
    /// The source that says otherwise.
    pub bron: &'static Bron,
    /// What it says and what we do (Dutch, B1).
    pub uitleg: &'static str,
}

impl<T> crate::uitleg::InSpoor for Param<T> {
    fn spoor_id(&self) -> &'static str {
        self.id
    }
}

impl<T> crate::uitleg::InSpoor for Voorstel<T> {
    fn spoor_id(&self) -> &'static str {
        self.id
    }
}

impl<T> crate::uitleg::InSpoor for Conventie<T> {
    fn spoor_id(&self) -> &'static str {
        self.id
    }
}
