//! The scenario string: the same text the app keeps in the URL fragment and the CLI takes.
//! Versioned (`v=1`), short stable keys (docs/scenario.md). Decoding is lenient: an unknown,
//! invalid or repeated key is reported and skipped, the rest applies; it never panics.
//! `decode(encode(x)) == x` for every valid scenario.

use crate::controle::{self, bericht};
use crate::datum::Datum;
use crate::getal::{lees_getal, machine, GetalFout};
use crate::invoer::{grenzen, Contract, Invoer, Lezing, Lid7, LoonKeuze, Omvang, Subsidie, Werkgever, WglMaximum};
use rust_decimal::Decimal;

/// The current format version.
pub const VERSIE: &str = "1";
/// Longest scenario text read; the rest is ignored and reported.
pub const MAX_LENGTE: usize = 4096;
/// Most key=value pairs read.
pub const MAX_PAREN: usize = 64;
/// Longest key or value echoed back in a report.
const MAX_ECHO: usize = 40;

/// Every key of version 1, in encoding order.
pub const SLEUTELS: &[&str] = &[
    "v",
    "datum",
    "leeftijd",
    "uren",
    "voltijd",
    "loonwaarde",
    "forfait",
    "loon",
    "uurloon",
    "schaal",
    "contract",
    "werkgever",
    "overheid",
    "omvang",
    "beschut",
    "subsidie",
    "toekenning",
    "lid7",
    "wgl_max",
    "voorlopig",
    "wml",
    "rml",
    "wgl",
    "p_awf",
    "p_aof",
    "p_ufo",
    "p_wko",
    "p_whk",
    "p_zvw",
    "pensioen",
    "eju",
    "eenmalig",
    "max_premieloon",
    "jaar",
    "start",
    "lid5",
    "hermeting",
    "loonwaarde2",
    "vb_maand",
    "eenmalig_maand",
    "verjaardag",
];

/// Keys of the year overview only (`jaar::jaaroverzicht`; `bereken` ignores them).
pub const JAARSLEUTELS: &[&str] =
    &["jaar", "start", "lid5", "hermeting", "loonwaarde2", "vb_maand", "eenmalig_maand", "verjaardag"];

/// Keys whose value is a decimal number (written with `.` here; a form may show a Dutch comma).
pub const GETALSLEUTELS: &[&str] = &[
    "uren",
    "voltijd",
    "uurloon",
    "wml",
    "rml",
    "wgl",
    "p_awf",
    "p_aof",
    "p_ufo",
    "p_wko",
    "p_whk",
    "p_zvw",
    "pensioen",
    "eju",
    "eenmalig",
    "max_premieloon",
];

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
    /// Dutch text for the notice.
    pub fn tekst(&self) -> String {
        self.tekst_in(crate::Taal::Nl)
    }

    /// Text for the notice in a language.
    pub fn tekst_in(&self, taal: crate::Taal) -> String {
        if taal == crate::Taal::En {
            return match &self.soort {
                Soort::Onbekend => format!("We do not know ‘{}’; we skipped it.", self.sleutel),
                Soort::Ongeldig(b) => {
                    format!("‘{}={}’ is not valid: {}", self.sleutel, self.waarde, crate::engels::vertaal(b, taal))
                }
                Soort::Dubbel => format!("‘{}’ appears more than once; we use the first value.", self.sleutel),
                Soort::Versie => {
                    format!("We do not know version ‘{}’; we read the link as version {VERSIE}.", self.waarde)
                }
                Soort::TeLang => "The link is too long; we skipped the last part.".to_string(),
            };
        }
        match &self.soort {
            Soort::Onbekend => format!("‘{}’ kennen we niet; we hebben het overgeslagen.", self.sleutel),
            Soort::Ongeldig(b) => format!("‘{}={}’ is niet geldig: {b}", self.sleutel, self.waarde),
            Soort::Dubbel => {
                format!("‘{}’ staat er meer dan één keer in; we gebruiken de eerste waarde.", self.sleutel)
            }
            Soort::Versie => format!("Versie ‘{}’ kennen we niet; we lezen de link als versie {VERSIE}.", self.waarde),
            Soort::TeLang => "De link is te lang; het laatste deel hebben we overgeslagen.".to_string(),
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

fn getal(w: &str, decimalen: u32) -> Result<Decimal, &'static str> {
    lees_getal(w, decimalen).map_err(|f| match f {
        GetalFout::TeVeelDecimalen => bericht::DECIMALEN,
        GetalFout::Leeg | GetalFout::GeenGetal => bericht::GETAL,
    })
}

fn geheel(w: &str) -> Result<u8, &'static str> {
    if w.is_empty() || w.len() > 3 || !w.bytes().all(|c| c.is_ascii_digit()) {
        return Err(bericht::GETAL);
    }
    w.parse().map_err(|_| bericht::GETAL)
}

