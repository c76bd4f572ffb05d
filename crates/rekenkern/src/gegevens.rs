//! Step one of a calculation: turn the scenario into resolved values. Applies defaults (recorded
//! as assumptions), takes user-supplied parameter values over the tables, looks up every
//! parameter for its date and collects ALL missing values at once, so the user sees them together.

use crate::bron::{self, Bron};
use crate::datum::Datum;
use crate::invoer::{Contract, Invoer, Lezing, LoonKeuze, Omvang, Werkgever};
use crate::param::{Conventie, Param, Voorstel};
use crate::params::{cao, conventie, lks, pensioen, premies, wml};
use crate::teksten::{aanname, fout, invoer as label};
use crate::uitkomst::{Aanname, Fout};
use crate::uitleg::{Eenheid, Gebruikt, Herkomst, Spoor};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

/// Defaults for empty fields (issue: "21+, 36 h, WML, loonwaarde 30%").
pub const STANDAARD_LEEFTIJD: u8 = 21;
/// Default hours per week.
pub const STANDAARD_UREN: Decimal = dec!(36);
/// Default loonwaarde in percent.
pub const STANDAARD_LOONWAARDE: u8 = 30;

/// How the employer pension share is found.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Pensioen {
    /// A percentage of wage + VB the user typed.
    Percentage(Decimal),
    /// The PWRI-based estimate.
    Schatting { premie: Decimal, franchise: Decimal, aandeel: Decimal },
}

/// Every value the formulas need, resolved.
#[derive(Clone, Debug)]
pub(crate) struct Gegevens {
    pub datum: Datum,
    pub uren: Decimal,
    pub voltijd: Decimal,
    pub loonwaarde: Decimal,
    pub lezing: Lezing,
    pub beschut: bool,
    pub lid7: bool,
    pub wml_uur: Decimal,
    pub lks_wml_uur: Decimal,
    pub uurloon: Decimal,
    pub loon_onder_wml: bool,
    pub schaal_1_bedrag: bool,
    pub cao_regulier: bool,
    pub vakantiebijslag: Decimal,
    pub maximum: Decimal,
    pub werkgeverslasten: Decimal,
    pub forfait_lid5: Decimal,
    pub urenbasis: Decimal,
    pub forfait: Decimal,
    pub weken: Decimal,
    pub maanden: Decimal,
    pub premiepercentages: [(&'static str, Decimal); 6],
    pub maximum_premieloon: Decimal,
    pub pensioen: Pensioen,
    /// (eindejaarsuitkering, eenmalig) per full-time year, when the cao applies.
    pub cao: Option<(Decimal, Decimal)>,
    /// (per hour, maximum per year) of the LKV banenafspraak, when not beschut.
    pub lkv: Option<(Decimal, Decimal)>,
}

struct Oplosser<'a> {
    spoor: &'a mut Spoor,
    fouten: Vec<Fout>,
    aannames: Vec<Aanname>,
}

impl Oplosser<'_> {
    /// Records an assumption; `tekst` is a fixed Dutch text with an English entry in `engels`.
    fn aanname(&mut self, veld: &'static str, tekst: &'static str) {
        let tekst_en = crate::engels::vertaal(tekst, crate::Taal::En).to_string();
        self.aannames.push(Aanname { veld, tekst: tekst.to_string(), tekst_en });
    }

    /// Records an assumption with a number in it (text made by `teksten::aanname`).
    fn aanname_met(&mut self, veld: &'static str, (tekst, tekst_en): (String, String)) {
        self.aannames.push(Aanname { veld, tekst, tekst_en });
    }

    fn invoer(
        &mut self,
        id: &'static str,
        label: &'static str,
        waarde: Decimal,
        eenheid: Eenheid,
        aangenomen: bool,
    ) -> Decimal {
        let herkomst = if aangenomen { Herkomst::Aangenomen } else { Herkomst::Gebruiker };
        self.spoor.gebruik(Gebruikt { id, label, waarde, eenheid, herkomst, bron: &bron::GEBRUIKER })
    }

    fn conventie(&mut self, c: &'static Conventie<Decimal>) -> Decimal {
        self.spoor.gebruik(Gebruikt {
            id: c.id,
            label: c.label,
            waarde: c.waarde,
            eenheid: Eenheid::Getal,
            herkomst: Herkomst::Conventie,
            bron: c.bron,
        })
    }

    fn voorstel(&mut self, v: &'static Voorstel<Decimal>) -> Decimal {
        self.spoor.gebruik(Gebruikt {
            id: v.id,
            label: v.label,
            waarde: v.waarde,
            eenheid: Eenheid::Fractie,
            herkomst: Herkomst::Voorgenomen { beoogd_vanaf: v.beoogd_vanaf },
            bron: v.bron,
        })
    }

