//! The input table: one row per scenario key. It is the only place where a key is written as text;
//! everything else names a key through [`Sleutel`]. From each row come the codec (`scenario.rs`
//! reads and writes through `lees` and `schrijf`), the check of a scenario built in code
//! (`scenario::controleer`), the way a spreadsheet cell is read (`vorm`, `batch::cel`), the other column
//! names of payroll exports (`ook`, `batch::kolommen`), the group the app and the docs place it in
//! (`groep`), and the line in `docs/scenario.md` (`doc`, generated; a test fails when it is stale).
//!
//! A new input is: a field in [`Invoer`], a row here, and the rule or resolver step that uses it
//! (`docs/onderhoud.md`, "Een invoer toevoegen").
//!
//! The `doc` texts and the other column names are kept out of [`VELDEN`] (they are a `match` in
//! [`Sleutel::documentatie`] and [`Sleutel::ook`]), so the app's first screen does not carry them.

use crate::controle::{self, bericht};
use crate::datum::Datum;
use crate::getal::{lees_getal, machine, GetalFout};
use crate::invoer::{grenzen, Contract, Invoer, Lezing, Lid7, LoonKeuze, Omvang, Subsidie, Werkgever, WglMaximum};
use rust_decimal::Decimal;

/// The key of the format version (not an input: `scenario.rs` checks it).
pub const VERSIE_SLEUTEL: &str = "v";

/// How a value is written; decides how a spreadsheet cell is read and whether a form shows a
/// decimal comma.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Vorm {
    /// `JJJJ-MM-DD`.
    Datum,
    /// `JJJJ-MM`.
    MaandJaar,
    /// A whole number.
    Geheel,
    /// A decimal number (hours, euro).
    Getal,
    /// A percentage as a number (`23.5` is 23,5%); the scenario holds the fraction.
    Procent,
    /// One of these words.
    Keuze(&'static [&'static str]),
}

impl Vorm {
    /// The value is a decimal number (the form may show a Dutch comma).
    pub fn is_decimaal(self) -> bool {
        matches!(self, Vorm::Getal | Vorm::Procent)
    }
}

/// Where an input belongs: the docs list the keys by group, the app places its fields by it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Groep {
    /// What the person and the job are (the first part of the form).
    Berekening,
    /// A reading of the law where it is unclear (ADRs; "meer instellingen").
    Lezing,
    /// A parameter value the user supplies instead of the table (past the tables).
    Waarde,
    /// Only for the year overview (`jaar::jaaroverzicht`); `bereken` ignores it.
    Jaar,
}

/// One row of the table.
#[derive(Clone, Copy)]
pub struct Invoerveld {
    /// The typed key.
    pub sleutel: Sleutel,
    /// The key as written in a link, the CLI and a CSV header.
    pub naam: &'static str,
    /// How the value is written.
    pub vorm: Vorm,
    /// Where it belongs.
    pub groep: Groep,
    /// Reads the value into the scenario; the error is the Dutch message for the field.
    pub lees: fn(&mut Invoer, &str) -> Result<(), &'static str>,
    /// The value as written, if it is set.
    pub schrijf: fn(&Invoer) -> Option<String>,
}

/// The question a key asks in the form (publicodes keeps `question` on the rule, too).
#[derive(Clone, Copy, Debug)]
pub struct Vraag {
    /// The label of the field, or the legend of the choice.
    pub label: &'static str,
    /// The line under the label; empty when there is none.
    pub hint: &'static str,
    /// For a choice: (word as written, label), in the order the form shows them.
    pub opties: &'static [(&'static str, &'static str)],
}

impl Vraag {
    /// No field of its own (`voorlopig`: a button).
    pub const GEEN: Vraag = Vraag { label: "", hint: "", opties: &[] };

    /// The label of the option written as `woord`.
    pub fn optie(&self, woord: &str) -> Option<&'static str> {
        self.opties.iter().find(|(w, _)| w.eq_ignore_ascii_case(woord)).map(|(_, l)| *l)
    }
}

/// The documentation line of a key (`docs/scenario.md`).
#[derive(Clone, Copy, Debug)]
pub struct Documentatie {
    /// What it means.
    pub betekenis: &'static str,
    /// The values it takes.
    pub waarden: &'static str,
    /// What the calculation uses when it is empty.
    pub standaard: &'static str,
}

