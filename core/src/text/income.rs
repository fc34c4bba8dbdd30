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
use crate::text::t;
use crate::text::transitievergoeding::{compensation_term_en, compensation_term_nl};

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
    /// The self-employed: profit, not a wage with holiday pay.
    ProfitLabel,
    ProfitHint,
    HoursLabel,
    HoursHint,
    SickDayLabel,
    NoticeDateLabel,
    EmploymentStartLabel,
    BornLabel,
    BornHint,
    ContractEndLabel,
    ContractEndHint,
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
    /// The self-employed: the insurer judges the disability, not UWV.
    AoLegendSelfEmployed,
    AoHintSelfEmployed,
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
        match self {
            Title => t(lang, "Wat gebeurt er met mijn inkomen?", "What happens to my income?"),
            Intro => t(lang, "Zie hoe je bruto inkomen per maand verandert in de vijf jaar na je eerste ziektedag of na je ontslag. Het is een schatting: je ziet welke regel in elke periode geldt en waar die regel staat.", "See how your gross monthly income changes in the five years after your first day of sickness or your dismissal. It is an estimate: you see which rule applies in each period and where that rule comes from."),
            FormHeading => t(lang, "Jouw gegevens", "Your details"),
            SituationLegend => t(lang, "Wat is je situatie?", "What is your situation?"),
            SituationSick => t(lang, "Ik ben ziek (of word het)", "I am (or will be) ill"),
            SituationDismissal => t(lang, "Ik word ontslagen (WW)", "I am being dismissed (WW)"),
            WorkerLegend => t(lang, "Hoe werk je?", "How do you work?"),
            WorkerEmployee => t(lang, "In loondienst", "As an employee"),
            WorkerSelfEmployed => t(lang, "Als zelfstandige (zzp)", "Self-employed (zzp)"),
            WageLabel => t(lang, "Bruto jaarloon, met vakantiegeld", "Gross annual wage, including holiday allowance"),
            WageHint => t(lang, "Bijvoorbeeld 48.000 of 48.000,00: 12 keer je bruto maandloon plus het vakantiegeld.", "For example 48,000 or 48.000,00: 12 times your gross monthly wage plus the holiday allowance."),
            ProfitLabel => t(lang, "Winst per jaar (mag leeg)", "Profit per year (optional)"),
            ProfitHint => t(lang, "Je winst uit onderneming, ongeveer. Zonder werkgever is er geen loon bij ziekte en geen uitkering van UWV: de berekening laat zien wat je AOV uitkeert. Zet dat zelf naast je winst.", "Your business profit, roughly. Without an employer there is no pay during illness and no UWV benefit: the projection shows what your AOV pays. Set that against your profit yourself."),
            HoursLabel => t(lang, "Uren per week volgens je contract (mag leeg)", "Hours per week under your contract (optional)"),
            HoursHint => t(lang, "Het minimumloon is sinds 2024 een uurloon. Met je uren rekenen we het minimum in het eerste ziektejaar goed uit.", "Since 2024 the minimum wage is an hourly wage. With your hours we work out the minimum in the first year of illness correctly."),
            SickDayLabel => t(lang, "Eerste ziektedag", "First day of sickness"),
            NoticeDateLabel => t(lang, "Datum van de opzegging", "Date notice was given"),
            EmploymentStartLabel => t(lang, "Datum waarop je in dienst kwam", "Date you started working there"),
            BornLabel => t(lang, "Geboortedatum (mag leeg)", "Date of birth (optional)"),
            BornHint => t(lang, "Daarmee stopt de berekening op je AOW-leeftijd.", "The projection then stops at your state pension (AOW) age."),
            ContractEndLabel => t(lang, "Laatste dag van je contract, als het tijdens je ziekte eindigt (mag leeg)", "Last day of your contract, if it ends during your illness (optional)"),
            ContractEndHint => t(lang, "Bijvoorbeeld een tijdelijk contract dat niet wordt verlengd. Je loon stopt dan op die dag; daarna krijg je een Ziektewet-uitkering.", "For example a temporary contract that is not renewed. Your pay then stops on that day; after it you get a sickness benefit (Ziektewet)."),
            PayLegend => t(lang, "Hoeveel loon krijg je als je ziek bent?", "How much pay do you get while ill?"),
            PayLegal => t(lang, "Wat de wet zegt: 70%, tot 70% van het maximumdagloon (jaar 1 minstens het minimumloon)", "What the law says: 70%, up to 70% of the maximum daily wage (year 1 at least the minimum wage)"),
            PayCao100100 => t(lang, "Cao: 100% in jaar 1 en 100% in jaar 2", "Collective agreement: 100% in year 1 and 100% in year 2"),
            PayCao10070 => t(lang, "Cao: 100% in jaar 1 en 70% in jaar 2", "Collective agreement: 100% in year 1 and 70% in year 2"),
            PayCustom => t(lang, "Andere percentages", "Other percentages"),
            PayYear1Label => t(lang, "Percentage in jaar 1", "Percentage in year 1"),
            PayYear2Label => t(lang, "Percentage in jaar 2", "Percentage in year 2"),
            PercentHint => t(lang, "Een heel getal van 0 tot en met 100.", "A whole number from 0 to 100."),
            AoLegend => t(lang, "Hoeveel procent arbeidsongeschikt ben je na 2 jaar, denk je?", "How disabled for work do you expect to be after 2 years?"),
            AoHint => t(lang, "UWV stelt dit vast na 104 weken. Weet je het niet? Kies 'Weet ik niet'; je ziet dan de laagste en de hoogste uitkomst.", "UWV decides this after 104 weeks. Don't know? Choose 'I don't know'; you then see the lowest and the highest outcome."),
            AoLegendSelfEmployed => t(lang, "Hoeveel procent arbeidsongeschikt ben je, denk je?", "How disabled for work do you expect to be?"),
            AoHintSelfEmployed => t(lang, "Je verzekeraar stelt dit vast volgens de voorwaarden van je AOV, niet UWV. Weet je het niet? Kies 'Weet ik niet'; je ziet dan de laagste en de hoogste uitkomst.", "Your insurer decides this under the terms of your AOV, not UWV. Don't know? Choose 'I don't know'; you then see the lowest and the highest outcome."),
            WorkYearsLabel => t(lang, "Aantal jaren dat je hebt gewerkt (arbeidsverleden)", "Years of work history (arbeidsverleden)"),
            WorkYearsHint => t(lang, "Dit bepaalt hoe lang je WW of loongerelateerde WGA-uitkering duurt.", "This decides how long your WW or wage-related WGA benefit lasts."),
            WiaWorkLegend => t(lang, "Werk je tijdens de WGA?", "Do you work during the WGA?"),
            CoverLegend => t(lang, "Heeft je werkgever een WGA-hiaat- of WIA-excedentverzekering?", "Does your employer have WGA gap (hiaat) or WIA excess (excedent) insurance?"),
            CoverHint => t(lang, "Vraag het na bij HR of in je arbeidsvoorwaarden.", "Ask HR or check your terms of employment."),
            AovLabel => t(lang, "Verzekerd bedrag van je AOV per jaar (mag leeg)", "Insured amount of your disability insurance (AOV) per year (optional)"),
            AovHint => t(lang, "Alleen voor zelfstandigen met een arbeidsongeschiktheidsverzekering. Leeg = geen AOV.", "Only for the self-employed with a disability insurance. Empty = no AOV."),
            AovWaitingLabel => t(lang, "Eigenrisicotermijn van je AOV in dagen", "Waiting period of your AOV in days"),
            AovWaitingHint => t(lang, "Bijvoorbeeld 30, 90 of 365.", "For example 30, 90 or 365."),
            Calculate => t(lang, "Bereken", "Calculate"),
            ResultHeading => t(lang, "Jouw inkomen per maand", "Your income per month"),
            ScenarioHeading => t(lang, "Probeer een ander scenario", "Try another scenario"),
            ChartName => t(lang, "Staafdiagram: bruto inkomen per maand, gestapeld per bron", "Bar chart: gross income per month, stacked by source"),
            LegendHeading => t(lang, "Bronnen", "Sources"),
            TableCaption => t(lang, "Bruto inkomen per maand en per bron (in euro)", "Gross income per month and per source (in euros)"),
            ColMonth => t(lang, "Maand", "Month"),
            ColTotal => t(lang, "Totaal", "Total"),
            PhasesHeading => t(lang, "Periodes en regels", "Periods and rules"),
            ColPhase => t(lang, "Periode", "Period"),
            ColPeriod => t(lang, "Van – tot en met", "From – to"),
            ColRule => t(lang, "Regel", "Rule"),
            ColSource => t(lang, "Bron", "Source"),
            ConsiderationsEmployee => t(lang, "Om over na te denken: voor jou als werknemer of zelfstandige", "To think about: for you as an employee or self-employed person"),
            ConsiderationsEmployer => t(lang, "Om over na te denken: voor de werkgever", "To think about: for the employer"),
            NotesHeading => t(lang, "Wat deze berekening niet doet", "What this projection does not do"),
            ParamsHeading => t(lang, "Gebruikte bedragen", "Amounts used"),
            RangeLow => t(lang, "Laagste uitkomst", "Lowest outcome"),
            RangeHigh => t(lang, "Hoogste uitkomst", "Highest outcome"),
            Print => t(lang, "Afdrukken", "Print"),
            Disclaimer => t(lang, "Dit is informatie, geen juridisch of financieel advies. De bedragen zijn bruto en een schatting.", "This is information, not legal or financial advice. The amounts are gross and an estimate."),
            Help => t(lang, "Hulp nodig? Vraag het UWV, het Juridisch Loket, je vakbond, je verzekeraar of een adviseur.", "Need help? Ask UWV, the Juridisch Loket (legal aid), your union, your insurer or an adviser."),
            NothingToShow => t(lang, "Er is niets te berekenen: je hebt op de begindatum de AOW-leeftijd al bereikt.", "There is nothing to project: you had already reached the state pension age on the start date."),
            Uncertain => t(lang, "onzeker", "uncertain"),
            Estimate => t(lang, "schatting", "estimate"),
            ShowRange => t(lang, "Toon", "Show"),
        }
    }
}

