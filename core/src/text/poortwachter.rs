//! Texts of the poortwachter calendar, in Dutch and English: the milestones, the notices,
//! who acts, the status, the error messages and the labels around them.

use crate::lang::Lang;
use crate::poortwachter::{Actor, Milestone, MilestoneId, NoticeId, Status, TimelineError};
use crate::text::t;

/// A milestone's short title.
pub fn milestone_title(id: MilestoneId, lang: Lang) -> String {
    use MilestoneId::*;
    match id {
        ZiekmeldingBedrijfsarts => t(
            lang,
            "Ziekmelding bij de bedrijfsarts of arbodienst",
            "Sick report to the company doctor or occupational health service",
        )
        .into(),
        Probleemanalyse => t(
            lang,
            "Probleemanalyse door de bedrijfsarts",
            "Problem analysis by the company doctor",
        )
        .into(),
        PlanVanAanpak => t(lang, "Plan van aanpak klaar", "Action plan ready").into(),
        Evaluatie(k) => t(
            lang,
            format!("Evaluatie {k} van het plan van aanpak"),
            format!("Review {k} of the action plan"),
        ),
        Melding42eWeek => t(lang, "42e-weekmelding aan UWV", "Week-42 report to UWV").into(),
        EerstejaarsevaluatieStart => t(
            lang,
            "Begin van de eerstejaarsevaluatie",
            "Start of the first-year review",
        )
        .into(),
        EerstejaarsevaluatieEind => {
            t(lang, "Eerstejaarsevaluatie klaar", "First-year review done").into()
        }
        Spoor2StartUiterlijk => t(
            lang,
            "Uiterlijk beginnen met spoor 2",
            "Latest start of track 2 (spoor 2)",
        )
        .into(),
        WiaBrief => t(
            lang,
            "Brief van UWV over de WIA-aanvraag",
            "Letter from UWV about the WIA application",
        )
        .into(),
        Eindevaluatie => t(lang, "Eindevaluatie klaar", "Final review done").into(),
        WiaAanvraagUiterlijk => t(
            lang,
            "WIA-aanvraag uiterlijk bij UWV",
            "Latest day for the WIA application to reach UWV",
        )
        .into(),
        EindeLoondoorbetaling => t(
            lang,
            "Laatste dag van de loondoorbetaling",
            "Last day of continued pay during illness",
        )
        .into(),
        WiaStart => t(
            lang,
            "Eerste dag waarop een WIA-uitkering kan ingaan",
            "First day a WIA benefit can start",
        )
        .into(),
        EindeOpzegverbod => t(
            lang,
            "Einde van het opzegverbod bij ziekte",
            "End of the ban on dismissal during illness",
        )
        .into(),
    }
}

