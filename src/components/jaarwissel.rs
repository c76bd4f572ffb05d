//! "Wat verandert er op 1 januari?" (docs/adr/0024): December beside the January after it, per
//! month as the cards show a month, line by line, each changed line with its reasons in B1 words.
//! Open by itself when the peildatum is in December or January; otherwise one tap away. Built when
//! open (it calculates two months); in the print when open. The core decides every amount and every
//! reason (`rekenkern::jaarwissel`); this only shows them.

use crate::components::details_open;
use crate::state::Staat;
use crate::teksten::{self, jaarwissel as t, taal, vertaal};
use leptos::prelude::*;
use rekenkern::getal::euro;
use rekenkern::jaarwissel::{jaarwissel, rond_de_jaarwissel, Jaarwissel};
// The result is markup (see `inhoud`); only the section around it is view code.
use rekenkern::{Datum, Taal};

/// "december 2026", "januari 2027".
fn maand(d: Datum, taal: Taal) -> String {
    format!("{} {}", teksten::maand_naam(d.maand(), taal), d.jaar())
}

/// What a month rests on that is not final: the last known values (and from when), and each
/// announced value with its date and source (ADR 0013, 0024), so January never looks firmer than it is.
fn status(k: &rekenkern::jaarwissel::Kant, taal: Taal) -> String {
    use crate::components::svg::ontsnap;
    use std::fmt::Write;
    let mut uit = String::new();
    let naam = teksten::hoofdletter(&maand(k.datum, taal));
    if let Some(sinds) = k.uitkomst.voorlopig_sinds() {
        let zin = t::voorlopig(&naam, &teksten::datum_lang(sinds, taal), taal);
        let _ = write!(uit, r#"<p class="jaarwissel__status">{}</p>"#, ontsnap(&zin));
    }
    let aangekondigd = k.uitkomst.spoor.aangekondigde_waarden();
    if !aangekondigd.is_empty() {
        let _ = write!(
            uit,
            r#"<p class="jaarwissel__status">{}</p><ul class="jaarwissel__aangekondigd">"#,
            ontsnap(&t::aangekondigd(&naam, taal))
        );
        for g in aangekondigd {
            let _ = write!(uit, "<li>{}</li>", crate::components::voorlopig::aangekondigde_waarde(g, taal));
        }
        uit.push_str("</ul>");
    }
    uit
}

/// The comparison as escaped markup set in one go (as the charts and the provisional list): view
/// code for a table of ~16 lines costs the app's wasm several KB, this a few hundred bytes.
fn inhoud(j: &Jaarwissel, taal: Taal) -> String {
    use crate::components::svg::ontsnap;
    use std::fmt::Write;
    let (dec, jan) =
        (teksten::hoofdletter(&maand(j.december.datum, taal)), teksten::hoofdletter(&maand(j.januari.datum, taal)));
    let (dec, jan) = (ontsnap(&dec), ontsnap(&jan));
    let kop_verschil = ontsnap(vertaal(t::VERSCHIL, taal));
    let voorlopig = |k: &rekenkern::jaarwissel::Kant| {
        if k.uitkomst.is_voorlopig(&rekenkern::teksten::NETTO_METING) {
            format!(r#"<br><span class="label-voorlopig">{}</span>"#, ontsnap(vertaal(teksten::VOORLOPIG, taal)))
        } else {
            String::new()
        }
    };
    let mut uit = String::with_capacity(8192);
    let onderschrift = teksten::hoofdletter(&teksten::jaarwissel::onderschrift(
        &maand(j.december.datum, taal),
        &maand(j.januari.datum, taal),
        taal,
    ));
    let _ = write!(
        uit,
        r#"<div class="tabel-scroll" tabindex="0" role="region" aria-labelledby="jaarwissel-tabel-kop"><table class="jaarwissel"><caption id="jaarwissel-tabel-kop">{}</caption><thead><tr><td></td><th scope="col">{dec}{}</th><th scope="col">{jan}{}</th><th scope="col">{kop_verschil}</th></tr></thead><tbody>"#,
        ontsnap(&onderschrift),
        voorlopig(&j.december),
        voorlopig(&j.januari)
    );
    // On a phone the heading above each stacked amount is the column's (`data-kop`): it says
    // "voorlopig" too, as the table's heading does.
    let kop = |naam: &str, k: &rekenkern::jaarwissel::Kant| {
        if k.uitkomst.is_voorlopig(&rekenkern::teksten::NETTO_METING) {
            format!("{naam} ({})", ontsnap(vertaal(teksten::VOORLOPIG, taal)))
        } else {
            naam.to_string()
        }
    };
    let (kop_dec, kop_jan) = (kop(&dec, &j.december), kop(&jan, &j.januari));
    let reden = ontsnap(vertaal(t::REDEN, taal));
    for r in &j.regels {
        // The reasons as references to the numbered list under the table: buttons, not links, because
        // a link's `#…` would replace the scenario in the address (a new tab or a PDF would open the
        // default case).
        let mut refs = String::new();
        for n in &r.redenen {
            let nummer = n + 1;
            let _ = write!(
                refs,
                r#" <button type="button" data-doel="jaarwissel-reden-{nummer}" class="jaarwissel__ref" aria-label="{reden} {nummer}">{nummer}</button>"#
            );
        }
        let _ = write!(
            uit,
            r#"<tr class="{}"><th scope="row">{}{refs}</th><td class="bedrag" data-kop="{kop_dec}">{}</td><td class="bedrag" data-kop="{kop_jan}">{}</td><td class="bedrag" data-kop="{kop_verschil}">{}</td></tr>"#,
            if r.totaal { "sterk" } else { "" },
            ontsnap(vertaal(r.label, taal)),
            euro(r.december),
            euro(r.januari),
            teksten::verschil_euro(r.verschil)
        );
    }
    uit.push_str("</tbody></table></div>");
    if j.regels.iter().all(|r| r.verschil.is_zero()) {
        let _ = write!(uit, r#"<p id="jaarwissel-niets">{}</p>"#, ontsnap(vertaal(t::NIETS, taal)));
    } else {
        let _ = write!(
            uit,
            r#"<h3>{}</h3><ol class="jaarwissel__redenen" id="jaarwissel-redenen">"#,
            ontsnap(vertaal(t::WAAROM, taal))
        );
        for (n, r) in j.redenen.iter().enumerate() {
            // Focusable, so a reason's number can take the reader (and the focus) to it.
            let _ =
                write!(uit, r#"<li id="jaarwissel-reden-{}" tabindex="-1">{}</li>"#, n + 1, ontsnap(&r.tekst(taal)));
        }
        uit.push_str("</ol>");
    }
    // What January (and December, past the tables) rest on that is not final.
    uit.push_str(&status(&j.december, taal));
    uit.push_str(&status(&j.januari, taal));
    if !j.aannames.is_empty() {
        uit.push_str(r#"<ul class="jaarwissel__aannames">"#);
        for a in &j.aannames {
            let _ = write!(uit, "<li>{}</li>", ontsnap(&a.in_taal(taal)));
        }
        uit.push_str("</ul>");
    }
    uit
}

/// The section under the comparison.
#[component]
pub fn JaarwisselBlok() -> impl IntoView {
    let staat = expect_context::<Staat>();
    let taal = taal();
    let peildatum = Memo::new(move |_| staat.gelezen.with(|g| g.invoer.datum.unwrap_or_else(crate::klok::vandaag)));
    // Opened by the user (or closed), else open around the turn of the year.
    let gekozen = RwSignal::new(None::<bool>);
    let open = move || gekozen.get().unwrap_or_else(|| rond_de_jaarwissel(peildatum.get()));
    // Calculated when open; an error means a month lacks values (strict past the tables).
    let wissel = Memo::new(move |_| {
        open().then(|| staat.gelezen.with(|g| jaarwissel(&g.invoer, crate::klok::vandaag()).map_err(|_| ())))
    });
    let inhoud =
        move || wissel.with(|w| w.as_ref().and_then(|w| w.as_ref().ok()).map(|j| inhoud(j, taal)).unwrap_or_default());
    let lukt_niet = move || wissel.with(|w| matches!(w, Some(Err(()))));
    // A reason's number goes to its line without touching the link (the link holds the scenario).
    let naar_reden = move |ev: leptos::ev::MouseEvent| {
        use wasm_bindgen::JsCast;
        let doel = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("button.jaarwissel__ref").ok().flatten())
            .and_then(|a| a.get_attribute("data-doel"));
        if let Some(doel) = doel {
            crate::url::ga_naar(&ev, &doel);
        }
    };
    view! {
        <section class="jaarwissel-blok" aria-labelledby="kop-jaarwissel">
            <details class="jaarwissel-details" id="jaarwissel" prop:open=open
                on:toggle=move |ev| if let Some(o) = details_open(&ev) { if o != open() { gekozen.set(Some(o)) } }>
                <summary><h2 id="kop-jaarwissel">{vertaal(t::KOP, taal)}</h2></summary>
                <p class="hint">{vertaal(t::UITLEG, taal)}</p>
                <div on:click=naar_reden inner_html=inhoud></div>
                <Show when=lukt_niet>
                    <div class="melding melding--waarschuwing" id="jaarwissel-fout">
                        <p>{vertaal(t::LUKT_NIET, taal)}</p>
                        <crate::components::voorlopig::VoorlopigKnop />
                    </div>
                </Show>
            </details>
        </section>
    }
}
