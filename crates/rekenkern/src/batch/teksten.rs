//! Messages about files of many employees, Dutch (B1) only, as the page for many employees is
//! (ADR 0016); each right at 0, 1 and many. The page and the CLI say the same.

use super::Totalen;
use crate::getal::euro;

/// No usable header.
pub const GEEN_KOP: &str =
    "Het bestand heeft geen kopregel met kolomnamen (bijvoorbeeld id;peildatum;leeftijd;uren;loonwaarde).";
/// A date of birth that is not a date.
pub const GEBOORTEDATUM: &str = "De geboortedatum is geen datum. Schrijf hem als 1-1-1990, 01-01-1990 of 1990-01-01.";
/// The age from a date of birth is outside the limits.
pub const LEEFTIJD: &str = "Met deze geboortedatum is de werknemer op de peildatum jonger dan 15 of ouder dan 99 jaar.";

/// "1 medewerker", "2 medewerkers".
pub fn medewerkers(n: usize) -> String {
    if n == 1 {
        "1 medewerker".into()
    } else {
        format!("{n} medewerkers")
    }
}
/// The header cannot be read.
pub fn kop_onleesbaar(e: impl std::fmt::Display) -> String {
    format!("De kopregel is niet te lezen: {e}.")
}
/// A row cannot be read.
pub fn rij_onleesbaar(e: impl std::fmt::Display) -> String {
    format!("Deze rij is niet te lezen ({e}).")
}
/// Too many rows.
pub fn te_veel_rijen(max: usize) -> String {
    format!("Het bestand heeft meer dan {max} rijen. Splits het in delen.")
}
/// More filled cells than the header has columns.
pub fn te_veel_kolommen(rij: usize, kop: usize) -> String {
    format!("Deze rij heeft {rij} kolommen, de kopregel {kop}.")
}
/// One message for the header: the columns that are not recognised (`None`: all are).
pub fn onbekende_kolommen(namen: &[&str]) -> Option<String> {
    let lijst: Vec<String> = namen.iter().map(|n| format!("‘{n}’")).collect();
    match lijst.as_slice() {
        [] => None,
        [een] => Some(format!("De rekenhulp herkent de kolom {een} niet. Zeg wat erin staat, of dat hij niet meedoet.")),
        [rest @ .., laatste] => Some(format!(
            "De rekenhulp herkent de kolommen {} en {laatste} niet. Zeg per kolom wat erin staat, of dat hij niet meedoet.",
            rest.join(", ")
        )),
    }
}
/// A value the tables lack for a row, with the column that supplies it.
pub fn ontbreekt(label: &str, datum: &str, kolom: Option<&str>) -> String {
    format!("{label} op {datum} (kolom {})", kolom.unwrap_or("-"))
}
/// The values a row lacks.
pub fn niet_bekend(lijst: &str) -> String {
    format!("Niet bekend, vul zelf in: {lijst}.")
}
/// The calendar year of a row cannot be calculated.
pub fn jaar_lukt_niet(jaar: u16, waarom: &str) -> String {
    format!("Het kalenderjaar {jaar} lukt niet: {waarom}")
}

/// The group in B1 sentences: how many, and who costs less or more with the forfait. Right at
/// 0, 1 and many (no empty sentence when nothing could be calculated).
pub fn samenvatting(t: &Totalen, per: &str) -> String {
    let fouten = match t.mislukt {
        0 => String::new(),
        1 => ", 1 regel met fouten".into(),
        n => format!(", {n} regels met fouten"),
    };
    let mut s = format!("{} berekend{fouten}.", medewerkers(t.gelukt));
    if t.gelukt == 0 {
        s.push_str(" Verbeter de regels met fouten en kies het bestand opnieuw.");
        return s;
    }
    let mut delen = Vec::new();
    if t.forfait_goedkoper > 0 {
        delen.push(format!(
            "minder voor {} (samen {} {per} minder)",
            medewerkers(t.forfait_goedkoper),
            euro(-t.minder)
        ));
    }
    if t.forfait_duurder > 0 {
        delen.push(format!("meer voor {} (samen {} {per} meer)", medewerkers(t.forfait_duurder), euro(t.meer)));
    }
    if t.gelijk > 0 {
        delen.push(format!("hetzelfde voor {}", medewerkers(t.gelijk)));
    }
    if let Some(laatste) = delen.pop() {
        let lijst = if delen.is_empty() { laatste } else { format!("{} en {laatste}", delen.join(", ")) };
        s.push_str(&format!(" Met het forfait betaalt u {lijst}."));
    }
    s
}

/// Provisional rows (ADR 0013): how many, and what it means.
pub fn voorlopig(aantal: usize) -> String {
    format!(
        "Voorlopig: voor {} zijn nog niet alle bedragen van de peildatum bekend in de rekenhulp. We rekenen daar met de laatst bekende; die bedragen en de totalen zijn voorlopig (in de download: status ‘ok (voorlopig)’). Weet u de nieuwe waarden? Zet ze in een kolom (bijvoorbeeld wml, rml); met een kolom voorlopig met ‘nee’ vraagt de rekenhulp ze per regel.",
        medewerkers(aantal)
    )
}