/// What the step of a milestone is.
pub fn milestone_what(id: MilestoneId, lang: Lang) -> &'static str {
    use MilestoneId::*;
    match id {
        ZiekmeldingBedrijfsarts => t(lang, "De werkgever meldt de ziekte bij de bedrijfsarts of arbodienst, uiterlijk in de eerste ziekteweek. Elke werkgever moet een bedrijfsarts of arbodienst hebben. De werknemer meldt zich op de eerste dag ziek bij de werkgever, zoals het verzuimprotocol zegt.", "The employer reports the illness to the company doctor or occupational health service, at the latest in the first week of illness. Every employer must have one. The employee reports sick to the employer on the first day, as the company's absence rules say."),
        Probleemanalyse => t(lang, "De bedrijfsarts schrijft op wat je wel en niet kunt, hoe het verder gaat en wat het advies is. Dat heet de probleemanalyse. Die moet er uiterlijk aan het eind van week 6 zijn, of eerder als al duidelijk is dat je lang ziek blijft. Werkgever en werknemer krijgen er een kopie van.", "The company doctor writes down what you can and cannot do, what to expect and what is advised. This is the problem analysis. It must be ready by the end of week 6, or earlier when it is already clear the illness will last long. Employer and employee each get a copy."),
        PlanVanAanpak => t(lang, "Werkgever en werknemer maken samen een plan voor de terugkeer naar werk: het plan van aanpak. Ze doen dat binnen twee weken na de probleemanalyse, dus uiterlijk aan het eind van week 8. Er komt ook een casemanager die het proces bewaakt.", "Employer and employee together make a plan for the return to work: the action plan. They do so within two weeks after the problem analysis, so by the end of week 8. A case manager is appointed to keep track of the process."),
        Evaluatie(_) => t(lang, "Werkgever en werknemer bespreken minstens elke zes weken hoe het gaat met het plan van aanpak, en passen het aan als dat nodig is. Schrijf op wat jullie hebben besproken. De bedrijfsarts past de probleemanalyse aan als er medisch iets verandert.", "Employer and employee discuss at least every six weeks how the action plan is going, and change it when needed. Write down what you agreed. The company doctor updates the problem analysis when something changes medically."),
        Melding42eWeek => t(lang, "De werkgever meldt bij UWV dat de werknemer nog steeds ziek is. Dat moet uiterlijk op de eerste werkdag na de 42e ziekteweek, via het werkgeversportaal van UWV. Weekenddagen en wettelijke feestdagen tellen niet als werkdag.", "The employer tells UWV that the employee is still ill. This must happen on the first working day after the 42nd week of illness at the latest, through UWV's employer portal. Weekend days and public holidays do not count as working days."),
        EerstejaarsevaluatieStart => t(lang, "Vanaf week 46 kijken werkgever en werknemer samen terug op het eerste ziektejaar: kan de werknemer het eigen werk weer doen, eventueel aangepast? Is er ander passend werk bij deze werkgever? Vaak hoort daar een onderzoek door een arbeidsdeskundige bij.", "From week 46, employer and employee look back on the first year of illness together: can the employee do their own work again, perhaps adapted? Is there other suitable work with this employer? This often comes with an assessment by a labour expert (arbeidsdeskundige)."),
        EerstejaarsevaluatieEind => t(lang, "Uiterlijk aan het eind van week 52 is de eerstejaarsevaluatie klaar. Daarin staat wat het doel is voor het tweede ziektejaar: terug naar het eigen werk (spoor 1) of werk bij een andere werkgever (spoor 2).", "By the end of week 52 the first-year review is done. It sets the goal for the second year: back to the own work (track 1) or work with another employer (track 2)."),
        Spoor2StartUiterlijk => t(lang, "Is terugkeer bij de eigen werkgever niet meer haalbaar, dan begint spoor 2: zoeken naar passend werk bij een andere werkgever, vaak met een re-integratiebedrijf. De werkgever betaalt, de werknemer werkt mee. Begin eerder zodra duidelijk is dat spoor 1 niet lukt; na de eerstejaarsevaluatie is het in elk geval te laat om nog te wachten.", "When returning to work with the own employer is no longer possible, track 2 starts: looking for suitable work with another employer, often with a re-integration company. The employer pays, the employee cooperates. Start earlier as soon as track 1 is clearly out of reach; after the first-year review there is no more reason to wait."),
        WiaBrief => t(lang, "Rond het begin van week 88 stuurt UWV de werknemer een brief over de WIA-aanvraag. Vanaf dan kan de werknemer de WIA-uitkering aanvragen. Komt de brief niet, neem dan zelf contact op met UWV.", "Around the start of week 88, UWV sends the employee a letter about the WIA application. From then on the employee can apply for the WIA benefit. If the letter does not come, contact UWV yourself."),
        Eindevaluatie => t(lang, "Werkgever en werknemer kijken samen terug op de hele re-integratie: de eindevaluatie. De bedrijfsarts geeft een actueel oordeel. Beide gaan mee in het re-integratieverslag dat bij de WIA-aanvraag hoort.", "Employer and employee look back on the whole re-integration: the final review. The company doctor gives an up-to-date assessment. Both go into the re-integration report that comes with the WIA application."),
        WiaAanvraagUiterlijk => t(lang, "De werknemer vraagt de WIA-uitkering aan, uiterlijk aan het eind van week 93. Het re-integratieverslag van de werkgever moet erbij. UWV controleert dan of werkgever en werknemer genoeg aan re-integratie hebben gedaan. Valt de dag in het weekend, zorg dan dat de aanvraag de werkdag ervoor binnen is.", "The employee applies for the WIA benefit by the end of week 93 at the latest. The employer's re-integration report must be included. UWV then checks whether employer and employee did enough to get back to work. If the day falls in a weekend, make sure the application arrives on the working day before."),
        EindeLoondoorbetaling => t(lang, "Na 104 ziekteweken stopt de verplichting van de werkgever om loon door te betalen. Heeft UWV een loonsanctie opgelegd of is er een vrijwillige verlenging afgesproken, dan loopt de loondoorbetaling zoveel weken langer.", "After 104 weeks of illness the employer's duty to keep paying wages ends. If UWV imposed a wage sanction (loonsanctie) or a voluntary extension was agreed, pay continues for that many more weeks."),
        WiaStart => t(lang, "De dag na het einde van de loondoorbetaling kan een WIA-uitkering ingaan, als UWV die toekent. Daarvoor moet je minstens 35% arbeidsongeschikt zijn.", "The day after continued pay ends, a WIA benefit can start if UWV grants it. You must be at least 35% unfit for work."),
        EindeOpzegverbod => t(lang, "Zolang de werknemer korter dan twee jaar ziek is, mag de werkgever hem niet ontslaan omdat hij ziek is. De wet zegt twee jaar, niet 104 weken. Vanaf deze dag geldt dat verbod niet meer. Ontslag na lange ziekte kan dan alleen met toestemming van UWV, en UWV geeft die pas als de loondoorbetaling (met een eventuele loonsanctie) voorbij is. Heeft de werknemer de AOW-leeftijd bereikt, dan duurt het verbod korter: 6 weken, of 13 weken als de ziekte vóór 1 juli 2023 begon.", "As long as the employee has been ill for less than two years, the employer may not give notice because of the illness. The law says two years, not 104 weeks. From this day on, that ban no longer applies. Dismissal after long illness then still needs UWV's permission, and UWV only gives it once continued pay (including any wage sanction) has ended. If the employee has reached the state pension (AOW) age, the ban is shorter: 6 weeks, or 13 weeks if the illness began before 1 July 2023."),
    }
}

