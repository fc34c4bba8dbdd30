//! Spoorwijzer's domain logic. No yew, web-sys or gloo: everything here is tested
//! natively with `cargo test`, and the web app and the `spoorwijzer` command line only
//! call into it.

pub mod aow;
pub mod batch;
pub mod batch_view;
pub mod cli;
pub mod dates;
pub mod deeplink;
pub mod embed_config;
pub mod flow;
pub mod form_model;
pub mod forms;
pub mod holidays;
pub mod income;
pub mod kb;
pub mod lang;
pub mod letters;
pub mod money;
pub mod params;
pub mod pending_law;
pub mod poortwachter;
pub mod report;
pub mod share;
pub mod source;
pub mod storage_format;
pub mod text;
pub mod transitievergoeding;
pub mod url;
