//! "Meerdere medewerkers tegelijk": a CSV file (chosen or pasted) or a spreadsheet (.xlsx, .ods:
//! read in a Web Worker with its own wasm, loaded only then, [`werker`]) is read in the browser a
//! part at a time; each part's rows are calculated in one of the page's calculating workers
//! ([`rekenaars`], one per core: the core's `batch` function, the same as `rekenhulp batch`), and
//! the answers are collected in file order with the totals as they come (issue 34, ADR 0027). The
//! page's own thread stays free. Nothing of the file is stored or put in the URL; the own reference
//! (`id`) appears on screen and in the download only. Its own page and wasm (`meerdere.html`), so
//! the single-employee page does not carry it (ADR 0016).

mod bestand;
mod jaarwissel;
mod kolomstap;
mod plek;
mod rekenaars;
mod rekenblad;
mod tabel;
mod verdeling;
mod werker;

use crate::teksten::meerdere as t;
use crate::teksten::{NETTO_FORFAIT, NETTO_METING};
use leptos::prelude::*;
use rekenaars::Rekenaars;
use rekenkern::batch::{self, Inhoud, Rij, Totalen, Werkmap};
use rekenkern::getal::euro;
use rekenkern::uitkomst::Periode;
use rekenkern::Datum;
use std::collections::VecDeque;
use std::rc::Rc;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// Rows per part for a calculating worker (a row is its month and the twelve months of its calendar
/// year): small enough for frequent progress and little waiting at the end, large enough that
/// handing over costs little (docs/performance.md).
const DEEL: usize = 250;
/// Parts in flight per worker: the next part waits in its queue while it calculates one.
const ONDERWEG_PER_WERKER: usize = 2;
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

