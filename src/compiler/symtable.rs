//! The symbol table: which scope each name belongs to (local, global, nonlocal, cell, free),
//! computed before code generation, in CPython's two passes (collect, then resolve).
//!
//! Scopes are keyed by the address of their AST node (`FunctionDef`, `ClassDef`, the
//! `Lambda`/comprehension `Expr`), which is stable while the tree is borrowed.

use crate::ast::*;
use crate::source::Span;
use hashbrown::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Comprehension,
}

/// Where a name lives, once resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameScope {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

const DEF_LOCAL: u8 = 1;
const DEF_PARAM: u8 = 2;
const DEF_GLOBAL: u8 = 4;
const DEF_NONLOCAL: u8 = 8;
const USE: u8 = 16;

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    /// Names in first-seen order with their flags.
    flags: Vec<(String, u8)>,
    index: HashMap<String, usize>,
    /// Parameter names in signature order.
    pub params: Vec<String>,
    pub children: Vec<usize>,
    pub parent: Option<usize>,
    pub is_generator: bool,
    /// Resolved scopes of every name.
    pub resolved: HashMap<String, NameScope>,
    /// Names that are cells here (captured by inner scopes), in order.
    pub cellvars: Vec<String>,
    /// Names that are free here, in order.
    pub freevars: Vec<String>,
    /// Class scope whose methods use `super`/`__class__`.
    pub needs_class_cell: bool,
    /// A function that uses `super` (so it needs the `__class__` free variable).
    pub uses_super: bool,
}

/// An error found while building the table (becomes a `SyntaxError`).
#[derive(Debug, Clone)]
pub struct SymError {
    pub msg: String,
    pub span: Span,
}

pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    pub by_node: HashMap<usize, usize>,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, parent: Option<usize>) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            flags: Vec::new(),
            index: HashMap::new(),
            params: Vec::new(),
            children: Vec::new(),
            parent,
            is_generator: false,
            resolved: HashMap::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            needs_class_cell: false,
            uses_super: false,
        }
    }

    fn add(&mut self, name: &str, flag: u8) {
        match self.index.get(name) {
            Some(&i) => self.flags[i].1 |= flag,
            None => {
                self.index.insert(name.to_string(), self.flags.len());
                self.flags.push((name.to_string(), flag));
            }
        }
    }

    fn flag(&self, name: &str) -> u8 {
        self.index.get(name).map(|&i| self.flags[i].1).unwrap_or(0)
    }

    pub fn scope_of(&self, name: &str) -> NameScope {
        if let Some(s) = self.resolved.get(name) {
            return *s;
        }
        match self.kind {
            ScopeKind::Module => NameScope::GlobalImplicit,
            ScopeKind::Class => NameScope::GlobalImplicit,
            _ => NameScope::GlobalImplicit,
        }
    }

    /// Local (fast) variables in order: parameters first, then other locals.
    pub fn local_names(&self) -> Vec<String> {
        let mut out = self.params.clone();
        for (n, _) in &self.flags {
            if !out.contains(n)
                && matches!(
                    self.resolved.get(n),
                    Some(NameScope::Local) | Some(NameScope::Cell)
                )
            {
                out.push(n.clone());
            }
        }
        out
    }
}

pub fn build(module: &Module) -> Result<SymbolTable, SymError> {
    let mut b = Builder {
        scopes: vec![Scope::new(ScopeKind::Module, "<module>", None)],
        by_node: HashMap::new(),
        cur: 0,
    };
    for s in &module.body {
        b.stmt(s)?;
    }
    let mut table = SymbolTable {
        scopes: b.scopes,
        by_node: b.by_node,
    };
    analyze(&mut table, 0, &[])?;
    Ok(table)
}

struct Builder {
    scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
    cur: usize,
}

impl Builder {
    fn scope(&mut self) -> &mut Scope {
        &mut self.scopes[self.cur]
    }

    fn push(&mut self, kind: ScopeKind, name: &str, node: usize) -> usize {
        let id = self.scopes.len();
        self.scopes.push(Scope::new(kind, name, Some(self.cur)));
        self.scopes[self.cur].children.push(id);
        self.by_node.insert(node, id);
        let prev = self.cur;
        self.cur = id;
        prev
    }

    fn def(&mut self, name: &str, span: Span) -> Result<(), SymError> {
        let f = self.scope().flag(name);
        if f & DEF_GLOBAL != 0 && self.scope().kind != ScopeKind::Module {
            // assignment to a declared global: fine
        }
        let _ = span;
        self.scope().add(name, DEF_LOCAL);
        Ok(())
    }

    fn use_name(&mut self, name: &str) {
        self.scope().add(name, USE);
    }

