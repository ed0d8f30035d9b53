//! Node builders called by the grammar's actions: spans, statements, expressions, and the
//! checks CPython makes while parsing (targets, argument and parameter order, starred
//! items), raised with CPython's messages at the point the construct is reduced.

use crate::ast::{
    self, Arg, Arguments, BinOp, BoolOp, CmpOp, Comprehension, Constant, Expr, ExprKind, Keyword,
    Stmt, StmtKind, UnaryOp,
};
use crate::lexer::token::{FPart, Tok};
use crate::parser::error::PError;
use crate::parser::targets::{
    TargetKind, expr_name, invalid_target, is_bitwise_or_level, target_message,
};
use crate::source::Span;
use lalrpop_util::ParseError;
use std::cell::Cell;

/// The result type of fallible grammar actions.
pub type PResult<T> = Result<T, ParseError<usize, Tok, PError>>;

/// What grammar actions can see: the source text (f-string fields are parsed from it) and
/// the nesting budget left for f-string fields.
pub struct Ctx<'s> {
    pub src: &'s str,
    /// The token layer's nesting estimate at the last token it handed out (see tokens.rs).
    pub depth: Cell<u32>,
    /// The nesting limit for this parse (smaller inside f-string fields).
    pub limit: u32,
    /// The largest nesting estimate seen so far.
    pub max_depth: Cell<u32>,
}

/// One call argument, before the order checks.
pub enum ArgItem {
    Pos(Expr),
    /// A bare generator argument `f(x for x in y)`: element, clauses, span without parens.
    Gen(Expr, Vec<Comprehension>, Span),
    /// `key=value`; the key is any test so that `f(a.b=1)` gets CPython's message.
    Kw(Box<Expr>, Expr, Span),
    Star(Expr, Span),
    DoubleStar(Expr, Span),
}

/// One item of a parameter list, before the order checks.
pub enum Param {
    /// A named parameter; the default comes with the offset of its `=`.
    Plain(Arg, Option<(usize, Expr)>),
    BareStar(Span),
    /// `*name`; the last field is the offset of the `*`.
    VarArg(Arg, Option<(usize, Expr)>, usize),
    /// `**name`; the last field is the offset of the `**`.
    KwArg(Arg, Option<(usize, Expr)>, usize),
    Slash(Span),
}

/// What stood between `(` and `)` (or `[` and `]`).
pub enum Group {
    Yield(Expr),
    /// Items and whether a trailing comma followed them.
    Items(Vec<Expr>, bool),
    Comp(Expr, Vec<Comprehension>),
}

/// What stood between `{` and `}`.
pub enum Brace {
    Set(Vec<Expr>),
    SetComp(Expr, Vec<Comprehension>),
    Dict(Vec<(Option<Expr>, Expr)>),
    DictComp(Expr, Expr, Vec<Comprehension>),
}

/// One string literal token of an implicitly concatenated run.
pub enum StrPart {
    Str(String),
    Bytes(Vec<u8>),
    /// An f-string's parts and the span of its own token.
    F(Vec<FPart>, Span),
}

// ---------------------------------------------------------------------------
// Small helpers

#[inline]
pub fn span(l: usize, r: usize) -> Span {
    Span::new(l, r)
}

/// A user error for a fallible action.
pub fn fail<T>(msg: impl Into<String>, start: u32, end: u32) -> PResult<T> {
    Err(ParseError::User {
        error: PError::new(msg, start, end),
    })
}

fn fail_at<T>(msg: impl Into<String>, s: Span) -> PResult<T> {
    fail(msg, s.start, s.end)
}

#[inline]
pub fn push<T>(mut v: Vec<T>, x: T) -> Vec<T> {
    v.push(x);
    v
}

#[inline]
pub fn concat<T>(mut v: Vec<T>, w: Vec<T>) -> Vec<T> {
    v.extend(w);
    v
}

#[inline]
fn ex(kind: ExprKind, l: usize, r: usize) -> Expr {
    Expr::new(kind, span(l, r))
}

#[inline]
pub fn stmt(kind: StmtKind, l: usize, r: usize) -> Stmt {
    Stmt::new(kind, span(l, r))
}

/// The end of a block: the end of its last statement (CPython does not count the dedent).
/// The end of a block: the end of its last statement, including a `;` after it (CPython
/// ends a block at its last token; the dedent does not count).
fn block_end(ctx: &Ctx, body: &[Stmt], fallback: u32) -> u32 {
    let Some(last) = body.last() else {
        return fallback;
    };
    let end = last.span.end;
    let rest = ctx.src.get(end as usize..).unwrap_or("");
    let ws = rest.len() - rest.trim_start_matches([' ', '\t', '\x0c']).len();
    if rest[ws..].starts_with(';') {
        return end + ws as u32 + 1;
    }
    end
}

