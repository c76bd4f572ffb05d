//! The calculating workers (issue 34, docs/adr/0027): as many Web Workers as the device has cores
//! (`navigator.hardwareConcurrency`, at most [`MAX`]), each with the core's own small wasm
//! (`crates/reken-werker`). The page reads the file and hands each worker a part of the rows in
//! turn; a worker answers a part with its figures as bytes (`rekenkern::batch::pakket`). The page's
//! own thread only reads, collects the answers in order and draws: it stays free for the user.
//!
//! The workers stay for the next file; [`Rekenaars::stop`] ends them at once (a new file or the stop
//! button while calculating) and answers every part still waiting with "gestopt".

use crate::teksten::meerdere as t;
use rekenkern::batch::pakket;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// At most this many workers: a laptop has 4 to 8 cores, and each worker holds its own memory.
const MAX: usize = 8;

/// A part's figures, or why there are none (a Dutch message).
pub type Antwoord = Result<Vec<pakket::Antwoord>, String>;

/// The answers still to come: a part's number and the function that resolves its promise.
type Wachtend = Rc<RefCell<HashMap<u32, js_sys::Function>>>;

/// The pool.
pub struct Rekenaars {
    werkers: Vec<web_sys::Worker>,
    wacht: Wachtend,
    /// A worker's script could not load: every part fails at once (never waits for nothing).
    kapot: Rc<Cell<Option<&'static str>>>,
    volgende: Cell<u32>,
    /// The message handlers live as long as their workers.
    _handlers: Vec<Closure<dyn FnMut(web_sys::MessageEvent)>>,
    _fouten: Vec<Closure<dyn FnMut(web_sys::Event)>>,
}

/// The worker script's name, from meerdere.html (`scripts/werkmap.mjs`).
fn script() -> Option<String> {
    web_sys::window()?.document()?.query_selector("meta[name=\"rekenhulp-rekenaar\"]").ok()??.get_attribute("content")
}

/// An answer the page makes itself, `{ reden }`: what every waiting part gets when a worker fails
/// or the work is stopped (a Dutch message).
fn antwoord_van_de_pagina(reden: &str) -> JsValue {
    let o = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&o, &"reden".into(), &JsValue::from_str(reden));
    o.into()
}

/// Resolves every waiting part with `antwoord`.
fn beantwoord_alle(wacht: &Wachtend, antwoord: &JsValue) {
    for (_, klaar) in wacht.borrow_mut().drain() {
        let _ = klaar.call1(&JsValue::NULL, antwoord);
    }
}

