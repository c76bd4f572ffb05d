//! The rows, 100 at a time (10,000 table rows at once would make the page slow on a laptop; the
//! download has them all). What decides comes first: the net costs and their difference, then the
//! subsidies and the wage cost, then its parts (issue 31). The own reference is shown on screen but
//! never printed. The print has every row and every column: when the browser prints, two tables
//! (what you pay, and the parts of the wage cost) are written for all rows, on landscape pages.

use crate::teksten::meerdere as t;
use crate::teksten::{LOONWAARDE, PEILDATUM};
use leptos::prelude::*;
use rekenkern::batch::{Cijfers, Rij, Totalen};
use rekenkern::bedragen::Regel;
use rekenkern::getal::{euro, nl, procent};
use rekenkern::uitkomst::Periode;
use rust_decimal::Decimal;
use std::sync::Arc;

/// Rows per page.
const PER_BLAD: usize = 100;

/// An amount column: a line of the core's list, or the difference between the net costs.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kolom {
    Regel(Regel),
    Verschil,
}

impl Kolom {
    fn kop(self) -> &'static str {
        match self {
            Kolom::Regel(r) => r.label(),
            Kolom::Verschil => t::VERSCHIL_KOLOM,
        }
    }
    fn waarde(self, c: &Cijfers, p: Periode) -> Decimal {
        match self {
            Kolom::Regel(r) => c.per(p).get(r),
            Kolom::Verschil => c.verschil(p),
        }
    }
    /// The group's total: the core's sums (the download's TOTAAL line), never summed in the view.
    fn totaal(self, t: &Totalen) -> Decimal {
        match self {
            Kolom::Regel(r) => t.bedragen.get(r),
            Kolom::Verschil => t.minder + t.meer,
        }
    }
}

/// Which part of the table a column belongs to in the print.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Deel {
    /// What you pay, the subsidies and the wage cost: the first printed table.
    Beslist,
    /// The parts of the wage cost: the second printed table.
    Opbouw,
}

/// The amount columns: every part of each total (ADR 0021), the cao payments and the
/// loonkostenvoordeel only when a row has them. The wage cost is in both printed tables: the total
/// of the second, and what the subsidies are subtracted from in the first.
fn kolommen(totalen: &Totalen) -> Vec<(Kolom, Deel)> {
    use Regel::*;
    let heeft = |r: Regel| !totalen.bedragen.get(r).is_zero();
    let alle: [((Kolom, Deel), bool); 12] = [
        ((Kolom::Regel(NettokostenMeting), Deel::Beslist), true),
        ((Kolom::Regel(NettokostenForfait), Deel::Beslist), true),
        ((Kolom::Verschil, Deel::Beslist), true),
        ((Kolom::Regel(LksMeting), Deel::Beslist), true),
        ((Kolom::Regel(LksForfait), Deel::Beslist), true),
        ((Kolom::Regel(Lkv), Deel::Beslist), heeft(Lkv)),
        ((Kolom::Regel(Loonkosten), Deel::Beslist), true),
        ((Kolom::Regel(Brutoloon), Deel::Opbouw), true),
        ((Kolom::Regel(Vakantiebijslag), Deel::Opbouw), true),
        ((Kolom::Regel(CaoExtra), Deel::Opbouw), heeft(CaoExtra)),
        ((Kolom::Regel(Premies), Deel::Opbouw), true),
        ((Kolom::Regel(Pensioen), Deel::Opbouw), true),
    ];
    alle.into_iter().filter(|(_, toon)| *toon).map(|(k, _)| k).collect()
}

/// A row's loonwaarde as the screen and the print show it: measured, or not measured yet with the
/// loonwaarde for after the measurement (the CSV keeps the cell empty, as in the file).
fn loonwaarde_cel(r: &Rij, c: &Cijfers) -> String {
    match r.zonder_loonwaarde {
        Some(rekenkern::batch::ZonderLoonwaarde::NietGemeten { daarna }) => t::niet_gemeten_cel(daarna),
        _ => procent(c.loonwaarde, 1),
    }
}

