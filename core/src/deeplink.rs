//! Deep links into the calculators (design.md §6): the tool's inputs live in the
//! fragment's own query, `#/transitievergoeding?start=2015-03-01&einde=2026-02-28&loon=4000`
//! and `#/tijdlijn?periode=2026-01-05..&loonsanctie=4`. Fragments never reach a server.
//!
//! Parsing never fails: unknown parameters, malformed values and repeated single-value
//! parameters are ignored and reported as [`LinkNotice`]s, which the page shows.
//! Values are machine notation: dates `YYYY-MM-DD`, numbers plain (`4000`, `3250.50`).
//! The query is split and decoded by the one decoder, [`crate::url`].

use chrono::NaiveDate;

use crate::dates;
use crate::money::Decimal;
use crate::poortwachter::{MilestoneId, SickPeriod, MAX_LOONSANCTIE_WEEKS};
use crate::transitievergoeding::{EmployerSize, Termination};
use crate::url::{parse_query, percent_encode};

/// The query part of a location hash: `#/tijdlijn?periode=…` gives `periode=…`; no `?`
/// gives an empty string.
pub fn hash_query(hash: &str) -> &str {
    hash.split_once('?').map(|(_, q)| q).unwrap_or("")
}

/// Something in a link that was ignored. Its words: `crate::text::calc::link_notice`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkNotice {
    /// A parameter this page does not know.
    Unknown(String),
    /// A known parameter whose value could not be read.
    Malformed(String),
    /// A parameter that may appear once appeared again; the first value is used.
    Repeated(String),
}

/// The transitievergoeding inputs a link can carry. `None`: not in the link.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TvLink {
    pub start: Option<NaiveDate>,
    pub einde: Option<NaiveDate>,
    pub loon: Option<Decimal>,
    pub uurloon: Option<Decimal>,
    pub uren: Option<Decimal>,
    pub vakantiegeld: Option<Decimal>,
    pub vast_jaar: Option<Decimal>,
    pub vast_12m: Option<Decimal>,
    pub variabel_3j: Option<Decimal>,
    pub reden: Option<Termination>,
    pub kosten: Option<Decimal>,
    /// After long illness: the first sick day, the wage paid during the illness, the
    /// payment date and the employer's size class (`small`, `medium_large`, `unknown`,
    /// or the Dutch `klein`, `middelgroot_groot`, `onbekend`).
    pub eerste_ziektedag: Option<NaiveDate>,
    pub loon_tijdens_ziekte: Option<Decimal>,
    pub betaaldatum: Option<NaiveDate>,
    pub werkgever_grootte: Option<EmployerSize>,
}

/// The parameter names of the transitievergoeding link, in documentation order.
pub const TV_PARAMS: [&str; 15] = [
    "start",
    "einde",
    "loon",
    "uurloon",
    "uren",
    "vakantiegeld",
    "vast_jaar",
    "vast_12m",
    "variabel_3j",
    "reden",
    "kosten",
    "eerste_ziektedag",
    "loon_tijdens_ziekte",
    "betaaldatum",
    "werkgever_grootte",
];

impl TvLink {
    /// True when the link carries any input at all.
    pub fn is_empty(&self) -> bool {
        *self == TvLink::default()
    }
}

fn number(v: &str) -> Option<Decimal> {
    Decimal::parse_plain(v).ok()
}

