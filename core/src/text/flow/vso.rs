//! Texts of two parts of the outcome: a settlement agreement (vaststellingsovereenkomst)
//! beside what the law gives ([`render_vso`]), and the situational route's choice between
//! staying until the 104 weeks end and leaving now ([`render_stay_or_leave`]).
//!
//! Every amount and date comes from the outcome's view model, which reads the one derived
//! situation; nothing is computed here beyond formatting.

use crate::flow::outcome::{StayOrLeave, VsoBenefit, VsoComparison, VsoPoint};
use crate::flow::Voice;
use crate::lang::Lang;
use crate::money::Cents;
use crate::source::{self as cite, Source};
use crate::text::format;
use crate::text::{t, tv};

/// The sources of the comparison.
const VSO_SOURCES: &[Source] = &[
    cite::BW_7_670B,
    cite::BW_7_673,
    cite::BW_7_629_LID_1,
    cite::BW_7_670,
    cite::BW_7_672,
    cite::ZW_45,
    cite::WW_19_LID_1,
    cite::WW_24,
    cite::WW_16,
    cite::WIA_25_LID_9,
];

/// The sources of the situational choice.
const STAY_SOURCES: &[Source] = &[
    cite::BW_7_628,
    cite::BW_7_629,
    cite::GHSHE_2025_1152,
    cite::BW_7_670,
    cite::ZW_45,
    cite::WW_19_LID_1,
    cite::WW_24,
    cite::CRVB_2017_1225,
];

/// The comparison in words, in page order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderedVso {
    pub heading: &'static str,
    pub intro: &'static str,
    /// The worked example's assumption, when the end date is unknown.
    pub assumption: Option<String>,
    /// (label, value): the offer, the transitievergoeding, the wage, the total, the
    /// difference.
    pub rows: Vec<(String, String)>,
    /// How the amounts were found and what they mean.
    pub lines: Vec<String>,
    /// The wage month by month: (period, amount).
    pub months_label: &'static str,
    pub months: Vec<(String, String)>,
    pub benefits_heading: &'static str,
    pub benefits: Vec<String>,
    pub points_heading: &'static str,
    pub points: Vec<String>,
    /// (label, href) of the calculator with the end date of the agreement.
    pub calculator: Option<(&'static str, String)>,
    pub sources: &'static [Source],
}

fn date(d: chrono::NaiveDate, lang: Lang) -> String {
    format::long_date(d, lang)
}

fn months_word(n: u32, lang: Lang) -> &'static str {
    match (n, lang) {
        (1, Lang::Nl) => "maand",
        (_, Lang::Nl) => "maanden",
        (1, Lang::En) => "month",
        (_, Lang::En) => "months",
    }
}

fn years_word(n: u32, lang: Lang) -> &'static str {
    match (n, lang) {
        (_, Lang::Nl) => "jaar",
        (1, Lang::En) => "year",
        (_, Lang::En) => "years",
    }
}