fn stmt_to(kind: StmtKind, l: usize, end: u32) -> Stmt {
    Stmt::new(
        kind,
        Span {
            start: l as u32,
            end,
        },
    )
}

// ---------------------------------------------------------------------------
// Statements

pub fn module(v: Option<Vec<Stmt>>) -> ast::Module {
    ast::Module {
        body: v.unwrap_or_default(),
    }
}

pub fn expr_stmt(e: Expr, l: usize, r: usize) -> Stmt {
    stmt(StmtKind::Expr(e), l, r)
}

pub fn raise(exc: Option<Expr>, cause: Option<Expr>, l: usize, r: usize) -> Stmt {
    stmt(StmtKind::Raise { exc, cause }, l, r)
}

pub fn assert(test: Expr, msg: Option<Expr>, l: usize, r: usize) -> Stmt {
    stmt(StmtKind::Assert { test, msg }, l, r)
}

pub fn dotted(mut d: String, n: String) -> String {
    d.push('.');
    d.push_str(&n);
    d
}

pub fn alias(name: String, asname: Option<String>, l: usize, r: usize) -> ast::Alias {
    ast::Alias {
        name,
        asname,
        span: span(l, r),
    }
}

pub fn import_from(m: (u32, Option<String>), names: Vec<ast::Alias>, l: usize, r: usize) -> Stmt {
    let (level, module) = m;
    stmt(
        StmtKind::ImportFrom {
            module,
            names,
            level,
        },
        l,
        r,
    )
}

/// `from m import a, b,` without parentheses.
pub fn import_names(v: Vec<ast::Alias>, trailing: bool, comma: usize) -> PResult<Vec<ast::Alias>> {
    if trailing {
        let at = comma as u32 + 1;
        return fail(
            "trailing comma not allowed without surrounding parentheses",
            at,
            at,
        );
    }
    Ok(v)
}

pub fn del_stmt(targets: Vec<Expr>, l: usize, r: usize) -> PResult<Stmt> {
    for t in &targets {
        if let Some(bad) = invalid_target(t, TargetKind::Del) {
            return fail_at(target_message(bad, TargetKind::Del), bad.span);
        }
    }
    Ok(stmt(StmtKind::Delete(targets), l, r))
}

/// The last character of source before `at` that is not whitespace.
fn prev_char(ctx: &Ctx, at: u32) -> Option<char> {
    ctx.src
        .get(..at as usize)?
        .chars()
        .rev()
        .find(|c| !c.is_whitespace())
}

/// The first byte of source at or after `at` that is not whitespace.
fn first_char(ctx: &Ctx, at: u32) -> Option<char> {
    ctx.src
        .get(at as usize..)?
        .chars()
        .find(|c| !c.is_whitespace())
}

/// `t = v1 = ... = value`: every target but the value is checked.
pub fn assign(ctx: &Ctx, first: Expr, mut rest: Vec<Expr>, l: usize, r: usize) -> PResult<Stmt> {
    let value = rest.pop().expect("at least one '='");
    let mut targets = Vec::with_capacity(rest.len() + 1);
    targets.push(first);
    targets.extend(rest);
    for (i, t) in targets.iter().enumerate() {
        if matches!(t.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_))
            && prev_char(ctx, t.span.start) != Some('(')
        {
            return fail_at("assignment to yield expression not possible", t.span);
        }
        // CPython's `invalid_named_expression` hint applies to the expression just before
        // the only `=`: the target itself, or the last item of a bare tuple target. It
        // must be a `bitwise_or`, and so must the start of the value.
        let value_ok = !matches!(first_char(ctx, value.span.start), Some('*'))
            && !starts_with_keyword(ctx, value.span.start, &["not", "lambda", "yield"]);
        if i == 0 && targets.len() == 1 && value_ok {
            let last = match &t.kind {
                ExprKind::Tuple(v) if first_char(ctx, t.span.start) != Some('(') => v.last(),
                _ => Some(t),
            };
            if let Some(last) = last {
                let paren_yield = matches!(last.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_))
                    && prev_char(ctx, last.span.start) == Some('(');
                let atom = is_bitwise_or_level(last) || paren_yield;
                if atom
                    && invalid_target(last, TargetKind::Store)
                        .is_some_and(|b| std::ptr::eq(b, last))
                {
                    let msg = target_message(last, TargetKind::Store);
                    return fail_at(
                        format!("{msg} here. Maybe you meant '==' instead of '='?"),
                        last.span,
                    );
                }
            }
        }
        let Some(bad) = invalid_target(t, TargetKind::Store) else {
            continue;
        };
        return fail_at(target_message(bad, TargetKind::Store), bad.span);
    }
    Ok(stmt(StmtKind::Assign { targets, value }, l, r))
}

