//! Host functions: Rust closures wrapped as Python callables (positional arguments,
//! keyword arguments through [`Kwargs`]), and the one native trampoline that calls them,
//! catching panics.

use super::{FromArgs, FromPy, HELD, HostError, IntoPy, Obj, Py};
use crate::runtime::str::PyStr;
use crate::runtime::value::{Builtin, Payload, Value};
use crate::vm::{PyResult, Vm};
use std::marker::PhantomData;
use std::rc::Rc;
use std::sync::Arc;

/// A host function, stored in its builtin's data object. Gets the arguments after the
/// data object: positional ones followed by the values of `kwnames`.
pub(crate) type HostFn = Rc<dyn Fn(&mut Vm, &[Value], &[Rc<PyStr>]) -> PyResult<Value>>;

struct HostFnBox(HostFn);

/// The keyword arguments a host function registered with [`Py::function_kw`] received,
/// valid for the call. Take the ones you know with [`Kwargs::take`]; [`Kwargs::finish`]
/// refuses the rest as CPython does (`TypeError: f() got an unexpected keyword argument
/// 'x'`).
///
/// ```
/// use garter::embed::{HostError, Interpreter};
/// let interp = Interpreter::new();
/// interp.with_gil(|py| {
///     let f = py.function_kw("join", |py, words: Vec<String>, mut kw| {
///         let sep: String = kw.take(py, "sep")?.unwrap_or_else(|| " ".into());
///         kw.finish()?;
///         Ok::<_, HostError>(words.join(&sep))
///     });
///     py.set_global("join", f).unwrap();
/// });
/// assert_eq!(interp.eval::<String>("join('a', 'b', sep='-')").unwrap(), "a-b");
/// assert_eq!(interp.eval::<String>("join('a', 'b')").unwrap(), "a b");
/// let e = interp.eval::<String>("join('a', end='!')").unwrap_err();
/// assert_eq!(e.last_line(), "TypeError: join() got an unexpected keyword argument 'end'");
/// ```
pub struct Kwargs<'a> {
    func: &'static str,
    items: Vec<(Rc<PyStr>, Value)>,
    _session: PhantomData<*mut &'a ()>,
}

impl<'a> Kwargs<'a> {
    /// No keyword arguments are left.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// How many keyword arguments are left.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// The names of the keyword arguments left, in call order.
    ///
    /// ```
    /// use garter::embed::{HostError, Interpreter};
    /// let interp = Interpreter::new();
    /// interp.add_module("m", |m| {
    ///     m.function_kw("describe", |py, (), mut kw| {
    ///         let names = kw.names();
    ///         let n = kw.len();
    ///         let first = kw.take_obj("a").map(|o| py.from_py::<i64>(&o)).transpose()?;
    ///         Ok::<_, HostError>(format!("{n} {names:?} {first:?} {}", kw.is_empty()))
    ///     });
    /// });
    /// let s: String = interp.eval("__import__('m').describe(a=1, b=2)").unwrap();
    /// assert_eq!(s, r#"2 ["a", "b"] Some(1) false"#);
    /// ```
    pub fn names(&self) -> Vec<String> {
        self.items
            .iter()
            .map(|(k, _)| k.as_str().to_string())
            .collect()
    }

    /// Remove the keyword argument `name` and convert it (`None` if it was not given;
    /// a value of the wrong type raises `TypeError`).
    pub fn take<T: FromPy>(&mut self, py: &mut Py<'_>, name: &str) -> Result<Option<T>, HostError> {
        match self.take_value(name) {
            Some(v) => Ok(Some(T::from_py(py.vm, &v)?)),
            None => Ok(None),
        }
    }

