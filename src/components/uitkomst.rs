//! The result area: notices, the period switch, the key figures with their explanation, and a
//! short summary for screen readers (polite live region).

use crate::components::grafiek::Grafiek;
use crate::components::later::{per_beeld, Later};
use crate::components::uitleg::UitlegStap;
use crate::components::uitleg::{Bronnen, HeleSpoor, Kanttekeningen};
use crate::components::vergelijking::Vergelijking;
use crate::components::voorlopig::VoorlopigMelding;
use crate::components::Getoond;
use crate::start::contract::{self, pagina};
use crate::start::figuren::figuur_id;
use crate::state::Staat;
use crate::teksten::{self, figuur, keuze, taal, vertaal, zin};
use crate::url::{periode_slug, periode_uit};
use leptos::prelude::*;
use rekenkern::bedragen::Regel;
use rekenkern::getal::euro;

/// Switch between per hour, month and year.
#[component]
fn PeriodeKeuze() -> impl IntoView {
    let staat = expect_context::<Staat>();
    let taal = taal();
    let (legende, opties) = (vertaal(keuze::PERIODE.0, taal), keuze::PERIODE.1);
    view! {
        <fieldset class="periode">
            <legend>{legende}</legend>
            {opties.iter().map(|(w, label)| {
                let id = format!("{}{w}", contract::id::PERIODE);
                let w = *w;
                view! {
                    <span class="periode__optie">
                        <input type="radio" id=id.clone() name="periode" value=w
                            checked=move || cfg!(feature = "ssr") && periode_slug(staat.periode.get()) == w
                            prop:checked=move || periode_slug(staat.periode.get()) == w
                            on:change=move |_| if let Some(p) = periode_uit(w) { staat.periode.set(p) } />
                        <label for=id>{vertaal(label, taal)}</label>
                    </span>
                }
            }).collect_view()}
        </fieldset>
    }
}

/// One big figure with its explanation.
#[component]
fn Kerncijfer(
    /// Label (Dutch; shown in the current language).
    label: &'static str,
    /// Extra line (e.g. "voorgenomen").
    #[prop(optional)]
    sub: Option<String>,
    /// Amount (reactive).
    bedrag: Signal<String>,
    /// Result for the explanation.
    uitkomst: Getoond,
    /// Step id.
    stap: &'static str,
    /// Id for tests and links.
    id: &'static str,
    /// Emphasis.
    #[prop(default = false)]
    sterk: bool,
    /// The subsidy of the first six months without a measurement (lid 5), under the measured
    /// subsidy: it is a subsidy, not what you pay (issue 31).
    #[prop(optional)]
    lid5: Option<Signal<String>>,
) -> impl IntoView {
    let staat = expect_context::<Staat>();
    let taal = taal();
    let label = vertaal(label, taal);
    let voorlopig = move || uitkomst.with(|u| u.as_ref().is_some_and(|u| u.is_voorlopig(&rekenkern::uitleg::Id(stap))));
    view! {
        <div class="kerncijfer" class:kerncijfer--sterk=sterk>
            // On paper the period switch is not there: the label says the period.
            <p class="kerncijfer__label" id=format!("{id}-label")>{label}
                <span class="afdruk-alleen">" ("{move || teksten::periode_woord(staat.periode.get(), taal)}")"</span>
                {sub.map(|s| view! { <span class="label-voorgenomen">{s}</span> })}
                {move || voorlopig().then(|| view! { <span class="label-voorlopig">{vertaal(teksten::VOORLOPIG, taal)}</span> })}</p>
            <p class="kerncijfer__bedrag" id=id aria-describedby=format!("{id}-label")>{move || bedrag.get()}</p>
            {lid5.map(|b| view! { <p class="lid5">{vertaal(figuur::LID5, taal)}": "<span id=figuur_id(Regel::LksLid5)>{move || b.get()}</span></p> })}
            <UitlegStap uitkomst=uitkomst stap=stap />
        </div>
    }
}

