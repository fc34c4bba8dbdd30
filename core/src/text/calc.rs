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
use crate::text::t;
use crate::text::transitievergoeding::{compensation_term_en, compensation_term_nl};
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
    TvClaimDeadlinePassed,
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
    TlContractEnd,
    TlContractEndHint,
    TlErdZw,
    TlErdZwHint,
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
        match self {
            ErrorSummaryTitle => t(lang, "Er is een probleem", "There is a problem"),
            Day => t(lang, "Dag", "Day"),
            Month => t(lang, "Maand", "Month"),
            Year => t(lang, "Jaar", "Year"),
            DateHint => t(lang, "Bijvoorbeeld 5 3 2026. Je kunt ook 05-03-2026 in het vak Dag plakken.", "For example 5 3 2026. You can also paste 05-03-2026 into the Day box."),
            WhatDoesThisMean => t(lang, "Wat betekent dit?", "What does this mean?"),
            WhatCounts => t(lang, "Wat telt mee?", "What counts?"),
            Optional => t(lang, "(niet verplicht)", "(optional)"),
            ErrorPrefix => t(lang, "Fout:", "Error:"),
            LinkNoticeTitle => t(lang, "Niet alles uit de link kon worden gebruikt", "Not everything in the link could be used"),
            CopyLink => t(lang, "Link naar deze berekening kopiëren", "Copy a link to this calculation"),
            LinkCopied => t(lang, "De link is gekopieerd. Let op: wie de link heeft, ziet je bedragen.", "The link was copied. Note: anyone with the link sees your amounts."),
            CopyFailed => t(lang, "Kopiëren lukte niet. Selecteer de tekst en kopieer die zelf.", "Copying did not work. Select the text and copy it yourself."),
            TvTitle => t(lang, "Transitievergoeding berekenen", "Calculate the transitievergoeding"),
            TvIntro => t(lang, "Bereken hoeveel transitievergoeding je krijgt of moet betalen als een contract stopt. Alles wordt op dit apparaat berekend; er wordt niets verstuurd.", "Calculate how much transitievergoeding (statutory transition payment) you receive or must pay when a contract ends. Everything is calculated on this device; nothing is sent."),
            TvStart => t(lang, "Eerste werkdag", "First working day"),
            TvStartHint => t(lang, "De eerste dag van het huidige contract bij deze werkgever.", "The first day of the current contract with this employer."),
            TvEnd => t(lang, "Laatste dag van het contract", "Last day of the contract"),
            TvEndHint => t(lang, "De dag waarop het contract eindigt (die dag telt mee).", "The day the contract ends (that day counts)."),
            TvWageMode => t(lang, "Hoe wil je het loon invullen?", "How do you want to enter the wage?"),
            TvWageMonthly => t(lang, "Als maandloon", "As a monthly wage"),
            TvWageHourly => t(lang, "Als uurloon en uren per week", "As an hourly wage and hours per week"),
            TvLoon => t(lang, "Bruto maandloon", "Gross monthly wage"),
            TvLoonHint => t(lang, "Het vaste bruto loon per maand, zonder vakantiegeld en toeslagen.", "The fixed gross wage per month, without holiday allowance and supplements."),
            TvLoonHelp => t(lang, "Tel mee: het vaste bruto maandloon volgens het contract of de loonstrook. Tel niet mee: vakantiegeld, overwerk en bonussen; die komen hieronder apart.", "Counts: the fixed gross monthly wage under the contract or payslip. Does not count here: holiday allowance, overtime and bonuses; those are entered separately below."),
            TvUurloon => t(lang, "Bruto uurloon", "Gross hourly wage"),
            TvUren => t(lang, "Uren per week", "Hours per week"),
            TvVakantiegeld => t(lang, "Vakantiegeld in procenten", "Holiday allowance in percent"),
            TvVakantiegeldHint => t(lang, "Meestal 8%.", "Usually 8%."),
            TvVakantiegeldHelp => t(lang, "Het vakantiegeld is een percentage van het loon, meestal 8%. Staat in de cao of het contract een hoger percentage? Vul dat in. Is er geen vakantiegeld, vul dan 0 in.", "The holiday allowance is a percentage of the wage, usually 8%. If the collective agreement or the contract gives a higher percentage, enter that. If there is none, enter 0."),
            TvVastJaar => t(lang, "Vaste extra's per jaar", "Fixed extras per year"),
            TvVastJaarHint => t(lang, "Bijvoorbeeld een vaste 13e maand of een vaste eindejaarsuitkering, per jaar.", "For example a fixed 13th month or a fixed year-end payment, per year."),
            TvVastJaarHelp => t(lang, "Tel mee: bedragen die de werknemer elk jaar vast krijgt, zoals een 13e maand of een vaste eindejaarsuitkering. Tel niet mee: een bonus die afhangt van resultaten; die hoort bij de variabele looncomponenten.", "Counts: amounts the employee receives every year as a fixed right, such as a 13th month or a fixed year-end payment. Does not count: a bonus that depends on results; that is a variable wage component."),
            TvVast12m => t(lang, "Vaste looncomponenten in de laatste 12 maanden", "Fixed wage components over the last 12 months"),
            TvVast12mHint => t(lang, "Het totaal over 12 maanden, bijvoorbeeld overwerk of ploegentoeslag.", "The total over 12 months, for example overtime or shift allowances."),
            TvVast12mHelp => t(lang, "Tel mee: looncomponenten die vaststaan, zoals vergoedingen voor overwerk, ploegendienst of onregelmatigheid, over de laatste 12 maanden samen. Tel niet mee: onkostenvergoedingen, de werkgeversbijdrage voor pensioen en een auto van de zaak.", "Counts: fixed wage components, such as pay for overtime, shift work or irregular hours, over the last 12 months together. Does not count: expense allowances, the employer's pension contribution and a company car."),
            TvVariabel3j => t(lang, "Variabele looncomponenten over de laatste 3 kalenderjaren", "Variable wage components over the last 3 calendar years"),
            TvVariabel3jHint => t(lang, "Het totaal van de drie kalenderjaren vóór het jaar waarin het contract eindigt.", "The total of the three calendar years before the year in which the contract ends."),
            TvVariabel3jHelp => t(lang, "Tel mee: bedragen die wisselen, zoals een bonus, winstdeling of provisie, die de werknemer in de drie kalenderjaren vóór het jaar van het einde kreeg. Het jaar waarin het contract eindigt telt niet mee.", "Counts: amounts that vary, such as a bonus, profit share or commission, received in the three calendar years before the year of the end. The year in which the contract ends does not count."),
            TvReden => t(lang, "Hoe eindigt het contract?", "How does the contract end?"),
            TvRedenHint => t(lang, "Kies wat het best past. De reden bepaalt of de transitievergoeding verschuldigd is.", "Choose what fits best. The reason decides whether the transitievergoeding is due."),
            TvDeel => t(lang, "Welk deel van de uren stopt, in procenten?", "Which share of the hours ends, in percent?"),
            TvDeelHint => t(lang, "Bijvoorbeeld 40 als 40% van de uren blijvend stopt.", "For example 40 when 40% of the hours end permanently."),
            TvIllness => t(lang, "Na twee jaar ziekte (niet verplicht)", "After two years of illness (optional)"),
            TvIllnessHint => t(lang, "Vul dit in als het contract eindigt na lange ziekte of als er een slapend dienstverband is. Dan berekenen we ook het bedrag aan het einde van de 104 weken ziekte en de compensatie die de werkgever van UWV kan krijgen.", "Fill this in when the contract ends after a long illness, or for a dormant contract. We then also calculate the amount at the end of the 104 weeks of illness and the compensation the employer can get from UWV."),
            TvEersteZiektedag => t(lang, "Eerste ziektedag", "First day of illness"),
            TvEersteZiektedagHint => t(lang, "Telt een eerdere ziekteperiode mee (minder dan 4 weken ertussen)? Vul dan de eerste dag van die periode in.", "Does an earlier period of illness count (less than 4 weeks in between)? Then enter the first day of that period."),
            TvLoonTijdensZiekte => t(lang, "Loon dat tijdens de ziekte is betaald", "Wage paid during the illness"),
            TvLoonTijdensZiekteHint => t(lang, "Het bruto loon dat de werkgever in de 104 weken ziekte heeft betaald. Dit is een van de drie bedragen voor de compensatie.", "The gross wage the employer paid during the 104 weeks of illness. It is one of the three amounts for the compensation."),
            TvBetaaldatum => t(lang, "Datum waarop de transitievergoeding is betaald", "Date the transitievergoeding was paid"),
            TvBetaaldatumHint => t(lang, concat!("Bij betaling in termijnen: de datum van de laatste termijn. De werkgever vraagt de compensatie aan ", compensation_term_nl!(), "."), concat!("When paid in instalments: the date of the last instalment. The employer applies for the compensation ", compensation_term_en!(), ".")),
            TvWerkgeverGrootte => t(lang, "Is de werkgever een kleine werkgever?", "Is the employer a small employer?"),
            TvWerkgeverGrootteHint => t(lang, "Volgens de beschikking gedifferentieerde premie Whk van de Belastingdienst: een loonsom tot 25 keer het gemiddelde premieloon, ongeveer minder dan 25 werknemers.", "According to the Belastingdienst's decision on the gedifferentieerde premie Whk: a wage bill of up to 25 times the average premium wage, roughly fewer than 25 employees."),
            TvGrootteKlein => t(lang, "Ja, klein", "Yes, small"),
            TvGrootteMiddelgroot => t(lang, "Nee, middelgroot of groot", "No, medium-sized or large"),
            TvGrootteOnbekend => t(lang, "Weet ik niet", "I don't know"),
            TvIllnessResult => t(lang, "Na twee jaar ziekte", "After two years of illness"),
            TvXellaAmount => t(lang, "Transitievergoeding aan het einde van de 104 weken ziekte", "Transitievergoeding at the end of the 104 weeks of illness"),
            TvCompensation => t(lang, "Compensatie van UWV voor de werkgever", "UWV compensation for the employer"),
            TvCompensationStatus => t(lang, "Recht op compensatie", "Right to compensation"),
            TvCompensationDeadline => t(lang, "Uiterlijk aanvragen bij UWV", "Apply to UWV by"),
            TvKosten => t(lang, "Kosten die eraf mogen", "Costs that may be deducted"),
            TvKostenHint => t(lang, "Alleen transitiekosten die vooraf schriftelijk zijn gespecificeerd en waarmee de werknemer vooraf schriftelijk instemde.", "Only transition costs specified in writing beforehand, to which the employee agreed in writing beforehand."),
            TvKostenHelp => t(lang, "Een werkgever mag sommige kosten aftrekken, zoals een opleiding voor ander werk of outplacement, als die vooraf schriftelijk zijn vastgelegd en de werknemer vooraf schriftelijk heeft ingestemd. Kosten van re-integratie (spoor 2) mogen er nooit af.", "An employer may deduct some costs, such as training for other work or outplacement, when they were set out in writing beforehand and the employee agreed in writing beforehand. Re-integration costs (spoor 2, track 2) may never be deducted."),
            TvEarlier => t(lang, "Eerdere contracten bij dezelfde werkgever", "Earlier contracts with the same employer"),
            TvEarlierHint => t(lang, "Was er eerder een contract bij dezelfde werkgever, met hoogstens 6 maanden ertussen? Dan telt die tijd mee.", "Was there an earlier contract with the same employer, with at most 6 months in between? Then that time counts."),
            TvEarlierStart => t(lang, "Begin van het eerdere contract", "Start of the earlier contract"),
            TvEarlierEnd => t(lang, "Einde van het eerdere contract", "End of the earlier contract"),
            TvEarlierAdd => t(lang, "Eerder contract toevoegen", "Add an earlier contract"),
            TvEarlierRemove => t(lang, "Verwijder eerder contract", "Remove earlier contract"),
            TvCalculate => t(lang, "Bereken", "Calculate"),
            TvResultHeading => t(lang, "Uitkomst", "Result"),
            TvResultEmpty => t(lang, "Vul het formulier in en kies Bereken. De uitkomst verschijnt hier.", "Fill in the form and choose Calculate. The result appears here."),
            TvAmountLabel => t(lang, "Transitievergoeding", "Transitievergoeding"),
            TvDue => t(lang, "De transitievergoeding is verschuldigd.", "The transitievergoeding is due."),
            TvNotDue => t(lang, "Er is geen transitievergoeding verschuldigd.", "No transitievergoeding is due."),
            TvNotDueBenchmark => t(lang, "Het bedrag hierboven is wat de wettelijke transitievergoeding zou zijn. Je kunt het gebruiken als richtbedrag bij onderhandelen.", "The amount above is what the statutory transitievergoeding would be. You can use it as a benchmark when negotiating."),
            TvLegalBasis => t(lang, "Grondslag", "Legal basis"),
            TvBreakdown => t(lang, "Opbouw", "Breakdown"),
            TvMonthlyWage => t(lang, "Maandloon met looncomponenten (M)", "Monthly wage with components (M)"),
            TvBaseWage => t(lang, "Basisloon per maand", "Base wage per month"),
            TvHolidayPart => t(lang, "Vakantiegeld per maand", "Holiday allowance per month"),
            TvExtrasPart => t(lang, "Vaste extra's per maand", "Fixed extras per month"),
            TvFixedPart => t(lang, "Vaste looncomponenten per maand", "Fixed wage components per month"),
            TvVariablePart => t(lang, "Variabele looncomponenten per maand", "Variable wage components per month"),
            TvService => t(lang, "Duur van het dienstverband", "Length of employment"),
            TvBeforeCap => t(lang, "Bedrag vóór het maximum", "Amount before the maximum"),
            TvCap => t(lang, "Maximum", "Maximum"),
            TvCapSource => t(lang, "Bron", "Source"),
            TvCapped => t(lang, "Het maximum is toegepast.", "The maximum was applied."),
            TvDeductions => t(lang, "Aftrek", "Deductions"),
            TvHowCalculated => t(lang, "Hoe is dit berekend?", "How was this calculated?"),
            TvDeadlines => t(lang, "Termijnen", "Deadlines"),
            TvClaimDeadlinePassed => t(lang, "Deze datum is voorbij.", "This date has passed."),
            TvClaimDeadline => t(lang, "Uiterste datum om de transitievergoeding bij de kantonrechter te vragen (3 maanden na het einde, art. 7:686a lid 4 sub b BW)", "Last day to claim the transitievergoeding at the subdistrict court (3 months after the end, art. 7:686a(4)(b) BW)"),
            TvUncertainTitle => t(lang, "Let op, niet zeker", "Note, not certain"),
            TvUncertainMark => t(lang, "niet zeker, zie de uitleg", "not certain, see the note"),
            TlTitle => t(lang, "Poortwachter-kalender", "Poortwachter calendar"),
            TlIntro => t(lang, "Zie wanneer wat moet gebeuren tijdens ziekte: van ziekmelding tot WIA-aanvraag. Alles wordt op dit apparaat berekend; er wordt niets verstuurd.", "See what must happen when during illness: from reporting sick to applying for WIA. Everything is calculated on this device; nothing is sent."),
            TlPeriod => t(lang, "Ziekteperiode", "Sick period"),
            TlFrom => t(lang, "Eerste ziektedag", "First sick day"),
            TlUntil => t(lang, "Laatste ziektedag", "Last sick day"),
            TlUntilHint => t(lang, "Laat leeg als je nog ziek bent.", "Leave empty if still sick."),
            TlAddPeriod => t(lang, "Nog een ziekteperiode toevoegen", "Add another sick period"),
            TlRemovePeriod => t(lang, "Verwijder ziekteperiode", "Remove sick period"),
            TlContractEnd => t(lang, "Laatste dag van het contract, als het tijdens de ziekte eindigt", "Last day of the contract, if it ends during the illness"),
            TlContractEndHint => t(lang, "Bijvoorbeeld een tijdelijk contract dat niet wordt verlengd. Stappen na die dag zijn dan voor UWV, niet meer voor de werkgever.", "For example a temporary contract that is not renewed. Steps after that day are then UWV's, no longer the employer's."),
            TlErdZw => t(lang, "De werkgever is eigenrisicodrager voor de Ziektewet", "The employer carries its own Ziektewet risk (eigenrisicodrager)"),
            TlErdZwHint => t(lang, "Dan betaalt de werkgever na het einde van het contract zelf de Ziektewet-uitkering en blijven de stappen van de werkgever.", "The employer then pays the sickness benefit itself after the contract ends, and the steps stay the employer's."),
            TlLoonsanctie => t(lang, "Loonsanctie in weken", "Wage sanction in weeks"),
            TlLoonsanctieHint => t(lang, "Alleen als UWV een loonsanctie heeft opgelegd: 0 tot 52 weken.", "Only if UWV imposed a wage sanction (loonsanctie): 0 to 52 weeks."),
            TlLabel => t(lang, "Naam of initialen", "Name or initials"),
            TlLabelHint => t(lang, "Alleen voor de titels in je agenda-bestand. Dit wordt niet verstuurd.", "Only for the titles in your calendar file. It is not sent anywhere."),
            TlMake => t(lang, "Maak de kalender", "Make the calendar"),
            TlResultHeading => t(lang, "Kalender", "Calendar"),
            TlResultEmpty => t(lang, "Vul de ziekteperiode in en kies Maak de kalender. De stappen verschijnen hier.", "Fill in the sick period and choose Make the calendar. The steps appear here."),
            TlFilter => t(lang, "Laat stappen zien voor", "Show steps for"),
            TlFilterAll => t(lang, "Iedereen", "Everyone"),
            TlFilterWerknemer => t(lang, "Werknemer", "Employee"),
            TlFilterWerkgever => t(lang, "Werkgever", "Employer"),
            TlWeek => t(lang, "week", "week"),
            TlWho => t(lang, "Wie", "Who"),
            TlStatus => t(lang, "Status", "Status"),
            TlDone => t(lang, "Gedaan", "Done"),
            TlIfMissed => t(lang, "Als dit niet op tijd gebeurt", "If this is not done in time"),
            TlSource => t(lang, "Bron", "Source"),
            TlNotices => t(lang, "Goed om te weten", "Good to know"),
            TlDownload => t(lang, "Download als agenda-bestand (.ics)", "Download as calendar file (.ics)"),
            TlDownloaded => t(lang, "Het agenda-bestand is gemaakt. Open het om de data in je agenda te zetten.", "The calendar file was made. Open it to add the dates to your calendar."),
            TlCopySummary => t(lang, "Kopieer overzicht", "Copy overview"),
            TlCopied => t(lang, "Het overzicht is gekopieerd.", "The overview was copied."),
            TlSickDaysSoFar => t(lang, "Ziektedagen tot en met vandaag", "Sick days up to and including today"),
            TlFirstSickDay => t(lang, "Eerste ziektedag van de periode die telt", "First sick day of the period that counts"),
            TlUncertain => t(lang, "Let op, niet zeker", "Note, not certain"),
            TlNothingForFilter => t(lang, "Geen stappen voor deze keuze.", "No steps for this choice."),
        }
    }
}