    /// A parameter on `datum`, or the user's own value; records a missing value as an error.
    fn param(&mut self, p: &'static Param<Decimal>, datum: Datum, eigen: Option<Decimal>, eenheid: Eenheid) -> Decimal {
        self.param_met(p, datum, eigen, eenheid, |w| *w)
    }

    fn param_met<T>(
        &mut self,
        p: &'static Param<T>,
        datum: Datum,
        eigen: Option<Decimal>,
        eenheid: Eenheid,
        kies: impl Fn(&T) -> Decimal,
    ) -> Decimal {
        if let Some(w) = eigen {
            return self.spoor.gebruik(Gebruikt {
                id: p.id,
                label: p.label,
                waarde: w,
                eenheid,
                herkomst: Herkomst::Gebruiker,
                bron: &bron::GEBRUIKER,
            });
        }
        match p.op(datum) {
            Ok(entry) => self.spoor.gebruik(Gebruikt {
                id: p.id,
                label: p.label,
                waarde: kies(&entry.waarde),
                eenheid,
                herkomst: Herkomst::Tabel { vanaf: entry.vanaf },
                bron: entry.bron,
            }),
            Err(dekking) => {
                self.fouten.push(Fout::Ontbreekt { param: p.id, label: p.label, datum, dekking, sleutel: p.sleutel });
                Decimal::ZERO
            }
        }
    }

    /// Records a parameter that does not apply, with value zero (e.g. Ufo for a private employer).
    fn nul(&mut self, id: &'static str, label: &'static str, bron: &'static Bron) -> Decimal {
        self.spoor.gebruik(Gebruikt {
            id,
            label,
            waarde: Decimal::ZERO,
            eenheid: Eenheid::Fractie,
            herkomst: Herkomst::Aangenomen,
            bron,
        })
    }
}

/// Index into the WML table for an age.
fn leeftijd_index(leeftijd: u8) -> usize {
    wml::LEEFTIJDEN.iter().rposition(|&l| leeftijd >= l).unwrap_or(0)
}

