//! CSV batch for the transitievergoeding: one row per employee, used by the command line
//! (`spoorwijzer transitievergoeding --csv`) and the browser's employer batch page.
//!
//! A pure function from CSV text to CSV text plus per-row results ([`run_csv`]):
//! - the header names are the JSON input keys, plus `id`; Dutch aliases are accepted
//!   ([`ALIASES`]); unknown columns are copied to the output untouched;
//! - code values (a termination, the employer's size, yes/no, a language) may be written
//!   as their Dutch aliases, in any case ([`values`]);
//! - a row's error names the column as the file wrote it (`reden: …`, not
//!   `termination: …`);
//! - the file's language follows its column names ([`BatchRun::file_lang`]): a Dutch file
//!   gets `ja`/`nee` in its yes/no result columns;
//! - the delimiter is `,` or `;`, detected from the header line; a UTF-8 BOM is skipped;
//! - numbers are read as people type them: a Dutch decimal comma (`3250,50`,
//!   `3.250,50`; quoted in a comma-separated file) and a dot before exactly three digits
//!   as a thousands separator (`3.250` = 3250), see [`Decimal::parse_user`];
//! - `earlier_contracts` is written `FROM..UNTIL|FROM..UNTIL`;
//! - the output keeps the input's delimiter and columns, then adds the result columns and
//!   an `error` column. With `;` amounts are written as Dutch spreadsheets expect
//!   (`1.234,56`), with `,` with a decimal point (`1234.56`);
//! - a bad row gets its message in `error` and empty result cells; it never stops the
//!   batch;
//! - every output cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return
//!   gets a leading `'`, so a spreadsheet does not run it as a formula.

pub mod values;

use std::collections::BTreeSet;

use chrono::NaiveDate;
use serde_json::{Map, Value};

use crate::dates::{iso, parse_user, DateError};
use crate::lang::Lang;
use crate::money::{Cents, Decimal};
use crate::poortwachter::{
    timeline, Milestone, MilestoneId, SickPeriod, Status, TimelineError, TimelineInput,
};
use crate::transitievergoeding::json::{input_from_map, lang_from};
use crate::transitievergoeding::{calculate, TvError, TvResult};
use values::{code_for, yes_no, ValueKind};

/// Dutch and alternative column names, mapped to the JSON input keys.
pub const ALIASES: &[(&str, &str)] = &[
    ("begindatum", "start_date"),
    ("start", "start_date"),
    ("datum_in_dienst", "start_date"),
    ("in_dienst", "start_date"),
    ("einddatum", "end_date"),
    ("einde", "end_date"),
    ("end", "end_date"),
    ("datum_uit_dienst", "end_date"),
    ("uit_dienst", "end_date"),
    ("loon", "base_monthly_wage"),
    ("maandloon", "base_monthly_wage"),
    ("brutoloon", "base_monthly_wage"),
    ("bruto_maandloon", "base_monthly_wage"),
    ("uurloon", "hourly_wage"),
    ("uren", "hours_per_week"),
    ("uren_per_week", "hours_per_week"),
    ("uren_per_maand", "average_hours_per_month"),
    ("gemiddelde_uren_per_maand", "average_hours_per_month"),
    ("vakantiegeld", "holiday_allowance_pct"),
    ("vakantiegeld_pct", "holiday_allowance_pct"),
    ("vast_jaar", "fixed_yearly_extras"),
    ("vaste_extras", "fixed_yearly_extras"),
    ("dertiende_maand", "fixed_yearly_extras"),
    ("vast_12m", "fixed_components_last_12_months"),
    ("variabel_3j", "variable_components_last_3_years"),
    ("reden", "termination"),
    ("ontslagreden", "termination"),
    ("kosten", "deductible_costs"),
    ("aftrekbare_kosten", "deductible_costs"),
    ("eerdere_contracten", "earlier_contracts"),
    ("eerste_ziektedag", "first_sick_day"),
    ("loon_tijdens_ziekte", "wage_paid_during_illness"),
    ("betaaldatum", "payment_date"),
    ("deel_uren", "partial_dismissal_fraction"),
    ("loon_in_restperiode", "wage_earned_in_remainder"),
    ("aanbod_gelijk_of_beter", "renewal_offer_equal_or_better"),
    (
        "vervolgcontract_binnen_6_maanden",
        "follow_up_contract_within_6_months",
    ),
    ("werkgever_grootte", "employer_size"),
    ("grootte_werkgever", "employer_size"),
    ("taal", "lang"),
    ("nummer", "id"),
    ("personeelsnummer", "id"),
];

