//! Texts of the interview: every question per role, option labels, error messages and the
//! page chrome of question and check-answers pages.
//!
//! Each text is written as `t(lang, nl, en)` or `tv(lang, voice, nl_werknemer,
//! nl_werkgever, en_werknemer, en_werkgever)`: the signature demands every language (and
//! every voice), so a missing translation does not compile. Matches over question ids
//! list every question; no text falls back to another language.

pub mod outcome;
pub mod vso;

use super::{t, tv};
use crate::flow::answers::{Answer, AnswerError};
use crate::flow::questions::{Kind, Opt, QuestionId, Section};
use crate::flow::Voice;
use crate::lang::Lang;
use crate::text::format;

/// The words of one question page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuestionText {
    /// The question, used as the page heading (a legend for radio groups).
    pub heading: &'static str,
    /// A short hint under the heading.
    pub hint: Option<&'static str>,
    /// The text behind "Wat betekent dit?".
    pub help: &'static str,
    /// A short label for the check-answers page ("Ziek", "Eerste ziektedag").
    pub short: &'static str,
}

/// The texts of question `q` for this voice and language.
pub fn question_text(q: QuestionId, voice: Voice, lang: Lang) -> QuestionText {
    use QuestionId as Q;
    let w = |nl_wn, nl_wg, en_wn, en_wg| tv(lang, voice, nl_wn, nl_wg, en_wn, en_wg);
    match q {
        Q::Rol => QuestionText {
            heading: t(lang, "Waarmee kunnen we je helpen?", "How can we help you?"),
            hint: Some(t(lang, "Kies wat het best bij je past.", "Choose what fits you best.")),
            help: t(lang,
                "Werknemers en werkgevers krijgen dezelfde vragen, maar in hun eigen woorden. Zelfstandigen krijgen eigen vragen: over ziekte en hoe ze verzekerd zijn. Met 'Ik zoek informatie' ga je naar de uitleg over spoor 1, spoor 2, outplacement, de Wet verbetering poortwachter en de transitievergoeding.",
                "Employees and employers get the same questions, each in their own words. The self-employed get their own questions: about illness and how they are insured. 'I am looking for information' takes you to the explanations of spoor 1, spoor 2, outplacement, the Gatekeeper Improvement Act (Wet verbetering poortwachter) and the transition payment."),
            short: t(lang, "Rol", "Role"),
        },
        Q::ZiekNu => QuestionText {
            heading: w("Ben je nu ziek?", "Is je werknemer nu ziek?", "Are you sick now?", "Is your employee sick now?"),
            hint: Some(w("Ook als je gedeeltelijk werkt, ben je ziek zolang je je eigen werk niet helemaal kunt doen.",
                "Ook als je werknemer gedeeltelijk werkt, is hij ziek zolang hij zijn eigen werk niet helemaal kan doen.",
                "Even if you work part of the time, you count as sick as long as you cannot do all of your own work.",
                "Even if your employee works part of the time, they count as sick as long as they cannot do all of their own work.")),
            help: t(lang,
                "Ziek betekent hier: niet al het werk kunnen doen dat in het contract staat (de 'bedongen arbeid'). Wie een deel van zijn werk doet of ander werk doet, is voor de wet nog steeds ziek. Dat heet 'ziek is ziek'. Bron: art. 7:629 BW.",
                "Sick here means: unable to do all the work in the employment contract (the 'bedongen arbeid'). Someone who does part of the work, or other work, still counts as sick in law. The Dutch call this 'ziek is ziek'. Source: art. 7:629 Dutch Civil Code (BW)."),
            short: t(lang, "Ziek", "Sick"),
        },
        Q::EersteZiektedag => QuestionText {
            heading: w("Wat was je eerste ziektedag?", "Wat was de eerste ziektedag van je werknemer?", "What was your first day of sickness?", "What was your employee's first day of sickness?"),
            hint: Some(t(lang, "Weet je het niet precies? Vul de datum in die het dichtst in de buurt komt.", "Not sure of the exact day? Enter the closest date you know.")),
            help: t(lang,
                "De eerste ziektedag is de eerste dag waarop niet gewerkt is wegens ziekte. Vanaf die dag tellen de weken van de Wet verbetering poortwachter: de probleemanalyse in week 6, het plan van aanpak in week 8, de eerstejaarsevaluatie en de WIA-aanvraag.",
                "The first day of sickness is the first day on which no work was done because of sickness. The weeks of the Gatekeeper Improvement Act count from that day: the problem analysis in week 6, the action plan in week 8, the first-year evaluation and the WIA application."),
            short: t(lang, "Eerste ziektedag", "First day of sickness"),
        },
        Q::EerdereZiekteperiode => QuestionText {
            heading: w("Was je kort voor deze ziekte ook al ziek?", "Was je werknemer kort voor deze ziekte ook al ziek?", "Were you also sick shortly before this period?", "Was your employee also sick shortly before this period?"),
            hint: Some(t(lang, "Het gaat om een eerdere ziekteperiode bij dezelfde werkgever.", "This is about an earlier period of sickness with the same employer.")),
            help: t(lang,
                "Zat er minder dan 4 weken tussen het einde van een eerdere ziekteperiode en de nieuwe ziekmelding? Dan tellen de periodes bij elkaar op, ook als de oorzaak anders was. De dagen dat je beter was, tellen niet mee. Bron: art. 7:629 lid 10 BW.",
                "Was there less than 4 weeks between the end of an earlier period of sickness and the new report? Then the periods are added together, even if the cause was different. The days in between, when the person was well, do not count. Source: art. 7:629(10) BW."),
            short: t(lang, "Eerdere ziekteperiode", "Earlier period of sickness"),
        },
        Q::EerdereZiekteperiodeBegin => QuestionText {
            heading: t(lang, "Wanneer begon die eerdere ziekteperiode?", "When did that earlier period of sickness start?"),
            hint: Some(t(lang, "Bijvoorbeeld 03-03-2025.", "For example 03-03-2025.")),
            help: t(lang,
                "Met de begin- en einddatum telt Spoorwijzer de eerdere zieke dagen mee. Waren er meer periodes? Gebruik dan de poortwachter-kalender: daar kun je alle periodes invullen.",
                "With the start and end date, Spoorwijzer counts the earlier sick days along. Were there more periods? Then use the Gatekeeper calendar, where you can enter every period."),
            short: t(lang, "Begin eerdere periode", "Start of earlier period"),
        },
        Q::EerdereZiekteperiodeEinde => QuestionText {
            heading: t(lang, "Wat was de laatste zieke dag van die eerdere periode?", "What was the last day of sickness of that earlier period?"),
            hint: Some(t(lang, "De dag voordat het werk weer helemaal werd hervat.", "The day before work was fully resumed.")),
            help: t(lang,
                "Deze dag moet voor de nieuwe eerste ziektedag liggen. Lag er 4 weken of meer tussen? Dan begint er een nieuwe periode en telt de oude niet mee.",
                "This day must be before the new first day of sickness. Was there 4 weeks or more in between? Then a new period starts and the old one does not count."),
            short: t(lang, "Einde eerdere periode", "End of earlier period"),
        },
        Q::ProbleemanalyseGedaan => QuestionText {
            heading: t(lang, "Heeft de bedrijfsarts een probleemanalyse gemaakt?", "Has the company doctor (bedrijfsarts) made a problem analysis?"),
            hint: Some(t(lang, "Dit moet uiterlijk in de zesde ziekteweek gebeuren.", "This has to be done by the sixth week of sickness at the latest.")),
            help: t(lang,
                "In de probleemanalyse schrijft de bedrijfsarts op wat de werknemer nog wel en niet kan, hoe het herstel er naar verwachting uitziet en wat het advies is. Het is de eerste stap van de Wet verbetering poortwachter. De werknemer krijgt een kopie.",
                "In the problem analysis (probleemanalyse), the company doctor writes down what the employee can and cannot do, how recovery is expected to go, and what the advice is. It is the first step of the Gatekeeper Improvement Act. The employee gets a copy."),
            short: t(lang, "Probleemanalyse", "Problem analysis"),
        },
        Q::PlanVanAanpakGedaan => QuestionText {
            heading: t(lang, "Is er een plan van aanpak gemaakt?", "Has an action plan (plan van aanpak) been made?"),
            hint: Some(t(lang, "Uiterlijk 2 weken na de probleemanalyse, dus meestal in week 8.", "No later than 2 weeks after the problem analysis, so usually in week 8.")),
            help: t(lang,
                "Werkgever en werknemer maken samen een plan van aanpak: wat er gebeurt om weer aan het werk te komen, wie wat doet en wanneer. Ze bespreken het minstens elke 6 weken. Er komt ook een casemanager.",
                "Employer and employee draw up an action plan together: what will be done to get back to work, who does what and when. They review it at least every 6 weeks. A case manager is appointed too."),
            short: t(lang, "Plan van aanpak", "Action plan"),
        },
        Q::ArbeidsdeskundigOnderzoek => QuestionText {
            heading: t(lang, "Is er een arbeidsdeskundig onderzoek gedaan?", "Has a labour expert assessment (arbeidsdeskundig onderzoek) been done?"),
            hint: None,
            help: t(lang,
                "Een arbeidsdeskundige kijkt of het eigen werk nog past, of het aangepast kan worden en of er ander passend werk is. Dit is niet verplicht, maar UWV kijkt er wel naar. Het onderzoek helpt om te kiezen tussen spoor 1 en spoor 2.",
                "A labour expert (arbeidsdeskundige) checks whether the own work still fits, whether it can be adapted and whether there is other suitable work. It is not required by law, but UWV does take it into account. It helps to choose between spoor 1 and spoor 2."),
            short: t(lang, "Arbeidsdeskundig onderzoek", "Labour expert assessment"),
        },
        Q::EigenWerkMogelijk => QuestionText {
            heading: w("Kun je volgens de bedrijfsarts of arbeidsdeskundige terug in je eigen werk?", "Kan je werknemer volgens de bedrijfsarts of arbeidsdeskundige terug in zijn eigen werk?", "According to the company doctor or labour expert, can you return to your own work?", "According to the company doctor or labour expert, can your employee return to their own work?"),
            hint: Some(t(lang, "Het eigen werk zoals het in het contract staat, zonder aanpassingen.", "The own work as described in the contract, without changes.")),
            help: t(lang,
                "Dit is spoor 1: eerst kijken of terugkeer bij de eigen werkgever lukt. Wat de bedrijfsarts of arbeidsdeskundige zegt, is hier leidend. Is dat nog niet bekend? Kies dan 'Weet ik niet'.",
                "This is spoor 1: first see whether a return with the own employer is possible. What the company doctor or labour expert says counts here. Not known yet? Then choose 'I don't know'."),
            short: t(lang, "Eigen werk mogelijk", "Own work possible"),
        },
        Q::AangepastWerkMogelijk => QuestionText {
            heading: w("Kun je je eigen werk doen als het wordt aangepast?", "Kan je werknemer zijn eigen werk doen als het wordt aangepast?", "Could you do your own work if it were adapted?", "Could your employee do their own work if it were adapted?"),
            hint: Some(t(lang, "Bijvoorbeeld minder uren, andere taken of hulpmiddelen.", "For example fewer hours, other tasks or aids.")),
            help: t(lang,
                "Aangepast werk hoort ook bij spoor 1. De werkgever moet serieus kijken wat er kan, ook met een korte opleiding.",
                "Adapted work is part of spoor 1 as well. The employer must seriously look at what is possible, including short training."),
            short: t(lang, "Aangepast werk mogelijk", "Adapted work possible"),
        },
        Q::AnderWerkIntern => QuestionText {
            heading: w("Is er bij je werkgever ander passend werk voor je?", "Heb je ander passend werk voor je werknemer in je eigen organisatie?", "Is there other suitable work for you at your employer?", "Do you have other suitable work for your employee within your organisation?"),
            hint: None,
            help: t(lang,
                "Passend werk is werk dat past bij wat de werknemer kan, bij zijn opleiding en ervaring. Zegt de werkgever dat er niets is? Dan moet hij dat goed uitleggen, ook voor tijdelijke banen en banen die nu door uitzendkrachten worden gedaan. Bron: UWV Werkwijzer Poortwachter.",
                "Suitable work fits what the employee can do, their education and experience. If the employer says there is nothing, it has to explain this properly, including temporary jobs and jobs now done by agency staff. Source: UWV Werkwijzer Poortwachter."),
            short: t(lang, "Ander werk bij de werkgever", "Other work at the employer"),
        },
        Q::OorzaakWerkOfConflict => QuestionText {
            heading: w("Komt je ziekte (deels) door je werk of door een conflict?", "Komt de ziekte van je werknemer (deels) door het werk of door een conflict?", "Is your sickness (partly) caused by your work or by a conflict?", "Is your employee's sickness (partly) caused by the work or by a conflict?"),
            hint: None,
            help: t(lang,
                "Bij een conflict op het werk is het eerst de vraag of er echt sprake is van ziekte. Dat beoordeelt de bedrijfsarts. Werkdruk of een onveilige situatie horen ook bij 'het werk'.",
                "With a conflict at work, the first question is whether there really is sickness. The company doctor judges that. Work pressure or an unsafe situation also count as 'the work'."),
            short: t(lang, "Oorzaak", "Cause"),
        },
        Q::OordeelBedrijfsartsSituatief => QuestionText {
            heading: w("Wat zegt de bedrijfsarts: ben je ziek, of kun je niet werken door de situatie op je werk?", "Wat zegt de bedrijfsarts: is je werknemer ziek, of kan hij niet werken door de situatie op het werk?", "What does the company doctor say: are you sick, or are you unable to work because of the situation at work?", "What does the company doctor say: is your employee sick, or unable to work because of the situation at work?"),
            hint: Some(t(lang, "Dit is het oordeel van de bedrijfsarts, niet je eigen inschatting.", "This is the company doctor's judgement, not your own view.")),
            help: t(lang,
                "Soms kan iemand niet werken door de situatie bij één werkgever, bijvoorbeeld een conflict, terwijl hij medisch gezien niet ziek is. Hetzelfde werk bij een andere werkgever zou wel gaan. Dat heet situatieve arbeidsongeschiktheid. Alleen de bedrijfsarts kan dat vaststellen. Zijn er wel klachten die de bedrijfsarts als ziekte ziet, zoals een burn-out, ook als die met de situatie op het werk te maken hebben? Dan is er ziekte: de gewone regels van de Wet verbetering poortwachter gelden, en het conflict hoort in het plan van aanpak. Bron: STECR Werkwijzer Arbeidsconflicten (versie 7, 2022).",
                "Sometimes a person cannot work because of the situation at one employer, for example a conflict, while medically they are not sick. The same work at another employer would be fine. This is called situational unfitness for work (situatieve arbeidsongeschiktheid). Only the company doctor can establish it. Are there complaints the company doctor sees as sickness, such as a burn-out, even when they are related to the situation at work? Then there is sickness: the ordinary rules of the Gatekeeper Improvement Act apply, and the conflict belongs in the action plan. Source: STECR Werkwijzer Arbeidsconflicten (version 7, 2022)."),
            short: t(lang, "Oordeel bedrijfsarts", "Company doctor's judgement"),
        },
        Q::TerugkeerBinnen26Weken => QuestionText {
            heading: w("Verwacht de bedrijfsarts dat je binnen 26 weken weer aan het werk bent bij je werkgever?", "Verwacht de bedrijfsarts dat je werknemer binnen 26 weken weer bij jou aan het werk is?", "Does the company doctor expect you to be back at work with your employer within 26 weeks?", "Does the company doctor expect your employee to be back at work with you within 26 weeks?"),
            hint: Some(t(lang, "26 weken is ongeveer een half jaar.", "26 weeks is about six months.")),
            help: t(lang,
                "Als terugkeer binnen een half jaar niet te verwachten is, wordt het belangrijk om ook buiten de eigen werkgever te zoeken (spoor 2). UWV gebruikt dezelfde termijn bij ontslag na twee jaar ziekte.",
                "If a return within six months is not expected, it becomes important to look outside the own employer as well (spoor 2). UWV uses the same period for dismissal after two years of sickness."),
            short: t(lang, "Terugkeer binnen 26 weken", "Return within 26 weeks"),
        },
        Q::EerstejaarsevaluatieGedaan => QuestionText {
            heading: t(lang, "Is de eerstejaarsevaluatie al gedaan?", "Has the first-year evaluation (eerstejaarsevaluatie) taken place?"),
            hint: Some(t(lang, "Die hoort tussen week 46 en week 52. Ben je nog niet zo lang ziek? Kies dan 'Nee'.", "It belongs between week 46 and week 52. Sick for a shorter time? Then choose 'No'.")),
            help: t(lang,
                "In de eerstejaarsevaluatie bespreken werkgever en werknemer wat er in het eerste jaar is bereikt en of het eigen werk of ander werk bij de werkgever nog haalbaar is. Zo niet, dan moet spoor 2 uiterlijk nu beginnen.",
                "In the first-year evaluation, employer and employee review what the first year achieved and whether the own work or other work at the employer is still within reach. If not, spoor 2 must start now at the latest."),
            short: t(lang, "Eerstejaarsevaluatie", "First-year evaluation"),
        },
        Q::Spoor2Gestart => QuestionText {
            heading: t(lang, "Is spoor 2 al begonnen?", "Has spoor 2 started?"),
            hint: Some(t(lang, "Spoor 2 is zoeken naar werk bij een andere werkgever.", "Spoor 2 means looking for work with another employer.")),
            help: t(lang,
                "In spoor 2 zoekt de werknemer, meestal met hulp van een re-integratiebedrijf, werk bij een andere werkgever. De werkgever betaalt. De werknemer blijft in dienst zolang dat loopt.",
                "In spoor 2, the employee looks for work with another employer, usually helped by a re-integration company. The employer pays. The employee stays employed while it runs."),
            short: t(lang, "Spoor 2 gestart", "Spoor 2 started"),
        },
        Q::BaanEindigt => QuestionText {
            heading: w("Gaat je baan eindigen?", "Gaat het contract van je werknemer eindigen?", "Is your job going to end?", "Is your employee's contract going to end?"),
            hint: Some(t(lang, "Kies 'Misschien' als er over ontslag of een regeling wordt gepraat.", "Choose 'Maybe' if dismissal or a settlement is being discussed.")),
            help: t(lang,
                "Een baan kan eindigen door ontslag, doordat een tijdelijk contract niet wordt verlengd, of door een afspraak tussen werkgever en werknemer (een vaststellingsovereenkomst).",
                "A job can end by dismissal, by a temporary contract not being renewed, or by an agreement between employer and employee (a settlement agreement, vaststellingsovereenkomst)."),
            short: t(lang, "Baan eindigt", "Job ends"),
        },
        Q::RedenEinde => QuestionText {
            heading: w("Waarom eindigt je baan?", "Waarom eindigt het contract?", "Why is your job ending?", "Why is the contract ending?"),
            hint: Some(t(lang, "Kies de belangrijkste reden.", "Choose the main reason.")),
            help: t(lang,
                "De reden bepaalt welke regels gelden, bijvoorbeeld of er een transitievergoeding is en of het ontslagverbod tijdens ziekte speelt.",
                "The reason decides which rules apply, for example whether a transition payment is due and whether the ban on dismissal during sickness matters."),
            short: t(lang, "Reden", "Reason"),
        },
        Q::Initiatief => QuestionText {
            heading: w("Wie wil dat het contract stopt?", "Wie wil dat het contract stopt?", "Who wants the contract to end?", "Who wants the contract to end?"),
            hint: Some(t(lang, "Bij een tijdelijk contract: wie wil het niet verlengen?", "With a temporary contract: who does not want to renew it?")),
            help: t(lang,
                "Als de werkgever het initiatief neemt, heeft de werknemer meestal recht op een transitievergoeding en, als hij niet ziek is, op WW. Neemt de werknemer zelf ontslag, dan meestal niet.",
                "If the employer takes the initiative, the employee is usually entitled to a transition payment and, if not sick, to unemployment benefit (WW). If the employee resigns, usually not."),
            short: t(lang, "Initiatief", "Initiative"),
        },
        Q::DatumEinde => QuestionText {
            heading: w("Op welke datum eindigt je contract?", "Op welke datum eindigt het contract?", "On what date does your contract end?", "On what date does the contract end?"),
            hint: Some(t(lang, "Bijvoorbeeld 31-03-2027. De datum mag in de toekomst liggen.", "For example 31-03-2027. The date may be in the future.")),
            help: t(lang,
                "Met de einddatum berekent Spoorwijzer tot wanneer een transitievergoeding nog te vorderen is: binnen 3 maanden na het einde.",
                "With the end date, Spoorwijzer works out until when a transition payment can still be claimed: within 3 months after the end."),
            short: t(lang, "Einddatum", "End date"),
        },
        Q::VsoAangeboden => QuestionText {
            heading: w("Heb je een vaststellingsovereenkomst gekregen?", "Heb je je werknemer een vaststellingsovereenkomst aangeboden?", "Have you been offered a settlement agreement?", "Have you offered your employee a settlement agreement?"),
            hint: Some(t(lang, "Ook wel beëindigingsovereenkomst of VSO genoemd.", "Also called a termination agreement or VSO.")),
            help: t(lang,
                "In een vaststellingsovereenkomst (VSO) spreken werkgever en werknemer af dat het contract stopt, en onder welke voorwaarden. De werknemer heeft 14 dagen bedenktijd, te tellen vanaf de dag dat de overeenkomst tot stand kwam (3 weken als de overeenkomst die bedenktijd niet noemt). Voor iemand die ziek is, is tekenen riskant.",
                "In a settlement agreement (vaststellingsovereenkomst, VSO), employer and employee agree that the contract ends, and on what terms. The employee has 14 days to change their mind, counted from the day the agreement came into being (3 weeks if the agreement does not mention this right). For someone who is sick, signing is risky."),
            short: t(lang, "Vaststellingsovereenkomst", "Settlement agreement"),
        },
        Q::VsoBedrag => QuestionText {
            heading: w("Welk bedrag staat in de vaststellingsovereenkomst?", "Welk bedrag bied je aan in de vaststellingsovereenkomst?", "What amount is in the settlement agreement?", "What amount do you offer in the settlement agreement?"),
            hint: Some(w(
                "Het bruto bedrag dat je werkgever je betaalt voor het einde van je contract, bijvoorbeeld 12.000,00. Loon tot de einddatum hoort er niet bij. Weet je het nog niet? Kies dan 'Weet ik niet'.",
                "Het bruto bedrag dat je je werknemer betaalt voor het einde van het contract, bijvoorbeeld 12.000,00. Loon tot de einddatum hoort er niet bij. Staat het nog niet vast? Kies dan 'Weet ik niet'.",
                "The gross amount your employer pays you for ending your contract, for example 12,000.00. Wage up to the end date is not part of it. Not known yet? Choose 'I don't know'.",
                "The gross amount you pay your employee for ending the contract, for example 12,000.00. Wage up to the end date is not part of it. Not settled yet? Choose 'I don't know'.",
            )),
            help: t(lang,
                "Spoorwijzer zet dit bedrag naast wat de wet geeft: de transitievergoeding op de einddatum en, bij ziekte, het loon dat anders doorloopt. In een vaststellingsovereenkomst is er geen wettelijk recht op een transitievergoeding; het afgesproken bedrag telt. Het wettelijke bedrag is wel de gebruikelijke maatstaf.",
                "Spoorwijzer sets this amount beside what the law gives: the transition payment on the end date and, during sickness, the wage that would otherwise continue. A settlement agreement gives no statutory right to a transition payment; the agreed amount is what counts. The statutory amount is the usual benchmark, though."),
            short: t(lang, "Bedrag in de vaststellingsovereenkomst", "Amount in the settlement agreement"),
        },
        Q::VsoEinddatum => QuestionText {
            heading: w("Op welke datum zou je contract volgens de vaststellingsovereenkomst eindigen?", "Welke einddatum staat in de vaststellingsovereenkomst?", "On what date would your contract end under the settlement agreement?", "What end date is in the settlement agreement?"),
            hint: Some(t(lang,
                "Bijvoorbeeld 31-03-2027. Weet je het niet? Kies 'Weet ik niet': dan rekent Spoorwijzer met een voorbeelddatum en zegt welke.",
                "For example 31-03-2027. Not known? Choose 'I don't know': Spoorwijzer then works with an example date and says which.")),
            help: t(lang,
                "Op de einddatum stopt het loon. Met deze datum berekent Spoorwijzer de transitievergoeding op die dag en, bij ziekte, hoeveel loon er tot het einde van de 104 weken zou doorlopen. Ligt de datum eerder dan een gewone opzegging door de werkgever toelaat, dan begint een WW-uitkering later (art. 16 WW).",
                "On the end date the wage stops. With this date Spoorwijzer works out the transition payment on that day and, during sickness, how much wage would continue until the end of the 104 weeks. If the date is earlier than an ordinary notice by the employer allows, an unemployment benefit (WW) starts later (art. 16 WW)."),
            short: t(lang, "Einddatum in de vaststellingsovereenkomst", "End date in the settlement agreement"),
        },
        Q::Outplacement => QuestionText {
            heading: w("Is er outplacement aangeboden of afgesproken?", "Bied je outplacement aan of heb je het afgesproken?", "Has outplacement been offered or agreed?", "Are you offering outplacement, or has it been agreed?"),
            hint: Some(t(lang, "Outplacement is begeleiding naar een nieuwe baan.", "Outplacement is guidance towards a new job.")),
            help: t(lang,
                "Outplacement is vrijwillig. Meestal betaalt de werkgever. De kosten mogen alleen van de transitievergoeding af als de werknemer daar vooraf schriftelijk mee heeft ingestemd. Bron: art. 7:673 lid 6 BW.",
                "Outplacement is voluntary. The employer usually pays. The costs may only be deducted from the transition payment if the employee agreed to that in writing beforehand. Source: art. 7:673(6) BW."),
            short: t(lang, "Outplacement", "Outplacement"),
        },
        Q::ContractType => QuestionText {
            heading: w("Wat voor contract heb je?", "Wat voor contract heeft je werknemer?", "What kind of contract do you have?", "What kind of contract does your employee have?"),
            hint: None,
            help: t(lang,
                "Vast is voor onbepaalde tijd. Tijdelijk is voor een vaste periode. Een oproepcontract heeft geen vaste uren. Een uitzendkracht is in dienst van het uitzendbureau.",
                "Permanent means open-ended. Temporary means for a fixed period. An on-call contract has no fixed hours. An agency worker is employed by the agency."),
            short: t(lang, "Contract", "Contract"),
        },
        Q::DatumInDienst => QuestionText {
            heading: w("Sinds wanneer werk je bij deze werkgever?", "Sinds wanneer werkt je werknemer bij je?", "Since when have you worked for this employer?", "Since when has your employee worked for you?"),
            hint: Some(t(lang, "De eerste dag van het eerste contract. Bijvoorbeeld 01-09-2015.", "The first day of the first contract. For example 01-09-2015.")),
            help: t(lang,
                "De transitievergoeding hangt af van hoe lang het contract heeft geduurd. Tijdelijke contracten die elkaar met hooguit 6 maanden ertussen opvolgen, tellen samen.",
                "The transition payment depends on how long the contract lasted. Temporary contracts that follow each other with at most 6 months in between are counted together."),
            short: t(lang, "In dienst sinds", "Employed since"),
        },
        Q::UrenPerWeek => QuestionText {
            heading: w("Hoeveel uur per week werk je volgens je contract?", "Hoeveel uur per week werkt je werknemer volgens het contract?", "How many hours a week do you work under your contract?", "How many hours a week does your employee work under the contract?"),
            hint: Some(t(lang, "Hele uren, bijvoorbeeld 32.", "Whole hours, for example 32.")),
            help: t(lang,
                "De uren zijn nodig om een uurloon om te rekenen naar een maandloon, en voor de berekening van een uitkering.",
                "The hours are needed to convert an hourly wage into a monthly wage, and to estimate a benefit."),
            short: t(lang, "Uren per week", "Hours per week"),
        },
        Q::BrutoMaandloon => QuestionText {
            heading: w("Wat is je bruto maandloon?", "Wat is het bruto maandloon van je werknemer?", "What is your gross monthly wage?", "What is your employee's gross monthly wage?"),
            hint: Some(t(lang, "Zonder vakantiegeld. Bijvoorbeeld 3.250,00. Je mag dit overslaan.", "Without holiday pay. For example 3,250.00. You may skip this.")),
            help: t(lang,
                "Het bruto maandloon staat op je loonstrook. Spoorwijzer gebruikt het alleen voor de berekening van de transitievergoeding en je inkomen. Het blijft op je apparaat.",
                "The gross monthly wage is on the payslip. Spoorwijzer only uses it to calculate the transition payment and income. It stays on your device."),
            short: t(lang, "Bruto maandloon", "Gross monthly wage"),
        },
        Q::WerkgeverGrootte => QuestionText {
            heading: w("Is je werkgever een kleine werkgever?", "Ben je een kleine werkgever?", "Is your employer a small employer?", "Are you a small employer?"),
            hint: Some(w(
                "Het gaat om de indeling van de Belastingdienst voor de premie Werkhervattingskas (Whk). Weet je het niet? Kies dan \"Weet ik niet\".",
                "Het gaat om je indeling bij de Belastingdienst voor de premie Werkhervattingskas (Whk). Die staat in de jaarlijkse beschikking gedifferentieerde premie Whk.",
                "This is about the Belastingdienst's classification for the Werkhervattingskas (Whk) premium. Not sure? Choose \"I don't know\".",
                "This is about your classification by the Belastingdienst for the Werkhervattingskas (Whk) premium. It is in the yearly decision on the gedifferentieerde premie Whk.",
            )),
            help: t(lang,
                "Een werkgever is klein als het totale loon van twee jaar eerder niet hoger was dan 25 keer het gemiddelde premieloon. Dat komt ongeveer neer op minder dan 25 werknemers. De Belastingdienst stelt dit elk jaar vast in de beschikking gedifferentieerde premie Whk; de salarisadministratie weet het. Het kan tellen voor de compensatie van UWV als een werknemer na twee jaar ziekte uit dienst gaat: een aangekondigde wetswijziging (wetsvoorstel 36869) maakt daarbij onderscheid naar de grootte van de werkgever. De stand lees je in de uitleg over de transitievergoeding.",
                "An employer is small if its total wages two years earlier were no more than 25 times the average premium wage. That is roughly fewer than 25 employees. The Belastingdienst sets this every year in its decision on the gedifferentieerde premie Whk; the payroll department knows it. It can matter for UWV's compensation when an employee leaves after two years of illness: an announced change in the law (bill 36869) distinguishes by the employer's size. Where it stands is in the explanation on the transitievergoeding."),
            short: t(lang, "Kleine werkgever (Whk)", "Small employer (Whk)"),
        },
        Q::Leeftijd => QuestionText {
            heading: w("Hoe oud ben je?", "Hoe oud is je werknemer?", "How old are you?", "How old is your employee?"),
            hint: Some(t(lang, "In hele jaren.", "In whole years.")),
            help: t(lang,
                "Vanaf de AOW-leeftijd (67 jaar in 2026) gelden andere regels. Eindigt het contract daarna, dan is er geen transitievergoeding. Bij ziekte duren de loondoorbetaling en het opzegverbod dan maar 6 of 13 weken, in plaats van 104 weken en twee jaar.",
                "From the state pension (AOW) age (67 in 2026) other rules apply. If the contract ends after it, there is no transition payment. During sickness, wage payment and the ban on dismissal then last only 6 or 13 weeks, instead of 104 weeks and two years."),
            short: t(lang, "Leeftijd", "Age"),
        },
        Q::Eigenrisicodrager => QuestionText {
            heading: t(lang, "Ben je eigenrisicodrager?", "Are you a self-insurer (eigenrisicodrager)?"),
            hint: Some(t(lang, "Voor de WGA, de Ziektewet, of allebei.", "For the WGA, the Sickness Benefits Act (Ziektewet), or both.")),
            help: t(lang,
                "Een eigenrisicodrager betaalt zelf de WGA- of Ziektewet-uitkering van (ex-)werknemers, in plaats van premie aan UWV. Je hebt dan ook zelf de taak om die mensen te begeleiden.",
                "A self-insurer pays the WGA or Sickness Benefits of (former) employees itself, instead of paying premiums to UWV. It then also has to guide those people itself."),
            short: t(lang, "Eigenrisicodrager", "Self-insurer"),
        },
        Q::HiaatExcedent => QuestionText {
            heading: w("Heeft je werkgever een WGA-hiaat- of WIA-excedentverzekering?", "Heb je een WGA-hiaat- of WIA-excedentverzekering voor je werknemers?", "Does your employer have WGA gap (hiaat) or WIA excess (excedent) insurance?", "Do you have WGA gap (hiaat) or WIA excess (excedent) insurance for your employees?"),
            hint: Some(t(lang, "Kijk in je cao, je pensioenregeling of vraag het aan HR.", "Check the collective agreement, the pension scheme, or ask HR.")),
            help: t(lang,
                "Een hiaatverzekering vult een lage WGA-uitkering aan als je minder verdient dan je zou kunnen. Een excedentverzekering vult aan boven het maximale loon waarover de WIA uitkeert. Ze worden vaak collectief door de werkgever geregeld.",
                "Gap (hiaat) insurance tops up a low WGA benefit when someone earns less than they could. Excess (excedent) insurance tops up above the maximum wage the WIA covers. Employers often arrange them collectively."),
            short: t(lang, "Hiaat/excedent", "Gap/excess cover"),
        },
        Q::LoonBovenWiaGrens => QuestionText {
            heading: w("Verdien je meer dan de WIA-loongrens?", "Verdient je werknemer meer dan de WIA-loongrens?", "Do you earn more than the WIA wage cap?", "Does your employee earn more than the WIA wage cap?"),
            hint: Some(w("Het gaat om je loon per jaar, inclusief vakantiegeld. Het bedrag van de grens staat hieronder.", "Het gaat om het loon van je werknemer per jaar, inclusief vakantiegeld. Het bedrag van de grens staat hieronder.", "This is about the yearly wage, including holiday pay. The amount of the cap is shown below.", "This is about your employee's yearly wage, including holiday pay. The amount of the cap is shown below.")),
            help: t(lang,
                "De WIA kijkt alleen naar loon tot een maximum (het maximumdagloon). Verdien je meer, dan is het deel daarboven niet verzekerd, tenzij er een excedentverzekering is.",
                "The WIA only covers wage up to a maximum (the maximum daily wage). Above that, income is not insured unless there is excess insurance."),
            short: t(lang, "Boven de WIA-loongrens", "Above the WIA wage cap"),
        },
        Q::ZelfstandigInkomen => QuestionText {
            heading: t(lang, "Heb je daarnaast inkomen als zelfstandige?", "Do you also have income as a self-employed person?"),
            hint: Some(t(lang, "Bijvoorbeeld als zzp'er.", "For example as a freelancer (zzp'er).")),
            help: t(lang,
                "Inkomen als zelfstandige is niet verplicht verzekerd. Je kunt zelf iets regelen: een arbeidsongeschiktheidsverzekering (AOV), een broodfonds, een buffer, of een vrijwillige verzekering bij UWV. Die laatste vraag je aan binnen 13 weken nadat je verplichte verzekering via je werk of uitkering stopt.",
                "Self-employed income is not compulsorily insured. You can arrange something yourself: disability insurance (AOV), a 'broodfonds', savings, or voluntary insurance with UWV. You apply for the last one within 13 weeks after your compulsory insurance through work or a benefit stops."),
            short: t(lang, "Inkomen als zelfstandige", "Self-employed income"),
        },
        // The self-employed's block: only they read it (in the employee's voice, "je").
        Q::ZzpZiek => QuestionText {
            heading: t(lang, "Kun je nu door ziekte niet of minder werken?", "Are you now unable to work, or less able, because of illness?"),
            hint: Some(t(lang, "Ook als je nog een deel van je werk doet.", "Also if you still do part of your work.")),
            help: t(lang,
                "Als zelfstandige heb je geen werkgever die je loon doorbetaalt. Wat je krijgt, hangt af van wat je zelf hebt geregeld: een arbeidsongeschiktheidsverzekering (AOV), een broodfonds of een vrijwillige verzekering bij UWV. Daar gaan de volgende vragen over.",
                "As a self-employed person you have no employer who keeps paying you. What you get depends on what you arranged yourself: disability insurance (AOV), a 'broodfonds' or voluntary insurance with UWV. The next questions are about that."),
            short: t(lang, "Ziek", "Ill"),
        },
        Q::ZzpEersteZiektedag => QuestionText {
            heading: t(lang, "Sinds wanneer kun je door ziekte niet of minder werken?", "Since when have you been unable to work, or less able, because of illness?"),
            hint: Some(t(lang, "Weet je het niet precies? Vul de datum in die het dichtst in de buurt komt.", "Not sure of the exact day? Enter the closest date you know.")),
            help: t(lang,
                "Vanaf deze dag telt de eigenrisicotermijn van een AOV: de tijd waarin je nog niets krijgt. Meld je ziekte op tijd bij je verzekeraar en je broodfonds; je polis en de afspraken van het fonds zeggen binnen welke termijn.",
                "The waiting period of an AOV counts from this day: the time in which you get nothing yet. Report your illness in time to your insurer and your broodfonds; your policy and the fund's rules say within what period."),
            short: t(lang, "Ziek sinds", "Ill since"),
        },
        Q::ZzpJaarwinst => QuestionText {
            heading: t(lang, "Wat is je winst per jaar, ongeveer?", "What is your profit per year, roughly?"),
            hint: Some(t(lang, "Je winst uit onderneming, bijvoorbeeld uit je laatste aangifte inkomstenbelasting.", "Your business profit, for example from your last income tax return.")),
            help: t(lang,
                "Je winst gaat mee naar de inkomensberekening, zodat je wat een AOV uitkeert naast wat je nu verdient kunt zetten. Je mag dit overslaan.",
                "Your profit goes along to the income projection, so you can set what an AOV pays against what you earn now. You may skip this."),
            short: t(lang, "Winst per jaar", "Profit per year"),
        },
        Q::ZzpAov => QuestionText {
            heading: t(lang, "Heb je een arbeidsongeschiktheidsverzekering (AOV)?", "Do you have disability insurance (AOV)?"),
            hint: Some(t(lang, "Een verzekering bij een verzekeraar die uitkeert als je door ziekte niet kunt werken.", "Insurance with an insurer that pays out when illness stops you from working.")),
            help: t(lang,
                "Een AOV is een particuliere verzekering: de polis bepaalt wanneer en hoeveel je krijgt. In het advies lees je welke keuzes de prijs en de dekking bepalen.",
                "An AOV is private insurance: the policy decides when and how much you get. The advice explains which choices decide the price and the cover."),
            short: t(lang, "AOV", "AOV"),
        },
        Q::ZzpAovBedrag => QuestionText {
            heading: t(lang, "Welk bedrag per jaar is verzekerd in je AOV?", "What amount per year does your AOV insure?"),
            hint: Some(t(lang, "Het verzekerde bedrag uit je polis.", "The insured amount in your policy.")),
            help: t(lang,
                "Dit bedrag keert de AOV uit als je volledig arbeidsongeschikt bent. Ben je het voor een deel, dan krijg je meestal een deel. Weet je het niet? Sla het over.",
                "The AOV pays this amount when you are fully unable to work. If you are partly unable, you usually get part of it. Don't know? Skip it."),
            short: t(lang, "Verzekerd bedrag AOV", "Insured amount AOV"),
        },
        Q::ZzpAovEigenrisico => QuestionText {
            heading: t(lang, "Hoeveel dagen is de eigenrisicotermijn van je AOV?", "How many days is the waiting period of your AOV?"),
            hint: Some(t(lang, "Dit staat in je polis. Een heel aantal dagen.", "It is in your policy. A whole number of days.")),
            help: t(lang,
                "De eigenrisicotermijn (ook wel wachttijd) is de tijd na je eerste ziektedag waarin de AOV nog niets uitkeert. Die tijd overbrug je zelf, bijvoorbeeld met een buffer of een broodfonds.",
                "The waiting period (eigenrisicotermijn) is the time after your first day of illness in which the AOV pays nothing yet. You bridge that time yourself, for example with savings or a broodfonds."),
            short: t(lang, "Eigenrisicotermijn AOV", "AOV waiting period"),
        },
        Q::ZzpBroodfonds => QuestionText {
            heading: t(lang, "Doe je mee aan een broodfonds?", "Are you in a broodfonds?"),
            hint: Some(t(lang, "Een groep zelfstandigen die elkaar steunt bij ziekte.", "A group of self-employed people who support each other during illness.")),
            help: t(lang,
                "In een broodfonds leggen zelfstandigen elke maand geld in. Wie ziek wordt, krijgt schenkingen van de anderen, voor een beperkte tijd: hoogstens ongeveer twee jaar.",
                "In a broodfonds self-employed people put in money every month. Whoever falls ill gets gifts from the others, for a limited time: about two years at most."),
            short: t(lang, "Broodfonds", "Broodfonds"),
        },
        Q::ZzpUwvVrijwillig => QuestionText {
            heading: t(lang, "Ben je vrijwillig verzekerd bij UWV?", "Are you voluntarily insured with UWV?"),
            hint: Some(t(lang, "Voor de Ziektewet, de WIA of allebei.", "For the Ziektewet, the WIA or both.")),
            help: t(lang,
                "Als zelfstandige kun je je bij UWV vrijwillig verzekeren tegen ziekte (Ziektewet) en langdurige arbeidsongeschiktheid (WIA). Dat vraag je aan binnen 13 weken nadat je verplichte verzekering via een baan of uitkering stopte.",
                "As a self-employed person you can insure yourself voluntarily with UWV against illness (Ziektewet) and long-term incapacity (WIA). You apply within 13 weeks after your compulsory insurance through a job or benefit stopped."),
            short: t(lang, "Vrijwillig verzekerd bij UWV", "Voluntarily insured with UWV"),
        },
        Q::ZzpVerplichtVerzekerd => QuestionText {
            heading: t(lang, "Werkte je het afgelopen jaar in loondienst, of had je een uitkering?", "In the past year, did you work as an employee or receive a benefit?"),
            hint: Some(t(lang, "Bijvoorbeeld een baan voordat je voor jezelf begon, of een WW-uitkering.", "For example a job before you started on your own, or unemployment benefit (WW).")),
            help: t(lang,
                "Dan was je via die baan of uitkering verplicht verzekerd. Alleen dan kun je je daarna vrijwillig bij UWV verzekeren: binnen 13 weken na het einde, en als je in het jaar daarvoor verplicht verzekerd was, met hoogstens 60 dagen onderbreking.",
                "Then you were compulsorily insured through that job or benefit. Only then can you insure yourself voluntarily with UWV afterwards: within 13 weeks after the end, and if you were compulsorily insured in the year before, with a break of at most 60 days."),
            short: t(lang, "Verplicht verzekerd in het afgelopen jaar", "Compulsorily insured in the past year"),
        },
        Q::ZzpEindeVerplicht => QuestionText {
            heading: t(lang, "Wat was de laatste dag van die baan of uitkering?", "What was the last day of that job or benefit?"),
            hint: Some(t(lang, "Bijvoorbeeld 31-10-2026.", "For example 31-10-2026.")),
            help: t(lang,
                "Daarna telt de termijn van 13 weken om de vrijwillige verzekering bij UWV aan te vragen. Weet je de datum niet precies? Vraag het UWV.",
                "After it, the 13 weeks to apply for UWV's voluntary insurance count. Not sure of the date? Ask UWV."),
            short: t(lang, "Einde baan of uitkering", "End of job or benefit"),
        },
    }
}