/// The settlement agreement beside what the law gives.
pub fn render_vso(c: &VsoComparison, voice: Voice, lang: Lang) -> RenderedVso {
    let end = date(c.end, lang);
    let intro = match c.signed {
        false => tv(lang, voice,
            "Je hebt een vaststellingsovereenkomst gekregen. Hier staat het aanbod naast wat de wet je geeft als je contract niet met deze overeenkomst eindigt.",
            "Je biedt je werknemer een vaststellingsovereenkomst aan. Hier staat het aanbod naast wat de wet je werknemer geeft als het contract niet met deze overeenkomst eindigt.",
            "You have been offered a settlement agreement. Here the offer stands beside what the law gives you if your contract does not end with this agreement.",
            "You are offering your employee a settlement agreement. Here the offer stands beside what the law gives your employee if the contract does not end with this agreement."),
        true => tv(lang, voice,
            "Je hebt een vaststellingsovereenkomst getekend. Binnen de bedenktermijn kun je haar nog ontbinden. Hier staat wat je met de overeenkomst krijgt naast wat de wet je geeft.",
            "Je werknemer heeft een vaststellingsovereenkomst getekend. Binnen de bedenktermijn kan hij haar nog ontbinden. Hier staat wat de overeenkomst hem geeft naast wat de wet hem geeft.",
            "You have signed a settlement agreement. Within the cooling-off period you can still cancel it. Here what the agreement gives you stands beside what the law gives you.",
            "Your employee has signed a settlement agreement. Within the cooling-off period they can still cancel it. Here what the agreement gives them stands beside what the law gives them."),
    };
    let assumption = c.assumed.map(|a| {
        let n = a.notice_months;
        let basis = if a.start_known {
            let y = a.service_years;
            tv(lang, voice,
                format!("Bij {y} {} in dienst is de wettelijke opzegtermijn van je werkgever {n} {} (art. 7:672 BW).", years_word(y, lang), months_word(n, lang)),
                format!("Bij {y} {} in dienst is jouw wettelijke opzegtermijn {n} {} (art. 7:672 BW).", years_word(y, lang), months_word(n, lang)),
                format!("With {y} {} of service, your employer's statutory notice period is {n} {} (art. 7:672 BW).", years_word(y, lang), months_word(n, lang)),
                format!("With {y} {} of service, your statutory notice period is {n} {} (art. 7:672 BW).", years_word(y, lang), months_word(n, lang)))
        } else {
            t(lang,
                format!("De datum in dienst is niet bekend, dus we nemen de kortste wettelijke opzegtermijn: {n} {} (art. 7:672 BW).", months_word(n, lang)),
                format!("The start of employment is not known, so we take the shortest statutory notice period: {n} {} (art. 7:672 BW).", months_word(n, lang)))
        };
        let head = tv(lang, voice,
            format!("De einddatum is nog niet bekend. Als voorbeeld rekenen we met {end}: het einde van de maand waarin een gewone opzegging door je werkgever afloopt als die vandaag wordt gegeven."),
            format!("De einddatum staat nog niet vast. Als voorbeeld rekenen we met {end}: het einde van de maand waarin jouw gewone opzegging afloopt als je die vandaag geeft."),
            format!("The end date is not known yet. As an example we work with {end}: the end of the month in which an ordinary notice by your employer, given today, would run out."),
            format!("The end date is not settled yet. As an example we work with {end}: the end of the month in which your ordinary notice, given today, would run out."));
        let tail = t(lang,
            "Een cao of het contract kan een andere termijn hebben. Met een andere einddatum veranderen de bedragen.",
            "A collective agreement or the contract may have another period. With another end date the amounts change.");
        format!("{head} {basis} {tail}")
    });

    let mut rows = Vec::new();
    rows.push((
        tv(
            lang,
            voice,
            "Aangeboden bedrag (bruto)",
            "Aangeboden bedrag (bruto)",
            "Amount offered (gross)",
            "Amount offered (gross)",
        )
        .to_string(),
        match c.offered {
            Some(o) => format::amount(o, lang),
            None => t(lang, "Nog niet bekend", "Not known yet").to_string(),
        },
    ));
    rows.push((
        t(
            lang,
            format!("Wettelijke transitievergoeding op {end} (de maatstaf)"),
            format!("Statutory transition payment on {end} (the benchmark)"),
        ),
        match &c.tv {
            Some(x) => format::amount(x.amount, lang),
            None => t(
                lang,
                "Niet berekend: de datum in dienst of het bruto maandloon ontbreekt",
                "Not calculated: the start of employment or the gross monthly wage is missing",
            )
            .to_string(),
        },
    ));
    let mut lines = Vec::new();
    lines.push(tv(lang, voice,
        "In een vaststellingsovereenkomst heb je geen wettelijk recht op een transitievergoeding: het bedrag dat jullie afspreken, telt (art. 7:673 BW). Het wettelijke bedrag op de einddatum is wel de gebruikelijke maatstaf.",
        "In een vaststellingsovereenkomst heeft je werknemer geen wettelijk recht op een transitievergoeding: het bedrag dat jullie afspreken, telt (art. 7:673 BW). Het wettelijke bedrag op de einddatum is wel de gebruikelijke maatstaf.",
        "A settlement agreement gives you no statutory right to a transition payment: the amount you agree is what counts (art. 7:673 BW). The statutory amount on the end date is the usual benchmark, though.",
        "A settlement agreement gives your employee no statutory right to a transition payment: the amount you agree is what counts (art. 7:673 BW). The statutory amount on the end date is the usual benchmark, though.").to_string());
    if let Some(x) = c.tv.as_ref().filter(|x| x.capped) {
        let cap = format::amount(x.cap, lang);
        lines.push(t(
            lang,
            format!("De transitievergoeding is begrensd op het maximum van {cap}."),
            format!("The transition payment is limited to the maximum of {cap}."),
        ));
    }
    let mut months = Vec::new();
    if let Some(s) = &c.sick {
        let until = date(s.wachttijd_end, lang);
        if s.ends_after_wachttijd {
            lines.push(tv(lang, voice,
                format!("De einddatum ligt na het einde van de 104 weken ziekte ({until}). Dan is er geen loon bij ziekte meer dat je opgeeft, behalve bij een loonsanctie."),
                format!("De einddatum ligt na het einde van de 104 weken ziekte ({until}). Dan is er geen loon bij ziekte meer dat je werknemer opgeeft, behalve bij een loonsanctie."),
                format!("The end date lies after the end of the 104 weeks of sickness ({until}). There is then no wage during sickness left that you give up, unless there is a wage sanction."),
                format!("The end date lies after the end of the 104 weeks of sickness ({until}). There is then no wage during sickness left that your employee gives up, unless there is a wage sanction.")));
        } else {
            let from = s
                .wage
                .as_ref()
                .map(|w| date(w.from, lang))
                .unwrap_or_else(|| end.clone());
            let label = t(lang,
                format!("Loon bij ziekte van {from} tot en met {until} (wettelijk minimum, bruto)"),
                format!("Wage during sickness from {from} up to and including {until} (statutory minimum, gross)"));
            rows.push((
                label,
                match &s.wage {
                    Some(w) => format::amount(w.total, lang),
                    None => t(
                        lang,
                        "Niet berekend: het bruto maandloon ontbreekt",
                        "Not calculated: the gross monthly wage is missing",
                    )
                    .to_string(),
                },
            ));
            let ban = s
                .opzegverbod_end
                .map(|d| {
                    let d = date(d, lang);
                    tv(lang, voice,
                        format!(" Tot {d} mag je werkgever je niet ontslaan omdat je ziek bent (opzegverbod, art. 7:670 lid 1 BW)."),
                        format!(" Tot {d} mag je je werknemer niet ontslaan omdat hij ziek is (opzegverbod, art. 7:670 lid 1 BW)."),
                        format!(" Until {d} your employer may not dismiss you because you are sick (ban on dismissal, art. 7:670(1) BW)."),
                        format!(" Until {d} you may not dismiss your employee because they are sick (ban on dismissal, art. 7:670(1) BW)."))
                })
                .unwrap_or_default();
            lines.push(tv(lang, voice,
                format!("Blijf je ziek en loopt je contract door, dan krijg je tot en met {until} loon bij ziekte: wettelijk 70% van je loon met vakantiegeld, in het eerste ziektejaar minstens het minimumloon voor je uren, en niet meer dan 70% van het maximumdagloon (art. 7:629 lid 1 BW). Veel cao's geven meer.{ban} Eindigt je contract op {end}, dan vervalt dat loon."),
                format!("Blijft je werknemer ziek en loopt het contract door, dan betaal je tot en met {until} loon bij ziekte: wettelijk 70% van het loon met vakantiegeld, in het eerste ziektejaar minstens het minimumloon voor zijn uren, en niet meer dan 70% van het maximumdagloon (art. 7:629 lid 1 BW). Veel cao's geven meer.{ban} Eindigt het contract op {end}, dan vervalt dat loon."),
                format!("If you stay sick and your contract continues, you get wage during sickness up to and including {until}: by law 70% of your wage with holiday pay, in the first year of sickness at least the minimum wage for your hours, and no more than 70% of the maximum daily wage (art. 7:629(1) BW). Many collective agreements give more.{ban} If your contract ends on {end}, that wage is gone."),
                format!("If your employee stays sick and the contract continues, you pay wage during sickness up to and including {until}: by law 70% of the wage with holiday pay, in the first year of sickness at least the minimum wage for their hours, and no more than 70% of the maximum daily wage (art. 7:629(1) BW). Many collective agreements give more.{ban} If the contract ends on {end}, that wage is gone.")));
            if let Some(w) = &s.wage {
                lines.push(t(lang,
                    "Het loon is per kalendermaand berekend en per maand één keer afgerond op hele centen; het totaal is de som van de maanden. Het gaat om brutobedragen.",
                    "The wage is worked out per calendar month and rounded once per month to whole cents; the total is the sum of the months. These are gross amounts.").to_string());
                if w.estimated {
                    lines.push(t(lang,
                        "Voor een deel van deze periode zijn het maximumdagloon of het minimumloon nog niet vastgesteld. Daar rekenen we met het laatst bekende bedrag: een schatting.",
                        "For part of this period the maximum daily wage or the minimum wage has not been set yet. There we use the last known figure: an estimate.").to_string());
                }
                months = w
                    .months
                    .iter()
                    .map(|m| {
                        (
                            format!("{} – {}", date(m.from, lang), date(m.until, lang)),
                            format::amount(m.amount, lang),
                        )
                    })
                    .collect();
            }
            if c.situatief {
                lines.push(tv(lang, voice,
                    "De bedrijfsarts zegt dat je niet ziek bent, maar door de situatie nu niet kunt werken. Wordt je loon gezien als loon bij ziekte (art. 7:629 BW), dan is dit bedrag het wettelijke minimum. Lukt een beroep op art. 7:628 BW, dan loopt je volle loon door zolang je meewerkt aan een oplossing. Welke van de twee geldt, is niet zeker.",
                    "De bedrijfsarts zegt dat je werknemer niet ziek is, maar door de situatie nu niet kan werken. Wordt het loon gezien als loon bij ziekte (art. 7:629 BW), dan is dit bedrag het wettelijke minimum. Lukt een beroep op art. 7:628 BW, dan loopt het volle loon door zolang je werknemer meewerkt aan een oplossing. Welke van de twee geldt, is niet zeker.",
                    "The company doctor says you are not sick, but cannot work now because of the situation. If your wage is treated as wage during sickness (art. 7:629 BW), this amount is the statutory minimum. If a claim under art. 7:628 BW succeeds, your full wage continues as long as you cooperate in a solution. Which of the two applies is not certain.",
                    "The company doctor says your employee is not sick, but cannot work now because of the situation. If the wage is treated as wage during sickness (art. 7:629 BW), this amount is the statutory minimum. If a claim under art. 7:628 BW succeeds, the full wage continues as long as your employee cooperates in a solution. Which of the two applies is not certain.").to_string());
            }
        }
    }
    if let Some(total) = c.law_total {
        rows.push((
            t(
                lang,
                "Maatstaf: transitievergoeding plus loon bij ziekte",
                "Benchmark: transition payment plus wage during sickness",
            )
            .to_string(),
            format::amount(total, lang),
        ));
        lines.push(tv(lang, voice,
            "Deze maatstaf is geen bedrag waar je recht op hebt: het loon komt alleen zolang je ziek en in dienst bent, en een transitievergoeding alleen als je werkgever het contract later beëindigt.",
            "Deze maatstaf is geen bedrag waar je werknemer recht op heeft: het loon komt alleen zolang hij ziek en in dienst is, en een transitievergoeding alleen als jij het contract later beëindigt.",
            "This benchmark is not an amount you are entitled to: the wage comes only while you are sick and employed, and a transition payment only if your employer ends the contract later.",
            "This benchmark is not an amount your employee is entitled to: the wage comes only while they are sick and employed, and a transition payment only if you end the contract later.").to_string());
        if c.sick.as_ref().is_some_and(|s| s.wage.is_some()) {
            lines.push(t(lang,
                "Het loon bij ziekte komt per maand binnen, het bedrag van een vaststellingsovereenkomst in één keer. Over beide wordt belasting ingehouden.",
                "Wage during sickness comes in month by month, a settlement amount all at once. Tax is withheld on both.").to_string());
        }
    }
    if let Some(d) = c.difference {
        let abs = format::amount(Cents(d.0.abs()), lang);
        rows.push((
            t(lang, "Verschil", "Difference").to_string(),
            if d.0 >= 0 {
                t(
                    lang,
                    format!("het aanbod is {abs} hoger"),
                    format!("the offer is {abs} higher"),
                )
            } else {
                t(
                    lang,
                    format!("het aanbod is {abs} lager"),
                    format!("the offer is {abs} lower"),
                )
            },
        ));
    }

    let benefits = c
        .benefits
        .iter()
        .map(|b| benefit_text(*b, c, voice, lang))
        .collect();
    let points = c
        .points
        .iter()
        .map(|p| point_text(*p, c, voice, lang).to_string())
        .collect();
    RenderedVso {
        heading: t(lang,
            "Het aanbod naast wat de wet geeft",
            "The offer beside what the law gives"),
        intro,
        assumption,
        rows,
        lines,
        months_label: t(lang, "Het loon per maand", "The wage per month"),
        months,
        benefits_heading: t(lang, "Wat het kost aan uitkeringen", "What it costs in benefits"),
        benefits,
        points_heading: tv(lang, voice, "Waar je op let", "Waar je op let", "What to watch", "What to watch"),
        points,
        calculator: c.tv.as_ref().map(|x| {
            (
                t(lang,
                    "Hoe is de transitievergoeding berekend? Open de rekenhulp met deze einddatum",
                    "How was the transition payment worked out? Open the calculator with this end date"),
                x.href.clone(),
            )
        }),
        sources: VSO_SOURCES,
    }
}

