//! Browser component tests of the app frame, in headless Chromium (wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

use spoorwijzer_web::app::{App, AppProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod common;
use common::*;

#[wasm_bindgen_test]
async fn start_page_renders_and_switches_language() {
    let root = common::root();
    let handle = render::<App>(&root, AppProps::default()).await;

    // The page heading depends on the browser's language; force Dutch first.
    let h1 = text_of(&root, "h1");
    assert!(!h1.is_empty(), "the start page has a heading");
    assert_eq!(all(&root, ".sw-choice").len(), 4, "four role choices");

    // The language switch.
    let button: web_sys::HtmlElement = one(&root, ".sw-header button").dyn_into().unwrap();
    let before_lang = gloo::utils::document()
        .document_element()
        .and_then(|e| e.get_attribute("lang"));
    button.click();
    yew::scheduler::flush().await;
    let after_lang = gloo::utils::document()
        .document_element()
        .and_then(|e| e.get_attribute("lang"));
    assert_ne!(before_lang, after_lang, "<html lang> follows the switch");
    let h1_after = text_of(&root, "h1");
    assert_ne!(h1, h1_after, "the heading is translated");
    let expected = match after_lang.as_deref() {
        Some("en") => "Sick, dismissed or returning to work: what does it mean for you?",
        _ => "Ziek, ontslag of re-integratie: wat betekent het voor jou?",
    };
    assert_eq!(h1_after, expected);
    handle.destroy();
}

#[wasm_bindgen_test]
async fn footer_shows_disclaimer_and_content_date() {
    let root = common::root();
    let handle = render::<App>(&root, AppProps::default()).await;
    let footer = text_of(&root, "footer");
    assert!(
        footer.contains("2026"),
        "content date in the footer: {footer}"
    );
    assert!(
        footer.contains("geen juridisch advies") || footer.contains("not legal advice"),
        "disclaimer in the footer: {footer}"
    );
    handle.destroy();
}
