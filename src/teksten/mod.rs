//! All interface text of the app (Dutch, B1, the source) and its English (`engels`, keyed by the Dutch).
//! Calculation text (steps, messages) comes from `rekenkern::teksten` and `rekenkern::engels`;
//! nothing else in the app holds user-facing text. Components show text through [`t`].

use leptos::prelude::use_context;
use rekenkern::engels::vul;
use rekenkern::Taal;

/// The language of the part of the page being built (provided by `App`).
pub fn taal() -> Taal {
    use_context::<Taal>().unwrap_or_default()
}

/// A Dutch text in the given language (one table for the app and the calculation: `en.tsv`).
pub use rekenkern::engels::vertaal;

/// A Dutch text in the current language (call while building a view).
pub fn t(nl: &'static str) -> &'static str {
    vertaal(nl, taal())
}

/// Page language switch: label of the button that switches to the other language.
pub fn andere_taal(taal: Taal) -> (&'static str, &'static str, Taal) {
    match taal {
        Taal::Nl => ("English", "en", Taal::En),
        Taal::En => ("Nederlands", "nl", Taal::Nl),
    }
}

/// The English texts could not be loaded (said in both languages: the English is what is missing).
pub const ENGELS_NIET_GELADEN: &str =
    "De Engelse teksten konden niet worden geladen; de pagina blijft Nederlands. The English texts could not be loaded.";
/// Site label in the header.
pub const MERK: &str = "Rekenhulp";
/// First option of a month select.
pub const GEEN_MAAND: &str = "Geen maand";
/// Screen reader prefix of a field error.
pub const FOUT_PREFIX: &str = "Fout: ";
/// Expand an explanation.
pub const HOE_BEREKEND: &str = "Hoe berekend?";
/// Before the exact step value.
pub const UITKOMST_PREFIX: &str = "Uitkomst: ";
/// After the exact step value.
pub const NIET_AFGEROND: &str = " (nog niet afgerond)";
/// Before the legal basis.
pub const GRONDSLAG: &str = "Grondslag: ";
/// Summary of the whole trail.
pub const ALLE_STAPPEN: &str = "Hoe is dit berekend? Alle stappen";
/// Chart axis and table column.
pub const LOONWAARDE: &str = "Loonwaarde";
/// Chart table summary.
pub const TABEL_BIJ_GRAFIEK: &str = "Tabel bij de grafiek";
/// Chart legend for the current loonwaarde.
pub const LOONWAARDE_NU: &str = "Loonwaarde nu";
/// Chart table row with the current loonwaarde.
pub const NU: &str = "Nu";
/// Chart label of the break-even point.
pub const OMSLAGPUNT: &str = "omslagpunt";
/// Badge on the measured subsidy.
pub const LOONKOSTENSUBSIDIE: &str = "Loonkostensubsidie";
/// Net cost with measurement.
pub const NETTO_METING: &str = "Wat u zelf betaalt met meting";
/// Net cost with forfait.
pub const NETTO_FORFAIT: &str = "Wat u zelf betaalt met forfait";
/// Print: the peildatum.
pub const PEILDATUM: &str = "Peildatum";
/// Print: value was assumed.
pub const AANGENOMEN: &str = " (aangenomen)";
/// Badge on a figure resting on a provisional value.
pub const VOORLOPIG: &str = "voorlopig";
/// In an explanation: the figure rests on a provisional value.
pub const UITLEG_VOORLOPIG: &str =
    "Voorlopig: dit bedrag rust op een laatst bekende waarde, omdat de waarde voor deze datum nog niet bekend is.";
/// Where a value came from.
pub mod herkomst {
    /// From the table since a date.
    pub const GELDT_VANAF: &str = "geldt vanaf";
    /// Planned.
    pub const VOORGENOMEN: &str = "voorgenomen, beoogd vanaf";
    /// Convention.
    pub const CONVENTIE: &str = "rekenafspraak van deze rekenhulp";
    /// Entered by the user.
    pub const GEBRUIKER: &str = "zelf ingevuld";
    /// Assumed.
    pub const AANGENOMEN: &str = "aangenomen";
    /// Provisional: last known value.
    pub const VOORLOPIG: &str = "voorlopig: laatst bekende waarde, geldt vanaf";
    /// Source is law text.
    pub const WETTEKST: &str = "wettekst";
    /// Secondary source.
    pub const SECUNDAIR: &str = "afgeleide bron";
    /// Policy letter only.
    pub const KAMERBRIEF: &str = "alleen Kamerbrief";
    /// Estimate.
    pub const AFGELEID: &str = "schatting of afspraak";
}
/// Units after a value.
pub mod eenheid {
    /// Per year.
    pub const PER_JAAR: &str = "per jaar";
    /// Per hour.
    pub const PER_UUR: &str = "per uur";
    /// Per month.
    pub const PER_MAAND: &str = "per maand";
    /// Hours per week.
    pub const UUR_PER_WEEK: &str = "uur per week";
}
/// Minimum wage on the date, under the date field.
pub fn wml_info(bedrag: &str, vanaf: Option<&str>, taal: Taal) -> String {
    match vanaf {
        Some(d) => {
            vul("Minimumloon voor deze leeftijd op deze datum: {0} per uur (geldt vanaf {1}).", taal, &[bedrag, d])
        }
        None => vul("Minimumloon voor deze leeftijd: {0} per uur (zelf ingevuld).", taal, &[bedrag]),
    }
}

/// Minimum wage under the date field when it is a provisional (last known) value.
pub fn wml_info_voorlopig(bedrag: &str, vanaf: &str, taal: Taal) -> String {
    vul(
        "Minimumloon voor deze leeftijd: {0} per uur (voorlopig: laatst bekende waarde, geldt vanaf {1}).",
        taal,
        &[bedrag, vanaf],
    )
}

/// Page title.
pub const TITEL: &str = "Rekenhulp beschut werk";
/// One-line intro.
pub const INTRO: &str = "Wat kost een werknemer met loonkostensubsidie u? Vergelijk de subsidie na een meting van de loonwaarde met het voorgenomen vaste bedrag (forfait). Alles wordt in uw browser berekend; er gaat niets naar een server.";
/// Skip link.
pub const NAAR_UITKOMST: &str = "Naar de uitkomst";
/// Form heading.
pub const KOP_INVOER: &str = "Uw situatie";
/// Result heading.
pub const KOP_UITKOMST: &str = "Uitkomst";
/// Comparison heading.
pub const KOP_VERGELIJKING: &str = "Meting of forfait: de vergelijking";
/// Chart heading.
pub const KOP_GRAFIEK: &str = "Wat u zelf betaalt bij elke loonwaarde";
/// Explanation heading.
pub const KOP_UITLEG: &str = "Hoe is dit berekend?";
/// Assumptions heading.
pub const KOP_AANNAMES: &str = "Wat we hebben aangenomen";
/// Warnings heading.
pub const KOP_LET_OP: &str = "Let op";
/// Scope heading.
pub const KOP_NIET_INBEGREPEN: &str = "Wat zit er niet in?";
/// Sources heading.
pub const KOP_BRONNEN: &str = "Bronnen";
/// Advanced settings.
pub const GEAVANCEERD: &str = "Meer instellingen: premies en waarden die u zelf weet";
/// Advanced intro.
pub const GEAVANCEERD_UITLEG: &str =
    "Laat een veld leeg om de waarde uit de tabel te gebruiken. Percentages vult u in als getal, bijvoorbeeld 7,74.";

/// Field labels and hints: (key, label, hint).
pub mod veld {
    /// Peildatum.
    pub const DATUM: (&str, &str) =
        ("Datum waarvoor u rekent (peildatum)", "Het minimumloon verandert op 1 januari en 1 juli.");
    /// Age.
    pub const LEEFTIJD: (&str, &str) = ("Leeftijd van de werknemer", "Onder de 21 geldt een lager minimumloon.");
    /// Hours.
    pub const UREN: (&str, &str) = ("Uren per week in het contract", "Bijvoorbeeld 36 of 27,5.");
    /// Loonwaarde.
    pub const LOONWAARDE: (&str, &str) = (
        "Loonwaarde in procent",
        "Hoeveel de werknemer kan verdienen, vergeleken met het minimumloon. Een heel getal van 0 tot en met 100.",
    );
    /// Full-time week.
    pub const VOLTIJD: (&str, &str) = (
        "Volledige werkweek in uw sector (uren)",
        "Leeg laten: bij een sociaal ontwikkelbedrijf de cao Aan de Slag, anders uw eigen uren.",
    );
    /// Own wage.
    pub const UURLOON: (&str, &str) = ("Bruto uurloon in euro", "Zonder vakantiebijslag. Minimaal het minimumloon.");
    /// Scale wage.
    pub const SCHAALLOON: (&str, &str) = (
        "Uurloon van deze schaal in euro",
        "Zoek het bedrag op in de loontabel van de cao Aan de Slag voor deze datum.",
    );
    /// Grant date.
    pub const TOEKENNING: (&str, &str) = (
        "Sinds wanneer loopt de subsidie? (datum van toekenning)",
        "Een lopende subsidie stijgt alleen op 1 januari mee met het minimumloon.",
    );
    /// RML override.
    pub const RML: (&str, &str) = (
        "Minimumloon per maand voor 21 jaar en ouder in euro (referentiemaandloon)",
        "Alleen nodig als de rekenhulp het bedrag voor deze datum nog niet kent. Geldt ook voor 1 januari als de subsidie al loopt.",
    );
    /// WML override.
    pub const WML: (&str, &str) = (
        "Minimumuurloon voor deze leeftijd in euro",
        "Alleen nodig als de rekenhulp het bedrag voor deze datum nog niet kent.",
    );
    /// wgl.
    pub const WGL: (&str, &str) = ("Vergoeding werkgeverslasten op de subsidie (%)", "");
    /// AWf.
    pub const AWF: (&str, &str) = ("WW-premie AWf (%)", "");
    /// Aof.
    pub const AOF: (&str, &str) = ("Premie Aof (%)", "");
    /// Ufo.
    pub const UFO: (&str, &str) = ("Premie Ufo (%)", "Alleen voor overheidswerkgevers.");
    /// Wko.
    pub const WKO: (&str, &str) = ("Opslag kinderopvang (%)", "");
    /// Whk.
    pub const WHK: (&str, &str) =
        ("Premie Werkhervattingskas Whk (%)", "Uw eigen premie staat in de beschikking van de Belastingdienst.");
    /// Zvw.
    pub const ZVW: (&str, &str) = ("Werkgeversheffing Zvw (%)", "");
    /// Pension.
    pub const PENSIOEN: (&str, &str) =
        ("Pensioenpremie werkgever (% van loon en vakantiebijslag)", "Leeg laten: schatting.");
    /// Year-end payment.
    pub const EJU: (&str, &str) = ("Eindejaarsuitkering cao per jaar bij een volle werkweek (euro)", "");
    /// One-off.
    pub const EENMALIG: (&str, &str) = ("Eenmalige uitkering cao dit jaar bij een volle werkweek (euro)", "");
    /// Maximum premium wage.
    pub const MAX_PREMIELOON: (&str, &str) = ("Maximumpremieloon per jaar (euro)", "");
}

/// Choice groups: legend and options (value, label).
pub mod keuze {
    /// A choice group: legend and (value, label) options.
    pub type Groep = (&'static str, &'static [(&'static str, &'static str)]);
    /// Employer.
    pub const WERKGEVER: (&str, &[(&str, &str)]) = (
        "Soort werkgever",
        &[("sob", "Sociaal ontwikkelbedrijf of gemeente (cao Aan de Slag)"), ("regulier", "Gewone werkgever")],
    );
    /// Wage.
    pub const LOON: (&str, &[(&str, &str)]) =
        ("Loon", &[("wml", "Minimumloon"), ("eigen", "Eigen uurloon"), ("cao", "Cao Aan de Slag")]);
    /// Scale.
    pub const SCHAAL: (&str, &[(&str, &str)]) =
        ("Schaal in de cao Aan de Slag", &[("1", "Schaal 1 (minimumloon)"), ("2", "Schaal 2"), ("3", "Schaal 3")]);
    /// Contract.
    pub const CONTRACT: (&str, &[(&str, &str)]) = (
        "Soort contract",
        &[("tijdelijk", "Tijdelijk"), ("vast", "Vast (schriftelijk, geen oproep)"), ("oproep", "Oproepcontract")],
    );
    /// Public employer.
    pub const OVERHEID: (&str, &[(&str, &str)]) = ("Overheidswerkgever?", &[("ja", "Ja"), ("nee", "Nee")]);
    /// Size.
    pub const OMVANG: (&str, &[(&str, &str)]) =
        ("Grootte van de werkgever (voor de Aof-premie)", &[("groot", "Middelgroot of groot"), ("klein", "Klein")]);
    /// Beschut.
    pub const BESCHUT: (&str, &[(&str, &str)]) =
        ("Is het beschut werk?", &[("ja", "Ja, beschut werk"), ("nee", "Nee, een andere baan met loonkostensubsidie")]);
    /// Forfait reading.
    pub const FORFAIT: (&str, &[(&str, &str)]) = (
        "Hoe wordt het forfait berekend? (nog niet bekend)",
        &[
            ("A", "A: over minimumloon plus vakantiebijslag, plus werkgeverslasten (standaard)"),
            ("B", "B: over minimumloon zonder vakantiebijslag, plus werkgeverslasten"),
            ("C", "C: over minimumloon plus vakantiebijslag, werkgeverslasten inbegrepen"),
        ],
    );
    /// New or running subsidy.
    pub const SUBSIDIE: (&str, &[(&str, &str)]) = (
        "Is de loonkostensubsidie nieuw of loopt die al?",
        &[("nieuw", "Nieuw: toegekend op de datum hierboven"), ("lopend", "Loopt al: eerder toegekend")],
    );
    /// Lid 7 reading.
    pub const LID7: (&str, &[(&str, &str)]) = (
        "Lopende subsidie, toegekend na 1 juli van een eerder jaar: hoe stijgt die op 1 januari?",
        &[
            ("herijken", "Opnieuw berekend met het minimumloon van 1 januari (standaard)"),
            (
                "indexeren",
                "Verhoogd met de stijging van het minimumloon in het hele afgelopen jaar (letterlijke wettekst)",
            ),
        ],
    );
    /// Werkgeverslasten and the cap.
    pub const WGL_MAX: (&str, &[(&str, &str)]) = (
        "Valt de vergoeding voor werkgeverslasten binnen het maximum van 70%?",
        &[
            ("buiten", "Nee: eerst 70%, dan 23,5% erbovenop (zoals gemeenten doen, standaard)"),
            ("binnen", "Ja: subsidie met vergoeding samen hoogstens 70% (andere lezing)"),
        ],
    );
    /// Yes or no.
    pub const JA_NEE: &[(&str, &str)] = &[("ja", "Ja"), ("nee", "Nee")];
    /// Period.
    pub const PERIODE: (&str, &[(&str, &str)]) =
        ("Bedragen", &[("uur", "per uur"), ("maand", "per maand"), ("jaar", "per jaar")]);
}

/// The year overview.
pub mod jaar {
    /// Heading (summary).
    pub const KOP: &str = "Het jaar in één overzicht";
    /// The steps of the month in which the wage reaches the maximum premieloon: the month.
    pub const PREMIES_UITLEG: &str =
        "Hoe berekend: de premies in {0}, de maand waarin het loon het maximumpremieloon bereikt";
    /// Intro.
    pub const UITLEG: &str = "Maand voor maand wat de werknemer kost en wat de subsidie oplevert, met meting en met het forfait. Het minimumloon stijgt op 1 januari en 1 juli; een lopende subsidie alleen op 1 januari.";
    /// Year field.
    pub const VELD_JAAR: (&str, &str) = ("Kalenderjaar", "Leeg laten: het jaar van de peildatum.");
    /// Start field.
    pub const VELD_START: (&str, &str) =
        ("Eerste werkdag (alleen bij een nieuwe plaatsing)", "Zonder kalenderjaar: twaalf maanden vanaf deze maand.");
    /// Lid 5 question.
    pub const LID5_VRAAG: &str = "Eerste zes maanden zonder meting (forfait van 50%)?";
    /// Re-measurement month.
    pub const VELD_HERMETING: (&str, &str) =
        ("Nieuwe meting vanaf maand", "Jaar en maand, bijvoorbeeld 2026-09. Leeg laten als er geen nieuwe meting is.");
    /// New loonwaarde.
    pub const VELD_LOONWAARDE2: (&str, &str) = ("Nieuwe loonwaarde in procent", "Een heel getal van 0 tot en met 100.");
    /// Holiday allowance month.
    pub const VELD_VB_MAAND: (&str, &str) =
        ("Maand waarin u de vakantiebijslag uitbetaalt", "Geen maand: we zetten het elke maand apart.");
    /// Birthday month.
    pub const VELD_VERJAARDAG: (&str, &str) =
        ("Maand waarin de werknemer jarig is", "Alleen nodig onder de 21: daarna stijgt het minimumloon.");
    /// One-off month.
    pub const VELD_EENMALIG_MAAND: (&str, &str) =
        ("Maand van de eenmalige uitkering van de cao", "Geen maand: december.");
    /// Chart title.
    pub const GRAFIEK: &str = "Wat u zelf betaalt, per maand";
    /// Table caption.
    pub const TABEL: &str = "Per maand: kosten en subsidie";
    /// Month column.
    pub const MAAND: &str = "Maand";
    /// Wage column.
    pub const LOON: &str = "Loon met vakantiebijslag";
    /// LKS measured column.
    pub const LKS_METING: &str = "Subsidie met meting";
    /// LKS forfait column.
    pub const LKS_FORFAIT: &str = "Subsidie met forfait (voorgenomen)";
    /// Not employed yet.
    pub const NIET_IN_DIENST: &str = "nog niet in dienst";
    /// Lid 5 month.
    pub const LID5: &str = "forfait 50%";
    /// Total row.
    pub const TOTAAL: &str = "Totaal";
    /// CSV link.
    pub const CSV: &str = "Download als CSV-bestand";
    /// Error.
    pub const FOUT: &str = "Het jaaroverzicht kan nog niet worden berekend:";
}

/// Month names (1..=12), long.
pub fn maand_naam(maand: u8, taal: Taal) -> &'static str {
    const NL: [&str; 12] = [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ];
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let i = usize::from(maand.clamp(1, 12) - 1);
    match taal {
        Taal::Nl => NL[i],
        Taal::En => EN[i],
    }
}

