//! All user-visible text, in Dutch and English.
//!
//! Each text is a variant of an exhaustive `enum` with one `match` per language, so a
//! missing translation does not compile (design.md §4). Dutch comes first and is written
//! at B1 level, as "je".

pub mod batch;
pub mod calc;
pub mod embed;
pub mod flow;
pub mod income;
pub mod keep;
pub mod kennisbank;
pub mod pending_law;
pub mod ui;

use serde::{Deserialize, Serialize};

/// The two languages of Spoorwijzer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Nl,
    En,
}

impl Lang {
    /// Read `nl`, `en`, or a browser language tag such as `en-GB`. Anything else is `None`.
    pub fn parse(s: &str) -> Option<Lang> {
        let s = s.trim().to_ascii_lowercase();
        let primary = s.split(['-', '_']).next().unwrap_or("");
        match primary {
            "nl" => Some(Lang::Nl),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::Nl => Lang::En,
            Lang::En => Lang::Nl,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_language_tags() {
        assert_eq!(Lang::parse("nl"), Some(Lang::Nl));
        assert_eq!(Lang::parse("en-GB"), Some(Lang::En));
        assert_eq!(Lang::parse("NL_be"), Some(Lang::Nl));
        assert_eq!(Lang::parse("de"), None);
        assert_eq!(Lang::parse(""), None);
    }
}
