//! The answers file ("Download mijn antwoorden" / "Verder met een bestand"), the browser
//! memory and share links all use this one versioned format (docs/export-format.md).
//!
//! Version 3 (current):
//! ```json
//! {"schema": "spoorwijzer-antwoorden", "version": 3, "app_version": "0.1.0",
//!  "created": "2026-11-22", "answers": {"rol": "werknemer"}}
//! ```
//! - `answers`: the flow's export map (question id → value, `crate::flow::answers`).
//!
//! Version 2 (older files): the same envelope, with an optional `calculators` part (per
//! tool, the tool's fragment parameters as strings). The app no longer needs it: the
//! calculators are pre-filled from the answers. It is accepted and ignored
//! ([`migrate_v2_to_v3`]).
//!
//! Version 1 (older files): the version 2 envelope without `calculators`, and with the
//! date under the key `datum` (or missing). It is migrated by [`migrate_v1_to_v2`].
//!
//! Version 0: a bare answers object without envelope (the flow's `export_json`). It is
//! read when the object has no `schema` key but at least one known question id.
//!
//! The importer is lenient: what can be read is kept, and every part that cannot be read
//! is listed ([`FileProblem`]). Only when nothing can be read at all does it return a
//! [`FileError`]. Messages: `crate::text::keep`.

use chrono::NaiveDate;
use serde::Serialize;
use serde_json::{Map, Value};

use crate::dates;
use crate::flow::answers::{self, AnswerError, Answers, ImportProblem};
use crate::flow::QuestionId;

/// The value of `schema`.
pub const SCHEMA: &str = "spoorwijzer-antwoorden";
/// The version this build writes.
pub const CURRENT_VERSION: u64 = 3;
/// The version of the app that wrote the file (the workspace version).
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");
/// Larger files are refused unread: a real answers file is a few kilobytes.
pub const MAX_FILE_BYTES: usize = 256 * 1024;
/// Longest key or value echoed back in a message.
const ECHO_CHARS: usize = 40;

/// What kind of JSON value was found where an object was expected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum JsonKind {
    Array,
    String,
    Number,
    Bool,
    Null,
}

fn kind_of(v: &Value) -> Option<JsonKind> {
    match v {
        Value::Array(_) => Some(JsonKind::Array),
        Value::String(_) => Some(JsonKind::String),
        Value::Number(_) => Some(JsonKind::Number),
        Value::Bool(_) => Some(JsonKind::Bool),
        Value::Null => Some(JsonKind::Null),
        Value::Object(_) => None,
    }
}

/// Why a file could not be read at all. Nothing is imported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum FileError {
    /// The file is empty (or only spaces).
    Empty,
    /// Larger than [`MAX_FILE_BYTES`].
    TooLarge { bytes: usize },
    /// Not JSON: the first problem is at this line and column (1-based).
    NotJson { line: usize, column: usize },
    /// JSON, but not an object.
    NotAnObject { found: JsonKind },
    /// An object without `schema` and without any known question id.
    NotSpoorwijzer,
    /// Another program's file (the `schema` value, shortened).
    UnknownSchema { schema: String },
    /// `version` is missing.
    MissingVersion,
    /// `version` is not a whole number of at least 1.
    BadVersion,
    /// Written by a newer Spoorwijzer than this one.
    FutureVersion { version: u64 },
    /// No `answers` in the file.
    AnswersMissing,
    /// `answers` is there but is not an object.
    AnswersNotObject { found: JsonKind },
}

/// A part of the file that could not be read; the rest was kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum FileProblem {
    /// A key under `answers` that is not a question.
    UnknownQuestion { key: String },
    /// An answer that does not fit its question.
    BadValue { key: String, error: AnswerError },
    /// `created` (or v1 `datum`) is not a date.
    BadCreated,
    /// `app_version` is not a short text.
    BadAppVersion,
    /// A top-level key this version does not know.
    UnknownField { key: String },
}

/// What an import read.
#[derive(Debug, Clone, PartialEq)]
pub struct FileReport {
    pub answers: Answers,
    /// The version found in the file (0 for a bare answers object).
    pub version: u64,
    /// The file was older and was migrated to the current version.
    pub migrated: bool,
    pub created: Option<NaiveDate>,
    pub app_version: Option<String>,
    /// Everything that could not be read, in file order.
    pub problems: Vec<FileProblem>,
}

impl FileReport {
    /// Nothing was lost.
    pub fn complete(&self) -> bool {
        self.problems.is_empty()
    }
}

/// Shorten a key or value for a message (by characters, never splitting one).
pub fn echo(s: &str) -> String {
    let mut out: String = s.chars().take(ECHO_CHARS).collect();
    if s.chars().count() > ECHO_CHARS {
        out.push('…');
    }
    out
}

/// The export object (the current version).
pub fn to_value(answers: &Answers, today: NaiveDate) -> Value {
    let mut m = Map::new();
    m.insert("schema".into(), Value::String(SCHEMA.into()));
    m.insert("version".into(), Value::Number(CURRENT_VERSION.into()));
    m.insert("app_version".into(), Value::String(APP_VERSION.into()));
    m.insert("created".into(), Value::String(dates::iso(today)));
    m.insert("answers".into(), answers::to_json(answers));
    Value::Object(m)
}

/// The file's text (pretty JSON), as downloaded and as kept in browser memory.
pub fn export(answers: &Answers, today: NaiveDate) -> String {
    serde_json::to_string_pretty(&to_value(answers, today)).unwrap_or_else(|_| "{}".into())
}