/// What happens when the step is missed.
pub fn milestone_consequence(id: MilestoneId, lang: Lang) -> &'static str {
    use MilestoneId::*;
    match id {
        ZiekmeldingBedrijfsarts => t(lang, "Te laat melden vertraagt de begeleiding. UWV kan dat bij de WIA-aanvraag zien als een tekortkoming van de werkgever en een loonsanctie opleggen: de werkgever moet dan tot 52 weken langer loon betalen.", "A late report delays the guidance. At the WIA application, UWV can see this as a failure by the employer and impose a wage sanction: the employer must then pay wages for up to 52 weeks longer."),
        Probleemanalyse | PlanVanAanpak | Evaluatie(_) | EerstejaarsevaluatieEind => t(lang, "Ontbreekt deze stap of is hij te laat, dan kan UWV bij de WIA-aanvraag oordelen dat de werkgever te weinig aan re-integratie heeft gedaan. Dan volgt een loonsanctie: tot 52 weken langer loon betalen. Werkt de werknemer niet mee, dan kan de werkgever het loon stopzetten en kan UWV de uitkering later verlagen.", "If this step is missing or late, UWV can decide at the WIA application that the employer did too little for re-integration. A wage sanction follows: up to 52 more weeks of pay. If the employee does not cooperate, the employer can stop paying wages and UWV can later reduce the benefit."),
        Melding42eWeek => t(lang, "Meldt de werkgever te laat, dan kan UWV een boete opleggen. Dat is geen loonsanctie. Het bedrag van de boete is hier niet gecontroleerd.", "If the employer reports late, UWV can impose a fine. This is not a wage sanction. The amount of the fine has not been checked here."),
        EerstejaarsevaluatieStart => t(lang, "Dit is het begin van een periode, geen uiterste datum. Begin op tijd, zodat de evaluatie aan het eind van week 52 klaar is.", "This is the start of a period, not a deadline. Start in time so the review is done by the end of week 52."),
        Spoor2StartUiterlijk => t(lang, "Te laat beginnen met spoor 2 is een veelvoorkomende reden voor een loonsanctie: de werkgever moet dan tot 52 weken langer loon betalen.", "Starting track 2 too late is a common reason for a wage sanction: the employer must then pay wages for up to 52 weeks longer."),
        WiaBrief => t(lang, "Hier hoef je niets te doen. Maar wacht niet op de brief als die uitblijft: de aanvraag moet op tijd bij UWV zijn.", "Nothing to do here. But do not wait for the letter if it does not come: the application must reach UWV in time."),
        Eindevaluatie => t(lang, "Zonder eindevaluatie en actueel oordeel is het re-integratieverslag niet compleet. UWV kan de aanvraag dan niet goed beoordelen, en dat kan leiden tot een loonsanctie of een latere uitkering.", "Without the final review and an up-to-date assessment the re-integration report is incomplete. UWV then cannot properly assess the application, which can lead to a wage sanction or a later benefit."),
        WiaAanvraagUiterlijk => t(lang, "Een te late aanvraag betekent dat de WIA-uitkering later ingaat. De werkgever moet dan zolang langer loon doorbetalen als de aanvraag te laat is.", "A late application means the WIA benefit starts later. The employer must then keep paying wages for as long as the application is late."),
        EindeLoondoorbetaling => t(lang, "Hier hoef je niets te doen. Zonder WIA-aanvraag is er na deze dag geen loon en geen uitkering meer.", "Nothing to do here. Without a WIA application, there is no pay and no benefit after this day."),
        WiaStart => t(lang, "Zonder tijdige aanvraag gaat de uitkering later in. Wordt de aanvraag afgewezen (minder dan 35% arbeidsongeschikt), dan is er geen WIA-uitkering; vraag dan naar de WW of andere mogelijkheden.", "Without a timely application the benefit starts later. If the application is refused (less than 35% unfit for work), there is no WIA benefit; then ask about WW or other options."),
        EindeOpzegverbod => t(lang, "Een opzegging wegens ziekte vóór deze dag is in strijd met de wet. De werknemer kan die laten vernietigen door de kantonrechter, binnen twee maanden.", "Notice given because of illness before this day breaks the law. The employee can have it annulled by the cantonal court, within two months."),
    }
}

