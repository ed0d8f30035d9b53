//! The dispatch loop. `run_frame` owns exception handling (traceback entries, exception
//! context, the exception table); `exec` is the tight loop over instructions, whose arms
//! are short and call into the runtime for anything non-trivial.

use super::frame::{CallStack, Frame, Sink};
use super::{PyErr, PyResult, Vm};
use crate::bytecode::op::{BinOpKind, CmpKind, Op};
use crate::runtime::attr::MethodLookup;
use crate::runtime::dict::DictTable;
use crate::runtime::str::PyStr;
use crate::runtime::types::BuiltinTypes;
use crate::runtime::value::*;
use std::rc::Rc;

/// `seq[i]` for an int index (negative counts from the end); `None` when out of range.
#[inline(always)]
fn seq_item(seq: &[Value], i: i64) -> Option<Value> {
    let j = if i < 0 { i + seq.len() as i64 } else { i };
    if j >= 0 {
        seq.get(j as usize).cloned()
    } else {
        None
    }
}

/// `o[i]` when `o` is a builtin (not subclassed) list or tuple and `i` is in range: the
/// subscript fast path. `None` sends the caller down the general protocol.
#[inline(always)]
fn builtin_item(o: &PyRef, i: i64, types: &BuiltinTypes) -> Option<Value> {
    // The class compared by address (as CPython's `PyList_CheckExact`): one load, where
    // `type_data().heap` follows three pointers.
    let ty = Rc::as_ptr(o.ty());
    match &o.payload {
        Payload::List(l) if ty == Rc::as_ptr(&types.list) => seq_item(&l.borrow(), i),
        Payload::Tuple(t) if ty == Rc::as_ptr(&types.tuple) => seq_item(t, i),
        _ => None,
    }
}

/// `o[i] = *v` when `o` is a builtin (not subclassed) list and `i` is in range: the
/// subscript-store fast path. The replaced item comes back, to be dropped once the list
/// is released; `None` leaves `v` for the general protocol.
#[inline(always)]
fn builtin_store(o: &PyRef, i: i64, v: &mut Value, types: &BuiltinTypes) -> Option<Value> {
    let Payload::List(l) = &o.payload else {
        return None;
    };
    if !Rc::ptr_eq(o.ty(), &types.list) {
        return None;
    }
    let mut l = l.try_borrow_mut().ok()?;
    let len = l.len() as i64;
    let j = if i < 0 { i + len } else { i };
    // No closure (`bool::then`): LLVM left it out of line.
    if (0..len).contains(&j) {
        Some(std::mem::replace(&mut l[j as usize], std::mem::take(v)))
    } else {
        None
    }
}

/// `key` when it is a builtin `str` (not a subclass, which may redefine `__eq__` and
/// `__hash__`): the dict fast paths below apply.
#[inline(always)]
fn exact_str<'a>(key: &'a Value, types: &BuiltinTypes) -> Option<&'a PyStr> {
    match key {
        Value::Obj(k) => match &k.payload {
            Payload::Str(s) if Rc::ptr_eq(k.ty(), &types.str) => Some(s),
            _ => None,
        },
        _ => None,
    }
}

/// The table of `o` when it is a builtin `dict` (not a subclass, which may define
/// `__missing__` or override item access).
#[inline(always)]
fn exact_dict<'a>(
    o: &'a PyRef,
    types: &BuiltinTypes,
) -> Option<&'a std::cell::RefCell<crate::runtime::dict::DictTable>> {
    match &o.payload {
        Payload::Dict(t) if Rc::ptr_eq(o.ty(), &types.dict) => Some(t),
        _ => None,
    }
}

// The dict and unpacking fast paths below are out of line on purpose: inlined into
// `exec`, their code perturbed the register allocation of the whole loop and cost the
// call-heavy programs (fib +6% instructions) more than the call saves.

/// An instance of a user class without a builtin base (its attributes in its own
/// table), the objects the attribute and operator caches apply to.
#[inline]
fn plain_instance(v: &Value) -> Option<&PyRef> {
    match v {
        Value::Obj(o)
            if matches!(o.payload, Payload::Plain | Payload::Instance(_)) && o.type_data().heap =>
        {
            Some(o)
        }
        _ => None,
    }
}

/// `obj[key]` for a builtin dict and a str or int key when the key is present.
#[inline(never)]
fn dict_item(obj: &Value, key: &Value, types: &BuiltinTypes) -> Option<Value> {
    let Value::Obj(o) = obj else {
        return None;
    };
    if let Value::Int(i) = key {
        let t = exact_dict(o, types)?.try_borrow().ok()?;
        return t
            .get_int(*i, crate::runtime::hashing::hash_i64(*i))?
            .cloned();
    }
    let k = exact_str(key, types)?;
    exact_dict(o, types)?
        .try_borrow()
        .ok()?
        .get_str(k.as_str(), k.hash())
        .cloned()
}

/// `obj[key] = *v` (taking `v`) for a builtin dict and str key; false if not applicable.
#[inline(never)]
fn store_dict_str(obj: &Value, key: &Value, v: &mut Value, types: &BuiltinTypes) -> bool {
    if let Value::Obj(o) = obj
        && let Some(k) = exact_str(key, types)
        && let Some(t) = exact_dict(o, types)
        && let Ok(mut t) = t.try_borrow_mut()
    {
        t.set_str(key.clone(), k.hash(), std::mem::take(v));
        return true;
    }
    false
}

/// `item in container` for a builtin dict and str item.
#[inline(never)]
fn dict_str_contains(container: &Value, item: &Value, types: &BuiltinTypes) -> Option<bool> {
    let (Value::Obj(o), Some(k)) = (container, exact_str(item, types)) else {
        return None;
    };
    Some(
        exact_dict(o, types)?
            .try_borrow()
            .ok()?
            .find_str(k.as_str(), k.hash())
            .is_some(),
    )
}

/// Push the `n` items of a builtin tuple or list of exactly that length (first item on
/// top); false if `seq` is anything else.
#[inline(never)]
fn unpack_exact(seq: &Value, n: usize, stack: &mut Vec<Value>) -> bool {
    let Value::Obj(o) = seq else { return false };
    if o.type_data().heap {
        return false;
    }
    match &o.payload {
        Payload::Tuple(t) if t.len() == n => stack.extend(t.iter().rev().cloned()),
        Payload::List(l) if l.borrow().len() == n => stack.extend(l.borrow().iter().rev().cloned()),
        _ => return false,
    }
    true
}

#[cold]
#[inline(never)]
fn stack_underflow() -> ! {
    panic!("operand stack underflow")
}

/// `a <op> b` for two ints or two floats (`CompareOp`'s inline cases).
#[inline(always)]
fn fast_compare(a: &Value, b: &Value, k: CmpKind) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(crate::runtime::ops::cmp_result(x.cmp(y), k)),
        (Value::Float(x), Value::Float(y)) => {
            Some(crate::runtime::ops::float_cmp(x.get(), y.get(), k))
        }
        _ => None,
    }
}

/// `a <op>= b` in place for two ints, two floats, or an int and a float, when the
/// result needs no allocation and no error; `false` (with `a` untouched) sends the
/// operation down the general path (bigint overflow, division by zero, other types).
/// Writing into the left operand's slot, where the result belongs, keeps the value out
/// of temporaries: a value stored piecewise and then copied whole stalls the CPU's
/// store forwarding.
/// A new frame's locals past its arguments (`stack[first..]`), unbound, with room for
/// its operand stack. Pushed one by one into reserved room: `resize` is an out-of-line
/// call even when there is nothing to add.
#[inline(always)]
fn unbound_locals(stack: &mut Vec<Value>, first: usize, nlocals: usize, room: usize) {
    stack.reserve(room);
    for _ in stack.len()..first + nlocals {
        stack.push(Value::Undef);
    }
}

/// The operands `(a, b, k)` of a fused triple (`LoadFastConstBinary` and friends),
/// packed by the peephole pass (`crate::compiler::peephole::pack_triple`).
#[inline(always)]
fn unpack_triple(p: u32) -> (usize, usize, u32) {
    ((p >> 20) as usize, ((p >> 8) & 0xfff) as usize, p & 0xff)
}

/// `x <op> y` for two ints when the result is an int that fits (`None` for overflow,
/// division by zero and the operators with other results).
#[inline(always)]
fn int_binop(x: i64, y: i64, k: BinOpKind) -> Option<i64> {
    match k {
        BinOpKind::Add => x.checked_add(y),
        BinOpKind::Sub => x.checked_sub(y),
        BinOpKind::Mul => x.checked_mul(y),
        BinOpKind::FloorDiv if y != 0 => match x.checked_div(y) {
            Some(q) if x % y != 0 && (x < 0) != (y < 0) => Some(q - 1),
            q => q,
        },
        BinOpKind::Mod if y != 0 => match x.checked_rem(y) {
            Some(r) if r != 0 && (r < 0) != (y < 0) => Some(r + y),
            r => r,
        },
        BinOpKind::And => Some(x & y),
        BinOpKind::Xor => Some(x ^ y),
        BinOpKind::Or => Some(x | y),
        _ => None,
    }
}

#[inline(always)]
fn fast_binop(a: &mut Value, b: &Value, k: BinOpKind) -> bool {
    /// Ints below 2**53 convert to `f64` exactly.
    const EXACT: u64 = 1 << 53;
    // A function, not a closure: LLVM left the closure (used three times) out of line.
    #[inline(always)]
    fn float(k: BinOpKind, x: f64, y: f64) -> Option<f64> {
        match k {
            BinOpKind::Add => Some(x + y),
            BinOpKind::Sub => Some(x - y),
            BinOpKind::Mul => Some(x * y),
            BinOpKind::TrueDiv if y != 0.0 => Some(x / y),
            _ => None,
        }
    }
    match (&mut *a, b) {
        (Value::Int(x), &Value::Int(y)) => {
            let xv = *x;
            let r = match k {
                BinOpKind::TrueDiv
                    if y != 0 && xv.unsigned_abs() < EXACT && y.unsigned_abs() < EXACT =>
                {
                    *a = Value::float(xv as f64 / y as f64);
                    return true;
                }
                _ => int_binop(xv, y, k),
            };
            match r {
                Some(r) => {
                    *x = r;
                    true
                }
                None => false,
            }
        }
        (Value::Float(x), &Value::Float(y)) => match float(k, x.get(), y.get()) {
            Some(r) => {
                *x = F64::new(r);
                true
            }
            None => false,
        },
        (Value::Float(x), &Value::Int(y)) if y.unsigned_abs() < EXACT => {
            match float(k, x.get(), y as f64) {
                Some(r) => {
                    *x = F64::new(r);
                    true
                }
                None => false,
            }
        }
        (Value::Int(x), &Value::Float(y)) if x.unsigned_abs() < EXACT => {
            match float(k, *x as f64, y.get()) {
                Some(r) => {
                    *a = Value::float(r);
                    true
                }
                None => false,
            }
        }
        _ => false,
    }
}

/// How the last error left `exec`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Raised {
    New,
    Reraise,
}

/// How the instruction loop leaves the current frame without leaving `exec`.
enum Switch {
    /// The frame returned this value.
    Return(Value),
    /// The frame calls `stack[func_at](*stack[first..])`, which can run inline (see
    /// `Vm::inline_target`; `init` is the class's `__init__` for `Cls(...)`): push the
    /// callee frame, run it next, then push its result onto the caller's stack.
    /// Python-to-Python calls never recurse in Rust. The frame is built outside the
    /// instruction loop so it can be constructed where it lives, in `calls`.
    Call {
        func_at: usize,
        first: usize,
        init: Option<Value>,
        /// The keyword names of a `CallKw` (`None` for a positional call, so that the
        /// common case drops nothing).
        kwnames: Option<crate::bytecode::code::KwNames>,
    },
    /// `a <op> b` for two instances of one class whose `__op__` is a plain function of
    /// two arguments: entered like a `call_simple!` call (`stack[func_at]` is the method, the
    /// operands follow it, with a copy of them kept below), and the frame marked so that
    /// its return replaces the operands with the result (see `Switch::Return`).
    CallBinop {
        func_at: usize,
        first: usize,
        kind: u32,
    },
    /// `ForIter` over a suspended generator: run the generator's frame next, inline (see
    /// `Vm::resume_inline`).
    Resume(PyRef),
    /// A generator frame resumed inline yielded this value to its consumer.
    Yielded(Value),
}

impl Vm {
    /// Run `f` until it returns (or yields, setting `f.yielded`). `throw` raises an
    /// exception at the current instruction first (generator `throw()`).
    #[inline]
    pub fn run_frame(&mut self, f: &mut Frame, throw: Option<PyErr>) -> PyResult<Value> {
        let mut raised = None;
        let v = self.run_frame_raw(f, throw, &mut raised);
        match raised {
            None => Ok(v),
            Some(e) => Err(e),
        }
    }

