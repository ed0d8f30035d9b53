//! Conversions between Rust values and Python values, under the GIL.
//!
//! [`IntoPy`] builds a Python value from a Rust one; [`FromPy`] reads a Rust value out
//! of a Python one, raising `TypeError` for a value of the wrong type and
//! `OverflowError` for an `int` that does not fit the Rust integer type.

use crate::runtime::dict::DictTable;
use crate::runtime::value::{Payload, Value};
use crate::vm::{PyResult, Vm};
use num_traits::ToPrimitive;
use std::collections::{BTreeMap, HashMap};

/// The conversion traits are sealed: their methods see raw interpreter values, which
/// must never outlive the GIL session, so only this crate implements them.
pub(crate) mod sealed {
    pub trait Sealed {}
}
use sealed::Sealed;

/// A Rust value that can become a Python value (implemented by this crate for the
/// types listed in `docs/embedding.md`, and for [`super::Obj`]).
///
/// ```
/// let interp = garter::embed::Interpreter::new();
/// let m: std::collections::HashMap<String, Vec<Option<i64>>> =
///     [("k".to_string(), vec![Some(1), None])].into();
/// interp.set_global("m", m).unwrap();
/// assert_eq!(interp.eval::<String>("repr(m)").unwrap(), "{'k': [1, None]}");
/// ```
pub trait IntoPy: Sealed {
    #[doc(hidden)]
    fn into_py(self, vm: &mut Vm) -> PyResult<Value>;
}

/// A Rust value that can be read from a Python value (implemented by this crate).
///
/// ```
/// let interp = garter::embed::Interpreter::new();
/// assert_eq!(interp.eval::<u8>("255").unwrap(), 255);
/// assert_eq!(interp.eval::<u8>("256").unwrap_err().last_line(),
///     "OverflowError: Python int 256 out of range for u8");
/// assert_eq!(interp.eval::<bool>("1").unwrap_err().last_line(), "TypeError: expected bool, got int");
/// assert_eq!(interp.eval::<(i64, String)>("[1, 'a']").unwrap(), (1, "a".to_string()));
/// ```
pub trait FromPy: Sized + Sealed {
    #[doc(hidden)]
    fn from_py(vm: &mut Vm, v: &Value) -> PyResult<Self>;
}

fn wrong_type(vm: &Vm, expected: &str, v: &Value) -> crate::vm::PyErr {
    vm.type_error(format!("expected {expected}, got {}", vm.type_name(v)))
}

impl Sealed for super::Obj<'_> {}

/// The object itself.
impl IntoPy for super::Obj<'_> {
    fn into_py(self, _vm: &mut Vm) -> PyResult<Value> {
        Ok(self.v)
    }
}

impl Sealed for () {}
impl Sealed for bool {}
impl Sealed for f64 {}
impl Sealed for String {}
impl Sealed for &str {}
impl<T> Sealed for Option<T> {}
impl<T> Sealed for Vec<T> {}
impl<T, S> Sealed for HashMap<String, T, S> {}
impl<T> Sealed for BTreeMap<String, T> {}

impl IntoPy for () {
    fn into_py(self, _vm: &mut Vm) -> PyResult<Value> {
        Ok(Value::None)
    }
}

impl FromPy for () {
    fn from_py(vm: &mut Vm, v: &Value) -> PyResult<()> {
        match v {
            Value::None => Ok(()),
            _ => Err(wrong_type(vm, "None", v)),
        }
    }
}

impl IntoPy for bool {
    fn into_py(self, _vm: &mut Vm) -> PyResult<Value> {
        Ok(Value::bool(self))
    }
}

/// Only `True` and `False` convert (no truthiness: `1` and `""` are a `TypeError`).
impl FromPy for bool {
    fn from_py(vm: &mut Vm, v: &Value) -> PyResult<bool> {
        match v {
            Value::Bool(b) => Ok(b.get()),
            _ => Err(wrong_type(vm, "bool", v)),
        }
    }
}

/// Any Python `int` (and `bool`, an `int` subclass) as an `i128`-wide intermediate;
/// `None` inside means "does not even fit in i128".
fn int_of(vm: &Vm, v: &Value, target: &str) -> PyResult<i128> {
    match v {
        Value::Int(i) => Ok(*i as i128),
        Value::Bool(b) => Ok(b.get() as i128),
        Value::Obj(o) => match &o.payload {
            Payload::BigInt(b) => b.to_i128().ok_or_else(|| {
                vm.overflow_error(format!("Python int too large to convert to {target}"))
            }),
            _ => Err(wrong_type(vm, "int", v)),
        },
        _ => Err(wrong_type(vm, "int", v)),
    }
}

