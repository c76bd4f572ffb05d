//! What a calculation returns: amounts, the break-even loonwaarde, the trail, assumptions,
//! warnings, or the errors that stopped it.

use crate::datum::Datum;
use crate::getal::centen;
use crate::uitleg::Spoor;
use rust_decimal::Decimal;

pub use crate::aanname::{Aanname, NietBekend};
pub use crate::fout::{Fout, Veld};

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

/// The key amounts. In [`Uitkomst::per_jaar`] exact; from [`Uitkomst::per`] rounded to the cent.
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

impl Bedragen {
    /// Sets one amount by its stable name (see [`Bedragen::velden`]); unknown names do nothing.
    pub(crate) fn zet(&mut self, naam: &str, w: Decimal) {
        let veld = match naam {
            "brutoloon" => &mut self.brutoloon,
            "vakantiebijslag" => &mut self.vakantiebijslag,
            "cao_extra" => &mut self.cao_extra,
            "premies" => &mut self.premies,
            "pensioen" => &mut self.pensioen,
            "werkgeverslasten" => &mut self.werkgeverslasten,
            "loonkosten" => &mut self.loonkosten,
            "lks_meting" => &mut self.lks_meting,
            "lks_forfait" => &mut self.lks_forfait,
            "lks_lid5" => &mut self.lks_lid5,
            "lkv" => &mut self.lkv,
            "nettokosten_meting" => &mut self.nettokosten_meting,
            "nettokosten_forfait" => &mut self.nettokosten_forfait,
            _ => return,
        };
        *veld = w;
    }

    pub(crate) fn map(&self, f: impl Fn(Decimal) -> Decimal) -> Bedragen {
        Bedragen {
            brutoloon: f(self.brutoloon),
            vakantiebijslag: f(self.vakantiebijslag),
            cao_extra: f(self.cao_extra),
            premies: f(self.premies),
            pensioen: f(self.pensioen),
            werkgeverslasten: f(self.werkgeverslasten),
            loonkosten: f(self.loonkosten),
            lks_meting: f(self.lks_meting),
            lks_forfait: f(self.lks_forfait),
            lks_lid5: f(self.lks_lid5),
            lkv: f(self.lkv),
            nettokosten_meting: f(self.nettokosten_meting),
            nettokosten_forfait: f(self.nettokosten_forfait),
        }
    }

    /// Fields with their stable names (JSON keys, CSV columns), in display order.
    pub fn velden(&self) -> [(&'static str, Decimal); 13] {
        [
            ("brutoloon", self.brutoloon),
            ("vakantiebijslag", self.vakantiebijslag),
            ("cao_extra", self.cao_extra),
            ("premies", self.premies),
            ("pensioen", self.pensioen),
            ("werkgeverslasten", self.werkgeverslasten),
            ("loonkosten", self.loonkosten),
            ("lks_meting", self.lks_meting),
            ("lks_forfait", self.lks_forfait),
            ("lks_lid5", self.lks_lid5),
            ("lkv", self.lkv),
            ("nettokosten_meting", self.nettokosten_meting),
            ("nettokosten_forfait", self.nettokosten_forfait),
        ]
    }
}

/// Where measured LKS and forfait are equal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Omslagpunt {
    /// At this loonwaarde (fraction). Below it measuring gives more LKS, above it the forfait.
    Bij(Decimal),
    /// The forfait gives at least as much at every loonwaarde.
    ForfaitAltijdHoger,
}

/// The loonkostenvoordeel situation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lkv {
    /// Beschut werk: excluded by law.
    NietVanToepassing,
    /// LKV banenafspraak, per year (exact).
    Banenafspraak(Decimal),
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
    /// Weeks per year of the convention.
    pub weken: Decimal,
    /// Months per year of the convention.
    pub maanden: Decimal,
    /// Loonwaarde used (fraction).
    pub loonwaarde: Decimal,
    /// Amounts per year, exact.
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
    pub(crate) curve: Curve,
}

impl Uitkomst {
    /// Amounts for a period, each rounded once to the cent from the exact yearly value.
    pub fn per(&self, periode: Periode) -> Bedragen {
        let deler = self.deler(periode);
        self.per_jaar.map(|j| centen(j.checked_div(deler).unwrap_or_default()))
    }