    /// Remove the keyword argument `name` and keep it as an object.
    pub fn take_obj(&mut self, name: &str) -> Option<Obj<'a>> {
        self.take_value(name).map(|v| Obj {
            v,
            _session: PhantomData,
        })
    }

    fn take_value(&mut self, name: &str) -> Option<Value> {
        let i = self.items.iter().position(|(k, _)| k.as_str() == name)?;
        Some(self.items.remove(i).1)
    }

    /// Refuse keyword arguments that were not taken: `TypeError: f() got an unexpected
    /// keyword argument 'x'`.
    pub fn finish(self) -> Result<(), HostError> {
        match self.items.first() {
            None => Ok(()),
            Some((k, _)) => Err(HostError::type_error(format!(
                "{}() got an unexpected keyword argument '{}'",
                self.func,
                k.as_str()
            ))),
        }
    }
}

/// Builtin names are `&'static str`: one small leak per registered function.
pub(crate) fn leak_name(name: &str) -> &'static str {
    Box::leak(name.to_string().into_boxed_str())
}

/// A builtin function object whose body is `body`. With `binds_self`, the object is a
/// method descriptor: looked up on an instance, it binds the instance as the first
/// argument.
pub(crate) fn make_function(
    vm: &mut Vm,
    name: &'static str,
    binds_self: bool,
    body: HostFn,
) -> Value {
    let data = vm.new_object(
        &vm.types().native.clone(),
        Payload::Native(Box::new(HostFnBox(body))),
    );
    let ty = if binds_self {
        vm.types().method_descriptor.clone()
    } else {
        vm.types().builtin_function.clone()
    };
    vm.new_object(
        &ty,
        Payload::Builtin(Box::new(Builtin {
            name,
            func: host_trampoline,
            binds_self,
            data,
        })),
    )
}

/// Refuse keyword arguments (for host functions that take none).
pub(crate) fn no_kwargs(vm: &Vm, name: &str, kwnames: &[Rc<PyStr>]) -> PyResult<()> {
    if kwnames.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("{name}() takes no keyword arguments")))
    }
}

/// Split a call's arguments into positional ones and a [`Kwargs`].
pub(crate) fn split_kwargs<'x>(
    args: &'x [Value],
    kwnames: &[Rc<PyStr>],
) -> (&'x [Value], Vec<(Rc<PyStr>, Value)>) {
    let npos = args.len().saturating_sub(kwnames.len());
    let (pos, kw) = args.split_at(npos);
    let items = kwnames.iter().cloned().zip(kw.iter().cloned()).collect();
    (pos, items)
}

