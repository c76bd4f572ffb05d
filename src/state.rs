//! The app state: the raw text of every field (kept exactly as typed, so the cursor stays put),
//! one `Memo` that reads it through the core's scenario codec, and one `Memo` with the result.
//! The app does no arithmetic on money: it parses through the core and renders.

use leptos::prelude::*;
use rekenkern::gekozen::Keuzes;
use rekenkern::invoertabel::VELDEN;
use rekenkern::scenario::{decode, ontsnap, Gelezen, Melding, Soort};
use rekenkern::uitkomst::{Fout, Periode, Uitkomst};
use rekenkern::Datum;
use rekenkern::Sleutel;
use std::sync::Arc;

/// What the result area shows: the newest good result, and whether the input has changed since.
#[derive(Clone, Debug, PartialEq)]
pub struct Toon {
    /// The result (possibly from earlier input), shared: never deep-copied per component.
    pub uitkomst: Option<Arc<Uitkomst>>,
    /// True when the current input has errors and `uitkomst` belongs to earlier input.
    pub verouderd: bool,
    /// The scenario of `uitkomst` (canonical): what the link, the print and the pin carry, so a
    /// shared link opens the amounts on screen, never a mix of them and the valid half of the input.
    pub scenario: String,
}

/// The message next to one field (`None`: no message).
type Bericht = RwSignal<Option<String>>;

/// All state, shared through context.
#[derive(Clone, Copy)]
pub struct Staat {
    /// The text of each field, in the order of the input table (indexed by `Sleutel`).
    velden: StoredValue<Vec<RwSignal<String>>>,
    /// The message next to each field, set only when it changes (see `nieuw`); same order.
    meldingen: StoredValue<Vec<Bericht>>,
    /// Today (the default peildatum; the core never reads the clock).
    pub vandaag: Datum,
    /// Amounts per hour, month or year.
    pub periode: RwSignal<Periode>,
    /// Dense layout for jobcoaches.
    pub compact: RwSignal<bool>,
    /// Language of the page.
    pub taal: RwSignal<rekenkern::Taal>,
    /// The English texts are being loaded.
    pub taal_laden: RwSignal<bool>,
    /// The English texts could not be loaded.
    pub taal_fout: RwSignal<bool>,
    /// The scenario keys of the values the tables lack on the peildatum of the result shown (their
    /// fields stand in the provisional notice, not in "meer instellingen"). Follows the result
    /// shown, so a field does not jump away while its input is being corrected.
    pub in_melding: Memo<Vec<String>>,
    /// Reports about the link the page was opened with.
    pub link_meldingen: RwSignal<Vec<Melding>>,
    /// The scenario as read from the fields.
    pub gelezen: Memo<Gelezen>,
    /// The choices of the fields as they apply, with the core's defaults (never derived here).
    pub keuzes: Memo<Keuzes>,
    /// The calculation for the current input.
    pub resultaat: Memo<Result<Arc<Uitkomst>, Vec<Fout>>>,
    /// What to show (keeps the last good result when the input is wrong).
    pub toon: Memo<Toon>,
    /// The pinned scenario (canonical), to compare with (`vast=` in the link).
    pub vast: RwSignal<Option<String>>,
    /// The calculation of the pinned scenario.
    pub vast_uitkomst: Memo<Option<Result<Uitkomst, Vec<Fout>>>>,
}

impl Staat {
    /// Creates the state with `vandaag` as default date and the fields filled from `start`.
    pub fn nieuw(vandaag: Datum) -> Staat {
        let velden = StoredValue::new(VELDEN.iter().map(|_| RwSignal::new(String::new())).collect::<Vec<_>>());
        let meldingen = StoredValue::new(VELDEN.iter().map(|_| RwSignal::new(None)).collect::<Vec<_>>());
        let scenario = move || {
            velden.with_value(|v| {
                rekenkern::scenario::uit_velden(VELDEN.iter().zip(v).map(|(veld, s)| (veld.naam, s.get())))
            })
        };
        let gelezen = Memo::new(move |_| decode(&scenario()));
        let keuzes = Memo::new(move |_| gelezen.with(|g| Keuzes::van(&g.invoer)));
        let resultaat = Memo::new(move |_| gelezen.with(|g| rekenkern::bereken(&g.invoer, vandaag).map(Arc::new)));
        let toon = Memo::new(move |vorige: Option<&Toon>| {
            let invoerfout = gelezen.with(|g| !g.meldingen.is_empty());
            let nu = gelezen.with(|g| rekenkern::scenario::encode(&g.invoer));
            let eerder = vorige.filter(|v| v.uitkomst.is_some());
            // A field with an error keeps the last good result, and with it the scenario it belongs
            // to (the link then opens those amounts, not the valid half of the input). A calculation
            // that asks for values (no field wrong) is this input's own state: its link is this one.
            let scenario = match eerder {
                Some(v) if invoerfout => v.scenario.clone(),
                _ => nu,
            };
            match resultaat.get() {
                Ok(u) if !invoerfout => Toon { uitkomst: Some(u), verouderd: false, scenario },
                Ok(u) => {
                    Toon { uitkomst: eerder.and_then(|v| v.uitkomst.clone()).or(Some(u)), verouderd: true, scenario }
                }
                Err(_) => Toon { uitkomst: eerder.and_then(|v| v.uitkomst.clone()), verouderd: true, scenario },
            }
        });
        // Vec<String>, not Vec<&str>: the same memo type as the form's list of missing values, so
        // the wasm carries its code once (issue 19 measured about 0,5 KB).
        let in_melding = Memo::new(move |_| {
            // With voorlopig=nee there is no notice: the fields stay in "meer instellingen".
            if gelezen.with(|g| g.invoer.voorlopig == Some(false)) {
                return Vec::new();
            }
            toon.with(|t| {
                let mut sleutels: Vec<String> = Vec::new();
                for k in t.uitkomst.iter().flat_map(|u| u.niet_bekend.iter()).filter_map(|n| n.sleutel) {
                    if !sleutels.iter().any(|s| s == k.naam()) {
                        sleutels.push(k.naam().to_string());
                    }
                }
                sleutels
            })
        });
        // One effect sets the message of each field, and only the ones that changed. A memo per field
        // made some 50 subscribers of `gelezen` and `resultaat`, all notified and re-run on every
        // keystroke (issue 9: that was the largest part of typing → figure).
        let taal = RwSignal::new(rekenkern::Taal::Nl);
        Effect::new(move |_| {
            let taal = taal.get();
            gelezen.with(|g| {
                resultaat.with(|r| {
                    meldingen.with_value(|m| {
                        for (veld, signaal) in VELDEN.iter().zip(m) {
                            let nieuw = melding_bij(g, r, veld.sleutel, taal);
                            if signaal.with_untracked(|oud| *oud != nieuw) {
                                signaal.set(nieuw);
                            }
                        }
                    });
                });
            });
        });
        let vast: RwSignal<Option<String>> = RwSignal::new(None);
        let vast_uitkomst =
            Memo::new(move |_| vast.with(|v| v.as_deref().map(|s| rekenkern::bereken(&decode(s).invoer, vandaag))));
        Staat {
            vast,
            vast_uitkomst,
            vandaag,
            velden,
            meldingen,
            periode: RwSignal::new(Periode::Maand),
            compact: RwSignal::new(false),
            taal,
            taal_laden: RwSignal::new(false),
            taal_fout: RwSignal::new(false),
            in_melding,
            link_meldingen: RwSignal::new(Vec::new()),
            gelezen,
            keuzes,
            resultaat,
            toon,
        }
    }

