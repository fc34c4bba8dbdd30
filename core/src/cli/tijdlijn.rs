//! `spoorwijzer tijdlijn [--ics]`: the poortwachter calendar on the command line.
//!
//! Reads one JSON object on stdin (see docs/cli-tijdlijn.md):
//! `{"sick_periods":[{"from":"YYYY-MM-DD","until":null}], "today":"YYYY-MM-DD",
//!   "loonsanctie_weeks":0, "contract_end":null, "done":[], "label":null}`
//! plus the optional keys `lang`, `pregnancy_related`, `partial_recovery` and
//! `vrijwillige_verlenging_weeks`. Writes the milestones as JSON, or with `--ics` the
//! iCalendar file. Invalid input: exit code 2 and `{"error": ..., "field": ...}`.

use std::collections::BTreeSet;
use std::io::Read;

use chrono::NaiveDate;
use serde_json::{json, Map, Value};

use super::{read_all, Outcome};
use crate::dates;
use crate::lang::Lang;
use crate::poortwachter::{self, SickPeriod, Timeline, TimelineInput};
use crate::text::cli::CliText;
use crate::text::poortwachter::{
    milestone_consequence, milestone_title, milestone_what, notice_body, notice_title,
    timeline_error, uncertain,
};

const KEYS: &[&str] = &[
    "sick_periods",
    "today",
    "loonsanctie_weeks",
    "vrijwillige_verlenging_weeks",
    "contract_end",
    "zw_eigenrisicodrager",
    "done",
    "label",
    "lang",
    "pregnancy_related",
    "partial_recovery",
];

fn invalid(field: &str, message: String) -> Outcome {
    let v = json!({ "error": format!("{field}: {message}"), "field": field });
    Outcome {
        code: 2,
        stdout: format!("{v}\n"),
    }
}

fn problem(field: &str, p: CliText, lang: Lang) -> Outcome {
    invalid(field, p.text(lang))
}

/// The system date (UTC), for a missing `today`.
fn system_today() -> NaiveDate {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_secs()).unwrap_or(0))
        .unwrap_or(0);
    dates::date_from_unix_seconds(secs)
}

fn opt_date(
    obj: &Map<String, Value>,
    key: &str,
    path: &str,
    lang: Lang,
) -> Result<Option<NaiveDate>, Outcome> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => dates::parse_iso(s)
            .map(Some)
            .map_err(|e| problem(path, CliText::Date(e), lang)),
        Some(_) => Err(problem(path, CliText::NotString, lang)),
    }
}

fn opt_bool(obj: &Map<String, Value>, key: &str, lang: Lang) -> Result<bool, Outcome> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(false),
        Some(Value::Bool(b)) => Ok(*b),
        Some(_) => Err(problem(key, CliText::NotBool, lang)),
    }
}

fn opt_weeks(obj: &Map<String, Value>, key: &str, lang: Lang) -> Result<u32, Outcome> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(0),
        // With `arbitrary_precision` the number keeps its exact text; only plain digits
        // are accepted (no fraction, sign or exponent), so nothing passes through f64.
        Some(Value::Number(n)) => {
            let s = n.to_string();
            if s.is_empty() || s.len() > 6 || !s.bytes().all(|b| b.is_ascii_digit()) {
                return Err(problem(key, CliText::NotWholeNumber, lang));
            }
            s.parse::<u32>()
                .map_err(|_| problem(key, CliText::NotWholeNumber, lang))
        }
        Some(_) => Err(problem(key, CliText::NotWholeNumber, lang)),
    }
}

/// Parse the JSON input into the engine's input and the output language.
fn parse_input(text: &str) -> Result<(TimelineInput, Lang), Outcome> {
    let v: Value = serde_json::from_str(text)
        .map_err(|e| problem("input", CliText::NotJson(e.to_string()), Lang::Nl))?;
    let Value::Object(obj) = v else {
        return Err(problem("input", CliText::NotObject, Lang::Nl));
    };
    let lang = match obj.get("lang") {
        None | Some(Value::Null) => Lang::Nl,
        Some(Value::String(s)) => match s.trim() {
            "nl" => Lang::Nl,
            "en" => Lang::En,
            _ => return Err(problem("lang", CliText::UnknownLang, Lang::Nl)),
        },
        Some(_) => return Err(problem("lang", CliText::UnknownLang, Lang::Nl)),
    };
    if let Some(k) = obj.keys().find(|k| !KEYS.contains(&k.as_str())) {
        return Err(problem(k, CliText::UnknownKey, lang));
    }

    let periods = match obj.get("sick_periods") {
        None | Some(Value::Null) => return Err(problem("sick_periods", CliText::Missing, lang)),
        Some(Value::Array(a)) => a,
        Some(_) => return Err(problem("sick_periods", CliText::NotArray, lang)),
    };
    let mut sick_periods = Vec::with_capacity(periods.len());
    for (i, p) in periods.iter().enumerate() {
        let Value::Object(po) = p else {
            return Err(problem(
                &format!("sick_periods[{i}]"),
                CliText::NotPeriodObject,
                lang,
            ));
        };
        if let Some(k) = po
            .keys()
            .find(|k| k.as_str() != "from" && k.as_str() != "until")
        {
            return Err(problem(
                &format!("sick_periods[{i}].{k}"),
                CliText::UnknownKey,
                lang,
            ));
        }
        let from_path = format!("sick_periods[{i}].from");
        let Some(from) = opt_date(po, "from", &from_path, lang)? else {
            return Err(problem(&from_path, CliText::Missing, lang));
        };
        let until = opt_date(po, "until", &format!("sick_periods[{i}].until"), lang)?;
        sick_periods.push(SickPeriod { from, until });
    }

    let today = opt_date(&obj, "today", "today", lang)?.unwrap_or_else(system_today);
    let contract_end = opt_date(&obj, "contract_end", "contract_end", lang)?;
    let done = match obj.get("done") {
        None | Some(Value::Null) => None,
        Some(Value::Array(a)) => {
            let mut set = BTreeSet::new();
            for (i, x) in a.iter().enumerate() {
                match x {
                    Value::String(s) => {
                        set.insert(s.trim().to_string());
                    }
                    _ => return Err(problem(&format!("done[{i}]"), CliText::NotString, lang)),
                }
            }
            Some(set)
        }
        Some(_) => return Err(problem("done", CliText::NotArray, lang)),
    };
    let label = match obj.get("label") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s.clone()),
        Some(_) => return Err(problem("label", CliText::NotString, lang)),
    };
    let input = TimelineInput {
        sick_periods,
        today: Some(today),
        done,
        not_done: None,
        pregnancy_related: opt_bool(&obj, "pregnancy_related", lang)?,
        contract_end,
        zw_eigenrisicodrager: opt_bool(&obj, "zw_eigenrisicodrager", lang)?,
        loonsanctie_weeks: opt_weeks(&obj, "loonsanctie_weeks", lang)?,
        vrijwillige_verlenging_weeks: opt_weeks(&obj, "vrijwillige_verlenging_weeks", lang)?,
        partial_recovery: opt_bool(&obj, "partial_recovery", lang)?,
        label,
    };
    Ok((input, lang))
}