macro_rules! int_conv {
    ($($t:ty),*) => {$(
        impl Sealed for $t {}

        impl IntoPy for $t {
            fn into_py(self, vm: &mut Vm) -> PyResult<Value> {
                match i64::try_from(self) {
                    Ok(i) => Ok(Value::Int(i)),
                    Err(_) => Ok(vm.new_bigint(num_bigint::BigInt::from(self))),
                }
            }
        }

        /// An `int` (or `bool`); `OverflowError` when it is out of range.
        impl FromPy for $t {
            fn from_py(vm: &mut Vm, v: &Value) -> PyResult<$t> {
                let i = int_of(vm, v, stringify!($t))?;
                <$t>::try_from(i).map_err(|_| {
                    vm.overflow_error(format!(
                        "Python int {i} out of range for {}",
                        stringify!($t)
                    ))
                })
            }
        }
    )*};
}

int_conv!(i8, i16, i32, i64, u8, u16, u32, u64, usize, isize);

impl IntoPy for f64 {
    fn into_py(self, _vm: &mut Vm) -> PyResult<Value> {
        Ok(Value::float(self))
    }
}

/// A `float`, or an `int` (converted as `float(x)` does; `OverflowError` for an `int`
/// too large for a float).
impl FromPy for f64 {
    fn from_py(vm: &mut Vm, v: &Value) -> PyResult<f64> {
        match v {
            Value::Float(f) => Ok(f.get()),
            Value::Int(i) => Ok(*i as f64),
            Value::Bool(b) => Ok(b.get() as i64 as f64),
            Value::Obj(o) => match &o.payload {
                Payload::BigInt(b) => match b.to_f64() {
                    Some(f) if f.is_finite() => Ok(f),
                    _ => Err(vm.overflow_error("int too large to convert to float")),
                },
                _ => Err(wrong_type(vm, "float", v)),
            },
            _ => Err(wrong_type(vm, "float", v)),
        }
    }
}

impl IntoPy for String {
    fn into_py(self, vm: &mut Vm) -> PyResult<Value> {
        Ok(vm.new_string(self))
    }
}

impl IntoPy for &str {
    fn into_py(self, vm: &mut Vm) -> PyResult<Value> {
        Ok(vm.new_str(self))
    }
}

impl FromPy for String {
    fn from_py(vm: &mut Vm, v: &Value) -> PyResult<String> {
        match v.as_str() {
            Some(s) => Ok(s.to_string()),
            None => Err(wrong_type(vm, "str", v)),
        }
    }
}

impl<T: IntoPy> IntoPy for Option<T> {
    fn into_py(self, vm: &mut Vm) -> PyResult<Value> {
        match self {
            None => Ok(Value::None),
            Some(x) => x.into_py(vm),
        }
    }
}

/// `None` is `None`; anything else must convert to `T`.
impl<T: FromPy> FromPy for Option<T> {
    fn from_py(vm: &mut Vm, v: &Value) -> PyResult<Option<T>> {
        match v {
            Value::None => Ok(None),
            _ => T::from_py(vm, v).map(Some),
        }
    }
}

/// Becomes a `list`.
impl<T: IntoPy> IntoPy for Vec<T> {
    fn into_py(self, vm: &mut Vm) -> PyResult<Value> {
        let items = self
            .into_iter()
            .map(|x| x.into_py(vm))
            .collect::<PyResult<Vec<_>>>()?;
        Ok(vm.new_list(items))
    }
}

/// The items of a `list` or `tuple` (not other iterables).
fn seq_items(vm: &Vm, v: &Value, expected: &str) -> PyResult<Vec<Value>> {
    if let Some(t) = v.as_tuple() {
        return Ok(t.to_vec());
    }
    if let Some(l) = v.as_list() {
        return Ok(l.borrow().clone());
    }
    Err(wrong_type(vm, expected, v))
}

/// A `list` or `tuple` whose items all convert to `T`.
impl<T: FromPy> FromPy for Vec<T> {
    fn from_py(vm: &mut Vm, v: &Value) -> PyResult<Vec<T>> {
        let items = seq_items(vm, v, "list or tuple")?;
        items.iter().map(|x| T::from_py(vm, x)).collect()
    }
}

fn dict_from_pairs(vm: &mut Vm, pairs: Vec<(String, Value)>) -> PyResult<Value> {
    let d = vm.new_dict(DictTable::new());
    for (k, v) in pairs {
        let k = vm.new_string(k);
        crate::builtins::dict::dict_set(vm, &d, k, v)?;
    }
    Ok(d)
}

