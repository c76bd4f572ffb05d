//! Embed mode: inside an iframe the app tells its parent its height, and nothing else.
//! Only `{type, height}`, only to a parent origin that is on the allow-list in
//! `<meta name="rekenhulp-toegestane-ouders">`, and only with that exact target origin.
//! The app registers no message listener: incoming messages are ignored by construction.

use wasm_bindgen::prelude::*;

/// Message type sent to the parent.
pub const BERICHT_TYPE: &str = "rekenhulp-hoogte";

/// Origins allowed to embed, from the meta tag (space separated).
fn toegestaan() -> Vec<String> {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return Vec::new() };
    doc.query_selector("meta[name='rekenhulp-toegestane-ouders']")
        .ok()
        .flatten()
        .and_then(|m| m.get_attribute("content"))
        .map(|c| c.split_whitespace().map(str::to_string).collect())
        .unwrap_or_default()
}

/// The parent origin to talk to, if it is allowed. Exact string match on a full origin.
pub fn ouder(gevraagd: Option<String>) -> Option<String> {
    let gevraagd = gevraagd?;
    toegestaan().into_iter().find(|o| *o == gevraagd)
}

/// Starts reporting the height of `<body>` to `ouder` whenever it changes.
pub fn start(ouder: String) {
    let Some(window) = web_sys::window() else { return };
    let Ok(parent) = window.parent() else { return };
    let Some(parent) = parent else { return };
    let Some(body) = window.document().and_then(|d| d.body()) else { return };
    let stuur = move |hoogte_px: f64| {
        // Before the page is built the body has no height yet; a host would have to ignore 0.
        if hoogte_px.is_nan() || hoogte_px <= 0.0 {
            return;
        }
        let bericht = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&bericht, &"type".into(), &BERICHT_TYPE.into());
        let _ = js_sys::Reflect::set(&bericht, &"height".into(), &JsValue::from_f64(hoogte_px.ceil()));
        let _ = parent.post_message(&bericht, &ouder);
    };
    let meet = {
        let body = body.clone();
        move || body.get_bounding_client_rect().height()
    };
    stuur(meet());
    let terugroep = Closure::<dyn FnMut()>::new(move || stuur(meet()));
    if let Ok(observer) = web_sys::ResizeObserver::new(terugroep.as_ref().unchecked_ref()) {
        observer.observe(&body);
        // The observer lives as long as the page.
        terugroep.forget();
        std::mem::forget(observer);
    }
}
