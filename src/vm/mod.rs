//! The virtual machine: interpreter-wide state (`Interp`), per-thread state (`Vm`), the
//! error type, and constructors for values. The dispatch loop is in `eval.rs`, calls in
//! `call.rs`, generators in `generator.rs`, imports in `import.rs`.

pub mod call;
pub mod eval;
pub mod frame;
pub mod generator;
pub mod import;
pub mod traceback;

use crate::runtime::dict::DictTable;
use crate::runtime::str::{INLINE_CAP, PyStr};
use crate::runtime::types::BuiltinTypes;
use crate::runtime::value::*;
use hashbrown::HashMap;
use num_bigint::BigInt;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// A raised Python exception (the exception object).
#[derive(Clone)]
pub struct PyErr(pub PyRef);

pub type PyResult<T> = Result<T, PyErr>;

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PyErr({})", self.0.type_data().name)
    }
}

/// Interpreter-wide state shared by all threads of one interpreter (touched only under the GIL).
pub struct Interp {
    pub types: BuiltinTypes,
    /// The `builtins` module's namespace.
    pub builtins: PyRef,
    /// `sys.modules`.
    pub modules: PyRef,
    pub not_implemented: Value,
    pub ellipsis: Value,
    pub empty_tuple: Value,
    pub empty_str: Value,
    /// Interned strings (names, single characters).
    interned: RefCell<HashMap<Box<str>, Value>>,
    pub recursion_limit: Cell<usize>,
    /// Threads started by `_thread.start_new_thread` still running.
    pub thread_count: Cell<usize>,
    /// Script-level signal handlers by signal number (`signal.getsignal`): a callable,
    /// or 0 (`SIG_DFL`) / 1 (`SIG_IGN`).
    pub signal_handlers: RefCell<Vec<Value>>,
    /// This interpreter receives the process's signals (see `crate::signals`).
    pub signals_enabled: Cell<bool>,
    /// `signal.default_int_handler`.
    pub default_int_handler: Value,
    /// Bytes read from standard input and not consumed yet.
    pub stdin_buf: RefCell<Vec<u8>>,
    /// Modules whose body is running, by the `get_ident` of the importing thread.
    pub importing: RefCell<HashMap<String, u64>>,
    /// Bumped whenever any class namespace changes (special-method caches key on it).
    pub type_epoch: Cell<u64>,
    pub argv: RefCell<Vec<String>>,
    pub sys_path: RefCell<Vec<String>>,
    pub stdout: std::sync::Arc<parking_lot::Mutex<crate::modules::io::Output>>,
    pub stderr: std::sync::Arc<parking_lot::Mutex<crate::modules::io::Output>>,
    /// The `sys` module (set during start-up).
    pub sys: RefCell<Option<PyRef>>,
    /// Flags polled by the loop (signals, GIL drop requests, interrupts).
    pub breaker: std::sync::Arc<crate::gil::Breaker>,
    /// Cached `str` objects for single Latin-1 characters.
    pub char_cache: Vec<Value>,
    /// State of the embedding API (resource limits, host classes); inert by default.
    pub embed: crate::embed::EmbedState,
}