/// Read the transitievergoeding parameters. Never fails.
pub fn parse_tv(query: &str) -> (TvLink, Vec<LinkNotice>) {
    let mut link = TvLink::default();
    let mut notices = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    for (k, v) in parse_query(query) {
        if !TV_PARAMS.contains(&k.as_str()) {
            notices.push(LinkNotice::Unknown(k));
            continue;
        }
        if seen.contains(&k) {
            notices.push(LinkNotice::Repeated(k));
            continue;
        }
        seen.push(k.clone());
        let ok = match k.as_str() {
            "start" => dates::parse_iso(&v).ok().map(|d| link.start = Some(d)),
            "einde" => dates::parse_iso(&v).ok().map(|d| link.einde = Some(d)),
            "loon" => number(&v).map(|d| link.loon = Some(d)),
            "uurloon" => number(&v).map(|d| link.uurloon = Some(d)),
            "uren" => number(&v).map(|d| link.uren = Some(d)),
            "vakantiegeld" => number(&v).map(|d| link.vakantiegeld = Some(d)),
            "vast_jaar" => number(&v).map(|d| link.vast_jaar = Some(d)),
            "vast_12m" => number(&v).map(|d| link.vast_12m = Some(d)),
            "variabel_3j" => number(&v).map(|d| link.variabel_3j = Some(d)),
            "reden" => Termination::parse(&v).map(|t| link.reden = Some(t)),
            "kosten" => number(&v).map(|d| link.kosten = Some(d)),
            "eerste_ziektedag" => dates::parse_iso(&v)
                .ok()
                .map(|d| link.eerste_ziektedag = Some(d)),
            "loon_tijdens_ziekte" => number(&v).map(|d| link.loon_tijdens_ziekte = Some(d)),
            "betaaldatum" => dates::parse_iso(&v)
                .ok()
                .map(|d| link.betaaldatum = Some(d)),
            "werkgever_grootte" => {
                EmployerSize::parse(&v).map(|g| link.werkgever_grootte = Some(g))
            }
            _ => None,
        };
        if ok.is_none() {
            notices.push(LinkNotice::Malformed(k));
        }
    }
    (link, notices)
}

/// Write a transitievergoeding link query (without `?`), parameters in documentation order.
pub fn build_tv(link: &TvLink) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut put = |k: &str, v: String| out.push(format!("{k}={}", percent_encode(&v)));
    if let Some(d) = link.start {
        put("start", dates::iso(d));
    }
    if let Some(d) = link.einde {
        put("einde", dates::iso(d));
    }
    let nums = [
        ("loon", link.loon),
        ("uurloon", link.uurloon),
        ("uren", link.uren),
        ("vakantiegeld", link.vakantiegeld),
        ("vast_jaar", link.vast_jaar),
        ("vast_12m", link.vast_12m),
        ("variabel_3j", link.variabel_3j),
    ];
    for (k, v) in nums {
        if let Some(v) = v {
            put(k, v.to_plain());
        }
    }
    if let Some(t) = link.reden {
        put("reden", t.code().into());
    }
    if let Some(v) = link.kosten {
        put("kosten", v.to_plain());
    }
    if let Some(d) = link.eerste_ziektedag {
        put("eerste_ziektedag", dates::iso(d));
    }
    if let Some(v) = link.loon_tijdens_ziekte {
        put("loon_tijdens_ziekte", v.to_plain());
    }
    if let Some(d) = link.betaaldatum {
        put("betaaldatum", dates::iso(d));
    }
    if let Some(g) = link.werkgever_grootte {
        put("werkgever_grootte", g.code().into());
    }
    out.join("&")
}

/// The calendar inputs a link can carry.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TijdlijnLink {
    /// In link order; `until: None` while still sick.
    pub periods: Vec<SickPeriod>,
    pub loonsanctie: Option<u32>,
    /// The last day of a contract that ends during the illness (`einde`).
    pub einde: Option<NaiveDate>,
    /// The employer carries its own Ziektewet risk (`erd_zw=1`).
    pub erd_zw: bool,
    /// Steps already done (`gedaan=probleemanalyse,plan_van_aanpak`): the advice passes
    /// the steps the answers say are done, so the calendar never calls them late.
    pub done: Vec<MilestoneId>,
}

impl TijdlijnLink {
    pub fn is_empty(&self) -> bool {
        *self == TijdlijnLink::default()
    }
}

/// `FROM..UNTIL` or `FROM..` (still sick).
pub fn parse_periode(v: &str) -> Option<SickPeriod> {
    let (a, b) = v.split_once("..")?;
    let from = dates::parse_iso(a).ok()?;
    let until = if b.trim().is_empty() {
        None
    } else {
        Some(dates::parse_iso(b).ok()?)
    };
    if until.is_some_and(|u| u < from) {
        return None;
    }
    Some(SickPeriod { from, until })
}

