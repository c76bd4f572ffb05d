//! One cell as people type it in a spreadsheet, made into the value the scenario codec reads:
//! Dutch dates (`1-1-2026`, `01-07-2026`), percentages with a sign (`50%`), whole numbers with a
//! decimal zero (`50,0`), amounts with a euro sign and thousands separators (`€ 1.234,56`). What
//! cannot be made sense of is passed on unchanged, so the codec's message names it.

use crate::datum::Datum;
use crate::invoertabel::{Sleutel, Vorm};

/// How a scenario key's value is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Soort {
    Datum,
    Geheel,
    Getal,
    Tekst,
}

fn soort(sleutel: &str) -> Soort {
    if sleutel == crate::batch::kolommen::GEBOORTEDATUM {
        return Soort::Datum;
    }
    match Sleutel::uit_naam(sleutel).map(|s| s.veld().vorm) {
        Some(Vorm::Datum) => Soort::Datum,
        Some(Vorm::Geheel) => Soort::Geheel,
        Some(Vorm::Getal | Vorm::Procent) => Soort::Getal,
        Some(Vorm::MaandJaar | Vorm::Keuze(_)) | None => Soort::Tekst,
    }
}

/// The cell of column `sleutel` as the codec reads it. `puntkomma`: the file uses `;` (Dutch
/// Excel), so a dot between groups of three digits separates thousands.
pub(crate) fn lees(sleutel: &str, cel: &str, puntkomma: bool) -> String {
    let cel = cel.trim();
    match soort(sleutel) {
        Soort::Datum => Datum::parse_nl(cel).map_or_else(|| cel.to_string(), |d| d.to_string()),
        Soort::Getal => getal(cel, puntkomma),
        Soort::Geheel => {
            let g = getal(cel, puntkomma);
            match g.split_once('.') {
                Some((heel, nullen)) if !heel.is_empty() && nullen.bytes().all(|c| c == b'0') => heel.to_string(),
                _ => g,
            }
        }
        Soort::Tekst => cel.to_string(),
    }
}

/// A spreadsheet's typed cell of column `sleutel` as the codec reads it: a number as a number (no
/// decimal-comma guessing), a percentage cell's 0.25 as 25, a date as a date whatever its display
/// format, TRUE/FALSE as ja/nee; text as [`lees`] reads a `;` file. `Err`: the formula error the
/// cell holds (`#DEEL/0!`).
pub(crate) fn waarde(sleutel: &str, cel: &super::werkblad::Cel) -> Result<String, String> {
    use super::werkblad::Cel;
    let getal = |g: rust_decimal::Decimal| g.normalize().to_string();
    Ok(match cel {
        Cel::Leeg => String::new(),
        Cel::Tekst(t) => lees(sleutel, t, true),
        Cel::Getal(g) | Cel::Bedrag(g) | Cel::Uren(g) => getal(*g),
        Cel::Procent(p) => getal(p * rust_decimal::Decimal::ONE_HUNDRED),
        Cel::Datum(d) => match Sleutel::uit_naam(sleutel).map(|s| s.veld().vorm) {
            Some(Vorm::MaandJaar) => format!("{:04}-{:02}", d.jaar(), d.maand()),
            _ => d.to_string(),
        },
        Cel::Waarheid(w) => if *w { "ja" } else { "nee" }.into(),
        Cel::Fout(f) => return Err(f.clone()),
    })
}

/// The own reference from a typed cell: text as typed, a number without thousands separators
/// (personnel number 1001 stays `1001`).
pub(crate) fn referentie(cel: &super::werkblad::Cel) -> String {
    use super::werkblad::Cel;
    match cel {
        Cel::Getal(g) => g.normalize().to_string(),
        Cel::Tekst(t) => t.trim().to_string(),
        c => c.toon(),
    }
}

/// An amount in euro as a Dutch user types it (`9.000`, `€ 12,50`, `12.5`): at most cents, not
/// negative. `None` for anything else.
pub fn euro(w: &str) -> Option<rust_decimal::Decimal> {
    crate::getal::lees_getal(&getal(w.trim(), true), 2).ok().filter(|d| !d.is_sign_negative())
}

