//! Texts of the outcome page (`#/advies`): route cards, reasons, duties, warnings, help.
//!
//! Every legal statement carries its source in the `*_sources` tables below. Where the
//! law is uncertain, the card or warning has an `uncertain` text that the page shows.

use crate::flow::outcome::{
    AdviceRoute, Deadline, Duty, Help, Money, Outcome, PendingMeaning, PendingNotice, RouteCard,
    Spoor2Timing, Summary, Tool, Urgent, UrgentWhat, Warning, WarningKind, Why, XellaOutcome,
};
use crate::flow::questions::{Opt, QuestionId};
use crate::flow::situation::EndReport;
use crate::flow::Voice;
use crate::lang::Lang;
use crate::poortwachter::Actor;
use crate::source::{self as cite, Source};
use crate::text::flow::option_label;
use crate::text::format;
use crate::text::poortwachter::{
    actor_label, milestone_title, milestone_what, status_label, PoortwachterText,
};
use crate::text::transitievergoeding::{
    compensation_term_en, compensation_term_nl, line_text, reason_text, uncertainty_text,
};
use crate::text::{t, tv};
use crate::transitievergoeding::explain::{Line, Uncertainty};

// ---------------------------------------------------------------------------------------
// Sources: the citations of `crate::source`, per route card and per warning.

/// The deduction of costs from the transitievergoeding: the article and the decree.
const KOSTEN: [Source; 3] = [cite::BW_7_673_LID_6, cite::STB_2015_171, cite::STB_2020_188];

pub fn route_sources(r: AdviceRoute) -> &'static [Source] {
    match r {
        AdviceRoute::Spoor1 => &[cite::BW_7_658A, cite::UWV_WERKWIJZER_POORTWACHTER],
        AdviceRoute::Spoor2 | AdviceRoute::Spoor1En2 => &[
            cite::BW_7_658A,
            cite::REGELING_PROCESGANG,
            cite::UWV_WERKWIJZER_POORTWACHTER,
            cite::UWV_REINTEGREREN,
            KOSTEN[0],
            KOSTEN[1],
            KOSTEN[2],
        ],
        AdviceRoute::Outplacement => &KOSTEN,
        AdviceRoute::Situatief => &[
            cite::BW_7_628,
            cite::BW_7_629,
            cite::STECR_WERKWIJZER,
            cite::GHSHE_2025_1152,
            cite::CRVB_2017_1225,
            cite::ZW_45,
            cite::WW_19_LID_1,
            cite::WW_24,
        ],
        AdviceRoute::TeVroeg => &[cite::UWV_REINTEGREREN],
        // No law governs a private AOV or a broodfonds: the KVK's overview of the
        // options, and the government's statement that the self-employed are not
        // compulsorily insured, with the BAZ that is planned (docs/law/zelfstandigen.md).
        AdviceRoute::Aov | AdviceRoute::Broodfonds => &[cite::KVK_AOV_OPTIES, cite::BAZ_NAAR_KAMER],
        AdviceRoute::UwvVrijwillig => &[cite::UWV_VRIJWILLIG_VERZEKEREN],
        AdviceRoute::Informatie => &[cite::UWV_REINTEGREREN],
        AdviceRoute::SlapendDienstverband => &[
            cite::HR_2019_1734_XELLA,
            cite::BW_7_611,
            cite::BW_7_629_LID_1,
            cite::BW_7_669_LID_3,
            cite::BW_7_673E,
            cite::UWV_COMPENSATIE_TV,
            cite::BW_7_670B,
            cite::KST_36869,
        ],
        AdviceRoute::ZiektewetVangnet => &[
            cite::ZW_29,
            cite::ZW_38,
            cite::ZW_19AA,
            cite::UWV_ZIEK_MELDEN,
            cite::UWV_ERD_ZW_ZIEKMELDING,
            cite::REGELING_PROCESGANG,
            cite::BW_7_668,
            cite::BW_7_673,
        ],
    }
}

pub fn warning_sources(k: WarningKind) -> &'static [Source] {
    use WarningKind as W;
    match k {
        W::VsoWhileSick => &[
            cite::ZW_45,
            cite::WW_19_LID_1,
            cite::WIA_25_LID_9,
            cite::BW_7_670B,
        ],
        W::VsoSignedWhileSick => &[cite::ZW_45, cite::WW_19_LID_1, cite::BW_7_670B],
        W::VsoWw => &[cite::WW_24, cite::WW_16, cite::BW_7_670B],
        W::OpzegverbodTijdensZiekte => &[cite::BW_7_670],
        W::TooEarlyForLongIllnessDismissal => &[cite::BW_7_670, cite::UWV_ONTSLAG_LANGDURIG],
        W::FixedTermEndsWhileSick => &[
            cite::RBMNE_2017_1831,
            cite::ZW_45,
            cite::ZW_38,
            cite::ZW_19AA,
        ],
        W::Aanzegplicht => &[cite::BW_7_668, cite::BW_7_686A_LID_4],
        W::MissedProbleemanalyse | W::MissedPlanVanAanpak | W::MissedEerstejaarsevaluatie => &[
            cite::REGELING_PROCESGANG,
            cite::UWV_REINTEGREREN,
            cite::WIA_25_LID_9,
        ],
        W::Spoor2Late => &[cite::UWV_WERKWIJZER_POORTWACHTER, cite::WIA_25_LID_9],
        W::ConflictAskBedrijfsarts => &[cite::STECR_WERKWIJZER, cite::GHSHE_2025_1152],
        W::IllnessAndConflict => &[
            cite::BW_7_629,
            cite::BW_7_658A,
            cite::BW_7_670,
            cite::STECR_WERKWIJZER,
        ],
        W::SituatiefStillReportedSick => &[
            cite::BW_7_629,
            cite::ZW_45,
            cite::WW_19_LID_1,
            cite::CRVB_2017_1225,
        ],
        W::OutplacementFromTv => &KOSTEN,
        W::TvClaimDeadline => &[cite::BW_7_686A_LID_4, cite::UWV_TV_HOOGTE],
        W::EmployerCompensationDeadline => &[cite::BW_7_673E, cite::UWV_COMPENSATIE_TV],
        W::BillijkeVergoeding => &[
            cite::BW_7_671B_LID_9,
            cite::BW_7_682_LID_1,
            cite::BW_7_686A_LID_4,
        ],
        W::EmployeeObligations => &[cite::BW_7_660A, cite::BW_7_629_LID_3],
        W::DeskundigenoordeelSecondOpinion => &[cite::UWV_DESKUNDIGENOORDEEL, cite::ARBOWET_14],
        W::AowAge => &[
            cite::BW_7_673_LID_7,
            cite::BW_7_669_LID_4,
            cite::BW_7_629_LID_2,
            cite::BW_7_670,
            cite::RO_AOW_LEEFTIJD,
        ],
        W::OpzegverbodNaAow => &[cite::BW_7_670, cite::BW_7_669_LID_4],
        W::CheckHiaat | W::HighEarnerExcedent => &[cite::UWV_WIA_AANVRAGEN],
        W::SelfEmployed => &[cite::UWV_VRIJWILLIG_VERZEKEREN, cite::BAZ_NAAR_KAMER],
        W::UwvVoluntaryDeadline => &[cite::UWV_VRIJWILLIG_VERZEKEREN],
    }
}

// ---------------------------------------------------------------------------------------
// Section headings and fixed texts.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutcomeText {
    Title,
    UrgentHeading,
    UrgentWho,
    SummaryHeading,
    DutiesHeading,
    RoutesHeading,
    DeadlinesHeading,
    MoneyHeading,
    WarningsHeading,
    HelpHeading,
    SaveHeading,
    Why,
    WhatNext,
    WhoPays,
    EmployeeMust,
    Conditions,
    Risks,
    LegalBasis,
    Sources,
    Uncertain,
    WhatToDo,
    Consequence,
    Disclaimer,
    ContentDate,
    DeadlineWho,
    DeadlineStatus,
    NoDeadlines,
    FullCalendar,
    MoneyNeedInputs,
    MoneyCalculator,
    MoneyHowCalculated,
    IncomeLink,
    CompareLink,
    SaveIntro,
    SaveLink,
    PrintButton,
}

impl OutcomeText {
    pub fn text(self, voice: Voice, lang: Lang) -> &'static str {
        use OutcomeText::*;
        match self {
            Title => t(lang, "Jouw advies", "Your advice"),
            UrgentHeading => t(lang, "Dringend: binnen 14 dagen", "Urgent: within 14 days"),
            UrgentWho => t(lang, "Wie doet het", "Who acts"),
            SummaryHeading => tv(lang, voice, "Jouw situatie in het kort", "De situatie in het kort", "Your situation in short", "The situation in short"),
            DutiesHeading => tv(lang, voice, "Wat jij moet doen", "Jouw plichten als werkgever", "What you must do", "Your duties as the employer"),
            RoutesHeading => tv(lang, voice, "Wat past bij jou", "Wat past bij je werknemer", "What fits you", "What fits your employee"),
            DeadlinesHeading => t(lang, "Wat moet er wanneer gebeuren", "What has to happen when"),
            MoneyHeading => tv(lang, voice, "Wat betekent dit voor je geld", "Wat betekent dit voor de kosten", "What this means for your money", "What this means for the costs"),
            WarningsHeading => t(lang, "Let op", "Watch out"),
            HelpHeading => t(lang, "Hulp en advies", "Help and advice"),
            SaveHeading => t(lang, "Bewaren en delen", "Save and share"),
            Why => tv(lang, voice, "Waarom dit bij jou past", "Waarom dit past", "Why this fits you", "Why this fits"),
            WhatNext => t(lang, "Wat gebeurt er nu", "What happens next"),
            WhoPays => t(lang, "Wie betaalt", "Who pays"),
            EmployeeMust => tv(lang, voice, "Wat jij moet doen", "Wat je werknemer moet doen", "What you must do", "What your employee must do"),
            Conditions => t(lang, "Voorwaarden", "Conditions"),
            Risks => t(lang, "Risico's", "Risks"),
            LegalBasis => t(lang, "Wettelijke basis", "Legal basis"),
            Sources => t(lang, "Bronnen", "Sources"),
            Uncertain => t(lang, "Niet helemaal zeker", "Not entirely certain"),
            WhatToDo => t(lang, "Wat kun je doen", "What you can do"),
            Consequence => t(lang, "Wat kan er gebeuren", "What can happen"),
            Disclaimer => t(lang,
                "Spoorwijzer geeft informatie, geen juridisch advies. Je situatie kan anders zijn dan de vragen laten zien. Twijfel je? Vraag de bedrijfsarts, UWV, het Juridisch Loket, je vakbond of een arbeidsrechtadvocaat.",
                "Spoorwijzer gives information, not legal advice. Your situation may differ from what the questions capture. In doubt? Ask the company doctor, UWV, the Juridisch Loket (free legal advice), your trade union or an employment lawyer."),
            ContentDate => t(lang, "Inhoud bijgewerkt op", "Content updated on"),
            DeadlineWho => t(lang, "Wie", "Who"),
            DeadlineStatus => t(lang, "Stand", "Status"),
            NoDeadlines => t(lang,
                "Er staan geen stappen van de Wet verbetering poortwachter meer open na vandaag. In de kalender zie je alle stappen die al voorbij zijn.",
                "No steps of the Gatekeeper Improvement Act are still open after today. The calendar shows all steps that have passed."),
            FullCalendar => t(lang, "Bekijk alle datums in de poortwachter-kalender", "See all dates in the Gatekeeper calendar"),
            MoneyNeedInputs => t(lang,
                "Voor een bedrag zijn de begindatum, de einddatum, het bruto maandloon en de manier waarop het contract eindigt nodig. Vul wat ontbreekt in bij de rekenhulp.",
                "An amount needs the start date, the end date, the gross monthly wage and how the contract ends. Fill in what is missing in the calculator."),
            MoneyCalculator => t(lang, "Bereken de transitievergoeding", "Calculate the transition payment"),
            MoneyHowCalculated => t(lang, "Hoe is dit berekend? Open de rekenhulp met je antwoorden", "How was this worked out? Open the calculator with your answers"),
            IncomeLink => t(lang, "Wat gebeurt er met het inkomen?", "What happens to the income?"),
            CompareLink => t(lang, "Vergelijk spoor 2 en outplacement", "Compare spoor 2 and outplacement"),
            SaveIntro => t(lang,
                "Je antwoorden staan alleen in dit tabblad. Bewaar ze in een bestand op je eigen apparaat, of print dit advies.",
                "Your answers exist only in this tab. Keep them in a file on your own device, or print this advice."),
            SaveLink => t(lang, "Antwoorden bewaren of delen", "Save or share your answers"),
            PrintButton => t(lang, "Print dit advies", "Print this advice"),
        }
    }
}

// ---------------------------------------------------------------------------------------
// Summary lines.

fn reason_phrase(reason: Option<Opt>, voice: Voice, lang: Lang) -> String {
    match reason {
        Some(o) => option_label(QuestionId::RedenEinde, o, voice, lang).to_lowercase(),
        None => t(lang, "reden onbekend", "reason unknown").to_string(),
    }
}

pub fn summary_text(s: &Summary, voice: Voice, lang: Lang) -> String {
    match *s {
        Summary::InfoOnly => t(lang,
            "Je zoekt informatie. Hieronder vind je de uitleg en de rekenhulpen.",
            "You are looking for information. Below are the explanations and the calculators.").to_string(),
        Summary::SickSince { first, week } => tv(
            lang,
            voice,
            format!("Je bent ziek sinds {}. Je zit nu in ziekteweek {}.", format::long_date(first, lang), week),
            format!("Je werknemer is ziek sinds {}. Dat is nu ziekteweek {}.", format::long_date(first, lang), week),
            format!("You have been sick since {}. You are now in week {} of sickness.", format::long_date(first, lang), week),
            format!("Your employee has been sick since {}. This is now week {} of sickness.", format::long_date(first, lang), week),
        ),
        Summary::EarlierPeriodCounts => t(lang,
            "Een eerdere ziekteperiode telt mee, omdat er minder dan 4 weken tussen zat.",
            "An earlier period of sickness counts along, because there were less than 4 weeks in between.").to_string(),
        Summary::NotSick => tv(lang, voice, "Je bent nu niet ziek.", "Je werknemer is nu niet ziek.", "You are not sick now.", "Your employee is not sick now.").to_string(),
        Summary::JobEnds { reason, end } => {
            let r = reason_phrase(reason, voice, lang);
            match end {
                Some(e) => t(
                    lang,
                    format!("Het contract eindigt op {} (reden: {}).", format::long_date(e, lang), r),
                    format!("The contract ends on {} (reason: {}).", format::long_date(e, lang), r),
                ),
                None => t(
                    lang,
                    format!("Het contract eindigt (reden: {}).", r),
                    format!("The contract is ending (reason: {}).", r),
                ),
            }
        }
        Summary::JobMayEnd { reason } => {
            let r = reason_phrase(reason, voice, lang);
            t(
                lang,
                format!("Er wordt gepraat over het einde van het contract (reden: {}).", r),
                format!("The end of the contract is being discussed (reason: {}).", r),
            )
        }
        Summary::JobDoesNotEnd => t(lang, "Het contract loopt door.", "The contract continues.").to_string(),
        Summary::Dormant { wachttijd_end } => {
            let d = format::long_date(wachttijd_end, lang);
            tv(
                lang,
                voice,
                format!("De 104 weken ziekte eindigden op {d}. Je contract loopt door, maar je werkgever hoeft geen loon meer te betalen: dit heet een slapend dienstverband."),
                format!("De 104 weken ziekte eindigden op {d}. Het contract loopt door, maar je hoeft geen loon meer te betalen: dit heet een slapend dienstverband."),
                format!("The 104 weeks of sickness ended on {d}. Your contract continues, but your employer no longer has to pay wages: this is called a dormant contract (slapend dienstverband)."),
                format!("The 104 weeks of sickness ended on {d}. The contract continues, but you no longer have to pay wages: this is called a dormant contract (slapend dienstverband)."),
            )
        }
        Summary::ContractEndsWhileSick { last_day, zw_from } => {
            let (end, from) = (format::long_date(last_day, lang), format::long_date(zw_from, lang));
            tv(
                lang,
                voice,
                format!("Je tijdelijke contract eindigt op {end}, terwijl je ziek bent. Vanaf {from} kun je een Ziektewet-uitkering krijgen."),
                format!("Het tijdelijke contract van je werknemer eindigt op {end}, terwijl hij ziek is. Vanaf {from} volgt de Ziektewet."),
                format!("Your temporary contract ends on {end}, while you are sick. From {from} you can get Sickness Benefit (Ziektewet)."),
                format!("Your employee's temporary contract ends on {end}, while they are sick. From {from} the Sickness Benefits Act (Ziektewet) takes over."),
            )
        }
        Summary::Zelfstandige => t(lang, "Je werkt als zelfstandige. Je bent nu niet ziek.", "You work as a self-employed person. You are not ill now.").to_string(),
        Summary::ZelfstandigeZiekSinds { first } => t(
            lang,
            format!("Je werkt als zelfstandige en kunt sinds {} door ziekte niet of minder werken.", format::long_date(first, lang)),
            format!("You work as a self-employed person and have been unable, or less able, to work because of illness since {}.", format::long_date(first, lang)),
        ),
        Summary::ZelfstandigeDekking { aov, broodfonds, uwv } => {
            let aov_words = t(lang, "een arbeidsongeschiktheidsverzekering (AOV)", "disability insurance (AOV)");
            let uwv_words = t(lang, "de vrijwillige verzekering bij UWV", "UWV's voluntary insurance");
            // What the person has, and what they do not know they have ("weet ik niet").
            let mut has: Vec<&str> = Vec::new();
            let mut unsure: Vec<&str> = Vec::new();
            match aov {
                Some(true) => has.push(aov_words),
                None => unsure.push(aov_words),
                Some(false) => (),
            }
            if broodfonds {
                has.push(t(lang, "een broodfonds", "a broodfonds"));
            }
            match uwv {
                Some(true) => has.push(uwv_words),
                None => unsure.push(uwv_words),
                Some(false) => (),
            }
            let first = match (has.is_empty(), unsure.is_empty()) {
                (true, true) => t(lang,
                    "Volgens je antwoorden heb je niets geregeld voor als je door ziekte niet kunt werken. Er is geen verplichte verzekering voor zelfstandigen.",
                    "According to your answers you have nothing arranged for when illness stops you from working. There is no compulsory insurance for the self-employed.").to_string(),
                (true, false) => t(lang,
                    "Volgens je antwoorden heb je niets zeker geregeld voor als je door ziekte niet kunt werken. Er is geen verplichte verzekering voor zelfstandigen.",
                    "According to your answers you have nothing arranged for certain for when illness stops you from working. There is no compulsory insurance for the self-employed.").to_string(),
                (false, _) => {
                    let list = format::join_and(&has, lang);
                    t(lang, format!("Voor als je door ziekte niet kunt werken, heb je {list}."), format!("For when illness stops you from working, you have {list}."))
                }
            };
            if unsure.is_empty() {
                first
            } else {
                let list = format::join_or(&unsure, lang);
                t(lang,
                    format!("{first} Of je {list} hebt, weet je niet zeker: kijk het na in je polissen of vraag het na."),
                    format!("{first} You are not sure whether you have {list}: check your policies or ask."))
            }
        }
        Summary::Contract { kind, since } => {
            let k = option_label(QuestionId::ContractType, kind, voice, lang);
            match since {
                Some(d) => t(
                    lang,
                    format!("{}, in dienst sinds {}.", k, format::long_date(d, lang)),
                    format!("{}, employed since {}.", k, format::long_date(d, lang)),
                ),
                None => format!("{}.", k),
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// Route cards.

/// The fixed texts of one route card.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RouteText {
    pub title: &'static str,
    pub next: &'static [&'static str],
    pub who_pays: &'static str,
    pub employee_must: &'static [&'static str],
    pub conditions: &'static [&'static str],
    pub risks: &'static [&'static str],
    pub legal_basis: &'static str,
    pub uncertain: Option<&'static str>,
}

fn tl(
    lang: Lang,
    nl: &'static [&'static str],
    en: &'static [&'static str],
) -> &'static [&'static str] {
    t(lang, nl, en)
}

fn tvl(
    lang: Lang,
    voice: Voice,
    nl_wn: &'static [&'static str],
    nl_wg: &'static [&'static str],
    en_wn: &'static [&'static str],
    en_wg: &'static [&'static str],
) -> &'static [&'static str] {
    tv(lang, voice, nl_wn, nl_wg, en_wn, en_wg)
}

const NONE: &[&str] = &[];

const SPOOR2_MUST_NL: &[&str] = &[
    "Meewerken aan het plan en aan de afspraken met het re-integratiebedrijf.",
    "Zelf actief solliciteren en passend werk bij een andere werkgever accepteren.",
    "Op afspraken komen en bereikbaar zijn.",
];
const SPOOR2_MUST_EN: &[&str] = &[
    "Cooperate with the plan and the agreements with the re-integration company.",
    "Actively apply for jobs and accept suitable work with another employer.",
    "Attend appointments and be reachable.",
];

