//! Compare with a pinned scenario: the user pins the current calculation, changes inputs, and sees
//! both side by side with the differences (what differs in the input, the key figures, the
//! break-even). Both scenarios live in the URL (`vast=`), so the print and a shared link show both.

use crate::components::afdruk::{keuze_label, KEUZES};
use crate::components::toon_waarde;
use crate::state::Staat;
use crate::teksten::{self, taal, vast as t, vertaal};
use leptos::prelude::*;
use rekenkern::gekozen::{gekozen, Gekozen};
use rekenkern::getal::euro;
use rekenkern::uitkomst::Periode;
use rekenkern::{Taal, Uitkomst};

/// The inputs that differ, as "label: pinned → now" lines: the choices, then every value the
/// calculation used (entered, assumed or from the tables, so a new date shows its new minimum wage).
/// `nu`: the choices of the current input (also while its calculation waits for a missing value).
fn verschillen(a: &Uitkomst, b: &Uitkomst, nu: &[Gekozen], taal: Taal) -> Vec<String> {
    let mut regels = Vec::new();
    for sleutel in KEUZES {
        let (la, _) = keuze_label(sleutel, &a.keuzes, taal);
        let (lb, _) = keuze_label(sleutel, nu, taal);
        if la != lb {
            regels.push(format!("{}: {la} → {lb}", vertaal(sleutel.vraag().label, taal)));
        }
    }
    if a.peildatum != b.peildatum {
        regels.push(format!("{}: {} → {}", vertaal(teksten::PEILDATUM, taal), a.peildatum.nl(), b.peildatum.nl()));
    }
    let toon = |g: Option<&rekenkern::uitleg::Gebruikt>| {
        g.map(|g| toon_waarde(g.waarde, g.eenheid, taal)).unwrap_or_else(|| vertaal(t::LEEG, taal).to_string())
    };
    let mut gezien: Vec<&str> = Vec::new();
    for g in a.spoor.gebruikt.iter().chain(b.spoor.gebruikt.iter()) {
        if gezien.contains(&g.id) {
            continue;
        }
        gezien.push(g.id);
        let (x, y) = (a.spoor.gebruikt.iter().find(|h| h.id == g.id), b.spoor.gebruikt.iter().find(|h| h.id == g.id));
        if x.map(|h| h.waarde) != y.map(|h| h.waarde) {
            regels.push(format!("{}: {} → {}", vertaal(g.label, taal), toon(x), toon(y)));
        }
    }
    regels
}

/// The side-by-side table.
fn tabel(a: &Uitkomst, b: &Uitkomst, p: Periode, taal: Taal) -> impl IntoView {
    let (x, y) = (a.per(p), b.per(p));
    let verschil = y.min(&x);
    // Every line of the totals, as in the comparison table (ADR 0021); the cao payments and the
    // loonkostenvoordeel only when one of the two has them. A total in bold.
    use rekenkern::bedragen::Regel::{self, *};
    let met = |r: &Regel| !matches!(r, CaoExtra | Lkv) || !x.get(*r).is_zero() || !y.get(*r).is_zero();
    let rijen: Vec<Regel> = [
        Brutoloon,
        Vakantiebijslag,
        CaoExtra,
        Premies,
        Pensioen,
        Loonkosten,
        LksMeting,
        LksForfait,
        Lkv,
        NettokostenMeting,
        NettokostenForfait,
    ]
    .into_iter()
    .filter(met)
    .collect();
    view! {
        <table class="vergelijking tabel-stapelbaar" id="vast-tabel">
            <caption id="vast-tabel-kop">{vertaal(t::KOP, taal)}", "{teksten::periode_woord(p, taal)}</caption>
            <thead><tr>
                <td></td>
                <th scope="col">{vertaal(t::VASTGEZET, taal)}</th>
                <th scope="col">{vertaal(t::NU, taal)}</th>
                <th scope="col">{vertaal(t::VERSCHIL, taal)}</th>
            </tr></thead>
            <tbody>
                // data-kop: a narrow screen shows each row as a block with its column names (style/app.css).
                {rijen.into_iter().map(|r| view! {
                    <tr class:sterk=r.is_totaal()>
                        <th scope="row">{vertaal(r.label(), taal)}</th>
                        <td class="bedrag" data-kop=vertaal(t::VASTGEZET, taal)>{euro(x.get(r))}</td>
                        <td class="bedrag" data-kop=vertaal(t::NU, taal)>{euro(y.get(r))}</td>
                        <td class="bedrag" data-kop=vertaal(t::VERSCHIL, taal)>{euro(verschil.get(r))}</td>
                    </tr>
                }).collect_view()}
                <tr>
                    <th scope="row">{vertaal(t::OMSLAGPUNT, taal)}</th>
                    <td class="bedrag" data-kop=vertaal(t::VASTGEZET, taal)>{teksten::omslag_kort(a.omslagpunt, taal)}</td>
                    <td class="bedrag" data-kop=vertaal(t::NU, taal)>{teksten::omslag_kort(b.omslagpunt, taal)}</td>
                    <td></td>
                </tr>
            </tbody>
        </table>
    }
}

/// The comparison section (only while a scenario is pinned).
#[component]
pub fn Vastgezet() -> impl IntoView {
    let staat = expect_context::<Staat>();
    let taal = taal();
    let inhoud = move || {
        let nu = staat.toon.with(|t| t.uitkomst.clone());
        let resultaat = staat.vast_uitkomst.get()?;
        Some(match (resultaat, nu) {
            (Ok(a), Some(b)) => {
                let regels = verschillen(&a, &b, &staat.gelezen.with(|g| gekozen(&g.invoer)), taal);
                let p = staat.periode.get();
                view! {
                    {if regels.is_empty() {
                        view! { <p id="vast-gelijk">{vertaal(t::GELIJK, taal)}</p> }.into_any()
                    } else {
                        view! {
                            <p>{vertaal(t::ANDERS, taal)}</p>
                            <ul id="vast-anders">{regels.into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}</ul>
                        }.into_any()
                    }}
                    <div class="tabel-scroll" tabindex="0" role="region" aria-labelledby="vast-tabel-kop">{tabel(&a, &b, p, taal)}</div>
                }
                .into_any()
            }
            (Err(fouten), _) => view! {
                <div class="melding melding--waarschuwing">
                    <p>{vertaal(t::FOUT, taal)}</p>
                    <ul>{fouten.iter().map(|f| view! { <li>{f.tekst_in(taal)}</li> }).collect_view()}</ul>
                </div>
            }
            .into_any(),
            (Ok(_), None) => ().into_any(),
        })
    };
    let wissel = move |_| {
        let Some(vast) = staat.vast.get_untracked() else { return };
        let nu = staat.scenario();
        staat.laad(&vast, &[]);
        staat.vast.set(Some(nu));
    };
    view! {
        <Show when=move || staat.vast.with(Option::is_some)>
            <section class="vast-blok" id="vast" aria-labelledby="kop-vast">
                <h2 id="kop-vast">{vertaal(t::KOP, taal)}</h2>
                {inhoud}
                <p class="acties__knoppen geen-afdruk">
                    <button type="button" class="knop" id="vast-wissel" on:click=wissel>{vertaal(t::WISSEL, taal)}</button>
                    <button type="button" class="knop" id="vast-stop" on:click=move |_| {
                        staat.vast.set(None);
                        // This section and its button go: focus goes to the button that pins again,
                        // not to the page body (WCAG 2.4.3, issue 31).
                        crate::url::ga_naar_id("knop-vastzetten");
                    }>{vertaal(t::STOP, taal)}</button>
                </p>
            </section>
        </Show>
    }
}