/// The same, on one line (for share links).
pub fn export_compact(answers: &Answers, today: NaiveDate) -> String {
    serde_json::to_string(&to_value(answers, today)).unwrap_or_else(|_| "{}".into())
}

/// The file name offered for a download: `spoorwijzer-antwoorden-2026-11-22.json`.
pub fn file_name(today: NaiveDate) -> String {
    format!("spoorwijzer-antwoorden-{}.json", dates::iso(today))
}

/// Version 1 → version 2: `datum` becomes `created`; nothing else changes (version 2
/// only adds the optional `calculators`). A v1 `created` key, if a file has one, wins.
pub fn migrate_v1_to_v2(mut obj: Map<String, Value>) -> Map<String, Value> {
    if let Some(d) = obj.remove("datum") {
        obj.entry("created".to_string()).or_insert(d);
    }
    obj.insert("version".into(), Value::Number(2u64.into()));
    obj
}

/// Version 2 → version 3: the optional `calculators` part is dropped, whatever it holds
/// (the calculators are pre-filled from the answers); nothing else changes.
pub fn migrate_v2_to_v3(mut obj: Map<String, Value>) -> Map<String, Value> {
    obj.remove("calculators");
    obj.insert("version".into(), Value::Number(3u64.into()));
    obj
}

/// Read a file's text. `today` is needed to refuse past-only dates in the future.
pub fn import(text: &str, today: NaiveDate) -> Result<FileReport, FileError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(FileError::TooLarge { bytes: text.len() });
    }
    // A byte order mark is harmless: some editors add one.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(FileError::Empty);
    }
    let value: Value = serde_json::from_str(text).map_err(|e| FileError::NotJson {
        line: e.line(),
        column: e.column(),
    })?;
    import_value(value, today)
}

/// Read an already parsed file.
pub fn import_value(value: Value, today: NaiveDate) -> Result<FileReport, FileError> {
    let obj = match value {
        Value::Object(o) => o,
        other => {
            return Err(FileError::NotAnObject {
                found: kind_of(&other).unwrap_or(JsonKind::Null),
            })
        }
    };
    let Some(schema) = obj.get("schema") else {
        return import_bare(obj, today);
    };
    if schema.as_str() != Some(SCHEMA) {
        let shown = match schema {
            Value::String(s) => echo(s),
            other => echo(&other.to_string()),
        };
        return Err(FileError::UnknownSchema { schema: shown });
    }
    let version = match obj.get("version") {
        None => return Err(FileError::MissingVersion),
        Some(Value::Number(n)) => match n.as_u64() {
            Some(v) if v >= 1 => v,
            Some(_) | None => return Err(FileError::BadVersion),
        },
        Some(_) => return Err(FileError::BadVersion),
    };
    let obj = match version {
        1 => migrate_v2_to_v3(migrate_v1_to_v2(obj)),
        2 => migrate_v2_to_v3(obj),
        3 => obj,
        v => return Err(FileError::FutureVersion { version: v }),
    };
    read_v3(obj, version, today)
}

/// A bare answers object (version 0).
fn import_bare(obj: Map<String, Value>, today: NaiveDate) -> Result<FileReport, FileError> {
    if !obj.keys().any(|k| QuestionId::parse(k).is_some()) {
        return Err(FileError::NotSpoorwijzer);
    }
    let mut report = empty_report(0);
    report.migrated = true;
    read_answers(&Value::Object(obj), today, &mut report)?;
    Ok(report)
}

fn empty_report(version: u64) -> FileReport {
    FileReport {
        answers: Answers::new(),
        version,
        migrated: version < CURRENT_VERSION,
        created: None,
        app_version: None,
        problems: Vec::new(),
    }
}

fn read_answers(v: &Value, today: NaiveDate, report: &mut FileReport) -> Result<(), FileError> {
    let imported = answers::import_value(v, today).map_err(|_| FileError::AnswersNotObject {
        found: kind_of(v).unwrap_or(JsonKind::Null),
    })?;
    report.answers = imported.answers;
    for p in imported.problems {
        report.problems.push(match p {
            ImportProblem::UnknownQuestion { key } => {
                FileProblem::UnknownQuestion { key: echo(&key) }
            }
            ImportProblem::BadValue { key, error } => FileProblem::BadValue {
                key: echo(&key),
                error,
            },
        });
    }
    Ok(())
}

fn read_v3(
    obj: Map<String, Value>,
    found_version: u64,
    today: NaiveDate,
) -> Result<FileReport, FileError> {
    let mut report = empty_report(found_version);
    let answers_value = obj.get("answers").ok_or(FileError::AnswersMissing)?;
    read_answers(answers_value, today, &mut report)?;
    for (key, v) in &obj {
        match key.as_str() {
            "schema" | "version" | "answers" => {}
            "created" => match v.as_str().map(dates::parse_iso) {
                Some(Ok(d)) => report.created = Some(d),
                Some(Err(_)) | None => report.problems.push(FileProblem::BadCreated),
            },
            "app_version" => match v.as_str() {
                Some(s) if s.chars().count() <= 40 => report.app_version = Some(s.to_string()),
                Some(_) | None => report.problems.push(FileProblem::BadAppVersion),
            },
            other => report
                .problems
                .push(FileProblem::UnknownField { key: echo(other) }),
        }
    }
    Ok(report)
}

#[cfg(test)]
mod tests;
