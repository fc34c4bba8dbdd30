//! Texts of keeping and sharing (`#/bewaren`, `#/gedeeld/...`): the answers file, its
//! import messages, browser memory, the printable report, share links. The letter
//! templates are in [`letters`].

pub mod letters;

use super::flow::error_message;
use super::t;
use crate::lang::Lang;
use crate::share::ShareError;
use crate::storage_format::{FileError, FileProblem, JsonKind, CURRENT_VERSION};
use crate::text::format;

/// Short texts of the keep and share pages and of the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeepText {
    PageTitle,
    Intro,
    // Download and import.
    FileHeading,
    FileIntro,
    Download,
    Downloaded,
    DownloadFailed,
    ContinueHeading,
    ContinueLabel,
    ContinueHint,
    ImportOk,
    ImportPartly,
    ImportNothing,
    ImportMigrated,
    NotReadHeading,
    ReadFailed,
    Reading,
    Dismiss,
    NoAnswersYet,
    AnswersCount,
    ToCheckAnswers,
    // Memory.
    MemoryHeading,
    MemoryLabel,
    MemoryHint,
    MemoryOn,
    MemoryOff,
    MemoryUnavailable,
    MemoryReadProblem,
    MemoryRestored,
    ClearHeading,
    ClearButton,
    ClearConfirmQuestion,
    ClearConfirmYes,
    ClearConfirmNo,
    Cleared,
    // Report.
    ReportHeading,
    ReportIntro,
    DownloadHtml,
    DownloadMarkdown,
    Print,
    // Letters.
    LettersHeading,
    LettersIntro,
    LetterChoose,
    LetterEditLabel,
    LetterDownload,
    LetterPrint,
    LetterPlaceholderNote,
    LetterTranslationHeading,
    LetterLegalBasis,
    // Share.
    ShareHeading,
    ShareWarning,
    ShareCopy,
    ShareCopied,
    ShareCopyFailed,
    ShareOff,
    MemoryOffByHost,
    // Shared page.
    SharedTitle,
    SharedIntro,
    SharedUse,
    SharedUsed,
    SharedFailedTitle,
    SharedReadHeading,
    BackToSave,
    // Report document.
    ReportTitle,
    ReportMade,
    ReportAnswers,
    ReportAdvice,
    ReportCalendar,
    ReportMoney,
    ReportMoneyNone,
    ReportMoneyPayable,
    ReportMoneyNotDue,
    ReportMoneyError,
    ReportMoneyXella,
    ReportHowCalculated,
    ReportWarnings,
    ReportHelp,
    ReportDuties,
    ReportAbout,
    ReportNoAnswers,
    ReportColDate,
    ReportColStep,
    ReportColWho,
    ReportColStatus,
}

