//! Documents built from the core's results: the calendar files, the CSV of all deadlines
//! of a batch file, and the printable summary.

pub mod deadlines;
pub mod ics;
pub mod summary;
