//! The parameter overview as Markdown (docs/parameters.md). A test keeps the file current.

use crate::bron::{Bron, Zekerheid};
use crate::getal::{machine, nl};
use crate::params::{self, lks, wml};
use std::fmt::Write;

fn zekerheid(z: Zekerheid) -> &'static str {
    match z {
        Zekerheid::Wettekst => "wettekst",
        Zekerheid::Secundair => "secundair",
        Zekerheid::Kamerbrief => "alleen Kamerbrief",
        Zekerheid::Afgeleid => "afgeleid / schatting",
    }
}

fn bron(b: &Bron) -> String {
    format!("[{}]({}); {} ({})", b.citaat, b.url, b.publicatie, zekerheid(b.zekerheid))
}

/// Renders every parameter with its values, dates and sources.
pub fn markdown() -> String {
    let mut s = String::new();
    let _ = writeln!(s, "# Parameters\n\nGegenereerd uit `crates/rekenkern/src/params/` (versie {}). Niet met de hand bewerken:\n`UPDATE_DOCS=1 cargo test -p rekenkern --test parameters` schrijft dit bestand opnieuw.\n", params::VERSIE);
    let _ = writeln!(s, "Fracties staan als decimaal (0.235 = 23,5%). \"Bekend tot\": tot die datum is gecontroleerd dat er geen nieuwere waarde is. Voor een latere peildatum rekent de app voorlopig met de laatste waarde en zegt dat bij elk bedrag; de CLI en `voorlopig=nee` vragen de waarde (scenario-sleutel; ADR 0013).\n");
    let _ = writeln!(s, "## {} (`{}`)\n\nBekend tot: {}. Scenario-sleutel: `{}`.\n\n| vanaf | 15 | 16 | 17 | 18 | 19 | 20 | 21+ | bron |\n|---|---|---|---|---|---|---|---|---|",
        wml::MINIMUMUURLOON.label, wml::MINIMUMUURLOON.id,
        wml::MINIMUMUURLOON.bekend_tot.map(|d| d.to_string()).unwrap_or_else(|| "geen einddatum".into()),
        wml::MINIMUMUURLOON.sleutel.unwrap_or("-"));
    for w in wml::MINIMUMUURLOON.waarden {
        let bedragen: Vec<String> = w.waarde.iter().map(|b| nl(*b, 2)).collect();
        let _ = writeln!(s, "| {} | {} | {} |", w.vanaf, bedragen.join(" | "), bron(w.bron));
    }
    for p in params::DECIMALEN {
        let _ = writeln!(
            s,
            "\n## {} (`{}`)\n\nBekend tot: {}. Scenario-sleutel: `{}`.\n\n| vanaf | waarde | bron |\n|---|---|---|",
            p.label,
            p.id,
            p.bekend_tot
                .map(|d| d.to_string())
                .unwrap_or_else(|| "geen einddatum (wettelijk vast of schatting)".into()),
            p.sleutel.unwrap_or("-")
        );
        for w in p.waarden {
            let _ = writeln!(s, "| {} | {} | {} |", w.vanaf, machine(w.waarde), bron(w.bron));
        }
        if let Some(t) = crate::params::tegenspraak(p.id) {
            let _ = writeln!(s, "\n**Tegenstrijdige bron, niet gevolgd:** {}\n\n{}", bron(t.bron), t.uitleg);
        }
    }
    let v = &lks::FORFAIT_BESCHUT;
    let _ = writeln!(
        s,
        "\n## {} (`{}`)\n\n**Voorgenomen, geen wet.** Waarde {}; beoogd vanaf {}. {}\n",
        v.label,
        v.id,
        machine(v.waarde),
        v.beoogd_vanaf,
        bron(v.bron)
    );
    s
}
