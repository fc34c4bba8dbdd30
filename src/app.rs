//! The root component: state provider, hash router and the page frame.

use chrono::NaiveDate;
use spoorwijzer_core::embed_config::EmbedRole;
use spoorwijzer_core::flow::Role;
use spoorwijzer_core::text::ui::UiText;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::clock::{self, Today};
use crate::components::{
    embed_preview::EmbedPreview, footer::Footer, header::Header, update_notice::UpdateNotice,
};
use crate::dom;
use crate::embed;
use crate::pages;
use crate::route::Route;
use crate::state::{AppContext, AppState, EmbedContext};

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// Today's date; the device's date when not given (tests set it).
    #[prop_or_default]
    pub today: Option<NaiveDate>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    // Today's date enters the app here, once, and reaches the pages through a context.
    let today = {
        let given = props.today;
        *use_memo((), move |_| given.unwrap_or_else(clock::today))
    };
    // The embed configuration: the JSON block in index.html, then the query string.
    let config: EmbedContext = use_memo((), |_| embed::load_config(&dom::search()));
    // Inside a frame, links to other websites open in a new tab.
    let framed = *use_memo((), |_| embed::Framed(embed::in_frame()));
    let state = {
        let config = config.clone();
        use_reducer(move || {
            let lang = embed::initial_lang(&config, dom::navigator_language().as_deref());
            // A role chosen on the static start page before the app ran (first-paint.js)
            // counts as chosen here; an embedder's `rol` comes first.
            let role = config
                .rol
                .map(EmbedRole::role)
                .or_else(|| dom::take_pending_role().as_deref().and_then(Role::parse));
            AppState::new(lang, role)
        })
    };
    {
        let lang = state.lang;
        use_effect_with(lang, move |lang| dom::set_html_lang(*lang));
    }
    {
        // Once: accent colour, console warnings, and the iframe height reporter (kept
        // alive until the app unmounts).
        let config = config.clone();
        let lang = state.lang;
        use_effect_with((), move |_| {
            embed::apply_accent(&config);
            embed::warn_notices(&config, lang);
            let reporter = embed::start_resize_reporter(&config);
            move || drop(reporter)
        });
    }
    html! {
        <ContextProvider<Today> context={Today(today)}>
            <ContextProvider<EmbedContext> context={config}>
                <ContextProvider<embed::Framed> context={framed}>
                    <ContextProvider<AppContext> context={state.clone()}>
                        <HashRouter>
                            <Frame />
                        </HashRouter>
                    </ContextProvider<AppContext>>
                </ContextProvider<embed::Framed>>
            </ContextProvider<EmbedContext>>
        </ContextProvider<Today>>
    }
}

/// The start page as the build renders it into `index.html` (src/prerender.rs): the same
/// frame and page as [`App`], in Dutch, with the default configuration and the route `/`.
/// Only the sources differ: nothing is read from the browser.
#[cfg(not(target_arch = "wasm32"))]
#[component]
pub fn StaticStart() -> Html {
    use spoorwijzer_core::embed_config::EmbedConfig;
    use spoorwijzer_core::lang::Lang;
    use yew_router::history::{AnyHistory, MemoryHistory};

    let config: EmbedContext = use_memo((), |_| EmbedConfig::default());
    let state = use_reducer(|| AppState::new(Lang::Nl, None));
    let history = use_memo((), |_| AnyHistory::from(MemoryHistory::new()));
    // The build has no device clock: the start page shows no date-dependent content, so
    // the content date stands in for today.
    let today = spoorwijzer_core::dates::parse_iso(spoorwijzer_core::text::ui::CONTENT_DATE)
        .unwrap_or_else(|_| spoorwijzer_core::dates::min_date());
    html! {
        <ContextProvider<Today> context={Today(today)}>
            <ContextProvider<EmbedContext> context={config}>
                <ContextProvider<AppContext> context={state}>
                    <Router history={(*history).clone()}>
                        <Frame />
                    </Router>
                </ContextProvider<AppContext>>
            </ContextProvider<EmbedContext>>
        </ContextProvider<Today>>
    }
}

/// Header, main region with the current page, footer. After a route change, focus moves
/// to the page heading so screen reader users hear the new page.
#[component]
fn Frame() -> Html {
    let state = crate::state::use_app();
    let lang = state.lang;
    let route = use_route::<Route>();
    let first = use_mut_ref(|| true);
    use_effect_with(route.clone(), move |route| {
        let mut first = first.borrow_mut();
        // A glossary link to one term moves focus to that term itself (the page does
        // that); every other route change moves it to the page heading.
        let term_link = matches!(route, Some(Route::Begrip { term })
            if spoorwijzer_core::kb::terms::Term::from_slug(term).is_some());
        if *first {
            *first = false;
        } else if !term_link {
            dom::focus_id("sw-main-heading");
        }
    });
    html! {
        <>
            <a class="sw-skip-link" href="#sw-main" onclick={Callback::from(|e: MouseEvent| {
                e.prevent_default();
                dom::focus_id("sw-main");
            })}>{ UiText::SkipToContent.text(lang) }</a>
            <Header />
            <EmbedPreview />
            <main id="sw-main" class="sw-main sw-container" tabindex="-1" data-sw-rol={state.role().map(|r| r.code())}>
                <crate::components::memory_sync::MemorySync />
                <Switch<Route> render={pages::switch} />
            </main>
            <Footer />
            <UpdateNotice />
        </>
    }
}
