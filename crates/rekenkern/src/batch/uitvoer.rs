//! The result as a typed table ([`tabel`]) and as CSV, safe for spreadsheets.

use super::plek::{self, Plekinvoer, Plekkosten};
use super::werkblad::{BladRij, Cel, Werkblad};
use super::{Rij, Totalen, BEDRAGEN};
use crate::getal::afronden;
use crate::invoertabel::Sleutel;
use crate::uitkomst::{Omslagpunt, Periode};
use rust_decimal::Decimal;

/// The result as CSV: a header, one line per row (errors in the `status` column), and a TOTAAL line.
/// With `;` as separator numbers get a decimal comma (Dutch spreadsheets). The column `periode`
/// says what the amounts cover: the peildatum month (`2026-07`) or the calendar year (`2026`).
pub fn csv(rijen: &[Rij], periode: Periode, scheiding: u8) -> String {
    csv_met_plek(rijen, periode, scheiding, None)
}

/// [`csv`], with the cost of a place (`plek`) in extra columns per row and in the TOTAAL line.
pub fn csv_met_plek(rijen: &[Rij], periode: Periode, scheiding: u8, plek: Option<&Plekinvoer>) -> String {
    use std::fmt::Write;
    // Each cell's text is written into one buffer (no string per cell; issue 34: `format!` per cell
    // was an eighth of the CLI's work per row).
    let tekst = |cel: &mut String, c: &Cel| {
        let getal = match c {
            Cel::Leeg => false,
            Cel::Tekst(t) | Cel::Fout(t) => {
                cel.push_str(t);
                false
            }
            Cel::Getal(g) | Cel::Uren(g) => {
                let _ = write!(cel, "{}", g.normalize());
                true
            }
            Cel::Procent(p) => {
                let _ = write!(cel, "{}", (p * Decimal::ONE_HUNDRED).normalize());
                true
            }
            Cel::Bedrag(b) => {
                bedrag(cel, *b);
                true
            }
            Cel::Datum(d) => {
                let _ = write!(cel, "{d}");
                false
            }
            Cel::Waarheid(w) => {
                cel.push_str(if *w { "ja" } else { "nee" });
                false
            }
        };
        if getal && scheiding == b';' && cel.contains('.') {
            *cel = cel.replace('.', ",");
        }
    };
    // A `;` file is for Dutch Excel, which reads UTF-8 only with a byte order mark (é, €).
    let mut uit = if scheiding == b';' { String::from('\u{feff}') } else { String::new() };
    let mut cel = String::new();
    for r in &tabel_met(rijen, periode, plek, Kop::Sleutels).rijen {
        for (i, c) in r.cellen.iter().enumerate() {
            if i > 0 {
                uit.push(char::from(scheiding));
            }
            cel.clear();
            tekst(&mut cel, c);
            veld(&mut uit, &cel, scheiding);
        }
        uit.push_str("\r\n");
    }
    uit
}

/// An amount to the cent as `format!("{:.2}", afronden(b, 2))` writes it (a `-` for every negative
/// value, also minus zero), without the formatting machinery (13 amounts a row).
fn bedrag(uit: &mut String, b: Decimal) {
    let b = afronden(b, 2);
    let scale = b.scale();
    let Some(m) =
        b.mantissa().unsigned_abs().checked_mul(10u128.pow(2u32.saturating_sub(scale))).filter(|_| scale <= 2)
    else {
        use std::fmt::Write;
        let _ = write!(uit, "{b:.2}");
        return;
    };
    if b.is_sign_negative() {
        uit.push('-');
    }
    // The digits of the whole euros, last first.
    let mut cijfers = [0u8; 40];
    let mut n = 0;
    let mut e = m / 100;
    loop {
        cijfers[n] = b'0' + (e % 10) as u8;
        n += 1;
        e /= 10;
        if e == 0 {
            break;
        }
    }
    for &c in cijfers[..n].iter().rev() {
        uit.push(char::from(c));
    }
    let c = (m % 100) as u8;
    uit.push('.');
    uit.push(char::from(b'0' + c / 10));
    uit.push(char::from(b'0' + c % 10));
}

/// What the header row holds: the stable names (the CSV, which scripts read) or words (the .xlsx,
/// which people read; issue 32).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kop {
    Sleutels,
    Woorden,
}

