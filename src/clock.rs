//! The one clock of the app. Today's date is read from the device once, when the app
//! starts ([`today`]), and reaches every page through the [`Today`] context; the core's
//! functions take it as an argument. Tests set the date by providing the context (or the
//! `today` property of `App`).

use chrono::NaiveDate;
use yew::prelude::*;

/// Today's date on this device (local time). The only place the app reads the clock.
pub fn today() -> NaiveDate {
    let d = js_sys::Date::new_0();
    i32::try_from(d.get_full_year())
        .ok()
        .and_then(|y| NaiveDate::from_ymd_opt(y, d.get_month() + 1, d.get_date()))
        .unwrap_or_else(|| {
            spoorwijzer_core::dates::date_from_unix_seconds((js_sys::Date::now() / 1000.0) as i64)
        })
}

/// Today's date, shared through a context.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Today(pub NaiveDate);

/// Today's date from the context. Outside the provider (a component test that does not
/// set it) the device's date, read once per component.
#[hook]
pub fn use_today() -> NaiveDate {
    let ctx = use_context::<Today>();
    *use_memo(ctx, |ctx| ctx.map(|t| t.0).unwrap_or_else(today))
}
