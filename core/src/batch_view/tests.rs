//! Tests of the batch page's view model: the Poortwachter status per row, totals, sorting and paging.

use super::*;
use crate::batch::run_batch;
use crate::lang::Lang;
use crate::text::batch::{
    cell, column_label, result_file_name, row_problem, template_csv, template_file_name,
};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

fn table(text: &str) -> (BatchRun, Table) {
    let run = run_batch(text, Lang::Nl, Some(today()), row_problem).unwrap();
    let t = Table::from_run(&run);
    (run, t)
}

fn ids(t: &Table) -> Vec<String> {
    t.page(1, 1000).rows.iter().map(|r| r.id.clone()).collect()
}

/// Five employees with amounts 3000.00, 3379.03, 3000.00, an error, and a sick-only row.
const FIVE: &str =
    "id;start_date;end_date;base_monthly_wage;holiday_allowance_pct;first_sick_day;done\n\
    e10;2022-01-01;2024-12-31;3000;0;;\n\
    e2;2022-03-15;2025-07-31;3000;0;;\n\
    e3;2022-01-01;2024-12-31;3000;0;;\n\
    e4;2025-01-01;2024-01-01;3000;0;;\n\
    e5;;;;;2026-01-05;ziekmelding_bedrijfsarts|probleemanalyse|plan_van_aanpak\n";

#[test]
fn poortwachter_status_of_a_sick_row() {
    let (run, t) = table(FIVE);
    assert!(run.with_status);
    let r = &t.rows[4];
    // First sick day Monday 5 January 2026; today 22 November 2026 is sick day 322
    // (326 days of 2026 up to 22 Nov, minus 1-4 Jan), so week ceil(322/7) = 46.
    let pw = run.rows[4].pw.as_ref().unwrap().as_ref().unwrap();
    assert_eq!(pw.sick_week, 46);
    assert!(r.due.is_none(), "no transitievergoeding asked");
    // Day 364 = 5 Jan 2026 + 363 days = 3 January 2027: eerstejaarsevaluatie klaar.
    assert_eq!(
        r.next_deadline,
        Some((
            MilestoneId::EerstejaarsevaluatieEind,
            NaiveDate::from_ymd_opt(2027, 1, 3).unwrap()
        ))
    );
    // Not done: evaluations 1-6 (days 98..308, the last on 8 Nov) and the 42e-weekmelding
    // (day 294 = Sunday 25 Oct, so Monday 26 Oct), in date order.
    use MilestoneId::*;
    assert_eq!(
        r.overdue,
        vec![
            Evaluatie(1),
            Evaluatie(2),
            Evaluatie(3),
            Evaluatie(4),
            Evaluatie(5),
            Melding42eWeek,
            Evaluatie(6)
        ]
    );
    assert_eq!(
        cell(r, Column::NextDeadline, Lang::Nl),
        "03-01-2027: Eerstejaarsevaluatie klaar"
    );
    assert!(cell(r, Column::Overdue, Lang::En).starts_with("7 passed: Review 1"));
    assert_eq!(cell(r, Column::Amount, Lang::Nl), "–");
    // The output CSV has the status columns before `error`.
    let header = run.csv.lines().next().unwrap();
    assert!(header.ends_with(";sick_week;next_deadline;next_deadline_date;overdue;error"));
    let line = run.csv.lines().nth(5).unwrap();
    assert!(
        line.contains(";46;eerstejaarsevaluatie_eind;2027-01-03;evaluatie_1|"),
        "{line}"
    );
}

#[test]
fn recovered_row_has_no_next_deadline_but_says_recovered() {
    // Sick 1..20 March 2026 (20 days, under 6 weeks): every later step is not reached.
    let (_, t) = table("id;eerste_ziektedag;laatste_ziektedag;gedaan\nr;2026-03-01;2026-03-20;ziekmelding_bedrijfsarts\n");
    let r = &t.rows[0];
    assert!(r.error.is_none(), "{:?}", r.error);
    assert_eq!(r.next_deadline, None);
    assert!(r.recovered);
    assert_eq!(cell(r, Column::NextDeadline, Lang::Nl), "hersteld");
    assert_eq!(cell(r, Column::Overdue, Lang::Nl), "0");
}

#[test]
fn totals() {
    let (_, t) = table(FIVE);
    let tot = t.totals;
    assert_eq!(tot.rows, 5);
    assert_eq!(tot.errors, 1);
    assert_eq!(tot.ok, 4);
    assert_eq!(tot.due, 3);
    // 3000.00 + 3379.03 + 3000.00 = 9379.03.
    assert_eq!(tot.amount, Cents(937_903));
    assert_eq!(tot.payable, Cents(937_903));
    assert_eq!(tot.capped, 0);
    assert_eq!(tot.with_overdue, 1);
    assert_eq!(t.errors().len(), 1);
    assert_eq!(t.errors()[0].line, 5);
    assert_eq!(t.errors()[0].field, "end_date");
}

