//! Generators: a suspended frame owned by a generator object; `next`, `send`, `throw`,
//! `close`, delegation through `yield from`, and PEP 479 (`StopIteration` inside a
//! generator becomes `RuntimeError`).

use super::frame::{Frame, Sink};
use super::{PyErr, PyResult, Vm};
use crate::bytecode::op::Op;
use crate::runtime::str::PyStr;
use crate::runtime::value::*;
use std::cell::RefCell;
use std::rc::Rc;

pub struct GenState {
    /// The suspended frame; `None` while running or after finishing.
    pub frame: Option<Box<Frame>>,
    pub started: bool,
    pub finished: bool,
    pub running: bool,
    pub name: Rc<PyStr>,
    pub qualname: Rc<str>,
    /// The exception being handled inside the generator when it last yielded.
    pub saved_handled: Value,
    /// The interpreter that made the generator: only it may run the generator's cleanup
    /// after the generator is dropped (see `ORPHANS`).
    pub owner: std::rc::Weak<super::Interp>,
}

thread_local! {
    /// Suspended generators dropped at a `yield` inside a `try` or `with` block: their
    /// `finally` or `__exit__` must still run, as CPython's generator finaliser runs
    /// `close()`. `Drop` cannot reach the VM, so it parks them here, and the VM closes
    /// them at its next call instruction (`Vm::close_orphans`).
    static ORPHANS: RefCell<Vec<GenState>> = const { RefCell::new(Vec::new()) };
    static HAVE_ORPHANS: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether a dropped generator waits to be closed (one thread-local load).
#[inline(always)]
pub fn have_orphans() -> bool {
    HAVE_ORPHANS.with(|h| h.get())
}

impl Drop for GenState {
    fn drop(&mut self) {
        if self.finished || !self.started || self.running {
            return;
        }
        let Some(fr) = &self.frame else { return };
        // Only a yield covered by a handler has code that `close()` would run.
        if fr
            .code
            .unit
            .handler_for(fr.pc.saturating_sub(1) as u32)
            .is_none()
        {
            return;
        }
        let orphan = GenState {
            frame: self.frame.take(),
            started: true,
            finished: false,
            running: false,
            name: self.name.clone(),
            qualname: self.qualname.clone(),
            saved_handled: std::mem::replace(&mut self.saved_handled, Value::Undef),
            owner: std::mem::take(&mut self.owner),
        };
        // At thread exit the list may already be gone: the generator is then dropped
        // without running its cleanup, as at interpreter shutdown.
        let _ = ORPHANS.try_with(|o| {
            if let Ok(mut o) = o.try_borrow_mut() {
                o.push(orphan);
                HAVE_ORPHANS.with(|h| h.set(true));
            }
        });
    }
}

impl Vm {
    /// Close the generators parked by `GenState::drop` (see `ORPHANS`): their `finally`
    /// blocks run now. An exception from one is reported as CPython reports an
    /// exception in a finaliser ("Exception ignored in: ...") and does not propagate.
    #[cold]
    pub fn close_orphans(&mut self) {
        loop {
            let pending = ORPHANS.with(|o| std::mem::take(&mut *o.borrow_mut()));
            HAVE_ORPHANS.with(|h| h.set(false));
            if pending.is_empty() {
                return;
            }
            for mut st in pending {
                // Another interpreter's generator (the thread ran several, one after
                // the other): its code must not run here, so its cleanup is skipped,
                // as at that interpreter's shutdown.
                if !st
                    .owner
                    .upgrade()
                    .is_some_and(|i| Rc::ptr_eq(&i, &self.interp))
                {
                    st.finished = true;
                    continue;
                }
                let g = self.new_object(
                    &self.types().generator.clone(),
                    Payload::Generator(Box::new(RefCell::new(st))),
                );
                let Value::Obj(o) = &g else { continue };
                if let Err(e) = gen_close(self, o) {
                    let what = self.repr(&g).unwrap_or_default();
                    let text = self.format_exception(&e);
                    self.flush_stdout();
                    self.write_stderr(&format!("Exception ignored in: {what}\n{text}"));
                }
            }
        }
    }
}

pub fn new_generator(vm: &mut Vm, frame: Box<Frame>, func: &Function) -> Value {
    let st = GenState {
        frame: Some(frame),
        started: false,
        finished: false,
        running: false,
        name: func.name.borrow().clone(),
        qualname: func.qualname.borrow().clone(),
        saved_handled: Value::Undef,
        owner: Rc::downgrade(&vm.interp),
    };
    vm.new_object(
        &vm.types().generator.clone(),
        Payload::Generator(Box::new(RefCell::new(st))),
    )
}

fn state(o: &PyRef) -> &RefCell<GenState> {
    match &o.payload {
        Payload::Generator(g) => g,
        _ => unreachable!("not a generator"),
    }
}

/// The value carried by a `StopIteration`.
pub fn stop_iteration_value(e: &PyErr) -> Value {
    if let Payload::Exception(ed) = &e.0.payload {
        let args = ed.borrow().args.clone();
        if let Some(t) = args.as_tuple()
            && let Some(v) = t.first()
        {
            return v.clone();
        }
    }
    Value::None
}

/// Resume: `Ok(Ok(yielded))`, `Ok(Err(returned))`, or an exception.
pub fn gen_resume(
    vm: &mut Vm,
    o: &PyRef,
    send: Value,
    throw: Option<PyErr>,
) -> PyResult<Result<Value, Value>> {
    let st = state(o);
    let mut frame = {
        let mut s = st.borrow_mut();
        if s.running {
            return Err(vm.value_error("generator already executing"));
        }
        if s.finished {
            drop(s);
            if let Some(e) = throw {
                return Err(e);
            }
            return Ok(Err(Value::None));
        }
        if !s.started && !send.is_none() && throw.is_none() {
            return Err(vm.type_error("can't send non-None value to a just-started generator"));
        }
        if !s.started
            && let Some(e) = throw
        {
            // Throwing into a generator that never ran: it ends at once.
            s.finished = true;
            s.frame = None;
            return Err(e);
        }
        let Some(f) = s.frame.take() else {
            return Ok(Err(Value::None));
        };
        s.running = true;
        f
    };
    let started = st.borrow().started;
    st.borrow_mut().started = true;
    let mut throw = throw;
    // Delegate a thrown exception to the sub-iterator of a `yield from`.
    if started && frame.in_yield_from && throw.is_some() {
        let sub = frame.stack.last().cloned().unwrap_or_default();
        let exc = throw.take().expect("throw");
        match delegate_throw(vm, &sub, exc) {
            Ok(Ok(y)) => {
                let mut s = st.borrow_mut();
                s.frame = Some(frame);
                s.running = false;
                return Ok(Ok(y));
            }
            Ok(Err(r)) => {
                // Sub-iterator finished: continue after the `yield from` with its value.
                frame.stack.pop();
                frame.stack.push(r);
                if let Op::Jump(t) = frame.code.unit.ops[frame.pc]
                    && let Op::Send(exit) = frame.code.unit.ops[t as usize]
                {
                    frame.pc = exit as usize;
                }
                frame.in_yield_from = false;
            }
            Err(e) => {
                frame.in_yield_from = false;
                throw = Some(e);
            }
        }
    } else if started && throw.is_none() {
        frame.resume_with(send);
    }
    let outer = std::mem::replace(&mut vm.handled, Value::Undef);
    let saved = std::mem::replace(&mut st.borrow_mut().saved_handled, Value::Undef);
    vm.handled = if saved.is_undef() {
        outer.clone()
    } else {
        saved
    };
    if vm.depth >= vm.interp.recursion_limit.get() || vm.stack_exhausted() {
        vm.handled = outer;
        let mut s = st.borrow_mut();
        s.running = false;
        s.frame = Some(frame);
        return Err(vm.recursion_error());
    }
    vm.depth += 1;
    // The value stays in registers across the bookkeeping below (see `run_frame_raw`).
    let mut raised = None;
    let v = vm.run_frame_raw(&mut frame, throw, &mut raised);
    vm.depth -= 1;
    let inner = std::mem::replace(&mut vm.handled, outer);
    let mut s = st.borrow_mut();
    s.running = false;
    match raised {
        None if frame.yielded => {
            s.saved_handled = inner;
            s.frame = Some(frame);
            Ok(Ok(v))
        }
        None => {
            s.finished = true;
            Ok(Err(v))
        }
        Some(e) => {
            s.finished = true;
            drop(s);
            Err(escaped(vm, e))
        }
    }
}

/// The exception to raise in a generator's consumer for `e`, which left the generator's
/// frame: `StopIteration` becomes `RuntimeError: generator raised StopIteration`
/// (PEP 479), chained to it; anything else is itself.
pub fn escaped(vm: &Vm, e: PyErr) -> PyErr {
    if !vm.err_matches(&e, &vm.types().stop_iteration.clone()) {
        return e;
    }
    let re = vm.runtime_error("generator raised StopIteration");
    if let Payload::Exception(ed) = &re.0.payload {
        let mut ed = ed.borrow_mut();
        ed.cause = Some(Value::Obj(e.0.clone()));
        ed.context = Some(Value::Obj(e.0.clone()));
        ed.suppress_context = true;
    }
    re
}

fn delegate_throw(vm: &mut Vm, sub: &Value, exc: PyErr) -> PyResult<Result<Value, Value>> {
    if let Value::Obj(o) = sub
        && let Payload::Generator(_) = &o.payload
    {
        return gen_resume(vm, o, Value::None, Some(exc));
    }
    match vm.getattr_opt(sub, &PyStr::new("throw"))? {
        Some(t) => match vm.call(&t, &[Value::Obj(exc.0)], &[]) {
            Ok(y) => Ok(Ok(y)),
            Err(e) if vm.err_matches(&e, &vm.types().stop_iteration.clone()) => {
                Ok(Err(stop_iteration_value(&e)))
            }
            Err(e) => Err(e),
        },
        None => Err(exc),
    }
}

/// Every remaining item of generator `o`, for a consumer that takes them all and runs
/// no Python code between them (`list(gen)`, `tuple(gen)`, `sorted`, `str.join`, ...).
/// The generator runs once, its plain `yield`s appending to `Vm::gen_sink` (see
/// `Frame::collect`), instead of being resumed and suspended once per item: what the
/// program can observe is the same. A `yield from` still suspends; its item is taken
/// and the generator resumed.
pub fn gen_collect(vm: &mut Vm, o: &PyRef) -> PyResult<Vec<Value>> {
    let outer = std::mem::take(&mut vm.gen_sink);
    let mut items = Vec::new();
    let r = loop {
        let r = gen_resume_sink(vm, o, Sink::Collect);
        items.append(&mut vm.gen_sink);
        match r {
            Ok(Ok(v)) => items.push(v),
            Ok(Err(_)) => break Ok(()),
            Err(e) => break Err(e),
        }
        if items.len() > crate::runtime::binops::MAX_ALLOC_ITEMS {
            break Err(vm.memory_error());
        }
    };
    vm.gen_sink = outer;
    r.map(|()| items)
}

/// Resume generator `o` with its plain `yield`s taken in the frame as `sink` says (see
/// `Vm::sink_yield`) until it yields a value the consumer must handle itself
/// (`Ok(Ok(v))`) or is exhausted (`Ok(Err(return value))`).
pub fn gen_resume_sink(vm: &mut Vm, o: &PyRef, sink: Sink) -> PyResult<Result<Value, Value>> {
    let set = |sink: Sink| {
        if let Some(f) = state(o).borrow_mut().frame.as_mut() {
            f.sink = sink;
        }
    };
    set(sink);
    let r = gen_resume(vm, o, Value::None, None);
    set(Sink::Off);
    r
}

/// `min(gen)` / `max(gen)` without a key: ints and floats are compared inside the
/// generator's frame (`Sink::Min`/`Max`), any other item by `better` here (is the item
/// better than the best so far), in the order a plain loop would. `Undef` when the
/// generator yields nothing.
pub fn gen_min_max(
    vm: &mut Vm,
    o: &PyRef,
    is_max: bool,
    better: impl Fn(&mut Vm, &Value, &Value) -> PyResult<bool>,
) -> PyResult<Value> {
    let sink = if is_max { Sink::Max } else { Sink::Min };
    let outer = std::mem::take(&mut vm.gen_acc);
    let r = loop {
        match gen_resume_sink(vm, o, sink) {
            Ok(Ok(x)) => {
                let best = std::mem::take(&mut vm.gen_acc);
                if best.is_undef() {
                    vm.gen_acc = x;
                    continue;
                }
                match better(vm, &x, &best) {
                    Ok(true) => vm.gen_acc = x,
                    Ok(false) => vm.gen_acc = best,
                    Err(e) => break Err(e),
                }
            }
            Ok(Err(_)) => break Ok(std::mem::take(&mut vm.gen_acc)),
            Err(e) => break Err(e),
        }
    };
    vm.gen_acc = outer;
    r
}

/// `sum(gen, start)`: int and float items are added inside the generator's frame
/// (`Sink::Sum`), any other item by `add` here, in the order a plain loop would.
pub fn gen_sum(
    vm: &mut Vm,
    o: &PyRef,
    start: Value,
    add: impl Fn(&mut Vm, Value, Value) -> PyResult<Value>,
) -> PyResult<Value> {
    let outer = std::mem::replace(&mut vm.gen_acc, start);
    let r = loop {
        match gen_resume_sink(vm, o, Sink::Sum) {
            Ok(Ok(x)) => {
                let acc = std::mem::take(&mut vm.gen_acc);
                match add(vm, acc, x) {
                    Ok(acc) => vm.gen_acc = acc,
                    Err(e) => break Err(e),
                }
            }
            Ok(Err(_)) => break Ok(std::mem::take(&mut vm.gen_acc)),
            Err(e) => break Err(e),
        }
    };
    vm.gen_acc = outer;
    r
}

/// `next(gen)`: `Ok(None)` when exhausted.
pub fn gen_next(vm: &mut Vm, o: &PyRef) -> PyResult<Option<Value>> {
    match gen_resume(vm, o, Value::None, None)? {
        Ok(v) => Ok(Some(v)),
        Err(_) => Ok(None),
    }
}

/// Attributes and methods of generator objects.
pub fn generator_attr(vm: &mut Vm, g: &Value, name: &str) -> PyResult<Option<Value>> {
    let f: NativeFn = match name {
        "send" => gen_send_m,
        "throw" => gen_throw_m,
        "close" => gen_close_m,
        "__next__" => gen_next_m,
        "__iter__" => gen_iter_m,
        "__name__" => {
            let Some(Payload::Generator(s)) = g.payload() else {
                return Ok(None);
            };
            let n = s.borrow().name.clone();
            return Ok(Some(Value::Obj(vm.str_obj(&n))));
        }
        "__qualname__" => {
            let Some(Payload::Generator(s)) = g.payload() else {
                return Ok(None);
            };
            let n = s.borrow().qualname.clone();
            return Ok(Some(vm.new_str(&n)));
        }
        "gi_running" => {
            let Some(Payload::Generator(s)) = g.payload() else {
                return Ok(None);
            };
            return Ok(Some(Value::bool(s.borrow().running)));
        }
        _ => return Ok(None),
    };
    Ok(Some(vm.new_builtin_with_data(
        leak_name(name),
        f,
        g.clone(),
    )))
}

fn leak_name(name: &str) -> &'static str {
    match name {
        "send" => "send",
        "throw" => "throw",
        "close" => "close",
        "__next__" => "__next__",
        _ => "__iter__",
    }
}