/// Escapes text for HTML (the print tables are written as markup).
fn html(t: &str) -> String {
    t.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The print's two tables for every calculated row, as markup: written when the browser prints
/// (`beforeprint`), so 10,000 rows never sit in the page. The own reference is not in them.
fn afdruk(rijen: &[Rij], periode: Periode, totalen: &Totalen, kolommen: &[(Kolom, Deel)]) -> String {
    use std::fmt::Write;
    let goed: Vec<(&Rij, &Cijfers)> = rijen.iter().filter_map(|r| r.uitkomst.as_ref().ok().map(|c| (r, c))).collect();
    let mut uit = String::with_capacity(400 * goed.len() + 2000);
    if goed.iter().any(|(r, _)| !r.referentie.is_empty()) {
        let _ = write!(uit, r#"<p id="groep-afdruk-kenmerk">{}</p>"#, html(t::AFDRUK_ZONDER_KENMERK));
    }
    let delen: [(Deel, &str, &[&str]); 2] = [
        (Deel::Beslist, t::AFDRUK_BESLIST, &[t::REGEL, PEILDATUM, t::UREN, LOONWAARDE]),
        (Deel::Opbouw, t::AFDRUK_OPBOUW, &[t::REGEL]),
    ];
    for (deel, kop, vast) in delen {
        let deze: Vec<Kolom> = kolommen
            .iter()
            .filter(|(k, d)| *d == deel || (deel == Deel::Opbouw && *k == Kolom::Regel(Regel::Loonkosten)))
            .map(|(k, _)| *k)
            .collect();
        let _ = write!(uit, r#"<table class="groep-afdruk__tabel"><caption>{}</caption><thead><tr>"#, html(kop));
        for k in vast.iter().copied().chain(deze.iter().map(|k| k.kop())) {
            let _ = write!(uit, r#"<th scope="col">{}</th>"#, html(k));
        }
        uit.push_str("</tr></thead><tbody>");
        for (r, c) in &goed {
            let _ = write!(uit, r#"<tr><td class="bedrag">{}</td>"#, r.regel);
            if deel == Deel::Beslist {
                let loonwaarde = html(&loonwaarde_cel(r, c));
                let uren = nl(c.uren.normalize(), c.uren.normalize().scale().min(2));
                let _ = write!(
                    uit,
                    r#"<td>{}</td><td class="bedrag">{uren}</td><td class="bedrag">{loonwaarde}</td>"#,
                    c.peildatum.nl()
                );
            }
            for k in &deze {
                let _ = write!(uit, r#"<td class="bedrag">{}</td>"#, html(&euro(k.waarde(c, periode))));
            }
            uit.push_str("</tr>");
        }
        let _ = write!(
            uit,
            r#"</tbody><tfoot><tr class="sterk"><th scope="row" colspan="{}">{}</th>"#,
            vast.len(),
            html(&t::totaal_alle(goed.len()))
        );
        for k in &deze {
            let _ = write!(uit, r#"<td class="bedrag">{}</td>"#, html(&euro(k.totaal(totalen))));
        }
        uit.push_str("</tr></tfoot></table>");
    }
    uit
}

/// The table of calculated rows, with paging.
#[component]
pub fn Tabel(
    rijen: Arc<Vec<Rij>>,
    periode: Periode,
    /// The core's totals of this period (the download's TOTAAL line).
    totalen: Totalen,
) -> impl IntoView {
    // Rows with errors are listed above the table; the table pages through the others (no copy).
    let n = rijen.iter().filter(|r| r.uitkomst.is_ok()).count();
    let blad = RwSignal::new(0usize);
    let bladen = n.div_ceil(PER_BLAD).max(1);
    let alle_kolommen = kolommen(&totalen);
    let kolommen: Vec<Kolom> = alle_kolommen.iter().map(|(k, _)| *k).collect();
    // The TOTAAL line: the core's sums over every row (all pages), as in the download.
    let totaal: Vec<Decimal> = kolommen.iter().map(|k| k.totaal(&totalen)).collect();
    let koppen = kolommen.iter().map(|k| view! { <th scope="col">{k.kop()}</th> }).collect_view();
    // Every row and column on paper: written when the browser prints, removed after.
    let voor_afdruk = {
        let rijen = rijen.clone();
        leptos::prelude::window_event_listener_untyped("beforeprint", move |_| {
            if let Some(doel) =
                web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("groep-afdruk"))
            {
                doel.set_inner_html(&afdruk(&rijen, periode, &totalen, &alle_kolommen));
            }
        })
    };
    let na_afdruk = leptos::prelude::window_event_listener_untyped("afterprint", |_| {
        if let Some(doel) =
            web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("groep-afdruk"))
        {
            doel.set_inner_html("");
        }
    });
    on_cleanup(move || {
        voor_afdruk.remove();
        na_afdruk.remove();
    });
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
                            <td class="bedrag">{loonwaarde_cel(r, c)}</td>
                            {kolommen.iter().map(|k| view! { <td class="bedrag">{euro(k.waarde(c, periode))}</td> }).collect_view()}
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
            <p id="groep-bereik" class="geen-afdruk" aria-live="polite">{bereik}</p>
            <div class="tabel-scroll groep-scherm" tabindex="0" role="region" aria-labelledby="groep-rijen-kop">
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
            <div class="afdruk-alleen groep-afdruk" id="groep-afdruk"></div>
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