fn procent(w: &str) -> Result<Decimal, &'static str> {
    controle::fractie(getal(w, grenzen::DECIMALEN_PROCENT)? / Decimal::ONE_HUNDRED)
}

fn keuze<T: Copy>(w: &str, opties: &[(&str, T)]) -> Result<T, &'static str> {
    opties.iter().find(|(n, _)| n.eq_ignore_ascii_case(w)).map(|(_, t)| *t).ok_or(bericht::KEUZE)
}

const LEZINGEN: &[(&str, Lezing)] = &[("A", Lezing::A), ("B", Lezing::B), ("C", Lezing::C)];
const LONEN: &[(&str, LoonKeuze)] = &[("wml", LoonKeuze::Wml), ("eigen", LoonKeuze::Eigen), ("cao", LoonKeuze::Cao)];
const CONTRACTEN: &[(&str, Contract)] =
    &[("vast", Contract::Vast), ("tijdelijk", Contract::Tijdelijk), ("oproep", Contract::Oproep)];
const WERKGEVERS: &[(&str, Werkgever)] = &[("sob", Werkgever::Sob), ("regulier", Werkgever::Regulier)];
const OMVANGEN: &[(&str, Omvang)] = &[("klein", Omvang::Klein), ("groot", Omvang::Groot)];
const JA_NEE: &[(&str, bool)] = &[("ja", true), ("nee", false)];
const SUBSIDIES: &[(&str, Subsidie)] = &[("nieuw", Subsidie::Nieuw), ("lopend", Subsidie::Lopend)];
const LID7: &[(&str, Lid7)] = &[("herijken", Lid7::Herijken), ("indexeren", Lid7::Indexeren)];
const WGL_MAX: &[(&str, WglMaximum)] = &[("buiten", WglMaximum::Buiten), ("binnen", WglMaximum::Binnen)];

