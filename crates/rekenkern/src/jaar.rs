//! The year at a glance: twelve months, each the peildatum calculation for the first day of that
//! month ([`bereken`]), with the state that carries from month to month:
//! - the subsidy is granted once (on `toekenning`, the start of employment, or the first day of the
//!   overview) and then runs: it follows the minimum wage only on 1 January (Pw art. 10d lid 7);
//! - the first six months of a new placement may run on the 50% forfait (lid 5), when chosen;
//! - a re-measured loonwaarde applies from its month (lid 6: the college re-measures);
//! - the age follows the birthday month: from the first month after it (the age on the first day of
//!   the month, docs/adr/0015);
//! - vakantiebijslag is accrued each month or paid in one month; the cao year-end payment falls in
//!   December and the one-off in its month;
//! - employer premiums stop when the wage of the calendar year reaches the maximum premium wage
//!   (cumulative per calendar year).
//!
//! Every line of a month is rounded to the cent as that month's payslip rounds it, the month's totals
//! are sums of its lines, and the year total is the sum of the months, so the table adds up
//! (docs/adr/0021). Months past the tables follow the provisional rules of the core.

use crate::datum::Datum;
use crate::invoer::{Invoer, LoonKeuze, Subsidie};
use crate::invoertabel::Sleutel as S;
use crate::param::Geldig;
use crate::params::lks;
use crate::regels::loonstrook::Loonstrook;
use crate::regels::maandstrook::{self, Betalingen, Maandstroken, Maandstrook, Vakantiebijslag};
use crate::teksten::{aanname, fout};
use crate::uitkomst::{Aanname, Bedragen, Fout, Uitkomst, Waarschuwing};
use crate::uitleg::Spoor;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use std::rc::Rc;

/// Months in the overview.
const MAANDEN: usize = 12;
/// Month of the cao year-end payment (December: the cao pays it at the end of the year).
const DECEMBER: u8 = 12;

/// One month of the overview.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Maand {
    /// First day of the month.
    pub maand: Datum,
    /// Employed in this month (from the month of `start`).
    pub in_dienst: bool,
    /// The measured column uses the lid-5 forfait this month.
    pub lid5: bool,
    /// Amounts of this month: the lines of [`Maand::loonstrook`] and their sums.
    pub bedragen: Bedragen,
    /// The lines of this month, each rounded to the cent (each premium and cao payment on its own).
    pub loonstrook: Loonstrook,
    /// How this month's own amounts were found (the premiums under the yearly maximum premieloon);
    /// empty when the overview was made without explanation ([`jaaroverzicht_met`]).
    pub spoor: Spoor,
    /// The yearly maximum premieloon cut this month's premium wage (it is reached in this month or
    /// was reached before).
    pub premieloon_afgetopt: bool,
    /// The peildatum calculation of this month, with its explanation trail (`None` before `start`, and
    /// in a group row's overview, which keeps only the amounts: `jaaroverzicht_groep`).
    pub uitkomst: Option<Uitkomst>,
}

/// The whole overview.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Jaaroverzicht {
    /// Twelve months, in order.
    pub maanden: Vec<Maand>,
    /// Sum of the rounded months, per amount.
    pub totaal: Bedragen,
    /// Assumptions of the overview and of its months (once each).
    pub aannames: Vec<Aanname>,
    /// Warnings of its months (once each).
    pub waarschuwingen: Vec<Waarschuwing>,
    /// The grant date the overview uses: the user's (a running subsidy), or its first working day or
    /// first day (a new subsidy, docs/adr/0025).
    pub toekenning: Datum,
    /// The subsidy is new in this overview (granted on `toekenning`, within it).
    pub nieuw: bool,
}

/// Where the overview starts, when employment starts, and when the subsidy was granted.
struct Periode {
    eerste: Datum,
    start: Option<Datum>,
    toekenning: Datum,
    /// The subsidy is new in this overview (granted on or after its first day).
    nieuw: bool,
}