/// A date in words: "1 juli 2026" / "1 July 2026".
pub fn datum_lang(d: rekenkern::Datum, taal: Taal) -> String {
    format!("{} {} {}", d.dag(), maand_naam(d.maand(), taal), d.jaar())
}

/// Month names, short (chart axis).
pub fn maand_kort(maand: u8, taal: Taal) -> &'static str {
    const NL: [&str; 12] = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];
    const EN: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let i = usize::from(maand.clamp(1, 12) - 1);
    match taal {
        Taal::Nl => NL[i],
        Taal::En => EN[i],
    }
}

/// The year in one B1 sentence.
pub fn jaar_zin(j: &rekenkern::jaar::Jaaroverzicht, taal: Taal) -> String {
    use rekenkern::getal::euro;
    let (eerste, laatste) = match (j.maanden.first(), j.maanden.last()) {
        (Some(a), Some(b)) => (a.maand, b.maand),
        _ => return String::new(),
    };
    let (m, f) = (euro(j.totaal.nettokosten_meting), euro(j.totaal.nettokosten_forfait));
    let kalenderjaar = eerste.maand() == 1;
    // Months resting on a provisional value make the total provisional: said first.
    let voorlopig = j.maanden.iter().any(|m| m.uitkomst.as_ref().is_some_and(|u| u.is_voorlopig("nettokosten_meting")));
    let voor = if voorlopig { vertaal("Voorlopig: ", taal) } else { "" };
    let zin = if kalenderjaar {
        vul(
            "In {0} kost deze werknemer u {1} met meting en {2} met het forfait.",
            taal,
            &[&eerste.jaar().to_string(), &m, &f],
        )
    } else {
        vul(
            "Van {0} {1} tot en met {2} {3} kost deze werknemer u {4} met meting en {5} met het forfait.",
            taal,
            &[
                maand_naam(eerste.maand(), taal),
                &eerste.jaar().to_string(),
                maand_naam(laatste.maand(), taal),
                &laatste.jaar().to_string(),
                &m,
                &f,
            ],
        )
    };
    if voor.is_empty() {
        return zin;
    }
    // The sentence starts with "In", "Van" or "From": ASCII (char::to_lowercase would bring in the
    // Unicode case tables, some 11 KB of wasm).
    let mut uit = String::from(voor);
    let mut tekens = zin.chars();
    uit.extend(tekens.next().map(|c| c.to_ascii_lowercase()));
    uit.push_str(tekens.as_str());
    uit
}

