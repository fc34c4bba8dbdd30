//! `#/bewaren`: keep and share without a server. Download the answers file, continue
//! with a file, opt-in memory on this device, "Alles wissen", the printable summary, the
//! letters and a share link (clipboard only). All words and rules come from the core
//! (`storage_format`, `share`, `report`, `text::keep`).

use std::cell::RefCell;
use std::rc::Rc;

use gloo::file::callbacks::FileReader;
use gloo::file::File;
use spoorwijzer_core::lang::Lang;
use spoorwijzer_core::report::letters::{self, LetterKind};
use spoorwijzer_core::report::summary::{self, Report};
use spoorwijzer_core::share;
use spoorwijzer_core::storage_format::{self, Calculators, FileReport};
use spoorwijzer_core::text::keep::{
    answers_read, file_error_message, file_made, file_problem_message, Keep,
};
use wasm_bindgen::JsCast;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::clock::use_today;
use crate::components::error_summary::{ErrorItem, ErrorSummary};
use crate::components::file_drop::FileDrop;
use crate::components::page_heading::PageHeading;
use crate::download;
use crate::route::Route;
use crate::state::{use_app, Action};
use crate::storage::{self, use_store, MemoryStatus};

const FILE_ID: &str = "sw-keep-file";
const SUMMARY_ID: &str = "sw-keep-error-summary";
const LETTER_SELECT_ID: &str = "sw-keep-letter";
const LETTER_TEXT_ID: &str = "sw-keep-letter-text";
const MEMORY_ID: &str = "sw-keep-memory";
const JSON_MIME: &str = "application/json;charset=utf-8";

/// The outcome of the last import, shown below the file field.
#[derive(Clone, PartialEq)]
enum ImportState {
    None,
    Reading,
    Done(Box<FileReport>),
    Failed(String),
}

#[component]
pub fn BewarenPage() -> Html {
    let state = use_app();
    let lang = state.lang;
    let t = |k: Keep| k.text(lang);
    let import = use_state(|| ImportState::None);
    let error_title = matches!(*import, ImportState::Failed(_));

    html! {
        <>
            <PageHeading text={t(Keep::PageTitle)} error={error_title} />
            // A file that could not be read: the summary receives focus and links to the
            // file field.
            if let ImportState::Failed(msg) = &*import {
                <ErrorSummary id={SUMMARY_ID} title={t(Keep::ImportNothing)}
                    items={vec![ErrorItem::field(FILE_ID, msg.clone())]} />
            }
            <div class="sw-keep-controls sw-no-print">
                <p class="sw-lead">{ t(Keep::Intro) }</p>
                <p>
                    { t(Keep::AnswersCount) }{ " " }
                    <strong data-testid="answer-count">{ state.answers.len() }</strong>
                    { " " }
                    if !state.answers.is_empty() {
                        <Link<Route> to={Route::Controle}>{ t(Keep::ToCheckAnswers) }</Link<Route>>
                    }
                </p>
                <FileSection import={import.clone()} />
                <MemorySection />
                <ReportControls />
                <LettersSection />
                <ShareSection />
            </div>
            <ReportView />
        </>
    }
}

#[derive(Properties, PartialEq)]
struct FileSectionProps {
    import: UseStateHandle<ImportState>,
}

