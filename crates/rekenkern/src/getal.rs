//! Numbers: the one rounding helper, and Dutch parsing and formatting ("1.234,56").

use rust_decimal::{Decimal, RoundingStrategy};

/// The one rounding helper: half away from zero ("rekenkundig afronden") to `decimalen` places.
/// Used only where documented: money to the cent at the end, and for display.
pub fn afronden(waarde: Decimal, decimalen: u32) -> Decimal {
    waarde.round_dp_with_strategy(decimalen, RoundingStrategy::MidpointAwayFromZero)
}

/// Money to the cent, half away from zero.
pub fn centen(waarde: Decimal) -> Decimal {
    afronden(waarde, 2)
}

/// Longest text accepted as a number (guards against pathological input).
const MAX_LENGTE: usize = 32;

/// Why a number could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GetalFout {
    /// Empty field.
    Leeg,
    /// Not a number in any accepted notation.
    GeenGetal,
    /// More decimals than the field allows.
    TeVeelDecimalen,
}

/// Reads a number as a Dutch user or a URL writes it. Accepts "1.234,56", "1234,56", "37,5",
/// "37.5" (a single dot is a decimal point), an optional leading "€" and trailing "%", spaces and
/// non-breaking spaces. With a comma, dots must group thousands by three.
pub fn lees_getal(tekst: &str, max_decimalen: u32) -> Result<Decimal, GetalFout> {
    let schoon: String = tekst
        .trim()
        .trim_start_matches('€')
        .trim_end_matches('%')
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .collect();
    if schoon.is_empty() {
        return Err(GetalFout::Leeg);
    }
    if schoon.len() > MAX_LENGTE {
        return Err(GetalFout::GeenGetal);
    }
    let (teken, rest) = match schoon.strip_prefix('-') {
        Some(r) => ("-", r),
        None => ("", schoon.as_str()),
    };
    let (heel, fractie) = if let Some((h, f)) = rest.split_once(',') {
        (duizendtallen(h)?, f)
    } else if rest.matches('.').count() > 1 {
        (duizendtallen(rest)?, "")
    } else if let Some((h, f)) = rest.split_once('.') {
        (h.to_string(), f)
    } else {
        (rest.to_string(), "")
    };
    let alleen_cijfers = |s: &str| s.bytes().all(|c| c.is_ascii_digit());
    if heel.is_empty() || !alleen_cijfers(&heel) || !alleen_cijfers(fractie) {
        return Err(GetalFout::GeenGetal);
    }
    if fractie.len() > max_decimalen as usize {
        return Err(GetalFout::TeVeelDecimalen);
    }
    let tekst = if fractie.is_empty() { format!("{teken}{heel}") } else { format!("{teken}{heel}.{fractie}") };
    // Digits and one point only (checked above): no scientific notation to parse, so not `from_str`,
    // which carries that parser into the first wasm module (about 3 KB, ADR 0022).
    Decimal::from_str_exact(&tekst).map(|d| d.normalize()).map_err(|_| GetalFout::GeenGetal)
}

/// "1.234.567" -> "1234567"; groups after the first must have three digits.
fn duizendtallen(deel: &str) -> Result<String, GetalFout> {
    let mut groepen = deel.split('.');
    let eerste = groepen.next().unwrap_or_default();
    if eerste.is_empty() || eerste.len() > 3 && deel.contains('.') {
        return Err(GetalFout::GeenGetal);
    }
    let mut uit = eerste.to_string();
    for g in groepen {
        if g.len() != 3 {
            return Err(GetalFout::GeenGetal);
        }
        uit.push_str(g);
    }
    Ok(uit)
}

/// Dutch notation with thousands dots and a decimal comma, rounded half away from zero.
pub fn nl(waarde: Decimal, decimalen: u32) -> String {
    let afgerond = afronden(waarde, decimalen);
    let tekst = format!("{:.*}", decimalen as usize, afgerond.abs());
    let (heel, fractie) = tekst.split_once('.').unwrap_or((tekst.as_str(), ""));
    let mut groepen = String::new();
    for (i, c) in heel.chars().enumerate() {
        if i > 0 && (heel.len() - i) % 3 == 0 {
            groepen.push('.');
        }
        groepen.push(c);
    }
    let teken = if afgerond.is_sign_negative() && !afgerond.is_zero() { "-" } else { "" };
    if fractie.is_empty() {
        format!("{teken}{groepen}")
    } else {
        format!("{teken}{groepen},{fractie}")
    }
}

/// "€ 1.234,56" (non-breaking space after the euro sign).
pub fn euro(waarde: Decimal) -> String {
    format!("€\u{a0}{}", nl(waarde, 2))
}

/// Most decimals an exact (not yet rounded) amount of an explanation shows.
const EXACT_DECIMALEN: u32 = 6;

