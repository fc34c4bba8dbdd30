#![cfg(target_arch = "wasm32")]
//! Browser tests of the embed pieces: the header shows the organisation and logo as text,
//! the footer the contact block with safe links, the preview panel the notices.

use std::rc::Rc;

use spoorwijzer_core::embed_config::EmbedConfig;
use spoorwijzer_web::components::{embed_preview::EmbedPreview, footer::Footer, header::Header};
use spoorwijzer_web::state::EmbedContext;
use wasm_bindgen_test::*;
use yew::prelude::*;
use yew_router::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

mod common;
use common::*;

#[derive(Properties, PartialEq)]
struct Props {
    query: String,
}

#[component]
fn WithConfig(props: &Props) -> Html {
    let config: EmbedContext = Rc::new(EmbedConfig::from_query(&props.query));
    html! {
        <ContextProvider<EmbedContext> context={config}>
            <HashRouter>
                <Header />
                <EmbedPreview />
                <Footer />
            </HashRouter>
        </ContextProvider<EmbedContext>>
    }
}

async fn render(query: &str) -> web_sys::Element {
    let div = root();
    yew::Renderer::<WithConfig>::with_root_and_props(
        div.clone(),
        Props {
            query: query.to_string(),
        },
    )
    .render();
    yew::scheduler::flush().await;
    div
}

#[wasm_bindgen_test]
async fn organisation_and_contact_render_as_text() {
    let xss = "%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E";
    let div = render(&format!(
        "org={xss}&contact_naam={xss}&contact_url=https%3A%2F%2Fhr.example.nl%2Fziek&contact_tel=020-1234567&logo=favicon.svg"
    ))
    .await;
    let org = div.query_selector(".sw-header__org").unwrap().expect("org");
    assert_eq!(
        org.text_content().as_deref(),
        Some("<img src=x onerror=alert(1)>")
    );
    assert_eq!(org.children().length(), 0, "no element was injected");
    let imgs = div.query_selector_all("img").unwrap();
    assert_eq!(imgs.length(), 1, "only the configured logo");
    let logo = div
        .query_selector(".sw-header__logo")
        .unwrap()
        .expect("logo");
    assert_eq!(logo.get_attribute("src").as_deref(), Some("favicon.svg"));
    let link = div
        .query_selector(".sw-contact a[href^='https:']")
        .unwrap()
        .expect("contact link");
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("https://hr.example.nl/ziek")
    );
    assert_eq!(
        link.get_attribute("rel").as_deref(),
        Some("noopener noreferrer")
    );
    let tel = div
        .query_selector(".sw-contact a[href^='tel:']")
        .unwrap()
        .expect("tel");
    assert_eq!(tel.get_attribute("href").as_deref(), Some("tel:0201234567"));
    assert!(div.query_selector(".sw-preview").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn preview_lists_ignored_values_and_no_contact_block_without_contact() {
    let div = render("preview=1&accent=%23ffff00&contact_url=javascript:alert(1)").await;
    let panel = div.query_selector(".sw-preview").unwrap().expect("panel");
    let text = panel.text_content().unwrap_or_default();
    assert!(text.contains("accent = \"#ffff00\""), "{text}");
    assert!(
        text.contains("contact_url = \"javascript:alert(1)\""),
        "{text}"
    );
    assert_eq!(
        panel
            .query_selector_all(".sw-preview__notices li")
            .unwrap()
            .length(),
        2
    );
    // What was read: only preview from the link (the two others were refused).
    let read = panel
        .query_selector("#sw-preview-read")
        .unwrap()
        .and_then(|r| r.text_content())
        .unwrap_or_default();
    assert!(read.contains("Link (voor de #): preview"), "{read}");
    assert!(!read.contains("accent"), "{read}");
    assert!(div.query_selector(".sw-contact").unwrap().is_none());
    assert!(div.query_selector(".sw-header__org").unwrap().is_none());
}
