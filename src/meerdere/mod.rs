//! "Meerdere medewerkers tegelijk": a CSV file (chosen or pasted) is read in the browser, each
//! row calculated by the core's `batch` module (the same functions as `rekenhulp batch`), in
//! chunks between frames so 10,000 rows never freeze the page. Nothing of the file is stored or
//! put in the URL; the own reference (`id`) appears on screen and in the download only.
//! Its own page and wasm (`meerdere.html`), so the single-employee page does not carry it (ADR 0016).

mod bestand;
mod kolomstap;
mod plek;
mod tabel;
mod verdeling;

use crate::teksten::meerdere as t;
use crate::teksten::{NETTO_FORFAIT, NETTO_METING};
use leptos::prelude::*;
use rekenkern::batch::{self, Rij, Totalen};
use rekenkern::getal::euro;
use rekenkern::uitkomst::Periode;
use rekenkern::Datum;
use std::sync::Arc;

/// Rows read at a time; after each part the page checks whether its turn is over.
const STUK: usize = 10;
/// A turn of calculating before the browser gets its turn back (a row is its month and the twelve
/// months of its calendar year; docs/performance.md).
const BEURT_MS: f64 = 8.0;
/// Rows shown in the column step's preview.
const VOORBEELD_RIJEN: usize = 5;
/// The largest file read (bytes).
const MAX_BYTES: u32 = 20 * 1024 * 1024;
/// The example file (also served as `voorbeeld-medewerkers.csv`).
const VOORBEELD: &str = include_str!("../../static/voorbeeld-medewerkers.csv");

/// A calculated file.
#[derive(Clone)]
pub struct Verwerkt {
    /// Separator of the input, used again for the download.
    pub scheiding: u8,
    /// Every row, in file order.
    pub rijen: Arc<Vec<Rij>>,
}

/// The page state.
#[derive(Clone, Copy)]
struct Staat {
    vandaag: Datum,
    /// Bumped for each new file: a running calculation of an older file stops.
    generatie: StoredValue<u32>,
    voortgang: RwSignal<Option<(usize, usize)>>,
    fout: RwSignal<Option<String>>,
    /// The encoding the chosen file was read with (a pasted text is already text).
    codering: RwSignal<Option<batch::Codering>>,
    /// A file with columns the page does not recognise: the user says what they hold first.
    kolomstap: RwSignal<Option<kolomstap::Stap>>,
    uitkomst: RwSignal<Option<Verwerkt>>,
    periode: RwSignal<Periode>,
    /// Begeleiding, opbrengst and budget for the cost of a place (kept across files).
    plek: plek::Plekvelden,
}

impl Staat {
    /// A chosen file's bytes: decoded (UTF-8 or Windows-1252, said on the page), then opened.
    fn open_bytes(self, bytes: &[u8]) {
        let (tekst, codering) = batch::decodeer(bytes);
        self.open(tekst);
        self.codering.set(Some(codering));
    }

    /// Opens a text: when every column is recognised it is calculated at once; otherwise the column
    /// step comes first, with a preview of the first rows, and nothing is calculated yet.
    fn open(self, tekst: String) {
        self.codering.set(None);
        self.kolomstap.set(None);
        match batch::voorbeeld(&tekst, &[], VOORBEELD_RIJEN) {
            Err(e) => {
                self.uitkomst.set(None);
                self.fout.set(Some(e));
            }
            Ok(v) if v.kolommen.iter().any(|k| k.betekenis == batch::Betekenis::Onbekend) => {
                self.uitkomst.set(None);
                self.fout.set(None);
                self.kolomstap.set(Some(kolomstap::Stap::nieuw(tekst, v)));
            }
            Ok(_) => self.reken(tekst, Vec::new()),
        }
    }

