//! Spoorwijzer's Yew app. It renders what `spoorwijzer-core` decides and holds no domain
//! rules. Data flows one way: an event becomes an [`state::Action`], the reducer updates the
//! state, the core derives what is shown, and the page renders it.

pub mod app;
pub mod clock;
pub mod components;
pub mod dom;
pub mod download;
pub mod embed;
pub mod hooks;
pub mod location;
pub mod pages;
pub mod route;
pub mod state;
pub mod storage;

/// Mount the app into `#app` (or `<body>` when that element is missing).
pub fn start() {
    let root = gloo::utils::document().get_element_by_id("app");
    match root {
        Some(el) => yew::Renderer::<app::App>::with_root(el).render(),
        None => yew::Renderer::<app::App>::new().render(),
    };
}
