//! Parsing tests of the CSV batch as the browser's employer page uses it
//! (`spoorwijzer_core::batch::run_batch` with a `today`): BOM, delimiters, quoting, decimal
//! commas, empty lines, missing columns, and many kinds of bad value, each checked for its
//! line, column and message.

use chrono::NaiveDate;
use spoorwijzer_core::batch::{run_batch, BatchError, BatchRun};
use spoorwijzer_core::lang::Lang;
use spoorwijzer_core::text::batch::{batch_error, row_problem};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

fn run(text: &str) -> BatchRun {
    run_batch(text, Lang::Nl, Some(today()), row_problem).unwrap()
}

/// The value of column `col` in data row `row` of an output CSV.
fn cell(run: &BatchRun, row: usize, col: &str) -> String {
    let mut r = csv::ReaderBuilder::new()
        .delimiter(run.delimiter)
        .flexible(true)
        .from_reader(run.csv.as_bytes());
    let h = r.headers().unwrap().clone();
    let idx = h
        .iter()
        .position(|x| x == col)
        .unwrap_or_else(|| panic!("no column {col}"));
    let rec = r.records().nth(row).unwrap().unwrap();
    rec.get(idx).unwrap_or("").to_string()
}

#[test]
fn bom_and_semicolons_with_decimal_commas() {
    // docs/law/transitievergoeding.md#worked-examples, example 10: 15-03-2022 .. 31-07-2025, M = 3000 (no holiday
    // allowance): 3 years 4 months 17 days; 3 × 1000 + 4 × 3000/36 ... = 3379.03.
    let text = "\u{feff}nummer;begindatum;einddatum;maandloon;vakantiegeld\n\
                a;15-03-2022;31-07-2025;3.000,00;0\n";
    let out = run(text);
    assert_eq!(out.delimiter, b';');
    assert_eq!(out.rows.len(), 1);
    assert_eq!(out.rows[0].id, "a");
    assert_eq!(out.rows[0].line, 2);
    let tv = out.rows[0].tv.as_ref().unwrap().as_ref().unwrap();
    assert_eq!(tv.amount.0, 337_903);
    assert_eq!(cell(&out, 0, "amount"), "3.379,03");
    // The header's BOM does not end up in the first column name.
    assert!(out.csv.starts_with("nummer;"));
    assert!(out.csv_with_bom().starts_with("\u{feff}nummer;"));
}

#[test]
fn commas_with_quoted_decimal_commas_and_quoted_delimiters() {
    // In a comma file a Dutch amount must be quoted; a quoted id may hold the delimiter.
    let text = "id,start_date,end_date,base_monthly_wage,holiday_allowance_pct\n\
                \"Jansen, P.\",2022-03-15,2025-07-31,\"3.000,00\",0\n\
                \"say \"\"hi\"\"\",2022-03-15,2025-07-31,3000.00,0\n";
    let out = run(text);
    assert_eq!(out.delimiter, b',');
    assert_eq!(out.rows[0].id, "Jansen, P.");
    assert_eq!(out.rows[1].id, "say \"hi\"");
    assert_eq!(cell(&out, 0, "amount"), "3379.03");
    assert_eq!(cell(&out, 1, "amount"), "3379.03");
    assert_eq!(cell(&out, 0, "id"), "Jansen, P.");
}

#[test]
fn a_quoted_newline_keeps_line_numbers_right() {
    let text = "id;begindatum;einddatum;maandloon\n\
                \"two\nlines\";2022-03-15;2025-07-31;3000\n\
                b;2025-01-01;2024-01-01;3000\n";
    let out = run(text);
    assert_eq!(out.rows[0].line, 2);
    // The second record starts on line 4 of the file.
    assert_eq!(out.rows[1].line, 4);
    assert_eq!(out.rows[1].error().unwrap().line, 4);
}

#[test]
fn empty_lines_are_skipped_and_lines_counted() {
    let text = "id;begindatum;einddatum;maandloon\n\n1;2022-03-15;2025-07-31;3000\n;;;\n\n2;2025-01-01;2024-01-01;3000\n\n";
    let out = run(text);
    assert_eq!(out.rows.len(), 2);
    assert_eq!(out.rows[0].line, 3);
    assert_eq!(out.rows[1].line, 6);
    // The column as the file wrote it.
    assert_eq!(out.rows[1].error().unwrap().field, "einddatum");
    assert_eq!(out.rows[1].error().unwrap().key, "end_date");
}

#[test]
fn crlf_line_ends() {
    let out = run("id,start_date,end_date,base_monthly_wage\r\n1,2022-03-15,2025-07-31,3000\r\n");
    assert_eq!(out.rows.len(), 1);
    assert!(out.rows[0].error().is_none());
}

