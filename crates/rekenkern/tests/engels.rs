//! Every Dutch text the calculation can show has an English entry (English is the second language).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests may fail loudly

use rekenkern::engels::engels;
use rekenkern::params;

#[test]
fn elke_tekst_van_de_rekenkern_heeft_engels() {
    // All steps, messages and labels, read from the sources so that a new text cannot be forgotten.
    let map = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut ontbreekt = Vec::new();
    for bestand in [
        "teksten.rs",
        "controle.rs",
        "gegevens.rs",
        "params/wml.rs",
        "params/lks.rs",
        "params/premies.rs",
        "params/cao.rs",
        "params/pensioen.rs",
        "params/conventie.rs",
    ] {
        let tekst = std::fs::read_to_string(map.join(bestand)).unwrap();
        for regel in tekst.lines() {
            let r = regel.trim();
            let kandidaat = r.contains("pub const") && r.contains(": &str = \"")
                || r.starts_with("stap!(")
                || r.contains("label: \"")
                || r.contains("o.nul(");
            if !kandidaat {
                continue;
            }
            let delen: Vec<&str> = r.split('"').collect();
            // Quoted parts that are text, not ids (ids are lowercase with dots and underscores).
            let is_id =
                |t: &str| t.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '_');
            let teksten: Vec<&str> =
                delen.iter().skip(1).step_by(2).copied().filter(|t| !t.is_empty() && !is_id(t)).collect();
            for t in teksten {
                if engels(t).is_none() {
                    ontbreekt.push(format!("{bestand}: {t}"));
                }
            }
        }
    }
    assert!(ontbreekt.is_empty(), "geen Engels voor:\n{}", ontbreekt.join("\n"));
    for p in params::DECIMALEN {
        assert!(engels(p.label).is_some(), "{}", p.label);
    }
}
