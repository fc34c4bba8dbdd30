//! The poortwachter calendar as an iCalendar file (RFC 5545).
//!
//! - One all-day `VEVENT` per milestone: `DTSTART;VALUE=DATE` on the day, `DTEND` the next
//!   day (RFC 5545 §3.6.1: for a DATE start, DTEND is exclusive). Steps with status
//!   `not_reached` (the employee recovered before they applied) are left out: they are
//!   not real dates.
//! - `UID` = milestone id + an FNV-1a hash of all sick periods and the label. It stays the
//!   same when the same calendar is exported again (so a calendar app updates instead of
//!   duplicating), and differs between two employees (different periods or label). It
//!   changes when the sick periods change, e.g. when a recovery date is added.
//! - `DTSTAMP` is derived from `today` (midnight UTC), so the output is deterministic.
//! - The calendar of all sick employees of a batch file ([`batch_calendar`]) has one event
//!   per employee and step. Its `UID` is the step id + an FNV-1a hash of the employee's
//!   `id` alone ([`employee_uid`]), so importing an updated file (a recovery date added,
//!   a step done) updates the events instead of adding them again; its `SUMMARY` names the
//!   employee by that id only, never by a name or a diagnosis. `SEQUENCE` counts the days
//!   from 2000-01-01 to `today`, so a later export supersedes an earlier one.
//! - Lines end in CRLF (§3.1), are folded at 75 octets without splitting a UTF-8
//!   character, and TEXT values escape `\`, `;`, `,` and newlines (§3.3.11).

use chrono::NaiveDate;

use crate::batch_view::deadlines::Deadline;
use crate::lang::Lang;
use crate::poortwachter::{Milestone, MilestoneId, SickPeriod, Status, Timeline};
use crate::text::poortwachter::{
    actor_label, milestone_consequence, milestone_title, milestone_what, uncertain,
    PoortwachterText,
};

/// FNV-1a, 64 bits: a small deterministic hash (std's `DefaultHasher` is randomly seeded
/// per process, so it cannot give stable UIDs).
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut h = OFFSET;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(PRIME);
    }
    h
}

/// The hash that identifies one person's calendar: all sick periods and the label.
pub fn person_hash(periods: &[SickPeriod], label: Option<&str>) -> u64 {
    let mut s = String::new();
    for p in periods {
        s.push_str(&crate::dates::iso(p.from));
        s.push_str("..");
        if let Some(u) = p.until {
            s.push_str(&crate::dates::iso(u));
        }
        s.push('|');
    }
    s.push_str("label=");
    s.push_str(label.unwrap_or(""));
    fnv1a64(s.as_bytes())
}

/// Escape a TEXT value (RFC 5545 §3.3.11). Other control characters are dropped.
pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Fold one content line at 75 octets (RFC 5545 §3.1) and end it with CRLF. Continuation
/// lines start with one space, which counts towards their 75 octets. A UTF-8 character
/// is never split.
pub fn fold_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    let mut used = 0usize;
    for c in line.chars() {
        let n = c.len_utf8();
        if used + n > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += n;
    }
    out.push_str("\r\n");
    out
}

fn date_value(d: NaiveDate) -> String {
    crate::dates::compact(d)
}

fn summary(m: &Milestone, label: Option<&str>, lang: Lang) -> String {
    let title = milestone_title(m.id, lang);
    match label.map(str::trim).filter(|l| !l.is_empty()) {
        Some(l) => format!("{l}: {title}"),
        None => title,
    }
}

