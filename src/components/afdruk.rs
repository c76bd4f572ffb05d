//! Share and print: copy the link (with a warning not to add names), print an A4
//! "gespreksverslag", switch to the dense jobcoach layout. Print-only header and footer.

use crate::state::Staat;
use crate::teksten::{self, afdruk, knop, taal, vertaal};
use crate::url;
use leptos::prelude::*;
use rekenkern::gekozen::Gekozen;
use rekenkern::invoer::Subsidie;
use rekenkern::uitleg::Herkomst;
use rekenkern::Sleutel;

/// How long the copy notice stays, in milliseconds.
const STATUS_MS: u32 = 6000;

/// Buttons under the form.
#[component]
pub fn Acties() -> impl IntoView {
    let staat = expect_context::<Staat>();
    let taal = taal();
    let status = RwSignal::new(String::new());
    let kopieer = move |_| {
        let adres = staat.link();
        let verouderd = staat.toon.with_untracked(|t| t.verouderd);
        url::schrijf(&staat.fragment());
        let Some(venster) = web_sys::window() else { return };
        let belofte = venster.navigator().clipboard().write_text(&adres);
        leptos::task::spawn_local(async move {
            let gelukt = wasm_bindgen_futures::JsFuture::from(belofte).await.is_ok();
            let tekst = match (gelukt, verouderd) {
                (false, _) => knop::NIET_GEKOPIEERD,
                (true, false) => knop::GEKOPIEERD,
                (true, true) => knop::GEKOPIEERD_VEROUDERD,
            };
            status.set(vertaal(tekst, taal).to_string());
            // Clear the notice after a while, so an old "copied" does not linger after new changes.
            gloo::timers::callback::Timeout::new(STATUS_MS, move || status.set(String::new())).forget();
        });
    };
    let druk = move |_| {
        if let Some(venster) = web_sys::window() {
            let _ = venster.print();
        }
    };
    view! {
        <div class="acties">
            <p class="deel-waarschuwing" id="deel-waarschuwing">{vertaal(knop::DEEL_WAARSCHUWING, taal)}</p>
            <div class="acties__knoppen">
                <button type="button" class="knop knop--primair" on:click=kopieer aria-describedby="deel-waarschuwing">{vertaal(knop::KOPIEER, taal)}</button>
                <button type="button" class="knop" on:click=druk>{vertaal(knop::AFDRUKKEN, taal)}</button>
                <button type="button" class="knop" id="knop-vastzetten" aria-describedby="vastzetten-hint"
                    aria-pressed=move || if staat.vast.with(Option::is_some) { "true" } else { "false" }
                    on:click=move |_| {
                        staat.vast.set(Some(staat.scenario()));
                        crate::url::ga_naar_id("vast");
                    }>{vertaal(teksten::vast::VASTZETTEN, taal)}</button>
                <button type="button" class="knop" aria-pressed=move || if staat.compact.get() { "true" } else { "false" }
                    on:click=move |_| staat.compact.update(|c| *c = !*c)>{vertaal(knop::COMPACT, taal)}</button>
            </div>
            <p class="hint" id="vastzetten-hint">{vertaal(teksten::vast::VASTZETTEN_HINT, taal)}</p>
            <p class="acties__status" role="status" aria-live="polite">{move || status.get()}</p>
        </div>
    }
}

/// The choices shown in the print and the pinned comparison, in this order.
pub(crate) const KEUZES: [Sleutel; 11] = [
    Sleutel::Subsidie,
    Sleutel::Beschut,
    Sleutel::Werkgever,
    Sleutel::Loon,
    Sleutel::Contract,
    Sleutel::Overheid,
    Sleutel::Omvang,
    Sleutel::Forfait,
    Sleutel::WglMax,
    Sleutel::Lid7,
    Sleutel::Aangekondigd,
];

/// The option label a choice has in a result, and whether it was assumed (not chosen). The
/// result says which word applied (`Uitkomst::keuzes`); nothing is derived here.
pub(crate) fn keuze_label(sleutel: Sleutel, keuzes: &[Gekozen], taal: rekenkern::Taal) -> (&'static str, bool) {
    let Some(g) = keuzes.iter().find(|g| g.sleutel == sleutel) else { return ("", false) };
    let label = sleutel.vraag().optie(g.woord).map(|l| vertaal(l, taal)).unwrap_or_default();
    (label, !g.gegeven)
}

