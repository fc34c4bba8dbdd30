//! All user-visible text, in Dutch and English.
//!
//! Dutch comes first and is written at B1 level, as "je".
//!
//! **One idiom.** The texts of an area are an exhaustive `enum` of text keys (or the
//! domain type whose words they are), with ONE `match` over the key. Each arm gives both
//! languages side by side through [`t`]`(lang, nl, en)`, or [`tv`]`(lang, voice, …)` where
//! the employee and the employer read different words:
//!
//! ```ignore
//! match self {
//!     UiText::Back => t(lang, "Terug", "Back"),
//!     UiText::Next => t(lang, "Volgende", "Next"),
//! }
//! ```
//!
//! A missing language does not compile (the signature demands both), a missing key does
//! not compile (the match is exhaustive), and Dutch and English stay next to each other
//! for review. A text with values is a `format!` per language inside the same `t`; an arm
//! that reads the same in both languages (a format of other texts) is written once. No
//! `match lang`: the language is only ever the first argument of `t` or `tv`. The
//! kennisbank's content in `crate::kb` follows the same idiom.
//!
//! **One naming rule.** A text enum is named `<Area>Text` after its area: `UiText`,
//! `CalcText`, `KeepText`, `KbText`, `IncomeText`, `EmbedText`, `BatchText`, `FlowText`,
//! `OutcomeText`, `PoortwachterText`, … The words of a domain type are free functions in
//! the text module of its area (`text::poortwachter::status_label`); the domain type
//! itself never takes a `Lang`.
//!
//! Text depends on the domain, never the other way round: no module below `text` in
//! `lib.rs` imports from here (see `core/tests/layers.rs`).

pub mod batch;
pub mod calc;
pub mod cli;
pub mod embed;
pub mod flow;
pub mod format;
pub mod forms;
pub mod holidays;
pub mod income;
pub mod kb;
pub mod keep;
pub mod pending_law;
pub mod poortwachter;
pub mod transitievergoeding;
pub mod ui;

use crate::flow::Voice;
use crate::lang::Lang;

/// One text in both languages: `nl` in Dutch, `en` in English.
pub fn t<T>(lang: Lang, nl: T, en: T) -> T {
    match lang {
        Lang::Nl => nl,
        Lang::En => en,
    }
}

/// One text in both languages and both voices.
pub fn tv<T>(lang: Lang, voice: Voice, nl_wn: T, nl_wg: T, en_wn: T, en_wg: T) -> T {
    match (lang, voice) {
        (Lang::Nl, Voice::Werknemer) => nl_wn,
        (Lang::Nl, Voice::Werkgever) => nl_wg,
        (Lang::En, Voice::Werknemer) => en_wn,
        (Lang::En, Voice::Werkgever) => en_wg,
    }
}
