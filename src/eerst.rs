//! The first module (issue 25, ADR 0022): what the first amount needs, and nothing of Leptos.
//!
//! The page arrives rendered ahead of time (src/bin/voorweergave.rs) with the amounts of the default
//! scenario; the start script (scripts/vroeg.js) says whether they hold for this visit
//! (`rh-vooraf` on `<html>`). This code, the main wasm module, runs first:
//! - a link with a scenario (or another day than the prerendered amounts hold for): it reads the
//!   link, calculates with the core and writes the amounts into the page (`rh-bedragen`); the form
//!   stays hidden until the app takes over, so nothing on screen moves;
//! - the bare address: it follows what the user types into the prerendered form, so the amounts
//!   follow every key before the app is there, and keeps it for the app (the [`Ingevuld`] that
//!   [`start`] returns).
//!
//! A result it cannot show the way the app does (a notice about the link, a value past the tables,
//! a pinned comparison, English) waits for the app. The Leptos app (the `app` split of the wasm,
//! src/overname.rs) then takes over the page.

use crate::ingevuld::Ingevuld;
use crate::start::contract::{id, pagina};
use crate::teksten::{melding, omslag_kort, periode_woord, vertaal, zin};
use rekenkern::gekozen::Keuzes;
use rekenkern::getal::euro;
use rekenkern::invoertabel::{Vorm, VELDEN};
use rekenkern::scenario::{decode, decode_met};
use rekenkern::uitkomst::{Periode, Uitkomst};
use rekenkern::{Sleutel, Taal};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Document, HtmlInputElement};

/// On `<html>`: the amounts are calculated for this link (the form waits for the app).
use crate::start::contract::klasse::BEDRAGEN;
/// On `<html>`: the prerendered page holds for this visit (set by the start script).
pub use crate::start::contract::klasse::VOORAF;

fn document() -> Option<Document> {
    web_sys::window()?.document()
}

/// Marks a moment for the benchmark's timeline (e2e/bench.mjs: when each task runs).
fn markeer(naam: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(naam);
    }
}

/// Runs at start, before the app is fetched. Returns what the user types into the prerendered form
/// (each field's text, and a choice only when it was clicked, so a choice left alone keeps following
/// its default): the listeners keep writing into it until the app takes over and reads it
/// (`overname::neem_over`, handed on by `main`).
pub fn start() -> Rc<RefCell<Ingevuld>> {
    let ingevuld = Rc::new(RefCell::new(Ingevuld::default()));
    markeer("rh-eerst");
    let Some(doc) = document() else { return ingevuld };
    let Some(html) = doc.document_element() else { return ingevuld };
    if html.class_list().contains(VOORAF) {
        volg_invoer(&doc, &ingevuld);
        return ingevuld;
    }
    let g = decode_met(&crate::url::fragment(), crate::url::WEERGAVE_SLEUTELS);
    let extra = |k: &str| g.extra.iter().find(|(s, _)| s == k).map(|(_, w)| w.as_str());
    if !g.meldingen.is_empty() || extra("vast").is_some() || extra("taal") == Some("en") {
        return ingevuld;
    }
    let periode = extra("periode").and_then(crate::url::periode_uit).unwrap_or_default();
    if let Some(u) = te_tonen(&g.invoer) {
        schrijf(&doc, &u, periode);
        let _ = html.class_list().add_1(BEDRAGEN);
        markeer("rh-bedragen");
    }
    ingevuld
}

/// The result, when the page can show it as the app would (no value past the tables, none
/// announced: those amounts need the app's notice beside them).
fn te_tonen(invoer: &rekenkern::Invoer) -> Option<Uitkomst> {
    rekenkern::bereken(invoer, crate::klok::vandaag())
        .ok()
        .filter(|u| u.niet_bekend.is_empty() && u.spoor.aangekondigde_waarden().is_empty())
}

fn zet(doc: &Document, id: &str, tekst: &str) {
    if let Some(el) = doc.get_element_by_id(id) {
        el.set_text_content(Some(tekst));
    }
}

/// Writes the amounts of `periode` where the app shows them: the figures, the phone bar, the line of
/// the first six months and the period switch.
fn schrijf(doc: &Document, u: &Uitkomst, periode: Periode) {
    let b = u.per(periode);
    for &(r, id) in crate::start::figuren::FIGUREN {
        zet(doc, id, &euro(b.get(r)));
    }
    let woord = periode_woord(periode, Taal::Nl);
    zet(doc, id::SAMENVATTING, &zin::samenvatting(b.nettokosten_meting, b.nettokosten_forfait, woord, false, Taal::Nl));
    zet(doc, id::BALK_OMSLAGPUNT, &omslag_kort(u.omslagpunt, Taal::Nl));
    if let Some(r) = invoerveld(doc, &format!("{}{}", id::PERIODE, crate::url::periode_slug(periode))) {
        r.set_checked(true);
    }
}

fn invoerveld(doc: &Document, id: &str) -> Option<HtmlInputElement> {
    doc.get_element_by_id(id)?.dyn_into().ok()
}

