//! .ods with an own streaming reader of `content.xml`. calamine's reader expands repeated rows and
//! columns into a dense sheet (up to 100 million cells) and drops the percentage type; here a
//! cell's type is kept as LibreOffice stores it (`office:value-type`: float, percentage, currency,
//! date, time, boolean, string) and every repeat is bounded by the sheet's limits.

use super::{getal_cel, iso_datum, kies, t, zip_grens, Bladkeuze, Bouwer, MAX_BLAD_RIJEN, MAX_KOLOMMEN};
use crate::batch::werkblad::{Cel, Soort, Werkblad, Werkmap};
use quick_xml::events::{BytesRef, BytesStart, Event};
use quick_xml::Reader;

const SOORT: &str = "OpenDocument-bestand";
/// The longest text kept from one cell (Excel's own limit).
const MAX_TEKST: usize = 32_767;

pub(super) fn lees(bytes: &[u8], keuze: &Bladkeuze) -> Result<Werkmap, String> {
    let mut zip = zip_grens::open(bytes, SOORT)?;
    if let Some(manifest) = zip_grens::deel(&mut zip, "META-INF/manifest.xml", SOORT)? {
        if manifest.windows(15).any(|w| w == b"encryption-data") {
            return Err(t::WACHTWOORD.into());
        }
    }
    let inhoud = zip_grens::deel(&mut zip, "content.xml", SOORT)?
        .ok_or_else(|| t::rekenblad_kapot(SOORT, "content.xml ontbreekt"))?;
    let namen = bladnamen(&inhoud)?;
    kies(Soort::Ods, namen, keuze, |i| blad(&inhoud, i))
}

fn kapot(e: impl std::fmt::Display) -> String {
    t::rekenblad_kapot(SOORT, e)
}

fn lezer(xml: &[u8]) -> Reader<&[u8]> {
    let mut r = Reader::from_reader(xml);
    r.config_mut().trim_text(false);
    r
}

fn attr(e: &BytesStart<'_>, naam: &str) -> Option<String> {
    e.try_get_attribute(naam)
        .ok()
        .flatten()
        .and_then(|a| a.normalized_value(quick_xml::XmlVersion::Implicit1_0).ok())
        .map(|w| w.into_owned())
}

/// `table:number-rows-repeated` and the like: at least 1.
fn herhaling(e: &BytesStart<'_>, naam: &str) -> u32 {
    attr(e, naam).and_then(|w| w.parse().ok()).unwrap_or(1).max(1)
}

fn bladnamen(xml: &[u8]) -> Result<Vec<String>, String> {
    let mut r = lezer(xml);
    let mut buf = Vec::new();
    let mut namen = Vec::new();
    loop {
        match r.read_event_into(&mut buf).map_err(kapot)? {
            Event::Start(e) | Event::Empty(e) if e.name().as_ref() == "table:table" => {
                namen.push(attr(&e, "table:name").unwrap_or_default());
            }
            Event::Eof => return Ok(namen),
            _ => {}
        }
        buf.clear();
    }
}

/// Reads sheet `index` (from 0).
fn blad(xml: &[u8], index: usize) -> Result<Werkblad, String> {
    let mut r = lezer(xml);
    let mut buf = Vec::new();
    let mut tabel = 0usize;
    loop {
        match r.read_event_into(&mut buf).map_err(kapot)? {
            Event::Start(e) if e.name().as_ref() == "table:table" => {
                if tabel == index {
                    let naam = attr(&e, "table:name").unwrap_or_default();
                    return tabel_lezen(&mut r, &naam);
                }
                tabel += 1;
            }
            Event::Empty(e) if e.name().as_ref() == "table:table" => {
                if tabel == index {
                    return Ok(Werkblad { naam: attr(&e, "table:name").unwrap_or_default(), rijen: Vec::new() });
                }
                tabel += 1;
            }
            Event::Eof => return Err(kapot("werkblad ontbreekt")),
            _ => {}
        }
        buf.clear();
    }
}

