//! The preview panel (`preview=1`): the configuration values that were ignored, the
//! settings in use and where they were read, and what the host must set (the
//! Content-Security-Policy header with `frame-ancestors`, and whether the offline worker
//! can work from this address), so an embedder can check a configuration before
//! publishing it. All values are rendered as text, never as HTML.

use spoorwijzer_core::embed_config::host::{header_policy, worker_scope, worker_use};
use spoorwijzer_core::embed_config::{EmbedRole, Provider, Source};
use spoorwijzer_core::lang::Lang;
use spoorwijzer_core::text::embed::{notice_line, read_line, worker_use_text, EmbedText};
use yew::prelude::*;

use crate::embed::{host_facts, use_framed};
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
        EmbedRole::Zelfstandige => t(EmbedText::RoleZelfstandige).to_string(),
    });
    let tools = match &embed.tools {
        None => t(EmbedText::ValueAll).to_string(),
        Some(list) => list
            .iter()
            .map(|x| x.route())
            .collect::<Vec<_>>()
            .join(", "),
    };
    let provider = |p: &Provider| {
        let parts: Vec<String> = [p.naam.clone(), p.url.clone()]
            .into_iter()
            .flatten()
            .collect();
        or_none((!parts.is_empty()).then(|| parts.join(", ")))
    };
    let contact: Vec<String> = [
        embed.contact.naam.clone(),
        embed.contact.tel.clone(),
        embed.contact.url.clone(),
    ]
    .into_iter()
    .flatten()
    .collect();
    // A data: logo can be long: its kind and size only.
    let logo = embed.logo.as_ref().map(|l| match l.split_once(',') {
        Some((head, _)) if l.starts_with("data:") => format!("{head},… ({} bytes)", l.len()),
        _ => l.clone(),
    });
    let mut settings: Vec<(EmbedText, String)> = vec![
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
    settings.extend([
        (EmbedText::SettingLogo, or_none(logo)),
        (
            EmbedText::SettingContact,
            or_none((!contact.is_empty()).then(|| contact.join(", "))),
        ),
        (
            EmbedText::SettingOutplacement,
            provider(&embed.outplacement),
        ),
        (EmbedText::SettingSpoor2, provider(&embed.spoor2)),
        (EmbedText::SettingViaUrl, yes_no(embed.via_url).to_string()),
    ]);
    let read: Vec<String> = [Source::Json, Source::Url]
        .into_iter()
        .map(|src| {
            let mut keys: Vec<&str> = Vec::new();
            for (s, k) in &embed.read {
                if *s == src && !keys.contains(&k.as_str()) {
                    keys.push(k);
                }
            }
            read_line(src, &keys, lang)
        })
        .collect();
    let framed = use_framed();
    let facts = host_facts();
    let origins: Vec<String> = embed
        .parent
        .iter()
        .cloned()
        .chain(facts.ancestors.iter().cloned())
        .collect();
    let policy = header_policy(&origins);
    let known_origin = policy.len() > header_policy::<&str>(&[]).len();
    let scope = worker_scope(&facts.pathname);
    let worker = worker_use_text(
        worker_use(&facts.pathname, facts.secure, facts.worker_api, framed),
        &scope,
        lang,
    );
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
                <h3>{ t(EmbedText::PreviewReadHeading) }</h3>
                <ul class="sw-preview__read" id="sw-preview-read">
                    { for read.into_iter().map(|l| html! { <li>{ l }</li> }) }
                </ul>
                <h3>{ t(EmbedText::PreviewHostHeading) }</h3>
                <p>{ t(EmbedText::PreviewCspIntro) }</p>
                if !known_origin {
                    <p id="sw-preview-csp-origin">{ t(EmbedText::PreviewCspNoOrigin) }</p>
                }
                <pre class="sw-preview__code"><code id="sw-preview-csp">{ format!("Content-Security-Policy: {policy}") }</code></pre>
                <h4>{ t(EmbedText::PreviewWorkerHeading) }</h4>
                <p id="sw-preview-worker">{ worker }</p>
            </div>
        </aside>
    }
}