fn starts_with_keyword(ctx: &Ctx, at: u32, words: &[&str]) -> bool {
    let Some(rest) = ctx.src.get(at as usize..) else {
        return false;
    };
    let rest = rest.trim_start();
    words.iter().any(|w| {
        rest.starts_with(w)
            && !rest[w.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '_')
    })
}

pub fn aug_assign(target: Expr, op: BinOp, value: Expr, l: usize, r: usize) -> PResult<Stmt> {
    match target.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {
            Ok(stmt(StmtKind::AugAssign { target, op, value }, l, r))
        }
        _ => fail_at(
            format!(
                "'{}' is an illegal expression for augmented assignment",
                expr_name(&target)
            ),
            target.span,
        ),
    }
}

pub fn ann_assign(
    target: Expr,
    annotation: Expr,
    value: Option<Expr>,
    l: usize,
    r: usize,
) -> PResult<Stmt> {
    let simple = match &target.kind {
        // A parenthesised name starts after the statement does.
        ExprKind::Name(_) => target.span.start as usize == l,
        ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => false,
        ExprKind::Tuple(_) => {
            return fail_at(
                "only single target (not tuple) can be annotated",
                target.span,
            );
        }
        ExprKind::List(_) => {
            return fail_at(
                "only single target (not list) can be annotated",
                target.span,
            );
        }
        _ => return fail_at("illegal target for annotation", target.span),
    };
    Ok(stmt(
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            simple,
        },
        l,
        r,
    ))
}

pub fn decorate(decorators: Vec<Expr>, mut s: Box<Stmt>) -> Box<Stmt> {
    match &mut s.kind {
        StmtKind::FunctionDef(f) => f.decorators = decorators,
        StmtKind::ClassDef(c) => c.decorators = decorators,
        _ => unreachable!("only def and class are decorated"),
    }
    s
}

pub fn if_stmt(
    ctx: &Ctx,
    test: Expr,
    body: Vec<Stmt>,
    orelse: Option<Vec<Stmt>>,
    l: usize,
) -> Stmt {
    let orelse = orelse.unwrap_or_default();
    let end = block_end(ctx, &orelse, block_end(ctx, &body, test.span.end));
    stmt_to(StmtKind::If { test, body, orelse }, l, end)
}

pub fn while_stmt(
    ctx: &Ctx,
    test: Expr,
    body: Vec<Stmt>,
    orelse: Option<Vec<Stmt>>,
    l: usize,
) -> Stmt {
    let orelse = orelse.unwrap_or_default();
    let end = block_end(ctx, &orelse, block_end(ctx, &body, test.span.end));
    stmt_to(StmtKind::While { test, body, orelse }, l, end)
}

pub fn for_stmt(
    ctx: &Ctx,
    is_async: bool,
    target: Expr,
    iter: Expr,
    body: Vec<Stmt>,
    orelse: Option<Vec<Stmt>>,
    l: usize,
) -> PResult<Stmt> {
    check_target(&target, TargetKind::For)?;
    let orelse = orelse.unwrap_or_default();
    let end = block_end(ctx, &orelse, block_end(ctx, &body, iter.span.end));
    Ok(stmt_to(
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
            is_async,
        },
        l,
        end,
    ))
}

fn check_target(t: &Expr, kind: TargetKind) -> PResult<()> {
    match invalid_target(t, kind) {
        Some(bad) => fail_at(target_message(bad, kind), bad.span),
        None => Ok(()),
    }
}

pub fn try_stmt(
    ctx: &Ctx,

    body: Vec<Stmt>,
    handlers: Vec<ast::ExceptHandler>,
    orelse: Option<Vec<Stmt>>,
    finalbody: Option<Vec<Stmt>>,
    l: usize,
) -> Stmt {
    let orelse = orelse.unwrap_or_default();
    let finalbody = finalbody.unwrap_or_default();
    let mut end = block_end(ctx, &body, l as u32);
    if let Some(h) = handlers.last() {
        end = h.span.end;
    }
    end = block_end(ctx, &finalbody, block_end(ctx, &orelse, end));
    stmt_to(
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        },
        l,
        end,
    )
}

