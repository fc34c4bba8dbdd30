//! Two situations as real people meet them, on the fixed today of these tests (Sunday 22
//! November 2026): a settlement agreement (VSO) on the table, and conflict together with
//! illness. Given these answers, the outcome holds these facts with these dates and
//! amounts, in both voices. The amounts are worked out by hand in the comments.

use super::*;
use super::{rendered_card, warning};
use crate::flow::outcome::{VsoBenefit, VsoComparison, VsoPoint};
use crate::flow::routing::ROUTING_QUESTIONS;
use crate::money::Cents;

/// A person: who answers, the cause of the sickness and the bedrijfsarts's judgement, the
/// answer about a settlement agreement (VSO), and the person's own facts as script answers:
/// the first sick day (none: not sick), the VSO's amount and end date, and the contract's
/// start, hours and wage. The consistency test of the situation (`flow/situation/tests.rs`)
/// uses the same people.
pub(in crate::flow) struct Person {
    pub rol: Opt,
    pub cause: Opt,
    pub judgement: Option<Opt>,
    pub vso: Opt,
    pub facts: Vec<(Q, Answer)>,
}

impl Person {
    /// `rol` answering for a person with these `facts`, not in a conflict, who is offered
    /// a settlement agreement.
    pub fn new(rol: Opt, facts: &str) -> Person {
        Person {
            rol,
            cause: Opt::Nee,
            judgement: None,
            vso: Opt::Aangeboden,
            facts: script(facts),
        }
    }

    /// The same person in a conflict at work, with the bedrijfsarts's `judgement`.
    pub fn in_conflict(self, judgement: Opt) -> Person {
        Person {
            cause: Opt::Conflict,
            judgement: Some(judgement),
            ..self
        }
    }

    fn fact(&self, q: Q) -> Option<Answer> {
        self.facts.iter().find(|(f, _)| *f == q).map(|(_, a)| *a)
    }

    fn first_sick_day(&self) -> Option<NaiveDate> {
        match self.fact(Q::EersteZiektedag) {
            Some(Answer::Date(first)) => Some(first),
            _ => None,
        }
    }

    /// The answers in interview order.
    pub fn path(&self) -> Vec<(Q, Answer)> {
        let fact = |q| self.fact(q).unwrap_or_else(|| panic!("no fact {q}"));
        let mut p = match self.first_sick_day() {
            Some(first) => {
                let mut over = vec![
                    (Q::ArbeidsdeskundigOnderzoek, c(Opt::Nee)),
                    (Q::AnderWerkIntern, Answer::Unknown),
                    (Q::OorzaakWerkOfConflict, c(self.cause)),
                    (Q::EerstejaarsevaluatieGedaan, c(Opt::Nee)),
                    (Q::Spoor2Gestart, c(Opt::JaReintegratiebedrijf)),
                ];
                over.extend(
                    self.judgement
                        .map(|j| (Q::OordeelBedrijfsartsSituatief, c(j))),
                );
                sick_path(self.rol, first, &over)
            }
            None => vec![(Q::Rol, c(self.rol)), (Q::ZiekNu, c(Opt::Nee))],
        };
        p.extend(script(
            "baan_eindigt=misschien reden_einde=reorganisatie initiatief=werkgever",
        ));
        p.push((Q::VsoAangeboden, c(self.vso)));
        p.extend(vso_terms(
            self.vso,
            fact(Q::VsoBedrag),
            fact(Q::VsoEinddatum),
        ));
        let situatief = self.judgement == Some(Opt::Situatief);
        if self.first_sick_day().is_none() || situatief {
            p.push((Q::Outplacement, c(Opt::Nee)));
        }
        p.push((Q::ContractType, c(Opt::Vast)));
        p.extend([Q::DatumInDienst, Q::UrenPerWeek, Q::BrutoMaandloon].map(|q| (q, fact(q))));
        p.extend(script("werkgever_grootte=vanaf_25 leeftijd=48"));
        if self.rol == Opt::Werkgever {
            p.push((Q::Eigenrisicodrager, c(Opt::Nee)));
        }
        if self.first_sick_day().is_some() {
            p.extend(script("hiaat_excedent=geen loon_boven_wia_grens=nee"));
        }
        if self.rol == Opt::Werknemer {
            p.push((Q::ZelfstandigInkomen, c(Opt::Nee)));
        }
        p
    }
}

