//! Component tests in headless Chromium (wasm-bindgen-test): mount the app, type, see the result
//! and the URL change. One URL-dependent flow per test binary (tests in a binary share the page).
//! Expected amounts: hand calculations on the minimum wage per month of 1-1-2026 (€ 2.294,40), as in
//! crates/rekenkern/tests/gevallen/uitleg.toml (LKS at loonwaarde 50%: 1.530,13536 → € 1.530,14).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests may fail loudly
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Event, EventInit, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

async fn slaap(ms: i32) {
    let belofte = js_sys::Promise::new(&mut |klaar, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&klaar, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(belofte).await;
}

async fn wacht_tot(wat: &str, mut klaar: impl FnMut() -> bool) {
    for _ in 0..200 {
        if klaar() {
            return;
        }
        slaap(10).await;
    }
    panic!("wachten duurde te lang: {wat}");
}

fn tekst(wortel: &HtmlElement, selector: &str) -> String {
    wortel.query_selector(selector).ok().flatten().and_then(|e| e.text_content()).unwrap_or_default()
}

fn typ(wortel: &HtmlElement, selector: &str, waarde: &str) {
    let veld: HtmlInputElement = wortel.query_selector(selector).ok().flatten().expect(selector).unchecked_into();
    veld.set_value(waarde);
    let init = EventInit::new();
    init.set_bubbles(true);
    veld.dispatch_event(&Event::new_with_event_init_dict("input", &init).expect("event")).expect("dispatch");
}

#[wasm_bindgen_test]
async fn link_herstellen_typen_en_url_bijwerken() {
    window()
        .history()
        .expect("history")
        .replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some("#v=1&datum=2026-01-01&leeftijd=30&uren=36&voltijd=37&loonwaarde=40&onzin=1"),
        )
        .expect("url");
    let wortel: HtmlElement = document().create_element("div").expect("div").unchecked_into();
    document().body().expect("body").append_child(&wortel).expect("append");
    let _handle =
        leptos::mount::mount_to(wortel.clone(), || rekenhulp_app::App(rekenhulp_app::app::AppProps { ingevuld: None }));

    // Loonwaarde 40%: LKS 0,6 × 2.294,40 × 1,08 × 1,235 = 1.836,162432 → € 1.836,16.
    wacht_tot("uitkomst uit de link", || tekst(&wortel, "#fig-lks-meting") == "€\u{a0}1.836,16").await;
    assert!(tekst(&wortel, "#link-melding").contains("onzin"), "de link-melding noemt de onbekende sleutel");

    typ(&wortel, "#veld-loonwaarde", "50");
    wacht_tot("nieuwe uitkomst", || tekst(&wortel, "#fig-lks-meting") == "€\u{a0}1.530,14").await;
    wacht_tot("url bijgewerkt", || window().location().hash().unwrap_or_default().contains("loonwaarde=50")).await;
    let hash = window().location().hash().unwrap_or_default();
    assert!(hash.contains("datum=2026-01-01") && !hash.contains("onzin"), "{hash}");

    // Bad input: message next to the field, the last good result stays, marked outdated.
    typ(&wortel, "#veld-uren", "veel");
    wacht_tot("foutmelding", || !tekst(&wortel, "#uren-fout").is_empty()).await;
    assert_eq!(tekst(&wortel, "#fig-lks-meting"), "€\u{a0}1.530,14");
    assert!(!tekst(&wortel, "#verouderd").is_empty());
}
