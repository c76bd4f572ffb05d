//! All Dutch text of the calculation (B1): step labels, formulas in words, messages.
//! The app's own interface text is in the app's `teksten.rs`; nothing else holds user text.

/// A step's text: its id (the trail's) and its number in one table of labels and formulas. The
/// calculation carries only this; the explanation, the docs and the CLI look up the words
/// ([`StapTekst::label`], [`StapTekst::formule`]). So the first wasm module, which calculates a
/// shared link's amounts, carries none of them (ADR 0028).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StapTekst {
    /// Stable id.
    pub id: &'static str,
    /// Which table of words: 0 this module's, 1 [`periode`]'s.
    tabel: u8,
    /// Its row in that table.
    nr: u16,
}

/// The tables of words, one per module that writes steps, in the order of [`StapTekst::tabel`].
static TABELLEN: [&[(&str, &str)]; 2] = [STAPWOORDEN, periode::STAPWOORDEN];

impl StapTekst {
    /// Short label.
    pub fn label(self) -> &'static str {
        self.woorden().0
    }
    /// The formula in words.
    pub fn formule(self) -> &'static str {
        self.woorden().1
    }
    fn woorden(self) -> (&'static str, &'static str) {
        TABELLEN.get(usize::from(self.tabel)).and_then(|t| t.get(usize::from(self.nr))).copied().unwrap_or(("", ""))
    }
}