pub fn source_name(s: Source, lang: Lang) -> &'static str {
    match s {
        Source::Wage => t(lang, "Loon uit werk", "Wage from work"),
        Source::Loondoorbetaling => t(lang, "Loon tijdens ziekte", "Pay during illness"),
        Source::Ziektewet => t(lang, "Ziektewet-uitkering", "Sickness benefit (Ziektewet)"),
        Source::Ww => t(lang, "WW-uitkering", "Unemployment benefit (WW)"),
        Source::WgaLgu => t(lang, "WGA loongerelateerd", "WGA wage-related benefit"),
        Source::Loonaanvulling => t(lang, "WGA loonaanvulling", "WGA wage supplement"),
        Source::Vervolguitkering => t(lang, "WGA vervolguitkering", "WGA follow-up benefit"),
        Source::Iva => t(lang, "IVA-uitkering", "IVA benefit"),
        Source::InsuranceTopUp => t(lang, "Aanvulling verzekering", "Insurance top-up"),
    }
}

pub fn phase_name(k: PhaseKind, lang: Lang) -> &'static str {
    match k {
        PhaseKind::NoticePeriod => t(lang, "Opzegtermijn", "Notice period"),
        PhaseKind::SickPayYear1 => t(lang, "Ziek, jaar 1", "Ill, year 1"),
        PhaseKind::SickPayYear2 => t(lang, "Ziek, jaar 2", "Ill, year 2"),
        PhaseKind::Ziektewet => t(
            lang,
            "Ziek, na het einde van je contract",
            "Ill, after your contract ended",
        ),
        PhaseKind::Ww75 => t(lang, "WW, eerste 2 maanden", "WW, first 2 months"),
        PhaseKind::Ww70 => t(lang, "WW, daarna", "WW, after that"),
        PhaseKind::AfterWw => t(lang, "Na de WW", "After the WW"),
        PhaseKind::WgaLgu75 => t(
            lang,
            "WGA loongerelateerd, eerste 2 maanden",
            "WGA wage-related, first 2 months",
        ),
        PhaseKind::WgaLgu70 => t(
            lang,
            "WGA loongerelateerd, daarna",
            "WGA wage-related, after that",
        ),
        PhaseKind::WgaLoonaanvulling => t(lang, "WGA loonaanvulling", "WGA wage supplement"),
        PhaseKind::WgaVervolg => t(lang, "WGA vervolguitkering", "WGA follow-up benefit"),
        PhaseKind::Iva => t(lang, "IVA", "IVA"),
        PhaseKind::AovWaiting => t(lang, "Eigenrisicotermijn AOV", "AOV waiting period"),
        PhaseKind::Aov => t(lang, "Uitkering AOV", "AOV payments"),
        PhaseKind::SelfEmployedNoCover => t(
            lang,
            "Zelfstandige zonder verzekering",
            "Self-employed without insurance",
        ),
    }
}