#[test]
fn sorting_is_numeric_stable_and_puts_missing_last() {
    let (_, mut t) = table(FIVE);
    assert_eq!(ids(&t), ["e10", "e2", "e3", "e4", "e5"]);
    t.sort(Sort::file_order().clicked(Column::Amount));
    // 3000 (e10), 3000 (e3) keep file order, then 3379.03; missing amounts last.
    assert_eq!(ids(&t), ["e10", "e3", "e2", "e4", "e5"]);
    t.sort(t.sort.clicked(Column::Amount));
    assert_eq!(t.sort.dir, SortDir::Desc);
    // Descending keeps ties in file order too, and missing values still last.
    assert_eq!(ids(&t), ["e2", "e10", "e3", "e4", "e5"]);
    // Ids sort naturally: e2 < e3 < e4 < e5 < e10.
    t.sort(t.sort.clicked(Column::Id));
    assert_eq!(ids(&t), ["e2", "e3", "e4", "e5", "e10"]);
    assert_eq!(t.sort.aria_for(Column::Id), "ascending");
    assert_eq!(t.sort.aria_for(Column::Amount), "none");
    t.sort(Sort {
        column: Column::Error,
        dir: SortDir::Asc,
    });
    assert_eq!(ids(&t)[0], "e4");
    t.sort(Sort {
        column: Column::Line,
        dir: SortDir::Desc,
    });
    assert_eq!(ids(&t), ["e5", "e4", "e3", "e2", "e10"]);
}

#[test]
fn amounts_sort_as_numbers_not_text() {
    // 900.00 < 10,000.00 < 20,000.00 as money; as text "10.000" < "20.000" < "900".
    let text = "id;start_date;end_date;base_monthly_wage;holiday_allowance_pct;termination;partial_dismissal_fraction\n\
        a;2015-01-01;2024-12-31;6000;0;;\n\
        b;2024-01-01;2024-12-31;2700;0;;\n\
        c;2015-01-01;2024-12-31;3000;0;;\n";
    let (_, mut t) = table(text);
    let amounts: Vec<i64> = t.rows.iter().map(|r| r.amount.unwrap().0).collect();
    // a: 10 years × 6000/3 = 20,000; b: 1 year × 2700/3 = 900; c: 10 × 1000 = 10,000.
    assert_eq!(amounts, [2_000_000, 90_000, 1_000_000]);
    t.sort(Sort {
        column: Column::Amount,
        dir: SortDir::Asc,
    });
    assert_eq!(ids(&t), ["b", "c", "a"]);
}

#[test]
fn dates_sort_as_dates() {
    // "late" (sick since 1 March 2026) is at sick day 267 today; its next step is the
    // 42e-weekmelding: day 294 = Saturday 19 Dec, the day after is Sunday, so Monday
    // 21-12-2026. "early" (5 January 2026) next has day 364 = 03-01-2027. As text
    // "03-01-2027" < "21-12-2026"; as dates 21 Dec 2026 comes first.
    let text = "id;first_sick_day\nearly;05-01-2026\nlate;01-03-2026\nnone;\n";
    let run = run_batch(text, Lang::Nl, Some(today()), row_problem).unwrap();
    let mut t = Table::from_run(&run);
    assert_eq!(
        t.rows[1].next_deadline,
        Some((
            MilestoneId::Melding42eWeek,
            NaiveDate::from_ymd_opt(2026, 12, 21).unwrap()
        ))
    );
    t.sort(Sort {
        column: Column::NextDeadline,
        dir: SortDir::Asc,
    });
    assert_eq!(ids(&t), ["late", "early", "none"]);
    t.sort(t.sort.clicked(Column::NextDeadline));
    assert_eq!(ids(&t), ["early", "late", "none"]);
}

