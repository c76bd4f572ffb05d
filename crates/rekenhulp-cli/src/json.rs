//! JSON output of `rekenhulp bereken`. Amounts are decimal strings with two decimals.

use rekenkern::regels::loonstrook::{Loonstrook, Strookbasis};
use rekenkern::scenario::{encode, Gelezen};
use rekenkern::uitkomst::{Bedragen, Lkv, Omslagpunt, Periode, Uitkomst};
use rekenkern::uitleg::{Bewerking, Eenheid, Herkomst};
use rust_decimal::Decimal;
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Serialize)]
struct Uitvoer {
    scenario: String,
    parameterversie: &'static str,
    peildatum: String,
    per_maand: BTreeMap<&'static str, String>,
    per_jaar: BTreeMap<&'static str, String>,
    per_uur: BTreeMap<&'static str, String>,
    /// The lines of each period as a payslip and the beschikking round them, each premium and
    /// cao payment on its own (docs/adr/0021); the amounts above are their sums.
    loonstrook: BTreeMap<&'static str, BTreeMap<&'static str, String>>,
    omslagpunt: OmslagpuntUit,
    /// The monthly base of the subsidy in words.
    grondslag_lks: Option<String>,
    /// Amount keys that rest on a provisional value (`voorlopig=ja` past the tables).
    voorlopig: Vec<&'static str>,
    loonkostenvoordeel: String,
    no_riskpolis: &'static str,
    niet_inbegrepen: &'static str,
    aannames: Vec<String>,
    waarschuwingen: Vec<&'static str>,
    meldingen: Vec<String>,
    spoor: Vec<StapUit>,
    gebruikte_waarden: Vec<WaardeUit>,
    /// December beside the January after it (docs/adr/0024): with a peildatum in December or
    /// January, or with `--jaarwissel`; absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    jaarwissel: Option<JaarwisselUit>,
    /// Why December beside January could not be made (a value of January missing); absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    jaarwissel_lukt_niet: Option<Vec<String>>,
}

/// "Wat verandert er op 1 januari?" as a machine-readable pair.
#[derive(Serialize)]
struct JaarwisselUit {
    december: MaandUit,
    januari: MaandUit,
    /// Every line shown, with both months, the difference and the numbers of its reasons.
    regels: Vec<WisselregelUit>,
    /// The reasons, numbered from 1 in this order.
    redenen: Vec<RedenUit>,
    aannames: Vec<String>,
}

#[derive(Serialize)]
struct MaandUit {
    datum: String,
    /// Rests on a provisional value (last known or announced).
    voorlopig: bool,
    per_maand: BTreeMap<&'static str, String>,
    loonstrook: BTreeMap<&'static str, String>,
}

#[derive(Serialize)]
struct WisselregelUit {
    naam: &'static str,
    label: &'static str,
    december: String,
    januari: String,
    verschil: String,
    /// Numbers into `redenen` (from 1).
    redenen: Vec<usize>,
}

#[derive(Serialize)]
struct RedenUit {
    nummer: usize,
    id: &'static str,
    tekst: String,
}

fn jaarwissel(j: &rekenkern::jaarwissel::Jaarwissel) -> JaarwisselUit {
    let maand = |k: &rekenkern::jaarwissel::Kant| MaandUit {
        datum: k.datum.to_string(),
        voorlopig: k.uitkomst.nettokosten_voorlopig(),
        per_maand: bedragen(&k.bedragen),
        loonstrook: regels(&k.strook, &k.uitkomst.strook),
    };
    JaarwisselUit {
        december: maand(&j.december),
        januari: maand(&j.januari),
        regels: j
            .regels
            .iter()
            .map(|r| WisselregelUit {
                naam: r.naam,
                label: r.label,
                december: format!("{:.2}", r.december),
                januari: format!("{:.2}", r.januari),
                verschil: format!("{:.2}", r.verschil),
                redenen: r.redenen.iter().map(|n| n + 1).collect(),
            })
            .collect(),
        redenen: j
            .redenen
            .iter()
            .enumerate()
            .map(|(n, r)| RedenUit { nummer: n + 1, id: r.id(), tekst: r.tekst(rekenkern::Taal::Nl) })
            .collect(),
        aannames: j.aannames.iter().map(|a| a.tekst()).collect(),
    }
}

#[derive(Serialize)]
struct OmslagpuntUit {
    /// Break-even loonwaarde in percent (exact decimal), or null when the forfait is always higher.
    loonwaarde_procent: Option<String>,
    tekst: String,
}

#[derive(Serialize)]
struct StapUit {
    id: &'static str,
    label: &'static str,
    formule: &'static str,
    waarde: String,
    eenheid: &'static str,
    bewerking: &'static str,
    operanden: Vec<OperandUit>,
    voorlopig: bool,
    grondslag: &'static str,
    url: &'static str,
}

#[derive(Serialize)]
struct OperandUit {
    id: &'static str,
    waarde: String,
}

