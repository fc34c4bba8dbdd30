//! "Verder met een bestand": read an answers file in the browser, take over what can be
//! read and list what cannot. A file that cannot be read at all changes nothing; the page
//! then shows the error summary.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::file::callbacks::FileReader;
use gloo::file::File;
use spoorwijzer_core::lang::Lang;
use spoorwijzer_core::storage_format::{self, FileReport};
use spoorwijzer_core::text::keep::{
    answers_read, file_error_message, file_made, file_problem_message, KeepText,
};
use yew::prelude::*;

use crate::components::file_drop::FileDrop;
use crate::state::Action;

/// The id of the file field (the error summary links to it).
pub const FILE_ID: &str = "sw-keep-file";

/// The outcome of the last import, shown below the file field.
#[derive(Clone, PartialEq)]
pub enum ImportState {
    None,
    Reading,
    Done(Box<FileReport>),
    Failed(String),
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub import: UseStateHandle<ImportState>,
}

#[component]
pub fn ImportSection(props: &Props) -> Html {
    let super::Keep { state, today, lang } = super::use_keep();
    let t = |k: KeepText| k.text(lang);
    let reader: Rc<RefCell<Option<FileReader>>> = use_mut_ref(|| None);

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
                    Err(_) => import.set(ImportState::Failed(
                        KeepText::ReadFailed.text(lang).to_string(),
                    )),
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
        <section aria-labelledby="sw-keep-continue-h">
            <h2 id="sw-keep-continue-h">{ t(KeepText::ContinueHeading) }</h2>
            <FileDrop
                id={FILE_ID}
                label={t(KeepText::ContinueLabel)}
                hint={t(KeepText::ContinueHint)}
                drop_text={t(KeepText::ContinueLabel)}
                drop_active_text={t(KeepText::ContinueLabel)}
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
    let t = |k: KeepText| k.text(lang);
    match import {
        ImportState::None | ImportState::Failed(_) => html! {},
        ImportState::Reading => html! { <p>{ t(KeepText::Reading) }</p> },
        ImportState::Done(r) => html! {
            <div class={classes!("sw-notice", (!r.problems.is_empty()).then_some("sw-notice--warning"))}>
                <p>{ answers_read(r.answers.len(), lang) }</p>
                if let Some(m) = file_made(r.created, r.app_version.as_deref(), lang) {
                    <p>{ m }</p>
                }
                if r.migrated {
                    <p>{ t(KeepText::ImportMigrated) }</p>
                }
                if r.problems.is_empty() {
                    <p>{ t(KeepText::ImportOk) }</p>
                } else {
                    <p>{ t(KeepText::ImportPartly) }</p>
                    <ul class="sw-keep-problems" data-testid="import-problems">
                        { for r.problems.iter().map(|p| html! { <li>{ file_problem_message(p, lang) }</li> }) }
                    </ul>
                }
            </div>
        },
    }
}