/// Every step's text written once, as a `stap!` line (the const's name, the id, the label and the
/// formula): the const carries the id, its module's table and a number; the words go into that
/// module's table (`tabel N;` first: its place in [`TABELLEN`]).
macro_rules! stappen {
    (tabel $tabel:literal; $( stap!($naam:ident, $id:literal, $label:expr, $formule:expr $(,)?); )*) => {
        /// The numbers of the steps' words, in the order written.
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        enum Nr { $( $naam ),* }
        $( #[doc = $label] pub const $naam: StapTekst = StapTekst { id: $id, tabel: $tabel, nr: Nr::$naam as u16 }; )*
        /// Label and formula of each step, in the order of [`Nr`].
        pub(super) static STAPWOORDEN: &[(&str, &str)] = &[ $( ($label, $formule) ),* ];
    };
}

pub mod periode;

stappen! {
tabel 0;
stap!(
    WML_UUR_JEUGD_EXACT,
    "wml_uur_jeugd_exact",
    tekst!("Minimumuurloon voor deze leeftijd, nog niet afgerond" => "Minimum hourly wage for this age, not yet rounded"),
    tekst!("minimumuurloon 21 jaar en ouder × percentage minimumjeugdloon" => "minimum hourly wage for 21 and older × youth minimum wage percentage")
);
stap!(
    WML_UUR_JEUGD,
    "wml_uur_jeugd",
    tekst!("Minimumuurloon voor deze leeftijd" => "Minimum hourly wage for this age"),
    tekst!("afgerond op centen, zoals in de gepubliceerde tabellen" => "rounded to the cent, as in the published tables")
);
stap!(
    UURLOON,
    "uurloon",
    tekst!("Bruto uurloon" => "Gross hourly wage"),
    tekst!("het loon per uur dat u betaalt, minimaal het minimumuurloon voor de leeftijd" => "the wage per hour you pay, at least the minimum hourly wage for the age")
);
stap!(
    UURLOON_36,
    "uurloon",
    tekst!("Bruto uurloon (cao: 36 uur zonder loonverlies)" => "Gross hourly wage (collective agreement: 36 hours without loss of pay)"),
    tekst!("minimumuurloon × werkweek waarvan het loon behouden blijft ÷ volledige werkweek" => "minimum hourly wage × working week whose pay is kept ÷ full working week")
);
stap!(
    BRUTOLOON,
    "brutoloon",
    tekst!("Brutoloon" => "Gross wage"),
    tekst!("uurloon × uren per week × 52 weken" => "hourly wage × hours per week × 52 weeks")
);
stap!(
    VAKANTIEBIJSLAG,
    "vakantiebijslag",
    tekst!("Vakantiebijslag" => "Holiday allowance"),
    tekst!("brutoloon × percentage vakantiebijslag" => "gross wage × holiday allowance percentage")
);
stap!(
    UREN_VERHOUDING,
    "uren_verhouding",
    tekst!("Uren ten opzichte van een volledige werkweek" => "Hours relative to a full working week"),
    tekst!("uren per week ÷ volledige werkweek" => "hours per week ÷ full working week")
);
stap!(
    DEELTIJDFACTOR,
    "deeltijdfactor",
    tekst!("Deeltijdfactor" => "Part-time factor"),
    tekst!("uren per week ÷ volledige werkweek, hoogstens 1" => "hours per week ÷ full working week, at most 1")
);
stap!(
    CAO_VOLTIJD,
    "cao_voltijd",
    tekst!("Cao-uitkeringen bij een volledige werkweek" => "Collective agreement payments for a full working week"),
    tekst!("eindejaarsuitkering + eenmalige uitkering" => "year-end payment + one-off payment")
);
stap!(
    CAO_EXTRA,
    "cao_extra",
    tekst!("Extra uitkeringen cao" => "Extra collective agreement payments"),
    tekst!("cao-uitkeringen bij een volledige werkweek × deeltijdfactor" => "collective agreement payments for a full working week × part-time factor")
);
stap!(
    LOON_TOTAAL,
    "loon_totaal",
    tekst!("Loon met vakantiebijslag" => "Wage with holiday allowance"),
    tekst!("brutoloon + vakantiebijslag + cao-uitkeringen" => "gross wage + holiday allowance + collective agreement payments")
);
stap!(
    PREMIELOON,
    "premieloon",
    tekst!("Loon waarover u premies betaalt" => "Wage you pay premiums on"),
    tekst!("loon met vakantiebijslag, hoogstens het maximumpremieloon" => "wage with holiday allowance, at most the maximum premium wage")
);
stap!(
    PREMIEPERCENTAGE,
    "premiepercentage",
    tekst!("Premies werkgever samen" => "Employer premiums together"),
    tekst!("AWf + Ufo + Aof + opslag kinderopvang + Whk + Zvw" => "AWf + Ufo + Aof + childcare surcharge + Whk + Zvw")
);
stap!(
    PREMIES,
    "premies",
    tekst!("Premies werkgever" => "Employer premiums"),
    tekst!("premieloon × premies samen" => "premium wage × premiums together")
);
stap!(
    LOON_TOT_NU,
    "loon_tot_nu",
    tekst!("Loon in het kalenderjaar tot en met deze maand" => "Wage in the calendar year up to and including this month"),
    tekst!("loon van de eerdere maanden + loon van deze maand" => "wage of the earlier months + wage of this month")
);
stap!(
    PREMIELOON_TOT_NU,
    "premieloon_tot_nu",
    tekst!("Premieloon in het kalenderjaar tot en met deze maand" => "Premium wage in the calendar year up to and including this month"),
    tekst!("het kleinste van: loon tot en met deze maand, maximumpremieloon" => "the smaller of: wage up to and including this month, maximum premium wage")
);
stap!(
    PREMIELOON_EERDER,
    "premieloon_eerder",
    tekst!("Premieloon van de eerdere maanden" => "Premium wage of the earlier months"),
    tekst!("het kleinste van: loon van de eerdere maanden, maximumpremieloon" => "the smaller of: wage of the earlier months, maximum premium wage")
);
stap!(
    PREMIELOON_MAAND,
    "premieloon_maand",
    tekst!("Loon waarover u deze maand premies betaalt" => "Wage you pay premiums on this month"),
    tekst!("premieloon tot en met deze maand − premieloon van de eerdere maanden" => "premium wage up to and including this month − premium wage of the earlier months")
);
stap!(
    PREMIES_MAAND,
    "premies_maand",
    tekst!("Premies werkgever deze maand" => "Employer premiums this month"),
    tekst!("premieloon deze maand × premies samen" => "premium wage this month × premiums together")
);
stap!(
    PENSIOENLOON,
    "pensioenloon",
    tekst!("Loon voor het pensioen" => "Pensionable wage"),
    tekst!("brutoloon + vakantiebijslag" => "gross wage + holiday allowance")
);
stap!(
    FRANCHISE_DEELTIJD,
    "franchise_deeltijd",
    tekst!("Franchise naar rato van de uren" => "Franchise pro rata to the hours"),
    tekst!("franchise × deeltijdfactor" => "franchise × part-time factor")
);
stap!(
    BOVEN_FRANCHISE,
    "boven_franchise",
    tekst!("Loon boven de franchise" => "Wage above the franchise"),
    tekst!("loon voor het pensioen − franchise naar rato" => "pensionable wage − franchise pro rata")
);
stap!(
    PENSIOENGRONDSLAG,
    "pensioengrondslag",
    tekst!("Pensioengrondslag" => "Pension base"),
    tekst!("loon boven de franchise, minimaal 0" => "wage above the franchise, at least 0")
);
stap!(
    PENSIOEN,
    "pensioen",
    tekst!("Pensioenpremie werkgever (schatting)" => "Employer pension premium (estimate)"),
    tekst!("deel werkgever × premie × pensioengrondslag" => "employer share × premium × pension base")
);
stap!(
    PENSIOEN_PERCENTAGE,
    "pensioen",
    tekst!("Pensioenpremie werkgever" => "Employer pension premium"),
    tekst!("loon voor het pensioen × het percentage dat u invulde" => "pensionable wage × the percentage you entered")
);
stap!(
    WERKGEVERSLASTEN,
    "werkgeverslasten",
    tekst!("Werkgeverslasten" => "Employer charges"),
    tekst!("premies + pensioenpremie" => "premiums + pension premium")
);
stap!(
    LOONKOSTEN,
    "loonkosten",
    tekst!("Loonkosten" => "Wage cost"),
    tekst!("loon met vakantiebijslag + werkgeverslasten" => "wage with holiday allowance + employer charges")
);
stap!(
    RML_LKS,
    "rml_lks",
    tekst!("Minimumloon per maand waarop de lopende subsidie rust" => "Monthly minimum wage the running subsidy rests on"),
    tekst!("het minimumloon per maand op de datum van toekenning als die in dit kalenderjaar ligt, anders op 1 januari van dit jaar" => "the monthly minimum wage on the date of the grant if that is in this calendar year, otherwise on 1 January of this year")
);
stap!(
    RML_LKS_INDEX,
    "rml_lks",
    tekst!("Minimumloon per maand waarop de lopende subsidie rust (letterlijke lezing lid 7)" => "Monthly minimum wage the running subsidy rests on (literal reading of lid 7)"),
    tekst!("minimumloon per maand bij toekenning × minimumloon per maand op 1 januari nu ÷ minimumloon per maand op 1 januari van het jaar van toekenning" => "monthly minimum wage at the grant × monthly minimum wage on 1 January now ÷ monthly minimum wage on 1 January of the year of the grant")
);
stap!(
    VB_OPSLAG,
    "vb_opslag",
    tekst!("Minimumloon plus vakantiebijslag (factor)" => "Minimum wage plus holiday allowance (factor)"),
    tekst!("1 + percentage vakantiebijslag" => "1 + holiday allowance percentage")
);
stap!(
    LKS_BASIS,
    "lks_basis",
    tekst!("Minimumloon met vakantiebijslag per maand" => "Minimum wage with holiday allowance per month"),
    tekst!("minimumloon per maand (referentiemaandloon) × (1 + vakantiebijslag); onder 21 jaar eerst × het percentage voor de leeftijd" => "monthly minimum wage (reference monthly wage) × (1 + holiday allowance); under 21 first × the percentage for the age")
);
stap!(
    UREN_LKS,
    "uren_lks",
    tekst!("Uren die meetellen" => "Hours that count"),
    tekst!("uren per week, hoogstens de volledige werkweek in de sector" => "hours per week, at most the full working week in the sector")
);
stap!(
    LKS_VOLLEDIG,
    "lks_volledig",
    tekst!("Minimumloon met vakantiebijslag per jaar voor deze uren" => "Minimum wage with holiday allowance per year for these hours"),
    tekst!("minimumloon met vakantiebijslag per maand × 12 maanden × uren die meetellen ÷ urenbasis (36)" => "minimum wage with holiday allowance per month × 12 months × hours that count ÷ hours basis (36)")
);
stap!(
    WGL_OPSLAG,
    "wgl_opslag",
    tekst!("Subsidie plus vergoeding werkgeverslasten (factor)" => "Subsidy plus employer charges allowance (factor)"),
    tekst!("1 + percentage vergoeding werkgeverslasten" => "1 + employer charges allowance percentage")
);
stap!(
    LKS_GAT,
    "lks_gat",
    tekst!("Wat de werknemer niet kan verdienen" => "What the employee cannot earn"),
    tekst!("100% − loonwaarde" => "100% − loonwaarde")
);
stap!(
    LKS_FRACTIE,
    "lks_fractie",
    tekst!("Subsidiepercentage" => "Subsidy percentage"),
    tekst!("het kleinste van: (100% − loonwaarde) en het wettelijke maximum" => "the smaller of: (100% − loonwaarde) and the legal maximum")
);
stap!(
    LKS_FRACTIE_BINNEN,
    "lks_fractie",
    tekst!("Subsidiepercentage (het maximum volgt na de vergoeding werkgeverslasten)" => "Subsidy percentage (the maximum follows after the employer charges allowance)"),
    tekst!("100% − loonwaarde" => "100% − loonwaarde")
);
stap!(
    LKS_KERN,
    "lks_kern",
    tekst!("Loonkostensubsidie zonder werkgeverslasten" => "Wage cost subsidy without employer charges"),
    tekst!("subsidiepercentage × minimumloon met vakantiebijslag per jaar voor deze uren" => "subsidy percentage × minimum wage with holiday allowance per year for these hours")
);
stap!(
    LKS_WGL,
    "lks_wgl",
    tekst!("Vergoeding werkgeverslasten" => "Allowance for employer charges"),
    tekst!("loonkostensubsidie × percentage vergoeding werkgeverslasten" => "wage cost subsidy × employer charges allowance percentage")
);
stap!(
    LKS_BIJ_100,
    "lks_bij_100",
    tekst!("Subsidie met werkgeverslasten bij een subsidiepercentage van 100%" => "Subsidy with employer charges at a subsidy percentage of 100%"),
    tekst!("minimumloon met vakantiebijslag per jaar voor deze uren × (1 + percentage vergoeding werkgeverslasten)" => "minimum wage with holiday allowance per year for these hours × (1 + employer charges allowance percentage)")
);
stap!(
    LKS_PLAFOND,
    "lks_plafond",
    tekst!("Hoogste loonkostensubsidie (met werkgeverslasten)" => "Highest wage cost subsidy (with employer charges)"),
    tekst!("wettelijk maximum × subsidie bij een subsidiepercentage van 100%" => "legal maximum × subsidy at a subsidy percentage of 100%")
);
stap!(
    LKS_PLAFOND_BINNEN,
    "lks_plafond",
    tekst!("Hoogste loonkostensubsidie (vergoeding werkgeverslasten binnen het maximum)" => "Highest wage cost subsidy (employer charges allowance within the maximum)"),
    tekst!("wettelijk maximum × minimumloon met vakantiebijslag per jaar voor deze uren" => "legal maximum × minimum wage with holiday allowance per year for these hours")
);
stap!(
    LKS_METING,
    "lks_meting",
    tekst!("Loonkostensubsidie na meting" => "Wage cost subsidy after measurement"),
    tekst!("loonkostensubsidie + vergoeding werkgeverslasten" => "wage cost subsidy + allowance for employer charges")
);
stap!(
    LKS_VOOR_MAXIMUM,
    "lks_voor_maximum",
    tekst!("Loonkostensubsidie met werkgeverslasten, voor het maximum" => "Wage cost subsidy with employer charges, before the maximum"),
    tekst!("loonkostensubsidie + vergoeding werkgeverslasten" => "wage cost subsidy + allowance for employer charges")
);
stap!(
    LKS_METING_BINNEN,
    "lks_meting",
    tekst!("Loonkostensubsidie na meting" => "Wage cost subsidy after measurement"),
    tekst!("het kleinste van: loonkostensubsidie met werkgeverslasten en de hoogste loonkostensubsidie" => "the smaller of: wage cost subsidy with employer charges and the highest wage cost subsidy")
);
stap!(
    FORFAIT_GRONDSLAG_B,
    "forfait_grondslag",
    tekst!("Minimumloon zonder vakantiebijslag per jaar voor deze uren (lezing B)" => "Minimum wage without holiday allowance per year for these hours (reading B)"),
    tekst!("minimumloon met vakantiebijslag per jaar voor deze uren ÷ (1 + vakantiebijslag)" => "minimum wage with holiday allowance per year for these hours ÷ (1 + holiday allowance)")
);
stap!(
    FORFAIT_KERN,
    "forfait_kern",
    tekst!("Forfait zonder werkgeverslasten" => "Fixed subsidy without employer charges"),
    tekst!("forfaitpercentage × grondslag per jaar (lezing A en C: met vakantiebijslag; lezing B: zonder)" => "fixed percentage × base per year (readings A and C: with holiday allowance; reading B: without)")
);
stap!(
    LKS_FORFAIT,
    "lks_forfait",
    tekst!("Forfaitaire loonkostensubsidie (voorgenomen)" => "Fixed wage cost subsidy (planned)"),
    tekst!("forfait × (1 + percentage vergoeding werkgeverslasten)" => "fixed subsidy × (1 + employer charges allowance percentage)")
);
stap!(
    LKS_FORFAIT_C,
    "lks_forfait",
    tekst!("Forfaitaire loonkostensubsidie (voorgenomen, lezing C)" => "Fixed wage cost subsidy (planned, reading C)"),
    tekst!("het forfait, zonder aparte vergoeding werkgeverslasten" => "the fixed subsidy, without a separate employer charges allowance")
);
stap!(
    LKS_LID5,
    "lks_lid5",
    tekst!("Forfait eerste 6 maanden (zonder meting)" => "Fixed subsidy for the first 6 months (without measurement)"),
    tekst!("forfaitpercentage lid 5 × minimumloon met vakantiebijslag per jaar voor deze uren × (1 + percentage vergoeding werkgeverslasten)" => "lid 5 fixed percentage × minimum wage with holiday allowance per year for these hours × (1 + employer charges allowance percentage)")
);
stap!(
    LKV_UREN,
    "lkv_uren",
    tekst!("Loonkostenvoordeel voor alle verloonde uren" => "Wage cost benefit for all paid hours"),
    tekst!("bedrag per uur × uren per week × 52 weken" => "amount per hour × hours per week × 52 weeks")
);
stap!(
    LKV,
    "lkv",
    tekst!("Loonkostenvoordeel banenafspraak" => "Wage cost benefit for the jobs agreement"),
    tekst!("loonkostenvoordeel voor alle uren, hoogstens het maximum per jaar" => "wage cost benefit for all hours, at most the maximum per year")
);
stap!(
    NETTO_METING,
    "nettokosten_meting",
    tekst!("Wat u zelf betaalt (meting)" => "What you pay yourself (measurement)"),
    tekst!("loonkosten − loonkostensubsidie na meting − loonkostenvoordeel" => "wage cost − wage cost subsidy after measurement − wage cost benefit")
);
stap!(
    NETTO_FORFAIT,
    "nettokosten_forfait",
    tekst!("Wat u zelf betaalt (forfait)" => "What you pay yourself (fixed subsidy)"),
    tekst!("loonkosten − forfaitaire loonkostensubsidie − loonkostenvoordeel" => "wage cost − fixed wage cost subsidy − wage cost benefit")
);
stap!(
    OMSLAG_VERHOUDING,
    "omslag_verhouding",
    tekst!("Forfait als deel van de subsidie bij 100%" => "Fixed subsidy as a share of the subsidy at 100%"),
    tekst!("forfaitaire loonkostensubsidie ÷ subsidie bij een subsidiepercentage van 100%" => "fixed wage cost subsidy ÷ subsidy at a subsidy percentage of 100%")
);
stap!(
    OMSLAGPUNT,
    "omslagpunt",
    tekst!("Omslagpunt loonwaarde" => "Break-even loonwaarde"),
    tekst!("100% − (forfait ÷ subsidie bij een subsidiepercentage van 100%); boven dit punt geeft het forfait meer" => "100% − (fixed subsidy ÷ subsidy at a subsidy percentage of 100%); above this point the fixed subsidy gives more")
);
}

/// Labels of inputs in the trail.
pub mod invoer {
    /// Peildatum.
    pub const DATUM: &str = tekst!("Peildatum" => "Reference date");
    /// Age.
    pub const LEEFTIJD: &str = tekst!("Leeftijd" => "Age");
    /// Hours.
    pub const UREN: &str = tekst!("Uren per week" => "Hours per week");
    /// Full-time week.
    pub const VOLTIJD: &str = tekst!("Volledige werkweek in de sector" => "Full working week in the sector");
    /// Loonwaarde.
    pub const LOONWAARDE: &str = tekst!("Loonwaarde" => "Loonwaarde");
    /// Wage the user entered.
    pub const UURLOON: &str = tekst!("Uurloon dat u invulde" => "Hourly wage you entered");
    /// The hourly minimum wage for 21 and older (a youth wage is made from it past the table).
    pub const WML_21: &str =
        tekst!("Wettelijk minimumuurloon 21 jaar en ouder" => "Statutory minimum hourly wage for 21 and older");
    /// Youth percentage.
    pub const JEUGD: &str =
        tekst!("Percentage minimumjeugdloon voor deze leeftijd" => "Youth minimum wage percentage for this age");
    /// RML on the date the running subsidy rests on.
    pub const RML_LKS: &str = tekst!("Minimumloon per maand (21+) op de datum waarop de subsidie rust" => "Monthly minimum wage (21+) on the date the subsidy rests on");
    /// RML at the grant.
    pub const RML_TOEKENNING: &str = tekst!("Minimumloon per maand (21+) op de datum van toekenning" => "Monthly minimum wage (21+) on the date of the grant");
    /// RML on 1 January of the peildatum's year.
    pub const RML_JANUARI: &str = tekst!("Minimumloon per maand (21+) op 1 januari van dit jaar" => "Monthly minimum wage (21+) on 1 January of this year");
    /// RML on 1 January of the grant year.
    pub const RML_JANUARI_TOEKENNING: &str = tekst!("Minimumloon per maand (21+) op 1 januari van het jaar van toekenning" => "Monthly minimum wage (21+) on 1 January of the year of the grant");
    /// Percentage that replaces the pension estimate.
    pub const PENSIOEN: &str = tekst!("Pensioenpremie werkgever (% van loon + vakantiebijslag)" => "Employer pension premium (% of wage + holiday allowance)");
}

/// Assumptions shown when a field was left empty.
pub mod aanname {
    /// No date: today.
    pub const DATUM: &str = tekst!("We rekenen met de datum van vandaag." => "We use today's date.");
    /// The turn of the year: the age is taken to stay the same (no birthday month given).
    pub const JAARWISSEL_LEEFTIJD: &str = tekst!("We nemen aan dat de werknemer in januari even oud is als in december. Is hij in december jarig? Vul dan de maand van de verjaardag in bij ‘Het jaar in één overzicht’." => "We assume the employee is the same age in January as in December. Is the birthday in December? Then enter the birthday month under ‘The year at a glance’.");
    /// The turn of the year with a subsidy that is new in January.
    pub const JAARWISSEL_NIEUW: &str = tekst!("De subsidie is nieuw in januari. December laat zien wat die subsidie was geweest als hij op 1 december was toegekend." => "The subsidy is new in January. December shows what that subsidy would have been if it had been granted on 1 December.");
    /// Announced values used (the default, docs/adr/0024).
    pub const AANGEKONDIGD: &str = tekst!("We rekenen met aangekondigde waarden: besluiten van het kabinet met een datum die nog niet officieel gepubliceerd zijn. Wilt u alleen gepubliceerde en laatst bekende waarden? Kies dat bij ‘Meer instellingen’." => "We calculate with announced values: government decisions with a date that are not officially published yet. Do you want only published and last known values? Choose that under ‘More settings’.");
    /// Announced values left out by choice.
    pub const NIET_AANGEKONDIGD: &str = tekst!("U rekent zonder aangekondigde waarden: alleen met gepubliceerde en laatst bekende waarden. Met de aangekondigde waarden worden de bedragen anders." => "You calculate without announced values: only with published and last known values. With the announced values the amounts are different.");
    /// Past the tables without a choice: provisional (ADR 0013).
    pub const VOORLOPIG: &str = tekst!("Voor deze datum kent de rekenhulp nog niet alle bedragen. We rekenen voorlopig met de laatst bekende. Weet u een nieuwe waarde? Vul die zelf in." => "The calculator does not know all amounts for this date yet. We calculate provisionally with the last known ones. Do you know a new value? Enter it yourself.");
    /// No age: (Dutch, English).
    pub fn leeftijd(jaar: u8, taal: crate::Taal) -> String {
        crate::engels::vul(
            tekst!("We nemen aan dat de werknemer {0} jaar of ouder is." => "We assume the employee is {0} or older."),
            taal,
            &[&jaar.to_string()],
        )
    }
    /// No hours: (Dutch, English).
    pub fn uren(uren: &str, taal: crate::Taal) -> String {
        crate::engels::vul(tekst!("We nemen {0} uur per week aan." => "We assume {0} hours per week."), taal, &[uren])
    }
    /// No loonwaarde: (Dutch, English).
    pub fn loonwaarde(procent: u8, taal: crate::Taal) -> String {
        crate::engels::vul(
            tekst!("We nemen een loonwaarde van {0}% aan." => "We assume a loonwaarde of {0}%."),
            taal,
            &[&procent.to_string()],
        )
    }
    /// Full-time week of a regular employer unknown.
    pub const VOLTIJD_REGULIER: &str = tekst!("We nemen aan dat de uren niet boven de volledige werkweek in uw sector liggen." => "We assume the hours are not above the full working week in your sector.");
    /// Full-time week from the cao.
    pub const VOLTIJD_CAO: &str = tekst!("We nemen de volledige werkweek van de cao Aan de Slag." => "We use the full working week of the collective agreement Aan de Slag.");
    /// Contract.
    pub const CONTRACT: &str = tekst!("We nemen een tijdelijk contract aan (hoge WW-premie)." => "We assume a fixed-term contract (high unemployment premium).");
    /// Employer kind.
    pub const WERKGEVER: &str = tekst!("We nemen een sociaal ontwikkelbedrijf (cao Aan de Slag) aan." => "We assume a social development company (collective agreement Aan de Slag).");
    /// Public employer.
    pub const OVERHEID_JA: &str = tekst!("We nemen aan dat de werkgever een overheidswerkgever is (Ufo-premie)." => "We assume the employer is a public employer (Ufo premium).");
    /// Not a public employer.
    pub const OVERHEID_NEE: &str = tekst!("We nemen aan dat de werkgever geen overheidswerkgever is (geen Ufo-premie)." => "We assume the employer is not a public employer (no Ufo premium).");
    /// Size.
    pub const OMVANG: &str = tekst!("We nemen een middelgrote of grote werkgever aan (hoge Aof-premie)." => "We assume a medium-sized or large employer (high Aof premium).");
    /// Beschut werk.
    pub const BESCHUT: &str =
        tekst!("We nemen aan dat het om beschut werk gaat." => "We assume this is sheltered work (beschut werk).");
    /// Forfait reading.
    pub const FORFAIT: &str = tekst!("Voor het voorgenomen forfait gebruiken we lezing A: een percentage van minimumloon plus vakantiebijslag, plus de vergoeding voor werkgeverslasten." => "For the planned fixed subsidy we use reading A: a percentage of minimum wage plus holiday allowance, plus the allowance for employer charges.");
    /// Wage.
    pub const LOON: &str =
        tekst!("We nemen aan dat u het minimumloon betaalt." => "We assume you pay the minimum wage.");
    /// Cao scale.
    pub const SCHAAL: &str = tekst!("We nemen schaal 1 van de cao Aan de Slag (het minimumloon)." => "We use scale 1 of the collective agreement Aan de Slag (the minimum wage).");
    /// Too young for the pension scheme.
    pub const PENSIOEN_TE_JONG: &str = tekst!("De werknemer is jonger dan de leeftijd waarop de pensioenregeling begint. We rekenen zonder pensioenpremie; vul zelf een percentage in als dat anders is." => "The employee is younger than the age at which the pension scheme starts. We calculate without a pension premium; enter a percentage yourself if that is different.");
    /// Year overview: no year or start given.
    pub const JAAR_PEILDATUM: &str = tekst!("Het jaaroverzicht gaat over het kalenderjaar van de peildatum." => "The year overview covers the calendar year of the reference date.");
    /// Year overview: a new subsidy starts at the beginning of the overview (or the start of work).
    pub const JAAR_NIEUW: &str = tekst!("In het jaaroverzicht is de subsidie nieuw op de eerste dag van het overzicht (of op de eerste werkdag). Daarna loopt die: hij stijgt pas op 1 januari mee met het minimumloon. De bedragen bovenaan rekenen met een subsidie die nieuw is op de peildatum; is de subsidie op een andere dag toegekend, kies dan ‘loopt al’ en vul de datum van toekenning in." => "In the year overview the subsidy is new on the first day of the overview (or on the first working day). After that it is running: it only rises with the minimum wage on 1 January. The amounts above use a subsidy that is new on the reference date; if the subsidy was granted on another day, choose ‘already running’ and enter the date of the grant.");
    /// Year overview: lid 5 only for a new placement.
    pub const JAAR_LID5_LOPEND: &str = tekst!("Het forfait van 50% voor de eerste zes maanden geldt alleen bij een nieuwe plaatsing. De subsidie loopt al, dus we rekenen met de meting." => "The 50% fixed subsidy for the first six months only applies to a new placement. The subsidy is already running, so we calculate with the measurement.");
    /// Year overview: holiday allowance accrued.
    pub const JAAR_VB_OPBOUW: &str = tekst!("We zetten de vakantiebijslag elke maand apart (opbouw). Kiest u een maand van uitbetaling, dan staat de vakantiebijslag van de twaalf maanden in die maand." => "We set the holiday allowance aside each month (accrual). If you choose a month of payment, the holiday allowance of the twelve months is shown in that month.");
    /// Year overview: one-off in December.
    pub const JAAR_EENMALIG_DECEMBER: &str = tekst!("We nemen aan dat de eenmalige uitkering van de cao in december wordt betaald." => "We assume the one-off payment of the collective agreement is paid in December.");
    /// Year overview: a start in the middle of a month.
    pub const JAAR_START_HELE_MAAND: &str = tekst!("De werknemer begint niet op de eerste van de maand. In het jaaroverzicht telt die maand als een hele maand." => "The employee does not start on the first of the month. In the year overview that month counts as a whole month.");
    /// Pension.
    pub const PENSIOEN: &str = tekst!("De pensioenpremie is een schatting met oude cijfers van pensioenfonds PWRI. Bij deeltijd tellen we de franchise naar rato van de uren. Vul zelf een percentage in als u het echte cijfer weet." => "The pension premium is an estimate based on old figures of the PWRI pension fund. For part-time work we count the franchise pro rata to the hours. Enter a percentage yourself if you know the real figure.");
    /// New or running subsidy not given.
    pub const SUBSIDIE_NIEUW: &str = tekst!("We nemen aan dat de subsidie nieuw is: toegekend op de peildatum. Loopt de subsidie al langer? Kies dan ‘loopt al’ en vul de datum van toekenning in. Een lopende subsidie stijgt alleen op 1 januari mee met het minimumloon." => "We assume the subsidy is new: granted on the reference date. Has the subsidy been running for longer? Then choose ‘already running’ and enter the date of the grant. A running subsidy only rises with the minimum wage on 1 January.");
    /// Lid 7 reading for a grant after 1 July of an earlier year.
    pub const LID7_HERIJKEN: &str = tekst!("De subsidie is na 1 juli van een eerder jaar toegekend. We nemen aan dat de gemeente de subsidie op 1 januari opnieuw berekent met het minimumloon van 1 januari. De letterlijke wettekst kan ook zo gelezen worden dat de subsidie stijgt met de verhoging van het hele afgelopen jaar; die lezing kunt u kiezen bij ‘Meer instellingen’." => "The subsidy was granted after 1 July of an earlier year. We assume the municipality recalculates the subsidy on 1 January with the minimum wage of 1 January. The literal text of the law can also be read as: the subsidy rises by the increase of the whole past year; you can choose that reading under ‘More settings’.");
    /// Werkgeverslasten outside the cap.
    pub const WGL_BUITEN_MAXIMUM: &str = tekst!("We tellen de vergoeding voor werkgeverslasten (23,5%) op bóvenop het maximum van 70%, zoals gemeenten dat doen. Volgens een andere lezing valt de vergoeding binnen het maximum; dat geeft hier minder subsidie. U kunt die lezing kiezen bij ‘Meer instellingen’." => "We add the employer charges allowance (23,5%) on top of the 70% maximum, as municipalities do. Under another reading the allowance falls within the maximum; that gives less subsidy here. You can choose that reading under ‘More settings’.");
    /// Youth: monthly base.
    pub const JEUGD_MAAND: &str = tekst!("De werknemer is jonger dan 21. Voor de subsidie nemen we het percentage voor deze leeftijd van het minimumloon per maand. De wet noemt dit maandbedrag niet apart; het is onze lezing." => "The employee is younger than 21. For the subsidy we take the percentage for this age of the monthly minimum wage. The law does not state this monthly amount separately; it is our reading.");
    /// Cao 36 hours without loss of wage.
    pub const CAO_36_UUR: &str = tekst!("Vanaf 2027 is de volledige werkweek in de cao Aan de Slag 36 uur, zonder loonverlies. We lezen dat zo: het uurloon van schaal 1 stijgt met 37/36, zodat iemand met een volledige werkweek hetzelfde loon houdt." => "From 2027 the full working week in the cao Aan de Slag is 36 hours, without loss of pay. We read that as: the hourly wage of scale 1 rises by 37/36, so that someone with a full working week keeps the same pay.");
}

/// Warnings.
pub mod waarschuwing {
    /// The forfait is only a plan.
    pub const FORFAIT_VOORGENOMEN: &str = tekst!("Het forfait is nog geen wet. Het kabinet wil het invoeren. Hoe het precies wordt berekend, is nog niet bekend." => "The fixed subsidy is not law yet. The government plans to introduce it. How exactly it will be calculated is not known yet.");
    /// Wage below WML.
    pub const LOON_ONDER_WML: &str = tekst!("Het uurloon dat u invulde is lager dan het minimumloon. U moet minstens het minimumloon betalen; we rekenen daarmee." => "The hourly wage you entered is lower than the minimum wage. You must pay at least the minimum wage; we calculate with that.");
    /// Hours above the full-time week.
    pub const UREN_BOVEN_VOLTIJD: &str = tekst!("De uren boven de volledige werkweek in de sector tellen niet mee voor de loonkostensubsidie." => "Hours above the full working week in the sector do not count for the wage cost subsidy.");
    /// Loonwaarde below 30%.
    pub const ONDER_MAXIMUM: &str = tekst!("Bij deze lage loonwaarde krijgt u het wettelijke maximum aan loonkostensubsidie. Een lagere loonwaarde geeft niet meer subsidie." => "At this low loonwaarde you get the legal maximum wage cost subsidy. A lower loonwaarde does not give more subsidy.");
    /// Lid 7 rule applied and the base is lower than today's minimum wage.
    pub const LID_7: &str = tekst!("De loonkostensubsidie loopt al. Die volgt het minimumloon alleen op 1 januari (art. 10d lid 7). De verhoging van 1 juli betaalt u zelf tot 1 januari." => "The wage cost subsidy is already running. It follows the minimum wage only on 1 January (art. 10d lid 7). You pay the 1 July rise yourself until 1 January.");
    /// Provisional values used.
    pub const VOORLOPIG: &str = tekst!("Voorlopige berekening: voor deze datum zijn nog niet alle waarden bekend. We rekenen met de laatst bekende waarden. Bedragen met ‘voorlopig’ kunnen nog veranderen." => "Provisional calculation: not all values are known for this date yet. We calculate with the last known values. Amounts marked ‘provisional’ may still change.");
    /// Announced values used (docs/adr/0024).
    pub const AANGEKONDIGD: &str = tekst!("Aangekondigde waarden: voor deze datum rekenen we met waarden die het kabinet heeft aangekondigd, maar die nog niet officieel gepubliceerd zijn. Bedragen met ‘voorlopig’ kunnen nog veranderen." => "Announced values: for this date we calculate with values the government has announced but that are not officially published yet. Amounts marked ‘provisional’ may still change.");
    /// Forfait for a non-beschut job.
    pub const FORFAIT_NIET_BESCHUT: &str = tekst!("Het voorgenomen forfait is alleen voor beschut werk. Voor deze baan is het een wat-als-berekening." => "The planned fixed subsidy is only for sheltered work. For this job it is a what-if calculation.");
    /// Cao with a regular employer.
    pub const CAO_REGULIER: &str = tekst!("De cao Aan de Slag geldt voor sociaal ontwikkelbedrijven en gemeenten. Klopt het dat deze cao geldt?" => "The collective agreement Aan de Slag applies to social development companies and municipalities. Is it right that this agreement applies?");
    /// Premium wage capped.
    pub const MAXIMUM_PREMIELOON: &str = tekst!("Het loon ligt boven het maximumpremieloon. Over het deel erboven betaalt u geen premies." => "The wage is above the maximum premium wage. You pay no premiums on the part above it.");
    /// Scale amount given for scale 1.
    pub const SCHAAL_1_BEDRAG: &str = tekst!("Schaal 1 is het minimumloon. Het uurloon dat u invulde gebruiken we niet." => "Scale 1 is the minimum wage. We do not use the hourly wage you entered.");
}

/// Fixed explanations.
pub mod uitleg {
    /// LKV not applicable to beschut werk.
    pub const LKV_BESCHUT: &str = tekst!("Niet van toepassing: voor een beschutte werkplek (Participatiewet art. 10b) bestaat geen loonkostenvoordeel (Wet tegemoetkomingen loondomein art. 2.6 en 2.10)." => "Not applicable: there is no wage cost benefit for a sheltered workplace (Participatiewet art. 10b) (Wet tegemoetkomingen loondomein art. 2.6 and 2.10).");
    /// LKV banenafspraak.
    pub const LKV_BANENAFSPRAAK: &str = tekst!("Loonkostenvoordeel banenafspraak, als de werknemer in het doelgroepregister staat. U krijgt het het jaar erna uitbetaald." => "Wage cost benefit for the jobs agreement, if the employee is in the target group register. It is paid to you the year after.");
    /// No-riskpolis.
    pub const NO_RISKPOLIS: &str = tekst!("No-riskpolis: wordt de werknemer ziek, dan kan UWV een Ziektewet-uitkering aan u betalen (Ziektewet art. 29b). Dat zit niet in deze bedragen." => "No-risk policy: if the employee is ill, UWV can pay a sickness benefit to you (Ziektewet art. 29b). This is not in these amounts.");
    /// The werkgeverslasten percentage: one public model uses another value (found-2026-12 §3).
    pub const WGL_TEGENSPRAAK: &str = tekst!("Let op: een openbaar rekenmodel van MinBZK (scenario Financieel CV, oktober 2026) rekent met 25% werkgeverslasten. De Regeling loonkostensubsidie Participatiewet 2021 (artikel 1) zegt 23,5%. Een regeling die 25% vaststelt hebben we niet gevonden. Daarom rekenen we met 23,5%. Rekent uw gemeente met een ander percentage? Vul dat in bij ‘Meer instellingen’." => "Note: a public calculation model by MinBZK (Financieel CV scenario, October 2026) uses 25% employer charges. The Regeling loonkostensubsidie Participatiewet 2021 (article 1) says 23,5%. We found no regulation that sets 25%. So we calculate with 23,5%. Does your municipality use another percentage? Enter it under ‘More settings’.");
    /// Scope.
    pub const NIET_INBEGREPEN: &str = tekst!("Niet in deze berekening: begeleiding en jobcoach, aanpassingen van de werkplek, ziekte en de no-riskpolis, ziekteverzuim en vervanging, verlof boven het wettelijke, reiskosten, de loonheffing van de werknemer, en afspraken die uw gemeente zelf maakt." => "Not in this calculation: guidance and job coach, workplace adjustments, illness and the no-risk policy, absence and replacement, leave above the legal minimum, travel costs, the employee's wage tax, and arrangements your municipality makes itself.");
}

/// The break-even sentence, right at the boundary: a loonwaarde is set in whole percents
/// (Besluit LKS Pw 2021 art. 3 lid 1), so a break-even between two whole percents is said as
/// "up to and including n%" and "from n+1%", with the exact point.
pub fn omslagzin(lw: rust_decimal::Decimal, taal: crate::Taal) -> String {
    use crate::getal::procent;
    let honderd = lw * rust_decimal::Decimal::ONE_HUNDRED;
    let onder = honderd.floor().normalize().to_string();
    let boven = (honderd.floor() + rust_decimal::Decimal::ONE).normalize().to_string();
    if honderd.fract().is_zero() {
        crate::engels::vul(OMSLAG_HEEL, taal, &[&onder])
    } else {
        crate::engels::vul(OMSLAG_TUSSEN, taal, &[&onder, &boven, &procent(lw, 2)])
    }
}

/// Break-even at a whole percent.
pub const OMSLAG_HEEL: &str = tekst!("Is de loonwaarde lager dan {0}%, dan krijgt u meer subsidie met een meting. Bij precies {0}% zijn meting en forfait gelijk. Is de loonwaarde hoger, dan krijgt u meer met het forfait." => "If the loonwaarde is below {0}%, you get more subsidy with a measurement. At exactly {0}% both are equal. If it is higher, you get more with the fixed subsidy.");
/// Break-even between two whole percents.
pub const OMSLAG_TUSSEN: &str = tekst!("Bij een loonwaarde tot en met {0}% krijgt u meer subsidie met een meting; vanaf {1}% krijgt u meer met het forfait. Het omslagpunt ligt bij {2}." => "With a loonwaarde up to and including {0}% you get more subsidy with a measurement; from {1}% you get more with the fixed subsidy. The break-even point is {2}.");

/// Where the monthly minimum wage of the subsidy base came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grondslagherkomst {
    /// From the table, valid from a date.
    Vanaf(crate::Datum),
    /// The last known value (provisional), valid from a date.
    Voorlopig(crate::Datum),
    /// An announced value, for a date.
    Aangekondigd(crate::Datum),
    /// Typed in by the user.
    Zelf,
}