/// A percentage in basis points as text: 7000 → "70", 5075 → "50,75" / "50.75".
pub fn pct(bp: u32, lang: Lang) -> String {
    let whole = bp / 100;
    let frac = bp % 100;
    if frac == 0 {
        return whole.to_string();
    }
    let sep = t(lang, ',', '.');
    format!("{whole}{sep}{frac:02}")
}

/// The rule applied in a phase, in a sentence.
pub fn phase_rule(ph: &Phase, lang: Lang) -> String {
    let p = pct(ph.pct_bp.unwrap_or(0), lang);
    match ph.kind {
        PhaseKind::NoticePeriod => t(lang, "Je werkt door en krijgt je gewone loon tot je contract eindigt. De opzegtermijn hangt af van hoe lang je in dienst bent (1 tot 4 maanden) en loopt tot het einde van een maand.", "You keep working and receive your normal wage until your contract ends. The notice period depends on how long you have worked there (1 to 4 months) and runs to the end of a month.").into(),
        PhaseKind::SickPayYear1 => t(lang, format!("Je werkgever betaalt {p}% van je loon door. Wettelijk is dat 70% van je loon, maar niet meer dan 70% van het maximumdagloon, en in het eerste jaar minstens het minimumloon. Een cao of contract kan meer geven."), format!("Your employer keeps paying {p}% of your wage. By law this is 70% of your wage, but no more than 70% of the maximum daily wage, and in the first year at least the minimum wage. A collective agreement or contract may give more.")),
        PhaseKind::SickPayYear2 => t(lang, format!("Je werkgever betaalt {p}% van je loon door. Wettelijk is dat 70% van je loon, maar niet meer dan 70% van het maximumdagloon. Een cao of contract kan meer geven."), format!("Your employer keeps paying {p}% of your wage. By law this is 70% of your wage, but no more than 70% of the maximum daily wage. A collective agreement or contract may give more.")),
        PhaseKind::Ziektewet => t(lang, format!("Je contract is geëindigd terwijl je ziek bent. UWV betaalt je een Ziektewet-uitkering: {p}% van je dagloon. Je dagloon is je loon, maar niet meer dan het maximumdagloon. De uitkering loopt tot je 104 weken ziek bent; na 52 weken kijkt UWV of je haar houdt."), format!("Your contract ended while you are ill. UWV pays you a sickness benefit (Ziektewet): {p}% of your daily wage. Your daily wage is your wage, but no more than the maximum daily wage. The benefit runs until you have been ill for 104 weeks; after 52 weeks UWV checks whether you keep it.")),
        PhaseKind::Ww75 => t(lang, "WW: 75% van je dagloon. Je dagloon is je loon, maar niet meer dan het maximumdagloon.", "WW: 75% of your daily wage. Your daily wage is your wage, but no more than the maximum daily wage.").into(),
        PhaseKind::Ww70 => t(lang, "WW: 70% van je dagloon. Hoe lang: 1 maand per jaar arbeidsverleden (na 10 jaar een halve maand per jaar), minstens 3 en hoogstens 24 maanden.", "WW: 70% of your daily wage. How long: 1 month per year of work history (after 10 years half a month per year), at least 3 and at most 24 months.").into(),
        PhaseKind::AfterWw => t(lang, "Je WW is afgelopen. Wat je dan krijgt (bijvoorbeeld bijstand) hangt af van je huishouden en je vermogen; dat rekenen we niet uit.", "Your WW has ended. What you get then (for example social assistance) depends on your household and savings; we do not calculate it.").into(),
        PhaseKind::WgaLgu75 => t(lang, "WGA loongerelateerde uitkering: 75% van je dagloon, minus 75% van wat je verdient.", "WGA wage-related benefit: 75% of your daily wage, minus 75% of what you earn.").into(),
        PhaseKind::WgaLgu70 => t(lang, "WGA loongerelateerde uitkering: 70% van je dagloon, minus 70% van wat je verdient. Dezelfde duur als de WW: 3 tot 24 maanden.", "WGA wage-related benefit: 70% of your daily wage, minus 70% of what you earn. Same duration as the WW: 3 to 24 months.").into(),
        PhaseKind::WgaLoonaanvulling => t(lang, "Je verdient minstens de helft van wat je volgens UWV nog kunt verdienen (je restverdiencapaciteit). Je krijgt 70% van het verschil tussen je oude loon (tot het maximum) en die restverdiencapaciteit.", "You earn at least half of what UWV says you can still earn (your remaining earning capacity). You get 70% of the difference between your old wage (up to the maximum) and that capacity.").into(),
        PhaseKind::WgaVervolg => t(lang, format!("Je verdient minder dan de helft van je restverdiencapaciteit. Je krijgt {p}% van het minimumloon, of van je oude loon als dat lager was (art. 62 WIA). Een hoger oud loon telt niet mee. Deze daling heet het WGA-hiaat."), format!("You earn less than half of your remaining earning capacity. You get {p}% of the minimum wage, or of your old wage if that was lower (art. 62 WIA). A higher old wage does not count. This drop is called the WGA gap.")),
        PhaseKind::Iva => t(lang, "IVA: je bent volledig en duurzaam arbeidsongeschikt. Je krijgt 75% van je loon, tot het maximumdagloon, tot je AOW-leeftijd.", "IVA: you are fully and permanently disabled for work. You get 75% of your wage, up to the maximum daily wage, until your state pension age.").into(),
        PhaseKind::AovWaiting => t(lang, "De eigenrisicotermijn van je AOV: in deze tijd krijg je nog niets.", "The waiting period of your AOV: you get nothing yet.").into(),
        PhaseKind::Aov => t(lang, "Je AOV keert uit: het verzekerde bedrag maal je percentage arbeidsongeschiktheid (een gewone polis, vanaf 25%).", "Your AOV pays: the insured amount times your disability percentage (a typical policy, from 25%).").into(),
        PhaseKind::SelfEmployedNoCover => t(lang, "Als zelfstandige heb je geen wettelijke verzekering bij ziekte. Zonder AOV of broodfonds krijg je niets.", "As a self-employed person you have no statutory cover when ill. Without an AOV or a broodfonds you get nothing.").into(),
    }
}

