//! F-strings: turns the lexer's `FPart`s into a `JoinedStr` of `Constant(Str)` and
//! `FormattedValue` parts, parsing each field's expression with the grammar's `Group`
//! entry point (CPython parses a field as if it were parenthesised, so `f"{1, 2}"` is a tuple).

use crate::ast::{Constant, Expr, ExprKind};
use crate::lexer::token::{FField, FPart};
use crate::parser::actions::{Ctx, PResult, StrPart, fail, group_expr};
use crate::source::Span;
use lalrpop_util::ParseError;
use std::cell::Cell;

/// Nesting kept in reserve between an f-string and its fields (see tokens.rs).
const FIELD_SLACK: u32 = 8;

/// Implicitly concatenated `str` and f-string literals, as one `JoinedStr` spanning `sp`.
pub fn joined(ctx: &Ctx, parts: Vec<StrPart>, sp: Span) -> PResult<Expr> {
    let mut b = Builder {
        values: Vec::new(),
        lit: String::new(),
        span: sp,
        lit_span: sp,
        token: sp,
    };
    for p in parts {
        match p {
            StrPart::Str(s) => b.lit.push_str(&s),
            StrPart::F(fparts, token) => {
                b.token = token;
                b.add(ctx, fparts)?
            }
            StrPart::Bytes(_) => unreachable!("bytes are rejected before"),
        }
    }
    Ok(Expr::new(ExprKind::JoinedStr(b.finish()), sp))
}

/// Collects the parts of one `JoinedStr`. CPython 3.11's positions: every part spans the
/// whole concatenation, except that a format spec (and its literal text) spans only the
/// f-string token it was written in.
struct Builder {
    values: Vec<Expr>,
    lit: String,
    /// The whole run of string literals.
    span: Span,
    /// The span given to literal parts.
    lit_span: Span,
    /// The f-string token being added.
    token: Span,
}

impl Builder {
    fn flush(&mut self) {
        if !self.lit.is_empty() {
            let s = std::mem::take(&mut self.lit);
            self.values.push(Expr::new(
                ExprKind::Constant(Constant::Str(s)),
                self.lit_span,
            ));
        }
    }

    fn finish(mut self) -> Vec<Expr> {
        self.flush();
        self.values
    }

    fn add(&mut self, ctx: &Ctx, parts: Vec<FPart>) -> PResult<()> {
        for p in parts {
            match p {
                FPart::Lit(s) => self.lit.push_str(&s),
                FPart::Field(f) => self.field(ctx, f)?,
            }
        }
        Ok(())
    }

    fn field(&mut self, ctx: &Ctx, f: FField) -> PResult<()> {
        let debug = f.debug_text.is_some();
        if let Some(d) = &f.debug_text {
            self.lit.push_str(d);
        }
        self.flush();
        let value = parse_field(ctx, f.expr_start, f.expr_end, self.span.end)?;
        let conversion = match f.conversion {
            Some(c) => Some(c),
            None if debug && f.spec.is_none() => Some('r'),
            None => None,
        };
        let format_spec = match f.spec {
            Some(spec) => {
                let mut inner = Builder {
                    values: Vec::new(),
                    lit: String::new(),
                    span: self.span,
                    lit_span: self.token,
                    token: self.token,
                };
                inner.add(ctx, spec)?;
                Some(Box::new(Expr::new(
                    ExprKind::JoinedStr(inner.finish()),
                    self.token,
                )))
            }
            None => None,
        };
        self.values.push(Expr::new(
            ExprKind::FormattedValue {
                value: Box::new(value),
                conversion,
                format_spec,
            },
            self.span,
        ));
        Ok(())
    }
}

/// Parses the field expression at `start..end` of the source.
fn parse_field(ctx: &Ctx, start: u32, end: u32, string_end: u32) -> PResult<Expr> {
    let text = ctx.src.get(start as usize..end as usize).unwrap_or("");
    if text.trim().is_empty() {
        return fail(
            "f-string: empty expression not allowed",
            string_end,
            string_end,
        );
    }
    let used = ctx.depth.get() + FIELD_SLACK;
    let inner = Ctx {
        src: ctx.src,
        depth: Cell::new(0),
        limit: ctx.limit.saturating_sub(used),
        max_depth: Cell::new(0),
    };
    let result = crate::parser::parse_group(&inner, start, end, 1);
    let deepest = used + inner.max_depth.get();
    if deepest > ctx.max_depth.get() {
        ctx.max_depth.set(deepest);
    }
    // A tuple or generator spans CPython's imaginary parentheses: from the `{` to just
    // past the expression.
    let result = result.and_then(|g| {
        group_expr(g, start as usize - 1, end as usize + 1).map_err(|e| match e {
            ParseError::User { error } => error,
            _ => unreachable!("group_expr only raises user errors"),
        })
    });
    match result {
        Ok(e) => Ok(e),
        Err(mut e) => {
            if !e.msg.starts_with("f-string") {
                e.msg = format!("f-string: {}", e.msg);
            }
            // CPython 3.11 parses the field as the text `(expr)` on its own and reports
            // columns within that text, on the f-string's line; so do we.
            let line_start = ctx.src[..start as usize].rfind('\n').map_or(0, |p| p + 1) as u32;
            let shift = |at: u32| line_start + at.saturating_sub(start).min(end - start + 1) + 1;
            let (s, t) = (shift(e.start), shift(e.end.max(e.start)));
            e.start = s;
            e.end = t;
            e.incomplete = false;
            Err(ParseError::User { error: e })
        }
    }
}
