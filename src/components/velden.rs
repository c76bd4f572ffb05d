//! Form controls bound to a scenario key: text (Dutch numbers, `inputmode`), date and choice.
//! Each has a label, an optional hint and its message, linked with `aria-describedby`. Label, hint
//! and options are the row's question in the input table (`Sleutel::vraag`).

use crate::start::contract::id::VELD;
use crate::state::Staat;
use crate::teksten::{taal, vertaal, FOUT_PREFIX, GEEN_MAAND};
use leptos::prelude::*;
use rekenkern::Sleutel;

fn beschreven(sleutel: &str, hint: bool, fout: bool) -> String {
    let mut ids = Vec::new();
    if hint {
        ids.push(format!("{sleutel}-hint"));
    }
    if fout {
        ids.push(format!("{sleutel}-fout"));
    }
    ids.join(" ")
}

/// A text field for a number. `decimaal`: allows a comma (inputmode decimal), else numeric.
#[component]
pub fn TekstVeld(
    /// Scenario key.
    sleutel: Sleutel,
    /// (label, hint) instead of the row's question (`Sleutel::vraag`), where the same key asks
    /// something else in one place (the wage of a cao scale).
    #[prop(optional)]
    tekst: Option<(&'static str, &'static str)>,
    /// Decimal keypad on phones.
    #[prop(default = true)]
    decimaal: bool,
    /// Placeholder shown while empty (e.g. the default).
    #[prop(optional)]
    plaatshouder: Option<Signal<String>>,
) -> impl IntoView {
    let invoermodus = if decimaal { "decimal" } else { "numeric" };
    veld(sleutel, tekst, "text", Some(invoermodus), plaatshouder, None, None)
}

/// A date field (`type="date"`: the browser's own, accessible picker).
#[component]
pub fn DatumVeld(
    /// Scenario key.
    sleutel: Sleutel,
    /// Extra line under the field (e.g. the minimum wage on that date).
    #[prop(optional)]
    info: Option<Signal<String>>,
    /// First day the picker offers (`yyyy-mm-dd`); by default the first the core accepts at all.
    #[prop(optional)]
    vanaf: Option<&'static str>,
) -> impl IntoView {
    // The same limits as the core, so the picker offers no day it refuses. Text constants, tested
    // against the core's dates: formatting them here cost 0,2 KB on the first screen.
    let grenzen = (vanaf.unwrap_or(rekenkern::datum::EERSTE_DAG), rekenkern::datum::LAATSTE_DAG);
    veld(sleutel, None, "date", None, None, info, Some(grenzen))
}

/// The label, hint and message above a control; returns the message signal for `aria-*`.
fn kop(sleutel: Sleutel, tekst: Option<(&'static str, &'static str)>) -> (impl IntoView, Signal<Option<String>>, bool) {
    let staat = expect_context::<Staat>();
    let taal = taal();
    let fout = staat.fout(sleutel);
    let tekst = tekst.unwrap_or_else(|| (sleutel.vraag().label, sleutel.vraag().hint));
    // Element ids are made from the key as written (`veld-uren`): the e2e tests and embedders use them.
    let sleutel = sleutel.naam();
    let (label, hint) = (vertaal(tekst.0, taal), vertaal(tekst.1, taal));
    let heeft_hint = !hint.is_empty();
    let id = format!("{VELD}{sleutel}");
    let kop = view! {
        <label for=id>{label}</label>
        {heeft_hint.then(|| view! { <p class="hint" id=format!("{sleutel}-hint")>{hint}</p> })}
        {move || fout.get().map(|f| view! { <p class="foutmelding" id=format!("{sleutel}-fout")><span class="sr-only">{vertaal(FOUT_PREFIX, taal)}</span>{f}</p> })}
    };
    (kop, fout, heeft_hint)
}

