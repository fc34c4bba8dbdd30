//! The error summary (GOV.UK pattern): a region at the top of a form with a heading and
//! one link per problem. It receives focus when it appears (and again each time the form
//! is submitted with errors), and each link moves focus to its field. The links use
//! `href="#id"` for the right semantics, but prevent the default because the fragment is
//! our router.

use yew::prelude::*;

use crate::dom;

/// One entry: the id of the element to focus and the message.
#[derive(Debug, Clone, PartialEq)]
pub struct ErrorItem {
    pub target: AttrValue,
    pub text: AttrValue,
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub title: AttrValue,
    pub items: Vec<ErrorItem>,
    /// The summary's own id (it receives focus).
    #[prop_or(AttrValue::Static("sw-error-summary"))]
    pub id: AttrValue,
    /// Change this number to move focus to the summary again (each failed submit).
    #[prop_or_default]
    pub focus_key: u32,
}

#[component]
pub fn ErrorSummary(props: &Props) -> Html {
    {
        let id = props.id.clone();
        use_effect_with(props.focus_key, move |_| dom::focus_id(&id));
    }
    let title_id = format!("{}-title", props.id);
    html! {
        <div id={props.id.clone()} class="sw-error-summary" role="alert"
             aria-labelledby={title_id.clone()} tabindex="-1">
            <h2 id={title_id} class="sw-error-summary__title">{ props.title.clone() }</h2>
            <ul class="sw-error-summary__list">
                { for props.items.iter().map(|item| {
                    let target = item.target.clone();
                    let onclick = Callback::from(move |e: MouseEvent| {
                        e.prevent_default();
                        dom::focus_id(&target);
                    });
                    html! {
                        <li><a href={format!("#{}", item.target)} {onclick}>{ item.text.clone() }</a></li>
                    }
                }) }
            </ul>
        </div>
    }
}
