//! The scenario string: the same text the app keeps in the URL fragment and the CLI takes.
//! Versioned (`v=1`), short stable keys (docs/scenario.md). Decoding is lenient: an unknown,
//! invalid or repeated key is reported and skipped, the rest applies; it never panics.
//! `decode(encode(x)) == x` for every valid scenario.

use crate::fout::Fout;
use crate::invoer::Invoer;
use crate::invoertabel::{Sleutel, VELDEN, VERSIE_SLEUTEL};

/// The current format version.
pub const VERSIE: &str = "1";
/// Longest scenario text read; the rest is ignored and reported.
pub const MAX_LENGTE: usize = 4096;
/// Most key=value pairs read.
pub const MAX_PAREN: usize = 64;
/// Longest key or value echoed back in a report.
const MAX_ECHO: usize = 40;

/// What went wrong with one key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Soort {
    /// The key is not part of the format.
    Onbekend,
    /// The value is not valid; the message says what is expected.
    Ongeldig(&'static str),
    /// The key appeared before; the first value counts.
    Dubbel,
    /// Unknown format version; read as version 1.
    Versie,
    /// The text was too long; the rest was ignored.
    TeLang,
}

/// A report about one key of a scenario string.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Melding {
    /// The key (shortened to 40 characters).
    pub sleutel: String,
    /// The value (shortened to 40 characters).
    pub waarde: String,
    /// What was wrong.
    pub soort: Soort,
}

impl Melding {
    /// Dutch text for a page or a file: the field by its question (issue 31).
    pub fn tekst(&self) -> String {
        self.tekst_in(crate::Taal::Nl)
    }

    /// Text for a page or a file, in a language: a known key is named by the question of its field
    /// ("Uren per week: ‘veel’ is niet geldig. …"), as the person who reads it knows it; a link or a
    /// file never showed them the key.
    pub fn tekst_in(&self, taal: crate::Taal) -> String {
        use crate::engels::{vertaal, vul};
        use crate::teksten::link as t;
        let (k, w) = (self.sleutel.as_str(), self.waarde.as_str());
        let vraag = Sleutel::uit_naam(k).map(|s| s.vraag().label).filter(|l| !l.is_empty());
        match (&self.soort, vraag) {
            (Soort::Ongeldig(b), Some(vraag)) => {
                vul(t::ONGELDIG_VRAAG, taal, &[vertaal(vraag, taal), w, vertaal(b, taal)])
            }
            (Soort::Dubbel, Some(vraag)) => vul(t::DUBBEL, taal, &[vertaal(vraag, taal)]),
            _ => self.tekst_met_sleutel(taal),
        }
    }

    /// Text for the command line, where the user typed the keys: the key as written
    /// ("‘uren=veel’ is niet geldig: …").
    pub fn tekst_met_sleutel(&self, taal: crate::Taal) -> String {
        use crate::engels::{vertaal, vul};
        use crate::teksten::link as t;
        let (k, w) = (self.sleutel.as_str(), self.waarde.as_str());
        match &self.soort {
            Soort::Onbekend => vul(t::ONBEKEND, taal, &[k]),
            Soort::Ongeldig(b) => vul(t::ONGELDIG, taal, &[k, w, vertaal(b, taal)]),
            Soort::Dubbel => vul(t::DUBBEL, taal, &[k]),
            Soort::Versie => vul(t::VERSIE, taal, &[w, VERSIE]),
            Soort::TeLang => vertaal(t::TE_LANG, taal).to_string(),
        }
    }
}

fn kort(s: &str) -> String {
    s.chars().take(MAX_ECHO).collect()
}

/// Appends `t` escaped so it stays one value in a `key=value&...` string (`%`, `&`, `=`, `#`);
/// [`decode`] reverses it. The app (fields, the pinned scenario) and the CSV reader use it.
pub fn ontsnap_in(uit: &mut String, t: &str) {
    for c in t.chars() {
        match c {
            '%' => uit.push_str("%25"),
            '&' => uit.push_str("%26"),
            '=' => uit.push_str("%3D"),
            '#' => uit.push_str("%23"),
            c => uit.push(c),
        }
    }
}

/// [`ontsnap_in`] into a new string.
pub fn ontsnap(t: &str) -> String {
    let mut uit = String::with_capacity(t.len());
    ontsnap_in(&mut uit, t);
    uit
}