#[test]
fn missing_columns() {
    // No end_date column: every row says so, naming the column by its Dutch name in a
    // Dutch file.
    let out = run("id;begindatum;maandloon\n1;2022-03-15;3000\n2;2022-03-15;3000\n");
    for r in &out.rows {
        let e = r.error().unwrap();
        assert_eq!(e.field, "einddatum");
        assert_eq!(e.key, "end_date");
        assert_eq!(e.message, "einddatum: ontbreekt");
    }
    // A short row (fewer cells than the header) reads the missing cells as empty.
    let out = run("id;begindatum;einddatum;maandloon\n1;2022-03-15;2025-07-31\n");
    assert_eq!(out.rows[0].error().unwrap().field, "maandloon");
    // A file without any column we know is refused as a whole.
    assert_eq!(
        run_batch(
            "naam;adres\nPiet;Dorpsstraat 1\n",
            Lang::Nl,
            Some(today()),
            row_problem
        ),
        Err(BatchError::NoKnownColumns)
    );
    assert!(batch_error(&BatchError::NoKnownColumns, Lang::En).contains("template"));
    assert_eq!(
        run_batch("", Lang::Nl, Some(today()), row_problem),
        Err(BatchError::Empty)
    );
    assert_eq!(
        run_batch("\u{feff}  \n", Lang::En, Some(today()), row_problem),
        Err(BatchError::Empty)
    );
    // Only a header: no rows, no error.
    assert_eq!(run("id;begindatum;einddatum;maandloon\n").rows.len(), 0);
}

const HEADER: &[&str] = &[
    "id",
    "start_date",
    "end_date",
    "base_monthly_wage",
    "hourly_wage",
    "hours_per_week",
    "holiday_allowance_pct",
    "termination",
    "deductible_costs",
    "earlier_contracts",
    "partial_dismissal_fraction",
    "renewal_offer_equal_or_better",
    "lang",
    "first_sick_day",
    "last_sick_day",
    "done",
    "payment_date",
    "wage_paid_during_illness",
    "employer_size",
];

/// A good row: 15-03-2022 .. 31-07-2025 at 3000 a month.
fn good() -> Vec<(&'static str, &'static str)> {
    vec![
        ("start_date", "2022-03-15"),
        ("end_date", "2025-07-31"),
        ("base_monthly_wage", "3000"),
        ("holiday_allowance_pct", "0"),
    ]
}

/// A Poortwachter-only row: no transitievergoeding columns.
fn sick_only() -> Vec<(&'static str, &'static str)> {
    vec![("first_sick_day", "2026-01-05")]
}

fn row(id: &str, cells: &[(&str, &str)]) -> String {
    HEADER
        .iter()
        .map(|h| {
            if *h == "id" {
                id.to_string()
            } else {
                cells
                    .iter()
                    .rev()
                    .find(|(k, _)| k == h)
                    .map(|(_, v)| v.to_string())
                    .unwrap_or_default()
            }
        })
        .collect::<Vec<_>>()
        .join(";")
}