#[component]
fn FileSection(props: &FileSectionProps) -> Html {
    let state = use_app();
    let today = use_today();
    let lang = state.lang;
    let t = |k: Keep| k.text(lang);
    let downloaded = use_state(|| None::<bool>);
    let reader: Rc<RefCell<Option<FileReader>>> = use_mut_ref(|| None);

    let on_download = {
        let answers = state.answers.clone();
        let downloaded = downloaded.clone();
        Callback::from(move |_: MouseEvent| {
            let text = storage_format::export(&answers, &Calculators::new(), today);
            downloaded.set(Some(download::offer(
                &storage_format::file_name(today),
                JSON_MIME,
                &text,
            )));
        })
    };
    let on_file = {
        let import = props.import.clone();
        let state = state.clone();
        Callback::from(move |file: File| {
            import.set(ImportState::Reading);
            let import = import.clone();
            let state = state.clone();
            let task = gloo::file::callbacks::read_as_text(&file, move |res| {
                let lang = state.lang;
                match res {
                    Err(_) => {
                        import.set(ImportState::Failed(Keep::ReadFailed.text(lang).to_string()))
                    }
                    Ok(text) => match storage_format::import(&text, today) {
                        Ok(report) => {
                            state.dispatch(Action::ReplaceAnswers(report.answers.clone()));
                            import.set(ImportState::Done(Box::new(report)));
                        }
                        Err(e) => import.set(ImportState::Failed(file_error_message(&e, lang))),
                    },
                }
            });
            // Keep the reader alive until it is done (dropping it cancels the read).
            *reader.borrow_mut() = Some(task);
        })
    };
    let field_error = match &*props.import {
        ImportState::Failed(m) => Some(AttrValue::from(m.clone())),
        ImportState::None | ImportState::Reading | ImportState::Done(_) => None,
    };
    html! {
        <section aria-labelledby="sw-keep-file-h">
            <h2 id="sw-keep-file-h">{ t(Keep::FileHeading) }</h2>
            <p>{ t(Keep::FileIntro) }</p>
            <button type="button" class="sw-button" onclick={on_download}>{ t(Keep::Download) }</button>
            <p class="sw-keep-status" aria-live="polite">
                { match *downloaded {
                    Some(true) => t(Keep::Downloaded),
                    Some(false) => t(Keep::DownloadFailed),
                    None => "",
                } }
            </p>
            <h2 id="sw-keep-continue-h">{ t(Keep::ContinueHeading) }</h2>
            <FileDrop
                id={FILE_ID}
                label={t(Keep::ContinueLabel)}
                hint={t(Keep::ContinueHint)}
                drop_text={t(Keep::ContinueLabel)}
                drop_active_text={t(Keep::ContinueLabel)}
                accept=".json,application/json"
                error={field_error}
                {on_file}
            />
            <div class="sw-keep-import-result" aria-live="polite" data-testid="import-result">
                { import_result(&props.import, lang) }
            </div>
        </section>
    }
}

fn import_result(import: &ImportState, lang: Lang) -> Html {
    let t = |k: Keep| k.text(lang);
    match import {
        ImportState::None | ImportState::Failed(_) => html! {},
        ImportState::Reading => html! { <p>{ t(Keep::Reading) }</p> },
        ImportState::Done(r) => html! {
            <div class={classes!("sw-notice", (!r.problems.is_empty()).then_some("sw-notice--warning"))}>
                <p>{ answers_read(r.answers.len(), lang) }</p>
                if let Some(m) = file_made(r.created, r.app_version.as_deref(), lang) {
                    <p>{ m }</p>
                }
                if r.migrated {
                    <p>{ t(Keep::ImportMigrated) }</p>
                }
                if r.problems.is_empty() {
                    <p>{ t(Keep::ImportOk) }</p>
                } else {
                    <p>{ t(Keep::ImportPartly) }</p>
                    <ul class="sw-keep-problems" data-testid="import-problems">
                        { for r.problems.iter().map(|p| html! { <li>{ file_problem_message(p, lang) }</li> }) }
                    </ul>
                }
            </div>
        },
    }
}

