//! A citation: the article or official page a rule, deadline or text rests on.

use serde::Serialize;

/// A label (article or page name) and, where there is one, a public URL. Pages render the
/// URL as an outbound link with `rel="noopener noreferrer"`; nothing is ever loaded from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Source {
    pub label: &'static str,
    pub url: Option<&'static str>,
}