macro_rules! invoertabel {
    ($( $var:ident = $naam:literal {
        veld: |$i:ident| $pad:expr,
        lees: $lees:expr,
        schrijf: $schrijf:expr,
        vorm: $vorm:expr,
        groep: $groep:ident,
        $(vraag: $vraag:tt,)?
        ook: [$($ook:literal),* $(,)?],
        doc: [$betekenis:literal, $waarden:literal, $standaard:literal $(,)?] $(,)?
    } ),* $(,)?) => {
        /// A scenario key, typed: a key that does not exist does not compile.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Sleutel { $( #[doc = $betekenis] $var ),* }

        /// Every row, in encoding order (the order of [`Sleutel`]).
        pub const VELDEN: &[Invoerveld] = &[ $( Invoerveld {
            sleutel: Sleutel::$var,
            naam: $naam,
            vorm: $vorm,
            groep: Groep::$groep,
            lees: |$i: &mut Invoer, w: &str| {
                $pad = Some(($lees)(w)?);
                Ok(())
            },
            schrijf: |$i: &Invoer| $pad.map($schrijf),
        } ),* ];

        impl Sleutel {
            /// Its question in the form: label, hint and the label of each option, in Dutch and
            /// English ([`tekst!`](crate::tekst)); [`Vraag::GEEN`] for a key with no field of its
            /// own. A `match` (code), not in [`VELDEN`] (data): only the app's form and the group
            /// page ask it, and the first wasm module, which reads the table, carries none of it
            /// (ADR 0024).
            pub fn vraag(self) -> Vraag {
                match self { $( Sleutel::$var => invoertabel!(@vraag $($vraag)?) ),* }
            }

            /// The key as written.
            pub const fn naam(self) -> &'static str {
                match self { $( Sleutel::$var => $naam ),* }
            }

            /// Other column names of payroll exports, folded as `batch::kolommen::normaal` makes
            /// them (a `match`, like the docs: the app's first screen does not carry them).
            pub fn ook(self) -> &'static [&'static str] {
                match self { $( Sleutel::$var => &[$($ook),*] ),* }
            }

            /// Its line in `docs/scenario.md`.
            pub fn documentatie(self) -> Documentatie {
                match self {
                    $( Sleutel::$var => Documentatie { betekenis: $betekenis, waarden: $waarden, standaard: $standaard } ),*
                }
            }
        }
    };
    (@vraag) => { Vraag::GEEN };
    (@vraag {
        label: $label:literal => $label_en:literal,
        $(hint: $hint:literal => $hint_en:literal,)?
        $(opties: [$($woord:literal: $optie:literal => $optie_en:literal),* $(,)?],)?
    }) => {
        Vraag {
            label: tekst!($label => $label_en),
            hint: invoertabel!(@hint $($hint => $hint_en)?),
            opties: &[$($(($woord, tekst!($optie => $optie_en))),*)?],
        }
    };
    (@hint) => { "" };
    (@hint $hint:literal => $hint_en:literal) => { tekst!($hint => $hint_en) };
}

impl Sleutel {
    /// Its row.
    pub fn veld(self) -> &'static Invoerveld {
        // VELDEN is generated in the order of the enum (a test checks it), so this index exists.
        &VELDEN[self as usize]
    }

    /// The key written as `naam`, if there is one.
    pub fn uit_naam(naam: &str) -> Option<Sleutel> {
        VELDEN.iter().find(|v| v.naam == naam).map(|v| v.sleutel)
    }
}

impl std::fmt::Display for Sleutel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.naam())
    }
}

// How values are read: each returns the Dutch message for the field when the value does not fit.

fn getal(w: &str) -> Result<Decimal, &'static str> {
    lees_getal(w, grenzen::DECIMALEN_GELD).map_err(getalfout)
}

fn getalfout(f: GetalFout) -> &'static str {
    match f {
        GetalFout::TeVeelDecimalen => bericht::DECIMALEN,
        GetalFout::Leeg | GetalFout::GeenGetal => bericht::GETAL,
    }
}

/// A whole number of at most three digits; `fout` is the field's own message.
fn geheel(w: &str, fout: &'static str) -> Result<u8, &'static str> {
    if w.is_empty() || w.len() > 3 || !w.bytes().all(|c| c.is_ascii_digit()) {
        return Err(fout);
    }
    w.parse().map_err(|_| fout)
}

fn procent(w: &str) -> Result<Decimal, &'static str> {
    let p = lees_getal(w, grenzen::DECIMALEN_PROCENT).map_err(getalfout)?;
    controle::fractie(p / Decimal::ONE_HUNDRED)
}

fn pct(f: Decimal) -> String {
    machine(f * Decimal::ONE_HUNDRED)
}

fn datum(w: &str) -> Result<Datum, &'static str> {
    Datum::parse(w).ok_or(bericht::DATUM)
}

fn keuze<T: Copy>(w: &str, opties: &[(&str, T)]) -> Result<T, &'static str> {
    opties.iter().find(|(n, _)| n.eq_ignore_ascii_case(w)).map(|(_, t)| *t).ok_or(bericht::KEUZE)
}

