//! `parse(source) -> ast::Module`: the only door to the generated LALRPOP parser.
//!
//! The pipeline is lexer → token layer (`tokens.rs`: `with (...)` grouping, nesting limits)
//! → generated LR(1) parser (`grammar/python.lalrpop`, actions in `actions.rs`) →
//! validation (`validate.rs`: the checks CPython's symbol table and compiler make).
//! On failure, `messages.rs` turns the LR error into CPython 3.11's message and position.
//!
//! The generated parser is an implementation detail: nothing outside this module names
//! it, so it can be replaced by a hand-written one without touching callers.

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
const DEEP_STACK: usize = 256 << 20;

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
    let g = parse_group(&ctx, start as u32, end as u32).map_err(|e| e.into_syntax_error(src))?;
    let e = match g {
        Group::Yield(y) => {
            return Err(
                PError::new("invalid syntax", y.span.start, y.span.start + 5)
                    .into_syntax_error(src),
            );
        }
        g => actions::group_expr(g, start, end).map_err(|e| match e {
            lalrpop_util::ParseError::User { error } => error.into_syntax_error(src),
            _ => unreachable!("group_expr only raises user errors"),
        })?,
    };
    with_deep_stack(ctx.max_depth.get(), || validate::check_expression(&e, src))?;
    Ok(e)
}

/// Parses `start..end` of `ctx.src` as the contents of a pair of parentheses.
fn parse_group(ctx: &Ctx, start: u32, end: u32) -> Result<Group, PError> {
    let tokens = Tokens::new(Lexer::new_expr(ctx.src, start as usize, end as usize), ctx);
    python::GroupParser::new()
        .parse(ctx, tokens)
        .map(|g| *g)
        .map_err(|e| messages::group_error(ctx.src, start, end, e))
}
