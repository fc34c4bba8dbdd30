//! Texts of the calculator pages (`#/transitievergoeding`, `#/tijdlijn`) and of the shared
//! form components (error summary, date field, disclosure). Exhaustive matches: a missing
//! translation does not compile.

use crate::dates;
use crate::deeplink::LinkNotice;
use crate::form_model::tijdlijn::{ActorFilter, TlField};
use crate::form_model::tv::{Row, TvField};
use crate::lang::Lang;
use crate::money::Cents;
use crate::poortwachter::{Status, Timeline};
use crate::text::format;
use crate::text::poortwachter::{actor_label, milestone_title, notice_title, PoortwachterText};
use crate::transitievergoeding::{Termination, TvResult};

/// Short texts of the calculators and the form components.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CalcText {
    // Shared form components.
    ErrorSummaryTitle,
    Day,
    Month,
    Year,
    DateHint,
    WhatDoesThisMean,
    WhatCounts,
    Optional,
    ErrorPrefix,
    LinkNoticeTitle,
    CopyLink,
    LinkCopied,
    CopyFailed,
    // Transitievergoeding form.
    TvTitle,
    TvIntro,
    TvStart,
    TvStartHint,
    TvEnd,
    TvEndHint,
    TvWageMode,
    TvWageMonthly,
    TvWageHourly,
    TvLoon,
    TvLoonHint,
    TvLoonHelp,
    TvUurloon,
    TvUren,
    TvVakantiegeld,
    TvVakantiegeldHint,
    TvVakantiegeldHelp,
    TvVastJaar,
    TvVastJaarHint,
    TvVastJaarHelp,
    TvVast12m,
    TvVast12mHint,
    TvVast12mHelp,
    TvVariabel3j,
    TvVariabel3jHint,
    TvVariabel3jHelp,
    TvReden,
    TvRedenHint,
    TvDeel,
    TvDeelHint,
    TvKosten,
    TvKostenHint,
    TvIllness,
    TvIllnessHint,
    TvEersteZiektedag,
    TvEersteZiektedagHint,
    TvLoonTijdensZiekte,
    TvLoonTijdensZiekteHint,
    TvBetaaldatum,
    TvBetaaldatumHint,
    TvWerkgeverGrootte,
    TvWerkgeverGrootteHint,
    TvGrootteKlein,
    TvGrootteMiddelgroot,
    TvGrootteOnbekend,
    TvIllnessResult,
    TvXellaAmount,
    TvCompensation,
    TvCompensationStatus,
    TvCompensationDeadline,
    TvKostenHelp,
    TvEarlier,
    TvEarlierHint,
    TvEarlierStart,
    TvEarlierEnd,
    TvEarlierAdd,
    TvEarlierRemove,
    TvCalculate,
    // Transitievergoeding result.
    TvResultHeading,
    TvResultEmpty,
    TvAmountLabel,
    TvDue,
    TvNotDue,
    TvNotDueBenchmark,
    TvLegalBasis,
    TvBreakdown,
    TvMonthlyWage,
    TvBaseWage,
    TvHolidayPart,
    TvExtrasPart,
    TvFixedPart,
    TvVariablePart,
    TvService,
    TvBeforeCap,
    TvCap,
    TvCapSource,
    TvCapped,
    TvDeductions,
    TvHowCalculated,
    TvDeadlines,
    TvClaimDeadline,
    TvUncertainTitle,
    TvUncertainMark,
    // Calendar form.
    TlTitle,
    TlIntro,
    TlPeriod,
    TlFrom,
    TlUntil,
    TlUntilHint,
    TlAddPeriod,
    TlRemovePeriod,
    TlLoonsanctie,
    TlLoonsanctieHint,
    TlLabel,
    TlLabelHint,
    TlMake,
    // Calendar result.
    TlResultHeading,
    TlResultEmpty,
    TlFilter,
    TlFilterAll,
    TlFilterWerknemer,
    TlFilterWerkgever,
    TlWeek,
    TlWho,
    TlStatus,
    TlDone,
    TlIfMissed,
    TlSource,
    TlNotices,
    TlDownload,
    TlDownloaded,
    TlCopySummary,
    TlCopied,
    TlSickDaysSoFar,
    TlFirstSickDay,
    TlUncertain,
    TlNothingForFilter,
}

