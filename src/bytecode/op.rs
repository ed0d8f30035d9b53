//! The opcode table: every instruction, its operand and its stack effect, written once.
//!
//! An instruction is an `Op` (8 bytes: a tag and a `u32` operand). Jump operands are
//! absolute instruction indices. Stack effects are written `[before] -> [after]`, top last.

/// Binary operators, shared by `BinaryOp` and `InplaceOp` operands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum BinOpKind {
    Add = 0,
    Sub = 1,
    Mul = 2,
    MatMul = 3,
    TrueDiv = 4,
    FloorDiv = 5,
    Mod = 6,
    Pow = 7,
    LShift = 8,
    RShift = 9,
    Or = 10,
    Xor = 11,
    And = 12,
}

impl BinOpKind {
    pub fn symbol(self) -> &'static str {
        match self {
            BinOpKind::Add => "+",
            BinOpKind::Sub => "-",
            BinOpKind::Mul => "*",
            BinOpKind::MatMul => "@",
            BinOpKind::TrueDiv => "/",
            BinOpKind::FloorDiv => "//",
            BinOpKind::Mod => "%",
            BinOpKind::Pow => "** or pow()",
            BinOpKind::LShift => "<<",
            BinOpKind::RShift => ">>",
            BinOpKind::Or => "|",
            BinOpKind::Xor => "^",
            BinOpKind::And => "&",
        }
    }

    /// The augmented-assignment spelling, for error messages (`+=`, `**=`).
    pub fn inplace_symbol(self) -> &'static str {
        match self {
            BinOpKind::Add => "+=",
            BinOpKind::Sub => "-=",
            BinOpKind::Mul => "*=",
            BinOpKind::MatMul => "@=",
            BinOpKind::TrueDiv => "/=",
            BinOpKind::FloorDiv => "//=",
            BinOpKind::Mod => "%=",
            BinOpKind::Pow => "**=",
            BinOpKind::LShift => "<<=",
            BinOpKind::RShift => ">>=",
            BinOpKind::Or => "|=",
            BinOpKind::Xor => "^=",
            BinOpKind::And => "&=",
        }
    }

    /// `(forward, reflected, in-place)` special method names.
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        match self {
            BinOpKind::Add => ("__add__", "__radd__", "__iadd__"),
            BinOpKind::Sub => ("__sub__", "__rsub__", "__isub__"),
            BinOpKind::Mul => ("__mul__", "__rmul__", "__imul__"),
            BinOpKind::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
            BinOpKind::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            BinOpKind::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            BinOpKind::Mod => ("__mod__", "__rmod__", "__imod__"),
            BinOpKind::Pow => ("__pow__", "__rpow__", "__ipow__"),
            BinOpKind::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            BinOpKind::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            BinOpKind::Or => ("__or__", "__ror__", "__ior__"),
            BinOpKind::Xor => ("__xor__", "__rxor__", "__ixor__"),
            BinOpKind::And => ("__and__", "__rand__", "__iand__"),
        }
    }

    pub fn from_u32(v: u32) -> BinOpKind {
        use BinOpKind::*;
        // A match, not an indexed table: the discriminants equal the operands, so this
        // compiles to a clamp, where a table was rebuilt on the stack at every use.
        match v {
            0 => Add,
            1 => Sub,
            2 => Mul,
            3 => MatMul,
            4 => TrueDiv,
            5 => FloorDiv,
            6 => Mod,
            7 => Pow,
            8 => LShift,
            9 => RShift,
            10 => Or,
            11 => Xor,
            _ => And,
        }
    }
}

/// Rich comparison operators (`CompareOp` operand).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum CmpKind {
    Lt = 0,
    Le = 1,
    Eq = 2,
    Ne = 3,
    Gt = 4,
    Ge = 5,
}

impl CmpKind {
    pub fn symbol(self) -> &'static str {
        ["<", "<=", "==", "!=", ">", ">="][self as usize]
    }
    pub fn dunder(self) -> &'static str {
        ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"][self as usize]
    }
    /// The operator with operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> CmpKind {
        use CmpKind::*;
        match self {
            Lt => Gt,
            Le => Ge,
            Eq => Eq,
            Ne => Ne,
            Gt => Lt,
            Ge => Le,
        }
    }
    pub fn from_u32(v: u32) -> CmpKind {
        use CmpKind::*;
        match v {
            0 => Lt,
            1 => Le,
            2 => Eq,
            3 => Ne,
            4 => Gt,
            _ => Ge,
        }
    }
}

