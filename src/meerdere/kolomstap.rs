//! "Welke kolom is wat?": for a file with columns the core does not recognise, one choice per such
//! column above a preview of the first rows. Each choice is the question of its row in the input
//! table (the label the form shows), grouped as the form groups them, with the key in small print
//! for `rekenhulp batch`. Nothing is calculated until the user presses the button with every
//! column chosen.

use super::Invoer;
use crate::teksten::meerdere as t;
use leptos::prelude::*;
use rekenkern::batch::{self, Betekenis, Voorbeeld};
use rekenkern::invoertabel::{Groep, Sleutel, VELDEN};
use std::sync::Arc;

/// The choice "niet gebruiken" in a select.
const NIET: &str = "-";

/// An opened file waiting for the user's column choices.
#[derive(Clone)]
pub struct Stap {
    invoer: Invoer,
    voorbeeld: Arc<Voorbeeld>,
}

impl Stap {
    /// The file and its header with the first rows.
    pub fn nieuw(invoer: Invoer, voorbeeld: Voorbeeld) -> Stap {
        Stap { invoer, voorbeeld: Arc::new(voorbeeld) }
    }
}

/// What a key means in words: the form's label (not `documentatie()`: its text for every key would
/// add ~10 KB to this page's wasm; the one key without a field, `voorlopig`, has its own words).
fn in_woorden(sleutel: &str) -> &'static str {
    match sleutel {
        batch::kolommen::ID => t::KEUZE_ID,
        batch::kolommen::GEBOORTEDATUM => t::KEUZE_GEBOORTEDATUM,
        s => match Sleutel::uit_naam(s).map(|k| k.vraag().label) {
            Some(label) if !label.is_empty() => label,
            _ => t::KEUZE_VOORLOPIG,
        },
    }
}

/// The choices in groups, as the form shows them.
fn groepen() -> Vec<(&'static str, Vec<&'static str>)> {
    let in_groep = |g: Groep| VELDEN.iter().filter(|v| v.groep == g).map(|v| v.naam).collect::<Vec<_>>();
    vec![
        (t::GROEP_EIGEN, vec![batch::kolommen::ID, batch::kolommen::GEBOORTEDATUM]),
        (t::GROEP_BEREKENING, in_groep(Groep::Berekening)),
        (t::GROEP_LEZING, in_groep(Groep::Lezing)),
        (t::GROEP_WAARDE, in_groep(Groep::Waarde)),
        (t::GROEP_JAAR, in_groep(Groep::Jaar)),
    ]
}

/// The step: choices, preview, button.
#[component]
pub fn Kolomstap(
    /// The opened file.
    stap: Stap,
    /// Calculates the file with the choices (column name, key or `None` for not used).
    bereken: impl Fn(Invoer, Vec<(String, Option<&'static str>)>) + Copy + 'static,
) -> impl IntoView {
    let onbekend: Vec<String> =
        stap.voorbeeld.kolommen.iter().filter(|k| k.betekenis == Betekenis::Onbekend).map(|k| k.kop.clone()).collect();
    // One choice per unknown column: "" (not chosen yet), "-" (not used) or a key.
    let keuzes = RwSignal::new(onbekend.iter().map(|k| (k.clone(), String::new())).collect::<Vec<_>>());
    let nog_kiezen = RwSignal::new(false);
    let selects = onbekend
        .iter()
        .enumerate()
        .map(|(i, naam)| {
            let id = format!("kolom-{i}");
            let klein = format!("kolom-{i}-sleutel");
            let gekozen = move || keuzes.with(|k| k.get(i).map(|(_, w)| w.clone()).unwrap_or_default());
            view! {
                <div class="veld">
                    <label for=id.clone()>{t::kolom_label(naam)}</label>
                    <select id=id aria-describedby=klein.clone() on:change=move |ev| {
                        let w = event_target_value(&ev);
                        keuzes.update(|k| if let Some(k) = k.get_mut(i) { k.1 = w });
                    }>
                        <option value="">{t::KIES}</option>
                        <option value=NIET>{t::NIET_GEBRUIKEN}</option>
                        {groepen().into_iter().map(|(titel, sleutels)| view! {
                            <optgroup label=titel>
                                {sleutels.into_iter().map(|s| view! { <option value=s>{in_woorden(s)}</option> }).collect_view()}
                            </optgroup>
                        }).collect_view()}
                    </select>
                    <p class="hint sleutel-klein" id=klein>{move || {
                        let w = gekozen();
                        (!w.is_empty() && w != NIET).then(|| t::sleutel_klein(&w))
                    }}</p>
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
    let invoer = stap.invoer.clone();
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
        bereken(invoer.clone(), keuzes);
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