/// What the user said unrecognised columns hold (`batch::Keuzes`, owned).
type Kolomkeuzes = Vec<(String, Option<&'static str>)>;

/// A calculated file.
#[derive(Clone)]
pub struct Verwerkt {
    /// Separator of the input, used again for the download.
    pub scheiding: u8,
    /// Every row, in file order.
    pub rijen: Arc<Vec<Rij>>,
    /// The totals per month and per calendar year, counted as the rows came.
    pub totalen: Arc<[Totalen; 2]>,
    /// What was read, and the column choices: read again for December and January (on demand).
    pub invoer: Invoer,
    /// The column choices.
    pub keuzes: Vec<(String, Option<&'static str>)>,
    /// What an empty loonwaarde meant in this calculation: December and January use the same.
    pub zonder_loonwaarde: batch::ZonderLoonwaarde,
}

/// The index of a period's totals in [`Verwerkt::totalen`].
fn index(periode: Periode) -> usize {
    usize::from(periode == Periode::Jaar)
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
    /// What the status line says when nothing is at work (the calculation was stopped).
    melding: RwSignal<Option<&'static str>>,
    /// The calculating workers, started when the page opens and kept for the next file.
    rekenaars: StoredValue<Option<Rc<Rekenaars>>, LocalStorage>,
    /// How many workers calculate (on the status line as `data-werkers`, for the benchmark).
    werkers: RwSignal<usize>,
    /// The totals so far, per month and per calendar year, while calculating.
    tussenstand: RwSignal<Option<(usize, [Totalen; 2])>>,
    uitkomst: RwSignal<Option<Verwerkt>>,
    periode: RwSignal<Periode>,
    /// Begeleiding, opbrengst and budget for the cost of a place (kept across files).
    plek: plek::Plekvelden,
    /// What an empty loonwaarde means (docs/adr/0026); shown whenever a file has such rows.
    zonder_loonwaarde: RwSignal<batch::ZonderLoonwaarde>,
    /// Rows without a loonwaarde in the input calculated last (kept while it is calculated again).
    zonder_aantal: RwSignal<usize>,
    /// The input calculated last, with its column choices: calculated again when the choice changes.
    laatste: StoredValue<Option<(Invoer, Kolomkeuzes)>>,
    /// The lines were pasted (not a file): the messages say where to correct them.
    geplakt: RwSignal<bool>,
    /// A button started the calculation: focus goes to the result when it is done (WCAG 2.4.3).
    focus_na: StoredValue<bool>,
    /// The status line once the calculation is done: its summary (WCAG 4.1.3).
    klaar: RwSignal<Option<String>>,
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

    /// The workers, started when needed.
    fn rekenaars(self) -> Result<Rc<Rekenaars>, &'static str> {
        // A pool whose script could not load (offline) is tried again.
        if let Some(r) = self.rekenaars.with_value(Clone::clone).filter(|r| !r.kapot()) {
            return Ok(r);
        }
        let r = Rc::new(Rekenaars::start()?);
        self.werkers.set(r.aantal());
        self.rekenaars.set_value(Some(r.clone()));
        Ok(r)
    }

    /// Stops a running calculation at once: its workers end (new ones start for the next file).
    fn stop_rekenen(self) {
        self.generatie.set_value(self.generatie.get_value().wrapping_add(1));
        if self.voortgang.get_untracked().is_some() {
            if let Some(r) = self.rekenaars.try_update_value(Option::take).flatten() {
                r.stop();
            }
        }
        self.voortgang.set(None);
        self.tussenstand.set(None);
    }

    /// Clears what an older file left (a running calculation stops at once).
    fn leeg(self) {
        self.stop_rekenen();
        self.melding.set(None);
        self.codering.set(None);
        self.kolomstap.set(None);
        self.rekenblad.set(None);
        self.uitkomst.set(None);
        self.voortgang.set(None);
        self.bezig.set(None);
        self.fout.set(None);
        self.klaar.set(None);
        self.zonder_aantal.set(0);
    }

    /// Reads a spreadsheet in the worker (`blad`: a sheet the user chose), then opens its sheet.
    /// While it reads, the page stays as it was; a file that cannot be read leaves it so, with the
    /// message.
    fn lees_rekenblad(self, bytes: Arc<Vec<u8>>, blad: Option<usize>) {
        self.stop_rekenen();
        let generatie = self.generatie.get_value();
        self.fout.set(None);
        self.melding.set(None);
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

    /// Reads a text or sheet with the user's column choices a part at a time and has the workers
    /// calculate the parts ([`rekenaars`]); the answers are taken in file order, the totals counted
    /// as they come. At most [`ONDERWEG_PER_WERKER`] parts per worker are read ahead, so the page
    /// never holds more of the rows than that (the results it keeps: they are the table).
    fn reken(self, invoer: Invoer, keuzes: Vec<(String, Option<&'static str>)>) {
        self.stop_rekenen();
        let bewaard = (invoer.clone(), keuzes.clone());
        let generatie = self.generatie.get_value();
        self.fout.set(None);
        self.klaar.set(None);
        self.melding.set(None);
        self.uitkomst.set(None);
        self.laatste.set_value(Some((invoer.clone(), keuzes.clone())));
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
            let rekenaars = match self.rekenaars() {
                Ok(r) => r,
                Err(e) => return self.fout.set(Some(e.into())),
            };
            // As the one-employee page: past the tables provisional, marked (ADR 0013); a row without
            // a loonwaarde as the user chose (ADR 0026).
            let opties = batch::Opties {
                zonder_loonwaarde: self.zonder_loonwaarde.get_untracked(),
                ..batch::Opties::app(self.vandaag)
            };
            let mut rijen: Vec<Rij> = Vec::with_capacity(geschat);
            let mut totalen = [Totalen::default(), Totalen::default()];
            let mut onderweg = VecDeque::new();
            let mut alles_gelezen = false;
            self.voortgang.set(Some((0, geschat)));
            loop {
                while !alles_gelezen && onderweg.len() < ONDERWEG_PER_WERKER * rekenaars.aantal() {
                    match lezer.volgende(DEEL) {
                        Ok(d) if d.is_empty() => alles_gelezen = true,
                        Ok(d) => {
                            // Rows that could not be read keep their message here; the rest is calculated.
                            let te_rekenen: Vec<_> = d
                                .iter()
                                .filter_map(|r| r.scenario.as_deref().ok().map(|s| (r.geboortedatum, s)))
                                .collect();
                            let antwoord = (!te_rekenen.is_empty())
                                .then(|| rekenaars.reken(&batch::pakket::rijen_naar_bytes(&opties, &te_rekenen)));
                            onderweg.push_back((d, antwoord));
                        }
                        Err(e) => {
                            self.stop_rekenen();
                            return self.fout.set(Some(e));
                        }
                    }
                }
                let Some((deel, antwoord)) = onderweg.pop_front() else { break };
                let figuren = match antwoord {
                    Some(a) => a.await,
                    None => Ok(Vec::new()),
                };
                if self.generatie.get_value() != generatie {
                    return; // stopped, or another file
                }
                let mut figuren = match figuren {
                    Ok(f) => f.into_iter(),
                    Err(e) => {
                        self.stop_rekenen();
                        return self.fout.set(Some(e));
                    }
                };
                for r in deel {
                    let (zonder_loonwaarde, uitkomst) = match r.scenario {
                        Ok(_) => figuren.next().unwrap_or_else(|| (None, Err(t::REKENEN_KAPOT.into()))),
                        Err(e) => (None, Err(e)),
                    };
                    let rij = Rij { regel: r.regel, referentie: r.referentie, uitkomst, zonder_loonwaarde };
                    totalen[0].tel(&rij, Periode::Maand);
                    totalen[1].tel(&rij, Periode::Jaar);
                    rijen.push(rij);
                }
                self.voortgang.set(Some((rijen.len(), geschat.max(rijen.len()))));
                self.tussenstand.set(Some((rijen.len(), totalen.clone())));
            }
            self.voortgang.set(None);
            self.tussenstand.set(None);
            if rijen.is_empty() {
                return self.fout.set(Some(t::LEEG.into()));
            }
            self.zonder_aantal.set(rijen.iter().filter(|r| r.zonder_loonwaarde.is_some()).count());
            // Said in the status line, which screen readers announce; the summary appears below it.
            let periode = self.periode.get_untracked();
            let per = if periode == Periode::Jaar { t::PER_JAAR } else { t::PER_MAAND };
            self.klaar.set(Some(t::klaar(&t::samenvatting_van(
                &totalen[index(periode)],
                per,
                self.geplakt.get_untracked(),
            ))));
            let totalen = Arc::new(totalen);
            let (invoer, keuzes) = bewaard;
            let rijen = Arc::new(rijen);
            self.uitkomst.set(Some(Verwerkt {
                scheiding: lezer.scheiding,
                rijen,
                totalen,
                invoer,
                keuzes,
                zonder_loonwaarde: opties.zonder_loonwaarde,
            }));
            if self.focus_na.get_value() {
                // A button started it: the focus goes to the result's heading.
                self.focus_na.set_value(false);
                let kop = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("groep-kop"));
                if let Some(kop) = kop.and_then(|k| k.dyn_into::<web_sys::HtmlElement>().ok()) {
                    let _ = kop.focus();
                }
            } else {
                // The stop button is gone: its focus goes to the result.
                focus_van_naar("groep-stop", "groep-kop");
            }
        });
    }

    /// Calculates the last input again (the meaning of an empty loonwaarde changed).
    fn herreken(self) {
        if let Some((invoer, keuzes)) = self.laatste.get_value() {
            self.reken(invoer, keuzes);
        }
    }
}