fn vso_of(p: &Person) -> (crate::flow::Outcome, VsoComparison) {
    let path = p.path();
    assert_path(&path);
    let o = outcome(&given(&path), today());
    let v = o.vso.clone().expect("a VSO comparison");
    (o, v)
}

/// Sanne is sick since Monday 5 January 2026 (docs/law/poortwachter.md#worked-example-a:
/// the 104 weeks end on Sunday 2 January 2028, the ban on dismissal after 4 January 2028,
/// week 53 starts on 4 January 2027). She works 36 hours for € 4.000 a month since
/// 1 March 2016. Her employer offers € 15.000 gross to end the contract on 28 February
/// 2027.
fn sanne(rol: Opt) -> Person {
    Person::new(
        rol,
        "eerste_ziektedag=2026-01-05 vso_bedrag=15000 vso_einddatum=2027-02-28 \
         datum_in_dienst=2016-03-01 uren_per_week=36 bruto_maandloon=4000",
    )
}

#[test]
fn a_vso_while_sick_beside_the_transitievergoeding_and_the_wage_until_week_104() {
    for rol in [Opt::Werknemer, Opt::Werkgever] {
        let (o, v) = vso_of(&sanne(rol));
        assert!(!v.signed);
        assert_eq!(v.offered, Some(Cents(1_500_000)));
        assert_eq!(v.end, d(2027, 2, 28));
        assert_eq!(v.assumed, None);
        // 1 March 2016 – 28 February 2027 is 11 whole years; M = € 4.000 × 1,08 = € 4.320;
        // 11 × 4.320 / 3 = € 15.840,00.
        let tv = v.tv.as_ref().expect("the engine's amount");
        assert_eq!(tv.amount, Cents(1_584_000));
        assert!(!tv.capped);
        assert!(tv.href.contains("einde=2027-02-28"), "{}", tv.href);
        assert!(tv.href.contains("reden=mutual_consent"), "{}", tv.href);
        // The wage from 1 March 2027 to 2 January 2028, all in year 2: 70% of € 4.320 is
        // € 3.024,00 a month; March–December 2027 are 10 whole months (€ 30.240,00), and
        // 1–2 January 2028 is 3.024 × 2 / 31 = 195,096… → € 195,10. Total € 30.435,10.
        let s = v.sick.as_ref().expect("sick");
        assert_eq!(s.wachttijd_end, d(2028, 1, 2));
        assert_eq!(s.opzegverbod_end, Some(d(2028, 1, 5)));
        assert!(!s.ends_after_wachttijd);
        let w = s.wage.as_ref().expect("the wage is known");
        assert_eq!((w.from, w.until), (d(2027, 3, 1), d(2028, 1, 2)));
        assert_eq!(w.months.len(), 11);
        assert!(w.months[..10].iter().all(|m| m.amount == Cents(302_400)));
        assert_eq!(w.months[10].amount, Cents(19_510));
        assert_eq!(w.total, Cents(3_043_510));
        // The law together: € 15.840,00 + € 30.435,10 = € 46.275,10; the offer is
        // € 31.275,10 lower.
        assert_eq!(v.law_total, Some(Cents(4_627_510)));
        assert_eq!(v.difference, Some(Cents(-3_127_510)));
        assert_eq!(v.benefits, vec![VsoBenefit::ZwRefused]);
        // The strong warnings, with the date of the ban.
        assert!(o.has_warning(WarningKind::VsoWhileSick));
        assert_eq!(
            warning(&o, WarningKind::OpzegverbodTijdensZiekte).date,
            Some(d(2028, 1, 5))
        );
        assert!(!o.has_warning(WarningKind::VsoWw));

        let nl = o.render(Lang::Nl);
        let r = nl.vso.as_ref().expect("rendered");
        let text = format!("{:?}", r);
        for want in [
            "€ 15.000,00",
            "€ 15.840,00",
            "€ 30.435,10",
            "€ 46.275,10",
            "€ 31.275,10 lager",
            "28 februari 2027",
            "1 maart 2027",
            "2 januari 2028",
            "5 januari 2028",
            "afgerond",
            "art. 45 lid 1 sub j Ziektewet",
        ] {
            assert!(text.contains(want), "{rol:?}: {want} missing in {text}");
        }
        assert_eq!(r.months.len(), 11);
        assert!(r.assumption.is_none());
        match rol {
            Opt::Werkgever => {
                assert_eq!(
                    v.points,
                    vec![
                        VsoPoint::Bedenktermijn,
                        VsoPoint::SickEmployeeRisk,
                        VsoPoint::OtherTerms
                    ]
                );
                assert!(
                    text.contains("met een zieke werknemer is riskant"),
                    "{text}"
                );
                assert!(!text.contains("je werkgever"), "employer voice: {text}");
            }
            _ => {
                assert_eq!(
                    v.points,
                    vec![VsoPoint::Bedenktermijn, VsoPoint::OtherTerms]
                );
                assert!(text.contains("Teken niet onder druk"), "{text}");
                assert!(!text.contains("je werknemer"), "employee voice: {text}");
            }
        }
        let en = o.render(Lang::En);
        let text = format!("{:?}", en.vso);
        for want in ["€15,840.00", "€30,435.10", "28 February 2027", "lower"] {
            assert!(text.contains(want), "{want} missing in {text}");
        }
    }
}

