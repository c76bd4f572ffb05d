//! Step one of a calculation: turn the scenario into resolved values. Applies defaults (recorded
//! as assumptions), takes user-supplied parameter values over the tables, looks up every
//! parameter for its date and collects ALL missing values at once, so the user sees them together.

use crate::aanname::{Aanname, NietBekend};
use crate::bron::{self, Bron};
use crate::datum::Datum;
use crate::fout::Fout;
use crate::invoer::{Contract, Invoer, Lezing, Lid7, LoonKeuze, Omvang, Subsidie, Werkgever, WglMaximum};
use crate::param::{Conventie, Dekking, Param, Voorstel};
use crate::params::{cao, conventie, lks, pensioen, premies, wml};
use crate::teksten::{aanname, fout, invoer as label};
use crate::uitleg::{Eenheid, Gebruikt, Herkomst, Spoor};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

/// Defaults for empty fields (issue: "21+, 36 h, WML, loonwaarde 30%").
pub const STANDAARD_LEEFTIJD: u8 = 21;
/// Default hours per week.
pub const STANDAARD_UREN: Decimal = dec!(36);
/// Default loonwaarde in percent.
pub const STANDAARD_LOONWAARDE: u8 = 30;
/// Past the tables without `voorlopig=`: calculate with the last known values, marked provisional
/// (ADR 0013: amounts at once, not a list of ten missing values).
pub const STANDAARD_VOORLOPIG: bool = true;

/// How the employer pension share is found.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Pensioen {
    /// A percentage of wage + VB the user typed (or zero below the scheme's entry age).
    Percentage(Decimal),
    /// The PWRI-based estimate, franchise pro rata to the part-time factor.
    Schatting { premie: Decimal, franchise: Decimal, aandeel: Decimal },
}

/// The monthly minimum wage (21+) the subsidy rests on, and how it was found.
#[derive(Clone, Copy, Debug)]
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
#[derive(Clone, Copy, Debug)]
pub(crate) struct Premie {
    pub id: &'static str,
    pub waarde: Decimal,
}

