//! The app state: one reducer with an [`Action`] enum and a pure `reduce`, shared through a
//! context. Nothing here is stored without the user's consent.

use std::collections::BTreeSet;
use std::rc::Rc;

use spoorwijzer_core::embed_config::EmbedConfig;
use spoorwijzer_core::flow::{self, Answer, Answers, QuestionId, Role};
use spoorwijzer_core::lang::Lang;
use yew::prelude::*;

#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    pub lang: Lang,
    /// Poortwachter steps ticked as "gedaan" (milestone ids), so a missed step shows as
    /// overdue.
    pub done_steps: BTreeSet<String>,
    /// The interview answers (question id → answer), in memory only. Export, import and
    /// the report read and write this field.
    pub answers: Answers,
    /// The user came from the check-answers page through "Wijzig": "Volgende" returns
    /// there (unless the change opened new questions, which are asked first).
    pub changing_from_check: bool,
}

impl AppState {
    pub fn new(lang: Lang, role: Option<Role>) -> AppState {
        // An embedder's `?rol=` answers the role question, so the interview skips it.
        let mut answers = Answers::new();
        if let Some(r) = role {
            answers.insert(QuestionId::Rol, r.answer());
        }
        AppState {
            lang,
            done_steps: BTreeSet::new(),
            answers,
            changing_from_check: false,
        }
    }

    /// Who uses the app: derived from the answer to `rol`.
    pub fn role(&self) -> Option<Role> {
        flow::role(&self.answers)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    SetLang(Lang),
    /// Tick or untick a poortwachter step (its milestone id) as done.
    SetStepDone(String, bool),
    /// Store one interview answer (already validated by `flow::validate`).
    SetAnswer(QuestionId, Answer),
    /// Forget one answer.
    ClearAnswer(QuestionId),
    /// Forget all answers (the role with them), back to a fresh interview.
    ResetAll,
    /// "Wijzig" on the check-answers page (true), or back in the ordinary flow (false).
    SetChangingFromCheck(bool),
    /// Replace all answers at once (an imported file).
    ReplaceAnswers(Answers),
}

/// The pure state transition.
pub fn reduce(state: &AppState, action: Action) -> AppState {
    let mut next = state.clone();
    match action {
        Action::SetLang(l) => next.lang = l,
        Action::SetStepDone(id, true) => {
            next.done_steps.insert(id);
        }
        Action::SetStepDone(id, false) => {
            next.done_steps.remove(&id);
        }
        Action::SetAnswer(q, a) => {
            next.answers.insert(q, a);
        }
        Action::ClearAnswer(q) => {
            next.answers.remove(&q);
        }
        Action::ResetAll => {
            next.answers.clear();
            next.changing_from_check = false;
            next.done_steps.clear();
        }
        Action::SetChangingFromCheck(on) => next.changing_from_check = on,
        Action::ReplaceAnswers(a) => {
            next.answers = a;
            next.changing_from_check = false;
        }
    }
    next
}

impl Reducible for AppState {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(reduce(&self, action))
    }
}

/// The handle every component uses to read the state and dispatch actions.
pub type AppContext = UseReducerHandle<AppState>;

/// Read the app state from the context. Falls back to a default state outside the provider
/// (for example in a component test), so a component never panics for lack of context.
#[hook]
pub fn use_app() -> AppContext {
    let fallback = use_reducer(|| AppState::new(Lang::Nl, None));
    use_context::<AppContext>().unwrap_or(fallback)
}

/// The embed configuration (organisation, contact block, tools, accent, ...), read once at
/// start from the JSON block and the query string, and shared through its own context.
pub type EmbedContext = Rc<EmbedConfig>;

/// Read the embed configuration from the context; the default configuration outside the
/// provider (for example in a component test).
#[hook]
pub fn use_embed() -> EmbedContext {
    let fallback = use_memo((), |_| EmbedConfig::default());
    use_context::<EmbedContext>().unwrap_or(fallback)
}

#[cfg(test)]
mod tests {
    use super::*;
    use spoorwijzer_core::flow::Opt;

    #[test]
    fn reducer_switches_language_and_role() {
        let s = AppState::new(Lang::Nl, None);
        assert_eq!(s.role(), None);
        let s = reduce(&s, Action::SetLang(Lang::En));
        assert_eq!(s.lang, Lang::En);
        let s = reduce(
            &s,
            Action::SetAnswer(QuestionId::Rol, Role::Werkgever.answer()),
        );
        assert_eq!(s.role(), Some(Role::Werkgever));
        // An imported file's `rol` is the role as well.
        let mut a = Answers::new();
        a.insert(QuestionId::Rol, Role::Informatie.answer());
        let s = reduce(&s, Action::ReplaceAnswers(a));
        assert_eq!(s.role(), Some(Role::Informatie));
    }

    #[test]
    fn reducer_replaces_and_resets_answers() {
        let mut a = Answers::new();
        a.insert(QuestionId::Rol, Answer::Choice(Opt::Werknemer));
        let s = AppState::new(Lang::En, Some(Role::Werknemer));
        let s = reduce(&s, Action::ReplaceAnswers(a.clone()));
        assert_eq!(s.answers, a);
        let s = reduce(&s, Action::ResetAll);
        assert!(s.answers.is_empty());
        assert_eq!(s.role(), None);
        assert_eq!(s.lang, Lang::En);
    }

    #[test]
    fn reducer_keeps_interview_answers() {
        let s = AppState::new(Lang::Nl, Some(Role::Werkgever));
        assert_eq!(
            s.answers.get(&QuestionId::Rol),
            Some(&Role::Werkgever.answer())
        );
        let s = reduce(
            &s,
            Action::SetAnswer(QuestionId::Rol, Role::Werknemer.answer()),
        );
        assert_eq!(
            s.answers.get(&QuestionId::Rol),
            Some(&Role::Werknemer.answer())
        );
        let s = reduce(
            &s,
            Action::SetAnswer(QuestionId::ZiekNu, Answer::Choice(Opt::Ja)),
        );
        assert_eq!(s.answers.len(), 2);
        let s = reduce(&s, Action::ClearAnswer(QuestionId::ZiekNu));
        assert_eq!(s.answers.len(), 1);
        let s = reduce(&s, Action::SetChangingFromCheck(true));
        assert!(s.changing_from_check);
        let s = reduce(&s, Action::ResetAll);
        assert!(s.answers.is_empty() && s.role().is_none() && !s.changing_from_check);
    }

    #[test]
    fn reducer_ticks_steps_done() {
        let s = AppState::new(Lang::Nl, None);
        let s = reduce(&s, Action::SetStepDone("probleemanalyse".into(), true));
        assert!(s.done_steps.contains("probleemanalyse"));
        let s = reduce(&s, Action::SetStepDone("probleemanalyse".into(), false));
        assert!(s.done_steps.is_empty());
        // "Alles wissen" forgets ticked steps too.
        let s = reduce(&s, Action::SetStepDone("plan_van_aanpak".into(), true));
        let s = reduce(&s, Action::ResetAll);
        assert!(s.done_steps.is_empty());
    }
}