#[test]
fn a_signed_vso_still_shows_the_comparison_and_the_bedenktermijn() {
    let mut p = sanne(Opt::Werknemer);
    p.vso = Opt::Getekend;
    let (o, v) = vso_of(&p);
    assert!(v.signed);
    assert!(o.has_warning(WarningKind::VsoSignedWhileSick));
    let r = o.render(Lang::Nl).vso.expect("rendered");
    assert!(r.intro.contains("getekend"), "{}", r.intro);
    assert!(
        r.points[0].contains("nog zonder reden ontbinden"),
        "{:?}",
        r.points
    );
    assert!(r.points[0].contains("14 dagen nadat ze tot stand kwam"));
}

/// Bakkerij De Korf (the employer) considers a VSO with an employee sick since Monday 1
/// June 2026, employed since 1 May 2019 for € 3.000 a month (32 hours). Neither the amount
/// nor the end date is settled: "Weet ik niet" for both.
fn de_korf() -> Person {
    let facts = "eerste_ziektedag=2026-06-01 vso_bedrag=weet_niet vso_einddatum=weet_niet \
                 datum_in_dienst=2019-05-01 uren_per_week=32 bruto_maandloon=3000";
    Person::new(Opt::Werkgever, facts)
}

#[test]
fn an_unknown_end_date_gives_a_worked_example_with_its_assumption() {
    let (o, v) = vso_of(&de_korf());
    // 7 whole years of service on 22 November 2026: a notice period of 2 months
    // (art. 7:672 lid 2 BW), given today it ends on 22 January 2027, to the end of the
    // month: 31 January 2027.
    assert_eq!(v.end, d(2027, 1, 31));
    let a = v.assumed.expect("assumed");
    assert_eq!(
        (a.notice_months, a.service_years, a.start_known),
        (2, 7, true)
    );
    assert_eq!(v.offered, None);
    // 1 May 2019 – 31 January 2027: 7 years and 9 whole months. M = € 3.240:
    // 7 × 3.240 / 3 + 9 × 3.240 / 36 = 7.560 + 810 = € 8.370,00.
    assert_eq!(v.tv.as_ref().map(|t| t.amount), Some(Cents(837_000)));
    // Sick since 1 June 2026: the 104 weeks end on 28 May 2028, week 53 starts on 31 May
    // 2027. 70% of € 3.240 = € 2.268,00, above the minimum wage for 32 hours; from
    // 1 February 2027: 15 whole months (€ 34.020,00) and 1–28 May 2028, 2.268 × 28 / 31 =
    // 2.048,516… → € 2.048,52. Total € 36.068,52.
    let s = v.sick.as_ref().expect("sick");
    assert_eq!(s.wachttijd_end, d(2028, 5, 28));
    let w = s.wage.as_ref().expect("wage");
    assert_eq!(w.from, d(2027, 2, 1));
    assert_eq!(w.months.len(), 16);
    assert_eq!(w.months[15].amount, Cents(204_852));
    assert_eq!(w.total, Cents(3_606_852));
    assert_eq!(v.law_total, Some(Cents(837_000 + 3_606_852)));
    assert_eq!(v.difference, None);
    assert!(v.points.contains(&VsoPoint::CompareUnknownAmount));
    // The money section points to the comparison instead of asking for what is missing.
    assert_eq!(o.money, crate::flow::outcome::Money::SeeVso);
    let money = o.render(Lang::Nl).money.lines.join(" ");
    assert!(
        money.contains("hieronder") && !money.contains("Vul"),
        "{money}"
    );
    let nl = o.render(Lang::Nl);
    let r = nl.vso.as_ref().expect("rendered");
    let assumption = r.assumption.as_deref().expect("the assumption in words");
    for want in [
        "31 januari 2027",
        "als voorbeeld",
        "2 maanden",
        "7 jaar",
        "art. 7:672 BW",
        "jouw gewone opzegging",
    ] {
        assert!(
            assumption.to_lowercase().contains(&want.to_lowercase()),
            "{want}: {assumption}"
        );
    }
    let all = format!("{r:?}").to_lowercase();
    assert!(!all.contains("vul in wat ontbreekt") && !all.contains("vul de einddatum in"));
    assert!(all.contains("nog niet bekend"), "{all}");
    assert!(
        all.contains("€ 8.370,00") && all.contains("€ 36.068,52"),
        "{all}"
    );
    let en = o.render(Lang::En).vso.expect("rendered");
    assert!(en.assumption.expect("en").contains("31 January 2027"));
}