/// The whole result area.
#[component]
pub fn Resultaat() -> impl IntoView {
    let staat = expect_context::<Staat>();
    let taal = taal();
    let fouten = Memo::new(move |_| {
        let mut lijst: Vec<(String, String)> = staat.gelezen.with(|g| {
            g.meldingen.iter().map(|m| (format!("{}{}", contract::id::VELD, m.sleutel), m.tekst_in(taal))).collect()
        });
        staat.resultaat.with(|r| {
            if let Err(f) = r {
                lijst.extend(f.iter().map(|f| {
                    (
                        format!("{}{}", contract::id::VELD, f.veld().unwrap_or(rekenkern::Sleutel::Datum).naam()),
                        f.tekst_in(taal),
                    )
                }));
            }
        });
        lijst
    });
    let getoond: Getoond = Memo::new(move |_| staat.toon.with(|t| t.uitkomst.clone()));
    // Past the tables, unless the user asked for the values (voorlopig=nee), or with announced
    // values: the provisional notice.
    let na_tabellen = Memo::new(move |_| {
        getoond.with(|u| {
            u.as_ref().is_some_and(|u| {
                (!u.niet_bekend.is_empty() && staat.gelezen.with(|g| g.invoer.voorlopig != Some(false)))
                    || !u.spoor.aangekondigde_waarden().is_empty()
            })
        })
    });
    view! {
        <section id="uitkomst" class="uitkomst" aria-labelledby="kop-uitkomst" tabindex="-1">
            <h2 id="kop-uitkomst">{vertaal(teksten::KOP_UITKOMST, taal)}</h2>
            <Show when=move || na_tabellen.get()>
                <VoorlopigMelding uitkomst=getoond />
            </Show>
            <Show when=move || !staat.link_meldingen.get().is_empty()>
                <div class="melding melding--waarschuwing" role="status" id="link-melding">
                    <p>{vertaal(teksten::melding::LINK, taal)}</p>
                    <ul>{move || staat.link_meldingen.get().iter().map(|m| view! { <li>{m.tekst_in(taal)}</li> }).collect_view()}</ul>
                </div>
            </Show>
            <Show when=move || !fouten.get().is_empty()>
                <div class="melding melding--fout" id="foutenlijst">
                    <p>{vertaal(teksten::melding::FOUTEN, taal)}</p>
                    <ul>{move || fouten.get().into_iter().map(|(id, t)| {
                        let href = format!("#{id}");
                        view! { <li><a href=href on:click=move |ev| crate::url::ga_naar(&ev, &id)>{t}</a></li> }
                    }).collect_view()}</ul>
                </div>
            </Show>
            <Show when=move || staat.toon.with(|t| t.verouderd && t.uitkomst.is_some())>
                <p class="melding melding--verouderd" id="verouderd">{vertaal(teksten::melding::VEROUDERD, taal)}</p>
            </Show>
            <PeriodeKeuze />
            <crate::components::vastgezet::Vastgezet />
            // Built once, at the first good result; after that only its figures change.
            <Show when=move || getoond.with(Option::is_some)>
                <Uitkomstblok uitkomst=getoond />
            </Show>
        </section>
    }
}