/// Print-only header: title, print date, peildatum, link and the inputs.
#[component]
pub fn AfdrukKop() -> impl IntoView {
    let staat = expect_context::<Staat>();
    let taal = taal();
    let vandaag = {
        let d = js_sys::Date::new_0();
        format!("{:02}-{:02}-{:04}", d.get_date(), d.get_month() + 1, d.get_full_year())
    };
    let invoer = move || {
        staat.toon.get().uitkomst.map(|u| {
            let regels: Vec<_> = u.spoor.gebruikt.iter()
                .filter(|g| matches!(g.herkomst, Herkomst::Gebruiker | Herkomst::Aangenomen) && g.id != "premie.ufo")
                .map(|g| view! { <li>{vertaal(g.label, taal)}": "{crate::components::toon_waarde(g.waarde, g.eenheid, taal)}
                    {matches!(g.herkomst, Herkomst::Aangenomen).then_some(vertaal(teksten::AANGENOMEN, taal))}</li> })
                .collect();
            // The choices (radio groups) with the option that applies, assumed ones marked.
            let keuzes: Vec<_> = KEUZES.iter().map(|&sleutel| {
                let (label, aangenomen) = keuze_label(sleutel, &u.keuzes, taal);
                view! { <li>{vertaal(sleutel.vraag().label, taal)}": "{label}{aangenomen.then_some(vertaal(teksten::AANGENOMEN, taal))}</li> }
            }).collect();
            let grondslag = u.grondslag_lks(taal);
            // Provisional amounts: said first, in capitals, with the short notice of the screen.
            let voorlopig = u.voorlopig_sinds().map(|sinds| {
                teksten::melding::voorlopig(u.peildatum.jaar(), &teksten::datum_lang(sinds, taal), taal)
            });
            // Announced values: each with its date and source (docs/adr/0024).
            let aangekondigd: Vec<_> = u.spoor.aangekondigde_waarden().iter().map(|g| {
                let vanaf = match g.herkomst { Herkomst::Aangekondigd { vanaf } => vanaf.nl(), _ => String::new() };
                view! { <li>{vertaal(g.label, taal)}": "{crate::components::toon_waarde(g.waarde, g.eenheid, taal)}" ("
                    {vertaal(teksten::melding::AANGEKONDIGD_PER, taal)}" "{vanaf}"; "{vertaal(g.bron.citaat(), taal)}")"</li> }
            }).collect();
            let aangekondigd = (!aangekondigd.is_empty()).then(|| view! {
                <div class="afdruk-voorlopig" id="afdruk-aangekondigd">
                    <p><strong>{vertaal(teksten::melding::AANGEKONDIGD_AFDRUK, taal)}</strong></p>
                    <ul>{aangekondigd}</ul>
                </div>
            });
            // The grant date of a running subsidy (a date, so not in the trail's list of numbers).
            // The grant date as typed, when the choices of the input say the subsidy is running.
            let toekenning = rekenkern::Datum::parse(&staat.veld(Sleutel::Toekenning).get())
                .filter(|_| staat.keuzes.with(|k| k.subsidie == Subsidie::Lopend))
                .map(|d| view! { <li>{vertaal(Sleutel::Toekenning.vraag().label, taal)}": "{d.nl()}</li> });
            view! {
                <p>{vertaal(teksten::PEILDATUM, taal)}": "{u.peildatum.nl()}</p>
                {voorlopig.map(|t| view! {
                    <p class="afdruk-voorlopig" id="afdruk-voorlopig"><strong>{vertaal(teksten::melding::VOORLOPIG_AFDRUK, taal)}</strong>" "{t}</p>
                })}
                {aangekondigd}
                {grondslag.map(|g| view! { <p>{g}</p> })}
                <h2>{vertaal(afdruk::INVOER, taal)}</h2>
                <ul>{regels}{toekenning}{keuzes}</ul>
            }
        })
    };
    view! {
        <div class="afdruk-alleen afdruk-kop">
            <h1>{vertaal(afdruk::TITEL, taal)}</h1>
            <p>{vertaal(afdruk::AFGEDRUKT, taal)}" "{vandaag}". "{vertaal(afdruk::VERSIE, taal)}": "{teksten::versie()}"."</p>
            {invoer}
        </div>
    }
}

/// Print-only footer: disclaimer and the link as text.
#[component]
pub fn AfdrukVoet() -> impl IntoView {
    let staat = expect_context::<Staat>();
    let taal = taal();
    let link = move || staat.link();
    view! {
        <div class="afdruk-alleen afdruk-voet">
            <p><strong>{vertaal(afdruk::DISCLAIMER, taal)}</strong></p>
            <p>{vertaal(afdruk::LINK, taal)}": "<span class="afdruk-link">{link}</span></p>
            <p>{vertaal(teksten::VOETTEKST, taal)}</p>
        </div>
    }
}