impl CalcText {
    pub fn text(self, lang: Lang) -> &'static str {
        use CalcText::*;
        match lang {
            Lang::Nl => match self {
                ErrorSummaryTitle => "Er is een probleem",
                Day => "Dag",
                Month => "Maand",
                Year => "Jaar",
                DateHint => "Bijvoorbeeld 5 3 2026. Je kunt ook 05-03-2026 in het vak Dag plakken.",
                WhatDoesThisMean => "Wat betekent dit?",
                WhatCounts => "Wat telt mee?",
                Optional => "(niet verplicht)",
                ErrorPrefix => "Fout:",
                LinkNoticeTitle => "Niet alles uit de link kon worden gebruikt",
                CopyLink => "Link naar deze berekening kopiëren",
                LinkCopied => "De link is gekopieerd. Let op: wie de link heeft, ziet je bedragen.",
                CopyFailed => "Kopiëren lukte niet. Selecteer de tekst en kopieer die zelf.",
                TvTitle => "Transitievergoeding berekenen",
                TvIntro => "Bereken hoeveel transitievergoeding je krijgt of moet betalen als een contract stopt. Alles wordt op dit apparaat berekend; er wordt niets verstuurd.",
                TvStart => "Eerste werkdag",
                TvStartHint => "De eerste dag van het huidige contract bij deze werkgever.",
                TvEnd => "Laatste dag van het contract",
                TvEndHint => "De dag waarop het contract eindigt (die dag telt mee).",
                TvWageMode => "Hoe wil je het loon invullen?",
                TvWageMonthly => "Als maandloon",
                TvWageHourly => "Als uurloon en uren per week",
                TvLoon => "Bruto maandloon",
                TvLoonHint => "Het vaste bruto loon per maand, zonder vakantiegeld en toeslagen.",
                TvLoonHelp => "Tel mee: je vaste bruto maandloon volgens je contract of loonstrook. Tel niet mee: vakantiegeld, overwerk en bonussen; die vul je hieronder apart in.",
                TvUurloon => "Bruto uurloon",
                TvUren => "Uren per week",
                TvVakantiegeld => "Vakantiegeld in procenten",
                TvVakantiegeldHint => "Meestal 8%.",
                TvVakantiegeldHelp => "Het vakantiegeld is een percentage van je loon, meestal 8%. Staat in je cao of contract een hoger percentage? Vul dat in. Krijg je het niet, vul dan 0 in.",
                TvVastJaar => "Vaste extra's per jaar",
                TvVastJaarHint => "Bijvoorbeeld een vaste 13e maand of een vaste eindejaarsuitkering, per jaar.",
                TvVastJaarHelp => "Tel mee: bedragen die je elk jaar vast krijgt, zoals een 13e maand of een vaste eindejaarsuitkering. Tel niet mee: een bonus die afhangt van resultaten; die hoort bij de variabele looncomponenten.",
                TvVast12m => "Vaste looncomponenten in de laatste 12 maanden",
                TvVast12mHint => "Het totaal over 12 maanden, bijvoorbeeld overwerk of ploegentoeslag.",
                TvVast12mHelp => "Tel mee: looncomponenten die vaststaan, zoals vergoedingen voor overwerk, ploegendienst of onregelmatigheid, over de laatste 12 maanden samen. Tel niet mee: onkostenvergoedingen, de werkgeversbijdrage voor pensioen en een auto van de zaak.",
                TvVariabel3j => "Variabele looncomponenten over de laatste 3 kalenderjaren",
                TvVariabel3jHint => "Het totaal van de drie kalenderjaren vóór het jaar waarin het contract eindigt.",
                TvVariabel3jHelp => "Tel mee: bedragen die wisselen, zoals een bonus, winstdeling of provisie, die je in de drie kalenderjaren vóór het jaar van het einde kreeg. Het jaar waarin het contract eindigt telt niet mee.",
                TvReden => "Hoe eindigt het contract?",
                TvRedenHint => "Kies wat het best past. De reden bepaalt of de transitievergoeding verschuldigd is.",
                TvDeel => "Welk deel van de uren stopt, in procenten?",
                TvDeelHint => "Bijvoorbeeld 40 als 40% van de uren blijvend stopt.",
                TvIllness => "Na twee jaar ziekte (niet verplicht)",
                TvIllnessHint => "Vul dit in als het contract eindigt na lange ziekte of als er een slapend dienstverband is. Dan berekenen we ook het bedrag aan het einde van de 104 weken ziekte en de compensatie die de werkgever van UWV kan krijgen.",
                TvEersteZiektedag => "Eerste ziektedag",
                TvEersteZiektedagHint => "Telt een eerdere ziekteperiode mee (minder dan 4 weken ertussen)? Vul dan de eerste dag van die periode in.",
                TvLoonTijdensZiekte => "Loon dat tijdens de ziekte is betaald",
                TvLoonTijdensZiekteHint => "Het bruto loon dat de werkgever in de 104 weken ziekte heeft betaald. Dit is een van de drie bedragen voor de compensatie.",
                TvBetaaldatum => "Datum waarop de transitievergoeding is betaald",
                TvBetaaldatumHint => "Bij betaling in termijnen: de datum van de laatste termijn. Daarna heeft de werkgever 6 maanden om compensatie aan te vragen.",
                TvWerkgeverGrootte => "Is de werkgever een kleine werkgever?",
                TvWerkgeverGrootteHint => "Volgens de beschikking gedifferentieerde premie Whk van de Belastingdienst: een loonsom tot 25 keer het gemiddelde premieloon, ongeveer minder dan 25 werknemers.",
                TvGrootteKlein => "Ja, klein",
                TvGrootteMiddelgroot => "Nee, middelgroot of groot",
                TvGrootteOnbekend => "Weet ik niet",
                TvIllnessResult => "Na twee jaar ziekte",
                TvXellaAmount => "Transitievergoeding aan het einde van de 104 weken ziekte",
                TvCompensation => "Compensatie van UWV voor de werkgever",
                TvCompensationStatus => "Recht op compensatie",
                TvCompensationDeadline => "Uiterlijk aanvragen bij UWV",
                TvKosten => "Kosten die eraf mogen",
                TvKostenHint => "Alleen transitiekosten die vooraf schriftelijk zijn gespecificeerd en waarmee de werknemer vooraf schriftelijk instemde.",
                TvKostenHelp => "Een werkgever mag sommige kosten aftrekken, zoals een opleiding voor ander werk of outplacement, als die vooraf schriftelijk zijn vastgelegd en de werknemer vooraf schriftelijk heeft ingestemd. Kosten van re-integratie (spoor 2) mogen er nooit af.",
                TvEarlier => "Eerdere contracten bij dezelfde werkgever",
                TvEarlierHint => "Had je eerder een contract bij deze werkgever, met hoogstens 6 maanden ertussen? Dan telt die tijd mee.",
                TvEarlierStart => "Begin van het eerdere contract",
                TvEarlierEnd => "Einde van het eerdere contract",
                TvEarlierAdd => "Eerder contract toevoegen",
                TvEarlierRemove => "Verwijder eerder contract",
                TvCalculate => "Bereken",
                TvResultHeading => "Uitkomst",
                TvResultEmpty => "Vul het formulier in en kies Bereken. De uitkomst verschijnt hier.",
                TvAmountLabel => "Transitievergoeding",
                TvDue => "De transitievergoeding is verschuldigd.",
                TvNotDue => "Er is geen transitievergoeding verschuldigd.",
                TvNotDueBenchmark => "Het bedrag hierboven is wat de wettelijke transitievergoeding zou zijn. Je kunt het gebruiken als richtbedrag bij onderhandelen.",
                TvLegalBasis => "Grondslag",
                TvBreakdown => "Opbouw",
                TvMonthlyWage => "Maandloon met looncomponenten (M)",
                TvBaseWage => "Basisloon per maand",
                TvHolidayPart => "Vakantiegeld per maand",
                TvExtrasPart => "Vaste extra's per maand",
                TvFixedPart => "Vaste looncomponenten per maand",
                TvVariablePart => "Variabele looncomponenten per maand",
                TvService => "Duur van het dienstverband",
                TvBeforeCap => "Bedrag vóór het maximum",
                TvCap => "Maximum",
                TvCapSource => "Bron",
                TvCapped => "Het maximum is toegepast.",
                TvDeductions => "Aftrek",
                TvHowCalculated => "Hoe is dit berekend?",
                TvDeadlines => "Termijnen",
                TvClaimDeadline => "Uiterste datum om de transitievergoeding bij de kantonrechter te vragen (3 maanden na het einde, art. 7:686a lid 4 sub b BW)",
                TvUncertainTitle => "Let op, niet zeker",
                TvUncertainMark => "niet zeker, zie de uitleg",
                TlTitle => "Poortwachter-kalender",
                TlIntro => "Zie wanneer wat moet gebeuren tijdens ziekte: van ziekmelding tot WIA-aanvraag. Alles wordt op dit apparaat berekend; er wordt niets verstuurd.",
                TlPeriod => "Ziekteperiode",
                TlFrom => "Eerste ziektedag",
                TlUntil => "Laatste ziektedag",
                TlUntilHint => "Laat leeg als je nog ziek bent.",
                TlAddPeriod => "Nog een ziekteperiode toevoegen",
                TlRemovePeriod => "Verwijder ziekteperiode",
                TlLoonsanctie => "Loonsanctie in weken",
                TlLoonsanctieHint => "Alleen als UWV een loonsanctie heeft opgelegd: 0 tot 52 weken.",
                TlLabel => "Naam of initialen",
                TlLabelHint => "Alleen voor de titels in je agenda-bestand. Dit wordt niet verstuurd.",
                TlMake => "Maak de kalender",
                TlResultHeading => "Kalender",
                TlResultEmpty => "Vul de ziekteperiode in en kies Maak de kalender. De stappen verschijnen hier.",
                TlFilter => "Laat stappen zien voor",
                TlFilterAll => "Iedereen",
                TlFilterWerknemer => "Werknemer",
                TlFilterWerkgever => "Werkgever",
                TlWeek => "week",
                TlWho => "Wie",
                TlStatus => "Status",
                TlDone => "Gedaan",
                TlIfMissed => "Als dit niet op tijd gebeurt",
                TlSource => "Bron",
                TlNotices => "Goed om te weten",
                TlDownload => "Download als agenda-bestand (.ics)",
                TlDownloaded => "Het agenda-bestand is gemaakt. Open het om de data in je agenda te zetten.",
                TlCopySummary => "Kopieer overzicht",
                TlCopied => "Het overzicht is gekopieerd.",
                TlSickDaysSoFar => "Ziektedagen tot en met vandaag",
                TlFirstSickDay => "Eerste ziektedag van de periode die telt",
                TlUncertain => "Let op, niet zeker",
                TlNothingForFilter => "Geen stappen voor deze keuze.",
            },
            Lang::En => match self {
                ErrorSummaryTitle => "There is a problem",
                Day => "Day",
                Month => "Month",
                Year => "Year",
                DateHint => "For example 5 3 2026. You can also paste 05-03-2026 into the Day box.",
                WhatDoesThisMean => "What does this mean?",
                WhatCounts => "What counts?",
                Optional => "(optional)",
                ErrorPrefix => "Error:",
                LinkNoticeTitle => "Not everything in the link could be used",
                CopyLink => "Copy a link to this calculation",
                LinkCopied => "The link was copied. Note: anyone with the link sees your amounts.",
                CopyFailed => "Copying did not work. Select the text and copy it yourself.",
                TvTitle => "Calculate the transitievergoeding",
                TvIntro => "Calculate how much transitievergoeding (statutory transition payment) you receive or must pay when a contract ends. Everything is calculated on this device; nothing is sent.",
                TvStart => "First working day",
                TvStartHint => "The first day of the current contract with this employer.",
                TvEnd => "Last day of the contract",
                TvEndHint => "The day the contract ends (that day counts).",
                TvWageMode => "How do you want to enter the wage?",
                TvWageMonthly => "As a monthly wage",
                TvWageHourly => "As an hourly wage and hours per week",
                TvLoon => "Gross monthly wage",
                TvLoonHint => "The fixed gross wage per month, without holiday allowance and supplements.",
                TvLoonHelp => "Counts: your fixed gross monthly wage under your contract or payslip. Does not count here: holiday allowance, overtime and bonuses; enter those separately below.",
                TvUurloon => "Gross hourly wage",
                TvUren => "Hours per week",
                TvVakantiegeld => "Holiday allowance in percent",
                TvVakantiegeldHint => "Usually 8%.",
                TvVakantiegeldHelp => "The holiday allowance is a percentage of your wage, usually 8%. If your collective agreement or contract gives a higher percentage, enter that. If you do not receive it, enter 0.",
                TvVastJaar => "Fixed extras per year",
                TvVastJaarHint => "For example a fixed 13th month or a fixed year-end payment, per year.",
                TvVastJaarHelp => "Counts: amounts you receive every year as a fixed right, such as a 13th month or a fixed year-end payment. Does not count: a bonus that depends on results; that is a variable wage component.",
                TvVast12m => "Fixed wage components over the last 12 months",
                TvVast12mHint => "The total over 12 months, for example overtime or shift allowances.",
                TvVast12mHelp => "Counts: fixed wage components, such as pay for overtime, shift work or irregular hours, over the last 12 months together. Does not count: expense allowances, the employer's pension contribution and a company car.",
                TvVariabel3j => "Variable wage components over the last 3 calendar years",
                TvVariabel3jHint => "The total of the three calendar years before the year in which the contract ends.",
                TvVariabel3jHelp => "Counts: amounts that vary, such as a bonus, profit share or commission, received in the three calendar years before the year of the end. The year in which the contract ends does not count.",
                TvReden => "How does the contract end?",
                TvRedenHint => "Choose what fits best. The reason decides whether the transitievergoeding is due.",
                TvDeel => "Which share of the hours ends, in percent?",
                TvDeelHint => "For example 40 when 40% of the hours end permanently.",
                TvIllness => "After two years of illness (optional)",
                TvIllnessHint => "Fill this in when the contract ends after a long illness, or for a dormant contract. We then also calculate the amount at the end of the 104 weeks of illness and the compensation the employer can get from UWV.",
                TvEersteZiektedag => "First day of illness",
                TvEersteZiektedagHint => "Does an earlier period of illness count (less than 4 weeks in between)? Then enter the first day of that period.",
                TvLoonTijdensZiekte => "Wage paid during the illness",
                TvLoonTijdensZiekteHint => "The gross wage the employer paid during the 104 weeks of illness. It is one of the three amounts for the compensation.",
                TvBetaaldatum => "Date the transitievergoeding was paid",
                TvBetaaldatumHint => "When paid in instalments: the date of the last instalment. From then on the employer has 6 months to apply for compensation.",
                TvWerkgeverGrootte => "Is the employer a small employer?",
                TvWerkgeverGrootteHint => "According to the Belastingdienst's decision on the gedifferentieerde premie Whk: a wage bill of up to 25 times the average premium wage, roughly fewer than 25 employees.",
                TvGrootteKlein => "Yes, small",
                TvGrootteMiddelgroot => "No, medium-sized or large",
                TvGrootteOnbekend => "I don't know",
                TvIllnessResult => "After two years of illness",
                TvXellaAmount => "Transitievergoeding at the end of the 104 weeks of illness",
                TvCompensation => "UWV compensation for the employer",
                TvCompensationStatus => "Right to compensation",
                TvCompensationDeadline => "Apply to UWV by",
                TvKosten => "Costs that may be deducted",
                TvKostenHint => "Only transition costs specified in writing beforehand, to which the employee agreed in writing beforehand.",
                TvKostenHelp => "An employer may deduct some costs, such as training for other work or outplacement, when they were set out in writing beforehand and the employee agreed in writing beforehand. Re-integration costs (spoor 2, track 2) may never be deducted.",
                TvEarlier => "Earlier contracts with the same employer",
                TvEarlierHint => "Did you have an earlier contract with this employer, with at most 6 months in between? Then that time counts.",
                TvEarlierStart => "Start of the earlier contract",
                TvEarlierEnd => "End of the earlier contract",
                TvEarlierAdd => "Add an earlier contract",
                TvEarlierRemove => "Remove earlier contract",
                TvCalculate => "Calculate",
                TvResultHeading => "Result",
                TvResultEmpty => "Fill in the form and choose Calculate. The result appears here.",
                TvAmountLabel => "Transitievergoeding",
                TvDue => "The transitievergoeding is due.",
                TvNotDue => "No transitievergoeding is due.",
                TvNotDueBenchmark => "The amount above is what the statutory transitievergoeding would be. You can use it as a benchmark when negotiating.",
                TvLegalBasis => "Legal basis",
                TvBreakdown => "Breakdown",
                TvMonthlyWage => "Monthly wage with components (M)",
                TvBaseWage => "Base wage per month",
                TvHolidayPart => "Holiday allowance per month",
                TvExtrasPart => "Fixed extras per month",
                TvFixedPart => "Fixed wage components per month",
                TvVariablePart => "Variable wage components per month",
                TvService => "Length of employment",
                TvBeforeCap => "Amount before the maximum",
                TvCap => "Maximum",
                TvCapSource => "Source",
                TvCapped => "The maximum was applied.",
                TvDeductions => "Deductions",
                TvHowCalculated => "How was this calculated?",
                TvDeadlines => "Deadlines",
                TvClaimDeadline => "Last day to claim the transitievergoeding at the subdistrict court (3 months after the end, art. 7:686a(4)(b) BW)",
                TvUncertainTitle => "Note, not certain",
                TvUncertainMark => "not certain, see the note",
                TlTitle => "Poortwachter calendar",
                TlIntro => "See what must happen when during illness: from reporting sick to applying for WIA. Everything is calculated on this device; nothing is sent.",
                TlPeriod => "Sick period",
                TlFrom => "First sick day",
                TlUntil => "Last sick day",
                TlUntilHint => "Leave empty if still sick.",
                TlAddPeriod => "Add another sick period",
                TlRemovePeriod => "Remove sick period",
                TlLoonsanctie => "Wage sanction in weeks",
                TlLoonsanctieHint => "Only if UWV imposed a wage sanction (loonsanctie): 0 to 52 weeks.",
                TlLabel => "Name or initials",
                TlLabelHint => "Only for the titles in your calendar file. It is not sent anywhere.",
                TlMake => "Make the calendar",
                TlResultHeading => "Calendar",
                TlResultEmpty => "Fill in the sick period and choose Make the calendar. The steps appear here.",
                TlFilter => "Show steps for",
                TlFilterAll => "Everyone",
                TlFilterWerknemer => "Employee",
                TlFilterWerkgever => "Employer",
                TlWeek => "week",
                TlWho => "Who",
                TlStatus => "Status",
                TlDone => "Done",
                TlIfMissed => "If this is not done in time",
                TlSource => "Source",
                TlNotices => "Good to know",
                TlDownload => "Download as calendar file (.ics)",
                TlDownloaded => "The calendar file was made. Open it to add the dates to your calendar.",
                TlCopySummary => "Copy overview",
                TlCopied => "The overview was copied.",
                TlSickDaysSoFar => "Sick days up to and including today",
                TlFirstSickDay => "First sick day of the period that counts",
                TlUncertain => "Note, not certain",
                TlNothingForFilter => "No steps for this choice.",
            },
        }
    }
}

