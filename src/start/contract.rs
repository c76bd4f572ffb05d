//! The start-up contract in one place (issue 32): the names the page, the start script
//! (`src/start/start.js`, inlined by `scripts/start.mjs`), the first module (`src/eerst.rs`), the app
//! and the CSS (`style/*.css`) share. The path is page → start script → first module → app (ADR 0022,
//! ADR 0028). `tests/start_contract.rs` checks natively that every `rh-*` class and shared id in
//! `start.js` and `style/*.css` is one defined here and that every class here is used, so a rename
//! fails a fast test and not only e2e. Plain constants only: the test includes this file by path
//! (the amount line of each first figure is in `start::figuren`, as it needs `rekenkern`).

/// Classes on `<html>`, in the order they can appear during start-up.
pub mod klasse {
    /// Bare address on one of the days the page was prerendered for: the prerendered amounts count.
    pub const VOORAF: &str = "rh-vooraf";
    /// The first module wrote the amounts of what was typed.
    pub const BEDRAGEN: &str = "rh-bedragen";
    /// The app has taken over the page.
    pub const APP: &str = "rh-app";
    /// Embedded page (`embed=1`), set by the start script and kept by the app.
    pub const EMBED: &str = "rh-embed";
    /// The jobcoach view (`weergave=compact`), set by the start script and kept by the app.
    pub const COMPACT: &str = "rh-compact";
    /// Every class of the contract (the test checks each is used by the start script or the CSS).
    pub const ALLE: &[&str] = &[VOORAF, BEDRAGEN, APP, EMBED, COMPACT];
}

/// Element ids the start script, the first module and the app share.
pub mod id {
    /// The date field the start script fills with today.
    pub const VELD_DATUM: &str = "veld-datum";
    /// The message shown when the modules do not start.
    pub const START_MISLUKT: &str = "start-mislukt";
    /// The script element that loads the modules.
    pub const MODULES: &str = "rh-modules";
    pub const SAMENVATTING: &str = "samenvatting";
    pub const BALK_OMSLAGPUNT: &str = "balk-omslagpunt";
    /// Prefix of the period choice ids: `periode-{url::periode_slug(..)}`.
    pub const PERIODE: &str = "periode-";
    /// Prefix of the input field ids: `veld-{naam}`.
    pub const VELD: &str = "veld-";
    /// Ids with an `rh-` prefix (the test checks these against `start.js`).
    pub const RH: &[&str] = &[MODULES];
}
