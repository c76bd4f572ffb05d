//! How the loonwaarde is spread over the group: bars per 10 percent, with the break-even line,
//! and the same numbers as a table. Floats only for drawing coordinates.

use crate::components::svg::coord_px;
use crate::teksten::meerdere as t;
use crate::teksten::LOONWAARDE;
use leptos::prelude::*;
use rekenkern::batch::Rij;
use rekenkern::uitkomst::{Omslagpunt, Periode};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use std::sync::Arc;

const BREEDTE_PX: f64 = 640.0;
const HOOGTE_PX: f64 = 260.0;
const LINKS_PX: f64 = 48.0;
const RECHTS_PX: f64 = 16.0;
/// Room above the bars: the break-even label has its own row here (y = [`LABEL_Y_PX`]), above
/// the tallest bar's count, so it never covers a count (seen with four employees), also at the
/// phone's larger chart text (22 units, style/app.css).
const BOVEN_PX: f64 = 52.0;
/// Baseline of the break-even label: one line of the phone's text below the top, so its top is
/// not cut off (seen at 390 px).
const LABEL_Y_PX: f64 = 22.0;
/// Room the label needs to the right of its line before it goes to the left of it.
const LABEL_BREEDTE_PX: f64 = 120.0;
const ONDER_PX: f64 = 40.0;

/// Per band of 10 percent (the last includes 100): employees, and how many cost less with the forfait.
fn banden(rijen: &[Rij], periode: Periode) -> [(usize, usize); 10] {
    let mut b = [(0usize, 0usize); 10];
    // A row without a measured loonwaarde has no place on this axis (its "after" value is a guess).
    for c in rijen.iter().filter(|r| r.zonder_loonwaarde.is_none()).filter_map(|r| r.uitkomst.as_ref().ok()) {
        let pct = (c.loonwaarde * Decimal::TEN).trunc().to_usize().unwrap_or(0).min(9);
        b[pct].0 += 1;
        if c.verschil(periode) < Decimal::ZERO {
            b[pct].1 += 1;
        }
    }
    b
}

/// The lowest, highest and middle break-even loonwaarde of the group (rows where it exists).
fn omslag(rijen: &[Rij]) -> Option<(Decimal, Decimal, Decimal)> {
    let mut punten: Vec<Decimal> = rijen
        .iter()
        .filter_map(|r| match r.uitkomst.as_ref().ok()?.omslagpunt {
            Omslagpunt::Bij(lw) => Some(lw),
            Omslagpunt::ForfaitAltijdHoger => None,
        })
        .collect();
    punten.sort();
    Some((*punten.first()?, *punten.last()?, punten[punten.len() / 2]))
}