/// The label of option `o` of question `q`.
///
/// Labels that differ per question are listed first; every other option gets its one
/// label. Both languages are always given together through [`t`]/[`tv`].
pub fn option_label(q: QuestionId, o: Opt, voice: Voice, lang: Lang) -> &'static str {
    use QuestionId as Q;
    // Labels that differ per question. Every branch gives both languages through `t`/`tv`.
    match (q, o) {
        (Q::Rol, Opt::Werknemer) => t(lang, "Ik ben werknemer", "I am an employee"),
        (Q::Rol, Opt::Werkgever) => t(
            lang,
            "Ik ben werkgever (HR of leidinggevende)",
            "I am an employer (HR or manager)",
        ),
        (Q::Rol, Opt::Zelfstandige) => t(
            lang,
            "Ik ben zelfstandige (zzp)",
            "I am self-employed (zzp)",
        ),
        (Q::Rol, Opt::Informatie) => t(lang, "Ik zoek informatie", "I am looking for information"),
        (Q::Initiatief, Opt::Werknemer) => tv(
            lang,
            voice,
            "Ik zelf",
            "Mijn werknemer",
            "I do",
            "My employee",
        ),
        (Q::Initiatief, Opt::Werkgever) => tv(
            lang,
            voice,
            "Mijn werkgever",
            "Ik, als werkgever",
            "My employer",
            "I do, as the employer",
        ),
        (Q::Initiatief, Opt::Samen) => t(lang, "Allebei, in overleg", "Both of us, by agreement"),
        (Q::RedenEinde, Opt::Conflict) => t(
            lang,
            "Een conflict of verstoorde verhouding",
            "A conflict or broken working relationship",
        ),
        _ => generic_label(o, voice, lang),
    }
}

