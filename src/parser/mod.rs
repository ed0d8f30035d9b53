//! `parse(source) -> ast::Module`: the only door to the generated LALRPOP parser.

pub mod error;

pub use error::SyntaxError;