#[test]
fn paging() {
    let mut text = String::from("id,start_date,end_date,base_monthly_wage\n");
    for i in 0..123 {
        text.push_str(&format!("{i},2022-01-01,2024-12-31,3000\n"));
    }
    let (_, t) = table(&text);
    assert_eq!(t.pages(PAGE_SIZE), 3);
    let p = t.page(2, PAGE_SIZE);
    assert_eq!(
        (p.page, p.pages, p.first, p.last, p.total),
        (2, 3, 51, 100, 123)
    );
    assert_eq!(p.rows.len(), 50);
    assert_eq!(p.rows[0].id, "50");
    let p = t.page(3, PAGE_SIZE);
    assert_eq!((p.first, p.last, p.rows.len()), (101, 123, 23));
    // Out of range pages are clamped.
    assert_eq!(t.page(99, PAGE_SIZE).page, 3);
    assert_eq!(t.page(0, PAGE_SIZE).page, 1);
    let (_, empty) = table("id,start_date\n");
    let p = empty.page(1, PAGE_SIZE);
    assert_eq!((p.page, p.pages, p.first, p.last, p.total), (1, 1, 0, 0, 0));
}

#[test]
fn page_buttons_show_ends_and_neighbours() {
    assert_eq!(page_buttons(1, 1), vec![Some(1)]);
    assert_eq!(
        page_buttons(10, 200),
        vec![
            Some(1),
            None,
            Some(8),
            Some(9),
            Some(10),
            Some(11),
            Some(12),
            None,
            Some(200)
        ]
    );
    assert_eq!(page_buttons(2, 4), vec![Some(1), Some(2), Some(3), Some(4)]);
}

#[test]
fn natural_id_order() {
    assert_eq!(natural_cmp("2", "10"), Ordering::Less);
    assert_eq!(natural_cmp("A-9", "a-10"), Ordering::Less);
    // Equal numbers ("007" and "7"): the plain text decides, so the order is total.
    assert_eq!(natural_cmp("007", "7"), Ordering::Less);
    assert_eq!(natural_cmp("7", "007"), Ordering::Greater);
    assert_eq!(natural_cmp("abc", "abd"), Ordering::Less);
    assert_eq!(natural_cmp("x", "x1"), Ordering::Less);
}

#[test]
fn templates_parse_to_a_good_row_in_both_languages() {
    for lang in [Lang::Nl, Lang::En] {
        let tpl = template_csv(lang);
        assert!(tpl.starts_with('\u{feff}'));
        let run = run_batch(&tpl, lang, Some(today()), row_problem).unwrap();
        assert_eq!(run.delimiter, if lang == Lang::Nl { b';' } else { b',' });
        assert_eq!(run.rows.len(), 1);
        let r = &run.rows[0];
        assert_eq!(r.error(), None, "{lang:?}");
        assert_eq!(r.id, "1001");
        // Both templates hold the same employee, so the same amount.
        let amount = r.tv.as_ref().unwrap().as_ref().unwrap().amount;
        let other = run_batch(
            &template_csv(lang.other()),
            lang,
            Some(today()),
            row_problem,
        )
        .unwrap();
        assert_eq!(
            other.rows[0].tv.as_ref().unwrap().as_ref().unwrap().amount,
            amount
        );
        assert!(r.pw.as_ref().unwrap().is_ok());
    }
    assert!(template_csv(Lang::Nl).contains("3.250,50"));
    assert!(template_csv(Lang::En).contains("3250.50"));
    assert_ne!(template_file_name(Lang::Nl), template_file_name(Lang::En));
}

#[test]
fn output_has_bom_delimiter_error_column_and_escaped_formulas() {
    let text = "id,start_date,end_date,base_monthly_wage,note\n\
        =1+1,2022-01-01,2024-12-31,3000,+31612345678\n\
        @me,2022-01-01,2024-12-31,3000,-x\n\
        ok,2025-01-01,2024-01-01,3000,=HYPERLINK(\"http://x\")\n";
    let run = run_batch(text, Lang::En, Some(today()), row_problem).unwrap();
    let out = run.csv_with_bom();
    assert!(out.starts_with("\u{feff}id,start_date,"));
    let header = out.lines().next().unwrap();
    assert!(header.ends_with(",uncertain,error"), "{header}");
    let mut r = csv::ReaderBuilder::new().from_reader(run.csv.as_bytes());
    let recs: Vec<csv::StringRecord> = r.records().map(|x| x.unwrap()).collect();
    assert_eq!(&recs[0][0], "'=1+1");
    assert_eq!(&recs[0][4], "'+31612345678");
    assert_eq!(&recs[1][0], "'@me");
    assert_eq!(&recs[1][4], "'-x");
    assert_eq!(&recs[2][4], "'=HYPERLINK(\"http://x\")");
    assert_eq!(
        recs[2].iter().next_back(),
        Some("end_date: lies before the start date")
    );
    // The table shows the id as typed (it is not a spreadsheet).
    let t = Table::from_run(&run);
    assert_eq!(t.rows[0].id, "=1+1");
}

