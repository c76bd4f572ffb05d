//! The explanation trail as data: every step of the calculation with its formula in words, the
//! values it used and its legal basis. No formatting here: the UI and the CLI render it.

use crate::bron::Bron;
use crate::datum::Datum;
use rust_decimal::Decimal;

/// Unit of a value in the trail.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Eenheid {
    /// Euro per hour.
    EuroPerUur,
    /// Euro per month.
    EuroPerMaand,
    /// Euro per year.
    EuroPerJaar,
    /// A fraction, shown as a percentage.
    Fractie,
    /// Hours per week.
    UrenPerWeek,
    /// A plain number (years, weeks, months).
    Getal,
}

/// Where a used value came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Herkomst {
    /// From a parameter table, valid from this date.
    Tabel {
        /// Start date of the entry used.
        vanaf: Datum,
    },
    /// A planned rule (not law), used as a what-if.
    Voorgenomen {
        /// Intended start.
        beoogd_vanaf: Datum,
    },
    /// The table has no value for the date yet; the last known value is used because the user
    /// asked to calculate provisionally (`voorlopig=ja`). Every figure resting on it is provisional.
    Voorlopig {
        /// Start date of the last known entry.
        vanaf: Datum,
    },
    /// An announced value (a government decision with a date, not yet published law, docs/adr/0024),
    /// used because announced values count (`aangekondigd=ja`, the default). Every figure resting
    /// on it is provisional.
    Aangekondigd {
        /// The date it is announced for.
        vanaf: Datum,
    },
    /// A calculator convention.
    Conventie,
    /// Typed in by the user.
    Gebruiker,
    /// A default this calculator assumed because the user gave nothing.
    Aangenomen,
}

impl Herkomst {
    /// From a parameter table: published, announced or carried forward as last known.
    pub fn uit_tabel(self) -> bool {
        matches!(self, Herkomst::Tabel { .. } | Herkomst::Aangekondigd { .. } | Herkomst::Voorlopig { .. })
    }

    /// Not final: a last known value carried past the table, or an announced one.
    pub fn is_voorlopig(self) -> bool {
        matches!(self, Herkomst::Voorlopig { .. } | Herkomst::Aangekondigd { .. })
    }
}

/// A value the calculation used: a parameter, a convention or an input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Gebruikt {
    /// Stable id (parameter id, or `invoer.<key>`).
    pub id: &'static str,
    /// Dutch label.
    pub label: &'static str,
    /// The value.
    pub waarde: Decimal,
    /// Its unit.
    pub eenheid: Eenheid,
    /// Where it came from.
    pub herkomst: Herkomst,
    /// The source.
    pub bron: &'static Bron,
}

/// How a step combines its operands. The value of a step is always this operation applied to the
/// operands it lists, so the trail shows exactly what the arithmetic used (tests recompute it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bewerking {
    /// The single operand, taken over (a choice between values, recorded as such).
    Overnemen,
    /// Sum of all operands.
    Som,
    /// The first operand minus all others.
    Verschil,
    /// Product of all operands.
    Product,
    /// Product of the first `teller` operands divided by the product of the rest.
    Breuk {
        /// How many operands form the numerator.
        teller: usize,
    },
    /// The smallest operand.
    Kleinste,
    /// The largest operand.
    Grootste,
    /// The single operand rounded to the cent, half away from zero (as a published table rounds).
    Centen,
    /// [`Bewerking::Breuk`], then rounded to the cent, half away from zero: a line of a period as
    /// its document rounds it (docs/adr/0021). With `teller` equal to the number of operands, a
    /// product rounded to the cent.
    BreukOpCenten {
        /// How many operands form the numerator.
        teller: usize,
    },
}

impl Bewerking {
    /// Applies the operation. A division by zero gives zero (inputs are validated to be positive
    /// wherever they divide, so this only guards against a panic).
    pub fn pas_toe(self, w: &[Decimal]) -> Decimal {
        self.op_waarden(w.iter().copied())
    }

