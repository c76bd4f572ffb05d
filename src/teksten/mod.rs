//! All interface text of the app (Dutch, B1, the source) and its English (`engels`, keyed by the Dutch).
//! Calculation text (steps, messages) comes from `rekenkern::teksten` and `rekenkern::engels`;
//! nothing else in the app holds user-facing text. Components show text through [`t`].

use leptos::prelude::use_context;
use rekenkern::engels::vul;
use rekenkern::Taal;

/// The language of the part of the page being built (provided by `App`).
pub fn taal() -> Taal {
    use_context::<Taal>().unwrap_or_default()
}

/// A Dutch text in the given language (one table for the app and the calculation: `en.tsv`).
pub use rekenkern::engels::vertaal;

/// A Dutch text in the current language (call while building a view).
pub fn t(nl: &'static str) -> &'static str {
    vertaal(nl, taal())
}

/// Page language switch: label of the button that switches to the other language.
pub fn andere_taal(taal: Taal) -> (&'static str, &'static str, Taal) {
    match taal {
        Taal::Nl => ("English", "en", Taal::En),
        Taal::En => ("Nederlands", "nl", Taal::Nl),
    }
}

/// The English texts could not be loaded (said in both languages: the English is what is missing).
pub const ENGELS_NIET_GELADEN: &str = tekst!("De Engelse teksten konden niet worden geladen; de pagina blijft Nederlands. The English texts could not be loaded." => "The English texts could not be loaded; the page stays in Dutch.");
/// Site label in the header.
pub const MERK: &str = tekst!("Rekenhulp" => "Calculator");
/// First option of a month select.
pub const GEEN_MAAND: &str = tekst!("Geen maand" => "No month");
/// Screen reader prefix of a field error.
pub const FOUT_PREFIX: &str = tekst!("Fout: " => "Error: ");
/// Expand an explanation.
pub const HOE_BEREKEND: &str = tekst!("Hoe berekend?" => "How is this calculated?");
/// Before the exact step value.
pub const UITKOMST_PREFIX: &str = tekst!("Uitkomst: " => "Result: ");
/// After the exact step value.
pub const NIET_AFGEROND: &str = tekst!(" (nog niet afgerond)" => " (not rounded yet)");
/// After a line rounded to the cent in an explanation's chain.
pub const AFGEROND: &str = tekst!(", afgerond op hele centen" => ", rounded to whole cents");
/// After the last step of an explanation: it is the amount of the card.
pub const ZOALS_HIERBOVEN: &str = tekst!(": het bedrag hierboven." => ": the amount shown above.");
/// Under a table of amounts: how they are rounded (docs/adr/0021).
pub const AFRONDING: &str = tekst!("Elk bedrag is afgerond op hele centen, zoals op een loonstrook en in de beschikking van de gemeente. Een totaal is de optelsom van de bedragen erboven." => "Each amount is rounded to whole cents, as on a payslip and in the municipality's decision. A total is the sum of the amounts above it.");
/// Before the legal basis.
pub const GRONDSLAG: &str = tekst!("Grondslag: " => "Legal basis: ");
/// Summary of the whole trail.
pub const ALLE_STAPPEN: &str = tekst!("Hoe is dit berekend? Alle stappen" => "How is this calculated? All steps");
/// Chart axis and table column.
pub const LOONWAARDE: &str = tekst!("Loonwaarde" => "Loonwaarde");
/// Chart table summary.
pub const TABEL_BIJ_GRAFIEK: &str = tekst!("Tabel bij de grafiek" => "Table for the chart");
/// Chart legend for the current loonwaarde.
pub const LOONWAARDE_NU: &str = tekst!("Loonwaarde nu" => "Current loonwaarde");
/// Chart table row with the current loonwaarde.
pub const NU: &str = tekst!("Nu" => "Now");
/// Chart label of the break-even point.
pub const OMSLAGPUNT: &str = tekst!("omslagpunt" => "break-even");
/// Badge on the measured subsidy.
pub const LOONKOSTENSUBSIDIE: &str = tekst!("Loonkostensubsidie" => "Wage cost subsidy");
/// Net cost with measurement.
pub const NETTO_METING: &str = tekst!("Wat u zelf betaalt met meting" => "What you pay yourself with measurement");
/// Net cost with forfait.
pub const NETTO_FORFAIT: &str =
    tekst!("Wat u zelf betaalt met forfait" => "What you pay yourself with the fixed subsidy");
/// Print: the peildatum.
pub const PEILDATUM: &str = tekst!("Peildatum" => "Reference date");
/// Print: value was assumed.
pub const AANGENOMEN: &str = tekst!(" (aangenomen)" => " (assumed)");
/// Badge on a figure resting on a provisional value.
pub const VOORLOPIG: &str = tekst!("voorlopig" => "provisional");
/// In an explanation: the figure rests on a provisional value.
pub const UITLEG_VOORLOPIG: &str = tekst!("Voorlopig: dit bedrag rust op een laatst bekende waarde, omdat de waarde voor deze datum nog niet bekend is." => "Provisional: this amount rests on a last known value, because the value for this date is not known yet.");
/// The figure rests on an announced value (docs/adr/0024).
pub const UITLEG_AANGEKONDIGD: &str = tekst!("Voorlopig: dit bedrag rust op een aangekondigde waarde. Het kabinet heeft die met een datum aangekondigd, maar hij is nog niet officieel gepubliceerd." => "Provisional: this amount rests on an announced value. The government announced it with a date, but it is not officially published yet.");
/// Where a value came from.
pub mod herkomst {
    /// From the table since a date.
    pub const GELDT_VANAF: &str = tekst!("geldt vanaf" => "valid from");
    /// Planned.
    pub const VOORGENOMEN: &str = tekst!("voorgenomen, beoogd vanaf" => "planned, intended from");
    /// Convention.
    pub const CONVENTIE: &str =
        tekst!("rekenafspraak van deze rekenhulp" => "calculation convention of this calculator");
    /// Entered by the user.
    pub const GEBRUIKER: &str = tekst!("zelf ingevuld" => "entered by you");
    /// Assumed.
    pub const AANGENOMEN: &str = tekst!("aangenomen" => "assumed");
    /// Provisional: last known value.
    pub const VOORLOPIG: &str =
        tekst!("voorlopig: laatst bekende waarde, geldt vanaf" => "provisional: last known value, since");
    /// Announced, not yet published (docs/adr/0024).
    pub const AANGEKONDIGD: &str = tekst!("aangekondigd, nog niet officieel gepubliceerd, geldt vanaf" => "announced, not officially published yet, from");
    /// Source is law text.
    pub const WETTEKST: &str = tekst!("wettekst" => "law text");
    /// Secondary source.
    pub const SECUNDAIR: &str = tekst!("afgeleide bron" => "secondary source");
    /// Policy letter only.
    pub const KAMERBRIEF: &str = tekst!("alleen Kamerbrief" => "policy letter only");
    /// Estimate.
    pub const AFGELEID: &str = tekst!("schatting of afspraak" => "estimate or convention");
}
/// Units after a value.
pub mod eenheid {
    /// Per year.
    pub const PER_JAAR: &str = tekst!("per jaar" => "per year");
    /// Per hour.
    pub const PER_UUR: &str = tekst!("per uur" => "per hour");
    /// Per month.
    pub const PER_MAAND: &str = tekst!("per maand" => "per month");
    /// Hours per week.
    pub const UUR_PER_WEEK: &str = tekst!("uur per week" => "hours per week");
}
/// In "Alle stappen", beside a yearly amount whose card differs by a cent (ADR 0021).
pub fn uitleg_kaart_anders(bedrag: &str, taal: Taal) -> String {
    vul(
        tekst!(" (op de kaart per jaar: {0}, de som van de afgeronde delen)" => " (on the card per year: {0}, the sum of the rounded parts)"),
        taal,
        &[bedrag],
    )
}

/// Minimum wage on the date, under the date field.
pub fn wml_info(bedrag: &str, vanaf: Option<&str>, taal: Taal) -> String {
    match vanaf {
        Some(d) => vul(
            tekst!("Minimumloon voor deze leeftijd op deze datum: {0} per uur (geldt vanaf {1})." => "Minimum wage for this age on this date: {0} per hour (since {1})."),
            taal,
            &[bedrag, d],
        ),
        None => vul(
            tekst!("Minimumloon voor deze leeftijd: {0} per uur (zelf ingevuld)." => "Minimum wage for this age: {0} per hour (entered by you)."),
            taal,
            &[bedrag],
        ),
    }
}

/// Minimum wage under the date field for a youth past the published table: made from the scale in
/// force (announced or published) and the hourly wage for 21 and older (docs/adr/0024).
pub fn wml_info_jeugd(bedrag: &str, aangekondigd: bool, taal: Taal) -> String {
    vul(
        if aangekondigd {
            tekst!("Minimumloon voor deze leeftijd: {0} per uur (voorlopig: het nieuwe percentage voor jongeren dat het kabinet heeft aangekondigd, van het laatst bekende minimumloon)." => "Minimum wage for this age: {0} per hour (provisional: the new percentage for young people that the government has announced, of the last known minimum wage).")
        } else {
            tekst!("Minimumloon voor deze leeftijd: {0} per uur (voorlopig: het percentage voor jongeren van het laatst bekende minimumloon)." => "Minimum wage for this age: {0} per hour (provisional: the percentage for young people of the last known minimum wage).")
        },
        taal,
        &[bedrag],
    )
}

/// Minimum wage under the date field when it is a provisional (last known) value.
pub fn wml_info_voorlopig(bedrag: &str, vanaf: &str, taal: Taal) -> String {
    vul(
        tekst!("Minimumloon voor deze leeftijd: {0} per uur (voorlopig: laatst bekende waarde, geldt vanaf {1})." => "Minimum wage for this age: {0} per hour (provisional: last known value, since {1})."),
        taal,
        &[bedrag, vanaf],
    )
}

/// Page title.
pub const TITEL: &str = tekst!("Rekenhulp beschut werk" => "Calculator for sheltered work (beschut werk)");
/// One-line intro.
pub const INTRO: &str = tekst!("Wat kost een werknemer met loonkostensubsidie u? Vergelijk de subsidie na een meting van de loonwaarde met het voorgenomen vaste bedrag (forfait). Alles wordt in uw browser berekend; er gaat niets naar een server." => "What does an employee with wage cost subsidy (loonkostensubsidie) cost you? Compare the subsidy after measuring the loonwaarde with the planned fixed amount (forfait). Everything is calculated in your browser; nothing is sent to a server.");
/// On the English page only: the notation and the legal terms that stay Dutch (ADR 0010).
pub const NOTATIE: &str = tekst!("Bedragen, percentages en datums staan er zoals op een Nederlandse loonstrook: € 1.234,56, 23,5% en 01-07-2026. Enkele juridische begrippen blijven Nederlands: loonwaarde, loonkostensubsidie, beschut werk en cao." => "Amounts, percentages and dates are written the Dutch way, as on a Dutch payslip and in the municipality's decision: € 1.234,56 is one thousand two hundred and thirty-four euros and fifty-six cents, 23,5% is twenty-three and a half percent, and 01-07-2026 is 1 July 2026. A few Dutch legal terms stay as they are: loonwaarde (the wage value: how much of a normal output the employee achieves, as measured), loonkostensubsidie (the wage cost subsidy), beschut werk (sheltered work) and cao (collective labour agreement).");
/// Skip link.
pub const NAAR_UITKOMST: &str = tekst!("Naar de uitkomst" => "Skip to the result");
/// Form heading.
pub const KOP_INVOER: &str = tekst!("Uw situatie" => "Your situation");
/// Result heading.
pub const KOP_UITKOMST: &str = tekst!("Uitkomst" => "Result");
/// Comparison heading.
pub const KOP_VERGELIJKING: &str =
    tekst!("Meting of forfait: de vergelijking" => "Measurement or fixed subsidy: the comparison");
/// Chart heading.
pub const KOP_GRAFIEK: &str =
    tekst!("Wat u zelf betaalt bij elke loonwaarde" => "What you pay yourself at each loonwaarde");
/// Assumptions heading.
pub const KOP_AANNAMES: &str = tekst!("Wat we hebben aangenomen" => "What we assumed");
/// Warnings heading.
pub const KOP_LET_OP: &str = tekst!("Let op" => "Please note");
/// Scope heading.
pub const KOP_NIET_INBEGREPEN: &str = tekst!("Wat zit er niet in?" => "What is not included?");
/// Sources heading.
pub const KOP_BRONNEN: &str = tekst!("Bronnen" => "Sources");
/// Advanced settings.
pub const GEAVANCEERD: &str = tekst!("Meer instellingen: premies en waarden die u zelf weet" => "More settings: premiums and values you know yourself");
/// Advanced intro.
pub const GEAVANCEERD_UITLEG: &str = tekst!("Laat een veld leeg om de waarde uit de tabel te gebruiken. Percentages vult u in als getal, bijvoorbeeld 7,74." => "Leave a field empty to use the value from the table. Enter percentages as a number, for example 7,74.");

/// A field that asks something else than its row's question (`Sleutel::vraag`): (label, hint).
pub mod veld {
    /// Scale wage.
    pub const SCHAALLOON: (&str, &str) = (
        tekst!("Uurloon van deze schaal in euro" => "Hourly wage of this scale in euro"),
        tekst!("Zoek het bedrag op in de loontabel van de cao Aan de Slag voor deze datum." => "Look up the amount in the wage table of the collective agreement Aan de Slag for this date."),
    );
}

/// Choice groups: legend and options (value, label).
pub mod keuze {
    /// Period.
    pub const PERIODE: (&str, &[(&str, &str)]) = (
        tekst!("Bedragen" => "Amounts"),
        &[
            ("uur", tekst!("per uur" => "per hour")),
            ("maand", tekst!("per maand" => "per month")),
            ("jaar", tekst!("per jaar" => "per year")),
        ],
    );
}

/// The year overview.
pub mod jaar {
    /// Heading (summary).
    pub const KOP: &str = tekst!("Het jaar in één overzicht" => "The year at a glance");
    /// The steps of the month in which the wage reaches the maximum premieloon: the month.
    pub const PREMIES_UITLEG: &str = tekst!("Hoe berekend: de premies in {0}, de maand waarin het loon het maximumpremieloon bereikt" => "How calculated: the premiums in {0}, the month in which the wage reaches the maximum premium wage");
    /// Intro.
    pub const UITLEG: &str = tekst!("Maand voor maand wat de werknemer kost en wat de subsidie oplevert, met meting en met het forfait. Het minimumloon stijgt op 1 januari en 1 juli; een lopende subsidie alleen op 1 januari." => "Month by month what the employee costs and what the subsidy brings, with a measurement and with the fixed subsidy. The minimum wage rises on 1 January and 1 July; a running subsidy only on 1 January.");
    /// Chart title.
    pub const GRAFIEK: &str = tekst!("Wat u zelf betaalt, per maand" => "What you pay yourself, per month");
    /// Table caption.
    pub const TABEL: &str = tekst!("Per maand: kosten en subsidie" => "Per month: cost and subsidy");
    /// Month column.
    pub const MAAND: &str = tekst!("Maand" => "Month");
    /// LKS measured column.
    pub const LKS_METING: &str = tekst!("Subsidie met meting" => "Subsidy with measurement");
    /// LKS forfait column.
    pub const LKS_FORFAIT: &str =
        tekst!("Subsidie met forfait (voorgenomen)" => "Subsidy with fixed subsidy (planned)");
    /// Not employed yet.
    pub const NIET_IN_DIENST: &str = tekst!("nog niet in dienst" => "not employed yet");
    /// Lid 5 month.
    pub const LID5: &str = tekst!("50% zonder meting (lid 5)" => "50% without measurement (lid 5)");
    /// Total row.
    pub const TOTAAL: &str = tekst!("Totaal" => "Total");
    /// CSV link.
    pub const CSV: &str = tekst!("Download als CSV-bestand" => "Download as a CSV file");
    /// Error.
    pub const FOUT: &str =
        tekst!("Het jaaroverzicht kan nog niet worden berekend:" => "The year overview cannot be calculated yet:");
}

/// The peildatum's month of the year overview when it differs from the cards above: why, on its
/// row (issue 31, docs/adr/0025).
pub fn jaar_kaart(k: &rekenkern::kaart::Kaartverschil, taal: Taal) -> String {
    use rekenkern::kaart::Reden;
    let redenen: Vec<String> = k
        .redenen
        .iter()
        .map(|r| match r {
            Reden::LooptSinds(d) => vul(
                tekst!("hier loopt de subsidie sinds {0} en volgt hij het minimumloon pas op 1 januari (lid 7); bovenaan is hij nieuw op de peildatum" => "here the subsidy has run since {0} and follows the minimum wage only on 1 January (lid 7); above it is new on the reference date"),
                taal,
                &[&datum_lang(*d, taal)],
            ),
            Reden::Lid5 => vertaal(tekst!("hier is het een van de eerste zes maanden, met 50% zonder meting (lid 5)" => "here it is one of the first six months, at 50% without measurement (lid 5)"), taal).into(),
            Reden::Leeftijd => vertaal(tekst!("hier met de leeftijd in deze maand" => "here with the age in this month"), taal).into(),
            Reden::NieuweMeting => vertaal(tekst!("hier met de loonwaarde van de nieuwe meting" => "here with the loonwaarde of the new measurement"), taal).into(),
            Reden::Vakantiebijslag => vertaal(tekst!("hier wordt de vakantiebijslag in één maand uitbetaald" => "here the holiday allowance is paid in one month"), taal).into(),
            Reden::Cao => vertaal(tekst!("hier vallen de cao-uitkeringen in de maand van betaling" => "here the collective agreement payments fall in the month they are paid"), taal).into(),
            Reden::Premieloon => vertaal(tekst!("hier telt het maximumpremieloon over het hele kalenderjaar" => "here the maximum premium wage counts over the whole calendar year"), taal).into(),
            Reden::Anders => vertaal(tekst!("hier telt mee wat van maand tot maand doorloopt" => "here what carries over from month to month counts"), taal).into(),
        })
        .collect();
    vul(
        tekst!("Anders dan bovenaan ({0} met meting): {1}." => "Not as above ({0} with measurement): {1}."),
        taal,
        &[&rekenkern::getal::euro(k.kaart.nettokosten_meting), &redenen.join(&[';', ' '].iter().collect::<String>())],
    )
}

/// Month names (1..=12), long.
pub fn maand_naam(maand: u8, taal: Taal) -> &'static str {
    const NAMEN: [&str; 12] = [
        tekst!("januari" => "January"),
        tekst!("februari" => "February"),
        tekst!("maart" => "March"),
        tekst!("april" => "April"),
        tekst!("mei" => "May"),
        tekst!("juni" => "June"),
        tekst!("juli" => "July"),
        tekst!("augustus" => "August"),
        tekst!("september" => "September"),
        tekst!("oktober" => "October"),
        tekst!("november" => "November"),
        tekst!("december" => "December"),
    ];
    vertaal(NAMEN[usize::from(maand.clamp(1, 12) - 1)], taal)
}

