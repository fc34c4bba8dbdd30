//! Texts of the spoor 2 vs outplacement comparison (law-reference §4.1–4.2).

use super::t;
use crate::flow::compare::{Column, Row};
use crate::text::Lang;

/// The page title and introduction.
pub fn title(lang: Lang) -> &'static str {
    t(
        lang,
        "Spoor 2 en outplacement vergeleken",
        "Spoor 2 and outplacement compared",
    )
}

pub fn intro(lang: Lang) -> &'static str {
    t(lang,
        "Spoor 2 en outplacement lijken op elkaar: in allebei zoekt iemand met hulp werk bij een andere werkgever. Maar spoor 2 is voor wie ziek is en is verplicht, outplacement is voor wie niet ziek is en is vrijwillig.",
        "Spoor 2 and outplacement look alike: in both, someone gets help finding work with another employer. But spoor 2 is for someone who is sick and is compulsory; outplacement is for someone who is not sick and is voluntary.")
}

/// "Indicatief: dit is de praktijk, geen wetsregel."
pub fn indicative_note(lang: Lang) -> &'static str {
    t(
        lang,
        "Indicatief: dit is de praktijk, geen regel uit de wet.",
        "Indicative: this is practice, not a rule of law.",
    )
}

/// One cell of the comparison.
pub fn cell(row: Row, col: Column, lang: Lang) -> &'static str {
    match (row, col) {
        (Row::WhatItIs, Column::Label) => t(lang, "Wat is het", "What it is"),
        (Row::WhatItIs, Column::Spoor2) => t(lang, "Re-integratie bij een andere werkgever voor een zieke werknemer die niet terug kan in het eigen bedrijf.", "Re-integration with another employer for a sick employee who cannot return within the own company."),
        (Row::WhatItIs, Column::Outplacement) => t(lang, "Begeleiding van werk naar werk voor een werknemer die niet ziek is en van wie de baan stopt.", "Guidance from job to job for an employee who is not sick and whose job is ending."),
        (Row::Trigger, Column::Label) => t(lang, "Wanneer", "When it applies"),
        (Row::Trigger, Column::Spoor2) => t(lang, "Bij ziekte, als terugkeer bij de eigen werkgever (spoor 1) niet lukt, volgens de bedrijfsarts of arbeidsdeskundige.", "During sickness, when a return to the own employer (spoor 1) is not possible, according to the company doctor or labour expert."),
        (Row::Trigger, Column::Outplacement) => t(lang, "Bij een gepland ontslag of een reorganisatie, zonder ziekte.", "With a planned dismissal or reorganisation, without sickness."),
        (Row::LegalBasis, Column::Label) => t(lang, "Wettelijke basis", "Legal basis"),
        (Row::LegalBasis, Column::Spoor2) => t(lang, "Art. 7:658a BW, de Wet verbetering poortwachter en de Regeling procesgang.", "Art. 7:658a Dutch Civil Code, the Gatekeeper Improvement Act and the Regeling procesgang."),
        (Row::LegalBasis, Column::Outplacement) => t(lang, "Geen wet: een afspraak in het contract, een sociaal plan of een vaststellingsovereenkomst.", "No statute: an agreement in the contract, a social plan or a settlement agreement."),
        (Row::WhoStarts, Column::Label) => t(lang, "Wie zet het in gang", "Who starts it"),
        (Row::WhoStarts, Column::Spoor2) => t(lang, "De werkgever: dat is zijn plicht. De arbodienst of arbeidsdeskundige adviseert.", "The employer: it is a duty. The occupational health service or labour expert advises."),
        (Row::WhoStarts, Column::Outplacement) => t(lang, "Werkgever en werknemer samen, in overleg.", "Employer and employee together, by agreement."),
        (Row::WhoPays, Column::Label) => t(lang, "Wie betaalt", "Who pays"),
        (Row::WhoPays, Column::Spoor2) => t(lang, "De werkgever. De kosten mogen niet van de transitievergoeding af.", "The employer. The costs may not be deducted from the transition payment."),
        (Row::WhoPays, Column::Outplacement) => t(lang, "Meestal de werkgever. Aftrek van de transitievergoeding mag alleen als de werknemer vooraf schriftelijk instemt.", "Usually the employer. Deduction from the transition payment is only allowed with the employee's prior written consent."),
        (Row::When, Column::Label) => t(lang, "Wanneer begint het", "When it starts"),
        (Row::When, Column::Spoor2) => t(lang, "Zodra duidelijk is dat spoor 1 niet lukt, en uiterlijk na de eerstejaarsevaluatie (week 46 tot 52).", "As soon as it is clear spoor 1 will not work, and at the latest after the first-year evaluation (weeks 46 to 52)."),
        (Row::When, Column::Outplacement) => t(lang, "Meestal in de opzegtermijn of na het tekenen van de vaststellingsovereenkomst.", "Usually during the notice period or after signing the settlement agreement."),
        (Row::Duration, Column::Label) => t(lang, "Hoe lang", "How long"),
        (Row::Duration, Column::Spoor2) => t(lang, "In de praktijk tot ongeveer week 104 of tot er werk is; een traject duurt vaak enkele maanden tot een jaar.", "In practice until about week 104 or until work is found; a programme often lasts a few months to a year."),
        (Row::Duration, Column::Outplacement) => t(lang, "Zoals afgesproken, vaak 3 tot 12 maanden.", "As agreed, often 3 to 12 months."),
        (Row::Steps, Column::Label) => t(lang, "Stappen", "Steps"),
        (Row::Steps, Column::Spoor2) => t(lang, "Arbeidsdeskundig onderzoek, keuze re-integratiebedrijf, intake en trajectplan, oriëntatie en vacatures, proefplaatsing of detachering, plaatsing. Alles komt in het re-integratieverslag.", "Labour expert assessment, choice of re-integration company, intake and plan, orientation and vacancies, trial placement or secondment, placement. Everything goes into the re-integration report."),
        (Row::Steps, Column::Outplacement) => t(lang, "Intake, analyse van wat je kunt, oriëntatie op de arbeidsmarkt, sollicitatietraining, plaatsing of een eigen bedrijf.", "Intake, analysis of skills, labour market orientation, application training, placement or starting a business."),
        (Row::EmployeeObligations, Column::Label) => t(lang, "Plichten van de werknemer", "Employee's duties"),
        (Row::EmployeeObligations, Column::Spoor2) => t(lang, "Meewerken, passend werk aanvaarden en het plan volgen.", "Cooperate, accept suitable work and follow the plan."),
        (Row::EmployeeObligations, Column::Outplacement) => t(lang, "Geen volgens de wet: het is vrijwillig. Wel gelden de eigen afspraken.", "None by law: it is voluntary. The agreements made do apply."),
        (Row::Sanctions, Column::Label) => t(lang, "Sancties", "Sanctions"),
        (Row::Sanctions, Column::Spoor2) => t(lang, "Werknemer: loonstop of zelfs ontslag. Werkgever: een loonsanctie tot 52 weken.", "Employee: wage stop or even dismissal. Employer: a wage sanction of up to 52 weeks."),
        (Row::Sanctions, Column::Outplacement) => t(lang, "Geen volgens de wet.", "None by law."),
        (Row::WhileSick, Column::Label) => t(lang, "Als de werknemer ziek is", "If the employee is sick"),
        (Row::WhileSick, Column::Spoor2) => t(lang, "Dit is de route voor een zieke werknemer.", "This is the route for a sick employee."),
        (Row::WhileSick, Column::Outplacement) => t(lang, "Alleen als de bedrijfsarts oordeelt dat er geen ziekte is, maar dat werken bij deze werkgever door de situatie niet gaat (situatieve arbeidsongeschiktheid). Een vaststellingsovereenkomst tijdens ziekte is riskant voor de Ziektewet-uitkering.", "Only if the company doctor judges there is no sickness, but that working for this employer is impossible because of the situation (situational unfitness). A settlement agreement while sick puts the Sickness Benefit at risk."),
    }
}