pub fn route_text(r: AdviceRoute, voice: Voice, lang: Lang) -> RouteText {
    match r {
        AdviceRoute::Spoor1 => RouteText {
            title: t(lang, "Spoor 1: terug bij de eigen werkgever", "Spoor 1: back at the own employer"),
            next: tvl(lang, voice,
                &["Bespreek met je werkgever en de bedrijfsarts hoe je stap voor stap je werk weer oppakt.", "Leg de afspraken vast in het plan van aanpak en bespreek het minstens elke 6 weken.", "Gaat het niet zoals verwacht? Vraag dan of een arbeidsdeskundige meekijkt."],
                &["Maak met je werknemer en de bedrijfsarts een opbouwschema voor het eigen of aangepaste werk.", "Leg de afspraken vast in het plan van aanpak en evalueer minstens elke 6 weken.", "Loopt het vast? Schakel een arbeidsdeskundige in en overweeg spoor 2 op tijd."],
                &["Discuss with your employer and the company doctor how to build up your work step by step.", "Record the agreements in the action plan and review it at least every 6 weeks.", "Not going as expected? Ask for a labour expert to take a look."],
                &["Make a build-up schedule for the own or adapted work with your employee and the company doctor.", "Record the agreements in the action plan and review at least every 6 weeks.", "Stuck? Bring in a labour expert and consider spoor 2 in time."]),
            who_pays: tv(lang, voice,
                "Je werkgever betaalt je loon door (wettelijk 70%, maar niet meer dan 70% van het maximumdagloon; vaak meer volgens de cao) en betaalt de kosten van re-integratie.",
                "Jij betaalt het loon door (wettelijk 70%, maar niet meer dan 70% van het maximumdagloon; vaak meer volgens de cao) en de kosten van re-integratie.",
                "Your employer keeps paying your wage (by law 70%, but no more than 70% of the maximum daily wage; often more under the collective agreement) and pays the re-integration costs.",
                "You keep paying the wage (by law 70%, but no more than 70% of the maximum daily wage; often more under the collective agreement) and the re-integration costs."),
            employee_must: tl(lang,
                &["Meewerken aan de re-integratie en aan het plan van aanpak.", "Passend werk bij de eigen werkgever doen als je dat kunt."],
                &["Cooperate with re-integration and the action plan.", "Do suitable work at the own employer when able to."]),
            conditions: NONE,
            risks: NONE,
            legal_basis: t(lang,
                "De werkgever moet eerst proberen de werknemer terug te laten keren in het eigen werk, aangepast werk of ander passend werk in het eigen bedrijf (art. 7:658a lid 1 BW). Zegt de werkgever dat dit niet kan, dan moet hij dat onderbouwen.",
                "The employer must first try to get the employee back into the own work, adapted work or other suitable work within the own company (art. 7:658a(1) BW). If the employer says this is impossible, it must substantiate that."),
            uncertain: None,
        },
        AdviceRoute::Spoor2 => RouteText {
            title: t(lang, "Spoor 2: werk bij een andere werkgever", "Spoor 2: work with another employer"),
            next: tvl(lang, voice,
                &["Je werkgever kiest, meestal samen met jou, een re-integratiebedrijf.", "Er komt een intake en een trajectplan: oriëntatie, sollicitaties, misschien een proefplaatsing.", "Je blijft in dienst en houdt je loon zolang het traject loopt.", "Alles komt in het re-integratieverslag dat UWV later beoordeelt."],
                &["Kies een re-integratiebedrijf, bij voorkeur samen met je werknemer.", "Laat een intake en een trajectplan maken en neem spoor 2 op in het plan van aanpak.", "Blijf spoor 1 volgen waar dat nog kan.", "Leg alles vast in het re-integratieverslag: UWV toetst het bij de WIA-aanvraag."],
                &["Your employer chooses a re-integration company, usually together with you.", "There is an intake and a plan: orientation, applications, perhaps a trial placement.", "You stay employed and keep your wage while it runs.", "Everything goes into the re-integration report that UWV checks later."],
                &["Choose a re-integration company, preferably together with your employee.", "Have an intake and a plan made, and add spoor 2 to the action plan.", "Keep following spoor 1 where still possible.", "Record everything in the re-integration report: UWV checks it with the WIA application."]),
            who_pays: t(lang,
                "De werkgever betaalt spoor 2. Deze kosten mogen niet van een latere transitievergoeding af (Stb. 2020, 188).",
                "The employer pays for spoor 2. These costs may not be deducted from a later transition payment (Stb. 2020, 188)."),
            employee_must: tl(lang, SPOOR2_MUST_NL, SPOOR2_MUST_EN),
            conditions: NONE,
            risks: tvl(lang, voice,
                &["Werk je zonder goede reden niet mee, dan mag je werkgever je loon stoppen (loonstop, art. 7:629 lid 3 BW)."],
                &["Begint spoor 2 te laat, dan kan UWV je een loonsanctie geven: tot 52 weken extra loon doorbetalen (art. 25 lid 9 WIA)."],
                &["If you do not cooperate without a good reason, your employer may stop your wage (loonstop, art. 7:629(3) BW)."],
                &["If spoor 2 starts too late, UWV can impose a wage sanction: up to 52 extra weeks of wage payment (art. 25(9) WIA)."]),
            legal_basis: t(lang,
                "Als werk bij de eigen werkgever niet lukt, moet de werkgever zoeken naar passend werk bij een andere werkgever (art. 7:658a lid 1 BW, Wet verbetering poortwachter). Dat moet zodra duidelijk is dat spoor 1 niet lukt, en uiterlijk na de eerstejaarsevaluatie.",
                "If work with the own employer is not possible, the employer must look for suitable work with another employer (art. 7:658a(1) BW, Gatekeeper Improvement Act). This must happen as soon as it is clear that spoor 1 will not work, and at the latest after the first-year evaluation."),
            uncertain: None,
        },
        AdviceRoute::Spoor1En2 => RouteText {
            title: t(lang, "Spoor 1 en spoor 2 tegelijk", "Spoor 1 and spoor 2 at the same time"),
            next: tvl(lang, voice,
                &["Je blijft werken aan terugkeer bij je eigen werkgever.", "Tegelijk begint een traject om ook buiten je werkgever te zoeken.", "Vraag om een arbeidsdeskundig onderzoek als nog niet duidelijk is wat je kunt."],
                &["Ga door met spoor 1 bij jou in het bedrijf.", "Start tegelijk spoor 2 met een re-integratiebedrijf.", "Laat een arbeidsdeskundige onderzoeken wat haalbaar is, zodat je keuzes kunt onderbouwen."],
                &["You keep working on returning to your own employer.", "At the same time a programme starts to look outside your employer as well.", "Ask for a labour expert assessment if it is not yet clear what you can do."],
                &["Continue spoor 1 within your company.", "Start spoor 2 at the same time with a re-integration company.", "Have a labour expert assess what is feasible, so you can substantiate your choices."]),
            who_pays: t(lang,
                "De werkgever betaalt beide sporen. De kosten van spoor 2 mogen niet van een latere transitievergoeding af (Stb. 2020, 188).",
                "The employer pays for both tracks. The costs of spoor 2 may not be deducted from a later transition payment (Stb. 2020, 188)."),
            employee_must: tl(lang, SPOOR2_MUST_NL, SPOOR2_MUST_EN),
            conditions: NONE,
            risks: tvl(lang, voice,
                &["Wachten tot het zeker is, kost tijd die je later mist."],
                &["Wie spoor 2 te laat start, riskeert een loonsanctie van UWV (art. 25 lid 9 WIA)."],
                &["Waiting until it is certain costs time you will miss later."],
                &["Starting spoor 2 too late risks a wage sanction from UWV (art. 25(9) WIA)."]),
            legal_basis: t(lang,
                "UWV verwacht dat spoor 2 start zodra terugkeer bij de eigen werkgever onzeker wordt, en uiterlijk na de eerstejaarsevaluatie. De twee sporen mogen naast elkaar lopen (art. 7:658a BW; Werkwijzer Poortwachter).",
                "UWV expects spoor 2 to start as soon as a return to the own employer becomes uncertain, and at the latest after the first-year evaluation. Both tracks may run side by side (art. 7:658a BW; Werkwijzer Poortwachter)."),
            uncertain: None,
        },
        AdviceRoute::Outplacement => RouteText {
            title: t(lang, "Outplacement: begeleiding naar een nieuwe baan", "Outplacement: guidance towards a new job"),
            next: tvl(lang, voice,
                &["Vraag je werkgever om outplacement als dat nog niet is aangeboden. Het is vrijwillig, voor jou en voor de werkgever.", "Leg afspraken vast: welk bureau, hoe lang, en wie betaalt.", "Teken niets onder druk. Na een vaststellingsovereenkomst heb je 14 dagen bedenktijd, te tellen vanaf de dag dat jullie het eens werden (3 weken als de overeenkomst die bedenktijd niet noemt)."],
                &["Bied outplacement aan: het helpt je werknemer sneller aan ander werk.", "Leg schriftelijk vast welk bureau, hoe lang en wie betaalt.", "Wil je de kosten van de transitievergoeding aftrekken? Dat mag alleen met vooraf schriftelijke instemming van je werknemer."],
                &["Ask your employer for outplacement if it has not been offered. It is voluntary, for you and for the employer.", "Put the agreements in writing: which agency, how long, and who pays.", "Do not sign under pressure. After a settlement agreement you have 14 days to change your mind, counted from the day you reached agreement (3 weeks if the agreement does not mention this right)."],
                &["Offer outplacement: it helps your employee find other work sooner.", "Put in writing which agency, how long and who pays.", "Want to deduct the costs from the transition payment? Only with your employee's prior written consent."]),
            who_pays: t(lang,
                "Meestal de werkgever. De kosten mogen alleen van de transitievergoeding af als de werknemer daar vooraf schriftelijk mee instemt (art. 7:673 lid 6 BW).",
                "Usually the employer. The costs may only be deducted from the transition payment if the employee agreed in writing beforehand (art. 7:673(6) BW)."),
            employee_must: tl(lang,
                &["Niets volgens de wet: outplacement is vrijwillig. Wel gelden de afspraken die je maakt."],
                &["Nothing by law: outplacement is voluntary. The agreements you make do apply."]),
            conditions: NONE,
            risks: NONE,
            legal_basis: t(lang,
                "Outplacement staat niet in de wet. Het wordt afgesproken in het contract, een sociaal plan of een vaststellingsovereenkomst. Alleen de aftrek van de transitievergoeding is geregeld (art. 7:673 lid 6 BW en het Besluit, Stb. 2015, 171).",
                "Outplacement is not in the law. It is agreed in the contract, a social plan or a settlement agreement. Only the deduction from the transition payment is regulated (art. 7:673(6) BW and the Decree, Stb. 2015, 171)."),
            uncertain: None,
        },
        AdviceRoute::Situatief => RouteText {
            title: t(lang, "Situatieve arbeidsongeschiktheid: niet ziek, wel vast in deze situatie", "Situational unfitness for work: not sick, but stuck in this situation"),
            next: tvl(lang, voice,
                &["Eerst: probeer het conflict op te lossen, bijvoorbeeld met een gesprek of mediation. Dat is ook je plicht om je loon te houden.", "Lukt dat niet? Dan kan een vertrekregeling met outplacement een uitweg zijn, vaak met een vaststellingsovereenkomst.", "Laat een vaststellingsovereenkomst altijd eerst nakijken door het Juridisch Loket, je vakbond of een advocaat."],
                &["Eerst: werk aan een oplossing van het conflict, bijvoorbeeld met een time-out en mediation (STECR Werkwijzer Arbeidsconflicten).", "Lukt dat niet? Een vertrekregeling met outplacement kan een uitweg zijn, vaak met een vaststellingsovereenkomst.", "Zorg dat je werknemer advies kan vragen voordat hij tekent, en noem in de overeenkomst zijn bedenktermijn van 14 dagen (art. 7:670b BW); anders is die 3 weken."],
                &["First: try to resolve the conflict, for example through a talk or mediation. This is also your duty in order to keep your wage.", "If that fails, an exit arrangement with outplacement can be a way out, often with a settlement agreement.", "Always have a settlement agreement checked first by the Juridisch Loket, your union or a lawyer."],
                &["First: work on resolving the conflict, for example with a time-out and mediation (STECR Werkwijzer Arbeidsconflicten).", "If that fails, an exit arrangement with outplacement can be a way out, often with a settlement agreement.", "Make sure your employee can get advice before signing, and mention their 14-day cooling-off period in the agreement (art. 7:670b BW); otherwise it is 3 weeks."]),
            who_pays: tv(lang, voice,
                "Je werkgever betaalt je loon door, zolang jij meewerkt aan een oplossing (art. 7:628 BW). Outplacement betaalt meestal de werkgever.",
                "Jij betaalt het loon door zolang je werknemer meewerkt aan een oplossing (art. 7:628 BW). Outplacement betaal je meestal zelf.",
                "Your employer keeps paying your wage as long as you cooperate in finding a solution (art. 7:628 BW). The employer usually pays for outplacement.",
                "You keep paying the wage as long as your employee cooperates in finding a solution (art. 7:628 BW). You usually pay for outplacement."),
            employee_must: tl(lang,
                &["Meewerken aan pogingen om het conflict op te lossen.", "Niet zelf 'beter melden' of 'ziek melden' om een regeling te halen: het oordeel van de bedrijfsarts telt."],
                &["Cooperate with attempts to resolve the conflict.", "Do not report yourself fit or sick to get a deal: the company doctor's judgement counts."]),
            conditions: tl(lang,
                &["De bedrijfsarts heeft beoordeeld dat er geen ziekte is, maar dat werken in deze situatie nu niet gaat. Werknemer en werkgever kunnen dat niet zelf bepalen.", "Hetzelfde werk bij een andere werkgever zou wel gaan.", "Er is eerst serieus geprobeerd het conflict op te lossen, bijvoorbeeld met mediation.", "Eindigt het contract, dan kan de werknemer op de einddatum volgens de bedrijfsarts zijn eigen soort werk doen. Een betermelding moet op dat oordeel rusten."],
                &["The company doctor has judged that there is no sickness, but that working in this situation is not possible now. Neither the employee nor the employer can decide that alone.", "The same work with another employer would be possible.", "A serious attempt to resolve the conflict came first, for example mediation.", "If the contract ends, the employee can do their own kind of work on the end date, according to the company doctor. A report of recovery must rest on that judgement."]),
            risks: tvl(lang, voice,
                &["'Ziek is ziek': wie echt ziek is, valt onder de Wet verbetering poortwachter, met spoor 1 en spoor 2. Dan is deze route niet de juiste.", "Ben je op de einddatum van een vaststellingsovereenkomst toch ziek, dan weigert UWV je Ziektewet-uitkering (art. 45 lid 1 sub j Ziektewet). WW krijg je dan ook niet: wie door ziekte niet kan werken, heeft geen recht op WW (art. 19 lid 1 WW). Een betermelding die niet klopt, kan leiden tot terugbetalen en een boete.", "Na een vaststellingsovereenkomst houd je recht op WW als het initiatief bij de werkgever lag en er geen dringende reden is die jou te verwijten valt; anders kan het verwijtbare werkloosheid zijn (art. 24 WW). Een einddatum voor het einde van de opzegtermijn schuift het begin van de WW op (art. 16 WW), maar neemt het recht niet weg.", "Is het oordeel omstreden? Vraag een second opinion of een deskundigenoordeel bij UWV."],
                &["'Ziek is ziek': wie echt ziek is, valt onder de Wet verbetering poortwachter, met spoor 1 en spoor 2. Dan is deze route niet de juiste.", "Is je werknemer op de einddatum van een vaststellingsovereenkomst toch ziek, dan weigert UWV zijn Ziektewet-uitkering (art. 45 lid 1 sub j Ziektewet). WW krijgt hij dan ook niet: wie door ziekte niet kan werken, heeft geen recht op WW (art. 19 lid 1 WW). Een betermelding die niet klopt, kan leiden tot terugbetalen en een boete.", "Na een vaststellingsovereenkomst houdt je werknemer recht op WW als het initiatief bij jou als werkgever lag en er geen dringende reden is die hem te verwijten valt; anders kan het verwijtbare werkloosheid zijn (art. 24 WW). Een einddatum voor het einde van de opzegtermijn schuift het begin van de WW op (art. 16 WW), maar neemt het recht niet weg.", "Is het oordeel omstreden? Vraag een deskundigenoordeel bij UWV; je werknemer kan ook een second opinion vragen."],
                &["'Sick is sick' (ziek is ziek): someone who really is sick falls under the Gatekeeper Improvement Act, with spoor 1 and spoor 2. Then this route is not the right one.", "If you are in fact sick on the end date of a settlement agreement, UWV refuses your Sickness Benefit (art. 45(1)(j) Ziektewet). You get no unemployment benefit (WW) either: someone who cannot work because of sickness has no right to WW (art. 19(1) WW). A report of recovery that is not true can lead to repayment and a fine.", "After a settlement agreement you keep your right to WW if the employer took the initiative and there is no urgent cause that you can be blamed for; otherwise it can be culpable unemployment (verwijtbare werkloosheid, art. 24 WW). An end date before the end of the notice period postpones the start of the WW (art. 16 WW), but does not take the right away.", "Is the judgement disputed? Ask for a second opinion or a UWV expert opinion (deskundigenoordeel)."],
                &["'Sick is sick' (ziek is ziek): someone who really is sick falls under the Gatekeeper Improvement Act, with spoor 1 and spoor 2. Then this route is not the right one.", "If your employee is in fact sick on the end date of a settlement agreement, UWV refuses their Sickness Benefit (art. 45(1)(j) Ziektewet). They get no unemployment benefit (WW) either: someone who cannot work because of sickness has no right to WW (art. 19(1) WW). A report of recovery that is not true can lead to repayment and a fine.", "After a settlement agreement your employee keeps the right to WW if you as the employer took the initiative and there is no urgent cause they can be blamed for; otherwise it can be culpable unemployment (verwijtbare werkloosheid, art. 24 WW). An end date before the end of the notice period postpones the start of the WW (art. 16 WW), but does not take the right away.", "Is the judgement disputed? Ask UWV for an expert opinion (deskundigenoordeel); your employee can also ask for a second opinion."]),
            legal_basis: t(lang,
                "Situatieve arbeidsongeschiktheid is geen ziekte in de zin van art. 7:629 BW. Het loon loopt door op grond van art. 7:628 BW, zolang de werknemer niet redelijkerwijs kan werken door de situatie en meewerkt aan een oplossing (Hof 's-Hertogenbosch 2014; Hof 's-Hertogenbosch 22-04-2025, ECLI:NL:GHSHE:2025:1152). De STECR Werkwijzer Arbeidsconflicten (v7, 2022) laat de bedrijfsarts eerst beoordelen of er ziekte is. Outplacement past bij deze situatie; spoor 2 alleen bij echte ziekte.",
                "Situational unfitness is not sickness within art. 7:629 BW. The wage continues under art. 7:628 BW, as long as the employee cannot reasonably work because of the situation and cooperates in a solution (Court of Appeal 's-Hertogenbosch 2014; 22-04-2025, ECLI:NL:GHSHE:2025:1152). The STECR Werkwijzer Arbeidsconflicten (v7, 2022) has the company doctor first judge whether there is sickness. Outplacement fits this situation; spoor 2 only real sickness."),
            uncertain: Some(t(lang,
                "Het loon: situatieve arbeidsongeschiktheid staat niet in de wet. Wij volgen de rechtspraak die het loon laat doorlopen op grond van art. 7:628 BW (het volle loon, zolang de werknemer meewerkt aan een oplossing) en niet op grond van art. 7:629 BW (loon bij ziekte: 70%, tot 104 weken). Rechters beslissen dit per geval; het Hof 's-Hertogenbosch ging op 22 april 2025 in op de verhouding tussen de twee artikelen (ECLI:NL:GHSHE:2025:1152). Ziet een rechter toch ziekte, dan geldt 70%. Ook is niet zeker of het opzegverbod bij ziekte een werknemer beschermt die volgens de bedrijfsarts niet ziek is; zolang de ziekmelding staat, gaat de werkgever daar het best van uit. Er is geen tekst van UWV gevonden die de term gebruikt. Dat een situatief arbeidsongeschikte werknemer na het einde van het contract beschikbaar is voor de WW, volgt uit de rechtspraak over 'zijn arbeid' (CRvB 2017:1225), maar is niet door UWV bevestigd. Vraag advies voordat je tekent.",
                "The wage: situational unfitness is not in the statute. We follow the case law that lets the wage continue under art. 7:628 BW (the full wage, as long as the employee cooperates in a solution) and not under art. 7:629 BW (wage during sickness: 70%, up to 104 weeks). Courts decide this case by case; the Court of Appeal 's-Hertogenbosch addressed the relation between the two articles on 22 April 2025 (ECLI:NL:GHSHE:2025:1152). If a court sees sickness after all, 70% applies. It is also not certain whether the ban on dismissal during sickness protects an employee who, according to the company doctor, is not sick; as long as the sick report stands, the employer had best assume it does. No UWV text using the term was found. That a situationally unfit employee is available for WW after the contract ends follows from case law on 'his work' (CRvB 2017:1225), but UWV has not confirmed it. Get advice before signing.")),
        },
        AdviceRoute::TeVroeg => RouteText {
            title: t(lang, "Nog te vroeg om een spoor te kiezen", "Too early to choose a track"),
            next: tvl(lang, voice,
                &["Meld je volgens de afspraken van je werkgever ziek en houd contact.", "De bedrijfsarts maakt uiterlijk in week 6 een probleemanalyse.", "Daarna maak je samen met je werkgever een plan van aanpak (uiterlijk week 8)."],
                &["Meld je werknemer binnen een week bij de arbodienst of bedrijfsarts.", "Zorg dat de bedrijfsarts uiterlijk in week 6 een probleemanalyse maakt.", "Maak daarna samen met je werknemer een plan van aanpak (uiterlijk week 8)."],
                &["Report sick following your employer's rules and keep in touch.", "The company doctor makes a problem analysis by week 6 at the latest.", "After that, you and your employer make an action plan (by week 8)."],
                &["Report your employee to the occupational health service or company doctor within a week.", "Make sure the company doctor makes a problem analysis by week 6.", "After that, make an action plan together with your employee (by week 8)."]),
            who_pays: tv(lang, voice,
                "Je werkgever betaalt je loon door tijdens ziekte (wettelijk 70%, maar niet meer dan 70% van het maximumdagloon).",
                "Jij betaalt het loon door tijdens ziekte (wettelijk 70%, maar niet meer dan 70% van het maximumdagloon).",
                "Your employer keeps paying your wage during sickness (by law 70%, but no more than 70% of the maximum daily wage).",
                "You keep paying the wage during sickness (by law 70%, but no more than 70% of the maximum daily wage)."),
            employee_must: NONE,
            conditions: NONE,
            risks: NONE,
            legal_basis: t(lang,
                "De Wet verbetering poortwachter begint met de probleemanalyse in week 6 en het plan van aanpak in week 8. Pas daarna is te zeggen of spoor 1 lukt.",
                "The Gatekeeper Improvement Act starts with the problem analysis in week 6 and the action plan in week 8. Only then can anyone tell whether spoor 1 will work."),
            uncertain: None,
        },
        AdviceRoute::Aov => RouteText {
            title: t(lang, "Arbeidsongeschiktheidsverzekering (AOV): de keuzes", "Disability insurance (AOV): the choices"),
            next: tl(lang,
                &["Het criterium. Bij beroepsarbeidsongeschiktheid keert de AOV uit als je je eigen beroep niet meer kunt doen. Bij passende arbeid pas als je ook ander werk dat past bij je opleiding en ervaring niet kunt doen; bij gangbare arbeid pas als je vrijwel geen enkel werk meer kunt. Hoe strenger het criterium, hoe lager de premie en hoe minder vaak de AOV uitkeert.",
                  "De eigenrisicotermijn (wachttijd). Dat is de tijd na je eerste ziektedag waarin je nog niets krijgt. Die kies je bij het afsluiten. Een langere termijn maakt de premie lager, maar je moet die tijd zelf overbruggen, bijvoorbeeld met een buffer of een broodfonds.",
                  "De eindleeftijd. Tot die leeftijd keert de AOV uit, hoogstens tot je AOW-leeftijd. Een lagere eindleeftijd maakt de premie lager, maar laat een gat tot de AOW.",
                  "De premie. Die hangt af van je beroep, je leeftijd, het verzekerde bedrag en de keuzes hierboven. Kijk ook of de premie meestijgt met je leeftijd, of het verzekerde bedrag mee kan groeien met de prijzen, en welke klachten de polis uitsluit."],
                &["The criterion. With occupational disability (beroepsarbeidsongeschiktheid) the AOV pays when you can no longer do your own occupation. With suitable work (passende arbeid) only when you also cannot do other work that fits your training and experience; with common work (gangbare arbeid) only when you can do hardly any work at all. The stricter the criterion, the lower the premium and the less often the AOV pays.",
                  "The waiting period (eigenrisicotermijn). That is the time after your first day of illness in which you get nothing yet. You choose it when you take out the policy. A longer period lowers the premium, but you have to bridge that time yourself, for example with savings or a broodfonds.",
                  "The end age. The AOV pays until that age, at most until your state pension (AOW) age. A lower end age lowers the premium, but leaves a gap until the AOW.",
                  "The premium. It depends on your occupation, your age, the insured amount and the choices above. Also check whether the premium rises with your age, whether the insured amount can grow with prices, and which conditions the policy excludes."]),
            who_pays: t(lang,
                "Jij betaalt de premie aan de verzekeraar. Word je arbeidsongeschikt, dan keert de verzekeraar uit volgens de polis: bij gedeeltelijke arbeidsongeschiktheid meestal een deel van het verzekerde bedrag.",
                "You pay the premium to the insurer. If you become unable to work, the insurer pays under the policy: with partial incapacity usually part of the insured amount."),
            employee_must: tl(lang,
                &["Meld je arbeidsongeschiktheid op tijd bij je verzekeraar; de polis zegt binnen welke termijn.", "Werk mee aan je herstel en aan wat de verzekeraar daarvoor vraagt."],
                &["Report your incapacity to your insurer in time; the policy says within what period.", "Cooperate with your recovery and with what the insurer asks for it."]),
            conditions: tl(lang,
                &["Bij het afsluiten vraagt de verzekeraar meestal naar je gezondheid. Hij kan je dan weigeren, een hogere premie vragen of klachten uitsluiten."],
                &["When you take out the policy, the insurer usually asks about your health. It can then refuse you, ask a higher premium or exclude conditions."]),
            risks: tl(lang,
                &["Zonder AOV, broodfonds of andere voorziening krijg je bij ziekte geen inkomen uit een verzekering."],
                &["Without an AOV, a broodfonds or other provision, you get no income from insurance when you are ill."]),
            legal_basis: t(lang,
                "Voor zelfstandigen is er geen verplichte verzekering bij ziekte of arbeidsongeschiktheid. Een AOV is een particuliere verzekering: wat je krijgt, staat in de polis, niet in de wet. Over een verplichte basisverzekering voor zelfstandigen (de BAZ) is een wetsvoorstel gemaakt; hoe ver dat is, staat in de melding hieronder.",
                "There is no compulsory insurance against illness or incapacity for the self-employed. An AOV is private insurance: what you get is in the policy, not in the law. A bill was drawn up for a compulsory basic insurance for the self-employed (the BAZ); how far it has come is in the notice below."),
            uncertain: Some(t(lang,
                "De voorwaarden verschillen per verzekeraar. Dit zijn de keuzes die bij een AOV terugkomen, geen beschrijving van een bepaalde polis; de wet regelt ze niet. Lees de polisvoorwaarden en vergelijk met hulp van een onafhankelijk adviseur.",
                "The terms differ per insurer. These are the choices an AOV comes with, not a description of a particular policy; the law does not govern them. Read the policy terms and compare with the help of an independent adviser.")),
        },
        AdviceRoute::Broodfonds => RouteText {
            title: t(lang, "Broodfonds: zelfstandigen steunen elkaar", "Broodfonds: self-employed people support each other"),
            next: tl(lang,
                &["In een broodfonds leggen zelfstandigen elke maand geld opzij. Word je ziek, dan krijg je schenkingen van de andere deelnemers.", "De steun is tijdelijk: hoogstens ongeveer twee jaar. Voor langdurige arbeidsongeschiktheid vervangt het geen AOV; samen met een AOV met een lange eigenrisicotermijn kan het die termijn overbruggen.", "Je krijgt pas schenkingen na een wachttijd, meestal minstens een maand.", "Het werkt op vertrouwen tussen de deelnemers, zonder keuring door een verzekeraar."],
                &["In a broodfonds self-employed people put money aside every month. If you fall ill, you get gifts from the other members.", "The support is temporary: about two years at most. For long-term incapacity it does not replace an AOV; together with an AOV with a long waiting period it can bridge that period.", "You only get gifts after a waiting time, usually at least a month.", "It works on trust between the members, without an insurer's medical check."]),
            who_pays: t(lang,
                "De deelnemers samen: jij legt elke maand in, en wie ziek is krijgt schenkingen van de anderen.",
                "The members together: you put in every month, and whoever is ill gets gifts from the others."),
            employee_must: tl(lang,
                &["Houd je aan de afspraken van het fonds: ziekmelden, contact houden en weer beginnen zodra het kan."],
                &["Keep to the fund's rules: report illness, keep in touch and start again as soon as you can."]),
            conditions: NONE,
            risks: tl(lang,
                &["Na ongeveer twee jaar stopt de steun. Daarna heb je een AOV, een buffer of een ander inkomen nodig."],
                &["After about two years the support stops. After that you need an AOV, savings or other income."]),
            legal_basis: t(lang,
                "Een broodfonds is geen verzekering en staat niet in de wet. Het is een afspraak tussen ondernemers, met schenkingen.",
                "A broodfonds is not insurance and is not in the law. It is an arrangement between entrepreneurs, with gifts."),
            uncertain: Some(t(lang,
                "Elk fonds heeft zijn eigen regels. De twee jaar en de wachttijd van minstens een maand komen uit het overzicht van de KVK; kijk in de afspraken van je eigen fonds.",
                "Each fund has its own rules. The two years and the waiting time of at least a month come from the KVK's overview; check your own fund's rules.")),
        },
        AdviceRoute::UwvVrijwillig => RouteText {
            title: t(lang, "Vrijwillige verzekering bij UWV", "Voluntary insurance with UWV"),
            next: tl(lang,
                &["Je kunt je bij UWV vrijwillig verzekeren voor de Ziektewet (ziekte) en voor de WIA (langdurige arbeidsongeschiktheid).", "Vraag het aan binnen 13 weken nadat je verplichte verzekering via een baan of uitkering is gestopt. Daarna kan het niet meer.", "Begin je volledig als zelfstandige, dan moet je in het jaar daarvoor verplicht verzekerd zijn geweest, met hoogstens 60 dagen onderbreking."],
                &["You can insure yourself voluntarily with UWV for the Ziektewet (illness) and for the WIA (long-term incapacity).", "Apply within 13 weeks after your compulsory insurance through a job or benefit stopped. After that it is no longer possible.", "If you start fully as self-employed, you must have been compulsorily insured in the year before, with a break of at most 60 days."]),
            who_pays: t(lang, "Jij betaalt de premie aan UWV.", "You pay the premium to UWV."),
            employee_must: NONE,
            conditions: NONE,
            risks: tl(lang,
                &["Wie de 13 weken laat verlopen, kan zich daarna niet meer vrijwillig bij UWV verzekeren."],
                &["If you let the 13 weeks pass, you can no longer insure yourself voluntarily with UWV."]),
            legal_basis: t(lang,
                "UWV voert de vrijwillige verzekering voor de Ziektewet en de WIA uit. De voorwaarden (13 weken, een jaar verplicht verzekerd) staan op de site van UWV.",
                "UWV runs the voluntary insurance for the Ziektewet and the WIA. The conditions (13 weeks, a year of compulsory insurance) are on UWV's website."),
            uncertain: None,
        },
        AdviceRoute::SlapendDienstverband => RouteText {
            title: tv(lang, voice,
                "Slapend dienstverband: je mag voorstellen om je contract te beëindigen",
                "Slapend dienstverband: wat je moet doen als je werknemer voorstelt te stoppen",
                "Dormant contract: you may propose to end your contract",
                "Dormant contract: what to do when your employee proposes to end it"),
            next: tvl(lang, voice,
                &["Je bent nog in dienst, maar na de 104 weken hoeft je werkgever geen loon meer te betalen. Alleen als UWV een loonsanctie oplegde, loopt het loon langer door.",
                  "Je mag je werkgever schriftelijk voorstellen om je contract te beëindigen. Je vraagt dan een vergoeding zo hoog als de transitievergoeding aan het einde van de 104 weken. Spoorwijzer heeft daarvoor een voorbeeldbrief (bij Bewaren en delen).",
                  "Een goed werkgever moet een serieus voorstel in beginsel aannemen (Hoge Raad, Xella, 8 november 2019). Weigeren mag alleen met een gerechtvaardigd belang om het contract te houden, bijvoorbeeld een echte kans dat je weer bij hem aan het werk gaat.",
                  "Je hoeft niets te doen: je mag ook in dienst blijven. Vraag advies als je twijfelt, bijvoorbeeld over je pensioen."],
                &["Je werknemer is nog in dienst, maar na de 104 weken hoef je geen loon meer te betalen. Alleen als UWV een loonsanctie oplegde, loopt het loon langer door.",
                  "Stelt je werknemer voor om het contract te beëindigen, neem dat voorstel dan in beginsel aan en betaal een vergoeding zo hoog als de transitievergoeding aan het einde van de 104 weken (Hoge Raad, Xella, 8 november 2019).",
                  "Weigeren mag alleen met een gerechtvaardigd belang om het contract te houden, bijvoorbeeld een echte kans op re-integratie in je organisatie. Leg dat belang schriftelijk vast.",
                  "Je kunt het contract ook zelf beëindigen: opzeggen met toestemming van UWV na twee jaar ziekte (art. 7:669 lid 3 sub b BW). Dan is de transitievergoeding verschuldigd over de hele duur van het contract."],
                &["You are still employed, but after the 104 weeks your employer no longer has to pay wages. Only if UWV imposed a wage sanction does the wage continue longer.",
                  "You may propose to your employer in writing to end your contract. You then ask for a payment as high as the transition payment at the end of the 104 weeks. Spoorwijzer has a model letter for this (under Save and share).",
                  "A good employer must in principle accept a serious proposal (Supreme Court, Xella, 8 November 2019). It may refuse only with a legitimate interest in keeping the contract, for example a real chance that you will work for it again.",
                  "You do not have to do anything: you may also stay employed. Get advice if you are unsure, for example about your pension."],
                &["Your employee is still employed, but after the 104 weeks you no longer have to pay wages. Only if UWV imposed a wage sanction does the wage continue longer.",
                  "If your employee proposes to end the contract, in principle accept the proposal and pay an amount as high as the transition payment at the end of the 104 weeks (Supreme Court, Xella, 8 November 2019).",
                  "You may refuse only with a legitimate interest in keeping the contract, for example a real chance of re-integration in your organisation. Put that interest in writing.",
                  "You can also end the contract yourself: notice with UWV's permission after two years of sickness (art. 7:669(3)(b) BW). The transition payment is then due over the whole length of the contract."]),
            who_pays: tv(lang, voice,
                concat!("Er is geen loon meer. Beëindigen jullie het contract, dan betaalt je werkgever de vergoeding. Hij kan die bij UWV terugvragen (de compensatie transitievergoeding), ", compensation_term_nl!(), ". Een wetsvoorstel wil de compensatie voor middelgrote en grote werkgevers afschaffen, en het kabinet wil haar vanaf 2028 voor alle werkgevers afschaffen; zie hieronder."),
                concat!("Je betaalt geen loon meer. Beëindigen jullie het contract, dan betaal jij de vergoeding. Je kunt die bij UWV terugvragen (de compensatie transitievergoeding), ", compensation_term_nl!(), ". Een wetsvoorstel wil de compensatie voor middelgrote en grote werkgevers afschaffen, en het kabinet wil haar vanaf 2028 voor alle werkgevers afschaffen; zie hieronder."),
                concat!("There is no wage any more. If the contract is ended, your employer pays the amount. It can claim it back from UWV (the compensation for the transition payment), ", compensation_term_en!(), ". A bill would end the compensation for medium-sized and large employers, and the cabinet wants to end it for all employers from 2028; see below."),
                concat!("You no longer pay wages. If the contract is ended, you pay the amount. You can claim it back from UWV (the compensation for the transition payment), ", compensation_term_en!(), ". A bill would end the compensation for medium-sized and large employers, and the cabinet wants to end it for all employers from 2028; see below.")),
            employee_must: tvl(lang, voice,
                &["Doe je voorstel schriftelijk, met een einddatum en het bedrag.", "Sluiten jullie een beëindigingsovereenkomst, dan heb je 14 dagen bedenktijd vanaf de dag dat jullie het eens werden (dat kan al een akkoord per e-mail zijn), of 3 weken als de overeenkomst die bedenktijd niet noemt (art. 7:670b BW)."],
                &["Je werknemer doet zijn voorstel schriftelijk, met een einddatum en het bedrag.", "Sluiten jullie een beëindigingsovereenkomst, dan heeft hij 14 dagen bedenktijd vanaf de dag dat jullie het eens werden (dat kan al een akkoord per e-mail zijn), of 3 weken als de overeenkomst die bedenktijd niet noemt (art. 7:670b BW)."],
                &["Make your proposal in writing, with an end date and the amount.", "If you conclude a termination agreement, you have 14 days to change your mind from the day you reached agreement (an agreement by e-mail can count), or 3 weeks if the agreement does not mention this right (art. 7:670b BW)."],
                &["Your employee makes the proposal in writing, with an end date and the amount.", "If you conclude a termination agreement, they have 14 days to change their mind from the day you reached agreement (an agreement by e-mail can count), or 3 weeks if the agreement does not mention this right (art. 7:670b BW)."]),
            conditions: tvl(lang, voice,
                &["De 104 weken ziekte zijn voorbij, een eventuele loonsanctie is afgelopen, en er is geen zicht op herstel of op ander passend werk bij je werkgever binnen 26 weken."],
                &["De 104 weken ziekte zijn voorbij, een eventuele loonsanctie is afgelopen, en er is geen zicht op herstel of op ander passend werk in je organisatie binnen 26 weken."],
                &["The 104 weeks of sickness are over, any wage sanction has ended, and there is no prospect of recovery or of other suitable work with your employer within 26 weeks."],
                &["The 104 weeks of sickness are over, any wage sanction has ended, and there is no prospect of recovery or of other suitable work in your organisation within 26 weeks."]),
            risks: tvl(lang, voice,
                &["Weigert je werkgever zonder gerechtvaardigd belang, dan kun je bij de rechter schadevergoeding vragen, meestal even hoog als het bedrag. Dat is geen vordering van een transitievergoeding, dus de termijn van 3 maanden geldt daar niet voor."],
                &["Weiger je zonder gerechtvaardigd belang, dan kan de rechter je veroordelen tot schadevergoeding, meestal even hoog als de transitievergoeding aan het einde van de 104 weken."],
                &["If your employer refuses without a legitimate interest, you can ask the court for damages, usually as high as the amount. That is not a claim for a transition payment, so the 3-month term does not apply to it."],
                &["If you refuse without a legitimate interest, the court can order you to pay damages, usually as high as the transition payment at the end of the 104 weeks."]),
            legal_basis: t(lang,
                "Na 104 weken ziekte stopt de loondoorbetaling (art. 7:629 lid 1 BW), maar het contract eindigt niet vanzelf. De Hoge Raad besliste op 8 november 2019 (Xella, ECLI:NL:HR:2019:1734) dat goed werkgeverschap (art. 7:611 BW) de werkgever verplicht een serieus voorstel van de werknemer aan te nemen, met een vergoeding gelijk aan de transitievergoeding aan het einde van de wachttijd, tenzij hij een gerechtvaardigd belang heeft bij het voortbestaan van het contract. Een slapend dienstverband is niet verboden. De compensatie door UWV staat in art. 7:673e BW.",
                "After 104 weeks of sickness the wage payment stops (art. 7:629(1) BW), but the contract does not end by itself. On 8 November 2019 the Supreme Court (Xella, ECLI:NL:HR:2019:1734) held that good employership (art. 7:611 BW) obliges the employer to accept a serious proposal by the employee, with a payment equal to the transition payment at the end of the waiting period, unless it has a legitimate interest in keeping the contract. A dormant contract is not forbidden. UWV's compensation is in art. 7:673e BW."),
            uncertain: Some(t(lang,
                "De Hoge Raad legde deze plicht mede op omdat de werkgever het bedrag bij UWV kan terugvragen. Of de plicht ook geldt voor een werkgever die geen compensatie krijgt (bijvoorbeeld een middelgrote of grote werkgever als wetsvoorstel 36869 wet wordt), heeft de rechter nog niet beslist. Spoorwijzer gaat ervan uit dat een voorstel dan nog steeds zin heeft, maar zeker is dat niet.",
                "The Supreme Court based this duty partly on the fact that the employer can claim the amount back from UWV. Whether the duty also applies to an employer that gets no compensation (for example a medium-sized or large employer if bill 36869 becomes law) has not yet been decided by the courts. Spoorwijzer assumes a proposal still makes sense then, but that is not certain.")),
        },
        AdviceRoute::ZiektewetVangnet => RouteText {
            title: tv(lang, voice,
                "Na het einde van je contract: de Ziektewet",
                "Na het einde van het contract: de Ziektewet",
                "After your contract ends: Sickness Benefit (Ziektewet)",
                "After the contract ends: Sickness Benefit (Ziektewet)"),
            next: tvl(lang, voice,
                &["Je werkgever betaalt je loon door tot en met de laatste dag van je contract. Een tijdelijk contract mag aflopen, ook als je ziek bent.",
                  "Je werkgever meldt je op de laatste werkdag van je contract ziek bij UWV. Vraag of dat gebeurd is; zo niet, meld je dan zelf meteen ziek bij UWV.",
                  "Daarna krijg je een Ziektewet-uitkering: meestal van UWV, dat dan ook je re-integratie begeleidt, of van je werkgever als die eigenrisicodrager is (hij betaalt de uitkering dan zelf). Dat duurt tot je 104 weken ziek bent. Na 52 weken beoordeelt UWV of je de uitkering houdt.",
                  "Ben je na 88 weken nog ziek, dan krijg je een brief van UWV. Vraag de WIA-uitkering uiterlijk in week 93 aan. Doe je het later, dan kun je een tijd zonder inkomen zitten."],
                &["Betaal het loon door tot en met de laatste dag van het contract. Een tijdelijk contract mag aflopen, ook tijdens ziekte.",
                  "Meld je werknemer op de laatste werkdag van het contract ziek bij UWV (art. 38 lid 2 Ziektewet), het liefst online in het werkgeversportaal.",
                  "Maak het re-integratieverslag dat past bij hoe lang je werknemer ziek is, en geef hem een kopie.",
                  "Na de laatste dag zijn de stappen van de Wet verbetering poortwachter niet meer van jou, maar van UWV. Ben je eigenrisicodrager voor de Ziektewet, dan blijven ze bij jou."],
                &["Your employer keeps paying your wage up to and including the last day of your contract. A temporary contract may run out, even while you are sick.",
                  "Your employer reports you sick to UWV on the last working day of your contract. Ask whether that happened; if not, report sick to UWV yourself straight away.",
                  "After that you get Sickness Benefit: usually from UWV, which then also guides your re-integration, or from your employer if it carries its own Ziektewet risk (it then pays the benefit itself). That lasts until you have been sick for 104 weeks. After 52 weeks UWV assesses whether you keep the benefit.",
                  "If you are still sick after 88 weeks, UWV sends you a letter. Apply for the WIA benefit by week 93 at the latest. If you apply later, you may be without income for a while."],
                &["Keep paying the wage up to and including the last day of the contract. A temporary contract may run out, even during sickness.",
                  "Report your employee sick to UWV on the last working day of the contract (art. 38(2) Ziektewet), preferably online in the employer portal.",
                  "Draw up the re-integration report that fits how long your employee has been sick, and give them a copy.",
                  "After the last day the steps of the Gatekeeper Improvement Act are no longer yours but UWV's. If you carry your own Ziektewet risk (eigenrisicodrager), they stay with you."]),
            who_pays: t(lang,
                "Tot en met de laatste dag betaalt de werkgever het loon bij ziekte. Daarna betaalt UWV de Ziektewet-uitkering: 70% van het dagloon, met het maximumdagloon als grens. Is de werkgever eigenrisicodrager voor de Ziektewet, dan betaalt hij die uitkering zelf. Verlengt de werkgever niet, dan is er een transitievergoeding (art. 7:673 lid 1 onder a, 3° BW), tenzij de werknemer een verlenging afsloeg die minstens even goed was. De werkgever kan die transitievergoeding soms bij UWV terugvragen (compensatie, art. 7:673e BW): hoogstens het loon dat hij tijdens de ziekte betaalde, aan te vragen binnen 6 maanden na de betaling.",
                "Up to and including the last day the employer pays the wage during sickness. After that UWV pays Sickness Benefit: 70% of the daily wage, up to the maximum daily wage. If the employer carries its own Ziektewet risk (eigenrisicodrager), it pays that benefit itself. If the employer does not renew, a transition payment is due (art. 7:673(1)(a)(3°) BW), unless the employee declined a renewal that was at least as good. The employer can sometimes claim that transition payment back from UWV (compensation, art. 7:673e BW): at most the wage it paid during the sickness, to be applied for within 6 months after the payment."),
            employee_must: tvl(lang, voice,
                &["Houd je na het einde aan de regels van UWV: kom op afspraken met de verzekeringsarts en werk mee aan je re-integratie.", "Geef veranderingen door aan UWV, zoals herstel of werk."],
                &["Je werknemer houdt zich na het einde aan de regels van UWV en werkt mee aan zijn re-integratie.", "Hij geeft veranderingen door aan UWV, zoals herstel of werk."],
                &["After the end, follow UWV's rules: attend appointments with the insurance doctor and cooperate with your re-integration.", "Tell UWV about changes, such as recovery or work."],
                &["After the end your employee follows UWV's rules and cooperates with their re-integration.", "They tell UWV about changes, such as recovery or work."]),
            conditions: tvl(lang, voice,
                &["Je bent op de laatste dag van je contract nog ziek.", "Het contract loopt vanzelf af. Dat telt niet als benadeling van UWV (UWV onnodig laten betalen); een vaststellingsovereenkomst tijdens ziekte wel."],
                &["Je werknemer is op de laatste dag van het contract nog ziek.", "Het contract loopt vanzelf af. Dat telt niet als benadeling van UWV (UWV onnodig laten betalen); een vaststellingsovereenkomst tijdens ziekte wel."],
                &["You are still sick on the last day of your contract.", "The contract runs out by itself. That does not count as harming UWV; a settlement agreement while sick does."],
                &["Your employee is still sick on the last day of the contract.", "The contract runs out by itself. That does not count as harming UWV; a settlement agreement while sick does."]),
            risks: tvl(lang, voice,
                &["Teken geen vaststellingsovereenkomst terwijl je contract ook vanzelf afloopt: dan weigert UWV je Ziektewet-uitkering, helemaal of voor een deel (art. 45 lid 1 sub j Ziektewet)."],
                &["Te laat of niet melden kan een boete van UWV opleveren (art. 38 Ziektewet). Een vaststellingsovereenkomst in plaats van het gewone aflopen kan je werknemer zijn uitkering kosten."],
                &["Do not sign a settlement agreement while your contract runs out by itself anyway: UWV then refuses your Sickness Benefit, wholly or partly (art. 45(1)(j) Ziektewet)."],
                &["Reporting late or not at all can lead to a fine from UWV (art. 38 Ziektewet). A settlement agreement instead of the contract simply running out can cost your employee their benefit."]),
            legal_basis: t(lang,
                "Wie ziek is en geen werkgever meer heeft die loon moet betalen, krijgt een Ziektewet-uitkering (art. 29 lid 2 Ziektewet), 70% van het dagloon. De werkgever meldt de ziekte aan UWV op de laatste werkdag van het dienstverband en maakt een re-integratieverslag als de werknemer dan 6 weken of langer ziek is (art. 38 lid 2 Ziektewet). Na 52 weken volgt de eerstejaars Ziektewet-beoordeling (art. 19aa Ziektewet). Voor een tijdelijk contract van 6 maanden of langer geldt de aanzegplicht (art. 7:668 BW).",
                "Someone who is sick and no longer has an employer that must pay wages gets Sickness Benefit (art. 29(2) Ziektewet), 70% of the daily wage. The employer reports the sickness to UWV on the last working day of the employment and draws up a re-integration report if the employee has then been sick for 6 weeks or longer (art. 38(2) Ziektewet). After 52 weeks the first-year Ziektewet assessment follows (art. 19aa Ziektewet). For a temporary contract of 6 months or longer the duty to give notice of (non-)renewal applies (art. 7:668 BW)."),
            uncertain: Some(t(lang,
                "De wet zegt dat er een re-integratieverslag nodig is als de werknemer op de laatste dag 6 weken of langer ziek is. Dat UWV bij 6 tot 10 weken ziekte een kort verslag vraagt en vanaf 10 weken het volledige, is de werkwijze van UWV zoals die wordt beschreven; wij konden dat niet op een pagina van UWV zelf nalezen.",
                "The law says a re-integration report is needed if the employee has been sick for 6 weeks or longer on the last day. That UWV asks for a short report at 6 to 10 weeks of sickness and the full one from 10 weeks is UWV's practice as described by others; we could not check it on a page of UWV itself.")),
        },
        AdviceRoute::Informatie => RouteText {
            title: t(lang, "Lees de uitleg", "Read the explanations"),
            next: tl(lang,
                &["In de uitleg lees je wat spoor 1, spoor 2 en outplacement zijn, en hoe de Wet verbetering poortwachter werkt.", "Vergelijk spoor 2 en outplacement naast elkaar.", "Bereken een transitievergoeding of maak een poortwachter-kalender."],
                &["The explanations describe spoor 1, spoor 2 and outplacement, and how the Gatekeeper Improvement Act works.", "Compare spoor 2 and outplacement side by side.", "Calculate a transition payment or make a Gatekeeper calendar."]),
            who_pays: t(lang, "Niet van toepassing.", "Not applicable."),
            employee_must: NONE,
            conditions: NONE,
            risks: NONE,
            legal_basis: t(lang, "Zie de bronnen bij elke uitlegpagina.", "See the sources on each explanation page."),
            uncertain: None,
        },
    }
}