/// The entries of a `dict` with `str` keys.
fn dict_entries(vm: &Vm, v: &Value) -> PyResult<Vec<(String, Value)>> {
    let Some(t) = v.as_dict() else {
        return Err(wrong_type(vm, "dict", v));
    };
    let entries: Vec<(Value, Value)> = t
        .borrow()
        .iter()
        .map(|e| (e.key.clone(), e.value.clone()))
        .collect();
    entries
        .into_iter()
        .map(|(k, v)| match k.as_str() {
            Some(s) => Ok((s.to_string(), v)),
            None => Err(vm.type_error(format!(
                "expected a dict with str keys, got a {} key",
                vm.type_name(&k)
            ))),
        })
        .collect()
}

/// Becomes a `dict` (in the map's iteration order).
impl<T: IntoPy, S> IntoPy for HashMap<String, T, S> {
    fn into_py(self, vm: &mut Vm) -> PyResult<Value> {
        let pairs = self
            .into_iter()
            .map(|(k, v)| Ok((k, v.into_py(vm)?)))
            .collect::<PyResult<Vec<_>>>()?;
        dict_from_pairs(vm, pairs)
    }
}

/// A `dict` with `str` keys whose values convert to `T`.
impl<T: FromPy, S: std::hash::BuildHasher + Default> FromPy for HashMap<String, T, S> {
    fn from_py(vm: &mut Vm, v: &Value) -> PyResult<HashMap<String, T, S>> {
        let entries = dict_entries(vm, v)?;
        entries
            .into_iter()
            .map(|(k, v)| Ok((k, T::from_py(vm, &v)?)))
            .collect()
    }
}

/// Becomes a `dict` (in key order).
impl<T: IntoPy> IntoPy for BTreeMap<String, T> {
    fn into_py(self, vm: &mut Vm) -> PyResult<Value> {
        let pairs = self
            .into_iter()
            .map(|(k, v)| Ok((k, v.into_py(vm)?)))
            .collect::<PyResult<Vec<_>>>()?;
        dict_from_pairs(vm, pairs)
    }
}

/// A `dict` with `str` keys whose values convert to `T`.
impl<T: FromPy> FromPy for BTreeMap<String, T> {
    fn from_py(vm: &mut Vm, v: &Value) -> PyResult<BTreeMap<String, T>> {
        let entries = dict_entries(vm, v)?;
        entries
            .into_iter()
            .map(|(k, v)| Ok((k, T::from_py(vm, &v)?)))
            .collect()
    }
}