/// Figure labels.
pub mod figuur {
    /// Gross wage.
    pub const BRUTOLOON: &str = "Brutoloon";
    /// Holiday pay.
    pub const VAKANTIEBIJSLAG: &str = "Vakantiebijslag";
    /// Cao payments.
    pub const CAO_EXTRA: &str = "Extra uitkeringen cao";
    /// Employer premiums.
    pub const PREMIES: &str = "Premies werkgever";
    /// Employer pension share.
    pub const PENSIOEN: &str = "Pensioenpremie werkgever";
    /// Wage cost.
    pub const LOONKOSTEN: &str = "Loonkosten";
    /// LKS.
    pub const LKS: &str = "Loonkostensubsidie";
    /// LKV.
    pub const LKV: &str = "Loonkostenvoordeel";
    /// Net.
    pub const NETTO: &str = "Wat u zelf betaalt";
    /// Column measured.
    pub const METING: &str = "Met meting van de loonwaarde";
    /// Column forfait.
    pub const FORFAIT: &str = "Met forfait (voorgenomen)";
    /// Column difference.
    pub const VERSCHIL: &str = "Verschil (forfait min meting)";
    /// Lid 5.
    pub const LID5: &str = "Eerste 6 maanden zonder meting (forfait 50%)";
    /// Subtitle forfait.
    pub fn voorgenomen(jaar: u16, taal: rekenkern::Taal) -> String {
        rekenkern::engels::vul("voorgenomen, beoogd {0}", taal, &[&jaar.to_string()])
    }
}

