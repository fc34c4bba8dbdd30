//! The browser location and clock, read safely: the raw hash (the router's route does not
//! carry the fragment's query), the page address for copyable links, and today's local
//! date. None of these panics.

use chrono::NaiveDate;

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

/// Today's date on this device (local time).
pub fn today() -> NaiveDate {
    let d = js_sys::Date::new_0();
    let y = i32::try_from(d.get_full_year()).unwrap_or(2026);
    NaiveDate::from_ymd_opt(y, d.get_month() + 1, d.get_date())
        .unwrap_or(spoorwijzer_core::dates::min_date())
}
