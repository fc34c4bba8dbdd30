//! The spoor 2 vs outplacement comparison (`#/vergelijk`), law-reference §4.1–4.2.
//!
//! Rows × two columns. The texts are in `crate::text::flow::compare`; each row carries its
//! sources here.

use serde::Serialize;

use crate::text::flow::compare::cell;
use crate::text::Lang;

/// A citation: a label (article or page name) and, where there is one, a public URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Source {
    pub label: &'static str,
    pub url: Option<&'static str>,
}

/// The rows of the comparison, in display order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Row {
    WhatItIs,
    Trigger,
    LegalBasis,
    WhoStarts,
    WhoPays,
    When,
    Duration,
    Steps,
    EmployeeObligations,
    Sanctions,
    WhileSick,
}

pub const ROWS: [Row; 11] = [
    Row::WhatItIs,
    Row::Trigger,
    Row::LegalBasis,
    Row::WhoStarts,
    Row::WhoPays,
    Row::When,
    Row::Duration,
    Row::Steps,
    Row::EmployeeObligations,
    Row::Sanctions,
    Row::WhileSick,
];

/// Which column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Column {
    /// The row heading.
    Label,
    Spoor2,
    Outplacement,
}

/// One rendered row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RenderedRow {
    pub row: Row,
    pub label: &'static str,
    pub spoor2: &'static str,
    pub outplacement: &'static str,
    pub sources: &'static [Source],
    /// The cell rests partly on practice rather than law (law-reference marks it [K]):
    /// the page shows "indicatief".
    pub indicative: bool,
}

const WVP: Source = Source {
    label: "Art. 7:658a BW (re-integratieplicht werkgever)",
    url: Some("https://wetten.overheid.nl/BWBR0005290/"),
};
const UWV_REINTEGRATIE: Source = Source {
    label: "UWV: re-integreren tijdens ziekte",
    url: Some(
        "http://www.uwv.nl/particulieren/ziek/ziek-met-werkgever/re-integreren-tijdens-ziekte/",
    ),
};
const BESLUIT_KOSTEN: Source = Source {
    label: "Art. 7:673 lid 6 BW; Besluit voorwaarden in mindering brengen kosten op transitievergoeding (Stb. 2015, 171, gewijzigd Stb. 2020, 188)",
    url: Some("https://zoek.officielebekendmakingen.nl/stb-2020-188.html"),
};
const ART_629: Source = Source {
    label: "Art. 7:629 lid 3 BW (loonstop); art. 7:660a BW (plichten werknemer)",
    url: Some("https://wetten.overheid.nl/BWBR0005290/"),
};
const LOONSANCTIE: Source = Source {
    label: "Art. 25 lid 9 WIA (loonsanctie)",
    url: Some("https://wetten.overheid.nl/BWBR0019057/"),
};
const PASSUS: Source = Source {
    label: "Passus Advies: verschil tussen outplacement en re-integratie 2e spoor",
    url: Some("https://www.passusadvies.nl/artikelen/verschil-tussen-outplacement-en-re-integratie-2e-spoor/"),
};
const FINLER: Source = Source {
    label: "Finler: outplacement",
    url: Some("https://www.finler.nl/kennis/outplacement/"),
};
const EERSTEJAARS: Source = Source {
    label: "Werkwijzer Poortwachter (UWV), eerstejaarsevaluatie",
    url: Some("http://www.wvp-trace.nl/1e-jaarevaluatie/"),
};
const STECR: Source = Source {
    label: "STECR Werkwijzer Arbeidsconflicten v7 (2022)",
    url: Some("https://poelmannvandenbroek.nl/de-stecr-werkwijzer-arbeidsconflicten/"),
};
const ZW_45: Source = Source {
    label: "Art. 45 lid 1 sub j Ziektewet (benadeling)",
    url: Some("https://www.ensie.nl/paul-lammerts/benadelingshandeling-ziektewet"),
};

impl Row {
    pub fn sources(self) -> &'static [Source] {
        match self {
            Row::WhatItIs => &[UWV_REINTEGRATIE, PASSUS, FINLER],
            Row::Trigger => &[WVP, PASSUS],
            Row::LegalBasis => &[WVP, UWV_REINTEGRATIE],
            Row::WhoStarts => &[WVP, FINLER],
            Row::WhoPays => &[BESLUIT_KOSTEN],
            Row::When => &[EERSTEJAARS],
            Row::Duration => &[PASSUS],
            Row::Steps => &[PASSUS, FINLER],
            Row::EmployeeObligations => &[ART_629],
            Row::Sanctions => &[ART_629, LOONSANCTIE],
            Row::WhileSick => &[STECR, ZW_45],
        }
    }

    /// Rows whose content is practice, not law (law-reference §4.2 marks them [K]).
    pub fn indicative(self) -> bool {
        matches!(self, Row::Duration)
    }
}

/// The comparison in one language.
pub fn rows(lang: Lang) -> Vec<RenderedRow> {
    ROWS.iter()
        .map(|r| RenderedRow {
            row: *r,
            label: cell(*r, Column::Label, lang),
            spoor2: cell(*r, Column::Spoor2, lang),
            outplacement: cell(*r, Column::Outplacement, lang),
            sources: r.sources(),
            indicative: r.indicative(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_has_texts_and_sources_in_both_languages() {
        for lang in [Lang::Nl, Lang::En] {
            let rows = rows(lang);
            assert_eq!(rows.len(), ROWS.len());
            for r in rows {
                assert!(!r.label.is_empty() && !r.spoor2.is_empty() && !r.outplacement.is_empty());
                assert!(!r.sources.is_empty(), "{:?}", r.row);
                assert_ne!(r.spoor2, r.outplacement, "{:?}", r.row);
            }
        }
        let nl = rows(Lang::Nl);
        let en = rows(Lang::En);
        for (a, b) in nl.iter().zip(en.iter()) {
            assert_ne!(a.spoor2, b.spoor2, "untranslated {:?}", a.row);
        }
    }

    #[test]
    fn who_pays_row_states_the_deduction_rule() {
        let nl = rows(Lang::Nl);
        let pays = nl.iter().find(|r| r.row == Row::WhoPays).unwrap();
        assert!(pays.spoor2.contains("niet"));
        assert!(pays.outplacement.contains("schriftelijk"));
    }
}
