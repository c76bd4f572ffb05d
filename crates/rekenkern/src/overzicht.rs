//! The parameter overview as Markdown (docs/parameters.md). A test keeps the file current.

use crate::bron::{Bron, Zekerheid};
use crate::getal::{machine, nl};
use crate::invoertabel::{Groep, Sleutel, VELDEN, VERSIE_SLEUTEL};
use crate::param::Status;
use crate::params::{self, conventie, lks, wml};
use crate::scenario::VERSIE;
use crate::uitleg::Eenheid;
use std::fmt::Write;

fn zekerheid(z: Zekerheid) -> &'static str {
    match z {
        Zekerheid::Wettekst => "wettekst",
        Zekerheid::Secundair => "secundair",
        Zekerheid::Kamerbrief => "alleen Kamerbrief",
        Zekerheid::Afgeleid => "afgeleid / schatting",
    }
}

/// The unit as docs/parameters.md writes it.
fn eenheid(e: Eenheid) -> &'static str {
    match e {
        Eenheid::EuroPerUur => "euro per uur",
        Eenheid::EuroPerMaand => "euro per maand",
        Eenheid::EuroPerJaar => "euro per jaar",
        Eenheid::Fractie => "fractie (0.235 = 23,5%)",
        Eenheid::UrenPerWeek => "uren per week",
        Eenheid::Getal => "getal",
    }
}

/// The status of an entry as docs/parameters.md writes it (docs/adr/0024).
fn status(s: Status) -> &'static str {
    match s {
        Status::Gepubliceerd => "gepubliceerd",
        Status::Aangekondigd => "**aangekondigd**",
    }
}

fn bron(b: &Bron) -> String {
    format!("[{}]({}); {} ({})", b.citaat(), b.url(), b.publicatie(), zekerheid(b.zekerheid))
}

/// Renders every parameter with its values, dates and sources.
pub fn markdown() -> String {
    let mut s = String::new();
    let _ = writeln!(s, "# Parameters\n\nGegenereerd uit `crates/rekenkern/src/params/` (versie {}). Niet met de hand bewerken:\n`UPDATE_DOCS=1 cargo test -p rekenkern --test parameters` schrijft dit bestand opnieuw.\n", params::VERSIE);
    let _ = writeln!(s, "Fracties staan als decimaal (0.235 = 23,5%). \"Bekend tot\": tot die datum is gecontroleerd dat er geen nieuwere waarde is. Voor een latere peildatum rekent de app voorlopig met de laatste gepubliceerde waarde (status *laatst bekend*) en zegt dat bij elk bedrag; de CLI en `voorlopig=nee` vragen de waarde (scenario-sleutel; ADR 0013).\n");
    let _ = writeln!(s, "Status: *gepubliceerd* (wet of regeling, of een bron die die citeert) of *aangekondigd* (een besluit van het kabinet met een datum, nog niet als wet of regeling gezien). Een aangekondigde waarde telt standaard mee en staat dan als ‘aangekondigd’ bij de bedragen; `aangekondigd=nee` laat haar weg (ADR 0024). `rekenhulp waarden JJJJ` toont voor een jaar elke waarde met haar status.\n");
    // The two tables by age (15 up to 21+): the hourly minimum wage and the youth percentages.
    for p in [&wml::MINIMUMUURLOON, &wml::JEUGDPERCENTAGES] {
        let leeftijden: Vec<String> = wml::LEEFTIJDEN
            .iter()
            .enumerate()
            .map(|(i, l)| if i + 1 == wml::LEEFTIJDEN.len() { format!("{l}+") } else { l.to_string() })
            .collect();
        let _ = writeln!(
            s,
            "\n## {} (`{}`)\n\nEenheid: {}. Bekend tot: {}. Scenario-sleutel: `{}`.\n\n| vanaf | {} | status | bron |\n|---|{}---|---|",
            p.label,
            p.id,
            eenheid(p.eenheid),
            p.bekend_tot.map(|d| d.to_string()).unwrap_or_else(|| "geen einddatum".into()),
            p.sleutel.map_or("-", Sleutel::naam),
            leeftijden.join(" | "),
            "---|".repeat(leeftijden.len())
        );
        for w in p.waarden {
            let waarden: Vec<String> =
                w.waarde.iter().map(|b| if p.id == wml::MINIMUMUURLOON.id { nl(*b, 2) } else { machine(*b) }).collect();
            let _ = writeln!(s, "| {} | {} | {} | {} |", w.vanaf, waarden.join(" | "), status(w.status), bron(w.bron));
        }
    }
    for p in params::DECIMALEN {
        let _ = writeln!(
            s,
            "\n## {} (`{}`)\n\nEenheid: {}. Bekend tot: {}. Scenario-sleutel: `{}`.\n\n| vanaf | waarde | status | bron |\n|---|---|---|---|",
            p.label,
            p.id,
            eenheid(p.eenheid),
            p.bekend_tot
                .map(|d| d.to_string())
                .unwrap_or_else(|| "geen einddatum (wettelijk vast of schatting)".into()),
            p.sleutel.map_or("-", Sleutel::naam)
        );
        for w in p.waarden {
            let _ = writeln!(s, "| {} | {} | {} | {} |", w.vanaf, machine(w.waarde), status(w.status), bron(w.bron));
        }
        if let Some(t) = crate::params::tegenspraak(p.id) {
            let _ = writeln!(s, "\n**Tegenstrijdige bron, niet gevolgd:** {}\n\n{}", bron(t.bron), t.uitleg);
        }
    }
    // Conventions: not law, but every yearly and monthly amount rests on them.
    let _ = writeln!(s, "\n## Conventies (geen wet)\n\n| id | wat | waarde | eenheid | bron |\n|---|---|---|---|---|");
    for c in [&conventie::WEKEN_PER_JAAR, &conventie::MAANDEN_PER_JAAR] {
        let _ = writeln!(
            s,
            "| `{}` | {} | {} | {} | {} |",
            c.id,
            c.label,
            machine(c.waarde),
            eenheid(c.eenheid),
            bron(c.bron)
        );
    }
    let v = &lks::FORFAIT_BESCHUT;
    let _ = writeln!(
        s,
        "\n## {} (`{}`)\n\n**Voorgenomen, geen wet.** Waarde {} ({}); beoogd vanaf {}. {}\n",
        v.label,
        v.id,
        machine(v.waarde),
        eenheid(v.eenheid),
        v.beoogd_vanaf,
        bron(v.bron)
    );
    // One blank line between blocks (each block starts with one of its own).
    while s.contains("\n\n\n") {
        s = s.replace("\n\n\n", "\n\n");
    }
    s
}

