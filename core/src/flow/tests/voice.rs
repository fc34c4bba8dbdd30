//! The voice is always right: the employer never reads words that speak to the employee
//! about "je werkgever" or "je contract" (or "I was better"), and the employee never reads
//! words that speak to the employer about "je werknemer". This walks every text a voice
//! can be shown: the questions and their options, the outcome's headings, cards, reasons,
//! duties, warnings, help, money and urgent deadlines, the transitievergoeding's reasons,
//! explanation lines and uncertainty notes, the section titles, and the whole rendered
//! outcome of the scripted situations in both voices.

use super::*;
use crate::flow::outcome::{
    Duty, Help, Money, Summary, Tool, TvOutcome, Urgent, UrgentWhat, Warning,
};
use crate::flow::Voice;
use crate::poortwachter::{Actor, MilestoneId};
use crate::text::flow::outcome::{
    actor_for_reader, duty_text, help_text, render_money, render_urgent, route_text, summary_text,
    timing_text, warning_text, why_text, OutcomeText, RenderedOutcome,
};
use crate::text::flow::{option_label, question_text, section_title};
use crate::text::transitievergoeding::{line_text, reason_text, uncertainty_text};
use crate::transitievergoeding::explain::{Line, ReasonCode, Uncertainty};
use crate::transitievergoeding::{calculate, TvInput, Wage};

/// Phrases that address the employee about their employer, contract, wage or illness, or
/// speak as the employee ("was ik"): never for the employer's eyes.
const NOT_FOR_EMPLOYER: &[&str] = &[
    "je werkgever",
    "jouw werkgever",
    "je eigen werkgever",
    "je contract",
    "jouw contract",
    "je loon",
    "je ziekte",
    "ben je ziek",
    "je bent ziek",
    "was ik",
    "mijn werk",
    "mijn werkgever",
    "ik zelf",
    "je uitkering",
    "je ziektewet-uitkering",
    "je ww",
    "je wia",
    "your employer",
    "your own employer",
    "your contract",
    "your wage",
    "your illness",
    "your sickness",
    "you are sick",
    "your benefit",
    "your sickness benefit",
    "i was",
    "my work",
    "my employer",
];

/// Phrases that address the employer about their employee: never for the employee.
const NOT_FOR_EMPLOYEE: &[&str] = &[
    "je werknemer",
    "jouw werknemer",
    "mijn werknemer",
    "ik, als werkgever",
    "jij, als werkgever",
    "your employee",
    "my employee",
    "you, as the employer",
];

/// Does `text` contain `phrase` as whole words (case-insensitive)?
fn has_phrase(text: &str, phrase: &str) -> bool {
    let text = text.to_lowercase();
    let mut from = 0;
    while let Some(i) = text.get(from..).and_then(|t| t.find(phrase)) {
        let start = from + i;
        let end = start + phrase.len();
        let before = text[..start].chars().next_back();
        let after = text[end..].chars().next();
        let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
        if boundary(before) && boundary(after) {
            return true;
        }
        from = end;
    }
    false
}

/// Every text fails the voice check at most once per phrase, with the text shown.
fn check(voice: Voice, where_: &str, text: &str, problems: &mut Vec<String>) {
    let wrong = match voice {
        Voice::Werkgever => NOT_FOR_EMPLOYER,
        Voice::Werknemer => NOT_FOR_EMPLOYEE,
    };
    for p in wrong {
        if has_phrase(text, p) {
            problems.push(format!("{voice:?} {where_}: \"{p}\" in: {text}"));
        }
    }
}