/// The rows of a table, up to its end.
fn tabel_lezen(r: &mut Reader<&[u8]>, naam: &str) -> Result<Werkblad, String> {
    let mut b = Bouwer::nieuw(naam);
    let mut buf = Vec::new();
    let mut rij: u32 = 0;
    let mut kolom: u32 = 0;
    let mut herhaald: u32 = 1;
    let mut cellen: Vec<(u32, Cel)> = Vec::new();
    loop {
        match r.read_event_into(&mut buf).map_err(kapot)? {
            Event::Start(e) if e.name().as_ref() == "table:table-row" => {
                herhaald = herhaling(&e, "table:number-rows-repeated");
                kolom = 0;
                cellen.clear();
            }
            Event::Empty(e) if e.name().as_ref() == "table:table-row" => {
                rij = rij.saturating_add(herhaling(&e, "table:number-rows-repeated"));
            }
            Event::End(e) if e.name().as_ref() == "table:table-row" => {
                if !cellen.is_empty() {
                    // A repeated row with cells: bounded by the row limit (Bouwer says so past it).
                    for k in 0..herhaald.min(u32::try_from(MAX_BLAD_RIJEN).unwrap_or(u32::MAX) + 1) {
                        for (c, cel) in &cellen {
                            b.zet(rij.saturating_add(k), *c, cel.clone())?;
                        }
                    }
                }
                rij = rij.saturating_add(herhaald);
            }
            Event::Empty(e) if is_cel(&e) => {
                let n = herhaling(&e, "table:number-columns-repeated");
                cellen_plaatsen(&mut cellen, kolom, n, cel(&e));
                kolom = kolom.saturating_add(n);
            }
            Event::Start(e) if is_cel(&e) => {
                let n = herhaling(&e, "table:number-columns-repeated");
                let mut c = cel(&e);
                let tekstcel = matches!(attr(&e, "office:value-type").as_deref(), None | Some("string"))
                    && attr(&e, "office:string-value").is_none();
                let tekst = tekst_lezen(r)?;
                if tekstcel && c.is_leeg() {
                    c = Cel::Tekst(tekst);
                } else if matches!(&c, Cel::Fout(f) if f.is_empty() || f == "#FOUT") && !tekst.is_empty() {
                    c = Cel::Fout(tekst);
                }
                cellen_plaatsen(&mut cellen, kolom, n, c);
                kolom = kolom.saturating_add(n);
            }
            Event::End(e) if e.name().as_ref() == "table:table" => return Ok(b.klaar()),
            Event::Eof => return Err(kapot("het werkblad houdt halverwege op")),
            _ => {}
        }
        buf.clear();
    }
}

fn cellen_plaatsen(cellen: &mut Vec<(u32, Cel)>, kolom: u32, n: u32, cel: Cel) {
    if cel.is_leeg() {
        return;
    }
    for k in 0..n {
        let c = kolom.saturating_add(k);
        if c >= MAX_KOLOMMEN {
            break;
        }
        cellen.push((c, cel.clone()));
    }
}

/// A cell from its attributes (text cells get their text after this, see [`tabel_lezen`]).
fn cel(e: &BytesStart<'_>) -> Cel {
    let soort = attr(e, "office:value-type").unwrap_or_default();
    if attr(e, "calcext:value-type").as_deref() == Some("error") {
        return Cel::Fout(attr(e, "office:string-value").unwrap_or_else(|| "#FOUT".into()));
    }
    let waarde = || attr(e, "office:value").and_then(|w| w.trim().parse::<f64>().ok());
    match soort.as_str() {
        "float" => waarde().map_or(Cel::Leeg, |f| getal_cel(f, Cel::Getal)),
        "percentage" => waarde().map_or(Cel::Leeg, |f| getal_cel(f, Cel::Procent)),
        "currency" => waarde().map_or(Cel::Leeg, |f| getal_cel(f, Cel::Bedrag)),
        "date" => attr(e, "office:date-value").map_or(Cel::Leeg, |d| iso_datum(&d)),
        "time" => attr(e, "office:time-value").and_then(|d| uren(&d)).map_or(Cel::Leeg, Cel::Uren),
        "boolean" => Cel::Waarheid(attr(e, "office:boolean-value").is_some_and(|w| w == "true" || w == "1")),
        _ => attr(e, "office:string-value").map_or(Cel::Leeg, Cel::Tekst),
    }
}

