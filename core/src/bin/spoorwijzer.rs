//! The `spoorwijzer` command line. See the README for its JSON and CSV interface.

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut stdin = std::io::stdin().lock();
    let out = spoorwijzer_core::cli::run(&args, &mut stdin);
    let code = spoorwijzer_core::cli::emit(out, &mut std::io::stdout().lock());
    std::process::exit(code);
}
