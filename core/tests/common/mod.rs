//! Shared by the tests that run the built `spoorwijzer` binary.

use std::io::Write;
use std::process::{Command, Stdio};

/// Runs `spoorwijzer` with `args` and `stdin`; returns the exit code and the output.
pub fn run(args: &[&str], stdin: &str) -> (i32, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_spoorwijzer"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("start spoorwijzer");
    // The program may exit before reading its input (a bad flag): a broken pipe then is
    // expected, and the exit code and output below are what the test checks.
    if let Err(e) = child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
    {
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "write stdin: {e}");
    }
    let out = child.wait_with_output().expect("run spoorwijzer");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).expect("utf-8 output"),
    )
}

/// The output read as JSON.
pub fn json(s: &str) -> serde_json::Value {
    serde_json::from_str(s).unwrap_or_else(|e| panic!("not JSON ({e}): {s}"))
}
