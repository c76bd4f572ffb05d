//! The start-up contract (src/start/contract.rs) against the start script and the CSS: every `rh-*`
//! class or id used there is defined in the contract, and every contract class is used. Native and
//! fast (no wasm build), so a rename fails here and not only in e2e.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)] // a test: a missing file should fail loudly

#[path = "../src/start/contract.rs"]
#[allow(dead_code)]
mod contract;

use std::collections::BTreeSet;

/// The `rh-*` names in a text, leaving out custom properties (`--rh-…`) and data attributes
/// (`data-rh-…`).
fn rh_namen(tekst: &str) -> BTreeSet<String> {
    let mut uit = BTreeSet::new();
    let b = tekst.as_bytes();
    let mut i = 0;
    while let Some(p) = tekst[i..].find("rh-") {
        let s = i + p;
        let ervoor = if s > 0 { b[s - 1] } else { b' ' };
        let e =
            s + tekst[s..].bytes().take_while(|c| c.is_ascii_lowercase() || *c == b'-' || c.is_ascii_digit()).count();
        if ervoor != b'-' && !ervoor.is_ascii_alphanumeric() {
            uit.insert(tekst[s..e].trim_end_matches('-').to_string());
        }
        i = e.max(s + 3);
    }
    uit
}

fn bestanden() -> Vec<(String, String)> {
    let wortel = env!("CARGO_MANIFEST_DIR");
    let mut v = vec![];
    let js = format!("{wortel}/src/start/start.js");
    v.push((js.clone(), std::fs::read_to_string(&js).unwrap()));
    for e in std::fs::read_dir(format!("{wortel}/style")).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "css") {
            v.push((p.display().to_string(), std::fs::read_to_string(&p).unwrap()));
        }
    }
    v
}

#[test]
fn elke_rh_naam_staat_in_het_contract() {
    let bekend: BTreeSet<&str> = contract::klasse::ALLE.iter().chain(contract::id::RH).copied().collect();
    for (pad, tekst) in bestanden() {
        for naam in rh_namen(&tekst) {
            assert!(bekend.contains(naam.as_str()), "{pad}: `{naam}` is not in src/start/contract.rs");
        }
    }
}

#[test]
fn elke_contractklasse_wordt_gebruikt() {
    let mut gebruikt = BTreeSet::new();
    for (_, tekst) in bestanden() {
        gebruikt.extend(rh_namen(&tekst));
    }
    for k in contract::klasse::ALLE {
        assert!(gebruikt.contains(*k), "contract class `{k}` is used neither in start.js nor in style/*.css");
    }
}

#[test]
fn gedeelde_ids_in_het_startscript() {
    let js = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/start/start.js")).unwrap();
    for id in [contract::id::VELD_DATUM, contract::id::START_MISLUKT, contract::id::MODULES] {
        assert!(js.contains(&format!("getElementById('{id}')")), "start.js no longer uses the id `{id}`");
    }
}