/// A signed difference, with a plus for a rise ("+ € 351,00", "− € 4,89").
pub fn verschil_euro(v: rust_decimal::Decimal) -> String {
    use rekenkern::getal::euro;
    if v.is_zero() {
        String::new()
    } else if v.is_sign_positive() {
        format!("+ {}", euro(v))
    } else {
        format!("− {}", euro(-v))
    }
}

/// A text with a capital first letter (a month name at the start of a heading or caption).
pub fn hoofdletter(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|e| e.to_uppercase().chain(c).collect()).unwrap_or_default()
}

/// A date in words: "1 juli 2026" / "1 July 2026".
pub fn datum_lang(d: rekenkern::Datum, taal: Taal) -> String {
    format!("{} {} {}", d.dag(), maand_naam(d.maand(), taal), d.jaar())
}

/// Month names, short (chart axis).
pub fn maand_kort(maand: u8, taal: Taal) -> &'static str {
    const NAMEN: [&str; 12] = [
        tekst!("jan" => "Jan"),
        tekst!("feb" => "Feb"),
        tekst!("mrt" => "Mar"),
        tekst!("apr" => "Apr"),
        tekst!("mei" => "May"),
        tekst!("jun" => "Jun"),
        tekst!("jul" => "Jul"),
        tekst!("aug" => "Aug"),
        tekst!("sep" => "Sep"),
        tekst!("okt" => "Oct"),
        tekst!("nov" => "Nov"),
        tekst!("dec" => "Dec"),
    ];
    vertaal(NAMEN[usize::from(maand.clamp(1, 12) - 1)], taal)
}

