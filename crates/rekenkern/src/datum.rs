//! A calendar date (proleptic Gregorian), just enough for peildatum logic.
//! Own type instead of a date crate: we need parse, compare and "1 January of", nothing more.

use std::fmt;

/// A valid calendar date. Construct with [`Datum::new`] or [`Datum::parse`];
/// the const [`Datum::vast`] is only for parameter tables (checked by a test).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Datum {
    jaar: u16,
    maand: u8,
    dag: u8,
}

/// Years the calculator accepts at all; coverage is decided by the parameter tables.
pub const EERSTE_JAAR: u16 = 1900;
/// Last year the calculator accepts at all.
pub const LAATSTE_JAAR: u16 = 2999;
/// [`EERSTE_JAAR`] and [`LAATSTE_JAAR`] as the first and last day, written as a date picker wants
/// them (`min`/`max`); a test checks they agree.
pub const EERSTE_DAG: &str = "1900-01-01";
/// See [`EERSTE_DAG`].
pub const LAATSTE_DAG: &str = "2999-12-31";

fn schrikkeljaar(jaar: u16) -> bool {
    (jaar.is_multiple_of(4) && !jaar.is_multiple_of(100)) || jaar.is_multiple_of(400)
}

fn dagen_in_maand(jaar: u16, maand: u8) -> u8 {
    match maand {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if schrikkeljaar(jaar) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Datum {
    /// A checked date; `None` when it does not exist or lies outside 1900..=2999.
    pub fn new(jaar: u16, maand: u8, dag: u8) -> Option<Datum> {
        let geldig = (EERSTE_JAAR..=LAATSTE_JAAR).contains(&jaar)
            && (1..=12).contains(&maand)
            && dag >= 1
            && dag <= dagen_in_maand(jaar, maand);
        geldig.then_some(Datum { jaar, maand, dag })
    }

    /// For constant parameter tables only; `tests/parameters.rs` checks every use is a real date.
    pub const fn vast(jaar: u16, maand: u8, dag: u8) -> Datum {
        Datum { jaar, maand, dag }
    }

    /// The first day of this date's month.
    pub fn eerste_van_de_maand(self) -> Datum {
        Datum { dag: 1, ..self }
    }

    /// The first day of the next month; `None` past the last accepted year.
    pub fn volgende_maand(self) -> Option<Datum> {
        match self.maand {
            12 => Datum::new(self.jaar.checked_add(1)?, 1, 1),
            m => Datum::new(self.jaar, m + 1, 1),
        }
    }

    /// Parses `YYYY-MM` (a month) to its first day.
    pub fn parse_maand(tekst: &str) -> Option<Datum> {
        if tekst.len() != 7 {
            return None;
        }
        Datum::parse(&format!("{tekst}-01"))
    }

    /// `YYYY-MM`, as in the year overview.
    pub fn maand_tekst(self) -> String {
        format!("{:04}-{:02}", self.jaar, self.maand)
    }

    /// Parses `YYYY-MM-DD` strictly (ISO 8601, as in the scenario string).
    pub fn parse(tekst: &str) -> Option<Datum> {
        let b = tekst.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let cijfers = |r: std::ops::Range<usize>| -> Option<u16> {
            let deel = tekst.get(r)?;
            if !deel.bytes().all(|c| c.is_ascii_digit()) {
                return None;
            }
            deel.parse().ok()
        };
        let jaar = cijfers(0..4)?;
        let maand = u8::try_from(cijfers(5..7)?).ok()?;
        let dag = u8::try_from(cijfers(8..10)?).ok()?;
        Datum::new(jaar, maand, dag)
    }

    /// A date as Dutch spreadsheets write it: `d-m-jjjj`, `dd-mm-jjjj` (also with `/` or `.`), or
    /// `jjjj-mm-dd`. `None` for anything else (never a guess between day and month orders).
    pub fn parse_nl(tekst: &str) -> Option<Datum> {
        let tekst = tekst.trim();
        if let Some(d) = Datum::parse(tekst) {
            return Some(d);
        }
        let scheiding = tekst.chars().find(|c| matches!(c, '-' | '/' | '.'))?;
        let mut delen = tekst.split(scheiding);
        let mut deel = |max: usize| -> Option<u16> {
            let d = delen.next()?;
            (!d.is_empty() && d.len() <= max && d.bytes().all(|c| c.is_ascii_digit())).then(|| d.parse().ok())?
        };
        let (dag, maand, jaar) = (deel(2)?, deel(2)?, deel(4)?);
        if delen.next().is_some() || jaar < 1000 {
            return None;
        }
        Datum::new(jaar, u8::try_from(maand).ok()?, u8::try_from(dag).ok()?)
    }

    /// Age in whole years on `peildatum` of someone born on this date (`None` if born after it).
    /// Born on 29 February: a year older on 1 March in a year without 29 February.
    pub fn leeftijd_op(self, peildatum: Datum) -> Option<u16> {
        if peildatum < self {
            return None;
        }
        let eerder = (peildatum.maand(), peildatum.dag()) < (self.maand(), self.dag());
        Some(peildatum.jaar() - self.jaar() - u16::from(eerder))
    }

    /// The date from days since 1970-01-01 (for "today" in the CLI and app).
    pub fn uit_unix_dagen(dagen: i64) -> Option<Datum> {
        // Howard Hinnant's civil_from_days.
        let z = dagen + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let dag = doy - (153 * mp + 2) / 5 + 1;
        let maand = if mp < 10 { mp + 3 } else { mp - 9 };
        let jaar = yoe + era * 400 + i64::from(maand <= 2);
        Datum::new(u16::try_from(jaar).ok()?, u8::try_from(maand).ok()?, u8::try_from(dag).ok()?)
    }

    /// Year.
    pub fn jaar(self) -> u16 {
        self.jaar
    }
    /// Month 1..=12.
    pub fn maand(self) -> u8 {
        self.maand
    }
    /// Day of the month.
    pub fn dag(self) -> u8 {
        self.dag
    }
    /// 1 January of the same year.
    pub fn eerste_januari(self) -> Datum {
        Datum { jaar: self.jaar, maand: 1, dag: 1 }
    }
    /// Whether this is a real date (used by the parameter invariant tests).
    pub fn is_geldig(self) -> bool {
        Datum::new(self.jaar, self.maand, self.dag).is_some()
    }
    /// Dutch notation `dd-mm-jjjj` for display.
    pub fn nl(self) -> String {
        format!("{:02}-{:02}-{:04}", self.dag, self.maand, self.jaar)
    }
}

/// ISO 8601 `YYYY-MM-DD`, the scenario format.
impl fmt::Display for Datum {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.jaar, self.maand, self.dag)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_en_weergave() {
        let d = Datum::parse("2026-07-01");
        assert_eq!(d, Datum::new(2026, 7, 1));
        assert_eq!(d.map(|d| d.to_string()), Some("2026-07-01".to_string()));
        assert_eq!(d.map(Datum::nl), Some("01-07-2026".to_string()));
    }

    #[test]
    fn ongeldige_data() {
        for s in [
            "2026-02-29",
            "2024-13-01",
            "2024-00-10",
            "2024-1-01",
            "+024-01-01",
            "2024-01-0x",
            "",
            "2024-01-011",
            "3000-01-01",
            "２０２４-01-01",
        ] {
            assert_eq!(Datum::parse(s), None, "{s}");
        }
        assert!(Datum::parse("2024-02-29").is_some());
        assert!(Datum::parse("2000-02-29").is_some());
        assert!(Datum::parse("1900-02-29").is_none());
    }

    #[test]
    fn unix_dagen() {
        assert_eq!(Datum::uit_unix_dagen(0), Datum::new(1970, 1, 1));
        // Hand count: 1970..2026 is 56 years with 14 leap days (1972..2024): 56 * 365 + 14 = 20_454 days
        // to 2026-01-01; 2026-11-25 is day 329 of 2026, so 328 days later.
        assert_eq!(Datum::uit_unix_dagen(20_454), Datum::new(2026, 1, 1));
        assert_eq!(Datum::uit_unix_dagen(20_454 + 328), Datum::new(2026, 11, 25));
    }
}
