//! A money input: the text field with a € before it and `inputmode="decimal"`. It accepts
//! `3.250,50`, `3250.50` and `€ 3.250`, and says what it read ("Gelezen als € 3.250,50"),
//! computed by the core (`text::forms::read_as_money`).

use yew::prelude::*;

use super::text_field::{field, TextKind};
use crate::state::use_app;

/// The text field's properties; `kind` is ignored (always an amount).
pub use super::text_field::Props;

#[component]
pub fn MoneyField(props: &Props) -> Html {
    let lang = use_app().lang;
    field(props, TextKind::Money, lang)
}
