//! Rekenhulp beschut werk: the Leptos single-page app. It parses input, calls `rekenkern`,
//! and renders; it does no money arithmetic itself. State lives in the URL fragment.
//! Only for wasm32: natively this crate is empty, so `cargo test` builds no Leptos.
#![cfg(any(target_arch = "wasm32", feature = "ssr"))]

// `tekst!`: every text written once with its Dutch and its English (rekenkern, ADR 0010).
#[macro_use]
extern crate rekenkern;

pub mod app;
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod eerst;
pub mod embed;
pub mod engels;
pub mod ingevuld;
pub mod klok;
pub mod meerdere;
#[cfg(target_arch = "wasm32")]
pub mod overname;
/// The start-up path: page → start script (`start/start.js`) → first module (`eerst`) → app; the
/// names they share are in `start::contract`.
pub mod start {
    pub mod contract;
    pub mod figuren;
}
pub mod state;
pub mod teksten;
pub mod url;

pub use app::App;
