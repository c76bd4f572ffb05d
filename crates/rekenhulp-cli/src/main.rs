//! `rekenhulp`: the rules core on the command line.
//!
//! - `rekenhulp bereken '<scenario>' [--vandaag JJJJ-MM-DD] [--mild]` prints the full result as JSON.
//! - `rekenhulp jaar '<scenario>' [--vandaag JJJJ-MM-DD] [--mild] [--csv]` prints the year overview
//!   (twelve months and the totals) as JSON, or as a CSV table.
//! - `rekenhulp batch [--vandaag JJJJ-MM-DD] [--periode maand|jaar] [BESTAND] < medewerkers.csv > uitkomst.csv`
//!   computes one employee per row and adds totals for both regimes; the file (or standard input)
//!   is a CSV text, an .xlsx or an .ods, recognised by its content.
//!
//! Past the tables the CLI is strict (it names the missing values) unless the scenario, the row or
//! `--voorlopig ja` asks for the last known values; the app is provisional by default (ADR 0013).
//!
//! Bad input: a Dutch message on stderr and exit code 2 (usage, unreadable scenario) or 1 (a
//! calculation error, or a batch with failed rows). Never a panic.

mod batch;
mod json;

use rekenkern::batch::plek::{Begeleiding, Opbrengst, Plekinvoer};
use rekenkern::Datum;
use std::io::{Read, Write};
use std::process::ExitCode;

const GEBRUIK: &str = "Gebruik:
  rekenhulp bereken '<scenario>' [--vandaag JJJJ-MM-DD] [--mild] [--voorlopig ja|nee] [--aangekondigd ja|nee]
                    [--jaarwissel]
  rekenhulp jaar '<scenario>' [--vandaag JJJJ-MM-DD] [--mild] [--csv] [--voorlopig ja|nee] [--aangekondigd ja|nee]
  rekenhulp batch [--vandaag JJJJ-MM-DD] [--periode maand|jaar] [--voorlopig ja|nee] [--aangekondigd ja|nee]
                  [--kolom NAAM=SLEUTEL]... [--kolommen]
                  [--begeleiding EURO | --begeleiding-fte EURO] [--opbrengst-uur EURO | --opbrengst-totaal EURO]
                  [--budget EURO] [--blad NAAM|NUMMER] [--kopregel RIJ] [--xlsx UITVOER.xlsx]
                  [--zonder-loonwaarde weglaten|niet-gemeten] [--loonwaarde-daarna PROCENT]
                  [BESTAND] [< invoer.csv] > uitvoer.csv
  rekenhulp waarden JJJJ [--aangekondigd ja|nee]

Scenario: zoals in de link van de app, bijvoorbeeld
  v=1&datum=2026-01-01&leeftijd=30&uren=36&loonwaarde=50&voltijd=37&forfait=A
Alle sleutels: docs/scenario.md.
--mild: rekent door als een sleutel ongeldig is (meldingen staan dan in de uitvoer).