/// How a value stands on a date (`rekenhulp waarden JJJJ`).
enum Stand<'a, T: 'static> {
    /// From the table (published or announced).
    Tabel(&'a crate::param::Waarde<T>),
    /// Past the table: the last published value, carried forward.
    LaatstBekend(&'a crate::param::Waarde<T>),
    /// No value.
    Ontbreekt,
}

fn stand<T>(p: &'static crate::param::Param<T>, dag: crate::Datum, aangekondigd: bool) -> Stand<'static, T> {
    match p.op(dag, aangekondigd) {
        Ok(w) => Stand::Tabel(w),
        Err(crate::param::Dekking::NaBekend { .. }) => {
            p.laatst_gepubliceerd().map_or(Stand::Ontbreekt, Stand::LaatstBekend)
        }
        Err(crate::param::Dekking::VoorEerste { .. }) => Stand::Ontbreekt,
    }
}

/// One cell: the value, its status and the date it is from.
fn cel<T>(s: &Stand<'_, T>, toon: impl Fn(&T) -> String) -> (String, &'static str) {
    match s {
        Stand::Tabel(w) => (
            format!("{} ({}, vanaf {})", toon(&w.waarde), status(w.status).trim_matches('*'), w.vanaf),
            w.bron.citaat(),
        ),
        Stand::LaatstBekend(w) => {
            (format!("{} (**laatst bekend**, van {})", toon(&w.waarde), w.vanaf), w.bron.citaat())
        }
        Stand::Ontbreekt => ("**geen waarde**".into(), ""),
    }
}

/// Every value the rekenhulp uses in `jaar`, on 1 January and 1 July, with its status and source,
/// as Markdown (`rekenhulp waarden JJJJ`, docs/onderhoud.md): what is still announced or last known.
/// `aangekondigd`: announced values count (the default), as in a calculation.
pub fn waarden_in_jaar(jaar: u16, aangekondigd: bool) -> String {
    let data: Vec<crate::Datum> = [1, 7].iter().filter_map(|&m| crate::Datum::new(jaar, m, 1)).collect();
    let mut s = String::new();
    let _ = writeln!(
        s,
        "# Waarden voor {jaar}\n\nParameterversie {}. Aangekondigde waarden {}. Per 1 januari en 1 juli: de waarde, haar status \
         (*gepubliceerd*, **aangekondigd**, **laatst bekend** (na de tabel doorgetrokken, voorlopig) of **geen waarde** (nog geen tabel, of niet van toepassing)) en de \
         bron. Bijwerken: docs/onderhoud.md, \"Op 1 januari en 1 juli bijwerken\".\n",
        params::VERSIE,
        if aangekondigd { "tellen mee" } else { "tellen niet mee (aangekondigd=nee)" }
    );
    let _ = writeln!(s, "| parameter | 1 januari {jaar} | 1 juli {jaar} | bron |\n|---|---|---|---|");
    let mut tellingen = [0usize; 4];
    let mut rij = |s: &mut String, id: &str, label: &str, cellen: Vec<(String, &'static str)>| {
        for (c, _) in &cellen {
            let n = if c.contains("**geen waarde**") {
                3
            } else if c.contains("**laatst bekend**") {
                2
            } else if c.contains("aangekondigd") {
                1
            } else {
                0
            };
            tellingen[n] += 1;
        }
        let mut bronnen: Vec<&str> = cellen.iter().map(|(_, b)| *b).filter(|b| !b.is_empty()).collect();
        bronnen.dedup();
        let teksten: Vec<&str> = cellen.iter().map(|(c, _)| c.as_str()).collect();
        let _ = writeln!(s, "| {label} (`{id}`) | {} | {} |", teksten.join(" | "), bronnen.join("; "));
    };
    let per_leeftijd = |t: &[rust_decimal::Decimal; 7], geld: bool| {
        wml::LEEFTIJDEN
            .iter()
            .zip(t)
            .map(|(l, w)| {
                format!("{l}{}: {}", if *l == 21 { "+" } else { "" }, if geld { nl(*w, 2) } else { machine(*w) })
            })
            .collect::<Vec<_>>()
            .join(" · ")
    };
    // Past the hourly table only the wage for 21+ is carried forward: a youth wage is made from it
    // and the scale in force (docs/adr/0024), so the old youth amounts are not shown as if used.
    let uur = &wml::MINIMUMUURLOON;
    let cellen = data
        .iter()
        .map(|d| match stand(uur, *d, aangekondigd) {
            Stand::LaatstBekend(w) => (
                format!(
                    "21+: {} (**laatst bekend**, van {}); jonger: staffel × dit bedrag, op centen",
                    w.waarde.last().map(|b| nl(*b, 2)).unwrap_or_default(),
                    w.vanaf
                ),
                w.bron.citaat(),
            ),
            ander => cel(&ander, |t| per_leeftijd(t, true)),
        })
        .collect();
    rij(&mut s, uur.id, uur.label, cellen);
    let staffel = &wml::JEUGDPERCENTAGES;
    let cellen = data.iter().map(|d| cel(&stand(staffel, *d, aangekondigd), |t| per_leeftijd(t, false))).collect();
    rij(&mut s, staffel.id, staffel.label, cellen);
    for p in params::DECIMALEN {
        let cellen = data.iter().map(|d| cel(&stand(p, *d, aangekondigd), |w| machine(*w))).collect();
        rij(&mut s, p.id, p.label, cellen);
    }
    let _ = writeln!(
        s,
        "\nSamen ({} waarden): {} gepubliceerd, {} aangekondigd, {} laatst bekend, {} zonder waarde op die datum. Onder 21 jaar maakt de \
         rekenhulp na de tabel het uurloon uit het uurloon 21+ × de staffel (ADR 0024).",
        tellingen.iter().sum::<usize>(),
        tellingen[0],
        tellingen[1],
        tellingen[2],
        tellingen[3]
    );
    let v = &lks::FORFAIT_BESCHUT;
    let _ = writeln!(
        s,
        "Niet in de tabel: de conventies (52 weken, 12 maanden) en het voorgenomen forfait ({}, beoogd vanaf {}), een wat-als-berekening.",
        machine(v.waarde),
        v.beoogd_vanaf
    );
    s
}

/// What a group of inputs is, for `docs/scenario.md`.
fn groep(g: Groep) -> &'static str {
    match g {
        Groep::Berekening => "berekening",
        Groep::Lezing => "lezing van de wet / werkwijze",
        Groep::Waarde => "eigen waarde voor een parameter",
        Groep::Jaar => "alleen jaaroverzicht",
    }
}

/// The table of scenario keys in `docs/scenario.md`, one row per row of the input table.
pub fn sleutels_markdown() -> String {
    let mut s = String::new();
    let _ = writeln!(s, "| sleutel | betekenis | waarden | standaard als leeg | soort |\n|---|---|---|---|---|");
    let _ = writeln!(s, "| `{}` | versie van het formaat | `{}` | {} | formaat |", VERSIE_SLEUTEL, VERSIE, VERSIE);
    for v in VELDEN {
        let d = v.sleutel.documentatie();
        let _ =
            writeln!(s, "| `{}` | {} | {} | {} | {} |", v.naam, d.betekenis, d.waarden, d.standaard, groep(v.groep));
    }
    s
}
