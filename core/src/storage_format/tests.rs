//! Tests of the export file: the version 3 envelope, migrations from older versions, and bad files.

use super::*;
use crate::flow::{Answer, Opt};
use crate::lang::Lang;
use crate::text::keep::{file_error_message, file_problem_message};

use crate::dates::ymd as d;

fn today() -> NaiveDate {
    d(2026, 11, 22)
}

fn sample() -> Answers {
    let mut a = Answers::new();
    a.insert(QuestionId::Rol, Answer::Choice(Opt::Werknemer));
    a.insert(QuestionId::ZiekNu, Answer::Choice(Opt::Ja));
    a.insert(QuestionId::EersteZiektedag, Answer::Date(d(2026, 1, 5)));
    a.insert(
        QuestionId::BrutoMaandloon,
        Answer::Money(crate::money::Cents(325_050)),
    );
    a.insert(QuestionId::Leeftijd, Answer::Integer(45));
    a.insert(QuestionId::HiaatExcedent, Answer::Unknown);
    a
}

#[test]
fn export_has_the_v3_envelope_and_round_trips() {
    let text = export(&sample(), today());
    let v: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["schema"], "spoorwijzer-antwoorden");
    assert_eq!(v["version"], 3);
    assert_eq!(v["created"], "2026-11-22");
    assert_eq!(v["app_version"], APP_VERSION);
    assert_eq!(v["answers"]["bruto_maandloon"], "3250.50");
    // Version 3 has no calculators part.
    assert_eq!(
        v.as_object().map(|o| o.keys().cloned().collect::<Vec<_>>()),
        Some(vec![
            "answers".to_string(),
            "app_version".to_string(),
            "created".to_string(),
            "schema".to_string(),
            "version".to_string()
        ])
    );
    let r = import(&text, today()).unwrap();
    assert_eq!(r.answers, sample());
    assert_eq!(r.version, 3);
    assert!(!r.migrated);
    assert_eq!(r.created, Some(today()));
    assert!(r.complete(), "{:?}", r.problems);
    assert_eq!(file_name(today()), "spoorwijzer-antwoorden-2026-11-22.json");
}

#[test]
fn version_2_with_calculators_migrates_to_version_3() {
    // Version 2 as the app wrote it, with the calculators part (readable or not).
    let v2 = r#"{"schema": "spoorwijzer-antwoorden", "version": 2, "app_version": "0.1.0",
        "created": "2026-11-20",
        "answers": {"rol": "werknemer", "ziek_nu": "ja", "eerste_ziektedag": "2026-01-05",
                    "bruto_maandloon": "3250.50", "leeftijd": 45, "hiaat_excedent": "weet_niet"},
        "calculators": {"transitievergoeding": {"start": "2015-03-01", "loon": "3.250,50"},
                        "raket": {}, "tijdlijn": 7}}"#;
    let r = import(v2, today()).unwrap();
    assert_eq!(r.version, 2);
    assert!(r.migrated);
    assert_eq!(r.answers, sample());
    assert_eq!(r.created, Some(d(2026, 11, 20)));
    // The calculators part is accepted and ignored: nothing to report.
    assert!(r.complete(), "{:?}", r.problems);
    // Without calculators, and with calculators that are not even an object.
    for calculators in ["", r#", "calculators": "x""#] {
        let text = format!(
            r#"{{"schema": "spoorwijzer-antwoorden", "version": 2, "answers": {{"rol": "werkgever"}}{calculators}}}"#
        );
        let r = import(&text, today()).unwrap();
        assert_eq!(r.answers.len(), 1);
        assert!(r.complete(), "{text}: {:?}", r.problems);
    }
    // The migration itself: calculators dropped, version 3, the rest untouched.
    let obj: Map<String, Value> = serde_json::from_str(v2).unwrap();
    let m = migrate_v2_to_v3(obj.clone());
    assert_eq!(m["version"], 3);
    assert!(m.get("calculators").is_none());
    assert_eq!(m["answers"], obj["answers"]);
    assert_eq!(m["created"], obj["created"]);
    // Written again, it is a version 3 file without calculators.
    let again = export(&r_answers(v2), today());
    assert!(!again.contains("calculators"));
    assert_eq!(import(&again, today()).unwrap().version, 3);
    // In a version 3 file, `calculators` is not part of the format.
    let v3 = r#"{"schema": "spoorwijzer-antwoorden", "version": 3, "answers": {"rol": "werknemer"},
        "calculators": {}}"#;
    let r = import(v3, today()).unwrap();
    assert_eq!(
        r.problems,
        vec![FileProblem::UnknownField {
            key: "calculators".into()
        }]
    );
}

fn r_answers(text: &str) -> Answers {
    import(text, today()).unwrap().answers
}