    /// `run_frame` with the result in two registers: the value, or `Undef` with the
    /// exception in `raised`. A `PyResult<Value>` is returned through memory, written in
    /// two halves and copied whole by the next layer that passes it on (a store-forwarding
    /// stall per layer); hot native-to-Python paths (`call_reusing`) keep the value in
    /// registers until their caller reads it.
    pub fn run_frame_raw(
        &mut self,
        f: &mut Frame,
        throw: Option<PyErr>,
        raised: &mut Option<PyErr>,
    ) -> Value {
        // A relaxed load first: the common case costs what the loop's poll costs.
        if self.interp.breaker.is_set() && self.interp.breaker.get(crate::gil::DROP_REQUEST) {
            self.gil.yield_to_waiter();
        }
        // `frame_globals` changes only when the module does (as for inline calls).
        let push = !self
            .frame_globals
            .last()
            .is_some_and(|g| Rc::ptr_eq(g, &f.globals));
        if push {
            self.frame_globals.push(f.globals.clone());
        }
        let v = self.run_frame_inner(f, throw, raised);
        if push {
            self.frame_globals.pop();
        }
        v
    }

    /// Drive `base` and the Python frames it calls: callee frames live in `calls`
    /// (innermost last), so a Python call costs a frame push, not a Rust recursion.
    /// They run on `base`'s value stack, above its own values.
    #[inline(always)]
    fn run_frame_inner(
        &mut self,
        base: &mut Frame,
        throw: Option<PyErr>,
        raised: &mut Option<PyErr>,
    ) -> Value {
        let mut shared = std::mem::take(&mut base.stack);
        let mut calls = self.call_stacks.pop().unwrap_or_default();
        let v = match self.run_frames(base, &mut shared, &mut calls, throw) {
            Ok(v) => v,
            Err(e) => {
                *raised = Some(e);
                Value::Undef
            }
        };
        if self.call_stacks.len() < 16 {
            self.call_stacks.push(calls);
        }
        base.stack = shared;
        v
    }

    #[inline(always)]
    fn run_frames(
        &mut self,
        base: &mut Frame,
        shared: &mut Vec<Value>,
        calls: &mut CallStack,
        throw: Option<PyErr>,
    ) -> PyResult<Value> {
        let mut pending = throw.map(|e| (e, Raised::New));
        loop {
            let (err, how) = match pending.take() {
                Some(p) => p,
                None => {
                    let mut how = Raised::New;
                    let mut raised = None;
                    let v = self.exec(base, calls, shared, &mut how, &mut raised);
                    match raised {
                        None => return Ok(v),
                        Some(e) => (e, how),
                    }
                }
            };
            let f: &mut Frame = match calls.last_mut() {
                Some(c) => c,
                None => &mut *base,
            };
            f.yielded = false;
            let pc = f.pc.saturating_sub(1);
            if how == Raised::New {
                self.add_traceback(&err, &f.code, pc);
                self.set_context(&err);
            }
            let code = &f.code;
            match code.unit.handler_for(pc as u32) {
                Some(h) => {
                    shared.truncate(f.base + f.nlocals + h.depth as usize);
                    shared.push(Value::Obj(err.0));
                    f.pc = h.handler as usize;
                }
                None => {
                    let Some(done) = calls.last_mut() else {
                        return Err(err);
                    };
                    if done.generator.is_some() {
                        // An exception leaving a generator resumed inline ends it, and
                        // is re-raised at its consumer's `ForIter`.
                        let err = self.suspend_inline(shared, calls, Some(Some(err)));
                        pending = Some((err.expect("the generator's exception"), Raised::New));
                        continue;
                    }
                    shared.truncate(done.ret_to);
                    let pushed = done.pushed_globals;
                    calls.pop();
                    self.pop_inline_frame(pushed);
                    // Re-raise in the caller, at its call instruction.
                    pending = Some((err, Raised::New));
                }
            }
        }
    }

    /// Resume generator `g`'s suspended frame inline, for its consumer's `ForIter` (the
    /// consumer is the innermost frame, its `pc` saved after the `ForIter`): the frame
    /// becomes the innermost of `calls`, and `stack` (the consumer's value stack) is
    /// swapped with the generator's own, to be swapped back by `suspend_inline`. This
    /// does what `gen_resume` does around `run_frame`, without a nested `run_frame`.
    /// Inlined into `exec`, as `suspend_inline` is: two calls fewer per item measured
    /// 7% off the generators benchmark for 0.5% fewer instructions.
    #[inline(always)]
    fn resume_inline(&mut self, g: PyRef, stack: &mut Vec<Value>, calls: &mut CallStack) {
        let Payload::Generator(st) = &g.payload else {
            unreachable!("ForIter checked the generator")
        };
        let (mut fr, saved) = {
            let mut s = st.borrow_mut();
            let fr = s.frame.take().expect("ForIter checked the frame");
            s.running = true;
            if s.started {
                // The value of the `yield` expression: `next()` sends `None`.
                let mut fr = fr;
                fr.resume_with(Value::None);
                (fr, std::mem::replace(&mut s.saved_handled, Value::Undef))
            } else {
                s.started = true;
                (fr, std::mem::replace(&mut s.saved_handled, Value::Undef))
            }
        };
        // The exception being handled inside the generator is its own (restored from
        // when it last yielded), else the consumer's.
        // (Old values are released with `discard`: an assignment's drop glue is an
        // out-of-line call even for the `Undef` these usually hold.)
        let outer = if saved.is_undef() {
            saved.discard();
            self.handled.clone()
        } else {
            std::mem::replace(&mut self.handled, saved)
        };
        std::mem::replace(&mut fr.outer_handled, outer).discard();
        fr.pushed_globals = !self
            .frame_globals
            .last()
            .is_some_and(|gl| Rc::ptr_eq(gl, &fr.globals));
        if fr.pushed_globals {
            self.frame_globals.push(fr.globals.clone());
        }
        self.depth += 1;
        fr.generator = Some(g);
        std::mem::swap(stack, &mut fr.stack);
        calls.push_boxed(fr);
    }

    /// Take the innermost frame, a generator resumed inline, off `calls` and give the
    /// consumer its value stack back in `stack`. `end` is `None` when the generator
    /// yielded (it is suspended again), `Some(None)` when it returned, `Some(Some(e))`
    /// when exception `e` left it; the exception to raise in the consumer is returned
    /// (`StopIteration` becomes `RuntimeError`, as in `gen_resume`).
    #[inline(always)]
    fn suspend_inline(
        &mut self,
        stack: &mut Vec<Value>,
        calls: &mut CallStack,
        end: Option<Option<PyErr>>,
    ) -> Option<PyErr> {
        let mut fr = calls.pop_boxed();
        std::mem::swap(stack, &mut fr.stack);
        self.depth -= 1;
        if fr.pushed_globals {
            self.frame_globals.pop();
            fr.pushed_globals = false;
        }
        let g = fr.generator.take().expect("an inline generator frame");
        let outer = std::mem::replace(&mut fr.outer_handled, Value::Undef);
        let inner = std::mem::replace(&mut self.handled, outer);
        let Payload::Generator(st) = &g.payload else {
            unreachable!("an inline generator frame")
        };
        let mut s = st.borrow_mut();
        s.running = false;
        match end {
            None => {
                std::mem::replace(&mut s.saved_handled, inner).discard();
                if let Some(old) = s.frame.replace(fr) {
                    drop(old);
                }
                None
            }
            Some(e) => {
                s.finished = true;
                drop(s);
                self.recycle_frame(fr);
                Some(crate::vm::generator::escaped(self, e?))
            }
        }
    }

    /// Retire the innermost callee frame, which returns into `stack[ret_to]` (the
    /// callable's slot): drop its locals and operands and the caller's arguments above
    /// that slot, then the frame (`pushed`: its globals were pushed). Popped one by one:
    /// `truncate` is an out-of-line call in `exec`.
    #[inline(always)]
    fn retire_callee(
        &mut self,
        stack: &mut Vec<Value>,
        calls: &mut CallStack,
        ret_to: usize,
        pushed: bool,
    ) {
        while stack.len() > ret_to + 1 {
            if let Some(x) = stack.pop() {
                x.discard();
            }
        }
        calls.pop();
        self.pop_inline_frame(pushed);
    }

    /// Retire a callee frame run by `run_frames` (its values are already off the stack).
    #[inline(always)]
    fn pop_inline_frame(&mut self, pushed_globals: bool) {
        self.depth -= 1;
        if pushed_globals {
            self.frame_globals.pop();
        }
    }

    /// Whether a call of `func` runs as an inline callee frame: `Some(None)` for a plain
    /// Python function (not a generator), `Some(Some(init))` for a Python class with the
    /// default `__new__` and a Python `__init__`, `None` otherwise.
    #[inline(always)]
    fn inline_target(&self, func: &Value) -> Option<Option<Value>> {
        let Value::Obj(o) = func else { return None };
        match &o.payload {
            Payload::Function(fun) => (!fun.code.unit.is_generator()).then_some(None),
            Payload::Type(td) if td.heap => self.inline_init_target(o).map(Some),
            _ => None,
        }
    }

    /// The `__init__` function of `Cls(...)` when the call can run inline, cached in
    /// the class's special-method cache for the current type epoch.
    fn inline_init_target(&self, cls: &PyRef) -> Option<Value> {
        let td = crate::runtime::types::type_data(cls);
        let epoch = self.interp.type_epoch.get();
        {
            let c = td.slots.borrow();
            if c.epoch == epoch
                && let Some(init) = &c.inline_init
            {
                return init.clone();
            }
        }
        let init = self.find_inline_init(cls);
        let mut c = td.slots.borrow_mut();
        if c.epoch != epoch {
            *c = Default::default();
            c.epoch = epoch;
        }
        c.inline_init = Some(init.clone());
        init
    }

    #[cold]
    fn find_inline_init(&self, cls: &PyRef) -> Option<Value> {
        use crate::runtime::types::Special;
        if !matches!(
            crate::runtime::types::type_data(cls).kind,
            crate::runtime::value::TypeKind::Object
        ) {
            return None;
        }
        let new = self.lookup_special_on(cls, Special::New)?;
        if !crate::builtins::classes::is_object_new(&new) {
            return None;
        }
        let init = self.lookup_special_on(cls, Special::Init)?;
        match init.payload() {
            Some(Payload::Function(fun)) if !fun.code.unit.is_generator() => Some(init),
            _ => None,
        }
    }

    /// Push the inline callee frame for `stack[func_at](*stack[first..])` onto `calls`
    /// (see `Switch::Call`): the arguments become its first locals where they lie, and
    /// its return cuts the stack back to `func_at`. For `Cls(...)` the new instance is
    /// inserted below the arguments as `self`.
    #[inline]
    fn push_inline(
        &mut self,
        stack: &mut Vec<Value>,
        calls: &mut CallStack,
        func_at: usize,
        first: usize,
        init: Option<Value>,
        kwnames: &[Rc<PyStr>],
    ) -> PyResult<()> {
        if self.depth >= self.interp.recursion_limit.get() {
            return Err(self.recursion_error());
        }
        // The function object is held by its `Rc` (a pointer): a `Value` copy written
        // just before being read back whole would stall.
        let (func, init_self) = match init {
            None => match &stack[func_at] {
                Value::Obj(o) => (o.clone(), Value::Undef),
                _ => unreachable!("inline_target checked the function"),
            },
            Some(init) => {
                let Value::Obj(cls) = &stack[func_at] else {
                    unreachable!("inline_target checked the class")
                };
                let obj =
                    crate::builtins::classes::alloc_instance(self, cls, &stack[first..], kwnames)?;
                // Inserted before the arguments, not stored over the class's slot: that
                // saved the move of the arguments but measured 3% slower on objects.
                stack.insert(first, obj.clone());
                match init {
                    Value::Obj(o) => (o, obj),
                    _ => unreachable!("inline_target checked __init__"),
                }
            }
        };
        let Payload::Function(fun) = &func.payload else {
            unreachable!("inline_target checked the function")
        };
        self.enter_frame(fun, stack, calls, first, func_at, kwnames, init_self)
    }

    /// `obj.names[i]` through `LoadAttr`'s inline cache: the value in the cached slot of
    /// the instance dict when the class and the epoch match and the slot still holds the
    /// name; `None` on any miss.
    #[inline(always)]
    fn cached_attr(&self, obj: &Value, code: &crate::bytecode::Code, i: usize) -> Option<Value> {
        let c = code.attr_cache[i].get();
        let Value::Obj(o) = obj else { return None };
        if Rc::as_ptr(o.ty()) as usize != c.ty || c.epoch != self.interp.type_epoch.get() {
            return None;
        }
        DictTable::cached_slot_value(o.attr_table()?, c.slot, &code.names[i])
    }

