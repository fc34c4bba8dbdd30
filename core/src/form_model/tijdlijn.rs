//! The poortwachter calendar form: sick periods as typed (add and remove), validation
//! into a [`TimelineInput`], the actor filter, deep-link conversion and the plain-text
//! overview for "Kopieer overzicht".

use std::collections::BTreeSet;

use chrono::NaiveDate;

use crate::dates::DateParts;
use crate::deeplink::TijdlijnLink;
use crate::forms::{self, FormError};
use crate::poortwachter::{
    self as pw, Actor, SickPeriod, Timeline, TimelineError, TimelineInput, MAX_LOONSANCTIE_WEEKS,
};

/// One field of the calendar form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TlField {
    From(usize),
    Until(usize),
    Loonsanctie,
    /// The last day of a contract that ends during the illness (optional).
    ContractEnd,
    Label,
}

impl TlField {
    /// Base of the HTML id.
    pub fn key(self) -> String {
        match self {
            TlField::From(i) => format!("periode_{i}_van"),
            TlField::Until(i) => format!("periode_{i}_tot"),
            TlField::Loonsanctie => "loonsanctie".into(),
            TlField::ContractEnd => "contract_einde".into(),
            TlField::Label => "label".into(),
        }
    }

    pub fn is_date(self) -> bool {
        matches!(
            self,
            TlField::From(_) | TlField::Until(_) | TlField::ContractEnd
        )
    }
}

pub type TlErrors = Vec<(TlField, FormError)>;

/// One sick period as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PeriodForm {
    pub from: DateParts,
    pub until: DateParts,
}

/// The whole form as typed. Starts with one empty period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TijdlijnForm {
    pub periods: Vec<PeriodForm>,
    pub loonsanctie: String,
    /// The last day of a contract that ends during the illness; empty when it does not.
    pub contract_end: DateParts,
    /// The employer carries its own Ziektewet risk (eigenrisicodrager): after the contract
    /// ends, its steps stay its own.
    pub erd_zw: bool,
    pub label: String,
}

impl Default for TijdlijnForm {
    fn default() -> TijdlijnForm {
        TijdlijnForm {
            periods: vec![PeriodForm::default()],
            loonsanctie: String::new(),
            contract_end: DateParts::default(),
            erd_zw: false,
            label: String::new(),
        }
    }
}

/// The longest label we keep (it goes into calendar titles).
pub const MAX_LABEL_CHARS: usize = 60;

impl TijdlijnForm {
    /// Pre-fill from a deep link.
    pub fn from_link(link: &TijdlijnLink) -> TijdlijnForm {
        let mut f = TijdlijnForm::default();
        if !link.periods.is_empty() {
            f.periods = link
                .periods
                .iter()
                .map(|p| PeriodForm {
                    from: DateParts::from_date(p.from),
                    until: p.until.map(DateParts::from_date).unwrap_or_default(),
                })
                .collect();
        }
        if let Some(n) = link.loonsanctie {
            f.loonsanctie = n.to_string();
        }
        if let Some(d) = link.einde {
            f.contract_end = DateParts::from_date(d);
        }
        f.erd_zw = link.erd_zw;
        f
    }

    /// Add an empty period at the end.
    pub fn add_period(&mut self) {
        self.periods.push(PeriodForm::default());
    }

    /// Remove period `i`; the form always keeps at least one period.
    pub fn remove_period(&mut self, i: usize) {
        if self.periods.len() > 1 && i < self.periods.len() {
            self.periods.remove(i);
        }
    }

