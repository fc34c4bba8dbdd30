//! The view model of the employer batch page (`#/werkgever/batch`): per-employee rows,
//! totals, sorting by any column, and paging. Pure, so it is tested natively; the page
//! only renders what this module gives. The cells, the column labels and the template
//! files in words are in `crate::text::batch`.
//!
//! Money stays in [`Cents`]; totals are sums of the rounded per-row amounts (each row's
//! amount is rounded once by the engine, half away from zero; the sum adds no rounding).

pub mod deadlines;

use std::cmp::Ordering;

use chrono::NaiveDate;

use crate::batch::{BatchRow, BatchRun, RowError};
use crate::money::Cents;
use crate::poortwachter::MilestoneId;

/// Rows per page on the batch page: enough to scan, few enough to render at once.
pub const PAGE_SIZE: usize = 50;

/// One employee in the results table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ViewRow {
    /// Position in the file (0-based among the data rows): the stable tie-breaker.
    pub index: usize,
    pub line: u64,
    pub id: String,
    /// `None` when the row asks no transitievergoeding or has an error there.
    pub due: Option<bool>,
    pub amount: Option<Cents>,
    pub capped: Option<bool>,
    pub payable: Option<Cents>,
    /// The amount rests on a figure that is an estimate or could not be checked (a cap
    /// that is not published yet and limits the amount): marked in the table.
    pub amount_uncertain: bool,
    pub next_deadline: Option<(MilestoneId, NaiveDate)>,
    pub next_uncertain: bool,
    /// The row has a Poortwachter status (a first sick day was given and read).
    pub has_status: bool,
    pub recovered: bool,
    pub overdue: Vec<MilestoneId>,
    pub error: Option<RowError>,
}

impl ViewRow {
    pub fn from_batch(index: usize, r: &BatchRow) -> ViewRow {
        let tv = r.tv.as_ref().and_then(|t| t.as_ref().ok());
        let pw = r.pw.as_ref().and_then(|p| p.as_ref().ok());
        ViewRow {
            index,
            line: r.line,
            id: r.id.clone(),
            due: tv.map(|t| t.due),
            amount: tv.map(|t| t.amount),
            capped: tv.map(|t| t.capped),
            payable: tv.map(|t| t.payable),
            amount_uncertain: tv.is_some_and(|t| {
                t.uncertain.iter().any(|u| {
                    matches!(
                        u,
                        crate::transitievergoeding::explain::Uncertainty::Cap { .. }
                    ) && u.affects().contains(&"payable")
                })
            }),
            next_deadline: pw.and_then(|p| p.next),
            next_uncertain: pw.is_some_and(|p| p.next_uncertain),
            has_status: pw.is_some(),
            recovered: pw.is_some_and(|p| p.recovered),
            overdue: pw.map(|p| p.overdue.clone()).unwrap_or_default(),
            error: r.error(),
        }
    }

    fn compare(&self, other: &ViewRow, column: Column) -> Ordering {
        // Missing values sort after present ones in both directions; see `Table::sort`.
        fn opt<T: Ord>(a: &Option<T>, b: &Option<T>) -> Ordering {
            a.cmp(b)
        }
        match column {
            Column::Line => self.line.cmp(&other.line),
            Column::Id => natural_cmp(&self.id, &other.id),
            Column::Due => opt(&self.due, &other.due),
            Column::Amount => opt(&self.amount, &other.amount),
            Column::Capped => opt(&self.capped, &other.capped),
            Column::Payable => opt(&self.payable, &other.payable),
            Column::NextDeadline => opt(
                &self.next_deadline.map(|(id, d)| (d, id.nominal_order())),
                &other.next_deadline.map(|(id, d)| (d, id.nominal_order())),
            ),
            Column::Overdue => opt(
                &self.has_status.then_some(self.overdue.len()),
                &other.has_status.then_some(other.overdue.len()),
            ),
            Column::Error => opt(
                &self.error.as_ref().map(|e| e.message.as_str()),
                &other.error.as_ref().map(|e| e.message.as_str()),
            ),
        }
    }

    fn is_missing(&self, column: Column) -> bool {
        match column {
            Column::Line | Column::Id => false,
            Column::Due => self.due.is_none(),
            Column::Amount => self.amount.is_none(),
            Column::Capped => self.capped.is_none(),
            Column::Payable => self.payable.is_none(),
            Column::NextDeadline => self.next_deadline.is_none(),
            Column::Overdue => !self.has_status,
            Column::Error => self.error.is_none(),
        }
    }
}

