//! Paging buttons under a long table: a status line ("Pagina 2 van 7 (…)") announced
//! politely, Previous and Next (with `aria-disabled` at the ends), and numbered buttons
//! with gaps ([`page_buttons`]). Which page is shown is the caller's state.

use spoorwijzer_core::batch_view::page_buttons;
use spoorwijzer_core::lang::Lang;
use spoorwijzer_core::text::batch::{page_label, BatchText};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// 1-based.
    pub current: usize,
    pub pages: usize,
    /// The status line, e.g. "Pagina 2 van 7 (werknemers 51 tot en met 100 van 340)".
    pub status: AttrValue,
    /// The navigation's accessible name.
    pub label: AttrValue,
    /// Prefix of the Previous and Next buttons' ids (`…-previous`, `…-next`).
    pub id_prefix: AttrValue,
    pub on_page: Callback<usize>,
    pub lang: Lang,
}

#[component]
pub fn Pagination(props: &Props) -> Html {
    let lang = props.lang;
    let (current, pages) = (props.current, props.pages);
    let go = |p: usize| {
        let cb = props.on_page.clone();
        Callback::from(move |_: MouseEvent| cb.emit(p))
    };
    html! {
        <nav class="sw-pagination" aria-label={props.label.clone()}>
            <p class="sw-pagination__status" aria-live="polite">{ props.status.clone() }</p>
            if pages > 1 {
                <ul class="sw-pagination__list">
                    <li>
                        <button type="button" class="sw-pagination__button" id={format!("{}-previous", props.id_prefix)}
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
                        <button type="button" class="sw-pagination__button" id={format!("{}-next", props.id_prefix)}
                            aria-disabled={(current >= pages).then_some("true")}
                            onclick={if current < pages { go(current + 1) } else { Callback::noop() }}>
                            { BatchText::Next.text(lang) }
                        </button>
                    </li>
                </ul>
            }
        </nav>
    }
}
