//! The letters: choose one, edit it, download or print it; its legal basis and an English
//! translation.

use spoorwijzer_core::letters::{self, LetterKind};
use spoorwijzer_core::text::keep::letters::{letter, title};
use spoorwijzer_core::text::keep::KeepText;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::print_with;
use crate::download;

const LETTER_SELECT_ID: &str = "sw-keep-letter";
const LETTER_TEXT_ID: &str = "sw-keep-letter-text";

#[component]
pub fn LettersSection() -> Html {
    let super::Keep { state, today, lang } = super::use_keep();
    let t = |k: KeepText| k.text(lang);
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
            |(kind, answers, today, lang)| letter(*kind, answers, *today, *lang),
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
            <h2 id="sw-keep-letters-h">{ t(KeepText::LettersHeading) }</h2>
            <p>{ t(KeepText::LettersIntro) }</p>
            <label for={LETTER_SELECT_ID}>{ t(KeepText::LetterChoose) }</label>
            <select id={LETTER_SELECT_ID} class="sw-select" onchange={on_choose}>
                { for offered.iter().map(|k| html! {
                    <option value={k.as_str()} selected={*k == kind}>
                        { title(*k, lang) }
                    </option>
                }) }
            </select>
            <p class="sw-muted" id="sw-keep-letter-note">{ t(KeepText::LetterPlaceholderNote) }</p>
            if let Some(u) = letter.uncertain {
                <p class="sw-notice">{ u }</p>
            }
            <div class="sw-letter-print">
                <label for={LETTER_TEXT_ID} class="sw-no-print">{ t(KeepText::LetterEditLabel) }</label>
                <textarea id={LETTER_TEXT_ID} class="sw-textarea sw-letter-text" rows="22" lang="nl"
                    aria-describedby="sw-keep-letter-note" value={(*text).clone()} oninput={on_input} />
                <div class="sw-letter-printed" lang="nl">{ (*text).clone() }</div>
            </div>
            <p class="sw-keep-buttons">
                <button type="button" class="sw-button" onclick={on_download}>{ t(KeepText::LetterDownload) }</button>
                { " " }
                <button type="button" class="sw-button sw-button--secondary"
                    onclick={Callback::from(|_: MouseEvent| print_with("letter"))}>{ t(KeepText::LetterPrint) }</button>
            </p>
            <p aria-live="polite">{ if *failed { t(KeepText::DownloadFailed) } else { "" } }</p>
            <h3>{ t(KeepText::LetterLegalBasis) }</h3>
            <ul>
                { for letter.legal_basis.iter().map(|s| match s.url {
                    Some(u) => html! { <li>{ crate::components::kb_inline::external_link(u, html! { { s.label } }, lang) }</li> },
                    None => html! { <li>{ s.label }</li> },
                }) }
            </ul>
            <details>
                <summary>{ t(KeepText::LetterTranslationHeading) }</summary>
                <div class="sw-letter-translation" lang="en">{ letter.text_en.clone() }</div>
            </details>
        </section>
    }
}
