//! Form models of the calculator pages: what the user typed, turned into the engines'
//! inputs with field-level errors, plus the small view helpers the pages render. The web
//! app keeps a form model in its state and calls these functions; it decides nothing.

pub mod tijdlijn;
pub mod tv;