#[test]
fn an_unknown_start_date_takes_the_shortest_notice_period() {
    let mut path = de_korf().path();
    for (q, a) in path.iter_mut() {
        if *q == Q::DatumInDienst {
            *a = Answer::Unknown;
        }
    }
    let o = outcome(&given(&path), today());
    let v = o.vso.expect("vso");
    // One month from 22 November 2026, to the end of the month: 31 December 2026.
    assert_eq!(v.end, d(2026, 12, 31));
    assert_eq!(
        v.assumed.map(|a| (a.notice_months, a.start_known)),
        Some((1, false))
    );
    assert!(v.tv.is_none(), "no start date: no amount");
}

/// Tom is not sick. His employer offers € 10.000 to end his contract (since 1 January
/// 2020, € 3.500 a month) on 31 December 2026, earlier than the notice period allows.
#[test]
fn a_vso_without_illness_needs_ww_safe_wording_and_an_early_end_postpones_the_ww() {
    let tom = Person::new(
        Opt::Werknemer,
        "vso_bedrag=10000 vso_einddatum=2026-12-31 \
         datum_in_dienst=2020-01-01 uren_per_week=40 bruto_maandloon=3500",
    );
    let (o, v) = vso_of(&tom);
    // 7 whole years; M = € 3.780; 7 × 3.780 / 3 = € 8.820,00; the offer is € 1.180,00
    // higher.
    assert_eq!(v.tv.as_ref().map(|t| t.amount), Some(Cents(882_000)));
    assert!(v.sick.is_none());
    assert_eq!(v.law_total, Some(Cents(882_000)));
    assert_eq!(v.difference, Some(Cents(118_000)));
    // 6 whole years on 22 November 2026: 2 months' notice, to 31 January 2027.
    assert_eq!(
        v.benefits,
        vec![
            VsoBenefit::WwSafeWording,
            VsoBenefit::WwPostponed {
                notice_end: d(2027, 1, 31)
            }
        ]
    );
    assert!(o.has_warning(WarningKind::VsoWw));
    assert!(!o.has_warning(WarningKind::VsoWhileSick));
    let r = o.render(Lang::Nl).vso.expect("rendered");
    let b = r.benefits.join(" ");
    assert!(
        b.contains("pas na 31 januari 2027") && b.contains("art. 16 WW"),
        "{b}"
    );
    assert!(b.contains("initiatief echt bij je werkgever"), "{b}");
    assert!(format!("{:?}", r.rows).contains("€ 1.180,00 hoger"));
    // The employer reads the WW-safe wording as its own point.
    let mut tom_employer = tom;
    tom_employer.rol = Opt::Werkgever;
    let (_, v) = vso_of(&tom_employer);
    assert!(v.points.contains(&VsoPoint::WwSafeWording));
    assert!(!v.points.contains(&VsoPoint::SickEmployeeRisk));
}

