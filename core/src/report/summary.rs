//! The printable summary (issue 8): one model, two outputs.
//!
//! - [`to_html`]: a self-contained HTML document without scripts. It carries its own
//!   `<style>` (it is a downloaded file, not our page) and a Content-Security-Policy meta
//!   that forbids scripts and every load, so even a tampered file cannot run code.
//! - [`to_markdown`]: the same content as Markdown.
//!
//! Content, in order: title, date made, disclaimer, optional label, the answers grouped as
//! on the check-answers page, the advice (summary, duties, route cards, warnings, help),
//! the poortwachter calendar (when a first sick day is known) and the transitievergoeding
//! with "Hoe is dit berekend?" (when start date, end date and wage are known). Every text
//! that ends up in the document is escaped ([`escape_html`], [`escape_md`]).

use chrono::NaiveDate;

use crate::dates;
use crate::flow::outcome::{outcome, Money, Outcome};
use crate::flow::routing::relevant_by_section;
use crate::flow::{self, Answers};
use crate::lang::Lang;
use crate::poortwachter::Status;
use crate::text::flow::outcome::{OutcomeText, RenderedOutcome};
use crate::text::flow::vso::{RenderedStayOrLeave, RenderedVso};
use crate::text::flow::{display_answer, question_text, section_title};
use crate::text::format;
use crate::text::keep::KeepText;
use crate::text::poortwachter::{actor_label, milestone_title, status_label, uncertain};
use crate::text::transitievergoeding::{error_message, line_text, reason_text, uncertainty_text};

/// One row of the calendar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarRow {
    pub date: String,
    pub title: String,
    pub who: &'static str,
    pub status: &'static str,
    pub uncertain: Option<&'static str>,
}

/// The transitievergoeding part.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MoneyPart {
    pub headline: &'static str,
    /// The amount (empty when not due).
    pub amount: String,
    pub reason: String,
    pub lines: Vec<String>,
    pub uncertain: Vec<String>,
}

/// Everything the summary shows, as finished texts in one language. A part that does not
/// apply is absent (no calendar when nobody is sick, no money part when the job does not
/// end), never shown as "not applicable".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub lang: Lang,
    pub voice: flow::Voice,
    pub title: &'static str,
    pub made: String,
    pub label: Option<String>,
    pub answers: Vec<(&'static str, Vec<(String, String)>)>,
    pub outcome: RenderedOutcome,
    pub calendar: Vec<CalendarRow>,
    /// The transitievergoeding, when the job (may) end: the amount, or what is missing.
    pub money: Option<MoneyPart>,
}