    /// [`Bewerking::pas_toe`] on any sequence of values (the steps' operands, without collecting
    /// them first): one implementation, so a step with or without its record has the same value.
    fn op_waarden(self, w: impl Iterator<Item = Decimal> + Clone) -> Decimal {
        let eerste = w.clone().next().unwrap_or_default();
        match self {
            Bewerking::Overnemen => eerste,
            Bewerking::Som => w.sum(),
            Bewerking::Verschil => w.skip(1).fold(eerste, |a, x| a - x),
            Bewerking::Product => w.product(),
            Bewerking::Breuk { teller } => {
                let boven: Decimal = w.clone().take(teller).product();
                let onder: Decimal = w.skip(teller).product();
                boven.checked_div(onder).unwrap_or_default()
            }
            Bewerking::Kleinste => w.min().unwrap_or_default(),
            Bewerking::Grootste => w.max().unwrap_or_default(),
            Bewerking::Centen => crate::getal::centen(eerste),
            Bewerking::BreukOpCenten { teller } => crate::getal::centen(Bewerking::Breuk { teller }.op_waarden(w)),
        }
    }
}

/// One operand of a step: the id of a used value, an earlier step or a constant, and its value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Operand {
    /// Id of a [`Gebruikt`] value, of an earlier [`Stap`], or [`EEN`] / [`NUL`].
    pub id: &'static str,
    /// The value the arithmetic used.
    pub waarde: Decimal,
}

/// What the trail records under an id: a step (its [`crate::teksten::StapTekst`]), a parameter, a
/// convention or a proposal (`param.rs`), a value the user gives ([`invoer`]), or an id read from
/// the trail itself ([`Id`]). Every lookup takes one of these, never a string, so a renamed or
/// misspelt id is a compile error, not a silent `None` (issue 32; `tests/opbouw.rs` keeps `Id("…")`
/// literals out of the code).
pub trait InSpoor {
    /// The id as the trail records it.
    fn spoor_id(&self) -> &'static str;
}

/// An id taken from the trail itself (an operand's, a step's) or from a typed list of ids.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Id(pub &'static str);

impl Id {
    /// The id as the trail records it.
    pub const fn id(self) -> &'static str {
        self.0
    }
}

impl InSpoor for Id {
    fn spoor_id(&self) -> &'static str {
        self.0
    }
}

impl InSpoor for crate::teksten::StapTekst {
    fn spoor_id(&self) -> &'static str {
        self.id
    }
}

impl InSpoor for Operand {
    fn spoor_id(&self) -> &'static str {
        self.id
    }
}

impl InSpoor for Stap {
    fn spoor_id(&self) -> &'static str {
        self.id
    }
}

impl InSpoor for Gebruikt {
    fn spoor_id(&self) -> &'static str {
        self.id
    }
}

/// The values the user gives (or their defaults, marked as assumed), as the trail records them:
/// the only ids that are not a step's or a table's.
pub mod invoer {
    use super::Id;
    /// Age on the peildatum.
    pub const LEEFTIJD: Id = Id("invoer.leeftijd");
    /// Hours per week.
    pub const UREN: Id = Id("invoer.uren");
    /// The measured loonwaarde.
    pub const LOONWAARDE: Id = Id("invoer.loonwaarde");
    /// The full-time week given.
    pub const VOLTIJD: Id = Id("invoer.voltijd");
    /// An hourly wage above the minimum.
    pub const UURLOON: Id = Id("invoer.uurloon");
    /// The pension contribution as a share.
    pub const PENSIOEN: Id = Id("invoer.pensioen");
}

/// Wages of the year overview's months that enter the cumulative premium cap
/// (`regels::premieloon::premies_in_maand`): lines of the month's payslip, neither a step nor a
/// table value.
pub mod maandloon {
    use super::Id;
    /// The wage of the calendar year's months before this one.
    pub const EERDER: Id = Id("loon_eerder");
    /// This month's wage (`Loonstrook::loon`).
    pub const MAAND: Id = Id("loon_maand");
}