/// Why a milestone's date is marked uncertain.
fn uncertain_text(id: MilestoneId, lang: Lang) -> &'static str {
    use MilestoneId::*;
    match id {
        Melding42eWeek => t(lang, "Deze datum schuift op door een feestdag, of de feestdagen van dit jaar zijn nog niet allemaal bekend. Of de Algemene termijnenwet en de dagen die bij besluit gelijk zijn gesteld aan een feestdag voor deze melding gelden, is niet zeker. Meld daarom liefst op de eerste gewone werkdag (maandag tot en met vrijdag) na week 42.", "This date moves because of a public holiday, or not all holidays of this year are known yet. Whether the General Time Limits Act (Algemene termijnenwet), and days treated as holidays by decree, apply to this report is not certain. So preferably report on the first ordinary working day (Monday to Friday) after week 42."),
        WiaAanvraagUiterlijk => t(lang, "Met een vrijwillige verlenging moet de aanvraag uiterlijk 11 weken voor het einde van de verlengde periode bij UWV zijn. Controleer de datum met UWV.", "With a voluntary extension, the application must reach UWV at the latest 11 weeks before the end of the extended period. Check the date with UWV."),
        EindeOpzegverbod => t(lang, "Omdat de ziekte met zwangerschap te maken heeft, tellen sommige dagen niet mee voor de twee jaar: ziekte door de zwangerschap vóór het verlof, en elke ziektedag tijdens het zwangerschaps- en bevallingsverlof. Het opzegverbod loopt dan langer dan deze datum. Ziekte door de zwangerschap na het verlof telt wel mee.", "Because the illness is related to pregnancy, some days do not count towards the two years: illness caused by the pregnancy before the leave, and every day of illness during pregnancy and maternity leave. The ban then lasts longer than this date. Illness caused by the pregnancy after the leave does count."),
        ZiekmeldingBedrijfsarts | Probleemanalyse | PlanVanAanpak | Evaluatie(_)
            | EerstejaarsevaluatieStart | EerstejaarsevaluatieEind | Spoor2StartUiterlijk
            | WiaBrief | Eindevaluatie | EindeLoondoorbetaling | WiaStart => t(lang, "Deze datum is niet zeker. Controleer hem met de bedrijfsarts of UWV.", "This date is not certain. Check it with the company doctor or UWV."),
    }
}

