//! `parse(source) -> ast::Module`: the only door to the generated LALRPOP parser.
//!
//! The pipeline is lexer → token layer (`tokens.rs`: `with (...)` grouping, nesting limits)
//! → generated LR(1) parser (`grammar/python.lalrpop`, actions in `actions.rs`) →
//! validation (`validate.rs`: the checks CPython's symbol table and compiler make).
//! On failure, `messages.rs` turns the LR error into CPython 3.11's message and position.
//!
//! The generated parser is an implementation detail: nothing outside this module names
//! it, so it can be replaced by a hand-written one without touching callers.
//!
//! # What callers can rely on
//! - A returned tree passed CPython 3.11's parser *and* its compile-time checks that
//!   need no runtime information: `return`/`break`/`continue`/`yield`/`await` placement,
//!   assignment targets, starred expressions, duplicate parameters and keywords,
//!   `global`/`nonlocal` rules, `__debug__`, at most 20 nested loop/`try`/`with` blocks.
//! - Its nesting is bounded: no tree is deeper than about [`MAX_DEPTH`] nodes, so a
//!   recursive walk needs a bounded stack (roughly 250–500 bytes per level in release
//!   builds, several KB in debug builds; we validate deep trees on a large-stack thread).
//! - Every node's span is what CPython's `ast` reports (`tests/parser_cpython_ast.rs`
//!   checks the whole standard library), except that f-string parts use 3.11's coarse
//!   positions like CPython.
//! - `SyntaxError::incomplete` is true only when the input ended too early (an open
//!   bracket or triple-quoted string, a header with no block, `try:` with no handler): a
//!   REPL should then read another line, unless the user just entered an empty one.

mod actions;
pub mod dump;
pub mod error;
mod fstring;
mod messages;
mod targets;
#[cfg(test)]
mod tests;
mod tokens;
mod validate;

pub use error::SyntaxError;

use crate::ast;
use crate::lexer::Lexer;
use crate::source::SourceFile;
use actions::{Ctx, Group};
use error::PError;
use std::cell::Cell;
use tokens::Tokens;

lalrpop_util::lalrpop_mod!(
    #[allow(
        clippy::all,
        clippy::pedantic,
        unused_parens,
        unused_imports,
        dead_code
    )]
    python
);

pub use tokens::MAX_DEPTH;

/// Parses a whole file (`exec` mode) and runs the post-parse checks.
///
/// ```
/// use garter::{parser::parse, source::SourceFile};
/// let m = parse(&SourceFile::new("t.py", "x = 1\n")).unwrap();
/// assert_eq!(m.body.len(), 1);
/// let e = parse(&SourceFile::new("t.py", "if x = 1:\n    pass\n")).unwrap_err();
/// assert_eq!(e.msg, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
/// assert_eq!((e.line, e.col), (1, 4));
/// ```
pub fn parse(src: &SourceFile) -> Result<ast::Module, SyntaxError> {
    let ctx = Ctx {
        src: &src.text,
        depth: Cell::new(0),
        limit: MAX_DEPTH,
        max_depth: Cell::new(0),
    };
    let tokens = Tokens::new(Lexer::new(&src.text), &ctx);
    match python::ModuleParser::new().parse(&ctx, tokens) {
        Ok(module) => {
            with_deep_stack(ctx.max_depth.get(), || validate::check_module(&module, src))?;
            Ok(module)
        }
        Err(e) => Err(messages::module_error(src, e)),
    }
}

/// Nesting estimate above which the recursive validation runs on a thread of its own.
const DEEP: u32 = 64;
/// That thread's stack: enough for [`MAX_DEPTH`] levels even in unoptimised builds, whose
/// frames are several kilobytes (only the pages touched are ever committed).
const DEEP_STACK: usize = 64 << 20;

/// Runs `f` here, or for a deeply nested tree on a thread with a large stack, so that
/// walking a tree of up to [`MAX_DEPTH`] levels never overflows the caller's stack.
fn with_deep_stack<T: Send>(depth: u32, f: impl FnOnce() -> T + Send) -> T {
    if depth <= DEEP {
        return f();
    }
    std::thread::scope(|s| {
        match std::thread::Builder::new()
            .stack_size(DEEP_STACK)
            .spawn_scoped(s, f)
        {
            Ok(h) => h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)),
            Err(_) => panic!("cannot start the validation thread"),
        }
    })
}

/// Parses a single expression (`eval` mode): a test or a bare tuple of them.
pub fn parse_expression(src: &SourceFile) -> Result<ast::Expr, SyntaxError> {
    let text = &src.text;
    let start = text.len() - text.trim_start_matches([' ', '\t', '\x0c']).len();
    let end = text.trim_end().len().max(start);
    let ctx = Ctx {
        src: text,
        depth: Cell::new(0),
        limit: MAX_DEPTH,
        max_depth: Cell::new(0),
    };
    if start == end {
        let e = PError {
            incomplete: true,
            ..PError::new("invalid syntax", end as u32, end as u32)
        };
        return Err(e.into_syntax_error(src));
    }
    let g = parse_group(&ctx, start as u32, end as u32, 0).map_err(|e| e.into_syntax_error(src))?;
    // `eval` input is CPython's `expressions`: no `yield`, no `*x`, no bare `:=`.
    let invalid =
        |at: u32, len: u32| Err(PError::new("invalid syntax", at, at + len).into_syntax_error(src));
    match &g {
        Group::Yield(y) => return invalid(y.span.start, 5),
        Group::Items(v, comma) => {
            if let Some(s) = v
                .iter()
                .find(|e| matches!(e.kind, ast::ExprKind::Starred(_)))
            {
                return invalid(s.span.start, 1);
            }
            if let [e] = v.as_slice()
                && let ast::ExprKind::NamedExpr { target, .. } = &e.kind
                && !comma
            {
                let gap = &text[target.span.end as usize..];
                let at = target.span.end + (gap.len() - gap.trim_start().len()) as u32;
                return invalid(at, 2);
            }
        }
        Group::Comp(..) => {}
    }
    let e = actions::group_expr(g, start, end).map_err(|e| match e {
        lalrpop_util::ParseError::User { error } => error.into_syntax_error(src),
        _ => unreachable!("group_expr only raises user errors"),
    })?;
    with_deep_stack(ctx.max_depth.get(), || validate::check_expression(&e, src))?;
    Ok(e)
}

/// Parses `start..end` of `ctx.src` as the contents of a pair of parentheses.
/// `base_depth` is the bracket depth the text counts as being at for error messages
/// (1 for an f-string field, which CPython parses as `(expr)`; 0 for `eval` input).
fn parse_group(ctx: &Ctx, start: u32, end: u32, base_depth: u32) -> Result<Group, PError> {
    let tokens = Tokens::new(Lexer::new_expr(ctx.src, start as usize, end as usize), ctx);
    python::GroupParser::new()
        .parse(ctx, tokens)
        .map(|g| *g)
        .map_err(|e| messages::group_error(ctx.src, start, end, base_depth, e))
}