/// A personal reason on a card.
pub fn why_text(w: &Why, voice: Voice, lang: Lang) -> String {
    let s = match *w {
        Why::EigenWerkJa => tv(lang, voice,
            "De bedrijfsarts of arbeidsdeskundige verwacht dat je terug kunt in je eigen werk.",
            "De bedrijfsarts of arbeidsdeskundige verwacht dat je werknemer terug kan in zijn eigen werk.",
            "The company doctor or labour expert expects you can return to your own work.",
            "The company doctor or labour expert expects your employee can return to their own work."),
        Why::AangepastWerkJa => tv(lang, voice,
            "Je eigen werk kan worden aangepast zodat je het weer kunt doen.",
            "Het eigen werk van je werknemer kan zo worden aangepast dat hij het weer kan doen.",
            "Your own work can be adapted so that you can do it again.",
            "Your employee's own work can be adapted so that they can do it again."),
        Why::AnderWerkJa => tv(lang, voice,
            "Er is ander passend werk bij je werkgever.",
            "Er is ander passend werk in je eigen organisatie.",
            "There is other suitable work at your employer.",
            "There is other suitable work in your own organisation."),
        Why::EigenWerkNee => tv(lang, voice,
            "Je kunt volgens de bedrijfsarts of arbeidsdeskundige niet terug in je eigen werk.",
            "Je werknemer kan volgens de bedrijfsarts of arbeidsdeskundige niet terug in zijn eigen werk.",
            "According to the company doctor or labour expert you cannot return to your own work.",
            "According to the company doctor or labour expert your employee cannot return to their own work."),
        Why::AangepastWerkNee => tv(lang, voice,
            "Ook aangepast werk lukt niet.",
            "Ook aangepast werk lukt niet.",
            "Adapted work is not possible either.",
            "Adapted work is not possible either."),
        Why::AnderWerkNee => tv(lang, voice,
            "Er is bij je werkgever geen ander passend werk.",
            "Er is in je organisatie geen ander passend werk.",
            "There is no other suitable work at your employer.",
            "There is no other suitable work in your organisation."),
        Why::GeenTerugkeer26 => t(lang,
            "De bedrijfsarts verwacht geen terugkeer binnen 26 weken.",
            "The company doctor does not expect a return within 26 weeks."),
        Why::TerugkeerVerwacht => t(lang,
            "De bedrijfsarts verwacht een terugkeer binnen 26 weken.",
            "The company doctor expects a return within 26 weeks."),
        Why::NogOnduidelijk => t(lang,
            "Het is nog niet duidelijk of terugkeer bij de eigen werkgever lukt.",
            "It is not yet clear whether a return to the own employer will work."),
        Why::InWeek(n) => {
            return t(
                lang,
                format!("Het is nu ziekteweek {n}."),
                format!("It is now week {n} of sickness."),
            )
        }
        Why::EerstejaarsevaluatieGedaan => t(lang,
            "De eerstejaarsevaluatie is gedaan: daarna moet spoor 2 lopen als spoor 1 niet zeker is.",
            "The first-year evaluation has taken place: after it, spoor 2 must run if spoor 1 is not certain."),
        Why::Spoor2AlGestart => t(lang, "Spoor 2 is al begonnen.", "Spoor 2 has already started."),
        Why::Spoor2NietGestart => t(lang, "Spoor 2 is nog niet begonnen.", "Spoor 2 has not started yet."),
        Why::BedrijfsartsSituatief => tv(lang, voice,
            "De bedrijfsarts zegt dat je niet ziek bent, maar door de situatie op je werk nu niet kunt werken.",
            "De bedrijfsarts zegt dat je werknemer niet ziek is, maar door de situatie op het werk nu niet kan werken.",
            "The company doctor says you are not sick, but cannot work now because of the situation at work.",
            "The company doctor says your employee is not sick, but cannot work now because of the situation at work."),
        Why::NietZiek => tv(lang, voice,
            "Je bent niet ziek.",
            "Je werknemer is niet ziek.",
            "You are not sick.",
            "Your employee is not sick."),
        Why::BaanEindigt(reason) => {
            let r = reason_phrase(reason, voice, lang);
            return t(
                lang,
                format!("Het contract eindigt of kan eindigen (reden: {r})."),
                format!("The contract ends or may end (reason: {r})."),
            );
        }
        Why::BaanEindigtNiet => t(lang, "Het contract loopt door.", "The contract continues."),
        Why::ZiekteNietTeTellen => t(lang,
            "De ziekteperiodes konden niet worden geteld, bijvoorbeeld omdat een datum ontbreekt of periodes elkaar overlappen. Kijk de datums na bij 'Controleer je antwoorden'. Tot dan geldt de uitleg hieronder.",
            "The periods of sickness could not be counted, for example because a date is missing or periods overlap. Check the dates under 'Check your answers'. Until then, the explanations below apply."),
        Why::OutplacementAfgesproken(o) => {
            let l = option_label(QuestionId::Outplacement, o, voice, lang);
            return t(
                lang,
                format!("Over outplacement is gezegd: {}.", l.to_lowercase()),
                format!("About outplacement you said: {}.", l.to_lowercase()),
            );
        }
        Why::VoorProbleemanalyse => t(lang,
            "De probleemanalyse van de bedrijfsarts is er nog niet; die hoort uiterlijk in week 6.",
            "The company doctor's problem analysis is not there yet; it is due by week 6."),
        Why::ArbeidsdeskundigNiet => t(lang,
            "Er is nog geen arbeidsdeskundig onderzoek: dat kan duidelijkheid geven.",
            "There has been no labour expert assessment yet: one can bring clarity."),
        Why::Na104Weken => tv(lang, voice,
            "Je bent langer dan 104 weken ziek. De loondoorbetaling is dan in principe voorbij (behalve bij een loonsanctie). Nu spelen de WIA-uitkering en een mogelijk ontslag na twee jaar ziekte.",
            "Je werknemer is langer dan 104 weken ziek. De loondoorbetaling is dan in principe voorbij (behalve bij een loonsanctie). Nu spelen de WIA-uitkering en een mogelijk ontslag na twee jaar ziekte, met de transitievergoeding en de compensatie van UWV.",
            "You have been sick for more than 104 weeks. Wage payment has then ended in principle (unless there is a wage sanction). What matters now is the WIA benefit and a possible dismissal after two years of sickness.",
            "Your employee has been sick for more than 104 weeks. Wage payment has then ended in principle (unless there is a wage sanction). What matters now is the WIA benefit and a possible dismissal after two years of sickness, with the transition payment and UWV's compensation."),
        Why::ZiekDoorWerksituatie => tv(lang, voice,
            "De bedrijfsarts ziet je als ziek en verbindt je klachten met de situatie op je werk. Ziek is ziek: de gewone regels voor re-integratie gelden, en het conflict hoort in het plan van aanpak.",
            "De bedrijfsarts ziet je werknemer als ziek en verbindt de klachten met de situatie op het werk. Ziek is ziek: de gewone regels voor re-integratie gelden, en het conflict hoort in het plan van aanpak.",
            "The company doctor sees you as sick and relates your complaints to the situation at work. Sick is sick: the ordinary re-integration rules apply, and the conflict belongs in the action plan.",
            "The company doctor sees your employee as sick and relates the complaints to the situation at work. Sick is sick: the ordinary re-integration rules apply, and the conflict belongs in the action plan."),
        Why::Informatie => t(lang,
            "Je koos voor informatie, dus er zijn geen persoonlijke vragen gesteld.",
            "You chose information, so no personal questions were asked."),
        Why::WachttijdVoorbij(_)
        | Why::ContractEindigtOp { .. }
        | Why::ZiektewetVanaf { .. }
        | Why::ZiektewetBedrag { .. }
        | Why::ZiekmeldingUwv { .. }
        | Why::ReIntegratieverslagEinde(_) => return situation_why_text(w, voice, lang),
        Why::AovJa(Some(days)) => {
            return t(
                lang,
                format!("Je hebt een AOV met een eigenrisicotermijn van {days} dagen."),
                format!("You have an AOV with a waiting period of {days} days."),
            )
        }
        Why::AovJa(None) => t(lang, "Je hebt een AOV. Kijk in je polis hoe lang de eigenrisicotermijn is.", "You have an AOV. Check your policy for the length of the waiting period."),
        Why::AovNee => t(lang, "Je hebt geen AOV.", "You have no AOV."),
        Why::AovOnbekend => t(lang, "Je weet niet of je een AOV hebt: kijk in je verzekeringen.", "You do not know whether you have an AOV: check your insurance policies."),
        Why::AovBetaaltVanaf(from) => {
            let d = format::long_date(from, lang);
            return t(
                lang,
                format!("Na de eigenrisicotermijn kan je AOV uitkeren vanaf ongeveer {d}, als je verzekeraar je arbeidsongeschikt vindt. Tot dan krijg je niets uit de AOV."),
                format!("After the waiting period your AOV can pay from about {d}, if your insurer finds you unable to work. Until then you get nothing from the AOV."),
            );
        }
        Why::BroodfondsJa => t(lang, "Je doet mee aan een broodfonds.", "You are in a broodfonds."),
        Why::BroodfondsNee => t(lang, "Je doet niet mee aan een broodfonds.", "You are not in a broodfonds."),
        Why::UwvVrijwilligJa => t(lang, "Je bent vrijwillig verzekerd bij UWV.", "You are voluntarily insured with UWV."),
        Why::UwvTermijnLoopt(until) => {
            let d = format::long_date(until, lang);
            return t(
                lang,
                format!("Je verplichte verzekering stopte minder dan 13 weken geleden. Je kunt de vrijwillige verzekering nog aanvragen, uiterlijk ongeveer {d}."),
                format!("Your compulsory insurance stopped less than 13 weeks ago. You can still apply for the voluntary insurance, by about {d} at the latest."),
            );
        }
        Why::UwvTermijnVoorbij(until) => {
            let d = format::long_date(until, lang);
            return t(
                lang,
                format!("De 13 weken na het einde van je verplichte verzekering zijn voorbij (ongeveer {d}). De vrijwillige verzekering bij UWV kan dan niet meer; kijk naar een AOV of een broodfonds."),
                format!("The 13 weeks after your compulsory insurance ended are over (about {d}). UWV's voluntary insurance is then no longer possible; look at an AOV or a broodfonds."),
            );
        }
        Why::UwvNietRecentVerzekerd => t(lang,
            "Je werkte het afgelopen jaar niet in loondienst en had geen uitkering. Dan kun je je niet vrijwillig bij UWV verzekeren; kijk naar een AOV of een broodfonds.",
            "You did not work as an employee or receive a benefit in the past year. You then cannot insure yourself voluntarily with UWV; look at an AOV or a broodfonds."),
        Why::UwvOnbekend => t(lang,
            "Vraag UWV of je je nog vrijwillig kunt verzekeren: dat hangt af van wanneer je verplichte verzekering stopte.",
            "Ask UWV whether you can still insure yourself voluntarily: it depends on when your compulsory insurance stopped."),
    };
    s.to_string()
}

