//! The zip inside .xlsx and .ods: a few kilobytes can unpack to gigabytes (a zip bomb), and the
//! sizes in the zip's own headers can lie. So each part the readers use is unpacked once, counted
//! as it comes, and never past [`MAX_UITGEPAKT`] in total.

use super::t;
use std::io::{Cursor, Read};

/// The most bytes the XML parts of one file may unpack to (a sheet of 100,000 employees is
/// about 40 MB of XML).
pub const MAX_UITGEPAKT: u64 = 128 * 1024 * 1024;
/// The most parts a zip may have.
pub const MAX_DELEN: usize = 10_000;

pub(super) type Zip<'a> = zip::ZipArchive<Cursor<&'a [u8]>>;

/// Opens the zip and checks that its XML parts stay within the limit.
pub(super) fn open<'a>(bytes: &'a [u8], soort: &str) -> Result<Zip<'a>, String> {
    let kapot = |e: &dyn std::fmt::Display| t::rekenblad_kapot(soort, e);
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| kapot(&e))?;
    if zip.len() > MAX_DELEN {
        return Err(t::te_groot_uitgepakt(MAX_UITGEPAKT >> 20));
    }
    let mut totaal: u64 = 0;
    for i in 0..zip.len() {
        let mut deel = zip.by_index(i).map_err(|e| kapot(&e))?;
        // A name that is no text is no part a reader opens either.
        let xml = deel.name().is_ok_and(|n| n.ends_with(".xml") || n.ends_with(".rels"));
        if !xml {
            continue; // images and the like: no reader opens them
        }
        let ruimte = MAX_UITGEPAKT - totaal;
        let n = std::io::copy(&mut (&mut deel).take(ruimte + 1), &mut std::io::sink()).map_err(|e| kapot(&e))?;
        totaal += n;
        if totaal > MAX_UITGEPAKT {
            return Err(t::te_groot_uitgepakt(MAX_UITGEPAKT >> 20));
        }
    }
    Ok(zip)
}

/// One part, whole (within the limit that [`open`] checked); `None` when the zip has no such part.
pub(super) fn deel(zip: &mut Zip<'_>, naam: &str, soort: &str) -> Result<Option<Vec<u8>>, String> {
    let mut d = match zip.by_name(naam) {
        Ok(d) => d,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(t::rekenblad_kapot(soort, e)),
    };
    let mut uit = Vec::new();
    (&mut d).take(MAX_UITGEPAKT + 1).read_to_end(&mut uit).map_err(|e| t::rekenblad_kapot(soort, e))?;
    if uit.len() as u64 > MAX_UITGEPAKT {
        return Err(t::te_groot_uitgepakt(MAX_UITGEPAKT >> 20));
    }
    Ok(Some(uit))
}