pub fn ao_label(a: AoClass, lang: Lang) -> &'static str {
    match a {
        AoClass::Below35 => t(lang, "Minder dan 35%", "Less than 35%"),
        AoClass::Ao35To45 => t(lang, "35 tot 45%", "35 to 45%"),
        AoClass::Ao45To55 => t(lang, "45 tot 55%", "45 to 55%"),
        AoClass::Ao55To65 => t(lang, "55 tot 65%", "55 to 65%"),
        AoClass::Ao65To80 => t(lang, "65 tot 80%", "65 to 80%"),
        AoClass::Ao80To100NotPermanent => t(
            lang,
            "80 tot 100%, kan nog herstellen",
            "80 to 100%, may still recover",
        ),
        AoClass::Ao80To100Permanent => t(
            lang,
            "80 tot 100%, blijvend (IVA)",
            "80 to 100%, permanent (IVA)",
        ),
        AoClass::Unknown => t(lang, "Weet ik niet", "I don't know"),
    }
}

pub fn cover_label(c: Cover, lang: Lang) -> &'static str {
    match c {
        Cover::None => t(lang, "Nee", "No"),
        Cover::Basic => t(lang, "Ja, WGA-hiaat basis", "Yes, basic WGA gap cover"),
        Cover::Extended => t(
            lang,
            "Ja, uitgebreid (hiaat uitgebreid en excedent)",
            "Yes, extended (extended gap and excess cover)",
        ),
        Cover::Unknown => t(lang, "Weet ik niet", "I don't know"),
    }
}

pub fn work_label(w: WiaWork, lang: Lang) -> &'static str {
    match w {
        WiaWork::None => t(lang, "Nee", "No"),
        WiaWork::Below50 => t(
            lang,
            "Ja, minder dan de helft van wat ik volgens UWV nog kan verdienen",
            "Yes, less than half of what UWV says I can still earn",
        ),
        WiaWork::AtLeast50 => t(
            lang,
            "Ja, minstens de helft van wat ik volgens UWV nog kan verdienen",
            "Yes, at least half of what UWV says I can still earn",
        ),
    }
}

