//! "Welke kolom is wat?": for a file with columns the core does not recognise, one choice per such
//! column (a key, or "niet gebruiken") above a preview of the first rows. Nothing is calculated until
//! the user presses the button with every column chosen.

use crate::teksten::meerdere as t;
use leptos::prelude::*;
use rekenkern::batch::{self, Betekenis, Voorbeeld};
use std::sync::Arc;

/// The choice "niet gebruiken" in a select.
const NIET: &str = "-";

/// An opened file waiting for the user's column choices.
#[derive(Clone)]
pub struct Stap {
    tekst: Arc<String>,
    voorbeeld: Arc<Voorbeeld>,
}

impl Stap {
    /// The file's text and its header with the first rows.
    pub fn nieuw(tekst: String, voorbeeld: Voorbeeld) -> Stap {
        Stap { tekst: Arc::new(tekst), voorbeeld: Arc::new(voorbeeld) }
    }
}

/// The step: choices, preview, button.
#[component]
pub fn Kolomstap(
    /// The opened file.
    stap: Stap,
    /// Calculates the text with the choices (column name, key or `None` for not used).
    bereken: impl Fn(String, Vec<(String, Option<&'static str>)>) + Copy + 'static,
) -> impl IntoView {
    let onbekend: Vec<String> =
        stap.voorbeeld.kolommen.iter().filter(|k| k.betekenis == Betekenis::Onbekend).map(|k| k.kop.clone()).collect();
    // One choice per unknown column: "" (not chosen yet), "-" (not used) or a key.
    let keuzes = RwSignal::new(onbekend.iter().map(|k| (k.clone(), String::new())).collect::<Vec<_>>());
    let nog_kiezen = RwSignal::new(false);
    let sleutels: Vec<&'static str> = batch::kolommen::alle_sleutels().collect();
    let selects = onbekend
        .iter()
        .enumerate()
        .map(|(i, naam)| {
            let id = format!("kolom-{i}");
            let sleutels = sleutels.clone();
            view! {
                <div class="veld">
                    <label for=id.clone()>{t::kolom_label(naam)}</label>
                    <select id=id on:change=move |ev| {
                        let w = event_target_value(&ev);
                        keuzes.update(|k| if let Some(k) = k.get_mut(i) { k.1 = w });
                    }>
                        <option value="">{t::KIES}</option>
                        <option value=NIET>{t::NIET_GEBRUIKEN}</option>
                        {sleutels.into_iter().map(|s| view! { <option value=s>{s}</option> }).collect_view()}
                    </select>
                </div>
            }
        })
        .collect_view();
    let v = stap.voorbeeld.clone();
    let kop = v.kolommen.iter().map(|k| view! { <th scope="col">{k.kop.clone()}</th> }).collect_view();
    let rijen = v
        .rijen
        .iter()
        .map(|r| view! { <tr>{r.iter().map(|c| view! { <td>{c.clone()}</td> }).collect_view()}</tr> })
        .collect_view();
    let tekst = stap.tekst.clone();
    let klik = move |_| {
        let gekozen = keuzes.get_untracked();
        if gekozen.iter().any(|(_, w)| w.is_empty()) {
            return nog_kiezen.set(true);
        }
        let keuzes = gekozen
            .into_iter()
            .map(|(naam, w)| {
                let sleutel = batch::kolommen::alle_sleutels().find(|s| *s == w);
                (naam, sleutel)
            })
            .collect();
        bereken(tekst.as_str().to_string(), keuzes);
    };
    view! {
        <section class="kolomstap melding geen-afdruk" id="groep-kolomstap" aria-labelledby="kolomstap-kop">
            <h3 id="kolomstap-kop">{t::KOLOM_STAP}</h3>
            <p>{batch::teksten::onbekende_kolommen(&onbekend.iter().map(String::as_str).collect::<Vec<_>>())}</p>
            <p>{t::KOLOM_STAP_UITLEG}</p>
            {selects}
            <div class="tabel-scroll" tabindex="0" role="region" aria-labelledby="kolomstap-voorbeeld">
                <table class="tabel">
                    <caption id="kolomstap-voorbeeld">{t::VOORBEELD_RIJEN}</caption>
                    <thead><tr>{kop}</tr></thead>
                    <tbody>{rijen}</tbody>
                </table>
            </div>
            <p role="status">{move || nog_kiezen.get().then_some(t::KIES_ALLE)}</p>
            <p><button type="button" class="knop knop--primair" id="groep-kolommen-bereken" on:click=klik>{t::BEREKEN_KOLOMMEN}</button></p>
        </section>
    }
}