#[test]
fn version_1_migrates_to_version_2() {
    // Version 1: no calculators, the date under `datum`.
    let v1 = r#"{"schema": "spoorwijzer-antwoorden", "version": 1, "app_version": "0.0.9",
        "datum": "2026-03-01",
        "answers": {"rol": "werknemer", "ziek_nu": "ja", "eerste_ziektedag": "2026-01-05",
                    "bruto_maandloon": "3250.50", "leeftijd": 45, "hiaat_excedent": "weet_niet"}}"#;
    let r = import(v1, today()).unwrap();
    assert_eq!(r.version, 1);
    assert!(r.migrated);
    assert_eq!(r.created, Some(d(2026, 3, 1)));
    assert_eq!(r.app_version.as_deref(), Some("0.0.9"));
    assert_eq!(r.answers, sample());
    assert!(r.complete(), "{:?}", r.problems);
    // The migration itself: datum → created, version 2, answers untouched.
    let obj: Map<String, Value> = serde_json::from_str(v1).unwrap();
    let m = migrate_v1_to_v2(obj.clone());
    assert_eq!(m["version"], 2);
    assert_eq!(m["created"], "2026-03-01");
    assert!(m.get("datum").is_none());
    assert_eq!(m["answers"], obj["answers"]);
    // Re-exporting the migrated answers gives a current file with the same answers.
    let again = import(&export(&r.answers, today()), today()).unwrap();
    assert_eq!(again.answers, r.answers);
    assert_eq!(again.version, 3);
    // Version 1 without any date is fine too.
    let r = import(
        r#"{"schema":"spoorwijzer-antwoorden","version":1,"answers":{"rol":"werkgever"}}"#,
        today(),
    )
    .unwrap();
    assert_eq!(r.created, None);
    assert_eq!(r.answers.len(), 1);
    assert!(r.complete());
}

#[test]
fn a_bare_answers_map_is_read_as_version_0() {
    let text = crate::flow::answers::export_json(&sample());
    let r = import(&text, today()).unwrap();
    assert_eq!(r.version, 0);
    assert!(r.migrated);
    assert_eq!(r.answers, sample());
}

/// One corrupt file and the message it must give (Dutch).
fn fails(text: &str, expected: FileError, nl_contains: &str) {
    let e = import(text, today()).expect_err(text);
    assert_eq!(e, expected, "{text}");
    let msg = file_error_message(&e, Lang::Nl);
    assert!(msg.contains(nl_contains), "{msg}");
    assert!(!file_error_message(&e, Lang::En).is_empty());
}

#[test]
fn corrupt_files_are_refused_with_a_clear_message() {
    // 1. empty
    fails("", FileError::Empty, "leeg");
    fails("  \n ", FileError::Empty, "leeg");
    // 2. not JSON at all (e.g. a PDF or a photo picked by mistake)
    fails(
        "%PDF-1.7 ...",
        FileError::NotJson { line: 1, column: 1 },
        "geen geldig JSON",
    );
    // 3. cut-off JSON: the message names the place
    let cut = &export(&sample(), today())[..60];
    let e = import(cut, today()).unwrap_err();
    assert!(
        matches!(e, FileError::NotJson { line, .. } if line >= 2),
        "{e:?}"
    );
    assert!(file_error_message(&e, Lang::Nl).contains("regel"));
    // 4. a JSON list
    fails(
        "[1, 2, 3]",
        FileError::NotAnObject {
            found: JsonKind::Array,
        },
        "een lijst",
    );
    // 5. a single JSON text
    fails(
        "\"hallo\"",
        FileError::NotAnObject {
            found: JsonKind::String,
        },
        "losse tekst",
    );
    // 6. another program's file
    fails(
        r#"{"schema": "iets-anders", "version": 2, "answers": {}}"#,
        FileError::UnknownSchema {
            schema: "iets-anders".into(),
        },
        "ander soort",
    );
    // 7. an object that is not ours
    fails(
        r#"{"naam": "Piet", "leeftijd_kat": 4}"#,
        FileError::NotSpoorwijzer,
        "niet van Spoorwijzer",
    );
    // 8. a version from the future
    fails(
        r#"{"schema": "spoorwijzer-antwoorden", "version": 4, "answers": {}}"#,
        FileError::FutureVersion { version: 4 },
        "nieuwere Spoorwijzer",
    );
    // 9. a version that is not a whole number
    fails(
        r#"{"schema": "spoorwijzer-antwoorden", "version": "twee", "answers": {}}"#,
        FileError::BadVersion,
        "versienummer",
    );
    fails(
        r#"{"schema": "spoorwijzer-antwoorden", "version": 0, "answers": {}}"#,
        FileError::BadVersion,
        "versienummer",
    );
    fails(
        r#"{"schema": "spoorwijzer-antwoorden", "version": 1.5, "answers": {}}"#,
        FileError::BadVersion,
        "versienummer",
    );
    // 10. no version
    fails(
        r#"{"schema": "spoorwijzer-antwoorden", "answers": {}}"#,
        FileError::MissingVersion,
        "welke versie",
    );
    // 11. no answers
    fails(
        r#"{"schema": "spoorwijzer-antwoorden", "version": 2}"#,
        FileError::AnswersMissing,
        "geen antwoorden",
    );
    // 12. answers of the wrong type
    fails(
        r#"{"schema": "spoorwijzer-antwoorden", "version": 2, "answers": ["rol"]}"#,
        FileError::AnswersNotObject {
            found: JsonKind::Array,
        },
        "verkeerde vorm",
    );
    // 13. far too large
    let big = format!("{{\"x\": \"{}\"}}", "a".repeat(MAX_FILE_BYTES));
    let e = import(&big, today()).unwrap_err();
    assert!(matches!(e, FileError::TooLarge { .. }));
    assert!(file_error_message(&e, Lang::Nl).contains("te groot"));
    // A byte order mark is not a problem.
    let bom = format!("\u{feff}{}", export(&sample(), today()));
    assert_eq!(import(&bom, today()).unwrap().answers, sample());
}

