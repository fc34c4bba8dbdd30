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

/// Renders `C` on the calendar of a link (sick since 5 January 2026) and reads the second
/// value of its summary list: the sick days counted up to today.
async fn sick_days_so_far<C: yew::BaseComponent>(props: C::Properties) -> String {
    let root = mount("?lang=nl#/tijdlijn?periode=2026-01-05..");
    let handle = render::<C>(&root, props).await;
    let days = all(&root, ".sw-summary-list dd")
        .get(1)
        .and_then(|n| n.text_content())
        .unwrap_or_default();
    handle.destroy();
    days
}

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("a date")
}

#[wasm_bindgen_test]
async fn the_app_computes_with_the_date_it_was_given() {
    let today = Some(d(2026, 1, 14));
    // 5 up to and including 14 January: 10 sick days.
    assert_eq!(sick_days_so_far::<App>(AppProps { today }).await, "10");
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
    let today = d(2026, 2, 3);
    // 27 days in January from the 5th, and 3 in February.
    assert_eq!(sick_days_so_far::<WithToday>(Props { today }).await, "30");
}
