//! Every text of the transitievergoeding engine, in Dutch and English: verdict reasons,
//! the explanation lines ("Hoe is dit berekend?"), the uncertainty notes and the error
//! messages. The typed values they describe are in `crate::transitievergoeding::explain`.

use chrono::NaiveDate;

use crate::dates::DateError;
use crate::flow::Voice;
use crate::lang::Lang;
use crate::money::Cents;
use crate::params::Certainty;
use crate::text::format;
use crate::text::{t, tv};
use crate::transitievergoeding::explain::{Line, ReasonCode, Uncertainty};
use crate::transitievergoeding::{
    CompensationStatus, DeductionKind, EmployerSize, ErrorKind, TvError,
};

/// The term for the employer's application for the UWV compensation (art. 7:673e BW;
/// docs/law/compensatie-en-xella.md#deadline), in the same words in every text that names
/// it: the outcome, the income page, the calculator, the letters and the kennisbank (whose
/// Markdown pages a test holds to these words). Used inside `concat!`.
macro_rules! compensation_term_nl {
    () => {
        "binnen 6 maanden na de betaling (bij betaling in termijnen: na de laatste termijn)"
    };
}
macro_rules! compensation_term_en {
    () => {
        "within 6 months after the payment (when paid in instalments: after the last instalment)"
    };
}
pub(crate) use {compensation_term_en, compensation_term_nl};

/// The compensation's term in words (see [`compensation_term_nl`]).
pub fn compensation_term(lang: Lang) -> &'static str {
    t(lang, compensation_term_nl!(), compensation_term_en!())
}