/// Id of the constant 1 as an operand (as in "1 + vakantiebijslag").
pub const EEN: &str = "een";
/// Id of the constant 0 as an operand (as in "at least 0").
pub const NUL: &str = "nul";

/// Shorthand for an operand.
pub fn op(id: &'static str, waarde: Decimal) -> Operand {
    Operand { id, waarde }
}
/// The constant 1 as an operand.
pub fn een() -> Operand {
    Operand { id: EEN, waarde: Decimal::ONE }
}
/// The constant 0 as an operand.
pub fn nul() -> Operand {
    Operand { id: NUL, waarde: Decimal::ZERO }
}

/// One computed step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stap {
    /// Stable id (used by the UI to attach the step to a figure, and by tests).
    pub id: &'static str,
    /// Its label and formula in words, looked up when shown ([`Stap::label`], [`Stap::formule`]).
    pub tekst: crate::teksten::StapTekst,
    /// Exact value (never rounded in the trail): `bewerking` applied to `operanden`.
    pub waarde: Decimal,
    /// Unit.
    pub eenheid: Eenheid,
    /// How the operands are combined.
    pub bewerking: Bewerking,
    /// The values this step used, in order, with the ids they come from.
    pub operanden: Vec<Operand>,
    /// Legal basis: for a value from a table, the source of the entry actually used.
    pub grondslag: &'static Bron,
}

impl Stap {
    /// Dutch label.
    pub fn label(&self) -> &'static str {
        self.tekst.label()
    }

    /// The formula in words.
    pub fn formule(&self) -> &'static str {
        self.tekst.formule()
    }

    /// Ids of the operands (constants left out).
    pub fn gebruikt(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.operanden.iter().map(|o| o.id).filter(|id| *id != EEN && *id != NUL)
    }
}

/// The recorder passed through the calculation.
///
/// [`Spoor::default`] records everything: the one-employee page, the CLI's `bereken` and `jaar`.
/// [`Spoor::zonder_uitleg`] records nothing but which steps rest on a provisional value: a group of
/// many employees shows amounts only, so it skips building the explanation (issue 34). Both run
/// the same rules through [`Spoor::reken`], so every value is the same; no calculation reads a
/// value back from the trail (what a later step needs travels as a typed value).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Spoor {
    /// Values used, in the order first used.
    pub gebruikt: Vec<Gebruikt>,
    /// Steps, in calculation order.
    pub stappen: Vec<Stap>,
    /// `Some` without the explanation: only which used values and steps rest on a provisional
    /// or an announced value.
    kaal: Option<Kaal>,
}

/// What a recorder without explanation keeps: the ids of the used values and steps that rest on a
/// provisional value (last known or announced: [`Spoor::is_voorlopig`]) and on an announced one
/// ([`Spoor::is_aangekondigd`]), as `rust_op` derives them from the whole trail. Empty within the
/// published tables, so then nothing is compared.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Kaal {
    voorlopig: Vec<&'static str>,
    aangekondigd: Vec<&'static str>,
}

impl Spoor {
    /// A recorder that keeps no explanation, only which figures are provisional (the batch).
    pub fn zonder_uitleg() -> Spoor {
        Spoor { kaal: Some(Kaal::default()), ..Spoor::default() }
    }

    /// Whether this recorder keeps the explanation (steps, used values).
    pub fn met_uitleg(&self) -> bool {
        self.kaal.is_none()
    }

    /// Records a used value (once per id) and returns it.
    pub fn gebruik(&mut self, g: Gebruikt) -> Decimal {
        let w = g.waarde;
        match &mut self.kaal {
            Some(k) => {
                if g.herkomst.is_voorlopig() && !k.voorlopig.contains(&g.id) {
                    k.voorlopig.push(g.id);
                }
                if matches!(g.herkomst, Herkomst::Aangekondigd { .. }) && !k.aangekondigd.contains(&g.id) {
                    k.aangekondigd.push(g.id);
                }
            }
            None if !self.gebruikt.iter().any(|x| x.id == g.id) => self.gebruikt.push(g),
            None => {}
        }
        w
    }