/// The result as a typed table for the .xlsx download, the header its first row in words and the
/// TOTAAL line its last: amounts, percentages and dates as such (docs/adr/0023). The same columns
/// as the CSV, by construction ([`tabel_met`]).
pub fn tabel(rijen: &[Rij], periode: Periode, plek: Option<&Plekinvoer>) -> Werkblad {
    tabel_met(rijen, periode, plek, Kop::Woorden)
}

/// The table with its header in stable names (the CSV writes it as text) or in words.
fn tabel_met(rijen: &[Rij], periode: Periode, plek: Option<&Plekinvoer>, soort: Kop) -> Werkblad {
    let (p, per) = if periode == Periode::Jaar { ("jaar", "per jaar") } else { ("maand", "per maand") };
    let woorden = soort == Kop::Woorden;
    let kolom = |sleutel: String, tekst: &str| if woorden { tekst.to_string() } else { sleutel };
    let mut kop = vec![
        kolom("id".into(), "Eigen kenmerk"),
        kolom("peildatum".into(), "Peildatum"),
        kolom("periode".into(), "Periode"),
        kolom(Sleutel::Uren.naam().into(), "Uren per week"),
        kolom(Sleutel::Loonwaarde.naam().into(), "Loonwaarde"),
    ];
    kop.extend(BEDRAGEN.iter().map(|r| kolom(format!("{}_{p}", r.naam()), &format!("{} {per}", r.label()))));
    kop.extend([
        kolom(format!("verschil_nettokosten_{p}"), &format!("Verschil wat u zelf betaalt, forfait min meting, {per}")),
        kolom("omslagpunt_loonwaarde".into(), "Omslagpunt loonwaarde"),
        kolom("status".into(), "Status"),
    ]);
    let plekken = plek.map(|pi| plek::groep(rijen, pi, periode));
    // The cost of a place: its columns after `status`, when the user gave begeleiding and opbrengst.
    if plekken.is_some() {
        kop.extend(plek::KOLOMMEN.iter().map(|(k, w)| kolom(format!("{k}_{p}"), &format!("{w} {per}"))));
    }
    let plekcellen =
        |k: &Plekkosten| -> Vec<Cel> { k.velden().iter().map(|(_, w)| w.map_or(Cel::Leeg, Cel::Bedrag)).collect() };
    let mut uit = Vec::with_capacity(rijen.len() + 2);
    uit.push(kop.into_iter().map(Cel::Tekst).collect::<Vec<_>>());
    for (i, r) in rijen.iter().enumerate() {
        let mut velden = vec![Cel::Tekst(r.referentie.clone())];
        match &r.uitkomst {
            Ok(c) => {
                let b = c.per(periode);
                let gedekt = match periode {
                    Periode::Jaar => c.jaar.to_string(),
                    _ => c.peildatum.to_string().chars().take(7).collect(),
                };
                // A row without a loonwaarde keeps it empty; its status says what it was calculated as.
                let loonwaarde = if r.zonder_loonwaarde.is_some() { Cel::Leeg } else { Cel::Procent(c.loonwaarde) };
                velden.extend([Cel::Datum(c.peildatum), Cel::Tekst(gedekt), Cel::Getal(c.uren), loonwaarde]);
                velden.extend(BEDRAGEN.map(|r| Cel::Bedrag(b.get(r))));
                velden.push(Cel::Bedrag(c.verschil(periode)));
                velden.push(match c.omslagpunt {
                    Omslagpunt::Bij(lw) => Cel::Procent(afronden(lw * Decimal::ONE_HUNDRED, 1) / Decimal::ONE_HUNDRED),
                    Omslagpunt::ForfaitAltijdHoger => Cel::Tekst("forfait altijd hoger".into()),
                });
                velden.push(Cel::Tekst(status(r)));
            }
            Err(_) => {
                velden.extend(vec![Cel::Leeg; 4 + BEDRAGEN.len() + 2]);
                velden.push(Cel::Tekst(status(r)));
            }
        }
        if let Some((per_rij, _)) = &plekken {
            match per_rij.get(i).and_then(Option::as_ref) {
                Some(k) => velden.extend(plekcellen(k)),
                None => velden.extend(vec![Cel::Leeg; Plekkosten::default().velden().len()]),
            }
        }
        uit.push(velden);
    }
    let t = Totalen::van(rijen, periode);
    let mut som = vec![Cel::Tekst("TOTAAL".into()), Cel::Leeg, Cel::Leeg, Cel::Leeg, Cel::Leeg];
    som.extend(BEDRAGEN.map(|r| Cel::Bedrag(t.bedragen.get(r))));
    som.extend([Cel::Bedrag(t.minder + t.meer), Cel::Leeg, Cel::Tekst(super::teksten::medewerkers(t.gelukt))]);
    if let Some((_, totaal)) = &plekken {
        som.extend(plekcellen(totaal));
    }
    uit.push(som);
    Werkblad {
        naam: "Uitkomst".into(),
        rijen: uit
            .into_iter()
            .enumerate()
            .map(|(i, cellen)| BladRij { nummer: u32::try_from(i + 1).unwrap_or(u32::MAX), cellen })
            .collect(),
    }
}