/// The year in one B1 sentence.
pub fn jaar_zin(j: &rekenkern::jaar::Jaaroverzicht, taal: Taal) -> String {
    use rekenkern::getal::euro;
    let (eerste, laatste) = match (j.maanden.first(), j.maanden.last()) {
        (Some(a), Some(b)) => (a.maand, b.maand),
        _ => return String::new(),
    };
    let (m, f) = (euro(j.totaal.nettokosten_meting), euro(j.totaal.nettokosten_forfait));
    let kalenderjaar = eerste.maand() == 1;
    // Months resting on a provisional value make the total provisional: said first.
    let voorlopig = j
        .maanden
        .iter()
        .any(|m| m.uitkomst.as_ref().is_some_and(|u| u.is_voorlopig(&rekenkern::teksten::NETTO_METING)));
    let voor = if voorlopig { vertaal(tekst!("Voorlopig: " => "Provisional: "), taal) } else { "" };
    let zin = if kalenderjaar {
        vul(
            tekst!("In {0} kost deze werknemer u {1} met meting en {2} met het forfait." => "In {0} this employee costs you {1} with a measurement and {2} with the fixed subsidy."),
            taal,
            &[&eerste.jaar().to_string(), &m, &f],
        )
    } else {
        vul(
            tekst!("Van {0} {1} tot en met {2} {3} kost deze werknemer u {4} met meting en {5} met het forfait." => "From {0} {1} to {2} {3} this employee costs you {4} with a measurement and {5} with the fixed subsidy."),
            taal,
            &[
                maand_naam(eerste.maand(), taal),
                &eerste.jaar().to_string(),
                maand_naam(laatste.maand(), taal),
                &laatste.jaar().to_string(),
                &m,
                &f,
            ],
        )
    };
    if voor.is_empty() {
        return zin;
    }
    // The sentence starts with "In", "Van" or "From": ASCII (char::to_lowercase would bring in the
    // Unicode case tables, some 11 KB of wasm).
    let mut uit = String::from(voor);
    let mut tekens = zin.chars();
    uit.extend(tekens.next().map(|c| c.to_ascii_lowercase()));
    uit.push_str(tekens.as_str());
    uit
}

