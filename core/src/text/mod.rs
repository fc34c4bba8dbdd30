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
