//! Reusable pieces, one per file.
pub mod data_table;
pub mod file_drop;
pub mod footer;
pub mod header;
pub mod memory_sync;
pub mod page_heading;
