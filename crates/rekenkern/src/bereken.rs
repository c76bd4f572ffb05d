//! The calculation: resolve the scenario, apply the formulas, collect warnings.

use crate::bron;
use crate::datum::Datum;
use crate::gegevens::los_op;
use crate::invoer::Invoer;
use crate::regels::loonstrook::Strookbasis;
use crate::regels::{forfait, loon, loonkostensubsidie as lks, loonkostenvoordeel as lkv, omslagpunt};
use crate::teksten::{self as t, waarschuwing as w};
use crate::uitkomst::{Bedragen, Curve, Fout, Uitkomst, Waarschuwing};
use crate::uitleg::{op, Bewerking as B, Eenheid, Herkomst, Spoor};
use rust_decimal::Decimal;

/// Computes a scenario. `vandaag` is the default peildatum (the core never reads the clock).
/// Returns every error at once when a value is missing or invalid.
pub fn bereken(invoer: &Invoer, vandaag: Datum) -> Result<Uitkomst, Vec<Fout>> {
    let mut spoor = Spoor::default();
    let (g, aannames) = los_op(invoer, vandaag, &mut spoor)?;

    let l = loon::loonkosten(&g, &mut spoor);
    let basis = lks::basis(&g, &mut spoor);
    let meting = lks::meting(&g, &basis, &mut spoor);
    let lid5 = lks::lid5(&g, &basis, &mut spoor);
    let forfait = forfait::forfait(&g, &basis, &mut spoor);

    let (lkv, lkv_bedrag) = lkv::loonkostenvoordeel(&g, &mut spoor);
    let netto = |spoor: &mut Spoor, tekst, lks_id, lks_bedrag, grondslag| {
        let mut delen = vec![op("loonkosten", l.loonkosten), op(lks_id, lks_bedrag)];
        if lkv_bedrag != Decimal::ZERO {
            delen.push(op("lkv", lkv_bedrag));
        }
        spoor.reken(tekst, B::Verschil, &delen, Eenheid::EuroPerJaar, grondslag)
    };
    let netto_meting = netto(&mut spoor, &t::NETTO_METING, "lks_meting", meting.lks, &bron::PW_10D);
    let netto_forfait = netto(&mut spoor, &t::NETTO_FORFAIT, "lks_forfait", forfait, &bron::FORFAIT_VOORSTEL);
    let omslagpunt = omslagpunt::omslagpunt(forfait, meting.per_fractie, meting.plafond, &mut spoor);

    let mut waarschuwingen = vec![Waarschuwing { id: "forfait_voorgenomen", tekst: w::FORFAIT_VOORGENOMEN }];
    let mut meld = |aan: bool, id: &'static str, tekst: &'static str| {
        if aan {
            waarschuwingen.push(Waarschuwing { id, tekst });
        }
    };
    meld(g.loon_onder_wml, "loon_onder_wml", w::LOON_ONDER_WML);
    meld(g.schaal_1_bedrag, "schaal_1_bedrag", w::SCHAAL_1_BEDRAG);
    let (_, voltijd) = g.voltijd;
    meld(g.uren > voltijd, "uren_boven_voltijd", w::UREN_BOVEN_VOLTIJD);
    meld(lks::boven_maximum(g.loonwaarde, meting.per_fractie, meting.plafond), "onder_maximum", w::ONDER_MAXIMUM);
    // Lid 7: say so only when the subsidy really rests on a lower amount than today's.
    meld(basis.maand.id == "rml_lks" && basis.maand.waarde < g.rml, "lid7", w::LID_7);
    let laatst_bekend = spoor.gebruikt.iter().any(|g| matches!(g.herkomst, Herkomst::Voorlopig { .. }));
    meld(laatst_bekend, "voorlopig", w::VOORLOPIG);
    meld(!spoor.aangekondigde_waarden().is_empty(), "aangekondigd", w::AANGEKONDIGD);
    meld(!g.beschut, "forfait_niet_beschut", w::FORFAIT_NIET_BESCHUT);
    meld(g.cao_regulier, "cao_regulier", w::CAO_REGULIER);
    meld(l.premieloon_afgetopt, "maximum_premieloon", w::MAXIMUM_PREMIELOON);

    let ((eindejaarsuitkering, eenmalig), (pensioen, franchise)) = (l.cao_uitkeringen, l.pensioenregel);
    Ok(Uitkomst {
        peildatum: g.datum,
        uren: g.uren,
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
        keuzes: crate::gekozen::gekozen(invoer),
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
    })
}
