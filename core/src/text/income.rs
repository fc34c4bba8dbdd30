//! Every text of the income projection (`#/inkomen`), in Dutch and English: the form,
//! the sources, the phases and their rules, the notes on simplifications, the insurance
//! considerations, the summary and the errors. Exhaustive matches, no wildcard arms.

use chrono::Datelike;

use crate::form_model::inkomen::{Field, FieldError};
use crate::income::{
    AoClass, AowInfo, Consideration, ConsiderationKind, Cover, IncomeError, MonthIncome, Note,
    NoticeInfo, ParamName, Phase, PhaseKind, Role, Source, Summary, WiaWork,
};
use crate::lang::Lang;
use crate::money::Cents;
use crate::params::Certainty;
use crate::text::format;
use crate::text::forms::form_error;

/// Short fixed texts of the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IncomeText {
    Title,
    Intro,
    FormHeading,
    SituationLegend,
    SituationSick,
    SituationDismissal,
    WorkerLegend,
    WorkerEmployee,
    WorkerSelfEmployed,
    WageLabel,
    WageHint,
    SickDayLabel,
    NoticeDateLabel,
    EmploymentStartLabel,
    BornLabel,
    BornHint,
    PayLegend,
    PayLegal,
    PayCao100100,
    PayCao10070,
    PayCustom,
    PayYear1Label,
    PayYear2Label,
    PercentHint,
    AoLegend,
    AoHint,
    WorkYearsLabel,
    WorkYearsHint,
    WiaWorkLegend,
    CoverLegend,
    CoverHint,
    AovLabel,
    AovHint,
    AovWaitingLabel,
    AovWaitingHint,
    Calculate,
    ResultHeading,
    ScenarioHeading,
    ChartName,
    LegendHeading,
    TableCaption,
    ColMonth,
    ColTotal,
    PhasesHeading,
    ColPhase,
    ColPeriod,
    ColRule,
    ColSource,
    ConsiderationsEmployee,
    ConsiderationsEmployer,
    NotesHeading,
    ParamsHeading,
    RangeLow,
    RangeHigh,
    Print,
    Disclaimer,
    Help,
    NothingToShow,
    Uncertain,
    Estimate,
    ShowRange,
}

