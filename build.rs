//! Runs LALRPOP on `grammar/`, writing the generated parser to `OUT_DIR` (never committed).
fn main() {
    println!("cargo:rerun-if-changed=grammar");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    lalrpop::Configuration::new()
        .set_in_dir("grammar")
        .set_out_dir(out)
        .emit_rerun_directives(true)
        .process()
        .expect("LALRPOP failed on grammar/python.lalrpop");
}
