//! Today, in the browser's time zone: the default peildatum (the core never reads the clock).

use rekenkern::Datum;

/// Today in the browser's time zone; the core never reads the clock.
pub fn vandaag() -> Datum {
    let d = js_sys::Date::new_0();
    let (j, m, dag) = (d.get_full_year(), d.get_month() + 1, d.get_date());
    Datum::new(u16::try_from(j).unwrap_or(2026), u8::try_from(m).unwrap_or(1), u8::try_from(dag).unwrap_or(1))
        .unwrap_or(rekenkern::params::GECONTROLEERD_TOT)
}
