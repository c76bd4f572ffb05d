//! The rows, 100 at a time (10,000 table rows at once would make the page slow on a laptop; the
//! download has them all). The own reference is shown on screen but never printed.

use crate::teksten::jaar::{LKS_FORFAIT, LKS_METING};
use crate::teksten::meerdere as t;
use crate::teksten::{LOONWAARDE, NETTO_FORFAIT, NETTO_METING, PEILDATUM};
use leptos::prelude::*;
use rekenkern::batch::Rij;
use rekenkern::getal::{euro, nl, procent};
use rekenkern::uitkomst::Periode;
use std::sync::Arc;

/// Rows per page.
const PER_BLAD: usize = 100;

/// The table of calculated rows, with paging.
#[component]
pub fn Tabel(rijen: Arc<Vec<Rij>>, periode: Periode) -> impl IntoView {
    // Rows with errors are listed above the table; the table pages through the others (no copy).
    let n = rijen.iter().filter(|r| r.uitkomst.is_ok()).count();
    let blad = RwSignal::new(0usize);
    let bladen = n.div_ceil(PER_BLAD).max(1);
    let inhoud = {
        move || {
            let van = blad.get() * PER_BLAD;
            rijen
                .iter()
                .filter(|r| r.uitkomst.is_ok())
                .skip(van)
                .take(PER_BLAD)
                .filter_map(|r| {
                    let c = r.uitkomst.as_ref().ok()?;
                    let b = c.per(periode);
                    Some(view! {
                        <tr>
                            <td class="bedrag">{r.regel.to_string()}</td>
                            <td class="kolom-kenmerk">{r.referentie.clone()}</td>
                            <td>{c.peildatum.nl()}</td>
                            <td class="bedrag">{nl(c.uren.normalize(), c.uren.normalize().scale().min(2))}</td>
                            <td class="bedrag">{procent(c.loonwaarde, 1)}</td>
                            <td class="bedrag">{euro(b.lks_meting)}</td>
                            <td class="bedrag">{euro(b.lks_forfait)}</td>
                            <td class="bedrag">{euro(b.nettokosten_meting)}</td>
                            <td class="bedrag">{euro(b.nettokosten_forfait)}</td>
                            <td class="bedrag">{euro(c.verschil(periode))}</td>
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
                        <th scope="col">{LKS_METING}</th><th scope="col">{LKS_FORFAIT}</th>
                        <th scope="col">{NETTO_METING}</th><th scope="col">{NETTO_FORFAIT}</th><th scope="col">{t::VERSCHIL_KOLOM}</th>
                    </tr></thead>
                    <tbody>{inhoud}</tbody>
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
