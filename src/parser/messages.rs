//! Turns LR parse errors into CPython 3.11's messages and positions.
//!
//! CPython's PEG parser, after a failure, re-parses with extra `invalid_*` rules that
//! recognise common mistakes, then tokenizes the rest of the file so a tokenizer error
//! (an unterminated string further down, an unclosed bracket) takes precedence. We do the
//! same in spirit: the source is re-lexed into a token list, and a handful of recognisers
//! look at the tokens around the failure (the LR parser's "expected" set helps) to pick
//! the message CPython would give. Anything unrecognised is `invalid syntax` at the
//! offending token, which is also CPython's fallback.

use crate::ast::ExprKind;
use crate::lexer::Lexer;
use crate::lexer::token::{SyntaxErrorKind, Tok};
use crate::parser::error::{PError, SyntaxError};
use crate::parser::targets::{TargetKind, invalid_target, target_message};
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
            let mut pe = a.unexpected(token, &expected);
            // Nothing but DEDENTs left: the input ended inside a block (a nested header
            // with no body yet, a nested `try` with no handler), so more lines can
            // complete it, as at the top level (`eof`).
            if let Some(i) = i
                && a.toks[i..].iter().all(|t| matches!(t.1, Tok::Dedent))
            {
                pe.incomplete = true;
            }
            (pe, i.unwrap_or(usize::MAX))
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
pub fn group_error(text: &str, start: u32, end: u32, base_depth: u32, e: LrError) -> PError {
    let (toks, lex_err) = relex(Lexer::new_expr(text, start as usize, end as usize));
    let a = Analysis {
        text,
        toks: &toks,
        base_depth,
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
    // CPython reports these two from the failing token itself, skipping the rescan; and a
    // stray character (`$`, `?`, a lone `!`) is an error token without an exception there.
    if lex.kind != SyntaxErrorKind::SyntaxError
        || pe.msg == "unexpected indent"
        || pe.msg == "unexpected unindent"
        || lex.msg == "invalid syntax"
    {
        return pe;
    }
    if lex.msg.ends_with("was never closed") {
        // CPython compares the bracket's line with the last token its parser read: at
        // least the failing one, and the one after the range its message describes.
        let after_range = match pe.msg.as_str() {
            "invalid syntax" => at,
            _ => toks.partition_point(|t| (t.2 as u32) <= pe.end.max(pe.start)),
        };
        let furthest = at.max(after_range);
        let read_past = furthest >= toks.len() || (at + 1 == toks.len() && ends_expr(&toks[at].1));
        let furthest_line = toks
            .get(furthest)
            .map_or(usize::MAX, |t| src.line_of(t.0 as u32));
        if read_past || furthest_line > src.line_of(lex.start) {
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

    /// The range of the first token at or after `i` that is not a DEDENT (the end of the
    /// input if there is none).
    fn real_token_range(&self, i: usize) -> (u32, u32) {
        match (i..self.toks.len()).find(|&j| !matches!(self.toks[j].1, Tok::Dedent)) {
            Some(j) => self.tok_range(j),
            None => (self.eof_offset(), self.eof_offset()),
        }
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
        if let Some(mut e) = self.recognise(i, expected) {
            // Positions taken from the token after a DEDENT are one column early in CPython.
            e.at_dedent = matches!(self.toks[i].1, Tok::Dedent)
                && self.toks[i..].iter().any(|t| !matches!(t.1, Tok::Dedent));
            return e;
        }
        let (s, e) = self.tok_range(i);
        PError::new("invalid syntax", s, e)
    }

    fn recognise(&self, i: usize, expected: &[String]) -> Option<PError> {
        let tok = &self.toks[i].1;
        // CPython has no DEDENT before the token it reports: use the next real token.
        let (s, e) = match tok {
            Tok::Dedent => self.real_token_range(i),
            _ => self.tok_range(i),
        };
        if i >= 2
            && matches!(self.toks[i - 1].1, Tok::Newline)
            && matches!(self.toks[i - 2].1, Tok::Colon)
            && let Some(msg) = self.block_expected(i - 2)
        {
            return Some(indentation_error(&msg, s, e));
        }
        if matches!(tok, Tok::Indent) {
            return Some(self.unexpected_indent(i));
        }
        if let Some(err) = self.missing_colon(i, expected) {
            return Some(err);
        }
        if matches!(tok, Tok::Dedent) && !(has(expected, "except") && has(expected, "finally")) {
            return Some(indentation_error("unexpected unindent", s, e));
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
        if let Some(err) = self.statement_targets(i) {
            return Some(err);
        }
        if let Some(err) = self.missing_else(i, expected) {
            return Some(err);
        }
        if matches!(tok, Tok::Equal)
            && let Some(err) = self.equal_in_expression(i)
        {
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
        // `def f() -> :` — the optional `-> expression` fails, then the colon is forced.
        if matches!(head, Tok::Def) && i > 0 && matches!(self.toks[i - 1].1, Tok::Arrow) {
            let a = &self.toks[i - 1];
            return Some(PError::new("expected ':'", a.0 as u32, a.2 as u32));
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
            Tok::For => newline,
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
        if matches!(tok, Tok::LPar)
            && matches!(prev, Some(Tok::LPar | Tok::Comma | Tok::Lambda))
            && let Some(msg) = self.parenthesized_parameter(i)
        {
            let close = self.matching_close(i);
            return Some(PError::new(
                msg,
                self.toks[i].0 as u32,
                self.toks[close].2 as u32,
            ));
        }
        if matches!(tok, Tok::RBrace | Tok::Comma)
            && matches!(prev, Some(Tok::Colon))
            && self
                .opener(i)
                .is_some_and(|o| matches!(self.toks[o].1, Tok::LBrace))
        {
            let c = &self.toks[i - 1];
            let msg = "expression expected after dictionary key and ':'";
            return Some(PError::new(msg, c.0 as u32, c.2 as u32));
        }
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

    /// "... parameters cannot be parenthesized" when the `(` at `i` stands where a `def` or
    /// `lambda` parameter should.
    fn parenthesized_parameter(&self, i: usize) -> Option<&'static str> {
        if let Some(o) = self.opener(i)
            && o >= 2
            && matches!(self.toks[o - 2].1, Tok::Def)
        {
            return Some("Function parameters cannot be parenthesized");
        }
        // A lambda's parameters: a `lambda` before us at this depth, with no `:` between.
        let mut depth = 0i32;
        for j in (0..i).rev() {
            let t = &self.toks[j].1;
            if is_close(t) {
                depth += 1;
            } else if is_open(t) {
                if depth == 0 {
                    return None;
                }
                depth -= 1;
            } else if depth == 0 && matches!(t, Tok::Colon | Tok::Newline) {
                return None;
            } else if depth == 0 && matches!(t, Tok::Lambda) {
                return Some("Lambda expression parameters cannot be parenthesized");
            }
        }
        None
    }

    /// Index of the bracket closing the one opened at `i` (the last token if unclosed).
    fn matching_close(&self, i: usize) -> usize {
        let mut depth = 0i32;
        for (j, t) in self.toks.iter().enumerate().skip(i) {
            if is_open(&t.1) {
                depth += 1;
            } else if is_close(&t.1) {
                depth -= 1;
                if depth == 0 {
                    return j;
                }
            }
        }
        self.toks.len() - 1
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
        // CPython's `invalid_assignment` looks at the whole statement the error is in:
        // `target ':' expression` with a target that cannot be annotated.
        let h = self.line_start(i);
        let head = &self.toks[h].1;
        if (!starts_expr(head) && !matches!(head, Tok::Star)) || matches!(head, Tok::Lambda) {
            return None;
        }
        let mut depth = 0i32;
        let mut comma = false;
        let mut colon = None;
        for (k, t) in self.toks[h..=i.min(self.toks.len() - 1)].iter().enumerate() {
            if is_open(&t.1) {
                depth += 1;
            } else if is_close(&t.1) {
                depth -= 1;
            } else if depth == 0 && matches!(t.1, Tok::Comma) {
                comma = true;
            } else if depth == 0 && matches!(t.1, Tok::Colon) {
                colon = Some(h + k);
                break;
            } else if depth == 0 && delimits(&t.1) {
                return None;
            }
        }
        let c = colon?;
        if c == h || (c < i && !self.toks.get(c + 1).is_some_and(|t| starts_expr(&t.1))) {
            return None;
        }
        let (s, e) = (self.toks[h].0, self.toks[c - 1].2);
        if comma {
            let end = self.scan_forward(h, false);
            let msg = "only single target (not tuple) can be annotated";
            return Some(PError::new(msg, s as u32, end));
        }
        let src = SourceFile::new("<target>", &self.text[s..e]);
        let target = crate::parser::parse_expression(&src).ok()?;
        let msg = match &target.kind {
            ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {
                return None;
            }
            ExprKind::Tuple(_) => "only single target (not tuple) can be annotated",
            ExprKind::List(_) => "only single target (not list) can be annotated",
            _ => "illegal target for annotation",
        };
        Some(PError::new(msg, s as u32, e as u32))
    }

    /// The assignment or `for` targets of the failing statement: CPython's
    /// `invalid_assignment` and `invalid_for_target` name an invalid target even when the
    /// statement goes wrong later (`f() = 1 2`, `for 'x')`).
    fn statement_targets(&self, i: usize) -> Option<PError> {
        // A comprehension's `for` target, when the failure comes before its `in`.
        let mut depth = 0i32;
        for j in (0..i).rev() {
            let t = &self.toks[j].1;
            if is_close(t) {
                depth += 1;
            } else if is_open(t) {
                if depth == 0 {
                    break;
                }
                depth -= 1;
            } else if depth == 0 && matches!(t, Tok::In | Tok::Newline | Tok::Colon | Tok::Comma) {
                break;
            } else if depth == 0 && matches!(t, Tok::For) {
                if self.depth_at(j) == self.base_depth {
                    break; // a `for` statement: handled below
                }
                let (bad, msg) = self.invalid_in(j + 1, i, TargetKind::For)?;
                return Some(PError::new(msg, bad.0, bad.1));
            }
        }
        let mut h = self.line_start(i);
        if matches!(self.toks[h].1, Tok::Async) {
            h += 1;
        }
        if h >= i {
            return None;
        }
        if matches!(self.toks[h].1, Tok::For) {
            let from = h + 1;
            let mut end = i;
            let mut depth = 0i32;
            for (k, t) in self.toks[from..i].iter().enumerate() {
                if is_open(&t.1) {
                    depth += 1;
                } else if is_close(&t.1) {
                    depth -= 1;
                } else if depth == 0 && matches!(t.1, Tok::Colon) {
                    end = from + k;
                    break;
                }
            }
            let (bad, msg) = self.invalid_in(from, end, TargetKind::For)?;
            return Some(PError::new(msg, bad.0, bad.1));
        }
        if !starts_expr(&self.toks[h].1) && !matches!(self.toks[h].1, Tok::Star | Tok::Yield) {
            return None;
        }
        // Depth-0 `=` signs of the statement, before the failure and in all.
        let mut depth = 0i32;
        let mut equals = Vec::new();
        let mut total = 0;
        for (k, t) in self.toks[h..].iter().enumerate() {
            match &t.1 {
                Tok::Newline | Tok::Semi if depth == 0 => break,
                t if is_open(t) => depth += 1,
                t if is_close(t) => depth -= 1,
                Tok::Equal if depth == 0 => {
                    total += 1;
                    if h + k < i {
                        equals.push(h + k);
                    }
                }
                _ => {}
            }
        }
        let mut from = h;
        for (n, &eq) in equals.iter().enumerate() {
            if let Some((bad, msg)) = self.invalid_in(from, eq, TargetKind::Store) {
                let here = n == 0
                    && total == 1
                    && msg.starts_with("cannot assign to")
                    && self.toks.get(eq + 1).is_some_and(|t| {
                        starts_expr(&t.1) && !matches!(t.1, Tok::Not | Tok::Lambda)
                    });
                let msg = if here {
                    format!("{msg} here. Maybe you meant '==' instead of '='?")
                } else {
                    msg
                };
                return Some(PError::new(msg, bad.0, bad.1));
            }
            from = eq + 1;
        }
        None
    }

    /// Parses tokens `from..to` as an expression and names its first invalid target.
    fn invalid_in(&self, from: usize, to: usize, kind: TargetKind) -> Option<((u32, u32), String)> {
        if from >= to {
            return None;
        }
        let base = self.toks[from].0;
        let text = &self.text[base..self.toks[to - 1].2];
        let e = crate::parser::parse_expression(&SourceFile::new("<target>", text)).ok()?;
        let at = |s: crate::source::Span| (s.start + base as u32, s.end + base as u32);
        if matches!(e.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_))
            && kind == TargetKind::Store
        {
            return Some((
                at(e.span),
                "assignment to yield expression not possible".into(),
            ));
        }
        let bad = invalid_target(&e, kind)?;
        Some((at(bad.span), target_message(bad, kind)))
    }

    /// `a if b` with no `else`: CPython's "expected 'else' after 'if' expression".
    fn missing_else(&self, i: usize, expected: &[String]) -> Option<PError> {
        if !has(expected, "else") || matches!(self.toks[i].1, Tok::Else | Tok::Colon) {
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
        let in_condition = depth == 0 && matches!(head, Tok::If | Tok::Elif | Tok::While | Tok::At);
        let in_brackets = depth > self.base_depth || (depth > 0 && self.base_depth == 0);
        if !in_condition && !in_brackets {
            return None;
        }
        let start = self.scan_back(i - 1);
        if start >= i || start == 0 {
            return None;
        }
        // Only where CPython parses a `named_expression`: a condition, or an item of a
        // group, display or subscript (not a slice bound, dict value or lambda body).
        if !matches!(
            self.toks[start - 1].1,
            Tok::LPar
                | Tok::LSqb
                | Tok::LBrace
                | Tok::Comma
                | Tok::If
                | Tok::Elif
                | Tok::While
                | Tok::At
        ) {
            return None;
        }
        if in_brackets && !in_condition {
            // Directly inside a call `f(a=1)` is a keyword; only displays and groups get
            // the hint.
            let in_call = self.opener(i).is_some_and(|o| {
                matches!(self.toks[o].1, Tok::LPar) && o > 0 && ends_expr(&self.toks[o - 1].1)
            });
            if in_call {
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
        let left = crate::parser::parse_expression(&SourceFile::new("<expr>", left)).ok()?;
        if !crate::parser::targets::is_bitwise_or_level(&left) {
            return None;
        }
        let what = crate::parser::targets::expr_name(&left);
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
        // `f("a" not "b")` fails after the `not`, which CPython reads as starting `b`.
        if i >= 2 && matches!(self.toks[i - 1].1, Tok::Not) && ends_expr(&self.toks[i - 2].1) {
            return self.forgot_comma(i - 1);
        }
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
        // Parameter lists and import lists hold names, not expressions (but a parameter's
        // default or annotation is one).
        let start = self.scan_back(i - 1);
        let in_params = self
            .opener(i)
            .is_some_and(|o| o >= 2 && matches!(self.toks[o - 2].1, Tok::Def));
        if in_params && !(start > 0 && matches!(self.toks[start - 1].1, Tok::Equal | Tok::Colon)) {
            return None;
        }
        if matches!(self.toks[self.line_start(i)].1, Tok::From | Tok::Import) {
            return None;
        }
        // The expression before must be parsed by `expression`, not a comprehension's
        // `disjunction` (after `in`/`if` of a comprehension; a `for` target is fine).
        if start > 0
            && matches!(self.toks[start - 1].1, Tok::If)
            && self.comprehension_if(start - 1)
        {
            return None;
        }
        if self.comprehension_iter(start, i) {
            return None;
        }
        if let Tok::Name(n) = &self.toks[start].1 {
            // CPython skips legacy `print x`, and expressions starting with a soft keyword.
            if (n == "print" || n == "exec") && start + 1 == i {
                return None;
            }
            if matches!(n.as_str(), "_" | "match" | "case") {
                return None;
            }
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
                let prev = &self.toks[k - 1].1;
                // A call or subscript continues the expression, as do adjacent strings.
                let juxtaposed = ends_expr(prev)
                    && starts_expr(t)
                    && !matches!(t, Tok::Minus | Tok::Plus | Tok::LPar | Tok::LSqb)
                    && !(is_string(prev) && is_string(t));
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