impl IncomeText {
    pub fn text(self, lang: Lang) -> &'static str {
        use IncomeText::*;
        match lang {
            Lang::Nl => match self {
                Title => "Wat gebeurt er met mijn inkomen?",
                Intro => "Zie hoe je bruto inkomen per maand verandert in de vijf jaar na je eerste ziektedag of na je ontslag. Het is een schatting: je ziet welke regel in elke periode geldt en waar die regel staat.",
                FormHeading => "Jouw gegevens",
                SituationLegend => "Wat is je situatie?",
                SituationSick => "Ik ben ziek (of word het)",
                SituationDismissal => "Ik word ontslagen (WW)",
                WorkerLegend => "Hoe werk je?",
                WorkerEmployee => "In loondienst",
                WorkerSelfEmployed => "Als zelfstandige (zzp)",
                WageLabel => "Bruto jaarloon, met vakantiegeld",
                WageHint => "Bijvoorbeeld 48.000 of 48.000,00. Zelfstandige? Vul je winst per jaar in; die gebruiken we niet voor uitkeringen.",
                SickDayLabel => "Eerste ziektedag",
                NoticeDateLabel => "Datum van de opzegging",
                EmploymentStartLabel => "Datum waarop je in dienst kwam",
                BornLabel => "Geboortedatum (mag leeg)",
                BornHint => "Daarmee stopt de berekening op je AOW-leeftijd.",
                PayLegend => "Hoeveel loon krijg je als je ziek bent?",
                PayLegal => "Wat de wet zegt: 70%, tot 70% van het maximumdagloon (jaar 1 minstens het minimumloon)",
                PayCao100100 => "Cao: 100% in jaar 1 en 100% in jaar 2",
                PayCao10070 => "Cao: 100% in jaar 1 en 70% in jaar 2",
                PayCustom => "Andere percentages",
                PayYear1Label => "Percentage in jaar 1",
                PayYear2Label => "Percentage in jaar 2",
                PercentHint => "Een heel getal van 0 tot en met 100.",
                AoLegend => "Hoeveel procent arbeidsongeschikt ben je na 2 jaar, denk je?",
                AoHint => "UWV stelt dit vast na 104 weken. Weet je het niet? Kies 'Weet ik niet'; je ziet dan de laagste en de hoogste uitkomst.",
                WorkYearsLabel => "Aantal jaren dat je hebt gewerkt (arbeidsverleden)",
                WorkYearsHint => "Dit bepaalt hoe lang je WW of loongerelateerde WGA-uitkering duurt.",
                WiaWorkLegend => "Werk je tijdens de WGA?",
                CoverLegend => "Heeft je werkgever een WGA-hiaat- of WIA-excedentverzekering?",
                CoverHint => "Vraag het na bij HR of in je arbeidsvoorwaarden.",
                AovLabel => "Verzekerd bedrag van je AOV per jaar (mag leeg)",
                AovHint => "Alleen voor zelfstandigen met een arbeidsongeschiktheidsverzekering. Leeg = geen AOV.",
                AovWaitingLabel => "Eigenrisicotermijn van je AOV in dagen",
                AovWaitingHint => "Bijvoorbeeld 30, 90 of 365.",
                Calculate => "Bereken",
                ResultHeading => "Jouw inkomen per maand",
                ScenarioHeading => "Probeer een ander scenario",
                ChartName => "Staafdiagram: bruto inkomen per maand, gestapeld per bron",
                LegendHeading => "Bronnen",
                TableCaption => "Bruto inkomen per maand en per bron (in euro)",
                ColMonth => "Maand",
                ColTotal => "Totaal",
                PhasesHeading => "Periodes en regels",
                ColPhase => "Periode",
                ColPeriod => "Van – tot en met",
                ColRule => "Regel",
                ColSource => "Bron",
                ConsiderationsEmployee => "Om over na te denken: voor jou als werknemer of zelfstandige",
                ConsiderationsEmployer => "Om over na te denken: voor de werkgever",
                NotesHeading => "Wat deze berekening niet doet",
                ParamsHeading => "Gebruikte bedragen",
                RangeLow => "Laagste uitkomst",
                RangeHigh => "Hoogste uitkomst",
                Print => "Afdrukken",
                Disclaimer => "Dit is informatie, geen juridisch of financieel advies. De bedragen zijn bruto en een schatting.",
                Help => "Hulp nodig? Vraag het UWV, het Juridisch Loket, je vakbond, je verzekeraar of een adviseur.",
                NothingToShow => "Er is niets te berekenen: je hebt op de begindatum de AOW-leeftijd al bereikt.",
                Uncertain => "onzeker",
                Estimate => "schatting",
                ShowRange => "Toon",
            },
            Lang::En => match self {
                Title => "What happens to my income?",
                Intro => "See how your gross monthly income changes in the five years after your first day of sickness or your dismissal. It is an estimate: you see which rule applies in each period and where that rule comes from.",
                FormHeading => "Your details",
                SituationLegend => "What is your situation?",
                SituationSick => "I am (or will be) ill",
                SituationDismissal => "I am being dismissed (WW)",
                WorkerLegend => "How do you work?",
                WorkerEmployee => "As an employee",
                WorkerSelfEmployed => "Self-employed (zzp)",
                WageLabel => "Gross annual wage, including holiday allowance",
                WageHint => "For example 48,000 or 48.000,00. Self-employed? Enter your yearly profit; it is not used for benefits.",
                SickDayLabel => "First day of sickness",
                NoticeDateLabel => "Date notice was given",
                EmploymentStartLabel => "Date you started working there",
                BornLabel => "Date of birth (optional)",
                BornHint => "The projection then stops at your state pension (AOW) age.",
                PayLegend => "How much pay do you get while ill?",
                PayLegal => "What the law says: 70%, up to 70% of the maximum daily wage (year 1 at least the minimum wage)",
                PayCao100100 => "Collective agreement: 100% in year 1 and 100% in year 2",
                PayCao10070 => "Collective agreement: 100% in year 1 and 70% in year 2",
                PayCustom => "Other percentages",
                PayYear1Label => "Percentage in year 1",
                PayYear2Label => "Percentage in year 2",
                PercentHint => "A whole number from 0 to 100.",
                AoLegend => "How disabled for work do you expect to be after 2 years?",
                AoHint => "UWV decides this after 104 weeks. Don't know? Choose 'I don't know'; you then see the lowest and the highest outcome.",
                WorkYearsLabel => "Years of work history (arbeidsverleden)",
                WorkYearsHint => "This decides how long your WW or wage-related WGA benefit lasts.",
                WiaWorkLegend => "Do you work during the WGA?",
                CoverLegend => "Does your employer have WGA gap (hiaat) or WIA excess (excedent) insurance?",
                CoverHint => "Ask HR or check your terms of employment.",
                AovLabel => "Insured amount of your disability insurance (AOV) per year (optional)",
                AovHint => "Only for the self-employed with a disability insurance. Empty = no AOV.",
                AovWaitingLabel => "Waiting period of your AOV in days",
                AovWaitingHint => "For example 30, 90 or 365.",
                Calculate => "Calculate",
                ResultHeading => "Your income per month",
                ScenarioHeading => "Try another scenario",
                ChartName => "Bar chart: gross income per month, stacked by source",
                LegendHeading => "Sources",
                TableCaption => "Gross income per month and per source (in euros)",
                ColMonth => "Month",
                ColTotal => "Total",
                PhasesHeading => "Periods and rules",
                ColPhase => "Period",
                ColPeriod => "From – to",
                ColRule => "Rule",
                ColSource => "Source",
                ConsiderationsEmployee => "To think about: for you as an employee or self-employed person",
                ConsiderationsEmployer => "To think about: for the employer",
                NotesHeading => "What this projection does not do",
                ParamsHeading => "Amounts used",
                RangeLow => "Lowest outcome",
                RangeHigh => "Highest outcome",
                Print => "Print",
                Disclaimer => "This is information, not legal or financial advice. The amounts are gross and an estimate.",
                Help => "Need help? Ask UWV, the Juridisch Loket (legal aid), your union, your insurer or an adviser.",
                NothingToShow => "There is nothing to project: you had already reached the state pension age on the start date.",
                Uncertain => "uncertain",
                Estimate => "estimate",
                ShowRange => "Show",
            },
        }
    }
}

pub fn source_name(s: Source, lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => match s {
            Source::Wage => "Loon uit werk",
            Source::Loondoorbetaling => "Loon tijdens ziekte",
            Source::Ww => "WW-uitkering",
            Source::WgaLgu => "WGA loongerelateerd",
            Source::Loonaanvulling => "WGA loonaanvulling",
            Source::Vervolguitkering => "WGA vervolguitkering",
            Source::Iva => "IVA-uitkering",
            Source::InsuranceTopUp => "Aanvulling verzekering",
        },
        Lang::En => match s {
            Source::Wage => "Wage from work",
            Source::Loondoorbetaling => "Pay during illness",
            Source::Ww => "Unemployment benefit (WW)",
            Source::WgaLgu => "WGA wage-related benefit",
            Source::Loonaanvulling => "WGA wage supplement",
            Source::Vervolguitkering => "WGA follow-up benefit",
            Source::Iva => "IVA benefit",
            Source::InsuranceTopUp => "Insurance top-up",
        },
    }
}

