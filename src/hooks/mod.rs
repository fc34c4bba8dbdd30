//! Hooks shared by the pages, one per file.
pub mod form;
pub mod open_question;
