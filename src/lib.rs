//! Garter: a small, fast, embeddable interpreter for a subset of Python 3 whose threads
//! are real OS threads sharing a Global Interpreter Lock.
//!
//! See `docs/architecture.md` for the map of the crate.

pub mod ast;
pub mod lexer;
pub mod parser;
pub mod runtime;
pub mod source;
