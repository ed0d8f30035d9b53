//! Host objects: a Rust struct exposed to scripts as an instance of a Python class with
//! methods and attributes ([`UserData`], [`ClassBuilder`]), and getting it back.
//!
//! The struct lives inside the Python object in a `RefCell`: methods borrow it (shared
//! for `&T` receivers, exclusive for `&mut T`) for the duration of the call, under the
//! GIL, so no lock is needed. A method that calls back into Python which calls a `&mut`
//! method of the same object gets `RuntimeError: Counter object is already borrowed`
//! instead of aliasing.

use super::host_fn::{HostFn, leak_name, make_function, no_kwargs};
use super::{Error, FromArgs, HostError, IntoPy, Obj, Py};
use crate::runtime::str::PyStr;
use crate::runtime::value::{Payload, PyRef, Value};
use crate::vm::{PyResult, Vm};
use std::any::TypeId;
use std::cell::{Ref, RefCell, RefMut};
use std::rc::Rc;

/// A Rust type scripts can use as a Python object (as mlua's `UserData`).
///
/// `register` declares the class's methods, attributes and constructor. The type must
/// be `Send` (the object may be dropped on any thread that holds the GIL) and `'static`.
///
/// ```
/// use garter::embed::{ClassBuilder, Host, HostError, Interpreter, UserData};
///
/// #[derive(Clone)]
/// struct Counter {
///     n: i64,
/// }
///
/// impl UserData for Counter {
///     const NAME: &'static str = "Counter";
///     fn register(c: &mut ClassBuilder<'_, '_, Self>) {
///         c.constructor(|_py, (start,): (i64,)| Ok(Counter { n: start }));
///         c.method_mut("inc", |_py, this, (by,): (i64,)| {
///             this.n += by;
///             Ok::<_, HostError>(this.n)
///         });
///         c.getter("value", |_py, this| Ok::<_, HostError>(this.n));
///         c.setter("value", |_py, this, v: i64| {
///             this.n = v;
///             Ok(())
///         });
///         c.method("__repr__", |_py, this, ()| Ok::<_, HostError>(format!("Counter({})", this.n)));
///     }
/// }
///
/// let interp = Interpreter::new();
/// interp.add_class::<Counter>();
/// interp.run("c = Counter(10)\nc.inc(5)\nc.value += 1\nr = repr(c)", "<x>").unwrap();
/// assert_eq!(interp.get_global::<String>("r").unwrap(), "Counter(16)");
/// // The host gets its struct back (a copy, with `Host<T>` for `T: Clone`)...
/// let Host(c) = interp.get_global::<Host<Counter>>("c").unwrap();
/// assert_eq!(c.n, 16);
/// // ...or borrows it in place under the GIL, and passes new ones in.
/// interp.with_gil(|py| {
///     let obj = py.global_obj("c").unwrap();
///     py.borrow_mut::<Counter>(&obj).unwrap().n = 0;
///     py.set_global("d", Host(Counter { n: 7 })).unwrap();
/// });
/// assert_eq!(interp.eval::<i64>("c.value + d.value").unwrap(), 7);
/// ```
pub trait UserData: Send + Sized + 'static {
    /// The Python class name.
    const NAME: &'static str;

    /// Declare methods, attributes and the constructor.
    fn register(class: &mut ClassBuilder<'_, '_, Self>);
}

/// A host value passed by value: `Host(t)` converts to a new Python object of `T`'s
/// class ([`IntoPy`]); reading a `Host<T>` ([`super::FromPy`], `T: Clone`) clones the
/// struct out of an object of that class (`TypeError` for anything else).
#[derive(Clone, Debug, Default, PartialEq)]
///
/// ```
/// use garter::embed::{ClassBuilder, Host, HostError, Interpreter, UserData};
/// #[derive(Clone, Debug)]
/// struct Temp { celsius: f64 }
/// impl UserData for Temp {
///     const NAME: &'static str = "Temp";
///     fn register(c: &mut ClassBuilder<'_, '_, Self>) {
///         c.constructor(|_py, (celsius,): (f64,)| Ok(Temp { celsius }));
///         c.constant("UNIT", "C");
///         c.getter("fahrenheit", |_py, t| Ok::<_, HostError>(t.celsius * 1.8 + 32.0));
///         c.setter("fahrenheit", |_py, t, f: f64| {
///             t.celsius = (f - 32.0) / 1.8;
///             Ok(())
///         });
///         c.method("above", |_py, t, (limit,): (f64,)| Ok::<_, HostError>(t.celsius > limit));
///         c.method_mut("warm", |_py, t, (by,): (f64,)| {
///             t.celsius += by;
///             Ok::<_, HostError>(())
///         });
///     }
/// }
/// let interp = Interpreter::new();
/// interp.add_class::<Temp>().unwrap();
/// interp.set_global("t", Host(Temp { celsius: 100.0 })).unwrap();
/// assert_eq!(interp.eval::<f64>("t.fahrenheit").unwrap(), 212.0);
/// let Host(t) = interp.eval::<Host<Temp>>("t").unwrap();
/// assert_eq!(t.celsius, 100.0);
/// ```
pub struct Host<T>(pub T);

