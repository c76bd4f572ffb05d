//! Texts of the page for many employees at once (`meerdere.html`, its own small wasm).
//! Dutch only: its users are Dutch sociaal ontwikkelbedrijven and gemeenten working with Dutch
//! payroll files (ADR 0016). The single-employee page is the one offered in English.

pub use rekenkern::batch::teksten::{medewerkers, samenvatting_van, voorlopig};
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
    "Kies een bestand: CSV, Excel (.xlsx) of LibreOffice (.ods)",
    "Eén medewerker per regel. Bovenaan een regel met de namen van de kolommen; een titel erboven mag. Een totaalregel onderaan telt niet mee. In een CSV-bestand scheidt een komma of een puntkomma de kolommen.",
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
pub const KOLOMMEN_UITLEG: &str = "De kolommen heten zoals de onderdelen van een gedeelde link, of zoals uw salarisadministratie ze noemt (Personeelsnummer, Peildatum, Uren per week, Loonwaarde (%), Geboortedatum): hoofdletters, spaties en leestekens tellen niet. De belangrijkste: datum (de peildatum, bijvoorbeeld 1-7-2026 of 2026-07-01), leeftijd, uren (per week), loonwaarde (in procent), voltijd (uren van een volle werkweek), loon (wml of cao), forfait (A, B of C), subsidie (nieuw of lopend) en toekenning (datum van de beschikking). Een lege cel of een kolom die ontbreekt krijgt de standaardwaarde, net als in de rekenhulp voor één medewerker; behalve de loonwaarde: bij een regel zonder loonwaarde kiest u wat dat betekent. Elke regel heeft evenveel velden als de kopregel.";
/// Columns help: the own reference.
pub const KOLOM_ID: &str = "De kolom id is voor uw eigen kenmerk, bijvoorbeeld een personeelsnummer. Die komt in de tabel op het scherm en in de download, maar nooit in de afdruk of in een link. Gebruik geen namen. Een kolom geboortedatum geeft de leeftijd op de peildatum; die wordt op uw apparaat berekend en komt niet in de download, de afdruk of een link.";
/// Too big.
pub const TE_GROOT: &str = "Dit bestand is groter dan 20 MB. Splits het in delen.";
/// Not text.
pub const NIET_TE_LEZEN: &str =
    "Dit bestand is niet te lezen. Kies een CSV-bestand, een Excel-werkmap (.xlsx) of een LibreOffice-werkblad (.ods).";
/// While the worker reads a spreadsheet.
pub const REKENBLAD_LEZEN: &str = "Het rekenblad wordt gelezen…";
/// The worker stopped (a damaged or far too large file).
pub const REKENBLAD_KAPOT: &str = "Dit rekenblad is niet te lezen. Misschien is het beschadigd of te groot. Open het in uw rekenprogramma, sla het opnieuw op als .xlsx of .csv en kies het nog eens.";
/// A worker could not load without a network (never used before on this device).
pub const WERKER_OFFLINE: &str = "U bent offline, en het onderdeel dat rekenbladen leest en maakt is nog niet op dit apparaat. Probeer het opnieuw met internet, of gebruik een CSV-bestand.";
/// The .xlsx could not be made.
pub const XLSX_MISLUKT: &str = "Het Excel-bestand kon niet worden gemaakt. Download de uitkomst als CSV.";
/// Download as .xlsx.
pub const DOWNLOAD_XLSX: &str = "Uitkomst downloaden (Excel)";
/// While the .xlsx is made.
pub const XLSX_MAKEN: &str = "Het Excel-bestand wordt gemaakt…";
/// Which spreadsheet, sheet and header row were read.
pub fn rekenblad_gelezen(soort: &str, blad: &str, nummer: usize, van: usize, kopregel: u64) -> String {
    format!("Gelezen als {soort}: werkblad ‘{blad}’ ({nummer} van {van}), kolomnamen in rij {kopregel}.")
}
/// The block about the spreadsheet read.
pub const REKENBLAD_REGIO: &str = "Het gekozen rekenblad";
/// Sheet choice.
pub const BLAD_KIES: &str = "Werkblad";
/// Header row choice.
pub const KOPREGEL_KIES: (&str, &str) = (
    "Rij met de namen van de kolommen",
    "De rekenhulp kiest de eerste rij met kolomnamen die hij kent. Kies zelf een andere rij als dat niet klopt.",
);
/// One header row candidate.
pub fn kopregel_optie(rij: u64, tekst: &str) -> String {
    format!("Rij {rij}: {tekst}")
}
/// No rows.
pub const LEEG: &str = "Er staan geen medewerkers in het bestand: alleen een kopregel, of niets.";
/// Result heading.
pub const UITKOMST: &str = "Uitkomst voor de groep";
/// Period choice.
pub const PERIODE: (&str, &[(&str, &str)]) =
    ("Bedragen", &[("maand", "per maand (de maand van de peildatum)"), ("jaar", "per kalenderjaar")]);
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
/// In the print, where the own reference is left out (docs/privacy.md), said so a reader does not look for it.
pub const AFDRUK_ZONDER_KENMERK: &str = "Uw eigen kenmerk (de kolom id) staat niet in de afdruk: papier gaat vaak verder dan uw eigen apparaat. De rijen staan hier met het regelnummer uit uw bestand; het kenmerk staat op het scherm en in de download.";
/// Column.
pub const UREN: &str = tekst!("Uren per week" => "Hours per week");
/// Column.
pub const VERSCHIL_KOLOM: &str = "Verschil";
/// Print: the first table of every row.
pub const AFDRUK_BESLIST: &str = "Per medewerker: wat u zelf betaalt, de subsidie en de loonkosten";
/// Print: the second table of every row.
pub const AFDRUK_OPBOUW: &str = "Per medewerker: waaruit de loonkosten bestaan";