/// Figure labels.
pub mod figuur {
    /// Gross wage.
    pub const BRUTOLOON: &str = tekst!("Brutoloon" => "Gross wage");
    /// Wage cost.
    pub const LOONKOSTEN: &str = tekst!("Loonkosten" => "Wage cost");
    /// LKS.
    pub const LKS: &str = tekst!("Loonkostensubsidie" => "Wage cost subsidy");
    /// Net.
    pub const NETTO: &str = tekst!("Wat u zelf betaalt" => "What you pay yourself");
    /// Column measured.
    pub const METING: &str = tekst!("Met meting van de loonwaarde" => "With measurement of the loonwaarde");
    /// Column forfait.
    pub const FORFAIT: &str = tekst!("Met forfait (voorgenomen)" => "With fixed subsidy (planned)");
    /// Column difference.
    pub const VERSCHIL: &str = tekst!("Verschil (forfait min meting)" => "Difference (fixed minus measurement)");
    /// Lid 5: the subsidy before a measurement, under the measured subsidy's amount.
    pub const LID5: &str = tekst!("Subsidie in de eerste 6 maanden zonder meting (50%, lid 5)" => "Subsidy in the first 6 months without measurement (50%, lid 5)");
    /// Subtitle forfait.
    pub fn voorgenomen(jaar: u16, taal: rekenkern::Taal) -> String {
        rekenkern::engels::vul(tekst!("voorgenomen, beoogd {0}" => "planned, intended {0}"), taal, &[&jaar.to_string()])
    }
}

