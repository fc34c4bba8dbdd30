#![cfg(target_arch = "wasm32")]
//! The batch page's data table in a real browser: it renders one page of rows, and a click
//! on a column header sorts (with `aria-sort`), numerically for amounts.

use std::rc::Rc;

use chrono::NaiveDate;
use spoorwijzer_core::batch::run_batch;
use spoorwijzer_core::batch_view::Table;
use spoorwijzer_core::lang::Lang;
use spoorwijzer_core::text::batch::row_problem;
use spoorwijzer_web::components::data_table::{DataTable, Props};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod common;
use common::*;

fn column(root: &web_sys::Element, code: &str) -> Vec<String> {
    let list = root
        .query_selector_all(&format!("tbody td[data-column=\"{code}\"]"))
        .unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|n| n.text_content().unwrap_or_default())
        .collect()
}

fn props(text: &str, page_size: usize) -> Props {
    let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let run = run_batch(text, Lang::Nl, Some(today), row_problem).unwrap();
    Props {
        table: Rc::new(Table::from_run(&run)),
        generation: 1,
        lang: Lang::Nl,
        page_size,
    }
}

// b: 1 year × 2700/3 = 900.00; c: 10 × 1000 = 10,000.00; a: 10 × 2000 = 20,000.00.
// As text "€ 10.000,00" < "€ 20.000,00" < "€ 900,00"; as money 900 comes first.
const CSV: &str = "id;start_date;end_date;base_monthly_wage;holiday_allowance_pct\n\
    a;2015-01-01;2024-12-31;6000;0\n\
    b;2024-01-01;2024-12-31;2700;0\n\
    c;2015-01-01;2024-12-31;3000;0\n\
    d;2025-01-01;2024-01-01;3000;0\n";

#[wasm_bindgen_test]
async fn renders_rows_and_sorts_on_header_click() {
    let div = root();
    yew::Renderer::<DataTable>::with_root_and_props(div.clone(), props(CSV, 50)).render();
    yew::scheduler::flush().await;
    assert_eq!(column(&div, "id"), ["a", "b", "c", "d"]);
    assert_eq!(
        column(&div, "amount"),
        ["€ 20.000,00", "€ 900,00", "€ 10.000,00", "–"]
    );
    let th = div
        .query_selector("th:has(button[data-column=\"amount\"])")
        .unwrap()
        .unwrap();
    assert_eq!(th.get_attribute("aria-sort").as_deref(), Some("none"));
    let button: web_sys::HtmlElement = div
        .query_selector("button[data-column=\"amount\"]")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    button.click();
    yew::scheduler::flush().await;
    assert_eq!(column(&div, "id"), ["b", "c", "a", "d"]);
    assert_eq!(th.get_attribute("aria-sort").as_deref(), Some("ascending"));
    button.click();
    yew::scheduler::flush().await;
    assert_eq!(column(&div, "id"), ["a", "c", "b", "d"]);
    assert_eq!(th.get_attribute("aria-sort").as_deref(), Some("descending"));
}

#[wasm_bindgen_test]
async fn pages_through_the_rows() {
    let div = root();
    yew::Renderer::<DataTable>::with_root_and_props(div.clone(), props(CSV, 3)).render();
    yew::scheduler::flush().await;
    assert_eq!(column(&div, "id"), ["a", "b", "c"]);
    let next: web_sys::HtmlElement = div
        .query_selector("#sw-page-next")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    next.click();
    yew::scheduler::flush().await;
    assert_eq!(column(&div, "id"), ["d"]);
    let status = div
        .query_selector(".sw-pagination__status")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap_or_default();
    assert_eq!(status, "Pagina 2 van 2 (werknemers 4 tot en met 4 van 4)");
    // The Poortwachter columns are hidden when the file has no first sick day.
    assert!(div
        .query_selector("button[data-column=\"next_deadline\"]")
        .unwrap()
        .is_none());
}