    /// Validate every field. The periods are sorted by their first day for the engine;
    /// `done` holds the ids of the steps ticked as done.
    pub fn to_input(
        &self,
        today: NaiveDate,
        done: &BTreeSet<String>,
    ) -> Result<(TimelineInput, Vec<usize>), TlErrors> {
        let mut e: TlErrors = Vec::new();
        let mut periods: Vec<(usize, SickPeriod)> = Vec::new();
        let only_one = self.periods.len() == 1;
        for (i, p) in self.periods.iter().enumerate() {
            if p.from.is_empty() && p.until.is_empty() && !only_one {
                continue;
            }
            let from = match forms::date(&p.from) {
                Ok(d) => Some(d),
                Err(err) => {
                    e.push((TlField::From(i), err));
                    None
                }
            };
            let until = match forms::optional_date(&p.until) {
                Ok(d) => d,
                Err(err) => {
                    e.push((TlField::Until(i), err));
                    None
                }
            };
            if let (Some(f), Some(u)) = (from, until) {
                if let Err(err) = forms::end_not_before_start(f, u) {
                    e.push((TlField::Until(i), err));
                    continue;
                }
            }
            if let Some(f) = from {
                periods.push((i, SickPeriod { from: f, until }));
            }
        }
        let loonsanctie =
            match forms::optional_whole_number(&self.loonsanctie, MAX_LOONSANCTIE_WEEKS) {
                Ok(n) => n.unwrap_or(0),
                Err(err) => {
                    e.push((TlField::Loonsanctie, err));
                    0
                }
            };
        let contract_end = match forms::optional_date(&self.contract_end) {
            Ok(d) => d,
            Err(err) => {
                e.push((TlField::ContractEnd, err));
                None
            }
        };
        if self.label.chars().count() > MAX_LABEL_CHARS {
            e.push((TlField::Label, FormError::Invalid));
        }
        if !e.is_empty() {
            return Err(e);
        }
        if periods.is_empty() {
            return Err(vec![(TlField::From(0), FormError::Empty)]);
        }
        crate::small_sort::sort_by_key(&mut periods, |(_, p)| p.from);
        let rows: Vec<usize> = periods.iter().map(|(i, _)| *i).collect();
        let label = self.label.trim();
        Ok((
            TimelineInput {
                sick_periods: periods.into_iter().map(|(_, p)| p).collect(),
                today: Some(today),
                done: Some(done.clone()),
                loonsanctie_weeks: loonsanctie,
                contract_end,
                zw_eigenrisicodrager: self.erd_zw && contract_end.is_some(),
                label: if label.is_empty() {
                    None
                } else {
                    Some(label.to_string())
                },
                ..TimelineInput::default()
            },
            rows,
        ))
    }

    /// The link that reproduces this form (valid periods and loonsanctie only; the label
    /// and the steps ticked as done never go into a copied link).
    pub fn to_link(&self) -> TijdlijnLink {
        let periods = self
            .periods
            .iter()
            .filter_map(|p| {
                let from = forms::date(&p.from).ok()?;
                let until = forms::optional_date(&p.until).ok()?;
                Some(SickPeriod { from, until })
            })
            .collect();
        let loonsanctie = forms::optional_whole_number(&self.loonsanctie, MAX_LOONSANCTIE_WEEKS)
            .ok()
            .flatten();
        TijdlijnLink {
            periods,
            loonsanctie,
            einde: forms::optional_date(&self.contract_end).ok().flatten(),
            erd_zw: self.erd_zw,
            done: Vec::new(),
        }
    }
}

/// Validate and compute the calendar. Engine errors are mapped back to the form's rows.
pub fn make(
    form: &TijdlijnForm,
    today: NaiveDate,
    done: &BTreeSet<String>,
) -> Result<Timeline, TlErrors> {
    let (input, rows) = form.to_input(today, done)?;
    let row = |i: usize| rows.get(i).copied().unwrap_or(0);
    pw::timeline(&input).map_err(|e| {
        vec![match e {
            TimelineError::NoPeriods => (TlField::From(0), FormError::Empty),
            TimelineError::FromAfterUntil { index } => {
                (TlField::Until(row(index)), FormError::EndBeforeStart)
            }
            TimelineError::Unsorted { index } | TimelineError::Overlapping { index } => {
                (TlField::From(row(index)), FormError::Overlap)
            }
            TimelineError::DateOutOfRange {
                field: pw::Field::ContractEnd,
            } => (TlField::ContractEnd, FormError::DateOutOfRange),
            TimelineError::DateOutOfRange { .. } => (TlField::From(0), FormError::DateOutOfRange),
            TimelineError::LoonsanctieTooLarge { .. } => (
                TlField::Loonsanctie,
                FormError::NumberTooLarge {
                    max: MAX_LOONSANCTIE_WEEKS,
                },
            ),
            TimelineError::VerlengingTooLarge { .. }
            | TimelineError::UnknownDoneId { .. }
            | TimelineError::NoToday => (TlField::From(0), FormError::Invalid),
        }]
    })
}

