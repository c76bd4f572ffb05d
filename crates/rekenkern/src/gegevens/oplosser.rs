//! The resolver's tools: recording an assumption, a value the user typed, a convention, a proposal,
//! and a parameter looked up for its date (or past the tables: provisional, the user's value, or a
//! missing value, all collected so the user sees them together).

use crate::aanname::{Aanname, AannameTekst, NietBekend};
use crate::bron::{self, Bron};
use crate::datum::Datum;
use crate::fout::Fout;
use crate::invoertabel::Sleutel as S;
use crate::param::{Conventie, Dekking, Geldig, Param, Status, Voorstel};
use crate::uitleg::{Eenheid, Gebruikt, Herkomst, Spoor};
use rust_decimal::Decimal;

/// Collects, while resolving, the trail entries, errors, assumptions and values past the tables.
pub(super) struct Oplosser<'a> {
    pub(super) spoor: &'a mut Spoor,
    pub(super) fouten: Vec<Fout>,
    pub(super) aannames: Vec<Aanname>,
    /// A value past the tables takes the last known one, marked provisional (else an error).
    pub(super) voorlopig: bool,
    /// Announced values count (docs/adr/0024).
    pub(super) aangekondigd: bool,
    /// An announced value applies to a value this calculation looked up and differs from the
    /// value without it: the choice changes an amount, so an assumption says which is used.
    pub(super) aankondiging_telt: bool,
    /// An announced value was used (the result says so; not read back from the trail).
    pub(super) aangekondigd_gebruikt: bool,
    pub(super) niet_bekend: Vec<NietBekend>,
    /// The peildatum: the lookups made for it bound [`Oplosser::geldig`].
    pub(super) peildatum: Datum,
    /// The later peildata on which every lookup made for the peildatum gives the same answer (a
    /// lookup for another date, such as the grant date, does not depend on the peildatum).
    pub(super) geldig: Geldig,
}

