//! Texts of the employer batch page (`#/werkgever/batch`) and of the batch file: the page,
//! the table's cells and column labels, the template files, and the problems of a file or
//! a row, in Dutch and English.

mod files;
mod overview;

pub use files::{explanation_csv, explanation_file_name, template_csv};
pub use overview::{
    actor_choice_label, calendar_file_name, deadline_cell, deadline_page_status,
    deadlines_file_name, overview_count, overview_summary, repeated_ids, unknown_employee,
    DeadlineColumn, OverviewText,
};

use crate::batch::{BatchError, PwError, RowProblem};
use crate::batch_view::{Column, ViewRow};
use crate::dates;
use crate::dates::DateError;
use crate::lang::Lang;
use crate::money::Cents;
use crate::text::format;
use crate::text::poortwachter::milestone_title;
use crate::text::t;

/// Short, fixed texts of the batch page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BatchText {
    Title,
    Intro,
    Privacy,
    FileHeading,
    FileLabel,
    FileHint,
    DropZone,
    DropZoneActive,
    Reading,
    TemplateHeading,
    TemplateIntro,
    TemplateNl,
    TemplateEn,
    ExplanationNl,
    ExplanationEn,
    DocsHint,
    FileErrorTitle,
    ReadFailed,
    NotCsv,
    ErrorsHeading,
    ErrorsIntro,
    ErrorLine,
    ErrorField,
    ErrorMessage,
    ResultsHeading,
    TotalsHeading,
    TotalRows,
    TotalOk,
    TotalErrors,
    TotalDue,
    TotalAmount,
    TotalPayable,
    TotalCapped,
    TotalOverdueRows,
    TableCaption,
    PerEmployeeHeading,
    SortHint,
    ColLine,
    ColId,
    ColDue,
    ColAmount,
    ColCapped,
    ColPayable,
    ColNextDeadline,
    ColOverdue,
    ColError,
    Yes,
    No,
    NotAsked,
    NoNextDeadline,
    Recovered,
    Uncertain,
    Previous,
    Next,
    Paging,
    DownloadResults,
    Print,
    DownloadFailed,
    OverdueExplained,
    NoRows,
    Disclaimer,
}