/// Sets one key. `Ok(false)`: the key is not part of the format.
fn zet(i: &mut Invoer, k: &str, w: &str) -> Result<bool, &'static str> {
    let o = &mut i.overrides;
    match k {
        "datum" => i.datum = Some(Datum::parse(w).ok_or(bericht::DATUM)?),
        "toekenning" => i.toekenning = Some(Datum::parse(w).ok_or(bericht::DATUM)?),
        "subsidie" => i.subsidie = Some(keuze(w, SUBSIDIES)?),
        "lid7" => i.lid7 = Some(keuze(w, LID7)?),
        "wgl_max" => i.wgl_max = Some(keuze(w, WGL_MAX)?),
        "voorlopig" => i.voorlopig = Some(keuze(w, JA_NEE)?),
        "rml" => o.rml = Some(controle::maandloon(getal(w, grenzen::DECIMALEN_GELD)?)?),
        "leeftijd" => i.leeftijd = Some(controle::leeftijd(geheel(w).map_err(|_| bericht::LEEFTIJD)?)?),
        "uren" => i.uren = Some(controle::uren(getal(w, grenzen::DECIMALEN_GELD)?)?),
        "voltijd" => i.voltijd = Some(controle::voltijd(getal(w, grenzen::DECIMALEN_GELD)?)?),
        "loonwaarde" => i.loonwaarde = Some(controle::loonwaarde(geheel(w).map_err(|_| bericht::LOONWAARDE)?)?),
        "forfait" => i.forfait = Some(keuze(w, LEZINGEN)?),
        "loon" => i.loon = Some(keuze(w, LONEN)?),
        "uurloon" => i.uurloon = Some(controle::uurloon(getal(w, grenzen::DECIMALEN_GELD)?)?),
        "schaal" => i.schaal = Some(controle::schaal(geheel(w).map_err(|_| bericht::SCHAAL)?)?),
        "contract" => i.contract = Some(keuze(w, CONTRACTEN)?),
        "werkgever" => i.werkgever = Some(keuze(w, WERKGEVERS)?),
        "overheid" => i.overheid = Some(keuze(w, JA_NEE)?),
        "omvang" => i.omvang = Some(keuze(w, OMVANGEN)?),
        "beschut" => i.beschut = Some(keuze(w, JA_NEE)?),
        "wml" => o.wml = Some(controle::uurloon(getal(w, grenzen::DECIMALEN_GELD)?)?),
        "wgl" => o.wgl = Some(procent(w)?),
        "p_awf" => o.awf = Some(procent(w)?),
        "p_aof" => o.aof = Some(procent(w)?),
        "p_ufo" => o.ufo = Some(procent(w)?),
        "p_wko" => o.wko = Some(procent(w)?),
        "p_whk" => o.whk = Some(procent(w)?),
        "p_zvw" => o.zvw = Some(procent(w)?),
        "pensioen" => o.pensioen = Some(procent(w)?),
        "eju" => o.eju = Some(controle::bedrag_jaar(getal(w, grenzen::DECIMALEN_GELD)?)?),
        "eenmalig" => o.eenmalig = Some(controle::bedrag_jaar(getal(w, grenzen::DECIMALEN_GELD)?)?),
        "max_premieloon" => o.max_premieloon = Some(controle::bedrag_jaar(getal(w, grenzen::DECIMALEN_GELD)?)?),
        "jaar" => i.jaar.jaar = Some(controle::jaar(w.parse().map_err(|_| bericht::JAAR)?)?),
        "start" => i.jaar.start = Some(Datum::parse(w).ok_or(bericht::DATUM)?),
        "lid5" => i.jaar.lid5 = Some(keuze(w, JA_NEE)?),
        "hermeting" => i.jaar.hermeting = Some(Datum::parse_maand(w).ok_or(bericht::MAAND_JAAR)?),
        "loonwaarde2" => i.jaar.loonwaarde2 = Some(controle::loonwaarde(geheel(w).map_err(|_| bericht::LOONWAARDE)?)?),
        "vb_maand" => i.jaar.vb_maand = Some(controle::maand(geheel(w).map_err(|_| bericht::MAAND)?)?),
        "eenmalig_maand" => i.jaar.eenmalig_maand = Some(controle::maand(geheel(w).map_err(|_| bericht::MAAND)?)?),
        "verjaardag" => i.jaar.verjaardag = Some(controle::maand(geheel(w).map_err(|_| bericht::MAAND)?)?),
        _ => return Ok(false),
    }
    Ok(true)
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
        if k == "v" {
            if w != VERSIE {
                uit.meldingen.push(melding(Soort::Versie));
            }
            gezien.push(k);
            continue;
        }
        match zet(&mut uit.invoer, &k, w.trim()) {
            Ok(true) => gezien.push(k),
            Ok(false) => uit.meldingen.push(melding(Soort::Onbekend)),
            Err(b) => {
                gezien.push(k.clone());
                uit.meldingen.push(melding(Soort::Ongeldig(b)));
            }
        }
    }
    uit
}