pub fn phase_name(k: PhaseKind, lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => match k {
            PhaseKind::NoticePeriod => "Opzegtermijn",
            PhaseKind::SickPayYear1 => "Ziek, jaar 1",
            PhaseKind::SickPayYear2 => "Ziek, jaar 2",
            PhaseKind::Ww75 => "WW, eerste 2 maanden",
            PhaseKind::Ww70 => "WW, daarna",
            PhaseKind::AfterWw => "Na de WW",
            PhaseKind::WgaLgu75 => "WGA loongerelateerd, eerste 2 maanden",
            PhaseKind::WgaLgu70 => "WGA loongerelateerd, daarna",
            PhaseKind::WgaLoonaanvulling => "WGA loonaanvulling",
            PhaseKind::WgaVervolg => "WGA vervolguitkering",
            PhaseKind::Iva => "IVA",
            PhaseKind::AovWaiting => "Eigenrisicotermijn AOV",
            PhaseKind::Aov => "Uitkering AOV",
            PhaseKind::SelfEmployedNoCover => "Zelfstandige zonder verzekering",
        },
        Lang::En => match k {
            PhaseKind::NoticePeriod => "Notice period",
            PhaseKind::SickPayYear1 => "Ill, year 1",
            PhaseKind::SickPayYear2 => "Ill, year 2",
            PhaseKind::Ww75 => "WW, first 2 months",
            PhaseKind::Ww70 => "WW, after that",
            PhaseKind::AfterWw => "After the WW",
            PhaseKind::WgaLgu75 => "WGA wage-related, first 2 months",
            PhaseKind::WgaLgu70 => "WGA wage-related, after that",
            PhaseKind::WgaLoonaanvulling => "WGA wage supplement",
            PhaseKind::WgaVervolg => "WGA follow-up benefit",
            PhaseKind::Iva => "IVA",
            PhaseKind::AovWaiting => "AOV waiting period",
            PhaseKind::Aov => "AOV payments",
            PhaseKind::SelfEmployedNoCover => "Self-employed without insurance",
        },
    }
}

/// A percentage in basis points as text: 7000 → "70", 5075 → "50,75" / "50.75".
pub fn pct(bp: u32, lang: Lang) -> String {
    let whole = bp / 100;
    let frac = bp % 100;
    if frac == 0 {
        return whole.to_string();
    }
    let sep = match lang {
        Lang::Nl => ',',
        Lang::En => '.',
    };
    format!("{whole}{sep}{frac:02}")
}

/// The rule applied in a phase, in a sentence.
pub fn phase_rule(ph: &Phase, lang: Lang) -> String {
    let p = pct(ph.pct_bp.unwrap_or(0), lang);
    match lang {
        Lang::Nl => match ph.kind {
            PhaseKind::NoticePeriod => "Je werkt door en krijgt je gewone loon tot je contract eindigt. De opzegtermijn hangt af van hoe lang je in dienst bent (1 tot 4 maanden) en loopt tot het einde van een maand.".into(),
            PhaseKind::SickPayYear1 => format!("Je werkgever betaalt {p}% van je loon door. Wettelijk is dat 70% van je loon, maar niet meer dan 70% van het maximumdagloon, en in het eerste jaar minstens het minimumloon. Een cao of contract kan meer geven."),
            PhaseKind::SickPayYear2 => format!("Je werkgever betaalt {p}% van je loon door. Wettelijk is dat 70% van je loon, maar niet meer dan 70% van het maximumdagloon. Een cao of contract kan meer geven."),
            PhaseKind::Ww75 => "WW: 75% van je dagloon. Je dagloon is je loon, maar niet meer dan het maximumdagloon.".into(),
            PhaseKind::Ww70 => "WW: 70% van je dagloon. Hoe lang: 1 maand per jaar arbeidsverleden (na 10 jaar een halve maand per jaar), minstens 3 en hoogstens 24 maanden.".into(),
            PhaseKind::AfterWw => "Je WW is afgelopen. Wat je dan krijgt (bijvoorbeeld bijstand) hangt af van je huishouden en je vermogen; dat rekenen we niet uit.".into(),
            PhaseKind::WgaLgu75 => "WGA loongerelateerde uitkering: 75% van je dagloon, minus 75% van wat je verdient.".into(),
            PhaseKind::WgaLgu70 => "WGA loongerelateerde uitkering: 70% van je dagloon, minus 70% van wat je verdient. Dezelfde duur als de WW: 3 tot 24 maanden.".into(),
            PhaseKind::WgaLoonaanvulling => "Je verdient minstens de helft van wat je volgens UWV nog kunt verdienen (je restverdiencapaciteit). Je krijgt 70% van het verschil tussen je oude loon (tot het maximum) en die restverdiencapaciteit.".into(),
            PhaseKind::WgaVervolg => format!("Je verdient minder dan de helft van je restverdiencapaciteit. Je krijgt {p}% van het minimumloon, of van je oude loon als dat lager was (art. 62 WIA). Een hoger oud loon telt niet mee. Deze daling heet het WGA-hiaat."),
            PhaseKind::Iva => "IVA: je bent volledig en duurzaam arbeidsongeschikt. Je krijgt 75% van je loon, tot het maximumdagloon, tot je AOW-leeftijd.".into(),
            PhaseKind::AovWaiting => "De eigenrisicotermijn van je AOV: in deze tijd krijg je nog niets.".into(),
            PhaseKind::Aov => "Je AOV keert uit: het verzekerde bedrag maal je percentage arbeidsongeschiktheid (een gewone polis, vanaf 25%).".into(),
            PhaseKind::SelfEmployedNoCover => "Als zelfstandige heb je geen wettelijke verzekering bij ziekte. Zonder AOV of broodfonds krijg je niets.".into(),
        },
        Lang::En => match ph.kind {
            PhaseKind::NoticePeriod => "You keep working and receive your normal wage until your contract ends. The notice period depends on how long you have worked there (1 to 4 months) and runs to the end of a month.".into(),
            PhaseKind::SickPayYear1 => format!("Your employer keeps paying {p}% of your wage. By law this is 70% of your wage, but no more than 70% of the maximum daily wage, and in the first year at least the minimum wage. A collective agreement or contract may give more."),
            PhaseKind::SickPayYear2 => format!("Your employer keeps paying {p}% of your wage. By law this is 70% of your wage, but no more than 70% of the maximum daily wage. A collective agreement or contract may give more."),
            PhaseKind::Ww75 => "WW: 75% of your daily wage. Your daily wage is your wage, but no more than the maximum daily wage.".into(),
            PhaseKind::Ww70 => "WW: 70% of your daily wage. How long: 1 month per year of work history (after 10 years half a month per year), at least 3 and at most 24 months.".into(),
            PhaseKind::AfterWw => "Your WW has ended. What you get then (for example social assistance) depends on your household and savings; we do not calculate it.".into(),
            PhaseKind::WgaLgu75 => "WGA wage-related benefit: 75% of your daily wage, minus 75% of what you earn.".into(),
            PhaseKind::WgaLgu70 => "WGA wage-related benefit: 70% of your daily wage, minus 70% of what you earn. Same duration as the WW: 3 to 24 months.".into(),
            PhaseKind::WgaLoonaanvulling => "You earn at least half of what UWV says you can still earn (your remaining earning capacity). You get 70% of the difference between your old wage (up to the maximum) and that capacity.".into(),
            PhaseKind::WgaVervolg => format!("You earn less than half of your remaining earning capacity. You get {p}% of the minimum wage, or of your old wage if that was lower (art. 62 WIA). A higher old wage does not count. This drop is called the WGA gap."),
            PhaseKind::Iva => "IVA: you are fully and permanently disabled for work. You get 75% of your wage, up to the maximum daily wage, until your state pension age.".into(),
            PhaseKind::AovWaiting => "The waiting period of your AOV: you get nothing yet.".into(),
            PhaseKind::Aov => "Your AOV pays: the insured amount times your disability percentage (a typical policy, from 25%).".into(),
            PhaseKind::SelfEmployedNoCover => "As a self-employed person you have no statutory cover when ill. Without an AOV or a broodfonds you get nothing.".into(),
        },
    }
}

