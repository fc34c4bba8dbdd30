//! Spoorwijzer's domain logic. No yew, web-sys or gloo: everything here is tested
//! natively with `cargo test`, and the web app and the `spoorwijzer` command line only
//! call into it.
//!
//! **Layers.** The modules below are listed by layer, from the bottom up, one group per
//! layer. A module may use its own layer and the layers below it, never a layer above,
//! and no two modules use each other. `core/tests/layers.rs` reads this list and checks
//! every file of `core/src` against it; `docs/architecture.md` explains the layers.
//!
//! **Dutch and English in names.** Domain terms stay Dutch where the law names them
//! (poortwachter, transitievergoeding, Xella, spoor, vaststellingsovereenkomst,
//! loonsanctie, eerstejaarsevaluatie, …); everything else is English.

// Ground: the two languages, the valid dates and their parsing, cents and exact
// decimals, a sort for short lists, query strings, the registry of citations, enums listed
// with all their variants.
pub mod dates;
pub mod lang;
pub mod listed;
pub mod money;
pub mod small_sort;
pub mod source;
pub mod url;

// Dated data: the yearly figures with their sources, the public holidays, the AOW age,
// the register of announced law.
pub mod aow;
pub mod holidays;
pub mod params;
pub mod pending_law;

// Engines: pure calculations; the poortwachter calendar, the transitievergoeding, the
// income projection.
pub mod income;
pub mod poortwachter;
pub mod transitievergoeding;

// Flow: the interview, the one situation derived from its answers, and the advice.
pub mod flow;

// Formats: what comes in from outside, read into typed values; the export file, share
// links, the embedder's configuration, deep links.
pub mod deeplink;
pub mod embed_config;
pub mod share;
pub mod storage_format;

// Views: what a page shows, as typed values; form parsing, the calculators' form models,
// the letters, the employer batch and its table.
pub mod batch;
pub mod batch_view;
pub mod form_model;
pub mod forms;
pub mod letters;

// Text: every user-visible word in Dutch and English, and the kennisbank's content.
pub mod kb;
pub mod text;

// Interfaces: finished output built from the views and the words; the printable summary
// and the calendar file, the command line.
pub mod cli;
pub mod report;