fn periode(invoer: &Invoer, vandaag: Datum, aannames: &mut Vec<Aanname>) -> Periode {
    let j = &invoer.jaar;
    let eerste = match (j.jaar, j.start) {
        (Some(jaar), _) => Datum::new(jaar, 1, 1).unwrap_or(vandaag.eerste_januari()),
        (None, Some(s)) => s.eerste_van_de_maand(),
        (None, None) => {
            aannames.push(tekst(S::Jaar, aanname::JAAR_PEILDATUM));
            invoer.datum.unwrap_or(vandaag).eerste_januari()
        }
    };
    let lopend = invoer.subsidie_gekozen() == Some(Subsidie::Lopend);
    let (toekenning, nieuw) = match (lopend, invoer.toekenning) {
        (true, Some(t)) => (t, t >= eerste),
        _ => {
            let t = j.start.map_or(eerste, |s| s.max(eerste));
            aannames.push(tekst(S::Subsidie, aanname::JAAR_NIEUW));
            (t, true)
        }
    };
    Periode { eerste, start: j.start, toekenning, nieuw }
}

fn tekst(veld: S, nl: &'static str) -> Aanname {
    Aanname { veld, tekst: crate::aanname::AannameTekst::Vast(nl) }
}

/// The age on the first day of a month: the age on the first day of the overview, plus one for
/// every birthday month that lies before this month in the overview.
fn leeftijd(basis: Option<u8>, verjaardag: Option<u8>, maanden_voor: &[Datum]) -> Option<u8> {
    let extra = verjaardag.map_or(0, |v| maanden_voor.iter().filter(|m| m.maand() == v).count());
    basis.map(|l| l.saturating_add(u8::try_from(extra).unwrap_or(u8::MAX)))
}

/// The twelve months of the overview, or the errors of the first month that cannot be calculated.
pub fn jaaroverzicht(invoer: &Invoer, vandaag: Datum) -> Result<Jaaroverzicht, Vec<Fout>> {
    jaaroverzicht_met(invoer, vandaag, Spoor::default)
}

/// [`jaaroverzicht`] with the recorder of every month (`Spoor::default`, or `Spoor::zonder_uitleg`
/// for a group: the same months and amounts, the months' `spoor` empty, see
/// [`crate::bereken::bereken_met`]).
pub fn jaaroverzicht_met(invoer: &Invoer, vandaag: Datum, spoor: fn() -> Spoor) -> Result<Jaaroverzicht, Vec<Fout>> {
    jaaroverzicht_na_controle(invoer, vandaag, spoor, crate::scenario::controleer(invoer))
}

/// [`jaaroverzicht_met`] when the scenario was checked already: `fouten` is what
/// [`crate::scenario::controleer`] finds in it (a group's row was checked by its peildatum
/// calculation, all but the key `jaar` it sets for the overview; each key is checked on its own).
pub(crate) fn jaaroverzicht_na_controle(
    invoer: &Invoer,
    vandaag: Datum,
    spoor: fn() -> Spoor,
    fouten: Vec<Fout>,
) -> Result<Jaaroverzicht, Vec<Fout>> {
    overzicht(invoer, vandaag, spoor, fouten, true).map(|(j, _)| j)
}

/// [`jaaroverzicht_na_controle`] for a group's row, which shows amounts only: every month's
/// `uitkomst` is left `None` (the months share their peildatum calculations instead of a copy
/// each, issue 34), and whether a month's net cost rests on a provisional value is returned beside it.
pub(crate) fn jaaroverzicht_groep(
    invoer: &Invoer,
    vandaag: Datum,
    spoor: fn() -> Spoor,
    fouten: Vec<Fout>,
) -> Result<(Jaaroverzicht, bool), Vec<Fout>> {
    overzicht(invoer, vandaag, spoor, fouten, false)
}

