//! Rows to a calculating worker and their figures back, as bytes (issue 34): the page for many
//! employees reads the file on its own thread and hands the rows, a part at a time, to Web Workers
//! that calculate them ([`reken`]: [`super::bereken_rij`], the same function as `rekenhulp batch`).
//! An own small binary format with a version, because the page decodes the figures of 100,000 rows
//! and must stay small: every amount as `Decimal::serialize` (16 bytes, exact), no text. Reading
//! never panics: anything that is not exactly this format is `None`.
//!
//! A part: version, the options (with what an empty loonwaarde means, ADR 0026), then per row the
//! date of birth and the scenario. Figures: per row what its empty loonwaarde was taken to mean, then
//! the [`Cijfers`] or the row's message, in the order of the part.

use super::{bereken_rij, Cijfers, InvoerRij, Opties, ZonderLoonwaarde};
use crate::bedragen::Regel;
use crate::uitkomst::{Bedragen, Omslagpunt};
use crate::Datum;
use rust_decimal::Decimal;

/// The format's version: a page and a worker of different builds never mix their bytes.
const VERSIE: u8 = 2;

/// A part of rows for a worker (rows that could not be read stay with the page: only a scenario
/// is calculated).
pub fn rijen_naar_bytes(opties: &Opties, rijen: &[(Option<Datum>, &str)]) -> Vec<u8> {
    let mut b = Vec::with_capacity(16 + rijen.iter().map(|(_, s)| s.len() + 9).sum::<usize>());
    b.push(VERSIE);
    datum(&mut b, Some(opties.vandaag));
    b.push(u8::from(opties.voorlopig));
    b.push(u8::from(opties.aangekondigd));
    zonder(&mut b, Some(opties.zonder_loonwaarde));
    getal(&mut b, rijen.len());
    for (geboren, scenario) in rijen {
        datum(&mut b, *geboren);
        getal(&mut b, scenario.len());
        b.extend_from_slice(scenario.as_bytes());
    }
    b
}

/// What a worker does with a part: each row calculated, the figures as bytes. `None`: not a part.
pub fn reken(deel: &[u8]) -> Option<Vec<u8>> {
    let mut l = Lezer(deel);
    if l.byte()? != VERSIE {
        return None;
    }
    let (vandaag, voorlopig, aangekondigd) = (l.datum()??, l.byte()? != 0, l.byte()? != 0);
    let opties = Opties { vandaag, voorlopig, aangekondigd, zonder_loonwaarde: l.zonder()?? };
    let n = l.getal()?;
    let mut uit = Vec::with_capacity(n.min(deel.len()) * 480);
    uit.push(VERSIE);
    getal(&mut uit, n);
    for _ in 0..n {
        let geboortedatum = l.datum()?;
        let lengte = l.getal()?;
        let scenario = std::str::from_utf8(l.bytes(lengte)?).ok()?.to_string();
        let rij = InvoerRij { regel: 0, referentie: String::new(), geboortedatum, scenario: Ok(scenario) };
        let rij = bereken_rij(&rij, &opties);
        zonder(&mut uit, rij.zonder_loonwaarde);
        match rij.uitkomst {
            Ok(c) => {
                uit.push(0);
                cijfers(&mut uit, &c);
            }
            Err(tekst) => {
                uit.push(1);
                getal(&mut uit, tekst.len());
                uit.extend_from_slice(tekst.as_bytes());
            }
        }
    }
    l.0.is_empty().then_some(uit)
}

/// One row's answer: what its empty loonwaarde was taken to mean (`None`: it has one), and its
/// figures or its message.
pub type Antwoord = (Option<ZonderLoonwaarde>, Result<Cijfers, String>);

/// The answers of a part, in its order. `None`: not exactly this format.
pub fn uitkomsten_uit_bytes(b: &[u8]) -> Option<Vec<Antwoord>> {
    let mut l = Lezer(b);
    if l.byte()? != VERSIE {
        return None;
    }
    let n = l.getal()?;
    let mut uit = Vec::with_capacity(n.min(b.len()));
    for _ in 0..n {
        let zonder = l.zonder()?;
        let uitkomst = match l.byte()? {
            0 => Ok(l.cijfers()?),
            1 => {
                let lengte = l.getal()?;
                Err(std::str::from_utf8(l.bytes(lengte)?).ok()?.to_string())
            }
            _ => return None,
        };
        uit.push((zonder, uitkomst));
    }
    l.0.is_empty().then_some(uit)
}