/// The scenario text of typed fields, `(key, text)` in order: empty fields left out, each text
/// trimmed and escaped ([`ontsnap_in`]). The app's state and its first module (`src/eerst.rs`)
/// both build the scenario of the form with it, so they read what was typed the same way.
pub fn uit_velden<N: AsRef<str>, T: AsRef<str>>(velden: impl IntoIterator<Item = (N, T)>) -> String {
    let mut uit = String::new();
    for (naam, t) in velden {
        let t = t.as_ref().trim();
        if t.is_empty() {
            continue;
        }
        if !uit.is_empty() {
            uit.push('&');
        }
        uit.push_str(naam.as_ref());
        uit.push('=');
        ontsnap_in(&mut uit, t);
    }
    uit
}

/// Percent-decoding (%XX); invalid escapes stay as they are, bytes become UTF-8 (lossy).
fn ontsleutel(s: &str) -> String {
    let b = s.as_bytes();
    let mut uit = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| (c as char).to_digit(16);
        if b[i] == b'%' && i + 2 < b.len() {
            if let (Some(h), Some(l)) = (hex(b[i + 1]), hex(b[i + 2])) {
                uit.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        uit.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&uit).into_owned()
}

/// Result of decoding.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Gelezen {
    /// The scenario.
    pub invoer: Invoer,
    /// Reports about keys that were skipped.
    pub meldingen: Vec<Melding>,
    /// Pairs whose key is in `extra` (e.g. the app's view keys), untouched.
    pub extra: Vec<(String, String)>,
}

/// Decodes a scenario string (a leading `#` or `?` is ignored).
pub fn decode(tekst: &str) -> Gelezen {
    decode_met(tekst, &[])
}

/// Decodes, passing keys listed in `extra` through instead of reporting them as unknown.
pub fn decode_met(tekst: &str, extra: &[&str]) -> Gelezen {
    let mut uit = Gelezen::default();
    let mut tekst = tekst.trim_start_matches(['#', '?']);
    if tekst.len() > MAX_LENGTE {
        let mut grens = MAX_LENGTE;
        while !tekst.is_char_boundary(grens) {
            grens -= 1;
        }
        tekst = &tekst[..grens];
        uit.meldingen.push(Melding { sleutel: String::new(), waarde: String::new(), soort: Soort::TeLang });
    }
    let mut gezien: Vec<String> = Vec::new();
    for (n, paar) in tekst.split('&').filter(|p| !p.is_empty()).enumerate() {
        if n >= MAX_PAREN {
            uit.meldingen.push(Melding { sleutel: String::new(), waarde: String::new(), soort: Soort::TeLang });
            break;
        }
        let (k, w) = paar.split_once('=').unwrap_or((paar, ""));
        let (k, w) = (ontsleutel(k), ontsleutel(w));
        let melding = |soort| Melding { sleutel: kort(&k), waarde: kort(&w), soort };
        if gezien.contains(&k) {
            uit.meldingen.push(melding(Soort::Dubbel));
            continue;
        }
        if extra.contains(&k.as_str()) {
            gezien.push(k.clone());
            uit.extra.push((k, w));
            continue;
        }
        if k == VERSIE_SLEUTEL {
            if w != VERSIE {
                uit.meldingen.push(melding(Soort::Versie));
            }
            gezien.push(k);
            continue;
        }
        match Sleutel::uit_naam(&k).map(|s| (s.veld().lees)(&mut uit.invoer, w.trim())) {
            Some(Ok(())) => gezien.push(k),
            None => uit.meldingen.push(melding(Soort::Onbekend)),
            Some(Err(b)) => {
                gezien.push(k.clone());
                uit.meldingen.push(melding(Soort::Ongeldig(b)));
            }
        }
    }
    uit
}

/// Encodes a scenario: `v=1` first, then only the keys that are set, in the order of the input
/// table.
pub fn encode(i: &Invoer) -> String {
    let mut uit = format!("{VERSIE_SLEUTEL}={VERSIE}");
    for v in VELDEN {
        if let Some(w) = (v.schrijf)(i) {
            uit.push('&');
            uit.push_str(v.naam);
            uit.push('=');
            uit.push_str(&w);
        }
    }
    uit
}

/// Checks a whole scenario built in code (the codec already checks what it decodes): every value
/// that is set is written and read again through its row, so the limits are those of the codec.
pub fn controleer(i: &Invoer) -> Vec<Fout> {
    controleer_velden(i, VELDEN.iter())
}

