//! A calculator that a link can fill in (`#/transitievergoeding?start=…`,
//! `#/tijdlijn?periode=…`): the link is read whenever it changes, not only when the page
//! loads. A second pre-filled link opened while the tool is shown (from a host page's list
//! of examples, or the address bar) mounts a fresh tool with the new inputs and result,
//! and the browser's Back button brings the previous link, and so its result, back. The
//! change is announced in a polite status region that stays in place while the tool is
//! replaced, so screen reader users hear it.

use spoorwijzer_core::text::ui::UiText;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::state::use_app;

/// What a tool that a link can fill in gets: the fragment's query (without `?`); empty
/// when there is no link.
#[derive(Properties, PartialEq)]
pub struct LinkProps {
    #[prop_or_default]
    pub query: AttrValue,
}

/// The fragment's query of the current location (without `?`).
#[hook]
fn use_link_query() -> String {
    use_location()
        .map(|l| l.query_str().trim_start_matches('?').to_string())
        .unwrap_or_default()
}

/// The polite status region that says a new link replaced the inputs and the result. It
/// stays mounted while the tool beside it is replaced, so the change is announced; nothing
/// is said for the link the page was opened with. (The income page keys its own form by
/// the link, and shows this region beside it.)
#[component]
pub fn LinkStatus() -> Html {
    let lang = use_app().lang;
    let query = use_link_query();
    // How often the link changed while the tool was shown (0: as loaded).
    let changes = use_mut_ref(|| (query.clone(), 0u32));
    let changed = {
        let mut c = changes.borrow_mut();
        if c.0 != query {
            *c = (query, c.1.saturating_add(1));
        }
        c.1
    };
    // The same words for every change: a no-break space on every other one makes the text
    // differ, so each change is announced again.
    let status = match changed {
        0 => String::new(),
        n if n % 2 == 0 => format!("{}\u{a0}", UiText::LinkReplaced.text(lang)),
        _ => UiText::LinkReplaced.text(lang).to_string(),
    };
    html! {
        <p class="sw-visually-hidden" role="status" id="sw-link-status">{ status }</p>
    }
}

/// The tool `C` for the current link, keyed by the link's query, with the status region.
#[component]
pub fn LinkedTool<C>() -> Html
where
    C: BaseComponent<Properties = LinkProps>,
{
    let query = use_link_query();
    let key = query.clone();
    html! {
        <>
            <LinkStatus />
            <C key={key} query={AttrValue::from(query)} />
        </>
    }
}