/// Why the transitievergoeding is or is not due, or a deduction accepted, in words, in the
/// reader's voice: the employee reads "je werkgever", the employer "je werknemer".
pub fn reason_text(reason: ReasonCode, voice: Voice, lang: Lang) -> &'static str {
    use ReasonCode::*;
    match reason {
        EmployerInitiative => tv(lang, voice,
            "Je werkgever beëindigt je contract: door opzegging of doordat de rechter het contract ontbindt. Dan heb je recht op een transitievergoeding.",
            "Je beëindigt het contract van je werknemer: door opzegging of doordat de rechter het contract ontbindt. Dan heeft je werknemer recht op een transitievergoeding.",
            "Your employer ends your contract: by giving notice or by having the court dissolve it. You are then entitled to a transitievergoeding (transition payment).",
            "You end your employee's contract: by giving notice or by having the court dissolve it. Your employee is then entitled to a transitievergoeding (transition payment)."),
        FixedTermNotRenewed => tv(lang, voice,
            "Je tijdelijke contract stopt en je werkgever verlengt het niet. Dan heb je recht op een transitievergoeding.",
            "Het tijdelijke contract van je werknemer stopt en je verlengt het niet. Dan heeft je werknemer recht op een transitievergoeding.",
            "Your fixed-term contract ends and your employer does not renew it. You are then entitled to a transitievergoeding.",
            "Your employee's fixed-term contract ends and you do not renew it. Your employee is then entitled to a transitievergoeding."),
        EmployerSeriousCulpability => tv(lang, voice,
            "Jij beëindigt het contract omdat je werkgever ernstig verwijtbaar handelde. Dan heb je toch recht op een transitievergoeding.",
            "Je werknemer beëindigt het contract omdat jij als werkgever ernstig verwijtbaar handelde. Dan heeft je werknemer toch recht op een transitievergoeding.",
            "You end the contract because your employer acted with serious culpability. You are still entitled to a transitievergoeding.",
            "Your employee ends the contract because you as the employer acted with serious culpability. Your employee is still entitled to a transitievergoeding."),
        AfterTwoYearsIllness => tv(lang, voice,
            "Je werkgever beëindigt je contract nadat je twee jaar ziek was. Dan heb je recht op een transitievergoeding. Je werkgever kan dat bedrag daarna (deels) terugkrijgen van UWV.",
            "Je beëindigt het contract van je werknemer nadat hij twee jaar ziek was. Dan heeft je werknemer recht op een transitievergoeding. Je kunt dat bedrag daarna (deels) terugkrijgen van UWV.",
            "Your employer ends your contract after two years of illness. You are entitled to a transitievergoeding. Your employer can then get (part of) it back from UWV.",
            "You end your employee's contract after two years of illness. Your employee is entitled to a transitievergoeding. You can then get (part of) it back from UWV."),
        MutualConsent => tv(lang, voice,
            "Jullie stoppen samen, met een vaststellingsovereenkomst. De wet geeft dan geen recht op een transitievergoeding. Je kunt wel een vergoeding afspreken; de transitievergoeding is daarbij een gebruikelijk minimum.",
            "Jullie stoppen samen, met een vaststellingsovereenkomst. De wet geeft je werknemer dan geen recht op een transitievergoeding. Jullie kunnen wel een vergoeding afspreken; de transitievergoeding is daarbij een gebruikelijk minimum.",
            "You end the contract together, by a settlement agreement. The law then gives no right to a transitievergoeding. You can agree a payment; the transitievergoeding is the usual minimum benchmark.",
            "You and your employee end the contract together, by a settlement agreement. The law then gives your employee no right to a transitievergoeding. You can agree a payment; the transitievergoeding is the usual minimum benchmark."),
        EmployeeSeriousCulpability => tv(lang, voice,
            "Het contract eindigt door ernstig verwijtbaar gedrag van jou (bijvoorbeeld ontslag op staande voet). Dan is er geen transitievergoeding.",
            "Het contract eindigt door ernstig verwijtbaar gedrag van je werknemer (bijvoorbeeld ontslag op staande voet). Dan is er geen transitievergoeding.",
            "The contract ends because of serious culpable conduct on your part (for example summary dismissal). There is then no transitievergoeding.",
            "The contract ends because of serious culpable conduct by your employee (for example summary dismissal). There is then no transitievergoeding."),
        EmployerBankruptcy => tv(lang, voice,
            "Je werkgever is failliet, heeft surseance van betaling of zit in de schuldsanering. Dan is er geen transitievergoeding.",
            "Je bent als werkgever failliet, hebt surseance van betaling of zit in de schuldsanering. Dan is er geen transitievergoeding.",
            "Your employer is bankrupt, in suspension of payments or in debt restructuring. There is then no transitievergoeding.",
            "You as the employer are bankrupt, in suspension of payments or in debt restructuring. There is then no transitievergoeding."),
        AowAge => tv(lang, voice,
            "Het contract eindigt omdat je de AOW-leeftijd hebt bereikt. Dan is er geen transitievergoeding.",
            "Het contract eindigt omdat je werknemer de AOW-leeftijd heeft bereikt. Dan is er geen transitievergoeding.",
            "The contract ends because you reached the state pension (AOW) age. There is then no transitievergoeding.",
            "The contract ends because your employee reached the state pension (AOW) age. There is then no transitievergoeding."),
        MinorSmallJob => tv(lang, voice,
            "Je bent jonger dan 18 en werkte gemiddeld hoogstens 12 uur per week. Dan is er geen transitievergoeding.",
            "Je werknemer is jonger dan 18 en werkte gemiddeld hoogstens 12 uur per week. Dan is er geen transitievergoeding.",
            "You are under 18 and worked 12 hours a week or less on average. There is then no transitievergoeding.",
            "Your employee is under 18 and worked 12 hours a week or less on average. There is then no transitievergoeding."),
        EmployeeResigned => tv(lang, voice,
            "Je hebt zelf ontslag genomen. Dan is er geen transitievergoeding, behalve als dat kwam door ernstig verwijtbaar handelen van je werkgever.",
            "Je werknemer heeft zelf ontslag genomen. Dan is er geen transitievergoeding, behalve als dat kwam door ernstig verwijtbaar handelen van jou als werkgever.",
            "You resigned yourself. There is then no transitievergoeding, unless your employer's serious culpable conduct caused it.",
            "Your employee resigned. There is then no transitievergoeding, unless your serious culpable conduct as the employer caused it."),
        FollowUpContractAgreed => tv(lang, voice,
            "Voordat je contract afliep, hebben jullie een nieuw contract afgesproken dat binnen 6 maanden begint. Dan is er geen transitievergoeding.",
            "Voordat het contract afliep, hebben jij en je werknemer een nieuw contract afgesproken dat binnen 6 maanden begint. Dan is er geen transitievergoeding.",
            "Before your contract ended, you agreed a new contract that starts within 6 months. There is then no transitievergoeding.",
            "Before the contract ended, you and your employee agreed a new contract that starts within 6 months. There is then no transitievergoeding."),
        RenewalOfferDeclined => tv(lang, voice,
            "Je werkgever bood verlenging aan, minstens even goed als je contract, en jij zei nee. Dan stopt het contract niet op initiatief van je werkgever en is er geen transitievergoeding.",
            "Je bood verlenging aan, minstens even goed als het contract, en je werknemer zei nee. Dan stopt het contract niet op jouw initiatief en is er geen transitievergoeding.",
            "Your employer offered a renewal at least as good as your contract, and you declined. The contract then does not end on the employer's initiative, so there is no transitievergoeding.",
            "You offered a renewal at least as good as the contract, and your employee declined. The contract then does not end on your initiative, so there is no transitievergoeding."),
        RenewalOfferQualityUnknown => tv(lang, voice,
            "Je werkgever bood verlenging aan en jij zei nee. Of je dan recht hebt op een transitievergoeding, hangt af van het aanbod. Was het slechter dan je contract (bijvoorbeeld minder uren of minder loon), dan wel. Was het minstens even goed, dan niet. Hieronder staat het bedrag voor het geval je wel recht hebt.",
            "Je bood verlenging aan en je werknemer zei nee. Of je werknemer dan recht heeft op een transitievergoeding, hangt af van het aanbod. Was het slechter dan het contract (bijvoorbeeld minder uren of minder loon), dan wel. Was het minstens even goed, dan niet. Hieronder staat het bedrag voor het geval je werknemer wel recht heeft.",
            "Your employer offered a renewal and you declined. Whether you are then entitled to a transitievergoeding depends on the offer. If it was worse than your contract (for example fewer hours or lower pay), you are. If it was at least as good, you are not. Below is the amount in case you are entitled.",
            "You offered a renewal and your employee declined. Whether your employee is then entitled to a transitievergoeding depends on the offer. If it was worse than the contract (for example fewer hours or lower pay), they are. If it was at least as good, they are not. Below is the amount in case they are entitled."),
        RenewalOfferWorseDeclined => tv(lang, voice,
            "Je werkgever bood verlenging aan, maar op slechtere voorwaarden, en jij zei nee. Dan telt het als niet verlengen door je werkgever en heb je recht op een transitievergoeding.",
            "Je bood verlenging aan, maar op slechtere voorwaarden, en je werknemer zei nee. Dan telt het als niet verlengen door jou en heeft je werknemer recht op een transitievergoeding.",
            "Your employer offered a renewal on worse terms, and you declined. That counts as non-renewal by your employer, so you are entitled to a transitievergoeding.",
            "You offered a renewal on worse terms, and your employee declined. That counts as non-renewal by you, so your employee is entitled to a transitievergoeding."),
        PartialDismissal => tv(lang, voice,
            "Je werkgever beëindigt een deel van je uren blijvend. Dan heb je recht op een transitievergoeding naar verhouding: voor het deel dat stopt.",
            "Je beëindigt een deel van de uren van je werknemer blijvend. Dan heeft je werknemer recht op een transitievergoeding naar verhouding: voor het deel dat stopt.",
            "Your employer permanently ends part of your hours. You are then entitled to a transitievergoeding in proportion: for the part that ends.",
            "You permanently end part of your employee's hours. Your employee is then entitled to a transitievergoeding in proportion: for the part that ends."),
        PartialBelow20Percent => tv(lang, voice,
            "Minder dan 20% van je uren stopt. Volgens de Hoge Raad geldt het recht op een gedeeltelijke transitievergoeding pas vanaf een blijvende vermindering van minstens 20%.",
            "Minder dan 20% van de uren van je werknemer stopt. Volgens de Hoge Raad geldt het recht op een gedeeltelijke transitievergoeding pas vanaf een blijvende vermindering van minstens 20%.",
            "Less than 20% of your hours end. According to the Supreme Court, a partial transitievergoeding applies only from a permanent reduction of at least 20%.",
            "Less than 20% of your employee's hours end. According to the Supreme Court, a partial transitievergoeding applies only from a permanent reduction of at least 20%."),
        DeductionAccepted => tv(lang, voice,
            "Deze kosten mogen eraf: ze zijn vooraf schriftelijk gespecificeerd en je hebt vooraf schriftelijk ingestemd.",
            "Deze kosten mogen eraf: ze zijn vooraf schriftelijk gespecificeerd en je werknemer heeft vooraf schriftelijk ingestemd.",
            "These costs may be deducted: they were specified in writing beforehand and you agreed in writing beforehand.",
            "These costs may be deducted: they were specified in writing beforehand and your employee agreed in writing beforehand."),
        DeductionReintegratie => t(lang, "Kosten van re-integratie (zoals spoor 2) of herplaatsing mogen nooit van de transitievergoeding af.", "Costs of re-integration (such as spoor 2, track 2) or redeployment may never be deducted from the transitievergoeding."),
        DeductionNotSpecifiedBefore => tv(lang, voice,
            "Deze kosten mogen er niet af: ze zijn niet vooraf schriftelijk aan je gespecificeerd.",
            "Deze kosten mogen er niet af: je hebt ze niet vooraf schriftelijk aan je werknemer gespecificeerd.",
            "These costs may not be deducted: they were not specified to you in writing beforehand.",
            "These costs may not be deducted: you did not specify them to your employee in writing beforehand."),
        DeductionNoConsent => tv(lang, voice,
            "Deze kosten mogen er niet af: je hebt niet vooraf schriftelijk ingestemd met de aftrek (tenzij je cao dat regelt).",
            "Deze kosten mogen er niet af: je werknemer heeft niet vooraf schriftelijk ingestemd met de aftrek (tenzij de cao dat regelt).",
            "These costs may not be deducted: you did not agree to the deduction in writing beforehand (unless your collective agreement provides for it).",
            "These costs may not be deducted: your employee did not agree to the deduction in writing beforehand (unless the collective agreement provides for it)."),
        DeductionNothingDue => t(lang, "Er is geen transitievergoeding verschuldigd, dus er valt niets af te trekken.", "No transitievergoeding is due, so there is nothing to deduct from."),
    }
}

