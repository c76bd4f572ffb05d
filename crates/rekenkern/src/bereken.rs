//! The calculation: resolve the scenario, apply the formulas, collect warnings.

use crate::bron;
use crate::datum::Datum;
use crate::gegevens::{los_op, Gegevens};
use crate::invoer::Invoer;
use crate::param::Geldig;
use crate::regels::loonstrook::Strookbasis;
use crate::regels::{forfait, loon, loonkostensubsidie as lks, loonkostenvoordeel as lkv, omslagpunt};
use crate::teksten::{self as t, waarschuwing as w};
use crate::uitkomst::{Bedragen, Curve, Fout, Uitkomst, Waarschuwing};
use crate::uitleg::{op, Bewerking as B, Eenheid, Spoor};
use rust_decimal::Decimal;

/// Computes a scenario. `vandaag` is the default peildatum (the core never reads the clock).
/// Returns every error at once when a value is missing or invalid.
pub fn bereken(invoer: &Invoer, vandaag: Datum) -> Result<Uitkomst, Vec<Fout>> {
    bereken_met(invoer, vandaag, Spoor::default())
}

/// [`bereken`] with a recorder: [`Spoor::default`] keeps the whole explanation, [`Spoor::zonder_uitleg`]
/// none (the group of many employees shows amounts only): the same rules, the same values, but an
/// empty `spoor` and no `keuzes` (what the form shows). Whether a figure is provisional
/// ([`Uitkomst::is_voorlopig`]) is known either way.
pub fn bereken_met(invoer: &Invoer, vandaag: Datum, spoor: Spoor) -> Result<Uitkomst, Vec<Fout>> {
    bereken_na_controle(invoer, vandaag, spoor, crate::scenario::controleer(invoer))
}

/// [`bereken_met`] when the scenario was checked already: `fouten` is what
/// [`crate::scenario::controleer`] finds in it (the year overview checks a month by the keys it sets).
pub(crate) fn bereken_na_controle(
    invoer: &Invoer,
    vandaag: Datum,
    spoor: Spoor,
    fouten: Vec<Fout>,
) -> Result<Uitkomst, Vec<Fout>> {
    let (opgelost, _) = los_op_na_controle(invoer, vandaag, spoor, fouten)?;
    Ok(reken(invoer, opgelost))
}

/// A scenario resolved: every value the formulas need, the assumptions made, and the recorder with
/// what resolving recorded. The formulas are a function of this alone ([`reken`]).
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Opgelost {
    g: Gegevens,
    aannames: Vec<crate::uitkomst::Aanname>,
    spoor: Spoor,
}

impl Opgelost {
    /// The same resolved values, assumptions and (provisional) record as `ander`, apart from the
    /// peildatum: then the formulas give `ander`'s amounts. Only without explanation (the trail
    /// also says from which date each value holds).
    pub(crate) fn zelfde_behalve_datum(&mut self, ander: &Opgelost) -> bool {
        if self.spoor.met_uitleg() {
            return false;
        }
        let datum = std::mem::replace(&mut self.g.datum, ander.g.datum);
        let zelfde = *self == *ander;
        self.g.datum = datum;
        zelfde
    }

    /// Whether the explanation is recorded.
    pub(crate) fn met_uitleg(&self) -> bool {
        self.spoor.met_uitleg()
    }

    /// The peildatum.
    pub(crate) fn datum(&self) -> Datum {
        self.g.datum
    }
}

/// Step one: the checked scenario resolved (`fouten`: what checking it found), and the later
/// peildata on which the same scenario resolves to the same apart from the date
/// ([`crate::gegevens::los_op`]).
pub(crate) fn los_op_na_controle(
    invoer: &Invoer,
    vandaag: Datum,
    mut spoor: Spoor,
    fouten: Vec<Fout>,
) -> Result<(Opgelost, Geldig), Vec<Fout>> {
    if !fouten.is_empty() {
        return Err(fouten);
    }
    let (g, aannames, geldig) = los_op(invoer, vandaag, &mut spoor)?;
    Ok((Opgelost { g, aannames, spoor }, geldig))
}

