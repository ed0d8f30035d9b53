//! Calls: the one entry point `Vm::call` for every callable, argument binding for Python
//! functions with CPython's error messages, `f(*args, **kw)`, and function creation.

use super::frame::Frame;
use super::{PyErr, PyResult, Vm};
use crate::bytecode::code::{FLAG_VARARGS, FLAG_VARKW};
use crate::runtime::dict::DictTable;
use crate::runtime::str::PyStr;
use crate::runtime::types::Special;
use crate::runtime::value::*;
use std::cell::RefCell;
use std::rc::Rc;

impl Vm {
    /// Call `func` with positional arguments followed by keyword values named by `kwnames`.
    pub fn call(&mut self, func: &Value, args: &[Value], kwnames: &[Rc<PyStr>]) -> PyResult<Value> {
        let Value::Obj(o) = func else {
            return Err(self.not_callable(func));
        };
        match &o.payload {
            Payload::Function(f) => self.call_function(f, args, kwnames),
            Payload::Builtin(b) => {
                if b.data.is_none() {
                    (b.func)(self, args, kwnames)
                } else {
                    let mut full = Vec::with_capacity(args.len() + 1);
                    full.push(b.data.clone());
                    full.extend_from_slice(args);
                    (b.func)(self, &full, kwnames)
                }
            }
            Payload::BoundMethod(m) => {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(m.1.clone());
                full.extend_from_slice(args);
                let f = m.0.clone();
                self.call(&f, &full, kwnames)
            }
            Payload::Type(_) => crate::builtins::classes::call_type(self, o, args, kwnames),
            _ => {
                if let Some(c) = self.lookup_special(func, Special::Call) {
                    let mut full = Vec::with_capacity(args.len() + 1);
                    full.push(func.clone());
                    full.extend_from_slice(args);
                    let c = if matches!(c.payload(), Some(Payload::Function(_))) {
                        c
                    } else {
                        self.bind_descriptor(&c, func)?
                    };
                    if matches!(c.payload(), Some(Payload::Function(_))) {
                        return self.call(&c, &full, kwnames);
                    }
                    return self.call(&c, args, kwnames);
                }
                Err(self.not_callable(func))
            }
        }
    }

    fn not_callable(&self, v: &Value) -> super::PyErr {
        self.type_error(format!("'{}' object is not callable", self.type_name(v)))
    }

    pub fn call_function(
        &mut self,
        func: &Function,
        args: &[Value],
        kwnames: &[Rc<PyStr>],
    ) -> PyResult<Value> {
        let mut frame = self.make_frame(func, args, kwnames)?;
        if frame.code.unit.is_generator() {
            return Ok(crate::vm::generator::new_generator(self, frame, func));
        }
        if self.depth >= self.interp.recursion_limit.get() || self.stack_exhausted() {
            self.recycle_frame(frame);
            return Err(self.recursion_error());
        }
        self.depth += 1;
        let r = self.run_frame(&mut frame, None);
        self.depth -= 1;
        self.recycle_frame(frame);
        r
    }

