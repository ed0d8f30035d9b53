//! Turns LR parse errors into CPython 3.11's messages and positions.
//!
//! CPython's PEG parser, after a failure, re-parses with extra `invalid_*` rules that
//! recognise common mistakes, then tokenizes the rest of the file so a tokenizer error
//! (an unterminated string further down, an unclosed bracket) takes precedence. We do the
//! same in spirit: the source is re-lexed into a token list, and a handful of recognisers
//! look at the tokens around the failure (the LR parser's "expected" set helps) to pick
//! the message CPython would give. Anything unrecognised is `invalid syntax` at the
//! offending token, which is also CPython's fallback.

use crate::lexer::Lexer;
use crate::lexer::token::{SyntaxErrorKind, Tok};
use crate::parser::error::{PError, SyntaxError};
use crate::source::SourceFile;
use lalrpop_util::ParseError;

type Spanned = (usize, Tok, usize);
type LrError = ParseError<usize, Tok, PError>;

/// The error for a failed `Module` parse.
pub fn module_error(src: &SourceFile, e: LrError) -> SyntaxError {
    let text = src.text.as_str();
    let (toks, lex_err) = relex(Lexer::new(text));
    let a = Analysis {
        text,
        toks: &toks,
        base_depth: 0,
    };
    let (pe, at) = match e {
        ParseError::User { error } if error.lexical => return error.into_syntax_error(src),
        ParseError::User { error } => {
            let at = error.start;
            (error, a.toks.partition_point(|t| (t.0 as u32) < at))
        }
        ParseError::UnrecognizedToken { token, expected } => {
            let i = a.find(token.0, &token.1);
            (a.unexpected(token, &expected), i.unwrap_or(usize::MAX))
        }
        ParseError::UnrecognizedEof { expected, .. } => (a.eof(&expected), usize::MAX),
        ParseError::InvalidToken { location } => (
            PError::new("invalid syntax", location as u32, location as u32),
            usize::MAX,
        ),
        ParseError::ExtraToken { token } => (
            PError::new("invalid syntax", token.0 as u32, token.2 as u32),
            usize::MAX,
        ),
    };
    prefer_lexer_error(src, pe, lex_err, &toks, at).into_syntax_error(src)
}

/// The error for a failed `Group` parse of `start..end` (an f-string field or `eval` input).
pub fn group_error(text: &str, start: u32, end: u32, e: LrError) -> PError {
    let (toks, lex_err) = relex(Lexer::new_expr(text, start as usize, end as usize));
    let a = Analysis {
        text,
        toks: &toks,
        base_depth: 1,
    };
    match e {
        ParseError::User { error } => error,
        ParseError::UnrecognizedToken { token, expected } => {
            let pe = a.unexpected(token, &expected);
            match lex_err {
                Some(l) if l.start >= pe.start => l,
                _ => pe,
            }
        }
        ParseError::UnrecognizedEof { .. } => {
            let mut e = PError::new("invalid syntax", end, end);
            e.incomplete = true;
            e
        }
        ParseError::InvalidToken { location } => {
            PError::new("invalid syntax", location as u32, location as u32)
        }
        ParseError::ExtraToken { token } => {
            PError::new("invalid syntax", token.0 as u32, token.2 as u32)
        }
    }
}

fn relex(lexer: Lexer<'_>) -> (Vec<Spanned>, Option<PError>) {
    let mut toks = Vec::new();
    for t in lexer {
        match t {
            Ok(t) => toks.push(t),
            Err(e) => return (toks, Some(PError::from(e))),
        }
    }
    (toks, None)
}

