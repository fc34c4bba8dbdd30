//! Reusable pieces, one per file.
pub mod embed_preview;
pub mod footer;
pub mod header;
pub mod page_heading;
