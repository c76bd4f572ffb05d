//! The input table is the one definition of every scenario key: `docs/scenario.md` is generated
//! from it, and a key written as text outside it is refused.

use rekenkern::invoertabel::{Groep, Sleutel, VELDEN};

const BEGIN: &str = "<!-- sleutels: gegenereerd uit crates/rekenkern/src/invoertabel.rs -->\n";
const EINDE: &str = "<!-- einde sleutels -->";

#[test]
fn docs_scenario_is_actueel() {
    let pad = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/scenario.md");
    let huidig = std::fs::read_to_string(pad).unwrap_or_default();
    let (a, b) = (huidig.find(BEGIN), huidig.find(EINDE));
    assert!(a.is_some() && b.is_some(), "docs/scenario.md mist de markeringen {BEGIN:?} en {EINDE:?}");
    let (a, b) = (a.unwrap_or_default(), b.unwrap_or_default());
    let nieuw = format!("{}{BEGIN}{}{}", &huidig[..a], rekenkern::overzicht::sleutels_markdown(), &huidig[b..]);
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::write(pad, &nieuw).unwrap_or_default();
    }
    let huidig = std::fs::read_to_string(pad).unwrap_or_default();
    assert!(
        huidig == nieuw,
        "docs/scenario.md is verouderd: draai UPDATE_DOCS=1 cargo test -p rekenkern --test invoertabel"
    );
}

#[test]
fn elke_sleutel_leest_en_schrijft_zichzelf() {
    // One example value per row, written by hand: decode(encode(x)) == x goes through every row.
    for v in VELDEN {
        let voorbeeld = match v.vorm {
            rekenkern::invoertabel::Vorm::Datum => "2026-07-01",
            rekenkern::invoertabel::Vorm::MaandJaar => "2026-09",
            rekenkern::invoertabel::Vorm::Geheel if v.sleutel == Sleutel::Jaar => "2026",
            rekenkern::invoertabel::Vorm::Geheel if v.sleutel == Sleutel::Leeftijd => "30",
            rekenkern::invoertabel::Vorm::Geheel => "2",
            rekenkern::invoertabel::Vorm::Getal | rekenkern::invoertabel::Vorm::Procent => "12.5",
            rekenkern::invoertabel::Vorm::Keuze(w) => w[0],
        };
        let tekst = format!("{}={voorbeeld}", v.naam);
        let g = rekenkern::scenario::decode(&tekst);
        assert!(g.meldingen.is_empty(), "{tekst}: {:?}", g.meldingen);
        assert_eq!(rekenkern::scenario::encode(&g.invoer), format!("v=1&{tekst}"));
    }
}

#[test]
fn de_groepen_zijn_zoals_de_berekening_ze_gebruikt() {
    // The year-overview keys, as jaar::jaaroverzicht reads them (bereken ignores them).
    let jaar: Vec<&str> = VELDEN.iter().filter(|v| v.groep == Groep::Jaar).map(|v| v.naam).collect();
    assert_eq!(jaar, ["jaar", "start", "lid5", "hermeting", "loonwaarde2", "vb_maand", "eenmalig_maand", "verjaardag"]);
}

#[test]
fn elke_sleutel_met_een_veld_stelt_zijn_vraag() {
    // The form takes label, hint and options from the row. Only `voorlopig` has no field (it is a
    // button: "reken toch voorlopig").
    let zonder: Vec<&str> = VELDEN.iter().filter(|v| v.sleutel.vraag().label.is_empty()).map(|v| v.naam).collect();
    assert_eq!(zonder, ["voorlopig"]);
    for v in VELDEN {
        let vraag = v.sleutel.vraag();
        if vraag.label.is_empty() {
            assert!(vraag.hint.is_empty() && vraag.opties.is_empty(), "{}", v.naam);
            continue;
        }
        // Every option the form offers is a value the row reads...
        for (woord, label) in vraag.opties {
            let g = rekenkern::scenario::decode(&format!("{}={woord}", v.naam));
            assert!(g.meldingen.is_empty(), "{}={woord}: {:?}", v.naam, g.meldingen);
            assert!(!label.is_empty(), "{}={woord}", v.naam);
        }
        // ...and a choice offers every word it reads.
        if let rekenkern::invoertabel::Vorm::Keuze(woorden) = v.vorm {
            let mut aangeboden: Vec<String> = vraag.opties.iter().map(|(w, _)| w.to_lowercase()).collect();
            let mut gelezen: Vec<String> = woorden.iter().map(|w| w.to_lowercase()).collect();
            aangeboden.sort();
            gelezen.sort();
            assert_eq!(aangeboden, gelezen, "{}", v.naam);
        }
    }
    let vraag = Sleutel::Werkgever.vraag();
    assert_eq!(vraag.label, "Soort werkgever");
    assert_eq!(vraag.optie("regulier"), Some("Gewone werkgever"));
    assert_eq!(Sleutel::Uren.vraag().hint, "Bijvoorbeeld 36 of 27,5.");
}
