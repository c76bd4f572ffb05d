//! Mounts the app, after removing the plain-HTML first paint of index.html (`#laden`).

#[cfg(target_arch = "wasm32")]
fn main() {
    if let Some(laden) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("laden")) {
        laden.remove();
    }
    leptos::mount::mount_to_body(rekenhulp_app::App);
}

/// Natively there is no app: it runs in the browser only.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
