//! English on demand: the Dutch page carries no English texts. When the user chooses English (the
//! button, or `taal=en` in the link), `en.tsv` ("Dutch<TAB>English" per line) is fetched from the
//! same origin (CSP `connect-src 'self'`) and handed to the core. The page stays usable while
//! it loads; if it cannot load, the page stays Dutch and says so.

use crate::state::Staat;
use leptos::prelude::*;
use rekenkern::Taal;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The generated table (`static/en.tsv`, next to index.html).
const BESTAND: &str = "en.tsv";

/// Fetches and installs the English table; false when that did not work.
async fn haal() -> Option<()> {
    let venster = web_sys::window()?;
    let antwoord: web_sys::Response = JsFuture::from(venster.fetch_with_str(BESTAND)).await.ok()?.dyn_into().ok()?;
    if !antwoord.ok() {
        return None;
    }
    let tekst = JsFuture::from(antwoord.text().ok()?).await.ok()?.as_string()?;
    if !tekst.contains('\t') {
        return None;
    }
    rekenkern::engels::laad(tekst);
    rekenkern::engels::beschikbaar().then_some(())
}

/// Switches the page language; English is loaded first when needed.
pub fn kies_taal(staat: Staat, taal: Taal) {
    if taal == Taal::Nl || rekenkern::engels::beschikbaar() {
        staat.taal_fout.set(false);
        staat.taal.set(taal);
        return;
    }
    if staat.taal_laden.get_untracked() {
        return;
    }
    staat.taal_laden.set(true);
    leptos::task::spawn_local(async move {
        let gelukt = haal().await.is_some();
        staat.taal_laden.set(false);
        staat.taal_fout.set(!gelukt);
        if gelukt {
            staat.taal.set(Taal::En);
        }
    });
}
