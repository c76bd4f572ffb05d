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
stap!(BRUTOLOON, "brutoloon", "Brutoloon", "uurloon × uren per week × 52 weken");
stap!(VAKANTIEBIJSLAG, "vakantiebijslag", "Vakantiebijslag", "brutoloon × percentage vakantiebijslag");
stap!(DEELTIJDFACTOR, "deeltijdfactor", "Deeltijdfactor", "uren per week ÷ volledige werkweek, hoogstens 1");
stap!(CAO_EXTRA, "cao_extra", "Extra uitkeringen cao", "(eindejaarsuitkering + eenmalige uitkering) × deeltijdfactor");
stap!(
    PREMIELOON,
    "premieloon",
    "Loon waarover u premies betaalt",
    "brutoloon + vakantiebijslag + cao-uitkeringen, hoogstens het maximumpremieloon"
);
stap!(
    PREMIEPERCENTAGE,
    "premiepercentage",
    "Premies werkgever samen",
    "AWf + Ufo + Aof + opslag kinderopvang + Whk + Zvw"
);
stap!(PREMIES, "premies", "Premies werkgever", "premieloon × premies samen");
stap!(PENSIOEN, "pensioen", "Pensioenpremie werkgever (schatting)", "deel werkgever × premie × (brutoloon + vakantiebijslag − franchise), of het percentage dat u invulde × (brutoloon + vakantiebijslag)");
stap!(WERKGEVERSLASTEN, "werkgeverslasten", "Werkgeverslasten", "premies + pensioenpremie");
stap!(LOONKOSTEN, "loonkosten", "Loonkosten", "brutoloon + vakantiebijslag + cao-uitkeringen + werkgeverslasten");
stap!(LKS_BASIS, "lks_basis", "Minimumloon met vakantiebijslag per uur", "minimumuurloon × (1 + vakantiebijslag)");
stap!(LKS_GAT, "lks_gat", "Wat de werknemer niet kan verdienen", "100% − loonwaarde");
stap!(
    LKS_FRACTIE,
    "lks_fractie",
    "Subsidiepercentage",
    "het kleinste van: (100% − loonwaarde) en het wettelijke maximum"
);
stap!(UREN_LKS, "uren_lks", "Uren die meetellen", "uren per week, hoogstens de volledige werkweek in de sector");
stap!(
    LKS_KERN,
    "lks_kern",
    "Loonkostensubsidie zonder werkgeverslasten",
    "subsidiepercentage × minimumloon met vakantiebijslag × urenbasis × 52 weken × (uren die meetellen ÷ urenbasis)"
);
stap!(LKS_WGL, "lks_wgl", "Vergoeding werkgeverslasten", "loonkostensubsidie × percentage vergoeding werkgeverslasten");
stap!(LKS_METING, "lks_meting", "Loonkostensubsidie na meting", "loonkostensubsidie + vergoeding werkgeverslasten");
stap!(
    FORFAIT_BASIS,
    "forfait_basis",
    "Grondslag forfait per uur",
    "lezing A en C: minimumuurloon × (1 + vakantiebijslag); lezing B: minimumuurloon"
);
stap!(
    FORFAIT_KERN,
    "forfait_kern",
    "Forfait zonder werkgeverslasten",
    "forfaitpercentage × grondslag × urenbasis × 52 weken × (uren die meetellen ÷ urenbasis)"
);
stap!(
    LKS_FORFAIT,
    "lks_forfait",
    "Forfaitaire loonkostensubsidie (voorgenomen)",
    "lezing A en B: forfait × (1 + percentage vergoeding werkgeverslasten); lezing C: forfait zonder opslag"
);
stap!(LKS_LID5, "lks_lid5", "Forfait eerste 6 maanden (zonder meting)", "forfaitpercentage lid 5 × minimumloon met vakantiebijslag × uren die meetellen × 52 weken × (1 + percentage vergoeding werkgeverslasten)");
stap!(
    LKV,
    "lkv",
    "Loonkostenvoordeel banenafspraak",
    "bedrag per uur × uren per week × 52 weken, hoogstens het maximum per jaar"
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
    /// Date of the LKS grant.
    pub const TOEKENNING: &str = "Datum toekenning loonkostensubsidie";
    /// Percentage that replaces the pension estimate.
    pub const PENSIOEN: &str = "Pensioenpremie werkgever (% van loon + vakantiebijslag)";
}

/// Assumptions shown when a field was left empty.
pub mod aanname {
    /// No date: today.
    pub const DATUM: &str = "We rekenen met de datum van vandaag.";
    /// No age: (Dutch, English).
    pub fn leeftijd(jaar: u8) -> (String, String) {
        (
            format!("We nemen aan dat de werknemer {jaar} jaar of ouder is."),
            format!("We assume the employee is {jaar} or older."),
        )
    }
    /// No hours: (Dutch, English).
    pub fn uren(uren: &str) -> (String, String) {
        (format!("We nemen {uren} uur per week aan."), format!("We assume {uren} hours per week."))
    }
    /// No loonwaarde: (Dutch, English).
    pub fn loonwaarde(procent: u8) -> (String, String) {
        (format!("We nemen een loonwaarde van {procent}% aan."), format!("We assume a loonwaarde of {procent}%."))
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
    /// Pension.
    pub const PENSIOEN: &str = "De pensioenpremie is een schatting met oude cijfers van pensioenfonds PWRI. Vul zelf een percentage in als u het echte cijfer weet.";
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
    /// Lid 7 rule applied.
    pub const LID_7: &str = "De loonkostensubsidie is eerder toegekend. Die volgt het minimumloon alleen op 1 januari (art. 10d lid 7). De verhoging van 1 juli betaalt u zelf tot 1 januari.";
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
    /// Scope.
    pub const NIET_INBEGREPEN: &str = "Niet in deze berekening: begeleiding en jobcoach, aanpassingen van de werkplek, ziekte en de no-riskpolis, ziekteverzuim en vervanging, verlof boven het wettelijke, reiskosten, de loonheffing van de werknemer, en afspraken die uw gemeente zelf maakt.";
}

/// Error texts.
pub mod fout {
    /// Missing parameter after the known date.
    pub const NA_BEKEND: &str = "Voor deze datum is de waarde nog niet bekend.";
    /// Missing parameter before the first known date.
    pub const VOOR_EERSTE: &str = "Voor deze datum heeft de rekenhulp geen waarde.";
    /// Own wage missing.
    pub const UURLOON_NODIG: &str = "Vul het uurloon in.";
    /// Scale wage missing.
    pub const SCHAALLOON_NODIG: &str =
        "Vul het uurloon van deze schaal in. De loontabel van de cao Aan de Slag staat niet in de rekenhulp.";
    /// Grant after the peildatum.
    pub const TOEKENNING_NA_PEILDATUM: &str = "De datum van toekenning ligt na de peildatum.";
}
