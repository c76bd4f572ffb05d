//! English is the second language. Every text is written once, where it is defined, with its
//! Dutch and its English: `tekst!("Dutch" => "English")` (ADR 0010). These tests collect the pairs
//! of the core and the app from the sources into `static/en.tsv` and fail on: a stale `en.tsv`, a
//! text of the calculation or the interface without English, one Dutch text with two English ones,
//! a named text nothing uses, and a template whose English has other places than its Dutch.
//! The sources are read with a small string-literal scanner that follows literals across lines
//! (`\` continuations, multi-line literals).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests may fail loudly

use rekenkern::engels::engels;
use rekenkern::params;
use std::collections::{BTreeMap, BTreeSet};
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

/// A literal that is a user text (not an id, key, URL or format string), written bare: not the
/// Dutch or English side of a `tekst!` pair.
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

/// The (Dutch, English) pairs of a source: a literal followed by `=>` and a literal.
fn paren(bron: &str) -> Vec<(String, String)> {
    let l = letterlijken(bron);
    l.windows(2).filter(|w| w[0].links && w[1].rechts).map(|w| (w[0].tekst.clone(), w[1].tekst.clone())).collect()
}

#[test]
fn de_scanner_ziet_teksten_over_meerdere_regels() {
    let bron = "const A: &str =\n    \"een tekst \\\n     over twee regels\";\n// \"commentaar telt niet\"\nconst C: &str = tekst!(\"links kant\" => \"right side\");\nconst B: &str = \"regel een\nregel twee\";";
    let l = letterlijken(bron);
    let teksten: Vec<&str> = l.iter().filter(|l| is_tekst(l)).map(|l| l.tekst.as_str()).collect();
    assert_eq!(teksten, vec!["een tekst over twee regels", "regel een\nregel twee"]);
    assert_eq!(paren(bron), vec![("links kant".to_string(), "right side".to_string())]);
}

/// Every Rust source of the core and the app (path relative to the repository, text).
fn bronnen() -> Vec<(String, String)> {
    fn loop_door(wortel: &Path, map: &Path, uit: &mut Vec<(String, String)>) {
        let Ok(lijst) = std::fs::read_dir(map) else { return };
        let mut lijst: Vec<_> = lijst.flatten().map(|e| e.path()).collect();
        lijst.sort();
        for pad in lijst {
            if pad.is_dir() {
                loop_door(wortel, &pad, uit);
            } else if pad.extension().is_some_and(|x| x == "rs") {
                let naam = pad.strip_prefix(wortel).unwrap_or(&pad).display().to_string();
                uit.push((naam, std::fs::read_to_string(&pad).unwrap()));
            }
        }
    }
    let wortel = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut uit = Vec::new();
    loop_door(&wortel, &wortel.join("crates/rekenkern/src"), &mut uit);
    loop_door(&wortel, &wortel.join("src"), &mut uit);
    uit
}

/// All pairs of the core and the app, by Dutch text; more than one English for a Dutch text is
/// kept, so the test below can name it.
fn alle_paren() -> BTreeMap<String, BTreeSet<String>> {
    let mut uit: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (_, bron) in bronnen() {
        for (nl, en) in paren(&bron) {
            uit.entry(nl).or_default().insert(en);
        }
    }
    uit
}

#[test]
fn een_nederlandse_tekst_heeft_een_engelse() {
    // The Dutch text is the key in en.tsv: the same Dutch with two English texts would show one of
    // them in both places.
    let alle = alle_paren();
    assert!(alle.len() > 400, "maar {} teksten met Engels gevonden: de scanner mist iets", alle.len());
    let dubbel: Vec<String> =
        alle.iter().filter(|(_, en)| en.len() > 1).map(|(nl, en)| format!("{nl}: {en:?}")).collect();
    assert!(dubbel.is_empty(), "twee Engelse teksten voor een Nederlandse:\n{}", dubbel.join("\n"));
}

#[test]
fn en_tsv_is_actueel() {
    // static/en.tsv is what the browser loads when the user chooses English, and what the core
    // compiles in natively: every pair of the core and the app, one line per text,
    // "Dutch<TAB>English", sorted. A plain format, so the app needs no JSON code.
    // Regenerate: UPDATE_DOCS=1 cargo test -p rekenkern --test engels
    let mut nieuw = String::new();
    for (nl, en) in alle_paren() {
        let en = en.into_iter().next().unwrap_or_default();
        assert!(!format!("{nl}{en}").contains(['\t', '\n', '\r']), "tab of regeleinde in: {nl}");
        nieuw.push_str(&format!("{nl}\t{en}\n"));
    }
    let pad = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../static/en.tsv");
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::write(&pad, &nieuw).unwrap();
    }
    let huidig = std::fs::read_to_string(&pad).unwrap_or_default();
    assert!(huidig == nieuw, "static/en.tsv is verouderd: draai UPDATE_DOCS=1 cargo test -p rekenkern --test engels");
}

