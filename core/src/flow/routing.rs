//! Routing by replay (the smart-answers `state_resolver` pattern, anchors.md §A1).
//!
//! The questions stand in one fixed order (`QuestionId::ALL`). Whether a question applies
//! depends only on the answers to *earlier* questions that were themselves reached. The
//! walk starts at the first question every time, so:
//! - a changed early answer re-routes everything after it;
//! - answers that no longer apply stay in the map but are never reached;
//! - the walk always moves forward through a finite list, so it cannot loop.

use super::answers::{fits, Answer, Answers};
use super::questions::{Kind, Opt, QuestionId};

/// What the interview does next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Ask this question (`#/vraag/<id>`).
    Ask(QuestionId),
    /// All questions that apply are answered: show the check-answers page (`#/controle`).
    CheckAnswers,
}

/// The answers that were reached so far in the walk (only these may steer routing),
/// indexed by the question's position in `QuestionId::ALL` (the enum order).
struct Reached([Option<Answer>; QuestionId::ALL.len()]);

impl Reached {
    fn is(&self, q: QuestionId, o: Opt) -> bool {
        matches!(self.0.get(q as usize), Some(Some(Answer::Choice(x))) if *x == o)
    }
    fn any(&self, q: QuestionId, os: &[Opt]) -> bool {
        os.iter().any(|o| self.is(q, *o))
    }
}

/// The questions whose answer can change which later questions apply. Every other
/// answer only feeds the outcome. (A test checks this list against `applies`.)
pub const ROUTING_QUESTIONS: [QuestionId; 14] = [
    QuestionId::Rol,
    QuestionId::ZzpZiek,
    QuestionId::ZzpAov,
    QuestionId::ZzpUwvVrijwillig,
    QuestionId::ZzpVerplichtVerzekerd,
    QuestionId::ZiekNu,
    QuestionId::EerdereZiekteperiode,
    QuestionId::ProbleemanalyseGedaan,
    QuestionId::EigenWerkMogelijk,
    QuestionId::AangepastWerkMogelijk,
    QuestionId::OorzaakWerkOfConflict,
    QuestionId::OordeelBedrijfsartsSituatief,
    QuestionId::BaanEindigt,
    QuestionId::VsoAangeboden,
];

/// Does question `q` apply, given the answers reached before it?
fn applies(q: QuestionId, r: &Reached) -> bool {
    use QuestionId as Q;
    if q == Q::Rol {
        return true;
    }
    // The self-employed answer only their own block (no employer, no poortwachter).
    if r.is(Q::Rol, Opt::Zelfstandige) {
        return applies_self_employed(q, r);
    }
    // Role "informatie" ends the interview after the first question.
    let person = r.any(Q::Rol, &[Opt::Werknemer, Opt::Werkgever]);
    if !person {
        return false;
    }
    let sick = r.is(Q::ZiekNu, Opt::Ja);
    let job_ending = r.any(Q::BaanEindigt, &[Opt::Ja, Opt::Misschien]);
    match q {
        Q::Rol | Q::ZiekNu => true,
        Q::EersteZiektedag
        | Q::EerdereZiekteperiode
        | Q::ProbleemanalyseGedaan
        | Q::ArbeidsdeskundigOnderzoek
        | Q::EigenWerkMogelijk
        | Q::OorzaakWerkOfConflict
        | Q::TerugkeerBinnen26Weken
        | Q::EerstejaarsevaluatieGedaan
        | Q::Spoor2Gestart
        | Q::HiaatExcedent
        | Q::LoonBovenWiaGrens => sick,
        // Only one earlier period that counts (less than four weeks between): art. 7:629
        // lid 10 BW. More periods: the calendar tool takes them all.
        Q::EerdereZiekteperiodeBegin | Q::EerdereZiekteperiodeEinde => {
            sick && r.is(Q::EerdereZiekteperiode, Opt::Binnen4Weken)
        }
        // The plan van aanpak builds on the probleemanalyse; without one there is no plan.
        Q::PlanVanAanpakGedaan => sick && !r.is(Q::ProbleemanalyseGedaan, Opt::Nee),
        Q::AangepastWerkMogelijk => sick && !r.is(Q::EigenWerkMogelijk, Opt::Ja),
        Q::AnderWerkIntern => {
            sick && !r.is(Q::EigenWerkMogelijk, Opt::Ja) && !r.is(Q::AangepastWerkMogelijk, Opt::Ja)
        }
        Q::OordeelBedrijfsartsSituatief => {
            sick && r.any(
                Q::OorzaakWerkOfConflict,
                &[Opt::Conflict, Opt::Werkomstandigheden],
            )
        }
        Q::BaanEindigt => true,
        Q::RedenEinde | Q::Initiatief | Q::VsoAangeboden => job_ending,
        Q::DatumEinde => r.is(Q::BaanEindigt, Opt::Ja),
        // A settlement agreement on the table: its amount and end date, to set beside what
        // the law gives. Also when it is signed, because the bedenktermijn can still undo
        // it (art. 7:670b lid 2 BW; docs/law/vso-en-ww.md#comparing-an-offer).
        Q::VsoBedrag | Q::VsoEinddatum => {
            job_ending && r.any(Q::VsoAangeboden, &[Opt::Aangeboden, Opt::Getekend])
        }
        // Outplacement is for an employee who is not sick, or (only) through the
        // bedrijfsarts's judgement of situational unfitness.
        Q::Outplacement => {
            job_ending && (!sick || r.is(Q::OordeelBedrijfsartsSituatief, Opt::Situatief))
        }
        Q::ContractType
        | Q::DatumInDienst
        | Q::UrenPerWeek
        | Q::BrutoMaandloon
        | Q::WerkgeverGrootte
        | Q::Leeftijd => true,
        Q::Eigenrisicodrager => r.is(Q::Rol, Opt::Werkgever),
        Q::ZelfstandigInkomen => r.is(Q::Rol, Opt::Werknemer),
        Q::ZzpZiek
        | Q::ZzpEersteZiektedag
        | Q::ZzpJaarwinst
        | Q::ZzpAov
        | Q::ZzpAovBedrag
        | Q::ZzpAovEigenrisico
        | Q::ZzpBroodfonds
        | Q::ZzpUwvVrijwillig
        | Q::ZzpVerplichtVerzekerd
        | Q::ZzpEindeVerplicht => false,
    }
}