/// Why a milestone's date is uncertain, when it is.
pub fn uncertain(m: &Milestone, lang: Lang) -> Option<&'static str> {
    m.uncertain.then(|| uncertain_text(m.id, lang))
}

/// A notice's title.
pub fn notice_title(id: NoticeId, lang: Lang) -> &'static str {
    use NoticeId::*;
    match id {
        PregnancyUwvReport => t(
            lang,
            "Ziek door zwangerschap: meld het bij UWV",
            "Ill because of pregnancy: report it to UWV",
        ),
        PregnancyOpzegverbod => t(
            lang,
            "Ziek door zwangerschap: het opzegverbod loopt langer",
            "Ill because of pregnancy: the dismissal ban lasts longer",
        ),
        ContractEnd => t(
            lang,
            "Je contract eindigt tijdens je ziekte",
            "Your contract ends during your illness",
        ),
        PartialRecovery => t(
            lang,
            "Weer deels aan het werk? De klok loopt door",
            "Partly back at work? The clock keeps running",
        ),
        RecoveredBeforeWeek6 => t(lang, "Hersteld vóór week 6", "Recovered before week 6"),
        Recovered => t(
            lang,
            "Hersteld: let op de vier weken",
            "Recovered: mind the four weeks",
        ),
        Loonsanctie => t(
            lang,
            "Loonsanctie: de loondoorbetaling loopt langer",
            "Wage sanction: continued pay lasts longer",
        ),
        VrijwilligeVerlenging => t(
            lang,
            "Vrijwillige verlenging: alles schuift op",
            "Voluntary extension: everything moves",
        ),
        EarlierPeriodsNotCounted => t(
            lang,
            "Eerdere ziekteperiodes tellen niet mee",
            "Earlier periods of illness do not count",
        ),
        HolidaysNotCovered => t(
            lang,
            "Feestdagen nog niet allemaal bekend",
            "Not all public holidays known yet",
        ),
    }
}

