//! The last steps of every amount: from the exact yearly amounts of the trail to the cents of the
//! period the page shows (an hour, a month, the year), as the documents round them
//! (docs/adr/0021). The same arithmetic as [`Strookbasis::periode`], written as steps of the trail,
//! so an explanation can go from the law's amount to the card's cents; a test checks for every
//! period that these steps end on the amounts of [`crate::Uitkomst::per`].
//!
//! The steps are appended to the yearly trail (their ids end in `_periode`), so an operand is a
//! yearly step, a used value or an earlier period step, and the trail's own checks apply.

use super::{Periode, Uitkomst};
use crate::bedragen::Regel;
use crate::bron;
use crate::params::{pensioen as pp, premies as pr, wml};
use crate::regels::loonstrook::Strookbasis;
use crate::regels::premieloon;
use crate::teksten as jaar;
use crate::teksten::periode as t;
use crate::uitleg::{invoer, nul, op, Bewerking as B, Eenheid, Id, InSpoor, Operand, Spoor, Stap};
use rust_decimal::Decimal;

// One text per premium of the payslip: the zip below must leave none out.
const _: () = assert!(t::PREMIES.len() == crate::params::premies::AANTAL);

/// The id of the step of a period for a figure (a yearly step id such as `lks_meting`).
pub fn periode_id(figuur: &str) -> Option<&'static str> {
    const STAPPEN: [(Regel, &crate::teksten::StapTekst); 12] = [
        (Regel::Brutoloon, &t::BRUTOLOON),
        (Regel::Vakantiebijslag, &t::VAKANTIEBIJSLAG),
        (Regel::Premies, &t::PREMIES_SAMEN),
        (Regel::Pensioen, &t::PENSIOEN),
        (Regel::Werkgeverslasten, &t::WERKGEVERSLASTEN),
        (Regel::Loonkosten, &t::LOONKOSTEN),
        (Regel::LksMeting, &t::LKS_METING),
        (Regel::LksForfait, &t::LKS_FORFAIT),
        (Regel::LksLid5, &t::LKS_LID5),
        (Regel::Lkv, &t::LKV),
        (Regel::NettokostenMeting, &t::NETTO_METING),
        (Regel::NettokostenForfait, &t::NETTO_FORFAIT),
    ];
    STAPPEN.iter().find(|(r, _)| r.naam() == figuur).map(|(_, s)| s.id)
}

impl Uitkomst {
    /// The trail with the steps of a period appended: every line of the period's payslip and
    /// beschikking, rounded where the document rounds it, and the totals as sums of those lines.
    pub fn spoor_per(&self, periode: Periode) -> Spoor {
        let mut s = self.spoor.clone();
        let (deler, eenheid): (Vec<Operand>, Eenheid) = match periode {
            Periode::Jaar => (Vec::new(), Eenheid::EuroPerJaar),
            Periode::Maand => {
                (vec![op(crate::params::conventie::MAANDEN_PER_JAAR.id, self.maanden)], Eenheid::EuroPerMaand)
            }
            Periode::Uur => (
                vec![
                    op(crate::uitleg::invoer::UREN.id(), self.uren),
                    op(crate::params::conventie::WEKEN_PER_JAAR.id, self.weken),
                ],
                Eenheid::EuroPerUur,
            ),
        };
        stappen(&self.strook, &deler, eenheid, &mut s);
        s
    }
}

/// A yearly amount (operands multiplied) divided by the parts of the year, rounded to the cent.
fn deel(s: &mut Spoor, tekst: &crate::teksten::StapTekst, jaar: &[Operand], deler: &[Operand], e: Eenheid) -> Decimal {
    let mut delen = jaar.to_vec();
    delen.extend_from_slice(deler);
    s.reken(tekst, B::BreukOpCenten { teller: jaar.len() }, &delen, e, &bron::CONVENTIE)
}

/// A yearly amount's share of the period, exact (the year itself: taken over as it is).
fn aandeel(
    s: &mut Spoor,
    tekst: &crate::teksten::StapTekst,
    jaar: Operand,
    deler: &[Operand],
    e: Eenheid,
    grondslag: &'static bron::Bron,
) -> Decimal {
    if deler.is_empty() {
        return s.reken(tekst, B::Overnemen, &[jaar], e, grondslag);
    }
    let mut delen = vec![jaar];
    delen.extend_from_slice(deler);
    s.reken(tekst, B::Breuk { teller: 1 }, &delen, e, grondslag)
}

/// The value of a step or used value of the trail (zero when the trail does not have it).
fn waarde(s: &Spoor, id: &impl InSpoor) -> Decimal {
    s.zoek_stap(id).map(|x| x.waarde).or_else(|| s.zoek_gebruikt(id).map(|g| g.waarde)).unwrap_or_default()
}

