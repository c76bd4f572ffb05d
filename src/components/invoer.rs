//! The input form: what a jobcoach and an employer actually know, with the rarely needed
//! parameters in a "meer instellingen" section that opens by itself when values are missing.

use crate::components::details_open;
use crate::components::velden::{DatumVeld, KeuzeVeld, TekstVeld};
use crate::components::voorlopig::{VoorlopigKnop, Waardevelden};
use crate::state::Staat;
use crate::teksten::{self, melding, taal, veld, vertaal};
use leptos::prelude::*;
use rekenkern::getal::euro;
use rekenkern::invoer::{LoonKeuze, Subsidie};
use rekenkern::Sleutel;
// The examples in the fields are the core's defaults for an empty field, written the Dutch way.
use rekenkern::getal::nl;
use rekenkern::uitleg::Herkomst;
use rekenkern::{Fout, STANDAARD_LEEFTIJD, STANDAARD_LOONWAARDE, STANDAARD_UREN};

/// The form.
#[component]
pub fn Formulier() -> impl IntoView {
    let staat = expect_context::<Staat>();
    let taal = taal();
    let loon = move || staat.keuzes.with(|k| k.loon);

    let wml_info = Signal::derive(move || {
        staat.resultaat.with(|r| match r {
            Ok(u) => {
                // The hourly minimum for the age: a table value, or past the table for a youth made
                // from the scale and the wage for 21+ (a step, docs/adr/0024).
                let m = u.minimumuurloon;
                let bedrag = euro(m.waarde);
                match u.spoor.zoek_gebruikt(&m).map(|g| g.herkomst) {
                    Some(Herkomst::Tabel { vanaf }) => teksten::wml_info(&bedrag, Some(&vanaf.nl()), taal),
                    Some(Herkomst::Voorlopig { vanaf }) => teksten::wml_info_voorlopig(&bedrag, &vanaf.nl(), taal),
                    Some(_) => teksten::wml_info(&bedrag, None, taal),
                    None => teksten::wml_info_jeugd(&bedrag, u.spoor.is_aangekondigd(&m), taal),
                }
            }
            Err(_) => String::new(),
        })
    });
    let ontbrekend = Memo::new(move |_| {
        staat.resultaat.with(|r| match r {
            Err(f) => f
                .iter()
                .filter_map(|f| match f {
                    Fout::Ontbreekt { label, .. } => Some(vertaal(label, taal).to_string()),
                    Fout::Invoer { .. } => None,
                })
                .collect::<Vec<_>>(),
            Ok(_) => Vec::new(),
        })
    });
    let lopend = move || staat.keuzes.with(|k| k.subsidie == Subsidie::Lopend);
    // "Meer instellingen" opens by itself when values are missing, and never closes by itself
    // (only the user closes it), so it cannot close under someone who is typing in it.
    let open = RwSignal::new(false);
    Effect::new(move |_| {
        if !ontbrekend.get().is_empty() {
            open.set(true);
        }
    });
    let voltijd_hint = Signal::derive(move || {
        staat
            .resultaat
            .with(|r| {
                r.as_ref()
                    .ok()
                    .and_then(|u| u.spoor.zoek_gebruikt(&rekenkern::params::cao::VOLTIJD))
                    .map(|g| g.waarde.normalize().to_string())
            })
            .unwrap_or_default()
    });

    let keuzes_open = RwSignal::new(false);
    view! {
        <form class="formulier" on:submit=|ev| ev.prevent_default() novalidate>
            <h2>{vertaal(teksten::KOP_INVOER, taal)}</h2>
            <div class="formulier__rij">
                <DatumVeld sleutel=Sleutel::Datum info=wml_info vanaf=rekenkern::params::EERSTE_PEILDATUM />
                <TekstVeld sleutel=Sleutel::Leeftijd decimaal=false plaatshouder=Signal::derive(|| nl(STANDAARD_LEEFTIJD.into(), 0)) />
            </div>
            <div class="formulier__rij">
                <TekstVeld sleutel=Sleutel::Uren plaatshouder=Signal::derive(|| nl(STANDAARD_UREN, STANDAARD_UREN.scale())) />
                <TekstVeld sleutel=Sleutel::Loonwaarde decimaal=false plaatshouder=Signal::derive(|| nl(STANDAARD_LOONWAARDE.into(), 0)) />
            </div>
            <KeuzeVeld sleutel=Sleutel::Subsidie />
            <Show when=lopend>
                <DatumVeld sleutel=Sleutel::Toekenning />
            </Show>
            // In the compact (jobcoach) view these choices fold away, one tap away; otherwise always open.
            <details class="keuzes" open=move || !staat.compact.get() || keuzes_open.get()
                on:toggle=move |ev| if let Some(o) = details_open(&ev) { if staat.compact.get_untracked() { keuzes_open.set(o) } }>
            <summary>{vertaal(teksten::KEUZES_KOP, taal)}</summary>
            <KeuzeVeld sleutel=Sleutel::Beschut />
            <KeuzeVeld sleutel=Sleutel::Werkgever />
            <KeuzeVeld sleutel=Sleutel::Loon />
            <Show when=move || loon() == LoonKeuze::Eigen>
                <TekstVeld sleutel=Sleutel::Uurloon />
            </Show>
            <Show when=move || loon() == LoonKeuze::Cao>
                <KeuzeVeld sleutel=Sleutel::Schaal />
                <Show when=move || staat.keuzes.with(|k| matches!(k.schaal, 2 | 3))>
                    <TekstVeld sleutel=Sleutel::Uurloon tekst=veld::SCHAALLOON />
                </Show>
            </Show>
            <TekstVeld sleutel=Sleutel::Voltijd plaatshouder=voltijd_hint />
            <KeuzeVeld sleutel=Sleutel::Contract />
            <KeuzeVeld sleutel=Sleutel::Overheid />
            <KeuzeVeld sleutel=Sleutel::Omvang />
            <KeuzeVeld sleutel=Sleutel::Forfait />
            </details>

            <Show when=move || !ontbrekend.get().is_empty()>
                <div class="melding melding--waarschuwing" role="status" id="ontbreekt">
                    <p>{vertaal(melding::ONTBREEKT, taal)}</p>
                    <ul>{move || ontbrekend.get().into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                    <VoorlopigKnop id="knop-voorlopig" />
                </div>
            </Show>
            <details class="geavanceerd" open=move || open.get()
                on:toggle=move |ev| if let Some(o) = details_open(&ev) { open.set(o) }>
                <summary>{vertaal(teksten::GEAVANCEERD, taal)}</summary>
                <p class="hint">{vertaal(teksten::GEAVANCEERD_UITLEG, taal)}</p>
                <KeuzeVeld sleutel=Sleutel::WglMax />
                <KeuzeVeld sleutel=Sleutel::Lid7 />
                <KeuzeVeld sleutel=Sleutel::Aangekondigd />
                // One loop over the value fields; past the tables those the tables lack stand in the
                // provisional notice instead (voorlopig.rs).
                <div class="waardevelden"><Waardevelden in_melding=false /></div>
            </details>
        </form>
    }
}