/// The overview; `met_uitkomsten`: each month carries its own peildatum calculation.
fn overzicht(
    invoer: &Invoer,
    vandaag: Datum,
    spoor: fn() -> Spoor,
    fouten: Vec<Fout>,
    met_uitkomsten: bool,
) -> Result<(Jaaroverzicht, bool), Vec<Fout>> {
    let j = &invoer.jaar;
    if j.hermeting.is_some() != j.loonwaarde2.is_some() {
        let veld = if j.hermeting.is_none() { S::Hermeting } else { S::Loonwaarde2 };
        return Err(vec![Fout::Invoer { veld, bericht: crate::controle::bericht::HERMETING }]);
    }
    let mut aannames = Vec::new();
    let p = periode(invoer, vandaag, &mut aannames);
    if !p.nieuw && invoer.toekenning.is_some_and(|t| t > p.eerste) {
        return Err(vec![Fout::Invoer { veld: S::Toekenning, bericht: fout::TOEKENNING_NA_PEILDATUM }]);
    }
    let lid5 = j.lid5 == Some(true) && p.nieuw;
    if j.lid5 == Some(true) && !p.nieuw {
        aannames.push(tekst(S::Lid5, aanname::JAAR_LID5_LOPEND));
    }
    if j.vb_maand.is_none() {
        aannames.push(tekst(S::VbMaand, aanname::JAAR_VB_OPBOUW));
    }
    let cao = invoer.loon == Some(LoonKeuze::Cao);
    if cao && j.eenmalig_maand.is_none() {
        aannames.push(tekst(S::EenmaligMaand, aanname::JAAR_EENMALIG_DECEMBER));
    }
    if p.start.is_some_and(|s| s.dag() != 1) {
        aannames.push(tekst(S::Start, aanname::JAAR_START_HELE_MAAND));
    }

    // The first day of each month.
    let mut data = Vec::with_capacity(MAANDEN);
    let mut d = p.eerste;
    for _ in 0..MAANDEN {
        data.push(d);
        match d.volgende_maand() {
            Some(v) => d = v,
            None => break,
        }
    }

    let berekend = bereken_maanden(invoer, vandaag, &p, &data, lid5, spoor, fouten)?;

    let (mut maanden, uitkomsten) = maandbedragen(&invoer.jaar, berekend, spoor);

    let mut totaal = Bedragen::default();
    for m in &maanden {
        totaal = totaal.plus(&m.bedragen);
    }
    let mut waarschuwingen: Vec<Waarschuwing> = Vec::new();
    let mut voorlopig = false;
    let mut gezien: Option<&Rc<Uitkomst>> = None;
    for (u, _) in uitkomsten.iter().flatten() {
        // A calculation shared with the month before adds nothing new (the checks below keep the
        // first of each anyway).
        if gezien.is_some_and(|g| Rc::ptr_eq(g, u)) {
            continue;
        }
        gezien = Some(u);
        voorlopig |= u.nettokosten_voorlopig();
        for w in &u.waarschuwingen {
            // A subsidy new in this overview is not "already running": its assumption says how it
            // follows the minimum wage from its grant (docs/adr/0025).
            if p.nieuw && w.id == "lid7" {
                continue;
            }
            if !waarschuwingen.iter().any(|x| x.id == w.id) {
                waarschuwingen.push(w.clone());
            }
        }
        for a in &u.aannames {
            // The overview states its own subsidy and date assumptions; the rest once.
            if !aannames.iter().any(|x: &Aanname| x.veld == a.veld)
                && !matches!(a.veld, S::Datum | S::Subsidie | S::Lid7)
            {
                aannames.push(a.clone());
            }
        }
    }
    if met_uitkomsten {
        for (m, u) in maanden.iter_mut().zip(uitkomsten) {
            m.uitkomst = u.map(|(u, peildatum)| Uitkomst { peildatum, ..Rc::unwrap_or_clone(u) });
        }
    }
    Ok((
        Jaaroverzicht { maanden, totaal, aannames, waarschuwingen, toekenning: p.toekenning, nieuw: p.nieuw },
        voorlopig,
    ))
}