/// The short label of a termination reason, for the radio group.
pub fn termination_label(t: Termination, lang: Lang) -> &'static str {
    use Termination::*;
    match lang {
        Lang::Nl => match t {
            EmployerInitiative => "De werkgever zegt op, of de rechter ontbindt het contract",
            FixedTermNotRenewed => "Het tijdelijke contract wordt niet verlengd",
            EmployerSeriousCulpability => "De werknemer stopt door ernstig verwijtbaar handelen van de werkgever",
            MutualConsent => "Samen afgesproken (vaststellingsovereenkomst)",
            AfterTwoYearsIllness => "Ontslag na twee jaar ziekte",
            EmployeeSeriousCulpability => "Ontslag door ernstig verwijtbaar handelen van de werknemer (bijvoorbeeld op staande voet)",
            EmployerBankruptcy => "De werkgever is failliet, in surseance of in de schuldsanering",
            AowAge => "De werknemer bereikt de AOW-leeftijd",
            MinorSmallJob => "Werknemer jonger dan 18 die hoogstens 12 uur per week werkte",
            EmployeeResigned => "De werknemer neemt zelf ontslag",
            RenewalOfferedDeclined => "De werkgever bood verlenging aan, de werknemer zei nee",
            PartialDismissal => "Een deel van de uren stopt blijvend",
        },
        Lang::En => match t {
            EmployerInitiative => "The employer gives notice, or the court dissolves the contract",
            FixedTermNotRenewed => "The fixed-term contract is not renewed",
            EmployerSeriousCulpability => "The employee leaves because of the employer's serious culpable conduct",
            MutualConsent => "Agreed together (settlement agreement)",
            AfterTwoYearsIllness => "Dismissal after two years of illness",
            EmployeeSeriousCulpability => "Dismissal for the employee's serious culpable conduct (for example summary dismissal)",
            EmployerBankruptcy => "The employer is bankrupt, in suspension of payments or in debt restructuring",
            AowAge => "The employee reaches the state pension (AOW) age",
            MinorSmallJob => "Employee under 18 who worked 12 hours a week or less",
            EmployeeResigned => "The employee resigns",
            RenewalOfferedDeclined => "The employer offered a renewal, the employee declined",
            PartialDismissal => "Part of the hours ends permanently",
        },
    }
}

