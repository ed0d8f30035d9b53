//! Statement lowering: assignments, control flow, try/except/finally, with, def, class, import.

use super::{Compiler, FBlock, docstring};
use crate::ast::*;
use crate::bytecode::code::*;
use crate::bytecode::op::{BinOpKind, Op};
use crate::parser::SyntaxError;
use crate::source::Span;

type R = Result<(), SyntaxError>;

pub(crate) fn binop_kind(op: BinOp) -> BinOpKind {
    match op {
        BinOp::Add => BinOpKind::Add,
        BinOp::Sub => BinOpKind::Sub,
        BinOp::Mult => BinOpKind::Mul,
        BinOp::MatMult => BinOpKind::MatMul,
        BinOp::Div => BinOpKind::TrueDiv,
        BinOp::FloorDiv => BinOpKind::FloorDiv,
        BinOp::Mod => BinOpKind::Mod,
        BinOp::Pow => BinOpKind::Pow,
        BinOp::LShift => BinOpKind::LShift,
        BinOp::RShift => BinOpKind::RShift,
        BinOp::BitOr => BinOpKind::Or,
        BinOp::BitXor => BinOpKind::Xor,
        BinOp::BitAnd => BinOpKind::And,
    }
}

impl<'a> Compiler<'a> {
    pub(crate) fn stmts(&mut self, body: &'a [Stmt]) -> R {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    pub(crate) fn stmt(&mut self, s: &'a Stmt) -> R {
        let sp = s.span;
        match &s.kind {
            StmtKind::Expr(e) => {
                if let ExprKind::Constant(_) = e.kind {
                    return Ok(());
                }
                self.expr(e)?;
                self.emit(Op::Pop, sp);
            }
            // `a, b = b, a + b`: the values pushed and stored in order, without a tuple
            // built and unpacked (CPython does the same for two or three names).
            StmtKind::Assign { targets, value }
                if let [t] = targets.as_slice()
                    && let ExprKind::Tuple(lhs) | ExprKind::List(lhs) = &t.kind
                    && let ExprKind::Tuple(rhs) = &value.kind
                    && (2..=3).contains(&lhs.len())
                    && lhs.len() == rhs.len()
                    && !lhs
                        .iter()
                        .chain(rhs.iter())
                        .any(|e| matches!(e.kind, ExprKind::Starred(_))) =>
            {
                for e in rhs {
                    self.expr(e)?;
                }
                self.emit(Op::Swap(lhs.len() as u32), sp);
                for item in lhs {
                    self.assign(item)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Op::Dup, sp);
                    }
                    self.assign(t)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value, sp)?,
            StmtKind::AnnAssign { target, value, .. } => {
                if let Some(v) = value {
                    self.expr(v)?;
                    self.assign(target)?;
                } else if let ExprKind::Attribute { value, .. }
                | ExprKind::Subscript { value, .. } = &target.kind
                {
                    self.expr(value)?;
                    self.emit(Op::Pop, sp);
                }
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete(t)?;
                }
            }
            StmtKind::Pass => {}
            StmtKind::Break => self.break_continue(true, sp)?,
            StmtKind::Continue => self.break_continue(false, sp)?,
            StmtKind::Return(v) => self.return_stmt(v.as_ref(), sp)?,
            StmtKind::Raise { exc, cause } => match (exc, cause) {
                (None, _) => self.emit(Op::Raise(0), sp),
                (Some(e), None) => {
                    self.expr(e)?;
                    self.emit(Op::Raise(1), sp);
                }
                (Some(e), Some(c)) => {
                    self.expr(e)?;
                    self.expr(c)?;
                    self.emit(Op::Raise(2), sp);
                }
            },
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
            StmtKind::Assert { test, msg } => {
                let ok = self.new_label();
                self.expr(test)?;
                self.emit(Op::PopJumpIfTrue(ok as u32), sp);
                self.emit(Op::LoadAssertionError, sp);
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.emit(Op::Call(1), sp);
                }
                self.emit(Op::Raise(1), sp);
                self.bind(ok);
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    self.load_const(Const::Int(0), a.span);
                    if a.asname.is_some() && a.name.contains('.') {
                        // `import a.b as c` binds the leaf module.
                        self.load_const(Const::True, a.span);
                    } else {
                        self.load_const(Const::None, a.span);
                    }
                    let i = self.name_idx(&a.name);
                    self.emit(Op::ImportName(i), a.span);
                    match &a.asname {
                        Some(n) => self.store_name(n, a.span),
                        None => {
                            let top = a.name.split('.').next().unwrap_or("").to_string();
                            self.store_name(&top, a.span)
                        }
                    }
                }
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                self.load_const(Const::Int(*level as i64), sp);
                let fromlist = names.iter().map(|a| Const::Str(a.name.clone())).collect();
                self.load_const(Const::Tuple(fromlist), sp);
                let i = self.name_idx(module.as_deref().unwrap_or(""));
                self.emit(Op::ImportName(i), sp);
                if names.len() == 1 && names[0].name == "*" {
                    if self.in_function() {
                        return Err(self.syntax_error("import * only allowed at module level", sp));
                    }
                    self.emit(Op::ImportStar, sp);
                    return Ok(());
                }
                for a in names {
                    let i = self.name_idx(&a.name);
                    self.emit(Op::ImportFrom(i), a.span);
                    let bound = a.asname.as_ref().unwrap_or(&a.name);
                    self.store_name(bound, a.span);
                }
                self.emit(Op::Pop, sp);
            }
            StmtKind::If { test, body, orelse } => {
                let else_l = self.new_label();
                let end = self.new_label();
                self.jump_if(test, false, else_l)?;
                self.stmts(body)?;
                if !orelse.is_empty() {
                    self.emit(Op::Jump(end as u32), sp);
                    self.bind(else_l);
                    self.stmts(orelse)?;
                } else {
                    self.bind(else_l);
                }
                self.bind(end);
            }
            StmtKind::While { test, body, orelse } => {
                let top = self.new_label();
                let else_l = self.new_label();
                let brk = self.new_label();
                self.bind(top);
                self.jump_if(test, false, else_l)?;
                self.unit().fblocks.push(FBlock::Loop {
                    cont: top,
                    brk,
                    for_loop: false,
                });
                self.stmts(body)?;
                self.unit().fblocks.pop();
                self.emit(Op::Jump(top as u32), sp);
                self.bind(else_l);
                self.stmts(orelse)?;
                self.bind(brk);
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                let top = self.new_label();
                let exit = self.new_label();
                let brk = self.new_label();
                self.expr(iter)?;
                self.emit(Op::GetIter, iter.span);
                self.bind(top);
                self.emit(Op::ForIter(exit as u32), sp);
                self.assign(target)?;
                self.unit().fblocks.push(FBlock::Loop {
                    cont: top,
                    brk,
                    for_loop: true,
                });
                self.stmts(body)?;
                self.unit().fblocks.pop();
                self.emit(Op::Jump(top as u32), sp);
                self.bind(exit);
                self.stmts(orelse)?;
                self.bind(brk);
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                if finalbody.is_empty() {
                    self.try_except(body, handlers, orelse, sp)?;
                } else {
                    self.try_finally(body, handlers, orelse, finalbody, sp)?;
                }
            }
            StmtKind::With { items, body, .. } => self.with(items, body, sp)?,
            StmtKind::FunctionDef(f) => self.function_def(f)?,
            StmtKind::ClassDef(c) => self.class_def(c)?,
        }
        Ok(())
    }

    /// Store the value on top of the stack into `t`.
    pub(crate) fn assign(&mut self, t: &'a Expr) -> R {
        let sp = t.span;
        match &t.kind {
            ExprKind::Name(n) => self.store_name(n, sp),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.name_idx(attr);
                self.emit(Op::StoreAttr(i), sp);
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit(Op::StoreSubscr, sp);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let star = items
                    .iter()
                    .position(|e| matches!(e.kind, ExprKind::Starred(_)));
                match star {
                    None => self.emit(Op::UnpackSequence(items.len() as u32), sp),
                    Some(i) => {
                        if items
                            .iter()
                            .filter(|e| matches!(e.kind, ExprKind::Starred(_)))
                            .count()
                            > 1
                        {
                            return Err(
                                self.syntax_error("multiple starred expressions in assignment", sp)
                            );
                        }
                        let after = items.len() - i - 1;
                        self.emit(Op::UnpackEx(i as u32 | (after as u32) << 8), sp);
                    }
                }
                for item in items {
                    match &item.kind {
                        ExprKind::Starred(inner) => self.assign(inner)?,
                        _ => self.assign(item)?,
                    }
                }
            }
            ExprKind::Starred(_) => {
                return Err(
                    self.syntax_error("starred assignment target must be in a list or tuple", sp)
                );
            }
            _ => return Err(self.syntax_error("cannot assign to expression", sp)),
        }
        Ok(())
    }

    fn delete(&mut self, t: &'a Expr) -> R {
        let sp = t.span;
        match &t.kind {
            ExprKind::Name(n) => self.delete_name(n, sp),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.name_idx(attr);
                self.emit(Op::DeleteAttr(i), sp);
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit(Op::DeleteSubscr, sp);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.delete(i)?;
                }
            }
            _ => return Err(self.syntax_error("cannot delete expression", sp)),
        }
        Ok(())
    }

    fn aug_assign(&mut self, target: &'a Expr, op: BinOp, value: &'a Expr, sp: Span) -> R {
        let k = binop_kind(op) as u32;
        match &target.kind {
            ExprKind::Name(n) => {
                self.load_name(n, target.span);
                self.expr(value)?;
                self.emit(Op::InplaceOp(k), sp);
                self.store_name(n, target.span);
            }
            // `o.a += v` with `o` a plain local: `o` is loaded again for the store instead
            // of being kept under the value by `Dup`/`Swap`. Nothing in `v` can rebind a
            // local (`inert` refuses walruses, yields and nested scopes), so both loads
            // give the same object; the load and the store then run fused
            // (`LoadFastLoadAttr`, `LoadFastStoreAttr`): three dispatches instead of five.
            ExprKind::Attribute { value: obj, attr }
                if self.is_fast_local_name(obj) && inert(value) =>
            {
                let i = self.name_idx(attr);
                self.expr(obj)?;
                self.emit(Op::LoadAttr(i), target.span);
                self.expr(value)?;
                self.emit(Op::InplaceOp(k), sp);
                self.expr(obj)?;
                self.emit(Op::StoreAttr(i), target.span);
            }
            // `x[i] += v` likewise, with `x` a plain local and `i` a plain local or a
            // constant, evaluated again for the store instead of `Dup2`/`Rot3`.
            ExprKind::Subscript { value: obj, slice }
                if self.is_fast_local_name(obj)
                    && (self.is_fast_local_name(slice)
                        || matches!(slice.kind, ExprKind::Constant(_)))
                    && inert(value) =>
            {
                self.expr(obj)?;
                self.expr(slice)?;
                self.emit(Op::BinarySubscr, target.span);
                self.expr(value)?;
                self.emit(Op::InplaceOp(k), sp);
                self.expr(obj)?;
                self.expr(slice)?;
                self.emit(Op::StoreSubscr, target.span);
            }
            ExprKind::Attribute { value: obj, attr } => {
                self.expr(obj)?;
                self.emit(Op::Dup, sp);
                let i = self.name_idx(attr);
                self.emit(Op::LoadAttr(i), target.span);
                self.expr(value)?;
                self.emit(Op::InplaceOp(k), sp);
                self.emit(Op::Swap(2), sp);
                self.emit(Op::StoreAttr(i), target.span);
            }
            ExprKind::Subscript { value: obj, slice } => {
                self.expr(obj)?;
                self.expr(slice)?;
                self.emit(Op::Dup2, sp);
                self.emit(Op::BinarySubscr, target.span);
                self.expr(value)?;
                self.emit(Op::InplaceOp(k), sp);
                self.emit(Op::Rot3, sp);
                self.emit(Op::StoreSubscr, target.span);
            }
            _ => {
                return Err(self.syntax_error(
                    "'expression' is an illegal expression for augmented assignment",
                    sp,
                ));
            }
        }
        Ok(())
    }

    /// Whether `e` is a name that this scope keeps as a plain fast local (not a cell, a
    /// global or a class-body name): loading it twice gives the same object unless the
    /// code in between rebinds it.
    fn is_fast_local_name(&self, e: &Expr) -> bool {
        let ExprKind::Name(n) = &e.kind else {
            return false;
        };
        let scope = self.scope();
        matches!(
            scope.kind,
            super::symtable::ScopeKind::Function | super::symtable::ScopeKind::Comprehension
        ) && scope.scope_of(n) == super::symtable::NameScope::Local
    }

    /// Emit the unwinding for leaving fblocks `down_to..` (innermost first), e.g. for
    /// return. Each block's own exception handlers are dropped before its unwinding code,
    /// so that code is not protected by the block being left.
    fn unwind(&mut self, down_to: usize, sp: Span) -> R {
        let blocks: Vec<FBlock<'a>> = self.unit().fblocks[down_to..].to_vec();
        for (k, b) in blocks.iter().enumerate().rev() {
            let handlers = match b {
                FBlock::Loop { .. } => 0,
                FBlock::Handler(Some(_)) => 2,
                _ => 1,
            };
            for _ in 0..handlers {
                self.unit().handlers.pop();
            }
            match b {
                FBlock::Loop { for_loop, .. } => {
                    if *for_loop {
                        self.emit(Op::Pop, sp);
                    }
                }
                FBlock::TryExcept => {}
                FBlock::FinallyTry(body) => {
                    // Run the finally body with only the outer blocks active.
                    let saved_blocks = self.unit().fblocks.split_off(down_to + k);
                    self.stmts(body)?;
                    self.unit().fblocks.extend(saved_blocks);
                }
                FBlock::FinallyEnd => {
                    self.emit(Op::Pop, sp);
                    self.emit(Op::PopExcept, sp);
                }
                FBlock::Handler(name) => {
                    self.emit(Op::PopExcept, sp);
                    if let Some(n) = name {
                        self.load_const(Const::None, sp);
                        self.store_name(n, sp);
                        self.delete_name(n, sp);
                    }
                }
                FBlock::With { exit_slot } => {
                    self.emit(Op::LoadFast(*exit_slot), sp);
                    self.load_const(Const::None, sp);
                    self.emit(Op::Dup, sp);
                    self.emit(Op::Dup, sp);
                    self.emit(Op::Call(3), sp);
                    self.emit(Op::Pop, sp);
                }
            }
        }
        Ok(())
    }

    fn return_stmt(&mut self, v: Option<&'a Expr>, sp: Span) -> R {
        if !self.in_function() {
            return Err(self.syntax_error("'return' outside function", sp));
        }
        match v {
            Some(e) => self.expr(e)?,
            None => self.load_const(Const::None, sp),
        }
        let needs_unwind = self
            .unit()
            .fblocks
            .iter()
            .any(|b| !matches!(b, FBlock::Loop { .. } | FBlock::TryExcept));
        if needs_unwind {
            let tmp = self.new_temp();
            self.emit(Op::StoreFast(tmp), sp);
            let saved_handlers = self.unit().handlers.clone();
            let saved_depth = self.unit().depth;
            self.unwind(0, sp)?;
            self.unit().handlers = saved_handlers;
            self.emit(Op::LoadFast(tmp), sp);
            self.emit(Op::Return, sp);
            self.unit().depth = saved_depth;
        } else {
            self.emit(Op::Return, sp);
        }
        Ok(())
    }

    fn break_continue(&mut self, is_break: bool, sp: Span) -> R {
        let pos = self
            .unit()
            .fblocks
            .iter()
            .rposition(|b| matches!(b, FBlock::Loop { .. }));
        let Some(pos) = pos else {
            let msg = if is_break {
                "'break' outside loop"
            } else {
                "'continue' not properly in loop"
            };
            return Err(self.syntax_error(msg, sp));
        };
        let FBlock::Loop {
            cont,
            brk,
            for_loop,
        } = self.unit().fblocks[pos].clone()
        else {
            unreachable!()
        };
        let saved_handlers = self.unit().handlers.clone();
        let saved_depth = self.unit().depth;
        self.unwind(pos + 1, sp)?;
        if is_break {
            if for_loop {
                self.emit(Op::Pop, sp);
            }
            self.emit(Op::Jump(brk as u32), sp);
        } else {
            self.emit(Op::Jump(cont as u32), sp);
        }
        self.unit().handlers = saved_handlers;
        self.unit().depth = saved_depth;
        Ok(())
    }

    fn try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        sp: Span,
    ) -> R {
        let handler_l = self.new_label();
        let else_l = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        let depth = self.depth();
        self.push_handler(handler_l, depth);
        self.unit().fblocks.push(FBlock::TryExcept);
        self.stmts(body)?;
        self.unit().fblocks.pop();
        self.pop_handler();
        self.emit(Op::Jump(else_l as u32), sp);

        self.bind_handler(handler_l, depth);
        self.emit(Op::PushExcInfo, sp);
        self.push_handler(cleanup, depth + 1);
        for (i, h) in handlers.iter().enumerate() {
            if h.typ.is_none() && i + 1 < handlers.len() {
                return Err(self.syntax_error("default 'except:' must be last", h.span));
            }
            let next = self.new_label();
            if let Some(t) = &h.typ {
                self.expr(t)?;
                self.emit(Op::CheckExcMatch, h.span);
                self.emit(Op::PopJumpIfFalse(next as u32), h.span);
            }
            let name_cleanup = self.new_label();
            match &h.name {
                Some(n) => {
                    self.store_name(n, h.span);
                    self.push_handler(name_cleanup, depth + 1);
                }
                None => self.emit(Op::Pop, h.span),
            }
            self.unit().fblocks.push(FBlock::Handler(h.name.as_deref()));
            self.stmts(&h.body)?;
            self.unit().fblocks.pop();
            if h.name.is_some() {
                self.pop_handler();
            }
            self.emit(Op::PopExcept, h.span);
            if let Some(n) = &h.name {
                self.load_const(Const::None, h.span);
                self.store_name(n, h.span);
                self.delete_name(n, h.span);
            }
            self.emit(Op::Jump(end as u32), h.span);
            if let Some(n) = &h.name {
                // An exception inside the handler body: unbind the name, re-raise.
                self.bind_handler(name_cleanup, depth + 1);
                self.load_const(Const::None, h.span);
                self.store_name(n, h.span);
                self.delete_name(n, h.span);
                self.emit(Op::Reraise, h.span);
            }
            self.bind(next);
            // `next` is reached with [prev, exc] on the stack.
            self.unit().depth = depth as i32 + 2;
        }
        self.emit(Op::Reraise, sp);
        self.pop_handler();
        self.bind_handler(cleanup, depth + 1);
        self.emit(Op::PopExceptReraise, sp);
        self.bind(else_l);
        self.unit().depth = depth as i32;
        self.unit().unreachable = false;
        self.stmts(orelse)?;
        self.bind(end);
        Ok(())
    }

    fn try_finally(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
        sp: Span,
    ) -> R {
        let exc_l = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        let depth = self.depth();
        self.push_handler(exc_l, depth);
        self.unit().fblocks.push(FBlock::FinallyTry(finalbody));
        if handlers.is_empty() {
            self.stmts(body)?;
        } else {
            self.try_except(body, handlers, orelse, sp)?;
        }
        self.unit().fblocks.pop();
        self.pop_handler();
        self.stmts(finalbody)?;
        self.emit(Op::Jump(end as u32), sp);

        self.bind_handler(exc_l, depth);
        self.emit(Op::PushExcInfo, sp);
        self.push_handler(cleanup, depth + 1);
        self.unit().fblocks.push(FBlock::FinallyEnd);
        self.stmts(finalbody)?;
        self.unit().fblocks.pop();
        self.emit(Op::Reraise, sp);
        self.pop_handler();
        self.bind_handler(cleanup, depth + 1);
        self.emit(Op::PopExceptReraise, sp);
        self.bind(end);
        Ok(())
    }

    fn with(&mut self, items: &'a [WithItem], body: &'a [Stmt], sp: Span) -> R {
        let Some((first, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        let exc_l = self.new_label();
        let cleanup = self.new_label();
        let suppress = self.new_label();
        let end = self.new_label();
        self.expr(&first.context_expr)?;
        let slot = self.new_temp();
        self.emit(Op::BeforeWith(slot), first.context_expr.span);
        match &first.optional_vars {
            Some(t) => self.assign(t)?,
            None => self.emit(Op::Pop, sp),
        }
        let depth = self.depth();
        self.push_handler(exc_l, depth);
        self.unit().fblocks.push(FBlock::With { exit_slot: slot });
        if rest.is_empty() {
            self.stmts(body)?;
        } else {
            self.with(rest, body, sp)?;
        }
        self.unit().fblocks.pop();
        self.pop_handler();
        self.emit(Op::LoadFast(slot), sp);
        self.load_const(Const::None, sp);
        self.emit(Op::Dup, sp);
        self.emit(Op::Dup, sp);
        self.emit(Op::Call(3), sp);
        self.emit(Op::Pop, sp);
        self.emit(Op::Jump(end as u32), sp);

        self.bind_handler(exc_l, depth);
        self.emit(Op::PushExcInfo, sp);
        self.push_handler(cleanup, depth + 1);
        self.emit(Op::WithExceptStart(slot), sp);
        self.emit(Op::PopJumpIfTrue(suppress as u32), sp);
        self.emit(Op::Reraise, sp);
        self.pop_handler();
        self.bind(suppress);
        self.emit(Op::Pop, sp);
        self.emit(Op::PopExcept, sp);
        self.emit(Op::Jump(end as u32), sp);
        self.bind_handler(cleanup, depth + 1);
        self.emit(Op::PopExceptReraise, sp);
        self.bind(end);
        Ok(())
    }

    /// Push defaults for a signature; returns the MakeFunction flags.
    pub(crate) fn defaults(&mut self, args: &'a Arguments, sp: Span) -> Result<u32, SyntaxError> {
        let mut flags = 0;
        if !args.defaults.is_empty() {
            for d in &args.defaults {
                self.expr(d)?;
            }
            self.emit(Op::BuildTuple(args.defaults.len() as u32), sp);
            flags |= 1;
        }
        let kw: Vec<(&String, &Expr)> = args
            .kwonlyargs
            .iter()
            .zip(&args.kw_defaults)
            .filter_map(|(a, d)| d.as_ref().map(|d| (&a.name, d)))
            .collect();
        if !kw.is_empty() {
            for (n, d) in &kw {
                self.load_const(Const::Str((*n).clone()), sp);
                self.expr(d)?;
            }
            self.emit(Op::BuildMap(kw.len() as u32), sp);
            flags |= 2;
        }
        Ok(flags)
    }

    pub(crate) fn set_signature(&mut self, args: &Arguments) {
        let u = self.unit();
        u.code.posonlyargcount = args.posonlyargs.len() as u32;
        u.code.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
        u.code.kwonlyargcount = args.kwonlyargs.len() as u32;
        if args.vararg.is_some() {
            u.code.flags |= FLAG_VARARGS;
        }
        if args.kwarg.is_some() {
            u.code.flags |= FLAG_VARKW;
        }
    }

    fn function_def(&mut self, f: &'a FunctionDef) -> R {
        let sp = f.span;
        for d in &f.decorators {
            self.expr(d)?;
        }
        let flags = self.defaults(&f.args, sp)?;
        let scope = self.scope_id_for(f as *const FunctionDef as usize);
        let qual = self.qualname(&f.name);
        let line = self.line_of(sp);
        self.push_unit(scope, &f.name, &qual, CodeKind::Function, line);
        self.set_signature(&f.args);
        if f.is_async {
            self.unit().code.flags |= FLAG_COROUTINE;
        }
        let doc = docstring(&f.body);
        self.unit().code.docstring = doc.clone();
        let body = if doc.is_some() {
            &f.body[1..]
        } else {
            &f.body[..]
        };
        self.stmts(body)?;
        self.load_const(Const::None, sp);
        self.emit(Op::Return, sp);
        let unit = self.pop_unit();
        self.make_closure(unit, flags, sp);
        for _ in &f.decorators {
            self.emit(Op::Call(1), sp);
        }
        self.store_name(&f.name, sp);
        Ok(())
    }

    fn class_def(&mut self, c: &'a ClassDef) -> R {
        let sp = c.span;
        for d in &c.decorators {
            self.expr(d)?;
        }
        self.emit(Op::LoadBuildClass, sp);
        let scope = self.scope_id_for(c as *const ClassDef as usize);
        let qual = self.qualname(&c.name);
        let line = self.line_of(sp);
        self.push_unit(scope, &c.name, &qual, CodeKind::Class, line);
        let i = self.name_idx("__name__");
        self.emit(Op::LoadGlobal(i), sp);
        let i = self.name_idx("__module__");
        self.emit(Op::StoreName(i), sp);
        self.load_const(Const::Str(qual.clone()), sp);
        let i = self.name_idx("__qualname__");
        self.emit(Op::StoreName(i), sp);
        let body = if let Some(doc) = docstring(&c.body) {
            self.load_const(Const::Str(doc), sp);
            let i = self.name_idx("__doc__");
            self.emit(Op::StoreName(i), sp);
            &c.body[1..]
        } else {
            &c.body[..]
        };
        self.stmts(body)?;
        if self.unit().code.flags & FLAG_CLASSCELL != 0 {
            let ci = self
                .unit()
                .code
                .cellvars
                .iter()
                .position(|n| n == "__class__")
                .unwrap_or(0) as u32;
            self.emit(Op::LoadClosure(ci), sp);
            let i = self.name_idx("__classcell__");
            self.emit(Op::StoreName(i), sp);
        }
        self.load_const(Const::None, sp);
        self.emit(Op::Return, sp);
        let unit = self.pop_unit();
        self.make_closure(unit, 0, sp);
        self.load_const(Const::Str(c.name.clone()), sp);
        for b in &c.bases {
            self.expr(b)?;
        }
        let n = 2 + c.bases.len() as u32;
        if c.keywords.is_empty() {
            self.emit(Op::Call(n), sp);
        } else {
            let mut names = Vec::new();
            for k in &c.keywords {
                self.expr(&k.value)?;
                names.push(Const::Str(k.arg.clone().unwrap_or_default()));
            }
            self.load_const(Const::Tuple(names), sp);
            self.emit(Op::CallKw(n + c.keywords.len() as u32), sp);
        }
        for _ in &c.decorators {
            self.emit(Op::Call(1), sp);
        }
        self.store_name(&c.name, sp);
        Ok(())
    }
}

/// Whether evaluating `e` cannot rebind a local of the running frame: it has no walrus
/// (`:=`), no `yield`/`await` (the frame could be resumed after anything) and no nested
/// scope (a comprehension's walrus binds in the enclosing function). Conservative: any
/// other kind of expression counts as not inert.
fn inert(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Constant(_) | ExprKind::Name(_) => true,
        ExprKind::Attribute { value, .. } | ExprKind::Starred(value) => inert(value),
        ExprKind::UnaryOp { operand, .. } => inert(operand),
        ExprKind::BinOp { left, right, .. } => inert(left) && inert(right),
        ExprKind::Subscript { value, slice } => inert(value) && inert(slice),
        ExprKind::BoolOp { values, .. }
        | ExprKind::Set(values)
        | ExprKind::List(values)
        | ExprKind::Tuple(values)
        | ExprKind::JoinedStr(values) => values.iter().all(inert),
        ExprKind::Compare {
            left, comparators, ..
        } => inert(left) && comparators.iter().all(inert),
        ExprKind::IfExp { test, body, orelse } => inert(test) && inert(body) && inert(orelse),
        ExprKind::Call {
            func,
            args,
            keywords,
        } => inert(func) && args.iter().all(inert) && keywords.iter().all(|k| inert(&k.value)),
        ExprKind::Dict { keys, values } => {
            keys.iter().flatten().all(inert) && values.iter().all(inert)
        }
        ExprKind::FormattedValue {
            value, format_spec, ..
        } => inert(value) && format_spec.as_deref().is_none_or(inert),
        ExprKind::Slice { lower, upper, step } => {
            [lower, upper, step].into_iter().flatten().all(|b| inert(b))
        }
        ExprKind::NamedExpr { .. }
        | ExprKind::Lambda { .. }
        | ExprKind::ListComp { .. }
        | ExprKind::SetComp { .. }
        | ExprKind::DictComp { .. }
        | ExprKind::GeneratorExp { .. }
        | ExprKind::Await(_)
        | ExprKind::Yield(_)
        | ExprKind::YieldFrom(_) => false,
    }
}
