//! The results table of the batch page: sortable column headers (buttons inside `<th>`
//! with `aria-sort`) and paging, so that only one page of rows is in the DOM. Sorting and
//! paging are computed by `spoorwijzer_core::batch_view`; this component only renders.

use std::rc::Rc;

use spoorwijzer_core::batch_view::{Column, Sort, SortDir, Table, PAGE_SIZE};
use spoorwijzer_core::lang::Lang;
use spoorwijzer_core::text::batch::{cell, column_label, page_status, BatchText};
use yew::prelude::*;

use super::pagination::Pagination;

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
    let columns = sorted.columns();
    let view = sorted.page(*page, props.page_size);
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
                <table class="sw-data-table" id="sw-batch-table">
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
            <Pagination current={current} pages={pages} lang={lang} id_prefix="sw-page"
                label={BatchText::Paging.text(lang)}
                status={page_status(current, pages, view.first, view.last, view.total, lang)}
                on_page={Callback::from(move |p: usize| page.set(p))} />
        </div>
    }
}
