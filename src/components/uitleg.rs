//! Explanations rendered from the core's trail: per figure (formula, inputs with date and
//! source, legal basis), the whole trail, assumptions, warnings, scope and sources.

use crate::components::{details_open, toon_waarde, Getoond};
use crate::teksten::{self, herkomst as hk, taal, vertaal};
use leptos::prelude::*;
use rekenkern::bron::Zekerheid;
use rekenkern::getal::euro;
use rekenkern::uitleg::{Herkomst, Id, Spoor, Stap};
use rekenkern::Taal;
use rekenkern::Uitkomst;

fn herkomst(h: Herkomst, taal: Taal) -> String {
    match h {
        Herkomst::Tabel { vanaf } => format!("{} {}", vertaal(hk::GELDT_VANAF, taal), vanaf.nl()),
        Herkomst::Voorgenomen { beoogd_vanaf } => format!("{} {}", vertaal(hk::VOORGENOMEN, taal), beoogd_vanaf.nl()),
        Herkomst::Voorlopig { vanaf } => format!("{} {}", vertaal(hk::VOORLOPIG, taal), vanaf.nl()),
        Herkomst::Aangekondigd { vanaf } => format!("{} {}", vertaal(hk::AANGEKONDIGD, taal), vanaf.nl()),
        Herkomst::Conventie => vertaal(hk::CONVENTIE, taal).into(),
        Herkomst::Gebruiker => vertaal(hk::GEBRUIKER, taal).into(),
        Herkomst::Aangenomen => vertaal(hk::AANGENOMEN, taal).into(),
    }
}

fn zekerheid(z: Zekerheid, taal: Taal) -> &'static str {
    vertaal(
        match z {
            Zekerheid::Wettekst => hk::WETTEKST,
            Zekerheid::Secundair => hk::SECUNDAIR,
            Zekerheid::Kamerbrief => hk::KAMERBRIEF,
            Zekerheid::Afgeleid => hk::AFGELEID,
        },
        taal,
    )
}

/// The inputs of one step as a list.
fn invoer_lijst(spoor: &Spoor, stap: &Stap, taal: Taal) -> impl IntoView {
    invoer_lijst_van(spoor, stap, |_| true, taal)
}

/// The inputs of one step for which `toon` holds, as a list.
fn invoer_lijst_van(spoor: &Spoor, stap: &Stap, toon: impl Fn(&str) -> bool, taal: Taal) -> impl IntoView {
    let items: Vec<_> = stap.gebruikt().filter(|id| toon(id)).filter_map(|id| {
        if let Some(s) = spoor.zoek_stap(&Id(id)) {
            {
            let doel = format!("stap-{}", s.id);
            Some(view! { <li><a href=format!("#{doel}") on:click=move |ev| {
                // The steps are built when "alle stappen" opens: open it, then go to the step.
                if let Some(spoor) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("spoor")) {
                    let _ = spoor.set_attribute("open", "");
                }
                crate::url::ga_naar(&ev, &doel)
            }>{vertaal(s.label(), taal)}</a>": "{toon_waarde(s.waarde, s.eenheid, taal)}</li> }.into_any())
        }
        } else {
            spoor.zoek_gebruikt(&Id(id)).map(|g| {
                let link = (!g.bron.url().is_empty() && g.bron.url().starts_with("https://")).then_some(g.bron.url());
                // Each said once: a value the user gave (or one assumed for them) has no source but
                // that ("zelf ingevuld; Zelf ingevuld, schatting of afspraak" said it twice), and a
                // convention's own source already says it is one.
                let eigen = g.bron.id == rekenkern::bron::GEBRUIKER.id;
                let herkomst = match g.herkomst {
                    Herkomst::Conventie if g.bron.id == rekenkern::bron::CONVENTIE.id => None,
                    h if eigen => Some(herkomst(h, taal)),
                    h => Some(format!("{}; ", herkomst(h, taal))),
                };
                let bron = (!eigen).then(|| view! {
                    {match link {
                        Some(url) => view! { <a href=url rel="noopener noreferrer" target="_blank">{vertaal(g.bron.citaat(), taal)}</a> }.into_any(),
                        None => view! { <span>{vertaal(g.bron.citaat(), taal)}</span> }.into_any(),
                    }}
                    ", "{zekerheid(g.bron.zekerheid, taal)}
                });
                view! {
                    <li>{vertaal(g.label, taal)}": "<strong>{toon_waarde(g.waarde, g.eenheid, taal)}</strong>
                        " ("{herkomst}{bron}")"
                    </li>
                }.into_any()
            })
        }
    }).collect();
    view! { <ul class="uitleg__invoer">{items}</ul> }
}