/// A notice's text.
pub fn notice_body(id: NoticeId, lang: Lang) -> &'static str {
    use NoticeId::*;
    match id {
        PregnancyUwvReport => t(lang, "Is de werknemer vóór het verlof ziek door de zwangerschap, dan meldt de werkgever dat binnen 6 weken bij UWV (de datum hierbij is het eind van week 6). Is ze ziek in de laatste weken vóór het verlof (de flexibele periode) of ziek door de zwangerschap of bevalling na het verlof, dan moet de melding uiterlijk op de vierde ziektedag. UWV betaalt dan een Ziektewet-uitkering van 100% van het dagloon aan de werkgever.", "If the employee is ill because of the pregnancy before her leave, the employer reports this to UWV within 6 weeks (the date shown is the end of week 6). If she is ill in the last weeks before the leave (the flexible period), or ill because of the pregnancy or birth after the leave, the report must be made by the fourth day of illness. UWV then pays a sickness benefit (Ziektewet) of 100% of the daily wage to the employer."),
        PregnancyOpzegverbod => t(lang, "Voor het opzegverbod van twee jaar tellen de ziektedagen door zwangerschap vóór het verlof niet mee, en ook niet de ziektedagen tijdens het zwangerschaps- en bevallingsverlof. De einddatum van het opzegverbod ligt dus later dan berekend. Spoorwijzer weet niet welke dagen dat zijn; vraag het na bij een jurist.", "For the two-year dismissal ban, days of illness caused by pregnancy before the leave do not count, and neither do days of illness during pregnancy and maternity leave. The ban therefore ends later than calculated. Spoorwijzer does not know which days those are; ask a lawyer."),
        ContractEnd => t(lang, "Eindigt je contract terwijl je ziek bent, dan stopt de loondoorbetaling door de werkgever op de einddatum. Daarna kun je een Ziektewet-uitkering van UWV krijgen (het vangnet). De werkgever meldt je ziek bij UWV op de laatste werkdag van het contract (art. 38 lid 2 Ziektewet); die dag staat hierbij. Valt de laatste dag van het contract op een zaterdag, zondag of feestdag, dan is dat de werkdag ervoor. Per post moet het formulier die dag bij UWV binnen zijn. Doet de werkgever de melding niet, meld je dan zelf meteen ziek bij UWV. Na het einde van het contract begeleidt UWV je re-integratie, niet meer de werkgever. Is de werkgever eigenrisicodrager voor de Ziektewet, dan betaalt hij zelf de uitkering, begeleidt hij ook daarna je re-integratie en geeft hij je ziekte binnen 6 weken na de laatste dag door aan UWV.", "If your contract ends while you are ill, the employer stops paying wages on the end date. After that you can get a sickness benefit from UWV (the safety net, Ziektewet vangnet). The employer reports you ill to UWV on the last working day of the contract (art. 38(2) Ziektewet); that day is shown here. If the contract's last day is a Saturday, Sunday or public holiday, that is the working day before it. By post, the form must reach UWV on that day. If the employer does not report, report ill to UWV yourself straight away. After the contract ends, UWV guides your re-integration, no longer the employer. If the employer carries its own Ziektewet risk (eigenrisicodrager), it pays the benefit itself, keeps guiding your re-integration after the end, and reports your illness to UWV within 6 weeks after the last day."),
        PartialRecovery => t(lang, "Ziek is ziek: je bent ziek zolang je je eigen, afgesproken werk niet helemaal kunt doen. Werk je weer een deel van je uren, of doe je ander passend werk, dan blijf je ziek voor de wet. De 104 weken lopen gewoon door. De klok begint pas opnieuw als je minstens vier weken helemaal hersteld bent voor je eigen werk. Alleen als je eigen werk officieel verandert (bijvoorbeeld een nieuw contract voor aangepast werk), kun je voor dat nieuwe werk niet meer ziek zijn.", "Ill is ill: you are ill as long as you cannot fully do your own agreed work. If you work some of your hours again, or do other suitable work, you are still ill in the eyes of the law. The 104 weeks keep running. The clock only starts again after you have been fully recovered for your own work for at least four weeks. Only if your own work formally changes (for example a new contract for adapted work) can you stop being ill for that new work."),
        RecoveredBeforeWeek6 => t(lang, "Je bent hersteld vóór het eind van week 6. Een probleemanalyse, plan van aanpak en de latere stappen zijn dan niet nodig. Word je binnen vier weken weer ziek, dan tellen de dagen door en gelden de stappen weer.", "You recovered before the end of week 6. A problem analysis, action plan and the later steps are then not needed. If you fall ill again within four weeks, the days continue and the steps apply again."),
        Recovered => t(lang, "Word je uiterlijk op de datum hierbij weer ziek, dan is de onderbreking korter dan vier weken. Dan tellen de ziekteperiodes samen en lopen de termijnen door; de gezonde dagen tellen niet mee. Word je later ziek, dan begint alles opnieuw bij dag 1. De stappen die nog niet aan de beurt waren, staan op 'niet bereikt'.", "If you fall ill again on or before the date shown, the break is shorter than four weeks. The periods of illness then add up and the deadlines continue; the healthy days do not count. If you fall ill later, everything starts again at day 1. Steps that had not come up yet are shown as 'not reached'."),
        Loonsanctie => t(lang, "UWV heeft de werkgever een loonsanctie opgelegd omdat er te weinig aan re-integratie is gedaan. De werkgever betaalt het loon het opgelegde aantal weken langer door (hoogstens 52 weken), en de WIA-uitkering gaat later in. De werkgever kan de tekortkoming herstellen en UWV vragen de sanctie in te korten. De loonsanctie staat niet in het artikel over het opzegverbod, maar ontslag met toestemming van UWV kan pas na het einde van de loondoorbetaling.", "UWV imposed a wage sanction on the employer because too little was done for re-integration. The employer keeps paying wages for the imposed number of weeks (at most 52), and the WIA benefit starts later. The employer can repair the shortcoming and ask UWV to shorten the sanction. The wage sanction is not in the article on the dismissal ban, but dismissal with UWV's permission is only possible after continued pay has ended."),
        VrijwilligeVerlenging => t(lang, "Werkgever en werknemer hebben samen met UWV afgesproken de loondoorbetaling te verlengen, bijvoorbeeld omdat herstel in zicht is. De loondoorbetaling en de WIA schuiven dan zoveel weken op. Een WIA-aanvraag moet dan uiterlijk 11 weken voor het einde van de verlengde periode bij UWV zijn.", "Employer and employee agreed with UWV to extend continued pay, for example because recovery is in sight. Continued pay and the WIA then move by that many weeks. A WIA application must then reach UWV at the latest 11 weeks before the end of the extended period."),
        EarlierPeriodsNotCounted => t(lang, "Tussen een eerdere ziekteperiode en de latere lag vier weken of meer. Daarom begint de telling opnieuw bij de latere periode; de eerdere dagen tellen niet mee.", "There were four weeks or more between an earlier period of illness and the later one. So the count starts again with the later period; the earlier days do not count."),
        HolidaysNotCovered => t(lang, "Voor het jaar van de 42e-weekmelding zijn nog niet alle dagen bekend die bij besluit gelijk worden gesteld aan een feestdag. Meld daarom op de eerste gewone werkdag na week 42.", "For the year of the week-42 report, not all days treated as public holidays by decree are known yet. So report on the first ordinary working day after week 42."),
    }
}

