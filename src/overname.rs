//! The app takes over the page rendered ahead of time (issue 25, ADR 0022), in one task, so no
//! frame shows anything between the two: what was typed into the prerendered form becomes the
//! app's state, the app builds the same markup, the prerendered markup goes, and the field the
//! user was typing in keeps the focus and the cursor.

use crate::app::{App, AppProps};
use crate::eerst;
use crate::ingevuld::Ingevuld;
use wasm_bindgen::JsCast;

/// On `<html>`: the app has taken over.
use crate::start::contract::klasse::APP;
/// The root of the prerendered page.
const VOORWEERGAVE: &str = "voorweergave";

/// Mounts the app in place of the prerendered page; `ingevuld` is what the first module kept of
/// the prerendered form (`eerst::start`).
pub fn neem_over(ingevuld: Ingevuld) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let html = doc.document_element();
    let oud = doc.get_element_by_id(VOORWEERGAVE);
    // The prerendered form was in use (the bare address): its input is the state, not the link.
    let ingevuld =
        (oud.is_some() && html.as_ref().is_some_and(|h| h.class_list().contains(eerst::VOORAF))).then_some(ingevuld);
    let focus = doc.active_element().filter(|e| !e.id().is_empty()).map(|e| {
        let invoer = e.dyn_ref::<web_sys::HtmlInputElement>();
        let selectie = invoer.and_then(|i| Some((i.selection_start().ok()??, i.selection_end().ok()??)));
        (e.id(), selectie)
    });
    leptos::mount::mount_to_body(move || App(AppProps { ingevuld }));
    if let Some(oud) = oud {
        oud.remove();
    }
    if let Some(h) = &html {
        let _ = h.class_list().add_1(APP);
    }
    if let Some((id, selectie)) = focus {
        if let Some(el) = doc.get_element_by_id(&id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.focus();
            // The app sets a field's value in an effect, after this task (which puts the cursor at
            // the end): the cursor goes back before the next frame, after those effects.
            if let (Some((van, tot)), Ok(i)) = (selectie, el.dyn_into::<web_sys::HtmlInputElement>()) {
                leptos::prelude::request_animation_frame(move || {
                    let _ = i.set_selection_range(van, tot);
                });
            }
        }
    }
}
