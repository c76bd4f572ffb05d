//! The URL is the state: the scenario lives in the fragment (never sent to a server), view keys
//! beside it. Updated with `replaceState`, so typing does not fill the history.

use rekenkern::uitkomst::Periode;

/// View keys that live in the fragment next to the scenario keys.
pub const WEERGAVE_SLEUTELS: &[&str] = &["periode", "weergave", "embed", "ouder"];

/// The current fragment without `#`.
pub fn fragment() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default().trim_start_matches('#').to_string()
}

/// The value of a query-string parameter (`?embed=1&ouder=...`), for embed settings set by the host page.
pub fn query(sleutel: &str) -> Option<String> {
    let zoek = web_sys::window().and_then(|w| w.location().search().ok())?;
    let params = web_sys::UrlSearchParams::new_with_str(&zoek).ok()?;
    params.get(sleutel)
}

/// Replaces the fragment without a new history entry.
pub fn schrijf(fragment: &str) {
    let Some(w) = web_sys::window() else { return };
    let Ok(history) = w.history() else { return };
    let pad = w.location().pathname().unwrap_or_default();
    let zoek = w.location().search().unwrap_or_default();
    let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("{pad}{zoek}#{fragment}")));
}

/// The full current address (for the copy button and the print).
pub fn adres() -> String {
    web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default()
}

/// Period slug.
pub fn periode_slug(p: Periode) -> &'static str {
    match p {
        Periode::Uur => "uur",
        Periode::Maand => "maand",
        Periode::Jaar => "jaar",
    }
}

/// Period from slug.
pub fn periode_uit(s: &str) -> Option<Periode> {
    match s {
        "uur" => Some(Periode::Uur),
        "maand" => Some(Periode::Maand),
        "jaar" => Some(Periode::Jaar),
        _ => None,
    }
}
