//! The summary on the page, for printing ("Afdrukken" and the browser's own print).

use std::rc::Rc;

use spoorwijzer_core::report::summary::{self, Report};
use spoorwijzer_core::text::flow::outcome::OutcomeText;
use spoorwijzer_core::text::keep::KeepText;
use yew::prelude::*;

use crate::components::table_head;

#[component]
pub fn ReportView() -> Html {
    let super::Keep { state, today, lang } = super::use_keep();
    let report: Rc<Report> = {
        let answers = state.answers.clone();
        use_memo((answers, today, lang), |(answers, today, lang)| {
            summary::build(answers, *today, *lang, None)
        })
    };
    let t = |k: KeepText| k.text(lang);
    let r = &*report;
    let o = &r.outcome;
    html! {
        <section class="sw-report" aria-labelledby="sw-report-h">
            <h2 id="sw-report-h">{ r.title }</h2>
            <p>{ r.made.clone() }</p>
            <p class="sw-report__disclaimer">{ o.disclaimer }</p>
            <h3>{ t(KeepText::ReportAnswers) }</h3>
            if r.answers.is_empty() {
                <p>{ t(KeepText::ReportNoAnswers) }</p>
            }
            { for r.answers.iter().map(|(title, rows)| html! {
                <>
                    <h4>{ *title }</h4>
                    <dl class="sw-report__answers">
                        { for rows.iter().map(|(q, a)| html! { <><dt>{ q.clone() }</dt><dd>{ a.clone() }</dd></> }) }
                    </dl>
                </>
            }) }
            if !r.answers.is_empty() {
                <h3>{ t(KeepText::ReportAdvice) }</h3>
                if !o.urgent.is_empty() {
                    <div class="sw-report__card sw-report__urgent">
                        <h4>{ OutcomeText::UrgentHeading.text(r.voice, lang) }</h4>
                        <ul>{ for o.urgent.iter().map(|u| html! { <li>{ u.line(lang) }</li> }) }</ul>
                    </div>
                }
                <ul>{ for o.summary.iter().map(|s| html! { <li>{ s.clone() }</li> }) }</ul>
                { for o.routes.iter().map(|c| html! {
                    <div class="sw-report__card">
                        <h4>{ c.title }</h4>
                        <ul>{ for c.why.iter().chain(c.timing.iter()).map(|s| html! { <li>{ s.clone() }</li> }) }</ul>
                        <p>{ c.who_pays }</p>
                        <p class="sw-muted">{ c.legal_basis }</p>
                    </div>
                }) }
                if !o.warnings.is_empty() {
                    <h4>{ t(KeepText::ReportWarnings) }</h4>
                    <ul>{ for o.warnings.iter().map(|w| html! {
                        <li><strong>{ w.text.title }</strong>{ " " }{ w.text.consequence.clone() }{ " " }{ w.text.action.clone() }</li>
                    }) }</ul>
                }
                if !r.calendar.is_empty() {
                    <h3>{ t(KeepText::ReportCalendar) }</h3>
                    <div class="sw-report__table-wrap" tabindex="0" role="region" aria-label={t(KeepText::ReportCalendar)}>
                        <table class="sw-report__table">
                            { table_head(&[t(KeepText::ReportColDate), t(KeepText::ReportColStep), t(KeepText::ReportColWho), t(KeepText::ReportColStatus)]) }
                            <tbody>{ for r.calendar.iter().map(|row| html! {
                                <tr><td>{ row.date.clone() }</td><td>{ row.title.clone() }</td><td>{ row.who }</td><td>{ row.status }</td></tr>
                            }) }</tbody>
                        </table>
                    </div>
                }
                if let Some(m) = &r.money {
                    <h3>{ t(KeepText::ReportMoney) }</h3>
                    <p><strong>{ m.headline }{ if m.amount.is_empty() { String::new() } else { format!(": {}", m.amount) } }</strong></p>
                    if !m.reason.is_empty() {
                        <p>{ m.reason.clone() }</p>
                    }
                    if !m.lines.is_empty() {
                        <h4>{ t(KeepText::ReportHowCalculated) }</h4>
                    }
                    if !m.lines.is_empty() || !m.uncertain.is_empty() {
                        <ul>{ for m.lines.iter().chain(m.uncertain.iter()).map(|s| html! { <li>{ s.clone() }</li> }) }</ul>
                    }
                }
                <h3>{ t(KeepText::ReportHelp) }</h3>
                <ul>{ for o.help.iter().map(|h| html! { <li><strong>{ h.name }</strong>{ ": " }{ h.what }</li> }) }</ul>
            }
        </section>
    }
}