/// The JSON output for a computed calendar.
pub fn to_json(t: &Timeline, lang: Lang) -> Value {
    let milestones: Vec<Value> = t
        .milestones
        .iter()
        .map(|m| {
            json!({
                "id": m.id.code(),
                "date": dates::iso(m.date),
                "week": m.week,
                "sick_day": m.sick_day,
                "actor": m.actor.code(),
                "kind": match m.kind {
                    poortwachter::MilestoneKind::Deadline => "deadline",
                    poortwachter::MilestoneKind::Moment => "moment",
                },
                "status": m.status.code(),
                "title": milestone_title(m.id, lang),
                "what": milestone_what(m.id, lang),
                "consequence": milestone_consequence(m.id, lang),
                "source": m.id.source(),
                "sources": m.id.sources(),
                "uncertain": m.uncertain,
                "uncertain_text": uncertain(m, lang),
            })
        })
        .collect();
    let notices: Vec<Value> = t
        .notices
        .iter()
        .map(|n| {
            json!({
                "id": n.id.code(),
                "date": n.date.map(dates::iso),
                "title": notice_title(n.id, lang),
                "text": notice_body(n.id, lang),
                "source": n.id.source(),
                "sources": n.id.sources(),
            })
        })
        .collect();
    json!({
        "milestones": milestones,
        "sick_days_counted": t.sick_days_counted,
        "first_sick_day": dates::iso(t.first_sick_day),
        "recovered_after": t.recovered_after.map(dates::iso),
        "today": dates::iso(t.today),
        "lang": lang.code(),
        "notices": notices,
    })
}

/// Run `spoorwijzer tijdlijn` with the arguments after the subcommand.
pub fn run(args: &[String], stdin: &mut dyn Read) -> Outcome {
    let mut ics = false;
    for a in args {
        match a.as_str() {
            "--ics" => ics = true,
            other => {
                return Outcome::invalid(format!(
                    "unknown option '{other}' for tijdlijn; see spoorwijzer --help"
                ))
            }
        }
    }
    let text = match read_all(stdin) {
        Ok(t) => t,
        Err(o) => return o,
    };
    let (input, lang) = match parse_input(&text) {
        Ok(x) => x,
        Err(o) => return o,
    };
    match poortwachter::timeline(&input) {
        Ok(t) => {
            if ics {
                Outcome::ok(crate::report::ics::calendar(&t, lang))
            } else {
                Outcome::ok(format!("{}\n", to_json(&t, lang)))
            }
        }
        Err(e) => {
            let field = match &e {
                poortwachter::TimelineError::FromAfterUntil { index }
                | poortwachter::TimelineError::Unsorted { index }
                | poortwachter::TimelineError::Overlapping { index } => {
                    format!("sick_periods[{index}]")
                }
                poortwachter::TimelineError::NoPeriods
                | poortwachter::TimelineError::DateOutOfRange { .. }
                | poortwachter::TimelineError::LoonsanctieTooLarge { .. }
                | poortwachter::TimelineError::VerlengingTooLarge { .. }
                | poortwachter::TimelineError::UnknownDoneId { .. }
                | poortwachter::TimelineError::NoToday => e.field().key().to_string(),
            };
            invalid(&field, timeline_error(&e, lang))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run_str(args: &[&str], input: &str) -> Outcome {
        let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
        run(&args, &mut input.as_bytes())
    }

    #[test]
    fn rejects_fractional_and_negative_weeks() {
        let base = r#"{"sick_periods":[{"from":"2026-01-05","until":null}],"today":"2026-11-22","loonsanctie_weeks":"#;
        for bad in ["1.5", "-1", "1e2", "\"3\""] {
            let o = run_str(&[], &format!("{base}{bad}}}"));
            assert_eq!(o.code, 2, "{bad}");
            assert!(
                o.stdout.contains("loonsanctie_weeks"),
                "{bad}: {}",
                o.stdout
            );
        }
        let o = run_str(&[], &format!("{base}3}}"));
        assert_eq!(o.code, 0, "{}", o.stdout);
    }

    proptest::proptest! {
        #[test]
        fn never_panics_on_any_text(s in "\\PC{0,200}") {
            let o = run_str(&[], &s);
            proptest::prop_assert!(o.code == 0 || o.code == 2);
        }
    }
}
