//! Timing aid (not a test): reading and calculating a group natively, one core.
//! `cargo run --release -p rekenkern --example meet_batch [-- RIJEN [met-uitleg]]`
//! RIJEN: how many rows (10,000); `met-uitleg`: calculate with the whole explanation trail, as
//! before issue 34 (the one-employee page's calculation), to compare in one run.
//! For a profile that counts instructions (not disturbed by other work on the machine):
//! `valgrind --tool=callgrind target/release/examples/meet_batch 2000`.
//! `pagina`: the page's own-thread work instead (issue 34): reading the rows a part of 250 at a
//! time and writing them as bytes for a worker, the worker's calculation of the bytes, and reading
//! its answers and counting the totals per month and per year, each timed apart.
fn main() {
    let mut args = std::env::args().skip(1);
    let aantal: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(10_000);
    let modus = args.next();
    if modus.as_deref() == Some("pagina") {
        return pagina(aantal);
    }
    let met_uitleg = modus.as_deref() == Some("met-uitleg");
    let mut csv = String::from("id,datum,leeftijd,uren,loonwaarde,voltijd\n");
    for i in 0..aantal {
        csv.push_str(&format!("P{i},2026-01-01,{},{},{},37\n", 18 + i % 50, 20 + i % 17, i % 101));
    }
    let Some(vandaag) = rekenkern::Datum::new(2026, 11, 25) else { return };
    let opties = rekenkern::batch::Opties::app(vandaag);
    let t0 = std::time::Instant::now();
    let Ok(b) = rekenkern::batch::lees(&csv, &[]) else { return };
    let t1 = t0.elapsed();
    let rijen: Vec<_> = if met_uitleg {
        let spoor = rekenkern::uitleg::Spoor::default;
        b.rijen.iter().map(|r| rekenkern::batch::bereken_rij_met(r, &opties, spoor)).collect()
    } else {
        b.rijen.iter().map(|r| rekenkern::batch::bereken_rij(r, &opties)).collect()
    };
    let t2 = t0.elapsed();
    let t = rekenkern::batch::Totalen::van(&rijen, rekenkern::Periode::Maand);
    let t3 = t0.elapsed();
    let uit = rekenkern::batch::csv(&rijen, rekenkern::Periode::Maand, b.scheiding);
    let t4 = t0.elapsed();
    println!(
        "{{\"rijen\": {}, \"met_uitleg\": {met_uitleg}, \"lezen_ms\": {:.1}, \"rekenen_ms\": {:.1}, \"per_rij_us\": {:.1}, \"totalen_ms\": {:.1}, \"csv_ms\": {:.1}, \"csv_bytes\": {}}}",
        t.gelukt,
        t1.as_secs_f64() * 1e3,
        (t2 - t1).as_secs_f64() * 1e3,
        (t2 - t1).as_secs_f64() * 1e6 / aantal.max(1) as f64,
        (t3 - t2).as_secs_f64() * 1e3,
        (t4 - t3).as_secs_f64() * 1e3,
        uit.len()
    );
}

/// The rows of [`main`].
fn groep(aantal: usize) -> String {
    let mut csv = String::from("id,datum,leeftijd,uren,loonwaarde,voltijd\n");
    for i in 0..aantal {
        csv.push_str(&format!("P{i},2026-01-01,{},{},{},37\n", 18 + i % 50, 20 + i % 17, i % 101));
    }
    csv
}

/// The page's path in its steps (`src/meerdere/mod.rs`): parts of 250 rows.
fn pagina(aantal: usize) {
    use rekenkern::batch::{pakket, Lezer, Rij, Totalen};
    let csv = groep(aantal);
    let Some(vandaag) = rekenkern::Datum::new(2026, 11, 25) else { return };
    let opties = rekenkern::batch::Opties::app(vandaag);
    let t0 = std::time::Instant::now();
    let Ok(mut lezer) = Lezer::nieuw(&csv, &[]) else { return };
    let mut delen = Vec::new();
    let mut heen = Vec::new();
    while let Ok(d) = lezer.volgende(250) {
        if d.is_empty() {
            break;
        }
        let te_rekenen: Vec<_> =
            d.iter().filter_map(|r| r.scenario.as_deref().ok().map(|s| (r.geboortedatum, s))).collect();
        heen.push(pakket::rijen_naar_bytes(&opties, &te_rekenen));
        delen.push(d);
    }
    let t1 = t0.elapsed();
    let terug: Vec<_> = heen.iter().filter_map(|b| pakket::reken(b)).collect();
    let t2 = t0.elapsed();
    let mut totalen = [Totalen::default(), Totalen::default()];
    let mut rijen = Vec::with_capacity(aantal);
    let mut ontcijferen = std::time::Duration::ZERO;
    for (deel, b) in delen.into_iter().zip(&terug) {
        let t = std::time::Instant::now();
        let Some(figuren) = pakket::uitkomsten_uit_bytes(b) else { return };
        ontcijferen += t.elapsed();
        for (r, (zonder_loonwaarde, uitkomst)) in deel.into_iter().zip(figuren) {
            let rij = Rij { regel: r.regel, referentie: r.referentie, uitkomst, zonder_loonwaarde };
            totalen[0].tel(&rij, rekenkern::Periode::Maand);
            totalen[1].tel(&rij, rekenkern::Periode::Jaar);
            rijen.push(rij);
        }
    }
    let t3 = t0.elapsed();
    let ms = |d: std::time::Duration| d.as_secs_f64() * 1e3;
    println!(
        "{{\"rijen\": {}, \"lezen_en_heen_ms\": {:.1}, \"rekenen_ms\": {:.1}, \"ontcijferen_ms\": {:.1}, \"tellen_ms\": {:.1}, \"bytes_heen\": {}, \"bytes_terug\": {}}}",
        totalen[0].gelukt,
        ms(t1),
        ms(t2 - t1),
        ms(ontcijferen),
        ms(t3 - t2 - ontcijferen),
        heen.iter().map(Vec::len).sum::<usize>(),
        terug.iter().map(Vec::len).sum::<usize>()
    );
}