/// A value of a step in an explanation's chain: an amount before its last rounding with its
/// decimals (so each step can be redone), a rounded line as the card shows it.
fn keten_waarde(s: &Stap, taal: Taal) -> String {
    use rekenkern::uitleg::{Bewerking, Eenheid};
    let eenheid = match s.eenheid {
        Eenheid::EuroPerJaar => Some(teksten::eenheid::PER_JAAR),
        Eenheid::EuroPerMaand => Some(teksten::eenheid::PER_MAAND),
        Eenheid::EuroPerUur => Some(teksten::eenheid::PER_UUR),
        _ => None,
    };
    match eenheid {
        Some(e) if matches!(s.bewerking, Bewerking::BreukOpCenten { .. } | Bewerking::Centen) => {
            format!("{} {}{}", euro(s.waarde), vertaal(e, taal), vertaal(teksten::AFGEROND, taal))
        }
        Some(e) => format!("{} {}", rekenkern::getal::euro_exact(s.waarde), vertaal(e, taal)),
        None => toon_waarde(s.waarde, s.eenheid, taal),
    }
}

/// The values a step of a chain used: a yearly step as a link into all steps, a used value with its
/// source. A step of the period is not repeated: it stands above it in the chain, and the formula
/// names it.
fn keten_invoer(spoor: &Spoor, stap: &Stap, taal: Taal) -> impl IntoView {
    invoer_lijst_van(spoor, stap, |id| !id.ends_with("_periode"), taal)
}

/// The body of one figure's explanation: in the period shown, every step from the law's exact
/// amounts to the card's cents (`rekenkern::uitkomst::periode::keten`), the last one the card.
fn stap_inhoud(uitkomst: &Uitkomst, stap: &'static str, periode: rekenkern::Periode, taal: Taal) -> Option<AnyView> {
    let spoor = uitkomst.spoor_per(periode);
    let keten = rekenkern::uitkomst::periode::keten(&spoor, stap);
    let s = uitkomst.spoor.zoek_stap(&Id(stap))?;
    let grondslag = s.grondslag;
    let kop = keten.last().copied().unwrap_or(s);
    let uitkomst_regel = match keten.last() {
        Some(laatste) => view! {
            <p class="uitleg__einde"><strong>{vertaal(teksten::UITKOMST_PREFIX, taal)}{keten_waarde(laatste, taal)}</strong>
                {vertaal(teksten::ZOALS_HIERBOVEN, taal)}</p>
        }
        .into_any(),
        None => view! {
            <p>{vertaal(teksten::UITKOMST_PREFIX, taal)}{toon_waarde(s.waarde, s.eenheid, taal)}{vertaal(teksten::NIET_AFGEROND, taal)}</p>
        }
        .into_any(),
    };
    let stappen = (!keten.is_empty()).then(|| {
        let lijst = keten
            .iter()
            .map(|k| {
                view! {
                    <li><strong>{vertaal(k.label(), taal)}</strong>": "{keten_waarde(k, taal)}
                        <br/><span class="uitleg__formule">{vertaal(k.formule(), taal)}</span>
                        {keten_invoer(&spoor, k, taal)}</li>
                }
            })
            .collect_view();
        view! { <ol class="uitleg__keten">{lijst}</ol> }
    });
    let invoer = keten.is_empty().then(|| invoer_lijst(&uitkomst.spoor, s, taal));
    Some(view! {
        <p><strong>{vertaal(kop.label(), taal)}</strong>" = "{vertaal(kop.formule(), taal)}</p>
        {uitkomst.spoor.rust_op(&Id(stap), |g| matches!(g.herkomst, Herkomst::Voorlopig { .. })).then(|| view! { <p class="uitleg__voorlopig">{vertaal(teksten::UITLEG_VOORLOPIG, taal)}</p> })}
        {uitkomst.spoor.is_aangekondigd(&Id(stap)).then(|| view! { <p class="uitleg__voorlopig">{vertaal(teksten::UITLEG_AANGEKONDIGD, taal)}</p> })}
        {matches!(stap, "lks_meting" | "lks_forfait" | "lks_lid5").then(|| uitkomst.grondslag_lks(taal)).flatten().map(|g| view! { <p class="uitleg__basis">{g}</p> })}
        {stappen}
        {invoer}
        {uitkomst_regel}
        // A public source that says otherwise, beside the value we follow (ADR 0013).
        <p class="uitleg__tegenspraak">{uitkomst.tegenspraken(&Id(stap)).iter().map(|t| vertaal(t.uitleg, taal)).collect::<Vec<_>>().join(" ")}</p>
        <p class="uitleg__grondslag">{vertaal(teksten::GRONDSLAG, taal)}
            {if grondslag.url().starts_with("https://") {
                view! { <a href=grondslag.url() rel="noopener noreferrer" target="_blank">{vertaal(grondslag.citaat(), taal)}</a> }.into_any()
            } else {
                view! { <span>{vertaal(grondslag.citaat(), taal)}</span> }.into_any()
            }}
        </p>
    }.into_any())
}

