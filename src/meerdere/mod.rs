//! "Meerdere medewerkers tegelijk": a CSV file (chosen or pasted) or a spreadsheet (.xlsx, .ods:
//! read in a Web Worker with its own wasm, loaded only then, [`werker`]) is read in the browser, each
//! row calculated by the core's `batch` module (the same functions as `rekenhulp batch`), in
//! chunks between frames so 10,000 rows never freeze the page. Nothing of the file is stored or
//! put in the URL; the own reference (`id`) appears on screen and in the download only.
//! Its own page and wasm (`meerdere.html`), so the single-employee page does not carry it (ADR 0016).

mod bestand;
mod jaarwissel;
mod kolomstap;
mod plek;
mod rekenblad;
mod tabel;
mod verdeling;
mod werker;

use crate::teksten::meerdere as t;
use crate::teksten::{NETTO_FORFAIT, NETTO_METING};
use leptos::prelude::*;
use rekenkern::batch::{self, Inhoud, Rij, Totalen, Werkmap};
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
/// Files the chooser offers (any file is read by its content; this only filters the dialog).
const ACCEPT: &str = ".csv,.txt,.xlsx,.ods,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.oasis.opendocument.spreadsheet";
/// The example file (also served as `voorbeeld-medewerkers.csv`).
const VOORBEELD: &str = include_str!("../../static/voorbeeld-medewerkers.csv");

/// What a calculation reads: a CSV text, or a spreadsheet's sheet (read in the worker) with the
/// header row the user chose (`None`: the first row with known column names).
#[derive(Clone)]
pub enum Invoer {
    /// A decoded or pasted text.
    Tekst(Arc<String>),
    /// A read workbook.
    Blad {
        /// The workbook, with the sheet read.
        werkmap: Arc<Werkmap>,
        /// The header row, when the user chose one.
        kopregel: Option<u64>,
    },
}

impl Invoer {
    fn bron(&self) -> batch::Bron<'_> {
        match self {
            Invoer::Tekst(t) => batch::Bron::Tekst(t),
            Invoer::Blad { werkmap, kopregel } => batch::Bron::Blad { blad: &werkmap.blad, kopregel: *kopregel },
        }
    }

    /// About how many rows, for the progress line.
    fn geschat(&self) -> usize {
        match self {
            // A quoted field over two lines makes this a little high.
            Invoer::Tekst(t) => t.lines().filter(|r| !r.trim().is_empty()).count().saturating_sub(1),
            Invoer::Blad { werkmap, .. } => werkmap.blad.rijen.len().saturating_sub(1),
        }
    }
}

/// A calculated file.
#[derive(Clone)]
pub struct Verwerkt {
    /// Separator of the input, used again for the download.
    pub scheiding: u8,
    /// Every row, in file order.
    pub rijen: Arc<Vec<Rij>>,
    /// What was read, and the column choices: read again for December and January (on demand).
    pub invoer: Invoer,
    /// The column choices.
    pub keuzes: Vec<(String, Option<&'static str>)>,
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
    /// A chosen spreadsheet: which sheet and header row were read, and the choice of others.
    rekenblad: RwSignal<Option<rekenblad::Gelezen>>,
    /// A worker at work (reading a spreadsheet, making an .xlsx): said in the status line.
    bezig: RwSignal<Option<&'static str>>,
    uitkomst: RwSignal<Option<Verwerkt>>,
    periode: RwSignal<Periode>,
    /// Begeleiding, opbrengst and budget for the cost of a place (kept across files).
    plek: plek::Plekvelden,
}

impl Staat {
    /// A chosen file's bytes, recognised by their content: a text is decoded (UTF-8 or Windows-1252,
    /// said on the page) and opened; a spreadsheet goes to the reader in its worker.
    fn open_bytes(self, bytes: Vec<u8>) {
        let melding = match batch::herken(&bytes) {
            Inhoud::Tekst => {
                let (tekst, codering) = batch::decodeer(&bytes);
                self.open(Invoer::Tekst(Arc::new(tekst)), None);
                return self.codering.set(Some(codering));
            }
            Inhoud::Werkmap(_) => return self.lees_rekenblad(Arc::new(bytes), None),
            Inhoud::Versleuteld => batch::teksten::WACHTWOORD,
            Inhoud::Xlsb => batch::teksten::XLSB,
            Inhoud::Xls => batch::teksten::XLS,
            Inhoud::Anders => batch::teksten::GEEN_REKENBLAD,
        };
        // Nothing is lost: what the page shows of an earlier file stays, with the message above it.
        self.fout.set(Some(melding.into()));
    }

