//! The steps of a period (`uitkomst/periode.rs`): how each amount the page shows for an hour, a
//! month or a year is made from the exact yearly amounts, as the payslip and the gemeente's
//! beschikking round them (docs/adr/0021). The value after each label carries its period ("per
//! maand"), so one text serves every period.

use super::StapTekst;

/// The six premium lines, in the order of the payslip's premiums (`Strookbasis::premies`; the texts
/// do not import the parameters, so `uitkomst::periode` checks the length).
pub const PREMIES: &[StapTekst] = &[AWF, UFO, AOF, WKO, WHK, ZVW];

stappen! {
tabel 1;
stap!(
    BRUTOLOON,
    "brutoloon_periode",
    tekst!("Brutoloon op de loonstrook" => "Gross wage on the payslip"),
    tekst!("brutoloon per jaar ÷ de delen van het jaar (12 maanden; voor een uur: uren per week × 52 weken), afgerond op hele centen" => "gross wage per year ÷ the parts of the year (12 months; for an hour: hours per week × 52 weeks), rounded to whole cents")
);
stap!(
    VAKANTIEBIJSLAG,
    "vakantiebijslag_periode",
    tekst!("Vakantiebijslag op de loonstrook" => "Holiday allowance on the payslip"),
    tekst!("brutoloon op de loonstrook × percentage vakantiebijslag, afgerond op hele centen" => "gross wage on the payslip × holiday allowance percentage, rounded to whole cents")
);
stap!(
    EINDEJAARSUITKERING,
    "eindejaarsuitkering_periode",
    tekst!("Eindejaarsuitkering (cao) op de loonstrook" => "Year-end payment (collective agreement) on the payslip"),
    tekst!("eindejaarsuitkering × deeltijdfactor ÷ de delen van het jaar, afgerond op hele centen" => "year-end payment × part-time factor ÷ the parts of the year, rounded to whole cents")
);
stap!(
    EENMALIG,
    "eenmalig_periode",
    tekst!("Eenmalige uitkering (cao) op de loonstrook" => "One-off payment (collective agreement) on the payslip"),
    tekst!("eenmalige uitkering × deeltijdfactor ÷ de delen van het jaar, afgerond op hele centen" => "one-off payment × part-time factor ÷ the parts of the year, rounded to whole cents")
);
stap!(
    LOON,
    "loon_periode",
    tekst!("Loon op de loonstrook" => "Wage on the payslip"),
    tekst!("brutoloon + vakantiebijslag + cao-uitkeringen op de loonstrook" => "gross wage + holiday allowance + collective agreement payments on the payslip")
);
stap!(
    MAXIMUM_PREMIELOON,
    "maximum_premieloon_periode",
    tekst!("Maximumpremieloon van de periode" => "Maximum premium wage of the period"),
    tekst!("maximumpremieloon per jaar ÷ de delen van het jaar" => "maximum premium wage per year ÷ the parts of the year")
);
stap!(
    PREMIELOON,
    "premieloon_periode",
    tekst!("Loon waarover u in de periode premies betaalt" => "Wage you pay premiums on in the period"),
    tekst!("het kleinste van: loon op de loonstrook, maximumpremieloon van de periode" => "the smaller of: wage on the payslip, maximum premium wage of the period")
);
stap!(
    AWF,
    "awf_periode",
    tekst!("AWf-premie op de loonstrook" => "AWf premium on the payslip"),
    tekst!("premieloon van de periode × AWf-percentage, afgerond op hele centen" => "premium wage of the period × AWf rate, rounded to whole cents")
);
stap!(
    UFO,
    "ufo_periode",
    tekst!("Ufo-premie op de loonstrook" => "Ufo premium on the payslip"),
    tekst!("premieloon van de periode × Ufo-percentage, afgerond op hele centen" => "premium wage of the period × Ufo rate, rounded to whole cents")
);
stap!(
    AOF,
    "aof_periode",
    tekst!("Aof-premie op de loonstrook" => "Aof premium on the payslip"),
    tekst!("premieloon van de periode × Aof-percentage, afgerond op hele centen" => "premium wage of the period × Aof rate, rounded to whole cents")
);
stap!(
    WKO,
    "wko_periode",
    tekst!("Opslag kinderopvang op de loonstrook" => "Childcare surcharge on the payslip"),
    tekst!("premieloon van de periode × opslag kinderopvang, afgerond op hele centen" => "premium wage of the period × childcare surcharge, rounded to whole cents")
);
stap!(
    WHK,
    "whk_periode",
    tekst!("Whk-premie op de loonstrook" => "Whk premium on the payslip"),
    tekst!("premieloon van de periode × Whk-percentage, afgerond op hele centen" => "premium wage of the period × Whk rate, rounded to whole cents")
);
stap!(
    ZVW,
    "zvw_periode",
    tekst!("Werkgeversheffing Zvw op de loonstrook" => "Employer's Zvw levy on the payslip"),
    tekst!("premieloon van de periode × Zvw-percentage, afgerond op hele centen" => "premium wage of the period × Zvw rate, rounded to whole cents")
);
stap!(
    PREMIES_SAMEN,
    "premies_periode",
    tekst!("Premies werkgever op de loonstrook" => "Employer premiums on the payslip"),
    tekst!("de zes premies op de loonstrook bij elkaar" => "the six premiums on the payslip added up")
);
stap!(
    PENSIOENLOON,
    "pensioenloon_periode",
    tekst!("Loon voor het pensioen in de periode" => "Pensionable wage in the period"),
    tekst!("brutoloon + vakantiebijslag op de loonstrook" => "gross wage + holiday allowance on the payslip")
);
stap!(
    FRANCHISE,
    "franchise_periode",
    tekst!("Franchise van de periode" => "Franchise of the period"),
    tekst!("franchise naar rato van de uren ÷ de delen van het jaar" => "franchise pro rata to the hours ÷ the parts of the year")
);
stap!(
    BOVEN_FRANCHISE,
    "boven_franchise_periode",
    tekst!("Loon boven de franchise in de periode" => "Wage above the franchise in the period"),
    tekst!("loon voor het pensioen − franchise van de periode" => "pensionable wage − franchise of the period")
);
stap!(
    PENSIOENGRONDSLAG,
    "pensioengrondslag_periode",
    tekst!("Pensioengrondslag van de periode" => "Pension base of the period"),
    tekst!("loon boven de franchise in de periode, minimaal 0" => "wage above the franchise in the period, at least 0")
);
stap!(
    PENSIOEN,
    "pensioen_periode",
    tekst!("Pensioenpremie werkgever op de loonstrook" => "Employer pension premium on the payslip"),
    tekst!("deel werkgever × premie × pensioengrondslag van de periode, afgerond op hele centen" => "employer share × premium × pension base of the period, rounded to whole cents")
);
stap!(
    PENSIOEN_PERCENTAGE,
    "pensioen_periode",
    tekst!("Pensioenpremie werkgever op de loonstrook (uw percentage)" => "Employer pension premium on the payslip (your percentage)"),
    tekst!("loon voor het pensioen in de periode × het percentage dat u invulde, afgerond op hele centen" => "pensionable wage in the period × the percentage you entered, rounded to whole cents")
);
stap!(
    WERKGEVERSLASTEN,
    "werkgeverslasten_periode",
    tekst!("Werkgeverslasten op de loonstrook" => "Employer charges on the payslip"),
    tekst!("premies + pensioenpremie op de loonstrook" => "premiums + pension premium on the payslip")
);
stap!(
    LOONKOSTEN,
    "loonkosten_periode",
    tekst!("Loonkosten van de periode" => "Wage cost of the period"),
    tekst!("brutoloon + vakantiebijslag + cao-uitkeringen + werkgeverslasten, elk zoals op de loonstrook" => "gross wage + holiday allowance + collective agreement payments + employer charges, each as on the payslip")
);
stap!(
    LKS_METING,
    "lks_meting_periode",
    tekst!("Loonkostensubsidie na meting in de periode" => "Wage cost subsidy after measurement in the period"),
    tekst!("loonkostensubsidie na meting per jaar ÷ de delen van het jaar, één keer afgerond op hele centen (zoals de beschikking)" => "wage cost subsidy after measurement per year ÷ the parts of the year, rounded once to whole cents (as the decision does)")
);
stap!(
    LKS_FORFAIT,
    "lks_forfait_periode",
    tekst!("Forfaitaire loonkostensubsidie in de periode (voorgenomen)" => "Fixed wage cost subsidy in the period (planned)"),
    tekst!("forfaitaire loonkostensubsidie per jaar ÷ de delen van het jaar, één keer afgerond op hele centen" => "fixed wage cost subsidy per year ÷ the parts of the year, rounded once to whole cents")
);
stap!(
    LKS_LID5,
    "lks_lid5_periode",
    tekst!("Loonkostensubsidie eerste 6 maanden zonder meting, in de periode" => "Wage cost subsidy for the first 6 months without measurement, in the period"),
    tekst!("forfait eerste 6 maanden per jaar ÷ de delen van het jaar, één keer afgerond op hele centen" => "fixed subsidy for the first 6 months per year ÷ the parts of the year, rounded once to whole cents")
);
stap!(
    LKV,
    "lkv_periode",
    tekst!("Loonkostenvoordeel in de periode" => "Wage cost benefit in the period"),
    tekst!("loonkostenvoordeel per jaar ÷ de delen van het jaar, één keer afgerond op hele centen" => "wage cost benefit per year ÷ the parts of the year, rounded once to whole cents")
);
stap!(
    NETTO_METING,
    "nettokosten_meting_periode",
    tekst!("Wat u zelf betaalt met meting, in de periode" => "What you pay yourself with measurement, in the period"),
    tekst!("loonkosten − loonkostensubsidie na meting − loonkostenvoordeel, van de periode" => "wage cost − wage cost subsidy after measurement − wage cost benefit, of the period")
);
stap!(
    NETTO_METING_ZONDER_LKV,
    "nettokosten_meting_periode",
    tekst!("Wat u zelf betaalt met meting, in de periode" => "What you pay yourself with measurement, in the period"),
    tekst!("loonkosten − loonkostensubsidie na meting, van de periode (er is geen loonkostenvoordeel: € 0)" => "wage cost − wage cost subsidy after measurement, of the period (there is no wage cost benefit: € 0)")
);
stap!(
    NETTO_FORFAIT,
    "nettokosten_forfait_periode",
    tekst!("Wat u zelf betaalt met het forfait, in de periode" => "What you pay yourself with the fixed subsidy, in the period"),
    tekst!("loonkosten − forfaitaire loonkostensubsidie − loonkostenvoordeel, van de periode" => "wage cost − fixed wage cost subsidy − wage cost benefit, of the period")
);
stap!(
    NETTO_FORFAIT_ZONDER_LKV,
    "nettokosten_forfait_periode",
    tekst!("Wat u zelf betaalt met het forfait, in de periode" => "What you pay yourself with the fixed subsidy, in the period"),
    tekst!("loonkosten − forfaitaire loonkostensubsidie, van de periode (er is geen loonkostenvoordeel: € 0)" => "wage cost − fixed wage cost subsidy, of the period (there is no wage cost benefit: € 0)")
);
}
