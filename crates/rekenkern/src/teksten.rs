//! All Dutch text of the calculation (B1): step labels, formulas in words, messages.
//! The app's own interface text is in the app's `teksten.rs`; nothing else holds user text.

/// Label and formula of a step.
#[derive(Debug)]
pub struct StapTekst {
    /// Stable id.
    pub id: &'static str,
    /// Short label.
    pub label: &'static str,
    /// The formula in words.
    pub formule: &'static str,
}

macro_rules! stap {
    ($naam:ident, $id:literal, $label:literal, $formule:literal) => {
        #[doc = $label]
        pub const $naam: StapTekst = StapTekst { id: $id, label: $label, formule: $formule };
    };
}

stap!(
    UURLOON,
    "uurloon",
    "Bruto uurloon",
    "het loon per uur dat u betaalt, minimaal het minimumuurloon voor de leeftijd"
);
stap!(
    UURLOON_36,
    "uurloon",
    "Bruto uurloon (cao: 36 uur zonder loonverlies)",
    "minimumuurloon × werkweek waarvan het loon behouden blijft ÷ volledige werkweek"
);
stap!(BRUTOLOON, "brutoloon", "Brutoloon", "uurloon × uren per week × 52 weken");
stap!(VAKANTIEBIJSLAG, "vakantiebijslag", "Vakantiebijslag", "brutoloon × percentage vakantiebijslag");
stap!(
    UREN_VERHOUDING,
    "uren_verhouding",
    "Uren ten opzichte van een volledige werkweek",
    "uren per week ÷ volledige werkweek"
);
stap!(DEELTIJDFACTOR, "deeltijdfactor", "Deeltijdfactor", "uren per week ÷ volledige werkweek, hoogstens 1");
stap!(
    CAO_VOLTIJD,
    "cao_voltijd",
    "Cao-uitkeringen bij een volledige werkweek",
    "eindejaarsuitkering + eenmalige uitkering"
);
stap!(CAO_EXTRA, "cao_extra", "Extra uitkeringen cao", "cao-uitkeringen bij een volledige werkweek × deeltijdfactor");
stap!(LOON_TOTAAL, "loon_totaal", "Loon met vakantiebijslag", "brutoloon + vakantiebijslag + cao-uitkeringen");
stap!(
    PREMIELOON,
    "premieloon",
    "Loon waarover u premies betaalt",
    "loon met vakantiebijslag, hoogstens het maximumpremieloon"
);
stap!(
    PREMIEPERCENTAGE,
    "premiepercentage",
    "Premies werkgever samen",
    "AWf + Ufo + Aof + opslag kinderopvang + Whk + Zvw"
);
stap!(PREMIES, "premies", "Premies werkgever", "premieloon × premies samen");
stap!(
    LOON_TOT_NU,
    "loon_tot_nu",
    "Loon in het kalenderjaar tot en met deze maand",
    "loon van de eerdere maanden + loon van deze maand"
);
stap!(
    PREMIELOON_TOT_NU,
    "premieloon_tot_nu",
    "Premieloon in het kalenderjaar tot en met deze maand",
    "het kleinste van: loon tot en met deze maand, maximumpremieloon"
);
stap!(
    PREMIELOON_EERDER,
    "premieloon_eerder",
    "Premieloon van de eerdere maanden",
    "het kleinste van: loon van de eerdere maanden, maximumpremieloon"
);
stap!(
    PREMIELOON_MAAND,
    "premieloon_maand",
    "Loon waarover u deze maand premies betaalt",
    "premieloon tot en met deze maand − premieloon van de eerdere maanden"
);
stap!(PREMIES_MAAND, "premies_maand", "Premies werkgever deze maand", "premieloon deze maand × premies samen");
stap!(PENSIOENLOON, "pensioenloon", "Loon voor het pensioen", "brutoloon + vakantiebijslag");
stap!(FRANCHISE_DEELTIJD, "franchise_deeltijd", "Franchise naar rato van de uren", "franchise × deeltijdfactor");
stap!(BOVEN_FRANCHISE, "boven_franchise", "Loon boven de franchise", "loon voor het pensioen − franchise naar rato");
stap!(PENSIOENGRONDSLAG, "pensioengrondslag", "Pensioengrondslag", "loon boven de franchise, minimaal 0");
stap!(PENSIOEN, "pensioen", "Pensioenpremie werkgever (schatting)", "deel werkgever × premie × pensioengrondslag");
stap!(
    PENSIOEN_PERCENTAGE,
    "pensioen",
    "Pensioenpremie werkgever",
    "loon voor het pensioen × het percentage dat u invulde"
);
stap!(WERKGEVERSLASTEN, "werkgeverslasten", "Werkgeverslasten", "premies + pensioenpremie");
stap!(LOONKOSTEN, "loonkosten", "Loonkosten", "loon met vakantiebijslag + werkgeverslasten");
stap!(
    RML_LKS,
    "rml_lks",
    "Minimumloon per maand waarop de lopende subsidie rust",
    "het minimumloon per maand op de datum van toekenning als die in dit kalenderjaar ligt, anders op 1 januari van dit jaar"
);
stap!(
    RML_LKS_INDEX,
    "rml_lks",
    "Minimumloon per maand waarop de lopende subsidie rust (letterlijke lezing lid 7)",
    "minimumloon per maand bij toekenning × minimumloon per maand op 1 januari nu ÷ minimumloon per maand op 1 januari van het jaar van toekenning"
);
stap!(VB_OPSLAG, "vb_opslag", "Minimumloon plus vakantiebijslag (factor)", "1 + percentage vakantiebijslag");
stap!(
    LKS_BASIS,
    "lks_basis",
    "Minimumloon met vakantiebijslag per maand",
    "minimumloon per maand (referentiemaandloon) × (1 + vakantiebijslag); onder 21 jaar eerst × het percentage voor de leeftijd"
);
stap!(UREN_LKS, "uren_lks", "Uren die meetellen", "uren per week, hoogstens de volledige werkweek in de sector");
stap!(
    LKS_VOLLEDIG,
    "lks_volledig",
    "Minimumloon met vakantiebijslag per jaar voor deze uren",
    "minimumloon met vakantiebijslag per maand × 12 maanden × uren die meetellen ÷ urenbasis (36)"
);
stap!(
    WGL_OPSLAG,
    "wgl_opslag",
    "Subsidie plus vergoeding werkgeverslasten (factor)",
    "1 + percentage vergoeding werkgeverslasten"
);
stap!(LKS_GAT, "lks_gat", "Wat de werknemer niet kan verdienen", "100% − loonwaarde");
stap!(
    LKS_FRACTIE,
    "lks_fractie",
    "Subsidiepercentage",
    "het kleinste van: (100% − loonwaarde) en het wettelijke maximum"
);
stap!(
    LKS_FRACTIE_BINNEN,
    "lks_fractie",
    "Subsidiepercentage (het maximum volgt na de vergoeding werkgeverslasten)",
    "100% − loonwaarde"
);
stap!(
    LKS_KERN,
    "lks_kern",
    "Loonkostensubsidie zonder werkgeverslasten",
    "subsidiepercentage × minimumloon met vakantiebijslag per jaar voor deze uren"
);
stap!(LKS_WGL, "lks_wgl", "Vergoeding werkgeverslasten", "loonkostensubsidie × percentage vergoeding werkgeverslasten");
stap!(
    LKS_BIJ_100,
    "lks_bij_100",
    "Subsidie met werkgeverslasten bij een subsidiepercentage van 100%",
    "minimumloon met vakantiebijslag per jaar voor deze uren × (1 + percentage vergoeding werkgeverslasten)"
);
stap!(
    LKS_PLAFOND,
    "lks_plafond",
    "Hoogste loonkostensubsidie (met werkgeverslasten)",
    "wettelijk maximum × subsidie bij een subsidiepercentage van 100%"
);
stap!(
    LKS_PLAFOND_BINNEN,
    "lks_plafond",
    "Hoogste loonkostensubsidie (vergoeding werkgeverslasten binnen het maximum)",
    "wettelijk maximum × minimumloon met vakantiebijslag per jaar voor deze uren"
);
stap!(LKS_METING, "lks_meting", "Loonkostensubsidie na meting", "loonkostensubsidie + vergoeding werkgeverslasten");
stap!(
    LKS_VOOR_MAXIMUM,
    "lks_voor_maximum",
    "Loonkostensubsidie met werkgeverslasten, voor het maximum",
    "loonkostensubsidie + vergoeding werkgeverslasten"
);
stap!(
    LKS_METING_BINNEN,
    "lks_meting",
    "Loonkostensubsidie na meting",
    "het kleinste van: loonkostensubsidie met werkgeverslasten en de hoogste loonkostensubsidie"
);
stap!(
    FORFAIT_GRONDSLAG_B,
    "forfait_grondslag",
    "Minimumloon zonder vakantiebijslag per jaar voor deze uren (lezing B)",
    "minimumloon met vakantiebijslag per jaar voor deze uren ÷ (1 + vakantiebijslag)"
);
stap!(
    FORFAIT_KERN,
    "forfait_kern",
    "Forfait zonder werkgeverslasten",
    "forfaitpercentage × grondslag per jaar (lezing A en C: met vakantiebijslag; lezing B: zonder)"
);
stap!(
    LKS_FORFAIT,
    "lks_forfait",
    "Forfaitaire loonkostensubsidie (voorgenomen)",
    "forfait × (1 + percentage vergoeding werkgeverslasten)"
);
stap!(
    LKS_FORFAIT_C,
    "lks_forfait",
    "Forfaitaire loonkostensubsidie (voorgenomen, lezing C)",
    "het forfait, zonder aparte vergoeding werkgeverslasten"
);
stap!(
    LKS_LID5,
    "lks_lid5",
    "Forfait eerste 6 maanden (zonder meting)",
    "forfaitpercentage lid 5 × minimumloon met vakantiebijslag per jaar voor deze uren × (1 + percentage vergoeding werkgeverslasten)"
);
stap!(LKV_UREN, "lkv_uren", "Loonkostenvoordeel voor alle verloonde uren", "bedrag per uur × uren per week × 52 weken");
stap!(
    LKV,
    "lkv",
    "Loonkostenvoordeel banenafspraak",
    "loonkostenvoordeel voor alle uren, hoogstens het maximum per jaar"
);
stap!(
    NETTO_METING,
    "nettokosten_meting",
    "Wat u zelf betaalt (meting)",
    "loonkosten − loonkostensubsidie na meting − loonkostenvoordeel"
);
stap!(
    NETTO_FORFAIT,
    "nettokosten_forfait",
    "Wat u zelf betaalt (forfait)",
    "loonkosten − forfaitaire loonkostensubsidie − loonkostenvoordeel"
);
stap!(
    OMSLAG_VERHOUDING,
    "omslag_verhouding",
    "Forfait als deel van de subsidie bij 100%",
    "forfaitaire loonkostensubsidie ÷ subsidie bij een subsidiepercentage van 100%"
);
stap!(
    OMSLAGPUNT,
    "omslagpunt",
    "Omslagpunt loonwaarde",
    "100% − (forfait ÷ subsidie bij een subsidiepercentage van 100%); boven dit punt geeft het forfait meer"
);

