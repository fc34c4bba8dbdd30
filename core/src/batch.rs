//! CSV batch for the transitievergoeding: one row per employee, used by the command line
//! (`spoorwijzer transitievergoeding --csv`) and the browser's employer batch page.
//!
//! A pure function from CSV text to CSV text plus per-row results ([`run_csv`]):
//! - the header names are the JSON input keys, plus `id`; Dutch aliases are accepted
//!   ([`ALIASES`]); unknown columns are copied to the output untouched;
//! - the delimiter is `,` or `;`, detected from the header line; a UTF-8 BOM is skipped;
//! - numbers are read as people type them: a Dutch decimal comma (`3250,50`,
//!   `3.250,50`; quoted in a comma-separated file) and a dot before exactly three digits
//!   as a thousands separator (`3.250` = 3250), see [`Decimal::parse_user`];
//! - `earlier_contracts` is written `FROM..UNTIL|FROM..UNTIL`;
//! - the output keeps the input's delimiter and columns, then adds the result columns and
//!   an `error` column. With `;` amounts are written with a decimal comma (as Dutch
//!   spreadsheets expect), with `,` with a decimal point;
//! - a bad row gets its message in `error` and empty result cells; it never stops the
//!   batch;
//! - every output cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return
//!   gets a leading `'`, so a spreadsheet does not run it as a formula.

use serde_json::{Map, Value};

use crate::dates::iso;
use crate::money::{Cents, Decimal};
use crate::text::Lang;
use crate::transitievergoeding::json::{input_from_map, lang_from};
use crate::transitievergoeding::{calculate, TvError, TvResult};

/// Dutch and alternative column names, mapped to the JSON input keys.
pub const ALIASES: &[(&str, &str)] = &[
    ("begindatum", "start_date"),
    ("start", "start_date"),
    ("datum_in_dienst", "start_date"),
    ("in_dienst", "start_date"),
    ("einddatum", "end_date"),
    ("einde", "end_date"),
    ("end", "end_date"),
    ("datum_uit_dienst", "end_date"),
    ("uit_dienst", "end_date"),
    ("loon", "base_monthly_wage"),
    ("maandloon", "base_monthly_wage"),
    ("brutoloon", "base_monthly_wage"),
    ("bruto_maandloon", "base_monthly_wage"),
    ("uurloon", "hourly_wage"),
    ("uren", "hours_per_week"),
    ("uren_per_week", "hours_per_week"),
    ("uren_per_maand", "average_hours_per_month"),
    ("gemiddelde_uren_per_maand", "average_hours_per_month"),
    ("vakantiegeld", "holiday_allowance_pct"),
    ("vakantiegeld_pct", "holiday_allowance_pct"),
    ("vast_jaar", "fixed_yearly_extras"),
    ("vaste_extras", "fixed_yearly_extras"),
    ("dertiende_maand", "fixed_yearly_extras"),
    ("vast_12m", "fixed_components_last_12_months"),
    ("variabel_3j", "variable_components_last_3_years"),
    ("reden", "termination"),
    ("ontslagreden", "termination"),
    ("kosten", "deductible_costs"),
    ("aftrekbare_kosten", "deductible_costs"),
    ("eerdere_contracten", "earlier_contracts"),
    ("eerste_ziektedag", "first_sick_day"),
    ("loon_tijdens_ziekte", "wage_paid_during_illness"),
    ("betaaldatum", "payment_date"),
    ("deel_uren", "partial_dismissal_fraction"),
    ("taal", "lang"),
    ("nummer", "id"),
    ("personeelsnummer", "id"),
];

/// The input keys a CSV column may carry (besides `id`).
pub const INPUT_KEYS: &[&str] = &[
    "start_date",
    "end_date",
    "base_monthly_wage",
    "hourly_wage",
    "hours_per_week",
    "average_hours_per_month",
    "holiday_allowance_pct",
    "fixed_yearly_extras",
    "fixed_components_last_12_months",
    "variable_components_last_3_years",
    "termination",
    "deductible_costs",
    "earlier_contracts",
    "first_sick_day",
    "wage_paid_during_illness",
    "payment_date",
    "wage_earned_in_remainder",
    "partial_dismissal_fraction",
    "renewal_offer_equal_or_better",
    "follow_up_contract_within_6_months",
    "lang",
];

/// The columns added to the output, in order.
pub const RESULT_COLUMNS: &[&str] = &[
    "due",
    "reason_code",
    "monthly_wage",
    "years",
    "months",
    "days",
    "amount_official",
    "cap",
    "capped",
    "amount",
    "payable",
    "claim_deadline",
    "xella_amount",
    "compensation",
    "uncertain",
    "error",
];

