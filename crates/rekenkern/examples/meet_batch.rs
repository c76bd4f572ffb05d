//! Timing aid (not a test): reading and calculating 10,000 rows natively.
//! `cargo run --release -p rekenkern --example meet_batch`
fn main() {
    let mut csv = String::from("id,datum,leeftijd,uren,loonwaarde,voltijd\n");
    for i in 0..10_000 {
        csv.push_str(&format!("P{i},2026-01-01,{},{},{},37\n", 18 + i % 50, 20 + i % 17, i % 101));
    }
    let Some(vandaag) = rekenkern::Datum::new(2026, 11, 25) else { return };
    let opties = rekenkern::batch::Opties::app(vandaag);
    let t0 = std::time::Instant::now();
    let Ok(b) = rekenkern::batch::lees(&csv, &[]) else { return };
    let t1 = t0.elapsed();
    let rijen: Vec<_> = b.rijen.iter().map(|r| rekenkern::batch::bereken_rij(r, &opties)).collect();
    let t2 = t0.elapsed();
    let t = rekenkern::batch::Totalen::van(&rijen, rekenkern::Periode::Maand);
    let t3 = t0.elapsed();
    let uit = rekenkern::batch::csv(&rijen, rekenkern::Periode::Maand, b.scheiding);
    let t4 = t0.elapsed();
    println!(
        "{{\"rijen\": {}, \"lezen_ms\": {:.1}, \"rekenen_ms\": {:.1}, \"totalen_ms\": {:.1}, \"csv_ms\": {:.1}, \"csv_bytes\": {}}}",
        t.gelukt,
        t1.as_secs_f64() * 1e3,
        (t2 - t1).as_secs_f64() * 1e3,
        (t3 - t2).as_secs_f64() * 1e3,
        (t4 - t3).as_secs_f64() * 1e3,
        uit.len()
    );
}