/// Added to the base sentence for a running subsidy.
pub const GRONDSLAG_LOPEND: &str =
    tekst!(", het bedrag waarop de lopende subsidie rust (lid 7)" => ", the amount a running subsidy rests on (lid 7)");

/// The subsidy base in one sentence (see `Uitkomst::grondslag_lks`). `jeugd`: the youth
/// percentage, and the date of its scale when that scale is announced.
pub fn grondslag_zin(
    maand: rust_decimal::Decimal,
    vb: rust_decimal::Decimal,
    jeugd: Option<(rust_decimal::Decimal, Option<crate::Datum>)>,
    lopend: bool,
    herkomst: Option<Grondslagherkomst>,
    taal: crate::Taal,
) -> String {
    use crate::engels::{vertaal, vul};
    use crate::getal::{euro, procent};
    let mut s = vul(grondslag::BASIS, taal, &[&euro(maand)]);
    s.push_str(&match herkomst {
        Some(Grondslagherkomst::Vanaf(d)) => vul(grondslag::VANAF, taal, &[&d.nl()]),
        Some(Grondslagherkomst::Voorlopig(d)) => vul(grondslag::VOORLOPIG, taal, &[&d.nl()]),
        Some(Grondslagherkomst::Aangekondigd(d)) => vul(grondslag::AANGEKONDIGD, taal, &[&d.nl()]),
        Some(Grondslagherkomst::Zelf) => vertaal(grondslag::ZELF, taal).to_string(),
        None => String::new(),
    });
    if lopend {
        s.push_str(vertaal(GRONDSLAG_LOPEND, taal));
    }
    s.push_str(&vul(grondslag::VAKANTIEBIJSLAG, taal, &[&procent(vb, 2)]));
    match jeugd {
        Some((p, Some(aangekondigd))) => {
            s.push_str(&vul(grondslag::JEUGD_AANGEKONDIGD, taal, &[&procent(p, 2), &aangekondigd.nl()]))
        }
        Some((p, None)) => s.push_str(&vul(grondslag::JEUGD, taal, &[&procent(p, 2)])),
        None => {}
    }
    s.push('.');
    s
}

