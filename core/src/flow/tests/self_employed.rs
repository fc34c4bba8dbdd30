//! The self-employed (`rol = zelfstandige`): their own questions, none of the employee's
//! or employer's; an outcome with the AOV's choices, the broodfonds, UWV's voluntary
//! insurance and its last day, the BAZ from the register, and the income page in zzp mode.
//!
//! Today is Sunday 22 November 2026 (`today()`); every date below is counted from it.

use super::*;
use crate::flow::outcome::{Summary, Tool, UrgentWhat};
use crate::flow::situation::derive;
use crate::form_model::inkomen as income_form;
use crate::pending_law::PendingLawId;
use crate::text::pending_law::status_label;

/// Ill since Monday 2 November 2026 (20 days ago), an AOV with a waiting period of 30
/// days, in a broodfonds, not voluntarily insured with UWV; the last day of the previous
/// job was Tuesday 1 September 2026.
fn sick_with_aov() -> Vec<(Q, Answer)> {
    script(
        "rol=zelfstandige zzp_ziek=ja zzp_eerste_ziektedag=2026-11-02 zzp_jaarwinst=48000 \
         zzp_aov=ja zzp_aov_bedrag=36000 zzp_aov_eigenrisico=30 zzp_broodfonds=ja \
         zzp_uwv_vrijwillig=nee zzp_verplicht_verzekerd=ja zzp_einde_verplicht=2026-09-01",
    )
}

/// Not ill, nothing arranged, no job or benefit in the past year.
fn not_sick_uncovered() -> Vec<(Q, Answer)> {
    script(
        "rol=zelfstandige zzp_ziek=nee zzp_jaarwinst=weet_niet zzp_aov=nee zzp_broodfonds=nee \
         zzp_uwv_vrijwillig=nee zzp_verplicht_verzekerd=nee",
    )
}

#[test]
fn the_self_employed_answer_only_their_own_questions() {
    assert_path(&sick_with_aov());
    assert_path(&not_sick_uncovered());
    // Voluntarily insured with UWV: the questions about the 13 weeks are skipped.
    assert_path(&script(
        "rol=zelfstandige zzp_ziek=nee zzp_jaarwinst=30000 zzp_aov=weet_niet \
         zzp_broodfonds=nee zzp_uwv_vrijwillig=ja",
    ));
    // No question of the employee's or the employer's block is ever reached.
    let rel = relevant(&given(&sick_with_aov()));
    assert!(
        rel.iter()
            .all(|(q, _)| *q == Q::Rol
                || q.section() == crate::flow::questions::Section::Zelfstandige)
    );
    // The employee and the employer never reach the self-employed's block.
    let employee = relevant(&given(&sick_employee_spoor2()));
    assert!(!employee
        .iter()
        .any(|(q, _)| q.section() == crate::flow::questions::Section::Zelfstandige));
}

#[test]
fn ill_with_an_aov_the_days_and_the_last_day_for_uwv() {
    let a = given(&sick_with_aov());
    let sit = derive(&a, today());
    let z = sit.self_employed.expect("self-employed facts");
    assert!(!sit.informatie && sit.sickness.is_none() && sit.employment.contract.is_none());
    // 2 November + 30 days: the AOV can pay from Wednesday 2 December 2026.
    assert_eq!(z.aov_pays_from, Some(d(2026, 12, 2)));
    // 1 September + 13 weeks (91 days): Tuesday 1 December 2026, 9 days from today.
    assert_eq!(z.uwv_deadline, Some(d(2026, 12, 1)));
    assert!(z.uwv_window_open(today()) && z.has_cover());

    let o = outcome(&a, today());
    assert_eq!(o.voice, Voice::Werknemer);
    assert_eq!(
        o.summary,
        vec![
            Summary::ZelfstandigeZiekSinds {
                first: d(2026, 11, 2)
            },
            Summary::ZelfstandigeDekking {
                aov: Some(true),
                broodfonds: true,
                uwv: Some(false)
            }
        ]
    );
    let routes: Vec<AdviceRoute> = o.routes.iter().map(|r| r.route).collect();
    assert_eq!(
        routes,
        vec![
            AdviceRoute::Aov,
            AdviceRoute::Broodfonds,
            AdviceRoute::UwvVrijwillig
        ]
    );
    assert_eq!(
        o.routes[0].why,
        vec![Why::AovJa(Some(30)), Why::AovBetaaltVanaf(d(2026, 12, 2))]
    );
    assert_eq!(o.routes[2].why, vec![Why::UwvTermijnLoopt(d(2026, 12, 1))]);
    // No employer's world: no duties, no poortwachter calendar, no transitievergoeding.
    assert!(o.duties.is_empty() && o.next_deadlines.is_empty());
    assert!(o.calendar_href.is_none() && o.tv_inputs.is_none());
    // The last day for UWV's voluntary insurance heads the advice: in 9 days.
    assert_eq!(o.urgent.len(), 1);
    let u = &o.urgent[0];
    assert_eq!(
        u.what,
        UrgentWhat::Warning(WarningKind::UwvVoluntaryDeadline)
    );
    assert_eq!((u.date, u.days), (d(2026, 12, 1), 9));

    let nl = o.render(Lang::Nl);
    let u = &nl.urgent[0];
    assert_eq!(u.when, "over 9 dagen");
    assert_eq!(u.date, "dinsdag 1 december 2026");
    assert!(u.what.contains("uiterlijk op 1 december 2026"), "{u:?}");
    assert_eq!(
        nl.summary,
        vec![
            "Je werkt als zelfstandige en kunt sinds 2 november 2026 door ziekte niet of minder werken.".to_string(),
            "Voor als je door ziekte niet kunt werken, heb je een arbeidsongeschiktheidsverzekering (AOV) en een broodfonds.".to_string(),
        ]
    );
    let aov = &nl.routes[0];
    assert_eq!(
        aov.why[0],
        "Je hebt een AOV met een eigenrisicotermijn van 30 dagen."
    );
    assert!(
        aov.why[1].contains("vanaf ongeveer 2 december 2026"),
        "{:?}",
        aov.why
    );
    // The AOV's four choices, each with its effect on the price.
    for word in [
        "beroepsarbeidsongeschiktheid",
        "eigenrisicotermijn",
        "eindleeftijd",
        "premie",
    ] {
        assert!(aov.next.iter().any(|l| l.contains(word)), "{word}");
    }
    assert!(aov
        .sources
        .iter()
        .any(|s| s.url.is_some_and(|u| u.contains("kvk.nl"))));
    assert!(nl.routes[2].why[0].contains("uiterlijk ongeveer 1 december 2026"));
    let en = o.render(Lang::En);
    assert_eq!(en.urgent[0].when, "in 9 days");
    assert_eq!(en.urgent[0].date, "Tuesday 1 December 2026");

    // The BAZ's status is the register's, whatever it is.
    assert_eq!(o.pending_law.len(), 1);
    assert_eq!(o.pending_law[0].id, PendingLawId::Baz);
    assert_eq!(
        nl.pending_law[0].label,
        status_label(PendingLawId::Baz.entry().status, Lang::Nl)
    );

    // The income page in zzp mode, pre-filled, read back by the page's own reader.
    let href = tool_href(&o, Tool::Inkomen);
    assert_eq!(
        href,
        "#/inkomen?zzp=1&ziek=2026-11-02&jaarloon=48000.00&aov=36000.00&aov_wacht=30"
    );
    assert_eq!(
        nl.money.income.as_ref().map(|(_, h)| h.as_str()),
        Some(href)
    );
    let query = href.split_once('?').map(|(_, q)| q).unwrap_or_default();
    let (f, notices) = income_form::parse_query(query);
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(f.worker, income_form::WorkerKind::SelfEmployed);
    assert_eq!(f.situation, income_form::Situation::Sick);
    assert_eq!((f.aov.as_str(), f.aov_waiting.as_str()), ("36000.00", "30"));
}