/// Everything that needs a result.
#[component]
fn Uitkomstblok(
    /// The result.
    uitkomst: Getoond,
) -> impl IntoView {
    let staat = expect_context::<Staat>();
    let taal = taal();
    // The rounded amounts of the chosen period, once per change; each figure reads its own field.
    let bedragen = Memo::new(move |_| uitkomst.with(|u| u.as_ref().map(|u| u.per(staat.periode.get()))));
    let bedrag = move |kies: fn(&rekenkern::Bedragen) -> rust_decimal::Decimal| {
        Signal::derive(move || bedragen.with(|b| b.as_ref().map(|b| euro(kies(b))).unwrap_or_default()))
    };
    let voorlopig = Memo::new(move |_| {
        uitkomst.with(|u| u.as_ref().is_some_and(|u| u.is_voorlopig(&rekenkern::teksten::NETTO_METING)))
    });
    let samenvatting = move || {
        let p = staat.periode.get();
        bedragen.with(|b| {
            b.as_ref().map(|b| {
                let periode = teksten::periode_woord(p, taal);
                zin::samenvatting(b.nettokosten_meting, b.nettokosten_forfait, periode, voorlopig.get(), taal)
            })
        })
    };
    let omslag = move || uitkomst.with(|u| u.as_ref().map(|u| teksten::omslag_kort(u.omslagpunt, taal)));
    let jaar = rekenkern::params::lks::FORFAIT_BESCHUT.beoogd_vanaf.jaar();
    // The parts below the amounts follow the result once per frame (components/later.rs).
    let volgt = per_beeld(uitkomst);
    view! {
        <div class=pagina::UITKOMST_BLOK class=(pagina::UITKOMST_VEROUDERD, move || staat.toon.with(|t| t.verouderd))>
            // On narrow screens a bar at the bottom keeps the two net amounts (and the break-even)
            // in view while the user fills in the form; on wide screens it is for screen readers only.
            // One polite live region at any width.
            <div class="telefoonbalk">
                <p aria-live="polite" aria-atomic="true" id=contract::id::SAMENVATTING>{samenvatting}</p>
                <p class="telefoonbalk__omslag" id="balk-omslag">{vertaal(teksten::BALK_OMSLAG, taal)}<span id=contract::id::BALK_OMSLAGPUNT>{omslag}</span></p>
                <Show when=move || staat.toon.with(|t| t.verouderd)>
                    <p class="telefoonbalk__verouderd" id="balk-verouderd">{vertaal(teksten::BALK_VEROUDERD, taal)}</p>
                </Show>
            </div>
            <div class="kerncijfers">
                <Kerncijfer label=figuur::BRUTOLOON bedrag=bedrag(|b| b.get(Regel::Brutoloon)) uitkomst=uitkomst stap=Regel::Brutoloon.naam() id=figuur_id(Regel::Brutoloon) />
                <Kerncijfer label=figuur::LOONKOSTEN bedrag=bedrag(|b| b.get(Regel::Loonkosten)) uitkomst=uitkomst stap=Regel::Loonkosten.naam() id=figuur_id(Regel::Loonkosten) />
                <Kerncijfer label=figuur::METING sub=vertaal(teksten::LOONKOSTENSUBSIDIE, taal).to_string() bedrag=bedrag(|b| b.get(Regel::LksMeting)) uitkomst=uitkomst stap=Regel::LksMeting.naam() id=figuur_id(Regel::LksMeting)
                    lid5=bedrag(|b| b.lks_lid5) />
                <Kerncijfer label=figuur::FORFAIT sub=figuur::voorgenomen(jaar, taal) bedrag=bedrag(|b| b.get(Regel::LksForfait)) uitkomst=uitkomst stap=Regel::LksForfait.naam() id=figuur_id(Regel::LksForfait) />
                <Kerncijfer label=teksten::NETTO_METING bedrag=bedrag(|b| b.get(Regel::NettokostenMeting)) uitkomst=uitkomst stap=Regel::NettokostenMeting.naam() id=figuur_id(Regel::NettokostenMeting) sterk=true />
                <Kerncijfer label=teksten::NETTO_FORFAIT bedrag=bedrag(|b| b.get(Regel::NettokostenForfait)) uitkomst=uitkomst stap=Regel::NettokostenForfait.naam() id=figuur_id(Regel::NettokostenForfait) sterk=true />
            </div>
            <Later>
                <Vergelijking uitkomst=volgt />
                <crate::components::jaarwissel::JaarwisselBlok />
                <Grafiek uitkomst=volgt />
                <Kanttekeningen uitkomst=volgt />
                <HeleSpoor uitkomst=volgt />
                <Bronnen uitkomst=volgt />
            </Later>
        </div>
    }
}