/// Sentences around the comparison.
pub mod zin {
    use rekenkern::engels::vul;
    use rekenkern::getal::{euro, procent};
    use rekenkern::Taal;
    use rust_decimal::Decimal;

    /// Break-even sentence.
    pub fn omslagpunt(lw: Decimal, taal: Taal) -> String {
        rekenkern::teksten::omslagzin(lw, taal)
    }
    /// No break-even.
    pub const FORFAIT_ALTIJD: &str = tekst!("Met het forfait krijgt u bij elke loonwaarde minstens zoveel subsidie als met een meting." => "With the fixed subsidy you get at least as much subsidy as with a measurement at every loonwaarde.");
    /// Which is cheaper now; `verschil` is net cost with forfait minus net cost with measuring.
    pub fn nu(verschil: Decimal, periode: &str, taal: Taal) -> String {
        let bedrag = euro(verschil.abs());
        let sjabloon = match verschil.cmp(&Decimal::ZERO) {
            std::cmp::Ordering::Less => {
                tekst!("Bij deze loonwaarde betaalt u met het forfait {0} {1} minder." => "At this loonwaarde you pay {0} {1} less with the fixed subsidy.")
            }
            std::cmp::Ordering::Greater => {
                tekst!("Bij deze loonwaarde betaalt u met een meting {0} {1} minder." => "At this loonwaarde you pay {0} {1} less with a measurement.")
            }
            std::cmp::Ordering::Equal => {
                tekst!("Bij deze loonwaarde maakt het geen verschil." => "At this loonwaarde it makes no difference.")
            }
        };
        vul(sjabloon, taal, &[&bedrag, periode])
    }
    /// Live summary for screen readers.
    /// `voorlopig`: the amounts rest on a provisional value (said first, also in the phone bar).
    pub fn samenvatting(
        netto_meting: Decimal,
        netto_forfait: Decimal,
        periode: &str,
        voorlopig: bool,
        taal: Taal,
    ) -> String {
        let (m, f) = (euro(netto_meting), euro(netto_forfait));
        let sjabloon = if voorlopig {
            tekst!("Voorlopig: u betaalt zelf {0} {1} met een meting en {2} met het forfait." => "Provisional: you pay {0} {1} yourself with a measurement and {2} with the fixed subsidy.")
        } else {
            tekst!("U betaalt zelf {0} {1} met een meting en {2} met het forfait." => "You pay {0} {1} yourself with a measurement and {2} with the fixed subsidy.")
        };
        vul(sjabloon, taal, &[&m, periode, &f])
    }
    /// What the chart shows, read from its curve (also its text for screen readers, issue 31):
    /// under a measurement you pay more as the loonwaarde rises (the subsidy falls), flat while the
    /// subsidy is at its maximum; the forfait is the same at every loonwaarde.
    pub fn grafiek(curve: &[rekenkern::uitkomst::CurvePunt], lw_nu: Decimal, periode: &str, taal: Taal) -> String {
        let (Some(eerste), Some(laatste)) = (curve.first(), curve.last()) else { return String::new() };
        // The last loonwaarde at which you pay as little as at 0% (the subsidy at its maximum).
        let vlak =
            curve.iter().take_while(|c| c.netto_meting == eerste.netto_meting).last().map_or(0, |c| c.loonwaarde);
        let (a, b, f) = (euro(eerste.netto_meting), euro(laatste.netto_meting), euro(eerste.netto_forfait));
        let meting = if vlak >= laatste.loonwaarde {
            vul(
                tekst!("Met een meting betaalt u bij elke loonwaarde {0}." => "With a measurement you pay {0} at every loonwaarde."),
                taal,
                &[&a],
            )
        } else if vlak == 0 {
            vul(
                tekst!("Met een meting betaalt u meer naarmate de loonwaarde hoger is, omdat de subsidie dan kleiner wordt: van {0} bij 0% tot {1} bij 100%." => "With a measurement you pay more the higher the loonwaarde is, because the subsidy gets smaller: from {0} at 0% to {1} at 100%."),
                taal,
                &[&a, &b],
            )
        } else {
            vul(
                tekst!("Met een meting betaalt u {0} tot en met een loonwaarde van {1}%; daarboven betaalt u meer naarmate de loonwaarde hoger is, omdat de subsidie dan kleiner wordt, tot {2} bij 100%." => "With a measurement you pay {0} up to and including a loonwaarde of {1}%; above it you pay more the higher the loonwaarde is, because the subsidy gets smaller, up to {2} at 100%."),
                taal,
                &[&a, &vlak.to_string(), &b],
            )
        };
        let begin = vul(
            tekst!("De grafiek toont wat u zelf betaalt {0} bij een loonwaarde van 0 tot 100%." => "The chart shows what you pay yourself {0} at a loonwaarde from 0 to 100%."),
            taal,
            &[periode],
        );
        let forfait = vul(
            tekst!("Met het forfait betaalt u bij elke loonwaarde {0}." => "With the fixed subsidy you pay {0} at every loonwaarde."),
            taal,
            &[&f],
        );
        let nu = vul(
            tekst!("De streep staat bij de loonwaarde van nu: {0}." => "The line marks the current loonwaarde: {0}."),
            taal,
            &[&procent(lw_nu, 0)],
        );
        format!("{begin} {meting} {forfait} {nu}")
    }
}