/// The table's total line (all rows, also those on other pages).
pub fn totaal_alle(n: usize) -> String {
    format!("Totaal van alle {n} medewerkers")
}
/// Rows with errors heading.
pub const FOUTEN: &str = "Regels met fouten";
/// Errors intro, for a file.
pub const FOUTEN_UITLEG: &str =
    "Deze regels tellen niet mee in de totalen. Verbeter ze in het bestand en kies het opnieuw.";
/// Errors intro, for lines pasted on the page (issue 31: not "in the file").
pub const FOUTEN_UITLEG_GEPLAKT: &str = "Deze regels tellen niet mee in de totalen. Verbeter ze in het tekstvak hierboven en druk opnieuw op ‘Bereken de geplakte regels’.";
/// Rows without a loonwaarde (docs/adr/0026): the question.
pub const ZONDER_LOONWAARDE: &str = "Regels zonder loonwaarde: wat betekent een lege loonwaarde?";
/// The question's explanation: how many, and that nothing is filled in silently.
pub fn zonder_loonwaarde_uitleg(n: usize) -> String {
    let regels = if n == 1 { "1 regel heeft".to_string() } else { format!("{n} regels hebben") };
    format!("{regels} geen loonwaarde. De rekenhulp vult niets stil in: kies wat een lege loonwaarde in dit bestand betekent. De download en de afdruk zeggen wat u koos.")
}
/// Option: leave the rows out.
pub const ZONDER_WEGLATEN: &str =
    "Niet meetellen: de regels staan hieronder bij ‘niet meegeteld’ en tellen niet mee in de totalen";
/// Option: not measured yet (lid 5).
pub const ZONDER_NIET_GEMETEN: &str = "Nog niet gemeten: de eerste zes maanden van de plaatsing 50% zonder meting (Participatiewet art. 10d lid 5), daarna de loonwaarde hieronder";
/// The loonwaarde after the first six months.
pub const ZONDER_DAARNA: (&str, &str) =
    ("Loonwaarde na de meting, in procent", "Voor de maanden na de eerste zes. Een heel getal van 0 tot en met 100. Er staat 30 (wat de rekenhulp voor één medewerker aanneemt): vul in wat u verwacht.");
