//! The GIL-session types of the embedding API: [`Py`] (the token that proves this thread
//! holds the interpreter's GIL, with everything done through it), [`Obj`] (a script
//! object valid for one session), [`ModuleBuilder`] (native modules) and
//! [`PyObjectHandle`] (an object the host keeps across sessions).

use super::*;
use crate::gil::Shared;
use crate::runtime::value::{PyRef, Value};
use crate::source::SourceFile;
use crate::vm::{PyErr, PyResult, Vm};
use parking_lot::Mutex;
use std::marker::PhantomData;
use std::rc::Rc;
use std::sync::Weak;

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
    pub(super) v: Value,
    /// Invariant in `'a`, and `!Send`/`!Sync`.
    pub(super) _session: PhantomData<*mut &'a ()>,
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
///
/// ```
/// use garter::embed::Interpreter;
/// let interp = Interpreter::new();
/// interp.with_gil(|py| {
///     py.set_global("xs", vec![1, 2, 3]).unwrap();
///     let total: i64 = py.eval("sum(xs)").unwrap();
///     assert_eq!(total, 6);
/// });
/// ```
pub struct Py<'a> {
    pub(super) vm: &'a mut Vm,
    /// The embedding handle's state (for [`PyObjectHandle`]s).
    pub(super) inner: Weak<Inner>,
}

