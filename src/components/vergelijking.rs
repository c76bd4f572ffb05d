//! The comparison as the hero: measured loonwaarde vs the planned forfait, line by line, with the
//! break-even loonwaarde in one sentence.

use crate::components::uitleg::UitlegStap;
use crate::components::Getoond;
use crate::state::Staat;
use crate::teksten::{self, figuur, taal, vertaal, zin};
use leptos::prelude::*;
use rekenkern::bedragen::Regel;
use rekenkern::getal::euro;
use rekenkern::uitkomst::Omslagpunt;

/// The lines that are the same with measurement and with the forfait (the employer charges are
/// their two parts); the subsidy and what you pay are a row of two lines each.
const GEDEELD: [Regel; 6] =
    [Regel::Brutoloon, Regel::Vakantiebijslag, Regel::CaoExtra, Regel::Premies, Regel::Pensioen, Regel::Loonkosten];

/// Comparison table and sentences.
#[component]
pub fn Vergelijking(
    /// The result.
    uitkomst: Getoond,
) -> impl IntoView {
    let staat = expect_context::<Staat>();
    let taal = taal();
    let tabel = move || {
        let p = staat.periode.get();
        let (b, (lks_verschil, netto_verschil)) =
            uitkomst.with(|u| u.as_ref().map(|u| (u.per(p), u.verschillen(p))))?;
        let periode = teksten::periode_woord(p, taal);
        let rij = |label: &'static str,
                   m: rust_decimal::Decimal,
                   f: rust_decimal::Decimal,
                   v: Option<rust_decimal::Decimal>,
                   sterk: bool| {
            view! {
                // data-kop: a narrow screen shows each row as a block with its column names (style/app.css).
                <tr class:sterk=sterk>
                    <th scope="row">{vertaal(label, taal)}</th>
                    <td class="bedrag" data-kop=vertaal(figuur::METING, taal)>{euro(m)}</td>
                    <td class="bedrag" data-kop=vertaal(figuur::FORFAIT, taal)>{euro(f)}</td>
                    <td class="bedrag" data-kop=vertaal(figuur::VERSCHIL, taal)>{v.map(euro).unwrap_or_default()}</td>
                </tr>
            }
        };
        let jaar = rekenkern::params::lks::FORFAIT_BESCHUT.beoogd_vanaf.jaar();
        Some(view! {
            <table class="vergelijking tabel-stapelbaar">
                <caption id="vergelijking-tabel-kop">{vertaal(teksten::KOP_VERGELIJKING, taal)}", "{periode}</caption>
                <thead><tr>
                    <td></td>
                    <th scope="col">{vertaal(figuur::METING, taal)}</th>
                    <th scope="col">{vertaal(figuur::FORFAIT, taal)}<br/><span class="label-voorgenomen">{figuur::voorgenomen(jaar, taal)}</span></th>
                    <th scope="col">{vertaal(figuur::VERSCHIL, taal)}</th>
                </tr></thead>
                <tbody>
                    // The lines both routes share, from the core's list (the cao's only when it pays).
                    {GEDEELD.into_iter().filter(|r| *r != Regel::CaoExtra || !b.cao_extra.is_zero())
                        .map(|r| rij(r.label(), b.get(r), b.get(r), None, r.is_totaal())).collect_view()}
                    {rij(figuur::LKS, b.lks_meting, b.lks_forfait, Some(lks_verschil), false)}
                    {(!b.lkv.is_zero()).then(|| rij(Regel::Lkv.label(), b.lkv, b.lkv, None, false))}
                    {rij(figuur::NETTO, b.nettokosten_meting, b.nettokosten_forfait, Some(netto_verschil), true)}
                </tbody>
            </table>
            <p class="zin-nu">{zin::nu(netto_verschil, periode, taal)}</p>
            <p class="hint" id="afronding">{vertaal(teksten::AFRONDING, taal)}</p>
        })
    };
    let omslag = move || {
        uitkomst.with(|u| match u.as_ref().map(|u| u.omslagpunt) {
            Some(Omslagpunt::Bij(lw)) => zin::omslagpunt(lw, taal),
            _ => vertaal(zin::FORFAIT_ALTIJD, taal).to_string(),
        })
    };
    view! {
        <section class="vergelijking-blok" aria-labelledby="kop-vergelijking">
            <h2 id="kop-vergelijking">{vertaal(teksten::KOP_VERGELIJKING, taal)}</h2>
            <p class="omslagpunt" id="omslagpunt"><strong>{omslag}</strong></p>
            // Focusable, so a keyboard user can scroll the table on a narrow screen (WCAG 2.1.1).
            <div class="tabel-scroll" tabindex="0" role="region" aria-labelledby="vergelijking-tabel-kop">{tabel}</div>
            <div class="uitleg-rij">
                <UitlegStap uitkomst=uitkomst stap="lks_meting" />
                <UitlegStap uitkomst=uitkomst stap="lks_forfait" />
                <UitlegStap uitkomst=uitkomst stap="omslagpunt" />
            </div>
        </section>
    }
}