/// The questions for the self-employed (`rol = zelfstandige`): sick or not (and since
/// when), the profit, the AOV (amount and waiting period when there is one), the
/// broodfonds, UWV's voluntary insurance and, when not insured there, whether and when a
/// compulsorily insured job or benefit ended (for the 13 weeks to apply). None of the
/// employee's questions: no employer, no poortwachter, no contract.
fn applies_self_employed(q: QuestionId, r: &Reached) -> bool {
    use QuestionId as Q;
    match q {
        Q::ZzpZiek | Q::ZzpJaarwinst | Q::ZzpAov | Q::ZzpBroodfonds | Q::ZzpUwvVrijwillig => true,
        Q::ZzpEersteZiektedag => r.is(Q::ZzpZiek, Opt::Ja),
        Q::ZzpAovBedrag | Q::ZzpAovEigenrisico => r.is(Q::ZzpAov, Opt::Ja),
        Q::ZzpVerplichtVerzekerd => !r.is(Q::ZzpUwvVrijwillig, Opt::Ja),
        Q::ZzpEindeVerplicht => {
            !r.is(Q::ZzpUwvVrijwillig, Opt::Ja) && r.is(Q::ZzpVerplichtVerzekerd, Opt::Ja)
        }
        _ => false,
    }
}

/// The walk: the reached and answered questions in order, and the step after them.
fn walk(answers: &Answers) -> (Vec<(QuestionId, Answer)>, Step) {
    let mut reached = Reached([None; QuestionId::ALL.len()]);
    let mut path = Vec::new();
    for q in QuestionId::ALL {
        if !applies(q, &reached) {
            continue;
        }
        match answers.get(&q) {
            Some(a) if fits(q, a) => {
                if let Some(slot) = reached.0.get_mut(q as usize) {
                    *slot = Some(*a);
                }
                path.push((q, *a));
            }
            // Not answered, or an answer that does not fit (an old import): ask it.
            Some(_) | None => return (path, Step::Ask(q)),
        }
    }
    (path, Step::CheckAnswers)
}

/// The next step for these answers, walking from the first question.
pub fn next(answers: &Answers) -> Step {
    walk(answers).1
}

/// The reached answers, in interview order: what the check-answers page lists.
pub fn relevant(answers: &Answers) -> Vec<(QuestionId, Answer)> {
    walk(answers).0
}

/// The reached answers grouped for the check-answers page, groups in interview order.
pub fn relevant_by_section(
    answers: &Answers,
) -> Vec<(super::questions::Section, Vec<(QuestionId, Answer)>)> {
    let mut out: Vec<(super::questions::Section, Vec<(QuestionId, Answer)>)> = Vec::new();
    for (q, a) in relevant(answers) {
        match out.last_mut() {
            Some((s, items)) if *s == q.section() => items.push((q, a)),
            Some(_) | None => out.push((q.section(), vec![(q, a)])),
        }
    }
    out
}

