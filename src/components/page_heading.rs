//! The page's `<h1>`, which also sets `document.title`. It carries the id that receives
//! focus after a route change.

use yew::prelude::*;

use crate::dom;
use crate::state::use_app;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub text: AttrValue,
    /// Prefix the document title with "Fout: " (a form with errors).
    #[prop_or(false)]
    pub error: bool,
    /// The page part of `document.title` when it differs from the heading (for example
    /// "Ben je nu ziek? (Stap 2 van 6)").
    #[prop_or_default]
    pub title: Option<AttrValue>,
}

#[component]
pub fn PageHeading(props: &Props) -> Html {
    let lang = use_app().lang;
    {
        let text = props.title.clone().unwrap_or_else(|| props.text.clone());
        let error = props.error;
        use_effect_with((text, error, lang), move |(text, error, lang)| {
            dom::set_title(text, *error, *lang);
        });
    }
    html! { <h1 id="sw-main-heading" tabindex="-1">{ props.text.clone() }</h1> }
}
