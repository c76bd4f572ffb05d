//! Sources: where a legal value comes from. Data only. One entry per instrument; parameter
//! entries point at them. URLs are pinned to the version in force (wetten.overheid.nl with a date).
//!
//! A [`Bron`] is its id and how sure it is; its words (how a jurist cites it, the link, the
//! publication) are looked up by that id ([`Bron::citaat`], [`Bron::url`], [`Bron::publicatie`]).
//! The calculation carries only the id; the explanation, the docs and the CLI read the words. So
//! the first wasm module, which calculates a shared link's amounts, carries none of them (ADR 0028).

/// How sure we are of a value, following the research legend.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Zekerheid {
    /// Read in the law text or an official publication.
    Wettekst,
    /// From a secondary source (accountancy/HR site, news, gemeente page).
    Secundair,
    /// Only from a Kamerbrief (policy letter); not law.
    Kamerbrief,
    /// Our own inference or estimate; shown as an assumption.
    Afgeleid,
}

/// A citation a jurist can follow: its id and how sure the value is. Its words by id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bron {
    /// Stable id (used in docs and tests, and to look up its words).
    pub id: &'static str,
    /// How sure the value is.
    pub zekerheid: Zekerheid,
}

/// The words of a source.
struct Woorden {
    citaat: &'static str,
    url: &'static str,
    publicatie: &'static str,
}

impl Bron {
    fn woorden(&self) -> &'static Woorden {
        // ALLE and WOORDEN come from the same list (`bronnen!`), in the same order.
        const GEEN: Woorden = Woorden { citaat: "", url: "", publicatie: "" };
        ALLE.iter().position(|b| b.id == self.id).and_then(|i| WOORDEN.get(i)).unwrap_or(&GEEN)
    }
    /// How a jurist cites it.
    pub fn citaat(&self) -> &'static str {
        self.woorden().citaat
    }
    /// Link, pinned to the version in force where possible.
    pub fn url(&self) -> &'static str {
        self.woorden().url
    }
    /// The instrument or publication that set the value.
    pub fn publicatie(&self) -> &'static str {
        self.woorden().publicatie
    }
}

