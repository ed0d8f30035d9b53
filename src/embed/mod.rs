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
mod host_fn;
pub(crate) mod limits;
mod py;
mod userdata;

pub use capture::Captured;

pub use convert::{FromArgs, FromPy, IntoArgs, IntoKwargs, IntoPy};
pub use error::{Error, HostError};
pub use host_fn::Kwargs;
pub use limits::{Limit, Limits};
pub use py::{ModuleBuilder, Obj, Py, PyObjectHandle};
pub use userdata::{ClassBuilder, Host, UserData};

use crate::gil::{Breaker, Gil, Shared};
use crate::runtime::value::{PyRef, Value};
use crate::vm::{Interp, Vm};
use parking_lot::Mutex;
use std::cell::RefCell;
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
    limits: Limits,
    /// `None`: every module; `Some`: only these (plus host modules).
    allowed_modules: Option<Vec<String>>,
    denied_modules: Vec<String>,
    removed_builtins: Vec<String>,
    file_imports: bool,
}

/// The modules [`Builder::sandboxed`] leaves importable: pure computation, no access
/// to files, processes, signals or the interpreter's own state.
///
/// ```
/// assert!(garter::embed::SANDBOX_MODULES.contains(&"math"));
/// ```
pub const SANDBOX_MODULES: &[&str] = &["math", "time", "heapq", "_heapq"];