/// A calendar error, for the user.
pub fn timeline_error(e: &TimelineError, lang: Lang) -> String {
    let n = |index: &usize| index + 1;
    match e {
        TimelineError::NoPeriods => t(lang, "Vul minstens één ziekteperiode in.", "Enter at least one period of illness.").into(),
        TimelineError::FromAfterUntil { index } => t(lang, format!("Ziekteperiode {}: de laatste ziektedag ligt vóór de eerste ziektedag.", n(index)), format!("Period of illness {}: the last day of illness is before the first.", n(index))),
        TimelineError::Unsorted { index } => t(lang, format!("Ziekteperiode {}: zet de periodes op volgorde, de vroegste eerst.", n(index)), format!("Period of illness {}: put the periods in order, earliest first.", n(index))),
        TimelineError::Overlapping { index } => t(lang, format!("Ziekteperiode {} overlapt met de periode ervoor. Alleen de laatste periode mag nog open zijn (nog ziek).", n(index)), format!("Period of illness {} overlaps with the one before. Only the last period may still be open (still ill).", n(index))),
        TimelineError::DateOutOfRange { field } => t(lang, format!("{}: vul een datum in tussen 1 januari 1950 en 31 december 2099.", field.key()), format!("{}: enter a date between 1 January 1950 and 31 December 2099.", field.key())),
        TimelineError::LoonsanctieTooLarge { weeks } => t(lang, format!("Een loonsanctie is hoogstens 52 weken, niet {weeks}."), format!("A wage sanction is at most 52 weeks, not {weeks}.")),
        TimelineError::VerlengingTooLarge { weeks } => t(lang, format!("Spoorwijzer rekent met een vrijwillige verlenging van hoogstens 52 weken, niet {weeks}."), format!("Spoorwijzer handles a voluntary extension of at most 52 weeks, not {weeks}.")),
        TimelineError::UnknownDoneId { id } => t(lang, format!("'{id}' is geen stap van de tijdlijn."), format!("'{id}' is not a step of the calendar.")),
        TimelineError::NoToday => t(lang, "Vul de datum van vandaag in.", "Enter today's date.").into(),
    }
}

