//! The compiler: AST + symbol table -> `CodeUnit`s. This file holds the per-code-object
//! builder (instructions, labels, stack depth, exception table); `stmt.rs` and `expr.rs`
//! lower statements and expressions.
//!
//! Exception handling follows CPython 3.11: no block stack at run time, an exception table
//! mapping instruction ranges to handlers, and `finally` bodies inlined on every exit
//! path (return/break/continue), which the `FBlock` stack drives at compile time.

mod expr;
mod peephole;
mod stmt;
pub mod symtable;

use crate::ast;
use crate::bytecode::code::*;
use crate::bytecode::op::Op;
use crate::lexer::token::SyntaxErrorKind;
use crate::parser::SyntaxError;
use crate::source::{SourceFile, Span};
use symtable::{NameScope, ScopeKind, SymbolTable};

/// Compile a parsed module.
pub fn compile_module(module: &ast::Module, src: &SourceFile) -> Result<CodeUnit, SyntaxError> {
    let table = symtable::build(module)
        .map_err(|e| SyntaxError::at(src, SyntaxErrorKind::SyntaxError, e.msg, e.span.start))?;
    let mut c = Compiler {
        table,
        src,
        units: Vec::new(),
    };
    c.push_unit(0, "<module>", "<module>", CodeKind::Module, 1);
    let body = &module.body;
    let body = if let Some(doc) = docstring(body) {
        c.load_const(Const::Str(doc), Span::default());
        c.store_name("__doc__", Span::default());
        &body[1..]
    } else {
        body
    };
    for s in body {
        c.stmt(s)?;
    }
    c.load_const(Const::None, Span::default());
    c.emit(Op::Return, Span::default());
    Ok(c.pop_unit())
}

/// Compile for the REPL: like a module, but each top-level expression statement passes
/// its value to the builtin `__displayhook__` (which prints its repr and binds `_`).
pub fn compile_interactive(
    module: &ast::Module,
    src: &SourceFile,
) -> Result<CodeUnit, SyntaxError> {
    let table = symtable::build(module)
        .map_err(|e| SyntaxError::at(src, SyntaxErrorKind::SyntaxError, e.msg, e.span.start))?;
    let mut c = Compiler {
        table,
        src,
        units: Vec::new(),
    };
    c.push_unit(0, "<module>", "<module>", CodeKind::Module, 1);
    for s in &module.body {
        if let ast::StmtKind::Expr(e) = &s.kind {
            // __displayhook__(value)
            let idx = c.name_idx("__displayhook__");
            c.emit(Op::LoadGlobal(idx), e.span);
            c.expr(e)?;
            c.emit(Op::Call(1), e.span);
            c.emit(Op::Pop, e.span);
        } else {
            c.stmt(s)?;
        }
    }
    c.load_const(Const::None, Span::default());
    c.emit(Op::Return, Span::default());
    Ok(c.pop_unit())
}

/// Compile an expression in `eval` mode (used by the embedding API's `eval`): a
/// module-level code object that returns the expression's value.
pub fn compile_expression(expr: &ast::Expr, src: &SourceFile) -> Result<CodeUnit, SyntaxError> {
    let module = ast::Module {
        body: vec![ast::Stmt {
            kind: ast::StmtKind::Expr(expr.clone()),
            span: expr.span,
        }],
    };
    let table = symtable::build(&module)
        .map_err(|e| SyntaxError::at(src, SyntaxErrorKind::SyntaxError, e.msg, e.span.start))?;
    let mut c = Compiler {
        table,
        src,
        units: Vec::new(),
    };
    c.push_unit(0, "<module>", "<module>", CodeKind::Module, 1);
    let ast::StmtKind::Expr(e) = &module.body[0].kind else {
        unreachable!("built above")
    };
    c.expr(e)?;
    c.emit(Op::Return, e.span);
    Ok(c.pop_unit())
}

pub(crate) fn docstring(body: &[ast::Stmt]) -> Option<String> {
    if let Some(ast::Stmt {
        kind: ast::StmtKind::Expr(e),
        ..
    }) = body.first()
        && let ast::ExprKind::Constant(ast::Constant::Str(s)) = &e.kind
    {
        return Some(s.clone());
    }
    None
}

