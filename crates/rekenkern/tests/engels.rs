//! Every Dutch text the calculation and the app can show has an English entry (English is the
//! second language). The texts are read from the sources with a small string-literal scanner
//! that follows literals across lines (`\` continuations, multi-line literals), so a new text
//! cannot be forgotten, however it is written.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests may fail loudly

use rekenkern::engels::engels;
use rekenkern::params;
use std::collections::BTreeSet;
use std::path::Path;

/// A string literal and whether it is one side of a `"nl" => "en"` table arm.
struct Letterlijk {
    tekst: String,
    links: bool,
    rechts: bool,
}

/// All string literals of a Rust source, outside comments, with escapes resolved.
fn letterlijken(bron: &str) -> Vec<Letterlijk> {
    let t: Vec<char> = bron.chars().collect();
    let mut uit: Vec<Letterlijk> = Vec::new();
    let (mut i, mut na_pijl) = (0, false);
    while i < t.len() {
        match t[i] {
            '/' if t.get(i + 1) == Some(&'/') => {
                while i < t.len() && t[i] != '\n' {
                    i += 1;
                }
            }
            '\'' if t.get(i + 2) == Some(&'\'') || (t.get(i + 1) == Some(&'\\') && t.get(i + 3) == Some(&'\'')) => {
                i += if t[i + 1] == '\\' { 4 } else { 3 };
                continue;
            }
            '"' => {
                let mut s = String::new();
                i += 1;
                while i < t.len() && t[i] != '"' {
                    if t[i] == '\\' {
                        i += 1;
                        match t.get(i) {
                            Some('\n') => {
                                while i + 1 < t.len() && t[i + 1].is_whitespace() {
                                    i += 1;
                                }
                            }
                            Some('n') => s.push('\n'),
                            Some(c) => s.push(*c),
                            None => {}
                        }
                    } else {
                        s.push(t[i]);
                    }
                    i += 1;
                }
                let rechts = na_pijl;
                // Is this literal followed by `=>` (the Dutch side of a table arm)?
                let mut j = i + 1;
                while j < t.len() && t[j].is_whitespace() {
                    j += 1;
                }
                let links = t.get(j) == Some(&'=') && t.get(j + 1) == Some(&'>');
                uit.push(Letterlijk { tekst: s, links, rechts });
                na_pijl = false;
            }
            '=' if t.get(i + 1) == Some(&'>') => {
                na_pijl = true;
                i += 2;
                while i < t.len() && t[i].is_whitespace() {
                    i += 1;
                }
                if t.get(i) != Some(&'"') {
                    na_pijl = false;
                }
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    uit
}

/// A literal that is a user text (not an id, key, URL, format string or English side).
fn is_tekst(l: &Letterlijk) -> bool {
    let s = &l.tekst;
    // A text with places for values (`{0}`, `engels::vul`) is a text; other braces are format strings.
    let sjabloon = s.contains("{0}");
    !l.rechts
        && !l.links
        && (s.contains(' ') || sjabloon)
        && (!s.contains('{') || sjabloon)
        && !s.contains("://")
        && !s.starts_with("docs/")
}

#[test]
fn de_scanner_ziet_teksten_over_meerdere_regels() {
    let bron = "const A: &str =\n    \"een tekst \\\n     over twee regels\";\n// \"commentaar telt niet\"\nfn f(x: &str) -> &str { match x { \"links kant\" => \"right side\", _ => \"\" } }\nconst B: &str = \"regel een\nregel twee\";";
    let l = letterlijken(bron);
    let teksten: Vec<&str> = l.iter().filter(|l| is_tekst(l)).map(|l| l.tekst.as_str()).collect();
    assert_eq!(teksten, vec!["een tekst over twee regels", "regel een\nregel twee"]);
    assert!(l.iter().any(|l| l.links && l.tekst == "links kant"));
    assert!(l.iter().any(|l| l.rechts && l.tekst == "right side"));
}

#[test]
fn elke_tekst_van_de_rekenkern_heeft_engels() {
    let map = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut ontbreekt = Vec::new();
    let mut gezien = 0;
    for bestand in [
        "teksten.rs",
        "controle.rs",
        "gegevens/mod.rs",
        "gegevens/werk.rs",
        "gegevens/minimumloon.rs",
        "gegevens/loon.rs",
        "gegevens/loonkostensubsidie.rs",
        "gegevens/premies.rs",
        "gegevens/pensioen.rs",
        "gegevens/oplosser.rs",
        "params/wml.rs",
        "params/lks.rs",
        "params/premies.rs",
        "params/cao.rs",
        "params/pensioen.rs",
        "params/conventie.rs",
    ] {
        let bron = std::fs::read_to_string(map.join(bestand)).unwrap();
        for l in letterlijken(&bron).iter().filter(|l| is_tekst(l)) {
            gezien += 1;
            if engels(&l.tekst).is_none() {
                ontbreekt.push(format!("{bestand}: {}", l.tekst));
            }
        }
    }
    assert!(gezien > 150, "maar {gezien} teksten gevonden: de scanner mist iets");
    assert!(ontbreekt.is_empty(), "geen Engels voor:\n{}", ontbreekt.join("\n"));
    for p in params::DECIMALEN {
        assert!(engels(p.label).is_some(), "{}", p.label);
    }
}

/// The app's table (`src/engels_tabel.rs`, data only): its literals are (Dutch, English) pairs.
fn app_tabel() -> Vec<(String, String)> {
    let bron =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../src/engels_tabel.rs")).unwrap();
    let l: Vec<String> = letterlijken(&bron).into_iter().map(|l| l.tekst).collect();
    l.chunks(2).filter_map(|p| Some((p.first()?.clone(), p.get(1)?.clone()))).collect()
}

#[test]
fn elke_tekst_van_de_app_heeft_engels() {
    // The app's texts (src/teksten/mod.rs; the Dutch-only page for many employees has src/teksten/meerdere.rs) need English in the app's table or the core's.
    let app = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../src/teksten/mod.rs")).unwrap();
    let tabel: BTreeSet<String> = app_tabel().into_iter().map(|(nl, _)| nl).collect();
    assert!(tabel.len() > 100, "de app-tabel is te klein: {}", tabel.len());
    let mut ontbreekt = Vec::new();
    let mut gezien = 0;
    for t in letterlijken(&app).iter().filter(|l| is_tekst(l)) {
        gezien += 1;
        if !tabel.contains(&t.tekst) && engels(&t.tekst).is_none() {
            ontbreekt.push(t.tekst.clone());
        }
    }
    assert!(gezien > 100, "maar {gezien} teksten gevonden in de app: de scanner mist iets");
    assert!(ontbreekt.is_empty(), "geen Engels in de app voor:\n{}", ontbreekt.join("\n"));
}

#[test]
fn en_tsv_is_actueel() {
    // static/en.tsv is what the browser loads when the user chooses English: the core's table and
    // the app's, one line per text, "Dutch<TAB>English", sorted. A plain format, so the app needs no
    // JSON code. Regenerate: UPDATE_DOCS=1 cargo test -p rekenkern --test engels
    let mut paren: Vec<(String, String)> =
        rekenkern::engels::TABEL.iter().map(|(nl, en)| (nl.to_string(), en.to_string())).collect();
    // The app's own entry wins, as it did when the app looked in its own table first.
    for (nl, en) in app_tabel() {
        match paren.iter_mut().find(|(d, _)| *d == nl) {
            Some(paar) => paar.1 = en,
            None => paren.push((nl, en)),
        }
    }
    paren.sort();
    for (nl, en) in &paren {
        assert!(!format!("{nl}{en}").contains(['\t', '\n', '\r']), "tab of regeleinde in: {nl}");
    }
    let nieuw: String = paren.iter().map(|(nl, en)| format!("{nl}\t{en}\n")).collect();
    let pad = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../static/en.tsv");
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::write(&pad, &nieuw).unwrap();
    }
    let huidig = std::fs::read_to_string(&pad).unwrap_or_default();
    assert!(huidig == nieuw, "static/en.tsv is verouderd: draai UPDATE_DOCS=1 cargo test -p rekenkern --test engels");
}

#[test]
fn de_eerste_weergave_zegt_hetzelfde_als_de_app() {
    // index.html shows the title and intro before the wasm loads; they must be the app's texts.
    let wortel = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let html = std::fs::read_to_string(wortel.join("index.html")).unwrap();
    let app = std::fs::read_to_string(wortel.join("src/teksten/mod.rs")).unwrap();
    for naam in ["pub const TITEL: &str = ", "pub const INTRO: &str = "] {
        let begin = app.find(naam).unwrap() + naam.len();
        let tekst = letterlijken(&app[begin..]).into_iter().next().unwrap().tekst;
        assert!(html.contains(&tekst), "index.html mist: {tekst}");
    }
}

/// Every Rust source of the core and the app except the two English tables.
fn bronnen() -> Vec<(String, String)> {
    fn loop_door(map: &Path, uit: &mut Vec<(String, String)>) {
        let Ok(lijst) = std::fs::read_dir(map) else { return };
        for e in lijst.flatten() {
            let pad = e.path();
            if pad.is_dir() {
                loop_door(&pad, uit);
            } else if pad.extension().is_some_and(|x| x == "rs")
                && !pad.ends_with("engels.rs")
                && !pad.ends_with("engels_tabel.rs")
            {
                uit.push((pad.display().to_string(), std::fs::read_to_string(&pad).unwrap()));
            }
        }
    }
    let wortel = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut uit = Vec::new();
    loop_door(&wortel.join("src"), &mut uit);
    loop_door(&wortel.join("../../src"), &mut uit);
    uit
}

#[test]
fn elke_engelse_tekst_wordt_gebruikt() {
    // An English entry whose Dutch text no source holds any more still ships in static/en.tsv: it
    // is dead weight, and a sign that a Dutch text changed without its English.
    let mut in_bron: BTreeSet<String> = BTreeSet::new();
    let bestanden = bronnen();
    assert!(bestanden.len() > 40, "maar {} bronbestanden gevonden", bestanden.len());
    for (_, bron) in &bestanden {
        in_bron.extend(letterlijken(bron).into_iter().map(|l| l.tekst));
    }
    let mut wees: Vec<String> = rekenkern::engels::TABEL
        .iter()
        .map(|(nl, _)| nl.to_string())
        .chain(app_tabel().into_iter().map(|(nl, _)| nl))
        .filter(|nl| !in_bron.contains(nl))
        .collect();
    wees.sort();
    wees.dedup();
    assert!(wees.is_empty(), "Engels zonder Nederlandse tekst in de bron ({}):\n{}", wees.len(), wees.join("\n"));
}

#[test]
fn een_sjabloon_heeft_in_het_engels_dezelfde_plaatsen() {
    // `engels::vul` fills {0}, {1}, ... in the English as in the Dutch: the same places, each used.
    let plaatsen = |t: &str| -> std::collections::BTreeSet<String> {
        (0..10).map(|n| format!("{{{n}}}")).filter(|p| t.contains(p.as_str())).collect()
    };
    let mut gezien = 0;
    for (nl, en) in rekenkern::engels::TABEL.iter().map(|(n, e)| (n.to_string(), e.to_string())).chain(app_tabel()) {
        if nl.contains("{0}") {
            gezien += 1;
            assert_eq!(plaatsen(&nl), plaatsen(&en), "{nl}");
        }
    }
    assert!(gezien >= 16, "maar {gezien} sjablonen");
    let ingevuld = rekenkern::engels::vul("‘{0}={1}’ is niet geldig: {2}", rekenkern::Taal::En, &["uren", "veel", "x"]);
    assert_eq!(ingevuld, "‘uren=veel’ is not valid: x");
    assert_eq!(rekenkern::engels::vul("a {x} {1} {", rekenkern::Taal::Nl, &["p"]), "a {x}  {");
}
