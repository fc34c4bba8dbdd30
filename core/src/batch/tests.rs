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
    // Example 14: 1866.67, written as a Dutch spreadsheet reads it.
    assert_eq!(cell(&out.csv, b';', 0, "amount"), "1.866,67");
    assert_eq!(cell(&out.csv, b';', 0, "years"), "2");
    // Example 15: 10,000 − 4,000.
    assert_eq!(cell(&out.csv, b';', 1, "payable"), "6.000,00");
    // A Dutch file (Dutch column names): yes/no in Dutch.
    assert_eq!(cell(&out.csv, b';', 2, "due"), "nee");
    assert_eq!(cell(&out.csv, b';', 0, "due"), "ja");
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
    assert_eq!(cell(&out.csv, b';', 0, "payable"), "102.000,00");
    assert!(cell(&out.csv, b';', 0, "uncertain").contains("cap_2027_estimate"));
    assert_eq!(cell(&out.csv, b';', 1, "payable"), "5.000,00");
    assert_eq!(cell(&out.csv, b';', 1, "error"), "");
    assert_eq!(
        cell(&out.csv, b';', 2, "compensation_status"),
        "depends_on_pending_law"
    );
    assert!(!cell(&out.csv, b';', 2, "compensation").is_empty());
}

#[test]
fn a_dutch_file_with_dutch_codes_in_any_case_has_no_errors_and_dutch_output() {
    // The example: `reden` = `opzegging` in an employer's file is the employer's
    // notice; the other Dutch codes, yes/no and the employer size in Dutch too.
    let text = "personeelsnummer;begindatum;einddatum;maandloon;vakantiegeld;reden;werkgever_grootte;aanbod_gelijk_of_beter;taal\n\
                1;2022-03-15;2025-07-31;3000;0;opzegging;klein;;\n\
                2;2022-03-15;2025-07-31;3000;0;Opzegging_Werknemer;;;\n\
                3;2022-03-15;2025-07-31;3000;0;ONTBINDING;Middelgroot/groot;;Nederlands\n\
                4;2022-03-15;2025-07-31;3000;0;einde tijdelijk contract;onbekend;;\n\
                5;2022-03-15;2025-07-31;3000;0;VSO;;;\n\
                6;2022-03-15;2025-07-31;3000;0;verlenging_geweigerd;;Nee;engels\n";
    let out = run_batch(text, Lang::En, None, row_problem).unwrap();
    assert_eq!(out.file_lang, Lang::Nl);
    assert!(
        out.rows.iter().all(|r| r.error().is_none()),
        "{:?}",
        out.rows
    );
    let reason = |i| cell(&out.csv, b';', i, "reason_code");
    assert_eq!(reason(0), "employer_initiative");
    assert_eq!(reason(1), "employee_resigned");
    assert_eq!(reason(2), "employer_initiative");
    assert_eq!(reason(3), "fixed_term_not_renewed");
    assert_eq!(reason(4), "mutual_consent_not_statutory");
    // A worse offer declined: due.
    assert_eq!(reason(5), "renewal_offer_worse_declined");
    let due: Vec<String> = (0..6).map(|i| cell(&out.csv, b';', i, "due")).collect();
    assert_eq!(due, ["ja", "nee", "ja", "ja", "nee", "ja"]);
    assert_eq!(cell(&out.csv, b';', 0, "capped"), "nee");
    // Example 10: 3379.03, in Dutch notation.
    assert_eq!(cell(&out.csv, b';', 0, "amount"), "3.379,03");
    // The `taal` column in Dutch words sets the row's language.
    assert_eq!(out.rows[2].lang, Lang::Nl);
    assert_eq!(out.rows[5].lang, Lang::En);
    // The input cells are copied as written.
    assert_eq!(cell(&out.csv, b';', 2, "reden"), "ONTBINDING");
}

#[test]
fn errors_name_the_column_as_the_file_wrote_it() {
    let text = "Nummer;Begindatum;Einde;Maandloon;Reden;Eerdere_contracten\n\
                1;2022-03-15;2025-07-31;3000;ontslag op staande voet;\n\
                2;2022-03-15;2025-07-31;3000;;2020-01-01..2019-01-01\n\
                3;2022-03-15;;3000;;\n";
    let out = run_batch(text, Lang::Nl, None, row_problem).unwrap();
    let e = |i: usize| out.rows[i].error().unwrap();
    assert_eq!(e(0).field, "Reden");
    assert_eq!(e(0).key, "termination");
    assert_eq!(e(0).message, "Reden: heeft een waarde die we niet kennen");
    assert_eq!(cell(&out.csv, b';', 0, "error"), e(0).message);
    assert!(
        e(1).message.starts_with("Eerdere_contracten[0]: "),
        "{}",
        e(1).message
    );
    assert_eq!(e(2).field, "Einde");
    assert!(e(2).message.starts_with("Einde: "));
    // A column the file lacks: its Dutch name in a Dutch file, the key in an English one.
    let nl = run_batch(
        "personeelsnummer;begindatum;maandloon\n1;2022-03-15;3000\n",
        Lang::Nl,
        None,
        row_problem,
    )
    .unwrap();
    assert_eq!(nl.rows[0].error().unwrap().message, "einddatum: ontbreekt");
    let en = run_batch(
        "id,start_date,base_monthly_wage\n1,2022-03-15,3000\n",
        Lang::En,
        None,
        row_problem,
    )
    .unwrap();
    assert_eq!(en.file_lang, Lang::En);
    assert_eq!(en.rows[0].error().unwrap().message, "end_date: is missing");
    assert_eq!(en.columns.id(), Some("id"));
    assert_eq!(nl.columns.id(), Some("personeelsnummer"));
}

#[test]
fn the_file_language_follows_the_column_names() {
    let h = |s: &str| s.split([',', ';']).map(String::from).collect::<Vec<_>>();
    assert_eq!(file_lang(&h("id;begindatum;einddatum"), b';'), Lang::Nl);
    assert_eq!(file_lang(&h("id,begindatum,einddatum"), b','), Lang::Nl);
    assert_eq!(file_lang(&h("id;start_date;end_date"), b';'), Lang::En);
    assert_eq!(file_lang(&h("id,start,end"), b','), Lang::En);
    assert_eq!(file_lang(&h("id;start;end"), b';'), Lang::Nl);
    // An English file keeps true/false and, with `,`, plain amounts.
    let out = run_csv(
        "id,start_date,end_date,base_monthly_wage,holiday_allowance_pct\n1,2022-03-15,2025-07-31,3000,0\n",
        Lang::Nl,
        row_problem,
    )
    .unwrap();
    assert_eq!(cell(&out.csv, b',', 0, "due"), "true");
    assert_eq!(cell(&out.csv, b',', 0, "amount"), "3379.03");
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