/// A compile-time block that an exit (return/break/continue) must unwind.
#[derive(Clone)]
pub(crate) enum FBlock<'a> {
    /// A loop; `cont` and `brk` are labels; `for_loop` says an iterator is on the stack.
    Loop {
        cont: usize,
        brk: usize,
        for_loop: bool,
    },
    /// Inside `try` of a try/finally: leaving runs the finally body.
    FinallyTry(&'a [ast::Stmt]),
    /// Inside the exception path of a finally body: stack has `[prev_exc, exc]`.
    FinallyEnd,
    /// Inside an except handler body: stack has `[prev_exc]`; `name` is the `as` target.
    Handler(Option<&'a str>),
    /// Inside a `with` body: leaving calls `__exit__` (held in the local `exit_slot`).
    With { exit_slot: u32 },
    /// Inside the try body of try/except (nothing to unwind, but a handler is active).
    TryExcept,
}

struct Label {
    pos: Option<u32>,
    depth: Option<i32>,
}

pub(crate) struct Unit<'a> {
    scope: usize,
    code: CodeUnit,
    labels: Vec<Label>,
    /// Instructions whose operand is a label id to patch.
    jumps: Vec<usize>,
    depth: i32,
    max_depth: i32,
    unreachable: bool,
    /// Active exception handlers: (label, depth).
    handlers: Vec<(usize, u32)>,
    /// Handler of each instruction (label id, depth).
    op_handler: Vec<Option<(usize, u32)>>,
    fblocks: Vec<FBlock<'a>>,
    ntemps: u32,
}

pub(crate) struct Compiler<'a> {
    table: SymbolTable,
    src: &'a SourceFile,
    units: Vec<Unit<'a>>,
}

impl<'a> Compiler<'a> {
    fn push_unit(
        &mut self,
        scope: usize,
        name: &str,
        qualname: &str,
        kind: CodeKind,
        firstlineno: u32,
    ) {
        let sc = &self.table.scopes[scope];
        let varnames = sc.local_names();
        let mut cellvars = sc.cellvars.clone();
        if sc.kind == ScopeKind::Class
            && sc.needs_class_cell
            && !cellvars.iter().any(|c| c == "__class__")
        {
            cellvars.push("__class__".into());
        }
        let cell2arg = cellvars
            .iter()
            .map(|c| sc.params.iter().position(|p| p == c).map(|i| i as u32))
            .collect();
        let mut flags = 0;
        if sc.is_generator {
            flags |= FLAG_GENERATOR;
        }
        if sc.kind == ScopeKind::Class && sc.needs_class_cell {
            flags |= FLAG_CLASSCELL;
        }
        let code = CodeUnit {
            name: name.to_string(),
            qualname: qualname.to_string(),
            kind,
            ops: Vec::new(),
            spans: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            varnames,
            cellvars,
            freevars: sc.freevars.clone(),
            cell2arg,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags,
            exc_table: Vec::new(),
            firstlineno,
            max_stack: 0,
            docstring: None,
        };
        self.units.push(Unit {
            scope,
            code,
            labels: Vec::new(),
            jumps: Vec::new(),
            depth: 0,
            max_depth: 0,
            unreachable: false,
            handlers: Vec::new(),
            op_handler: Vec::new(),
            fblocks: Vec::new(),
            ntemps: 0,
        });
    }

    fn pop_unit(&mut self) -> CodeUnit {
        let mut u = self.units.pop().expect("unit");
        // Patch jumps.
        for &i in &u.jumps {
            let patch = |t: u32| u.labels[t as usize].pos.unwrap_or(0);
            u.code.ops[i] = match u.code.ops[i] {
                Op::Jump(t) => Op::Jump(patch(t)),
                Op::PopJumpIfFalse(t) => Op::PopJumpIfFalse(patch(t)),
                Op::PopJumpIfTrue(t) => Op::PopJumpIfTrue(patch(t)),
                Op::JumpIfFalseOrPop(t) => Op::JumpIfFalseOrPop(patch(t)),
                Op::JumpIfTrueOrPop(t) => Op::JumpIfTrueOrPop(patch(t)),
                Op::ForIter(t) => Op::ForIter(patch(t)),
                Op::Send(t) => Op::Send(patch(t)),
                other => other,
            };
        }
        let consts = &u.code.consts;
        peephole::superinstructions(&mut u.code.ops, |c| match consts.get(c as usize) {
            Some(&Const::Int(k)) => u32::try_from(k).ok().filter(|&k| k <= 0xffff),
            _ => None,
        });
        // Build the exception table from per-instruction handlers.
        let mut table: Vec<ExcEntry> = Vec::new();
        for (pc, h) in u.op_handler.iter().enumerate() {
            if let Some((label, depth)) = *h {
                let handler = u.labels[label].pos.unwrap_or(0);
                if let Some(last) = table.last_mut()
                    && last.end == pc as u32
                    && last.handler == handler
                    && last.depth == depth
                {
                    last.end += 1;
                    continue;
                }
                table.push(ExcEntry {
                    start: pc as u32,
                    end: pc as u32 + 1,
                    handler,
                    depth,
                });
            }
        }
        u.code.exc_table = table;
        u.code.max_stack = u.max_depth.max(0) as u32 + 2;
        u.code
    }

