//! Expression lowering: operators, calls, displays, comprehensions, lambdas, f-strings.

use super::Compiler;
use super::stmt::binop_kind;
use crate::ast::*;
use crate::bytecode::code::*;
use crate::bytecode::op::{CmpKind, Op};
use crate::parser::SyntaxError;
use crate::source::Span;

type R = Result<(), SyntaxError>;

fn const_of(c: &Constant) -> Const {
    match c {
        Constant::None => Const::None,
        Constant::True => Const::True,
        Constant::False => Const::False,
        Constant::Ellipsis => Const::Ellipsis,
        Constant::Int(i) => Const::Int(*i),
        Constant::BigInt(b) => Const::BigInt(b.clone()),
        Constant::Float(f) => Const::Float(*f),
        Constant::Imag(f) => Const::Imag(*f),
        Constant::Str(s) => Const::Str(s.clone()),
        Constant::Bytes(b) => Const::Bytes(b.clone()),
    }
}

fn cmp_op(op: CmpOp) -> Op {
    match op {
        CmpOp::Eq => Op::CompareOp(CmpKind::Eq as u32),
        CmpOp::NotEq => Op::CompareOp(CmpKind::Ne as u32),
        CmpOp::Lt => Op::CompareOp(CmpKind::Lt as u32),
        CmpOp::LtE => Op::CompareOp(CmpKind::Le as u32),
        CmpOp::Gt => Op::CompareOp(CmpKind::Gt as u32),
        CmpOp::GtE => Op::CompareOp(CmpKind::Ge as u32),
        CmpOp::Is => Op::IsOp(0),
        CmpOp::IsNot => Op::IsOp(1),
        CmpOp::In => Op::ContainsOp(0),
        CmpOp::NotIn => Op::ContainsOp(1),
    }
}

