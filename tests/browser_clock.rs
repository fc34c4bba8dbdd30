//! The app's one clock in a real browser: a test sets today's date through the `today`
//! property of `App` (or the `Today` context), and the pages compute with it.
#![cfg(target_arch = "wasm32")]

use chrono::NaiveDate;
use spoorwijzer_web::app::{App, AppProps};
use spoorwijzer_web::clock::Today;
use spoorwijzer_web::pages::tijdlijn::TijdlijnPage;
use wasm_bindgen_test::*;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

mod common;
use common::*;

/// The second value of the calendar's summary list: the sick days counted up to today.
fn sick_days_so_far(root: &web_sys::Element) -> String {
    root.query_selector_all(".sw-summary-list dd")
        .expect("the summary list")
        .item(1)
        .and_then(|n| n.text_content())
        .unwrap_or_default()
}

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("a date")
}

#[wasm_bindgen_test]
async fn the_app_computes_with_the_date_it_was_given() {
    let root = mount("?lang=nl#/tijdlijn?periode=2026-01-05..");
    let handle = yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        AppProps {
            today: Some(d(2026, 1, 14)),
        },
    )
    .render();
    yew::scheduler::flush().await;
    // 5 up to and including 14 January: 10 sick days.
    assert_eq!(sick_days_so_far(&root), "10");
    handle.destroy();
}

#[derive(Properties, PartialEq)]
struct Props {
    today: NaiveDate,
}

#[component]
fn WithToday(props: &Props) -> Html {
    html! {
        <ContextProvider<Today> context={Today(props.today)}>
            <TijdlijnPage query="periode=2026-01-05.." />
        </ContextProvider<Today>>
    }
}

#[wasm_bindgen_test]
async fn a_page_reads_the_date_from_the_context() {
    let root = mount("?lang=nl#/tijdlijn?periode=2026-01-05..");
    let handle = yew::Renderer::<WithToday>::with_root_and_props(
        root.clone(),
        Props {
            today: d(2026, 2, 3),
        },
    )
    .render();
    yew::scheduler::flush().await;
    // 27 days in January from the 5th, and 3 in February.
    assert_eq!(sick_days_so_far(&root), "30");
    handle.destroy();
}
