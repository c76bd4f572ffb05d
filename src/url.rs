//! The URL is the state: the scenario lives in the fragment (never sent to a server), view keys
//! beside it. Updated with `replaceState`, so typing does not fill the history.

use rekenkern::uitkomst::Periode;
use wasm_bindgen::JsCast;

/// View keys that live in the fragment next to the scenario keys.
pub const WEERGAVE_SLEUTELS: &[&str] = &["periode", "weergave", "taal", "embed", "ouder", "vast"];

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

/// How long the URL waits after the last change (`replaceState` costs about 1 ms in Chromium, too
/// much for every keystroke; docs/performance.md).
const WACHT_MS: u32 = 250;

thread_local! {
    static LATER: std::cell::RefCell<Option<gloo::timers::callback::Timeout>> = const { std::cell::RefCell::new(None) };
    /// The fragment the page was opened with, last loaded from a link, or last wrote itself: the only
    /// one it may replace. Anything else in the address bar came from someone else (another link
    /// pasted in this tab) and is loaded, never overwritten (issue 25).
    static EIGEN: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// The page has read (or written) this fragment: it may replace it, and a write still waiting from
/// before it is dropped (it belongs to the scenario this one replaced).
pub fn gelezen(fragment: &str) {
    EIGEN.with(|e| *e.borrow_mut() = fragment.to_string());
    LATER.with(|l| l.borrow_mut().take());
}

/// Replaces the fragment shortly after the last change (typing does not write on every key).
pub fn schrijf_later(fragment: String) {
    let klok = gloo::timers::callback::Timeout::new(WACHT_MS, move || {
        LATER.with(|l| l.borrow_mut().take());
        schrijf(&fragment);
    });
    // Replacing the pending write drops (and so cancels) it.
    LATER.with(|l| *l.borrow_mut() = Some(klok));
}

/// Replaces the fragment without a new history entry, unless the address bar holds a fragment the
/// page did not write or read: then a new link arrived and its `hashchange` loads it.
pub fn schrijf(fragment_nieuw: &str) {
    let Some(w) = web_sys::window() else { return };
    if EIGEN.with(|e| *e.borrow() != fragment()) {
        return;
    }
    let Ok(history) = w.history() else { return };
    let pad = w.location().pathname().unwrap_or_default();
    let zoek = w.location().search().unwrap_or_default();
    let _ = history.replace_state_with_url(
        &wasm_bindgen::JsValue::NULL,
        "",
        Some(&format!("{pad}{zoek}#{fragment_nieuw}")),
    );
    // As the browser keeps it (it may escape a character).
    gelezen(&fragment());
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

/// In-page links must not touch the fragment (it holds the state): scroll to and focus the
/// target instead. Use as `on:click=move |ev| ga_naar(&ev, "veld-uren")`.
pub fn ga_naar(ev: &web_sys::MouseEvent, id: &str) {
    ev.prevent_default();
    ga_naar_id(id);
}

/// Scrolls to and focuses the element with this id, opening any closed `<details>` around it.
/// Waits for it when it does not exist yet (it is about to be rendered).
pub fn ga_naar_id(id: &str) {
    probeer(id.to_string(), 10);
}

/// Focuses `id` now if it exists, else tries again next frame (at most `keer` times): the target may
/// be built when its section opens.
fn probeer(id: String, keer: u8) {
    let Some(venster) = web_sys::window() else { return };
    if venster.document().and_then(|d| d.get_element_by_id(&id)).is_some() {
        return focus_op(&id);
    }
    if keer == 0 {
        return;
    }
    let doe = wasm_bindgen::closure::Closure::once_into_js(move || probeer(id, keer - 1));
    let _ = venster.request_animation_frame(doe.unchecked_ref());
}

fn focus_op(id: &str) {
    let Some(doel) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id)) else { return };
    // Open any closed <details> around the target, or it cannot be seen or focused.
    while let Some(dicht) = doel.closest("details:not([open])").ok().flatten() {
        let _ = dicht.set_attribute("open", "");
    }
    doel.scroll_into_view();
    if let Some(html) = wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlElement>(&doel) {
        if html.tab_index() < 0 && !matches!(html.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA" | "BUTTON" | "A")
        {
            html.set_tab_index(-1);
        }
        let _ = html.focus();
    }
}