    /// `obj.names[i] = v` through `StoreAttr`'s inline cache: when the class and the
    /// epoch match, plain instance-dict assignment applies to the name, so the cached
    /// slot is updated (or the name inserted, on a fresh instance). Otherwise `v` comes
    /// back for the general path.
    #[inline(always)]
    fn store_cached_attr(
        &self,
        obj: &Value,
        code: &crate::bytecode::Code,
        i: usize,
        v: Value,
    ) -> Result<(), Value> {
        let c = code.attr_cache[i].get();
        let Value::Obj(o) = obj else { return Err(v) };
        if Rc::as_ptr(o.ty()) as usize != c.ty || c.epoch != self.interp.type_epoch.get() {
            return Err(v);
        }
        let Some(t) = o.attr_table() else {
            return Err(v);
        };
        let Ok(mut t) = t.try_borrow_mut() else {
            return Err(v);
        };
        let name = &code.names[i];
        if t.entry(c.slot as usize)
            .is_some_and(|e| e.key.is_same_obj(name))
        {
            t.set_value_at(c.slot as usize, v).discard();
        } else {
            let h = name.as_pystr().map_or(0, PyStr::hash);
            if let Err(v) = t.push_str_at(c.slot as usize, name, h, v) {
                t.set_str(name.clone(), h, v);
            }
            let hint = &o.type_data().attr_hint;
            if t.len() > hint.get() as usize {
                hint.set(t.len().min(8) as u8);
            }
        }
        Ok(())
    }

    /// Hand a value yielded by a frame in `sink` mode to its consumer: `None` when it
    /// was taken (the frame runs on), else the value, which the frame then yields as
    /// usual. Only values whose handling runs no Python code are taken, so everything a
    /// program can observe happens in the order of a plain `yield`. `MemoryError` past
    /// the size any list may have (as `to_vec` checks).
    #[inline(never)]
    fn sink_yield(&mut self, sink: Sink, v: Value) -> PyResult<Option<Value>> {
        match sink {
            Sink::Collect => {
                self.gen_sink.push(v);
                if self.gen_sink.len() & 0xffff == 0
                    && self.gen_sink.len() > crate::runtime::binops::MAX_ALLOC_ITEMS
                {
                    return Err(self.memory_error());
                }
                Ok(None)
            }
            Sink::Sum => match crate::runtime::ops::sum_step(&self.gen_acc, &v) {
                Some(s) => {
                    self.gen_acc = s;
                    Ok(None)
                }
                None => Ok(Some(v)),
            },
            Sink::Any | Sink::All => {
                let truth = match v {
                    Value::Bool(b) => b.get(),
                    Value::Int(i) => i != 0,
                    Value::Float(x) => x.get() != 0.0,
                    Value::None => false,
                    _ => return Ok(Some(v)),
                };
                // `any` runs on past falsy items, `all` past truthy ones.
                if truth == (sink == Sink::All) {
                    Ok(None)
                } else {
                    Ok(Some(v))
                }
            }
            Sink::Min | Sink::Max => {
                let max = sink == Sink::Max;
                let better = match (&self.gen_acc, &v) {
                    (Value::Undef, Value::Int(_) | Value::Float(_)) => Some(true),
                    (Value::Int(b), Value::Int(x)) => Some(if max { x > b } else { x < b }),
                    (Value::Float(b), Value::Float(x)) => Some(if max {
                        x.get() > b.get()
                    } else {
                        x.get() < b.get()
                    }),
                    _ => None,
                };
                match better {
                    Some(true) => {
                        self.gen_acc = v;
                        Ok(None)
                    }
                    Some(false) => Ok(None),
                    None => Ok(Some(v)),
                }
            }
            Sink::Off => Ok(Some(v)),
        }
    }

    /// `UnboundLocalError` for fast local `i` of `code`.
    #[cold]
    fn unbound_local(&self, code: &crate::bytecode::Code, i: usize) -> PyErr {
        let name = &code.unit.varnames[i];
        self.new_exception(
            &self.types().unbound_local_error.clone(),
            format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        )
    }

    /// Set `err.__context__` to the exception being handled, if any.
    fn set_context(&self, err: &PyErr) {
        let Value::Obj(h) = &self.handled else { return };
        if Rc::ptr_eq(h, &err.0) {
            return;
        }
        if let Payload::Exception(e) = &err.0.payload {
            if e.borrow().context.is_some() {
                return;
            }
            // Avoid cycles: do not link if `err` is already in the handled chain.
            let mut cur = Some(h.clone());
            let mut steps = 0;
            while let Some(c) = cur {
                if Rc::ptr_eq(&c, &err.0) || steps > 100 {
                    return;
                }
                steps += 1;
                cur = match &c.payload {
                    Payload::Exception(ce) => ce
                        .borrow()
                        .context
                        .as_ref()
                        .and_then(|v| v.as_obj().cloned()),
                    _ => None,
                };
            }
            e.borrow_mut().context = Some(Value::Obj(h.clone()));
        }
    }

    /// Run the dispatch loop until the base frame returns (its value) or an exception
    /// leaves the innermost frame (put in `raised`; the value is then `Undef`). The
    /// value comes back in two registers: a returned `PyResult<Value>` is an aggregate
    /// in memory, written in two 8-byte halves and read back by the caller's next move
    /// as one 16-byte load, which stalls store forwarding on every native-to-Python
    /// call (a fifth of `list(map(f, xs))`'s time).
    #[inline(never)]
    fn exec(
        &mut self,
        base: &mut Frame,
        calls: &mut CallStack,
        shared: &mut Vec<Value>,
        how: &mut Raised,
        raised: &mut Option<PyErr>,
    ) -> Value {
        match self.exec_loop(base, calls, shared, how) {
            Ok(v) => v,
            Err(e) => {
                *raised = Some(e);
                Value::Undef
            }
        }
    }