/// One instruction.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Op {
    /// Does nothing.
    Nop,
    /// `[] -> [consts[i]]`
    LoadConst(u32),
    /// `[] -> [locals[i]]`; `UnboundLocalError` if unset.
    LoadFast(u32),
    /// `[v] -> []`, `locals[i] = v`.
    StoreFast(u32),
    /// Superinstruction for `LoadFast(a); LoadFast(b)`, operand `a << 16 | b`:
    /// `[] -> [locals[a], locals[b]]`, then skips the `LoadFast(b)` that still follows it
    /// (kept in place so jump targets and error positions are unchanged). Made by
    /// `compiler::peephole`, never emitted directly.
    LoadFastLoadFast(u32),
    /// Superinstruction for `LoadFast(a); LoadConst(c)`, operand `a << 16 | c`:
    /// `[] -> [locals[a], consts[c]]`, skipping the `LoadConst` that follows.
    LoadFastLoadConst(u32),
    /// Superinstruction for `LoadFast(a); LoadAttr(n)`, operand `a << 16 | n`: when the
    /// attribute cache hits, `[] -> [locals[a].names[n]]` skipping the `LoadAttr`;
    /// otherwise it runs as `LoadFast(a)` and the `LoadAttr` that follows runs alone.
    LoadFastLoadAttr(u32),
    /// Superinstruction for `LoadFast(a); LoadConst(c); BinarySubscr`, operand
    /// `a << 16 | c`: for a builtin list or tuple and an int constant in range,
    /// `[] -> [locals[a][consts[c]]]` skipping both; otherwise it runs as `LoadFast(a)`.
    LoadFastConstSubscr(u32),
    /// `LoadFastConstSubscr` when the constant is an int in `0..=0xffff`, operand
    /// `a << 16 | k` with the int `k` itself (no constant to fetch and check).
    LoadFastIntSubscr(u32),
    /// Superinstruction for `LoadFast(a); LoadFast(b); BinarySubscr`, operand
    /// `a << 16 | b`: for a builtin list or tuple and an int in range,
    /// `[] -> [locals[a][locals[b]]]` skipping both; otherwise it runs as
    /// `LoadFastLoadFast`.
    LoadFastFastSubscr(u32),
    /// Superinstruction for `LoadFast(a); LoadFast(b); StoreAttr(n)`, operand
    /// `a << 16 | b` (`n` read from the `StoreAttr`): when the attribute cache hits,
    /// `locals[b].names[n] = locals[a]` skipping both; otherwise it runs as
    /// `LoadFastLoadFast`.
    StoreAttrFast(u32),
    /// Superinstruction for `LoadFast(a); StoreAttr(n)`, operand `a << 16 | n`: when
    /// the attribute cache hits, `[v] -> []` storing `locals[a].names[n] = v` and
    /// skipping the `StoreAttr`; otherwise it runs as `LoadFast(a)`.
    LoadFastStoreAttr(u32),
    /// Superinstruction for `LoadConst(c); Return`: returns `consts[c]` (the `Return`
    /// stays after it, for jumps to it).
    ReturnConst(u32),
    /// Superinstruction for `LoadFast(a); Return`: returns `locals[a]`; an unbound
    /// local runs as `LoadFast(a)`, which raises.
    ReturnFast(u32),
    /// Superinstruction for `BinaryOp(k); Return`: returns the result of an int or
    /// float operation computed in place; any other operands run as `BinaryOp(k)`.
    BinaryReturn(u32),
    /// Superinstruction for `LoadFast(a); LoadConst(c); StoreSubscr` when the constant
    /// is an int `k` in `0..=0xffff`, operand `a << 16 | k`: for a builtin list with `k`
    /// in range, `[v] -> []` storing `v` at `locals[a][k]` and skipping both; otherwise
    /// it runs as `LoadFast(a)`.
    LoadFastIntStoreSubscr(u32),
    /// Superinstruction for `LoadFast(a); LoadConst(c); BinaryOp(k)` (or `InplaceOp(k)`),
    /// operand `a << 20 | c << 8 | k`: when both are ints or floats that `BinaryOp` computes
    /// inline, `[] -> [locals[a] op consts[c]]` skipping both; otherwise it runs as
    /// `LoadFast(a)`.
    LoadFastConstBinary(u32),
    /// Superinstruction for `LoadFast(a); LoadFast(b); BinaryOp(k)` (or `InplaceOp(k)`),
    /// operand `a << 20 | b << 8 | k`: like `LoadFastConstBinary` with a second local.
    LoadFastFastBinary(u32),
    /// Superinstruction for `LoadFast(a); LoadConst(c); CompareOp(k)`, operand
    /// `a << 20 | c << 8 | k`: when both are ints or both floats, compares them inline (fused
    /// with a following conditional jump, as `CompareOp` is) skipping both; otherwise it
    /// runs as `LoadFast(a)`.
    LoadFastConstCompare(u32),
    /// Superinstruction for `LoadFast(a); LoadFast(b); CompareOp(k)`, operand
    /// `a << 20 | b << 8 | k`: like `LoadFastConstCompare` with a second local.
    LoadFastFastCompare(u32),
    /// Superinstruction for `LoadConst(c); BinaryOp(k)` (or `InplaceOp(k)`), operand
    /// `c << 8 | k`: when the
    /// top of the stack and the constant are ints or floats that `BinaryOp` computes
    /// inline, `[x] -> [x op consts[c]]` skipping the `BinaryOp`; otherwise it runs as
    /// `LoadConst(c)`.
    LoadConstBinary(u32),
    /// Superinstruction for `LoadConst(c); CompareOp(k)`, operand `c << 8 | k`: like `LoadConstBinary`, for
    /// int or float comparisons (fused with a following conditional jump).
    LoadConstCompare(u32),
    /// Superinstruction for `StoreFast(a); LoadFast(b)`, operand `a << 16 | b`:
    /// `[v] -> [locals[b]]` with `locals[a] = v`, skipping the `LoadFast` that follows.
    StoreFastLoadFast(u32),
    /// `[] -> []`, unbinds `locals[i]` (error if unset).
    DeleteFast(u32),
    /// `[] -> [cells[i].get()]` (cell or free variable; `NameError`/`UnboundLocalError` if empty).
    LoadDeref(u32),
    /// `[v] -> []`, `cells[i].set(v)`.
    StoreDeref(u32),
    /// `[] -> []`, empties `cells[i]`.
    DeleteDeref(u32),
    /// `[] -> [cells[i]]` (the cell object itself, for building closures).
    LoadClosure(u32),
    /// `[] -> [v]`: `names[i]` from globals, then builtins.
    LoadGlobal(u32),
    /// `[v] -> []`: globals[names[i]] = v.
    StoreGlobal(u32),
    /// `[] -> []`: del globals[names[i]].
    DeleteGlobal(u32),
    /// `[] -> [v]`: `names[i]` from the frame's locals dict, then globals, then builtins.
    LoadName(u32),
    /// `[v] -> []`: locals dict[names[i]] = v.
    StoreName(u32),
    /// `[] -> []`: del locals dict[names[i]].
    DeleteName(u32),
    /// In a class body: `[] -> [v]` from the class namespace, else the cell `cells[i]` (free var).
    LoadClassDeref(u32),
    /// `[obj] -> [obj.names[i]]`.
    LoadAttr(u32),
    /// `[v, obj] -> []`: obj.names[i] = v.
    StoreAttr(u32),
    /// `[obj] -> []`: del obj.names[i].
    DeleteAttr(u32),
    /// `[obj] -> [func, obj]` when `names[i]` is a plain method on obj's type, else
    /// `[obj.names[i], Undef]`; consumed by `CallMethod`.
    LoadMethod(u32),
    /// `[obj, key] -> [obj[key]]`.
    BinarySubscr,
    /// `[v, obj, key] -> []`: obj[key] = v.
    StoreSubscr,
    /// `[obj, key] -> []`: del obj[key].
    DeleteSubscr,
    /// `[a, b] -> [a op b]` (operand: `BinOpKind`).
    BinaryOp(u32),
    /// `[a, b] -> [a op= b]` (operand: `BinOpKind`), trying `__iop__` first.
    InplaceOp(u32),
    /// `[a] -> [-a]`.
    UnaryNeg,
    /// `[a] -> [+a]`.
    UnaryPos,
    /// `[a] -> [~a]`.
    UnaryInvert,
    /// `[a] -> [not a]`.
    UnaryNot,
    /// `[a, b] -> [a cmp b]` (operand: `CmpKind`).
    CompareOp(u32),
    /// `[a, b] -> [a is b]` (operand 1: `is not`).
    IsOp(u32),
    /// `[a, b] -> [a in b]` (operand 1: `not in`).
    ContainsOp(u32),
    /// `[v] -> []`.
    Pop,
    /// `[v] -> [v, v]`.
    Dup,
    /// `[a, b] -> [a, b, a, b]`.
    Dup2,
    /// `[.., x, ...(n-1 more)] -> [.., ...(n-1), x]`-style swap of top and the n-th item: `Swap(2)` swaps the top two.
    Swap(u32),
    /// `[a, b, c] -> [c, a, b]`: moves the top below the next two.
    Rot3,
    /// Jump to instruction `t`.
    Jump(u32),
    /// `[v] -> []`; jump to `t` if `v` is false.
    PopJumpIfFalse(u32),
    /// `[v] -> []`; jump to `t` if `v` is true.
    PopJumpIfTrue(u32),
    /// `[v] -> [v]` and jump to `t` if `v` is false, else `[v] -> []`.
    JumpIfFalseOrPop(u32),
    /// `[v] -> [v]` and jump to `t` if `v` is true, else `[v] -> []`.
    JumpIfTrueOrPop(u32),
    /// `[obj] -> [iter(obj)]`.
    GetIter,
    /// `[it] -> [it, next(it)]`, or when exhausted `[it] -> []` and jump to `t`.
    ForIter(u32),
    /// A loop's back edge fused with its head: `Jump(h)` where instruction `h` is a
    /// `ForIter`, made by the peephole pass. Runs the `ForIter` at `h` as if it had been
    /// jumped to (polling the breaker like a backward `Jump`), saving a dispatch per
    /// iteration.
    JumpForIter(u32),
    /// `[x1..xn] -> [(x1..xn)]`.
    BuildTuple(u32),
    /// `[x1..xn] -> [[x1..xn]]`.
    BuildList(u32),
    /// `[x1..xn] -> [{x1..xn}]`.
    BuildSet(u32),
    /// `[k1, v1 .. kn, vn] -> [{k1: v1 ..}]`.
    BuildMap(u32),
    /// `[a, b] -> [slice(a, b)]` (n = 2) or `[a, b, c] -> [slice(a, b, c)]` (n = 3).
    BuildSlice(u32),
    /// `[s1..sn] -> [s1 + .. + sn]` (all strs).
    BuildString(u32),
    /// `[list, .. (n-1 items), v] -> [list, ..]`: list.append(v), list at depth n.
    ListAppend(u32),
    /// As `ListAppend` for sets.
    SetAdd(u32),
    /// `[dict, .., k, v] -> [dict, ..]`: dict[k] = v, dict at depth n (counting from k).
    MapAdd(u32),
    /// `[list, it] -> [list]`: list.extend(it).
    ListExtend,
    /// `[set, it] -> [set]`: set.update(it).
    SetUpdate,
    /// `[dict, m] -> [dict]`: dict.update(m) (`{**m}`).
    DictUpdate,
    /// `[f, .., dict, m] -> [f, .., dict]`: merge keyword arguments, error on duplicates (`f(**m)`); operand: depth of f.
    DictMerge(u32),
    /// `[list] -> [tuple(list)]`.
    ListToTuple,
    /// `[seq] -> [xn .. x1]`: unpack exactly n items (first item ends on top).
    UnpackSequence(u32),
    /// `[seq] -> [after.., list, before..]`: starred unpack; operand = before | after << 8.
    UnpackEx(u32),
    /// `[v] -> [format(v)]` or `[v, spec] -> [format(v, spec)]`; operand: bits 0-1 conversion
    /// (0 none, 1 str, 2 repr, 3 ascii), bit 2: a spec is on the stack.
    FormatValue(u32),
    /// `[f, a1..an] -> [f(a1..an)]`.
    Call(u32),
    /// `[f, a1..an, kwnames] -> [f(...)]`: the last `len(kwnames)` arguments are keywords.
    CallKw(u32),
    /// `[meth, self|Undef, a1..an] -> [result]` (after `LoadMethod`).
    CallMethod(u32),
    /// `[f, args_tuple] -> [f(*args)]` or with operand 1 `[f, args_tuple, kwargs_dict] -> [f(*args, **kw)]`.
    CallEx(u32),
    /// Build a function from `[code, qualname]` and, by operand bits, below them:
    /// 1 defaults tuple, 2 kw-defaults dict, 8 closure tuple (in that order from the bottom).
    MakeFunction(u32),
    /// `[v] -> (return v)`.
    Return,
    /// `[v] -> [sent]`: suspend the generator yielding `v`; on resume push the sent value.
    /// Operand 1 marks the yield inside a `yield from` loop.
    Yield(u32),
    /// `[it, v] -> [it, y]` while the sub-iterator yields `y` for `it.send(v)`; when it
    /// returns `r`: `[it, v] -> [r]` and jump to `t`.
    Send(u32),
    /// `[v] -> [iter(v)]` for `yield from` (generators pass through).
    GetYieldFromIter,
    /// Operand 0: re-raise the handled exception (bare `raise`); 1: `[exc] -> raise exc`;
    /// 2: `[exc, cause] -> raise exc from cause`.
    Raise(u32),
    /// `[exc] -> (raise exc again, traceback kept)`.
    Reraise,
    /// Exception-handler entry: `[exc] -> [prev_handled, exc]`, marks `exc` as being handled.
    PushExcInfo,
    /// `[prev_handled] -> []`: end of a handler, restores the previously handled exception.
    PopExcept,
    /// `[prev_handled, exc] -> (raise exc)` after restoring `prev_handled`; used as the
    /// cleanup handler around except/finally blocks.
    PopExceptReraise,
    /// `[exc, type] -> [exc, exc matches type]`.
    CheckExcMatch,
    /// `[exc] -> [exc, result of locals[i](type(exc), exc, tb)]` for `with` blocks (operand:
    /// local holding the `__exit__` method).
    WithExceptStart(u32),
    /// `[ctx] -> [ctx.__enter__()]` and `locals[i] = ctx.__exit__` (bound).
    BeforeWith(u32),
    /// `[level, fromlist] -> [module]`: import `names[i]`.
    ImportName(u32),
    /// `[module] -> [module, module.names[i]]` (submodule fallback; ImportError if missing).
    ImportFrom(u32),
    /// `[module] -> []`: copy public names into the current namespace.
    ImportStar,
    /// `[] -> [__build_class__]`.
    LoadBuildClass,
    /// `[] -> [AssertionError]`.
    LoadAssertionError,
    /// `[] -> [locals()]` (the frame's namespace dict, for class bodies' `__classcell__`).
    LoadLocals,
    /// `[cls, self] -> [super(cls, self)]` for zero-argument `super()`.
    ZeroArgSuper,
}

impl Op {
    /// Whether control never continues with the next instruction (an unconditional
    /// jump, a return or a raise).
    pub fn ends_block(self) -> bool {
        matches!(
            self,
            Op::Jump(_)
                | Op::JumpForIter(_)
                | Op::Return
                | Op::ReturnConst(_)
                | Op::Raise(_)
                | Op::Reraise
                | Op::PopExceptReraise
        )
    }

    /// The jump target of a jump instruction.
    pub fn jump_target(self) -> Option<u32> {
        match self {
            Op::Jump(t)
            | Op::JumpForIter(t)
            | Op::PopJumpIfFalse(t)
            | Op::PopJumpIfTrue(t)
            | Op::JumpIfFalseOrPop(t)
            | Op::JumpIfTrueOrPop(t)
            | Op::ForIter(t)
            | Op::Send(t) => Some(t),
            _ => None,
        }
    }
}