/// Build the summary. `label` is an optional name typed by the user (shown escaped).
pub fn build(answers: &Answers, today: NaiveDate, lang: Lang, label: Option<&str>) -> Report {
    let out = outcome(answers, today);
    let voice = out.voice;
    let groups = relevant_by_section(answers)
        .into_iter()
        .map(|(s, items)| {
            let rows = items
                .iter()
                .map(|(q, a)| {
                    (
                        question_text(*q, voice, lang).short.to_string(),
                        display_answer(*q, a, voice, lang),
                    )
                })
                .collect();
            (section_title(s, voice, lang), rows)
        })
        .collect();

    // The calendar and the amount come from the one derived situation, as on the advice
    // page: the same timeline and the same engine run.
    let sit = flow::derive(answers, today);
    let calendar = sit
        .sickness
        .as_ref()
        .map(|s| {
            s.timeline
                .milestones
                .iter()
                .filter(|m| m.status != Status::NotReached)
                .map(|m| CalendarRow {
                    date: format::long_date(m.date, lang),
                    title: milestone_title(m.id, lang),
                    who: actor_label(m.actor, lang),
                    status: status_label(m.status, lang),
                    uncertain: uncertain(m, lang),
                })
                .collect()
        })
        .unwrap_or_default();

    let rendered = out.render(lang);
    // The job (may) end but the engine lacks an input: say what is missing.
    let need_inputs = MoneyPart {
        headline: KeepText::ReportMoneyNone.text(lang),
        amount: String::new(),
        reason: String::new(),
        lines: Vec::new(),
        uncertain: Vec::new(),
    };
    let money = xella_part(&out, &rendered, lang).or_else(|| {
        sit.tv_hints
            .as_ref()
            .map(|_| match &sit.transitievergoeding {
                None => need_inputs,
                Some(run) => match &run.result {
                    Ok(r) => MoneyPart {
                        headline: if r.due {
                            KeepText::ReportMoneyPayable.text(lang)
                        } else {
                            KeepText::ReportMoneyNotDue.text(lang)
                        },
                        amount: if r.due {
                            format::amount(r.payable, lang)
                        } else {
                            String::new()
                        },
                        reason: reason_text(r.reason, voice, lang).to_string(),
                        lines: r
                            .explanation
                            .iter()
                            .map(|l| line_text(*l, voice, lang))
                            .collect(),
                        uncertain: r
                            .uncertain
                            .iter()
                            .map(|u| uncertainty_text(*u, voice, lang))
                            .collect(),
                    },
                    // The engine refuses (e.g. an end date before the start date): say why instead
                    // of leaving the part out.
                    Err(e) => MoneyPart {
                        headline: KeepText::ReportMoneyError.text(lang),
                        amount: String::new(),
                        reason: error_message(*e, lang),
                        lines: Vec::new(),
                        uncertain: Vec::new(),
                    },
                },
            })
    });

    Report {
        lang,
        voice,
        title: KeepText::ReportTitle.text(lang),
        made: format!(
            "{} {}",
            KeepText::ReportMade.text(lang),
            format::long_date(today, lang)
        ),
        label: label
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|s| s.chars().take(200).collect()),
        answers: groups,
        outcome: rendered,
        calendar,
        money,
    }
}

/// A dormant contract's money, as the advice shows it: the amount at the end of the 104
/// weeks and the same lines, so the summary and the advice cannot disagree.
fn xella_part(out: &Outcome, o: &RenderedOutcome, lang: Lang) -> Option<MoneyPart> {
    if !matches!(out.money, Money::Xella(_)) {
        return None;
    }
    let m = &o.money;
    let (reason, lines) = m.lines.split_first()?;
    Some(MoneyPart {
        headline: KeepText::ReportMoneyXella.text(lang),
        amount: m.amount.clone().unwrap_or_default(),
        reason: reason.clone(),
        lines: lines.to_vec(),
        uncertain: m.uncertain.clone(),
    })
}

/// Escape text for HTML element content and quoted attribute values.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() && c != '\n' && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

