//! The code values of a batch file and their Dutch aliases: one table, read by the browser
//! batch (`#/werkgever/batch`) and the command line's `--csv` alike, published in
//! `docs/batch.md` (a test keeps the two in step).
//!
//! A cell is compared after [`normalize`]: trimmed, in lower case, with spaces, dashes and
//! slashes read as `_`, so `Opzegging`, `VSO` and `na twee jaar ziekte` are all accepted.
//! The stable codes of the command line stay valid; the aliases are added, never instead.
//!
//! The file is an employer's file: `opzegging` is the employer's notice, and the
//! employee's own notice is `opzegging_werknemer`; `ontbinding` is the dissolution by the
//! kantonrechter at the employer's request (docs/law/transitievergoeding.md#codes-in-an-employers-file).

/// What kind of value a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ValueKind {
    /// How the contract ends (`termination`).
    Termination,
    /// The employer's size class (`employer_size`).
    EmployerSize,
    /// Yes or no (`renewal_offer_equal_or_better`, `follow_up_contract_within_6_months`,
    /// and the `due` and `capped` result columns).
    YesNo,
    /// The language of a row's messages (`lang`).
    Lang,
}

impl ValueKind {
    pub const ALL: [ValueKind; 4] = [
        ValueKind::Termination,
        ValueKind::EmployerSize,
        ValueKind::YesNo,
        ValueKind::Lang,
    ];

    /// The input columns (canonical keys) that hold values of this kind.
    pub fn keys(self) -> &'static [&'static str] {
        match self {
            ValueKind::Termination => &["termination"],
            ValueKind::EmployerSize => &["employer_size"],
            ValueKind::YesNo => &[
                "renewal_offer_equal_or_better",
                "follow_up_contract_within_6_months",
            ],
            ValueKind::Lang => &["lang"],
        }
    }

    /// The kind of values the input column `key` holds, if it holds codes.
    pub fn of_key(key: &str) -> Option<ValueKind> {
        ValueKind::ALL.into_iter().find(|k| k.keys().contains(&key))
    }
}

/// One code and its Dutch aliases; the first alias is the form a Dutch file is written
/// with (the Dutch template, and `ja`/`nee` in a Dutch file's results).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CodeAliases {
    pub kind: ValueKind,
    pub code: &'static str,
    pub aliases: &'static [&'static str],
}