/// Labels of inputs in the trail.
pub mod invoer {
    /// Peildatum.
    pub const DATUM: &str = "Peildatum";
    /// Age.
    pub const LEEFTIJD: &str = "Leeftijd";
    /// Hours.
    pub const UREN: &str = "Uren per week";
    /// Full-time week.
    pub const VOLTIJD: &str = "Volledige werkweek in de sector";
    /// Loonwaarde.
    pub const LOONWAARDE: &str = "Loonwaarde";
    /// Wage the user entered.
    pub const UURLOON: &str = "Uurloon dat u invulde";
    /// Youth percentage.
    pub const JEUGD: &str = "Percentage minimumjeugdloon voor deze leeftijd";
    /// RML on the date the running subsidy rests on.
    pub const RML_LKS: &str = "Minimumloon per maand (21+) op de datum waarop de subsidie rust";
    /// RML at the grant.
    pub const RML_TOEKENNING: &str = "Minimumloon per maand (21+) op de datum van toekenning";
    /// RML on 1 January of the peildatum's year.
    pub const RML_JANUARI: &str = "Minimumloon per maand (21+) op 1 januari van dit jaar";
    /// RML on 1 January of the grant year.
    pub const RML_JANUARI_TOEKENNING: &str = "Minimumloon per maand (21+) op 1 januari van het jaar van toekenning";
    /// Percentage that replaces the pension estimate.
    pub const PENSIOEN: &str = "Pensioenpremie werkgever (% van loon + vakantiebijslag)";
}

