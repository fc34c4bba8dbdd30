//! The printable summary: download as HTML or Markdown, or print it.

use spoorwijzer_core::report::summary;
use spoorwijzer_core::text::keep::KeepText;
use yew::prelude::*;

use super::print_with;
use crate::download;

#[component]
pub fn ReportControls() -> Html {
    let super::Keep { state, today, lang } = super::use_keep();
    let t = |k: KeepText| k.text(lang);
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
            <h2 id="sw-keep-report-h">{ t(KeepText::ReportHeading) }</h2>
            <p>{ t(KeepText::ReportIntro) }</p>
            <p class="sw-keep-buttons">
                <button type="button" class="sw-button" onclick={offer("html")}>{ t(KeepText::DownloadHtml) }</button>
                { " " }
                <button type="button" class="sw-button sw-button--secondary" onclick={offer("md")}>{ t(KeepText::DownloadMarkdown) }</button>
                { " " }
                <button type="button" class="sw-button sw-button--secondary"
                    onclick={Callback::from(|_: MouseEvent| print_with("report"))}>{ t(KeepText::Print) }</button>
            </p>
            <p aria-live="polite">{ if *failed { t(KeepText::DownloadFailed) } else { "" } }</p>
        </section>
    }
}
