//! Tests of the printable summary: every part present, no scripts or loads, typed text escaped.

use super::*;
use crate::flow::{Answer, Opt, QuestionId as Q};
use crate::money::Cents;

use crate::dates::ymd as d;

fn today() -> NaiveDate {
    d(2026, 11, 22)
}

/// A sick employee whose job ends: every part of the report has content.
fn full() -> Answers {
    let mut a = Answers::new();
    for (q, v) in [
        (Q::Rol, Answer::Choice(Opt::Werknemer)),
        (Q::ZiekNu, Answer::Choice(Opt::Ja)),
        (Q::EersteZiektedag, Answer::Date(d(2026, 1, 5))),
        (Q::EerdereZiekteperiode, Answer::Choice(Opt::Nee)),
        (Q::ProbleemanalyseGedaan, Answer::Choice(Opt::Ja)),
        (Q::PlanVanAanpakGedaan, Answer::Choice(Opt::Ja)),
        (Q::ArbeidsdeskundigOnderzoek, Answer::Choice(Opt::Nee)),
        (Q::EigenWerkMogelijk, Answer::Choice(Opt::Nee)),
        (Q::AangepastWerkMogelijk, Answer::Choice(Opt::Nee)),
        (Q::AnderWerkIntern, Answer::Choice(Opt::Nee)),
        (Q::OorzaakWerkOfConflict, Answer::Choice(Opt::Nee)),
        (Q::TerugkeerBinnen26Weken, Answer::Choice(Opt::Nee)),
        (Q::EerstejaarsevaluatieGedaan, Answer::Choice(Opt::Nee)),
        (Q::Spoor2Gestart, Answer::Choice(Opt::Nee)),
        (Q::BaanEindigt, Answer::Choice(Opt::Ja)),
        (Q::RedenEinde, Answer::Choice(Opt::Reorganisatie)),
        (Q::Initiatief, Answer::Choice(Opt::Werkgever)),
        (Q::DatumEinde, Answer::Date(d(2026, 12, 31))),
        (Q::VsoAangeboden, Answer::Choice(Opt::Nee)),
        (Q::ContractType, Answer::Choice(Opt::Vast)),
        (Q::DatumInDienst, Answer::Date(d(2016, 4, 1))),
        (Q::UrenPerWeek, Answer::Integer(36)),
        (Q::BrutoMaandloon, Answer::Money(Cents(325_000))),
        (Q::WerkgeverGrootte, Answer::Choice(Opt::Vanaf25)),
        (Q::Leeftijd, Answer::Integer(45)),
        (Q::HiaatExcedent, Answer::Unknown),
        (Q::LoonBovenWiaGrens, Answer::Choice(Opt::Nee)),
        (Q::ZelfstandigInkomen, Answer::Choice(Opt::Nee)),
    ] {
        a.insert(q, v);
    }
    a
}

#[test]
fn the_report_holds_every_part() {
    let r = build(&full(), today(), Lang::Nl, None);
    assert_eq!(r.made, "Gemaakt op 22 november 2026");
    // Answers grouped as on the check-answers page, in interview order.
    let titles: Vec<&str> = r.answers.iter().map(|(t, _)| *t).collect();
    assert_eq!(titles.first(), Some(&"Over jou"));
    assert!(titles.contains(&"Einde van het contract"));
    let all_rows: Vec<&(String, String)> = r.answers.iter().flat_map(|(_, rows)| rows).collect();
    assert!(all_rows.iter().any(|(_, a)| a == "5 januari 2026"));
    assert!(all_rows.iter().any(|(_, a)| a == "€ 3.250,00"));
    // Advice: route cards.
    assert!(!r.outcome.routes.is_empty());
    // The calendar comes from the poortwachter engine: week 6 ends 15 Feb 2026
    // (5 Jan + 41 days, docs/law/poortwachter.md#worked-example-a) and 104 weeks end 3 Jan 2028... the
    // engine's own rows are shown as they are.
    assert!(
        r.calendar.iter().any(|c| c.date == "15 februari 2026"),
        "{:?}",
        r.calendar
    );
    assert!(r.calendar.len() >= 8);
    // The transitievergoeding: in service 1 Apr 2016 – 31 Dec 2026 is 10 years and
    // 9 months (129 months). M = 3250 × 1.08 = 3510;
    // 3510 × 129 / 36 = 12.577,50 (below the 2026 cap).
    let m = r.money.as_ref().expect("money part");
    assert_eq!(m.amount, "€ 12.577,50", "{m:?}");
    assert!(!m.lines.is_empty());

    let html = to_html(&r);
    for needle in [
        "<!DOCTYPE html>",
        "<html lang=\"nl\">",
        "Gemaakt op 22 november 2026",
        "informatie, geen juridisch advies",
        "Je antwoorden",
        "15 februari 2026",
        "€ 12.577,50",
        "Hoe is dit berekend?",
        "Hulp en advies",
        "default-src 'none'",
    ] {
        assert!(html.contains(needle), "missing {needle}");
    }
    let md = to_markdown(&r);
    assert!(md.starts_with("# Spoorwijzer: samenvatting"));
    for needle in [
        "15 februari 2026",
        "€ 12\\.577,50",
        "| Datum | Stap | Wie | Stand |",
    ] {
        assert!(md.contains(needle), "missing {needle}");
    }
}