fn slug<T: PartialEq>(t: T, opties: &[(&'static str, T)]) -> &'static str {
    opties.iter().find(|(_, x)| *x == t).map(|(n, _)| *n).unwrap_or_default()
}

fn pct(f: Decimal) -> String {
    machine(f * Decimal::ONE_HUNDRED)
}

/// Encodes a scenario: `v=1` first, then only the keys that are set, in [`SLEUTELS`] order.
pub fn encode(i: &Invoer) -> String {
    let o = &i.overrides;
    let j = &i.jaar;
    let velden: [(&str, Option<String>); 41] = [
        ("v", Some(VERSIE.to_string())),
        ("datum", i.datum.map(|d| d.to_string())),
        ("leeftijd", i.leeftijd.map(|v| v.to_string())),
        ("uren", i.uren.map(machine)),
        ("voltijd", i.voltijd.map(machine)),
        ("loonwaarde", i.loonwaarde.map(|v| v.to_string())),
        ("forfait", i.forfait.map(|v| slug(v, LEZINGEN).to_string())),
        ("loon", i.loon.map(|v| slug(v, LONEN).to_string())),
        ("uurloon", i.uurloon.map(machine)),
        ("schaal", i.schaal.map(|v| v.to_string())),
        ("contract", i.contract.map(|v| slug(v, CONTRACTEN).to_string())),
        ("werkgever", i.werkgever.map(|v| slug(v, WERKGEVERS).to_string())),
        ("overheid", i.overheid.map(|v| slug(v, JA_NEE).to_string())),
        ("omvang", i.omvang.map(|v| slug(v, OMVANGEN).to_string())),
        ("beschut", i.beschut.map(|v| slug(v, JA_NEE).to_string())),
        ("subsidie", i.subsidie.map(|v| slug(v, SUBSIDIES).to_string())),
        ("toekenning", i.toekenning.map(|d| d.to_string())),
        ("lid7", i.lid7.map(|v| slug(v, LID7).to_string())),
        ("wgl_max", i.wgl_max.map(|v| slug(v, WGL_MAX).to_string())),
        ("voorlopig", i.voorlopig.map(|v| slug(v, JA_NEE).to_string())),
        ("wml", o.wml.map(machine)),
        ("rml", o.rml.map(machine)),
        ("wgl", o.wgl.map(pct)),
        ("p_awf", o.awf.map(pct)),
        ("p_aof", o.aof.map(pct)),
        ("p_ufo", o.ufo.map(pct)),
        ("p_wko", o.wko.map(pct)),
        ("p_whk", o.whk.map(pct)),
        ("p_zvw", o.zvw.map(pct)),
        ("pensioen", o.pensioen.map(pct)),
        ("eju", o.eju.map(machine)),
        ("eenmalig", o.eenmalig.map(machine)),
        ("max_premieloon", o.max_premieloon.map(machine)),
        ("jaar", j.jaar.map(|v| v.to_string())),
        ("start", j.start.map(|d| d.to_string())),
        ("lid5", j.lid5.map(|v| slug(v, JA_NEE).to_string())),
        ("hermeting", j.hermeting.map(Datum::maand_tekst)),
        ("loonwaarde2", j.loonwaarde2.map(|v| v.to_string())),
        ("vb_maand", j.vb_maand.map(|v| v.to_string())),
        ("eenmalig_maand", j.eenmalig_maand.map(|v| v.to_string())),
        ("verjaardag", j.verjaardag.map(|v| v.to_string())),
    ];
    velden.iter().filter_map(|(k, w)| w.as_ref().map(|w| format!("{k}={w}"))).collect::<Vec<_>>().join("&")
}

#[cfg(test)]
mod tests {
    use super::*;
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
    fn jaarsleutels_horen_bij_het_formaat() {
        for k in JAARSLEUTELS {
            assert!(SLEUTELS.contains(k), "{k}");
        }
    }

    #[test]
    fn getalsleutels_lezen_een_komma() {
        for k in GETALSLEUTELS {
            assert!(SLEUTELS.contains(k), "{k}");
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
