//! The token type shared by the lexer (which produces it) and the LALRPOP grammar
//! (which consumes it as an external lexer), plus the lexer's error type.

use num_bigint::BigInt;

/// One token. Keywords and operators are unit variants; the grammar names them by
/// their Python spelling (`"def"`, `"**="`).
#[derive(Debug, Clone, PartialEq)]
pub enum Tok {
    // Atoms
    Name(String),
    Int(i64),
    BigInt(BigInt),
    Float(f64),
    /// Imaginary literal `3j`: the imaginary part.
    Imag(f64),
    /// A decoded (escapes processed) string literal, one token per literal;
    /// adjacent literals are concatenated by the parser.
    Str(String),
    Bytes(Vec<u8>),
    /// An f-string literal, split into parts; nested expressions are parsed by the parser.
    FString(Vec<FPart>),

    // Layout
    Newline,
    Indent,
    Dedent,

    // Keywords
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,

    // Delimiters
    LPar,
    RPar,
    LSqb,
    RSqb,
    LBrace,
    RBrace,
    Colon,
    Comma,
    Semi,
    Dot,
    Ellipsis,
    Arrow,
    ColonEqual,
    At,

    // Operators
    Plus,
    Minus,
    Star,
    DoubleStar,
    Slash,
    DoubleSlash,
    Percent,
    Vbar,
    Amper,
    Circumflex,
    Tilde,
    LeftShift,
    RightShift,
    Less,
    Greater,
    LessEqual,
    GreaterEqual,
    EqEqual,
    NotEqual,
    Equal,

    // Augmented assignment
    PlusEqual,
    MinusEqual,
    StarEqual,
    SlashEqual,
    DoubleSlashEqual,
    PercentEqual,
    AtEqual,
    AmperEqual,
    VbarEqual,
    CircumflexEqual,
    LeftShiftEqual,
    RightShiftEqual,
    DoubleStarEqual,
}

/// A piece of an f-string.
#[derive(Debug, Clone, PartialEq)]
pub enum FPart {
    /// Literal text, escapes and `{{`/`}}` already decoded.
    Lit(String),
    /// A replacement field `{expr!c:spec}`.
    Field(FField),
}

/// A replacement field. The expression is not parsed by the lexer: `expr_start..expr_end`
/// are absolute byte offsets into the source file of its text, which the parser parses
/// as if it were parenthesised.
#[derive(Debug, Clone, PartialEq)]
pub struct FField {
    pub expr_start: u32,
    pub expr_end: u32,
    /// For the `{expr=}` debugging form: the literal text to emit before the value
    /// (the expression text, the `=` and any whitespace around it, exactly as written).
    pub debug_text: Option<String>,
    /// `'r'`, `'s'` or `'a'`.
    pub conversion: Option<char>,
    /// The format spec after `:`, itself made of parts (it may contain nested fields).
    pub spec: Option<Vec<FPart>>,
}

/// Which Python exception class a syntax problem belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

impl SyntaxErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
        }
    }
}

/// A lexing error at an absolute byte offset.
#[derive(Debug, Clone, PartialEq)]
pub struct LexError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    /// Byte offset the caret points at.
    pub offset: u32,
    /// True when the error is only that input ended too early (an unclosed bracket or
    /// triple-quoted string): the REPL shows a continuation prompt for these.
    pub incomplete: bool,
}