/// An uncertain point, in words, in the reader's voice.
pub fn uncertainty_text(u: Uncertainty, voice: Voice, lang: Lang) -> String {
    match u {
        Uncertainty::Cap { year, value, certainty: Certainty::Estimate, .. } => t(lang, format!("Maximum {year}: nog niet vastgesteld; we rekenen met {}. Het echte maximum is waarschijnlijk iets hoger. Alleen als het maximum het bedrag begrenst, kan het bedrag daardoor nog veranderen.", format::amount_whole(value, lang)), format!("Maximum {year}: not set yet; we use {}. The real maximum will probably be a little higher. The amount can only change because of this if the maximum limits it.", format::amount_whole(value, lang))),
        Uncertainty::Cap { year, value, .. } => t(lang, format!("Maximum {year}: de overheid noemde {}, maar de officiële regeling in de Staatscourant konden we niet controleren.", format::amount_whole(value, lang)), format!("Maximum {year}: the government announced {}, but we could not check the official regulation in the Staatscourant.", format::amount_whole(value, lang))),
        Uncertainty::AnnualWageDefinition => t(lang, "Onzeker: we nemen als jaarsalaris 12 keer het maandloon met alle looncomponenten. De wet zegt niet precies welk loon telt.", "Uncertain: we take 12 times the monthly wage with all wage components as the annual wage. The law does not say exactly which wage counts.").into(),
        Uncertainty::ChainGapsExcluded => t(lang, "Onzeker: de tijd tussen twee contracten tellen we niet mee, alleen de contracten zelf.", "Uncertain: we do not count the time between two contracts, only the contracts themselves.").into(),
        Uncertainty::WachttijdReferenceDay => t(lang, "Onzeker: we rekenen tot en met de laatste dag van de 104 weken ziekte. UWV kan een iets andere dag gebruiken.", "Uncertain: we count up to and including the last day of the 104 weeks of illness. UWV may use a slightly different day.").into(),
        Uncertainty::WageAtWachttijdEnd => t(lang, "Onzeker: we gebruiken het huidige loon. Eigenlijk telt het loon op het einde van de 104 weken.", "Uncertain: we use the current wage. Strictly, the wage at the end of the 104 weeks counts.").into(),
        Uncertainty::PartialCapOrder => t(lang, "Onzeker: bij gedeeltelijk ontslag passen we eerst het maximum toe en nemen dan het deel dat stopt.", "Uncertain: for a partial dismissal we apply the maximum first and then take the share that ends.").into(),
        Uncertainty::RenewalOfferQuality => tv(lang, voice,
            "Onzeker: we weten niet of het aanbod om te verlengen minstens even goed was als je contract. Alleen als het slechter was, is dit bedrag verschuldigd. Betaalt je werkgever niet, vraag het dan op tijd bij de kantonrechter (zie de termijn hieronder); laat die termijn niet verlopen terwijl je twijfelt.",
            "Onzeker: we weten niet of het aanbod om te verlengen minstens even goed was als het contract. Alleen als het slechter was, is dit bedrag verschuldigd. Betaal je niet, dan kan je werknemer het binnen 3 maanden na het einde bij de kantonrechter vorderen (zie de termijn hieronder).",
            "Uncertain: we do not know whether the renewal offer was at least as good as your contract. This amount is only due if it was worse. If your employer does not pay, claim it at the subdistrict court in time (see the deadline below); do not let that deadline pass while you are in doubt.",
            "Uncertain: we do not know whether the renewal offer was at least as good as the contract. This amount is only due if it was worse. If you do not pay, your employee can claim it at the subdistrict court within 3 months after the end (see the deadline below).").into(),
    }
}

