#![cfg(target_arch = "wasm32")]
//! Keep and share in a real browser: the memory switch when storage throws (private mode,
//! a blocked iframe), the memory switch and "Alles wissen" with working storage, and a
//! shared link that was tampered with.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use spoorwijzer_core::lang::Lang;
use spoorwijzer_core::text::keep::KeepText;
use spoorwijzer_web::pages::bewaren::BewarenPage;
use spoorwijzer_web::pages::gedeeld::GedeeldPage;
use spoorwijzer_web::storage::{
    FailingStore, Store, StoreContext, StoreError, KEY_ANSWERS, KEY_ON,
};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use yew::prelude::*;
use yew_router::history::{AnyHistory, MemoryHistory};
use yew_router::Router;

wasm_bindgen_test_configure!(run_in_browser);

mod common;
use common::*;

/// A working store in memory, so the test never touches the browser's real storage.
#[derive(Default)]
struct MapStore(RefCell<BTreeMap<String, String>>);

impl Store for MapStore {
    fn get(&self, k: &str) -> Result<Option<String>, StoreError> {
        Ok(self.0.borrow().get(k).cloned())
    }
    fn set(&self, k: &str, v: &str) -> Result<(), StoreError> {
        self.0.borrow_mut().insert(k.into(), v.into());
        Ok(())
    }
    fn remove(&self, k: &str) -> Result<(), StoreError> {
        self.0.borrow_mut().remove(k);
        Ok(())
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        Ok(self.0.borrow().keys().cloned().collect())
    }
}

#[derive(Properties, PartialEq)]
struct HarnessProps {
    store: StoreContext,
    #[prop_or_default]
    payload: Option<AttrValue>,
}

#[component]
fn Harness(props: &HarnessProps) -> Html {
    let history = use_memo((), |_| AnyHistory::from(MemoryHistory::new()));
    html! {
        <ContextProvider<StoreContext> context={props.store.clone()}>
            <Router history={(*history).clone()}>
                { match &props.payload {
                    Some(p) => html! { <GedeeldPage payload={p.clone()} /> },
                    None => html! { <BewarenPage /> },
                } }
            </Router>
        </ContextProvider<StoreContext>>
    }
}

fn render(store: Rc<dyn Store>, payload: Option<&str>) -> web_sys::Element {
    let div = root();
    yew::Renderer::<Harness>::with_root_and_props(
        div.clone(),
        HarnessProps {
            store: StoreContext(store),
            payload: payload.map(|p| AttrValue::from(p.to_string())),
        },
    )
    .render();
    div
}

#[wasm_bindgen_test]
async fn when_storage_throws_the_page_says_memory_is_unavailable_and_keeps_working() {
    let div = render(Rc::new(FailingStore), None);
    yew::scheduler::flush().await;
    let unavailable = KeepText::MemoryUnavailable.text(Lang::Nl);
    assert_eq!(
        text_of(&div, "[data-testid=memory-status]").trim(),
        unavailable
    );
    let cb = div.query_selector("#sw-keep-memory").unwrap().unwrap();
    assert_eq!(cb.get_attribute("aria-disabled").as_deref(), Some("true"));
    // Trying to switch it on anyway: still unavailable, the box stays off, nothing breaks.
    click(&div, "#sw-keep-memory");
    yew::scheduler::flush().await;
    assert_eq!(
        text_of(&div, "[data-testid=memory-status]").trim(),
        unavailable
    );
    let input: web_sys::HtmlInputElement = cb.dyn_into().unwrap();
    assert!(!input.checked());
    // "Alles wissen" still works (it resets the answers in memory).
    click_button(&div, KeepText::ClearButton.text(Lang::Nl));
    yew::scheduler::flush().await;
    click_button(&div, KeepText::ClearConfirmYes.text(Lang::Nl));
    yew::scheduler::flush().await;
    assert_eq!(
        text_of(&div, "[data-testid=clear-status]").trim(),
        KeepText::Cleared.text(Lang::Nl)
    );
    // The rest of the page is there: the download button and the letters.
    assert!(div
        .text_content()
        .unwrap_or_default()
        .contains(KeepText::Download.text(Lang::Nl)));
    assert!(div
        .query_selector("#sw-keep-letter-text")
        .unwrap()
        .is_some());
}

#[wasm_bindgen_test]
async fn memory_is_off_by_default_and_can_be_switched_on_and_erased() {
    let store = Rc::new(MapStore::default());
    let div = render(store.clone(), None);
    yew::scheduler::flush().await;
    assert_eq!(
        text_of(&div, "[data-testid=memory-status]").trim(),
        KeepText::MemoryOff.text(Lang::Nl)
    );
    assert!(store.0.borrow().is_empty(), "nothing stored by default");
    click(&div, "#sw-keep-memory");
    yew::scheduler::flush().await;
    assert_eq!(
        text_of(&div, "[data-testid=memory-status]").trim(),
        KeepText::MemoryOn.text(Lang::Nl)
    );
    assert_eq!(store.0.borrow().get(KEY_ON).map(String::as_str), Some("1"));
    assert!(store
        .0
        .borrow()
        .get(KEY_ANSWERS)
        .unwrap()
        .contains("spoorwijzer-antwoorden"));
    store
        .0
        .borrow_mut()
        .insert("ander.programma".into(), "blijft".into());
    click_button(&div, KeepText::ClearButton.text(Lang::Nl));
    yew::scheduler::flush().await;
    click_button(&div, KeepText::ClearConfirmYes.text(Lang::Nl));
    yew::scheduler::flush().await;
    let keys: Vec<String> = store.0.borrow().keys().cloned().collect();
    assert_eq!(
        keys,
        vec!["ander.programma".to_string()],
        "only our keys are erased"
    );
    assert_eq!(
        text_of(&div, "[data-testid=memory-status]").trim(),
        KeepText::MemoryOff.text(Lang::Nl)
    );
}

#[wasm_bindgen_test]
async fn a_tampered_shared_link_shows_a_message() {
    let div = render(
        Rc::new(FailingStore),
        Some("1.eyJzY2hlbWEiOiJzcG9vcndpanplci1hbnR3b29yZGVuIiwidm!!"),
    );
    yew::scheduler::flush().await;
    let msg = text_of(&div, "[data-testid=shared-error]");
    assert!(msg.contains("beschadigd"), "{msg}");
    assert!(div.query_selector("h1").unwrap().is_some());
    // The shared error summary: an alert.
    let summary = div
        .query_selector("[data-testid=shared-error] .sw-error-summary")
        .unwrap()
        .expect("the error summary");
    assert_eq!(summary.get_attribute("role").as_deref(), Some("alert"));
}

#[wasm_bindgen_test]
async fn a_shared_link_lists_what_was_read() {
    let mut a = spoorwijzer_core::flow::Answers::new();
    a.insert(
        spoorwijzer_core::flow::QuestionId::Rol,
        spoorwijzer_core::flow::Answer::Choice(spoorwijzer_core::flow::Opt::Werkgever),
    );
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let payload = spoorwijzer_core::share::encode(&a, today);
    let div = render(Rc::new(FailingStore), Some(&payload));
    yew::scheduler::flush().await;
    assert_eq!(
        text_of(&div, "[data-testid=shared-count]").trim(),
        "1 antwoord gelezen."
    );
    assert!(div
        .text_content()
        .unwrap_or_default()
        .contains("Ik ben werkgever"));
}
