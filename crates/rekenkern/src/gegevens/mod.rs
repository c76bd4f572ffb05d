//! Step one of a calculation: turn the scenario into resolved values. Applies defaults (recorded
//! as assumptions), takes user-supplied parameter values over the tables, looks up every
//! parameter for its date and collects ALL missing values at once, so the user sees them together.
//!
//! One file per legal concept, as in `params/`: the person and the job (`werk`), the minimum wage
//! (`minimumloon`), the wage and the cao (`loon`), the subsidy with lid 5 and lid 7
//! (`loonkostensubsidie`), the premiums (`premies`) and the pension (`pensioen`). The order of the
//! steps below is the order of the trail.

mod loon;
mod loonkostensubsidie;
mod minimumloon;
mod oplosser;
mod pensioen;
mod premies;
mod werk;

use crate::aanname::{Aanname, NietBekend};
use crate::datum::Datum;
use crate::fout::Fout;
use crate::gekozen::Keuzes;
use crate::invoer::{Invoer, Lezing, WglMaximum};
use crate::invoertabel::Sleutel as S;
use crate::param::Geldig;
use crate::params::conventie;
use crate::teksten::aanname;
use crate::uitleg::Spoor;
pub(crate) use minimumloon::WML_21;
use oplosser::Oplosser;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

/// Defaults for empty fields (issue: "21+, 36 h, WML, loonwaarde 30%").
pub const STANDAARD_LEEFTIJD: u8 = 21;
/// Default hours per week.
pub const STANDAARD_UREN: Decimal = dec!(36);
/// Default loonwaarde in percent.
pub const STANDAARD_LOONWAARDE: u8 = 30;

/// How the employer pension share is found.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Pensioen {
    /// A percentage of wage + VB the user typed (or zero below the scheme's entry age).
    Percentage(Decimal),
    /// The PWRI-based estimate, franchise pro rata to the part-time factor.
    Schatting { premie: Decimal, franchise: Decimal, aandeel: Decimal },
}

/// The monthly minimum wage (21+) the subsidy rests on, and how it was found.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum LksMaand {
    /// New subsidy: the amount on the peildatum (`wml.maand`).
    Peildatum,
    /// Running (lid 7): the amount on one date (`wml.maand.lks`): the grant date in the same
    /// calendar year, otherwise 1 January of the peildatum's year.
    Lid7 { waarde: Decimal },
    /// Running, literal lid 7 for a grant after 1 July of an earlier year: the amount at the
    /// grant, raised by the change from 1 January of the grant year to 1 January now.
    Lid7Index { bij_toekenning: Decimal, januari_nu: Decimal, januari_toekenning: Decimal },
}

/// One employer premium rate and the id of the parameter it came from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Premie {
    pub id: &'static str,
    pub waarde: Decimal,
}

/// Every value the formulas need, resolved. Ids of used values are the ones recorded in the trail.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Gegevens {
    pub datum: Datum,
    pub uren: Decimal,
    /// Full-time week and the trail id it came from (`cao.voltijd` or `invoer.voltijd`).
    pub voltijd: (&'static str, Decimal),
    pub loonwaarde: Decimal,
    pub lezing: Lezing,
    pub wgl_max: WglMaximum,
    pub beschut: bool,
    /// Minimum hourly wage for the age on the peildatum (the wage floor): the table's value, the
    /// user's, or past the table for a youth the step that makes it (docs/adr/0024).
    pub wml_uur: crate::uitleg::Operand,
    /// Its source (the table entry used, the user, or the youth rule).
    pub wml_uur_bron: &'static crate::bron::Bron,
    /// An announced value (docs/adr/0024) was used for a parameter.
    pub aangekondigd_gebruikt: bool,
    /// The hourly wage the user asked for (own wage or cao scale 2/3), before the WML floor.
    pub gewenst_uurloon: Option<Decimal>,
    /// Cao 36 hours without loss of wage: the week whose wage is kept (scale 1, 2027+).
    pub loonbehoud_uren: Option<Decimal>,
    pub loon_onder_wml: bool,
    pub schaal_1_bedrag: bool,
    pub cao_regulier: bool,
    /// Minimum wage per month (21+) on the peildatum.
    pub rml: Decimal,
    /// How the subsidy's monthly base was found (new or running).
    pub lks_maand: LksMaand,
    /// Youth percentage (Besluit minimumjeugdloon) when under 21.
    pub jeugd: Option<Decimal>,
    pub vakantiebijslag: Decimal,
    pub maximum: Decimal,
    pub werkgeverslasten: Decimal,
    pub forfait_lid5: Decimal,
    pub urenbasis: Decimal,
    pub forfait: Decimal,
    pub weken: Decimal,
    pub maanden: Decimal,
    /// Employer premium rates with the parameter id each came from (AWf first).
    pub premiepercentages: [Premie; crate::params::premies::AANTAL],
    pub maximum_premieloon: Decimal,
    pub pensioen: Pensioen,
    /// (eindejaarsuitkering, eenmalig) per full-time year, when the cao applies.
    pub cao: Option<(Decimal, Decimal)>,
    /// (per hour, maximum per year) of the LKV banenafspraak, when not beschut.
    pub lkv: Option<(Decimal, Decimal)>,
    /// The parameters past their tables on this date (provisional or typed in by the user).
    pub niet_bekend: Vec<NietBekend>,
}