/// The shared field: label, hint, message and input, linked for assistive technology.
fn veld(
    sleutel: Sleutel,
    tekst: Option<(&'static str, &'static str)>,
    soort: &'static str,
    invoermodus: Option<&'static str>,
    plaatshouder: Option<Signal<String>>,
    info: Option<Signal<String>>,
    grenzen: Option<(&'static str, &'static str)>,
) -> impl IntoView {
    let staat = expect_context::<Staat>();
    let waarde = staat.veld(sleutel);
    let (kop, fout, hint) = kop(sleutel, tekst);
    let sleutel = sleutel.naam();
    let (min, max) = grenzen.unzip();
    view! {
        <div class="veld" class:veld--fout=move || fout.get().is_some()>
            {kop}
            <input id=format!("{VELD}{sleutel}") type=soort name=sleutel autocomplete="off" spellcheck="false" inputmode=invoermodus
                min=min max=max
                placeholder=move || plaatshouder.map(|p| p.get())
                aria-invalid=move || if fout.get().is_some() { "true" } else { "false" }
                aria-describedby=move || beschreven(sleutel, hint, fout.get().is_some())
                // The attribute for the page rendered ahead of time (a property is not HTML); the app
                // sets the property.
                value=move || cfg!(feature = "ssr").then(|| waarde.get())
                prop:value=move || waarde.get()
                on:input=move |ev| waarde.set(event_target_value(&ev)) />
            {info.map(|i| view! { <p class="info" aria-live="polite">{move || i.get()}</p> })}
        </div>
    }
}

/// A group of radio buttons in a fieldset; the option that applies (chosen or by default) is checked.
#[component]
pub fn KeuzeVeld(
    /// Scenario key; legend and options are the row's question (`Sleutel::vraag`).
    sleutel: Sleutel,
) -> impl IntoView {
    let staat = expect_context::<Staat>();
    let waarde = staat.veld(sleutel);
    let taal = taal();
    let fout = staat.fout(sleutel);
    let vraag = sleutel.vraag();
    let (legende, opties) = (vertaal(vraag.label, taal), vraag.opties);
    // The word that applies, chosen or by default: the core decides (`gekozen.rs`).
    let gekozen = move || staat.keuzes.with(|k| k.woord(sleutel).unwrap_or_default());
    let sleutel = sleutel.naam();
    view! {
        <fieldset class="keuze" id=format!("{VELD}{sleutel}") class:veld--fout=move || fout.get().is_some()
            aria-describedby=move || if fout.get().is_some() { format!("{sleutel}-fout") } else { String::new() }>
            <legend>{legende}</legend>
            {move || fout.get().map(|f| view! { <p class="foutmelding" id=format!("{sleutel}-fout")>{f}</p> })}
            {opties.iter().map(|(w, label)| {
                let id = format!("{VELD}{sleutel}-{w}");
                let w = *w;
                view! {
                    <div class="keuze__optie">
                        <input type="radio" id=id.clone() name=sleutel value=w
                            checked=move || cfg!(feature = "ssr") && gekozen().eq_ignore_ascii_case(w)
                            prop:checked=move || gekozen().eq_ignore_ascii_case(w)
                            on:change=move |_| waarde.set(w.to_string()) />
                        <label for=id>{vertaal(label, taal)}</label>
                    </div>
                }
            }).collect_view()}
        </fieldset>
    }
}

/// A year-and-month field (`type="month"`; a browser without a month picker shows a text field,
/// and the hint says how to type it).
#[component]
pub fn MaandJaarVeld(
    /// Scenario key.
    sleutel: Sleutel,
) -> impl IntoView {
    veld(sleutel, None, "month", None, None, None, None)
}

/// A month of the year (1..=12) as a select, with "no month" first.
#[component]
pub fn MaandVeld(
    /// Scenario key.
    sleutel: Sleutel,
) -> impl IntoView {
    let staat = expect_context::<Staat>();
    let waarde = staat.veld(sleutel);
    let taal = taal();
    let (kop, fout, hint) = kop(sleutel, None);
    let sleutel = sleutel.naam();
    let id = format!("{VELD}{sleutel}");
    view! {
        <div class="veld" class:veld--fout=move || fout.get().is_some()>
            {kop}
            <select id=id name=sleutel aria-describedby=move || beschreven(sleutel, hint, fout.get().is_some())
                on:change=move |ev| waarde.set(event_target_value(&ev))>
                <option value="" selected=move || waarde.get().is_empty()>{vertaal(GEEN_MAAND, taal)}</option>
                {(1u8..=12).map(|m| {
                    let w = m.to_string();
                    let w2 = w.clone();
                    view! { <option value=w selected=move || waarde.get() == w2>{crate::teksten::maand_naam(m, taal)}</option> }
                }).collect_view()}
            </select>
        </div>
    }
}
