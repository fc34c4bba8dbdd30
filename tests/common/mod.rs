//! Helpers shared by the browser component tests (`tests/browser_*.rs`): a fresh root
//! element to render into, the address to start from, and reading and clicking in what
//! was rendered. Each test file uses only some of them.
#![allow(dead_code)]

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// A new, empty `<div>` appended to the document's body.
pub fn root() -> Element {
    let doc = gloo::utils::document();
    let div = doc.create_element("div").expect("a div");
    doc.body()
        .expect("a body")
        .append_child(&div)
        .expect("append");
    div
}

/// Replace the page's address with `url` (for the hash router), then a new root.
pub fn mount(url: &str) -> Element {
    web_sys::window()
        .expect("a window")
        .history()
        .expect("history")
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url))
        .expect("replaceState");
    root()
}

/// Render `C` with `props` into `root` and let it settle; the handle can destroy it.
pub async fn render<C: yew::BaseComponent>(
    root: &Element,
    props: C::Properties,
) -> yew::AppHandle<C> {
    let handle = yew::Renderer::<C>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    handle
}

/// Whether an element in `el` matches `sel`.
pub fn has(el: &Element, sel: &str) -> bool {
    el.query_selector(sel).expect("a valid selector").is_some()
}

/// The page address's fragment (`#/…`).
pub fn hash() -> String {
    web_sys::window()
        .expect("a window")
        .location()
        .hash()
        .unwrap_or_default()
}

/// The first element matching `sel`, or a failure that shows what was rendered.
pub fn one(el: &Element, sel: &str) -> Element {
    el.query_selector(sel)
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("no {sel} in {}", el.inner_html()))
}

/// Every element matching `sel`.
pub fn all(el: &Element, sel: &str) -> Vec<Element> {
    let list = el.query_selector_all(sel).expect("a valid selector");
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .collect()
}

/// The texts of every element matching `sel`.
pub fn texts(el: &Element, sel: &str) -> Vec<String> {
    all(el, sel)
        .iter()
        .map(|e| e.text_content().unwrap_or_default())
        .collect()
}

/// The text of the first element matching `sel`; empty when there is none.
pub fn text_of(el: &Element, sel: &str) -> String {
    el.query_selector(sel)
        .ok()
        .flatten()
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

/// Click the first element matching `sel`.
pub fn click(el: &Element, sel: &str) {
    one(el, sel)
        .dyn_into::<HtmlElement>()
        .expect("an HTML element")
        .click();
}

/// Click the button whose text is `label`.
pub fn click_button(el: &Element, label: &str) {
    let button = all(el, "button")
        .into_iter()
        .find(|b| b.text_content().unwrap_or_default().trim() == label)
        .unwrap_or_else(|| panic!("no button {label}"));
    button
        .dyn_into::<HtmlElement>()
        .expect("an HTML element")
        .click();
}

/// The id of the element that has the focus; empty when none has.
pub fn active_id() -> String {
    gloo::utils::document()
        .active_element()
        .map(|e| e.id())
        .unwrap_or_default()
}

/// Wait (two seconds at most) until `sel` is rendered in `el`: for what arrives later,
/// such as a fetched file.
pub async fn wait_for(el: &Element, sel: &str) -> Element {
    for _ in 0..200 {
        if let Some(found) = el.query_selector(sel).ok().flatten() {
            return found;
        }
        let tick = js_sys::Promise::new(&mut |resolve, _| {
            let _ = web_sys::window()
                .expect("a window")
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10);
        });
        let _ = wasm_bindgen_futures::JsFuture::from(tick).await;
    }
    panic!("no {sel} after two seconds in {}", el.inner_html())
}