/// What an empty loonwaarde means: 0 none (the row has one), 1 left out, 2 not measured yet and
/// the loonwaarde after it.
fn zonder(b: &mut Vec<u8>, z: Option<ZonderLoonwaarde>) {
    match z {
        None => b.push(0),
        Some(ZonderLoonwaarde::Weglaten) => b.push(1),
        Some(ZonderLoonwaarde::NietGemeten { daarna }) => b.extend([2, daarna]),
    }
}

fn getal(b: &mut Vec<u8>, n: usize) {
    b.extend_from_slice(&u32::try_from(n).unwrap_or(u32::MAX).to_le_bytes());
}

fn datum(b: &mut Vec<u8>, d: Option<Datum>) {
    match d {
        Some(d) => {
            b.push(1);
            b.extend_from_slice(&d.jaar().to_le_bytes());
            b.extend([d.maand(), d.dag()]);
        }
        None => b.extend([0; 5]),
    }
}

fn bedrag(b: &mut Vec<u8>, w: Decimal) {
    b.extend_from_slice(&w.serialize());
}

fn cijfers(b: &mut Vec<u8>, c: &Cijfers) {
    datum(b, Some(c.peildatum));
    for w in [c.uren, c.loonwaarde, c.fte] {
        bedrag(b, w);
    }
    for bedragen in [&c.per_maand, &c.per_jaar] {
        for (_, w) in bedragen.velden() {
            bedrag(b, w);
        }
    }
    b.extend_from_slice(&c.jaar.to_le_bytes());
    b.push(c.maanden_in_dienst);
    match c.omslagpunt {
        Omslagpunt::Bij(lw) => {
            b.push(0);
            bedrag(b, lw);
        }
        Omslagpunt::ForfaitAltijdHoger => b.push(1),
    }
    b.push(u8::from(c.voorlopig));
}

/// Reads from the front of a byte slice; every read `None` past its end.
struct Lezer<'a>(&'a [u8]);

