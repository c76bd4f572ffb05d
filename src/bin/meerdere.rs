//! The page for many employees at once (`meerdere.html`): its own wasm, so the single-employee
//! page does not load it (ADR 0016).

#[cfg(target_arch = "wasm32")]
fn main() {
    if let Some(laden) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("laden")) {
        laden.remove();
    }
    leptos::mount::mount_to_body(rekenhulp_app::meerdere::Meerdere);
}

/// Natively there is no app: it runs in the browser only.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
