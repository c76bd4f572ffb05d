//! The app: reads the link once, keeps the URL in step with the state, lays out the page.

use crate::components::afdruk::Acties;
use crate::components::afdruk::{AfdrukKop, AfdrukVoet};
use crate::components::invoer::Formulier;
use crate::components::jaar::Jaaroverzicht;
use crate::components::later::Later;
use crate::components::uitkomst::Resultaat;
use crate::start::contract::pagina;
use crate::state::Staat;
use crate::teksten::{self, vertaal};
use crate::url::{self, periode_uit, WEERGAVE_SLEUTELS};
use leptos::prelude::*;
use rekenkern::uitkomst::Periode;
use rekenkern::Sleutel;
use rekenkern::Taal;

/// The whole page.
#[component]
pub fn App(
    /// What was typed into the page rendered ahead of time before the app took over (the bare
    /// address, ADR 0022): the state starts from it instead of the link.
    #[prop(optional)]
    ingevuld: Option<crate::ingevuld::Ingevuld>,
) -> impl IntoView {
    let vandaag = crate::klok::vandaag();
    let staat = Staat::nieuw(vandaag);
    provide_context(staat);

    // Read the link once.
    let fragment = url::fragment();
    url::gelezen(&fragment);
    let gelezen = staat.laad(&fragment, WEERGAVE_SLEUTELS);
    if !fragment.is_empty() {
        staat.link_meldingen.set(gelezen.meldingen.clone());
    }
    // What was typed into the page rendered ahead of time, before the app took over (ADR 0022).
    if let Some(ingevuld) = ingevuld {
        for (sleutel, tekst) in ingevuld.velden {
            staat.veld(sleutel).set(tekst);
        }
        staat.periode.set(ingevuld.periode);
    }
    if staat.veld(Sleutel::Datum).get_untracked().is_empty() {
        // Default: today. Past the tables the result says at once that it is provisional (ADR 0013).
        staat.veld(Sleutel::Datum).set(vandaag.to_string());
    }
    let extra = |k: &str| gelezen.extra.iter().find(|(s, _)| s == k).map(|(_, w)| w.clone());
    if let Some(p) = extra("periode").as_deref().and_then(periode_uit) {
        staat.periode.set(p);
    }
    staat.compact.set(extra("weergave").as_deref() == Some("compact"));
    staat.zet_vast_uit_link(extra("vast"));
    if extra("taal").as_deref() == Some("en") {
        crate::engels::kies_taal(staat, Taal::En);
    }
    let embed = url::query("embed").as_deref() == Some("1") || extra("embed").as_deref() == Some("1");
    if embed {
        if let Some(ouder) = crate::embed::ouder(url::query("ouder")) {
            crate::embed::start(ouder);
        }
    }

    // Another shared link opened in the same tab (a hash change; our own replaceState fires none):
    // load that scenario, with its notice, as on first load. The new address is the event's: by the
    // time it runs, the address bar may have changed again.
    let _ = leptos::prelude::window_event_listener(leptos::ev::hashchange, move |ev| {
        let fragment = ev.new_url().split_once('#').map(|(_, f)| f.to_string()).unwrap_or_default();
        url::gelezen(&fragment);
        if fragment == staat.scenario() {
            return;
        }
        let gelezen = staat.laad(&fragment, WEERGAVE_SLEUTELS);
        staat.link_meldingen.set(gelezen.meldingen.clone());
        let extra = |k: &str| gelezen.extra.iter().find(|(s, _)| s == k).map(|(_, w)| w.clone());
        staat.periode.set(extra("periode").as_deref().and_then(periode_uit).unwrap_or(Periode::Maand));
        staat.compact.set(extra("weergave").as_deref() == Some("compact"));
        staat.zet_vast_uit_link(extra("vast"));
        crate::engels::kies_taal(staat, if extra("taal").as_deref() == Some("en") { Taal::En } else { Taal::Nl });
    });

    // A new version took over (the service worker's start script says so; ADR 0017). This page keeps
    // the version it loaded, and says which one calculated what is on screen.
    let nieuwe_versie = RwSignal::new(
        web_sys::window()
            .and_then(|w| js_sys::Reflect::get(&w, &"rekenhulpNieuweVersie".into()).ok())
            .is_some_and(|v| v.is_truthy()),
    );
    let _ = leptos::prelude::window_event_listener_untyped("rekenhulp-nieuwe-versie", move |_| nieuwe_versie.set(true));

    // Keep the URL fragment in step (replaceState: no history entry per keystroke).
    Effect::new(move |_| url::schrijf_later(staat.fragment()));
    // Leaving within the wait: write it now, so reopening the tab shows the last input.
    let _ = leptos::prelude::window_event_listener(leptos::ev::pagehide, move |_| url::schrijf(&staat.fragment()));
    // The language and the layout flags on <html>, where the start script put them before the first
    // paint (ADR 0022): the prerendered page and the app share one stylesheet.
    Effect::new(move |_| {
        let document = web_sys::window().and_then(|w| w.document());
        // The page's title in the tab follows the language too (index.html holds the Dutch).
        if let Some(d) = &document {
            d.set_title(vertaal(teksten::TITEL, staat.taal.get()));
        }
        if let Some(html) = document.and_then(|d| d.document_element()) {
            let _ = html.set_attribute("lang", staat.taal.get().code());
            let _ = html.class_list().toggle_with_force(crate::start::contract::klasse::COMPACT, staat.compact.get());
            let _ = html.class_list().toggle_with_force(crate::start::contract::klasse::EMBED, embed);
        }
    });
    pagina(staat, nieuwe_versie)
}