/// The input keys a CSV column may carry (besides `id`).
pub const INPUT_KEYS: &[&str] = &[
    "start_date",
    "end_date",
    "base_monthly_wage",
    "hourly_wage",
    "hours_per_week",
    "average_hours_per_month",
    "holiday_allowance_pct",
    "fixed_yearly_extras",
    "fixed_components_last_12_months",
    "variable_components_last_3_years",
    "termination",
    "deductible_costs",
    "earlier_contracts",
    "first_sick_day",
    "wage_paid_during_illness",
    "payment_date",
    "wage_earned_in_remainder",
    "partial_dismissal_fraction",
    "renewal_offer_equal_or_better",
    "follow_up_contract_within_6_months",
    "employer_size",
    "lang",
];

/// The columns added to the output, in order.
pub const RESULT_COLUMNS: &[&str] = &[
    "due",
    "reason_code",
    "monthly_wage",
    "years",
    "months",
    "days",
    "amount_official",
    "cap",
    "capped",
    "amount",
    "payable",
    "claim_deadline",
    "xella_amount",
    "compensation",
    "compensation_status",
    "uncertain",
    "error",
];

/// A header cell as it is matched: trimmed, lower case, spaces and dashes as `_`.
fn normalize_header(header: &str) -> String {
    header
        .trim()
        .trim_start_matches('\u{feff}')
        .to_lowercase()
        .chars()
        .map(|c| if c == ' ' || c == '-' { '_' } else { c })
        .collect()
}

/// The canonical key for a header cell, or `None` for an unknown column.
pub fn canonical_key(header: &str) -> Option<&'static str> {
    let h = normalize_header(header);
    if h == "id" {
        return Some("id");
    }
    if let Some(k) = INPUT_KEYS.iter().chain(STATUS_KEYS).find(|k| **k == h) {
        return Some(k);
    }
    ALIASES
        .iter()
        .chain(STATUS_ALIASES)
        .find(|(a, _)| *a == h)
        .map(|(_, k)| *k)
}

/// One row's outcome.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowResult {
    /// The `id` cell, or the 1-based data row number when there is no `id` column.
    pub id: String,
    /// The language used for the row's texts.
    pub lang: Lang,
    pub result: Result<TvResult, TvError>,
}

/// The Dutch name of a column: its first Dutch alias (`einddatum` for `end_date`).
pub fn dutch_name(key: &str) -> Option<&'static str> {
    ALIASES
        .iter()
        .chain(STATUS_ALIASES)
        .find(|(_, k)| *k == key)
        .map(|(a, _)| *a)
}

/// Column names that count for neither language when the file's language is decided.
const NEUTRAL_HEADERS: &[&str] = &["id", "start", "end"];

/// The language of a file: Dutch when more of its known column names are Dutch aliases
/// than command-line keys, English when fewer; on a tie, `;` (what Dutch spreadsheets
/// write) makes it Dutch.
pub fn file_lang(headers: &[String], delimiter: u8) -> Lang {
    let (mut nl, mut en) = (0usize, 0usize);
    for h in headers.iter().map(|h| normalize_header(h)) {
        if NEUTRAL_HEADERS.contains(&h.as_str()) {
            continue;
        }
        if ALIASES.iter().chain(STATUS_ALIASES).any(|(a, _)| *a == h) {
            nl += 1;
        } else if INPUT_KEYS.iter().chain(STATUS_KEYS).any(|k| *k == h) {
            en += 1;
        }
    }
    match nl.cmp(&en) {
        std::cmp::Ordering::Greater => Lang::Nl,
        std::cmp::Ordering::Less => Lang::En,
        std::cmp::Ordering::Equal if delimiter == b';' => Lang::Nl,
        std::cmp::Ordering::Equal => Lang::En,
    }
}

