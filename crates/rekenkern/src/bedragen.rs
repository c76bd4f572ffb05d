//! The amounts a calculation shows, by their stable names (JSON keys, CSV columns).

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

    /// Amount by amount sum.
    pub fn plus(&self, ander: &Bedragen) -> Bedragen {
        let a = self.velden();
        let b = ander.velden();
        let mut uit = Bedragen::default();
        for (n, (k, w)) in a.iter().enumerate() {
            let x = b.get(n).map_or(Decimal::ZERO, |(_, v)| *v);
            uit.zet(k, *w + x);
        }
        uit
    }
}
