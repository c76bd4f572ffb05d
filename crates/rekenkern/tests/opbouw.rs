//! The shape of the code (issue 16): no function of the core over 100 lines, and no import circle
//! between the modules of the core or of the app. Read from the sources, like the no-literals check.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const MAX_REGELS: usize = 100;

fn bestanden(map: &Path, uit: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(map).into_iter().flatten().flatten() {
        let p = e.path();
        if p.is_dir() {
            bestanden(&p, uit);
        } else if p.extension().is_some_and(|x| x == "rs") {
            uit.push(p);
        }
    }
}

/// The source without its test module (tests may be long and import what they like).
fn zonder_tests(bron: &str) -> &str {
    bron.find("#[cfg(test)]\nmod tests").map_or(bron, |i| &bron[..i])
}

/// A line without string contents and comments, for counting braces.
fn kaal(regel: &str) -> String {
    let mut uit = String::new();
    let mut in_tekst = false;
    let mut vorige = ' ';
    for c in regel.chars() {
        if !in_tekst && c == '/' && vorige == '/' {
            uit.pop();
            break;
        }
        if c == '"' && vorige != '\\' {
            in_tekst = !in_tekst;
        } else if !in_tekst {
            uit.push(c);
        }
        vorige = c;
    }
    uit
}

/// (name, first line, length) of every `fn` with a body.
fn functies(bron: &str) -> Vec<(String, usize, usize)> {
    let regels: Vec<&str> = bron.lines().collect();
    let mut uit = Vec::new();
    let mut i = 0;
    while i < regels.len() {
        let t = kaal(regels[i]);
        let kop = t.trim_start().trim_start_matches("pub(crate) ").trim_start_matches("pub(super) ");
        let kop = kop.trim_start_matches("pub ").trim_start_matches("const ");
        if let Some(rest) = kop.strip_prefix("fn ") {
            let naam: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            let (mut diepte, mut open, mut j) = (0i64, false, i);
            while j < regels.len() {
                let r = kaal(regels[j]);
                diepte += r.matches('{').count() as i64 - r.matches('}').count() as i64;
                open |= r.contains('{');
                if (open && diepte <= 0) || (!open && r.trim_end().ends_with(';')) {
                    break;
                }
                j += 1;
            }
            if open {
                uit.push((naam, i + 1, j - i + 1));
                i = j + 1;
                continue;
            }
        }
        i += 1;
    }
    uit
}

#[test]
fn geen_functie_in_de_kern_is_langer_dan_honderd_regels() {
    let map = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut lijst = Vec::new();
    bestanden(&map, &mut lijst);
    let mut gezien = 0;
    let mut te_lang = Vec::new();
    for p in &lijst {
        let bron = std::fs::read_to_string(p).unwrap_or_default();
        for (naam, regel, lengte) in functies(zonder_tests(&bron)) {
            gezien += 1;
            if lengte > MAX_REGELS {
                te_lang.push(format!("{}:{regel} {naam}: {lengte} regels", p.display()));
            }
        }
    }
    assert!(gezien > 200, "maar {gezien} functies gevonden: de scanner mist iets");
    assert!(te_lang.is_empty(), "langer dan {MAX_REGELS} regels:\n{}", te_lang.join("\n"));
}

