//! Parts below the first result, built one frame after it (issue 9).
//!
//! The first render is one long task on a slow phone: the form, the result and everything under it.
//! What sits below the result (comparison, chart, notes, trail, sources, year overview, print-only
//! parts, footer) is built in a task of its own after the next frame, so the amounts are painted
//! first and the page stays responsive while the rest arrives. Each part only grows the page below
//! what is already on screen, so nothing visible moves.
//!
//! While typing, the same parts follow the result at most once per frame ([`per_beeld`]): the
//! amounts change in the input event, the chart and tables just before the next frame is drawn (one
//! layout and paint for both: measured, a later task cost a second one, +2.4 ms per keystroke), and
//! keys typed within one frame cost one redraw of them, not one each.

use leptos::prelude::*;
use std::time::Duration;

/// Fallback when no frame comes (a hidden tab, or an iframe out of view whose frames are paused).
const UITERLIJK: Duration = Duration::from_millis(100);

/// Runs `doe` after the next frame has been painted, or after [`UITERLIJK`], whichever is first.
/// `doe` may run twice; it must be idempotent.
fn na_beeld(doe: impl Fn() + Clone + 'static) {
    let nogmaals = doe.clone();
    request_animation_frame(move || set_timeout(doe, Duration::ZERO));
    set_timeout(nogmaals, UITERLIJK);
}

/// Runs `doe` right before the next frame is drawn, or after [`UITERLIJK`], whichever is first.
/// `doe` may run twice; it must be idempotent.
fn voor_beeld(doe: impl Fn() + Clone + 'static) {
    let nogmaals = doe.clone();
    request_animation_frame(doe);
    set_timeout(nogmaals, UITERLIJK);
}

/// Renders `children` after the next frame has been painted, or after [`UITERLIJK`], whichever is first.
#[component]
pub fn Later(children: ChildrenFn) -> impl IntoView {
    let klaar = RwSignal::new(false);
    // try_: the page may have been rebuilt (language, another link) before the frame came; then
    // these values are gone and there is nothing to do (a plain get or set would panic).
    let zet = move || {
        if klaar.try_get_untracked() == Some(false) {
            klaar.try_set(true);
        }
    };
    // Scheduled where this place is built, not where the component is made: the page is built in
    // document order, but a component inside `Show` is made only when that is built, after the
    // components around it. Parts higher on the page thus come first, and none pushes down a part
    // below it that is already on screen (measured: the year overview moved 0,012-0,021 when
    // the result's parts came after it).
    let gepland = StoredValue::new(false);
    move || {
        if klaar.get() {
            return Some(children());
        }
        // Rendered ahead of time (ADR 0022) the page is its first frame: nothing below the amounts.
        if cfg!(feature = "ssr") {
            return None;
        }
        if !gepland.get_value() {
            gepland.set_value(true);
            na_beeld(zet);
        }
        None
    }
}

/// `bron`, followed at most once per frame: a change schedules one copy right before the next frame;
/// more changes before it runs are taken along by that copy.
pub fn per_beeld<T: Clone + PartialEq + Send + Sync + 'static>(bron: Memo<T>) -> Memo<T> {
    let volgt = RwSignal::new(bron.get_untracked());
    let gepland = StoredValue::new(false);
    Effect::new(move |eerder: Option<()>| {
        bron.track();
        // The first run only checks that nothing changed since `volgt` was made (effects start a
        // little later than they are created).
        let gelijk = || bron.with_untracked(|b| volgt.with_untracked(|v| v == b));
        if gepland.get_value() || (eerder.is_none() && gelijk()) {
            return;
        }
        gepland.set_value(true);
        // try_: see `Later`.
        voor_beeld(move || {
            if gepland.try_get_value() == Some(true) {
                gepland.try_set_value(false);
                if let Some(nu) = bron.try_get_untracked() {
                    volgt.try_set(nu);
                }
            }
        });
    });
    Memo::new(move |_| volgt.get())
}
