//! The `spoorwijzer` command line: JSON in, JSON out, over the same rules as the app.
//!
//! Exit codes: 0 on success, 2 on invalid input (with `{"error": "..."}` on stdout),
//! 1 on an I/O failure.

pub mod transitievergoeding;

use std::io::{Read, Write};

pub mod tijdlijn;

/// What a subcommand produced.
pub struct Outcome {
    pub code: i32,
    pub stdout: String,
}

impl Outcome {
    pub fn ok(stdout: String) -> Outcome {
        Outcome { code: 0, stdout }
    }

    /// Invalid input: exit code 2 and a JSON error object naming the problem.
    pub fn invalid(message: impl Into<String>) -> Outcome {
        let v = serde_json::json!({ "error": message.into() });
        Outcome {
            code: 2,
            stdout: format!("{}\n", v),
        }
    }
}

pub const USAGE: &str = "Usage:
  spoorwijzer transitievergoeding [--csv FILE]   JSON on stdin -> JSON on stdout (or CSV batch)
  spoorwijzer tijdlijn [--ics]                   JSON on stdin -> JSON (or iCalendar) on stdout
  spoorwijzer --help
";

/// Run the command line with its arguments (without the program name) and its input.
pub fn run(args: &[String], stdin: &mut dyn Read) -> Outcome {
    let Some(cmd) = args.first() else {
        return Outcome {
            code: 2,
            stdout: USAGE.to_string(),
        };
    };
    match cmd.as_str() {
        "-h" | "--help" | "help" => Outcome::ok(USAGE.to_string()),
        "transitievergoeding" => transitievergoeding::run(args.get(1..).unwrap_or(&[]), stdin),
        "tijdlijn" => tijdlijn::run(args.get(1..).unwrap_or_default(), stdin),
        other => Outcome::invalid(format!(
            "unknown subcommand '{other}'; see spoorwijzer --help"
        )),
    }
}

/// Read all of stdin as UTF-8, or explain why not.
pub fn read_all(stdin: &mut dyn Read) -> Result<String, Outcome> {
    let mut buf = String::new();
    stdin
        .read_to_string(&mut buf)
        .map_err(|e| Outcome::invalid(format!("could not read standard input as UTF-8: {e}")))?;
    Ok(buf)
}

/// Write the outcome and return the exit code.
pub fn emit(out: Outcome, stdout: &mut dyn Write) -> i32 {
    if stdout.write_all(out.stdout.as_bytes()).is_err() {
        return 1;
    }
    out.code
}