/// Step two: the formulas on the resolved values.
pub(crate) fn reken(invoer: &Invoer, opgelost: Opgelost) -> Uitkomst {
    let Opgelost { g, aannames, mut spoor } = opgelost;
    let l = loon::loonkosten(&g, &mut spoor);
    let basis = lks::basis(&g, &mut spoor);
    let meting = lks::meting(&g, &basis, &mut spoor);
    let lid5 = lks::lid5(&g, &basis, &mut spoor);
    let forfait = forfait::forfait(&g, &basis, &mut spoor);

    let (lkv, lkv_bedrag) = lkv::loonkostenvoordeel(&g, &mut spoor);
    let netto = |spoor: &mut Spoor, tekst, lks_id, lks_bedrag, grondslag| {
        let delen = [op(t::LOONKOSTEN.id, l.loonkosten), op(lks_id, lks_bedrag), op(t::LKV.id, lkv_bedrag)];
        // The loonkostenvoordeel (the last) is an operand only where there is one.
        let zonder_lkv = delen.split_last().map_or(&delen[..], |(_, rest)| rest);
        let delen = if lkv_bedrag == Decimal::ZERO { zonder_lkv } else { &delen[..] };
        spoor.reken(tekst, B::Verschil, delen, Eenheid::EuroPerJaar, grondslag)
    };
    let netto_meting = netto(&mut spoor, &t::NETTO_METING, t::LKS_METING.id, meting.lks, &bron::PW_10D);
    let netto_forfait = netto(&mut spoor, &t::NETTO_FORFAIT, t::LKS_FORFAIT.id, forfait, &bron::FORFAIT_VOORSTEL);
    let omslagpunt = omslagpunt::omslagpunt(forfait, meting.per_fractie, meting.plafond, &mut spoor);

    let mut waarschuwingen = vec![Waarschuwing { id: "forfait_voorgenomen", tekst: w::FORFAIT_VOORGENOMEN }];
    let mut meld = |aan: bool, id: &'static str, tekst: &'static str| {
        if aan {
            waarschuwingen.push(Waarschuwing { id, tekst });
        }
    };
    meld(g.loon_onder_wml, "loon_onder_wml", w::LOON_ONDER_WML);
    meld(g.schaal_1_bedrag, "schaal_1_bedrag", w::SCHAAL_1_BEDRAG);
    let (_, voltijd_uren) = g.voltijd;
    meld(g.uren > voltijd_uren, "uren_boven_voltijd", w::UREN_BOVEN_VOLTIJD);
    meld(lks::boven_maximum(g.loonwaarde, meting.per_fractie, meting.plafond), "onder_maximum", w::ONDER_MAXIMUM);
    // Lid 7: say so only when the subsidy really rests on a lower amount than today's.
    meld(basis.maand.id == t::RML_LKS.id && basis.maand.waarde < g.rml, "lid7", w::LID_7);
    // A value past the tables taken as last known (the resolver notes each with its last known
    // date), and announced values used: from the resolver, not read back from the trail.
    meld(g.niet_bekend.iter().any(|n| n.voorlopig.is_some()), "voorlopig", w::VOORLOPIG);
    meld(g.aangekondigd_gebruikt, "aangekondigd", w::AANGEKONDIGD);
    meld(!g.beschut, "forfait_niet_beschut", w::FORFAIT_NIET_BESCHUT);
    meld(g.cao_regulier, "cao_regulier", w::CAO_REGULIER);
    meld(l.premieloon_afgetopt, "maximum_premieloon", w::MAXIMUM_PREMIELOON);

    let ((eindejaarsuitkering, eenmalig), (pensioen, franchise)) = (l.cao_uitkeringen, l.pensioenregel);
    let keuzes = if spoor.met_uitleg() { crate::gekozen::gekozen(invoer) } else { Vec::new() };
    Uitkomst {
        peildatum: g.datum,
        uren: g.uren,
        voltijd: voltijd_uren,
        weken: g.weken,
        maanden: g.maanden,
        loonwaarde: g.loonwaarde,
        per_jaar: Bedragen {
            brutoloon: l.brutoloon,
            vakantiebijslag: l.vakantiebijslag,
            cao_extra: l.cao_extra,
            premies: l.premies,
            pensioen: l.pensioen,
            werkgeverslasten: l.werkgeverslasten,
            loonkosten: l.loonkosten,
            lks_meting: meting.lks,
            lks_forfait: forfait,
            lks_lid5: lid5,
            lkv: lkv_bedrag,
            nettokosten_meting: netto_meting,
            nettokosten_forfait: netto_forfait,
        },
        omslagpunt,
        lkv,
        spoor,
        aannames,
        keuzes,
        waarschuwingen,
        strook: Strookbasis {
            brutoloon: l.brutoloon,
            vakantiebijslag: g.vakantiebijslag,
            eindejaarsuitkering,
            eenmalig,
            premies: g.premiepercentages.map(|p| (p.id, p.waarde)),
            maximum_premieloon: g.maximum_premieloon,
            pensioen,
            franchise,
            lks_meting: meting.lks,
            lks_forfait: forfait,
            lks_lid5: lid5,
            lkv: lkv_bedrag,
        },
        niet_bekend: g.niet_bekend,
        minimumuurloon: g.wml_uur,
        curve: Curve {
            loonkosten: l.loonkosten,
            lks_per_fractie: meting.per_fractie,
            plafond: meting.plafond,
            forfait,
            lkv: lkv_bedrag,
        },
    }
}
