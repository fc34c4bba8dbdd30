//! Letter templates filled from the answers (issue 8). Each letter has a Dutch text (the
//! letter itself), an English translation as a reading aid, its legal basis and, where a
//! point is not certain, an uncertainty note. Gaps the user fills in are written as
//! `[...]` (see [`gaps`]). The words are in `crate::text::keep::letters`.

use chrono::NaiveDate;
use serde::Serialize;

use crate::dates;
use crate::flow::compare::Source;
use crate::flow::{self, Answer, Answers, QuestionId, Voice};
use crate::money::Decimal;
use crate::poortwachter::{self, MilestoneId, SickPeriod, TimelineInput};
use crate::text::keep::letters::{self as words, Gap};
use crate::text::Lang;
use crate::transitievergoeding::{self as tv, Termination, TvInput, Wage};

/// The letters. The ids (`as_str`) are stable: the page uses them as option values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LetterKind {
    /// Employee → UWV.
    UwvDeskundigenoordeel,
    /// Employee → employer (Xella).
    SlapendDienstverband,
    /// Employee → employer.
    KopieProbleemanalyse,
    /// Employer → employee.
    UitnodigingEerstejaarsevaluatie,
    /// Employer → employee, with the consent to sign.
    OutplacementAfspraak,
}

impl LetterKind {
    pub const ALL: [LetterKind; 5] = [
        LetterKind::UwvDeskundigenoordeel,
        LetterKind::SlapendDienstverband,
        LetterKind::KopieProbleemanalyse,
        LetterKind::UitnodigingEerstejaarsevaluatie,
        LetterKind::OutplacementAfspraak,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            LetterKind::UwvDeskundigenoordeel => "uwv_deskundigenoordeel",
            LetterKind::SlapendDienstverband => "slapend_dienstverband",
            LetterKind::KopieProbleemanalyse => "kopie_probleemanalyse",
            LetterKind::UitnodigingEerstejaarsevaluatie => "uitnodiging_eerstejaarsevaluatie",
            LetterKind::OutplacementAfspraak => "outplacement_afspraak",
        }
    }

    pub fn parse(s: &str) -> Option<LetterKind> {
        LetterKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// Who writes it.
    pub fn voice(self) -> Voice {
        match self {
            LetterKind::UwvDeskundigenoordeel
            | LetterKind::SlapendDienstverband
            | LetterKind::KopieProbleemanalyse => Voice::Werknemer,
            LetterKind::UitnodigingEerstejaarsevaluatie | LetterKind::OutplacementAfspraak => {
                Voice::Werkgever
            }
        }
    }
}

/// The letters offered for these answers: the reader's own letters (by `rol`).
pub fn letters_for(answers: &Answers) -> Vec<LetterKind> {
    let v = flow::voice(answers);
    LetterKind::ALL
        .into_iter()
        .filter(|k| k.voice() == v)
        .collect()
}

const BW7: &str = "https://wetten.overheid.nl/BWBR0005290/";

/// The legal basis of each letter.
pub fn legal_basis(k: LetterKind) -> &'static [Source] {
    match k {
        LetterKind::UwvDeskundigenoordeel => &[
            Source { label: "Art. 7:629a BW (een loonvordering bij ziekte vraagt een deskundigenoordeel van UWV)", url: Some(BW7) },
            Source { label: "UWV: deskundigenoordeel als de re-integratie vastloopt", url: Some("https://www.uwv.nl/werkgevers/werknemer-is-ziek/loondoorbetaling/samen-werken-aan-re-integratie/detail/hulp-van-uwv/deskundigenoordeel-als-de-re-integratie-vastloopt/hoe-vraag-ik-een-deskundigenoordeel-aan") },
        ],
        LetterKind::SlapendDienstverband => &[
            Source { label: "HR 8 november 2019, ECLI:NL:HR:2019:1734 (Xella)", url: Some("https://uitspraken.rechtspraak.nl/inziendocument?id=ECLI:NL:HR:2019:1734") },
            Source { label: "Art. 7:611 BW (goed werkgeverschap); art. 7:669 lid 3 sub b BW (ontslag na langdurige ziekte)", url: Some(BW7) },
            Source { label: "Art. 7:673e BW (compensatie transitievergoeding door UWV)", url: Some(BW7) },
            Source { label: "Art. 7:670b BW (14 dagen bedenktijd na een beëindigingsovereenkomst)", url: Some(BW7) },
        ],
        LetterKind::KopieProbleemanalyse => &[
            Source { label: "Art. 7:658a lid 3 BW (plan van aanpak)", url: Some(BW7) },
            Source { label: "Regeling procesgang eerste en tweede ziektejaar (probleemanalyse, plan van aanpak, afschrift aan de werknemer)", url: None },
        ],
        LetterKind::UitnodigingEerstejaarsevaluatie => &[
            Source { label: "Art. 7:658a BW (re-integratieplicht)", url: Some(BW7) },
            Source { label: "Regeling procesgang eerste en tweede ziektejaar (eerstejaarsevaluatie)", url: None },
            Source { label: "Eerstejaarsevaluatie en start spoor 2", url: Some("http://www.wvp-trace.nl/1e-jaarevaluatie/") },
        ],
        LetterKind::OutplacementAfspraak => &[
            Source { label: "Art. 7:673 lid 6 BW (kosten in mindering op de transitievergoeding)", url: Some(BW7) },
            Source { label: "Besluit voorwaarden in mindering brengen kosten op transitievergoeding (Stb. 2015, 171; gewijzigd Stb. 2020, 188)", url: Some("https://zoek.officielebekendmakingen.nl/stb-2015-171.html") },
        ],
    }
}