/// Each source written once, as a `Bron` with its words: the const carries the id, the words go
/// into one table, and [`ALLE`] lists every source.
macro_rules! bronnen {
    ($( $(#[$doc:meta])* pub const $naam:ident: Bron = Bron {
        id: $id:literal,
        citaat: $citaat:expr,
        url: $url:expr,
        publicatie: $publicatie:expr,
        zekerheid: $zekerheid:expr $(,)?
    }; )*) => {
        $( $(#[$doc])* pub const $naam: Bron = Bron { id: $id, zekerheid: $zekerheid }; )*
        /// Every source, for the docs, the invariant tests and the lookup of the words.
        pub const ALLE: &[&Bron] = &[ $( &$naam ),* ];
        /// The words of every source, in the order of [`ALLE`].
        static WOORDEN: &[Woorden] = &[ $( Woorden { citaat: $citaat, url: $url, publicatie: $publicatie } ),* ];
    };
}

bronnen! {
/// Wet minimumloon en minimumvakantiebijslag, minimumuurloon from 1-1-2024.
pub const WML_2024_01: Bron = Bron {
    id: "wml-2024-01",
    citaat: tekst!("Wet minimumloon en minimumvakantiebijslag, art. 8 en 14" => "Wet minimumloon en minimumvakantiebijslag, art. 8 and 14"),
    url: "https://wetten.overheid.nl/BWBR0002638/2024-01-01",
    publicatie: tekst!("Besluit SZW nr. 2023-0000526966 (8-10-2023); bedragen via accountingcounts.nl en 4-vision.nl" => "Besluit SZW no. 2023-0000526966 (8-10-2023); amounts via accountingcounts.nl and 4-vision.nl"),
    zekerheid: Zekerheid::Secundair,
};
/// Minimumuurloon from 1-7-2024.
pub const WML_2024_07: Bron = Bron {
    id: "wml-2024-07",
    citaat: tekst!("Wet minimumloon en minimumvakantiebijslag, art. 8 en 14" => "Wet minimumloon en minimumvakantiebijslag, art. 8 and 14"),
    url: "https://wetten.overheid.nl/BWBR0002638/2024-07-01",
    publicatie: tekst!("Indexatie per 1-7-2024; bedragen via 4-vision.nl en slagers.nl" => "Indexation as of 1-7-2024; amounts via 4-vision.nl and slagers.nl"),
    zekerheid: Zekerheid::Secundair,
};
/// Minimumuurloon from 1-1-2025.
pub const WML_2025_01: Bron = Bron {
    id: "wml-2025-01",
    citaat: tekst!("Wet minimumloon en minimumvakantiebijslag, art. 8 en 14" => "Wet minimumloon en minimumvakantiebijslag, art. 8 and 14"),
    url: "https://wetten.overheid.nl/BWBR0002638/2025-01-01",
    publicatie: tekst!("Regeling indexatie WML 1-1-2025 (nr. 2024-0000675332); bedragen via svb.nl en admaxi.nl" => "Regeling indexatie WML 1-1-2025 (no. 2024-0000675332); amounts via svb.nl and admaxi.nl"),
    zekerheid: Zekerheid::Secundair,
};
/// Minimumuurloon from 1-7-2025.
pub const WML_2025_07: Bron = Bron {
    id: "wml-2025-07",
    citaat: tekst!("Wet minimumloon en minimumvakantiebijslag, art. 8 en 14" => "Wet minimumloon en minimumvakantiebijslag, art. 8 and 14"),
    url: "https://wetten.overheid.nl/BWBR0002638/2025-07-01",
    publicatie: tekst!("Indexatie per 1-7-2025; bedragen via pcheck.nl en w-o.nl" => "Indexation as of 1-7-2025; amounts via pcheck.nl and w-o.nl"),
    zekerheid: Zekerheid::Secundair,
};
/// Minimumuurloon from 1-1-2026.
pub const WML_2026_01: Bron = Bron {
    id: "wml-2026-01",
    citaat: tekst!("Wet minimumloon en minimumvakantiebijslag, art. 8 en 14" => "Wet minimumloon en minimumvakantiebijslag, art. 8 and 14"),
    url: "https://wetten.overheid.nl/BWBR0002638/2026-01-01",
    publicatie: tekst!("Besluit SZW nr. 2025-0000213859 (9-10-2025); bedragen via admintrend.nl en staffice.nl" => "Besluit SZW no. 2025-0000213859 (9-10-2025); amounts via admintrend.nl and staffice.nl"),
    zekerheid: Zekerheid::Secundair,
};
/// Minimumuurloon from 1-7-2026.
pub const WML_2026_07: Bron = Bron {
    id: "wml-2026-07",
    citaat: tekst!("Wet minimumloon en minimumvakantiebijslag, art. 14 lid 10-11" => "Wet minimumloon en minimumvakantiebijslag, art. 14 lid 10-11"),
    url: "https://wetten.overheid.nl/BWBR0002638/2026-07-01",
    publicatie: tekst!("Indexatie per 1-7-2026; twee overeenstemmende modellen (RegelSpraak Wml, loonparameters 2026)" => "Indexation as of 1-7-2026; two models that agree (RegelSpraak Wml, wage parameters 2026)"),
    zekerheid: Zekerheid::Secundair,
};
/// Minimum vakantiebijslag 8%.
pub const WML_ART_15: Bron = Bron {
    id: "wml-art-15",
    citaat: tekst!("Wet minimumloon en minimumvakantiebijslag, art. 15 lid 1" => "Wet minimumloon en minimumvakantiebijslag, art. 15 lid 1"),
    url: "https://wetten.overheid.nl/BWBR0002638/2025-01-01#Artikel15",
    publicatie: tekst!("Wettekst (geconsolideerd 1-1-2025)" => "Law text (consolidated 1-1-2025)"),
    zekerheid: Zekerheid::Wettekst,
};
/// Participatiewet art. 10d (loonkostensubsidie).
pub const PW_10D: Bron = Bron {
    id: "pw-10d",
    citaat: tekst!("Participatiewet, art. 10d lid 4" => "Participatiewet, art. 10d lid 4"),
    url: "https://wetten.overheid.nl/BWBR0015703/2025-01-01#Artikel10d",
    publicatie: tekst!("Wettekst (geconsolideerd 1-1-2025)" => "Law text (consolidated 1-1-2025)"),
    zekerheid: Zekerheid::Wettekst,
};
/// Participatiewet art. 10d lid 5 (50% forfait, first 6 months).
pub const PW_10D_LID_5: Bron = Bron {
    id: "pw-10d-5",
    citaat: tekst!("Participatiewet, art. 10d lid 1 onder b en lid 5" => "Participatiewet, art. 10d lid 1 under b and lid 5"),
    url: "https://wetten.overheid.nl/BWBR0015703/2025-01-01#Artikel10d",
    publicatie: tekst!("Wettekst (geconsolideerd 1-1-2025)" => "Law text (consolidated 1-1-2025)"),
    zekerheid: Zekerheid::Wettekst,
};
/// Participatiewet art. 10d lid 7 (indexation on 1 January).
pub const PW_10D_LID_7: Bron = Bron {
    id: "pw-10d-7",
    citaat: tekst!("Participatiewet, art. 10d lid 7" => "Participatiewet, art. 10d lid 7"),
    url: "https://wetten.overheid.nl/BWBR0015703/2025-01-01#Artikel10d",
    publicatie: tekst!("Wettekst (geconsolideerd 1-1-2025)" => "Law text (consolidated 1-1-2025)"),
    zekerheid: Zekerheid::Wettekst,
};
/// Participatiewet art. 2: "wettelijk minimumloon" is the minimum wage per month of Wml art. 8.
pub const PW_ART_2: Bron = Bron {
    id: "pw-2",
    citaat: tekst!("Participatiewet, art. 2 (begrip wettelijk minimumloon: het minimumloon per maand)" => "Participatiewet, art. 2 (the term statutory minimum wage: the minimum wage per month)"),
    url: "https://wetten.overheid.nl/BWBR0015703/2026-07-01#Artikel2",
    publicatie: tekst!("Wettekst (geconsolideerd 1-7-2026)" => "Law text (consolidated 1-7-2026)"),
    zekerheid: Zekerheid::Wettekst,
};
/// Wml art. 14 lid 10: the hourly amount is the monthly amount ÷ 156, rounded up to the cent.
pub const WML_ART_14: Bron = Bron {
    id: "wml-art-14",
    citaat: tekst!("Wet minimumloon en minimumvakantiebijslag, art. 8 lid 1 onder b, art. 14 lid 9 en 10" => "Wet minimumloon en minimumvakantiebijslag, art. 8 lid 1 under b, art. 14 lid 9 and 10"),
    url: "https://wetten.overheid.nl/BWBR0002638/2026-07-01#Artikel14",
    publicatie: tekst!("Wettekst (geconsolideerd 1-7-2026)" => "Law text (consolidated 1-7-2026)"),
    zekerheid: Zekerheid::Wettekst,
};
/// Wml art. 8 lid 3: the youth minimum wage as a percentage of the amounts of lid 1 (a and b).
pub const WML_ART_8_LID_3: Bron = Bron {
    id: "wml-art-8-3",
    citaat: tekst!("Wet minimumloon en minimumvakantiebijslag, art. 8 lid 3; Besluit minimumjeugdloon" => "Wet minimumloon en minimumvakantiebijslag, art. 8 lid 3; Besluit minimumjeugdloon"),
    url: "https://wetten.overheid.nl/BWBR0002638/2026-07-01#Artikel8",
    publicatie: tekst!("Wettekst; percentages Besluit minimumjeugdloon (2024+). Maandbedrag jeugd = percentage × referentiemaandloon: onze lezing (docs/adr/0012)" => "Law text; percentages from the Besluit minimumjeugdloon (2024+). Youth monthly amount = percentage × reference monthly wage: our reading (docs/adr/0012)"),
    zekerheid: Zekerheid::Afgeleid,
};
/// Referentiemaandloon from 1-1-2024.
pub const RML_2024_01: Bron = Bron {
    id: "rml-2024-01",
    citaat: tekst!("Wet minimumloon en minimumvakantiebijslag, art. 8 lid 1 onder b en art. 14" => "Wet minimumloon en minimumvakantiebijslag, art. 8 lid 1 under b and art. 14"),
    url: "https://wetten.overheid.nl/BWBR0002638/2024-01-01",
    publicatie: tekst!("Besluit SZW nr. 2023-0000526966; bedrag via accountingcounts.nl en salariscompleet.nl" => "Besluit SZW no. 2023-0000526966; amount via accountingcounts.nl and salariscompleet.nl"),
    zekerheid: Zekerheid::Secundair,
};
/// Referentiemaandloon from 1-7-2024.
pub const RML_2024_07: Bron = Bron {
    id: "rml-2024-07",
    citaat: tekst!("Wet minimumloon en minimumvakantiebijslag, art. 8 lid 1 onder b en art. 14" => "Wet minimumloon en minimumvakantiebijslag, art. 8 lid 1 under b and art. 14"),
    url: "https://wetten.overheid.nl/BWBR0002638/2024-07-01",
    publicatie: tekst!("Normenbrief Rijksoverheid 1 juli 2024 (€ 2.133,60 per maand, exclusief vakantiegeld)" => "Normenbrief Rijksoverheid 1 July 2024 (€ 2.133,60 per month, without holiday pay)"),
    zekerheid: Zekerheid::Wettekst,
};
/// Referentiemaandloon from 1-1-2025.
pub const RML_2025_01: Bron = Bron {
    id: "rml-2025-01",
    citaat: tekst!("Wet minimumloon en minimumvakantiebijslag, art. 8 lid 1 onder b en art. 14" => "Wet minimumloon en minimumvakantiebijslag, art. 8 lid 1 under b and art. 14"),
    url: "https://wetten.overheid.nl/BWBR0002638/2025-01-01",
    publicatie: tekst!("Besluit SZW nr. 2024-0000675332; bedrag via admaxi.nl en baartsemennema.nl" => "Besluit SZW no. 2024-0000675332; amount via admaxi.nl and baartsemennema.nl"),
    zekerheid: Zekerheid::Secundair,
};
/// Referentiemaandloon from 1-7-2025.
pub const RML_2025_07: Bron = Bron {
    id: "rml-2025-07",
    citaat: tekst!("Wet minimumloon en minimumvakantiebijslag, art. 8 lid 1 onder b en art. 14" => "Wet minimumloon en minimumvakantiebijslag, art. 8 lid 1 under b and art. 14"),
    url: "https://wetten.overheid.nl/BWBR0002638/2025-07-01",
    publicatie: tekst!("Regeling SZW nr. 2025-0000069776, Stcrt. 2025, 12264; bedrag via admintrend.nl" => "Regeling SZW no. 2025-0000069776, Stcrt. 2025, 12264; amount via admintrend.nl"),
    zekerheid: Zekerheid::Secundair,
};
/// Referentiemaandloon from 1-1-2026.
pub const RML_2026_01: Bron = Bron {
    id: "rml-2026-01",
    citaat: tekst!("Wet minimumloon en minimumvakantiebijslag, art. 8 lid 1 onder b en art. 14" => "Wet minimumloon en minimumvakantiebijslag, art. 8 lid 1 under b and art. 14"),
    url: "https://wetten.overheid.nl/BWBR0002638/2026-01-01",
    publicatie: tekst!("Besluit SZW nr. 2025-0000213859; bedrag via grootheddeaccountants.nl" => "Besluit SZW no. 2025-0000213859; amount via grootheddeaccountants.nl"),
    zekerheid: Zekerheid::Secundair,
};
/// Referentiemaandloon from 1-7-2026.
pub const RML_2026_07: Bron = Bron {
    id: "rml-2026-07",
    citaat: tekst!("Wet minimumloon en minimumvakantiebijslag, art. 8 lid 1 onder b en art. 14" => "Wet minimumloon en minimumvakantiebijslag, art. 8 lid 1 under b and art. 14"),
    url: "https://wetten.overheid.nl/BWBR0002638/2026-07-01",
    publicatie: tekst!("Regeling SZW 28-04-2026 nr. 2026-0000107275, Stcrt. 2026, 16505 (zoals geciteerd in MinBZK regelrecht-corpus)" => "Regeling SZW 28-04-2026 no. 2026-0000107275, Stcrt. 2026, 16505 (as cited in the MinBZK regelrecht corpus)"),
    zekerheid: Zekerheid::Secundair,
};
/// The reading that puts the werkgeverslasten inside the 70% cap (MinBZK model, Sept 2026).
pub const MINBZK_WGL_IN_MAXIMUM: Bron = Bron {
    id: "minbzk-wgl-in-maximum",
    citaat: tekst!("Participatiewet, art. 10d lid 4 (lezing: maximum inclusief vergoeding werkgeverslasten)" => "Participatiewet, art. 10d lid 4 (reading: the maximum includes the employer charges allowance)"),
    url: "https://wetten.overheid.nl/BWBR0015703/2026-07-01#Artikel10d",
    publicatie: tekst!("MinBZK RegelRecht-model Participatiewet (sept. 2026): ten hoogste 70% van de grondslag, inclusief de vergoeding; door SZW nog niet beslist" => "MinBZK RegelRecht model of the Participatiewet (Sept. 2026): at most 70% of the base, allowance included; not yet decided by SZW"),
    zekerheid: Zekerheid::Afgeleid,
};
/// MinBZK's Financieel CV scenario applies 25% werkgeverslasten (conflicts with the regeling's 23.5%).
pub const MINBZK_WGL_25: Bron = Bron {
    id: "minbzk-wgl-25",
    citaat: tekst!("MinBZK RegelRecht-model Participatiewet, scenario Financieel CV (oktober 2026): 25% werkgeverslasten" => "MinBZK RegelRecht model of the Participatiewet, Financieel CV scenario (October 2026): 25% employer charges"),
    url: "https://github.com/MinBZK/regelrecht-corpus/blob/main/regulation/nl/wet/participatiewet/scenarios/financieel_cv_koen.feature",
    publicatie: tekst!("Tegenstrijdige bron, niet gevolgd. Een model, geen besluit (versie van oktober 2026): noemt 25% \"sinds 2026-10-09\" en verwijst naar art. 1 van de Regeling loonkostensubsidie Participatiewet 2021, die 23,5% zegt; geen wijzigingsregeling gevonden" => "Conflicting source, not followed. A model, not a decision (version of October 2026): states 25% \"since 09-10-2026\" and refers to art. 1 of the Regeling loonkostensubsidie Participatiewet 2021, which says 23,5%; no amending regulation found"),
    zekerheid: Zekerheid::Secundair,
};
/// PWRI: part-time factor = agreed hours ÷ full-time hours (2022 rule change); franchise pro rata.
pub const PWRI_DEELTIJD: Bron = Bron {
    id: "pwri-deeltijd",
    citaat: tekst!("PWRI pensioenreglement, deeltijdfactor (reglementswijziging 2022)" => "PWRI pension rules, part-time factor (amendment of 2022)"),
    url: "https://www.pwri.nl/over-pwri/berichten/reglementwijziging-2022",
    publicatie: tekst!("Deeltijdfactor = overeengekomen uren ÷ voltijduren (cao Aan de Slag: 37). Franchise naar rato: gangbaar patroon, onze lezing" => "Part-time factor = agreed hours ÷ full-time hours (cao Aan de Slag: 37). Franchise pro rata: common practice, our reading"),
    zekerheid: Zekerheid::Afgeleid,
};
/// Cao Aan de Slag: 36-hour week from 2027 without loss of wage (our reading of the wage effect).
pub const CAO_ADS_2027_36_UUR: Bron = Bron {
    id: "cao-ads-2027-36",
    citaat: tekst!("Cao Aan de Slag 2026-2027: 36-urige werkweek vanaf 1-1-2027 zonder loonverlies" => "Cao Aan de Slag 2026-2027: 36-hour working week from 1-1-2027 without loss of pay"),
    url: "https://www.gemeente.nu/loopbaan/cao/akkoord-bereikt-over-cao-aan-de-slag-2026-2027/",
    publicatie: tekst!("Onderhandelingsresultaat 22-12-2025; uitwerking niet gevonden. Lezing: uurloon × 37/36 (docs/adr/0014)" => "Negotiated result of 22-12-2025; details not found. Reading: hourly wage × 37/36 (docs/adr/0014)"),
    zekerheid: Zekerheid::Afgeleid,
};
/// Regeling LKS Participatiewet (23% werkgeverslasten, 2015-2017).
pub const REGELING_LKS_2015: Bron = Bron {
    id: "regeling-lks-2015",
    citaat: tekst!("Regeling loonkostensubsidie Participatiewet, art. 1" => "Regeling loonkostensubsidie Participatiewet, art. 1"),
    url: "https://wetten.overheid.nl/BWBR0035633/2015-01-01",
    publicatie: tekst!("Stcrt. 2014, 35743" => "Stcrt. 2014, 35743"),
    zekerheid: Zekerheid::Wettekst,
};
/// 23.5% werkgeverslasten from 2018 (now Regeling LKS Pw 2021 art. 1).
pub const REGELING_LKS_2018: Bron = Bron {
    id: "regeling-lks-2018",
    citaat: tekst!("Regeling loonkostensubsidie Participatiewet 2021, art. 1" => "Regeling loonkostensubsidie Participatiewet 2021, art. 1"),
    url: "https://zoek.officielebekendmakingen.nl/stcrt-2017-68248.html",
    publicatie: tekst!("Stcrt. 2017, 68248 (23,5% vanaf 1-1-2018); voortgezet in de Regeling LKS Pw 2021" => "Stcrt. 2017, 68248 (23,5% from 1-1-2018); continued in the Regeling LKS Pw 2021"),
    zekerheid: Zekerheid::Wettekst,
};
/// The planned fixed LKS for beschut werk (policy letter only).
pub const FORFAIT_VOORSTEL: Bron = Bron {
    id: "kamerbrief-2025-07-02",
    citaat: tekst!("Kamerbrief 2 juli 2025, Kamerstuk 34352-341" => "Kamerbrief (letter to parliament) 2 July 2025, Kamerstuk 34352-341"),
    url: "https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?did=2025D31682&id=2025D31682",
    publicatie: tekst!("Voorgenomen wetswijziging (beoogd 2028); grondslag van de 68% niet gepubliceerd" => "Planned change of the law (intended 2028); the base of the 68% not published"),
    zekerheid: Zekerheid::Kamerbrief,
};
/// Wfsv: premiums werknemersverzekeringen (AWf, Ufo, Aof, Whk, Wko-opslag).
pub const WFSV_2024: Bron = Bron {
    id: "wfsv-2024",
    citaat: tekst!("Wet financiering sociale verzekeringen (premiepercentages 2024)" => "Wet financiering sociale verzekeringen (premium rates 2024)"),
    url: "https://wetten.overheid.nl/BWBR0017745/2024-01-01",
    publicatie: tekst!("Premiepercentages 2024 via loonserviceburo.nl (kerngetallen)" => "Premium rates 2024 via loonserviceburo.nl (key figures)"),
    zekerheid: Zekerheid::Secundair,
};
/// Premiums 2025.
pub const WFSV_2025: Bron = Bron {
    id: "wfsv-2025",
    citaat: tekst!("Wet financiering sociale verzekeringen (premiepercentages 2025)" => "Wet financiering sociale verzekeringen (premium rates 2025)"),
    url: "https://wetten.overheid.nl/BWBR0017745/2025-01-01",
    publicatie: tekst!("Premiepercentages 2025 via reintjesadvies.pl en randstad.nl" => "Premium rates 2025 via reintjesadvies.pl and randstad.nl"),
    zekerheid: Zekerheid::Secundair,
};
/// Premiums 2026.
pub const WFSV_2026: Bron = Bron {
    id: "wfsv-2026",
    citaat: tekst!("Wet financiering sociale verzekeringen (premiepercentages 2026)" => "Wet financiering sociale verzekeringen (premium rates 2026)"),
    url: "https://wetten.overheid.nl/BWBR0017745/2026-01-01",
    publicatie: tekst!("Regeling premiepercentages 2026 (Stcrt. 2025, 42324) via reintjesadvies.pl" => "Regeling premiepercentages 2026 (Stcrt. 2025, 42324) via reintjesadvies.pl"),
    zekerheid: Zekerheid::Secundair,
};
/// The youth minimum wage scale from 1-1-2027: a cabinet decision with a date, the AMvB that
/// changes the scale not yet seen (status announced, docs/adr/0024).
pub const JEUGD_2027: Bron = Bron {
    id: "jeugd-2027",
    citaat: tekst!("Kabinetsreactie op verkenning wettelijk minimumjeugdloon, Kamerstuk 36 545, nr. 19 (4-7-2025); antwoord op Kamervragen 2025D36475 (2-9-2025)" => "Cabinet response to the review of the statutory youth minimum wage, Kamerstuk 36 545, no. 19 (4-7-2025); answer to parliamentary questions 2025D36475 (2-9-2025)"),
    url: "https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?did=2025D32512&id=2025Z14296",
    publicatie: tekst!("Aangekondigd per 1-1-2027, via een AMvB die de staffel aanpast (internetconsultatie vanaf 4-12-2025); de AMvB zelf nog niet gezien. Percentages ook in het nieuws van rijksoverheid.nl van 24-4-2025" => "Announced as of 1-1-2027, through an order in council (AMvB) that changes the scale (public consultation from 4-12-2025); the order itself not seen yet. Percentages also in the news of rijksoverheid.nl of 24-4-2025"),
    zekerheid: Zekerheid::Kamerbrief,
};
/// The youth hourly amount past the published table: percentage × the hourly minimum wage for 21
/// and older, to the cent, half away from zero (every published table 2024-2026 is made so; a test).
pub const WML_JEUGD_UUR: Bron = Bron {
    id: "wml-jeugd-uur",
    citaat: tekst!("Wet minimumloon en minimumvakantiebijslag, art. 8 lid 3 en art. 14; Besluit minimumjeugdloon" => "Wet minimumloon en minimumvakantiebijslag, art. 8 lid 3 and art. 14; Besluit minimumjeugdloon"),
    url: "https://wetten.overheid.nl/BWBR0002638/2026-07-01#Artikel8",
    publicatie: tekst!("Uurbedrag jeugd = staffelpercentage × minimumuurloon 21 jaar en ouder, op centen afgerond: zo zijn alle gepubliceerde tabellen van 2024 tot en met 2026 gemaakt (getest)" => "Youth hourly amount = scale percentage × minimum hourly wage for 21 and older, rounded to the cent: every published table from 2024 to 2026 was made so (tested)"),
    zekerheid: Zekerheid::Afgeleid,
};
/// Employer premiums 2027 as the SZW budget announced them ("voorlopig"), seen only as quoted.
pub const PREMIES_2027: Bron = Bron {
    id: "premies-2027",
    citaat: tekst!("Memorie van toelichting bij de begroting van SZW voor 2027 (Kamerstuk 37 020 XV, nr. 2), § 7.1.1" => "Explanatory memorandum to the SZW budget for 2027 (Kamerstuk 37 020 XV, no. 2), § 7.1.1"),
    url: "https://zoek.officielebekendmakingen.nl/kst-37020-XV-2.html",
    publicatie: tekst!("Premies 2027 als ‘voorlopig’ in de begroting; alleen gezien als citaat door een derde (9-10-2026). De regeling premiepercentages 2027 nog niet gezien" => "Premiums 2027 as ‘provisional’ in the budget; only seen as quoted by a third party (9-10-2026). The Regeling premiepercentages 2027 not seen yet"),
    zekerheid: Zekerheid::Secundair,
};
/// Whk average rates (UWV, sector/individual in practice).
pub const WHK: Bron = Bron {
    id: "whk",
    citaat: tekst!("Wet financiering sociale verzekeringen, Werkhervattingskas (gemiddelde premie)" => "Wet financiering sociale verzekeringen, Werkhervattingskas (average premium)"),
    url: "https://wetten.overheid.nl/BWBR0017745/2026-01-01",
    publicatie: tekst!("Gemiddelde Whk-premie via randstad.nl (2025) en cooster.nl (2026); per werkgever anders" => "Average Whk premium via randstad.nl (2025) and cooster.nl (2026); different for each employer"),
    zekerheid: Zekerheid::Secundair,
};
/// Zvw werkgeversheffing.
pub const ZVW: Bron = Bron {
    id: "zvw",
    citaat: tekst!("Zorgverzekeringswet, inkomensafhankelijke bijdrage (werkgeversheffing)" => "Zorgverzekeringswet, income-related contribution (employer's levy)"),
    url: "https://wetten.overheid.nl/BWBR0018450/2026-01-01",
    publicatie: tekst!("Percentages via loonserviceburo.nl (2024) en randstad.nl (2025, 2026)" => "Percentages via loonserviceburo.nl (2024) and randstad.nl (2025, 2026)"),
    zekerheid: Zekerheid::Secundair,
};
/// Maximum premieloon.
pub const MAX_PREMIELOON: Bron = Bron {
    id: "max-premieloon",
    citaat: tekst!("Wet financiering sociale verzekeringen, art. 17 (maximumpremieloon)" => "Wet financiering sociale verzekeringen, art. 17 (maximum premium wage)"),
    url: "https://wetten.overheid.nl/BWBR0017745/2026-01-01",
    publicatie: tekst!("Bedragen via smkaccountants.nl en accountancyvanmorgen.nl" => "Amounts via smkaccountants.nl and accountancyvanmorgen.nl"),
    zekerheid: Zekerheid::Secundair,
};
/// Cao Aan de Slag 2021 (structure, 37 h week).
pub const CAO_ADS_2021: Bron = Bron {
    id: "cao-ads-2021",
    citaat: tekst!("Cao Aan de Slag (standaard-cao, code 8108)" => "Cao Aan de Slag (standard collective agreement, code 8108)"),
    url: "https://vng.nl/artikelen/cao-aan-de-slag",
    publicatie: tekst!("Cao Aan de Slag 2021; 37-urige werkweek (wspzvl.nl, NRC 12-2-2021)" => "Cao Aan de Slag 2021; 37-hour working week (wspzvl.nl, NRC 12-2-2021)"),
    zekerheid: Zekerheid::Secundair,
};
/// Cao Aan de Slag 2025.
pub const CAO_ADS_2025: Bron = Bron {
    id: "cao-ads-2025",
    citaat: tekst!("Cao Aan de Slag 2025" => "Cao Aan de Slag 2025"),
    url: "https://www.gemeente.nu/loopbaan/cao/eindresultaat-onderhandelingen-cao-aan-de-slag-2025/",
    publicatie: tekst!("Eindresultaat cao Aan de Slag 2025 (eenmalig € 500 naar rato)" => "Final result cao Aan de Slag 2025 (one-off € 500 pro rata)"),
    zekerheid: Zekerheid::Secundair,
};
/// Cao Aan de Slag 2026-2027.
pub const CAO_ADS_2026: Bron = Bron {
    id: "cao-ads-2026",
    citaat: tekst!("Cao Aan de Slag 2026-2027" => "Cao Aan de Slag 2026-2027"),
    url: "https://www.gemeente.nu/loopbaan/cao/akkoord-bereikt-over-cao-aan-de-slag-2026-2027/",
    publicatie: tekst!("Onderhandelingsresultaat 22-12-2025: eindejaarsuitkering € 350, eenmalig € 150, 36 uur vanaf 2027" => "Negotiated result of 22-12-2025: year-end payment € 350, one-off € 150, 36 hours from 2027"),
    zekerheid: Zekerheid::Secundair,
};
/// PWRI pension premium (SW scheme 2023), used as a labelled proxy.
pub const PWRI_PROXY: Bron = Bron {
    id: "pwri-proxy",
    citaat: tekst!("PWRI pensioenregeling (SW-regeling 2023) als schatting" => "PWRI pension scheme (SW scheme 2023) as an estimate"),
    url: "https://www.pwri.nl/over-pwri/uw-premiebijdrage",
    publicatie: tekst!("PWRI premie 23,8% boven franchise € 13.033 (2023); verdeling 70/30 uit cao 2021. Schatting." => "PWRI premium 23,8% above a franchise of € 13.033 (2023); split 70/30 from the 2021 agreement. Estimate."),
    zekerheid: Zekerheid::Afgeleid,
};
/// Wtl: LKV banenafspraak, and the exclusion of beschut werk from every LKV.
pub const WTL: Bron = Bron {
    id: "wtl",
    citaat: tekst!("Wet tegemoetkomingen loondomein, art. 2.2 lid 2 b, 2.6 lid 3 b, 2.10 lid 2 b, 2.13" => "Wet tegemoetkomingen loondomein, art. 2.2 lid 2 b, 2.6 lid 3 b, 2.10 lid 2 b, 2.13"),
    url: "https://wetten.overheid.nl/BWBR0037522/2025-01-01",
    publicatie: tekst!("Wettekst (geconsolideerd 1-1-2025)" => "Law text (consolidated 1-1-2025)"),
    zekerheid: Zekerheid::Wettekst,
};
/// Ziektewet art. 29b: no-riskpolis, also for beschut werk.
pub const ZW_29B: Bron = Bron {
    id: "zw-29b",
    citaat: tekst!("Ziektewet, art. 29b lid 2 onder f" => "Ziektewet, art. 29b lid 2 under f"),
    url: "https://wetten.overheid.nl/BWBR0001888/2025-01-01#Artikel29b",
    publicatie: tekst!("Wettekst (geconsolideerd 1-1-2025)" => "Law text (consolidated 1-1-2025)"),
    zekerheid: Zekerheid::Wettekst,
};
/// Our own convention (month = hour x hours x 52/12; rounding); see docs/adr.
pub const CONVENTIE: Bron = Bron {
    id: "conventie",
    citaat: tekst!("Rekenconventie van deze rekenhulp (geen wettelijke regel)" => "Calculation convention of this calculator (not a legal rule)"),
    url: "docs/adr/0002-dekking-maanden-afronding.md",
    publicatie: tekst!("Loon per maand = uur x uren x 52 / 12 (het loon is een uurloon); de subsidie rust op het minimumloon per maand" => "Wage per month = hour x hours x 52 / 12 (the wage is an hourly wage); the subsidy rests on the minimum wage per month"),
    zekerheid: Zekerheid::Afgeleid,
};
/// A value the user typed in.
pub const GEBRUIKER: Bron = Bron {
    id: "gebruiker",
    citaat: tekst!("Zelf ingevuld" => "Entered by you"),
    url: "",
    publicatie: tekst!("Door de gebruiker ingevulde waarde" => "Value entered by the user"),
    zekerheid: Zekerheid::Afgeleid,
};
}