/// The parts of the base sentence.
pub mod grondslag {
    /// The monthly amount.
    pub const BASIS: &str = tekst!("Grondslag van de subsidie: minimumloon per maand (referentiemaandloon) {0}" => "Base of the subsidy: monthly minimum wage (reference monthly wage) {0}");
    /// From the table.
    pub const VANAF: &str = tekst!(" (geldt vanaf {0})" => " (since {0})");
    /// Provisional.
    pub const VOORLOPIG: &str =
        tekst!(" (voorlopig: laatst bekende waarde, vanaf {0})" => " (provisional: last known value, since {0})");
    /// Announced.
    pub const AANGEKONDIGD: &str = tekst!(" (aangekondigd vanaf {0}, nog niet officieel gepubliceerd)" => " (announced from {0}, not officially published yet)");
    /// Typed in.
    pub const ZELF: &str = tekst!(" (zelf ingevuld)" => " (entered by you)");
    /// Holiday allowance.
    pub const VAKANTIEBIJSLAG: &str = tekst!(" + {0} vakantiebijslag" => " + {0} holiday allowance");
    /// Youth percentage.
    pub const JEUGD: &str = tekst!(", × {0} voor deze leeftijd" => ", × {0} for this age");
    /// Youth percentage of an announced scale (docs/adr/0024).
    pub const JEUGD_AANGEKONDIGD: &str = tekst!(", × {0} voor deze leeftijd (aangekondigde staffel, vanaf {1})" => ", × {0} for this age (announced scale, from {1})");
}

