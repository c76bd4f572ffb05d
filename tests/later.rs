//! `per_beeld` and `Later` (src/components/later.rs) in headless Chromium: the copy follows its
//! source once per frame, several changes in one frame give one update, a part in `Later` appears
//! after the first frame, and a frame that comes after its owner is gone does nothing (no panic).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests may fail loudly
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use rekenhulp_app::components::later::{per_beeld, Later};
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

/// Set by the panic hook: a panic in a frame callback does not fail the test by itself.
static PANIEK: AtomicBool = AtomicBool::new(false);

fn let_op_panieken() {
    std::panic::set_hook(Box::new(|_| PANIEK.store(true, Ordering::SeqCst)));
}

/// Waits for the next frame and the tasks right after it.
async fn volgend_beeld() {
    let belofte = js_sys::Promise::new(&mut |klaar, _| {
        let _ = window().request_animation_frame(&klaar);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(belofte).await;
    let belofte = js_sys::Promise::new(&mut |klaar, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&klaar, 0);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(belofte).await;
}

/// Waits past the fallback timer of `later.rs` (100 ms).
async fn slaap_uiterlijk() {
    let belofte = js_sys::Promise::new(&mut |klaar, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&klaar, 150);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(belofte).await;
}

/// Lets the effects that are due run (they are scheduled as microtasks).
async fn effecten() {
    let _ = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL)).await;
    let _ = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL)).await;
}

#[wasm_bindgen_test]
async fn per_beeld_volgt_een_keer_per_beeldje() {
    let_op_panieken();
    let wortel: HtmlElement = document().create_element("div").expect("div").unchecked_into();
    document().body().expect("body").append_child(&wortel).expect("append");
    let gemaakt = Rc::new(RefCell::new(None));
    let wijzigingen = Arc::new(AtomicU32::new(0));
    let (uit, teller) = (gemaakt.clone(), wijzigingen.clone());
    // Mounted, so the owner and the effect executor are set up as in the app.
    let handle = leptos::mount::mount_to(wortel.clone(), move || {
        let bron = RwSignal::new(0);
        let memo = Memo::new(move |_| bron.get());
        let volgt = per_beeld(memo);
        Effect::new(move |_| {
            volgt.track();
            teller.fetch_add(1, Ordering::SeqCst);
        });
        *uit.borrow_mut() = Some((bron, volgt));
        view! { <p>{move || volgt.get()}</p> }
    });
    let (bron, volgt) = gemaakt.borrow_mut().take().expect("gemaakt");
    effecten().await;
    volgend_beeld().await;
    assert_eq!(volgt.get_untracked(), 0);
    let voor = wijzigingen.load(Ordering::SeqCst);

    // Three changes within one frame: the copy waits for the frame, then takes the last one, once.
    for n in 1..=3 {
        bron.set(n);
        effecten().await;
    }
    assert_eq!(volgt.get_untracked(), 0, "de kopie wacht op het beeldje");
    volgend_beeld().await;
    effecten().await;
    assert_eq!(volgt.get_untracked(), 3);
    assert_eq!(wijzigingen.load(Ordering::SeqCst) - voor, 1, "één bijwerking voor drie wijzigingen");

    // A change whose frame comes after the owner is gone: nothing happens, nothing panics.
    bron.set(4);
    effecten().await;
    drop(handle);
    volgend_beeld().await;
    slaap_uiterlijk().await;
    assert_eq!(volgt.try_get_untracked(), None);
    assert!(!PANIEK.load(Ordering::SeqCst), "een beeldje na het opruimen gaf een panic");
}

#[wasm_bindgen_test]
async fn later_bouwt_na_het_eerste_beeldje() {
    let_op_panieken();
    let wortel: HtmlElement = document().create_element("div").expect("div").unchecked_into();
    document().body().expect("body").append_child(&wortel).expect("append");
    let handle = leptos::mount::mount_to(wortel.clone(), || {
        view! { <p id="direct">"direct"</p><Later><p id="later">"later"</p></Later> }
    });
    assert!(wortel.query_selector("#direct").expect("selector").is_some());
    assert!(wortel.query_selector("#later").expect("selector").is_none(), "nog niet voor het beeldje");
    volgend_beeld().await;
    volgend_beeld().await;
    assert!(wortel.query_selector("#later").expect("selector").is_some(), "na het beeldje");
    // Unmounted before the fallback timer fires: that timer finds nothing to do.
    drop(handle);
    slaap_uiterlijk().await;
    assert!(!PANIEK.load(Ordering::SeqCst), "de terugvaltimer na het opruimen gaf een panic");
}