const fn row(kind: ValueKind, code: &'static str, aliases: &'static [&'static str]) -> CodeAliases {
    CodeAliases {
        kind,
        code,
        aliases,
    }
}

/// Every code value of a batch file with its Dutch aliases.
pub const VALUE_ALIASES: &[CodeAliases] = &[
    row(
        ValueKind::Termination,
        "employer_initiative",
        &[
            "opzegging",
            "opzegging_werkgever",
            "ontbinding",
            "ontbinding_kantonrechter",
            "ontslag_werkgever",
        ],
    ),
    row(
        ValueKind::Termination,
        "fixed_term_not_renewed",
        &[
            "einde_tijdelijk_contract",
            "tijdelijk_contract_niet_verlengd",
            "niet_verlengd",
        ],
    ),
    row(
        ValueKind::Termination,
        "employer_serious_culpability",
        &["ernstig_verwijtbaar_werkgever"],
    ),
    row(
        ValueKind::Termination,
        "mutual_consent",
        &["vso", "vaststellingsovereenkomst", "wederzijds_goedvinden"],
    ),
    row(
        ValueKind::Termination,
        "after_two_years_illness",
        &[
            "na_twee_jaar_ziekte",
            "na_2_jaar_ziekte",
            "langdurige_ziekte",
        ],
    ),
    row(
        ValueKind::Termination,
        "employee_serious_culpability",
        &["ernstig_verwijtbaar_werknemer"],
    ),
    row(
        ValueKind::Termination,
        "employer_bankruptcy",
        &["faillissement", "faillissement_werkgever"],
    ),
    row(ValueKind::Termination, "aow_age", &["aow_leeftijd", "aow"]),
    row(
        ValueKind::Termination,
        "minor_small_job",
        &["minderjarig_kleine_baan", "jonger_dan_18_kleine_baan"],
    ),
    row(
        ValueKind::Termination,
        "employee_resigned",
        &["opzegging_werknemer", "ontslag_genomen", "eigen_ontslag"],
    ),
    row(
        ValueKind::Termination,
        "renewal_offered_declined",
        &["verlenging_geweigerd", "aanbod_verlenging_afgewezen"],
    ),
    row(
        ValueKind::Termination,
        "partial_dismissal",
        &["gedeeltelijk_ontslag", "deeltijdontslag"],
    ),
    row(
        ValueKind::EmployerSize,
        "small",
        &["klein", "kleine_werkgever"],
    ),
    row(
        ValueKind::EmployerSize,
        "medium_large",
        &[
            "middelgroot_groot",
            "middelgroot_of_groot",
            "middelgroot",
            "groot",
        ],
    ),
    row(
        ValueKind::EmployerSize,
        "unknown",
        &["onbekend", "weet_niet"],
    ),
    row(ValueKind::YesNo, "true", &["ja", "j", "waar"]),
    row(ValueKind::YesNo, "false", &["nee", "n", "onwaar"]),
    row(ValueKind::Lang, "nl", &["nederlands"]),
    row(ValueKind::Lang, "en", &["engels"]),
];

/// A cell as the table compares it: trimmed, lower case, spaces, dashes and slashes as `_`.
pub fn normalize(cell: &str) -> String {
    cell.trim()
        .to_lowercase()
        .chars()
        .map(|c| if matches!(c, ' ' | '-' | '/') { '_' } else { c })
        .collect()
}

/// The code a cell of a `kind` column stands for: the code itself or one of its aliases,
/// in any case. `None` for anything else (the engine then names the column's problem).
pub fn code_for(kind: ValueKind, cell: &str) -> Option<&'static str> {
    let n = normalize(cell);
    VALUE_ALIASES
        .iter()
        .filter(|r| r.kind == kind)
        .find(|r| r.code == n || r.aliases.contains(&n.as_str()))
        .map(|r| r.code)
}

/// The Dutch form of a code: its first alias.
pub fn dutch(kind: ValueKind, code: &str) -> Option<&'static str> {
    VALUE_ALIASES
        .iter()
        .find(|r| r.kind == kind && r.code == code)
        .and_then(|r| r.aliases.first().copied())
}

