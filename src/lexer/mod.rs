//! The lexer: turns source text into `Tok`s for the LALRPOP grammar, with CPython 3.11's
//! layout rules (NEWLINE / INDENT / DEDENT, bracket joining, backslash continuations)
//! and its error messages and positions.
//!
//! # Structure
//! One forward pass over the bytes. `Lexer::next_token` handles layout (whitespace,
//! newlines, comments, continuations, the indentation stack, brackets) and dispatches on
//! the first byte of each token:
//! - letters, `_` and punctuation go to the logos scanner in `raw.rs` (names, keywords,
//!   operators, delimiters); a name directly followed by a quote may be a string prefix,
//!   and one followed by a non-ASCII character is extended and checked here;
//! - digits (and `.` + digit) go to `numbers.rs`;
//! - quotes go to `strings.rs` (scan + decode) and, for f-strings, `fstring.rs`.
//!
//! `errors.rs` decides which error wins when CPython would find several (its parser-phase
//! errors give way to later tokenizer errors); `unicode_data.rs` is generated data.
//!
//! Positions are absolute byte offsets into the text. Line numbers are only needed for
//! error messages, so they are computed on demand (`line_of`) instead of being tracked.
//! `\n`, `\r\n` and a lone `\r` all end a line, as in CPython.
//!
//! # Tokens for the parser
//! - `Newline` spans the line break (empty at end of input when the last line has none).
//! - `Indent` spans the new line's leading whitespace; CPython's "unexpected indent" caret
//!   is on its last character (`end - 1`). `Dedent` is empty, at the line's first token.
//! - Keywords are their own variants; soft keywords (`match`, `case`, `_`, `type`) are
//!   `Name`s. Identifiers are not NFKC-normalised (CPython does that).
//! - `FString` fields carry expression offsets: lex them with `Lexer::new_expr`. Their
//!   tokenizer errors were already reported when the f-string was lexed, so a parser
//!   only meets its own syntax errors there (CPython prefixes those with `f-string: `).
//!
//! # Invariants
//! - `pos` is always on a char boundary: it only advances past whole ASCII bytes or
//!   whole characters, so slicing `src[pos..]` cannot panic.
//! - No recursion per token or per bracket: brackets live on a `Vec` capped at CPython's
//!   200 ("too many nested parentheses"), indentation on a `Vec` capped at 100 levels.
//!   The only recursion is in f-strings: format specs (depth 2) and the check of field
//!   expressions, which recurses into nested f-strings (at most 4 levels, one per quote).
//! - After the first `Err` the iterator returns `None`.
//!
//! # Modes
//! `Lexer::new` lexes a module. `Lexer::new_expr` lexes the text of one f-string
//! replacement field as if it were parenthesised: newlines are whitespace and no
//! NEWLINE / INDENT / DEDENT tokens are produced.

mod errors;
mod fstring;
mod numbers;
mod raw;
mod strings;
#[cfg(test)]
mod tests;
pub mod token;
mod unicode_data;

pub use errors::tokenizer_error_after_parse_error;
use raw::Raw;
use token::{LexError, SyntaxErrorKind, Tok};

/// Columns per tab when measuring indentation.
const TAB_SIZE: u32 = 8;
/// CPython's `MAXINDENT`: the indentation stack never holds more levels than this.
const MAX_INDENT: usize = 100;
/// CPython's `MAXLEVEL`: brackets open at once.
const MAX_PAREN_LEVEL: usize = 200;

/// A token with its start and end byte offsets, as LALRPOP expects.
pub type Spanned = (usize, Tok, usize);

/// The lexer; iterate it to get tokens.
#[derive(Clone)]
pub struct Lexer<'a> {
    /// The whole file (line numbers in messages are counted in it).
    text: &'a str,
    /// `text` cut at the end of the region being lexed. Offsets are the same as in `text`.
    src: &'a str,
    pos: usize,
    /// Lexing an f-string field expression (`new_expr`).
    expr_mode: bool,
    /// At the start of a logical line: indentation must be measured before the next token.
    at_bol: bool,
    /// Indentation stack: (column with tabs to multiples of 8, column with tabs as 1).
    indents: Vec<(u32, u32)>,
    /// DEDENT tokens still to emit.
    pending_dedents: usize,
    /// Open brackets: the byte and its offset.
    brackets: Vec<(u8, usize)>,
    /// The current logical line has produced a token, so it needs a NEWLINE.
    line_has_tokens: bool,
    /// An error found before lexing started (a null byte), reported first.
    early_error: Option<LexError>,
    /// Only looking for CPython tokenizer errors (see `errors.rs`): strings are not
    /// decoded. Implies `lenient`.
    check_mode: bool,
    /// Characters CPython's tokenizer passes to its parser (`$`, `?`) are not errors
    /// here but empty `Name` tokens.
    lenient: bool,
    done: bool,
}