/// Period words.
pub fn periode_woord(p: rekenkern::Periode, taal: Taal) -> &'static str {
    vertaal(
        match p {
            rekenkern::Periode::Uur => tekst!("per uur" => "per hour"),
            rekenkern::Periode::Maand => tekst!("per maand" => "per month"),
            rekenkern::Periode::Jaar => tekst!("per jaar" => "per year"),
        },
        taal,
    )
}

/// Notices and buttons.
pub mod knop {
    /// Copy link.
    pub const KOPIEER: &str = tekst!("Kopieer link" => "Copy link");
    /// Copied.
    pub const GEKOPIEERD: &str = tekst!("De link staat op het klembord." => "The link is on the clipboard.");
    /// Copied while a field has an error: the link holds the amounts shown, not the wrong input.
    pub const GEKOPIEERD_VEROUDERD: &str = tekst!("De link staat op het klembord. Hij hoort bij de bedragen die u ziet. Uw laatste invoer heeft een fout en staat er niet in." => "The link is on the clipboard. It belongs to the amounts you see. Your last input has an error and is not in it.");
    /// Copy failed.
    pub const NIET_GEKOPIEERD: &str = tekst!("Kopiëren lukte niet. Kopieer de link uit de adresbalk." => "Copying did not work. Copy the link from the address bar.");
    /// Warning with sharing.
    pub const DEEL_WAARSCHUWING: &str = tekst!("De link bevat alle gegevens van deze berekening. Zet er geen namen bij als u hem deelt." => "The link contains all data of this calculation. Do not add names when you share it.");
    /// Print.
    pub const AFDRUKKEN: &str = tekst!("Afdrukken als gespreksverslag" => "Print as meeting report");
    /// Mode switch to dense.
    pub const COMPACT: &str = tekst!("Compacte weergave (voor jobcoaches)" => "Compact view (for job coaches)");
}

