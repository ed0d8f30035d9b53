//! The `garter` command line: run a script, `-c`, `-`, `--check`, `--dis`, the REPL.
fn main() {}
