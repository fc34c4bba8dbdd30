//! Runs the built `spoorwijzer` binary with JSON and CSV input.

mod common;

use common::{json, run};

#[test]
fn json_example_10_with_exact_numbers() {
    // 15 Mar 2022 – 31 Jul 2025, M = 3000: 3000 + 333.33 + (17/31 × 3000)/36 = 3379.03.
    let (code, out) = run(
        &["transitievergoeding"],
        r#"{"start_date":"2022-03-15","end_date":"2025-07-31","base_monthly_wage":3000,"holiday_allowance_pct":0,"lang":"en"}"#,
    );
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("\"amount\":3379.03"), "{out}");
    let v = json(&out);
    assert_eq!(v["years"], 3);
    assert_eq!(v["months"], 4);
    assert_eq!(v["days"], 17);
    assert_eq!(v["due"], true);
    assert_eq!(v["reason_code"], "employer_initiative");
    assert_eq!(v["capped"], false);
    assert!(out.contains("\"amount_days_method\":3379.91"), "{out}");
    assert!(out.contains("\"cap\":98000.00"), "{out}");
    assert!(out.contains("\"payable\":3379.03"), "{out}");
    assert!(v["explanation"].as_array().unwrap().len() > 5);
    assert!(v["reason"].as_str().unwrap().contains("Your employer"));
}

#[test]
fn json_strings_deductions_and_uncertain_cap() {
    // 1 Jul 1985 – 31 Jan 2026, M = 7500: 101,458.33 under the uncertain 2026 cap;
    // agreed outplacement 1000.50 (string) deducted, re-integration rejected.
    let input = r#"{"start_date":"1985-07-01","end_date":"2026-01-31","base_monthly_wage":"7500.00",
        "holiday_allowance_pct":"0",
        "deductions":[
          {"kind":"transitiekosten","amount":"1000.50","specified_in_writing_before":true,"employee_consent_in_writing":true},
          {"kind":"reintegratie","amount":500,"specified_in_writing_before":true,"employee_consent_in_writing":true}]}"#;
    let (code, out) = run(&["transitievergoeding"], input);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("\"amount\":101458.33"), "{out}");
    assert!(out.contains("\"payable\":100457.83"), "{out}");
    let v = json(&out);
    assert_eq!(v["deductions"][0]["accepted"], true);
    assert_eq!(v["deductions"][1]["accepted"], false);
    assert_eq!(
        v["deductions"][1]["reason_code"],
        "deduction_reintegratie_never"
    );
    assert_eq!(v["uncertain"][0]["code"], "cap_2026_unverified");
    assert_eq!(v["claim_deadline"], "2026-04-30");
}

#[test]
fn json_compensation_and_xella() {
    let input = r#"{"start_date":"2015-01-01","end_date":"2024-09-30","base_monthly_wage":3000,
        "holiday_allowance_pct":0,"termination":"after_two_years_illness","first_sick_day":"2022-02-01",
        "wage_paid_during_illness":70000,"payment_date":"2024-10-31"}"#;
    let (code, out) = run(&["transitievergoeding"], input);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("\"xella_amount\":9077.96"), "{out}");
    let v = json(&out);
    assert_eq!(v["compensation"]["application_deadline"], "2025-04-30");
    assert!(out.contains("\"amount\":9077.96"), "{out}");
}

