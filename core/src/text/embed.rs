//! Texts of the embed configuration: the notices for ignored values (preview mode and the
//! console), and the header, footer and preview panel texts that show configured values.

use crate::embed_config::{Notice, NoticeKind, Source};
use crate::lang::Lang;

/// "4,5:1" / "4.5:1" from a ratio times 100, rounded down to one decimal.
fn ratio(x100: u32, lang: Lang) -> String {
    let sep = match lang {
        Lang::Nl => ',',
        Lang::En => '.',
    };
    format!("{}{}{}:1", x100 / 100, sep, (x100 % 100) / 10)
}

/// Why the value was ignored, and what happens instead.
pub fn notice_kind_text(kind: &NoticeKind, lang: Lang) -> String {
    use NoticeKind::*;
    match lang {
            Lang::Nl => match kind {
                UnknownKey => "deze instelling bestaat niet en is overgeslagen.".into(),
                WrongType => "verkeerd soort waarde (bijvoorbeeld een getal waar tekst hoort); overgeslagen.".into(),
                Empty => "de waarde is leeg; overgeslagen.".into(),
                TooLong { max } => format!("de waarde is langer dan {max} tekens; overgeslagen."),
                ControlCharacters => "de tekst bevat onzichtbare stuurtekens; overgeslagen.".into(),
                BadLang => "kies nl of en; de taal van de browser wordt gebruikt.".into(),
                BadRole => "kies werknemer of werkgever; de gebruiker kiest zelf.".into(),
                UnknownTool => "dit onderdeel bestaat niet; overgeslagen.".into(),
                NoTools => "geen enkel bekend onderdeel genoemd; alle onderdelen blijven zichtbaar.".into(),
                BadColour => "een kleur schrijf je als #rrggbb, bijvoorbeeld #005ea5; de standaardkleur blijft.".into(),
                LowContrast { ratio_x100 } => format!(
                    "het contrast met wit is {}, minimaal 4,5:1 is nodig om goed leesbaar te zijn; de standaardkleur blijft.",
                    ratio(*ratio_x100, lang)
                ),
                BadLogo => "een logo moet een pad op dezelfde website zijn (zoals img/logo.svg) of een data:image-adres (png, svg, jpeg, gif of webp); geen logo getoond.".into(),
                BadPhone => "een telefoonnummer bevat alleen cijfers, spaties en + - ( ) .; overgeslagen.".into(),
                NotHttps => "een link moet met https:// beginnen; overgeslagen.".into(),
                BadUrl => "dit is geen geldige https-link (let op spaties, aanhalingstekens of een @ in de naam); overgeslagen.".into(),
                BadFlag => "kies 0 of 1; de standaard blijft.".into(),
                BadOrigin => "geef alleen de herkomst, zoals https://www.voorbeeld.nl (zonder pad); de hoogte gaat naar \"*\".".into(),
                JsonOnly => "deze instelling kan alleen in het configuratieblok in index.html; overgeslagen.".into(),
                UrlSwitchedOff => "instellingen via de link staan uit (\"via_url\": 0 in index.html); overgeslagen.".into(),
                JsonInvalid { line, column } => format!(
                    "het configuratieblok in index.html is geen geldige JSON (regel {line}, kolom {column}); het hele blok is overgeslagen."
                ),
                JsonNotObject => "het configuratieblok moet een object zijn, zoals {\"org\": \"Naam\"}; het hele blok is overgeslagen.".into(),
                JsonTooLong => "het configuratieblok is te groot (meer dan 500 kB); het hele blok is overgeslagen.".into(),
            },
            Lang::En => match kind {
                UnknownKey => "this setting does not exist and was skipped.".into(),
                WrongType => "wrong kind of value (for example a number where text belongs); skipped.".into(),
                Empty => "the value is empty; skipped.".into(),
                TooLong { max } => format!("the value is longer than {max} characters; skipped."),
                ControlCharacters => "the text contains invisible control characters; skipped.".into(),
                BadLang => "choose nl or en; the browser's language is used.".into(),
                BadRole => "choose werknemer (employee) or werkgever (employer); the user chooses.".into(),
                UnknownTool => "this part does not exist; skipped.".into(),
                NoTools => "no known part was named; every part stays visible.".into(),
                BadColour => "write a colour as #rrggbb, for example #005ea5; the default colour stays.".into(),
                LowContrast { ratio_x100 } => format!(
                    "the contrast with white is {}, at least 4.5:1 is needed to be readable; the default colour stays.",
                    ratio(*ratio_x100, lang)
                ),
                BadLogo => "a logo must be a path on the same website (such as img/logo.svg) or a data:image address (png, svg, jpeg, gif or webp); no logo shown.".into(),
                BadPhone => "a phone number holds only digits, spaces and + - ( ) .; skipped.".into(),
                NotHttps => "a link must start with https://; skipped.".into(),
                BadUrl => "this is not a valid https link (check for spaces, quotes or an @ in the name); skipped.".into(),
                BadFlag => "choose 0 or 1; the default stays.".into(),
                BadOrigin => "give only the origin, such as https://www.example.nl (no path); the height goes to \"*\".".into(),
                JsonOnly => "this setting can only be made in the configuration block in index.html; skipped.".into(),
                UrlSwitchedOff => "settings through the link are switched off (\"via_url\": 0 in index.html); skipped.".into(),
                JsonInvalid { line, column } => format!(
                    "the configuration block in index.html is not valid JSON (line {line}, column {column}); the whole block was skipped."
                ),
                JsonNotObject => "the configuration block must be an object, such as {\"org\": \"Name\"}; the whole block was skipped.".into(),
                JsonTooLong => "the configuration block is too large (over 500 kB); the whole block was skipped.".into(),
            },
        }
}