    /// Call `func` positionally, as native code that calls one function many times does
    /// (`map`, `filter`): `slot` belongs to that caller and to this one function, and
    /// keeps the frame of a plain Python function between calls, so that each call after
    /// the first only refills its locals instead of taking a frame from the pool,
    /// binding it and returning it (about a third of a native-to-Python call). Anything
    /// but a plain function taking exactly these arguments is an ordinary `call`. A
    /// call made while the kept frame is in use (the function re-entering its caller)
    /// gets a frame of its own.
    ///
    /// The result comes back in two registers: the value, or `Undef` with the exception
    /// in `raised` (see `run_frame_raw`).
    pub fn call_reusing(
        &mut self,
        func: &Value,
        args: &[Value],
        slot: &mut Option<Box<Frame>>,
        raised: &mut Option<PyErr>,
    ) -> Value {
        let r = 'plain: {
            let Value::Obj(o) = func else {
                break 'plain self.call(func, args, &[]);
            };
            let Payload::Function(fun) = &o.payload else {
                break 'plain self.call(func, args, &[]);
            };
            if fun.code.simple_argc as usize != args.len() {
                break 'plain self.call_function(fun, args, &[]);
            }
            let mut frame = match slot.take() {
                Some(mut fr) => {
                    debug_assert!(Rc::ptr_eq(&fr.code, &fun.code) && fr.stack.is_empty());
                    // Exactly what `make_frame` leaves for a plain function: the
                    // arguments, the other locals unbound, the closure's cells (kept),
                    // `pc` 0.
                    fr.stack.extend_from_slice(args);
                    for _ in args.len()..fr.nlocals {
                        fr.stack.push(Value::Undef);
                    }
                    fr
                }
                None => match self.make_frame(fun, args, &[]) {
                    Ok(fr) => fr,
                    Err(e) => break 'plain Err(e),
                },
            };
            let v = if self.depth >= self.interp.recursion_limit.get() || self.stack_exhausted() {
                *raised = Some(self.recursion_error());
                Value::Undef
            } else {
                self.depth += 1;
                let v = self.run_frame_raw(&mut frame, None, raised);
                self.depth -= 1;
                v
            };
            frame.stack.clear();
            frame.pc = 0;
            *slot = Some(frame);
            return v;
        };
        match r {
            Ok(v) => v,
            Err(e) => {
                *raised = Some(e);
                Value::Undef
            }
        }
    }

    /// A frame for `func` with its arguments bound, running on its own value stack.
    /// Frames are boxed and pooled (`recycle_frame`): the box moves as a pointer and a
    /// pooled frame is filled in field by field, where moving a freshly built `Frame`
    /// would copy it whole (a store-forwarding stall on every native-to-Python call).
    pub fn make_frame(
        &mut self,
        func: &Function,
        args: &[Value],
        kwnames: &[Rc<PyStr>],
    ) -> PyResult<Box<Frame>> {
        let u = &func.code.unit;
        let nlocals = u.varnames.len();
        let mut fr = match self.frame_pool.pop() {
            Some(mut fr) => {
                if !Rc::ptr_eq(&fr.code, &func.code) {
                    fr.code = func.code.clone();
                }
                if !Rc::ptr_eq(&fr.globals, &func.globals) {
                    fr.globals = func.globals.clone();
                }
                fr
            }
            None => Box::new(Frame::new(
                func.code.clone(),
                func.globals.clone(),
                Vec::new(),
                nlocals,
            )),
        };
        fr.nlocals = nlocals;
        let stack = &mut fr.stack;
        stack.reserve(nlocals + u.max_stack as usize);
        if kwnames.is_empty()
            && args.len() == u.argcount as usize
            && u.flags & (FLAG_VARARGS | FLAG_VARKW) == 0
            && u.kwonlyargcount == 0
        {
            stack.extend_from_slice(args);
            if nlocals > args.len() {
                stack.resize(nlocals, Value::Undef);
            }
        } else {
            stack.resize(nlocals, Value::Undef);
            if let Err(e) = self.bind_args(func, args, kwnames, &mut fr.stack) {
                self.recycle_frame(fr);
                return Err(e);
            }
        }
        fr.cells = self.frame_cells(func, &mut fr.stack);
        Ok(fr)
    }

    /// Return a frame made by `make_frame` to the pool, releasing its values. The
    /// pooled frame keeps its code, globals and stack buffer; everything else is reset
    /// to what `make_frame` expects.
    pub fn recycle_frame(&mut self, mut fr: Box<Frame>) {
        fr.stack.clear();
        if self.frame_pool.len() >= 64 {
            return;
        }
        fr.cells = None;
        fr.locals_dict = None;
        fr.pc = 0;
        fr.yielded = false;
        fr.in_yield_from = false;
        fr.pushed_globals = false;
        if !fr.init_self.is_undef() {
            fr.init_self = Value::Undef;
        }
        fr.generator = None;
        fr.outer_handled = Value::Undef;
        fr.sink = super::frame::Sink::Off;
        fr.feed = false;
        self.frame_pool.push(fr);
    }

    /// The cells of a new frame of `func` whose fast locals are `locals`: the closure
    /// itself when the code has no cellvars (shared, no allocation), else fresh cells
    /// (initialised from the arguments they capture) followed by the closure's.
    #[inline(always)]
    fn frame_cells(&self, func: &Function, locals: &mut [Value]) -> Option<Rc<[PyRef]>> {
        if func.code.unit.cellvars.is_empty() {
            return func.closure.clone();
        }
        self.new_frame_cells(func, locals)
    }

    #[inline(never)]
    fn new_frame_cells(&self, func: &Function, locals: &mut [Value]) -> Option<Rc<[PyRef]>> {
        let u = &func.code.unit;
        let mut cells = Vec::with_capacity(
            u.cellvars.len() + func.closure.as_deref().map_or(0, <[PyRef]>::len),
        );
        for (i, _) in u.cellvars.iter().enumerate() {
            let init = match u.cell2arg.get(i).copied().flatten() {
                Some(a) => std::mem::take(&mut locals[a as usize]),
                None => Value::Undef,
            };
            cells.push(self.new_cell(init));
        }
        cells.extend(func.closure.iter().flat_map(|c| c.iter().cloned()));
        Some(Rc::from(cells))
    }

    /// Push an inline callee frame for `func` onto `calls`, its arguments `stack[first..]`
    /// becoming its first fast locals where they lie (bound by `bind_args` unless the
    /// call is plainly positional), the rest of its locals and its operand stack above
    /// them. Its return truncates the stack to `ret_to`. The frame is constructed in
    /// `calls` itself: moving a freshly built frame copies it whole, which stalls.
    #[allow(clippy::too_many_arguments)]
    #[inline]
    pub(super) fn enter_frame(
        &mut self,
        func: &Function,
        stack: &mut Vec<Value>,
        calls: &mut super::frame::CallStack,
        first: usize,
        ret_to: usize,
        kwnames: &[Rc<PyStr>],
        init_self: Value,
    ) -> PyResult<()> {
        let u = &func.code.unit;
        let nlocals = u.varnames.len();
        let argcount = u.argcount as usize;
        let nargs = stack.len() - first;
        let positional = kwnames.is_empty()
            && u.flags & (FLAG_VARARGS | FLAG_VARKW) == 0
            && u.kwonlyargcount == 0;
        let mut bound = positional && nargs == argcount;
        if positional && nargs < argcount {
            let defaults = func.defaults.borrow();
            let first_default = argcount - defaults.len().min(argcount);
            if nargs >= first_default {
                stack.extend_from_slice(&defaults[nargs - first_default..]);
                bound = true;
            }
        }
        stack.reserve(nlocals - nargs.min(nlocals) + u.max_stack as usize);
        if bound {
            // Pushes into reserved room inline; `resize` is an out-of-line call even
            // when there is nothing to add.
            for _ in stack.len()..first + nlocals {
                stack.push(Value::Undef);
            }
        } else {
            // The arguments move to a reused buffer while the locals are bound.
            let mut args = std::mem::take(&mut self.bind_scratch);
            args.extend(stack.drain(first..));
            for _ in stack.len()..first + nlocals {
                stack.push(Value::Undef);
            }
            let r = self.bind_args(func, &args, kwnames, &mut stack[first..]);
            args.clear();
            self.bind_scratch = args;
            r?;
        }
        let cells = self.frame_cells(func, &mut stack[first..]);
        self.push_frame(func, calls, first, ret_to, nlocals, cells);
        if !init_self.is_undef()
            && let Some(fr) = calls.last_mut()
        {
            fr.init_self = init_self;
        }
        Ok(())
    }

    /// The part of entering an inline callee frame that does not touch the value stack:
    /// fill a free slot of `calls` (or push a new frame) for `func`, whose locals start at
    /// `first` and whose return truncates the stack to `ret_to`; switch globals; count
    /// the depth. `enter_frame` and the exact-arguments path of `exec` share it.
    #[inline(always)]
    pub(super) fn push_frame(
        &mut self,
        func: &Function,
        calls: &mut super::frame::CallStack,
        first: usize,
        ret_to: usize,
        nlocals: usize,
        cells: Option<Rc<[PyRef]>>,
    ) {
        // Most calls stay in one module: push globals only when they change.
        let pushed_globals = !self
            .frame_globals
            .last()
            .is_some_and(|g| Rc::ptr_eq(g, &func.globals));
        if pushed_globals {
            self.frame_globals.push(func.globals.clone());
        }
        self.depth += 1;
        match calls.free_slot() {
            Some(fr) => {
                if !Rc::ptr_eq(&fr.code, &func.code) {
                    fr.code = func.code.clone();
                }
                fr.base = first;
                fr.ret_to = ret_to;
                fr.nlocals = nlocals;
                fr.cells = cells;
                if !Rc::ptr_eq(&fr.globals, &func.globals) {
                    fr.globals = func.globals.clone();
                }
                fr.pc = 0;
                fr.yielded = false;
                fr.pushed_globals = pushed_globals;
                calls.enter_slot();
            }
            None => calls.push(Frame {
                base: first,
                ret_to,
                cells,
                pushed_globals,
                ..Frame::new(func.code.clone(), func.globals.clone(), Vec::new(), nlocals)
            }),
        }
    }

    pub fn new_cell(&self, v: Value) -> PyRef {
        match self.new_object(&self.types().cell.clone(), Payload::Cell(RefCell::new(v))) {
            Value::Obj(o) => o,
            _ => unreachable!(),
        }
    }

    /// Bind arguments to parameters (the general path), with CPython's messages.
    fn bind_args(
        &mut self,
        func: &Function,
        args: &[Value],
        kwnames: &[Rc<PyStr>],
        locals: &mut [Value],
    ) -> PyResult<()> {
        let code = func.code.clone();
        let u = &code.unit;
        // For error messages only.
        let fname = DeferName(&func.qualname);
        let argcount = u.argcount as usize;
        let kwonly = u.kwonlyargcount as usize;
        let posonly = u.posonlyargcount as usize;
        let npos = args.len() - kwnames.len();
        let has_varargs = u.flags & FLAG_VARARGS != 0;
        let has_varkw = u.flags & FLAG_VARKW != 0;
        let n = npos.min(argcount);
        locals[..n].clone_from_slice(&args[..n]);
        let mut slot = argcount + kwonly;
        if has_varargs {
            let extra = if npos > argcount {
                args[argcount..npos].to_vec()
            } else {
                vec![]
            };
            locals[slot] = self.new_tuple(extra);
            slot += 1;
        } else if npos > argcount {
            let ndefaults = func.defaults.borrow().len();
            let kw_given = kwnames
                .iter()
                .filter(|k| {
                    u.varnames[argcount..argcount + kwonly]
                        .iter()
                        .any(|v| v == k.as_str())
                })
                .count();
            let takes = if ndefaults > 0 {
                format!(
                    "from {} to {} positional arguments",
                    argcount - ndefaults,
                    argcount
                )
            } else {
                format!(
                    "{} positional argument{}",
                    argcount,
                    if argcount == 1 { "" } else { "s" }
                )
            };
            let given = if kw_given > 0 {
                format!(
                    "{} positional argument{} (and {} keyword-only argument{}) were given",
                    npos,
                    if npos == 1 { "" } else { "s" },
                    kw_given,
                    if kw_given == 1 { "" } else { "s" }
                )
            } else {
                format!("{} {} given", npos, if npos == 1 { "was" } else { "were" })
            };
            return Err(self.type_error(format!("{fname}() takes {takes} but {given}")));
        }
        let kwdict = if has_varkw {
            let d = self.new_dict(DictTable::new());
            locals[slot] = d.clone();
            Some(d)
        } else {
            None
        };
        let mut posonly_as_kw: Vec<String> = Vec::new();
        for (k, name) in kwnames.iter().enumerate() {
            let value = args[npos + k].clone();
            let found = u.varnames[posonly..argcount + kwonly]
                .iter()
                .position(|v| name_eq(v, name.as_str()))
                .map(|i| i + posonly);
            match found {
                Some(j) => {
                    if !locals[j].is_undef() {
                        return Err(self.type_error(format!(
                            "{fname}() got multiple values for argument '{}'",
                            name.as_str()
                        )));
                    }
                    locals[j] = value;
                }
                None => match &kwdict {
                    Some(d) => {
                        let key = self.new_str(name.as_str());
                        crate::builtins::dict::dict_set(self, d, key, value)?;
                    }
                    None => {
                        if u.varnames[..posonly].iter().any(|v| v == name.as_str()) {
                            posonly_as_kw.push(name.as_str().to_string());
                            continue;
                        }
                        return Err(self.type_error(format!(
                            "{fname}() got an unexpected keyword argument '{}'",
                            name.as_str()
                        )));
                    }
                },
            }
        }
        if !posonly_as_kw.is_empty() {
            return Err(self.type_error(format!(
                "{fname}() got some positional-only arguments passed as keyword arguments: '{}'",
                posonly_as_kw.join(", ")
            )));
        }
        // Defaults for missing positional parameters. The borrows below only clone
        // values (no Python code runs while they are held).
        let defaults = func.defaults.borrow();
        let first_default = argcount - defaults.len().min(argcount);
        let mut missing = Vec::new();
        for i in n..argcount {
            if locals[i].is_undef() {
                if i >= first_default {
                    locals[i] = defaults[i - first_default].clone();
                } else {
                    missing.push(u.varnames[i].clone());
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(format!(
                "{fname}() missing {} required positional argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                name_list(&missing)
            )));
        }
        drop(defaults);
        let kwdefaults = func.kwdefaults.borrow();
        for (slot, name) in locals[argcount..argcount + kwonly]
            .iter_mut()
            .zip(&u.varnames[argcount..])
        {
            if slot.is_undef() {
                match kwdefaults.iter().find(|(k, _)| k.as_str() == name) {
                    Some((_, v)) => *slot = v.clone(),
                    None => missing.push(name.clone()),
                }
            }
        }
        drop(kwdefaults);
        if !missing.is_empty() {
            return Err(self.type_error(format!(
                "{fname}() missing {} required keyword-only argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                name_list(&missing)
            )));
        }
        Ok(())
    }

    /// `func(*args, **kwargs)`.
    pub fn call_ex(
        &mut self,
        func: &Value,
        args: &Value,
        kwargs: Option<&Value>,
    ) -> PyResult<Value> {
        let mut all: Vec<Value> = match args.as_tuple() {
            Some(t) => t.to_vec(),
            None => {
                if self.get_iter(args).is_err() {
                    let fname = self.function_str(func);
                    return Err(self.type_error(format!(
                        "{fname} argument after * must be an iterable, not {}",
                        self.type_name(args)
                    )));
                }
                crate::builtins::seq::to_vec(self, args)?
            }
        };
        let mut names = Vec::new();
        if let Some(kw) = kwargs
            && let Some(d) = kw.as_dict()
        {
            let entries: Vec<(Value, Value)> = d
                .borrow()
                .iter()
                .map(|e| (e.key.clone(), e.value.clone()))
                .collect();
            for (k, v) in entries {
                let Some(s) = k.as_str() else {
                    return Err(self.type_error("keywords must be strings"));
                };
                names.push(Rc::new(PyStr::new(s)));
                all.push(v);
            }
        }
        self.call(func, &all, &names)
    }

    /// `f(**m)`: merge mapping `m` into the kwargs dict `d`, rejecting duplicates.
    pub fn merge_kwargs(&mut self, func: &Value, d: &Value, m: &Value) -> PyResult<()> {
        let pairs = crate::builtins::dict::mapping_items(self, m).map_err(|_| {
            let fname = self.function_str(func);
            self.type_error(format!(
                "{fname} argument after ** must be a mapping, not {}",
                self.type_name(m)
            ))
        })?;
        for (k, v) in pairs {
            if k.as_str().is_none() {
                return Err(self.type_error("keywords must be strings"));
            }
            if crate::builtins::dict::dict_get(self, d, &k)?.is_some() {
                let fname = self.function_str(func);
                return Err(self.type_error(format!(
                    "{fname} got multiple values for keyword argument '{}'",
                    k.as_str().unwrap_or("")
                )));
            }
            crate::builtins::dict::dict_set(self, d, k, v)?;
        }
        Ok(())
    }

    /// CPython's `_PyObject_FunctionStr`: `module.qualname()` for functions.
    pub fn function_str(&self, func: &Value) -> String {
        match func.payload() {
            Some(Payload::Function(f)) => match f.module.as_str() {
                Some(m) if m != "builtins" => format!("{}.{}()", m, f.qualname.borrow()),
                _ => format!("{}()", f.qualname.borrow()),
            },
            Some(Payload::Builtin(b)) => format!("{}()", b.name),
            Some(Payload::Type(t)) => format!("{}()", t.name),
            _ => format!("{} object", self.type_name(func)),
        }
    }

    /// `MakeFunction`: a function object from a code constant.
    pub fn make_function(
        &mut self,
        code_v: &Value,
        globals: &PyRef,
        defaults: Option<Value>,
        kwdefaults: Option<Value>,
        closure: Option<Value>,
    ) -> Value {
        let Some(Payload::Code(code)) = code_v.payload() else {
            return Value::None;
        };
        let code = code.clone();
        let defaults = defaults
            .and_then(|d| d.as_tuple().map(|t| t.to_vec()))
            .unwrap_or_default();
        let kwdefaults = kwdefaults
            .and_then(|d| d.as_dict().map(kwdefaults_of))
            .unwrap_or_default();
        let closure: Option<Rc<[PyRef]>> = closure
            .and_then(|c| {
                c.as_tuple()
                    .map(|t| t.iter().filter_map(|x| x.as_obj().cloned()).collect())
            })
            .filter(|c: &Rc<[PyRef]>| !c.is_empty());
        let module = match &globals.payload {
            Payload::Dict(t) => t
                .borrow()
                .get_str("__name__", crate::runtime::str::str_hash(b"__name__"))
                .cloned(),
            _ => None,
        }
        .unwrap_or(Value::None);
        let doc = match &code.unit.docstring {
            Some(d) => self.new_str(d),
            None => Value::None,
        };
        let f = Function {
            name: RefCell::new(code.name.clone()),
            qualname: RefCell::new(code.qualname.clone()),
            code,
            globals: globals.clone(),
            defaults: RefCell::new(defaults),
            kwdefaults: RefCell::new(kwdefaults),
            closure,
            dict: RefCell::new(None),
            doc: RefCell::new(doc),
            module,
        };
        self.new_object(
            &self.types().function.clone(),
            Payload::Function(Box::new(f)),
        )
    }

    /// Send `v` into a sub-iterator for `yield from`: `Ok(yielded)` or `Err(returned)`.
    pub fn send_to(&mut self, it: &Value, v: Value) -> PyResult<Result<Value, Value>> {
        if let Value::Obj(o) = it
            && let Payload::Generator(_) = &o.payload
        {
            return crate::vm::generator::gen_resume(self, o, v, None);
        }
        if v.is_none() {
            return Ok(match self.iter_next(it) {
                Ok(Some(y)) => Ok(y),
                Ok(None) => Err(Value::None),
                Err(e) => {
                    if self.err_matches(&e, &self.types().stop_iteration.clone()) {
                        Err(crate::vm::generator::stop_iteration_value(&e))
                    } else {
                        return Err(e);
                    }
                }
            });
        }
        let send = self.getattr_str(it, "send")?;
        match self.call(&send, &[v], &[]) {
            Ok(y) => Ok(Ok(y)),
            Err(e) if self.err_matches(&e, &self.types().stop_iteration.clone()) => {
                Ok(Err(crate::vm::generator::stop_iteration_value(&e)))
            }
            Err(e) => Err(e),
        }
    }
}

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'`.
fn name_list(names: &[String]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        _ => format!("{}, and {}", q[..q.len() - 1].join(", "), q[q.len() - 1]),
    }
}

/// A function's qualified name, read only when an error message prints it (argument
/// binding runs on every call with keywords or defaults; the name almost never shows).
struct DeferName<'a>(&'a std::cell::RefCell<Rc<str>>);

impl std::fmt::Display for DeferName<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.borrow())
    }
}

/// Whether two (short) names are equal, compared in line: `==` on `str` calls `memcmp`
/// for each parameter a keyword argument is checked against.
#[inline]
fn name_eq(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).all(|(x, y)| x == y)
}

/// A function's keyword-only defaults from a dict (`MakeFunction`, assigning
/// `__kwdefaults__`). A key that is not a str can name no parameter and is left out.
pub fn kwdefaults_of(t: &RefCell<DictTable>) -> Vec<(Rc<PyStr>, Value)> {
    t.borrow()
        .iter()
        .filter_map(|e| Some((Rc::new(PyStr::new(e.key.as_str()?)), e.value.clone())))
        .collect()
}
