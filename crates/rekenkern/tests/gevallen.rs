//! Data-driven cases: `tests/gevallen/*.toml`, one file per legal concept. Each case names its
//! oracle and its kind (`orakel_soort`): `wettekst` (law text), `gepubliceerd` (a published
//! amount, with its URL in the oracle), `hand` (a hand calculation written out in the case) or
//! `script` (computed by `scripts/orakel.py`, an independent model that does not use this crate).
//! Every case is reported by `cargo test` as its own test, named `file::case`.
//!
//! For every case that calculates, the explanation trail is recomputed from what it records:
//! each operand must be a recorded value or an earlier step with the same value, and each step's
//! value must equal its operation applied to its operands (evaluated here, independently).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests may fail loudly

use libtest_mimic::{Arguments, Failed, Trial};
use rekenkern::scenario::decode;
use rekenkern::uitkomst::{Omslagpunt, Periode};
use rekenkern::uitleg::{Bewerking, Spoor, EEN, NUL};
use rekenkern::{bereken, Datum, Fout};
use rust_decimal::Decimal;
use std::collections::BTreeMap;
use std::str::FromStr;

#[derive(Clone, Debug)]
struct Geval {
    naam: String,
    orakel: String,
    soort: String,
    scenario: String,
    vandaag: Datum,
    verwacht: BTreeMap<String, toml::Value>,
}

const STANDAARD_VANDAAG: &str = "2026-11-25";

/// Case files that must exist (one per legal concept).
const VERPLICHTE_BESTANDEN: &[&str] = &[
    "aangekondigd",
    "dekking",
    "forfait",
    "gepubliceerd",
    "jaar",
    "lid7",
    "loonkosten",
    "loonkostensubsidie",
    "loonkostenvoordeel",
    "minimumloon",
    "scenario",
    "uitleg",
    "voorlopig",
];

fn lees(pad: &std::path::Path) -> Result<Vec<Geval>, String> {
    let tekst = std::fs::read_to_string(pad).map_err(|e| e.to_string())?;
    let doc: toml::Table = tekst.parse().map_err(|e| format!("{}: {e}", pad.display()))?;
    let lijst = doc.get("geval").and_then(|g| g.as_array()).ok_or("geen [[geval]]")?;
    lijst
        .iter()
        .map(|g| {
            let t = g.as_table().ok_or("geval is geen tabel")?;
            let s = |k: &str| t.get(k).and_then(|v| v.as_str()).map(str::to_string);
            let naam = s("naam").ok_or("naam ontbreekt")?;
            let orakel = s("orakel").ok_or_else(|| format!("{naam}: orakel ontbreekt"))?;
            let soort = s("orakel_soort").ok_or_else(|| format!("{naam}: orakel_soort ontbreekt"))?;
            match soort.as_str() {
                "wettekst" | "hand" => {}
                "gepubliceerd" if orakel.contains("https://") => {}
                "gepubliceerd" => return Err(format!("{naam}: gepubliceerd orakel zonder URL")),
                "script" if orakel.contains("scripts/orakel.py") => {}
                "script" => return Err(format!("{naam}: script-orakel moet scripts/orakel.py noemen")),
                _ => return Err(format!("{naam}: onbekende orakel_soort {soort}")),
            }
            let scenario = s("scenario").ok_or_else(|| format!("{naam}: scenario ontbreekt"))?;
            let vandaag = Datum::parse(&s("vandaag").unwrap_or(STANDAARD_VANDAAG.into())).ok_or("vandaag ongeldig")?;
            let bekend = [
                "naam",
                "orakel",
                "orakel_soort",
                "scenario",
                "vandaag",
                "per_maand",
                "per_jaar",
                "per_uur",
                "omslagpunt",
                "fouten",
                "meldingen",
                "waarschuwingen",
                "geen_waarschuwingen",
                "aannames",
                "stappen",
                "maanden",
                "totaal",
                "jaar_fouten",
            ];
            if let Some(k) = t.keys().find(|k| !bekend.contains(&k.as_str())) {
                return Err(format!("{naam}: onbekend veld {k}"));
            }
            let verwacht = t
                .iter()
                .filter(|(k, _)| !["naam", "orakel", "orakel_soort", "scenario", "vandaag"].contains(&k.as_str()))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            Ok(Geval { naam, orakel, soort, scenario, vandaag, verwacht })
        })
        .collect()
}

fn strings(v: &toml::Value) -> Vec<String> {
    v.as_array().map(|a| a.iter().filter_map(|x| x.as_str().map(str::to_string)).collect()).unwrap_or_default()
}

fn fout_code(f: &Fout) -> String {
    match f {
        Fout::Ontbreekt { param, .. } => format!("ontbreekt:{param}"),
        Fout::Invoer { veld, .. } => format!("invoer:{veld}"),
    }
}