    /// Differences "forfait minus meting" for the comparison, from the rounded figures of the
    /// period so the table adds up: (LKS, net cost). A positive net difference: the forfait costs more.
    pub fn verschillen(&self, periode: Periode) -> (Decimal, Decimal) {
        let b = self.per(periode);
        (b.lks_forfait - b.lks_meting, b.nettokosten_forfait - b.nettokosten_meting)
    }

    /// The chart data for a period, rounded to the cent.
    pub fn curve_per(&self, periode: Periode) -> Vec<CurvePunt> {
        let deler = self.deler(periode);
        self.curve()
            .into_iter()
            .map(|p| CurvePunt {
                loonwaarde: p.loonwaarde,
                netto_meting: centen(p.netto_meting.checked_div(deler).unwrap_or_default()),
                netto_forfait: centen(p.netto_forfait.checked_div(deler).unwrap_or_default()),
            })
            .collect()
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
    pub fn is_voorlopig(&self, stap: &str) -> bool {
        self.spoor.is_voorlopig(stap)
    }

    /// The conflicting public sources a figure rests on: for each parameter with a known
    /// [`crate::param::Tegenspraak`] that this figure uses from the tables (a value the user typed
    /// settles the question for them).
    pub fn tegenspraken(&self, stap: &str) -> Vec<&'static crate::param::Tegenspraak> {
        use crate::uitleg::Herkomst;
        crate::params::TEGENSPRAKEN
            .iter()
            .copied()
            .filter(|t| {
                self.spoor.rust_op(stap, |g| {
                    g.id == t.param && matches!(g.herkomst, Herkomst::Tabel { .. } | Herkomst::Voorlopig { .. })
                })
            })
            .collect()
    }

    /// The monthly base of the subsidy in words ("minimumloon per maand (referentiemaandloon)
    /// € 2.337,00 (geldt vanaf 1-7-2026) + 8% vakantiebijslag"), so a gemeente consultant can
    /// check it against a decision. Read from the trail: the operands of `lks_basis`.
    pub fn grondslag_lks(&self, taal: crate::Taal) -> Option<String> {
        use crate::uitleg::Herkomst;
        let basis = self.spoor.zoek_stap("lks_basis")?;
        let jeugd = basis.operanden.iter().find(|o| o.id == "wml.jeugd").map(|o| o.waarde);
        let maand = basis.operanden.iter().find(|o| o.id == "wml.maand" || o.id == "rml_lks")?;
        let vb = self.spoor.zoek_gebruikt("wml.vakantiebijslag")?.waarde;
        let lopend = maand.id == "rml_lks";
        // Where the monthly amount came from: the table entry (its date), typed in, or provisional.
        let bron_id = match self.spoor.zoek_stap("rml_lks") {
            Some(s) if lopend => s.operanden.first().map_or("wml.maand", |o| o.id),
            _ => "wml.maand",
        };
        let herkomst = self.spoor.zoek_gebruikt(bron_id).map(|g| match g.herkomst {
            Herkomst::Tabel { vanaf } => crate::teksten::Grondslagherkomst::Vanaf(vanaf),
            Herkomst::Voorlopig { vanaf } => crate::teksten::Grondslagherkomst::Voorlopig(vanaf),
            _ => crate::teksten::Grondslagherkomst::Zelf,
        });
        Some(crate::teksten::grondslag_zin(maand.waarde, vb, jeugd, lopend, herkomst, taal))
    }

    /// Net cost per year under both regimes for loonwaarde 0..=100 (whole percents).
    pub fn curve(&self) -> Vec<CurvePunt> {
        (0..=100u8)
            .map(|lw| {
                let fractie = Decimal::from(lw) / Decimal::ONE_HUNDRED;
                let lks =
                    crate::regels::loonkostensubsidie::lks_bij(fractie, self.curve.lks_per_fractie, self.curve.plafond);
                CurvePunt {
                    loonwaarde: lw,
                    netto_meting: self.curve.loonkosten - lks - self.curve.lkv,
                    netto_forfait: self.curve.loonkosten - self.curve.forfait - self.curve.lkv,
                }
            })
            .collect()
    }
}
