//! The footer: the embedder's contact block and providers (as text, never HTML), content
//! date, disclaimer and the privacy link.

use spoorwijzer_core::dates;
use spoorwijzer_core::embed_config::{EmbedConfig, Provider, Tool};
use spoorwijzer_core::lang::Lang;
use spoorwijzer_core::text::embed::EmbedText;
use spoorwijzer_core::text::ui::{UiText, CONTENT_DATE};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::route::Route;
use crate::state::{use_app, use_embed};
use spoorwijzer_core::text::format;

/// Show a URL without its scheme, as link text.
fn url_label(url: &str) -> String {
    url.trim_start_matches("https://")
        .trim_end_matches('/')
        .to_string()
}

/// An outbound link to a configured (already validated `https:`) URL.
fn outbound(url: &str, text: String, lang: Lang) -> Html {
    crate::components::kb_inline::external_link(url, html! { { text } }, lang)
}

fn provider(p: &Provider, label: EmbedText, lang: Lang) -> Option<Html> {
    if p.is_empty() {
        return None;
    }
    let name = p.naam.clone().map(Html::from);
    let link = p.url.as_deref().map(|u| match &p.naam {
        Some(_) => html! { <>{ " (" }{ outbound(u, format!("{}: {}", EmbedText::ProviderWebsite.text(lang), url_label(u)), lang) }{ ")" }</> },
        None => outbound(u, url_label(u), lang),
    });
    Some(html! {
        <>
            <dt>{ label.text(lang) }</dt>
            <dd>{ for name }{ for link }</dd>
        </>
    })
}

/// The contact block and the employer's providers; nothing when none is configured.
fn contact_block(embed: &EmbedConfig, lang: Lang) -> Html {
    let c = &embed.contact;
    if c.is_empty() && embed.outplacement.is_empty() && embed.spoor2.is_empty() {
        return html! {};
    }
    let name = c
        .naam
        .clone()
        .map(|n| html! { <p class="sw-contact__name">{ n }</p> });
    let tel = c.tel.clone().map(|t| {
        let number = match c.tel_href() {
            Some(href) => html! { <a href={href}>{ t }</a> },
            None => html! { { t } },
        };
        html! { <><dt>{ EmbedText::ContactPhone.text(lang) }</dt><dd>{ number }</dd></> }
    });
    let url = c.url.as_deref().map(|u| {
        html! { <><dt>{ EmbedText::ContactWebsite.text(lang) }</dt><dd>{ outbound(u, url_label(u), lang) }</dd></> }
    });
    html! {
        <section class="sw-contact" aria-labelledby="sw-contact-heading">
            <h2 id="sw-contact-heading" class="sw-contact__heading">{ EmbedText::ContactHeading.text(lang) }</h2>
            { for name }
            <dl class="sw-contact__list">
                { for tel }
                { for url }
                { for provider(&embed.outplacement, EmbedText::OutplacementProvider, lang) }
                { for provider(&embed.spoor2, EmbedText::Spoor2Provider, lang) }
            </dl>
        </section>
    }
}

#[component]
pub fn Footer() -> Html {
    let lang = use_app().lang;
    let embed = use_embed();
    let date = dates::parse_iso(CONTENT_DATE)
        .map(|d| format::long_date(d, lang))
        .unwrap_or_else(|_| CONTENT_DATE.to_string());
    html! {
        <footer class="sw-footer">
            <div class="sw-container">
                { contact_block(&embed, lang) }
                <p>{ UiText::FooterDisclaimer.text(lang) }</p>
                <p class="sw-muted">{ format!("{} {}", UiText::FooterContentDate.text(lang), date) }</p>
                <ul class="sw-footer__links">
                    <li><Link<Route> to={Route::Privacy}>{ UiText::FooterPrivacy.text(lang) }</Link<Route>></li>
                    if embed.shows(Tool::Transitievergoeding) {
                        <li><Link<Route> to={Route::Transitievergoeding}>{ UiText::ToolTransitievergoeding.text(lang) }</Link<Route>></li>
                    }
                    if embed.shows(Tool::Tijdlijn) {
                        <li><Link<Route> to={Route::Tijdlijn}>{ UiText::ToolTijdlijn.text(lang) }</Link<Route>></li>
                    }
                    if embed.shows(Tool::Uitleg) {
                        <li><Link<Route> to={Route::Uitleg}>{ UiText::ToolUitleg.text(lang) }</Link<Route>></li>
                    }
                </ul>
            </div>
        </footer>
    }
}
