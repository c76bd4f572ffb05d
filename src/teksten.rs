//! All interface text of the app (Dutch, B1). Calculation text (steps, messages) comes from
//! `rekenkern::teksten`; nothing else in the app holds user-facing text.

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
pub const GEAVANCEERD_UITLEG: &str = "Laat een veld leeg om de waarde uit de tabel te gebruiken. Percentages vult u in als getal, bijvoorbeeld 7,74.";

/// Field labels and hints: (key, label, hint).
pub mod veld {
    /// Peildatum.
    pub const DATUM: (&str, &str) = ("Datum waarvoor u rekent (peildatum)", "Het minimumloon verandert op 1 januari en 1 juli.");
    /// Age.
    pub const LEEFTIJD: (&str, &str) = ("Leeftijd van de werknemer", "Onder de 21 geldt een lager minimumloon.");
    /// Hours.
    pub const UREN: (&str, &str) = ("Uren per week in het contract", "Bijvoorbeeld 36 of 27,5.");
    /// Loonwaarde.
    pub const LOONWAARDE: (&str, &str) = ("Loonwaarde in procent", "Hoeveel de werknemer kan verdienen, vergeleken met het minimumloon. Een heel getal van 0 tot en met 100.");
    /// Full-time week.
    pub const VOLTIJD: (&str, &str) = ("Volledige werkweek in uw sector (uren)", "Leeg laten: bij een sociaal ontwikkelbedrijf de cao Aan de Slag, anders uw eigen uren.");
    /// Own wage.
    pub const UURLOON: (&str, &str) = ("Bruto uurloon in euro", "Zonder vakantiebijslag. Minimaal het minimumloon.");
    /// Scale wage.
    pub const SCHAALLOON: (&str, &str) = ("Uurloon van deze schaal in euro", "Zoek het bedrag op in de loontabel van de cao Aan de Slag voor deze datum.");
    /// Grant date.
    pub const TOEKENNING: (&str, &str) = ("Datum waarop de loonkostensubsidie is toegekend", "Alleen invullen als de subsidie al loopt. Die stijgt alleen op 1 januari mee met het minimumloon.");
    /// WML override.
    pub const WML: (&str, &str) = ("Minimumuurloon voor deze leeftijd in euro", "Alleen nodig als de rekenhulp het bedrag voor deze datum nog niet kent.");
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
    pub const WHK: (&str, &str) = ("Premie Werkhervattingskas Whk (%)", "Uw eigen premie staat in de beschikking van de Belastingdienst.");
    /// Zvw.
    pub const ZVW: (&str, &str) = ("Werkgeversheffing Zvw (%)", "");
    /// Pension.
    pub const PENSIOEN: (&str, &str) = ("Pensioenpremie werkgever (% van loon en vakantiebijslag)", "Leeg laten: schatting.");
    /// Year-end payment.
    pub const EJU: (&str, &str) = ("Eindejaarsuitkering cao per jaar bij een volle werkweek (euro)", "");
    /// One-off.
    pub const EENMALIG: (&str, &str) = ("Eenmalige uitkering cao dit jaar bij een volle werkweek (euro)", "");
    /// Maximum premium wage.
    pub const MAX_PREMIELOON: (&str, &str) = ("Maximumpremieloon per jaar (euro)", "");
}

/// Choice groups: legend and options (value, label).
pub mod keuze {
    /// Employer.
    pub const WERKGEVER: (&str, &[(&str, &str)]) = ("Soort werkgever", &[("sob", "Sociaal ontwikkelbedrijf of gemeente (cao Aan de Slag)"), ("regulier", "Gewone werkgever")]);
    /// Wage.
    pub const LOON: (&str, &[(&str, &str)]) = ("Loon", &[("wml", "Minimumloon"), ("eigen", "Eigen uurloon"), ("cao", "Cao Aan de Slag")]);
    /// Scale.
    pub const SCHAAL: (&str, &[(&str, &str)]) = ("Schaal in de cao Aan de Slag", &[("1", "Schaal 1 (minimumloon)"), ("2", "Schaal 2"), ("3", "Schaal 3")]);
    /// Contract.
    pub const CONTRACT: (&str, &[(&str, &str)]) = ("Soort contract", &[("tijdelijk", "Tijdelijk"), ("vast", "Vast (schriftelijk, geen oproep)"), ("oproep", "Oproepcontract")]);
    /// Public employer.
    pub const OVERHEID: (&str, &[(&str, &str)]) = ("Overheidswerkgever?", &[("ja", "Ja"), ("nee", "Nee")]);
    /// Size.
    pub const OMVANG: (&str, &[(&str, &str)]) = ("Grootte van de werkgever (voor de Aof-premie)", &[("groot", "Middelgroot of groot"), ("klein", "Klein")]);
    /// Beschut.
    pub const BESCHUT: (&str, &[(&str, &str)]) = ("Is het beschut werk?", &[("ja", "Ja, beschut werk"), ("nee", "Nee, een andere baan met loonkostensubsidie")]);
    /// Forfait reading.
    pub const FORFAIT: (&str, &[(&str, &str)]) = ("Hoe wordt het forfait berekend? (nog niet bekend)", &[
        ("A", "A: over minimumloon plus vakantiebijslag, plus werkgeverslasten (standaard)"),
        ("B", "B: over minimumloon zonder vakantiebijslag, plus werkgeverslasten"),
        ("C", "C: over minimumloon plus vakantiebijslag, werkgeverslasten inbegrepen"),
    ]);
    /// Period.
    pub const PERIODE: (&str, &[(&str, &str)]) = ("Bedragen", &[("uur", "per uur"), ("maand", "per maand"), ("jaar", "per jaar")]);
}

