//! Embedding Garter in a Rust program: the host-facing API (issue #7).
//!
//! An [`Interpreter`] is a `Send + Sync` handle on one Python interpreter. Every call
//! into Python takes the interpreter's GIL: [`Interpreter::with_gil`] runs a closure
//! with a [`Py`] token (which wraps this thread's `Vm` and is the proof of holding the
//! lock); [`Interpreter::run`], [`Interpreter::eval`], [`Interpreter::call`] and the
//! global accessors are shortcuts that take the GIL for one call. Values come back to
//! the host converted to Rust types ([`FromPy`]); Python exceptions come back as
//! [`Error`], plain `Send` data with the class name, message and traceback.
//!
//! ```
//! use garter::embed::Interpreter;
//!
//! let interp = Interpreter::new();
//! interp.run("def square(x):\n    return x * x\n", "<setup>").unwrap();
//! let n: i64 = interp.call("square", (7,)).unwrap();
//! assert_eq!(n, 49);
//! let e = interp.eval::<i64>("1 / 0").unwrap_err();
//! assert_eq!(e.last_line(), "ZeroDivisionError: division by zero");
//! ```
//!
//! See `docs/embedding.md` for a guided tour.

mod capture;
mod convert;
mod error;

pub use capture::Captured;

pub use convert::{FromArgs, FromPy, IntoArgs, IntoPy};
pub use error::{Error, HostError};

use crate::gil::{Breaker, Gil, Shared};
use crate::runtime::str::PyStr;
use crate::runtime::value::{Payload, PyRef, Value};
use crate::source::SourceFile;
use crate::vm::{Interp, PyErr, PyResult, Vm};
use parking_lot::Mutex;
use std::cell::RefCell;
use std::marker::PhantomData;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Weak};
use std::time::Duration;

/// Native stack assumed for host threads when none is given: Rust's default for
/// spawned threads (the main thread usually has more).
const DEFAULT_HOST_STACK: usize = 2 * 1024 * 1024;

/// Configures and builds an [`Interpreter`].
///
/// ```
/// use std::time::Duration;
/// let interp = garter::embed::Interpreter::builder()
///     .argv(["app", "--verbose"])
///     .recursion_limit(200)
///     .switch_interval(Duration::from_millis(1))
///     .build();
/// let argv: Vec<String> = interp.eval("__import__('sys').argv").unwrap();
/// assert_eq!(argv, ["app", "--verbose"]);
/// ```
pub struct Builder {
    argv: Vec<String>,
    path0: String,
    recursion_limit: Option<usize>,
    switch_interval: Option<Duration>,
    signals: bool,
    stack_size: usize,
}

impl Builder {
    /// `sys.argv` (default: `[""]`, as CPython's embedded default).
    pub fn argv<I, S>(mut self, argv: I) -> Builder
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.argv = argv.into_iter().map(Into::into).collect();
        self
    }

    /// `sys.path[0]`, where `import` looks for `NAME.py` (default: `"."`).
    pub fn path(mut self, dir: impl Into<String>) -> Builder {
        self.path0 = dir.into();
        self
    }

    /// `sys.setrecursionlimit(n)` (default 1000).
    pub fn recursion_limit(mut self, n: usize) -> Builder {
        self.recursion_limit = Some(n);
        self
    }

    /// `sys.setswitchinterval` (default 5 ms): how long a thread waiting for the GIL
    /// waits before asking the holder to drop it.
    pub fn switch_interval(mut self, d: Duration) -> Builder {
        self.switch_interval = Some(d);
        self
    }

    /// Make this interpreter receive the process's signals as the `garter` command
    /// does (Ctrl+C raises `KeyboardInterrupt`; terminating signals flush output).
    /// Off by default: an embedded interpreter installs no OS signal handlers. Only one
    /// interpreter per process can receive signals.
    pub fn install_signal_handlers(mut self, yes: bool) -> Builder {
        self.signals = yes;
        self
    }

    /// How much native stack the host threads that call in have (default 2 MiB, the
    /// Rust default for spawned threads). Deep Python recursion raises `RecursionError`
    /// before using it up.
    pub fn native_stack_size(mut self, bytes: usize) -> Builder {
        self.stack_size = bytes;
        self
    }

    /// Build the interpreter (with an empty `__main__` module).
    pub fn build(self) -> Interpreter {
        let argv = if self.argv.is_empty() {
            vec![String::new()]
        } else {
            self.argv
        };
        let mut cli = crate::interpreter::Interpreter::new(argv, &self.path0);
        if self.signals {
            cli.install_signal_handlers();
        }
        let vm = &mut cli.vm;
        if let Some(n) = self.recursion_limit {
            vm.interp.recursion_limit.set(n);
        }
        if let Some(d) = self.switch_interval {
            crate::gil::set_switch_interval(vm, d.as_secs_f64());
        }
        let main = vm.new_module("__main__");
        let d = vm.module_dict(&main);
        let key = vm.intern("__builtins__");
        let b = vm.sys_modules_get_public("builtins");
        crate::vm::eval::dict_set_str(&d, key, b);
        vm.sys_modules_set("__main__", main);
        let gil = vm.gil.gil().clone();
        let breaker = vm.interp.breaker.clone();
        let interp = Shared::new(&vm.gil, vm.interp.clone());
        let inner = Arc::new(Inner {
            gil,
            breaker,
            interp: Mutex::new(Some(interp)),
            main_busy: AtomicBool::new(false),
            stack_size: self.stack_size,
            releases: Mutex::new(Vec::new()),
        });
        // Dropping the CLI interpreter releases the GIL.
        drop(cli);
        Interpreter { inner }
    }
}

