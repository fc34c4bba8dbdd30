//! Validation of raw input per question.

use super::*;

fn txt(s: &str) -> RawInput {
    RawInput::Text(s.to_string())
}

#[test]
fn validate_choices() {
    let ch = |s: &str| RawInput::Choice(s.to_string());
    let ziek_nu = |raw: RawInput| validate(Q::ZiekNu, &raw, today());
    assert_eq!(ziek_nu(ch("ja")), Ok(c(Opt::Ja)));
    assert_eq!(ziek_nu(ch("")), Err(AnswerError::ChooseOne));
    for wrong in ["werknemer", "bla"] {
        assert_eq!(
            ziek_nu(ch(wrong)),
            Err(AnswerError::UnknownOption),
            "{wrong}"
        );
    }
    assert_eq!(
        ziek_nu(RawInput::Unknown),
        Err(AnswerError::UnknownNotAllowed)
    );
    assert_eq!(ziek_nu(txt("ja")), Err(AnswerError::WrongKind));
    // "Weet ik niet" where the question offers it: the button, or its id as the option.
    for raw in [RawInput::Unknown, ch("weet_niet")] {
        let got = validate(Q::ProbleemanalyseGedaan, &raw, today());
        assert_eq!(got, Ok(Answer::Unknown), "{raw:?}");
    }
}

#[test]
fn validate_dates() {
    let parts = |a: &str, b: &str, y: &str| RawInput::DateParts {
        day: a.into(),
        month: b.into(),
        year: y.into(),
    };
    let q = Q::EersteZiektedag;
    for (day, month, year, want) in [
        ("5", "1", "2026", Ok(Answer::Date(d(2026, 1, 5)))),
        ("31", "2", "2026", Err(AnswerError::DateImpossible)),
        ("", "", "", Err(AnswerError::DateEmpty)),
        ("1", "1", "1949", Err(AnswerError::DateOutOfRange)),
        ("x", "1", "2026", Err(AnswerError::DateFormat)),
        ("23", "11", "2026", Err(AnswerError::DateInFuture)),
        ("22", "11", "2026", Ok(Answer::Date(today()))),
    ] {
        let got = validate(q, &parts(day, month, year), today());
        assert_eq!(got, want, "{day}-{month}-{year}");
    }
    let typed = RawInput::DateText("05-01-2026".into());
    assert_eq!(
        validate(q, &typed, today()),
        Ok(Answer::Date(d(2026, 1, 5)))
    );
    assert_eq!(
        validate(q, &RawInput::Unknown, today()),
        Err(AnswerError::UnknownNotAllowed)
    );
    // The end of the contract may lie in the future.
    let end = |raw: RawInput| validate(Q::DatumEinde, &raw, today());
    assert_eq!(
        end(parts("31", "3", "2027")),
        Ok(Answer::Date(d(2027, 3, 31)))
    );
    assert_eq!(end(txt("2027-03-31")), Err(AnswerError::WrongKind));
}

#[test]
fn validate_money_and_integers() {
    for (input, want) in [
        ("3.250,50", Ok(Answer::Money(Cents(325_050)))),
        ("€ 3.250", Ok(Answer::Money(Cents(325_000)))),
        ("3250.50", Ok(Answer::Money(Cents(325_050)))),
        ("", Err(AnswerError::NumberEmpty)),
        ("abc", Err(AnswerError::BadNumber)),
        ("-5", Err(AnswerError::AmountNotPositive)),
        ("0", Err(AnswerError::AmountNotPositive)),
        ("2.000.000", Err(AnswerError::AmountTooLarge)),
    ] {
        let got = validate(Q::BrutoMaandloon, &txt(input), today());
        assert_eq!(got, want, "{input}");
    }
    assert_eq!(
        validate(Q::BrutoMaandloon, &RawInput::Unknown, today()),
        Ok(Answer::Unknown)
    );
    for (input, want) in [
        ("45", Ok(Answer::Integer(45))),
        (" 67 ", Ok(Answer::Integer(67))),
        ("12", Err(AnswerError::OutOfBounds { min: 15, max: 100 })),
        ("45,5", Err(AnswerError::NotWhole)),
        ("vijf", Err(AnswerError::BadNumber)),
        ("", Err(AnswerError::NumberEmpty)),
    ] {
        assert_eq!(validate(Q::Leeftijd, &txt(input), today()), want, "{input}");
    }
    let hours = |s: &str| validate(Q::UrenPerWeek, &txt(s), today());
    assert_eq!(
        hours("81"),
        Err(AnswerError::OutOfBounds { min: 1, max: 80 })
    );
    assert_eq!(hours("36"), Ok(Answer::Integer(36)));
}

#[test]
fn every_error_has_a_message_in_both_languages() {
    use crate::text::flow::error_message;
    let all = [
        AnswerError::ChooseOne,
        AnswerError::UnknownOption,
        AnswerError::DateEmpty,
        AnswerError::DateFormat,
        AnswerError::DateImpossible,
        AnswerError::DateOutOfRange,
        AnswerError::DateInFuture,
        AnswerError::NumberEmpty,
        AnswerError::BadNumber,
        AnswerError::NotWhole,
        AnswerError::OutOfBounds { min: 15, max: 100 },
        AnswerError::AmountNotPositive,
        AnswerError::AmountTooLarge,
        AnswerError::UnknownNotAllowed,
        AnswerError::WrongKind,
    ];
    for e in all {
        let nl = error_message(e, Lang::Nl);
        let en = error_message(e, Lang::En);
        assert!(!nl.is_empty() && !en.is_empty());
        assert_ne!(nl, en);
    }
    assert_eq!(
        error_message(AnswerError::OutOfBounds { min: 15, max: 100 }, Lang::Nl),
        "Vul een getal in van 15 tot en met 100"
    );
}

proptest::proptest! {
    #[test]
    fn validate_never_panics(s in "\\PC{0,40}", t2 in "\\PC{0,6}", t3 in "\\PC{0,6}", qi in 0usize..Q::ALL.len()) {
        let q = Q::ALL[qi % Q::ALL.len()];
        for raw in [
            RawInput::Choice(s.clone()),
            RawInput::Text(s.clone()),
            RawInput::DateText(s.clone()),
            RawInput::DateParts { day: t2.clone(), month: t3.clone(), year: s.clone() },
            RawInput::Unknown,
        ] {
            if let Ok(a) = validate(q, &raw, today()) {
                proptest::prop_assert!(check(q, a, today()).is_ok());
            }
        }
    }
}