/// The chart, its sentence and its table.
#[component]
pub fn Verdeling(rijen: Arc<Vec<Rij>>, periode: Periode) -> impl IntoView {
    let b = banden(&rijen, periode);
    let niet_gemeten = rijen.iter().filter(|r| r.zonder_loonwaarde.is_some() && r.uitkomst.is_ok()).count();
    let omslag = omslag(&rijen);
    let hoogste = b.iter().map(|(n, _)| *n).max().unwrap_or(0).max(1) as f64;
    let breedte_band_px = (BREEDTE_PX - LINKS_PX - RECHTS_PX) / 10.0;
    let x = |pct: f64| LINKS_PX + pct / 10.0 * breedte_band_px;
    let y = |n: f64| HOOGTE_PX - ONDER_PX - n / hoogste * (HOOGTE_PX - ONDER_PX - BOVEN_PX);
    let lijn = omslag.map(|(_, _, midden)| (x(midden.to_f64().unwrap_or_default() * 100.0), t::omslag_label(midden)));
    view! {
        <section aria-labelledby="verdeling-kop">
            <h3 id="verdeling-kop">{t::VERDELING}</h3>
            {omslag.map(|(l, h, m)| view! { <p id="verdeling-zin">{t::omslagpunt(l, h, m)}</p> })}
            {(niet_gemeten > 0).then(|| view! { <p id="verdeling-niet-gemeten">{t::niet_in_verdeling(niet_gemeten)}</p> })}
            <figure>
                <svg class="grafiek" viewBox=format!("0 0 {} {}", coord_px(BREEDTE_PX), coord_px(HOOGTE_PX)) role="img"
                    aria-labelledby="verdeling-titel verdeling-zin" focusable="false">
                    <title id="verdeling-titel">{t::VERDELING_GRAFIEK}</title>
                    <line x1=coord_px(LINKS_PX) x2=coord_px(BREEDTE_PX - RECHTS_PX) y1=coord_px(y(0.0)) y2=coord_px(y(0.0)) class="grafiek__raster" />
                    {b.iter().enumerate().map(|(i, (n, goedkoper))| {
                        let x0 = x(i as f64 * 10.0) + 4.0;
                        let w = breedte_band_px - 8.0;
                        view! {
                            <rect x=coord_px(x0) y=coord_px(y(*n as f64)) width=coord_px(w) height=coord_px(y(0.0) - y(*n as f64)) class="verdeling__balk" />
                            <rect x=coord_px(x0) y=coord_px(y(*goedkoper as f64)) width=coord_px(w) height=coord_px(y(0.0) - y(*goedkoper as f64)) class="verdeling__forfait" />
                            <text x=coord_px(x0 + w / 2.0) y=coord_px(y(*n as f64) - 4.0) text-anchor="middle" class="grafiek__as">{t::aantal(*n)}</text>
                        }
                    }).collect_view()}
                    // The last label ends at its tick: centred, "100%" ran past the right edge at
                    // the phone's larger text (seen at 390 and 320 px).
                    {[0u8, 20, 40, 60, 80, 100].into_iter().map(|p| view! {
                        <text x=coord_px(x(f64::from(p))) y=coord_px(HOOGTE_PX - ONDER_PX + 18.0)
                            text-anchor=if p == 100 { "end" } else { "middle" } class="grafiek__as">{format!("{p}%")}</text>
                    }).collect_view()}
                    {lijn.map(|(lx, label)| {
                        // Left of the line when the label would run past the right edge.
                        let links = lx + LABEL_BREEDTE_PX > BREEDTE_PX;
                        let (tx, anker) = if links { (lx - 4.0, "end") } else { (lx + 4.0, "start") };
                        view! {
                        <line x1=coord_px(lx) x2=coord_px(lx) y1=coord_px(LABEL_Y_PX + 4.0) y2=coord_px(y(0.0)) class="grafiek__omslag" />
                        <text x=coord_px(tx) y=coord_px(LABEL_Y_PX) text-anchor=anker class="grafiek__as">{label}</text>
                    }})}
                </svg>
                <figcaption>
                    <span class="legenda legenda--balk">{t::AANTAL}</span>
                    <span class="legenda legenda--forfait-balk">{t::FORFAIT_GOEDKOPER}</span>
                </figcaption>
            </figure>
            <div class="tabel-scroll" tabindex="0" role="region" aria-labelledby="verdeling-tabel-kop">
                <table>
                    <caption id="verdeling-tabel-kop">{t::VERDELING_TABEL}</caption>
                    <thead><tr>
                        <th scope="col">{LOONWAARDE}</th><th scope="col">{t::AANTAL}</th>
                        <th scope="col">{t::FORFAIT_GOEDKOPER}</th><th scope="col">{t::METING_GOEDKOPER}</th>
                    </tr></thead>
                    <tbody>
                        {b.iter().enumerate().map(|(i, (n, g))| view! {
                            <tr><th scope="row">{t::band(u8::try_from(i * 10).unwrap_or(90))}</th>
                                <td class="bedrag">{t::aantal(*n)}</td><td class="bedrag">{t::aantal(*g)}</td><td class="bedrag">{t::aantal(n - g)}</td></tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
    }
}
