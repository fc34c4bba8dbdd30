//! Build step, run natively by scripts/post-build.mjs:
//!
//! - without arguments: print the start page (`#/`, Dutch, no embed configuration) as
//!   static HTML, rendered by Yew's server-side renderer from the app's own components.
//!   The build puts it inside `<div id="app">` of `dist/index.html`;
//! - `--content DIR`: write the kennisbank's data files (every explanation page in both
//!   languages and the glossary's definitions, `spoorwijzer_core::kb::data`) under DIR,
//!   which the app fetches when a page is opened. Stops with the list of issues when a
//!   page has one, so a page that would not render as written never ships.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [] => print!("{}", spoorwijzer_web::prerender::render_start_page()),
        [flag, dir] if flag == "--content" => {
            if let Err(problems) = spoorwijzer_web::prerender::write_content(dir.as_ref()) {
                for p in problems {
                    eprintln!("spoorwijzer-prerender: {p}");
                }
                std::process::exit(1);
            }
        }
        _ => {
            eprintln!("usage: spoorwijzer-prerender [--content DIR]");
            std::process::exit(2);
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
