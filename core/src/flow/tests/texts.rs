//! Texts: every question, option and outcome has its texts, and docs/flow.md lists them.

use super::*;

#[test]
fn every_question_has_texts_per_role_and_language() {
    use crate::text::flow::{option_label, question_text, unknown_label};
    for q in Q::ALL {
        for v in [Voice::Werknemer, Voice::Werkgever] {
            let nl = question_text(q, v, Lang::Nl);
            let en = question_text(q, v, Lang::En);
            for s in [nl.heading, nl.help, nl.short, en.heading, en.help, en.short] {
                assert!(!s.trim().is_empty(), "{q}");
            }
            assert_ne!(nl.heading, en.heading, "{q}");
            assert_ne!(nl.help, en.help, "{q}");
            for o in q.question().options() {
                let a = option_label(q, *o, v, Lang::Nl);
                let b = option_label(q, *o, v, Lang::En);
                assert!(!a.is_empty() && !b.is_empty());
                assert_ne!(a, b, "{q} {o:?}");
            }
            // Option labels within a question are distinct.
            let mut labels: Vec<_> = q
                .question()
                .options()
                .iter()
                .map(|o| option_label(q, *o, v, Lang::Nl))
                .collect();
            let n = labels.len();
            labels.sort();
            labels.dedup();
            assert_eq!(labels.len(), n, "{q}");
        }
        if q.question().allow_unknown {
            assert_ne!(unknown_label(q, Lang::Nl), unknown_label(q, Lang::En));
        }
        if let Kind::Money { .. } = q.question().kind {
            assert!(unknown_label(q, Lang::Nl).contains("niet invullen"));
        }
    }
    assert_eq!(
        question_text(Q::ZiekNu, Voice::Werknemer, Lang::Nl).heading,
        "Ben je nu ziek?"
    );
    assert_eq!(
        question_text(Q::ZiekNu, Voice::Werkgever, Lang::Nl).heading,
        "Is je werknemer nu ziek?"
    );
}

#[test]
fn outcome_texts_are_complete() {
    use crate::flow::outcome::Warning;
    use crate::text::flow::outcome::{route_sources, route_text, warning_sources, warning_text};
    let routes = AdviceRoute::ALL;
    for r in routes {
        assert!(!route_sources(r).is_empty(), "{r:?}");
        for v in [Voice::Werknemer, Voice::Werkgever] {
            let nl = route_text(r, v, Lang::Nl);
            let en = route_text(r, v, Lang::En);
            assert_eq!(nl.next.len(), en.next.len(), "{r:?}");
            assert_eq!(nl.employee_must.len(), en.employee_must.len(), "{r:?}");
            assert_eq!(nl.conditions.len(), en.conditions.len(), "{r:?}");
            assert_eq!(nl.risks.len(), en.risks.len(), "{r:?}");
            assert_eq!(nl.uncertain.is_some(), en.uncertain.is_some());
            assert!(!nl.next.is_empty());
            assert_ne!(nl.title, en.title);
        }
    }
    let kinds = WarningKind::ALL;
    for k in kinds {
        assert!(!warning_sources(k).is_empty(), "{k:?}");
        for v in [Voice::Werknemer, Voice::Werkgever] {
            for date in [None, Some(d(2027, 4, 30))] {
                let w = Warning { kind: k, date };
                let nl = warning_text(&w, v, Lang::Nl);
                let en = warning_text(&w, v, Lang::En);
                assert!(!nl.consequence.contains("{datum}") && !en.action.contains("{datum}"));
                assert_ne!(nl.title, en.title);
                assert!(!nl.action.is_empty() && !en.consequence.is_empty());
            }
        }
    }
}

#[test]
fn docs_flow_md_lists_every_question_and_option() {
    // docs/flow.md is the public contract of the ids (design.md §6).
    let doc = include_str!("../../../../docs/flow.md");
    for q in Q::ALL {
        let row = doc
            .lines()
            .find(|l| l.starts_with(&format!("| `{}` |", q.as_str())))
            .unwrap_or_else(|| panic!("{q} missing in docs/flow.md"));
        for o in q.question().options() {
            assert!(
                row.contains(&format!("`{}`", o.as_str())),
                "{q}: option {o:?} missing"
            );
        }
        assert!(
            row.ends_with(if q.question().allow_unknown {
                "| yes |"
            } else {
                "| no |"
            }),
            "{q}"
        );
    }
}

#[test]
fn check_answers_groups() {
    use crate::flow::questions::Section;
    use crate::flow::routing::relevant_by_section;
    let groups = relevant_by_section(&given(&sick_employee_spoor2()));
    let names: Vec<Section> = groups.iter().map(|g| g.0).collect();
    assert_eq!(
        names,
        vec![
            Section::Rol,
            Section::Ziekte,
            Section::Baan,
            Section::Contract,
            Section::Inkomen
        ]
    );
    // ziek_nu … spoor2_gestart: 13 questions (no bedrijfsarts judgement: no conflict).
    assert_eq!(groups[1].1.len(), 13);
    for s in names {
        for v in [Voice::Werknemer, Voice::Werkgever] {
            assert_ne!(
                crate::text::flow::section_title(s, v, Lang::Nl),
                crate::text::flow::section_title(s, v, Lang::En)
            );
        }
    }
}