/// The columns of a file as it wrote them, to name a column in an error the way the file
/// does.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Columns {
    /// Canonical key and the header as written, in file order.
    written: Vec<(&'static str, String)>,
    /// A Dutch file: a missing column is named by its Dutch name.
    dutch: bool,
}

impl Columns {
    fn new(headers: &[String], keys: &[Option<&'static str>], lang: Lang) -> Columns {
        let mut written: Vec<(&'static str, String)> = Vec::new();
        for (h, k) in headers.iter().zip(keys) {
            if let Some(k) = k {
                if !written.iter().any(|(w, _)| w == k) {
                    written.push((k, h.trim().trim_start_matches('\u{feff}').to_string()));
                }
            }
        }
        Columns {
            written,
            dutch: lang == Lang::Nl,
        }
    }

    /// The name of the column a problem is about: the header as the file wrote it; for a
    /// column the file does not have, the key (its Dutch name in a Dutch file). An indexed
    /// field keeps its index: `eerdere_contracten[1]`.
    pub fn name_of(&self, field: &str) -> String {
        let (base, rest) = match field.find('[') {
            Some(i) => field.split_at(i),
            None => (field, ""),
        };
        if let Some((_, w)) = self.written.iter().find(|(k, _)| *k == base) {
            return format!("{w}{rest}");
        }
        match dutch_name(base).filter(|_| self.dutch) {
            Some(nl) => format!("{nl}{rest}"),
            None => field.to_string(),
        }
    }

    /// The header of the `id` column as written, if the file has one.
    pub fn id(&self) -> Option<&str> {
        self.written
            .iter()
            .find(|(k, _)| *k == "id")
            .map(|(_, w)| w.as_str())
    }
}

/// The whole batch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BatchOutput {
    pub csv: String,
    pub delimiter: u8,
    pub rows: Vec<RowResult>,
}

/// A problem with the file as a whole (a bad row is never one).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BatchError {
    /// No header line.
    Empty,
    /// The CSV could not be read or written.
    Csv(String),
    /// The header has no transitievergoeding column and no `first_sick_day`: probably
    /// another file.
    NoKnownColumns,
}

/// `;` when the header line has more semicolons than commas (outside quotes), else `,`.
pub fn detect_delimiter(text: &str) -> u8 {
    let first = text.lines().next().unwrap_or("");
    let (mut commas, mut semis, mut quoted) = (0usize, 0usize, false);
    for c in first.chars() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => commas += 1,
            ';' if !quoted => semis += 1,
            _ => {}
        }
    }
    if semis > commas {
        b';'
    } else {
        b','
    }
}

/// Escape a cell against spreadsheet formula injection.
pub fn escape_cell(s: &str) -> String {
    match s.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{s}"),
        _ => s.to_string(),
    }
}

fn amount_cell(c: Cents, delimiter: u8) -> String {
    if delimiter == b';' {
        c.to_plain_nl()
    } else {
        c.to_plain()
    }
}

fn result_cells(r: &TvResult, delimiter: u8, file_lang: Lang) -> Vec<String> {
    let a = |c: Cents| amount_cell(c, delimiter);
    let yn = |b: bool| yes_no(b, file_lang == Lang::Nl).to_string();
    vec![
        yn(r.due),
        r.reason.code().to_string(),
        a(r.monthly_wage),
        r.years.to_string(),
        r.months.to_string(),
        r.days.to_string(),
        a(r.amount_uncapped),
        a(r.cap),
        yn(r.capped),
        a(r.amount),
        a(r.payable),
        iso(r.claim_deadline),
        r.xella_amount.map(a).unwrap_or_default(),
        r.compensation
            .and_then(|c| c.amounts)
            .map(|c| a(c.amount))
            .unwrap_or_default(),
        r.compensation
            .map(|c| c.status.code().to_string())
            .unwrap_or_default(),
        r.uncertain
            .iter()
            .map(|u| u.code())
            .collect::<Vec<_>>()
            .join("|"),
    ]
}