fn benefit_text(b: VsoBenefit, c: &VsoComparison, voice: Voice, lang: Lang) -> String {
    let end = date(c.end, lang);
    match b {
        VsoBenefit::ZwRefused => tv(lang, voice,
            format!("Ben je op {end} nog ziek, dan weigert UWV je Ziektewet-uitkering, helemaal of voor een deel: je hebt dan meegewerkt aan het einde van je contract (art. 45 lid 1 sub j Ziektewet). WW krijg je niet zolang je door ziekte niet kunt werken (art. 19 lid 1 WW). Je kunt dan zonder uitkering komen te zitten."),
            format!("Is je werknemer op {end} nog ziek, dan weigert UWV zijn Ziektewet-uitkering, helemaal of voor een deel (art. 45 lid 1 sub j Ziektewet). WW krijgt hij niet zolang hij door ziekte niet kan werken (art. 19 lid 1 WW). Hij kan dan zonder uitkering komen te zitten."),
            format!("If you are still sick on {end}, UWV refuses your Sickness Benefit, wholly or partly: you helped to end your contract (art. 45(1)(j) Ziektewet). You get no unemployment benefit (WW) as long as you cannot work because of sickness (art. 19(1) WW). You may be left without a benefit."),
            format!("If your employee is still sick on {end}, UWV refuses their Sickness Benefit, wholly or partly (art. 45(1)(j) Ziektewet). They get no unemployment benefit (WW) as long as they cannot work because of sickness (art. 19(1) WW). They may be left without a benefit.")),
        VsoBenefit::AfterWachttijd => t(lang,
            "De einddatum ligt na de 104 weken. Dan is er geen Ziektewet-uitkering meer en volgt de WIA-keuring; het einde van het contract kost dus geen Ziektewet-uitkering. Loopt er een loonsanctie, dan duurt de wachttijd langer (art. 25 lid 9 WIA): wacht dan tot die voorbij is. Kan iemand nog gedeeltelijk werken, vraag dan advies over de WW.",
            "The end date lies after the 104 weeks. There is then no Sickness Benefit any more and the WIA assessment follows, so the end of the contract costs no Sickness Benefit. If a wage sanction runs, the waiting period lasts longer (art. 25(9) WIA): wait until it has ended. If someone can still partly work, get advice about the WW.").to_string(),
        VsoBenefit::WwSafeWording => {
            let base = tv(lang, voice,
                "WW is in de regel mogelijk als het initiatief echt bij je werkgever lag en er geen dringende reden is die jou te verwijten valt (art. 24 WW). Zet dat in de overeenkomst; UWV kijkt ook naar wat er echt gebeurde. Anders kan UWV je WW weigeren wegens verwijtbare werkloosheid. De gewone voorwaarden voor WW (zoals de wekeneis) gelden ook.",
                "WW is voor je werknemer in de regel mogelijk als het initiatief echt bij jou lag en er geen dringende reden is die hem te verwijten valt (art. 24 WW). Zet dat in de overeenkomst; UWV kijkt ook naar wat er echt gebeurde. Anders kan UWV zijn WW weigeren wegens verwijtbare werkloosheid.",
                "Unemployment benefit (WW) is normally possible if the initiative really lay with your employer and there is no urgent cause you can be blamed for (art. 24 WW). Put that in the agreement; UWV also looks at what actually happened. Otherwise UWV can refuse your WW for culpable unemployment. The usual WW conditions (such as the weeks requirement) also apply.",
                "Unemployment benefit (WW) is normally possible for your employee if the initiative really lay with you and there is no urgent cause they can be blamed for (art. 24 WW). Put that in the agreement; UWV also looks at what actually happened. Otherwise UWV can refuse their WW for culpable unemployment.");
            if c.situatief {
                let extra = tv(lang, voice,
                    "En alleen als je op de einddatum volgens de bedrijfsarts je eigen soort werk kunt doen.",
                    "En alleen als je werknemer op de einddatum volgens de bedrijfsarts zijn eigen soort werk kan doen.",
                    "And only if, according to the company doctor, you can do your own kind of work on the end date.",
                    "And only if, according to the company doctor, your employee can do their own kind of work on the end date.");
                format!("{base} {extra}")
            } else {
                base.to_string()
            }
        }
        VsoBenefit::WwPostponed { notice_end } => {
            let n = date(notice_end, lang);
            tv(lang, voice,
                format!("De einddatum ligt eerder dan een gewone opzegging door je werkgever toelaat: die loopt tot {n} als de overeenkomst vandaag wordt gesloten. Dan begint je WW pas na {n} (fictieve opzegtermijn, art. 16 WW). Je houdt wel je recht op WW."),
                format!("De einddatum ligt eerder dan jouw opzegtermijn toelaat: die loopt tot {n} als de overeenkomst vandaag wordt gesloten. Dan begint de WW van je werknemer pas na {n} (fictieve opzegtermijn, art. 16 WW). Een einddatum op of na {n} voorkomt dat."),
                format!("The end date is earlier than an ordinary notice by your employer allows: that runs until {n} if the agreement is made today. Your WW then only starts after {n} (notional notice period, art. 16 WW). You do keep your right to WW."),
                format!("The end date is earlier than your notice period allows: that runs until {n} if the agreement is made today. Your employee's WW then only starts after {n} (notional notice period, art. 16 WW). An end date on or after {n} avoids that."))
        }
    }
}