    #[inline]
    fn unit(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("unit")
    }

    fn scope(&self) -> &symtable::Scope {
        &self.table.scopes[self.units.last().expect("unit").scope]
    }

    pub(crate) fn emit(&mut self, op: Op, span: Span) {
        let u = self.unit();
        let handler = u.handlers.last().copied();
        u.code.ops.push(op);
        u.code.spans.push(span);
        u.op_handler.push(handler);
        let (fall, jump) = stack_effect(op);
        if let Some(t) = op.jump_target() {
            u.jumps.push(u.code.ops.len() - 1);
            let d = u.depth + jump;
            let l = &mut u.labels[t as usize];
            if l.depth.is_none() {
                l.depth = Some(d);
            }
        }
        u.depth += fall;
        if u.depth > u.max_depth {
            u.max_depth = u.depth;
        }
        if op.ends_block() {
            u.unreachable = true;
        }
    }

    pub(crate) fn new_label(&mut self) -> usize {
        let u = self.unit();
        u.labels.push(Label {
            pos: None,
            depth: None,
        });
        u.labels.len() - 1
    }

    pub(crate) fn bind(&mut self, label: usize) {
        let u = self.unit();
        u.labels[label].pos = Some(u.code.ops.len() as u32);
        if u.unreachable {
            if let Some(d) = u.labels[label].depth {
                u.depth = d;
            }
            u.unreachable = false;
        } else if u.labels[label].depth.is_none() {
            u.labels[label].depth = Some(u.depth);
        }
    }

    /// Bind a handler label: the stack holds `depth` items plus the exception.
    pub(crate) fn bind_handler(&mut self, label: usize, depth: u32) {
        let u = self.unit();
        u.labels[label].depth = Some(depth as i32 + 1);
        u.unreachable = true;
        self.bind(label);
        let u = self.unit();
        if u.depth > u.max_depth {
            u.max_depth = u.depth;
        }
    }

    pub(crate) fn depth(&mut self) -> u32 {
        self.unit().depth.max(0) as u32
    }

    pub(crate) fn push_handler(&mut self, label: usize, depth: u32) {
        self.unit().handlers.push((label, depth));
    }

    pub(crate) fn pop_handler(&mut self) {
        self.unit().handlers.pop();
    }

    /// A hidden local slot for compiler temporaries.
    pub(crate) fn new_temp(&mut self) -> u32 {
        let u = self.unit();
        u.ntemps += 1;
        let name = format!("${}", u.ntemps);
        u.code.varnames.push(name);
        (u.code.varnames.len() - 1) as u32
    }

    pub(crate) fn add_const(&mut self, c: Const) -> u32 {
        let consts = &mut self.unit().code.consts;
        // Reuse equal constants (but never merge 0 with 0.0/False, or -0.0 with 0.0).
        if !matches!(c, Const::Code(_))
            && let Some(i) = consts.iter().position(|x| const_identical(x, &c))
        {
            return i as u32;
        }
        consts.push(c);
        (consts.len() - 1) as u32
    }

    pub(crate) fn load_const(&mut self, c: Const, span: Span) {
        let i = self.add_const(c);
        self.emit(Op::LoadConst(i), span);
    }

    pub(crate) fn name_idx(&mut self, name: &str) -> u32 {
        let names = &mut self.unit().code.names;
        if let Some(i) = names.iter().position(|n| n == name) {
            return i as u32;
        }
        names.push(name.to_string());
        (names.len() - 1) as u32
    }

    fn var_idx(&self, name: &str) -> Option<u32> {
        self.units
            .last()?
            .code
            .varnames
            .iter()
            .position(|n| n == name)
            .map(|i| i as u32)
    }

    fn cell_idx(&self, name: &str) -> Option<u32> {
        let code = &self.units.last()?.code;
        if let Some(i) = code.cellvars.iter().position(|n| n == name) {
            return Some(i as u32);
        }
        code.freevars
            .iter()
            .position(|n| n == name)
            .map(|i| (i + code.cellvars.len()) as u32)
    }

