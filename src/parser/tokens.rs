//! The token layer between the lexer and the generated parser: converts lexer errors,
//! drops the grouping parentheses of `with (a as b, c):`, and enforces the nesting limits
//! that keep every later pass (validation, the compiler, `Drop`) safely recursive.
//!
//! # Nesting limits
//! CPython stops at 200 nested brackets ("too many nested parentheses") and 100
//! indentation levels ("too many levels of indentation"); we do the same. Deep trees can
//! also be built without brackets (`- - - x`, `a.b.c...`, `1+1+...`, long `elif`
//! chains); CPython's compiler answers those with a `RecursionError` at about 3,000 levels.
//! We bound the depth of the tree *before* it is built with a cheap over-estimate:
//! every token other than an atom or a comma can add at most one level of nesting at
//! its bracket level, siblings are separated by commas, and each open bracket, lambda
//! parameter list or indented block adds a constant. If the estimate passes
//! [`MAX_DEPTH`], parsing stops with a `SyntaxError`, so no tree deeper than about
//! `MAX_DEPTH` nodes (plus f-string fields, which share the same budget) ever exists.

use crate::lexer::token::{LexError, SyntaxErrorKind, Tok};
use crate::parser::actions::Ctx;
use crate::parser::error::PError;
use std::collections::VecDeque;

/// A token with its byte range, as the generated parser consumes it.
pub type Spanned = (usize, Tok, usize);

/// The nesting estimate beyond which a statement is rejected (see the module docs).
pub const MAX_DEPTH: u32 = 3000;
/// CPython's `MAXLEVEL`: brackets nested deeper than this are an error.
pub const MAX_BRACKETS: u32 = 200;
/// CPython's `MAXINDENT`: this many indentation levels is an error.
pub const MAX_INDENT: u32 = 100;

#[derive(Clone, Copy, PartialEq, Eq)]
enum LevelKind {
    Statement,
    Bracket,
    /// A lambda's parameter list, closed by its `:`.
    Lambda,
}

struct Level {
    kind: LevelKind,
    count: u32,
}

/// Wraps a lexer's token iterator for the generated parser.
pub struct Tokens<'c, 's, I> {
    inner: I,
    ctx: &'c Ctx<'s>,
    pending: VecDeque<Result<Spanned, PError>>,
    levels: Vec<Level>,
    /// Sum over `levels` of `count + 2`, kept up to date incrementally.
    level_sum: u32,
    brackets: u32,
    indent: u32,
    /// Per indentation level: length of the current `elif` chain.
    elifs: Vec<u32>,
    elif_sum: u32,
    line_start: bool,
    failed: bool,
}