#[test]
fn elke_tekst_wordt_gevonden() {
    // The lookup searches en.tsv by halving (it is sorted by the Dutch, and not sorted again when it
    // is read): every text must be found, with its own English.
    let alle = alle_paren();
    let mis: Vec<&String> = alle
        .iter()
        .filter(|(nl, en)| engels(nl).map(str::to_string).as_ref() != en.iter().next())
        .map(|(nl, _)| nl)
        .collect();
    assert!(mis.is_empty(), "niet gevonden in en.tsv:\n{mis:?}");
    assert_eq!(engels("Bruto uurloon"), Some("Gross hourly wage"));
    assert_eq!(engels("Geen tekst van de rekenhulp"), None);
}

#[test]
fn elke_tekst_heeft_engels() {
    // A text written bare, without `tekst!`, has no English. The files that hold the texts of the
    // calculation and the interface may have none; the page for many employees is Dutch only.
    let mut kaal = Vec::new();
    let mut gezien = 0;
    for (bestand, bron) in bronnen() {
        let tekstbestand = bestand.ends_with("rekenkern/src/teksten.rs")
            || bestand.contains("rekenkern/src/teksten/")
            || bestand.ends_with("rekenkern/src/controle.rs")
            || bestand.contains("rekenkern/src/gegevens/")
            || bestand.contains("rekenkern/src/params/")
            || bestand == "src/teksten/mod.rs";
        // The tests at the end of a file are not shown to anyone.
        let bron = bron.split("#[cfg(test)]").next().unwrap_or_default();
        gezien += paren(bron).len();
        // The input table also holds the questions of the form (with English), next to the lines
        // of docs/scenario.md, which are Dutch only, like the rest of the documentation.
        if !tekstbestand {
            continue;
        }
        kaal.extend(letterlijken(bron).iter().filter(|l| is_tekst(l)).map(|l| format!("{bestand}: {}", l.tekst)));
    }
    assert!(gezien > 400, "maar {gezien} teksten met Engels gevonden: de scanner mist iets");
    assert!(kaal.is_empty(), "tekst zonder Engels (schrijf tekst!(\"…\" => \"…\")):\n{}", kaal.join("\n"));
    // Every parameter label is shown in the trail and the overview.
    for p in params::DECIMALEN {
        assert!(engels(p.label).is_some(), "{}", p.label);
    }
}