#[test]
fn the_html_has_no_script_and_loads_nothing() {
    for lang in [Lang::Nl, Lang::En] {
        let html = to_html(&build(&full(), today(), lang, Some("J. Jansen")));
        let lower = html.to_lowercase();
        for banned in ["<script", " src=", "<link", "url(", "javascript:"] {
            assert!(!lower.contains(banned), "{banned}");
        }
        // No event handler attribute (` onclick=`, ` onerror=`, ...).
        let b = lower.as_bytes();
        for i in 0..b.len().saturating_sub(3) {
            if b[i] == b' ' && b[i + 1] == b'o' && b[i + 2] == b'n' {
                let rest = &lower[i + 3..];
                let word: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_alphabetic())
                    .collect();
                assert!(
                    !rest[word.len()..].starts_with('='),
                    "handler attribute on{word}"
                );
            }
        }
        // Every <a> is an outbound link with rel.
        assert_eq!(
            lower.matches("<a ").count(),
            lower.matches("rel=\"noopener noreferrer\"").count()
        );
    }
}

#[test]
fn typed_text_is_escaped() {
    let payload =
        "<script>alert(1)</script><img src=x onerror=alert(2)> & \"' [x](javascript:alert(3))";
    let r = build(&full(), today(), Lang::En, Some(payload));
    let html = to_html(&r);
    assert!(!html.contains("<script>alert"));
    assert!(!html.contains("<img"));
    assert!(html.contains(
        "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt; &amp; &quot;&#39;"
    ));
    let md = to_markdown(&r);
    assert!(!md.contains("<script>"));
    assert!(!md.contains("[x](javascript"));
    assert!(md.contains("\\<script\\>alert\\(1\\)"));
    assert!(md.contains("\\[x\\]\\(javascript:alert\\(3\\)\\)"));
    // A label cannot start a heading or break out of its line.
    let r = build(
        &Answers::new(),
        today(),
        Lang::Nl,
        Some("# kop\n## nog een"),
    );
    let md = to_markdown(&r);
    assert!(
        md.contains("\\# kop  \\#\\# nog een") || md.contains("\\# kop \\#\\# nog een"),
        "{md}"
    );
    assert_eq!(escape_html("a<b>&'\""), "a&lt;b&gt;&amp;&#39;&quot;");
    assert_eq!(escape_md("*vet*"), "\\*vet\\*");
}

#[test]
fn without_answers_the_report_says_so() {
    let r = build(&Answers::new(), today(), Lang::Nl, Some("   "));
    assert!(r.answers.is_empty());
    assert!(r.calendar.is_empty());
    assert!(r.money.is_none());
    assert!(r.label.is_none());
    let html = to_html(&r);
    assert!(html.contains("Er zijn nog geen antwoorden."));
    // Parts that do not apply are left out, with their headings.
    assert!(!html.contains(KeepText::ReportCalendar.text(Lang::Nl)));
    assert!(!html.contains(KeepText::ReportMoney.text(Lang::Nl)));
    assert!(!html.contains("Geen bedrag"));
    assert_eq!(
        file_name(today(), "html"),
        "spoorwijzer-samenvatting-2026-11-22.html"
    );
}

#[test]
fn english_report_is_english() {
    let r = build(&full(), today(), Lang::En, None);
    let html = to_html(&r);
    assert!(html.contains("<html lang=\"en\">"));
    assert!(html.contains("Made on 22 November 2026"), "{}", r.made);
    assert!(html.contains("Your answers"));
    assert!(!html.contains("Je antwoorden"));
}

