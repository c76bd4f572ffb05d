//! Texts of the page for many employees at once (`meerdere.html`, its own small wasm).
//! Dutch only: its users are Dutch sociaal ontwikkelbedrijven and gemeenten working with Dutch
//! payroll files (ADR 0016). The single-employee page is the one offered in English.

use rekenkern::batch::Totalen;
use rekenkern::getal::{euro, nl, procent};
use rust_decimal::Decimal;

/// Page title and heading.
pub const TITEL: &str = "Rekenhulp beschut werk: meerdere medewerkers tegelijk";
/// Intro.
pub const INTRO: &str = "Voor sociaal ontwikkelbedrijven en gemeenten: reken voor een hele groep uit wat de medewerkers kosten met meting en met het forfait. Het bestand blijft op uw apparaat. Er gaat niets naar een server, er wordt niets bewaard en niets komt in de link.";
/// Link back to the single-employee page.
pub const TERUG: &str = "Naar de rekenhulp voor één medewerker";
/// File field.
pub const BESTAND: (&str, &str) = (
    "Kies een CSV-bestand",
    "Eén medewerker per regel. De eerste regel noemt de kolommen. Een komma of een puntkomma scheidt de kolommen.",
);
/// Paste field.
pub const PLAKKEN: (&str, &str) =
    ("Of plak de regels hier", "Ook met de kopregel, bijvoorbeeld: id,datum,leeftijd,uren,loonwaarde");
/// Calculate the pasted text.
pub const BEREKEN: &str = "Bereken de geplakte regels";
/// Load the example.
pub const VOORBEELD: &str = "Probeer het voorbeeldbestand";
/// Download the example.
pub const VOORBEELD_DOWNLOAD: &str = "Voorbeeldbestand downloaden";
/// Columns help (summary).
pub const KOLOMMEN: &str = "Welke kolommen kan het bestand hebben?";
/// Columns help (text).
pub const KOLOMMEN_UITLEG: &str = "De kolommen heten zoals de onderdelen van een gedeelde link. De belangrijkste: datum (de peildatum, bijvoorbeeld 2026-07-01), leeftijd, uren (per week), loonwaarde (in procent), voltijd (uren van een volle werkweek), loon (wml of cao), forfait (A, B of C), subsidie (nieuw of lopend) en toekenning (datum van de beschikking). Een lege cel of een kolom die ontbreekt krijgt de standaardwaarde, net als in de rekenhulp voor één medewerker.";
/// Columns help: the own reference.
pub const KOLOM_ID: &str = "De kolom id is voor uw eigen kenmerk, bijvoorbeeld een personeelsnummer. Die komt in de tabel op het scherm en in de download, maar nooit in de afdruk of in een link. Gebruik geen namen.";
/// Too big.
pub const TE_GROOT: &str = "Dit bestand is groter dan 20 MB. Splits het in delen.";
/// Not text.
pub const NIET_TE_LEZEN: &str = "Dit bestand is niet te lezen. Kies een CSV-bestand (tekst, UTF-8).";
/// No rows.
pub const LEEG: &str = "Er staan geen medewerkers in het bestand: alleen een kopregel, of niets.";
/// Result heading.
pub const UITKOMST: &str = "Uitkomst voor de groep";
/// Period choice.
pub const PERIODE: (&str, &[(&str, &str)]) = ("Bedragen", &[("maand", "per maand"), ("jaar", "per jaar")]);
/// Total difference.
pub const VERSCHIL: &str = "Verschil: forfait min meting";
/// Distribution heading.
pub const VERDELING: &str = "Loonwaarde van de medewerkers";
/// Distribution chart title.
pub const VERDELING_GRAFIEK: &str = "Aantal medewerkers per loonwaarde, met het omslagpunt";
/// Distribution table caption.
pub const VERDELING_TABEL: &str = "Aantal medewerkers per loonwaarde";
/// Column.
pub const AANTAL: &str = "Medewerkers";
/// Column.
pub const FORFAIT_GOEDKOPER: &str = "Forfait goedkoper";
/// Column.
pub const METING_GOEDKOPER: &str = "Meting goedkoper of gelijk";
/// Rows heading.
pub const PER_MEDEWERKER: &str = "Per medewerker";
/// Column.
pub const REGEL: &str = "Regel";
/// Column.
pub const KENMERK: &str = "Eigen kenmerk";
/// Column.
pub const UREN: &str = "Uren per week";
/// Column.
pub const VERSCHIL_KOLOM: &str = "Verschil";
/// Rows with errors heading.
pub const FOUTEN: &str = "Regels met fouten";
/// Errors intro.
pub const FOUTEN_UITLEG: &str =
    "Deze regels tellen niet mee in de totalen. Verbeter ze in het bestand en kies het opnieuw.";
