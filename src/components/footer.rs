//! The footer: content date, disclaimer and the privacy link.

use spoorwijzer_core::dates;
use spoorwijzer_core::text::ui::{Ui, CONTENT_DATE};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::route::Route;
use crate::state::use_app;

#[component]
pub fn Footer() -> Html {
    let lang = use_app().lang;
    let date = dates::parse_iso(CONTENT_DATE)
        .map(|d| dates::long(d, lang))
        .unwrap_or_else(|_| CONTENT_DATE.to_string());
    html! {
        <footer class="sw-footer">
            <div class="sw-container">
                <p>{ Ui::FooterDisclaimer.text(lang) }</p>
                <p class="sw-muted">{ format!("{} {}", Ui::FooterContentDate.text(lang), date) }</p>
                <ul class="sw-footer__links">
                    <li><Link<Route> to={Route::Privacy}>{ Ui::FooterPrivacy.text(lang) }</Link<Route>></li>
                    <li><Link<Route> to={Route::Transitievergoeding}>{ Ui::ToolTransitievergoeding.text(lang) }</Link<Route>></li>
                    <li><Link<Route> to={Route::Tijdlijn}>{ Ui::ToolTijdlijn.text(lang) }</Link<Route>></li>
                    <li><Link<Route> to={Route::Uitleg}>{ Ui::ToolUitleg.text(lang) }</Link<Route>></li>
                </ul>
            </div>
        </footer>
    }
}