/// Per-thread interpreter state.
pub struct Vm {
    pub interp: Rc<Interp>,
    /// Current Python call depth.
    pub depth: usize,
    /// The exception being handled (`sys.exc_info()`), or `Undef`.
    pub handled: Value,
    /// Recycled frame value stacks.
    /// Frames for native-to-Python calls, reused (see `Vm::make_frame`).
    /// Boxed on purpose: frames move in and out as pointers.
    #[allow(clippy::vec_box)]
    pub(crate) frame_pool: Vec<Box<frame::Frame>>,
    /// Inline call stacks of finished `run_frame`s, reused with their frame slots.
    pub(crate) call_stacks: Vec<frame::CallStack>,
    /// Native stack address at thread start (for the stack-overflow guard).
    pub(crate) stack_base: usize,
    pub(crate) stack_limit: usize,
    /// Containers whose repr is in progress (for `[...]`).
    pub(crate) repr_guard: Vec<usize>,
    /// Globals of the running frames, innermost last (for `globals()`, warnings, signals).
    pub frame_globals: Vec<PyRef>,
    /// Values yielded by the generator `generator::gen_collect` is running.
    pub(crate) gen_sink: Vec<Value>,
    /// The running total of the generator `generator::gen_sum` runs for `sum`.
    pub(crate) gen_acc: Value,
    /// A call's arguments while `Vm::enter_frame` binds them (kept for reuse).
    pub(crate) bind_scratch: Vec<Value>,
    /// An empty set table, kept between mutations of a set that may run Python code
    /// (`builtins::set::with_mut` leaves it in the set meanwhile), so that they do not
    /// allocate one each.
    pub(crate) spare_set_table: Option<crate::runtime::set::SetTable>,
    /// The `map` or `filter` that `Vm::feed_collect` is draining.
    pub(crate) feed: Option<Box<crate::runtime::iter::Feed>>,
    /// This is the interpreter's main thread (signals and `KeyboardInterrupt` go here).
    pub(crate) main_thread: bool,
    /// `_thread.get_ident()` of this thread.
    pub thread_ident: u64,
    /// Proof that this thread holds the GIL. Declared last, so it is dropped (and the
    /// GIL released) only after every other field's values are gone.
    pub gil: crate::gil::GilGuard,
}

impl Vm {
    pub fn new(interp: Rc<Interp>, gil: crate::gil::GilGuard, main_thread: bool) -> Vm {
        let probe = 0u8;
        Vm {
            interp,
            depth: 0,
            handled: Value::Undef,
            frame_pool: Vec::new(),
            call_stacks: Vec::new(),
            stack_base: &probe as *const u8 as usize,
            stack_limit: 0,
            repr_guard: Vec::new(),
            frame_globals: Vec::new(),
            gen_sink: Vec::new(),
            gen_acc: Value::Undef,
            bind_scratch: Vec::new(),
            spare_set_table: None,
            feed: None,
            main_thread,
            thread_ident: crate::platform::thread_ident(),
            gil,
        }
    }

    #[inline]
    pub fn is_main_thread(&self) -> bool {
        self.main_thread
    }

    /// Release the GIL around `f` (blocking work that touches no objects).
    pub fn allow_threads<R: Send>(&mut self, f: impl FnOnce() -> R + Send) -> R {
        self.gil.allow_threads(f)
    }

    /// Tell the guard how much native stack this thread has.
    pub fn set_native_stack_size(&mut self, bytes: usize) {
        let probe = 0u8;
        self.stack_base = &probe as *const u8 as usize;
        self.stack_limit = bytes;
    }

    #[inline]
    pub fn types(&self) -> &BuiltinTypes {
        &self.interp.types
    }

    // ----- constructors -----

    #[inline]
    pub fn new_object(&self, ty: &PyRef, payload: Payload) -> Value {
        Value::Obj(PyObject::new_in_place(ty.clone(), move || payload))
    }

    pub fn new_str(&self, s: &str) -> Value {
        if s.len() == 1 {
            return self.interp.char_cache[s.as_bytes()[0] as usize].clone();
        }
        if s.is_empty() {
            return self.interp.empty_str.clone();
        }
        self.new_str_obj(s, false)
    }

    /// A new `str` object of `s` (`ascii` when `s` is known to be ASCII). Short text is
    /// copied into the object after it is allocated, not into a `PyStr` that is then
    /// copied whole.
    #[inline(always)]
    fn new_str_obj(&self, s: &str, ascii: bool) -> Value {
        if s.len() > INLINE_CAP {
            let p = if ascii {
                PyStr::new_ascii(s)
            } else {
                PyStr::new(s)
            };
            return self.new_object(&self.types().str, Payload::Str(p));
        }
        let mut o =
            PyObject::new_in_place(self.types().str.clone(), || Payload::Str(PyStr::empty()));
        match Rc::get_mut(&mut o).map(|o| &mut o.payload) {
            Some(Payload::Str(p)) => p.set_inline(s, ascii),
            _ => unreachable!("a new str object"),
        }
        Value::Obj(o)
    }

    /// [`Vm::new_str`] of a part of a string, `ascii` when that string is ASCII (so
    /// the part is too and its length in characters is its length in bytes).
    #[inline]
    pub fn new_str_ascii(&self, s: &str, ascii: bool) -> Value {
        if s.len() <= 1 || !ascii {
            return self.new_str(s);
        }
        self.new_str_obj(s, true)
    }