/// The description of an event: whether the step is done, what the step is (for one
/// person's own calendar; the employer's calendar of all employees starts with the step's
/// title instead, since the explanation speaks to the employee), who acts, the week, what
/// happens when it is missed, the source, and why the date is uncertain when it is.
fn description(m: &Milestone, opening: &str, lang: Lang) -> String {
    // A step that is done says so first; the file never calls it late (it carries no
    // other status, which would be stale the day after the export).
    let done = if m.status == Status::Done {
        format!("{}\n\n", PoortwachterText::DoneLine.text(lang))
    } else {
        String::new()
    };
    let mut s = format!(
        "{done}{}\n\n{}: {}\n{}: {}\n\n{}: {}\n\n{}: {}",
        opening,
        PoortwachterText::Who.text(lang),
        actor_label(m.actor, lang),
        PoortwachterText::Week.text(lang),
        m.week,
        PoortwachterText::IfMissed.text(lang),
        milestone_consequence(m.id, lang),
        PoortwachterText::Source.text(lang),
        m.id.source(),
    );
    if let Some(u) = uncertain(m, lang) {
        s.push_str(&format!(
            "\n\n{}: {}",
            PoortwachterText::Uncertain.text(lang),
            u
        ));
    }
    s
}

/// The opening lines of a calendar document.
fn calendar_head(name: &str) -> Vec<String> {
    vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        "PRODID:-//Spoorwijzer//Poortwachter tijdlijn//NL".into(),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
        format!("X-WR-CALNAME:{}", escape_text(name)),
    ]
}

/// One all-day event. `sequence`: the revision number, when the calendar gives one.
struct Event<'a> {
    uid: String,
    stamp: &'a str,
    sequence: Option<i64>,
    milestone: &'a Milestone,
    summary: String,
    description: String,
}

impl Event<'_> {
    fn push_lines(self, lines: &mut Vec<String>) {
        let m = self.milestone;
        let end = m.date.succ_opt().unwrap_or(m.date);
        lines.push("BEGIN:VEVENT".into());
        lines.push(format!("UID:{}", self.uid));
        lines.push(format!("DTSTAMP:{}", self.stamp));
        if let Some(n) = self.sequence {
            lines.push(format!("SEQUENCE:{n}"));
        }
        lines.push(format!("DTSTART;VALUE=DATE:{}", date_value(m.date)));
        lines.push(format!("DTEND;VALUE=DATE:{}", date_value(end)));
        lines.push(format!("SUMMARY:{}", escape_text(&self.summary)));
        lines.push(format!("DESCRIPTION:{}", escape_text(&self.description)));
        lines.push("TRANSP:TRANSPARENT".into());
        lines.push("END:VEVENT".into());
    }
}

fn finish(mut lines: Vec<String>) -> String {
    lines.push("END:VCALENDAR".into());
    lines.iter().map(|l| fold_line(l)).collect()
}

fn stamp_of(today: NaiveDate) -> String {
    format!("{}T000000Z", date_value(today))
}

/// The whole calendar as an RFC 5545 document.
pub fn calendar(t: &Timeline, lang: Lang) -> String {
    let label = t.label.as_deref();
    let hash = person_hash(&t.sick_periods, label);
    let stamp = stamp_of(t.today);
    let mut name = PoortwachterText::CalendarName.text(lang).to_string();
    if let Some(l) = label.map(str::trim).filter(|l| !l.is_empty()) {
        name.push_str(" - ");
        name.push_str(l);
    }
    let mut lines = calendar_head(&name);
    for m in t
        .milestones
        .iter()
        .filter(|m| m.status != Status::NotReached)
    {
        Event {
            uid: format!("{}-{:016x}@spoorwijzer", m.id.code(), hash),
            stamp: &stamp,
            sequence: None,
            milestone: m,
            summary: summary(m, label, lang),
            description: description(m, milestone_what(m.id, lang), lang),
        }
        .push_lines(&mut lines);
    }
    finish(lines)
}

/// The UID of one step of one employee of a batch file: the step id and a hash of the
/// employee's id (and, for an id that repeats in the file, of its occurrence), so it stays
/// the same whatever else changes in the file.
pub fn employee_uid(employee: &str, occurrence: usize, step: MilestoneId) -> String {
    let mut key = format!("employee={employee}");
    if occurrence > 0 {
        key.push_str(&format!("#{occurrence}"));
    }
    format!(
        "{}-w{:016x}@spoorwijzer",
        step.code(),
        fnv1a64(key.as_bytes())
    )
}