/// Compare ids so that "2" comes before "10" and "A-9" before "A-10": runs of digits are
/// compared as numbers, the rest case-insensitively.
pub fn natural_cmp(a: &str, b: &str) -> Ordering {
    let (mut x, mut y) = (a.chars().peekable(), b.chars().peekable());
    loop {
        match (x.peek().copied(), y.peek().copied()) {
            (None, None) => return a.cmp(b),
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(c), Some(d)) if c.is_ascii_digit() && d.is_ascii_digit() => {
                let mut n1 = String::new();
                while let Some(c) = x.next_if(|c| c.is_ascii_digit()) {
                    n1.push(c);
                }
                let mut n2 = String::new();
                while let Some(d) = y.next_if(|d| d.is_ascii_digit()) {
                    n2.push(d);
                }
                let t1 = n1.trim_start_matches('0');
                let t2 = n2.trim_start_matches('0');
                let o = t1.len().cmp(&t2.len()).then_with(|| t1.cmp(t2));
                if o != Ordering::Equal {
                    return o;
                }
            }
            (Some(c), Some(d)) => {
                let o = c.to_lowercase().cmp(d.to_lowercase());
                if o != Ordering::Equal {
                    return o;
                }
                x.next();
                y.next();
            }
        }
    }
}

/// The columns of the results table, in display order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Column {
    Line,
    Id,
    Due,
    Amount,
    Capped,
    Payable,
    NextDeadline,
    Overdue,
    Error,
}

impl Column {
    pub const ALL: [Column; 9] = [
        Column::Line,
        Column::Id,
        Column::Due,
        Column::Amount,
        Column::Capped,
        Column::Payable,
        Column::NextDeadline,
        Column::Overdue,
        Column::Error,
    ];

    /// A stable code, used in the page's element ids and data attributes.
    pub fn code(self) -> &'static str {
        match self {
            Column::Line => "line",
            Column::Id => "id",
            Column::Due => "due",
            Column::Amount => "amount",
            Column::Capped => "capped",
            Column::Payable => "payable",
            Column::NextDeadline => "next_deadline",
            Column::Overdue => "overdue",
            Column::Error => "error",
        }
    }

    /// Numbers and amounts are right-aligned and kept on one line. The passed deadlines
    /// are a text (the count and the steps), which wraps like any text.
    pub fn numeric(self) -> bool {
        matches!(self, Column::Line | Column::Amount | Column::Payable)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortDir {
    Asc,
    Desc,
}

impl SortDir {
    /// The value of `aria-sort`.
    pub fn aria(self) -> &'static str {
        match self {
            SortDir::Asc => "ascending",
            SortDir::Desc => "descending",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sort {
    pub column: Column,
    pub dir: SortDir,
}

impl Sort {
    /// The file's order.
    pub fn file_order() -> Sort {
        Sort {
            column: Column::Line,
            dir: SortDir::Asc,
        }
    }

    /// After a click on `column`'s header: ascending first, then toggling.
    pub fn clicked(self, column: Column) -> Sort {
        if self.column == column {
            Sort {
                column,
                dir: match self.dir {
                    SortDir::Asc => SortDir::Desc,
                    SortDir::Desc => SortDir::Asc,
                },
            }
        } else {
            Sort {
                column,
                dir: SortDir::Asc,
            }
        }
    }

    /// `aria-sort` for `column`'s header: `none` unless it is the sorted column.
    pub fn aria_for(self, column: Column) -> &'static str {
        if self.column == column {
            self.dir.aria()
        } else {
            "none"
        }
    }
}

/// Totals over the whole file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Totals {
    pub rows: usize,
    pub ok: usize,
    pub errors: usize,
    pub due: usize,
    /// Sum of `amount` over the rows where it is due (the cap applied per row).
    pub amount: Cents,
    /// Sum of `payable`.
    pub payable: Cents,
    pub capped: usize,
    pub with_overdue: usize,
}

/// The whole table: rows in the current order, totals, paging.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub rows: Vec<ViewRow>,
    /// Indices into `rows` in display order.
    pub order: Vec<usize>,
    pub sort: Sort,
    pub totals: Totals,
    pub with_status: bool,
}

/// One page of the table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page<'a> {
    pub rows: Vec<&'a ViewRow>,
    /// 1-based.
    pub page: usize,
    pub pages: usize,
    /// 1-based positions of the first and last row shown (0 and 0 when empty).
    pub first: usize,
    pub last: usize,
    pub total: usize,
}

impl Table {
    pub fn from_run(run: &BatchRun) -> Table {
        let rows: Vec<ViewRow> = run
            .rows
            .iter()
            .enumerate()
            .map(|(i, r)| ViewRow::from_batch(i, r))
            .collect();
        let mut totals = Totals {
            rows: rows.len(),
            ..Totals::default()
        };
        for r in &rows {
            if r.error.is_some() {
                totals.errors += 1;
            } else {
                totals.ok += 1;
            }
            if r.due == Some(true) {
                totals.due += 1;
                if let Some(a) = r.amount {
                    totals.amount = Cents(totals.amount.0.saturating_add(a.0));
                }
            }
            if let Some(p) = r.payable {
                totals.payable = Cents(totals.payable.0.saturating_add(p.0));
            }
            if r.capped == Some(true) {
                totals.capped += 1;
            }
            if !r.overdue.is_empty() {
                totals.with_overdue += 1;
            }
        }
        Table {
            order: (0..rows.len()).collect(),
            rows,
            sort: Sort::file_order(),
            totals,
            with_status: run.with_status,
        }
    }