/// Resolves a checked scenario (`scenario::controleer` found nothing). On success the assumptions
/// are returned with the values, and the later peildata of the same scenario that resolve to the
/// same values and assumptions (the same scenario on such a day differs only in `datum`): no
/// parameter it looked up for the peildatum changes before them, and they lie in its calendar year.
pub(crate) fn los_op(
    invoer: &Invoer,
    vandaag: Datum,
    spoor: &mut Spoor,
) -> Result<(Gegevens, Vec<Aanname>, Geldig), Vec<Fout>> {
    let keuzes = Keuzes::van(invoer);
    let voorlopig = invoer.voorlopig.unwrap_or(crate::gekozen::STANDAARD_VOORLOPIG);
    let mut o = Oplosser::nieuw(spoor, voorlopig, keuzes.aangekondigd, invoer.datum.unwrap_or(vandaag));
    let werk = werk::los_op(&mut o, invoer, &keuzes, vandaag);
    let datum = werk.datum;
    werk::keuze_aannames(&mut o, invoer, &keuzes);
    let wml = minimumloon::los_op(&mut o, invoer, datum, werk.leeftijd);
    let lks_maand = loonkostensubsidie::subsidie_maand(&mut o, invoer, &keuzes, datum);
    let loon = loon::los_op(&mut o, invoer, &keuzes, datum, werk.voltijd.0);
    let vakantiebijslag = minimumloon::vakantiebijslag(&mut o, datum);
    let lks = loonkostensubsidie::los_op(&mut o, invoer, &keuzes, datum, werk.loonwaarde);
    let weken = o.conventie(&conventie::WEKEN_PER_JAAR);
    let maanden = o.conventie(&conventie::MAANDEN_PER_JAAR);
    let (premiepercentages, maximum_premieloon) = premies::los_op(&mut o, invoer, &keuzes, datum);
    let pensioen = pensioen::los_op(&mut o, invoer, datum, werk.leeftijd);
    let cao = loon::cao_uitkeringen(&mut o, invoer, &keuzes, datum);
    let lkv = loonkostensubsidie::loonkostenvoordeel(&mut o, &keuzes, datum);

    if !o.fouten.is_empty() {
        return Err(o.fouten);
    }
    // Provisional because nobody chose: a visible assumption (voorlopig=nee asks for the values).
    if invoer.voorlopig.is_none() && o.niet_bekend.iter().any(|n| n.voorlopig.is_some()) {
        o.aanname(S::Voorlopig, aanname::VOORLOPIG);
    }
    // Announced values that change an amount: which ones are used is said, chosen or not.
    if o.aankondiging_telt {
        o.aanname(
            S::Aangekondigd,
            if keuzes.aangekondigd { aanname::AANGEKONDIGD } else { aanname::NIET_AANGEKONDIGD },
        );
    }
    let g = Gegevens {
        datum,
        uren: werk.uren,
        voltijd: werk.voltijd,
        loonwaarde: werk.loonwaarde,
        lezing: keuzes.forfait,
        wgl_max: lks.wgl_max,
        beschut: keuzes.beschut,
        wml_uur: wml.uur,
        wml_uur_bron: wml.uur_bron,
        aangekondigd_gebruikt: o.aangekondigd_gebruikt,
        gewenst_uurloon: loon.gewenst,
        loonbehoud_uren: loon.loonbehoud_uren,
        loon_onder_wml: loon.gewenst.is_some_and(|u| u < wml.uur.waarde),
        schaal_1_bedrag: loon.schaal_1_bedrag,
        cao_regulier: loon.cao_regulier,
        rml: wml.maand,
        lks_maand,
        jeugd: wml.jeugd,
        vakantiebijslag,
        maximum: lks.maximum,
        werkgeverslasten: lks.werkgeverslasten,
        forfait_lid5: lks.forfait_lid5,
        urenbasis: lks.urenbasis,
        forfait: lks.forfait,
        weken,
        maanden,
        premiepercentages,
        maximum_premieloon,
        pensioen,
        cao,
        lkv,
        niet_bekend: o.niet_bekend,
    };
    Ok((g, o.aannames, o.geldig))
}
