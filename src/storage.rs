//! Opt-in memory in this browser ("Onthoud mijn antwoorden op dit apparaat") and "Alles
//! wissen". Off by default: nothing is written until the user switches it on.
//!
//! Every storage call may fail: `localStorage` throws in some private modes and is blocked
//! or partitioned in cross-site iframes (design.md §5). `gloo::storage::LocalStorage`
//! throws a JS exception when storage is missing (its `raw()` uses `expect_throw`), so the
//! browser store below reaches `web_sys::Storage` itself and turns every failure into a
//! `StoreError`; the app then keeps working and says memory is unavailable. Tests swap in
//! a store that always fails through [`StoreContext`].
//!
//! What is stored is the answers file of `spoorwijzer_core::storage_format` (its current
//! version),
//! so reading it back goes through the same validation as an imported file: what cannot
//! be read is reported, never dropped silently.

use std::rc::Rc;

use chrono::NaiveDate;
use spoorwijzer_core::flow::Answers;
use spoorwijzer_core::storage_format::{self, FileError, FileReport};
use yew::prelude::*;

/// The flag that memory is on.
pub const KEY_ON: &str = "spoorwijzer.onthouden";
/// The remembered answers file.
pub const KEY_ANSWERS: &str = "spoorwijzer.antwoorden";
/// A remembered file that could not be read is moved here, not deleted.
pub const KEY_UNREADABLE: &str = "spoorwijzer.antwoorden.onleesbaar";
/// Every key of ours starts with this.
pub const PREFIX: &str = "spoorwijzer.";
const KEY_PROBE: &str = "spoorwijzer.probe";

/// Storage did not work.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StoreError;

/// A key-value store where every call may fail.
pub trait Store {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&self, key: &str) -> Result<(), StoreError>;
    fn keys(&self) -> Result<Vec<String>, StoreError>;
}

/// `window.localStorage`, with every exception caught.
pub struct BrowserStore;

impl BrowserStore {
    fn raw() -> Result<web_sys::Storage, StoreError> {
        let w = web_sys::window().ok_or(StoreError)?;
        // `local_storage()` itself throws a SecurityError when storage is blocked.
        w.local_storage().map_err(|_| StoreError)?.ok_or(StoreError)
    }
}

impl Store for BrowserStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Self::raw()?.get_item(key).map_err(|_| StoreError)
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        Self::raw()?.set_item(key, value).map_err(|_| StoreError)
    }
    fn remove(&self, key: &str) -> Result<(), StoreError> {
        Self::raw()?.remove_item(key).map_err(|_| StoreError)
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        let s = Self::raw()?;
        let n = s.length().map_err(|_| StoreError)?;
        let mut out = Vec::new();
        for i in 0..n {
            if let Ok(Some(k)) = s.key(i) {
                out.push(k);
            }
        }
        Ok(out)
    }
}

/// A store that always fails: what a private window or a blocked iframe gives.
pub struct FailingStore;

impl Store for FailingStore {
    fn get(&self, _: &str) -> Result<Option<String>, StoreError> {
        Err(StoreError)
    }
    fn set(&self, _: &str, _: &str) -> Result<(), StoreError> {
        Err(StoreError)
    }
    fn remove(&self, _: &str) -> Result<(), StoreError> {
        Err(StoreError)
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        Err(StoreError)
    }
}

/// The store the app uses, shared through a context so tests can replace it.
#[derive(Clone)]
pub struct StoreContext(pub Rc<dyn Store>);

impl PartialEq for StoreContext {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The store from the context, or the browser's.
#[hook]
pub fn use_store() -> Rc<dyn Store> {
    let fallback = use_memo((), |_| StoreContext(Rc::new(BrowserStore)));
    use_context::<StoreContext>()
        .unwrap_or_else(|| (*fallback).clone())
        .0
}

/// Whether memory can be used and is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MemoryStatus {
    /// Storage throws: private mode, blocked iframe.
    Unavailable,
    Off,
    On,
}

/// Probe the store (a write and a remove) and read the flag.
pub fn status(store: &dyn Store) -> MemoryStatus {
    if store.set(KEY_PROBE, "1").is_err() || store.remove(KEY_PROBE).is_err() {
        return MemoryStatus::Unavailable;
    }
    match store.get(KEY_ON) {
        Ok(Some(v)) if v == "1" => MemoryStatus::On,
        Ok(_) => MemoryStatus::Off,
        Err(_) => MemoryStatus::Unavailable,
    }
}

/// Whether the flag is set, without the write probe of [`status`] (for the start-up
/// restore and the save after every change: nothing is written unless memory is on).
pub fn is_on(store: &dyn Store) -> bool {
    matches!(store.get(KEY_ON), Ok(Some(v)) if v == "1")
}

/// Save the answers (only call when memory is on).
pub fn save(store: &dyn Store, answers: &Answers, today: NaiveDate) -> Result<(), StoreError> {
    store.set(KEY_ANSWERS, &storage_format::export(answers, today))
}

/// Switch memory on and save the current answers at once.
pub fn enable(store: &dyn Store, answers: &Answers, today: NaiveDate) -> Result<(), StoreError> {
    store.set(KEY_ON, "1")?;
    save(store, answers, today)
}

/// Switch memory off: the flag and the remembered answers are removed.
pub fn disable(store: &dyn Store) -> Result<(), StoreError> {
    store.remove(KEY_ANSWERS)?;
    store.remove(KEY_UNREADABLE)?;
    store.remove(KEY_ON)
}

/// "Alles wissen": remove every key of ours.
pub fn clear_all(store: &dyn Store) -> Result<(), StoreError> {
    for k in store.keys()? {
        if k.starts_with(PREFIX) {
            store.remove(&k)?;
        }
    }
    Ok(())
}

/// What was found in memory at start.
#[derive(Debug, Clone, PartialEq)]
pub enum Loaded {
    /// Memory is off, unavailable, or holds nothing.
    Nothing,
    /// Read (perhaps with problems, listed in the report).
    Read(FileReport),
    /// Not readable at all; the text was moved to [`KEY_UNREADABLE`].
    Unreadable(FileError),
}

/// Read remembered answers, if memory is on.
pub fn load(store: &dyn Store, today: NaiveDate) -> Loaded {
    if !is_on(store) {
        return Loaded::Nothing;
    }
    let Ok(Some(text)) = store.get(KEY_ANSWERS) else {
        return Loaded::Nothing;
    };
    match storage_format::import(&text, today) {
        Ok(r) => Loaded::Read(r),
        Err(e) => {
            // Keep the unreadable text aside, so saving new answers does not destroy it.
            let _ = store.set(KEY_UNREADABLE, &text);
            Loaded::Unreadable(e)
        }
    }
}
