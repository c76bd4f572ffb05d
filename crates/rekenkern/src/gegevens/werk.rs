//! The person and the job: peildatum, age, hours, loonwaarde and the full-time week. An empty
//! field takes its default, recorded as an assumption.

use super::oplosser::Oplosser;
use super::{STANDAARD_LEEFTIJD, STANDAARD_LOONWAARDE, STANDAARD_UREN};
use crate::aanname::AannameTekst;
use crate::datum::Datum;
use crate::gekozen::Keuzes;
use crate::invoer::{Invoer, Werkgever};
use crate::invoertabel::Sleutel as S;
use crate::params::cao;
use crate::teksten::{aanname, invoer as label};
use crate::uitleg::Eenheid;
use rust_decimal::Decimal;

/// The person and the job, resolved.
pub(super) struct Werk {
    pub datum: Datum,
    pub leeftijd: u8,
    pub uren: Decimal,
    /// The loonwaarde as a fraction.
    pub loonwaarde: Decimal,
    /// Full-time week and the trail id it came from (`cao.voltijd` or `invoer.voltijd`).
    pub voltijd: (&'static str, Decimal),
}

pub(super) fn los_op(o: &mut Oplosser, invoer: &Invoer, keuzes: &Keuzes, vandaag: Datum) -> Werk {
    let datum = invoer.datum.unwrap_or_else(|| {
        o.aanname(S::Datum, aanname::DATUM);
        vandaag
    });
    let leeftijd = invoer.leeftijd.unwrap_or_else(|| {
        o.aanname_met(S::Leeftijd, AannameTekst::Leeftijd(STANDAARD_LEEFTIJD));
        STANDAARD_LEEFTIJD
    });
    o.invoer(
        crate::uitleg::invoer::LEEFTIJD.id(),
        label::LEEFTIJD,
        Decimal::from(leeftijd),
        Eenheid::Getal,
        invoer.leeftijd.is_none(),
    );
    let uren = invoer.uren.unwrap_or_else(|| {
        o.aanname_met(S::Uren, AannameTekst::Uren(STANDAARD_UREN));
        STANDAARD_UREN
    });
    o.invoer(crate::uitleg::invoer::UREN.id(), label::UREN, uren, Eenheid::UrenPerWeek, invoer.uren.is_none());
    let loonwaarde_pct = invoer.loonwaarde.unwrap_or_else(|| {
        o.aanname_met(S::Loonwaarde, AannameTekst::Loonwaarde(STANDAARD_LOONWAARDE));
        STANDAARD_LOONWAARDE
    });
    let loonwaarde = o.invoer(
        crate::uitleg::invoer::LOONWAARDE.id(),
        label::LOONWAARDE,
        Decimal::from(loonwaarde_pct) / Decimal::ONE_HUNDRED,
        Eenheid::Fractie,
        invoer.loonwaarde.is_none(),
    );
    if invoer.werkgever.is_none() {
        o.aanname(S::Werkgever, aanname::WERKGEVER);
    }
    let voltijd = match (invoer.voltijd, keuzes.werkgever) {
        (Some(v), _) => (
            crate::uitleg::invoer::VOLTIJD.id(),
            o.invoer(crate::uitleg::invoer::VOLTIJD.id(), label::VOLTIJD, v, Eenheid::UrenPerWeek, false),
        ),
        (None, Werkgever::Sob) => {
            o.aanname(S::Voltijd, aanname::VOLTIJD_CAO);
            (cao::VOLTIJD.id, o.param(&cao::VOLTIJD, datum, None))
        }
        (None, Werkgever::Regulier) => {
            o.aanname(S::Voltijd, aanname::VOLTIJD_REGULIER);
            (
                crate::uitleg::invoer::VOLTIJD.id(),
                o.invoer(crate::uitleg::invoer::VOLTIJD.id(), label::VOLTIJD, uren, Eenheid::UrenPerWeek, true),
            )
        }
    };
    Werk { datum, leeftijd, uren, loonwaarde, voltijd }
}

/// The choices that only raise an assumption here (their values come from [`Keuzes`]).
pub(super) fn keuze_aannames(o: &mut Oplosser, invoer: &Invoer, keuzes: &Keuzes) {
    if invoer.forfait.is_none() {
        o.aanname(S::Forfait, aanname::FORFAIT);
    }
    if invoer.beschut.is_none() {
        o.aanname(S::Beschut, aanname::BESCHUT);
    }
    if invoer.contract.is_none() {
        o.aanname(S::Contract, aanname::CONTRACT);
    }
    if invoer.overheid.is_none() {
        o.aanname(S::Overheid, if keuzes.overheid { aanname::OVERHEID_JA } else { aanname::OVERHEID_NEE });
    }
    if invoer.omvang.is_none() {
        o.aanname(S::Omvang, aanname::OMVANG);
    }
}