/// Read the calendar parameters. `periode` may repeat; `loonsanctie`, `einde`, `erd_zw` and
/// `gedaan` may not. Never fails.
pub fn parse_tijdlijn(query: &str) -> (TijdlijnLink, Vec<LinkNotice>) {
    let mut link = TijdlijnLink::default();
    let mut notices = Vec::new();
    let mut loonsanctie_seen = false;
    let mut seen: Vec<String> = Vec::new();
    for (k, v) in parse_query(query) {
        if matches!(k.as_str(), "einde" | "erd_zw" | "gedaan") {
            if seen.contains(&k) {
                notices.push(LinkNotice::Repeated(k));
                continue;
            }
            seen.push(k.clone());
        }
        match k.as_str() {
            "einde" => match dates::parse_iso(&v) {
                Ok(d) => link.einde = Some(d),
                Err(_) => notices.push(LinkNotice::Malformed(k)),
            },
            "erd_zw" => match v.trim() {
                "1" => link.erd_zw = true,
                "0" => link.erd_zw = false,
                _ => notices.push(LinkNotice::Malformed(k)),
            },
            "periode" => match parse_periode(&v) {
                // A sensible bound: nobody needs more than 50 periods in a link.
                Some(p) if link.periods.len() < 50 => link.periods.push(p),
                Some(_) | None => notices.push(LinkNotice::Malformed(k)),
            },
            "loonsanctie" => {
                if loonsanctie_seen {
                    notices.push(LinkNotice::Repeated(k));
                    continue;
                }
                loonsanctie_seen = true;
                match v.trim().parse::<u32>() {
                    Ok(n) if n <= MAX_LOONSANCTIE_WEEKS => link.loonsanctie = Some(n),
                    _ => notices.push(LinkNotice::Malformed(k)),
                }
            }
            "gedaan" => {
                // A comma list of step ids; ids that are not steps are named once.
                let mut bad = false;
                for id in v.split(',').map(str::trim).filter(|id| !id.is_empty()) {
                    match MilestoneId::parse(id) {
                        Some(m) if !link.done.contains(&m) => link.done.push(m),
                        Some(_) => {}
                        None => bad = true,
                    }
                }
                if bad {
                    notices.push(LinkNotice::Malformed(k));
                }
            }
            _ => notices.push(LinkNotice::Unknown(k)),
        }
    }
    (link, notices)
}