/// The money part of the Dutch report when the job ends on `end`.
fn money_when_ending(end: NaiveDate) -> MoneyPart {
    let mut a = full();
    a.insert(Q::DatumEinde, Answer::Date(end));
    build(&a, today(), Lang::Nl, None)
        .money
        .expect("money part")
}

#[test]
fn an_engine_refusal_is_explained() {
    // An end date before the start date: the engine refuses, and the part says why.
    let m = money_when_ending(d(2009, 3, 31));
    assert_eq!(m.headline, "Transitievergoeding: niet berekend");
    assert!(!m.reason.is_empty());
    assert!(m.amount.is_empty());
}

#[test]
fn an_end_date_far_ahead_gets_an_amount_with_its_estimate() {
    // An end date in 2031: no cap is published, so the engine carries the last one
    // forward and the report gives the amount, never a refusal.
    let m = money_when_ending(d(2031, 3, 31));
    assert_ne!(m.headline, "Transitievergoeding: niet berekend");
    assert!(!m.amount.is_empty());
}

#[test]
fn announced_changes_are_in_the_report_as_on_the_advice_page() {
    // The job ends: the register's notice on the WW duration is shown with the warnings,
    // with its status label and the date it was last checked.
    let r = build(&full(), today(), Lang::Nl, None);
    assert!(r.outcome.pending_law.iter().any(|n| n.code == "ww_duur"));
    let html = to_html(&r);
    assert!(
        html.contains("Let op: plan, nog geen wetsvoorstel"),
        "status label"
    );
    assert!(html.contains("Laatst gecontroleerd op 29 november 2026"));
    let md = to_markdown(&r);
    assert!(md.contains("Laatst gecontroleerd op 29 november 2026"));
    let en = to_html(&build(&full(), today(), Lang::En, None));
    assert!(en.contains("Last checked on 29 November 2026"));
}

#[test]
fn the_self_employed_report_agrees_with_the_advice() {
    // Ill since 2 November 2026, an AOV with 30 days' waiting period, the last job ended
    // 1 September 2026: the last day for UWV's voluntary insurance is 1 December 2026.
    let mut a = Answers::new();
    for (q, v) in [
        (Q::Rol, Answer::Choice(Opt::Zelfstandige)),
        (Q::ZzpZiek, Answer::Choice(Opt::Ja)),
        (Q::ZzpEersteZiektedag, Answer::Date(d(2026, 11, 2))),
        (Q::ZzpJaarwinst, Answer::Money(Cents(4_800_000))),
        (Q::ZzpAov, Answer::Choice(Opt::Ja)),
        (Q::ZzpAovBedrag, Answer::Unknown),
        (Q::ZzpAovEigenrisico, Answer::Integer(30)),
        (Q::ZzpBroodfonds, Answer::Choice(Opt::Nee)),
        (Q::ZzpUwvVrijwillig, Answer::Choice(Opt::Nee)),
        (Q::ZzpVerplichtVerzekerd, Answer::Choice(Opt::Ja)),
        (Q::ZzpEindeVerplicht, Answer::Date(d(2026, 9, 1))),
    ] {
        a.insert(q, v);
    }
    let r = build(&a, today(), Lang::Nl, None);
    // The report's outcome is the advice page's, in words.
    assert_eq!(r.outcome, outcome(&a, today()).render(Lang::Nl));
    let titles: Vec<&str> = r.answers.iter().map(|(t, _)| *t).collect();
    assert_eq!(titles, vec!["Over jou", "Je werk als zelfstandige"]);
    // No employer's world: no poortwachter calendar, no transitievergoeding part.
    assert!(r.calendar.is_empty() && r.money.is_none());
    let html = to_html(&r);
    for fact in [
        "dinsdag 1 december 2026",
        "vanaf ongeveer 2 december 2026",
        "eigenrisicotermijn van 30 dagen",
        "Basisverzekering arbeidsongeschiktheid zelfstandigen (BAZ)",
        "Arbeidsongeschiktheidsverzekering (AOV): de keuzes",
    ] {
        assert!(html.contains(fact), "{fact}");
    }
    assert!(!html.contains("niet van toepassing"));
    let md = to_markdown(&r);
    assert!(md.contains("dinsdag 1 december 2026") && md.contains("2 december 2026"));
}