/// The operation of a step, evaluated here without the crate's own evaluator.
fn reken_na(b: Bewerking, w: &[Decimal]) -> Option<Decimal> {
    let eerste = *w.first()?;
    Some(match b {
        Bewerking::Overnemen if w.len() == 1 => eerste,
        Bewerking::Overnemen => return None,
        Bewerking::Som => w.iter().fold(Decimal::ZERO, |a, x| a + x),
        Bewerking::Verschil => w[1..].iter().fold(eerste, |a, x| a - x),
        Bewerking::Product => w.iter().fold(Decimal::ONE, |a, x| a * x),
        Bewerking::Breuk { teller } if teller < w.len() => {
            let boven = w[..teller].iter().fold(Decimal::ONE, |a, x| a * x);
            let onder = w[teller..].iter().fold(Decimal::ONE, |a, x| a * x);
            boven.checked_div(onder)?
        }
        Bewerking::Breuk { .. } => return None,
        Bewerking::Kleinste => w.iter().fold(eerste, |a, x| a.min(*x)),
        Bewerking::Grootste => w.iter().fold(eerste, |a, x| a.max(*x)),
        // Half away from zero to the cent, written here without the core's rounding helper.
        Bewerking::Centen if w.len() == 1 => {
            eerste.round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
        }
        Bewerking::Centen => return None,
        // A line of a period: the quotient rounded to the cent, half away from zero (ADR 0021).
        Bewerking::BreukOpCenten { teller } if teller <= w.len() => {
            let boven = w[..teller].iter().fold(Decimal::ONE, |a, x| a * x);
            let onder = w[teller..].iter().fold(Decimal::ONE, |a, x| a * x);
            boven.checked_div(onder)?.round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
        }
        Bewerking::BreukOpCenten { .. } => return None,
    })
}

/// Recomputes every step from the operands the trail records (see the module doc).
fn controleer_spoor(spoor: &Spoor) -> Vec<String> {
    let mut fouten = Vec::new();
    for (n, stap) in spoor.stappen.iter().enumerate() {
        for o in &stap.operanden {
            let bekend = match o.id {
                EEN => Some(Decimal::ONE),
                NUL => Some(Decimal::ZERO),
                id => spoor.stappen[..n]
                    .iter()
                    .rev()
                    .find(|s| s.id == id)
                    .map(|s| s.waarde)
                    .or_else(|| spoor.gebruikt.iter().find(|g| g.id == id).map(|g| g.waarde)),
            };
            match bekend {
                Some(w) if w == o.waarde => {}
                Some(w) => {
                    fouten.push(format!("stap {}: {} is {} in het spoor, maar {} gebruikt", stap.id, o.id, w, o.waarde))
                }
                None => fouten.push(format!("stap {}: {} staat niet in het spoor", stap.id, o.id)),
            }
        }
        let waarden: Vec<Decimal> = stap.operanden.iter().map(|o| o.waarde).collect();
        match reken_na(stap.bewerking, &waarden) {
            Some(w) if w == stap.waarde => {}
            w => fouten.push(format!("stap {}: herrekend {:?}, spoor zegt {}", stap.id, w, stap.waarde)),
        }
    }
    fouten
}