/// A number with `.` as decimal separator: without euro sign, percent sign, spaces and thousands
/// separators. Both `.` and `,`: the last one is the decimal separator. Only `,`: a decimal comma.
/// Only `.`: a decimal point, except groups of three after a euro sign or in a `;` file.
fn getal(cel: &str, puntkomma: bool) -> String {
    let euro = cel.contains('€') || cel.to_ascii_uppercase().contains("EUR");
    let kaal: String = cel
        .replace("EUR", "")
        .replace("eur", "")
        .chars()
        .filter(|c| !matches!(c, '€' | '%' | ' ' | '\u{a0}' | '\u{202f}'))
        .collect();
    let (punt, komma) = (kaal.rfind('.'), kaal.rfind(','));
    match (punt, komma) {
        (Some(p), Some(k)) if k > p => kaal.replace('.', "").replace(',', "."),
        (Some(_), Some(_)) => kaal.replace(',', ""),
        (None, Some(_)) => kaal.replace(',', "."),
        (Some(_), None) if (euro || puntkomma) && duizendtallen(&kaal) => kaal.replace('.', ""),
        _ => kaal,
    }
}

/// `1.234` or `12.345.678`: one to three digits, then groups of a dot and three digits.
fn duizendtallen(t: &str) -> bool {
    let t = t.strip_prefix('-').unwrap_or(t);
    let mut delen = t.split('.');
    let eerste = delen.next().unwrap_or_default();
    (1..=3).contains(&eerste.len())
        && eerste.bytes().all(|c| c.is_ascii_digit())
        && delen.all(|d| d.len() == 3 && d.bytes().all(|c| c.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::lees;

    #[test]
    fn cellen_zoals_een_spreadsheet_ze_schrijft() {
        assert_eq!(lees("datum", "1-1-2026", true), "2026-01-01");
        assert_eq!(lees("datum", "01-07-2026", true), "2026-07-01");
        assert_eq!(lees("datum", "2026-07-01", false), "2026-07-01");
        assert_eq!(lees("toekenning", "31/12/2025", false), "2025-12-31");
        assert_eq!(lees("datum", "7-31-2026", true), "7-31-2026", "no month 31: passed on, the codec says so");
        assert_eq!(lees("loonwaarde", "50%", true), "50");
        assert_eq!(lees("loonwaarde", "50,0", true), "50");
        assert_eq!(lees("loonwaarde", "50,5", true), "50.5", "not whole: the codec refuses it");
        assert_eq!(lees("uurloon", "€ 1.234,56", true), "1234.56");
        assert_eq!(lees("rml", "€ 2.337", false), "2337");
        assert_eq!(lees("rml", "2.337,00", true), "2337.00");
        assert_eq!(lees("uren", "37,5", true), "37.5");
        assert_eq!(lees("uren", "37.5", false), "37.5");
        assert_eq!(lees("p_aof", "7,635%", true), "7.635");
        assert_eq!(lees("max_premieloon", "79.409", true), "79409");
        assert_eq!(lees("uren", " 36 ", true), "36");
        assert_eq!(lees("forfait", " B ", true), "B");
        assert_eq!(lees("uren", "veel", true), "veel", "text stays as typed, for the message");
        assert_eq!(lees("uurloon", "15,20 EUR", true), "15.20");
        let e = |w: &str| super::euro(w).map(|d| d.to_string());
        assert_eq!(e("9.000").as_deref(), Some("9000"));
        assert_eq!(e("€ 12,50").as_deref(), Some("12.5"));
        assert_eq!(e("12.5").as_deref(), Some("12.5"));
        assert_eq!(e("-5"), None);
        assert_eq!(e("1,234"), None, "three decimals is no amount");
    }

    #[test]
    fn getypte_cellen() {
        use crate::batch::werkblad::Cel;
        use rust_decimal::Decimal;
        let d = |s: &str| Decimal::from_str_exact(s).unwrap_or_default();
        assert_eq!(super::waarde("loonwaarde", &Cel::Procent(d("0.5"))).as_deref(), Ok("50"));
        assert_eq!(super::waarde("loonwaarde", &Cel::Getal(d("50.0"))).as_deref(), Ok("50"));
        assert_eq!(super::waarde("uren", &Cel::Getal(d("1.234"))).as_deref(), Ok("1.234"), "no thousands guess");
        assert_eq!(super::waarde("uurloon", &Cel::Bedrag(d("15.50"))).as_deref(), Ok("15.5"));
        let datum = Cel::Datum(crate::Datum::vast(2026, 7, 1));
        assert_eq!(super::waarde("datum", &datum).as_deref(), Ok("2026-07-01"));
        assert_eq!(super::waarde("beschut", &Cel::Waarheid(false)).as_deref(), Ok("nee"));
        assert_eq!(super::waarde("uren", &Cel::Tekst("37,5".into())).as_deref(), Ok("37.5"));
        assert_eq!(super::waarde("uren", &Cel::Fout("#DEEL/0!".into())), Err("#DEEL/0!".into()));
        assert_eq!(super::referentie(&Cel::Getal(d("1001"))), "1001");
    }
}