#[component]
fn MemorySection() -> Html {
    let state = use_app();
    let today = use_today();
    let lang = state.lang;
    let t = |k: Keep| k.text(lang);
    let store = use_store();
    let status = {
        let store = store.clone();
        use_state(move || storage::status(&*store))
    };
    let confirming = use_state(|| false);
    let cleared = use_state(|| false);
    let failed = use_state(|| false);

    let unavailable = *status == MemoryStatus::Unavailable;
    let host_off = !crate::state::use_embed().onthouden;
    let on_toggle = {
        let store = store.clone();
        let status = status.clone();
        let answers = state.answers.clone();
        let failed = failed.clone();
        Callback::from(move |e: Event| {
            let input = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
            let want_on = input.as_ref().map(|i| i.checked()).unwrap_or(false);
            let result = match (*status, want_on) {
                (MemoryStatus::Unavailable, _) => Err(storage::StoreError),
                (MemoryStatus::Off | MemoryStatus::On, true) => {
                    storage::enable(&*store, &answers, today)
                }
                (MemoryStatus::Off | MemoryStatus::On, false) => storage::disable(&*store),
            };
            failed.set(result.is_err());
            let now = storage::status(&*store);
            // The box shows what is really stored, also when storage refused.
            if let Some(i) = input {
                i.set_checked(now == MemoryStatus::On);
            }
            status.set(now);
        })
    };
    let ask = {
        let confirming = confirming.clone();
        let cleared = cleared.clone();
        Callback::from(move |_: MouseEvent| {
            cleared.set(false);
            confirming.set(true);
        })
    };
    let no = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(false))
    };
    let yes = {
        let store = store.clone();
        let state = state.clone();
        let confirming = confirming.clone();
        let cleared = cleared.clone();
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            // Storage may be unavailable: then there is nothing stored to remove, and the
            // answers in memory are reset all the same.
            let _ = storage::clear_all(&*store);
            state.dispatch(Action::ResetAll);
            confirming.set(false);
            cleared.set(true);
            status.set(storage::status(&*store));
        })
    };
    html! {
        <section aria-labelledby="sw-keep-memory-h">
            <h2 id="sw-keep-memory-h">{ t(Keep::MemoryHeading) }</h2>
            if host_off {
                <p data-testid="memory-status">{ t(Keep::MemoryOffByHost) }</p>
            } else {
            <div class="sw-checkbox">
                <input type="checkbox" id={MEMORY_ID}
                    checked={*status == MemoryStatus::On}
                    aria-disabled={unavailable.then_some("true")}
                    aria-describedby="sw-keep-memory-hint sw-keep-memory-status"
                    onchange={on_toggle} />
                <label for={MEMORY_ID}>{ t(Keep::MemoryLabel) }</label>
            </div>
            <p id="sw-keep-memory-hint" class="sw-muted">{ t(Keep::MemoryHint) }</p>
            <p id="sw-keep-memory-status" aria-live="polite" data-testid="memory-status"
                class={classes!(unavailable.then_some("sw-notice"))}>
                { match *status {
                    MemoryStatus::Unavailable => t(Keep::MemoryUnavailable),
                    MemoryStatus::On => t(Keep::MemoryOn),
                    MemoryStatus::Off if *failed => t(Keep::MemoryUnavailable),
                    MemoryStatus::Off => t(Keep::MemoryOff),
                } }
            </p>
            }
            <h2 id="sw-keep-clear-h">{ t(Keep::ClearHeading) }</h2>
            if *confirming {
                <div class="sw-keep-confirm" role="alertdialog" aria-labelledby="sw-keep-confirm-q">
                    <p id="sw-keep-confirm-q">{ t(Keep::ClearConfirmQuestion) }</p>
                    <button type="button" class="sw-button sw-button--warning" onclick={yes}>{ t(Keep::ClearConfirmYes) }</button>
                    { " " }
                    <button type="button" class="sw-button sw-button--secondary" onclick={no}>{ t(Keep::ClearConfirmNo) }</button>
                </div>
            } else {
                <button type="button" class="sw-button sw-button--secondary" onclick={ask}>{ t(Keep::ClearButton) }</button>
            }
            <p aria-live="polite" data-testid="clear-status">{ if *cleared { t(Keep::Cleared) } else { "" } }</p>
        </section>
    }
}

/// Ask the browser to print; `mode` goes into `<html data-sw-print>`, which the print
/// stylesheet uses to print only the report or only the letter.
fn print_with(mode: &'static str) {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element());
    if let Some(r) = &root {
        let _ = r.set_attribute("data-sw-print", mode);
    }
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
    if let Some(r) = &root {
        let _ = r.remove_attribute("data-sw-print");
    }
}

#[component]
fn ReportControls() -> Html {
    let state = use_app();
    let today = use_today();
    let lang = state.lang;
    let t = |k: Keep| k.text(lang);
    let failed = use_state(|| false);
    let offer = |ext: &'static str| {
        let answers = state.answers.clone();
        let failed = failed.clone();
        Callback::from(move |_: MouseEvent| {
            let r = summary::build(&answers, today, lang, None);
            let (text, mime) = match ext {
                "html" => (summary::to_html(&r), "text/html;charset=utf-8"),
                _ => (summary::to_markdown(&r), "text/markdown;charset=utf-8"),
            };
            failed.set(!download::offer(
                &summary::file_name(today, ext),
                mime,
                &text,
            ));
        })
    };
    html! {
        <section aria-labelledby="sw-keep-report-h">
            <h2 id="sw-keep-report-h">{ t(Keep::ReportHeading) }</h2>
            <p>{ t(Keep::ReportIntro) }</p>
            <p class="sw-keep-buttons">
                <button type="button" class="sw-button" onclick={offer("html")}>{ t(Keep::DownloadHtml) }</button>
                { " " }
                <button type="button" class="sw-button sw-button--secondary" onclick={offer("md")}>{ t(Keep::DownloadMarkdown) }</button>
                { " " }
                <button type="button" class="sw-button sw-button--secondary"
                    onclick={Callback::from(|_: MouseEvent| print_with("report"))}>{ t(Keep::Print) }</button>
            </p>
            <p aria-live="polite">{ if *failed { t(Keep::DownloadFailed) } else { "" } }</p>
        </section>
    }
}