/// The builtins [`Builder::sandboxed`] removes: they read files or the terminal.
///
/// ```
/// assert!(garter::embed::SANDBOX_REMOVED_BUILTINS.contains(&"open"));
/// ```
pub const SANDBOX_REMOVED_BUILTINS: &[&str] = &["open", "input"];

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
    ///
    /// ```
    /// use garter::embed::Interpreter;
    /// let interp = Interpreter::builder().path("scripts").build();
    /// assert_eq!(interp.eval::<String>("__import__('sys').path[0]").unwrap(), "scripts");
    /// ```
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
    ///
    /// ```
    /// use garter::embed::Interpreter;
    /// // The default: Ctrl+C stays with the host program.
    /// let interp = Interpreter::builder().install_signal_handlers(false).build();
    /// assert_eq!(interp.eval::<i64>("1").unwrap(), 1);
    /// ```
    pub fn install_signal_handlers(mut self, yes: bool) -> Builder {
        self.signals = yes;
        self
    }

    /// How much native stack the host threads that call in have (default 2 MiB, the
    /// Rust default for spawned threads). Deep Python recursion raises `RecursionError`
    /// before using it up.
    ///
    /// ```
    /// use garter::embed::Interpreter;
    /// let interp = Interpreter::builder().native_stack_size(1 << 20).build();
    /// interp.run("def f(n):\n    return f(n + 1)", "<r>").unwrap();
    /// assert_eq!(interp.eval::<i64>("f(0)").unwrap_err().kind(), "RecursionError");
    /// ```
    pub fn native_stack_size(mut self, bytes: usize) -> Builder {
        self.stack_size = bytes;
        self
    }

    /// Resource limits for untrusted scripts (see [`Limits`]).
    ///
    /// ```
    /// use garter::embed::{Interpreter, Limit, Limits};
    /// let interp = Interpreter::builder()
    ///     .limits(Limits { max_operations: Some(1000), ..Limits::default() })
    ///     .build();
    /// let e = interp.run("for i in range(10**6): pass", "<loop>").unwrap_err();
    /// assert_eq!(e.limit(), Some(Limit::Operations));
    /// ```
    pub fn limits(mut self, limits: Limits) -> Builder {
        self.limits = limits;
        self
    }

    /// Only these built-in modules can be imported (plus modules the host adds with
    /// [`Interpreter::add_module`]); importing any other raises `ModuleNotFoundError`.
    /// Modules written in Python that import others (`threading` needs `_thread`) need
    /// those allowed too.
    ///
    /// ```
    /// use garter::embed::Interpreter;
    /// let interp = Interpreter::builder().allow_modules(["math"]).build();
    /// assert!(interp.run("import math", "<m>").is_ok());
    /// assert_eq!(interp.run("import os", "<m>").unwrap_err().kind(), "ModuleNotFoundError");
    /// ```
    pub fn allow_modules<I, S>(mut self, names: I) -> Builder
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.allowed_modules = Some(names.into_iter().map(Into::into).collect());
        self
    }

    /// These built-in modules cannot be imported (`ModuleNotFoundError`).
    ///
    /// ```
    /// use garter::embed::Interpreter;
    /// let interp = Interpreter::builder().deny_modules(["os", "os.path"]).build();
    /// assert_eq!(interp.run("import os", "<m>").unwrap_err().kind(), "ModuleNotFoundError");
    /// assert!(interp.run("import math", "<m>").is_ok());
    /// ```
    pub fn deny_modules<I, S>(mut self, names: I) -> Builder
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.denied_modules
            .extend(names.into_iter().map(Into::into));
        self
    }

    /// Remove these names from the builtins (using one raises `NameError`).
    ///
    /// ```
    /// use garter::embed::Interpreter;
    /// let interp = Interpreter::builder().remove_builtins(["open"]).build();
    /// assert_eq!(
    ///     interp.run("open('x')", "<o>").unwrap_err().last_line(),
    ///     "NameError: name 'open' is not defined"
    /// );
    /// ```
    pub fn remove_builtins<I, S>(mut self, names: I) -> Builder
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.removed_builtins
            .extend(names.into_iter().map(Into::into));
        self
    }

    /// Whether `import name` may load `name.py` files from `sys.path` (default: yes).
    ///
    /// ```
    /// use garter::embed::Interpreter;
    /// let interp = Interpreter::builder().file_imports(false).build();
    /// assert!(interp.eval::<Vec<String>>("__import__('sys').path").unwrap().is_empty());
    /// ```
    pub fn file_imports(mut self, yes: bool) -> Builder {
        self.file_imports = yes;
        self
    }

    /// The preset for untrusted scripts: only [`SANDBOX_MODULES`] can be imported (no
    /// `os`, `sys`, `signal`, `_thread`, `threading`), no `.py` files are imported, and
    /// [`SANDBOX_REMOVED_BUILTINS`] (`open`, `input`) are gone. Combine with
    /// [`Builder::limits`].
    ///
    /// ```
    /// let interp = garter::embed::Interpreter::builder().sandboxed().build();
    /// let e = interp.run("open('/etc/passwd')", "evil.py").unwrap_err();
    /// assert_eq!(e.last_line(), "NameError: name 'open' is not defined");
    /// let e = interp.run("import os", "evil.py").unwrap_err();
    /// assert_eq!(e.last_line(), "ModuleNotFoundError: No module named 'os'");
    /// assert_eq!(interp.eval::<f64>("__import__('math').sqrt(16)").unwrap(), 4.0);
    /// ```
    pub fn sandboxed(self) -> Builder {
        self.allow_modules(SANDBOX_MODULES.iter().copied())
            .remove_builtins(SANDBOX_REMOVED_BUILTINS.iter().copied())
            .file_imports(false)
    }

    /// Build the interpreter (with an empty `__main__` module).
    ///
    /// ```
    /// use garter::embed::Interpreter;
    /// let interp = Interpreter::builder().build();
    /// interp.run("x = 1", "<b>").unwrap();
    /// ```
    pub fn build(self) -> Interpreter {
        let argv = if self.argv.is_empty() {
            vec![String::new()]
        } else {
            self.argv.clone()
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
        restrict(vm, &self);
        vm.interp.embed.limits.configure(vm, self.limits);
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
        *cli.vm.interp.embed.host.borrow_mut() = Some(Arc::downgrade(&inner));
        // Dropping the CLI interpreter releases the GIL.
        drop(cli);
        Interpreter { inner }
    }
}

/// Apply the builder's module and builtin restrictions. A denied module is `None` in
/// `sys.modules`, which makes `import` raise `ModuleNotFoundError`.
fn restrict(vm: &mut Vm, b: &Builder) {
    for name in &b.removed_builtins {
        let d = vm.interp.builtins.clone();
        let k = vm.intern(name);
        crate::vm::eval::dict_del_str(&d, &k);
    }
    let mut denied = b.denied_modules.clone();
    if let Some(allowed) = &b.allowed_modules {
        denied.extend(
            crate::modules::builtin_module_names()
                .filter(|n| !allowed.iter().any(|a| a == n))
                .map(str::to_string),
        );
    }
    for name in denied {
        vm.sys_modules_set(&name, Value::None);
    }
    if !b.file_imports {
        vm.interp.sys_path.borrow_mut().clear();
        let sys = vm.interp.sys.borrow().clone();
        if let Some(sys) = sys {
            let empty = vm.new_list(Vec::new());
            crate::modules::set_attr(vm, &Value::Obj(sys), "path", empty);
        }
    }
}