/// Priya has a burn-out since Tuesday 1 September 2026 after a long conflict with her
/// manager; the bedrijfsarts sees her as sick and relates it to the situation at work.
/// Her employer offers a VSO ending on 31 January 2027.
fn priya(rol: Opt) -> Person {
    let facts = "eerste_ziektedag=2026-09-01 vso_bedrag=8000 vso_einddatum=2027-01-31 \
                 datum_in_dienst=2018-01-01 uren_per_week=38 bruto_maandloon=2800";
    Person::new(rol, facts).in_conflict(Opt::ZiekDoorWerksituatie)
}

#[test]
fn a_burn_out_in_a_conflict_follows_the_ordinary_rules_with_the_strong_warnings() {
    for rol in [Opt::Werknemer, Opt::Werkgever] {
        let (o, v) = vso_of(&priya(rol));
        // Ill, so no situational card and no outplacement question; the card says why.
        assert!(!o.has_route(AdviceRoute::Situatief));
        assert!(o.stay_or_leave.is_none());
        let card = &o.routes[0];
        assert_eq!(card.why.first(), Some(&Why::ZiekDoorWerksituatie));
        assert!(o.has_warning(WarningKind::IllnessAndConflict));
        assert!(!o.has_warning(WarningKind::ConflictAskBedrijfsarts));
        assert!(o.has_warning(WarningKind::VsoWhileSick));
        // Two years from 1 September 2026: the ban ends after 31 August 2028.
        assert_eq!(
            warning(&o, WarningKind::OpzegverbodTijdensZiekte).date,
            Some(d(2028, 9, 1))
        );
        // Year 1 (to 30 August 2027) at least the minimum wage for 38 hours; after it 70%
        // of € 2.800 × 1,08 = € 2.116,80 a month. The 104 weeks end on 28 August 2028.
        let s = v.sick.as_ref().expect("sick");
        assert_eq!(s.wachttijd_end, d(2028, 8, 28));
        assert_eq!(s.opzegverbod_end, Some(d(2028, 9, 1)));
        let w = s.wage.as_ref().expect("wage");
        assert_eq!((w.from, w.until), (d(2027, 2, 1), d(2028, 8, 28)));
        let hourly = crate::params::value(crate::params::Param::MinWageHour, d(2027, 2, 1))
            .expect("the hourly minimum wage")
            .value;
        // hourly × 38 × 52 / 12 per month, rounded once; below the wage of € 3.024.
        let floor = crate::money::div_round_half_away(hourly.as_i128() * 38 * 52, 12);
        assert!(floor < 302_400 && floor > 211_680, "{floor}");
        assert_eq!(w.months[0].amount, Cents::from_i128(floor));
        let october = w
            .months
            .iter()
            .find(|m| m.from == d(2027, 10, 1))
            .expect("October 2027");
        assert_eq!(october.amount, Cents(211_680));
        assert_eq!(w.total, w.months.iter().map(|m| m.amount).sum());
        let nl = o.render(Lang::Nl);
        let why = &nl.routes[0].why[0];
        let w = nl
            .warnings
            .iter()
            .find(|x| x.kind == WarningKind::IllnessAndConflict)
            .expect("rendered");
        assert!(w.text.consequence.contains("plan van aanpak"));
        match rol {
            Opt::Werkgever => {
                assert!(why.contains("je werknemer als ziek"), "{why}");
                assert!(!w.text.consequence.contains("je werkgever"));
            }
            _ => {
                assert!(why.contains("ziet je als ziek"), "{why}");
                assert!(!w.text.consequence.contains("je werknemer"));
            }
        }
    }
}

