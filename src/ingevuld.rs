//! What the user typed and chose in the page rendered ahead of time, handed from the first module
//! to the app when it takes over (ADR 0022): a value passed along, not a global both read.

use rekenkern::uitkomst::Periode;
use rekenkern::Sleutel;

/// What was typed and chosen in the prerendered page before the app took over.
#[derive(Clone, Debug, Default)]
pub struct Ingevuld {
    /// Each field's text, and the choices that were clicked.
    pub velden: Vec<(Sleutel, String)>,
    /// The period chosen.
    pub periode: Periode,
}
