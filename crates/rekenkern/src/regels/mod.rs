//! Formulas only, one file per legal concept. No literals other than 0, 1 and 100
//! (tests/parameters.rs enforces it): every number comes from a parameter or an input.

pub mod forfait;
pub mod loon;
pub mod loonkostensubsidie;
pub mod loonkostenvoordeel;
pub mod loonstrook;
pub mod maandstrook;
pub mod omslagpunt;
pub mod premieloon;
