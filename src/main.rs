//! The start (issue 25, ADR 0022): the first module writes the amounts into the page rendered
//! ahead of time, then the app is fetched and takes over. In the release build the app is a wasm
//! file of its own (`app`, split off like the parts below the amounts, ADR 0020), so the first
//! file holds the core and little else.

#[cfg(target_arch = "wasm32")]
fn main() {
    rekenhulp_app::eerst::start();
    wasm_bindgen_futures::spawn_local(async {
        if app_laden().await.is_err() {
            rekenhulp_app::eerst::app_niet_geladen();
        }
    });
}

/// Builds the app in place of the prerendered page. In the split build this and everything only it
/// reaches (Leptos, the form, the result) live in the second wasm file; calling it loads that file.
#[cfg(target_arch = "wasm32")]
#[cfg_attr(
    rekenhulp_split,
    leptos::wasm_split::wasm_split(app, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn app() -> Result<(), leptos::wasm_split::SplitLoaderError> {
    rekenhulp_app::overname::neem_over();
    Ok(())
}

#[cfg(all(target_arch = "wasm32", rekenhulp_split))]
async fn app_laden() -> Result<(), leptos::wasm_split::SplitLoaderError> {
    app().await
}

/// Without the split the app is in this file already: the same code, nothing to fetch.
#[cfg(all(target_arch = "wasm32", not(rekenhulp_split)))]
async fn app_laden() -> Result<(), leptos::wasm_split::SplitLoaderError> {
    app()
}

/// Natively there is no app: it runs in the browser only.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