/// Sentences around the comparison.
pub mod zin {
    use rekenkern::engels::vul;
    use rekenkern::getal::{euro, procent};
    use rekenkern::Taal;
    use rust_decimal::Decimal;

    /// Break-even sentence.
    pub fn omslagpunt(lw: Decimal, taal: Taal) -> String {
        rekenkern::teksten::omslagzin(lw, taal)
    }
    /// No break-even.
    pub const FORFAIT_ALTIJD: &str =
        "Met het forfait krijgt u bij elke loonwaarde minstens zoveel subsidie als met een meting.";
    /// Which is cheaper now; `verschil` is net cost with forfait minus net cost with measuring.
    pub fn nu(verschil: Decimal, periode: &str, taal: Taal) -> String {
        let bedrag = euro(verschil.abs());
        let sjabloon = match verschil.cmp(&Decimal::ZERO) {
            std::cmp::Ordering::Less => "Bij deze loonwaarde betaalt u met het forfait {0} {1} minder.",
            std::cmp::Ordering::Greater => "Bij deze loonwaarde betaalt u met een meting {0} {1} minder.",
            std::cmp::Ordering::Equal => "Bij deze loonwaarde maakt het geen verschil.",
        };
        vul(sjabloon, taal, &[&bedrag, periode])
    }
    /// Live summary for screen readers.
    /// `voorlopig`: the amounts rest on a provisional value (said first, also in the phone bar).
    pub fn samenvatting(
        netto_meting: Decimal,
        netto_forfait: Decimal,
        periode: &str,
        voorlopig: bool,
        taal: Taal,
    ) -> String {
        let (m, f) = (euro(netto_meting), euro(netto_forfait));
        let sjabloon = if voorlopig {
            "Voorlopig: u betaalt zelf {0} {1} met een meting en {2} met het forfait."
        } else {
            "U betaalt zelf {0} {1} met een meting en {2} met het forfait."
        };
        vul(sjabloon, taal, &[&m, periode, &f])
    }
    /// Chart description.
    pub fn grafiek(lw_nu: Decimal, taal: Taal) -> String {
        vul("De grafiek toont wat u zelf betaalt bij een loonwaarde van 0 tot 100%. Met een meting daalt het bedrag als de loonwaarde stijgt; het forfait blijft gelijk. De streep staat bij de loonwaarde van nu: {0}.", taal, &[&procent(lw_nu, 0)])
    }
}