/// The status badge of a calendar step. Text, never colour alone.
pub fn status_badge(s: Status, lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => match s {
            Status::Done => "gedaan",
            Status::Overdue => "verlopen",
            Status::Past => "voorbij",
            Status::DueSoon => "binnenkort",
            Status::Future => "gepland",
            Status::NotReached => "niet nodig",
        },
        Lang::En => match s {
            Status::Done => "done",
            Status::Overdue => "overdue",
            Status::Past => "past",
            Status::DueSoon => "due soon",
            Status::Future => "planned",
            Status::NotReached => "not needed",
        },
    }
}

/// "Periode 2" / "Sick period 2" style numbered labels.
pub fn numbered(c: CalcText, n: usize, lang: Lang) -> String {
    format!("{} {n}", c.text(lang))
}

/// The compensation's status in a few words, for the calculator's result.
pub fn compensation_status_label(
    s: crate::transitievergoeding::CompensationStatus,
    lang: Lang,
) -> &'static str {
    use crate::transitievergoeding::CompensationStatus::*;
    match lang {
        Lang::Nl => match s {
            Eligible => "Ja",
            NotEligible => "Nee",
            DependsOnPendingLaw => "Hangt af van wetsvoorstel 36869 (nog geen wet)",
            DependsOnEmployerSize => "Hangt af van de grootte van de werkgever",
        },
        Lang::En => match s {
            Eligible => "Yes",
            NotEligible => "No",
            DependsOnPendingLaw => "Depends on bill 36869 (not yet law)",
            DependsOnEmployerSize => "Depends on the size of the employer",
        },
    }
}