/// State the embedding API keeps inside each interpreter (`Interp::embed`); inert for
/// an interpreter that is not embedded.
#[doc(hidden)]
#[derive(Default)]
pub struct EmbedState {
    pub(crate) limits: limits::LimitState,
    /// Classes of host types ([`UserData`]), by Rust type.
    pub(crate) classes: RefCell<std::collections::HashMap<std::any::TypeId, PyRef>>,
    /// The embedding handle's state, for host objects made during conversions.
    pub(crate) host: RefCell<Option<Weak<Inner>>>,
}

pub(crate) struct Inner {
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
///
/// ```
/// use garter::embed::Interpreter;
/// let interp = Interpreter::new();
/// let other = interp.clone(); // the same interpreter
/// std::thread::spawn(move || other.run("x = 40", "<t>").unwrap()).join().unwrap();
/// assert_eq!(interp.eval::<i64>("x + 2").unwrap(), 42);
/// ```
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
///
/// ```
/// use garter::embed::Interpreter;
/// let interp = Interpreter::new();
/// let h = interp.interrupt_handle();
/// std::thread::spawn(move || {
///     std::thread::sleep(std::time::Duration::from_millis(20));
///     h.interrupt();
/// });
/// let e = interp.run("while True: pass", "<spin>").unwrap_err();
/// assert_eq!(e.kind(), "KeyboardInterrupt");
/// ```
pub struct InterruptHandle {
    breaker: Arc<Breaker>,
}

impl InterruptHandle {
    /// Raise `KeyboardInterrupt` in the interpreter's main host call (the first of
    /// the calls in progress), at its next check (every loop iteration and call),
    /// waking it if it is blocked in `time.sleep` or a lock wait. If no call is running,
    /// the interrupt stays pending for the next one, as CPython's `PyErr_SetInterrupt`.
    ///
    /// ```
    /// use garter::embed::Interpreter;
    /// let interp = Interpreter::new();
    /// interp.interrupt_handle().interrupt(); // nothing runs: pending for the next call
    /// assert_eq!(interp.run("while True: pass", "<x>").unwrap_err().kind(), "KeyboardInterrupt");
    /// assert!(interp.run("x = 1", "<y>").is_ok());
    /// ```
    pub fn interrupt(&self) {
        self.breaker.set_main_event(crate::gil::INTERRUPT);
    }

    /// Stop the interpreter's current host call in a way the script cannot catch: every
    /// thread of the interpreter raises `LimitExceeded` ([`Limit::Stopped`]) at its next
    /// check (loop iteration or call; a main call blocked in `time.sleep` or a lock wait
    /// is woken), again after each `except` that catches it, and the host call returns
    /// that error. If no call is running, the next one is stopped. Costs nothing until
    /// used.
    ///
    /// ```
    /// use garter::embed::{Interpreter, Limit};
    /// let interp = Interpreter::new();
    /// let stopper = interp.interrupt_handle();
    /// std::thread::spawn(move || {
    ///     std::thread::sleep(std::time::Duration::from_millis(20));
    ///     stopper.stop();
    /// });
    /// let script = "while True:\n    try:\n        while True: pass\n    except BaseException:\n        pass\n";
    /// let e = interp.run(script, "stubborn.py").unwrap_err();
    /// assert_eq!(e.limit(), Some(Limit::Stopped));
    /// ```
    pub fn stop(&self) {
        self.breaker.set_main_event(crate::gil::CANCEL);
    }
}

impl Interpreter {
    /// An interpreter with default settings (see [`Builder`]).
    ///
    /// ```
    /// use garter::embed::Interpreter;
    /// let interp = Interpreter::new();
    /// assert_eq!(interp.eval::<String>("'a' * 3").unwrap(), "aaa");
    /// ```
    pub fn new() -> Interpreter {
        Interpreter::builder().build()
    }