impl KeepText {
    pub fn text(self, lang: Lang) -> &'static str {
        use KeepText::*;
        match self {
            PageTitle => t(lang, "Bewaren en delen", "Save and share"),
            Intro => t(lang,
                "Je antwoorden staan alleen in deze browser, in het geheugen van deze pagina. Sluit je de pagina, dan zijn ze weg. Hier kun je ze bewaren als bestand, onthouden op dit apparaat, afdrukken of delen.",
                "Your answers are only in this browser, in the memory of this page. Close the page and they are gone. Here you can keep them as a file, remember them on this device, print them or share them."),
            FileHeading => t(lang, "Bewaren als bestand", "Keep as a file"),
            FileIntro => t(lang,
                "Het bestand komt op je eigen apparaat. Er gaat niets naar een server. Met het bestand ga je later verder, ook op een ander apparaat.",
                "The file is saved on your own device. Nothing goes to a server. With the file you can continue later, also on another device."),
            Download => t(lang, "Download mijn antwoorden", "Download my answers"),
            Downloaded => t(lang, "Het bestand is klaargezet om te downloaden.", "The file is ready to download."),
            DownloadFailed => t(lang,
                "Je browser wilde het bestand niet maken. Probeer het opnieuw of gebruik een andere browser.",
                "Your browser would not make the file. Try again or use another browser."),
            ContinueHeading => t(lang, "Verder met een bestand", "Continue with a file"),
            ContinueLabel => t(lang, "Kies je bestand met antwoorden", "Choose your answers file"),
            ContinueHint => t(lang,
                "Een .json-bestand dat je eerder met Spoorwijzer hebt gedownload. Het bestand wordt alleen in je browser gelezen.",
                "A .json file you downloaded from Spoorwijzer before. The file is read only in your browser."),
            ImportOk => t(lang, "Alle antwoorden uit het bestand zijn gelezen.", "All answers in the file were read."),
            ImportPartly => t(lang,
                "Een deel van het bestand is gelezen. Wat wel gelezen kon worden, staat nu in je antwoorden. Dit kon niet worden gelezen:",
                "Part of the file was read. What could be read is now in your answers. This could not be read:"),
            ImportNothing => t(lang, "Het bestand kon niet worden gelezen. Je antwoorden zijn niet veranderd.", "The file could not be read. Your answers did not change."),
            ImportMigrated => t(lang,
                "Dit bestand is gemaakt met een oudere versie van Spoorwijzer. We hebben het omgezet naar de nieuwe vorm.",
                "This file was made with an older version of Spoorwijzer. We converted it to the new format."),
            NotReadHeading => t(lang, "Niet gelezen", "Not read"),
            ReadFailed => t(lang, "Je browser kon het bestand niet openen.", "Your browser could not open the file."),
            Reading => t(lang, "Het bestand wordt gelezen…", "Reading the file…"),
            Dismiss => t(lang, "Sluiten", "Close"),
            NoAnswersYet => t(lang, "Je hebt nog geen vragen beantwoord.", "You have not answered any questions yet."),
            AnswersCount => t(lang, "Aantal antwoorden:", "Number of answers:"),
            ToCheckAnswers => t(lang, "Bekijk je antwoorden", "See your answers"),
            MemoryHeading => t(lang, "Onthouden op dit apparaat", "Remember on this device"),
            MemoryLabel => t(lang, "Onthoud mijn antwoorden op dit apparaat", "Remember my answers on this device"),
            MemoryHint => t(lang,
                "Staat standaard uit. Zet je het aan, dan bewaart deze browser je antwoorden (localStorage) tot je op 'Alles wissen' klikt. Iedereen die dit apparaat gebruikt, kan ze dan zien.",
                "Off by default. When on, this browser keeps your answers (localStorage) until you click 'Erase everything'. Anyone using this device can then see them."),
            MemoryOn => t(lang, "Je antwoorden worden onthouden op dit apparaat.", "Your answers are remembered on this device."),
            MemoryOff => t(lang, "Je antwoorden worden niet onthouden.", "Your answers are not remembered."),
            MemoryUnavailable => t(lang,
                "Onthouden is niet beschikbaar in deze browser (bijvoorbeeld in een privévenster of in een ingebedde pagina). Spoorwijzer werkt gewoon; download je antwoorden als je ze wilt bewaren.",
                "Remembering is not available in this browser (for example in a private window or an embedded page). Spoorwijzer still works; download your answers if you want to keep them."),
            MemoryReadProblem => t(lang,
                "De onthouden antwoorden op dit apparaat konden niet (helemaal) worden gelezen.",
                "The answers remembered on this device could not be read (completely)."),
            MemoryRestored => t(lang, "Je onthouden antwoorden zijn teruggezet.", "Your remembered answers were restored."),
            ClearHeading => t(lang, "Alles wissen", "Erase everything"),
            ClearButton => t(lang, "Alles wissen", "Erase everything"),
            ClearConfirmQuestion => t(lang,
                "Weet je het zeker? Al je antwoorden en alles wat Spoorwijzer op dit apparaat heeft onthouden, worden gewist. Dit kun je niet ongedaan maken.",
                "Are you sure? All your answers and everything Spoorwijzer remembered on this device will be erased. This cannot be undone."),
            ClearConfirmYes => t(lang, "Ja, wis alles", "Yes, erase everything"),
            ClearConfirmNo => t(lang, "Nee, niet wissen", "No, keep it"),
            Cleared => t(lang, "Alles is gewist.", "Everything has been erased."),
            ReportHeading => t(lang, "Samenvatting afdrukken of downloaden", "Print or download a summary"),
            ReportIntro => t(lang,
                "Een overzicht met je antwoorden, het advies, de kalender en de bedragen. Handig voor een gesprek met de bedrijfsarts, je werkgever of een adviseur.",
                "An overview of your answers, the advice, the calendar and the amounts. Useful for a talk with the company doctor, the employer or an adviser."),
            DownloadHtml => t(lang, "Download als HTML", "Download as HTML"),
            DownloadMarkdown => t(lang, "Download als Markdown", "Download as Markdown"),
            Print => t(lang, "Afdrukken", "Print"),
            LettersHeading => t(lang, "Voorbeeldbrieven", "Letter templates"),
            LettersIntro => t(lang,
                "Kies een brief. Hij is ingevuld met je antwoorden. Pas hem aan voordat je hem downloadt of afdrukt. De brieven zijn in het Nederlands; de Engelse tekst is alleen een hulp bij het lezen.",
                "Choose a letter. It is filled in with your answers. Edit it before you download or print it. The letters are in Dutch; the English text is only a reading aid."),
            LetterChoose => t(lang, "Welke brief?", "Which letter?"),
            LetterEditLabel => t(lang, "De brief (je kunt hem aanpassen)", "The letter (you can edit it)"),
            LetterDownload => t(lang, "Download brief", "Download letter"),
            LetterPrint => t(lang, "Brief afdrukken", "Print letter"),
            LetterPlaceholderNote => t(lang,
                "Vul alles tussen [vierkante haken] zelf in voordat je de brief verstuurt.",
                "Fill in everything between [square brackets] yourself before you send the letter."),
            LetterTranslationHeading => t(lang, "Engelse vertaling (hulp bij het lezen)", "English translation (reading aid)"),
            LetterLegalBasis => t(lang, "Wettelijke basis", "Legal basis"),
            ShareHeading => t(lang, "Delen met een link", "Share with a link"),
            ShareWarning => t(lang,
                "Let op: iedereen die de link heeft, kan al je antwoorden lezen. Deel hem alleen met iemand die je vertrouwt, zoals je adviseur. De link wordt alleen naar je klembord gekopieerd, niet opgeslagen.",
                "Watch out: anyone who has the link can read all your answers. Only share it with someone you trust, such as your adviser. The link is only copied to your clipboard, not stored."),
            ShareCopy => t(lang, "Kopieer link met mijn antwoorden", "Copy link with my answers"),
            ShareCopied => t(lang, "De link is gekopieerd naar je klembord.", "The link has been copied to your clipboard."),
            ShareCopyFailed => t(lang, "Kopiëren lukte niet. Download je antwoorden als bestand.", "Copying did not work. Download your answers as a file."),
            ShareOff => t(lang, "Delen met een link staat uit op deze website.", "Sharing with a link is switched off on this website."),
            MemoryOffByHost => t(lang, "Onthouden op dit apparaat staat uit op deze website.", "Remembering on this device is switched off on this website."),
            SharedTitle => t(lang, "Gedeelde antwoorden", "Shared answers"),
            SharedIntro => t(lang,
                "Iemand heeft antwoorden met je gedeeld. Bekijk ze hieronder. Ze worden pas gebruikt als je daarvoor kiest; je eigen antwoorden worden dan vervangen.",
                "Someone shared answers with you. Look at them below. They are only used when you choose to; your own answers are then replaced."),
            SharedUse => t(lang, "Gebruik deze antwoorden", "Use these answers"),
            SharedUsed => t(lang, "De gedeelde antwoorden worden nu gebruikt.", "The shared answers are now in use."),
            SharedFailedTitle => t(lang, "Deze link kan niet worden gelezen", "This link cannot be read"),
            SharedReadHeading => t(lang, "Gelezen antwoorden", "Answers read"),
            BackToSave => t(lang, "Naar bewaren en delen", "To save and share"),
            ReportTitle => t(lang, "Spoorwijzer: samenvatting", "Spoorwijzer: summary"),
            ReportMade => t(lang, "Gemaakt op", "Made on"),
            ReportAnswers => t(lang, "Je antwoorden", "Your answers"),
            ReportAdvice => t(lang, "Advies", "Advice"),
            ReportCalendar => t(lang, "Kalender (Wet verbetering poortwachter)", "Calendar (Gatekeeper Improvement Act)"),
            ReportMoney => t(lang, "Bedragen", "Amounts"),
            ReportMoneyNone => t(lang,
                "Geen bedrag: voor de transitievergoeding zijn de datum in dienst, de einddatum en het bruto maandloon nodig.",
                "No amount: the transition payment needs the start date, the end date and the gross monthly wage."),
            ReportMoneyPayable => t(lang, "Transitievergoeding (bruto, schatting)", "Transition payment (gross, estimate)"),
            ReportMoneyNotDue => t(lang, "Transitievergoeding: waarschijnlijk geen recht", "Transition payment: probably not due"),
            ReportMoneyError => t(lang, "Transitievergoeding: niet berekend", "Transition payment: not calculated"),
            ReportMoneyXella => t(lang, "Slapend dienstverband: transitievergoeding aan het einde van de 104 weken (bruto, schatting)", "Dormant contract: transition payment at the end of the 104 weeks (gross, estimate)"),
            ReportHowCalculated => t(lang, "Hoe is dit berekend?", "How was this calculated?"),
            ReportWarnings => t(lang, "Let op", "Watch out"),
            ReportHelp => t(lang, "Hulp en advies", "Help and advice"),
            ReportDuties => t(lang, "Plichten", "Duties"),
            ReportAbout => t(lang, "Over", "About"),
            ReportNoAnswers => t(lang, "Er zijn nog geen antwoorden.", "There are no answers yet."),
            ReportColDate => t(lang, "Datum", "Date"),
            ReportColStep => t(lang, "Stap", "Step"),
            ReportColWho => t(lang, "Wie", "Who"),
            ReportColStatus => t(lang, "Stand", "Status"),
        }
    }
}

