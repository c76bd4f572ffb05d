//! The parts below the amounts, in a wasm file of their own (issue 17, ADR 0020).
//!
//! The first screen needs the form, the amounts and the core; the comparison, chart, notes, trail,
//! sources, year overview and the print parts come in a second wasm file, fetched right after the
//! first frame. The release build splits the wasm at [`bouw`] (scripts/splits.mjs, with the cfg
//! `rekenhulp_split`); every other build (component tests, a plain `cargo build`) has one wasm and
//! the same code, only without the fetch.
//!
//! Every part waits for the whole file, then all are built in one task: a part never arrives
//! after one below it, so nothing on screen moves (layout shift 0).

// The split point is an `extern "C"` import/export pair made by `wasm_split`; it needs `unsafe`
// (the only place in the app). A load failure comes back as `Err` (option `fallible`), never a panic.
#![allow(unsafe_code)]

use crate::components::afdruk::{AfdrukKop, AfdrukVoet};
use crate::components::grafiek::Grafiek;
use crate::components::jaar::Jaaroverzicht;
use crate::components::uitleg::{Bronnen, HeleSpoor, Kanttekeningen};
use crate::components::vergelijking::Vergelijking;
use crate::components::Getoond;
use crate::teksten::{self, taal, vertaal};
use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;

/// Which part to build.
#[derive(Clone, Copy)]
pub enum Deel {
    /// Below the amounts: comparison, chart, notes, trail, sources (following `Getoond` per frame).
    Uitkomst(Getoond),
    /// The year overview.
    Jaar,
    /// Print-only header.
    AfdrukKop,
    /// Print-only footer.
    AfdrukVoet,
}

/// Builds a part. In the split build this function and all code only it reaches live in the second
/// wasm file; calling it first loads that file.
#[cfg_attr(
    rekenhulp_split,
    leptos::wasm_split::wasm_split(onder, wasm_split_path = ::leptos::wasm_split, fallible, preload(laad_onder))
)]
fn bouw(deel: Deel) -> Result<AnyView, SplitLoaderError> {
    Ok(match deel {
        Deel::Uitkomst(volgt) => view! {
            <Vergelijking uitkomst=volgt />
            <Grafiek uitkomst=volgt />
            <Kanttekeningen uitkomst=volgt />
            <HeleSpoor uitkomst=volgt />
            <Bronnen uitkomst=volgt />
        }
        .into_any(),
        Deel::Jaar => view! { <Jaaroverzicht /> }.into_any(),
        Deel::AfdrukKop => view! { <AfdrukKop /> }.into_any(),
        Deel::AfdrukVoet => view! { <AfdrukVoet /> }.into_any(),
    })
}

#[cfg(rekenhulp_split)]
async fn bouw_na_laden(deel: Deel) -> Result<AnyView, SplitLoaderError> {
    bouw(deel).await
}

#[cfg(not(rekenhulp_split))]
async fn bouw_na_laden(deel: Deel) -> Result<AnyView, SplitLoaderError> {
    bouw(deel)
}

/// Whether the second file is there: `None` while it is fetched, `Some(false)` when that failed.
#[derive(Clone, Copy)]
pub struct Geladen(RwSignal<Option<bool>>);

impl Geladen {
    /// Provides the state to the page and starts the fetch (call after the first frame).
    pub fn start() -> Geladen {
        let geladen = Geladen(RwSignal::new(None));
        provide_context(geladen);
        leptos::task::spawn_local(async move {
            #[cfg(rekenhulp_split)]
            let gelukt = laad_onder().await.is_ok();
            #[cfg(not(rekenhulp_split))]
            let gelukt = true;
            geladen.0.try_set(Some(gelukt));
        });
        geladen
    }
}

/// A part from the second file, once it is there. If it cannot be fetched (offline before the first
/// full visit, or a newer version replaced the files), the page says so in that place.
#[component]
pub fn Nageladen(deel: Deel) -> impl IntoView {
    let geladen = use_context::<Geladen>();
    let taal = taal();
    move || match geladen.and_then(|g| g.0.get()) {
        Some(true) => Some(
            Suspend::new(async move {
                match bouw_na_laden(deel).await {
                    Ok(v) => v,
                    Err(_) => niet_geladen(taal),
                }
            })
            .into_any(),
        ),
        Some(false) => matches!(deel, Deel::Uitkomst(_)).then(|| niet_geladen(taal)),
        None => None,
    }
}

fn niet_geladen(taal: rekenkern::Taal) -> AnyView {
    view! { <p class="melding melding--waarschuwing" role="status" id="niet-geladen">{vertaal(teksten::melding::NIET_GELADEN, taal)}</p> }.into_any()
}
