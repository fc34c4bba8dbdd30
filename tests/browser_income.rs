#![cfg(target_arch = "wasm32")]
//! The income chart in a real browser: the bars are drawn, every bar has a cell in the
//! data table with the same amount, and the table has a caption and header scopes.

use std::rc::Rc;

use chrono::NaiveDate;
use spoorwijzer_core::income::{
    project, AoClass, Cover, IllnessPay, IncomeInput, Projection, Scenario, WiaWork, Worker,
};
use spoorwijzer_core::lang::Lang;
use spoorwijzer_core::money::Cents;
use spoorwijzer_web::components::income_chart::{IncomeChart, Props};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod common;
use common::*;

fn projection(ao: AoClass, cover: Cover) -> Projection {
    let input = IncomeInput {
        annual_wage: Cents::euros(48_000),
        scenario: Scenario::Sickness {
            first_sick_day: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
        },
        born: None,
        illness_pay: IllnessPay::Legal,
        ao,
        work_years: 12,
        wia_work: WiaWork::None,
        cover,
        worker: Worker::Employee,
        hours_per_week: None,
        today: None,
        contract_end: None,
    };
    project(&input).unwrap().low
}

/// The chart of `p` with its spoken `summary`, rendered in a new root.
async fn chart(p: &Projection, lang: Lang, summary: &'static str) -> web_sys::Element {
    let div = root();
    let props = Props {
        projection: Rc::new(p.clone()),
        lang,
        summary: summary.into(),
    };
    render::<IncomeChart>(&div, props).await;
    div
}

#[wasm_bindgen_test]
async fn bars_are_present_and_the_table_matches_them() {
    let p = projection(AoClass::Ao55To65, Cover::Basic);
    let summary = "Na 35 maanden daalt je inkomen naar ongeveer € 1.680 per maand.";
    let div = chart(&p, Lang::Nl, summary).await;

    let svg = one(&div, "svg[role='img']");
    let labelled = svg.get_attribute("aria-labelledby").unwrap();
    for id in labelled.split(' ') {
        let label = one(&div, &format!("#{id}"));
        assert!(!label.text_content().unwrap_or_default().is_empty());
    }
    let bars = div.query_selector_all("rect.sw-bar[data-month]").unwrap();
    let expected: usize = p
        .months
        .iter()
        .map(|m| m.amounts.iter().filter(|a| **a > Cents::ZERO).count())
        .sum();
    assert!(expected > 60, "sick pay, LGU, vervolg and top-up bars");
    assert_eq!(bars.length() as usize, expected);
    for i in 0..bars.length() {
        let bar: web_sys::Element = bars.item(i).unwrap().dyn_into().unwrap();
        let month = bar.get_attribute("data-month").unwrap();
        let source = bar.get_attribute("data-source").unwrap();
        let cents = bar.get_attribute("data-cents").unwrap();
        let cell = div
            .query_selector(&format!(
                "tr[data-month='{month}'] td[data-source='{source}']"
            ))
            .unwrap()
            .unwrap_or_else(|| panic!("no table cell for month {month} source {source}"));
        assert_eq!(cell.get_attribute("data-cents").unwrap(), cents);
        let shown = spoorwijzer_core::text::format::amount(Cents(cents.parse().unwrap()), Lang::Nl);
        assert_eq!(cell.text_content().unwrap(), shown);
        let h: i64 = bar.get_attribute("height").unwrap().parse().unwrap();
        assert!(h >= 0);
    }
    // Every row: 60 months, and the total cell equals the month total.
    let rows = div.query_selector_all("tbody tr[data-month]").unwrap();
    assert_eq!(rows.length(), 60);
    for m in &p.months {
        let total = div
            .query_selector(&format!("tr[data-month='{}'] td.sw-ic-total", m.index))
            .unwrap()
            .unwrap();
        assert_eq!(
            total.get_attribute("data-cents").unwrap(),
            m.total.0.to_string()
        );
    }
    assert!(div.query_selector("table caption").unwrap().is_some());
    assert_eq!(
        div.query_selector_all("thead th[scope='col']")
            .unwrap()
            .length() as usize,
        p.sources_used().len() + 2
    );
    assert_eq!(
        div.query_selector_all("tbody th[scope='row']")
            .unwrap()
            .length(),
        60
    );
    // The legend names each source used, once.
    assert_eq!(
        div.query_selector_all(".sw-ic-legend__item")
            .unwrap()
            .length() as usize,
        p.sources_used().len()
    );
    // No inline style attributes anywhere (CSP).
    assert!(div.query_selector("[style]").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn iva_chart_has_only_sick_pay_and_iva() {
    let p = projection(AoClass::Ao80To100Permanent, Cover::None);
    let div = chart(&p, Lang::En, "summary").await;
    let sources: std::collections::BTreeSet<String> = {
        let bars = div.query_selector_all("rect.sw-bar[data-source]").unwrap();
        (0..bars.length())
            .filter_map(|i| bars.item(i))
            .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
            .filter_map(|e| e.get_attribute("data-source"))
            .collect()
    };
    let expected: std::collections::BTreeSet<String> = ["sickpay", "lgu", "iva"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    // LGU is not part of the IVA path: only sick pay and IVA.
    assert!(!sources.contains("lgu"));
    assert!(sources.is_subset(&expected));
    assert!(sources.contains("iva") && sources.contains("sickpay"));
    assert!(div.text_content().unwrap().contains("IVA benefit"));
}
