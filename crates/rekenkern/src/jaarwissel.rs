//! What changes on 1 January (docs/adr/0024): December beside the January after it, per month as
//! the cards show a month (each line rounded as its document rounds it, totals summed; ADR 0021),
//! line by line, each changed line with the reasons it changed. Every year the same: for a peildatum
//! in December the January after it, for one in January the December before it, and for any other
//! peildatum the coming turn of the year.
//!
//! The employee carries over: the same job and hours; a subsidy granted in December (or earlier) is
//! running in January, so it follows the minimum wage of 1 January (Pw art. 10d lid 7); the age
//! follows the birthday month as in the year overview (docs/adr/0015). A subsidy that is new in
//! January did not run in December: December is then shown as if it had been granted on 1 December,
//! and an assumption says so.

use crate::aanname::{Aanname, AannameTekst};
use crate::bedragen::Regel as R;
use crate::bereken::bereken;
use crate::datum::Datum;
use crate::gegevens::WML_21;
use crate::gekozen::Gekozen;
use crate::invoer::{Invoer, Subsidie};
use crate::invoertabel::Sleutel as S;
use crate::params::{cao, premies, wml};
use crate::regels::loonstrook::Loonstrook;
use crate::teksten as stap;
use crate::teksten::jaarwissel as t;
use crate::uitkomst::{Bedragen, Fout, Periode, Uitkomst};
use crate::uitleg::{invoer, Id};
use crate::uitleg::{Eenheid, Herkomst};
use crate::Taal;
use rust_decimal::Decimal;

/// One side of the turn of the year: its date and the calculation of that month.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Kant {
    /// The peildatum of this side (the peildatum itself, or the first day of its month).
    pub datum: Datum,
    /// The calculation.
    pub uitkomst: Uitkomst,
    /// The month's lines, as the card shows a month.
    pub strook: Loonstrook,
    /// The month's amounts: the lines and their sums.
    pub bedragen: Bedragen,
}

/// Why a line changed on 1 January.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reden {
    /// The youth minimum wage scale changed (the percentage for this age).
    Jeugdstaffel {
        /// The age in January.
        leeftijd: u8,
        /// December's percentage.
        van: Option<Decimal>,
        /// January's percentage.
        tot: Option<Decimal>,
        /// January's scale is announced, not yet published law.
        aangekondigd: bool,
    },
    /// The hourly minimum wage for 21 and older differs between the two months (from the tables).
    Minimumloon {
        /// December's, euro per hour.
        van: Decimal,
        /// January's.
        tot: Decimal,
    },
    /// The monthly minimum wage the subsidy rests on differs (a running subsidy moves to the amount
    /// of 1 January, lid 7; or a new minimum wage).
    Subsidiegrondslag {
        /// December's, euro per month.
        van: Decimal,
        /// January's.
        tot: Decimal,
    },
    /// An employer premium rate changed.
    Premie {
        /// The premium's label (Dutch, a key of its English).
        label: &'static str,
        /// December's rate.
        van: Decimal,
        /// January's rate.
        tot: Decimal,
        /// January's rate is announced.
        aangekondigd: bool,
    },
    /// The cao's full-time week (36 hours from 2027, without loss of pay).
    Cao36Uur,
    /// The cao's one-off payment differs (or stops).
    CaoEenmalig,
    /// The cao's year-end payment differs.
    CaoEindejaars,
    /// A running subsidy follows the minimum wage on 1 January (lid 7).
    Lid7,
    /// The employee had a birthday in December.
    Leeftijd {
        /// Age in December.
        van: Decimal,
        /// Age in January.
        tot: Decimal,
    },
    /// Another value of the calculation changed.
    Waarde {
        /// Its label.
        label: &'static str,
        /// December's value.
        van: Decimal,
        /// January's value.
        tot: Decimal,
        /// Its unit.
        eenheid: Eenheid,
    },
}