fn point_text(p: VsoPoint, c: &VsoComparison, voice: Voice, lang: Lang) -> &'static str {
    match (p, c.signed) {
        (VsoPoint::Bedenktermijn, false) => tv(lang, voice,
            "Teken niet onder druk, en laat de overeenkomst eerst nakijken door het Juridisch Loket, je vakbond of een advocaat. Na het sluiten heb je 14 dagen bedenktijd, te tellen vanaf de dag dat de overeenkomst tot stand kwam (3 weken als de overeenkomst die bedenktijd niet noemt). Je kunt dan zonder reden schriftelijk ontbinden. Heb je in de 6 maanden daarvoor al zo een overeenkomst ontbonden, dan is er geen nieuwe bedenktijd (art. 7:670b BW).",
            "Noem in de overeenkomst de bedenktermijn: je werknemer kan binnen 14 dagen nadat de overeenkomst tot stand kwam zonder reden schriftelijk ontbinden. Noem je die niet, dan heeft hij 3 weken (art. 7:670b BW). Ontbindt hij, dan loopt het contract gewoon door. Geef hem tijd om advies te vragen.",
            "Do not sign under pressure, and have the agreement checked first by the Juridisch Loket, your union or a lawyer. After it is made you have 14 days to change your mind, counted from the day the agreement came into being (3 weeks if the agreement does not mention this right). You can then cancel it in writing without giving a reason. If you cancelled such an agreement in the 6 months before, there is no new cooling-off period (art. 7:670b BW).",
            "Mention the cooling-off period in the agreement: your employee can cancel it in writing without a reason within 14 days after the agreement came into being. If you do not mention it, they have 3 weeks (art. 7:670b BW). If they cancel, the contract simply continues. Give them time to get advice."),
        (VsoPoint::Bedenktermijn, true) => tv(lang, voice,
            "Je kunt de overeenkomst nog zonder reden ontbinden met een schriftelijke verklaring aan je werkgever, binnen 14 dagen nadat ze tot stand kwam. Dat kan eerder zijn dan het tekenen, bijvoorbeeld bij een akkoord per e-mail. Staat de bedenktermijn niet in de overeenkomst, dan heb je 3 weken (art. 7:670b BW). Vergelijk de bedragen hierboven en vraag meteen advies.",
            "Je werknemer kan de overeenkomst nog zonder reden ontbinden binnen 14 dagen nadat ze tot stand kwam, of binnen 3 weken als de bedenktermijn er niet in staat (art. 7:670b BW). Ontbindt hij, dan loopt het contract gewoon door. Wacht met de eindafrekening tot die termijn voorbij is.",
            "You can still cancel the agreement without a reason by a written statement to your employer, within 14 days after it came into being. That can be earlier than the signing, for example with an agreement by e-mail. If the cooling-off period is not in the agreement, you have 3 weeks (art. 7:670b BW). Compare the amounts above and get advice straight away.",
            "Your employee can still cancel the agreement without a reason within 14 days after it came into being, or within 3 weeks if the cooling-off period is not in it (art. 7:670b BW). If they cancel, the contract simply continues. Wait with the final settlement until that period has passed."),
        (VsoPoint::WwSafeWording, _) => tv(lang, voice,
            "Laat in de overeenkomst zetten dat het initiatief bij je werkgever lag en dat er geen dringende reden is (art. 24 WW).",
            "Schrijf in de overeenkomst dat het initiatief bij jou lag en dat er geen dringende reden is (art. 24 WW). Kies een einddatum die je opzegtermijn respecteert, anders begint de WW van je werknemer later (art. 16 WW).",
            "Have the agreement state that the initiative lay with your employer and that there is no urgent cause (art. 24 WW).",
            "Write in the agreement that the initiative lay with you and that there is no urgent cause (art. 24 WW). Choose an end date that respects your notice period, otherwise your employee's WW starts later (art. 16 WW)."),
        (VsoPoint::SickEmployeeRisk, _) => tv(lang, voice,
            "Een vaststellingsovereenkomst tijdens ziekte is riskant: zie hierboven wat het kost aan uitkeringen.",
            "Een vaststellingsovereenkomst met een zieke werknemer is riskant. Hij verliest zijn Ziektewet-uitkering en krijgt geen WW zolang hij ziek is; een zorgvuldige werknemer tekent daarom niet, of ontbindt binnen de bedenktermijn. Tot de einddatum blijven je plichten bij ziekte gelden: loon en re-integratie. Een werknemer die onder druk of zonder goed advies tekende, kan de overeenkomst soms later bij de rechter aantasten. Wacht liever tot na de wachttijd (104 weken plus een eventuele loonsanctie), of laat je werknemer eerst onafhankelijk advies vragen.",
            "A settlement agreement during sickness is risky: see above what it costs in benefits.",
            "A settlement agreement with a sick employee is risky. They lose their Sickness Benefit and get no WW while sick; a careful employee therefore does not sign, or cancels within the cooling-off period. Until the end date your duties during sickness remain: wage and re-integration. An employee who signed under pressure or without proper advice can sometimes challenge the agreement in court later. Better wait until after the waiting period (104 weeks plus any wage sanction), or let your employee get independent advice first."),
        (VsoPoint::CompareUnknownAmount, _) => tv(lang, voice,
            "Je weet het bedrag nog niet. Vergelijk het aanbod straks met de bedragen hierboven: de transitievergoeding op de einddatum en, als je ziek bent, het loon dat je anders tot het einde van de 104 weken krijgt.",
            "Het bedrag staat nog niet vast. Je werknemer zal het vergelijken met de bedragen hierboven: de transitievergoeding op de einddatum en, bij ziekte, het loon dat anders tot het einde van de 104 weken doorloopt.",
            "You do not know the amount yet. When you do, compare the offer with the amounts above: the transition payment on the end date and, if you are sick, the wage you would otherwise get until the end of the 104 weeks.",
            "The amount is not settled yet. Your employee will compare it with the amounts above: the transition payment on the end date and, during sickness, the wage that would otherwise continue until the end of the 104 weeks."),
        (VsoPoint::OtherTerms, _) => tv(lang, voice,
            "Kijk ook naar de rest van de overeenkomst: de einddatum, vrijstelling van werk, het vakantiegeld en de niet opgenomen vakantiedagen, outplacement of een opleidingsbudget, een vergoeding voor juridisch advies, het getuigschrift, en de finale kwijting (daarna kun je over het contract niets meer vorderen).",
            "Regel ook de rest van de overeenkomst: de einddatum, vrijstelling van werk, het vakantiegeld en de niet opgenomen vakantiedagen, outplacement of een opleidingsbudget, een vergoeding voor juridisch advies, het getuigschrift, en de finale kwijting.",
            "Also look at the rest of the agreement: the end date, release from work, holiday pay and untaken holiday, outplacement or a training budget, a contribution to legal advice, the reference, and the final discharge (finale kwijting: after it you can claim nothing more about the contract).",
            "Also arrange the rest of the agreement: the end date, release from work, holiday pay and untaken holiday, outplacement or a training budget, a contribution to legal advice, the reference, and the final discharge (finale kwijting)."),
    }
}

