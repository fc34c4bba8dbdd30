//! Parts of the app that are fetched from its own folder when first needed, instead of
//! being compiled into the WebAssembly: the explanation pages and the glossary's
//! definitions (`spoorwijzer_core::kb::data`, written by the build). Same origin only
//! (the CSP's `connect-src 'self'`), and precached by the service worker, so they work
//! offline after the first visit.
//!
//! Each file is fetched once per page load and kept in memory; a failed fetch is not
//! kept, so "Opnieuw proberen" fetches again. Tests put files in the cache directly
//! ([`preload_page`], [`preload_glossary`]).

use std::any::Any;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use spoorwijzer_core::kb::data::{self, DataError, Glossary};
use spoorwijzer_core::kb::{KbPage, Page};
use spoorwijzer_core::lang::Lang;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

/// What a component has of a fetched file.
pub enum Load<T> {
    Loading,
    Ready(Rc<T>),
    /// The fetch failed or the file could not be read; `retry` fetches again.
    Failed {
        retry: Callback<()>,
    },
}

impl<T> Load<T> {
    /// For [`crate::components::load_status::LoadStatus`]: `Some(retry)` when failed.
    pub fn failed(&self) -> Option<Callback<()>> {
        match self {
            Load::Failed { retry } => Some(retry.clone()),
            Load::Loading | Load::Ready(_) => None,
        }
    }

    /// The value, when it has arrived.
    pub fn ready(&self) -> Option<&Rc<T>> {
        match self {
            Load::Ready(v) => Some(v),
            Load::Loading | Load::Failed { .. } => None,
        }
    }
}

enum Slot {
    /// On its way; these are told when it arrives (or fails).
    Loading(Vec<Callback<()>>),
    Ready(Rc<dyn Any>),
    Failed,
}

thread_local! {
    static CACHE: RefCell<HashMap<String, Slot>> = RefCell::new(HashMap::new());
}

fn put(path: String, value: Rc<dyn Any>) {
    CACHE.with(|c| c.borrow_mut().insert(path, Slot::Ready(value)));
}

/// Put a page in the cache, as if it had been fetched (tests).
pub fn preload_page(page: KbPage, lang: Lang, content: Page) {
    put(data::page_path(page, lang), Rc::new(content));
}

/// Put a glossary in the cache, as if it had been fetched (tests).
pub fn preload_glossary(lang: Lang, glossary: Glossary) {
    put(data::glossary_path(lang), Rc::new(glossary));
}

/// The explanation page in this language.
#[hook]
pub fn use_kb_page(page: Option<KbPage>, lang: Lang) -> Load<Page> {
    use_data(page.map(|p| data::page_path(p, lang)), data::decode_page)
}

/// The glossary's definitions in this language.
#[hook]
pub fn use_glossary(lang: Lang) -> Load<Glossary> {
    use_data(Some(data::glossary_path(lang)), data::decode_glossary)
}

/// A data file, fetched once; the component renders again when it arrives. `None`: no
/// file is wanted (an unknown page), which reads as loading and fetches nothing.
#[hook]
fn use_data<T: 'static>(path: Option<String>, decode: fn(&str) -> Result<T, DataError>) -> Load<T> {
    // Bumped when the file arrives or fails, or on "try again": renders again, and runs
    // the effect again (which fetches only what is neither there nor on its way).
    let tick = use_reducer(|| Tick(0));
    let notify = {
        let dispatcher = tick.dispatcher();
        Callback::from(move |_: ()| dispatcher.dispatch(()))
    };
    {
        let notify = notify.clone();
        use_effect_with((path.clone(), tick.0), move |(path, _)| {
            if let Some(path) = path {
                request(path.clone(), decode, notify);
            }
        });
    }
    let Some(path) = path else {
        return Load::Loading;
    };
    CACHE.with(|c| match c.borrow().get(&path) {
        Some(Slot::Ready(v)) => match v.clone().downcast::<T>() {
            Ok(v) => Load::Ready(v),
            Err(_) => Load::Loading,
        },
        Some(Slot::Failed) => Load::Failed {
            retry: {
                let path = path.clone();
                Callback::from(move |_: ()| {
                    CACHE.with(|c| {
                        let mut c = c.borrow_mut();
                        if matches!(c.get(&path), Some(Slot::Failed)) {
                            c.remove(&path);
                        }
                    });
                    notify.emit(());
                })
            },
        },
        Some(Slot::Loading(_)) | None => Load::Loading,
    })
}

struct Tick(u32);

impl Reducible for Tick {
    type Action = ();
    fn reduce(self: Rc<Self>, _: ()) -> Rc<Self> {
        Rc::new(Tick(self.0.wrapping_add(1)))
    }
}

/// Fetch `path` unless it is there or on its way; tell `done` when it is settled.
fn request<T: 'static>(path: String, decode: fn(&str) -> Result<T, DataError>, done: Callback<()>) {
    let start = CACHE.with(|c| {
        let mut c = c.borrow_mut();
        match c.get_mut(&path) {
            Some(Slot::Ready(_)) | Some(Slot::Failed) => false,
            Some(Slot::Loading(waiting)) => {
                waiting.push(done.clone());
                false
            }
            None => {
                c.insert(path.clone(), Slot::Loading(vec![done.clone()]));
                true
            }
        }
    });
    if !start {
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let slot = match fetch_text(&path).await.map(|t| decode(&t)) {
            Ok(Ok(value)) => Slot::Ready(Rc::new(value)),
            Ok(Err(e)) => {
                gloo::console::warn!(format!("Spoorwijzer: {path} could not be read: {}", e.0));
                Slot::Failed
            }
            Err(()) => Slot::Failed,
        };
        let waiting = CACHE.with(|c| match c.borrow_mut().insert(path, slot) {
            Some(Slot::Loading(waiting)) => waiting,
            _ => Vec::new(),
        });
        for w in waiting {
            w.emit(());
        }
    });
}

/// GET a file of the app's own folder as text. `Err` on a network error or a status
/// other than 2xx.
async fn fetch_text(path: &str) -> Result<String, ()> {
    let window = web_sys::window().ok_or(())?;
    let response = JsFuture::from(window.fetch_with_str(path))
        .await
        .map_err(|_| ())?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| ())?;
    if !response.ok() {
        return Err(());
    }
    let text = JsFuture::from(response.text().map_err(|_| ())?)
        .await
        .map_err(|_| ())?;
    text.as_string().ok_or(())
}