#[test]
fn result_file_names() {
    assert_eq!(
        result_file_name("personeel.csv", Lang::Nl),
        "personeel-uitkomst.csv"
    );
    assert_eq!(result_file_name("a b/c.csv", Lang::En), "abc-result.csv");
    assert_eq!(result_file_name("", Lang::En), "spoorwijzer-result.csv");
}

#[test]
fn column_labels_and_codes_are_distinct() {
    for lang in [Lang::Nl, Lang::En] {
        let mut labels: Vec<&str> = Column::ALL.iter().map(|c| column_label(*c, lang)).collect();
        labels.sort();
        labels.dedup();
        assert_eq!(labels.len(), Column::ALL.len());
    }
    let mut codes: Vec<&str> = Column::ALL.iter().map(|c| c.code()).collect();
    codes.sort();
    codes.dedup();
    assert_eq!(codes.len(), Column::ALL.len());
}

proptest::proptest! {
    #[test]
    fn any_input_gives_a_table_without_panic(s in "\\PC{0,300}") {
        for text in [s.clone(), format!("id;first_sick_day;last_sick_day;done\n{s}"), format!("id,start_date,end_date,base_monthly_wage\n{s}")] {
            if let Ok(run) = run_batch(&text, Lang::Nl, Some(today()), row_problem) {
                let mut t = Table::from_run(&run);
                for c in Column::ALL {
                    t.sort(Sort { column: c, dir: SortDir::Desc });
                    let p = t.page(1, 7);
                    for r in p.rows { let _ = cell(r, c, Lang::En); }
                }
            }
        }
    }
}

#[test]
fn files_are_read_as_utf8_or_windows_1252() {
    assert_eq!(
        decode_file("\u{feff}id;loon\n".as_bytes()),
        Ok("\u{feff}id;loon\n".into())
    );
    // "Zoë;€ 5" in Windows-1252: ë = 0xEB, € = 0x80.
    assert_eq!(decode_file(b"Zo\xeb;\x80 5"), Ok("Zoë;€ 5".into()));
    assert_eq!(decode_file(b"PK\x03\x04\x00\x00"), Err(NotText));
    assert_eq!(decode_file(b""), Ok(String::new()));
}

#[test]
fn an_amount_limited_by_an_estimated_cap_is_marked() {
    // Row a: capped by the 2027 estimate (marked); row b: far below it (exact).
    let (_, t) = table(
        "id,start_date,end_date,base_monthly_wage,holiday_allowance_pct\n\
         a,1985-07-01,2027-03-31,7500,0\n\
         b,2024-01-01,2027-12-31,3000,0\n",
    );
    let a = t.rows.iter().find(|r| r.id == "a").unwrap();
    let b = t.rows.iter().find(|r| r.id == "b").unwrap();
    assert!(a.amount_uncertain && !b.amount_uncertain);
    assert_eq!(cell(a, Column::Payable, Lang::Nl), "€ 102.000,00 (onzeker)");
    assert_eq!(cell(b, Column::Payable, Lang::Nl), "€ 4.000,00");
}

#[test]
fn page_spans() {
    let s = PageSpan::new(101, 3, 50);
    assert_eq!((s.page, s.pages, s.first, s.last), (3, 3, 101, 101));
    assert_eq!(s.range(), 100..101);
    let s = PageSpan::new(101, 9, 50);
    assert_eq!(s.page, 3, "clamped");
    let s = PageSpan::new(0, 1, 50);
    assert_eq!((s.page, s.pages, s.first, s.last), (1, 1, 0, 0));
    assert!(s.range().is_empty());
    let s = PageSpan::new(100, 2, 50);
    assert_eq!((s.first, s.last), (51, 100));
    assert_eq!(s.range(), 50..100);
}

#[test]
fn only_numbers_and_amounts_are_numeric_columns() {
    let numeric: Vec<Column> = Column::ALL.into_iter().filter(|c| c.numeric()).collect();
    // The passed deadlines are a list of steps: a text that must wrap in a narrow table.
    assert_eq!(numeric, vec![Column::Line, Column::Amount, Column::Payable]);
}

#[test]
fn the_table_shows_the_columns_the_file_needs() {
    let (_, t) = table(FIVE);
    assert_eq!(t.columns(), Column::ALL.to_vec());
    let (_, t) = table("id;start_date;end_date;base_monthly_wage\n1;2022-01-01;2024-12-31;3000\n");
    assert_eq!(
        t.columns(),
        vec![
            Column::Line,
            Column::Id,
            Column::Due,
            Column::Amount,
            Column::Capped,
            Column::Payable
        ]
    );
}