fn gen_obj(vm: &Vm, args: &[Value]) -> PyResult<PyRef> {
    match args.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Generator(_)) => Ok(o.clone()),
        _ => Err(vm.type_error("descriptor requires a 'generator' object")),
    }
}

fn gen_send_m(vm: &mut Vm, args: &[Value], _kw: &[Rc<PyStr>]) -> PyResult<Value> {
    let g = gen_obj(vm, args)?;
    let v = args.get(1).cloned().unwrap_or(Value::None);
    match gen_resume(vm, &g, v, None)? {
        Ok(y) => Ok(y),
        Err(r) => Err(vm.stop_iteration(r)),
    }
}

fn gen_next_m(vm: &mut Vm, args: &[Value], _kw: &[Rc<PyStr>]) -> PyResult<Value> {
    let g = gen_obj(vm, args)?;
    match gen_resume(vm, &g, Value::None, None)? {
        Ok(y) => Ok(y),
        Err(r) => Err(vm.stop_iteration(r)),
    }
}

fn gen_iter_m(_vm: &mut Vm, args: &[Value], _kw: &[Rc<PyStr>]) -> PyResult<Value> {
    Ok(args[0].clone())
}

fn gen_throw_m(vm: &mut Vm, args: &[Value], _kw: &[Rc<PyStr>]) -> PyResult<Value> {
    let g = gen_obj(vm, args)?;
    let Some(t) = args.get(1) else {
        return Err(vm.type_error("throw expected at least 1 argument, got 0"));
    };
    let exc = if let Some(v) = args.get(2).filter(|v| !v.is_none()) {
        // throw(type, value)
        let inst = vm.call(t, std::slice::from_ref(v), &[])?;
        vm.exception_instance(&inst)?
    } else {
        vm.exception_instance(t)?
    };
    match gen_resume(vm, &g, Value::None, Some(exc))? {
        Ok(y) => Ok(y),
        Err(r) => Err(vm.stop_iteration(r)),
    }
}