/// Notices.
pub mod melding {
    /// Link had problems.
    pub const LINK: &str = tekst!("Niet alles uit de link kon worden gebruikt. De rest van de berekening staat er wel." => "Not everything in the link could be used. The rest of the calculation is shown.");
    /// Calculation outdated.
    pub const VEROUDERD: &str = tekst!("Deze uitkomst hoort nog bij uw vorige invoer. Verbeter de velden met een melding." => "This result still belongs to your previous input. Correct the fields with a message.");
    /// The app's wasm file could not be fetched (ADR 0022): the first module's amounts stay.
    pub const NIET_GELADEN: &str = tekst!("De rekenhulp kon niet helemaal worden geladen. U kunt nog niets veranderen, en de vergelijking, de grafiek, de bronnen en het jaaroverzicht ontbreken. De bedragen hieronder kloppen wel. Laad de pagina opnieuw als u weer internet hebt." => "The calculator could not be loaded completely. You cannot change anything yet, and the comparison, the chart, the sources and the year overview are missing. The amounts below are correct. Reload the page when you are back online.");
    /// Missing values.
    pub const ONTBREEKT: &str = tekst!("Voor deze datum kent de rekenhulp nog niet alle waarden. Reken voorlopig met de laatst bekende waarden, vul de waarden hieronder zelf in, of kies een eerdere datum." => "The calculator does not know all values for this date yet. Calculate provisionally with the last known values, enter the values yourself below, or choose an earlier date.");
    /// Form errors summary.
    pub const FOUTEN: &str = tekst!("Er is iets niet goed ingevuld:" => "Something is not filled in correctly:");
    /// Button (only with `voorlopig=nee`): calculate provisionally after all.
    pub const VOORLOPIG_KNOP: &str =
        tekst!("Reken voorlopig met de laatst bekende waarden" => "Calculate provisionally with the last known values");
    /// The provisional notice at the top of the result (ADR 0013): the year the peildatum lies in
    /// and the date on which every last known value used was in force.
    pub fn voorlopig(jaar: u16, sinds: &str, taal: rekenkern::Taal) -> String {
        rekenkern::engels::vul(
            tekst!("Voorlopig: de bedragen voor {0} zijn nog niet bekend in de rekenhulp; we rekenen met die van {1}." => "Provisional: the amounts for {0} are not yet known to the calculator; we use those of {1}."),
            taal,
            &[&jaar.to_string(), sinds],
        )
    }
    /// Past the tables, every missing value typed in by the user.
    pub fn zelf_ingevuld(jaar: u16, taal: rekenkern::Taal) -> String {
        rekenkern::engels::vul(
            tekst!("Voor {0} zijn nog niet alle bedragen bekend in de rekenhulp. U heeft ze zelf ingevuld." => "Not all amounts for {0} are known to the calculator yet. You have entered them yourself."),
            taal,
            &[&jaar.to_string()],
        )
    }
    /// The notice when both last known and announced values are used: one sentence, not two that
    /// seem to contradict each other.
    pub fn voorlopig_en_aangekondigd(jaar: u16, sinds: &str, taal: rekenkern::Taal) -> String {
        rekenkern::engels::vul(
            tekst!("Voorlopig: nog niet alle bedragen voor {0} zijn bekend. Het kabinet heeft een paar nieuwe waarden aangekondigd; daarmee rekenen we. Voor de rest rekenen we met de waarden van {1}. U ziet ze in de lijst, met de bron."
                => "Provisional: not all amounts for {0} are known yet. The government has announced a few new values; we calculate with those. For the rest we use the values of {1}. You see them in the list, with the source."),
            taal,
            &[&jaar.to_string(), sinds],
        )
    }
    /// The notice when announced values are used (docs/adr/0024).
    pub fn aangekondigd(jaar: u16, taal: rekenkern::Taal) -> String {
        rekenkern::engels::vul(
            tekst!("Voor {0} rekenen we ook met aangekondigde waarden: besluiten van het kabinet met een datum die nog niet officieel gepubliceerd zijn. U ziet ze in de lijst, met de bron." => "For {0} we also calculate with announced values: government decisions with a date that are not officially published yet. You see them in the list, with the source."),
            taal,
            &[&jaar.to_string()],
        )
    }
    /// In the list: an announced value, its date and its source.
    pub const AANGEKONDIGD_PER: &str = tekst!("aangekondigd per" => "announced for");
    /// Print: the announced values used.
    pub const AANGEKONDIGD_AFDRUK: &str = tekst!("Aangekondigde waarden gebruikt:" => "Announced values used:");
    /// Summary that opens the list of provisional values and their fields.
    pub const VOORLOPIG_LIJST: &str =
        tekst!("Wat is voorlopig? Vul een bekende waarde in" => "What is provisional? Enter a known value");
    /// Hint above the fields.
    pub const VOORLOPIG_HINT: &str = tekst!("Vult u een waarde in, dan rekenen we daarmee. Laat u het veld leeg, dan blijft de laatst bekende waarde staan." => "If you enter a value, we calculate with it. If you leave the field empty, the last known value stays.");
    /// Button: ask for the values instead (`voorlopig=nee`).
    pub const VOORLOPIG_NEE: &str =
        tekst!("Niet voorlopig rekenen: vraag alle waarden" => "Do not calculate provisionally: ask for all values");
    /// Print header word.
    pub const VOORLOPIG_AFDRUK: &str = tekst!("VOORLOPIG" => "PROVISIONAL");
}

/// Print texts.
pub mod afdruk {
    /// Title.
    pub const TITEL: &str = tekst!("Gespreksverslag: kosten van een werknemer met loonkostensubsidie" => "Meeting report: cost of an employee with wage cost subsidy");
    /// Disclaimer.
    pub const DISCLAIMER: &str = tekst!("Dit is een indicatie. U kunt er geen rechten aan ontlenen. De gemeente stelt de loonkostensubsidie vast. Het forfait is een voorstel van het kabinet en nog geen wet." => "This is an indication. You cannot derive any rights from it. The municipality decides the wage cost subsidy. The fixed subsidy is a government proposal and not law yet.");
    /// Printed on.
    pub const AFGEDRUKT: &str = tekst!("Afgedrukt op" => "Printed on");
    /// Link.
    pub const LINK: &str = tekst!("Link naar deze berekening" => "Link to this calculation");
    /// Parameter version.
    pub const VERSIE: &str = tekst!("Versie van de rekenregels" => "Version of the calculation rules");
    /// Input heading.
    pub const INVOER: &str = tekst!("Invoer" => "Input");
}

/// Summary of the folded choices in the compact view.
pub const KEUZES_KOP: &str = tekst!("Meer keuzes: werkgever, loon, contract en forfait" => "More choices: employer, wage, contract and fixed subsidy");
/// Phone bar: the break-even.
pub const BALK_OMSLAG: &str = tekst!("Omslagpunt loonwaarde: " => "Break-even loonwaarde: ");
/// In the phone bar while a field has an error: said in words, not by its colour alone (WCAG 1.4.1).
pub const BALK_VEROUDERD: &str =
    tekst!("Let op: dit hoort bij uw vorige invoer." => "Note: this belongs to your previous input.");

/// The break-even loonwaarde as a short figure ("32%", or "geen"), for the phone bar and the comparison.
pub fn omslag_kort(o: rekenkern::Omslagpunt, taal: Taal) -> String {
    match o {
        rekenkern::Omslagpunt::Bij(lw) => rekenkern::getal::procent(lw, 1),
        rekenkern::Omslagpunt::ForfaitAltijdHoger => vertaal(vast::GEEN_OMSLAGPUNT, taal).to_string(),
    }
}