/// The keys of the scenario the overview sets per month ([`bereken_maanden`]); the rest is the
/// overview's own scenario.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Maandvelden {
    datum: Option<Datum>,
    leeftijd: Option<u8>,
    loonwaarde: Option<u8>,
    subsidie: Option<Subsidie>,
    toekenning: Option<Datum>,
}

impl Maandvelden {
    fn van(i: &Invoer) -> Maandvelden {
        Maandvelden {
            datum: i.datum,
            leeftijd: i.leeftijd,
            loonwaarde: i.loonwaarde,
            subsidie: i.subsidie,
            toekenning: i.toekenning,
        }
    }

    /// The keys in which `self` differs from `ander` (the first `n` of the array).
    fn anders(&self, ander: &Maandvelden) -> ([S; 5], usize) {
        let mut uit = [S::Datum; 5];
        let mut n = 0;
        for (sleutel, anders) in [
            (S::Datum, self.datum != ander.datum),
            (S::Leeftijd, self.leeftijd != ander.leeftijd),
            (S::Loonwaarde, self.loonwaarde != ander.loonwaarde),
            (S::Subsidie, self.subsidie != ander.subsidie),
            (S::Toekenning, self.toekenning != ander.toekenning),
        ] {
            if anders {
                uit[n] = sleutel;
                n += 1;
            }
        }
        (uit, n)
    }

    /// The same keys apart from the peildatum.
    fn zelfde_behalve_datum(&self, ander: &Maandvelden) -> bool {
        Maandvelden { datum: ander.datum, ..*self } == *ander
    }
}

/// One month of step 1: its first day, its calculation (`None`: not employed yet), and whether it is a
/// lid-5 month. Months that resolve to the same values share one calculation; the month's own
/// peildatum stands beside it.
type Berekend = (Datum, Gedeeld, bool);

/// A month's calculation, shared with the months that resolve the same, and the month's peildatum.
type Gedeeld = Option<(Rc<Uitkomst>, Datum)>;

