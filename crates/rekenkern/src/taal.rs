//! The user's language. Dutch (B1) is the default and the source of every text; English is the second.

/// Language of user-facing text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Taal {
    /// Dutch (default).
    #[default]
    Nl,
    /// English.
    En,
}

impl Taal {
    /// BCP 47 tag for the `lang` attribute.
    pub fn code(self) -> &'static str {
        match self {
            Taal::Nl => "nl",
            Taal::En => "en",
        }
    }
}
