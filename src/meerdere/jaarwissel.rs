//! "Wat verandert er op 1 januari?" for the group (docs/adr/0024): the totals of December and of
//! January side by side, so a gemeente sees the step in its budget, and how many employees each
//! reason touches. On demand (it calculates two months a row): the file is read again with the same
//! column choices, in turns between frames like the main calculation; the core sums
//! (`batch::jaarwissel::JaarwisselTotalen`).

use super::Invoer;
use crate::teksten::meerdere as t;
use leptos::prelude::*;
use rekenkern::batch::jaarwissel::JaarwisselTotalen;
use rekenkern::batch::{self, Lezer};
use rekenkern::bedragen::Regel;
use rekenkern::getal::euro;
use rekenkern::{Datum, Taal};

/// Rows read at a time, and the length of a turn before the browser gets its turn back.
const STUK: usize = 10;
const BEURT_MS: f64 = 8.0;

/// The lines of the table: the download's columns, except the employer charges, which the table
/// shows as their two parts (premiums and pension; lid 5 is a month's question, not a budget's, and no
/// column either).
fn lijnen() -> impl Iterator<Item = Regel> {
    batch::BEDRAGEN.into_iter().filter(|r| *r != Regel::Werkgeverslasten)
}

/// "December 2026" (a column heading).
fn maand(d: Option<Datum>) -> String {
    d.map(|d| crate::teksten::hoofdletter(&format!("{} {}", crate::teksten::maand_naam(d.maand(), Taal::Nl), d.jaar())))
        .unwrap_or_default()
}

/// The result as escaped markup set in one go: a table built with view code would cost this
/// page's wasm about 16 KB (measured with scripts/grootte.sh), this a few hundred bytes.
fn inhoud(j: &JaarwisselTotalen) -> String {
    use crate::components::svg::ontsnap;
    use std::fmt::Write;
    let mut uit = String::with_capacity(4096);
    let _ = write!(
        uit,
        r#"<p id="groep-jaarwissel-zin">{}</p>"#,
        ontsnap(&t::jaarwissel_zin(j.gelukt, j.mislukt, j.weggelaten))
    );
    if j.voorlopig > 0 {
        let _ = write!(
            uit,
            r#"<p class="melding melding--voorlopig">{}</p>"#,
            ontsnap(&t::jaarwissel_voorlopig(j.voorlopig))
        );
    }
    let (dec, jan) = (ontsnap(&maand(j.december)), ontsnap(&maand(j.januari)));
    // January says "voorlopig" when a row's January rests on a provisional value, in the heading and
    // in the heading above each stacked amount on a phone (as the one-person table does).
    let (jan_kop, jan_data) = if j.voorlopig > 0 {
        let woord = ontsnap(crate::teksten::VOORLOPIG);
        (format!(r#"{jan}<br><span class="label-voorlopig">{woord}</span>"#), format!("{jan} ({woord})"))
    } else {
        (jan.clone(), jan.clone())
    };
    let verschil = t::JAARWISSEL_VERSCHIL;
    let _ = write!(
        uit,
        r#"<div class="tabel-scroll" tabindex="0" role="region" aria-labelledby="groep-jaarwissel-kop"><table class="jaarwissel"><caption id="groep-jaarwissel-kop">{}</caption><thead><tr><td></td><th scope="col">{dec}</th><th scope="col">{jan_kop}</th><th scope="col">{verschil}</th></tr></thead><tbody>"#,
        t::JAARWISSEL_ONDERSCHRIFT
    );
    for r in lijnen() {
        let (label, d, nu) = (r.label(), j.totaal_december.get(r), j.totaal_januari.get(r));
        if d.is_zero() && nu.is_zero() {
            continue;
        }
        let v = crate::teksten::verschil_euro(nu - d);
        let _ = write!(
            uit,
            r#"<tr><th scope="row">{}</th><td class="bedrag" data-kop="{dec}">{}</td><td class="bedrag" data-kop="{jan_data}">{}</td><td class="bedrag" data-kop="{verschil}">{v}</td></tr>"#,
            ontsnap(label),
            euro(d),
            euro(nu)
        );
    }
    uit.push_str("</tbody></table></div>");
    if !j.redenen.is_empty() {
        let _ = write!(uit, r#"<h4>{}</h4><ul id="groep-jaarwissel-redenen">"#, t::JAARWISSEL_WAAROM);
        for (r, n) in &j.redenen {
            let _ = write!(
                uit,
                r#"<li>{} <span class="hint">{}</span></li>"#,
                ontsnap(&r.tekst(Taal::Nl)),
                ontsnap(&t::medewerkers(*n))
            );
        }
        uit.push_str("</ul>");
    }
    uit
}

/// The section: a button, then the totals of both months.
#[component]
pub fn Jaarwissel(
    /// What the calculation read, and the user's column choices: read again here.
    invoer: Invoer,
    /// The column choices of the calculation.
    keuzes: Vec<(String, Option<&'static str>)>,
    /// What an empty loonwaarde means, as in the calculation above (it ignored the choice and left
    /// such rows out, seen by a new user: 16 employees here, 19 in the table above).
    zonder_loonwaarde: batch::ZonderLoonwaarde,
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
            let opties = batch::Opties { zonder_loonwaarde, ..batch::Opties::app(vandaag) };
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
            <p class="hint">{t::JAARWISSEL_UITLEG}" "{batch::jaarwissel::december_van(vandaag).map(|d| t::jaarwissel_wanneer(vandaag, d))}</p>
            <p class="geen-afdruk"><button type="button" class="knop" id="groep-jaarwissel-knop" on:click=reken
                aria-describedby="groep-jaarwissel-status">{t::JAARWISSEL_KNOP}</button></p>
            <p role="status" id="groep-jaarwissel-status">{move || bezig.get().then_some(t::JAARWISSEL_BEZIG)}</p>
            <div inner_html=move || uitkomst.with(|u| match u {
                Some(Ok(j)) => inhoud(j),
                Some(Err(e)) => format!(r#"<p class="melding melding--fout">{}</p>"#, crate::components::svg::ontsnap(e)),
                None => String::new(),
            })></div>
        </section>
    }
}
