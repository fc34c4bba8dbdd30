//! The start page at build time: Yew's server-side renderer renders the app's own frame
//! and start page ([`crate::app::StaticStart`]) natively, from the same components and the
//! same core texts, into static HTML that the build puts in `index.html`
//! (scripts/post-build.mjs). The app replaces it when it mounts ([`crate::start`]).

use yew::LocalServerRenderer;

/// The start page (`#/`, Dutch, no embed configuration) as HTML for inside `#app`.
pub fn render_start_page() -> String {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a one-thread tokio runtime");
    let local = tokio::task::LocalSet::new();
    let html = runtime.block_on(local.run_until(async {
        LocalServerRenderer::<crate::app::StaticStart>::new()
            .hydratable(false)
            .render()
            .await
    }));
    hash_links(&html)
}

/// The renderer's router keeps its history in memory, so its links read `/route`; in the
/// browser the app uses the hash router, whose links read `#/route`. Every link the frame
/// renders to a route starts with `href="/`.
fn hash_links(html: &str) -> String {
    html.replace("href=\"/", "href=\"#/")
}

#[cfg(test)]
mod tests {
    use super::*;
    use spoorwijzer_core::lang::Lang;
    use spoorwijzer_core::text::ui::UiText;

    #[test]
    fn renders_the_dutch_start_page_with_hash_links() {
        let html = render_start_page();
        assert!(html.contains(UiText::StartTitle.text(Lang::Nl)));
        for ui in [UiText::RoleEmployee, UiText::RoleEmployer, UiText::RoleInfo] {
            assert!(html.contains(UiText::text(ui, Lang::Nl)), "{ui:?}");
        }
        assert!(html.contains("href=\"#/transitievergoeding\""));
        assert!(!html.contains("href=\"/"));
        assert!(html.contains("id=\"sw-main-heading\""));
        // Nothing that only the browser can know is in it.
        assert!(!html.contains(UiText::StartTitle.text(Lang::En)));
        assert!(!html.contains("<!--"), "no hydration markers");
    }
}