fn generic_label(o: Opt, voice: Voice, lang: Lang) -> &'static str {
    match o {
        Opt::Ja => t(lang, "Ja", "Yes"),
        Opt::Nee => t(lang, "Nee", "No"),
        Opt::Werknemer => t(lang, "De werknemer", "The employee"),
        Opt::Werkgever => t(lang, "De werkgever", "The employer"),
        Opt::Informatie => t(lang, "Informatie", "Information"),
        Opt::Zelfstandige => t(lang, "Zelfstandige", "Self-employed"),
        Opt::Binnen4Weken => tv(
            lang,
            voice,
            "Ja, en daarna was ik minder dan 4 weken beter",
            "Ja, en daarna was mijn werknemer minder dan 4 weken beter",
            "Yes, and after it I was well for less than 4 weeks",
            "Yes, and after it my employee was well for less than 4 weeks",
        ),
        Opt::LangerGeleden => tv(
            lang,
            voice,
            "Ja, maar daarna was ik 4 weken of langer beter",
            "Ja, maar daarna was mijn werknemer 4 weken of langer beter",
            "Yes, but after it I was well for 4 weeks or longer",
            "Yes, but after it my employee was well for 4 weeks or longer",
        ),
        Opt::Conflict => tv(
            lang,
            voice,
            "Ja, door een conflict op mijn werk",
            "Ja, door een conflict op het werk",
            "Yes, because of a conflict at work",
            "Yes, because of a conflict at work",
        ),
        Opt::Werkomstandigheden => tv(
            lang,
            voice,
            "Ja, door mijn werk (zoals werkdruk)",
            "Ja, door het werk (zoals werkdruk)",
            "Yes, because of my work (such as work pressure)",
            "Yes, because of the work (such as work pressure)",
        ),
        Opt::Situatief => tv(
            lang,
            voice,
            "Ik ben niet ziek, maar kan door de situatie op mijn werk nu niet werken",
            "Mijn werknemer is niet ziek, maar kan door de situatie op het werk nu niet werken",
            "I am not sick, but cannot work now because of the situation at work",
            "My employee is not sick, but cannot work now because of the situation at work",
        ),
        Opt::Ziek => tv(
            lang,
            voice,
            "Ik ben ziek",
            "Mijn werknemer is ziek",
            "I am sick",
            "My employee is sick",
        ),
        Opt::ZiekDoorWerksituatie => tv(
            lang,
            voice,
            "Ik ben ziek (bijvoorbeeld een burn-out), en volgens de bedrijfsarts hangt dat samen met de situatie op mijn werk",
            "Mijn werknemer is ziek (bijvoorbeeld een burn-out), en volgens de bedrijfsarts hangt dat samen met de situatie op het werk",
            "I am sick (for example a burn-out), and the company doctor relates it to the situation at work",
            "My employee is sick (for example a burn-out), and the company doctor relates it to the situation at work",
        ),
        Opt::NogNietBeoordeeld => t(
            lang,
            "De bedrijfsarts heeft hier nog niets over gezegd",
            "The company doctor has not said anything about this yet",
        ),
        Opt::JaReintegratiebedrijf => t(
            lang,
            "Ja, met een re-integratiebedrijf",
            "Yes, with a re-integration company",
        ),
        Opt::JaWerkgever => t(
            lang,
            "Ja, de werkgever begeleidt het zelf",
            "Yes, the employer guides it directly",
        ),
        Opt::Misschien => t(
            lang,
            "Misschien, er wordt over gepraat",
            "Maybe, it is being discussed",
        ),
        Opt::Reorganisatie => t(
            lang,
            "Reorganisatie of bedrijfseconomische redenen",
            "Reorganisation or economic reasons",
        ),
        Opt::Functioneren => t(lang, "Het functioneren", "Performance"),
        Opt::TijdelijkContract => t(
            lang,
            "Een tijdelijk contract wordt niet verlengd",
            "A temporary contract is not renewed",
        ),
        Opt::LangdurigeZiekte => t(lang, "Na twee jaar ziekte", "After two years of sickness"),
        Opt::EigenKeuze => tv(
            lang,
            voice,
            "Ik wil zelf weg",
            "Mijn werknemer wil zelf weg",
            "I want to leave",
            "My employee wants to leave",
        ),
        Opt::Anders => t(lang, "Iets anders", "Something else"),
        Opt::Samen => t(lang, "Allebei", "Both"),
        Opt::Aangeboden => t(
            lang,
            "Ja, maar nog niet getekend",
            "Yes, but not signed yet",
        ),
        Opt::Getekend => t(
            lang,
            "Ja, en die is al getekend",
            "Yes, and it has been signed",
        ),
        Opt::WerkgeverBetaalt => t(
            lang,
            "Ja, de werkgever betaalt het",
            "Yes, the employer pays for it",
        ),
        Opt::UitTransitievergoeding => t(
            lang,
            "Ja, de kosten gaan van de transitievergoeding af",
            "Yes, the costs are deducted from the transition payment",
        ),
        Opt::BetalerOnduidelijk => t(
            lang,
            "Ja, maar het is niet duidelijk wie betaalt",
            "Yes, but it is not clear who pays",
        ),
        Opt::Vast => t(lang, "Vast contract", "Permanent contract"),
        Opt::Tijdelijk => t(lang, "Tijdelijk contract", "Temporary contract"),
        Opt::Oproep => t(
            lang,
            "Oproepcontract (nulurencontract of min-max)",
            "On-call contract (zero hours or min-max)",
        ),
        Opt::Uitzend => t(lang, "Uitzendcontract", "Agency contract"),
        Opt::MinderDan25 => t(
            lang,
            "Ja, klein (ongeveer minder dan 25 werknemers)",
            "Yes, small (roughly fewer than 25 employees)",
        ),
        Opt::Vanaf25 => t(
            lang,
            "Nee, middelgroot of groot (ongeveer 25 of meer)",
            "No, medium-sized or large (roughly 25 or more)",
        ),
        Opt::Wga => t(lang, "Ja, voor de WGA", "Yes, for the WGA"),
        Opt::Zw => t(
            lang,
            "Ja, voor de Ziektewet",
            "Yes, for the Sickness Benefits Act",
        ),
        Opt::Beide => t(lang, "Allebei", "Both"),
        Opt::Geen => t(lang, "Geen van beide", "Neither"),
        Opt::Hiaat => t(lang, "Alleen WGA-hiaat", "Only WGA gap cover"),
        Opt::Excedent => t(lang, "Alleen WIA-excedent", "Only WIA excess cover"),
    }
}