/// An amount as it is before the last rounding, so a reader can redo each step of an
/// explanation: "€ 1.514,376", at least two decimals and at most six; "…" when it has more.
pub fn euro_exact(waarde: Decimal) -> String {
    let w = waarde.normalize();
    let decimalen = w.scale().clamp(2, EXACT_DECIMALEN);
    let meer = if w.scale() > EXACT_DECIMALEN { "…" } else { "" };
    format!("€\u{a0}{}{meer}", nl(w, decimalen))
}

/// A plain number of an explanation (a factor, weeks, hours) as it is: 1.235 -> "1,235", 52 -> "52";
/// at most six decimals, "…" when it has more. Never rounded to two: a factor of 1,235 shown as
/// "1,24" would not redo the step.
pub fn getal_exact(waarde: Decimal) -> String {
    let w = waarde.normalize();
    let meer = if w.scale() > EXACT_DECIMALEN { "…" } else { "" };
    format!("{}{meer}", nl(w, w.scale().min(EXACT_DECIMALEN)))
}

/// A fraction as a percentage: 0.235 -> "23,5%" (shortest form up to `max_decimalen`).
pub fn procent(fractie: Decimal, max_decimalen: u32) -> String {
    let p = afronden(fractie * Decimal::ONE_HUNDRED, max_decimalen).normalize();
    format!("{}%", nl(p, p.scale()))
}

/// Machine notation for URLs and JSON: "1234.5" (no thousands separator, shortest form).
pub fn machine(waarde: Decimal) -> String {
    waarde.normalize().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn afronden_half_van_nul_af() {
        // Hand-checked: banker's rounding would give 2.34 and -2.34.
        assert_eq!(centen(dec!(2.345)), dec!(2.35));
        assert_eq!(centen(dec!(-2.345)), dec!(-2.35));
        assert_eq!(centen(dec!(15.1848)), dec!(15.18));
        assert_eq!(centen(dec!(2.3449999)), dec!(2.34));
    }

    #[test]
    fn lezen() {
        let ok = |s: &str| lees_getal(s, 2);
        assert_eq!(ok("1.234,56"), Ok(dec!(1234.56)));
        assert_eq!(ok("1234,56"), Ok(dec!(1234.56)));
        assert_eq!(ok("37,5"), Ok(dec!(37.5)));
        assert_eq!(ok("37.5"), Ok(dec!(37.5)));
        assert_eq!(ok(" € 14,71 "), Ok(dec!(14.71)));
        assert_eq!(ok("1.234.567"), Ok(dec!(1234567)));
        assert_eq!(ok("23,5%"), Ok(dec!(23.5)));
        assert_eq!(ok("-3"), Ok(dec!(-3)));
        assert_eq!(ok(""), Err(GetalFout::Leeg));
        for fout in ["abc", "1,2,3", "1.23,4", "12.34.5", ",5", "1e5", "0x10", "٣", "1 000,5.", "--1"] {
            assert_eq!(ok(fout), Err(GetalFout::GeenGetal), "{fout}");
        }
        assert_eq!(ok("1,234"), Err(GetalFout::TeVeelDecimalen));
        assert_eq!(ok(&"9".repeat(40)), Err(GetalFout::GeenGetal));
    }

    #[test]
    fn schrijven() {
        assert_eq!(euro(dec!(1234.565)), "€\u{a0}1.234,57");
        assert_eq!(euro(dec!(-0.004)), "€\u{a0}0,00");
        assert_eq!(euro(dec!(-1234567.8)), "€\u{a0}-1.234.567,80");
        assert_eq!(procent(dec!(0.235), 1), "23,5%");
        assert_eq!(procent(dec!(0.32), 1), "32%");
        assert_eq!(procent(dec!(0.370370370), 1), "37%");
        assert_eq!(nl(dec!(100), 0), "100");
        assert_eq!(machine(dec!(37.50)), "37.5");
        assert_eq!(euro_exact(dec!(1514.376)), "€\u{a0}1.514,376");
        assert_eq!(euro_exact(dec!(685.76)), "€\u{a0}685,76");
        assert_eq!(euro_exact(dec!(7)), "€\u{a0}7,00");
        assert_eq!(euro_exact(dec!(8229.1191840)), "€\u{a0}8.229,119184");
        assert_eq!(euro_exact(dec!(0.12345678)), "€\u{a0}0,123457…");
        // The employer-charges factor 1 + 23,5%: shown as it is, not as "1,24".
        assert_eq!(getal_exact(dec!(1.2350)), "1,235");
        assert_eq!(getal_exact(dec!(1.08)), "1,08");
        assert_eq!(getal_exact(dec!(52)), "52");
        assert_eq!(getal_exact(dec!(32.5)), "32,5");
        assert_eq!(getal_exact(dec!(1.12345678)), "1,123457…");
    }
}
