//! Texts of the Poortwachter overview of all sick employees on the batch page
//! (`crate::batch_view::deadlines`): its headings and notices, the filters, the table of
//! next deadlines and the names of its downloads.

use crate::batch_view::deadlines::{ActorChoice, Deadline};
use crate::batch_view::PageSpan;
use crate::dates;
use crate::lang::Lang;
use crate::text::calc::status_badge;
use crate::text::format;
use crate::text::poortwachter::{actor_label, milestone_title};
use crate::text::t;

use super::{file_stem, BatchText};

/// Short, fixed texts of the overview.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OverviewText {
    Heading,
    Intro,
    NoIds,
    DownloadIcs,
    DownloadCsv,
    IcsExplained,
    FilterHeading,
    FilterEmployee,
    FilterEmployeeHint,
    FilterActor,
    Everybody,
    Caption,
    Nothing,
    Paging,
}

impl OverviewText {
    pub fn text(self, lang: Lang) -> &'static str {
        use OverviewText::*;
        match self {
            Heading => t(lang, "Poortwachter-termijnen van alle zieke werknemers", "Poortwachter deadlines of all sick employees"),
            Intro => t(lang, "Alle volgende termijnen van de werknemers met een eerste ziektedag, op datum. Wat te laat is of binnen 14 dagen moet, staat bovenaan. Stappen in de kolom gedaan staan er niet in.", "Every next deadline of the employees with a first sick day, by date. What is overdue or due within 14 days comes first. Steps in the done column are left out."),
            NoIds => t(lang, "Je bestand heeft geen kolom personeelsnummer (of id). Daarom heet elke werknemer hier naar zijn regel in het bestand. Zet je de agenda later opnieuw in je agenda-programma, met een bijgewerkt bestand, dan komen de afspraken er dubbel in. Voeg een kolom personeelsnummer toe om dat te voorkomen.", "Your file has no id column (personeelsnummer). So each employee is named here by their line in the file. If you later import the calendar again, from an updated file, its appointments will appear twice. Add an id column to prevent that."),
            DownloadIcs => t(lang, "Alle termijnen voor je agenda downloaden (.ics)", "Download all deadlines for your calendar (.ics)"),
            DownloadCsv => t(lang, "Alle termijnen downloaden (CSV)", "Download all deadlines (CSV)"),
            IcsExplained => t(lang, "Het agendabestand heeft één afspraak per werknemer en stap, ook voor termijnen die al voorbij zijn. De titel noemt alleen het personeelsnummer, nooit een naam of een ziekte. Zet je later een bijgewerkt bestand in je agenda, dan worden de afspraken bijgewerkt in plaats van verdubbeld.", "The calendar file has one appointment per employee and step, also for deadlines that have passed. The title only names the employee number, never a name or an illness. If you later import an updated file, the appointments are updated instead of doubled."),
            FilterHeading => t(lang, "Laat alleen zien", "Show only"),
            FilterEmployee => t(lang, "Werknemer (personeelsnummer)", "Employee (id)"),
            FilterEmployeeHint => t(lang, "Leeg: alle werknemers.", "Empty: all employees."),
            FilterActor => t(lang, "Wie iets moet doen", "Who must act"),
            Everybody => t(lang, "iedereen", "everybody"),
            Caption => t(lang, "Volgende termijnen, de dringende eerst", "Next deadlines, the urgent ones first"),
            Nothing => t(lang, "Voor deze keuze zijn er geen termijnen.", "There are no deadlines for this choice."),
            Paging => t(lang, "Pagina's van de termijnen", "Pages of the deadlines"),
        }
    }
}

/// The columns of the table of next deadlines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeadlineColumn {
    Date,
    Employee,
    Step,
    Who,
    Status,
}

impl DeadlineColumn {
    pub const ALL: [DeadlineColumn; 5] = [
        DeadlineColumn::Date,
        DeadlineColumn::Employee,
        DeadlineColumn::Step,
        DeadlineColumn::Who,
        DeadlineColumn::Status,
    ];

    /// A stable code, used in the page's data attributes.
    pub fn code(self) -> &'static str {
        match self {
            DeadlineColumn::Date => "date",
            DeadlineColumn::Employee => "employee",
            DeadlineColumn::Step => "step",
            DeadlineColumn::Who => "who",
            DeadlineColumn::Status => "status",
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            DeadlineColumn::Date => t(lang, "Datum", "Date"),
            DeadlineColumn::Employee => BatchText::ColId.text(lang),
            DeadlineColumn::Step => t(lang, "Stap", "Step"),
            DeadlineColumn::Who => t(lang, "Wie", "Who"),
            DeadlineColumn::Status => t(lang, "Stand", "Status"),
        }
    }
}

