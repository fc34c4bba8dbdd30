//! The results table of the batch page: sortable column headers (buttons inside `<th>`
//! with `aria-sort`) and paging, so that only one page of rows is in the DOM. Sorting and
//! paging are computed by `spoorwijzer_core::batch_view`; this component only renders.

use std::rc::Rc;

use spoorwijzer_core::batch_view::{page_buttons, Column, Sort, SortDir, Table, PAGE_SIZE};
use spoorwijzer_core::lang::Lang;
use spoorwijzer_core::text::batch::{cell, column_label, page_label, page_status, BatchText};
use yew::prelude::*;

#[derive(Properties)]
pub struct Props {
    pub table: Rc<Table>,
    /// Changes when a new file is read: the component compares this, not the rows.
    pub generation: u64,
    pub lang: Lang,
    #[prop_or(PAGE_SIZE)]
    pub page_size: usize,
}

impl PartialEq for Props {
    fn eq(&self, other: &Self) -> bool {
        self.generation == other.generation
            && self.lang == other.lang
            && self.page_size == other.page_size
            && Rc::ptr_eq(&self.table, &other.table)
    }
}

/// The columns to show: the Poortwachter columns only when the file has them.
pub fn visible_columns(table: &Table) -> Vec<Column> {
    Column::ALL
        .into_iter()
        .filter(|c| table.with_status || !matches!(c, Column::NextDeadline | Column::Overdue))
        .collect()
}

#[component]
pub fn DataTable(props: &Props) -> Html {
    let lang = props.lang;
    let sort = use_state(Sort::file_order);
    let page = use_state(|| 1usize);
    // Sorting copies the rows once per click; the file order needs no copy.
    let sorted: Rc<Table> = {
        let table = props.table.clone();
        let memo = use_memo((props.generation, *sort), move |(_, s)| {
            if *s == Sort::file_order() {
                table
            } else {
                let mut t = (*table).clone();
                t.sort(*s);
                Rc::new(t)
            }
        });
        (*memo).clone()
    };
    let columns = visible_columns(&sorted);
    let view = sorted.page(*page, props.page_size);
    let go = |p: usize| {
        let page = page.clone();
        Callback::from(move |_: MouseEvent| page.set(p))
    };
    let header = |c: Column| {
        let onclick = {
            let sort = sort.clone();
            let page = page.clone();
            Callback::from(move |_: MouseEvent| {
                sort.set(sort.clicked(c));
                page.set(1);
            })
        };
        let icon = match (sort.column == c, sort.dir) {
            (true, SortDir::Asc) => "▲",
            (true, SortDir::Desc) => "▼",
            (false, _) => "↕",
        };
        html! {
            <th scope="col" aria-sort={sort.aria_for(c)}
                class={classes!("sw-data-table__head", c.numeric().then_some("sw-data-table__num"))}>
                <button type="button" class="sw-data-table__sort" data-column={c.code()} {onclick}>
                    { column_label(c, lang) }
                    <span class="sw-data-table__icon" aria-hidden="true">{ icon }</span>
                </button>
            </th>
        }
    };
    let pages = view.pages;
    let current = view.page;
    html! {
        <div class="sw-data-table-block">
            <div class="sw-data-table__wrap" role="region" aria-labelledby="sw-data-table-caption" tabindex="0">
                <table class="sw-data-table">
                    <caption id="sw-data-table-caption">{ BatchText::TableCaption.text(lang) }</caption>
                    <thead>
                        <tr>{ for columns.iter().map(|c| header(*c)) }</tr>
                    </thead>
                    <tbody>
                        { for view.rows.iter().map(|r| html! {
                            <tr class={classes!(r.error.is_some().then_some("sw-data-table__row--error"))}
                                data-line={r.line.to_string()}>
                                { for columns.iter().map(|c| html! {
                                    <td class={classes!(c.numeric().then_some("sw-data-table__num"))}
                                        data-column={c.code()}>{ cell(r, *c, lang) }</td>
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            <nav class="sw-pagination" aria-label={BatchText::Paging.text(lang)}>
                <p class="sw-pagination__status" aria-live="polite">
                    { page_status(current, pages, view.first, view.last, view.total, lang) }
                </p>
                if pages > 1 {
                    <ul class="sw-pagination__list">
                        <li>
                            <button type="button" class="sw-pagination__button" id="sw-page-previous"
                                aria-disabled={(current <= 1).then_some("true")}
                                onclick={if current > 1 { go(current - 1) } else { Callback::noop() }}>
                                { BatchText::Previous.text(lang) }
                            </button>
                        </li>
                        { for page_buttons(current, pages).into_iter().map(|b| match b {
                            Some(p) => html! {
                                <li>
                                    <button type="button" class="sw-pagination__button"
                                        aria-current={(p == current).then_some("page")}
                                        aria-label={page_label(p, lang)}
                                        onclick={go(p)}>{ p.to_string() }</button>
                                </li>
                            },
                            None => html! { <li class="sw-pagination__gap" aria-hidden="true">{ "…" }</li> },
                        }) }
                        <li>
                            <button type="button" class="sw-pagination__button" id="sw-page-next"
                                aria-disabled={(current >= pages).then_some("true")}
                                onclick={if current < pages { go(current + 1) } else { Callback::noop() }}>
                                { BatchText::Next.text(lang) }
                            </button>
                        </li>
                    </ul>
                }
            </nav>
        </div>
    }
}