/// Period words.
pub fn periode_woord(p: rekenkern::Periode, taal: Taal) -> &'static str {
    vertaal(
        match p {
            rekenkern::Periode::Uur => "per uur",
            rekenkern::Periode::Maand => "per maand",
            rekenkern::Periode::Jaar => "per jaar",
        },
        taal,
    )
}

/// Notices and buttons.
pub mod knop {
    /// Copy link.
    pub const KOPIEER: &str = "Kopieer link";
    /// Copied.
    pub const GEKOPIEERD: &str = "De link staat op het klembord.";
    /// Copy failed.
    pub const NIET_GEKOPIEERD: &str = "Kopiëren lukte niet. Kopieer de link uit de adresbalk.";
    /// Warning with sharing.
    pub const DEEL_WAARSCHUWING: &str =
        "De link bevat alle gegevens van deze berekening. Zet er geen namen bij als u hem deelt.";
    /// Print.
    pub const AFDRUKKEN: &str = "Afdrukken als gespreksverslag";
    /// Reset.
    pub const OPNIEUW: &str = "Begin opnieuw";
    /// Mode switch to dense.
    pub const COMPACT: &str = "Compacte weergave (voor jobcoaches)";
    /// Mode switch to guided.
    pub const UITGEBREID: &str = "Uitgebreide weergave";
}