macro_rules! tuple_conv {
    ($n:literal; $($name:ident $idx:tt),*) => {
        impl<$($name),*> Sealed for ($($name,)*) {}

        /// Becomes a `tuple`.
        impl<$($name: IntoPy),*> IntoPy for ($($name,)*) {
            fn into_py(self, vm: &mut Vm) -> PyResult<Value> {
                let items = vec![$(self.$idx.into_py(vm)?),*];
                Ok(vm.new_tuple(items))
            }
        }

        /// A `tuple` or `list` of exactly this length.
        impl<$($name: FromPy),*> FromPy for ($($name,)*) {
            fn from_py(vm: &mut Vm, v: &Value) -> PyResult<Self> {
                let items = seq_items(vm, v, "tuple")?;
                if items.len() != $n {
                    return Err(vm.value_error(format!(
                        "expected a tuple of length {}, got length {}",
                        $n,
                        items.len()
                    )));
                }
                Ok(($($name::from_py(vm, &items[$idx])?,)*))
            }
        }

        impl<$($name: FromPy),*> FromArgs for ($($name,)*) {
            fn from_args(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<Self> {
                check_arity(vm, name, args, $n)?;
                Ok(($($name::from_py(vm, &args[$idx])?,)*))
            }
        }

        impl<$($name: IntoPy),*> IntoArgs for ($($name,)*) {
            fn into_args(self, vm: &mut Vm) -> PyResult<Vec<Value>> {
                Ok(vec![$(self.$idx.into_py(vm)?),*])
            }
        }
    };
}

tuple_conv!(1; A 0);
tuple_conv!(2; A 0, B 1);
tuple_conv!(3; A 0, B 1, C 2);
tuple_conv!(4; A 0, B 1, C 2, D 3);

/// The positional arguments of a host function, read into a Rust value: `()` for no
/// arguments, a tuple `(A,)`, `(A, B)`, ... (up to 4) for typed ones, `Vec<T>` for any
/// number of arguments of one type.
///
/// ```
/// use garter::embed::{HostError, Interpreter};
/// let interp = Interpreter::new();
/// interp.add_builtin("total", |_py, xs: Vec<f64>| Ok::<_, HostError>(xs.iter().sum::<f64>()));
/// assert_eq!(interp.eval::<f64>("total(1, 2.5, 3)").unwrap(), 6.5);
/// ```
pub trait FromArgs: Sized + Sealed {
    #[doc(hidden)]
    fn from_args(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<Self>;
}

fn check_arity(vm: &Vm, name: &str, args: &[Value], n: usize) -> PyResult<()> {
    if args.len() == n {
        return Ok(());
    }
    let what = match n {
        0 => "no arguments".to_string(),
        1 => "exactly one argument".to_string(),
        n => format!("{n} positional arguments"),
    };
    Err(vm.type_error(format!("{name}() takes {what} ({} given)", args.len())))
}

impl FromArgs for () {
    fn from_args(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<()> {
        check_arity(vm, name, args, 0)
    }
}

impl<T: FromPy> FromArgs for Vec<T> {
    fn from_args(vm: &mut Vm, _name: &str, args: &[Value]) -> PyResult<Vec<T>> {
        args.iter().map(|a| T::from_py(vm, a)).collect()
    }
}

/// Arguments for calling a Python function from the host: `()`, a tuple of up to 4
/// convertible values, or a `Vec` of them.
///
/// ```
/// let interp = garter::embed::Interpreter::new();
/// assert_eq!(interp.call::<i64>("max", (1, 5, 3)).unwrap(), 5);
/// assert_eq!(interp.call::<i64>("min", vec![4, 2, 8]).unwrap(), 2);
/// ```
pub trait IntoArgs: Sealed {
    #[doc(hidden)]
    fn into_args(self, vm: &mut Vm) -> PyResult<Vec<Value>>;
}

impl IntoArgs for () {
    fn into_args(self, _vm: &mut Vm) -> PyResult<Vec<Value>> {
        Ok(Vec::new())
    }
}

impl<T: IntoPy> IntoArgs for Vec<T> {
    fn into_args(self, vm: &mut Vm) -> PyResult<Vec<Value>> {
        self.into_iter().map(|x| x.into_py(vm)).collect()
    }
}

/// Keyword arguments for calling a Python function from the host
/// ([`super::Py::call_kw`]): a `Vec` or array of `(name, value)` pairs of one value
/// type, or a tuple of up to 4 pairs of different value types.
///
/// ```
/// let interp = garter::embed::Interpreter::new();
/// interp.run("def f(**kw):\n    return sorted(kw)", "<f>").unwrap();
/// let names: Vec<String> = interp.call_kw("f", (), (("b", 1), ("a", "x"))).unwrap();
/// assert_eq!(names, ["a", "b"]);
/// ```
pub trait IntoKwargs: Sealed {
    #[doc(hidden)]
    fn into_kwargs(self, vm: &mut Vm) -> PyResult<Vec<(String, Value)>>;
}

impl<T, const N: usize> Sealed for [T; N] {}

impl<K: AsRef<str>, V: IntoPy> IntoKwargs for Vec<(K, V)> {
    fn into_kwargs(self, vm: &mut Vm) -> PyResult<Vec<(String, Value)>> {
        self.into_iter()
            .map(|(k, v)| Ok((k.as_ref().to_string(), v.into_py(vm)?)))
            .collect()
    }
}

impl<K: AsRef<str>, V: IntoPy, const N: usize> IntoKwargs for [(K, V); N] {
    fn into_kwargs(self, vm: &mut Vm) -> PyResult<Vec<(String, Value)>> {
        self.into_iter()
            .map(|(k, v)| Ok((k.as_ref().to_string(), v.into_py(vm)?)))
            .collect()
    }
}

impl IntoKwargs for () {
    fn into_kwargs(self, _vm: &mut Vm) -> PyResult<Vec<(String, Value)>> {
        Ok(Vec::new())
    }
}

macro_rules! kwargs_tuple {
    ($($k:ident $v:ident $idx:tt),*) => {
        impl<$($k: AsRef<str>, $v: IntoPy),*> IntoKwargs for ($(($k, $v),)*) {
            fn into_kwargs(self, vm: &mut Vm) -> PyResult<Vec<(String, Value)>> {
                Ok(vec![$((self.$idx.0.as_ref().to_string(), self.$idx.1.into_py(vm)?)),*])
            }
        }
    };
}

kwargs_tuple!(KA A 0);
kwargs_tuple!(KA A 0, KB B 1);
kwargs_tuple!(KA A 0, KB B 1, KC C 2);
kwargs_tuple!(KA A 0, KB B 1, KC C 2, KD D 3);
