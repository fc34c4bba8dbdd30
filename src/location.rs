//! The browser location, read safely: the page address for copyable links. None of these
//! panics. (A tool reads its link's query from the router: `components::linked_tool`.)

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
