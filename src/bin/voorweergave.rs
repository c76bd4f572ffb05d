//! The first screen rendered ahead of time (issue 25, ADR 0022): the page of the default scenario,
//! made at build time by the app's own components through Leptos' server rendering, so the
//! browser paints the form and the amounts before any wasm has arrived, and the app that takes
//! over builds the same markup (nothing moves).
//!
//! usage: voorweergave [JJJJ-MM-DD]  (default: today, UTC)
//! stdout: `JJJJ-MM-DD JJJJ-MM-DD` (the first and last day with exactly this page: the start script
//! shows the prerendered amounts only on those days), then the page's markup.

use leptos::prelude::*;
use rekenhulp_app::state::Staat;
use rekenkern::Datum;
use std::process::ExitCode;

/// How far the search for days with the same page goes (a parameter period is half a year).
const ZOEK_DAGEN: i64 = 400;
/// Days from 1-1-1970 (the core's `Datum::uit_unix_dagen`).
const SECONDEN_PER_DAG: u64 = 86_400;

fn vandaag() -> Option<i64> {
    let seconden = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).ok()?.as_secs();
    i64::try_from(seconden / SECONDEN_PER_DAG).ok()
}

/// Days since 1-1-1970 of a date (by search from an estimate: the core counts the other way only).
fn dagen_van(d: Datum) -> Option<i64> {
    let schatting = (i64::from(d.jaar()) - 1970) * 365;
    (schatting - 400..schatting + 400).find(|n| Datum::uit_unix_dagen(*n) == Some(d))
}

/// The page on one day (an empty date field means that day, as in the app).
fn pagina(dag: Datum) -> String {
    Owner::new().with(|| {
        let staat = Staat::nieuw(dag);
        provide_context(staat);
        rekenhulp_app::app::pagina(staat, RwSignal::new(false)).to_html()
    })
}

fn main() -> ExitCode {
    let dag = match std::env::args().nth(1) {
        Some(a) => Datum::parse(&a).and_then(dagen_van),
        None => vandaag(),
    };
    let Some((dag, datum)) = dag.and_then(|n| Some((n, Datum::uit_unix_dagen(n)?))) else {
        eprintln!("voorweergave: geen geldige datum (JJJJ-MM-DD)");
        return ExitCode::FAILURE;
    };
    let html = pagina(datum);
    // The days around it with exactly the same page (the same parameters, notices and amounts).
    let zelfde = |n: i64| Datum::uit_unix_dagen(n).is_some_and(|d| pagina(d) == html);
    let van = (1..=ZOEK_DAGEN).take_while(|k| zelfde(dag - k)).last().map_or(dag, |k| dag - k);
    let tot = (1..=ZOEK_DAGEN).take_while(|k| zelfde(dag + k)).last().map_or(dag, |k| dag + k);
    let (Some(van), Some(tot)) = (Datum::uit_unix_dagen(van), Datum::uit_unix_dagen(tot)) else {
        return ExitCode::FAILURE;
    };
    // The root gets an id: the app removes it when it takes over.
    let Some(html) = html.strip_prefix(r#"<div class="pagina">"#) else {
        eprintln!("voorweergave: de pagina begint niet met <div class=\"pagina\">");
        return ExitCode::FAILURE;
    };
    println!("{van} {tot}");
    println!(r#"<div class="pagina" id="voorweergave">{html}"#);
    ExitCode::SUCCESS
}
