//! How dates, amounts and numbers read in each language: `5 januari 2026` /
//! `5 January 2026`, `€ 1.234,56` / `€1,234.56`, `38,5` / `38.5`. The machine forms
//! (`2026-01-05`, `1234.56`) are in `crate::dates` and `crate::money`.

use chrono::{Datelike, NaiveDate, Weekday};

use crate::lang::Lang;
use crate::money::{group_thousands, Cents, Decimal};
use crate::text::t;

const MONTHS_NL: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// `maandag` / `Monday`
pub fn weekday_name(w: Weekday, lang: Lang) -> &'static str {
    let i = w.num_days_from_monday() as usize;
    t(
        lang,
        [
            "maandag",
            "dinsdag",
            "woensdag",
            "donderdag",
            "vrijdag",
            "zaterdag",
            "zondag",
        ][i],
        [
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
        ][i],
    )
}

/// `5 januari 2026` / `5 January 2026`
pub fn long_date(d: NaiveDate, lang: Lang) -> String {
    let m = d.month0() as usize;
    t(
        lang,
        format!("{} {} {}", d.day(), MONTHS_NL[m], d.year()),
        format!("{} {} {}", d.day(), MONTHS_EN[m], d.year()),
    )
}

/// `maandag 5 januari 2026` / `Monday 5 January 2026`
pub fn long_date_with_weekday(d: NaiveDate, lang: Lang) -> String {
    format!("{} {}", weekday_name(d.weekday(), lang), long_date(d, lang))
}

/// Dutch or English display: `€ 1.234,56` (nl) or `€1,234.56` (en).
pub fn amount(c: Cents, lang: Lang) -> String {
    let neg = c.0 < 0;
    let abs = (c.0 as i128).abs();
    let euros = group_thousands(abs / 100, t(lang, '.', ','));
    let cents = abs % 100;
    t(
        lang,
        format!("€ {}{},{:02}", if neg { "-" } else { "" }, euros, cents),
        format!("{}€{}.{:02}", if neg { "-" } else { "" }, euros, cents),
    )
}

/// Like [`amount`], but without cents when the amount is whole euros: `€ 102.000` (nl),
/// `€102,000` (en).
pub fn amount_whole(c: Cents, lang: Lang) -> String {
    if c.0 % 100 != 0 {
        return amount(c, lang);
    }
    let neg = c.0 < 0;
    let euros = group_thousands((c.0 as i128).abs() / 100, t(lang, '.', ','));
    t(
        lang,
        format!("€ {}{}", if neg { "-" } else { "" }, euros),
        format!("{}€{}", if neg { "-" } else { "" }, euros),
    )
}

/// An amount as a money field shows it, without the euro sign: `3.250,50` (nl),
/// `3,250.50` (en).
pub fn amount_in_field(c: Cents, lang: Lang) -> String {
    amount(c, lang).trim_start_matches('€').trim().to_string()
}

/// A plain number in the language's notation: `38,5` (nl) or `38.5` (en).
pub fn decimal(d: Decimal, lang: Lang) -> String {
    let s = d.to_plain();
    t(lang, s.replace('.', ","), s)
}

/// A list in words: "a", "a en b", "a, b en c" (en: "a, b and c").
pub fn join_and(items: &[&str], lang: Lang) -> String {
    join(items, t(lang, "en", "and"))
}

/// A list of alternatives in words: "a of b", "a, b of c" (en: "a, b or c").
pub fn join_or(items: &[&str], lang: Lang) -> String {
    join(items, t(lang, "of", "or"))
}

/// The word for a count: `one` for exactly 1, `many` otherwise ("1 regel", "3 regels").
pub fn plural<'a, N: PartialEq + From<u8>>(n: N, one: &'a str, many: &'a str) -> &'a str {
    if n == N::from(1) {
        one
    } else {
        many
    }
}

fn join(items: &[&str], last_word: &str) -> String {
    match items.split_last() {
        None => String::new(),
        Some((last, [])) => (*last).to_string(),
        Some((last, rest)) => format!("{} {last_word} {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_in_words() {
        assert_eq!(join_and(&[], Lang::Nl), "");
        assert_eq!(join_and(&["een AOV"], Lang::Nl), "een AOV");
        assert_eq!(join_and(&["a", "b", "c"], Lang::Nl), "a, b en c");
        assert_eq!(join_and(&["a", "b"], Lang::En), "a and b");
        assert_eq!(join_or(&["a", "b"], Lang::Nl), "a of b");
        assert_eq!(join_or(&["a", "b", "c"], Lang::En), "a, b or c");
    }

    #[test]
    fn a_count_takes_its_word() {
        assert_eq!(plural(1usize, "regel", "regels"), "regel");
        assert_eq!(plural(0u32, "regel", "regels"), "regels");
        assert_eq!(plural(3u32, "day", "days"), "days");
    }

    #[test]
    fn dates_in_words() {
        let d = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
        assert_eq!(
            long_date_with_weekday(d, Lang::Nl),
            "maandag 5 januari 2026"
        );
        assert_eq!(long_date_with_weekday(d, Lang::En), "Monday 5 January 2026");
    }

    #[test]
    fn formats_dutch_and_english() {
        assert_eq!(amount(Cents(123456), Lang::Nl), "€ 1.234,56");
        assert_eq!(amount(Cents(123456), Lang::En), "€1,234.56");
        assert_eq!(amount(Cents(5), Lang::Nl), "€ 0,05");
        assert_eq!(amount(Cents(-123456789), Lang::Nl), "€ -1.234.567,89");
        assert_eq!(amount_whole(Cents(10200000), Lang::Nl), "€ 102.000");
        assert_eq!(amount_whole(Cents(10200000), Lang::En), "€102,000");
    }

    proptest::proptest! {
        #[test]
        fn formatting_round_trips(c in -10_000_000_000i64..10_000_000_000i64) {
            let nl = amount(Cents(c), Lang::Nl);
            proptest::prop_assert_eq!(Decimal::parse_user(&nl).unwrap().to_cents(), Cents(c));
        }
    }
}
