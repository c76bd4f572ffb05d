//! The calculation: resolve the scenario, apply the formulas, collect warnings.

use crate::bron;
use crate::datum::Datum;
use crate::gegevens::los_op;
use crate::invoer::Invoer;
use crate::regels::{forfait, loon, loonkostensubsidie as lks, omslagpunt};
use crate::teksten::{self as t, waarschuwing as w};
use crate::uitkomst::{Bedragen, Curve, Fout, Lkv, Uitkomst, Waarschuwing};
use crate::uitleg::{Eenheid, Spoor};
use rust_decimal::Decimal;

/// Computes a scenario. `vandaag` is the default peildatum (the core never reads the clock).
/// Returns every error at once when a value is missing or invalid.
pub fn bereken(invoer: &Invoer, vandaag: Datum) -> Result<Uitkomst, Vec<Fout>> {
    let mut spoor = Spoor::default();
    let (g, aannames) = los_op(invoer, vandaag, &mut spoor)?;

    let l = loon::loonkosten(&g, &mut spoor);
    let meting = lks::meting(&g, &mut spoor);
    let lid5 = lks::lid5(&g, meting.uren_lks, &mut spoor);
    let forfait = forfait::forfait(&g, meting.uren_lks, &mut spoor);

    let (lkv, lkv_bedrag) = match g.lkv {
        None => (Lkv::NietVanToepassing, Decimal::ZERO),
        Some((per_uur, max)) => {
            let b = spoor.stap(
                &t::LKV,
                (per_uur * g.uren * g.weken).min(max),
                Eenheid::EuroPerJaar,
                &["lkv.banenafspraak_uur", "invoer.uren", "conventie.weken", "lkv.banenafspraak_max"],
                &bron::WTL,
            );
            (Lkv::Banenafspraak(b), b)
        }
    };
    let netto_meting = spoor.stap(
        &t::NETTO_METING,
        l.loonkosten - meting.lks - lkv_bedrag,
        Eenheid::EuroPerJaar,
        &["loonkosten", "lks_meting", "lkv"],
        &bron::PW_10D,
    );
    let netto_forfait = spoor.stap(
        &t::NETTO_FORFAIT,
        l.loonkosten - forfait - lkv_bedrag,
        Eenheid::EuroPerJaar,
        &["loonkosten", "lks_forfait", "lkv"],
        &bron::FORFAIT_VOORSTEL,
    );
    let omslagpunt = omslagpunt::omslagpunt(forfait, meting.per_fractie, g.maximum, &mut spoor);

    let mut waarschuwingen = vec![Waarschuwing { id: "forfait_voorgenomen", tekst: w::FORFAIT_VOORGENOMEN }];
    let mut meld = |aan: bool, id: &'static str, tekst: &'static str| {
        if aan {
            waarschuwingen.push(Waarschuwing { id, tekst });
        }
    };
    meld(g.loon_onder_wml, "loon_onder_wml", w::LOON_ONDER_WML);
    meld(g.schaal_1_bedrag, "schaal_1_bedrag", w::SCHAAL_1_BEDRAG);
    meld(g.uren > g.voltijd, "uren_boven_voltijd", w::UREN_BOVEN_VOLTIJD);
    meld(Decimal::ONE - g.loonwaarde > g.maximum, "onder_maximum", w::ONDER_MAXIMUM);
    meld(g.lid7, "lid7", w::LID_7);
    meld(!g.beschut, "forfait_niet_beschut", w::FORFAIT_NIET_BESCHUT);
    meld(g.cao_regulier, "cao_regulier", w::CAO_REGULIER);
    meld(l.premieloon_afgetopt, "maximum_premieloon", w::MAXIMUM_PREMIELOON);

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
        waarschuwingen,
        curve: Curve {
            loonkosten: l.loonkosten,
            lks_per_fractie: meting.per_fractie,
            maximum: g.maximum,
            forfait,
            lkv: lkv_bedrag,
        },
    })
}
