//! App-wide configuration from the query string before the `#` (design.md §6), as an
//! iframe's `src` carries it. Invalid values are ignored and listed as notices; they never
//! stop the app.

use spoorwijzer_core::text::Lang;

use crate::state::Role;

/// Decode `application/x-www-form-urlencoded` text. Invalid escapes are kept as typed.
pub fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3])
                    .ok()
                    .and_then(|h| u8::from_str_radix(h, 16).ok());
                match hex {
                    Some(b) => {
                        out.push(b);
                        i += 3;
                    }
                    None => {
                        out.push(b'%');
                        i += 1;
                    }
                }
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Encode a query component.
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// Split a query string (without `?`) into decoded key/value pairs, in order.
pub fn parse_query(q: &str) -> Vec<(String, String)> {
    q.split('&')
        .filter(|p| !p.is_empty())
        .map(|p| match p.split_once('=') {
            Some((k, v)) => (percent_decode(k), percent_decode(v)),
            None => (percent_decode(p), String::new()),
        })
        .collect()
}

/// Join key/value pairs into a query string (without `?`).
pub fn build_query(pairs: &[(String, String)]) -> String {
    pairs
        .iter()
        .map(|(k, v)| format!("{}={}", percent_encode(k), percent_encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// The app-wide configuration read so far.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Config {
    pub lang: Option<Lang>,
    pub rol: Option<Role>,
    pub org: Option<String>,
    /// Parameters that were present but could not be used: (key, value).
    pub ignored: Vec<(String, String)>,
}

/// Read the configuration from a query string.
pub fn config_from_query(q: &str) -> Config {
    let mut c = Config::default();
    for (k, v) in parse_query(q) {
        match k.as_str() {
            "lang" => match Lang::parse(&v) {
                Some(l) if v.len() == 2 => c.lang = Some(l),
                _ => c.ignored.push((k, v)),
            },
            "rol" => match Role::parse(&v) {
                Some(r @ (Role::Werknemer | Role::Werkgever)) => c.rol = Some(r),
                _ => c.ignored.push((k, v)),
            },
            "org" => {
                let t = v.trim();
                if t.is_empty() || t.chars().count() > 80 {
                    c.ignored.push((k, v));
                } else {
                    c.org = Some(t.to_string());
                }
            }
            _ => {}
        }
    }
    c
}

/// The language: `?lang=` first, then the browser's language, then Dutch.
pub fn initial_lang(config: &Config, navigator: Option<&str>) -> Lang {
    config
        .lang
        .or_else(|| navigator.and_then(Lang::parse))
        .unwrap_or(Lang::Nl)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_and_encodes() {
        assert_eq!(percent_decode("a%20b+c"), "a b c");
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz"), "%zz");
        assert_eq!(percent_decode("%23005ea5"), "#005ea5");
        assert_eq!(percent_encode("Acme & Co"), "Acme%20%26%20Co");
        let pairs = parse_query("lang=en&org=Acme%20BV&flag");
        assert_eq!(pairs[1], ("org".to_string(), "Acme BV".to_string()));
        assert_eq!(pairs[2], ("flag".to_string(), String::new()));
        assert_eq!(build_query(&pairs), "lang=en&org=Acme%20BV&flag=");
    }

    #[test]
    fn reads_config_and_ignores_bad_values() {
        let c = config_from_query("lang=en&rol=werkgever&org=Acme");
        assert_eq!(c.lang, Some(Lang::En));
        assert_eq!(c.rol, Some(Role::Werkgever));
        assert_eq!(c.org.as_deref(), Some("Acme"));
        let c = config_from_query("lang=fr&rol=baas&org=");
        assert_eq!(c.lang, None);
        assert_eq!(c.rol, None);
        assert_eq!(c.ignored.len(), 3);
        assert_eq!(initial_lang(&c, Some("en-US")), Lang::En);
        assert_eq!(initial_lang(&c, Some("de-DE")), Lang::Nl);
        assert_eq!(
            initial_lang(&config_from_query("lang=nl"), Some("en-US")),
            Lang::Nl
        );
    }
}
