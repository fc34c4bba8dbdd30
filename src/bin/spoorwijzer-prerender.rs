//! Build step: print the start page (`#/`, Dutch, no embed configuration) as static HTML,
//! rendered by Yew's server-side renderer from the app's own components. The build
//! (scripts/post-build.mjs) puts it inside `<div id="app">` of `dist/index.html`.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    print!("{}", spoorwijzer_web::prerender::render_start_page());
}

#[cfg(target_arch = "wasm32")]
fn main() {}