/// The canonical key for a header cell, or `None` for an unknown column.
pub fn canonical_key(header: &str) -> Option<&'static str> {
    let h: String = header
        .trim()
        .trim_start_matches('\u{feff}')
        .to_lowercase()
        .chars()
        .map(|c| if c == ' ' || c == '-' { '_' } else { c })
        .collect();
    if h == "id" {
        return Some("id");
    }
    if let Some(k) = INPUT_KEYS.iter().find(|k| **k == h) {
        return Some(k);
    }
    ALIASES.iter().find(|(a, _)| *a == h).map(|(_, k)| *k)
}

/// One row's outcome.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowResult {
    /// The `id` cell, or the 1-based data row number when there is no `id` column.
    pub id: String,
    /// The language used for the row's texts.
    pub lang: Lang,
    pub result: Result<TvResult, TvError>,
}

/// The whole batch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BatchOutput {
    pub csv: String,
    pub delimiter: u8,
    pub rows: Vec<RowResult>,
}

/// A problem with the file as a whole (a bad row is never one).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BatchError {
    /// No header line.
    Empty,
    /// The CSV could not be read or written.
    Csv(String),
}

impl BatchError {
    pub fn message(&self, lang: Lang) -> String {
        match lang {
            Lang::Nl => match self {
                BatchError::Empty => {
                    "csv: het bestand is leeg; de eerste regel moet de kolomnamen bevatten".into()
                }
                BatchError::Csv(e) => format!("csv: het bestand kan niet gelezen worden ({e})"),
            },
            Lang::En => match self {
                BatchError::Empty => {
                    "csv: the file is empty; the first line must hold the column names".into()
                }
                BatchError::Csv(e) => format!("csv: the file cannot be read ({e})"),
            },
        }
    }
}

/// `;` when the header line has more semicolons than commas (outside quotes), else `,`.
pub fn detect_delimiter(text: &str) -> u8 {
    let first = text.lines().next().unwrap_or("");
    let (mut commas, mut semis, mut quoted) = (0usize, 0usize, false);
    for c in first.chars() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => commas += 1,
            ';' if !quoted => semis += 1,
            _ => {}
        }
    }
    if semis > commas {
        b';'
    } else {
        b','
    }
}

/// Escape a cell against spreadsheet formula injection.
pub fn escape_cell(s: &str) -> String {
    match s.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{s}"),
        _ => s.to_string(),
    }
}

fn amount_cell(c: Cents, delimiter: u8) -> String {
    let s = c.to_plain();
    if delimiter == b';' {
        s.replace('.', ",")
    } else {
        s
    }
}

fn result_cells(r: &TvResult, delimiter: u8) -> Vec<String> {
    let a = |c: Cents| amount_cell(c, delimiter);
    vec![
        r.due.to_string(),
        r.reason.code().to_string(),
        a(r.monthly_wage),
        r.years.to_string(),
        r.months.to_string(),
        r.days.to_string(),
        a(r.amount_uncapped),
        a(r.cap),
        r.capped.to_string(),
        a(r.amount),
        a(r.payable),
        iso(r.claim_deadline),
        r.xella_amount.map(a).unwrap_or_default(),
        r.compensation.map(|c| a(c.amount)).unwrap_or_default(),
        r.uncertain
            .iter()
            .map(|u| u.code())
            .collect::<Vec<_>>()
            .join("|"),
        String::new(),
    ]
}

/// Numbers in CSV cells are read as a person types them ([`Decimal::parse_user`]):
/// `3.250` is 3250 and `3250,50` is 3250.50. What cannot be read is passed on as typed,
/// so the row's error names the field.
fn number_cell(key: &str, cell: &str) -> String {
    if NUMBER_KEYS.contains(&key) {
        if let Ok(d) = Decimal::parse_user(cell) {
            return d.to_plain();
        }
    }
    cell.to_string()
}

const NUMBER_KEYS: &[&str] = &[
    "base_monthly_wage",
    "hourly_wage",
    "hours_per_week",
    "average_hours_per_month",
    "holiday_allowance_pct",
    "fixed_yearly_extras",
    "fixed_components_last_12_months",
    "variable_components_last_3_years",
    "deductible_costs",
    "wage_paid_during_illness",
    "wage_earned_in_remainder",
    "partial_dismissal_fraction",
];