/// A cell as the engine reads it. Numbers are read as a person types them
/// ([`Decimal::parse_user`]): `3.250` is 3250 and `3250,50` is 3250.50. Code values may be
/// Dutch aliases in any case ([`values::code_for`]). What cannot be read is passed on as
/// typed, so the row's error names the field.
fn input_cell(key: &str, cell: &str) -> String {
    if let Some(kind) = ValueKind::of_key(key) {
        return code_for(kind, cell).unwrap_or(cell).to_string();
    }
    if NUMBER_KEYS.contains(&key) {
        if let Ok(d) = Decimal::parse_user(cell) {
            return d.to_plain();
        }
    }
    cell.to_string()
}

const NUMBER_KEYS: &[&str] = &[
    "base_monthly_wage",
    "hourly_wage",
    "hours_per_week",
    "average_hours_per_month",
    "holiday_allowance_pct",
    "fixed_yearly_extras",
    "fixed_components_last_12_months",
    "variable_components_last_3_years",
    "deductible_costs",
    "wage_paid_during_illness",
    "wage_earned_in_remainder",
    "partial_dismissal_fraction",
];

/// Columns of the browser batch that are not transitievergoeding inputs: the end of the
/// illness and the Poortwachter steps already done (ids separated by `|`).
pub const STATUS_KEYS: &[&str] = &["last_sick_day", "done"];

/// Dutch aliases of [`STATUS_KEYS`].
pub const STATUS_ALIASES: &[(&str, &str)] = &[
    ("laatste_ziektedag", "last_sick_day"),
    ("hersteld_na", "last_sick_day"),
    ("gedaan", "done"),
    ("afgerond", "done"),
];

/// The Poortwachter columns added to the output (before `error`) when a `today` is given
/// and the file has a `first_sick_day` column.
pub const STATUS_COLUMNS: &[&str] = &[
    "sick_week",
    "next_deadline",
    "next_deadline_date",
    "overdue",
];

/// The columns that ask for a transitievergoeding. A row with none of them filled in but
/// with a `first_sick_day` only asks for the Poortwachter status.
const TV_KEYS: &[&str] = &[
    "start_date",
    "end_date",
    "base_monthly_wage",
    "hourly_wage",
    "hours_per_week",
    "average_hours_per_month",
];

/// The Poortwachter status of one employee on `today`, from `first_sick_day` and
/// `last_sick_day` (one sick period) through [`crate::poortwachter::timeline`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PwStatus {
    /// The sick week of the counted period on `today` (0 before the first sick day).
    pub sick_week: u32,
    /// The employee recovered (a `last_sick_day` was given).
    pub recovered: bool,
    /// The first step dated today or later that still applies (any kind: a deadline
    /// somebody must meet, or a moment such as the end of the loondoorbetaling).
    pub next: Option<(MilestoneId, NaiveDate)>,
    /// The next step's date rests on an uncertain reading (see the calendar page).
    pub next_uncertain: bool,
    /// Deadlines before `today` that are not listed in `done`. Without a `done` cell every
    /// passed deadline is listed: the file cannot tell us it was met.
    pub overdue: Vec<MilestoneId>,
    /// Every step of the calendar with its status (`done` for the steps in `done`): the
    /// overview of all employees' deadlines reads them.
    pub milestones: Vec<Milestone>,
}

/// The Poortwachter columns of a batch row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PwField {
    FirstSickDay,
    LastSickDay,
    Done,
}