/// Escape text for Markdown: every character with a Markdown or HTML meaning gets a
/// backslash, so typed text can never become a link, an image, HTML or a heading.
pub fn escape_md(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '{' | '}' | '[' | ']' | '(' | ')' | '#' | '+' | '-' | '.'
            | '!' | '|' | '<' | '>' | '~' | '&' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Only our own http(s) source links are written as links.
fn safe_url(u: &str) -> Option<&str> {
    if u.starts_with("https://") || u.starts_with("http://") {
        Some(u)
    } else {
        None
    }
}

const CSS: &str = "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;line-height:1.5;color:#1b1b1b;max-width:48rem;margin:2rem auto;padding:0 1rem}\
h1{font-size:1.75rem}h2{font-size:1.35rem;margin-top:2rem;border-bottom:1px solid #999;page-break-after:avoid;break-after:avoid}\
h3{font-size:1.1rem;page-break-after:avoid;break-after:avoid}\
.disclaimer{border-left:4px solid #555;padding:.5rem 1rem;background:#f3f3f3}\
dl{display:grid;grid-template-columns:minmax(10rem,1fr) 2fr;gap:.25rem 1rem}dt{font-weight:600}dd{margin:0}\
table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:.25rem .5rem;text-align:left;vertical-align:top}\
section,.card,tr{page-break-inside:avoid;break-inside:avoid}.card{border:1px solid #999;padding:.5rem 1rem;margin:1rem 0}\
.uncertain{font-style:italic}a{color:#1a4f8a}\
@media print{body{margin:0;max-width:none}a::after{content:' (' attr(href) ')';font-size:.8em;word-break:break-all}}";

/// Write `open`, then `text` escaped, then `close`: one piece of the document.
fn wrap(h: &mut String, open: &str, text: &str, close: &str) {
    h.push_str(open);
    h.push_str(&escape_html(text));
    h.push_str(close);
}

fn push_list(h: &mut String, items: &[String]) {
    if items.is_empty() {
        return;
    }
    h.push_str("<ul>");
    for i in items {
        wrap(h, "<li>", i, "</li>");
    }
    h.push_str("</ul>\n");
}

fn strs(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

/// The summary as one HTML document without scripts.
pub fn to_html(r: &Report) -> String {
    let l = r.lang;
    let mut doc = String::with_capacity(16 * 1024);
    let h = &mut doc;
    h.push_str("<!DOCTYPE html>\n<html lang=\"");
    h.push_str(l.code());
    h.push_str("\">\n<head>\n<meta charset=\"utf-8\">\n");
    h.push_str("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n");
    h.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h.push_str("<meta name=\"referrer\" content=\"no-referrer\">\n");
    wrap(h, "<title>", r.title, "</title>\n<style>");
    h.push_str(CSS);
    wrap(h, "</style>\n</head>\n<body>\n<h1>", r.title, "</h1>\n<p>");
    wrap(h, "", &r.made, "</p>\n");
    if let Some(label) = &r.label {
        wrap(
            h,
            "<p><strong>",
            KeepText::ReportAbout.text(l),
            ":</strong> ",
        );
        wrap(h, "", label, "</p>\n");
    }
    wrap(
        h,
        "<p class=\"disclaimer\">",
        r.outcome.disclaimer,
        "</p>\n",
    );

    wrap(
        h,
        "<section>\n<h2>",
        KeepText::ReportAnswers.text(l),
        "</h2>\n",
    );
    if r.answers.is_empty() {
        wrap(h, "<p>", KeepText::ReportNoAnswers.text(l), "</p>\n");
    }
    for (title, rows) in &r.answers {
        wrap(h, "<h3>", title, "</h3>\n<dl>");
        for (q, a) in rows {
            wrap(h, "<dt>", q, "</dt><dd>");
            wrap(h, "", a, "</dd>");
        }
        h.push_str("</dl>\n");
    }
    h.push_str("</section>\n");

    let o = &r.outcome;
    wrap(
        h,
        "<section>\n<h2>",
        KeepText::ReportAdvice.text(l),
        "</h2>\n",
    );
    if !o.urgent.is_empty() {
        wrap(
            h,
            "<div class=\"card urgent\"><h3>",
            OutcomeText::UrgentHeading.text(r.voice, l),
            "</h3>\n",
        );
        push_list(h, &urgent_lines(r));
        h.push_str("</div>\n");
    }
    push_list(h, &o.summary);
    if !o.duties.is_empty() {
        wrap(h, "<h3>", KeepText::ReportDuties.text(l), "</h3>\n");
        push_list(h, &strs(&o.duties));
    }
    for c in &o.routes {
        wrap(h, "<div class=\"card\"><h3>", c.title, "</h3>\n");
        push_list(h, &c.why);
        push_list(h, &c.timing);
        push_list(h, &strs(c.next));
        wrap(h, "<p>", c.who_pays, "</p>\n<p><em>");
        wrap(h, "", c.legal_basis, "</em></p>\n");
        if let Some(u) = c.uncertain {
            wrap(h, "<p class=\"uncertain\">", u, "</p>\n");
        }
        h.push_str("</div>\n");
    }
    if let Some(x) = &o.stay_or_leave {
        stay_or_leave_html(h, x);
    }
    if !o.warnings.is_empty() || !o.pending_law.is_empty() {
        wrap(h, "<h3>", KeepText::ReportWarnings.text(l), "</h3>\n");
        for w in &o.warnings {
            wrap(
                h,
                "<div class=\"card\"><p><strong>",
                w.text.title,
                "</strong></p><p>",
            );
            wrap(h, "", &w.text.consequence, "</p><p>");
            wrap(h, "", &w.text.action, "</p></div>\n");
        }
        // Announced changes in the law, from the register, as on the advice page.
        for n in &o.pending_law {
            wrap(h, "<div class=\"card\"><p><strong>", n.label, ": ");
            wrap(h, "", n.title, "</strong></p><p>");
            wrap(h, "", n.changes, "</p>");
            if let Some(m) = &n.meaning {
                wrap(h, "<p>", m, "</p>");
            }
            wrap(h, "<p>", &n.dates, "</p></div>\n");
        }
    }
    h.push_str("</section>\n");

    if !r.calendar.is_empty() {
        wrap(
            h,
            "<section>\n<h2>",
            KeepText::ReportCalendar.text(l),
            "</h2>\n",
        );
        h.push_str("<table><thead><tr>");
        for c in [
            KeepText::ReportColDate,
            KeepText::ReportColStep,
            KeepText::ReportColWho,
            KeepText::ReportColStatus,
        ] {
            wrap(h, "<th scope=\"col\">", c.text(l), "</th>");
        }
        h.push_str("</tr></thead><tbody>\n");
        for row in &r.calendar {
            wrap(h, "<tr><td>", &row.date, "</td><td>");
            wrap(h, "", &row.title, "");
            if let Some(u) = row.uncertain {
                wrap(h, "<br><span class=\"uncertain\">", u, "</span>");
            }
            wrap(h, "</td><td>", row.who, "</td><td>");
            wrap(h, "", row.status, "</td></tr>\n");
        }
        h.push_str("</tbody></table>\n");
        h.push_str("</section>\n");
    }

    if let Some(m) = &r.money {
        wrap(
            h,
            "<section>\n<h2>",
            KeepText::ReportMoney.text(l),
            "</h2>\n",
        );
        wrap(h, "<p><strong>", m.headline, "");
        if !m.amount.is_empty() {
            wrap(h, ": ", &m.amount, "");
        }
        h.push_str("</strong></p>\n");
        if !m.reason.is_empty() {
            wrap(h, "<p>", &m.reason, "</p>\n");
        }
        if !m.lines.is_empty() {
            wrap(h, "<h3>", KeepText::ReportHowCalculated.text(l), "</h3>\n");
            push_list(h, &m.lines);
        }
        if !m.uncertain.is_empty() {
            h.push_str("<div class=\"uncertain\">");
            push_list(h, &m.uncertain);
            h.push_str("</div>\n");
        }
        h.push_str("</section>\n");
    }

    if let Some(v) = &o.vso {
        vso_html(h, v);
    }
    wrap(
        h,
        "<section>\n<h2>",
        KeepText::ReportHelp.text(l),
        "</h2>\n<ul>",
    );
    for help in &o.help {
        wrap(h, "<li><strong>", help.name, "</strong>: ");
        wrap(h, "", help.what, "");
        if let Some(u) = help.url.and_then(safe_url) {
            wrap(h, " <a href=\"", u, "\" rel=\"noopener noreferrer\">");
            wrap(h, "", u, "</a>");
        }
        h.push_str("</li>");
    }
    wrap(
        h,
        "</ul>\n</section>\n<p class=\"disclaimer\">",
        o.disclaimer,
        "</p>\n</body>\n</html>\n",
    );
    doc
}

fn md_list(m: &mut String, items: &[String]) {
    for i in items {
        m.push_str("- ");
        m.push_str(&escape_md(i));
        m.push('\n');
    }
    if !items.is_empty() {
        m.push('\n');
    }
}

/// The summary as Markdown.
pub fn to_markdown(r: &Report) -> String {
    let l = r.lang;
    let e = escape_md;
    let mut m = String::with_capacity(12 * 1024);
    m.push_str(&format!("# {}\n\n{}\n\n", e(r.title), e(&r.made)));
    if let Some(label) = &r.label {
        m.push_str(&format!(
            "**{}:** {}\n\n",
            e(KeepText::ReportAbout.text(l)),
            e(label)
        ));
    }
    m.push_str(&format!("> {}\n\n", e(r.outcome.disclaimer)));
    m.push_str(&format!("## {}\n\n", e(KeepText::ReportAnswers.text(l))));
    if r.answers.is_empty() {
        m.push_str(&format!("{}\n\n", e(KeepText::ReportNoAnswers.text(l))));
    }
    for (title, rows) in &r.answers {
        m.push_str(&format!("### {}\n\n", e(title)));
        for (q, a) in rows {
            m.push_str(&format!("- **{}** {}\n", e(q), e(a)));
        }
        m.push('\n');
    }
    let o = &r.outcome;
    m.push_str(&format!("## {}\n\n", e(KeepText::ReportAdvice.text(l))));
    if !o.urgent.is_empty() {
        m.push_str(&format!(
            "### {}\n\n",
            e(OutcomeText::UrgentHeading.text(r.voice, l))
        ));
        md_list(&mut m, &urgent_lines(r));
    }
    md_list(&mut m, &o.summary);
    if !o.duties.is_empty() {
        m.push_str(&format!("### {}\n\n", e(KeepText::ReportDuties.text(l))));
        md_list(&mut m, &strs(&o.duties));
    }
    for c in &o.routes {
        m.push_str(&format!("### {}\n\n", e(c.title)));
        md_list(&mut m, &c.why);
        md_list(&mut m, &c.timing);
        md_list(&mut m, &strs(c.next));
        m.push_str(&format!("{}\n\n*{}*\n\n", e(c.who_pays), e(c.legal_basis)));
        if let Some(u) = c.uncertain {
            m.push_str(&format!("*{}*\n\n", e(u)));
        }
    }
    if let Some(x) = &o.stay_or_leave {
        stay_or_leave_md(&mut m, x);
    }
    if !o.warnings.is_empty() || !o.pending_law.is_empty() {
        m.push_str(&format!("### {}\n\n", e(KeepText::ReportWarnings.text(l))));
        for w in &o.warnings {
            m.push_str(&format!(
                "- **{}** {} {}\n",
                e(w.text.title),
                e(&w.text.consequence),
                e(&w.text.action)
            ));
        }
        for n in &o.pending_law {
            let meaning = n
                .meaning
                .as_deref()
                .map(|x| format!(" {}", e(x)))
                .unwrap_or_default();
            m.push_str(&format!(
                "- **{}: {}** {}{} {}\n",
                e(n.label),
                e(n.title),
                e(n.changes),
                meaning,
                e(&n.dates)
            ));
        }
        m.push('\n');
    }
    if !r.calendar.is_empty() {
        m.push_str(&format!("## {}\n\n", e(KeepText::ReportCalendar.text(l))));
        m.push_str(&format!(
            "| {} | {} | {} | {} |\n|---|---|---|---|\n",
            e(KeepText::ReportColDate.text(l)),
            e(KeepText::ReportColStep.text(l)),
            e(KeepText::ReportColWho.text(l)),
            e(KeepText::ReportColStatus.text(l))
        ));
        for row in &r.calendar {
            m.push_str(&format!(
                "| {} | {} | {} | {} |\n",
                e(&row.date),
                e(&row.title),
                e(row.who),
                e(row.status)
            ));
        }
        m.push('\n');
    }
    if let Some(x) = &r.money {
        m.push_str(&format!("## {}\n\n", e(KeepText::ReportMoney.text(l))));
        if x.amount.is_empty() {
            m.push_str(&format!("**{}**\n\n", e(x.headline)));
        } else {
            m.push_str(&format!("**{}: {}**\n\n", e(x.headline), e(&x.amount)));
        }
        if !x.reason.is_empty() {
            m.push_str(&format!("{}\n\n", e(&x.reason)));
        }
        if !x.lines.is_empty() {
            m.push_str(&format!(
                "### {}\n\n",
                e(KeepText::ReportHowCalculated.text(l))
            ));
            md_list(&mut m, &x.lines);
        }
        md_list(&mut m, &x.uncertain);
    }
    if let Some(v) = &o.vso {
        vso_md(&mut m, v);
    }
    m.push_str(&format!("## {}\n\n", e(KeepText::ReportHelp.text(l))));
    for help in &o.help {
        match help.url.and_then(safe_url) {
            Some(u) => m.push_str(&format!(
                "- **{}** {} <{}>\n",
                e(help.name),
                e(help.what),
                u
            )),
            None => m.push_str(&format!("- **{}** {}\n", e(help.name), e(help.what))),
        }
    }
    m.push_str(&format!("\n> {}\n", e(o.disclaimer)));
    m
}

/// Rows of labels and values as a definition list.
fn push_rows(h: &mut String, rows: &[(String, String)]) {
    h.push_str("<dl>");
    for (k, v) in rows {
        wrap(h, "<dt>", k, "</dt>");
        wrap(h, "<dd>", v, "</dd>");
    }
    h.push_str("</dl>\n");
}

/// The settlement agreement beside what the law gives, as on the advice page.
fn vso_html(h: &mut String, v: &RenderedVso) {
    wrap(h, "<section>\n<h2>", v.heading, "</h2>\n<p>");
    wrap(h, "", v.intro, "</p>\n");
    if let Some(a) = &v.assumption {
        wrap(h, "<p class=\"uncertain\">", a, "</p>\n");
    }
    push_rows(h, &v.rows);
    for l in &v.lines {
        wrap(h, "<p>", l, "</p>\n");
    }
    if !v.months.is_empty() {
        wrap(h, "<h3>", v.months_label, "</h3>\n");
        push_rows(h, &v.months);
    }
    wrap(h, "<h3>", v.benefits_heading, "</h3>\n");
    push_list(h, &v.benefits);
    wrap(h, "<h3>", v.points_heading, "</h3>\n");
    push_list(h, &v.points);
    h.push_str("</section>\n");
}

fn stay_or_leave_html(h: &mut String, s: &RenderedStayOrLeave) {
    wrap(h, "<div class=\"card\"><h3>", s.heading, "</h3>\n<p>");
    wrap(h, "", s.intro, "</p>\n<p><strong>");
    wrap(h, "", s.stay_heading, "</strong></p>\n");
    push_list(h, &s.stay);
    wrap(h, "<p><strong>", s.leave_heading, "</strong></p>\n");
    push_list(h, &s.leave);
    wrap(h, "<p>", s.closing, "</p></div>\n");
}

fn vso_md(m: &mut String, v: &RenderedVso) {
    let e = escape_md;
    m.push_str(&format!("## {}\n\n{}\n\n", e(v.heading), e(v.intro)));
    if let Some(a) = &v.assumption {
        m.push_str(&format!("*{}*\n\n", e(a)));
    }
    for (k, val) in &v.rows {
        m.push_str(&format!("- **{}** {}\n", e(k), e(val)));
    }
    m.push('\n');
    for l in &v.lines {
        m.push_str(&format!("{}\n\n", e(l)));
    }
    if !v.months.is_empty() {
        m.push_str(&format!("### {}\n\n", e(v.months_label)));
        for (k, val) in &v.months {
            m.push_str(&format!("- {}: {}\n", e(k), e(val)));
        }
        m.push('\n');
    }
    m.push_str(&format!("### {}\n\n", e(v.benefits_heading)));
    md_list(m, &v.benefits);
    m.push_str(&format!("### {}\n\n", e(v.points_heading)));
    md_list(m, &v.points);
}

fn stay_or_leave_md(m: &mut String, s: &RenderedStayOrLeave) {
    let e = escape_md;
    m.push_str(&format!(
        "### {}\n\n{}\n\n**{}**\n\n",
        e(s.heading),
        e(s.intro),
        e(s.stay_heading)
    ));
    md_list(m, &s.stay);
    m.push_str(&format!("**{}**\n\n", e(s.leave_heading)));
    md_list(m, &s.leave);
    m.push_str(&format!("{}\n\n", e(s.closing)));
}

/// The urgent deadlines as lines of plain text.
fn urgent_lines(r: &Report) -> Vec<String> {
    r.outcome.urgent.iter().map(|u| u.line(r.lang)).collect()
}

/// File names for the downloads.
pub fn file_name(today: NaiveDate, ext: &str) -> String {
    format!("spoorwijzer-samenvatting-{}.{ext}", dates::iso(today))
}

/// Convenience: the effective answers' voice, for pages that show the report title.
pub fn voice(answers: &Answers) -> flow::Voice {
    flow::voice(answers)
}

#[cfg(test)]
mod tests;