/// The page for a state: what the browser app shows, and what the build renders ahead of time for
/// the default scenario (src/bin/voorweergave.rs, ADR 0022). Reads nothing from the browser.
/// Embedded or compact, the page is the same markup; the stylesheet follows the classes on `<html>`.
pub fn pagina(staat: Staat, nieuwe_versie: RwSignal<bool>) -> impl IntoView {
    // The whole page is built again when the language changes (rare); the state lives on in `staat`.
    move || {
        let taal = staat.taal.get();
        provide_context(taal);
        let (wissel, wissel_lang, andere) = teksten::andere_taal(taal);
        view! {
            <div class="pagina">
                <a class="skiplink" href="#uitkomst" on:click=|ev| url::ga_naar(&ev, "uitkomst")>{vertaal(teksten::NAAR_UITKOMST, taal)}</a>
                <div class="taalkeuze">
                    <button type="button" class="knop knop--klein" lang=wissel_lang aria-busy=move || staat.taal_laden.get().then_some("true")
                        on:click=move |_| crate::engels::kies_taal(staat, andere)>{wissel}</button>
                    <p class="taalkeuze__status" role="status">{move || staat.taal_fout.get().then_some(teksten::ENGELS_NIET_GELADEN)}</p>
                </div>
                <div role="status" class="versie-status">{move || nieuwe_versie.get().then(|| view! {
                    <p class="melding" id="nieuwe-versie">{vertaal(teksten::NIEUWE_VERSIE, taal)}" "
                        {vertaal(teksten::BEREKEND_MET, taal)}{teksten::versie()}"."</p>
                })}</div>
                <header class="kop">
                    <p class="kop__merk">{vertaal(teksten::MERK, taal)}</p>
                </header>
                <main id="inhoud" aria-labelledby="titel">
                    <Later><AfdrukKop /></Later>
                    <h1 id="titel">{vertaal(teksten::TITEL, taal)}</h1>
                    <p class="intro">{vertaal(teksten::INTRO, taal)}</p>
                    // The English page keeps the Dutch notation of amounts and dates and a few legal
                    // terms (ADR 0010): said once, at the top.
                    {(taal == rekenkern::Taal::En).then(|| view! { <p class="intro" id="notatie">{vertaal(teksten::NOTATIE, taal)}</p> })}
                    <div class=pagina::INDELING>
                        <div class=pagina::INDELING_INVOER>
                            <Formulier />
                            <Acties />
                        </div>
                        <div class=pagina::INDELING_UITKOMST>
                            <Resultaat />
                            <Later><Jaaroverzicht /></Later>
                        </div>
                    </div>
                    <Later><AfdrukVoet /></Later>
                </main>
                <Later><footer class="voet">
                    <p class="geen-afdruk"><a href="meerdere.html">{vertaal(teksten::GROEP_LINK, taal)}</a></p>
                    <p>{vertaal(teksten::VOETTEKST, taal)}</p>
                </footer></Later>
            </div>
        }
    }
}