/// The loonwaarde cell of a row without one, calculated as not measured yet: the table showed the
/// percentage for after the measurement as if it were measured (seen by a new user), while the
/// row's month may be one of the first six at 50% without measurement.
pub fn niet_gemeten_cel(daarna: u8) -> String {
    format!("niet gemeten (daarna {daarna}%)")
}
/// Under the loonwaarde chart: rows without a measured loonwaarde are not in it.
pub fn niet_in_verdeling(n: usize) -> String {
    if n == 1 {
        "1 medewerker zonder gemeten loonwaarde staat niet in de grafiek en de tabel hieronder.".to_string()
    } else {
        format!("{n} medewerkers zonder gemeten loonwaarde staan niet in de grafiek en de tabel hieronder.")
    }
}
/// The chosen meaning, for the print (where the choice itself is left out).
pub fn zonder_loonwaarde_gekozen(n: usize, keuze: rekenkern::batch::ZonderLoonwaarde) -> String {
    let regels = if n == 1 { "1 regel".to_string() } else { format!("{n} regels") };
    match keuze {
        rekenkern::batch::ZonderLoonwaarde::Weglaten => format!("{regels} zonder loonwaarde: niet meegeteld."),
        rekenkern::batch::ZonderLoonwaarde::NietGemeten { daarna } => format!(
            "{regels} zonder loonwaarde: gerekend als nog niet gemeten, de eerste zes maanden 50% zonder meting (lid 5), daarna {daarna}%."
        ),
    }
}
/// Rows left out heading.
pub const WEGGELATEN: &str = "Niet meegeteld: regels zonder loonwaarde";
/// The name of a download: the period in it, so a file per month and one per year saved in the same
/// folder do not overwrite each other (seen by a new user: both were `uitkomst-medewerkers.csv`).
pub fn bestandsnaam(periode: rekenkern::Periode, extensie: &str) -> String {
    format!("uitkomst-medewerkers-per-{}.{extensie}", crate::url::periode_slug(periode))
}
/// The status line when the calculation is done (said to screen readers, WCAG 4.1.3).
pub fn klaar(zin: &str) -> String {
    format!("Klaar. {zin}")
}
/// Previous page.
pub const VORIGE: &str = "Vorige 100";
/// Next page.
pub const VOLGENDE: &str = "Volgende 100";
/// Download.
pub const DOWNLOAD: &str = "Uitkomst downloaden (CSV)";
/// Print.
pub const AFDRUKKEN: &str = "Afdrukken";
/// Footer.
pub const VOET: &str = "Een hulpmiddel, geen beschikking. De gemeente beslist over de loonkostensubsidie. Het forfait van 68% is een voornemen van het kabinet en nog geen wet.";

/// Print header: the title is hidden in print (the single-employee print has its own header).
pub fn afdrukkop(datum: &str, versie: &str) -> String {
    format!("{TITEL}. Afgedrukt op {datum}. Versie van de rekenregels: {versie}.")
}

/// The calculating part did not work (a worker stopped, or answered what this page cannot read).
pub const REKENEN_KAPOT: &str = "Het rekenen is mislukt. Laad de pagina opnieuw en kies het bestand nog eens.";
/// The calculating part could not load without a network (never used on this device).
pub const REKENAAR_OFFLINE: &str =
    "U bent offline, en het onderdeel dat rekent is nog niet op dit apparaat. Probeer het opnieuw met internet.";
/// The calculation was stopped (the stop button, or another file).
pub const GESTOPT: &str = "Het rekenen is gestopt.";
/// The stop button.
pub const STOPPEN: &str = "Stoppen met rekenen";
/// The running totals while calculating.
pub fn tussenstand(klaar: usize, meting: &str, forfait: &str, per: &str) -> String {
    format!("Tot nu toe ({klaar} berekend): nettokosten met meting {meting}, met het forfait {forfait} {per}.")
}

/// Progress while calculating.
pub fn voortgang(klaar: usize, totaal: usize) -> String {
    let regels = if totaal == 1 { "regel" } else { "regels" };
    format!("Bezig met rekenen: {klaar} van {totaal} {regels}.")
}

/// Which encoding the file was read with (never a silent guess).
pub fn codering(naam: &str) -> String {
    format!("Het bestand is gelezen als {naam}.")
}