/// Every value the formulas need, resolved. Ids of used values are the ones recorded in the trail.
#[derive(Clone, Debug)]
pub(crate) struct Gegevens {
    pub datum: Datum,
    pub uren: Decimal,
    /// Full-time week and the trail id it came from (`cao.voltijd` or `invoer.voltijd`).
    pub voltijd: (&'static str, Decimal),
    pub loonwaarde: Decimal,
    pub lezing: Lezing,
    pub wgl_max: WglMaximum,
    pub beschut: bool,
    /// Minimum hourly wage for the age on the peildatum (the wage floor).
    pub wml_uur: Decimal,
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
    pub premiepercentages: [Premie; 6],
    pub maximum_premieloon: Decimal,
    pub pensioen: Pensioen,
    /// (eindejaarsuitkering, eenmalig) per full-time year, when the cao applies.
    pub cao: Option<(Decimal, Decimal)>,
    /// (per hour, maximum per year) of the LKV banenafspraak, when not beschut.
    pub lkv: Option<(Decimal, Decimal)>,
    /// The parameters past their tables on this date (provisional or typed in by the user).
    pub niet_bekend: Vec<NietBekend>,
}

struct Oplosser<'a> {
    spoor: &'a mut Spoor,
    fouten: Vec<Fout>,
    aannames: Vec<Aanname>,
    /// A value past the tables takes the last known one, marked provisional (else an error).
    voorlopig: bool,
    niet_bekend: Vec<NietBekend>,
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
            if let Err(Dekking::NaBekend { bekend_tot }) = p.op(datum) {
                self.niet_bekend_bij(p, bekend_tot, None);
            }
            return self.spoor.gebruik(Gebruikt {
                id: p.id,
                label: p.label,
                waarde: w,
                eenheid,
                herkomst: Herkomst::Gebruiker,
                bron: &bron::GEBRUIKER,
            });
        }
        self.opzoeken(p, p.id, p.label, datum, None, eenheid, kies)
    }

    /// Looks `p` up on `datum` and records it under `id`. Past the tables: `eigen_daarna` (a value
    /// the user supplied for later dates), else the last known value when provisional, else an error.
    #[allow(clippy::too_many_arguments)]
    fn opzoeken<T>(
        &mut self,
        p: &'static Param<T>,
        id: &'static str,
        label: &'static str,
        datum: Datum,
        eigen_daarna: Option<Decimal>,
        eenheid: Eenheid,
        kies: impl Fn(&T) -> Decimal,
    ) -> Decimal {
        let (waarde, herkomst, bron) = match p.op(datum) {
            Ok(entry) => (kies(&entry.waarde), Herkomst::Tabel { vanaf: entry.vanaf }, entry.bron),
            Err(Dekking::NaBekend { bekend_tot }) if eigen_daarna.is_some() => {
                self.niet_bekend_bij(p, bekend_tot, None);
                (eigen_daarna.unwrap_or_default(), Herkomst::Gebruiker, &bron::GEBRUIKER)
            }
            Err(Dekking::NaBekend { bekend_tot }) if self.voorlopig && !p.waarden.is_empty() => {
                match p.waarden.last() {
                    Some(laatste) => {
                        self.niet_bekend_bij(p, bekend_tot, Some(laatste.vanaf));
                        (kies(&laatste.waarde), Herkomst::Voorlopig { vanaf: laatste.vanaf }, laatste.bron)
                    }
                    None => (Decimal::ZERO, Herkomst::Aangenomen, &bron::GEBRUIKER),
                }
            }
            Err(dekking) => {
                // One message per parameter, even when lid 7 needs it for a second date.
                if !self.fouten.iter().any(|f| matches!(f, Fout::Ontbreekt { param, .. } if *param == p.id)) {
                    self.fouten.push(Fout::Ontbreekt {
                        param: p.id,
                        label: p.label,
                        datum,
                        dekking,
                        sleutel: p.sleutel,
                    });
                }
                return Decimal::ZERO;
            }
        };
        self.spoor.gebruik(Gebruikt { id, label, waarde, eenheid, herkomst, bron })
    }

    /// Notes a parameter past its table, once (lid 7 may look one up for two dates). `voorlopig`:
    /// the start of the last known entry that is used instead; `None`: the user's value is used.
    fn niet_bekend_bij<T>(&mut self, p: &'static Param<T>, bekend_tot: Datum, voorlopig: Option<Datum>) {
        if !self.niet_bekend.iter().any(|n| n.param == p.id) {
            self.niet_bekend.push(NietBekend {
                param: p.id,
                label: p.label,
                sleutel: p.sleutel,
                bekend_tot,
                voorlopig,
            });
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

/// 1 July of a date's year (the mid-year minimum-wage change).
fn eerste_juli(d: Datum) -> Datum {
    Datum::new(d.jaar(), 7, 1).unwrap_or(d)
}

/// Resolves the scenario. On success the assumptions are returned with the values.
pub(crate) fn los_op(
    invoer: &Invoer,
    vandaag: Datum,
    spoor: &mut Spoor,
) -> Result<(Gegevens, Vec<Aanname>), Vec<Fout>> {
    let mut o = Oplosser {
        spoor,
        fouten: Vec::new(),
        aannames: Vec::new(),
        voorlopig: invoer.voorlopig.unwrap_or(STANDAARD_VOORLOPIG),
        niet_bekend: Vec::new(),
    };
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
        (Some(v), _) => ("invoer.voltijd", o.invoer("invoer.voltijd", label::VOLTIJD, v, Eenheid::UrenPerWeek, false)),
        (None, Werkgever::Sob) => {
            o.aanname("voltijd", aanname::VOLTIJD_CAO);
            (cao::VOLTIJD.id, o.param(&cao::VOLTIJD, datum, None, Eenheid::UrenPerWeek))
        }
        (None, Werkgever::Regulier) => {
            o.aanname("voltijd", aanname::VOLTIJD_REGULIER);
            ("invoer.voltijd", o.invoer("invoer.voltijd", label::VOLTIJD, uren, Eenheid::UrenPerWeek, true))
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

    // Minimum wage on the peildatum: per hour for the wage, per month for the subsidy (Pw art. 2).
    let idx = leeftijd_index(leeftijd);
    let ov = &invoer.overrides;
    let wml_uur = o.param_met(&wml::MINIMUMUURLOON, datum, ov.wml, Eenheid::EuroPerUur, |t| t[idx]);
    let rml = o.param(&wml::REFERENTIEMAANDLOON, datum, ov.rml, Eenheid::EuroPerMaand);
    let jeugd = (leeftijd < STANDAARD_LEEFTIJD).then(|| {
        o.aanname("leeftijd_maand", aanname::JEUGD_MAAND);
        o.opzoeken(&wml::JEUGDPERCENTAGES, wml::JEUGDPERCENTAGES.id, label::JEUGD, datum, None, Eenheid::Fractie, |t| {
            t[idx]
        })
    });
    let lks_maand = subsidie_maand(&mut o, invoer, datum);

    // Wage.
    let loon = invoer.loon.unwrap_or_else(|| {
        o.aanname("loon", aanname::LOON);
        LoonKeuze::default()
    });
    let mut schaal_1_bedrag = false;
    let mut schaal_1 = false;
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
                schaal_1 = true;
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
    // Cao 36 hours "zonder loonverlies" (2027+): scale 1 keeps the wage of the longer week.
    let loonbehoud_uren = match cao::LOONBEHOUD_UREN.op(datum) {
        Ok(_) if schaal_1 && voltijd.0 == cao::VOLTIJD.id => {
            o.aanname("loon_36", aanname::CAO_36_UUR);
            Some(o.param(&cao::LOONBEHOUD_UREN, datum, None, Eenheid::UrenPerWeek))
        }
        _ => None,
    };

    let vakantiebijslag = o.param(&wml::VAKANTIEBIJSLAG, datum, None, Eenheid::Fractie);
    let maximum = o.param(&lks::MAXIMUM, datum, None, Eenheid::Fractie);
    let werkgeverslasten = o.param(&lks::WERKGEVERSLASTEN, datum, ov.wgl, Eenheid::Fractie);
    let wgl_max = invoer.wgl_max.unwrap_or_else(|| {
        // Only worth a remark when the two readings give a different subsidy here.
        if (Decimal::ONE - loonwaarde) * (Decimal::ONE + werkgeverslasten) > maximum {
            o.aanname("wgl_max", aanname::WGL_BUITEN_MAXIMUM);
        }
        WglMaximum::default()
    });
    let forfait_lid5 = o.param(&lks::FORFAIT_LID_5, datum, None, Eenheid::Fractie);
    let urenbasis = o.param(&lks::UREN_BASIS, datum, None, Eenheid::UrenPerWeek);
    let forfait = o.voorstel(&lks::FORFAIT_BESCHUT);
    let weken = o.conventie(&conventie::WEKEN_PER_JAAR);
    let maanden = o.conventie(&conventie::MAANDEN_PER_JAAR);

    let awf_param = match contract {
        Contract::Vast => &premies::AWF_LAAG,
        Contract::Tijdelijk | Contract::Oproep => &premies::AWF_HOOG,
    };
    let awf = o.param(awf_param, datum, ov.awf, Eenheid::Fractie);
    let ufo = if overheid {
        o.param(&premies::UFO, datum, ov.ufo, Eenheid::Fractie)
    } else {
        o.nul(premies::UFO.id, "Ufo-premie (niet van toepassing: geen overheidswerkgever)", &bron::WFSV_2026)
    };
    let aof_param = match omvang {
        Omvang::Klein => &premies::AOF_LAAG,
        Omvang::Groot => &premies::AOF_HOOG,
    };
    let aof = o.param(aof_param, datum, ov.aof, Eenheid::Fractie);
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
            Pensioen::Percentage(o.invoer("invoer.pensioen", label::PENSIOEN, Decimal::ZERO, Eenheid::Fractie, true))
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
    // Provisional because nobody chose: a visible assumption (voorlopig=nee asks for the values).
    if invoer.voorlopig.is_none() && o.niet_bekend.iter().any(|n| n.voorlopig.is_some()) {
        o.aanname("voorlopig", aanname::VOORLOPIG);
    }
    let g = Gegevens {
        datum,
        uren,
        voltijd,
        loonwaarde,
        lezing,
        wgl_max,
        beschut,
        wml_uur,
        gewenst_uurloon: gewenst,
        loonbehoud_uren,
        loon_onder_wml,
        schaal_1_bedrag,
        cao_regulier: loon == LoonKeuze::Cao && werkgever == Werkgever::Regulier,
        rml,
        lks_maand,
        jeugd,
        vakantiebijslag,
        maximum,
        werkgeverslasten,
        forfait_lid5,
        urenbasis,
        forfait,
        weken,
        maanden,
        premiepercentages: [
            Premie { id: awf_param.id, waarde: awf },
            Premie { id: premies::UFO.id, waarde: ufo },
            Premie { id: aof_param.id, waarde: aof },
            Premie { id: premies::WKO.id, waarde: wko },
            Premie { id: premies::WHK.id, waarde: whk },
            Premie { id: premies::ZVW.id, waarde: zvw },
        ],
        maximum_premieloon,
        pensioen,
        cao,
        lkv,
        niet_bekend: o.niet_bekend,
    };
    Ok((g, o.aannames))
}

/// New or running subsidy (Pw art. 10d lid 7): which monthly minimum wage the subsidy rests on.
fn subsidie_maand(o: &mut Oplosser, invoer: &Invoer, datum: Datum) -> LksMaand {
    let subsidie = invoer.subsidie_gekozen().unwrap_or_else(|| {
        o.aanname("subsidie", aanname::SUBSIDIE_NIEUW);
        Subsidie::Nieuw
    });
    if subsidie == Subsidie::Nieuw {
        return LksMaand::Peildatum;
    }
    let Some(toekenning) = invoer.toekenning else {
        o.fouten.push(Fout::Invoer { veld: "toekenning", bericht: fout::TOEKENNING_NODIG });
        return LksMaand::Peildatum;
    };
    if toekenning > datum {
        o.fouten.push(Fout::Invoer { veld: "toekenning", bericht: fout::TOEKENNING_NA_PEILDATUM });
        return LksMaand::Peildatum;
    }
    let januari = datum.eerste_januari();
    let eigen = invoer.overrides.rml;
    let p = &wml::REFERENTIEMAANDLOON;
    let in_vorig_jaar_na_juli = toekenning < januari && toekenning >= eerste_juli(toekenning);
    let lezing = invoer.lid7.unwrap_or_else(|| {
        if in_vorig_jaar_na_juli {
            o.aanname("lid7", aanname::LID7_HERIJKEN);
        }
        Lid7::default()
    });
    if in_vorig_jaar_na_juli && lezing == Lid7::Indexeren {
        let bij_toekenning = o.opzoeken(
            p,
            "wml.maand.toekenning",
            label::RML_TOEKENNING,
            toekenning,
            eigen,
            Eenheid::EuroPerMaand,
            |w| *w,
        );
        let januari_nu =
            o.opzoeken(p, "wml.maand.januari", label::RML_JANUARI, januari, eigen, Eenheid::EuroPerMaand, |w| *w);
        let januari_toekenning = o.opzoeken(
            p,
            "wml.maand.januari_toekenning",
            label::RML_JANUARI_TOEKENNING,
            toekenning.eerste_januari(),
            eigen,
            Eenheid::EuroPerMaand,
            |w| *w,
        );
        return LksMaand::Lid7Index { bij_toekenning, januari_nu, januari_toekenning };
    }
    let waarde =
        o.opzoeken(p, "wml.maand.lks", label::RML_LKS, toekenning.max(januari), eigen, Eenheid::EuroPerMaand, |w| *w);
    LksMaand::Lid7 { waarde }
}
