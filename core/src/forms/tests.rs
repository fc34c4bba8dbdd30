//! Tests of the field validators: dates in three parts or pasted, money, percentages, hours and whole numbers.

use super::*;
use crate::lang::Lang;
use crate::listed::every_variant;
use crate::text::forms::{form_error, read_as_money, read_as_number};
use proptest::prelude::*;

use crate::dates::ymd as d;

#[test]
fn dates_from_three_parts() {
    for ((day, month, year), want) in [
        (("5", "3", "2026"), Ok(d(2026, 3, 5))),
        (("", "", ""), Err(FormError::Empty)),
        (("31", "2", "2026"), Err(FormError::ImpossibleDate)),
        (("aa", "2", "2026"), Err(FormError::NotADate)),
        (("1", "1", "26"), Err(FormError::NotADate)),
        (("31", "12", "1949"), Err(FormError::DateOutOfRange)),
        (("1", "1", "2100"), Err(FormError::DateOutOfRange)),
    ] {
        let parts = DateParts::new(day, month, year);
        assert_eq!(date(&parts), want, "{day}-{month}-{year}");
    }
    assert_eq!(optional_date(&DateParts::default()), Ok(None));
    assert_eq!(
        optional_date(&DateParts::new("1", "", "")),
        Err(FormError::NotADate)
    );
    assert_eq!(date_text("29-02-2024"), Ok(d(2024, 2, 29)));
    assert_eq!(date_text("29-02-2025"), Err(FormError::ImpossibleDate));
}

#[test]
fn date_parts_round_trip() {
    let p = DateParts::from_date(d(2015, 3, 1));
    assert_eq!(p, DateParts::new("1", "3", "2015"));
    assert_eq!(date(&p), Ok(d(2015, 3, 1)));
}

#[test]
fn pasting_a_whole_date_into_the_day_field() {
    assert_eq!(
        split_date_paste("05-03-2026"),
        Some(DateParts::new("05", "03", "2026"))
    );
    assert_eq!(
        split_date_paste(" 5/3/2026 "),
        Some(DateParts::new("5", "3", "2026"))
    );
    assert_eq!(
        split_date_paste("2026-03-05"),
        Some(DateParts::new("05", "03", "2026"))
    );
    assert_eq!(split_date_paste("05"), None);
    assert_eq!(split_date_paste("5-3-26"), None);
    assert_eq!(split_date_paste("a-b-2026"), None);
    assert_eq!(split_date_paste("123-3-2026"), None);
}

#[test]
fn end_before_start() {
    assert_eq!(
        end_not_before_start(d(2026, 1, 2), d(2026, 1, 1)),
        Err(FormError::EndBeforeStart)
    );
    assert_eq!(end_not_before_start(d(2026, 1, 1), d(2026, 1, 1)), Ok(()));
}

#[test]
fn money_fields() {
    // 3.250,50 in Dutch notation = 325050 cents.
    assert_eq!(
        monthly_money("3.250,50").map(|x| x.to_cents()),
        Ok(Cents(325050))
    );
    assert_eq!(
        monthly_money("3250.50").map(|x| x.to_cents()),
        Ok(Cents(325050))
    );
    assert_eq!(
        monthly_money("€ 3.250").map(|x| x.to_cents()),
        Ok(Cents(325000))
    );
    assert_eq!(monthly_money(""), Err(FormError::Empty));
    assert_eq!(monthly_money("  "), Err(FormError::Empty));
    assert_eq!(monthly_money("veel"), Err(FormError::NotANumber));
    assert_eq!(monthly_money("-10"), Err(FormError::Negative));
    assert_eq!(monthly_money("0"), Err(FormError::Zero));
    // Exactly € 1.000.000 is allowed; one cent more is absurd.
    assert!(monthly_money("1.000.000").is_ok());
    assert_eq!(
        monthly_money("1000000,01"),
        Err(FormError::TooLarge { max: MAX_MONTHLY })
    );
    assert_eq!(
        monthly_money("99999999999999999999999999999"),
        Err(FormError::TooLarge { max: MAX_MONTHLY })
    );
    assert_eq!(optional_money("", MAX_MONTHLY), Ok(None));
    assert_eq!(
        optional_money("0", MAX_MONTHLY).map(|o| o.map(|x| x.to_cents())),
        Ok(Some(Cents(0)))
    );
}

