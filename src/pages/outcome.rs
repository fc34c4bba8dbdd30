//! The outcome (`#/advies`), in the order of design.md §3: summary, route cards (the
//! employer's duties first), deadlines, money, warnings, help, save and share. Every word
//! and every decision comes from `flow::outcome(..).render(lang)`.

use spoorwijzer_core::flow;
use spoorwijzer_core::lang::Lang;
use spoorwijzer_core::text::flow::outcome::{OutcomeText, RenderedCard, RenderedUrgent};
use spoorwijzer_core::text::flow::vso::{RenderedStayOrLeave, RenderedVso};
use spoorwijzer_core::text::flow::FlowText;
use spoorwijzer_core::{dates, flow::Voice};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::clock::use_today;
use crate::components::details::Details;
use crate::components::kb_inline::external_link;
use crate::components::page_heading::PageHeading;
use crate::components::pending_law_notice::PendingLawNotice;
use crate::hooks::open_question::use_open_question_first;
use crate::route::Route;
use crate::state::use_app;
use spoorwijzer_core::text::format;

fn sources(list: &[spoorwijzer_core::source::Source], lang: Lang) -> Html {
    html! {
        <ul class="sw-outcome__sources">
            { for list.iter().map(|s| match s.url {
                Some(url) => html! { <li>{ external_link(url, html! { { s.label } }, lang) }</li> },
                None => html! { <li>{ s.label }</li> },
            }) }
        </ul>
    }
}

