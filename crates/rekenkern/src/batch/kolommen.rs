//! Column names as people write them: matched without regard to case, accents, spaces and
//! punctuation ("Loonwaarde (%)", "Uren per week", "Personeelsnummer"), with the usual Dutch names
//! of payroll exports. A column that still matches nothing is named once for the whole header; the
//! user says what it holds (a scenario key, or "niet gebruiken") before anything is calculated.

use crate::invoertabel::VELDEN;

/// The own reference: copied to the output, nowhere else.
pub const ID: &str = "id";
/// Date of birth: gives the age on the peildatum and the birthday month, on the device only.
pub const GEBOORTEDATUM: &str = "geboortedatum";

/// Other names for the two columns that are no scenario key, written as [`normaal`] makes them
/// (the other names of scenario keys are in their row of the input table, `ook`).
const NAMEN: &[(&str, &str)] = &[
    ("personeelsnummer", ID),
    ("personeelsnr", ID),
    ("medewerker", ID),
    ("medewerkernummer", ID),
    ("werknemer", ID),
    ("werknemersnummer", ID),
    ("werknemernummer", ID),
    ("kenmerk", ID),
    ("referentie", ID),
    ("eigenkenmerk", ID),
    ("geboren", GEBOORTEDATUM),
    ("gebdatum", GEBOORTEDATUM),
];

/// A name folded for matching: lower case, accents removed, only letters and digits.
pub fn normaal(kop: &str) -> String {
    kop.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'á' | 'à' | 'ä' | 'â' => 'a',
            'é' | 'è' | 'ë' | 'ê' => 'e',
            'í' | 'ì' | 'ï' | 'î' => 'i',
            'ó' | 'ò' | 'ö' | 'ô' => 'o',
            'ú' | 'ù' | 'ü' | 'û' => 'u',
            anders => anders,
        })
        .filter(char::is_ascii_alphanumeric)
        .collect()
}

/// Every key a column can hold: the own reference, the date of birth and the scenario keys.
pub fn alle_sleutels() -> impl Iterator<Item = &'static str> {
    [ID, GEBOORTEDATUM].into_iter().chain(VELDEN.iter().map(|v| v.naam))
}

/// The key a column name means, if it is known.
pub fn herken(kop: &str) -> Option<&'static str> {
    let n = normaal(kop);
    alle_sleutels()
        .find(|k| normaal(k) == n)
        .or_else(|| NAMEN.iter().find(|(naam, _)| *naam == n).map(|(_, k)| *k))
        .or_else(|| VELDEN.iter().find(|v| v.sleutel.ook().contains(&n.as_str())).map(|v| v.naam))
}

/// What one column of a file holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Betekenis {
    /// A key (recognised, or chosen by the user).
    Sleutel(&'static str),
    /// Not used (no name, or the user said so).
    NietGebruikt,
    /// Not recognised: the user must say what it holds.
    Onbekend,
}

/// One column: its name in the file and what it holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Kolom {
    /// The name as in the file.
    pub kop: String,
    /// What it holds.
    pub betekenis: Betekenis,
}

/// The user's choices for columns, by their name in the file: a key, or `None` for "niet gebruiken".
pub type Keuzes = [(String, Option<&'static str>)];

/// The columns of a header. A user's choice goes first; a second column for a key already taken
/// is [`Betekenis::Onbekend`] (which one counts is the user's call).
pub fn koppel(koppen: &[String], keuzes: &Keuzes) -> Vec<Kolom> {
    let mut uit: Vec<Kolom> = Vec::with_capacity(koppen.len());
    for kop in koppen {
        let gekozen = keuzes.iter().find(|(k, _)| k == kop).map(|(_, s)| *s);
        let betekenis = match gekozen {
            Some(Some(s)) => Betekenis::Sleutel(s),
            Some(None) => Betekenis::NietGebruikt,
            None if kop.trim().is_empty() => Betekenis::NietGebruikt,
            None => herken(kop).map_or(Betekenis::Onbekend, Betekenis::Sleutel),
        };
        let dubbel =
            matches!(betekenis, Betekenis::Sleutel(s) if uit.iter().any(|k| k.betekenis == Betekenis::Sleutel(s)));
        uit.push(Kolom { kop: kop.clone(), betekenis: if dubbel { Betekenis::Onbekend } else { betekenis } });
    }
    uit
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn namen_uit_een_salarisexport() {
        let kop = |k: &str| herken(k);
        assert_eq!(kop("Personeelsnummer"), Some(ID));
        assert_eq!(kop("Peildatum"), Some("datum"));
        assert_eq!(kop("Uren per week"), Some("uren"));
        assert_eq!(kop("Loonwaarde (%)"), Some("loonwaarde"));
        assert_eq!(kop("LOONWAARDE-PERCENTAGE"), Some("loonwaarde"));
        assert_eq!(kop("Volledige werkweek"), Some("voltijd"));
        assert_eq!(kop("Geboortedatum"), Some(GEBOORTEDATUM));
        assert_eq!(kop("p_awf"), Some("p_awf"));
        assert_eq!(kop("Max premieloon"), Some("max_premieloon"));
        assert_eq!(kop("Toekenningsdatum"), Some("toekenning"));
        assert_eq!(kop("Afdeling"), None);
        assert_eq!(kop("v"), None, "the format version is no column");
    }

    #[test]
    fn dubbel_en_gekozen() {
        let koppen: Vec<String> = ["Uren", "Contracturen", "LW", ""].map(String::from).to_vec();
        let k = koppel(&koppen, &[]);
        assert_eq!(k[0].betekenis, Betekenis::Sleutel("uren"));
        assert_eq!(k[1].betekenis, Betekenis::Onbekend, "a second column for uren");
        assert_eq!(k[2].betekenis, Betekenis::Onbekend);
        assert_eq!(k[3].betekenis, Betekenis::NietGebruikt, "no name: not used");
        let k = koppel(&koppen, &[("LW".into(), Some("loonwaarde")), ("Contracturen".into(), None)]);
        assert_eq!(k[1].betekenis, Betekenis::NietGebruikt);
        assert_eq!(k[2].betekenis, Betekenis::Sleutel("loonwaarde"));
    }
}
