//! Share by link: `#/gedeeld/<payload>` (design.md §6).
//!
//! The payload is `1.` followed by the base64url text (RFC 4648 §5, without `=` padding)
//! of the compact export file (`crate::storage_format`, its current version). The `1.` is the link
//! format's own version, so a later, shorter encoding can use `2.` while old links keep
//! working. There is no compression: a full set of answers gives a link of about 1.5 KB,
//! which every browser accepts.
//!
//! The fragment never reaches a server. The web app writes the link only to the
//! clipboard, never into its own address bar, so answers do not pile up in history.
//! A damaged or altered link gives a [`ShareError`] (or, when the JSON is still readable,
//! a report that lists what could not be read); the decoder never panics.

use chrono::NaiveDate;
use serde::Serialize;

use crate::flow::Answers;
use crate::storage_format::{self, FileError, FileReport};

/// The route prefix of a shared link.
pub const ROUTE_PREFIX: &str = "#/gedeeld/";
/// The link format version written now.
pub const LINK_VERSION_PREFIX: &str = "1.";
/// Longer payloads are refused unread.
pub const MAX_PAYLOAD_CHARS: usize = 64 * 1024;

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// base64url without padding.
pub fn base64url_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b0 = u32::from(chunk.first().copied().unwrap_or(0));
        let b1 = u32::from(chunk.get(1).copied().unwrap_or(0));
        let b2 = u32::from(chunk.get(2).copied().unwrap_or(0));
        let n = (b0 << 16) | (b1 << 8) | b2;
        let chars = chunk.len() + 1;
        for i in 0..chars {
            let idx = ((n >> (18 - 6 * i)) & 63) as usize;
            out.push(char::from(ALPHABET[idx]));
        }
    }
    out
}

fn value_of(c: u8) -> Option<u32> {
    match c {
        b'A'..=b'Z' => Some(u32::from(c - b'A')),
        b'a'..=b'z' => Some(u32::from(c - b'a') + 26),
        b'0'..=b'9' => Some(u32::from(c - b'0') + 52),
        b'-' => Some(62),
        b'_' => Some(63),
        _ => None,
    }
}

/// Decode base64url; trailing `=` padding is tolerated. `None` for any other character
/// or an impossible length.
pub fn base64url_decode(s: &str) -> Option<Vec<u8>> {
    let s = s.trim_end_matches('=');
    let bytes = s.as_bytes();
    if bytes.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(bytes.len() / 4 * 3 + 2);
    for chunk in bytes.chunks(4) {
        let mut n: u32 = 0;
        for (i, c) in chunk.iter().enumerate() {
            n |= value_of(*c)? << (18 - 6 * i);
        }
        let produced = chunk.len() - 1;
        for i in 0..produced {
            out.push(((n >> (16 - 8 * i)) & 0xff) as u8);
        }
    }
    Some(out)
}

/// The payload for these answers.
pub fn encode(answers: &Answers, today: NaiveDate) -> String {
    let json = storage_format::export_compact(answers, today);
    format!("{LINK_VERSION_PREFIX}{}", base64url_encode(json.as_bytes()))
}

/// The full link: `base` (the page address without `#`, e.g. `https://host/path/`) plus
/// `#/gedeeld/<payload>`. Anything after a `#` in `base` is dropped.
pub fn link(base: &str, answers: &Answers, today: NaiveDate) -> String {
    let base = base.split('#').next().unwrap_or("");
    format!("{base}{ROUTE_PREFIX}{}", encode(answers, today))
}

/// Why a link could not be read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum ShareError {
    /// Nothing after `#/gedeeld/`.
    Empty,
    /// Longer than [`MAX_PAYLOAD_CHARS`].
    TooLong,
    /// Not a link format this version knows (no `1.` at the start).
    UnknownLinkVersion,
    /// Characters that cannot be in a link payload, or a cut-off payload.
    BadEncoding,
    /// The decoded bytes are not text.
    NotText,
    /// The text is not a readable answers file.
    File(FileError),
}

