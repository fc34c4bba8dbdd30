//! "Download mijn antwoorden": the answers file (`storage_format`), made in the browser.

use spoorwijzer_core::storage_format;
use spoorwijzer_core::text::keep::KeepText;
use yew::prelude::*;

use crate::download;

const JSON_MIME: &str = "application/json;charset=utf-8";

#[component]
pub fn ExportSection() -> Html {
    let super::Keep { state, today, lang } = super::use_keep();
    let t = |k: KeepText| k.text(lang);
    let downloaded = use_state(|| None::<bool>);

    let on_download = {
        let answers = state.answers.clone();
        let downloaded = downloaded.clone();
        Callback::from(move |_: MouseEvent| {
            let text = storage_format::export(&answers, today);
            downloaded.set(Some(download::offer(
                &storage_format::file_name(today),
                JSON_MIME,
                &text,
            )));
        })
    };
    html! {
        <section aria-labelledby="sw-keep-file-h">
            <h2 id="sw-keep-file-h">{ t(KeepText::FileHeading) }</h2>
            <p>{ t(KeepText::FileIntro) }</p>
            <button type="button" class="sw-button" onclick={on_download}>{ t(KeepText::Download) }</button>
            <p class="sw-keep-status" aria-live="polite">
                { match *downloaded {
                    Some(true) => t(KeepText::Downloaded),
                    Some(false) => t(KeepText::DownloadFailed),
                    None => "",
                } }
            </p>
        </section>
    }
}