#[test]
fn end_dates_in_2027_and_2028_give_an_amount_with_the_estimate() {
    for (end, year) in [("2027-03-31", 2027), ("2028-12-31", 2028)] {
        // Capped: 1 Jul 1985 to the end date at € 7.500 is above the cap.
        let input = format!(
            r#"{{"start_date":"1985-07-01","end_date":"{end}","base_monthly_wage":7500,"holiday_allowance_pct":0}}"#
        );
        let (code, out) = run(&["transitievergoeding"], &input);
        assert_eq!(code, 0, "{out}");
        let v = json(&out);
        assert_eq!(v["cap_year"], year);
        assert!(out.contains("\"payable\":102000.00"), "{out}");
        let u = v["uncertain"]
            .as_array()
            .unwrap()
            .iter()
            .find(|u| u["code"] == format!("cap_{year}_estimate"))
            .unwrap_or_else(|| panic!("no estimate mark: {out}"));
        let affects: Vec<&str> = u["affects"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|a| a.as_str())
            .collect();
        assert!(affects.contains(&"cap") && affects.contains(&"payable"));
        assert!(u["text"].as_str().unwrap().contains("nog niet vastgesteld"));
    }
}

#[test]
fn compensation_status_for_each_employer_size_on_either_side_of_the_bill() {
    // first sick day → the 104 weeks end: 2024-06-24 → 2026-06-21 (before 1 July 2026);
    // 2024-09-02 → 2026-08-30 (after).
    let cases = [
        ("2024-06-24", "small", "eligible", None),
        ("2024-06-24", "medium_large", "eligible", None),
        ("2024-06-24", "unknown", "eligible", None),
        ("2024-09-02", "small", "eligible", None),
        (
            "2024-09-02",
            "medium_large",
            "depends_on_pending_law",
            Some("36869"),
        ),
        (
            "2024-09-02",
            "unknown",
            "depends_on_pending_law",
            Some("36869"),
        ),
        ("2024-09-02", "klein", "eligible", None),
        (
            "2024-09-02",
            "middelgroot_groot",
            "depends_on_pending_law",
            Some("36869"),
        ),
    ];
    for (first_sick, size, status, bill) in cases {
        let input = format!(
            r#"{{"start_date":"2015-01-01","end_date":"2026-10-31","base_monthly_wage":3000,
            "termination":"after_two_years_illness","first_sick_day":"{first_sick}",
            "wage_paid_during_illness":60000,"payment_date":"2026-11-15","employer_size":"{size}"}}"#
        );
        let (code, out) = run(&["transitievergoeding"], &input);
        assert_eq!(code, 0, "{out}");
        let v = json(&out);
        assert_eq!(v["compensation"]["status"], status, "{first_sick} {size}");
        assert_eq!(
            v["compensation"]["bill"].as_str(),
            bill,
            "{first_sick} {size}"
        );
        if bill.is_some() {
            assert_eq!(v["pending_law"][0]["id"], "36869");
            assert_eq!(v["pending_law"][0]["status"], "proposal");
            assert_eq!(v["pending_law"][0]["last_checked"], "2026-11-29");
        } else {
            assert!(v.get("pending_law").is_none());
        }
        assert!(v["compensation"]["amount"].is_number(), "{out}");
    }
    // Without the size, the default is unknown.
    let input = r#"{"start_date":"2015-01-01","end_date":"2026-10-31","base_monthly_wage":3000,
        "termination":"after_two_years_illness","first_sick_day":"2024-09-02"}"#;
    let (_, out) = run(&["transitievergoeding"], input);
    let v = json(&out);
    assert_eq!(v["compensation"]["status"], "depends_on_pending_law");
    // Without the wage paid during illness there is a status but no amount.
    assert!(v["compensation"].get("amount").is_none(), "{out}");
    let (code, out) = run(
        &["transitievergoeding"],
        r#"{"start_date":"2015-01-01","end_date":"2026-10-31","base_monthly_wage":3000,"employer_size":"huge"}"#,
    );
    assert_eq!(code, 2);
    assert!(out.contains("\"field\":\"employer_size\""), "{out}");
}