/// Reports about a link (`scenario::Melding`).
pub mod link {
    /// Unknown key.
    pub const ONBEKEND: &str =
        tekst!("‘{0}’ kennen we niet; we hebben het overgeslagen." => "We do not know ‘{0}’; we skipped it.");
    /// Invalid value: key, value, the field's message (the command line, where keys are typed).
    pub const ONGELDIG: &str = tekst!("‘{0}={1}’ is niet geldig: {2}" => "‘{0}={1}’ is not valid: {2}");
    /// Invalid value: the field's question, the value as written, the field's message.
    pub const ONGELDIG_VRAAG: &str = tekst!("{0}: ‘{1}’ is niet geldig. {2}" => "{0}: ‘{1}’ is not valid. {2}");
    /// Repeated key.
    pub const DUBBEL: &str = tekst!("‘{0}’ staat er meer dan één keer in; we gebruiken de eerste waarde." => "‘{0}’ appears more than once; we use the first value.");
    /// Unknown version: the version, the version read.
    pub const VERSIE: &str = tekst!("Versie ‘{0}’ kennen we niet; we lezen de link als versie {1}." => "We do not know version ‘{0}’; we read the link as version {1}.");
    /// Too long.
    pub const TE_LANG: &str = tekst!("De link is te lang; het laatste deel hebben we overgeslagen." => "The link is too long; we skipped the last part.");
}