/// Who must act, in words.
pub fn actor_label(a: Actor, lang: Lang) -> &'static str {
    use Actor::*;
    match a {
        Werkgever => t(lang, "werkgever", "employer"),
        Werknemer => t(lang, "werknemer", "employee"),
        WerkgeverEnWerknemer => t(
            lang,
            "werkgever en werknemer samen",
            "employer and employee together",
        ),
        Bedrijfsarts => t(lang, "bedrijfsarts", "company doctor"),
        Uwv => t(lang, "UWV", "UWV"),
    }
}

/// The status in words.
pub fn status_label(s: Status, lang: Lang) -> &'static str {
    use Status::*;
    match s {
        Done => t(lang, "gedaan", "done"),
        Overdue => t(lang, "te laat", "overdue"),
        Past => t(lang, "voorbij", "past"),
        DueSoon => t(lang, "binnenkort", "due soon"),
        Future => t(lang, "later", "later"),
        NotReached => t(lang, "niet bereikt", "not reached"),
    }
}

/// Labels used around the texts (calendar descriptions, reports).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PoortwachterText {
    Who,
    Week,
    IfMissed,
    Source,
    Uncertain,
    CalendarName,
    /// The line a calendar file gives a step that is done.
    DoneLine,
    BatchCalendarName,
}

impl PoortwachterText {
    pub fn text(self, lang: Lang) -> &'static str {
        match self {
            PoortwachterText::Who => t(lang, "Wie", "Who"),
            PoortwachterText::Week => t(lang, "Ziekteweek", "Week of illness"),
            PoortwachterText::IfMissed => t(
                lang,
                "Als dit niet op tijd gebeurt",
                "If this is not done in time",
            ),
            PoortwachterText::Source => t(lang, "Bron", "Source"),
            PoortwachterText::Uncertain => t(lang, "Let op, niet zeker", "Note, not certain"),
            PoortwachterText::CalendarName => {
                t(lang, "Poortwachter-tijdlijn", "Poortwachter calendar")
            }
            PoortwachterText::DoneLine => t(
                lang,
                "Stand: gedaan. Deze stap is volgens jou al gezet.",
                "Status: done. According to you this step has been taken.",
            ),
            PoortwachterText::BatchCalendarName => t(
                lang,
                "Poortwachter-termijnen van alle zieke werknemers",
                "Poortwachter deadlines of all sick employees",
            ),
        }
    }
}

#[cfg(test)]
mod law_review_tests {
    use super::*;

    #[test]
    fn the_ban_past_the_aow_age_and_reporting_sick_yourself_are_named() {
        let nl = milestone_what(MilestoneId::EindeOpzegverbod, Lang::Nl);
        assert!(nl.contains("AOW-leeftijd") && nl.contains("6 weken") && nl.contains("13 weken"));
        let en = milestone_what(MilestoneId::EindeOpzegverbod, Lang::En);
        assert!(en.contains("AOW") && en.contains("6 weeks") && en.contains("13 weeks"));
        let nl = notice_body(NoticeId::ContractEnd, Lang::Nl);
        assert!(nl.contains("meld je dan zelf"), "{nl}");
        let en = notice_body(NoticeId::ContractEnd, Lang::En);
        assert!(en.contains("report ill to UWV yourself"), "{en}");
    }
}