/// Only the reached answers, as a map. Everything derived (outcome, helpers) reads this,
/// so stale answers from an abandoned branch never count.
pub fn effective(answers: &Answers) -> Answers {
    // Inserted one by one: `collect` into a map sorts first, and that sort is a copy of
    // the standard library's sort in the wasm (docs/performance.md).
    let mut reached = Answers::new();
    for (q, a) in walk(answers).0 {
        reached.insert(q, a);
    }
    reached
}

/// Whether the question is on the current path (answered and reached, or the one asked
/// now). A page for any other question redirects to [`next`].
pub fn is_on_path(answers: &Answers, q: QuestionId) -> bool {
    let (path, step) = walk(answers);
    path.iter().any(|(p, _)| *p == q) || step == Step::Ask(q)
}

/// The question before `current` on the path, for the back link. For a question that is
/// not on the path (or for the check-answers page, pass `None`), the last reached one.
pub fn previous(answers: &Answers, current: Option<QuestionId>) -> Option<QuestionId> {
    let (path, _) = walk(answers);
    if let Some(cur) = current {
        if let Some(i) = path.iter().position(|(q, _)| *q == cur) {
            return if i == 0 {
                None
            } else {
                path.get(i - 1).map(|p| p.0)
            };
        }
        if cur == QuestionId::Rol {
            return None;
        }
    }
    path.last().map(|p| p.0)
}

/// Where "Volgende" goes after answering `current` in the ordinary flow: the question
/// after it on the path (already answered or not, so going back and forward again walks
/// the same pages), or the next step when `current` is the last reached one. A question
/// that is not on the path gives [`next`].
pub fn following(answers: &Answers, current: QuestionId) -> Step {
    let (path, step) = walk(answers);
    match path.iter().position(|(q, _)| *q == current) {
        Some(i) => match path.get(i + 1) {
            Some((q, _)) => Step::Ask(*q),
            None => step,
        },
        None => step,
    }
}

/// Where "Volgende" goes after a change made from the check-answers page: back to the
/// check-answers page, unless the change opened questions that have no answer yet; those
/// are asked first (design.md §3). This is simply [`next`]: the walk stops at the first
/// open question.
pub fn after_change(answers: &Answers) -> Step {
    next(answers)
}

/// "Stap x van y", only when it is reliable: `Some((x, y))` when every way of answering
/// the remaining questions gives the same number of questions, otherwise `None`.
/// `None` on the check-answers page as well.
pub fn progress(answers: &Answers) -> Option<(usize, usize)> {
    let (path, step) = walk(answers);
    let Step::Ask(_) = step else {
        return None;
    };
    let mut lengths = None;
    if !same_total(answers, &mut lengths, 0) {
        return None;
    }
    let total = lengths?;
    Some((path.len() + 1, total))
}

/// Depth-first over the ways to answer the remaining routing questions, stopping as soon
/// as two totals differ. Non-routing questions get one representative answer, because
/// they do not change the path (tested). The depth is bounded by the number of questions.
fn same_total(answers: &Answers, seen: &mut Option<usize>, depth: usize) -> bool {
    if depth > QuestionId::ALL.len() {
        return false;
    }
    let (path, step) = walk(answers);
    match step {
        Step::CheckAnswers => match seen {
            Some(n) => *n == path.len(),
            None => {
                *seen = Some(path.len());
                true
            }
        },
        Step::Ask(q) => {
            for a in sample_answers(q, ROUTING_QUESTIONS.contains(&q)) {
                let mut next = answers.clone();
                next.insert(q, a);
                if !same_total(&next, seen, depth + 1) {
                    return false;
                }
            }
            true
        }
    }
}

/// Answers to try for question `q`: every option (and "Weet ik niet") when `all`,
/// otherwise one valid representative.
pub fn sample_answers(q: QuestionId, all: bool) -> Vec<Answer> {
    let def = q.question();
    let mut out: Vec<Answer> = match def.kind {
        Kind::Choice(opts) => opts.iter().map(|o| Answer::Choice(*o)).collect(),
        Kind::Date { .. } => vec![Answer::Date(
            chrono::NaiveDate::from_ymd_opt(2025, 6, 2).unwrap_or_else(crate::dates::min_date),
        )],
        Kind::Money { .. } => vec![Answer::Money(crate::money::Cents(325_000))],
        Kind::Integer { min, max } => vec![Answer::Integer((min + max) / 2)],
    };
    if def.allow_unknown {
        out.push(Answer::Unknown);
    }
    if !all {
        out.truncate(1);
    }
    out
}
