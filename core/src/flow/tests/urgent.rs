//! Deadlines that are due now: a deadline within 14 days of today heads the outcome as
//! urgent ("vandaag", "morgen", "over N dagen", who acts and what to do); a step the
//! person said is done is never late, on the outcome, in the printed summary, in the link
//! to the calendar or in the calendar file; spoor 2 runs to the end of the wachttijd.
//!
//! Today is Sunday 22 November 2026 (`today()`); every date below is counted from it.

use super::*;
use crate::deeplink::parse_tijdlijn;
use crate::flow::outcome::{Urgent, UrgentWhat};
use crate::poortwachter::{Actor, MilestoneId, Status};
use crate::report::summary;

/// A sick person (`rol`) with first sick day `first`, and `pa` as the answer whether the
/// probleemanalyse was made; the rest of the sickness block unknown or "nee".
fn sick(rol: Opt, first: NaiveDate, pa: Opt) -> Answers {
    let mut a = answers(&format!(
        "rol={} ziek_nu=ja eerste_ziektedag={first} eerdere_ziekteperiode=nee \
         probleemanalyse_gedaan={} arbeidsdeskundig_onderzoek=nee oorzaak_werk_of_conflict=nee",
        rol.as_str(),
        pa.as_str()
    ));
    a.extend(script(
        "eigen_werk_mogelijk=weet_niet aangepast_werk_mogelijk=weet_niet \
         ander_werk_intern=weet_niet terugkeer_binnen_26_weken=weet_niet \
         eerstejaarsevaluatie_gedaan=weet_niet spoor2_gestart=weet_niet baan_eindigt=nee",
    ));
    a.extend(contract_block());
    a
}

fn steps(u: &[Urgent]) -> Vec<(MilestoneId, NaiveDate, i64)> {
    u.iter()
        .filter_map(|x| match x.what {
            UrgentWhat::Step { id, .. } => Some((id, x.date, x.days)),
            UrgentWhat::Warning(_) => None,
        })
        .collect()
}

#[test]
fn the_probleemanalyse_due_tomorrow_heads_the_advice() {
    // First sick day Tuesday 13 October 2026. Probleemanalyse: end of week 6 = day 42 =
    // 13 Oct + 41 days = Monday 23 November 2026 = today + 1. Plan van aanpak: day 56 =
    // 13 Oct + 55 days = 7 December = today + 15: one day past the 14-day window.
    let a = sick(Opt::Werknemer, d(2026, 10, 13), Opt::Nee);
    let o = outcome(&a, today());
    assert_eq!(
        steps(&o.urgent),
        vec![(MilestoneId::Probleemanalyse, d(2026, 11, 23), 1)]
    );
    assert!(matches!(
        o.urgent[0].what,
        UrgentWhat::Step {
            actor: Actor::Bedrijfsarts,
            ..
        }
    ));
    let nl = o.render(Lang::Nl);
    let u = &nl.urgent[0];
    assert_eq!(u.when, "morgen");
    assert_eq!(u.date, "maandag 23 november 2026");
    assert!(u.title.contains("Probleemanalyse"), "{u:?}");
    assert_eq!(u.who, Some("De bedrijfsarts"));
    assert!(!u.what.is_empty());
    assert!(u
        .line(Lang::Nl)
        .starts_with("Morgen (maandag 23 november 2026): "));
    let en = o.render(Lang::En);
    assert_eq!(en.urgent[0].when, "tomorrow");
    assert_eq!(en.urgent[0].date, "Monday 23 November 2026");
    // The same step stays the first of the next three deadlines.
    assert_eq!(o.next_deadlines[0].id, MilestoneId::Probleemanalyse);
    assert_eq!(o.next_deadlines[0].status, Status::DueSoon);
}

