//! Share by link: the link goes to the clipboard only, never into the address bar.

use spoorwijzer_core::share;
use spoorwijzer_core::text::keep::KeepText;
use yew::prelude::*;

use crate::download;

#[component]
pub fn ShareSection() -> Html {
    let super::Keep { state, today, lang } = super::use_keep();
    let t = |k: KeepText| k.text(lang);
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
            let link = share::link(&base, &answers, today);
            // Only to the clipboard: the link is never written into this page's address.
            copied.set(Some(download::copy_text(&link)));
        })
    };
    html! {
        <section aria-labelledby="sw-keep-share-h">
            <h2 id="sw-keep-share-h">{ t(KeepText::ShareHeading) }</h2>
            if host_off {
                <p data-testid="share-status">{ t(KeepText::ShareOff) }</p>
            } else {
            <p class="sw-notice sw-notice--warning" id="sw-keep-share-warning">{ t(KeepText::ShareWarning) }</p>
            <button type="button" class="sw-button" aria-describedby="sw-keep-share-warning" onclick={on_copy}>
                { t(KeepText::ShareCopy) }
            </button>
            <p aria-live="polite" data-testid="share-status">
                { match *copied {
                    Some(true) => t(KeepText::ShareCopied),
                    Some(false) => t(KeepText::ShareCopyFailed),
                    None => "",
                } }
            </p>
            }
        </section>
    }
}
