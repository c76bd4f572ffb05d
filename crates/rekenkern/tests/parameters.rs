//! Invariants over every parameter: ordered, real dates on 1 January or 1 July, sourced, covered;
//! the forfait still a proposal; published youth wages consistent with the staffel; no literals
//! in the formulas; docs/parameters.md current.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests may fail loudly

use rekenkern::bron::{self, Zekerheid};
use rekenkern::getal::afronden;
use rekenkern::param::{Param, Status};
use rekenkern::params::{self, lks, wml};
use rekenkern::Datum;
use rust_decimal_macros::dec;

fn controleer_data<T>(p: &Param<T>) {
    let (id, starts, bekend_tot) = (p.id, p.startdata(), p.bekend_tot);
    assert!(!starts.is_empty(), "{id}: geen waarden");
    for d in &starts {
        assert!(d.is_geldig(), "{id}: {d} bestaat niet");
        // Every value in these tables changes on 1 January or 1 July (WML indexation, premium
        // years, cao steps); anything else is a typo.
        let halfjaar = d.dag() == 1 && matches!(d.maand(), 1 | 7);
        assert!(halfjaar, "{id}: {d} is geen 1 januari of 1 juli");
    }
    for paar in starts.windows(2) {
        assert!(paar[0] < paar[1], "{id}: data niet oplopend");
    }
    // `bekend_tot` bounds the published entries; an announced entry lies after it (docs/adr/0024)
    // and never rests on the law text alone (then it would be published).
    let gepubliceerd = p.waarden.iter().filter(|w| w.status == Status::Gepubliceerd).map(|w| w.vanaf).last();
    if let (Some(tot), Some(laatste)) = (bekend_tot, gepubliceerd) {
        assert!(tot >= laatste, "{id}: bekend_tot ligt voor de laatste gepubliceerde startdatum");
    }
    for w in p.waarden.iter().filter(|w| w.status == Status::Aangekondigd) {
        assert!(bekend_tot.is_none_or(|tot| w.vanaf > tot), "{id}: aangekondigde waarde {} binnen de tabel", w.vanaf);
        assert_ne!(w.bron.zekerheid, Zekerheid::Wettekst, "{id}: aangekondigd, maar de bron is de wettekst");
    }
}

#[test]
fn alle_parameters_oplopend_echt_en_met_bron() {
    controleer_data(&wml::MINIMUMUURLOON);
    controleer_data(&wml::JEUGDPERCENTAGES);
    for w in wml::MINIMUMUURLOON.waarden {
        assert!(w.bron.url().starts_with("https://wetten.overheid.nl/"), "wml: bron niet gepind");
    }
    for p in params::DECIMALEN {
        controleer_data(p);
        for w in p.waarden {
            assert!(w.bron.url().starts_with("https://"), "{}: bron zonder link", p.id);
            assert!(!w.bron.citaat().is_empty() && !w.bron.publicatie().is_empty(), "{}: bron onvolledig", p.id);
        }
        if p.bekend_tot.is_some() {
            assert!(
                p.sleutel.is_some(),
                "{}: heeft een einddatum maar geen scenario-sleutel om de waarde zelf in te vullen",
                p.id
            );
        }
    }
    assert!(wml::MINIMUMUURLOON.sleutel.is_some());
}

#[test]
fn ids_uniek() {
    let mut ids: Vec<&str> = params::DECIMALEN.iter().map(|p| p.id).collect();
    ids.extend([wml::MINIMUMUURLOON.id, wml::JEUGDPERCENTAGES.id, lks::FORFAIT_BESCHUT.id]);
    let n = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), n);
    let mut bronnen: Vec<&str> = bron::ALLE.iter().map(|b| b.id).collect();
    let m = bronnen.len();
    bronnen.sort();
    bronnen.dedup();
    assert_eq!(bronnen.len(), m);
}

#[test]
fn elke_bron_heeft_woorden() {
    // The words of a source are looked up by its id (ADR 0028): every source has them.
    for b in bron::ALLE {
        assert!(!b.citaat().is_empty() && !b.publicatie().is_empty(), "{}: zonder citaat of publicatie", b.id);
    }
    assert_eq!(bron::PW_10D.url(), "https://wetten.overheid.nl/BWBR0015703/2025-01-01#Artikel10d");
}