#[test]
fn today_and_in_n_days() {
    // First sick day Monday 12 October 2026: day 42 = 12 Oct + 41 = 22 November = today;
    // the plan van aanpak, day 56 = 6 December = today + 14, is the last day inside the
    // window.
    let o = outcome(&sick(Opt::Werkgever, d(2026, 10, 12), Opt::Nee), today());
    assert_eq!(
        steps(&o.urgent),
        vec![
            (MilestoneId::Probleemanalyse, today(), 0),
            (MilestoneId::PlanVanAanpak, d(2026, 12, 6), 14),
        ]
    );
    assert_eq!(o.render(Lang::Nl).urgent[0].when, "vandaag");
    assert_eq!(o.render(Lang::En).urgent[0].when, "today");

    // First sick day Thursday 4 December 2025: the end of week 52 (day 364 = 4 Dec 2025 +
    // 363 days) is Wednesday 2 December 2026 = today + 10, the last day of the
    // eerstejaarsevaluatie and the latest start of spoor 2.
    let mut a = sick(Opt::Werknemer, d(2025, 12, 4), Opt::Ja);
    a.extend(script(
        "plan_van_aanpak_gedaan=ja eigen_werk_mogelijk=nee aangepast_werk_mogelijk=nee \
         ander_werk_intern=nee eerstejaarsevaluatie_gedaan=nee spoor2_gestart=nee",
    ));
    let o = outcome(&a, today());
    assert_eq!(
        steps(&o.urgent),
        vec![
            (MilestoneId::EerstejaarsevaluatieEind, d(2026, 12, 2), 10),
            (MilestoneId::Spoor2StartUiterlijk, d(2026, 12, 2), 10),
        ]
    );
    let nl = o.render(Lang::Nl);
    assert_eq!(nl.urgent[0].when, "over 10 dagen");
    assert_eq!(nl.urgent[0].who, Some("Jij en je werkgever samen"));
    assert_eq!(nl.urgent[1].who, Some("Je werkgever"));
    assert_eq!(o.render(Lang::En).urgent[0].when, "in 10 days");
    // The employer reads the same deadlines in its own voice.
    a.insert(Q::Rol, c(Opt::Werkgever));
    a.remove(&Q::ZelfstandigInkomen);
    a.insert(Q::Eigenrisicodrager, c(Opt::Nee));
    let wg = outcome(&a, today()).render(Lang::Nl);
    assert_eq!(wg.urgent[0].who, Some("Jij en je werknemer samen"));
    assert_eq!(wg.urgent[1].who, Some("Jij, als werkgever"));

    // Both steps done: nothing is urgent, and neither is among the next deadlines.
    a.insert(Q::EerstejaarsevaluatieGedaan, c(Opt::Ja));
    a.insert(Q::Spoor2Gestart, c(Opt::JaReintegratiebedrijf));
    let o = outcome(&a, today());
    assert!(o.urgent.is_empty(), "{:?}", o.urgent);
    assert!(!o.next_deadlines.iter().any(|x| matches!(
        x.id,
        MilestoneId::EerstejaarsevaluatieEind | MilestoneId::Spoor2StartUiterlijk
    )));
}

#[test]
fn a_step_said_done_is_never_late_nor_due() {
    // The probleemanalyse of the first test (due tomorrow), now answered "ja".
    let a = sick(Opt::Werkgever, d(2026, 10, 13), Opt::Ja);
    let o = outcome(&a, today());
    assert!(o.urgent.is_empty(), "{:?}", o.urgent);
    assert!(o
        .next_deadlines
        .iter()
        .all(|x| x.id != MilestoneId::Probleemanalyse));
    // The calendar link carries the done steps; the calendar reads them back.
    let href = o.calendar_href.clone().unwrap();
    assert_eq!(
        href,
        "#/tijdlijn?periode=2026-10-13..&gedaan=ziekmelding_bedrijfsarts,probleemanalyse"
    );
    let (link, notices) = parse_tijdlijn(crate::deeplink::hash_query(&href));
    assert!(notices.is_empty());
    assert_eq!(
        link.done,
        vec![
            MilestoneId::ZiekmeldingBedrijfsarts,
            MilestoneId::Probleemanalyse
        ]
    );
    // The printed summary says "gedaan".
    let r = summary::build(&a, today(), Lang::Nl, None);
    let row = r
        .calendar
        .iter()
        .find(|row| row.title.starts_with("Probleemanalyse"))
        .unwrap();
    assert_eq!(row.status, "gedaan");
}

