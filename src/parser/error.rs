//! `SyntaxError`: a located front-end error, printed the way CPython prints one.

use crate::lexer::token::{LexError, SyntaxErrorKind};
use crate::source::SourceFile;
use std::fmt;

/// A syntax error with everything needed to print it like CPython 3.11:
///
/// ```text
///   File "bad.py", line 3
///     if x = 1:
///        ^
/// SyntaxError: invalid syntax
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column (in characters) of the caret.
    pub col: usize,
    /// 1-based column just past the end of the offending text (for `^^^` carets);
    /// equal to `col + 1` for a single caret.
    pub end_col: usize,
    /// The text of the offending line.
    pub text: String,
    /// True when the input simply ended too early (the REPL continues with `... `).
    pub incomplete: bool,
}

impl SyntaxError {
    /// An error located at byte offset `offset` of `src`.
    pub fn at(
        src: &SourceFile,
        kind: SyntaxErrorKind,
        msg: impl Into<String>,
        offset: u32,
    ) -> SyntaxError {
        let (line, col) = src.line_col(offset);
        SyntaxError {
            kind,
            msg: msg.into(),
            file: src.name.clone(),
            line,
            col,
            end_col: col + 1,
            text: src.line_text(line).to_string(),
            incomplete: false,
        }
    }

    /// An error covering bytes `start..end` (caret under the whole range when it is on one line).
    pub fn spanning(
        src: &SourceFile,
        kind: SyntaxErrorKind,
        msg: impl Into<String>,
        start: u32,
        end: u32,
    ) -> SyntaxError {
        let mut e = SyntaxError::at(src, kind, msg, start);
        let (eline, ecol) = src.line_col(end);
        if eline == e.line && ecol > e.col {
            e.end_col = ecol;
        } else if eline > e.line {
            // CPython underlines a multi-line range to the end of its first line.
            e.end_col = e.text.chars().count() + 1;
        }
        e
    }
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // As CPython's `print_error_text`: the line without its indentation, then carets
        // from `col` to `end_col`, none if the column falls inside the indentation.
        writeln!(f, "  File \"{}\", line {}", self.file, self.line)?;
        let text = self.text.trim_end_matches(['\n', '\r']);
        let stripped = text.trim_start_matches([' ', '\t', '\x0c']);
        if !stripped.is_empty() {
            let indent = text.chars().count() - stripped.chars().count();
            writeln!(f, "    {}", stripped)?;
            let len = stripped.chars().count() as isize;
            let col = (self.col as isize - 1 - indent as isize).min(len);
            if col >= 0 {
                // CPython ignores the end of IndentationError and TabError ranges.
                let width = match self.kind {
                    SyntaxErrorKind::SyntaxError => self.end_col.saturating_sub(self.col).max(1),
                    _ => 1,
                };
                writeln!(f, "    {}{}", " ".repeat(col as usize), "^".repeat(width))?;
            }
        }
        write!(f, "{}: {}", self.kind.name(), self.msg)
    }
}

impl std::error::Error for SyntaxError {}

/// An error raised while parsing, before it is located in a file: the token layer turns
/// lexer errors into these, and grammar actions raise them for CPython's special messages.
/// `start..end` are byte offsets; [`PError::into_syntax_error`] makes the user-facing error.
#[derive(Debug, Clone, PartialEq)]
pub struct PError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub start: u32,
    pub end: u32,
    pub incomplete: bool,
    /// True for errors found by the lexer or the token layer (CPython's tokenizer errors),
    /// false for errors found by the grammar or its actions.
    pub lexical: bool,
    /// CPython reports an error at a DEDENT one column before the next token.
    pub at_dedent: bool,
}

impl PError {
    /// A `SyntaxError` covering `start..end`.
    pub fn new(msg: impl Into<String>, start: u32, end: u32) -> PError {
        PError {
            kind: SyntaxErrorKind::SyntaxError,
            msg: msg.into(),
            start,
            end,
            incomplete: false,
            lexical: false,
            at_dedent: false,
        }
    }

    pub fn into_syntax_error(self, src: &SourceFile) -> SyntaxError {
        let mut e = SyntaxError::spanning(src, self.kind, self.msg, self.start, self.end);
        e.incomplete = self.incomplete;
        // CPython reports these one column early, down to column 0 for a token at the start
        // of a line; our columns are 1-based, so that one stays at 1.
        if self.at_dedent && e.col > 1 {
            e.col -= 1;
            e.end_col -= 1;
        }
        e
    }
}

impl From<LexError> for PError {
    fn from(e: LexError) -> PError {
        PError {
            kind: e.kind,
            msg: e.msg,
            start: e.offset,
            end: e.offset,
            incomplete: e.incomplete,
            lexical: true,
            at_dedent: false,
        }
    }
}
