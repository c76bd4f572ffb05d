//! A sheet's layout as people make it: a title and empty rows above the header, a totals row at
//! the bottom. The header is the first row whose cells name known columns (at least two when some
//! row has two, so a one-word title is no header); a totals row is left out and named, never
//! counted as an employee (docs/adr/0023).

use super::kolommen::{herken, ID};
use super::werkblad::{BladRij, Cel, Werkblad};
use rust_decimal::Decimal;

/// Rows looked at for the header (a title block is never longer).
pub const KOP_ZOEKEN: usize = 20;

/// How many cells of a row name a known column.
fn herkend(r: &BladRij) -> usize {
    r.cellen.iter().filter(|c| matches!(c, Cel::Tekst(t) if herken(t).is_some())).count()
}

/// The index in `blad.rijen` of the header; `None` when no row of the first [`KOP_ZOEKEN`] names
/// a known column.
pub fn kopregel(blad: &Werkblad) -> Option<usize> {
    let tellingen: Vec<usize> = blad.rijen.iter().take(KOP_ZOEKEN).map(herkend).collect();
    let meeste = tellingen.iter().copied().max().unwrap_or(0);
    if meeste == 0 {
        return None;
    }
    tellingen.iter().position(|n| *n >= meeste.min(2))
}

/// The rows a user can choose as header: the first [`KOP_ZOEKEN`], by number, with their first
/// cells as the spreadsheet shows them.
pub fn kandidaten(blad: &Werkblad) -> Vec<(u64, String)> {
    blad.rijen
        .iter()
        .take(KOP_ZOEKEN)
        .map(|r| {
            let cellen: Vec<String> = r.cellen.iter().filter(|c| !c.is_leeg()).take(4).map(Cel::toon).collect();
            let mut tekst: String = cellen.join(" · ").chars().take(60).collect();
            if r.cellen.iter().filter(|c| !c.is_leeg()).count() > 4 {
                tekst.push_str(" …");
            }
            (u64::from(r.nummer), tekst)
        })
        .collect()
}

/// First words that make a row a totals row.
const TOTAALWOORDEN: &[&str] = &["totaal", "totalen", "subtotaal", "eindtotaal", "total", "totals", "som", "sum"];

/// The first text of a totals row (`Totaal`, `Subtotaal afdeling 2`), or `None`.
fn totaal_label(r: &BladRij) -> Option<String> {
    let Cel::Tekst(t) = r.cellen.iter().find(|c| !c.is_leeg())? else { return None };
    let eerste: String = t.trim().chars().take_while(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect();
    TOTAALWOORDEN.contains(&eerste.as_str()).then(|| t.trim().to_string())
}

fn getal(c: &Cel) -> Option<Decimal> {
    match c {
        Cel::Getal(g) | Cel::Bedrag(g) | Cel::Procent(g) | Cel::Uren(g) => Some(*g),
        _ => None,
    }
}

/// The totals rows among `data` (the rows under the header): a row that starts with a totals word,
/// and a last row with an empty reference (in a file with a reference column) whose numbers are each the sum (or the average) of their
/// column above, at least one a sum. Row number and what it is called.
pub fn totaalregels(data: &[BladRij], id_kolom: Option<usize>) -> Vec<(u64, String)> {
    let mut uit: Vec<(u64, String)> =
        data.iter().filter_map(|r| totaal_label(r).map(|l| (u64::from(r.nummer), l))).collect();
    let Some((laatste, boven)) = data.split_last() else { return uit };
    if uit.iter().any(|(n, _)| *n == u64::from(laatste.nummer)) {
        return uit;
    }
    let boven: Vec<&BladRij> = boven.iter().filter(|r| !uit.iter().any(|(n, _)| *n == u64::from(r.nummer))).collect();
    // Only with a reference column: without one, an employee whose hours happen to be the sum of
    // two others' would look like a total.
    let Some(id) = id_kolom else { return uit };
    let eigen = laatste.cellen.get(id).is_some_and(|c| !c.is_leeg());
    if boven.len() < 2 || eigen {
        return uit;
    }
    let mut sommen = 0;
    for (k, c) in laatste.cellen.iter().enumerate() {
        let Some(w) = getal(c) else {
            if c.is_leeg() {
                continue;
            }
            return uit; // text in a row without reference: an employee with missing cells, not a sum
        };
        let kolom: Vec<Decimal> = boven.iter().filter_map(|r| r.cellen.get(k).and_then(getal)).collect();
        let som: Decimal = kolom.iter().sum();
        if kolom.is_empty() {
            return uit;
        }
        if w == som {
            sommen += 1;
        } else if Decimal::from(kolom.len()).checked_mul(w) != Some(som) {
            return uit;
        }
    }
    if sommen > 0 {
        uit.push((u64::from(laatste.nummer), "som van de kolommen".into()));
    }
    uit
}

/// The column of the own reference in a header, if any.
pub fn id_kolom(kolommen: &[super::kolommen::Kolom]) -> Option<usize> {
    kolommen.iter().position(|k| k.betekenis == super::kolommen::Betekenis::Sleutel(ID))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn tekst(t: &str) -> Cel {
        Cel::Tekst(t.into())
    }
    fn g(n: i64) -> Cel {
        Cel::Getal(Decimal::from(n))
    }
    fn rij(nummer: u32, cellen: Vec<Cel>) -> BladRij {
        BladRij { nummer, cellen }
    }

    #[test]
    fn kop_onder_een_titel() {
        let blad = Werkblad {
            naam: "x".into(),
            rijen: vec![
                rij(1, vec![tekst("Loonwaarde")]),
                rij(3, vec![tekst("Medewerker"), tekst("Uren per week"), tekst("Loonwaarde")]),
                rij(4, vec![tekst("A"), g(36), g(50)]),
            ],
        };
        assert_eq!(kopregel(&blad), Some(1), "a one-word title is no header when a row names more");
        assert_eq!(kandidaten(&blad)[1], (3, "Medewerker · Uren per week · Loonwaarde".into()));
        let leeg = Werkblad { naam: "x".into(), rijen: vec![rij(1, vec![tekst("Afdeling")])] };
        assert_eq!(kopregel(&leeg), None);
    }

    #[test]
    fn totaalregels_met_woord_en_met_sommen() {
        let data = vec![
            rij(4, vec![tekst("A"), g(36), g(50)]),
            rij(5, vec![tekst("B"), g(18), g(30)]),
            rij(6, vec![tekst("Totaal:"), g(54)]),
        ];
        assert_eq!(totaalregels(&data, Some(0)), vec![(6, "Totaal:".into())]);
        let data = vec![
            rij(4, vec![tekst("A"), g(36), g(50)]),
            rij(5, vec![tekst("B"), g(18), g(30)]),
            rij(6, vec![Cel::Leeg, g(54), g(40)]),
        ];
        assert_eq!(totaalregels(&data, Some(0)), vec![(6, "som van de kolommen".into())], "a sum and an average");
        let data = vec![rij(4, vec![tekst("Sommer"), g(36)]), rij(5, vec![tekst("B"), g(36)])];
        assert!(totaalregels(&data, Some(0)).is_empty(), "a name is no totals word");
        let data = vec![rij(4, vec![Cel::Leeg, g(36)]), rij(5, vec![Cel::Leeg, g(18)]), rij(6, vec![Cel::Leeg, g(20)])];
        assert!(totaalregels(&data, Some(0)).is_empty(), "20 is no sum of 36 and 18");
    }
}