/// Sick in a conflict, "ziek" as judgement: the same ordinary rules.
#[test]
fn ill_with_a_conflict_also_gets_the_ordinary_rules() {
    let mut p = priya(Opt::Werknemer);
    p.judgement = Some(Opt::Ziek);
    let (o, _) = vso_of(&p);
    assert!(o.has_warning(WarningKind::IllnessAndConflict));
    assert!(!o.routes[0].why.contains(&Why::ZiekDoorWerksituatie));
}

/// Ahmed's bedrijfsarts judged him situationally unfit (not sick, but unable to work in
/// this situation) since 1 October 2026; he is still reported sick. His employer (who
/// answers here) offers a VSO but neither the amount nor the end date is settled.
#[test]
fn the_situational_route_keeps_the_strong_warnings_and_weighs_staying_against_leaving() {
    for rol in [Opt::Werkgever, Opt::Werknemer] {
        let facts = "eerste_ziektedag=2026-10-01 vso_bedrag=weet_niet vso_einddatum=weet_niet \
                     datum_in_dienst=2021-06-01 uren_per_week=36 bruto_maandloon=3300";
        let ahmed = Person::new(rol, facts).in_conflict(Opt::Situatief);
        let (o, v) = vso_of(&ahmed);
        assert!(o.has_route(AdviceRoute::Situatief));
        // Reported sick: the strong warnings stay, beside the situational ones.
        for k in [
            WarningKind::VsoWhileSick,
            WarningKind::OpzegverbodTijdensZiekte,
            WarningKind::SituatiefStillReportedSick,
            WarningKind::VsoWw,
        ] {
            assert!(o.has_warning(k), "{rol:?}: {k:?}");
        }
        // 5 whole years on 22 November 2026: 2 months' notice, to 31 January 2027.
        assert_eq!(v.end, d(2027, 1, 31));
        assert!(v.situatief);
        assert_eq!(
            v.benefits,
            vec![VsoBenefit::ZwRefused, VsoBenefit::WwSafeWording]
        );
        if rol == Opt::Werkgever {
            assert_eq!(
                v.points,
                vec![
                    VsoPoint::Bedenktermijn,
                    VsoPoint::WwSafeWording,
                    VsoPoint::SickEmployeeRisk,
                    VsoPoint::CompareUnknownAmount,
                    VsoPoint::OtherTerms
                ]
            );
        }
        // Staying until the 104 weeks end (27 September 2028) against leaving on the end
        // date; the ban ends after 30 September 2028.
        let s = o.stay_or_leave.expect("stay or leave");
        assert_eq!(s.wachttijd_end, Some(d(2028, 9, 27)));
        assert_eq!(s.opzegverbod_end, Some(d(2028, 10, 1)));
        assert_eq!(s.vso_end, Some(d(2027, 1, 31)));
        let nl = o.render(Lang::Nl);
        let r = nl.stay_or_leave.as_ref().expect("rendered");
        let stay = r.stay.join(" ");
        assert!(stay.contains("art. 7:628 BW") && stay.contains("art. 7:629 BW"));
        assert!(stay.contains("27 september 2028") && stay.contains("1 oktober 2028"));
        assert!(r.leave.join(" ").contains("31 januari 2027"));
        // The card states its legal uncertainty, with the case law.
        let card = rendered_card(&nl, AdviceRoute::Situatief);
        let u = card.uncertain.expect("uncertain");
        for want in [
            "art. 7:628 BW",
            "art. 7:629 BW",
            "ECLI:NL:GHSHE:2025:1152",
            "opzegverbod",
        ] {
            assert!(u.contains(want), "{want}: {u}");
        }
        // The situational comparison names both wage rules too.
        let vso = nl.vso.expect("vso");
        assert!(vso.lines.iter().any(|l| l.contains("art. 7:628 BW")));
    }
}

