//! Mounts the app. Nothing else.

#[cfg(target_arch = "wasm32")]
fn main() {
    leptos::mount::mount_to_body(rekenhulp_app::App);
}

/// Natively there is no app: it runs in the browser only.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
