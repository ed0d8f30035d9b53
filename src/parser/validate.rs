//! Post-parse checks: the errors CPython raises from its symbol table and compiler rather
//! than its parser, with the same messages and positions.
//!
//! Two passes, in CPython's order: first the symbol-table checks over the whole module
//! (duplicate parameters, `global`/`nonlocal` misuse, `yield` in comprehensions,
//! `import *` in functions), then the compiler checks in source order (`return`/`break`/
//! `continue`/`yield`/`await` placement, starred expressions, repeated keywords,
//! `__debug__`, block nesting). Both recurse over the tree; the token layer has already
//! bounded its depth (see `tokens.rs`), so the recursion is safe.

use crate::ast::{Arguments, Comprehension, Expr, ExprKind, Keyword, Module, Stmt, StmtKind};
use crate::parser::error::{PError, SyntaxError};
use crate::source::{SourceFile, Span};
use hashbrown::{HashMap, HashSet};

/// CPython's `CO_MAXBLOCKS`: loops, `try` and `with` blocks nested in one function.
const MAX_BLOCKS: u32 = 20;

type Check = Result<(), PError>;

fn err(msg: impl Into<String>, s: Span) -> Check {
    Err(PError::new(msg, s.start, s.end))
}

pub fn check_module(m: &Module, src: &SourceFile) -> Result<(), SyntaxError> {
    let run = || -> Check {
        let mut sym = Symbols::default();
        sym.enter(ScopeKind::Module);
        sym.stmts(&m.body)?;
        sym.exit()?;
        let mut comp = Compiler::default();
        comp.stmts(&m.body)
    };
    run().map_err(|e| e.into_syntax_error(src))
}

pub fn check_expression(e: &Expr, src: &SourceFile) -> Result<(), SyntaxError> {
    let run = || -> Check {
        let mut sym = Symbols::default();
        sym.enter(ScopeKind::Module);
        sym.expr(e)?;
        sym.exit()?;
        let mut comp = Compiler::default();
        comp.value(e)
    };
    run().map_err(|e| e.into_syntax_error(src))
}

// ---------------------------------------------------------------------------
// Pass 1: the symbol table

#[derive(Clone, Copy, PartialEq, Eq)]
enum ScopeKind {
    Module,
    Function,
    Class,
    Comprehension(&'static str),
}

#[derive(Default)]
struct Scope<'a> {
    kind: Option<ScopeKind>,
    params: HashSet<&'a str>,
    bound: HashSet<&'a str>,
    used: HashSet<&'a str>,
    annotated: HashSet<&'a str>,
    globals: HashSet<&'a str>,
    nonlocal_names: HashSet<&'a str>,
    /// `nonlocal` declarations still looking for a binding in an enclosing function.
    pending: Vec<(&'a str, Span)>,
}

#[derive(Default)]
struct Symbols<'a> {
    scopes: Vec<Scope<'a>>,
    /// The first "no binding for nonlocal" found, reported after the visit.
    unresolved: Option<(&'a str, Span)>,
}

impl<'a> Symbols<'a> {
    fn enter(&mut self, kind: ScopeKind) {
        self.scopes.push(Scope {
            kind: Some(kind),
            ..Scope::default()
        });
    }

    fn cur(&mut self) -> &mut Scope<'a> {
        self.scopes.last_mut().expect("inside a scope")
    }

    fn kind(&self) -> ScopeKind {
        self.scopes
            .last()
            .and_then(|s| s.kind)
            .expect("inside a scope")
    }

