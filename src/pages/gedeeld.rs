//! `#/gedeeld/<payload>`: a shared link. Decode it (never crash), show what was read and
//! what not, and on "Gebruik deze antwoorden" take the answers over and replace the URL
//! with `#/controle`, so the payload does not stay in the address bar or the history.

use spoorwijzer_core::flow::{self, routing};
use spoorwijzer_core::share;
use spoorwijzer_core::text::calc::CalcText;
use spoorwijzer_core::text::flow::{display_answer, question_text, section_title};
use spoorwijzer_core::text::keep::{
    answers_read, file_made, file_problem_message, share_error_message, KeepText,
};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::clock::use_today;
use crate::components::error_summary::{ErrorItem, ErrorSummary};
use crate::components::page_heading::PageHeading;
use crate::route::Route;
use crate::state::{use_app, Action};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub payload: AttrValue,
}

#[component]
pub fn GedeeldPage(props: &Props) -> Html {
    let state = use_app();
    let lang = state.lang;
    let t = |k: KeepText| k.text(lang);
    let navigator = use_navigator();
    let today = use_today();
    let decoded = {
        let payload = props.payload.clone();
        use_memo((payload, today), |(p, today)| share::decode(p, *today))
    };
    let report = match &*decoded {
        Ok(r) => r.clone(),
        Err(e) => {
            return html! {
                <>
                    <PageHeading text={t(KeepText::SharedFailedTitle)} error={true} />
                    <div data-testid="shared-error">
                        <ErrorSummary title={CalcText::ErrorSummaryTitle.text(lang)}
                            items={vec![ErrorItem::general(share_error_message(e, lang))]} />
                    </div>
                    <p><Link<Route> to={Route::Bewaren}>{ t(KeepText::BackToSave) }</Link<Route>></p>
                </>
            };
        }
    };
    let on_use = {
        let state = state.clone();
        let answers = report.answers.clone();
        Callback::from(move |_: MouseEvent| {
            state.dispatch(Action::ReplaceAnswers(answers.clone()));
            // history.replaceState: the payload leaves the address bar and the history.
            if let Some(n) = &navigator {
                n.replace(&Route::Controle);
            }
        })
    };
    let voice = flow::voice(&report.answers);
    let groups = routing::relevant_by_section(&report.answers);
    html! {
        <>
            <PageHeading text={t(KeepText::SharedTitle)} />
            <p class="sw-lead">{ t(KeepText::SharedIntro) }</p>
            <p aria-live="polite" data-testid="shared-count">{ answers_read(report.answers.len(), lang) }</p>
            if let Some(m) = file_made(report.created, report.app_version.as_deref(), lang) {
                <p>{ m }</p>
            }
            if !report.problems.is_empty() {
                <div class="sw-notice sw-notice--warning">
                    <h2>{ t(KeepText::NotReadHeading) }</h2>
                    <ul data-testid="shared-problems">
                        { for report.problems.iter().map(|p| html! { <li>{ file_problem_message(p, lang) }</li> }) }
                    </ul>
                </div>
            }
            <h2>{ t(KeepText::SharedReadHeading) }</h2>
            { for groups.iter().map(|(s, rows)| html! {
                <>
                    <h3>{ section_title(*s, voice, lang) }</h3>
                    <dl class="sw-report__answers">
                        { for rows.iter().map(|(q, a)| html! {
                            <>
                                <dt>{ question_text(*q, voice, lang).short }</dt>
                                <dd>{ display_answer(*q, a, voice, lang) }</dd>
                            </>
                        }) }
                    </dl>
                </>
            }) }
            <p>
                <button type="button" class="sw-button" onclick={on_use}>{ t(KeepText::SharedUse) }</button>
            </p>
            <p><Link<Route> to={Route::Bewaren}>{ t(KeepText::BackToSave) }</Link<Route>></p>
        </>
    }
}