    /// The text signal of a field. Every key has one: the list is made from the input table.
    pub fn veld(&self, sleutel: Sleutel) -> RwSignal<String> {
        self.velden.with_value(|v| v.get(sleutel as usize).copied()).unwrap_or_else(|| RwSignal::new(String::new()))
    }

    /// Fills the fields from a scenario string (a link); returns what could not be used.
    pub fn laad(&self, tekst: &str, extra: &[&str]) -> Gelezen {
        let g = rekenkern::scenario::decode_met(tekst, extra);
        self.velden.with_value(|v| {
            for (veld, s) in VELDEN.iter().zip(v) {
                // The canonical value; a decimal number with the Dutch comma.
                let w = (veld.schrijf)(&g.invoer).unwrap_or_default();
                s.set(if veld.vorm.is_decimaal() { w.replace('.', ",") } else { w });
            }
        });
        g
    }

    /// The message next to a field, if any (link/typing errors first, then calculation errors).
    pub fn fout(&self, sleutel: Sleutel) -> Signal<Option<String>> {
        self.meldingen
            .with_value(|m| m.get(sleutel as usize).map(|s| (*s).into()))
            .unwrap_or_else(|| Signal::stored(None))
    }

    /// Sets the pinned scenario from the link's `vast=` value (already unescaped once by the decoder).
    /// What cannot be used is reported with the other link notices; an empty pin is no pin.
    pub fn zet_vast_uit_link(&self, waarde: Option<String>) {
        let Some(w) = waarde else {
            self.vast.set(None);
            return;
        };
        let g = decode(&w);
        if !g.meldingen.is_empty() {
            self.link_meldingen.update(|m| m.extend(g.meldingen.iter().cloned()));
        }
        self.vast.set(Some(rekenkern::scenario::encode(&g.invoer)));
    }

    /// The whole fragment: the scenario and the view keys (period, layout, pin, language).
    pub fn fragment(&self) -> String {
        let mut f = self.scenario();
        if self.periode.get() != rekenkern::uitkomst::Periode::Maand {
            f.push_str("&periode=");
            f.push_str(crate::url::periode_slug(self.periode.get()));
        }
        if self.compact.get() {
            f.push_str("&weergave=compact");
        }
        if let Some(v) = self.vast.get() {
            f.push_str("&vast=");
            f.push_str(&ontsnap(&v));
        }
        if self.taal.get() == rekenkern::Taal::En {
            f.push_str("&taal=en");
        }
        f
    }

    /// The link to this calculation (for the copy button and the print), without waiting for the URL.
    pub fn link(&self) -> String {
        let adres = crate::url::adres();
        let basis = adres.split('#').next().unwrap_or_default();
        format!("{basis}#{}", self.fragment())
    }

    /// The scenario string for the URL, the link and the pin: the one of the amounts shown (while a
    /// field has an error, the last input without one).
    pub fn scenario(&self) -> String {
        self.toon.with(|t| t.scenario.clone())
    }
}

/// The message for one field: what the link or typing got wrong first, then a calculation error.
fn melding_bij(
    g: &Gelezen,
    r: &Result<Arc<Uitkomst>, Vec<Fout>>,
    sleutel: Sleutel,
    taal: rekenkern::Taal,
) -> Option<String> {
    let invoer = g.meldingen.iter().find(|m| m.sleutel == sleutel.naam()).map(|m| match &m.soort {
        Soort::Ongeldig(b) => crate::teksten::vertaal(b, taal).to_string(),
        _ => m.tekst_in(taal),
    });
    invoer.or_else(|| match r {
        Err(fouten) => fouten.iter().find(|f| f.veld() == Some(sleutel)).map(|f| f.tekst_in(taal)),
        Ok(_) => None,
    })
}
