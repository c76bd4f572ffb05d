//! Past the tables (ADR 0013): one short notice at the top of the result, the list of provisional
//! values one tap away with the fields to type a known value right there, and the one action that
//! brings back the provisional calculation after `voorlopig=nee`.
//!
//! Each value field exists once on the page: while the date lies past the tables, the fields of the
//! values the tables lack move from "meer instellingen" into this notice (`staat.in_melding`).

use crate::components::svg::ontsnap;
use crate::components::velden::TekstVeld;
use crate::components::{toon_waarde, Getoond};
use crate::state::Staat;
use crate::teksten::{self, herkomst as hk, melding, taal, vertaal};
use leptos::prelude::*;
use rekenkern::invoertabel::{Groep, VELDEN};
use rekenkern::uitleg::Herkomst;
use rekenkern::Sleutel;

/// The value fields of one place: "meer instellingen" (`in_melding = false`) or the provisional
/// notice (`true`). A field shows in the notice while the tables lack its value, else in "meer
/// instellingen", so each field exists once. One loop for both places (one set of view code).
#[component]
pub fn Waardevelden(
    /// This is the provisional notice.
    in_melding: bool,
) -> impl IntoView {
    let staat = expect_context::<Staat>();
    // Every value a user can supply (the rows of group `Waarde`), in the order of the table, with
    // the row's question: a new value in the input table is in the form without an edit here.
    VELDEN
        .iter()
        .filter(|v| v.groep == Groep::Waarde)
        .map(|v| {
            let sleutel = v.sleutel;
            view! {
                <Show when=move || staat.in_melding.with(|m| m.iter().any(|k| k == sleutel.naam())) == in_melding>
                    <TekstVeld sleutel=sleutel />
                </Show>
            }
        })
        .collect_view()
}

/// The one action past the tables with `voorlopig=nee`: calculate with the last known values
/// (the default again, so the key leaves the link).
#[component]
pub fn VoorlopigKnop(
    /// Element id (the action is offered in the form, the result and the year overview).
    #[prop(optional)]
    id: Option<&'static str>,
) -> impl IntoView {
    let staat = expect_context::<Staat>();
    let taal = taal();
    view! {
        <button type="button" class="knop knop--primair" id=id
            on:click=move |_| staat.veld(Sleutel::Voorlopig).set(String::new())>
            {vertaal(melding::VOORLOPIG_KNOP, taal)}</button>
    }
}

/// The notice at the top of the result, while the peildatum lies past the tables.
#[component]
pub fn VoorlopigMelding(
    /// The result shown.
    uitkomst: Getoond,
) -> impl IntoView {
    let staat = expect_context::<Staat>();
    let taal = taal();
    let kop = move || {
        uitkomst.with(|u| {
            u.as_ref().map(|u| {
                let jaar = u.peildatum.jaar();
                let aangekondigd = !u.spoor.aangekondigde_waarden().is_empty();
                match (u.voorlopig_sinds(), aangekondigd) {
                    (Some(sinds), true) => {
                        melding::voorlopig_en_aangekondigd(jaar, &teksten::datum_lang(sinds, taal), taal)
                    }
                    (Some(sinds), false) => melding::voorlopig(jaar, &teksten::datum_lang(sinds, taal), taal),
                    (None, true) => melding::aangekondigd(jaar, taal),
                    (None, false) if !u.niet_bekend.is_empty() => melding::zelf_ingevuld(jaar, taal),
                    (None, false) => String::new(),
                }
            })
        })
    };
    // The list as escaped markup set in one go (as the charts: far less view code in the wasm).
    let lijst = move || {
        uitkomst.with(|u| {
            // The announced values first: they change the amounts most, and say where they come from.
            let mut uit: String = u
                .iter()
                .flat_map(|u| u.spoor.aangekondigde_waarden())
                .map(|g| format!("<li class=\"aangekondigd\">{}</li>", aangekondigde_waarde(g, taal)))
                .collect();
            for (u, n) in u.iter().flat_map(|u| u.niet_bekend.iter().map(move |n| (u, n))) {
                let waarde = u
                    .spoor
                    .zoek_gebruikt(&rekenkern::uitleg::Id(n.gebruikt))
                    .map(|g| toon_waarde(g.waarde, g.eenheid, taal))
                    .unwrap_or_default();
                let herkomst = match n.voorlopig {
                    Some(vanaf) => format!("{} {}", vertaal(hk::VOORLOPIG, taal), vanaf.nl()),
                    None => vertaal(hk::GEBRUIKER, taal).to_string(),
                };
                uit.push_str(&format!(
                    "<li>{}: <strong>{}</strong> ({})</li>",
                    ontsnap(vertaal(n.label, taal)),
                    ontsnap(&waarde),
                    ontsnap(&herkomst)
                ));
            }
            uit
        })
    };
    view! {
        <div class="melding melding--voorlopig" id="voorlopig-melding">
            <p class="melding--voorlopig__kop"><strong>{kop}</strong></p>
            <details class="voorlopig-lijst" id="voorlopig-lijst">
                <summary>{vertaal(melding::VOORLOPIG_LIJST, taal)}</summary>
                <ul inner_html=lijst></ul>
                <p class="hint">{vertaal(melding::VOORLOPIG_HINT, taal)}</p>
                // The fields follow the keys, not the result: never rebuilt while typing.
                <div class="voorlopig-velden"><Waardevelden in_melding=true /></div>
                <button type="button" class="knop" id="knop-voorlopig-nee"
                    on:click=move |_| staat.veld(Sleutel::Voorlopig).set("nee".to_string())>
                    {vertaal(melding::VOORLOPIG_NEE, taal)}</button>
            </details>
        </div>
    }
}

/// One announced value in words: its name, the value, the date it is announced for, and its source
/// with a link where there is one (docs/adr/0024). Escaped markup, for the notice's list and the
/// turn of the year.
pub fn aangekondigde_waarde(g: &rekenkern::uitleg::Gebruikt, taal: rekenkern::Taal) -> String {
    let Herkomst::Aangekondigd { vanaf } = g.herkomst else { return String::new() };
    let bron = if g.bron.url.starts_with("https://") {
        format!(
            "<a href=\"{}\" rel=\"noopener noreferrer\" target=\"_blank\">{}</a>",
            ontsnap(g.bron.url),
            ontsnap(vertaal(g.bron.citaat, taal))
        )
    } else {
        ontsnap(vertaal(g.bron.citaat, taal))
    };
    format!(
        "{}: <strong>{}</strong> ({} {}; {}. {})",
        ontsnap(vertaal(g.label, taal)),
        ontsnap(&toon_waarde(g.waarde, g.eenheid, taal)),
        ontsnap(vertaal(melding::AANGEKONDIGD_PER, taal)),
        vanaf.nl(),
        bron,
        ontsnap(vertaal(g.bron.publicatie, taal))
    )
}