pub fn handler(
    ctx: &Ctx,

    typ: Option<Expr>,
    name: Option<String>,
    body: Vec<Stmt>,
    l: usize,
) -> ast::ExceptHandler {
    let end = block_end(ctx, &body, l as u32);
    ast::ExceptHandler {
        typ,
        name,
        body,
        span: Span {
            start: l as u32,
            end,
        },
    }
}

/// `except T [as n]:`; an unparenthesised tuple `except A, B:` is CPython's error.
pub fn handler_typed(
    ctx: &Ctx,
    typ: Expr,
    name: Option<String>,
    body: Vec<Stmt>,
    l: usize,
) -> PResult<ast::ExceptHandler> {
    if matches!(typ.kind, ExprKind::Tuple(_)) && first_char(ctx, typ.span.start) != Some('(') {
        return fail(
            "multiple exception types must be parenthesized",
            typ.span.start,
            typ.span.end,
        );
    }
    Ok(handler(ctx, Some(typ), name, body, l))
}

pub fn with_stmt(
    ctx: &Ctx,
    is_async: bool,
    items: Vec<ast::WithItem>,
    body: Vec<Stmt>,
    l: usize,
) -> Stmt {
    let end = block_end(ctx, &body, l as u32);
    stmt_to(
        StmtKind::With {
            items,
            body,
            is_async,
        },
        l,
        end,
    )
}

pub fn with_item(context_expr: Expr, optional_vars: Option<Expr>) -> ast::WithItem {
    ast::WithItem {
        context_expr,
        optional_vars,
    }
}

pub fn with_item_as(e: Expr, t: Expr) -> PResult<ast::WithItem> {
    check_target(&t, TargetKind::Store)?;
    Ok(with_item(e, Some(t)))
}

#[allow(clippy::too_many_arguments)]
pub fn func_def(
    ctx: &Ctx,
    is_async: bool,
    name: String,
    nl: usize,
    nr: usize,
    params: Vec<Param>,
    returns: Option<Expr>,
    body: Vec<Stmt>,
    l: usize,
) -> PResult<Stmt> {
    let args = arguments(params, None)?;
    let end = block_end(ctx, &body, nr as u32);
    Ok(stmt_to(
        StmtKind::FunctionDef(Box::new(ast::FunctionDef {
            name,
            args,
            body,
            decorators: Vec::new(),
            returns,
            is_async,
            span: span(nl, nr),
        })),
        l,
        end,
    ))
}

pub fn class_def(
    ctx: &Ctx,
    name: String,
    nl: usize,
    nr: usize,
    args: Option<(Vec<ArgItem>, usize)>,
    body: Vec<Stmt>,
    l: usize,
) -> PResult<Stmt> {
    let (bases, keywords) = match args {
        Some((items, close)) => call_args(ctx, items, None, close as u32)?,
        None => (Vec::new(), Vec::new()),
    };
    let end = block_end(ctx, &body, nr as u32);
    Ok(stmt_to(
        StmtKind::ClassDef(Box::new(ast::ClassDef {
            name,
            bases,
            keywords,
            body,
            decorators: Vec::new(),
            span: span(nl, nr),
        })),
        l,
        end,
    ))
}

// ---------------------------------------------------------------------------
// Parameters

pub fn arg(name: String, annotation: Option<Expr>, l: usize, r: usize) -> Arg {
    Arg {
        name,
        annotation,
        span: span(l, r),
    }
}

