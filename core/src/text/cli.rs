//! Texts of the command line: the problems with the JSON input of `spoorwijzer tijdlijn`.

use crate::dates::DateError;
use crate::lang::Lang;
use crate::text::batch::date_error;
use crate::text::t;

/// What is wrong with the JSON input of `spoorwijzer tijdlijn`, before the calendar rules
/// run: the key of each message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CliText {
    NotJson(String),
    NotObject,
    UnknownKey,
    Missing,
    NotArray,
    NotPeriodObject,
    NotString,
    NotBool,
    NotWholeNumber,
    Date(DateError),
    UnknownLang,
}

impl CliText {
    pub fn text(&self, lang: Lang) -> String {
        let fixed = match self {
            CliText::NotJson(e) => {
                let what = t(
                    lang,
                    "de invoer is geen geldige JSON",
                    "the input is not valid JSON",
                );
                return format!("{what} ({e})");
            }
            CliText::NotObject => t(
                lang,
                "de invoer moet één JSON-object zijn",
                "the input must be one JSON object",
            ),
            CliText::UnknownKey => t(lang, "onbekend veld", "unknown field"),
            CliText::Missing => t(lang, "dit veld ontbreekt", "this field is missing"),
            CliText::NotArray => t(lang, "moet een lijst zijn", "must be a list"),
            CliText::NotPeriodObject => t(
                lang,
                "moet een object zijn met \"from\" en \"until\"",
                "must be an object with \"from\" and \"until\"",
            ),
            CliText::NotString => t(lang, "moet tekst zijn (of null)", "must be text (or null)"),
            CliText::NotBool => t(lang, "moet true of false zijn", "must be true or false"),
            CliText::NotWholeNumber => t(
                lang,
                "moet een geheel getal van 0 of meer zijn",
                "must be a whole number of 0 or more",
            ),
            CliText::Date(e) => date_error(*e, false, lang),
            CliText::UnknownLang => t(
                lang,
                "moet \"nl\" of \"en\" zijn",
                "must be \"nl\" or \"en\"",
            ),
        };
        fixed.into()
    }
}
