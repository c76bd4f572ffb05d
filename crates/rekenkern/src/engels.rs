//! English, the second language. Every text is written once, with its Dutch and its English, by
//! [`tekst!`](crate::tekst) where it is defined; `tests/engels.rs` collects the pairs of the core and
//! the app into `static/en.tsv` ("Dutch<TAB>English" per line, sorted by the Dutch) and fails when
//! that file is stale, when a text has no English, or when one Dutch text has two English ones.
//! The Dutch text is the key: it is what the wasm carries already (ADR 0010).

use crate::taal::Taal;
use std::sync::OnceLock;

/// The pairs (Dutch, English), sorted by the Dutch. Set once and never changed: natively from
/// `en.tsv` compiled in; in the browser by [`laad`], when someone chooses English, so the Dutch
/// page does not carry the English (docs/performance.md).
static PAREN: OnceLock<Vec<(&'static str, &'static str)>> = OnceLock::new();

/// The pairs of an `en.tsv` text (lines without a tab are skipped). The file is sorted by the
/// Dutch (`tests/engels.rs` writes it so and fails when it is not current), so it is not sorted
/// again here: a sort would cost the wasm 1 KB.
fn lees(tekst: &'static str) -> Vec<(&'static str, &'static str)> {
    tekst.lines().filter_map(|r| r.split_once('\t')).collect()
}

fn paren() -> Option<&'static [(&'static str, &'static str)]> {
    #[cfg(not(target_arch = "wasm32"))]
    let paren = PAREN.get_or_init(|| lees(include_str!("../../../static/en.tsv")));
    #[cfg(target_arch = "wasm32")]
    let paren = PAREN.get()?;
    Some(paren)
}

/// The English for a Dutch text, if there is one.
pub fn engels(nl: &str) -> Option<&'static str> {
    let paren = paren()?;
    paren.binary_search_by(|(d, _)| (*d).cmp(nl)).ok().and_then(|i| paren.get(i)).map(|(_, e)| *e)
}

/// In the browser: installs the English loaded from `en.tsv`. It lives as long as the page, so it
/// is leaked once into `&'static str`. A second call changes nothing.
pub fn laad(tekst: String) {
    let tekst: &'static str = Box::leak(tekst.into_boxed_str());
    let _ = PAREN.set(lees(tekst));
}

/// Whether English is available (always natively; in the browser after [`laad`]).
pub fn beschikbaar() -> bool {
    paren().is_some_and(|p| !p.is_empty())
}

/// A text with places for values (`{0}`, `{1}`, ...) in the chosen language, filled in. The Dutch
/// template is the key of its English, like every other text, so the English sentence is not in the
/// app's wasm. A place without a value stays empty; a `{` that starts no place stays as it is.
pub fn vul(nl: &'static str, taal: Taal, waarden: &[&str]) -> String {
    let sjabloon = vertaal(nl, taal);
    let mut uit = String::with_capacity(sjabloon.len() + 16);
    let mut rest = sjabloon;
    while let Some(i) = rest.find('{') {
        uit.push_str(&rest[..i]);
        let na = &rest[i + 1..];
        match na.find('}').and_then(|j| na[..j].parse::<usize>().ok().map(|n| (j, n))) {
            Some((j, n)) => {
                uit.push_str(waarden.get(n).copied().unwrap_or_default());
                rest = &na[j + 1..];
            }
            None => {
                uit.push('{');
                rest = na;
            }
        }
    }
    uit.push_str(rest);
    uit
}

/// The text in the chosen language (Dutch when no translation exists).
pub fn vertaal(nl: &'static str, taal: Taal) -> &'static str {
    match taal {
        Taal::Nl => nl,
        Taal::En => engels(nl).unwrap_or(nl),
    }
}