#[component]
fn LettersSection() -> Html {
    let state = use_app();
    let today = use_today();
    let lang = state.lang;
    let t = |k: Keep| k.text(lang);
    let offered: Vec<LetterKind> = if state.answers.is_empty() {
        LetterKind::ALL.to_vec()
    } else {
        letters::letters_for(&state.answers)
    };
    let first = offered
        .first()
        .copied()
        .unwrap_or(LetterKind::UwvDeskundigenoordeel);
    let chosen = use_state(|| first);
    let kind = if offered.contains(&*chosen) {
        *chosen
    } else {
        first
    };
    let letter = {
        let answers = state.answers.clone();
        use_memo(
            (kind, answers, today, lang),
            |(kind, answers, today, lang)| letters::letter(*kind, answers, *today, *lang),
        )
    };
    let text = use_state(|| letter.text_nl.clone());
    {
        let text = text.clone();
        use_effect_with(letter.text_nl.clone(), move |t| text.set(t.clone()));
    }
    let failed = use_state(|| false);
    let on_choose = {
        let chosen = chosen.clone();
        Callback::from(move |e: Event| {
            let v = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
                .map(|s| s.value());
            if let Some(k) = v.as_deref().and_then(LetterKind::parse) {
                chosen.set(k);
            }
        })
    };
    let on_input = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(ta) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
            {
                text.set(ta.value());
            }
        })
    };
    let on_download = {
        let text = text.clone();
        let failed = failed.clone();
        Callback::from(move |_: MouseEvent| {
            failed.set(!download::offer(
                &letters::file_name(kind),
                "text/plain;charset=utf-8",
                &text,
            ));
        })
    };
    html! {
        <section aria-labelledby="sw-keep-letters-h">
            <h2 id="sw-keep-letters-h">{ t(Keep::LettersHeading) }</h2>
            <p>{ t(Keep::LettersIntro) }</p>
            <label for={LETTER_SELECT_ID}>{ t(Keep::LetterChoose) }</label>
            <select id={LETTER_SELECT_ID} class="sw-select" onchange={on_choose}>
                { for offered.iter().map(|k| html! {
                    <option value={k.as_str()} selected={*k == kind}>
                        { spoorwijzer_core::text::keep::letters::title(*k, lang) }
                    </option>
                }) }
            </select>
            <p class="sw-muted" id="sw-keep-letter-note">{ t(Keep::LetterPlaceholderNote) }</p>
            if let Some(u) = letter.uncertain {
                <p class="sw-notice">{ u }</p>
            }
            <div class="sw-letter-print">
                <label for={LETTER_TEXT_ID} class="sw-no-print">{ t(Keep::LetterEditLabel) }</label>
                <textarea id={LETTER_TEXT_ID} class="sw-textarea sw-letter-text" rows="22" lang="nl"
                    aria-describedby="sw-keep-letter-note" value={(*text).clone()} oninput={on_input} />
                <div class="sw-letter-printed" lang="nl">{ (*text).clone() }</div>
            </div>
            <p class="sw-keep-buttons">
                <button type="button" class="sw-button" onclick={on_download}>{ t(Keep::LetterDownload) }</button>
                { " " }
                <button type="button" class="sw-button sw-button--secondary"
                    onclick={Callback::from(|_: MouseEvent| print_with("letter"))}>{ t(Keep::LetterPrint) }</button>
            </p>
            <p aria-live="polite">{ if *failed { t(Keep::DownloadFailed) } else { "" } }</p>
            <h3>{ t(Keep::LetterLegalBasis) }</h3>
            <ul>
                { for letter.legal_basis.iter().map(|s| match s.url {
                    Some(u) => html! { <li><a href={u} rel="noopener noreferrer">{ s.label }</a></li> },
                    None => html! { <li>{ s.label }</li> },
                }) }
            </ul>
            <details>
                <summary>{ t(Keep::LetterTranslationHeading) }</summary>
                <div class="sw-letter-translation" lang="en">{ letter.text_en.clone() }</div>
            </details>
        </section>
    }
}