/// `true`/`false` in the file's language: `ja`/`nee` in a Dutch file.
pub fn yes_no(b: bool, dutch_file: bool) -> &'static str {
    let code = if b { "true" } else { "false" };
    if dutch_file {
        dutch(ValueKind::YesNo, code).unwrap_or(code)
    } else {
        code
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::transitievergoeding::{EmployerSize, Termination};

    #[test]
    fn every_code_has_dutch_aliases_and_every_alias_reads_as_its_code() {
        for t in Termination::ALL {
            let r = VALUE_ALIASES
                .iter()
                .find(|r| r.kind == ValueKind::Termination && r.code == t.code());
            assert!(r.is_some_and(|r| !r.aliases.is_empty()), "{}", t.code());
        }
        for s in EmployerSize::ALL {
            assert!(dutch(ValueKind::EmployerSize, s.code()).is_some(), "{s:?}");
        }
        for r in VALUE_ALIASES {
            let parses = match r.kind {
                ValueKind::Termination => Termination::parse(r.code).is_some(),
                ValueKind::EmployerSize => EmployerSize::parse(r.code).is_some(),
                ValueKind::YesNo => matches!(r.code, "true" | "false"),
                ValueKind::Lang => Lang::parse(r.code).is_some(),
            };
            assert!(parses, "{} is not a code the engine reads", r.code);
            assert_eq!(code_for(r.kind, r.code), Some(r.code));
            for a in r.aliases {
                assert_eq!(normalize(a), *a, "aliases are written normalized: {a}");
                assert_eq!(code_for(r.kind, a), Some(r.code), "{a}");
                // No alias of one kind stands for two codes, or for another code's name.
                let same: Vec<_> = VALUE_ALIASES
                    .iter()
                    .filter(|o| o.kind == r.kind && (o.aliases.contains(a) || o.code == *a))
                    .collect();
                assert_eq!(same.len(), 1, "{a} is ambiguous");
            }
        }
    }

    #[test]
    fn cells_are_read_case_insensitively_with_spaces_and_dashes() {
        let t = ValueKind::Termination;
        assert_eq!(code_for(t, "Opzegging"), Some("employer_initiative"));
        assert_eq!(code_for(t, " VSO "), Some("mutual_consent"));
        assert_eq!(
            code_for(t, "na twee jaar ziekte"),
            Some("after_two_years_illness")
        );
        assert_eq!(
            code_for(t, "Einde-tijdelijk-contract"),
            Some("fixed_term_not_renewed")
        );
        assert_eq!(
            code_for(t, "opzegging_werknemer"),
            Some("employee_resigned")
        );
        assert_eq!(
            code_for(t, "EMPLOYER_INITIATIVE"),
            Some("employer_initiative")
        );
        assert_eq!(code_for(t, "ontslag op staande voet"), None);
        assert_eq!(
            code_for(ValueKind::EmployerSize, "Middelgroot/groot"),
            Some("medium_large")
        );
        assert_eq!(code_for(ValueKind::YesNo, "Ja"), Some("true"));
        assert_eq!(code_for(ValueKind::YesNo, "NEE"), Some("false"));
        assert_eq!(code_for(ValueKind::Lang, "Engels"), Some("en"));
        // A yes/no word is not a termination.
        assert_eq!(code_for(t, "ja"), None);
        assert_eq!(
            ValueKind::of_key("termination"),
            Some(ValueKind::Termination)
        );
        assert_eq!(ValueKind::of_key("start_date"), None);
        assert_eq!(yes_no(true, true), "ja");
        assert_eq!(yes_no(false, true), "nee");
        assert_eq!(yes_no(false, false), "false");
    }
}

#[cfg(test)]
mod doc_tests {
    use super::*;

    /// The table of docs/batch.md, as the code has it.
    fn table() -> String {
        let mut out = String::from("| column | code | Dutch aliases (any case) |\n|---|---|---|\n");
        for r in VALUE_ALIASES {
            let keys: Vec<String> = r.kind.keys().iter().map(|k| format!("`{k}`")).collect();
            let aliases: Vec<String> = r.aliases.iter().map(|a| format!("`{a}`")).collect();
            out.push_str(&format!(
                "| {} | `{}` | {} |\n",
                keys.join(", "),
                r.code,
                aliases.join(", ")
            ));
        }
        out
    }

    #[test]
    fn docs_batch_md_publishes_the_table_of_the_code() {
        let doc = include_str!("../../../docs/batch.md");
        let start = "<!-- value-aliases:start -->\n";
        let end = "<!-- value-aliases:end -->";
        let from = doc.find(start).map(|i| i + start.len());
        let to = doc.find(end);
        let published = match (from, to) {
            (Some(a), Some(b)) if a <= b => &doc[a..b],
            _ => panic!("docs/batch.md lacks the value-aliases markers"),
        };
        assert_eq!(
            published,
            table(),
            "docs/batch.md's table of code values differs from batch::values; it should read:\n{}",
            table()
        );
        // Every Dutch column name is listed too.
        for (alias, key) in crate::batch::ALIASES
            .iter()
            .chain(crate::batch::STATUS_ALIASES)
        {
            assert!(
                doc.contains(&format!("`{alias}`")),
                "docs/batch.md lacks the column alias {alias} ({key})"
            );
        }
    }
}