fn kind_name(k: DeductionKind, lang: Lang) -> &'static str {
    match k {
        DeductionKind::Transitiekosten => t(lang, "Transitiekosten", "Transition costs"),
        DeductionKind::Inzetbaarheidskosten => {
            t(lang, "Inzetbaarheidskosten", "Employability costs")
        }
        DeductionKind::Reintegratie => t(lang, "Kosten van re-integratie", "Re-integration costs"),
    }
}

/// A length of service: "10 jaar, 11 maanden en 27 dagen" / "10 years, 11 months and 27 days".
pub fn ymd(y: u32, m: u32, d: u32, lang: Lang) -> String {
    t(
        lang,
        format!(
            "{y} jaar, {m} {} en {d} {}",
            format::plural(m, "maand", "maanden"),
            format::plural(d, "dag", "dagen")
        ),
        format!(
            "{y} {}, {m} {} and {d} {}",
            format::plural(y, "year", "years"),
            format::plural(m, "month", "months"),
            format::plural(d, "day", "days")
        ),
    )
}

/// One line of "Hoe is dit berekend?", in the reader's voice.
pub fn line_text(line: Line, voice: Voice, lang: Lang) -> String {
    let f = |c: Cents| format::amount(c, lang);
    let dt = |d: NaiveDate| format::long_date(d, lang);
    match line {
        Line::Verdict { due, reason } => t(
            lang,
            format!(
                "{} {} (Grondslag: {}.)",
                if due { "Uitkomst: de transitievergoeding is verschuldigd." } else { "Uitkomst: er is geen transitievergoeding verschuldigd." },
                reason_text(reason, voice, lang),
                reason.basis()
            ),
            format!(
                "{} {} (Legal basis: {}.)",
                if due { "Outcome: the transitievergoeding is due." } else { "Outcome: no transitievergoeding is due." },
                reason_text(reason, voice, lang),
                reason.basis()
            ),
        ),
        Line::WageBase { base } => t(lang, format!("Bruto maandloon (basis): {}.", f(base)), format!("Gross monthly base wage: {}.", f(base))),
        Line::WageHourly { hourly, hours_per_week, base } => {
            let (hourly, hours, base) = (format::decimal(hourly, lang), format::decimal(hours_per_week, lang), f(base));
            t(
                lang,
                format!("Bruto maandloon (basis): uurloon € {hourly} × {hours} uur per week × 52 / 12 = {base}."),
                format!("Gross monthly base wage: hourly wage €{hourly} × {hours} hours a week × 52 / 12 = {base}."),
            )
        }
        Line::WageVariableHours { hourly, average_hours_per_month, base } => {
            let (hourly, hours, base) = (format::decimal(hourly, lang), format::decimal(average_hours_per_month, lang), f(base));
            t(
                lang,
                format!("Bruto maandloon (basis): uurloon € {hourly} × gemiddeld {hours} uur per maand (laatste 12 maanden) = {base}."),
                format!("Gross monthly base wage: hourly wage €{hourly} × on average {hours} hours a month (last 12 months) = {base}."),
            )
        }
        Line::HolidayAllowance { pct, amount } => t(lang, format!("Vakantiegeld: {}% van het basisloon = {} per maand.", format::decimal(pct, lang), f(amount)), format!("Holiday allowance: {}% of the base wage = {} a month.", format::decimal(pct, lang), f(amount))),
        Line::FixedYearlyExtras { yearly, monthly } => t(lang, format!("Vaste jaarlijkse extra's (zoals een 13e maand of vaste eindejaarsuitkering): {} per jaar ÷ 12 = {} per maand.", f(yearly.to_cents()), f(monthly)), format!("Fixed yearly extras (such as a 13th month or a fixed year-end payment): {} a year ÷ 12 = {} a month.", f(yearly.to_cents()), f(monthly))),
        Line::FixedComponents { total, monthly } => t(lang, format!("Vaste looncomponenten in de laatste 12 maanden (zoals overwerk of ploegentoeslag): {} ÷ 12 = {} per maand.", f(total.to_cents()), f(monthly)), format!("Fixed wage components in the last 12 months (such as overtime or shift allowance): {} ÷ 12 = {} a month.", f(total.to_cents()), f(monthly))),
        Line::VariableComponents { total, monthly, end_year } => t(
            lang,
            format!(
                "Variabele looncomponenten (zoals bonus of winstdeling) over {}, {} en {}: {} ÷ 36 = {} per maand. Het jaar waarin het contract eindigt telt niet mee (art. 3 Besluit loonbegrip).",
                end_year - 3, end_year - 2, end_year - 1, f(total.to_cents()), f(monthly)
            ),
            format!(
                "Variable wage components (such as a bonus or profit share) over {}, {} and {}: {} ÷ 36 = {} a month. The year the contract ends does not count (art. 3 Besluit loonbegrip).",
                end_year - 3, end_year - 2, end_year - 1, f(total.to_cents()), f(monthly)
            ),
        ),
        Line::MonthlyWage { m } => t(lang, format!("Maandloon voor de transitievergoeding (M): {}.", f(m)), format!("Monthly wage for the transitievergoeding (M): {}.", f(m))),
        Line::EarlierContract { start, end, counts } => t(
            lang,
            if counts {
                format!("Eerder contract van {} tot en met {} telt mee: er zat niet meer dan 6 maanden tussen.", dt(start), dt(end))
            } else {
                format!("Eerder contract van {} tot en met {} telt niet mee: er zat meer dan 6 maanden tussen.", dt(start), dt(end))
            },
            if counts {
                format!("Earlier contract from {} to {} counts: the gap was 6 months or less.", dt(start), dt(end))
            } else {
                format!("Earlier contract from {} to {} does not count: the gap was more than 6 months.", dt(start), dt(end))
            },
        ),
        Line::Service { start, end, years, months, days } => t(
            lang,
            format!(
                "Duur van het dienstverband ({} tot en met {}): {}.",
                dt(start), dt(end), ymd(years, months, days, lang)
            ),
            format!(
                "Length of service ({} to {} inclusive): {}.",
                dt(start), dt(end), ymd(years, months, days, lang)
            ),
        ),
        Line::YearsPart { years, amount } => t(lang, format!("Hele jaren: {years} × M ÷ 3 = {}.", f(amount)), format!("Whole years: {years} × M ÷ 3 = {}.", f(amount))),
        Line::MonthsPart { months, amount } => t(lang, format!("Hele maanden: {months} × M ÷ 36 = {}.", f(amount)), format!("Whole months: {months} × M ÷ 36 = {}.", f(amount))),
        Line::LooseDays { from, days, divisor, earned, amount } => t(
            lang,
            format!(
                "Losse dagen vanaf {}: {days} van {divisor} dagen van die maand, dus loon {days} ÷ {divisor} × M = {}; ÷ 36 = {}.",
                dt(from), f(earned), f(amount)
            ),
            format!(
                "Loose days from {}: {days} of the {divisor} days of that month, so wage {days} ÷ {divisor} × M = {}; ÷ 36 = {}.",
                dt(from), f(earned), f(amount)
            ),
        ),
        Line::RemainderGiven { earned, amount } => t(lang, format!("Loon verdiend na de hele jaren (zoals ingevuld): {} ÷ 36 = {}.", f(earned), f(amount)), format!("Wage earned after the whole years (as entered): {} ÷ 36 = {}.", f(earned), f(amount))),
        Line::OfficialTotal { amount } => t(lang, format!("Transitievergoeding volgens de officiële methode (jaren × M/3 + loon in de rest ÷ 36): {}.", f(amount)), format!("Transitievergoeding by the official method (years × M/3 + wage in the rest ÷ 36): {}.", f(amount))),
        Line::DaysMethod { amount } => t(lang, format!("Ter controle, de dagenmethode (jaren × M/3 + maanden × M/36 + dagen × M/1095): {}. Het verschil zit alleen in de losse dagen.", f(amount)), format!("As a check, the days method (years × M/3 + months × M/36 + days × M/1095): {}. The difference lies only in the loose days.", f(amount))),
        Line::Cap { year, statutory, annual_wage, cap, uses_annual_wage } => t(
            lang,
            if uses_annual_wage {
                format!("Maximum: het maximum voor {year} is {}, maar het jaarsalaris (12 × M = {}) is hoger. Dan geldt het jaarsalaris: {}.", format::amount_whole(statutory, lang), f(annual_wage), f(cap))
            } else {
                format!("Maximum: in {year} (het jaar waarin het contract eindigt) is dat {}, of het jaarsalaris als dat hoger is (12 × M = {}).", format::amount_whole(statutory, lang), f(annual_wage))
            },
            if uses_annual_wage {
                format!("Maximum: the maximum for {year} is {}, but the annual wage (12 × M = {}) is higher. The annual wage then applies: {}.", format::amount_whole(statutory, lang), f(annual_wage), f(cap))
            } else {
                format!("Maximum: in {year} (the year the contract ends) it is {}, or the annual wage if higher (12 × M = {}).", format::amount_whole(statutory, lang), f(annual_wage))
            },
        ),
        Line::CapResult { capped, amount } => t(
            lang,
            if capped {
                format!("Het bedrag is hoger dan het maximum, dus het wordt {}.", f(amount))
            } else {
                format!("Het bedrag blijft onder het maximum: {}.", f(amount))
            },
            if capped {
                format!("The amount is above the maximum, so it becomes {}.", f(amount))
            } else {
                format!("The amount stays below the maximum: {}.", f(amount))
            },
        ),
        Line::PartialShare { fraction, amount } => t(lang, format!("Gedeeltelijk ontslag: {} van de uren stopt, dus dat deel van het bedrag: {}.", format::decimal(fraction, lang), f(amount)), format!("Partial dismissal: {} of the hours end, so that share of the amount: {}.", format::decimal(fraction, lang), f(amount))),
        Line::DeductionLine { kind, amount, accepted, applied, reason } => t(
            lang,
            if accepted {
                format!("{} ({}): afgetrokken {}. {}", kind_name(kind, lang), f(amount), f(applied), reason_text(reason, voice, lang))
            } else {
                format!("{} ({}): niet afgetrokken. {}", kind_name(kind, lang), f(amount), reason_text(reason, voice, lang))
            },
            if accepted {
                format!("{} ({}): deducted {}. {}", kind_name(kind, lang), f(amount), f(applied), reason_text(reason, voice, lang))
            } else {
                format!("{} ({}): not deducted. {}", kind_name(kind, lang), f(amount), reason_text(reason, voice, lang))
            },
        ),
        Line::Payable { due, amount } => match (due, voice) {
            (true, Voice::Werknemer) => t(lang, format!("Je werkgever moet betalen: {} bruto.", f(amount)), format!("Your employer must pay: {} gross.", f(amount))),
            (true, Voice::Werkgever) => t(lang, format!("Je moet betalen: {} bruto.", f(amount)), format!("You must pay: {} gross.", f(amount))),
            (false, _) => tv(lang, voice,
                "Je werkgever hoeft volgens de wet geen transitievergoeding te betalen (het bedrag hierboven is alleen ter vergelijking).",
                "Je hoeft volgens de wet geen transitievergoeding te betalen (het bedrag hierboven is alleen ter vergelijking).",
                "By law your employer does not have to pay a transitievergoeding (the amount above is for comparison only).",
                "By law you do not have to pay a transitievergoeding (the amount above is for comparison only).").into(),
        },
        Line::ClaimDeadline { date } => tv(lang, voice,
            format!("Betaalt je werkgever niet? Vraag de transitievergoeding dan uiterlijk {} aan bij de kantonrechter: binnen 3 maanden na het einde van het contract (art. 7:686a lid 4 sub b BW). Wacht niet tot de laatste dag.", dt(date)),
            format!("Betaal je niet, dan kan je werknemer de transitievergoeding uiterlijk {} vorderen bij de kantonrechter: binnen 3 maanden na het einde van het contract (art. 7:686a lid 4 sub b BW).", dt(date)),
            format!("If your employer does not pay, claim the transitievergoeding at the subdistrict court by {} at the latest: within 3 months after the contract ends (art. 7:686a(4)(b) BW). Do not wait for the last day.", dt(date)),
            format!("If you do not pay, your employee can claim the transitievergoeding at the subdistrict court by {} at the latest: within 3 months after the contract ends (art. 7:686a(4)(b) BW).", dt(date))),
        Line::WachttijdNotOver { wachttijd_end } => t(lang, format!("De 104 weken ziekte eindigen pas op {}, na het einde van het contract. Het Xella-bedrag en de compensatie van UWV zijn dan niet van toepassing.", dt(wachttijd_end)), format!("The 104 weeks of illness only end on {}, after the contract ends. The Xella amount and the UWV compensation then do not apply.", dt(wachttijd_end))),
        Line::WachttijdOutsideTable { wachttijd_end } => t(lang, format!("De 104 weken ziekte eindigden op {}. Voor die datum rekenen we het bedrag niet uit (oude regels of buiten het contract).", dt(wachttijd_end)), format!("The 104 weeks of illness ended on {}. We do not calculate the amount for that date (old rules or outside the contract).", dt(wachttijd_end))),
        Line::Xella { wachttijd_end, years, months, days, amount } => t(
            lang,
            format!(
                "Bedrag aan het einde van de 104 weken ziekte ({}), na {}: {}. Dit is het bedrag bij het beëindigen van een slapend dienstverband (Hoge Raad, Xella, 8 november 2019).",
                dt(wachttijd_end), ymd(years, months, days, lang), f(amount)
            ),
            format!(
                "Amount at the end of the 104 weeks of illness ({}), after {}: {}. This is the amount for ending a dormant contract (Supreme Court, Xella, 8 November 2019).",
                dt(wachttijd_end), ymd(years, months, days, lang), f(amount)
            ),
        ),
        Line::Compensation { a, b, c, amount } => {
            let (nl_who, en_who) = tv(lang, voice, ("je werkgever", "your employer"), ("jou als werkgever", "you as the employer"), ("je werkgever", "your employer"), ("jou als werkgever", "you as the employer"));
            t(
                lang,
                format!(
                    "Compensatie van UWV voor {nl_who}: het laagste van (a) de betaalde transitievergoeding plus afgetrokken transitiekosten {}, (b) de transitievergoeding aan het einde van de 104 weken {} en (c) het loon dat tijdens de ziekte is betaald {}: {} (art. 7:673e BW).",
                    f(a), f(b), f(c), f(amount)
                ),
                format!(
                    "UWV compensation for {en_who}: the lowest of (a) the transitievergoeding paid plus deducted transition costs {}, (b) the transitievergoeding at the end of the 104 weeks {} and (c) the wage paid during illness {}: {} (art. 7:673e BW).",
                    f(a), f(b), f(c), f(amount)
                ),
            )
        }
        Line::CompensationDeadline { date } => t(
            lang,
            match date {
                Some(d) => format!(concat!("De werkgever moet de compensatie uiterlijk {} aanvragen bij UWV: ", compensation_term_nl!(), ". Te vroeg aanvragen kan niet."), dt(d)),
                None => concat!("De werkgever moet de compensatie aanvragen bij UWV ", compensation_term_nl!(), ".").into(),
            },
            match date {
                Some(d) => format!(concat!("The employer must apply to UWV for the compensation by {} at the latest: ", compensation_term_en!(), ". Applying too early is not possible."), dt(d)),
                None => concat!("The employer must apply to UWV for the compensation ", compensation_term_en!(), ".").into(),
            },
        ),
        Line::CompensationVso => tv(lang, voice,
            "Bij een vaststellingsovereenkomst na twee jaar ziekte kan je werkgever ook compensatie van UWV krijgen voor wat hij als transitievergoeding betaalt. We gaan ervan uit dat hij minstens de wettelijke transitievergoeding betaalt.",
            "Bij een vaststellingsovereenkomst na twee jaar ziekte kun je ook compensatie van UWV krijgen voor wat je als transitievergoeding betaalt. We gaan ervan uit dat je minstens de wettelijke transitievergoeding betaalt.",
            "With a settlement agreement after two years of illness, your employer can also get UWV compensation for what it pays as a transitievergoeding. We assume it pays at least the statutory transitievergoeding.",
            "With a settlement agreement after two years of illness, you can also get UWV compensation for what you pay as a transitievergoeding. We assume you pay at least the statutory transitievergoeding.").into(),
        Line::CompensationStatus { status, size, wachttijd_end } => compensation_status_text(status, size, wachttijd_end, lang),
        Line::Rounding => t(lang, "Afronding: we rekenen met exacte bedragen en ronden pas aan het eind af op hele centen (een halve cent naar boven). Daardoor kan een totaal 1 cent afwijken van de som van de afgeronde delen.", "Rounding: we calculate with exact amounts and round to whole cents only at the end (half a cent up). A total can therefore differ by 1 cent from the sum of the rounded parts.").into(),
    }
}

