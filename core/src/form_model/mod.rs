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
