//! What the build makes natively (scripts/post-build.mjs, `src/bin/spoorwijzer-prerender.rs`):
//!
//! - the start page: Yew's server-side renderer renders the app's own frame and start
//!   page ([`crate::app::StaticStart`]) from the same components and the same core texts
//!   into static HTML that the build puts in `index.html`. The app replaces it when it
//!   mounts ([`crate::start`]);
//! - the kennisbank's data files ([`write_content`]), which the app fetches
//!   (`crate::content`).

use std::path::Path;

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

/// Write every data file of the kennisbank under `dir` (`dir/content/<lang>/...`).
/// Returns the issues of the pages, or what could not be written.
pub fn write_content(dir: &Path) -> Result<Vec<String>, Vec<String>> {
    let files = spoorwijzer_core::kb::data::files()?;
    let mut written = Vec::new();
    for (path, text) in files {
        let file = dir.join(&path);
        let result = file
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|_| std::fs::write(&file, text));
        if let Err(e) = result {
            return Err(vec![format!("{}: {e}", file.display())]);
        }
        written.push(path);
    }
    Ok(written)
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

    #[test]
    fn writes_every_content_file_that_the_app_fetches() {
        use spoorwijzer_core::kb::{data, KbPage};
        let dir = std::env::temp_dir().join(format!("sw-content-{}", std::process::id()));
        let written = write_content(&dir).expect("written");
        for lang in [Lang::Nl, Lang::En] {
            for &p in KbPage::all() {
                let path = data::page_path(p, lang);
                assert!(written.contains(&path), "{path}");
                let text = std::fs::read_to_string(dir.join(&path)).unwrap();
                assert_eq!(data::decode_page(&text), Ok(p.page(lang)));
            }
            let text = std::fs::read_to_string(dir.join(data::glossary_path(lang))).unwrap();
            assert!(data::decode_glossary(&text).is_ok());
        }
        let _ = std::fs::remove_dir_all(dir);
    }
}
