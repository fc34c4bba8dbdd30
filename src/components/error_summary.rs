//! The error summary (GOV.UK pattern), the one every page uses: an alert at the top of a
//! form with a heading and one link per problem. It receives focus when it appears (and
//! again each time the form is submitted with errors), and each link moves focus to its
//! field. The links use `href="#id"` for the right semantics, but prevent the default
//! because the fragment is our router. A problem that belongs to no field (a shared link
//! that cannot be read) is listed as text.

use yew::prelude::*;

use crate::dom;

/// One entry: the id of the element to focus and the message.
#[derive(Debug, Clone, PartialEq)]
pub struct ErrorItem {
    /// The id of the field the link focuses; `None` for a problem of no single field.
    pub target: Option<AttrValue>,
    pub text: AttrValue,
}

impl ErrorItem {
    /// A problem with one field: the entry links to it.
    pub fn field(target: impl Into<AttrValue>, text: impl Into<AttrValue>) -> ErrorItem {
        ErrorItem {
            target: Some(target.into()),
            text: text.into(),
        }
    }

    /// A problem of no single field: the entry is text.
    pub fn general(text: impl Into<AttrValue>) -> ErrorItem {
        ErrorItem {
            target: None,
            text: text.into(),
        }
    }
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
                { for props.items.iter().map(|item| match item.target.clone() {
                    Some(target) => {
                        let href = format!("#{target}");
                        let onclick = Callback::from(move |e: MouseEvent| {
                            e.prevent_default();
                            dom::focus_id(&target);
                        });
                        html! { <li><a {href} {onclick}>{ item.text.clone() }</a></li> }
                    }
                    None => html! { <li>{ item.text.clone() }</li> },
                }) }
            </ul>
        </div>
    }
}