#[test]
fn forfait_is_nog_een_voorstel() {
    // Tripwire: when the forfait becomes law, this test must be changed on purpose.
    assert_eq!(lks::FORFAIT_BESCHUT.bron.zekerheid, Zekerheid::Kamerbrief);
    assert_eq!(lks::FORFAIT_BESCHUT.beoogd_vanaf, Datum::vast(2028, 1, 1));
}

#[test]
fn gepubliceerde_jeugdlonen_volgen_de_staffel() {
    // Besluit minimumjeugdloon: youth amount = adult amount × percentage, rounded to the cent.
    // An independent check on the typed-in table (a typo shows up here).
    let staffel = &wml::JEUGDPERCENTAGES.waarden[0].waarde;
    for w in wml::MINIMUMUURLOON.waarden {
        let volwassen = w.waarde[6];
        for (i, pct) in staffel.iter().enumerate() {
            assert_eq!(afronden(volwassen * pct, 2), w.waarde[i], "{}: leeftijd {}", w.vanaf, wml::LEEFTIJDEN[i]);
        }
    }
}

#[test]
fn jeugdloon_na_de_tabel_volgt_de_regel_van_elke_gepubliceerde_tabel() {
    // Past the published table a youth wage is made by the core's one rounding helper (docs/adr/0024):
    // percentage × the hourly wage for 21 and older, to the cent, half away from zero. Every published
    // table of 2024 up to 2026 is made by exactly that rule, written out by hand here for 1-7-2026
    // (€ 14,99): 30% → 4,497 → 4,50; 34,5% → 5,17155 → 5,17; 39,5% → 5,92105 → 5,92; 50% → 7,495 →
    // 7,50 (half away from zero: a rule that rounds half down or to even would give 7,49 or 7,50 by
    // chance, so 2024-01's 6,635 → 6,64 settles it); 60% → 8,994 → 8,99; 80% → 11,992 → 11,99.
    use rekenkern::getal::centen;
    let staffel = &wml::JEUGDPERCENTAGES.waarden[0].waarde;
    let mut tabellen = 0;
    for w in wml::MINIMUMUURLOON.waarden {
        for (i, pct) in staffel.iter().enumerate() {
            assert_eq!(centen(w.waarde[6] * pct), w.waarde[i], "{}: leeftijd {}", w.vanaf, wml::LEEFTIJDEN[i]);
        }
        tabellen += 1;
    }
    assert_eq!(tabellen, 6, "elke gepubliceerde tabel van 2024-01 tot en met 2026-07");
    assert_eq!(centen(dec!(13.27) * dec!(0.50)), dec!(6.64), "2024-01, 18 jaar: 6,635 → 6,64");
    // rijksoverheid.nl (24-4-2025): "zou het minimumjeugdloon voor een 19-jarige € 10,80 per uur
    // zijn" on the hourly wage of 1-7-2025 (€ 14,40) and the announced 75%.
    assert_eq!(centen(dec!(14.40) * dec!(0.75)), dec!(10.80));
    // The announced scale of 1-1-2027 (Kamerstuk 36 545, nr. 19), ages 15 up to 20.
    let aangekondigd = wml::JEUGDPERCENTAGES.waarden.iter().find(|w| w.status == Status::Aangekondigd).unwrap();
    assert_eq!(aangekondigd.vanaf, Datum::vast(2027, 1, 1));
    assert_eq!(
        aangekondigd.waarde,
        [dec!(0.30), dec!(0.40), dec!(0.50), dec!(0.625), dec!(0.75), dec!(0.875), dec!(1)]
    );
}

#[test]
fn uurloon_volgt_uit_het_maandloon() {
    // Wml art. 14 lid 10: the hourly minimum wage is the monthly amount (referentiemaandloon)
    // ÷ (4 1/3 × 36 = 156), rounded UP to the cent. One known exception, documented in
    // domain.md §0a.1: on 1-1-2025 the hourly 14,06 was derived from the monthly amount before its
    // rounding to a multiple of € 0,60 (2.191,80 ÷ 156 = 14,05 exactly).
    let uitzondering = Datum::vast(2025, 1, 1);
    assert_eq!(wml::REFERENTIEMAANDLOON.startdata(), wml::MINIMUMUURLOON.startdata(), "dezelfde wijzigingsdata");
    for (maand, uur) in wml::REFERENTIEMAANDLOON.waarden.iter().zip(wml::MINIMUMUURLOON.waarden) {
        let afgeleid = (maand.waarde / dec!(156) * dec!(100)).ceil() / dec!(100);
        if maand.vanaf == uitzondering {
            assert_eq!(afgeleid, dec!(14.05));
            assert_eq!(uur.waarde[6], dec!(14.06));
        } else {
            assert_eq!(afgeleid, uur.waarde[6], "{}: {} ÷ 156", maand.vanaf, maand.waarde);
        }
        // Wml art. 14 lid 9: the monthly amount is a multiple of € 0,60.
        assert!((maand.waarde / dec!(0.60)).fract().is_zero(), "{}: geen veelvoud van 0,60", maand.vanaf);
    }
}

