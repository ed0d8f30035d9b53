//! Garter: a small, fast, embeddable interpreter for a subset of Python 3 whose threads
//! are real OS threads sharing a Global Interpreter Lock.
//!
//! See `docs/architecture.md` for the map of the crate.

pub mod ast;
pub mod builtins;
pub mod bytecode;
pub mod compiler;
pub mod embed;
pub mod gil;
pub mod interpreter;
pub mod lexer;
pub mod modules;
pub mod parser;
pub mod platform;
pub mod repl;
pub mod runtime;
pub mod signals;
pub mod source;
pub mod vm;

pub use interpreter::Interpreter;