#[test]
fn only_steps_answered_nee_are_late_in_the_summary() {
    // First sick day Monday 2 June 2025: by today every step of the first year has passed.
    // The probleemanalyse and the plan were made; the eerstejaarsevaluatie was not.
    let mut a = sick(Opt::Werknemer, d(2025, 6, 2), Opt::Ja);
    a.extend(script(
        "plan_van_aanpak_gedaan=ja eerstejaarsevaluatie_gedaan=nee",
    ));
    let sit = crate::flow::derive(&a, today());
    let status = |id: MilestoneId| {
        sit.sickness
            .as_ref()
            .unwrap()
            .timeline
            .milestones
            .iter()
            .find(|m| m.id == id)
            .unwrap()
            .status
    };
    assert_eq!(status(MilestoneId::Probleemanalyse), Status::Done);
    assert_eq!(status(MilestoneId::PlanVanAanpak), Status::Done);
    assert_eq!(status(MilestoneId::ZiekmeldingBedrijfsarts), Status::Done);
    assert_eq!(
        status(MilestoneId::EerstejaarsevaluatieEind),
        Status::Overdue
    );
    // Nobody asked about the evaluations or the week-42 report: past, not late.
    assert_eq!(status(MilestoneId::Evaluatie(1)), Status::Past);
    assert_eq!(status(MilestoneId::Melding42eWeek), Status::Past);
    let r = summary::build(&a, today(), Lang::Nl, None);
    let late: Vec<&str> = r
        .calendar
        .iter()
        .filter(|row| row.status == "te laat")
        .map(|row| row.title.as_str())
        .collect();
    assert_eq!(late.len(), 1, "{late:?}");
    assert!(late[0].starts_with("Eerstejaarsevaluatie"), "{late:?}");
}

#[test]
fn a_dated_warning_within_14_days_is_urgent_too() {
    // Not sick; the contract ended on Thursday 27 August 2026. The claim deadline is three
    // months later, 27 November 2026 = today + 5.
    let a = given(&reorganisation_ends(d(2026, 8, 27)));
    let o = outcome(&a, today());
    assert_eq!(o.urgent.len(), 1, "{:?}", o.urgent);
    let u = &o.urgent[0];
    assert_eq!(u.what, UrgentWhat::Warning(WarningKind::TvClaimDeadline));
    assert_eq!((u.date, u.days), (d(2026, 11, 27), 5));
    let nl = o.render(Lang::Nl);
    let u = &nl.urgent[0];
    assert_eq!((u.when.as_str(), u.who), ("over 5 dagen", Some("Jij")));
    assert!(u.what.contains("Juridisch Loket"), "{u:?}");
    assert!(u.title.contains("transitievergoeding"));
    // A day later than the window: not urgent.
    let later = given(&reorganisation_ends(d(2026, 9, 7)));
    assert!(outcome(&later, today()).urgent.is_empty());
}

#[test]
fn spoor_2_runs_to_the_end_of_the_wachttijd_not_to_the_wia_application() {
    // First sick day 4 December 2025: the 104 weeks end on day 728 = 4 Dec 2025 + 727
    // days = Wednesday 1 December 2027.
    let mut a = sick(Opt::Werkgever, d(2025, 12, 4), Opt::Ja);
    a.extend(script(
        "plan_van_aanpak_gedaan=ja eigen_werk_mogelijk=nee aangepast_werk_mogelijk=nee \
         ander_werk_intern=nee eigenrisicodrager=nee",
    ));
    let o = outcome(&a, today());
    let card = o.card(AdviceRoute::Spoor2).unwrap();
    assert_eq!(card.timing.unwrap().runs_until, d(2027, 12, 1));
    for (lang, date, week) in [
        (Lang::Nl, "1 december 2027", "week 104"),
        (Lang::En, "1 December 2027", "week 104"),
    ] {
        let r = o.render(lang);
        let timing = r.routes[0].timing.join(" ");
        assert!(timing.contains(date) && timing.contains(week), "{timing}");
        let all: String = r
            .routes
            .iter()
            .flat_map(|c| c.timing.iter().cloned())
            .chain(r.duties.iter().map(|d| d.to_string()))
            .collect::<Vec<_>>()
            .join(" ");
        for wrong in ["tot de WIA-aanvraag", "until the WIA application"] {
            assert!(!all.contains(wrong), "{wrong}: {all}");
        }
        assert!(
            r.duties.iter().any(|d| d.contains("week 104")),
            "{:?}",
            r.duties
        );
    }
}
