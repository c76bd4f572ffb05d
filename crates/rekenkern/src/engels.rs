//! English for every Dutch text of the calculation: one table, keyed by the Dutch text (the Dutch is
//! the source, as in gettext). `tests/engels.rs` checks that every text has an entry.

use crate::taal::Taal;

/// The English for a Dutch text of the calculation, if there is one. Natively (CLI, tests) from
/// [`TABEL`]; in the browser from the table loaded on demand ([`laad`]), so the Dutch page does not
/// carry the English texts (docs/performance.md).
pub fn engels(nl: &str) -> Option<&'static str> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        TABEL.iter().find(|(d, _)| *d == nl).map(|(_, e)| *e)
    }
    #[cfg(target_arch = "wasm32")]
    {
        GELADEN.with(|g| g.borrow().iter().find(|(d, _)| *d == nl).map(|(_, e)| *e))
    }
}

#[cfg(target_arch = "wasm32")]
thread_local! {
    static GELADEN: std::cell::RefCell<Vec<(&'static str, &'static str)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// In the browser: installs the English table (pairs Dutch → English) loaded from `en.tsv`.
/// The texts live as long as the page, so they are leaked once into `&'static str`.
#[cfg(target_arch = "wasm32")]
pub fn laad(paren: Vec<(String, String)>) {
    let paren: Vec<(&'static str, &'static str)> =
        paren.into_iter().map(|(d, e)| (&*Box::leak(d.into_boxed_str()), &*Box::leak(e.into_boxed_str()))).collect();
    GELADEN.with(|g| *g.borrow_mut() = paren);
}

/// Whether English is available (always natively; in the browser after [`laad`]).
pub fn beschikbaar() -> bool {
    #[cfg(not(target_arch = "wasm32"))]
    {
        true
    }
    #[cfg(target_arch = "wasm32")]
    {
        GELADEN.with(|g| !g.borrow().is_empty())
    }
}

/// Every Dutch text of the calculation with its English (one table, keyed by the Dutch text, as in
/// gettext). Not in the wasm: `static/en.tsv` carries it (generated from this table and the app's
/// `src/engels_tabel.rs`; a test keeps it current).
#[cfg(not(target_arch = "wasm32"))]
pub const TABEL: &[(&str, &str)] = &[
    ("Bruto uurloon", "Gross hourly wage"),
    ("het loon per uur dat u betaalt, minimaal het minimumuurloon voor de leeftijd", "the wage per hour you pay, at least the minimum hourly wage for the age"),
    ("Brutoloon", "Gross wage"),
    ("uurloon × uren per week × 52 weken", "hourly wage × hours per week × 52 weeks"),
    ("Vakantiebijslag", "Holiday allowance"),
    ("brutoloon × percentage vakantiebijslag", "gross wage × holiday allowance percentage"),
    ("Deeltijdfactor", "Part-time factor"),
    ("uren per week ÷ volledige werkweek, hoogstens 1", "hours per week ÷ full working week, at most 1"),
    ("Extra uitkeringen cao", "Extra collective agreement payments"),
    ("Loon waarover u premies betaalt", "Wage you pay premiums on"),
    ("Premies werkgever samen", "Employer premiums together"),
    ("AWf + Ufo + Aof + opslag kinderopvang + Whk + Zvw", "AWf + Ufo + Aof + childcare surcharge + Whk + Zvw"),
    ("Premies werkgever", "Employer premiums"),
    ("premieloon × premies samen", "premium wage × premiums together"),
    ("Pensioenpremie werkgever (schatting)", "Employer pension premium (estimate)"),
    ("Werkgeverslasten", "Employer charges"),
    ("premies + pensioenpremie", "premiums + pension premium"),
    ("Loonkosten", "Wage cost"),
    ("Wat de werknemer niet kan verdienen", "What the employee cannot earn"),
    ("100% − loonwaarde", "100% − loonwaarde"),
    ("Subsidiepercentage", "Subsidy percentage"),
    ("het kleinste van: (100% − loonwaarde) en het wettelijke maximum", "the smaller of: (100% − loonwaarde) and the legal maximum"),
    ("Uren die meetellen", "Hours that count"),
    ("uren per week, hoogstens de volledige werkweek in de sector", "hours per week, at most the full working week in the sector"),
    ("Loonkostensubsidie zonder werkgeverslasten", "Wage cost subsidy without employer charges"),
    ("Vergoeding werkgeverslasten", "Allowance for employer charges"),
    ("loonkostensubsidie × percentage vergoeding werkgeverslasten", "wage cost subsidy × employer charges allowance percentage"),
    ("Loonkostensubsidie na meting", "Wage cost subsidy after measurement"),
    ("loonkostensubsidie + vergoeding werkgeverslasten", "wage cost subsidy + allowance for employer charges"),
    ("Forfait zonder werkgeverslasten", "Fixed subsidy without employer charges"),
    ("Forfaitaire loonkostensubsidie (voorgenomen)", "Fixed wage cost subsidy (planned)"),
    ("Forfait eerste 6 maanden (zonder meting)", "Fixed subsidy for the first 6 months (without measurement)"),
    ("Loonkostenvoordeel banenafspraak", "Wage cost benefit for the jobs agreement"),
    ("Wat u zelf betaalt (meting)", "What you pay yourself (measurement)"),
    ("loonkosten − loonkostensubsidie na meting − loonkostenvoordeel", "wage cost − wage cost subsidy after measurement − wage cost benefit"),
    ("Wat u zelf betaalt (forfait)", "What you pay yourself (fixed subsidy)"),
    ("loonkosten − forfaitaire loonkostensubsidie − loonkostenvoordeel", "wage cost − fixed wage cost subsidy − wage cost benefit"),
    ("Omslagpunt loonwaarde", "Break-even loonwaarde"),
    ("100% − (forfait ÷ subsidie bij een subsidiepercentage van 100%); boven dit punt geeft het forfait meer", "100% − (fixed subsidy ÷ subsidy at a subsidy percentage of 100%); above this point the fixed subsidy gives more"),
    ("Peildatum", "Reference date"),
    ("Leeftijd", "Age"),
    ("Uren per week", "Hours per week"),
    ("Volledige werkweek in de sector", "Full working week in the sector"),
    ("Loonwaarde", "Loonwaarde (wage value)"),
    ("Uurloon dat u invulde", "Hourly wage you entered"),
    ("Pensioenpremie werkgever (% van loon + vakantiebijslag)", "Employer pension premium (% of wage + holiday allowance)"),
    ("We rekenen met de datum van vandaag.", "We use today's date."),
    ("We nemen aan dat de uren niet boven de volledige werkweek in uw sector liggen.", "We assume the hours are not above the full working week in your sector."),
    ("We nemen de volledige werkweek van de cao Aan de Slag.", "We use the full working week of the collective agreement Aan de Slag."),
    ("We nemen een tijdelijk contract aan (hoge WW-premie).", "We assume a fixed-term contract (high unemployment premium)."),
    ("We nemen een sociaal ontwikkelbedrijf (cao Aan de Slag) aan.", "We assume a social development company (collective agreement Aan de Slag)."),
    ("We nemen aan dat de werkgever een overheidswerkgever is (Ufo-premie).", "We assume the employer is a public employer (Ufo premium)."),
    ("We nemen aan dat de werkgever geen overheidswerkgever is (geen Ufo-premie).", "We assume the employer is not a public employer (no Ufo premium)."),
    ("We nemen een middelgrote of grote werkgever aan (hoge Aof-premie).", "We assume a medium-sized or large employer (high Aof premium)."),
    ("We nemen aan dat het om beschut werk gaat.", "We assume this is sheltered work (beschut werk)."),
    ("Voor het voorgenomen forfait gebruiken we lezing A: een percentage van minimumloon plus vakantiebijslag, plus de vergoeding voor werkgeverslasten.", "For the planned fixed subsidy we use reading A: a percentage of minimum wage plus holiday allowance, plus the allowance for employer charges."),
    ("We nemen aan dat u het minimumloon betaalt.", "We assume you pay the minimum wage."),
    ("We nemen schaal 1 van de cao Aan de Slag (het minimumloon).", "We use scale 1 of the collective agreement Aan de Slag (the minimum wage)."),
    ("Het forfait is nog geen wet. Het kabinet wil het invoeren. Hoe het precies wordt berekend, is nog niet bekend.", "The fixed subsidy is not law yet. The government plans to introduce it. How exactly it will be calculated is not known yet."),
    ("Het uurloon dat u invulde is lager dan het minimumloon. U moet minstens het minimumloon betalen; we rekenen daarmee.", "The hourly wage you entered is lower than the minimum wage. You must pay at least the minimum wage; we calculate with that."),
    ("De uren boven de volledige werkweek in de sector tellen niet mee voor de loonkostensubsidie.", "Hours above the full working week in the sector do not count for the wage cost subsidy."),
    ("Bij deze lage loonwaarde krijgt u het wettelijke maximum aan loonkostensubsidie. Een lagere loonwaarde geeft niet meer subsidie.", "At this low loonwaarde you get the legal maximum wage cost subsidy. A lower loonwaarde does not give more subsidy."),
    ("Het voorgenomen forfait is alleen voor beschut werk. Voor deze baan is het een wat-als-berekening.", "The planned fixed subsidy is only for sheltered work. For this job it is a what-if calculation."),
    ("De cao Aan de Slag geldt voor sociaal ontwikkelbedrijven en gemeenten. Klopt het dat deze cao geldt?", "The collective agreement Aan de Slag applies to social development companies and municipalities. Is it right that this agreement applies?"),
    ("Het loon ligt boven het maximumpremieloon. Over het deel erboven betaalt u geen premies.", "The wage is above the maximum premium wage. You pay no premiums on the part above it."),
    ("Schaal 1 is het minimumloon. Het uurloon dat u invulde gebruiken we niet.", "Scale 1 is the minimum wage. We do not use the hourly wage you entered."),
    ("Niet van toepassing: voor een beschutte werkplek (Participatiewet art. 10b) bestaat geen loonkostenvoordeel (Wet tegemoetkomingen loondomein art. 2.6 en 2.10).", "Not applicable: there is no wage cost benefit for a sheltered workplace (Participatiewet art. 10b) (Wet tegemoetkomingen loondomein art. 2.6 and 2.10)."),
    ("Loonkostenvoordeel banenafspraak, als de werknemer in het doelgroepregister staat. U krijgt het het jaar erna uitbetaald.", "Wage cost benefit for the jobs agreement, if the employee is in the target group register. It is paid to you the year after."),
    ("No-riskpolis: wordt de werknemer ziek, dan kan UWV een Ziektewet-uitkering aan u betalen (Ziektewet art. 29b). Dat zit niet in deze bedragen.", "No-risk policy: if the employee is ill, UWV can pay a sickness benefit to you (Ziektewet art. 29b). This is not in these amounts."),
    ("Niet in deze berekening: begeleiding en jobcoach, aanpassingen van de werkplek, ziekte en de no-riskpolis, ziekteverzuim en vervanging, verlof boven het wettelijke, reiskosten, de loonheffing van de werknemer, en afspraken die uw gemeente zelf maakt.", "Not in this calculation: guidance and job coach, workplace adjustments, illness and the no-risk policy, absence and replacement, leave above the legal minimum, travel costs, the employee's wage tax, and arrangements your municipality makes itself."),
    ("Voor deze datum is de waarde nog niet bekend.", "The value for this date is not known yet."),
    ("Voor deze datum heeft de rekenhulp geen waarde.", "The calculator has no value for this date."),
    ("Vul het uurloon in.", "Enter the hourly wage."),
    ("Vul het uurloon van deze schaal in. De loontabel van de cao Aan de Slag staat niet in de rekenhulp.", "Enter the hourly wage of this scale. The wage table of the collective agreement Aan de Slag is not in the calculator."),
    ("De datum van toekenning ligt na de peildatum.", "The date of the grant is after the reference date."),
    ("Vul een leeftijd in van 15 tot en met 99 jaar.", "Enter an age from 15 up to and including 99 years."),
    ("Vul een aantal uren in dat groter is dan 0 en niet meer dan 60.", "Enter a number of hours greater than 0 and not more than 60."),
    ("Vul de volledige werkweek in: meer dan 0 en niet meer dan 60 uur.", "Enter the full working week: more than 0 and not more than 60 hours."),
    ("Vul een loonwaarde in als heel getal van 0 tot en met 100.", "Enter a loonwaarde as a whole number from 0 up to and including 100."),
    ("Vul een uurloon in groter dan 0 en niet meer dan € 1.000.", "Enter an hourly wage greater than 0 and not more than € 1,000."),
    ("Vul een percentage in van 0 tot en met 100.", "Enter a percentage from 0 up to and including 100."),
    ("Vul een bedrag in van 0 tot en met € 100.000.", "Enter an amount from 0 up to and including € 100,000."),
    ("Kies schaal 1, 2 of 3.", "Choose scale 1, 2 or 3."),
    ("Vul een bestaande datum in, zoals 2026-07-01.", "Enter an existing date, such as 2026-07-01."),
    ("Deze keuze kennen we niet.", "We do not know this choice."),
    ("Vul een getal in, bijvoorbeeld 36 of 37,5.", "Enter a number, for example 36 or 37.5."),
    ("Gebruik hoogstens twee cijfers achter de komma.", "Use at most two digits after the decimal point."),
    ("Maximale loonkostensubsidie (deel van WML + vakantiebijslag)", "Maximum wage cost subsidy (share of minimum wage + holiday allowance)"),
    ("Vergoeding werkgeverslasten bovenop de loonkostensubsidie", "Allowance for employer charges on top of the wage cost subsidy"),
    ("Forfaitaire loonkostensubsidie eerste 6 maanden (deel van WML + vakantiebijslag)", "Fixed wage cost subsidy for the first 6 months (share of minimum wage + holiday allowance)"),
    ("Forfaitaire loonkostensubsidie zonder meting: ten hoogste zoveel maanden", "Fixed wage cost subsidy without measurement: at most this many months"),
    ("Urenbasis van de loonkostensubsidie (uur per week)", "Hours basis of the wage cost subsidy (hours per week)"),
    ("Voorgenomen forfaitaire loonkostensubsidie beschut werk", "Planned fixed wage cost subsidy for sheltered work"),
    ("Loonkostenvoordeel banenafspraak per verloond uur", "Wage cost benefit for the jobs agreement per paid hour"),
    ("Loonkostenvoordeel banenafspraak, maximum per jaar", "Wage cost benefit for the jobs agreement, maximum per year"),
    ("Volledige werkweek cao Aan de Slag (uur)", "Full working week collective agreement Aan de Slag (hours)"),
    ("Eindejaarsuitkering cao Aan de Slag (per jaar, voltijd)", "Year-end payment collective agreement Aan de Slag (per year, full-time)"),
    ("Eenmalige uitkering cao Aan de Slag in dit kalenderjaar (voltijd)", "One-off payment collective agreement Aan de Slag in this calendar year (full-time)"),
    ("Weken per jaar", "Weeks per year"),
    ("Maanden per jaar", "Months per year"),
    ("Wettelijk minimumuurloon voor deze leeftijd", "Statutory minimum hourly wage for this age"),
    ("Staffel minimumjeugdloon", "Youth minimum wage scale"),
    ("Vakantiebijslag (minimaal)", "Holiday allowance (minimum)"),
    ("AWf-premie (laag, vast contract)", "AWf premium (low, permanent contract)"),
    ("AWf-premie (hoog, tijdelijk of oproep)", "AWf premium (high, fixed-term or on call)"),
    ("Ufo-premie (overheidswerkgever)", "Ufo premium (public employer)"),
    ("Aof-premie (laag, kleine werkgever)", "Aof premium (low, small employer)"),
    ("Aof-premie (hoog, middelgrote en grote werkgever)", "Aof premium (high, medium-sized and large employer)"),
    ("Opslag Wet kinderopvang", "Childcare Act surcharge"),
    ("Whk-premie (gemiddeld; per werkgever anders)", "Whk premium (average; differs per employer)"),
    ("Werkgeversheffing Zvw", "Employer's Zvw levy"),
    ("Maximumpremieloon per jaar", "Maximum premium wage per year"),
    ("Pensioenpremie PWRI (schatting)", "PWRI pension premium (estimate)"),
    ("Franchise pensioen per jaar (schatting)", "Pension franchise per year (estimate)"),
    ("Deel van de pensioenpremie voor de werkgever", "Employer share of the pension premium"),
    ("Ufo-premie (niet van toepassing: geen overheidswerkgever)", "Ufo premium (not applicable: not a public employer)"),
    ("Leeftijd vanaf wanneer pensioen wordt opgebouwd", "Age from which pension is built up"),
    ("De werknemer is jonger dan de leeftijd waarop de pensioenregeling begint. We rekenen zonder pensioenpremie; vul zelf een percentage in als dat anders is.", "The employee is younger than the age at which the pension scheme starts. We calculate without a pension premium; enter a percentage yourself if that is different."),
    ("1 + percentage vakantiebijslag", "1 + holiday allowance percentage"),
    ("1 + percentage vergoeding werkgeverslasten", "1 + employer charges allowance percentage"),
    ("Bruto uurloon (cao: 36 uur zonder loonverlies)", "Gross hourly wage (collective agreement: 36 hours without loss of pay)"),
    ("Cao-uitkeringen bij een volledige werkweek", "Collective agreement payments for a full working week"),
    ("De loonkostensubsidie loopt al. Die volgt het minimumloon alleen op 1 januari (art. 10d lid 7). De verhoging van 1 juli betaalt u zelf tot 1 januari.", "The wage cost subsidy is already running. It follows the minimum wage only on 1 January (art. 10d lid 7). You pay the 1 July rise yourself until 1 January."),
    ("De pensioenpremie is een schatting met oude cijfers van pensioenfonds PWRI. Bij deeltijd tellen we de franchise naar rato van de uren. Vul zelf een percentage in als u het echte cijfer weet.", "The pension premium is an estimate based on old figures of the PWRI pension fund. For part-time work we count the franchise pro rata to the hours. Enter a percentage yourself if you know the real figure."),
    ("De subsidie is na 1 juli van een eerder jaar toegekend. We nemen aan dat de gemeente de subsidie op 1 januari opnieuw berekent met het minimumloon van 1 januari. De letterlijke wettekst kan ook zo gelezen worden dat de subsidie stijgt met de verhoging van het hele afgelopen jaar; die lezing kunt u kiezen bij ‘Meer instellingen’.", "The subsidy was granted after 1 July of an earlier year. We assume the municipality recalculates the subsidy on 1 January with the minimum wage of 1 January. The literal text of the law can also be read as: the subsidy rises by the increase of the whole past year; you can choose that reading under ‘More settings’."),
    ("De werknemer is jonger dan 21. Voor de subsidie nemen we het percentage voor deze leeftijd van het minimumloon per maand. De wet noemt dit maandbedrag niet apart; het is onze lezing.", "The employee is younger than 21. For the subsidy we take the percentage for this age of the monthly minimum wage. The law does not state this monthly amount separately; it is our reading."),
    ("Forfait als deel van de subsidie bij 100%", "Fixed subsidy as a share of the subsidy at 100%"),
    ("Forfaitaire loonkostensubsidie (voorgenomen, lezing C)", "Fixed wage cost subsidy (planned, reading C)"),
    ("Franchise naar rato van de uren", "Franchise pro rata to the hours"),
    ("Hoogste loonkostensubsidie (met werkgeverslasten)", "Highest wage cost subsidy (with employer charges)"),
    ("Hoogste loonkostensubsidie (vergoeding werkgeverslasten binnen het maximum)", "Highest wage cost subsidy (employer charges allowance within the maximum)"),
    ("Loon boven de franchise", "Wage above the franchise"),
    ("Loon met vakantiebijslag", "Wage with holiday allowance"),
    ("Loon voor het pensioen", "Pensionable wage"),
    ("Loonkostensubsidie met werkgeverslasten, voor het maximum", "Wage cost subsidy with employer charges, before the maximum"),
    ("Loonkostenvoordeel voor alle verloonde uren", "Wage cost benefit for all paid hours"),
    ("Minimumloon met vakantiebijslag per jaar voor deze uren", "Minimum wage with holiday allowance per year for these hours"),
    ("Minimumloon met vakantiebijslag per maand", "Minimum wage with holiday allowance per month"),
    ("Minimumloon per maand (21+) op 1 januari van dit jaar", "Monthly minimum wage (21+) on 1 January of this year"),
    ("Minimumloon per maand (21+) op 1 januari van het jaar van toekenning", "Monthly minimum wage (21+) on 1 January of the year of the grant"),
    ("Minimumloon per maand (21+) op de datum van toekenning", "Monthly minimum wage (21+) on the date of the grant"),
    ("Minimumloon per maand (21+) op de datum waarop de subsidie rust", "Monthly minimum wage (21+) on the date the subsidy rests on"),
    ("Minimumloon per maand (referentiemaandloon, 21 jaar en ouder)", "Monthly minimum wage (reference monthly wage, 21 and older)"),
    ("Minimumloon per maand waarop de lopende subsidie rust", "Monthly minimum wage the running subsidy rests on"),
    ("Minimumloon per maand waarop de lopende subsidie rust (letterlijke lezing lid 7)", "Monthly minimum wage the running subsidy rests on (literal reading of lid 7)"),
    ("Minimumloon plus vakantiebijslag (factor)", "Minimum wage plus holiday allowance (factor)"),
    ("Minimumloon zonder vakantiebijslag per jaar voor deze uren (lezing B)", "Minimum wage without holiday allowance per year for these hours (reading B)"),
    ("Pensioenpremie werkgever", "Employer pension premium"),
    ("Percentage minimumjeugdloon voor deze leeftijd", "Youth minimum wage percentage for this age"),
    ("Subsidie met werkgeverslasten bij een subsidiepercentage van 100%", "Subsidy with employer charges at a subsidy percentage of 100%"),
    ("Subsidie plus vergoeding werkgeverslasten (factor)", "Subsidy plus employer charges allowance (factor)"),
    ("Subsidiepercentage (het maximum volgt na de vergoeding werkgeverslasten)", "Subsidy percentage (the maximum follows after the employer charges allowance)"),
    ("Uren ten opzichte van een volledige werkweek", "Hours relative to a full working week"),
    ("Vanaf 2027 is de volledige werkweek in de cao Aan de Slag 36 uur, zonder loonverlies. We lezen dat zo: het uurloon van schaal 1 stijgt met 37/36, zodat iemand met een volledige werkweek hetzelfde loon houdt.", "From 2027 the full working week in the cao Aan de Slag is 36 hours, without loss of pay. We read that as: the hourly wage of scale 1 rises by 37/36, so that someone with a full working week keeps the same pay."),
    ("Voorlopige berekening: voor deze datum zijn nog niet alle waarden bekend. We rekenen met de laatst bekende waarden. Bedragen met ‘voorlopig’ kunnen nog veranderen.", "Provisional calculation: not all values are known for this date yet. We calculate with the last known values. Amounts marked ‘provisional’ may still change."),
    ("Voor deze datum kent de rekenhulp nog niet alle bedragen. We rekenen voorlopig met de laatst bekende. Weet u een nieuwe waarde? Vul die zelf in.", "The calculator does not know all amounts for this date yet. We calculate provisionally with the last known ones. Do you know a new value? Enter it yourself."),
    ("Let op: een openbaar rekenmodel van MinBZK (scenario Financieel CV, oktober 2026) rekent met 25% werkgeverslasten. De Regeling loonkostensubsidie Participatiewet 2021 (artikel 1) zegt 23,5%. Een regeling die 25% vaststelt hebben we niet gevonden. Daarom rekenen we met 23,5%. Rekent uw gemeente met een ander percentage? Vul dat in bij ‘Meer instellingen’.", "Note: a public calculation model by MinBZK (Financieel CV scenario, October 2026) uses 25% employer charges. The Regeling loonkostensubsidie Participatiewet 2021 (article 1) says 23.5%. We found no regulation that sets 25%. So we calculate with 23.5%. Does your municipality use another percentage? Enter it under ‘More settings’."),
    ("Vul de datum in waarop de subsidie is toegekend.", "Enter the date on which the subsidy was granted."),
    ("Vul een maandbedrag in groter dan 0 en niet meer dan € 20.000.", "Enter a monthly amount greater than 0 and not more than € 20,000."),
    ("We nemen aan dat de subsidie nieuw is: toegekend op de peildatum. Loopt de subsidie al langer? Kies dan ‘loopt al’ en vul de datum van toekenning in. Een lopende subsidie stijgt alleen op 1 januari mee met het minimumloon.", "We assume the subsidy is new: granted on the reference date. Has the subsidy been running for longer? Then choose ‘already running’ and enter the date of the grant. A running subsidy only rises with the minimum wage on 1 January."),
    ("We tellen de vergoeding voor werkgeverslasten (23,5%) op bóvenop het maximum van 70%, zoals gemeenten dat doen. Volgens een andere lezing valt de vergoeding binnen het maximum; dat geeft hier minder subsidie. U kunt die lezing kiezen bij ‘Meer instellingen’.", "We add the employer charges allowance (23.5%) on top of the 70% maximum, as municipalities do. Under another reading the allowance falls within the maximum; that gives less subsidy here. You can choose that reading under ‘More settings’."),
    ("Werkweek waarvan het loon behouden blijft (cao Aan de Slag, 36 uur zonder loonverlies)", "Working week whose pay is kept (cao Aan de Slag, 36 hours without loss of pay)"),
    ("bedrag per uur × uren per week × 52 weken", "amount per hour × hours per week × 52 weeks"),
    ("brutoloon + vakantiebijslag", "gross wage + holiday allowance"),
    ("brutoloon + vakantiebijslag + cao-uitkeringen", "gross wage + holiday allowance + collective agreement payments"),
    ("cao-uitkeringen bij een volledige werkweek × deeltijdfactor", "collective agreement payments for a full working week × part-time factor"),
    ("deel werkgever × premie × pensioengrondslag", "employer share × premium × pension base"),
    ("eindejaarsuitkering + eenmalige uitkering", "year-end payment + one-off payment"),
    ("forfait × (1 + percentage vergoeding werkgeverslasten)", "fixed subsidy × (1 + employer charges allowance percentage)"),
    ("forfaitaire loonkostensubsidie ÷ subsidie bij een subsidiepercentage van 100%", "fixed wage cost subsidy ÷ subsidy at a subsidy percentage of 100%"),
    ("forfaitpercentage lid 5 × minimumloon met vakantiebijslag per jaar voor deze uren × (1 + percentage vergoeding werkgeverslasten)", "lid 5 fixed percentage × minimum wage with holiday allowance per year for these hours × (1 + employer charges allowance percentage)"),
    ("forfaitpercentage × grondslag per jaar (lezing A en C: met vakantiebijslag; lezing B: zonder)", "fixed percentage × base per year (readings A and C: with holiday allowance; reading B: without)"),
    ("franchise × deeltijdfactor", "franchise × part-time factor"),
    ("het forfait, zonder aparte vergoeding werkgeverslasten", "the fixed subsidy, without a separate employer charges allowance"),
    ("het kleinste van: loonkostensubsidie met werkgeverslasten en de hoogste loonkostensubsidie", "the smaller of: wage cost subsidy with employer charges and the highest wage cost subsidy"),
    ("het minimumloon per maand op de datum van toekenning als die in dit kalenderjaar ligt, anders op 1 januari van dit jaar", "the monthly minimum wage on the date of the grant if that is in this calendar year, otherwise on 1 January of this year"),
    ("loon boven de franchise, minimaal 0", "wage above the franchise, at least 0"),
    ("loon met vakantiebijslag + werkgeverslasten", "wage with holiday allowance + employer charges"),
    ("loon met vakantiebijslag, hoogstens het maximumpremieloon", "wage with holiday allowance, at most the maximum premium wage"),
    ("loon voor het pensioen × het percentage dat u invulde", "pensionable wage × the percentage you entered"),
    ("loon voor het pensioen − franchise naar rato", "pensionable wage − franchise pro rata"),
    ("loonkostenvoordeel voor alle uren, hoogstens het maximum per jaar", "wage cost benefit for all hours, at most the maximum per year"),
    ("minimumloon met vakantiebijslag per jaar voor deze uren × (1 + percentage vergoeding werkgeverslasten)", "minimum wage with holiday allowance per year for these hours × (1 + employer charges allowance percentage)"),
    ("minimumloon met vakantiebijslag per jaar voor deze uren ÷ (1 + vakantiebijslag)", "minimum wage with holiday allowance per year for these hours ÷ (1 + holiday allowance)"),
    ("minimumloon met vakantiebijslag per maand × 12 maanden × uren die meetellen ÷ urenbasis (36)", "minimum wage with holiday allowance per month × 12 months × hours that count ÷ hours basis (36)"),
    ("minimumloon per maand (referentiemaandloon) × (1 + vakantiebijslag); onder 21 jaar eerst × het percentage voor de leeftijd", "monthly minimum wage (reference monthly wage) × (1 + holiday allowance); under 21 first × the percentage for the age"),
    ("minimumloon per maand bij toekenning × minimumloon per maand op 1 januari nu ÷ minimumloon per maand op 1 januari van het jaar van toekenning", "monthly minimum wage at the grant × monthly minimum wage on 1 January now ÷ monthly minimum wage on 1 January of the year of the grant"),
    ("minimumuurloon × werkweek waarvan het loon behouden blijft ÷ volledige werkweek", "minimum hourly wage × working week whose pay is kept ÷ full working week"),
    ("subsidiepercentage × minimumloon met vakantiebijslag per jaar voor deze uren", "subsidy percentage × minimum wage with holiday allowance per year for these hours"),
    ("uren per week ÷ volledige werkweek", "hours per week ÷ full working week"),
    ("wettelijk maximum × minimumloon met vakantiebijslag per jaar voor deze uren", "legal maximum × minimum wage with holiday allowance per year for these hours"),
    ("wettelijk maximum × subsidie bij een subsidiepercentage van 100%", "legal maximum × subsidy at a subsidy percentage of 100%"),
    (", het bedrag waarop de lopende subsidie rust (lid 7)", ", the amount a running subsidy rests on (lid 7)"),
    ("Het jaaroverzicht gaat over het kalenderjaar van de peildatum.", "The year overview covers the calendar year of the reference date."),
    ("In het jaaroverzicht is de subsidie nieuw op de eerste dag van het overzicht (of op de eerste werkdag). Daarna loopt die: hij stijgt pas op 1 januari mee met het minimumloon.", "In the year overview the subsidy is new on the first day of the overview (or on the first working day). After that it is running: it only rises with the minimum wage on 1 January."),
    ("Het forfait van 50% voor de eerste zes maanden geldt alleen bij een nieuwe plaatsing. De subsidie loopt al, dus we rekenen met de meting.", "The 50% fixed subsidy for the first six months only applies to a new placement. The subsidy is already running, so we calculate with the measurement."),
    ("We zetten de vakantiebijslag elke maand apart (opbouw). Kiest u een maand van uitbetaling, dan staat de vakantiebijslag van de twaalf maanden in die maand.", "We set the holiday allowance aside each month (accrual). If you choose a month of payment, the holiday allowance of the twelve months is shown in that month."),
    ("We nemen aan dat de eenmalige uitkering van de cao in december wordt betaald.", "We assume the one-off payment of the collective agreement is paid in December."),
    ("De werknemer begint niet op de eerste van de maand. In het jaaroverzicht telt die maand als een hele maand.", "The employee does not start on the first of the month. In the year overview that month counts as a whole month."),
    ("Vul een jaar in, bijvoorbeeld 2026.", "Enter a year, for example 2026."),
    ("Vul een maand in als jaar en maand, bijvoorbeeld 2026-09.", "Enter a month as year and month, for example 2026-09."),
    ("Kies een maand van 1 tot en met 12.", "Choose a month from 1 up to and including 12."),
    ("Vul bij een nieuwe meting zowel de maand als de nieuwe loonwaarde in.", "For a new measurement, enter both the month and the new loonwaarde."),
    ("We nemen aan dat de werknemer {0} jaar of ouder is.", "We assume the employee is {0} or older."),
    ("We nemen {0} uur per week aan.", "We assume {0} hours per week."),
    ("We nemen een loonwaarde van {0}% aan.", "We assume a loonwaarde of {0}%."),
    ("Is de loonwaarde lager dan {0}%, dan krijgt u meer subsidie met een meting. Bij precies {0}% zijn meting en forfait gelijk. Is de loonwaarde hoger, dan krijgt u meer met het forfait.", "If the loonwaarde is below {0}%, you get more subsidy with a measurement. At exactly {0}% both are equal. If it is higher, you get more with the fixed subsidy."),
    ("Bij een loonwaarde tot en met {0}% krijgt u meer subsidie met een meting; vanaf {1}% krijgt u meer met het forfait. Het omslagpunt ligt bij {2}.", "With a loonwaarde up to and including {0}% you get more subsidy with a measurement; from {1}% you get more with the fixed subsidy. The break-even point is {2}."),
    ("Grondslag van de subsidie: minimumloon per maand (referentiemaandloon) {0}", "Base of the subsidy: monthly minimum wage (reference monthly wage) {0}"),
    (" (geldt vanaf {0})", " (since {0})"),
    (" (voorlopig: laatst bekende waarde, vanaf {0})", " (provisional: last known value, since {0})"),
    (" (zelf ingevuld)", " (entered by you)"),
    (" + {0} vakantiebijslag", " + {0} holiday allowance"),
    (", × {0} voor deze leeftijd", ", × {0} for this age"),
    ("‘{0}’ kennen we niet; we hebben het overgeslagen.", "We do not know ‘{0}’; we skipped it."),
    ("‘{0}={1}’ is niet geldig: {2}", "‘{0}={1}’ is not valid: {2}"),
    ("‘{0}’ staat er meer dan één keer in; we gebruiken de eerste waarde.", "‘{0}’ appears more than once; we use the first value."),
    ("Versie ‘{0}’ kennen we niet; we lezen de link als versie {1}.", "We do not know version ‘{0}’; we read the link as version {1}."),
    ("De link is te lang; het laatste deel hebben we overgeslagen.", "The link is too long; we skipped the last part."),
    ("{0}: {1} De rekenhulp kent waarden tot en met {2}; de peildatum is {3}. Vul de waarde zelf in.", "{0}: {1} The calculator knows values up to and including {2}; the reference date is {3}. Enter the value yourself."),
    ("{0}: {1} De rekenhulp heeft waarden vanaf {2}; de peildatum is {3}.", "{0}: {1} The calculator has values from {2}; the reference date is {3}."),
    ("Loon in het kalenderjaar tot en met deze maand", "Wage in the calendar year up to and including this month"),
    ("loon van de eerdere maanden + loon van deze maand", "wage of the earlier months + wage of this month"),
    ("Premieloon in het kalenderjaar tot en met deze maand", "Premium wage in the calendar year up to and including this month"),
    ("het kleinste van: loon tot en met deze maand, maximumpremieloon", "the smaller of: wage up to and including this month, maximum premium wage"),
    ("Premieloon van de eerdere maanden", "Premium wage of the earlier months"),
    ("het kleinste van: loon van de eerdere maanden, maximumpremieloon", "the smaller of: wage of the earlier months, maximum premium wage"),
    ("Loon waarover u deze maand premies betaalt", "Wage you pay premiums on this month"),
    ("premieloon tot en met deze maand − premieloon van de eerdere maanden", "premium wage up to and including this month − premium wage of the earlier months"),
    ("Premies werkgever deze maand", "Employer premiums this month"),
    ("premieloon deze maand × premies samen", "premium wage this month × premiums together"),
];

/// A text with places for values (`{0}`, `{1}`, ...) in the chosen language, filled in. The Dutch
/// template is the key of its English, like every other text, so the English sentence is not in the
/// app's wasm. A place without a value stays empty; a `{` that starts no place stays as it is.
pub fn vul(nl: &'static str, taal: Taal, waarden: &[&str]) -> String {
    let sjabloon = vertaal(nl, taal);
    let mut uit = String::with_capacity(sjabloon.len() + 16);
    let mut rest = sjabloon;
    while let Some(i) = rest.find('{') {
        uit.push_str(&rest[..i]);
        let na = &rest[i + 1..];
        match na.find('}').and_then(|j| na[..j].parse::<usize>().ok().map(|n| (j, n))) {
            Some((j, n)) => {
                uit.push_str(waarden.get(n).copied().unwrap_or_default());
                rest = &na[j + 1..];
            }
            None => {
                uit.push('{');
                rest = na;
            }
        }
    }
    uit.push_str(rest);
    uit
}

/// The text in the chosen language (Dutch when no translation exists).
pub fn vertaal(nl: &'static str, taal: Taal) -> &'static str {
    match taal {
        Taal::Nl => nl,
        Taal::En => engels(nl).unwrap_or(nl),
    }
}