/// The WIA loongrens on `date` in words, from the dated parameters (never a literal):
/// "€ 79.409 per jaar op 29 november 2026". `None` before the table.
pub fn wia_loongrens_line(date: chrono::NaiveDate, lang: Lang) -> Option<String> {
    let g = crate::params::wia_loongrens_year(date)?;
    let amount = format::amount_whole(g.value, lang);
    let estimate = match g.certainty {
        crate::params::Certainty::Estimate => t(lang, " (schatting)", " (estimate)"),
        crate::params::Certainty::Unverified => t(
            lang,
            " (niet officieel gecontroleerd)",
            " (not officially checked)",
        ),
        crate::params::Certainty::Confirmed | crate::params::Certainty::Secondary => "",
    };
    let on = format::long_date(date, lang);
    Some(t(
        lang,
        format!("{amount} per jaar op {on}{estimate}"),
        format!("{amount} a year on {on}{estimate}"),
    ))
}

/// An extra line under the hint of question `q` that depends on the date: the WIA
/// loongrens for `loon_boven_wia_grens`.
pub fn question_extra(q: QuestionId, today: chrono::NaiveDate, lang: Lang) -> Option<String> {
    if q != QuestionId::LoonBovenWiaGrens {
        return None;
    }
    wia_loongrens_line(today, lang).map(|g| {
        t(
            lang,
            format!("De WIA-loongrens is {g}."),
            format!("The WIA wage cap is {g}."),
        )
    })
}

