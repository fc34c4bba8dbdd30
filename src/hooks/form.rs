//! The one form-state hook of the calculator pages (and the interview's question page).
//!
//! A form model from the core (`TvForm`, `TijdlijnForm`, `IncomeForm`, …) lives in a
//! reducer. Every change is an edit closure applied by the reducer to the *latest* state,
//! so two edits in quick succession (fast typing, a paste that fills three date inputs)
//! never overwrite each other the way clone-and-set on a `use_state` snapshot can.
//!
//! "Bereken" is a reducer action too: it keeps a copy of the fields as submitted, from
//! which the page derives its result (or its errors), and counts the submits so the page
//! can move focus after each one.

use std::rc::Rc;

use spoorwijzer_core::form_model::FormField;
use spoorwijzer_core::forms::FormError;
use spoorwijzer_core::lang::Lang;
use spoorwijzer_core::text::calc::CalcText;
use spoorwijzer_core::text::forms::form_error;
use yew::prelude::*;

/// The fields as typed, and the fields as last submitted.
#[derive(Debug, Clone, PartialEq)]
pub struct FormState<F> {
    fields: F,
    submitted: Option<F>,
    submits: u32,
}

/// What can happen to a form.
pub enum FormAction<F> {
    /// Change the fields.
    Edit(Box<dyn FnOnce(&mut F)>),
    /// Change the fields and the submitted copy alike (a scenario toggle that applies to
    /// the shown result at once).
    EditShown(Rc<dyn Fn(&mut F)>),
    /// "Bereken": keep the fields as submitted.
    Submit,
}

impl<F: Clone> Reducible for FormState<F> {
    type Action = FormAction<F>;

    fn reduce(self: Rc<Self>, action: FormAction<F>) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            FormAction::Edit(edit) => edit(&mut next.fields),
            FormAction::EditShown(edit) => {
                edit(&mut next.fields);
                if let Some(s) = next.submitted.as_mut() {
                    edit(s);
                }
            }
            FormAction::Submit => {
                next.submitted = Some(next.fields.clone());
                next.submits = next.submits.saturating_add(1);
            }
        }
        Rc::new(next)
    }
}

/// The handle a page renders from and edits through.
pub struct FormHandle<F: Clone> {
    state: UseReducerHandle<FormState<F>>,
}

impl<F: Clone> Clone for FormHandle<F> {
    fn clone(&self) -> Self {
        FormHandle {
            state: self.state.clone(),
        }
    }
}

impl<F> PartialEq for FormHandle<F>
where
    F: Clone + PartialEq,
{
    fn eq(&self, other: &Self) -> bool {
        self.state == other.state
    }
}

impl<F: Clone + 'static> FormHandle<F> {
    /// The fields as typed (at this render).
    pub fn fields(&self) -> &F {
        &self.state.fields
    }

    /// The fields as last submitted; `None` before the first "Bereken".
    pub fn submitted(&self) -> Option<&F> {
        self.state.submitted.as_ref()
    }

    /// How often the form was submitted (0 for a form pre-filled from a link).
    pub fn submits(&self) -> u32 {
        self.state.submits
    }

    /// Whether the form's errors may show: only after the person pressed the button. A
    /// form pre-filled from a link shows its result at once when the inputs are enough,
    /// and never greets the person with an error they did not ask for.
    pub fn errors_shown(&self) -> bool {
        self.state.submits > 0
    }

    /// Change the fields.
    pub fn edit(&self, edit: impl FnOnce(&mut F) + 'static) {
        self.state.dispatch(FormAction::Edit(Box::new(edit)));
    }

    /// Change the fields and the submitted copy alike.
    pub fn edit_shown(&self, edit: impl Fn(&mut F) + 'static) {
        self.state.dispatch(FormAction::EditShown(Rc::new(edit)));
    }

    /// "Bereken".
    pub fn submit(&self) {
        self.state.dispatch(FormAction::Submit);
    }

    /// The form's `onsubmit`: no page load, `before()` (e.g. clearing a status line),
    /// then "Bereken".
    pub fn on_submit(&self, before: impl Fn() + 'static) -> Callback<SubmitEvent> {
        let form = self.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            before();
            form.submit();
        })
    }

    /// A callback that edits the fields with the value it receives, e.g.
    /// `form.setter(|f, v: String| f.loon = v)` for a text field, or
    /// `form.setter(|f, _: MouseEvent| f.add_period())` for a button.
    pub fn setter<V: 'static>(&self, set: impl Fn(&mut F, V) + 'static) -> Callback<V> {
        let form = self.clone();
        let set = Rc::new(set);
        Callback::from(move |v: V| {
            let set = set.clone();
            form.edit(move |f| set(f, v));
        })
    }
}

