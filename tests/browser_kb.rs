#![cfg(target_arch = "wasm32")]
//! Kennisbank components in a real browser: blocks become the right elements (a table with
//! caption and scopes, a callout with a visible heading, an external link with `rel`), a
//! term opens in place, and the glossary filter shrinks the list as you type.

use spoorwijzer_core::kb::data::Glossary;
use spoorwijzer_core::kb::markdown::{parse, Block};
use spoorwijzer_core::kb::{KbPage, Term};
use spoorwijzer_core::lang::Lang;
use spoorwijzer_web::components::compare_table::CompareTable;
use spoorwijzer_web::components::kb_blocks::{KbBlocks, Props as BlocksProps};
use spoorwijzer_web::content;
use spoorwijzer_web::pages::begrippen::{BegrippenPage, Props as GlossaryProps};
use spoorwijzer_web::pages::uitleg_pagina::{Props as PageProps, UitlegPaginaPage};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

mod common;
use common::*;

fn blocks(src: &str) -> Vec<Block> {
    let parsed = parse(src);
    assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
    parsed.blocks
}

/// The glossary's definitions as if fetched (the test runner does not serve content/).
fn with_glossary() {
    for lang in [Lang::Nl, Lang::En] {
        content::preload_glossary(lang, Glossary::compiled(lang));
    }
}

async fn render_blocks(src: &str) -> Element {
    with_glossary();
    let div = root();
    let props = BlocksProps {
        blocks: blocks(src),
        title: "Paginatitel".into(),
    };
    render::<KbBlocks>(&div, props).await;
    div
}

#[wasm_bindgen_test]
async fn a_table_gets_a_caption_from_the_heading_and_scopes() {
    let div = render_blocks(
        "## Wie krijgt wat\n\n| Percentage | Uitkering |\n|---|---|\n| 35% | WGA |\n| 80% | IVA |",
    )
    .await;
    let h2 = one(&div, "h2");
    assert_eq!(h2.id(), "wie-krijgt-wat");
    let table = one(&div, ".sw-table-scroll > table");
    let caption = one(&table, "caption");
    assert_eq!(caption.text_content().unwrap(), "Wie krijgt wat");
    let region = one(&div, ".sw-table-scroll");
    assert_eq!(region.get_attribute("role").as_deref(), Some("region"));
    assert_eq!(region.get_attribute("tabindex").as_deref(), Some("0"));
    assert_eq!(region.get_attribute("aria-labelledby"), Some(caption.id()));
    assert_eq!(all(&table, "thead th[scope=col]").len(), 2);
    assert_eq!(texts(&table, "tbody th[scope=row]"), ["35%", "80%"]);
    assert_eq!(all(&table, "tbody td").len(), 2);
}

#[wasm_bindgen_test]
async fn a_table_without_heading_is_named_after_the_page() {
    let div = render_blocks("| a | b |\n|---|---|\n| 1 | 2 |").await;
    assert_eq!(one(&div, "caption").text_content().unwrap(), "Paginatitel");
}