/// A field's label on `#/transitievergoeding`, used in the error summary.
pub fn tv_field_label(f: TvField, lang: Lang) -> String {
    let c = match f {
        TvField::Start => CalcText::TvStart,
        TvField::Einde => CalcText::TvEnd,
        TvField::Loon => CalcText::TvLoon,
        TvField::Uurloon => CalcText::TvUurloon,
        TvField::Uren => CalcText::TvUren,
        TvField::Vakantiegeld => CalcText::TvVakantiegeld,
        TvField::VastJaar => CalcText::TvVastJaar,
        TvField::Vast12m => CalcText::TvVast12m,
        TvField::Variabel3j => CalcText::TvVariabel3j,
        TvField::Reden => CalcText::TvReden,
        TvField::Deel => CalcText::TvDeel,
        TvField::Kosten => CalcText::TvKosten,
        TvField::EarlierStart(i) => {
            return format!("{} {}", CalcText::TvEarlierStart.text(lang), i + 1)
        }
        TvField::EarlierEnd(i) => {
            return format!("{} {}", CalcText::TvEarlierEnd.text(lang), i + 1)
        }
        TvField::EersteZiektedag => CalcText::TvEersteZiektedag,
        TvField::LoonTijdensZiekte => CalcText::TvLoonTijdensZiekte,
        TvField::Betaaldatum => CalcText::TvBetaaldatum,
        TvField::WerkgeverGrootte => CalcText::TvWerkgeverGrootte,
    };
    c.text(lang).to_string()
}