fn list(items: &[&'static str]) -> Html {
    html! { <ul>{ for items.iter().map(|i| html! { <li>{ *i }</li> }) }</ul> }
}

fn card(c: &RenderedCard, voice: Voice, lang: Lang) -> Html {
    let ui = |u: OutcomeText| u.text(voice, lang);
    html! {
        <article class="sw-card sw-outcome__card">
            <h3>{ c.title }</h3>
            if !c.why.is_empty() {
                <h4>{ ui(OutcomeText::Why) }</h4>
                <ul>{ for c.why.iter().map(|w| html! { <li>{ w.clone() }</li> }) }</ul>
            }
            if !c.timing.is_empty() {
                <ul class="sw-outcome__timing">{ for c.timing.iter().map(|w| html! { <li>{ w.clone() }</li> }) }</ul>
            }
            if !c.next.is_empty() {
                <h4>{ ui(OutcomeText::WhatNext) }</h4>
                { list(c.next) }
            }
            if !c.who_pays.is_empty() {
                <h4>{ ui(OutcomeText::WhoPays) }</h4>
                <p>{ c.who_pays }</p>
            }
            if !c.employee_must.is_empty() {
                <h4>{ ui(OutcomeText::EmployeeMust) }</h4>
                { list(c.employee_must) }
            }
            if !c.conditions.is_empty() {
                <h4>{ ui(OutcomeText::Conditions) }</h4>
                { list(c.conditions) }
            }
            if !c.risks.is_empty() {
                <h4>{ ui(OutcomeText::Risks) }</h4>
                { list(c.risks) }
            }
            if let Some(u) = c.uncertain {
                <p class="sw-outcome__uncertain"><strong>{ ui(OutcomeText::Uncertain) }{ ": " }</strong>{ u }</p>
            }
            <Details summary={ui(OutcomeText::LegalBasis)}>
                <p>{ c.legal_basis }</p>
                <p><strong>{ ui(OutcomeText::Sources) }</strong></p>
                { sources(c.sources, lang) }
            </Details>
        </article>
    }
}

/// Label and value rows, as on the check-answers page.
fn rows(items: &[(String, String)]) -> Html {
    html! {
        <dl class="sw-check__list">
            { for items.iter().map(|(k, v)| html! {
                <div class="sw-check__row"><dt>{ k.clone() }</dt><dd>{ v.clone() }</dd></div>
            }) }
        </dl>
    }
}

/// "De vaststellingsovereenkomst naast wat de wet geeft".
fn vso_section(v: &RenderedVso, voice: Voice, lang: Lang) -> Html {
    let ui = |u: OutcomeText| u.text(voice, lang);
    html! {
        <section class="sw-outcome__section" aria-labelledby="sw-vso" id="sw-vso-section">
            <h2 id="sw-vso">{ v.heading }</h2>
            <p>{ v.intro }</p>
            if let Some(a) = v.assumption.clone() {
                <p class="sw-outcome__uncertain" id="sw-vso-assumption">{ a }</p>
            }
            { rows(&v.rows) }
            { for v.lines.iter().map(|l| html! { <p>{ l.clone() }</p> }) }
            if !v.months.is_empty() {
                <Details summary={v.months_label}>{ rows(&v.months) }</Details>
            }
            <h3>{ v.benefits_heading }</h3>
            <ul>{ for v.benefits.iter().map(|b| html! { <li>{ b.clone() }</li> }) }</ul>
            <h3>{ v.points_heading }</h3>
            <ul>{ for v.points.iter().map(|b| html! { <li>{ b.clone() }</li> }) }</ul>
            if let Some((label, href)) = v.calculator.clone() {
                <p><a href={href}>{ label }</a></p>
            }
            <Details summary={ui(OutcomeText::Sources)}>{ sources(v.sources, lang) }</Details>
        </section>
    }
}

/// The deadlines within 14 days, at the top: when, what, who acts and what to do.
fn urgent(items: &[RenderedUrgent], voice: Voice, lang: Lang) -> Html {
    if items.is_empty() {
        return html! {};
    }
    let ui = |u: OutcomeText| u.text(voice, lang);
    html! {
        <section class="sw-outcome__section sw-outcome__urgent" aria-labelledby="sw-urgent" id="sw-urgent-section">
            <h2 id="sw-urgent">{ ui(OutcomeText::UrgentHeading) }</h2>
            <ul class="sw-outcome__urgent-list">
                { for items.iter().map(|u| html! {
                    <li class="sw-outcome__urgent-item">
                        <p class="sw-outcome__urgent-when"><strong>{ u.when_capitalised() }</strong>{ format!(" ({})", u.date) }</p>
                        <p class="sw-outcome__urgent-title"><strong>{ u.title.clone() }</strong></p>
                        if let Some(who) = u.who {
                            <p>{ ui(OutcomeText::UrgentWho) }{ ": " }{ who }</p>
                        }
                        <p>{ u.what.clone() }</p>
                    </li>
                }) }
            </ul>
        </section>
    }
}

/// The situational route: staying until the 104 weeks end, or leaving now.
fn stay_or_leave(s: &RenderedStayOrLeave, voice: Voice, lang: Lang) -> Html {
    let ui = |u: OutcomeText| u.text(voice, lang);
    html! {
        <article class="sw-card sw-outcome__card" id="sw-stay-or-leave">
            <h3>{ s.heading }</h3>
            <p>{ s.intro }</p>
            <h4>{ s.stay_heading }</h4>
            <ul>{ for s.stay.iter().map(|i| html! { <li>{ i.clone() }</li> }) }</ul>
            <h4>{ s.leave_heading }</h4>
            <ul>{ for s.leave.iter().map(|i| html! { <li>{ i.clone() }</li> }) }</ul>
            <p>{ s.closing }</p>
            <Details summary={ui(OutcomeText::Sources)}>{ sources(s.sources, lang) }</Details>
        </article>
    }
}

#[component]
pub fn OutcomePage() -> Html {
    let state = use_app();
    let lang = state.lang;
    let today = use_today();
    let answers = state.answers.clone();
    // Not finished: ask the open question first.
    let open = use_open_question_first();
    if let Some(redirect) = open {
        return redirect;
    }

    let o = flow::outcome(&answers, today);
    let voice = o.voice;
    let r = o.render(lang);
    let ui = |u: OutcomeText| u.text(voice, lang);
    let content_date = dates::parse_iso(r.content_date)
        .map(|d| format::long_date(d, lang))
        .unwrap_or_else(|_| r.content_date.to_string());
    let print = Callback::from(|_: MouseEvent| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });

    let duties = html! {
        if !r.duties.is_empty() {
            <section class="sw-outcome__section" aria-labelledby="sw-duties">
                <h2 id="sw-duties">{ ui(OutcomeText::DutiesHeading) }</h2>
                { list(&r.duties) }
            </section>
        }
    };
    // A part without content is left out, with its heading.
    let routes = html! {
        if !r.routes.is_empty() {
            <section class="sw-outcome__section" aria-labelledby="sw-routes">
                <h2 id="sw-routes">{ ui(OutcomeText::RoutesHeading) }</h2>
                { for r.routes.iter().map(|c| card(c, voice, lang)) }
                if let Some(s) = r.stay_or_leave.as_ref() {
                    { stay_or_leave(s, voice, lang) }
                }
                if o.shows_comparison() {
                    <p><Link<Route> to={Route::Vergelijk}>{ ui(OutcomeText::CompareLink) }</Link<Route>></p>
                }
            </section>
        }
    };
    let (first, second) = match voice {
        Voice::Werkgever => (duties, routes),
        Voice::Werknemer => (routes, duties),
    };

    html! {
        <div class="sw-outcome">
            <Link<Route> to={Route::Controle} classes="sw-back-link sw-no-print">{ FlowText::Back.text(lang) }</Link<Route>>
            <PageHeading text={r.title} />
            { urgent(&r.urgent, voice, lang) }
            <section class="sw-outcome__section" aria-labelledby="sw-summary">
                <h2 id="sw-summary">{ ui(OutcomeText::SummaryHeading) }</h2>
                { for r.summary.iter().map(|s| html! { <p>{ s.clone() }</p> }) }
            </section>
            { first }
            { second }
            if o.calendar_href.is_some() {
                <section class="sw-outcome__section" aria-labelledby="sw-deadlines">
                    <h2 id="sw-deadlines">{ ui(OutcomeText::DeadlinesHeading) }</h2>
                        if r.deadlines.is_empty() {
                            <p>{ ui(OutcomeText::NoDeadlines) }</p>
                        } else {
                            <ol class="sw-outcome__deadlines">
                                { for r.deadlines.iter().map(|d| html! {
                                    <li class={classes!("sw-outcome__deadline", format!("sw-status--{}", d.status_code))}>
                                        <strong>{ d.date.clone() }</strong>{ ": " }{ d.title.clone() }
                                        <br />
                                        { ui(OutcomeText::DeadlineWho) }{ ": " }{ d.actor }
                                        { " · " }{ ui(OutcomeText::DeadlineStatus) }{ ": " }{ d.status }
                                        if let Some(u) = d.uncertain {
                                            { " · " }<em>{ u }</em>
                                        }
                                    </li>
                                }) }
                            </ol>
                        }
                        if let Some(href) = o.calendar_href.clone() {
                            <p><a href={href}>{ ui(OutcomeText::FullCalendar) }</a></p>
                        }
                </section>
            }
            if !o.informatie && !r.money.is_empty() {
                <section class="sw-outcome__section" aria-labelledby="sw-money">
                    <h2 id="sw-money">{ ui(OutcomeText::MoneyHeading) }</h2>
                    if let Some(a) = r.money.amount.clone() {
                        <p class="sw-outcome__amount">{ a }</p>
                    }
                    { for r.money.lines.iter().map(|l| html! { <p>{ l.clone() }</p> }) }
                    if let Some(b) = r.money.basis {
                        <p class="sw-muted">{ ui(OutcomeText::LegalBasis) }{ ": " }{ b }</p>
                    }
                    if !r.money.uncertain.is_empty() {
                        <ul class="sw-outcome__uncertain">
                            { for r.money.uncertain.iter().map(|u| html! { <li>{ u.clone() }</li> }) }
                        </ul>
                    }
                    <ul>
                        if let Some((label, href)) = r.money.calculator.clone() {
                            <li><a href={href}>{ label }</a></li>
                        }
                        if let Some((label, href)) = r.money.income.clone() {
                            <li><a href={href}>{ label }</a></li>
                        }
                    </ul>
                </section>
            }
            if let Some(v) = r.vso.as_ref() {
                { vso_section(v, voice, lang) }
            }
            if !r.warnings.is_empty() || !r.pending_law.is_empty() {
                <section class="sw-outcome__section" aria-labelledby="sw-warnings">
                    <h2 id="sw-warnings">{ ui(OutcomeText::WarningsHeading) }</h2>
                    { for r.warnings.iter().map(|w| html! {
                        <div class="sw-callout sw-outcome__warning">
                            <h3>{ w.text.title }</h3>
                            <p><strong>{ ui(OutcomeText::Consequence) }{ ": " }</strong>{ w.text.consequence.clone() }</p>
                            <p><strong>{ ui(OutcomeText::WhatToDo) }{ ": " }</strong>{ w.text.action.clone() }</p>
                            <Details summary={ui(OutcomeText::Sources)}>{ sources(w.sources, lang) }</Details>
                        </div>
                    }) }
                    { for r.pending_law.iter().enumerate().map(|(i, n)| html! {
                        <PendingLawNotice notice={n.clone()} dom_id={format!("sw-pending-{i}")} />
                    }) }
                </section>
            }
            <section class="sw-outcome__section" aria-labelledby="sw-help">
                <h2 id="sw-help">{ ui(OutcomeText::HelpHeading) }</h2>
                <ul class="sw-outcome__help">
                    { for r.help.iter().map(|h| html! {
                        <li>
                            if let Some(url) = h.url {
                                { external_link(url, html! { <strong>{ h.name }</strong> }, lang) }
                            } else {
                                <strong>{ h.name }</strong>
                            }
                            { ": " }{ h.what }
                        </li>
                    }) }
                </ul>
                <ul class="sw-outcome__tools">
                    { for r.tools.iter().map(|(label, href)| html! { <li><a href={href.clone()}>{ *label }</a></li> }) }
                </ul>
            </section>
            <section class="sw-outcome__section" aria-labelledby="sw-save">
                <h2 id="sw-save">{ ui(OutcomeText::SaveHeading) }</h2>
                <p>{ ui(OutcomeText::SaveIntro) }</p>
                <div class="sw-button-group sw-no-print">
                    <Link<Route> to={Route::Bewaren} classes="sw-button sw-button--secondary">{ ui(OutcomeText::SaveLink) }</Link<Route>>
                    <button type="button" class="sw-button sw-button--secondary" onclick={print}>{ ui(OutcomeText::PrintButton) }</button>
                </div>
            </section>
            <p class="sw-outcome__disclaimer">{ r.disclaimer }</p>
            <p class="sw-muted">{ ui(OutcomeText::ContentDate) }{ " " }{ content_date }</p>
        </div>
    }
}