/// The reasons of the dormant-contract and Ziektewet cards, with their dates and amounts.
fn situation_why_text(w: &Why, voice: Voice, lang: Lang) -> String {
    let dt = |d| format::long_date(d, lang);
    match *w {
        Why::WachttijdVoorbij(end) => tv(lang, voice,
            format!("De 104 weken ziekte eindigden op {}. Sindsdien hoeft je werkgever je geen loon meer te betalen, behalve als UWV een loonsanctie oplegde.", dt(end)),
            format!("De 104 weken ziekte eindigden op {}. Sindsdien hoef je geen loon meer te betalen, behalve als UWV een loonsanctie oplegde.", dt(end)),
            format!("The 104 weeks of sickness ended on {}. Since then your employer no longer has to pay you wages, unless UWV imposed a wage sanction.", dt(end)),
            format!("The 104 weeks of sickness ended on {}. Since then you no longer have to pay wages, unless UWV imposed a wage sanction.", dt(end))),
        Why::ContractEindigtOp { last_day, week } => tv(lang, voice,
            format!("Je contract eindigt op {}. Dat is in ziekteweek {week}.", dt(last_day)),
            format!("Het contract eindigt op {}. Dat is in ziekteweek {week} van je werknemer.", dt(last_day)),
            format!("Your contract ends on {}. That is in week {week} of sickness.", dt(last_day)),
            format!("The contract ends on {}. That is in your employee's week {week} of sickness.", dt(last_day))),
        Why::ZiektewetVanaf { from, erd } => match erd {
            Some(true) => tv(lang, voice,
                format!("Vanaf {} betaalt je werkgever je een Ziektewet-uitkering: hij is eigenrisicodrager voor de Ziektewet. Hij blijft ook je re-integratie begeleiden.", dt(from)),
                format!("Vanaf {} betaal je zelf de Ziektewet-uitkering: je bent eigenrisicodrager voor de Ziektewet. Je blijft ook verantwoordelijk voor de re-integratie van je oud-werknemer.", dt(from)),
                format!("From {} your employer pays you Sickness Benefit: it carries its own Ziektewet risk. It also keeps guiding your re-integration.", dt(from)),
                format!("From {} you pay the Sickness Benefit yourself: you carry your own Ziektewet risk (eigenrisicodrager). You also stay responsible for your former employee's re-integration.", dt(from))),
            Some(false) => tv(lang, voice,
                format!("Vanaf {} krijg je een Ziektewet-uitkering van UWV, en begeleidt UWV je re-integratie.", dt(from)),
                format!("Vanaf {} betaalt UWV je oud-werknemer een Ziektewet-uitkering en begeleidt UWV de re-integratie. Jouw plichten stoppen na de laatste dag.", dt(from)),
                format!("From {} you get Sickness Benefit from UWV, and UWV guides your re-integration.", dt(from)),
                format!("From {} UWV pays your former employee Sickness Benefit and guides the re-integration. Your duties stop after the last day.", dt(from))),
            None => tv(lang, voice,
                format!("Vanaf {} krijg je een Ziektewet-uitkering. Meestal betaalt UWV die; is je werkgever eigenrisicodrager voor de Ziektewet, dan betaalt hij haar zelf. Vraag het na.", dt(from)),
                format!("Vanaf {} krijgt je oud-werknemer een Ziektewet-uitkering: van UWV, of van jou als je eigenrisicodrager voor de Ziektewet bent.", dt(from)),
                format!("From {} you get Sickness Benefit. Usually UWV pays it; if your employer carries its own Ziektewet risk (eigenrisicodrager), it pays it itself. Ask.", dt(from)),
                format!("From {} your former employee gets Sickness Benefit: from UWV, or from you if you carry your own Ziektewet risk (eigenrisicodrager).", dt(from))),
        },
        Why::ZiektewetBedrag { month, max_dagloon } => {
            let (m, cap) = (format::amount(month, lang), format::amount(max_dagloon, lang));
            tv(lang, voice,
                format!("De uitkering is 70% van je dagloon; het dagloon telt tot het maximumdagloon van {cap}. Met je maandloon en 8% vakantiegeld is dat ongeveer {m} bruto per maand. Dit is een schatting: UWV rekent met je loon in het jaar voor je eerste ziektedag. Bij ziekte door zwangerschap of bevalling is het 100%."),
                format!("De uitkering is 70% van het dagloon; het dagloon telt tot het maximumdagloon van {cap}. Met het maandloon en 8% vakantiegeld is dat ongeveer {m} bruto per maand. Dit is een schatting: UWV rekent met het loon in het jaar voor de eerste ziektedag. Bij ziekte door zwangerschap of bevalling is het 100%."),
                format!("The benefit is 70% of your daily wage; the daily wage counts up to the maximum daily wage of {cap}. With your monthly wage and 8% holiday pay that is about {m} gross a month. This is an estimate: UWV uses your wage in the year before your first day of sickness. For sickness caused by pregnancy or childbirth it is 100%."),
                format!("The benefit is 70% of the daily wage; the daily wage counts up to the maximum daily wage of {cap}. With the monthly wage and 8% holiday pay that is about {m} gross a month. This is an estimate: UWV uses the wage in the year before the first day of sickness. For sickness caused by pregnancy or childbirth it is 100%."))
        }
        Why::ZiekmeldingUwv { last_day, post_by, erd } => {
            let day = format::long_date_with_weekday(last_day, lang);
            // The report is due on the last working day (art. 38 lid 2 ZW): the last day,
            // or the working day before it (docs/law/ziektewet-vangnet.md).
            let report = format::long_date_with_weekday(post_by.unwrap_or(last_day), lang);
            let mut out = match erd {
                Some(true) => tv(lang, voice,
                    format!("Je contract eindigt op {day}. Je werkgever draagt zelf het risico voor de Ziektewet (eigenrisicodrager) en geeft je ziekte binnen 6 weken na die dag door aan UWV."),
                    format!("Het contract eindigt op {day}. Als eigenrisicodrager voor de Ziektewet geef je de ziekte binnen 6 weken na die dag door aan UWV."),
                    format!("Your contract ends on {day}. Your employer carries its own Ziektewet risk (eigenrisicodrager) and reports your sickness to UWV within 6 weeks after that day."),
                    format!("The contract ends on {day}. As you carry your own Ziektewet risk (eigenrisicodrager), you report the sickness to UWV within 6 weeks after that day.")),
                Some(false) | None => tv(lang, voice,
                    format!("Je contract eindigt op {day}. Je werkgever moet je op de laatste werkdag, {report}, ziek melden bij UWV (art. 38 lid 2 Ziektewet). Doet hij dat niet, meld je dan zelf meteen ziek bij UWV."),
                    format!("Het contract eindigt op {day}. Meld je werknemer op de laatste werkdag, {report}, ziek bij UWV (art. 38 lid 2 Ziektewet), online in het werkgeversportaal of per post; per post moet het formulier die dag binnen zijn."),
                    format!("Your contract ends on {day}. Your employer must report you sick to UWV on the last working day, {report} (art. 38(2) Ziektewet). If it does not, report sick to UWV yourself straight away."),
                    format!("The contract ends on {day}. Report your employee sick to UWV on the last working day, {report} (art. 38(2) Ziektewet), online in the employer portal or by post; by post the form must arrive that day.")),
            };
            if post_by.is_some() && erd != Some(true) {
                out.push(' ');
                out.push_str(t(lang,
                    "De laatste dag van het contract valt in het weekend of op een feestdag; daarom is de laatste werkdag eerder.",
                    "The contract's last day falls in a weekend or on a public holiday, so the last working day is earlier."));
            }
            out
        }
        Why::ReIntegratieverslagEinde(report) => match report {
            EndReport::None => tv(lang, voice,
                "Je bent op de laatste dag korter dan 6 weken ziek. Dan hoeft je werkgever geen re-integratieverslag te maken; alleen de ziekmelding.",
                "Je werknemer is op de laatste dag korter dan 6 weken ziek. Dan hoef je geen re-integratieverslag te maken; alleen de ziekmelding.",
                "On the last day you have been sick for less than 6 weeks. Your employer then does not have to draw up a re-integration report; only the sick report.",
                "On the last day your employee has been sick for less than 6 weeks. You then do not have to draw up a re-integration report; only the sick report."),
            EndReport::Short => tv(lang, voice,
                "Je bent op de laatste dag 6 tot 10 weken ziek. Dan maakt je werkgever een kort re-integratieverslag op het formulier van UWV en geeft hij je een kopie.",
                "Je werknemer is op de laatste dag 6 tot 10 weken ziek. Dan maak je een kort re-integratieverslag op het formulier van UWV en geef je hem een kopie.",
                "On the last day you have been sick for 6 to 10 weeks. Your employer then draws up a short re-integration report on UWV's form and gives you a copy.",
                "On the last day your employee has been sick for 6 to 10 weeks. You then draw up a short re-integration report on UWV's form and give them a copy."),
            EndReport::Full => tv(lang, voice,
                "Je bent op de laatste dag 10 weken of langer ziek. Dan maakt je werkgever samen met jou het volledige re-integratieverslag en geeft hij je een kopie; UWV kan erom vragen.",
                "Je werknemer is op de laatste dag 10 weken of langer ziek. Dan maak je samen met hem het volledige re-integratieverslag en geef je hem een kopie; UWV kan erom vragen.",
                "On the last day you have been sick for 10 weeks or longer. Your employer then draws up the full re-integration report with you and gives you a copy; UWV can ask for it.",
                "On the last day your employee has been sick for 10 weeks or longer. You then draw up the full re-integration report together and give them a copy; UWV can ask for it."),
        }
        .to_string(),
        // The other reasons are in `why_text`.
        Why::EigenWerkJa
        | Why::AangepastWerkJa
        | Why::AnderWerkJa
        | Why::EigenWerkNee
        | Why::AangepastWerkNee
        | Why::AnderWerkNee
        | Why::GeenTerugkeer26
        | Why::TerugkeerVerwacht
        | Why::NogOnduidelijk
        | Why::InWeek(_)
        | Why::EerstejaarsevaluatieGedaan
        | Why::Spoor2AlGestart
        | Why::Spoor2NietGestart
        | Why::BedrijfsartsSituatief
        | Why::NietZiek
        | Why::BaanEindigt(_)
        | Why::BaanEindigtNiet
        | Why::ZiekteNietTeTellen
        | Why::OutplacementAfgesproken(_)
        | Why::VoorProbleemanalyse
        | Why::ArbeidsdeskundigNiet
        | Why::Na104Weken
        | Why::ZiekDoorWerksituatie
        | Why::Informatie
        | Why::AovJa(_)
        | Why::AovNee
        | Why::AovOnbekend
        | Why::AovBetaaltVanaf(_)
        | Why::BroodfondsJa
        | Why::BroodfondsNee
        | Why::UwvVrijwilligJa
        | Why::UwvTermijnLoopt(_)
        | Why::UwvTermijnVoorbij(_)
        | Why::UwvNietRecentVerzekerd
        | Why::UwvOnbekend => why_text(w, voice, lang),
    }
}

