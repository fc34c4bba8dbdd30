//! The notice that a new version of Spoorwijzer is ready. The service worker (sw.js) has
//! installed a new build and keeps it waiting; the person chooses when to reload, so no
//! answer in memory is lost in the middle of an interview.
//!
//! boot.js announces the waiting build with the attribute `data-sw-update` on `<html>`
//! and the window event `spoorwijzer:update`. "Nu herladen" fires `spoorwijzer:reload`,
//! which boot.js answers by activating the new build and reloading the page. The live
//! region is always in the page (empty), so a screen reader hears the notice when it
//! appears.

use spoorwijzer_core::text::ui::UiText;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::state::use_app;

/// The window event that announces a waiting new build.
pub const UPDATE_EVENT: &str = "spoorwijzer:update";
/// The window event that asks boot.js to activate the new build and reload.
pub const RELOAD_EVENT: &str = "spoorwijzer:reload";
/// The attribute on `<html>` when a new build was announced before the app mounted.
pub const UPDATE_ATTR: &str = "data-sw-update";

fn announced() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .is_some_and(|e| e.has_attribute(UPDATE_ATTR))
}

#[component]
pub fn UpdateNotice() -> Html {
    let lang = use_app().lang;
    let ready = use_state(|| false);
    let dismissed = use_state(|| false);
    {
        let ready = ready.clone();
        use_effect_with((), move |_| {
            if announced() {
                ready.set(true);
            }
            let window = web_sys::window();
            let callback = Closure::<dyn FnMut(web_sys::Event)>::new(move |_: web_sys::Event| {
                ready.set(true);
            });
            if let Some(w) = &window {
                let _ = w.add_event_listener_with_callback(
                    UPDATE_EVENT,
                    callback.as_ref().unchecked_ref(),
                );
            }
            move || {
                if let Some(w) = &window {
                    let _ = w.remove_event_listener_with_callback(
                        UPDATE_EVENT,
                        callback.as_ref().unchecked_ref(),
                    );
                }
                drop(callback);
            }
        });
    }
    let reload = Callback::from(|_: MouseEvent| {
        if let (Some(w), Ok(e)) = (web_sys::window(), web_sys::Event::new(RELOAD_EVENT)) {
            let _ = w.dispatch_event(&e);
        }
    });
    let later = {
        let dismissed = dismissed.clone();
        Callback::from(move |_: MouseEvent| dismissed.set(true))
    };
    let t = |u: UiText| u.text(lang);
    html! {
        <div id="sw-update" class="sw-update-region sw-no-print" role="status">
            if *ready && !*dismissed {
                <div class="sw-update">
                    <p class="sw-update__text">
                        <strong>{ t(UiText::UpdateAvailable) }</strong>{ " " }{ t(UiText::UpdateHint) }
                    </p>
                    <p class="sw-update__actions">
                        <button type="button" id="sw-update-reload" class="sw-button" onclick={reload}>{ t(UiText::UpdateReload) }</button>
                        { " " }
                        <button type="button" id="sw-update-later" class="sw-button sw-button--secondary" onclick={later}>{ t(UiText::UpdateLater) }</button>
                    </p>
                </div>
            }
        </div>
    }
}