impl Reden {
    /// A stable id for the machine-readable output and tests.
    pub fn id(&self) -> &'static str {
        match self {
            Reden::Jeugdstaffel { .. } => "jeugdstaffel",
            Reden::Minimumloon { .. } => "minimumloon",
            Reden::Subsidiegrondslag { .. } => "subsidiegrondslag",
            Reden::Premie { .. } => "premie",
            Reden::Cao36Uur => "cao_36_uur",
            Reden::CaoEenmalig => "cao_eenmalig",
            Reden::CaoEindejaars => "cao_eindejaarsuitkering",
            Reden::Lid7 => "lid7",
            Reden::Leeftijd { .. } => "leeftijd",
            Reden::Waarde { .. } => "waarde",
        }
    }

    /// The reason in B1 words.
    pub fn tekst(&self, taal: Taal) -> String {
        use crate::engels::{vertaal, vul};
        use crate::getal::procent;
        let pct = |p: &Option<Decimal>| p.map(|p| procent(p, 2)).unwrap_or_else(|| "-".into());
        let erbij = |aangekondigd: bool| if aangekondigd { vertaal(t::AANGEKONDIGD, taal) } else { "" };
        match self {
            Reden::Jeugdstaffel { leeftijd, van, tot, aangekondigd } => {
                vul(t::JEUGDSTAFFEL, taal, &[&leeftijd.to_string(), &pct(van), &pct(tot)]) + erbij(*aangekondigd)
            }
            Reden::Minimumloon { van, tot } => {
                vul(t::MINIMUMLOON, taal, &[&crate::getal::euro(*van), &crate::getal::euro(*tot)])
            }
            Reden::Subsidiegrondslag { van, tot } => {
                vul(t::SUBSIDIEGRONDSLAG, taal, &[&crate::getal::euro(*van), &crate::getal::euro(*tot)])
            }
            Reden::Premie { label, van, tot, aangekondigd } => {
                vul(t::WAARDE, taal, &[vertaal(label, taal), &procent(*van, 3), &procent(*tot, 3)])
                    + erbij(*aangekondigd)
            }
            Reden::Cao36Uur => vertaal(t::CAO_36_UUR, taal).to_string(),
            Reden::CaoEenmalig => vertaal(t::CAO_EENMALIG, taal).to_string(),
            Reden::CaoEindejaars => vertaal(t::CAO_EINDEJAARS, taal).to_string(),
            Reden::Lid7 => vertaal(t::LID_7, taal).to_string(),
            Reden::Leeftijd { van, tot } => vul(t::LEEFTIJD, taal, &[&van.to_string(), &tot.to_string()]),
            Reden::Waarde { label, van, tot, eenheid } => {
                let w = |x: Decimal| match eenheid {
                    Eenheid::Fractie => procent(x, 3),
                    Eenheid::EuroPerUur | Eenheid::EuroPerMaand | Eenheid::EuroPerJaar => crate::getal::euro(x),
                    Eenheid::UrenPerWeek | Eenheid::Getal => crate::getal::getal_exact(x),
                };
                vul(t::WAARDE, taal, &[vertaal(label, taal), &w(*van), &w(*tot)])
            }
        }
    }
}

/// One line of the comparison.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Regel {
    /// Stable name (as in `rekenhulp bereken`'s `loonstrook`, and the totals of `per_maand`).
    pub naam: &'static str,
    /// Dutch label (a key of its English).
    pub label: &'static str,
    /// A total (a sum of lines) rather than a line of its own.
    pub totaal: bool,
    /// December.
    pub december: Decimal,
    /// January.
    pub januari: Decimal,
    /// January minus December.
    pub verschil: Decimal,
    /// Why it changed: indexes into [`Jaarwissel::redenen`]; empty when it did not change.
    pub redenen: Vec<usize>,
}

/// December beside the January after it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Jaarwissel {
    /// December.
    pub december: Kant,
    /// January.
    pub januari: Kant,
    /// Every line shown in either month (lines that are zero in both are left out).
    pub regels: Vec<Regel>,
    /// Every reason, once.
    pub redenen: Vec<Reden>,
    /// What the comparison assumed.
    pub aannames: Vec<Aanname>,
}

/// Whether the comparison is offered without being asked: a peildatum in December or January.
pub fn rond_de_jaarwissel(peildatum: Datum) -> bool {
    matches!(peildatum.maand(), 1 | 12)
}

/// December of `jaar`, first day.
fn december(jaar: u16) -> Option<Datum> {
    Datum::new(jaar, 12, 1)
}

