//! Past the tables (ADR 0013): one short notice at the top of the result, the list of provisional
//! values one tap away with the fields to type a known value right there, and the one action that
//! brings back the provisional calculation after `voorlopig=nee`.
//!
//! Each value field exists once on the page: while the date lies past the tables, the fields of the
//! values the tables lack move from "meer instellingen" into this notice (`staat.in_melding`).

use crate::components::velden::TekstVeld;
use crate::components::{toon_waarde, Getoond};
use crate::state::Staat;
use crate::teksten::{self, herkomst as hk, melding, taal, veld, vertaal};
use leptos::prelude::*;

/// The value fields a user can type past the tables, with their label and hint, in form order.
/// `voltijd` is not here: it has its own place among the choices.
pub const WAARDEVELDEN: [(&str, (&str, &str)); 13] = [
    ("wml", veld::WML),
    ("rml", veld::RML),
    ("wgl", veld::WGL),
    ("p_awf", veld::AWF),
    ("p_aof", veld::AOF),
    ("p_ufo", veld::UFO),
    ("p_wko", veld::WKO),
    ("p_whk", veld::WHK),
    ("p_zvw", veld::ZVW),
    ("pensioen", veld::PENSIOEN),
    ("max_premieloon", veld::MAX_PREMIELOON),
    ("eju", veld::EJU),
    ("eenmalig", veld::EENMALIG),
];

/// The label and hint of a value field.
pub fn waardeveld(sleutel: &str) -> Option<(&'static str, (&'static str, &'static str))> {
    WAARDEVELDEN.iter().find(|(k, _)| *k == sleutel).copied()
}

/// A value field of "meer instellingen", unless it stands in the provisional notice now.
#[component]
pub fn Waardeveld(
    /// Scenario key (one of [`WAARDEVELDEN`]).
    sleutel: &'static str,
) -> impl IntoView {
    let staat = expect_context::<Staat>();
    waardeveld(sleutel).map(|(sleutel, tekst)| {
        view! {
            <Show when=move || !staat.in_melding.with(|m| m.contains(&sleutel))>
                <TekstVeld sleutel=sleutel tekst=tekst />
            </Show>
        }
    })
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
            on:click=move |_| staat.veld("voorlopig").set(String::new())>
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
            u.as_ref().map(|u| match u.voorlopig_sinds() {
                Some(sinds) => melding::voorlopig(u.peildatum.jaar(), &teksten::datum_lang(sinds, taal), taal),
                None => melding::zelf_ingevuld(u.peildatum.jaar(), taal),
            })
        })
    };
    let lijst = move || {
        uitkomst.with(|u| {
            u.as_ref().map(|u| {
                u.niet_bekend
                    .iter()
                    .map(|n| {
                        let waarde = u
                            .spoor
                            .zoek_gebruikt(n.param)
                            .map(|g| toon_waarde(g.waarde, g.eenheid, taal))
                            .unwrap_or_default();
                        let herkomst = match n.voorlopig {
                            Some(vanaf) => format!("{} {}", vertaal(hk::VOORLOPIG, taal), vanaf.nl()),
                            None => vertaal(hk::GEBRUIKER, taal).to_string(),
                        };
                        view! { <li>{vertaal(n.label, taal)}": "<strong>{waarde}</strong>" ("{herkomst}")"</li> }
                    })
                    .collect_view()
            })
        })
    };
    // Built from the keys, not the result: a field must not be rebuilt (and lose focus) while typing.
    let velden = move || {
        staat
            .in_melding
            .get()
            .into_iter()
            .filter_map(waardeveld)
            .map(|(sleutel, tekst)| {
                view! {
                    <TekstVeld sleutel=sleutel tekst=tekst />
                }
            })
            .collect_view()
    };
    view! {
        <div class="melding melding--voorlopig" id="voorlopig-melding">
            <p class="melding--voorlopig__kop"><strong>{kop}</strong></p>
            <details class="voorlopig-lijst" id="voorlopig-lijst">
                <summary>{vertaal(melding::VOORLOPIG_LIJST, taal)}</summary>
                <ul>{lijst}</ul>
                <p class="hint">{vertaal(melding::VOORLOPIG_HINT, taal)}</p>
                <div class="voorlopig-velden">{velden}</div>
                <button type="button" class="knop" id="knop-voorlopig-nee"
                    on:click=move |_| staat.veld("voorlopig").set("nee".to_string())>
                    {vertaal(melding::VOORLOPIG_NEE, taal)}</button>
            </details>
        </div>
    }
}