/// The actor filter of the calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ActorFilter {
    #[default]
    Alle,
    Werknemer,
    Werkgever,
}

impl ActorFilter {
    pub const ALL: [ActorFilter; 3] = [
        ActorFilter::Alle,
        ActorFilter::Werknemer,
        ActorFilter::Werkgever,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ActorFilter::Alle => "alle",
            ActorFilter::Werknemer => "werknemer",
            ActorFilter::Werkgever => "werkgever",
        }
    }

    /// Whether a step by `actor` concerns this party. Joint steps concern both; the
    /// company doctor works for the employer; UWV's letters and the WIA start concern both.
    pub fn matches(self, actor: Actor) -> bool {
        match self {
            ActorFilter::Alle => true,
            ActorFilter::Werknemer => matches!(
                actor,
                Actor::Werknemer | Actor::WerkgeverEnWerknemer | Actor::Uwv
            ),
            ActorFilter::Werkgever => matches!(
                actor,
                Actor::Werkgever | Actor::WerkgeverEnWerknemer | Actor::Bedrijfsarts | Actor::Uwv
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::poortwachter::{MilestoneId, Status};
    use crate::text::calc::timeline_summary;

    use crate::dates::ymd as d;

    fn form(periods: &[(&str, &str)]) -> TijdlijnForm {
        TijdlijnForm {
            periods: periods
                .iter()
                .map(|(a, b)| PeriodForm {
                    from: forms::split_date_paste(a).unwrap_or_default(),
                    until: forms::split_date_paste(b).unwrap_or_default(),
                })
                .collect(),
            ..TijdlijnForm::default()
        }
    }

    #[test]
    fn one_open_period_gives_the_calendar() {
        let t = make(
            &form(&[("05-01-2026", "")]),
            d(2026, 11, 22),
            &BTreeSet::new(),
        )
        .unwrap();
        assert_eq!(t.first_sick_day, d(2026, 1, 5));
        // Day 42 of an illness starting 5 January 2026 is 15 February 2026.
        let pa = t
            .milestones
            .iter()
            .find(|m| m.id == MilestoneId::Probleemanalyse)
            .unwrap();
        assert_eq!(pa.date, d(2026, 2, 15));
        // `done` is given (empty), so a past deadline is overdue.
        assert_eq!(pa.status, Status::Overdue);
        let mut done = BTreeSet::new();
        done.insert("probleemanalyse".to_string());
        let t2 = make(&form(&[("05-01-2026", "")]), d(2026, 11, 22), &done).unwrap();
        let pa2 = t2
            .milestones
            .iter()
            .find(|m| m.id == MilestoneId::Probleemanalyse)
            .unwrap();
        assert_eq!(pa2.status, Status::Done);
    }

    #[test]
    fn periods_are_sorted_and_errors_name_the_row() {
        // Typed latest first: sorted for the engine.
        let f = form(&[("05-01-2026", ""), ("03-03-2025", "30-05-2025")]);
        let (input, rows) = f.to_input(d(2026, 11, 22), &BTreeSet::new()).unwrap();
        assert_eq!(input.sick_periods[0].from, d(2025, 3, 3));
        assert_eq!(rows, vec![1, 0]);
        // Overlap: the second typed row (index 1) overlaps the open first period.
        let f = form(&[("05-01-2026", ""), ("01-02-2026", "10-02-2026")]);
        assert_eq!(
            make(&f, d(2026, 11, 22), &BTreeSet::new()).unwrap_err(),
            vec![(TlField::From(1), FormError::Overlap)]
        );
        let f = form(&[("05-01-2026", "01-01-2026")]);
        assert_eq!(
            make(&f, d(2026, 11, 22), &BTreeSet::new()).unwrap_err(),
            vec![(TlField::Until(0), FormError::EndBeforeStart)]
        );
        let mut f = form(&[("", "")]);
        f.loonsanctie = "60".into();
        assert_eq!(
            make(&f, d(2026, 11, 22), &BTreeSet::new()).unwrap_err(),
            vec![
                (TlField::From(0), FormError::Empty),
                (TlField::Loonsanctie, FormError::NumberTooLarge { max: 52 })
            ]
        );
        let mut f = form(&[("31-02-2026", "")]);
        f.label = "x".repeat(61);
        assert_eq!(
            make(&f, d(2026, 11, 22), &BTreeSet::new()).unwrap_err(),
            vec![
                (TlField::From(0), FormError::ImpossibleDate),
                (TlField::Label, FormError::Invalid)
            ]
        );
    }

    #[test]
    fn add_remove_and_links() {
        let mut f = TijdlijnForm::default();
        f.remove_period(0);
        assert_eq!(f.periods.len(), 1, "always one period");
        f.add_period();
        assert_eq!(f.periods.len(), 2);
        f.remove_period(5);
        assert_eq!(f.periods.len(), 2);
        f.remove_period(1);
        assert_eq!(f.periods.len(), 1);
        let (link, n) = crate::deeplink::parse_tijdlijn(
            "periode=2026-01-05..&periode=2025-03-03..2025-05-30&loonsanctie=4",
        );
        assert!(n.is_empty());
        let f = TijdlijnForm::from_link(&link);
        assert_eq!(f.periods.len(), 2);
        assert_eq!(f.loonsanctie, "4");
        assert_eq!(f.to_link(), link);
    }

    proptest::proptest! {
        #[test]
        fn no_panic_on_any_form(
            a in "[0-9]{0,3}", b in "[0-9]{0,3}", y in "[0-9]{0,5}", y2 in "[0-9]{0,5}",
            weeks in ".{0,4}", label in ".{0,70}", end in "[0-9]{0,3}", erd_zw: bool
        ) {
            let f = TijdlijnForm {
                periods: vec![
                    PeriodForm { from: DateParts::new(&a, &b, &y), until: DateParts::new(&b, &a, &y2) },
                    PeriodForm { from: DateParts::new(&b, "1", &y2), until: DateParts::default() },
                ],
                loonsanctie: weeks,
                contract_end: DateParts::new(&end, &a, &y),
                erd_zw,
                label,
            };
            if let Ok(t) = make(&f, d(2026, 11, 22), &BTreeSet::new()) {
                let _ = timeline_summary(&t, Lang::Nl);
            }
            let _ = crate::deeplink::build_tijdlijn(&f.to_link());
        }
    }

    #[test]
    fn filter_and_summary() {
        assert!(ActorFilter::Werknemer.matches(Actor::Werknemer));
        assert!(!ActorFilter::Werknemer.matches(Actor::Werkgever));
        assert!(ActorFilter::Werkgever.matches(Actor::Bedrijfsarts));
        assert!(!ActorFilter::Werkgever.matches(Actor::Werknemer));
        assert!(ActorFilter::Alle.matches(Actor::Werknemer));
        let mut f = form(&[("05-01-2026", "")]);
        f.label = "J.J.".into();
        let t = make(&f, d(2026, 11, 22), &BTreeSet::new()).unwrap();
        let s = timeline_summary(&t, Lang::Nl);
        assert!(s.starts_with("Poortwachter-tijdlijn - J.J.\n"));
        assert!(s.contains("15-02-2026 (week 6)"));
        assert!(s.contains("verlopen"));
        assert_eq!(
            s.lines().filter(|l| l.contains("(week ")).count(),
            t.milestones.len()
        );
        let en = timeline_summary(&t, Lang::En);
        assert!(en.contains("overdue"));
    }
}