/// An ISO 8601 duration as LibreOffice writes it (`PT36H00M00S`, `P1DT2H`) in hours, exactly.
fn uren(d: &str) -> Option<rust_decimal::Decimal> {
    use rust_decimal::Decimal;
    const UREN_PER_DAG: u8 = 24;
    let getal = |t: &str| Decimal::from_str_exact(t).ok();
    let rest = d.strip_prefix('P')?;
    let (dagen, tijd) = rest.split_once('T').unwrap_or((rest, ""));
    let mut totaal = match dagen.strip_suffix('D') {
        // An ISO 8601 duration's days as hours (the calendar's, not a rule's).
        Some(dg) => getal(dg)?.checked_mul(Decimal::from(UREN_PER_DAG))?,
        None if dagen.is_empty() => Decimal::ZERO,
        None => return None,
    };
    let mut begin = 0;
    for (i, c) in tijd.char_indices() {
        let per_uur = match c {
            'H' => 1,
            'M' => 60,
            'S' => 3600,
            _ => continue,
        };
        totaal = totaal.checked_add(getal(tijd.get(begin..i)?)?.checked_div(Decimal::from(per_uur))?)?;
        begin = i + 1;
    }
    (begin == tijd.len()).then(|| crate::getal::afronden(totaal, 6).normalize())
}

fn is_cel(e: &BytesStart<'_>) -> bool {
    matches!(e.name().as_ref(), "table:table-cell" | "table:covered-table-cell")
}

/// The text of a cell up to its end: paragraphs on their own line, `text:s` spaces, tabs and line
/// breaks; comments (`office:annotation`) left out; at most [`MAX_TEKST`] characters.
fn tekst_lezen(r: &mut Reader<&[u8]>) -> Result<String, String> {
    let mut buf = Vec::new();
    let mut s = String::new();
    let mut alineas = 0usize;
    let mut opmerking = 0usize;
    loop {
        let vol = s.len() >= MAX_TEKST;
        match r.read_event_into(&mut buf).map_err(kapot)? {
            Event::End(e) if is_cel_eind(e.name().as_ref()) => return Ok(s.chars().take(MAX_TEKST).collect()),
            Event::Start(e) if e.name().as_ref() == "office:annotation" => opmerking += 1,
            Event::End(e) if e.name().as_ref() == "office:annotation" => opmerking = opmerking.saturating_sub(1),
            _ if opmerking > 0 || vol => {}
            Event::Start(e) if e.name().as_ref() == "text:p" => {
                if alineas > 0 {
                    s.push('\n');
                }
                alineas += 1;
            }
            Event::Empty(e) if e.name().as_ref() == "text:p" => alineas += 1,
            Event::Start(e) | Event::Empty(e) if e.name().as_ref() == "text:s" => {
                let n = attr(&e, "text:c").and_then(|w| w.parse::<usize>().ok()).unwrap_or(1);
                s.extend(std::iter::repeat_n(' ', n.min(MAX_TEKST)));
            }
            Event::Start(e) | Event::Empty(e) if e.name().as_ref() == "text:tab" => s.push('\t'),
            Event::Start(e) | Event::Empty(e) if e.name().as_ref() == "text:line-break" => s.push('\n'),
            Event::Text(t) => s.push_str(&t.xml10_content()),
            Event::CData(t) => s.push_str(t.as_ref()),
            Event::GeneralRef(e) => verwijzing(&e, &mut s),
            Event::Eof => return Err(kapot("een cel houdt halverwege op")),
            _ => {}
        }
        buf.clear();
    }
}

fn is_cel_eind(naam: &str) -> bool {
    matches!(naam, "table:table-cell" | "table:covered-table-cell")
}

/// A character or entity reference in text.
fn verwijzing(e: &BytesRef<'_>, uit: &mut String) {
    let naam: &str = e;
    let c = match naam {
        "lt" => Some('<'),
        "gt" => Some('>'),
        "amp" => Some('&'),
        "apos" => Some('\''),
        "quot" => Some('"'),
        _ => e.resolve_char_ref().ok().flatten(),
    };
    if let Some(c) = c {
        uit.push(c);
    }
}

#[cfg(test)]
mod tests {
    use super::uren;

    #[test]
    fn duur_in_uren() {
        let u = |d: &str| uren(d).map(|u| u.to_string());
        assert_eq!(u("PT36H00M00S").as_deref(), Some("36"));
        assert_eq!(u("PT7H30M").as_deref(), Some("7.5"));
        assert_eq!(u("P1DT2H30M").as_deref(), Some("26.5"));
        assert_eq!(u("PT0H20M").as_deref(), Some("0.333333"));
        assert_eq!(u("PT36"), None, "a number without its unit");
        assert_eq!(u("36:00"), None);
        assert_eq!(u("PTxH"), None);
    }
}