/// A field's label on `#/tijdlijn`, used in the error summary.
pub fn tl_field_label(f: TlField, lang: Lang) -> String {
    match f {
        TlField::From(i) => format!(
            "{} ({})",
            CalcText::TlFrom.text(lang),
            numbered(CalcText::TlPeriod, i + 1, lang).to_lowercase()
        ),
        TlField::Until(i) => format!(
            "{} ({})",
            CalcText::TlUntil.text(lang),
            numbered(CalcText::TlPeriod, i + 1, lang).to_lowercase()
        ),
        TlField::Loonsanctie => CalcText::TlLoonsanctie.text(lang).into(),
        TlField::Label => CalcText::TlLabel.text(lang).into(),
    }
}

/// The label of a filter of the calendar (whose steps to show).
pub fn actor_filter_label(f: ActorFilter, lang: Lang) -> &'static str {
    match f {
        ActorFilter::Alle => CalcText::TlFilterAll.text(lang),
        ActorFilter::Werknemer => CalcText::TlFilterWerknemer.text(lang),
        ActorFilter::Werkgever => CalcText::TlFilterWerkgever.text(lang),
    }
}

/// The plain-text overview of the calendar copied by "Kopieer overzicht": one line per step with date,
/// week, title, who and status, then the notices.
pub fn timeline_summary(t: &Timeline, lang: Lang) -> String {
    let mut out = PoortwachterText::CalendarName.text(lang).to_string();
    if let Some(l) = t.label.as_deref().map(str::trim).filter(|l| !l.is_empty()) {
        out.push_str(" - ");
        out.push_str(l);
    }
    out.push('\n');
    out.push_str(&format!(
        "{}: {}\n",
        CalcText::TlFirstSickDay.text(lang),
        format::long_date(t.first_sick_day, lang)
    ));
    out.push_str(&format!(
        "{} ({}): {}\n\n",
        CalcText::TlSickDaysSoFar.text(lang),
        format::long_date(t.today, lang),
        t.sick_days_counted
    ));
    for m in &t.milestones {
        out.push_str(&format!(
            "{} ({} {}) - {} - {}: {} - {}\n",
            dates::short(m.date),
            CalcText::TlWeek.text(lang),
            m.week,
            milestone_title(m.id, lang),
            CalcText::TlWho.text(lang),
            actor_label(m.actor, lang),
            status_badge(m.status, lang)
        ));
    }
    if !t.notices.is_empty() {
        out.push_str(&format!("\n{}:\n", CalcText::TlNotices.text(lang)));
        for n in &t.notices {
            out.push_str(&format!("- {}", notice_title(n.id, lang)));
            if let Some(d) = n.date {
                out.push_str(&format!(" ({})", format::long_date(d, lang)));
            }
            out.push('\n');
        }
    }
    out.push('\n');
    out.push_str(super::ui::UiText::FooterDisclaimer.text(lang));
    out.push('\n');
    out
}