pub fn ao_label(a: AoClass, lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => match a {
            AoClass::Below35 => "Minder dan 35%",
            AoClass::Ao35To45 => "35 tot 45%",
            AoClass::Ao45To55 => "45 tot 55%",
            AoClass::Ao55To65 => "55 tot 65%",
            AoClass::Ao65To80 => "65 tot 80%",
            AoClass::Ao80To100NotPermanent => "80 tot 100%, kan nog herstellen",
            AoClass::Ao80To100Permanent => "80 tot 100%, blijvend (IVA)",
            AoClass::Unknown => "Weet ik niet",
        },
        Lang::En => match a {
            AoClass::Below35 => "Less than 35%",
            AoClass::Ao35To45 => "35 to 45%",
            AoClass::Ao45To55 => "45 to 55%",
            AoClass::Ao55To65 => "55 to 65%",
            AoClass::Ao65To80 => "65 to 80%",
            AoClass::Ao80To100NotPermanent => "80 to 100%, may still recover",
            AoClass::Ao80To100Permanent => "80 to 100%, permanent (IVA)",
            AoClass::Unknown => "I don't know",
        },
    }
}

pub fn cover_label(c: Cover, lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => match c {
            Cover::None => "Nee",
            Cover::Basic => "Ja, WGA-hiaat basis",
            Cover::Extended => "Ja, uitgebreid (hiaat uitgebreid en excedent)",
            Cover::Unknown => "Weet ik niet",
        },
        Lang::En => match c {
            Cover::None => "No",
            Cover::Basic => "Yes, basic WGA gap cover",
            Cover::Extended => "Yes, extended (extended gap and excess cover)",
            Cover::Unknown => "I don't know",
        },
    }
}

pub fn work_label(w: WiaWork, lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => match w {
            WiaWork::None => "Nee",
            WiaWork::Below50 => "Ja, minder dan de helft van wat ik volgens UWV nog kan verdienen",
            WiaWork::AtLeast50 => "Ja, minstens de helft van wat ik volgens UWV nog kan verdienen",
        },
        Lang::En => match w {
            WiaWork::None => "No",
            WiaWork::Below50 => "Yes, less than half of what UWV says I can still earn",
            WiaWork::AtLeast50 => "Yes, at least half of what UWV says I can still earn",
        },
    }
}

