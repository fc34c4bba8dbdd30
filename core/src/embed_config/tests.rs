//! Tests of the embed configuration: every key from the URL and the JSON block, overrides, limits and notices.

use super::*;
use crate::text::embed::notice_line;
use crate::url::{build_query, percent_decode, percent_encode};
use proptest::prelude::*;

/// The notices in order, as `key: Kind` joined by commas (the kind as its `Debug` form).
fn notices(c: &EmbedConfig) -> String {
    let lines: Vec<String> = c
        .notices
        .iter()
        .map(|n| format!("{}: {:?}", n.key, n.kind))
        .collect();
    lines.join(", ")
}

#[test]
fn decodes_and_encodes_queries() {
    for (text, decoded) in [
        ("a%20b+c", "a b c"),
        ("100%", "100%"),
        ("%zz", "%zz"),
        ("%4", "%4"),
        ("%23005ea5", "#005ea5"),
        ("%C3%A9", "é"),
    ] {
        assert_eq!(percent_decode(text), decoded, "{text}");
    }
    assert_eq!(percent_encode("Acme & Co"), "Acme%20%26%20Co");
    let pairs = parse_query("?lang=en&org=Acme%20BV&flag");
    assert_eq!(pairs[1], ("org".to_string(), "Acme BV".to_string()));
    assert_eq!(pairs[2], ("flag".to_string(), String::new()));
    assert_eq!(build_query(&pairs), "lang=en&org=Acme%20BV&flag=");
}

#[test]
fn reads_every_key_from_the_url() {
    let c = EmbedConfig::from_query(
        "lang=en&org=Acme%20BV&rol=werkgever&tools=tijdlijn,%20werkgever/batch&accent=%23005EA5\
         &logo=img/logo.svg&contact_naam=HR%20Acme&contact_tel=%2B31%2020%20123%2045%2067\
         &contact_url=https://intranet.Acme.nl/hr&outplacement_naam=Bureau%20A\
         &outplacement_url=https://a.example&spoor2_naam=Bureau%20B&spoor2_url=https://b.example/spoor2\
         &delen=0&onthouden=0&preview=1&parent=https://www.acme.nl:8443/",
    );
    assert_eq!(notices(&c), "");
    assert_eq!(c.lang, Some(Lang::En));
    assert_eq!(c.org.as_deref(), Some("Acme BV"));
    assert_eq!(c.rol, Some(EmbedRole::Werkgever));
    assert_eq!(c.tools, Some(vec![Tool::Tijdlijn, Tool::WerkgeverBatch]));
    assert!(c.shows(Tool::Tijdlijn) && !c.shows(Tool::Inkomen));
    assert_eq!(c.accent.map(Rgb::hex).as_deref(), Some("#005ea5"));
    assert_eq!(c.logo.as_deref(), Some("img/logo.svg"));
    assert_eq!(c.contact.naam.as_deref(), Some("HR Acme"));
    assert_eq!(c.contact.tel.as_deref(), Some("+31 20 123 45 67"));
    assert_eq!(c.contact.tel_href().as_deref(), Some("tel:+31201234567"));
    assert_eq!(
        c.contact.url.as_deref(),
        Some("https://intranet.acme.nl/hr")
    );
    assert_eq!(c.outplacement.naam.as_deref(), Some("Bureau A"));
    assert_eq!(c.spoor2.url.as_deref(), Some("https://b.example/spoor2"));
    assert!(!c.delen && !c.onthouden && c.preview);
    assert_eq!(c.parent.as_deref(), Some("https://www.acme.nl:8443"));
    assert_eq!(c.message_target(), "https://www.acme.nl:8443");
}

#[test]
fn defaults_when_nothing_is_configured() {
    let c = EmbedConfig::from_sources(Some("{}"), &[]);
    assert_eq!(c, EmbedConfig::default());
    assert!(c.delen && c.onthouden && !c.preview && c.via_url);
    assert!(Tool::ALL.iter().all(|t| c.shows(*t)));
    assert_eq!(c.message_target(), "*");
    assert!(c.accent_properties().is_empty());
    assert_eq!(c.initial_lang(Some("en-US")), Lang::En);
    assert_eq!(c.initial_lang(Some("de-DE")), Lang::Nl);
    assert_eq!(c.initial_lang(None), Lang::Nl);
    // An empty or whitespace block is the same as `{}`, without a notice.
    assert_eq!(EmbedConfig::from_sources(Some("  \n"), &[]), c);
}

