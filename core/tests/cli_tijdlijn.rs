//! Runs the real `spoorwijzer tijdlijn` binary.

mod common;

use common::json;

/// Runs `spoorwijzer tijdlijn` with `args`.
fn run(args: &[&str], input: &str) -> (i32, String) {
    common::run(&[&["tijdlijn"], args].concat(), input)
}

const EXAMPLE_A: &str = r#"{"sick_periods":[{"from":"2026-01-05","until":null}], "today":"2026-11-22", "loonsanctie_weeks":0, "contract_end":null, "done":[], "label":null}"#;

#[test]
fn example_a_json() {
    let (code, out) = run(&[], EXAMPLE_A);
    assert_eq!(code, 0, "{out}");
    let v = json(&out);
    // 5 Jan .. 22 Nov 2026 inclusive = 322 sick days.
    assert_eq!(v["sick_days_counted"].as_u64(), Some(322));
    let ms = v["milestones"].as_array().expect("milestones");
    assert_eq!(ms.len(), 19);
    let find = |id: &str| {
        ms.iter()
            .find(|m| m["id"] == id)
            .unwrap_or_else(|| panic!("no {id}"))
            .clone()
    };
    let m = find("melding_42e_week");
    assert_eq!(m["date"], "2026-10-26");
    assert_eq!(m["week"].as_u64(), Some(43));
    assert_eq!(m["actor"], "werkgever");
    // done was given (empty): a past deadline is overdue.
    assert_eq!(m["status"], "overdue");
    assert!(m["title"].as_str().unwrap_or("").contains("42e"));
    assert!(!m["consequence"].as_str().unwrap_or("").is_empty());
    assert!(m["source"].as_str().unwrap_or("").contains("uwv.nl"));
    assert_eq!(find("einde_loondoorbetaling")["date"], "2028-01-02");
    assert_eq!(find("wia_start")["date"], "2028-01-03");
    assert_eq!(find("einde_opzegverbod")["date"], "2028-01-05");
    assert_eq!(find("eerstejaarsevaluatie_eind")["status"], "future");
    assert_eq!(find("probleemanalyse")["actor"], "bedrijfsarts");
    // Dates never go down.
    let dates: Vec<&str> = ms
        .iter()
        .map(|m| m["date"].as_str().unwrap_or(""))
        .collect();
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(dates, sorted);
}

#[test]
fn english_and_done_and_loonsanctie() {
    let input = r#"{"sick_periods":[{"from":"2026-01-05","until":null}], "today":"2026-11-22",
        "loonsanctie_weeks":4, "done":["probleemanalyse"], "lang":"en", "label":"AB"}"#;
    let (code, out) = run(&[], input);
    assert_eq!(code, 0, "{out}");
    let v = json(&out);
    let ms = v["milestones"].as_array().expect("milestones");
    let find = |id: &str| {
        ms.iter()
            .find(|m| m["id"] == id)
            .cloned()
            .unwrap_or_default()
    };
    assert_eq!(find("probleemanalyse")["status"], "done");
    assert_eq!(
        find("probleemanalyse")["title"],
        "Problem analysis by the company doctor"
    );
    // 728 + 28 = day 756 = 5 Jan 2026 + 755 days = 30 Jan 2028.
    assert_eq!(find("einde_loondoorbetaling")["date"], "2028-01-30");
    assert!(v["notices"]
        .as_array()
        .map(|n| n.iter().any(|x| x["id"] == "loonsanctie"))
        .unwrap_or(false));
}

#[test]
fn today_defaults_to_system_date() {
    let (code, out) = run(
        &[],
        r#"{"sick_periods":[{"from":"2026-01-05","until":null}]}"#,
    );
    assert_eq!(code, 0, "{out}");
    let v = json(&out);
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    let today = spoorwijzer_core::dates::date_from_unix_seconds(secs);
    assert_eq!(v["today"], spoorwijzer_core::dates::iso(today));
    // Without "done" past steps are "past", never "overdue".
    assert!(v["milestones"]
        .as_array()
        .map(|ms| ms.iter().all(|m| m["status"] != "overdue"))
        .unwrap_or(false));
}

#[test]
fn ics_output() {
    let input = r#"{"sick_periods":[{"from":"2026-01-05","until":null}], "today":"2026-11-22", "label":"J.J."}"#;
    let (code, out) = run(&["--ics"], input);
    assert_eq!(code, 0, "{out}");
    assert!(out.starts_with("BEGIN:VCALENDAR\r\n"));
    assert!(out.ends_with("END:VCALENDAR\r\n"));
    assert_eq!(out.matches("BEGIN:VEVENT").count(), 19);
    assert!(out.contains("DTSTART;VALUE=DATE:20261026\r\n"));
    assert!(out.contains("DTSTAMP:20261122T000000Z\r\n"));
    assert!(out.contains("SUMMARY:J.J.: "));
    for line in out.split("\r\n") {
        assert!(line.len() <= 75);
    }
    // Deterministic.
    assert_eq!(run(&["--ics"], input).1, out);
}

#[test]
fn invalid_inputs_exit_2_naming_the_field() {
    let cases = [
        ("not json", "input"),
        ("[]", "input"),
        (r#"{"today":"2026-01-01"}"#, "sick_periods"),
        (r#"{"sick_periods":[]}"#, "sick_periods"),
        (
            r#"{"sick_periods":[{"from":"2026-13-01","until":null}]}"#,
            "sick_periods[0].from",
        ),
        (
            r#"{"sick_periods":[{"from":"2026-02-01","until":"2026-01-01"}]}"#,
            "sick_periods[0]",
        ),
        (
            r#"{"sick_periods":[{"from":"2026-02-01","until":null},{"from":"2026-03-01","until":null}]}"#,
            "sick_periods[1]",
        ),
        (
            r#"{"sick_periods":[{"from":"2026-02-01","until":null}],"today":"01-02-2026"}"#,
            "today",
        ),
        (
            r#"{"sick_periods":[{"from":"2026-02-01","until":null}],"loonsanctie_weeks":53}"#,
            "loonsanctie_weeks",
        ),
        (
            r#"{"sick_periods":[{"from":"2026-02-01","until":null}],"loonsanctie_weeks":2.5}"#,
            "loonsanctie_weeks",
        ),
        (
            r#"{"sick_periods":[{"from":"2026-02-01","until":null}],"contract_end":"1900-01-01"}"#,
            "contract_end",
        ),
        (
            r#"{"sick_periods":[{"from":"2026-02-01","until":null}],"done":["nope"]}"#,
            "done",
        ),
        (
            r#"{"sick_periods":[{"from":"2026-02-01","until":null}],"lang":"de"}"#,
            "lang",
        ),
        (
            r#"{"sick_periods":[{"from":"2026-02-01","until":null}],"todya":"2026-01-01"}"#,
            "todya",
        ),
    ];
    for (input, field) in cases {
        let (code, out) = run(&[], input);
        assert_eq!(code, 2, "{input}: {out}");
        let v = json(&out);
        assert_eq!(v["field"], field, "{input}: {out}");
        let msg = v["error"].as_str().unwrap_or("");
        assert!(msg.starts_with(field), "{input}: {msg}");
    }
    let (code, _) = run(&["--bogus"], EXAMPLE_A);
    assert_eq!(code, 2);
}
