//! Texts of the app's frame: header, footer, start page, errors.

use crate::lang::Lang;
use crate::text::t;

/// The content date shown in the footer and on every explanation page.
pub const CONTENT_DATE: &str = "2026-11-29";

/// Short texts of the app frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UiText {
    AppName,
    Tagline,
    SkipToContent,
    LanguageSwitch,
    LanguageSwitchLabel,
    StartTitle,
    StartIntro,
    PrivacyPromise,
    PrivacyLink,
    ChooseRole,
    RoleEmployee,
    RoleEmployeeHint,
    RoleEmployer,
    RoleEmployerHint,
    RoleSelfEmployed,
    RoleSelfEmployedHint,
    RoleInfo,
    RoleInfoHint,
    ToolsHeading,
    ToolTransitievergoeding,
    ToolTijdlijn,
    ToolInkomen,
    ToolVergelijk,
    ToolUitleg,
    ToolBegrippen,
    ToolBatch,
    ContinueWithFile,
    FooterContentDate,
    FooterDisclaimer,
    FooterPrivacy,
    OpensInNewTab,
    LinkReplaced,
    NotFoundTitle,
    NotFoundBody,
    BackToStart,
    PrivacyTitle,
    PrivacyBody1,
    PrivacyBody2,
    PrivacyBody3,
    PrivacyBody4,
    /// A new build is installed and waits; the person chooses when to reload.
    UpdateAvailable,
    UpdateHint,
    UpdateReload,
    UpdateLater,
    /// The label of the language switch's navigation landmark.
    LanguageNav,
    /// Before the page title in `document.title` when the page shows errors.
    ErrorTitlePrefix,
    /// While a part of the app that is fetched when first needed (an explanation page,
    /// the glossary's definitions, a calculator) is on its way.
    Loading,
    /// That part could not be fetched.
    LoadFailed,
    /// Try to fetch it again.
    LoadRetry,
}