struct Inner {
    gil: Arc<Gil>,
    breaker: Arc<Breaker>,
    /// The interpreter state, opened only under the GIL.
    interp: Mutex<Option<Shared<Rc<Interp>>>>,
    /// Some host call is running as the interpreter's main thread (the one that
    /// receives `interrupt()`).
    main_busy: AtomicBool,
    stack_size: usize,
    /// Values of [`PyObjectHandle`]s dropped without the GIL, released by the next
    /// thread that takes it.
    releases: Mutex<Vec<Shared<Value>>>,
}

thread_local! {
    /// The GILs (by address) this thread holds through `with_gil`, to refuse re-entry
    /// (which would deadlock).
    static HELD: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

impl Inner {
    fn key(&self) -> usize {
        Arc::as_ptr(&self.gil) as usize
    }

    /// Drop the values of handles released without the GIL (under it).
    fn release_pending(&self, guard: &crate::gil::GilGuard) {
        let pending = std::mem::take(&mut *self.releases.lock());
        for s in pending {
            drop(s.into_inner(guard));
        }
    }
}

impl Drop for Inner {
    fn drop(&mut self) {
        let key = Arc::as_ptr(&self.gil) as usize;
        if HELD.with(|h| h.borrow().contains(&key)) || self.gil.held_by_current_thread() {
            // Dropped from inside a call holding this GIL: leak (the Shared does).
            return;
        }
        let guard = self.gil.acquire();
        self.release_pending(&guard);
        if let Some(s) = self.interp.lock().take() {
            let rc = s.into_inner(&guard);
            let mut vm = Vm::new(rc, guard, false);
            vm.flush_stdout();
            vm.flush_stream(crate::modules::io::Stream::Stderr);
            // `vm` (and with it the interpreter, unless Python threads still hold it)
            // is dropped here, then the guard releases the GIL.
        }
    }
}

/// One embedded Python interpreter. Cheap to clone (clones share the interpreter),
/// `Send` and `Sync`: any host thread may call in; calls take turns on the GIL.
#[derive(Clone)]
pub struct Interpreter {
    inner: Arc<Inner>,
}

impl Default for Interpreter {
    fn default() -> Self {
        Interpreter::new()
    }
}

/// A `Send + Sync` handle that interrupts an interpreter from any thread.
#[derive(Clone)]
pub struct InterruptHandle {
    breaker: Arc<Breaker>,
}

impl InterruptHandle {
    /// Raise `KeyboardInterrupt` in the interpreter's main host call (the first of
    /// the calls in progress), at its next check (every loop iteration and call),
    /// waking it if it is blocked in `time.sleep` or a lock wait. If no call is running,
    /// the interrupt stays pending for the next one, as CPython's `PyErr_SetInterrupt`.
    pub fn interrupt(&self) {
        self.breaker.set_main_event(crate::gil::INTERRUPT);
    }
}

impl Interpreter {
    /// An interpreter with default settings (see [`Builder`]).
    pub fn new() -> Interpreter {
        Interpreter::builder().build()
    }

    pub fn builder() -> Builder {
        Builder {
            argv: Vec::new(),
            path0: ".".into(),
            recursion_limit: None,
            switch_interval: None,
            signals: false,
            stack_size: DEFAULT_HOST_STACK,
        }
    }

    /// Take the GIL and run `f` with the token that gives access to Python values.
    ///
    /// The first call in progress runs as the interpreter's *main thread* (it receives
    /// [`InterruptHandle::interrupt`]); concurrent calls from other host threads run
    /// like Python threads. Output written by Python is flushed before the GIL is
    /// released.
    ///
    /// # Panics
    /// If called re-entrantly on a thread already inside `with_gil` of the same
    /// interpreter (use the `Py` you already have), which would otherwise deadlock.
    pub fn with_gil<R>(&self, f: impl FnOnce(&mut Py<'_>) -> R) -> R {
        let key = self.inner.key();
        HELD.with(|h| {
            assert!(
                !h.borrow().contains(&key) && !self.inner.gil.held_by_current_thread(),
                "Interpreter::with_gil called re-entrantly; use the Py token you have"
            );
            h.borrow_mut().push(key);
        });
        struct Unheld(usize);
        impl Drop for Unheld {
            fn drop(&mut self) {
                HELD.with(|h| h.borrow_mut().retain(|k| *k != self.0));
            }
        }
        let _unheld = Unheld(key);
        let guard = self.inner.gil.acquire();
        self.inner.release_pending(&guard);
        let rc = {
            let mut slot = self.inner.interp.lock();
            let s = slot.take().expect("interpreter state present");
            let rc = s.into_inner(&guard);
            *slot = Some(Shared::new(&guard, rc.clone()));
            rc
        };
        let main = self
            .inner
            .main_busy
            .compare_exchange(false, true, Ordering::SeqCst, Ordering::SeqCst)
            .is_ok();
        struct MainDone<'a>(&'a AtomicBool, bool);
        impl Drop for MainDone<'_> {
            fn drop(&mut self) {
                if self.1 {
                    self.0.store(false, Ordering::SeqCst);
                }
            }
        }
        let mut vm = Vm::new(rc, guard, main);
        // Declared after `vm`, so dropped before it: the main role is given back while
        // this thread still holds the GIL.
        let _main_done = MainDone(&self.inner.main_busy, main);
        vm.set_native_stack_size(self.inner.stack_size);
        let mut py = Py {
            vm: &mut vm,
            inner: Arc::downgrade(&self.inner),
        };
        let r = f(&mut py);
        self.inner.release_pending(&vm.gil);
        vm.flush_stdout();
        vm.flush_stream(crate::modules::io::Stream::Stderr);
        r
    }

    /// A handle that can interrupt running Python code from another thread.
    pub fn interrupt_handle(&self) -> InterruptHandle {
        InterruptHandle {
            breaker: self.inner.breaker.clone(),
        }
    }

    /// Run `source` (statements) in the `__main__` module; `filename` is what
    /// tracebacks show.
    pub fn run(&self, source: &str, filename: &str) -> Result<(), Error> {
        self.with_gil(|py| py.run(source, filename))
    }

    /// Evaluate one expression in `__main__`'s namespace and convert the result.
    pub fn eval<T: FromPy>(&self, expr: &str) -> Result<T, Error> {
        self.with_gil(|py| py.eval(expr))
    }

    /// Call the function (or any callable) named `name` in `__main__`.
    pub fn call<T: FromPy>(&self, name: &str, args: impl IntoArgs) -> Result<T, Error> {
        self.with_gil(|py| py.call(name, args))
    }

    /// Read the `__main__` global `name`.
    pub fn get_global<T: FromPy>(&self, name: &str) -> Result<T, Error> {
        self.with_gil(|py| py.get_global(name))
    }

    /// Set the `__main__` global `name`.
    pub fn set_global(&self, name: &str, value: impl IntoPy) -> Result<(), Error> {
        self.with_gil(|py| py.set_global(name, value))
    }

    /// Register a host function as a builtin (visible to every module by name).
    /// See [`Py::add_builtin`].
    pub fn add_builtin<A, R, F>(&self, name: &str, f: F)
    where
        A: FromArgs + 'static,
        R: IntoPy + 'static,
        F: Fn(&mut Py<'_>, A) -> Result<R, HostError> + Send + 'static,
    {
        self.with_gil(|py| py.add_builtin(name, f))
    }

    /// Define a native module that scripts can `import`. See [`Py::add_module`].
    pub fn add_module(&self, name: &str, build: impl FnOnce(&mut ModuleBuilder<'_, '_>)) {
        self.with_gil(|py| py.add_module(name, build))
    }
}

/// A Python object, valid for one GIL session (`'a` is the session of the [`Py`] that
/// produced it). The lifetime is what keeps it sound: an object cannot be returned
/// from [`Interpreter::with_gil`], stored in a variable outside the closure or in a
/// `static`/`thread_local`, so it is never touched after the GIL is released. It is
/// also `!Send`. To keep an object longer, make a [`PyObjectHandle`] ([`Py::handle`]).
///
/// ```compile_fail
/// // An object cannot be returned out of the GIL session...
/// let interp = garter::embed::Interpreter::new();
/// let o = interp.with_gil(|py| py.eval_obj("[1]").unwrap());
/// ```
///
/// ```compile_fail
/// // ...nor smuggled out through a captured variable...
/// let interp = garter::embed::Interpreter::new();
/// let mut stash = None;
/// interp.with_gil(|py| stash = Some(py.eval_obj("[1]").unwrap()));
/// ```
///
/// ```compile_fail
/// // ...nor sent to another thread.
/// let interp = garter::embed::Interpreter::new();
/// interp.with_gil(|py| {
///     let o = py.eval_obj("[1]").unwrap();
///     std::thread::scope(|s| {
///         s.spawn(move || drop(o));
///     });
/// });
/// ```
pub struct Obj<'a> {
    v: Value,
    /// Invariant in `'a`, and `!Send`/`!Sync`.
    _session: PhantomData<*mut &'a ()>,
}

