//! Properties over the whole input space: LKS never negative, never above its cap, never rising
//! with the loonwaarde; the forfait ignores the loonwaarde; the codec round-trips; nothing panics.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests may fail loudly

use proptest::prelude::*;
use rekenkern::invoer::{Contract, Invoer, Lezing, LoonKeuze, Omvang, Overrides, Werkgever};
use rekenkern::scenario::{decode, encode, SLEUTELS};
use rekenkern::uitkomst::Periode;
use rekenkern::{bereken, Datum};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

fn vandaag() -> Datum {
    Datum::vast(2026, 11, 25)
}

fn datum() -> impl Strategy<Value = Datum> {
    (2024u16..=2026, 1u8..=12, 1u8..=28).prop_map(|(j, m, d)| Datum::new(j, m, d).unwrap_or(vandaag()))
}

fn bedrag(max_centen: i64) -> impl Strategy<Value = Decimal> {
    (1..=max_centen).prop_map(|c| Decimal::new(c, 2).normalize())
}

fn fractie() -> impl Strategy<Value = Decimal> {
    (0i64..=100_000).prop_map(|m| Decimal::new(m, 5).normalize())
}

prop_compose! {
    fn invoer()(datum in proptest::option::of(datum()), leeftijd in proptest::option::of(15u8..=99),
                uren in proptest::option::of(bedrag(6000)), voltijd in proptest::option::of(bedrag(6000)),
                loonwaarde in proptest::option::of(0u8..=100),
                forfait in proptest::option::of(prop_oneof![Just(Lezing::A), Just(Lezing::B), Just(Lezing::C)]),
                loon in proptest::option::of(prop_oneof![Just(LoonKeuze::Wml), Just(LoonKeuze::Eigen), Just(LoonKeuze::Cao)]),
                uurloon in proptest::option::of(bedrag(100_000)), schaal in proptest::option::of(1u8..=3),
                contract in proptest::option::of(prop_oneof![Just(Contract::Vast), Just(Contract::Tijdelijk), Just(Contract::Oproep)]),
                werkgever in proptest::option::of(prop_oneof![Just(Werkgever::Sob), Just(Werkgever::Regulier)]),
                overheid in proptest::option::of(any::<bool>()),
                omvang in proptest::option::of(prop_oneof![Just(Omvang::Klein), Just(Omvang::Groot)]),
                beschut in proptest::option::of(any::<bool>()), toekenning in proptest::option::of(datum()),
                whk in proptest::option::of(fractie()), pensioen in proptest::option::of(fractie()),
                wgl in proptest::option::of(fractie()))
    -> Invoer {
        Invoer { datum, leeftijd, uren, voltijd, loonwaarde, forfait, loon, uurloon, schaal, contract, werkgever,
                 overheid, omvang, beschut, toekenning,
                 overrides: Overrides { whk, pensioen, wgl, ..Overrides::default() } }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn codec_rond(i in invoer()) {
        let tekst = encode(&i);
        let g = decode(&tekst);
        prop_assert!(g.meldingen.is_empty(), "{tekst}: {:?}", g.meldingen);
        prop_assert_eq!(&g.invoer, &i);
        prop_assert_eq!(encode(&g.invoer), tekst);
    }

    #[test]
    fn lks_binnen_grenzen_en_dalend(i in invoer()) {
        let mut i = i;
        i.datum = i.datum.or(Some(vandaag()));
        let mut vorige: Option<Decimal> = None;
        for lw in [0u8, 10, 29, 30, 31, 50, 68, 90, 100] {
            i.loonwaarde = Some(lw);
            let Ok(u) = bereken(&i, vandaag()) else { return Ok(()) };
            let j = &u.per_jaar;
            prop_assert!(j.lks_meting >= Decimal::ZERO);
            // Cap: the LKS never exceeds the maximum fraction of the LKS at a 100% subsidy.
            let max = u.spoor.zoek_gebruikt("lks.maximum").map(|g| g.waarde).unwrap_or(Decimal::ONE);
            let kern = u.spoor.zoek_stap("lks_kern").map(|s| s.waarde).unwrap_or_default();
            let fractie = u.spoor.zoek_stap("lks_fractie").map(|s| s.waarde).unwrap_or_default();
            prop_assert!(fractie <= max);
            prop_assert!(fractie >= Decimal::ZERO);
            prop_assert!(kern >= Decimal::ZERO);
            if let Some(v) = vorige {
                prop_assert!(j.lks_meting <= v, "LKS steeg bij loonwaarde {lw}");
            }
            vorige = Some(j.lks_meting);
            prop_assert_eq!(j.nettokosten_meting, j.loonkosten - j.lks_meting - j.lkv);
        }
    }

    #[test]
    fn forfait_onafhankelijk_van_loonwaarde(i in invoer(), a in 0u8..=100, b in 0u8..=100) {
        let (mut x, mut y) = (i.clone(), i);
        x.loonwaarde = Some(a);
        y.loonwaarde = Some(b);
        if let (Ok(ux), Ok(uy)) = (bereken(&x, vandaag()), bereken(&y, vandaag())) {
            prop_assert_eq!(ux.per_jaar.lks_forfait, uy.per_jaar.lks_forfait);
            prop_assert_eq!(ux.per(Periode::Maand).nettokosten_forfait, uy.per(Periode::Maand).nettokosten_forfait);
        }
    }

    #[test]
    fn loonkosten_stijgen_met_uren(i in invoer(), extra in 1i64..=1000) {
        let mut i = i;
        let basis = i.uren.unwrap_or(dec!(36)).min(dec!(50));
        i.uren = Some(basis);
        let Ok(a) = bereken(&i, vandaag()) else { return Ok(()) };
        i.uren = Some(basis + Decimal::new(extra, 2));
        let Ok(b) = bereken(&i, vandaag()) else { return Ok(()) };
        prop_assert!(b.per_jaar.loonkosten >= a.per_jaar.loonkosten);
    }

    #[test]
    fn willekeurige_tekst_geeft_nooit_een_paniek(s in ".{0,300}") {
        let g = decode(&s);
        let _ = bereken(&g.invoer, vandaag());
    }

    #[test]
    fn vijandige_links_geven_nooit_een_paniek(paren in proptest::collection::vec(
        (prop::sample::select(SLEUTELS.to_vec()),
         prop_oneof![Just("-1".to_string()), Just("0".to_string()), Just("1e30".to_string()),
                     Just("99999999999999999999999999999".to_string()), Just("79228162514264337593543950335".to_string()),
                     Just("0,000000000001".to_string()), Just("9999-12-31".to_string()), Just("0000-01-01".to_string()),
                     Just("%FF%FE".to_string()), Just("ü€😀".to_string()), "[0-9.,%-]{0,40}", ".{0,60}"]), 0..40)) {
        let s: Vec<String> = paren.iter().map(|(k, w)| format!("{k}={w}")).collect();
        let g = decode(&s.join("&"));
        if let Ok(u) = bereken(&g.invoer, vandaag()) {
            let _ = u.per(Periode::Uur);
            prop_assert_eq!(u.curve().len(), 101);
        }
    }
}
