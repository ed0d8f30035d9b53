//! Native modules, each with one init function, in one table.

pub mod heapq;
pub mod io;
pub mod math;
pub mod mp;
pub mod os;
pub mod signal;
pub mod sys;
pub mod thread;
pub mod time;

use crate::runtime::value::*;
use crate::vm::{PyResult, Vm};

type Init = fn(&mut Vm, &Value) -> PyResult<()>;

/// Every native module by import name.
const MODULES: &[(&str, Init)] = &[
    ("_heapq", heapq::init),
    ("math", math::init),
    ("os", os::init),
    ("os.path", os::init_path),
    ("sys", sys::init),
    ("time", time::init),
    ("_signal", signal::init),
    ("_thread", thread::init),
    ("_mp", mp::init),
];

/// Standard modules written in Python and built into the binary (`src/modules/py/`).
/// They are found after `sys.path`, so a script's own module of that name wins, as
/// with CPython's standard library.
const FROZEN: &[(&str, &str)] = &[
    ("concurrent", "__path__ = []\n"),
    (
        "concurrent.futures",
        include_str!("py/concurrent_futures.py"),
    ),
    ("concurrent.futures._base", CF_BASE),
    ("concurrent.futures.process", CF_PROCESS),
    ("concurrent.futures.thread", CF_THREAD),
    ("heapq", include_str!("py/heapq.py")),
    ("multiprocessing", include_str!("py/multiprocessing.py")),
    (
        "multiprocessing.pool",
        include_str!("py/multiprocessing_pool.py"),
    ),
    ("multiprocessing.context", MP_CONTEXT),
    ("multiprocessing.process", MP_PROCESS),
    ("multiprocessing.queues", MP_QUEUES),
    ("queue", include_str!("py/queue.py")),
    ("signal", include_str!("py/signal.py")),
    ("threading", include_str!("py/threading.py")),
];

/// The names of every module built into the binary (native and frozen).
pub fn builtin_module_names() -> impl Iterator<Item = &'static str> {
    MODULES
        .iter()
        .map(|(n, _)| *n)
        .chain(FROZEN.iter().map(|(n, _)| *n))
}

// Submodules of the built-in `multiprocessing` and `concurrent.futures`: the names
// CPython's code lives under, re-exporting what the package defines.
const MP_CONTEXT: &str = "from multiprocessing import ProcessError, BufferTooShort, \
    TimeoutError, AuthenticationError, Process, get_context, set_start_method\n\
    from multiprocessing import _SpawnContext as SpawnContext\n";
const MP_PROCESS: &str = "from multiprocessing import Process as BaseProcess, \
    current_process, parent_process, active_children\n";
const MP_QUEUES: &str = "from multiprocessing import Queue, SimpleQueue, JoinableQueue\n";
const CF_BASE: &str = "from concurrent.futures import Future, Executor, Error, \
    CancelledError, InvalidStateError, BrokenExecutor, TimeoutError, wait, \
    as_completed, FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED\n";
const CF_PROCESS: &str = "from concurrent.futures import ProcessPoolExecutor, \
    BrokenProcessPool, _RemoteTraceback\n";
const CF_THREAD: &str = "from concurrent.futures import ThreadPoolExecutor, \
    BrokenThreadPool\n";

/// The source of a built-in Python module.
pub fn frozen_source(name: &str) -> Option<&'static str> {
    FROZEN.iter().find(|(n, _)| *n == name).map(|(_, s)| *s)
}

/// Create native module `name` if it exists.
pub fn native_module(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    if name == "sys"
        && let Some(s) = vm.interp.sys.borrow().clone()
    {
        return Ok(Some(Value::Obj(s)));
    }
    for (n, init) in MODULES {
        if *n == name {
            let m = vm.new_module(name);
            init(vm, &m)?;
            return Ok(Some(m));
        }
    }
    Ok(None)
}

/// Set an attribute of a module being initialised.
pub fn set_attr(vm: &mut Vm, m: &Value, name: &str, v: Value) {
    let d = vm.module_dict(m);
    let key = vm.intern(name);
    crate::vm::eval::dict_set_str(&d, key, v);
}

/// Add native functions to a module.
pub fn add_functions(vm: &mut Vm, m: &Value, fns: &[(&'static str, NativeFn)]) {
    for (name, f) in fns {
        let v = vm.new_builtin(name, *f);
        set_attr(vm, m, name, v);
    }
}