pub fn note_text(n: Note, lang: Lang) -> &'static str {
    match n {
        Note::GrossOnly => t(lang, "Alle bedragen zijn bruto. Belasting, premies en toeslagen rekenen we niet uit. Vakantiegeld is over de maanden verdeeld.", "All amounts are gross. We do not calculate tax, contributions or allowances. Holiday pay is spread over the months."),
        Note::Indicative => t(lang, "Het is een schatting. UWV, je werkgever of je verzekeraar bepalen de echte bedragen.", "This is an estimate. UWV, your employer or your insurer decide the real amounts."),
        Note::ParamsEstimated => t(lang, "Voor sommige maanden is een bedrag (zoals het maximumdagloon of het minimumloon) nog niet bekend of niet bevestigd. We gebruiken dan het laatst bekende bedrag of een schatting.", "For some months an amount (such as the maximum daily wage or the minimum wage) is not known yet or not confirmed. We then use the last known amount or an estimate."),
        Note::TopUpTypicalProduct => t(lang, "De aanvulling van een verzekering is een voorbeeld van een gewone polis: hiaat basis vult de vervolguitkering aan tot 70% van je gemiste loon tot de loongrens; uitgebreid doet dat in de hele WGA en vult ook het loon boven de loongrens aan. Jouw polis kan anders zijn.", "The insurance top-up is an example of a typical policy: basic gap cover tops up the follow-up benefit to 70% of your lost wage up to the wage ceiling; extended does so during the whole WGA and also covers the wage above the ceiling. Your policy may differ."),
        Note::AovTypicalProduct => t(lang, "De AOV is een voorbeeld van een gewone polis: het verzekerde bedrag maal je percentage arbeidsongeschiktheid, vanaf 25%. Jouw polis kan anders zijn.", "The AOV is an example of a typical policy: the insured amount times your disability percentage, from 25%. Your policy may differ."),
        Note::WorkAssumption => t(lang, "Hoeveel je verdient tijdens de WGA weten we niet precies. We rekenen met een kwart van je restverdiencapaciteit (bij 'minder dan de helft') of precies de helft (bij 'minstens de helft').", "We do not know exactly what you earn during the WGA. We use a quarter of your remaining earning capacity ('less than half') or exactly half ('at least half')."),
        Note::AoBandMiddle => t(lang, "We rekenen met het midden van de groep die je koos, bijvoorbeeld 40% bij 35 tot 45%. Bij 80 tot 100% rekenen we met 100%.", "We use the middle of the band you chose, for example 40% for 35 to 45%. For 80 to 100% we use 100%."),
        Note::PartTimeFloor => t(lang, "Je jaarloon is lager dan een voltijds minimumloon. Werk je deeltijd, dan geldt het minimumloon naar verhouding. We rekenen voorzichtig met 70% van je loon.", "Your annual wage is below a full-time minimum wage. If you work part-time, the minimum wage applies pro rata. We carefully use 70% of your wage."),
        Note::CustomBelowLegal => t(lang, "Een percentage onder 70% mag niet: de wet geeft 70%, tot 70% van het maximumdagloon. We rekenen met het wettelijke bedrag.", "A percentage below 70% is not allowed: the law gives 70%, up to 70% of the maximum daily wage. We use the legal amount."),
        Note::Below35Assumption => t(lang, "Ben je minder dan 35% arbeidsongeschikt, dan krijg je geen WIA. We gaan ervan uit dat je contract na 2 jaar eindigt en dat je WW krijgt. Blijf je werken, dan houd je je loon.", "Below 35% disability there is no WIA benefit. We assume your contract ends after 2 years and you get WW. If you keep working, you keep your wage."),
        Note::WwNextToWgaNotModelled => t(lang, "Word je ontslagen terwijl je een WGA-uitkering hebt, dan kun je daarnaast WW krijgen. Dat rekenen we niet uit.", "If you are dismissed while on a WGA benefit, you may also get WW. We do not calculate that."),
        Note::NoticeSimplified => t(lang, "We gaan uit van de wettelijke opzegtermijn. Een andere termijn in je contract of cao, en de kortere termijn na toestemming van UWV, rekenen we niet mee. De transitievergoeding zit er niet in.", "We use the statutory notice period. A different period in your contract or collective agreement, and the shorter period after UWV permission, are not included. The transition payment is not included."),
        Note::AfterBenefitNotModelled => t(lang, "Na het einde van een uitkering rekenen we met € 0 uit deze bronnen. Bijstand, toeslagen en ander inkomen rekenen we niet uit.", "After a benefit ends we show € 0 from these sources. Social assistance, allowances and other income are not calculated."),
        Note::PlannedChanges => t(lang, "Er zijn plannen die deze uitkeringen kunnen veranderen; ze staan hieronder, met hoe ver ze zijn. We rekenen met de regels die nu gelden.", "There are plans that could change these benefits; they are listed below, with how far they have come. We use the rules that apply today."),
        Note::AowNotGiven => t(lang, "Je gaf geen geboortedatum. De berekening loopt dan altijd vijf jaar, ook als je eerder de AOW-leeftijd bereikt.", "You gave no date of birth. The projection then always runs five years, even if you reach the state pension age earlier."),
        Note::AowBeforeTable => t(lang, "Voor jouw geboortedatum staat de AOW-leeftijd niet in onze tabel. De berekening stopt daarom niet bij je AOW-leeftijd.", "The state pension age for your date of birth is not in our table. The projection therefore does not stop at your state pension age."),
        Note::AowUncertain => t(lang, "Jouw AOW-leeftijd is nog niet vastgesteld. We rekenen met minstens 67 jaar en 3 maanden. Kijk op svb.nl.", "Your state pension age has not been fixed yet. We use at least 67 years and 3 months. Check svb.nl."),
        Note::AowUnverified => t(lang, "Voor jouw geboortedatum is de AOW-leeftijd 67 jaar en 3 maanden aangekondigd; het officiële besluit konden we niet controleren. Kijk op svb.nl.", "For your date of birth a state pension age of 67 years and 3 months was announced; we could not check the official decision. Check svb.nl."),
        Note::AowReached => t(lang, "Op de begindatum had je de AOW-leeftijd al bereikt.", "You had already reached the state pension age on the start date."),
        Note::RangeShown => t(lang, "Je koos 'Weet ik niet'. Daarom zie je de laagste en de hoogste uitkomst.", "You chose 'I don't know'. That is why you see the lowest and the highest outcome."),
        Note::ZiektewetDagloon => t(lang, "Voor de Ziektewet rekent UWV met je dagloon: je loon in het jaar voor je eerste ziektedag. Wij nemen het jaarloon dat je invulde; het echte bedrag kan iets anders zijn. Na 52 weken ziekte houd je de uitkering alleen als je met werk dat je nog kunt doen hoogstens 65% van je oude loon kunt verdienen (art. 19aa Ziektewet); dat rekenen we niet uit. Een toeslag bij een laag inkomen (Toeslagenwet) ook niet. Is je werkgever eigenrisicodrager voor de Ziektewet, dan betaalt hij de uitkering, met dezelfde regels.", "For the Ziektewet, UWV uses your daily wage: your wage in the year before your first day of sickness. We use the annual wage you entered; the real amount may differ a little. After 52 weeks of illness you keep the benefit only if, with work you can still do, you can earn at most 65% of your former wage (art. 19aa Ziektewet); we do not calculate that. Nor a supplement for a low income (Toeslagenwet). If your employer carries its own Ziektewet risk (eigenrisicodrager), it pays the benefit, under the same rules."),
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
    let text = match c.kind {
        ConsiderationKind::CheckHiaatExcedent => t(lang, "Vraag nu al aan je werkgever of er een WGA-hiaat- of WIA-excedentverzekering is. Zonder die verzekering kan je inkomen na de loongerelateerde WGA-uitkering flink dalen, en boven de loongrens krijg je uit de WIA niets. Let op de drempel (35% of 15%), de eindleeftijd en wat als loon telt.", "Ask your employer now whether there is WGA gap (hiaat) or WIA excess (excedent) insurance. Without it, your income can drop sharply after the wage-related WGA benefit, and above the wage ceiling the WIA pays nothing. Check the threshold (35% or 15%), the end age and what counts as wage."),
        ConsiderationKind::VsoWhileSick => t(lang, "Teken geen vaststellingsovereenkomst terwijl je ziek bent zonder advies. UWV weigert dan je Ziektewet-uitkering, helemaal of voor een deel, omdat je zelf meewerkte aan het einde van je contract. WW krijg je niet zolang je door ziekte niet kunt werken. Dit risico duurt tot het einde van de wachttijd (104 weken, plus een eventuele loonsanctie).", "Do not sign a settlement agreement (VSO) while ill without advice. UWV then refuses your sickness benefit (Ziektewet), wholly or partly, because you helped end your contract. You get no WW while you cannot work because of illness. This risk lasts until the end of the waiting period (104 weeks, plus any wage sanction)."),
        ConsiderationKind::VoluntaryUwvInsurance => t(lang, "Ga je voor jezelf werken of stopt je uitkering? Bij UWV kun je je vrijwillig verzekeren voor de Ziektewet of de WIA. Vraag dat aan binnen 13 weken nadat je verplichte verzekering via je werk of uitkering is gestopt. Begin je volledig als zelfstandige, dan moet je in het jaar daarvoor verplicht verzekerd zijn geweest (met hoogstens 60 dagen onderbreking).", "Starting for yourself, or is your benefit ending? You can take out voluntary Ziektewet or WIA insurance with UWV. Apply within 13 weeks after your compulsory insurance through work or a benefit has stopped. If you start fully as self-employed, you must have been compulsorily insured in the year before (with a break of at most 60 days)."),
        ConsiderationKind::AovAndBaz => t(lang, "Als zelfstandige ben je niet vanzelf verzekerd. Denk aan een AOV (let op het beroepscriterium, de eigenrisicotermijn, de eindleeftijd en de premie), een broodfonds (hoogstens 2 jaar) of een buffer. Er is nu geen verplichte verzekering voor zelfstandigen. Over de aangekondigde basisverzekering (BAZ) lees je de stand in de uitleg over inkomen en verzekering.", "As a self-employed person you are not insured automatically. Consider an AOV (check the occupation criterion, the waiting period, the end age and the premium), a broodfonds (at most 2 years) or savings. There is no compulsory insurance for the self-employed today. Where the announced basic insurance (BAZ) stands, you can read in the explanation on income and insurance."),
        ConsiderationKind::Verzuimverzekering => t(lang, "Een verzuimverzekering dekt het doorbetaalde loon. Een gewone polis heeft een eigen risico in tijd (2 tot 26 weken) en dekt zieken van voor de start niet. Een stop-loss polis heeft een eigen risico in geld en past meestal bij 25 of meer werknemers.", "Sick-pay insurance covers the wage paid during illness. A conventional policy has an own-risk period in time (2 to 26 weeks) and does not cover staff who were already ill at the start. A stop-loss policy has an own risk in money and usually suits 25 or more employees."),
        ConsiderationKind::MkbVerzuimOntzorg => t(lang, "Voor kleine werkgevers is er de MKB verzuim-ontzorgverzekering: een verzekering plus arbodienst plus hulp bij de Poortwachter-taken in één pakket.", "Small employers can take the MKB verzuim-ontzorgverzekering: insurance plus an occupational health service plus help with the Poortwachter tasks in one package."),
        ConsiderationKind::EigenRisicoDrager { next } => return self_insurer_text(next, lang),
        ConsiderationKind::Compensatieregeling => t(lang, concat!("Eindigt het contract na 2 jaar ziekte, dan betaalt de werkgever de transitievergoeding. UWV compenseert die nu (het laagste van drie bedragen, art. 7:673e BW). Vraag de compensatie aan ", compensation_term_nl!(), ". Aangekondigde wijzigingen kunnen de compensatie beperken of beëindigen; de stand lees je in de uitleg over de transitievergoeding."), concat!("If the contract ends after 2 years of illness, the employer pays the transition payment. UWV compensates it today (the lowest of three amounts, art. 7:673e BW). Apply for the compensation ", compensation_term_en!(), ". Announced changes may limit or end the compensation; where they stand is in the explanation on the transitievergoeding.")),
    };
    text.into()
}