#[wasm_bindgen_test]
async fn callouts_have_a_visible_heading() {
    let div = render_blocks(
        "> [!UNCERTAIN]\n> Niet zeker.\n\n> [!PLAN]\n> Een plan.\n\n> **Let op:** teken niets.",
    )
    .await;
    let callouts = all(&div, ".sw-callout");
    assert_eq!(callouts.len(), 3);
    let titles: Vec<String> = callouts
        .iter()
        .map(|c| {
            one(c, ".sw-callout__title")
                .text_content()
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(titles, ["Onzeker", "Plan, nog geen wet", "Let op"]);
    for c in &callouts {
        assert_eq!(c.get_attribute("role").as_deref(), Some("note"));
        let title = one(c, ".sw-callout__title");
        assert_eq!(c.get_attribute("aria-labelledby"), Some(title.id()));
    }
    // The ids are unique on the page.
    assert_ne!(
        callouts[0].get_attribute("aria-labelledby"),
        callouts[1].get_attribute("aria-labelledby")
    );
    assert_eq!(
        one(&callouts[2], "p:not(.sw-callout__title)")
            .text_content()
            .unwrap(),
        "teken niets."
    );
}

#[wasm_bindgen_test]
async fn links_external_internal_and_lists() {
    let div = render_blocks(
        "Zie [art. 7:658a BW](https://wetten.overheid.nl/jci1.3:c:BWBR0005290&boek=7&artikel=658a) en [de tijdlijn](#/tijdlijn).\n\n3. drie\n4. vier\n\n- een *nadruk* en **vet**",
    )
    .await;
    let ext = one(&div, "a.sw-external");
    assert_eq!(
        ext.get_attribute("rel").as_deref(),
        Some("noopener noreferrer")
    );
    assert!(ext
        .get_attribute("href")
        .unwrap()
        .starts_with("https://wetten.overheid.nl/"));
    assert_eq!(ext.get_attribute("target"), None);
    assert_eq!(
        one(&ext, ".sw-visually-hidden").text_content().unwrap(),
        " (externe website)"
    );
    let internal = one(&div, "a[href='#/tijdlijn']");
    assert_eq!(internal.text_content().unwrap(), "de tijdlijn");
    assert_eq!(internal.get_attribute("rel"), None);
    assert_eq!(one(&div, "ol").get_attribute("start").as_deref(), Some("3"));
    assert_eq!(one(&div, "ul li em").text_content().unwrap(), "nadruk");
    assert_eq!(one(&div, "ul li strong").text_content().unwrap(), "vet");
    // Nothing was injected as HTML: the only elements are the ones the model asks for.
    assert!(!has(&div, "script, iframe, img, [style]"));
}

#[wasm_bindgen_test]
async fn a_term_opens_in_place() {
    let div = render_blocks("Dan start [spoor 2](term:spoor-2) bij een andere werkgever.").await;
    let button: HtmlElement = one(&div, "p button.sw-term__toggle").dyn_into().unwrap();
    assert_eq!(button.get_attribute("type").as_deref(), Some("button"));
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert!(!has(&div, ".sw-term__definition"));
    button.click();
    yew::scheduler::flush().await;
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    let def = one(&div, "p .sw-term__definition");
    assert!(def
        .text_content()
        .unwrap()
        .contains(Term::Spoor2.definition(Lang::Nl)));
    assert_eq!(
        one(&def, "a").get_attribute("href").as_deref(),
        Some("#/begrippen/spoor-2")
    );
    button.click();
    yew::scheduler::flush().await;
    assert!(!has(&div, ".sw-term__definition"));
}

#[wasm_bindgen_test]
async fn the_comparison_embed_renders_the_table() {
    let div = render_blocks("Voor\n\n{{vergelijk}}").await;
    let table = one(&div, "table.sw-compare");
    assert_eq!(
        one(&table, "caption").text_content().unwrap(),
        "Spoor 2 en outplacement vergeleken"
    );
    assert_eq!(
        all(&table, "tbody tr").len(),
        spoorwijzer_core::kb::compare::CompareRow::all().len()
    );
    assert_eq!(
        all(&table, "tbody th[scope=row]").len(),
        all(&table, "tbody tr").len()
    );

    let div2 = root();
    render::<CompareTable>(&div2, ()).await;
    assert_eq!(all(&div2, "thead th[scope=col]").len(), 3);
}

#[wasm_bindgen_test]
async fn a_real_page_renders_without_problems() {
    let page = KbPage::Poortwachter.page(Lang::Nl);
    let div = root();
    let props = BlocksProps {
        blocks: page.blocks.clone(),
        title: page.title.clone().into(),
    };
    render::<KbBlocks>(&div, props).await;
    assert!(all(&div, "h2").len() >= 3);
    assert!(!all(&div, "table").is_empty());
    assert!(!all(&div, ".sw-callout").is_empty());
    assert!(all(&div, "button.sw-term__toggle").len() >= 5);
}

fn items(div: &Element) -> usize {
    all(div, ".sw-glossary__item").len()
}

#[wasm_bindgen_test]
async fn the_glossary_filter_reduces_the_list_after_input() {
    with_glossary();
    let div = root();
    render::<BegrippenPage>(&div, GlossaryProps { term: None }).await;
    let total = items(&div);
    assert_eq!(total, Term::all().len());
    let count = one(&div, "#sw-glossary-count");
    assert_eq!(count.get_attribute("aria-live").as_deref(), Some("polite"));
    assert_eq!(
        count.text_content().unwrap(),
        format!("{total} begrippen gevonden")
    );

    let input: HtmlInputElement = one(&div, "#sw-glossary-search").dyn_into().unwrap();
    input.set_value("loon");
    let ev = web_sys::Event::new("input").unwrap();
    input.dispatch_event(&ev).unwrap();
    yew::scheduler::flush().await;
    let n = items(&div);
    assert!(n > 0 && n < total, "{n} of {total}");
    assert_eq!(
        count.text_content().unwrap(),
        format!("{n} begrippen gevonden")
    );
    // Every remaining term mentions the query somewhere.
    for item in all(&div, ".sw-glossary__item") {
        assert!(item.text_content().unwrap().to_lowercase().contains("loon"));
    }

    input.set_value("xyzxyz");
    input
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    yew::scheduler::flush().await;
    assert_eq!(items(&div), 0);
    assert_eq!(count.text_content().unwrap(), "0 begrippen gevonden");
    assert!(has(&div, ".sw-kb-no-results"));
}

#[wasm_bindgen_test]
async fn a_deep_linked_term_is_highlighted_and_links_to_its_page() {
    with_glossary();
    let div = root();
    let term = Some("wga".into());
    render::<BegrippenPage>(&div, GlossaryProps { term }).await;
    let item = one(&div, "#begrip-wga");
    assert!(item
        .get_attribute("class")
        .unwrap_or_default()
        .contains("sw-glossary__item--current"));
    assert_eq!(all(&div, ".sw-glossary__item--current").len(), 1);
    assert_eq!(
        one(&item, ".sw-glossary__more a")
            .get_attribute("href")
            .as_deref(),
        Some("#/uitleg/inkomen-en-verzekering")
    );
    assert!(!has(&div, ".sw-notice"));
}

async fn render_page(slug: &str) -> Element {
    let div = root();
    render::<UitlegPaginaPage>(&div, PageProps { slug: slug.into() }).await;
    div
}

#[wasm_bindgen_test]
async fn a_fetched_page_renders_its_title_at_once_and_its_body_when_it_has_arrived() {
    content::preload_page(
        KbPage::Poortwachter,
        Lang::Nl,
        KbPage::Poortwachter.page(Lang::Nl),
    );
    let div = render_page("poortwachter").await;
    assert_eq!(text_of(&div, "h1"), KbPage::Poortwachter.title(Lang::Nl));
    assert!(all(&div, ".sw-kb h2").len() >= 3);
    assert!(!all(&div, ".sw-kb-sources a").is_empty());
    assert!(!has(&div, ".sw-loading-part"));
}

#[wasm_bindgen_test]
async fn a_page_that_cannot_be_fetched_says_so_and_offers_to_try_again() {
    // The test runner serves no content/: the fetch fails as it would without a network.
    let div = render_page("hulp-en-rechten").await;
    // The title and summary are known before the file arrives.
    assert_eq!(text_of(&div, "h1"), KbPage::HulpEnRechten.title(Lang::Nl));
    assert_eq!(
        text_of(&div, ".sw-lead"),
        KbPage::HulpEnRechten.summary(Lang::Nl)
    );
    let failed = wait_for(&div, ".sw-load-failed[role=alert]").await;
    assert!(failed
        .text_content()
        .unwrap_or_default()
        .contains("kon niet worden geladen"));
    assert!(!has(&div, ".sw-kb"));
    // Trying again with the file there renders the page.
    content::preload_page(
        KbPage::HulpEnRechten,
        Lang::Nl,
        KbPage::HulpEnRechten.page(Lang::Nl),
    );
    click_button(&failed, "Opnieuw proberen");
    yew::scheduler::flush().await;
    wait_for(&div, ".sw-kb h2").await;
    assert!(!has(&div, ".sw-load-failed"));
}
