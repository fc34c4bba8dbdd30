//! The spoor 2 vs outplacement comparison (`core::kb::compare`): one row per aspect, the
//! aspect as row header. Used on `#/vergelijk` and for the `{{vergelijk}}` embed.

use spoorwijzer_core::kb::compare::CompareRow;
use spoorwijzer_core::text::kb::CompareText;
use yew::prelude::*;

use crate::components::table_head;
use crate::components::table_scroll::TableScroll;
use crate::state::use_app;

/// The id of the caption; the table appears at most once per page.
const CAPTION_ID: &str = "sw-compare-caption";

#[component]
pub fn CompareTable() -> Html {
    let lang = use_app().lang;
    let t = |x: CompareText| x.text(lang);
    html! {
        <TableScroll labelled_by={CAPTION_ID}>
            <table class="sw-table sw-compare">
                <caption id={CAPTION_ID}>{ t(CompareText::Caption) }</caption>
                { table_head(&[t(CompareText::AspectHeader), t(CompareText::Spoor2Header), t(CompareText::OutplacementHeader)]) }
                <tbody>
                    { for CompareRow::all().iter().map(|r| {
                        let c = r.cells(lang);
                        html! {
                            <tr>
                                <th scope="row">{ c.aspect }</th>
                                <td>{ c.spoor2 }</td>
                                <td>{ c.outplacement }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </TableScroll>
    }
}