/// The text of a cell of the table of next deadlines.
pub fn deadline_cell(d: &Deadline, column: DeadlineColumn, lang: Lang) -> String {
    let m = &d.milestone;
    match column {
        DeadlineColumn::Date => dates::short(m.date),
        DeadlineColumn::Employee => d.employee.clone(),
        DeadlineColumn::Step => {
            let title = milestone_title(m.id, lang);
            if m.uncertain {
                format!("{title} {}", BatchText::Uncertain.text(lang))
            } else {
                title
            }
        }
        DeadlineColumn::Who => actor_label(m.actor, lang).to_string(),
        DeadlineColumn::Status => status_badge(m.status, lang).to_string(),
    }
}

/// The label of an actor filter option.
pub fn actor_choice_label(c: ActorChoice, lang: Lang) -> &'static str {
    match c {
        ActorChoice::All => OverviewText::Everybody.text(lang),
        ActorChoice::Only(a) => actor_label(a, lang),
    }
}

/// "3 zieke werknemers. 5 termijnen zijn te laat of moeten binnen 14 dagen."
pub fn overview_summary(employees: usize, urgent: usize, lang: Lang) -> String {
    t(
        lang,
        format!(
            "{employees} {}. {urgent} {} te laat of {} binnen 14 dagen.",
            format::plural(employees, "zieke werknemer", "zieke werknemers"),
            format::plural(urgent, "termijn is", "termijnen zijn"),
            format::plural(urgent, "moet", "moeten"),
        ),
        format!(
            "{employees} sick {}. {urgent} {} overdue or due within 14 days.",
            format::plural(employees, "employee", "employees"),
            format::plural(urgent, "deadline is", "deadlines are"),
        ),
    )
}

/// Announced when the filters change: "12 termijnen gevonden."
pub fn overview_count(n: usize, lang: Lang) -> String {
    t(
        lang,
        format!(
            "{n} {} gevonden.",
            format::plural(n, "termijn", "termijnen")
        ),
        format!("{n} {} found.", format::plural(n, "deadline", "deadlines")),
    )
}

/// "Pagina 2 van 7 (termijnen 51 tot en met 100 van 340)".
pub fn deadline_page_status(span: &PageSpan, lang: Lang) -> String {
    let PageSpan {
        page,
        pages,
        first,
        last,
        total,
    } = *span;
    t(
        lang,
        format!("Pagina {page} van {pages} (termijnen {first} tot en met {last} van {total})"),
        format!("Page {page} of {pages} (deadlines {first} to {last} of {total})"),
    )
}

/// The employee filter names an id that is not in the overview.
pub fn unknown_employee(id: &str, lang: Lang) -> String {
    t(
        lang,
        format!("Er is geen zieke werknemer met personeelsnummer \"{id}\" in het bestand."),
        format!("There is no sick employee with id \"{id}\" in the file."),
    )
}

/// Ids that occur on more than one line.
pub fn repeated_ids(ids: &[String], lang: Lang) -> String {
    let list = ids.join(", ");
    t(
        lang,
        format!("Deze personeelsnummers staan op meer dan één regel: {list}. Elke regel krijgt eigen afspraken in de agenda; verander je de volgorde van die regels, dan kloppen de afspraken bij een nieuwe import niet meer."),
        format!("These ids appear on more than one line: {list}. Each line gets its own calendar appointments; if you change the order of those lines, a new import no longer matches them."),
    )
}

/// The name of the calendar download: the input's name with `-termijnen`/`-deadlines`.
pub fn calendar_file_name(input_name: &str, lang: Lang) -> String {
    let stem = file_stem(input_name);
    t(
        lang,
        format!("{stem}-termijnen.ics"),
        format!("{stem}-deadlines.ics"),
    )
}

/// The name of the CSV of all deadlines.
pub fn deadlines_file_name(input_name: &str, lang: Lang) -> String {
    let stem = file_stem(input_name);
    t(
        lang,
        format!("{stem}-termijnen.csv"),
        format!("{stem}-deadlines.csv"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_names_and_file_names() {
        assert_eq!(
            overview_summary(3, 1, Lang::Nl),
            "3 zieke werknemers. 1 termijn is te laat of moet binnen 14 dagen."
        );
        assert_eq!(
            overview_summary(1, 2, Lang::En),
            "1 sick employee. 2 deadlines are overdue or due within 14 days."
        );
        assert_eq!(overview_count(1, Lang::Nl), "1 termijn gevonden.");
        assert_eq!(
            calendar_file_name("ziek.csv", Lang::Nl),
            "ziek-termijnen.ics"
        );
        assert_eq!(
            deadlines_file_name("sick.csv", Lang::En),
            "sick-deadlines.csv"
        );
        assert_eq!(actor_choice_label(ActorChoice::All, Lang::Nl), "iedereen");
        let span = PageSpan::new(340, 2, 50);
        assert_eq!(
            deadline_page_status(&span, Lang::Nl),
            "Pagina 2 van 7 (termijnen 51 tot en met 100 van 340)"
        );
    }
}