/// The two dates: (December, January).
fn data(peildatum: Datum) -> Option<(Datum, Datum)> {
    match peildatum.maand() {
        1 => Some((december(peildatum.jaar().checked_sub(1)?)?, peildatum)),
        12 => Some((peildatum, Datum::new(peildatum.jaar().checked_add(1)?, 1, 1)?)),
        _ => Some((december(peildatum.jaar())?, Datum::new(peildatum.jaar().checked_add(1)?, 1, 1)?)),
    }
}

/// The age on `dag` from the age on the peildatum and the birthday month, as the year overview
/// counts it: one more for each birthday month from the peildatum's month up to (not including)
/// the month of `dag`; one less for December seen from January when the birthday is in December.
fn leeftijd(invoer: &Invoer, peildatum: Datum, dag: Datum) -> Option<u8> {
    let (leeftijd, maand) = (invoer.leeftijd?, invoer.jaar.verjaardag);
    let Some(maand) = maand else { return Some(leeftijd) };
    if dag < peildatum {
        return Some(if maand == 12 {
            leeftijd.saturating_sub(1).max(crate::invoer::grenzen::LEEFTIJD_MIN)
        } else {
            leeftijd
        });
    }
    let mut extra = 0u8;
    let mut m = peildatum.eerste_van_de_maand();
    while m < dag.eerste_van_de_maand() {
        if m.maand() == maand {
            extra = extra.saturating_add(1);
        }
        match m.volgende_maand() {
            Some(v) => m = v,
            None => break,
        }
    }
    Some(leeftijd.saturating_add(extra).min(crate::invoer::grenzen::LEEFTIJD_MAX))
}

/// The scenario of one side: the same person and job on `dag`, the subsidy running since its grant.
fn scenario(invoer: &Invoer, peildatum: Datum, dag: Datum, aannames: &mut Vec<Aanname>) -> Invoer {
    if dag == peildatum {
        return invoer.clone();
    }
    let mut i = invoer.clone();
    i.datum = Some(dag);
    i.leeftijd = leeftijd(invoer, peildatum, dag);
    let toekenning = match invoer.subsidie_gekozen() {
        Some(Subsidie::Lopend) => invoer.toekenning,
        _ => Some(peildatum),
    };
    match toekenning {
        Some(t) if t <= dag => {
            i.subsidie = Some(Subsidie::Lopend);
            i.toekenning = Some(t);
        }
        _ => {
            // New in January: December as if granted on its first day (said, not silent).
            i.subsidie = Some(Subsidie::Nieuw);
            i.toekenning = None;
            aannames.push(Aanname {
                veld: S::Subsidie,
                tekst: AannameTekst::Vast(crate::teksten::aanname::JAARWISSEL_NIEUW),
            });
        }
    }
    i
}

fn kant(invoer: &Invoer, vandaag: Datum, datum: Datum) -> Result<Kant, Vec<Fout>> {
    let uitkomst = bereken(invoer, vandaag)?;
    let strook = uitkomst.loonstrook(Periode::Maand);
    let bedragen = strook.bedragen();
    Ok(Kant { datum, uitkomst, strook, bedragen })
}