#[test]
fn maximum_zoals_in_het_minbzk_voorbeeld() {
    // Published structure example (MinBZK regelrecht, participatiewet/scenarios/loonkostensubsidie.feature;
    // domain.md TV-05/06): WML+VB 215.500 ct, no allowance; loonwaarde 50% → 107.750 ct;
    // loonwaarde 10% → gap 193.950 ct, capped at 70% = 150.850 ct.
    use rekenkern::regels::loonkostensubsidie::lks_bij;
    let grondslag = dec!(2155.00);
    let plafond = dec!(0.70) * grondslag;
    assert_eq!(lks_bij(dec!(0.50), grondslag, plafond), dec!(1077.50));
    assert_eq!(lks_bij(dec!(0.10), grondslag, plafond), dec!(1508.50));
}

#[test]
fn omslagzin_klopt_op_de_grens() {
    use rekenkern::teksten::omslagzin;
    use rekenkern::Taal;
    // A whole percentage: below it measuring gives more, at it both are equal.
    let a = omslagzin(dec!(0.32), Taal::Nl);
    assert!(a.contains("lager dan 32%") && a.contains("precies 32%"), "{a}");
    // Reading B: 1 − 0,68 ÷ 1,08 = 0,370370…: 37% still favours measuring, 38% the forfait.
    let b = omslagzin(dec!(1) - dec!(0.68) / dec!(1.08), Taal::Nl);
    assert!(b.contains("tot en met 37%") && b.contains("vanaf 38%") && b.contains("37,04%"), "{b}");
    let en = omslagzin(dec!(1) - dec!(0.68) / dec!(1.08), Taal::En);
    assert!(en.contains("up to and including 37%") && en.contains("from 38%"), "{en}");
}

#[test]
fn geen_getallen_in_de_formules() {
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    // The formulas, and `bereken.rs` that strings them together.
    let mut paden: Vec<_> =
        std::fs::read_dir(src.join("regels")).into_iter().flatten().flatten().map(|e| e.path()).collect();
    paden.push(src.join("bereken.rs"));
    let mut gezien = 0;
    for pad in paden {
        let tekst = std::fs::read_to_string(&pad).unwrap_or_default();
        assert!(!tekst.is_empty(), "{} is leeg of ontbreekt", pad.display());
        gezien += 1;
        for (nr, regel) in tekst.lines().enumerate() {
            let code = regel.split("//").next().unwrap_or_default();
            // The arity of a division (`Breuk { teller: 2 }`: how many operands are on top) is
            // structure, not a value of the rules.
            let code =
                &code.replace("teller: 1", "teller").replace("teller: 2", "teller").replace("teller: 3", "teller");
            assert!(!code.contains("dec!("), "{}:{}: dec! in een formule", pad.display(), nr + 1);
            let mut in_tekst = false;
            let mut vorige = ' ';
            for ch in code.chars() {
                if ch == '"' {
                    in_tekst = !in_tekst;
                }
                if !in_tekst && ch.is_ascii_digit() && !(vorige.is_alphanumeric() || vorige == '_') {
                    panic!("{}:{}: getal in een formule: {}", pad.display(), nr + 1, regel.trim());
                }
                vorige = ch;
            }
        }
    }
    assert!(gezien >= 6);
}

#[test]
fn parameteroverzicht_is_actueel() {
    let pad = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/parameters.md");
    let nieuw = rekenkern::overzicht::markdown();
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::write(&pad, &nieuw).unwrap_or_default();
    }
    let huidig = std::fs::read_to_string(&pad).unwrap_or_default();
    assert!(
        huidig == nieuw,
        "docs/parameters.md is verouderd: draai UPDATE_DOCS=1 cargo test -p rekenkern --test parameters"
    );
}