/// Assumptions shown when a field was left empty.
pub mod aanname {
    /// No date: today.
    pub const DATUM: &str = "We rekenen met de datum van vandaag.";
    /// Past the tables without a choice: provisional (ADR 0013).
    pub const VOORLOPIG: &str = "Voor deze datum kent de rekenhulp nog niet alle bedragen. We rekenen voorlopig met de laatst bekende. Weet u een nieuwe waarde? Vul die zelf in.";
    /// No age: (Dutch, English).
    pub fn leeftijd(jaar: u8, taal: crate::Taal) -> String {
        crate::engels::vul("We nemen aan dat de werknemer {0} jaar of ouder is.", taal, &[&jaar.to_string()])
    }
    /// No hours: (Dutch, English).
    pub fn uren(uren: &str, taal: crate::Taal) -> String {
        crate::engels::vul("We nemen {0} uur per week aan.", taal, &[uren])
    }
    /// No loonwaarde: (Dutch, English).
    pub fn loonwaarde(procent: u8, taal: crate::Taal) -> String {
        crate::engels::vul("We nemen een loonwaarde van {0}% aan.", taal, &[&procent.to_string()])
    }
    /// Full-time week of a regular employer unknown.
    pub const VOLTIJD_REGULIER: &str = "We nemen aan dat de uren niet boven de volledige werkweek in uw sector liggen.";
    /// Full-time week from the cao.
    pub const VOLTIJD_CAO: &str = "We nemen de volledige werkweek van de cao Aan de Slag.";
    /// Contract.
    pub const CONTRACT: &str = "We nemen een tijdelijk contract aan (hoge WW-premie).";
    /// Employer kind.
    pub const WERKGEVER: &str = "We nemen een sociaal ontwikkelbedrijf (cao Aan de Slag) aan.";
    /// Public employer.
    pub const OVERHEID_JA: &str = "We nemen aan dat de werkgever een overheidswerkgever is (Ufo-premie).";
    /// Not a public employer.
    pub const OVERHEID_NEE: &str = "We nemen aan dat de werkgever geen overheidswerkgever is (geen Ufo-premie).";
    /// Size.
    pub const OMVANG: &str = "We nemen een middelgrote of grote werkgever aan (hoge Aof-premie).";
    /// Beschut werk.
    pub const BESCHUT: &str = "We nemen aan dat het om beschut werk gaat.";
    /// Forfait reading.
    pub const FORFAIT: &str = "Voor het voorgenomen forfait gebruiken we lezing A: een percentage van minimumloon plus vakantiebijslag, plus de vergoeding voor werkgeverslasten.";
    /// Wage.
    pub const LOON: &str = "We nemen aan dat u het minimumloon betaalt.";
    /// Cao scale.
    pub const SCHAAL: &str = "We nemen schaal 1 van de cao Aan de Slag (het minimumloon).";
    /// Too young for the pension scheme.
    pub const PENSIOEN_TE_JONG: &str = "De werknemer is jonger dan de leeftijd waarop de pensioenregeling begint. We rekenen zonder pensioenpremie; vul zelf een percentage in als dat anders is.";
    /// Year overview: no year or start given.
    pub const JAAR_PEILDATUM: &str = "Het jaaroverzicht gaat over het kalenderjaar van de peildatum.";
    /// Year overview: a new subsidy starts at the beginning of the overview (or the start of work).
    pub const JAAR_NIEUW: &str = "In het jaaroverzicht is de subsidie nieuw op de eerste dag van het overzicht (of op de eerste werkdag). Daarna loopt die: hij stijgt pas op 1 januari mee met het minimumloon.";
    /// Year overview: lid 5 only for a new placement.
    pub const JAAR_LID5_LOPEND: &str = "Het forfait van 50% voor de eerste zes maanden geldt alleen bij een nieuwe plaatsing. De subsidie loopt al, dus we rekenen met de meting.";
    /// Year overview: holiday allowance accrued.
    pub const JAAR_VB_OPBOUW: &str = "We zetten de vakantiebijslag elke maand apart (opbouw). Kiest u een maand van uitbetaling, dan staat de vakantiebijslag van de twaalf maanden in die maand.";
    /// Year overview: one-off in December.
    pub const JAAR_EENMALIG_DECEMBER: &str =
        "We nemen aan dat de eenmalige uitkering van de cao in december wordt betaald.";
    /// Year overview: a start in the middle of a month.
    pub const JAAR_START_HELE_MAAND: &str =
        "De werknemer begint niet op de eerste van de maand. In het jaaroverzicht telt die maand als een hele maand.";
    /// Pension.
    pub const PENSIOEN: &str = "De pensioenpremie is een schatting met oude cijfers van pensioenfonds PWRI. Bij deeltijd tellen we de franchise naar rato van de uren. Vul zelf een percentage in als u het echte cijfer weet.";
    /// New or running subsidy not given.
    pub const SUBSIDIE_NIEUW: &str = "We nemen aan dat de subsidie nieuw is: toegekend op de peildatum. Loopt de subsidie al langer? Kies dan ‘loopt al’ en vul de datum van toekenning in. Een lopende subsidie stijgt alleen op 1 januari mee met het minimumloon.";
    /// Lid 7 reading for a grant after 1 July of an earlier year.
    pub const LID7_HERIJKEN: &str = "De subsidie is na 1 juli van een eerder jaar toegekend. We nemen aan dat de gemeente de subsidie op 1 januari opnieuw berekent met het minimumloon van 1 januari. De letterlijke wettekst kan ook zo gelezen worden dat de subsidie stijgt met de verhoging van het hele afgelopen jaar; die lezing kunt u kiezen bij ‘Meer instellingen’.";
    /// Werkgeverslasten outside the cap.
    pub const WGL_BUITEN_MAXIMUM: &str = "We tellen de vergoeding voor werkgeverslasten (23,5%) op bóvenop het maximum van 70%, zoals gemeenten dat doen. Volgens een andere lezing valt de vergoeding binnen het maximum; dat geeft hier minder subsidie. U kunt die lezing kiezen bij ‘Meer instellingen’.";
    /// Youth: monthly base.
    pub const JEUGD_MAAND: &str = "De werknemer is jonger dan 21. Voor de subsidie nemen we het percentage voor deze leeftijd van het minimumloon per maand. De wet noemt dit maandbedrag niet apart; het is onze lezing.";
    /// Cao 36 hours without loss of wage.
    pub const CAO_36_UUR: &str = "Vanaf 2027 is de volledige werkweek in de cao Aan de Slag 36 uur, zonder loonverlies. We lezen dat zo: het uurloon van schaal 1 stijgt met 37/36, zodat iemand met een volledige werkweek hetzelfde loon houdt.";
}