    /// Leaves a scope, resolving the `nonlocal`s of its children against its bindings.
    fn exit(&mut self) -> Check {
        let s = self.scopes.pop().expect("inside a scope");
        let mut up = Vec::new();
        for (name, span) in s.pending {
            let binds = match s.kind {
                Some(ScopeKind::Function) => {
                    (s.bound.contains(name) && !s.globals.contains(name))
                        || s.nonlocal_names.contains(name)
                }
                // Methods see the class's implicit `__class__` cell.
                Some(ScopeKind::Class) => name == "__class__",
                _ => false,
            };
            if !binds {
                up.push((name, span));
            }
        }
        match self.scopes.last_mut() {
            Some(parent) => parent.pending.extend(up),
            None => {
                let first = up
                    .into_iter()
                    .chain(self.unresolved.take())
                    .min_by_key(|(_, s)| s.start);
                if let Some((name, span)) = first {
                    return err(format!("no binding for nonlocal '{name}' found"), span);
                }
            }
        }
        Ok(())
    }

    fn bind(&mut self, name: &'a str) {
        self.cur().bound.insert(name);
    }

    fn stmts(&mut self, body: &'a [Stmt]) -> Check {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn stmt(&mut self, s: &'a Stmt) -> Check {
        match &s.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                targets.iter().try_for_each(|t| self.target(t))
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value)?;
                if let ExprKind::Name(n) = &target.kind {
                    self.cur().used.insert(n.as_str());
                }
                self.target(target)
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                self.expr(annotation)?;
                if let Some(v) = value {
                    self.expr(v)?;
                }
                if let (ExprKind::Name(n), true) = (&target.kind, *simple) {
                    let sc = self.cur();
                    if sc.globals.contains(n.as_str()) || sc.nonlocal_names.contains(n.as_str()) {
                        let which = if sc.globals.contains(n.as_str()) {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        return err(format!("annotated name '{n}' can't be {which}"), s.span);
                    }
                    sc.annotated.insert(n.as_str());
                    if value.is_some() {
                        sc.bound.insert(n.as_str());
                    }
                    return Ok(());
                }
                self.target(target)
            }
            StmtKind::Delete(ts) => ts.iter().try_for_each(|t| self.target(t)),
            StmtKind::Return(v) => v.as_ref().map_or(Ok(()), |e| self.expr(e)),
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e)?;
                }
                cause.as_ref().map_or(Ok(()), |e| self.expr(e))
            }
            StmtKind::Global(names) => self.declare(names, s.span, "global"),
            StmtKind::Nonlocal(names) => {
                if self.kind() == ScopeKind::Module {
                    return err("nonlocal declaration not allowed at module level", s.span);
                }
                self.declare(names, s.span, "nonlocal")
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                msg.as_ref().map_or(Ok(()), |e| self.expr(e))
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let n = a
                        .asname
                        .as_deref()
                        .unwrap_or_else(|| a.name.split('.').next().unwrap_or(""));
                    self.bind(n);
                }
                Ok(())
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if a.name == "*" {
                        if self.kind() != ScopeKind::Module {
                            return err("import * only allowed at module level", a.span);
                        }
                        continue;
                    }
                    self.bind(a.asname.as_deref().unwrap_or(&a.name));
                }
                Ok(())
            }
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.expr(iter)?;
                self.target(target)?;
                self.stmts(body)?;
                self.stmts(orelse)
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.stmts(body)?;
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.bind(n);
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(orelse)?;
                self.stmts(finalbody)
            }
            StmtKind::With { items, body, .. } => {
                for i in items {
                    self.expr(&i.context_expr)?;
                    if let Some(v) = &i.optional_vars {
                        self.target(v)?;
                    }
                }
                self.stmts(body)
            }
            StmtKind::FunctionDef(f) => {
                f.decorators.iter().try_for_each(|d| self.expr(d))?;
                self.defaults(&f.args)?;
                self.annotations(&f.args)?;
                if let Some(r) = &f.returns {
                    self.expr(r)?;
                }
                self.bind(&f.name);
                self.enter(ScopeKind::Function);
                self.params(&f.args)?;
                self.stmts(&f.body)?;
                self.exit()
            }
            StmtKind::ClassDef(c) => {
                c.decorators.iter().try_for_each(|d| self.expr(d))?;
                c.bases.iter().try_for_each(|b| self.expr(b))?;
                c.keywords.iter().try_for_each(|k| self.expr(&k.value))?;
                self.bind(&c.name);
                self.enter(ScopeKind::Class);
                self.stmts(&c.body)?;
                self.exit()
            }
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => Ok(()),
        }
    }

    fn declare(&mut self, names: &'a [String], span: Span, what: &str) -> Check {
        for n in names {
            let sc = self.cur();
            let msg = if sc.params.contains(n.as_str()) {
                Some(format!("name '{n}' is parameter and {what}"))
            } else if sc.used.contains(n.as_str()) {
                Some(format!("name '{n}' is used prior to {what} declaration"))
            } else if sc.annotated.contains(n.as_str()) {
                Some(format!("annotated name '{n}' can't be {what}"))
            } else if sc.bound.contains(n.as_str()) {
                Some(format!(
                    "name '{n}' is assigned to before {what} declaration"
                ))
            } else {
                None
            };
            if let Some(m) = msg {
                return err(m, span);
            }
            if what == "global" {
                sc.globals.insert(n.as_str());
            } else {
                sc.nonlocal_names.insert(n.as_str());
                let entry = (n.as_str(), span);
                // The declaring scope cannot bind it for itself: resolve in the parent.
                let depth = self.scopes.len();
                if depth >= 2 {
                    self.scopes[depth - 2].pending.push(entry);
                }
            }
        }
        Ok(())
    }

    fn defaults(&mut self, a: &'a Arguments) -> Check {
        a.defaults.iter().try_for_each(|d| self.expr(d))?;
        a.kw_defaults
            .iter()
            .flatten()
            .try_for_each(|d| self.expr(d))
    }

    fn annotations(&mut self, a: &'a Arguments) -> Check {
        all_args(a)
            .filter_map(|x| x.annotation.as_ref())
            .try_for_each(|e| self.expr(e))
    }

    /// Binds parameters in the new scope, rejecting duplicates.
    fn params(&mut self, a: &'a Arguments) -> Check {
        for x in all_args(a) {
            if !self.cur().params.insert(x.name.as_str()) {
                return err(
                    format!("duplicate argument '{}' in function definition", x.name),
                    x.span,
                );
            }
            self.bind(&x.name);
        }
        Ok(())
    }

    fn target(&mut self, t: &'a Expr) -> Check {
        match &t.kind {
            ExprKind::Name(n) => {
                self.bind(n);
                Ok(())
            }
            ExprKind::Tuple(v) | ExprKind::List(v) => v.iter().try_for_each(|x| self.target(x)),
            ExprKind::Starred(x) => self.target(x),
            _ => self.expr(t),
        }
    }

    fn exprs(&mut self, v: &'a [Expr]) -> Check {
        v.iter().try_for_each(|e| self.expr(e))
    }

    fn expr(&mut self, e: &'a Expr) -> Check {
        match &e.kind {
            ExprKind::Name(n) => {
                self.cur().used.insert(n.as_str());
                Ok(())
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                if let ExprKind::Name(n) = &target.kind {
                    // A walrus in a comprehension binds in the enclosing function.
                    let idx = self
                        .scopes
                        .iter()
                        .rposition(|s| !matches!(s.kind, Some(ScopeKind::Comprehension(_))))
                        .unwrap_or(0);
                    self.scopes[idx].bound.insert(n.as_str());
                }
                Ok(())
            }
            ExprKind::Lambda { args, body } => {
                self.defaults(args)?;
                self.enter(ScopeKind::Function);
                self.params(args)?;
                self.expr(body)?;
                self.exit()
            }
            ExprKind::ListComp { elt, generators } => {
                self.comp("list comprehension", &[elt], generators)
            }
            ExprKind::SetComp { elt, generators } => {
                self.comp("set comprehension", &[elt], generators)
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comp("generator expression", &[elt], generators)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comp("dict comprehension", &[key, value], generators),
            ExprKind::Yield(v) => {
                if let ScopeKind::Comprehension(what) = self.kind() {
                    return err(format!("'yield' inside {what}"), e.span);
                }
                v.as_deref().map_or(Ok(()), |x| self.expr(x))
            }
            ExprKind::YieldFrom(v) => {
                if let ScopeKind::Comprehension(what) = self.kind() {
                    return err(format!("'yield' inside {what}"), e.span);
                }
                self.expr(v)
            }
            _ => for_each_child(e, |c| self.expr(c)),
        }
    }

    fn comp(&mut self, what: &'static str, elts: &[&'a Expr], gens: &'a [Comprehension]) -> Check {
        // The first iterable is evaluated in the enclosing scope.
        if let Some(g) = gens.first() {
            self.expr(&g.iter)?;
        }
        self.enter(ScopeKind::Comprehension(what));
        for (i, g) in gens.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter)?;
            }
            self.target(&g.target)?;
            self.exprs(&g.ifs)?;
        }
        elts.iter().try_for_each(|e| self.expr(e))?;
        self.exit()
    }
}

