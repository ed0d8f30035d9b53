//! The lexer: logos tokens plus the indentation layer (placeholder until the front end lands).

pub mod token;
