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

/// Classes of the page's own elements that the first module, the app and the stylesheet rely on at
/// first paint (BEM, no `rh-`). The test checks that those the CSS styles are its selectors and that
/// no Rust file spells one but this one.
pub mod pagina {
    /// Form and result side by side: the first module listens to the prerendered form inside it, and
    /// puts its "could not load" notice above it.
    pub const INDELING: &str = "indeling";
    /// The form's side (hidden by the stylesheet until the page holds for this visit).
    pub const INDELING_INVOER: &str = "indeling__invoer";
    /// The result's side (hidden until the amounts are there).
    pub const INDELING_UITKOMST: &str = "indeling__uitkomst";
    /// The block of the amounts (looked up by the first module; no rule of the CSS).
    pub const UITKOMST_BLOK: &str = "uitkomst__blok";
    /// On that block: the amounts belong to earlier input (the input now has an error).
    pub const UITKOMST_VEROUDERD: &str = "uitkomst--verouderd";
    /// The classes the stylesheet styles (the test checks each is one of its selectors).
    pub const IN_DE_CSS: &[&str] = &[INDELING, INDELING_INVOER, INDELING_UITKOMST, UITKOMST_VEROUDERD];
    /// The ones the first module looks up, as selectors: written out, as a `format!` at run time cost
    /// the first module bytes before the first amount (the test checks each is `.` + its class).
    pub const SELECTOR_INDELING: &str = ".indeling";
    /// See [`SELECTOR_INDELING`].
    pub const SELECTOR_UITKOMST_BLOK: &str = ".uitkomst__blok";
    /// Every class above.
    pub const ALLE: &[&str] = &[INDELING, INDELING_INVOER, INDELING_UITKOMST, UITKOMST_BLOK, UITKOMST_VEROUDERD];
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
    /// Prefix of the period choice ids: `periode-{url::periode_slug(..)}` (the first module ticks
    /// the chosen one).
    pub const PERIODE: &str = "periode-";
    /// Prefix of the input field ids: `veld-{naam}`, and `veld-{naam}-{woord}` for each option of a
    /// choice (the first module reads and ticks them; the app's messages link to them).
    pub const VELD: &str = "veld-";
    /// Ids with an `rh-` prefix (the test checks these against `start.js`).
    pub const RH: &[&str] = &[MODULES];
}
