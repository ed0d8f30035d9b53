//! Prints an AST exactly as CPython's `ast.dump(tree)` does (no attributes), so our trees
//! can be diffed against CPython's: the load/store/del contexts our AST leaves out are
//! re-derived from position.

use crate::ast::*;
use crate::source::{SourceFile, Span};
use std::fmt::Write;

/// `ast.dump(ast.parse(src))` for our tree.
pub fn dump_module(m: &Module) -> String {
    let mut d = Dumper(String::new(), None);
    d.0.push_str("Module(body=");
    d.stmts(&m.body);
    d.0.push_str(", type_ignores=[])");
    d.0
}

/// `ast.dump(ast.parse(src, mode="eval").body)` for one expression.
pub fn dump_expr(e: &Expr) -> String {
    let mut d = Dumper(String::new(), None);
    d.expr(e, Ctx::Load);
    d.0
}

#[derive(Clone, Copy)]
enum Ctx {
    Load,
    Store,
    Del,
}

/// `ast.dump(ast.parse(src), include_attributes=True)`: with every node's position.
pub fn dump_module_with_positions(m: &Module, src: &SourceFile) -> String {
    let mut d = Dumper(String::new(), Some(src));
    d.0.push_str("Module(body=");
    d.stmts(&m.body);
    d.0.push_str(", type_ignores=[])");
    d.0
}

struct Dumper<'s>(String, Option<&'s SourceFile>);

/// Python's `repr` of a `str`.
pub fn py_str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if printable(c) => out.push(c),
            c if (c as u32) < 0x100 => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c if (c as u32) < 0x10000 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => {
                let _ = write!(out, "\\U{:08x}", c as u32);
            }
        }
    }
    out.push(quote);
    out
}

/// An approximation of `str.isprintable` for one character.
fn printable(c: char) -> bool {
    let u = c as u32;
    if u < 0x20 || (0x7f..0xa1).contains(&u) || u == 0xad {
        return false;
    }
    // Separators and format characters Python escapes.
    !matches!(u, 0x2028 | 0x2029 | 0x200b..=0x200f | 0x202a..=0x202e | 0x2060..=0x206f | 0xfeff | 0xd800..=0xdfff)
        && !matches!(u, 0xe000..=0xf8ff | 0xfdd0..=0xfdef | 0xfff0..=0xfffb | 0xf0000..)
        && (u & 0xfffe) != 0xfffe
        && !(0x2000..=0x200a).contains(&u)
        && u != 0x3000
        && u != 0x1680
        && u != 0x205f
        && u != 0x202f
}

/// Python's `repr` of a `bytes`.
pub fn py_bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from("b");
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => {
                let _ = write!(out, "\\x{c:02x}");
            }
        }
    }
    out.push(quote);
    out
}

/// Python's `repr` of a `float`.
pub fn py_float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf" } else { "-inf" }.into();
    }
    // Shortest round-trip digits, then Python's choice of notation.
    let s = format!("{:e}", f);
    let (mant, exp) = s.split_once('e').expect("exponent form");
    let exp: i32 = exp.parse().expect("exponent");
    let (neg, mant) = mant.strip_prefix('-').map_or((false, mant), |m| (true, m));
    let digits: String = mant.chars().filter(|c| *c != '.').collect();
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    if (-4..16).contains(&exp) {
        if exp < 0 {
            out.push_str("0.");
            out.push_str(&"0".repeat((-exp - 1) as usize));
            out.push_str(&digits);
        } else {
            let point = exp as usize + 1;
            if digits.len() <= point {
                out.push_str(&digits);
                out.push_str(&"0".repeat(point - digits.len()));
                out.push_str(".0");
            } else {
                out.push_str(&digits[..point]);
                out.push('.');
                out.push_str(&digits[point..]);
            }
        }
    } else {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        let _ = write!(out, "e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs());
    }
    out
}

fn binop(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "Add()",
        BinOp::Sub => "Sub()",
        BinOp::Mult => "Mult()",
        BinOp::MatMult => "MatMult()",
        BinOp::Div => "Div()",
        BinOp::FloorDiv => "FloorDiv()",
        BinOp::Mod => "Mod()",
        BinOp::Pow => "Pow()",
        BinOp::LShift => "LShift()",
        BinOp::RShift => "RShift()",
        BinOp::BitOr => "BitOr()",
        BinOp::BitXor => "BitXor()",
        BinOp::BitAnd => "BitAnd()",
    }
}