fn all_args(a: &Arguments) -> impl Iterator<Item = &crate::ast::Arg> {
    a.posonlyargs
        .iter()
        .chain(&a.args)
        .chain(&a.vararg)
        .chain(&a.kwonlyargs)
        .chain(&a.kwarg)
}

/// Calls `f` on every direct sub-expression of `e`, in source order.
fn for_each_child<'a>(e: &'a Expr, mut f: impl FnMut(&'a Expr) -> Check) -> Check {
    match &e.kind {
        ExprKind::BoolOp { values, .. } => values.iter().try_for_each(f),
        ExprKind::NamedExpr { target, value } => {
            f(target)?;
            f(value)
        }
        ExprKind::BinOp { left, right, .. } => {
            f(left)?;
            f(right)
        }
        ExprKind::UnaryOp { operand, .. } => f(operand),
        ExprKind::Lambda { args, body } => {
            args.defaults.iter().try_for_each(&mut f)?;
            args.kw_defaults.iter().flatten().try_for_each(&mut f)?;
            f(body)
        }
        ExprKind::IfExp { test, body, orelse } => {
            f(body)?;
            f(test)?;
            f(orelse)
        }
        ExprKind::Dict { keys, values } => {
            for (k, v) in keys.iter().zip(values) {
                if let Some(k) = k {
                    f(k)?;
                }
                f(v)?;
            }
            Ok(())
        }
        ExprKind::Set(v) | ExprKind::List(v) | ExprKind::Tuple(v) | ExprKind::JoinedStr(v) => {
            v.iter().try_for_each(f)
        }
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            comp_children(generators, &mut f)?;
            f(elt)
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            comp_children(generators, &mut f)?;
            f(key)?;
            f(value)
        }
        ExprKind::Await(x) | ExprKind::YieldFrom(x) | ExprKind::Starred(x) => f(x),
        ExprKind::Yield(x) => x.as_deref().map_or(Ok(()), f),
        ExprKind::Compare {
            left, comparators, ..
        } => {
            f(left)?;
            comparators.iter().try_for_each(f)
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            f(func)?;
            args.iter().try_for_each(&mut f)?;
            keywords.iter().try_for_each(|k| f(&k.value))
        }
        ExprKind::FormattedValue {
            value, format_spec, ..
        } => {
            f(value)?;
            format_spec.as_deref().map_or(Ok(()), f)
        }
        ExprKind::Attribute { value, .. } => f(value),
        ExprKind::Subscript { value, slice } => {
            f(value)?;
            f(slice)
        }
        ExprKind::Slice { lower, upper, step } => {
            for x in [lower, upper, step].into_iter().flatten() {
                f(x)?;
            }
            Ok(())
        }
        ExprKind::Constant(_) | ExprKind::Name(_) => Ok(()),
    }
}

