//! Texts of the embed configuration: the notices for ignored values (preview mode and the
//! console), and the header, footer and preview panel texts that show configured values.

use crate::embed_config::host::WorkerUse;
use crate::embed_config::{Notice, NoticeKind, Source};
use crate::lang::Lang;
use crate::text::t;

/// "4,5:1" / "4.5:1" from a ratio times 100, rounded down to one decimal.
fn ratio(x100: u32, lang: Lang) -> String {
    let sep = t(lang, ',', '.');
    format!("{}{}{}:1", x100 / 100, sep, (x100 % 100) / 10)
}

/// Why the value was ignored, and what happens instead.
pub fn notice_kind_text(kind: &NoticeKind, lang: Lang) -> String {
    use NoticeKind::*;
    let text = match kind {
        UnknownKey => t(lang, "deze instelling bestaat niet en is overgeslagen.", "this setting does not exist and was skipped."),
        WrongType => t(lang, "verkeerd soort waarde (bijvoorbeeld een getal waar tekst hoort); overgeslagen.", "wrong kind of value (for example a number where text belongs); skipped."),
        Empty => t(lang, "de waarde is leeg; overgeslagen.", "the value is empty; skipped."),
        TooLong { max } => return t(lang, format!("de waarde is langer dan {max} tekens; overgeslagen."), format!("the value is longer than {max} characters; skipped.")),
        ControlCharacters => t(lang, "de tekst bevat onzichtbare stuurtekens; overgeslagen.", "the text contains invisible control characters; skipped."),
        BadLang => t(lang, "kies nl of en; de taal van de browser wordt gebruikt.", "choose nl or en; the browser's language is used."),
        BadRole => t(lang, "kies werknemer, werkgever of zelfstandige; de gebruiker kiest zelf.", "choose werknemer (employee), werkgever (employer) or zelfstandige (self-employed); the user chooses."),
        UnknownTool => t(lang, "dit onderdeel bestaat niet; overgeslagen.", "this part does not exist; skipped."),
        NoTools => t(lang, "geen enkel bekend onderdeel genoemd; alle onderdelen blijven zichtbaar.", "no known part was named; every part stays visible."),
        BadColour => t(lang, "een kleur schrijf je als #rrggbb, bijvoorbeeld #005ea5; de standaardkleur blijft.", "write a colour as #rrggbb, for example #005ea5; the default colour stays."),
        LowContrast { ratio_x100 } => {
            let contrast = ratio(*ratio_x100, lang);
            return t(
                lang,
                format!("het contrast met wit is {contrast}, minimaal 4,5:1 is nodig om goed leesbaar te zijn; de standaardkleur blijft."),
                format!("the contrast with white is {contrast}, at least 4.5:1 is needed to be readable; the default colour stays."),
            );
        }
        BadLogo => t(lang, "een logo moet een pad op dezelfde website zijn (zoals img/logo.svg) of een data:image-adres (png, svg, jpeg, gif of webp); geen logo getoond.", "a logo must be a path on the same website (such as img/logo.svg) or a data:image address (png, svg, jpeg, gif or webp); no logo shown."),
        BadPhone => t(lang, "een telefoonnummer bevat alleen cijfers, spaties en + - ( ) .; overgeslagen.", "a phone number holds only digits, spaces and + - ( ) .; skipped."),
        NotHttps => t(lang, "een link moet met https:// beginnen; overgeslagen.", "a link must start with https://; skipped."),
        BadUrl => t(lang, "dit is geen geldige https-link (let op spaties, aanhalingstekens of een @ in de naam); overgeslagen.", "this is not a valid https link (check for spaces, quotes or an @ in the name); skipped."),
        BadFlag => t(lang, "kies 0 of 1; de standaard blijft.", "choose 0 or 1; the default stays."),
        BadOrigin => t(lang, "geef alleen de herkomst, zoals https://www.voorbeeld.nl (zonder pad); de hoogte gaat naar \"*\".", "give only the origin, such as https://www.example.nl (no path); the height goes to \"*\"."),
        JsonOnly => t(lang, "deze instelling kan alleen in het configuratieblok in index.html; overgeslagen.", "this setting can only be made in the configuration block in index.html; skipped."),
        UrlSwitchedOff => t(lang, "instellingen via de link staan uit (\"via_url\": 0 in index.html); overgeslagen.", "settings through the link are switched off (\"via_url\": 0 in index.html); skipped."),
        JsonInvalid { line, column } => {
            return t(
                lang,
                format!("het configuratieblok in index.html is geen geldige JSON (regel {line}, kolom {column}); het hele blok is overgeslagen."),
                format!("the configuration block in index.html is not valid JSON (line {line}, column {column}); the whole block was skipped."),
            );
        }
        JsonNotObject => t(lang, "het configuratieblok moet een object zijn, zoals {\"org\": \"Naam\"}; het hele blok is overgeslagen.", "the configuration block must be an object, such as {\"org\": \"Name\"}; the whole block was skipped."),
        JsonTooLong => t(lang, "het configuratieblok is te groot (meer dan 500 kB); het hele blok is overgeslagen.", "the configuration block is too large (over 500 kB); the whole block was skipped."),
    };
    text.into()
}