    /// Clears what an older file left (a running calculation stops at its next turn).
    fn leeg(self) {
        self.generatie.set_value(self.generatie.get_value().wrapping_add(1));
        self.codering.set(None);
        self.kolomstap.set(None);
        self.rekenblad.set(None);
        self.uitkomst.set(None);
        self.voortgang.set(None);
        self.bezig.set(None);
        self.fout.set(None);
    }

    /// Reads a spreadsheet in the worker (`blad`: a sheet the user chose), then opens its sheet.
    /// While it reads, the page stays as it was; a file that cannot be read leaves it so, with the
    /// message.
    fn lees_rekenblad(self, bytes: Arc<Vec<u8>>, blad: Option<usize>) {
        let generatie = self.generatie.get_value().wrapping_add(1);
        self.generatie.set_value(generatie);
        self.fout.set(None);
        self.bezig.set(Some(t::REKENBLAD_LEZEN));
        let bewaard = bytes.clone();
        werker::lees(&bytes, blad, move |r| {
            if self.generatie.get_value() != generatie {
                return; // another file was chosen meanwhile
            }
            self.bezig.set(None);
            match r {
                Ok(m) => self.open(Invoer::Blad { werkmap: Arc::new(m), kopregel: None }, Some(bewaard)),
                Err(e) => self.fout.set(Some(e)),
            }
        });
    }

    /// Opens a text or sheet: when every column is recognised it is calculated at once; otherwise
    /// the column step comes first, with a preview of the first rows, and nothing is calculated yet.
    /// `bytes`: a spreadsheet's file, kept to read another of its sheets.
    fn open(self, invoer: Invoer, bytes: Option<Arc<Vec<u8>>>) {
        self.leeg();
        let voorbeeld = batch::voorbeeld(invoer.bron(), &[], VOORBEELD_RIJEN);
        if let (Invoer::Blad { werkmap, kopregel }, Some(bytes)) = (&invoer, bytes) {
            self.rekenblad.set(Some(rekenblad::Gelezen::nieuw(
                bytes,
                werkmap.clone(),
                voorbeeld.as_ref().map(|v| v.kopregel).ok().or(*kopregel),
                voorbeeld.as_ref().map(|v| v.totaalregels.clone()).unwrap_or_default(),
            )));
        }
        match voorbeeld {
            Err(e) => self.fout.set(Some(e)),
            Ok(v) if v.kolommen.iter().any(|k| k.betekenis == batch::Betekenis::Onbekend) => {
                self.kolomstap.set(Some(kolomstap::Stap::nieuw(invoer, v)));
            }
            Ok(_) => self.reken(invoer, Vec::new()),
        }
    }