/// The compensation's status in words. A pending or in-force bill speaks through the
/// register's notice ([`crate::text::pending_law`]), so its status and last-checked date
/// are always the register's.
fn compensation_status_text(
    status: CompensationStatus,
    size: EmployerSize,
    wachttijd_end: NaiveDate,
    lang: Lang,
) -> String {
    use crate::pending_law::PendingLawId;
    use crate::text::pending_law as pl;
    let bill = PendingLawId::Bill36869.entry();
    let bill_applies = bill.in_force_on(wachttijd_end) && size == EmployerSize::MediumLarge;
    match status {
        CompensationStatus::DependsOnPendingLaw | CompensationStatus::DependsOnEmployerSize => {
            pl::compensation_notice(bill, size, wachttijd_end, lang)
        },
        CompensationStatus::NotEligible if bill_applies => t(
            lang,
            format!(
                "Geen compensatie van UWV: sinds {} krijgen alleen kleine werkgevers de compensatie, en de werkgever is middelgroot of groot (art. 7:673e BW).",
                bill.intended.map(|d| format::long_date(d, lang)).unwrap_or_default()
            ),
            format!(
                "No compensation from UWV: since {} only small employers get it, and the employer is medium-sized or large (art. 7:673e BW).",
                bill.intended.map(|d| format::long_date(d, lang)).unwrap_or_default()
            ),
        ),
        CompensationStatus::NotEligible => t(
            lang,
            "Geen compensatie van UWV: het contract eindigde niet op een manier die de compensatieregeling dekt (ontslag of beëindiging met wederzijds goedvinden na de 104 weken ziekte, met een betaalde transitievergoeding).",
            "No compensation from UWV: the contract did not end in a way the compensation scheme covers (dismissal or ending by mutual consent after the 104 weeks of illness, with a transitievergoeding paid).",
        ).into(),
        CompensationStatus::Eligible => pl::compensation_meaning(bill, size, wachttijd_end, lang),
    }
}

