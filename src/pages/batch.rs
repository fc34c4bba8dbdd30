//! The employer batch page (`#/werkgever/batch`): choose or drop a CSV file, read it in the
//! browser (never uploaded), and show per employee the transitievergoeding and the
//! Poortwachter status, with totals, a sortable and paged table, the rows with errors,
//! a CSV download and print; with a first sick day column also the overview of every sick
//! employee's deadlines, with one calendar file for all of them. All rules and texts come
//! from `spoorwijzer_core`.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::file::callbacks::FileReader;
use gloo::file::File;
use spoorwijzer_core::batch::{run_batch, BatchRun};
use spoorwijzer_core::batch_view::deadlines::Overview;
use spoorwijzer_core::batch_view::{decode_file, Table};
use spoorwijzer_core::lang::Lang;
use spoorwijzer_core::text::batch::{
    batch_error, explanation_csv, explanation_file_name, file_name_line, more_errors, read_summary,
    result_file_name, row_problem, status_date, template_csv, template_file_name, BatchText,
};
use yew::prelude::*;

use crate::clock::use_today;
use crate::components::data_table::DataTable;
use crate::components::deadline_overview::DeadlineOverview;
use crate::components::error_summary::{ErrorItem, ErrorSummary};
use crate::components::file_drop::FileDrop;
use crate::components::page_heading::PageHeading;
use crate::components::{action_button, table_head};
use crate::download;
use crate::state::use_app;
use spoorwijzer_core::text::format;

/// The id of the file input (the error summary links to it).
const FILE_ID: &str = "sw-batch-file";
const SUMMARY_ID: &str = "sw-batch-error-summary";
/// The error list shows this many rows; the download has them all.
const ERRORS_SHOWN: usize = 100;
const CSV_MIME: &str = "text/csv;charset=utf-8";

/// What the page has: nothing yet, a file being read, a file that is not text, or text.
#[derive(Clone, PartialEq)]
enum Source {
    Empty,
    Reading {
        name: String,
    },
    Unreadable {
        name: String,
        kind: BatchText,
    },
    Text {
        name: String,
        text: Rc<String>,
        generation: u64,
    },
}

/// The run, its table and, with a first sick day column, the overview of the deadlines.
#[derive(PartialEq)]
struct Done {
    run: Rc<BatchRun>,
    table: Rc<Table>,
    overview: Option<Rc<Overview>>,
}

type Computed = Option<Result<Rc<Done>, String>>;