/// Compare with a pinned scenario.
pub mod vast {
    /// Pin button.
    pub const VASTZETTEN: &str = tekst!("Zet vast en vergelijk" => "Pin and compare");
    /// Pin hint.
    pub const VASTZETTEN_HINT: &str = tekst!("Zet deze berekening vast. Verander daarna iets, bijvoorbeeld de uren of de loonwaarde, en zie beide naast elkaar." => "Pin this calculation. Then change something, for example the hours or the loonwaarde, and see both side by side.");
    /// Section heading.
    pub const KOP: &str =
        tekst!("Vergelijking met de vastgezette berekening" => "Comparison with the pinned calculation");
    /// Column: pinned.
    pub const VASTGEZET: &str = tekst!("Vastgezet" => "Pinned");
    /// Column: current.
    pub const NU: &str = tekst!("Nu" => "Now");
    /// Column: difference.
    pub const VERSCHIL: &str = tekst!("Verschil (nu min vastgezet)" => "Difference (now minus pinned)");
    /// Row: break-even.
    pub const OMSLAGPUNT: &str = tekst!("Omslagpunt loonwaarde" => "Break-even loonwaarde");
    /// Row value: no break-even.
    pub const GEEN_OMSLAGPUNT: &str = tekst!("geen" => "none");
    /// What differs.
    pub const ANDERS: &str = tekst!("Wat is anders:" => "What differs:");
    /// Nothing differs yet.
    pub const GELIJK: &str = tekst!("De invoer is nog gelijk aan de vastgezette berekening. Verander iets in het formulier om te vergelijken." => "The input still equals the pinned calculation. Change something in the form to compare.");
    /// Swap.
    pub const WISSEL: &str = tekst!("Wissel om" => "Swap");
    /// Unpin.
    pub const STOP: &str = tekst!("Stop met vergelijken" => "Stop comparing");
    /// The pinned scenario cannot be calculated.
    pub const FOUT: &str =
        tekst!("De vastgezette berekening kan niet worden gemaakt:" => "The pinned calculation cannot be made:");
    /// Not set.
    pub const LEEG: &str = tekst!("niet ingevuld" => "not filled in");
}

/// The version of the calculation rules (the date up to which the tables were checked), in the
/// date notation of every other date on the page (dd-mm-jjjj).
pub fn versie() -> String {
    rekenkern::Datum::parse(rekenkern::params::VERSIE).map_or_else(|| rekenkern::params::VERSIE.to_string(), |d| d.nl())
}

/// A new version took over while this page was open (service worker, ADR 0017).
pub const NIEUWE_VERSIE: &str = tekst!("Er is een nieuwe versie van de rekenhulp. U krijgt die als u de pagina opnieuw opent." => "A new version of the calculator is ready. You get it when you open the page again.");
/// After [`NIEUWE_VERSIE`]: the version that made what is on screen.
pub const BEREKEND_MET: &str = tekst!("Wat u nu ziet, is berekend met de rekenregels van versie " => "What you see now was calculated with the rules of version ");
/// Footer: the page for many employees at once (meerdere.html).
pub const GROEP_LINK: &str = tekst!("Meerdere medewerkers tegelijk berekenen, met een CSV-bestand" => "Calculate many employees at once, from a CSV file (page in Dutch)");
/// Footer: privacy.
pub const VOETTEKST: &str = tekst!("Geen cookies, geen opslag, geen verzoeken naar andere websites. De berekening staat alleen in de link (na het #-teken) en gaat niet naar een server." => "No cookies, no storage, no requests to other websites. The calculation is only in the link (after the # sign) and is not sent to a server.");

/// The page for many employees at once (Dutch only: see the module).
pub mod meerdere;

/// "Wat verandert er op 1 januari?" (components/jaarwissel.rs; the lines and reasons are the core's).
pub mod jaarwissel {
    use rekenkern::Taal;
    /// Heading.
    pub const KOP: &str = tekst!("Wat verandert er op 1 januari?" => "What changes on 1 January?");
    /// Under the heading.
    pub const UITLEG: &str = tekst!("December naast de januari erna, per maand zoals de bedragen hierboven (de eindejaarsuitkering en de eenmalige uitkering van de cao over het jaar verdeeld). Een regel die verandert, krijgt een nummer: daaronder staat waarom." => "December beside the January after it, per month as the amounts above (the year-end and one-off payments of the collective agreement spread over the year). A line that changes gets a number: below it says why.");
    /// Column.
    pub const VERSCHIL: &str = tekst!("Verschil" => "Difference");
    /// Heading of the reasons.
    pub const WAAROM: &str = tekst!("Waarom verandert het?" => "Why does it change?");
    /// A reason's number, for screen readers.
    pub const REDEN: &str = tekst!("reden" => "reason");
    /// Nothing changes.
    pub const NIETS: &str = tekst!("Met de waarden die de rekenhulp nu kent, verandert er op 1 januari niets aan deze bedragen." => "With the values the calculator knows now, nothing in these amounts changes on 1 January.");
    /// The comparison cannot be made.
    pub const LUKT_NIET: &str = tekst!("December en januari naast elkaar lukt niet: voor een van deze maanden zijn nog niet alle bedragen bekend, en u rekent alleen met bekende waarden." => "December and January side by side cannot be shown: not all amounts are known yet for one of these months, and you calculate with known values only.");
    /// A month that rests on last known values (its name, the date they hold from).
    pub fn voorlopig(maand: &str, sinds: &str, taal: Taal) -> String {
        rekenkern::engels::vul(
            tekst!("{0} is voorlopig: de rekenhulp kent nog niet alle bedragen voor deze maand. Hij rekent met de laatst bekende waarden (geldig sinds {1})."
                => "{0} is provisional: the calculator does not know all amounts for this month yet. It uses the last known values (in force since {1})."),
            taal,
            &[maand, sinds],
        )
    }
    /// A month that rests on announced values; the list follows.
    pub fn aangekondigd(maand: &str, taal: Taal) -> String {
        rekenkern::engels::vul(
            tekst!("{0} rust ook op waarden die de regering heeft aangekondigd, maar die nog niet officieel zijn gepubliceerd:"
                => "{0} also rests on values the government has announced but that are not officially published yet:"),
            taal,
            &[maand],
        )
    }
    /// The table's caption.
    pub fn onderschrift(december: &str, januari: &str, taal: Taal) -> String {
        rekenkern::engels::vul(tekst!("{0} en {1}, per maand" => "{0} and {1}, per month"), taal, &[december, januari])
    }
}