impl Clone for Obj<'_> {
    fn clone(&self) -> Self {
        Obj {
            v: self.v.clone(),
            _session: PhantomData,
        }
    }
}

impl std::fmt::Debug for Obj<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Obj")
    }
}

/// The token for one thread holding the GIL: access to Python values and the
/// interpreter. Obtained from [`Interpreter::with_gil`] or passed to host functions.
pub struct Py<'a> {
    vm: &'a mut Vm,
    /// The embedding handle's state (for [`PyObjectHandle`]s).
    inner: Weak<Inner>,
}

/// A host function, stored in its builtin's data object.
type HostFn = Rc<dyn Fn(&mut Vm, &[Value]) -> PyResult<Value>>;

struct HostFnBox(HostFn);

impl<'a> Py<'a> {
    /// Brand a value with this session's lifetime.
    fn obj(&self, v: Value) -> Obj<'a> {
        Obj {
            v,
            _session: PhantomData,
        }
    }

    fn err(&mut self, e: PyErr) -> Error {
        Error::from_pyerr(self.vm, &e)
    }

    fn main_dict(&mut self) -> PyRef {
        let m = self.vm.sys_modules_get_public("__main__");
        self.vm.module_dict(&m)
    }

    /// Run statements in `__main__`.
    pub fn run(&mut self, source: &str, filename: &str) -> Result<(), Error> {
        let d = self.main_dict();
        self.vm
            .run_source_in(source, filename, &d)
            .map(|_| ())
            .map_err(|e| self.err(e))
    }

    /// Evaluate an expression in `__main__`'s namespace.
    pub fn eval<T: FromPy>(&mut self, expr: &str) -> Result<T, Error> {
        let v = self.eval_value(expr).map_err(|e| self.err(e))?;
        T::from_py(self.vm, &v).map_err(|e| self.err(e))
    }

    /// Evaluate an expression and keep the resulting object (valid in this GIL
    /// session only; see [`Py::handle`] to keep it longer).
    pub fn eval_obj(&mut self, expr: &str) -> Result<Obj<'a>, Error> {
        let v = self.eval_value(expr).map_err(|e| self.err(e))?;
        Ok(self.obj(v))
    }

    fn eval_value(&mut self, expr: &str) -> PyResult<Value> {
        let src = Rc::new(SourceFile::new("<string>", expr));
        let unit = crate::parser::parse_expression(&src)
            .and_then(|e| crate::compiler::compile_expression(&e, &src))
            .map_err(|e| self.vm.syntax_error_exception(&e))?;
        let code = self.vm.link_code(unit, &src);
        let d = self.main_dict();
        self.vm.run_code(code, &d)
    }

    /// Call the callable named `name` in `__main__` (a global or a builtin).
    pub fn call<T: FromPy>(&mut self, name: &str, args: impl IntoArgs) -> Result<T, Error> {
        let r = (|| {
            let f = self.lookup(name)?;
            let args = args.into_args(self.vm)?;
            self.vm.call(&f, &args, &[])
        })();
        let v = r.map_err(|e| self.err(e))?;
        T::from_py(self.vm, &v).map_err(|e| self.err(e))
    }

    /// Call a Python object with arguments; convert the result.
    pub fn call_obj<T: FromPy>(&mut self, f: &Obj<'a>, args: impl IntoArgs) -> Result<T, Error> {
        let v = self.call_obj_raw(f, args)?;
        T::from_py(self.vm, &v).map_err(|e| self.err(e))
    }

    /// Call a Python object with arguments; keep the result as an object.
    pub fn call_obj_keep(&mut self, f: &Obj<'a>, args: impl IntoArgs) -> Result<Obj<'a>, Error> {
        let v = self.call_obj_raw(f, args)?;
        Ok(self.obj(v))
    }

    fn call_obj_raw(&mut self, f: &Obj<'a>, args: impl IntoArgs) -> Result<Value, Error> {
        let r = args
            .into_args(self.vm)
            .and_then(|a| self.vm.call(&f.v, &a, &[]));
        r.map_err(|e| self.err(e))
    }

    fn lookup(&mut self, name: &str) -> PyResult<Value> {
        let d = self.main_dict();
        crate::vm::eval::dict_get_str(&d, name)
            .or_else(|| crate::vm::eval::dict_get_str(&self.vm.interp.builtins, name))
            .ok_or_else(|| self.vm.name_error(format!("name '{name}' is not defined")))
    }

    /// Read the `__main__` global (or builtin) `name`.
    pub fn get_global<T: FromPy>(&mut self, name: &str) -> Result<T, Error> {
        let v = self.lookup(name).map_err(|e| self.err(e))?;
        T::from_py(self.vm, &v).map_err(|e| self.err(e))
    }

    /// Set the `__main__` global `name`.
    pub fn set_global(&mut self, name: &str, value: impl IntoPy) -> Result<(), Error> {
        let v = value.into_py(self.vm).map_err(|e| self.err(e))?;
        let d = self.main_dict();
        let key = self.vm.intern(name);
        crate::vm::eval::dict_set_str(&d, key, v);
        Ok(())
    }

    /// Keep `value` beyond this GIL session: the handle is `Send + Sync` and can be
    /// stored anywhere; only [`Py::get`] (under this interpreter's GIL) opens it.
    pub fn handle(&mut self, obj: Obj<'a>) -> PyObjectHandle {
        PyObjectHandle {
            value: Mutex::new(Some(Shared::new(&self.vm.gil, obj.v))),
            inner: self.inner.clone(),
        }
    }

    /// The value a handle keeps.
    ///
    /// # Panics
    /// If the handle belongs to another interpreter.
    pub fn get(&mut self, handle: &PyObjectHandle) -> Obj<'a> {
        assert!(
            Weak::ptr_eq(&handle.inner, &self.inner),
            "PyObjectHandle used with another interpreter"
        );
        let mut slot = handle.value.lock();
        let s = slot.take().expect("handle holds a value");
        let v = s.into_inner(&self.vm.gil);
        *slot = Some(Shared::new(&self.vm.gil, v.clone()));
        self.obj(v)
    }

    /// Convert a Rust value to a Python value.
    pub fn to_py(&mut self, value: impl IntoPy) -> Result<Obj<'a>, Error> {
        let v = value.into_py(self.vm).map_err(|e| self.err(e))?;
        Ok(self.obj(v))
    }

    /// Convert a Python value to a Rust value.
    pub fn from_py<T: FromPy>(&mut self, obj: &Obj<'a>) -> Result<T, Error> {
        T::from_py(self.vm, &obj.v).map_err(|e| self.err(e))
    }

    /// Read the `__main__` global (or builtin) `name` as an object.
    pub fn global_obj(&mut self, name: &str) -> Result<Obj<'a>, Error> {
        let v = self.lookup(name).map_err(|e| self.err(e))?;
        Ok(self.obj(v))
    }

    /// Wrap a host closure as a Python builtin function object named `name`.
    ///
    /// Its positional arguments are converted with [`FromArgs`] (a wrong count or type
    /// raises `TypeError`); keyword arguments are refused. Returning `Err` raises the
    /// chosen exception; a panic inside `f` is caught and raises `RuntimeError` (the
    /// panic message included) instead of unwinding through the interpreter.
    pub fn function<A, R, F>(&mut self, name: &str, f: F) -> Obj<'a>
    where
        A: FromArgs + 'static,
        R: IntoPy + 'static,
        F: Fn(&mut Py<'_>, A) -> Result<R, HostError> + Send + 'static,
    {
        // Builtin names are `&'static str`: one small leak per registered function.
        let name: &'static str = Box::leak(name.to_string().into_boxed_str());
        let inner = self.inner.clone();
        let body: HostFn = Rc::new(move |vm: &mut Vm, args: &[Value]| {
            let a = A::from_args(vm, name, args)?;
            let mut py = Py {
                vm,
                inner: inner.clone(),
            };
            match f(&mut py, a) {
                Ok(r) => r.into_py(py.vm),
                Err(e) => Err(e.into_pyerr(py.vm)),
            }
        });
        let data = self.vm.new_object(
            &self.vm.types().native.clone(),
            Payload::Native(Box::new(HostFnBox(body))),
        );
        let v = self.vm.new_builtin_with_data(name, host_trampoline, data);
        self.obj(v)
    }

    /// Register a host function as a builtin, visible by name in every module.
    ///
    /// ```
    /// use garter::embed::{HostError, Interpreter};
    /// let interp = Interpreter::new();
    /// interp.add_builtin("double", |_py, (x,): (i64,)| Ok::<_, HostError>(x * 2));
    /// assert_eq!(interp.eval::<i64>("double(21)").unwrap(), 42);
    /// ```
    pub fn add_builtin<A, R, F>(&mut self, name: &str, f: F)
    where
        A: FromArgs + 'static,
        R: IntoPy + 'static,
        F: Fn(&mut Py<'_>, A) -> Result<R, HostError> + Send + 'static,
    {
        let v = self.function(name, f).v;
        let key = self.vm.intern(name);
        crate::vm::eval::dict_set_str(&self.vm.interp.builtins.clone(), key, v);
    }

    /// Define a native module `name` (put in `sys.modules`, so `import name` finds it).
    ///
    /// ```
    /// use garter::embed::{HostError, Interpreter};
    /// let interp = Interpreter::new();
    /// interp.add_module("host_api", |m| {
    ///     m.function("greet", |_py, (who,): (String,)| Ok::<_, HostError>(format!("hi {who}")));
    ///     m.constant("VERSION", "1.0");
    /// });
    /// interp.run("import host_api\nmsg = host_api.greet('bob')", "<x>").unwrap();
    /// assert_eq!(interp.get_global::<String>("msg").unwrap(), "hi bob");
    /// ```
    pub fn add_module(&mut self, name: &str, build: impl FnOnce(&mut ModuleBuilder<'_, 'a>)) {
        let m = self.vm.new_module(name);
        let mut b = ModuleBuilder {
            py: self,
            module: m.clone(),
        };
        build(&mut b);
        self.vm.sys_modules_set(name, m);
    }
}

/// Fills a native module being defined by [`Py::add_module`].
pub struct ModuleBuilder<'p, 'a> {
    py: &'p mut Py<'a>,
    module: Value,
}

impl ModuleBuilder<'_, '_> {
    /// Add a host function (see [`Py::function`]).
    pub fn function<A, R, F>(&mut self, name: &str, f: F) -> &mut Self
    where
        A: FromArgs + 'static,
        R: IntoPy + 'static,
        F: Fn(&mut Py<'_>, A) -> Result<R, HostError> + Send + 'static,
    {
        let v = self.py.function(name, f).v;
        crate::modules::set_attr(self.py.vm, &self.module, name, v);
        self
    }

    /// Add a module attribute. Panics if the value cannot be converted (only
    /// conversions that can fail, such as a `Vec` of failing items, do).
    pub fn constant(&mut self, name: &str, value: impl IntoPy) -> &mut Self {
        let v = value
            .into_py(self.py.vm)
            .unwrap_or_else(|_| panic!("constant {name}: conversion failed"));
        crate::modules::set_attr(self.py.vm, &self.module, name, v);
        self
    }
}

/// The native function behind every host function: `args[0]` is its data object.
fn host_trampoline(vm: &mut Vm, args: &[Value], kwnames: &[Rc<PyStr>]) -> PyResult<Value> {
    let body = match args.first().and_then(|d| d.payload()) {
        Some(Payload::Native(b)) => match b.downcast_ref::<HostFnBox>() {
            Some(h) => h.0.clone(),
            None => return Err(vm.runtime_error("host function without its body")),
        },
        _ => return Err(vm.runtime_error("host function without its body")),
    };
    if !kwnames.is_empty() {
        return Err(vm.type_error("host functions take no keyword arguments"));
    }
    let args = &args[1..];
    // This thread holds the GIL (it may be a Python thread that never went through
    // `with_gil`): mark it, so that a callback calling `with_gil` on a captured
    // `Interpreter` panics (and raises, below) instead of deadlocking.
    let key = Arc::as_ptr(vm.gil.gil()) as usize;
    let newly_held = HELD.with(|h| {
        let mut h = h.borrow_mut();
        let fresh = !h.contains(&key);
        if fresh {
            h.push(key);
        }
        fresh
    });
    let depth = vm.depth;
    let frames = vm.frame_globals.len();
    let handled = vm.handled.clone();
    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| body(vm, args)));
    if newly_held {
        HELD.with(|h| h.borrow_mut().retain(|k| *k != key));
    }
    match r {
        Ok(r) => r,
        Err(p) => {
            vm.depth = depth;
            vm.frame_globals.truncate(frames);
            vm.handled = handled;
            let msg = p
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| p.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "(no message)".into());
            Err(vm.runtime_error(format!("host function panicked: {msg}")))
        }
    }
}