fn gen_close_m(vm: &mut Vm, args: &[Value], _kw: &[Rc<PyStr>]) -> PyResult<Value> {
    let g = gen_obj(vm, args)?;
    gen_close(vm, &g)?;
    Ok(Value::None)
}

pub fn gen_close(vm: &mut Vm, g: &PyRef) -> PyResult<()> {
    {
        let s = state(g).borrow();
        if s.finished || !s.started {
            drop(s);
            let mut s = state(g).borrow_mut();
            s.finished = true;
            s.frame = None;
            return Ok(());
        }
    }
    let exc = vm.new_exception_args(&vm.types().generator_exit.clone(), vec![]);
    match gen_resume(vm, g, Value::None, Some(exc)) {
        Ok(Ok(_)) => Err(vm.runtime_error("generator ignored GeneratorExit")),
        Ok(Err(_)) => Ok(()),
        Err(e)
            if vm.err_matches(&e, &vm.types().generator_exit.clone())
                || vm.err_matches(&e, &vm.types().stop_iteration.clone()) =>
        {
            Ok(())
        }
        Err(e) => Err(e),
    }
}

pub fn generator_repr(v: &Value) -> String {
    match v.payload() {
        Some(Payload::Generator(s)) => format!(
            "<generator object {} at {:#x}>",
            s.borrow().qualname,
            v.id()
        ),
        _ => "<generator>".into(),
    }
}