/// [`controleer`] for some keys only, in the order given: the year overview checks the scenario
/// once and then, per month, the keys it sets for that month.
pub fn controleer_sleutels(i: &Invoer, sleutels: &[crate::invoertabel::Sleutel]) -> Vec<Fout> {
    controleer_velden(i, sleutels.iter().map(|s| s.veld()))
}

fn controleer_velden<'a>(i: &Invoer, velden: impl Iterator<Item = &'a crate::invoertabel::Invoerveld>) -> Vec<Fout> {
    let mut proef = Invoer::default();
    velden
        .filter_map(|v| {
            let tekst = (v.schrijf)(i)?;
            (v.lees)(&mut proef, &tekst).err().map(|bericht| Fout::Invoer { veld: v.sleutel, bericht })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uit_velden_laat_lege_weg_en_ontsnapt() {
        let v = [("uren", " 32 "), ("leeftijd", "  "), ("naam", "a&b=c")];
        assert_eq!(uit_velden(v), "uren=32&naam=a%26b%3Dc");
        assert_eq!(decode(&uit_velden(v)).invoer, decode("uren=32&naam=a%26b%3Dc").invoer);
    }
    use crate::controle::bericht;
    use crate::datum::Datum;
    use crate::invoer::Lezing;
    use rust_decimal_macros::dec;

    #[test]
    fn ontsnappen_en_ontsleutelen_zijn_elkaars_omgekeerde() {
        let waarde = "a&b=c#d%26";
        let g = decode(&format!("v=1&uren={}", ontsnap(waarde)));
        assert_eq!(g.meldingen.len(), 1);
        assert_eq!(g.meldingen[0].waarde, waarde);
    }

    #[test]
    fn voorbeeld_uit_het_contract() {
        let g = decode("v=1&datum=2026-01-01&leeftijd=30&uren=36&loonwaarde=50&voltijd=37&forfait=A");
        assert_eq!(g.meldingen, vec![]);
        assert_eq!(g.invoer.datum, Datum::new(2026, 1, 1));
        assert_eq!(g.invoer.leeftijd, Some(30));
        assert_eq!(g.invoer.uren, Some(dec!(36)));
        assert_eq!(g.invoer.voltijd, Some(dec!(37)));
        assert_eq!(g.invoer.loonwaarde, Some(50));
        assert_eq!(g.invoer.forfait, Some(Lezing::A));
        assert_eq!(encode(&g.invoer), "v=1&datum=2026-01-01&leeftijd=30&uren=36&voltijd=37&loonwaarde=50&forfait=A");
    }

    #[test]
    fn mild_bij_fouten() {
        let g = decode("#v=2&uren=abc&loonwaarde=101&foo=bar&leeftijd=40&leeftijd=50&wgl=23,5&uren=30");
        assert_eq!(g.invoer.leeftijd, Some(40));
        assert_eq!(g.invoer.uren, None);
        assert_eq!(g.invoer.overrides.wgl, Some(dec!(0.235)));
        let soorten: Vec<_> = g.meldingen.iter().map(|m| (m.sleutel.as_str(), m.soort.clone())).collect();
        assert_eq!(
            soorten,
            vec![
                ("v", Soort::Versie),
                ("uren", Soort::Ongeldig(bericht::GETAL)),
                ("loonwaarde", Soort::Ongeldig(bericht::LOONWAARDE)),
                ("foo", Soort::Onbekend),
                ("leeftijd", Soort::Dubbel),
                ("uren", Soort::Dubbel),
            ]
        );
    }

    #[test]
    fn decimale_sleutels_lezen_een_komma() {
        for k in VELDEN.iter().filter(|v| v.vorm.is_decimaal()).map(|v| v.naam) {
            let g = decode(&format!("{k}=1,5"));
            assert!(g.meldingen.is_empty(), "{k}: {:?}", g.meldingen);
            assert!(encode(&g.invoer).contains(&format!("{k}=1.5")), "{k}");
        }
    }

    #[test]
    fn procent_codering() {
        assert_eq!(decode("p_awf=7%2C74").invoer.overrides.awf, Some(dec!(0.0774)));
        assert_eq!(decode("uren=37%2c5").invoer.uren, Some(dec!(37.5)));
        assert_eq!(decode("uren=%").meldingen.len(), 1);
        assert_eq!(decode("uren=%e2%82").meldingen.len(), 1);
    }
}