enum Row {
    Read(String, Box<Result<TvResult, TvError>>),
    Unreadable(String),
}

/// Run a CSV batch. `lang` is the default language for texts and errors; a `lang`
/// column overrides it per row.
pub fn run_csv(text: &str, lang: Lang) -> Result<BatchOutput, BatchError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(BatchError::Empty);
    }
    let delimiter = detect_delimiter(text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut records = reader.records();
    let header = match records.next() {
        Some(Ok(h)) => h,
        Some(Err(e)) => return Err(BatchError::Csv(e.to_string())),
        None => return Err(BatchError::Empty),
    };
    let headers: Vec<String> = header.iter().map(|h| h.to_string()).collect();
    let keys: Vec<Option<&'static str>> = headers.iter().map(|h| canonical_key(h)).collect();

    let mut writer = csv::WriterBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_writer(Vec::new());
    let mut out_header: Vec<String> = headers.iter().map(|h| escape_cell(h)).collect();
    out_header.extend(RESULT_COLUMNS.iter().map(|c| c.to_string()));
    writer
        .write_record(&out_header)
        .map_err(|e| BatchError::Csv(e.to_string()))?;

    let mut rows = Vec::new();
    let mut n = 0usize;
    for rec in records {
        let mut cells: Vec<String> = Vec::new();
        let mut row_lang = lang;
        let result = match rec {
            Err(e) => {
                n += 1;
                Row::Unreadable(e.to_string())
            }
            Ok(rec) => {
                if rec.iter().all(|c| c.trim().is_empty()) {
                    continue;
                }
                n += 1;
                cells = rec.iter().map(|c| c.to_string()).collect();
                let mut obj = Map::new();
                for (i, cell) in rec.iter().enumerate() {
                    if let Some(Some(k)) = keys.get(i) {
                        obj.insert((*k).to_string(), Value::String(number_cell(k, cell)));
                    }
                }
                if let Ok(l) = lang_from(&obj) {
                    row_lang = l;
                }
                let id = obj
                    .get("id")
                    .and_then(|v| v.as_str())
                    .map(|s| s.to_string())
                    .filter(|s| !s.trim().is_empty())
                    .unwrap_or_else(|| n.to_string());
                let r = lang_from(&obj)
                    .and_then(|_| input_from_map(&obj))
                    .and_then(|i| calculate(&i));
                Row::Read(id, Box::new(r))
            }
        };
        while cells.len() < headers.len() {
            cells.push(String::new());
        }
        let mut out: Vec<String> = cells.iter().map(|c| escape_cell(c)).collect();
        match result {
            Row::Read(id, r) => match *r {
                Ok(r) => {
                    out.extend(result_cells(&r, delimiter));
                    rows.push(RowResult {
                        id,
                        lang: row_lang,
                        result: Ok(r),
                    });
                }
                Err(e) => {
                    out.extend(std::iter::repeat_n(String::new(), RESULT_COLUMNS.len() - 1));
                    out.push(escape_cell(&e.message(row_lang)));
                    rows.push(RowResult {
                        id,
                        lang: row_lang,
                        result: Err(e),
                    });
                }
            },
            Row::Unreadable(msg) => {
                out.extend(std::iter::repeat_n(String::new(), RESULT_COLUMNS.len() - 1));
                out.push(escape_cell(&format!("csv: {msg}")));
                rows.push(RowResult {
                    id: n.to_string(),
                    lang: row_lang,
                    result: Err(TvError::new(
                        crate::transitievergoeding::Field::Input,
                        crate::transitievergoeding::ErrorKind::InvalidJson,
                    )),
                });
            }
        }
        writer
            .write_record(&out)
            .map_err(|e| BatchError::Csv(e.to_string()))?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|e| BatchError::Csv(e.to_string()))?;
    let csv = String::from_utf8(bytes).map_err(|e| BatchError::Csv(e.to_string()))?;
    Ok(BatchOutput {
        csv,
        delimiter,
        rows,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(out: &str, delimiter: u8, row: usize, col: &str) -> String {
        let mut r = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .flexible(true)
            .from_reader(out.as_bytes());
        let h = r.headers().unwrap().clone();
        let idx = h.iter().position(|x| x == col).unwrap();
        let rec = r.records().nth(row).unwrap().unwrap();
        rec.get(idx).unwrap_or("").to_string()
    }

    #[test]
    fn comma_file_with_json_keys() {
        let text = "id,start_date,end_date,base_monthly_wage,holiday_allowance_pct\n\
                    a1,2022-03-15,2025-07-31,3000,0\n\
                    a2,2025-01-01,2024-01-01,3000,0\n\
                    a3,2022-01-01,2024-12-31,3000,0\n";
        let out = run_csv(text, Lang::En).unwrap();
        assert_eq!(out.delimiter, b',');
        assert_eq!(out.rows.len(), 3);
        // Example 10: 3379.03.
        assert_eq!(cell(&out.csv, b',', 0, "amount"), "3379.03");
        assert_eq!(cell(&out.csv, b',', 0, "error"), "");
        assert!(cell(&out.csv, b',', 1, "error").starts_with("end_date"));
        assert_eq!(cell(&out.csv, b',', 1, "amount"), "");
        // A bad row does not stop the batch.
        assert_eq!(cell(&out.csv, b',', 2, "amount"), "3000.00");
        assert_eq!(out.rows[1].id, "a2");
        assert!(out.rows[1].result.is_err());
    }

    #[test]
    fn semicolon_file_with_dutch_aliases_bom_and_decimal_commas() {
        let text = "\u{feff}personeelsnummer;begindatum;einddatum;maandloon;vakantiegeld;reden;kosten;eerdere_contracten\n\
                    7;01-05-2024;30-04-2025;2800,00;0;employer_initiative;;2023-01-01..2023-12-31\n\
                    8;2015-01-01;2024-12-31;3.000;0;;4.000,00;\n\
                    9;2015-01-01;2024-12-31;3000;0;mutual_consent;;\n";
        let out = run_csv(text, Lang::Nl).unwrap();
        assert_eq!(out.delimiter, b';');
        // Example 14: 1866.67, written with a decimal comma.
        assert_eq!(cell(&out.csv, b';', 0, "amount"), "1866,67");
        assert_eq!(cell(&out.csv, b';', 0, "years"), "2");
        // Example 15: 10,000 − 4,000.
        assert_eq!(cell(&out.csv, b';', 1, "payable"), "6000,00");
        assert_eq!(cell(&out.csv, b';', 2, "due"), "false");
        assert_eq!(
            cell(&out.csv, b';', 2, "reason_code"),
            "mutual_consent_not_statutory"
        );
        assert_eq!(out.rows[0].id, "7");
        assert!(!out.csv.starts_with('\u{feff}'));
    }

    #[test]
    fn formula_injection_is_escaped() {
        let text = "id,start_date,end_date,base_monthly_wage,note\n\
                    =HYPERLINK(\"x\"),2022-01-01,2024-12-31,3000,@SUM(A1)\n\
                    +1,2022-01-01,2024-12-31,-5,-2\n";
        let out = run_csv(text, Lang::En).unwrap();
        assert_eq!(cell(&out.csv, b',', 0, "id"), "'=HYPERLINK(\"x\")");
        assert_eq!(cell(&out.csv, b',', 0, "note"), "'@SUM(A1)");
        assert_eq!(cell(&out.csv, b',', 1, "base_monthly_wage"), "'-5");
        assert!(cell(&out.csv, b',', 1, "error").starts_with("base_monthly_wage"));
        assert_eq!(escape_cell("-"), "'-");
        assert_eq!(escape_cell("abc"), "abc");
    }

    #[test]
    fn empty_and_short_rows() {
        assert_eq!(run_csv("", Lang::Nl), Err(BatchError::Empty));
        assert_eq!(run_csv("\u{feff}\n", Lang::Nl), Err(BatchError::Empty));
        let out = run_csv("start_date,end_date,loon\n\n2022-01-01\n", Lang::En).unwrap();
        assert_eq!(out.rows.len(), 1);
        assert!(cell(&out.csv, b',', 0, "error").starts_with("end_date"));
    }

    #[test]
    fn aliases_point_to_known_keys() {
        for (alias, key) in ALIASES {
            assert!(*key == "id" || INPUT_KEYS.contains(key), "{alias} -> {key}");
            assert_eq!(canonical_key(alias), Some(*key));
        }
        assert_eq!(canonical_key(" Begindatum "), Some("start_date"));
        assert_eq!(canonical_key("Uren per week"), Some("hours_per_week"));
        assert_eq!(canonical_key("whatever"), None);
    }

    proptest::proptest! {
        #[test]
        fn batch_never_panics(s in "\\PC{0,200}") {
            let _ = run_csv(&s, Lang::Nl);
            let _ = run_csv(&format!("start_date;end_date;loon\n{s}"), Lang::En);
        }
    }
}
