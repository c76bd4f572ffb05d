//! The rows, 100 at a time (10,000 table rows at once would make the page slow on a laptop; the
//! download has them all). The own reference is shown on screen but never printed.

use crate::teksten::figuur::{BRUTOLOON, CAO_EXTRA, LKV, LOONKOSTEN, PENSIOEN, PREMIES, VAKANTIEBIJSLAG};
use crate::teksten::jaar::{LKS_FORFAIT, LKS_METING};
use crate::teksten::meerdere as t;
use crate::teksten::{LOONWAARDE, NETTO_FORFAIT, NETTO_METING, PEILDATUM};
use leptos::prelude::*;
use rekenkern::batch::Cijfers;
use rekenkern::batch::Rij;
use rekenkern::getal::{euro, nl, procent};
use rekenkern::uitkomst::Periode;
use rust_decimal::Decimal;
use std::sync::Arc;

/// Rows per page.
const PER_BLAD: usize = 100;

/// An amount column: its heading and its value in a row.
type Kolom = (&'static str, fn(&Cijfers, Periode) -> Decimal);

/// The amount columns: every part of each total (ADR 0021), the cao payments and the
/// loonkostenvoordeel only when a row has them.
fn kolommen(rijen: &[Rij], periode: Periode) -> Vec<Kolom> {
    let heeft = |f: fn(&rekenkern::Bedragen) -> Decimal| {
        rijen.iter().filter_map(|r| r.uitkomst.as_ref().ok()).any(|c| !f(c.per(periode)).is_zero())
    };
    let alle: [(Kolom, bool); 12] = [
        ((BRUTOLOON, |c, p| c.per(p).brutoloon), true),
        ((VAKANTIEBIJSLAG, |c, p| c.per(p).vakantiebijslag), true),
        ((CAO_EXTRA, |c, p| c.per(p).cao_extra), heeft(|b| b.cao_extra)),
        ((PREMIES, |c, p| c.per(p).premies), true),
        ((PENSIOEN, |c, p| c.per(p).pensioen), true),
        ((LOONKOSTEN, |c, p| c.per(p).loonkosten), true),
        ((LKS_METING, |c, p| c.per(p).lks_meting), true),
        ((LKS_FORFAIT, |c, p| c.per(p).lks_forfait), true),
        ((LKV, |c, p| c.per(p).lkv), heeft(|b| b.lkv)),
        ((NETTO_METING, |c, p| c.per(p).nettokosten_meting), true),
        ((NETTO_FORFAIT, |c, p| c.per(p).nettokosten_forfait), true),
        ((t::VERSCHIL_KOLOM, |c, p| c.verschil(p)), true),
    ];
    alle.into_iter().filter(|(_, toon)| *toon).map(|(k, _)| k).collect()
}

/// The table of calculated rows, with paging.
#[component]
pub fn Tabel(rijen: Arc<Vec<Rij>>, periode: Periode) -> impl IntoView {
    // Rows with errors are listed above the table; the table pages through the others (no copy).
    let n = rijen.iter().filter(|r| r.uitkomst.is_ok()).count();
    let blad = RwSignal::new(0usize);
    let bladen = n.div_ceil(PER_BLAD).max(1);
    let kolommen = kolommen(&rijen, periode);
    // The TOTAAL line: each column summed over every row (all pages), as in the download.
    let totaal: Vec<Decimal> = kolommen
        .iter()
        .map(|(_, f)| rijen.iter().filter_map(|r| r.uitkomst.as_ref().ok()).map(|c| f(c, periode)).sum())
        .collect();
    let koppen = kolommen.iter().map(|(k, _)| view! { <th scope="col">{*k}</th> }).collect_view();
    let inhoud = {
        let kolommen = kolommen.clone();
        move || {
            let van = blad.get() * PER_BLAD;
            rijen
                .iter()
                .filter(|r| r.uitkomst.is_ok())
                .skip(van)
                .take(PER_BLAD)
                .filter_map(|r| {
                    let c = r.uitkomst.as_ref().ok()?;
                    Some(view! {
                        <tr>
                            <td class="bedrag">{r.regel.to_string()}</td>
                            <td class="kolom-kenmerk">{r.referentie.clone()}</td>
                            <td>{c.peildatum.nl()}</td>
                            <td class="bedrag">{nl(c.uren.normalize(), c.uren.normalize().scale().min(2))}</td>
                            <td class="bedrag">{procent(c.loonwaarde, 1)}</td>
                            {kolommen.iter().map(|(_, f)| view! { <td class="bedrag">{euro(f(c, periode))}</td> }).collect_view()}
                        </tr>
                    })
                })
                .collect_view()
        }
    };
    // Outside `view!`: a `>` inside an attribute closure would end the tag.
    let op_het_eind = move || blad.get() + 1 >= bladen;
    let bereik = move || {
        let van = blad.get() * PER_BLAD;
        t::bladzijde((van + 1).min(n), (van + PER_BLAD).min(n), n)
    };
    view! {
        <div class="groep-rijen">
            <h3 id="groep-rijen-kop">{t::PER_MEDEWERKER}</h3>
            <p id="groep-bereik" aria-live="polite">{bereik}</p>
            <div class="tabel-scroll" tabindex="0" role="region" aria-labelledby="groep-rijen-kop">
                <table class="groep-tabel" id="groep-tabel">
                    <thead><tr>
                        <th scope="col">{t::REGEL}</th><th scope="col" class="kolom-kenmerk">{t::KENMERK}</th>
                        <th scope="col">{PEILDATUM}</th><th scope="col">{t::UREN}</th><th scope="col">{LOONWAARDE}</th>
                        {koppen}
                    </tr></thead>
                    <tbody>{inhoud}</tbody>
                    <tfoot><tr class="sterk">
                        <th scope="row" colspan="5">{t::totaal_alle(n)}</th>
                        {totaal.into_iter().map(|w| view! { <td class="bedrag">{euro(w)}</td> }).collect_view()}
                    </tr></tfoot>
                </table>
            </div>
            {(bladen > 1).then(|| view! {
                <p class="geen-afdruk bladeren">
                    <button type="button" class="knop" id="groep-vorige" prop:disabled=move || blad.get() == 0
                        on:click=move |_| blad.update(|b| *b = b.saturating_sub(1))>{t::VORIGE}</button>
                    " "
                    <button type="button" class="knop" id="groep-volgende" prop:disabled=op_het_eind
                        on:click=move |_| blad.update(|b| *b = (*b + 1).min(bladen - 1))>{t::VOLGENDE}</button>
                </p>
            })}
        </div>
    }
}