/// The short label of a termination reason, for the radio group.
pub fn termination_label(reason: Termination, lang: Lang) -> &'static str {
    use Termination::*;
    match reason {
        EmployerInitiative => t(lang, "De werkgever zegt op, of de rechter ontbindt het contract", "The employer gives notice, or the court dissolves the contract"),
        FixedTermNotRenewed => t(lang, "Het tijdelijke contract wordt niet verlengd", "The fixed-term contract is not renewed"),
        EmployerSeriousCulpability => t(lang, "De werknemer stopt door ernstig verwijtbaar handelen van de werkgever", "The employee leaves because of the employer's serious culpable conduct"),
        MutualConsent => t(lang, "Samen afgesproken (vaststellingsovereenkomst)", "Agreed together (settlement agreement)"),
        AfterTwoYearsIllness => t(lang, "Ontslag na twee jaar ziekte", "Dismissal after two years of illness"),
        EmployeeSeriousCulpability => t(lang, "Ontslag door ernstig verwijtbaar handelen van de werknemer (bijvoorbeeld op staande voet)", "Dismissal for the employee's serious culpable conduct (for example summary dismissal)"),
        EmployerBankruptcy => t(lang, "De werkgever is failliet, in surseance of in de schuldsanering", "The employer is bankrupt, in suspension of payments or in debt restructuring"),
        AowAge => t(lang, "De werknemer bereikt de AOW-leeftijd", "The employee reaches the state pension (AOW) age"),
        MinorSmallJob => t(lang, "Werknemer jonger dan 18 die hoogstens 12 uur per week werkte", "Employee under 18 who worked 12 hours a week or less"),
        EmployeeResigned => t(lang, "De werknemer neemt zelf ontslag", "The employee resigns"),
        RenewalOfferedDeclined => t(lang, "De werkgever bood verlenging aan, de werknemer zei nee", "The employer offered a renewal, the employee declined"),
        PartialDismissal => t(lang, "Een deel van de uren stopt blijvend", "Part of the hours ends permanently"),
    }
}