impl UiText {
    pub fn text(self, lang: Lang) -> &'static str {
        use UiText::*;
        match self {
            AppName => t(lang, "Spoorwijzer", "Spoorwijzer"),
            Tagline => t(lang, "Werk en ziekte: wat zijn je rechten en je opties?", "Work and illness in the Netherlands: your rights and your options"),
            SkipToContent => t(lang, "Naar de inhoud", "Skip to content"),
            LanguageSwitch => t(lang, "English", "Nederlands"),
            LanguageSwitchLabel => t(lang, "Switch to English", "Schakel naar Nederlands"),
            StartTitle => t(lang, "Ziek, ontslag of re-integratie: wat betekent het voor jou?", "Sick, dismissed or returning to work: what does it mean for you?"),
            StartIntro => t(lang, "Spoorwijzer helpt werknemers en werkgevers stap voor stap met re-integratie (spoor 1 en spoor 2), outplacement, de deadlines van de Wet verbetering poortwachter, de transitievergoeding en wat er met je inkomen gebeurt.", "Spoorwijzer guides employees and employers step by step through re-integration (spoor 1 and spoor 2), outplacement, the deadlines of the Dutch Gatekeeper Improvement Act (Wet verbetering poortwachter), the transition payment (transitievergoeding) and what happens to your income."),
            PrivacyPromise => t(lang, "Je antwoorden blijven op dit apparaat; deze site verstuurt niets.", "Your answers stay on this device; this site sends nothing."),
            PrivacyLink => t(lang, "Zo beschermen we je privacy", "How we protect your privacy"),
            ChooseRole => t(lang, "Waarmee kunnen we je helpen?", "How can we help you?"),
            RoleEmployee => t(lang, "Ik ben werknemer", "I am an employee"),
            RoleEmployeeHint => t(lang, "Je bent ziek, je baan stopt misschien, of je wilt weten waar je recht op hebt.", "You are sick, your job may end, or you want to know what you are entitled to."),
            RoleEmployer => t(lang, "Ik ben werkgever", "I am an employer"),
            RoleEmployerHint => t(lang, "Je hebt een zieke werknemer of een ontslag, en je wilt weten wat je moet doen en wanneer.", "You have an employee who is sick or leaving, and you want to know what to do and when."),
            RoleSelfEmployed => t(lang, "Ik ben zelfstandige (zzp)", "I am self-employed (zzp)"),
            RoleSelfEmployedHint => t(lang, "Je werkt voor jezelf en wilt weten wat je hebt bij ziekte: een AOV, een broodfonds of een verzekering bij UWV.", "You work for yourself and want to know what you have when you fall ill: an AOV, a broodfonds or insurance with UWV."),
            RoleInfo => t(lang, "Ik zoek informatie", "I am looking for information"),
            RoleInfoHint => t(lang, "Je wilt begrijpen hoe spoor 2, outplacement, de WIA of de transitievergoeding werken.", "You want to understand how spoor 2, outplacement, the WIA or the transition payment work."),
            ToolsHeading => t(lang, "Direct naar een rekenhulp of uitleg", "Go straight to a calculator or explanation"),
            ToolTransitievergoeding => t(lang, "Transitievergoeding berekenen", "Calculate the transition payment"),
            ToolTijdlijn => t(lang, "Poortwachter-kalender maken", "Make a Gatekeeper (poortwachter) calendar"),
            ToolInkomen => t(lang, "Wat gebeurt er met mijn inkomen?", "What happens to my income?"),
            ToolVergelijk => t(lang, "Spoor 2 en outplacement vergelijken", "Compare spoor 2 and outplacement"),
            ToolUitleg => t(lang, "Uitleg", "Explanations"),
            ToolBegrippen => t(lang, "Begrippenlijst", "Glossary"),
            ToolBatch => t(lang, "Werkgevers: berekenen voor meer werknemers tegelijk (CSV)", "Employers: calculate for many employees at once (CSV)"),
            ContinueWithFile => t(lang, "Verder met een bestand", "Continue from a file"),
            FooterContentDate => t(lang, "Inhoud bijgewerkt op", "Content updated on"),
            FooterDisclaimer => t(lang, "Spoorwijzer geeft informatie, geen juridisch advies. Twijfel je? Vraag de bedrijfsarts, UWV, het Juridisch Loket, je vakbond of een arbeidsrechtadvocaat.", "Spoorwijzer gives information, not legal advice. In doubt? Ask the company doctor (bedrijfsarts), UWV, the Juridisch Loket (free legal advice), your trade union or an employment lawyer."),
            FooterPrivacy => t(lang, "Privacy", "Privacy"),
            OpensInNewTab => t(lang, "(opent in een nieuw tabblad)", "(opens in a new tab)"),
            LinkReplaced => t(lang, "Nieuwe gegevens uit de link: de invoer en de uitkomst hieronder zijn vervangen.", "New details from the link: the inputs and the result below have been replaced."),
            NotFoundTitle => t(lang, "Deze pagina bestaat niet", "This page does not exist"),
            NotFoundBody => t(lang, "Misschien is de link niet compleet, of is de pagina verplaatst.", "The link may be incomplete, or the page may have moved."),
            BackToStart => t(lang, "Terug naar de start", "Back to the start"),
            PrivacyTitle => t(lang, "Privacy", "Privacy"),
            PrivacyBody1 => t(lang, "Spoorwijzer werkt helemaal in je browser. Als de pagina geladen is, stuurt de app niets meer naar een server: geen antwoorden, geen bedragen en geen datums.", "Spoorwijzer runs entirely in your browser. Once the page has loaded, the app sends nothing to any server: no answers, no amounts and no dates."),
            PrivacyBody2 => t(lang, "We gebruiken geen cookies, geen statistieken, geen lettertypes of scripts van andere websites en geen foutmeldingsdienst. Een strenge beveiligingsregel (Content-Security-Policy) in de pagina blokkeert elk verzoek naar een andere website.", "We use no cookies, no analytics, no fonts or scripts from other websites and no error reporting service. A strict security rule in the page (Content-Security-Policy) blocks every request to another website."),
            PrivacyBody3 => t(lang, "Je antwoorden staan alleen in het geheugen van deze pagina. Sluit je het tabblad, dan zijn ze weg. Je kunt ze zelf bewaren in een bestand op je eigen apparaat.", "Your answers exist only in this page's memory. When you close the tab, they are gone. You can keep them yourself in a file on your own device."),
            PrivacyBody4 => t(lang, "Links naar bronnen, zoals wetten.overheid.nl of uwv.nl, openen pas als je er zelf op klikt. Die websites hebben hun eigen privacyregels.", "Links to sources, such as wetten.overheid.nl or uwv.nl, only open when you click them. Those websites have their own privacy rules."),
            UpdateAvailable => t(lang, "Er is een nieuwe versie van Spoorwijzer.", "A new version is available."),
            UpdateHint => t(lang, "Herlaad de pagina wanneer het je uitkomt. Antwoorden die je niet hebt bewaard, ben je dan kwijt.", "Reload the page when it suits you. Answers you have not saved will then be gone."),
            UpdateReload => t(lang, "Nu herladen", "Reload now"),
            UpdateLater => t(lang, "Later", "Later"),
            LanguageNav => t(lang, "Taal", "Language"),
            ErrorTitlePrefix => t(lang, "Fout: ", "Error: "),
            Loading => t(lang, "Bezig met laden…", "Loading…"),
            LoadFailed => t(lang, "Dit deel van Spoorwijzer kon niet worden geladen. Controleer je internetverbinding en probeer het opnieuw. Je antwoorden zijn niet kwijt.", "This part of Spoorwijzer could not be loaded. Check your internet connection and try again. Your answers are not lost."),
            LoadRetry => t(lang, "Opnieuw proberen", "Try again"),
        }
    }
}