fn kind_word(k: JsonKind, lang: Lang) -> &'static str {
    match k {
        JsonKind::Array => t(lang, "een lijst", "a list"),
        JsonKind::String => t(lang, "een losse tekst", "a single text"),
        JsonKind::Number => t(lang, "een los getal", "a single number"),
        JsonKind::Bool => t(lang, "waar/onwaar", "true/false"),
        JsonKind::Null => t(lang, "leeg (null)", "empty (null)"),
    }
}

/// Why the whole file could not be read.
pub fn file_error_message(e: &FileError, lang: Lang) -> String {
    match e {
        FileError::Empty => t(lang, "Het bestand is leeg.", "The file is empty.").into(),
        FileError::TooLarge { bytes } => t(
            lang,
            format!("Het bestand is te groot ({} kB). Een bestand met antwoorden is maar een paar kB.", bytes / 1024),
            format!("The file is too large ({} kB). An answers file is only a few kB.", bytes / 1024),
        ),
        FileError::NotJson { line, column } => t(
            lang,
            format!("Dit is geen geldig JSON-bestand: er gaat iets mis op regel {line}, teken {column}. Misschien is het bestand beschadigd of afgebroken."),
            format!("This is not a valid JSON file: something is wrong at line {line}, character {column}. The file may be damaged or cut off."),
        ),
        FileError::NotAnObject { found } => t(
            lang,
            format!("Dit is geen bestand met antwoorden: het bevat {} in plaats van een overzicht van antwoorden.", kind_word(*found, lang)),
            format!("This is not an answers file: it holds {} instead of a set of answers.", kind_word(*found, lang)),
        ),
        FileError::NotSpoorwijzer => t(
            lang,
            "Dit bestand komt niet van Spoorwijzer: er staan geen vragen van Spoorwijzer in.",
            "This file does not come from Spoorwijzer: it holds none of Spoorwijzer's questions.",
        ).into(),
        FileError::UnknownSchema { schema } => t(
            lang,
            format!("Dit bestand is van een ander soort ('{schema}'), niet een bestand met Spoorwijzer-antwoorden."),
            format!("This file is of another kind ('{schema}'), not a Spoorwijzer answers file."),
        ),
        FileError::MissingVersion => t(
            lang,
            "In het bestand staat niet welke versie het is. Daardoor kunnen we het niet veilig lezen.",
            "The file does not say which version it is, so we cannot read it safely.",
        ).into(),
        FileError::BadVersion => t(
            lang,
            "Het versienummer in het bestand klopt niet (het moet een heel getal zijn, 1 of hoger).",
            "The version number in the file is wrong (it must be a whole number, 1 or higher).",
        ).into(),
        FileError::FutureVersion { version } => t(
            lang,
            format!("Dit bestand is gemaakt met een nieuwere Spoorwijzer (versie {version} van het bestand; wij lezen tot en met versie {CURRENT_VERSION}). Ververs de pagina en probeer het opnieuw."),
            format!("This file was made with a newer Spoorwijzer (file version {version}; we read up to version {CURRENT_VERSION}). Reload the page and try again."),
        ),
        FileError::AnswersMissing => t(
            lang,
            "In het bestand staan geen antwoorden.",
            "The file holds no answers.",
        ).into(),
        FileError::AnswersNotObject { found } => t(
            lang,
            format!("De antwoorden in het bestand hebben een verkeerde vorm ({}).", kind_word(*found, lang)),
            format!("The answers in the file have the wrong form ({}).", kind_word(*found, lang)),
        ),
    }
}

