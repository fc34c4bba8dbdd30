//! Links from the advice into the tools: every link carries what the answers know, and
//! the tool reads all of it (no parameter it would ignore with a notice).

use super::*;
use crate::deeplink::{hash_query, parse_tijdlijn, parse_tv};
use crate::flow::outcome::{Tool, ToolLink};
use crate::form_model::inkomen::parse_query as parse_income;
use crate::transitievergoeding::EmployerSize;

/// The query of a tool link, checked by the tool's own reader: no notices.
fn read_without_notices(l: &ToolLink) {
    let q = hash_query(&l.href);
    let notices = match l.tool {
        Tool::Tijdlijn => parse_tijdlijn(q).1,
        Tool::Transitievergoeding => parse_tv(q).1,
        Tool::Inkomen => parse_income(q).1,
        Tool::Vergelijk | Tool::Uitleg => Vec::new(),
    };
    assert!(notices.is_empty(), "{}: {notices:?}", l.href);
}

/// A sick employee whose job ends after long illness, with every input the calculator can
/// take.
fn dismissed_after_long_illness() -> Vec<(Q, Answer)> {
    amend(
        sick_employee_spoor2(),
        "baan_eindigt=ja reden_einde=langdurige_ziekte initiatief=werkgever \
         datum_einde=2028-02-29 vso_aangeboden=nee",
    )
}

#[test]
fn every_tool_link_of_the_scripted_situations_reads_cleanly() {
    let scripts = [
        sick_employee_spoor2(),
        sick_in_conflict(c(Opt::Situatief)),
        reorganisation_ends(d(2026, 12, 31)),
        dismissed_after_long_illness(),
    ];
    for s in scripts {
        let o = outcome(&given(&s), today());
        assert!(!o.tools.is_empty());
        for l in &o.tools {
            read_without_notices(l);
        }
    }
}

#[test]
fn the_calculator_link_after_long_illness_carries_the_first_sick_day_and_size() {
    let o = outcome(&given(&dismissed_after_long_illness()), today());
    let (link, _) = parse_tv(hash_query(tool_href(&o, Tool::Transitievergoeding)));
    assert_eq!(link.start, Some(d(2015, 9, 1)));
    assert_eq!(link.einde, Some(d(2028, 2, 29)));
    assert_eq!(link.eerste_ziektedag, Some(d(2026, 1, 5)));
    assert_eq!(link.werkgever_grootte, Some(EmployerSize::MediumLarge));
    // Not after illness: no first sick day and no size class in the link.
    let p = reorganisation_ends(d(2026, 12, 31));
    let o = outcome(&given(&p), today());
    let href = tool_href(&o, Tool::Transitievergoeding);
    assert!(!href.contains("eerste_ziektedag") && !href.contains("werkgever_grootte"));
}