fn comp_children<'a>(gens: &'a [Comprehension], f: &mut impl FnMut(&'a Expr) -> Check) -> Check {
    for g in gens {
        f(&g.iter)?;
        f(&g.target)?;
        g.ifs.iter().try_for_each(&mut *f)?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// Pass 2: the compiler

#[derive(Clone, Copy, Default)]
struct Unit {
    /// Inside a `def` or `lambda` (as opposed to module or class body).
    function: bool,
    is_async: bool,
    is_lambda: bool,
    /// An `async def` containing `yield` (computed for async functions only).
    generator: bool,
    /// Inside a comprehension's own scope.
    comprehension: bool,
    in_loop: bool,
    blocks: u32,
}

#[derive(Default)]
struct Compiler {
    unit: Unit,
}

impl Compiler {
    fn stmts(&mut self, body: &[Stmt]) -> Check {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    /// Runs `f` with one more block pushed, as the statement at `span` does.
    fn block(&mut self, n: u32, span: Span, f: impl FnOnce(&mut Self) -> Check) -> Check {
        let saved = self.unit.blocks;
        self.unit.blocks += n;
        if self.unit.blocks > MAX_BLOCKS {
            return err("too many statically nested blocks", span);
        }
        let r = f(self);
        self.unit.blocks = saved;
        r
    }

    fn loop_body(&mut self, span: Span, body: &[Stmt]) -> Check {
        let saved = self.unit.in_loop;
        self.unit.in_loop = true;
        let r = self.block(1, span, |c| c.stmts(body));
        self.unit.in_loop = saved;
        r
    }

    fn stmt(&mut self, s: &Stmt) -> Check {
        match &s.kind {
            StmtKind::Expr(e) => self.value(e),
            StmtKind::Assign { targets, value } => {
                self.value(value)?;
                targets.iter().try_for_each(|t| self.store(t, true))
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.value(value)?;
                self.store(target, true)
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                ..
            } => {
                if let Some(v) = value {
                    self.value(v)?;
                }
                self.store(target, true)?;
                self.value(annotation)
            }
            StmtKind::Delete(ts) => ts.iter().try_for_each(|t| self.delete(t)),
            StmtKind::Return(v) => {
                if !self.unit.function {
                    return err("'return' outside function", s.span);
                }
                if let Some(v) = v {
                    if self.unit.is_async && self.unit.generator {
                        return err("'return' with value in async generator", s.span);
                    }
                    self.value(v)?;
                }
                Ok(())
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.value(e)?;
                }
                cause.as_ref().map_or(Ok(()), |e| self.value(e))
            }
            StmtKind::Assert { test, msg } => {
                self.value(test)?;
                msg.as_ref().map_or(Ok(()), |e| self.value(e))
            }
            StmtKind::Break if !self.unit.in_loop => err("'break' outside loop", s.span),
            StmtKind::Continue if !self.unit.in_loop => {
                err("'continue' not properly in loop", s.span)
            }
            StmtKind::Pass
            | StmtKind::Break
            | StmtKind::Continue
            | StmtKind::Global(_)
            | StmtKind::Nonlocal(_) => Ok(()),
            StmtKind::Import(aliases) | StmtKind::ImportFrom { names: aliases, .. } => {
                if aliases
                    .iter()
                    .any(|a| a.asname.as_deref() == Some("__debug__"))
                {
                    return err("cannot assign to __debug__", s.span);
                }
                Ok(())
            }
            StmtKind::If { test, body, orelse } => {
                self.value(test)?;
                self.stmts(body)?;
                self.stmts(orelse)
            }
            StmtKind::While { test, body, orelse } => {
                self.value(test)?;
                self.loop_body(s.span, body)?;
                self.stmts(orelse)
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => {
                if *is_async && !self.unit.is_async {
                    return err("'async for' outside async function", s.span);
                }
                self.value(iter)?;
                self.block(1, s.span, |c| c.store(target, true))?;
                self.loop_body(s.span, body)?;
                self.stmts(orelse)
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                let outer = u32::from(!finalbody.is_empty());
                let inner = u32::from(!handlers.is_empty());
                self.block(outer + inner, s.span, |c| c.stmts(body))?;
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.value(t)?;
                    }
                    if h.name.as_deref() == Some("__debug__") {
                        return err("cannot assign to __debug__", h.span);
                    }
                    self.block(outer + 2, h.span, |c| c.stmts(&h.body))?;
                }
                self.block(outer, s.span, |c| c.stmts(orelse))?;
                self.block(outer, s.span, |c| c.stmts(finalbody))
            }
            StmtKind::With {
                items,
                body,
                is_async,
            } => {
                if *is_async && !self.unit.is_async {
                    return err("'async with' outside async function", s.span);
                }
                self.block(items.len() as u32, s.span, |c| {
                    for i in items {
                        c.value(&i.context_expr)?;
                        if let Some(v) = &i.optional_vars {
                            c.store(v, true)?;
                        }
                    }
                    c.stmts(body)
                })
            }
            StmtKind::FunctionDef(f) => {
                f.decorators.iter().try_for_each(|d| self.value(d))?;
                self.arguments(&f.args, s.span)?;
                if let Some(r) = &f.returns {
                    self.value(r)?;
                }
                if f.name == "__debug__" {
                    return err("cannot assign to __debug__", s.span);
                }
                let saved = self.unit;
                self.unit = Unit {
                    function: true,
                    is_async: f.is_async,
                    // Only needed for "'return' with value in async generator".
                    generator: f.is_async && body_yields(&f.body),
                    ..Unit::default()
                };
                let r = self.stmts(&f.body);
                self.unit = saved;
                r
            }
            StmtKind::ClassDef(c) => {
                c.decorators.iter().try_for_each(|d| self.value(d))?;
                c.bases.iter().try_for_each(|b| self.call_arg(b))?;
                self.keywords(&c.keywords, s.span)?;
                if c.name == "__debug__" {
                    return err("cannot assign to __debug__", s.span);
                }
                let saved = self.unit;
                self.unit = Unit::default();
                let r = self.stmts(&c.body);
                self.unit = saved;
                r
            }
        }
    }

    fn arguments(&mut self, a: &Arguments, at: Span) -> Check {
        a.defaults.iter().try_for_each(|d| self.value(d))?;
        a.kw_defaults
            .iter()
            .flatten()
            .try_for_each(|d| self.value(d))?;
        for x in all_args(a) {
            if x.name == "__debug__" {
                return err("cannot assign to __debug__", at);
            }
            if let Some(ann) = &x.annotation {
                // `*args: *Ts` (PEP 646) may star its annotation.
                let is_vararg = a.vararg.as_ref().is_some_and(|v| std::ptr::eq(v, x));
                if is_vararg {
                    self.call_arg(ann)?
                } else {
                    self.value(ann)?
                }
            }
        }
        Ok(())
    }

    fn keywords(&mut self, kws: &[Keyword], at: Span) -> Check {
        let mut seen: HashMap<&str, ()> = HashMap::new();
        for k in kws {
            if let Some(name) = &k.arg {
                if name == "__debug__" {
                    return err("cannot assign to __debug__", at);
                }
                if seen.insert(name, ()).is_some() {
                    return err(format!("keyword argument repeated: {name}"), k.span);
                }
            }
            self.value(&k.value)?;
        }
        Ok(())
    }

    /// An assignment target; `top` is false inside a tuple or list.
    fn store(&mut self, t: &Expr, top: bool) -> Check {
        match &t.kind {
            ExprKind::Name(n) if n == "__debug__" => err("cannot assign to __debug__", t.span),
            ExprKind::Name(_) => Ok(()),
            ExprKind::Attribute { value, attr } => {
                if attr == "__debug__" {
                    return err("cannot assign to __debug__", t.span);
                }
                self.value(value)
            }
            ExprKind::Subscript { value, slice } => {
                self.value(value)?;
                self.value(slice)
            }
            ExprKind::Starred(inner) => {
                if top {
                    return err(
                        "starred assignment target must be in a list or tuple",
                        t.span,
                    );
                }
                self.store(inner, false)
            }
            ExprKind::Tuple(v) | ExprKind::List(v) => {
                let stars = v
                    .iter()
                    .filter(|x| matches!(x.kind, ExprKind::Starred(_)))
                    .count();
                if stars > 1 {
                    return err("multiple starred expressions in assignment", t.span);
                }
                v.iter().try_for_each(|x| self.store(x, false))
            }
            _ => self.value(t),
        }
    }

    fn delete(&mut self, t: &Expr) -> Check {
        match &t.kind {
            ExprKind::Name(n) if n == "__debug__" => err("cannot delete __debug__", t.span),
            ExprKind::Tuple(v) | ExprKind::List(v) => v.iter().try_for_each(|x| self.delete(x)),
            _ => self.store(t, false),
        }
    }

    fn call_arg(&mut self, e: &Expr) -> Check {
        match &e.kind {
            ExprKind::Starred(x) => self.value(x),
            _ => self.value(e),
        }
    }

    /// Elements of a display or tuple, where `*x` is allowed.
    fn elements(&mut self, v: &[Expr]) -> Check {
        v.iter().try_for_each(|x| self.call_arg(x))
    }

    /// An expression whose value is used.
    fn value(&mut self, e: &Expr) -> Check {
        match &e.kind {
            ExprKind::Starred(_) => err("can't use starred expression here", e.span),
            ExprKind::Tuple(v) | ExprKind::List(v) | ExprKind::Set(v) => self.elements(v),
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.value(func)?;
                self.elements(args)?;
                self.keywords(keywords, e.span)
            }
            ExprKind::NamedExpr { target, value } => {
                self.value(value)?;
                self.store(target, true)
            }
            ExprKind::Lambda { args, body } => {
                self.arguments(args, e.span)?;
                let saved = self.unit;
                self.unit = Unit {
                    function: true,
                    is_lambda: true,
                    ..Unit::default()
                };
                let r = self.value(body);
                self.unit = saved;
                r
            }
            ExprKind::Yield(v) => {
                if !self.unit.function {
                    return err("'yield' outside function", e.span);
                }
                v.as_deref().map_or(Ok(()), |x| self.value(x))
            }
            ExprKind::YieldFrom(v) => {
                if !self.unit.function {
                    return err("'yield' outside function", e.span);
                }
                if self.unit.is_async {
                    return err("'yield from' inside async function", e.span);
                }
                self.value(v)
            }
            ExprKind::Await(v) => {
                if !self.unit.comprehension {
                    if !self.unit.function {
                        return err("'await' outside function", e.span);
                    }
                    if !self.unit.is_async {
                        return err("'await' outside async function", e.span);
                    }
                }
                self.value(v)
            }
            ExprKind::ListComp { elt, generators } | ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, &[elt], generators, false)
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, &[elt], generators, true)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, &[key, value], generators, false),
            ExprKind::Subscript { value, slice } => {
                self.value(value)?;
                self.value(slice)
            }
            _ => for_each_child(e, |c| self.value(c)),
        }
    }

    fn comprehension(
        &mut self,
        e: &Expr,
        elts: &[&Expr],
        gens: &[Comprehension],
        genexp: bool,
    ) -> Check {
        if let Some(g) = gens.first() {
            self.value(&g.iter)?;
        }
        let is_async = gens.iter().any(|g| g.is_async)
            || elts.iter().any(|x| expr_awaits(x))
            || gens_await(gens);
        if is_async && !genexp && !self.unit.is_async && !self.unit.comprehension {
            return err(
                "asynchronous comprehension outside of an asynchronous function",
                e.span,
            );
        }
        let saved = self.unit;
        self.unit = Unit {
            function: true,
            is_async: saved.is_async && !saved.is_lambda,
            comprehension: true,
            ..Unit::default()
        };
        let r = (|| {
            for (i, g) in gens.iter().enumerate() {
                if i > 0 {
                    self.value(&g.iter)?;
                }
                self.store(&g.target, true)?;
                g.ifs.iter().try_for_each(|x| self.value(x))?;
            }
            elts.iter().try_for_each(|x| self.value(x))
        })();
        self.unit = saved;
        r
    }
}