impl Oplosser<'_> {
    /// Records an assumption; `tekst` is a fixed Dutch text with an English entry in `engels`.
    pub(super) fn aanname(&mut self, veld: S, tekst: &'static str) {
        self.aannames.push(Aanname { veld, tekst: AannameTekst::Vast(tekst) });
    }

    /// Records an assumption with a number in it (text made by `teksten::aanname`).
    pub(super) fn aanname_met(&mut self, veld: S, tekst: AannameTekst) {
        self.aannames.push(Aanname { veld, tekst });
    }

    pub(super) fn invoer(
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

    pub(super) fn conventie(&mut self, c: &'static Conventie<Decimal>) -> Decimal {
        self.spoor.gebruik(Gebruikt {
            id: c.id,
            label: c.label,
            waarde: c.waarde,
            eenheid: c.eenheid,
            herkomst: Herkomst::Conventie,
            bron: c.bron,
        })
    }

    pub(super) fn voorstel(&mut self, v: &'static Voorstel<Decimal>) -> Decimal {
        self.spoor.gebruik(Gebruikt {
            id: v.id,
            label: v.label,
            waarde: v.waarde,
            eenheid: v.eenheid,
            herkomst: Herkomst::Voorgenomen { beoogd_vanaf: v.beoogd_vanaf },
            bron: v.bron,
        })
    }

    /// A parameter on `datum`, or the user's own value; records a missing value as an error.
    pub(super) fn param(&mut self, p: &'static Param<Decimal>, datum: Datum, eigen: Option<Decimal>) -> Decimal {
        self.param_met(p, datum, eigen, |w| *w)
    }

    pub(super) fn param_met<T>(
        &mut self,
        p: &'static Param<T>,
        datum: Datum,
        eigen: Option<Decimal>,
        kies: impl Fn(&T) -> Decimal,
    ) -> Decimal {
        let eenheid = p.eenheid;
        self.let_op_wissel(p, datum);
        if let Some(w) = eigen {
            if let Err(Dekking::NaBekend { bekend_tot }) = p.op(datum, self.aangekondigd) {
                self.niet_bekend_bij(p, p.id, p.label, bekend_tot, None);
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
        self.opzoeken(p, p.id, p.label, datum, None, kies)
    }

    /// Looks `p` up on `datum` and records it under `id`. Past the tables: `eigen_daarna` (a value
    /// the user supplied for later dates), else the last known value when provisional, else an error.
    /// An announced entry counts when announced values do (docs/adr/0024).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn opzoeken<T>(
        &mut self,
        p: &'static Param<T>,
        id: &'static str,
        label: &'static str,
        datum: Datum,
        eigen_daarna: Option<Decimal>,
        kies: impl Fn(&T) -> Decimal,
    ) -> Decimal {
        let eenheid = p.eenheid;
        self.let_op_wissel(p, datum);
        self.let_op_aankondiging(p, datum, &kies);
        let (waarde, herkomst, bron) = match p.op(datum, self.aangekondigd) {
            Ok(entry) if entry.status == Status::Aangekondigd => {
                self.aangekondigd_gebruikt = true;
                (kies(&entry.waarde), Herkomst::Aangekondigd { vanaf: entry.vanaf }, entry.bron)
            }
            Ok(entry) => (kies(&entry.waarde), Herkomst::Tabel { vanaf: entry.vanaf }, entry.bron),
            Err(Dekking::NaBekend { bekend_tot }) if eigen_daarna.is_some() => {
                self.niet_bekend_bij(p, id, label, bekend_tot, None);
                (eigen_daarna.unwrap_or_default(), Herkomst::Gebruiker, &bron::GEBRUIKER)
            }
            Err(Dekking::NaBekend { bekend_tot }) if self.voorlopig => match p.laatst_gepubliceerd() {
                Some(laatste) => {
                    self.niet_bekend_bij(p, id, label, bekend_tot, Some(laatste.vanaf));
                    (kies(&laatste.waarde), Herkomst::Voorlopig { vanaf: laatste.vanaf }, laatste.bron)
                }
                None => (Decimal::ZERO, Herkomst::Aangenomen, &bron::GEBRUIKER),
            },
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

    /// Notes until when a lookup of `p` on `datum` holds, when `datum` is the peildatum (every lookup
    /// of a parameter, also one that only checks its table, goes through here).
    pub(super) fn let_op_wissel<T>(&mut self, p: &'static Param<T>, datum: Datum) {
        if datum == self.peildatum {
            self.geldig = self.geldig.en(p.geldig_na(datum));
        }
    }

    /// Notes whether an announced entry applies on `datum` with another value than the one that
    /// applies without announced values (then the choice changes an amount).
    fn let_op_aankondiging<T>(&mut self, p: &'static Param<T>, datum: Datum, kies: &impl Fn(&T) -> Decimal) {
        let Some(aangekondigd) = p.aankondiging_op(datum) else { return };
        let zonder = match p.op(datum, false) {
            Ok(w) => Some(kies(&w.waarde)),
            Err(Dekking::NaBekend { .. }) => p.laatst_gepubliceerd().map(|w| kies(&w.waarde)),
            Err(Dekking::VoorEerste { .. }) => None,
        };
        if zonder != Some(kies(&aangekondigd.waarde)) {
            self.aankondiging_telt = true;
        }
    }

    /// Notes a parameter past its table, once (lid 7 may look one up for two dates). `voorlopig`:
    /// the start of the last known entry that is used instead; `None`: the user's value is used.
    /// `id` and `label`: the value as the trail records it (the hourly minimum wage for 21 and
    /// older, when a youth wage is made from it past the table, is `wml.uur.21`).
    pub(super) fn niet_bekend_bij<T>(
        &mut self,
        p: &'static Param<T>,
        id: &'static str,
        label: &'static str,
        bekend_tot: Datum,
        voorlopig: Option<Datum>,
    ) {
        if !self.niet_bekend.iter().any(|n| n.param == p.id) {
            self.niet_bekend.push(NietBekend {
                param: p.id,
                gebruikt: id,
                label,
                sleutel: p.sleutel,
                bekend_tot,
                voorlopig,
            });
        }
    }

    /// Records a parameter that does not apply, with value zero (e.g. Ufo for a private employer).
    pub(super) fn nul(&mut self, id: &'static str, label: &'static str, bron: &'static Bron) -> Decimal {
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

impl<'a> Oplosser<'a> {
    /// A resolver writing into `spoor`; `voorlopig`: past the tables, use the last known values.
    /// `aangekondigd`: announced values count.
    /// `peildatum`: the date the scenario is resolved for; what it resolves to holds on every later
    /// day of its calendar year until a parameter it looked up changes ([`Oplosser::geldig`]).
    pub(super) fn nieuw(spoor: &'a mut Spoor, voorlopig: bool, aangekondigd: bool, peildatum: Datum) -> Oplosser<'a> {
        // The calendar year bounds it: a running subsidy rests on the minimum wage of 1 January.
        let januari = peildatum.jaar().checked_add(1).and_then(|j| Datum::new(j, 1, 1)).unwrap_or(peildatum);
        Oplosser {
            spoor,
            fouten: Vec::new(),
            aannames: Vec::new(),
            voorlopig,
            aangekondigd,
            aankondiging_telt: false,
            aangekondigd_gebruikt: false,
            niet_bekend: Vec::new(),
            peildatum,
            geldig: Geldig { voor: Some(januari), tot_en_met: None },
        }
    }

    /// An error next to a field.
    pub(super) fn fout(&mut self, veld: S, bericht: &'static str) {
        self.fouten.push(Fout::Invoer { veld, bericht });
    }
}
