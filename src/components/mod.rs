//! Reusable pieces, one per file.
pub mod checkbox;
pub mod compare_table;
pub mod data_table;
pub mod date_field;
pub mod deadline_overview;
pub mod details;
pub mod embed_preview;
pub mod error_summary;
pub mod external_link;
pub mod field_error;
pub mod file_drop;
pub mod footer;
pub mod header;
pub mod income_chart;
pub mod kb_blocks;
pub mod kb_inline;
pub mod link_notices;
pub mod linked_tool;
pub mod load_status;
pub mod memory_sync;
pub mod money_field;
pub mod page_heading;
pub mod pagination;
pub mod pending_law_notice;
pub mod radio_group;
pub mod select_field;
pub mod source_link;
pub mod table_scroll;
pub mod term_disclosure;
pub mod text_field;
pub mod update_notice;

/// A button that acts on the page rather than submitting a form, with its id; `secondary`
/// for every button but a group's main action.
pub fn action_button(
    id: &'static str,
    secondary: bool,
    text: &str,
    onclick: yew::Callback<yew::MouseEvent>,
) -> yew::Html {
    yew::html! {
        <button type="button" class={yew::classes!("sw-button", secondary.then_some("sw-button--secondary"))}
            {id} {onclick}>
            { text }
        </button>
    }
}

/// A calculator form's submit button, in its button group.
pub fn submit_button(id: &'static str, text: &str) -> yew::Html {
    yew::html! {
        <div class="sw-button-group">
            <button type="submit" class="sw-button" {id}>{ text }</button>
        </div>
    }
}

/// A table's head: one row of column headers.
pub fn table_head(columns: &[&str]) -> yew::Html {
    yew::html! {
        <thead>
            <tr>{ for columns.iter().map(|c| yew::html! { <th scope="col">{ *c }</th> }) }</tr>
        </thead>
    }
}

/// The current value of the input an `InputEvent` came from.
pub fn input_value(e: &yew::InputEvent) -> String {
    use wasm_bindgen::JsCast;
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|i| i.value())
        .unwrap_or_default()
}
