//! Batch throughput for `make bench`: builds a 10,000-row CSV in memory, runs the
//! transitievergoeding batch and prints the rows per second. It prints; it never asserts.
//!
//! Run: `cargo run --release -p spoorwijzer-core --example bench_batch [ROWS]`

use std::time::Instant;

use spoorwijzer_core::batch::run_csv;
use spoorwijzer_core::lang::Lang;
use spoorwijzer_core::text::batch::{batch_error, row_problem};

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(10_000);
    let mut csv = String::from(
        "id;begindatum;einddatum;maandloon;vakantiegeld;vast_jaar;reden;kosten;eerdere_contracten\n",
    );
    let reasons = [
        "employer_initiative",
        "fixed_term_not_renewed",
        "mutual_consent",
    ];
    for i in 0..n {
        let start_year = 1990 + (i % 34);
        let month = 1 + (i % 12);
        let day = 1 + (i % 28);
        let end_month = 1 + ((i / 7) % 12);
        let wage = 2000 + (i * 37) % 9000;
        let reason = reasons[i % reasons.len()];
        let earlier = if i % 5 == 0 {
            format!("{}-01-01..{}-06-30", start_year - 2, start_year - 1)
        } else {
            String::new()
        };
        csv.push_str(&format!(
            "{i};{start_year}-{month:02}-{day:02};2025-{end_month:02}-15;{wage},50;8;{};{reason};{};{earlier}\n",
            wage,
            if i % 3 == 0 { "500" } else { "" },
        ));
    }
    let t = Instant::now();
    let out = run_csv(&csv, Lang::Nl, row_problem);
    let micros = t.elapsed().as_micros().max(1);
    match out {
        Ok(out) => {
            let errors = out.rows.iter().filter(|r| r.result.is_err()).count();
            // Integer arithmetic only: no floats in the core crate.
            let per_sec = out.rows.len() as u128 * 1_000_000 / micros;
            println!(
                "batch: {} rows in {}.{} ms ({} rows/s, {} row errors, {} bytes out)",
                out.rows.len(),
                micros / 1000,
                (micros % 1000) / 100,
                per_sec,
                errors,
                out.csv.len()
            );
        }
        Err(e) => println!("batch: failed: {}", batch_error(&e, Lang::En)),
    }
}