impl<'a> Lexer<'a> {
    /// Lexes a whole file (module mode: NEWLINE / INDENT / DEDENT). A leading UTF-8 BOM
    /// is skipped.
    pub fn new(text: &'a str) -> Lexer<'a> {
        let pos = if text.starts_with('\u{feff}') { 3 } else { 0 };
        let early_error = text
            .as_bytes()
            .iter()
            .position(|&b| b == 0)
            .map(|i| LexError {
                kind: SyntaxErrorKind::SyntaxError,
                msg: "source code string cannot contain null bytes".into(),
                offset: i as u32,
                incomplete: false,
            });
        Lexer {
            text,
            src: text,
            pos,
            expr_mode: false,
            at_bol: true,
            indents: vec![(0, 0)],
            pending_dedents: 0,
            brackets: Vec::new(),
            line_has_tokens: false,
            early_error,
            check_mode: false,
            lenient: false,
            done: false,
        }
    }

    /// Lexes the f-string replacement-field expression `text[start..end]` as if inside
    /// parentheses: no NEWLINE / INDENT / DEDENT tokens. Offsets stay absolute.
    pub fn new_expr(text: &'a str, start: usize, end: usize) -> Lexer<'a> {
        let mut end = end.min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let mut start = start.min(end);
        while !text.is_char_boundary(start) {
            start -= 1;
        }
        Lexer {
            text,
            src: &text[..end],
            pos: start,
            expr_mode: true,
            at_bol: false,
            indents: vec![(0, 0)],
            pending_dedents: 0,
            brackets: Vec::new(),
            line_has_tokens: false,
            early_error: None,
            check_mode: false,
            lenient: false,
            done: false,
        }
    }

    // ----- errors and positions -----

    fn error(&self, kind: SyntaxErrorKind, msg: impl Into<String>, offset: usize) -> LexError {
        LexError {
            kind,
            msg: msg.into(),
            offset: offset as u32,
            incomplete: false,
        }
    }

    fn syntax_error(&self, msg: impl Into<String>, offset: usize) -> LexError {
        self.error(SyntaxErrorKind::SyntaxError, msg, offset)
    }

    fn incomplete(&self, msg: impl Into<String>, offset: usize) -> LexError {
        LexError {
            incomplete: true,
            ..self.syntax_error(msg, offset)
        }
    }

    /// 1-based line of a byte offset; `\n`, `\r\n` and a lone `\r` each end a line.
    fn line_of(&self, offset: usize) -> usize {
        let b = &self.text.as_bytes()[..offset.min(self.text.len())];
        let mut line = 1;
        for (i, &c) in b.iter().enumerate() {
            if c == b'\n' || (c == b'\r' && b.get(i + 1) != Some(&b'\n')) {
                line += 1;
            }
        }
        line
    }

    /// The line on which something at the end of input (`offset == len`) was noticed:
    /// the line of the last character, as CPython counts it.
    fn line_of_detection(&self, offset: usize) -> usize {
        if offset >= self.src.len() && offset > 0 {
            let mut last = offset.min(self.text.len()) - 1;
            while !self.text.is_char_boundary(last) {
                last -= 1;
            }
            // A final `\r\n` is one line end: count from its `\r`.
            if last > 0
                && self.text.as_bytes()[last] == b'\n'
                && self.text.as_bytes()[last - 1] == b'\r'
            {
                last -= 1;
            }
            self.line_of(last)
        } else {
            self.line_of(offset)
        }
    }

    /// Offset of the end of the physical line containing `offset` (its newline, or EOF).
    fn line_end(&self, offset: usize) -> usize {
        let b = self.src.as_bytes();
        let mut i = offset;
        while i < b.len() && b[i] != b'\n' && b[i] != b'\r' {
            i += 1;
        }
        i
    }

    /// Offset of the start of the physical line containing `offset`.
    fn line_start(&self, offset: usize) -> usize {
        let b = self.src.as_bytes();
        let mut i = offset.min(b.len());
        while i > 0 && b[i - 1] != b'\n' && b[i - 1] != b'\r' {
            i -= 1;
        }
        i
    }

    // ----- layout -----

    fn next_token(&mut self) -> Result<Option<Spanned>, LexError> {
        if let Some(e) = self.early_error.take() {
            return Err(e);
        }
        if self.pending_dedents > 0 {
            self.pending_dedents -= 1;
            return Ok(Some((self.pos, Tok::Dedent, self.pos)));
        }
        if self.at_bol {
            self.at_bol = false;
            if let Some(t) = self.indentation()? {
                return Ok(Some(t));
            }
        }
        let b = self.src.as_bytes();
        loop {
            let Some(&c) = b.get(self.pos) else {
                return self.end_of_input();
            };
            match c {
                b' ' | b'\t' | b'\x0c' => self.pos += 1,
                b'\n' | b'\r' => {
                    let start = self.pos;
                    self.pos += newline_len(b, start);
                    if self.expr_mode || !self.brackets.is_empty() {
                        continue;
                    }
                    // Blank lines were skipped at the start of the line, so this one
                    // had tokens: it ends a logical line.
                    self.at_bol = true;
                    self.line_has_tokens = false;
                    return Ok(Some((start, Tok::Newline, self.pos)));
                }
                b'#' => self.pos = self.line_end(self.pos),
                b'\\' => self.continuation()?,
                _ => {
                    self.line_has_tokens = true;
                    return self.token(c).map(Some);
                }
            }
        }
    }

    /// End of input: an unclosed bracket is an error; otherwise a final NEWLINE if the
    /// last line lacked one, then one DEDENT per open indentation level, then `None`.
    fn end_of_input(&mut self) -> Result<Option<Spanned>, LexError> {
        if let Some(&(open, offset)) = self.brackets.last() {
            return Err(self.incomplete(format!("'{}' was never closed", open as char), offset));
        }
        let p = self.src.len();
        if self.expr_mode {
            return Ok(None);
        }
        if self.line_has_tokens {
            self.line_has_tokens = false;
            return Ok(Some((p, Tok::Newline, p)));
        }
        if self.indents.len() > 1 {
            self.indents.pop();
            return Ok(Some((p, Tok::Dedent, p)));
        }
        Ok(None)
    }

    /// At a `\` outside a string: it must be followed by a newline, and the line goes on.
    fn continuation(&mut self) -> Result<(), LexError> {
        let b = self.src.as_bytes();
        let bs = self.pos;
        match b.get(bs + 1) {
            Some(b'\n' | b'\r') => self.pos = bs + 1 + newline_len(b, bs + 1),
            None => return Err(self.eof_after_backslash(bs)),
            Some(_) => {
                return Err(self.syntax_error(
                    "unexpected character after line continuation character",
                    bs + 1,
                ));
            }
        }
        if self.pos >= b.len() && !self.expr_mode {
            return Err(self.eof_after_backslash(bs));
        }
        Ok(())
    }

    fn eof_after_backslash(&self, bs: usize) -> LexError {
        match self.brackets.last() {
            Some(&(open, offset)) => {
                self.incomplete(format!("'{}' was never closed", open as char), offset)
            }
            None => self.incomplete("unexpected EOF while parsing", bs + 1),
        }
    }

    /// At the start of a logical line (module mode, no open brackets): skips blank and
    /// comment-only lines, measures the indentation of the next real line and returns an
    /// INDENT or the first DEDENT it causes (queueing the rest), or `None` if unchanged.
    fn indentation(&mut self) -> Result<Option<Spanned>, LexError> {
        loop {
            let b = self.src.as_bytes();
            let (mut col, mut alt) = (0u32, 0u32);
            // CPython: the first backslash continuation inside the indentation fixes it.
            let mut cont_col = 0u32;
            loop {
                match b.get(self.pos) {
                    Some(b' ') => {
                        col += 1;
                        alt += 1;
                    }
                    Some(b'\t') => {
                        col = (col / TAB_SIZE + 1) * TAB_SIZE;
                        alt += 1;
                    }
                    Some(b'\x0c') => {
                        col = 0;
                        alt = 0;
                    }
                    Some(b'\\') => {
                        if cont_col == 0 {
                            cont_col = col;
                        }
                        self.continuation()?;
                        continue;
                    }
                    _ => break,
                }
                self.pos += 1;
            }
            match b.get(self.pos) {
                None => return Ok(None),
                Some(b'#') => {
                    self.pos = self.line_end(self.pos);
                    if self.pos < b.len() {
                        self.pos += newline_len(b, self.pos);
                    }
                    continue;
                }
                Some(b'\n' | b'\r') => {
                    self.pos += newline_len(b, self.pos);
                    continue;
                }
                _ => {}
            }
            if cont_col != 0 {
                col = cont_col;
                alt = cont_col;
            }
            let (top, top_alt) = *self.indents.last().unwrap_or(&(0, 0));
            let tab_error = |lx: &Self| {
                lx.error(
                    SyntaxErrorKind::TabError,
                    "inconsistent use of tabs and spaces in indentation",
                    lx.line_start(lx.pos),
                )
            };
            if col == top {
                if alt != top_alt {
                    return Err(tab_error(self));
                }
                return Ok(None);
            }
            if col > top {
                if self.indents.len() >= MAX_INDENT {
                    return Err(self.error(
                        SyntaxErrorKind::IndentationError,
                        "too many levels of indentation",
                        self.line_start(self.pos),
                    ));
                }
                if alt <= top_alt {
                    return Err(tab_error(self));
                }
                self.indents.push((col, alt));
                return Ok(Some((self.line_start(self.pos), Tok::Indent, self.pos)));
            }
            let mut dedents = 0;
            while self.indents.len() > 1 && self.indents.last().is_some_and(|&(c, _)| col < c) {
                self.indents.pop();
                dedents += 1;
            }
            let (top, top_alt) = *self.indents.last().unwrap_or(&(0, 0));
            if col != top {
                return Err(self.error(
                    SyntaxErrorKind::IndentationError,
                    "unindent does not match any outer indentation level",
                    self.line_end(self.pos),
                ));
            }
            if alt != top_alt {
                return Err(tab_error(self));
            }
            self.pending_dedents = dedents - 1;
            return Ok(Some((self.pos, Tok::Dedent, self.pos)));
        }
    }

    // ----- tokens -----

    /// Lexes the token starting with byte `c` at `self.pos`.
    fn token(&mut self, c: u8) -> Result<Spanned, LexError> {
        let start = self.pos;
        let b = self.src.as_bytes();
        match c {
            b'0'..=b'9' => self.number(start),
            b'.' if b.get(start + 1).is_some_and(u8::is_ascii_digit) => self.number(start),
            b'\'' | b'"' => self.string(start, start),
            0x80.. => self.identifier(start),
            _ => match raw::lex_one(&self.src[start..]) {
                Some((Raw::Name, len)) => self.name(start, start + len),
                Some((Raw::Fixed(tok), len)) => {
                    let end = start + len;
                    if c.is_ascii_alphabetic() && b.get(end).is_some_and(|&n| n >= 0x80) {
                        // A keyword followed by more identifier characters: a name.
                        return self.identifier(start);
                    }
                    self.pos = end;
                    match tok {
                        Tok::LPar | Tok::LSqb | Tok::LBrace => self.open_bracket(c, start)?,
                        Tok::RPar | Tok::RSqb | Tok::RBrace => self.close_bracket(c, start)?,
                        _ => {}
                    }
                    Ok((start, tok, end))
                }
                None if self.lenient && c >= 0x20 && c != 0x7f => {
                    // CPython's tokenizer passes `$` on to its parser as an operator.
                    self.pos = start + 1;
                    Ok((start, Tok::Name(String::new()), start + 1))
                }
                None => Err(self.bad_character(c, start)),
            },
        }
    }

    fn bad_character(&self, c: u8, at: usize) -> LexError {
        if c < 0x20 || c == 0x7f {
            self.syntax_error(format!("invalid non-printable character U+{:04X}", c), at)
        } else {
            // `$`, `?`, a lone `!`, a backtick: CPython's parser says "invalid syntax",
            // unless its tokenizer fails later in the file.
            let mut rest = self.checker();
            rest.pos = at + 1;
            rest.override_parse_error(self.syntax_error("invalid syntax", at))
        }
    }

    fn open_bracket(&mut self, c: u8, at: usize) -> Result<(), LexError> {
        if self.brackets.len() >= MAX_PAREN_LEVEL {
            return Err(self.syntax_error("too many nested parentheses", at));
        }
        self.brackets.push((c, at));
        Ok(())
    }

    fn close_bracket(&mut self, c: u8, at: usize) -> Result<(), LexError> {
        let Some((open, open_at)) = self.brackets.pop() else {
            return Err(self.syntax_error(format!("unmatched '{}'", c as char), at));
        };
        if !matches!((open, c), (b'(', b')') | (b'[', b']') | (b'{', b'}')) {
            let (c, open) = (c as char, open as char);
            let open_line = self.line_of(open_at);
            let msg = if open_line != self.line_of(at) {
                format!(
                    "closing parenthesis '{c}' does not match opening parenthesis '{open}' on line {open_line}"
                )
            } else {
                format!("closing parenthesis '{c}' does not match opening parenthesis '{open}'")
            };
            return Err(self.syntax_error(msg, at));
        }
        Ok(())
    }

    fn number(&mut self, start: usize) -> Result<Spanned, LexError> {
        match numbers::scan_number(self.src, start) {
            Ok((tok, end)) => {
                self.pos = end;
                Ok((start, tok, end))
            }
            Err(e) => Err(self.syntax_error(e.msg, e.offset)),
        }
    }

    /// An ASCII name `src[start..end]` (from logos): maybe a string prefix, maybe the
    /// start of a longer non-ASCII identifier.
    fn name(&mut self, start: usize, end: usize) -> Result<Spanned, LexError> {
        let b = self.src.as_bytes();
        match b.get(end) {
            Some(b'\'' | b'"') if end - start <= 2 && is_string_prefix(&b[start..end]) => {
                self.string(start, end)
            }
            Some(&n) if n >= 0x80 => self.identifier(start),
            _ => {
                self.pos = end;
                Ok((start, Tok::Name(self.src[start..end].to_string()), end))
            }
        }
    }

    /// An identifier containing non-ASCII characters, starting at `start`. Like CPython,
    /// takes the longest run of ASCII name characters and non-ASCII characters, then
    /// checks it against XID_Start / XID_Continue, reporting the first bad character.
    fn identifier(&mut self, start: usize) -> Result<Spanned, LexError> {
        let rest = &self.src[start..];
        let mut end = start;
        let mut first = true;
        for (i, ch) in rest.char_indices() {
            let ok_run = ch.is_ascii_alphanumeric() || ch == '_' || !ch.is_ascii();
            if !ok_run {
                break;
            }
            let valid = if first {
                ch == '_' || unicode_ident::is_xid_start(ch)
            } else {
                unicode_ident::is_xid_continue(ch)
            };
            if !valid {
                let at = start + i;
                let msg = if is_printable(ch) {
                    format!("invalid character '{}' (U+{:04X})", ch, ch as u32)
                } else {
                    format!("invalid non-printable character U+{:04X}", ch as u32)
                };
                return Err(self.syntax_error(msg, at));
            }
            first = false;
            end = start + i + ch.len_utf8();
        }
        self.pos = end;
        Ok((start, Tok::Name(self.src[start..end].to_string()), end))
    }

    /// A string, bytes or f-string literal whose prefix starts at `start` and whose
    /// opening quote is at `quote`.
    fn string(&mut self, start: usize, quote: usize) -> Result<Spanned, LexError> {
        let prefix = &self.src.as_bytes()[start..quote];
        let has = |c: u8| prefix.iter().any(|p| p.to_ascii_lowercase() == c);
        let (raw, bytes, fmt) = (has(b'r'), has(b'b'), has(b'f'));
        let span = match strings::scan(self.src, quote) {
            Ok(span) => span,
            Err(u) => {
                let line = self.line_of_detection(u.detected_at);
                let (what, incomplete) = if u.triple {
                    ("unterminated triple-quoted string literal", true)
                } else {
                    // A backslash-newline just before the end: more input would continue it.
                    let b = self.src.as_bytes();
                    let cont = u.detected_at >= b.len()
                        && matches!(b.last(), Some(b'\n' | b'\r'))
                        && ends_with_continuation(&b[quote + 1..]);
                    ("unterminated string literal", cont)
                };
                let mut e = self.syntax_error(format!("{what} (detected at line {line})"), start);
                e.incomplete = incomplete;
                return Err(e);
            }
        };
        self.pos = span.end;
        if self.check_mode {
            return Ok((start, Tok::Str(String::new()), span.end));
        }
        let body = &self.src[span.body_start..span.body_end];
        let tok = if fmt {
            let text = self.text;
            let check = |start: usize, end: usize| {
                let mut lx = Lexer::new_expr(text, start, end);
                lx.lenient = true;
                lx.try_for_each(|r| r.map(drop))
            };
            match fstring::parse(self.src, span.body_start, span.body_end, raw, &check) {
                Ok(parts) => Tok::FString(parts),
                Err(fstring::FError::Msg(msg)) => return Err(self.string_error(msg)),
                Err(fstring::FError::Expr(e)) => return Err(self.string_error_at(e)),
            }
        } else if bytes {
            match strings::decode_bytes(body, raw) {
                Ok(v) => Tok::Bytes(v),
                Err(e) => return Err(self.decode_error(e, start)),
            }
        } else {
            match strings::decode_str(body, raw) {
                Ok(v) => Tok::Str(v),
                Err(e) => return Err(self.decode_error(e, start)),
            }
        };
        Ok((start, tok, span.end))
    }

    fn decode_error(&self, e: strings::DecodeError, start: usize) -> LexError {
        match e {
            strings::DecodeError::AtEnd(msg) => self.string_error(msg),
            strings::DecodeError::NonAsciiBytes => {
                let mut rest = self.checker();
                match rest.string_lookahead() {
                    Ok(_) => rest.override_parse_error(
                        self.syntax_error("bytes can only contain ASCII literal characters", start),
                    ),
                    Err(e) => e,
                }
            }
        }
    }
}

impl Iterator for Lexer<'_> {
    type Item = Result<Spanned, LexError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        match self.next_token() {
            Ok(Some(t)) => Some(Ok(t)),
            Ok(None) => {
                self.done = true;
                None
            }
            Err(e) => {
                self.done = true;
                Some(Err(e))
            }
        }
    }
}

