//! "Het jaar in één overzicht": month by month what the employee costs and what the subsidy
//! brings, under measurement and under the forfait. Built when opened (it calculates twelve
//! months). The table is the chart's twin; the CSV is a plain download link made in the browser.
//! Floats appear only in the chart, for drawing coordinates.

use crate::components::velden::{DatumVeld, KeuzeVeld, MaandJaarVeld, MaandVeld, TekstVeld};
use crate::components::voorlopig::VoorlopigKnop;
use crate::components::{details_open, svg};
use crate::state::Staat;
use crate::teksten::{self, figuur, jaar as t, taal, vertaal};
use leptos::prelude::*;
use rekenkern::getal::euro;
use rekenkern::jaar::{csv, Jaaroverzicht};
use rekenkern::Sleutel;
use rekenkern::{Fout, Taal};
use rust_decimal::prelude::ToPrimitive;

use crate::components::grafiek::{Schaal, BREEDTE_PX, LINKS_PX, RECHTS_PX};
use crate::components::svg::coord_px;

const HOOGTE_PX: f64 = 300.0;
const ONDER_PX: f64 = 40.0;

/// Step lines of the monthly net cost under both regimes (the 1 July step shows as a step), on a
/// value scale with grid lines as the loonwaarde chart's, as SVG markup (components/svg.rs).
fn grafiek(j: &Jaaroverzicht, taal: Taal) -> impl IntoView {
    let waarden_px: Vec<(f64, f64)> = j
        .maanden
        .iter()
        .map(|m| {
            let b = &m.bedragen;
            (b.nettokosten_meting.to_f64().unwrap_or_default(), b.nettokosten_forfait.to_f64().unwrap_or_default())
        })
        .collect();
    let schaal = Schaal::van(waarden_px.iter().flat_map(|(a, b)| [*a, *b]), HOOGTE_PX - ONDER_PX);
    let breedte_maand_px = (BREEDTE_PX - LINKS_PX - RECHTS_PX) / 12.0;
    let x = |n: usize| LINKS_PX + breedte_maand_px * n as f64;
    let y = |v_px: f64| schaal.scale_y(v_px);
    let trap = |kies: fn(&(f64, f64)) -> f64| {
        waarden_px
            .iter()
            .enumerate()
            .map(|(n, w)| {
                format!("{},{} {},{}", coord_px(x(n)), coord_px(y(kies(w))), coord_px(x(n + 1)), coord_px(y(kies(w))))
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut uit = String::with_capacity(2048);
    svg::titel(&mut uit, "jaar-grafiek-titel", vertaal(t::GRAFIEK, taal));
    schaal.teken(&mut uit);
    for (n, m) in j.maanden.iter().enumerate() {
        let naam = teksten::maand_kort(m.maand.maand(), taal);
        // On a narrow screen every other month is left out (style/app.css): the text is larger.
        let klasse = if n % 2 == 1 { "grafiek__as grafiek__as--tussen" } else { "grafiek__as" };
        svg::tekst(&mut uit, (x(n) + breedte_maand_px / 2.0, HOOGTE_PX - ONDER_PX + 18.0), "middle", klasse, naam);
    }
    svg::polylijn(&mut uit, &trap(|w| w.1), "grafiek__forfait");
    svg::polylijn(&mut uit, &trap(|w| w.0), "grafiek__meting");
    view! {
        <svg class="grafiek" viewBox=format!("0 0 {} {}", coord_px(BREEDTE_PX), coord_px(HOOGTE_PX)) role="img"
            aria-labelledby="jaar-grafiek-titel jaar-zin" focusable="false" inner_html=uit></svg>
    }
}

/// The monthly table with the year total.
/// The premium steps of the month in which the wage reaches the maximum premieloon (the month the
/// premiums drop), from that month's own trail; nothing when the year does not reach it.
fn premie_uitleg(j: &Jaaroverzicht, taal: Taal) -> Option<impl IntoView> {
    let m = j.maanden.iter().find(|m| m.premieloon_afgetopt)?;
    let maand = format!("{} {}", teksten::maand_naam(m.maand.maand(), taal), m.maand.jaar());
    let stappen: Vec<_> = m.spoor.stappen.iter().map(|s| view! {
        <li><strong>{vertaal(s.label, taal)}</strong>": "{crate::components::toon_waarde(s.waarde, s.eenheid, taal)}
            <br/><span class="uitleg__formule">{vertaal(s.formule, taal)}</span></li>
    }).collect();
    Some(view! {
        <details class="uitleg" id="jaar-premies">
            <summary>{rekenkern::engels::vul(t::PREMIES_UITLEG, taal, &[&maand])}</summary>
            <ol>{stappen}</ol>
        </details>
    })
}

fn tabel(j: &Jaaroverzicht, kaart: Option<&rekenkern::kaart::Kaartverschil>, taal: Taal) -> impl IntoView {
    // What decides first (issue 31: the net costs were past the right edge of the box), then the
    // subsidies and the wage cost, then its parts: every part of each total is a column (ADR 0021);
    // the cao payments and the loonkostenvoordeel only when the year has them.
    use rekenkern::bedragen::Regel::*;
    let alle = [
        NettokostenMeting,
        NettokostenForfait,
        LksMeting,
        LksForfait,
        Lkv,
        Loonkosten,
        Brutoloon,
        Vakantiebijslag,
        CaoExtra,
        Premies,
        Pensioen,
    ];
    let toon = |r: &rekenkern::bedragen::Regel| !matches!(r, Lkv | CaoExtra) || !j.totaal.get(*r).is_zero();
    let kolommen: Vec<rekenkern::bedragen::Regel> = alle.into_iter().filter(toon).collect();
    view! {
        <table class="jaar-tabel">
            <caption id="jaar-tabel-kop">{vertaal(t::TABEL, taal)}</caption>
            <thead><tr>
                <th scope="col">{vertaal(t::MAAND, taal)}</th>
                {kolommen.iter().map(|r| view! { <th scope="col">{vertaal(r.label(), taal)}</th> }).collect_view()}
            </tr></thead>
            <tbody>
                {j.maanden.iter().enumerate().map(|(n, m)| {
                    let naam = format!("{} {}", teksten::maand_naam(m.maand.maand(), taal), m.maand.jaar());
                    let mut noten: Vec<&str> = match (m.in_dienst, m.lid5) {
                        (false, _) => vec![vertaal(t::NIET_IN_DIENST, taal)],
                        (true, true) => vec![vertaal(t::LID5, taal)],
                        _ => Vec::new(),
                    };
                    if m.uitkomst.as_ref().is_some_and(|u| u.is_voorlopig(&rekenkern::teksten::NETTO_METING)) {
                        noten.push(vertaal(teksten::VOORLOPIG, taal));
                    }
                    let noot = (!noten.is_empty()).then(|| noten.join(", "));
                    // The peildatum's month, when it is not the cards: why, on the row (issue 31).
                    let anders = kaart.filter(|k| k.maand == n).map(|k| teksten::jaar_kaart(k, taal));
                    let is_anders = anders.is_some();
                    view! {
                        <tr class:jaar-kaartmaand=is_anders>
                            <th scope="row">{naam}{noot.map(|n| view! { <span class="jaar-noot">" ("{n}")"</span> })}
                                {anders.map(|a| view! { <span class="jaar-kaart" id="jaar-kaartverschil">{a}</span> })}</th>
                            {kolommen.iter().map(|r| view! { <td class="bedrag">{euro(m.bedragen.get(*r))}</td> }).collect_view()}
                        </tr>
                    }
                }).collect_view()}
                <tr class="sterk">
                    <th scope="row">{vertaal(t::TOTAAL, taal)}</th>
                    {kolommen.iter().map(|r| view! { <td class="bedrag">{euro(j.totaal.get(*r))}</td> }).collect_view()}
                </tr>
            </tbody>
        </table>
    }
}

/// The year section: its own choices, the sentence, chart, table and the CSV link.
#[component]
pub fn Jaaroverzicht() -> impl IntoView {
    let staat = expect_context::<Staat>();
    let taal = taal();
    // Open from the start when the link carries year choices (a shared year overview).
    let open = RwSignal::new(
        rekenkern::invoertabel::VELDEN
            .iter()
            .filter(|v| v.groep == rekenkern::invoertabel::Groep::Jaar)
            .any(|v| !staat.veld(v.sleutel).get_untracked().is_empty()),
    );
    // Calculated only while the section is open.
    let overzicht = Memo::new(move |_| {
        open.get().then(|| staat.gelezen.with(|g| rekenkern::jaar::jaaroverzicht(&g.invoer, staat.vandaag)))
    });
    let inhoud = move || {
        overzicht.get().map(|r| match r {
            Ok(j) => {
                // The cards above, for the peildatum's month and for what they already say.
                let kaart = staat.toon.with(|t| t.uitkomst.clone());
                let verschil = kaart.as_ref().and_then(|k| rekenkern::kaart::kaartverschil(&j, k));
                // The assumptions and warnings the result above already shows are not said twice
                // (issue 31: the print had them twice).
                let aannames: Vec<String> = j.aannames.iter()
                    .filter(|a| !kaart.as_ref().is_some_and(|k| k.aannames.contains(a)))
                    .map(|a| a.in_taal(taal)).collect();
                let waarschuwingen: Vec<&str> = j.waarschuwingen.iter()
                    .filter(|w| !kaart.as_ref().is_some_and(|k| k.waarschuwingen.iter().any(|x| x.id == w.id)))
                    .map(|w| vertaal(w.tekst, taal)).collect();
                let zin = teksten::jaar_zin(&j, taal);
                let bestand = format!("data:text/csv;charset=utf-8,{}", String::from(js_sys::encode_uri_component(&csv(&j, true))));
                view! {
                    <p class="jaar-zin" id="jaar-zin" aria-live="polite"><strong>{zin}</strong></p>
                    <figure>
                        <p class="grafiek-titel" id="jaar-grafiek-kop">{vertaal(t::GRAFIEK, taal)}</p>
                        {grafiek(&j, taal)}
                        <figcaption>
                            <span class="legenda legenda--meting">{vertaal(figuur::METING, taal)}</span>
                            <span class="legenda legenda--forfait">{vertaal(figuur::FORFAIT, taal)}</span>
                        </figcaption>
                    </figure>
                    // Focusable, so a keyboard user can scroll the wide table (WCAG 2.1.1).
                    <div class="tabel-scroll" tabindex="0" role="region" aria-labelledby="jaar-tabel-kop">{tabel(&j, verschil.as_ref(), taal)}</div>
                    {premie_uitleg(&j, taal)}
                    <p><a class="knop" href=bestand download="jaaroverzicht.csv" id="jaar-csv">{vertaal(t::CSV, taal)}</a></p>
                    <ul class="waarschuwingen">{waarschuwingen.into_iter().map(|w| view! { <li>{w}</li> }).collect_view()}</ul>
                    <ul class="aannames">{aannames.into_iter().map(|a| view! { <li>{a}</li> }).collect_view()}</ul>
                }
                .into_any()
            }
            Err(fouten) => {
                let ontbreekt = fouten.iter().any(|f| matches!(f, Fout::Ontbreekt { .. }));
                view! {
                    <div class="melding melding--waarschuwing" id="jaar-fout" role="status">
                        <p>{vertaal(t::FOUT, taal)}</p>
                        <ul>{fouten.iter().map(|f| view! { <li>{f.tekst_in(taal)}</li> }).collect_view()}</ul>
                        {ontbreekt.then(|| view! {
                            <VoorlopigKnop />
                        })}
                    </div>
                }
                .into_any()
            }
        })
    };
    view! {
        <section class="jaar-blok" aria-labelledby="kop-jaar">
            <details class="jaar" id="jaaroverzicht" prop:open=move || open.get()
                on:toggle=move |ev| if let Some(o) = details_open(&ev) { open.set(o) }>
                <summary><h2 id="kop-jaar">{vertaal(t::KOP, taal)}</h2></summary>
                <p class="hint">{vertaal(t::UITLEG, taal)}</p>
                <div class="formulier__rij">
                    <TekstVeld sleutel=Sleutel::Jaar decimaal=false />
                    <DatumVeld sleutel=Sleutel::Start />
                </div>
                <KeuzeVeld sleutel=Sleutel::Lid5 />
                <div class="formulier__rij">
                    <MaandJaarVeld sleutel=Sleutel::Hermeting />
                    <TekstVeld sleutel=Sleutel::Loonwaarde2 decimaal=false />
                </div>
                <div class="formulier__rij">
                    <MaandVeld sleutel=Sleutel::VbMaand />
                    <MaandVeld sleutel=Sleutel::Verjaardag />
                </div>
                <Show when=move || staat.keuzes.with(|k| k.loon == rekenkern::invoer::LoonKeuze::Cao)>
                    <MaandVeld sleutel=Sleutel::EenmaligMaand />
                </Show>
                {inhoud}
            </details>
        </section>
    }
}