/// Warnings.
pub mod waarschuwing {
    /// The forfait is only a plan.
    pub const FORFAIT_VOORGENOMEN: &str = "Het forfait is nog geen wet. Het kabinet wil het invoeren. Hoe het precies wordt berekend, is nog niet bekend.";
    /// Wage below WML.
    pub const LOON_ONDER_WML: &str = "Het uurloon dat u invulde is lager dan het minimumloon. U moet minstens het minimumloon betalen; we rekenen daarmee.";
    /// Hours above the full-time week.
    pub const UREN_BOVEN_VOLTIJD: &str =
        "De uren boven de volledige werkweek in de sector tellen niet mee voor de loonkostensubsidie.";
    /// Loonwaarde below 30%.
    pub const ONDER_MAXIMUM: &str = "Bij deze lage loonwaarde krijgt u het wettelijke maximum aan loonkostensubsidie. Een lagere loonwaarde geeft niet meer subsidie.";
    /// Lid 7 rule applied and the base is lower than today's minimum wage.
    pub const LID_7: &str = "De loonkostensubsidie loopt al. Die volgt het minimumloon alleen op 1 januari (art. 10d lid 7). De verhoging van 1 juli betaalt u zelf tot 1 januari.";
    /// Provisional values used.
    pub const VOORLOPIG: &str = "Voorlopige berekening: voor deze datum zijn nog niet alle waarden bekend. We rekenen met de laatst bekende waarden. Bedragen met ‘voorlopig’ kunnen nog veranderen.";
    /// Forfait for a non-beschut job.
    pub const FORFAIT_NIET_BESCHUT: &str =
        "Het voorgenomen forfait is alleen voor beschut werk. Voor deze baan is het een wat-als-berekening.";
    /// Cao with a regular employer.
    pub const CAO_REGULIER: &str =
        "De cao Aan de Slag geldt voor sociaal ontwikkelbedrijven en gemeenten. Klopt het dat deze cao geldt?";
    /// Premium wage capped.
    pub const MAXIMUM_PREMIELOON: &str =
        "Het loon ligt boven het maximumpremieloon. Over het deel erboven betaalt u geen premies.";
    /// Scale amount given for scale 1.
    pub const SCHAAL_1_BEDRAG: &str = "Schaal 1 is het minimumloon. Het uurloon dat u invulde gebruiken we niet.";
}