impl<'a> Compiler<'a> {
    /// Evaluate `test` and jump to `label` when its truth equals `when`.
    pub(crate) fn jump_if(&mut self, test: &'a Expr, when: bool, label: usize) -> R {
        match &test.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => return self.jump_if(operand, !when, label),
            ExprKind::BoolOp { op, values } => {
                let is_and = *op == BoolOp::And;
                // `a and b` jumps on false if any is false; on true only if all are true.
                if is_and != when {
                    // Short-circuit to the label directly on any matching operand.
                    for v in values {
                        self.jump_if(v, when, label)?;
                    }
                } else {
                    let skip = self.new_label();
                    let (last, init) = values.split_last().expect("boolop has operands");
                    for v in init {
                        self.jump_if(v, !when, skip)?;
                    }
                    self.jump_if(last, when, label)?;
                    self.bind(skip);
                }
                return Ok(());
            }
            // `while True:` and the like: the truth of these constants is known.
            ExprKind::Constant(c @ (Constant::True | Constant::False | Constant::None)) => {
                if matches!(c, Constant::True) == when {
                    self.emit(Op::Jump(label as u32), test.span);
                }
                return Ok(());
            }
            _ => {}
        }
        self.expr(test)?;
        let op = if when {
            Op::PopJumpIfTrue(label as u32)
        } else {
            Op::PopJumpIfFalse(label as u32)
        };
        self.emit(op, test.span);
        Ok(())
    }

    pub(crate) fn expr(&mut self, e: &'a Expr) -> R {
        let sp = e.span;
        match &e.kind {
            ExprKind::Constant(c) => self.load_const(const_of(c), sp),
            ExprKind::Name(n) => self.load_name(n, sp),
            ExprKind::BoolOp { op, values } => {
                let end = self.new_label();
                let (last, init) = values.split_last().expect("boolop has operands");
                for v in init {
                    self.expr(v)?;
                    let op = if *op == BoolOp::And {
                        Op::JumpIfFalseOrPop(end as u32)
                    } else {
                        Op::JumpIfTrueOrPop(end as u32)
                    };
                    self.emit(op, v.span);
                }
                self.expr(last)?;
                self.bind(end);
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Op::Dup, sp);
                self.assign(target)?;
            }
            ExprKind::BinOp { left, op, right } => {
                self.expr(left)?;
                self.expr(right)?;
                self.emit(Op::BinaryOp(binop_kind(*op) as u32), sp);
            }
            ExprKind::UnaryOp { op, operand } => {
                if *op == UnaryOp::USub
                    && let ExprKind::Constant(c) = &operand.kind
                {
                    match c {
                        Constant::Int(i) if *i != i64::MIN => {
                            self.load_const(Const::Int(-i), sp);
                            return Ok(());
                        }
                        Constant::Float(f) => {
                            self.load_const(Const::Float(-f), sp);
                            return Ok(());
                        }
                        _ => {}
                    }
                }
                self.expr(operand)?;
                self.emit(
                    match op {
                        UnaryOp::Invert => Op::UnaryInvert,
                        UnaryOp::Not => Op::UnaryNot,
                        UnaryOp::UAdd => Op::UnaryPos,
                        UnaryOp::USub => Op::UnaryNeg,
                    },
                    sp,
                );
            }
            ExprKind::Lambda { args, body } => {
                let flags = self.defaults(args, sp)?;
                let scope = self.scope_id_for(e as *const Expr as usize);
                let qual = self.qualname("<lambda>");
                let line = self.line_of(sp);
                self.push_unit(scope, "<lambda>", &qual, CodeKind::Lambda, line);
                self.set_signature(args);
                self.expr(body)?;
                self.emit(Op::Return, body.span);
                let unit = self.pop_unit();
                self.make_closure(unit, flags, sp);
            }
            ExprKind::IfExp { test, body, orelse } => {
                let else_l = self.new_label();
                let end = self.new_label();
                self.jump_if(test, false, else_l)?;
                self.expr(body)?;
                self.emit(Op::Jump(end as u32), sp);
                self.bind(else_l);
                self.expr(orelse)?;
                self.bind(end);
            }
            ExprKind::Dict { keys, values } => {
                let mut pending = 0u32;
                let mut built = false;
                for (k, v) in keys.iter().zip(values) {
                    match k {
                        Some(k) => {
                            self.expr(k)?;
                            self.expr(v)?;
                            pending += 1;
                        }
                        None => {
                            if !built {
                                self.emit(Op::BuildMap(pending), sp);
                                built = true;
                            } else if pending > 0 {
                                self.emit(Op::BuildMap(pending), sp);
                                self.emit(Op::DictUpdate, sp);
                            }
                            pending = 0;
                            self.expr(v)?;
                            self.emit(Op::DictUpdate, sp);
                        }
                    }
                }
                if !built {
                    self.emit(Op::BuildMap(pending), sp);
                } else if pending > 0 {
                    self.emit(Op::BuildMap(pending), sp);
                    self.emit(Op::DictUpdate, sp);
                }
            }
            ExprKind::Set(items) => self.sequence(items, Op::BuildSet(0), sp)?,
            ExprKind::List(items) => self.sequence(items, Op::BuildList(0), sp)?,
            ExprKind::Tuple(items) => {
                if items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_))) {
                    self.sequence(items, Op::BuildList(0), sp)?;
                    self.emit(Op::ListToTuple, sp);
                } else if let Some(c) = self.const_tuple(items) {
                    self.load_const(c, sp);
                } else {
                    for i in items {
                        self.expr(i)?;
                    }
                    self.emit(Op::BuildTuple(items.len() as u32), sp);
                }
            }
            ExprKind::ListComp { elt, generators } => self.comprehension(
                e,
                "<listcomp>",
                CodeKind::Comprehension,
                generators,
                CompKind::List(elt),
            )?,
            ExprKind::SetComp { elt, generators } => self.comprehension(
                e,
                "<setcomp>",
                CodeKind::Comprehension,
                generators,
                CompKind::Set(elt),
            )?,
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(
                e,
                "<dictcomp>",
                CodeKind::Comprehension,
                generators,
                CompKind::Dict(key, value),
            )?,
            ExprKind::GeneratorExp { elt, generators } => self.comprehension(
                e,
                "<genexpr>",
                CodeKind::GenExpr,
                generators,
                CompKind::Gen(elt),
            )?,
            ExprKind::Await(v) | ExprKind::YieldFrom(v) => {
                if !self.in_function() {
                    return Err(self.syntax_error("'yield' outside function", sp));
                }
                self.expr(v)?;
                self.emit(Op::GetYieldFromIter, sp);
                self.load_const(Const::None, sp);
                let send = self.new_label();
                let exit = self.new_label();
                self.bind(send);
                self.emit(Op::Send(exit as u32), sp);
                self.emit(Op::Yield(1), sp);
                self.emit(Op::Jump(send as u32), sp);
                self.bind(exit);
            }
            ExprKind::Yield(v) => {
                if !self.in_function() {
                    return Err(self.syntax_error("'yield' outside function", sp));
                }
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Const::None, sp),
                }
                self.emit(Op::Yield(0), sp);
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                self.expr(left)?;
                if ops.len() == 1 {
                    self.expr(&comparators[0])?;
                    self.emit(cmp_op(ops[0]), sp);
                } else {
                    let cleanup = self.new_label();
                    let end = self.new_label();
                    let n = ops.len();
                    for (i, (op, c)) in ops.iter().zip(comparators).enumerate() {
                        self.expr(c)?;
                        if i + 1 < n {
                            self.emit(Op::Dup, sp);
                            self.emit(Op::Rot3, sp);
                            self.emit(cmp_op(*op), sp);
                            self.emit(Op::JumpIfFalseOrPop(cleanup as u32), sp);
                        } else {
                            self.emit(cmp_op(*op), sp);
                        }
                    }
                    self.emit(Op::Jump(end as u32), sp);
                    self.bind(cleanup);
                    self.emit(Op::Swap(2), sp);
                    self.emit(Op::Pop, sp);
                    self.bind(end);
                }
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(func, args, keywords, sp)?,
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.expr(value)?;
                let mut flags = match conversion {
                    Some('s') => 1,
                    Some('r') => 2,
                    Some('a') => 3,
                    _ => 0,
                };
                if let Some(spec) = format_spec {
                    self.expr(spec)?;
                    flags |= 4;
                }
                self.emit(Op::FormatValue(flags), sp);
            }
            ExprKind::JoinedStr(parts) => {
                if parts.is_empty() {
                    self.load_const(Const::Str(String::new()), sp);
                    return Ok(());
                }
                for p in parts {
                    self.expr(p)?;
                    if let ExprKind::Constant(_) = p.kind {
                        // already a str
                    }
                }
                if parts.len() > 1 {
                    self.emit(Op::BuildString(parts.len() as u32), sp);
                } else if let ExprKind::Constant(_) = parts[0].kind {
                } else {
                    self.emit(Op::BuildString(1), sp);
                }
            }
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.name_idx(attr);
                self.emit(Op::LoadAttr(i), sp);
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit(Op::BinarySubscr, sp);
            }
            ExprKind::Starred(_) => {
                return Err(self.syntax_error("can't use starred expression here", sp));
            }
            ExprKind::Slice { lower, upper, step } => {
                for p in [lower, upper] {
                    match p {
                        Some(x) => self.expr(x)?,
                        None => self.load_const(Const::None, sp),
                    }
                }
                match step {
                    Some(s) => {
                        self.expr(s)?;
                        self.emit(Op::BuildSlice(3), sp);
                    }
                    None => self.emit(Op::BuildSlice(2), sp),
                }
            }
        }
        Ok(())
    }

    fn const_tuple(&self, items: &[Expr]) -> Option<Const> {
        let mut out = Vec::new();
        for i in items {
            match &i.kind {
                ExprKind::Constant(c) => out.push(const_of(c)),
                _ => return None,
            }
        }
        Some(Const::Tuple(out))
    }

    /// A display with possible starred items. `build` is the empty-build op kind.
    fn sequence(&mut self, items: &'a [Expr], build: Op, sp: Span) -> R {
        let has_star = items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_)));
        let is_set = matches!(build, Op::BuildSet(_));
        if !has_star {
            for i in items {
                self.expr(i)?;
            }
            let n = items.len() as u32;
            self.emit(
                if is_set {
                    Op::BuildSet(n)
                } else {
                    Op::BuildList(n)
                },
                sp,
            );
            return Ok(());
        }
        self.emit(
            if is_set {
                Op::BuildSet(0)
            } else {
                Op::BuildList(0)
            },
            sp,
        );
        for i in items {
            match &i.kind {
                ExprKind::Starred(inner) => {
                    self.expr(inner)?;
                    self.emit(
                        if is_set {
                            Op::SetUpdate
                        } else {
                            Op::ListExtend
                        },
                        i.span,
                    );
                }
                _ => {
                    self.expr(i)?;
                    self.emit(
                        if is_set {
                            Op::SetAdd(1)
                        } else {
                            Op::ListAppend(1)
                        },
                        i.span,
                    );
                }
            }
        }
        Ok(())
    }

    fn call(&mut self, func: &'a Expr, args: &'a [Expr], keywords: &'a [Keyword], sp: Span) -> R {
        // Zero-argument super(): pass __class__ and the first argument.
        if let ExprKind::Name(n) = &func.kind
            && n == "super"
            && args.is_empty()
            && keywords.is_empty()
            && self.scope().uses_super
            && self.cell_idx("__class__").is_some()
        {
            let first = self.unit().code.varnames.first().cloned();
            if let Some(first) = first
                && self.unit().code.argcount > 0
            {
                let ci = self.cell_idx("__class__").unwrap_or(0);
                self.emit(Op::LoadDeref(ci), sp);
                self.load_name(&first, sp);
                self.emit(Op::ZeroArgSuper, sp);
                return Ok(());
            }
        }
        if let ExprKind::Name(n) = &func.kind
            && (n == "locals" || n == "vars")
            && args.is_empty()
            && keywords.is_empty()
            && self.scope().kind != super::symtable::ScopeKind::Module
            && self.scope().scope_of(n) == super::symtable::NameScope::GlobalImplicit
        {
            self.emit(Op::LoadLocals, sp);
            return Ok(());
        }
        let has_star = args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)));
        let has_dstar = keywords.iter().any(|k| k.arg.is_none());
        if has_star || has_dstar {
            self.expr(func)?;
            // Positional arguments as a tuple (`f(*x)` passes x itself).
            if args.len() == 1
                && let ExprKind::Starred(inner) = &args[0].kind
            {
                self.expr(inner)?;
            } else if has_star {
                self.sequence(args, Op::BuildList(0), sp)?;
                self.emit(Op::ListToTuple, sp);
            } else {
                for a in args {
                    self.expr(a)?;
                }
                self.emit(Op::BuildTuple(args.len() as u32), sp);
            }
            if keywords.is_empty() {
                self.emit(Op::CallEx(0), sp);
                return Ok(());
            }
            self.emit(Op::BuildMap(0), sp);
            for k in keywords {
                match &k.arg {
                    Some(name) => {
                        self.load_const(Const::Str(name.clone()), k.span);
                        self.expr(&k.value)?;
                        self.emit(Op::BuildMap(1), k.span);
                        self.emit(Op::DictMerge(2), k.span);
                    }
                    None => {
                        self.expr(&k.value)?;
                        self.emit(Op::DictMerge(2), k.span);
                    }
                }
            }
            self.emit(Op::CallEx(1), sp);
            return Ok(());
        }
        if let ExprKind::Attribute { value, attr } = &func.kind
            && keywords.is_empty()
        {
            self.expr(value)?;
            let i = self.name_idx(attr);
            self.emit(Op::LoadMethod(i), func.span);
            for a in args {
                self.expr(a)?;
            }
            self.emit(Op::CallMethod(args.len() as u32), sp);
            return Ok(());
        }
        self.expr(func)?;
        for a in args {
            self.expr(a)?;
        }
        if keywords.is_empty() {
            self.emit(Op::Call(args.len() as u32), sp);
        } else {
            let mut names = Vec::new();
            for k in keywords {
                let name = k.arg.clone().unwrap_or_default();
                if names.contains(&Const::Str(name.clone())) {
                    return Err(
                        self.syntax_error(format!("keyword argument repeated: {name}"), k.span)
                    );
                }
                self.expr(&k.value)?;
                names.push(Const::Str(name));
            }
            self.load_const(Const::Tuple(names), sp);
            self.emit(Op::CallKw((args.len() + keywords.len()) as u32), sp);
        }
        Ok(())
    }

    fn comprehension(
        &mut self,
        e: &'a Expr,
        name: &str,
        kind: CodeKind,
        gens: &'a [Comprehension],
        what: CompKind<'a>,
    ) -> R {
        let sp = e.span;
        let scope = self.scope_id_for(e as *const Expr as usize);
        let qual = self.qualname(name);
        let line = self.line_of(sp);
        self.push_unit(scope, name, &qual, kind, line);
        self.unit().code.argcount = 1;
        let depth_base = match what {
            CompKind::List(_) => {
                self.emit(Op::BuildList(0), sp);
                1
            }
            CompKind::Set(_) => {
                self.emit(Op::BuildSet(0), sp);
                1
            }
            CompKind::Dict(..) => {
                self.emit(Op::BuildMap(0), sp);
                1
            }
            CompKind::Gen(_) => 0,
        };
        self.comp_loop(gens, 0, depth_base, &what, sp)?;
        if depth_base == 0 {
            self.load_const(Const::None, sp);
        }
        self.emit(Op::Return, sp);
        let unit = self.pop_unit();
        self.make_closure(unit, 0, sp);
        self.expr(&gens[0].iter)?;
        self.emit(Op::GetIter, sp);
        self.emit(Op::Call(1), sp);
        Ok(())
    }

    fn comp_loop(
        &mut self,
        gens: &'a [Comprehension],
        i: usize,
        depth_base: u32,
        what: &CompKind<'a>,
        sp: Span,
    ) -> R {
        let g = &gens[i];
        let top = self.new_label();
        let exit = self.new_label();
        if i == 0 {
            self.emit(Op::LoadFast(0), sp);
        } else {
            self.expr(&g.iter)?;
            self.emit(Op::GetIter, sp);
        }
        self.bind(top);
        self.emit(Op::ForIter(exit as u32), sp);
        self.assign(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, false, top)?;
        }
        if i + 1 < gens.len() {
            self.comp_loop(gens, i + 1, depth_base, what, sp)?;
        } else {
            let depth = (i + 1) as u32 + depth_base;
            match what {
                CompKind::List(elt) => {
                    self.expr(elt)?;
                    self.emit(Op::ListAppend(depth), sp);
                }
                CompKind::Set(elt) => {
                    self.expr(elt)?;
                    self.emit(Op::SetAdd(depth), sp);
                }
                CompKind::Dict(k, v) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit(Op::MapAdd(depth), sp);
                }
                CompKind::Gen(elt) => {
                    self.expr(elt)?;
                    self.emit(Op::Yield(0), sp);
                    self.emit(Op::Pop, sp);
                }
            }
        }
        self.emit(Op::Jump(top as u32), sp);
        self.bind(exit);
        Ok(())
    }
}

enum CompKind<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
    Gen(&'a Expr),
}
