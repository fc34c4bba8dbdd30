#![cfg(target_arch = "wasm32")]
//! The reusable form components in a real browser: the error summary renders as an alert
//! with a heading, receives focus and links to its fields; the money field says what it
//! read; the date field splits a pasted date and wires up its error message.

use spoorwijzer_core::dates::DateParts;
use spoorwijzer_web::components::date_field::DateField;
use spoorwijzer_web::components::error_summary::{ErrorItem, ErrorSummary};
use spoorwijzer_web::components::money_field::MoneyField;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

mod common;
use common::*;

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

#[component]
fn SummaryWithField() -> Html {
    html! {
        <>
            <ErrorSummary title="Er is een probleem" items={vec![
                ErrorItem::field("veld-a", "Loon: Vul dit in."),
                ErrorItem::field("veld-b", "Uren: Een week heeft hoogstens 168 uur."),
            ]} />
            <label for="veld-a">{ "A" }</label><input id="veld-a" />
            <label for="veld-b">{ "B" }</label><input id="veld-b" />
        </>
    }
}

#[wasm_bindgen_test]
async fn error_summary_renders_receives_focus_and_links_to_fields() {
    let root = common::root();
    render::<SummaryWithField>(&root, ()).await;

    let summary = document()
        .get_element_by_id("sw-error-summary")
        .expect("summary");
    assert_eq!(summary.get_attribute("role").as_deref(), Some("alert"));
    assert_eq!(summary.get_attribute("tabindex").as_deref(), Some("-1"));
    let heading = summary.query_selector("h2").unwrap().expect("heading");
    assert_eq!(heading.text_content().unwrap(), "Er is een probleem");
    assert_eq!(
        summary.get_attribute("aria-labelledby").as_deref(),
        Some(heading.id().as_str())
    );
    assert_eq!(
        active_id(),
        "sw-error-summary",
        "the summary receives focus"
    );

    let links = summary.query_selector_all("a").unwrap();
    assert_eq!(links.length(), 2);
    let second: web_sys::HtmlElement = links.item(1).unwrap().dyn_into().unwrap();
    assert_eq!(second.get_attribute("href").as_deref(), Some("#veld-b"));
    assert!(second.text_content().unwrap().contains("168 uur"));
    let hash_before = web_sys::window().unwrap().location().hash().unwrap();
    second.click();
    yew::scheduler::flush().await;
    assert_eq!(active_id(), "veld-b", "the link moves focus to its field");
    assert_eq!(
        web_sys::window().unwrap().location().hash().unwrap(),
        hash_before,
        "the link does not change the fragment (our router)"
    );
    root.remove();
}

/// The attribute `name` of the element with id `id`; empty when it has none.
fn attr(id: &str, name: &str) -> String {
    document()
        .get_element_by_id(id)
        .unwrap_or_else(|| panic!("no #{id}"))
        .get_attribute(name)
        .unwrap_or_default()
}

/// A money field with `value` typed in (and `error`, if any), rendered in a new root.
async fn money_field(
    id: &'static str,
    label: &'static str,
    value: &'static str,
    error: Option<&'static str>,
) -> web_sys::Element {
    let root = common::root();
    let props = yew::props!(spoorwijzer_web::components::money_field::Props {
        id,
        label,
        value,
        on_change: Callback::noop(),
        error: error.map(AttrValue::from),
    });
    render::<MoneyField>(&root, props).await;
    root
}

#[wasm_bindgen_test]
async fn money_field_shows_what_it_read() {
    let root = money_field("geld", "Bruto maandloon", "3.250,50", None).await;
    let read = document()
        .get_element_by_id("geld-read")
        .expect("read-as line");
    assert_eq!(read.text_content().unwrap(), "Gelezen als € 3.250,50");
    assert_eq!(attr("geld", "inputmode"), "decimal");
    assert!(attr("geld", "aria-describedby").contains("geld-read"));
    assert!(root.text_content().unwrap().contains('€'));
    root.remove();

    // Unreadable input: no "Gelezen als" line, and an error is wired to the input.
    let root = money_field("geld2", "Loon", "veel", Some("Vul een getal in.")).await;
    assert!(document().get_element_by_id("geld2-read").is_none());
    assert_eq!(attr("geld2", "aria-invalid"), "true");
    assert!(attr("geld2", "aria-describedby").contains("geld2-error"));
    assert!(document()
        .get_element_by_id("geld2-error")
        .unwrap()
        .text_content()
        .unwrap()
        .contains("Vul een getal in."));
    root.remove();
}

#[component]
fn DateHarness() -> Html {
    let value = use_state(DateParts::default);
    let on_change = {
        let value = value.clone();
        Callback::from(move |v: DateParts| value.set(v))
    };
    html! {
        <DateField id="datum" legend="Eerste ziektedag" value={(*value).clone()} {on_change}
            error={Some(AttrValue::from("Deze datum bestaat niet."))} />
    }
}

#[wasm_bindgen_test]
async fn date_field_splits_a_pasted_date_and_has_a_legend() {
    let root = common::root();
    render::<DateHarness>(&root, ()).await;
    let legend = one(&root, "fieldset legend");
    assert_eq!(legend.text_content().unwrap(), "Eerste ziektedag");
    let day: web_sys::HtmlInputElement = document()
        .get_element_by_id("datum-dag")
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(day.get_attribute("inputmode").as_deref(), Some("numeric"));
    assert_eq!(day.get_attribute("autocomplete").as_deref(), Some("off"));
    assert_eq!(day.get_attribute("aria-invalid").as_deref(), Some("true"));
    let fieldset = one(&root, "fieldset");
    assert!(fieldset
        .get_attribute("aria-describedby")
        .unwrap_or_default()
        .contains("datum-error"));
    // Paste "05-03-2026" into the day field.
    day.set_value("05-03-2026");
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let ev = web_sys::Event::new_with_event_init_dict("input", &init).unwrap();
    day.dispatch_event(&ev).unwrap();
    yew::scheduler::flush().await;
    let val = |id: &str| -> String {
        document()
            .get_element_by_id(id)
            .unwrap()
            .dyn_into::<web_sys::HtmlInputElement>()
            .unwrap()
            .value()
    };
    assert_eq!(val("datum-dag"), "05");
    assert_eq!(val("datum-maand"), "03");
    assert_eq!(val("datum-jaar"), "2026");
    root.remove();
}