/// Fixed explanations.
pub mod uitleg {
    /// LKV not applicable to beschut werk.
    pub const LKV_BESCHUT: &str = "Niet van toepassing: voor een beschutte werkplek (Participatiewet art. 10b) bestaat geen loonkostenvoordeel (Wet tegemoetkomingen loondomein art. 2.6 en 2.10).";
    /// LKV banenafspraak.
    pub const LKV_BANENAFSPRAAK: &str = "Loonkostenvoordeel banenafspraak, als de werknemer in het doelgroepregister staat. U krijgt het het jaar erna uitbetaald.";
    /// No-riskpolis.
    pub const NO_RISKPOLIS: &str = "No-riskpolis: wordt de werknemer ziek, dan kan UWV een Ziektewet-uitkering aan u betalen (Ziektewet art. 29b). Dat zit niet in deze bedragen.";
    /// The werkgeverslasten percentage: one public model uses another value (found-2026-12 §3).
    pub const WGL_TEGENSPRAAK: &str = "Let op: een openbaar rekenmodel van MinBZK (scenario Financieel CV, oktober 2026) rekent met 25% werkgeverslasten. De Regeling loonkostensubsidie Participatiewet 2021 (artikel 1) zegt 23,5%. Een regeling die 25% vaststelt hebben we niet gevonden. Daarom rekenen we met 23,5%. Rekent uw gemeente met een ander percentage? Vul dat in bij ‘Meer instellingen’.";
    /// Scope.
    pub const NIET_INBEGREPEN: &str = "Niet in deze berekening: begeleiding en jobcoach, aanpassingen van de werkplek, ziekte en de no-riskpolis, ziekteverzuim en vervanging, verlof boven het wettelijke, reiskosten, de loonheffing van de werknemer, en afspraken die uw gemeente zelf maakt.";
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
pub const OMSLAG_HEEL: &str = "Is de loonwaarde lager dan {0}%, dan krijgt u meer subsidie met een meting. Bij precies {0}% zijn meting en forfait gelijk. Is de loonwaarde hoger, dan krijgt u meer met het forfait.";
/// Break-even between two whole percents.
pub const OMSLAG_TUSSEN: &str = "Bij een loonwaarde tot en met {0}% krijgt u meer subsidie met een meting; vanaf {1}% krijgt u meer met het forfait. Het omslagpunt ligt bij {2}.";

/// Where the monthly minimum wage of the subsidy base came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grondslagherkomst {
    /// From the table, valid from a date.
    Vanaf(crate::Datum),
    /// The last known value (provisional), valid from a date.
    Voorlopig(crate::Datum),
    /// Typed in by the user.
    Zelf,
}

