//! "Wat verandert er op 1 januari?" (docs/adr/0024): December beside the January after it, per
//! month as the cards show a month, line by line, each changed line with its reasons in B1 words.
//! Open by itself when the peildatum is in December or January; otherwise one tap away. Built when
//! open (it calculates two months); in the print when open. The core decides every amount and every
//! reason (`rekenkern::jaarwissel`); this only shows them.

use crate::components::details_open;
use crate::state::Staat;
use crate::teksten::{self, jaarwissel as t, taal, vertaal};
use leptos::prelude::*;
use rekenkern::getal::euro;
use rekenkern::jaarwissel::{jaarwissel, rond_de_jaarwissel, Jaarwissel};
use rekenkern::{Datum, Taal};

/// "december 2026", "januari 2027".
fn maand(d: Datum, taal: Taal) -> String {
    format!("{} {}", teksten::maand_naam(d.maand(), taal), d.jaar())
}

/// A signed difference, with a plus for a rise ("+ € 351,00").
fn verschil(v: rust_decimal::Decimal) -> String {
    if v.is_zero() {
        String::new()
    } else if v.is_sign_positive() {
        format!("+ {}", euro(v))
    } else {
        format!("− {}", euro(-v))
    }
}

fn tabel(j: &Jaarwissel, taal: Taal) -> impl IntoView {
    let (dec, jan) = (maand(j.december.datum, taal), maand(j.januari.datum, taal));
    let voorlopig = |k: &rekenkern::jaarwissel::Kant| {
        k.uitkomst.is_voorlopig("nettokosten_meting").then(|| {
            view! {
                <br/><span class="label-voorlopig">{vertaal(teksten::VOORLOPIG, taal)}</span>
            }
        })
    };
    // Each cell carries its column's heading, shown above it on a narrow screen (style/app.css).
    let (kop_dec, kop_jan, kop_verschil) =
        (teksten::hoofdletter(&dec), teksten::hoofdletter(&jan), vertaal(t::VERSCHIL, taal));
    let rijen: Vec<_> = j
        .regels
        .iter()
        .map(|r| {
            // The reasons as references to the numbered list under the table.
            let redenen: Vec<_> = r
                .redenen
                .iter()
                .map(|n| {
                    let nummer = n + 1;
                    view! { " "<a href=format!("#jaarwissel-reden-{nummer}") class="jaarwissel__ref"
                    aria-label=format!("{} {nummer}", vertaal(t::REDEN, taal))>{nummer}</a> }
                })
                .collect();
            view! {
                <tr class:sterk=r.totaal class:jaarwissel--anders=!r.verschil.is_zero()>
                    <th scope="row">{vertaal(r.label, taal)}{redenen}</th>
                    <td class="bedrag" data-kop=kop_dec.clone()>{euro(r.december)}</td>
                    <td class="bedrag" data-kop=kop_jan.clone()>{euro(r.januari)}</td>
                    <td class="bedrag" data-kop=kop_verschil>{verschil(r.verschil)}</td>
                </tr>
            }
        })
        .collect();
    let redenen: Vec<_> = j
        .redenen
        .iter()
        .enumerate()
        .map(|(n, r)| view! { <li id=format!("jaarwissel-reden-{}", n + 1)>{r.tekst(taal)}</li> })
        .collect();
    let niets = j.regels.iter().all(|r| r.verschil.is_zero());
    view! {
        <div class="tabel-scroll" tabindex="0" role="region" aria-labelledby="jaarwissel-tabel-kop">
            <table class="jaarwissel">
                <caption id="jaarwissel-tabel-kop">{teksten::hoofdletter(&teksten::jaarwissel::onderschrift(&dec, &jan, taal))}</caption>
                <thead><tr>
                    <td></td>
                    <th scope="col">{teksten::hoofdletter(&dec)}{voorlopig(&j.december)}</th>
                    <th scope="col">{teksten::hoofdletter(&jan)}{voorlopig(&j.januari)}</th>
                    <th scope="col">{vertaal(t::VERSCHIL, taal)}</th>
                </tr></thead>
                <tbody>{rijen}</tbody>
            </table>
        </div>
        {if niets {
            view! { <p id="jaarwissel-niets">{vertaal(t::NIETS, taal)}</p> }.into_any()
        } else {
            view! {
                <h3>{vertaal(t::WAAROM, taal)}</h3>
                <ol class="jaarwissel__redenen" id="jaarwissel-redenen">{redenen}</ol>
            }.into_any()
        }}
        <ul class="jaarwissel__aannames">{j.aannames.iter().map(|a| view! { <li>{a.in_taal(taal)}</li> }).collect_view()}</ul>
    }
}

/// The section under the comparison.
#[component]
pub fn JaarwisselBlok() -> impl IntoView {
    let staat = expect_context::<Staat>();
    let taal = taal();
    let peildatum = Memo::new(move |_| staat.gelezen.with(|g| g.invoer.datum.unwrap_or_else(crate::klok::vandaag)));
    // Opened by the user (or closed), else open around the turn of the year.
    let gekozen = RwSignal::new(None::<bool>);
    let open = move || gekozen.get().unwrap_or_else(|| rond_de_jaarwissel(peildatum.get()));
    let inhoud = move || {
        open().then(|| {
            staat.gelezen.with(|g| match jaarwissel(&g.invoer, crate::klok::vandaag()) {
                Ok(j) => tabel(&j, taal).into_any(),
                Err(fouten) => view! {
                    <div class="melding melding--waarschuwing" id="jaarwissel-fout">
                        <p>{vertaal(t::LUKT_NIET, taal)}</p>
                        <ul>{fouten.iter().map(|f| view! { <li>{f.tekst_in(taal)}</li> }).collect_view()}</ul>
                    </div>
                }
                .into_any(),
            })
        })
    };
    view! {
        <section class="jaarwissel-blok" aria-labelledby="kop-jaarwissel">
            <details class="jaarwissel-details" id="jaarwissel" prop:open=open
                on:toggle=move |ev| if let Some(o) = details_open(&ev) { if o != open() { gekozen.set(Some(o)) } }>
                <summary><h2 id="kop-jaarwissel">{vertaal(t::KOP, taal)}</h2></summary>
                <p class="hint">{vertaal(t::UITLEG, taal)}</p>
                {inhoud}
            </details>
        </section>
    }
}