/// Figure labels.
pub mod figuur {
    /// Gross wage.
    pub const BRUTOLOON: &str = "Brutoloon";
    /// Holiday pay.
    pub const VAKANTIEBIJSLAG: &str = "Vakantiebijslag";
    /// Cao payments.
    pub const CAO_EXTRA: &str = "Extra uitkeringen cao";
    /// Employer charges.
    pub const WERKGEVERSLASTEN: &str = "Premies en pensioen";
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
    pub fn voorgenomen(jaar: u16) -> String {
        format!("voorgenomen, beoogd {jaar}")
    }
}

/// Sentences around the comparison.
pub mod zin {
    use rekenkern::getal::{euro, procent};
    use rust_decimal::Decimal;

    /// Break-even sentence.
    pub fn omslagpunt(lw: Decimal) -> String {
        format!("Is de loonwaarde lager dan {}, dan krijgt u meer subsidie met een meting. Is de loonwaarde hoger, dan krijgt u meer met het forfait.", procent(lw, 1))
    }
    /// No break-even.
    pub const FORFAIT_ALTIJD: &str = "Met het forfait krijgt u bij elke loonwaarde minstens zoveel subsidie als met een meting.";
    /// Which is cheaper now; `verschil` is net cost with forfait minus net cost with measuring.
    pub fn nu(verschil: Decimal, periode: &str) -> String {
        if verschil < Decimal::ZERO {
            format!("Bij deze loonwaarde betaalt u met het forfait {} {periode} minder.", euro(verschil.abs()))
        } else if verschil > Decimal::ZERO {
            format!("Bij deze loonwaarde betaalt u met een meting {} {periode} minder.", euro(verschil))
        } else {
            "Bij deze loonwaarde maakt het geen verschil.".to_string()
        }
    }
    /// Live summary for screen readers.
    pub fn samenvatting(netto_meting: Decimal, netto_forfait: Decimal, periode: &str) -> String {
        format!("U betaalt zelf {} {periode} met een meting en {} met het forfait.", euro(netto_meting), euro(netto_forfait))
    }
    /// Chart description.
    pub fn grafiek(lw_nu: Decimal) -> String {
        format!("De grafiek toont wat u zelf betaalt bij een loonwaarde van 0 tot 100%. Met een meting daalt het bedrag als de loonwaarde stijgt; het forfait blijft gelijk. De streep staat bij de loonwaarde van nu: {}.", procent(lw_nu, 0))
    }
}

/// Period words.
pub fn periode_woord(p: rekenkern::Periode) -> &'static str {
    match p {
        rekenkern::Periode::Uur => "per uur",
        rekenkern::Periode::Maand => "per maand",
        rekenkern::Periode::Jaar => "per jaar",
    }
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
    pub const DEEL_WAARSCHUWING: &str = "De link bevat alle gegevens van deze berekening. Zet er geen namen bij als u hem deelt.";
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
    /// Missing values.
    pub const ONTBREEKT: &str = "Voor deze datum kent de rekenhulp niet alle waarden. Vul ze hieronder zelf in, of kies een eerdere datum.";
    /// Form errors summary.
    pub const FOUTEN: &str = "Er is iets niet goed ingevuld:";
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

/// Footer.
pub const VOETTEKST: &str = "Geen cookies, geen opslag, geen verzoeken naar andere websites. De berekening staat alleen in de link (na het #-teken) en gaat niet naar een server.";