/// CPython lets a tokenizer error anywhere later in the file replace a parser error,
/// except indentation errors, and except an unclosed bracket opened on the line of the
/// failing token (index `at`) — unless that token was the last one and ends an
/// expression, so CPython's parser read past it into the end of the file.
fn prefer_lexer_error(
    src: &SourceFile,
    pe: PError,
    lex: Option<PError>,
    toks: &[Spanned],
    at: usize,
) -> PError {
    let Some(lex) = lex else { return pe };
    if lex.kind != SyntaxErrorKind::SyntaxError {
        return pe;
    }
    if lex.msg.ends_with("was never closed") {
        let fail_offset = toks.get(at).map_or(pe.start, |t| t.0 as u32);
        let err_line = src.line_of(fail_offset);
        let open_line = src.line_of(lex.start);
        let read_past = at + 1 == toks.len() && ends_expr(&toks[at].1);
        if err_line > open_line || read_past {
            return lex;
        }
        return pe;
    }
    lex
}

fn is_atom(t: &Tok) -> bool {
    matches!(
        t,
        Tok::Name(_)
            | Tok::Int(_)
            | Tok::BigInt(_)
            | Tok::Float(_)
            | Tok::Imag(_)
            | Tok::Str(_)
            | Tok::Bytes(_)
            | Tok::FString(_)
            | Tok::None
            | Tok::True
            | Tok::False
            | Tok::Ellipsis
    )
}

fn is_string(t: &Tok) -> bool {
    matches!(t, Tok::Str(_) | Tok::Bytes(_) | Tok::FString(_))
}

/// Can this token end an expression?
fn ends_expr(t: &Tok) -> bool {
    is_atom(t) || matches!(t, Tok::RPar | Tok::RSqb | Tok::RBrace)
}

/// Can this token start an expression (CPython's `expression` rule)?
fn starts_expr(t: &Tok) -> bool {
    is_atom(t)
        || matches!(
            t,
            Tok::LPar
                | Tok::LSqb
                | Tok::LBrace
                | Tok::Tilde
                | Tok::Not
                | Tok::Lambda
                | Tok::Await
                | Tok::Minus
                | Tok::Plus
        )
}

fn is_open(t: &Tok) -> bool {
    matches!(t, Tok::LPar | Tok::LSqb | Tok::LBrace)
}

fn is_close(t: &Tok) -> bool {
    matches!(t, Tok::RPar | Tok::RSqb | Tok::RBrace)
}

/// Tokens that end an expression when scanning at its own bracket depth.
fn delimits(t: &Tok) -> bool {
    matches!(
        t,
        Tok::Comma
            | Tok::Colon
            | Tok::Semi
            | Tok::Equal
            | Tok::ColonEqual
            | Tok::Newline
            | Tok::Indent
            | Tok::Dedent
            | Tok::If
            | Tok::Else
            | Tok::For
            | Tok::Async
            | Tok::Lambda
            | Tok::Return
            | Tok::Yield
            | Tok::From
            | Tok::Import
            | Tok::As
            | Tok::Assert
            | Tok::Del
            | Tok::Raise
            | Tok::While
            | Tok::Elif
            | Tok::With
            | Tok::Arrow
            | Tok::At
            | Tok::PlusEqual
            | Tok::MinusEqual
            | Tok::StarEqual
            | Tok::SlashEqual
            | Tok::DoubleSlashEqual
            | Tok::PercentEqual
            | Tok::AtEqual
            | Tok::AmperEqual
            | Tok::VbarEqual
            | Tok::CircumflexEqual
            | Tok::LeftShiftEqual
            | Tok::RightShiftEqual
            | Tok::DoubleStarEqual
    )
}

fn has(expected: &[String], term: &str) -> bool {
    let quoted = format!("\"{term}\"");
    expected.iter().any(|e| *e == quoted || e == term)
}

struct Analysis<'a> {
    text: &'a str,
    toks: &'a [Spanned],
    /// Bracket depth the token list starts at (1 for f-string fields).
    base_depth: u32,
}