    #[inline(always)]
    fn exec_loop(
        &mut self,
        base: &mut Frame,
        calls: &mut CallStack,
        shared: &mut Vec<Value>,
        how: &mut Raised,
    ) -> PyResult<Value> {
        // The value stack lives in a local for the whole loop (put back into `shared` on
        // every exit), so the compiler addresses it directly. Every frame of this run
        // shares it: a frame's locals start at its `base`, its operand stack above them.
        let mut stack = std::mem::take(shared);
        // To tell the base frame from callee frames (`ret!`).
        let base_ptr: *const Frame = &*base;
        'frames: loop {
            let f: &mut Frame = match calls.last_mut() {
                Some(c) => c,
                None => &mut *base,
            };
            let code = &f.code;
            let checked_ops = code.ops();
            let ops: &[Op] = checked_ops.slice();
            let mut pc = f.pc;
            let bp = f.base;
            macro_rules! pop {
                () => {
                    match stack.pop() {
                        Some(v) => v,
                        None => stack_underflow(),
                    }
                };
            }
            // Drop the top `$k` values (a small constant), each popped inline:
            // `truncate` is an out-of-line call in this huge function.
            macro_rules! drop_top {
                ($k:expr) => {
                    for _ in 0..$k {
                        if let Some(v) = stack.pop() {
                            v.discard();
                        }
                    }
                };
            }
            // Push fast local `$i`, or raise `UnboundLocalError` at the current `pc`.
            macro_rules! load_fast {
                ($i:expr) => {{
                    let i = $i;
                    let v = stack[bp + i].clone();
                    if v.is_undef() {
                        f.pc = pc;
                        *shared = std::mem::take(&mut stack);
                        return Err(self.unbound_local(code, i));
                    }
                    stack.push(v);
                }};
            }
            macro_rules! top {
                () => {
                    stack.last().expect("stack underflow")
                };
            }
            macro_rules! tri {
                ($e:expr) => {
                    match $e {
                        Ok(v) => v,
                        Err(e) => {
                            f.pc = pc;
                            *shared = std::mem::take(&mut stack);
                            return Err(e);
                        }
                    }
                };
            }
            // Continue after an inline comparison whose result is `$t`, `ops[pc]` being
            // the instruction after the `CompareOp`: a conditional jump there is taken
            // (or skipped) at once, without a bool on the stack.
            macro_rules! compared {
                ($t:expr) => {{
                    let t: bool = $t;
                    match ops[pc] {
                        Op::PopJumpIfFalse(target) => {
                            pc = if t { pc + 1 } else { target as usize };
                        }
                        Op::PopJumpIfTrue(target) => {
                            pc = if t { target as usize } else { pc + 1 };
                        }
                        _ => stack.push(Value::bool(t)),
                    }
                }};
            }
            // Return `$v` from this frame, its `pc` left at `$at`. A plain callee frame
            // (not the base frame, a generator's, or an inline `__init__` or operator
            // method's, whose results go elsewhere) returns here: its locals and
            // operands are dropped, the result takes the callable's slot below them,
            // and the caller resumes. The others return through `Switch::Return`.
            macro_rules! ret {
                ($v:expr, $at:expr) => {{
                    let v: Value = $v;
                    if !std::ptr::eq(&*f, base_ptr)
                        && f.generator.is_none()
                        && f.init_self.is_undef()
                    {
                        let (ret_to, pushed) = (f.ret_to, f.pushed_globals);
                        self.retire_callee(&mut stack, calls, ret_to, pushed);
                        std::mem::replace(&mut stack[ret_to], v).discard();
                        continue 'frames;
                    }
                    f.pc = $at;
                    f.yielded = false;
                    break Switch::Return(v);
                }};
            }
            // `LoadFast(a); Load*(right); BinaryOp(k)` fused (`LoadFastConstBinary`,
            // `LoadFastFastBinary`): two ints computed at once, without copying the
            // local; other operands computed in place over the pushed copy of the left
            // one. Otherwise it runs as `LoadFast(a)` and the unfused instructions after
            // it do the rest.
            // `$right` reads the right operand from the slice `$s` of the value stack.
            macro_rules! fused_binop {
                ($a:expr, $k:expr, |$s:ident| $right:expr) => {{
                    let (a, k): (usize, u32) = ($a, $k);
                    let $s: &[Value] = &stack;
                    if let Value::Int(x) = $s[bp + a]
                        && let &Value::Int(y) = $right
                        && let Some(r) = int_binop(x, y, BinOpKind::from_u32(k))
                    {
                        stack.push(Value::Int(r));
                        pc += 2;
                        continue;
                    }
                    load_fast!(a);
                    let n = stack.len();
                    let (below, top) = stack.split_at_mut(n - 1);
                    let $s: &[Value] = below;
                    if fast_binop(&mut top[0], $right, BinOpKind::from_u32(k)) {
                        pc += 2;
                    }
                }};
            }
            // `LoadFast(a); Load*(right); CompareOp(k)` fused: ints or floats compared
            // inline (and a conditional jump after them taken at once); otherwise it runs
            // as `LoadFast(a)`.
            macro_rules! fused_compare {
                ($a:expr, $k:expr, |$s:ident| $right:expr) => {{
                    let (a, k): (usize, u32) = ($a, $k);
                    let $s: &[Value] = &stack;
                    if let Value::Int(x) = $s[bp + a]
                        && let &Value::Int(y) = $right
                    {
                        pc += 2;
                        compared!(crate::runtime::ops::cmp_result(
                            x.cmp(&y),
                            CmpKind::from_u32(k)
                        ));
                        continue;
                    }
                    if let Some(t) = fast_compare(&$s[bp + a], $right, CmpKind::from_u32(k)) {
                        pc += 2;
                        compared!(t);
                        continue;
                    }
                    load_fast!(a);
                }};
            }
            // Enter `stack[$func_at](*stack[$first..])` when the callee is a plain
            // function taking exactly these arguments (`Code::simple_argc`): its frame's
            // locals start at the arguments, where they lie; the others start unbound.
            // Entered here, where the function is at hand, then run from the top of the
            // frame loop.
            macro_rules! call_simple {
                ($func_at:expr, $first:expr) => {{
                    let (func_at, first): (usize, usize) = ($func_at, $first);
                    if let Value::Obj(o) = &stack[func_at]
                        && let Payload::Function(fun) = &o.payload
                        && fun.code.simple_argc as usize == stack.len() - first
                    {
                        if self.depth >= self.interp.recursion_limit.get() {
                            tri!(Err(self.recursion_error()));
                        }
                        f.pc = pc;
                        let (nlocals, room) = self.simple_frame(fun, calls, func_at, first);
                        unbound_locals(&mut stack, first, nlocals, room);
                        // Calls poll the breaker too, so recursion without loops still
                        // yields the GIL and sees interrupts.
                        if self.interp.breaker.is_set()
                            && let Err(e) = self.handle_breaker()
                        {
                            *shared = stack;
                            return Err(e);
                        }
                        continue 'frames;
                    }
                }};
            }
            // `ForIter(t)` at `pc - 1`: push the iterator's next item, or pop it and
            // jump to `t`. Shared by `ForIter` and `JumpForIter` (the loop's back edge).
            macro_rules! for_iter {
                ($t:expr) => {{
                    let t = $t;
                    let it = top!();
                    // A suspended generator runs inline, as a call would.
                    if let Value::Obj(o) = it
                        && let Payload::Generator(g) = &o.payload
                        && self.depth < self.interp.recursion_limit.get()
                        && g.try_borrow()
                            .is_ok_and(|s| !s.running && s.frame.is_some())
                    {
                        let o = o.clone();
                        f.pc = pc;
                        break Switch::Resume(o);
                    }
                    // Fast path: range and list iterators.
                    let fast = if let Value::Obj(o) = it
                        && let Payload::Iter(st) = &o.payload
                    {
                        let mut st = st.borrow_mut();
                        match &mut *st {
                            crate::runtime::iter::IterState::Range { cur, stop, step } => {
                                if (*step > 0 && *cur < *stop) || (*step < 0 && *cur > *stop) {
                                    let v = *cur;
                                    *cur = cur.saturating_add(*step);
                                    Some(Some(Value::Int(v)))
                                } else {
                                    Some(None)
                                }
                            }
                            crate::runtime::iter::IterState::Seq { seq, idx } => {
                                match seq.payload() {
                                    Some(Payload::List(l)) => {
                                        let r = l.borrow().get(*idx).cloned();
                                        *idx += 1;
                                        Some(r)
                                    }
                                    _ => None,
                                }
                            }
                            _ => None,
                        }
                    } else {
                        None
                    };
                    let next = match fast {
                        Some(n) => n,
                        None => {
                            let it = it.clone();
                            tri!(self.iter_next(&it))
                        }
                    };
                    match next {
                        Some(v) => stack.push(v),
                        None => {
                            stack.pop();
                            pc = t as usize;
                        }
                    }
                }};
            }
            let switch = loop {
                // SAFETY: `pc` is 0 or a frame's saved `pc` (each made below), a jump or
                // handler target of this code, or one past an instruction that falls
                // through (the fused instructions skip only such instructions): the
                // contract of `Ops::at`, which `Code::new` checked the code for.
                let op = unsafe { checked_ops.at(pc) };
                pc += 1;
                match op {
                    Op::Nop => {}
                    Op::LoadConst(i) => stack.push(code.consts[i as usize].clone()),
                    Op::LoadFast(i) => load_fast!(i as usize),
                    Op::StoreFast(i) => {
                        let v = pop!();
                        std::mem::replace(&mut stack[bp + i as usize], v).discard();
                    }
                    Op::LoadFastLoadFast(p) | Op::StoreAttrFast(p) | Op::LoadFastFastSubscr(p) => {
                        let (a, b) = ((p >> 16) as usize, (p & 0xffff) as usize);
                        if let Op::LoadFastFastSubscr(_) = op {
                            // `locals[a][locals[b]]` on a builtin list or tuple and an
                            // int, or a builtin dict and a str key it has.
                            if let Value::Obj(o) = &stack[bp + a]
                                && let Value::Int(i) = stack[bp + b]
                                && let Some(v) = builtin_item(o, i, self.types())
                            {
                                stack.push(v);
                                pc += 2;
                                continue;
                            }
                            if let Some(v) = dict_item(&stack[bp + a], &stack[bp + b], self.types())
                            {
                                stack.push(v);
                                pc += 2;
                                continue;
                            }
                        }
                        if let Op::StoreAttrFast(_) = op
                            && let Op::StoreAttr(i) = ops[pc + 1]
                            && !stack[bp + a].is_undef()
                        {
                            // `locals[b].name = locals[a]` through the attribute cache.
                            let v = stack[bp + a].clone();
                            match self.store_cached_attr(&stack[bp + b], code, i as usize, v) {
                                Ok(()) => {
                                    pc += 2;
                                    continue;
                                }
                                Err(v) => v.discard(),
                            }
                        }
                        let (va, vb) = (stack[bp + a].clone(), stack[bp + b].clone());
                        if va.is_undef() || vb.is_undef() {
                            // Report at the half that failed, as if unfused.
                            let (bad, at) = if va.is_undef() { (a, pc) } else { (b, pc + 1) };
                            f.pc = at;
                            *shared = std::mem::take(&mut stack);
                            return Err(self.unbound_local(code, bad));
                        }
                        stack.push(va);
                        stack.push(vb);
                        pc += 1;
                    }
                    Op::LoadFastLoadConst(p) => {
                        load_fast!((p >> 16) as usize);
                        stack.push(code.consts[(p & 0xffff) as usize].clone());
                        pc += 1;
                    }
                    Op::LoadFastLoadAttr(p) => {
                        let (a, i) = ((p >> 16) as usize, (p & 0xffff) as usize);
                        // Only the cached instance-attribute path; anything else runs
                        // as `LoadFast` followed by the plain `LoadAttr`.
                        if let Some(v) = self.cached_attr(&stack[bp + a], code, i) {
                            stack.push(v);
                            pc += 1;
                            continue;
                        }
                        load_fast!(a);
                    }
                    Op::LoadFastStoreAttr(p) => {
                        let (a, i) = ((p >> 16) as usize, (p & 0xffff) as usize);
                        // Only the cached instance-attribute path; anything else runs
                        // as `LoadFast` followed by the plain `StoreAttr`.
                        if !stack[bp + a].is_undef() {
                            let v = pop!();
                            match self.store_cached_attr(&stack[bp + a], code, i, v) {
                                Ok(()) => {
                                    pc += 1;
                                    continue;
                                }
                                Err(v) => stack.push(v),
                            }
                        }
                        load_fast!(a);
                    }
                    Op::LoadFastConstSubscr(p) => {
                        let (a, c) = ((p >> 16) as usize, (p & 0xffff) as usize);
                        // Only builtin list/tuple with an int constant in range; anything
                        // else runs as `LoadFast` followed by the plain instructions.
                        if let Value::Obj(o) = &stack[bp + a]
                            && let Value::Int(i) = code.consts[c]
                            && let Some(v) = builtin_item(o, i, self.types())
                        {
                            stack.push(v);
                            pc += 2;
                            continue;
                        }
                        load_fast!(a);
                    }
                    // Kept apart from `LoadFastConstSubscr`: one arm for both measured 2.8%
                    // more instructions on nbody.
                    Op::LoadFastIntSubscr(p) => {
                        let (a, k) = ((p >> 16) as usize, (p & 0xffff) as i64);
                        if let Value::Obj(o) = &stack[bp + a]
                            && let Some(v) = builtin_item(o, k, self.types())
                        {
                            stack.push(v);
                            pc += 2;
                            continue;
                        }
                        load_fast!(a);
                    }
                    Op::LoadFastIntStoreSubscr(p) => {
                        let (a, k) = ((p >> 16) as usize, (p & 0xffff) as i64);
                        let n = stack.len();
                        let (below, top) = stack.split_at_mut(n - 1);
                        // `locals[a][k] = top` on a builtin list, `k` in range.
                        let old = match &below[bp + a] {
                            Value::Obj(o) => builtin_store(o, k, &mut top[0], self.types()),
                            _ => None,
                        };
                        if let Some(old) = old {
                            drop_top!(1);
                            drop(old);
                            pc += 2;
                            continue;
                        }
                        load_fast!(a);
                    }
                    Op::LoadFastConstBinary(p) => {
                        let (a, b, k) = unpack_triple(p);
                        fused_binop!(a, k, |_s| &code.consts[b]);
                    }
                    Op::LoadFastFastBinary(p) => {
                        let (a, b, k) = unpack_triple(p);
                        fused_binop!(a, k, |s| &s[bp + b]);
                    }
                    Op::LoadFastConstCompare(p) => {
                        let (a, b, k) = unpack_triple(p);
                        fused_compare!(a, k, |_s| &code.consts[b]);
                    }
                    Op::LoadFastFastCompare(p) => {
                        let (a, b, k) = unpack_triple(p);
                        fused_compare!(a, k, |s| &s[bp + b]);
                    }
                    Op::LoadConstBinary(p) => {
                        let (c, k) = (p >> 8, p & 0xff);
                        let n = stack.len();
                        let right = &code.consts[c as usize];
                        if fast_binop(&mut stack[n - 1], right, BinOpKind::from_u32(k)) {
                            pc += 1;
                            continue;
                        }
                        stack.push(right.clone());
                    }
                    Op::LoadConstCompare(p) => {
                        let (c, k) = (p >> 8, p & 0xff);
                        let n = stack.len();
                        let right = &code.consts[c as usize];
                        if let Some(t) = fast_compare(&stack[n - 1], right, CmpKind::from_u32(k)) {
                            stack.pop();
                            pc += 1;
                            compared!(t);
                            continue;
                        }
                        stack.push(right.clone());
                    }
                    Op::StoreFastLoadFast(p) => {
                        let (a, b) = ((p >> 16) as usize, (p & 0xffff) as usize);
                        let v = pop!();
                        std::mem::replace(&mut stack[bp + a], v).discard();
                        let vb = stack[bp + b].clone();
                        if vb.is_undef() {
                            f.pc = pc + 1;
                            *shared = std::mem::take(&mut stack);
                            return Err(self.unbound_local(code, b));
                        }
                        stack.push(vb);
                        pc += 1;
                    }
                    Op::DeleteFast(i) => {
                        if stack[bp + i as usize].is_undef() {
                            f.pc = pc;
                            *shared = std::mem::take(&mut stack);
                            return Err(self.unbound_local(code, i as usize));
                        }
                        stack[bp + i as usize] = Value::Undef;
                    }
                    Op::LoadDeref(i) => {
                        let v = match f.cell(i as usize).map(|c| &c.payload) {
                            Some(Payload::Cell(c)) => c.borrow().clone(),
                            _ => Value::Undef,
                        };
                        if v.is_undef() {
                            f.pc = pc;
                            *shared = std::mem::take(&mut stack);
                            return Err(self.unbound_deref(code, i as usize));
                        }
                        stack.push(v);
                    }
                    Op::StoreDeref(i) => {
                        let v = pop!();
                        if let Some(Payload::Cell(c)) = f.cell(i as usize).map(|c| &c.payload) {
                            *c.borrow_mut() = v;
                        }
                    }
                    Op::DeleteDeref(i) => {
                        if let Some(Payload::Cell(c)) = f.cell(i as usize).map(|c| &c.payload) {
                            *c.borrow_mut() = Value::Undef;
                        }
                    }
                    Op::LoadClosure(i) => {
                        let c = f.cell(i as usize).cloned();
                        stack.push(c.map_or(Value::Undef, Value::Obj));
                    }
                    Op::LoadClassDeref(i) => {
                        let cells_base = code.unit.cellvars.len();
                        let name_idx = i as usize;
                        let name = if name_idx < cells_base {
                            &code.unit.cellvars[name_idx]
                        } else {
                            &code.unit.freevars[name_idx - cells_base]
                        };
                        let key = self.intern(name);
                        let from_ns = f.locals_dict.as_ref().and_then(|d| match &d.payload {
                            Payload::Dict(t) => {
                                let ps = key.as_pystr().expect("str");
                                t.borrow().get_str(ps.as_str(), ps.hash()).cloned()
                            }
                            _ => None,
                        });
                        let v = match from_ns {
                            Some(v) => v,
                            None => match f.cell(i as usize).map(|c| &c.payload) {
                                Some(Payload::Cell(c)) => c.borrow().clone(),
                                _ => Value::Undef,
                            },
                        };
                        if v.is_undef() {
                            f.pc = pc;
                            *shared = std::mem::take(&mut stack);
                            return Err(self.unbound_deref(code, i as usize));
                        }
                        stack.push(v);
                    }
                    Op::LoadGlobal(i) => {
                        // The cached slot of the module dict (kind 1) or of builtins
                        // (kind 2), valid while the dicts' key layouts are unchanged.
                        // Key-layout versions are unique among all dicts and never 0
                        // once assigned (`DictTable::keys_version`): an unchanged version
                        // means the same dict, and the slot still holds the name.
                        let c = code.global_cache[i as usize].get();
                        let v = 'hit: {
                            if let Payload::Dict(g) = &f.globals.payload {
                                if c.kind == 1 {
                                    if let Some(v) = DictTable::cached_value(g, c.gkv, c.slot) {
                                        break 'hit v;
                                    }
                                } else if c.kind == 2
                                    && let Payload::Dict(b) = &self.interp.builtins.payload
                                    && DictTable::has_version(g, c.gkv)
                                    && let Some(v) = DictTable::cached_value(b, c.bkv, c.slot)
                                {
                                    break 'hit v;
                                }
                            }
                            tri!(self.load_global_caching(&f.globals, code, i as usize))
                        };
                        stack.push(v);
                    }
                    Op::StoreGlobal(i) => {
                        let v = pop!();
                        // A name of this module's dict, at the slot `LoadGlobal`'s cache
                        // (shared by the name's loads and stores) holds.
                        let c = code.global_cache[i as usize].get();
                        let v = if c.kind == 1
                            && let Payload::Dict(g) = &f.globals.payload
                        {
                            match DictTable::store_cached(g, c.gkv, c.slot, v) {
                                Ok(old) => {
                                    old.discard();
                                    continue;
                                }
                                Err(v) => v,
                            }
                        } else {
                            v
                        };
                        store_global_caching(&f.globals, code, i as usize, v);
                    }
                    Op::DeleteGlobal(i) => {
                        let name = &code.names[i as usize];
                        if !dict_del_str(&f.globals, name) {
                            f.pc = pc;
                            let n = name.as_str().unwrap_or("").to_string();
                            *shared = std::mem::take(&mut stack);
                            return Err(self.name_error(format!("name '{n}' is not defined")));
                        }
                    }
                    Op::LoadName(i) => {
                        let name = &code.names[i as usize];
                        let ps = name.as_pystr().expect("str");
                        let local = f.locals_dict.as_ref().and_then(|d| match &d.payload {
                            Payload::Dict(t) => t.borrow().get_str(ps.as_str(), ps.hash()).cloned(),
                            _ => None,
                        });
                        let v = match local {
                            Some(v) => v,
                            None => tri!(self.load_global(&f.globals, name)),
                        };
                        stack.push(v);
                    }
                    Op::StoreName(i) => {
                        let v = pop!();
                        let name = code.names[i as usize].clone();
                        let ns = f.locals_dict.clone().unwrap_or_else(|| f.globals.clone());
                        dict_set_str(&ns, name, v);
                    }
                    Op::DeleteName(i) => {
                        let name = &code.names[i as usize];
                        let ns = f.locals_dict.clone().unwrap_or_else(|| f.globals.clone());
                        if !dict_del_str(&ns, name) {
                            f.pc = pc;
                            let n = name.as_str().unwrap_or("").to_string();
                            *shared = std::mem::take(&mut stack);
                            return Err(self.name_error(format!("name '{n}' is not defined")));
                        }
                    }
                    Op::LoadAttr(i) => {
                        let obj = pop!();
                        if let Some(v) = self.cached_attr(&obj, code, i as usize) {
                            stack.push(v);
                            continue;
                        }
                        // A property with a plain getter: its frame runs inline, as a
                        // call `fget(obj)` would.
                        if let Some(fget) = self.cached_property(&obj, code, i as usize) {
                            stack.push(fget);
                            stack.push(obj.clone());
                            let n = stack.len();
                            call_simple!(n - 2, n - 1);
                            // (The getter always takes one argument, see
                            // `fill_prop_cache`.)
                            drop_top!(2);
                        }
                        let name = &code.names[i as usize];
                        let v = tri!(self.getattr(&obj, name));
                        self.fill_attr_cache(&obj, name, &code.attr_cache[i as usize]);
                        self.fill_prop_cache(&obj, name, &code.prop_cache[i as usize]);
                        stack.push(v);
                    }
                    Op::StoreAttr(i) => {
                        let obj = pop!();
                        let v = pop!();
                        let v = match self.store_cached_attr(&obj, code, i as usize, v) {
                            Ok(()) => continue,
                            Err(v) => v,
                        };
                        let name = &code.names[i as usize];
                        tri!(self.setattr(&obj, name, v));
                        self.fill_attr_cache(&obj, name, &code.attr_cache[i as usize]);
                    }
                    Op::DeleteAttr(i) => {
                        let obj = pop!();
                        tri!(self.delattr(&obj, &code.names[i as usize]));
                    }
                    Op::LoadMethod(i) => {
                        let obj = pop!();
                        let name = &code.names[i as usize];
                        let cache = &code.method_cache[i as usize];
                        // `module.name`: the cached slot of the module's namespace.
                        if let Value::Obj(o) = &obj
                            && let Payload::Module(_) = &o.payload
                        {
                            let c = cache.borrow();
                            if c.func.is_undef()
                                && let Some(d) = o.dict()
                                && c.ty == Rc::as_ptr(d) as usize
                                && let Payload::Dict(t) = &d.payload
                                && let Ok(t) = t.try_borrow()
                                && t.has_keys_version(c.epoch)
                                && let Some(e) = t.entry(c.slot as usize)
                            {
                                stack.push(e.value.clone());
                                stack.push(Value::Undef);
                                continue;
                            }
                        }
                        let hit = {
                            let c = cache.borrow();
                            let ty = match &obj {
                                Value::Obj(o) => Rc::as_ptr(o.ty()) as usize,
                                _ => 0,
                            };
                            if ty == c.ty
                                && c.epoch == self.interp.type_epoch.get()
                                && !c.func.is_undef()
                            {
                                // An instance attribute of that name shadows the method.
                                // (No closures here: LLVM left them out of line.)
                                let shadowed = if let Value::Obj(o) = &obj
                                    && let Some(t) = o.attr_table()
                                    && let Some(ps) = name.as_pystr()
                                {
                                    t.borrow().contains_str(ps.as_str(), ps.hash())
                                } else {
                                    false
                                };
                                if shadowed { None } else { Some(c.func.clone()) }
                            } else {
                                None
                            }
                        };
                        if let Some(func) = hit {
                            stack.push(func);
                            stack.push(obj);
                            continue;
                        }
                        match tri!(self.load_method(&obj, name)) {
                            MethodLookup::Unbound(func) => {
                                if let Value::Obj(o) = &obj
                                    && !matches!(o.payload, Payload::Type(_) | Payload::Module(_))
                                    && let Ok(mut c) = cache.try_borrow_mut()
                                {
                                    *c = crate::bytecode::code::MethodCache {
                                        ty: Rc::as_ptr(o.ty()) as usize,
                                        epoch: self.interp.type_epoch.get(),
                                        func: func.clone(),
                                        slot: 0,
                                    };
                                }
                                stack.push(func);
                                stack.push(obj);
                            }
                            MethodLookup::Super(func, recv) => {
                                stack.push(func);
                                stack.push(recv);
                            }
                            MethodLookup::Attr(a) => {
                                if let Value::Obj(o) = &obj
                                    && let Payload::Module(_) = &o.payload
                                    && let Some(d) = o.dict()
                                    && let Payload::Dict(t) = &d.payload
                                    && let Ok(t) = t.try_borrow()
                                    && let Some(ps) = name.as_pystr()
                                    && let Some(slot) = t.find_str(ps.as_str(), ps.hash())
                                    && let Ok(mut c) = cache.try_borrow_mut()
                                {
                                    *c = crate::bytecode::code::MethodCache {
                                        ty: Rc::as_ptr(d) as usize,
                                        epoch: t.keys_version(),
                                        func: Value::Undef,
                                        slot: slot as u32,
                                    };
                                }
                                stack.push(a);
                                stack.push(Value::Undef);
                            }
                        }
                    }
                    Op::BinarySubscr => {
                        // Fast path in place: list[int] and tuple[int] of builtin types.
                        let n = stack.len();
                        if let (Value::Obj(o), Value::Int(i)) = (&stack[n - 2], &stack[n - 1])
                            && let Some(v) = builtin_item(o, *i, self.types())
                        {
                            drop_top!(1);
                            stack[n - 2] = v;
                            continue;
                        }
                        // dict[str] and dict[int]: a hit is looked up in place (a miss
                        // raises below).
                        if let Some(v) = dict_item(&stack[n - 2], &stack[n - 1], self.types()) {
                            drop_top!(1);
                            stack[n - 2] = v;
                            continue;
                        }
                        let key = pop!();
                        let obj = pop!();
                        let v = tri!(self.getitem(&obj, &key));
                        stack.push(v);
                    }
                    Op::StoreSubscr => {
                        // Fast path: list[int] = v on a builtin list, index in range.
                        let n = stack.len();
                        let (below, top) = stack.split_at_mut(n - 2);
                        let old = match top {
                            [Value::Obj(o), Value::Int(i)] => {
                                builtin_store(o, *i, &mut below[n - 3], self.types())
                            }
                            _ => None,
                        };
                        if let Some(old) = old {
                            drop_top!(3);
                            drop(old);
                            continue;
                        }
                        // dict[str] = v, in place.
                        if let [obj, key] = top
                            && store_dict_str(obj, key, &mut below[n - 3], self.types())
                        {
                            drop_top!(3);
                            continue;
                        }
                        let key = pop!();
                        let obj = pop!();
                        let v = pop!();
                        tri!(self.setitem(&obj, &key, v));
                    }
                    Op::DeleteSubscr => {
                        let key = pop!();
                        let obj = pop!();
                        tri!(self.delitem(&obj, &key));
                    }
                    Op::BinaryOp(k) | Op::InplaceOp(k) => {
                        // Ints and floats in place (in-place and binary forms agree on
                        // these immutable types); everything else through the protocol.
                        let n = stack.len();
                        let kind = BinOpKind::from_u32(k);
                        let (left, right) = stack.split_at_mut(n - 1);
                        if fast_binop(&mut left[n - 2], &right[0], kind) {
                            drop_top!(1);
                            continue;
                        }
                        // Two instances of one class with a Python `__op__`: its frame
                        // runs inline (the operands stay below until it returns).
                        if let Op::BinaryOp(_) = op
                            && let Some(m) = self.binop_method(&stack[n - 2], &stack[n - 1], kind)
                        {
                            if self.depth >= self.interp.recursion_limit.get() {
                                tri!(Err(self.recursion_error()));
                            }
                            let (a, b) = (stack[n - 2].clone(), stack[n - 1].clone());
                            stack.push(m);
                            stack.push(a);
                            stack.push(b);
                            f.pc = pc;
                            break Switch::CallBinop {
                                func_at: n,
                                first: n + 1,
                                kind: k,
                            };
                        }
                        let b = pop!();
                        let a = pop!();
                        let r = if matches!(op, Op::BinaryOp(_)) {
                            tri!(self.binary_op(&a, &b, kind))
                        } else {
                            tri!(self.inplace_op(&a, &b, kind))
                        };
                        stack.push(r);
                    }
                    Op::UnaryNeg => {
                        let a = pop!();
                        let r = tri!(self.neg(&a));
                        stack.push(r);
                    }
                    Op::UnaryPos => {
                        let a = pop!();
                        let r = tri!(self.pos(&a));
                        stack.push(r);
                    }
                    Op::UnaryInvert => {
                        let a = pop!();
                        let r = tri!(self.invert(&a));
                        stack.push(r);
                    }
                    Op::UnaryNot => {
                        let a = pop!();
                        let t = tri!(self.truthy(&a));
                        stack.push(Value::bool(!t));
                    }
                    Op::CompareOp(k) => {
                        let kind = CmpKind::from_u32(k);
                        // Fast path: two ints or two floats, fused with a following
                        // conditional jump (no bool is materialised).
                        let n = stack.len();
                        if let Some(t) = fast_compare(&stack[n - 2], &stack[n - 1], kind) {
                            drop_top!(2);
                            compared!(t);
                            continue;
                        }
                        let b = pop!();
                        let a = pop!();
                        let r = tri!(self.compare(&a, &b, kind));
                        stack.push(r);
                    }
                    Op::IsOp(neg) => {
                        let b = pop!();
                        let a = pop!();
                        stack.push(Value::bool(a.is(&b) != (neg == 1)));
                    }
                    Op::ContainsOp(neg) => {
                        // str in dict: looked up in place, the jump after it taken at once.
                        let n = stack.len();
                        if let Some(found) =
                            dict_str_contains(&stack[n - 1], &stack[n - 2], self.types())
                        {
                            drop_top!(2);
                            compared!(found != (neg == 1));
                            continue;
                        }
                        let b = pop!();
                        let a = pop!();
                        let r = tri!(self.contains(&b, &a));
                        stack.push(Value::bool(r != (neg == 1)));
                    }
                    Op::Pop => {
                        stack.pop();
                    }
                    Op::Dup => {
                        let v = top!().clone();
                        stack.push(v);
                    }
                    Op::Dup2 => {
                        let n = stack.len();
                        let a = stack[n - 2].clone();
                        let b = stack[n - 1].clone();
                        stack.push(a);
                        stack.push(b);
                    }
                    Op::Swap(k) => {
                        let n = stack.len();
                        stack.swap(n - 1, n - k as usize);
                    }
                    Op::Rot3 => {
                        let v = pop!();
                        let n = stack.len();
                        stack.insert(n - 2, v);
                    }
                    Op::Jump(t) => {
                        if (t as usize) < pc && self.interp.breaker.is_set() {
                            tri!(self.handle_breaker());
                        }
                        pc = t as usize;
                    }
                    Op::PopJumpIfFalse(t) => {
                        let v = pop!();
                        let b = match v {
                            Value::Bool(b) => b.get(),
                            _ => tri!(self.truthy(&v)),
                        };
                        if !b {
                            pc = t as usize;
                        }
                    }
                    Op::PopJumpIfTrue(t) => {
                        let v = pop!();
                        let b = match v {
                            Value::Bool(b) => b.get(),
                            _ => tri!(self.truthy(&v)),
                        };
                        if b {
                            pc = t as usize;
                        }
                    }
                    Op::JumpIfFalseOrPop(t) => {
                        let b = tri!(self.truthy(top!()));
                        if !b {
                            pc = t as usize;
                        } else {
                            stack.pop();
                        }
                    }
                    Op::JumpIfTrueOrPop(t) => {
                        let b = tri!(self.truthy(top!()));
                        if b {
                            pc = t as usize;
                        } else {
                            stack.pop();
                        }
                    }
                    Op::GetIter => {
                        let v = pop!();
                        let it = tri!(self.get_iter(&v));
                        stack.push(it);
                    }
                    Op::ForIter(t) => for_iter!(t),
                    Op::JumpForIter(h) => {
                        if self.interp.breaker.is_set() {
                            tri!(self.handle_breaker());
                        }
                        pc = h as usize + 1;
                        let Op::ForIter(t) = ops[h as usize] else {
                            unreachable!("JumpForIter targets a ForIter")
                        };
                        for_iter!(t)
                    }
                    Op::BuildTuple(n) => {
                        let at = stack.len() - n as usize;
                        let items: Vec<Value> = stack.drain(at..).collect();
                        let t = self.new_tuple(items);
                        stack.push(t);
                    }
                    Op::BuildList(n) => {
                        let at = stack.len() - n as usize;
                        let items: Vec<Value> = stack.drain(at..).collect();
                        let l = self.new_list(items);
                        stack.push(l);
                    }
                    Op::BuildSet(n) => {
                        let at = stack.len() - n as usize;
                        let items: Vec<Value> = stack.drain(at..).collect();
                        let s = tri!(crate::builtins::set::new_set_from(self, items, false));
                        stack.push(s);
                    }
                    Op::BuildMap(n) => {
                        let at = stack.len() - 2 * n as usize;
                        let items: Vec<Value> = stack.drain(at..).collect();
                        let d = self.new_dict(Default::default());
                        for pair in items.chunks(2) {
                            tri!(crate::builtins::dict::dict_set(
                                self,
                                &d,
                                pair[0].clone(),
                                pair[1].clone()
                            ));
                        }
                        stack.push(d);
                    }
                    Op::BuildSlice(n) => {
                        let step = if n == 3 { pop!() } else { Value::None };
                        let stop = pop!();
                        let start = pop!();
                        let s = self.new_object(
                            &self.types().slice.clone(),
                            Payload::Slice(Box::new([start, stop, step])),
                        );
                        stack.push(s);
                    }
                    Op::BuildString(n) => {
                        // The parts are strs, or ints left unformatted by `FormatValue`.
                        let at = stack.len() - n as usize;
                        // A short result is put together on the stack and becomes a
                        // str with its text inline: no heap buffer.
                        let mut short = crate::runtime::str::ShortText::default();
                        if stack[at..].iter().all(|v| match v {
                            Value::Int(i) => short.push(itoa::Buffer::new().format(*i)),
                            _ => short.push(v.as_str().unwrap_or("")),
                        }) {
                            let v = self.new_str(short.as_str());
                            stack.truncate(at);
                            stack.push(v);
                            continue;
                        }
                        let total: usize = stack[at..]
                            .iter()
                            .map(|v| match v {
                                Value::Int(_) => 20,
                                _ => v.as_str().map_or(0, str::len),
                            })
                            .sum();
                        let mut s = String::with_capacity(total);
                        for v in &stack[at..] {
                            match v {
                                Value::Int(i) => s.push_str(itoa::Buffer::new().format(*i)),
                                _ => s.push_str(v.as_str().unwrap_or("")),
                            }
                        }
                        stack.truncate(at);
                        let v = self.new_string(s);
                        stack.push(v);
                    }
                    Op::ListAppend(d) => {
                        let v = pop!();
                        let n = stack.len();
                        if let Some(l) = stack[n - d as usize].as_list() {
                            l.borrow_mut().push(v);
                        }
                    }
                    Op::SetAdd(d) => {
                        let v = pop!();
                        let n = stack.len();
                        let s = stack[n - d as usize].clone();
                        tri!(crate::builtins::set::set_add(self, &s, v));
                    }
                    Op::MapAdd(d) => {
                        let v = pop!();
                        let k = pop!();
                        let n = stack.len();
                        let m = stack[n - d as usize].clone();
                        tri!(crate::builtins::dict::dict_set(self, &m, k, v));
                    }
                    Op::ListExtend => {
                        let it = pop!();
                        let l = top!().clone();
                        tri!(crate::builtins::list::list_extend(self, &l, &it));
                    }
                    Op::SetUpdate => {
                        let it = pop!();
                        let s = top!().clone();
                        tri!(crate::builtins::set::set_update(self, &s, &it));
                    }
                    Op::DictUpdate => {
                        let m = pop!();
                        let d = top!().clone();
                        if m.as_dict().is_none()
                            && !self.is_heap(&m)
                            && tri!(self.getattr_opt(&m, &PyStr::new("keys"))).is_none()
                        {
                            f.pc = pc;
                            *shared = std::mem::take(&mut stack);
                            return Err(self.type_error(format!(
                                "'{}' object is not a mapping",
                                self.type_name(&m)
                            )));
                        }
                        tri!(crate::builtins::dict::dict_update_from(self, &d, &m));
                    }
                    Op::DictMerge(_) => {
                        let m = pop!();
                        let d = top!().clone();
                        let n = stack.len();
                        let func = stack[n - 3].clone();
                        tri!(self.merge_kwargs(&func, &d, &m));
                    }
                    Op::ListToTuple => {
                        let l = pop!();
                        let items = l.as_list().map(|l| l.borrow().clone()).unwrap_or_default();
                        let t = self.new_tuple(items);
                        stack.push(t);
                    }
                    Op::UnpackSequence(n) => {
                        let seq = pop!();
                        // Fast path: a builtin tuple or list of the right length, its
                        // items pushed straight from it (first item on top).
                        if unpack_exact(&seq, n as usize, &mut stack) {
                            continue;
                        }
                        tri!(self.unpack_into(&seq, n as usize, &mut stack));
                    }
                    Op::UnpackEx(k) => {
                        let seq = pop!();
                        tri!(self.unpack_ex(
                            &seq,
                            (k & 0xff) as usize,
                            (k >> 8) as usize,
                            &mut stack
                        ));
                    }
                    Op::FormatValue(flags) => {
                        // A plain `{i}` of an int stays an int: `BuildString` (the only
                        // consumer of `FormatValue`, see the compiler) writes its digits
                        // straight into the joined string, without a str object.
                        if flags == 0 && matches!(top!(), Value::Int(_)) {
                            continue;
                        }
                        let spec = if flags & 4 != 0 { Some(pop!()) } else { None };
                        let v = pop!();
                        let r = tri!(self.format_value(&v, flags & 3, spec.as_ref()));
                        stack.push(r);
                    }
                    Op::Call(n) => {
                        if crate::vm::generator::have_orphans() {
                            self.close_orphans();
                        }
                        let at = stack.len() - n as usize;
                        call_simple!(at - 1, at);
                        if let Some(init) = self.inline_target(&stack[at - 1]) {
                            f.pc = pc;
                            break Switch::Call {
                                func_at: at - 1,
                                first: at,
                                init,
                                kwnames: None,
                            };
                        }
                        let func = stack[at - 1].clone();
                        let r = tri!(self.call(&func, &stack[at..], &[]));
                        while stack.len() > at - 1 + 1 {
                            if let Some(v) = stack.pop() {
                                v.discard();
                            }
                        }
                        stack[at - 1] = r;
                    }
                    Op::CallKw(n) => {
                        if crate::vm::generator::have_orphans() {
                            self.close_orphans();
                        }
                        let names = pop!();
                        let at = stack.len() - n as usize;
                        // The names are the constant loaded just before: converted
                        // once, in `Code::kwnames`.
                        let kwnames = match pc.checked_sub(2).map(|i| ops[i]) {
                            Some(Op::LoadConst(k))
                                if code.consts[k as usize].is(&names)
                                    && let Some(kn) = &code.kwnames[k as usize] =>
                            {
                                kn.clone()
                            }
                            _ => self.kwnames_of(&names),
                        };
                        if let Some(init) = self.inline_target(&stack[at - 1]) {
                            f.pc = pc;
                            break Switch::Call {
                                func_at: at - 1,
                                first: at,
                                init,
                                kwnames: Some(kwnames),
                            };
                        }
                        let func = stack[at - 1].clone();
                        let r = tri!(self.call(&func, &stack[at..], &kwnames));
                        while stack.len() > at - 1 + 1 {
                            if let Some(v) = stack.pop() {
                                v.discard();
                            }
                        }
                        stack[at - 1] = r;
                    }
                    Op::CallMethod(n) => {
                        if crate::vm::generator::have_orphans() {
                            self.close_orphans();
                        }
                        let at = stack.len() - n as usize;
                        let recv_is_undef = stack[at - 1].is_undef();
                        let first = if recv_is_undef { at } else { at - 1 };
                        call_simple!(at - 2, first);
                        if let Some(init) = self.inline_target(&stack[at - 2]) {
                            f.pc = pc;
                            break Switch::Call {
                                func_at: at - 2,
                                first,
                                init,
                                kwnames: None,
                            };
                        }
                        // `list.append(x)` on a builtin list, in place (CPython 3.11's
                        // `PRECALL_NO_KW_LIST_APPEND`); a statement's `Pop` of its `None`
                        // is skipped too.
                        let appended = n == 1 && {
                            let (below, top) = stack.split_at_mut(at);
                            if let [.., Value::Obj(func), Value::Obj(o)] = below
                                && let Payload::Builtin(b) = &func.payload
                                && b.func as *const ()
                                    == crate::builtins::list::m_append as *const ()
                                && b.data.is_none()
                                && let Payload::List(l) = &o.payload
                                && Rc::ptr_eq(o.ty(), &self.types().list)
                                && let Ok(mut l) = l.try_borrow_mut()
                            {
                                l.push(std::mem::take(&mut top[0]));
                                true
                            } else {
                                false
                            }
                        };
                        if appended {
                            drop_top!(3);
                            if ops[pc] == Op::Pop {
                                pc += 1;
                            } else {
                                stack.push(Value::None);
                            }
                            continue;
                        }
                        let func = stack[at - 2].clone();
                        let r = tri!(self.call(&func, &stack[first..], &[]));
                        while stack.len() > at - 2 + 1 {
                            if let Some(v) = stack.pop() {
                                v.discard();
                            }
                        }
                        stack[at - 2] = r;
                    }
                    Op::CallEx(k) => {
                        let kw = if k & 1 != 0 { Some(pop!()) } else { None };
                        let args = pop!();
                        let func = pop!();
                        let r = tri!(self.call_ex(&func, &args, kw.as_ref()));
                        stack.push(r);
                    }
                    Op::MakeFunction(flags) => {
                        let _qualname = pop!();
                        let code_v = pop!();
                        let closure = if flags & 8 != 0 { Some(pop!()) } else { None };
                        let kwdefaults = if flags & 2 != 0 { Some(pop!()) } else { None };
                        let defaults = if flags & 1 != 0 { Some(pop!()) } else { None };
                        let func =
                            self.make_function(&code_v, &f.globals, defaults, kwdefaults, closure);
                        stack.push(func);
                    }
                    Op::Return => {
                        let v = pop!();
                        ret!(v, pc);
                    }
                    Op::ReturnConst(c) => {
                        let v = code.consts[c as usize].clone();
                        // Where the `Return` after it would have left it.
                        ret!(v, pc + 1);
                    }
                    Op::ReturnFast(a) => {
                        let v = stack[bp + a as usize].clone();
                        if !v.is_undef() {
                            ret!(v, pc + 1);
                        }
                        load_fast!(a as usize);
                    }
                    Op::BinaryReturn(k) => {
                        let n = stack.len();
                        let kind = BinOpKind::from_u32(k);
                        let (left, right) = stack.split_at_mut(n - 1);
                        if fast_binop(&mut left[n - 2], &right[0], kind) {
                            drop_top!(1);
                            let v = pop!();
                            // Where the `Return` after it would have left it.
                            ret!(v, pc + 1);
                        }
                        // Other operands: the plain `BinaryOp`, then the `Return`.
                        let b = pop!();
                        let a = pop!();
                        let r = tri!(self.binary_op(&a, &b, kind));
                        stack.push(r);
                    }
                    Op::Yield(from) => {
                        let v = pop!();
                        let v = if f.sink != Sink::Off && from == 0 && f.generator.is_none() {
                            match tri!(self.sink_yield(f.sink, v)) {
                                None => {
                                    // Taken by the consumer: the `yield` expression
                                    // is None, as for `next()`, and the frame runs on.
                                    // A `yield` statement pops the value at once: skip
                                    // both.
                                    if ops[pc] == Op::Pop {
                                        pc += 1;
                                    } else {
                                        stack.push(Value::None);
                                    }
                                    continue;
                                }
                                Some(v) => v,
                            }
                        } else {
                            v
                        };
                        f.pc = pc;
                        f.yielded = true;
                        f.in_yield_from = from == 1;
                        if f.generator.is_some() {
                            break Switch::Yielded(v);
                        }
                        *shared = std::mem::take(&mut stack);
                        return Ok(v);
                    }
                    Op::Send(t) => {
                        let v = pop!();
                        let it = top!().clone();
                        match tri!(self.send_to(&it, v)) {
                            Ok(y) => stack.push(y),
                            Err(r) => {
                                stack.pop();
                                stack.push(r);
                                pc = t as usize;
                            }
                        }
                    }
                    Op::GetYieldFromIter => {
                        let v = pop!();
                        let it = if matches!(v.payload(), Some(Payload::Generator(_))) {
                            v
                        } else {
                            tri!(self.get_iter(&v))
                        };
                        stack.push(it);
                    }
                    Op::Raise(kind) => {
                        f.pc = pc;
                        match kind {
                            0 => {
                                if self.handled.is_undef() || self.handled.is_none() {
                                    *shared = std::mem::take(&mut stack);
                                    return Err(
                                        self.runtime_error("No active exception to reraise")
                                    );
                                }
                                *how = Raised::Reraise;
                                let e = self.handled.as_obj().cloned().expect("exception");
                                *shared = std::mem::take(&mut stack);
                                return Err(PyErr(e));
                            }
                            1 => {
                                let e = pop!();
                                *shared = std::mem::take(&mut stack);
                                return Err(self.make_raise(e, None));
                            }
                            _ => {
                                let cause = pop!();
                                let e = pop!();
                                *shared = std::mem::take(&mut stack);
                                return Err(self.make_raise(e, Some(cause)));
                            }
                        }
                    }
                    Op::Reraise => {
                        let e = pop!();
                        f.pc = pc;
                        *how = Raised::Reraise;
                        *shared = std::mem::take(&mut stack);
                        return Err(PyErr(e.as_obj().cloned().expect("exception object")));
                    }
                    Op::PushExcInfo => {
                        let e = pop!();
                        let prev = std::mem::replace(&mut self.handled, e.clone());
                        stack.push(prev);
                        stack.push(e);
                    }
                    Op::PopExcept => {
                        self.handled = pop!();
                    }
                    Op::PopExceptReraise => {
                        let e = pop!();
                        self.handled = pop!();
                        f.pc = pc;
                        *how = Raised::Reraise;
                        *shared = std::mem::take(&mut stack);
                        return Err(PyErr(e.as_obj().cloned().expect("exception object")));
                    }
                    Op::CheckExcMatch => {
                        let ty = pop!();
                        let exc = top!().clone();
                        let m = tri!(self.exception_matches(&exc, &ty));
                        stack.push(Value::bool(m));
                    }
                    Op::WithExceptStart(slot) => {
                        let exc = top!().clone();
                        let exit = stack[bp + slot as usize].clone();
                        let ty = Value::Obj(self.type_of(&exc).clone());
                        let tb = self.traceback_object(&exc);
                        let r = tri!(self.call(&exit, &[ty, exc, tb], &[]));
                        let b = tri!(self.truthy(&r));
                        stack.push(Value::bool(b));
                    }
                    Op::BeforeWith(slot) => {
                        let ctx = pop!();
                        let (enter, exit) = tri!(self.with_methods(&ctx));
                        stack[bp + slot as usize] = exit;
                        let r = tri!(self.call(&enter, &[], &[]));
                        stack.push(r);
                    }
                    Op::ImportName(i) => {
                        let fromlist = pop!();
                        let level = pop!();
                        let name = code.names[i as usize].clone();
                        let m = tri!(self.import_name(&name, &fromlist, &level, &f.globals));
                        stack.push(m);
                    }
                    Op::ImportFrom(i) => {
                        let m = top!().clone();
                        let v = tri!(self.import_from(&m, &code.names[i as usize]));
                        stack.push(v);
                    }
                    Op::ImportStar => {
                        let m = pop!();
                        let ns = f.locals_dict.clone().unwrap_or_else(|| f.globals.clone());
                        tri!(self.import_star(&m, &ns));
                    }
                    Op::LoadBuildClass => {
                        let v = self
                            .new_builtin("__build_class__", crate::builtins::classes::build_class);
                        stack.push(v);
                    }
                    Op::LoadAssertionError => {
                        stack.push(Value::Obj(self.types().assertion_error.clone()))
                    }
                    Op::LoadLocals => {
                        let v = match &f.locals_dict {
                            Some(ns) => Value::Obj(ns.clone()),
                            None => self.fast_locals_dict(f, &stack[bp..]),
                        };
                        stack.push(v);
                    }
                    Op::ZeroArgSuper => {
                        let obj = pop!();
                        let cls = pop!();
                        let s = tri!(crate::builtins::classes::make_super(self, &cls, &obj));
                        stack.push(s);
                    }
                }
            };
            match switch {
                Switch::Call {
                    func_at,
                    first,
                    init,
                    kwnames,
                } => {
                    if let Err(e) = self.push_inline(
                        &mut stack,
                        calls,
                        func_at,
                        first,
                        init,
                        kwnames.as_deref().unwrap_or_default(),
                    ) {
                        *shared = stack;
                        return Err(e);
                    }
                    // Calls poll the breaker too, so recursion without loops still
                    // yields the GIL and sees interrupts.
                    if self.interp.breaker.is_set()
                        && let Err(e) = self.handle_breaker()
                    {
                        *shared = stack;
                        return Err(e);
                    }
                }
                Switch::CallBinop {
                    func_at,
                    first,
                    kind,
                } => {
                    self.enter_simple(&mut stack, calls, func_at, first);
                    if let Some(fr) = calls.last_mut() {
                        fr.init_self = Value::Int(kind as i64);
                    }
                    if self.interp.breaker.is_set()
                        && let Err(e) = self.handle_breaker()
                    {
                        *shared = stack;
                        return Err(e);
                    }
                }
                Switch::Resume(g) => {
                    self.resume_inline(g, &mut stack, calls);
                    if self.interp.breaker.is_set()
                        && let Err(e) = self.handle_breaker()
                    {
                        *shared = stack;
                        return Err(e);
                    }
                }
                Switch::Yielded(v) => {
                    self.suspend_inline(&mut stack, calls, None);
                    stack.push(v);
                }
                Switch::Return(v) => {
                    // The frame is read and dropped where it lies: moving it out would
                    // copy its freshly written fields whole (a store-forwarding stall).
                    let Some(done) = calls.last_mut() else {
                        if base.feed {
                            if self.feed_next(v, &mut stack, base) {
                                continue;
                            }
                            *shared = stack;
                            return Ok(Value::None);
                        }
                        *shared = stack;
                        return Ok(v);
                    };
                    if done.generator.is_some() {
                        // The generator is exhausted: its consumer's `ForIter` pops it
                        // and jumps past the loop. (The value of `return` is dropped,
                        // as a `for` loop drops `StopIteration.value`.)
                        drop(v);
                        self.suspend_inline(&mut stack, calls, Some(None));
                        stack.pop();
                        let caller: &mut Frame = match calls.last_mut() {
                            Some(c) => c,
                            None => &mut *base,
                        };
                        if let Op::ForIter(t) = caller.code.unit.ops[caller.pc - 1] {
                            caller.pc = t as usize;
                        }
                        continue;
                    }
                    // The result is stored into the callable's slot, which exists:
                    // `push` was left as an out-of-line call in this huge function.
                    let ret_to = done.ret_to;
                    let init = if done.init_self.is_undef() {
                        None
                    } else {
                        Some(std::mem::take(&mut done.init_self))
                    };
                    let pushed = done.pushed_globals;
                    self.retire_callee(&mut stack, calls, ret_to, pushed);
                    let v = match init {
                        None => v,
                        // A binary operator's method (`Switch::CallBinop`): the result
                        // takes the place of the operands kept below the method.
                        Some(Value::Int(k)) => {
                            if let Err(e) = self.binop_returned(&mut stack, ret_to, k, v) {
                                *shared = stack;
                                return Err(e);
                            }
                            continue;
                        }
                        Some(obj) if v.is_none() => {
                            v.discard();
                            obj
                        }
                        Some(_) => {
                            stack.truncate(ret_to);
                            *shared = stack;
                            return Err(self.type_error(format!(
                                "__init__() should return None, not '{}'",
                                self.type_name(&v)
                            )));
                        }
                    };
                    // The callable's reference, released inline.
                    std::mem::replace(&mut stack[ret_to], v).discard();
                }
            }
        }
    }

    /// After a slow attribute access, remember where `name` lives in instances of this
    /// class when the plain instance-dict path applies (no overriding special methods,
    /// no class attribute of that name).
    fn fill_attr_cache(
        &mut self,
        obj: &Value,
        name: &Value,
        cell: &std::cell::Cell<crate::bytecode::code::AttrSlotCache>,
    ) {
        use crate::runtime::types::Special;
        let Some(o) = plain_instance(obj) else { return };
        let ty = o.ty().clone();
        if self.class_lookup(&ty, name).is_some()
            || self
                .lookup_user_special(obj, Special::GetAttribute)
                .is_some()
            || self.lookup_user_special(obj, Special::SetAttr).is_some()
        {
            return;
        }
        let Some(t) = o.attr_table() else { return };
        let ps = name.as_pystr().expect("str");
        if let Some(slot) = t.borrow().find_str(ps.as_str(), ps.hash()) {
            cell.set(crate::bytecode::code::AttrSlotCache {
                ty: Rc::as_ptr(&ty) as usize,
                epoch: self.interp.type_epoch.get(),
                slot: slot as u32,
            });
        }
    }

    /// Enter `stack[func_at](*stack[first..])`, a plain function taking exactly these
    /// arguments (`call_simple!` checked it), where the function is not at hand.
    #[inline(always)]
    fn enter_simple(
        &mut self,
        stack: &mut Vec<Value>,
        calls: &mut CallStack,
        func_at: usize,
        first: usize,
    ) {
        let Value::Obj(o) = &stack[func_at] else {
            unreachable!("Call checked the function")
        };
        let Payload::Function(fun) = &o.payload else {
            unreachable!("Call checked the function")
        };
        let (nlocals, room) = self.simple_frame(fun, calls, func_at, first);
        unbound_locals(stack, first, nlocals, room);
    }

    /// The frame of a plain function `fun` taking exactly the arguments `stack[first..]`
    /// (the function at `stack[func_at]`): filled in a free slot of `calls`. Returns its
    /// number of locals and the stack room it needs, for `unbound_locals`.
    #[inline(always)]
    fn simple_frame(
        &mut self,
        fun: &Function,
        calls: &mut CallStack,
        func_at: usize,
        first: usize,
    ) -> (usize, usize) {
        let u = &fun.code.unit;
        let nlocals = u.varnames.len();
        let room = nlocals + u.max_stack as usize;
        self.push_frame(fun, calls, first, func_at, nlocals, fun.closure.clone());
        (nlocals, room)
    }

    /// A binary operator's method entered by `Switch::CallBinop` returned `v`: replace
    /// the method's slot and the operands kept below it (`stack[ret_to - 2..]`) with
    /// `v`, or raise the unsupported-operand error for `NotImplemented`. Out of line:
    /// it is rare next to the other returns.
    #[cold]
    #[inline(never)]
    fn binop_returned(
        &mut self,
        stack: &mut Vec<Value>,
        ret_to: usize,
        kind: i64,
        v: Value,
    ) -> PyResult<()> {
        if self.is_not_implemented(&v) {
            let kind = BinOpKind::from_u32(kind as u32);
            let e = self.unsupported_op(&stack[ret_to - 2], &stack[ret_to - 1], kind, false);
            stack.truncate(ret_to - 2);
            return Err(e);
        }
        stack.truncate(ret_to - 2);
        stack.push(v);
        Ok(())
    }

    /// The getter `LoadAttr`'s property cache holds for `obj`'s class, if it holds.
    /// Out of line: property reads are rare next to the instruction's other paths.
    #[inline(never)]
    fn cached_property(
        &self,
        obj: &Value,
        code: &crate::bytecode::Code,
        i: usize,
    ) -> Option<Value> {
        let Value::Obj(o) = obj else { return None };
        let c = code.prop_cache[i].borrow();
        (c.ty == Rc::as_ptr(o.ty()) as usize && c.epoch == self.interp.type_epoch.get())
            .then(|| c.fget.clone())
    }

    /// The `__op__` method to run inline for `a <op> b`: both operands instances of the
    /// same user class (so no reflected method is tried first, and none after a
    /// `NotImplemented`: the error follows), the method a plain function of two
    /// arguments.
    #[inline(never)]
    fn binop_method(&self, a: &Value, b: &Value, kind: BinOpKind) -> Option<Value> {
        let (Some(x), Value::Obj(y)) = (plain_instance(a), b) else {
            return None;
        };
        if !Rc::ptr_eq(x.ty(), y.ty()) {
            return None;
        }
        let (fwd, _, _) = kind.dunders();
        let m = self.lookup_name_on(x.ty(), fwd)?;
        matches!(m.payload(), Some(Payload::Function(f)) if f.code.simple_argc == 2).then_some(m)
    }

    /// Fill `LoadAttr`'s property cache when `obj.name` is a `property` of its class whose
    /// getter is a plain function of one argument (`Code::simple_argc`), and neither
    /// `__getattribute__` nor `__getattr__` is overridden (a getter's `AttributeError`
    /// would go to `__getattr__`).
    #[inline(never)]
    fn fill_prop_cache(
        &mut self,
        obj: &Value,
        name: &Value,
        cell: &std::cell::RefCell<crate::bytecode::code::PropCache>,
    ) {
        use crate::runtime::types::Special;
        let Some(o) = plain_instance(obj) else { return };
        let ty = o.ty().clone();
        let Some(attr) = self.class_lookup(&ty, name) else {
            return;
        };
        let Some(Payload::Property(p)) = attr.payload() else {
            return;
        };
        let fget = &p[0];
        if !matches!(fget.payload(), Some(Payload::Function(f)) if f.code.simple_argc == 1)
            || self
                .lookup_user_special(obj, Special::GetAttribute)
                .is_some()
            || self.lookup_user_special(obj, Special::GetAttr).is_some()
        {
            return;
        }
        if let Ok(mut c) = cell.try_borrow_mut() {
            *c = crate::bytecode::code::PropCache {
                ty: Rc::as_ptr(&ty) as usize,
                epoch: self.interp.type_epoch.get(),
                fget: fget.clone(),
            };
        }
    }

    /// `locals()` in a function: a snapshot of the bound fast locals and cells.
    fn fast_locals_dict(&mut self, f: &Frame, locals: &[Value]) -> Value {
        let d = self.new_dict(Default::default());
        let u = &f.code.unit;
        for (i, name) in u.varnames.iter().enumerate() {
            if name.starts_with('$') || name.starts_with('.') || u.cellvars.contains(name) {
                continue;
            }
            let v = locals[i].clone();
            if !v.is_undef() {
                let key = self.intern(name);
                dict_set_str(d.as_obj().expect("dict"), key, v);
            }
        }
        for (i, name) in u.cellvars.iter().chain(u.freevars.iter()).enumerate() {
            if let Some(c) = f.cell(i)
                && let Payload::Cell(cell) = &c.payload
            {
                let v = cell.borrow().clone();
                if !v.is_undef() {
                    let key = self.intern(name);
                    dict_set_str(d.as_obj().expect("dict"), key, v);
                }
            }
        }
        d
    }

    fn unbound_deref(&self, code: &crate::bytecode::Code, i: usize) -> PyErr {
        let nc = code.unit.cellvars.len();
        if i < nc {
            let name = &code.unit.cellvars[i];
            self.new_exception(
                &self.types().unbound_local_error.clone(),
                format!(
                    "cannot access local variable '{name}' where it is not associated with a value"
                ),
            )
        } else {
            let name = &code.unit.freevars[i - nc];
            self.name_error(format!(
                "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
            ))
        }
    }

    /// `LoadGlobal` slow path: look the name up and fill the instruction's cache.
    fn load_global_caching(
        &mut self,
        globals: &PyRef,
        code: &crate::bytecode::Code,
        i: usize,
    ) -> PyResult<Value> {
        use crate::bytecode::code::GlobalCache;
        let name = &code.names[i];
        let ps = name.as_pystr().expect("str");
        if let Payload::Dict(t) = &globals.payload {
            let t = t.borrow();
            if let Some(slot) = t.find_str(ps.as_str(), ps.hash()) {
                code.global_cache[i].set(GlobalCache {
                    gkv: t.keys_version(),
                    bkv: 0,
                    slot: slot as u32,
                    kind: 1,
                });
                return Ok(t.value_at(slot).clone());
            }
            if let Payload::Dict(b) = &self.interp.builtins.payload {
                let b = b.borrow();
                if let Some(slot) = b.find_str(ps.as_str(), ps.hash()) {
                    code.global_cache[i].set(GlobalCache {
                        gkv: t.keys_version(),
                        bkv: b.keys_version(),
                        slot: slot as u32,
                        kind: 2,
                    });
                    return Ok(b.value_at(slot).clone());
                }
            }
        }
        self.load_global(globals, name)
    }

    /// Globals, then builtins.
    #[inline]
    pub fn load_global(&mut self, globals: &PyRef, name: &Value) -> PyResult<Value> {
        let ps = name.as_pystr().expect("str");
        if let Payload::Dict(t) = &globals.payload
            && let Some(v) = t.borrow().get_str(ps.as_str(), ps.hash())
        {
            return Ok(v.clone());
        }
        if let Payload::Dict(t) = &self.interp.builtins.payload
            && let Some(v) = t.borrow().get_str(ps.as_str(), ps.hash())
        {
            return Ok(v.clone());
        }
        Err(self.name_error(format!("name '{}' is not defined", ps.as_str())))
    }

    /// Build the exception to raise for `raise e [from cause]`.
    fn make_raise(&mut self, e: Value, cause: Option<Value>) -> PyErr {
        let exc = match self.exception_instance(&e) {
            Ok(x) => x,
            Err(err) => return err,
        };
        if let Some(c) = cause {
            let c = if c.is_none() {
                Ok(Value::None)
            } else {
                self.exception_instance(&c).map(|x| Value::Obj(x.0))
            };
            match c {
                Ok(c) => {
                    if let Payload::Exception(ed) = &exc.0.payload {
                        let mut ed = ed.borrow_mut();
                        ed.cause = if c.is_none() { None } else { Some(c) };
                        ed.suppress_context = true;
                    }
                }
                Err(_) => {
                    return self.type_error("exception causes must derive from BaseException");
                }
            }
        }
        exc
    }

    /// An exception instance from a class or instance operand of `raise`.
    pub fn exception_instance(&mut self, e: &Value) -> Result<PyErr, PyErr> {
        let base = self.types().base_exception.clone();
        if let Value::Obj(o) = e {
            if let Payload::Exception(_) = &o.payload {
                return Ok(PyErr(o.clone()));
            }
            if let Payload::Type(_) = &o.payload
                && crate::runtime::types::is_subtype(o, &base)
            {
                let inst = self.call(e, &[], &[])?;
                if let Value::Obj(io) = &inst
                    && let Payload::Exception(_) = &io.payload
                {
                    return Ok(PyErr(io.clone()));
                }
                let r = self.repr(e).unwrap_or_default();
                return Err(self.type_error(format!(
                    "calling {} should have returned an instance of BaseException, not {}",
                    r,
                    self.type_name(&inst)
                )));
            }
        }
        Err(self.type_error("exceptions must derive from BaseException"))
    }

    /// `except T:` matching, with tuples of classes.
    pub fn exception_matches(&mut self, exc: &Value, ty: &Value) -> PyResult<bool> {
        if let Some(items) = ty.as_tuple() {
            let items = items.to_vec();
            for t in &items {
                if self.exception_matches(exc, t)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        match ty {
            Value::Obj(t)
                if matches!(t.payload, Payload::Type(_))
                    && crate::runtime::types::is_subtype(
                        t,
                        &self.types().base_exception.clone(),
                    ) =>
            {
                Ok(crate::runtime::types::is_subtype(self.type_of(exc), t))
            }
            _ => Err(self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }

    fn with_methods(&mut self, ctx: &Value) -> PyResult<(Value, Value)> {
        use crate::runtime::types::Special;
        let enter = self.lookup_special(ctx, Special::Enter);
        let exit = self.lookup_special(ctx, Special::Exit);
        match (enter, exit) {
            (Some(en), Some(ex)) => {
                let en = self.bind_descriptor(&en, ctx)?;
                let ex = self.bind_descriptor(&ex, ctx)?;
                Ok((en, ex))
            }
            (None, _) => Err(self.type_error(format!(
                "'{}' object does not support the context manager protocol",
                self.type_name(ctx)
            ))),
            (_, None) => Err(self.type_error(format!(
                "'{}' object does not support the context manager protocol (missed __exit__ method)",
                self.type_name(ctx)
            ))),
        }
    }

    /// `iter(seq)` for an unpacking assignment: a `TypeError` because `seq` is not
    /// iterable at all becomes CPython's "cannot unpack" message; anything else (an
    /// error raised by the object's own `__iter__`) passes through.
    fn unpack_iter(&mut self, seq: &Value) -> PyResult<Value> {
        self.get_iter(seq).map_err(|e| {
            let type_error = self.types().type_error.clone();
            if self.err_matches(&e, &type_error)
                && self
                    .lookup_user_special(seq, crate::runtime::types::Special::Iter)
                    .is_none()
            {
                self.type_error(format!(
                    "cannot unpack non-iterable {} object",
                    self.type_name(seq)
                ))
            } else {
                e
            }
        })
    }

    /// Unpack exactly `n` items onto `stack` (first item on top).
    fn unpack_into(&mut self, seq: &Value, n: usize, stack: &mut Vec<Value>) -> PyResult<()> {
        let items: Vec<Value> = match seq.payload() {
            Some(Payload::Tuple(t)) if !self.is_heap(seq) => t.to_vec(),
            Some(Payload::List(l)) if !self.is_heap(seq) => l.borrow().clone(),
            _ => {
                let it = self.unpack_iter(seq)?;
                let mut v = Vec::with_capacity(n);
                while let Some(x) = self.iter_next(&it)? {
                    v.push(x);
                    if v.len() > n {
                        return Err(
                            self.value_error(format!("too many values to unpack (expected {n})"))
                        );
                    }
                }
                v
            }
        };
        if items.len() != n {
            if items.len() > n {
                return Err(self.value_error(format!("too many values to unpack (expected {n})")));
            }
            return Err(self.value_error(format!(
                "not enough values to unpack (expected {}, got {})",
                n,
                items.len()
            )));
        }
        stack.extend(items.into_iter().rev());
        Ok(())
    }

    fn unpack_ex(
        &mut self,
        seq: &Value,
        before: usize,
        after: usize,
        stack: &mut Vec<Value>,
    ) -> PyResult<()> {
        let items = match seq.payload() {
            Some(Payload::Tuple(t)) if !self.is_heap(seq) => t.to_vec(),
            Some(Payload::List(l)) if !self.is_heap(seq) => l.borrow().clone(),
            _ => {
                let it = self.unpack_iter(seq)?;
                crate::builtins::seq::to_vec(self, &it)?
            }
        };
        if items.len() < before + after {
            return Err(self.value_error(format!(
                "not enough values to unpack (expected at least {}, got {})",
                before + after,
                items.len()
            )));
        }
        let mid_end = items.len() - after;
        for v in items[mid_end..].iter().rev() {
            stack.push(v.clone());
        }
        let mid = self.new_list(items[before..mid_end].to_vec());
        stack.push(mid);
        for v in items[..before].iter().rev() {
            stack.push(v.clone());
        }
        Ok(())
    }

    /// f-string field formatting (kept out of `exec`: see docs/performance.md).
    #[inline(never)]
    fn format_value(&mut self, v: &Value, conv: u32, spec: Option<&Value>) -> PyResult<Value> {
        let v = match conv {
            1 => self.str_value(v)?,
            2 => {
                let s = self.repr(v)?;
                self.new_string(s)
            }
            3 => {
                let s = self.repr(v)?;
                self.new_string(crate::builtins::functions::ascii_escape(&s))
            }
            _ => v.clone(),
        };
        match spec {
            None => {
                if v.as_str().is_some() && !self.is_heap(&v) {
                    return Ok(v);
                }
                if let Value::Int(i) = v {
                    return Ok(self.new_str(itoa::Buffer::new().format(i)));
                }
                let s = self.format(&v, "")?;
                Ok(self.new_string(s))
            }
            Some(spec) => {
                let spec = spec.as_str().unwrap_or("").to_string();
                let s = self.format(&v, &spec)?;
                Ok(self.new_string(s))
            }
        }
    }

    #[cold]
    fn kwnames_of(&self, names: &Value) -> crate::bytecode::code::KwNames {
        let t = names.as_tuple().unwrap_or(&[]);
        t.iter()
            .map(|n| Rc::new(PyStr::new(n.as_str().unwrap_or(""))))
            .collect()
    }

    /// Check the eval breaker: pending signals, GIL drop requests, interrupts.
    pub fn handle_breaker(&mut self) -> PyResult<()> {
        crate::gil::handle_breaker(self)
    }
}

/// Insert into a dict object with a `str` key (namespaces).
/// `StoreGlobal` slow path: store the name, then point the instruction's cache at its
/// slot.
#[inline(never)]
fn store_global_caching(globals: &PyRef, code: &crate::bytecode::Code, i: usize, v: Value) {
    use crate::bytecode::code::GlobalCache;
    let name = code.names[i].clone();
    let Some(ps) = name.as_pystr() else { return };
    let h = ps.hash();
    if let Payload::Dict(t) = &globals.payload {
        let old = {
            let mut t = t.borrow_mut();
            let old = match t.find_str(ps.as_str(), h) {
                Some(slot) => Some(t.set_value_at(slot, v)),
                None => {
                    t.set_str(name.clone(), h, v);
                    None
                }
            };
            if let Some(slot) = t.find_str(ps.as_str(), h) {
                code.global_cache[i].set(GlobalCache {
                    gkv: t.keys_version(),
                    bkv: 0,
                    slot: slot as u32,
                    kind: 1,
                });
            }
            old
        };
        // Released after the borrow: freeing it may run code that reads globals.
        drop(old);
    }
}

pub fn dict_set_str(d: &PyRef, key: Value, v: Value) {
    if let Payload::Dict(t) = &d.payload {
        let h = key.as_pystr().map(|s| s.hash()).unwrap_or(0);
        t.borrow_mut().set_str(key, h, v);
    }
}

/// Look up a `str` key in a dict object (namespaces).
pub fn dict_get_str(d: &PyRef, key: &str) -> Option<Value> {
    match &d.payload {
        Payload::Dict(t) => t
            .borrow()
            .get_str(key, crate::runtime::str::str_hash(key.as_bytes()))
            .cloned(),
        _ => None,
    }
}

pub fn dict_del_str(d: &PyRef, key: &Value) -> bool {
    if let Payload::Dict(t) = &d.payload {
        let ps = key.as_pystr().expect("str");
        let i = t.borrow().find_str(ps.as_str(), ps.hash());
        if let Some(i) = i {
            t.borrow_mut().remove_at(i);
            return true;
        }
    }
    false
}
