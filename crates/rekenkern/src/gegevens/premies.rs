//! The employer premiums (Wfsv, Zvw): the rates by contract, employer kind and size, and the
//! maximum premium wage.

use super::oplosser::Oplosser;
use super::Premie;
use crate::bron;
use crate::datum::Datum;
use crate::gekozen::Keuzes;
use crate::invoer::{Contract, Invoer, Omvang};
use crate::params::premies;
use rust_decimal::Decimal;

/// The premium rates (AWf first, as the trail lists them) and the maximum premium wage per year.
pub(super) fn los_op(
    o: &mut Oplosser,
    invoer: &Invoer,
    keuzes: &Keuzes,
    datum: Datum,
) -> ([Premie; premies::AANTAL], Decimal) {
    let ov = &invoer.overrides;
    let awf_param = match keuzes.contract {
        Contract::Vast => &premies::AWF_LAAG,
        Contract::Tijdelijk | Contract::Oproep => &premies::AWF_HOOG,
    };
    let awf = o.param(awf_param, datum, ov.awf);
    let ufo = if keuzes.overheid {
        o.param(&premies::UFO, datum, ov.ufo)
    } else {
        o.nul(premies::UFO.id, tekst!("Ufo-premie (niet van toepassing: geen overheidswerkgever)" => "Ufo premium (not applicable: not a public employer)"), &bron::WFSV_2026)
    };
    let aof_param = match keuzes.omvang {
        Omvang::Klein => &premies::AOF_LAAG,
        Omvang::Groot => &premies::AOF_HOOG,
    };
    let aof = o.param(aof_param, datum, ov.aof);
    let wko = o.param(&premies::WKO, datum, ov.wko);
    let whk = o.param(&premies::WHK, datum, ov.whk);
    let zvw = o.param(&premies::ZVW, datum, ov.zvw);
    let maximum_premieloon = o.param(&premies::MAXIMUM_PREMIELOON, datum, ov.max_premieloon);
    let rates = [
        Premie { id: awf_param.id, waarde: awf },
        Premie { id: premies::UFO.id, waarde: ufo },
        Premie { id: aof_param.id, waarde: aof },
        Premie { id: premies::WKO.id, waarde: wko },
        Premie { id: premies::WHK.id, waarde: whk },
        Premie { id: premies::ZVW.id, waarde: zvw },
    ];
    (rates, maximum_premieloon)
}
