//! Spoorwijzer's Yew app. It renders what `spoorwijzer-core` decides and holds no domain
//! rules. Data flows one way: an event becomes an [`state::Action`], the reducer updates the
//! state, the core derives what is shown, and the page renders it.

pub mod app;
pub mod clock;
pub mod components;
pub mod content;
pub mod dom;
pub mod download;
pub mod embed;
pub mod hooks;
pub mod location;
pub mod pages;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod route;
pub mod state;
pub mod storage;

/// The attribute on `#app` while it holds the static start page that the build rendered
/// into `index.html` (src/prerender.rs). first-paint.js decides before the first paint
/// whether that page may show; styles/base.css hides it otherwise.
pub const PRERENDERED_ATTR: &str = "data-sw-prerendered";

/// Mount the app into `#app` (or `<body>` when that element is missing).
///
/// The static start page in `#app` is replaced by the app's own render: it is removed
/// here and the app renders in the same task (Yew's scheduler runs in a microtask), so
/// no frame is painted in between and the layout does not move.
pub fn start() {
    let root = gloo::utils::document().get_element_by_id("app");
    match root {
        Some(el) => {
            if el.has_attribute(PRERENDERED_ATTR) {
                el.set_inner_html("");
                let _ = el.remove_attribute(PRERENDERED_ATTR);
                let _ = el.remove_attribute("hidden");
            }
            yew::Renderer::<app::App>::with_root(el).render()
        }
        None => yew::Renderer::<app::App>::new().render(),
    };
}