/// The column step: what an unrecognised column holds.
pub const KOLOM_STAP: &str = "Welke kolom is wat?";
/// Explanation of the column step.
pub const KOLOM_STAP_UITLEG: &str = "Kies voor elke kolom die de rekenhulp niet herkent wat erin staat, of ‘niet gebruiken’. Hieronder ziet u de eerste regels van het bestand. Er wordt pas gerekend als u op ‘Bereken met deze kolommen’ drukt.";
/// Option: not used.
pub const NIET_GEBRUIKEN: &str = "niet gebruiken";
/// Option: choose.
pub const KIES: &str = "kies…";
/// The column in the select label.
pub fn kolom_label(naam: &str) -> String {
    format!("Kolom ‘{naam}’")
}
/// Preview caption.
pub const VOORBEELD_RIJEN: &str = "De eerste regels van het bestand, zoals het rekenprogramma ze toont";
/// The groups of the column step's choices, as the form groups its fields.
pub const GROEP_EIGEN: &str = "Eigen kolommen";
/// Group: the first part of the form.
pub const GROEP_BEREKENING: &str = "Uw situatie";
/// Group: readings of the law.
pub const GROEP_LEZING: &str = "Meer instellingen: lezing van de wet";
/// Group: values the user supplies.
pub const GROEP_WAARDE: &str = "Meer instellingen: waarden die u zelf weet";
/// Group: the year overview.
pub const GROEP_JAAR: &str = "Het jaar in één overzicht";
/// The own reference as a choice.
pub const KEUZE_ID: &str = "Eigen kenmerk (bijvoorbeeld een personeelsnummer)";
/// The date of birth as a choice.
pub const KEUZE_GEBOORTEDATUM: &str = "Geboortedatum (geeft de leeftijd op de peildatum)";
/// `voorlopig` (no field of its own in the form: a button) as a choice.
pub const KEUZE_VOORLOPIG: &str = "Voorlopig rekenen met de laatst bekende bedragen (ja of nee)";
/// The key in small print, for the CLI.
pub fn sleutel_klein(sleutel: &str) -> String {
    format!("In een bestand voor rekenhulp batch heet deze kolom: {sleutel}")
}
/// Calculate after mapping.
pub const BEREKEN_KOLOMMEN: &str = "Bereken met deze kolommen";
/// Not every column chosen yet.
pub const KIES_ALLE: &str = "Kies eerst voor elke kolom wat erin staat.";
/// Period word for the sentence and the figures.
pub const PER_MAAND: &str = tekst!("per maand" => "per month");
/// The calendar year (the year overview), not the month × 12.
pub const PER_JAAR: &str = "per kalenderjaar";
/// What the year figures are.
pub const JAAR_UITLEG: &str = "Per kalenderjaar: voor elke medewerker de twaalf maanden van het jaaroverzicht (het jaar in de kolom jaar, anders het jaar van de peildatum), met de verhoging van het minimumloon op 1 juli, een lopende subsidie die op 1 januari meegaat, de uitkeringen van de cao en het maximumpremieloon. Per maand: de maand van de peildatum.";

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

/// The cost of a beschut place (issue 18): heading.
pub const PLEK_KOP: &str = "Wat kost een beschutte plek?";
/// How it is calculated.
pub const PLEK_UITLEG: &str = "Voor de werkgever: loonkosten min de loonkostensubsidie, plus de begeleiding, min de opbrengst van het werk. Voor de gemeente: de loonkostensubsidie plus de begeleiding, naast het budget per plek. Een productief uur is een gewerkt uur bij een volledige loonwaarde: uren per week × 52 × loonwaarde. Vul de bedragen van uw organisatie in; de rekenhulp neemt niets aan.";
/// Begeleiding field.
pub const BEGELEIDING: (&str, &str) =
    ("Begeleiding per jaar (euro)", "Bijvoorbeeld de kosten van werkbegeleiding en jobcoach.");
/// Begeleiding: per what.
pub const BEGELEIDING_PER: (&str, &[(&str, &str)]) =
    ("Begeleiding geldt", &[("medewerker", "per medewerker"), ("fte", "per fte (naar rato van de uren)")]);
/// The published example, never a default.
pub const BEGELEIDING_VOORBEELD: &str = "Gebruik het voorbeeld: € 9.000 per persoon per jaar";
/// Its source.
pub const BEGELEIDING_BRON: &str = "Voorbeeld van de FNV, genoemd in de voortgangsbrief over sociaal ontwikkelbedrijven en beschut werk van 2 juli 2025 (Kamerstuk 34352-341). Geen standaardwaarde: kijk wat het bij u kost.";
/// Opbrengst field.
pub const OPBRENGST: (&str, &str) =
    ("Opbrengst (euro)", "Wat het werk oplevert: per productief uur, of in totaal per jaar voor de hele groep.");
/// Opbrengst: per what.
pub const OPBRENGST_PER: (&str, &[(&str, &str)]) =
    ("Opbrengst geldt", &[("uur", "per productief uur"), ("totaal", "in totaal per jaar voor de groep")]);
/// Budget field.
pub const BUDGET: (&str, &str) = ("Budget van de gemeente per plek per jaar (euro, mag leeg)", "");
/// Not an amount.
pub const GEEN_BEDRAG: &str = "Vul een bedrag in euro in, bijvoorbeeld 9000 of 12,50.";
/// Both needed.
pub const PLEK_NODIG: &str = "Vul de begeleiding en de opbrengst in (0 mag) om de kosten van een plek te zien.";
/// Table caption.
pub fn plek_tabel(per: &str) -> String {
    format!("Kosten van een plek {per}: de groep en gemiddeld per plek")
}
/// Column: the group.
pub const GROEP: &str = "Hele groep";
/// Column: per place.
pub const PER_PLEK: &str = "Gemiddeld per plek";
/// Rows, in the order of `Plekkosten::velden`.
pub const PLEK_RIJEN: [&str; 9] = [
    "Begeleiding",
    "Opbrengst",
    "Werkgever, met meting",
    "Werkgever, met het forfait",
    "Gemeente, met meting",
    "Gemeente, met het forfait",
    "Budget",
    "Budget over, met meting",
    "Budget over, met het forfait",
];
/// Chart title.
pub const PLEK_GRAFIEK: &str = "Kosten per plek voor werkgever en gemeente, met meting en met het forfait";
/// The sentence under the heading.
pub fn plek_zin(
    werkgever_meting: &str,
    werkgever_forfait: &str,
    gemeente_meting: &str,
    gemeente_forfait: &str,
    per: &str,
) -> String {
    format!("Gemiddeld per plek {per}: de werkgever betaalt {werkgever_meting} met meting en {werkgever_forfait} met het forfait; de gemeente {gemeente_meting} met meting en {gemeente_forfait} met het forfait.")
}