/// Expandable explanation of one figure: built when opened, and while open kept up to date.
#[component]
pub fn UitlegStap(
    /// The result.
    uitkomst: Getoond,
    /// Step id in the trail.
    stap: &'static str,
) -> impl IntoView {
    let taal = taal();
    let periode = expect_context::<crate::state::Staat>().periode;
    // A step's label is the same in every result.
    let label = uitkomst.with_untracked(|u| u.as_ref().and_then(|u| u.spoor.zoek_stap(&Id(stap))).map(|s| s.label()));
    let open = RwSignal::new(false);
    view! {
        <details class="uitleg" on:toggle=move |ev| if let Some(o) = details_open(&ev) { open.set(o) }>
            <summary>{vertaal(teksten::HOE_BEREKEND, taal)}<span class="sr-only">" "{label.map(|l| vertaal(l, taal))}</span></summary>
            {move || open.get().then(|| {
                let p = periode.get();
                uitkomst.with(|u| u.as_ref().and_then(|u| stap_inhoud(u, stap, p, taal)))
            })}
        </details>
    }
}

/// Every step of the calculation, in order: built when opened.
#[component]
pub fn HeleSpoor(
    /// The result.
    uitkomst: Getoond,
) -> impl IntoView {
    let taal = taal();
    let open = RwSignal::new(false);
    let stappen =
        move || {
            uitkomst.with(|u| {
                u.as_ref().map(|u| {
                    let spoor = &u.spoor;
                    let jaar = u.per(rekenkern::uitkomst::Periode::Jaar);
                    spoor.stappen.iter().map(|s| view! {
                    <li id=format!("stap-{}", s.id)>
                        <strong>{vertaal(s.label(), taal)}</strong>": "{toon_waarde(s.waarde, s.eenheid, taal)}
                        {kaart_anders(s, &jaar, taal)}
                        <br/><span class="uitleg__formule">{vertaal(s.formule(), taal)}</span>
                        {invoer_lijst(spoor, s, taal)}
                    </li>
                }).collect_view()
                })
            })
        };
    view! {
        <details class="uitleg uitleg--spoor" id="spoor" on:toggle=move |ev| if let Some(o) = details_open(&ev) { open.set(o) }>
            <summary>{vertaal(teksten::ALLE_STAPPEN, taal)}</summary>
            <ol>{move || open.get().then(stappen)}</ol>
        </details>
    }
}

/// A yearly amount line whose card (per year) differs from the law's exact amount in cents: the card
/// adds its rounded parts (ADR 0021). Said at the step, so a reader who compares sees why.
fn kaart_anders(s: &Stap, jaar: &rekenkern::Bedragen, taal: Taal) -> Option<String> {
    if s.eenheid != rekenkern::uitleg::Eenheid::EuroPerJaar {
        return None;
    }
    let regel = rekenkern::bedragen::Regel::ALLE.into_iter().find(|r| r.naam() == s.id)?;
    let kaart = jaar.get(regel);
    (kaart != rekenkern::getal::centen(s.waarde)).then(|| teksten::uitleg_kaart_anders(&euro(kaart), taal))
}