/// Read a payload (what follows `#/gedeeld/`). A payload that went through percent
/// encoding on the way (`%2E` for `.`) is read as well.
pub fn decode(payload: &str, today: NaiveDate) -> Result<FileReport, ShareError> {
    if payload.len() > MAX_PAYLOAD_CHARS {
        return Err(ShareError::TooLong);
    }
    let payload = payload.trim();
    let payload = payload.strip_prefix(ROUTE_PREFIX).unwrap_or(payload);
    if payload.is_empty() {
        return Err(ShareError::Empty);
    }
    // A browser may percent-encode a character of the fragment on the way.
    let unescaped = crate::url::percent_decode(payload);
    let Some(body) = unescaped.strip_prefix(LINK_VERSION_PREFIX) else {
        return Err(ShareError::UnknownLinkVersion);
    };
    let bytes = base64url_decode(body).ok_or(ShareError::BadEncoding)?;
    let text = String::from_utf8(bytes).map_err(|_| ShareError::NotText)?;
    storage_format::import(&text, today).map_err(ShareError::File)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::flow::{Answer, Opt, QuestionId};
    use proptest::prelude::*;

    use crate::dates::ymd as d;

    #[test]
    fn base64url_matches_rfc4648_vectors() {
        // RFC 4648 §10 test vectors, without padding.
        let cases = [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ];
        for (plain, enc) in cases {
            assert_eq!(base64url_encode(plain.as_bytes()), enc);
            assert_eq!(base64url_decode(enc).unwrap(), plain.as_bytes());
        }
        // The url-safe alphabet: 0xfb 0xff → "-_8" (standard base64 would give "+/8").
        assert_eq!(base64url_encode(&[0xfb, 0xff]), "-_8");
        assert_eq!(base64url_decode("Zg=="), Some(b"f".to_vec()));
        assert_eq!(base64url_decode("Z"), None);
        assert_eq!(base64url_decode("Zm+v"), None);
    }

    fn sample() -> Answers {
        let mut a = Answers::new();
        a.insert(QuestionId::Rol, Answer::Choice(Opt::Werknemer));
        a.insert(QuestionId::ZiekNu, Answer::Choice(Opt::Ja));
        a.insert(QuestionId::EersteZiektedag, Answer::Date(d(2026, 1, 5)));
        a.insert(QuestionId::Leeftijd, Answer::Integer(45));
        a.insert(QuestionId::HiaatExcedent, Answer::Unknown);
        a
    }

    #[test]
    fn link_round_trips() {
        let today = d(2026, 11, 22);
        let url = link(
            "https://example.org/app/?lang=nl#/bewaren",
            &sample(),
            today,
        );
        assert!(url.starts_with("https://example.org/app/?lang=nl#/gedeeld/1."));
        let payload = url.split(ROUTE_PREFIX).nth(1).unwrap();
        assert!(payload
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || b"-_.".contains(&c)));
        let r = decode(payload, today).unwrap();
        assert_eq!(r.answers, sample());
        assert!(r.problems.is_empty());
        assert_eq!(r.created, Some(today));
        // The whole fragment works as well.
        assert_eq!(
            decode(&format!("{ROUTE_PREFIX}{payload}"), today)
                .unwrap()
                .answers,
            sample()
        );
        // A percent-encoded dot is read.
        let escaped = payload.replacen('.', "%2E", 1);
        assert_eq!(decode(&escaped, today).unwrap().answers, sample());
    }

    #[test]
    fn tampered_links_fail_with_a_reason() {
        let today = d(2026, 11, 22);
        let p = encode(&sample(), today);
        assert_eq!(decode("", today), Err(ShareError::Empty));
        assert_eq!(decode(&p[2..], today), Err(ShareError::UnknownLinkVersion));
        assert_eq!(
            decode(&format!("2.{}", &p[2..]), today),
            Err(ShareError::UnknownLinkVersion)
        );
        assert_eq!(
            decode(&format!("{p}!"), today),
            Err(ShareError::BadEncoding)
        );
        // Cut off: the JSON ends too early.
        let cut = &p[..p.len() - 8];
        assert!(matches!(
            decode(cut, today),
            Err(ShareError::File(FileError::NotJson { .. }))
                | Err(ShareError::BadEncoding)
                | Err(ShareError::NotText)
        ));
        // Invalid UTF-8: 0xff 0xfe.
        assert_eq!(decode("1.__4", today), Err(ShareError::NotText));
        // Valid base64 of a JSON array.
        let arr = format!("1.{}", base64url_encode(b"[1,2]"));
        assert!(matches!(
            decode(&arr, today),
            Err(ShareError::File(FileError::NotAnObject { .. }))
        ));
        let long = "1.".to_string() + &"A".repeat(MAX_PAYLOAD_CHARS);
        assert_eq!(decode(&long, today), Err(ShareError::TooLong));
    }

    #[test]
    fn an_altered_answer_is_reported_and_the_rest_kept() {
        let today = d(2026, 11, 22);
        let json = storage_format::export_compact(&sample(), today)
            .replace("\"leeftijd\":45", "\"leeftijd\":450");
        let p = format!("1.{}", base64url_encode(json.as_bytes()));
        let r = decode(&p, today).unwrap();
        assert_eq!(r.answers.len(), sample().len() - 1);
        assert_eq!(r.problems.len(), 1);
    }

    proptest! {
        #[test]
        fn decoder_never_panics(s in ".{0,300}") {
            let _ = decode(&s, d(2026, 11, 22));
        }

        #[test]
        fn decoder_never_panics_on_link_like_input(s in "1\\.[A-Za-z0-9_%=.-]{0,400}") {
            let _ = decode(&s, d(2026, 11, 22));
        }

        #[test]
        fn base64_round_trips(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
            prop_assert_eq!(base64url_decode(&base64url_encode(&bytes)), Some(bytes));
        }

        #[test]
        fn flipping_one_character_never_panics(i in 0usize..2000, c in "[A-Za-z0-9_-]") {
            let today = d(2026, 11, 22);
            let p = encode(&sample(), today);
            let mut chars: Vec<char> = p.chars().collect();
            let n = chars.len();
            chars[i % n] = c.chars().next().unwrap();
            let s: String = chars.into_iter().collect();
            let _ = decode(&s, today);
        }
    }
}
