//! The short state of a part that is fetched when first needed (`crate::content`): a
//! polite "Bezig met laden…" while it is on its way, and when it failed, a clear message
//! with "Opnieuw proberen", so the page is never blank.

use spoorwijzer_core::text::ui::UiText;
use yew::prelude::*;

use crate::state::use_app;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// `None` while loading; `Some(retry)` when the fetch failed.
    #[prop_or_default]
    pub failed: Option<Callback<()>>,
    /// Inside running text (a term in a sentence): phrasing elements only.
    #[prop_or(false)]
    pub inline: bool,
}

#[component]
pub fn LoadStatus(props: &Props) -> Html {
    let lang = use_app().lang;
    let retry = props.failed.clone().map(|retry| {
        html! {
            <button type="button" class="sw-button sw-button--secondary"
                onclick={Callback::from(move |_: MouseEvent| retry.emit(()))}>
                { UiText::LoadRetry.text(lang) }
            </button>
        }
    });
    match (retry, props.inline) {
        (None, false) => html! {
            <p class="sw-loading-part" role="status">{ UiText::Loading.text(lang) }</p>
        },
        (None, true) => html! {
            <span class="sw-loading-part" role="status">{ UiText::Loading.text(lang) }</span>
        },
        (Some(retry), false) => html! {
            <div class="sw-notice sw-load-failed" role="alert">
                <p>{ UiText::LoadFailed.text(lang) }</p>
                { retry }
            </div>
        },
        (Some(retry), true) => html! {
            <span class="sw-load-failed" role="alert">{ UiText::LoadFailed.text(lang) }{ " " }{ retry }</span>
        },
    }
}
