//! Tests of the CSV batch: delimiters, Dutch aliases and decimal commas, formula escaping, short rows.

use super::*;
use crate::text::batch::row_problem;

fn cell(out: &str, delimiter: u8, row: usize, col: &str) -> String {
    let mut r = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(out.as_bytes());
    let h = r.headers().unwrap().clone();
    let idx = h.iter().position(|x| x == col).unwrap();
    let rec = r.records().nth(row).unwrap().unwrap();
    rec.get(idx).unwrap_or("").to_string()
}

#[test]
fn comma_file_with_json_keys() {
    let text = "id,start_date,end_date,base_monthly_wage,holiday_allowance_pct\n\
                a1,2022-03-15,2025-07-31,3000,0\n\
                a2,2025-01-01,2024-01-01,3000,0\n\
                a3,2022-01-01,2024-12-31,3000,0\n";
    let out = run_csv(text, Lang::En, row_problem).unwrap();
    assert_eq!(out.delimiter, b',');
    assert_eq!(out.rows.len(), 3);
    // Example 10: 3379.03.
    assert_eq!(cell(&out.csv, b',', 0, "amount"), "3379.03");
    assert_eq!(cell(&out.csv, b',', 0, "error"), "");
    assert!(cell(&out.csv, b',', 1, "error").starts_with("end_date"));
    assert_eq!(cell(&out.csv, b',', 1, "amount"), "");
    // A bad row does not stop the batch.
    assert_eq!(cell(&out.csv, b',', 2, "amount"), "3000.00");
    assert_eq!(out.rows[1].id, "a2");
    assert!(out.rows[1].result.is_err());
}

#[test]
fn semicolon_file_with_dutch_aliases_bom_and_decimal_commas() {
    let text = "\u{feff}personeelsnummer;begindatum;einddatum;maandloon;vakantiegeld;reden;kosten;eerdere_contracten\n\
                7;01-05-2024;30-04-2025;2800,00;0;employer_initiative;;2023-01-01..2023-12-31\n\
                8;2015-01-01;2024-12-31;3.000;0;;4.000,00;\n\
                9;2015-01-01;2024-12-31;3000;0;mutual_consent;;\n";
    let out = run_csv(text, Lang::Nl, row_problem).unwrap();
    assert_eq!(out.delimiter, b';');
    // Example 14: 1866.67, written with a decimal comma.
    assert_eq!(cell(&out.csv, b';', 0, "amount"), "1866,67");
    assert_eq!(cell(&out.csv, b';', 0, "years"), "2");
    // Example 15: 10,000 − 4,000.
    assert_eq!(cell(&out.csv, b';', 1, "payable"), "6000,00");
    assert_eq!(cell(&out.csv, b';', 2, "due"), "false");
    assert_eq!(
        cell(&out.csv, b';', 2, "reason_code"),
        "mutual_consent_not_statutory"
    );
    assert_eq!(out.rows[0].id, "7");
    assert!(!out.csv.starts_with('\u{feff}'));
}

#[test]
fn end_dates_in_2027_and_2028_get_an_amount_with_the_estimate_and_a_status() {
    // Row 1 is capped by the 2027 estimate; row 2 (2028) is not capped and exact.
    // Row 3: after two years of illness, a medium or large employer, the 104 weeks
    // ending after 1 July 2026: the compensation depends on bill 36869.
    let text = "id;begindatum;einddatum;maandloon;vakantiegeld;reden;eerste_ziektedag;loon_tijdens_ziekte;werkgever_grootte\n\
                1;1985-07-01;2027-03-31;7500;0;;;;\n\
                2;2024-01-01;2028-12-31;3000;0;;;;\n\
                3;2015-01-01;2026-10-31;3000;0;after_two_years_illness;2024-09-02;60000;middelgroot_groot\n";
    let out = run_csv(text, Lang::Nl, row_problem).unwrap();
    assert_eq!(cell(&out.csv, b';', 0, "payable"), "102000,00");
    assert!(cell(&out.csv, b';', 0, "uncertain").contains("cap_2027_estimate"));
    assert_eq!(cell(&out.csv, b';', 1, "payable"), "5000,00");
    assert_eq!(cell(&out.csv, b';', 1, "error"), "");
    assert_eq!(
        cell(&out.csv, b';', 2, "compensation_status"),
        "depends_on_pending_law"
    );
    assert!(!cell(&out.csv, b';', 2, "compensation").is_empty());
}

#[test]
fn formula_injection_is_escaped() {
    let text = "id,start_date,end_date,base_monthly_wage,note\n\
                =HYPERLINK(\"x\"),2022-01-01,2024-12-31,3000,@SUM(A1)\n\
                +1,2022-01-01,2024-12-31,-5,-2\n";
    let out = run_csv(text, Lang::En, row_problem).unwrap();
    assert_eq!(cell(&out.csv, b',', 0, "id"), "'=HYPERLINK(\"x\")");
    assert_eq!(cell(&out.csv, b',', 0, "note"), "'@SUM(A1)");
    assert_eq!(cell(&out.csv, b',', 1, "base_monthly_wage"), "'-5");
    assert!(cell(&out.csv, b',', 1, "error").starts_with("base_monthly_wage"));
    assert_eq!(escape_cell("-"), "'-");
    assert_eq!(escape_cell("abc"), "abc");
}

#[test]
fn empty_and_short_rows() {
    assert_eq!(run_csv("", Lang::Nl, row_problem), Err(BatchError::Empty));
    assert_eq!(
        run_csv("\u{feff}\n", Lang::Nl, row_problem),
        Err(BatchError::Empty)
    );
    let out = run_csv(
        "start_date,end_date,loon\n\n2022-01-01\n",
        Lang::En,
        row_problem,
    )
    .unwrap();
    assert_eq!(out.rows.len(), 1);
    assert!(cell(&out.csv, b',', 0, "error").starts_with("end_date"));
}

#[test]
fn aliases_point_to_known_keys() {
    for (alias, key) in ALIASES {
        assert!(*key == "id" || INPUT_KEYS.contains(key), "{alias} -> {key}");
        assert_eq!(canonical_key(alias), Some(*key));
    }
    for (alias, key) in STATUS_ALIASES {
        assert!(STATUS_KEYS.contains(key), "{alias} -> {key}");
        assert_eq!(canonical_key(alias), Some(*key));
    }
    assert_eq!(canonical_key(" Begindatum "), Some("start_date"));
    assert_eq!(canonical_key("Uren per week"), Some("hours_per_week"));
    assert_eq!(canonical_key("whatever"), None);
}

proptest::proptest! {
    #[test]
    fn batch_never_panics(s in "\\PC{0,200}") {
        let _ = run_csv(&s, Lang::Nl, row_problem);
        let _ = run_csv(&format!("start_date;end_date;loon\n{s}"), Lang::En, row_problem);
    }
}