/// The timing lines of a spoor 2 card.
pub fn timing_text(ti: &Spoor2Timing, lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    out.push(t(
        lang,
        format!(
            "Spoor 2 begint zodra duidelijk is dat terugkeer bij de eigen werkgever niet lukt. De eerstejaarsevaluatie valt tussen {} en {}; uiterlijk dan moet spoor 2 lopen.",
            format::long_date(ti.evaluation_from, lang),
            format::long_date(ti.latest_start, lang)
        ),
        format!(
            "Spoor 2 starts as soon as it is clear that a return to the own employer will not work. The first-year evaluation falls between {} and {}; spoor 2 must be running by then at the latest.",
            format::long_date(ti.evaluation_from, lang),
            format::long_date(ti.latest_start, lang)
        ),
    ));
    let until = format::long_date(ti.runs_until, lang);
    out.push(t(
        lang,
        format!("Spoor 2 loopt door tot er passend werk is, of tot het einde van de wachttijd: de laatste dag van week 104 ({until}). Ook na de WIA-aanvraag (uiterlijk in week 93) gaan spoor 2 en de re-integratie door tot die dag."),
        format!("Spoor 2 runs until suitable work is found, or until the end of the waiting period: the last day of week 104 ({until}). After the WIA application (by week 93) spoor 2 and re-integration continue until that day too."),
    ));
    if ti.late {
        out.push(
            t(lang,
                "Die datum is voorbij en spoor 2 is nog niet begonnen. Start nu: UWV kijkt bij de WIA-aanvraag of dit op tijd is gebeurd.",
                "That date has passed and spoor 2 has not started. Start now: UWV checks at the WIA application whether this happened in time.")
            .to_string(),
        );
    }
    out.push(
        t(lang,
            "Deze datums zijn een schatting vanaf de eerste ziektedag. De poortwachter-kalender geeft alle datums.",
            "These dates are an estimate from the first day of sickness. The Gatekeeper calendar gives all dates.")
        .to_string(),
    );
    out
}

// ---------------------------------------------------------------------------------------
// Duties.

pub fn duty_text(d: Duty, lang: Lang) -> &'static str {
    match d {
        Duty::WgZiekmeldingArbodienst => t(lang, "Meld de ziekte binnen een week bij de arbodienst of bedrijfsarts.", "Report the sickness to the occupational health service or company doctor within a week."),
        Duty::WgLoondoorbetaling => t(lang, "Betaal het loon door: wettelijk 70%, maar niet meer dan 70% van het maximumdagloon (in het eerste jaar niet minder dan het minimumloon), of meer als de cao of het contract dat zegt, tot 104 weken (of tot het contract eerder eindigt). Heeft je werknemer de AOW-leeftijd bereikt, dan is dat 6 of 13 weken.", "Keep paying the wage: by law 70%, but no more than 70% of the maximum daily wage (in the first year not below the minimum wage), or more if the collective agreement or the contract says so, for up to 104 weeks (or until the contract ends, if that is sooner). If your employee has reached the state pension (AOW) age, this is 6 or 13 weeks."),
        Duty::WgProbleemanalyse => t(lang, "Zorg dat de bedrijfsarts uiterlijk in week 6 een probleemanalyse maakt.", "Make sure the company doctor makes a problem analysis by week 6."),
        Duty::WgPlanVanAanpak => t(lang, "Maak uiterlijk in week 8 samen met je werknemer een plan van aanpak en wijs een casemanager aan.", "Make an action plan with your employee by week 8 and appoint a case manager."),
        Duty::WgEvaluaties => t(lang, "Evalueer het plan minstens elke 6 weken met je werknemer.", "Review the plan with your employee at least every 6 weeks."),
        Duty::Wg42eWeeksmelding => t(lang, "Meld de ziekte na week 42 bij UWV (42e-weeksmelding).", "Report the sickness to UWV after week 42 (the week-42 report)."),
        Duty::WgEerstejaarsevaluatie => t(lang, "Houd tussen week 46 en 52 de eerstejaarsevaluatie.", "Hold the first-year evaluation between weeks 46 and 52."),
        Duty::WgSpoor2 => t(lang, "Start spoor 2 zodra terugkeer in je eigen organisatie niet lukt, en uiterlijk na de eerstejaarsevaluatie. Houd het vol tot er passend werk is of tot het einde van de wachttijd (week 104), ook na de WIA-aanvraag.", "Start spoor 2 as soon as a return within your organisation will not work, and at the latest after the first-year evaluation. Keep it going until there is suitable work or until the end of the waiting period (week 104), also after the WIA application."),
        Duty::WgReIntegratieverslag => t(lang, "Houd het re-integratieverslag bij tot het einde van de wachttijd (week 104); je werknemer heeft het nodig voor de WIA-aanvraag (uiterlijk week 93).", "Keep the re-integration report up to date until the end of the waiting period (week 104); your employee needs it for the WIA application (by week 93)."),
        Duty::WgTransitievergoeding => t(lang, "Betaal de transitievergoeding als die verschuldigd is, normaal met de eindafrekening.", "Pay the transition payment when due, normally with the final settlement."),
        Duty::WgOutplacementSchriftelijk => t(lang, "Wil je outplacement van de transitievergoeding aftrekken? Vraag vooraf schriftelijke instemming van je werknemer.", "Want to deduct outplacement from the transition payment? Get your employee's written consent beforehand."),
        Duty::WnMeewerken => t(lang, "Werk mee aan je herstel en je re-integratie, en volg de afspraken met de bedrijfsarts. Dat blijft zo tot het einde van de wachttijd (week 104), ook na de WIA-aanvraag.", "Cooperate with your recovery and re-integration, and follow the agreements with the company doctor. This lasts until the end of the waiting period (week 104), also after the WIA application."),
        Duty::WnPlanVanAanpak => t(lang, "Maak samen met je werkgever het plan van aanpak en bespreek het elke 6 weken.", "Make the action plan together with your employer and review it every 6 weeks."),
        Duty::WnPassendWerk => t(lang, "Doe passend werk dat je kunt doen, ook als het ander werk is dan je eigen werk.", "Do suitable work you are able to do, even if it is different from your own work."),
        Duty::WnLogboek => t(lang, "Houd zelf bij wat er is afgesproken en gebeurd, met datums. Bewaar kopieën.", "Keep your own log of what was agreed and what happened, with dates. Keep copies."),
        Duty::WnWiaAanvraag => t(lang, "Ben je na 88 weken nog ziek, dan krijg je een brief van UWV. Vraag de WIA uiterlijk in week 93 aan.", "Still sick after 88 weeks? UWV sends you a letter. Apply for the WIA by week 93."),
        Duty::WgSlapendXella => t(lang, "Stelt je werknemer voor om het slapende contract te beëindigen, neem het voorstel dan in beginsel aan en betaal de transitievergoeding zoals die was aan het einde van de 104 weken. Weigeren mag alleen met een gerechtvaardigd belang (Xella). Zet in de beëindigingsovereenkomst dat het contract eindigt wegens langdurige arbeidsongeschiktheid na 104 weken ziekte; UWV vraagt daarnaar bij de compensatie.", "If your employee proposes to end the dormant contract, in principle accept the proposal and pay the transition payment as it stood at the end of the 104 weeks. You may refuse only with a legitimate interest (Xella). State in the termination agreement that the contract ends because of long-term incapacity after 104 weeks of sickness; UWV asks for this when you apply for compensation."),
        Duty::WgSlapendCompensatie => t(lang, concat!("Vraag na de betaling de compensatie aan bij UWV, ", compensation_term_nl!(), ". Bewaar het betaalbewijs."), concat!("After paying, apply to UWV for the compensation, ", compensation_term_en!(), ". Keep the proof of payment.")),
        Duty::WnSlapendVoorstel => t(lang, "Wil je het contract beëindigen? Doe je werkgever een schriftelijk voorstel, met een einddatum en het bedrag. De voorbeeldbrief van Spoorwijzer helpt.", "Want to end the contract? Make your employer a written proposal, with an end date and the amount. Spoorwijzer's model letter helps."),
        Duty::WgZiekmeldingEindeContract => t(lang, "Meld je werknemer op de laatste werkdag van het contract ziek bij UWV (als eigenrisicodrager voor de Ziektewet: binnen 6 weken na de laatste dag).", "Report your employee sick to UWV on the last working day of the contract (if you carry your own Ziektewet risk: within 6 weeks after the last day)."),
        Duty::WgReIntegratieverslagEinde => t(lang, "Maak het re-integratieverslag voor het einde van het contract en geef je werknemer een kopie: kort bij 6 tot 10 weken ziekte, volledig bij 10 weken of langer.", "Draw up the re-integration report for the end of the contract and give your employee a copy: a short one at 6 to 10 weeks of sickness, the full one at 10 weeks or longer."),
        Duty::WgEigenrisicodragerZw => t(lang, "Je bent eigenrisicodrager voor de Ziektewet: betaal na het einde van het contract zelf de Ziektewet-uitkering en blijf de re-integratie begeleiden.", "You carry your own Ziektewet risk: after the contract ends, pay the Sickness Benefit yourself and keep guiding the re-integration."),
        Duty::WnZiekmeldingUwv => t(lang, "Vraag je werkgever of hij je op de laatste werkdag van je contract ziek heeft gemeld bij UWV. Is dat niet gebeurd, meld je dan zelf meteen ziek bij UWV.", "Ask your employer whether it reported you sick to UWV on the last working day of your contract. If not, report sick to UWV yourself straight away."),
    }
}

// ---------------------------------------------------------------------------------------
// Warnings.

/// The words of one warning.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WarningText {
    pub title: &'static str,
    pub consequence: String,
    pub action: String,
}

/// Fill `{datum}`. Warnings that use `{datum}` always carry a date (see
/// `flow::outcome::warnings`); without one the placeholder is replaced by a neutral word.
fn with_date(s: &'static str, date: Option<chrono::NaiveDate>, lang: Lang) -> String {
    match date {
        Some(d) => s.replace("{datum}", &format::long_date(d, lang)),
        None => s.replace("{datum}", t(lang, "de uiterste datum", "the deadline")),
    }
}