/// A year case: the overview's months (`[geval.maanden."JJJJ-MM"]`), totals, or its errors.
fn controleer_jaar(g: &Geval) -> Result<(), String> {
    let gelezen = decode(&g.scenario);
    if !gelezen.meldingen.is_empty() {
        return Err(format!("{}: meldingen {:?}", g.naam, gelezen.meldingen));
    }
    let mut fouten = Vec::new();
    match (rekenkern::jaar::jaaroverzicht(&gelezen.invoer, g.vandaag), g.verwacht.get("jaar_fouten")) {
        (Err(f), Some(v)) => {
            let kreeg: Vec<String> = f.iter().map(fout_code).collect();
            if kreeg != strings(v) {
                fouten.push(format!("jaar_fouten: kreeg {kreeg:?}, verwacht {:?}", strings(v)));
            }
        }
        (Err(f), None) => fouten.push(format!("onverwachte fouten: {:?}", f.iter().map(fout_code).collect::<Vec<_>>())),
        (Ok(_), Some(_)) => fouten.push("verwachtte fouten, kreeg een overzicht".into()),
        (Ok(j), None) => {
            let vergelijk = |fouten: &mut Vec<String>, waar: &str, tabel: &toml::Table, b: &rekenkern::Bedragen| {
                let velden: BTreeMap<_, _> = b.velden().into_iter().collect();
                for (k, v) in tabel {
                    let verwacht = v.as_str().and_then(|s| Decimal::from_str(s).ok());
                    match (verwacht, velden.get(k.as_str())) {
                        (Some(w), Some(kreeg)) if *kreeg == w => {}
                        (Some(w), Some(kreeg)) => fouten.push(format!("{waar}.{k}: kreeg {kreeg}, verwacht {w}")),
                        _ => fouten.push(format!("{waar}.{k}: onbekend of geen decimaal")),
                    }
                }
            };
            if let Some(maanden) = g.verwacht.get("maanden").and_then(|t| t.as_table()) {
                for (maand, tabel) in maanden {
                    match (j.maanden.iter().find(|m| m.maand.maand_tekst() == *maand), tabel.as_table()) {
                        (Some(m), Some(t)) => vergelijk(&mut fouten, maand, t, &m.bedragen),
                        _ => fouten.push(format!("maand {maand} niet in het overzicht")),
                    }
                }
            }
            if let Some(t) = g.verwacht.get("totaal").and_then(|t| t.as_table()) {
                vergelijk(&mut fouten, "totaal", t, &j.totaal);
            }
            let ids: Vec<&str> = j.waarschuwingen.iter().map(|w| w.id).collect();
            for w in g.verwacht.get("waarschuwingen").map(strings).unwrap_or_default() {
                if !ids.contains(&w.as_str()) {
                    fouten.push(format!("waarschuwing {w} ontbreekt; kreeg {ids:?}"));
                }
            }
            for m in &j.maanden {
                if let Some(u) = &m.uitkomst {
                    fouten.extend(
                        controleer_spoor(&u.spoor).into_iter().map(|f| format!("{}: {f}", m.maand.maand_tekst())),
                    );
                }
            }
        }
    }
    if fouten.is_empty() {
        Ok(())
    } else {
        Err(format!("{}\norakel ({}): {}\nscenario: {}\n{}", g.naam, g.soort, g.orakel, g.scenario, fouten.join("\n")))
    }
}