/// Length of the line break at `i` (`\r\n` is one), or 1.
#[inline]
fn newline_len(b: &[u8], i: usize) -> usize {
    if b[i] == b'\r' && b.get(i + 1) == Some(&b'\n') {
        2
    } else {
        1
    }
}

/// `r`, `u`, `b`, `f`, `br`, `rb`, `fr`, `rf` in any case.
fn is_string_prefix(p: &[u8]) -> bool {
    let lower = |i: usize| p[i].to_ascii_lowercase();
    match p.len() {
        1 => matches!(lower(0), b'r' | b'u' | b'b' | b'f'),
        2 => matches!(
            (lower(0), lower(1)),
            (b'b', b'r') | (b'r', b'b') | (b'f', b'r') | (b'r', b'f')
        ),
        _ => false,
    }
}

/// Whether `b` ends with an unescaped backslash followed by a line break.
fn ends_with_continuation(b: &[u8]) -> bool {
    let mut n = b.len();
    if n >= 2 && b[n - 2] == b'\r' && b[n - 1] == b'\n' {
        n -= 2;
    } else if n >= 1 && matches!(b[n - 1], b'\n' | b'\r') {
        n -= 1;
    } else {
        return false;
    }
    let backslashes = b[..n].iter().rev().take_while(|&&c| c == b'\\').count();
    backslashes % 2 == 1
}

/// Python's `str.isprintable` for one character, except that unassigned code points
/// count as printable.
fn is_printable(ch: char) -> bool {
    let cp = ch as u32;
    unicode_data::NON_PRINTABLE
        .binary_search_by(|&(lo, hi)| {
            if hi < cp {
                std::cmp::Ordering::Less
            } else if lo > cp {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_err()
}