/// The label of the "Weet ik niet" option for question `q`.
pub fn unknown_label(q: QuestionId, lang: Lang) -> &'static str {
    match q.question().kind {
        Kind::Money { .. } => t(
            lang,
            "Weet ik niet of wil ik niet invullen",
            "I don't know, or prefer not to say",
        ),
        Kind::Choice(_) | Kind::Date { .. } | Kind::Integer { .. } => {
            t(lang, "Weet ik niet", "I don't know")
        }
    }
}

/// The message for a validation error, shown in the error summary and beside the field.
pub fn error_message(e: AnswerError, lang: Lang) -> String {
    let s = match e {
        AnswerError::ChooseOne => t(lang, "Kies een antwoord", "Choose an answer"),
        AnswerError::UnknownOption => t(
            lang,
            "Kies een van de antwoorden in de lijst",
            "Choose one of the answers in the list",
        ),
        AnswerError::DateEmpty => t(lang, "Vul een datum in", "Enter a date"),
        AnswerError::DateFormat => t(
            lang,
            "Vul de datum in als dag-maand-jaar, bijvoorbeeld 05-01-2026",
            "Enter the date as day-month-year, for example 05-01-2026",
        ),
        AnswerError::DateImpossible => t(
            lang,
            "Deze datum bestaat niet. Controleer de dag en de maand",
            "This date does not exist. Check the day and the month",
        ),
        AnswerError::DateOutOfRange => t(
            lang,
            "Vul een datum in tussen 1950 en 2099",
            "Enter a date between 1950 and 2099",
        ),
        AnswerError::DateInFuture => t(
            lang,
            "Deze datum ligt in de toekomst. Vul een datum in van vandaag of eerder",
            "This date is in the future. Enter today's date or an earlier one",
        ),
        AnswerError::NumberEmpty => t(lang, "Vul een getal in", "Enter a number"),
        AnswerError::BadNumber => t(
            lang,
            "Vul alleen cijfers in, bijvoorbeeld 3.250,50",
            "Enter numbers only, for example 3,250.50",
        ),
        AnswerError::NotWhole => t(
            lang,
            "Vul een heel getal in, zonder komma",
            "Enter a whole number, without decimals",
        ),
        AnswerError::OutOfBounds { min, max } => {
            return t(
                lang,
                format!("Vul een getal in van {min} tot en met {max}"),
                format!("Enter a number from {min} to {max}"),
            )
        }
        AnswerError::AmountNotPositive => t(
            lang,
            "Vul een bedrag in dat groter is dan nul",
            "Enter an amount greater than zero",
        ),
        AnswerError::AmountTooLarge => t(
            lang,
            "Dit bedrag is te hoog. Controleer het aantal cijfers",
            "This amount is too high. Check the number of digits",
        ),
        AnswerError::UnknownNotAllowed => t(
            lang,
            "Bij deze vraag is een antwoord nodig",
            "This question needs an answer",
        ),
        AnswerError::WrongKind => t(
            lang,
            "Dit antwoord past niet bij de vraag",
            "This answer does not fit the question",
        ),
    };
    s.to_string()
}

