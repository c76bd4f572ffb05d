//! The spreadsheet workers (docs/adr/0023): a chosen .xlsx or .ods is read, and the .xlsx download
//! written, in a Web Worker with its own wasm, loaded only then. One job per worker, ended after the
//! answer: a hostile file can at worst stop that worker; the page keeps everything it had and says
//! so in Dutch. The worker scripts' names come from meerdere.html (scripts/werkmap.mjs).

use crate::teksten::meerdere as t;
use rekenkern::batch::Werkmap;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Which worker.
#[derive(Clone, Copy)]
enum Rol {
    Lezer,
    Schrijver,
}

fn script(rol: Rol) -> Option<String> {
    let naam = match rol {
        Rol::Lezer => "rekenhulp-werkmap-lezer",
        Rol::Schrijver => "rekenhulp-werkmap-schrijver",
    };
    web_sys::window()?.document()?.query_selector(&format!("meta[name=\"{naam}\"]")).ok()??.get_attribute("content")
}

/// Posts `bericht` (transferring `overdragen`) to a new worker and calls `klaar` once with its
/// answer: `Ok(value)` for `{ok}`, `Err(message)` for `{melding}`, a crash or no worker.
fn opdracht(
    rol: Rol,
    bericht: &js_sys::Object,
    overdragen: &js_sys::Array,
    klaar: impl FnOnce(Result<JsValue, String>) + 'static,
) {
    // Offline, a worker that was never used cannot load (the service worker keeps it only once used).
    let offline = web_sys::window().is_some_and(|w| !w.navigator().on_line());
    let kapot = match rol {
        _ if offline => t::WERKER_OFFLINE,
        Rol::Lezer => t::REKENBLAD_KAPOT,
        Rol::Schrijver => t::XLSX_MISLUKT,
    };
    let Some(url) = script(rol) else { return klaar(Err(kapot.into())) };
    let opties = web_sys::WorkerOptions::new();
    opties.set_type(web_sys::WorkerType::Module);
    let Ok(werker) = web_sys::Worker::new_with_options(&url, &opties) else { return klaar(Err(kapot.into())) };
    // Shared by both handlers: whichever comes first answers, and ends the worker.
    let klaar =
        std::rc::Rc::new(std::cell::RefCell::new(Some(Box::new(klaar) as Box<dyn FnOnce(Result<JsValue, String>)>)));
    let antwoord = {
        let werker = werker.clone();
        move |uitkomst: Result<JsValue, String>| {
            werker.terminate();
            if let Some(k) = klaar.borrow_mut().take() {
                k(uitkomst);
            }
        }
    };
    let bij_bericht = {
        let antwoord = antwoord.clone();
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            let data = e.data();
            let veld = |n: &str| js_sys::Reflect::get(&data, &JsValue::from_str(n)).ok().filter(|v| !v.is_undefined());
            antwoord(match (veld("ok"), veld("melding")) {
                (Some(ok), _) => Ok(ok),
                (None, Some(m)) => Err(m.as_string().unwrap_or_else(|| kapot.into())),
                (None, None) => Err(kapot.into()),
            });
        })
    };
    let bij_fout = {
        let antwoord = antwoord.clone();
        Closure::<dyn FnMut(web_sys::Event)>::new(move |_| antwoord(Err(kapot.into())))
    };
    werker.set_onmessage(Some(bij_bericht.as_ref().unchecked_ref()));
    werker.set_onerror(Some(bij_fout.as_ref().unchecked_ref()));
    // The handlers live as long as the worker; one job each, so this leak is two closures per file.
    bij_bericht.forget();
    bij_fout.forget();
    if werker.post_message_with_transfer(bericht, overdragen).is_err() {
        antwoord(Err(kapot.into()));
    }
}

/// Reads a spreadsheet in a worker; `blad`: the sheet's place, or `None` for the first with a
/// known header.
pub fn lees(bytes: &[u8], blad: Option<usize>, klaar: impl FnOnce(Result<Werkmap, String>) + 'static) {
    let buffer = js_sys::Uint8Array::from(bytes).buffer();
    let bericht = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&bericht, &"bytes".into(), &buffer);
    let blad = blad.and_then(|b| i32::try_from(b).ok()).unwrap_or(-1);
    let _ = js_sys::Reflect::set(&bericht, &"blad".into(), &JsValue::from(blad));
    opdracht(Rol::Lezer, &bericht, &js_sys::Array::of1(&buffer), move |r| {
        klaar(
            r.and_then(|v| v.as_string().and_then(|t| Werkmap::uit_tekst(&t)).ok_or_else(|| t::REKENBLAD_KAPOT.into())),
        );
    });
}

/// Writes the result table as .xlsx in a worker.
pub fn schrijf(tabel: &Werkmap, klaar: impl FnOnce(Result<Vec<u8>, String>) + 'static) {
    let bericht = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&bericht, &"tabel".into(), &JsValue::from_str(&tabel.naar_tekst()));
    opdracht(Rol::Schrijver, &bericht, &js_sys::Array::new(), move |r| {
        klaar(
            r.and_then(|v| v.dyn_into::<js_sys::Uint8Array>().map(|a| a.to_vec()).map_err(|_| t::XLSX_MISLUKT.into())),
        );
    });
}
