//! What a chosen file is, by its first bytes and its table of contents, never by its name (a
//! payroll system may call an .xlsx "export.csv"). Cheap and without decompressing anything, so
//! the page can decide on the main thread whether the spreadsheet reader is needed at all.

use super::werkblad::Soort;

/// What a file holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Inhoud {
    /// Text: a CSV file, or text pasted or typed.
    Tekst,
    /// A spreadsheet the rekenhulp reads.
    Werkmap(Soort),
    /// An Office file locked with a password (encrypted: nothing can be read without it).
    Versleuteld,
    /// Excel's binary workbook (.xlsb).
    Xlsb,
    /// Excel 97-2003 (.xls, a Compound File).
    Xls,
    /// Something else that is not text (a PDF, an image, a Word file).
    Anders,
}

/// A zip file (xlsx, ods, xlsb, docx all are one).
const ZIP: &[u8] = b"PK\x03\x04";
/// How much of a zip's start is searched for part names (the first local headers).
const ZIP_KOP: usize = 64 * 1024;
/// How much of a zip's end is searched (its central directory: ~80 bytes a part).
const ZIP_STAART: usize = 1024 * 1024;
/// A Compound File (Excel 97-2003, or an encrypted Office 2007+ file).
const OLE: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// Recognises a file by its content.
pub fn herken(bytes: &[u8]) -> Inhoud {
    if bytes.starts_with(ZIP) {
        // OpenDocument stores its mimetype first and uncompressed. The zip's directory, at the end,
        // lists the names of the parts uncompressed; the first parts' names stand at the start.
        // Only those two ends are searched: this runs on the page's own thread, for up to 20 MB.
        if bevat(&bytes[..bytes.len().min(200)], b"application/vnd.oasis.opendocument.spreadsheet") {
            return Inhoud::Werkmap(Soort::Ods);
        }
        let kop = &bytes[..bytes.len().min(ZIP_KOP)];
        let staart = &bytes[bytes.len().saturating_sub(ZIP_STAART)..];
        let zoek = |naald: &[u8]| bevat(kop, naald) || bevat(staart, naald);
        if zoek(b"xl/workbook.xml") {
            return Inhoud::Werkmap(Soort::Xlsx);
        }
        if zoek(b"xl/workbook.bin") {
            return Inhoud::Xlsb;
        }
        let ander_office = zoek(b"word/") || zoek(b"ppt/");
        if zoek(b"content.xml") && !ander_office && !zoek(b"[Content_Types].xml") {
            return Inhoud::Werkmap(Soort::Ods);
        }
        // An Office file cut short (a download that broke off) may have lost its directory: its
        // first parts still say what it is, and the reader then says it is damaged.
        if !ander_office && (zoek(b"[Content_Types].xml") || zoek(b"xl/")) {
            return Inhoud::Werkmap(Soort::Xlsx);
        }
        return Inhoud::Anders;
    }
    if bytes.starts_with(OLE) {
        // An encrypted xlsx is a Compound File with a stream "EncryptedPackage" (names in UTF-16).
        let versleuteld: Vec<u8> = "EncryptedPackage".encode_utf16().flat_map(u16::to_le_bytes).collect();
        return if bevat(bytes, &versleuteld) { Inhoud::Versleuteld } else { Inhoud::Xls };
    }
    // Text has no NUL bytes (UTF-8, Windows-1252); a binary file of another kind nearly always has.
    if bytes.iter().take(8192).any(|b| *b == 0) {
        return Inhoud::Anders;
    }
    Inhoud::Tekst
}

fn bevat(hooiberg: &[u8], naald: &[u8]) -> bool {
    !naald.is_empty() && hooiberg.windows(naald.len()).any(|w| w == naald)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn herkend_aan_de_inhoud() {
        assert_eq!(herken(b"id;uren\nA;36\n"), Inhoud::Tekst);
        assert_eq!(herken(b""), Inhoud::Tekst);
        assert_eq!(herken(b"%PDF-1.7\n\0\0"), Inhoud::Anders);
        assert_eq!(herken(b"PK\x03\x04....word/document.xml"), Inhoud::Anders);
        assert_eq!(herken(b"PK\x03\x04....xl/workbook.xml"), Inhoud::Werkmap(Soort::Xlsx));
        assert_eq!(herken(b"PK\x03\x04....xl/workbook.bin"), Inhoud::Xlsb);
        assert_eq!(herken(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0]), Inhoud::Xls);
    }
}