impl BatchText {
    pub fn text(self, lang: Lang) -> &'static str {
        use BatchText::*;
        match self {
            Title => t(lang, "Berekening voor meerdere werknemers", "Calculation for several employees"),
            Intro => t(lang, "Reken de transitievergoeding en de stand van de poortwachter-termijnen uit voor veel werknemers tegelijk. Je kiest een CSV-bestand met één regel per werknemer. Je krijgt per werknemer het bedrag en de volgende termijn, en je kunt het resultaat downloaden.", "Work out the transitievergoeding (statutory transition payment) and where each employee stands in the Poortwachter (gatekeeper) deadlines, for many employees at once. You choose a CSV file with one line per employee. You get the amount and the next deadline per employee, and you can download the result."),
            Privacy => t(lang, "Het bestand blijft op je apparaat. Je browser leest het en rekent alles zelf uit; er wordt niets verstuurd of bewaard.", "The file stays on your device. Your browser reads it and does all the calculations itself; nothing is sent or stored."),
            FileHeading => t(lang, "Kies je bestand", "Choose your file"),
            FileLabel => t(lang, "CSV-bestand met werknemers", "CSV file with employees"),
            FileHint => t(lang, "Een CSV-bestand (.csv) met kolomnamen op de eerste regel. Scheidingsteken: puntkomma of komma. Bedragen mogen met een komma (3.250,50).", "A CSV file (.csv) with the column names on the first line. Separator: semicolon or comma. Amounts may use a decimal comma (3.250,50)."),
            DropZone => t(lang, "Of sleep het bestand hierheen.", "Or drag the file here."),
            DropZoneActive => t(lang, "Laat het bestand hier los.", "Drop the file here."),
            Reading => t(lang, "Het bestand wordt gelezen…", "Reading the file…"),
            TemplateHeading => t(lang, "Voorbeeldbestand", "Template"),
            TemplateIntro => t(lang, "Begin met het voorbeeldbestand: het heeft alle kolommen en één voorbeeldregel. Het uitlegbestand zegt per kolom wat erin hoort en welke waarden goed zijn. Kolommen die je niet nodig hebt, mag je leeg laten of weglaten.", "Start from the template: it has all the columns and one example line. The explanation file says for each column what goes in it and which values are accepted. Columns you do not need may be left empty or left out."),
            TemplateNl => t(lang, "Voorbeeldbestand downloaden (Nederlands, puntkomma)", "Download the template (Dutch, semicolon)"),
            TemplateEn => t(lang, "Voorbeeldbestand downloaden (Engels, komma)", "Download the template (English, comma)"),
            ExplanationNl => t(lang, "Uitleg bij de kolommen downloaden (Nederlands)", "Download the explanation of the columns (Dutch)"),
            ExplanationEn => t(lang, "Uitleg bij de kolommen downloaden (Engels)", "Download the explanation of the columns (English)"),
            DocsHint => t(lang, "Alleen wie een eerste ziektedag invult, krijgt de poortwachter-stand. Vul in de kolom gedaan de stappen in die al gedaan zijn, anders tellen we ze als te laat.", "Only rows with a first sick day get the Poortwachter status. Put the steps already done in the done column, otherwise we count them as late."),
            FileErrorTitle => t(lang, "Dit bestand kunnen we niet gebruiken", "We cannot use this file"),
            ReadFailed => t(lang, "Het bestand kon niet gelezen worden. Kies het opnieuw, of sla het in je spreadsheet opnieuw op als CSV (UTF-8).", "The file could not be read. Choose it again, or save it from your spreadsheet again as CSV (UTF-8)."),
            NotCsv => t(lang, "Dit is geen tekstbestand. Sla het in je spreadsheet op als CSV (UTF-8) en kies het opnieuw.", "This is not a text file. Save it from your spreadsheet as CSV (UTF-8) and choose it again."),
            ErrorsHeading => t(lang, "Regels met een fout", "Lines with an error"),
            ErrorsIntro => t(lang, "Deze regels zijn niet berekend. De andere regels wel. Verbeter de fout in je bestand en kies het opnieuw.", "These lines were not calculated. The other lines were. Correct the error in your file and choose it again."),
            ErrorLine => t(lang, "Regel", "Line"),
            ErrorField => t(lang, "Kolom", "Column"),
            ErrorMessage => t(lang, "Wat is er mis", "What is wrong"),
            ResultsHeading => t(lang, "Uitkomst", "Result"),
            TotalsHeading => t(lang, "Totalen", "Totals"),
            TotalRows => t(lang, "Werknemers in het bestand", "Employees in the file"),
            TotalOk => t(lang, "Berekend", "Calculated"),
            TotalErrors => t(lang, "Met een fout", "With an error"),
            TotalDue => t(lang, "Transitievergoeding verschuldigd", "Transition payment due"),
            TotalAmount => t(lang, "Totaal transitievergoeding (na het maximum)", "Total transition payment (after the cap)"),
            TotalPayable => t(lang, "Totaal te betalen (na aftrek van kosten)", "Total payable (after deducting costs)"),
            TotalCapped => t(lang, "Begrensd door het maximum", "Limited by the cap"),
            TotalOverdueRows => t(lang, "Werknemers met een verlopen poortwachter-termijn", "Employees with a passed Poortwachter deadline"),
            TableCaption => t(lang, "Uitkomst per werknemer", "Result per employee"),
            PerEmployeeHeading => t(lang, "Per werknemer", "Per employee"),
            SortHint => t(lang, "Klik op een kolomnaam om op die kolom te sorteren.", "Select a column name to sort by that column."),
            ColLine => t(lang, "Regel", "Line"),
            ColId => t(lang, "Nummer", "Number"),
            ColDue => t(lang, "Verschuldigd", "Due"),
            ColAmount => t(lang, "Bedrag", "Amount"),
            ColCapped => t(lang, "Begrensd", "Capped"),
            ColPayable => t(lang, "Te betalen", "Payable"),
            ColNextDeadline => t(lang, "Volgende poortwachter-termijn", "Next Poortwachter deadline"),
            ColOverdue => t(lang, "Verlopen termijnen", "Passed deadlines"),
            ColError => t(lang, "Fout", "Error"),
            Yes => t(lang, "ja", "yes"),
            No => t(lang, "nee", "no"),
            NotAsked => t(lang, "–", "–"),
            NoNextDeadline => t(lang, "geen termijnen meer", "no deadlines left"),
            Recovered => t(lang, "hersteld", "recovered"),
            Uncertain => t(lang, "(onzeker)", "(uncertain)"),
            Previous => t(lang, "Vorige", "Previous"),
            Next => t(lang, "Volgende", "Next"),
            Paging => t(lang, "Pagina's", "Pages"),
            DownloadResults => t(lang, "Uitkomst downloaden (CSV)", "Download the result (CSV)"),
            Print => t(lang, "Afdrukken", "Print"),
            DownloadFailed => t(lang, "Je browser liet het downloaden niet toe. Probeer het opnieuw of gebruik een andere browser.", "Your browser did not allow the download. Try again or use another browser."),
            OverdueExplained => t(lang, "Verlopen termijn: de datum is voorbij en de stap staat niet in de kolom gedaan. Controleer of de stap echt is gedaan.", "Passed deadline: the date has gone by and the step is not in the done column. Check whether the step was really done."),
            NoRows => t(lang, "Het bestand heeft geen regels met werknemers, alleen kolomnamen.", "The file has no lines with employees, only column names."),
            Disclaimer => t(lang, "Dit is informatie, geen juridisch advies. Controleer de uitkomst voor je er iets mee doet.", "This is information, not legal advice. Check the result before you act on it."),
        }
    }
}