pub fn note_text(n: Note, lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => match n {
            Note::GrossOnly => "Alle bedragen zijn bruto. Belasting, premies en toeslagen rekenen we niet uit. Vakantiegeld is over de maanden verdeeld.",
            Note::Indicative => "Het is een schatting. UWV, je werkgever of je verzekeraar bepalen de echte bedragen.",
            Note::ParamsEstimated => "Voor sommige maanden is een bedrag (zoals het maximumdagloon of het minimumloon) nog niet bekend of niet bevestigd. We gebruiken dan het laatst bekende bedrag of een schatting.",
            Note::TopUpTypicalProduct => "De aanvulling van een verzekering is een voorbeeld van een gewone polis: hiaat basis vult de vervolguitkering aan tot 70% van je gemiste loon tot de loongrens; uitgebreid doet dat in de hele WGA en vult ook het loon boven de loongrens aan. Jouw polis kan anders zijn.",
            Note::AovTypicalProduct => "De AOV is een voorbeeld van een gewone polis: het verzekerde bedrag maal je percentage arbeidsongeschiktheid, vanaf 25%. Jouw polis kan anders zijn.",
            Note::WorkAssumption => "Hoeveel je verdient tijdens de WGA weten we niet precies. We rekenen met een kwart van je restverdiencapaciteit (bij 'minder dan de helft') of precies de helft (bij 'minstens de helft').",
            Note::AoBandMiddle => "We rekenen met het midden van de groep die je koos, bijvoorbeeld 40% bij 35 tot 45%. Bij 80 tot 100% rekenen we met 100%.",
            Note::PartTimeFloor => "Je jaarloon is lager dan een voltijds minimumloon. Werk je deeltijd, dan geldt het minimumloon naar verhouding. We rekenen voorzichtig met 70% van je loon.",
            Note::CustomBelowLegal => "Een percentage onder 70% mag niet: de wet geeft 70%, tot 70% van het maximumdagloon. We rekenen met het wettelijke bedrag.",
            Note::Below35Assumption => "Ben je minder dan 35% arbeidsongeschikt, dan krijg je geen WIA. We gaan ervan uit dat je contract na 2 jaar eindigt en dat je WW krijgt. Blijf je werken, dan houd je je loon.",
            Note::WwNextToWgaNotModelled => "Word je ontslagen terwijl je een WGA-uitkering hebt, dan kun je daarnaast WW krijgen. Dat rekenen we niet uit.",
            Note::NoticeSimplified => "We gaan uit van de wettelijke opzegtermijn. Een andere termijn in je contract of cao, en de kortere termijn na toestemming van UWV, rekenen we niet mee. De transitievergoeding zit er niet in.",
            Note::AfterBenefitNotModelled => "Na het einde van een uitkering rekenen we met € 0 uit deze bronnen. Bijstand, toeslagen en ander inkomen rekenen we niet uit.",
            Note::PlannedChanges => "Er zijn plannen die deze uitkeringen kunnen veranderen; ze staan hieronder, met hoe ver ze zijn. We rekenen met de regels die nu gelden.",
            Note::AowNotGiven => "Je gaf geen geboortedatum. De berekening loopt dan altijd vijf jaar, ook als je eerder de AOW-leeftijd bereikt.",
            Note::AowBeforeTable => "Voor jouw geboortedatum staat de AOW-leeftijd niet in onze tabel. De berekening stopt daarom niet bij je AOW-leeftijd.",
            Note::AowUncertain => "Jouw AOW-leeftijd is nog niet vastgesteld. We rekenen met minstens 67 jaar en 3 maanden. Kijk op svb.nl.",
            Note::AowUnverified => "Voor jouw geboortedatum is de AOW-leeftijd 67 jaar en 3 maanden aangekondigd; het officiële besluit konden we niet controleren. Kijk op svb.nl.",
            Note::AowReached => "Op de begindatum had je de AOW-leeftijd al bereikt.",
            Note::RangeShown => "Je koos 'Weet ik niet'. Daarom zie je de laagste en de hoogste uitkomst.",
        },
        Lang::En => match n {
            Note::GrossOnly => "All amounts are gross. We do not calculate tax, contributions or allowances. Holiday pay is spread over the months.",
            Note::Indicative => "This is an estimate. UWV, your employer or your insurer decide the real amounts.",
            Note::ParamsEstimated => "For some months an amount (such as the maximum daily wage or the minimum wage) is not known yet or not confirmed. We then use the last known amount or an estimate.",
            Note::TopUpTypicalProduct => "The insurance top-up is an example of a typical policy: basic gap cover tops up the follow-up benefit to 70% of your lost wage up to the wage ceiling; extended does so during the whole WGA and also covers the wage above the ceiling. Your policy may differ.",
            Note::AovTypicalProduct => "The AOV is an example of a typical policy: the insured amount times your disability percentage, from 25%. Your policy may differ.",
            Note::WorkAssumption => "We do not know exactly what you earn during the WGA. We use a quarter of your remaining earning capacity ('less than half') or exactly half ('at least half').",
            Note::AoBandMiddle => "We use the middle of the band you chose, for example 40% for 35 to 45%. For 80 to 100% we use 100%.",
            Note::PartTimeFloor => "Your annual wage is below a full-time minimum wage. If you work part-time, the minimum wage applies pro rata. We carefully use 70% of your wage.",
            Note::CustomBelowLegal => "A percentage below 70% is not allowed: the law gives 70%, up to 70% of the maximum daily wage. We use the legal amount.",
            Note::Below35Assumption => "Below 35% disability there is no WIA benefit. We assume your contract ends after 2 years and you get WW. If you keep working, you keep your wage.",
            Note::WwNextToWgaNotModelled => "If you are dismissed while on a WGA benefit, you may also get WW. We do not calculate that.",
            Note::NoticeSimplified => "We use the statutory notice period. A different period in your contract or collective agreement, and the shorter period after UWV permission, are not included. The transition payment is not included.",
            Note::AfterBenefitNotModelled => "After a benefit ends we show € 0 from these sources. Social assistance, allowances and other income are not calculated.",
            Note::PlannedChanges => "There are plans that could change these benefits; they are listed below, with how far they have come. We use the rules that apply today.",
            Note::AowNotGiven => "You gave no date of birth. The projection then always runs five years, even if you reach the state pension age earlier.",
            Note::AowBeforeTable => "The state pension age for your date of birth is not in our table. The projection therefore does not stop at your state pension age.",
            Note::AowUncertain => "Your state pension age has not been fixed yet. We use at least 67 years and 3 months. Check svb.nl.",
            Note::AowUnverified => "For your date of birth a state pension age of 67 years and 3 months was announced; we could not check the official decision. Check svb.nl.",
            Note::AowReached => "You had already reached the state pension age on the start date.",
            Note::RangeShown => "You chose 'I don't know'. That is why you see the lowest and the highest outcome.",
        },
    }
}