/// The payload of a host object.
struct Cell<T>(RefCell<T>);

/// Declares the class of a [`UserData`] type (see there for an example).
///
/// ```
/// use garter::embed::{ClassBuilder, Host, HostError, Interpreter, UserData};
/// #[derive(Clone, Debug)]
/// struct Temp { celsius: f64 }
/// impl UserData for Temp {
///     const NAME: &'static str = "Temp";
///     fn register(c: &mut ClassBuilder<'_, '_, Self>) {
///         c.constructor(|_py, (celsius,): (f64,)| Ok(Temp { celsius }));
///         c.constant("UNIT", "C");
///         c.getter("fahrenheit", |_py, t| Ok::<_, HostError>(t.celsius * 1.8 + 32.0));
///         c.setter("fahrenheit", |_py, t, f: f64| {
///             t.celsius = (f - 32.0) / 1.8;
///             Ok(())
///         });
///         c.method("above", |_py, t, (limit,): (f64,)| Ok::<_, HostError>(t.celsius > limit));
///         c.method_mut("warm", |_py, t, (by,): (f64,)| {
///             t.celsius += by;
///             Ok::<_, HostError>(())
///         });
///     }
/// }
/// let interp = Interpreter::new();
/// interp.add_class::<Temp>().unwrap();
/// interp.run("t = Temp(20)\nt.warm(5)\nt.fahrenheit = 212", "<t>").unwrap();
/// assert!(interp.eval::<bool>("t.above(99) and t.UNIT == 'C'").unwrap());
/// ```
pub struct ClassBuilder<'p, 'a, T> {
    py: &'p mut Py<'a>,
    /// Attributes of the class namespace.
    attrs: Vec<(&'static str, Value)>,
    /// Properties: name, getter, setter.
    props: Vec<(&'static str, Value, Value)>,
    constructor: Option<Value>,
    _t: std::marker::PhantomData<fn(T)>,
}

/// The `RefCell` of a host object of type `T`, or `TypeError`.
fn cell_of<'v, T: UserData>(vm: &Vm, v: &'v Value, what: &str) -> PyResult<&'v RefCell<T>> {
    match v.payload() {
        Some(Payload::Native(b)) => match b.downcast_ref::<Cell<T>>() {
            Some(c) => Ok(&c.0),
            None => Err(wrong_object::<T>(vm, what, v)),
        },
        _ => Err(wrong_object::<T>(vm, what, v)),
    }
}

fn wrong_object<T: UserData>(vm: &Vm, what: &str, v: &Value) -> crate::vm::PyErr {
    vm.type_error(format!(
        "{what} requires a '{}' object but received a '{}'",
        T::NAME,
        vm.type_name(v)
    ))
}

fn borrowed<T: UserData>(vm: &Vm) -> crate::vm::PyErr {
    vm.runtime_error(format!("{} object is already borrowed", T::NAME))
}