/// Assumptions, warnings, LKV / no-riskpolis and scope.
#[component]
pub fn Kanttekeningen(
    /// The result.
    uitkomst: Getoond,
) -> impl IntoView {
    let taal = taal();
    let waarschuwingen = move || {
        uitkomst.with(|u| {
            u.as_ref().map(|u| {
                let lkv = match u.lkv {
                    rekenkern::uitkomst::Lkv::NietVanToepassing => rekenkern::teksten::uitleg::LKV_BESCHUT,
                    rekenkern::uitkomst::Lkv::Banenafspraak(_) => rekenkern::teksten::uitleg::LKV_BANENAFSPRAAK,
                };
                view! {
                    {u.waarschuwingen.iter().map(|w| view! { <li>{vertaal(w.tekst, taal)}</li> }).collect_view()}
                    <li>{vertaal(lkv, taal)}</li>
                }
            })
        })
    };
    let aannames = move || {
        uitkomst.with(|u| {
            u.as_ref().map(|u| {
                u.aannames.iter().map(|a| {
                    let id = format!("{}{}", crate::start::contract::id::VELD, a.veld.naam());
                    view! { <li><a href=format!("#{id}") on:click=move |ev| crate::url::ga_naar(&ev, &id)>{a.in_taal(taal)}</a></li> }
                }).collect_view()
            })
        })
    };
    view! {
        <section class="kanttekeningen" aria-labelledby="kop-letop">
            <h3 id="kop-letop">{vertaal(teksten::KOP_LET_OP, taal)}</h3>
            <ul class="waarschuwingen">
                {waarschuwingen}
                <li>{vertaal(rekenkern::teksten::uitleg::NO_RISKPOLIS, taal)}</li>
            </ul>
            <h3>{vertaal(teksten::KOP_AANNAMES, taal)}</h3>
            <ul class="aannames">{aannames}</ul>
            <h3>{vertaal(teksten::KOP_NIET_INBEGREPEN, taal)}</h3>
            <p>{vertaal(rekenkern::teksten::uitleg::NIET_INBEGREPEN, taal)}</p>
        </section>
    }
}

/// The sources used, with dates, for the screen and the print.
#[component]
pub fn Bronnen(
    /// The result.
    uitkomst: Getoond,
) -> impl IntoView {
    let taal = taal();
    // Only a change in the list of sources rebuilds it (most keystrokes leave it as it is).
    let bronnen = Memo::new(move |_| {
        let mut bronnen: Vec<&'static rekenkern::bron::Bron> = Vec::new();
        uitkomst.with(|u| {
            for g in u.iter().flat_map(|u| u.spoor.gebruikt.iter()) {
                // A public source that says otherwise comes right after the value's own (its text says
                // it is not followed; ADR 0013).
                let tegen = rekenkern::params::tegenspraak(g.id).filter(|_| g.herkomst != Herkomst::Gebruiker);
                for b in std::iter::once(g.bron).chain(tegen.map(|t| t.bron)) {
                    if b.url().starts_with("https://") && !bronnen.iter().any(|x| x.id == b.id) {
                        bronnen.push(b);
                    }
                }
            }
        });
        bronnen
    });
    view! {
        <section class="bronnen" aria-labelledby="kop-bronnen">
            <h3 id="kop-bronnen">{vertaal(teksten::KOP_BRONNEN, taal)}</h3>
            <ul>
                {move || bronnen.get().into_iter().map(|b| view! {
                    <li><a href=b.url() rel="noopener noreferrer" target="_blank">{vertaal(b.citaat(), taal)}</a>" — "{vertaal(b.publicatie(), taal)}
                        <span class="afdruk-alleen">" ("{b.url()}")"</span></li>
                }).collect_view()}
            </ul>
            <p>{vertaal(teksten::afdruk::VERSIE, taal)}": "{teksten::versie()}</p>
        </section>
    }
}
