//! Reports built from the core's results: calendars, the printable summary and letters.

pub mod ics;
pub mod letters;
pub mod summary;
