//! `spoorwijzer transitievergoeding`: one JSON object on stdin, one on stdout; or a CSV
//! batch with `--csv FILE` (`--csv -` or `--csv` alone: CSV on stdin).
//! See `docs/cli-transitievergoeding.md`.

use std::io::Read;

use serde_json::{json, Map, Value};

use super::{read_all, Outcome};
use crate::batch::run_csv;
use crate::dates::iso;
use crate::flow::Voice;
use crate::lang::Lang;
use crate::text::batch::{batch_error, row_problem};
use crate::text::transitievergoeding::{error_message, line_text, reason_text, uncertainty_text};
use crate::transitievergoeding::json::input_from_json;
use crate::transitievergoeding::{calculate, CompensationStatus, TvResult};

pub const USAGE: &str = "Usage:
  spoorwijzer transitievergoeding                 one JSON object on stdin -> JSON on stdout
  spoorwijzer transitievergoeding --csv FILE      CSV batch (FILE '-' or absent: stdin) -> CSV on stdout
  Options: --lang nl|en (CSV only; JSON uses its own \"lang\" key)
";

fn io_error(message: String) -> Outcome {
    let v = serde_json::json!({ "error": message });
    Outcome {
        code: 1,
        stdout: format!("{}\n", v),
    }
}

pub fn run(args: &[String], stdin: &mut dyn Read) -> Outcome {
    let mut csv: Option<Option<String>> = None;
    let mut lang = Lang::Nl;
    let mut i = 0;
    while i < args.len() {
        let a = args.get(i).map(String::as_str).unwrap_or("");
        match a {
            "-h" | "--help" => return Outcome::ok(USAGE.to_string()),
            "--csv" => {
                let next = args
                    .get(i + 1)
                    .filter(|n| !n.starts_with("--") || *n == "-");
                match next {
                    Some(f) => {
                        csv = Some(Some(f.clone()));
                        i += 1;
                    }
                    None => csv = Some(None),
                }
            }
            "--lang" => {
                let Some(l) = args.get(i + 1).and_then(|s| Lang::parse(s)) else {
                    return Outcome::invalid("--lang: use nl or en");
                };
                lang = l;
                i += 1;
            }
            other => {
                return Outcome::invalid(format!(
                    "unknown option '{other}'; see spoorwijzer transitievergoeding --help"
                ))
            }
        }
        i += 1;
    }
    match csv {
        Some(file) => {
            let text = match file.as_deref() {
                None | Some("-") => match read_all(stdin) {
                    Ok(t) => t,
                    Err(o) => return o,
                },
                Some(path) => match std::fs::read(path) {
                    Ok(bytes) => match String::from_utf8(bytes) {
                        Ok(t) => t,
                        Err(_) => {
                            return Outcome::invalid(format!("csv: {path} is not UTF-8 text"))
                        }
                    },
                    Err(e) => return io_error(format!("csv: cannot read {path}: {e}")),
                },
            };
            match run_csv(&text, lang, row_problem) {
                Ok(out) => Outcome::ok(out.csv),
                Err(e) => Outcome::invalid(batch_error(&e, lang)),
            }
        }
        None => {
            let text = match read_all(stdin) {
                Ok(t) => t,
                Err(o) => return o,
            };
            let value: serde_json::Value = match serde_json::from_str(&text) {
                Ok(v) => v,
                Err(e) => return Outcome::invalid(format!("input: not valid JSON ({e})")),
            };
            match run_json(&value) {
                Ok(v) => Outcome::ok(format!("{}\n", v)),
                Err(v) => Outcome {
                    code: 2,
                    stdout: format!("{}\n", v),
                },
            }
        }
    }
}

/// The command line's texts speak to the employee, as the calculator page does before
/// the role is known (docs/cli-transitievergoeding.md, `lang`).
const VOICE: Voice = Voice::Werknemer;

/// The output object with the documented keys.
pub fn result_to_json(r: &TvResult, lang: Lang) -> Value {
    let mut out = Map::new();
    let c = |x: crate::money::Cents| x.to_json();
    out.insert("due".into(), Value::Bool(r.due));
    out.insert("reason_code".into(), Value::String(r.reason.code().into()));
    out.insert(
        "reason".into(),
        Value::String(reason_text(r.reason, VOICE, lang).into()),
    );
    out.insert("legal_basis".into(), Value::String(r.reason.basis().into()));
    out.insert("monthly_wage".into(), c(r.monthly_wage));
    out.insert(
        "wage_components".into(),
        json!({
            "base": c(r.wage.base.round()),
            "holiday_allowance": c(r.wage.holiday.round()),
            "fixed_yearly_extras": c(r.wage.extras.round()),
            "fixed_components": c(r.wage.fixed.round()),
            "variable_components": c(r.wage.variable.round()),
        }),
    );
    out.insert("years".into(), json!(r.years));
    out.insert("months".into(), json!(r.months));
    out.insert("days".into(), json!(r.days));
    out.insert("amount_official".into(), c(r.amount_uncapped));
    out.insert("amount_days_method".into(), c(r.amount_days_method));
    out.insert("cap".into(), c(r.cap));
    out.insert("cap_year".into(), json!(r.cap_year));
    out.insert(
        "cap_is_annual_wage".into(),
        Value::Bool(r.cap_is_annual_wage),
    );
    out.insert("capped".into(), Value::Bool(r.capped));
    out.insert("amount".into(), c(r.amount));
    out.insert("payable".into(), c(r.payable));
    out.insert(
        "deductions".into(),
        Value::Array(
            r.deductions
                .iter()
                .map(|d| {
                    json!({
                        "kind": d.kind.code(),
                        "amount": c(d.amount),
                        "accepted": d.accepted,
                        "applied": c(d.applied),
                        "reason_code": d.reason.code(),
                        "reason": reason_text(d.reason, VOICE, lang),
                    })
                })
                .collect(),
        ),
    );
    out.insert(
        "claim_deadline".into(),
        Value::String(iso(r.claim_deadline)),
    );
    if !r.counted_earlier.is_empty() {
        out.insert(
            "earlier_contracts".into(),
            Value::Array(
                r.counted_earlier
                    .iter()
                    .map(|(p, counts)| {
                        json!({"start_date": iso(p.start), "end_date": iso(p.end), "counts": counts})
                    })
                    .collect(),
            ),
        );
    }
    if let Some(w) = r.wachttijd_end {
        out.insert("wachttijd_end".into(), Value::String(iso(w)));
    }
    if let Some(x) = r.xella_amount {
        out.insert("xella_amount".into(), c(x));
    }
    if let Some(comp) = r.compensation {
        let mut m = Map::new();
        m.insert("status".into(), Value::String(comp.status.code().into()));
        if let Some(bill) = comp.bill {
            m.insert("bill".into(), Value::String(bill.code().into()));
        }
        if let Some(a) = comp.amounts {
            m.insert("amount".into(), c(a.amount));
            m.insert(
                "paid_plus_transitiekosten".into(),
                c(a.paid_plus_transitiekosten),
            );
            m.insert("at_end_of_wachttijd".into(), c(a.at_end_of_wachttijd));
            m.insert(
                "wage_paid_during_illness".into(),
                c(a.wage_paid_during_illness),
            );
        }
        if let Some(d) = comp.deadline {
            m.insert("application_deadline".into(), Value::String(iso(d)));
        }
        out.insert("compensation".into(), Value::Object(m));
        if comp.status == CompensationStatus::DependsOnPendingLaw
            || comp.status == CompensationStatus::DependsOnEmployerSize
        {
            out.insert("pending_law".into(), pending_law_json(lang));
        }
    }
    out.insert(
        "explanation".into(),
        Value::Array(
            r.explanation
                .iter()
                .map(|l| Value::String(line_text(*l, VOICE, lang)))
                .collect(),
        ),
    );
    out.insert(
        "uncertain".into(),
        Value::Array(
            r.uncertain
                .iter()
                .map(|u| json!({"code": u.code(), "text": uncertainty_text(*u, VOICE, lang), "affects": u.affects()}))
                .collect(),
        ),
    );
    Value::Object(out)
}

/// The register rows the result depends on (bill 36869), with status and last check.
fn pending_law_json(lang: Lang) -> Value {
    use crate::pending_law::PendingLawId;
    use crate::text::pending_law as pl;
    let e = PendingLawId::Bill36869.entry();
    Value::Array(vec![json!({
        "id": e.id.code(),
        "title": pl::title(e.id, lang),
        "status": e.status.code(),
        "intended": e.intended.map(iso),
        "last_checked": iso(e.last_checked),
        "source": e.source.url,
    })])
}

/// JSON in, JSON out: `Ok(output)` or `Err(({"error": ...}))`.
pub fn run_json(v: &Value) -> Result<Value, Value> {
    let (lang, input) = input_from_json(v);
    match input.and_then(|i| calculate(&i)) {
        Ok(r) => Ok(result_to_json(&r, lang)),
        Err(e) => Err(json!({ "error": error_message(e, lang), "field": e.field.key() })),
    }
}