/// Added to the base sentence for a running subsidy.
pub const GRONDSLAG_LOPEND: &str = ", het bedrag waarop de lopende subsidie rust (lid 7)";

/// The subsidy base in one sentence (see `Uitkomst::grondslag_lks`).
pub fn grondslag_zin(
    maand: rust_decimal::Decimal,
    vb: rust_decimal::Decimal,
    jeugd: Option<rust_decimal::Decimal>,
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
        Some(Grondslagherkomst::Zelf) => vertaal(grondslag::ZELF, taal).to_string(),
        None => String::new(),
    });
    if lopend {
        s.push_str(vertaal(GRONDSLAG_LOPEND, taal));
    }
    s.push_str(&vul(grondslag::VAKANTIEBIJSLAG, taal, &[&procent(vb, 2)]));
    if let Some(p) = jeugd {
        s.push_str(&vul(grondslag::JEUGD, taal, &[&procent(p, 2)]));
    }
    s.push('.');
    s
}

/// The parts of the base sentence.
pub mod grondslag {
    /// The monthly amount.
    pub const BASIS: &str = "Grondslag van de subsidie: minimumloon per maand (referentiemaandloon) {0}";
    /// From the table.
    pub const VANAF: &str = " (geldt vanaf {0})";
    /// Provisional.
    pub const VOORLOPIG: &str = " (voorlopig: laatst bekende waarde, vanaf {0})";
    /// Typed in.
    pub const ZELF: &str = " (zelf ingevuld)";
    /// Holiday allowance.
    pub const VAKANTIEBIJSLAG: &str = " + {0} vakantiebijslag";
    /// Youth percentage.
    pub const JEUGD: &str = ", × {0} voor deze leeftijd";
}

