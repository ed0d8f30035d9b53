//! Which error CPython 3.11 reports when there are several: its parser-phase errors
//! give way to tokenizer errors found later in the file.
//!
//! CPython raises some of the errors this lexer finds from its *parser*, not its
//! tokenizer: f-string errors, string-decoding errors (`(unicode error) ...`), non-ASCII
//! bytes, and "invalid syntax" for a stray `$`. Two rules follow, emulated here:
//!
//! 1. A string literal is decoded only once the parser has fetched the token after the
//!    run of implicitly concatenated strings. So an error lexing any of those tokens
//!    wins, and the caret goes at the start of that next token (a NEWLINE after a
//!    comment starts at the `#`).
//! 2. After any parser syntax error, `_PyPegen_tokenize_full_source_to_check_for_errors`
//!    tokenizes the rest of the file; if the tokenizer *raises* an error there, that
//!    error is reported instead. Errors the tokenizer only signals with an error code
//!    (bad dedent, tabs, line continuation, EOF) do not count, and an unclosed bracket
//!    counts only if it was opened on a line before the parser's error.
//!
//! The parser needs rule 2 for its own syntax errors too: `tokenizer_error_after_parse_error`.

use super::Lexer;
use super::token::{LexError, Tok};

/// How CPython produces an error this lexer reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    /// Raised by the tokenizer: always reported.
    Raised,
    /// Signalled by the tokenizer with an error code: reported only when the parser
    /// reaches it.
    Signalled,
    /// "'(' was never closed" at end of input.
    Unclosed,
    /// Raised by the parser (string decoding, f-strings, invalid syntax).
    Parser,
}

fn phase(e: &LexError) -> Phase {
    let m = e.msg.as_str();
    if m.starts_with("f-string")
        || m.starts_with("(unicode error)")
        || m.starts_with("(value error)")
        || m.starts_with("bytes can only")
        || m == "invalid syntax"
    {
        Phase::Parser
    } else if m.ends_with("was never closed") {
        Phase::Unclosed
    } else if m.starts_with("unindent does not match")
        || m.starts_with("inconsistent use of tabs")
        || m.starts_with("too many levels of indentation")
        || m.starts_with("unexpected character after line continuation")
        || m.starts_with("unexpected EOF")
    {
        Phase::Signalled
    } else {
        Phase::Raised
    }
}

/// CPython's rule for a syntax error its parser found at byte `err_offset` of `text`:
/// it then tokenizes the whole file and, if its tokenizer raises an error, reports that
/// instead. Returns the error to report in place of the parser's, if any.
pub fn tokenizer_error_after_parse_error(text: &str, err_offset: usize) -> Option<LexError> {
    let mut lx = Lexer::new(text);
    lx.check_mode = true;
    lx.lenient = true;
    let err_line = lx.line_of(err_offset);
    lx.overriding_error(err_line)
}

impl Lexer<'_> {
    /// A copy of this lexer, at its current position, that only looks for errors.
    pub(super) fn checker(&self) -> Self {
        let mut c = self.clone();
        c.check_mode = true;
        c.lenient = true;
        c.done = false;
        c.early_error = None;
        c
    }

    /// Drains the rest of the input; the first tokenizer error that CPython would report
    /// in place of a parser error on line `err_line`.
    fn overriding_error(&mut self, err_line: usize) -> Option<LexError> {
        for r in self.by_ref() {
            if let Err(e) = r {
                return match phase(&e) {
                    Phase::Raised => Some(e),
                    Phase::Unclosed if err_line > self.line_of(e.offset as usize) => Some(e),
                    _ => None,
                };
            }
        }
        None
    }

    /// Rule 2 for a parser-phase error `err` found with this checker positioned after it.
    pub(super) fn override_parse_error(mut self, err: LexError) -> LexError {
        let line = self.line_of(err.offset as usize);
        self.overriding_error(line).unwrap_or(err)
    }

    /// Rule 1: lexes the strings following a string literal (this checker starts just
    /// after it) and the token after them. Returns where that token starts, or the error
    /// met on the way.
    pub(super) fn string_lookahead(&mut self) -> Result<usize, LexError> {
        let mut prev_end = self.pos;
        loop {
            match self.next() {
                Some(Err(e)) => return Err(e),
                Some(Ok((_, Tok::Str(_), end))) => prev_end = end,
                Some(Ok((start, Tok::Newline, _))) => {
                    // CPython's NEWLINE token starts at a comment before it.
                    let gap = &self.src[prev_end.min(start)..start];
                    return Ok(gap.find('#').map_or(start, |i| prev_end + i));
                }
                Some(Ok((start, _, _))) => return Ok(start),
                None => return Ok(self.src.len()),
            }
        }
    }

    /// A string-decoding or f-string error in the literal just lexed (`self.pos` is
    /// after it), placed and prioritised as CPython does.
    pub(super) fn string_error(&self, msg: String) -> LexError {
        let mut rest = self.checker();
        match rest.string_lookahead() {
            Ok(at) => rest.override_parse_error(self.syntax_error(msg, at)),
            Err(e) => e,
        }
    }

    /// A tokenizer error inside an f-string field of the literal just lexed. CPython
    /// finds it while compiling the expression (a parser action), so it is prioritised
    /// like `string_error`; its position stays on the offending character (CPython's
    /// column is relative to the expression text, which has no file offset).
    pub(super) fn string_error_at(&self, err: LexError) -> LexError {
        let mut rest = self.checker();
        match rest.string_lookahead() {
            Ok(_) => rest.override_parse_error(err),
            Err(e) => e,
        }
    }
}