#[test]
fn json_block_with_url_override() {
    let json = r##"{
            "_comment": "HR-instellingen",
            "org": "Acme BV", "lang": "nl", "rol": "werknemer",
            "tools": ["tijdlijn", "uitleg", 3, "bestaat-niet"],
            "accent": "#1f5f6b", "delen": 0, "onthouden": false, "preview": "1",
            "contact_url": "https://hr.acme.nl"
        }"##;
    let q = parse_query("org=Other%20BV&rol=baas&lang=en&contact_url=http://hr.acme.nl");
    let c = EmbedConfig::from_sources(Some(json), &q);
    // A valid URL value wins; an invalid one is ignored and the JSON value stays.
    assert_eq!(c.org.as_deref(), Some("Other BV"));
    assert_eq!(c.lang, Some(Lang::En));
    assert_eq!(c.rol, Some(EmbedRole::Werknemer));
    assert_eq!(c.contact.url.as_deref(), Some("https://hr.acme.nl"));
    assert_eq!(c.tools, Some(vec![Tool::Tijdlijn, Tool::Uitleg]));
    assert!(!c.delen && !c.onthouden && c.preview);
    assert_eq!(
        notices(&c),
        "tools: WrongType, tools: UnknownTool, rol: BadRole, contact_url: NotHttps"
    );
    assert_eq!(c.notices[0].source, Source::Json);
    assert_eq!(c.notices[2].source, Source::Url);
}

#[test]
fn via_url_zero_locks_the_configuration() {
    let json = r#"{"org": "Acme BV", "via_url": 0}"#;
    let q = parse_query("org=Nep&contact_tel=0900-1234&lang=en&preview=1&utm_source=x&via_url=1");
    let c = EmbedConfig::from_sources(Some(json), &q);
    assert_eq!(c.org.as_deref(), Some("Acme BV"));
    assert_eq!(c.contact.tel, None);
    assert_eq!(c.lang, Some(Lang::En));
    assert!(c.preview && !c.via_url);
    assert_eq!(
        notices(&c),
        "org: UrlSwitchedOff, contact_tel: UrlSwitchedOff, utm_source: UnknownKey, via_url: UrlSwitchedOff"
    );
    // Without the lock, `via_url` in the URL is refused as JSON-only.
    let c = EmbedConfig::from_query("via_url=0&org=Nep");
    assert!(c.via_url);
    assert_eq!(c.org.as_deref(), Some("Nep"));
    assert_eq!(notices(&c), "via_url: JsonOnly");
}