/// "Pagina 2 van 7 (regels 51 tot en met 100 van 340)".
pub fn page_status(
    page: usize,
    pages: usize,
    first: usize,
    last: usize,
    total: usize,
    lang: Lang,
) -> String {
    t(
        lang,
        format!("Pagina {page} van {pages} (werknemers {first} tot en met {last} van {total})"),
        format!("Page {page} of {pages} (employees {first} to {last} of {total})"),
    )
}

/// The label of a page button: "Pagina 3" / "Page 3".
pub fn page_label(page: usize, lang: Lang) -> String {
    t(lang, format!("Pagina {page}"), format!("Page {page}"))
}

/// "12 werknemers gelezen, 2 met een fout." announced after reading a file.
pub fn read_summary(rows: usize, errors: usize, lang: Lang) -> String {
    t(
        lang,
        format!(
            "{rows} {} gelezen, {errors} met een fout.",
            format::plural(rows, "werknemer", "werknemers")
        ),
        format!(
            "{rows} {} read, {errors} with an error.",
            format::plural(rows, "employee", "employees")
        ),
    )
}

/// The number of passed deadlines in a table cell: "2 verlopen".
pub fn overdue_count(n: usize, lang: Lang) -> String {
    t(lang, format!("{n} verlopen"), format!("{n} passed"))
}

/// "Bestand: personeel.csv".
pub fn file_name_line(name: &str, lang: Lang) -> String {
    t(lang, format!("Bestand: {name}"), format!("File: {name}"))
}

