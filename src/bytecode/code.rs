//! Code objects: the compiler's output (`CodeUnit`, plain data with `Const`s) and the
//! runtime form (`Code`, with constants and names turned into live values).

use super::op::Op;
use crate::runtime::value::Value;
use crate::source::{SourceFile, Span};
use num_bigint::BigInt;
use std::rc::Rc;

/// A compile-time constant.
#[derive(Debug, Clone, PartialEq)]
pub enum Const {
    None,
    True,
    False,
    Ellipsis,
    Int(i64),
    BigInt(BigInt),
    Float(f64),
    Imag(f64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<Const>),
    Code(Box<CodeUnit>),
}

/// What kind of scope a code object runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
    GenExpr,
}

pub const FLAG_VARARGS: u32 = 1;
pub const FLAG_VARKW: u32 = 2;
pub const FLAG_GENERATOR: u32 = 4;
pub const FLAG_COROUTINE: u32 = 8;
/// The class body needs a `__class__` cell (returned to `__build_class__`).
pub const FLAG_CLASSCELL: u32 = 16;

/// One entry of the exception table: an exception raised by an instruction in
/// `start..end` truncates the stack to `depth`, pushes the exception and jumps to `handler`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExcEntry {
    pub start: u32,
    pub end: u32,
    pub handler: u32,
    pub depth: u32,
}

/// A compiled code object, as the compiler makes it.
#[derive(Debug, Clone, PartialEq)]
pub struct CodeUnit {
    pub name: String,
    pub qualname: String,
    pub kind: CodeKind,
    pub ops: Vec<Op>,
    /// Source span of each instruction (parallel to `ops`).
    pub spans: Vec<Span>,
    pub consts: Vec<Const>,
    /// Global, attribute and dict-scope names used by the instructions.
    pub names: Vec<String>,
    /// Fast locals: parameters first (positional, keyword-only, *args, **kwargs), then others.
    pub varnames: Vec<String>,
    /// Variables of this scope captured by inner scopes.
    pub cellvars: Vec<String>,
    /// Variables of enclosing scopes used here.
    pub freevars: Vec<String>,
    /// For each cellvar that is also a parameter: its local index (copied into the cell at entry).
    pub cell2arg: Vec<Option<u32>>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub exc_table: Vec<ExcEntry>,
    pub firstlineno: u32,
    pub max_stack: u32,
    pub docstring: Option<String>,
}

impl CodeUnit {
    /// Index of the handler covering instruction `pc`, innermost first.
    pub fn handler_for(&self, pc: u32) -> Option<&ExcEntry> {
        self.exc_table.iter().find(|e| e.start <= pc && pc < e.end)
    }

    /// See `Code::simple_argc`.
    pub fn simple_argc(&self) -> u32 {
        let simple = self.flags & (FLAG_VARARGS | FLAG_VARKW) == 0
            && !self.is_generator()
            && self.kwonlyargcount == 0
            && self.cellvars.is_empty();
        if simple { self.argcount } else { u32::MAX }
    }

    pub fn is_generator(&self) -> bool {
        self.flags & (FLAG_GENERATOR | FLAG_COROUTINE) != 0
    }

    /// Number of parameters including `*args` and `**kwargs`.
    pub fn total_args(&self) -> usize {
        (self.argcount
            + self.kwonlyargcount
            + (self.flags & FLAG_VARARGS != 0) as u32
            + (self.flags & FLAG_VARKW != 0) as u32) as usize
    }
}

/// Inline cache of a global name lookup: where the name was found, valid while the
/// dicts' key layouts are unchanged (see `DictTable::keys_version`).
#[derive(Clone, Copy, Default)]
pub struct GlobalCache {
    /// The key-layout version of the globals dict the entry was made for: versions
    /// are unique among all dicts, so this also names the dict.
    pub gkv: u64,
    pub bkv: u64,
    pub slot: u32,
    /// 0: empty, 1: found in globals, 2: found in builtins.
    pub kind: u8,
}

/// Inline cache of a `property` read (`LoadAttr`): for instances of class `ty` (while
/// the class hierarchy is unchanged: `epoch`), the name is a property of the class
/// whose getter `fget` is a plain function of one argument, and nothing overrides
/// attribute access. `ty` 0: empty.
#[derive(Default)]
pub struct PropCache {
    pub ty: usize,
    pub epoch: u64,
    pub fget: Value,
}

