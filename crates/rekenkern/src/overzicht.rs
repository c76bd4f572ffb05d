//! The parameter overview as Markdown (docs/parameters.md). A test keeps the file current.

use crate::bron::{Bron, Zekerheid};
use crate::getal::{machine, nl};
use crate::invoertabel::{Groep, Sleutel, VELDEN, VERSIE_SLEUTEL};
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

fn bron(b: &Bron) -> String {
    format!("[{}]({}); {} ({})", b.citaat(), b.url(), b.publicatie(), zekerheid(b.zekerheid))
}

/// Renders every parameter with its values, dates and sources.
pub fn markdown() -> String {
    let mut s = String::new();
    let _ = writeln!(s, "# Parameters\n\nGegenereerd uit `crates/rekenkern/src/params/` (versie {}). Niet met de hand bewerken:\n`UPDATE_DOCS=1 cargo test -p rekenkern --test parameters` schrijft dit bestand opnieuw.\n", params::VERSIE);
    let _ = writeln!(s, "Fracties staan als decimaal (0.235 = 23,5%). \"Bekend tot\": tot die datum is gecontroleerd dat er geen nieuwere waarde is. Voor een latere peildatum rekent de app voorlopig met de laatste waarde en zegt dat bij elk bedrag; de CLI en `voorlopig=nee` vragen de waarde (scenario-sleutel; ADR 0013).\n");
    // The two tables by age (15 up to 21+): the hourly minimum wage and the youth percentages.
    for p in [&wml::MINIMUMUURLOON, &wml::JEUGDPERCENTAGES] {
        let leeftijden: Vec<String> = wml::LEEFTIJDEN
            .iter()
            .enumerate()
            .map(|(i, l)| if i + 1 == wml::LEEFTIJDEN.len() { format!("{l}+") } else { l.to_string() })
            .collect();
        let _ = writeln!(
            s,
            "\n## {} (`{}`)\n\nEenheid: {}. Bekend tot: {}. Scenario-sleutel: `{}`.\n\n| vanaf | {} | bron |\n|---|{}---|",
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
            let _ = writeln!(s, "| {} | {} | {} |", w.vanaf, waarden.join(" | "), bron(w.bron));
        }
    }
    for p in params::DECIMALEN {
        let _ = writeln!(
            s,
            "\n## {} (`{}`)\n\nEenheid: {}. Bekend tot: {}. Scenario-sleutel: `{}`.\n\n| vanaf | waarde | bron |\n|---|---|---|",
            p.label,
            p.id,
            eenheid(p.eenheid),
            p.bekend_tot
                .map(|d| d.to_string())
                .unwrap_or_else(|| "geen einddatum (wettelijk vast of schatting)".into()),
            p.sleutel.map_or("-", Sleutel::naam)
        );
        for w in p.waarden {
            let _ = writeln!(s, "| {} | {} | {} |", w.vanaf, machine(w.waarde), bron(w.bron));
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