    /// Reads and calculates a text with the user's column choices, a part at a time with a turn for
    /// the browser in between.
    fn reken(self, tekst: String, keuzes: Vec<(String, Option<&'static str>)>) {
        let generatie = self.generatie.get_value().wrapping_add(1);
        self.generatie.set_value(generatie);
        self.fout.set(None);
        self.uitkomst.set(None);
        // For the progress line: data lines (a quoted field over two lines makes this a little high).
        let geschat = tekst.lines().filter(|r| !r.trim().is_empty()).count().saturating_sub(1);
        leptos::task::spawn_local(async move {
            let mut lezer = match batch::Lezer::nieuw(&tekst, &keuzes) {
                Ok(l) => l,
                Err(e) => return self.fout.set(Some(e)),
            };
            if let Some(m) = batch::teksten::onbekende_kolommen(&lezer.onbekend()) {
                return self.fout.set(Some(m));
            }
            self.kolomstap.set(None);
            let mut beurt = js_sys::Date::now();
            let mut rijen = Vec::with_capacity(geschat);
            // As the one-employee page: past the tables provisional, marked (ADR 0013).
            let opties = batch::Opties::app(self.vandaag);
            loop {
                let deel = match lezer.volgende(STUK) {
                    Ok(d) if d.is_empty() => break,
                    Ok(d) => d,
                    Err(e) => {
                        self.voortgang.set(None);
                        return self.fout.set(Some(e));
                    }
                };
                rijen.extend(deel.iter().map(|r| batch::bereken_rij(r, &opties)));
                if js_sys::Date::now() - beurt < BEURT_MS {
                    continue;
                }
                self.voortgang.set(Some((rijen.len(), geschat.max(rijen.len()))));
                gloo::timers::future::TimeoutFuture::new(0).await;
                if self.generatie.get_value() != generatie {
                    return;
                }
                beurt = js_sys::Date::now();
            }
            self.voortgang.set(None);
            if rijen.is_empty() {
                return self.fout.set(Some(t::LEEG.into()));
            }
            self.uitkomst.set(Some(Verwerkt { scheiding: lezer.scheiding, rijen: Arc::new(rijen) }));
        });
    }
}

/// Totals for the group, the sentence, and the download.
#[component]
fn Totaal(v: Verwerkt, periode: Periode) -> impl IntoView {
    let totalen = Totalen::van(&v.rijen, periode);
    let per = if periode == Periode::Jaar { t::PER_JAAR } else { t::PER_MAAND };
    let idx =
        |naam: &str| batch::BEDRAGEN.iter().position(|b| *b == naam).map(|i| totalen.bedragen[i]).unwrap_or_default();
    let (m, f) = (idx("nettokosten_meting"), idx("nettokosten_forfait"));
    let zin = t::samenvatting(&totalen, per);
    let voorlopig = (totalen.voorlopig > 0).then(|| t::voorlopig(totalen.voorlopig));
    view! {
        <p class="jaar-zin" id="groep-zin"><strong>{zin}</strong></p>
        {voorlopig.map(|v| view! { <p class="melding melding--voorlopig" id="groep-voorlopig">{v}</p> })}
        <div class="kerncijfers">
            <div class="kerncijfer kerncijfer--sterk">
                <p class="kerncijfer__label" id="groep-meting-label">{NETTO_METING}" ("{per}")"</p>
                <p class="kerncijfer__bedrag" id="groep-meting" aria-describedby="groep-meting-label">{euro(m)}</p>
            </div>
            <div class="kerncijfer kerncijfer--sterk">
                <p class="kerncijfer__label" id="groep-forfait-label">{NETTO_FORFAIT}" ("{per}")"</p>
                <p class="kerncijfer__bedrag" id="groep-forfait" aria-describedby="groep-forfait-label">{euro(f)}</p>
            </div>
            <div class="kerncijfer">
                <p class="kerncijfer__label" id="groep-verschil-label">{t::VERSCHIL}" ("{per}")"</p>
                <p class="kerncijfer__bedrag" id="groep-verschil" aria-describedby="groep-verschil-label">{euro(f - m)}</p>
            </div>
        </div>
    }
}

/// The page.
#[component]
pub fn Meerdere() -> impl IntoView {
    let staat = Staat {
        vandaag: crate::klok::vandaag(),
        generatie: StoredValue::new(0),
        voortgang: RwSignal::new(None),
        fout: RwSignal::new(None),
        codering: RwSignal::new(None),
        kolomstap: RwSignal::new(None),
        uitkomst: RwSignal::new(None),
        periode: RwSignal::new(Periode::Maand),
        plek: plek::Plekvelden::nieuw(),
    };
    let geplakt = RwSignal::new(String::new());
    let voorbeeld_href =
        format!("data:text/csv;charset=utf-8,{}", String::from(js_sys::encode_uri_component(VOORBEELD)));
    let uitkomst = move || {
        staat.uitkomst.get().map(|v| {
            let periode = staat.periode.get();
            let fouten: Vec<_> = v.rijen.iter().filter_map(|r| r.uitkomst.as_ref().err().map(|e| (r.regel, e.clone()))).collect();
            let download = v.clone();
            view! {
                <Totaal v=v.clone() periode=periode />
                {(!fouten.is_empty()).then(|| view! {
                    <div class="melding melding--fout" id="groep-fouten">
                        <h3>{t::FOUTEN}</h3>
                        <p>{t::FOUTEN_UITLEG}</p>
                        <ul>{fouten.iter().take(100).map(|(r, e)| view! { <li>{t::fout_regel(*r, e)}</li> }).collect_view()}</ul>
                    </div>
                })}
                <verdeling::Verdeling rijen=v.rijen.clone() periode=periode />
                <plek::Plek rijen=v.rijen.clone() periode=periode velden=staat.plek />
                <tabel::Tabel rijen=v.rijen.clone() periode=periode />
                <p class="acties geen-afdruk">
                    <button type="button" class="knop knop--primair" id="groep-download"
                        on:click=move |_| {
                            let plek = staat.plek.invoer();
                            let csv = batch::csv_met_plek(&download.rijen, staat.periode.get_untracked(), download.scheiding, plek.as_ref());
                            bestand::download(&csv, "uitkomst-medewerkers.csv");
                        }>
                        {t::DOWNLOAD}</button>
                    " "
                    <button type="button" class="knop" on:click=|_| { let _ = web_sys::window().map(|w| w.print()); }>{t::AFDRUKKEN}</button>
                </p>
            }
        })
    };
    view! {
        <div class="pagina">
            <a class="skiplink" href="#groep-kop">{crate::teksten::NAAR_UITKOMST}</a>
            <header class="kop"><p class="kop__merk">{crate::teksten::MERK}</p></header>
            <main id="inhoud" aria-labelledby="titel">
                <h1 id="titel">{t::TITEL}</h1>
                <p class="afdruk-alleen">{t::afdrukkop(&crate::klok::vandaag().nl(), rekenkern::params::VERSIE)}</p>
                <p class="intro">{t::INTRO}</p>
                <p class="geen-afdruk"><a href="./">{t::TERUG}</a></p>
                <section class="formulier geen-afdruk" aria-label=t::BESTAND.0>
                    <div class="veld">
                        <label for="groep-bestand">{t::BESTAND.0}</label>
                        <p class="hint" id="groep-bestand-hint">{t::BESTAND.1}</p>
                        <input type="file" id="groep-bestand" accept=".csv,.txt,text/csv,text/plain" aria-describedby="groep-bestand-hint"
                            on:change=move |ev| bestand::lees_gekozen(&ev, MAX_BYTES, move |r| match r {
                                Ok(bytes) => staat.open_bytes(&bytes),
                                Err(fout) => staat.fout.set(Some(fout.into())),
                            }) />
                    </div>
                    <p>
                        <button type="button" class="knop" id="groep-voorbeeld" on:click=move |_| staat.open(VOORBEELD.to_string())>{t::VOORBEELD}</button>
                        " "
                        <a href=voorbeeld_href download="voorbeeld-medewerkers.csv">{t::VOORBEELD_DOWNLOAD}</a>
                    </p>
                    <div class="veld">
                        <label for="groep-plak">{t::PLAKKEN.0}</label>
                        <p class="hint" id="groep-plak-hint">{t::PLAKKEN.1}</p>
                        <textarea id="groep-plak" rows="5" class="plakveld" aria-describedby="groep-plak-hint" spellcheck="false"
                            prop:value=move || geplakt.get() on:input=move |ev| geplakt.set(event_target_value(&ev))></textarea>
                        <p><button type="button" class="knop" id="groep-bereken" on:click=move |_| staat.open(geplakt.get_untracked())>{t::BEREKEN}</button></p>
                    </div>
                    <details class="uitleg">
                        <summary>{t::KOLOMMEN}</summary>
                        <p>{t::KOLOMMEN_UITLEG}</p>
                        <p>{t::KOLOM_ID}</p>
                    </details>
                </section>
                <section class="uitkomst" aria-labelledby="groep-kop">
                    <h2 id="groep-kop">{t::UITKOMST}</h2>
                    <p role="status" id="groep-status">{move || staat.voortgang.get().map(|(k, n)| t::voortgang(k, n))}</p>
                    <div role="alert">{move || staat.fout.get().map(|f| view! { <p class="melding melding--fout" id="groep-fout">{f}</p> })}</div>
                    <p id="groep-codering">{move || staat.codering.get().map(|c| t::codering(c.naam()))}</p>
                    {move || staat.kolomstap.get().map(|stap| view! {
                        <kolomstap::Kolomstap stap=stap bereken=move |tekst, keuzes| staat.reken(tekst, keuzes) />
                    })}
                    <fieldset class="periode geen-afdruk">
                        <legend>{t::PERIODE.0}</legend>
                        {t::PERIODE.1.iter().map(|(w, label)| {
                            let p = if *w == "jaar" { Periode::Jaar } else { Periode::Maand };
                            let id = format!("groep-periode-{w}");
                            view! {
                                <span class="periode__optie">
                                    <input type="radio" id=id.clone() name="groep-periode" prop:checked=move || staat.periode.get() == p
                                        on:change=move |_| staat.periode.set(p) />
                                    <label for=id>{*label}</label>
                                </span>
                            }
                        }).collect_view()}
                    </fieldset>
                    <p class="hint">{t::JAAR_UITLEG}</p>
                    {uitkomst}
                </section>
            </main>
            <footer class="voet"><p>{t::VOET}</p></footer>
        </div>
    }
}
