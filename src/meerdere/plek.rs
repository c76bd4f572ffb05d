//! "Wat kost een beschutte plek?": the user's begeleiding, opbrengst and budget (no defaults; the
//! FNV example only on request), then the cost for the employer and the gemeente, with measurement
//! and with the forfait, for the group and per place: a bar chart and its table twin. The figures
//! come from `rekenkern::batch::plek`, the same as the CLI's and the download's columns.

use crate::components::svg::coord_px;
use crate::components::svg::tekst;
use crate::teksten::meerdere as t;
use leptos::prelude::*;
use rekenkern::batch::plek::{self, Begeleiding, Opbrengst, Plekinvoer, Plekkosten};
use rekenkern::batch::Rij;
use rekenkern::getal::euro;
use rekenkern::uitkomst::Periode;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use std::fmt::Write;
use std::sync::Arc;

/// The FNV's example (Kamerstuk 34352-341), offered as a labelled example, never a default.
const FNV_BEGELEIDING: &str = "9000";

const BREEDTE_PX: f64 = 640.0;
const RIJ_PX: f64 = 34.0;
const LABEL_PX: f64 = 220.0;
const RAND_PX: f64 = 90.0;

/// The inputs, as typed.
#[derive(Clone, Copy)]
pub struct Plekvelden {
    begeleiding: RwSignal<String>,
    per_fte: RwSignal<bool>,
    opbrengst: RwSignal<String>,
    totaal: RwSignal<bool>,
    budget: RwSignal<String>,
}

impl Plekvelden {
    /// Empty fields.
    pub fn nieuw() -> Plekvelden {
        Plekvelden {
            begeleiding: RwSignal::new(String::new()),
            per_fte: RwSignal::new(false),
            opbrengst: RwSignal::new(String::new()),
            totaal: RwSignal::new(false),
            budget: RwSignal::new(String::new()),
        }
    }

    /// The figures when begeleiding and opbrengst are valid amounts (and the budget empty or valid).
    pub fn invoer(&self) -> Option<Plekinvoer> {
        let b = bedrag(&self.begeleiding.get())??;
        let o = bedrag(&self.opbrengst.get())??;
        let budget = bedrag(&self.budget.get())?;
        Some(Plekinvoer {
            begeleiding: if self.per_fte.get() { Begeleiding::PerFte(b) } else { Begeleiding::PerMedewerker(b) },
            opbrengst: if self.totaal.get() { Opbrengst::Totaal(o) } else { Opbrengst::PerProductiefUur(o) },
            budget,
        })
    }
}

/// `Some(None)`: empty; `Some(Some(x))`: an amount; `None`: not an amount.
fn bedrag(w: &str) -> Option<Option<Decimal>> {
    if w.trim().is_empty() {
        return Some(None);
    }
    rekenkern::batch::cel::euro(w).map(Some)
}

/// A money field with its message.
fn veld(id: &'static str, tekst: (&'static str, &'static str), waarde: RwSignal<String>) -> impl IntoView {
    let fout = move || bedrag(&waarde.get()).is_none();
    view! {
        <div class="veld" class:veld--fout=fout>
            <label for=id>{tekst.0}</label>
            {(!tekst.1.is_empty()).then(|| view! { <p class="hint" id=format!("{id}-hint")>{tekst.1}</p> })}
            {move || fout().then(|| view! { <p class="foutmelding" id=format!("{id}-fout")>{t::GEEN_BEDRAG}</p> })}
            <input id=id type="text" inputmode="decimal" autocomplete="off" aria-invalid=move || if fout() { "true" } else { "false" }
                aria-describedby=move || if fout() { format!("{id}-fout") } else if tekst.1.is_empty() { String::new() } else { format!("{id}-hint") }
                prop:value=move || waarde.get() on:input=move |ev| waarde.set(event_target_value(&ev)) />
        </div>
    }
}

/// Two radio buttons for a choice stored as a bool (the second option is `true`).
fn keuze(
    naam: &'static str,
    k: (&'static str, &'static [(&'static str, &'static str)]),
    tweede: RwSignal<bool>,
) -> impl IntoView {
    view! {
        <fieldset class="keuze">
            <legend>{k.0}</legend>
            {k.1.iter().enumerate().map(|(i, (w, label))| {
                let id = format!("{naam}-{w}");
                view! {
                    <span class="keuze__optie">
                        <input type="radio" id=id.clone() name=naam prop:checked=move || tweede.get() == (i == 1)
                            on:change=move |_| tweede.set(i == 1) />
                        <label for=id>{*label}</label>
                    </span>
                }
            }).collect_view()}
        </fieldset>
    }
}