/// Step 1: the peildatum calculation of every month, with the carried state (age, re-measured
/// loonwaarde, new or running subsidy) and whether the month falls in the lid-5 months.
fn bereken_maanden(
    invoer: &Invoer,
    vandaag: Datum,
    p: &Periode,
    data: &[Datum],
    lid5: bool,
    spoor: fn() -> Spoor,
    fouten: Vec<Fout>,
) -> Result<Vec<Berekend>, Vec<Fout>> {
    let j = &invoer.jaar;
    // The scenario is checked once whole; a month's own keys (set below) again where they differ from
    // the scenario checked last. Together the same messages, in the same order, as checking each
    // month's scenario whole (each key is checked on its own).
    let mut gecontroleerd = (Maandvelden::van(invoer), fouten);
    // Without explanation, the month resolved last: its keys, the later peildata on which its
    // resolution holds, the resolution and its amounts.
    let mut vorige: Option<(Maandvelden, Geldig, crate::bereken::Opgelost, Rc<Uitkomst>)> = None;
    let mut berekend: Vec<Berekend> = Vec::with_capacity(MAANDEN);
    // One scenario for every month: only the keys of `Maandvelden` are set per month.
    let mut i = invoer.clone();
    for (n, &maand) in data.iter().enumerate() {
        let laatste_dag = maand.volgende_maand().unwrap_or(maand);
        let in_dienst = p.start.is_none_or(|s| s < laatste_dag);
        if !in_dienst {
            berekend.push((maand, None, false));
            continue;
        }
        // Peildatum: the first day of the month, or the start of employment within it.
        let peildatum = p.start.map_or(maand, |s| s.max(maand));
        i.datum = Some(peildatum);
        i.leeftijd = leeftijd(invoer.leeftijd, j.verjaardag, &data[..n]);
        i.loonwaarde = match (j.hermeting, j.loonwaarde2) {
            (Some(h), Some(lw)) if maand >= h => Some(lw),
            _ => invoer.loonwaarde,
        };
        if p.toekenning <= peildatum {
            i.subsidie = Some(Subsidie::Lopend);
            i.toekenning = Some(p.toekenning);
        } else {
            i.subsidie = Some(Subsidie::Nieuw);
            i.toekenning = None;
        }
        let velden = Maandvelden::van(&i);
        let (vorig, vorige_fouten) = &gecontroleerd;
        let (anders, n_anders) = velden.anders(vorig);
        let anders = &anders[..n_anders];
        let mut fouten: Vec<Fout> =
            vorige_fouten.iter().filter(|f| !f.veld().is_some_and(|v| anders.contains(&v))).cloned().collect();
        fouten.extend(crate::scenario::controleer_sleutels(&i, anders));
        if !fouten.is_empty() {
            fouten.sort_by_key(Fout::veld);
            return Err(fouten);
        }
        gecontroleerd = (velden, Vec::new());
        // Without explanation, the same scenario on a later day on which its resolution holds (no
        // parameter it looked up changes before it, the same calendar year) resolves to the same
        // values apart from the date: that month's amounts (issue 34: most of a row's months).
        // The calculation and the peildatum of this month (a shared calculation keeps the date of
        // the month that made it).
        let (u, peildatum_maand) = match &vorige {
            Some((v, geldig, _, u)) if velden.zelfde_behalve_datum(v) && geldig.op(peildatum) => {
                (Rc::clone(u), peildatum)
            }
            _ => {
                let (mut opgelost, geldig) = crate::bereken::los_op_na_controle(&i, vandaag, spoor(), fouten)?;
                // A month whose resolved values are the month before's (the minimum wage moves in
                // January and July, the rest with the row) has that month's amounts: the formulas
                // are a function of those values alone.
                match vorige.take() {
                    Some((_, _, o, u)) if opgelost.zelfde_behalve_datum(&o) => {
                        let nu = (Rc::clone(&u), opgelost.datum());
                        vorige = Some((velden, geldig, o, u));
                        nu
                    }
                    _ if opgelost.met_uitleg() => {
                        let u = crate::bereken::reken(&i, opgelost);
                        let datum = u.peildatum;
                        (Rc::new(u), datum)
                    }
                    _ => {
                        let u = Rc::new(crate::bereken::reken(&i, opgelost.clone()));
                        vorige = Some((velden, geldig, opgelost, Rc::clone(&u)));
                        let datum = u.peildatum;
                        (u, datum)
                    }
                }
            }
        };
        // The month index since the start of the new placement.
        let sinds_start =
            data[..n].iter().filter(|m| p.start.is_none_or(|s| s < m.volgende_maand().unwrap_or(**m))).count();
        berekend.push((maand, Some((u, peildatum_maand)), lid5 && sinds_start < lid5_maanden(peildatum)));
    }
    Ok(berekend)
}

