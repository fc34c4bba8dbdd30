//! The preview panel (`preview=1`): the configuration values that were ignored, and the
//! settings in use, so an embedder can check a configuration before publishing it. All
//! values are rendered as text, never as HTML.

use spoorwijzer_core::embed_config::EmbedRole;
use spoorwijzer_core::lang::Lang;
use spoorwijzer_core::text::embed::{notice_line, EmbedText};
use yew::prelude::*;

use crate::state::{use_app, use_embed};

#[component]
pub fn EmbedPreview() -> Html {
    let embed = use_embed();
    let lang = use_app().lang;
    if !embed.preview {
        return html! {};
    }
    let t = |k: EmbedText| k.text(lang);
    let yes_no = |b: bool| {
        if b {
            t(EmbedText::ValueYes)
        } else {
            t(EmbedText::ValueNo)
        }
    };
    let or_none = |v: Option<String>| v.unwrap_or_else(|| t(EmbedText::ValueNone).to_string());
    let role = embed.rol.map(|r| match r {
        EmbedRole::Werknemer => t(EmbedText::RoleWerknemer).to_string(),
        EmbedRole::Werkgever => t(EmbedText::RoleWerkgever).to_string(),
    });
    let tools = match &embed.tools {
        None => t(EmbedText::ValueAll).to_string(),
        Some(list) => list
            .iter()
            .map(|x| x.route())
            .collect::<Vec<_>>()
            .join(", "),
    };
    let settings: Vec<(EmbedText, String)> = vec![
        (EmbedText::SettingOrg, or_none(embed.org.clone())),
        (EmbedText::SettingRole, or_none(role)),
        (
            EmbedText::SettingLang,
            or_none(embed.lang.map(|l: Lang| l.code().to_string())),
        ),
        (EmbedText::SettingTools, tools),
        (
            EmbedText::SettingAccent,
            or_none(embed.accent.map(|c| c.hex())),
        ),
        (EmbedText::SettingParent, embed.message_target().to_string()),
        (EmbedText::SettingDelen, yes_no(embed.delen).to_string()),
        (
            EmbedText::SettingOnthouden,
            yes_no(embed.onthouden).to_string(),
        ),
    ];
    html! {
        <aside class="sw-preview sw-container" aria-labelledby="sw-preview-heading">
            <div class="sw-preview__box">
                <h2 id="sw-preview-heading" class="sw-preview__heading">{ t(EmbedText::PreviewHeading) }</h2>
                <p>{ t(EmbedText::PreviewIntro) }</p>
                <h3>{ t(EmbedText::PreviewNoticesHeading) }</h3>
                if embed.notices.is_empty() {
                    <p>{ t(EmbedText::PreviewNoNotices) }</p>
                } else {
                    <ul class="sw-preview__notices">
                        { for embed.notices.iter().map(|n| html! { <li>{ notice_line(n, lang) }</li> }) }
                    </ul>
                }
                <h3>{ t(EmbedText::PreviewSettingsHeading) }</h3>
                <dl class="sw-preview__settings">
                    { for settings.into_iter().map(|(k, v)| html! { <><dt>{ t(k) }</dt><dd>{ v }</dd></> }) }
                </dl>
            </div>
        </aside>
    }
}