fn controleer(g: &Geval) -> Result<(), String> {
    if ["maanden", "totaal", "jaar_fouten"].iter().any(|k| g.verwacht.contains_key(*k)) {
        return controleer_jaar(g);
    }
    let gelezen = decode(&g.scenario);
    let meldingen: Vec<String> = gelezen.meldingen.iter().map(|m| m.sleutel.clone()).collect();
    let verwacht_meldingen = g.verwacht.get("meldingen").map(strings).unwrap_or_default();
    if meldingen != verwacht_meldingen {
        return Err(format!("meldingen: kreeg {meldingen:?}, verwacht {verwacht_meldingen:?}"));
    }
    let uitkomst = bereken(&gelezen.invoer, g.vandaag);
    let mut fouten = Vec::new();
    match (&uitkomst, g.verwacht.get("fouten")) {
        (Err(f), Some(v)) => {
            let kreeg: Vec<String> = f.iter().map(fout_code).collect();
            if kreeg != strings(v) {
                fouten.push(format!("fouten: kreeg {kreeg:?}, verwacht {:?}", strings(v)));
            }
        }
        (Err(f), None) => fouten.push(format!("onverwachte fouten: {:?}", f.iter().map(fout_code).collect::<Vec<_>>())),
        (Ok(_), Some(v)) => fouten.push(format!("verwachtte fouten {:?}, kreeg een uitkomst", strings(v))),
        (Ok(u), None) => {
            fouten.extend(controleer_spoor(&u.spoor));
            // The explanation of each figure ends, in every period, on the amount the page shows
            // (issue 31): the steps of the period recompute, and the last one is the figure.
            for periode in [Periode::Uur, Periode::Maand, Periode::Jaar] {
                let spoor = u.spoor_per(periode);
                fouten.extend(controleer_spoor(&spoor).into_iter().map(|f| format!("{periode:?}: {f}")));
                for (figuur, getoond) in u.per(periode).velden() {
                    let keten = rekenkern::uitkomst::periode::keten(&spoor, figuur);
                    match keten.last() {
                        Some(laatste) if laatste.waarde == getoond => {}
                        Some(laatste) => fouten.push(format!(
                            "{periode:?} {figuur}: de uitleg eindigt op {}, de pagina toont {getoond}",
                            laatste.waarde
                        )),
                        // Figures the page shows without an explanation of their own.
                        None if figuur == "cao_extra" || (figuur == "lkv" && getoond.is_zero()) => {}
                        None => fouten.push(format!("{periode:?} {figuur}: geen uitleg")),
                    }
                }
            }
            for (sectie, periode) in
                [("per_maand", Periode::Maand), ("per_jaar", Periode::Jaar), ("per_uur", Periode::Uur)]
            {
                let Some(tabel) = g.verwacht.get(sectie).and_then(|t| t.as_table()) else { continue };
                let bedragen = u.per(periode);
                let velden: BTreeMap<_, _> = bedragen.velden().into_iter().collect();
                for (k, v) in tabel {
                    let verwacht = v
                        .as_str()
                        .and_then(|s| Decimal::from_str(s).ok())
                        .ok_or_else(|| format!("{sectie}.{k}: geen decimaal als tekst"))?;
                    match velden.get(k.as_str()) {
                        Some(kreeg) if *kreeg == verwacht => {}
                        Some(kreeg) => fouten.push(format!("{sectie}.{k}: kreeg {kreeg}, verwacht {verwacht}")),
                        None => fouten.push(format!("{sectie}.{k}: onbekend bedrag")),
                    }
                }
            }
            if let Some(v) = g.verwacht.get("omslagpunt").and_then(|v| v.as_str()) {
                let kreeg = match u.omslagpunt {
                    Omslagpunt::Bij(lw) => rekenkern::getal::afronden(lw, 6).normalize().to_string(),
                    Omslagpunt::ForfaitAltijdHoger => "forfait_altijd_hoger".into(),
                };
                if kreeg != v {
                    fouten.push(format!("omslagpunt: kreeg {kreeg}, verwacht {v}"));
                }
            }
            let ids: Vec<&str> = u.waarschuwingen.iter().map(|w| w.id).collect();
            for w in g.verwacht.get("waarschuwingen").map(strings).unwrap_or_default() {
                if !ids.contains(&w.as_str()) {
                    fouten.push(format!("waarschuwing {w} ontbreekt; kreeg {ids:?}"));
                }
            }
            for w in g.verwacht.get("geen_waarschuwingen").map(strings).unwrap_or_default() {
                if ids.contains(&w.as_str()) {
                    fouten.push(format!("waarschuwing {w} had er niet moeten zijn"));
                }
            }
            let velden: Vec<&str> = u.aannames.iter().map(|a| a.veld.naam()).collect();
            if let Some(v) = g.verwacht.get("aannames") {
                if velden != strings(v) {
                    fouten.push(format!("aannames: kreeg {velden:?}, verwacht {:?}", strings(v)));
                }
            }
            if let Some(t) = g.verwacht.get("stappen").and_then(|t| t.as_table()) {
                for (id, v) in t {
                    let verwacht = v.as_str().and_then(|s| Decimal::from_str(s).ok()).ok_or("stap: geen decimaal")?;
                    match u.spoor.stappen.iter().find(|s| s.id == id) {
                        Some(s) if s.waarde == verwacht => {}
                        Some(s) => fouten.push(format!("stap {id}: kreeg {}, verwacht {verwacht}", s.waarde)),
                        None => fouten.push(format!("stap {id} ontbreekt")),
                    }
                }
            }
        }
    }
    if fouten.is_empty() {
        Ok(())
    } else {
        Err(format!("{}\norakel ({}): {}\nscenario: {}\n{}", g.naam, g.soort, g.orakel, g.scenario, fouten.join("\n")))
    }
}

fn main() {
    let args = Arguments::from_args();
    let map = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/gevallen");
    let mut trials = Vec::new();
    let mut bestanden: Vec<_> = match std::fs::read_dir(&map) {
        Ok(lijst) => lijst.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "toml")).collect(),
        Err(e) => {
            let bericht = format!("{}: {e}", map.display());
            trials.push(Trial::test("gevallen::map", move || Err(Failed::from(bericht.clone()))));
            Vec::new()
        }
    };
    bestanden.sort();
    // A missing or emptied file must fail, not shrink the suite silently.
    for verplicht in VERPLICHTE_BESTANDEN {
        if !bestanden.iter().any(|p| p.file_stem().is_some_and(|s| s == *verplicht)) {
            let bericht = format!("{verplicht}.toml ontbreekt in {}", map.display());
            trials.push(Trial::test(format!("{verplicht}::bestand"), move || Err(Failed::from(bericht.clone()))));
        }
    }
    for pad in bestanden {
        let stam = pad.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        match lees(&pad) {
            Ok(gevallen) if gevallen.is_empty() => {
                trials.push(Trial::test(format!("{stam}::bestand"), || Err(Failed::from("geen gevallen"))))
            }
            Ok(gevallen) => {
                for g in gevallen {
                    let naam = format!("{stam}::{}", g.naam);
                    trials.push(Trial::test(naam, move || controleer(&g).map_err(Failed::from)));
                }
            }
            Err(e) => trials.push(Trial::test(format!("{stam}::bestand"), move || Err(Failed::from(e.clone())))),
        }
    }
    libtest_mimic::run(&args, trials).exit();
}