/// The calendar of every deadline of every sick employee of a batch file (the overview's
/// `deadlines`, or one employee's part of them), for `today`.
pub fn batch_calendar(deadlines: &[&Deadline], today: NaiveDate, lang: Lang) -> String {
    let stamp = stamp_of(today);
    let sequence = NaiveDate::from_ymd_opt(2000, 1, 1).map(|d| (today - d).num_days().max(0));
    let mut lines = calendar_head(PoortwachterText::BatchCalendarName.text(lang));
    for d in deadlines {
        let m = &d.milestone;
        Event {
            uid: employee_uid(&d.employee, d.occurrence, m.id),
            stamp: &stamp,
            sequence,
            milestone: m,
            summary: format!("{}: {}", d.employee.trim(), milestone_title(m.id, lang)),
            description: description(m, &milestone_title(m.id, lang), lang),
        }
        .push_lines(&mut lines);
    }
    finish(lines)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::poortwachter::{timeline, TimelineInput};
    use crate::text::poortwachter::status_label;
    use crate::text::t;

    use crate::dates::ymd as d;

    fn example(label: Option<&str>) -> Timeline {
        timeline(&TimelineInput {
            sick_periods: vec![SickPeriod {
                from: d(2026, 1, 5),
                until: None,
            }],
            today: Some(d(2026, 11, 22)),
            label: label.map(String::from),
            ..TimelineInput::default()
        })
        .unwrap()
    }

    fn own_checks(ics: &str) {
        assert!(ics.ends_with("\r\n"));
        // CRLF only: every \n is preceded by \r, and no lone \r.
        let bytes = ics.as_bytes();
        for (i, b) in bytes.iter().enumerate() {
            if *b == b'\n' {
                assert!(i > 0 && bytes[i - 1] == b'\r', "bare LF at {i}");
            }
            if *b == b'\r' {
                assert_eq!(bytes.get(i + 1), Some(&b'\n'), "bare CR at {i}");
            }
        }
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "line of {} octets: {line}", line.len());
        }
    }

    #[test]
    fn fnv_known_values() {
        // Published FNV-1a 64 test vectors.
        assert_eq!(fnv1a64(b""), 0xcbf29ce484222325);
        assert_eq!(fnv1a64(b"a"), 0xaf63dc4c8601ec8c);
        assert_eq!(fnv1a64(b"foobar"), 0x85944171f73967e8);
    }

    #[test]
    fn escaping_and_folding() {
        assert_eq!(escape_text("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
        let long = "DESCRIPTION:".to_string() + &"é".repeat(100);
        let folded = fold_line(&long);
        own_checks(&folded);
        // Unfolding (remove CRLF + space) gives the original back.
        assert_eq!(folded.replace("\r\n ", "").trim_end_matches("\r\n"), long);
        // Exactly 75 octets: not folded.
        let exact = "X".repeat(75);
        assert_eq!(fold_line(&exact), format!("{exact}\r\n"));
        let over = "X".repeat(76);
        assert_eq!(fold_line(&over), format!("{}\r\n X\r\n", "X".repeat(75)));
    }

    #[test]
    fn parses_back_with_icalendar() {
        let t = example(Some("J.J., afdeling; zorg"));
        let ics = calendar(&t, Lang::Nl);
        own_checks(&ics);
        let unfolded = icalendar::parser::unfold(&ics);
        let cal = icalendar::parser::read_calendar(&unfolded).unwrap();
        let events: Vec<_> = cal
            .components
            .iter()
            .filter(|c| c.name.as_str() == "VEVENT")
            .collect();
        assert_eq!(events.len(), t.milestones.len());
        for (e, m) in events.iter().zip(&t.milestones) {
            let prop = |n: &str| {
                e.find_prop(n)
                    .map(|p| p.val.clone().unescape_text().as_str().to_string())
                    .unwrap_or_default()
            };
            assert_eq!(prop("DTSTART"), date_value(m.date));
            assert_eq!(prop("DTEND"), date_value(m.date.succ_opt().unwrap()));
            assert_eq!(
                prop("SUMMARY"),
                format!("J.J., afdeling; zorg: {}", milestone_title(m.id, Lang::Nl))
            );
            assert!(prop("DESCRIPTION").starts_with(milestone_what(m.id, Lang::Nl)));
            assert!(prop("DESCRIPTION").contains(&m.id.source()));
            assert!(prop("UID").starts_with(&m.id.code()));
            assert_eq!(prop("DTSTAMP"), "20261122T000000Z");
        }
    }

    #[test]
    fn uids_stable_and_distinct() {
        let a1 = calendar(&example(Some("AB")), Lang::Nl);
        let a2 = calendar(&example(Some("AB")), Lang::En);
        let b = calendar(&example(Some("CD")), Lang::Nl);
        let uids = |s: &str| -> Vec<String> {
            s.split("\r\n")
                .filter(|l| l.starts_with("UID:"))
                .map(String::from)
                .collect()
        };
        assert_eq!(uids(&a1), uids(&a2));
        assert_ne!(uids(&a1), uids(&b));
        let mut all = uids(&a1);
        let n = all.len();
        all.sort();
        all.dedup();
        assert_eq!(all.len(), n, "UIDs unique within a calendar");
        // Same input, same bytes.
        assert_eq!(a1, calendar(&example(Some("AB")), Lang::Nl));
    }

    #[test]
    fn a_step_that_is_done_says_so_and_is_never_late() {
        let mut input = TimelineInput {
            sick_periods: vec![SickPeriod {
                from: d(2026, 1, 5),
                until: None,
            }],
            today: Some(d(2026, 11, 22)),
            done: Some(["probleemanalyse".to_string()].into_iter().collect()),
            ..TimelineInput::default()
        };
        for lang in [Lang::Nl, Lang::En] {
            let ics = calendar(&timeline(&input).unwrap(), lang);
            let unfolded = icalendar::parser::unfold(&ics);
            let events: Vec<&str> = unfolded.split("BEGIN:VEVENT").skip(1).collect();
            let pa = events
                .iter()
                .find(|e| e.contains("UID:probleemanalyse-"))
                .unwrap();
            assert!(pa.contains(PoortwachterText::DoneLine.text(lang)), "{pa}");
            // Only the done step carries the line, and no event carries a status word.
            assert_eq!(
                unfolded
                    .matches(PoortwachterText::DoneLine.text(lang))
                    .count(),
                1
            );
            for s in [Status::Overdue, Status::Past, Status::DueSoon] {
                let word = format!("{}: {}", t(lang, "Stand", "Status"), status_label(s, lang));
                assert!(!unfolded.contains(&word), "{word}");
            }
        }
        input.done = None;
        let ics = calendar(&timeline(&input).unwrap(), Lang::Nl);
        assert!(!ics.contains("Stand: gedaan"));
    }

    #[test]
    fn not_reached_steps_are_left_out() {
        let t = timeline(&TimelineInput {
            sick_periods: vec![SickPeriod {
                from: d(2026, 3, 2),
                until: Some(d(2026, 3, 20)),
            }],
            today: Some(d(2026, 6, 1)),
            ..TimelineInput::default()
        })
        .unwrap();
        let ics = calendar(&t, Lang::En);
        own_checks(&ics);
        assert_eq!(ics.matches("BEGIN:VEVENT").count(), 1);
        assert!(ics.contains("UID:ziekmelding_bedrijfsarts-"));
    }

    proptest::proptest! {
        #[test]
        fn folding_never_exceeds_75_octets(s in "\\PC{0,400}") {
            let line = format!("DESCRIPTION:{}", escape_text(&s));
            let folded = fold_line(&line);
            for l in folded.split("\r\n") {
                proptest::prop_assert!(l.len() <= 75);
            }
            let unfolded = folded.replace("\r\n ", "");
            proptest::prop_assert_eq!(unfolded.trim_end_matches("\r\n"), line.as_str());
        }
    }
}