/// One part of the file that could not be read.
pub fn file_problem_message(p: &FileProblem, lang: Lang) -> String {
    match p {
        FileProblem::UnknownQuestion { key } => t(
            lang,
            format!("'{key}': deze vraag kennen we niet."),
            format!("'{key}': we do not know this question."),
        ),
        FileProblem::BadValue { key, error } => format!(
            "'{key}': {}.",
            error_message(*error, lang).trim_end_matches('.')
        ),
        FileProblem::BadCreated => t(
            lang,
            "De datum waarop het bestand is gemaakt, is geen geldige datum.",
            "The date the file was made is not a valid date.",
        )
        .into(),
        FileProblem::BadAppVersion => t(
            lang,
            "De versie van Spoorwijzer in het bestand is onleesbaar.",
            "The Spoorwijzer version in the file cannot be read.",
        )
        .into(),
        FileProblem::UnknownField { key } => t(
            lang,
            format!("'{key}': dit onderdeel kennen we niet."),
            format!("'{key}': we do not know this part."),
        ),
    }
}

/// Why a shared link could not be read.
pub fn share_error_message(e: &ShareError, lang: Lang) -> String {
    let text = match e {
        ShareError::Empty => t(
            lang,
            "De link is leeg: er staan geen antwoorden in.",
            "The link is empty: it holds no answers.",
        ),
        ShareError::TooLong => t(
            lang,
            "De link is te lang om een Spoorwijzer-link te zijn.",
            "The link is too long to be a Spoorwijzer link.",
        ),
        ShareError::UnknownLinkVersion => t(
            lang,
            "Deze link heeft een vorm die we niet kennen. Misschien is hij gemaakt met een nieuwere Spoorwijzer, of is het begin van de link veranderd.",
            "This link has a form we do not know. It may have been made with a newer Spoorwijzer, or its beginning was changed.",
        ),
        ShareError::BadEncoding => t(
            lang,
            "De link is beschadigd of niet helemaal gekopieerd. Vraag om de link opnieuw te sturen.",
            "The link is damaged or was not copied completely. Ask for the link to be sent again.",
        ),
        ShareError::NotText => t(
            lang,
            "De link is beschadigd: de inhoud is onleesbaar.",
            "The link is damaged: its content cannot be read.",
        ),
        ShareError::File(f) => {
            let why = file_error_message(f, lang);
            return t(
                lang,
                format!("De link is beschadigd. {why}"),
                format!("The link is damaged. {why}"),
            );
        }
    };
    text.into()
}

/// "12 antwoorden gelezen" / "12 answers read".
pub fn answers_read(n: usize, lang: Lang) -> String {
    match n {
        1 => t(lang, "1 antwoord gelezen.", "1 answer read.").into(),
        n => t(
            lang,
            format!("{n} antwoorden gelezen."),
            format!("{n} answers read."),
        ),
    }
}

/// "Bestand gemaakt op 22 november 2026 met Spoorwijzer 0.1.0."
pub fn file_made(
    created: Option<chrono::NaiveDate>,
    app_version: Option<&str>,
    lang: Lang,
) -> Option<String> {
    let d = created.map(|d| format::long_date(d, lang));
    match (d, app_version) {
        (Some(d), Some(v)) => Some(t(
            lang,
            format!("Bestand gemaakt op {d} met Spoorwijzer {v}."),
            format!("File made on {d} with Spoorwijzer {v}."),
        )),
        (Some(d), None) => Some(t(
            lang,
            format!("Bestand gemaakt op {d}."),
            format!("File made on {d}."),
        )),
        (None, Some(_)) | (None, None) => None,
    }
}
