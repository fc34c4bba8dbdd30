//! Reusable pieces, one per file.
pub mod compare_table;
pub mod data_table;
pub mod embed_preview;
pub mod file_drop;
pub mod footer;
pub mod header;
pub mod income_chart;
pub mod kb_blocks;
pub mod kb_inline;
pub mod memory_sync;
pub mod page_heading;
pub mod table_scroll;
pub mod term_disclosure;
