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
    // One month is "maand" / "month".
    let one = Summary {
        after_months: 1,
        level: Cents(450_000),
        ..s
    };
    for (s, nl, en) in [
        (
            s,
            "Na 24 maanden daalt je inkomen naar ongeveer € 1.610 per maand.",
            "After 24 months your income drops to about €1,610 a month.",
        ),
        (
            one,
            "Na 1 maand stijgt je inkomen naar ongeveer € 4.500 per maand.",
            "After 1 month your income rises to about €4,500 a month.",
        ),
    ] {
        assert_eq!(summary_text(&s, Lang::Nl), nl);
        assert_eq!(summary_text(&s, Lang::En), en);
    }
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

/// Asserts that `text` says each of `yes` and none of `no`.
fn says(text: &str, yes: &[&str], no: &[&str]) {
    for y in yes {
        assert!(text.contains(y), "{y:?} is missing: {text}");
    }
    for n in no {
        assert!(!text.contains(n), "{n:?} should not be there: {text}");
    }
}

/// A phase from `first_day` January to 31 December of `year`, at `pct_bp` basis points.
fn phase(kind: PhaseKind, year: i32, first_day: u32, pct_bp: u32) -> Phase {
    let day = |m, d| chrono::NaiveDate::from_ymd_opt(year, m, d).unwrap_or_default();
    Phase {
        kind,
        from: day(1, first_day),
        until: day(12, 31),
        pct_bp: Some(pct_bp),
    }
}

#[test]
fn a_vso_while_sick_is_refused_not_maybe() {
    let nl = consideration(ConsiderationKind::VsoWhileSick, Lang::Nl);
    says(
        &nl,
        &["UWV weigert", "wachttijd"],
        &["kan dan je Ziektewet-uitkering weigeren"],
    );
    let en = consideration(ConsiderationKind::VsoWhileSick, Lang::En);
    says(
        &en,
        &["UWV then refuses", "waiting period"],
        &["can then refuse"],
    );
}

#[test]
fn sick_pay_rules_name_the_cap_not_at_least_seventy_percent() {
    for kind in [PhaseKind::SickPayYear1, PhaseKind::SickPayYear2] {
        let ph = phase(kind, 2026, 5, 7000);
        let nl = phase_rule(&ph, Lang::Nl);
        says(
            &nl,
            &["niet meer dan 70% van het maximumdagloon"],
            &["minstens 70%"],
        );
        let en = phase_rule(&ph, Lang::En);
        says(
            &en,
            &["no more than 70% of the maximum daily wage"],
            &["at least 70%"],
        );
    }
}

#[test]
fn the_vervolguitkering_text_agrees_with_the_page() {
    let ph = phase(PhaseKind::WgaVervolg, 2028, 3, 2800);
    let nl = phase_rule(&ph, Lang::Nl);
    says(
        &nl,
        &["als dat lager was", "art. 62 WIA"],
        &["hoe hoog je loon ook was"],
    );
    let en = phase_rule(&ph, Lang::En);
    says(
        &en,
        &["if that was lower", "art. 62 WIA"],
        &["however high your wage was"],
    );
}

#[test]
fn voluntary_insurance_and_the_baz_without_a_status_of_our_own() {
    let nl = consideration(ConsiderationKind::VoluntaryUwvInsurance, Lang::Nl);
    says(&nl, &["13 weken nadat", "in het jaar daarvoor"], &[]);
    let en = consideration(ConsiderationKind::VoluntaryUwvInsurance, Lang::En);
    says(&en, &["13 weeks after", "in the year before"], &[]);
    let nl = consideration(ConsiderationKind::AovAndBaz, Lang::Nl);
    says(&nl, &[], &["nog geen wet", "2030"]);
    let en = consideration(ConsiderationKind::AovAndBaz, Lang::En);
    says(&en, &[], &["not law yet", "2030"]);
}

#[test]
fn the_compensation_deadline_runs_from_the_payment_and_plans_have_no_status_here() {
    let nl = consideration(ConsiderationKind::Compensatieregeling, Lang::Nl);
    says(
        &nl,
        &["binnen 6 maanden na de betaling (bij betaling in termijnen: na de laatste termijn)"],
        &["na het einde van het contract", "nog geen wet"],
    );
    let en = consideration(ConsiderationKind::Compensatieregeling, Lang::En);
    says(
        &en,
        &["within 6 months after the payment (when paid in instalments: after the last instalment)"],
        &["after the contract ends", "not law yet"],
    );
    for lang in [Lang::Nl, Lang::En] {
        let t = note_text(Note::PlannedChanges, lang);
        says(
            t,
            &[],
            &["18 of 12", "18 or 12", "nog geen wet", "not law yet"],
        );
    }
}