impl PwField {
    pub fn key(self) -> &'static str {
        match self {
            PwField::FirstSickDay => "first_sick_day",
            PwField::LastSickDay => "last_sick_day",
            PwField::Done => "done",
        }
    }
}

/// What is wrong with the Poortwachter columns of a row. Its words:
/// `crate::text::batch::pw_error_message`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PwError {
    /// A date that cannot be read or lies outside 1950..2099.
    Date(PwField, DateError),
    /// `last_sick_day` without `first_sick_day`.
    LastWithoutFirst,
    /// `last_sick_day` before `first_sick_day`.
    LastBeforeFirst,
    /// `first_sick_day` after today: probably a typing error.
    FirstAfterToday,
    /// A `done` entry that is not a milestone id.
    UnknownDone(String),
    /// The calendar itself refused (dates beyond 2099 while counting).
    Timeline(TimelineError),
}

impl PwError {
    pub fn field(&self) -> PwField {
        match self {
            PwError::Date(f, _) => *f,
            PwError::LastWithoutFirst => PwField::FirstSickDay,
            PwError::LastBeforeFirst => PwField::LastSickDay,
            PwError::FirstAfterToday => PwField::FirstSickDay,
            PwError::UnknownDone(_) => PwField::Done,
            PwError::Timeline(_) => PwField::FirstSickDay,
        }
    }
}

/// What is wrong with a row, before it is put into words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowProblem {
    /// The CSV reader could not read the row; its own explanation.
    Unreadable(String),
    /// The transitievergoeding columns.
    Tv(TvError),
    /// The Poortwachter columns.
    Pw(PwError),
}

/// How a row's problem reads in a language: `crate::text::batch::row_problem`. The words
/// live above this module, so the caller hands them in; the run puts them in the file's
/// `error` column and in [`RowError::message`].
pub type ProblemWords = fn(&RowProblem, Lang) -> String;

/// The error shown for a row: the line in the file, the column as the file wrote it and
/// the message in the row's language (which starts with that column name, as the command
/// line's messages start with the key).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    pub line: u64,
    /// The column as the file wrote it (`reden`), or the key for a column it lacks.
    pub field: String,
    /// The canonical key (`termination`).
    pub key: String,
    pub message: String,
}

/// One data row of [`run_batch`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BatchRow {
    /// The line of the file the row starts on (the header is line 1).
    pub line: u64,
    /// The `id` cell, or the 1-based data row number when it is empty or missing.
    pub id: String,
    /// The language of the row's texts (`lang` column, else the batch language).
    pub lang: Lang,
    /// The transitievergoeding; `None` when the row only asks for the Poortwachter status.
    pub tv: Option<Result<TvResult, TvError>>,
    /// The Poortwachter status; `None` without `first_sick_day` (or without `today`).
    pub pw: Option<Result<PwStatus, PwError>>,
    /// The CSV reader could not read the row (then `tv` and `pw` are `None`).
    pub unreadable: Option<String>,
    /// The row's first problem in words, set by the run ([`BatchRow::error`]).
    error: Option<RowError>,
}

impl BatchRow {
    /// The first problem of the row, if any: unreadable, then the transitievergoeding,
    /// then the Poortwachter columns.
    pub fn problem(&self) -> Option<(String, RowProblem)> {
        if let Some(msg) = &self.unreadable {
            return Some(("input".into(), RowProblem::Unreadable(msg.clone())));
        }
        if let Some(Err(e)) = &self.tv {
            return Some((e.field.key(), RowProblem::Tv(*e)));
        }
        if let Some(Err(e)) = &self.pw {
            return Some((e.field().key().to_string(), RowProblem::Pw(e.clone())));
        }
        None
    }

    /// The first problem of the row with its message, if any.
    pub fn error(&self) -> Option<RowError> {
        self.error.clone()
    }