    /// Computes a step from its operands, records it and returns its value.
    pub fn reken(
        &mut self,
        tekst: &crate::teksten::StapTekst,
        bewerking: Bewerking,
        operanden: &[Operand],
        eenheid: Eenheid,
        grondslag: &'static Bron,
    ) -> Decimal {
        let waarde = bewerking.op_waarden(operanden.iter().map(|o| o.waarde));
        if let Some(k) = &mut self.kaal {
            // Without the explanation only the marks travel on, as `rust_op` derives them.
            for ids in [&mut k.voorlopig, &mut k.aangekondigd] {
                if !ids.is_empty() && operanden.iter().any(|o| ids.contains(&o.id)) {
                    ids.push(tekst.id);
                }
            }
            return waarde;
        }
        self.stappen.push(Stap {
            id: tekst.id,
            tekst: *tekst,
            waarde,
            eenheid,
            bewerking,
            operanden: operanden.to_vec(),
            grondslag,
        });
        waarde
    }

    /// The source of the table entry used for `id`, or `anders` when the value did not come from
    /// a table (typed in, assumed): the citation follows the value actually used.
    pub fn bron_van(&self, id: &impl InSpoor, anders: &'static Bron) -> &'static Bron {
        match self.zoek_gebruikt(id) {
            Some(g) if g.herkomst.uit_tabel() => g.bron,
            _ => anders,
        }
    }

    /// The step with this id.
    pub fn zoek_stap(&self, id: &impl InSpoor) -> Option<&Stap> {
        let id = id.spoor_id();
        self.stappen.iter().find(|s| s.id == id)
    }

    /// The used value with this id.
    pub fn zoek_gebruikt(&self, id: &impl InSpoor) -> Option<&Gebruikt> {
        let id = id.spoor_id();
        self.gebruikt.iter().find(|g| g.id == id)
    }

    /// The used values that are provisional: a last known value past the tables, or an announced one.
    pub fn voorlopige_waarden(&self) -> Vec<&Gebruikt> {
        self.gebruikt.iter().filter(|g| g.herkomst.is_voorlopig()).collect()
    }

    /// The used values that are announced, not yet published (docs/adr/0024).
    pub fn aangekondigde_waarden(&self) -> Vec<&Gebruikt> {
        self.gebruikt.iter().filter(|g| matches!(g.herkomst, Herkomst::Aangekondigd { .. })).collect()
    }

    /// Whether a step or used value rests, directly or through earlier steps, on a provisional
    /// value (last known or announced): a figure that may still change.
    pub fn is_voorlopig(&self, id: &impl InSpoor) -> bool {
        let id = id.spoor_id();
        match &self.kaal {
            Some(k) => k.voorlopig.contains(&id),
            None => self.rust_op(&Id(id), |g| g.herkomst.is_voorlopig()),
        }
    }

    /// Whether a step or used value rests on an announced value.
    pub fn is_aangekondigd(&self, id: &impl InSpoor) -> bool {
        let id = id.spoor_id();
        match &self.kaal {
            Some(k) => k.aangekondigd.contains(&id),
            None => self.rust_op(&Id(id), |g| matches!(g.herkomst, Herkomst::Aangekondigd { .. })),
        }
    }

    /// Whether a step or used value rests, directly or through earlier steps, on a used value for
    /// which `geldt` holds (steps come after the steps they use, so one pass suffices). Reads the
    /// recorded trail: always false [`Spoor::zonder_uitleg`] (use [`Spoor::is_voorlopig`] there).
    pub fn rust_op(&self, id: &impl InSpoor, geldt: impl Fn(&Gebruikt) -> bool) -> bool {
        let id = id.spoor_id();
        let mut bron: Vec<&str> = self.gebruikt.iter().filter(|g| geldt(g)).map(|g| g.id).collect();
        for s in &self.stappen {
            if s.gebruikt().any(|o| bron.contains(&o)) {
                bron.push(s.id);
            }
        }
        bron.contains(&id)
    }
}