#[derive(Serialize)]
struct WaardeUit {
    id: &'static str,
    label: &'static str,
    waarde: String,
    eenheid: &'static str,
    /// What the value is (docs/adr/0024): `gepubliceerd`, `aangekondigd`, `laatst_bekend`,
    /// `voorgenomen`, `conventie`, `zelf_ingevuld` or `aangenomen`.
    status: &'static str,
    herkomst: String,
    bron: &'static str,
    url: &'static str,
    /// A public source that gives another value (shown, not followed); absent when none.
    #[serde(skip_serializing_if = "Option::is_none")]
    tegenspraak: Option<TegenspraakUit>,
}

#[derive(Serialize)]
struct TegenspraakUit {
    uitleg: &'static str,
    bron: &'static str,
    url: &'static str,
}

fn eenheid(e: Eenheid) -> &'static str {
    match e {
        Eenheid::EuroPerUur => "euro_per_uur",
        Eenheid::EuroPerMaand => "euro_per_maand",
        Eenheid::EuroPerJaar => "euro_per_jaar",
        Eenheid::Fractie => "fractie",
        Eenheid::UrenPerWeek => "uren_per_week",
        Eenheid::Getal => "getal",
    }
}

fn bewerking(b: Bewerking) -> &'static str {
    match b {
        Bewerking::Overnemen => "overnemen",
        Bewerking::Som => "som",
        Bewerking::Verschil => "verschil",
        Bewerking::Product => "product",
        Bewerking::Breuk { teller: 1 } => "breuk_1",
        Bewerking::Breuk { teller: 2 } => "breuk_2",
        Bewerking::Breuk { .. } => "breuk_3",
        Bewerking::Kleinste => "kleinste",
        Bewerking::Grootste => "grootste",
        Bewerking::BreukOpCenten { teller: 1 } => "breuk_1_op_centen",
        Bewerking::BreukOpCenten { teller: 2 } => "breuk_2_op_centen",
        Bewerking::BreukOpCenten { .. } => "breuk_3_op_centen",
        Bewerking::Centen => "centen",
    }
}

/// The status of a used value, as a word (docs/adr/0024).
fn status(h: Herkomst) -> &'static str {
    match h {
        Herkomst::Tabel { .. } => "gepubliceerd",
        Herkomst::Aangekondigd { .. } => "aangekondigd",
        Herkomst::Voorlopig { .. } => "laatst_bekend",
        Herkomst::Voorgenomen { .. } => "voorgenomen",
        Herkomst::Conventie => "conventie",
        Herkomst::Gebruiker => "zelf_ingevuld",
        Herkomst::Aangenomen => "aangenomen",
    }
}

/// The steps of a trail, each with its operands and legal basis.
fn stappen(spoor: &rekenkern::uitleg::Spoor) -> Vec<StapUit> {
    spoor
        .stappen
        .iter()
        .map(|s| StapUit {
            id: s.id,
            label: s.label,
            formule: s.formule,
            waarde: s.waarde.normalize().to_string(),
            eenheid: eenheid(s.eenheid),
            bewerking: bewerking(s.bewerking),
            operanden: s
                .operanden
                .iter()
                .map(|o| OperandUit { id: o.id, waarde: o.waarde.normalize().to_string() })
                .collect(),
            voorlopig: spoor.is_voorlopig(s),
            grondslag: s.grondslag.citaat,
            url: s.grondslag.url,
        })
        .collect()
}

fn bedragen(b: &Bedragen) -> BTreeMap<&'static str, String> {
    b.velden().into_iter().map(|(k, v)| (k, format!("{v:.2}"))).collect()
}

fn regels(s: &Loonstrook, basis: &Strookbasis) -> BTreeMap<&'static str, String> {
    s.regels(basis).into_iter().map(|(k, v)| (k, format!("{v:.2}"))).collect()
}

