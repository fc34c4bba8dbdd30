//! The body of an explanation page ([`Block`]s) as Yew elements, one by one: no HTML
//! string is built and nothing is injected.
//!
//! - headings keep the stable ids the parser gave them;
//! - tables get a `<caption>` (the text of the nearest heading above them, or the page
//!   title; visually hidden, because on screen that heading already stands right above
//!   the table), `th scope="col"` for the header and `th scope="row"` for the first cell of
//!   each row, inside a [`TableScroll`] so a narrow screen never scrolls sideways;
//! - callouts get a visible title ("Let op", "Onzeker", "Plan, nog geen wet"), so the
//!   kind is never told by colour alone, and `role="note"` named by that title;
//! - `{{vergelijk}}` renders the [`CompareTable`], and `{{wetsvoorstel:ID}}` the
//!   register's notice ([`PendingLawNotice`]).

use spoorwijzer_core::kb::markdown::{plain_text, Block, CalloutKind, Embed, HeadingLevel};
use spoorwijzer_core::lang::Lang;
use spoorwijzer_core::text::kb::KbText;
use yew::prelude::*;

use crate::components::compare_table::CompareTable;
use crate::components::kb_inline::render_inlines;
use crate::components::pending_law_notice::PendingLawNotice;
use crate::components::table_scroll::TableScroll;
use crate::state::use_app;
use spoorwijzer_core::flow::outcome::{PendingMeaning, PendingNotice};
use spoorwijzer_core::text::flow::outcome::render_pending;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub blocks: Vec<Block>,
    /// The page title: the caption of a table that has no heading above it.
    #[prop_or_default]
    pub title: AttrValue,
}

#[component]
pub fn KbBlocks(props: &Props) -> Html {
    let lang = use_app().lang;
    let mut ctx = Ctx {
        lang,
        caption: props.title.to_string(),
    };
    let out: Vec<Html> = props
        .blocks
        .iter()
        .enumerate()
        .map(|(i, b)| render_block(b, &mut ctx, &format!("sw-kb-{i}")))
        .collect();
    html! { <div class="sw-kb">{ for out }</div> }
}

struct Ctx {
    lang: Lang,
    /// The text of the last heading seen: the caption for the next table.
    caption: String,
}

/// Render one block. `key` is unique within the page and makes the ids of captions and
/// callout titles unique.
fn render_block(block: &Block, ctx: &mut Ctx, key: &str) -> Html {
    let lang = ctx.lang;
    match block {
        Block::Heading { level, id, content } => {
            ctx.caption = plain_text(content);
            let inner = render_inlines(content, lang);
            match level {
                HeadingLevel::H2 => html! { <h2 id={id.clone()}>{ inner }</h2> },
                HeadingLevel::H3 => html! { <h3 id={id.clone()}>{ inner }</h3> },
            }
        }
        Block::Paragraph(content) => html! { <p>{ render_inlines(content, lang) }</p> },
        Block::BulletList(items) => html! {
            <ul>{ for items.iter().map(|it| html! { <li>{ render_inlines(it, lang) }</li> }) }</ul>
        },
        Block::NumberedList { start, items } => {
            let start = (*start != 1).then(|| AttrValue::from(start.to_string()));
            html! {
                <ol start={start}>
                    { for items.iter().map(|it| html! { <li>{ render_inlines(it, lang) }</li> }) }
                </ol>
            }
        }
        Block::Table { header, rows } => {
            let caption_id = format!("{key}-caption");
            html! {
                <TableScroll labelled_by={caption_id.clone()}>
                    <table class="sw-table">
                        <caption id={caption_id} class="sw-visually-hidden">{ ctx.caption.clone() }</caption>
                        <thead>
                            <tr>{ for header.iter().map(|c| html! { <th scope="col">{ render_inlines(c, lang) }</th> }) }</tr>
                        </thead>
                        <tbody>
                            { for rows.iter().map(|row| html! {
                                <tr>
                                    { for row.iter().enumerate().map(|(n, c)| if n == 0 {
                                        html! { <th scope="row">{ render_inlines(c, lang) }</th> }
                                    } else {
                                        html! { <td>{ render_inlines(c, lang) }</td> }
                                    }) }
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </TableScroll>
            }
        }
        Block::Callout { kind, blocks } => {
            let (class, title) = match kind {
                CalloutKind::Note => ("sw-callout sw-callout--note", KbText::CalloutNote),
                CalloutKind::Uncertain => {
                    ("sw-callout sw-callout--uncertain", KbText::CalloutUncertain)
                }
                CalloutKind::Plan => ("sw-callout sw-callout--plan", KbText::CalloutPlan),
            };
            let title_id = format!("{key}-title");
            let inner: Vec<Html> = blocks
                .iter()
                .enumerate()
                .map(|(i, b)| render_block(b, ctx, &format!("{key}-{i}")))
                .collect();
            html! {
                <div class={class} role="note" aria-labelledby={title_id.clone()}>
                    <p class="sw-callout__title" id={title_id}>{ title.text(lang) }</p>
                    { for inner }
                </div>
            }
        }
        Block::Embed(Embed::Vergelijk) => html! { <CompareTable /> },
        Block::Embed(Embed::PendingLaw(id)) => {
            let notice = render_pending(
                &PendingNotice {
                    id: *id,
                    meaning: PendingMeaning::General,
                },
                lang,
            );
            html! { <PendingLawNotice notice={notice} dom_id={format!("{key}-pending")} /> }
        }
    }
}