/// An answer as shown on the check-answers page.
pub fn display_answer(q: QuestionId, a: &Answer, voice: Voice, lang: Lang) -> String {
    match a {
        Answer::Choice(o) => option_label(q, *o, voice, lang).to_string(),
        Answer::Date(d) => format::long_date(*d, lang),
        Answer::Money(c) => format::amount(*c, lang),
        Answer::Integer(v) if q == QuestionId::UrenPerWeek => {
            t(lang, format!("{v} uur"), format!("{v} hours"))
        }
        Answer::Integer(v) if q == QuestionId::Leeftijd => {
            t(lang, format!("{v} jaar"), format!("{v} years"))
        }
        Answer::Integer(v) => v.to_string(),
        Answer::Unknown => unknown_label(q, lang).to_string(),
    }
}

/// Short texts of the question and check-answers pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FlowText {
    Continue,
    Back,
    WhatDoesThisMean,
    /// Above the glossary terms a question uses.
    RelatedTerms,
    SaveAndContinueLater,
    ErrorTitlePrefix,
    ErrorSummaryTitle,
    DateDay,
    DateMonth,
    DateYear,
    MoneyReadAs,
    CheckTitle,
    CheckIntro,
    Change,
    ToOutcome,
    OutcomeTitle,
}

impl FlowText {
    pub fn text(self, lang: Lang) -> &'static str {
        match self {
            FlowText::Continue => t(lang, "Volgende", "Continue"),
            FlowText::Back => t(lang, "Terug", "Back"),
            FlowText::WhatDoesThisMean => t(lang, "Wat betekent dit?", "What does this mean?"),
            FlowText::RelatedTerms => t(
                lang,
                "Begrippen bij deze vraag (kies een woord voor de uitleg):",
                "Terms in this question (choose a word for its meaning):",
            ),
            FlowText::SaveAndContinueLater => {
                t(lang, "Opslaan en later verder", "Save and continue later")
            }
            FlowText::ErrorTitlePrefix => t(lang, "Fout: ", "Error: "),
            FlowText::ErrorSummaryTitle => t(lang, "Er is een probleem", "There is a problem"),
            FlowText::DateDay => t(lang, "Dag", "Day"),
            FlowText::DateMonth => t(lang, "Maand", "Month"),
            FlowText::DateYear => t(lang, "Jaar", "Year"),
            FlowText::MoneyReadAs => t(lang, "Wij lezen:", "We read:"),
            FlowText::CheckTitle => t(lang, "Controleer je antwoorden", "Check your answers"),
            FlowText::CheckIntro => t(
                lang,
                "Klopt alles? Met 'Wijzig' pas je een antwoord aan.",
                "Is everything right? Use 'Change' to correct an answer.",
            ),
            FlowText::Change => t(lang, "Wijzig", "Change"),
            FlowText::ToOutcome => t(lang, "Naar het advies", "See the advice"),
            FlowText::OutcomeTitle => t(lang, "Jouw advies", "Your advice"),
        }
    }
}