#[test]
fn not_ill_and_nothing_arranged() {
    let o = outcome(&given(&not_sick_uncovered()), today());
    assert_eq!(o.summary[0], Summary::Zelfstandige);
    assert_eq!(
        o.routes.iter().map(|r| r.why.clone()).collect::<Vec<_>>(),
        vec![
            vec![Why::AovNee],
            vec![Why::BroodfondsNee],
            vec![Why::UwvNietRecentVerzekerd]
        ]
    );
    // No date to act on: nothing urgent, no warning.
    assert!(o.urgent.is_empty() && o.warnings.is_empty());
    let nl = o.render(Lang::Nl);
    assert!(nl.summary[1].starts_with("Volgens je antwoorden heb je niets geregeld"));
    assert!(nl.routes[2].why[0].contains("kun je je niet vrijwillig bij UWV verzekeren"));
    assert_eq!(tool_href(&o, Tool::Inkomen), "#/inkomen?zzp=1");
}

#[test]
fn the_13_weeks_over_or_not_yet_known() {
    // The job ended on 1 August 2026: 1 August + 91 days = 31 October 2026, past.
    let mut a = given(&sick_with_aov());
    a.insert(Q::ZzpEindeVerplicht, Answer::Date(d(2026, 8, 1)));
    let o = outcome(&a, today());
    assert_eq!(
        o.routes[2].why,
        vec![Why::UwvTermijnVoorbij(d(2026, 10, 31))]
    );
    assert!(o.urgent.is_empty());
    assert!(!o
        .warnings
        .iter()
        .any(|w| w.kind == WarningKind::UwvVoluntaryDeadline));
    // The end date not known: ask UWV, no date.
    a.insert(Q::ZzpEindeVerplicht, Answer::Unknown);
    let o = outcome(&a, today());
    assert_eq!(o.routes[2].why, vec![Why::UwvOnbekend]);
    // Not sure about the AOV: the summary says so, and does not call the person uncovered.
    let mut b = given(&not_sick_uncovered());
    b.insert(Q::ZzpAov, Answer::Unknown);
    let nl = outcome(&b, today()).render(Lang::Nl);
    assert_eq!(
        nl.summary[1],
        "Volgens je antwoorden heb je niets zeker geregeld voor als je door ziekte niet kunt werken. Er is geen verplichte verzekering voor zelfstandigen. Of je een arbeidsongeschiktheidsverzekering (AOV) hebt, weet je niet zeker: kijk het na in je polissen of vraag het na."
    );
    b.insert(Q::ZzpBroodfonds, c(Opt::Ja));
    b.insert(Q::ZzpUwvVrijwillig, Answer::Unknown);
    let en = outcome(&b, today()).render(Lang::En);
    assert_eq!(
        en.summary[1],
        "For when illness stops you from working, you have a broodfonds. You are not sure whether you have disability insurance (AOV) or UWV's voluntary insurance: check your policies or ask."
    );
    // Already voluntarily insured: no deadline, whatever the older answers say.
    a.insert(Q::ZzpEindeVerplicht, Answer::Date(d(2026, 9, 1)));
    a.insert(Q::ZzpUwvVrijwillig, c(Opt::Ja));
    let o = outcome(&a, today());
    assert_eq!(o.routes[2].why, vec![Why::UwvVrijwilligJa]);
    assert!(o.urgent.is_empty() && o.warnings.is_empty());
}