#[test]
fn percentages_and_hours() {
    assert_eq!(
        optional_percentage("8").map(|o| o.map(|x| x.to_plain())),
        Ok(Some("8".into()))
    );
    assert_eq!(
        optional_percentage("8,33%").map(|o| o.map(|x| x.to_plain())),
        Ok(Some("8.33".into()))
    );
    assert_eq!(optional_percentage(""), Ok(None));
    assert_eq!(optional_percentage("100"), Ok(Some(Decimal::from_int(100))));
    assert_eq!(
        optional_percentage("100,5"),
        Err(FormError::PercentOutOfRange)
    );
    assert_eq!(optional_percentage("-1"), Err(FormError::PercentOutOfRange));
    assert_eq!(optional_percentage("acht"), Err(FormError::NotANumber));
    assert_eq!(hours_per_week("38"), Ok(Decimal::from_int(38)));
    assert_eq!(hours_per_week("168"), Ok(Decimal::from_int(168)));
    assert_eq!(hours_per_week("168,5"), Err(FormError::TooManyHours));
    assert_eq!(hours_per_week("0"), Err(FormError::Zero));
    assert_eq!(hours_per_week("-3"), Err(FormError::Negative));
    assert_eq!(hours_per_week(""), Err(FormError::Empty));
}

#[test]
fn whole_numbers() {
    assert_eq!(whole_number("", 52), Err(FormError::Empty));
    assert_eq!(whole_number("52", 52), Ok(52));
    assert_eq!(
        whole_number("53", 52),
        Err(FormError::NumberTooLarge { max: 52 })
    );
    assert_eq!(optional_whole_number("", 52), Ok(None));
    assert_eq!(optional_whole_number(" 12 ", 52), Ok(Some(12)));
    assert_eq!(
        optional_whole_number("53", 52),
        Err(FormError::NumberTooLarge { max: 52 })
    );
    assert_eq!(optional_whole_number("-2", 52), Err(FormError::Negative));
    assert_eq!(
        optional_whole_number("2,5", 52),
        Err(FormError::NotWholeNumber)
    );
    assert_eq!(
        optional_whole_number("twee", 52),
        Err(FormError::NotANumber)
    );
    assert_eq!(
        optional_whole_number("99999999999999", 52),
        Err(FormError::NumberTooLarge { max: 52 })
    );
}

#[test]
fn read_as_lines() {
    assert_eq!(
        read_as_money("3.250,50", Lang::Nl).as_deref(),
        Some("Gelezen als € 3.250,50")
    );
    assert_eq!(
        read_as_money("3250.5", Lang::En).as_deref(),
        Some("Read as €3,250.50")
    );
    assert_eq!(read_as_money("x", Lang::Nl), None);
    assert_eq!(read_as_money("", Lang::Nl), None);
    assert_eq!(
        read_as_number("38,5", Lang::Nl).as_deref(),
        Some("Gelezen als 38,5")
    );
}

#[test]
fn every_error_has_both_messages() {
    let all = every_variant!(FormError: Empty, NotANumber, NotADate, ImpossibleDate,
        DateOutOfRange, EndBeforeStart, Negative, Zero, TooLarge { max: MAX_MONTHLY },
        TooManyHours, PercentOutOfRange, NotWholeNumber, NumberTooLarge { max: 52 }, Before2020,
        Overlap, AfterCurrent, Invalid);
    for e in all {
        let nl = form_error(e, Lang::Nl);
        let en = form_error(e, Lang::En);
        assert!(!nl.is_empty() && !en.is_empty());
        assert_ne!(nl, en, "{e:?}");
    }
    assert!(form_error(FormError::TooLarge { max: MAX_MONTHLY }, Lang::Nl).contains("€ 1.000.000"));
    assert!(form_error(FormError::DateOutOfRange, Lang::Nl).contains("01-01-1950"));
}

proptest! {
    #[test]
    fn no_panic_on_any_text(s in ".{0,40}", t in ".{0,10}", u in ".{0,10}") {
        let _ = monthly_money(&s);
        let _ = optional_percentage(&s);
        let _ = hours_per_week(&s);
        let _ = optional_whole_number(&s, 52);
        let _ = date(&DateParts::new(&s, &t, &u));
        let _ = date_text(&s);
        let _ = split_date_paste(&s);
        let _ = read_as_money(&s, Lang::Nl);
        let _ = read_as_number(&s, Lang::En);
    }

    #[test]
    fn accepted_money_is_within_bounds(euros in 0i64..2_000_000, cents in 0i64..100) {
        let s = format!("{euros},{cents:02}");
        match monthly_money(&s) {
            Ok(v) => {
                let c = v.to_cents().0;
                prop_assert!(c > 0 && c <= MAX_MONTHLY.0);
                prop_assert_eq!(c, euros * 100 + cents);
            }
            Err(e) => {
                let expected = matches!(e, FormError::Zero | FormError::TooLarge { max: _ });
                prop_assert!(expected);
            }
        }
    }
}