/// The word of a choice.
pub fn woord<T: PartialEq>(t: T, opties: &[(&'static str, T)]) -> &'static str {
    opties.iter().find(|(_, x)| *x == t).map(|(n, _)| *n).unwrap_or_default()
}

/// The words of a choice, for [`Vorm::Keuze`].
const fn woorden<T: Copy, const N: usize>(opties: &[(&'static str, T); N]) -> [&'static str; N] {
    let mut uit = [""; N];
    let mut k = 0;
    while k < N {
        uit[k] = opties[k].0;
        k += 1;
    }
    uit
}

/// The words of each choice and what they mean.
pub mod keuzes {
    use super::*;
    /// `forfait`.
    pub const LEZINGEN: [(&str, Lezing); 3] = [("A", Lezing::A), ("B", Lezing::B), ("C", Lezing::C)];
    /// `loon`.
    pub const LONEN: [(&str, LoonKeuze); 3] =
        [("wml", LoonKeuze::Wml), ("eigen", LoonKeuze::Eigen), ("cao", LoonKeuze::Cao)];
    /// `contract`.
    pub const CONTRACTEN: [(&str, Contract); 3] =
        [("vast", Contract::Vast), ("tijdelijk", Contract::Tijdelijk), ("oproep", Contract::Oproep)];
    /// `werkgever`.
    pub const WERKGEVERS: [(&str, Werkgever); 2] = [("sob", Werkgever::Sob), ("regulier", Werkgever::Regulier)];
    /// `omvang`.
    pub const OMVANGEN: [(&str, Omvang); 2] = [("klein", Omvang::Klein), ("groot", Omvang::Groot)];
    /// `overheid`, `beschut`, `voorlopig`, `aangekondigd`, `lid5`.
    pub const JA_NEE: [(&str, bool); 2] = [("ja", true), ("nee", false)];
    /// `subsidie`.
    pub const SUBSIDIES: [(&str, Subsidie); 2] = [("nieuw", Subsidie::Nieuw), ("lopend", Subsidie::Lopend)];
    /// `lid7`.
    pub const LID7: [(&str, Lid7); 2] = [("herijken", Lid7::Herijken), ("indexeren", Lid7::Indexeren)];
    /// `wgl_max`.
    pub const WGL_MAX: [(&str, WglMaximum); 2] = [("buiten", WglMaximum::Buiten), ("binnen", WglMaximum::Binnen)];
    /// `schaal`: the scales of the cao Aan de Slag (read as a number, shown as a choice).
    pub const SCHALEN: [(&str, u8); 3] = [("1", 1), ("2", 2), ("3", 3)];
}
use keuzes::*;

const LEZING_W: [&str; 3] = woorden(&LEZINGEN);
const LOON_W: [&str; 3] = woorden(&LONEN);
const CONTRACT_W: [&str; 3] = woorden(&CONTRACTEN);
const WERKGEVER_W: [&str; 2] = woorden(&WERKGEVERS);
const OMVANG_W: [&str; 2] = woorden(&OMVANGEN);
const JA_NEE_W: [&str; 2] = woorden(&JA_NEE);
const SUBSIDIE_W: [&str; 2] = woorden(&SUBSIDIES);
const LID7_W: [&str; 2] = woorden(&LID7);
const WGL_MAX_W: [&str; 2] = woorden(&WGL_MAX);

invoertabel! {
    Datum = "datum" {
        veld: |i| i.datum,
        lees: datum,
        schrijf: |d: Datum| d.to_string(),
        vorm: Vorm::Datum,
        groep: Berekening,
        vraag: {
            label: "Datum waarvoor u rekent (peildatum)" => "Date you calculate for (reference date)",
            hint: "Het minimumloon verandert op 1 januari en 1 juli." => "The minimum wage changes on 1 January and 1 July.",
        },
        ook: ["peildatum", "berekeningsdatum"],
        doc: ["peildatum", "`JJJJ-MM-DD`", "vandaag (de app vult het veld altijd in)"],
    },
    Leeftijd = "leeftijd" {
        veld: |i| i.leeftijd,
        lees: |w| geheel(w, bericht::LEEFTIJD).and_then(controle::leeftijd),
        schrijf: |v: u8| v.to_string(),
        vorm: Vorm::Geheel,
        groep: Berekening,
        vraag: {
            label: "Leeftijd van de werknemer" => "Age of the employee",
            hint: "Onder de 21 geldt een lager minimumloon." => "Under 21 a lower minimum wage applies.",
        },
        ook: [],
        doc: ["leeftijd werknemer", "heel getal 15..99", "21"],
    },
    Uren = "uren" {
        veld: |i| i.uren,
        lees: |w| getal(w).and_then(controle::uren),
        schrijf: machine,
        vorm: Vorm::Getal,
        groep: Berekening,
        vraag: {
            label: "Uren per week in het contract" => "Hours per week in the contract",
            hint: "Bijvoorbeeld 36 of 27,5." => "For example 36 or 27,5.",
        },
        ook: ["urenperweek", "contracturen", "contracturenperweek", "arbeidsduur", "arbeidsduururenperweek", "weekuren"],
        doc: ["uren per week in het contract", "> 0 en ≤ 60, 2 decimalen", "36"],
    },
    Voltijd = "voltijd" {
        veld: |i| i.voltijd,
        lees: |w| getal(w).and_then(controle::voltijd),
        schrijf: machine,
        vorm: Vorm::Getal,
        groep: Berekening,
        vraag: {
            label: "Volledige werkweek in uw sector (uren)" => "Full working week in your sector (hours)",
            hint: "Leeg laten: bij een sociaal ontwikkelbedrijf de cao Aan de Slag, anders uw eigen uren." => "Leave empty: for a social development company the collective agreement Aan de Slag, otherwise your own hours.",
        },
        ook: ["volledigewerkweek", "voltijdsuren", "voltijduren", "voltijdurenperweek", "fulltimeuren"],
        doc: [
            "volledige werkweek in de sector",
            "> 0 en ≤ 60",
            "sociaal ontwikkelbedrijf: cao Aan de Slag (37, vanaf 2027 36); gewone werkgever: gelijk aan `uren`",
        ],
    },
    Loonwaarde = "loonwaarde" {
        veld: |i| i.loonwaarde,
        lees: |w| geheel(w, bericht::LOONWAARDE).and_then(controle::loonwaarde),
        schrijf: |v: u8| v.to_string(),
        vorm: Vorm::Geheel,
        groep: Berekening,
        vraag: {
            label: "Loonwaarde in procent" => "Loonwaarde in percent",
            hint: "Hoeveel de werknemer kan verdienen, vergeleken met het minimumloon. Een heel getal van 0 tot en met 100." => "How much the employee can earn, compared with the minimum wage. A whole number from 0 up to and including 100.",
        },
        ook: ["loonwaardepercentage", "loonwaardeprocent"],
        doc: ["gemeten loonwaarde in procent", "heel getal 0..100", "30"],
    },
    Forfait = "forfait" {
        veld: |i| i.forfait,
        lees: |w| keuze(w, &LEZINGEN),
        schrijf: |v| woord(v, &LEZINGEN).to_string(),
        vorm: Vorm::Keuze(&LEZING_W),
        groep: Lezing,
        vraag: {
            label: "Hoe wordt het forfait berekend? (nog niet bekend)" => "How is the fixed subsidy calculated? (not known yet)",
            opties: [
                "A": "A: over minimumloon plus vakantiebijslag, plus werkgeverslasten (standaard)" => "A: on minimum wage plus holiday allowance, plus employer charges (default)",
                "B": "B: over minimumloon zonder vakantiebijslag, plus werkgeverslasten" => "B: on minimum wage without holiday allowance, plus employer charges",
                "C": "C: over minimumloon plus vakantiebijslag, werkgeverslasten inbegrepen" => "C: on minimum wage plus holiday allowance, employer charges included",
            ],
        },
        ook: [],
        doc: ["lezing van het voorgenomen forfait", "`A`, `B`, `C` (ADR 0003)", "`A`"],
    },
    Loon = "loon" {
        veld: |i| i.loon,
        lees: |w| keuze(w, &LONEN),
        schrijf: |v| woord(v, &LONEN).to_string(),
        vorm: Vorm::Keuze(&LOON_W),
        groep: Berekening,
        vraag: {
            label: "Loon" => "Wage",
            opties: [
                "wml": "Minimumloon" => "Minimum wage",
                "eigen": "Eigen uurloon" => "Own hourly wage",
                "cao": "Cao Aan de Slag" => "Collective agreement Aan de Slag",
            ],
        },
        ook: [],
        doc: ["loon", "`wml`, `eigen`, `cao`", "`wml`"],
    },
    Uurloon = "uurloon" {
        veld: |i| i.uurloon,
        lees: |w| getal(w).and_then(controle::uurloon),
        schrijf: machine,
        vorm: Vorm::Getal,
        groep: Berekening,
        vraag: {
            label: "Bruto uurloon in euro" => "Gross hourly wage in euro",
            hint: "Zonder vakantiebijslag. Minimaal het minimumloon." => "Without holiday allowance. At least the minimum wage.",
        },
        ook: ["brutouurloon"],
        doc: [
            "eigen bruto uurloon, of het uurloon van cao-schaal 2/3",
            "> 0 en ≤ 1000",
            "— (verplicht bij `eigen` en schaal 2/3)",
        ],
    },
    Schaal = "schaal" {
        veld: |i| i.schaal,
        lees: |w| geheel(w, bericht::SCHAAL).and_then(controle::schaal),
        schrijf: |v: u8| v.to_string(),
        vorm: Vorm::Geheel,
        groep: Berekening,
        vraag: {
            label: "Schaal in de cao Aan de Slag" => "Scale in the collective agreement Aan de Slag",
            opties: [
                "1": "Schaal 1 (minimumloon)" => "Scale 1 (minimum wage)",
                "2": "Schaal 2" => "Scale 2",
                "3": "Schaal 3" => "Scale 3",
            ],
        },
        ook: ["loonschaal", "salarisschaal"],
        doc: ["schaal cao Aan de Slag", "`1` (= minimumloon), `2`, `3`", "1"],
    },
    Contract = "contract" {
        veld: |i| i.contract,
        lees: |w| keuze(w, &CONTRACTEN),
        schrijf: |v| woord(v, &CONTRACTEN).to_string(),
        vorm: Vorm::Keuze(&CONTRACT_W),
        groep: Berekening,
        vraag: {
            label: "Soort contract" => "Kind of contract",
            opties: [
                "tijdelijk": "Tijdelijk" => "Fixed-term",
                "vast": "Vast (schriftelijk, geen oproep)" => "Permanent (written, not on call)",
                "oproep": "Oproepcontract" => "On-call contract",
            ],
        },
        ook: [],
        doc: ["soort contract (AWf-premie)", "`vast`, `tijdelijk`, `oproep`", "`tijdelijk`"],
    },
    Werkgever = "werkgever" {
        veld: |i| i.werkgever,
        lees: |w| keuze(w, &WERKGEVERS),
        schrijf: |v| woord(v, &WERKGEVERS).to_string(),
        vorm: Vorm::Keuze(&WERKGEVER_W),
        groep: Berekening,
        vraag: {
            label: "Soort werkgever" => "Kind of employer",
            opties: [
                "sob": "Sociaal ontwikkelbedrijf of gemeente (cao Aan de Slag)" => "Social development company or municipality (collective agreement Aan de Slag)",
                "regulier": "Gewone werkgever" => "Regular employer",
            ],
        },
        ook: [],
        doc: ["soort werkgever", "`sob` (sociaal ontwikkelbedrijf/gemeente), `regulier`", "`sob`"],
    },
    Overheid = "overheid" {
        veld: |i| i.overheid,
        lees: |w| keuze(w, &JA_NEE),
        schrijf: |v| woord(v, &JA_NEE).to_string(),
        vorm: Vorm::Keuze(&JA_NEE_W),
        groep: Berekening,
        vraag: {
            label: "Overheidswerkgever?" => "Public employer?",
            opties: [
                "ja": "Ja" => "Yes",
                "nee": "Nee" => "No",
            ],
        },
        ook: [],
        doc: ["overheidswerkgever (Ufo-premie)", "`ja`, `nee`", "`ja` bij `sob`, anders `nee`"],
    },
    Omvang = "omvang" {
        veld: |i| i.omvang,
        lees: |w| keuze(w, &OMVANGEN),
        schrijf: |v| woord(v, &OMVANGEN).to_string(),
        vorm: Vorm::Keuze(&OMVANG_W),
        groep: Berekening,
        vraag: {
            label: "Grootte van de werkgever (voor de Aof-premie)" => "Size of the employer (for the Aof premium)",
            opties: [
                "groot": "Middelgroot of groot" => "Medium-sized or large",
                "klein": "Klein" => "Small",
            ],
        },
        ook: [],
        doc: ["grootte werkgever (Aof-premie)", "`klein`, `groot`", "`groot`"],
    },
    Beschut = "beschut" {
        veld: |i| i.beschut,
        lees: |w| keuze(w, &JA_NEE),
        schrijf: |v| woord(v, &JA_NEE).to_string(),
        vorm: Vorm::Keuze(&JA_NEE_W),
        groep: Berekening,
        vraag: {
            label: "Is het beschut werk?" => "Is it sheltered work?",
            opties: [
                "ja": "Ja, beschut werk" => "Yes, sheltered work",
                "nee": "Nee, een andere baan met loonkostensubsidie" => "No, another job with wage cost subsidy",
            ],
        },
        ook: [],
        doc: ["beschut werk (Pw art. 10b)", "`ja`, `nee`", "`ja`"],
    },
    Subsidie = "subsidie" {
        veld: |i| i.subsidie,
        lees: |w| keuze(w, &SUBSIDIES),
        schrijf: |v| woord(v, &SUBSIDIES).to_string(),
        vorm: Vorm::Keuze(&SUBSIDIE_W),
        groep: Berekening,
        vraag: {
            label: "Is de loonkostensubsidie nieuw of loopt die al?" => "Is the wage cost subsidy new or already running?",
            opties: [
                "nieuw": "Nieuw: toegekend op de datum hierboven" => "New: granted on the date above",
                "lopend": "Loopt al: eerder toegekend" => "Already running: granted earlier",
            ],
        },
        ook: [],
        doc: [
            "is de LKS nieuw (toegekend op de peildatum) of loopt die al (lid 7)?",
            "`nieuw`, `lopend`",
            "`lopend` als `toekenning` is ingevuld, anders `nieuw` (zichtbaar als aanname)",
        ],
    },
    Toekenning = "toekenning" {
        veld: |i| i.toekenning,
        lees: datum,
        schrijf: |d: Datum| d.to_string(),
        vorm: Vorm::Datum,
        groep: Berekening,
        vraag: {
            label: "Sinds wanneer loopt de subsidie? (datum van toekenning)" => "Since when has the subsidy been running? (date of the grant)",
            hint: "Een lopende subsidie stijgt alleen op 1 januari mee met het minimumloon." => "A running subsidy rises with the minimum wage only on 1 January.",
        },
        ook: ["toekenningsdatum", "datumtoekenning"],
        doc: [
            "datum waarop de lopende LKS is toegekend (lid 7)",
            "`JJJJ-MM-DD`, niet na `datum`",
            "— (verplicht bij `subsidie=lopend`)",
        ],
    },
    Lid7 = "lid7" {
        veld: |i| i.lid7,
        lees: |w| keuze(w, &LID7),
        schrijf: |v| woord(v, &LID7).to_string(),
        vorm: Vorm::Keuze(&LID7_W),
        groep: Lezing,
        vraag: {
            label: "Lopende subsidie, toegekend na 1 juli van een eerder jaar: hoe stijgt die op 1 januari?" => "Running subsidy, granted after 1 July of an earlier year: how does it rise on 1 January?",
            opties: [
                "herijken": "Opnieuw berekend met het minimumloon van 1 januari (standaard)" => "Recalculated with the minimum wage of 1 January (default)",
                "indexeren": "Verhoogd met de stijging van het minimumloon in het hele afgelopen jaar (letterlijke wettekst)" => "Raised by the minimum wage increase over the whole past year (literal text of the law)",
            ],
        },
        ook: [],
        doc: [
            "lezing van lid 7 voor een toekenning na 1 juli van een eerder jaar (ADR 0008)",
            "`herijken`, `indexeren`",
            "`herijken` (aanname als de lezingen verschillen)",
        ],
    },
    WglMax = "wgl_max" {
        veld: |i| i.wgl_max,
        lees: |w| keuze(w, &WGL_MAX),
        schrijf: |v| woord(v, &WGL_MAX).to_string(),
        vorm: Vorm::Keuze(&WGL_MAX_W),
        groep: Lezing,
        vraag: {
            label: "Valt de vergoeding voor werkgeverslasten binnen het maximum van 70%?" => "Does the employer charges allowance fall within the 70% maximum?",
            opties: [
                "buiten": "Nee: eerst 70%, dan 23,5% erbovenop (zoals gemeenten doen, standaard)" => "No: first 70%, then 23,5% on top (as municipalities do, default)",
                "binnen": "Ja: subsidie met vergoeding samen hoogstens 70% (andere lezing)" => "Yes: subsidy and allowance together at most 70% (other reading)",
            ],
        },
        ook: [],
        doc: [
            "valt de vergoeding werkgeverslasten binnen het maximum van 70%? (ADR 0001)",
            "`buiten`, `binnen`",
            "`buiten` (aanname als de lezingen verschillen)",
        ],
    },
    Voorlopig = "voorlopig" {
        veld: |i| i.voorlopig,
        lees: |w| keuze(w, &JA_NEE),
        schrijf: |v| woord(v, &JA_NEE).to_string(),
        vorm: Vorm::Keuze(&JA_NEE_W),
        groep: Lezing,
        ook: [],
        doc: [
            "na de tabellen: reken met de laatst bekende waarden (`ja`) of vraag de ontbrekende waarden (`nee`) (ADR 0013)",
            "`ja`, `nee`",
            "app en pagina voor meerdere medewerkers: `ja`, zichtbaar als aanname en bij elk bedrag; CLI: `nee` (een script kiest zelf)",
        ],
    },
    Aangekondigd = "aangekondigd" {
        veld: |i| i.aangekondigd,
        lees: |w| keuze(w, &JA_NEE),
        schrijf: |v| woord(v, &JA_NEE).to_string(),
        vorm: Vorm::Keuze(&JA_NEE_W),
        groep: Lezing,
        vraag: {
            label: "Aangekondigde waarden (besluiten van het kabinet met een datum, nog niet officieel gepubliceerd)" => "Announced values (government decisions with a date, not yet officially published)",
            opties: [
                "ja": "Rekenen met aangekondigde waarden (standaard)" => "Calculate with announced values (default)",
                "nee": "Alleen gepubliceerde en laatst bekende waarden" => "Only published and last known values",
            ],
        },
        ook: [],
        doc: [
            "reken met aangekondigde waarden, zoals de staffel minimumjeugdloon per 1-1-2027 (ADR 0024)",
            "`ja`, `nee`",
            "`ja`, zichtbaar als aanname en bij elk bedrag dat erop rust",
        ],
    },
    Wml = "wml" {
        veld: |i| i.overrides.wml,
        lees: |w| getal(w).and_then(controle::uurloon),
        schrijf: machine,
        vorm: Vorm::Getal,
        groep: Waarde,
        vraag: {
            label: "Minimumuurloon voor deze leeftijd in euro" => "Minimum hourly wage for this age in euro",
            hint: "Alleen nodig als de rekenhulp het bedrag voor deze datum nog niet kent." => "Only needed if the calculator does not know the amount for this date yet.",
        },
        ook: [],
        doc: ["minimumuurloon voor deze leeftijd (eigen waarde)", "euro per uur", "tabel"],
    },
    Rml = "rml" {
        veld: |i| i.overrides.rml,
        lees: |w| getal(w).and_then(controle::maandloon),
        schrijf: machine,
        vorm: Vorm::Getal,
        groep: Waarde,
        vraag: {
            label: "Minimumloon per maand voor 21 jaar en ouder in euro (referentiemaandloon)" => "Monthly minimum wage for 21 and older in euro (reference monthly wage)",
            hint: "Alleen nodig als de rekenhulp het bedrag voor deze datum nog niet kent. Geldt ook voor 1 januari als de subsidie al loopt." => "Only needed if the calculator does not know the amount for this date yet. Also used for 1 January if the subsidy is already running.",
        },
        ook: [],
        doc: [
            "minimumloon per maand, 21 jaar en ouder (referentiemaandloon; grondslag van de LKS, ADR 0011)",
            "euro per maand, > 0 en ≤ 20.000",
            "tabel. Geldt voor de peildatum, en bij een lopende subsidie ook voor 1 januari als de tabel die datum niet kent",
        ],
    },
    Wgl = "wgl" {
        veld: |i| i.overrides.wgl,
        lees: procent,
        schrijf: pct,
        vorm: Vorm::Procent,
        groep: Waarde,
        vraag: {
            label: "Vergoeding werkgeverslasten op de subsidie (%)" => "Allowance for employer charges on the subsidy (%)",
        },
        ook: [],
        doc: ["vergoeding werkgeverslasten op de LKS", "%", "tabel (23,5%)"],
    },
    PAwf = "p_awf" {
        veld: |i| i.overrides.awf,
        lees: procent,
        schrijf: pct,
        vorm: Vorm::Procent,
        groep: Waarde,
        vraag: {
            label: "WW-premie AWf (%)" => "Unemployment premium AWf (%)",
        },
        ook: [],
        doc: ["werkgeverspremie AWf (laag bij `vast`, anders hoog)", "%", "tabel"],
    },
    PAof = "p_aof" {
        veld: |i| i.overrides.aof,
        lees: procent,
        schrijf: pct,
        vorm: Vorm::Procent,
        groep: Waarde,
        vraag: {
            label: "Premie Aof (%)" => "Aof premium (%)",
        },
        ook: [],
        doc: ["werkgeverspremie Aof (laag bij `klein`, anders hoog)", "%", "tabel"],
    },
    PUfo = "p_ufo" {
        veld: |i| i.overrides.ufo,
        lees: procent,
        schrijf: pct,
        vorm: Vorm::Procent,
        groep: Waarde,
        vraag: {
            label: "Premie Ufo (%)" => "Ufo premium (%)",
            hint: "Alleen voor overheidswerkgevers." => "Only for public employers.",
        },
        ook: [],
        doc: ["werkgeverspremie Ufo (alleen overheidswerkgever)", "%", "tabel"],
    },
    PWko = "p_wko" {
        veld: |i| i.overrides.wko,
        lees: procent,
        schrijf: pct,
        vorm: Vorm::Procent,
        groep: Waarde,
        vraag: {
            label: "Opslag kinderopvang (%)" => "Childcare surcharge (%)",
        },
        ook: [],
        doc: ["opslag Wko (kinderopvang)", "%", "tabel"],
    },
    PWhk = "p_whk" {
        veld: |i| i.overrides.whk,
        lees: procent,
        schrijf: pct,
        vorm: Vorm::Procent,
        groep: Waarde,
        vraag: {
            label: "Premie Werkhervattingskas Whk (%)" => "Return to work fund premium Whk (%)",
            hint: "Uw eigen premie staat in de beschikking van de Belastingdienst." => "Your own premium is in the decision of the Tax Administration.",
        },
        ook: [],
        doc: ["werkgeverspremie Whk (gemiddeld)", "%", "tabel"],
    },
    PZvw = "p_zvw" {
        veld: |i| i.overrides.zvw,
        lees: procent,
        schrijf: pct,
        vorm: Vorm::Procent,
        groep: Waarde,
        vraag: {
            label: "Werkgeversheffing Zvw (%)" => "Employer's Zvw levy (%)",
        },
        ook: [],
        doc: ["werkgeversheffing Zvw", "%", "tabel"],
    },
    Pensioen = "pensioen" {
        veld: |i| i.overrides.pensioen,
        lees: procent,
        schrijf: pct,
        vorm: Vorm::Procent,
        groep: Waarde,
        vraag: {
            label: "Pensioenpremie werkgever (% van loon en vakantiebijslag)" => "Employer pension premium (% of wage and holiday allowance)",
            hint: "Leeg laten: schatting." => "Leave empty: estimate.",
        },
        ook: [],
        doc: ["pensioenpremie werkgever, % van loon + vakantiebijslag", "%", "schatting (ADR 0005)"],
    },
    Eju = "eju" {
        veld: |i| i.overrides.eju,
        lees: |w| getal(w).and_then(controle::bedrag_jaar),
        schrijf: machine,
        vorm: Vorm::Getal,
        groep: Waarde,
        vraag: {
            label: "Eindejaarsuitkering cao per jaar bij een volle werkweek (euro)" => "Year-end payment collective agreement per year for a full working week (euro)",
        },
        ook: [],
        doc: ["eindejaarsuitkering cao per voltijdjaar", "euro", "tabel"],
    },
    Eenmalig = "eenmalig" {
        veld: |i| i.overrides.eenmalig,
        lees: |w| getal(w).and_then(controle::bedrag_jaar),
        schrijf: machine,
        vorm: Vorm::Getal,
        groep: Waarde,
        vraag: {
            label: "Eenmalige uitkering cao dit jaar bij een volle werkweek (euro)" => "One-off payment collective agreement this year for a full working week (euro)",
        },
        ook: [],
        doc: ["eenmalige uitkering cao in het kalenderjaar, voltijd", "euro", "tabel"],
    },
    MaxPremieloon = "max_premieloon" {
        veld: |i| i.overrides.max_premieloon,
        lees: |w| getal(w).and_then(controle::bedrag_jaar),
        schrijf: machine,
        vorm: Vorm::Getal,
        groep: Waarde,
        vraag: {
            label: "Maximumpremieloon per jaar (euro)" => "Maximum premium wage per year (euro)",
        },
        ook: [],
        doc: ["maximumpremieloon per jaar", "euro", "tabel"],
    },
    Jaar = "jaar" {
        veld: |i| i.jaar.jaar,
        lees: |w: &str| w.parse().map_err(|_| bericht::JAAR).and_then(controle::jaar),
        schrijf: |v: u16| v.to_string(),
        vorm: Vorm::Geheel,
        groep: Jaar,
        vraag: {
            label: "Kalenderjaar" => "Calendar year",
            hint: "Leeg laten: het jaar van de peildatum." => "Leave empty: the year of the reference date.",
        },
        ook: ["kalenderjaar"],
        doc: ["kalenderjaar van het jaaroverzicht", "`JJJJ`", "het jaar van `datum` (zonder `start`)"],
    },
    Start = "start" {
        veld: |i| i.jaar.start,
        lees: datum,
        schrijf: |d: Datum| d.to_string(),
        vorm: Vorm::Datum,
        groep: Jaar,
        vraag: {
            label: "Eerste werkdag (alleen bij een nieuwe plaatsing)" => "First working day (only for a new placement)",
            hint: "Zonder kalenderjaar: twaalf maanden vanaf deze maand." => "Without a calendar year: twelve months from this month.",
        },
        ook: ["indienst", "datumindienst", "startdatum", "inhuurdatum"],
        doc: [
            "eerste werkdag (en begin van een nieuwe subsidie); zonder `jaar`: twaalf maanden vanaf deze maand",
            "`JJJJ-MM-DD`",
            "— (in dienst vanaf het begin van het overzicht)",
        ],
    },
    Lid5 = "lid5" {
        veld: |i| i.jaar.lid5,
        lees: |w| keuze(w, &JA_NEE),
        schrijf: |v| woord(v, &JA_NEE).to_string(),
        vorm: Vorm::Keuze(&JA_NEE_W),
        groep: Jaar,
        vraag: {
            label: "Eerste zes maanden zonder meting (forfait van 50%)?" => "First six months without a measurement (50% fixed subsidy)?",
            opties: [
                "ja": "Ja" => "Yes",
                "nee": "Nee" => "No",
            ],
        },
        ook: [],
        doc: [
            "eerste zes maanden van een nieuwe plaatsing op het forfait van 50% (lid 5)",
            "`ja`, `nee`",
            "`nee`",
        ],
    },
    Hermeting = "hermeting" {
        veld: |i| i.jaar.hermeting,
        lees: |w| Datum::parse_maand(w).ok_or(bericht::MAAND_JAAR),
        schrijf: Datum::maand_tekst,
        vorm: Vorm::MaandJaar,
        groep: Jaar,
        vraag: {
            label: "Nieuwe meting vanaf maand" => "New measurement from month",
            hint: "Jaar en maand, bijvoorbeeld 2026-09. Leeg laten als er geen nieuwe meting is." => "Year and month, for example 2026-09. Leave empty if there is no new measurement.",
        },
        ook: [],
        doc: ["maand vanaf wanneer een nieuwe loonwaarde geldt", "`JJJJ-MM`", "— (samen met `loonwaarde2`)"],
    },
    Loonwaarde2 = "loonwaarde2" {
        veld: |i| i.jaar.loonwaarde2,
        lees: |w| geheel(w, bericht::LOONWAARDE).and_then(controle::loonwaarde),
        schrijf: |v: u8| v.to_string(),
        vorm: Vorm::Geheel,
        groep: Jaar,
        vraag: {
            label: "Nieuwe loonwaarde in procent" => "New loonwaarde in percent",
            hint: "Een heel getal van 0 tot en met 100." => "A whole number from 0 up to and including 100.",
        },
        ook: [],
        doc: ["de nieuw gemeten loonwaarde", "heel getal 0..100", "— (samen met `hermeting`)"],
    },
    VbMaand = "vb_maand" {
        veld: |i| i.jaar.vb_maand,
        lees: |w| geheel(w, bericht::MAAND).and_then(controle::maand),
        schrijf: |v: u8| v.to_string(),
        vorm: Vorm::Geheel,
        groep: Jaar,
        vraag: {
            label: "Maand waarin u de vakantiebijslag uitbetaalt" => "Month in which you pay the holiday allowance",
            hint: "Geen maand: we zetten het elke maand apart." => "No month: we set it aside every month.",
        },
        ook: [],
        doc: ["maand waarin de vakantiebijslag wordt uitbetaald", "1..12", "— (elke maand opgebouwd; aanname)"],
    },
    EenmaligMaand = "eenmalig_maand" {
        veld: |i| i.jaar.eenmalig_maand,
        lees: |w| geheel(w, bericht::MAAND).and_then(controle::maand),
        schrijf: |v: u8| v.to_string(),
        vorm: Vorm::Geheel,
        groep: Jaar,
        vraag: {
            label: "Maand van de eenmalige uitkering van de cao" => "Month of the one-off collective agreement payment",
            hint: "Geen maand: december." => "No month: December.",
        },
        ook: [],
        doc: ["maand waarin de eenmalige cao-uitkering wordt betaald", "1..12", "12 (aanname)"],
    },
    Verjaardag = "verjaardag" {
        veld: |i| i.jaar.verjaardag,
        lees: |w| geheel(w, bericht::MAAND).and_then(controle::maand),
        schrijf: |v: u8| v.to_string(),
        vorm: Vorm::Geheel,
        groep: Jaar,
        vraag: {
            label: "Maand waarin de werknemer jarig is" => "Month of the employee's birthday",
            hint: "Alleen nodig onder de 21: daarna stijgt het minimumloon." => "Only needed under 21: after that the minimum wage rises.",
        },
        ook: [],
        doc: [
            "maand van de verjaardag (geen dag: een geboortedatum is niet nodig)",
            "1..12",
            "— (leeftijd het hele jaar gelijk)",
        ],
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn de_rijen_staan_in_de_volgorde_van_de_sleutels() {
        for (n, v) in VELDEN.iter().enumerate() {
            assert_eq!(v.sleutel as usize, n, "{}", v.naam);
            assert_eq!(v.sleutel.naam(), v.naam);
            assert_eq!(Sleutel::uit_naam(v.naam), Some(v.sleutel));
        }
        assert_eq!(Sleutel::uit_naam(VERSIE_SLEUTEL), None, "the version is no input");
    }

    #[test]
    fn elke_keuze_leest_wat_hij_schrijft() {
        for v in VELDEN {
            if let Vorm::Keuze(woorden) = v.vorm {
                for w in woorden {
                    let mut i = Invoer::default();
                    assert_eq!((v.lees)(&mut i, w), Ok(()), "{}={w}", v.naam);
                    assert_eq!((v.schrijf)(&i).as_deref(), Some(*w), "{}={w}", v.naam);
                }
            }
        }
    }
}
