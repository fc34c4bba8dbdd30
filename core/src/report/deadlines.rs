//! The CSV of every deadline of every sick employee of a batch file: the same steps as the
//! calendar file ([`crate::report::ics::batch_calendar`]), one line each, in the overview's
//! order (urgent first, then by date).
//!
//! The file follows the language of the file it came from (`BatchRun::file_lang`) and
//! keeps its delimiter. Columns, Dutch / English: the file's own `id` column name (or
//! `personeelsnummer` / `id`), `datum` / `date` (YYYY-MM-DD), `stap` / `step` (the step id,
//! as in the `gedaan` column), `omschrijving` / `title`, `wie` / `who`, `stand` / `status`
//! (on the day of the export), `ziekteweek` / `sick_week`, `onzeker` / `uncertain`
//! (`ja`/`nee`, `true`/`false`). Cells are escaped against formula injection, and the file
//! starts with a BOM.

use crate::batch::values::yes_no;
use crate::batch::{escape_cell, BatchError, BatchRun};
use crate::batch_view::deadlines::Deadline;
use crate::dates::iso;
use crate::lang::Lang;
use crate::text::poortwachter::{actor_label, milestone_title, status_label};
use crate::text::t;

/// The column names after the id column, Dutch and English.
pub const COLUMNS: [(&str, &str); 7] = [
    ("datum", "date"),
    ("stap", "step"),
    ("omschrijving", "title"),
    ("wie", "who"),
    ("stand", "status"),
    ("ziekteweek", "sick_week"),
    ("onzeker", "uncertain"),
];

/// The CSV of `deadlines` (the overview's, or a part of them) of the file `run`.
pub fn deadlines_csv(deadlines: &[&Deadline], run: &BatchRun) -> Result<String, BatchError> {
    let lang = run.file_lang;
    let mut w = csv::WriterBuilder::new()
        .delimiter(run.delimiter)
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let id = run
        .columns
        .id()
        .map(escape_cell)
        .unwrap_or_else(|| t(lang, "personeelsnummer", "id").to_string());
    let header: Vec<String> = std::iter::once(id)
        .chain(COLUMNS.iter().map(|(nl, en)| t(lang, *nl, *en).to_string()))
        .collect();
    let error = |e: csv::Error| BatchError::Csv(e.to_string());
    w.write_record(&header).map_err(error)?;
    for d in deadlines {
        let m = &d.milestone;
        w.write_record([
            escape_cell(&d.employee),
            iso(m.date),
            m.id.code(),
            milestone_title(m.id, lang),
            actor_label(m.actor, lang).to_string(),
            status_label(m.status, lang).to_string(),
            m.week.to_string(),
            yes_no(m.uncertain, lang == Lang::Nl).to_string(),
        ])
        .map_err(error)?;
    }
    let bytes = w.into_inner().map_err(|e| BatchError::Csv(e.to_string()))?;
    let text = String::from_utf8(bytes).map_err(|e| BatchError::Csv(e.to_string()))?;
    Ok(format!("\u{feff}{text}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::batch::run_batch;
    use crate::batch_view::deadlines::Overview;
    use crate::dates::ymd;
    use crate::text::batch::row_problem;
    use chrono::NaiveDate;

    const TODAY: NaiveDate = ymd(2026, 11, 22);

    fn rows(text: &str, delimiter: u8) -> Vec<Vec<String>> {
        csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .has_headers(false)
            .from_reader(text.trim_start_matches('\u{feff}').as_bytes())
            .records()
            .map(|r| r.unwrap().iter().map(String::from).collect())
            .collect()
    }

    #[test]
    fn one_line_per_deadline_in_the_files_language_and_delimiter() {
        let text = "personeelsnummer;eerste_ziektedag;gedaan\n\
                    =1;2026-11-16;\n\
                    b;2026-01-05;ziekmelding_bedrijfsarts|probleemanalyse\n";
        let run = run_batch(text, Lang::En, Some(TODAY), row_problem).unwrap();
        let o = Overview::from_run(&run, TODAY).unwrap();
        let all: Vec<&Deadline> = o.deadlines.iter().collect();
        let out = deadlines_csv(&all, &run).unwrap();
        assert!(out.starts_with("\u{feff}personeelsnummer;datum;stap;"));
        let r = rows(&out, b';');
        assert_eq!(r.len(), all.len() + 1);
        assert_eq!(
            r[0],
            [
                "personeelsnummer",
                "datum",
                "stap",
                "omschrijving",
                "wie",
                "stand",
                "ziekteweek",
                "onzeker"
            ]
        );
        // First the overdue steps of b (the oldest first), then employee =1's sick report,
        // due today.
        assert_eq!(r[1][0], "b");
        assert_eq!(r[1][5], "te laat");
        let one = r.iter().position(|l| l[0] == "'=1").unwrap();
        assert!(r[1..one].iter().all(|l| l[0] == "b" && l[5] == "te laat"));
        assert_eq!(r[one][1], "2026-11-22");
        assert_eq!(r[one][2], "ziekmelding_bedrijfsarts");
        assert_eq!(r[one][5], "binnenkort");
        assert_eq!(r[one][7], "nee");
        // Steps in `gedaan` are not in it.
        assert!(!r.iter().any(|l| l[0] == "b" && l[2] == "probleemanalyse"));
        assert!(r.iter().any(|l| l[0] == "b" && l[2] == "evaluatie_1"));
        // An English file: English names, `,`.
        let run = run_batch(
            "id,first_sick_day\n7,2026-11-16\n",
            Lang::Nl,
            Some(TODAY),
            row_problem,
        )
        .unwrap();
        let o = Overview::from_run(&run, TODAY).unwrap();
        let out = deadlines_csv(&o.deadlines.iter().collect::<Vec<_>>(), &run).unwrap();
        let r = rows(&out, b',');
        assert_eq!(r[0][..3], ["id", "date", "step"]);
        assert_eq!(r[1][5], "due soon");
        assert_eq!(r[1][7], "false");
    }
}