/// The full result as pretty JSON; `wissel`: December beside January, when asked or offered.
pub fn uitkomst(
    g: &Gelezen,
    u: &Uitkomst,
    wissel: Option<Result<rekenkern::jaarwissel::Jaarwissel, Vec<rekenkern::Fout>>>,
) -> String {
    let omslagpunt = match u.omslagpunt {
        Omslagpunt::Bij(lw) => OmslagpuntUit {
            loonwaarde_procent: Some((lw * Decimal::ONE_HUNDRED).normalize().to_string()),
            tekst: rekenkern::teksten::omslagzin(lw, rekenkern::Taal::Nl),
        },
        Omslagpunt::ForfaitAltijdHoger => OmslagpuntUit {
            loonwaarde_procent: None,
            tekst: "Het forfait geeft bij elke loonwaarde minstens zoveel subsidie als een meting.".into(),
        },
    };
    let uit = Uitvoer {
        scenario: encode(&g.invoer),
        parameterversie: rekenkern::params::VERSIE,
        peildatum: u.peildatum.to_string(),
        per_maand: bedragen(&u.per(Periode::Maand)),
        per_jaar: bedragen(&u.per(Periode::Jaar)),
        per_uur: bedragen(&u.per(Periode::Uur)),
        loonstrook: [("per_maand", Periode::Maand), ("per_jaar", Periode::Jaar), ("per_uur", Periode::Uur)]
            .into_iter()
            .map(|(k, p)| (k, regels(&u.loonstrook(p), &u.strook)))
            .collect(),
        omslagpunt,
        grondslag_lks: u.grondslag_lks(rekenkern::Taal::Nl),
        voorlopig: u
            .per_jaar
            .velden()
            .iter()
            .map(|(k, _)| *k)
            .filter(|k| u.is_voorlopig(&rekenkern::uitleg::Id(k)))
            .collect(),
        loonkostenvoordeel: match u.lkv {
            Lkv::NietVanToepassing => rekenkern::teksten::uitleg::LKV_BESCHUT.to_string(),
            Lkv::Banenafspraak(_) => rekenkern::teksten::uitleg::LKV_BANENAFSPRAAK.to_string(),
        },
        no_riskpolis: rekenkern::teksten::uitleg::NO_RISKPOLIS,
        niet_inbegrepen: rekenkern::teksten::uitleg::NIET_INBEGREPEN,
        aannames: u.aannames.iter().map(|a| a.tekst()).collect(),
        waarschuwingen: u.waarschuwingen.iter().map(|w| w.tekst).collect(),
        meldingen: g.meldingen.iter().map(|m| m.tekst_met_sleutel(rekenkern::Taal::Nl)).collect(),
        spoor: stappen(&u.spoor),
        gebruikte_waarden: u
            .spoor
            .gebruikt
            .iter()
            .map(|w| WaardeUit {
                id: w.id,
                label: w.label,
                waarde: w.waarde.normalize().to_string(),
                eenheid: eenheid(w.eenheid),
                status: status(w.herkomst),
                herkomst: match w.herkomst {
                    Herkomst::Tabel { vanaf } => format!("tabel, geldig vanaf {vanaf}"),
                    Herkomst::Aangekondigd { vanaf } => {
                        format!("aangekondigd (besluit met een datum, nog niet gepubliceerd), geldig vanaf {vanaf}")
                    }
                    Herkomst::Voorgenomen { beoogd_vanaf } => format!("voorgenomen, beoogd vanaf {beoogd_vanaf}"),
                    Herkomst::Voorlopig { vanaf } => format!("voorlopig: laatst bekende waarde, geldig vanaf {vanaf}"),
                    Herkomst::Conventie => "rekenconventie".into(),
                    Herkomst::Gebruiker => "zelf ingevuld".into(),
                    Herkomst::Aangenomen => "aangenomen".into(),
                },
                bron: w.bron.citaat,
                url: w.bron.url,
                tegenspraak: rekenkern::params::tegenspraak(w.id)
                    .filter(|_| !matches!(w.herkomst, Herkomst::Gebruiker))
                    .map(|t| TegenspraakUit { uitleg: t.uitleg, bron: t.bron.citaat, url: t.bron.url }),
            })
            .collect(),
        jaarwissel: wissel.as_ref().and_then(|w| w.as_ref().ok()).map(jaarwissel),
        jaarwissel_lukt_niet: wissel.and_then(Result::err).map(|f| f.iter().map(rekenkern::Fout::tekst).collect()),
    };
    serde_json::to_string_pretty(&uit).unwrap_or_else(|e| format!("{{\"fout\": \"{e}\"}}"))
}

#[derive(Serialize)]
struct JaarUit {
    scenario: String,
    parameterversie: &'static str,
    /// Twelve months: `maand` (JJJJ-MM), `in_dienst`, `lid5`, and the amount keys of `per_maand`.
    maanden: Vec<BTreeMap<&'static str, serde_json::Value>>,
    totaal: BTreeMap<&'static str, String>,
    aannames: Vec<String>,
    waarschuwingen: Vec<&'static str>,
}

/// The year overview as pretty JSON.
pub fn jaar(g: &Gelezen, j: &rekenkern::jaar::Jaaroverzicht) -> String {
    let maanden = j
        .maanden
        .iter()
        .map(|m| {
            let mut rij: BTreeMap<&'static str, serde_json::Value> =
                bedragen(&m.bedragen).into_iter().map(|(k, v)| (k, serde_json::Value::String(v))).collect();
            rij.insert("maand", serde_json::Value::String(m.maand.maand_tekst()));
            rij.insert("in_dienst", serde_json::Value::Bool(m.in_dienst));
            rij.insert("lid5", serde_json::Value::Bool(m.lid5));
            // The month's lines, each premium and cao payment on its own (docs/adr/0021).
            if let Some(u) = &m.uitkomst {
                rij.insert("loonstrook", serde_json::to_value(regels(&m.loonstrook, &u.strook)).unwrap_or_default());
            }
            // How the month's own amounts were found (the premiums under the yearly maximum).
            rij.insert("stappen", serde_json::to_value(stappen(&m.spoor)).unwrap_or_default());
            rij
        })
        .collect();
    let uit = JaarUit {
        scenario: encode(&g.invoer),
        parameterversie: rekenkern::params::VERSIE,
        maanden,
        totaal: bedragen(&j.totaal),
        aannames: j.aannames.iter().map(|a| a.tekst()).collect(),
        waarschuwingen: j.waarschuwingen.iter().map(|w| w.tekst).collect(),
    };
    serde_json::to_string_pretty(&uit).unwrap_or_default()
}
