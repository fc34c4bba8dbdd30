//! Tests of the income projection's words: percentages, summaries, and the texts that must agree with the law notes.

use super::*;

#[test]
fn percentages_and_summary_read_well() {
    assert_eq!(pct(7000, Lang::Nl), "70");
    assert_eq!(pct(5075, Lang::Nl), "50,75");
    assert_eq!(pct(5075, Lang::En), "50.75");
    let s = Summary {
        first: Cents(400_000),
        after_months: 24,
        level: Cents(161_000),
    };
    assert_eq!(
        summary_text(&s, Lang::Nl),
        "Na 24 maanden daalt je inkomen naar ongeveer € 1.610 per maand."
    );
    assert_eq!(
        summary_text(&s, Lang::En),
        "After 24 months your income drops to about €1,610 a month."
    );
    // One month is "maand" / "month".
    let one = Summary {
        after_months: 1,
        level: Cents(450_000),
        ..s
    };
    assert_eq!(
        summary_text(&one, Lang::Nl),
        "Na 1 maand stijgt je inkomen naar ongeveer € 4.500 per maand."
    );
    assert_eq!(
        summary_text(&one, Lang::En),
        "After 1 month your income rises to about €4,500 a month."
    );
}

#[test]
fn every_text_exists_in_both_languages() {
    for l in [Lang::Nl, Lang::En] {
        for s in Source::ALL {
            assert!(!source_name(s, l).is_empty());
        }
        for a in AoClass::ALL {
            assert!(!ao_label(a, l).is_empty());
        }
    }
    assert_ne!(
        IncomeText::Title.text(Lang::Nl),
        IncomeText::Title.text(Lang::En)
    );
}

fn consideration(kind: ConsiderationKind, lang: Lang) -> String {
    consideration_text(
        &Consideration {
            role: crate::income::Role::Employee,
            kind,
            sources: &[],
        },
        lang,
    )
}

#[test]
fn a_vso_while_sick_is_refused_not_maybe() {
    let nl = consideration(ConsiderationKind::VsoWhileSick, Lang::Nl);
    assert!(
        nl.contains("UWV weigert") && nl.contains("wachttijd"),
        "{nl}"
    );
    assert!(
        !nl.contains("kan dan je Ziektewet-uitkering weigeren"),
        "{nl}"
    );
    let en = consideration(ConsiderationKind::VsoWhileSick, Lang::En);
    assert!(
        en.contains("UWV then refuses") && en.contains("waiting period"),
        "{en}"
    );
    assert!(!en.contains("can then refuse"), "{en}");
}

#[test]
fn sick_pay_rules_name_the_cap_not_at_least_seventy_percent() {
    for kind in [PhaseKind::SickPayYear1, PhaseKind::SickPayYear2] {
        let ph = Phase {
            kind,
            from: chrono::NaiveDate::from_ymd_opt(2026, 1, 5).unwrap_or_default(),
            until: chrono::NaiveDate::from_ymd_opt(2026, 12, 31).unwrap_or_default(),
            pct_bp: Some(7000),
        };
        let nl = phase_rule(&ph, Lang::Nl);
        assert!(
            nl.contains("niet meer dan 70% van het maximumdagloon"),
            "{nl}"
        );
        assert!(!nl.contains("minstens 70%"), "{nl}");
        let en = phase_rule(&ph, Lang::En);
        assert!(
            en.contains("no more than 70% of the maximum daily wage"),
            "{en}"
        );
        assert!(!en.contains("at least 70%"), "{en}");
    }
}

#[test]
fn the_vervolguitkering_text_agrees_with_the_page() {
    let ph = Phase {
        kind: PhaseKind::WgaVervolg,
        from: chrono::NaiveDate::from_ymd_opt(2028, 1, 3).unwrap_or_default(),
        until: chrono::NaiveDate::from_ymd_opt(2028, 12, 31).unwrap_or_default(),
        pct_bp: Some(2800),
    };
    let nl = phase_rule(&ph, Lang::Nl);
    assert!(
        nl.contains("als dat lager was") && nl.contains("art. 62 WIA"),
        "{nl}"
    );
    assert!(!nl.contains("hoe hoog je loon ook was"), "{nl}");
    let en = phase_rule(&ph, Lang::En);
    assert!(
        en.contains("if that was lower") && en.contains("art. 62 WIA"),
        "{en}"
    );
    assert!(!en.contains("however high your wage was"), "{en}");
}

#[test]
fn voluntary_insurance_and_the_baz_without_a_status_of_our_own() {
    let nl = consideration(ConsiderationKind::VoluntaryUwvInsurance, Lang::Nl);
    assert!(
        nl.contains("13 weken nadat") && nl.contains("in het jaar daarvoor"),
        "{nl}"
    );
    let en = consideration(ConsiderationKind::VoluntaryUwvInsurance, Lang::En);
    assert!(
        en.contains("13 weeks after") && en.contains("in the year before"),
        "{en}"
    );
    let nl = consideration(ConsiderationKind::AovAndBaz, Lang::Nl);
    assert!(!nl.contains("nog geen wet") && !nl.contains("2030"), "{nl}");
    let en = consideration(ConsiderationKind::AovAndBaz, Lang::En);
    assert!(!en.contains("not law yet") && !en.contains("2030"), "{en}");
}

#[test]
fn the_compensation_deadline_runs_from_the_payment_and_plans_have_no_status_here() {
    let nl = consideration(ConsiderationKind::Compensatieregeling, Lang::Nl);
    assert!(
        nl.contains(
            "binnen 6 maanden na de betaling (bij betaling in termijnen: na de laatste termijn)"
        ),
        "{nl}"
    );
    assert!(!nl.contains("na het einde van het contract") && !nl.contains("nog geen wet"));
    let en = consideration(ConsiderationKind::Compensatieregeling, Lang::En);
    assert!(
        en.contains("within 6 months after the payment (when paid in instalments: after the last instalment)"),
        "{en}"
    );
    assert!(!en.contains("after the contract ends") && !en.contains("not law yet"));
    for lang in [Lang::Nl, Lang::En] {
        let t = note_text(Note::PlannedChanges, lang);
        assert!(!t.contains("18 of 12") && !t.contains("18 or 12"), "{t}");
        assert!(
            !t.contains("nog geen wet") && !t.contains("not law yet"),
            "{t}"
        );
    }
}