/// What was typed or clicked in the prerendered page before this code ran: every field whose value
/// differs from the page's own (`defaultValue`, `defaultChecked`).
fn al_ingevuld(doc: &Document, ingevuld: &mut Ingevuld) -> bool {
    let mut iets = false;
    for veld in VELDEN {
        let gewijzigd = match veld.vorm {
            Vorm::Keuze(_) => doc
                .query_selector(&format!("input[name='{}']:checked", veld.naam))
                .ok()
                .flatten()
                .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
                .filter(|i| !i.default_checked()),
            _ => invoerveld(doc, &format!("{}{}", id::VELD, veld.naam)).filter(|i| i.value() != i.default_value()),
        };
        if let Some(i) = gewijzigd {
            ingevuld.velden.push((veld.sleutel, i.value()));
            iets = true;
        }
    }
    let periode = doc.query_selector("input[name='periode']:checked").ok().flatten();
    if let Some(p) = periode.and_then(|e| e.dyn_into::<HtmlInputElement>().ok()).filter(|i| !i.default_checked()) {
        if let Some(p) = crate::url::periode_uit(&p.value()) {
            ingevuld.periode = p;
            iets = true;
        }
    }
    iets
}

/// The bare address: every key in the prerendered form recalculates the amounts (the app is not
/// there yet); the input is kept for the app.
fn volg_invoer(doc: &Document, ingevuld: &Rc<RefCell<Ingevuld>>) {
    // Typed before this code was there (the page was painted before the wasm came).
    if al_ingevuld(doc, &mut ingevuld.borrow_mut()) {
        herbereken(doc, &ingevuld.borrow());
    }
    let Some(indeling) = doc.query_selector(pagina::SELECTOR_INDELING).ok().flatten() else { return };
    let doc2 = doc.clone();
    let ingevuld = Rc::clone(ingevuld);
    let luister = Closure::<dyn Fn(web_sys::Event)>::new(move |ev: web_sys::Event| {
        let Some(veld) = ev.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) else { return };
        // The mutable borrow ends before `herbereken` reads it.
        {
            let mut i = ingevuld.borrow_mut();
            if veld.name() == "periode" {
                if let Some(p) = crate::url::periode_uit(&veld.value()) {
                    i.periode = p;
                }
            } else if let Some(sleutel) = Sleutel::uit_naam(&veld.name()) {
                i.velden.retain(|(k, _)| *k != sleutel);
                i.velden.push((sleutel, veld.value()));
            }
        }
        herbereken(&doc2, &ingevuld.borrow());
    });
    for soort in ["input", "change"] {
        let _ = indeling.add_event_listener_with_callback(soort, luister.as_ref().unchecked_ref());
    }
    // The form lives until the app takes over; so does this listener.
    luister.forget();
}

/// The scenario of what was typed, as the app's state writes it.
fn scenario(ingevuld: &Ingevuld) -> String {
    rekenkern::scenario::uit_velden(ingevuld.velden.iter().map(|(k, w)| (k.naam(), w)))
}

fn herbereken(doc: &Document, ingevuld: &Ingevuld) {
    let g = decode(&scenario(ingevuld));
    let blok = doc.query_selector(pagina::SELECTOR_UITKOMST_BLOK).ok().flatten();
    let verouderd = |ja: bool| {
        if let Some(b) = &blok {
            let _ = b.class_list().toggle_with_force(pagina::UITKOMST_VEROUDERD, ja);
        }
    };
    // As the app: wrong input keeps the last amounts, marked as belonging to earlier input.
    let u = if g.meldingen.is_empty() { te_tonen(&g.invoer) } else { None };
    let Some(u) = u else { return verouderd(true) };
    schrijf(doc, &u, ingevuld.periode);
    verouderd(false);
    // A choice left alone follows its default, which may follow another choice (as in the app).
    let keuzes = Keuzes::van(&g.invoer);
    for veld in VELDEN.iter().filter(|v| matches!(v.vorm, Vorm::Keuze(_))) {
        if let Some(w) = keuzes.woord(veld.sleutel) {
            if let Some(r) = invoerveld(doc, &format!("{}{}-{w}", id::VELD, veld.naam)) {
                r.set_checked(true);
            }
        }
    }
}

/// The app could not be fetched (offline before a first full visit, or a newer version replaced the
/// files): say so above the form and the amounts, in B1; what is shown stays.
pub fn app_niet_geladen() {
    let Some(doc) = document() else { return };
    let Some(plek) = doc.query_selector(pagina::SELECTOR_INDELING).ok().flatten() else { return };
    let Ok(p) = doc.create_element("p") else { return };
    p.set_class_name("melding melding--waarschuwing");
    p.set_id("niet-geladen");
    let _ = p.set_attribute("role", "status");
    p.set_text_content(Some(vertaal(melding::NIET_GELADEN, Taal::Nl)));
    let _ = plek.parent_node().map(|ouder| ouder.insert_before(&p, Some(&plek)));
}