#[test]
fn invalid_input_exits_2_naming_the_field() {
    for (input, field) in [
        (
            r#"{"start_date":"2025-01-01","end_date":"2024-01-01","base_monthly_wage":3000}"#,
            "end_date",
        ),
        (
            r#"{"start_date":"2025-01-01","end_date":"2025-06-30"}"#,
            "base_monthly_wage",
        ),
        (
            r#"{"start_date":"2025-01-01","end_date":"2025-06-30","base_monthly_wage":2000000}"#,
            "base_monthly_wage",
        ),
        (
            r#"{"start_date":"2025-01-01","end_date":"2025-06-30","hourly_wage":20,"hours_per_week":200}"#,
            "hours_per_week",
        ),
        (
            r#"{"start_date":"1900-01-01","end_date":"2025-06-30","base_monthly_wage":3000}"#,
            "start_date",
        ),
        (
            r#"{"start_date":"2025-01-01","end_date":"2025-06-30","base_monthly_wage":3000,"termination":"nope"}"#,
            "termination",
        ),
        (
            r#"{"start_date":"2025-01-01","end_date":"2025-06-30","base_monthly_wage":"abc"}"#,
            "base_monthly_wage",
        ),
        (r#"[1,2]"#, "input"),
        (r#"not json"#, "input"),
    ] {
        let (code, out) = run(&["transitievergoeding"], input);
        assert_eq!(code, 2, "{input}: {out}");
        let v = json(&out);
        let msg = v["error"].as_str().unwrap();
        assert!(msg.starts_with(field), "{input}: {msg}");
    }
}

#[test]
fn csv_from_stdin_and_file() {
    let text = "id;begindatum;einddatum;maandloon;vakantiegeld;reden\n\
                1;2022-03-15;2025-07-31;3000;0;employer_initiative\n\
                2;2025-01-01;2024-01-01;3000;0;\n\
                3;2022-01-01;2024-12-31;3.000;0;aow_age\n";
    let (code, out) = run(&["transitievergoeding", "--csv", "-"], text);
    assert_eq!(code, 0, "{out}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 4, "{out}");
    assert!(lines[0].ends_with(";error"), "{}", lines[0]);
    assert!(lines[1].contains(";3.379,03;"), "{}", lines[1]);
    // The error names the column as the file wrote it.
    assert!(lines[2].contains("einddatum: "), "{}", lines[2]);
    // A Dutch file: yes/no in Dutch.
    assert!(lines[3].contains(";nee;aow_age;"), "{}", lines[3]);

    // The command line reads the same Dutch code values as the page.
    let dutch =
        "personeelsnummer;begindatum;einddatum;maandloon;vakantiegeld;reden;werkgever_grootte\n\
                 1;2022-03-15;2025-07-31;3000;0;Opzegging;klein\n\
                 2;2022-03-15;2025-07-31;3000;0;vso;ONBEKEND\n";
    let (code, out) = run(&["transitievergoeding", "--csv", "-"], dutch);
    assert_eq!(code, 0, "{out}");
    let lines: Vec<&str> = out.lines().collect();
    assert!(
        lines[1].contains(";ja;employer_initiative;"),
        "{}",
        lines[1]
    );
    assert!(
        lines[2].contains(";nee;mutual_consent_not_statutory;"),
        "{}",
        lines[2]
    );
    assert!(
        lines[1..].iter().all(|l| l.ends_with(';')),
        "no errors: {out}"
    );

    let dir = std::env::temp_dir().join(format!("spoorwijzer-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("batch.csv");
    std::fs::write(
        &path,
        "\u{feff}id,start_date,end_date,base_monthly_wage,holiday_allowance_pct\n=1+1,2024-05-01,2025-04-30,2800,0\n",
    )
    .unwrap();
    let (code, out) = run(
        &["transitievergoeding", "--csv", path.to_str().unwrap()],
        "",
    );
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(code, 0, "{out}");
    let second = out.lines().nth(1).unwrap();
    assert!(second.starts_with("'=1+1,"), "{second}");
    assert!(second.contains(",2800.00,"), "{second}");

    let (code, out) = run(&["transitievergoeding", "--csv", "/nonexistent/x.csv"], "");
    assert_eq!(code, 1, "{out}");
}
