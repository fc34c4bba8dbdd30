//! Spoorwijzer's domain logic. No yew, web-sys or gloo: everything here is tested
//! natively with `cargo test`, and the web app and the `spoorwijzer` command line only
//! call into it.

pub mod cli;
pub mod dates;
pub mod flow;
pub mod money;
pub mod text;