/// Inline cache of an instance attribute: for instances of class `ty` (while the class
/// hierarchy is unchanged: `epoch`), the name lives in slot `slot` of the instance dict
/// and no class attribute of that name interferes. Hits re-check the key in the slot.
#[derive(Clone, Copy, Default)]
pub struct AttrSlotCache {
    pub ty: usize,
    pub epoch: u64,
    pub slot: u32,
}

/// The keyword names of a call, as native functions and argument binding take them.
pub type KwNames = Rc<[Rc<crate::runtime::str::PyStr>]>;

/// A code object ready to run: constants and names are live values. Made only by
/// `Code::new`, which checks the control flow that `Ops::at` relies on.
pub struct Code {
    /// The compiled unit. Its instructions must not change once the code is made.
    pub unit: CodeUnit,
    pub consts: Vec<Value>,
    /// `unit.names` as `str` objects (dict keys with cached hashes).
    pub names: Vec<Value>,
    pub source: Rc<SourceFile>,
    /// One inline cache per name, for `LoadGlobal`.
    pub global_cache: Box<[std::cell::Cell<GlobalCache>]>,
    /// One inline cache per name, for `LoadAttr`/`StoreAttr` on instances.
    pub attr_cache: Box<[std::cell::Cell<AttrSlotCache>]>,
    /// One inline cache per name, for `LoadMethod`.
    pub method_cache: Box<[std::cell::RefCell<MethodCache>]>,
    /// One inline cache per name, for `LoadAttr` of a `property` whose getter is a
    /// plain Python function: the getter's frame is entered inline.
    pub prop_cache: Box<[std::cell::RefCell<PropCache>]>,
    /// Per constant: a tuple of `str`s as the keyword names a `CallKw` takes (the names
    /// tuple a call with keywords loads just before it), made once instead of per call.
    pub kwnames: Box<[Option<KwNames>]>,
    /// The argument count of a plain function, one a positional call with exactly this
    /// many arguments enters without binding (no `*args`, `**kwargs`, keyword-only
    /// parameters or cells, and not a generator); `u32::MAX` otherwise.
    pub simple_argc: u32,
    /// `unit.name` and `unit.qualname`, made once: every function made from this code
    /// (a generator expression or lambda per evaluation) shares them.
    pub name: Rc<crate::runtime::str::PyStr>,
    pub qualname: Rc<str>,
    /// Proof that `unit.ops` passed `check_control_flow` (private: no other way to
    /// make a `Code`).
    checked: ControlFlowChecked,
}

impl Code {
    /// Make a runnable code object. Panics if the compiler produced instructions whose
    /// control flow could run off their end (a compiler bug, which must never become
    /// an out-of-bounds read in the dispatch loop).
    pub fn new(
        unit: CodeUnit,
        consts: Vec<Value>,
        names: Vec<Value>,
        source: Rc<SourceFile>,
    ) -> Code {
        if let Err(e) = check_control_flow(&unit) {
            panic!("internal compiler error in {}: {e}", unit.qualname);
        }
        Code {
            simple_argc: unit.simple_argc(),
            name: Rc::new(crate::runtime::str::PyStr::new(&unit.name)),
            qualname: Rc::from(unit.qualname.as_str()),
            global_cache: names.iter().map(|_| Default::default()).collect(),
            attr_cache: names.iter().map(|_| Default::default()).collect(),
            method_cache: names.iter().map(|_| Default::default()).collect(),
            prop_cache: names.iter().map(|_| Default::default()).collect(),
            kwnames: consts
                .iter()
                .map(|c| {
                    let t = c.as_tuple()?;
                    t.iter()
                        .map(|n| {
                            n.as_str()
                                .map(|s| Rc::new(crate::runtime::str::PyStr::new(s)))
                        })
                        .collect::<Option<KwNames>>()
                })
                .collect(),
            unit,
            consts,
            names,
            source,
            checked: ControlFlowChecked,
        }
    }

    /// The instructions, for the dispatch loop.
    #[inline(always)]
    pub fn ops(&self) -> Ops<'_> {
        let ControlFlowChecked = self.checked;
        Ops(&self.unit.ops)
    }
}

/// Made only by `Code::new`, after `check_control_flow` passed.
#[derive(Clone, Copy)]
struct ControlFlowChecked;