pub fn warning_text(w: &Warning, voice: Voice, lang: Lang) -> WarningText {
    use WarningKind as W;
    let (title, consequence, action): (&str, &str, &str) = match w.kind {
        W::VsoWhileSick => (
            tv(lang, voice, "Een vaststellingsovereenkomst tekenen terwijl je ziek bent", "Een vaststellingsovereenkomst met een zieke werknemer", "Signing a settlement agreement while sick", "A settlement agreement with a sick employee"),
            tv(lang, voice,
                "Eindigt je contract met een vaststellingsovereenkomst terwijl je ziek bent, dan weigert UWV je Ziektewet-uitkering, helemaal of voor een deel: je hebt dan zelf meegewerkt aan het einde van je contract (art. 45 lid 1 sub j Ziektewet). WW krijg je ook niet: wie door ziekte niet kan werken, heeft geen recht op WW (art. 19 lid 1 WW). Dit risico duurt tot het einde van de wachttijd: 104 weken ziekte, plus een eventuele loonsanctie (art. 25 lid 9 WIA). En in een vaststellingsovereenkomst heb je geen wettelijk recht op een transitievergoeding: je moet zelf een bedrag afspreken.",
                "Eindigt het contract van je zieke werknemer met een vaststellingsovereenkomst, dan weigert UWV zijn Ziektewet-uitkering, helemaal of voor een deel (art. 45 lid 1 sub j Ziektewet). WW krijgt hij ook niet, omdat hij door ziekte niet kan werken (art. 19 lid 1 WW). Dit risico duurt tot het einde van de wachttijd: 104 weken ziekte, plus een eventuele loonsanctie (art. 25 lid 9 WIA). Het einde van het opzegverbod is dus niet genoeg; ook tijdens een loonsanctie is het riskant. In een vaststellingsovereenkomst heeft je werknemer geen wettelijk recht op een transitievergoeding: wat jullie afspreken, telt.",
                "If your contract ends with a settlement agreement while you are sick, UWV refuses your Sickness Benefit, wholly or partly: you helped to end your own contract (art. 45(1)(j) Ziektewet). You get no unemployment benefit (WW) either: someone who cannot work because of sickness has no right to WW (art. 19(1) WW). This risk lasts until the end of the waiting period: 104 weeks of sickness, plus any wage sanction (art. 25(9) WIA). And a settlement agreement gives no statutory right to a transition payment: you have to agree an amount yourself.",
                "If your sick employee's contract ends with a settlement agreement, UWV refuses their Sickness Benefit, wholly or partly (art. 45(1)(j) Ziektewet). They get no unemployment benefit (WW) either, because they cannot work because of sickness (art. 19(1) WW). This risk lasts until the end of the waiting period: 104 weeks of sickness, plus any wage sanction (art. 25(9) WIA). So the end of the ban on dismissal is not enough; during a wage sanction it is still risky. A settlement agreement gives your employee no statutory right to a transition payment: what you agree is what counts."),
            tv(lang, voice,
                "Teken niet zonder advies van het Juridisch Loket, je vakbond of een advocaat.",
                "Wacht met een vaststellingsovereenkomst tot na de wachttijd (104 weken plus een eventuele loonsanctie), of laat je werknemer eerst onafhankelijk advies vragen.",
                "Do not sign without advice from the Juridisch Loket, your union or a lawyer.",
                "Wait with a settlement agreement until after the waiting period (104 weeks plus any wage sanction), or let your employee get independent advice first."),
        ),
        W::VsoSignedWhileSick => (
            t(lang, "Vaststellingsovereenkomst getekend tijdens ziekte", "Settlement agreement signed while sick"),
            t(lang,
                "Eindigt het contract door deze overeenkomst terwijl de werknemer ziek is, dan weigert UWV de Ziektewet-uitkering, helemaal of voor een deel (art. 45 lid 1 sub j Ziektewet). WW is er niet zolang de werknemer door ziekte niet kan werken (art. 19 lid 1 WW).",
                "If the contract ends through this agreement while the employee is sick, UWV refuses the Sickness Benefit, wholly or partly (art. 45(1)(j) Ziektewet). There is no unemployment benefit (WW) while the employee cannot work because of sickness (art. 19(1) WW)."),
            tv(lang, voice,
                "Je mag de overeenkomst zonder reden ontbinden met een schriftelijke verklaring aan je werkgever, binnen 14 dagen nadat de overeenkomst tot stand kwam. Dat kan eerder zijn dan het tekenen, bijvoorbeeld als jullie het per e-mail eens werden. Staat deze bedenktermijn niet in de overeenkomst, dan heb je 3 weken. Heb je in de 6 maanden daarvoor al een overeenkomst zo ontbonden, dan is er geen nieuwe bedenktermijn (art. 7:670b BW). Vraag meteen advies.",
                "Je werknemer mag de overeenkomst zonder reden ontbinden met een schriftelijke verklaring aan jou, binnen 14 dagen nadat de overeenkomst tot stand kwam. Dat kan eerder zijn dan het tekenen, bijvoorbeeld als jullie het per e-mail eens werden. Staat deze bedenktermijn niet in de overeenkomst, dan heeft hij 3 weken. Ontbond hij in de 6 maanden daarvoor al een overeenkomst zo, dan is er geen nieuwe bedenktermijn (art. 7:670b BW). Laat hem meteen advies vragen.",
                "You may cancel the agreement without giving a reason, by a written statement to your employer, within 14 days after the agreement came into being. That can be earlier than the signing, for example if you agreed by e-mail. If the agreement does not mention this cooling-off period, you have 3 weeks. If you cancelled an agreement this way in the 6 months before, there is no new cooling-off period (art. 7:670b BW). Get advice straight away.",
                "Your employee may cancel the agreement without giving a reason, by a written statement to you, within 14 days after the agreement came into being. That can be earlier than the signing, for example if you agreed by e-mail. If the agreement does not mention this cooling-off period, they have 3 weeks. If they cancelled an agreement this way in the 6 months before, there is no new cooling-off period (art. 7:670b BW). Let them get advice straight away."),
        ),
        W::VsoWw => (
            t(lang, "WW na een vaststellingsovereenkomst", "Unemployment benefit (WW) after a settlement agreement"),
            tv(lang, voice,
                "Een vaststellingsovereenkomst kost je niet vanzelf je WW. Het gaat erom dat het initiatief bij je werkgever lag en dat er geen dringende reden is die jou te verwijten valt. Instemmen met een einde dat je werkgever wil, is op zich niet verwijtbaar. Ben je wel zelf zonder goede reden werkloos geworden, dan is dat verwijtbare werkloosheid: dan krijg je geen WW, of maar een deel (art. 24 WW). Eindigt je contract eerder dan je werkgever had kunnen opzeggen, dan begint je WW later (fictieve opzegtermijn, art. 16 WW), maar je houdt je recht op WW.",
                "Een vaststellingsovereenkomst kost je werknemer niet vanzelf de WW, als het initiatief bij jou lag en er geen dringende reden is die hem te verwijten valt (art. 24 WW: verwijtbare werkloosheid). Ligt het initiatief wel bij hem, dan kan UWV zijn WW weigeren. Kies je een einddatum eerder dan jouw opzegtermijn toelaat, dan begint zijn WW later (fictieve opzegtermijn, art. 16 WW).",
                "A settlement agreement does not by itself cost you your WW. What matters is that the initiative lay with your employer and that there is no urgent cause you can be blamed for. Agreeing to an end your employer wants is not in itself culpable. But if you became unemployed through your own fault without a good reason, that is culpable unemployment (verwijtbare werkloosheid): you then get no WW, or only part of it (art. 24 WW). If your contract ends earlier than your employer could have given notice, your WW starts later (notional notice period, art. 16 WW), but you keep your right to WW.",
                "A settlement agreement does not by itself cost your employee the WW, if the initiative lay with you and there is no urgent cause they can be blamed for (art. 24 WW: culpable unemployment, verwijtbare werkloosheid). If the initiative lay with them, UWV can refuse their WW. If you choose an end date earlier than your notice period allows, their WW starts later (notional notice period, art. 16 WW)."),
            tv(lang, voice,
                "Laat de overeenkomst nakijken voordat je tekent, en zorg dat erin staat dat het initiatief bij je werkgever lag. Je hebt 14 dagen bedenktijd nadat de overeenkomst tot stand kwam (dat kan al bij een akkoord per e-mail zijn), of 3 weken als de overeenkomst die bedenktijd niet noemt (art. 7:670b BW).",
                "Zet in de overeenkomst dat het initiatief bij jou lag en dat er geen dringende reden is. Noem de bedenktermijn van 14 dagen; staat die er niet in, dan heeft je werknemer 3 weken (art. 7:670b BW). Geef hem tijd om advies te vragen.",
                "Have the agreement checked before you sign, and make sure it says the initiative lay with your employer. You have 14 days to change your mind after the agreement came into being (that can already be an agreement by e-mail), or 3 weeks if the agreement does not mention this right (art. 7:670b BW).",
                "State in the agreement that the initiative lay with you and that there is no urgent cause. Mention the 14-day cooling-off period; if it is not in there, your employee has 3 weeks (art. 7:670b BW). Give them time to get advice."),
        ),
        W::OpzegverbodTijdensZiekte => (
            t(lang, "Opzegverbod tijdens ziekte", "Ban on dismissal during sickness"),
            tv(lang, voice,
                "Je werkgever mag je in de eerste twee jaar van je ziekte niet ontslaan (art. 7:670 lid 1 BW), tot ongeveer {datum}. Er zijn uitzonderingen, zoals ontslag op staande voet of een ziekte die begon nadat UWV een ontslagaanvraag had ontvangen.",
                "Je mag je zieke werknemer in de eerste twee jaar van zijn ziekte niet ontslaan (art. 7:670 lid 1 BW), tot ongeveer {datum}. Een loonsanctie verlengt die periode (dat staat in de wet).",
                "Your employer may not dismiss you during the first two years of your sickness (art. 7:670(1) BW), until about {datum}. There are exceptions, such as summary dismissal or a sickness that started after UWV received a dismissal request.",
                "You may not dismiss your sick employee during the first two years of their sickness (art. 7:670(1) BW), until about {datum}. A wage sanction extends that period (by law)."),
            tv(lang, voice,
                "Krijg je toch een ontslagbrief? Vraag dan snel advies. Teken niets waarmee je instemt met ontslag.",
                "Wil je toch uit elkaar? Meestal kan dat alleen met instemming van je werknemer, en dat is voor hem riskant. Een kantonrechter kan het contract alleen ontbinden als het verzoek niets met de ziekte te maken heeft (art. 7:671b lid 6 BW). Vraag eerst juridisch advies.",
                "Received a dismissal letter anyway? Get advice quickly. Do not sign anything agreeing to the dismissal.",
                "Want to part ways anyway? Usually that is only possible with your employee's consent, which is risky for them. A subdistrict court can dissolve the contract only if the request has nothing to do with the sickness (art. 7:671b(6) BW). Get legal advice first."),
        ),
        W::TooEarlyForLongIllnessDismissal => (
            t(lang, "Nog te vroeg voor ontslag wegens langdurige ziekte", "Too early for dismissal because of long-term sickness"),
            t(lang,
                "Ontslag wegens langdurige ziekte kan pas na twee jaar ziekte (na ongeveer {datum}) en na het einde van een eventuele loonsanctie. UWV geeft dan toestemming als terugkeer binnen 26 weken niet te verwachten is.",
                "Dismissal because of long-term sickness is only possible after two years of sickness (after about {datum}) and after any wage sanction has ended. UWV then gives permission if no return within 26 weeks is expected."),
            t(lang,
                "Controleer de datums in de poortwachter-kalender voordat er iets in gang wordt gezet.",
                "Check the dates in the Gatekeeper calendar before anything is started."),
        ),
        W::FixedTermEndsWhileSick => (
            t(lang, "Tijdelijk contract eindigt tijdens ziekte", "Temporary contract ends during sickness"),
            tv(lang, voice,
                "Het contract stopt gewoon op de einddatum, ook als je ziek bent. Het aflopen van een tijdelijk contract telt niet als benadeling. Daarna kun je een Ziektewet-uitkering van UWV krijgen: 70% van je dagloon, tot het maximumdagloon. Je werkgever moet je op de laatste werkdag van je contract ziek melden bij UWV (art. 38 lid 2 Ziektewet). Doet hij dat niet, meld je dan zelf meteen ziek bij UWV. Ben je een jaar (52 weken) ziek, dan beoordeelt UWV of je de uitkering houdt: dat kan alleen als je met werk dat je nog kunt doen hoogstens 65% van je oude loon kunt verdienen (art. 19aa Ziektewet).",
                "Het contract stopt op de einddatum, ook tijdens ziekte. Meld je werknemer op de laatste werkdag van het contract ziek bij UWV (art. 38 lid 2 Ziektewet); te laat of niet melden kan een boete opleveren. Daarna volgt de Ziektewet. Was hij 6 weken of langer ziek, maak dan samen een re-integratieverslag en geef hem een kopie. Ben je eigenrisicodrager voor de Ziektewet, dan betaal je die uitkering zelf, begeleid je zijn re-integratie en geef je de ziekte binnen 6 weken na de laatste dag door aan UWV.",
                "The contract simply ends on the end date, even if you are sick. A temporary contract running out does not count as harming the fund. After that you can get Sickness Benefit from UWV: 70% of your daily wage, up to the maximum daily wage. Your employer must report you sick to UWV on the last working day of your contract (art. 38(2) Ziektewet). If it does not, report sick to UWV yourself straight away. Once you have been sick for a year (52 weeks), UWV checks whether you keep the benefit: only if, with work you can still do, you can earn at most 65% of your former wage (art. 19aa Ziektewet).",
                "The contract ends on its end date, even during sickness. Report your employee sick to UWV on the last working day of the contract (art. 38(2) Ziektewet); reporting late or not at all can lead to a fine. The Sickness Benefits Act then takes over. If they were sick for 6 weeks or longer, draw up a re-integration report together and give them a copy. If you carry your own Ziektewet risk (eigenrisicodrager), you pay that benefit yourself, guide their re-integration and report the sickness to UWV within 6 weeks after the last day."),
            tv(lang, voice,
                "Vraag je werkgever of hij je ziek heeft gemeld bij UWV, en meld je anders zelf. Let ook op de aanzegging en op de transitievergoeding als de werkgever niet verlengt.",
                "Meld op tijd bij UWV, stuur de aanzegging op tijd en betaal de transitievergoeding als jij niet verlengt.",
                "Ask your employer whether it reported you sick to UWV, and otherwise report yourself. Also watch the notice of (non-)renewal and the transition payment if the employer does not renew.",
                "Report to UWV in time, send the notice of (non-)renewal in time and pay the transition payment if you do not renew."),
        ),
        W::Aanzegplicht => (
            t(lang, "Aanzegplicht: een maand van tevoren schriftelijk laten weten", "Notice of (non-)renewal: in writing a month before the end"),
            tv(lang, voice,
                "Duurt je tijdelijke contract 6 maanden of langer? Dan moet je werkgever je uiterlijk een maand voor de einddatum schriftelijk laten weten of je contract wordt verlengd, en zo ja, onder welke voorwaarden. Dat heet de aanzegplicht (art. 7:668 BW). Dit geldt ook als je ziek bent. Deed je werkgever dat niet, dan heb je recht op een aanzegvergoeding van één maandloon; deed hij het te laat, dan op een deel daarvan. Dat geldt niet als je werkgever failliet is of surseance van betaling heeft.",
                "Duurt het tijdelijke contract 6 maanden of langer? Dan moet je je werknemer uiterlijk een maand voor de einddatum schriftelijk laten weten of het contract wordt verlengd, en zo ja, onder welke voorwaarden. Dat heet de aanzegplicht (art. 7:668 BW). Dit geldt ook als je werknemer ziek is. Doe je dat niet, dan ben je een aanzegvergoeding van één maandloon verschuldigd; doe je het te laat, dan een deel daarvan. Laat je je werknemer na de einddatum gewoon doorwerken, dan loopt het contract door op dezelfde voorwaarden.",
                "Does your temporary contract last 6 months or longer? Then your employer must tell you in writing, at least a month before the end date, whether your contract will be renewed and, if so, on what terms. This is the aanzegplicht (art. 7:668 BW). It also applies if you are sick. If your employer did not do this, you are entitled to a payment (aanzegvergoeding) of one month's wage; if it did so late, to part of that. This does not apply if your employer is bankrupt or in suspension of payments.",
                "Does the temporary contract last 6 months or longer? Then you must tell your employee in writing, at least a month before the end date, whether the contract will be renewed and, if so, on what terms. This is the aanzegplicht (art. 7:668 BW). It also applies if your employee is sick. If you do not, you owe a payment (aanzegvergoeding) of one month's wage; if you do so late, part of that. If you simply let your employee keep working after the end date, the contract continues on the same terms."),
            tv(lang, voice,
                "Kreeg je geen brief, of te laat? Vraag de aanzegvergoeding schriftelijk aan je werkgever. Betaalt hij niet, dan moet je binnen 3 maanden naar de kantonrechter, te rekenen vanaf de dag waarop hij uiterlijk had moeten aanzeggen (art. 7:686a lid 4 BW).",
                "Stuur de aanzegging op tijd en bewaar een bewijs dat je werknemer haar heeft gekregen.",
                "No letter, or a late one? Ask your employer in writing for the aanzegvergoeding. If it does not pay, you must go to the subdistrict court within 3 months, counted from the last day on which it should have told you (art. 7:686a(4) BW).",
                "Send the notice in time and keep proof that your employee received it."),
        ),
        W::MissedProbleemanalyse => (
            t(lang, "De probleemanalyse is te laat", "The problem analysis is late"),
            tv(lang, voice,
                "De probleemanalyse hoorde er uiterlijk {datum} te zijn. Zonder probleemanalyse loopt je re-integratie vertraging op.",
                "De probleemanalyse hoorde er uiterlijk {datum} te zijn. UWV kan je een loonsanctie geven: tot 52 weken extra loon doorbetalen (art. 25 lid 9 WIA).",
                "The problem analysis was due by {datum}. Without it, your re-integration is delayed.",
                "The problem analysis was due by {datum}. UWV can impose a wage sanction: up to 52 extra weeks of wage payment (art. 25(9) WIA)."),
            tv(lang, voice,
                "Vraag je werkgever schriftelijk om een afspraak met de bedrijfsarts.",
                "Laat de bedrijfsarts de probleemanalyse nu maken en leg uit waarom het later is.",
                "Ask your employer in writing for an appointment with the company doctor.",
                "Have the company doctor make the problem analysis now and record why it is late."),
        ),
        W::MissedPlanVanAanpak => (
            t(lang, "Het plan van aanpak is te laat", "The action plan is late"),
            tv(lang, voice,
                "Het plan van aanpak hoorde er uiterlijk {datum} te zijn.",
                "Het plan van aanpak hoorde er uiterlijk {datum} te zijn. Dit weegt mee in de loonsanctie-toets van UWV.",
                "The action plan was due by {datum}.",
                "The action plan was due by {datum}. It counts in UWV's wage-sanction check."),
            tv(lang, voice,
                "Vraag je werkgever om samen het plan van aanpak te maken.",
                "Maak het plan van aanpak nu samen met je werknemer.",
                "Ask your employer to make the action plan together.",
                "Make the action plan with your employee now."),
        ),
        W::MissedEerstejaarsevaluatie => (
            t(lang, "De eerstejaarsevaluatie is niet gedaan", "The first-year evaluation has not taken place"),
            t(lang,
                "De eerstejaarsevaluatie hoorde uiterlijk {datum} plaats te vinden. UWV kijkt hiernaar bij de WIA-aanvraag.",
                "The first-year evaluation was due by {datum}. UWV looks at this with the WIA application."),
            t(lang,
                "Plan de evaluatie nu en bespreek meteen of spoor 2 nodig is.",
                "Plan the evaluation now and decide straight away whether spoor 2 is needed."),
        ),
        W::Spoor2Late => (
            t(lang, "Spoor 2 is te laat begonnen", "Spoor 2 is late"),
            tv(lang, voice,
                "Spoor 2 hoorde uiterlijk {datum} te lopen. Dat kan je kans op ander werk verkleinen.",
                "Spoor 2 hoorde uiterlijk {datum} te lopen. UWV kan een loonsanctie opleggen: tot 52 weken extra loon (art. 25 lid 9 WIA).",
                "Spoor 2 should have been running by {datum}. That may reduce your chance of other work.",
                "Spoor 2 should have been running by {datum}. UWV can impose a wage sanction: up to 52 extra weeks of wage (art. 25(9) WIA)."),
            tv(lang, voice,
                "Vraag je werkgever schriftelijk om spoor 2 te starten. Helpt dat niet, vraag dan een deskundigenoordeel bij UWV.",
                "Start spoor 2 nu met een re-integratiebedrijf en leg uit waarom het later is.",
                "Ask your employer in writing to start spoor 2. If that does not help, ask UWV for an expert opinion.",
                "Start spoor 2 now with a re-integration company and record why it is late."),
        ),
        W::ConflictAskBedrijfsarts => (
            t(lang, "Conflict op het werk: laat de bedrijfsarts oordelen", "Conflict at work: let the company doctor judge"),
            tv(lang, voice,
                "Bij een conflict bepaalt de bedrijfsarts of er sprake is van ziekte. Meld je niet zelf beter of ziek om een regeling te krijgen: dat kan je je loon of uitkering kosten.",
                "Bij een conflict bepaalt de bedrijfsarts of er sprake is van ziekte. Laat je werknemer zich niet beter of ziek melden om een regeling te krijgen: dat kan hem zijn loon of uitkering kosten, en een regeling die daarop rust is kwetsbaar.",
                "With a conflict, the company doctor decides whether there is sickness. Do not report yourself fit or sick to get a deal: that can cost you your wage or benefit.",
                "With a conflict, the company doctor decides whether there is sickness. Do not let your employee report fit or sick to get a deal: that can cost them their wage or benefit, and a deal that rests on it is fragile."),
            t(lang,
                "Vraag de bedrijfsarts om een oordeel. Probeer eerst het conflict op te lossen, bijvoorbeeld met mediation. Een vertrouwenspersoon kan helpen.",
                "Ask the company doctor for a judgement. First try to resolve the conflict, for example with mediation. A confidential adviser can help."),
        ),
        W::IllnessAndConflict => (
            t(lang, "Ziek, en een conflict: de gewone regels gelden", "Sick, and a conflict: the ordinary rules apply"),
            tv(lang, voice,
                "De bedrijfsarts ziet je als ziek, ook al hangt je ziekte samen met een conflict of met je werk (bijvoorbeeld een burn-out). Dan gelden de gewone regels bij ziekte: je krijgt loon bij ziekte (art. 7:629 BW), je werkgever mag je in de eerste twee jaar niet om die reden ontslaan (art. 7:670 BW), en jullie werken aan re-integratie met spoor 1 en zo nodig spoor 2 (art. 7:658a BW). Het conflict hoort in het plan van aanpak: bijvoorbeeld een korte time-out en mediation, als de bedrijfsarts dat medisch verantwoord vindt (STECR Werkwijzer Arbeidsconflicten).",
                "De bedrijfsarts ziet je werknemer als ziek, ook al hangt de ziekte samen met een conflict of met het werk (bijvoorbeeld een burn-out). Dan gelden de gewone regels bij ziekte: je betaalt loon bij ziekte (art. 7:629 BW), je mag hem in de eerste twee jaar niet om die reden ontslaan (art. 7:670 BW), en je werkt aan re-integratie met spoor 1 en zo nodig spoor 2 (art. 7:658a BW). Het conflict hoort in het plan van aanpak: bijvoorbeeld een korte time-out en mediation, als de bedrijfsarts dat medisch verantwoord vindt (STECR Werkwijzer Arbeidsconflicten).",
                "The company doctor sees you as sick, even though your sickness is related to a conflict or to your work (for example a burn-out). The ordinary rules for sickness then apply: you get wage during sickness (art. 7:629 BW), your employer may not dismiss you for that reason in the first two years (art. 7:670 BW), and you work on re-integration with spoor 1 and, where needed, spoor 2 (art. 7:658a BW). The conflict belongs in the action plan: for example a short time-out and mediation, if the company doctor finds that medically sound (STECR Werkwijzer Arbeidsconflicten).",
                "The company doctor sees your employee as sick, even though the sickness is related to a conflict or to the work (for example a burn-out). The ordinary rules for sickness then apply: you pay wage during sickness (art. 7:629 BW), you may not dismiss them for that reason in the first two years (art. 7:670 BW), and you work on re-integration with spoor 1 and, where needed, spoor 2 (art. 7:658a BW). The conflict belongs in the action plan: for example a short time-out and mediation, if the company doctor finds that medically sound (STECR Werkwijzer Arbeidsconflicten)."),
            tv(lang, voice,
                "Vraag de bedrijfsarts en je werkgever om het conflict en een mediation op te nemen in het plan van aanpak. Teken geen vaststellingsovereenkomst zolang je ziek bent, zonder advies van het Juridisch Loket, je vakbond of een advocaat.",
                "Neem het conflict en een mediation op in het plan van aanpak, in overleg met de bedrijfsarts. Stel geen vaststellingsovereenkomst voor zolang je werknemer ziek is zonder dat hij eerst onafhankelijk advies kan vragen.",
                "Ask the company doctor and your employer to include the conflict and mediation in the action plan. Do not sign a settlement agreement while you are sick without advice from the Juridisch Loket, your union or a lawyer.",
                "Include the conflict and mediation in the action plan, in consultation with the company doctor. Do not propose a settlement agreement while your employee is sick without letting them get independent advice first."),
        ),
        W::SituatiefStillReportedSick => (
            t(lang, "Op de einddatum moet de werknemer echt zijn eigen werk kunnen doen", "On the end date the employee must really be able to do their own work"),
            tv(lang, voice,
                "Een vaststellingsovereenkomst past alleen als je op de einddatum je eigen soort werk echt kunt doen, volgens de bedrijfsarts. Een betermelding moet op dat oordeel rusten; het is geen formaliteit om een regeling rond te krijgen. Ben je op de einddatum toch ziek, dan weigert UWV je Ziektewet-uitkering (art. 45 lid 1 sub j Ziektewet) en krijg je geen WW, want wie door ziekte niet kan werken, heeft geen recht op WW (art. 19 lid 1 WW). Geef je UWV verkeerde informatie, dan kan UWV de uitkering terugvorderen en een boete geven. En wie echt ziek is, valt onder spoor 1 en spoor 2 ('ziek is ziek').",
                "Een vaststellingsovereenkomst past alleen als je werknemer op de einddatum zijn eigen soort werk echt kan doen, volgens de bedrijfsarts. Een betermelding moet op dat oordeel rusten; het is geen formaliteit om een regeling rond te krijgen. Is je werknemer op de einddatum toch ziek, dan weigert UWV zijn Ziektewet-uitkering (art. 45 lid 1 sub j Ziektewet) en krijgt hij geen WW, want wie door ziekte niet kan werken, heeft geen recht op WW (art. 19 lid 1 WW). En wie echt ziek is, valt onder spoor 1 en spoor 2 ('ziek is ziek').",
                "A settlement agreement only fits if you can really do your own kind of work on the end date, according to the company doctor. A report of recovery must rest on that judgement; it is not a formality to get a deal done. If you are in fact sick on the end date, UWV refuses your Sickness Benefit (art. 45(1)(j) Ziektewet) and you get no unemployment benefit (WW), because someone who cannot work because of sickness has no right to WW (art. 19(1) WW). If you give UWV wrong information, UWV can reclaim the benefit and impose a fine. And someone who really is sick falls under spoor 1 and spoor 2 ('ziek is ziek').",
                "A settlement agreement only fits if your employee can really do their own kind of work on the end date, according to the company doctor. A report of recovery must rest on that judgement; it is not a formality to get a deal done. If your employee is in fact sick on the end date, UWV refuses their Sickness Benefit (art. 45(1)(j) Ziektewet) and they get no unemployment benefit (WW), because someone who cannot work because of sickness has no right to WW (art. 19(1) WW). And someone who really is sick falls under spoor 1 and spoor 2 ('ziek is ziek')."),
            t(lang,
                "Laat de bedrijfsarts zijn oordeel op papier zetten. Teken pas na advies.",
                "Have the company doctor put the judgement in writing. Only sign after advice."),
        ),
        W::OutplacementFromTv => (
            t(lang, "Outplacement van de transitievergoeding aftrekken", "Deducting outplacement from the transition payment"),
            t(lang,
                "Dat mag alleen als de werknemer daar vooraf schriftelijk mee heeft ingestemd, en alleen voor kosten die de overgang naar ander werk helpen (art. 7:673 lid 6 BW).",
                "This is only allowed if the employee agreed in writing beforehand, and only for costs that help the move to other work (art. 7:673(6) BW)."),
            tv(lang, voice,
                "Teken alleen als de afspraak duidelijk is: welk bureau, welk bedrag, hoe lang.",
                "Leg de instemming vooraf schriftelijk vast, met bureau, bedrag en duur.",
                "Only sign if the agreement is clear: which agency, what amount, how long.",
                "Record the consent in writing beforehand, with agency, amount and duration."),
        ),
        W::TvClaimDeadline => (
            t(lang, "3 maanden om de transitievergoeding te vorderen", "3 months to claim the transition payment"),
            tv(lang, voice,
                "Betaalt je werkgever de transitievergoeding niet, dan moet je die binnen 3 maanden na het einde van het contract bij de kantonrechter vorderen (art. 7:686a lid 4 BW). Daarna vervalt je recht.",
                "Betaal je de transitievergoeding niet, dan kan je werknemer die binnen 3 maanden na het einde van het contract bij de kantonrechter vorderen (art. 7:686a lid 4 BW).",
                "If your employer does not pay the transition payment, you must claim it at the subdistrict court within 3 months after the contract ends (art. 7:686a(4) BW). After that your right is lost.",
                "If you do not pay the transition payment, your employee can claim it at the subdistrict court within 3 months after the contract ends (art. 7:686a(4) BW)."),
            tv(lang, voice,
                "Zet de datum in je agenda. Vraag op tijd hulp bij het Juridisch Loket of je vakbond.",
                "Betaal op tijd, normaal met de eindafrekening.",
                "Put the date in your diary. Get help in time from the Juridisch Loket or your union.",
                "Pay on time, normally with the final settlement."),
        ),
        W::EmployerCompensationDeadline => (
            t(lang, "Compensatie van de transitievergoeding: binnen 6 maanden na de betaling aanvragen", "Compensation for the transition payment: apply within 6 months after the payment"),
            t(lang,
                concat!("Eindigt het contract na twee jaar ziekte, dan kun je de betaalde transitievergoeding nu bij UWV terugvragen: het laagste van drie bedragen (art. 7:673e BW). Vraag de compensatie aan ", compensation_term_nl!(), "; daarna vervalt het recht. Dit geldt ook bij een vaststellingsovereenkomst en bij het beëindigen van een slapend dienstverband. Een aangekondigde wetswijziging kan de compensatie veranderen; geldt die voor deze situatie, dan staat hieronder een melding."),
                concat!("If the contract ends after two years of sickness, you can today reclaim the transition payment you paid from UWV: the lowest of three amounts (art. 7:673e BW). Apply for the compensation ", compensation_term_en!(), "; after that the right is lost. This also applies with a settlement agreement and when a dormant contract is ended. An announced change in the law may change the compensation; if it applies to this situation, a notice is shown below.")),
            t(lang,
                "Bewaar het betaalbewijs en de berekening, en vraag de compensatie aan via het werkgeversportaal van UWV.",
                "Keep the proof of payment and the calculation, and apply through UWV's employer portal."),
        ),
        W::BillijkeVergoeding => (
            t(lang, "Te weinig aan re-integratie gedaan: een billijke vergoeding", "Too little re-integration: a fair compensation (billijke vergoeding)"),
            tv(lang, voice,
                "Eindigt je contract en heeft je werkgever ernstig verwijtbaar gehandeld, bijvoorbeeld door je re-integratie te verwaarlozen? Dan kan de kantonrechter je naast de transitievergoeding een billijke vergoeding geven. Dat kan als de rechter je contract ontbindt (art. 7:671b lid 9 sub c BW) en na een opzegging met toestemming van UWV (art. 7:682 lid 1 sub c BW). Ernstig verwijtbaar is een hoge drempel; gemiste stappen van de Wet verbetering poortwachter kunnen meewegen.",
                "Handel je als werkgever ernstig verwijtbaar, bijvoorbeeld door veel te weinig te doen aan de re-integratie van je zieke werknemer? Dan kan de kantonrechter hem naast de transitievergoeding een billijke vergoeding geven: bij ontbinding (art. 7:671b lid 9 sub c BW) en na een opzegging met toestemming van UWV (art. 7:682 lid 1 sub c BW). Gemiste stappen van de Wet verbetering poortwachter kunnen daarbij meewegen.",
                "Does your contract end and did your employer act with serious culpability, for example by neglecting your re-integration? Then the subdistrict court can award you a fair compensation (billijke vergoeding) on top of the transition payment. That is possible when the court dissolves your contract (art. 7:671b(9)(c) BW) and after notice with UWV's permission (art. 7:682(1)(c) BW). Serious culpability is a high bar; missed steps of the Gatekeeper Improvement Act can count.",
                "If you as the employer act with serious culpability, for example by doing far too little for the re-integration of your sick employee, the subdistrict court can award them a fair compensation (billijke vergoeding) on top of the transition payment: on dissolution (art. 7:671b(9)(c) BW) and after notice with UWV's permission (art. 7:682(1)(c) BW). Missed steps of the Gatekeeper Improvement Act can count."),
            tv(lang, voice,
                "Bewaar brieven, verslagen en je logboek. Vraag snel advies: na een opzegging met toestemming van UWV moet je verzoek binnen 2 maanden na het einde van je contract bij de kantonrechter zijn (art. 7:686a lid 4 BW).",
                "Herstel wat gemist is, leg vast wat je doet en waarom, en vraag juridisch advies voordat je het contract beëindigt.",
                "Keep letters, reports and your log. Get advice quickly: after notice with UWV's permission, your request must reach the subdistrict court within 2 months after your contract ends (art. 7:686a(4) BW).",
                "Repair what was missed, record what you do and why, and get legal advice before you end the contract."),
        ),
        W::EmployeeObligations => (
            tv(lang, voice, "Jouw plichten, en de loonstop", "De plichten van je werknemer, en de loonstop", "Your duties, and the wage stop", "Your employee's duties, and the wage stop"),
            tv(lang, voice,
                "Werk je zonder goede reden niet mee aan je re-integratie, weiger je passend werk of houd je je niet aan de controleregels, dan mag je werkgever je loon stoppen of opschorten (art. 7:629 lid 3 en lid 6 BW). Bij blijvend weigeren is ontslag mogelijk.",
                "Werkt je werknemer zonder goede reden niet mee, dan mag je het loon stoppen (art. 7:629 lid 3 BW). Stuur eerst een schriftelijke waarschuwing. Een deskundigenoordeel van UWV helpt om je besluit te onderbouwen.",
                "If you do not cooperate with your re-integration without a good reason, refuse suitable work or break the control rules, your employer may stop or suspend your wage (art. 7:629(3) and (6) BW). Persistent refusal can lead to dismissal.",
                "If your employee does not cooperate without a good reason, you may stop the wage (art. 7:629(3) BW). Send a written warning first. A UWV expert opinion helps to support your decision."),
            tv(lang, voice,
                "Kun je iets echt niet? Zeg dat, en laat het de bedrijfsarts beoordelen. Houd een logboek bij.",
                "Leg afspraken en gesprekken schriftelijk vast.",
                "Really unable to do something? Say so, and let the company doctor judge it. Keep a log.",
                "Record agreements and conversations in writing."),
        ),
        W::DeskundigenoordeelSecondOpinion => (
            t(lang, "Twijfel of onenigheid: second opinion of deskundigenoordeel", "Doubt or disagreement: second opinion or expert opinion"),
            t(lang,
                "Ben je het niet eens met de bedrijfsarts, of loopt de re-integratie vast? Dan zijn er twee mogelijkheden. Een second opinion door een andere bedrijfsarts: alleen de werknemer kan die vragen (art. 14 Arbowet). Een deskundigenoordeel van UWV: werkgever of werknemer kan het vragen, over bijvoorbeeld passend werk of de inspanningen. Beide zijn een advies, maar UWV en rechters wegen ze mee.",
                "Do you disagree with the company doctor, or has re-integration stalled? There are two options. A second opinion from another company doctor: only the employee can ask for one (art. 14 Arbowet). An expert opinion (deskundigenoordeel) from UWV: employer or employee can ask, for example about suitable work or the efforts made. Both are advice, but UWV and courts take them into account."),
            tv(lang, voice,
                "Vraag de second opinion via je werkgever of de arbodienst, of vraag een deskundigenoordeel aan bij UWV.",
                "Vraag zelf een deskundigenoordeel aan bij UWV als je twijfelt over wat passend is.",
                "Ask for the second opinion through your employer or the occupational health service, or request an expert opinion from UWV.",
                "Request an expert opinion from UWV yourself if you are unsure what is suitable."),
        ),
        W::AowAge => (
            t(lang, "AOW-leeftijd", "State pension (AOW) age"),
            tv(lang, voice,
                "De AOW-leeftijd is 67 jaar in 2026 en 2027, en 67 jaar en 3 maanden in 2028. Vanaf die leeftijd gelden andere regels. Je werkgever mag je contract opzeggen omdat je die leeftijd bereikt, zonder toestemming van UWV, als je al voor die leeftijd in dienst was en niets anders schriftelijk is afgesproken (art. 7:669 lid 4 BW). Eindigt je contract na je AOW-leeftijd, dan is er geen transitievergoeding (art. 7:673 lid 7 sub b BW). Word je ziek, dan ben je wel beschermd, maar korter: je loon bij ziekte en het opzegverbod duren 6 weken als je ziekte op of na 1 juli 2023 begon, en 13 weken als die eerder begon (art. 7:629 lid 2 sub b en art. 7:670 lid 1 sub a BW). Ziekteperiodes met minder dan 4 weken ertussen tellen samen.",
                "De AOW-leeftijd is 67 jaar in 2026 en 2027, en 67 jaar en 3 maanden in 2028. Vanaf die leeftijd gelden andere regels. Je mag het contract opzeggen omdat je werknemer die leeftijd bereikt, zonder toestemming van UWV, als hij al voor die leeftijd in dienst was en niets anders schriftelijk is afgesproken (art. 7:669 lid 4 BW). Eindigt het contract na de AOW-leeftijd, dan is er geen transitievergoeding (art. 7:673 lid 7 sub b BW). Wordt je werknemer ziek, dan is hij wel beschermd, maar korter: het loon bij ziekte en het opzegverbod duren 6 weken als de ziekte op of na 1 juli 2023 begon, en 13 weken als die eerder begon (art. 7:629 lid 2 sub b en art. 7:670 lid 1 sub a BW). Ziekteperiodes met minder dan 4 weken ertussen tellen samen.",
                "The state pension (AOW) age is 67 in 2026 and 2027, and 67 years and 3 months in 2028. From that age other rules apply. Your employer may give notice because you reach that age, without UWV's permission, if you were employed before that age and nothing else was agreed in writing (art. 7:669(4) BW). If your contract ends after your AOW age, there is no transition payment (art. 7:673(7)(b) BW). If you fall sick, you are still protected, but for a shorter time: your wage during sickness and the ban on dismissal last 6 weeks if the sickness began on or after 1 July 2023, and 13 weeks if it began earlier (art. 7:629(2)(b) and art. 7:670(1)(a) BW). Sick periods less than 4 weeks apart count as one.",
                "The state pension (AOW) age is 67 in 2026 and 2027, and 67 years and 3 months in 2028. From that age other rules apply. You may give notice because your employee reaches that age, without UWV's permission, if they were employed before that age and nothing else was agreed in writing (art. 7:669(4) BW). If the contract ends after the AOW age, there is no transition payment (art. 7:673(7)(b) BW). If your employee falls sick, they are still protected, but for a shorter time: the wage during sickness and the ban on dismissal last 6 weeks if the sickness began on or after 1 July 2023, and 13 weeks if it began earlier (art. 7:629(2)(b) and art. 7:670(1)(a) BW). Sick periods less than 4 weeks apart count as one."),
            t(lang,
                "Controleer de precieze AOW-datum op de site van de SVB of Rijksoverheid. De dag waarop de AOW-leeftijd bereikt is, bepaalt welke regels gelden.",
                "Check the exact AOW date on the SVB or government website. The day the AOW age is reached decides which rules apply."),
        ),
        W::OpzegverbodNaAow => (
            t(lang, "Opzegverbod bij ziekte na de AOW-leeftijd: 6 of 13 weken", "Ban on dismissal during sickness after the AOW age: 6 or 13 weeks"),
            tv(lang, voice,
                "Je hebt de AOW-leeftijd bereikt. Dan mag je werkgever je niet ontslaan in de eerste 6 weken van je ziekte (als je ziekte op of na 1 juli 2023 begon) of de eerste 13 weken (als die eerder begon). Volgens je antwoorden is dat tot ongeveer {datum} (art. 7:670 lid 1 sub a BW). Ontslag omdat je de AOW-leeftijd bereikt, mag wel, als dat niets met je ziekte te maken heeft (art. 7:669 lid 4 BW).",
                "Je werknemer heeft de AOW-leeftijd bereikt. Dan mag je hem niet ontslaan in de eerste 6 weken van zijn ziekte (als de ziekte op of na 1 juli 2023 begon) of de eerste 13 weken (als die eerder begon). Volgens je antwoorden is dat tot ongeveer {datum} (art. 7:670 lid 1 sub a BW). Opzeggen omdat je werknemer de AOW-leeftijd bereikt, mag wel, als dat niets met zijn ziekte te maken heeft (art. 7:669 lid 4 BW).",
                "You have reached the state pension (AOW) age. Your employer may then not dismiss you during the first 6 weeks of your sickness (if it began on or after 1 July 2023) or the first 13 weeks (if it began earlier). According to your answers that is until about {datum} (art. 7:670(1)(a) BW). A dismissal because you reach the AOW age is allowed, if it has nothing to do with your sickness (art. 7:669(4) BW).",
                "Your employee has reached the state pension (AOW) age. You may then not dismiss them during the first 6 weeks of their sickness (if it began on or after 1 July 2023) or the first 13 weeks (if it began earlier). According to your answers that is until about {datum} (art. 7:670(1)(a) BW). Giving notice because your employee reaches the AOW age is allowed, if it has nothing to do with their sickness (art. 7:669(4) BW)."),
            tv(lang, voice,
                "Krijg je een ontslagbrief? Vraag dan snel advies, ook over de opzegtermijn en je loon.",
                "Wil je opzeggen? Controleer eerst de AOW-datum en de eerste ziektedag, en vraag juridisch advies.",
                "Received a dismissal letter? Get advice quickly, also about the notice period and your wage.",
                "Want to give notice? First check the AOW date and the first day of sickness, and get legal advice."),
        ),
        W::CheckHiaat => (
            t(lang, "Kijk of je verzekerd bent voor het WGA-hiaat", "Check whether you are insured for the WGA gap"),
            t(lang,
                "Na twee jaar ziekte kan je inkomen flink dalen, vooral als je minder gaat verdienen dan je zou kunnen. Een WGA-hiaatverzekering vult dat aan.",
                "After two years of sickness your income can drop a lot, especially if you earn less than you could. WGA gap insurance tops that up."),
            t(lang,
                "Vraag HR of je pensioenfonds of er een hiaatverzekering is, en onder welke voorwaarden.",
                "Ask HR or your pension fund whether there is gap insurance, and on what terms."),
        ),
        W::HighEarnerExcedent => (
            tv(lang, voice, "Je loon boven de WIA-grens is niet verzekerd", "Het loon van je werknemer boven de WIA-grens is niet verzekerd", "Your wage above the WIA cap is not insured", "Your employee's wage above the WIA cap is not insured"),
            tv(lang, voice,
                "De WIA rekent alleen met loon tot de grens{grens}. Boven die grens krijg je niets, tenzij er een excedentverzekering is.",
                "De WIA rekent alleen met loon tot de grens{grens}. Boven die grens krijgt je werknemer niets, tenzij er een excedentverzekering is.",
                "The WIA only counts wage up to the cap{grens}. Above it you get nothing, unless there is excess insurance.",
                "The WIA only counts wage up to the cap{grens}. Above it your employee gets nothing, unless there is excess insurance."),
            tv(lang, voice,
                "Vraag je werkgever of er een WIA-excedentverzekering is, of regel zelf een aanvulling.",
                "Kijk of er een WIA-excedentverzekering is, en vertel je werknemer wat die dekt.",
                "Ask your employer whether there is WIA excess insurance, or arrange your own top-up.",
                "Check whether there is WIA excess insurance, and tell your employee what it covers."),
        ),
        W::SelfEmployed => (
            t(lang, "Inkomen als zelfstandige is niet vanzelf verzekerd", "Self-employed income is not insured automatically"),
            t(lang,
                "Voor inkomen als zelfstandige is er geen verplichte verzekering bij ziekte of arbeidsongeschiktheid. Stopt je baan en ga je verder als zelfstandige? Dan kun je je bij UWV vrijwillig verzekeren voor de Ziektewet en de WIA. Vraag dat aan binnen 13 weken nadat je verplichte verzekering via je werk of uitkering stopt. Begin je volledig als zelfstandige, dan moet je in het jaar daarvoor verplicht verzekerd zijn geweest, met hoogstens 60 dagen onderbreking. Een aangekondigde wetswijziging (de BAZ) kan dit later veranderen; de stand staat in de melding over de BAZ.",
                "There is no compulsory insurance for self-employed income against sickness or incapacity for work. Is your job ending and do you carry on as self-employed? Then you can insure yourself voluntarily with UWV for the Ziektewet and the WIA. Apply within 13 weeks after your compulsory insurance through work or a benefit stops. If you start fully as self-employed, you must have been compulsorily insured in the year before, with a break of at most 60 days. An announced change in the law (the BAZ) may change this later; where it stands is in the notice about the BAZ."),
            t(lang,
                "Kijk naar de vrijwillige verzekering van UWV (let op de 13 weken), een arbeidsongeschiktheidsverzekering (AOV), een broodfonds of een buffer.",
                "Look at UWV's voluntary insurance (mind the 13 weeks), disability insurance (AOV), a 'broodfonds' or a savings buffer."),
        ),
        W::UwvVoluntaryDeadline => (
            t(lang, "Vrijwillige verzekering bij UWV: op tijd aanvragen", "Voluntary insurance with UWV: apply in time"),
            t(lang,
                "Als zelfstandige kun je je bij UWV vrijwillig verzekeren voor de Ziektewet en de WIA. Dat kan alleen als je het aanvraagt binnen 13 weken nadat je verplichte verzekering via je baan of uitkering is gestopt, en als je in het jaar daarvoor verplicht verzekerd was (met hoogstens 60 dagen onderbreking). Volgens je antwoorden is de laatste dag ongeveer {datum}. Daarna kan het niet meer.",
                "As a self-employed person you can insure yourself voluntarily with UWV for the Ziektewet and the WIA. This is only possible if you apply within 13 weeks after your compulsory insurance through a job or a benefit stopped, and if you were compulsorily insured in the year before (with a break of at most 60 days). According to your answers the last day is about {datum}. After that it is no longer possible."),
            t(lang,
                "Vraag de vrijwillige verzekering aan bij UWV, uiterlijk op {datum}. Twijfel je over de datum waarop je verplichte verzekering stopte? Vraag het UWV, en wacht niet tot de laatste dag.",
                "Apply to UWV for the voluntary insurance by {datum} at the latest. Unsure of the date your compulsory insurance stopped? Ask UWV, and do not wait for the last day."),
        ),
    };
    let mut consequence = if w.kind == W::HighEarnerExcedent {
        // `date` is the day the loongrens is read for (params, never a literal here).
        let grens = w
            .date
            .and_then(|d| crate::text::flow::wia_loongrens_line(d, lang))
            .map(|g| format!(" ({g})"))
            .unwrap_or_default();
        consequence.replace("{grens}", &grens)
    } else {
        with_date(consequence, w.date, lang)
    };
    // The aanzegplicht names the last day only when the end date is known.
    if let (W::Aanzegplicht, Some(d)) = (w.kind, w.date) {
        consequence.push(' ');
        let d = format::long_date(d, lang);
        // The text does not know today: it says what follows when that day has passed.
        consequence.push_str(&tv(
            lang,
            voice,
            format!("Volgens je antwoorden moet de aanzegging uiterlijk rond {d} gedaan zijn (een maand voor de einddatum). Is die dag voorbij zonder schriftelijke aanzegging, dan heb je recht op de aanzegvergoeding; kwam de aanzegging te laat, dan op een deel ervan."),
            format!("Volgens je antwoorden moet de aanzegging uiterlijk rond {d} gedaan zijn (een maand voor de einddatum). Is die dag voorbij zonder schriftelijke aanzegging, dan ben je de aanzegvergoeding verschuldigd; doe je het nu nog, dan een deel ervan (naar rato van de dagen te laat)."),
            format!("According to your answers, the notice must be given by about {d} (a month before the end date). If that day has passed without a written notice, you are entitled to the aanzegvergoeding; if the notice came late, to part of it."),
            format!("According to your answers, the notice must be given by about {d} (a month before the end date). If that day has passed without a written notice, you owe the aanzegvergoeding; if you give it now, part of it (pro rata for the days it is late)."),
        ));
    }
    // The claim deadline names its date only when the end date is known.
    if let (W::TvClaimDeadline, Some(d)) = (w.kind, w.date) {
        consequence.push(' ');
        consequence.push_str(&t(
            lang,
            format!("Uiterste datum: {}.", format::long_date(d, lang)),
            format!("Last date: {}.", format::long_date(d, lang)),
        ));
    }
    WarningText {
        title,
        consequence,
        action: with_date(action, w.date, lang),
    }
}

