//! The month of the peildatum in the year overview beside the cards (issue 31, docs/adr/0025).
//!
//! The cards calculate the peildatum as the form says (a new subsidy is granted on the peildatum);
//! the year overview carries a state through the months (a new subsidy from its first month, lid 7,
//! lid 5, the payments in their month, the yearly maximum premium wage, the age, a new
//! measurement). Where that makes the peildatum's month differ from the cards, the overview says
//! why, on that row: the reasons are found by comparing the two calculations, line by line.

use crate::datum::Datum;
use crate::jaar::Jaaroverzicht;
use crate::params::wml;
use crate::uitkomst::{Bedragen, Periode, Uitkomst};

/// Why the peildatum's month of the year overview differs from the cards.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reden {
    /// The subsidy runs in the overview since this grant date, and follows the minimum wage only on
    /// 1 January (lid 7); the cards take it as new on the peildatum.
    LooptSinds(Datum),
    /// The month is one of the first six of a new placement, on the 50% forfait (lid 5).
    Lid5,
    /// The overview uses the age of this month (a birthday in the year).
    Leeftijd,
    /// A new measurement applies from its month.
    NieuweMeting,
    /// The vakantiebijslag is paid in one month of the overview.
    Vakantiebijslag,
    /// The cao payments fall in their month in the overview, not spread over the months.
    Cao,
    /// The yearly maximum premium wage, counted over the calendar year.
    Premieloon,
    /// Something else the overview carries from month to month (a test checks that generated
    /// scenarios never end here).
    Anders,
}

/// The peildatum's month beside the cards.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Kaartverschil {
    /// Index of the month in [`Jaaroverzicht::maanden`].
    pub maand: usize,
    /// The cards' amounts per month.
    pub kaart: Bedragen,
    /// Why they differ (at least one).
    pub redenen: Vec<Reden>,
}

/// The difference between the peildatum's month of the overview and the cards, or `None` when the
/// overview does not cover the peildatum or the month equals the cards.
pub fn kaartverschil(j: &Jaaroverzicht, kaart: &Uitkomst) -> Option<Kaartverschil> {
    let maand = j.maanden.iter().position(|m| m.maand == kaart.peildatum.eerste_van_de_maand() && m.in_dienst)?;
    let m = j.maanden.get(maand)?;
    let u = m.uitkomst.as_ref()?;
    let k = kaart.per(Periode::Maand);
    let b = &m.bedragen;
    if *b == k {
        return None;
    }
    let stap = |u: &Uitkomst, id: &crate::teksten::StapTekst| u.spoor.zoek_stap(id).map(|s| s.waarde);
    let mut redenen = Vec::new();
    let mut voeg = |aan: bool, r: Reden| {
        if aan && !redenen.contains(&r) {
            redenen.push(r);
        }
    };
    let subsidie_anders = b.lks_meting != k.lks_meting || b.lks_forfait != k.lks_forfait;
    voeg(m.lid5 && b.lks_meting != k.lks_meting, Reden::Lid5);
    let gebruikt = |u: &Uitkomst, id: &crate::param::Param<_>| u.spoor.zoek_gebruikt(id).map(|g| g.waarde);
    voeg(
        gebruikt(u, &wml::JEUGDPERCENTAGES) != gebruikt(kaart, &wml::JEUGDPERCENTAGES)
            || gebruikt(u, &wml::MINIMUMUURLOON) != gebruikt(kaart, &wml::MINIMUMUURLOON),
        Reden::Leeftijd,
    );
    voeg(u.loonwaarde != kaart.loonwaarde, Reden::NieuweMeting);
    let grondslag = |u: &Uitkomst| {
        stap(u, &crate::teksten::RML_LKS).or_else(|| u.spoor.zoek_gebruikt(&wml::REFERENTIEMAANDLOON).map(|g| g.waarde))
    };
    voeg(subsidie_anders && grondslag(u) != grondslag(kaart), Reden::LooptSinds(j.toekenning));
    // Accrued, a month's vakantiebijslag is 8% of its own gross wage; paid in one month it is not.
    voeg(b.vakantiebijslag != u.strook.vakantiebijslag_over(b.brutoloon), Reden::Vakantiebijslag);
    voeg(b.cao_extra != k.cao_extra, Reden::Cao);
    let loon_gelijk = b.brutoloon + b.vakantiebijslag + b.cao_extra == k.brutoloon + k.vakantiebijslag + k.cao_extra;
    voeg(b.premies != k.premies && (loon_gelijk || m.premieloon_afgetopt), Reden::Premieloon);
    // Whatever else differs follows from these (premiums and pension over another wage).
    if redenen.is_empty() {
        redenen.push(Reden::Anders);
    }
    Some(Kaartverschil { maand, kaart: k, redenen })
}
