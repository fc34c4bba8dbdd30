//! Validation of raw input per question.

use super::*;

fn txt(s: &str) -> RawInput {
    RawInput::Text(s.to_string())
}

#[test]
fn validate_choices() {
    let ch = |s: &str| RawInput::Choice(s.to_string());
    assert_eq!(validate(Q::ZiekNu, &ch("ja"), today()), Ok(c(Opt::Ja)));
    assert_eq!(
        validate(Q::ZiekNu, &ch(""), today()),
        Err(AnswerError::ChooseOne)
    );
    assert_eq!(
        validate(Q::ZiekNu, &ch("werknemer"), today()),
        Err(AnswerError::UnknownOption)
    );
    assert_eq!(
        validate(Q::ZiekNu, &ch("bla"), today()),
        Err(AnswerError::UnknownOption)
    );
    assert_eq!(
        validate(Q::ZiekNu, &RawInput::Unknown, today()),
        Err(AnswerError::UnknownNotAllowed)
    );
    assert_eq!(
        validate(Q::ProbleemanalyseGedaan, &RawInput::Unknown, today()),
        Ok(Answer::Unknown)
    );
    assert_eq!(
        validate(Q::ProbleemanalyseGedaan, &ch("weet_niet"), today()),
        Ok(Answer::Unknown)
    );
    assert_eq!(
        validate(Q::ZiekNu, &txt("ja"), today()),
        Err(AnswerError::WrongKind)
    );
}

#[test]
fn validate_dates() {
    let parts = |a: &str, b: &str, y: &str| RawInput::DateParts {
        day: a.into(),
        month: b.into(),
        year: y.into(),
    };
    let q = Q::EersteZiektedag;
    assert_eq!(
        validate(q, &parts("5", "1", "2026"), today()),
        Ok(Answer::Date(d(2026, 1, 5)))
    );
    assert_eq!(
        validate(q, &parts("31", "2", "2026"), today()),
        Err(AnswerError::DateImpossible)
    );
    assert_eq!(
        validate(q, &parts("", "", ""), today()),
        Err(AnswerError::DateEmpty)
    );
    assert_eq!(
        validate(q, &parts("1", "1", "1949"), today()),
        Err(AnswerError::DateOutOfRange)
    );
    assert_eq!(
        validate(q, &parts("x", "1", "2026"), today()),
        Err(AnswerError::DateFormat)
    );
    assert_eq!(
        validate(q, &parts("23", "11", "2026"), today()),
        Err(AnswerError::DateInFuture)
    );
    assert_eq!(
        validate(q, &parts("22", "11", "2026"), today()),
        Ok(Answer::Date(today()))
    );
    assert_eq!(
        validate(q, &RawInput::DateText("05-01-2026".into()), today()),
        Ok(Answer::Date(d(2026, 1, 5)))
    );
    assert_eq!(
        validate(q, &RawInput::Unknown, today()),
        Err(AnswerError::UnknownNotAllowed)
    );
    // The end of the contract may lie in the future.
    assert_eq!(
        validate(Q::DatumEinde, &parts("31", "3", "2027"), today()),
        Ok(Answer::Date(d(2027, 3, 31)))
    );
    assert_eq!(
        validate(Q::DatumEinde, &txt("2027-03-31"), today()),
        Err(AnswerError::WrongKind)
    );
}

#[test]
fn validate_money_and_integers() {
    let q = Q::BrutoMaandloon;
    assert_eq!(
        validate(q, &txt("3.250,50"), today()),
        Ok(Answer::Money(Cents(325_050)))
    );
    assert_eq!(
        validate(q, &txt("€ 3.250"), today()),
        Ok(Answer::Money(Cents(325_000)))
    );
    assert_eq!(
        validate(q, &txt("3250.50"), today()),
        Ok(Answer::Money(Cents(325_050)))
    );
    assert_eq!(
        validate(q, &txt(""), today()),
        Err(AnswerError::NumberEmpty)
    );
    assert_eq!(
        validate(q, &txt("abc"), today()),
        Err(AnswerError::BadNumber)
    );
    assert_eq!(
        validate(q, &txt("-5"), today()),
        Err(AnswerError::AmountNotPositive)
    );
    assert_eq!(
        validate(q, &txt("0"), today()),
        Err(AnswerError::AmountNotPositive)
    );
    assert_eq!(
        validate(q, &txt("2.000.000"), today()),
        Err(AnswerError::AmountTooLarge)
    );
    assert_eq!(
        validate(q, &RawInput::Unknown, today()),
        Ok(Answer::Unknown)
    );
    let q = Q::Leeftijd;
    assert_eq!(validate(q, &txt("45"), today()), Ok(Answer::Integer(45)));
    assert_eq!(validate(q, &txt(" 67 "), today()), Ok(Answer::Integer(67)));
    assert_eq!(
        validate(q, &txt("12"), today()),
        Err(AnswerError::OutOfBounds { min: 15, max: 100 })
    );
    assert_eq!(
        validate(q, &txt("45,5"), today()),
        Err(AnswerError::NotWhole)
    );
    assert_eq!(
        validate(q, &txt("vijf"), today()),
        Err(AnswerError::BadNumber)
    );
    assert_eq!(
        validate(q, &txt(""), today()),
        Err(AnswerError::NumberEmpty)
    );
    assert_eq!(
        validate(Q::UrenPerWeek, &txt("81"), today()),
        Err(AnswerError::OutOfBounds { min: 1, max: 80 })
    );
    assert_eq!(
        validate(Q::UrenPerWeek, &txt("36"), today()),
        Ok(Answer::Integer(36))
    );
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