#[component]
fn ShareSection() -> Html {
    let state = use_app();
    let today = use_today();
    let lang = state.lang;
    let t = |k: Keep| k.text(lang);
    let copied = use_state(|| None::<bool>);
    let host_off = !crate::state::use_embed().delen;
    let on_copy = {
        let answers = state.answers.clone();
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| {
            let base = web_sys::window()
                .map(|w| {
                    let l = w.location();
                    format!(
                        "{}{}",
                        l.origin().unwrap_or_default(),
                        l.pathname().unwrap_or_default()
                    )
                })
                .unwrap_or_default();
            let link = share::link(&base, &answers, &Calculators::new(), today);
            // Only to the clipboard: the link is never written into this page's address.
            copied.set(Some(download::copy_text(&link)));
        })
    };
    html! {
        <section aria-labelledby="sw-keep-share-h">
            <h2 id="sw-keep-share-h">{ t(Keep::ShareHeading) }</h2>
            if host_off {
                <p data-testid="share-status">{ t(Keep::ShareOff) }</p>
            } else {
            <p class="sw-notice sw-notice--warning" id="sw-keep-share-warning">{ t(Keep::ShareWarning) }</p>
            <button type="button" class="sw-button" aria-describedby="sw-keep-share-warning" onclick={on_copy}>
                { t(Keep::ShareCopy) }
            </button>
            <p aria-live="polite" data-testid="share-status">
                { match *copied {
                    Some(true) => t(Keep::ShareCopied),
                    Some(false) => t(Keep::ShareCopyFailed),
                    None => "",
                } }
            </p>
            }
        </section>
    }
}

/// The summary on the page, for printing ("Afdrukken" and the browser's own print).
#[component]
fn ReportView() -> Html {
    let state = use_app();
    let today = use_today();
    let lang = state.lang;
    let report: Rc<Report> = {
        let answers = state.answers.clone();
        use_memo((answers, today, lang), |(answers, today, lang)| {
            summary::build(answers, *today, *lang, None)
        })
    };
    let t = |k: Keep| k.text(lang);
    let r = &*report;
    let o = &r.outcome;
    html! {
        <section class="sw-report" aria-labelledby="sw-report-h">
            <h2 id="sw-report-h">{ r.title }</h2>
            <p>{ r.made.clone() }</p>
            <p class="sw-report__disclaimer">{ o.disclaimer }</p>
            <h3>{ t(Keep::ReportAnswers) }</h3>
            if r.answers.is_empty() {
                <p>{ t(Keep::ReportNoAnswers) }</p>
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
                <h3>{ t(Keep::ReportAdvice) }</h3>
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
                    <h4>{ t(Keep::ReportWarnings) }</h4>
                    <ul>{ for o.warnings.iter().map(|w| html! {
                        <li><strong>{ w.text.title }</strong>{ " " }{ w.text.consequence.clone() }{ " " }{ w.text.action.clone() }</li>
                    }) }</ul>
                }
                <h3>{ t(Keep::ReportCalendar) }</h3>
                if r.calendar.is_empty() {
                    <p>{ t(Keep::ReportCalendarNone) }</p>
                } else {
                    <div class="sw-report__table-wrap" tabindex="0" role="region" aria-label={t(Keep::ReportCalendar)}>
                        <table class="sw-report__table">
                            <thead><tr>
                                <th scope="col">{ t(Keep::ReportColDate) }</th>
                                <th scope="col">{ t(Keep::ReportColStep) }</th>
                                <th scope="col">{ t(Keep::ReportColWho) }</th>
                                <th scope="col">{ t(Keep::ReportColStatus) }</th>
                            </tr></thead>
                            <tbody>{ for r.calendar.iter().map(|row| html! {
                                <tr><td>{ row.date.clone() }</td><td>{ row.title.clone() }</td><td>{ row.who }</td><td>{ row.status }</td></tr>
                            }) }</tbody>
                        </table>
                    </div>
                }
                <h3>{ t(Keep::ReportMoney) }</h3>
                { match &r.money {
                    None => html! { <p>{ t(Keep::ReportMoneyNone) }</p> },
                    Some(m) => html! {
                        <>
                            <p><strong>{ m.headline }{ if m.amount.is_empty() { String::new() } else { format!(": {}", m.amount) } }</strong></p>
                            <p>{ m.reason.clone() }</p>
                            <h4>{ t(Keep::ReportHowCalculated) }</h4>
                            <ul>{ for m.lines.iter().chain(m.uncertain.iter()).map(|s| html! { <li>{ s.clone() }</li> }) }</ul>
                        </>
                    },
                } }
                <h3>{ t(Keep::ReportHelp) }</h3>
                <ul>{ for o.help.iter().map(|h| html! { <li><strong>{ h.name }</strong>{ ": " }{ h.what }</li> }) }</ul>
            }
        </section>
    }
}