/// Notices.
pub mod melding {
    /// Link had problems.
    pub const LINK: &str = "Niet alles uit de link kon worden gebruikt. De rest van de berekening staat er wel.";
    /// Calculation outdated.
    pub const VEROUDERD: &str = "Deze uitkomst hoort nog bij uw vorige invoer. Verbeter de velden met een melding.";
    /// The second wasm file (parts below the amounts) could not be fetched.
    pub const NIET_GELADEN: &str =
        "Een deel van de rekenhulp kon niet worden geladen: de vergelijking, de grafiek, de bronnen en het jaaroverzicht. De bedragen hierboven kloppen wel. Laad de pagina opnieuw als u weer internet hebt.";
    /// Missing values.
    pub const ONTBREEKT: &str =
        "Voor deze datum kent de rekenhulp nog niet alle waarden. Reken voorlopig met de laatst bekende waarden, vul de waarden hieronder zelf in, of kies een eerdere datum.";
    /// Form errors summary.
    pub const FOUTEN: &str = "Er is iets niet goed ingevuld:";
    /// Button (only with `voorlopig=nee`): calculate provisionally after all.
    pub const VOORLOPIG_KNOP: &str = "Reken voorlopig met de laatst bekende waarden";
    /// The provisional notice at the top of the result (ADR 0013): the year the peildatum lies in
    /// and the date on which every last known value used was in force.
    pub fn voorlopig(jaar: u16, sinds: &str, taal: rekenkern::Taal) -> String {
        rekenkern::engels::vul(
            "Voorlopig: de bedragen voor {0} zijn nog niet bekend in de rekenhulp; we rekenen met die van {1}.",
            taal,
            &[&jaar.to_string(), sinds],
        )
    }
    /// Past the tables, every missing value typed in by the user.
    pub fn zelf_ingevuld(jaar: u16, taal: rekenkern::Taal) -> String {
        rekenkern::engels::vul(
            "Voor {0} zijn nog niet alle bedragen bekend in de rekenhulp. U heeft ze zelf ingevuld.",
            taal,
            &[&jaar.to_string()],
        )
    }
    /// Summary that opens the list of provisional values and their fields.
    pub const VOORLOPIG_LIJST: &str = "Wat is voorlopig? Vul een bekende waarde in";
    /// Hint above the fields.
    pub const VOORLOPIG_HINT: &str = "Vult u een waarde in, dan rekenen we daarmee. Laat u het veld leeg, dan blijft de laatst bekende waarde staan.";
    /// Button: ask for the values instead (`voorlopig=nee`).
    pub const VOORLOPIG_NEE: &str = "Niet voorlopig rekenen: vraag alle waarden";
    /// Print header word.
    pub const VOORLOPIG_AFDRUK: &str = "VOORLOPIG";
}