    pub(crate) fn syntax_error(&self, msg: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError::at(self.src, SyntaxErrorKind::SyntaxError, msg, span.start)
    }

    fn name_op(&mut self, name: &str, kind: NameOp, span: Span) {
        let scope = self.scope();
        let skind = scope.kind;
        let ns = scope.scope_of(name);
        let in_free = scope.freevars.iter().any(|f| f == name);
        let op = match (skind, ns) {
            (_, NameScope::Cell) | (_, NameScope::Free)
                if skind != ScopeKind::Class || kind != NameOp::Load || ns == NameScope::Cell =>
            {
                let i = self.cell_idx(name).unwrap_or(0);
                match kind {
                    NameOp::Load => Op::LoadDeref(i),
                    NameOp::Store => Op::StoreDeref(i),
                    NameOp::Delete => Op::DeleteDeref(i),
                }
            }
            (ScopeKind::Class, NameScope::Free) => {
                Op::LoadClassDeref(self.cell_idx(name).unwrap_or(0))
            }
            (ScopeKind::Module, _) | (_, NameScope::GlobalExplicit) => {
                let i = self.name_idx(name);
                match kind {
                    NameOp::Load => Op::LoadGlobal(i),
                    NameOp::Store => Op::StoreGlobal(i),
                    NameOp::Delete => Op::DeleteGlobal(i),
                }
            }
            (ScopeKind::Class, _) => {
                if in_free && kind == NameOp::Load {
                    Op::LoadClassDeref(self.cell_idx(name).unwrap_or(0))
                } else {
                    let i = self.name_idx(name);
                    match kind {
                        NameOp::Load => Op::LoadName(i),
                        NameOp::Store => Op::StoreName(i),
                        NameOp::Delete => Op::DeleteName(i),
                    }
                }
            }
            (_, NameScope::Local) => {
                let i = self.var_idx(name).unwrap_or(0);
                match kind {
                    NameOp::Load => Op::LoadFast(i),
                    NameOp::Store => Op::StoreFast(i),
                    NameOp::Delete => Op::DeleteFast(i),
                }
            }
            (_, NameScope::GlobalImplicit) => {
                let i = self.name_idx(name);
                match kind {
                    NameOp::Load => Op::LoadGlobal(i),
                    NameOp::Store => Op::StoreGlobal(i),
                    NameOp::Delete => Op::DeleteGlobal(i),
                }
            }
            _ => unreachable!(),
        };
        self.emit(op, span);
    }

    pub(crate) fn load_name(&mut self, name: &str, span: Span) {
        self.name_op(name, NameOp::Load, span)
    }
    pub(crate) fn store_name(&mut self, name: &str, span: Span) {
        self.name_op(name, NameOp::Store, span)
    }
    pub(crate) fn delete_name(&mut self, name: &str, span: Span) {
        self.name_op(name, NameOp::Delete, span)
    }

    /// Compile a nested scope's code and emit the instructions that build the function
    /// object (closure, defaults already on the stack per `flags`).
    pub(crate) fn make_closure(&mut self, unit: CodeUnit, mut flags: u32, span: Span) {
        if !unit.freevars.is_empty() {
            for fv in unit.freevars.clone() {
                let i = self.cell_idx(&fv).unwrap_or(0);
                self.emit(Op::LoadClosure(i), span);
            }
            self.emit(Op::BuildTuple(unit.freevars.len() as u32), span);
            flags |= 8;
        }
        let qual = unit.qualname.clone();
        self.load_const(Const::Code(Box::new(unit)), span);
        self.load_const(Const::Str(qual), span);
        self.emit(Op::MakeFunction(flags), span);
    }

    /// The qualified name for a new scope called `name` inside the current one.
    pub(crate) fn qualname(&self, name: &str) -> String {
        let u = self.units.last().expect("unit");
        match u.code.kind {
            CodeKind::Module => name.to_string(),
            CodeKind::Class => format!("{}.{}", u.code.qualname, name),
            _ => format!("{}.<locals>.{}", u.code.qualname, name),
        }
    }

    pub(crate) fn line_of(&self, span: Span) -> u32 {
        self.src.line_of(span.start) as u32
    }

    pub(crate) fn scope_id_for(&self, node: usize) -> usize {
        self.table.by_node.get(&node).copied().unwrap_or(0)
    }