/// A date in a file or command-line field that could not be read. `day_first_too`: the
/// field also reads DD-MM-JJJJ (the CSV files do; the command line reads only JJJJ-MM-DD).
pub fn date_error(e: DateError, day_first_too: bool, lang: Lang) -> &'static str {
    match e {
        DateError::Empty => t(lang, "vul een datum in", "enter a date"),
        DateError::Format if day_first_too => t(
            lang,
            "schrijf de datum als JJJJ-MM-DD of DD-MM-JJJJ",
            "write the date as YYYY-MM-DD or DD-MM-YYYY",
        ),
        DateError::Format => t(
            lang,
            "schrijf de datum als JJJJ-MM-DD",
            "write the date as YYYY-MM-DD",
        ),
        DateError::Impossible => t(lang, "deze datum bestaat niet", "this date does not exist"),
        DateError::OutOfRange => t(
            lang,
            "vul een datum in tussen 1950-01-01 en 2099-12-31",
            "enter a date between 1950-01-01 and 2099-12-31",
        ),
    }
}

/// The message of a Poortwachter column error, starting with the column key.
pub fn pw_error_message(e: &PwError, lang: Lang) -> String {
    let key = e.field().key();
    let what: String = match e {
        PwError::Date(_, d) => date_error(*d, true, lang).into(),
        PwError::LastWithoutFirst => t(lang, "ontbreekt; vul de eerste ziektedag in als er een laatste ziektedag is", "is missing; fill in the first sick day when there is a last sick day").into(),
        PwError::LastBeforeFirst => t(lang, "ligt vóór de eerste ziektedag", "lies before the first sick day").into(),
        PwError::FirstAfterToday => t(lang, "ligt na vandaag", "lies after today").into(),
        PwError::UnknownDone(id) => t(
            lang,
            format!(
                "\"{id}\" is geen stap die we kennen (gebruik de namen uit de documentatie, gescheiden door |)"
            ),
            format!(
                "\"{id}\" is not a step we know (use the names from the documentation, separated by |)"
            ),
        ),
        PwError::Timeline(t) => super::poortwachter::timeline_error(t, lang),
    };
    format!("{key}: {what}")
}

/// A problem with the file as a whole.
pub fn batch_error(e: &BatchError, lang: Lang) -> String {
    match e {
        BatchError::Empty => t(lang, "csv: het bestand is leeg; de eerste regel moet de kolomnamen bevatten", "csv: the file is empty; the first line must hold the column names").into(),
        BatchError::Csv(e) => t(lang, format!("csv: het bestand kan niet gelezen worden ({e})"), format!("csv: the file cannot be read ({e})")),
        BatchError::NoKnownColumns => t(lang, "csv: de eerste regel heeft geen kolommen die we kennen (zoals start_date, end_date, base_monthly_wage of first_sick_day); gebruik het voorbeeldbestand", "csv: the first line has no columns we know (such as start_date, end_date, base_monthly_wage or first_sick_day); use the template").into(),
    }
}

/// A row's problem, as the file's `error` column and the error list show it: the message
/// starts with the column's key.
pub fn row_problem(p: &RowProblem, lang: Lang) -> String {
    match p {
        RowProblem::Unreadable(msg) => format!("csv: {msg}"),
        RowProblem::Tv(e) => super::transitievergoeding::error_message(*e, lang),
        RowProblem::Pw(e) => pw_error_message(e, lang),
    }
}

