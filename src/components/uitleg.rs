//! Explanations rendered from the core's trail: per figure (formula, inputs with date and
//! source, legal basis), the whole trail, assumptions, warnings, scope and sources.

use crate::components::toon_waarde;
use crate::teksten;
use leptos::prelude::*;
use rekenkern::bron::Zekerheid;
use rekenkern::uitleg::{Herkomst, Spoor};
use rekenkern::Uitkomst;

fn herkomst(h: Herkomst) -> String {
    match h {
        Herkomst::Tabel { vanaf } => format!("geldt vanaf {}", vanaf.nl()),
        Herkomst::Voorgenomen { beoogd_vanaf } => format!("voorgenomen, beoogd vanaf {}", beoogd_vanaf.nl()),
        Herkomst::Conventie => "rekenafspraak van deze rekenhulp".into(),
        Herkomst::Gebruiker => "zelf ingevuld".into(),
        Herkomst::Aangenomen => "aangenomen".into(),
    }
}

fn zekerheid(z: Zekerheid) -> &'static str {
    match z {
        Zekerheid::Wettekst => "wettekst",
        Zekerheid::Secundair => "afgeleide bron",
        Zekerheid::Kamerbrief => "alleen Kamerbrief",
        Zekerheid::Afgeleid => "schatting of afspraak",
    }
}

/// The inputs of one step as a list.
fn invoer_lijst(spoor: &Spoor, ids: &[&'static str]) -> impl IntoView {
    let items: Vec<_> = ids.iter().filter_map(|id| {
        if let Some(s) = spoor.zoek_stap(id) {
            {
            let doel = format!("stap-{}", s.id);
            Some(view! { <li><a href=format!("#{doel}") on:click=move |ev| {
                crate::url::ga_naar(&ev, &doel)
            }>{s.label}</a>": "{toon_waarde(s.waarde, s.eenheid)}</li> }.into_any())
        }
        } else {
            spoor.zoek_gebruikt(id).map(|g| {
                let link = (!g.bron.url.is_empty() && g.bron.url.starts_with("https://")).then_some(g.bron.url);
                view! {
                    <li>{g.label}": "<strong>{toon_waarde(g.waarde, g.eenheid)}</strong>
                        " ("{herkomst(g.herkomst)}"; "
                        {match link {
                            Some(url) => view! { <a href=url rel="noopener noreferrer" target="_blank">{g.bron.citaat}</a> }.into_any(),
                            None => view! { <span>{g.bron.citaat}</span> }.into_any(),
                        }}
                        ", "{zekerheid(g.bron.zekerheid)}")"
                    </li>
                }.into_any()
            })
        }
    }).collect();
    view! { <ul class="uitleg__invoer">{items}</ul> }
}

/// Expandable explanation of one figure.
#[component]
pub fn UitlegStap(
    /// The result.
    uitkomst: Uitkomst,
    /// Step id in the trail.
    stap: &'static str,
) -> impl IntoView {
    let Some(s) = uitkomst.spoor.zoek_stap(stap).cloned() else { return ().into_any() };
    let grondslag = s.grondslag;
    view! {
        <details class="uitleg">
            <summary>"Hoe berekend?"<span class="sr-only">" "{s.label}</span></summary>
            <p><strong>{s.label}</strong>" = "{s.formule}</p>
            <p>"Uitkomst: "{toon_waarde(s.waarde, s.eenheid)}" (nog niet afgerond)"</p>
            {invoer_lijst(&uitkomst.spoor, &s.gebruikt)}
            <p class="uitleg__grondslag">"Grondslag: "
                {if grondslag.url.starts_with("https://") {
                    view! { <a href=grondslag.url rel="noopener noreferrer" target="_blank">{grondslag.citaat}</a> }.into_any()
                } else {
                    view! { <span>{grondslag.citaat}</span> }.into_any()
                }}
            </p>
        </details>
    }.into_any()
}

/// Every step of the calculation, in order.
#[component]
pub fn HeleSpoor(
    /// The result.
    uitkomst: Uitkomst,
) -> impl IntoView {
    let spoor = uitkomst.spoor.clone();
    view! {
        <details class="uitleg uitleg--spoor">
            <summary>{teksten::KOP_UITLEG}" Alle stappen"</summary>
            <ol>
                {spoor.stappen.iter().map(|s| view! {
                    <li id=format!("stap-{}", s.id)>
                        <strong>{s.label}</strong>": "{toon_waarde(s.waarde, s.eenheid)}
                        <br/><span class="uitleg__formule">{s.formule}</span>
                        {invoer_lijst(&spoor, &s.gebruikt)}
                    </li>
                }).collect_view()}
            </ol>
        </details>
    }
}

/// Assumptions, warnings, LKV / no-riskpolis and scope.
#[component]
pub fn Kanttekeningen(
    /// The result.
    uitkomst: Uitkomst,
) -> impl IntoView {
    let lkv = match uitkomst.lkv {
        rekenkern::uitkomst::Lkv::NietVanToepassing => rekenkern::teksten::uitleg::LKV_BESCHUT,
        rekenkern::uitkomst::Lkv::Banenafspraak(_) => rekenkern::teksten::uitleg::LKV_BANENAFSPRAAK,
    };
    view! {
        <section class="kanttekeningen" aria-labelledby="kop-letop">
            <h3 id="kop-letop">{teksten::KOP_LET_OP}</h3>
            <ul class="waarschuwingen">
                {uitkomst.waarschuwingen.iter().map(|w| view! { <li>{w.tekst}</li> }).collect_view()}
                <li>{lkv}</li>
                <li>{rekenkern::teksten::uitleg::NO_RISKPOLIS}</li>
            </ul>
            <h3>{teksten::KOP_AANNAMES}</h3>
            <ul class="aannames">
                {uitkomst.aannames.iter().map(|a| {
                    let id = format!("veld-{}", a.veld);
                    view! { <li><a href=format!("#{id}") on:click=move |ev| crate::url::ga_naar(&ev, &id)>{a.tekst.clone()}</a></li> }
                }).collect_view()}
            </ul>
            <h3>{teksten::KOP_NIET_INBEGREPEN}</h3>
            <p>{rekenkern::teksten::uitleg::NIET_INBEGREPEN}</p>
        </section>
    }
}

/// The sources used, with dates, for the screen and the print.
#[component]
pub fn Bronnen(
    /// The result.
    uitkomst: Uitkomst,
) -> impl IntoView {
    let mut bronnen: Vec<&'static rekenkern::bron::Bron> = Vec::new();
    for g in &uitkomst.spoor.gebruikt {
        if g.bron.url.starts_with("https://") && !bronnen.iter().any(|b| b.id == g.bron.id) {
            bronnen.push(g.bron);
        }
    }
    view! {
        <section class="bronnen" aria-labelledby="kop-bronnen">
            <h3 id="kop-bronnen">{teksten::KOP_BRONNEN}</h3>
            <ul>
                {bronnen.into_iter().map(|b| view! {
                    <li><a href=b.url rel="noopener noreferrer" target="_blank">{b.citaat}</a>" — "{b.publicatie}
                        <span class="afdruk-alleen">" ("{b.url}")"</span></li>
                }).collect_view()}
            </ul>
            <p>{teksten::afdruk::VERSIE}": "{rekenkern::params::VERSIE}</p>
        </section>
    }
}