impl<'a, T: UserData> ClassBuilder<'_, 'a, T> {
    /// Add a method with a shared receiver (`obj.name(args)`); arguments as for
    /// [`Py::function`]. Names like `__repr__`, `__len__`, `__eq__` define the special
    /// methods.
    ///
    /// ```
    /// use garter::embed::{ClassBuilder, Host, HostError, Interpreter, UserData};
    /// #[derive(Clone, Debug)]
    /// struct Temp { celsius: f64 }
    /// impl UserData for Temp {
    ///     const NAME: &'static str = "Temp";
    ///     fn register(c: &mut ClassBuilder<'_, '_, Self>) {
    ///         c.constructor(|_py, (celsius,): (f64,)| Ok(Temp { celsius }));
    ///         c.constant("UNIT", "C");
    ///         c.getter("fahrenheit", |_py, t| Ok::<_, HostError>(t.celsius * 1.8 + 32.0));
    ///         c.setter("fahrenheit", |_py, t, f: f64| {
    ///             t.celsius = (f - 32.0) / 1.8;
    ///             Ok(())
    ///         });
    ///         c.method("above", |_py, t, (limit,): (f64,)| Ok::<_, HostError>(t.celsius > limit));
    ///         c.method_mut("warm", |_py, t, (by,): (f64,)| {
    ///             t.celsius += by;
    ///             Ok::<_, HostError>(())
    ///         });
    ///     }
    /// }
    /// let interp = Interpreter::new();
    /// interp.add_class::<Temp>().unwrap();
    /// assert!(interp.eval::<bool>("Temp(30).above(25)").unwrap());
    /// ```
    pub fn method<A, R, F>(&mut self, name: &str, f: F) -> &mut Self
    where
        A: FromArgs + 'static,
        R: IntoPy + 'static,
        F: Fn(&mut Py<'_>, &T, A) -> Result<R, HostError> + Send + 'static,
    {
        let name = leak_name(name);
        let body = receiver_fn::<T, _>(self.py, name, move |py, recv, args| {
            let a = A::from_args(py.vm, name, args)?;
            let cell = cell_of::<T>(py.vm, recv, &format!("{}.{name}()", T::NAME))?;
            let this = cell.try_borrow().map_err(|_| borrowed::<T>(py.vm))?;
            match f(py, &this, a) {
                Ok(r) => {
                    drop(this);
                    r.into_py(py.vm)
                }
                Err(e) => {
                    drop(this);
                    Err(e.into_pyerr(py.vm))
                }
            }
        });
        self.add_method(name, body);
        self
    }

    /// Add a method with an exclusive receiver (`&mut T`).
    ///
    /// ```
    /// use garter::embed::{ClassBuilder, Host, HostError, Interpreter, UserData};
    /// #[derive(Clone, Debug)]
    /// struct Temp { celsius: f64 }
    /// impl UserData for Temp {
    ///     const NAME: &'static str = "Temp";
    ///     fn register(c: &mut ClassBuilder<'_, '_, Self>) {
    ///         c.constructor(|_py, (celsius,): (f64,)| Ok(Temp { celsius }));
    ///         c.constant("UNIT", "C");
    ///         c.getter("fahrenheit", |_py, t| Ok::<_, HostError>(t.celsius * 1.8 + 32.0));
    ///         c.setter("fahrenheit", |_py, t, f: f64| {
    ///             t.celsius = (f - 32.0) / 1.8;
    ///             Ok(())
    ///         });
    ///         c.method("above", |_py, t, (limit,): (f64,)| Ok::<_, HostError>(t.celsius > limit));
    ///         c.method_mut("warm", |_py, t, (by,): (f64,)| {
    ///             t.celsius += by;
    ///             Ok::<_, HostError>(())
    ///         });
    ///     }
    /// }
    /// let interp = Interpreter::new();
    /// interp.add_class::<Temp>().unwrap();
    /// interp.run("t = Temp(1)\nt.warm(2)", "<w>").unwrap();
    /// assert_eq!(interp.eval::<f64>("round(t.fahrenheit, 1)").unwrap(), 37.4);
    /// ```
    pub fn method_mut<A, R, F>(&mut self, name: &str, f: F) -> &mut Self
    where
        A: FromArgs + 'static,
        R: IntoPy + 'static,
        F: Fn(&mut Py<'_>, &mut T, A) -> Result<R, HostError> + Send + 'static,
    {
        let name = leak_name(name);
        let body = receiver_fn::<T, _>(self.py, name, move |py, recv, args| {
            let a = A::from_args(py.vm, name, args)?;
            let cell = cell_of::<T>(py.vm, recv, &format!("{}.{name}()", T::NAME))?;
            let mut this = cell.try_borrow_mut().map_err(|_| borrowed::<T>(py.vm))?;
            match f(py, &mut this, a) {
                Ok(r) => {
                    drop(this);
                    r.into_py(py.vm)
                }
                Err(e) => {
                    drop(this);
                    Err(e.into_pyerr(py.vm))
                }
            }
        });
        self.add_method(name, body);
        self
    }

    /// Add a readable attribute `obj.name`.
    ///
    /// ```
    /// use garter::embed::{ClassBuilder, Host, HostError, Interpreter, UserData};
    /// #[derive(Clone, Debug)]
    /// struct Temp { celsius: f64 }
    /// impl UserData for Temp {
    ///     const NAME: &'static str = "Temp";
    ///     fn register(c: &mut ClassBuilder<'_, '_, Self>) {
    ///         c.constructor(|_py, (celsius,): (f64,)| Ok(Temp { celsius }));
    ///         c.constant("UNIT", "C");
    ///         c.getter("fahrenheit", |_py, t| Ok::<_, HostError>(t.celsius * 1.8 + 32.0));
    ///         c.setter("fahrenheit", |_py, t, f: f64| {
    ///             t.celsius = (f - 32.0) / 1.8;
    ///             Ok(())
    ///         });
    ///         c.method("above", |_py, t, (limit,): (f64,)| Ok::<_, HostError>(t.celsius > limit));
    ///         c.method_mut("warm", |_py, t, (by,): (f64,)| {
    ///             t.celsius += by;
    ///             Ok::<_, HostError>(())
    ///         });
    ///     }
    /// }
    /// let interp = Interpreter::new();
    /// interp.add_class::<Temp>().unwrap();
    /// assert_eq!(interp.eval::<f64>("Temp(0).fahrenheit").unwrap(), 32.0);
    /// ```
    pub fn getter<R, F>(&mut self, name: &str, f: F) -> &mut Self
    where
        R: IntoPy + 'static,
        F: Fn(&mut Py<'_>, &T) -> Result<R, HostError> + Send + 'static,
    {
        let name = leak_name(name);
        let body = receiver_fn::<T, _>(self.py, name, move |py, recv, _args| {
            let cell = cell_of::<T>(py.vm, recv, &format!("attribute '{name}'"))?;
            let this = cell.try_borrow().map_err(|_| borrowed::<T>(py.vm))?;
            let r = f(py, &this);
            drop(this);
            match r {
                Ok(r) => r.into_py(py.vm),
                Err(e) => Err(e.into_pyerr(py.vm)),
            }
        });
        let g = make_function(self.py.vm, name, false, body);
        self.prop(name).1 = g;
        self
    }

    /// Make attribute `obj.name` writable (`obj.name = v`, converting `v` to `V`).
    /// Without a setter, assigning raises `AttributeError`.
    ///
    /// ```
    /// use garter::embed::{ClassBuilder, Host, HostError, Interpreter, UserData};
    /// #[derive(Clone, Debug)]
    /// struct Temp { celsius: f64 }
    /// impl UserData for Temp {
    ///     const NAME: &'static str = "Temp";
    ///     fn register(c: &mut ClassBuilder<'_, '_, Self>) {
    ///         c.constructor(|_py, (celsius,): (f64,)| Ok(Temp { celsius }));
    ///         c.constant("UNIT", "C");
    ///         c.getter("fahrenheit", |_py, t| Ok::<_, HostError>(t.celsius * 1.8 + 32.0));
    ///         c.setter("fahrenheit", |_py, t, f: f64| {
    ///             t.celsius = (f - 32.0) / 1.8;
    ///             Ok(())
    ///         });
    ///         c.method("above", |_py, t, (limit,): (f64,)| Ok::<_, HostError>(t.celsius > limit));
    ///         c.method_mut("warm", |_py, t, (by,): (f64,)| {
    ///             t.celsius += by;
    ///             Ok::<_, HostError>(())
    ///         });
    ///     }
    /// }
    /// let interp = Interpreter::new();
    /// interp.add_class::<Temp>().unwrap();
    /// interp.run("t = Temp(0)\nt.fahrenheit = 50", "<s>").unwrap();
    /// assert_eq!(interp.eval::<f64>("round(t.fahrenheit)").unwrap(), 50.0);
    /// ```
    pub fn setter<V, F>(&mut self, name: &str, f: F) -> &mut Self
    where
        V: super::FromPy + 'static,
        F: Fn(&mut Py<'_>, &mut T, V) -> Result<(), HostError> + Send + 'static,
    {
        let name = leak_name(name);
        let body = receiver_fn::<T, _>(self.py, name, move |py, recv, args| {
            let Some(v) = args.first() else {
                return Err(py.vm.type_error(format!("can't delete attribute '{name}'")));
            };
            let v = V::from_py(py.vm, v)?;
            let cell = cell_of::<T>(py.vm, recv, &format!("attribute '{name}'"))?;
            let mut this = cell.try_borrow_mut().map_err(|_| borrowed::<T>(py.vm))?;
            let r = f(py, &mut this, v);
            drop(this);
            match r {
                Ok(()) => Ok(Value::None),
                Err(e) => Err(e.into_pyerr(py.vm)),
            }
        });
        let s = make_function(self.py.vm, name, false, body);
        self.prop(name).2 = s;
        self
    }

    /// How scripts create objects: calling the class (`Counter(1)`) calls `f` with the
    /// converted arguments. Without a constructor, calling the class raises
    /// `TypeError: cannot create 'Counter' instances` (only the host makes them).
    ///
    /// ```
    /// use garter::embed::{ClassBuilder, Host, HostError, Interpreter, UserData};
    /// #[derive(Clone, Debug)]
    /// struct Temp { celsius: f64 }
    /// impl UserData for Temp {
    ///     const NAME: &'static str = "Temp";
    ///     fn register(c: &mut ClassBuilder<'_, '_, Self>) {
    ///         c.constructor(|_py, (celsius,): (f64,)| Ok(Temp { celsius }));
    ///         c.constant("UNIT", "C");
    ///         c.getter("fahrenheit", |_py, t| Ok::<_, HostError>(t.celsius * 1.8 + 32.0));
    ///         c.setter("fahrenheit", |_py, t, f: f64| {
    ///             t.celsius = (f - 32.0) / 1.8;
    ///             Ok(())
    ///         });
    ///         c.method("above", |_py, t, (limit,): (f64,)| Ok::<_, HostError>(t.celsius > limit));
    ///         c.method_mut("warm", |_py, t, (by,): (f64,)| {
    ///             t.celsius += by;
    ///             Ok::<_, HostError>(())
    ///         });
    ///     }
    /// }
    /// let interp = Interpreter::new();
    /// interp.add_class::<Temp>().unwrap();
    /// assert_eq!(interp.eval::<String>("type(Temp(1)).__name__").unwrap(), "Temp");
    /// assert_eq!(interp.eval::<f64>("Temp('hot')").unwrap_err().kind(), "TypeError");
    /// ```
    pub fn constructor<A, F>(&mut self, f: F) -> &mut Self
    where
        A: FromArgs + 'static,
        F: Fn(&mut Py<'_>, A) -> Result<T, HostError> + Send + 'static,
    {
        let name = T::NAME;
        let inner = self.py.inner.clone();
        let body: HostFn = Rc::new(move |vm: &mut Vm, args: &[Value], kw: &[Rc<PyStr>]| {
            no_kwargs(vm, name, kw)?;
            // args[0] is the class (`__new__` is called as `cls.__new__(cls, ...)`).
            let a = A::from_args(vm, name, args.get(1..).unwrap_or(&[]))?;
            let mut py = Py {
                vm,
                inner: inner.clone(),
            };
            match f(&mut py, a) {
                Ok(t) => new_instance(py.vm, t),
                Err(e) => Err(e.into_pyerr(py.vm)),
            }
        });
        self.constructor = Some(make_function(self.py.vm, "__new__", false, body));
        self
    }

    /// Add a class attribute (a constant visible on the class and its objects).
    ///
    /// ```
    /// use garter::embed::{ClassBuilder, Host, HostError, Interpreter, UserData};
    /// #[derive(Clone, Debug)]
    /// struct Temp { celsius: f64 }
    /// impl UserData for Temp {
    ///     const NAME: &'static str = "Temp";
    ///     fn register(c: &mut ClassBuilder<'_, '_, Self>) {
    ///         c.constructor(|_py, (celsius,): (f64,)| Ok(Temp { celsius }));
    ///         c.constant("UNIT", "C");
    ///         c.getter("fahrenheit", |_py, t| Ok::<_, HostError>(t.celsius * 1.8 + 32.0));
    ///         c.setter("fahrenheit", |_py, t, f: f64| {
    ///             t.celsius = (f - 32.0) / 1.8;
    ///             Ok(())
    ///         });
    ///         c.method("above", |_py, t, (limit,): (f64,)| Ok::<_, HostError>(t.celsius > limit));
    ///         c.method_mut("warm", |_py, t, (by,): (f64,)| {
    ///             t.celsius += by;
    ///             Ok::<_, HostError>(())
    ///         });
    ///     }
    /// }
    /// let interp = Interpreter::new();
    /// interp.add_class::<Temp>().unwrap();
    /// assert_eq!(interp.eval::<String>("Temp.UNIT").unwrap(), "C");
    /// ```
    pub fn constant(&mut self, name: &str, value: impl IntoPy) -> &mut Self {
        if let Ok(v) = value.into_py(self.py.vm) {
            self.attrs.push((leak_name(name), v));
        }
        self
    }

    fn prop(&mut self, name: &'static str) -> &mut (&'static str, Value, Value) {
        let i = match self.props.iter().position(|p| p.0 == name) {
            Some(i) => i,
            None => {
                self.props.push((name, Value::None, Value::None));
                self.props.len() - 1
            }
        };
        &mut self.props[i]
    }

    fn add_method(&mut self, name: &'static str, body: HostFn) {
        let special = name.len() > 4 && name.starts_with("__") && name.ends_with("__");
        if !special {
            let f = make_function(self.py.vm, name, true, body);
            self.attrs.push((name, f));
            return;
        }
        // The VM dispatches special methods only to Python functions on user classes:
        // wrap the host function in one (`lambda self, *a, **k: impl(self, *a, **k)`).
        let imp = make_function(self.py.vm, name, false, body);
        match wrap_in_function(self.py, imp.clone()) {
            Ok(f) => self.attrs.push((name, f)),
            Err(_) => self.attrs.push((name, imp)),
        }
    }
}

/// A Python function that calls `imp` with its arguments.
fn wrap_in_function(py: &mut Py<'_>, imp: Value) -> PyResult<Value> {
    let factory = py.eval_value("lambda imp: lambda self, *a, **k: imp(self, *a, **k)")?;
    py.vm.call(&factory, &[imp], &[])
}

/// A host function body taking the receiver as its first argument.
fn receiver_fn<T: UserData, F>(py: &mut Py<'_>, name: &'static str, f: F) -> HostFn
where
    F: Fn(&mut Py<'_>, &Value, &[Value]) -> PyResult<Value> + Send + 'static,
{
    let inner = py.inner.clone();
    Rc::new(move |vm: &mut Vm, args: &[Value], kw: &[Rc<PyStr>]| {
        no_kwargs(vm, name, kw)?;
        let Some((recv, rest)) = args.split_first() else {
            return Err(vm.type_error(format!(
                "{}.{name}() needs a '{}' object",
                T::NAME,
                T::NAME
            )));
        };
        let mut py = Py {
            vm,
            inner: inner.clone(),
        };
        f(&mut py, recv, rest)
    })
}

/// The class of `T` in this interpreter, made (and registered) on first use.
pub(crate) fn class_of<T: UserData>(py: &mut Py<'_>) -> PyResult<PyRef> {
    let id = TypeId::of::<T>();
    if let Some(c) = py.vm.interp.embed.classes.borrow().get(&id) {
        return Ok(c.clone());
    }
    let mut b = ClassBuilder::<T> {
        py,
        attrs: Vec::new(),
        props: Vec::new(),
        constructor: None,
        _t: std::marker::PhantomData,
    };
    T::register(&mut b);
    let ClassBuilder {
        py,
        attrs,
        props,
        constructor,
        ..
    } = b;
    let vm = &mut *py.vm;
    let dict = vm.new_dict(crate::runtime::dict::DictTable::new());
    let Some(d) = dict.as_obj().cloned() else {
        return Err(vm.runtime_error("cannot make a class namespace"));
    };
    for (name, v) in attrs {
        let k = vm.intern(name);
        crate::vm::eval::dict_set_str(&d, k, v);
    }
    let property = Value::Obj(vm.types().property.clone());
    for (name, get, set) in props {
        let p = vm.call(&property, &[get, set], &[])?;
        let k = vm.intern(name);
        crate::vm::eval::dict_set_str(&d, k, p);
    }
    let new = match constructor {
        Some(c) => c,
        None => {
            let name = T::NAME;
            let refuse: HostFn = Rc::new(move |vm: &mut Vm, _: &[Value], _: &[Rc<PyStr>]| {
                Err(vm.type_error(format!("cannot create '{name}' instances")))
            });
            make_function(vm, "__new__", false, refuse)
        }
    };
    let staticmethod = Value::Obj(vm.types().staticmethod.clone());
    let new = vm.call(&staticmethod, &[new], &[])?;
    let k = vm.intern("__new__");
    crate::vm::eval::dict_set_str(&d, k, new);
    let object = vm.types().object.clone();
    let c = crate::runtime::types::new_class(
        &vm.types().type_.clone(),
        T::NAME,
        T::NAME,
        "builtins",
        vec![object.clone()],
        d,
        &object,
    )
    .map_err(|e| vm.type_error(e))?;
    vm.interp.embed.classes.borrow_mut().insert(id, c.clone());
    Ok(c)
}

/// A new Python object of `T`'s class holding `t`.
pub(crate) fn new_instance<T: UserData>(vm: &mut Vm, t: T) -> PyResult<Value> {
    let Some(inner) = vm.interp.embed.host.borrow().clone() else {
        return Err(vm.runtime_error("host objects need an embedded interpreter"));
    };
    let mut py = Py { vm, inner };
    let cls = class_of::<T>(&mut py)?;
    Ok(py
        .vm
        .new_object(&cls, Payload::Native(Box::new(Cell(RefCell::new(t))))))
}

impl<T> super::convert::sealed::Sealed for Host<T> {}

/// A new object of `T`'s class.
impl<T: UserData> IntoPy for Host<T> {
    fn into_py(self, vm: &mut Vm) -> PyResult<Value> {
        new_instance(vm, self.0)
    }
}

/// A copy of the struct inside an object of `T`'s class.
impl<T: UserData + Clone> super::FromPy for Host<T> {
    fn from_py(vm: &mut Vm, v: &Value) -> PyResult<Host<T>> {
        let cell = cell_of::<T>(vm, v, "conversion")?;
        let t = cell.try_borrow().map_err(|_| borrowed::<T>(vm))?;
        Ok(Host(t.clone()))
    }
}

impl<'a> Py<'a> {
    /// The Python class of `T` (made on first use), e.g. to expose it by name.
    ///
    /// ```
    /// use garter::embed::{ClassBuilder, Host, HostError, Interpreter, UserData};
    /// #[derive(Clone, Debug)]
    /// struct Temp { celsius: f64 }
    /// impl UserData for Temp {
    ///     const NAME: &'static str = "Temp";
    ///     fn register(c: &mut ClassBuilder<'_, '_, Self>) {
    ///         c.constructor(|_py, (celsius,): (f64,)| Ok(Temp { celsius }));
    ///         c.constant("UNIT", "C");
    ///         c.getter("fahrenheit", |_py, t| Ok::<_, HostError>(t.celsius * 1.8 + 32.0));
    ///         c.setter("fahrenheit", |_py, t, f: f64| {
    ///             t.celsius = (f - 32.0) / 1.8;
    ///             Ok(())
    ///         });
    ///         c.method("above", |_py, t, (limit,): (f64,)| Ok::<_, HostError>(t.celsius > limit));
    ///         c.method_mut("warm", |_py, t, (by,): (f64,)| {
    ///             t.celsius += by;
    ///             Ok::<_, HostError>(())
    ///         });
    ///     }
    /// }
    /// let interp = Interpreter::new();
    /// interp.add_class::<Temp>().unwrap();
    /// interp.with_gil(|py| {
    ///     let cls = py.class::<Temp>().unwrap();
    ///     let t = py.call_obj_keep(&cls, (5.0,)).unwrap();
    ///     assert_eq!(py.borrow::<Temp>(&t).unwrap().celsius, 5.0);
    /// });
    /// ```
    pub fn class<T: UserData>(&mut self) -> Result<Obj<'a>, Error> {
        let c = class_of::<T>(self).map_err(|e| self.err(e))?;
        Ok(self.obj(Value::Obj(c)))
    }

    /// A new Python object of `T`'s class holding `value`.
    ///
    /// ```
    /// use garter::embed::{ClassBuilder, Host, HostError, Interpreter, UserData};
    /// #[derive(Clone, Debug)]
    /// struct Temp { celsius: f64 }
    /// impl UserData for Temp {
    ///     const NAME: &'static str = "Temp";
    ///     fn register(c: &mut ClassBuilder<'_, '_, Self>) {
    ///         c.constructor(|_py, (celsius,): (f64,)| Ok(Temp { celsius }));
    ///         c.constant("UNIT", "C");
    ///         c.getter("fahrenheit", |_py, t| Ok::<_, HostError>(t.celsius * 1.8 + 32.0));
    ///         c.setter("fahrenheit", |_py, t, f: f64| {
    ///             t.celsius = (f - 32.0) / 1.8;
    ///             Ok(())
    ///         });
    ///         c.method("above", |_py, t, (limit,): (f64,)| Ok::<_, HostError>(t.celsius > limit));
    ///         c.method_mut("warm", |_py, t, (by,): (f64,)| {
    ///             t.celsius += by;
    ///             Ok::<_, HostError>(())
    ///         });
    ///     }
    /// }
    /// let interp = Interpreter::new();
    /// interp.add_class::<Temp>().unwrap();
    /// interp.with_gil(|py| {
    ///     let t = py.wrap(Temp { celsius: -40.0 }).unwrap();
    ///     py.set_global("cold", t).unwrap();
    ///     assert_eq!(py.eval::<f64>("cold.fahrenheit").unwrap(), -40.0);
    /// });
    /// ```
    pub fn wrap<T: UserData>(&mut self, value: T) -> Result<Obj<'a>, Error> {
        let v = new_instance(self.vm, value).map_err(|e| self.err(e))?;
        Ok(self.obj(v))
    }

    /// Borrow the struct inside a host object (`TypeError` if `obj` is not a `T`,
    /// `RuntimeError` if it is mutably borrowed by a method running now).
    ///
    /// ```
    /// use garter::embed::{ClassBuilder, Host, HostError, Interpreter, UserData};
    /// #[derive(Clone, Debug)]
    /// struct Temp { celsius: f64 }
    /// impl UserData for Temp {
    ///     const NAME: &'static str = "Temp";
    ///     fn register(c: &mut ClassBuilder<'_, '_, Self>) {
    ///         c.constructor(|_py, (celsius,): (f64,)| Ok(Temp { celsius }));
    ///         c.constant("UNIT", "C");
    ///         c.getter("fahrenheit", |_py, t| Ok::<_, HostError>(t.celsius * 1.8 + 32.0));
    ///         c.setter("fahrenheit", |_py, t, f: f64| {
    ///             t.celsius = (f - 32.0) / 1.8;
    ///             Ok(())
    ///         });
    ///         c.method("above", |_py, t, (limit,): (f64,)| Ok::<_, HostError>(t.celsius > limit));
    ///         c.method_mut("warm", |_py, t, (by,): (f64,)| {
    ///             t.celsius += by;
    ///             Ok::<_, HostError>(())
    ///         });
    ///     }
    /// }
    /// let interp = Interpreter::new();
    /// interp.add_class::<Temp>().unwrap();
    /// interp.with_gil(|py| {
    ///     let t = py.eval_obj("Temp(12)").unwrap();
    ///     assert_eq!(py.borrow::<Temp>(&t).unwrap().celsius, 12.0);
    ///     let n = py.eval_obj("12").unwrap();
    ///     assert_eq!(py.borrow::<Temp>(&n).unwrap_err().kind(), "TypeError");
    /// });
    /// ```
    pub fn borrow<'o, T: UserData>(&mut self, obj: &'o Obj<'a>) -> Result<Ref<'o, T>, Error> {
        let r = cell_of::<T>(self.vm, &obj.v, "borrow")
            .and_then(|c| c.try_borrow().map_err(|_| borrowed::<T>(self.vm)));
        r.map_err(|e| Error::from_pyerr(self.vm, &e))
    }

    /// Borrow the struct inside a host object mutably.
    ///
    /// ```
    /// use garter::embed::{ClassBuilder, Host, HostError, Interpreter, UserData};
    /// #[derive(Clone, Debug)]
    /// struct Temp { celsius: f64 }
    /// impl UserData for Temp {
    ///     const NAME: &'static str = "Temp";
    ///     fn register(c: &mut ClassBuilder<'_, '_, Self>) {
    ///         c.constructor(|_py, (celsius,): (f64,)| Ok(Temp { celsius }));
    ///         c.constant("UNIT", "C");
    ///         c.getter("fahrenheit", |_py, t| Ok::<_, HostError>(t.celsius * 1.8 + 32.0));
    ///         c.setter("fahrenheit", |_py, t, f: f64| {
    ///             t.celsius = (f - 32.0) / 1.8;
    ///             Ok(())
    ///         });
    ///         c.method("above", |_py, t, (limit,): (f64,)| Ok::<_, HostError>(t.celsius > limit));
    ///         c.method_mut("warm", |_py, t, (by,): (f64,)| {
    ///             t.celsius += by;
    ///             Ok::<_, HostError>(())
    ///         });
    ///     }
    /// }
    /// let interp = Interpreter::new();
    /// interp.add_class::<Temp>().unwrap();
    /// interp.with_gil(|py| {
    ///     let t = py.eval_obj("Temp(12)").unwrap();
    ///     py.borrow_mut::<Temp>(&t).unwrap().celsius = 0.0;
    ///     py.set_global("t", t).unwrap();
    ///     assert_eq!(py.eval::<f64>("t.fahrenheit").unwrap(), 32.0);
    /// });
    /// ```
    pub fn borrow_mut<'o, T: UserData>(
        &mut self,
        obj: &'o Obj<'a>,
    ) -> Result<RefMut<'o, T>, Error> {
        let r = cell_of::<T>(self.vm, &obj.v, "borrow_mut")
            .and_then(|c| c.try_borrow_mut().map_err(|_| borrowed::<T>(self.vm)));
        r.map_err(|e| Error::from_pyerr(self.vm, &e))
    }
}