/// Builds `ast::Arguments` from the items in order, with CPython's messages for misorder.
/// `lambda_colon` is the offset of a lambda's `:` (None for `def`).
pub fn arguments(params: Vec<Param>, lambda_colon: Option<u32>) -> PResult<Arguments> {
    let mut out = Arguments::default();
    let mut star_seen = false;
    let mut kwarg_seen = false;
    let mut slash_seen = false;
    // A bare `*` waiting for a keyword-only parameter.
    let mut pending_star: Option<Span> = None;
    for p in params {
        if kwarg_seen {
            let s = match &p {
                Param::Plain(a, _) => a.span,
                Param::VarArg(a, _, at) | Param::KwArg(a, _, at) => Span {
                    start: *at as u32,
                    end: a.span.end,
                },
                Param::BareStar(s) | Param::Slash(s) => *s,
            };
            return fail_at("arguments cannot follow var-keyword argument", s);
        }
        match p {
            Param::Slash(s) => {
                if slash_seen {
                    return fail_at("/ may appear only once", s);
                }
                if star_seen {
                    return fail_at("/ must be ahead of *", s);
                }
                if out.args.is_empty() {
                    return fail_at("at least one argument must precede /", s);
                }
                slash_seen = true;
                out.posonlyargs = std::mem::take(&mut out.args);
            }
            Param::BareStar(s) if star_seen => {
                return fail_at("* argument may appear only once", s);
            }
            Param::VarArg(_, default, at) if star_seen => {
                // CPython only recognises a second `*name` without a default.
                let msg = if default.is_some() {
                    "invalid syntax"
                } else {
                    "* argument may appear only once"
                };
                return fail(msg, at as u32, at as u32 + 1);
            }
            Param::BareStar(s) => {
                star_seen = true;
                pending_star = Some(s);
            }
            Param::VarArg(a, default, _) => {
                if let Some((at, _)) = default {
                    return fail(
                        "var-positional argument cannot have default value",
                        at as u32,
                        at as u32 + 1,
                    );
                }
                star_seen = true;
                out.vararg = Some(a);
            }
            Param::KwArg(a, default, at) => {
                if let Some((at, _)) = default {
                    return fail(
                        "var-keyword argument cannot have default value",
                        at as u32,
                        at as u32 + 1,
                    );
                }
                if let Some(s) = pending_star {
                    // CPython points a lambda's error at the token after `*,`.
                    let star = Span {
                        start: at as u32,
                        end: at as u32 + 2,
                    };
                    return bare_star_error(if lambda_colon.is_some() { star } else { s });
                }
                kwarg_seen = true;
                out.kwarg = Some(a);
            }
            Param::Plain(a, default) => {
                if star_seen {
                    pending_star = None;
                    out.kwonlyargs.push(a);
                    out.kw_defaults.push(default.map(|d| d.1));
                } else {
                    match default {
                        Some((_, d)) => out.defaults.push(d),
                        None if !out.defaults.is_empty() => {
                            return fail_at(
                                "non-default argument follows default argument",
                                a.span,
                            );
                        }
                        None => {}
                    }
                    out.args.push(a);
                }
            }
        }
    }
    if let Some(s) = pending_star {
        return bare_star_error(lambda_colon.map_or(s, |c| Span {
            start: c,
            end: c + 1,
        }));
    }
    Ok(out)
}

fn bare_star_error<T>(s: Span) -> PResult<T> {
    fail_at("named arguments must follow bare *", s)
}

/// Offset of the next non-whitespace character at or after `at`.
fn next_token(ctx: &Ctx, at: u32) -> u32 {
    let rest = ctx.src.get(at as usize..).unwrap_or("");
    at + (rest.len() - rest.trim_start().len()) as u32
}

pub fn param(
    name: String,
    annotation: Option<Expr>,
    default: Option<(usize, Expr)>,
    l: usize,
    r: usize,
) -> Param {
    Param::Plain(arg(name, annotation, l, r), default)
}

pub fn lambda(params: Vec<Param>, colon: usize, body: Expr, l: usize, r: usize) -> PResult<Expr> {
    let args = arguments(params, Some(colon as u32))?;
    Ok(ex(
        ExprKind::Lambda {
            args: Box::new(args),
            body: Box::new(body),
        },
        l,
        r,
    ))
}

// ---------------------------------------------------------------------------
// Expressions

pub fn tuple_or_single(mut v: Vec<Expr>, comma: bool, l: usize, r: usize) -> Expr {
    if v.len() == 1 && !comma {
        return v.pop().expect("one item");
    }
    ex(ExprKind::Tuple(v), l, r)
}

/// A subscript's slice: `a[*b]` is a one-element tuple, as in CPython.
pub fn subscript_list(v: Vec<Expr>, comma: bool, l: usize, r: usize) -> Expr {
    let star = v.len() == 1 && matches!(v[0].kind, ExprKind::Starred(_));
    tuple_or_single(v, comma || star, l, r)
}

pub fn starred(e: Expr, l: usize, r: usize) -> Expr {
    ex(ExprKind::Starred(Box::new(e)), l, r)
}

pub fn yield_expr(e: Option<Expr>, l: usize, r: usize) -> Expr {
    ex(ExprKind::Yield(e.map(Box::new)), l, r)
}

pub fn yield_from(e: Expr, l: usize, r: usize) -> Expr {
    ex(ExprKind::YieldFrom(Box::new(e)), l, r)
}

