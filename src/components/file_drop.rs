//! A labelled file input inside a drag-and-drop zone. The file is handed to the page as a
//! `gloo::file::File`; nothing is uploaded. Keyboard and screen reader users use the
//! input itself; the zone only adds dropping for mouse users.

use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The input's id (the label's `for`, and the target of error summary links).
    pub id: AttrValue,
    pub label: AttrValue,
    pub hint: AttrValue,
    /// The zone's text, and the text while a file is dragged over it.
    pub drop_text: AttrValue,
    pub drop_active_text: AttrValue,
    /// A message shown beside the field (`aria-describedby`, `aria-invalid`).
    #[prop_or_default]
    pub error: Option<AttrValue>,
    #[prop_or(AttrValue::Static(".csv,text/csv,text/plain"))]
    pub accept: AttrValue,
    pub on_file: Callback<gloo::file::File>,
}

fn first_file(list: Option<web_sys::FileList>) -> Option<gloo::file::File> {
    list.and_then(|l| l.get(0)).map(gloo::file::File::from)
}

#[component]
pub fn FileDrop(props: &Props) -> Html {
    let dragging = use_state(|| false);
    let hint_id = format!("{}-hint", props.id);
    let error_id = format!("{}-error", props.id);
    let described = match props.error {
        Some(_) => format!("{hint_id} {error_id}"),
        None => hint_id.clone(),
    };
    let onchange = {
        let on_file = props.on_file.clone();
        Callback::from(move |e: Event| {
            let input = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
            if let Some(file) = first_file(input.and_then(|i| i.files())) {
                on_file.emit(file);
            }
        })
    };
    let ondragover = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            // Without this the browser opens the file instead of letting us drop it.
            e.prevent_default();
            if !*dragging {
                dragging.set(true);
            }
        })
    };
    let ondragleave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let ondrop = {
        let dragging = dragging.clone();
        let on_file = props.on_file.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            if let Some(file) = first_file(e.data_transfer().and_then(|d| d.files())) {
                on_file.emit(file);
            }
        })
    };
    let zone_class = classes!(
        "sw-file-drop",
        (*dragging).then_some("sw-file-drop--active"),
        props.error.is_some().then_some("sw-file-drop--error")
    );
    html! {
        <div class={classes!("sw-file-field", props.error.is_some().then_some("sw-file-field--error"))}>
            <label class="sw-file-field__label" for={props.id.clone()}>{ props.label.clone() }</label>
            <p id={hint_id} class="sw-file-field__hint">{ props.hint.clone() }</p>
            if let Some(err) = &props.error {
                <p id={error_id} class="sw-file-field__error">{ err.clone() }</p>
            }
            <div class={zone_class} {ondragover} {ondragleave} {ondrop}>
                <input
                    type="file"
                    class="sw-file-drop__input"
                    id={props.id.clone()}
                    accept={props.accept.clone()}
                    aria-describedby={described}
                    aria-invalid={props.error.is_some().then_some("true")}
                    {onchange}
                />
                <p class="sw-file-drop__text">
                    { if *dragging { props.drop_active_text.clone() } else { props.drop_text.clone() } }
                </p>
            </div>
        </div>
    }
}