/// Error texts.
pub mod fout {
    /// Missing parameter after the known date.
    pub const NA_BEKEND: &str =
        tekst!("Voor deze datum is de waarde nog niet bekend." => "The value for this date is not known yet.");
    /// Missing after the known date: label, [`NA_BEKEND`], known up to, peildatum.
    pub const ONTBREEKT_NA: &str = tekst!("{0}: {1} De rekenhulp kent waarden tot en met {2}; de peildatum is {3}. Vul de waarde zelf in." => "{0}: {1} The calculator knows values up to and including {2}; the reference date is {3}. Enter the value yourself.");
    /// Missing before the first date: label, [`VOOR_EERSTE`], first date, peildatum.
    pub const ONTBREEKT_VOOR: &str = tekst!("{0}: {1} De rekenhulp heeft waarden vanaf {2}; de peildatum is {3}." => "{0}: {1} The calculator has values from {2}; the reference date is {3}.");
    /// Missing parameter before the first known date.
    pub const VOOR_EERSTE: &str =
        tekst!("Voor deze datum heeft de rekenhulp geen waarde." => "The calculator has no value for this date.");
    /// Own wage missing.
    pub const UURLOON_NODIG: &str = tekst!("Vul het uurloon in." => "Enter the hourly wage.");
    /// Scale wage missing.
    pub const SCHAALLOON_NODIG: &str = tekst!("Vul het uurloon van deze schaal in. De loontabel van de cao Aan de Slag staat niet in de rekenhulp." => "Enter the hourly wage of this scale. The wage table of the collective agreement Aan de Slag is not in the calculator.");
    /// Running subsidy without a grant date.
    pub const TOEKENNING_NODIG: &str = tekst!("Vul de datum in waarop de subsidie is toegekend." => "Enter the date on which the subsidy was granted.");
    /// Grant after the peildatum.
    pub const TOEKENNING_NA_PEILDATUM: &str =
        tekst!("De datum van toekenning ligt na de peildatum." => "The date of the grant is after the reference date.");
}