/// The text of a cell of the results table, as the table shows it.
pub fn cell(row: &ViewRow, column: Column, lang: Lang) -> String {
    let t = |b: BatchText| b.text(lang).to_string();
    let yes_no = |b: Option<bool>| match b {
        Some(true) => t(BatchText::Yes),
        Some(false) => t(BatchText::No),
        None => t(BatchText::NotAsked),
    };
    let money = |c: Option<Cents>| match c {
        Some(c) if row.amount_uncertain => {
            format!(
                "{} {}",
                format::amount(c, lang),
                BatchText::Uncertain.text(lang)
            )
        }
        Some(c) => format::amount(c, lang),
        None => t(BatchText::NotAsked),
    };
    match column {
        Column::Line => row.line.to_string(),
        Column::Id => row.id.clone(),
        Column::Due => yes_no(row.due),
        Column::Amount => money(row.amount),
        Column::Capped => yes_no(row.capped),
        Column::Payable => money(row.payable),
        Column::NextDeadline => match (row.has_status, row.next_deadline) {
            (false, _) => t(BatchText::NotAsked),
            (true, None) if row.recovered => t(BatchText::Recovered),
            (true, None) => t(BatchText::NoNextDeadline),
            (true, Some((id, date))) => {
                let mut s = format!("{}: {}", dates::short(date), milestone_title(id, lang));
                if row.next_uncertain {
                    s.push(' ');
                    s.push_str(BatchText::Uncertain.text(lang));
                }
                s
            }
        },
        Column::Overdue => {
            if !row.has_status {
                t(BatchText::NotAsked)
            } else if row.overdue.is_empty() {
                "0".into()
            } else {
                let names: Vec<String> = row
                    .overdue
                    .iter()
                    .map(|m| milestone_title(*m, lang))
                    .collect();
                format!(
                    "{}: {}",
                    overdue_count(row.overdue.len(), lang),
                    names.join(", ")
                )
            }
        }
        Column::Error => row
            .error
            .as_ref()
            .map(|e| e.message.clone())
            .unwrap_or_default(),
    }
}

/// The header of a column of the results table.
pub fn column_label(c: Column, lang: Lang) -> &'static str {
    match c {
        Column::Line => BatchText::ColLine.text(lang),
        Column::Id => BatchText::ColId.text(lang),
        Column::Due => BatchText::ColDue.text(lang),
        Column::Amount => BatchText::ColAmount.text(lang),
        Column::Capped => BatchText::ColCapped.text(lang),
        Column::Payable => BatchText::ColPayable.text(lang),
        Column::NextDeadline => BatchText::ColNextDeadline.text(lang),
        Column::Overdue => BatchText::ColOverdue.text(lang),
        Column::Error => BatchText::ColError.text(lang),
    }
}

/// The file name of the template download.
pub fn template_file_name(lang: Lang) -> &'static str {
    t(
        lang,
        "spoorwijzer-voorbeeld-nl.csv",
        "spoorwijzer-template-en.csv",
    )
}

/// The file name of the results download: the input's name with `-uitkomst`/`-result`.
pub fn result_file_name(input_name: &str, lang: Lang) -> String {
    let stem = file_stem(input_name);
    t(
        lang,
        format!("{stem}-uitkomst.csv"),
        format!("{stem}-result.csv"),
    )
}

/// The name of a chosen file without its extension and without characters that do not
/// belong in a file name; `spoorwijzer` when nothing is left.
fn file_stem(input_name: &str) -> String {
    let stem = input_name
        .rsplit_once('.')
        .map(|(s, _)| s)
        .unwrap_or(input_name);
    let stem: String = stem
        .chars()
        .filter(|c| c.is_alphanumeric() || matches!(c, '-' | '_'))
        .collect();
    if stem.is_empty() {
        "spoorwijzer".to_string()
    } else {
        stem
    }
}

/// Below a shortened error list: "En nog 12 regels met een fout; zie de kolom error in de
/// download."
pub fn more_errors(n: usize, lang: Lang) -> String {
    t(
        lang,
        format!(
            "En nog {n} {} met een fout. Je vindt ze allemaal in de kolom error van de download.",
            format::plural(n, "regel", "regels")
        ),
        format!(
            "And {n} more {} with an error. The download lists them all in the error column.",
            format::plural(n, "line", "lines")
        ),
    )
}

/// "De poortwachter-stand is berekend op 22 november 2026."
pub fn status_date(date: chrono::NaiveDate, lang: Lang) -> String {
    let d = format::long_date(date, lang);
    t(
        lang,
        format!("De poortwachter-stand is berekend op {d} (vandaag)."),
        format!("The Poortwachter status is worked out for {d} (today)."),
    )
}