/// The status of a row as the download's last column says it: `ok`, `ok (voorlopig)`, what a row
/// without a loonwaarde was calculated as, or why it was not calculated.
pub fn status(r: &Rij) -> String {
    let mut bij = Vec::new();
    match (&r.uitkomst, r.zonder_loonwaarde) {
        (Err(tekst), _) if r.weggelaten() => return format!("niet meegeteld, regel {}: {tekst}", r.regel),
        (Err(tekst), _) => return format!("fout in regel {}: {tekst}", r.regel),
        (Ok(c), zonder) => {
            if c.voorlopig {
                bij.push("voorlopig".to_string());
            }
            if let Some(super::ZonderLoonwaarde::NietGemeten { daarna }) = zonder {
                bij.push(super::teksten::niet_gemeten(daarna));
            }
        }
    }
    if bij.is_empty() {
        "ok".into()
    } else {
        format!("ok ({})", bij.join("; "))
    }
}

/// One CSV line, quoting fields that need it (RFC 4180), and neutralising spreadsheet formulas
/// in free text (a reference starting with `=` must not run in Excel).
#[cfg(test)]
fn regel(uit: &mut String, velden: &[String], scheiding: u8) {
    for (i, v) in velden.iter().enumerate() {
        if i > 0 {
            uit.push(char::from(scheiding));
        }
        veld(uit, v, scheiding);
    }
    uit.push_str("\r\n");
}

/// One field of a CSV line ([`regel`]).
fn veld(uit: &mut String, v: &str, scheiding: u8) {
    let sep = char::from(scheiding);
    let formule = v.starts_with(['=', '+', '@', '\t', '\r'])
        || (v.starts_with('-') && v.parse::<Decimal>().is_err() && v.replace(',', ".").parse::<Decimal>().is_err());
    let quote = |uit: &mut String, v: &str| {
        if v.contains([sep, '"', '\n', '\r']) {
            uit.push('"');
            uit.push_str(&v.replace('"', "\"\""));
            uit.push('"');
        } else {
            uit.push_str(v);
        }
    };
    if formule {
        quote(uit, &format!("'{v}"));
    } else {
        quote(uit, v);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn een_bedrag_zoals_format_het_schrijft() {
        use rust_decimal_macros::dec;
        let mut waarden = vec![
            Decimal::ZERO,
            -Decimal::ZERO,
            dec!(-0.00),
            dec!(-0.004),
            dec!(0.005),
            dec!(-0.005),
            dec!(1),
            dec!(-1.5),
            dec!(12.345),
            dec!(-12.344999),
            dec!(100),
            dec!(2549.99),
            Decimal::MAX,
            Decimal::MIN,
            Decimal::new(1, 28),
            Decimal::new(-1, 28),
        ];
        // A spread of mantissas and scales (a simple generator: no dependency).
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..20_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let m = i64::try_from(x >> 1).unwrap_or(0) >> (x % 60);
            let m = if x.is_multiple_of(3) { -m } else { m };
            waarden.push(Decimal::new(m, u32::try_from(x % 29).unwrap_or(0)));
        }
        for w in waarden {
            let mut s = String::new();
            bedrag(&mut s, w);
            assert_eq!(s, format!("{:.2}", afronden(w, 2)), "{w:?}");
        }
    }

    #[test]
    fn formules_en_scheidingstekens_worden_onschadelijk() {
        let mut s = String::new();
        regel(&mut s, &["=SOM(A1)".into(), "a,b".into(), "-12.50".into(), "-x".into(), "\"q\"".into()], b',');
        assert_eq!(s, "'=SOM(A1),\"a,b\",-12.50,'-x,\"\"\"q\"\"\"\r\n");
        let mut s = String::new();
        regel(&mut s, &["-12,50".into(), "a;b".into()], b';');
        assert_eq!(s, "-12,50;\"a;b\"\r\n");
    }
}