    /// Reads and calculates a text with the user's column choices, a part at a time with a turn for
    /// the browser in between.
    fn reken(self, invoer: Invoer, keuzes: Vec<(String, Option<&'static str>)>) {
        let bewaard = (invoer.clone(), keuzes.clone());
        let generatie = self.generatie.get_value().wrapping_add(1);
        self.generatie.set_value(generatie);
        self.fout.set(None);
        self.uitkomst.set(None);
        let geschat = invoer.geschat();
        leptos::task::spawn_local(async move {
            let mut lezer = match batch::Lezer::nieuw(invoer.bron(), &keuzes) {
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
            let (invoer, keuzes) = bewaard;
            self.uitkomst.set(Some(Verwerkt { scheiding: lezer.scheiding, rijen: Arc::new(rijen), invoer, keuzes }));
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
        rekenblad: RwSignal::new(None),
        bezig: RwSignal::new(None),
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
            let xlsx = v.clone();
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
                <jaarwissel::Jaarwissel invoer=v.invoer.clone() keuzes=v.keuzes.clone() vandaag=staat.vandaag />
                <p class="acties geen-afdruk">
                    <button type="button" class="knop knop--primair" id="groep-download"
                        on:click=move |_| {
                            let plek = staat.plek.invoer();
                            let csv = batch::csv_met_plek(&download.rijen, staat.periode.get_untracked(), download.scheiding, plek.as_ref());
                            bestand::download(&csv, "uitkomst-medewerkers.csv");
                        }>
                        {t::DOWNLOAD}</button>
                    " "
                    <button type="button" class="knop" id="groep-download-xlsx"
                        on:click=move |_| {
                            let plek = staat.plek.invoer();
                            let tabel = batch::tabel(&xlsx.rijen, staat.periode.get_untracked(), plek.as_ref());
                            let map = Werkmap { soort: batch::werkblad::Soort::Xlsx, bladen: vec![tabel.naam.clone()], gekozen: 0, blad: tabel };
                            staat.bezig.set(Some(t::XLSX_MAKEN));
                            werker::schrijf(&map, move |r| {
                                staat.bezig.set(None);
                                match r {
                                    Ok(bytes) => bestand::download_bytes(&bytes, "uitkomst-medewerkers.xlsx", bestand::XLSX),
                                    Err(e) => staat.fout.set(Some(e)),
                                }
                            });
                        }>
                        {t::DOWNLOAD_XLSX}</button>
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
                        <input type="file" id="groep-bestand" accept=ACCEPT aria-describedby="groep-bestand-hint"
                            on:change=move |ev| bestand::lees_gekozen(&ev, MAX_BYTES, move |r| match r {
                                Ok(bytes) => staat.open_bytes(bytes),
                                Err(fout) => staat.fout.set(Some(fout.into())),
                            }) />
                    </div>
                    <p>
                        <button type="button" class="knop" id="groep-voorbeeld" on:click=move |_| staat.open(Invoer::Tekst(Arc::new(VOORBEELD.to_string())), None)>{t::VOORBEELD}</button>
                        " "
                        <a href=voorbeeld_href download="voorbeeld-medewerkers.csv">{t::VOORBEELD_DOWNLOAD}</a>
                    </p>
                    <div class="veld">
                        <label for="groep-plak">{t::PLAKKEN.0}</label>
                        <p class="hint" id="groep-plak-hint">{t::PLAKKEN.1}</p>
                        <textarea id="groep-plak" rows="5" class="plakveld" aria-describedby="groep-plak-hint" spellcheck="false"
                            prop:value=move || geplakt.get() on:input=move |ev| geplakt.set(event_target_value(&ev))></textarea>
                        <p><button type="button" class="knop" id="groep-bereken" on:click=move |_| staat.open(Invoer::Tekst(Arc::new(geplakt.get_untracked())), None)>{t::BEREKEN}</button></p>
                    </div>
                    <details class="uitleg">
                        <summary>{t::KOLOMMEN}</summary>
                        <p>{t::KOLOMMEN_UITLEG}</p>
                        <p>{t::KOLOM_ID}</p>
                    </details>
                </section>
                <section class="uitkomst" aria-labelledby="groep-kop">
                    <h2 id="groep-kop">{t::UITKOMST}</h2>
                    <p role="status" id="groep-status">{move || {
                        staat.bezig.get().map(String::from).or_else(|| staat.voortgang.get().map(|(k, n)| t::voortgang(k, n)))
                    }}</p>
                    <div role="alert">{move || staat.fout.get().map(|f| view! { <p class="melding melding--fout" id="groep-fout">{f}</p> })}</div>
                    <p id="groep-codering">{move || staat.codering.get().map(|c| t::codering(c.naam()))}</p>
                    {move || staat.rekenblad.get().map(|g| view! {
                        <rekenblad::Keuze gelezen=g
                            ander_blad=move |bytes, blad| staat.lees_rekenblad(bytes, Some(blad))
                            andere_kopregel=move |bytes, werkmap, rij| staat.open(Invoer::Blad { werkmap, kopregel: Some(rij) }, Some(bytes)) />
                    })}
                    {move || staat.kolomstap.get().map(|stap| view! {
                        <kolomstap::Kolomstap stap=stap bereken=move |invoer, keuzes| staat.reken(invoer, keuzes) />
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