    pub fn new_string(&self, s: String) -> Value {
        if s.len() <= 1 {
            return self.new_str(&s);
        }
        self.new_object(&self.types().str, Payload::Str(PyStr::from_string(s)))
    }

    /// An interned `str` (for names: identical names share one object).
    pub fn intern(&self, s: &str) -> Value {
        if let Some(v) = self.interp.interned.borrow().get(s) {
            return v.clone();
        }
        let v = self.new_object(&self.types().str, Payload::Str(PyStr::new(s)));
        self.interp
            .interned
            .borrow_mut()
            .insert(s.into(), v.clone());
        v
    }

    pub fn new_list(&self, items: Vec<Value>) -> Value {
        self.new_object(&self.types().list, Payload::List(RefCell::new(items)))
    }

    pub fn new_tuple(&self, items: Vec<Value>) -> Value {
        if items.is_empty() {
            return self.interp.empty_tuple.clone();
        }
        self.new_object(
            &self.types().tuple,
            Payload::Tuple(items.into_boxed_slice()),
        )
    }

    pub fn new_dict(&self, table: DictTable) -> Value {
        self.new_object(&self.types().dict, Payload::Dict(RefCell::new(table)))
    }

    pub fn new_bytes(&self, b: Vec<u8>) -> Value {
        self.new_object(&self.types().bytes, Payload::Bytes(b.into_boxed_slice()))
    }

    /// An int from a bigint, demoted to the immediate form when it fits.
    pub fn new_bigint(&self, b: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => self.new_object(&self.types().int, Payload::BigInt(b)),
        }
    }

    pub fn new_builtin(&self, name: &'static str, func: NativeFn) -> Value {
        self.new_object(
            &self.types().builtin_function,
            Payload::Builtin(Box::new(Builtin {
                name,
                func,
                binds_self: false,
                data: Value::None,
            })),
        )
    }

    pub fn new_builtin_with_data(&self, name: &'static str, func: NativeFn, data: Value) -> Value {
        self.new_object(
            &self.types().builtin_function,
            Payload::Builtin(Box::new(Builtin {
                name,
                func,
                binds_self: false,
                data,
            })),
        )
    }

    pub fn new_method_descr(&self, name: &'static str, func: NativeFn) -> Value {
        self.new_object(
            &self.types().method_descriptor,
            Payload::Builtin(Box::new(Builtin {
                name,
                func,
                binds_self: true,
                data: Value::None,
            })),
        )
    }

    pub fn new_bound_method(&self, func: Value, receiver: Value) -> Value {
        let ty = if matches!(func.payload(), Some(Payload::Builtin(_))) {
            &self.types().builtin_function
        } else {
            &self.types().method
        };
        self.new_object(ty, Payload::BoundMethod(Box::new((func, receiver))))
    }

    // ----- errors -----

    /// A new exception instance of class `ty` with one message argument.
    pub fn new_exception(&self, ty: &PyRef, msg: impl Into<String>) -> PyErr {
        let arg = self.new_string(msg.into());
        self.new_exception_args(ty, vec![arg])
    }

    pub fn new_exception_args(&self, ty: &PyRef, args: Vec<Value>) -> PyErr {
        let args = self.new_tuple(args);
        let obj = PyObject::new(
            ty.clone(),
            None,
            Payload::Exception(Box::new(RefCell::new(ExcData {
                args,
                ..Default::default()
            }))),
        );
        PyErr(Rc::new(obj))
    }

    pub fn type_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exception(&self.types().type_error, msg)
    }
    pub fn value_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exception(&self.types().value_error, msg)
    }
    pub fn index_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exception(&self.types().index_error, msg)
    }
    pub fn key_error(&self, key: Value) -> PyErr {
        self.new_exception_args(&self.types().key_error, vec![key])
    }
    pub fn attribute_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exception(&self.types().attribute_error, msg)
    }
    pub fn name_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exception(&self.types().name_error, msg)
    }
    pub fn zero_division(&self, msg: impl Into<String>) -> PyErr {
        self.new_exception(&self.types().zero_division_error, msg)
    }
    pub fn overflow_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exception(&self.types().overflow_error, msg)
    }
    pub fn runtime_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_exception(&self.types().runtime_error, msg)
    }
    pub fn stop_iteration(&self, value: Value) -> PyErr {
        if value.is_none() {
            return self.new_exception_args(&self.types().stop_iteration, vec![]);
        }
        self.new_exception_args(&self.types().stop_iteration, vec![value])
    }
    pub fn memory_error(&self) -> PyErr {
        self.new_exception_args(&self.types().memory_error, vec![])
    }

    /// True if `err` is an instance of class `ty` (or a subclass).
    pub fn err_matches(&self, err: &PyErr, ty: &PyRef) -> bool {
        crate::runtime::types::is_subtype(err.0.ty(), ty)
    }

    /// Native stack guard: true when this thread is close to running out of stack.
    #[inline]
    pub fn stack_exhausted(&self) -> bool {
        if self.stack_limit == 0 {
            return false;
        }
        let probe = 0u8;
        let here = &probe as *const u8 as usize;
        let used = self.stack_base.saturating_sub(here);
        used + 256 * 1024 > self.stack_limit
    }

    pub fn recursion_error(&self) -> PyErr {
        self.new_exception(
            &self.types().recursion_error,
            "maximum recursion depth exceeded",
        )
    }
}