batch leest een CSV-bestand, een Excel-werkmap (.xlsx) of een OpenDocument-werkblad (.ods), herkend
aan de inhoud, uit BESTAND of van standaardinvoer. In een rekenblad is een datumcel een datum, een
procentcel met 0,5 is 50% en een formule geeft haar opgeslagen waarde. De kopregel is de eerste rij
met kolomnamen die de rekenhulp kent (een titel erboven mag; --kopregel RIJ kiest een andere); een
totaalregel onderaan telt niet mee als medewerker (stderr noemt hem). Meer werkbladen: het eerste met
zo'n kopregel, of --blad NAAM of --blad NUMMER (1 is het eerste). --xlsx PAD schrijft de uitkomst
ook als Excel-werkmap (bedragen als getallen in euro, datums als datum); standaarduitvoer blijft CSV.
Een .xls (Excel 97-2003) leest de rekenhulp niet: sla het op als .xlsx.
Een CSV-bestand: UTF-8 (met of zonder BOM) en Windows-1252 (Excel \"CSV (puntkomma)\"), en hij zegt welke;
komma of puntkomma; datums als 1-1-2026 of 2026-01-01; 50%, 37,5 en € 1.234,56. Kolomnamen mogen
zoals een salarisadministratie ze schrijft (Personeelsnummer, Peildatum, Uren per week,
Loonwaarde (%), Geboortedatum, …). Een kolom die hij niet herkent: --kolom 'NAAM=sleutel' of
--kolom 'NAAM=-' (niet gebruiken); --kolommen toont de koppeling. --periode maand: de maand van de
peildatum; --periode jaar: het kalenderjaar van het jaaroverzicht (kolom jaar, of het jaar van de
peildatum), som van twaalf afgeronde maanden. De kolom periode zegt welke.

Een regel zonder loonwaarde (lege cel, of geen kolom loonwaarde) krijgt geen stille standaard.
--zonder-loonwaarde weglaten (standaard): de regel telt niet mee; de kolom status en de samenvatting
noemen hem, en de exitcode is 1. --zonder-loonwaarde niet-gemeten: er is nog niet gemeten, dus de
eerste zes maanden van de plaatsing 50% zonder meting (Participatiewet art. 10d lid 5) en daarna de
loonwaarde van --loonwaarde-daarna (standaard 30); de kolom loonwaarde blijft leeg en de kolom status
zegt hoe er gerekend is. Een regel met minder velden dan de kopregel (bijvoorbeeld met puntkomma's
onder een kopregel met komma's) is een fout in die regel.

Kosten van een beschutte plek (extra kolommen en totaal): --begeleiding (per medewerker per jaar) of
--begeleiding-fte (per fte per jaar), en --opbrengst-uur (per productief uur: uren x 52 x loonwaarde)
of --opbrengst-totaal (per jaar voor de groep, verdeeld naar productieve uren); --budget: budget van
de gemeente per plek per jaar. Werkgever: loonkosten - subsidie + begeleiding - opbrengst; gemeente:
subsidie + begeleiding. Er is geen standaardwaarde. Een gepubliceerd voorbeeld: begeleiding EUR 9.000
per persoon per jaar (FNV, genoemd in de voortgangsbrief van 2 juli 2025, Kamerstuk 34352-341).

Na de tabellen (een datum waarvoor nog niet alle bedragen bekend zijn, zoals 2027) is de CLI
streng: hij rekent niet en noemt elke ontbrekende waarde met de sleutel om die zelf in te vullen.
Met voorlopig=ja in het scenario (of een kolom voorlopig in het CSV-bestand), of met --voorlopig ja
voor alles wat het niet zelf zegt, rekent hij met de laatst bekende waarden; de uitvoer zegt dan welke
bedragen voorlopig zijn. (De app rekent daar
standaard voorlopig; voorlopig=nee vraagt ook daar de waarden.)

Aangekondigde waarden (een besluit van het kabinet met een datum, nog niet als wet of regeling gezien,
zoals de staffel minimumjeugdloon per 1-1-2027) tellen standaard mee, ook in de CLI; de uitvoer noemt
ze (gebruikte_waarden: status \"aangekondigd\"). aangekondigd=nee in het scenario (een kolom in het
bestand), of --aangekondigd nee voor alles wat het niet zelf zegt, rekent alleen met gepubliceerde en
laatst bekende waarden.

bereken geeft bij een peildatum in december of januari ook \"jaarwissel\": december naast de januari
erna, regel voor regel met de redenen van elke verandering; --jaarwissel geeft die bij elke peildatum
(de komende jaarwisseling).

waarden JJJJ toont elke waarde die de rekenhulp in dat jaar gebruikt, per 1 januari en 1 juli, met
haar status (gepubliceerd, aangekondigd, laatst bekend, ontbreekt) en bron: zo ziet wie de tabellen
bijwerkt wat nog aangekondigd of laatst bekend is (docs/onderhoud.md).";

/// Today from the system clock (the core never reads it).
fn vandaag() -> Datum {
    let dagen = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() / 86_400)
        .unwrap_or_default();
    Datum::uit_unix_dagen(i64::try_from(dagen).unwrap_or_default()).unwrap_or(Datum::vast(2026, 1, 1))
}

struct Opties {
    vandaag: Datum,
    /// `--kolom NAAM=SLEUTEL`, in order.
    kolommen: Vec<(String, Option<&'static str>)>,
    /// `--kolommen`: print the column mapping.
    toon_koppeling: bool,
    /// `--blad NAAM|NUMMER`: the sheet of a spreadsheet.
    blad: Option<String>,
    /// `--kopregel RIJ`: the header's row in a spreadsheet.
    kopregel: Option<u64>,
    /// `--xlsx PAD`: also write the result as .xlsx.
    xlsx: Option<String>,
    /// The cost of a place: begeleiding, opbrengst, budget (each `None` until given).
    begeleiding: Option<rekenkern::batch::plek::Begeleiding>,
    opbrengst: Option<rekenkern::batch::plek::Opbrengst>,
    budget: Option<rust_decimal::Decimal>,
    /// Past the tables, where the scenario or row does not say: strict (`false`) unless --voorlopig ja.
    voorlopig: bool,
    /// `--aangekondigd ja|nee`, where the scenario or row does not say (default: counted, ADR 0024).
    aangekondigd: Option<bool>,
    /// `--jaarwissel`: add December beside the January after it, whatever the peildatum.
    jaarwissel: bool,
    mild: bool,
    csv: bool,
    periode_jaar: bool,
    /// `--zonder-loonwaarde`: what a row without a loonwaarde means (left out unless told).
    niet_gemeten: bool,
    /// `--loonwaarde-daarna`: the loonwaarde after the first six months of such a row.
    daarna: u8,
    rest: Vec<String>,
}

/// An amount in euro for an option (Dutch or international notation, at most cents, not negative).
fn euro_optie(optie: &str, w: Option<&String>) -> Result<rust_decimal::Decimal, String> {
    let w = w.ok_or_else(|| format!("{optie} vraagt een bedrag in euro"))?;
    rekenkern::batch::cel::euro(w)
        .ok_or_else(|| format!("{optie}: ‘{w}’ is geen bedrag in euro (bijvoorbeeld 9000 of 12,50)"))
}

fn opties(args: &[String]) -> Result<Opties, String> {
    let mut o = Opties {
        vandaag: vandaag(),
        kolommen: Vec::new(),
        toon_koppeling: false,
        blad: None,
        kopregel: None,
        xlsx: None,
        begeleiding: None,
        opbrengst: None,
        budget: None,
        voorlopig: false,
        aangekondigd: None,
        jaarwissel: false,
        mild: false,
        csv: false,
        periode_jaar: false,
        niet_gemeten: false,
        daarna: rekenkern::STANDAARD_LOONWAARDE,
        rest: Vec::new(),
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--vandaag" => {
                let w = it.next().ok_or("--vandaag vraagt een datum (JJJJ-MM-DD)")?;
                o.vandaag = Datum::parse(w).ok_or_else(|| format!("--vandaag: ‘{w}’ is geen datum (JJJJ-MM-DD)"))?;
            }
            "--mild" => o.mild = true,
            "--kolom" => o.kolommen.push(batch::kolomkeuze(it.next().ok_or("--kolom vraagt NAAM=SLEUTEL")?)?),
            "--kolommen" => o.toon_koppeling = true,
            "--blad" => o.blad = Some(it.next().ok_or("--blad vraagt de naam of het nummer van een werkblad")?.clone()),
            "--kopregel" => {
                let w = it.next().ok_or("--kopregel vraagt een rijnummer")?;
                o.kopregel = Some(
                    w.parse().ok().filter(|n| *n > 0).ok_or_else(|| format!("--kopregel: ‘{w}’ is geen rijnummer"))?,
                );
            }
            "--xlsx" => o.xlsx = Some(it.next().ok_or("--xlsx vraagt een bestandsnaam")?.clone()),
            "--begeleiding" => o.begeleiding = Some(Begeleiding::PerMedewerker(euro_optie(a, it.next())?)),
            "--begeleiding-fte" => o.begeleiding = Some(Begeleiding::PerFte(euro_optie(a, it.next())?)),
            "--opbrengst-uur" => o.opbrengst = Some(Opbrengst::PerProductiefUur(euro_optie(a, it.next())?)),
            "--opbrengst-totaal" => o.opbrengst = Some(Opbrengst::Totaal(euro_optie(a, it.next())?)),
            "--budget" => o.budget = Some(euro_optie(a, it.next())?),
            "--voorlopig" => match it.next().map(String::as_str) {
                Some("ja") => o.voorlopig = true,
                Some("nee") => o.voorlopig = false,
                _ => return Err("--voorlopig is ja of nee".into()),
            },
            "--aangekondigd" => match it.next().map(String::as_str) {
                Some("ja") => o.aangekondigd = Some(true),
                Some("nee") => o.aangekondigd = Some(false),
                _ => return Err("--aangekondigd is ja of nee".into()),
            },
            "--jaarwissel" => o.jaarwissel = true,
            "--csv" => o.csv = true,
            "--zonder-loonwaarde" => match it.next().map(String::as_str) {
                Some("weglaten") => o.niet_gemeten = false,
                Some("niet-gemeten") => o.niet_gemeten = true,
                _ => return Err("--zonder-loonwaarde is weglaten of niet-gemeten".into()),
            },
            "--loonwaarde-daarna" => {
                let w = it.next().ok_or("--loonwaarde-daarna vraagt een loonwaarde in procent (0 tot en met 100)")?;
                o.daarna = w
                    .trim_end_matches('%')
                    .parse()
                    .ok()
                    .filter(|l| rekenkern::controle::loonwaarde(*l).is_ok())
                    .ok_or_else(|| format!("--loonwaarde-daarna: ‘{w}’ is geen loonwaarde van 0 tot en met 100"))?;
            }
            "--periode" => match it.next().map(String::as_str) {
                Some("maand") => o.periode_jaar = false,
                Some("jaar") => o.periode_jaar = true,
                _ => return Err("--periode is maand of jaar".into()),
            },
            s if s.starts_with("--") => return Err(format!("onbekende optie {s}")),
            s => o.rest.push(s.to_string()),
        }
    }
    Ok(o)
}

