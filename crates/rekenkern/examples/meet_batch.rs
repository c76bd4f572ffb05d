//! Timing aid (not a test): reading and calculating a group natively, one core.
//! `cargo run --release -p rekenkern --example meet_batch [-- RIJEN [met-uitleg]]`
//! RIJEN: how many rows (10,000); `met-uitleg`: calculate with the whole explanation trail, as
//! before issue 34 (the one-employee page's calculation), to compare in one run.
//! For a profile that counts instructions (not disturbed by other work on the machine):
//! `valgrind --tool=callgrind target/release/examples/meet_batch 2000`.
fn main() {
    let mut args = std::env::args().skip(1);
    let aantal: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(10_000);
    let met_uitleg = args.next().as_deref() == Some("met-uitleg");
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