    fn put_into_words(mut self, words: ProblemWords, columns: &Columns) -> BatchRow {
        self.error = self.problem().map(|(key, p)| {
            let message = words(&p, self.lang);
            let field = columns.name_of(&key);
            let message = match message.strip_prefix(&format!("{key}: ")) {
                Some(what) => format!("{field}: {what}"),
                None => message,
            };
            RowError {
                line: self.line,
                field,
                key,
                message,
            }
        });
        self
    }
}

/// The outcome of [`run_batch`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BatchRun {
    /// The output CSV, without a BOM (see [`BatchRun::csv_with_bom`]).
    pub csv: String,
    pub delimiter: u8,
    pub rows: Vec<BatchRow>,
    /// The Poortwachter columns were computed (a `today` and a `first_sick_day` column).
    pub with_status: bool,
    /// The file's language, from its column names ([`file_lang`]).
    pub file_lang: Lang,
    /// The file's columns as written ([`Columns::id`]: the `id` column, if any).
    pub columns: Columns,
}

impl BatchRun {
    /// The output with a UTF-8 byte order mark, so that Excel reads it as UTF-8.
    pub fn csv_with_bom(&self) -> String {
        format!("\u{feff}{}", self.csv)
    }
}

/// Read `done`: milestone ids separated by `|` (or `,` inside a quoted cell).
fn parse_done(cell: &str) -> Result<BTreeSet<String>, PwError> {
    let mut out = BTreeSet::new();
    for part in cell
        .split(['|', ','])
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        let id = part.to_ascii_lowercase();
        if MilestoneId::parse(&id).is_none() {
            return Err(PwError::UnknownDone(part.to_string()));
        }
        out.insert(id);
    }
    Ok(out)
}

fn opt_cell<'a>(obj: &'a Map<String, Value>, key: &str) -> Option<&'a str> {
    obj.get(key)
        .and_then(|v| v.as_str())
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// The Poortwachter status of a row, or `None` when it has no first or last sick day.
fn pw_status(obj: &Map<String, Value>, today: NaiveDate) -> Option<Result<PwStatus, PwError>> {
    let first = opt_cell(obj, "first_sick_day");
    let last = opt_cell(obj, "last_sick_day");
    if first.is_none() && last.is_none() {
        return None;
    }
    Some(pw_status_inner(first, last, opt_cell(obj, "done"), today))
}

fn pw_status_inner(
    first: Option<&str>,
    last: Option<&str>,
    done: Option<&str>,
    today: NaiveDate,
) -> Result<PwStatus, PwError> {
    let first = first.ok_or(PwError::LastWithoutFirst)?;
    let from = parse_user(first).map_err(|e| PwError::Date(PwField::FirstSickDay, e))?;
    let until = last
        .map(|s| parse_user(s).map_err(|e| PwError::Date(PwField::LastSickDay, e)))
        .transpose()?;
    if until.is_some_and(|u| u < from) {
        return Err(PwError::LastBeforeFirst);
    }
    if from > today {
        return Err(PwError::FirstAfterToday);
    }
    let done = parse_done(done.unwrap_or(""))?;
    let input = TimelineInput {
        sick_periods: vec![SickPeriod { from, until }],
        today: Some(today),
        // Always `Some`: a deadline before today that is not listed as done is overdue.
        done: Some(done),
        ..TimelineInput::default()
    };
    let t = timeline(&input).map_err(PwError::Timeline)?;
    let next = t
        .milestones
        .iter()
        .find(|m| matches!(m.status, Status::DueSoon | Status::Future));
    Ok(PwStatus {
        sick_week: t.sick_days_counted.div_ceil(7),
        recovered: t.recovered_after.is_some(),
        next: next.map(|m| (m.id, m.date)),
        next_uncertain: next.is_some_and(|m| m.uncertain),
        overdue: t
            .milestones
            .iter()
            .filter(|m| m.status == Status::Overdue)
            .map(|m| m.id)
            .collect(),
        milestones: t.milestones,
    })
}