pub fn role_heading(r: Role, lang: Lang) -> &'static str {
    match r {
        Role::Employee => IncomeText::ConsiderationsEmployee.text(lang),
        Role::Employer => IncomeText::ConsiderationsEmployer.text(lang),
    }
}

/// The text of an insurance consideration.
pub fn consideration_text(c: &Consideration, lang: Lang) -> String {
    match lang {
        Lang::Nl => match c.kind {
            ConsiderationKind::CheckHiaatExcedent => "Vraag nu al aan je werkgever of er een WGA-hiaat- of WIA-excedentverzekering is. Zonder die verzekering kan je inkomen na de loongerelateerde WGA-uitkering flink dalen, en boven de loongrens krijg je uit de WIA niets. Let op de drempel (35% of 15%), de eindleeftijd en wat als loon telt.".into(),
            ConsiderationKind::VsoWhileSick => "Teken geen vaststellingsovereenkomst terwijl je ziek bent zonder advies. UWV weigert dan je Ziektewet-uitkering, helemaal of voor een deel, omdat je zelf meewerkte aan het einde van je contract. WW krijg je niet zolang je door ziekte niet kunt werken. Dit risico duurt tot het einde van de wachttijd (104 weken, plus een eventuele loonsanctie).".into(),
            ConsiderationKind::VoluntaryUwvInsurance => "Ga je voor jezelf werken of stopt je uitkering? Bij UWV kun je je vrijwillig verzekeren voor de Ziektewet of de WIA. Vraag dat aan binnen 13 weken nadat je verplichte verzekering via je werk of uitkering is gestopt. Begin je volledig als zelfstandige, dan moet je in het jaar daarvoor verplicht verzekerd zijn geweest (met hoogstens 60 dagen onderbreking).".into(),
            ConsiderationKind::AovAndBaz => "Als zelfstandige ben je niet vanzelf verzekerd. Denk aan een AOV (let op het beroepscriterium, de eigenrisicotermijn, de eindleeftijd en de premie), een broodfonds (hoogstens 2 jaar) of een buffer. Er is nu geen verplichte verzekering voor zelfstandigen. Over de aangekondigde basisverzekering (BAZ) lees je de stand in de uitleg over inkomen en verzekering.".into(),
            ConsiderationKind::Verzuimverzekering => "Een verzuimverzekering dekt het doorbetaalde loon. Een gewone polis heeft een eigen risico in tijd (2 tot 26 weken) en dekt zieken van voor de start niet. Een stop-loss polis heeft een eigen risico in geld en past meestal bij 25 of meer werknemers.".into(),
            ConsiderationKind::MkbVerzuimOntzorg => "Voor kleine werkgevers is er de MKB verzuim-ontzorgverzekering: een verzekering plus arbodienst plus hulp bij de Poortwachter-taken in één pakket.".into(),
            ConsiderationKind::EigenRisicoDrager { next } => {
                let base = "Eigenrisicodrager worden voor de WGA (tot 10 jaar per geval) of de Ziektewet kan premie besparen, maar je draagt dan zelf de uitkering en de re-integratie. Het kan per 1 januari of 1 juli; de aanvraag moet 13 weken vooraf bij de Belastingdienst zijn, met een garantieverklaring.";
                match next {
                    Some((start, by)) => format!("{base} De eerstvolgende mogelijkheid is {}: aanvragen uiterlijk {}.", format::long_date(start, lang), format::long_date(by, lang)),
                    None => base.into(),
                }
            }
            ConsiderationKind::Compensatieregeling => "Eindigt het contract na 2 jaar ziekte, dan betaalt de werkgever de transitievergoeding. UWV compenseert die nu (het laagste van drie bedragen, art. 7:673e BW). Vraag de compensatie aan binnen 6 maanden nadat je de transitievergoeding hebt betaald. Aangekondigde wijzigingen kunnen de compensatie beperken of beëindigen; de stand lees je in de uitleg over de transitievergoeding.".into(),
        },
        Lang::En => match c.kind {
            ConsiderationKind::CheckHiaatExcedent => "Ask your employer now whether there is WGA gap (hiaat) or WIA excess (excedent) insurance. Without it, your income can drop sharply after the wage-related WGA benefit, and above the wage ceiling the WIA pays nothing. Check the threshold (35% or 15%), the end age and what counts as wage.".into(),
            ConsiderationKind::VsoWhileSick => "Do not sign a settlement agreement (VSO) while ill without advice. UWV then refuses your sickness benefit (Ziektewet), wholly or partly, because you helped end your contract. You get no WW while you cannot work because of illness. This risk lasts until the end of the waiting period (104 weeks, plus any wage sanction).".into(),
            ConsiderationKind::VoluntaryUwvInsurance => "Starting for yourself, or is your benefit ending? You can take out voluntary Ziektewet or WIA insurance with UWV. Apply within 13 weeks after your compulsory insurance through work or a benefit has stopped. If you start fully as self-employed, you must have been compulsorily insured in the year before (with a break of at most 60 days).".into(),
            ConsiderationKind::AovAndBaz => "As a self-employed person you are not insured automatically. Consider an AOV (check the occupation criterion, the waiting period, the end age and the premium), a broodfonds (at most 2 years) or savings. There is no compulsory insurance for the self-employed today. Where the announced basic insurance (BAZ) stands, you can read in the explanation on income and insurance.".into(),
            ConsiderationKind::Verzuimverzekering => "Sick-pay insurance covers the wage paid during illness. A conventional policy has an own-risk period in time (2 to 26 weeks) and does not cover staff who were already ill at the start. A stop-loss policy has an own risk in money and usually suits 25 or more employees.".into(),
            ConsiderationKind::MkbVerzuimOntzorg => "Small employers can take the MKB verzuim-ontzorgverzekering: insurance plus an occupational health service plus help with the Poortwachter tasks in one package.".into(),
            ConsiderationKind::EigenRisicoDrager { next } => {
                let base = "Becoming a self-insurer (eigenrisicodrager) for the WGA (up to 10 years per case) or the Ziektewet can save premium, but you then carry the benefit and the re-integration yourself. It starts on 1 January or 1 July; the application must reach the tax authority 13 weeks before, with a guarantee statement.";
                match next {
                    Some((start, by)) => format!("{base} The next possible start is {}: apply by {}.", format::long_date(start, lang), format::long_date(by, lang)),
                    None => base.into(),
                }
            }
            ConsiderationKind::Compensatieregeling => "If the contract ends after 2 years of illness, the employer pays the transition payment. UWV compensates it today (the lowest of three amounts, art. 7:673e BW). Apply within 6 months after you paid the transition payment. Announced changes may limit or end the compensation; where they stand is in the explanation on the transitievergoeding.".into(),
        },
    }
}