/// The source as shown in a notice.
fn source_name(source: Source, lang: Lang) -> &'static str {
    match source {
        Source::Json => t(lang, "configuratieblok", "configuration block"),
        Source::Url => t(lang, "link", "link"),
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

/// Whether the offline worker can be used from this address, with its scope.
pub fn worker_use_text(u: WorkerUse, scope: &str, lang: Lang) -> String {
    match u {
        WorkerUse::Usable => t(
            lang,
            format!("Ja. Het werkt voor de map {scope} en alles daaronder; andere pagina's van je website raakt het niet. Laat sw.js naast index.html staan."),
            format!("Yes. It works for the folder {scope} and everything below it; other pages of your website are not touched. Keep sw.js next to index.html."),
        ),
        WorkerUse::NotSecure => t(
            lang,
            format!("Nee: deze pagina komt niet over https. Browsers staan offline werken alleen toe via https (of op localhost). Over https werkt het voor de map {scope}."),
            format!("No: this page is not served over https. Browsers only allow working offline over https (or on localhost). Over https it works for the folder {scope}."),
        ),
        WorkerUse::Unsupported => t(
            lang,
            format!("Nee: deze browser biedt het hier niet aan (een oude browser, een privévenster of geblokkeerde opslag). De app werkt gewoon, alleen niet offline. Elders werkt het voor de map {scope}."),
            format!("No: this browser does not offer it here (an old browser, a private window or blocked storage). The app works as usual, only not offline. Elsewhere it works for the folder {scope}."),
        ),
        WorkerUse::Framed => t(
            lang,
            format!("In een iframe houdt de browser het apart per website die het iframe toont, of staat het niet toe; de app werkt dan gewoon online. Direct geopend werkt het voor de map {scope}."),
            format!("In an iframe the browser keeps it apart per website that shows the frame, or does not allow it; the app then simply works online. Opened directly it works for the folder {scope}."),
        ),
        WorkerUse::OtherFileName => t(
            lang,
            format!("Deels: deze pagina heet niet index.html. Offline opent de app alleen via het adres van de map ({scope}) of {scope}index.html. Link daarom naar de map, of noem de pagina weer index.html."),
            format!("Partly: this page is not called index.html. Offline the app opens only at the folder's address ({scope}) or {scope}index.html. So link to the folder, or name the page index.html again."),
        ),
    }
}

/// One line of the configuration read: where from, and which keys.
pub fn read_line(source: Source, keys: &[&str], lang: Lang) -> String {
    let from = match source {
        Source::Json => t(
            lang,
            "Configuratieblok in index.html",
            "Configuration block in index.html",
        ),
        Source::Url => t(lang, "Link (voor de #)", "Link (before the #)"),
    };
    if keys.is_empty() {
        format!("{from}: {}", t(lang, "niets gelezen", "nothing read"))
    } else {
        format!("{from}: {}", keys.join(", "))
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
    SettingLogo,
    SettingContact,
    SettingOutplacement,
    SettingSpoor2,
    SettingViaUrl,
    PreviewReadHeading,
    PreviewHostHeading,
    PreviewCspIntro,
    PreviewCspNoOrigin,
    PreviewWorkerHeading,
    ValueNone,
    ValueAll,
    ValueYes,
    ValueNo,
    RoleWerknemer,
    RoleWerkgever,
    RoleZelfstandige,
}

impl EmbedText {
    pub fn text(self, lang: Lang) -> &'static str {
        use EmbedText::*;
        match self {
            LogoAlt => t(lang, "Logo van de organisatie", "Logo of the organisation"),
            ContactHeading => t(
                lang,
                "Contact binnen je organisatie",
                "Contact within your organisation",
            ),
            ContactPhone => t(lang, "Telefoon", "Phone"),
            ContactWebsite => t(lang, "Website", "Website"),
            OutplacementProvider => t(
                lang,
                "Outplacementbureau van je werkgever",
                "Your employer's outplacement provider",
            ),
            Spoor2Provider => t(
                lang,
                "Spoor 2-bureau van je werkgever",
                "Your employer's spoor 2 (second track) provider",
            ),
            ProviderWebsite => t(lang, "website", "website"),
            PreviewHeading => t(
                lang,
                "Voorbeeldweergave van de instellingen",
                "Preview of the settings",
            ),
            PreviewIntro => t(
                lang,
                "Deze melding zie je alleen met preview=1. Bezoekers zien haar niet.",
                "You only see this panel with preview=1. Visitors do not see it.",
            ),
            PreviewNoNotices => t(
                lang,
                "Alle instellingen zijn gebruikt.",
                "Every setting was used.",
            ),
            PreviewNoticesHeading => t(lang, "Overgeslagen instellingen", "Skipped settings"),
            PreviewSettingsHeading => t(lang, "Gebruikte instellingen", "Settings in use"),
            SettingOrg => t(lang, "Organisatie", "Organisation"),
            SettingRole => t(lang, "Rol", "Role"),
            SettingLang => t(lang, "Taal", "Language"),
            SettingTools => t(lang, "Onderdelen", "Parts"),
            SettingAccent => t(lang, "Accentkleur", "Accent colour"),
            SettingParent => t(lang, "Hoogte-bericht naar", "Height message sent to"),
            SettingDelen => t(lang, "Delen via een link", "Share through a link"),
            SettingOnthouden => t(
                lang,
                "Onthouden in deze browser",
                "Remember in this browser",
            ),
            SettingLogo => t(lang, "Logo", "Logo"),
            SettingContact => t(lang, "Contactblok", "Contact block"),
            SettingOutplacement => t(lang, "Outplacementbureau", "Outplacement provider"),
            SettingSpoor2 => t(lang, "Spoor 2-bureau", "Spoor 2 provider"),
            SettingViaUrl => t(
                lang,
                "Instellingen via de link (via_url)",
                "Settings through the link (via_url)",
            ),
            PreviewReadHeading => t(lang, "Gelezen configuratie", "Configuration read"),
            PreviewHostHeading => t(
                lang,
                "Wat je website moet instellen",
                "What your website must set",
            ),
            PreviewCspIntro => t(
                lang,
                "Stuur deze Content-Security-Policy als HTTP-header mee met elk bestand van Spoorwijzer, sw.js ook. Achter frame-ancestors staan de websites die Spoorwijzer in een iframe mogen tonen; 'self' is je eigen website. Een meta-tag kan frame-ancestors niet doorgeven, daarom is de header nodig.",
                "Send this Content-Security-Policy as an HTTP header with every file of Spoorwijzer, sw.js included. After frame-ancestors come the websites that may show Spoorwijzer in an iframe; 'self' is your own website. A meta tag cannot carry frame-ancestors, so the header is needed.",
            ),
            PreviewCspNoOrigin => t(
                lang,
                "Er is nog geen website bekend die Spoorwijzer in een iframe toont. Zet parent=https://jouw-website.nl in de link (of open deze weergave in je iframe); die herkomst komt dan achter frame-ancestors. Zoals hij nu is, mag alleen je eigen website Spoorwijzer tonen.",
                "No website that shows Spoorwijzer in an iframe is known yet. Put parent=https://your-website.example in the link (or open this preview in your iframe); that origin then goes after frame-ancestors. As it is now, only your own website may show Spoorwijzer.",
            ),
            PreviewWorkerHeading => t(
                lang,
                "Offline werken (sw.js) vanaf dit adres",
                "Working offline (sw.js) from this address",
            ),
            ValueNone => t(lang, "geen", "none"),
            ValueAll => t(lang, "alle", "all"),
            ValueYes => t(lang, "aan", "on"),
            ValueNo => t(lang, "uit", "off"),
            RoleWerknemer => t(lang, "werknemer", "employee (werknemer)"),
            RoleWerkgever => t(lang, "werkgever", "employer (werkgever)"),
            RoleZelfstandige => t(lang, "zelfstandige (zzp)", "self-employed (zelfstandige)"),
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