#[test]
fn de_tabellen_beginnen_op_de_eerste_peildatum() {
    // The minimum wage is per hour since 1-1-2024 (Wml as amended, domain.md §0a): the first date
    // with a minimum wage, and the first day the app's date picker offers.
    assert_eq!(params::eerste_peildatum(), Datum::vast(2024, 1, 1));
    // The same dates as the text the app's date picker gets.
    assert_eq!(params::eerste_peildatum().to_string(), params::EERSTE_PEILDATUM);
    let (eerste, laatste) = (rekenkern::datum::EERSTE_JAAR, rekenkern::datum::LAATSTE_JAAR);
    assert_eq!(Datum::vast(eerste, 1, 1).to_string(), rekenkern::datum::EERSTE_DAG);
    assert_eq!(Datum::vast(laatste, 12, 31).to_string(), rekenkern::datum::LAATSTE_DAG);
    assert!(
        Datum::parse(rekenkern::datum::LAATSTE_DAG).is_some() && Datum::parse(rekenkern::datum::EERSTE_DAG).is_some()
    );
    let reken =
        |scenario: &str| rekenkern::bereken(&rekenkern::scenario::decode(scenario).invoer, Datum::vast(2026, 7, 1));
    // On that day only values the user can supply are missing (the Whk table starts in 2025) ...
    let fouten = reken("v=1&datum=2024-01-01&leeftijd=30&uren=36&loonwaarde=50").err().unwrap_or_default();
    assert!(fouten.iter().all(|f| matches!(f, rekenkern::Fout::Ontbreekt { sleutel: Some(_), .. })), "{fouten:?}");
    assert!(reken("v=1&datum=2024-01-01&leeftijd=30&uren=36&loonwaarde=50&p_whk=1,5").is_ok());
    // ... the day before, the minimum wage itself is missing.
    let fouten = reken("v=1&datum=2023-12-31&leeftijd=30&uren=36&loonwaarde=50&p_whk=1,5").err().unwrap_or_default();
    assert!(
        fouten
            .iter()
            .any(|f| matches!(f, rekenkern::Fout::Ontbreekt { label, .. } if *label == wml::MINIMUMUURLOON.label)),
        "{fouten:?}"
    );
}

/// `Param::geldig_na` (issue 34: a year overview resolves its parameters once per period in which
/// they hold): on every later day it says holds, each lookup gives the same answer as on the day
/// itself, announced values counted or not; and the first day it does not hold is a real change.
fn geldig_na_klopt<T>(p: &Param<T>) {
    let dagen: Vec<Datum> = (2023..=2030)
        .flat_map(|j| (1..=12).flat_map(move |m| [1, 15, 28, 31].into_iter().filter_map(move |d| Datum::new(j, m, d))))
        .collect();
    let antwoord = |d: Datum| {
        let op = |a: bool| p.op(d, a).map(|w| w as *const _);
        (op(false), op(true), p.aankondiging_op(d).map(|w| w as *const _))
    };
    for (n, &dag) in dagen.iter().enumerate() {
        let geldig = p.geldig_na(dag);
        for &later in &dagen[n..] {
            if geldig.op(later) {
                assert_eq!(antwoord(later), antwoord(dag), "{}: {dag} geldt tot {geldig:?}, niet op {later}", p.id);
            }
        }
        assert!(geldig.voor.is_none_or(|v| v > dag) && geldig.tot_en_met.is_none_or(|t| t >= dag), "{}", p.id);
    }
}

#[test]
fn een_opgezochte_waarde_geldt_tot_de_volgende_wijziging() {
    geldig_na_klopt(&wml::MINIMUMUURLOON);
    geldig_na_klopt(&wml::JEUGDPERCENTAGES);
    for p in params::DECIMALEN {
        geldig_na_klopt(p);
    }
    // By hand: the minimum wage of 1 January 2026 holds until it changes on 1 July 2026.
    let januari = wml::REFERENTIEMAANDLOON.geldig_na(Datum::vast(2026, 1, 1));
    assert_eq!(januari.voor, Some(Datum::vast(2026, 7, 1)));
    assert!(januari.op(Datum::vast(2026, 6, 30)) && !januari.op(Datum::vast(2026, 7, 1)));
}