    fn stmts(&mut self, body: &[Stmt]) -> Result<(), SymError> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> Result<(), SymError> {
        match &s.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for t in targets {
                    self.target(t)?;
                }
                Ok(())
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value)?;
                if let ExprKind::Name(n) = &target.kind {
                    self.use_name(n);
                }
                self.target(target)
            }
            StmtKind::AnnAssign { target, value, .. } => {
                if let Some(v) = value {
                    self.expr(v)?;
                }
                self.target(target)
            }
            StmtKind::Delete(ts) => {
                for t in ts {
                    self.target(t)?;
                }
                Ok(())
            }
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => Ok(()),
            StmtKind::Return(v) => match v {
                Some(v) => self.expr(v),
                None => Ok(()),
            },
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e)?;
                }
                if let Some(c) = cause {
                    self.expr(c)?;
                }
                Ok(())
            }
            StmtKind::Global(names) => {
                for n in names {
                    let f = self.scope().flag(n);
                    if f & DEF_PARAM != 0 {
                        return Err(SymError {
                            msg: format!("name '{n}' is parameter and global"),
                            span: s.span,
                        });
                    }
                    if f & (DEF_LOCAL | USE) != 0 && self.scope().kind != ScopeKind::Module {
                        let what = if f & USE != 0 { "used" } else { "assigned to" };
                        return Err(SymError {
                            msg: format!("name '{n}' is {what} before global declaration"),
                            span: s.span,
                        });
                    }
                    self.scope().add(n, DEF_GLOBAL);
                }
                Ok(())
            }
            StmtKind::Nonlocal(names) => {
                if self.scope().kind == ScopeKind::Module {
                    return Err(SymError {
                        msg: "nonlocal declaration not allowed at module level".into(),
                        span: s.span,
                    });
                }
                for n in names {
                    let f = self.scope().flag(n);
                    if f & DEF_PARAM != 0 {
                        return Err(SymError {
                            msg: format!("name '{n}' is parameter and nonlocal"),
                            span: s.span,
                        });
                    }
                    if f & (DEF_LOCAL | USE) != 0 {
                        let what = if f & USE != 0 { "used" } else { "assigned to" };
                        return Err(SymError {
                            msg: format!("name '{n}' is {what} before nonlocal declaration"),
                            span: s.span,
                        });
                    }
                    self.scope().add(n, DEF_NONLOCAL);
                }
                Ok(())
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                if let Some(m) = msg {
                    self.expr(m)?;
                }
                Ok(())
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let bound = match &a.asname {
                        Some(n) => n.clone(),
                        None => a.name.split('.').next().unwrap_or("").to_string(),
                    };
                    self.def(&bound, a.span)?;
                }
                Ok(())
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if a.name == "*" {
                        continue;
                    }
                    let bound = a.asname.clone().unwrap_or_else(|| a.name.clone());
                    self.def(&bound, a.span)?;
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
                        self.def(n, h.span)?;
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(orelse)?;
                self.stmts(finalbody)
            }
            StmtKind::With { items, body, .. } => {
                for it in items {
                    self.expr(&it.context_expr)?;
                    if let Some(v) = &it.optional_vars {
                        self.target(v)?;
                    }
                }
                self.stmts(body)
            }
            StmtKind::FunctionDef(f) => {
                for d in &f.decorators {
                    self.expr(d)?;
                }
                self.arg_defaults(&f.args)?;
                self.def(&f.name, f.span)?;
                let prev = self.push(
                    ScopeKind::Function,
                    &f.name,
                    &**f as *const FunctionDef as usize,
                );
                self.params(&f.args, f.span)?;
                self.stmts(&f.body)?;
                self.cur = prev;
                Ok(())
            }
            StmtKind::ClassDef(c) => {
                for d in &c.decorators {
                    self.expr(d)?;
                }
                for b in &c.bases {
                    self.expr(b)?;
                }
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
                self.def(&c.name, c.span)?;
                let prev = self.push(ScopeKind::Class, &c.name, &**c as *const ClassDef as usize);
                self.stmts(&c.body)?;
                self.cur = prev;
                Ok(())
            }
        }
    }

    fn arg_defaults(&mut self, a: &Arguments) -> Result<(), SymError> {
        for d in &a.defaults {
            self.expr(d)?;
        }
        for d in a.kw_defaults.iter().flatten() {
            self.expr(d)?;
        }
        Ok(())
    }

    fn params(&mut self, a: &Arguments, span: Span) -> Result<(), SymError> {
        let mut names: Vec<&str> = Vec::new();
        for p in a.posonlyargs.iter().chain(&a.args).chain(&a.kwonlyargs) {
            names.push(&p.name);
        }
        // Order matches CodeUnit.varnames: positional, keyword-only, *args, **kwargs.
        let mut ordered: Vec<String> = a
            .posonlyargs
            .iter()
            .chain(&a.args)
            .map(|p| p.name.clone())
            .collect();
        ordered.extend(a.kwonlyargs.iter().map(|p| p.name.clone()));
        if let Some(v) = &a.vararg {
            ordered.push(v.name.clone());
        }
        if let Some(k) = &a.kwarg {
            ordered.push(k.name.clone());
        }
        for (i, n) in ordered.iter().enumerate() {
            if ordered[..i].contains(n) {
                return Err(SymError {
                    msg: format!("duplicate argument '{n}' in function definition"),
                    span,
                });
            }
            self.scope().add(n, DEF_PARAM | DEF_LOCAL);
        }
        self.scope().params = ordered;
        Ok(())
    }

    fn target(&mut self, t: &Expr) -> Result<(), SymError> {
        match &t.kind {
            ExprKind::Name(n) => self.def(n, t.span),
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.target(i)?;
                }
                Ok(())
            }
            ExprKind::Starred(inner) => self.target(inner),
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)
            }
            _ => self.expr(t),
        }
    }

    fn exprs(&mut self, es: &[Expr]) -> Result<(), SymError> {
        for e in es {
            self.expr(e)?;
        }
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> Result<(), SymError> {
        match &e.kind {
            ExprKind::BoolOp { values, .. } => self.exprs(values),
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                if let ExprKind::Name(n) = &target.kind {
                    // Bind in the nearest enclosing non-comprehension scope.
                    let mut s = self.cur;
                    while self.scopes[s].kind == ScopeKind::Comprehension {
                        let n2 = n.clone();
                        let parent = self.scopes[s].parent.unwrap_or(0);
                        let pk = self.scopes[parent].kind;
                        if pk == ScopeKind::Class {
                            return Err(SymError {
                                msg: "assignment expression within a comprehension cannot be used in a class body".into(),
                                span: e.span,
                            });
                        }
                        let flag = if pk == ScopeKind::Module {
                            DEF_GLOBAL
                        } else {
                            DEF_NONLOCAL
                        };
                        self.scopes[s].add(&n2, flag);
                        s = parent;
                    }
                    self.scopes[s].add(n, DEF_LOCAL);
                }
                Ok(())
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::Lambda { args, body } => {
                self.arg_defaults(args)?;
                let prev = self.push(ScopeKind::Function, "<lambda>", e as *const Expr as usize);
                self.params(args, e.span)?;
                self.expr(body)?;
                self.cur = prev;
                Ok(())
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)
            }
            ExprKind::Dict { keys, values } => {
                for k in keys.iter().flatten() {
                    self.expr(k)?;
                }
                self.exprs(values)
            }
            ExprKind::Set(items) | ExprKind::List(items) | ExprKind::Tuple(items) => {
                self.exprs(items)
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, "<listcomp>", &[elt], generators)
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, "<setcomp>", &[elt], generators)
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, "<genexpr>", &[elt], generators)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, "<dictcomp>", &[key, value], generators),
            ExprKind::Await(v) => self.expr(v),
            ExprKind::Yield(v) => {
                self.mark_generator(e.span)?;
                if let Some(v) = v {
                    self.expr(v)?;
                }
                Ok(())
            }
            ExprKind::YieldFrom(v) => {
                self.mark_generator(e.span)?;
                self.expr(v)
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left)?;
                self.exprs(comparators)
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func)?;
                if let ExprKind::Name(n) = &func.kind
                    && n == "super"
                    && args.is_empty()
                    && keywords.is_empty()
                    && self.scope().kind == ScopeKind::Function
                {
                    self.scope().uses_super = true;
                    self.scope().add("__class__", USE);
                }
                self.exprs(args)?;
                for k in keywords {
                    self.expr(&k.value)?;
                }
                Ok(())
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.expr(value)?;
                if let Some(s) = format_spec {
                    self.expr(s)?;
                }
                Ok(())
            }
            ExprKind::JoinedStr(parts) => self.exprs(parts),
            ExprKind::Constant(_) => Ok(()),
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)
            }
            ExprKind::Starred(v) => self.expr(v),
            ExprKind::Name(n) => {
                self.use_name(n);
                if n == "__class__" && self.scope().kind == ScopeKind::Function {
                    self.scope().uses_super = true;
                }
                Ok(())
            }
            ExprKind::Slice { lower, upper, step } => {
                for p in [lower, upper, step].into_iter().flatten() {
                    self.expr(p)?;
                }
                Ok(())
            }
        }
    }

    fn mark_generator(&mut self, span: Span) -> Result<(), SymError> {
        match self.scope().kind {
            ScopeKind::Function => {
                self.scope().is_generator = true;
                Ok(())
            }
            ScopeKind::Comprehension => Err(SymError {
                msg: "'yield' inside list comprehension".into(),
                span,
            }),
            _ => Err(SymError {
                msg: "'yield' outside function".into(),
                span,
            }),
        }
    }

    fn comprehension(
        &mut self,
        e: &Expr,
        name: &str,
        elts: &[&Expr],
        gens: &[Comprehension],
    ) -> Result<(), SymError> {
        // The first iterable is evaluated in the enclosing scope.
        self.expr(&gens[0].iter)?;
        let prev = self.push(ScopeKind::Comprehension, name, e as *const Expr as usize);
        if name == "<genexpr>" {
            self.scope().is_generator = true;
        }
        self.scope().add(".0", DEF_PARAM | DEF_LOCAL);
        self.scope().params = vec![".0".to_string()];
        for (i, g) in gens.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter)?;
            }
            self.target(&g.target)?;
            for c in &g.ifs {
                self.expr(c)?;
            }
        }
        for el in elts {
            self.expr(el)?;
        }
        self.cur = prev;
        Ok(())
    }
}