#[test]
fn bad_parts_are_listed_and_the_rest_is_kept() {
    let text = r#"{"schema": "spoorwijzer-antwoorden", "version": 2, "created": "31-02-2026",
        "app_version": 7, "extra": true,
        "answers": {
            "rol": "werknemer",
            "ziek_nu": "misschien",
            "eerste_ziektedag": "1890-01-01",
            "eerdere_ziekteperiode_begin": "2027-01-01",
            "leeftijd": 300,
            "uren_per_week": 32.5,
            "bruto_maandloon": "-10",
            "contract_type": 5,
            "favoriete_kleur": "blauw"
        },
        "calculators": {"transitievergoeding": {"start": "2015-03-01", "loon": 12},
                        "raket": {}}}"#;
    let r = import(text, today()).unwrap();
    // Kept: the role (the old calculators part is ignored).
    assert_eq!(r.answers.len(), 1);
    assert_eq!(
        r.answers.get(&QuestionId::Rol),
        Some(&Answer::Choice(Opt::Werknemer))
    );
    let msgs: Vec<String> = r
        .problems
        .iter()
        .map(|p| file_problem_message(p, Lang::Nl))
        .collect();
    for needle in [
        "'ziek_nu'",
        "'eerste_ziektedag'",
        "'eerdere_ziekteperiode_begin'",
        "'leeftijd'",
        "'uren_per_week'",
        "'bruto_maandloon'",
        "'contract_type'",
        "'favoriete_kleur': deze vraag kennen we niet",
        "datum waarop het bestand is gemaakt",
        "versie van Spoorwijzer",
        "'extra'",
    ] {
        assert!(
            msgs.iter().any(|m| m.contains(needle)),
            "{needle}: {msgs:?}"
        );
    }
    assert_eq!(r.problems.len(), 11, "{msgs:?}");
    // Out-of-range values carry the precise reason.
    for (key, error) in [
        ("leeftijd", AnswerError::OutOfBounds { min: 15, max: 100 }),
        ("eerste_ziektedag", AnswerError::DateOutOfRange),
        ("eerdere_ziekteperiode_begin", AnswerError::DateInFuture),
    ] {
        let problem = FileProblem::BadValue {
            key: key.into(),
            error,
        };
        assert!(r.problems.contains(&problem), "{problem:?}");
    }
}

#[test]
fn long_keys_are_shortened_in_messages() {
    let key = "x".repeat(500);
    let text = format!("{{\"schema\":\"spoorwijzer-antwoorden\",\"version\":2,\"answers\":{{\"rol\":\"werkgever\",\"{key}\":1}}}}");
    let r = import(&text, today()).unwrap();
    let FileProblem::UnknownQuestion { key: shown } = &r.problems[0] else {
        panic!("{:?}", r.problems)
    };
    assert_eq!(shown.chars().count(), 41);
    assert!(shown.ends_with('…'));
}

mod props {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn import_never_panics(s in ".{0,400}") {
            let _ = import(&s, today());
        }

        #[test]
        fn import_never_panics_on_envelopes(v in 0u64..5, body in ".{0,100}", key in "[a-z_]{1,20}") {
            let text = format!("{{\"schema\":\"spoorwijzer-antwoorden\",\"version\":{v},\"answers\":{{\"{key}\":{body:?}}}}}");
            let _ = import(&text, today());
        }

        #[test]
        fn sampled_answers_round_trip(picks in proptest::collection::vec(0usize..8, QuestionId::ALL.len())) {
            let mut a = Answers::new();
            for (q, pick) in QuestionId::ALL.iter().zip(picks) {
                let options = crate::flow::routing::sample_answers(*q, true);
                if let Some(ans) = options.get(pick % (options.len() + 1)) {
                    a.insert(*q, *ans);
                }
            }
            // Only answers that pass the importer's checks on this day are expected back.
            let expected: Answers = a.iter().filter(|(q, ans)| crate::flow::answers::check(**q, **ans, today()).is_ok()).map(|(q, ans)| (*q, *ans)).collect();
            let r = import(&export(&expected, today()), today()).unwrap();
            prop_assert_eq!(r.answers, expected);
            prop_assert!(r.problems.is_empty());
        }
    }
}