/// December beside the January after it for this scenario (see the module doc), or the errors of
/// the first month that cannot be calculated.
pub fn jaarwissel(invoer: &Invoer, vandaag: Datum) -> Result<Jaarwissel, Vec<Fout>> {
    let peildatum = invoer.datum.unwrap_or(vandaag);
    let Some((dec, jan)) = data(peildatum) else {
        return Err(vec![Fout::Invoer { veld: S::Datum, bericht: crate::controle::bericht::DATUM }]);
    };
    let mut aannames = Vec::new();
    let december = kant(&scenario(invoer, peildatum, dec, &mut aannames), vandaag, dec)?;
    let januari = kant(&scenario(invoer, peildatum, jan, &mut aannames), vandaag, jan)?;
    // Under 21 the age decides the wage: said when no birthday month is given.
    let jong = december.uitkomst.minimumuurloon.waarde < januari.uitkomst.minimumuurloon.waarde
        || invoer.leeftijd.is_some_and(|l| l < crate::STANDAARD_LEEFTIJD);
    if jong && invoer.jaar.verjaardag.is_none() {
        aannames.push(Aanname {
            veld: S::Verjaardag,
            tekst: AannameTekst::Vast(crate::teksten::aanname::JAARWISSEL_LEEFTIJD),
        });
    }
    // Whether January counts announced values, when that changes an amount (ADR 0024).
    aannames.extend(januari.uitkomst.aannames.iter().filter(|a| a.veld == S::Aangekondigd).cloned());
    let lid5 = lid5_loopt(invoer, peildatum, dec) || lid5_loopt(invoer, peildatum, jan);
    let mut redenen_per_id = veranderd(&december.uitkomst, &januari.uitkomst);
    // The hourly minimum wage for 21 and older, the base of every hourly minimum wage: from the
    // tables (a youth wage from the table does not record it), as each month's calculation takes it.
    let aangekondigd = crate::gekozen::Keuzes::van(invoer).aangekondigd;
    if let (None, Some(van), Some(tot)) = (invoer.overrides.wml, wml_21(dec, aangekondigd), wml_21(jan, aangekondigd)) {
        if van != tot {
            redenen_per_id.push((vec![wml::MINIMUMUURLOON.id, WML_21], Reden::Minimumloon { van, tot }));
        }
    }
    // What each change reaches, once (not per line).
    let bereik: Vec<Vec<&'static str>> =
        redenen_per_id.iter().map(|(ids, _)| geraakt(&december.uitkomst, &januari.uitkomst, ids)).collect();
    let mut redenen: Vec<Reden> = Vec::new();
    let mut regels: Vec<Regel> = Vec::new();
    for lijn in lijnen(&december, &januari) {
        let (d, j) = (lijn.december, lijn.januari);
        // Lines that are zero in both months, and the first-six-months line outside those months.
        if (d.is_zero() && j.is_zero()) || (lijn.naam == R::LksLid5.naam() && !lid5) {
            continue;
        }
        let mut hier = Vec::new();
        if let (true, Some(deel)) = (d != j, lijn.delen) {
            // A total is the sum of its lines (ADR 0021): its reasons are theirs.
            for r in regels.iter().filter(|r| deel(r.naam)) {
                hier.extend(r.redenen.iter().copied());
            }
        } else if d != j {
            for ((_, reden), geraakt) in redenen_per_id.iter().zip(&bereik) {
                if lijn.steunt_op.iter().any(|s| geraakt.contains(s)) {
                    hier.push(voeg_toe(&mut redenen, reden.clone()));
                }
            }
            if lijn.subsidie && lopend(&januari.uitkomst.keuzes) {
                hier.push(voeg_toe(&mut redenen, Reden::Lid7));
            }
        }
        hier.sort_unstable();
        hier.dedup();
        regels.push(Regel {
            naam: lijn.naam,
            label: lijn.label,
            totaal: lijn.delen.is_some(),
            december: d,
            januari: j,
            verschil: j - d,
            redenen: hier,
        });
    }
    Ok(Jaarwissel { december, januari, regels, redenen, aannames })
}

/// A line before it is compared: its values in both months and the trail ids it rests on.
struct Lijn {
    naam: &'static str,
    label: &'static str,
    /// For a total: which lines (by name) it sums; `None` for a line of its own.
    delen: Option<fn(&str) -> bool>,
    /// A subsidy line (lid 7 may be its reason).
    subsidie: bool,
    steunt_op: Vec<&'static str>,
    december: Decimal,
    januari: Decimal,
}