/// The source as shown in a notice.
fn source_name(source: Source, lang: Lang) -> &'static str {
    match (source, lang) {
        (Source::Json, Lang::Nl) => "configuratieblok",
        (Source::Json, Lang::En) => "configuration block",
        (Source::Url, Lang::Nl) => "link",
        (Source::Url, Lang::En) => "link",
    }
}

/// One line: "link, accent = "#ffff00": het contrast met wit is 1,0:1, …".
pub fn notice_line(n: &Notice, lang: Lang) -> String {
    let src = source_name(n.source, lang);
    let why = notice_kind_text(&n.kind, lang);
    if n.key.is_empty() {
        format!("{src}: {why}")
    } else {
        format!("{src}, {} = \"{}\": {why}", n.key, n.value)
    }
}

/// Texts around configured values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EmbedText {
    /// Alt text of a logo shown without an organisation name next to it.
    LogoAlt,
    ContactHeading,
    ContactPhone,
    ContactWebsite,
    OutplacementProvider,
    Spoor2Provider,
    ProviderWebsite,
    PreviewHeading,
    PreviewIntro,
    PreviewNoNotices,
    PreviewNoticesHeading,
    PreviewSettingsHeading,
    SettingOrg,
    SettingRole,
    SettingLang,
    SettingTools,
    SettingAccent,
    SettingParent,
    SettingDelen,
    SettingOnthouden,
    ValueNone,
    ValueAll,
    ValueYes,
    ValueNo,
    RoleWerknemer,
    RoleWerkgever,
}

impl EmbedText {
    pub fn text(self, lang: Lang) -> &'static str {
        use EmbedText::*;
        match lang {
            Lang::Nl => match self {
                LogoAlt => "Logo van de organisatie",
                ContactHeading => "Contact binnen je organisatie",
                ContactPhone => "Telefoon",
                ContactWebsite => "Website",
                OutplacementProvider => "Outplacementbureau van je werkgever",
                Spoor2Provider => "Spoor 2-bureau van je werkgever",
                ProviderWebsite => "website",
                PreviewHeading => "Voorbeeldweergave van de instellingen",
                PreviewIntro => {
                    "Deze melding zie je alleen met preview=1. Bezoekers zien haar niet."
                }
                PreviewNoNotices => "Alle instellingen zijn gebruikt.",
                PreviewNoticesHeading => "Overgeslagen instellingen",
                PreviewSettingsHeading => "Gebruikte instellingen",
                SettingOrg => "Organisatie",
                SettingRole => "Rol",
                SettingLang => "Taal",
                SettingTools => "Onderdelen",
                SettingAccent => "Accentkleur",
                SettingParent => "Hoogte-bericht naar",
                SettingDelen => "Delen via een link",
                SettingOnthouden => "Onthouden in deze browser",
                ValueNone => "geen",
                ValueAll => "alle",
                ValueYes => "aan",
                ValueNo => "uit",
                RoleWerknemer => "werknemer",
                RoleWerkgever => "werkgever",
            },
            Lang::En => match self {
                LogoAlt => "Logo of the organisation",
                ContactHeading => "Contact within your organisation",
                ContactPhone => "Phone",
                ContactWebsite => "Website",
                OutplacementProvider => "Your employer's outplacement provider",
                Spoor2Provider => "Your employer's spoor 2 (second track) provider",
                ProviderWebsite => "website",
                PreviewHeading => "Preview of the settings",
                PreviewIntro => "You only see this panel with preview=1. Visitors do not see it.",
                PreviewNoNotices => "Every setting was used.",
                PreviewNoticesHeading => "Skipped settings",
                PreviewSettingsHeading => "Settings in use",
                SettingOrg => "Organisation",
                SettingRole => "Role",
                SettingLang => "Language",
                SettingTools => "Parts",
                SettingAccent => "Accent colour",
                SettingParent => "Height message sent to",
                SettingDelen => "Share through a link",
                SettingOnthouden => "Remember in this browser",
                ValueNone => "none",
                ValueAll => "all",
                ValueYes => "on",
                ValueNo => "off",
                RoleWerknemer => "employee (werknemer)",
                RoleWerkgever => "employer (werkgever)",
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ratios_are_written_per_language() {
        assert_eq!(ratio(454, Lang::Nl), "4,5:1");
        assert_eq!(ratio(449, Lang::En), "4.4:1");
        assert_eq!(ratio(2100, Lang::En), "21.0:1");
        assert!(
            notice_kind_text(&NoticeKind::LowContrast { ratio_x100: 107 }, Lang::Nl)
                .contains("1,0:1")
        );
    }

    #[test]
    fn notice_lines_name_source_key_and_value() {
        let n = Notice {
            source: Source::Url,
            key: "accent".into(),
            value: "#ffff00".into(),
            kind: NoticeKind::LowContrast { ratio_x100: 107 },
        };
        assert_eq!(
            notice_line(&n, Lang::En),
            "link, accent = \"#ffff00\": the contrast with white is 1.0:1, at least 4.5:1 is needed to be readable; the default colour stays."
        );
        let whole = Notice {
            source: Source::Json,
            key: String::new(),
            value: String::new(),
            kind: NoticeKind::JsonNotObject,
        };
        assert!(notice_line(&whole, Lang::Nl).starts_with("configuratieblok: "));
    }
}
