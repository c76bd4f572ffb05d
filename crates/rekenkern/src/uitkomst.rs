//! What a calculation returns: amounts, the break-even loonwaarde, the trail, assumptions,
//! warnings, or the errors that stopped it.

use crate::datum::Datum;
use crate::regels::loonstrook::{Loonstrook, Strookbasis};
use crate::uitleg::Spoor;
use rust_decimal::Decimal;

/// The steps of a period, from the yearly amounts to the card's cents (docs/adr/0021).
pub mod periode;

pub use crate::aanname::{Aanname, NietBekend};
pub use crate::bedragen::Bedragen;
pub use crate::fout::{Fout, Veld};
// Made by the rules (the rules never import the result).
pub use crate::regels::loonkostenvoordeel::Lkv;
pub use crate::regels::omslagpunt::Omslagpunt;

/// A non-fatal remark the user must see.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Waarschuwing {
    /// Stable id for tests.
    pub id: &'static str,
    /// Dutch text.
    pub tekst: &'static str,
}

/// Period for showing amounts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Periode {
    /// Per agreed hour.
    Uur,
    /// Per month: year ÷ 12 (= hour × hours per week × 52 ÷ 12).
    #[default]
    Maand,
    /// Per year: hour × hours per week × 52.
    Jaar,
}

/// What the chart needs to compute net cost at any loonwaarde without redoing the whole trail.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Curve {
    pub(crate) loonkosten: Decimal,
    pub(crate) lks_per_fractie: Decimal,
    pub(crate) plafond: Decimal,
    pub(crate) forfait: Decimal,
    pub(crate) lkv: Decimal,
}

/// One point of the chart: net cost per year at a loonwaarde.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CurvePunt {
    /// Loonwaarde in whole percent.
    pub loonwaarde: u8,
    /// Net cost per year with the measured LKS (exact).
    pub netto_meting: Decimal,
    /// Net cost per year with the forfait (exact).
    pub netto_forfait: Decimal,
}

/// A complete calculation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Uitkomst {
    /// The peildatum used.
    pub peildatum: Datum,
    /// Hours per week (divisor for per-hour amounts).
    pub uren: Decimal,
    /// The full-time week (the cao's or the one given): hours ÷ this is the part of a full-time job.
    pub voltijd: Decimal,
    /// Weeks per year of the convention.
    pub weken: Decimal,
    /// Months per year of the convention.
    pub maanden: Decimal,
    /// Loonwaarde used (fraction).
    pub loonwaarde: Decimal,
    /// Amounts per year, exact: the values of the trail. Shown amounts come from [`Uitkomst::per`].
    pub per_jaar: Bedragen,
    /// Break-even loonwaarde.
    pub omslagpunt: Omslagpunt,
    /// LKV status.
    pub lkv: Lkv,
    /// The trail.
    pub spoor: Spoor,
    /// Assumptions made.
    pub aannames: Vec<Aanname>,
    /// Every choice as it applied, given or by default (`gekozen.rs`): what the form and the
    /// print show, so no face derives a default again.
    pub keuzes: Vec<crate::gekozen::Gekozen>,
    /// Warnings.
    pub waarschuwingen: Vec<Waarschuwing>,
    /// The parameters past their tables on the peildatum, in the order they were needed. Empty
    /// within the tables.
    pub niet_bekend: Vec<NietBekend>,
    /// What the lines of a period are made from (`regels/loonstrook.rs`).
    pub strook: Strookbasis,
    /// The minimum hourly wage for the age on the peildatum, with the trail id it has (a table
    /// value `wml.uur`, or past the table for a youth the step `wml_uur_jeugd`, docs/adr/0024).
    pub minimumuurloon: crate::uitleg::Operand,
    pub(crate) curve: Curve,
}

impl Uitkomst {
    /// The amounts of a period as shown: each line rounded to the cent where its document rounds
    /// it, every total the sum of the lines (docs/adr/0021).
    pub fn per(&self, periode: Periode) -> Bedragen {
        self.loonstrook(periode).bedragen()
    }

    /// The amounts of a period before any measurement: the subsidy of the route with a measurement
    /// is the lid-5 forfait (Pw art. 10d lid 5; a row of a file without a loonwaarde that the user
    /// calls not measured yet).
    pub fn per_zonder_meting(&self, periode: Periode) -> Bedragen {
        let mut s = self.loonstrook(periode);
        s.lks_meting = s.lks_lid5;
        s.bedragen()
    }

    /// The lines of a period (each premium and each cao payment on its own), rounded to the cent.
    pub fn loonstrook(&self, periode: Periode) -> Loonstrook {
        self.strook.periode(self.deler(periode))
    }

    /// Differences "forfait minus meting" for the comparison, from the rounded figures of the
    /// period so the table adds up: (LKS, net cost). A positive net difference: the forfait costs more.
    pub fn verschillen(&self, periode: Periode) -> (Decimal, Decimal) {
        let b = self.per(periode);
        (b.lks_forfait - b.lks_meting, b.nettokosten_forfait - b.nettokosten_meting)
    }