/// Reports about a link (`scenario::Melding`).
pub mod link {
    /// Unknown key.
    pub const ONBEKEND: &str = "‘{0}’ kennen we niet; we hebben het overgeslagen.";
    /// Invalid value: key, value, the field's message.
    pub const ONGELDIG: &str = "‘{0}={1}’ is niet geldig: {2}";
    /// Repeated key.
    pub const DUBBEL: &str = "‘{0}’ staat er meer dan één keer in; we gebruiken de eerste waarde.";
    /// Unknown version: the version, the version read.
    pub const VERSIE: &str = "Versie ‘{0}’ kennen we niet; we lezen de link als versie {1}.";
    /// Too long.
    pub const TE_LANG: &str = "De link is te lang; het laatste deel hebben we overgeslagen.";
}

/// Error texts.
pub mod fout {
    /// Missing parameter after the known date.
    pub const NA_BEKEND: &str = "Voor deze datum is de waarde nog niet bekend.";
    /// Missing after the known date: label, [`NA_BEKEND`], known up to, peildatum.
    pub const ONTBREEKT_NA: &str =
        "{0}: {1} De rekenhulp kent waarden tot en met {2}; de peildatum is {3}. Vul de waarde zelf in.";
    /// Missing before the first date: label, [`VOOR_EERSTE`], first date, peildatum.
    pub const ONTBREEKT_VOOR: &str = "{0}: {1} De rekenhulp heeft waarden vanaf {2}; de peildatum is {3}.";
    /// Missing parameter before the first known date.
    pub const VOOR_EERSTE: &str = "Voor deze datum heeft de rekenhulp geen waarde.";
    /// Own wage missing.
    pub const UURLOON_NODIG: &str = "Vul het uurloon in.";
    /// Scale wage missing.
    pub const SCHAALLOON_NODIG: &str =
        "Vul het uurloon van deze schaal in. De loontabel van de cao Aan de Slag staat niet in de rekenhulp.";
    /// Running subsidy without a grant date.
    pub const TOEKENNING_NODIG: &str = "Vul de datum in waarop de subsidie is toegekend.";
    /// Grant after the peildatum.
    pub const TOEKENNING_NA_PEILDATUM: &str = "De datum van toekenning ligt na de peildatum.";
}