#[test]
fn de_app_schrijft_geen_tekst_in_een_onderdeel() {
    // The app's components, state and URL code show only texts of src/teksten and the core. A string
    // with a space and a letter there is a text written bare, except class lists
    // (`knop knop--primair`), markup and format strings, and the one `rel` value.
    let klassen = |s: &str| {
        let w: Vec<&str> = s.split_whitespace().collect();
        w.iter().all(|x| x.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_'))
            && w.iter().any(|x| x.contains(['-', '_']))
    };
    let mut kaal = Vec::new();
    let mut gezien = 0;
    for (bestand, bron) in bronnen() {
        // The build step that renders the first screen speaks to the maintainer's terminal, as the
        // scripts do; what it renders is the app's components.
        if !bestand.starts_with("src/")
            || bestand.starts_with("src/teksten/")
            || bestand.starts_with("src/meerdere/")
            || bestand == "src/bin/voorweergave.rs"
        {
            continue;
        }
        gezien += 1;
        let bron = bron.split("#[cfg(test)]").next().unwrap_or_default();
        for l in letterlijken(bron).iter().filter(|l| !l.links && !l.rechts) {
            let s = l.tekst.as_str();
            let tekst = s.contains(' ')
                && s.chars().any(|c| c.is_alphabetic())
                && !s.contains(['<', '=', '{'])
                && !klassen(s)
                && s != "noopener noreferrer";
            if tekst {
                kaal.push(format!("{bestand}: {s}"));
            }
        }
    }
    assert!(gezien > 15, "maar {gezien} bestanden van de app gelezen");
    assert!(kaal.is_empty(), "tekst in een onderdeel (zet hem in src/teksten/mod.rs met tekst!):\n{}", kaal.join("\n"));
}

#[test]
fn elke_benoemde_tekst_wordt_gebruikt() {
    // A named text nothing refers to still ships, in the wasm and in en.tsv: dead weight, and often
    // a sign that a text was replaced and the old one left behind.
    let bestanden = bronnen();
    let mut namen: Vec<(String, String)> = Vec::new();
    for (bestand, bron) in &bestanden {
        namen.extend(benoemde_teksten(bron).into_iter().map(|naam| (naam, bestand.clone())));
    }
    assert!(namen.len() > 250, "maar {} benoemde teksten gevonden", namen.len());
    let woorden: BTreeMap<String, usize> =
        bestanden.iter().flat_map(|(_, b)| woorden_van(b)).fold(BTreeMap::new(), |mut m, w| {
            *m.entry(w).or_default() += 1;
            m
        });
    let mut ongebruikt: Vec<String> = namen
        .iter()
        .filter(|(naam, _)| woorden.get(naam).copied().unwrap_or_default() < 2)
        .map(|(naam, bestand)| format!("{bestand}: {naam}"))
        .collect();
    ongebruikt.sort();
    assert!(ongebruikt.is_empty(), "tekst die niemand gebruikt:\n{}", ongebruikt.join("\n"));
}

/// The names of the texts a source defines: `const NAME … = … tekst!(…);` and `stap!(NAME, …)`.
fn benoemde_teksten(bron: &str) -> Vec<String> {
    let naam_na = |rest: &str| -> String {
        rest.trim_start().chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect()
    };
    let mut uit = Vec::new();
    for (i, _) in bron.match_indices("const ") {
        let rest = &bron[i + "const ".len()..];
        let definitie = rest.split(';').next().unwrap_or_default();
        if definitie.contains("tekst!(") && !definitie.contains('{') {
            uit.push(naam_na(rest));
        }
    }
    for (i, _) in bron.match_indices("stap!(") {
        uit.push(naam_na(&bron[i + "stap!(".len()..]));
    }
    uit.retain(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_'));
    uit
}

/// The identifiers of a source, as words.
fn woorden_van(bron: &str) -> Vec<String> {
    bron.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

#[test]
fn de_eerste_weergave_is_die_van_de_app() {
    // The first screen is rendered at build time by the app's own components (ADR 0022): index.html
    // holds only its place, and no copy of the app's texts that could drift from them.
    let wortel = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let html = std::fs::read_to_string(wortel.join("index.html")).unwrap();
    // The body: the head's <title> names the page for tabs and bookmarks, not a screen text.
    let html = html.split("<body>").nth(1).unwrap_or_default();
    let app = std::fs::read_to_string(wortel.join("src/teksten/mod.rs")).unwrap();
    assert!(html.contains(r#"<div id="voorweergave"></div>"#), "index.html mist de plaats van de voorweergave");
    for naam in ["pub const TITEL: &str = ", "pub const INTRO: &str = "] {
        let begin = app.find(naam).unwrap() + naam.len();
        let tekst = letterlijken(&app[begin..]).into_iter().next().unwrap().tekst;
        assert!(!html.contains(&tekst), "index.html heeft een eigen kopie van: {tekst}");
    }
}

#[test]
fn een_sjabloon_heeft_in_het_engels_dezelfde_plaatsen() {
    // `engels::vul` fills {0}, {1}, ... in the English as in the Dutch: the same places, each used.
    let plaatsen = |t: &str| -> BTreeSet<String> {
        (0..10).map(|n| format!("{{{n}}}")).filter(|p| t.contains(p.as_str())).collect()
    };
    let mut gezien = 0;
    for (nl, en) in alle_paren() {
        if nl.contains("{0}") {
            gezien += 1;
            for en in en {
                assert_eq!(plaatsen(&nl), plaatsen(&en), "{nl}");
            }
        }
    }
    assert!(gezien >= 16, "maar {gezien} sjablonen");
    let ingevuld =
        rekenkern::engels::vul("{0}: ‘{1}’ is niet geldig. {2}", rekenkern::Taal::En, &["Uren", "veel", "x"]);
    assert_eq!(ingevuld, "Uren: ‘veel’ is not valid. x");
    assert_eq!(rekenkern::engels::vul("a {x} {1} {", rekenkern::Taal::Nl, &["p"]), "a {x}  {");
}

/// Legal names and terms that stay Dutch in English (ADR 0010): laws, regulations and the cao by
/// their names, and the few terms explained once on the page (loonwaarde, beschut werk).
const NEDERLANDS_TOEGESTAAN: &[&str] = &[
    "Wet minimumloon en minimumvakantiebijslag",
    "Wet tegemoetkomingen loondomein",
    "Wet financiering sociale verzekeringen",
    "Regeling loonkostensubsidie Participatiewet",
    "Regeling indexatie WML",
    "Regeling premiepercentages",
    "Regeling LKS Pw",
    "Regeling SZW",
    "Besluit minimumjeugdloon",
    "Besluit SZW",
    "Normenbrief Rijksoverheid",
    "Kamerbrief",
    "Kamerstuk",
    "cao Aan de Slag",
    "Cao Aan de Slag",
    "Aan de Slag",
    "beschut werk",
    "sociaal ontwikkelbedrijf",
    "‘loopt al’",
];

/// Words that are Dutch and never English: one of them in an English text is Dutch left behind.
const NEDERLANDSE_WOORDEN: &[&str] = &[
    "de",
    "het",
    "een",
    "van",
    "en",
    "niet",
    "zijn",
    "wordt",
    "voor",
    "met",
    "bij",
    "naar",
    "ook",
    "als",
    "dat",
    "deze",
    "wat",
    "uw",
    "zelf",
    "ingevuld",
    "geen",
    "op",
    "aan",
    "tot",
    "vanaf",
    "jaar",
    "maand",
    "uur",
    "loon",
    "bedrag",
    "bedragen",
    "werkgever",
    "werknemer",
    "gemeente",
    "rekenhulp",
    "lezing",
    "schatting",
    "wettekst",
    "geconsolideerd",
    "onze",
    "nog",
    "wel",
    "alleen",
    "maar",
    "lid5",
    "zie",
];

/// The words of a text (letters only), lower case, after the allowed Dutch names are taken out.
fn woorden_zonder_namen(tekst: &str) -> Vec<String> {
    let mut t = tekst.to_string();
    for naam in NEDERLANDS_TOEGESTAAN {
        t = t.replace(naam, " ");
    }
    t.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

/// The numbers of a text written with a separator ("23,5", "1.000", "2.6"), trailing punctuation off.
fn getallen(tekst: &str) -> Vec<String> {
    let mut uit = Vec::new();
    let mut huidig = String::new();
    for c in tekst.chars().chain([' ']) {
        if c.is_ascii_digit() || (!huidig.is_empty() && matches!(c, '.' | ',')) {
            huidig.push(c);
        } else {
            let g = huidig.trim_end_matches(['.', ',']).to_string();
            if g.contains(['.', ',']) {
                uit.push(g);
            }
            huidig.clear();
        }
    }
    uit
}

#[test]
fn het_engels_heeft_geen_nederlands_en_schrijft_getallen_zoals_het_nederlands() {
    // Issue 31: Dutch left in the English page ("Zelf ingevuld", "Wettekst (geconsolideerd …)"), and
    // numbers in two notations ("24,17%" beside "23.5%"). The English keeps the Dutch notation of
    // amounts, percentages and dates (ADR 0010): every number it writes stands so in its Dutch too.
    let mut nederlands = Vec::new();
    let mut notatie = Vec::new();
    for (nl, en) in alle_paren() {
        for en in en {
            let woorden = woorden_zonder_namen(&en);
            let dutch: Vec<&String> = woorden.iter().filter(|w| NEDERLANDSE_WOORDEN.contains(&w.as_str())).collect();
            if !dutch.is_empty() && nl != en {
                nederlands.push(format!("{en}  ({dutch:?})"));
            }
            for g in getallen(&en) {
                if !nl.contains(&g) {
                    notatie.push(format!("{g} in: {en}"));
                }
            }
        }
    }
    assert!(nederlands.is_empty(), "Nederlands in het Engels:\n{}", nederlands.join("\n"));
    assert!(notatie.is_empty(), "een getal anders geschreven dan in het Nederlands:\n{}", notatie.join("\n"));
    // Every source is cited in the page's language (the names of laws stay Dutch).
    for b in rekenkern::bron::ALLE.iter().copied().chain([&rekenkern::bron::GEBRUIKER]) {
        assert!(engels(b.citaat()).is_some(), "bron {} zonder Engels citaat", b.id);
        assert!(engels(b.publicatie()).is_some(), "bron {} zonder Engelse publicatie", b.id);
    }
    for t in params::TEGENSPRAKEN {
        assert!(engels(t.uitleg).is_some(), "{}", t.uitleg);
    }
    // A name that is the same in both languages is no Dutch left behind (a law cited by its name).
    assert_eq!(getallen("23,5% van € 1.234,56 en art. 2.6."), vec!["23,5", "1.234,56", "2.6"]);
    assert_eq!(woorden_zonder_namen("the cao Aan de Slag and de"), vec!["the", "and", "de"]);
}