    /// The chart data for a period, as the amounts are shown: the period's loonkosten and LKV
    /// (sums of rounded lines) minus the subsidy at each loonwaarde rounded once, so the point at
    /// the current loonwaarde is the net cost on the screen.
    pub fn curve_per(&self, periode: Periode) -> Vec<CurvePunt> {
        let deler = self.deler(periode);
        // The period's own lines with the subsidy at each loonwaarde shared out as the card's is
        // (the same rounding, the same sums), so the point at the person's loonwaarde is the card.
        let mut strook = self.loonstrook(periode);
        (0..=100u8)
            .map(|lw| {
                strook.lks_meting = crate::regels::loonstrook::deel(self.lks_bij(lw), deler);
                let b = strook.bedragen();
                CurvePunt { loonwaarde: lw, netto_meting: b.nettokosten_meting, netto_forfait: b.nettokosten_forfait }
            })
            .collect()
    }

    /// The measured subsidy per year at a loonwaarde in whole percent (exact).
    fn lks_bij(&self, loonwaarde: u8) -> Decimal {
        let fractie = Decimal::from(loonwaarde) / Decimal::ONE_HUNDRED;
        crate::regels::loonkostensubsidie::lks_bij(fractie, self.curve.lks_per_fractie, self.curve.plafond)
    }

    fn deler(&self, periode: Periode) -> Decimal {
        match periode {
            Periode::Jaar => Decimal::ONE,
            Periode::Maand => self.maanden,
            Periode::Uur => self.uren * self.weken,
        }
    }

    /// The newest start date among the last known values used provisionally: every provisional
    /// value is the one in force on this date ("we rekenen met die van 1 juli 2026"). `None`:
    /// nothing is provisional.
    pub fn voorlopig_sinds(&self) -> Option<Datum> {
        self.niet_bekend.iter().filter_map(|n| n.voorlopig).max()
    }

    /// Whether a figure (a step id such as `lks_meting`) rests on a provisional value.
    pub fn is_voorlopig(&self, stap: &impl crate::uitleg::InSpoor) -> bool {
        self.spoor.is_voorlopig(stap)
    }

    /// Whether what you pay yourself (with measurement or with the forfait) rests on a provisional
    /// value: the row or month is marked "voorlopig".
    pub fn nettokosten_voorlopig(&self) -> bool {
        self.is_voorlopig(&crate::teksten::NETTO_METING) || self.is_voorlopig(&crate::teksten::NETTO_FORFAIT)
    }

    /// The conflicting public sources a figure rests on: for each parameter with a known
    /// [`crate::param::Tegenspraak`] that this figure uses from the tables (a value the user typed
    /// settles the question for them).
    pub fn tegenspraken(&self, stap: &impl crate::uitleg::InSpoor) -> Vec<&'static crate::param::Tegenspraak> {
        crate::params::TEGENSPRAKEN
            .iter()
            .copied()
            .filter(|t| self.spoor.rust_op(stap, |g| g.id == t.param && g.herkomst.uit_tabel()))
            .collect()
    }

    /// The monthly base of the subsidy in words ("minimumloon per maand (referentiemaandloon)
    /// € 2.337,00 (geldt vanaf 1-7-2026) + 8% vakantiebijslag"), so a gemeente consultant can
    /// check it against a decision. Read from the trail: the operands of `lks_basis`.
    pub fn grondslag_lks(&self, taal: crate::Taal) -> Option<String> {
        use crate::params::wml;
        use crate::teksten as t;
        use crate::uitleg::{Herkomst, Id};
        let basis = self.spoor.zoek_stap(&t::LKS_BASIS)?;
        let jeugd = basis.operanden.iter().find(|o| o.id == wml::JEUGDPERCENTAGES.id).map(|o| {
            let aangekondigd = match self.spoor.zoek_gebruikt(o).map(|g| g.herkomst) {
                Some(Herkomst::Aangekondigd { vanaf }) => Some(vanaf),
                _ => None,
            };
            (o.waarde, aangekondigd)
        });
        let maand = basis.operanden.iter().find(|o| o.id == wml::REFERENTIEMAANDLOON.id || o.id == t::RML_LKS.id)?;
        let vb = self.spoor.zoek_gebruikt(&wml::VAKANTIEBIJSLAG)?.waarde;
        let lopend = maand.id == t::RML_LKS.id;
        // Where the monthly amount came from: the table entry (its date), typed in, or provisional.
        let bron_id = match self.spoor.zoek_stap(&t::RML_LKS) {
            Some(s) if lopend => s.operanden.first().map_or(wml::REFERENTIEMAANDLOON.id, |o| o.id),
            _ => wml::REFERENTIEMAANDLOON.id,
        };
        let herkomst = self.spoor.zoek_gebruikt(&Id(bron_id)).map(|g| match g.herkomst {
            Herkomst::Tabel { vanaf } => crate::teksten::Grondslagherkomst::Vanaf(vanaf),
            Herkomst::Voorlopig { vanaf } => crate::teksten::Grondslagherkomst::Voorlopig(vanaf),
            Herkomst::Aangekondigd { vanaf } => crate::teksten::Grondslagherkomst::Aangekondigd(vanaf),
            _ => crate::teksten::Grondslagherkomst::Zelf,
        });
        Some(crate::teksten::grondslag_zin(maand.waarde, vb, jeugd, lopend, herkomst, taal))
    }

    /// Net cost per year under both regimes for loonwaarde 0..=100 (whole percents).
    pub fn curve(&self) -> Vec<CurvePunt> {
        (0..=100u8)
            .map(|lw| {
                let lks = self.lks_bij(lw);
                CurvePunt {
                    loonwaarde: lw,
                    netto_meting: self.curve.loonkosten - lks - self.curve.lkv,
                    netto_forfait: self.curve.loonkosten - self.curve.forfait - self.curve.lkv,
                }
            })
            .collect()
    }
}