/// The modules of a crate (`a::b` for `a/b.rs` or `a/b/mod.rs`) and the modules each imports
/// through `crate::` or `super::` (not its own parent or children).
fn importen(wortel: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let mut lijst = Vec::new();
    bestanden(wortel, &mut lijst);
    let mut modules: BTreeMap<String, String> = BTreeMap::new();
    for p in &lijst {
        let rel = p.strip_prefix(wortel).unwrap_or(p).with_extension("");
        let naam = rel.to_string_lossy().replace('/', "::");
        let naam = naam.strip_suffix("::mod").map(str::to_string).unwrap_or(naam);
        if naam != "lib" && naam != "main" {
            modules.insert(naam, std::fs::read_to_string(p).unwrap_or_default());
        }
    }
    let namen: BTreeSet<String> = modules.keys().cloned().collect();
    // What the crate root re-exports (`pub use app::App;`): `crate::App` is an import of `app`.
    let wortelbron =
        ["lib.rs", "main.rs"].iter().filter_map(|f| std::fs::read_to_string(wortel.join(f)).ok()).collect::<String>();
    let mut heruit: BTreeMap<String, String> = BTreeMap::new();
    for stuk in wortelbron.split("pub use ").skip(1) {
        let stuk = &stuk[..stuk.find(';').unwrap_or(stuk.len())];
        let Some((module, rest)) = stuk.split_once("::") else { continue };
        if !namen.contains(module) {
            continue;
        }
        for naam in rest.trim_matches(|c: char| c == '{' || c == '}' || c.is_whitespace()).split(',') {
            let naam = naam.trim().rsplit("::").next().unwrap_or("").trim_matches(|c: char| c == '{' || c == '}');
            if !naam.is_empty() {
                heruit.insert(naam.to_string(), module.to_string());
            }
        }
    }
    let verwant = |a: &str, b: &str| a == b || a.starts_with(&format!("{b}::")) || b.starts_with(&format!("{a}::"));
    let mut graaf = BTreeMap::new();
    for (m, bron) in &modules {
        // Code only: a doc link names a module without using it.
        let bron: String =
            zonder_tests(bron).lines().filter(|r| !r.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n");
        let mut doelen = BTreeSet::new();
        let ouder = m.rsplit_once("::").map(|(o, _)| o.to_string());
        for (voor, basis) in [("crate::", Some(String::new())), ("super::", ouder.map(|o| format!("{o}::")))] {
            let Some(basis) = basis else { continue };
            for (i, _) in bron.match_indices(voor) {
                let pad: String = bron[i + voor.len()..]
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                    .collect();
                let delen: Vec<&str> = pad.split("::").filter(|d| !d.is_empty()).collect();
                // A name the root re-exports.
                if basis.is_empty() {
                    if let Some(module) = delen.first().and_then(|d| heruit.get(*d)) {
                        if !verwant(m, module) {
                            doelen.insert(module.clone());
                        }
                        continue;
                    }
                }
                // The longest prefix that is a module.
                for k in (1..=delen.len()).rev() {
                    let kandidaat = format!("{basis}{}", delen[..k].join("::"));
                    if namen.contains(&kandidaat) {
                        if !verwant(m, &kandidaat) {
                            doelen.insert(kandidaat);
                        }
                        break;
                    }
                }
            }
        }
        graaf.insert(m.clone(), doelen);
    }
    graaf
}

/// A circle in the graph, if there is one (depth-first search).
fn cirkel(graaf: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn zoek(
        m: &str,
        graaf: &BTreeMap<String, BTreeSet<String>>,
        pad: &mut Vec<String>,
        klaar: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(i) = pad.iter().position(|p| p == m) {
            return Some(pad[i..].to_vec());
        }
        if klaar.contains(m) {
            return None;
        }
        pad.push(m.to_string());
        for d in graaf.get(m).into_iter().flatten() {
            if let Some(c) = zoek(d, graaf, pad, klaar) {
                return Some(c);
            }
        }
        pad.pop();
        klaar.insert(m.to_string());
        None
    }
    let mut klaar = BTreeSet::new();
    graaf.keys().find_map(|m| zoek(m, graaf, &mut Vec::new(), &mut klaar))
}

#[test]
fn geen_importcirkel_in_de_kern_of_de_app() {
    let kern = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let app = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../src");
    for (wat, wortel) in [("kern", kern), ("app", app)] {
        let graaf = importen(&wortel);
        assert!(graaf.len() > 15, "{wat}: maar {} modules gevonden", graaf.len());
        assert!(graaf.values().map(BTreeSet::len).sum::<usize>() > 20, "{wat}: de scanner vindt geen importen");
        assert_eq!(cirkel(&graaf), None, "{wat}: importcirkel");
    }
    // The same between top-level modules taken whole (`gegevens::loonkostensubsidie` is `gegevens`): a
    // child's call into another module and that module's use of the parent is a circle too, which
    // the graph of single modules misses (parent and child are kin there).
    for (wat, wortel) in [
        ("kern", Path::new(env!("CARGO_MANIFEST_DIR")).join("src")),
        ("app", Path::new(env!("CARGO_MANIFEST_DIR")).join("../../src")),
    ] {
        let mut hoofd: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        let top = |m: &str| m.split("::").next().unwrap_or(m).to_string();
        for (m, doelen) in importen(&wortel) {
            let eigen = hoofd.entry(top(&m)).or_default();
            eigen.extend(doelen.iter().map(|d| top(d)).filter(|d| *d != top(&m)));
        }
        assert_eq!(cirkel(&hoofd), None, "{wat}: importcirkel tussen hoofdmodules");
    }
    // Control: the scanner sees a circle when there is one.
    let mut proef: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    proef.insert("a".into(), ["b".to_string()].into());
    proef.insert("b".into(), ["a".to_string()].into());
    assert!(cirkel(&proef).is_some());
}

/// Every Rust source of the core, the CLI, the workers and the app (the project's own code).
fn alle_bronnen() -> Vec<PathBuf> {
    let wortel = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut uit = Vec::new();
    for map in [
        "crates/rekenkern/src",
        "crates/rekenhulp-cli/src",
        "crates/reken-werker/src",
        "crates/werkmap-werker/src",
        "src",
    ] {
        bestanden(&wortel.join(map), &mut uit);
    }
    uit
}

/// No lookup into the trail by a string written in the code (issue 32): a lookup takes a step's
/// text, a parameter or an input id (`uitleg::InSpoor`), so a renamed id is a compile error. The one
/// way around it, `Id("…")`, is written only where the ids are defined: the inputs in `uitleg.rs`
/// and the parameters in `params/`.
#[test]
fn geen_spoor_id_als_losse_tekst() {
    let mut gezien = 0;
    let mut fouten = Vec::new();
    for pad in alle_bronnen() {
        let p = pad.to_string_lossy().replace('\\', "/");
        if p.ends_with("rekenkern/src/uitleg.rs") || p.contains("rekenkern/src/params/") {
            continue;
        }
        let bron = std::fs::read_to_string(&pad).unwrap_or_default();
        gezien += 1;
        for (nr, regel) in zonder_tests(&bron).lines().enumerate() {
            let code = regel.split("//").next().unwrap_or_default();
            if code.contains("Id(\"") {
                fouten.push(format!("{p}:{}: {}", nr + 1, regel.trim()));
            }
        }
    }
    assert!(gezien > 100, "{gezien} files read");
    assert!(fouten.is_empty(), "a trail id written as text outside its definition:\n{}", fouten.join("\n"));
}

/// No decimal written in the code outside the parameter tables (issue 32, beyond `regels/` and
/// `bereken.rs`, whose stricter check is `parameters.rs`): a rule's value lives in `params/` with its
/// date and source. Allowed: the named limits of what a field accepts (`invoer.rs`) and the form's
/// default week (`gegevens/mod.rs`), both named constants documented there.
#[test]
fn geen_decimalen_buiten_de_tabellen() {
    let kern = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut paden = Vec::new();
    bestanden(&kern, &mut paden);
    let mut gezien = 0;
    let mut fouten = Vec::new();
    for pad in paden {
        let p = pad.to_string_lossy().replace('\\', "/");
        if p.contains("/params/") {
            continue;
        }
        let bron = std::fs::read_to_string(&pad).unwrap_or_default();
        gezien += 1;
        for (nr, regel) in zonder_tests(&bron).lines().enumerate() {
            let code = regel.split("//").next().unwrap_or_default();
            let genoemd = code.trim_start().starts_with("pub const ")
                && (p.ends_with("src/invoer.rs") || p.ends_with("src/gegevens/mod.rs"));
            let decimaal = code.contains("dec!(")
                || code.contains("Decimal::new(")
                || code.contains("from_str_exact(\"")
                || code.split("Decimal::from(").skip(1).any(|r| r.starts_with(|c: char| c.is_ascii_digit()));
            if decimaal && !genoemd {
                fouten.push(format!("{p}:{}: {}", nr + 1, regel.trim()));
            }
        }
    }
    assert!(gezien > 50, "{gezien} files read");
    assert!(fouten.is_empty(), "a decimal outside the parameter tables:\n{}", fouten.join("\n"));
}

/// The string literals of a line of code (the parts between quotes; escapes do not occur in ids).
fn letterlijk(code: &str) -> impl Iterator<Item = &str> {
    code.split('"').skip(1).step_by(2)
}

/// No trail id or amount line written as a free string in the core (issue 32): a line's name comes
/// from `bedragen::Regel`, a step's id from its `stap!` text, a parameter's from `params/`, so a
/// renamed one is a compile error. Counted: a literal equal to such a name outside its definition
/// (the `stap!` lines in `teksten/`, `id:` in `params/`, an input key `Naam = "…"` in
/// `invoertabel.rs`, where the same word names an input; an `Id("…")` in `uitleg.rs` or `params/`).
/// 56 before, 0 after.
#[test]
fn geen_regelnaam_als_losse_tekst() {
    let kern = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut paden = Vec::new();
    bestanden(&kern, &mut paden);
    let bronnen: Vec<(String, String)> = paden
        .iter()
        .map(|p| (p.to_string_lossy().replace('\\', "/"), std::fs::read_to_string(p).unwrap_or_default()))
        .collect();
    let mut ids: BTreeSet<String> = rekenkern::bedragen::Regel::ALLE.iter().map(|r| r.naam().to_string()).collect();
    for (p, bron) in &bronnen {
        for stuk in bron.split("stap!(").skip(1) {
            ids.extend(letterlijk(stuk).next().map(str::to_string));
        }
        if p.contains("/src/params/") {
            ids.extend(bron.split("id: \"").skip(1).filter_map(|r| r.split('"').next()).map(str::to_string));
        }
        // The typed ids that are neither a step nor a table's own (`Id("…")` in `uitleg.rs` and
        // `params/`: inputs, the lid-7 lookups, the month's wages of the premium cap).
        if p.contains("/src/params/") || p.ends_with("/src/uitleg.rs") {
            let id =
                |i: &&str| !i.is_empty() && i.bytes().all(|b| b.is_ascii_lowercase() || b"._0123456789".contains(&b));
            ids.extend(bron.split("Id(\"").skip(1).filter_map(|r| r.split('"').next()).filter(id).map(str::to_string));
        }
    }
    for id in ["loon_eerder", "loon_maand", "wml.maand.toekenning", "invoer.uren"] {
        assert!(ids.contains(id), "the typed id `{id}` is not read");
    }
    assert!(ids.len() > 100, "{} ids read", ids.len());
    let mut fouten = Vec::new();
    for (p, bron) in &bronnen {
        for (nr, regel) in zonder_tests(bron).lines().enumerate() {
            let code = regel.split("//").next().unwrap_or_default();
            let t = code.trim();
            let definitie = (p.contains("/src/teksten") && t.starts_with('"') && t.ends_with("\","))
                || (p.contains("/src/params/") && t.starts_with("id: \""))
                || (p.ends_with("/src/invoertabel.rs") && t.ends_with("\" {"))
                || ((p.contains("/src/params/") || p.ends_with("/src/uitleg.rs")) && t.contains("Id(\""));
            if !definitie && letterlijk(code).any(|l| ids.contains(l)) {
                fouten.push(format!("{p}:{}: {}", nr + 1, t));
            }
        }
    }
    assert!(fouten.is_empty(), "a line name or trail id written as text:\n{}", fouten.join("\n"));
}