// ---------------------------------------------------------------------------------------
// Help and tools.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HelpText {
    pub name: &'static str,
    pub what: &'static str,
    pub url: Option<&'static str>,
}

/// Where to get help, said to the reader.
pub fn help_text(h: Help, voice: Voice, lang: Lang) -> HelpText {
    match h {
        Help::Bedrijfsarts => HelpText {
            name: t(lang, "De bedrijfsarts", "The company doctor (bedrijfsarts)"),
            what: tv(lang, voice,
                "Voor vragen over je gezondheid en wat je kunt. De bedrijfsarts is onafhankelijk en deelt geen medische gegevens met je werkgever.",
                "Voor advies over wat je werknemer kan en wat er nodig is voor de re-integratie. De bedrijfsarts is onafhankelijk en deelt geen medische gegevens met jou als werkgever.",
                "For questions about your health and what you can do. The company doctor is independent and does not share medical details with the employer.",
                "For advice on what your employee can do and what re-integration needs. The company doctor is independent and does not share medical details with you as the employer."),
            url: None,
        },
        Help::Uwv => HelpText {
            name: t(lang, "UWV", "UWV"),
            what: t(lang, "Voor de Ziektewet, WW, WIA en een deskundigenoordeel.", "For Sickness Benefit, WW, WIA and an expert opinion."),
            url: Some(crate::source::help::UWV),
        },
        Help::JuridischLoket => HelpText {
            name: t(lang, "Het Juridisch Loket", "The Juridisch Loket"),
            what: t(lang, "Gratis juridisch advies, ook over een vaststellingsovereenkomst of ontslag.", "Free legal advice, also about a settlement agreement or dismissal."),
            url: Some(crate::source::help::JURIDISCH_LOKET),
        },
        Help::Vakbond => HelpText {
            name: t(lang, "Je vakbond", "Your trade union"),
            what: t(lang, "Leden krijgen advies en soms rechtshulp.", "Members get advice and sometimes legal help."),
            url: None,
        },
        Help::Arbeidsrechtadvocaat => HelpText {
            name: t(lang, "Een arbeidsrechtadvocaat", "An employment lawyer"),
            what: t(lang, "Bij ontslag, een loonstop of een vaststellingsovereenkomst. Heb je een rechtsbijstandverzekering? Kijk of die helpt.", "For dismissal, a wage stop or a settlement agreement. Have legal expenses insurance? Check whether it covers this."),
            url: None,
        },
        Help::Vertrouwenspersoon => HelpText {
            name: t(lang, "De vertrouwenspersoon", "The confidential adviser (vertrouwenspersoon)"),
            what: t(lang, "Bij een conflict, pesten of ongewenst gedrag op het werk.", "For a conflict, bullying or unwanted behaviour at work."),
            url: None,
        },
        Help::Mediator => HelpText {
            name: t(lang, "Een mediator", "A mediator"),
            what: t(lang, "Helpt werkgever en werknemer om samen een conflict op te lossen.", "Helps employer and employee resolve a conflict together."),
            url: None,
        },
        Help::Arbodienst => HelpText {
            name: t(lang, "Je arbodienst", "Your occupational health service (arbodienst)"),
            what: t(lang, "Voor de ziekmelding, de bedrijfsarts en de stappen van de Wet verbetering poortwachter.", "For the sick report, the company doctor and the steps of the Gatekeeper Improvement Act."),
            url: None,
        },
        Help::FinancieelAdviseur => HelpText {
            name: t(lang, "Een onafhankelijk financieel adviseur", "An independent financial adviser"),
            what: t(lang, "Helpt je AOV's te vergelijken: de voorwaarden, de premie en wat je zelf kunt dragen.", "Helps you compare AOVs: the terms, the premium and what you can carry yourself."),
            url: None,
        },
        Help::Verzekeraar => HelpText {
            name: t(lang, "Je verzuimverzekeraar", "Your absence insurer (verzuimverzekeraar)"),
            what: t(lang, "Als je verzekerd bent voor loondoorbetaling: vaak helpt de verzekeraar met re-integratie.", "If you are insured for wage payment during sickness: the insurer often helps with re-integration."),
            url: None,
        },
    }
}