impl<'a> Py<'a> {
    /// Brand a value with this session's lifetime.
    pub(super) fn obj(&self, v: Value) -> Obj<'a> {
        Obj {
            v,
            _session: PhantomData,
        }
    }

    pub(super) fn err(&mut self, e: PyErr) -> Error {
        Error::from_pyerr(self.vm, &e)
    }

    pub(super) fn main_dict(&mut self) -> PyRef {
        let m = self.vm.sys_modules_get_public("__main__");
        self.vm.module_dict(&m)
    }

    /// Run statements in `__main__`.
    ///
    /// ```
    /// use garter::embed::Interpreter;
    /// Interpreter::new().with_gil(|py| {
    ///     py.run("x = 2 ** 10", "<r>").unwrap();
    ///     assert_eq!(py.get_global::<i64>("x").unwrap(), 1024);
    /// });
    /// ```
    pub fn run(&mut self, source: &str, filename: &str) -> Result<(), Error> {
        let d = self.main_dict();
        let r = self
            .vm
            .run_source_in(source, filename, &d)
            .map(|_| ())
            .map_err(|e| self.err(e));
        limits::finish(self.vm, r)
    }

    /// Evaluate an expression in `__main__`'s namespace.
    ///
    /// ```
    /// use garter::embed::Interpreter;
    /// Interpreter::new().with_gil(|py| {
    ///     assert_eq!(py.eval::<(i64, String)>("(1, 'a')").unwrap(), (1, "a".to_string()));
    /// });
    /// ```
    pub fn eval<T: FromPy>(&mut self, expr: &str) -> Result<T, Error> {
        let r = self.eval_value(expr).map_err(|e| self.err(e));
        let v = limits::finish(self.vm, r)?;
        T::from_py(self.vm, &v).map_err(|e| self.err(e))
    }

    /// Evaluate an expression and keep the resulting object (valid in this GIL
    /// session only; see [`Py::handle`] to keep it longer).
    ///
    /// ```
    /// use garter::embed::Interpreter;
    /// Interpreter::new().with_gil(|py| {
    ///     let d = py.eval_obj("{'a': 1}").unwrap();
    ///     let keys = py.global_obj("list").unwrap();
    ///     assert_eq!(py.call_obj::<Vec<String>>(&keys, (d,)).unwrap(), ["a"]);
    /// });
    /// ```
    pub fn eval_obj(&mut self, expr: &str) -> Result<Obj<'a>, Error> {
        let v = self.eval_value(expr).map_err(|e| self.err(e))?;
        Ok(self.obj(v))
    }

    pub(super) fn eval_value(&mut self, expr: &str) -> PyResult<Value> {
        let src = Rc::new(SourceFile::new("<string>", expr));
        let unit = crate::parser::parse_expression(&src)
            .and_then(|e| crate::compiler::compile_expression(&e, &src))
            .map_err(|e| self.vm.syntax_error_exception(&e))?;
        let code = self.vm.link_code(unit, &src);
        let d = self.main_dict();
        self.vm.run_code(code, &d)
    }

    /// Call the callable named `name` in `__main__` (a global or a builtin).
    ///
    /// ```
    /// use garter::embed::Interpreter;
    /// Interpreter::new().with_gil(|py| {
    ///     assert_eq!(py.call::<i64>("max", vec![3, 9, 4]).unwrap(), 9);
    /// });
    /// ```
    pub fn call<T: FromPy>(&mut self, name: &str, args: impl IntoArgs) -> Result<T, Error> {
        let r = (|| {
            let f = self.lookup(name)?;
            let args = args.into_args(self.vm)?;
            self.vm.call(&f, &args, &[])
        })();
        let r = r.map_err(|e| self.err(e));
        let v = limits::finish(self.vm, r)?;
        T::from_py(self.vm, &v).map_err(|e| self.err(e))
    }

    /// Call the callable named `name` in `__main__` with positional and keyword
    /// arguments ([`IntoKwargs`]: an array or `Vec` of `(name, value)` pairs, or a tuple
    /// of up to 4 pairs of different types).
    ///
    /// ```
    /// use garter::embed::Interpreter;
    /// let interp = Interpreter::new();
    /// interp.run("def greet(name, greeting='Hello', punct='.'):\n    return f'{greeting}, {name}{punct}'", "<x>").unwrap();
    /// let s: String = interp.call_kw("greet", ("Ada",), [("greeting", "Hi")]).unwrap();
    /// assert_eq!(s, "Hi, Ada.");
    /// let s: String = interp.call_kw("greet", (), (("name", "Bob"), ("punct", "!"))).unwrap();
    /// assert_eq!(s, "Hello, Bob!");
    /// ```
    pub fn call_kw<T: FromPy>(
        &mut self,
        name: &str,
        args: impl IntoArgs,
        kwargs: impl IntoKwargs,
    ) -> Result<T, Error> {
        let r = (|| {
            let f = self.lookup(name)?;
            self.call_value_kw(&f, args, kwargs)
        })();
        let r = r.map_err(|e| self.err(e));
        let v = limits::finish(self.vm, r)?;
        T::from_py(self.vm, &v).map_err(|e| self.err(e))
    }

    /// Call a Python object with positional and keyword arguments; convert the result.
    ///
    /// ```
    /// use garter::embed::Interpreter;
    /// Interpreter::new().with_gil(|py| {
    ///     let sorted = py.global_obj("sorted").unwrap();
    ///     let v: Vec<i64> = py.call_obj_kw(&sorted, (vec![1, 3, 2],), [("reverse", true)]).unwrap();
    ///     assert_eq!(v, [3, 2, 1]);
    /// });
    /// ```
    pub fn call_obj_kw<T: FromPy>(
        &mut self,
        f: &Obj<'a>,
        args: impl IntoArgs,
        kwargs: impl IntoKwargs,
    ) -> Result<T, Error> {
        let r = self
            .call_value_kw(&f.v, args, kwargs)
            .map_err(|e| self.err(e));
        let v = limits::finish(self.vm, r)?;
        T::from_py(self.vm, &v).map_err(|e| self.err(e))
    }

    pub(super) fn call_value_kw(
        &mut self,
        f: &Value,
        args: impl IntoArgs,
        kwargs: impl IntoKwargs,
    ) -> PyResult<Value> {
        let mut all = args.into_args(self.vm)?;
        let kw = kwargs.into_kwargs(self.vm)?;
        let mut names = Vec::with_capacity(kw.len());
        for (k, v) in kw {
            names.push(Rc::new(crate::runtime::str::PyStr::new(&k)));
            all.push(v);
        }
        self.vm.call(f, &all, &names)
    }

    /// Release the GIL while `f` runs (long host work, blocking I/O), so Python threads
    /// and other host threads run meanwhile; take it back before returning.
    ///
    /// `f` cannot touch Python objects: it must be `Send`, and neither an [`Obj`] nor
    /// this token is (the token is borrowed by the call anyway). Plain Rust data and
    /// [`PyObjectHandle`]s (which only this token opens) can go in and come out.
    ///
    /// ```
    /// use garter::embed::{HostError, Interpreter};
    /// let interp = Interpreter::new();
    /// interp.add_builtin("slow_sum", |py, (n,): (u64,)| {
    ///     Ok::<_, HostError>(py.allow_threads(move || (0..=n).sum::<u64>()))
    /// });
    /// assert_eq!(interp.eval::<u64>("slow_sum(100)").unwrap(), 5050);
    /// ```
    ///
    /// ```compile_fail
    /// // An object cannot be used while the GIL is released.
    /// let interp = garter::embed::Interpreter::new();
    /// interp.with_gil(|py| {
    ///     let o = py.eval_obj("[1]").unwrap();
    ///     py.allow_threads(|| drop(o));
    /// });
    /// ```
    ///
    /// ```compile_fail
    /// // Nor can the token.
    /// let interp = garter::embed::Interpreter::new();
    /// interp.with_gil(|py| {
    ///     py.allow_threads(|| py.run("x = 1", "<x>"));
    /// });
    /// ```
    pub fn allow_threads<R: Send>(&mut self, f: impl FnOnce() -> R + Send) -> R {
        self.vm.flush_stdout();
        self.vm.gil.allow_threads(f)
    }

    /// Call a Python object with arguments; convert the result.
    ///
    /// ```
    /// use garter::embed::Interpreter;
    /// Interpreter::new().with_gil(|py| {
    ///     let abs = py.global_obj("abs").unwrap();
    ///     assert_eq!(py.call_obj::<i64>(&abs, (-5,)).unwrap(), 5);
    /// });
    /// ```
    pub fn call_obj<T: FromPy>(&mut self, f: &Obj<'a>, args: impl IntoArgs) -> Result<T, Error> {
        let v = self.call_obj_raw(f, args)?;
        T::from_py(self.vm, &v).map_err(|e| self.err(e))
    }

    /// Call a Python object with arguments; keep the result as an object.
    ///
    /// ```
    /// use garter::embed::Interpreter;
    /// Interpreter::new().with_gil(|py| {
    ///     let list = py.global_obj("list").unwrap();
    ///     let l = py.call_obj_keep(&list, ("ab",)).unwrap();
    ///     assert_eq!(py.from_py::<Vec<String>>(&l).unwrap(), ["a", "b"]);
    /// });
    /// ```
    pub fn call_obj_keep(&mut self, f: &Obj<'a>, args: impl IntoArgs) -> Result<Obj<'a>, Error> {
        let v = self.call_obj_raw(f, args)?;
        Ok(self.obj(v))
    }

    pub(super) fn call_obj_raw(
        &mut self,
        f: &Obj<'a>,
        args: impl IntoArgs,
    ) -> Result<Value, Error> {
        let r = args
            .into_args(self.vm)
            .and_then(|a| self.vm.call(&f.v, &a, &[]));
        r.map_err(|e| self.err(e))
    }

    pub(super) fn lookup(&mut self, name: &str) -> PyResult<Value> {
        let d = self.main_dict();
        crate::vm::eval::dict_get_str(&d, name)
            .or_else(|| crate::vm::eval::dict_get_str(&self.vm.interp.builtins, name))
            .ok_or_else(|| self.vm.name_error(format!("name '{name}' is not defined")))
    }

    /// Read the `__main__` global (or builtin) `name`.
    ///
    /// ```
    /// use garter::embed::Interpreter;
    /// Interpreter::new().with_gil(|py| {
    ///     py.run("greeting = 'hi'", "<g>").unwrap();
    ///     assert_eq!(py.get_global::<String>("greeting").unwrap(), "hi");
    /// });
    /// ```
    pub fn get_global<T: FromPy>(&mut self, name: &str) -> Result<T, Error> {
        let v = self.lookup(name).map_err(|e| self.err(e))?;
        T::from_py(self.vm, &v).map_err(|e| self.err(e))
    }

    /// Set the `__main__` global `name`.
    ///
    /// ```
    /// use garter::embed::Interpreter;
    /// Interpreter::new().with_gil(|py| {
    ///     py.set_global("pair", (1, "one")).unwrap();
    ///     assert_eq!(py.eval::<String>("pair[1]").unwrap(), "one");
    /// });
    /// ```
    pub fn set_global(&mut self, name: &str, value: impl IntoPy) -> Result<(), Error> {
        let v = value.into_py(self.vm).map_err(|e| self.err(e))?;
        let d = self.main_dict();
        let key = self.vm.intern(name);
        crate::vm::eval::dict_set_str(&d, key, v);
        Ok(())
    }

    /// Keep `value` beyond this GIL session: the handle is `Send + Sync` and can be
    /// stored anywhere; only [`Py::get`] (under this interpreter's GIL) opens it.
    ///
    /// ```
    /// use garter::embed::Interpreter;
    /// let interp = Interpreter::new();
    /// let h = interp.with_gil(|py| {
    ///     let o = py.eval_obj("{'kept': True}").unwrap();
    ///     py.handle(o)
    /// });
    /// interp.with_gil(|py| {
    ///     let o = py.get(&h);
    ///     assert_eq!(py.from_py::<std::collections::HashMap<String, bool>>(&o).unwrap()["kept"], true);
    /// });
    /// ```
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
    ///
    /// ```
    /// use garter::embed::Interpreter;
    /// let interp = Interpreter::new();
    /// let h = interp.with_gil(|py| {
    ///     let o = py.to_py(7).unwrap();
    ///     py.handle(o)
    /// });
    /// assert_eq!(interp.with_gil(|py| { let o = py.get(&h); py.from_py::<i64>(&o).unwrap() }), 7);
    /// ```
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
    ///
    /// ```
    /// use garter::embed::Interpreter;
    /// Interpreter::new().with_gil(|py| {
    ///     let o = py.to_py(vec!["a", "b"]).unwrap();
    ///     py.set_global("letters", o).unwrap();
    ///     assert_eq!(py.eval::<String>("''.join(letters)").unwrap(), "ab");
    /// });
    /// ```
    pub fn to_py(&mut self, value: impl IntoPy) -> Result<Obj<'a>, Error> {
        let v = value.into_py(self.vm).map_err(|e| self.err(e))?;
        Ok(self.obj(v))
    }

    /// Convert a Python value to a Rust value.
    ///
    /// ```
    /// use garter::embed::Interpreter;
    /// Interpreter::new().with_gil(|py| {
    ///     let o = py.eval_obj("3.5").unwrap();
    ///     assert_eq!(py.from_py::<f64>(&o).unwrap(), 3.5);
    ///     assert_eq!(py.from_py::<String>(&o).unwrap_err().last_line(), "TypeError: expected str, got float");
    /// });
    /// ```
    pub fn from_py<T: FromPy>(&mut self, obj: &Obj<'a>) -> Result<T, Error> {
        T::from_py(self.vm, &obj.v).map_err(|e| self.err(e))
    }

    /// Read the `__main__` global (or builtin) `name` as an object.
    ///
    /// ```
    /// use garter::embed::Interpreter;
    /// Interpreter::new().with_gil(|py| {
    ///     let len = py.global_obj("len").unwrap();
    ///     assert_eq!(py.call_obj::<usize>(&len, ("four",)).unwrap(), 4);
    /// });
    /// ```
    pub fn global_obj(&mut self, name: &str) -> Result<Obj<'a>, Error> {
        let v = self.lookup(name).map_err(|e| self.err(e))?;
        Ok(self.obj(v))
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

    /// Make the class of host type `T` a builtin named `T::NAME` (see [`UserData`]).
    ///
    /// ```
    /// use garter::embed::{ClassBuilder, Interpreter, UserData};
    /// struct Token;
    /// impl UserData for Token {
    ///     const NAME: &'static str = "Token";
    ///     fn register(_c: &mut ClassBuilder<'_, '_, Self>) {}
    /// }
    /// Interpreter::new().with_gil(|py| {
    ///     py.add_class::<Token>().unwrap();
    ///     assert_eq!(py.eval::<String>("Token.__name__").unwrap(), "Token");
    /// });
    /// ```
    pub fn add_class<T: UserData>(&mut self) -> Result<(), Error> {
        let c = self.class::<T>()?.v;
        let key = self.vm.intern(T::NAME);
        crate::vm::eval::dict_set_str(&self.vm.interp.builtins.clone(), key, c);
        Ok(())
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
///
/// ```
/// use garter::embed::{HostError, Interpreter};
/// let interp = Interpreter::new();
/// interp.add_module("geo", |m| {
///     m.constant("PI", std::f64::consts::PI)
///         .function("circle_area", |_py, (r,): (f64,)| {
///             Ok::<_, HostError>(std::f64::consts::PI * r * r)
///         });
/// });
/// interp.run("import geo\na = geo.circle_area(1.0)", "<g>").unwrap();
/// assert_eq!(interp.get_global::<f64>("a").unwrap(), std::f64::consts::PI);
/// ```
pub struct ModuleBuilder<'p, 'a> {
    pub(super) py: &'p mut Py<'a>,
    pub(super) module: Value,
}

impl ModuleBuilder<'_, '_> {
    /// Add a host function (see [`Py::function`]).
    ///
    /// ```
    /// use garter::embed::{HostError, Interpreter};
    /// let interp = Interpreter::new();
    /// interp.add_module("util", |m| {
    ///     m.function("clamp", |_py, (x, lo, hi): (i64, i64, i64)| Ok::<_, HostError>(x.clamp(lo, hi)));
    /// });
    /// assert_eq!(interp.eval::<i64>("__import__('util').clamp(15, 0, 10)").unwrap(), 10);
    /// ```
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

    /// Add a host function taking keyword arguments (see [`Py::function_kw`]).
    ///
    /// ```
    /// use garter::embed::{HostError, Interpreter};
    /// let interp = Interpreter::new();
    /// interp.add_module("text", |m| {
    ///     m.function_kw("pad", |py, (s,): (String,), mut kw| {
    ///         let width: usize = kw.take(py, "width")?.unwrap_or(8);
    ///         kw.finish()?;
    ///         Ok::<_, HostError>(format!("{s:>width$}"))
    ///     });
    /// });
    /// assert_eq!(interp.eval::<String>("__import__('text').pad('x', width=3)").unwrap(), "  x");
    /// ```
    pub fn function_kw<A, R, F>(&mut self, name: &str, f: F) -> &mut Self
    where
        A: FromArgs + 'static,
        R: IntoPy + 'static,
        F: for<'p> Fn(&mut Py<'p>, A, Kwargs<'p>) -> Result<R, HostError> + Send + 'static,
    {
        let v = self.py.function_kw(name, f).v;
        crate::modules::set_attr(self.py.vm, &self.module, name, v);
        self
    }

    /// Add a host function taking and returning objects (see [`Py::function_raw`]).
    ///
    /// ```
    /// use garter::embed::Interpreter;
    /// let interp = Interpreter::new();
    /// interp.add_module("fx", |m| {
    ///     m.function_raw("first", |py, args, kw| {
    ///         kw.finish()?;
    ///         match args.into_iter().next() {
    ///             Some(o) => Ok(o),
    ///             None => Ok(py.to_py(())?),
    ///         }
    ///     });
    /// });
    /// assert_eq!(interp.eval::<Vec<i64>>("__import__('fx').first([1], 2)").unwrap(), [1]);
    /// ```
    pub fn function_raw<F>(&mut self, name: &str, f: F) -> &mut Self
    where
        F: for<'p> Fn(&mut Py<'p>, Vec<Obj<'p>>, Kwargs<'p>) -> Result<Obj<'p>, HostError>
            + Send
            + 'static,
    {
        let v = self.py.function_raw(name, f).v;
        crate::modules::set_attr(self.py.vm, &self.module, name, v);
        self
    }

    /// Add the class of host type `T` as attribute `T::NAME` (see [`UserData`]).
    ///
    /// ```
    /// use garter::embed::{ClassBuilder, Interpreter, UserData};
    /// struct Handle;
    /// impl UserData for Handle {
    ///     const NAME: &'static str = "Handle";
    ///     fn register(_c: &mut ClassBuilder<'_, '_, Self>) {}
    /// }
    /// let interp = Interpreter::new();
    /// interp.add_module("res", |m| {
    ///     m.class::<Handle>();
    /// });
    /// assert_eq!(interp.eval::<String>("__import__('res').Handle.__name__").unwrap(), "Handle");
    /// ```
    pub fn class<T: UserData>(&mut self) -> &mut Self {
        if let Ok(c) = self.py.class::<T>() {
            crate::modules::set_attr(self.py.vm, &self.module, T::NAME, c.v);
        }
        self
    }

    /// Add a module attribute. Panics if the value cannot be converted (only
    /// conversions that can fail, such as a `Vec` of failing items, do).
    ///
    /// ```
    /// let interp = garter::embed::Interpreter::new();
    /// interp.add_module("consts", |m| {
    ///     m.constant("SIZES", vec![1, 2, 4]);
    /// });
    /// assert_eq!(interp.eval::<i64>("sum(__import__('consts').SIZES)").unwrap(), 7);
    /// ```
    pub fn constant(&mut self, name: &str, value: impl IntoPy) -> &mut Self {
        let v = value
            .into_py(self.py.vm)
            .unwrap_or_else(|_| panic!("constant {name}: conversion failed"));
        crate::modules::set_attr(self.py.vm, &self.module, name, v);
        self
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
    pub(super) value: Mutex<Option<Shared<Value>>>,
    pub(super) inner: Weak<Inner>,
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
    ///
    /// ```
    /// use garter::embed::Interpreter;
    /// let interp = Interpreter::new();
    /// let h = interp.with_gil(|py| { let o = py.to_py(1).unwrap(); py.handle(o) });
    /// drop(h); // no GIL here: queued
    /// assert_eq!(interp.pending_releases(), 1);
    /// interp.run("pass", "<r>").unwrap(); // released under the GIL
    /// assert_eq!(interp.pending_releases(), 0);
    /// ```
    pub fn pending_releases(&self) -> usize {
        self.inner.releases.lock().len()
    }
}