/// The status badge of a calendar step. Text, never colour alone.
pub fn status_badge(s: Status, lang: Lang) -> &'static str {
    match s {
        Status::Done => t(lang, "gedaan", "done"),
        Status::Overdue => t(lang, "verlopen", "overdue"),
        Status::Past => t(lang, "voorbij", "past"),
        Status::DueSoon => t(lang, "binnenkort", "due soon"),
        Status::Future => t(lang, "gepland", "planned"),
        Status::NotReached => t(lang, "niet nodig", "not needed"),
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
    match s {
        Eligible => t(lang, "Ja", "Yes"),
        NotEligible => t(lang, "Nee", "No"),
        DependsOnPendingLaw => t(
            lang,
            "Hangt af van wetsvoorstel 36869 (nog geen wet)",
            "Depends on bill 36869 (not yet law)",
        ),
        DependsOnEmployerSize => t(
            lang,
            "Hangt af van de grootte van de werkgever",
            "Depends on the size of the employer",
        ),
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
        TlField::ContractEnd => CalcText::TlContractEnd.text(lang).into(),
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
    let year = r.cap_year;
    if r.cap_is_annual_wage {
        let cap = format::amount(r.cap, lang);
        t(
            lang,
            format!("{cap} (je jaarsalaris, hoger dan het maximum voor {year})"),
            format!("{cap} (your annual wage, higher than the maximum for {year})"),
        )
    } else {
        format!("{} in {year}.", format::amount_whole(r.cap, lang))
    }
}

/// What a link carried that could not be used, and what we did instead.
pub fn link_notice(n: &LinkNotice, lang: Lang) -> String {
    let short = |s: &str| -> String { s.chars().take(40).collect() };
    match n {
        LinkNotice::Unknown(k) => t(
            lang,
            format!(
                "De link bevat \"{}\". Dat kennen we niet; we hebben het genegeerd.",
                short(k)
            ),
            format!(
                "The link contains \"{}\". We do not know it, so we ignored it.",
                short(k)
            ),
        ),
        LinkNotice::Malformed(k) => t(
            lang,
            format!(
                "De waarde van \"{}\" in de link konden we niet lezen; we hebben die genegeerd.",
                short(k)
            ),
            format!(
                "We could not read the value of \"{}\" in the link, so we ignored it.",
                short(k)
            ),
        ),
        LinkNotice::Repeated(k) => t(
            lang,
            format!(
                "\"{}\" staat meer dan eens in de link; we gebruiken de eerste waarde.",
                short(k)
            ),
            format!(
                "\"{}\" appears more than once in the link; we use the first value.",
                short(k)
            ),
        ),
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
