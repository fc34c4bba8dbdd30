//! Texts of the command line: the problems with the JSON input of `spoorwijzer tijdlijn`.

use crate::dates::DateError;
use crate::lang::Lang;

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
        match lang {
            Lang::Nl => match self {
                CliText::NotJson(e) => format!("de invoer is geen geldige JSON ({e})"),
                CliText::NotObject => "de invoer moet één JSON-object zijn".into(),
                CliText::UnknownKey => "onbekend veld".into(),
                CliText::Missing => "dit veld ontbreekt".into(),
                CliText::NotArray => "moet een lijst zijn".into(),
                CliText::NotPeriodObject => "moet een object zijn met \"from\" en \"until\"".into(),
                CliText::NotString => "moet tekst zijn (of null)".into(),
                CliText::NotBool => "moet true of false zijn".into(),
                CliText::NotWholeNumber => "moet een geheel getal van 0 of meer zijn".into(),
                CliText::Date(DateError::Empty) => "vul een datum in".into(),
                CliText::Date(DateError::Format) => "schrijf de datum als JJJJ-MM-DD".into(),
                CliText::Date(DateError::Impossible) => "deze datum bestaat niet".into(),
                CliText::Date(DateError::OutOfRange) => {
                    "vul een datum in tussen 1950-01-01 en 2099-12-31".into()
                }
                CliText::UnknownLang => "moet \"nl\" of \"en\" zijn".into(),
            },
            Lang::En => match self {
                CliText::NotJson(e) => format!("the input is not valid JSON ({e})"),
                CliText::NotObject => "the input must be one JSON object".into(),
                CliText::UnknownKey => "unknown field".into(),
                CliText::Missing => "this field is missing".into(),
                CliText::NotArray => "must be a list".into(),
                CliText::NotPeriodObject => "must be an object with \"from\" and \"until\"".into(),
                CliText::NotString => "must be text (or null)".into(),
                CliText::NotBool => "must be true or false".into(),
                CliText::NotWholeNumber => "must be a whole number of 0 or more".into(),
                CliText::Date(DateError::Empty) => "enter a date".into(),
                CliText::Date(DateError::Format) => "write the date as YYYY-MM-DD".into(),
                CliText::Date(DateError::Impossible) => "this date does not exist".into(),
                CliText::Date(DateError::OutOfRange) => {
                    "enter a date between 1950-01-01 and 2099-12-31".into()
                }
                CliText::UnknownLang => "must be \"nl\" or \"en\"".into(),
            },
        }
    }
}