/// "Wat verandert er op 1 januari?" (`jaarwissel.rs`): the lines and the reasons in B1 words.
pub mod jaarwissel {
    /// Gross wage.
    pub const BRUTOLOON: &str = tekst!("Brutoloon" => "Gross wage");
    /// Holiday allowance.
    pub const VAKANTIEBIJSLAG: &str = tekst!("Vakantiebijslag" => "Holiday allowance");
    /// The cao's year-end payment.
    pub const EINDEJAARSUITKERING: &str = tekst!("Eindejaarsuitkering cao" => "Year-end payment collective agreement");
    /// The cao's one-off payment.
    pub const EENMALIG: &str = tekst!("Eenmalige uitkering cao" => "One-off payment collective agreement");
    /// Pension.
    pub const PENSIOEN: &str = tekst!("Pensioenpremie werkgever" => "Employer pension premium");
    /// Wage costs.
    pub const LOONKOSTEN: &str = tekst!("Loonkosten" => "Wage cost");
    /// Measured subsidy.
    pub const LKS_METING: &str = tekst!("Subsidie met een meting" => "Subsidy with a measurement");
    /// Planned forfait.
    pub const LKS_FORFAIT: &str =
        tekst!("Subsidie met het forfait (voorgenomen)" => "Subsidy with the fixed subsidy (planned)");
    /// Lid 5.
    pub const LKS_LID5: &str = tekst!("Subsidie eerste zes maanden zonder meting (50%)" => "Subsidy first six months without a measurement (50%)");
    /// LKV.
    pub const LKV: &str = tekst!("Loonkostenvoordeel" => "Wage cost benefit");
    /// Net cost, measured.
    pub const NETTO_METING: &str =
        tekst!("Wat u zelf betaalt met een meting" => "What you pay yourself with a measurement");
    /// Net cost, forfait.
    pub const NETTO_FORFAIT: &str =
        tekst!("Wat u zelf betaalt met het forfait" => "What you pay yourself with the fixed subsidy");
    /// Reason: youth scale.
    pub const JEUGDSTAFFEL: &str = tekst!("Het minimumjeugdloon voor {0} jaar gaat omhoog: van {1} naar {2} van het minimumloon." => "The youth minimum wage for age {0} goes up: from {1} to {2} of the minimum wage.");
    /// Added when January's value is announced.
    pub const AANGEKONDIGD: &str = tekst!(" Aangekondigd door het kabinet, nog niet officieel gepubliceerd." => " Announced by the government, not officially published yet.");
    /// Reason: the minimum wage.
    pub const MINIMUMLOON: &str = tekst!("Het minimumloon (21 jaar en ouder) verandert op 1 januari: van {0} naar {1} per uur." => "The minimum wage (21 and older) changes on 1 January: from {0} to {1} per hour.");
    /// Reason: the monthly minimum wage the subsidy rests on.
    pub const SUBSIDIEGRONDSLAG: &str = tekst!("De subsidie rust in januari op een ander minimumloon per maand: {1} in plaats van {0}." => "In January the subsidy rests on another monthly minimum wage: {1} instead of {0}.");
    /// Reason: the cao's 36-hour week.
    pub const CAO_36_UUR: &str = tekst!("De volle werkweek in de cao Aan de Slag wordt 36 uur (was 37), zonder dat het loon daalt. Daarmee verandert ook welk deel van een volle week de werknemer werkt. Het pensioen en de uitkeringen van de cao gaan daarnaar." => "The full working week in the collective agreement Aan de Slag becomes 36 hours (was 37), without the wage going down. This also changes which part of a full week the employee works. The pension and the payments of the collective agreement follow that.");
    /// Reason: the cao's one-off payment.
    pub const CAO_EENMALIG: &str = tekst!("De eenmalige uitkering van de cao is in het nieuwe jaar anders (of stopt)." => "The one-off payment of the collective agreement is different in the new year (or stops).");
    /// Reason: the cao's year-end payment.
    pub const CAO_EINDEJAARS: &str = tekst!("De eindejaarsuitkering van de cao is in het nieuwe jaar anders." => "The year-end payment of the collective agreement is different in the new year.");
    /// Reason: lid 7.
    pub const LID_7: &str = tekst!("Een subsidie die al loopt, gaat op 1 januari mee met het minimumloon (Participatiewet art. 10d lid 7)." => "A subsidy that is already running follows the minimum wage on 1 January (Participatiewet art. 10d lid 7).");
    /// Reason: a birthday in December.
    pub const LEEFTIJD: &str = tekst!("De werknemer is jarig geweest: van {0} naar {1} jaar." => "The employee had a birthday: from {0} to {1} years.");
    /// Reason: a premium rate or another value.
    pub const WAARDE: &str = tekst!("{0}: van {1} naar {2}." => "{0}: from {1} to {2}.");
}