pub fn tool_label(tool: Tool, lang: Lang) -> &'static str {
    match tool {
        Tool::Tijdlijn => t(
            lang,
            "Bekijk alle datums in de poortwachter-kalender",
            "See all dates in the Gatekeeper calendar",
        ),
        Tool::Transitievergoeding => t(
            lang,
            "Bereken de transitievergoeding",
            "Calculate the transition payment",
        ),
        Tool::Inkomen => t(
            lang,
            "Wat gebeurt er met het inkomen?",
            "What happens to the income?",
        ),
        Tool::Vergelijk => t(
            lang,
            "Vergelijk spoor 2 en outplacement",
            "Compare spoor 2 and outplacement",
        ),
        Tool::Uitleg => t(lang, "Lees de uitleg", "Read the explanations"),
    }
}

// ---------------------------------------------------------------------------------------
// The finished outcome in one language.

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderedCard {
    pub route: AdviceRoute,
    pub title: &'static str,
    pub why: Vec<String>,
    pub timing: Vec<String>,
    pub next: &'static [&'static str],
    pub who_pays: &'static str,
    pub employee_must: &'static [&'static str],
    pub conditions: &'static [&'static str],
    pub risks: &'static [&'static str],
    pub legal_basis: &'static str,
    pub sources: &'static [Source],
    pub uncertain: Option<&'static str>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderedWarning {
    pub kind: WarningKind,
    pub text: WarningText,
    pub sources: &'static [Source],
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderedOutcome {
    pub title: &'static str,
    /// The deadlines within 14 days, shown first.
    pub urgent: Vec<RenderedUrgent>,
    pub summary: Vec<String>,
    pub duties: Vec<&'static str>,
    pub routes: Vec<RenderedCard>,
    pub warnings: Vec<RenderedWarning>,
    /// Announced changes in the law, with status and last check, under "Let op".
    pub pending_law: Vec<RenderedPending>,
    pub help: Vec<HelpText>,
    pub tools: Vec<(&'static str, String)>,
    pub deadlines: Vec<RenderedDeadline>,
    pub money: RenderedMoney,
    /// A settlement agreement beside what the law gives.
    pub vso: Option<crate::text::flow::vso::RenderedVso>,
    /// The situational route: staying or leaving now.
    pub stay_or_leave: Option<crate::text::flow::vso::RenderedStayOrLeave>,
    pub disclaimer: &'static str,
    pub content_date: &'static str,
}

/// One notice from the pending-law register, in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderedPending {
    /// The register id (`36869`), for tests and styling.
    pub code: &'static str,
    /// "Let op: wetsvoorstel, nog geen wet".
    pub label: &'static str,
    pub title: &'static str,
    /// What the change would do, in general.
    pub changes: &'static str,
    /// What it would mean here, when the situation says more.
    pub meaning: Option<String>,
    /// The intended date, where known, and "Laatst gecontroleerd op …".
    pub dates: String,
    pub source: Source,
}

/// A pending-law notice in words, from the register.
pub fn render_pending(n: &PendingNotice, lang: Lang) -> RenderedPending {
    use crate::text::pending_law as pl;
    let e = n.id.entry();
    let meaning = match n.meaning {
        PendingMeaning::Compensation {
            size,
            wachttijd_end,
        } => Some(pl::compensation_meaning(e, size, wachttijd_end, lang)),
        PendingMeaning::General => None,
    };
    let dates = match pl::intended(e, lang) {
        Some(i) => format!("{i} {}", pl::last_checked(e, lang)),
        None => pl::last_checked(e, lang),
    };
    RenderedPending {
        code: n.id.code(),
        label: pl::status_label(e.status, lang),
        title: pl::title(n.id, lang),
        changes: pl::changes(n.id, lang),
        meaning,
        dates,
        source: e.source,
    }
}

/// One row of "Wat moet er wanneer gebeuren".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderedDeadline {
    pub date: String,
    pub actor: &'static str,
    pub title: String,
    pub status: &'static str,
    /// `due_soon` or `future`, for styling.
    pub status_code: &'static str,
    pub uncertain: Option<&'static str>,
}

pub fn render_deadline(d: &Deadline, lang: Lang) -> RenderedDeadline {
    RenderedDeadline {
        date: format::long_date_with_weekday(d.date, lang),
        actor: actor_label(d.actor, lang),
        title: milestone_title(d.id, lang),
        status: status_label(d.status, lang),
        status_code: d.status.code(),
        uncertain: d.uncertain.then(|| PoortwachterText::Uncertain.text(lang)),
    }
}

/// "Wat betekent dit voor je geld", in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderedMoney {
    /// The engine's amount, formatted (`€ 12.345,67`), when calculated and due.
    pub amount: Option<String>,
    /// The explanation lines, in order.
    pub lines: Vec<String>,
    /// The legal basis of the verdict.
    pub basis: Option<&'static str>,
    /// The engine's uncertainty notes.
    pub uncertain: Vec<String>,
    /// (label, href) of the calculator link, pre-filled.
    pub calculator: Option<(&'static str, String)>,
    /// (label, href) of the income projection, pre-filled from the answers, when it
    /// matters (sick, the job may end, or self-employed).
    pub income: Option<(&'static str, String)>,
}

impl RenderedMoney {
    /// Nothing to show: the section is left out.
    pub fn is_empty(&self) -> bool {
        self.amount.is_none()
            && self.lines.is_empty()
            && self.calculator.is_none()
            && self.income.is_none()
    }
}

/// The money section in words. `income` is the pre-filled link to the income projection,
/// when the outcome offers one.
pub fn render_money(m: &Money, income: Option<&str>, voice: Voice, lang: Lang) -> RenderedMoney {
    let income = income.map(|href| (OutcomeText::IncomeLink.text(voice, lang), href.to_string()));
    match m {
        // The job does not end: no transitievergoeding, and no line that says so.
        Money::NotApplicable => RenderedMoney {
            amount: None,
            lines: Vec::new(),
            basis: None,
            uncertain: Vec::new(),
            calculator: None,
            income,
        },
        Money::SeeVso => RenderedMoney {
            amount: None,
            lines: vec![tv(lang, voice,
                "In een vaststellingsovereenkomst heb je geen wettelijk recht op een transitievergoeding. Het wettelijke bedrag op de einddatum van de overeenkomst staat hieronder, als maatstaf naast het aanbod.",
                "In een vaststellingsovereenkomst heeft je werknemer geen wettelijk recht op een transitievergoeding. Het wettelijke bedrag op de einddatum van de overeenkomst staat hieronder, als maatstaf naast het aanbod.",
                "A settlement agreement gives you no statutory right to a transition payment. The statutory amount on the agreement's end date is shown below, as the benchmark beside the offer.",
                "A settlement agreement gives your employee no statutory right to a transition payment. The statutory amount on the agreement's end date is shown below, as the benchmark beside the offer.").to_string()],
            basis: None,
            uncertain: Vec::new(),
            calculator: None,
            income,
        },
        Money::NeedInputs { href } => RenderedMoney {
            amount: None,
            lines: vec![OutcomeText::MoneyNeedInputs.text(voice, lang).to_string()],
            basis: None,
            uncertain: Vec::new(),
            calculator: Some((OutcomeText::MoneyCalculator.text(voice, lang), href.clone())),
            income,
        },
        Money::Xella(x) => render_xella(x, income, voice, lang),
        Money::Transitievergoeding(r) => {
            let amount = format::amount(r.amount, lang);
            let mut lines = Vec::new();
            if r.due {
                lines.push(tv(
                    lang,
                    voice,
                    format!("Volgens je antwoorden heb je recht op een transitievergoeding van {amount} bruto."),
                    format!("Volgens je antwoorden heeft je werknemer recht op een transitievergoeding van {amount} bruto."),
                    format!("According to your answers, you are entitled to a transition payment of {amount} gross."),
                    format!("According to your answers, your employee is entitled to a transition payment of {amount} gross."),
                ));
            } else {
                lines.push(
                    t(
                        lang,
                        "Volgens je antwoorden is er geen wettelijke transitievergoeding.",
                        "According to your answers, no statutory transition payment is due.",
                    )
                    .to_string(),
                );
            }
            lines.push(reason_text(r.reason, voice, lang).to_string());
            if r.capped {
                let cap = format::amount(r.cap, lang);
                lines.push(t(
                    lang,
                    format!("Het bedrag is begrensd op het maximum van {cap}."),
                    format!("The amount is limited to the maximum of {cap}."),
                ));
            }
            if r.due {
                let by = format::long_date(r.claim_deadline, lang);
                lines.push(t(
                    lang,
                    format!("Wordt er niet betaald, dan moet de vordering uiterlijk {by} bij de rechter zijn (3 maanden na het einde, art. 7:686a lid 4 BW)."),
                    format!("If it is not paid, the claim must reach the court by {by} (3 months after the end, art. 7:686a(4) BW)."),
                ));
            }
            lines.push(t(lang,
                "We rekenen met je bruto maandloon en 8% vakantiegeld. Vaste en variabele looncomponenten (zoals een dertiende maand of bonus) verhogen het bedrag: vul ze in bij de rekenhulp.",
                "We use your gross monthly wage and 8% holiday pay. Fixed and variable wage components (such as a 13th month or a bonus) raise the amount: add them in the calculator.").to_string());
            RenderedMoney {
                amount: r.due.then_some(amount),
                lines,
                basis: Some(r.reason.basis()),
                uncertain: r
                    .uncertain
                    .iter()
                    .filter(|u| u.affects().contains(&"payable") || u.affects().contains(&"due"))
                    .map(|u| uncertainty_text(*u, voice, lang))
                    .collect(),
                calculator: Some((
                    OutcomeText::MoneyHowCalculated.text(voice, lang),
                    r.href.clone(),
                )),
                income,
            }
        }
    }
}

/// The money of a dormant contract (Xella): the amount at the end of the wachttijd, why
/// it is that amount and no more, the UWV compensation's status and term, and the
/// calculator with the same inputs.
fn render_xella(
    x: &XellaOutcome,
    income: Option<(&'static str, String)>,
    voice: Voice,
    lang: Lang,
) -> RenderedMoney {
    let end = format::long_date(x.wachttijd_end, lang);
    let mut lines = Vec::new();
    match x.amount {
        Some(a) => {
            let a = format::amount(a, lang);
            lines.push(tv(lang, voice,
                format!("Beëindigen jullie het slapende contract op jouw voorstel, dan moet je werkgever je in beginsel {a} bruto betalen: zo hoog als de transitievergoeding die je had gekregen als je contract op {end} was geëindigd, de laatste dag van de 104 weken ziekte."),
                format!("Beëindigen jullie het slapende contract op voorstel van je werknemer, dan betaal je in beginsel {a} bruto: zo hoog als de transitievergoeding als het contract op {end} was geëindigd, de laatste dag van de 104 weken ziekte."),
                format!("If the dormant contract is ended on your proposal, your employer must in principle pay you {a} gross: as much as the transition payment you would have got if your contract had ended on {end}, the last day of the 104 weeks of sickness."),
                format!("If the dormant contract is ended on your employee's proposal, you in principle pay {a} gross: as much as the transition payment if the contract had ended on {end}, the last day of the 104 weeks of sickness.")));
        }
        None => lines.push(t(lang,
            format!("Het bedrag is zo hoog als de transitievergoeding als het contract op {end} was geëindigd, de laatste dag van de 104 weken ziekte. Daarvoor zijn de datum van indiensttreding en het bruto maandloon nodig; vul ze in bij de rekenhulp."),
            format!("The amount is as much as the transition payment if the contract had ended on {end}, the last day of the 104 weeks of sickness. It needs the start date of employment and the gross monthly wage; fill them in in the calculator."))),
    }
    lines.push(t(lang,
        "Wat er na de 104 weken nog aan dienstjaren bijkomt, telt niet mee: een latere einddatum maakt dit bedrag niet hoger.",
        "Service after the 104 weeks does not count: a later end date does not make this amount higher.").to_string());
    if let Some(status) = x.compensation {
        lines.push(line_text(
            Line::CompensationStatus {
                status,
                size: x.size,
                wachttijd_end: x.wachttijd_end,
            },
            voice,
            lang,
        ));
        if status != crate::transitievergoeding::CompensationStatus::NotEligible {
            lines.push(line_text(
                Line::CompensationDeadline { date: None },
                voice,
                lang,
            ));
        }
    }
    RenderedMoney {
        amount: x.amount.map(|a| format::amount(a, lang)),
        lines,
        basis: Some(t(lang,
            "Hoge Raad 8 november 2019 (Xella, ECLI:NL:HR:2019:1734); compensatie: art. 7:673e BW.",
            "Supreme Court 8 November 2019 (Xella, ECLI:NL:HR:2019:1734); compensation: art. 7:673e BW.")),
        uncertain: x
            .amount
            .map(|_| {
                [Uncertainty::WachttijdReferenceDay, Uncertainty::WageAtWachttijdEnd]
                    .into_iter()
                    .map(|u| uncertainty_text(u, voice, lang))
                    .collect()
            })
            .unwrap_or_default(),
        calculator: Some((OutcomeText::MoneyHowCalculated.text(voice, lang), x.href.clone())),
        income,
    }
}

pub fn render_card(c: &RouteCard, voice: Voice, lang: Lang) -> RenderedCard {
    let rt = route_text(c.route, voice, lang);
    RenderedCard {
        route: c.route,
        title: rt.title,
        why: c.why.iter().map(|w| why_text(w, voice, lang)).collect(),
        timing: c
            .timing
            .as_ref()
            .map(|ti| timing_text(ti, lang))
            .unwrap_or_default(),
        next: rt.next,
        who_pays: rt.who_pays,
        employee_must: rt.employee_must,
        conditions: rt.conditions,
        risks: rt.risks,
        legal_basis: rt.legal_basis,
        sources: route_sources(c.route),
        uncertain: rt.uncertain,
    }
}

impl Outcome {
    /// All texts of the outcome in one language, in page order.
    pub fn render(&self, lang: Lang) -> RenderedOutcome {
        let voice = self.voice;
        RenderedOutcome {
            title: OutcomeText::Title.text(voice, lang),
            urgent: self
                .urgent
                .iter()
                .map(|u| render_urgent(u, voice, lang))
                .collect(),
            summary: self
                .summary
                .iter()
                .map(|s| summary_text(s, voice, lang))
                .collect(),
            duties: self.duties.iter().map(|d| duty_text(*d, lang)).collect(),
            routes: self
                .routes
                .iter()
                .map(|c| render_card(c, voice, lang))
                .collect(),
            warnings: self
                .warnings
                .iter()
                .map(|w| RenderedWarning {
                    kind: w.kind,
                    text: warning_text(w, voice, lang),
                    sources: warning_sources(w.kind),
                })
                .collect(),
            pending_law: self
                .pending_law
                .iter()
                .map(|n| render_pending(n, lang))
                .collect(),
            help: self
                .help
                .iter()
                .map(|h| help_text(*h, voice, lang))
                .collect(),
            tools: self
                .tools
                .iter()
                .map(|l| (tool_label(l.tool, lang), l.href.clone()))
                .collect(),
            deadlines: self
                .next_deadlines
                .iter()
                .map(|d| render_deadline(d, lang))
                .collect(),
            money: render_money(
                &self.money,
                self.tools
                    .iter()
                    .find(|l| l.tool == Tool::Inkomen)
                    .map(|l| l.href.as_str()),
                voice,
                lang,
            ),
            vso: self
                .vso
                .as_ref()
                .map(|c| crate::text::flow::vso::render_vso(c, voice, lang)),
            stay_or_leave: self
                .stay_or_leave
                .as_ref()
                .map(|s| crate::text::flow::vso::render_stay_or_leave(s, voice, lang)),
            disclaimer: OutcomeText::Disclaimer.text(voice, lang),
            content_date: crate::text::ui::CONTENT_DATE,
        }
    }
}

// ---------------------------------------------------------------------------------------
// Deadlines that are due now.

/// One urgent deadline in words: "Morgen (dinsdag 24 november 2026): Probleemanalyse".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderedUrgent {
    /// "vandaag", "morgen" or "over N dagen" (today, tomorrow, in N days).
    pub when: String,
    /// The date with its weekday.
    pub date: String,
    /// What is due.
    pub title: String,
    /// Who acts, in the reader's voice ("Je werkgever", "Jij"), when it is one party.
    pub who: Option<&'static str>,
    /// What to do.
    pub what: String,
}

/// "vandaag", "morgen", "over N dagen".
pub fn days_from_now(days: i64, lang: Lang) -> String {
    match days {
        0 => t(lang, "vandaag", "today").to_string(),
        1 => t(lang, "morgen", "tomorrow").to_string(),
        n => t(lang, format!("over {n} dagen"), format!("in {n} days")),
    }
}

/// Who takes a step, said to the reader: the employee reads "Jij" and "Je werkgever",
/// the employer "Jij, als werkgever" and "Je werknemer".
pub fn actor_for_reader(a: Actor, voice: Voice, lang: Lang) -> &'static str {
    match a {
        Actor::Werkgever => tv(
            lang,
            voice,
            "Je werkgever",
            "Jij, als werkgever",
            "Your employer",
            "You, as the employer",
        ),
        Actor::Werknemer => tv(lang, voice, "Jij", "Je werknemer", "You", "Your employee"),
        Actor::WerkgeverEnWerknemer => tv(
            lang,
            voice,
            "Jij en je werkgever samen",
            "Jij en je werknemer samen",
            "You and your employer together",
            "You and your employee together",
        ),
        Actor::Bedrijfsarts => t(lang, "De bedrijfsarts", "The company doctor"),
        Actor::Uwv => t(lang, "UWV", "UWV"),
    }
}

/// Who acts on a dated warning, when it is one party.
fn warning_actor(k: WarningKind) -> Option<Actor> {
    match k {
        WarningKind::TvClaimDeadline | WarningKind::UwvVoluntaryDeadline => Some(Actor::Werknemer),
        WarningKind::Aanzegplicht => Some(Actor::Werkgever),
        _ => None,
    }
}

impl RenderedUrgent {
    /// "Vandaag" / "Over 3 dagen", with a capital, for the start of a line.
    pub fn when_capitalised(&self) -> String {
        let mut c = self.when.chars();
        match c.next() {
            Some(f) => f.to_uppercase().chain(c).collect(),
            None => String::new(),
        }
    }

    /// The whole item as one line of plain text (the printed summary).
    pub fn line(&self, lang: Lang) -> String {
        let who = self
            .who
            .map(|w| {
                format!(
                    " {}: {w}.",
                    OutcomeText::UrgentWho.text(Voice::Werknemer, lang)
                )
            })
            .unwrap_or_default();
        format!(
            "{} ({}): {}.{who} {}",
            self.when_capitalised(),
            self.date,
            self.title,
            self.what
        )
    }
}

pub fn render_urgent(u: &Urgent, voice: Voice, lang: Lang) -> RenderedUrgent {
    let (title, who, what) = match u.what {
        UrgentWhat::Step { id, actor } => (
            milestone_title(id, lang),
            Some(actor_for_reader(actor, voice, lang)),
            milestone_what(id, lang).to_string(),
        ),
        UrgentWhat::Warning(kind) => {
            let w = warning_text(
                &Warning {
                    kind,
                    date: Some(u.date),
                },
                voice,
                lang,
            );
            (
                w.title.to_string(),
                warning_actor(kind).map(|a| actor_for_reader(a, voice, lang)),
                w.action,
            )
        }
    };
    RenderedUrgent {
        when: days_from_now(u.days, lang),
        date: format::long_date_with_weekday(u.date, lang),
        title,
        who,
        what,
    }
}
