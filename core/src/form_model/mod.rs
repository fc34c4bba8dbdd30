//! Form models of the calculator pages: what the user typed, turned into the engines'
//! inputs with field-level errors, plus the small view helpers the pages render. The web
//! app keeps a form model in its state and calls these functions; it decides nothing.
//!
//! - [`tv`]: the transitievergoeding calculator (`#/transitievergoeding`);
//! - [`tijdlijn`]: the poortwachter calendar (`#/tijdlijn`);
//! - [`inkomen`]: the income projection (`#/inkomen`).

pub mod inkomen;
pub mod tijdlijn;
pub mod tv;

/// A field of a calculator's form, as the page names it: its key (after the page's prefix
/// in the HTML id) and whether it is a date (three inputs, so an error link focuses the
/// day).
pub trait FormField: Copy + PartialEq {
    fn field_key(self) -> String;
    fn field_is_date(self) -> bool;
}

impl FormField for tv::TvField {
    fn field_key(self) -> String {
        self.key()
    }
    fn field_is_date(self) -> bool {
        self.is_date()
    }
}

impl FormField for tijdlijn::TlField {
    fn field_key(self) -> String {
        self.key()
    }
    fn field_is_date(self) -> bool {
        self.is_date()
    }
}