/// The lines of a month in the order of a payslip, then the subsidies and the net costs.
fn lijnen(dec: &Kant, jan: &Kant) -> Vec<Lijn> {
    let lijn = |naam, label, steunt_op: &[&'static str], f: fn(&Kant) -> Decimal| Lijn {
        naam,
        label,
        delen: None,
        subsidie: false,
        steunt_op: steunt_op.to_vec(),
        december: f(dec),
        januari: f(jan),
    };
    let mut uit = vec![
        lijn(R::Brutoloon.naam(), t::BRUTOLOON, &[stap::BRUTOLOON.id], |k| k.strook.brutoloon),
        lijn(R::Vakantiebijslag.naam(), t::VAKANTIEBIJSLAG, &[stap::VAKANTIEBIJSLAG.id], |k| k.strook.vakantiebijslag),
        lijn(
            "eindejaarsuitkering",
            t::EINDEJAARSUITKERING,
            &[cao::EINDEJAARSUITKERING.id, stap::DEELTIJDFACTOR.id],
            |k| k.strook.eindejaarsuitkering,
        ),
        lijn("eenmalig", t::EENMALIG, &[cao::EENMALIG.id, stap::DEELTIJDFACTOR.id], |k| k.strook.eenmalig),
    ];
    // Each premium on its own, under the id of its rate (as `loonstrook` in the CLI output).
    for (n, (id, _)) in jan.uitkomst.strook.premies.iter().enumerate() {
        // The premium's label as the trail records its rate (not the list of every parameter: that
        // would bring every table and source into the group page's wasm, ~13 KB compressed).
        let label = jan.uitkomst.spoor.zoek_gebruikt(&Id(id)).map_or(*id, |g| g.label);
        uit.push(Lijn {
            naam: id,
            label,
            delen: None,
            subsidie: false,
            // The month's premium wage is the wage of the month under its share of the maximum
            // (the payslip, ADR 0021): the wage counts even where the year's premium wage is capped.
            steunt_op: vec![id, stap::PREMIELOON.id, stap::LOON_TOTAAL.id],
            december: dec.strook.premies.get(n).copied().unwrap_or_default(),
            januari: jan.strook.premies.get(n).copied().unwrap_or_default(),
        });
    }
    uit.push(lijn(R::Pensioen.naam(), t::PENSIOEN, &[stap::PENSIOEN.id], |k| k.strook.pensioen));
    let mut totaal = lijn(R::Loonkosten.naam(), t::LOONKOSTEN, &[stap::LOONKOSTEN.id], |k| k.bedragen.loonkosten);
    // Loonkosten: every line above it (ADR 0021).
    totaal.delen = Some(|n| {
        [R::Brutoloon.naam(), R::Vakantiebijslag.naam(), "eindejaarsuitkering", "eenmalig", R::Pensioen.naam()]
            .contains(&n)
            || n.starts_with("premie.")
    });
    uit.push(totaal);
    for (naam, label, stap, f) in [
        (
            R::LksMeting.naam(),
            t::LKS_METING,
            stap::LKS_METING.id,
            (|k: &Kant| k.strook.lks_meting) as fn(&Kant) -> Decimal,
        ),
        (R::LksForfait.naam(), t::LKS_FORFAIT, stap::LKS_FORFAIT.id, |k: &Kant| k.strook.lks_forfait),
        (R::LksLid5.naam(), t::LKS_LID5, stap::LKS_LID5.id, |k: &Kant| k.strook.lks_lid5),
    ] {
        let mut l = lijn(naam, label, &[stap], f);
        l.subsidie = true;
        uit.push(l);
    }
    uit.push(lijn(R::Lkv.naam(), t::LKV, &[stap::LKV.id], |k| k.strook.lkv));
    // What you pay yourself: loonkosten minus the subsidy minus the loonkostenvoordeel.
    let netto_meting: fn(&str) -> bool = |n| [R::Loonkosten.naam(), R::LksMeting.naam(), R::Lkv.naam()].contains(&n);
    let netto_forfait: fn(&str) -> bool = |n| [R::Loonkosten.naam(), R::LksForfait.naam(), R::Lkv.naam()].contains(&n);
    for (naam, label, id, f, delen) in [
        (
            R::NettokostenMeting.naam(),
            t::NETTO_METING,
            stap::NETTO_METING.id,
            (|k: &Kant| k.bedragen.nettokosten_meting) as fn(&Kant) -> Decimal,
            netto_meting,
        ),
        (
            R::NettokostenForfait.naam(),
            t::NETTO_FORFAIT,
            stap::NETTO_FORFAIT.id,
            |k: &Kant| k.bedragen.nettokosten_forfait,
            netto_forfait,
        ),
    ] {
        let mut l = lijn(naam, label, &[id], f);
        l.delen = Some(delen);
        uit.push(l);
    }
    uit
}

