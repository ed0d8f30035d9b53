//! The logos-generated scanner for the context-free tokens: ASCII names, keywords,
//! operators and delimiters.
//!
//! Everything whose lexing depends on context or needs CPython's exact error positions
//! (indentation, newlines, comments, numbers, strings, non-ASCII identifiers) is scanned
//! by hand in the sibling modules; `mod.rs` only asks logos for one token at a position
//! whose first byte it has already classified as a letter, `_` or punctuation.

use super::token::Tok;
use logos::Logos;

/// One context-free token. `Name` is an ASCII identifier (the caller extends it when a
/// non-ASCII character follows); `Fixed` is a keyword, operator or delimiter.
#[derive(Logos, Debug, Clone, PartialEq)]
pub(super) enum Raw {
    #[regex(r"[A-Za-z_][A-Za-z0-9_]*")]
    Name,

    // Keywords. Soft keywords (`match`, `case`, `_`, `type`) are plain names.
    #[token("False", |_| Tok::False)]
    #[token("None", |_| Tok::None)]
    #[token("True", |_| Tok::True)]
    #[token("and", |_| Tok::And)]
    #[token("as", |_| Tok::As)]
    #[token("assert", |_| Tok::Assert)]
    #[token("async", |_| Tok::Async)]
    #[token("await", |_| Tok::Await)]
    #[token("break", |_| Tok::Break)]
    #[token("class", |_| Tok::Class)]
    #[token("continue", |_| Tok::Continue)]
    #[token("def", |_| Tok::Def)]
    #[token("del", |_| Tok::Del)]
    #[token("elif", |_| Tok::Elif)]
    #[token("else", |_| Tok::Else)]
    #[token("except", |_| Tok::Except)]
    #[token("finally", |_| Tok::Finally)]
    #[token("for", |_| Tok::For)]
    #[token("from", |_| Tok::From)]
    #[token("global", |_| Tok::Global)]
    #[token("if", |_| Tok::If)]
    #[token("import", |_| Tok::Import)]
    #[token("in", |_| Tok::In)]
    #[token("is", |_| Tok::Is)]
    #[token("lambda", |_| Tok::Lambda)]
    #[token("nonlocal", |_| Tok::Nonlocal)]
    #[token("not", |_| Tok::Not)]
    #[token("or", |_| Tok::Or)]
    #[token("pass", |_| Tok::Pass)]
    #[token("raise", |_| Tok::Raise)]
    #[token("return", |_| Tok::Return)]
    #[token("try", |_| Tok::Try)]
    #[token("while", |_| Tok::While)]
    #[token("with", |_| Tok::With)]
    #[token("yield", |_| Tok::Yield)]
    // Delimiters.
    #[token("(", |_| Tok::LPar)]
    #[token(")", |_| Tok::RPar)]
    #[token("[", |_| Tok::LSqb)]
    #[token("]", |_| Tok::RSqb)]
    #[token("{", |_| Tok::LBrace)]
    #[token("}", |_| Tok::RBrace)]
    #[token(":", |_| Tok::Colon)]
    #[token(",", |_| Tok::Comma)]
    #[token(";", |_| Tok::Semi)]
    #[token(".", |_| Tok::Dot)]
    #[token("...", |_| Tok::Ellipsis)]
    #[token("->", |_| Tok::Arrow)]
    #[token(":=", |_| Tok::ColonEqual)]
    #[token("@", |_| Tok::At)]
    // Operators.
    #[token("+", |_| Tok::Plus)]
    #[token("-", |_| Tok::Minus)]
    #[token("*", |_| Tok::Star)]
    #[token("**", |_| Tok::DoubleStar)]
    #[token("/", |_| Tok::Slash)]
    #[token("//", |_| Tok::DoubleSlash)]
    #[token("%", |_| Tok::Percent)]
    #[token("|", |_| Tok::Vbar)]
    #[token("&", |_| Tok::Amper)]
    #[token("^", |_| Tok::Circumflex)]
    #[token("~", |_| Tok::Tilde)]
    #[token("<<", |_| Tok::LeftShift)]
    #[token(">>", |_| Tok::RightShift)]
    #[token("<", |_| Tok::Less)]
    #[token(">", |_| Tok::Greater)]
    #[token("<=", |_| Tok::LessEqual)]
    #[token(">=", |_| Tok::GreaterEqual)]
    #[token("==", |_| Tok::EqEqual)]
    #[token("!=", |_| Tok::NotEqual)]
    #[token("=", |_| Tok::Equal)]
    // Augmented assignment.
    #[token("+=", |_| Tok::PlusEqual)]
    #[token("-=", |_| Tok::MinusEqual)]
    #[token("*=", |_| Tok::StarEqual)]
    #[token("/=", |_| Tok::SlashEqual)]
    #[token("//=", |_| Tok::DoubleSlashEqual)]
    #[token("%=", |_| Tok::PercentEqual)]
    #[token("@=", |_| Tok::AtEqual)]
    #[token("&=", |_| Tok::AmperEqual)]
    #[token("|=", |_| Tok::VbarEqual)]
    #[token("^=", |_| Tok::CircumflexEqual)]
    #[token("<<=", |_| Tok::LeftShiftEqual)]
    #[token(">>=", |_| Tok::RightShiftEqual)]
    #[token("**=", |_| Tok::DoubleStarEqual)]
    Fixed(Tok),
}

/// Lexes one token at the start of `s`: the token and its length in bytes, or `None`
/// when no context-free token starts there (a stray `$`, `?`, `!`, a backtick, ...).
#[inline]
pub(super) fn lex_one(s: &str) -> Option<(Raw, usize)> {
    let mut lex = Raw::lexer(s);
    match lex.next() {
        Some(Ok(raw)) => Some((raw, lex.span().end)),
        _ => None,
    }
}