    ///
    /// ```
    /// use garter::embed::Interpreter;
    /// let interp = Interpreter::builder().recursion_limit(100).build();
    /// assert_eq!(interp.eval::<i64>("__import__('sys').getrecursionlimit()").unwrap(), 100);
    /// ```
    pub fn builder() -> Builder {
        Builder {
            argv: Vec::new(),
            path0: ".".into(),
            recursion_limit: None,
            switch_interval: None,
            signals: false,
            stack_size: DEFAULT_HOST_STACK,
            limits: Limits::default(),
            allowed_modules: None,
            denied_modules: Vec::new(),
            removed_builtins: Vec::new(),
            file_imports: true,
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
    ///
    /// ```
    /// use garter::embed::Interpreter;
    /// let interp = Interpreter::new();
    /// let n = interp.with_gil(|py| {
    ///     py.run("items = [3, 1, 2]", "<w>").unwrap();
    ///     let items = py.global_obj("items").unwrap();
    ///     let sorted = py.global_obj("sorted").unwrap();
    ///     py.call_obj::<Vec<i64>>(&sorted, (items,)).unwrap()
    /// });
    /// assert_eq!(n, [1, 2, 3]);
    /// ```
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
        if main {
            vm.interp.embed.limits.start_call(&vm);
        }
        let mut py = Py {
            vm: &mut vm,
            inner: Arc::downgrade(&self.inner),
        };
        let r = f(&mut py);
        if main {
            vm.interp.embed.limits.end_call(&vm);
        }
        self.inner.release_pending(&vm.gil);
        vm.flush_stdout();
        vm.flush_stream(crate::modules::io::Stream::Stderr);
        r
    }

    /// A handle that can interrupt running Python code from another thread.
    ///
    /// ```
    /// use garter::embed::Interpreter;
    /// let h = Interpreter::new().interrupt_handle();
    /// std::thread::spawn(move || h.interrupt()).join().unwrap();
    /// ```
    pub fn interrupt_handle(&self) -> InterruptHandle {
        InterruptHandle {
            breaker: self.inner.breaker.clone(),
        }
    }

    /// Run `source` (statements) in the `__main__` module; `filename` is what
    /// tracebacks show.
    ///
    /// ```
    /// use garter::embed::Interpreter;
    /// let interp = Interpreter::new();
    /// interp.run("total = 0\nfor i in range(5):\n    total += i", "sum.py").unwrap();
    /// assert_eq!(interp.get_global::<i64>("total").unwrap(), 10);
    /// ```
    pub fn run(&self, source: &str, filename: &str) -> Result<(), Error> {
        self.with_gil(|py| py.run(source, filename))
    }

    /// Evaluate one expression in `__main__`'s namespace and convert the result.
    ///
    /// ```
    /// use garter::embed::Interpreter;
    /// let interp = Interpreter::new();
    /// assert_eq!(interp.eval::<Vec<i64>>("[i * i for i in range(4)]").unwrap(), [0, 1, 4, 9]);
    /// assert_eq!(interp.eval::<i64>("x = 1").unwrap_err().kind(), "SyntaxError");
    /// ```
    pub fn eval<T: FromPy>(&self, expr: &str) -> Result<T, Error> {
        self.with_gil(|py| py.eval(expr))
    }

    /// Call the function (or any callable) named `name` in `__main__`.
    ///
    /// ```
    /// use garter::embed::Interpreter;
    /// let interp = Interpreter::new();
    /// interp.run("def add(a, b):\n    return a + b", "<d>").unwrap();
    /// assert_eq!(interp.call::<i64>("add", (2, 3)).unwrap(), 5);
    /// assert_eq!(interp.call::<String>("add", ("a", "b")).unwrap(), "ab");
    /// assert_eq!(interp.call::<i64>("len", ("abc",)).unwrap(), 3); // builtins too
    /// ```
    pub fn call<T: FromPy>(&self, name: &str, args: impl IntoArgs) -> Result<T, Error> {
        self.with_gil(|py| py.call(name, args))
    }

    /// Read the `__main__` global `name`.
    ///
    /// ```
    /// use garter::embed::Interpreter;
    /// let interp = Interpreter::new();
    /// interp.run("name = 'garter'", "<g>").unwrap();
    /// assert_eq!(interp.get_global::<String>("name").unwrap(), "garter");
    /// assert_eq!(interp.get_global::<i64>("missing").unwrap_err().kind(), "NameError");
    /// ```
    pub fn get_global<T: FromPy>(&self, name: &str) -> Result<T, Error> {
        self.with_gil(|py| py.get_global(name))
    }

    /// Set the `__main__` global `name`.
    ///
    /// ```
    /// use garter::embed::Interpreter;
    /// let interp = Interpreter::new();
    /// interp.set_global("limit", 3).unwrap();
    /// assert_eq!(interp.eval::<Vec<i64>>("list(range(limit))").unwrap(), [0, 1, 2]);
    /// ```
    pub fn set_global(&self, name: &str, value: impl IntoPy) -> Result<(), Error> {
        self.with_gil(|py| py.set_global(name, value))
    }

    /// Register a host function as a builtin (visible to every module by name).
    /// See [`Py::add_builtin`].
    ///
    /// ```
    /// use garter::embed::{HostError, Interpreter};
    /// let interp = Interpreter::new();
    /// interp.add_builtin("shout", |_py, (s,): (String,)| Ok::<_, HostError>(s.to_uppercase()));
    /// assert_eq!(interp.eval::<String>("shout('hi')").unwrap(), "HI");
    /// ```
    pub fn add_builtin<A, R, F>(&self, name: &str, f: F)
    where
        A: FromArgs + 'static,
        R: IntoPy + 'static,
        F: Fn(&mut Py<'_>, A) -> Result<R, HostError> + Send + 'static,
    {
        self.with_gil(|py| py.add_builtin(name, f))
    }

    /// Define a native module that scripts can `import`. See [`Py::add_module`].
    ///
    /// ```
    /// use garter::embed::{HostError, Interpreter};
    /// let interp = Interpreter::new();
    /// interp.add_module("config", |m| {
    ///     m.constant("DEBUG", false);
    ///     m.function("get", |_py, (k,): (String,)| Ok::<_, HostError>(format!("value of {k}")));
    /// });
    /// assert_eq!(interp.eval::<String>("__import__('config').get('x')").unwrap(), "value of x");
    /// ```
    pub fn add_module(&self, name: &str, build: impl FnOnce(&mut ModuleBuilder<'_, '_>)) {
        self.with_gil(|py| py.add_module(name, build))
    }

    /// Make the class of host type `T` a builtin named `T::NAME` (see [`UserData`]).
    ///
    /// ```
    /// use garter::embed::{ClassBuilder, HostError, Interpreter, UserData};
    /// struct Point(f64, f64);
    /// impl UserData for Point {
    ///     const NAME: &'static str = "Point";
    ///     fn register(c: &mut ClassBuilder<'_, '_, Self>) {
    ///         c.constructor(|_py, (x, y): (f64, f64)| Ok(Point(x, y)));
    ///         c.method("norm", |_py, p, ()| Ok::<_, HostError>(p.0.hypot(p.1)));
    ///     }
    /// }
    /// let interp = Interpreter::new();
    /// interp.add_class::<Point>().unwrap();
    /// assert_eq!(interp.eval::<f64>("Point(3, 4).norm()").unwrap(), 5.0);
    /// ```
    pub fn add_class<T: UserData>(&self) -> Result<(), Error> {
        self.with_gil(|py| py.add_class::<T>())
    }

    /// Call the callable named `name` in `__main__` with keyword arguments too (see
    /// [`Py::call_kw`]).
    ///
    /// ```
    /// use garter::embed::Interpreter;
    /// let interp = Interpreter::new();
    /// interp.run("def area(w, h=1):\n    return w * h", "<a>").unwrap();
    /// assert_eq!(interp.call_kw::<i64>("area", (3,), [("h", 4)]).unwrap(), 12);
    /// ```
    pub fn call_kw<T: FromPy>(
        &self,
        name: &str,
        args: impl IntoArgs,
        kwargs: impl IntoKwargs,
    ) -> Result<T, Error> {
        self.with_gil(|py| py.call_kw(name, args, kwargs))
    }
}