/// The situational route's choice in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderedStayOrLeave {
    pub heading: &'static str,
    pub intro: &'static str,
    pub stay_heading: &'static str,
    pub stay: Vec<String>,
    pub leave_heading: &'static str,
    pub leave: Vec<String>,
    pub closing: &'static str,
    pub sources: &'static [Source],
}

/// Staying until the 104 weeks end against leaving now, for the situational route.
pub fn render_stay_or_leave(s: &StayOrLeave, voice: Voice, lang: Lang) -> RenderedStayOrLeave {
    let until = s
        .wachttijd_end
        .map(|d| {
            let d = date(d, lang);
            t(
                lang,
                format!(", uiterlijk tot en met {d}"),
                format!(", at the latest up to and including {d}"),
            )
        })
        .unwrap_or_default();
    let ban = s
        .opzegverbod_end
        .map(|d| {
            let d = date(d, lang);
            t(lang, format!(" (tot {d})"), format!(" (until {d})"))
        })
        .unwrap_or_default();
    let stay = vec![
        tv(lang, voice,
            format!("Loon: je loon loopt door. Is het situatieve arbeidsongeschiktheid, dan je volle loon (art. 7:628 BW), zolang je meewerkt aan een oplossing. Ziet een rechter het toch als ziekte, dan 70% (art. 7:629 BW){until}."),
            format!("Loon: jij betaalt het loon door. Is het situatieve arbeidsongeschiktheid, dan het volle loon (art. 7:628 BW), zolang je werknemer meewerkt aan een oplossing. Ziet een rechter het toch als ziekte, dan 70% (art. 7:629 BW){until}."),
            format!("Wage: your wage continues. If it is situational unfitness, your full wage (art. 7:628 BW), as long as you cooperate in a solution. If a court sees it as sickness after all, 70% (art. 7:629 BW){until}."),
            format!("Wage: you keep paying the wage. If it is situational unfitness, the full wage (art. 7:628 BW), as long as your employee cooperates in a solution. If a court sees it as sickness after all, 70% (art. 7:629 BW){until}.")),
        tv(lang, voice,
            format!("Ontslag: zolang je ziek gemeld bent, mag je werkgever je in principe niet ontslaan (opzegverbod bij ziekte{ban}). Of dat verbod je ook beschermt nu de bedrijfsarts zegt dat je niet ziek bent, is niet zeker. Ontslag zonder je instemming kan in de regel alleen via UWV of de kantonrechter (behalve ontslag op staande voet), en dan heb je meestal recht op de transitievergoeding."),
            format!("Ontslag: zolang je werknemer ziek gemeld is, ga je uit van het opzegverbod bij ziekte{ban}. Of het ook beschermt nu de bedrijfsarts zegt dat hij niet ziek is, is niet zeker. Ontslag zonder zijn instemming kan in de regel alleen via UWV of de kantonrechter (behalve ontslag op staande voet), en dan meestal met de transitievergoeding."),
            format!("Dismissal: as long as you are reported sick, the ban on dismissal during sickness is the starting point{ban}. Whether it also protects you now the company doctor says you are not sick is not certain. Dismissal without your consent normally needs UWV or the subdistrict court (except summary dismissal), and you are then usually entitled to the transition payment."),
            format!("Dismissal: as long as your employee is reported sick, assume the ban on dismissal applies{ban}. Whether it also protects them now the company doctor says they are not sick is not certain. Dismissal without their consent normally needs UWV or the subdistrict court (except summary dismissal), and then usually with the transition payment.")),
        tv(lang, voice,
            "Uitkering later: word je later ontslagen en kun je je eigen soort werk doen, dan krijg je WW. Word je echt ziek, dan krijg je van je werkgever loon bij ziekte (art. 7:629 BW) en na 104 weken kun je een WIA-uitkering krijgen. Alleen als je contract eindigt terwijl je ziek bent, volgt de Ziektewet.",
            "Uitkering later: wordt je werknemer later ontslagen en kan hij zijn eigen soort werk doen, dan krijgt hij WW. Wordt hij echt ziek, dan krijgt hij van jou loon bij ziekte (art. 7:629 BW) en na 104 weken kan hij een WIA-uitkering krijgen. Alleen als zijn contract eindigt terwijl hij ziek is, volgt de Ziektewet.",
            "Benefits later: if you are dismissed later and can do your own kind of work, you get WW. If you really fall sick, your employer pays wage during sickness (art. 7:629 BW), and after 104 weeks you may get a WIA benefit. Only if your contract ends while you are sick does the Ziektewet take over.",
            "Benefits later: if your employee is dismissed later and can do their own kind of work, they get WW. If they really fall sick, you pay wage during sickness (art. 7:629 BW), and after 104 weeks they may get a WIA benefit. Only if their contract ends while they are sick does the Ziektewet take over.").to_string(),
        tv(lang, voice,
            "Oplossen: het conflict blijft. Je werkt mee aan gesprekken en mediation; dat kan zwaar zijn en lang duren.",
            "Oplossen: het conflict blijft. Je werkt aan gesprekken en mediation; dat kost tijd en geld, en de uitkomst is onzeker.",
            "Resolving: the conflict remains. You cooperate with talks and mediation; that can be hard and take long.",
            "Resolving: the conflict remains. You work on talks and mediation; that takes time and money, and the outcome is uncertain.").to_string(),
    ];
    let on = s
        .vso_end
        .map(|d| {
            let d = date(d, lang);
            t(
                lang,
                format!(" (volgens de overeenkomst {d})"),
                format!(" (under the agreement {d})"),
            )
        })
        .unwrap_or_default();
    let leave = vec![
        t(lang,
            format!("Loon: stopt op de einddatum{on}."),
            format!("Wage: stops on the end date{on}.")),
        tv(lang, voice,
            "Geld: wat jullie afspreken, in plaats van een wettelijke transitievergoeding. De wettelijke transitievergoeding is de gebruikelijke maatstaf.",
            "Geld: wat jullie afspreken, in plaats van een wettelijke transitievergoeding. Je werknemer zal het vergelijken met de wettelijke transitievergoeding.",
            "Money: what you agree, instead of a statutory transition payment. The statutory transition payment is the usual benchmark.",
            "Money: what you agree, instead of a statutory transition payment. Your employee will compare it with the statutory transition payment.").to_string(),
        tv(lang, voice,
            "Uitkering: WW, als je op de einddatum volgens de bedrijfsarts je eigen soort werk kunt doen en de overeenkomst zegt dat het initiatief bij je werkgever lag (art. 24 WW). Ben je op de einddatum toch ziek, dan weigert UWV de Ziektewet-uitkering (art. 45 lid 1 sub j Ziektewet) en krijg je geen WW (art. 19 lid 1 WW).",
            "Uitkering: WW voor je werknemer, als hij op de einddatum volgens de bedrijfsarts zijn eigen soort werk kan doen en de overeenkomst zegt dat het initiatief bij jou lag (art. 24 WW). Is hij op de einddatum toch ziek, dan weigert UWV de Ziektewet-uitkering (art. 45 lid 1 sub j Ziektewet) en krijgt hij geen WW (art. 19 lid 1 WW).",
            "Benefits: WW, if according to the company doctor you can do your own kind of work on the end date and the agreement says the initiative lay with your employer (art. 24 WW). If you are sick on the end date after all, UWV refuses the Sickness Benefit (art. 45(1)(j) Ziektewet) and you get no WW (art. 19(1) WW).",
            "Benefits: WW for your employee, if according to the company doctor they can do their own kind of work on the end date and the agreement says the initiative lay with you (art. 24 WW). If they are sick on the end date after all, UWV refuses the Sickness Benefit (art. 45(1)(j) Ziektewet) and they get no WW (art. 19(1) WW).").to_string(),
        tv(lang, voice,
            "Verder: de situatie waarin je niet kunt werken, ligt achter je. De re-integratie stopt; outplacement kun je in de overeenkomst afspreken.",
            "Verder: het conflict ligt achter jullie. De re-integratie stopt; outplacement kun je in de overeenkomst afspreken.",
            "Moving on: the situation in which you cannot work is behind you. Re-integration stops; outplacement can be agreed in the agreement.",
            "Moving on: the conflict is behind you both. Re-integration stops; outplacement can be agreed in the agreement.").to_string(),
    ];
    RenderedStayOrLeave {
        heading: tv(lang, voice,
            "Blijven tot na de 104 weken, of nu vertrekken?",
            "Blijft je werknemer tot na de 104 weken, of vertrekt hij nu?",
            "Stay until after the 104 weeks, or leave now?",
            "Does your employee stay until after the 104 weeks, or leave now?"),
        intro: tv(lang, voice,
            "De bedrijfsarts zegt dat je niet ziek bent, maar in deze situatie nu niet kunt werken. Zolang je ziek gemeld bent, zijn er twee wegen. Dit houd je bij elk van de twee.",
            "De bedrijfsarts zegt dat je werknemer niet ziek is, maar in deze situatie nu niet kan werken. Zolang hij ziek gemeld is, zijn er twee wegen. Dit houdt je werknemer bij elk van de twee, en dit betekent het voor jou.",
            "The company doctor says you are not sick, but cannot work in this situation now. As long as you are reported sick, there are two ways. This is what you keep with each.",
            "The company doctor says your employee is not sick, but cannot work in this situation now. As long as they are reported sick, there are two ways. This is what your employee keeps with each, and what it means for you."),
        stay_heading: tv(lang, voice,
            "Blijven: in dienst, en werken aan een oplossing",
            "Blijven: in dienst, en werken aan een oplossing",
            "Staying: employed, and working on a solution",
            "Staying: employed, and working on a solution"),
        stay,
        leave_heading: t(lang,
            "Nu vertrekken: met een vaststellingsovereenkomst",
            "Leaving now: with a settlement agreement"),
        leave,
        closing: tv(lang, voice,
            "Welke weg beter is, hangt af van je gezondheid, de kans dat het conflict wordt opgelost en het bedrag. Vraag advies voordat je kiest.",
            "Welke weg beter is, hangt af van de gezondheid van je werknemer, de kans dat het conflict wordt opgelost en het bedrag. Vraag advies voordat je iets voorstelt.",
            "Which way is better depends on your health, the chance that the conflict is resolved, and the amount. Get advice before you choose.",
            "Which way is better depends on your employee's health, the chance that the conflict is resolved, and the amount. Get advice before you propose anything."),
        sources: STAY_SOURCES,
    }
}