/// A Python value kept by the host outside the GIL: `Send + Sync`, opened only under
/// its interpreter's GIL ([`Py::get`]). Dropping it anywhere is fine: without the GIL
/// the value is queued and released by the next thread that takes the GIL (the
/// interpreter's reference count is never touched without the lock). If the
/// interpreter is gone by then, the value is leaked.
///
/// ```
/// use garter::embed::Interpreter;
/// let interp = Interpreter::new();
/// let h = interp.with_gil(|py| {
///     let v = py.eval_obj("[1, 2, 3]").unwrap();
///     py.handle(v)
/// });
/// let n = std::thread::spawn(move || {
///     interp.with_gil(|py| {
///         let v = py.get(&h);
///         let len = py.global_obj("len").unwrap();
///         py.call_obj::<i64>(&len, (v,)).unwrap()
///     })
/// })
/// .join()
/// .unwrap();
/// assert_eq!(n, 3);
/// ```
pub struct PyObjectHandle {
    value: Mutex<Option<Shared<Value>>>,
    inner: Weak<Inner>,
}

impl Drop for PyObjectHandle {
    fn drop(&mut self) {
        let Some(s) = self.value.get_mut().take() else {
            return;
        };
        // If the interpreter is gone, `s` just goes out of scope: a `Shared` that is
        // never opened leaks its value (it never runs the value's destructor).
        if let Some(inner) = self.inner.upgrade() {
            inner.releases.lock().push(s);
        }
    }
}

impl std::fmt::Debug for PyObjectHandle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PyObjectHandle")
    }
}

impl Interpreter {
    /// How many dropped [`PyObjectHandle`] values wait for the GIL to be released
    /// (diagnostics).
    pub fn pending_releases(&self) -> usize {
        self.inner.releases.lock().len()
    }
}
