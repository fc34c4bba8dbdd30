//! Documents built from the core's results: the calendar file and the printable summary.

pub mod ics;
pub mod summary;
