//! Files made in the browser: a Blob offered as a download, with no network. Used for the
//! .ics calendar, CSV results and exported answers.

use wasm_bindgen::JsCast;

/// Offer `contents` as a file called `filename` with MIME type `mime`. Returns false when
/// the browser refused (the caller then shows a message).
pub fn offer(filename: &str, mime: &str, contents: &str) -> bool {
    let blob = gloo::file::Blob::new_with_options(contents, Some(mime));
    let url = gloo::file::ObjectUrl::from(blob);
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let Ok(el) = document.create_element("a") else {
        return false;
    };
    let Ok(a) = el.dyn_into::<web_sys::HtmlAnchorElement>() else {
        return false;
    };
    a.set_href(&url);
    a.set_download(filename);
    a.set_hidden(true);
    let Some(body) = document.body() else {
        return false;
    };
    if body.append_child(&a).is_err() {
        return false;
    }
    a.click();
    let _ = body.remove_child(&a);
    // The object URL is revoked when `url` is dropped: keep it alive for a while so every
    // browser has read the Blob, then let it go.
    gloo::timers::callback::Timeout::new(60_000, move || drop(url)).forget();
    true
}

/// Copy text to the clipboard. The promise's outcome is not awaited; the caller says
/// "gekopieerd" only as a polite status.
pub fn copy_text(text: &str) -> bool {
    match web_sys::window() {
        Some(w) => {
            let _ = w.navigator().clipboard().write_text(text);
            true
        }
        None => false,
    }
}