impl<'a> Lezer<'a> {
    fn bytes(&mut self, n: usize) -> Option<&'a [u8]> {
        let (voor, rest) = (self.0.get(..n)?, self.0.get(n..)?);
        self.0 = rest;
        Some(voor)
    }
    fn byte(&mut self) -> Option<u8> {
        self.bytes(1)?.first().copied()
    }
    /// `Some(None)`: the row has a loonwaarde; `None`: not this format.
    fn zonder(&mut self) -> Option<Option<ZonderLoonwaarde>> {
        Some(match self.byte()? {
            0 => None,
            1 => Some(ZonderLoonwaarde::Weglaten),
            2 => Some(ZonderLoonwaarde::NietGemeten { daarna: self.byte()? }),
            _ => return None,
        })
    }
    fn u16(&mut self) -> Option<u16> {
        Some(u16::from_le_bytes(self.bytes(2)?.try_into().ok()?))
    }
    fn getal(&mut self) -> Option<usize> {
        usize::try_from(u32::from_le_bytes(self.bytes(4)?.try_into().ok()?)).ok()
    }
    /// `Some(None)`: no date; `None`: not a date.
    fn datum(&mut self) -> Option<Option<Datum>> {
        let (soort, jaar, maand, dag) = (self.byte()?, self.u16()?, self.byte()?, self.byte()?);
        match soort {
            0 => Some(None),
            1 => Datum::new(jaar, maand, dag).map(Some),
            _ => None,
        }
    }
    fn bedrag(&mut self) -> Option<Decimal> {
        let b: [u8; 16] = self.bytes(16)?.try_into().ok()?;
        // Only what `Decimal::serialize` writes: a scale up to 28 and the sign, no other flag bits.
        let vlaggen = u32::from_le_bytes([b[0], b[1], b[2], b[3]]);
        let schaal = (vlaggen >> 16) & 0xff;
        (vlaggen & 0x7f00_ffff == 0 && schaal <= Decimal::MAX_SCALE).then(|| Decimal::deserialize(b))
    }
    fn bedragen(&mut self) -> Option<Bedragen> {
        // In the order the writer wrote them: `Bedragen::velden`, i.e. `Regel::ALLE`.
        let mut b = Bedragen::default();
        for r in Regel::ALLE {
            b.zet(r, self.bedrag()?);
        }
        Some(b)
    }
    fn cijfers(&mut self) -> Option<Cijfers> {
        let peildatum = self.datum()??;
        let (uren, loonwaarde, fte) = (self.bedrag()?, self.bedrag()?, self.bedrag()?);
        let (per_maand, per_jaar) = (self.bedragen()?, self.bedragen()?);
        let (jaar, maanden_in_dienst) = (self.u16()?, self.byte()?);
        let omslagpunt = match self.byte()? {
            0 => Omslagpunt::Bij(self.bedrag()?),
            1 => Omslagpunt::ForfaitAltijdHoger,
            _ => return None,
        };
        let voorlopig = match self.byte()? {
            0 => false,
            1 => true,
            _ => return None,
        };
        Some(Cijfers {
            peildatum,
            uren,
            loonwaarde,
            per_maand,
            per_jaar,
            jaar,
            maanden_in_dienst,
            fte,
            omslagpunt,
            voorlopig,
        })
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn heen_en_terug_dezelfde_cijfers_en_meldingen() {
        let vandaag = Datum::vast(2026, 11, 25);
        let b = super::super::lees(
            "id,datum,geboortedatum,uren,loonwaarde\nA,2026-01-01,,36,50\nB,2026-07-01,2008-03-04,27.5,35\nC,2026-01-01,,36,150\nD,2026-07-01,,36,\n",
            &[],
        )
        .unwrap();
        let rijen: Vec<(Option<Datum>, &str)> =
            b.rijen.iter().map(|r| (r.geboortedatum, r.scenario.as_deref().unwrap_or_default())).collect();
        // Both meanings of an empty loonwaarde travel to the worker and back (row D).
        for zonder_loonwaarde in [ZonderLoonwaarde::Weglaten, ZonderLoonwaarde::NietGemeten { daarna: 40 }] {
            let opties = Opties { zonder_loonwaarde, ..Opties::app(vandaag) };
            let figuren = uitkomsten_uit_bytes(&reken(&rijen_naar_bytes(&opties, &rijen)).unwrap()).unwrap();
            let direct: Vec<_> =
                b.rijen.iter().map(|r| bereken_rij(r, &opties)).map(|r| (r.zonder_loonwaarde, r.uitkomst)).collect();
            assert_eq!(figuren, direct);
            assert!(figuren[2].1.is_err(), "loonwaarde 150 is a message, carried over");
            assert_eq!(figuren[3].0, Some(zonder_loonwaarde));
            assert_eq!(figuren[3].1.is_ok(), zonder_loonwaarde != ZonderLoonwaarde::Weglaten);
        }
    }

    #[test]
    fn alles_wat_geen_pakket_is_is_none() {
        let opties = Opties::app(Datum::vast(2026, 11, 25));
        let goed = rijen_naar_bytes(&opties, &[(None, "uren=36&loonwaarde=50")]);
        for n in 0..goed.len() {
            assert_eq!(reken(&goed[..n]), None, "cut at {n}");
        }
        let mut lang = goed.clone();
        lang.push(0);
        assert_eq!(reken(&lang), None);
        let uit = reken(&goed).unwrap();
        for n in 0..uit.len() {
            assert_eq!(uitkomsten_uit_bytes(&uit[..n]), None, "cut at {n}");
        }
        let mut ander = uit.clone();
        ander[0] = VERSIE + 1;
        assert_eq!(uitkomsten_uit_bytes(&ander), None);
        // A scale above 28 in an amount is not an amount.
        let mut schaal = uit.clone();
        schaal[1 + 4 + 1 + 1 + 5 + 2] = 29;
        assert_eq!(uitkomsten_uit_bytes(&schaal), None);
    }
}