impl Rekenaars {
    /// Starts the workers (they load their wasm at once). An error when none can start.
    pub fn start() -> Result<Rekenaars, &'static str> {
        let offline = web_sys::window().is_some_and(|w| !w.navigator().on_line());
        let kapot_tekst = if offline { t::REKENAAR_OFFLINE } else { t::REKENEN_KAPOT };
        let url = script().ok_or(kapot_tekst)?;
        let kernen = web_sys::window().map_or(1.0, |w| w.navigator().hardware_concurrency());
        // A JS number; at least one worker, at most MAX.
        let aantal = if kernen >= MAX as f64 {
            MAX
        } else if kernen >= 2.0 {
            kernen as usize
        } else {
            1
        };
        let wacht: Wachtend = Rc::default();
        let mut pool = Rekenaars {
            werkers: Vec::new(),
            wacht,
            kapot: Rc::default(),
            volgende: Cell::new(0),
            _handlers: Vec::new(),
            _fouten: Vec::new(),
        };
        let opties = web_sys::WorkerOptions::new();
        opties.set_type(web_sys::WorkerType::Module);
        for _ in 0..aantal {
            let werker = web_sys::Worker::new_with_options(&url, &opties).map_err(|_| kapot_tekst)?;
            let wacht = pool.wacht.clone();
            let bij_bericht = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
                let data = e.data();
                let nummer = js_sys::Reflect::get(&data, &"nummer".into()).ok().and_then(|n| n.as_f64());
                let klaar = nummer.and_then(|n| wacht.borrow_mut().remove(&(n as u32)));
                if let Some(klaar) = klaar {
                    let _ = klaar.call1(&JsValue::NULL, &data);
                }
            });
            // The script did not load (offline and never kept, a network error): every part fails.
            let (wacht, kapot) = (pool.wacht.clone(), pool.kapot.clone());
            let bij_fout = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| {
                kapot.set(Some(kapot_tekst));
                beantwoord_alle(&wacht, &antwoord_van_de_pagina(kapot_tekst));
            });
            werker.set_onmessage(Some(bij_bericht.as_ref().unchecked_ref()));
            werker.set_onerror(Some(bij_fout.as_ref().unchecked_ref()));
            pool.werkers.push(werker);
            pool._handlers.push(bij_bericht);
            pool._fouten.push(bij_fout);
        }
        Ok(pool)
    }

    /// A worker's script could not load.
    pub fn kapot(&self) -> bool {
        self.kapot.get().is_some()
    }

    /// How many workers calculate.
    pub fn aantal(&self) -> usize {
        self.werkers.len()
    }

    /// Hands a part (`pakket::rijen_naar_bytes`) to the next worker in turn; the future gives its
    /// figures, in the part's order.
    pub fn reken(&self, deel: &[u8]) -> impl std::future::Future<Output = Antwoord> {
        let nummer = self.volgende.get();
        self.volgende.set(nummer.wrapping_add(1));
        let wacht = self.wacht.clone();
        let belofte = js_sys::Promise::new(&mut |klaar, _| {
            wacht.borrow_mut().insert(nummer, klaar);
        });
        let buffer = js_sys::Uint8Array::from(deel).buffer();
        let bericht = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&bericht, &"nummer".into(), &JsValue::from(nummer));
        let _ = js_sys::Reflect::set(&bericht, &"deel".into(), &buffer);
        let werker = self.werkers.get(nummer as usize % self.werkers.len().max(1));
        let verstuurd =
            werker.is_some_and(|w| w.post_message_with_transfer(&bericht, &js_sys::Array::of1(&buffer)).is_ok());
        match self.kapot.get() {
            Some(reden) => beantwoord_alle(&self.wacht, &antwoord_van_de_pagina(reden)),
            None if !verstuurd => beantwoord_alle(&self.wacht, &antwoord_van_de_pagina(t::REKENEN_KAPOT)),
            None => {}
        }
        async move {
            let data = wasm_bindgen_futures::JsFuture::from(belofte).await.map_err(|_| t::REKENEN_KAPOT.to_string())?;
            let veld = |n: &str| js_sys::Reflect::get(&data, &JsValue::from_str(n)).ok().filter(|v| !v.is_undefined());
            // The worker's own `kapot` or `melding` (a trap, not this build's bytes) is for developers:
            // the user reads that the calculation failed.
            match (veld("ok"), veld("reden")) {
                (Some(ok), _) => {
                    let bytes = js_sys::Uint8Array::new(&ok).to_vec();
                    pakket::uitkomsten_uit_bytes(&bytes).ok_or_else(|| t::REKENEN_KAPOT.to_string())
                }
                (None, Some(reden)) => Err(reden.as_string().unwrap_or_else(|| t::REKENEN_KAPOT.into())),
                (None, None) => Err(t::REKENEN_KAPOT.into()),
            }
        }
    }

    /// Ends every worker at once; parts still waiting are answered with "gestopt".
    pub fn stop(&self) {
        for w in &self.werkers {
            w.terminate();
        }
        beantwoord_alle(&self.wacht, &antwoord_van_de_pagina(t::GESTOPT));
    }
}

impl Drop for Rekenaars {
    fn drop(&mut self) {
        self.stop();
    }
}