/// Four bars per place (employer and gemeente, measurement and forfait), as escaped SVG markup.
fn grafiek(k: &Plekkosten) -> String {
    let balken = [
        (t::PLEK_RIJEN[2], k.werkgever_meting, "plek__werkgever"),
        (t::PLEK_RIJEN[3], k.werkgever_forfait, "plek__werkgever plek__forfait"),
        (t::PLEK_RIJEN[4], k.gemeente_meting, "plek__gemeente"),
        (t::PLEK_RIJEN[5], k.gemeente_forfait, "plek__gemeente plek__forfait"),
    ];
    let f = |d: Decimal| d.to_f64().unwrap_or_default();
    let grootste = balken.iter().map(|b| f(b.1).abs()).fold(1.0, f64::max);
    let negatief = balken.iter().any(|b| b.1 < Decimal::ZERO);
    let ruimte = BREEDTE_PX - LABEL_PX - RAND_PX;
    // With a negative amount the zero line sits in the middle of the bar area.
    let nul = if negatief { LABEL_PX + ruimte / 2.0 } else { LABEL_PX };
    let schaal = if negatief { ruimte / 2.0 } else { ruimte } / grootste;
    let mut uit = String::new();
    for (i, (label, w, class)) in balken.iter().enumerate() {
        let y = i as f64 * RIJ_PX + 4.0;
        let breedte = f(*w) * schaal;
        let x = if breedte < 0.0 { nul + breedte } else { nul };
        tekst(&mut uit, (LABEL_PX - 8.0, y + 18.0), "end", "grafiek__as", label);
        let _ = write!(
            uit,
            r#"<rect x="{}" y="{}" width="{}" height="{}" class="{class}"/>"#,
            coord_px(x),
            coord_px(y),
            coord_px(breedte.abs()),
            coord_px(RIJ_PX - 10.0)
        );
        tekst(&mut uit, (nul.max(x + breedte.abs()) + 6.0, y + 18.0), "start", "grafiek__as", &euro(*w));
    }
    uit
}

/// The section.
#[component]
pub fn Plek(
    /// The calculated rows.
    rijen: Arc<Vec<Rij>>,
    /// Month or year.
    periode: Periode,
    /// The inputs (kept by the page, so the download uses them too).
    velden: Plekvelden,
) -> impl IntoView {
    let per = if periode == Periode::Jaar { t::PER_JAAR } else { t::PER_MAAND };
    let n = rijen.iter().filter(|r| r.uitkomst.is_ok()).count();
    let uitkomst = move || {
        velden.invoer().map(|pi| {
            let (_, totaal) = plek::groep(&rijen, &pi, periode);
            let gem = totaal.per_plek(n);
            let hoogte = 4.0 * RIJ_PX;
            let zin = t::plek_zin(
                &euro(gem.werkgever_meting),
                &euro(gem.werkgever_forfait),
                &euro(gem.gemeente_meting),
                &euro(gem.gemeente_forfait),
                per,
            );
            let (a, b) = (totaal.velden().map(|v| v.1), gem.velden().map(|v| v.1));
            // On paper the form is left out: say what was entered.
            let ingevuld = t::plek_invoer(&pi);
            view! {
                <p id="plek-zin"><strong>{zin}</strong></p>
                <p class="afdruk-alleen" id="plek-invoer">{ingevuld}</p>
                <figure>
                    <svg class="grafiek" viewBox=format!("0 0 {} {}", coord_px(BREEDTE_PX), coord_px(hoogte)) role="img"
                        aria-labelledby="plek-grafiek-titel plek-zin" focusable="false">
                        <title id="plek-grafiek-titel">{t::PLEK_GRAFIEK}</title>
                        <g inner_html=grafiek(&gem)></g>
                    </svg>
                </figure>
                <div class="tabel-scroll" tabindex="0" role="region" aria-labelledby="plek-tabel-kop">
                    <table id="plek-tabel">
                        <caption id="plek-tabel-kop">{t::plek_tabel(per)}</caption>
                        <thead><tr><th scope="col"></th><th scope="col">{t::GROEP}</th><th scope="col">{t::PER_PLEK}</th></tr></thead>
                        <tbody>
                            {t::PLEK_RIJEN.iter().zip(a.iter().zip(b.iter())).filter(|(_, (x, _))| x.is_some()).map(|(label, (x, y))| view! {
                                <tr><th scope="row">{*label}</th>
                                    <td class="bedrag">{x.map(euro)}</td><td class="bedrag">{y.map(euro)}</td></tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            }
        })
    };
    view! {
        <section class="plek" aria-labelledby="plek-kop" id="groep-plek">
            <h3 id="plek-kop">{t::PLEK_KOP}</h3>
            <p>{t::PLEK_UITLEG}</p>
            <div class="formulier geen-afdruk">
                <div class="formulier__rij">
                    {veld("plek-begeleiding", t::BEGELEIDING, velden.begeleiding)}
                    {keuze("plek-begeleiding-per", t::BEGELEIDING_PER, velden.per_fte)}
                </div>
                <p><button type="button" class="knop" id="plek-voorbeeld"
                    on:click=move |_| { velden.begeleiding.set(FNV_BEGELEIDING.into()); velden.per_fte.set(false); }>
                    {t::BEGELEIDING_VOORBEELD}</button></p>
                <p class="hint">{t::BEGELEIDING_BRON}</p>
                <div class="formulier__rij">
                    {veld("plek-opbrengst", t::OPBRENGST, velden.opbrengst)}
                    {keuze("plek-opbrengst-per", t::OPBRENGST_PER, velden.totaal)}
                </div>
                {veld("plek-budget", t::BUDGET, velden.budget)}
            </div>
            <div aria-live="polite">
                {move || match uitkomst() {
                    Some(v) => v.into_any(),
                    None => view! { <p class="hint" id="plek-nodig">{t::PLEK_NODIG}</p> }.into_any(),
                }}
            </div>
        </section>
    }
}