/// Does this function body contain `yield` (outside nested functions and classes)?
fn body_yields(body: &[Stmt]) -> bool {
    body.iter().any(stmt_yields)
}

fn stmt_yields(s: &Stmt) -> bool {
    let mut found = false;
    let mut visit = |e: &Expr| {
        found |= expr_yields(e);
    };
    match &s.kind {
        StmtKind::FunctionDef(_) | StmtKind::ClassDef(_) => return false,
        StmtKind::Expr(e) => visit(e),
        StmtKind::Assign { targets, value } => {
            targets.iter().for_each(&mut visit);
            visit(value);
        }
        StmtKind::AugAssign { target, value, .. } => {
            visit(target);
            visit(value);
        }
        StmtKind::AnnAssign { value, .. } => value.iter().for_each(visit),
        StmtKind::Return(v) => v.iter().for_each(visit),
        StmtKind::Raise { exc, cause } => exc.iter().chain(cause).for_each(visit),
        StmtKind::Assert { test, msg } => std::iter::once(test).chain(msg).for_each(visit),
        StmtKind::Delete(v) => v.iter().for_each(visit),
        StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
            visit(test);
            return found || body_yields(body) || body_yields(orelse);
        }
        StmtKind::For {
            iter, body, orelse, ..
        } => {
            visit(iter);
            return found || body_yields(body) || body_yields(orelse);
        }
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            return body_yields(body)
                || handlers.iter().any(|h| body_yields(&h.body))
                || body_yields(orelse)
                || body_yields(finalbody);
        }
        StmtKind::With { items, body, .. } => {
            items.iter().for_each(|i| visit(&i.context_expr));
            return found || body_yields(body);
        }
        _ => {}
    }
    found
}