/// The values a letter is filled with, formatted for one language. A value the answers
/// do not give is a gap (`[...]`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fill {
    pub today: String,
    pub first_sick_day: String,
    pub start_date: String,
    pub end_date: String,
    pub wachttijd_end: String,
    pub xella_amount: String,
    pub eval_from: String,
    pub eval_until: String,
}

/// The dates and amounts from the answers, before formatting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Facts {
    pub today: NaiveDate,
    pub first_sick_day: Option<NaiveDate>,
    pub start_date: Option<NaiveDate>,
    pub end_date: Option<NaiveDate>,
    pub wachttijd_end: Option<NaiveDate>,
    pub xella_amount: Option<crate::money::Cents>,
    pub eval_from: Option<NaiveDate>,
    pub eval_until: Option<NaiveDate>,
}

fn date_of(a: &Answers, q: QuestionId) -> Option<NaiveDate> {
    match a.get(&q) {
        Some(Answer::Date(d)) => Some(*d),
        Some(_) | None => None,
    }
}

/// Read the facts from the (effective) answers. The calendar engine gives the
/// eerstejaarsevaluatie window and the end of the 104 weeks; the transitievergoeding
/// engine gives the Xella amount (the transitievergoeding at the end of the wachttijd,
/// law-reference §2.8) when the start date and the wage are known.
pub fn facts(answers: &Answers, today: NaiveDate) -> Facts {
    let a = flow::routing::effective(answers);
    let periods: Vec<SickPeriod> = flow::sick_periods(answers)
        .into_iter()
        .map(|(from, until)| SickPeriod { from, until })
        .collect();
    let mut f = Facts {
        today,
        first_sick_day: date_of(&a, QuestionId::EersteZiektedag),
        start_date: date_of(&a, QuestionId::DatumInDienst),
        end_date: date_of(&a, QuestionId::DatumEinde),
        wachttijd_end: None,
        xella_amount: None,
        eval_from: None,
        eval_until: None,
    };
    if !periods.is_empty() {
        let input = TimelineInput {
            sick_periods: periods,
            today: Some(today),
            ..TimelineInput::default()
        };
        if let Ok(tl) = poortwachter::timeline(&input) {
            for m in &tl.milestones {
                match m.id {
                    MilestoneId::EerstejaarsevaluatieStart => f.eval_from = Some(m.date),
                    MilestoneId::EerstejaarsevaluatieEind => f.eval_until = Some(m.date),
                    MilestoneId::EindeLoondoorbetaling => f.wachttijd_end = Some(m.date),
                    _ => {}
                }
            }
        }
    }
    if let (Some(start), Some(first), Some(Answer::Money(wage))) = (
        f.start_date,
        f.first_sick_day,
        a.get(&QuestionId::BrutoMaandloon),
    ) {
        // The end date only needs to lie after the wachttijd for the engine to compute
        // the Xella amount; it does not change that amount. Use the later of today and
        // the end of the wachttijd.
        let end = match f.wachttijd_end {
            Some(w) if w > today => w,
            Some(_) | None => today,
        };
        let mut input = TvInput::new(start, end, Wage::Monthly(Decimal::new(wage.as_i128(), 2)));
        input.termination = Termination::AfterTwoYearsIllness;
        input.first_sick_day = Some(first);
        if let Ok(r) = tv::calculate(&input) {
            f.xella_amount = r.xella_amount;
        }
    }
    f
}

impl Facts {
    /// Format for one language; missing values become gaps.
    pub fn fill(&self, lang: Lang) -> Fill {
        let d = |x: Option<NaiveDate>, g: Gap| match x {
            Some(x) => dates::long(x, lang),
            None => words::gap(g, lang),
        };
        Fill {
            today: dates::long(self.today, lang),
            first_sick_day: d(self.first_sick_day, Gap::FirstSickDay),
            start_date: d(self.start_date, Gap::StartDate),
            end_date: d(self.end_date, Gap::Date),
            wachttijd_end: d(self.wachttijd_end, Gap::WachttijdEnd),
            xella_amount: match self.xella_amount {
                Some(c) => c.format(lang),
                None => words::gap(Gap::Amount, lang),
            },
            eval_from: d(self.eval_from, Gap::Date),
            eval_until: d(self.eval_until, Gap::Date),
        }
    }
}

/// A finished letter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Letter {
    pub kind: LetterKind,
    /// The title in the reader's language.
    pub title: &'static str,
    /// The letter itself (Dutch).
    pub text_nl: String,
    /// The English reading aid.
    pub text_en: String,
    pub legal_basis: &'static [Source],
    /// Shown to the user when a point is not certain.
    pub uncertain: Option<&'static str>,
}

/// Build one letter from the answers. `lang` is the reader's language (title, notes).
pub fn letter(kind: LetterKind, answers: &Answers, today: NaiveDate, lang: Lang) -> Letter {
    let f = facts(answers, today);
    Letter {
        kind,
        title: words::title(kind, lang),
        text_nl: words::body(kind, &f.fill(Lang::Nl), Lang::Nl),
        text_en: words::body(kind, &f.fill(Lang::En), Lang::En),
        legal_basis: legal_basis(kind),
        uncertain: words::uncertain(kind, lang),
    }
}

/// The gaps still in a text: every `[...]`, in order.
pub fn gaps(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        match after.find(']') {
            Some(close) => {
                out.push(&after[..close]);
                rest = &after[close + 1..];
            }
            None => break,
        }
    }
    out
}

/// The file name for a downloaded letter: `spoorwijzer-brief-<id>.txt`.
pub fn file_name(kind: LetterKind) -> String {
    format!("spoorwijzer-brief-{}.txt", kind.as_str().replace('_', "-"))
}
