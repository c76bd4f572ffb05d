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

/// A row without a loonwaarde, left out (the user can choose otherwise; docs/adr/0026).
pub const ZONDER_LOONWAARDE: &str = "De loonwaarde is leeg. Deze regel telt niet mee. Is er nog niet gemeten? Kies dan ‘nog niet gemeten’ als betekenis van een lege loonwaarde; dan rekenen we de eerste zes maanden met 50% zonder meting.";

/// What a row without a loonwaarde was calculated as, for its status in the download.
pub fn niet_gemeten(daarna: u8) -> String {
    format!("loonwaarde leeg: nog niet gemeten, de eerste 6 maanden 50% zonder meting (lid 5), daarna {daarna}%")
}

/// "1 regel", "2 regels".
fn regels(n: usize) -> String {
    if n == 1 {
        "1 regel".into()
    } else {
        format!("{n} regels")
    }
}

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
/// Fewer fields than the header: a cell moved or missing, often another separator in this line.
/// `scheiding`: the header's separator; `ander`: the line holds the other one.
pub fn te_weinig_kolommen(rij: usize, kop: usize, scheiding: char, ander: Option<char>) -> String {
    let naam = |c: char| if c == ';' { "puntkomma’s (;)" } else { "komma’s (,)" };
    let velden = if rij == 1 { "1 veld".to_string() } else { format!("{rij} velden") };
    let mut s = format!("Deze regel heeft {velden}, de kopregel {kop} kolommen. Er is niets berekend: een waarde zou onder de verkeerde kolom vallen.");
    if let Some(a) = ander {
        s.push_str(&format!(" De kopregel gebruikt {}, deze regel {}.", naam(scheiding), naam(a)));
    }
    s
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
    samenvatting_van(t, per, false)
}

/// [`samenvatting`] for lines pasted on the page (`geplakt`): where to correct them.
pub fn samenvatting_van(t: &Totalen, per: &str, geplakt: bool) -> String {
    let fouten = match t.mislukt {
        0 => String::new(),
        1 => ", 1 regel met fouten".into(),
        n => format!(", {n} regels met fouten"),
    };
    let weg = match t.weggelaten {
        0 => String::new(),
        n => format!(", {} zonder loonwaarde niet meegeteld", regels(n)),
    };
    let mut s = format!("{} berekend{fouten}{weg}.", medewerkers(t.gelukt));
    let niet_gemeten = t.zonder_loonwaarde - t.weggelaten;
    if niet_gemeten > 0 {
        s.push_str(&format!(
            " Bij {} is de loonwaarde leeg; gerekend als nog niet gemeten (de eerste zes maanden 50% zonder meting).",
            medewerkers(niet_gemeten)
        ));
    }
    if t.gelukt == 0 {
        s.push_str(if geplakt {
            " Verbeter de regels met fouten in het tekstvak en druk opnieuw op ‘Bereken de geplakte regels’."
        } else {
            " Verbeter de regels met fouten en kies het bestand opnieuw."
        });
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

/// Provisional rows (ADR 0013, 0024): how many, and what it means.
pub fn voorlopig(aantal: usize) -> String {
    format!(
        "Voorlopig: voor {} zijn nog niet alle bedragen van de peildatum gepubliceerd. We rekenen daar met de laatst bekende waarden en met aangekondigde waarden (besluiten van het kabinet met een datum, zoals het nieuwe minimumjeugdloon per 1 januari 2027); die bedragen en de totalen zijn voorlopig (in de download: status ‘ok (voorlopig)’). Weet u de nieuwe waarden? Zet ze in een kolom (bijvoorbeeld wml, rml); met een kolom voorlopig met ‘nee’ vraagt de rekenhulp ze per regel, met een kolom aangekondigd met ‘nee’ telt hij alleen gepubliceerde en laatst bekende waarden.",
        medewerkers(aantal)
    )
}

/// A file that is neither text nor a spreadsheet the rekenhulp reads.
pub const GEEN_REKENBLAD: &str = "Dit bestand is geen CSV-bestand en geen rekenblad dat de rekenhulp kan lezen. Kies een .csv-, .xlsx- of .ods-bestand.";
/// An encrypted (password) workbook.
pub const WACHTWOORD: &str = "Dit rekenblad is beveiligd met een wachtwoord. Open het in uw rekenprogramma, sla het op zonder wachtwoord en kies het opnieuw.";
/// Excel's binary workbook.
pub const XLSB: &str = "Dit is een binaire Excel-werkmap (.xlsb). Die kan de rekenhulp niet lezen. Sla het bestand in Excel op als .xlsx of .csv en kies het opnieuw.";
/// Excel 97-2003.
pub const XLS: &str = "Dit is een oud Excel-bestand (Excel 97-2003, .xls). Dat leest de rekenhulp niet veilig. Sla het in uw rekenprogramma op als .xlsx (Excel-werkmap) of .csv en kies het opnieuw.";
/// The workbook has no sheet with cells.
pub const LEEG_REKENBLAD: &str = "Het rekenblad is leeg: er staat in geen enkel werkblad iets.";
/// Spreadsheet support is not in this build (the CLI without the feature).
pub const GEEN_WERKMAP: &str = "Deze versie van de rekenhulp leest geen rekenbladen. Sla het bestand op als .csv.";
/// The file unpacks to more than the limit (a zip bomb, or a workbook far too large).
pub fn te_groot_uitgepakt(mb: u64) -> String {
    format!("Het rekenblad is uitgepakt groter dan {mb} MB. Dat is te groot om veilig te lezen. Zet de medewerkers in een kleiner bestand.")
}
/// Too many filled cells.
pub fn te_veel_cellen(max: usize) -> String {
    format!("Het werkblad heeft meer dan {max} gevulde cellen. Zet de medewerkers in een kleiner bestand.")
}
/// A damaged or unreadable workbook.
pub fn rekenblad_kapot(soort: &str, e: impl std::fmt::Display) -> String {
    format!("Dit {soort} is beschadigd of niet te lezen ({e}). Open het in uw rekenprogramma, sla het opnieuw op en kies het nog eens.")
}
/// The sheet asked for does not exist.
pub fn geen_blad(gevraagd: &str, bladen: &[String]) -> String {
    format!("Het werkblad ‘{gevraagd}’ is er niet. De werkbladen zijn: {}.", bladen.join(", "))
}
/// The header row asked for is not in the sheet.
pub fn geen_kopregel(rij: u64) -> String {
    format!("Rij {rij} is leeg of bestaat niet. Kies een rij met kolomnamen.")
}
/// A cell holds a formula error.
pub fn cel_fout(kolom: &str, waarde: &str) -> String {
    format!("In kolom ‘{kolom}’ staat de fout {waarde} van een formule.")
}
/// Rows recognised as totals and skipped.
pub fn totaalregels(rijen: &[(u64, String)]) -> Option<String> {
    match rijen {
        [] => None,
        [(r, w)] => Some(format!("Rij {r} ({w}) is een totaalregel. Die telt niet mee als medewerker.")),
        _ => Some(format!(
            "De rijen {} zijn totaalregels. Die tellen niet mee als medewerker.",
            rijen.iter().map(|(r, _)| r.to_string()).collect::<Vec<_>>().join(", ")
        )),
    }
}