pub fn named_expr(target: Expr, value: Expr, l: usize, r: usize) -> PResult<Expr> {
    if !matches!(target.kind, ExprKind::Name(_)) {
        return fail_at(
            format!(
                "cannot use assignment expressions with {}",
                expr_name(&target)
            ),
            target.span,
        );
    }
    Ok(ex(
        ExprKind::NamedExpr {
            target: Box::new(target),
            value: Box::new(value),
        },
        l,
        r,
    ))
}

pub fn if_exp(test: Expr, body: Expr, orelse: Expr, l: usize, r: usize) -> Expr {
    ex(
        ExprKind::IfExp {
            test: Box::new(test),
            body: Box::new(body),
            orelse: Box::new(orelse),
        },
        l,
        r,
    )
}

pub fn bool_op(op: BoolOp, values: Vec<Expr>, l: usize, r: usize) -> Expr {
    ex(ExprKind::BoolOp { op, values }, l, r)
}

pub fn unary(op: UnaryOp, e: Expr, l: usize, r: usize) -> Expr {
    ex(
        ExprKind::UnaryOp {
            op,
            operand: Box::new(e),
        },
        l,
        r,
    )
}

pub fn compare(left: Expr, tail: Vec<(CmpOp, Expr)>, l: usize, r: usize) -> Expr {
    let (ops, comparators) = tail.into_iter().unzip();
    ex(
        ExprKind::Compare {
            left: Box::new(left),
            ops,
            comparators,
        },
        l,
        r,
    )
}

pub fn binop(left: Expr, op: BinOp, right: Expr, l: usize, r: usize) -> Expr {
    ex(
        ExprKind::BinOp {
            left: Box::new(left),
            op,
            right: Box::new(right),
        },
        l,
        r,
    )
}

/// A run of binary operators being parsed (CPython's `bitwise_or` down to `term`):
/// the tree so far, the precedences along its right spine of operator nodes (root
/// first; they strictly increase downwards, so at most six), and where the rightmost
/// operand's first token starts (a parenthesised operand's node starts after its `(`,
/// but a node built on it starts at the `(`).
pub struct Chain {
    expr: Expr,
    spine: [u8; 6],
    len: u8,
    leaf_start: u32,
}

fn precedence(op: BinOp) -> u8 {
    match op {
        BinOp::BitOr => 1,
        BinOp::BitXor => 2,
        BinOp::BitAnd => 3,
        BinOp::LShift | BinOp::RShift => 4,
        BinOp::Add | BinOp::Sub => 5,
        BinOp::Mult | BinOp::MatMult | BinOp::Div | BinOp::FloorDiv | BinOp::Mod => 6,
        BinOp::Pow => 7,
    }
}

pub fn chain_start(e: Expr, l: usize) -> Chain {
    Chain {
        expr: e,
        spine: [0; 6],
        len: 0,
        leaf_start: l as u32,
    }
}

/// Adds `op f` to the chain: the new node replaces the first subtree down the right spine
/// whose operator binds at least as tightly as `op` (all operators here are left-associative).
pub fn chain_push(mut c: Chain, op: BinOp, f: Expr, l: usize, r: usize) -> Chain {
    let p = precedence(op);
    let k = c.spine[..c.len as usize]
        .iter()
        .take_while(|&&q| q < p)
        .count();
    let mut node = &mut c.expr;
    for _ in 0..k {
        node.span.end = r as u32;
        node = match &mut node.kind {
            ExprKind::BinOp { right, .. } => right,
            _ => unreachable!("the spine is made of operator nodes"),
        };
    }
    let start = if k == c.len as usize {
        c.leaf_start
    } else {
        node.span.start
    };
    let placeholder = Expr::new(ExprKind::Constant(Constant::None), node.span);
    let sub = std::mem::replace(node, placeholder);
    *node = Expr::new(
        ExprKind::BinOp {
            left: Box::new(sub),
            op,
            right: Box::new(f),
        },
        Span {
            start,
            end: r as u32,
        },
    );
    c.spine[k] = p;
    c.len = k as u8 + 1;
    c.leaf_start = l as u32;
    c
}

pub fn chain_end(c: Chain) -> Expr {
    c.expr
}

pub fn await_expr(e: Expr, l: usize, r: usize) -> Expr {
    ex(ExprKind::Await(Box::new(e)), l, r)
}

pub fn subscript(value: Expr, slice: Expr, l: usize, r: usize) -> Expr {
    ex(
        ExprKind::Subscript {
            value: Box::new(value),
            slice: Box::new(slice),
        },
        l,
        r,
    )
}

pub fn attribute(value: Expr, attr: String, l: usize, r: usize) -> Expr {
    ex(
        ExprKind::Attribute {
            value: Box::new(value),
            attr,
        },
        l,
        r,
    )
}