/// A step or used value of the trail as an operand under its own id.
fn w(s: &Spoor, id: &impl InSpoor) -> Operand {
    op(id.spoor_id(), waarde(s, id))
}

fn stappen(b: &Strookbasis, deler: &[Operand], e: Eenheid, s: &mut Spoor) {
    let bruto = w(s, &jaar::BRUTOLOON);
    let brutoloon = deel(s, &t::BRUTOLOON, &[bruto], deler, e);
    let vb = w(s, &wml::VAKANTIEBIJSLAG);
    let vakantiebijslag = s.reken(
        &t::VAKANTIEBIJSLAG,
        B::BreukOpCenten { teller: 2 },
        &[op(t::BRUTOLOON.id, brutoloon), vb],
        e,
        &bron::WML_ART_15,
    );
    let mut loon = vec![op(t::BRUTOLOON.id, brutoloon), op(t::VAKANTIEBIJSLAG.id, vakantiebijslag)];
    // The cao payments, each its own line, only when the cao pays them.
    if s.zoek_stap(&jaar::CAO_EXTRA).is_some() {
        let deeltijd = w(s, &jaar::DEELTIJDFACTOR);
        for (tekst, id) in [
            (&t::EINDEJAARSUITKERING, &crate::params::cao::EINDEJAARSUITKERING),
            (&t::EENMALIG, &crate::params::cao::EENMALIG),
        ] {
            let bedrag = w(s, id);
            let lijn = deel(s, tekst, &[bedrag, deeltijd], deler, e);
            loon.push(op(tekst.id, lijn));
        }
    }
    let loon_periode = s.reken(&t::LOON, B::Som, &loon, e, &bron::CONVENTIE);
    let maximum = w(s, &pr::MAXIMUM_PREMIELOON);
    let max_bron = s.bron_van(&pr::MAXIMUM_PREMIELOON, &bron::MAX_PREMIELOON);
    let maximum = aandeel(s, &t::MAXIMUM_PREMIELOON, maximum, deler, e, max_bron);
    let premieloon = premieloon::stap(
        s,
        &t::PREMIELOON,
        op(t::LOON.id, loon_periode),
        op(t::MAXIMUM_PREMIELOON.id, maximum),
        e,
        max_bron,
    );
    let mut premies = Vec::new();
    for ((id, percentage), tekst) in b.premies.iter().zip(t::PREMIES.iter()) {
        let premie_bron = s.bron_van(&Id(id), &bron::WFSV_2026);
        let lijn = s.reken(
            tekst,
            B::BreukOpCenten { teller: 2 },
            &[op(t::PREMIELOON.id, premieloon), op(id, *percentage)],
            e,
            premie_bron,
        );
        premies.push(op(tekst.id, lijn));
    }
    let premie_bron = b.premies.first().map_or(&bron::WFSV_2026, |(id, _)| s.bron_van(&Id(id), &bron::WFSV_2026));
    let premies = s.reken(&t::PREMIES_SAMEN, B::Som, &premies, e, premie_bron);
    let pensioen = pensioen(s, brutoloon, vakantiebijslag, deler, e);
    let werkgeverslasten = s.reken(
        &t::WERKGEVERSLASTEN,
        B::Som,
        &[op(t::PREMIES_SAMEN.id, premies), op(t::PENSIOEN.id, pensioen)],
        e,
        premie_bron,
    );
    loon.push(op(t::WERKGEVERSLASTEN.id, werkgeverslasten));
    let loonkosten = s.reken(&t::LOONKOSTEN, B::Som, &loon, e, &bron::CONVENTIE);

    let lks = |s: &mut Spoor, tekst, id: &crate::teksten::StapTekst, grondslag: &'static bron::Bron| {
        let per_jaar = w(s, id);
        let mut delen = vec![per_jaar];
        delen.extend_from_slice(deler);
        s.reken(tekst, B::BreukOpCenten { teller: 1 }, &delen, e, grondslag)
    };
    let meting = lks(s, &t::LKS_METING, &jaar::LKS_METING, &bron::PW_10D);
    let forfait = lks(s, &t::LKS_FORFAIT, &jaar::LKS_FORFAIT, &bron::FORFAIT_VOORSTEL);
    lks(s, &t::LKS_LID5, &jaar::LKS_LID5, &bron::PW_10D_LID_5);
    // The loonkostenvoordeel only where there is one (never for beschut werk); the net cost says so.
    let lkv = s.zoek_stap(&jaar::LKV).is_some().then(|| lks(s, &t::LKV, &jaar::LKV, &bron::WTL));
    for (met, zonder, lks_id, lks_waarde, grondslag) in [
        (&t::NETTO_METING, &t::NETTO_METING_ZONDER_LKV, t::LKS_METING.id, meting, &bron::PW_10D),
        (&t::NETTO_FORFAIT, &t::NETTO_FORFAIT_ZONDER_LKV, t::LKS_FORFAIT.id, forfait, &bron::FORFAIT_VOORSTEL),
    ] {
        let mut delen = vec![op(t::LOONKOSTEN.id, loonkosten), op(lks_id, lks_waarde)];
        let tekst = match lkv {
            Some(v) => {
                delen.push(op(t::LKV.id, v));
                met
            }
            None => zonder,
        };
        s.reken(tekst, B::Verschil, &delen, e, grondslag);
    }
}