/// The heading of a group on the check-answers page.
pub fn section_title(s: Section, voice: Voice, lang: Lang) -> &'static str {
    match s {
        Section::Rol => t(lang, "Over jou", "About you"),
        Section::Ziekte => tv(
            lang,
            voice,
            "Je ziekte en re-integratie",
            "Ziekte en re-integratie van je werknemer",
            "Your sickness and re-integration",
            "Your employee's sickness and re-integration",
        ),
        Section::Baan => t(lang, "Einde van het contract", "End of the contract"),
        Section::Contract => t(lang, "Het contract", "The contract"),
        Section::Inkomen => t(lang, "Inkomen en verzekeringen", "Income and insurance"),
        Section::Zelfstandige => t(
            lang,
            "Je werk als zelfstandige",
            "Your work as a self-employed person",
        ),
    }
}

/// "Stap 2 van 6" / "Step 2 of 6".
pub fn step_of(x: usize, y: usize, lang: Lang) -> String {
    t(
        lang,
        format!("Stap {x} van {y}"),
        format!("Step {x} of {y}"),
    )
}

/// The visually hidden text after "Wijzig": "Wijzig <i>eerste ziektedag</i>".
pub fn change_hidden(q: QuestionId, voice: Voice, lang: Lang) -> String {
    let short = question_text(q, voice, lang).short;
    t(
        lang,
        format!("Wijzig {}", short.to_lowercase()),
        format!("Change {}", short.to_lowercase()),
    )
}