/// Resolves the scenario. On success the assumptions are returned with the values.
pub(crate) fn los_op(
    invoer: &Invoer,
    vandaag: Datum,
    spoor: &mut Spoor,
) -> Result<(Gegevens, Vec<Aanname>), Vec<Fout>> {
    let mut o = Oplosser { spoor, fouten: Vec::new(), aannames: Vec::new() };
    o.fouten.extend(crate::controle::controleer(invoer));
    if !o.fouten.is_empty() {
        return Err(o.fouten);
    }

    let datum = invoer.datum.unwrap_or_else(|| {
        o.aanname("datum", aanname::DATUM);
        vandaag
    });
    let leeftijd = invoer.leeftijd.unwrap_or_else(|| {
        o.aanname_met("leeftijd", aanname::leeftijd(STANDAARD_LEEFTIJD));
        STANDAARD_LEEFTIJD
    });
    o.invoer("invoer.leeftijd", label::LEEFTIJD, Decimal::from(leeftijd), Eenheid::Getal, invoer.leeftijd.is_none());
    let uren = invoer.uren.unwrap_or_else(|| {
        o.aanname_met("uren", aanname::uren(&crate::getal::nl(STANDAARD_UREN, 0)));
        STANDAARD_UREN
    });
    o.invoer("invoer.uren", label::UREN, uren, Eenheid::UrenPerWeek, invoer.uren.is_none());
    let loonwaarde_pct = invoer.loonwaarde.unwrap_or_else(|| {
        o.aanname_met("loonwaarde", aanname::loonwaarde(STANDAARD_LOONWAARDE));
        STANDAARD_LOONWAARDE
    });
    let loonwaarde = o.invoer(
        "invoer.loonwaarde",
        label::LOONWAARDE,
        Decimal::from(loonwaarde_pct) / Decimal::ONE_HUNDRED,
        Eenheid::Fractie,
        invoer.loonwaarde.is_none(),
    );
    let werkgever = invoer.werkgever.unwrap_or_else(|| {
        o.aanname("werkgever", aanname::WERKGEVER);
        Werkgever::default()
    });
    let voltijd = match (invoer.voltijd, werkgever) {
        (Some(v), _) => o.invoer("invoer.voltijd", label::VOLTIJD, v, Eenheid::UrenPerWeek, false),
        (None, Werkgever::Sob) => {
            o.aanname("voltijd", aanname::VOLTIJD_CAO);
            o.param(&cao::VOLTIJD, datum, None, Eenheid::UrenPerWeek)
        }
        (None, Werkgever::Regulier) => {
            o.aanname("voltijd", aanname::VOLTIJD_REGULIER);
            o.invoer("invoer.voltijd", label::VOLTIJD, uren, Eenheid::UrenPerWeek, true)
        }
    };
    let lezing = invoer.forfait.unwrap_or_else(|| {
        o.aanname("forfait", aanname::FORFAIT);
        Lezing::default()
    });
    let beschut = invoer.beschut.unwrap_or_else(|| {
        o.aanname("beschut", aanname::BESCHUT);
        true
    });
    let contract = invoer.contract.unwrap_or_else(|| {
        o.aanname("contract", aanname::CONTRACT);
        Contract::default()
    });
    let overheid = invoer.overheid.unwrap_or_else(|| {
        let ja = werkgever == Werkgever::Sob;
        o.aanname("overheid", if ja { aanname::OVERHEID_JA } else { aanname::OVERHEID_NEE });
        ja
    });
    let omvang = invoer.omvang.unwrap_or_else(|| {
        o.aanname("omvang", aanname::OMVANG);
        Omvang::default()
    });

    // Minimum wage on the peildatum, and for the LKS on its own date (lid 7).
    let idx = leeftijd_index(leeftijd);
    let ov = &invoer.overrides;
    let wml_uur = o.param_met(&wml::MINIMUMUURLOON, datum, ov.wml, Eenheid::EuroPerUur, |t| t[idx]);
    let (lks_datum, lid7) = match invoer.toekenning {
        Some(t) if t > datum => {
            o.fouten.push(Fout::Invoer { veld: "toekenning", bericht: fout::TOEKENNING_NA_PEILDATUM });
            (datum, false)
        }
        Some(t) => {
            o.invoer("invoer.toekenning", label::TOEKENNING, Decimal::from(t.jaar()), Eenheid::Getal, false);
            let d = t.max(datum.eerste_januari());
            (d, d != datum)
        }
        None => (datum, false),
    };
    let lks_wml_uur = if lid7 {
        let w = wml::MINIMUMUURLOON.op(lks_datum).map(|e| (e.waarde[idx], e.vanaf, e.bron));
        match w {
            Ok((waarde, vanaf, bron)) => o.spoor.gebruik(Gebruikt {
                id: "wml.uur.lks",
                label: "Minimumuurloon waarop de loonkostensubsidie nu rust",
                waarde,
                eenheid: Eenheid::EuroPerUur,
                herkomst: Herkomst::Tabel { vanaf },
                bron,
            }),
            Err(dekking) => {
                o.fouten.push(Fout::Ontbreekt {
                    param: wml::MINIMUMUURLOON.id,
                    label: wml::MINIMUMUURLOON.label,
                    datum: lks_datum,
                    dekking,
                    sleutel: None,
                });
                Decimal::ZERO
            }
        }
    } else {
        wml_uur
    };

    // Wage.
    let loon = invoer.loon.unwrap_or_else(|| {
        o.aanname("loon", aanname::LOON);
        LoonKeuze::default()
    });
    let mut schaal_1_bedrag = false;
    let gewenst = match loon {
        LoonKeuze::Wml => None,
        LoonKeuze::Eigen => match invoer.uurloon {
            Some(u) => Some(u),
            None => {
                o.fouten.push(Fout::Invoer { veld: "uurloon", bericht: fout::UURLOON_NODIG });
                None
            }
        },
        LoonKeuze::Cao => match (
            invoer.schaal.unwrap_or_else(|| {
                o.aanname("schaal", aanname::SCHAAL);
                1
            }),
            invoer.uurloon,
        ) {
            (1, u) => {
                schaal_1_bedrag = u.is_some();
                None
            }
            (_, Some(u)) => Some(u),
            (_, None) => {
                o.fouten.push(Fout::Invoer { veld: "uurloon", bericht: fout::SCHAALLOON_NODIG });
                None
            }
        },
    };
    if let Some(u) = gewenst {
        o.invoer("invoer.uurloon", label::UURLOON, u, Eenheid::EuroPerUur, false);
    }
    let loon_onder_wml = gewenst.is_some_and(|u| u < wml_uur);
    let uurloon = gewenst.map_or(wml_uur, |u| u.max(wml_uur));

    let vakantiebijslag = o.param(&wml::VAKANTIEBIJSLAG, datum, None, Eenheid::Fractie);
    let maximum = o.param(&lks::MAXIMUM, datum, None, Eenheid::Fractie);
    let werkgeverslasten = o.param(&lks::WERKGEVERSLASTEN, datum, ov.wgl, Eenheid::Fractie);
    let forfait_lid5 = o.param(&lks::FORFAIT_LID_5, datum, None, Eenheid::Fractie);
    let urenbasis = o.param(&lks::UREN_BASIS, datum, None, Eenheid::UrenPerWeek);
    let forfait = o.voorstel(&lks::FORFAIT_BESCHUT);
    let weken = o.conventie(&conventie::WEKEN_PER_JAAR);
    let maanden = o.conventie(&conventie::MAANDEN_PER_JAAR);

    let awf = match contract {
        Contract::Vast => o.param(&premies::AWF_LAAG, datum, ov.awf, Eenheid::Fractie),
        Contract::Tijdelijk | Contract::Oproep => o.param(&premies::AWF_HOOG, datum, ov.awf, Eenheid::Fractie),
    };
    let ufo = if overheid {
        o.param(&premies::UFO, datum, ov.ufo, Eenheid::Fractie)
    } else {
        o.nul(premies::UFO.id, "Ufo-premie (niet van toepassing: geen overheidswerkgever)", &bron::WFSV_2026)
    };
    let aof = match omvang {
        Omvang::Klein => o.param(&premies::AOF_LAAG, datum, ov.aof, Eenheid::Fractie),
        Omvang::Groot => o.param(&premies::AOF_HOOG, datum, ov.aof, Eenheid::Fractie),
    };
    let wko = o.param(&premies::WKO, datum, ov.wko, Eenheid::Fractie);
    let whk = o.param(&premies::WHK, datum, ov.whk, Eenheid::Fractie);
    let zvw = o.param(&premies::ZVW, datum, ov.zvw, Eenheid::Fractie);
    let maximum_premieloon = o.param(&premies::MAXIMUM_PREMIELOON, datum, ov.max_premieloon, Eenheid::EuroPerJaar);

    let pensioen_vanaf = o.param(&pensioen::VANAF_LEEFTIJD, datum, None, Eenheid::Getal);
    let pensioen = match ov.pensioen {
        Some(p) => Pensioen::Percentage(o.invoer("invoer.pensioen", label::PENSIOEN, p, Eenheid::Fractie, false)),
        // Too young for the scheme: no employer pension premium (the estimate would be wrong).
        None if Decimal::from(leeftijd) < pensioen_vanaf => {
            o.aanname("pensioen", aanname::PENSIOEN_TE_JONG);
            Pensioen::Percentage(Decimal::ZERO)
        }
        None => {
            o.aanname("pensioen", aanname::PENSIOEN);
            Pensioen::Schatting {
                premie: o.param(&pensioen::PREMIE, datum, None, Eenheid::Fractie),
                franchise: o.param(&pensioen::FRANCHISE, datum, None, Eenheid::EuroPerJaar),
                aandeel: o.param(&pensioen::AANDEEL_WERKGEVER, datum, None, Eenheid::Fractie),
            }
        }
    };

    let cao = (loon == LoonKeuze::Cao).then(|| {
        (
            o.param(&cao::EINDEJAARSUITKERING, datum, ov.eju, Eenheid::EuroPerJaar),
            o.param(&cao::EENMALIG, datum, ov.eenmalig, Eenheid::EuroPerJaar),
        )
    });
    let lkv = (!beschut).then(|| {
        (
            o.param(&lks::LKV_BANENAFSPRAAK_UUR, datum, None, Eenheid::EuroPerUur),
            o.param(&lks::LKV_BANENAFSPRAAK_MAX, datum, None, Eenheid::EuroPerJaar),
        )
    });

    if !o.fouten.is_empty() {
        return Err(o.fouten);
    }
    let g = Gegevens {
        datum,
        uren,
        voltijd,
        loonwaarde,
        lezing,
        beschut,
        lid7,
        wml_uur,
        lks_wml_uur,
        uurloon,
        loon_onder_wml,
        schaal_1_bedrag,
        cao_regulier: loon == LoonKeuze::Cao && werkgever == Werkgever::Regulier,
        vakantiebijslag,
        maximum,
        werkgeverslasten,
        forfait_lid5,
        urenbasis,
        forfait,
        weken,
        maanden,
        premiepercentages: [("awf", awf), ("ufo", ufo), ("aof", aof), ("wko", wko), ("whk", whk), ("zvw", zvw)],
        maximum_premieloon,
        pensioen,
        cao,
        lkv,
    };
    Ok((g, o.aannames))
}