// ---------------------------------------------------------------------------------------
// Whatever the route: the strong warnings while reported sick.

/// Every way of answering the routing questions for a sick person whose job (may) end,
/// with the other questions answered by one representative each (cycling through their
/// options with `variant`), and several todays. While reported sick:
/// - a VSO offered (or the end agreed together) gives `vso_while_sick`, a signed one
///   `vso_signed_while_sick`;
/// - an end otherwise than by a fixed term, under AOW age and within the two years, gives
///   the ban on dismissal (`opzegverbod_tijdens_ziekte`, or for a dismissal because of
///   long illness `too_early_for_long_illness_dismissal`).
#[test]
fn the_strong_warnings_show_on_every_path_while_reported_sick() {
    let mut leaves = 0;
    let mut situatief_leaves = 0;
    // Three variants: each with another today (before, in and late in the two years).
    for variant in 0..3 {
        for rol in [Opt::Werknemer, Opt::Werkgever] {
            let mut a = given(&[(Q::Rol, c(rol)), (Q::ZiekNu, c(Opt::Ja))]);
            walk_sick(&mut a, variant, 0, &mut leaves, &mut situatief_leaves);
        }
    }
    assert!(leaves > 500, "{leaves} leaves");
    assert!(
        situatief_leaves > 50,
        "{situatief_leaves} situational leaves"
    );
}

fn walk_sick(a: &mut Answers, variant: usize, depth: usize, leaves: &mut usize, sit: &mut usize) {
    assert!(depth <= Q::ALL.len());
    match next(a) {
        Step::CheckAnswers => {
            *leaves += 1;
            check_strong_warnings(a, variant, sit);
        }
        Step::Ask(q) => {
            let all = sample_answers(q, true);
            let mut choices: Vec<Answer> = if ROUTING_QUESTIONS.contains(&q) {
                all
            } else {
                vec![all[variant % all.len()]]
            };
            // Keep the job ending: this walk is about leaving while sick.
            if q == Q::BaanEindigt {
                choices.retain(|x| *x != c(Opt::Nee));
            }
            for ans in choices {
                a.insert(q, ans);
                walk_sick(a, variant, depth + 1, leaves, sit);
                a.remove(&q);
            }
        }
    }
}

fn check_strong_warnings(a: &Answers, variant: usize, sit: &mut usize) {
    let todays = [d(2025, 9, 1), today(), d(2026, 12, 20)];
    let today = todays[variant % todays.len()];
    let eff = effective(a);
    let is = |q: Q, o: Opt| eff.get(&q) == Some(&c(o));
    if is(Q::OordeelBedrijfsartsSituatief, Opt::Situatief) {
        *sit += 1;
    }
    let o = outcome(a, today);
    let Some(sickness) = crate::flow::derive(a, today).sickness else {
        return;
    };
    let vso_agreed = is(Q::VsoAangeboden, Opt::Aangeboden) || is(Q::Initiatief, Opt::Samen);
    if is(Q::VsoAangeboden, Opt::Getekend) {
        assert!(o.has_warning(WarningKind::VsoSignedWhileSick), "{eff:?}");
    } else if vso_agreed {
        assert!(o.has_warning(WarningKind::VsoWhileSick), "{eff:?}");
    }
    let aow = matches!(eff.get(&Q::Leeftijd), Some(Answer::Integer(n)) if *n >= 67);
    let within_two_years = sickness.opzegverbod_end().is_some_and(|e| today < e);
    if !is(Q::RedenEinde, Opt::TijdelijkContract) && !aow && within_two_years {
        let want = if is(Q::RedenEinde, Opt::LangdurigeZiekte) {
            WarningKind::TooEarlyForLongIllnessDismissal
        } else {
            WarningKind::OpzegverbodTijdensZiekte
        };
        assert!(
            o.has_warning(want),
            "{want:?} missing for {eff:?} on {today}"
        );
    }
}