fn date_error_text(e: DateError, lang: Lang) -> &'static str {
    match e {
        DateError::Empty => t(lang, "er is geen datum ingevuld", "no date was entered"),
        DateError::Format => t(
            lang,
            "schrijf de datum als JJJJ-MM-DD",
            "write the date as YYYY-MM-DD",
        ),
        DateError::Impossible => t(lang, "die datum bestaat niet", "that date does not exist"),
        DateError::OutOfRange => t(
            lang,
            "de datum moet tussen 1950-01-01 en 2099-12-31 liggen",
            "the date must lie between 1950-01-01 and 2099-12-31",
        ),
    }
}

/// An engine error: a message that names the field by its JSON key.
pub fn error_message(e: TvError, lang: Lang) -> String {
    let key = e.field.key();
    let what: &str = match e.kind {
        ErrorKind::Missing => t(lang, "ontbreekt", "is missing"),
        ErrorKind::NotANumber => t(
            lang,
            "is geen getal dat we kunnen lezen",
            "is not a number we can read",
        ),
        ErrorKind::Negative => t(lang, "mag niet negatief zijn", "must not be negative"),
        ErrorKind::Zero => t(lang, "moet groter dan 0 zijn", "must be greater than 0"),
        ErrorKind::TooLarge => t(
            lang,
            "is te groot (een maandloon mag hoogstens € 1.000.000 zijn)",
            "is too large (a monthly wage may be at most €1,000,000)",
        ),
        ErrorKind::TooManyHours => t(
            lang,
            "is te veel uren (hoogstens 168 per week of 728 per maand)",
            "is too many hours (at most 168 a week or 728 a month)",
        ),
        ErrorKind::PercentOutOfRange => t(
            lang,
            "moet tussen 0 en 100 liggen",
            "must lie between 0 and 100",
        ),
        ErrorKind::FractionOutOfRange => t(
            lang,
            "moet groter dan 0 en hoogstens 1 zijn",
            "must be greater than 0 and at most 1",
        ),
        ErrorKind::Date(e) => date_error_text(e, lang),
        ErrorKind::EndBeforeStart => t(
            lang,
            "ligt vóór de begindatum",
            "lies before the start date",
        ),
        ErrorKind::Before2020 => t(
            lang,
            "ligt vóór 2020; dan gelden de oude regels, die deze rekenhulp niet berekent",
            "lies before 2020; the old rules then apply, which this calculator does not cover",
        ),
        ErrorKind::Overlap => t(
            lang,
            "overlapt met een ander contract of begint na het huidige contract",
            "overlaps another contract or starts after the current contract",
        ),
        ErrorKind::OutsideEmployment => t(
            lang,
            "ligt buiten het dienstverband",
            "lies outside the employment",
        ),
        ErrorKind::Conflict => t(
            lang,
            "kan niet samen met base_monthly_wage; geef het loon op één manier op",
            "cannot be combined with base_monthly_wage; give the wage in one way",
        ),
        ErrorKind::UnknownValue => t(
            lang,
            "heeft een waarde die we niet kennen",
            "has a value we do not know",
        ),
        ErrorKind::NotABoolean => t(
            lang,
            "moet ja of nee zijn (of true of false)",
            "must be true or false (or ja or nee)",
        ),
        ErrorKind::WrongType => t(lang, "heeft het verkeerde type", "has the wrong type"),
        ErrorKind::InvalidJson => t(
            lang,
            "is geen geldig JSON-object",
            "is not a valid JSON object",
        ),
        ErrorKind::Overflow => t(
            lang,
            "heeft te veel decimalen om exact mee te rekenen",
            "has too many decimals to compute exactly",
        ),
    };
    format!("{key}: {what}")
}
