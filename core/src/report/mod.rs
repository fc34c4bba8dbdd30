//! Reports built from the core's results: calendars (and later summaries).

pub mod ics;