pub fn error_text(e: IncomeError, lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => match e {
            IncomeError::WageMissing => "Vul je bruto jaarloon in, meer dan € 0.",
            IncomeError::WageTooHigh => "Vul een jaarloon in tussen € 0 en € 10.000.000.",
            IncomeError::StartDateOutOfRange => "Vul een datum in tussen 1950 en 2099.",
            IncomeError::EmploymentStartOutOfRange => {
                "Vul een datum van indiensttreding in tussen 1950 en 2099."
            }
            IncomeError::EmploymentStartAfterNotice => {
                "De datum van indiensttreding moet voor de datum van de opzegging liggen."
            }
            IncomeError::BornOutOfRange => "Vul een geboortedatum in tussen 1950 en 2099.",
            IncomeError::BornAfterStart => "Je geboortedatum moet voor de begindatum liggen.",
            IncomeError::WorkYearsTooHigh => "Vul een aantal jaren in van 0 tot en met 60.",
            IncomeError::CustomPercentOutOfRange => "Vul een percentage in van 0 tot en met 100.",
            IncomeError::SelfEmployedNeedsSickness => {
                "Voor zelfstandigen werkt de berekening alleen bij ziekte, niet bij ontslag."
            }
            IncomeError::AovAmountInvalid => {
                "Vul een verzekerd bedrag in tussen € 0 en € 10.000.000, of laat het leeg."
            }
            IncomeError::AovWaitingTooLong => {
                "Vul een eigenrisicotermijn in van 0 tot en met 730 dagen."
            }
        },
        Lang::En => match e {
            IncomeError::WageMissing => "Enter your gross annual wage, more than € 0.",
            IncomeError::WageTooHigh => "Enter an annual wage between € 0 and € 10,000,000.",
            IncomeError::StartDateOutOfRange => "Enter a date between 1950 and 2099.",
            IncomeError::EmploymentStartOutOfRange => {
                "Enter a start date of employment between 1950 and 2099."
            }
            IncomeError::EmploymentStartAfterNotice => {
                "The start date of employment must be before the date notice was given."
            }
            IncomeError::BornOutOfRange => "Enter a date of birth between 1950 and 2099.",
            IncomeError::BornAfterStart => "Your date of birth must be before the start date.",
            IncomeError::WorkYearsTooHigh => "Enter a number of years from 0 to 60.",
            IncomeError::CustomPercentOutOfRange => "Enter a percentage from 0 to 100.",
            IncomeError::SelfEmployedNeedsSickness => {
                "For the self-employed the projection only works for illness, not for dismissal."
            }
            IncomeError::AovAmountInvalid => {
                "Enter an insured amount between € 0 and € 10,000,000, or leave it empty."
            }
            IncomeError::AovWaitingTooLong => "Enter a waiting period from 0 to 730 days.",
        },
    }
}

pub fn param_name(p: ParamName, lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => match p {
            ParamName::MaxDagloon => "Maximumdagloon",
            ParamName::MinWage => "Minimumloon per maand (referentie, 36 uur)",
            ParamName::Loongrens => "WIA-loongrens per jaar (maximum premieloon)",
        },
        Lang::En => match p {
            ParamName::MaxDagloon => "Maximum daily wage",
            ParamName::MinWage => "Minimum wage per month (reference, 36 hours)",
            ParamName::Loongrens => "WIA wage ceiling per year (maximum premium wage)",
        },
    }
}

pub fn certainty_text(c: Certainty, carried: bool, lang: Lang) -> &'static str {
    if carried {
        return IncomeText::Estimate.text(lang);
    }
    match lang {
        Lang::Nl => match c {
            Certainty::Confirmed => "officieel",
            Certainty::Secondary => "uit een betrouwbare, niet-officiële bron",
            Certainty::Unverified => "aangekondigd, officiële tekst niet gevonden",
            Certainty::Estimate => "schatting: nog niet vastgesteld",
        },
        Lang::En => match c {
            Certainty::Confirmed => "official",
            Certainty::Secondary => "from a reliable, unofficial source",
            Certainty::Unverified => "announced, official text not found",
            Certainty::Estimate => "estimate: not set yet",
        },
    }
}