    pub(crate) fn in_function(&self) -> bool {
        !matches!(
            self.units.last().map(|u| u.code.kind),
            Some(CodeKind::Module) | Some(CodeKind::Class)
        )
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum NameOp {
    Load,
    Store,
    Delete,
}

fn const_identical(a: &Const, b: &Const) -> bool {
    match (a, b) {
        (Const::Float(x), Const::Float(y)) => x.to_bits() == y.to_bits(),
        (Const::Imag(x), Const::Imag(y)) => x.to_bits() == y.to_bits(),
        (Const::Tuple(x), Const::Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| const_identical(p, q))
        }
        _ => std::mem::discriminant(a) == std::mem::discriminant(b) && a == b,
    }
}

/// Stack effect of `op`: (falling through, when jumping).
pub fn stack_effect(op: Op) -> (i32, i32) {
    use Op::*;
    let n = |x: u32| x as i32;
    let e = match op {
        Nop | DeleteFast(_) | DeleteDeref(_) | DeleteGlobal(_) | DeleteName(_) => 0,
        LoadConst(_) | LoadFast(_) | LoadDeref(_) | LoadClosure(_) | LoadGlobal(_)
        | LoadName(_) | LoadClassDeref(_) => 1,
        StoreFast(_) | StoreDeref(_) | StoreGlobal(_) | StoreName(_) => -1,
        // Fused groups (made after depths are computed): the group's net effect.
        LoadFastLoadFast(_) | LoadFastLoadConst(_) => 2,
        LoadFastLoadAttr(_) | LoadFastConstSubscr(_) | LoadFastIntSubscr(_) => 1,
        LoadFastFastSubscr(_) => 1,
        StoreAttrFast(_) => 0,
        LoadFastStoreAttr(_) => -1,
        LoadFastIntStoreSubscr(_) => -1,
        LoadFastConstBinary(_) | LoadFastFastBinary(_) => 1,
        LoadFastConstCompare(_) | LoadFastFastCompare(_) => 1,
        LoadConstBinary(_) | LoadConstCompare(_) => 1,
        StoreFastLoadFast(_) => 0,
        LoadAttr(_) => 0,
        StoreAttr(_) => -2,
        DeleteAttr(_) => -1,
        LoadMethod(_) => 1,
        BinarySubscr => -1,
        StoreSubscr => -3,
        DeleteSubscr => -2,
        BinaryOp(_) | InplaceOp(_) => -1,
        UnaryNeg | UnaryPos | UnaryInvert | UnaryNot => 0,
        CompareOp(_) | IsOp(_) | ContainsOp(_) => -1,
        Pop => -1,
        Dup => 1,
        Dup2 => 2,
        Swap(_) | Rot3 => 0,
        Jump(_) | JumpForIter(_) => 0,
        PopJumpIfFalse(_) | PopJumpIfTrue(_) => -1,
        JumpIfFalseOrPop(_) | JumpIfTrueOrPop(_) => return (-1, 0),
        GetIter => 0,
        ForIter(_) => return (1, -1),
        BuildTuple(k) | BuildList(k) | BuildSet(k) | BuildSlice(k) | BuildString(k) => 1 - n(k),
        BuildMap(k) => 1 - 2 * n(k),
        ListAppend(_) | SetAdd(_) => -1,
        MapAdd(_) => -2,
        ListExtend | SetUpdate | DictUpdate | DictMerge(_) => -1,
        ListToTuple => 0,
        UnpackSequence(k) => n(k) - 1,
        UnpackEx(k) => n(k & 0xff) + n(k >> 8),
        FormatValue(f) => {
            if f & 4 != 0 {
                -1
            } else {
                0
            }
        }
        Call(k) => -n(k),
        CallKw(k) => -n(k) - 1,
        CallMethod(k) => -n(k) - 1,
        CallEx(k) => -1 - n(k & 1),
        MakeFunction(f) => -1 - ((f & 1 != 0) as i32 + (f & 2 != 0) as i32 + (f & 8 != 0) as i32),
        Return => -1,
        ReturnConst(_) | ReturnFast(_) => 0,
        BinaryReturn(_) => -1,
        Yield(_) => 0,
        Send(_) => return (0, -1),
        GetYieldFromIter => 0,
        Raise(k) => -n(k),
        Reraise => -1,
        PushExcInfo => 1,
        PopExcept => -1,
        PopExceptReraise => -2,
        CheckExcMatch => 0,
        WithExceptStart(_) => 1,
        BeforeWith(_) => 0,
        ImportName(_) => -1,
        ImportFrom(_) => 1,
        ImportStar => -1,
        LoadBuildClass | LoadAssertionError | LoadLocals => 1,
        ZeroArgSuper => -1,
    };
    (e, e)
}
