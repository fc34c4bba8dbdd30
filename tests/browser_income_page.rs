#![cfg(target_arch = "wasm32")]
//! The income page in a real browser, with the shared form kit: the error summary is an
//! alert that receives focus and links to the fields (a date links to its day input), and
//! a link that carries something unusable shows the link notice.

use spoorwijzer_web::pages::inkomen::InkomenPage;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use yew::prelude::*;
use yew_router::history::{AnyHistory, History, MemoryHistory};
use yew_router::query::Raw;
use yew_router::Router;

wasm_bindgen_test_configure!(run_in_browser);

mod common;
use common::*;

#[derive(Properties, PartialEq)]
struct Props {
    /// The fragment's query of the income page.
    query: AttrValue,
}

#[component]
fn Harness(props: &Props) -> Html {
    let history = {
        let query = props.query.to_string();
        use_memo((), move |_| {
            let h = MemoryHistory::new();
            let _ = h.replace_with_query("/inkomen", Raw(query));
            AnyHistory::from(h)
        })
    };
    html! {
        <Router history={(*history).clone()}>
            <InkomenPage />
        </Router>
    }
}

fn render(query: &str) -> web_sys::Element {
    let div = root();
    yew::Renderer::<Harness>::with_root_and_props(
        div.clone(),
        Props {
            query: query.to_string().into(),
        },
    )
    .render();
    div
}

#[wasm_bindgen_test]
async fn an_empty_form_shows_the_shared_error_summary() {
    let div = render("");
    yew::scheduler::flush().await;
    assert!(!has(&div, "#sw-if-error-summary"));
    div.query_selector("button[type=submit]")
        .unwrap()
        .unwrap()
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap()
        .click();
    yew::scheduler::flush().await;
    let summary = one(&div, "#sw-if-error-summary");
    assert_eq!(summary.get_attribute("role").as_deref(), Some("alert"));
    assert_eq!(active_id(), "sw-if-error-summary");
    let links = summary.query_selector_all("a").unwrap();
    let hrefs: Vec<String> = (0..links.length())
        .filter_map(|i| links.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
        .filter_map(|a| a.get_attribute("href"))
        .collect();
    assert_eq!(
        hrefs,
        vec!["#inkomen-jaarloon", "#inkomen-ziek-dag", "#inkomen-jaren"]
    );
    // Each target exists, and the field says what is wrong beside it.
    for h in &hrefs {
        assert!(div.query_selector(h).unwrap().is_some(), "{h}");
    }
    let wage = one(&div, "#inkomen-jaarloon");
    assert_eq!(wage.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert!(has(&div, "#inkomen-jaarloon-error"));
}

#[wasm_bindgen_test]
async fn a_link_pre_fills_the_form_and_names_what_it_ignored() {
    let div = render("jaarloon=48000&ziek=2026-01-05&jaren=12&kleur=blauw");
    yew::scheduler::flush().await;
    let notice = one(&div, "#sw-if-link-notice");
    assert!(notice.text_content().unwrap_or_default().contains("kleur"));
    let day: web_sys::HtmlInputElement = one(&div, "#inkomen-ziek-dag").dyn_into().unwrap();
    assert_eq!(day.value(), "5");
    assert!(!has(&div, "#sw-if-error-summary"));
    assert!(
        div.query_selector(".sw-if-result").unwrap().is_some(),
        "the result at once"
    );
}
