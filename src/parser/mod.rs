//! `parse(source) -> ast::Module`: the only door to the generated LALRPOP parser.

pub mod error;

pub use error::SyntaxError;

use crate::ast::Module;
use crate::source::SourceFile;

/// Placeholder until the LALRPOP parser lands.
pub fn parse(src: &SourceFile) -> Result<Module, SyntaxError> {
    Err(SyntaxError::at(src, crate::lexer::token::SyntaxErrorKind::SyntaxError, "parser not available", 0))
}