/// What was entered for the cost of a place (for the print, where the form is left out).
pub fn plek_invoer(p: &rekenkern::batch::plek::Plekinvoer) -> String {
    use rekenkern::batch::plek::{Begeleiding, Opbrengst};
    let begeleiding = match p.begeleiding {
        Begeleiding::PerMedewerker(b) => format!("{} per medewerker per jaar", euro(b)),
        Begeleiding::PerFte(b) => format!("{} per fte per jaar", euro(b)),
    };
    let opbrengst = match p.opbrengst {
        Opbrengst::PerProductiefUur(o) => format!("{} per productief uur", euro(o)),
        Opbrengst::Totaal(o) => format!("{} per jaar voor de groep", euro(o)),
    };
    let budget = p.budget.map(|b| format!("; budget {} per plek per jaar", euro(b))).unwrap_or_default();
    format!("Ingevuld: begeleiding {begeleiding}; opbrengst {opbrengst}{budget}.")
}

/// "Wat verandert er op 1 januari?" for the group (meerdere/jaarwissel.rs).
pub const JAARWISSEL_KOP: &str = "Wat verandert er op 1 januari?";
/// Under the heading.
pub const JAARWISSEL_UITLEG: &str = "December naast de januari erna, per maand, opgeteld over alle medewerkers: de stap in uw begroting. Voor beide maanden gelden de gegevens uit het bestand (uren, leeftijd, loonwaarde); alleen de datum verschilt. Een subsidie zonder toekenningsdatum telt als toegekend in december. Hij loopt dus in januari en gaat dan mee met het minimumloon.";

/// The turn of the year the button calculates (from today's date).
pub fn jaarwissel_wanneer(vandaag: rekenkern::Datum, december: rekenkern::Datum) -> String {
    format!(
        "Vandaag is {}: de rekenhulp rekent december {} en januari {}.",
        crate::teksten::datum_lang(vandaag, rekenkern::Taal::Nl),
        december.jaar(),
        december.jaar() + 1
    )
}

/// Rows whose January rests on values that are not final.
pub fn jaarwissel_voorlopig(n: usize) -> String {
    format!(
        "Januari is voorlopig voor {}: niet alle bedragen voor januari zijn al officieel bekend. We rekenen met aangekondigde en laatst bekende waarden; de uitleg bij één medewerker noemt ze met hun bron.",
        medewerkers(n)
    )
}
/// The button.
pub const JAARWISSEL_KNOP: &str = "Reken december en januari uit";
/// While it calculates.
pub const JAARWISSEL_BEZIG: &str = "December en januari worden uitgerekend…";
/// The table's caption.
pub const JAARWISSEL_ONDERSCHRIFT: &str = "Alle medewerkers samen, per maand";
/// Column.
pub const JAARWISSEL_VERSCHIL: &str = "Verschil";
/// Above the reasons.
pub const JAARWISSEL_WAAROM: &str = "Waarom verandert het?";

/// How many rows the comparison counts, and how many were left out: rows with an error apart from
/// rows without a loonwaarde left out by choice, each pointing to where the page lists them.
pub fn jaarwissel_zin(gelukt: usize, mislukt: usize, weggelaten: usize) -> String {
    let mut zin = format!("December en januari voor {}", medewerkers(gelukt));
    if mislukt > 0 {
        zin += &format!("; {} niet (zie de regels met een fout hierboven)", medewerkers(mislukt));
    }
    if weggelaten > 0 {
        let regels = if weggelaten == 1 { "1 regel".to_string() } else { format!("{weggelaten} regels") };
        zin += &format!("; {regels} zonder loonwaarde niet meegeteld (zie ‘niet meegeteld’ hierboven)");
    }
    zin + "."
}