fn check_outcome(voice: Voice, where_: &str, r: &RenderedOutcome, problems: &mut Vec<String>) {
    let mut all: Vec<String> = Vec::new();
    all.push(r.title.to_string());
    all.extend(r.summary.iter().cloned());
    all.extend(r.duties.iter().map(|d| d.to_string()));
    for c in &r.routes {
        all.push(c.title.to_string());
        all.extend(c.why.iter().cloned());
        all.extend(c.timing.iter().cloned());
        all.extend(c.next.iter().map(|s| s.to_string()));
        all.push(c.who_pays.to_string());
        all.extend(c.employee_must.iter().map(|s| s.to_string()));
        all.extend(c.conditions.iter().map(|s| s.to_string()));
        all.extend(c.risks.iter().map(|s| s.to_string()));
        all.push(c.legal_basis.to_string());
        all.extend(c.uncertain.map(String::from));
    }
    for w in &r.warnings {
        all.push(w.text.title.to_string());
        all.push(w.text.consequence.clone());
        all.push(w.text.action.clone());
    }
    for p in &r.pending_law {
        all.push(p.changes.to_string());
        all.extend(p.meaning.clone());
    }
    all.extend(r.help.iter().map(|h| format!("{}: {}", h.name, h.what)));
    all.extend(r.tools.iter().map(|(l, _)| l.to_string()));
    all.extend(r.urgent.iter().map(|u| u.line(Lang::Nl)));
    all.extend(r.money.lines.iter().cloned());
    all.extend(r.money.uncertain.iter().cloned());
    for t in all {
        check(voice, where_, &t, problems);
    }
}

/// The employer's version of an employee's scripted answers.
fn as_employer(a: &[(Q, Answer)]) -> Answers {
    let mut a: Answers = a.iter().copied().collect();
    a.insert(Q::Rol, c(Opt::Werkgever));
    a.remove(&Q::ZelfstandigInkomen);
    a.insert(Q::Eigenrisicodrager, c(Opt::Nee));
    a
}

#[test]
fn the_phrase_matcher_finds_whole_words_only() {
    assert!(has_phrase("Betaalt je werkgever niet?", "je werkgever"));
    assert!(has_phrase("Your Employer pays.", "your employer"));
    assert!(!has_phrase("je werkgevers", "je werkgever"));
    assert!(!has_phrase("bij je loondoorbetaling", "je loon"));
    let mut p = Vec::new();
    check(
        Voice::Werkgever,
        "probe",
        "Je werkgever beëindigt je contract",
        &mut p,
    );
    assert_eq!(p.len(), 2, "{p:?}");
}

