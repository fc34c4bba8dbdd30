//! The browser location, read safely: the raw hash (the router's route does not carry the
//! fragment's query) and the page address for copyable links. None of these panics.

/// `location.hash`, e.g. `#/tijdlijn?periode=2026-01-05..`; empty when unavailable.
pub fn hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// The address up to (not including) the `#`: origin, path and the app-wide query.
pub fn base_url() -> String {
    let Some(w) = web_sys::window() else {
        return String::new();
    };
    let l = w.location();
    format!(
        "{}{}{}",
        l.origin().unwrap_or_default(),
        l.pathname().unwrap_or_default(),
        l.search().unwrap_or_default()
    )
}

/// A full link to `route` (e.g. `/tijdlijn`) with the tool's query.
pub fn link_to(route: &str, query: &str) -> String {
    if query.is_empty() {
        format!("{}#{route}", base_url())
    } else {
        format!("{}#{route}?{query}", base_url())
    }
}
