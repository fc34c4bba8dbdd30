//! `spoorwijzer transitievergoeding`: one JSON object on stdin, one on stdout; or a CSV
//! batch with `--csv FILE` (`--csv -` or `--csv` alone: CSV on stdin).
//! See `docs/cli-transitievergoeding.md`.

use std::io::Read;

use super::{read_all, Outcome};
use crate::batch::run_csv;
use crate::lang::Lang;
use crate::transitievergoeding::json::run_json;

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
            match run_csv(&text, lang) {
                Ok(out) => Outcome::ok(out.csv),
                Err(e) => Outcome::invalid(e.message(lang)),
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
