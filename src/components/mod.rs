//! Reusable pieces, one per file.
pub mod footer;
pub mod header;
pub mod income_chart;
pub mod page_heading;
