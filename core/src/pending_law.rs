//! The register of announced changes in the law that are not (yet) in force.
//!
//! Every place that such a change affects (the interview's outcome, the calculator, the
//! income page, the explanation pages, the command line) reads this register instead of
//! writing its own sentence, so a change of status is one edit here. The words are in
//! `crate::text::pending_law`; the rule of bill 36869 is in
//! [`crate::transitievergoeding::compensation_status`].
//!
//! **Marking a bill as in force:** set its `status` to [`LawStatus::InForce`], set
//! `intended` to the actual date of entry into force, update `last_checked` and the
//! source (the Staatsblad). The rules that depend on it follow at once (tested).
//!
//! Law notes: `docs/law/wetsvoorstellen.md`.

use chrono::NaiveDate;

use crate::source::{self, Source};

crate::listed::listed! {
    /// The changes the register knows. The codes are stable (command line, tests).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum PendingLawId {
        /// Bill 36869: the UWV compensation for the transitievergoeding after long-term
        /// illness only for small employers.
        Bill36869,
        /// The basisverzekering arbeidsongeschiktheid zelfstandigen (BAZ).
        Baz,
        /// The announced cut of the maximum WW duration.
        WwDuration,
        /// The plan to end the compensation for the transitievergoeding altogether.
        CompensationEnd2028,
        /// The announced simplification of the Wet verbetering poortwachter for small
        /// employers.
        PoortwachterSmallEmployers,
        /// The announced cut of the maximum dagloon of the benefits.
        MaxDagloonCut,
    }
}

impl PendingLawId {
    /// The stable id: the Kamerstuk number where there is one.
    pub fn code(self) -> &'static str {
        match self {
            PendingLawId::Bill36869 => "36869",
            PendingLawId::Baz => "baz",
            PendingLawId::WwDuration => "ww_duur",
            PendingLawId::CompensationEnd2028 => "compensatie_einde_2028",
            PendingLawId::PoortwachterSmallEmployers => "poortwachter_kleine_werkgevers",
            PendingLawId::MaxDagloonCut => "maximumdagloon_lager",
        }
    }

    pub fn parse(s: &str) -> Option<PendingLawId> {
        let s = s.trim();
        PendingLawId::ALL.into_iter().find(|id| id.code() == s)
    }

    /// This change's row in the register.
    pub fn entry(self) -> &'static PendingLaw {
        entry(self)
    }
}

/// How far a change has come.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LawStatus {
    /// A plan (coalition agreement, budget memorandum, letter to parliament) without a
    /// bill before parliament yet.
    Announced,
    /// A bill (wetsvoorstel) before parliament or the Raad van State.
    Proposal,
    /// Passed by both chambers, not yet in force.
    Adopted,
    /// In force: the rules follow it.
    InForce,
}

impl LawStatus {
    pub fn code(self) -> &'static str {
        match self {
            LawStatus::Announced => "announced",
            LawStatus::Proposal => "proposal",
            LawStatus::Adopted => "adopted",
            LawStatus::InForce => "in_force",
        }
    }
}

/// One row of the register.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PendingLaw {
    pub id: PendingLawId,
    /// The Kamerstuk (dossier) number, where there is one.
    pub kamerstuk: Option<&'static str>,
    /// The intended date of entry into force; the actual date once in force.
    pub intended: Option<NaiveDate>,
    pub status: LawStatus,
    /// The day the status was last checked against the official source.
    pub last_checked: NaiveDate,
    pub source: Source,
}

impl PendingLaw {
    /// True when the rules must follow this change on `date`.
    pub fn in_force_on(&self, date: NaiveDate) -> bool {
        self.status == LawStatus::InForce && self.intended.is_some_and(|d| d <= date)
    }
}

use crate::dates::ymd as d;

/// The register, one row per [`PendingLawId`], in the order of [`PendingLawId::ALL`]
/// (tested).
pub const REGISTER: [PendingLaw; 6] = [
    PendingLaw {
        id: PendingLawId::Bill36869,
        kamerstuk: Some("36869"),
        intended: Some(d(2026, 7, 1)),
        status: LawStatus::Proposal,
        last_checked: d(2026, 11, 29),
        source: source::KST_36869,
    },
    PendingLaw {
        id: PendingLawId::Baz,
        kamerstuk: None,
        intended: None,
        status: LawStatus::Proposal,
        last_checked: d(2026, 11, 29),
        source: source::BAZ_NAAR_KAMER,
    },
    PendingLaw {
        id: PendingLawId::WwDuration,
        kamerstuk: None,
        intended: None,
        status: LawStatus::Announced,
        last_checked: d(2026, 11, 29),
        source: source::RO_WW_DUUR,
    },
    PendingLaw {
        id: PendingLawId::CompensationEnd2028,
        kamerstuk: None,
        intended: Some(d(2028, 1, 1)),
        status: LawStatus::Announced,
        last_checked: d(2026, 11, 29),
        source: source::COALITIEAKKOORD_2026,
    },
    PendingLaw {
        id: PendingLawId::PoortwachterSmallEmployers,
        kamerstuk: None,
        intended: None,
        status: LawStatus::Announced,
        last_checked: d(2026, 11, 29),
        source: source::COALITIEAKKOORD_2026,
    },
    PendingLaw {
        id: PendingLawId::MaxDagloonCut,
        kamerstuk: None,
        intended: Some(d(2029, 1, 1)),
        status: LawStatus::Announced,
        last_checked: d(2026, 11, 29),
        source: source::COALITIEAKKOORD_2026,
    },
];

/// The row of `id`.
pub fn entry(id: PendingLawId) -> &'static PendingLaw {
    // REGISTER follows the order of ALL (tested), so the index is the position.
    let i = PendingLawId::ALL
        .iter()
        .position(|x| *x == id)
        .unwrap_or_default();
    REGISTER.get(i).unwrap_or(&REGISTER[0])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn register_has_one_row_per_id_in_order() {
        assert_eq!(REGISTER.len(), PendingLawId::ALL.len());
        for (row, id) in REGISTER.iter().zip(PendingLawId::ALL) {
            assert_eq!(row.id, id);
            assert_eq!(entry(id).id, id);
            assert_eq!(PendingLawId::parse(id.code()), Some(id));
        }
        assert_eq!(PendingLawId::parse("36870"), None);
    }

    #[test]
    fn rows_are_checked_and_sourced() {
        for row in REGISTER {
            assert!(row.source.url.is_some(), "{:?} has no source URL", row.id);
            assert!(row.last_checked >= d(2026, 1, 1));
            if row.status == LawStatus::InForce {
                assert!(
                    row.intended.is_some(),
                    "{:?} in force without a date",
                    row.id
                );
            }
        }
    }

    #[test]
    fn in_force_only_with_status_and_date() {
        let mut b = *entry(PendingLawId::Bill36869);
        assert!(
            !b.in_force_on(d(2027, 1, 1)),
            "a proposal is never in force"
        );
        b.status = LawStatus::InForce;
        assert!(b.in_force_on(d(2026, 7, 1)));
        assert!(!b.in_force_on(d(2026, 6, 30)));
    }
}