#[test]
fn broken_json_blocks_give_one_notice() {
    let c = EmbedConfig::from_sources(Some("{\"org\": \"Acme\",\n}"), &[]);
    assert_eq!(c.org, None);
    assert_eq!(notices(&c), ": JsonInvalid { line: 2, column: 1 }");
    // `<\/` (as EMBEDDING.md advises inside the HTML block) reads as `</`.
    let c = EmbedConfig::from_sources(Some(r#"{"org": "A<\/script>B"}"#), &[]);
    assert_eq!(c.org.as_deref(), Some("A</script>B"));
    let c = EmbedConfig::from_sources(Some("[1, 2]"), &[]);
    assert_eq!(notices(&c), ": JsonNotObject");
    let c = EmbedConfig::from_sources(
        Some(r##"{"org": 12, "preview": [1], "kleur": "#000000"}"##),
        &[],
    );
    assert_eq!(
        notices(&c),
        "kleur: UnknownKey, org: WrongType, preview: WrongType"
    );
    let deep = "[".repeat(10_000);
    let c = EmbedConfig::from_sources(Some(&deep), &[]);
    assert_eq!(c.notices.len(), 1);
    let huge = " ".repeat(MAX_JSON_BYTES + 1);
    let c = EmbedConfig::from_sources(Some(&huge), &[]);
    assert_eq!(notices(&c), ": JsonTooLong");
}

#[test]
fn text_options_are_plain_text_with_limits() {
    let xss = "<img src=x onerror=alert(1)>";
    let c = EmbedConfig::from_query(&build_query(&[
        ("org".into(), xss.into()),
        ("contact_naam".into(), xss.into()),
        ("outplacement_naam".into(), xss.into()),
        ("spoor2_naam".into(), xss.into()),
    ]));
    // Markup is kept as literal text: the app renders text, never HTML.
    assert_eq!(c.org.as_deref(), Some(xss));
    assert_eq!(c.contact.naam.as_deref(), Some(xss));
    assert_eq!(c.outplacement.naam.as_deref(), Some(xss));
    assert_eq!(c.spoor2.naam.as_deref(), Some(xss));
    assert!(c.notices.is_empty());

    let long = "a".repeat(81);
    let c = EmbedConfig::from_query(&format!(
        "org={long}&contact_naam=%20%20&spoor2_naam=A%0AB&outplacement_naam=abc%E2%80%AEgpj.exe"
    ));
    assert_eq!((c.org.clone(), c.contact.naam.clone()), (None, None));
    assert_eq!(
        notices(&c),
        "org: TooLong { max: 80 }, contact_naam: Empty, spoor2_naam: ControlCharacters, outplacement_naam: ControlCharacters"
    );
    // The notice repeats at most 60 characters of the value.
    assert_eq!(c.notices[0].value.chars().count(), 61);
    assert!(c.notices[0].value.ends_with('…'));
    // The limit counts characters, not bytes: 80 times "é" (160 bytes) is accepted.
    let c = EmbedConfig::from_query(&format!("org={}", "é".repeat(80)));
    assert_eq!(c.org.map(|o| o.chars().count()), Some(80));
}

#[test]
fn phone_numbers() {
    for ok in ["020-1234567", "+31 (0)20 123 45 67", "0800.1234"] {
        assert!(phone(ok).is_ok(), "{ok}");
    }
    for bad in ["<b>1</b>", "12", "call 0201234567", "0201234567 ext. 3"] {
        assert!(phone(bad).is_err(), "{bad}");
    }
    for (tel, href) in [
        ("+31 (0)20-123", "tel:+3120123"),
        ("(020) 123 45 67", "tel:0201234567"),
    ] {
        let c = Contact {
            tel: Some(tel.into()),
            ..Contact::default()
        };
        assert_eq!(c.tel_href().as_deref(), Some(href), "{tel}");
    }
}

#[test]
fn urls_must_be_https_with_a_plain_host() {
    assert_eq!(
        https_url(" HTTPS://Example.NL/Pad?a=1#x ").as_deref(),
        Ok("https://example.nl/Pad?a=1#x")
    );
    assert!(https_url("https://example.nl:8443").is_ok());
    for bad in [
        "http://example.nl",
        "javascript:alert(1)",
        "//example.nl",
        "data:text/html,<script>",
    ] {
        assert_eq!(https_url(bad), Err(NoticeKind::NotHttps), "{bad}");
    }
    for bad in [
        "https://",
        "https://trusted.nl@evil.example/",
        "https://example.nl/\"><script>alert(1)</script>",
        "https://exa mple.nl",
        "https://example.nl/a b",
        "https://example.nl:0",
        "https://example.nl:99999",
        "https://-x.nl",
    ] {
        assert_eq!(https_url(bad), Err(NoticeKind::BadUrl), "{bad}");
    }
    assert_eq!(https_url(""), Err(NoticeKind::Empty));
}

#[test]
fn parent_origins() {
    for (text, want) in [
        ("https://www.acme.nl", "https://www.acme.nl"),
        ("HTTPS://WWW.acme.nl/", "https://www.acme.nl"),
        ("http://127.0.0.1:4321", "http://127.0.0.1:4321"),
        ("http://localhost", "http://localhost"),
    ] {
        assert_eq!(origin(text).as_deref(), Ok(want), "{text}");
    }
    for bad in [
        "http://www.acme.nl",
        "https://www.acme.nl/pad",
        "*",
        "https://a@b.nl",
        "null",
        "http://localhost.evil.example",
        "https://acme.nl:",
    ] {
        assert_eq!(origin(bad), Err(NoticeKind::BadOrigin), "{bad}");
    }
}

#[test]
fn logos_are_same_origin_or_data_images() {
    for ok in [
        "logo.png",
        "/img/logo.svg",
        "assets/acme-logo_2.webp",
        "data:image/png;base64,iVBORw0KGgo=",
        "data:image/svg+xml,%3Csvg%20xmlns%3D%22http://www.w3.org/2000/svg%22/%3E",
        "DATA:image/GIF;BASE64,R0lGOD==",
    ] {
        assert!(logo(ok).is_ok(), "{ok}");
    }
    for bad in [
        "https://cdn.example/logo.png",
        "//cdn.example/logo.png",
        "javascript:alert(1)",
        "data:text/html;base64,PHNjcmlwdD4=",
        "data:image/png;base64,not base64!",
        "data:image/png;base64,",
        "data:image/svg+xml",
        "logo.png?x=1",
        "logo\".png",
    ] {
        assert_eq!(logo(bad), Err(NoticeKind::BadLogo), "{bad}");
    }
}

#[test]
fn tools_lists() {
    let c = EmbedConfig::from_query("tools=%23/tijdlijn,,/uitleg,tijdlijn,foo");
    assert_eq!(c.tools, Some(vec![Tool::Tijdlijn, Tool::Uitleg]));
    assert_eq!(notices(&c), "tools: UnknownTool");
    assert_eq!(c.notices[0].value, "foo");
    let c = EmbedConfig::from_query("tools=foo,bar");
    assert_eq!(c.tools, None);
    assert_eq!(
        notices(&c),
        "tools: UnknownTool, tools: UnknownTool, tools: NoTools"
    );
    for t in Tool::ALL {
        assert_eq!(Tool::parse(t.route()), Some(t));
    }
}

#[test]
fn flags_roles_and_languages() {
    let c = EmbedConfig::from_query(
        "delen=ja&onthouden=2&preview=yes&rol=informatie&lang=de&lang=en-GB",
    );
    assert!(c.delen && c.onthouden && !c.preview);
    assert_eq!((c.rol, c.lang), (None, None));
    assert_eq!(
        notices(&c),
        "delen: BadFlag, onthouden: BadFlag, preview: BadFlag, rol: BadRole, lang: BadLang, lang: BadLang"
    );
    let c = EmbedConfig::from_query("rol=werknemer&lang=nl&preview=1");
    assert_eq!(c.rol, Some(EmbedRole::Werknemer));
    assert_eq!(c.initial_lang(Some("en")), Lang::Nl);
}

#[test]
fn contrast_ratios_follow_wcag() {
    // Black on white is the maximum, 21:1: (1.0 + 0.05) / (0.0 + 0.05) = 21.
    let black = Rgb { r: 0, g: 0, b: 0 };
    assert_eq!(black.contrast_x100(Rgb::WHITE), 2100);
    assert_eq!(Rgb::WHITE.contrast_x100(Rgb::WHITE), 100);
    // #767676 on white is the well-known 4.54:1 (the lightest grey that passes AA).
    let grey = Rgb::parse_hex("#767676").unwrap_or(black);
    assert_eq!(grey.contrast_x100(Rgb::WHITE), 454);
    // #777777 gives 4.47:1 and fails.
    let lighter = Rgb::parse_hex("#777777").unwrap_or(black);
    assert_eq!(lighter.contrast_x100(Rgb::WHITE), 447);
    // The theme's own accent #1f5f6b: linear r, g, b = 0.0137, 0.1144, 0.1471, so
    // L = 0.2126*0.0137 + 0.7152*0.1144 + 0.0722*0.1471 = 0.0954 and
    // (1.05) / (0.0954 + 0.05) = 7.22.
    let accent = Rgb::parse_hex("#1f5f6b").unwrap_or(black);
    assert_eq!(accent.contrast_x100(Rgb::WHITE), 722);
    // #005ea5 (a GOV.UK-like blue) passes; yellow fails.
    assert!(
        Rgb::parse_hex("#005ea5")
            .unwrap_or(Rgb::WHITE)
            .contrast_x100(Rgb::WHITE)
            >= 450
    );

    let c = EmbedConfig::from_query("accent=%23ffff00");
    assert_eq!(c.accent, None);
    // Yellow: L = 0.2126 + 0.7152 = 0.9278; (1.05) / (0.9778) = 1.07.
    assert_eq!(notices(&c), "accent: LowContrast { ratio_x100: 107 }");
    for bad in ["005ea5", "#05e", "#00GGa5", "#005ea5ff", "red", "#00５ea5"] {
        assert_eq!(Rgb::parse_hex(bad), None, "{bad}");
    }
    assert_eq!(
        notices(&EmbedConfig::from_query("accent=red")),
        "accent: BadColour"
    );
}

#[test]
fn accent_properties_and_hover_shade() {
    let c = EmbedConfig::from_query("accent=%23005ea5");
    let props = c.accent_properties();
    assert_eq!(props[0], ("--sw-color-accent", "#005ea5".to_string()));
    // 25% black: 0x5e = 94 -> 94 * 0.75 = 70.5 -> 71 = 0x47; 0xa5 = 165 -> 123.75 -> 124 = 0x7c.
    assert_eq!(props[1], ("--sw-color-accent-hover", "#00477c".to_string()));
    assert!(props.contains(&("--sw-color-header-bg", "#005ea5".to_string())));
    assert!(props.contains(&("--sw-color-accent-text", "#ffffff".to_string())));
    assert_eq!(Rgb::WHITE.darken(0), Rgb::WHITE);
    assert_eq!(Rgb::WHITE.darken(100).hex(), "#000000");
}

#[test]
fn every_notice_has_text_in_both_languages() {
    let c = EmbedConfig::from_sources(
        Some(r#"{"org": 1, "x": 1}"#),
        &parse_query("accent=%23ffffff&tools=x&logo=http://x&parent=x&contact_tel=x&lang=x"),
    );
    assert!(c.notices.len() >= 7);
    for n in &c.notices {
        let (nl, en) = (notice_line(n, Lang::Nl), notice_line(n, Lang::En));
        assert!(!nl.is_empty() && !en.is_empty() && nl != en, "{nl}");
    }
    assert!(notice_line(&c.notices[0], Lang::Nl).contains("org"));
}

#[test]
fn the_embedding_guide_lists_every_key_and_route() {
    let guide = include_str!("../../../EMBEDDING.md");
    for k in KEYS {
        assert!(
            guide.contains(&format!("`{k}`")),
            "EMBEDDING.md misses the key {k}"
        );
    }
    for t in Tool::ALL {
        let r = format!("`#/{}`", t.route());
        assert!(guide.contains(&r), "EMBEDDING.md misses {r}");
    }
    for p in crate::kb::KbPage::all() {
        let r = format!("`#/uitleg/{}`", p.slug());
        assert!(guide.contains(&r), "EMBEDDING.md misses {r}");
    }
    for t in crate::kb::Term::all() {
        let r = format!("`#/begrippen/{}`", t.slug());
        assert!(guide.contains(&r), "EMBEDDING.md misses {r}");
    }
}

#[test]
fn a_preset_role_is_the_interviews_role() {
    assert_eq!(EmbedRole::Werkgever.role(), crate::flow::Role::Werkgever);
    assert_eq!(EmbedRole::Werknemer.role().code(), "werknemer");
    // The self-employed's way in can be preset too, and reads back as its code.
    let z = EmbedRole::parse("zelfstandige").expect("a preset role");
    assert_eq!(z.role(), crate::flow::Role::Zelfstandige);
    assert_eq!(EmbedRole::parse(z.code()), Some(z));
    assert_eq!(EmbedRole::parse("zzp"), None);
}

proptest! {
    #[test]
    fn no_panic_on_any_query(q in ".{0,300}") {
        let c = EmbedConfig::from_query(&q);
        for n in &c.notices {
            let _ = notice_line(n, Lang::Nl);
            let _ = notice_line(n, Lang::En);
        }
        if let Some(rgb) = c.accent {
            prop_assert!(rgb.contrast_x100(Rgb::WHITE) >= MIN_CONTRAST_X100);
        }
        if let Some(u) = &c.contact.url {
            prop_assert!(u.starts_with("https://"));
        }
    }

    #[test]
    fn no_panic_on_any_pairs(pairs in proptest::collection::vec(
        (prop_oneof![Just("org".to_string()), Just("accent".to_string()), Just("tools".to_string()),
            Just("logo".to_string()), Just("parent".to_string()), Just("contact_url".to_string()),
            Just("contact_tel".to_string()), Just("delen".to_string()), ".{0,12}".prop_map(|s| s)],
         ".{0,80}"), 0..12)) {
        let c = EmbedConfig::from_sources(None, &pairs);
        for n in &c.notices {
            prop_assert!(!notice_line(n, Lang::En).is_empty());
        }
    }

    #[test]
    fn no_panic_on_any_json(text in ".{0,300}") {
        let c = EmbedConfig::from_sources(Some(&text), &[]);
        let _ = c.accent_properties();
    }

    #[test]
    fn no_panic_on_json_like_objects(key in "[a-z_]{0,12}", value in ".{0,60}", n in any::<i64>()) {
        let obj = serde_json::json!({ key.clone(): value, "delen": n, "tools": [value.clone(), n] });
        let _ = EmbedConfig::from_sources(Some(&obj.to_string()), &[]);
    }

    #[test]
    fn valid_colours_round_trip(r in any::<u8>(), g in any::<u8>(), b in any::<u8>()) {
        let c = Rgb { r, g, b };
        prop_assert_eq!(Rgb::parse_hex(&c.hex()), Some(c));
        let ratio = c.contrast_x100(Rgb::WHITE);
        prop_assert!((100..=2100).contains(&ratio));
        prop_assert!(c.darken(25).contrast_x100(Rgb::WHITE) >= ratio);
    }
}