/// Writes the output; exit 0.
fn schrijf(tekst: &str) -> Result<ExitCode, (u8, String)> {
    let _ = write!(std::io::stdout().lock(), "{tekst}");
    Ok(ExitCode::SUCCESS)
}

/// A calculation that could not be made: every message, exit 1.
fn rekenfout(kop: &str, fouten: &[rekenkern::Fout]) -> (u8, String) {
    let m: Vec<String> = fouten.iter().map(|f| format!("- {}", f.tekst())).collect();
    (1, format!("{kop}:\n{}", m.join("\n")))
}

/// The one scenario argument, decoded; without --mild an invalid key stops with exit 2.
fn lees_scenario(opdracht: &str, o: &Opties) -> Result<rekenkern::scenario::Gelezen, (u8, String)> {
    let [scenario] = o.rest.as_slice() else {
        return Err((2, format!("{opdracht} vraagt precies één scenario\n\n{GEBRUIK}")));
    };
    let gelezen = rekenkern::scenario::decode(scenario);
    if !gelezen.meldingen.is_empty() && !o.mild {
        let m: Vec<String> =
            gelezen.meldingen.iter().map(|m| format!("- {}", m.tekst_met_sleutel(rekenkern::Taal::Nl))).collect();
        return Err((
            2,
            format!(
                "Het scenario is niet helemaal geldig:\n{}\n(Met --mild rekent de rekenhulp door met de rest.)",
                m.join("\n")
            ),
        ));
    }
    Ok(gelezen)
}