/// "Maand 3 (mrt 2026)" as a short month label.
pub fn month_label(m: &MonthIncome, lang: Lang) -> String {
    const NL: [&str; 12] = [
        "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
    ];
    const EN: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let i = m.from.month0() as usize;
    let y = m.from.year();
    match lang {
        Lang::Nl => format!("{} ({} {y})", m.index, NL.get(i).copied().unwrap_or("")),
        Lang::En => format!("{} ({} {y})", m.index, EN.get(i).copied().unwrap_or("")),
    }
}

/// About `level` in whole euros: `€ 1.610`.
fn about(c: Cents, lang: Lang) -> String {
    format::amount_whole(c, lang)
}

/// The one-line summary, e.g. "Na 24 maanden daalt je inkomen naar ongeveer € 1.610 per
/// maand."
pub fn summary_text(s: &Summary, lang: Lang) -> String {
    let x = about(s.level, lang);
    let n = s.after_months;
    let down = s.level < s.first;
    let same =
        n == 0 || (s.level.as_i128() - s.first.as_i128()).abs() * 100 <= s.first.as_i128().abs();
    match lang {
        Lang::Nl => {
            if same {
                format!("Je inkomen blijft ongeveer {x} per maand.")
            } else if down {
                format!("Na {n} maanden daalt je inkomen naar ongeveer {x} per maand.")
            } else {
                format!("Na {n} maanden stijgt je inkomen naar ongeveer {x} per maand.")
            }
        }
        Lang::En => {
            if same {
                format!("Your income stays at about {x} a month.")
            } else if down {
                format!("After {n} months your income drops to about {x} a month.")
            } else {
                format!("After {n} months your income rises to about {x} a month.")
            }
        }
    }
}

/// The start: "In maand 1 krijg je € 3.500."
pub fn first_month_text(s: &Summary, lang: Lang) -> String {
    let x = format::amount_whole(s.first, lang);
    match lang {
        Lang::Nl => format!("In de eerste maand is je bruto inkomen {x}."),
        Lang::En => format!("In the first month your gross income is {x}."),
    }
}

pub fn range_label(low: bool, ao: AoClass, cover: Cover, lang: Lang) -> String {
    let which = if low {
        IncomeText::RangeLow.text(lang)
    } else {
        IncomeText::RangeHigh.text(lang)
    };
    match lang {
        Lang::Nl => format!(
            "{which}: arbeidsongeschiktheid {}, verzekering: {}",
            ao_label(ao, lang).to_lowercase(),
            cover_label(cover, lang).to_lowercase()
        ),
        Lang::En => format!(
            "{which}: disability {}, insurance: {}",
            ao_label(ao, lang).to_lowercase(),
            cover_label(cover, lang).to_lowercase()
        ),
    }
}

pub fn aow_text(a: AowInfo, lang: Lang) -> Option<String> {
    match a {
        AowInfo::On { date, cuts, .. } => Some(match (lang, cuts) {
            (Lang::Nl, true) => format!("Je bereikt de AOW-leeftijd op {}. De berekening stopt daar; de AOW zelf zit er niet in.", format::long_date(date, lang)),
            (Lang::Nl, false) => format!("Je bereikt de AOW-leeftijd op {}, na deze vijf jaar.", format::long_date(date, lang)),
            (Lang::En, true) => format!("You reach the state pension age on {}. The projection stops there; the state pension itself is not included.", format::long_date(date, lang)),
            (Lang::En, false) => format!("You reach the state pension age on {}, after these five years.", format::long_date(date, lang)),
        }),
        AowInfo::NotGiven | AowInfo::BeforeTable | AowInfo::Reached => None,
    }
}

pub fn notice_text(n: &NoticeInfo, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!(
            "Je was {} jaar in dienst, dus je opzegtermijn is {} {}. Je contract eindigt op {}; je WW begint op {}.",
            n.service_years,
            n.months,
            if n.months == 1 { "maand" } else { "maanden" },
            format::long_date(n.contract_end, lang),
            format::long_date(n.ww_start, lang)
        ),
        Lang::En => format!(
            "You worked there for {} years, so your notice period is {} {}. Your contract ends on {}; your WW starts on {}.",
            n.service_years,
            n.months,
            if n.months == 1 { "month" } else { "months" },
            format::long_date(n.contract_end, lang),
            format::long_date(n.ww_start, lang)
        ),
    }
}

pub fn above_loongrens_text(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => "Je loon ligt boven de WIA-loongrens. Over het deel daarboven krijg je uit de WIA niets; alleen een excedentverzekering vult dat aan.",
        Lang::En => "Your wage is above the WIA wage ceiling. The WIA pays nothing over the part above it; only excess (excedent) insurance covers that.",
    }
}

/// A field's label on `#/inkomen`, used in the error summary.
pub fn field_label(f: Field, lang: Lang) -> &'static str {
    match f {
        Field::Wage => IncomeText::WageLabel,
        Field::SickDay => IncomeText::SickDayLabel,
        Field::NoticeDate => IncomeText::NoticeDateLabel,
        Field::EmploymentStart => IncomeText::EmploymentStartLabel,
        Field::Born => IncomeText::BornLabel,
        Field::PayYear1 => IncomeText::PayYear1Label,
        Field::PayYear2 => IncomeText::PayYear2Label,
        Field::WorkYears => IncomeText::WorkYearsLabel,
        Field::Aov => IncomeText::AovLabel,
        Field::AovWaiting => IncomeText::AovWaitingLabel,
        Field::Worker => IncomeText::WorkerLegend,
    }
    .text(lang)
}

/// The sentence beside a field of `#/inkomen` and in the error summary.
pub fn field_error(e: FieldError, lang: Lang) -> String {
    match e {
        FieldError::Form(e) => form_error(e, lang),
        FieldError::Engine(e) => error_text(e, lang).to_string(),
    }
}

#[cfg(test)]
mod tests;