/// A form whose fields start as `init()`. With `submitted` the initial fields count as
/// submitted at once (a link that pre-fills the page shows the result straight away).
#[hook]
pub fn use_form<F, I>(init: I, submitted: bool) -> FormHandle<F>
where
    F: Clone + 'static,
    I: FnOnce() -> F + 'static,
{
    let state = use_reducer(move || {
        let fields = init();
        FormState {
            submitted: submitted.then(|| fields.clone()),
            fields,
            submits: 0,
        }
    });
    FormHandle { state }
}

/// Moves focus to the result's heading (`heading_id`) after each "Bereken" that gave a
/// result (`ok`); a form pre-filled from a link (no submits yet) leaves focus alone.
#[hook]
pub fn use_focus_result(submits: u32, ok: bool, heading_id: &'static str) {
    use_effect_with(submits, move |n| {
        if *n > 0 && ok {
            crate::dom::focus_id(heading_id);
        }
    });
}

/// A button's callback for an action that may fail, such as a download or a copy:
/// `act()` does it, and the page's status line says `done` when it worked and
/// [`CalcText::CopyFailed`] when it did not.
pub fn status_action(
    status: &UseStateHandle<Option<CalcText>>,
    done: CalcText,
    act: impl Fn() -> bool + 'static,
) -> Callback<MouseEvent> {
    let status = status.clone();
    Callback::from(move |_: MouseEvent| {
        status.set(Some(if act() { done } else { CalcText::CopyFailed }));
    })
}

/// The HTML id of a calculator field: the page's prefix and the field's key.
pub fn field_id<F: FormField>(prefix: &str, f: F) -> String {
    format!("{prefix}-{}", f.field_key())
}

/// The id an error link focuses: the field, or the day input of a date.
pub fn focus_id<F: FormField>(prefix: &str, f: F) -> String {
    if f.field_is_date() {
        format!("{}-dag", field_id(prefix, f))
    } else {
        field_id(prefix, f)
    }
}

/// The error message of one field, if any.
pub fn field_error<F: FormField>(errors: &[(F, FormError)], f: F, lang: Lang) -> Option<AttrValue> {
    errors
        .iter()
        .find(|(g, _)| *g == f)
        .map(|(_, e)| AttrValue::from(form_error(*e, lang)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Clone, PartialEq, Default)]
    struct Fields {
        a: String,
        b: String,
    }

    fn state() -> Rc<FormState<Fields>> {
        Rc::new(FormState {
            fields: Fields::default(),
            submitted: None,
            submits: 0,
        })
    }

    #[test]
    fn edits_apply_to_the_latest_state() {
        // Two edits in a row, each to a different field: neither is lost.
        let s = state()
            .reduce(FormAction::Edit(Box::new(|f: &mut Fields| {
                f.a = "1".into()
            })))
            .reduce(FormAction::Edit(Box::new(|f: &mut Fields| {
                f.b = "2".into()
            })));
        assert_eq!(s.fields.a, "1");
        assert_eq!(s.fields.b, "2");
        assert_eq!(s.submitted, None);
    }

    #[test]
    fn submit_keeps_a_copy_and_shown_edits_reach_it() {
        let s = state()
            .reduce(FormAction::Edit(Box::new(|f: &mut Fields| {
                f.a = "1".into()
            })))
            .reduce(FormAction::Submit);
        assert_eq!(s.submits, 1);
        assert_eq!(s.submitted.as_ref().map(|f| f.a.as_str()), Some("1"));
        // An ordinary edit leaves the submitted copy alone; a shown edit changes both.
        let s = s
            .reduce(FormAction::Edit(Box::new(|f: &mut Fields| {
                f.a = "x".into()
            })))
            .reduce(FormAction::EditShown(Rc::new(|f: &mut Fields| {
                f.b = "y".into()
            })));
        assert_eq!(
            s.fields,
            Fields {
                a: "x".into(),
                b: "y".into()
            }
        );
        assert_eq!(
            s.submitted,
            Some(Fields {
                a: "1".into(),
                b: "y".into()
            })
        );
    }
}
