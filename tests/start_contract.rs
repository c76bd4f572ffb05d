//! The start-up contract (src/start/contract.rs) against the start script and the CSS: every `rh-*`
//! class or id used there is defined in the contract, and every contract class is used; the page
//! classes are selectors of the CSS, and no Rust file but the contract spells a shared name. Native and
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

/// Every `.rs` file under `src/` but the contract itself, with its text.
fn rust_bestanden() -> Vec<(String, String)> {
    fn lees(map: &std::path::Path, uit: &mut Vec<(String, String)>) {
        for e in std::fs::read_dir(map).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                lees(&p, uit);
            } else if p.extension().is_some_and(|x| x == "rs") && !p.ends_with("start/contract.rs") {
                uit.push((p.display().to_string(), std::fs::read_to_string(&p).unwrap()));
            }
        }
    }
    let mut uit = vec![];
    lees(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut uit);
    uit
}

#[test]
fn selectors_zijn_hun_klasse() {
    use contract::pagina::*;
    assert_eq!(SELECTOR_INDELING, format!(".{INDELING}"));
    assert_eq!(SELECTOR_UITKOMST_BLOK, format!(".{UITKOMST_BLOK}"));
}

#[test]
fn elke_paginaklasse_staat_in_de_css() {
    let css: String = bestanden().into_iter().filter(|(p, _)| p.ends_with(".css")).map(|(_, t)| t).collect();
    for k in contract::pagina::IN_DE_CSS {
        let selector = format!(".{k}");
        let gevonden = css.match_indices(&selector).any(|(i, _)| {
            let na = css[i + selector.len()..].chars().next().unwrap_or(' ');
            !(na.is_ascii_alphanumeric() || na == '-' || na == '_')
        });
        assert!(gevonden, "contract class `{k}` is no selector in style/*.css");
    }
}

/// The Rust code takes every shared name from the contract: a class, id or id prefix written as a
/// string elsewhere is a second place that a rename would miss. (A performance mark that happens to
/// share a class's name, `markeer("rh-bedragen")` for e2e/bench.mjs, is a name of its own.)
#[test]
fn rust_spelt_geen_contractnaam() {
    use contract::{id, klasse, pagina};
    let namen: Vec<&str> = klasse::ALLE
        .iter()
        .chain(pagina::ALLE)
        .chain(&[id::VELD_DATUM, id::START_MISLUKT, id::MODULES, id::SAMENVATTING, id::BALK_OMSLAGPUNT])
        .copied()
        .collect();
    let mut fouten = vec![];
    let mut gelezen = 0;
    for (pad, tekst) in rust_bestanden() {
        gelezen += 1;
        for (nr, regel) in tekst.lines().enumerate() {
            let code = regel.split("//").next().unwrap_or_default();
            if code.contains("markeer(\"") {
                continue;
            }
            for l in code.split('"').skip(1).step_by(2) {
                let los = namen.iter().any(|n| l == *n || l.strip_prefix('.') == Some(*n));
                if los || l.starts_with(id::VELD) || l.starts_with(id::PERIODE) {
                    fouten.push(format!("{pad}:{}: {}", nr + 1, regel.trim()));
                }
            }
        }
    }
    assert!(gelezen > 30, "{gelezen} files read");
    assert!(fouten.is_empty(), "a name of src/start/contract.rs written as text:\n{}", fouten.join("\n"));
}

/// The link's keys the start script reads (`frag.get('weergave')`, `k !== 'embed'`) are the app's view
/// keys (`url::WEERGAVE_SLEUTELS`) or the version `v`: a key renamed in the app and not in the script
/// would make the first paint decide on a key nobody writes.
#[test]
fn sleutels_van_het_startscript_zijn_die_van_de_app() {
    let wortel = env!("CARGO_MANIFEST_DIR");
    let js = std::fs::read_to_string(format!("{wortel}/src/start/start.js")).unwrap();
    let url = std::fs::read_to_string(format!("{wortel}/src/url.rs")).unwrap();
    let regel = url.lines().find(|r| r.contains("pub const WEERGAVE_SLEUTELS")).unwrap();
    let app: BTreeSet<&str> = regel.split('"').skip(1).step_by(2).chain(std::iter::once("v")).collect();
    let mut gelezen = BTreeSet::new();
    for patroon in [".get('", "k !== '"] {
        for (i, _) in js.match_indices(patroon) {
            let rest = &js[i + patroon.len()..];
            gelezen.insert(&rest[..rest.find('\'').unwrap()]);
        }
    }
    assert!(gelezen.len() >= 4, "start.js reads fewer keys than expected: {gelezen:?}");
    let vreemd: Vec<_> = gelezen.difference(&app).collect();
    assert!(vreemd.is_empty(), "start.js reads keys the app does not know: {vreemd:?}");
}
