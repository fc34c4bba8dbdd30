//! What a host must set, shown in the preview panel (`preview=1`, EMBEDDING.md §1 and §3):
//!
//! - the Content-Security-Policy header: the app's own policy (the `<meta>` policy of
//!   `index.html`) plus `frame-ancestors` with the origins that may frame the app, which a
//!   `<meta>` policy cannot carry;
//! - whether the offline worker (`sw.js`, beside `index.html`) can work from the page's
//!   address: its scope is the page's folder, and it serves the page offline only as the
//!   folder address or `index.html`.
//!
//! Pure functions of what the page knows (its path, whether the context is secure, whether
//! it is framed); the words are in `crate::text::embed`.

use super::origin;

/// The app's policy, exactly as the `<meta http-equiv="Content-Security-Policy">` of
/// `index.html` writes it (a test keeps the two, and EMBEDDING.md, equal).
pub const APP_POLICY: &str = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; manifest-src 'self'; worker-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'";

/// The policy a host sends as a header: the app's policy and `frame-ancestors 'self'` with
/// every embedding origin given (only valid origins, as `parent` accepts them; repeats and
/// invalid values are left out). With no origin it allows framing by the app's own site
/// only.
pub fn header_policy<S: AsRef<str>>(origins: &[S]) -> String {
    let mut allowed: Vec<String> = Vec::new();
    for o in origins {
        if let Ok(o) = origin(o.as_ref()) {
            if !allowed.contains(&o) {
                allowed.push(o);
            }
        }
    }
    let mut out = format!("{APP_POLICY}; frame-ancestors 'self'");
    for o in allowed {
        out.push(' ');
        out.push_str(&o);
    }
    out
}

/// The worker's scope for a page at `pathname` (`sw.js` sits beside `index.html`): the
/// folder, up to and including the last `/`.
pub fn worker_scope(pathname: &str) -> String {
    match pathname.rfind('/') {
        Some(i) => pathname[..=i].to_string(),
        None => "/".to_string(),
    }
}

/// Whether the offline worker can work for this page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WorkerUse {
    /// It registers with the page's folder as its scope, and the page starts offline.
    Usable,
    /// Not a secure context (plain `http:` on a host other than localhost): browsers offer
    /// no service worker there.
    NotSecure,
    /// The browser offers no service worker here (an old browser, a private mode, or
    /// storage blocked for this frame).
    Unsupported,
    /// Framed: the browser keeps the worker and its cache apart per host page
    /// (partitioned), or refuses it; the app works online.
    Framed,
    /// The page's file is not `index.html` (say `spoorwijzer.html`): the worker serves the
    /// app offline only under the folder address or `index.html`.
    OtherFileName,
}

/// The worker's scope and whether it can be used, from what the page knows.
pub fn worker_use(pathname: &str, secure: bool, api: bool, framed: bool) -> WorkerUse {
    let file = &pathname[worker_scope(pathname).len().min(pathname.len())..];
    if !secure {
        WorkerUse::NotSecure
    } else if !api {
        WorkerUse::Unsupported
    } else if !(file.is_empty() || file == "index.html") {
        WorkerUse::OtherFileName
    } else if framed {
        WorkerUse::Framed
    } else {
        WorkerUse::Usable
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_app_policy_is_the_one_index_html_and_the_guide_write() {
        let index = include_str!("../../../index.html");
        let meta =
            format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{APP_POLICY}\">");
        assert!(
            index.contains(&meta),
            "index.html's meta policy differs from APP_POLICY"
        );
        let guide = include_str!("../../../EMBEDDING.md");
        assert!(
            guide.contains(&format!("{APP_POLICY}; frame-ancestors 'self' https://")),
            "EMBEDDING.md's header policy differs from APP_POLICY"
        );
    }

    #[test]
    fn frame_ancestors_lists_self_and_each_valid_origin_once() {
        assert_eq!(
            header_policy::<&str>(&[]),
            format!("{APP_POLICY}; frame-ancestors 'self'")
        );
        let p = header_policy(&[
            "https://www.example.nl/",
            "https://WWW.example.nl",
            "https://intranet.example.nl:8443",
            "javascript:alert(1)",
            "https://evil.example.nl/path",
            "http://example.nl",
            "*",
        ]);
        assert_eq!(
            p,
            format!(
                "{APP_POLICY}; frame-ancestors 'self' https://www.example.nl https://intranet.example.nl:8443"
            )
        );
        assert!(!p.contains("evil") && !p.contains('*'));
    }

    #[test]
    fn the_scope_is_the_pages_folder() {
        assert_eq!(worker_scope("/"), "/");
        assert_eq!(worker_scope("/hr/spoorwijzer/"), "/hr/spoorwijzer/");
        assert_eq!(
            worker_scope("/hr/spoorwijzer/index.html"),
            "/hr/spoorwijzer/"
        );
        assert_eq!(worker_scope("/hr/spoorwijzer.html"), "/hr/");
        assert_eq!(worker_scope(""), "/");
    }

    #[test]
    fn whether_the_worker_can_be_used() {
        use WorkerUse::*;
        assert_eq!(worker_use("/hr/spoorwijzer/", true, true, false), Usable);
        assert_eq!(worker_use("/index.html", true, true, false), Usable);
        assert_eq!(
            worker_use("/hr/spoorwijzer/", false, true, false),
            NotSecure
        );
        assert_eq!(
            worker_use("/hr/spoorwijzer/", true, false, false),
            Unsupported
        );
        assert_eq!(worker_use("/hr/spoorwijzer/", true, true, true), Framed);
        assert_eq!(
            worker_use("/hr/spoorwijzer.html", true, true, false),
            OtherFileName
        );
        assert_eq!(
            worker_use("/hr/start.html", true, true, true),
            OtherFileName
        );
        assert_eq!(worker_use("", true, true, false), Usable);
    }
}
