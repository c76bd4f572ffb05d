//! Net employer cost against loonwaarde 0-100% for both regimes, as plain SVG, with the break-even
//! point and the current loonwaarde marked. Also a table and a sentence for screen readers.
//! Floats appear only here, for drawing coordinates; every number shown comes from the core.

use crate::components::svg::{self, coord_px};
use crate::components::Getoond;
use crate::state::Staat;
use crate::teksten::{self, figuur, taal, vertaal, zin};
use leptos::prelude::*;
use rekenkern::getal::{euro, nl, procent};
use rekenkern::uitkomst::{CurvePunt, Omslagpunt};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

/// Drawing area shared with the year chart (`jaar.rs`). The left margin holds the amounts of the
/// value scale at the larger text of a narrow screen (style/app.css: "€ 16.000" at 22 units).
pub(crate) const BREEDTE_PX: f64 = 640.0;
const HOOGTE_PX: f64 = 340.0;
pub(crate) const LINKS_PX: f64 = 110.0;
pub(crate) const RECHTS_PX: f64 = 30.0;
pub(crate) const BOVEN_PX: f64 = 16.0;
const ONDER_PX: f64 = 52.0;
/// Lines of the value scale above 0.
const SCHAALSTAPPEN: u8 = 5;

fn px(d: Decimal) -> f64 {
    d.to_f64().unwrap_or_default()
}

/// The horizontal position of a loonwaarde (the same for every curve).
fn scale_x(loonwaarde_pct: f64) -> f64 {
    LINKS_PX + loonwaarde_pct / 100.0 * (BREEDTE_PX - LINKS_PX - RECHTS_PX)
}

/// The vertical scale of a chart: from 0 (or a nice negative minimum) to a nice maximum, drawn in
/// a plot of a given height; shared with the year chart.
#[derive(Clone, Copy, PartialEq)]
pub(crate) struct Schaal {
    y_min_px: f64,
    y_max_px: f64,
    /// The y of the bottom of the plot (the x axis).
    onder_px: f64,
}

impl Schaal {
    /// The scale that fits these amounts, in a plot whose x axis lies at `onder_px`.
    pub(crate) fn van(waarden_px: impl Iterator<Item = f64> + Clone, onder_px: f64) -> Schaal {
        let hoogste_px = waarden_px.clone().fold(0.0, f64::max);
        let laagste_px = waarden_px.fold(0.0, f64::min);
        Schaal {
            y_min_px: if laagste_px < 0.0 { -mooi_px(-laagste_px) } else { 0.0 },
            y_max_px: mooi_px(hoogste_px),
            onder_px,
        }
    }
    /// The scale that fits a curve.
    fn voor(curve: &[CurvePunt]) -> Schaal {
        Schaal::van(curve.iter().flat_map(|c| [px(c.netto_meting), px(c.netto_forfait)]), HOOGTE_PX - ONDER_PX)
    }
    pub(crate) fn scale_y(&self, bedrag_px: f64) -> f64 {
        let bereik = (self.y_max_px - self.y_min_px).max(1.0);
        self.onder_px - (bedrag_px - self.y_min_px) / bereik * (self.onder_px - BOVEN_PX)
    }
    /// The value scale: a grid line with its amount at every step, in whole euros.
    pub(crate) fn teken(&self, uit: &mut String) {
        for i in 0..=SCHAALSTAPPEN {
            let t_px = self.y_min_px + (self.y_max_px - self.y_min_px) * f64::from(i) / f64::from(SCHAALSTAPPEN);
            let y = self.scale_y(t_px);
            svg::lijn(uit, (LINKS_PX, y), (BREEDTE_PX - RECHTS_PX, y), "grafiek__raster");
            let label = nl(Decimal::from(t_px.round() as i64), 0);
            svg::tekst(uit, (LINKS_PX - 6.0, y + 4.0), "end", "grafiek__as", &format!("€ {label}"));
        }
    }
}

