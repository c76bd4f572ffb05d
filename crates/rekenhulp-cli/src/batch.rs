//! Batch mode for controllers: one employee per CSV row, totals for both regimes.
//! Columns are scenario keys (docs/scenario.md) plus an optional `id` that is copied through.
//! A `;` header (Dutch spreadsheets) is detected; "37,5" is read as 37.5 either way.

use rekenkern::scenario::decode;
use rekenkern::uitkomst::{Omslagpunt, Periode};
use rekenkern::Datum;
use rust_decimal::Decimal;
use std::fmt;
use std::io::Write;

/// Output columns after `id`: the amounts, for the chosen period.
const BEDRAGEN: [&str; 8] = [
    "brutoloon",
    "vakantiebijslag",
    "werkgeverslasten",
    "loonkosten",
    "lks_meting",
    "lks_forfait",
    "nettokosten_meting",
    "nettokosten_forfait",
];

/// What a run did.
pub struct Samenvatting {
    pub gelukt: usize,
    pub mislukt: usize,
}

impl fmt::Display for Samenvatting {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} rij(en) berekend, {} rij(en) met fouten (zie de kolom status).", self.gelukt, self.mislukt)
    }
}

/// One line for a row's errors: missing values are listed by the key that supplies them.
fn foutregel(fouten: &[rekenkern::Fout]) -> String {
    let ontbrekend: Vec<String> = fouten
        .iter()
        .filter_map(|f| match f {
            rekenkern::Fout::Ontbreekt { label, sleutel, datum, .. } => {
                Some(format!("{label} op {} (kolom {})", datum.nl(), sleutel.unwrap_or("-")))
            }
            rekenkern::Fout::Invoer { .. } => None,
        })
        .collect();
    let overig: Vec<String> =
        fouten.iter().filter(|f| matches!(f, rekenkern::Fout::Invoer { .. })).map(|f| f.tekst()).collect();
    let mut delen = overig;
    if !ontbrekend.is_empty() {
        delen.push(format!("Niet bekend, vul zelf in: {}.", ontbrekend.join("; ")));
    }
    delen.join(" ")
}

/// Reads the CSV, writes the result CSV. Errors only for unreadable input or output.
pub fn verwerk(invoer: &str, vandaag: Datum, per_jaar: bool, uit: &mut impl Write) -> Result<Samenvatting, String> {
    let eerste = invoer.lines().next().unwrap_or_default();
    let scheiding = if eerste.contains(';') && !eerste.contains(',') { b';' } else { b',' };
    let mut lezer = csv::ReaderBuilder::new()
        .delimiter(scheiding)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(invoer.as_bytes());
    let koppen: Vec<String> =
        lezer.headers().map_err(|e| format!("kopregel niet te lezen: {e}"))?.iter().map(str::to_string).collect();
    if koppen.is_empty() || koppen.iter().all(String::is_empty) {
        return Err(
            "de invoer heeft geen kopregel met scenario-sleutels (bijvoorbeeld id,datum,leeftijd,uren,loonwaarde)"
                .into(),
        );
    }
    // Dutch spreadsheets: `;` between fields and a decimal comma.
    let bedrag = |w: Decimal| if scheiding == b';' { format!("{w:.2}").replace('.', ",") } else { format!("{w:.2}") };
    let periode = if per_jaar { Periode::Jaar } else { Periode::Maand };
    let mut schrijver = csv::WriterBuilder::new().delimiter(scheiding).from_writer(uit);
    let mut kop = vec!["id".to_string(), "peildatum".into(), "uren".into(), "loonwaarde".into()];
    kop.extend(BEDRAGEN.iter().map(|b| format!("{b}_{}", if per_jaar { "jaar" } else { "maand" })));
    kop.extend(["omslagpunt_loonwaarde".into(), "status".into()]);
    schrijver.write_record(&kop).map_err(|e| e.to_string())?;

    let mut totaal = [Decimal::ZERO; BEDRAGEN.len()];
    let mut s = Samenvatting { gelukt: 0, mislukt: 0 };
    for (nr, rij) in lezer.records().enumerate() {
        let rij = match rij {
            Ok(r) => r,
            Err(e) => {
                s.mislukt += 1;
                let status = format!("fout: rij {} niet te lezen: {e}", nr + 2);
                schrijver
                    .write_record(vec![String::new(); kop.len() - 1].into_iter().chain([status]))
                    .map_err(|e| e.to_string())?;
                continue;
            }
        };
        let mut id = String::new();
        let mut paren = Vec::new();
        for (k, w) in koppen.iter().zip(rij.iter()) {
            if k == "id" {
                id = w.chars().take(64).collect();
            } else if !w.is_empty() {
                paren.push(format!("{k}={}", w.replace('&', "%26")));
            }
        }
        let gelezen = decode(&paren.join("&"));
        let mut regel = vec![id];
        let status = if !gelezen.meldingen.is_empty() {
            Err(gelezen.meldingen.iter().map(|m| m.tekst()).collect::<Vec<_>>().join(" "))
        } else {
            rekenkern::bereken(&gelezen.invoer, vandaag).map_err(|f| foutregel(&f))
        };
        match status {
            Ok(u) => {
                s.gelukt += 1;
                let b = u.per(periode);
                let velden: std::collections::BTreeMap<_, _> = b.velden().into_iter().collect();
                regel.extend([
                    u.peildatum.to_string(),
                    u.uren.normalize().to_string(),
                    (u.loonwaarde * Decimal::ONE_HUNDRED).normalize().to_string(),
                ]);
                for (i, naam) in BEDRAGEN.iter().enumerate() {
                    let w = velden.get(naam).copied().unwrap_or_default();
                    totaal[i] += w;
                    regel.push(bedrag(w));
                }
                regel.push(match u.omslagpunt {
                    Omslagpunt::Bij(lw) => {
                        rekenkern::getal::afronden(lw * Decimal::ONE_HUNDRED, 1).normalize().to_string()
                    }
                    Omslagpunt::ForfaitAltijdHoger => "forfait altijd hoger".into(),
                });
                regel.push("ok".into());
            }
            Err(tekst) => {
                s.mislukt += 1;
                regel.extend(vec![String::new(); kop.len() - 2]);
                regel.push(format!("fout: {tekst}"));
            }
        }
        schrijver.write_record(&regel).map_err(|e| e.to_string())?;
    }
    let mut som = vec!["TOTAAL".to_string(), String::new(), String::new(), String::new()];
    som.extend(totaal.iter().map(|t| bedrag(*t)));
    som.extend([String::new(), format!("{} medewerker(s)", s.gelukt)]);
    schrijver.write_record(&som).map_err(|e| e.to_string())?;
    schrijver.flush().map_err(|e| e.to_string())?;
    Ok(s)
}