/// Becoming eigenrisicodrager, with the next possible start when today's date gives one.
fn self_insurer_text(next: Option<(chrono::NaiveDate, chrono::NaiveDate)>, lang: Lang) -> String {
    let base = t(lang, "Eigenrisicodrager worden voor de WGA (tot 10 jaar per geval) of de Ziektewet kan premie besparen, maar je draagt dan zelf de uitkering en de re-integratie. Het kan per 1 januari of 1 juli; de aanvraag moet 13 weken vooraf bij de Belastingdienst zijn, met een garantieverklaring.", "Becoming a self-insurer (eigenrisicodrager) for the WGA (up to 10 years per case) or the Ziektewet can save premium, but you then carry the benefit and the re-integration yourself. It starts on 1 January or 1 July; the application must reach the tax authority 13 weeks before, with a guarantee statement.");
    let Some((start, by)) = next else {
        return base.into();
    };
    let (start, by) = (format::long_date(start, lang), format::long_date(by, lang));
    t(
        lang,
        format!("{base} De eerstvolgende mogelijkheid is {start}: aanvragen uiterlijk {by}."),
        format!("{base} The next possible start is {start}: apply by {by}."),
    )
}

pub fn error_text(e: IncomeError, lang: Lang) -> &'static str {
    match e {
        IncomeError::WageMissing => t(
            lang,
            "Vul je bruto jaarloon in, meer dan € 0.",
            "Enter your gross annual wage, more than € 0.",
        ),
        IncomeError::WageTooHigh => t(
            lang,
            "Vul een jaarloon in tussen € 0 en € 10.000.000.",
            "Enter an annual wage between € 0 and € 10,000,000.",
        ),
        IncomeError::StartDateOutOfRange => t(
            lang,
            "Vul een datum in tussen 1950 en 2099.",
            "Enter a date between 1950 and 2099.",
        ),
        IncomeError::EmploymentStartOutOfRange => t(
            lang,
            "Vul een datum van indiensttreding in tussen 1950 en 2099.",
            "Enter a start date of employment between 1950 and 2099.",
        ),
        IncomeError::EmploymentStartAfterNotice => t(
            lang,
            "De datum van indiensttreding moet voor de datum van de opzegging liggen.",
            "The start date of employment must be before the date notice was given.",
        ),
        IncomeError::BornOutOfRange => t(
            lang,
            "Vul een geboortedatum in tussen 1950 en 2099.",
            "Enter a date of birth between 1950 and 2099.",
        ),
        IncomeError::BornAfterStart => t(
            lang,
            "Je geboortedatum moet voor de begindatum liggen.",
            "Your date of birth must be before the start date.",
        ),
        IncomeError::WorkYearsTooHigh => t(
            lang,
            "Vul een aantal jaren in van 0 tot en met 60.",
            "Enter a number of years from 0 to 60.",
        ),
        IncomeError::CustomPercentOutOfRange => t(
            lang,
            "Vul een percentage in van 0 tot en met 100.",
            "Enter a percentage from 0 to 100.",
        ),
        IncomeError::SelfEmployedNeedsSickness => t(
            lang,
            "Voor zelfstandigen werkt de berekening alleen bij ziekte, niet bij ontslag.",
            "For the self-employed the projection only works for illness, not for dismissal.",
        ),
        IncomeError::AovAmountInvalid => t(
            lang,
            "Vul een verzekerd bedrag in tussen € 0 en € 10.000.000, of laat het leeg.",
            "Enter an insured amount between € 0 and € 10,000,000, or leave it empty.",
        ),
        IncomeError::AovWaitingTooLong => t(
            lang,
            "Vul een eigenrisicotermijn in van 0 tot en met 730 dagen.",
            "Enter a waiting period from 0 to 730 days.",
        ),
        IncomeError::ContractEndOutOfRange => t(
            lang,
            "Vul een laatste dag van je contract in tussen 1950 en 2099, of laat het leeg.",
            "Enter a last day of your contract between 1950 and 2099, or leave it empty.",
        ),
        IncomeError::ContractEndBeforeSick => t(
            lang,
            "De laatste dag van je contract moet op of na je eerste ziektedag liggen. Eindigde je contract eerder, laat het dan leeg.",
            "The last day of your contract must be on or after your first day of sickness. If your contract ended earlier, leave it empty.",
        ),
    }
}