/// A "nice" axis maximum for drawing (1, 2, 2.5 or 5 times a power of ten). A loop, not
/// `log10`/`powf`, which would pull float maths into the wasm.
fn mooi_px(waarde_px: f64) -> f64 {
    let mut macht_px = 1.0;
    while macht_px * 10.0 <= waarde_px {
        macht_px *= 10.0;
    }
    [1.0, 2.0, 2.5, 5.0, 10.0].iter().map(|f| f * macht_px).find(|m| *m >= waarde_px).unwrap_or(10.0 * macht_px)
}

fn punten(curve: &[CurvePunt], s: &Schaal, kies: impl Fn(&CurvePunt) -> Decimal) -> String {
    curve
        .iter()
        .map(|p| format!("{},{}", coord_px(scale_x(f64::from(p.loonwaarde))), coord_px(s.scale_y(px(kies(p))))))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The chart with its table.
#[component]
pub fn Grafiek(
    /// The result.
    uitkomst: Getoond,
) -> impl IntoView {
    let staat = expect_context::<Staat>();
    let taal = taal();
    // The drawing as markup (components/svg.rs), in two layers that change only with the curve or the
    // break-even point; typing the loonwaarde moves only the "now" line between them (two attributes,
    // not a new drawing).
    let basis = Memo::new(move |_| {
        let p = staat.periode.get();
        uitkomst.with(|u| {
            u.as_ref().map(|u| {
                let curve = u.curve_per(p);
                let schaal = Schaal::voor(&curve);
                (curve, schaal, u.omslagpunt, p)
            })
        })
    });
    let onder = move || {
        basis.with(|b| {
            let (curve, s, _, p) = b.as_ref()?;
            let mut uit = String::with_capacity(4096);
            svg::titel(
                &mut uit,
                "grafiek-titel",
                &format!("{}, {}", vertaal(teksten::KOP_GRAFIEK, taal), teksten::periode_woord(*p, taal)),
            );
            s.teken(&mut uit);
            for i in 0..=10 {
                // On a narrow screen every other label is left out (style/app.css): the text is larger.
                let klasse = if i % 2 == 1 { "grafiek__as grafiek__as--tussen" } else { "grafiek__as" };
                svg::tekst(
                    &mut uit,
                    (scale_x(f64::from(i * 10)), HOOGTE_PX - ONDER_PX + 18.0),
                    "middle",
                    klasse,
                    &format!("{}%", i * 10),
                );
            }
            svg::tekst(
                &mut uit,
                ((LINKS_PX + BREEDTE_PX) / 2.0, HOOGTE_PX - 6.0),
                "middle",
                "grafiek__as",
                vertaal(teksten::LOONWAARDE, taal),
            );
            svg::polylijn(&mut uit, &punten(curve, s, |c| c.netto_forfait), "grafiek__forfait");
            svg::polylijn(&mut uit, &punten(curve, s, |c| c.netto_meting), "grafiek__meting");
            Some(uit)
        })
    };
    let boven = move || {
        basis.with(|b| {
            let (curve, s, Omslagpunt::Bij(lw), _) = b.as_ref()? else { return Some(String::new()) };
            let x = scale_x(px(*lw * Decimal::ONE_HUNDRED));
            let forfait_y = curve.first().map(|c| s.scale_y(px(c.netto_forfait))).unwrap_or_default();
            let mut uit = String::new();
            svg::cirkel(&mut uit, (x, forfait_y), 6, "grafiek__omslag");
            let label = format!("{} {}", vertaal(teksten::OMSLAGPUNT, taal), procent(*lw, 1));
            // Below the forfait's line, right of the point: the measured line is above it there (it
            // costs more past the break-even), so the label is on empty ground, never on a line;
            // above the point when the forfait's line runs too close to the axis.
            // Below, the text hangs from its y (style/app.css), so a larger text on a narrow screen
            // grows away from the line.
            let onder_ruimte = forfait_y + 40.0 < HOOGTE_PX - ONDER_PX;
            let (y, klasse) = if onder_ruimte {
                (forfait_y + 8.0, "grafiek__label grafiek__label--onder")
            } else {
                (forfait_y - 12.0, "grafiek__label")
            };
            let (lx, anker) = if x > BREEDTE_PX * 0.7 { (x - 10.0, "end") } else { (x + 10.0, "start") };
            svg::tekst(&mut uit, (lx, y), anker, klasse, &label);
            Some(uit)
        })
    };
    let nu = move || {
        let x = uitkomst.with(|u| u.as_ref().map(|u| scale_x(px(u.loonwaarde * Decimal::ONE_HUNDRED))))?;
        let mut uit = String::new();
        svg::lijn(&mut uit, (x, BOVEN_PX), (x, HOOGTE_PX - ONDER_PX), "grafiek__nu");
        Some(uit)
    };
    let tabel = move || {
        let p = staat.periode.get();
        let (nu, lw_nu) = uitkomst.with(|u| u.as_ref().map(|u| (u.per(p), u.loonwaarde)))?;
        // The rows come from the chart's curve (not calculated again per keystroke).
        let curve: Vec<CurvePunt> =
            basis.with(|b| b.as_ref().map(|(c, ..)| c.iter().filter(|c| c.loonwaarde % 10 == 0).copied().collect()))?;
        Some(view! {
            <table class="tabel-stapelbaar">
                <caption>{vertaal(teksten::KOP_GRAFIEK, taal)}", "{teksten::periode_woord(p, taal)}</caption>
                <thead><tr><th scope="col">{vertaal(teksten::LOONWAARDE, taal)}</th><th scope="col">{vertaal(figuur::METING, taal)}</th><th scope="col">{vertaal(figuur::FORFAIT, taal)}</th></tr></thead>
                <tbody>
                    // data-kop: a narrow screen shows each row as a block with its column names (style/app.css).
                    {curve.iter().map(|c| view! {
                        <tr><th scope="row">{format!("{}%", c.loonwaarde)}</th>
                            <td class="bedrag" data-kop=vertaal(figuur::METING, taal)>{euro(c.netto_meting)}</td>
                            <td class="bedrag" data-kop=vertaal(figuur::FORFAIT, taal)>{euro(c.netto_forfait)}</td></tr>
                    }).collect_view()}
                    <tr class="sterk"><th scope="row">{format!("{}: {}", vertaal(teksten::NU, taal), procent(lw_nu, 0))}</th>
                        <td class="bedrag" data-kop=vertaal(figuur::METING, taal)>{euro(nu.nettokosten_meting)}</td>
                        <td class="bedrag" data-kop=vertaal(figuur::FORFAIT, taal)>{euro(nu.nettokosten_forfait)}</td></tr>
                </tbody>
            </table>
        })
    };
    // What the chart shows, in words (also its text for screen readers): read from its own curve.
    let zin_nu = move || {
        let lw = uitkomst.with(|u| u.as_ref().map(|u| u.loonwaarde))?;
        basis.with(|b| {
            b.as_ref().map(|(curve, _, _, p)| zin::grafiek(curve, lw, teksten::periode_woord(*p, taal), taal))
        })
    };
    view! {
        <section class="grafiek-blok" aria-labelledby="kop-grafiek">
            <h2 id="kop-grafiek">{vertaal(teksten::KOP_GRAFIEK, taal)}</h2>
            <figure>
                <svg class="grafiek" viewBox=format!("0 0 {} {}", coord_px(BREEDTE_PX), coord_px(HOOGTE_PX)) role="img"
                    aria-labelledby="grafiek-titel grafiek-zin" focusable="false">
                    <g inner_html=onder></g>
                    <g inner_html=nu></g>
                    <g inner_html=boven></g>
                </svg>
                <figcaption>
                    <span class="legenda legenda--meting">{vertaal(figuur::METING, taal)}</span>
                    <span class="legenda legenda--forfait">{vertaal(figuur::FORFAIT, taal)}</span>
                    <span class="legenda legenda--nu">{vertaal(teksten::LOONWAARDE_NU, taal)}</span>
                </figcaption>
            </figure>
            <p id="grafiek-zin">{zin_nu}</p>
            <details class="grafiek-tabel">
                <summary>{vertaal(teksten::TABEL_BIJ_GRAFIEK, taal)}</summary>
                <div class="tabel-scroll">{tabel}</div>
            </details>
        </section>
    }
}