pub fn name(n: String, l: usize, r: usize) -> Expr {
    ex(ExprKind::Name(n), l, r)
}

pub fn constant(c: Constant, l: usize, r: usize) -> Expr {
    ex(ExprKind::Constant(c), l, r)
}

pub fn slice(
    lower: Option<Expr>,
    upper: Option<Expr>,
    step: Option<Expr>,
    l: usize,
    r: usize,
) -> Expr {
    ex(
        ExprKind::Slice {
            lower: lower.map(Box::new),
            upper: upper.map(Box::new),
            step: step.map(Box::new),
        },
        l,
        r,
    )
}

/// `f(args)`: `pl` is the offset of the `(`, which a lone generator argument's span starts at.
pub fn call(
    ctx: &Ctx,
    func: Expr,
    items: Vec<ArgItem>,
    pl: usize,
    l: usize,
    r: usize,
) -> PResult<Expr> {
    let (args, keywords) = call_args(ctx, items, Some(span(pl, r)), r as u32 - 1)?;
    Ok(ex(
        ExprKind::Call {
            func: Box::new(func),
            args,
            keywords,
        },
        l,
        r,
    ))
}

/// A call's argument list; a lone generator argument may not have a trailing comma.
pub fn arg_list(v: Vec<ArgItem>, trailing: bool) -> PResult<Vec<ArgItem>> {
    if let (true, [ArgItem::Gen(_, _, s)]) = (trailing, v.as_slice()) {
        return fail_at("Generator expression must be parenthesized", *s);
    }
    Ok(v)
}

/// Splits call arguments into positional and keyword lists, checking their order.
/// `parens` is the span of the call's parentheses (None for class bases); `close` is the
/// offset of the closing parenthesis, where CPython reports misordered arguments.
pub fn call_args(
    ctx: &Ctx,
    items: Vec<ArgItem>,
    parens: Option<Span>,
    close: u32,
) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
    let n = items.len();
    let mut args = Vec::new();
    let mut keywords: Vec<Keyword> = Vec::new();
    let mut seen_kw = false;
    let mut seen_dstar = false;
    for item in items {
        match item {
            ArgItem::Pos(e) => {
                if seen_dstar {
                    return fail(
                        "positional argument follows keyword argument unpacking",
                        close,
                        close + 1,
                    );
                }
                if seen_kw {
                    return fail(
                        "positional argument follows keyword argument",
                        close,
                        close + 1,
                    );
                }
                args.push(e);
            }
            ArgItem::Gen(elt, generators, s) => {
                if parens.is_none() {
                    // Class bases have no generator form: CPython fails at the `for`.
                    let at = next_token(ctx, elt.span.end);
                    return fail("invalid syntax", at, at + 3);
                }
                if n != 1 {
                    let end = generators.last().map_or(s.end, |g| g.target.span.end);
                    return fail("Generator expression must be parenthesized", s.start, end);
                }
                check_comp_element(&elt)?;
                let s = parens.unwrap_or(s);
                args.push(Expr::new(
                    ExprKind::GeneratorExp {
                        elt: Box::new(elt),
                        generators,
                    },
                    s,
                ));
            }
            ArgItem::Kw(k, value, s) => {
                let k = *k;
                let ExprKind::Name(arg) = k.kind else {
                    if let ExprKind::Constant(Constant::True | Constant::False | Constant::None) =
                        k.kind
                    {
                        return fail_at(format!("cannot assign to {}", expr_name(&k)), s);
                    }
                    let eq = value.span.start; // the '=' lies between; CPython ends the range after it
                    let end = eq_end(k.span.end, eq);
                    return fail(
                        "expression cannot contain assignment, perhaps you meant \"==\"?",
                        k.span.start,
                        end,
                    );
                };
                seen_kw = true;
                keywords.push(Keyword {
                    arg: Some(arg),
                    value,
                    span: s,
                });
            }
            ArgItem::Star(e, s) => {
                if seen_dstar {
                    return fail_at(
                        "iterable argument unpacking follows keyword argument unpacking",
                        s,
                    );
                }
                args.push(Expr::new(ExprKind::Starred(Box::new(e)), s));
            }
            ArgItem::DoubleStar(e, s) => {
                seen_dstar = true;
                keywords.push(Keyword {
                    arg: None,
                    value: e,
                    span: s,
                });
            }
        }
    }
    Ok((args, keywords))
}

