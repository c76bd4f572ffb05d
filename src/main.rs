//! The start (issue 25, ADR 0022): the first module writes the amounts into the page rendered
//! ahead of time, then the app is fetched and takes over. In the release build the app is a wasm
//! file of its own (`app`, split off like the parts below the amounts, ADR 0020), so the first
//! file holds the core and little else.

#[cfg(target_arch = "wasm32")]
fn main() {
    // What is typed before the app is there goes to the app as a value (no global between the two).
    let ingevuld = rekenhulp_app::eerst::start();
    wasm_bindgen_futures::spawn_local(async move {
        if app_laden(ingevuld).await.is_err() {
            rekenhulp_app::eerst::app_niet_geladen();
        }
    });
}

/// What the first module keeps of the prerendered form, still written while the app loads.
#[cfg(target_arch = "wasm32")]
type Ingevuld = std::rc::Rc<std::cell::RefCell<rekenhulp_app::ingevuld::Ingevuld>>;

/// Builds the app in place of the prerendered page. In the split build this and everything only it
/// reaches (Leptos, the form, the result) live in the second wasm file; calling it loads that file.
/// The argument crosses the split as a plain pointer (the macro forwards it to the second file), and
/// is read only now, so what was typed while that file loaded is there too.
#[cfg(target_arch = "wasm32")]
#[cfg_attr(
    rekenhulp_split,
    leptos::wasm_split::wasm_split(app, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn app(ingevuld: Ingevuld) -> Result<(), leptos::wasm_split::SplitLoaderError> {
    rekenhulp_app::overname::neem_over(ingevuld.take());
    Ok(())
}

#[cfg(all(target_arch = "wasm32", rekenhulp_split))]
async fn app_laden(ingevuld: Ingevuld) -> Result<(), leptos::wasm_split::SplitLoaderError> {
    app(ingevuld).await
}

/// Without the split the app is in this file already: the same code, nothing to fetch.
#[cfg(all(target_arch = "wasm32", not(rekenhulp_split)))]
async fn app_laden(ingevuld: Ingevuld) -> Result<(), leptos::wasm_split::SplitLoaderError> {
    app(ingevuld)
}

/// Natively there is no app: it runs in the browser only.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
