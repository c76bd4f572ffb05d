//! The first figures of the start-up contract (`start::contract`): which amount line goes to which id.

/// The first figures: the element id where the first module (`eerst::schrijf`) and the app's cards
/// (`components::uitkomst`) show an amount line. One table, so both write the same line to the same id.
pub const FIGUREN: &[(rekenkern::bedragen::Regel, &str)] = {
    use rekenkern::bedragen::Regel::*;
    &[
        (Brutoloon, "fig-brutoloon"),
        (Loonkosten, "fig-loonkosten"),
        (LksMeting, "fig-lks-meting"),
        (LksForfait, "fig-lks-forfait"),
        (NettokostenMeting, "fig-netto-meting"),
        (NettokostenForfait, "fig-netto-forfait"),
        (LksLid5, "lid5-bedrag"),
    ]
};

/// The id of a first figure ("" for a line that is not one).
pub fn figuur_id(r: rekenkern::bedragen::Regel) -> &'static str {
    FIGUREN.iter().find(|(x, _)| *x == r).map_or("", |(_, id)| id)
}