/// Print texts.
pub mod afdruk {
    /// Title.
    pub const TITEL: &str = "Gespreksverslag: kosten van een werknemer met loonkostensubsidie";
    /// Disclaimer.
    pub const DISCLAIMER: &str = "Dit is een indicatie. U kunt er geen rechten aan ontlenen. De gemeente stelt de loonkostensubsidie vast. Het forfait is een voorstel van het kabinet en nog geen wet.";
    /// Printed on.
    pub const AFGEDRUKT: &str = "Afgedrukt op";
    /// Link.
    pub const LINK: &str = "Link naar deze berekening";
    /// Parameter version.
    pub const VERSIE: &str = "Versie van de rekenregels";
    /// Input heading.
    pub const INVOER: &str = "Invoer";
}

/// Summary of the folded choices in the compact view.
pub const KEUZES_KOP: &str = "Meer keuzes: werkgever, loon, contract en forfait";
/// Phone bar: the break-even.
pub const BALK_OMSLAG: &str = "Omslagpunt loonwaarde: ";

/// The break-even loonwaarde as a short figure ("32%", or "geen"), for the phone bar and the comparison.
pub fn omslag_kort(o: rekenkern::Omslagpunt, taal: Taal) -> String {
    match o {
        rekenkern::Omslagpunt::Bij(lw) => rekenkern::getal::procent(lw, 1),
        rekenkern::Omslagpunt::ForfaitAltijdHoger => vertaal(vast::GEEN_OMSLAGPUNT, taal).to_string(),
    }
}

