//! Data-driven cases: `tests/gevallen/*.toml`, one file per legal concept. Each case names its
//! oracle (law text, published amount, or the hand calculation written in the case) and is
//! reported by `cargo test` as its own test, named `file::case`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests may fail loudly

use libtest_mimic::{Arguments, Failed, Trial};
use rekenkern::scenario::decode;
use rekenkern::uitkomst::{Omslagpunt, Periode};
use rekenkern::{bereken, Datum, Fout};
use rust_decimal::Decimal;
use std::collections::BTreeMap;
use std::str::FromStr;

#[derive(Clone, Debug)]
struct Geval {
    naam: String,
    orakel: String,
    scenario: String,
    vandaag: Datum,
    verwacht: BTreeMap<String, toml::Value>,
}

const STANDAARD_VANDAAG: &str = "2026-11-25";

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
            let scenario = s("scenario").ok_or_else(|| format!("{naam}: scenario ontbreekt"))?;
            let vandaag = Datum::parse(&s("vandaag").unwrap_or(STANDAARD_VANDAAG.into())).ok_or("vandaag ongeldig")?;
            let bekend = [
                "naam",
                "orakel",
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
            ];
            if let Some(k) = t.keys().find(|k| !bekend.contains(&k.as_str())) {
                return Err(format!("{naam}: onbekend veld {k}"));
            }
            let verwacht = t
                .iter()
                .filter(|(k, _)| !["naam", "orakel", "scenario", "vandaag"].contains(&k.as_str()))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            Ok(Geval { naam, orakel, scenario, vandaag, verwacht })
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

fn controleer(g: &Geval) -> Result<(), String> {
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
            let velden: Vec<&str> = u.aannames.iter().map(|a| a.veld).collect();
            if let Some(v) = g.verwacht.get("aannames") {
                if velden != strings(v) {
                    fouten.push(format!("aannames: kreeg {velden:?}, verwacht {:?}", strings(v)));
                }
            }
            if let Some(t) = g.verwacht.get("stappen").and_then(|t| t.as_table()) {
                for (id, v) in t {
                    let verwacht = v.as_str().and_then(|s| Decimal::from_str(s).ok()).ok_or("stap: geen decimaal")?;
                    match u.spoor.zoek_stap(id) {
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
        Err(format!("{}\norakel: {}\nscenario: {}\n{}", g.naam, g.orakel, g.scenario, fouten.join("\n")))
    }
}

fn main() {
    let args = Arguments::from_args();
    let map = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/gevallen");
    let mut bestanden: Vec<_> = std::fs::read_dir(&map)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    bestanden.sort();
    let mut trials = Vec::new();
    for pad in bestanden {
        let stam = pad.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        match lees(&pad) {
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