/// One row of the breakdown table: its label and its value.
pub fn breakdown_row(row: Row, lang: Lang) -> (&'static str, String) {
    let money = |c: CalcText, v: Cents| (c.text(lang), format::amount(v, lang));
    match row {
        Row::BaseWage(v) => money(CalcText::TvBaseWage, v),
        Row::HolidayPart(v) => money(CalcText::TvHolidayPart, v),
        Row::ExtrasPart(v) => money(CalcText::TvExtrasPart, v),
        Row::FixedPart(v) => money(CalcText::TvFixedPart, v),
        Row::VariablePart(v) => money(CalcText::TvVariablePart, v),
        Row::MonthlyWage(v) => money(CalcText::TvMonthlyWage, v),
        Row::Service {
            years,
            months,
            days,
        } => (
            CalcText::TvService.text(lang),
            super::transitievergoeding::ymd(years, months, days, lang),
        ),
        Row::BeforeCap(v) => money(CalcText::TvBeforeCap, v),
        Row::Cap(v) => money(CalcText::TvCap, v),
        Row::Deduction(v) => (
            CalcText::TvDeductions.text(lang),
            format!("− {}", format::amount(v, lang)),
        ),
    }
}

/// The cap line: "€ 102.000 in 2026." or, when the annual wage is higher, that.
/// The source is shown beside it as a link (`form_model::tv::cap_source`).
pub fn cap_text(r: &TvResult, lang: Lang) -> String {
    match lang {
        Lang::Nl => {
            if r.cap_is_annual_wage {
                format!(
                    "{} (je jaarsalaris, hoger dan het maximum voor {})",
                    format::amount(r.cap, lang),
                    r.cap_year
                )
            } else {
                format!("{} in {}.", format::amount_whole(r.cap, lang), r.cap_year)
            }
        }
        Lang::En => {
            if r.cap_is_annual_wage {
                format!(
                    "{} (your annual wage, higher than the maximum for {})",
                    format::amount(r.cap, lang),
                    r.cap_year
                )
            } else {
                format!("{} in {}.", format::amount_whole(r.cap, lang), r.cap_year)
            }
        }
    }
}