/// Write a calendar link query (without `?`).
pub fn build_tijdlijn(link: &TijdlijnLink) -> String {
    let mut out: Vec<String> = link
        .periods
        .iter()
        .map(|p| {
            let until = p.until.map(dates::iso).unwrap_or_default();
            format!(
                "periode={}",
                percent_encode(&format!("{}..{until}", dates::iso(p.from)))
            )
        })
        .collect();
    if let Some(n) = link.loonsanctie {
        out.push(format!("loonsanctie={n}"));
    }
    if let Some(d) = link.einde {
        out.push(format!("einde={}", dates::iso(d)));
    }
    if link.erd_zw {
        out.push("erd_zw=1".to_string());
    }
    if !link.done.is_empty() {
        let ids: Vec<String> = link.done.iter().map(|m| m.code()).collect();
        out.push(format!("gedaan={}", ids.join(",")));
    }
    out.join("&")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::text::calc::link_notice;
    use crate::url::percent_decode;
    use proptest::prelude::*;

    use crate::dates::ymd as d;

    #[test]
    fn valid_transitievergoeding_link() {
        let (l, n) = parse_tv(hash_query(
            "#/transitievergoeding?start=2015-03-01&einde=2026-02-28&loon=4000&vakantiegeld=8",
        ));
        assert!(n.is_empty(), "{n:?}");
        assert_eq!(l.start, Some(d(2015, 3, 1)));
        assert_eq!(l.einde, Some(d(2026, 2, 28)));
        assert_eq!(l.loon, Some(Decimal::from_int(4000)));
        assert_eq!(l.vakantiegeld, Some(Decimal::from_int(8)));
        assert_eq!(l.uurloon, None);
        let (l2, n2) = parse_tv(
            "uurloon=25.50&uren=38&vast_jaar=3000&vast_12m=1200&variabel_3j=4500&reden=fixed_term_not_renewed&kosten=500",
        );
        assert!(n2.is_empty());
        assert_eq!(l2.uurloon.map(|x| x.to_plain()), Some("25.5".into()));
        assert_eq!(l2.reden, Some(Termination::FixedTermNotRenewed));
        assert_eq!(l2.kosten, Some(Decimal::from_int(500)));
    }

    #[test]
    fn malformed_unknown_and_repeated_are_ignored_with_notices() {
        let (l, n) = parse_tv(
            "start=2015-02-31&loon=veel&reden=boos&foo=1&einde=2026-01-01&einde=2027-01-01&=x&loon",
        );
        assert_eq!(l.start, None);
        assert_eq!(l.loon, None);
        assert_eq!(l.reden, None);
        assert_eq!(l.einde, Some(d(2026, 1, 1)));
        assert_eq!(
            n,
            vec![
                LinkNotice::Malformed("start".into()),
                LinkNotice::Malformed("loon".into()),
                LinkNotice::Malformed("reden".into()),
                LinkNotice::Unknown("foo".into()),
                LinkNotice::Repeated("einde".into()),
                LinkNotice::Unknown("".into()),
                LinkNotice::Repeated("loon".into()),
            ]
        );
        assert!(link_notice(&LinkNotice::Unknown("foo".into()), Lang::Nl).contains("foo"));
        assert!(link_notice(&LinkNotice::Malformed("loon".into()), Lang::En).contains("loon"));
    }

    #[test]
    fn percent_encoding_and_odd_input() {
        assert_eq!(percent_decode("a%20b+c%zz%"), "a b c%zz%");
        assert_eq!(percent_decode("%E2%82%AC"), "€");
        let (l, n) = parse_tv("loon=4000%2E50");
        assert!(n.is_empty());
        assert_eq!(l.loon.map(|x| x.to_plain()), Some("4000.5".into()));
        assert_eq!(hash_query("#/tijdlijn"), "");
        assert_eq!(parse_tv(""), (TvLink::default(), vec![]));
    }

    #[test]
    fn tv_link_round_trip() {
        let l = TvLink {
            start: Some(d(2015, 3, 1)),
            einde: Some(d(2026, 2, 28)),
            loon: Some(Decimal::new(325050, 2)),
            vakantiegeld: Some(Decimal::from_int(8)),
            reden: Some(Termination::MutualConsent),
            kosten: Some(Decimal::from_int(0)),
            ..TvLink::default()
        };
        let q = build_tv(&l);
        assert_eq!(
            q,
            "start=2015-03-01&einde=2026-02-28&loon=3250.5&vakantiegeld=8&reden=mutual_consent&kosten=0"
        );
        let (back, n) = parse_tv(&q);
        assert!(n.is_empty());
        assert_eq!(
            back,
            TvLink {
                loon: Some(Decimal::new(32505, 1)),
                ..l
            }
        );
    }

    #[test]
    fn tijdlijn_links() {
        let (l, n) = parse_tijdlijn(hash_query(
            "#/tijdlijn?periode=2026-01-05..&periode=2025-03-03..2025-05-30&loonsanctie=4",
        ));
        assert!(n.is_empty());
        assert_eq!(
            l.periods,
            vec![
                SickPeriod {
                    from: d(2026, 1, 5),
                    until: None
                },
                SickPeriod {
                    from: d(2025, 3, 3),
                    until: Some(d(2025, 5, 30))
                },
            ]
        );
        assert_eq!(l.loonsanctie, Some(4));
        let (l2, n2) = parse_tijdlijn(
            "periode=2026-01-05&periode=2026-02-01..2026-01-01&loonsanctie=53&loonsanctie=2&x=1&periode=2026-13-01..",
        );
        assert!(l2.periods.is_empty());
        assert_eq!(l2.loonsanctie, None);
        assert_eq!(
            n2,
            vec![
                LinkNotice::Malformed("periode".into()),
                LinkNotice::Malformed("periode".into()),
                LinkNotice::Malformed("loonsanctie".into()),
                LinkNotice::Repeated("loonsanctie".into()),
                LinkNotice::Unknown("x".into()),
                LinkNotice::Malformed("periode".into()),
            ]
        );
        let q = build_tijdlijn(&l);
        assert_eq!(
            q,
            "periode=2026-01-05..&periode=2025-03-03..2025-05-30&loonsanctie=4"
        );
        assert_eq!(parse_tijdlijn(&q).0, l);
    }

    #[test]
    fn tijdlijn_links_carry_the_contract_end() {
        let (l, n) = parse_tijdlijn("periode=2026-09-01..&einde=2026-12-31&erd_zw=1");
        assert!(n.is_empty(), "{n:?}");
        assert_eq!(l.einde, Some(d(2026, 12, 31)));
        assert!(l.erd_zw);
        assert_eq!(
            build_tijdlijn(&l),
            "periode=2026-09-01..&einde=2026-12-31&erd_zw=1"
        );
        // A value that cannot be read is ignored; a repeated parameter counts once.
        let (l, n) = parse_tijdlijn("einde=31-12-2026&erd_zw=ja&einde=2026-12-31&erd_zw=1");
        assert_eq!(l.einde, None);
        assert!(!l.erd_zw);
        assert_eq!(
            n,
            vec![
                LinkNotice::Malformed("einde".into()),
                LinkNotice::Malformed("erd_zw".into()),
                LinkNotice::Repeated("einde".into()),
                LinkNotice::Repeated("erd_zw".into()),
            ]
        );
        let (l, n) = parse_tijdlijn("einde=2026-12-31&einde=2027-01-31");
        assert_eq!(l.einde, Some(d(2026, 12, 31)));
        assert_eq!(n, vec![LinkNotice::Repeated("einde".into())]);
    }

    #[test]
    fn steps_done_in_a_calendar_link() {
        let (l, n) = parse_tijdlijn(
            "periode=2026-01-05..&gedaan=probleemanalyse,plan_van_aanpak,probleemanalyse",
        );
        assert!(n.is_empty(), "{n:?}");
        assert_eq!(
            l.done,
            vec![MilestoneId::Probleemanalyse, MilestoneId::PlanVanAanpak]
        );
        let q = build_tijdlijn(&l);
        assert_eq!(
            q,
            "periode=2026-01-05..&gedaan=probleemanalyse,plan_van_aanpak"
        );
        assert_eq!(parse_tijdlijn(&q).0, l);
        // An id that is not a step is named; the valid ones are kept; a second `gedaan`
        // is ignored.
        let (l, n) = parse_tijdlijn("gedaan=spoor_3,evaluatie_2&gedaan=probleemanalyse");
        assert_eq!(l.done, vec![MilestoneId::Evaluatie(2)]);
        assert_eq!(
            n,
            vec![
                LinkNotice::Malformed("gedaan".into()),
                LinkNotice::Repeated("gedaan".into())
            ]
        );
    }

    proptest! {
        #[test]
        fn no_panic_on_any_fragment(s in ".{0,120}") {
            let _ = parse_tv(hash_query(&s));
            let _ = parse_tijdlijn(hash_query(&s));
            let _ = parse_tv(&s);
            let _ = parse_tijdlijn(&s);
        }

        #[test]
        fn build_then_parse_is_identity(
            y in 1950i32..2099, m in 1u32..=12, dd in 1u32..=28,
            loon in 0i64..100_000_000, weeks in 0u32..=52
        ) {
            let from = NaiveDate::from_ymd_opt(y, m, dd).unwrap();
            let tl = TijdlijnLink { periods: vec![SickPeriod { from, until: None }], loonsanctie: Some(weeks), done: vec![], einde: from.checked_add_days(chrono::Days::new(u64::from(weeks) * 7)), erd_zw: weeks % 2 == 0 };
            let (back, notes) = parse_tijdlijn(&build_tijdlijn(&tl));
            prop_assert!(notes.is_empty());
            prop_assert_eq!(back, tl);
            let tv = TvLink { start: Some(from), loon: Some(Decimal::new(i128::from(loon), 2)), ..TvLink::default() };
            let (back, notes) = parse_tv(&build_tv(&tv));
            prop_assert!(notes.is_empty());
            prop_assert_eq!(back.start, tv.start);
            prop_assert_eq!(back.loon.map(|x| x.to_cents()), tv.loon.map(|x| x.to_cents()));
        }
    }
}