/// The control-flow facts `Ops::at` relies on: there is at least one instruction, the
/// last one never falls through (`Op::ends_block`), and every jump target and exception
/// handler is an instruction index.
pub fn check_control_flow(unit: &CodeUnit) -> Result<(), String> {
    let n = unit.ops.len();
    match unit.ops.last() {
        None => return Err("no instructions".into()),
        Some(op) if !op.ends_block() => {
            return Err(format!("the last instruction, {op:?}, falls through"));
        }
        _ => {}
    }
    for (pc, op) in unit.ops.iter().enumerate() {
        if let Some(t) = op.jump_target()
            && t as usize >= n
        {
            return Err(format!("{op:?} at {pc} jumps past the end ({n})"));
        }
    }
    if let Some(e) = unit.exc_table.iter().find(|e| e.handler as usize >= n) {
        return Err(format!("handler {} past the end ({n})", e.handler));
    }
    Ok(())
}

/// The instructions of a checked code object (`Code::ops`), read by the dispatch loop
/// without bounds checks. Removing that one check (and the length it keeps live) made
/// call- and loop-heavy programs 7-13% faster.
#[derive(Clone, Copy)]
pub struct Ops<'a>(&'a [Op]);

impl<'a> Ops<'a> {
    /// The instruction at `pc`.
    ///
    /// # Safety
    ///
    /// `pc` must be 0, a jump target or handler of this code, or one past an instruction
    /// that falls through (`!ends_block()`), possibly skipping instructions that fall
    /// through. `check_control_flow` makes each of those an index of the instructions:
    /// a jump target or handler is one, and since the last instruction ends a block,
    /// the instruction after one that falls through exists.
    #[inline(always)]
    pub unsafe fn at(self, pc: usize) -> Op {
        debug_assert!(pc < self.0.len(), "pc {pc} out of {}", self.0.len());
        // SAFETY: the caller's contract above.
        unsafe { *self.0.get_unchecked(pc) }
    }

    /// The instructions as a slice (checked indexing).
    #[inline(always)]
    pub fn slice(self) -> &'a [Op] {
        self.0
    }
}

/// Inline cache of a method lookup: for receivers of class `ty` (while the class
/// hierarchy is unchanged: `epoch`), `obj.name` is the plain function or method
/// descriptor `func` of the class, unless the receiver's own `__dict__` has `name`.
///
/// For a module receiver the entry is instead a slot of the module's namespace: `func`
/// is `Undef`, `ty` the address of the namespace dict object, `epoch` its key-layout
/// version (`DictTable::keys_version`) and `slot` where the name lives.
#[derive(Default)]
pub struct MethodCache {
    pub ty: usize,
    pub epoch: u64,
    pub func: crate::runtime::value::Value,
    pub slot: u32,
}

impl Code {
    /// 1-based line of instruction `pc`.
    pub fn line_of(&self, pc: usize) -> usize {
        let span = self.unit.spans.get(pc).copied().unwrap_or_default();
        self.source.line_of(span.start)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn compiled(text: &str) -> CodeUnit {
        let src = SourceFile::new("<test>", text);
        let m = crate::parser::parse(&src).expect("parses");
        crate::compiler::compile_module(&m, &src).expect("compiles")
    }

    #[test]
    fn compiled_code_passes_the_control_flow_check() {
        let u = compiled(
            "while x:\n    if y:\n        break\n    try:\n        f()\n    except E:\n        raise\n",
        );
        assert_eq!(check_control_flow(&u), Ok(()));
    }

    #[test]
    fn control_flow_check_rejects_what_could_run_off_the_end() {
        let good = compiled("for i in r:\n    try:\n        f(i)\n    except E:\n        pass\n");
        let n = good.ops.len() as u32;

        let mut u = good.clone();
        *u.ops.last_mut().expect("instructions") = Op::Nop;
        assert!(
            check_control_flow(&u)
                .unwrap_err()
                .contains("falls through")
        );

        let mut u = good.clone();
        u.ops.clear();
        assert!(check_control_flow(&u).is_err());

        let mut u = good.clone();
        let j = u
            .ops
            .iter()
            .position(|op| op.jump_target().is_some())
            .expect("a jump");
        u.ops[j] = Op::Jump(n);
        assert!(check_control_flow(&u).unwrap_err().contains("past the end"));

        let mut u = good.clone();
        u.exc_table[0].handler = n + 5;
        assert!(check_control_flow(&u).unwrap_err().contains("handler"));
    }
}
