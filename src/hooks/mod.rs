//! Hooks shared by the pages, one per file.
pub mod form;
