//! Memory on this device (opt-in, off by default) and "Alles wissen", which also switches
//! memory off: one component, because both show and change the one memory status.

use spoorwijzer_core::text::keep::KeepText;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::state::Action;
use crate::storage::{self, use_store, MemoryStatus};

const MEMORY_ID: &str = "sw-keep-memory";

/// Where "Alles wissen" stands: the button, the question "Weet je het zeker?", or done.
#[derive(Clone, Copy, PartialEq)]
enum Clearing {
    Idle,
    Confirming,
    Cleared,
}

#[component]
pub fn MemorySection() -> Html {
    let super::Keep { state, today, lang } = super::use_keep();
    let t = |k: KeepText| k.text(lang);
    let store = use_store();
    let status = {
        let store = store.clone();
        use_state(move || storage::status(&*store))
    };
    let clearing = use_state(|| Clearing::Idle);
    let failed = use_state(|| false);

    let unavailable = *status == MemoryStatus::Unavailable;
    let host_off = !crate::state::use_embed().onthouden;
    let on_toggle = {
        let store = store.clone();
        let status = status.clone();
        let answers = state.answers.clone();
        let failed = failed.clone();
        Callback::from(move |e: Event| {
            let input = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
            let want_on = input.as_ref().map(|i| i.checked()).unwrap_or(false);
            let result = match (*status, want_on) {
                (MemoryStatus::Unavailable, _) => Err(storage::StoreError),
                (MemoryStatus::Off | MemoryStatus::On, true) => {
                    storage::enable(&*store, &answers, today)
                }
                (MemoryStatus::Off | MemoryStatus::On, false) => storage::disable(&*store),
            };
            failed.set(result.is_err());
            let now = storage::status(&*store);
            // The box shows what is really stored, also when storage refused.
            if let Some(i) = input {
                i.set_checked(now == MemoryStatus::On);
            }
            status.set(now);
        })
    };
    let clear_step = |to: Clearing| {
        let clearing = clearing.clone();
        Callback::from(move |_: MouseEvent| clearing.set(to))
    };
    let ask = clear_step(Clearing::Confirming);
    let no = clear_step(Clearing::Idle);
    let yes = {
        let store = store.clone();
        let state = state.clone();
        let status = status.clone();
        let clearing = clearing.clone();
        Callback::from(move |_: MouseEvent| {
            // Storage may be unavailable: then there is nothing stored to remove, and the
            // answers in memory are reset all the same.
            let _ = storage::clear_all(&*store);
            state.dispatch(Action::ResetAll);
            clearing.set(Clearing::Cleared);
            status.set(storage::status(&*store));
        })
    };
    html! {
        <section aria-labelledby="sw-keep-memory-h">
            <h2 id="sw-keep-memory-h">{ t(KeepText::MemoryHeading) }</h2>
            if host_off {
                <p data-testid="memory-status">{ t(KeepText::MemoryOffByHost) }</p>
            } else {
            <div class="sw-checkbox">
                <input type="checkbox" id={MEMORY_ID}
                    checked={*status == MemoryStatus::On}
                    aria-disabled={unavailable.then_some("true")}
                    aria-describedby="sw-keep-memory-hint sw-keep-memory-status"
                    onchange={on_toggle} />
                <label for={MEMORY_ID}>{ t(KeepText::MemoryLabel) }</label>
            </div>
            <p id="sw-keep-memory-hint" class="sw-muted">{ t(KeepText::MemoryHint) }</p>
            <p id="sw-keep-memory-status" aria-live="polite" data-testid="memory-status"
                class={classes!(unavailable.then_some("sw-notice"))}>
                { match *status {
                    MemoryStatus::Unavailable => t(KeepText::MemoryUnavailable),
                    MemoryStatus::On => t(KeepText::MemoryOn),
                    MemoryStatus::Off if *failed => t(KeepText::MemoryUnavailable),
                    MemoryStatus::Off => t(KeepText::MemoryOff),
                } }
            </p>
            }
            <h2 id="sw-keep-clear-h">{ t(KeepText::ClearHeading) }</h2>
            if *clearing == Clearing::Confirming {
                <div class="sw-keep-confirm" role="alertdialog" aria-labelledby="sw-keep-confirm-q">
                    <p id="sw-keep-confirm-q">{ t(KeepText::ClearConfirmQuestion) }</p>
                    <button type="button" class="sw-button sw-button--warning" onclick={yes}>{ t(KeepText::ClearConfirmYes) }</button>
                    { " " }
                    <button type="button" class="sw-button sw-button--secondary" onclick={no}>{ t(KeepText::ClearConfirmNo) }</button>
                </div>
            } else {
                <button type="button" class="sw-button sw-button--secondary" onclick={ask}>{ t(KeepText::ClearButton) }</button>
            }
            <p aria-live="polite" data-testid="clear-status">{ if *clearing == Clearing::Cleared { t(KeepText::Cleared) } else { "" } }</p>
        </section>
    }
}