/// Compare with a pinned scenario.
pub mod vast {
    /// Pin button.
    pub const VASTZETTEN: &str = "Zet vast en vergelijk";
    /// Pin hint.
    pub const VASTZETTEN_HINT: &str =
        "Zet deze berekening vast. Verander daarna iets, bijvoorbeeld de uren of de loonwaarde, en zie beide naast elkaar.";
    /// Section heading.
    pub const KOP: &str = "Vergelijking met de vastgezette berekening";
    /// Column: pinned.
    pub const VASTGEZET: &str = "Vastgezet";
    /// Column: current.
    pub const NU: &str = "Nu";
    /// Column: difference.
    pub const VERSCHIL: &str = "Verschil (nu min vastgezet)";
    /// Row: break-even.
    pub const OMSLAGPUNT: &str = "Omslagpunt loonwaarde";
    /// Row value: no break-even.
    pub const GEEN_OMSLAGPUNT: &str = "geen";
    /// What differs.
    pub const ANDERS: &str = "Wat is anders:";
    /// Nothing differs yet.
    pub const GELIJK: &str =
        "De invoer is nog gelijk aan de vastgezette berekening. Verander iets in het formulier om te vergelijken.";
    /// Swap.
    pub const WISSEL: &str = "Wissel om";
    /// Unpin.
    pub const STOP: &str = "Stop met vergelijken";
    /// The pinned scenario cannot be calculated.
    pub const FOUT: &str = "De vastgezette berekening kan niet worden gemaakt:";
    /// Not set.
    pub const LEEG: &str = "niet ingevuld";
}

/// A new version took over while this page was open (service worker, ADR 0017).
pub const NIEUWE_VERSIE: &str = "Er is een nieuwe versie van de rekenhulp. U krijgt die als u de pagina opnieuw opent.";
/// After [`NIEUWE_VERSIE`]: the version that made what is on screen.
pub const BEREKEND_MET: &str = "Wat u nu ziet, is berekend met de rekenregels van versie ";
/// Footer: the page for many employees at once (meerdere.html).
pub const GROEP_LINK: &str = "Meerdere medewerkers tegelijk berekenen, met een CSV-bestand";
/// Footer: privacy.
pub const VOETTEKST: &str = "Geen cookies, geen opslag, geen verzoeken naar andere websites. De berekening staat alleen in de link (na het #-teken) en gaat niet naar een server.";

/// The page for many employees at once (Dutch only: see the module).
pub mod meerdere;
