//! The loonkostensubsidie (Pw art. 10d): which monthly minimum wage it rests on (new, or running
//! under lid 7), its parameters (the 70% cap, the werkgeverslasten and whether they fall inside
//! the cap, the lid-5 forfait, the 36-hour basis, the planned forfait), and the
//! loonkostenvoordeel of the banenafspraak for a job that is not beschut.

use super::oplosser::Oplosser;
use super::LksMaand;
use crate::datum::Datum;
use crate::gekozen::Keuzes;
use crate::invoer::{Invoer, Lid7, Subsidie};
use crate::invoertabel::Sleutel as S;
use crate::params::{lks, wml};
use crate::teksten::{aanname, fout, invoer as label};
use rust_decimal::Decimal;

/// The parameters of the subsidy on the peildatum.
pub(super) struct Lks {
    pub maximum: Decimal,
    pub werkgeverslasten: Decimal,
    pub wgl_max: crate::invoer::WglMaximum,
    pub forfait_lid5: Decimal,
    pub urenbasis: Decimal,
    pub forfait: Decimal,
}

pub(super) fn los_op(o: &mut Oplosser, invoer: &Invoer, keuzes: &Keuzes, datum: Datum, loonwaarde: Decimal) -> Lks {
    let maximum = o.param(&lks::MAXIMUM, datum, None);
    let werkgeverslasten = o.param(&lks::WERKGEVERSLASTEN, datum, invoer.overrides.wgl);
    // Only worth a remark when the two readings give a different subsidy here.
    if invoer.wgl_max.is_none() && lezingen_verschillen(loonwaarde, werkgeverslasten, maximum) {
        o.aanname(S::WglMax, aanname::WGL_BUITEN_MAXIMUM);
    }
    let forfait_lid5 = o.param(&lks::FORFAIT_LID_5, datum, None);
    let urenbasis = o.param(&lks::UREN_BASIS, datum, None);
    let forfait = o.voorstel(&lks::FORFAIT_BESCHUT);
    Lks { maximum, werkgeverslasten, wgl_max: keuzes.wgl_max, forfait_lid5, urenbasis, forfait }
}

/// Do the two readings of the 70% cap (ADR 0001) give a different subsidy at this loonwaarde? Only
/// when the gap plus the werkgeverslasten allowance on it exceeds the cap. The resolver asks it to
/// know whether the assumption matters; the rules apply the reading chosen.
fn lezingen_verschillen(loonwaarde: Decimal, werkgeverslasten: Decimal, maximum: Decimal) -> bool {
    (Decimal::ONE - loonwaarde) * (Decimal::ONE + werkgeverslasten) > maximum
}

/// (per hour, maximum per year) of the LKV banenafspraak, when the job is not beschut.
pub(super) fn loonkostenvoordeel(o: &mut Oplosser, keuzes: &Keuzes, datum: Datum) -> Option<(Decimal, Decimal)> {
    (!keuzes.beschut)
        .then(|| (o.param(&lks::LKV_BANENAFSPRAAK_UUR, datum, None), o.param(&lks::LKV_BANENAFSPRAAK_MAX, datum, None)))
}

/// 1 July of a date's year (the mid-year minimum-wage change).
fn eerste_juli(d: Datum) -> Datum {
    Datum::new(d.jaar(), 7, 1).unwrap_or(d)
}

/// New or running subsidy (Pw art. 10d lid 7): which monthly minimum wage the subsidy rests on.
pub(super) fn subsidie_maand(o: &mut Oplosser, invoer: &Invoer, keuzes: &Keuzes, datum: Datum) -> LksMaand {
    if invoer.subsidie_gekozen().is_none() {
        o.aanname(S::Subsidie, aanname::SUBSIDIE_NIEUW);
    }
    if keuzes.subsidie == Subsidie::Nieuw {
        return LksMaand::Peildatum;
    }
    let Some(toekenning) = invoer.toekenning else {
        o.fout(S::Toekenning, fout::TOEKENNING_NODIG);
        return LksMaand::Peildatum;
    };
    if toekenning > datum {
        o.fout(S::Toekenning, fout::TOEKENNING_NA_PEILDATUM);
        return LksMaand::Peildatum;
    }
    let januari = datum.eerste_januari();
    let eigen = invoer.overrides.rml;
    let p = &wml::REFERENTIEMAANDLOON;
    let in_vorig_jaar_na_juli = toekenning < januari && toekenning >= eerste_juli(toekenning);
    if invoer.lid7.is_none() && in_vorig_jaar_na_juli {
        o.aanname(S::Lid7, aanname::LID7_HERIJKEN);
    }
    let lezing = keuzes.lid7;
    if in_vorig_jaar_na_juli && lezing == Lid7::Indexeren {
        let bij_toekenning =
            o.opzoeken(p, wml::REFERENTIEMAANDLOON_TOEKENNING.id(), label::RML_TOEKENNING, toekenning, eigen, |w| *w);
        let januari_nu =
            o.opzoeken(p, wml::REFERENTIEMAANDLOON_JANUARI.id(), label::RML_JANUARI, januari, eigen, |w| *w);
        let januari_toekenning = o.opzoeken(
            p,
            wml::REFERENTIEMAANDLOON_JANUARI_TOEKENNING.id(),
            label::RML_JANUARI_TOEKENNING,
            toekenning.eerste_januari(),
            eigen,
            |w| *w,
        );
        return LksMaand::Lid7Index { bij_toekenning, januari_nu, januari_toekenning };
    }
    let waarde =
        o.opzoeken(p, wml::REFERENTIEMAANDLOON_LKS.id(), label::RML_LKS, toekenning.max(januari), eigen, |w| *w);
    LksMaand::Lid7 { waarde }
}