/// What a change of the values `ids` reaches: those values, and every step that uses something it
/// reaches and whose value differs between the months (a step whose value stayed, such as the
/// hours of the subsidy when only the full-time week moved, stops the change there).
fn geraakt(dec: &Uitkomst, jan: &Uitkomst, ids: &[&'static str]) -> Vec<&'static str> {
    let mut geraakt: Vec<&'static str> = ids.to_vec();
    for (u, ander) in [(jan, dec), (dec, jan)] {
        for s in &u.spoor.stappen {
            let anders = ander.spoor.zoek_stap(s).map(|x| x.waarde) != Some(s.waarde);
            if anders && !geraakt.contains(&s.id) && s.gebruikt().any(|o| geraakt.contains(&o)) {
                geraakt.push(s.id);
            }
        }
    }
    geraakt
}

/// Whether a month falls in the first months of the subsidy in which lid 5 may apply (the subsidy is
/// new on the peildatum, or granted on `toekenning`).
fn lid5_loopt(invoer: &Invoer, peildatum: Datum, dag: Datum) -> bool {
    let toekenning = match invoer.subsidie_gekozen() {
        Some(Subsidie::Lopend) => invoer.toekenning,
        _ => Some(peildatum),
    };
    let Some(t) = toekenning else { return false };
    let maanden = crate::params::lks::LID5_MAANDEN
        .op(t, false)
        .ok()
        .and_then(|w| rust_decimal::prelude::ToPrimitive::to_i64(&w.waarde))
        .unwrap_or_default();
    let verschil = (i64::from(dag.jaar()) - i64::from(t.jaar())) * 12 + i64::from(dag.maand()) - i64::from(t.maand());
    (0..maanden).contains(&verschil) || dag < t
}

/// Index of `reden` in `redenen`, added when new.
fn voeg_toe(redenen: &mut Vec<Reden>, reden: Reden) -> usize {
    match redenen.iter().position(|r| *r == reden) {
        Some(n) => n,
        None => {
            redenen.push(reden);
            redenen.len() - 1
        }
    }
}

fn lopend(keuzes: &[Gekozen]) -> bool {
    keuzes.iter().any(|g| {
        g.sleutel == S::Subsidie
            && g.woord == crate::invoertabel::woord(Subsidie::Lopend, &crate::invoertabel::keuzes::SUBSIDIES)
    })
}

/// The used values that differ between the two months, each with the reason it gives. A value is
/// known by its id; the monthly minimum wage is one value whatever date it was looked up for (a new
/// subsidy rests on `wml.maand`, a running one on `wml.maand.lks`): what counts is the amount the
/// subsidy rests on in each month.
fn veranderd(dec: &Uitkomst, jan: &Uitkomst) -> Vec<(Vec<&'static str>, Reden)> {
    let mut gezien: Vec<(&'static str, &'static str, Eenheid)> = Vec::new();
    for g in jan.spoor.gebruikt.iter().chain(dec.spoor.gebruikt.iter()) {
        let id = groep(g.id);
        if !gezien.iter().any(|(x, _, _)| *x == id) {
            gezien.push((id, g.label, g.eenheid));
        }
    }
    let mut uit = Vec::new();
    for (id, label, eenheid) in gezien {
        let (van, tot) = (waarde_van(dec, id), waarde_van(jan, id));
        // The hourly minimum wage for the age is a table value in one month and made from the
        // scale in the other: its reasons are the scale (here) and the wage for 21+ (the caller).
        if van == tot || id == wml::MINIMUMUURLOON.id || id == WML_21 || id == invoer::LEEFTIJD.id() {
            continue;
        }
        let aangekondigd =
            jan.spoor.gebruikt.iter().any(|g| groep(g.id) == id && matches!(g.herkomst, Herkomst::Aangekondigd { .. }));
        let is_premie = premies::PERCENTAGES.iter().any(|p| p.id == id);
        let reden = match id {
            _ if id == wml::JEUGDPERCENTAGES.id => {
                // The percentage moves with the scale (said here) and with the age (below).
                let leeftijd = jan.spoor.zoek_gebruikt(&invoer::LEEFTIJD).map(|g| g.waarde);
                match staffel(dec.peildatum, jan.peildatum, leeftijd, aangekondigd) {
                    Some((jaren, v, t)) if v != t => {
                        Reden::Jeugdstaffel { leeftijd: jaren, van: Some(v), tot: Some(t), aangekondigd }
                    }
                    _ => continue,
                }
            }
            _ if id == wml::REFERENTIEMAANDLOON.id => {
                Reden::Subsidiegrondslag { van: van.unwrap_or_default(), tot: tot.unwrap_or_default() }
            }
            _ if is_premie => {
                Reden::Premie { label, van: van.unwrap_or_default(), tot: tot.unwrap_or_default(), aangekondigd }
            }
            _ if id == cao::VOLTIJD.id || id == cao::LOONBEHOUD_UREN.id => Reden::Cao36Uur,
            _ if id == cao::EENMALIG.id => Reden::CaoEenmalig,
            _ if id == cao::EINDEJAARSUITKERING.id => Reden::CaoEindejaars,
            _ => Reden::Waarde { label, van: van.unwrap_or_default(), tot: tot.unwrap_or_default(), eenheid },
        };
        let ids = jan.spoor.gebruikt.iter().chain(dec.spoor.gebruikt.iter()).map(|g| g.id).filter(|g| groep(g) == id);
        let mut ids: Vec<&'static str> = ids.collect();
        ids.sort_unstable();
        ids.dedup();
        uit.push((ids, reden));
    }
    // A birthday in December: the age decides which minimum wage and which youth percentage apply,
    // so it reaches what rests on them.
    let leeftijd = |u: &Uitkomst| u.spoor.zoek_gebruikt(&invoer::LEEFTIJD).map(|g| g.waarde);
    if let (Some(van), Some(tot)) = (leeftijd(dec), leeftijd(jan)) {
        if van != tot {
            let ids = vec![invoer::LEEFTIJD.id(), wml::MINIMUMUURLOON.id, WML_21, wml::JEUGDPERCENTAGES.id];
            uit.push((ids, Reden::Leeftijd { van, tot }));
        }
    }
    uit
}

/// The youth percentage for January's age on both dates: (that age, December's scale, January's).
fn staffel(dec: Datum, jan: Datum, leeftijd: Option<Decimal>, aangekondigd: bool) -> Option<(u8, Decimal, Decimal)> {
    let leeftijd = u8::try_from(rust_decimal::prelude::ToPrimitive::to_u64(&leeftijd?)?).ok()?;
    let idx = wml::LEEFTIJDEN.iter().rposition(|&l| leeftijd >= l)?;
    let op = |d: Datum| wml::JEUGDPERCENTAGES.op(d, aangekondigd).ok().and_then(|w| w.waarde.get(idx).copied());
    Some((leeftijd, op(dec)?, op(jan)?))
}

/// The hourly minimum wage for 21 and older on `dag` as a calculation takes it: the table, or past
/// it the last known value.
fn wml_21(dag: Datum, aangekondigd: bool) -> Option<Decimal> {
    let volwassen = |w: &crate::param::Waarde<[Decimal; 7]>| w.waarde.last().copied();
    match wml::MINIMUMUURLOON.op(dag, aangekondigd) {
        Ok(w) => volwassen(w),
        Err(crate::param::Dekking::NaBekend { .. }) => wml::MINIMUMUURLOON.laatst_gepubliceerd().and_then(volwassen),
        Err(crate::param::Dekking::VoorEerste { .. }) => None,
    }
}

/// The value an id stands for when comparing months: the monthly minimum wage looked up for any
/// date is one value (see [`veranderd`]).
fn groep(id: &'static str) -> &'static str {
    if id == wml::REFERENTIEMAANDLOON_LKS.id() {
        wml::REFERENTIEMAANDLOON.id
    } else {
        id
    }
}

/// The value of a group in a month: for the monthly minimum wage the amount the subsidy rests on.
fn waarde_van(u: &Uitkomst, groep_id: &'static str) -> Option<Decimal> {
    if groep_id == wml::REFERENTIEMAANDLOON.id {
        // A running subsidy rests on the step `rml_lks` (one date, or the literal lid-7 index).
        if let Some(s) = u.spoor.zoek_stap(&stap::RML_LKS) {
            return Some(s.waarde);
        }
        return u.spoor.zoek_gebruikt(&wml::REFERENTIEMAANDLOON).map(|g| g.waarde);
    }
    u.spoor.zoek_gebruikt(&Id(groep_id)).map(|g| g.waarde)
}