#[test]
fn every_text_speaks_in_the_readers_voice() {
    let mut problems = Vec::new();
    let day = d(2027, 4, 30);
    for voice in [Voice::Werknemer, Voice::Werkgever] {
        for lang in [Lang::Nl, Lang::En] {
            let mut check_here = |place: &str, text: &str| check(voice, place, text, &mut problems);
            // The interview. The self-employed's block is only asked with `rol =
            // zelfstandige`, who is addressed as "je" about their own work; an employer
            // never reaches it.
            for q in Q::ALL.into_iter().filter(|q| {
                voice == Voice::Werknemer
                    || q.section() != crate::flow::questions::Section::Zelfstandige
            }) {
                let qt = question_text(q, voice, lang);
                for s in [qt.heading, qt.help, qt.short].into_iter().chain(qt.hint) {
                    check_here(&format!("question {q}"), s);
                }
                for o in q.question().options() {
                    let l = option_label(q, *o, voice, lang);
                    check_here(&format!("option {q}/{o:?}"), l);
                }
                check_here("section", section_title(q.section(), voice, lang));
            }
            // The outcome's fixed texts.
            for &u in OUTCOME_TEXTS {
                check_here(&format!("{u:?}"), u.text(voice, lang));
            }
            for &r in ROUTES {
                let rt = route_text(r, voice, lang);
                let mut parts = vec![rt.title, rt.who_pays, rt.legal_basis];
                parts.extend(rt.next.iter().copied());
                parts.extend(rt.employee_must.iter().copied());
                parts.extend(rt.conditions.iter().copied());
                parts.extend(rt.risks.iter().copied());
                parts.extend(rt.uncertain);
                for p in parts {
                    check_here(&format!("card {r:?}"), p);
                }
            }
            for w in whys() {
                check_here(&format!("why {w:?}"), &why_text(&w, voice, lang));
            }
            for &k in WARNINGS {
                let w = warning_text(
                    &Warning {
                        kind: k,
                        date: Some(day),
                    },
                    voice,
                    lang,
                );
                for t in [w.title.to_string(), w.consequence, w.action] {
                    check_here(&format!("warning {k:?}"), &t);
                }
            }
            for h in HELP {
                let t = help_text(h, voice, lang);
                check_here(&format!("help {h:?}"), t.what);
                check_here(&format!("help {h:?}"), t.name);
            }
            // Duties are the reader's own: the employer's for the employer.
            for duty in DUTIES.iter().filter(|d| duty_voice(**d) == voice) {
                check_here(&format!("{duty:?}"), duty_text(*duty, lang));
            }
            for a in ACTORS {
                check_here("actor", actor_for_reader(a, voice, lang));
            }
            for s in summaries() {
                check_here("summary", &summary_text(&s, voice, lang));
            }
            // The transitievergoeding: verdicts, explanation lines and notes.
            for reason in REASONS {
                check_here(
                    &format!("reason {reason:?}"),
                    reason_text(reason, voice, lang),
                );
            }
            for line in tv_lines() {
                check_here(&format!("line {line:?}"), &line_text(line, voice, lang));
            }
            for u in uncertainties() {
                check_here(
                    &format!("uncertain {u:?}"),
                    &uncertainty_text(u, voice, lang),
                );
            }
            for m in moneys() {
                let r = render_money(&m, Some("#/inkomen"), voice, lang);
                for l in r.lines.iter().chain(r.uncertain.iter()) {
                    check_here("money", l);
                }
            }
            for u in urgents(day) {
                let r = render_urgent(&u, voice, lang);
                check_here("urgent", &r.line(lang));
            }
            let timing = crate::flow::outcome::Spoor2Timing {
                evaluation_from: day,
                latest_start: day,
                started: Some(false),
                late: true,
                runs_until: day,
            };
            for t in timing_text(&timing, lang) {
                check_here("timing", &t);
            }
        }
    }
    // Whole outcomes of the scripted situations, in both voices.
    let scripts: Vec<(&str, Vec<(Q, Answer)>)> = vec![
        ("spoor 2", sick_employee_spoor2()),
        ("conflict, situational", sick_in_conflict(c(Opt::Situatief))),
        ("conflict, sick", sick_in_conflict(c(Opt::Ziek))),
        (
            "job ends",
            not_sick_job_ends(
                Opt::Reorganisatie,
                d(2026, 12, 31),
                Opt::Aangeboden,
                Opt::UitTransitievergoeding,
            ),
        ),
        (
            "fixed term",
            not_sick_job_ends(Opt::TijdelijkContract, d(2026, 12, 31), Opt::Nee, Opt::Nee),
        ),
    ];
    for (name, script) in scripts {
        let employee: Answers = script.iter().copied().collect();
        for (voice, a) in [
            (Voice::Werknemer, employee.clone()),
            (Voice::Werkgever, as_employer(&script)),
        ] {
            let o = outcome(&a, today());
            assert_eq!(o.voice, voice);
            for lang in [Lang::Nl, Lang::En] {
                check_outcome(voice, name, &o.render(lang), &mut problems);
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} texts in the wrong voice:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

fn duty_voice(d: Duty) -> Voice {
    use Duty::*;
    match d {
        WgZiekmeldingArbodienst
        | WgLoondoorbetaling
        | WgProbleemanalyse
        | WgPlanVanAanpak
        | WgEvaluaties
        | Wg42eWeeksmelding
        | WgEerstejaarsevaluatie
        | WgSpoor2
        | WgReIntegratieverslag
        | WgTransitievergoeding
        | WgOutplacementSchriftelijk
        | WgSlapendXella
        | WgSlapendCompensatie
        | WgZiekmeldingEindeContract
        | WgReIntegratieverslagEinde
        | WgEigenrisicodragerZw => Voice::Werkgever,
        WnMeewerken | WnPlanVanAanpak | WnPassendWerk | WnLogboek | WnWiaAanvraag
        | WnSlapendVoorstel | WnZiekmeldingUwv => Voice::Werknemer,
    }
}

const DUTIES: [Duty; Duty::ALL.len()] = Duty::ALL;

const ACTORS: [Actor; 5] = [
    Actor::Werkgever,
    Actor::Werknemer,
    Actor::WerkgeverEnWerknemer,
    Actor::Bedrijfsarts,
    Actor::Uwv,
];

const HELP: [Help; Help::ALL.len()] = Help::ALL;

const ROUTES: &[AdviceRoute] = &AdviceRoute::ALL;

const WARNINGS: &[WarningKind] = &WarningKind::ALL;

const OUTCOME_TEXTS: &[OutcomeText] = &[
    OutcomeText::Title,
    OutcomeText::UrgentHeading,
    OutcomeText::UrgentWho,
    OutcomeText::SummaryHeading,
    OutcomeText::DutiesHeading,
    OutcomeText::RoutesHeading,
    OutcomeText::DeadlinesHeading,
    OutcomeText::MoneyHeading,
    OutcomeText::WarningsHeading,
    OutcomeText::HelpHeading,
    OutcomeText::SaveHeading,
    OutcomeText::Why,
    OutcomeText::WhatNext,
    OutcomeText::WhoPays,
    OutcomeText::EmployeeMust,
    OutcomeText::Conditions,
    OutcomeText::Risks,
    OutcomeText::LegalBasis,
    OutcomeText::Sources,
    OutcomeText::Uncertain,
    OutcomeText::WhatToDo,
    OutcomeText::Consequence,
    OutcomeText::Disclaimer,
    OutcomeText::ContentDate,
    OutcomeText::DeadlineWho,
    OutcomeText::DeadlineStatus,
    OutcomeText::NoDeadlines,
    OutcomeText::FullCalendar,
    OutcomeText::MoneyNeedInputs,
    OutcomeText::MoneyCalculator,
    OutcomeText::MoneyHowCalculated,
    OutcomeText::IncomeLink,
    OutcomeText::CompareLink,
    OutcomeText::SaveIntro,
    OutcomeText::SaveLink,
    OutcomeText::PrintButton,
];

const REASONS: [ReasonCode; 21] = [
    ReasonCode::EmployerInitiative,
    ReasonCode::FixedTermNotRenewed,
    ReasonCode::EmployerSeriousCulpability,
    ReasonCode::AfterTwoYearsIllness,
    ReasonCode::MutualConsent,
    ReasonCode::EmployeeSeriousCulpability,
    ReasonCode::EmployerBankruptcy,
    ReasonCode::AowAge,
    ReasonCode::MinorSmallJob,
    ReasonCode::EmployeeResigned,
    ReasonCode::FollowUpContractAgreed,
    ReasonCode::RenewalOfferDeclined,
    ReasonCode::RenewalOfferQualityUnknown,
    ReasonCode::RenewalOfferWorseDeclined,
    ReasonCode::PartialDismissal,
    ReasonCode::PartialBelow20Percent,
    ReasonCode::DeductionAccepted,
    ReasonCode::DeductionReintegratie,
    ReasonCode::DeductionNotSpecifiedBefore,
    ReasonCode::DeductionNoConsent,
    ReasonCode::DeductionNothingDue,
];

fn whys() -> Vec<Why> {
    vec![
        Why::EigenWerkJa,
        Why::AangepastWerkJa,
        Why::AnderWerkJa,
        Why::EigenWerkNee,
        Why::AangepastWerkNee,
        Why::AnderWerkNee,
        Why::GeenTerugkeer26,
        Why::TerugkeerVerwacht,
        Why::NogOnduidelijk,
        Why::InWeek(12),
        Why::EerstejaarsevaluatieGedaan,
        Why::Spoor2AlGestart,
        Why::Spoor2NietGestart,
        Why::BedrijfsartsSituatief,
        Why::NietZiek,
        Why::BaanEindigt(Some(Opt::Reorganisatie)),
        Why::BaanEindigt(None),
        Why::OutplacementAfgesproken(Opt::WerkgeverBetaalt),
        Why::VoorProbleemanalyse,
        Why::ArbeidsdeskundigNiet,
        Why::Na104Weken,
        Why::Informatie,
    ]
}

fn summaries() -> Vec<Summary> {
    vec![
        Summary::InfoOnly,
        Summary::SickSince {
            first: d(2026, 1, 5),
            week: 47,
        },
        Summary::EarlierPeriodCounts,
        Summary::NotSick,
        Summary::JobEnds {
            reason: Some(Opt::TijdelijkContract),
            end: Some(d(2026, 12, 31)),
        },
        Summary::JobMayEnd { reason: None },
        Summary::JobDoesNotEnd,
        Summary::Contract {
            kind: Opt::Vast,
            since: Some(d(2015, 3, 1)),
        },
    ]
}

/// The explanation lines of real engine runs: a dismissal after two years of illness
/// (with the Xella amount and the compensation), a fixed-term contract with a deduction,
/// and a partial dismissal; plus the lines that are about who pays.
fn tv_lines() -> Vec<Line> {
    let mut out = Vec::new();
    let input = |start, end, monthly, termination| {
        let wage = Wage::Monthly(crate::money::Decimal::new(monthly, 2));
        TvInput {
            termination,
            ..TvInput::new(start, end, wage)
        }
    };
    let mut illness = input(
        d(2012, 2, 1),
        d(2026, 6, 30),
        340_000,
        Termination::AfterTwoYearsIllness,
    );
    illness.first_sick_day = Some(d(2024, 3, 4));
    let inputs = [
        illness,
        input(
            d(2021, 1, 1),
            d(2026, 12, 31),
            300_000,
            Termination::FixedTermNotRenewed,
        ),
        input(
            d(2016, 1, 1),
            d(2026, 12, 31),
            450_000,
            Termination::PartialDismissal,
        ),
    ];
    for i in inputs {
        if let Ok(r) = calculate(&i) {
            out.extend(r.explanation.iter().copied());
        }
    }
    assert!(out.len() > 20, "the engine explains its runs");
    out.push(Line::Payable {
        due: true,
        amount: Cents::euros(1_000),
    });
    out.push(Line::Payable {
        due: false,
        amount: Cents(0),
    });
    out.push(Line::ClaimDeadline {
        date: d(2027, 3, 31),
    });
    out.push(Line::CompensationVso);
    out
}

fn uncertainties() -> Vec<Uncertainty> {
    vec![
        Uncertainty::AnnualWageDefinition,
        Uncertainty::ChainGapsExcluded,
        Uncertainty::WachttijdReferenceDay,
        Uncertainty::WageAtWachttijdEnd,
        Uncertainty::PartialCapOrder,
        Uncertainty::RenewalOfferQuality,
    ]
}

fn moneys() -> Vec<Money> {
    let tv = |due: bool| {
        Money::Transitievergoeding(Box::new(TvOutcome {
            due,
            reason: ReasonCode::EmployerInitiative,
            amount: Cents(1_234_567),
            capped: true,
            cap: Cents::euros(102_000),
            claim_deadline: d(2027, 3, 31),
            uncertain: vec![Uncertainty::RenewalOfferQuality],
            href: "#/transitievergoeding".into(),
        }))
    };
    vec![
        Money::NotApplicable,
        Money::NeedInputs {
            href: "#/transitievergoeding".into(),
        },
        tv(true),
        tv(false),
    ]
}

fn urgents(day: NaiveDate) -> Vec<Urgent> {
    let mut out: Vec<Urgent> = MilestoneId::all()
        .into_iter()
        .flat_map(|id| {
            ACTORS.map(|actor| Urgent {
                what: UrgentWhat::Step { id, actor },
                date: day,
                days: 3,
            })
        })
        .collect();
    out.extend(WARNINGS.iter().map(|k| Urgent {
        what: UrgentWhat::Warning(*k),
        date: day,
        days: 0,
    }));
    out
}

#[test]
fn the_tool_links_and_the_lists_above_are_complete() {
    // The lists of this file must grow with the enums: a new variant fails here.
    let _ = |t: Tool| match t {
        Tool::Tijdlijn
        | Tool::Transitievergoeding
        | Tool::Inkomen
        | Tool::Vergelijk
        | Tool::Uitleg => (),
    };
    assert_eq!(OUTCOME_TEXTS.len(), 36);
}
