//! "Wat verandert er op 1 januari?" for the group (docs/adr/0024): the totals of December and of
//! January side by side, so a gemeente sees the step in its budget, and how many employees each
//! reason touches. On demand (it calculates two months a row): the file is read again with the same
//! column choices, in turns between frames like the main calculation; the core sums
//! (`batch::jaarwissel::JaarwisselTotalen`).

use super::Invoer;
use crate::teksten::figuur::{BRUTOLOON, CAO_EXTRA, LKV, LOONKOSTEN, PENSIOEN, PREMIES, VAKANTIEBIJSLAG};
use crate::teksten::jaar::{LKS_FORFAIT, LKS_METING};
use crate::teksten::meerdere as t;
use crate::teksten::{NETTO_FORFAIT, NETTO_METING};
use leptos::prelude::*;
use rekenkern::batch::jaarwissel::JaarwisselTotalen;
use rekenkern::batch::{self, Lezer};
use rekenkern::getal::euro;
use rekenkern::{Bedragen, Datum, Taal};
use rust_decimal::Decimal;

/// Rows read at a time, and the length of a turn before the browser gets its turn back.
const STUK: usize = 10;
const BEURT_MS: f64 = 8.0;

/// A line of the table: its heading and its amount.
type Lijn = (&'static str, fn(&Bedragen) -> Decimal);

const LIJNEN: [Lijn; 11] = [
    (BRUTOLOON, |b| b.brutoloon),
    (VAKANTIEBIJSLAG, |b| b.vakantiebijslag),
    (CAO_EXTRA, |b| b.cao_extra),
    (PREMIES, |b| b.premies),
    (PENSIOEN, |b| b.pensioen),
    (LOONKOSTEN, |b| b.loonkosten),
    (LKS_METING, |b| b.lks_meting),
    (LKS_FORFAIT, |b| b.lks_forfait),
    (LKV, |b| b.lkv),
    (NETTO_METING, |b| b.nettokosten_meting),
    (NETTO_FORFAIT, |b| b.nettokosten_forfait),
];

/// "December 2026" (a column heading).
fn maand(d: Option<Datum>) -> String {
    d.map(|d| crate::teksten::hoofdletter(&format!("{} {}", crate::teksten::maand_naam(d.maand(), Taal::Nl), d.jaar())))
        .unwrap_or_default()
}

fn tabel(j: &JaarwisselTotalen) -> impl IntoView {
    let rijen: Vec<_> = LIJNEN
        .iter()
        .filter(|(_, f)| !f(&j.totaal_december).is_zero() || !f(&j.totaal_januari).is_zero())
        .map(|(label, f)| {
            let (d, jan) = (f(&j.totaal_december), f(&j.totaal_januari));
            let verschil = jan - d;
            view! {
                <tr>
                    <th scope="row">{*label}</th>
                    <td class="bedrag" data-kop=maand(j.december)>{euro(d)}</td>
                    <td class="bedrag" data-kop=maand(j.januari)>{euro(jan)}</td>
                    <td class="bedrag" data-kop=t::JAARWISSEL_VERSCHIL>{if verschil.is_zero() { String::new() } else { euro(verschil) }}</td>
                </tr>
            }
        })
        .collect();
    let redenen: Vec<_> = j
        .redenen
        .iter()
        .map(|(r, n)| view! { <li>{r.tekst(Taal::Nl)}" "<span class="hint">{t::medewerkers(*n)}</span></li> })
        .collect();
    view! {
        <p id="groep-jaarwissel-zin">{t::jaarwissel_zin(j.gelukt, j.mislukt)}</p>
        {(j.voorlopig > 0).then(|| view! { <p class="melding melding--voorlopig">{t::voorlopig(j.voorlopig)}</p> })}
        <div class="tabel-scroll" tabindex="0" role="region" aria-labelledby="groep-jaarwissel-kop">
            <table class="jaarwissel">
                <caption id="groep-jaarwissel-kop">{t::JAARWISSEL_ONDERSCHRIFT}</caption>
                <thead><tr>
                    <td></td>
                    <th scope="col">{maand(j.december)}</th>
                    <th scope="col">{maand(j.januari)}</th>
                    <th scope="col">{t::JAARWISSEL_VERSCHIL}</th>
                </tr></thead>
                <tbody>{rijen}</tbody>
            </table>
        </div>
        {(!j.redenen.is_empty()).then(|| view! {
            <h4>{t::JAARWISSEL_WAAROM}</h4>
            <ul id="groep-jaarwissel-redenen">{redenen}</ul>
        })}
    }
}

/// The section: a button, then the totals of both months.
#[component]
pub fn Jaarwissel(
    /// What the calculation read, and the user's column choices: read again here.
    invoer: Invoer,
    /// The column choices of the calculation.
    keuzes: Vec<(String, Option<&'static str>)>,
    /// Today (the turn of the year comes from it).
    vandaag: Datum,
) -> impl IntoView {
    let uitkomst = RwSignal::new(None::<Result<JaarwisselTotalen, String>>);
    let bezig = RwSignal::new(false);
    let reken = move |_| {
        if bezig.get_untracked() {
            return;
        }
        bezig.set(true);
        let (invoer, keuzes) = (invoer.clone(), keuzes.clone());
        leptos::task::spawn_local(async move {
            let opties = batch::Opties::app(vandaag);
            let mut totalen = JaarwisselTotalen::default();
            let mut lezer = match Lezer::nieuw(invoer.bron(), &keuzes) {
                Ok(l) => l,
                Err(e) => {
                    bezig.set(false);
                    return uitkomst.set(Some(Err(e)));
                }
            };
            let mut beurt = js_sys::Date::now();
            loop {
                let deel = match lezer.volgende(STUK) {
                    Ok(d) if d.is_empty() => break,
                    Ok(d) => d,
                    Err(e) => {
                        bezig.set(false);
                        return uitkomst.set(Some(Err(e)));
                    }
                };
                for r in &deel {
                    totalen.tel(r, &opties);
                }
                if js_sys::Date::now() - beurt >= BEURT_MS {
                    gloo::timers::future::TimeoutFuture::new(0).await;
                    // The page may have been left or another file chosen meanwhile.
                    if bezig.try_get_untracked().is_none() {
                        return;
                    }
                    beurt = js_sys::Date::now();
                }
            }
            bezig.set(false);
            uitkomst.set(Some(Ok(totalen)));
        });
    };
    view! {
        <section class="groep-jaarwissel" aria-labelledby="groep-jaarwissel-titel">
            <h3 id="groep-jaarwissel-titel">{t::JAARWISSEL_KOP}</h3>
            <p class="hint">{t::JAARWISSEL_UITLEG}</p>
            <p class="geen-afdruk"><button type="button" class="knop" id="groep-jaarwissel-knop" on:click=reken
                aria-describedby="groep-jaarwissel-status">{t::JAARWISSEL_KNOP}</button></p>
            <p role="status" id="groep-jaarwissel-status">{move || bezig.get().then_some(t::JAARWISSEL_BEZIG)}</p>
            {move || uitkomst.get().map(|u| match u {
                Ok(j) => tabel(&j).into_any(),
                Err(e) => view! { <p class="melding melding--fout">{e}</p> }.into_any(),
            })}
        </section>
    }
}