/// Step 2: the lines of every month, each rounded to the cent as the payslip of that month rounds
/// it (docs/adr/0021). This decides the calendar (which month pays the vakantiebijslag and the cao
/// payments, where a calendar year starts, the lid-5 months); the payslip of each month is the
/// rules' ([`crate::regels::maandstrook`]).
/// The months come without their `uitkomst`; the calculations are returned beside them, in order.
fn maandbedragen(
    j: &crate::invoer::Jaaropties,
    berekend: Vec<Berekend>,
    nieuw_spoor: fn() -> Spoor,
) -> (Vec<Maand>, Vec<Gedeeld>) {
    // The payslip of each month as the peildatum calculation of that month gives it.
    // A month with the same basis as the month before has the same lines (a pure function of it).
    let mut vorige: Option<(&Uitkomst, Loonstrook)> = None;
    let mut stroken: Vec<Option<Loonstrook>> = Vec::with_capacity(berekend.len());
    for u in berekend.iter().map(|(_, u, _)| u.as_ref().map(|(u, _)| &**u)) {
        let strook = u.map(|u| match &vorige {
            Some((v, s)) if v.strook == u.strook && v.maanden == u.maanden => s.clone(),
            _ => {
                let s = u.loonstrook(crate::uitkomst::Periode::Maand);
                vorige = Some((u, s.clone()));
                s
            }
        });
        stroken.push(strook);
    }
    let vb_opgebouwd = maandstrook::opgebouwd(stroken.iter().flatten());
    let eenmalig_maand = j.eenmalig_maand.unwrap_or(DECEMBER);
    // The rules of each month's payslip; they carry the premium wage of the calendar year.
    let mut regels = Maandstroken::default();
    // The same lines as the month before have the same sums.
    let mut vorige_strook: Option<(Loonstrook, Bedragen)> = None;
    let mut maanden = Vec::with_capacity(MAANDEN);
    let mut uitkomsten = Vec::with_capacity(MAANDEN);
    for ((maand, berekend, is_lid5), strook) in berekend.into_iter().zip(stroken) {
        let u = berekend.as_ref().map(|(u, _)| &**u);
        if maand.maand() == 1 {
            regels.nieuw_jaar();
        }
        let (Some(u), Some(s)) = (u, strook) else {
            maanden.push(Maand {
                maand,
                in_dienst: false,
                lid5: false,
                bedragen: Bedragen::default(),
                loonstrook: Loonstrook::default(),
                spoor: nieuw_spoor(),
                premieloon_afgetopt: false,
                uitkomst: None,
            });
            uitkomsten.push(berekend);
            continue;
        };
        // The calendar of the year's payments: which month pays what.
        let betalingen = Betalingen {
            vakantiebijslag: match j.vb_maand {
                None => Vakantiebijslag::Maandelijks,
                Some(m) if m == maand.maand() => Vakantiebijslag::Uitbetaald(vb_opgebouwd),
                Some(_) => Vakantiebijslag::Elders,
            },
            eindejaarsuitkering: maand.maand() == DECEMBER,
            eenmalig: maand.maand() == eenmalig_maand,
        };
        let mut spoor = nieuw_spoor();
        // The citation only (the explanation reading the explanation); the values travel typed.
        let bron = u.spoor.bron_van(&crate::params::premies::MAXIMUM_PREMIELOON, &crate::bron::MAX_PREMIELOON);
        let Maandstrook { strook: s, premieloon_afgetopt } =
            regels.maand(&u.strook, s, betalingen, is_lid5, &mut spoor, bron);
        let bedragen = match &vorige_strook {
            Some((v, b)) if v.zelfde_bits(&s) => b.clone(),
            _ => {
                let b = s.bedragen();
                vorige_strook = Some((s.clone(), b.clone()));
                b
            }
        };
        maanden.push(Maand {
            maand,
            in_dienst: true,
            lid5: is_lid5,
            bedragen,
            loonstrook: s,
            spoor,
            premieloon_afgetopt,
            uitkomst: None,
        });
        uitkomsten.push(berekend);
    }
    (maanden, uitkomsten)
}

/// The overview as CSV: a header, one row per month (`JJJJ-MM`) and a TOTAAL row. `nederlands`:
/// `;` between fields and a decimal comma (opens as columns in a Dutch spreadsheet); otherwise `,`
/// and a decimal point (for scripts, as `rekenhulp jaar --csv`).
pub fn csv(j: &Jaaroverzicht, nederlands: bool) -> String {
    let (scheiding, bedrag): (&str, fn(Decimal) -> String) =
        if nederlands { (";", |v| crate::getal::nl(v, 2).replace('.', "")) } else { (",", |v| format!("{v:.2}")) };
    let rij = |b: &Bedragen| b.velden().iter().map(|(_, v)| bedrag(*v)).collect::<Vec<_>>().join(scheiding);
    let namen: Vec<&str> = j.totaal.velden().iter().map(|(k, _)| *k).collect();
    let mut regels = vec![format!("maand{scheiding}{}", namen.join(scheiding))];
    for m in &j.maanden {
        regels.push(format!("{}{scheiding}{}", m.maand.maand_tekst(), rij(&m.bedragen)));
    }
    regels.push(format!("TOTAAL{scheiding}{}", rij(&j.totaal)));
    regels.join("\n") + "\n"
}