// ---------------------------------------------------------------------------------------
// Export and import.

#[test]
fn the_new_ids_round_trip_and_old_files_still_import() {
    let mut path = priya(Opt::Werknemer).path();
    for (q, a) in path.iter_mut() {
        if *q == Q::VsoEinddatum {
            *a = Answer::Unknown;
        }
    }
    let a = given(&path);
    let text = export_json(&a);
    assert!(text.contains("\"vso_bedrag\": \"8000.00\""), "{text}");
    assert!(text.contains("\"vso_einddatum\": \"weet_niet\""), "{text}");
    assert!(text.contains("\"oordeel_bedrijfsarts_situatief\": \"ziek_door_werksituatie\""));
    let back = import_json(&text, today()).unwrap();
    assert!(back.problems.is_empty(), "{:?}", back.problems);
    assert_eq!(back.answers, a);
    // A file from before these questions: a VSO offered, the old judgement "ziek". It reads
    // without a problem, and the interview asks the amount of the agreement next.
    let old = r#"{"rol":"werknemer","ziek_nu":"ja","eerste_ziektedag":"2026-09-01",
        "eerdere_ziekteperiode":"nee","probleemanalyse_gedaan":"ja","plan_van_aanpak_gedaan":"ja",
        "arbeidsdeskundig_onderzoek":"nee","eigen_werk_mogelijk":"ja",
        "oorzaak_werk_of_conflict":"conflict","oordeel_bedrijfsarts_situatief":"ziek",
        "terugkeer_binnen_26_weken":"ja","eerstejaarsevaluatie_gedaan":"nee","spoor2_gestart":"nee",
        "baan_eindigt":"misschien","reden_einde":"conflict","initiatief":"werkgever",
        "vso_aangeboden":"aangeboden","contract_type":"vast"}"#;
    let got = import_json(old, today()).unwrap();
    assert!(got.problems.is_empty(), "{:?}", got.problems);
    assert_eq!(
        got.answers.get(&Q::OordeelBedrijfsartsSituatief),
        Some(&c(Opt::Ziek))
    );
    assert_eq!(next(&got.answers), Step::Ask(Q::VsoBedrag));
}

// ---------------------------------------------------------------------------------------
// The voice.

#[test]
fn each_voice_reads_only_its_own_words() {
    let people = [sanne, priya];
    for make in people {
        for (rol, own, other) in [
            (
                Opt::Werknemer,
                ["je werkgever", "your employer"],
                ["je werknemer", "your employee"],
            ),
            (
                Opt::Werkgever,
                ["je werknemer", "your employee"],
                ["je werkgever", "your employer"],
            ),
        ] {
            for judgement in [None, Some(Opt::Situatief), Some(Opt::ZiekDoorWerksituatie)] {
                let mut p = make(rol);
                p.cause = Opt::Nee;
                p.judgement = None;
                if let Some(j) = judgement {
                    p = p.in_conflict(j);
                }
                let o = outcome(&given(&p.path()), today());
                for lang in [Lang::Nl, Lang::En] {
                    let r = o.render(lang);
                    let mut words = format!("{:?}{:?}", r.vso, r.stay_or_leave);
                    for w in r.warnings.iter().filter(|w| {
                        matches!(
                            w.kind,
                            WarningKind::IllnessAndConflict | WarningKind::VsoWhileSick
                        )
                    }) {
                        words.push_str(&format!("{:?}", w.text));
                    }
                    let words = words.to_lowercase();
                    let mine = own[usize::from(lang == Lang::En)];
                    assert!(
                        words.contains(mine),
                        "{rol:?} {judgement:?} {lang:?} lacks {mine:?}: {words}"
                    );
                    for bad in other {
                        assert!(
                            !words.contains(bad),
                            "{rol:?} {judgement:?} {lang:?} reads {bad:?}: {words}"
                        );
                    }
                }
            }
        }
    }
}