/// The input as calculated here: strict past the tables unless the scenario says `voorlopig=ja` or
/// the option `--voorlopig ja` is given (a script opts in; see --help). The output repeats the
/// scenario as given.
fn streng(invoer: &rekenkern::Invoer, o: &Opties) -> rekenkern::Invoer {
    let mut i = invoer.clone();
    i.voorlopig.get_or_insert(o.voorlopig);
    if let Some(a) = o.aangekondigd {
        i.aangekondigd.get_or_insert(a);
    }
    i
}

fn run(args: &[String]) -> Result<ExitCode, (u8, String)> {
    let (opdracht, rest) = args.split_first().ok_or((2, GEBRUIK.to_string()))?;
    let o = opties(rest).map_err(|e| (2, format!("{e}\n\n{GEBRUIK}")))?;
    match opdracht.as_str() {
        "bereken" => {
            let gelezen = lees_scenario("bereken", &o)?;
            let invoer = streng(&gelezen.invoer, &o);
            let u = rekenkern::bereken(&invoer, o.vandaag).map_err(|f| rekenfout("Berekenen lukt niet", &f))?;
            // December beside January around the turn of the year, or when asked (docs/adr/0024).
            // It never stops the calculation: when January cannot be calculated (strict past the
            // tables) the output says why instead.
            let wissel = (o.jaarwissel || rekenkern::jaarwissel::rond_de_jaarwissel(u.peildatum))
                .then(|| rekenkern::jaarwissel::jaarwissel(&invoer, o.vandaag));
            schrijf(&(json::uitkomst(&gelezen, &u, wissel) + "\n"))
        }
        "jaar" => {
            let gelezen = lees_scenario("jaar", &o)?;
            let j = rekenkern::jaar::jaaroverzicht(&streng(&gelezen.invoer, &o), o.vandaag)
                .map_err(|f| rekenfout("Het jaaroverzicht lukt niet", &f))?;
            schrijf(&if o.csv { rekenkern::jaar::csv(&j, false) } else { json::jaar(&gelezen, &j) + "\n" })
        }
        "batch" => {
            // Bytes, not text: a Windows-1252 file (Dutch Excel) or a spreadsheet is read too.
            let invoer = match o.rest.as_slice() {
                [] => {
                    let mut invoer = Vec::new();
                    std::io::stdin().read_to_end(&mut invoer).map_err(|e| (2, format!("invoer niet te lezen: {e}")))?;
                    invoer
                }
                [pad] => std::fs::read(pad).map_err(|e| (2, format!("{pad} is niet te lezen: {e}")))?,
                _ => return Err((2, format!("batch leest één bestand\n\n{GEBRUIK}"))),
            };
            let b = batch::Batch {
                vandaag: o.vandaag,
                voorlopig: o.voorlopig,
                aangekondigd: o.aangekondigd.unwrap_or(rekenkern::STANDAARD_AANGEKONDIGD),
                per_jaar: o.periode_jaar,
                kolommen: &o.kolommen,
                toon_koppeling: o.toon_koppeling,
                blad: o.blad.clone(),
                kopregel: o.kopregel,
                zonder_loonwaarde: if o.niet_gemeten {
                    rekenkern::batch::ZonderLoonwaarde::NietGemeten { daarna: o.daarna }
                } else {
                    rekenkern::batch::ZonderLoonwaarde::Weglaten
                },
                plek: match (o.begeleiding, o.opbrengst) {
                    (Some(begeleiding), Some(opbrengst)) => Some(Plekinvoer { begeleiding, opbrengst, budget: o.budget }),
                    (None, None) if o.budget.is_none() => None,
                    _ => return Err((2, "Voor de kosten van een plek zijn begeleiding en opbrengst allebei nodig (--begeleiding of --begeleiding-fte, en --opbrengst-uur of --opbrengst-totaal); er is geen standaardwaarde.".into())),
                },
            };
            let (uit, samenvatting) = batch::verwerk(&invoer, &b).map_err(|e| (2, e))?;
            if let Some(pad) = &o.xlsx {
                let bytes = rekenkern::batch::xlsx::schrijf(&uit.tabel).map_err(|e| (2, e))?;
                std::fs::write(pad, bytes).map_err(|e| (2, format!("{pad} is niet te schrijven: {e}")))?;
            }
            let _ = write!(std::io::stdout().lock(), "{}", uit.csv);
            eprintln!("{samenvatting}");
            Ok(if samenvatting.mislukt == 0 { ExitCode::SUCCESS } else { ExitCode::from(1) })
            // (`mislukt` counts the rows left out for an empty loonwaarde too: see batch.rs.)
        }
        "waarden" => {
            let [jaar] = o.rest.as_slice() else {
                return Err((2, format!("waarden vraagt één jaar (JJJJ)\n\n{GEBRUIK}")));
            };
            let jaar: u16 = jaar
                .parse()
                .ok()
                .filter(|j| (rekenkern::datum::EERSTE_JAAR..=rekenkern::datum::LAATSTE_JAAR).contains(j))
                .ok_or_else(|| (2, format!("waarden: ‘{jaar}’ is geen jaar (JJJJ)")))?;
            schrijf(&rekenkern::overzicht::waarden_in_jaar(
                jaar,
                o.aangekondigd.unwrap_or(rekenkern::STANDAARD_AANGEKONDIGD),
            ))
        }
        "--help" | "-h" | "help" => {
            println!("{GEBRUIK}");
            Ok(ExitCode::SUCCESS)
        }
        anders => Err((2, format!("onbekende opdracht ‘{anders}’\n\n{GEBRUIK}"))),
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => code,
        Err((code, bericht)) => {
            eprintln!("{bericht}");
            ExitCode::from(code)
        }
    }
}