/// What a link carried that could not be used, and what we did instead.
pub fn link_notice(n: &LinkNotice, lang: Lang) -> String {
    let short = |s: &str| -> String { s.chars().take(40).collect() };
    match lang {
        Lang::Nl => match n {
            LinkNotice::Unknown(k) => {
                format!(
                    "De link bevat \"{}\". Dat kennen we niet; we hebben het genegeerd.",
                    short(k)
                )
            }
            LinkNotice::Malformed(k) => format!(
                "De waarde van \"{}\" in de link konden we niet lezen; we hebben die genegeerd.",
                short(k)
            ),
            LinkNotice::Repeated(k) => format!(
                "\"{}\" staat meer dan eens in de link; we gebruiken de eerste waarde.",
                short(k)
            ),
        },
        Lang::En => match n {
            LinkNotice::Unknown(k) => {
                format!(
                    "The link contains \"{}\". We do not know it, so we ignored it.",
                    short(k)
                )
            }
            LinkNotice::Malformed(k) => format!(
                "We could not read the value of \"{}\" in the link, so we ignored it.",
                short(k)
            ),
            LinkNotice::Repeated(k) => format!(
                "\"{}\" appears more than once in the link; we use the first value.",
                short(k)
            ),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_termination_has_two_labels() {
        for t in Termination::ALL {
            assert_ne!(
                termination_label(t, Lang::Nl),
                termination_label(t, Lang::En)
            );
        }
        assert_eq!(status_badge(Status::Overdue, Lang::Nl), "verlopen");
        assert_eq!(numbered(CalcText::TlPeriod, 2, Lang::Nl), "Ziekteperiode 2");
    }
}
