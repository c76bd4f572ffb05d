//! Chart content as SVG markup text, set as the `<svg>`'s inner HTML: one DOM update per redraw
//! instead of dozens of nodes, and far less generic view code in the wasm (docs/performance.md).
//! Only our own numbers and texts go in, escaped; coordinates are whole pixels.

use std::fmt::Write;

/// Whole-pixel coordinate as text (integer formatting: no float formatting code in the wasm).
pub(crate) fn coord_px(v_px: f64) -> String {
    (v_px.round() as i64).to_string()
}

/// Escapes text for SVG/XML content and attribute values.
pub fn ontsnap(t: &str) -> String {
    t.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// A line with a class.
pub fn lijn(uit: &mut String, (x1, y1): (f64, f64), (x2, y2): (f64, f64), class: &str) {
    let _ = write!(
        uit,
        r#"<line x1="{}" y1="{}" x2="{}" y2="{}" class="{class}"/>"#,
        coord_px(x1),
        coord_px(y1),
        coord_px(x2),
        coord_px(y2)
    );
}

/// A text label; `anker` is `start`, `middle` or `end`.
pub fn tekst(uit: &mut String, (x, y): (f64, f64), anker: &str, class: &str, t: &str) {
    let _ = write!(
        uit,
        r#"<text x="{}" y="{}" text-anchor="{anker}" class="{class}">{}</text>"#,
        coord_px(x),
        coord_px(y),
        ontsnap(t)
    );
}

/// A polyline through `punten` (already "x,y x,y …").
pub fn polylijn(uit: &mut String, punten: &str, class: &str) {
    let _ = write!(uit, r#"<polyline points="{punten}" class="{class}" fill="none"/>"#);
}

/// A circle.
pub fn cirkel(uit: &mut String, (x, y): (f64, f64), r: u8, class: &str) {
    let _ = write!(uit, r#"<circle cx="{}" cy="{}" r="{r}" class="{class}"/>"#, coord_px(x), coord_px(y));
}

/// The `<title>` that names the chart (its id is referenced by `aria-labelledby`).
pub fn titel(uit: &mut String, id: &str, t: &str) {
    let _ = write!(uit, r#"<title id="{id}">{}</title>"#, ontsnap(t));
}