#[test]
fn twenty_plus_kinds_of_bad_value_each_named_and_the_good_rows_still_computed() {
    type Cells = Vec<(&'static str, &'static str)>;
    type Case = (Cells, &'static str, String);
    let with = |base: Cells, extra: &[(&'static str, &'static str)]| {
        let mut v = base;
        v.extend_from_slice(extra);
        v
    };
    // One bad value in a good row or in a Poortwachter-only row: the message names it.
    let bad = |key: &'static str, value: &'static str, message: &str| -> Case {
        (
            with(good(), &[(key, value)]),
            key,
            format!("{key}: {message}"),
        )
    };
    let sick = |key: &'static str, value: &'static str, message: &str| -> Case {
        (
            with(sick_only(), &[(key, value)]),
            key,
            format!("{key}: {message}"),
        )
    };
    // A bad value in a column that only counts for one kind of termination.
    let after_termination = |termination: &'static str, key, value, message: &str| -> Case {
        let cells = with(good(), &[("termination", termination), (key, value)]);
        (cells, key, format!("{key}: {message}"))
    };
    let cases: Vec<Case> = vec![
        bad("start_date", "31-02-2024", "die datum bestaat niet"),
        bad("start_date", "gisteren", "schrijf de datum als JJJJ-MM-DD"),
        bad("end_date", "2021-01-01", "ligt vóór de begindatum"),
        (
            with(
                good(),
                &[("start_date", "2015-01-01"), ("end_date", "2019-12-31")],
            ),
            "end_date",
            "end_date: ligt vóór 2020".into(),
        ),
        // An end date in 2027 is not an error any more (the cap is an estimate); an
        // employer size we do not know is.
        bad(
            "employer_size",
            "enorm",
            "heeft een waarde die we niet kennen",
        ),
        bad("end_date", "", "ontbreekt"),
        bad("base_monthly_wage", "drieduizend", "is geen getal"),
        bad("base_monthly_wage", "-5", "mag niet negatief zijn"),
        bad("base_monthly_wage", "2.000.000", "is te groot"),
        bad("hourly_wage", "20", "kan niet samen met base_monthly_wage"),
        (
            with(good(), &[("base_monthly_wage", ""), ("hourly_wage", "20")]),
            "hours_per_week",
            "hours_per_week: ontbreekt".into(),
        ),
        (
            with(
                good(),
                &[
                    ("base_monthly_wage", ""),
                    ("hourly_wage", "20"),
                    ("hours_per_week", "200"),
                ],
            ),
            "hours_per_week",
            "hours_per_week: is te veel uren".into(),
        ),
        bad(
            "holiday_allowance_pct",
            "150",
            "moet tussen 0 en 100 liggen",
        ),
        bad(
            "termination",
            "ontslagen",
            "heeft een waarde die we niet kennen",
        ),
        bad("deductible_costs", "-100", "mag niet negatief zijn"),
        (
            with(good(), &[("earlier_contracts", "2015-01-01/2016-01-01")]),
            "earlier_contracts[0]",
            "earlier_contracts[0]: schrijf de datum als JJJJ-MM-DD".into(),
        ),
        (
            with(good(), &[("earlier_contracts", "2021-01-01..2022-06-30")]),
            "earlier_contracts[0]",
            "earlier_contracts[0]: overlapt".into(),
        ),
        after_termination(
            "partial_dismissal",
            "partial_dismissal_fraction",
            "1,5",
            "moet groter dan 0 en hoogstens 1 zijn",
        ),
        after_termination(
            "renewal_offered_declined",
            "renewal_offer_equal_or_better",
            "misschien",
            "moet ja of nee zijn",
        ),
        bad("lang", "de", "heeft een waarde die we niet kennen"),
        bad(
            "first_sick_day",
            "2020-01-01",
            "ligt buiten het dienstverband",
        ),
        bad("payment_date", "2025-13-01", "die datum bestaat niet"),
        (
            with(
                good(),
                &[
                    ("first_sick_day", "2025-01-06"),
                    ("wage_paid_during_illness", "veel"),
                ],
            ),
            "wage_paid_during_illness",
            "wage_paid_during_illness: is geen getal".into(),
        ),
        sick("first_sick_day", "2026-02-30", "deze datum bestaat niet"),
        sick(
            "first_sick_day",
            "1949-12-31",
            "vul een datum in tussen 1950-01-01 en 2099-12-31",
        ),
        sick("first_sick_day", "2026-12-01", "ligt na vandaag"),
        sick(
            "last_sick_day",
            "2026-01-01",
            "ligt vóór de eerste ziektedag",
        ),
        sick(
            "last_sick_day",
            "1 mei",
            "schrijf de datum als JJJJ-MM-DD of DD-MM-JJJJ",
        ),
        (
            vec![("last_sick_day", "2026-03-01")],
            "first_sick_day",
            "first_sick_day: ontbreekt; vul de eerste ziektedag in".into(),
        ),
        sick(
            "done",
            "probleemanalyse|koffie",
            "\"koffie\" is geen stap die we kennen",
        ),
    ];
    assert!(cases.len() >= 20);
    let mut text = HEADER.join(";");
    text.push('\n');
    text.push_str(&row("good-first", &good()));
    text.push('\n');
    for (i, (cells, _, _)) in cases.iter().enumerate() {
        text.push_str(&row(&format!("bad-{i}"), cells));
        text.push('\n');
    }
    text.push_str(&row("good-last", &with(good(), &sick_only_in_employment())));
    text.push('\n');
    let out = run(&text);
    assert_eq!(out.rows.len(), cases.len() + 2);
    for (i, (_, field, message)) in cases.iter().enumerate() {
        let r = &out.rows[i + 1];
        assert_eq!(r.id, format!("bad-{i}"));
        let e = r
            .error()
            .unwrap_or_else(|| panic!("case {i} ({field}) has no error"));
        // The header is line 1 and the good row line 2, so case i is on line i + 3.
        assert_eq!(e.line, i as u64 + 3, "case {i}");
        assert_eq!(e.field, *field, "case {i}: {}", e.message);
        assert!(
            e.message.starts_with(message),
            "case {i}: {:?} does not start with {message:?}",
            e.message
        );
        // The output row carries the same message and no amount.
        assert_eq!(cell(&out, i + 1, "error"), e.message);
        assert_eq!(cell(&out, i + 1, "amount"), "");
    }
    // The good rows around the bad ones are computed.
    assert_eq!(cell(&out, 0, "amount"), "3.379,03");
    assert_eq!(cell(&out, 0, "error"), "");
    let last = cases.len() + 1;
    assert_eq!(cell(&out, last, "amount"), "3.379,03");
    assert_eq!(cell(&out, last, "error"), "");
    assert!(out.rows[last].pw.as_ref().unwrap().is_ok());
}

fn sick_only_in_employment() -> Vec<(&'static str, &'static str)> {
    vec![
        ("first_sick_day", "2025-06-02"),
        ("last_sick_day", "2025-07-31"),
    ]
}

#[test]
fn english_messages_follow_the_batch_language() {
    let out = run_batch(
        "id,first_sick_day\n1,2026-12-01\n",
        Lang::En,
        Some(today()),
        row_problem,
    )
    .unwrap();
    assert_eq!(
        out.rows[0].error().unwrap().message,
        "first_sick_day: lies after today"
    );
}