impl<'c, 's, I> Tokens<'c, 's, I>
where
    I: Iterator<Item = Result<Spanned, LexError>>,
{
    pub fn new(inner: I, ctx: &'c Ctx<'s>) -> Self {
        Tokens {
            inner,
            ctx,
            pending: VecDeque::new(),
            levels: vec![Level {
                kind: LevelKind::Statement,
                count: 0,
            }],
            level_sum: 2,
            brackets: 0,
            indent: 0,
            elifs: vec![0],
            elif_sum: 0,
            line_start: true,
            failed: false,
        }
    }

    fn pull(&mut self) -> Option<Result<Spanned, PError>> {
        if let Some(t) = self.pending.pop_front() {
            return Some(t);
        }
        let t = self.inner.next()?.map_err(PError::from);
        if let Ok((_, Tok::With, _)) = &t {
            self.pending.push_back(t);
            self.scan_with();
            return self.pending.pop_front();
        }
        Some(t)
    }

    /// After `with`: if it is followed by `( items ) :` where the items hold a top-level
    /// `as` or comma, drop the parentheses (and a trailing comma) so the grammar sees
    /// `with a as b, c:` — CPython's first `with_stmt` alternative.
    fn scan_with(&mut self) {
        let first = self.inner.next();
        let is_open = matches!(first, Some(Ok((_, Tok::LPar, _))));
        if let Some(t) = first {
            self.pending.push_back(t.map_err(PError::from));
        }
        if !is_open {
            return;
        }
        let open_index = self.pending.len() - 1;
        let mut depth = 1u32;
        let mut separated = false;
        let mut first_inner: Option<bool> = None; // does the first item start like an expression?
        let mut last_comma: Option<usize> = None;
        loop {
            let Some(t) = self.inner.next() else { return };
            let t = t.map_err(PError::from);
            let Ok((_, tok, _)) = &t else {
                self.pending.push_back(t);
                return;
            };
            if first_inner.is_none() {
                first_inner = Some(!matches!(
                    tok,
                    Tok::Yield | Tok::Star | Tok::DoubleStar | Tok::RPar
                ));
            }
            match tok {
                Tok::LPar | Tok::LSqb | Tok::LBrace => depth += 1,
                Tok::RPar | Tok::RSqb | Tok::RBrace => depth -= 1,
                Tok::As | Tok::Comma if depth == 1 => separated = true,
                Tok::Newline => {
                    self.pending.push_back(t);
                    return;
                }
                _ => {}
            }
            let comma_here = depth == 1 && matches!(tok, Tok::Comma);
            let closed = depth == 0;
            self.pending.push_back(t);
            if comma_here {
                last_comma = Some(self.pending.len() - 1);
            } else if !closed {
                last_comma = None;
            }
            if closed {
                break;
            }
        }
        let close_index = self.pending.len() - 1;
        let next = self.inner.next().map(|t| t.map_err(PError::from));
        let colon_next = matches!(next, Some(Ok((_, Tok::Colon, _))));
        if let Some(t) = next {
            self.pending.push_back(t);
        }
        if colon_next && separated && first_inner == Some(true) {
            self.pending.remove(close_index);
            if let Some(c) = last_comma {
                self.pending.remove(c);
            }
            self.pending.remove(open_index);
        }
    }

    fn top(&mut self) -> &mut Level {
        self.levels
            .last_mut()
            .expect("the statement level is never popped")
    }

    fn bump(&mut self) {
        self.top().count += 1;
        self.level_sum += 1;
    }

    fn push_level(&mut self, kind: LevelKind) {
        self.levels.push(Level { kind, count: 0 });
        self.level_sum += 2;
    }

    fn pop_level(&mut self) -> Option<LevelKind> {
        if self.levels.len() == 1 {
            return None;
        }
        let l = self.levels.pop().expect("checked");
        self.level_sum -= l.count + 2;
        Some(l.kind)
    }

    fn reset_statement(&mut self) {
        while self.pop_level().is_some() {}
        let c = self.top().count;
        self.top().count = 0;
        self.level_sum -= c;
    }

    /// Updates the nesting accounts for one token; an error if a limit is passed.
    fn account(&mut self, start: usize, tok: &Tok, end: usize) -> Result<(), PError> {
        if self.line_start {
            let top = self.elifs.last_mut().expect("never empty");
            match tok {
                Tok::Elif => {
                    *top += 1;
                    self.elif_sum += 1;
                }
                Tok::Else | Tok::Indent | Tok::Dedent | Tok::Newline => {}
                _ => {
                    self.elif_sum -= *top;
                    *top = 0;
                }
            }
        }
        self.line_start = false;
        match tok {
            Tok::Newline => {
                self.reset_statement();
                self.line_start = true;
            }
            Tok::Indent => {
                self.line_start = true;
                if self.indent + 1 >= MAX_INDENT {
                    let line_start = self.ctx.src[..start.min(self.ctx.src.len())]
                        .rfind('\n')
                        .map_or(0, |i| i + 1);
                    let mut e = PError::new(
                        "too many levels of indentation",
                        line_start as u32,
                        line_start as u32,
                    );
                    e.kind = SyntaxErrorKind::IndentationError;
                    e.lexical = true;
                    return Err(e);
                }
                self.indent += 1;
                self.elifs.push(0);
            }
            Tok::Dedent => {
                self.line_start = true;
                self.indent = self.indent.saturating_sub(1);
                if self.elifs.len() > 1 {
                    let c = self.elifs.pop().expect("checked");
                    self.elif_sum -= c;
                }
            }
            Tok::LPar | Tok::LSqb | Tok::LBrace => {
                if self.brackets >= MAX_BRACKETS {
                    let mut e =
                        PError::new("too many nested parentheses", start as u32, start as u32);
                    e.lexical = true;
                    return Err(e);
                }
                self.brackets += 1;
                self.bump();
                self.push_level(LevelKind::Bracket);
            }
            Tok::RPar | Tok::RSqb | Tok::RBrace => {
                while let Some(kind) = self.pop_level() {
                    if kind == LevelKind::Bracket {
                        self.brackets -= 1;
                        break;
                    }
                }
            }
            Tok::Lambda => {
                self.bump();
                self.push_level(LevelKind::Lambda);
            }
            Tok::Colon if self.top().kind == LevelKind::Lambda => {
                self.pop_level();
            }
            Tok::Comma => {
                let c = self.top().count;
                self.top().count = 0;
                self.level_sum -= c;
            }
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
            | Tok::Ellipsis => {}
            _ => self.bump(),
        }
        let estimate = self.level_sum + 2 * self.indent + self.elif_sum;
        self.ctx.depth.set(estimate);
        if estimate > self.ctx.max_depth.get() {
            self.ctx.max_depth.set(estimate);
        }
        if estimate > self.ctx.limit {
            let mut e = PError::new("too many nested expressions", start as u32, end as u32);
            e.lexical = true;
            return Err(e);
        }
        Ok(())
    }
}

impl<'c, 's, I> Iterator for Tokens<'c, 's, I>
where
    I: Iterator<Item = Result<Spanned, LexError>>,
{
    type Item = Result<Spanned, PError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed {
            return None;
        }
        let t = self.pull()?;
        let t = match t {
            Ok((s, tok, e)) => match self.account(s, &tok, e) {
                Ok(()) => Ok((s, tok, e)),
                Err(err) => Err(err),
            },
            Err(e) => Err(e),
        };
        if t.is_err() {
            self.failed = true;
        }
        Some(t)
    }
}