/// The pension line of a period: the estimate over the pension wage above the period's franchise,
/// or the percentage the user typed over the pension wage.
fn pensioen(s: &mut Spoor, brutoloon: Decimal, vakantiebijslag: Decimal, deler: &[Operand], e: Eenheid) -> Decimal {
    let pensioenloon = s.reken(
        &t::PENSIOENLOON,
        B::Som,
        &[op(t::BRUTOLOON.id, brutoloon), op(t::VAKANTIEBIJSLAG.id, vakantiebijslag)],
        e,
        &bron::CONVENTIE,
    );
    if let Some(p) = s.zoek_gebruikt(&invoer::PENSIOEN).map(|g| g.waarde) {
        return s.reken(
            &t::PENSIOEN_PERCENTAGE,
            B::BreukOpCenten { teller: 2 },
            &[op(t::PENSIOENLOON.id, pensioenloon), op(invoer::PENSIOEN.id(), p)],
            e,
            &bron::GEBRUIKER,
        );
    }
    let franchise = w(s, &jaar::FRANCHISE_DEELTIJD);
    let franchise = aandeel(s, &t::FRANCHISE, franchise, deler, e, &bron::PWRI_DEELTIJD);
    let boven = s.reken(
        &t::BOVEN_FRANCHISE,
        B::Verschil,
        &[op(t::PENSIOENLOON.id, pensioenloon), op(t::FRANCHISE.id, franchise)],
        e,
        &bron::PWRI_DEELTIJD,
    );
    let grondslag =
        s.reken(&t::PENSIOENGRONDSLAG, B::Grootste, &[op(t::BOVEN_FRANCHISE.id, boven), nul()], e, &bron::PWRI_PROXY);
    let aandeel = w(s, &pp::AANDEEL_WERKGEVER);
    let premie = w(s, &pp::PREMIE);
    s.reken(
        &t::PENSIOEN,
        B::BreukOpCenten { teller: 3 },
        &[aandeel, premie, op(t::PENSIOENGRONDSLAG.id, grondslag)],
        e,
        &bron::PWRI_PROXY,
    )
}

/// The steps that explain a figure in a period, in calculation order, ending with the figure's
/// amount as the page shows it. A line that is a share of one yearly amount (a subsidy, the gross
/// wage) is explained by how that yearly amount is made, from the law's amounts; a total (the wage
/// cost, what you pay yourself) by the period's lines it adds up. Empty when the figure has no
/// step of a period.
pub fn keten<'a>(spoor: &'a Spoor, figuur: &str) -> Vec<&'a Stap> {
    let Some(doel) = periode_id(figuur).and_then(|id| spoor.zoek_stap(&Id(id))) else { return Vec::new() };
    let deel_van_jaar = matches!(doel.bewerking, B::BreukOpCenten { .. })
        && doel.operanden.first().is_some_and(|o| !o.id.ends_with("_periode") && spoor.zoek_stap(o).is_some());
    let nodig = voorgangers(spoor, doel.id);
    spoor
        .stappen
        .iter()
        .filter(|st| nodig.contains(&st.id))
        .filter(|st| deel_van_jaar || st.id.ends_with("_periode"))
        .collect()
}

/// The ids of a step and every step it rests on, directly or through others.
fn voorgangers(spoor: &Spoor, id: &'static str) -> Vec<&'static str> {
    let mut uit = vec![id];
    let mut te_doen = vec![id];
    while let Some(huidig) = te_doen.pop() {
        // The last step with this id before the ones that use it (ids of the period are unique).
        if let Some(st) = spoor.stappen.iter().rev().find(|st| st.id == huidig) {
            for o in st.gebruikt() {
                if spoor.zoek_stap(&Id(o)).is_some() && !uit.contains(&o) {
                    uit.push(o);
                    te_doen.push(o);
                }
            }
        }
    }
    uit
}
