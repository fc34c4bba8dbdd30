//! Export and import of the answers.

use super::*;

#[test]
fn export_import_round_trip() {
    let unknowns = amend(
        sick_employee_spoor2(),
        "terugkeer_binnen_26_weken=weet_niet bruto_maandloon=weet_niet",
    );
    for p in [sick_employee_spoor2(), unknowns] {
        let a = given(&p);
        let text = export_json(&a);
        let back = import_json(&text, today()).unwrap();
        assert!(back.problems.is_empty(), "{:?}", back.problems);
        assert_eq!(back.answers, a);
    }
    let text = export_json(&given(&sick_employee_spoor2()));
    for field in [
        r#""eerste_ziektedag": "2026-01-05""#,
        r#""bruto_maandloon": "3250.00""#,
        r#""leeftijd": 45"#,
        r#""hiaat_excedent": "weet_niet""#,
    ] {
        assert!(text.contains(field), "{field}: {text}");
    }
}

#[test]
fn import_the_documented_example() {
    let text = r#"{"rol":"werknemer","eerste_ziektedag":"2026-01-05","bruto_maandloon":"3250.00","leeftijd":45,"ziek_nu":"ja"}"#;
    let got = import_json(text, today()).unwrap();
    assert!(got.problems.is_empty());
    assert_eq!(got.answers.get(&Q::Rol), Some(&c(Opt::Werknemer)));
    assert_eq!(
        got.answers.get(&Q::EersteZiektedag),
        Some(&Answer::Date(d(2026, 1, 5)))
    );
    assert_eq!(
        got.answers.get(&Q::BrutoMaandloon),
        Some(&Answer::Money(Cents(325_000)))
    );
    assert_eq!(got.answers.get(&Q::Leeftijd), Some(&Answer::Integer(45)));
    // JSON numbers for money are read exactly (no f64): 1.005 → 1,01 (half away from zero).
    let got = import_json(r#"{"bruto_maandloon": 3250.005}"#, today()).unwrap();
    assert_eq!(
        got.answers.get(&Q::BrutoMaandloon),
        Some(&Answer::Money(Cents(325_001)))
    );
}

#[test]
fn lenient_import_reports_per_key() {
    let text = r#"{
        "rol": "werknemer",
        "onbekende_vraag": "ja",
        "ziek_nu": "misschien",
        "eerste_ziektedag": "2026-02-31",
        "datum_in_dienst": "2030-01-01",
        "leeftijd": 45.5,
        "uren_per_week": 200,
        "bruto_maandloon": "veel",
        "contract_type": 3,
        "werkgever_grootte": "weet_niet",
        "baan_eindigt": "weet_niet"
    }"#;
    let got = import_json(text, today()).unwrap();
    assert_eq!(got.answers.len(), 2, "{:?}", got.answers);
    assert_eq!(got.answers.get(&Q::Rol), Some(&c(Opt::Werknemer)));
    assert_eq!(
        got.answers.get(&Q::WerkgeverGrootte),
        Some(&Answer::Unknown)
    );
    let find = |k: &str| {
        got.problems.iter().find(|p| match p {
            ImportProblem::UnknownQuestion { key } => key == k,
            ImportProblem::BadValue { key, .. } => key == k,
        })
    };
    assert_eq!(
        find("onbekende_vraag"),
        Some(&ImportProblem::UnknownQuestion {
            key: "onbekende_vraag".into()
        })
    );
    let bad = |k: &str, e: AnswerError| {
        assert_eq!(
            find(k),
            Some(&ImportProblem::BadValue {
                key: k.into(),
                error: e
            }),
            "{k}"
        );
    };
    bad("ziek_nu", AnswerError::UnknownOption);
    bad("eerste_ziektedag", AnswerError::DateImpossible);
    bad("datum_in_dienst", AnswerError::DateInFuture);
    bad("leeftijd", AnswerError::NotWhole);
    bad(
        "uren_per_week",
        AnswerError::OutOfBounds { min: 1, max: 80 },
    );
    bad("bruto_maandloon", AnswerError::BadNumber);
    bad("contract_type", AnswerError::WrongKind);
    bad("baan_eindigt", AnswerError::UnknownNotAllowed);
    assert_eq!(got.problems.len(), 9);
    assert_eq!(import_json("not json", today()), Err(ImportError::NotJson));
    assert_eq!(import_json("[1,2]", today()), Err(ImportError::NotAnObject));
}

proptest::proptest! {
    #[test]
    fn import_never_panics(s in "\\PC{0,80}", k in "[a-z_]{0,20}", v in "\\PC{0,20}") {
        let _ = import_json(&s, today());
        let obj = serde_json::json!({ k.clone(): v.clone(), "leeftijd": v, "rol": k });
        let _ = crate::flow::answers::import_value(&obj, today());
    }
}