impl Analysis<'_> {
    /// Index of the token starting at `start` with the same kind as `tok`.
    fn find(&self, start: usize, tok: &Tok) -> Option<usize> {
        let d = std::mem::discriminant(tok);
        let i = self.toks.partition_point(|t| t.0 < start);
        (i..self.toks.len())
            .take_while(|&j| self.toks[j].0 == start)
            .find(|&j| std::mem::discriminant(&self.toks[j].1) == d)
    }

    /// Index of the first token of the logical line holding token `i`.
    fn line_start(&self, i: usize) -> usize {
        let mut j = i;
        while j > 0 && !matches!(self.toks[j - 1].1, Tok::Newline | Tok::Indent | Tok::Dedent) {
            j -= 1;
        }
        j
    }

    /// Bracket depth just before token `i`, counted from its logical line's start.
    fn depth_at(&self, i: usize) -> u32 {
        let mut d = self.base_depth as i64;
        for t in &self.toks[self.line_start(i)..i] {
            if is_open(&t.1) {
                d += 1;
            } else if is_close(&t.1) {
                d -= 1;
            }
        }
        d.max(0) as u32
    }

    /// Byte range CPython gives the NEWLINE token that follows offset `after`: a trailing
    /// comment if there is one, else the empty range where the line ends.
    fn newline_range(&self, after: usize) -> (u32, u32) {
        let rest = &self.text[after.min(self.text.len())..];
        let skip = rest.len() - rest.trim_start_matches([' ', '\t', '\x0c', '\\']).len();
        let at = after + skip;
        if self.text[at..].starts_with('#') {
            let end = self.text[at..]
                .find(['\n', '\r'])
                .map_or(self.text.len(), |e| at + e);
            return (at as u32, end as u32);
        }
        (at as u32, at as u32)
    }

    /// The range CPython reports for token `i`.
    fn tok_range(&self, i: usize) -> (u32, u32) {
        let (s, t, e) = &self.toks[i];
        match t {
            Tok::Newline => {
                let after = if i > 0 { self.toks[i - 1].2 } else { *s };
                self.newline_range(after)
            }
            _ => (*s as u32, *e as u32),
        }
    }

    /// Where CPython reports an error at the end of input: the end of the last line.
    fn eof_offset(&self) -> u32 {
        let t = self.text;
        let t = t
            .strip_suffix('\n')
            .map(|x| x.strip_suffix('\r').unwrap_or(x))
            .unwrap_or(t);
        t.len() as u32
    }

    fn unexpected(&self, token: Spanned, expected: &[String]) -> PError {
        let (start, tok, _) = &token;
        let Some(i) = self.find(*start, tok) else {
            return PError::new("invalid syntax", token.0 as u32, token.2 as u32);
        };
        if let Some(e) = self.recognise(i, expected) {
            return e;
        }
        let (s, e) = self.tok_range(i);
        PError::new("invalid syntax", s, e)
    }

    fn recognise(&self, i: usize, expected: &[String]) -> Option<PError> {
        let tok = &self.toks[i].1;
        let (s, e) = self.tok_range(i);
        match tok {
            Tok::Indent => return Some(self.unexpected_indent(i)),
            Tok::Dedent => return Some(indentation_error("unexpected unindent", s, e)),
            _ => {}
        }
        if i >= 2
            && matches!(self.toks[i - 1].1, Tok::Newline)
            && matches!(self.toks[i - 2].1, Tok::Colon)
            && let Some(msg) = self.block_expected(i - 2) {
                return Some(indentation_error(&msg, s, e));
            }
        if let Some(err) = self.missing_colon(i, expected) {
            return Some(err);
        }
        if has(expected, "except")
            && has(expected, "finally")
            && !matches!(tok, Tok::Except | Tok::Finally)
        {
            return Some(PError::new("expected 'except' or 'finally' block", s, e));
        }
        if let Some(err) = self.legacy_print(i) {
            return Some(err);
        }
        if let Some(err) = self.display_errors(i) {
            return Some(err);
        }
        if let Some(err) = self.annotation_target(i) {
            return Some(err);
        }
        if let Some(err) = self.missing_else(i, expected) {
            return Some(err);
        }
        if matches!(tok, Tok::Equal)
            && let Some(err) = self.equal_in_expression(i) {
                return Some(err);
            }
        if let Some(err) = self.forgot_comma(i) {
            return Some(err);
        }
        None
    }

    fn eof(&self, expected: &[String]) -> PError {
        let at = self.eof_offset();
        let n = self.toks.len();
        let mut e = if n >= 2
            && matches!(self.toks[n - 1].1, Tok::Newline)
            && matches!(self.toks[n - 2].1, Tok::Colon)
        {
            match self.block_expected(n - 2) {
                Some(msg) => indentation_error(&msg, at, at),
                None => PError::new("invalid syntax", at, at),
            }
        } else if has(expected, "except") && has(expected, "finally") {
            PError::new("expected 'except' or 'finally' block", at, at)
        } else {
            PError::new("invalid syntax", at, at)
        };
        e.incomplete = true;
        e
    }

    /// `unexpected indent`, with the caret at the end of the indentation as CPython puts it.
    fn unexpected_indent(&self, i: usize) -> PError {
        let at = self.toks.get(i + 1).map_or(self.toks[i].0, |t| t.0);
        let line_start = self.text[..at].rfind('\n').map_or(0, |p| p + 1);
        let ws = self.text[line_start..at].chars().count();
        let col = line_start + ws.saturating_sub(1);
        let mut e = indentation_error("unexpected indent", col as u32, col as u32);
        if ws == 0 {
            e.start = at as u32;
            e.end = at as u32;
        }
        e
    }

    /// "expected an indented block after X on line N" for the header ending at colon `c`.
    fn block_expected(&self, c: usize) -> Option<String> {
        let mut h = self.line_start(c);
        if matches!(self.toks[h].1, Tok::Async) && h + 1 < c {
            h += 1;
        }
        let what = match self.toks[h].1 {
            Tok::If => "'if' statement",
            Tok::Elif => "'elif' statement",
            Tok::Else => "'else' statement",
            Tok::While => "'while' statement",
            Tok::For => "'for' statement",
            Tok::With => "'with' statement",
            Tok::Try => "'try' statement",
            Tok::Except => "'except' statement",
            Tok::Finally => "'finally' statement",
            Tok::Def => "function definition",
            Tok::Class => "class definition",
            _ => return None,
        };
        let line = self.line_of(self.toks[h].0);
        Some(format!(
            "expected an indented block after {what} on line {line}"
        ))
    }

    fn line_of(&self, offset: usize) -> usize {
        self.text[..offset.min(self.text.len())]
            .matches('\n')
            .count()
            + 1
    }

    /// `expected ':'` (and `expected '('` after `def name`) for compound statement headers.
    fn missing_colon(&self, i: usize, expected: &[String]) -> Option<PError> {
        let h = self.line_start(i);
        let mut k = h;
        if matches!(self.toks[k].1, Tok::Async) {
            k += 1;
        }
        if k > i {
            return None;
        }
        let (s, e) = self.tok_range(i);
        let tok = &self.toks[i].1;
        let head = &self.toks[k].1;
        if matches!(head, Tok::Def) && i == k + 2 && has(expected, "(") && !matches!(tok, Tok::LPar)
        {
            return Some(PError::new("expected '('", s, e));
        }
        if !has(expected, ":") || self.depth_at(i) != self.base_depth {
            return None;
        }
        // Only the header's own colon counts: none may appear before `i` at depth 0.
        let mut depth = 0i32;
        for t in &self.toks[k..i] {
            if is_open(&t.1) {
                depth += 1;
            } else if is_close(&t.1) {
                depth -= 1;
            } else if depth == 0 && matches!(t.1, Tok::Colon) {
                return None;
            }
        }
        let newline = matches!(tok, Tok::Newline);
        let forced = match head {
            // `named_expression NEWLINE` rules: only a newline gets the message.
            Tok::If | Tok::Elif | Tok::While | Tok::Except | Tok::With | Tok::Class => newline,
            Tok::For => newline || !starts_expr(tok),
            Tok::Def | Tok::Try | Tok::Else | Tok::Finally => true,
            _ => false,
        };
        forced.then(|| PError::new("expected ':'", s, e))
    }

    /// `print x` / `exec x`: "Missing parentheses in call to 'print'. Did you mean print(...)?"
    fn legacy_print(&self, i: usize) -> Option<PError> {
        if i == 0 || !starts_expr(&self.toks[i].1) || matches!(self.toks[i].1, Tok::LPar) {
            return None;
        }
        let p = i - 1;
        let Tok::Name(name) = &self.toks[p].1 else {
            return None;
        };
        if name != "print" && name != "exec" {
            return None;
        }
        // `print` must start an expression: the statement, or after a delimiter.
        if p > 0 && !delimits(&self.toks[p - 1].1) && !is_open(&self.toks[p - 1].1) {
            return None;
        }
        let end = self.scan_forward(i, true);
        let msg = format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?");
        Some(PError::new(msg, self.toks[p].0 as u32, end))
    }

    /// Mistakes inside displays and groups: `(**a)`, `{**a for ...}`, `{1: 2, 3}`.
    fn display_errors(&self, i: usize) -> Option<PError> {
        let tok = &self.toks[i].1;
        let prev = i.checked_sub(1).map(|p| &self.toks[p].1);
        if matches!(tok, Tok::DoubleStar) && matches!(prev, Some(Tok::LPar)) && !self.call_paren(i)
        {
            let (s, e) = (self.toks[i].0 as u32, self.toks[i].2 as u32);
            return Some(PError::new(
                "cannot use double starred expression here",
                s,
                e,
            ));
        }
        let opener = self.opener(i)?;
        if !matches!(self.toks[opener].1, Tok::LBrace) {
            return None;
        }
        if matches!(tok, Tok::For | Tok::Async)
            && matches!(self.toks[opener + 1].1, Tok::DoubleStar)
        {
            let t = &self.toks[opener + 1];
            return Some(PError::new(
                "dict unpacking cannot be used in dict comprehension",
                t.0 as u32,
                t.2 as u32,
            ));
        }
        if matches!(tok, Tok::Comma | Tok::RBrace) {
            // A dict display whose last item has no `:`.
            let mut depth = 0i32;
            let mut item_colon = false;
            let mut any_colon = false;
            for t in &self.toks[opener + 1..i] {
                if is_open(&t.1) {
                    depth += 1;
                } else if is_close(&t.1) {
                    depth -= 1;
                } else if depth == 0 && matches!(t.1, Tok::Colon) {
                    item_colon = true;
                    any_colon = true;
                } else if depth == 0 && matches!(t.1, Tok::Comma) {
                    item_colon = false;
                }
            }
            if any_colon && !item_colon && i > opener + 1 {
                let end = self.toks[i - 1].2 as u32 - 1;
                return Some(PError::new(
                    "':' expected after dictionary key",
                    end,
                    end + 1,
                ));
            }
        }
        None
    }

    /// Index of the bracket that encloses token `i`, if any.
    fn opener(&self, i: usize) -> Option<usize> {
        let mut depth = 0i32;
        let mut j = i;
        while j > 0 {
            j -= 1;
            let t = &self.toks[j].1;
            if is_close(t) {
                depth += 1;
            } else if is_open(t) {
                if depth == 0 {
                    return Some(j);
                }
                depth -= 1;
            } else if matches!(t, Tok::Newline | Tok::Indent | Tok::Dedent) {
                return None;
            }
        }
        None
    }

    /// `a, b: int`: "only single target (not tuple) can be annotated".
    fn annotation_target(&self, i: usize) -> Option<PError> {
        if !matches!(self.toks[i].1, Tok::Colon) || self.depth_at(i) != self.base_depth {
            return None;
        }
        let h = self.line_start(i);
        if !starts_expr(&self.toks[h].1) && !matches!(self.toks[h].1, Tok::Star) {
            return None;
        }
        let mut depth = 0i32;
        for t in &self.toks[h..i] {
            if is_open(&t.1) {
                depth += 1;
            } else if is_close(&t.1) {
                depth -= 1;
            } else if depth == 0 && matches!(t.1, Tok::Comma) {
                let end = self.scan_forward(h, false);
                return Some(PError::new(
                    "only single target (not tuple) can be annotated",
                    self.toks[h].0 as u32,
                    end,
                ));
            } else if depth == 0 && delimits(&t.1) {
                return None;
            }
        }
        None
    }

    /// `a if b` with no `else`: CPython's "expected 'else' after 'if' expression".
    fn missing_else(&self, i: usize, expected: &[String]) -> Option<PError> {
        if !has(expected, "else") || matches!(self.toks[i].1, Tok::Else) {
            return None;
        }
        // Find the `if` of the conditional expression, at the current depth.
        let mut depth = 0i32;
        let mut j = i;
        while j > 0 {
            j -= 1;
            let t = &self.toks[j].1;
            if is_close(t) {
                depth += 1;
            } else if is_open(t) {
                if depth == 0 {
                    return None;
                }
                depth -= 1;
            } else if depth == 0 && matches!(t, Tok::If) {
                break;
            }
        }
        if j == 0 || !matches!(self.toks[j].1, Tok::If) {
            return None;
        }
        let start = self.scan_back(j - 1);
        Some(PError::new(
            "expected 'else' after 'if' expression",
            self.toks[start].0 as u32,
            self.toks[i - 1].2 as u32,
        ))
    }

    /// `if x = 1:` and friends: CPython's `invalid_named_expression`.
    fn equal_in_expression(&self, i: usize) -> Option<PError> {
        if i == 0 {
            return None;
        }
        let ls = self.line_start(i);
        let depth = self.depth_at(i);
        let head = &self.toks[ls].1;
        let in_condition = depth == 0 && matches!(head, Tok::If | Tok::Elif | Tok::While);
        let in_brackets = depth > self.base_depth || (depth > 0 && self.base_depth == 0);
        if !in_condition && !in_brackets {
            return None;
        }
        let start = self.scan_back(i - 1);
        if start >= i {
            return None;
        }
        if in_brackets && !in_condition {
            // Inside a call `f(a=1)` is a keyword; only displays and groups get the hint.
            let opener = start.checked_sub(1).map(|o| &self.toks[o].1);
            let is_call = start >= 2
                && matches!(opener, Some(Tok::LPar) | Some(Tok::Comma))
                && self.call_paren(start);
            if is_call {
                return None;
            }
        }
        if i + 1 >= self.toks.len() || !starts_expr(&self.toks[i + 1].1) {
            return None;
        }
        let end = self.scan_forward(i + 1, false);
        if start + 1 == i && matches!(self.toks[start].1, Tok::Name(_)) {
            return Some(PError::new(
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                self.toks[start].0 as u32,
                end,
            ));
        }
        let left = &self.text[self.toks[start].0..self.toks[i - 1].2];
        let what = describe_expr(left)?;
        Some(PError::new(
            format!("cannot assign to {what} here. Maybe you meant '==' instead of '='?"),
            self.toks[start].0 as u32,
            self.toks[i - 1].2 as u32,
        ))
    }

    /// Is the item starting at token `start` directly inside a call's parentheses?
    fn call_paren(&self, start: usize) -> bool {
        let mut depth = 0i32;
        let mut j = start;
        while j > 0 {
            j -= 1;
            let t = &self.toks[j].1;
            if is_close(t) {
                depth += 1;
            } else if is_open(t) {
                if depth == 0 {
                    return matches!(t, Tok::LPar) && j > 0 && ends_expr(&self.toks[j - 1].1);
                }
                depth -= 1;
            }
        }
        false
    }

    /// `f(a b)`: "invalid syntax. Perhaps you forgot a comma?" (inside brackets only).
    fn forgot_comma(&self, i: usize) -> Option<PError> {
        if i == 0 || !starts_expr(&self.toks[i].1) || !ends_expr(&self.toks[i - 1].1) {
            return None;
        }
        if matches!(self.toks[i].1, Tok::Minus | Tok::Plus) {
            return None;
        }
        if matches!(self.toks[i - 1].1, Tok::Name(_)) && is_string(&self.toks[i].1) {
            return None;
        }
        if self.depth_at(i) == 0 {
            return None;
        }
        let start = self.scan_back(i - 1);
        // The expression before must be parsed by `expression`, not a comprehension's
        // `disjunction` (after `for`/`in`/`if` of a comprehension).
        if start > 0 {
            match self.toks[start - 1].1 {
                Tok::For | Tok::Async => return None,
                Tok::If if self.comprehension_if(start - 1) => return None,
                _ => {}
            }
        }
        if self.comprehension_iter(start, i) {
            return None;
        }
        if let Tok::Name(n) = &self.toks[start].1
            && (n == "print" || n == "exec") && start + 1 == i {
                return None;
            }
        let end = self.scan_forward(i, false);
        Some(PError::new(
            "invalid syntax. Perhaps you forgot a comma?",
            self.toks[start].0 as u32,
            end,
        ))
    }

    /// Is the `if` at `j` a comprehension condition (a `for` precedes it at its depth)?
    fn comprehension_if(&self, j: usize) -> bool {
        let mut depth = 0i32;
        let mut k = j;
        while k > 0 {
            k -= 1;
            let t = &self.toks[k].1;
            if is_close(t) {
                depth += 1;
            } else if is_open(t) {
                if depth == 0 {
                    return false;
                }
                depth -= 1;
            } else if depth == 0 && matches!(t, Tok::For) {
                return true;
            }
        }
        false
    }

    /// Does the run `start..i` contain a comprehension's ` in ` (after a `for`)?
    fn comprehension_iter(&self, start: usize, i: usize) -> bool {
        start > 0
            && matches!(self.toks[start - 1].1, Tok::For)
            && self.toks[start..i].iter().any(|t| matches!(t.1, Tok::In))
    }

    /// Scans back from token `j` to the first token of the expression it ends.
    fn scan_back(&self, j: usize) -> usize {
        let mut depth = 0i32;
        let mut k = j;
        loop {
            let t = &self.toks[k].1;
            if is_close(t) {
                depth += 1;
            } else if is_open(t) {
                if depth == 0 {
                    return k + 1;
                }
                depth -= 1;
            } else if depth == 0 && delimits(t) {
                return k + 1;
            }
            if k == 0 {
                return 0;
            }
            k -= 1;
        }
    }

    /// Scans forward from token `i` to the end offset of the expression it starts. With
    /// `list`, commas continue it (a `star_expressions` list).
    fn scan_forward(&self, i: usize, list: bool) -> u32 {
        let mut depth = 0i32;
        let mut end = self.toks[i].2;
        let mut k = i;
        while k < self.toks.len() {
            let t = &self.toks[k].1;
            if depth == 0 && k > i {
                let juxtaposed = ends_expr(&self.toks[k - 1].1)
                    && starts_expr(t)
                    && !matches!(t, Tok::Minus | Tok::Plus);
                if is_close(t) || juxtaposed || (delimits(t) && !(list && matches!(t, Tok::Comma)))
                {
                    break;
                }
            }
            if is_open(t) {
                depth += 1;
            } else if is_close(t) {
                depth -= 1;
            }
            end = self.toks[k].2;
            k += 1;
        }
        end as u32
    }
}

fn indentation_error(msg: &str, s: u32, e: u32) -> PError {
    let mut err = PError::new(msg, s, e);
    err.kind = SyntaxErrorKind::IndentationError;
    err
}

/// CPython's name for the expression written as `text` (None if it does not parse).
fn describe_expr(text: &str) -> Option<&'static str> {
    let src = SourceFile::new("<expr>", text);
    let e = crate::parser::parse_expression(&src).ok()?;
    Some(crate::parser::targets::expr_name(&e))
}
