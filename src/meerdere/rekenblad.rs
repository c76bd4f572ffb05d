//! What was read of a chosen spreadsheet, and the choice of another: which kind of file, which
//! sheet (a select when there are more), which row holds the column names (a select of the first
//! rows), and the totals rows left out. A new choice reads again; nothing else is lost.

use crate::teksten::meerdere as t;
use leptos::prelude::*;
use rekenkern::batch::{self, Werkmap};
use std::sync::Arc;

/// A read spreadsheet.
#[derive(Clone)]
pub struct Gelezen {
    bytes: Arc<Vec<u8>>,
    werkmap: Arc<Werkmap>,
    /// The header row read (`None`: none found).
    kopregel: Option<u64>,
    kandidaten: Vec<(u64, String)>,
    totaalregels: Vec<(u64, String)>,
}

impl Gelezen {
    /// The file, the workbook read from it, the header row and the totals rows of its sheet.
    pub fn nieuw(
        bytes: Arc<Vec<u8>>,
        werkmap: Arc<Werkmap>,
        kopregel: Option<u64>,
        totaalregels: Vec<(u64, String)>,
    ) -> Gelezen {
        let kandidaten = batch::blad::kandidaten(&werkmap.blad);
        Gelezen { bytes, werkmap, kopregel, kandidaten, totaalregels }
    }
}

/// The block: what was read, and the two choices.
#[component]
pub fn Keuze(
    gelezen: Gelezen,
    /// Read another sheet (its place in the workbook).
    ander_blad: impl Fn(Arc<Vec<u8>>, usize) + Copy + 'static,
    /// Read the sheet again with another header row.
    andere_kopregel: impl Fn(Arc<Vec<u8>>, Arc<Werkmap>, u64) + Copy + 'static,
) -> impl IntoView {
    let m = gelezen.werkmap.clone();
    let zin = t::rekenblad_gelezen(
        m.soort.naam(),
        &m.blad.naam,
        m.gekozen + 1,
        m.bladen.len(),
        gelezen.kopregel.unwrap_or_default(),
    );
    let bladen = (m.bladen.len() > 1).then(|| {
        let bytes = gelezen.bytes.clone();
        view! {
            <div class="veld">
                <label for="groep-blad">{t::BLAD_KIES}</label>
                <select id="groep-blad" on:change=move |ev| {
                    if let Ok(i) = event_target_value(&ev).parse::<usize>() {
                        ander_blad(bytes.clone(), i);
                    }
                }>
                    {m.bladen.iter().enumerate().map(|(i, naam)| view! {
                        <option value=i.to_string() selected=i == m.gekozen>{naam.clone()}</option>
                    }).collect_view()}
                </select>
            </div>
        }
    });
    let (bytes, werkmap) = (gelezen.bytes.clone(), gelezen.werkmap.clone());
    let kopregel = gelezen.kopregel;
    let kopregels = (!gelezen.kandidaten.is_empty()).then(|| view! {
        <div class="veld">
            <label for="groep-kopregel">{t::KOPREGEL_KIES.0}</label>
            <p class="hint" id="groep-kopregel-hint">{t::KOPREGEL_KIES.1}</p>
            <select id="groep-kopregel" aria-describedby="groep-kopregel-hint" on:change=move |ev| {
                if let Ok(rij) = event_target_value(&ev).parse::<u64>() {
                    andere_kopregel(bytes.clone(), werkmap.clone(), rij);
                }
            }>
                {gelezen.kandidaten.iter().map(|(rij, tekst)| view! {
                    <option value=rij.to_string() selected=Some(*rij) == kopregel>{t::kopregel_optie(*rij, tekst)}</option>
                }).collect_view()}
            </select>
        </div>
    });
    let totaal = batch::teksten::totaalregels(&gelezen.totaalregels);
    view! {
        <section class="rekenblad geen-afdruk" id="groep-rekenblad" aria-label=t::REKENBLAD_REGIO>
            <p id="groep-rekenblad-zin">{zin}</p>
            {totaal.map(|z| view! { <p id="groep-totaalregels">{z}</p> })}
            {bladen}
            {kopregels}
        </section>
    }
}