pub fn param_name(p: ParamName, lang: Lang) -> &'static str {
    match p {
        ParamName::MaxDagloon => t(lang, "Maximumdagloon", "Maximum daily wage"),
        ParamName::MinWage => t(
            lang,
            "Minimumloon per maand (referentie, 36 uur)",
            "Minimum wage per month (reference, 36 hours)",
        ),
        ParamName::MinWageHour => t(lang, "Minimumloon per uur", "Minimum wage per hour"),
        ParamName::Loongrens => t(
            lang,
            "WIA-loongrens per jaar (maximum premieloon)",
            "WIA wage ceiling per year (maximum premium wage)",
        ),
    }
}

pub fn certainty_text(c: Certainty, carried: bool, lang: Lang) -> &'static str {
    if carried {
        return IncomeText::Estimate.text(lang);
    }
    match c {
        Certainty::Confirmed => t(lang, "officieel", "official"),
        Certainty::Secondary => t(
            lang,
            "uit een betrouwbare, niet-officiële bron",
            "from a reliable, unofficial source",
        ),
        Certainty::Unverified => t(
            lang,
            "aangekondigd, officiële tekst niet gevonden",
            "announced, official text not found",
        ),
        Certainty::Estimate => t(
            lang,
            "schatting: nog niet vastgesteld",
            "estimate: not set yet",
        ),
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
    t(
        lang,
        format!("{} ({} {y})", m.index, NL.get(i).copied().unwrap_or("")),
        format!("{} ({} {y})", m.index, EN.get(i).copied().unwrap_or("")),
    )
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
    let (maanden, months) = (
        format::plural(n, "maand", "maanden"),
        format::plural(n, "month", "months"),
    );
    let same =
        n == 0 || (s.level.as_i128() - s.first.as_i128()).abs() * 100 <= s.first.as_i128().abs();
    if same {
        t(
            lang,
            format!("Je inkomen blijft ongeveer {x} per maand."),
            format!("Your income stays at about {x} a month."),
        )
    } else if down {
        t(
            lang,
            format!("Na {n} {maanden} daalt je inkomen naar ongeveer {x} per maand."),
            format!("After {n} {months} your income drops to about {x} a month."),
        )
    } else {
        t(
            lang,
            format!("Na {n} {maanden} stijgt je inkomen naar ongeveer {x} per maand."),
            format!("After {n} {months} your income rises to about {x} a month."),
        )
    }
}

