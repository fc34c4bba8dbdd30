//! Entry point of the browser app: mount the Yew app.
fn main() {
    spoorwijzer_web::start();
}