impl Interp {
    /// Build a fresh interpreter: builtin types, the builtins module, `sys.modules`.
    pub fn new(breaker: std::sync::Arc<crate::gil::Breaker>) -> Rc<Interp> {
        let types = BuiltinTypes::new();
        let builtin_function_type = types.builtin_function.clone();
        let mk_dict = |types: &BuiltinTypes| {
            Rc::new(PyObject::new(
                types.dict.clone(),
                None,
                Payload::Dict(RefCell::new(DictTable::new())),
            ))
        };
        let builtins = mk_dict(&types);
        let modules = mk_dict(&types);
        let mk = |ty: &PyRef, p: Payload| Value::Obj(Rc::new(PyObject::new(ty.clone(), None, p)));
        let not_implemented = mk(&types.not_implemented_type, Payload::NotImplemented);
        let ellipsis = mk(&types.ellipsis_type, Payload::Ellipsis);
        let empty_tuple = mk(&types.tuple, Payload::Tuple(Box::new([])));
        let empty_str = mk(&types.str, Payload::Str(PyStr::new("")));
        let char_cache = (0..=255u8)
            .map(|b| {
                let s = if b < 128 {
                    (b as char).to_string()
                } else {
                    char::from(b).to_string()
                };
                mk(&types.str, Payload::Str(PyStr::from_string(s)))
            })
            .collect::<Vec<_>>();
        // Bytes >= 128 are not valid one-byte UTF-8: `new_str` only uses the cache for
        // one-byte strings, which are ASCII, so the upper half is never hit by it.
        Rc::new(Interp {
            types,
            builtins,
            modules,
            not_implemented,
            ellipsis,
            empty_tuple,
            empty_str,
            interned: RefCell::new(HashMap::new()),
            recursion_limit: Cell::new(1000),
            thread_count: Cell::new(0),
            signal_handlers: RefCell::new(
                (0..crate::signals::NSIG)
                    .map(|n| {
                        let ignored = n == libc::SIGPIPE as usize || n == libc::SIGXFSZ as usize;
                        Value::Int(ignored as i64)
                    })
                    .collect(),
            ),
            signals_enabled: Cell::new(false),
            stdin_buf: RefCell::new(Vec::new()),
            importing: RefCell::new(HashMap::new()),
            default_int_handler: mk(
                &builtin_function_type,
                Payload::Builtin(Box::new(Builtin {
                    name: "default_int_handler",
                    func: crate::modules::signal::default_int_handler,
                    binds_self: false,
                    data: Value::None,
                })),
            ),
            type_epoch: Cell::new(1),
            argv: RefCell::new(Vec::new()),
            sys_path: RefCell::new(Vec::new()),
            stdout: std::sync::Arc::new(parking_lot::Mutex::new(
                crate::modules::io::Output::stdout(),
            )),
            stderr: std::sync::Arc::new(parking_lot::Mutex::new(
                crate::modules::io::Output::stderr(),
            )),
            sys: RefCell::new(None),
            breaker,
            char_cache,
            embed: Default::default(),
        })
    }
}
