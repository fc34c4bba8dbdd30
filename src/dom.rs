//! Small, safe helpers around the browser DOM. None of them panics: when the browser does
//! not give what we ask for, they do nothing.

use spoorwijzer_core::lang::Lang;
use spoorwijzer_core::text::ui::UiText;
use wasm_bindgen::JsCast;

fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}

/// Set `document.title` to "<page> - Spoorwijzer" (or just the app name).
pub fn set_title(page: &str, error: bool, lang: Lang) {
    let prefix = if error {
        UiText::ErrorTitlePrefix.text(lang)
    } else {
        ""
    };
    let title = if page.is_empty() || page == "Spoorwijzer" {
        format!("{prefix}Spoorwijzer")
    } else {
        format!("{prefix}{page} - Spoorwijzer")
    };
    if let Some(d) = document() {
        d.set_title(&title);
    }
}

/// Set `<html lang>`.
pub fn set_html_lang(lang: Lang) {
    if let Some(el) = document().and_then(|d| d.document_element()) {
        let _ = el.set_attribute("lang", lang.code());
    }
}

/// Move keyboard focus to the element with this id, if it exists.
pub fn focus_id(id: &str) {
    if let Some(el) = document()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// The page's query string before the fragment (`?lang=en&org=...`), without the `?`.
pub fn search() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .map(|s| s.trim_start_matches('?').to_string())
        .unwrap_or_default()
}

/// The browser's preferred language tag.
pub fn navigator_language() -> Option<String> {
    web_sys::window().and_then(|w| w.navigator().language())
}

/// Replace one app-wide query parameter without reloading and without a new history entry.
pub fn replace_query_param(key: &str, value: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let search = location.search().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    let mut pairs: Vec<(String, String)> =
        spoorwijzer_core::url::parse_query(search.trim_start_matches('?'))
            .into_iter()
            .filter(|(k, _)| k != key)
            .collect();
    pairs.push((key.to_string(), value.to_string()));
    let query = spoorwijzer_core::url::build_query(&pairs);
    let url = format!("{path}?{query}{hash}");
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// The attribute on `<html>` where first-paint.js notes a role chosen on the static start
/// page before the app ran.
pub const PENDING_ROLE_ATTR: &str = "data-sw-pending-role";

/// Take (read and remove) the role chosen before the app ran, if any.
pub fn take_pending_role() -> Option<String> {
    let el = document()?.document_element()?;
    let role = el.get_attribute(PENDING_ROLE_ATTR)?;
    let _ = el.remove_attribute(PENDING_ROLE_ATTR);
    Some(role)
}