/// Resolve every scope. `enclosing` holds names bound in enclosing function scopes.
fn analyze(t: &mut SymbolTable, id: usize, enclosing: &[String]) -> Result<Vec<String>, SymError> {
    let kind = t.scopes[id].kind;
    let flags = t.scopes[id].flags.clone();
    let mut resolved = HashMap::new();
    for (name, f) in &flags {
        let s = if f & DEF_GLOBAL != 0 {
            NameScope::GlobalExplicit
        } else if f & DEF_NONLOCAL != 0 {
            if !enclosing.contains(name) {
                return Err(SymError {
                    msg: format!("no binding for nonlocal '{name}' found"),
                    span: Span::default(),
                });
            }
            NameScope::Free
        } else if kind == ScopeKind::Module {
            NameScope::GlobalImplicit
        } else if f & (DEF_LOCAL | DEF_PARAM) != 0 {
            NameScope::Local
        } else if enclosing.contains(name) {
            NameScope::Free
        } else {
            NameScope::GlobalImplicit
        };
        resolved.insert(name.clone(), s);
    }
    // `__class__` for methods using super(): free if an enclosing class provides it.
    if kind != ScopeKind::Module
        && resolved.get("__class__") == Some(&NameScope::GlobalImplicit)
        && enclosing.iter().any(|n| n == "__class__")
    {
        resolved.insert("__class__".into(), NameScope::Free);
    }
    // Names visible to children.
    let mut child_env: Vec<String> = match kind {
        ScopeKind::Module => Vec::new(),
        ScopeKind::Class => {
            let mut v = enclosing.to_vec();
            v.push("__class__".into());
            v
        }
        _ => {
            let mut v = enclosing.to_vec();
            for (n, s) in &resolved {
                if matches!(s, NameScope::Local | NameScope::Free) && !v.contains(n) {
                    v.push(n.clone());
                }
            }
            v
        }
    };
    child_env.sort();
    child_env.dedup();
    let children = t.scopes[id].children.clone();
    let mut child_free: Vec<String> = Vec::new();
    for c in children {
        for f in analyze(t, c, &child_env)? {
            if !child_free.contains(&f) {
                child_free.push(f);
            }
        }
    }
    let scope = &mut t.scopes[id];
    let mut cellvars = Vec::new();
    let mut freevars: Vec<String> = Vec::new();
    for f in &child_free {
        if kind == ScopeKind::Class && f == "__class__" {
            scope.needs_class_cell = true;
            if !cellvars.contains(f) {
                cellvars.push(f.clone());
            }
            continue;
        }
        match resolved.get(f) {
            Some(NameScope::Local) if kind != ScopeKind::Class => {
                resolved.insert(f.clone(), NameScope::Cell);
                cellvars.push(f.clone());
            }
            Some(NameScope::Free) | Some(NameScope::Cell) => {}
            _ => {
                if kind == ScopeKind::Module {
                    continue;
                }
                if kind == ScopeKind::Class {
                    // Passes through the class scope to the methods.
                    if !freevars.contains(f) {
                        freevars.push(f.clone());
                    }
                    continue;
                }
                resolved.insert(f.clone(), NameScope::Free);
            }
        }
    }
    for (n, s) in &resolved {
        if *s == NameScope::Free && !freevars.contains(n) {
            freevars.push(n.clone());
        }
    }
    // Deterministic order: cells in first-seen order, free vars sorted.
    cellvars.sort_by_key(|n| scope.index.get(n).copied().unwrap_or(usize::MAX));
    freevars.sort();
    scope.resolved = resolved;
    scope.cellvars = cellvars;
    scope.freevars = freevars.clone();
    Ok(freevars)
}