/// Previous page.
pub const VORIGE: &str = "Vorige 100";
/// Next page.
pub const VOLGENDE: &str = "Volgende 100";
/// Download.
pub const DOWNLOAD: &str = "Uitkomst downloaden (CSV)";
/// Print.
pub const AFDRUKKEN: &str = "Afdrukken";
/// Provisional rows (ADR 0013): how many, and what it means.
pub fn voorlopig(aantal: usize) -> String {
    format!(
        "Voorlopig: voor {} zijn nog niet alle bedragen van de peildatum bekend in de rekenhulp. We rekenen daar met de laatst bekende; die bedragen en de totalen zijn voorlopig (in de download: status ‘ok (voorlopig)’). Weet u de nieuwe waarden? Zet ze in een kolom (bijvoorbeeld wml, rml); met een kolom voorlopig met ‘nee’ vraagt de rekenhulp ze per regel.",
        medewerkers(aantal)
    )
}
/// Footer.
pub const VOET: &str = "Een hulpmiddel, geen beschikking. De gemeente beslist over de loonkostensubsidie. Het forfait van 68% is een voornemen van het kabinet en nog geen wet.";

/// Print header: the title is hidden in print (the single-employee print has its own header).
pub fn afdrukkop(datum: &str, versie: &str) -> String {
    format!("{TITEL}. Afgedrukt op {datum}. Versie van de rekenregels: {versie}.")
}

/// Progress while calculating.
pub fn voortgang(klaar: usize, totaal: usize) -> String {
    format!("Bezig met rekenen: {klaar} van {totaal} regels.")
}

/// "1 medewerker" / "3 medewerkers".
fn medewerkers(n: usize) -> String {
    if n == 1 {
        "1 medewerker".into()
    } else {
        format!("{n} medewerkers")
    }
}

/// The group in two B1 sentences: how many, and who costs less or more with the forfait.
pub fn samenvatting(t: &Totalen, per: &str) -> String {
    let mut s = format!("{} berekend", medewerkers(t.gelukt));
    if t.mislukt > 0 {
        s.push_str(&format!(
            ", {} met fouten",
            if t.mislukt == 1 { "1 regel".into() } else { format!("{} regels", t.mislukt) }
        ));
    }
    s.push_str(". Met het forfait betaalt u ");
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
        if delen.is_empty() {
            s.push_str(&laatste);
        } else {
            s.push_str(&format!("{} en {laatste}", delen.join(", ")));
        }
    }
    s.push('.');
    s
}

/// A row with errors.
pub fn fout_regel(regel: u64, tekst: &str) -> String {
    format!("Regel {regel}: {tekst}")
}

/// Which rows the table shows.
pub fn bladzijde(van: usize, tot: usize, totaal: usize) -> String {
    format!("Medewerker {van} tot en met {tot} van {totaal}")
}

/// A loonwaarde band of the distribution ("0 tot 10%", last "90 tot en met 100%").
pub fn band(van: u8) -> String {
    if van >= 90 {
        format!("{van} tot en met 100%")
    } else {
        format!("{van} tot {}%", van + 10)
    }
}

/// Where the break-even lies for the group (fractions); the line is drawn at the middle value.
pub fn omslagpunt(laagste: Decimal, hoogste: Decimal, midden: Decimal) -> String {
    if laagste == hoogste {
        format!("Het omslagpunt ligt voor iedereen bij een loonwaarde van {}. Daaronder geeft meting meer subsidie, daarboven het forfait.", procent(laagste, 1))
    } else {
        format!(
            "Het omslagpunt verschilt per medewerker: van {} tot {}. De lijn staat bij de middelste waarde, {}.",
            procent(laagste, 1),
            procent(hoogste, 1),
            procent(midden, 1)
        )
    }
}

/// Label of the break-even line in the chart.
pub fn omslag_label(midden: Decimal) -> String {
    format!("omslagpunt {}", procent(midden, 1))
}

/// A number of employees for a table cell.
pub fn aantal(n: usize) -> String {
    nl(Decimal::from(n), 0)
}