fn cmpop(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "Eq()",
        CmpOp::NotEq => "NotEq()",
        CmpOp::Lt => "Lt()",
        CmpOp::LtE => "LtE()",
        CmpOp::Gt => "Gt()",
        CmpOp::GtE => "GtE()",
        CmpOp::Is => "Is()",
        CmpOp::IsNot => "IsNot()",
        CmpOp::In => "In()",
        CmpOp::NotIn => "NotIn()",
    }
}

impl Dumper<'_> {
    fn s(&mut self, s: &str) {
        self.0.push_str(s);
    }

    /// Adds CPython's position attributes inside the node just written.
    fn pos(&mut self, sp: Span) {
        let Some(src) = self.1 else { return };
        let at = |o: u32| {
            let line = src.line_of(o);
            let start = src.text[..o as usize].rfind('\n').map_or(0, |p| p + 1);
            (line, o as usize - start)
        };
        let (l, c) = at(sp.start);
        let (el, ec) = at(sp.end);
        debug_assert!(self.0.ends_with(')'));
        self.0.pop();
        let sep = if self.0.ends_with('(') { "" } else { ", " };
        let _ = write!(
            self.0,
            "{sep}lineno={l}, col_offset={c}, end_lineno={el}, end_col_offset={ec})"
        );
    }

    fn list<T>(&mut self, items: &[T], mut f: impl FnMut(&mut Self, &T)) {
        self.s("[");
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                self.s(", ");
            }
            f(self, x);
        }
        self.s("]");
    }

    fn stmts(&mut self, v: &[Stmt]) {
        self.list(v, |d, s| d.stmt(s));
    }

    fn exprs(&mut self, v: &[Expr], ctx: Ctx) {
        self.list(v, |d, e| d.expr(e, ctx));
    }

    fn opt_field(&mut self, name: &str, e: &Option<Expr>) {
        if let Some(e) = e {
            let _ = write!(self.0, ", {name}=");
            self.expr(e, Ctx::Load);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        self.stmt_fields(s);
        self.pos(s.span);
    }

    fn stmt_fields(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Expr(e) => {
                self.s("Expr(value=");
                self.expr(e, Ctx::Load);
                self.s(")");
            }
            StmtKind::Assign { targets, value } => {
                self.s("Assign(targets=");
                self.exprs(targets, Ctx::Store);
                self.s(", value=");
                self.expr(value, Ctx::Load);
                self.s(")");
            }
            StmtKind::AugAssign { target, op, value } => {
                self.s("AugAssign(target=");
                self.expr(target, Ctx::Store);
                let _ = write!(self.0, ", op={}, value=", binop(*op));
                self.expr(value, Ctx::Load);
                self.s(")");
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                self.s("AnnAssign(target=");
                self.expr(target, Ctx::Store);
                self.s(", annotation=");
                self.expr(annotation, Ctx::Load);
                self.opt_field("value", value);
                let _ = write!(self.0, ", simple={})", u8::from(*simple));
            }
            StmtKind::Delete(v) => {
                self.s("Delete(targets=");
                self.exprs(v, Ctx::Del);
                self.s(")");
            }
            StmtKind::Pass => self.s("Pass()"),
            StmtKind::Break => self.s("Break()"),
            StmtKind::Continue => self.s("Continue()"),
            StmtKind::Return(v) => {
                self.s("Return(");
                if let Some(v) = v {
                    self.s("value=");
                    self.expr(v, Ctx::Load);
                }
                self.s(")");
            }
            StmtKind::Raise { exc, cause } => {
                self.s("Raise(");
                let mut sep = "";
                if let Some(e) = exc {
                    self.s("exc=");
                    self.expr(e, Ctx::Load);
                    sep = ", ";
                }
                if let Some(c) = cause {
                    let _ = write!(self.0, "{sep}cause=");
                    self.expr(c, Ctx::Load);
                }
                self.s(")");
            }
            StmtKind::Global(names) | StmtKind::Nonlocal(names) => {
                let kind = if matches!(s.kind, StmtKind::Global(_)) {
                    "Global"
                } else {
                    "Nonlocal"
                };
                let _ = write!(self.0, "{kind}(names=");
                self.list(names, |d, n| d.s(&py_str_repr(n)));
                self.s(")");
            }
            StmtKind::Assert { test, msg } => {
                self.s("Assert(test=");
                self.expr(test, Ctx::Load);
                self.opt_field("msg", msg);
                self.s(")");
            }
            StmtKind::Import(names) => {
                self.s("Import(names=");
                self.list(names, |d, a| d.alias(a));
                self.s(")");
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                self.s("ImportFrom(");
                if let Some(m) = module {
                    let _ = write!(self.0, "module={}, ", py_str_repr(m));
                }
                self.s("names=");
                self.list(names, |d, a| d.alias(a));
                let _ = write!(self.0, ", level={level})");
            }
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                let kind = if matches!(s.kind, StmtKind::If { .. }) {
                    "If"
                } else {
                    "While"
                };
                let _ = write!(self.0, "{kind}(test=");
                self.expr(test, Ctx::Load);
                self.s(", body=");
                self.stmts(body);
                self.s(", orelse=");
                self.stmts(orelse);
                self.s(")");
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => {
                self.s(if *is_async {
                    "AsyncFor(target="
                } else {
                    "For(target="
                });
                self.expr(target, Ctx::Store);
                self.s(", iter=");
                self.expr(iter, Ctx::Load);
                self.s(", body=");
                self.stmts(body);
                self.s(", orelse=");
                self.stmts(orelse);
                self.s(")");
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.s("Try(body=");
                self.stmts(body);
                self.s(", handlers=");
                self.list(handlers, |d, h| {
                    d.s("ExceptHandler(");
                    if let Some(t) = &h.typ {
                        d.s("type=");
                        d.expr(t, Ctx::Load);
                        d.s(", ");
                    }
                    if let Some(n) = &h.name {
                        let _ = write!(d.0, "name={}, ", py_str_repr(n));
                    }
                    d.s("body=");
                    d.stmts(&h.body);
                    d.s(")");
                    d.pos(h.span);
                });
                self.s(", orelse=");
                self.stmts(orelse);
                self.s(", finalbody=");
                self.stmts(finalbody);
                self.s(")");
            }
            StmtKind::With {
                items,
                body,
                is_async,
            } => {
                self.s(if *is_async {
                    "AsyncWith(items="
                } else {
                    "With(items="
                });
                self.list(items, |d, i| {
                    d.s("withitem(context_expr=");
                    d.expr(&i.context_expr, Ctx::Load);
                    if let Some(v) = &i.optional_vars {
                        d.s(", optional_vars=");
                        d.expr(v, Ctx::Store);
                    }
                    d.s(")");
                });
                self.s(", body=");
                self.stmts(body);
                self.s(")");
            }
            StmtKind::FunctionDef(f) => {
                let kind = if f.is_async {
                    "AsyncFunctionDef"
                } else {
                    "FunctionDef"
                };
                let _ = write!(self.0, "{kind}(name={}, args=", py_str_repr(&f.name));
                self.arguments(&f.args);
                self.s(", body=");
                self.stmts(&f.body);
                self.s(", decorator_list=");
                self.exprs(&f.decorators, Ctx::Load);
                self.opt_field("returns", &f.returns);
                self.s(")");
            }
            StmtKind::ClassDef(c) => {
                let _ = write!(self.0, "ClassDef(name={}, bases=", py_str_repr(&c.name));
                self.exprs(&c.bases, Ctx::Load);
                self.s(", keywords=");
                self.list(&c.keywords, |d, k| d.keyword(k));
                self.s(", body=");
                self.stmts(&c.body);
                self.s(", decorator_list=");
                self.exprs(&c.decorators, Ctx::Load);
                self.s(")");
            }
        }
    }

    fn alias(&mut self, a: &Alias) {
        let _ = write!(self.0, "alias(name={}", py_str_repr(&a.name));
        if let Some(n) = &a.asname {
            let _ = write!(self.0, ", asname={}", py_str_repr(n));
        }
        self.s(")");
        self.pos(a.span);
    }

    fn keyword(&mut self, k: &Keyword) {
        self.s("keyword(");
        if let Some(a) = &k.arg {
            let _ = write!(self.0, "arg={}, ", py_str_repr(a));
        }
        self.s("value=");
        self.expr(&k.value, Ctx::Load);
        self.s(")");
        self.pos(k.span);
    }

    fn arg(&mut self, a: &Arg) {
        let _ = write!(self.0, "arg(arg={}", py_str_repr(&a.name));
        self.opt_field("annotation", &a.annotation);
        self.s(")");
        self.pos(a.span);
    }

    fn arguments(&mut self, a: &Arguments) {
        self.s("arguments(posonlyargs=");
        self.list(&a.posonlyargs, |d, x| d.arg(x));
        self.s(", args=");
        self.list(&a.args, |d, x| d.arg(x));
        if let Some(v) = &a.vararg {
            self.s(", vararg=");
            self.arg(v);
        }
        self.s(", kwonlyargs=");
        self.list(&a.kwonlyargs, |d, x| d.arg(x));
        self.s(", kw_defaults=");
        self.list(&a.kw_defaults, |d, x| match x {
            Some(e) => d.expr(e, Ctx::Load),
            None => d.s("None"),
        });
        if let Some(k) = &a.kwarg {
            self.s(", kwarg=");
            self.arg(k);
        }
        self.s(", defaults=");
        self.exprs(&a.defaults, Ctx::Load);
        self.s(")");
    }

    fn comprehensions(&mut self, gens: &[Comprehension]) {
        self.list(gens, |d, g| {
            d.s("comprehension(target=");
            d.expr(&g.target, Ctx::Store);
            d.s(", iter=");
            d.expr(&g.iter, Ctx::Load);
            d.s(", ifs=");
            d.exprs(&g.ifs, Ctx::Load);
            let _ = write!(d.0, ", is_async={})", u8::from(g.is_async));
        });
    }

    fn ctx(&mut self, ctx: Ctx) {
        self.s(match ctx {
            Ctx::Load => ", ctx=Load())",
            Ctx::Store => ", ctx=Store())",
            Ctx::Del => ", ctx=Del())",
        });
    }

    fn expr(&mut self, e: &Expr, ctx: Ctx) {
        self.expr_fields(e, ctx);
        self.pos(e.span);
    }

    fn expr_fields(&mut self, e: &Expr, ctx: Ctx) {
        match &e.kind {
            ExprKind::BoolOp { op, values } => {
                let op = if *op == BoolOp::And { "And()" } else { "Or()" };
                let _ = write!(self.0, "BoolOp(op={op}, values=");
                self.exprs(values, Ctx::Load);
                self.s(")");
            }
            ExprKind::NamedExpr { target, value } => {
                self.s("NamedExpr(target=");
                self.expr(target, Ctx::Store);
                self.s(", value=");
                self.expr(value, Ctx::Load);
                self.s(")");
            }
            ExprKind::BinOp { left, op, right } => {
                self.s("BinOp(left=");
                self.expr(left, Ctx::Load);
                let _ = write!(self.0, ", op={}, right=", binop(*op));
                self.expr(right, Ctx::Load);
                self.s(")");
            }
            ExprKind::UnaryOp { op, operand } => {
                let op = match op {
                    UnaryOp::Invert => "Invert()",
                    UnaryOp::Not => "Not()",
                    UnaryOp::UAdd => "UAdd()",
                    UnaryOp::USub => "USub()",
                };
                let _ = write!(self.0, "UnaryOp(op={op}, operand=");
                self.expr(operand, Ctx::Load);
                self.s(")");
            }
            ExprKind::Lambda { args, body } => {
                self.s("Lambda(args=");
                self.arguments(args);
                self.s(", body=");
                self.expr(body, Ctx::Load);
                self.s(")");
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.s("IfExp(test=");
                self.expr(test, Ctx::Load);
                self.s(", body=");
                self.expr(body, Ctx::Load);
                self.s(", orelse=");
                self.expr(orelse, Ctx::Load);
                self.s(")");
            }
            ExprKind::Dict { keys, values } => {
                self.s("Dict(keys=");
                self.list(keys, |d, k| match k {
                    Some(k) => d.expr(k, Ctx::Load),
                    None => d.s("None"),
                });
                self.s(", values=");
                self.exprs(values, Ctx::Load);
                self.s(")");
            }
            ExprKind::Set(v) => {
                self.s("Set(elts=");
                self.exprs(v, Ctx::Load);
                self.s(")");
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                let kind = match &e.kind {
                    ExprKind::ListComp { .. } => "ListComp",
                    ExprKind::SetComp { .. } => "SetComp",
                    _ => "GeneratorExp",
                };
                let _ = write!(self.0, "{kind}(elt=");
                self.expr(elt, Ctx::Load);
                self.s(", generators=");
                self.comprehensions(generators);
                self.s(")");
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                self.s("DictComp(key=");
                self.expr(key, Ctx::Load);
                self.s(", value=");
                self.expr(value, Ctx::Load);
                self.s(", generators=");
                self.comprehensions(generators);
                self.s(")");
            }
            ExprKind::Await(v) => {
                self.s("Await(value=");
                self.expr(v, Ctx::Load);
                self.s(")");
            }
            ExprKind::Yield(v) => {
                self.s("Yield(");
                if let Some(v) = v {
                    self.s("value=");
                    self.expr(v, Ctx::Load);
                }
                self.s(")");
            }
            ExprKind::YieldFrom(v) => {
                self.s("YieldFrom(value=");
                self.expr(v, Ctx::Load);
                self.s(")");
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                self.s("Compare(left=");
                self.expr(left, Ctx::Load);
                self.s(", ops=");
                self.list(ops, |d, o| d.s(cmpop(*o)));
                self.s(", comparators=");
                self.exprs(comparators, Ctx::Load);
                self.s(")");
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.s("Call(func=");
                self.expr(func, Ctx::Load);
                self.s(", args=");
                self.exprs(args, Ctx::Load);
                self.s(", keywords=");
                self.list(keywords, |d, k| d.keyword(k));
                self.s(")");
            }
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.s("FormattedValue(value=");
                self.expr(value, Ctx::Load);
                let conv = conversion.map_or(-1, |c| c as i32);
                let _ = write!(self.0, ", conversion={conv}");
                if let Some(f) = format_spec {
                    self.s(", format_spec=");
                    self.expr(f, Ctx::Load);
                }
                self.s(")");
            }
            ExprKind::JoinedStr(v) => {
                self.s("JoinedStr(values=");
                self.exprs(v, Ctx::Load);
                self.s(")");
            }
            ExprKind::Constant(c) => {
                self.s("Constant(value=");
                match c {
                    Constant::None => self.s("None"),
                    Constant::True => self.s("True"),
                    Constant::False => self.s("False"),
                    Constant::Ellipsis => self.s("Ellipsis"),
                    Constant::Int(i) => {
                        let _ = write!(self.0, "{i}");
                    }
                    Constant::BigInt(i) => {
                        let _ = write!(self.0, "{i}");
                    }
                    Constant::Float(f) => self.s(&py_float_repr(*f)),
                    Constant::Imag(f) => {
                        let r = py_float_repr(*f);
                        let r = r.strip_suffix(".0").unwrap_or(&r);
                        let _ = write!(self.0, "{r}j");
                    }
                    Constant::Str(s) => self.s(&py_str_repr(s)),
                    Constant::Bytes(b) => self.s(&py_bytes_repr(b)),
                }
                self.s(")");
            }
            ExprKind::Attribute { value, attr } => {
                self.s("Attribute(value=");
                self.expr(value, Ctx::Load);
                let _ = write!(self.0, ", attr={}", py_str_repr(attr));
                self.ctx(ctx);
            }
            ExprKind::Subscript { value, slice } => {
                self.s("Subscript(value=");
                self.expr(value, Ctx::Load);
                self.s(", slice=");
                self.expr(slice, Ctx::Load);
                self.ctx(ctx);
            }
            ExprKind::Starred(v) => {
                self.s("Starred(value=");
                self.expr(v, ctx);
                self.ctx(ctx);
            }
            ExprKind::Name(n) => {
                let _ = write!(self.0, "Name(id={}", py_str_repr(n));
                self.ctx(ctx);
            }
            ExprKind::List(v) | ExprKind::Tuple(v) => {
                let kind = if matches!(e.kind, ExprKind::List(_)) {
                    "List"
                } else {
                    "Tuple"
                };
                let _ = write!(self.0, "{kind}(elts=");
                self.exprs(v, ctx);
                self.ctx(ctx);
            }
            ExprKind::Slice { lower, upper, step } => {
                self.s("Slice(");
                let mut sep = "";
                for (name, x) in [("lower", lower), ("upper", upper), ("step", step)] {
                    if let Some(x) = x {
                        let _ = write!(self.0, "{sep}{name}=");
                        self.expr(x, Ctx::Load);
                        sep = ", ";
                    }
                }
                self.s(")");
            }
        }
    }
}