/// Where the `=` between a keyword's key (ending at `key_end`) and value ends: we only
/// know the value's start, so assume `k=v` or `k = v` spacing.
fn eq_end(key_end: u32, value_start: u32) -> u32 {
    (key_end + 1).min(value_start.max(key_end + 1))
}

fn check_comp_element(e: &Expr) -> PResult<()> {
    if matches!(e.kind, ExprKind::Starred(_)) {
        return fail_at("iterable unpacking cannot be used in comprehension", e.span);
    }
    Ok(())
}

pub fn comprehension(
    is_async: bool,
    target: Expr,
    iter: Expr,
    ifs: Vec<Expr>,
) -> PResult<Comprehension> {
    check_target(&target, TargetKind::For)?;
    Ok(Comprehension {
        target,
        iter,
        ifs,
        is_async,
    })
}

/// `( ... )`: a parenthesised expression keeps its own span; tuples and generators
/// include the parentheses.
pub fn paren_items(mut v: Vec<Expr>, comma: bool, l: usize, r: usize) -> PResult<Expr> {
    if v.len() == 1 && !comma {
        let e = v.pop().expect("one item");
        if matches!(e.kind, ExprKind::Starred(_)) {
            return fail_at("cannot use starred expression here", e.span);
        }
        return Ok(e);
    }
    Ok(tuple(v, l, r))
}

pub fn tuple(v: Vec<Expr>, l: usize, r: usize) -> Expr {
    ex(ExprKind::Tuple(v), l, r)
}

pub fn genexp(elt: Expr, generators: Vec<Comprehension>, l: usize, r: usize) -> PResult<Expr> {
    check_comp_element(&elt)?;
    Ok(ex(
        ExprKind::GeneratorExp {
            elt: Box::new(elt),
            generators,
        },
        l,
        r,
    ))
}

/// The expression a [`Group`] stands for when it was written between parentheses spanning `l..r`.
pub fn group_expr(g: Group, l: usize, r: usize) -> PResult<Expr> {
    match g {
        Group::Yield(y) => Ok(y),
        Group::Items(v, comma) => paren_items(v, comma, l, r),
        Group::Comp(elt, generators) => genexp(elt, generators, l, r),
    }
}

pub fn list(v: Vec<Expr>, l: usize, r: usize) -> Expr {
    ex(ExprKind::List(v), l, r)
}

pub fn listcomp(elt: Expr, generators: Vec<Comprehension>, l: usize, r: usize) -> PResult<Expr> {
    check_comp_element(&elt)?;
    Ok(ex(
        ExprKind::ListComp {
            elt: Box::new(elt),
            generators,
        },
        l,
        r,
    ))
}

pub fn brace(b: Option<Box<Brace>>, l: usize, r: usize) -> PResult<Expr> {
    let kind = match b.map(|b| *b) {
        None => ExprKind::Dict {
            keys: Vec::new(),
            values: Vec::new(),
        },
        Some(Brace::Set(v)) => ExprKind::Set(v),
        Some(Brace::SetComp(elt, generators)) => {
            check_comp_element(&elt)?;
            ExprKind::SetComp {
                elt: Box::new(elt),
                generators,
            }
        }
        Some(Brace::Dict(items)) => {
            let (keys, values) = items.into_iter().unzip();
            ExprKind::Dict { keys, values }
        }
        Some(Brace::DictComp(key, value, generators)) => ExprKind::DictComp {
            key: Box::new(key),
            value: Box::new(value),
            generators,
        },
    };
    Ok(ex(kind, l, r))
}

/// Adjacent string literals: all `str` (possibly f-strings) or all `bytes`.
pub fn strings(ctx: &Ctx, parts: Vec<StrPart>, l: usize, r: usize) -> PResult<Expr> {
    let n_bytes = parts
        .iter()
        .filter(|p| matches!(p, StrPart::Bytes(_)))
        .count();
    if n_bytes == parts.len() {
        let mut out = Vec::new();
        for p in parts {
            if let StrPart::Bytes(b) = p {
                out.extend(b);
            }
        }
        return Ok(constant(Constant::Bytes(out), l, r));
    }
    if n_bytes > 0 {
        return fail("cannot mix bytes and nonbytes literals", r as u32, r as u32);
    }
    if !parts.iter().any(|p| matches!(p, StrPart::F(..))) {
        let mut s = String::new();
        for p in parts {
            if let StrPart::Str(x) = p {
                s.push_str(&x);
            }
        }
        return Ok(constant(Constant::Str(s), l, r));
    }
    crate::parser::fstring::joined(ctx, parts, span(l, r))
}