/// Whether the peildatum lies in the months a placement may run on the lid-5 forfait: a new
/// subsidy is granted on the peildatum (this is its first month), a running one counts from its
/// grant. For a row of a file that is not measured yet (`batch::ZonderLoonwaarde`).
pub fn lid5_op_peildatum(invoer: &Invoer, peildatum: Datum) -> bool {
    let sinds = match (invoer.subsidie_gekozen(), invoer.toekenning) {
        (Some(Subsidie::Lopend), Some(t)) if t <= peildatum => {
            let index = |d: Datum| i32::from(d.jaar()) * MAANDEN as i32 + i32::from(d.maand());
            usize::try_from(index(peildatum) - index(t)).unwrap_or(usize::MAX)
        }
        (Some(Subsidie::Lopend), _) => usize::MAX,
        _ => 0,
    };
    sinds < lid5_maanden(peildatum)
}

/// How many months of a new placement may run on the lid-5 forfait (`params::lks::LID5_MAANDEN`);
/// none before the route existed (2017).
fn lid5_maanden(dag: Datum) -> usize {
    lks::LID5_MAANDEN.op(dag, false).ok().and_then(|w| w.waarde.to_usize()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::getal::centen;
    use rust_decimal_macros::dec;

    #[test]
    fn de_premies_per_maand_staan_in_het_spoor_van_de_maand() {
        // A maximum premieloon of € 20.000 that the year reaches in September.
        let i = crate::scenario::decode("v=1&datum=2026-01-01&uren=36&loonwaarde=50&max_premieloon=20000").invoer;
        let j = jaaroverzicht(&i, Datum::vast(2026, 1, 1));
        assert!(j.is_ok(), "{j:?}");
        let Ok(j) = j else { return };
        let stap = |m: &Maand, id: &'static str| {
            m.spoor.zoek_stap(&crate::uitleg::Id(id)).map(|s| s.waarde).unwrap_or(Decimal::MIN)
        };
        let mut premieloon = Decimal::ZERO;
        for m in &j.maanden {
            // Each premium of the month is its rate over the month's premium wage (the step),
            // rounded on its own as the wage journal does (ADR 0021); the shown premiums are their
            // sum, within half a cent per premium of the step "premies samen".
            let strook = m.uitkomst.as_ref().map(|u| u.strook.clone()).unwrap_or_default();
            let apart: Decimal = strook.premies.iter().map(|(_, p)| centen(stap(m, "premieloon_maand") * p)).sum();
            assert_eq!(apart, m.bedragen.premies, "{}", m.maand);
            assert!((stap(m, "premies_maand") - m.bedragen.premies).abs() <= dec!(0.03), "{}", m.maand);
            assert_eq!(stap(m, "premieloon_maand"), stap(m, "premieloon_tot_nu") - stap(m, "premieloon_eerder"));
            premieloon += stap(m, "premieloon_maand");
        }
        // By hand: over the year the premium wage is exactly the maximum, and from October on it is 0.
        assert_eq!(premieloon, dec!(20000));
        // The cap first cuts the premium wage in September (month 9), and every month after it.
        let afgetopt: Vec<u8> = j.maanden.iter().filter(|m| m.premieloon_afgetopt).map(|m| m.maand.maand()).collect();
        assert_eq!(afgetopt, [9, 10, 11, 12]);
        let oktober = &j.maanden[9];
        assert_eq!(stap(oktober, "premieloon_maand"), Decimal::ZERO);
        assert_eq!(oktober.bedragen.premies, Decimal::ZERO);
    }
}