/// Does `e` contain `yield` in its own scope (not inside lambdas or comprehensions)?
fn expr_yields(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => true,
        ExprKind::Lambda { .. } => false,
        ExprKind::ListComp { generators, .. }
        | ExprKind::SetComp { generators, .. }
        | ExprKind::GeneratorExp { generators, .. }
        | ExprKind::DictComp { generators, .. } => {
            generators.first().is_some_and(|g| expr_yields(&g.iter))
        }
        _ => {
            let mut found = false;
            let _ = for_each_child(e, |c| {
                found |= expr_yields(c);
                Ok(())
            });
            found
        }
    }
}

/// Does `e` contain `await` or an async comprehension in its own scope?
fn expr_awaits(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Await(_) => true,
        ExprKind::Lambda { .. } | ExprKind::GeneratorExp { .. } => false,
        ExprKind::ListComp { generators, .. }
        | ExprKind::SetComp { generators, .. }
        | ExprKind::DictComp { generators, .. }
            if generators.iter().any(|g| g.is_async) =>
        {
            true
        }
        _ => {
            let mut found = false;
            let _ = for_each_child(e, |c| {
                found |= expr_awaits(c);
                Ok(())
            });
            found
        }
    }
}

/// Awaits in a comprehension's own scope: conditions and all but the first iterable.
fn gens_await(gens: &[Comprehension]) -> bool {
    gens.iter()
        .enumerate()
        .any(|(i, g)| (i > 0 && expr_awaits(&g.iter)) || g.ifs.iter().any(expr_awaits))
}
