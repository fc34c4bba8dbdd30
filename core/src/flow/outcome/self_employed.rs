//! The advice for the self-employed.

use super::*;

/// The outcome for the self-employed (`rol = zelfstandige`): no employer and no
/// poortwachter, so no duties, calendar or transitievergoeding. What they read: their
/// situation, the three ways to be covered (an AOV with its choices, a broodfonds, UWV's
/// voluntary insurance, each with what the answers say), the last day for UWV's voluntary
/// insurance when the 13 weeks still run, the BAZ from the register, help and the income
/// projection in zzp mode (docs/law/zelfstandigen.md).
pub(super) fn self_employed(z: &SelfEmployment, today: NaiveDate, out: &mut Outcome) {
    match z.sick_since {
        Some(first) => out.summary.push(Summary::ZelfstandigeZiekSinds { first }),
        None => out.summary.push(Summary::Zelfstandige),
    }
    out.summary.push(Summary::ZelfstandigeDekking {
        aov: z.aov,
        broodfonds: z.broodfonds,
        uwv: z.uwv_voluntary,
    });
    let mut aov = vec![match z.aov {
        Some(true) => Why::AovJa(z.aov_waiting_days),
        Some(false) => Why::AovNee,
        None => Why::AovOnbekend,
    }];
    if let (Some(true), Some(from)) = (z.aov, z.aov_pays_from) {
        aov.push(Why::AovBetaaltVanaf(from));
    }
    let broodfonds = vec![if z.broodfonds {
        Why::BroodfondsJa
    } else {
        Why::BroodfondsNee
    }];
    let uwv = vec![
        match (z.uwv_voluntary, z.recently_insured, z.uwv_deadline) {
            (Some(true), _, _) => Why::UwvVrijwilligJa,
            (_, _, Some(d)) if today <= d => Why::UwvTermijnLoopt(d),
            (_, _, Some(d)) => Why::UwvTermijnVoorbij(d),
            (_, Some(false), None) => Why::UwvNietRecentVerzekerd,
            (_, _, None) => Why::UwvOnbekend,
        },
    ];
    for (route, why) in [
        (AdviceRoute::Aov, aov),
        (AdviceRoute::Broodfonds, broodfonds),
        (AdviceRoute::UwvVrijwillig, uwv),
    ] {
        out.routes.push(RouteCard {
            route,
            why,
            timing: None,
        });
    }
    // The 13 weeks for UWV's voluntary insurance still run: the last day, at the top
    // when it is within 14 days.
    if z.uwv_voluntary != Some(true) && z.uwv_window_open(today) {
        out.warnings.push(Warning {
            kind: WarningKind::UwvVoluntaryDeadline,
            date: z.uwv_deadline,
        });
    }
    out.pending_law.push(PendingNotice {
        id: PendingLawId::Baz,
        meaning: PendingMeaning::General,
    });
    out.help = vec![Help::Uwv, Help::FinancieelAdviseur, Help::JuridischLoket];
    out.tools = vec![
        ToolLink {
            tool: Tool::Inkomen,
            href: crate::flow::links::self_employed_income_href(z),
        },
        ToolLink {
            tool: Tool::Uitleg,
            href: "#/uitleg/inkomen-en-verzekering".to_string(),
        },
    ];
    out.urgent = urgent(None, &out.warnings, today);
}
