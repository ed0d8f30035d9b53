//! Garter: a small, fast, embeddable interpreter for a subset of Python 3 whose threads
//! are real OS threads sharing a Global Interpreter Lock.
//!
//! The public API for Rust programs is [`embed`]: build an [`embed::Interpreter`], run
//! scripts, convert values, expose host functions and objects, limit untrusted scripts.
//! See `docs/embedding.md`.
//!
//! Every other module is an internal of the interpreter, public only for the `garter`
//! command, the test suites, benchmarks and fuzzers. They are hidden from the
//! documentation and not a stable API: their values are `Rc`-based and assume the
//! caller holds the interpreter's GIL, so using them directly from a host program can
//! break the interpreter's invariants (`docs/gil.md`). See `docs/architecture.md` for
//! the map of the crate.

#[doc(hidden)]
pub mod ast;
#[doc(hidden)]
pub mod builtins;
#[doc(hidden)]
pub mod bytecode;
#[doc(hidden)]
pub mod compiler;
pub mod embed;
#[doc(hidden)]
pub mod gil;
#[doc(hidden)]
pub mod interpreter;
#[doc(hidden)]
pub mod lexer;
#[doc(hidden)]
pub mod modules;
#[doc(hidden)]
pub mod parser;
#[doc(hidden)]
pub mod platform;
#[doc(hidden)]
pub mod repl;
#[doc(hidden)]
pub mod runtime;
#[doc(hidden)]
pub mod signals;
#[doc(hidden)]
pub mod source;
#[doc(hidden)]
pub mod vm;

#[doc(hidden)]
pub use interpreter::Interpreter;
