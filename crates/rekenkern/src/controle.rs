//! Field checks shared by the scenario codec, the app and `bereken`: a value outside its limits
//! is reported next to its field; nothing here panics.

use crate::datum::Datum;
use crate::invoer::grenzen;
use rust_decimal::Decimal;

/// Dutch messages for out-of-range values.
pub mod bericht {
    /// Age.
    pub const LEEFTIJD: &str = tekst!("Vul een leeftijd in van 15 tot en met 99 jaar." => "Enter an age from 15 up to and including 99 years.");
    /// Hours.
    pub const UREN: &str = tekst!("Vul een aantal uren in dat groter is dan 0 en niet meer dan 60." => "Enter a number of hours greater than 0 and not more than 60.");
    /// Full-time week.
    pub const VOLTIJD: &str = tekst!("Vul de volledige werkweek in: meer dan 0 en niet meer dan 60 uur." => "Enter the full working week: more than 0 and not more than 60 hours.");
    /// Loonwaarde.
    pub const LOONWAARDE: &str = tekst!("Vul een loonwaarde in als heel getal van 0 tot en met 100." => "Enter a loonwaarde as a whole number from 0 up to and including 100.");
    /// Hourly wage.
    pub const UURLOON: &str = tekst!("Vul een uurloon in groter dan 0 en niet meer dan € 1.000." => "Enter an hourly wage greater than 0 and not more than € 1.000.");
    /// Monthly minimum wage.
    pub const MAANDLOON: &str = tekst!("Vul een maandbedrag in groter dan 0 en niet meer dan € 20.000." => "Enter a monthly amount greater than 0 and not more than € 20.000.");
    /// Percentage.
    pub const PERCENTAGE: &str =
        tekst!("Vul een percentage in van 0 tot en met 100." => "Enter a percentage from 0 up to and including 100.");
    /// Yearly amount.
    pub const BEDRAG: &str = tekst!("Vul een bedrag in van 0 tot en met € 100.000." => "Enter an amount from 0 up to and including € 100.000.");
    /// Scale.
    pub const SCHAAL: &str = tekst!("Kies schaal 1, 2 of 3." => "Choose scale 1, 2 or 3.");
    /// Date.
    /// As the date field and a Dutch spreadsheet show a date (dd-mm-jjjj), not as a link writes it.
    pub const DATUM: &str = tekst!("Vul een bestaande datum in, zoals 01-07-2026." => "Enter an existing date, such as 01-07-2026 (day-month-year).");
    /// Calendar year.
    pub const JAAR: &str = tekst!("Vul een jaar in, bijvoorbeeld 2026." => "Enter a year, for example 2026.");
    /// Month as JJJJ-MM.
    pub const MAAND_JAAR: &str = tekst!("Vul een maand in als jaar en maand, bijvoorbeeld 2026-09." => "Enter a month as year and month, for example 2026-09.");
    /// Month number.
    pub const MAAND: &str =
        tekst!("Kies een maand van 1 tot en met 12." => "Choose a month from 1 up to and including 12.");
    /// Re-measurement needs both parts.
    pub const HERMETING: &str = tekst!("Vul bij een nieuwe meting zowel de maand als de nieuwe loonwaarde in." => "For a new measurement, enter both the month and the new loonwaarde.");
    /// Unknown choice.
    pub const KEUZE: &str = tekst!("Deze keuze kennen we niet." => "We do not know this choice.");
    /// Number unreadable.
    pub const GETAL: &str =
        tekst!("Vul een getal in, bijvoorbeeld 36 of 37,5." => "Enter a number, for example 36 or 37,5.");
    /// Too many decimals.
    pub const DECIMALEN: &str =
        tekst!("Gebruik hoogstens twee cijfers achter de komma." => "Use at most two digits after the decimal point.");
}

/// Hours per week: more than 0, at most the legal weekly maximum, two decimals.
pub fn uren(u: Decimal) -> Result<Decimal, &'static str> {
    (u > Decimal::ZERO && u <= grenzen::UREN_MAX && u.scale() <= grenzen::DECIMALEN_GELD)
        .then_some(u)
        .ok_or(bericht::UREN)
}
/// Full-time week.
pub fn voltijd(u: Decimal) -> Result<Decimal, &'static str> {
    uren(u).map_err(|_| bericht::VOLTIJD)
}
/// Age.
pub fn leeftijd(l: u8) -> Result<u8, &'static str> {
    (grenzen::LEEFTIJD_MIN..=grenzen::LEEFTIJD_MAX).contains(&l).then_some(l).ok_or(bericht::LEEFTIJD)
}
/// Loonwaarde in whole percent.
pub fn loonwaarde(l: u8) -> Result<u8, &'static str> {
    (l <= 100).then_some(l).ok_or(bericht::LOONWAARDE)
}
/// Hourly wage (also the WML a user supplies).
pub fn uurloon(u: Decimal) -> Result<Decimal, &'static str> {
    (u > Decimal::ZERO && u <= grenzen::UURLOON_MAX && u.scale() <= grenzen::DECIMALEN_GELD)
        .then_some(u)
        .ok_or(bericht::UURLOON)
}
/// A fraction 0..=1 (a percentage field divided by 100).
pub fn fractie(f: Decimal) -> Result<Decimal, &'static str> {
    (f >= Decimal::ZERO && f <= Decimal::ONE && f.scale() <= grenzen::DECIMALEN_PROCENT + 2)
        .then_some(f)
        .ok_or(bericht::PERCENTAGE)
}
/// A monthly minimum wage in euro (more than 0: the subsidy divides by nothing, but a zero base
/// is never meant).
pub fn maandloon(b: Decimal) -> Result<Decimal, &'static str> {
    (b > Decimal::ZERO && b <= grenzen::MAANDLOON_MAX && b.scale() <= grenzen::DECIMALEN_GELD)
        .then_some(b)
        .ok_or(bericht::MAANDLOON)
}
/// A yearly amount in euro.
pub fn bedrag_jaar(b: Decimal) -> Result<Decimal, &'static str> {
    (b >= Decimal::ZERO && b <= grenzen::BEDRAG_JAAR_MAX && b.scale() <= grenzen::DECIMALEN_GELD)
        .then_some(b)
        .ok_or(bericht::BEDRAG)
}
/// A calendar year the calculator accepts.
pub fn jaar(j: u16) -> Result<u16, &'static str> {
    (crate::datum::EERSTE_JAAR..=crate::datum::LAATSTE_JAAR).contains(&j).then_some(j).ok_or(bericht::JAAR)
}
/// A month number.
pub fn maand(m: u8) -> Result<u8, &'static str> {
    (1..=12).contains(&m).then_some(m).ok_or(bericht::MAAND)
}
/// Cao scale.
pub fn schaal(s: u8) -> Result<u8, &'static str> {
    (1..=3).contains(&s).then_some(s).ok_or(bericht::SCHAAL)
}
/// Any date the calculator accepts at all (coverage is decided by the tables).
pub fn datum(d: Datum) -> Result<Datum, &'static str> {
    d.is_geldig().then_some(d).ok_or(bericht::DATUM)
}
