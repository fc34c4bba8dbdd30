//! Browser component tests of the question page (`#/vraag/<id>`), in headless Chromium:
//! submitting without an answer shows the error summary, focus moves to it, the title is
//! prefixed with "Fout:", and the field is linked to its message.
#![cfg(target_arch = "wasm32")]

use spoorwijzer_web::app::{App, AppProps};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

mod common;
use common::*;

#[wasm_bindgen_test]
async fn empty_submit_shows_error_summary_with_focus_and_title() {
    let root = mount("?lang=nl#/vraag/rol");
    let handle = render::<App>(&root, AppProps::default()).await;

    // The question is the legend's h1.
    let h1 = one(&root, "legend h1");
    assert_eq!(
        h1.text_content().unwrap_or_default(),
        "Waarmee kunnen we je helpen?"
    );
    assert!(!has(&root, ".sw-error-summary"), "no errors before submit");
    assert!(!gloo::utils::document().title().starts_with("Fout:"));

    click(&root, "form button[type=submit]");
    yew::scheduler::flush().await;

    let summary = one(&root, ".sw-error-summary");
    assert!(summary
        .text_content()
        .unwrap_or_default()
        .contains("Kies een antwoord"));
    assert_eq!(
        active_id(),
        "sw-error-summary",
        "focus moves to the error summary"
    );
    let title = gloo::utils::document().title();
    assert!(title.starts_with("Fout: "), "title: {title}");
    // The summary links to the first radio; the message sits beside the field.
    let link = one(&summary, "a");
    assert_eq!(link.get_attribute("href").as_deref(), Some("#antwoord"));
    assert!(has(&root, "#antwoord"));
    let fieldset = one(&root, "fieldset");
    let described = fieldset
        .get_attribute("aria-describedby")
        .unwrap_or_default();
    assert!(
        described.contains("antwoord-error"),
        "aria-describedby: {described}"
    );
    assert!(has(&root, "#antwoord-error"));
    // Following the link moves focus to the field.
    click(&root, ".sw-error-summary a");
    assert_eq!(active_id(), "antwoord");

    // Choosing an answer and submitting clears the error and moves on.
    click(&root, "#antwoord");
    yew::scheduler::flush().await;
    click(&root, "form button[type=submit]");
    yew::scheduler::flush().await;
    assert_eq!(hash(), "#/vraag/ziek_nu", "werknemer goes on to ziek_nu");
    assert!(!gloo::utils::document().title().starts_with("Fout:"));
    handle.destroy();
}

#[wasm_bindgen_test]
async fn unknown_question_redirects_to_the_right_one() {
    let root = mount("?lang=en#/vraag/bestaat_niet");
    let handle = render::<App>(&root, AppProps::default()).await;
    yew::scheduler::flush().await;
    assert_eq!(hash(), "#/vraag/rol");
    handle.destroy();
}
