//! Bytes as people save them: UTF-8 (with or without the byte order mark Excel writes) or
//! Windows-1252 (Dutch Excel's "CSV (puntkomma)"). Never a silent guess: the caller is told which
//! was used. A file that is valid UTF-8 is read as UTF-8 (an ASCII-only file is the same in both).

/// How a file was decoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Codering {
    /// UTF-8 without a byte order mark.
    Utf8,
    /// UTF-8 with the byte order mark EF BB BF (removed).
    Utf8Bom,
    /// Not valid UTF-8: read as Windows-1252.
    Windows1252,
}

impl Codering {
    /// The name shown to the user.
    pub fn naam(self) -> &'static str {
        match self {
            Codering::Utf8 => "UTF-8",
            Codering::Utf8Bom => "UTF-8 (met BOM)",
            Codering::Windows1252 => "Windows-1252",
        }
    }
}

/// Windows-1252 bytes 0x80..=0x9F (the WHATWG Encoding Standard, index-windows-1252; the five
/// unassigned bytes map to the C1 control of the same value, as browsers do). 0xA0..=0xFF are
/// Latin-1, the same code point as the byte.
const W1252_80_9F: [char; 32] = [
    '\u{20AC}', '\u{0081}', '\u{201A}', '\u{0192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}', '\u{02C6}',
    '\u{2030}', '\u{0160}', '\u{2039}', '\u{0152}', '\u{008D}', '\u{017D}', '\u{008F}', '\u{0090}', '\u{2018}',
    '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}', '\u{02DC}', '\u{2122}', '\u{0161}',
    '\u{203A}', '\u{0153}', '\u{009D}', '\u{017E}', '\u{0178}',
];

/// Decodes a file's bytes; says which encoding was used.
pub fn decodeer(bytes: &[u8]) -> (String, Codering) {
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        if let Ok(t) = std::str::from_utf8(rest) {
            return (t.to_string(), Codering::Utf8Bom);
        }
    }
    match std::str::from_utf8(bytes) {
        Ok(t) => (t.to_string(), Codering::Utf8),
        Err(_) => (bytes.iter().map(|&b| windows_1252(b)).collect(), Codering::Windows1252),
    }
}

fn windows_1252(b: u8) -> char {
    match b {
        0x80..=0x9F => W1252_80_9F[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_bom_en_windows_1252() {
        // "Café € 1" in Windows-1252: é = 0xE9, € = 0x80 (WHATWG index-windows-1252).
        assert_eq!(decodeer(b"Caf\xe9 \x80 1"), ("Café € 1".to_string(), Codering::Windows1252));
        assert_eq!(decodeer("Café".as_bytes()), ("Café".to_string(), Codering::Utf8));
        assert_eq!(decodeer(b"\xef\xbb\xbfid"), ("id".to_string(), Codering::Utf8Bom));
        // Smart quotes and ë as Excel writes them.
        assert_eq!(decodeer(b"\x93co\xebfficient\x94").0, "\u{201C}coëfficient\u{201D}");
    }
}