impl<'a> Py<'a> {
    /// Wrap a host closure as a Python builtin function object named `name`.
    ///
    /// Its positional arguments are converted with [`FromArgs`] (a wrong count or type
    /// raises `TypeError`); keyword arguments are refused (see [`Py::function_kw`]).
    /// Returning `Err` raises the chosen exception; a panic inside `f` is caught and
    /// raises `RuntimeError` (the panic message included) instead of unwinding through
    /// the interpreter.
    ///
    /// ```
    /// use garter::embed::{HostError, Interpreter};
    /// let interp = Interpreter::new();
    /// interp.with_gil(|py| {
    ///     let f = py.function("add", |_py, (a, b): (i64, i64)| Ok::<_, HostError>(a + b));
    ///     assert_eq!(py.call_obj::<i64>(&f, (2, 3)).unwrap(), 5);
    /// });
    /// ```
    pub fn function<A, R, F>(&mut self, name: &str, f: F) -> Obj<'a>
    where
        A: FromArgs + 'static,
        R: IntoPy + 'static,
        F: Fn(&mut Py<'_>, A) -> Result<R, HostError> + Send + 'static,
    {
        let name = leak_name(name);
        let inner = self.inner.clone();
        let body: HostFn = Rc::new(move |vm: &mut Vm, args: &[Value], kw: &[Rc<PyStr>]| {
            no_kwargs(vm, name, kw)?;
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
        let v = make_function(self.vm, name, false, body);
        self.obj(v)
    }

    /// Like [`Py::function`], for a closure that also takes keyword arguments: it gets
    /// the positional ones converted with [`FromArgs`] and the keyword ones as
    /// [`Kwargs`] (see there for an example).
    ///
    /// ```
    /// use garter::embed::{HostError, Interpreter};
    /// let interp = Interpreter::new();
    /// interp.with_gil(|py| {
    ///     let f = py.function_kw("scale", |py, (x,): (f64,), mut kw| {
    ///         let by: f64 = kw.take(py, "by")?.unwrap_or(2.0);
    ///         kw.finish()?;
    ///         Ok::<_, HostError>(x * by)
    ///     });
    ///     assert_eq!(py.call_obj_kw::<f64>(&f, (3.0,), [("by", 10.0)]).unwrap(), 30.0);
    /// });
    /// ```
    pub fn function_kw<A, R, F>(&mut self, name: &str, f: F) -> Obj<'a>
    where
        A: FromArgs + 'static,
        R: IntoPy + 'static,
        F: for<'p> Fn(&mut Py<'p>, A, Kwargs<'p>) -> Result<R, HostError> + Send + 'static,
    {
        let name = leak_name(name);
        let inner = self.inner.clone();
        let body: HostFn = Rc::new(move |vm: &mut Vm, args: &[Value], kw: &[Rc<PyStr>]| {
            let (pos, items) = split_kwargs(args, kw);
            let a = A::from_args(vm, name, pos)?;
            let kwargs = Kwargs {
                func: name,
                items,
                _session: PhantomData,
            };
            let mut py = Py {
                vm,
                inner: inner.clone(),
            };
            match f(&mut py, a, kwargs) {
                Ok(r) => r.into_py(py.vm),
                Err(e) => Err(e.into_pyerr(py.vm)),
            }
        });
        let v = make_function(self.vm, name, false, body);
        self.obj(v)
    }
}

impl<'a> Py<'a> {
    /// The most general host function: positional arguments as objects, keyword
    /// arguments as [`Kwargs`], the result an object of the session. For host
    /// functions that take callables or arbitrary objects, or return objects they got.
    ///
    /// ```
    /// use garter::embed::{HostError, Interpreter};
    /// let interp = Interpreter::new();
    /// interp.with_gil(|py| {
    ///     // apply(f, *args, times=n): call f n times, feeding each result back in.
    ///     let apply = py.function_raw("apply", |py, args, mut kw| {
    ///         let times: usize = kw.take(py, "times")?.unwrap_or(1);
    ///         kw.finish()?;
    ///         let mut it = args.into_iter();
    ///         let Some(f) = it.next() else {
    ///             return Err(HostError::type_error("apply() needs a function"));
    ///         };
    ///         let mut v = it.next().ok_or_else(|| HostError::type_error("apply() needs a value"))?;
    ///         for _ in 0..times {
    ///             v = py.call_obj_keep(&f, (v,))?;
    ///         }
    ///         Ok(v)
    ///     });
    ///     py.set_global("apply", apply).unwrap();
    /// });
    /// assert_eq!(interp.eval::<i64>("apply(lambda x: x * 2, 1, times=5)").unwrap(), 32);
    /// assert_eq!(interp.eval::<String>("apply(str.upper, 'abc')").unwrap(), "ABC");
    /// ```
    pub fn function_raw<F>(&mut self, name: &str, f: F) -> Obj<'a>
    where
        F: for<'p> Fn(&mut Py<'p>, Vec<Obj<'p>>, Kwargs<'p>) -> Result<Obj<'p>, HostError>
            + Send
            + 'static,
    {
        let name = leak_name(name);
        let inner = self.inner.clone();
        let body: HostFn = Rc::new(move |vm: &mut Vm, args: &[Value], kw: &[Rc<PyStr>]| {
            let (pos, items) = split_kwargs(args, kw);
            let objs = pos
                .iter()
                .map(|v| Obj {
                    v: v.clone(),
                    _session: PhantomData,
                })
                .collect();
            let kwargs = Kwargs {
                func: name,
                items,
                _session: PhantomData,
            };
            let mut py = Py {
                vm,
                inner: inner.clone(),
            };
            match f(&mut py, objs, kwargs) {
                Ok(r) => Ok(r.v),
                Err(e) => Err(e.into_pyerr(py.vm)),
            }
        });
        let v = make_function(self.vm, name, false, body);
        self.obj(v)
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
    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| body(vm, args, kwnames)));
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
