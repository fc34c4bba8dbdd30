//! Reusable pieces, one per file.
pub mod footer;
pub mod header;
pub mod page_heading;
