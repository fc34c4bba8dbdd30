//! `#/bewaren`: keep and share without a server. Download the answers file, continue
//! with a file, opt-in memory on this device, "Alles wissen", the printable summary, the
//! letters and a share link (clipboard only). All words and rules come from the core
//! (`storage_format`, `share`, `report`, `text::keep`). One component per file.

mod export;
mod import;
mod letters;
mod memory;
mod report_controls;
mod report_view;
mod share;

use chrono::NaiveDate;
use spoorwijzer_core::lang::Lang;
use spoorwijzer_core::text::keep::KeepText;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::clock::use_today;
use crate::components::error_summary::{ErrorItem, ErrorSummary};
use crate::components::page_heading::PageHeading;
use crate::route::Route;
use crate::state::{use_app, AppContext};
use export::ExportSection;
use import::{ImportSection, ImportState, FILE_ID};
use letters::LettersSection;
use memory::MemorySection;
use report_controls::ReportControls;
use report_view::ReportView;
use share::ShareSection;

const SUMMARY_ID: &str = "sw-keep-error-summary";

/// What every section of the page starts from: the app state, today's date and the
/// language.
struct Keep {
    state: AppContext,
    today: NaiveDate,
    lang: Lang,
}

#[hook]
fn use_keep() -> Keep {
    let state = use_app();
    let lang = state.lang;
    Keep {
        state,
        today: use_today(),
        lang,
    }
}

#[component]
pub fn BewarenPage() -> Html {
    let state = use_app();
    let lang = state.lang;
    let t = |k: KeepText| k.text(lang);
    let import = use_state(|| ImportState::None);
    let error_title = matches!(*import, ImportState::Failed(_));

    html! {
        <>
            <PageHeading text={t(KeepText::PageTitle)} error={error_title} />
            // A file that could not be read: the summary receives focus and links to the
            // file field.
            if let ImportState::Failed(msg) = &*import {
                <ErrorSummary id={SUMMARY_ID} title={t(KeepText::ImportNothing)}
                    items={vec![ErrorItem::field(FILE_ID, msg.clone())]} />
            }
            <div class="sw-keep-controls sw-no-print">
                <p class="sw-lead">{ t(KeepText::Intro) }</p>
                <p>
                    { t(KeepText::AnswersCount) }{ " " }
                    <strong data-testid="answer-count">{ state.answers.len() }</strong>
                    { " " }
                    if !state.answers.is_empty() {
                        <Link<Route> to={Route::Controle}>{ t(KeepText::ToCheckAnswers) }</Link<Route>>
                    }
                </p>
                <ExportSection />
                <ImportSection import={import.clone()} />
                <MemorySection />
                <ReportControls />
                // No letter fits the self-employed (no employer, no poortwachter).
                if state.answers.is_empty() || !spoorwijzer_core::letters::letters_for(&state.answers).is_empty() {
                    <LettersSection />
                }
                <ShareSection />
            </div>
            <ReportView />
        </>
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
