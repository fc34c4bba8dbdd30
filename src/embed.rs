//! Embedding (design.md §5 and §6, issue 9): the configuration from the inline JSON block
//! and the query string, the accent colour, warnings for ignored values, and the iframe
//! height message.
//!
//! The configuration model and all its validation live in
//! `spoorwijzer_core::embed_config`; this file only reads the two sources from the page and
//! applies the result to the DOM.
//!
//! The iframe message is `{type: "spoorwijzer:resize", height}`: a number of CSS pixels
//! and nothing else, never an answer. It goes to the `parent` origin when configured, else
//! to `"*"` (acceptable only because it carries nothing but a height).

use std::cell::Cell;
use std::rc::Rc;

use spoorwijzer_core::embed_config::EmbedConfig;
use spoorwijzer_core::lang::Lang;
use spoorwijzer_core::text::embed::notice_line;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use spoorwijzer_core::url::parse_query;

/// The id of the inline configuration block in `index.html`.
pub const CONFIG_BLOCK_ID: &str = "spoorwijzer-config";
/// The `type` of the iframe height message.
pub const RESIZE_MESSAGE_TYPE: &str = "spoorwijzer:resize";
/// The class on `<html>` while the app runs inside a frame (styles/embed.css).
pub const EMBEDDED_CLASS: &str = "sw-embedded";

fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}

/// The text of `<script type="application/json" id="spoorwijzer-config">`, if present. It
/// is data, never run: the text is only parsed as JSON by the core.
pub fn config_block_text() -> Option<String> {
    document()
        .and_then(|d| d.get_element_by_id(CONFIG_BLOCK_ID))
        .and_then(|el| el.text_content())
}

/// Read the whole configuration: the JSON block, then the query string (which overrides).
pub fn load_config(search: &str) -> EmbedConfig {
    EmbedConfig::from_sources(config_block_text().as_deref(), &parse_query(search))
}

/// The language: the configuration's, then the browser's language, then Dutch.
pub fn initial_lang(config: &EmbedConfig, navigator: Option<&str>) -> Lang {
    config.initial_lang(navigator)
}

/// Write every ignored value to the console as a warning (in the app's language).
pub fn warn_notices(config: &EmbedConfig, lang: Lang) {
    for n in &config.notices {
        let line = format!("Spoorwijzer: {}", notice_line(n, lang));
        gloo::console::warn!(line);
    }
}

/// Set the accent colour's custom properties on `<html>` through the CSSOM. The CSP's
/// `style-src 'self'` allows this; a `style="..."` attribute string would be blocked.
pub fn apply_accent(config: &EmbedConfig) {
    let props = config.accent_properties();
    if props.is_empty() {
        return;
    }
    let Some(root) = document()
        .and_then(|d| d.document_element())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let style = root.style();
    for (name, value) in props {
        let _ = style.set_property(name, &value);
    }
}

/// Whether the app runs inside a frame, shared through a context: links to other websites
/// then open in a new tab (`components::external_link`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Framed(pub bool);

/// Whether the app runs inside a frame; false outside the provider (component tests, the
/// build's static start page).
#[hook]
pub fn use_framed() -> bool {
    use_context::<Framed>().is_some_and(|f| f.0)
}

/// Whether the app runs inside a frame (`window.parent != window`).
pub fn in_frame() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    match window.parent() {
        Ok(Some(parent)) => !js_sys::Object::is(&parent, &window),
        _ => false,
    }
}

/// What the page knows about where it is served, for the preview's host checks
/// (`spoorwijzer_core::embed_config::host`).
pub struct HostFacts {
    /// `location.pathname`, e.g. `/hr/spoorwijzer/`.
    pub pathname: String,
    /// `window.isSecureContext`.
    pub secure: bool,
    /// Whether `navigator.serviceWorker` exists.
    pub worker_api: bool,
    /// `location.ancestorOrigins` (the pages around the frame, nearest first) where the
    /// browser offers it; empty otherwise and outside a frame.
    pub ancestors: Vec<String>,
}

pub fn host_facts() -> HostFacts {
    let Some(window) = web_sys::window() else {
        return HostFacts {
            pathname: String::new(),
            secure: false,
            worker_api: false,
            ancestors: Vec::new(),
        };
    };
    let get = |target: &JsValue, key: &str| js_sys::Reflect::get(target, &key.into()).ok();
    let location: JsValue = window.location().into();
    let ancestors = get(&location, "ancestorOrigins")
        .filter(|list| !list.is_undefined() && !list.is_null())
        .map(|list| {
            let n = get(&list, "length").and_then(|v| v.as_f64()).unwrap_or(0.0) as u32;
            (0..n.min(20))
                .filter_map(|i| js_sys::Reflect::get_u32(&list, i).ok()?.as_string())
                .collect()
        })
        .unwrap_or_default();
    HostFacts {
        pathname: window.location().pathname().unwrap_or_default(),
        secure: get(window.as_ref(), "isSecureContext").and_then(|v| v.as_bool()) == Some(true),
        worker_api: js_sys::Reflect::has(&window.navigator(), &"serviceWorker".into())
            .unwrap_or(false),
        ancestors,
    }
}

/// The document's height in whole CSS pixels (rounded up).
fn document_height() -> Option<i32> {
    let root = document()?.document_element()?;
    let h = root.get_bounding_client_rect().height().ceil();
    // A page is never taller than i32::MAX pixels; clamp to be safe.
    Some(h.clamp(0.0, f64::from(i32::MAX)) as i32)
}

fn post_height(target: &str, height: i32) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    let msg = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&msg, &"type".into(), &RESIZE_MESSAGE_TYPE.into());
    let _ = js_sys::Reflect::set(&msg, &"height".into(), &JsValue::from(height));
    let _ = parent.post_message(&msg, target);
}

/// Watches the document's height and posts it to the parent window on every change.
/// Dropping it disconnects the observer.
pub struct ResizeReporter {
    observer: web_sys::ResizeObserver,
    _callback: Closure<dyn FnMut(js_sys::Array, web_sys::ResizeObserver)>,
}

impl Drop for ResizeReporter {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Start reporting the height when the app runs in a frame; `None` otherwise. The
/// ResizeObserver also fires once right after `observe`, so the parent gets the first
/// height at once.
pub fn start_resize_reporter(config: &EmbedConfig) -> Option<ResizeReporter> {
    if !in_frame() {
        return None;
    }
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.class_list().add_1(EMBEDDED_CLASS);
    }
    let target = config.message_target().to_string();
    let last = Rc::new(Cell::new(-1i32));
    let callback = Closure::<dyn FnMut(js_sys::Array, web_sys::ResizeObserver)>::new(
        move |_entries: js_sys::Array, _observer: web_sys::ResizeObserver| {
            if let Some(h) = document_height() {
                if h != last.get() {
                    last.set(h);
                    post_height(&target, h);
                }
            }
        },
    );
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    let root = document()?.document_element()?;
    observer.observe(&root);
    Some(ResizeReporter {
        observer,
        _callback: callback,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use spoorwijzer_core::embed_config::EmbedRole;
    use spoorwijzer_core::url::build_query;

    #[test]
    fn reads_the_query_through_the_core() {
        let c = EmbedConfig::from_query("lang=en&rol=werkgever&org=Acme");
        assert_eq!(c.lang, Some(Lang::En));
        assert_eq!(c.rol, Some(EmbedRole::Werkgever));
        assert_eq!(c.org.as_deref(), Some("Acme"));
        assert_eq!(initial_lang(&c, Some("nl-NL")), Lang::En);
        assert_eq!(build_query(&parse_query("a=b%20c")), "a=b%20c");
    }
}