fn status_cells(s: &PwStatus) -> Vec<String> {
    vec![
        s.sick_week.to_string(),
        s.next.map(|(id, _)| id.code()).unwrap_or_default(),
        s.next.map(|(_, d)| iso(d)).unwrap_or_default(),
        s.overdue
            .iter()
            .map(|m| m.code())
            .collect::<Vec<_>>()
            .join("|"),
    ]
}

/// Line numbers from byte offsets, counted incrementally (records come in file order).
/// The CSV reader's own line count skips blank lines, so we count `\n` ourselves.
struct LineCounter<'a> {
    text: &'a str,
    byte: usize,
    line: u64,
}

impl<'a> LineCounter<'a> {
    fn new(text: &'a str) -> Self {
        LineCounter {
            text,
            byte: 0,
            line: 1,
        }
    }

    /// The 1-based line on which byte `at` lies.
    fn line_at(&mut self, at: u64) -> u64 {
        let mut at = usize::try_from(at)
            .unwrap_or(usize::MAX)
            .min(self.text.len());
        // The reader reports where it started reading, before any blank lines it skipped.
        while matches!(self.text.as_bytes().get(at), Some(b'\n' | b'\r')) {
            at += 1;
        }
        if at < self.byte {
            self.byte = 0;
            self.line = 1;
        }
        let seen = self
            .text
            .as_bytes()
            .get(self.byte..at)
            .map(|b| b.iter().filter(|c| **c == b'\n').count())
            .unwrap_or(0);
        self.line += seen as u64;
        self.byte = at;
        self.line
    }
}

fn empty_cells(n: usize) -> impl Iterator<Item = String> {
    std::iter::repeat_n(String::new(), n)
}

/// Run a CSV batch for the command line: the transitievergoeding per row, without the
/// Poortwachter status (there is no `today`). `lang` is the default language for texts
/// and errors; a `lang` column overrides it per row. `words` writes a row's problem.
pub fn run_csv(text: &str, lang: Lang, words: ProblemWords) -> Result<BatchOutput, BatchError> {
    let run = run_batch(text, lang, None, words)?;
    let rows = run
        .rows
        .into_iter()
        .map(|r| RowResult {
            id: r.id,
            lang: r.lang,
            result: r.tv.unwrap_or(Err(TvError::new(
                crate::transitievergoeding::Field::Input,
                crate::transitievergoeding::ErrorKind::InvalidJson,
            ))),
        })
        .collect();
    Ok(BatchOutput {
        csv: run.csv,
        delimiter: run.delimiter,
        rows,
    })
}