#[component]
pub fn BatchPage() -> Html {
    let lang = use_app().lang;
    let t = |b: BatchText| b.text(lang);
    let source = use_state(|| Source::Empty);
    let reader: Rc<RefCell<Option<FileReader>>> = use_mut_ref(|| None);
    let generation = use_mut_ref(|| 0u64);
    let download_failed = use_state(|| false);
    // The Poortwachter status is computed for today.
    let day = use_today();

    // Parse and compute once per file and language; a language switch recomputes so that
    // the error messages follow it.
    let computed: Rc<Computed> = {
        let source = (*source).clone();
        use_memo((source, lang), move |(source, lang)| match source {
            Source::Text { text, .. } => Some(
                run_batch(text, *lang, Some(day), row_problem)
                    .map(|run| {
                        let table = Table::from_run(&run);
                        let overview = Overview::from_run(&run, day).map(Rc::new);
                        Rc::new(Done {
                            run: Rc::new(run),
                            table: Rc::new(table),
                            overview,
                        })
                    })
                    .map_err(|e| batch_error(&e, *lang)),
            ),
            Source::Empty | Source::Reading { .. } | Source::Unreadable { .. } => None,
        })
    };

    let file_error: Option<String> = match (&*source, &*computed) {
        (Source::Unreadable { kind, .. }, _) => Some(kind.text(lang).to_string()),
        (_, Some(Err(msg))) => Some(msg.clone()),
        _ => None,
    };

    let on_file = {
        let source = source.clone();
        let reader = reader.clone();
        let generation = generation.clone();
        let download_failed = download_failed.clone();
        Callback::from(move |file: File| {
            let name = file.name();
            download_failed.set(false);
            source.set(Source::Reading { name: name.clone() });
            let source = source.clone();
            let generation = generation.clone();
            let task = gloo::file::callbacks::read_as_bytes(&file, move |res| {
                let next = match res {
                    Err(_) => Source::Unreadable {
                        name,
                        kind: BatchText::ReadFailed,
                    },
                    Ok(bytes) => match decode_file(&bytes) {
                        Err(_) => Source::Unreadable {
                            name,
                            kind: BatchText::NotCsv,
                        },
                        Ok(text) => {
                            let mut g = generation.borrow_mut();
                            *g += 1;
                            Source::Text {
                                name,
                                text: Rc::new(text),
                                generation: *g,
                            }
                        }
                    },
                };
                source.set(next);
            });
            // Keep the reader alive until it is done (dropping it cancels the read).
            *reader.borrow_mut() = Some(task);
        })
    };

    let offer = |name: &'static str, body: fn(Lang) -> String, l: Lang| {
        let download_failed = download_failed.clone();
        Callback::from(move |_: MouseEvent| {
            if !download::offer(name, CSV_MIME, &body(l)) {
                download_failed.set(true);
            }
        })
    };
    let template = |l: Lang| offer(template_file_name(l), template_csv, l);
    let explanation = |l: Lang| offer(explanation_file_name(l), explanation_csv, l);

    let (file_name, generation_now) = match &*source {
        Source::Text {
            name, generation, ..
        } => (Some(name.clone()), *generation),
        Source::Reading { name } | Source::Unreadable { name, .. } => (Some(name.clone()), 0),
        Source::Empty => (None, 0),
    };
    let done = match &*computed {
        Some(Ok(d)) => Some(d.clone()),
        _ => None,
    };
    let live = match (&*source, &done) {
        (Source::Reading { .. }, _) => t(BatchText::Reading).to_string(),
        (_, Some(d)) => read_summary(d.table.totals.rows, d.table.totals.errors, lang),
        _ => String::new(),
    };

    // The summary receives focus when it appears, and again for each new file read.
    let error_summary = file_error.as_ref().map(|msg| {
        let focus_key = u32::try_from(*generation.borrow()).unwrap_or(u32::MAX);
        html! {
            <ErrorSummary id={SUMMARY_ID} title={t(BatchText::FileErrorTitle)}
                items={vec![ErrorItem::field(FILE_ID, msg.clone())]} {focus_key} />
        }
    });

    let on_download_failed = {
        let download_failed = download_failed.clone();
        Callback::from(move |_: ()| download_failed.set(true))
    };
    let results = done.map(|d| {
        let (run, table) = (d.run.clone(), d.table.clone());
        let tot = table.totals;
        let name = file_name.clone().unwrap_or_default();
        let on_download = {
            let run = run.clone();
            let download_failed = download_failed.clone();
            let out_name = result_file_name(&name, lang);
            Callback::from(move |_: MouseEvent| {
                if !download::offer(&out_name, CSV_MIME, &run.csv_with_bom()) {
                    download_failed.set(true);
                }
            })
        };
        let on_print = Callback::from(|_: MouseEvent| {
            if let Some(w) = web_sys::window() {
                let _ = w.print();
            }
        });
        let errors = table.errors();
        let total_row = |label: BatchText, value: String, id: &'static str| html! {
            <div class="sw-batch-totals__item">
                <dt>{ t(label) }</dt>
                <dd id={id}>{ value }</dd>
            </div>
        };
        html! {
            <section class="sw-batch-results" aria-labelledby="sw-batch-results-heading">
                <h2 id="sw-batch-results-heading">{ t(BatchText::ResultsHeading) }</h2>
                <p class="sw-muted">{ file_name_line(&name, lang) }</p>
                if table.totals.rows == 0 {
                    <p class="sw-notice">{ t(BatchText::NoRows) }</p>
                }
                if run.with_status {
                    <p>{ status_date(day, lang) }</p>
                }
                <h3>{ t(BatchText::TotalsHeading) }</h3>
                <dl class="sw-batch-totals" id="sw-batch-totals">
                    { total_row(BatchText::TotalRows, tot.rows.to_string(), "sw-total-rows") }
                    { total_row(BatchText::TotalOk, tot.ok.to_string(), "sw-total-ok") }
                    { total_row(BatchText::TotalErrors, tot.errors.to_string(), "sw-total-errors") }
                    { total_row(BatchText::TotalDue, tot.due.to_string(), "sw-total-due") }
                    { total_row(BatchText::TotalAmount, format::amount(tot.amount, lang), "sw-total-amount") }
                    { total_row(BatchText::TotalPayable, format::amount(tot.payable, lang), "sw-total-payable") }
                    { total_row(BatchText::TotalCapped, tot.capped.to_string(), "sw-total-capped") }
                    if run.with_status {
                        { total_row(BatchText::TotalOverdueRows, tot.with_overdue.to_string(), "sw-total-overdue") }
                    }
                </dl>
                <div class="sw-batch-actions sw-no-print">
                    { action_button("sw-batch-download", false, t(BatchText::DownloadResults), on_download) }
                    { action_button("sw-batch-print", true, t(BatchText::Print), on_print) }
                </div>
                if !errors.is_empty() {
                    <h3 id="sw-batch-errors-heading">{ t(BatchText::ErrorsHeading) }</h3>
                    <p>{ t(BatchText::ErrorsIntro) }</p>
                    <div class="sw-data-table__wrap" role="region" aria-labelledby="sw-batch-errors-heading" tabindex="0">
                        <table class="sw-batch-errors" id="sw-batch-errors">
                            { table_head(&[t(BatchText::ErrorLine), t(BatchText::ErrorField), t(BatchText::ErrorMessage)]) }
                            <tbody>
                                { for errors.iter().take(ERRORS_SHOWN).map(|e| html! {
                                    <tr>
                                        <td>{ e.line.to_string() }</td>
                                        <td><code>{ e.field.clone() }</code></td>
                                        <td>{ e.message.clone() }</td>
                                    </tr>
                                }) }
                            </tbody>
                        </table>
                    </div>
                    if errors.len() > ERRORS_SHOWN {
                        <p>{ more_errors(errors.len() - ERRORS_SHOWN, lang) }</p>
                    }
                }
                if let Some(overview) = d.overview.clone() {
                    <DeadlineOverview key={generation_now.to_string()} {overview} run={run.clone()}
                        file_name={name.clone()} {lang} on_download_failed={on_download_failed.clone()} />
                }
                if table.totals.rows > 0 {
                    <h3 id="sw-batch-table-heading">{ t(BatchText::PerEmployeeHeading) }</h3>
                    <p class="sw-muted sw-no-print">{ t(BatchText::SortHint) }</p>
                    <DataTable key={generation_now.to_string()} table={table.clone()} generation={generation_now} {lang} />
                }
                if run.with_status {
                    <p class="sw-muted">{ t(BatchText::OverdueExplained) }</p>
                }
                <p class="sw-muted">{ t(BatchText::Disclaimer) }</p>
            </section>
        }
    });

    html! {
        <div class="sw-batch">
            <PageHeading text={t(BatchText::Title)} error={file_error.is_some()} />
            { error_summary.unwrap_or_default() }
            <p class="sw-lead">{ t(BatchText::Intro) }</p>
            <p class="sw-privacy-note" id="sw-batch-privacy">{ t(BatchText::Privacy) }</p>
            <div class="sw-batch-input sw-no-print">
                <h2>{ t(BatchText::FileHeading) }</h2>
                <FileDrop
                    id={FILE_ID}
                    label={t(BatchText::FileLabel)}
                    hint={t(BatchText::FileHint)}
                    drop_text={t(BatchText::DropZone)}
                    drop_active_text={t(BatchText::DropZoneActive)}
                    error={file_error.clone().map(AttrValue::from)}
                    on_file={on_file}
                />
                <h2>{ t(BatchText::TemplateHeading) }</h2>
                <p>{ t(BatchText::TemplateIntro) }</p>
                <p>{ t(BatchText::DocsHint) }</p>
                <div class="sw-batch-actions">
                    { action_button("sw-batch-template-nl", true, t(BatchText::TemplateNl), template(Lang::Nl)) }
                    { action_button("sw-batch-template-en", true, t(BatchText::TemplateEn), template(Lang::En)) }
                    { action_button("sw-batch-explanation-nl", true, t(BatchText::ExplanationNl), explanation(Lang::Nl)) }
                    { action_button("sw-batch-explanation-en", true, t(BatchText::ExplanationEn), explanation(Lang::En)) }
                </div>
            </div>
            if *download_failed {
                <p class="sw-notice" role="alert">{ t(BatchText::DownloadFailed) }</p>
            }
            <div class="sw-visually-hidden" aria-live="polite" id="sw-batch-status">{ live }</div>
            { results.unwrap_or_default() }
        </div>
    }
}