/// The start: "In maand 1 krijg je € 3.500."
pub fn first_month_text(s: &Summary, lang: Lang) -> String {
    let x = format::amount_whole(s.first, lang);
    t(
        lang,
        format!("In de eerste maand is je bruto inkomen {x}."),
        format!("In the first month your gross income is {x}."),
    )
}

pub fn range_label(low: bool, ao: AoClass, cover: Cover, lang: Lang) -> String {
    let which = if low {
        IncomeText::RangeLow.text(lang)
    } else {
        IncomeText::RangeHigh.text(lang)
    };
    t(
        lang,
        format!(
            "{which}: arbeidsongeschiktheid {}, verzekering: {}",
            ao_label(ao, lang).to_lowercase(),
            cover_label(cover, lang).to_lowercase()
        ),
        format!(
            "{which}: disability {}, insurance: {}",
            ao_label(ao, lang).to_lowercase(),
            cover_label(cover, lang).to_lowercase()
        ),
    )
}

pub fn aow_text(a: AowInfo, lang: Lang) -> Option<String> {
    match a {
        AowInfo::On { date, cuts, .. } => Some(match cuts {
            true => t(
                lang,
                format!("Je bereikt de AOW-leeftijd op {}. De berekening stopt daar; de AOW zelf zit er niet in.", format::long_date(date, lang)),
                format!("You reach the state pension age on {}. The projection stops there; the state pension itself is not included.", format::long_date(date, lang)),
            ),
            false => t(
                lang,
                format!("Je bereikt de AOW-leeftijd op {}, na deze vijf jaar.", format::long_date(date, lang)),
                format!("You reach the state pension age on {}, after these five years.", format::long_date(date, lang)),
            ),
        }),
        AowInfo::NotGiven | AowInfo::BeforeTable | AowInfo::Reached => None,
    }
}

pub fn notice_text(n: &NoticeInfo, lang: Lang) -> String {
    let (years, months) = (n.service_years, n.months);
    let end = format::long_date(n.contract_end, lang);
    let ww = format::long_date(n.ww_start, lang);
    t(
        lang,
        format!(
            "Je was {years} jaar in dienst, dus je opzegtermijn is {months} {}. Je contract eindigt op {end}; je WW begint op {ww}.",
            format::plural(months, "maand", "maanden"),
        ),
        format!(
            "You worked there for {years} years, so your notice period is {months} {}. Your contract ends on {end}; your WW starts on {ww}.",
            format::plural(months, "month", "months"),
        ),
    )
}

pub fn above_loongrens_text(lang: Lang) -> &'static str {
    t(
        lang,
        "Je loon ligt boven de WIA-loongrens. Over het deel daarboven krijg je uit de WIA niets; alleen een excedentverzekering vult dat aan.",
        "Your wage is above the WIA wage ceiling. The WIA pays nothing over the part above it; only excess (excedent) insurance covers that.",
    )
}

/// A field's label on `#/inkomen`, used in the error summary.
pub fn field_label(f: Field, lang: Lang) -> &'static str {
    match f {
        Field::Wage => IncomeText::WageLabel,
        Field::SickDay => IncomeText::SickDayLabel,
        Field::NoticeDate => IncomeText::NoticeDateLabel,
        Field::EmploymentStart => IncomeText::EmploymentStartLabel,
        Field::Born => IncomeText::BornLabel,
        Field::ContractEnd => IncomeText::ContractEndLabel,
        Field::PayYear1 => IncomeText::PayYear1Label,
        Field::PayYear2 => IncomeText::PayYear2Label,
        Field::WorkYears => IncomeText::WorkYearsLabel,
        Field::Aov => IncomeText::AovLabel,
        Field::AovWaiting => IncomeText::AovWaitingLabel,
        Field::Worker => IncomeText::WorkerLegend,
        Field::Hours => IncomeText::HoursLabel,
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