/// Moves the focus from an element that is about to go (`van`, if it has it) to `naar`.
fn focus_van_naar(van: &str, naar: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    if document.active_element().is_some_and(|e| e.id() == van) {
        if let Some(e) = document.get_element_by_id(naar).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = e.focus();
        }
    }
}

/// Totals for the group, the sentence, and the download.
#[component]
fn Totaal(v: Verwerkt, periode: Periode, geplakt: bool) -> impl IntoView {
    let totalen = &v.totalen[index(periode)];
    let per = if periode == Periode::Jaar { t::PER_JAAR } else { t::PER_MAAND };
    let (m, f) = (totalen.bedragen.nettokosten_meting, totalen.bedragen.nettokosten_forfait);
    let zin = t::samenvatting_van(totalen, per, geplakt);
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

/// What an empty loonwaarde means (docs/adr/0026): asked whenever the file has such rows, and
/// said in the print, where the choice itself is left out. A change calculates the file again.
#[component]
fn ZonderKeuze(staat: Staat) -> impl IntoView {
    let daarna = RwSignal::new(rekenkern::STANDAARD_LOONWAARDE.to_string());
    let fout = RwSignal::new(false);
    let gemeten = move || matches!(staat.zonder_loonwaarde.get(), batch::ZonderLoonwaarde::NietGemeten { .. });
    let kies = move |niet_gemeten: bool| {
        let keuze = if niet_gemeten {
            match daarna.get_untracked().trim().trim_end_matches('%').parse::<u8>().ok().filter(|l| *l <= 100) {
                Some(daarna) => batch::ZonderLoonwaarde::NietGemeten { daarna },
                None => return fout.set(true),
            }
        } else {
            batch::ZonderLoonwaarde::Weglaten
        };
        fout.set(false);
        if keuze != staat.zonder_loonwaarde.get_untracked() {
            staat.zonder_loonwaarde.set(keuze);
            staat.herreken();
        }
    };
    view! {
        <fieldset class="keuze zonder-loonwaarde melding melding--waarschuwing geen-afdruk" id="groep-zonder-loonwaarde"
            aria-describedby="groep-zonder-uitleg">
            <legend>{t::ZONDER_LOONWAARDE}</legend>
            <p class="hint" id="groep-zonder-uitleg">{move || t::zonder_loonwaarde_uitleg(staat.zonder_aantal.get())}</p>
            <div class="keuze__optie">
                <input type="radio" id="groep-zonder-weglaten" name="groep-zonder" prop:checked=move || !gemeten()
                    on:change=move |_| kies(false) />
                <label for="groep-zonder-weglaten">{t::ZONDER_WEGLATEN}</label>
            </div>
            <div class="keuze__optie">
                <input type="radio" id="groep-zonder-niet-gemeten" name="groep-zonder" prop:checked=gemeten
                    on:change=move |_| kies(true) />
                <label for="groep-zonder-niet-gemeten">{t::ZONDER_NIET_GEMETEN}</label>
            </div>
            <div class="veld" class:veld--fout=move || fout.get()>
                <label for="groep-zonder-daarna">{t::ZONDER_DAARNA.0}</label>
                <p class="hint" id="groep-zonder-daarna-hint">{t::ZONDER_DAARNA.1}</p>
                {move || fout.get().then(|| view! { <p class="foutmelding" id="groep-zonder-daarna-fout">{rekenkern::controle::bericht::LOONWAARDE}</p> })}
                <input type="text" inputmode="numeric" id="groep-zonder-daarna" autocomplete="off"
                    aria-describedby=move || if fout.get() { "groep-zonder-daarna-hint groep-zonder-daarna-fout" } else { "groep-zonder-daarna-hint" }
                    aria-invalid=move || if fout.get() { "true" } else { "false" }
                    prop:value=move || daarna.get()
                    on:input=move |ev| daarna.set(event_target_value(&ev))
                    on:change=move |_| if gemeten() { kies(true) } />
            </div>
        </fieldset>
        <p class="afdruk-alleen" id="groep-zonder-gekozen">{move || t::zonder_loonwaarde_gekozen(staat.zonder_aantal.get(), staat.zonder_loonwaarde.get())}</p>
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
        melding: RwSignal::new(None),
        rekenaars: StoredValue::new_local(None),
        werkers: RwSignal::new(0),
        tussenstand: RwSignal::new(None),
        uitkomst: RwSignal::new(None),
        periode: RwSignal::new(Periode::Maand),
        plek: plek::Plekvelden::nieuw(),
        zonder_loonwaarde: RwSignal::new(batch::ZonderLoonwaarde::default()),
        zonder_aantal: RwSignal::new(0),
        laatste: StoredValue::new(None),
        geplakt: RwSignal::new(false),
        focus_na: StoredValue::new(false),
        klaar: RwSignal::new(None),
    };
    // The workers start (their wasm loads) while the user chooses a file.
    gloo::timers::callback::Timeout::new(0, move || {
        let _ = staat.rekenaars();
    })
    .forget();
    let geplakt = RwSignal::new(String::new());
    let voorbeeld_href =
        format!("data:text/csv;charset=utf-8,{}", String::from(js_sys::encode_uri_component(VOORBEELD)));
    let uitkomst = move || {
        staat.uitkomst.get().map(|v| {
            let periode = staat.periode.get();
            let geplakt = staat.geplakt.get_untracked();
            let fouten: Vec<_> = v.rijen.iter().filter(|r| !r.weggelaten()).filter_map(|r| r.uitkomst.as_ref().err().map(|e| (r.regel, e.clone()))).collect();
            let weggelaten: Vec<u64> = v.rijen.iter().filter(|r| r.weggelaten()).map(|r| r.regel).collect();
            let download = v.clone();
            let xlsx = v.clone();
            view! {
                <Totaal v=v.clone() periode=periode geplakt=geplakt />
                {(!fouten.is_empty()).then(|| view! {
                    <div class="melding melding--fout" id="groep-fouten">
                        <h3>{t::FOUTEN}</h3>
                        <p>{if geplakt { t::FOUTEN_UITLEG_GEPLAKT } else { t::FOUTEN_UITLEG }}</p>
                        <ul>{fouten.iter().take(100).map(|(r, e)| view! { <li>{t::fout_regel(*r, e)}</li> }).collect_view()}</ul>
                    </div>
                })}
                {(!weggelaten.is_empty()).then(|| view! {
                    <div class="melding melding--waarschuwing" id="groep-weggelaten">
                        <h3>{t::WEGGELATEN}</h3>
                        <ul>{weggelaten.iter().take(100).map(|r| view! { <li>{t::fout_regel(*r, batch::teksten::ZONDER_LOONWAARDE)}</li> }).collect_view()}</ul>
                    </div>
                })}
                <verdeling::Verdeling rijen=v.rijen.clone() periode=periode />
                <plek::Plek rijen=v.rijen.clone() periode=periode velden=staat.plek />
                <tabel::Tabel rijen=v.rijen.clone() periode=periode totalen=v.totalen[index(periode)].clone() />
                <jaarwissel::Jaarwissel invoer=v.invoer.clone() keuzes=v.keuzes.clone() zonder_loonwaarde=v.zonder_loonwaarde vandaag=staat.vandaag />
                <p class="acties geen-afdruk">
                    <button type="button" class="knop knop--primair" id="groep-download"
                        on:click=move |_| {
                            let plek = staat.plek.invoer();
                            let periode = staat.periode.get_untracked();
                            let csv = batch::csv_met_plek(&download.rijen, periode, download.scheiding, plek.as_ref());
                            bestand::download(&csv, &t::bestandsnaam(periode, "csv"));
                        }>
                        {t::DOWNLOAD}</button>
                    " "
                    <button type="button" class="knop" id="groep-download-xlsx"
                        on:click=move |_| {
                            let plek = staat.plek.invoer();
                            let periode = staat.periode.get_untracked();
                            let tabel = batch::tabel(&xlsx.rijen, periode, plek.as_ref());
                            let map = Werkmap { soort: batch::werkblad::Soort::Xlsx, bladen: vec![tabel.naam.clone()], gekozen: 0, blad: tabel };
                            staat.bezig.set(Some(t::XLSX_MAKEN));
                            werker::schrijf(&map, move |r| {
                                staat.bezig.set(None);
                                match r {
                                    Ok(bytes) => bestand::download_bytes(&bytes, &t::bestandsnaam(periode, "xlsx"), bestand::XLSX),
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
                <p class="afdruk-alleen">{t::afdrukkop(&crate::klok::vandaag().nl(), &crate::teksten::versie())}</p>
                <p class="intro">{t::INTRO}</p>
                <p class="geen-afdruk"><a href="./">{t::TERUG}</a></p>
                <section class="formulier geen-afdruk" aria-label=t::BESTAND.0>
                    <div class="veld">
                        <label for="groep-bestand">{t::BESTAND.0}</label>
                        <p class="hint" id="groep-bestand-hint">{t::BESTAND.1}</p>
                        <input type="file" id="groep-bestand" accept=ACCEPT aria-describedby="groep-bestand-hint"
                            on:change=move |ev| bestand::lees_gekozen(&ev, MAX_BYTES, move |r| match r {
                                Ok(bytes) => {
                                    staat.geplakt.set(false);
                                    staat.open_bytes(bytes)
                                }
                                Err(fout) => staat.fout.set(Some(fout.into())),
                            }) />
                    </div>
                    <p>
                        <button type="button" class="knop" id="groep-voorbeeld" on:click=move |_| {
                            staat.geplakt.set(false);
                            staat.focus_na.set_value(true);
                            staat.open(Invoer::Tekst(Arc::new(VOORBEELD.to_string())), None)
                        }>{t::VOORBEELD}</button>
                        " "
                        <a href=voorbeeld_href download="voorbeeld-medewerkers.csv">{t::VOORBEELD_DOWNLOAD}</a>
                    </p>
                    <div class="veld">
                        <label for="groep-plak">{t::PLAKKEN.0}</label>
                        <p class="hint" id="groep-plak-hint">{t::PLAKKEN.1}</p>
                        <textarea id="groep-plak" rows="5" class="plakveld" aria-describedby="groep-plak-hint" spellcheck="false"
                            prop:value=move || geplakt.get() on:input=move |ev| geplakt.set(event_target_value(&ev))></textarea>
                        <p><button type="button" class="knop" id="groep-bereken" on:click=move |_| {
                            staat.geplakt.set(true);
                            staat.focus_na.set_value(true);
                            staat.open(Invoer::Tekst(Arc::new(geplakt.get_untracked())), None)
                        }>{t::BEREKEN}</button></p>
                    </div>
                    <details class="uitleg">
                        <summary>{t::KOLOMMEN}</summary>
                        <p>{t::KOLOMMEN_UITLEG}</p>
                        <p>{t::KOLOM_ID}</p>
                    </details>
                </section>
                <section class="uitkomst" aria-labelledby="groep-kop">
                    <h2 id="groep-kop" tabindex="-1">{t::UITKOMST}</h2>
                    // While busy the status line shows the progress (or that it stopped); when done it
                    // says the summary to screen readers only, as the summary stands in bold right below
                    // it (once on screen).
                    <p role="status" id="groep-status" data-werkers=move || staat.werkers.get().to_string()
                        class=("sr-only", move || staat.bezig.with(Option::is_none) && staat.voortgang.with(Option::is_none)
                            && staat.melding.with(Option::is_none))>{move || {
                        staat.bezig.get().map(String::from)
                            .or_else(|| staat.voortgang.get().map(|(k, n)| t::voortgang(k, n)))
                            .or_else(|| staat.melding.get().map(String::from))
                            .or_else(|| staat.klaar.get())
                    }}</p>
                    {move || staat.voortgang.get().is_some().then(|| view! {
                        <p class="geen-afdruk">
                            <button type="button" class="knop" id="groep-stop" on:click=move |_| {
                                staat.stop_rekenen();
                                staat.melding.set(Some(t::GESTOPT));
                                focus_van_naar("groep-stop", "groep-bestand");
                            }>{t::STOPPEN}</button>
                        </p>
                    })}
                    <p id="groep-tussenstand">{move || staat.tussenstand.get().map(|(klaar, totalen)| {
                        let periode = staat.periode.get();
                        let tot = &totalen[index(periode)];
                        let per = if periode == Periode::Jaar { t::PER_JAAR } else { t::PER_MAAND };
                        t::tussenstand(klaar, &euro(tot.bedragen.nettokosten_meting), &euro(tot.bedragen.nettokosten_forfait), per)
                    })}</p>
                    <div role="alert">{move || staat.fout.get().map(|f| view! { <p class="melding melding--fout" id="groep-fout">{f}</p> })}</div>
                    <p id="groep-codering">{move || staat.codering.get().map(|c| t::codering(c.naam()))}</p>
                    {move || staat.rekenblad.get().map(|g| view! {
                        <rekenblad::Keuze gelezen=g
                            ander_blad=move |bytes, blad| staat.lees_rekenblad(bytes, Some(blad))
                            andere_kopregel=move |bytes, werkmap, rij| staat.open(Invoer::Blad { werkmap, kopregel: Some(rij) }, Some(bytes)) />
                    })}
                    {move || staat.kolomstap.get().map(|stap| view! {
                        <kolomstap::Kolomstap stap=stap bereken=move |invoer, keuzes| {
                            staat.focus_na.set_value(true);
                            staat.reken(invoer, keuzes)
                        } />
                    })}
                    <Show when=move || { staat.zonder_aantal.get() > 0 }>
                        <ZonderKeuze staat=staat />
                    </Show>
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