    /// Sort by `sort`. Stable: equal values keep the file's order, in both directions.
    /// Missing values (a dash in the table) always come last.
    pub fn sort(&mut self, sort: Sort) {
        let rows = &self.rows;
        let mut order: Vec<usize> = (0..rows.len()).collect();
        order.sort_by(|&a, &b| {
            let (ra, rb) = match (rows.get(a), rows.get(b)) {
                (Some(x), Some(y)) => (x, y),
                _ => return a.cmp(&b),
            };
            let (ma, mb) = (ra.is_missing(sort.column), rb.is_missing(sort.column));
            let o = match (ma, mb) {
                (true, true) => Ordering::Equal,
                (true, false) => Ordering::Greater,
                (false, true) => Ordering::Less,
                (false, false) => {
                    let o = ra.compare(rb, sort.column);
                    match sort.dir {
                        SortDir::Asc => o,
                        SortDir::Desc => o.reverse(),
                    }
                }
            };
            o.then(ra.index.cmp(&rb.index))
        });
        self.order = order;
        self.sort = sort;
    }

    /// The number of pages of `per_page` rows (at least 1).
    pub fn pages(&self, per_page: usize) -> usize {
        PageSpan::new(self.order.len(), 1, per_page).pages
    }

    /// Page `page` (1-based, clamped to the valid range).
    pub fn page(&self, page: usize, per_page: usize) -> Page<'_> {
        let span = PageSpan::new(self.order.len(), page, per_page);
        let rows: Vec<&ViewRow> = self
            .order
            .get(span.range())
            .unwrap_or_default()
            .iter()
            .filter_map(|&i| self.rows.get(i))
            .collect();
        Page {
            rows,
            page: span.page,
            pages: span.pages,
            first: span.first,
            last: span.last,
            total: span.total,
        }
    }

    /// The columns to show: the Poortwachter columns only when the file has them, the
    /// error column only when a row has an error.
    pub fn columns(&self) -> Vec<Column> {
        Column::ALL
            .into_iter()
            .filter(|c| match c {
                Column::NextDeadline | Column::Overdue => self.with_status,
                Column::Error => self.totals.errors > 0,
                _ => true,
            })
            .collect()
    }

    /// The rows with an error, in file order.
    pub fn errors(&self) -> Vec<&RowError> {
        self.rows.iter().filter_map(|r| r.error.as_ref()).collect()
    }
}

/// Where one page of a list lies: its number, the number of pages and the 1-based
/// positions of its first and last item (0 and 0 when the list is empty).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageSpan {
    /// 1-based, clamped to the valid range.
    pub page: usize,
    /// At least 1.
    pub pages: usize,
    pub first: usize,
    pub last: usize,
    pub total: usize,
}

impl PageSpan {
    /// Page `page` of `total` items, `per_page` a page.
    pub fn new(total: usize, page: usize, per_page: usize) -> PageSpan {
        let per_page = per_page.max(1);
        let pages = total.div_ceil(per_page).max(1);
        let page = page.clamp(1, pages);
        let start = (page - 1) * per_page;
        let last = total.min(start + per_page);
        let (first, last) = if start < last {
            (start + 1, last)
        } else {
            (0, 0)
        };
        PageSpan {
            page,
            pages,
            first,
            last,
            total,
        }
    }

    /// The 0-based index range of the page's items.
    pub fn range(&self) -> std::ops::Range<usize> {
        self.first.saturating_sub(1)..self.last
    }
}

/// The page numbers to offer as buttons: the first, the last, and two either side of the
/// current one; `None` marks a gap ("…").
pub fn page_buttons(page: usize, pages: usize) -> Vec<Option<usize>> {
    let mut out = Vec::new();
    let mut prev = 0usize;
    for p in 1..=pages {
        if p == 1 || p == pages || p.abs_diff(page) <= 2 {
            if prev != 0 && p > prev + 1 {
                out.push(None);
            }
            out.push(Some(p));
            prev = p;
        }
    }
    out
}

/// The file is not text (it holds NUL bytes, as an .xlsx or .ods file does).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotText;

/// Windows-1252 characters for the bytes 0x80..=0x9F (the rest of the range is Latin-1).
/// Undefined bytes map to U+FFFD.
const CP1252_HIGH: [char; 32] = [
    '€', '\u{fffd}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{fffd}', 'Ž',
    '\u{fffd}', '\u{fffd}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{fffd}',
    'ž', 'Ÿ',
];

/// Read the bytes of a chosen file as text: UTF-8 (with or without a BOM), or else
/// Windows-1252, which is what Excel writes for "CSV (gescheiden door lijstscheidingsteken)"
/// on Dutch Windows. A file with NUL bytes is not text.
pub fn decode_file(bytes: &[u8]) -> Result<String, NotText> {
    if bytes.contains(&0) {
        return Err(NotText);
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_string()),
        Err(_) => Ok(bytes
            .iter()
            .map(|&b| match b {
                0x80..=0x9f => CP1252_HIGH
                    .get(usize::from(b - 0x80))
                    .copied()
                    .unwrap_or('\u{fffd}'),
                _ => char::from(b),
            })
            .collect()),
    }
}

#[cfg(test)]
mod tests;