/// Run a CSV batch: the transitievergoeding per row and, with `today` and a
/// `first_sick_day` column, the Poortwachter status per row.
///
/// Without `today` every row asks for the transitievergoeding (as the command line does).
/// With `today`, a row whose transitievergoeding columns are all empty but that has a
/// `first_sick_day` only gets its Poortwachter status. `words` writes a row's problem
/// (`crate::text::batch::row_problem`).
pub fn run_batch(
    text: &str,
    lang: Lang,
    today: Option<NaiveDate>,
    words: ProblemWords,
) -> Result<BatchRun, BatchError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(BatchError::Empty);
    }
    let delimiter = detect_delimiter(text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut records = reader.records();
    let header = match records.next() {
        Some(Ok(h)) => h,
        Some(Err(e)) => return Err(BatchError::Csv(e.to_string())),
        None => return Err(BatchError::Empty),
    };
    let headers: Vec<String> = header.iter().map(|h| h.to_string()).collect();
    let keys: Vec<Option<&'static str>> = headers.iter().map(|h| canonical_key(h)).collect();
    let lang_of_file = file_lang(&headers, delimiter);
    let columns = Columns::new(&headers, &keys, lang_of_file);
    let has = |k: &str| keys.contains(&Some(k));
    if !TV_KEYS.iter().any(|k| has(k)) && !has("first_sick_day") {
        return Err(BatchError::NoKnownColumns);
    }
    let with_status = today.is_some() && has("first_sick_day");

    let mut writer = csv::WriterBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_writer(Vec::new());
    let (tv_columns, error_column) = RESULT_COLUMNS.split_at(RESULT_COLUMNS.len() - 1);
    let mut out_header: Vec<String> = headers.iter().map(|h| escape_cell(h)).collect();
    out_header.extend(tv_columns.iter().map(|c| c.to_string()));
    if with_status {
        out_header.extend(STATUS_COLUMNS.iter().map(|c| c.to_string()));
    }
    out_header.extend(error_column.iter().map(|c| c.to_string()));
    writer
        .write_record(&out_header)
        .map_err(|e| BatchError::Csv(e.to_string()))?;

    let mut rows = Vec::new();
    let mut n = 0usize;
    let mut lines = LineCounter::new(text);
    for rec in records {
        let mut cells: Vec<String> = Vec::new();
        let row = match rec {
            Err(e) => {
                n += 1;
                BatchRow {
                    line: e.position().map(|p| lines.line_at(p.byte())).unwrap_or(0),
                    id: n.to_string(),
                    lang,
                    tv: None,
                    pw: None,
                    unreadable: Some(e.to_string()),
                    error: None,
                }
            }
            Ok(rec) => {
                if rec.iter().all(|c| c.trim().is_empty()) {
                    continue;
                }
                n += 1;
                cells = rec.iter().map(|c| c.to_string()).collect();
                let mut obj = Map::new();
                for (i, cell) in rec.iter().enumerate() {
                    if let Some(Some(k)) = keys.get(i) {
                        obj.insert((*k).to_string(), Value::String(input_cell(k, cell)));
                    }
                }
                // A `lang` cell overrides the batch language; `lang_from` alone would
                // fall back to Dutch when the cell is empty.
                let row_lang = match opt_cell(&obj, "lang") {
                    Some(_) => lang_from(&obj).unwrap_or(lang),
                    None => lang,
                };
                let id = opt_cell(&obj, "id")
                    .map(|s| s.to_string())
                    .unwrap_or_else(|| n.to_string());
                let pw = match (today, with_status) {
                    (Some(t), true) => pw_status(&obj, t),
                    _ => None,
                };
                let asks_tv = today.is_none()
                    || pw.is_none()
                    || TV_KEYS.iter().any(|k| opt_cell(&obj, k).is_some());
                let tv = asks_tv.then(|| {
                    lang_from(&obj)
                        .and_then(|_| input_from_map(&obj))
                        .and_then(|i| calculate(&i))
                });
                BatchRow {
                    line: rec.position().map(|p| lines.line_at(p.byte())).unwrap_or(0),
                    id,
                    lang: row_lang,
                    tv,
                    pw,
                    unreadable: None,
                    error: None,
                }
            }
        }
        .put_into_words(words, &columns);
        while cells.len() < headers.len() {
            cells.push(String::new());
        }
        let mut out: Vec<String> = cells.iter().map(|c| escape_cell(c)).collect();
        match &row.tv {
            Some(Ok(r)) => out.extend(result_cells(r, delimiter, lang_of_file)),
            Some(Err(_)) | None => out.extend(empty_cells(tv_columns.len())),
        }
        if with_status {
            match &row.pw {
                Some(Ok(s)) => out.extend(status_cells(s)),
                Some(Err(_)) | None => out.extend(empty_cells(STATUS_COLUMNS.len())),
            }
        }
        out.push(
            row.error()
                .map(|e| escape_cell(&e.message))
                .unwrap_or_default(),
        );
        writer
            .write_record(&out)
            .map_err(|e| BatchError::Csv(e.to_string()))?;
        rows.push(row);
    }
    let bytes = writer
        .into_inner()
        .map_err(|e| BatchError::Csv(e.to_string()))?;
    let csv = String::from_utf8(bytes).map_err(|e| BatchError::Csv(e.to_string()))?;
    Ok(BatchRun {
        csv,
        delimiter,
        rows,
        with_status,
        file_lang: lang_of_file,
        columns,
    })
}

#[cfg(test)]
mod tests;
