//! Calling builtin classes: `int(...)`, `str(...)`, `list(...)`, `type(...)`,
//! `property(...)`, exception classes, and so on.

use crate::builtins::args::ArgSpec;
use crate::runtime::dict::DictTable;
use crate::runtime::int::as_int;
use crate::runtime::str::PyStr;
use crate::runtime::types::{Special, type_data};
use crate::runtime::value::*;
use crate::vm::{PyResult, Vm};
use std::rc::Rc;

pub fn construct(vm: &mut Vm, cls: &PyRef, args: &[Value], kw: &[Rc<PyStr>]) -> PyResult<Value> {
    let td = type_data(cls);
    let name = td.name.as_str();
    match td.kind {
        TypeKind::Type => {
            if args.len() == 1 && kw.is_empty() {
                return Ok(Value::Obj(vm.type_of(&args[0]).clone()));
            }
            if args.len() != 3 {
                return Err(vm.type_error("type() takes 1 or 3 arguments"));
            }
            let name = args[0]
                .as_str()
                .ok_or_else(|| vm.type_error("type.__new__() argument 1 must be str"))?
                .to_string();
            let bases: Vec<PyRef> = args[1]
                .as_tuple()
                .ok_or_else(|| vm.type_error("type.__new__() argument 2 must be tuple"))?
                .iter()
                .filter_map(|b| b.as_obj().cloned())
                .collect();
            let src = args[2]
                .as_dict()
                .ok_or_else(|| vm.type_error("type.__new__() argument 3 must be dict"))?;
            let ns = vm.new_dict(src.borrow().clone());
            let module = ns
                .as_dict()
                .and_then(|t| {
                    t.borrow()
                        .get_str("__module__", crate::runtime::str::str_hash(b"__module__"))
                        .cloned()
                })
                .and_then(|v| v.as_str().map(|s| s.to_string()))
                .unwrap_or_else(|| "__main__".into());
            let object = vm.types().object.clone();
            let c = crate::runtime::types::new_class(
                cls,
                &name,
                &name,
                &module,
                bases,
                ns.as_obj().cloned().expect("dict"),
                &object,
            )
            .map_err(|e| vm.type_error(e))?;
            vm.interp.type_epoch.set(vm.interp.type_epoch.get() + 1);
            Ok(Value::Obj(c))
        }
        TypeKind::Object => {
            if !args.is_empty() {
                return Err(vm.type_error("object() takes no arguments"));
            }
            Ok(Value::Obj(Rc::new(PyObject::new(
                cls.clone(),
                None,
                Payload::Plain,
            ))))
        }
        TypeKind::Int => {
            if kw.is_empty() && args.len() == 1 {
                return to_int(vm, &args[0]);
            }
            if let Some(bad) = kw.iter().find(|k| k.as_str() != "base") {
                return Err(vm.type_error(format!(
                    "'{}' is an invalid keyword argument for int()",
                    bad.as_str()
                )));
            }
            let a = ArgSpec::new("int", &["x", "base"], 0).parse(vm, args, kw)?;
            match (a.get(0), a.get(1)) {
                (None, None) => Ok(Value::Int(0)),
                (None, Some(_)) => Err(vm.type_error("int() missing string argument")),
                (Some(x), None) => to_int(vm, x),
                (Some(x), Some(b)) => {
                    let base = vm.int_arg(b, "")?;
                    if base != 0 && !(2..=36).contains(&base) {
                        return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
                    }
                    let s = match (x.as_str(), x.as_bytes()) {
                        (Some(s), _) => s.to_string(),
                        (_, Some(b)) => String::from_utf8_lossy(b).into_owned(),
                        _ => {
                            return Err(
                                vm.type_error("int() can't convert non-string with explicit base")
                            );
                        }
                    };
                    parse_int_str(vm, &s, base as u32)
                }
            }
        }
        TypeKind::Bool => {
            if args.len() > 1 {
                return Err(vm.type_error(format!(
                    "bool expected at most 1 argument, got {}",
                    args.len()
                )));
            }
            match args.first() {
                Some(v) => Ok(Value::bool(vm.truthy(v)?)),
                None => Ok(Value::Bool(B64::FALSE)),
            }
        }
        TypeKind::Float => {
            if args.len() > 1 {
                return Err(vm.type_error(format!(
                    "float expected at most 1 argument, got {}",
                    args.len()
                )));
            }
            match args.first() {
                None => Ok(Value::float(0.0)),
                Some(v) => to_float(vm, v).map(Value::float),
            }
        }
        TypeKind::Str => {
            // `str(x)`: the common case, without parsing a signature.
            if let [v] = args
                && kw.is_empty()
            {
                return vm.str_value(v);
            }
            let a =
                ArgSpec::new("str", &["object", "encoding", "errors"], 0).parse(vm, args, kw)?;
            match (a.get(0), a.get(1)) {
                (None, _) => Ok(vm.new_str("")),
                (Some(v), Some(_)) | (Some(v), None)
                    if v.as_bytes().is_some() && a.get(1).is_some() =>
                {
                    let b = v.as_bytes().expect("bytes");
                    match std::str::from_utf8(b) {
                        Ok(s) => Ok(vm.new_str(s)),
                        Err(_) => Err(vm.new_exception(
                            &vm.types().unicode_decode_error.clone(),
                            "'utf-8' codec can't decode bytes",
                        )),
                    }
                }
                (Some(v), _) => vm.str_value(v),
            }
        }
        TypeKind::Bytes => {
            let Some(v) = args.first() else {
                return Ok(vm.new_bytes(vec![]));
            };
            if let Some(s) = v.as_str() {
                if args.len() < 2 {
                    return Err(vm.type_error("string argument without an encoding"));
                }
                return Ok(vm.new_bytes(s.as_bytes().to_vec()));
            }
            if let Value::Int(n) = v {
                if *n < 0 {
                    return Err(vm.value_error("negative count"));
                }
                crate::embed::limits::check_alloc(vm, *n as usize)?;
                return Ok(vm.new_bytes(vec![0; *n as usize]));
            }
            if let Some(b) = v.as_bytes() {
                return Ok(vm.new_bytes(b.to_vec()));
            }
            let items = crate::builtins::seq::to_vec(vm, v).map_err(|_| {
                vm.type_error(format!(
                    "cannot convert '{}' object to bytes",
                    vm.type_name(v)
                ))
            })?;
            let mut out = Vec::with_capacity(items.len());
            for it in items {
                match as_int(&it) {
                    Some(crate::runtime::int::IntRef::Small(x)) if (0..256).contains(&x) => {
                        out.push(x as u8)
                    }
                    Some(_) => return Err(vm.value_error("bytes must be in range(0, 256)")),
                    None => {
                        return Err(vm.type_error(format!(
                            "'{}' object cannot be interpreted as an integer",
                            vm.type_name(&it)
                        )));
                    }
                }
            }
            Ok(vm.new_bytes(out))
        }
        TypeKind::List => {
            crate::builtins::args::no_kwargs(vm, "list", kw)?;
            if args.len() > 1 {
                return Err(vm.type_error(format!(
                    "list expected at most 1 argument, got {}",
                    args.len()
                )));
            }
            let items = match args.first() {
                Some(v) => crate::builtins::seq::to_vec(vm, v)?,
                None => vec![],
            };
            Ok(vm.new_list(items))
        }
        TypeKind::Tuple => {
            crate::builtins::args::no_kwargs(vm, "tuple", kw)?;
            if args.len() > 1 {
                return Err(vm.type_error(format!(
                    "tuple expected at most 1 argument, got {}",
                    args.len()
                )));
            }
            match args.first() {
                Some(v) if v.as_tuple().is_some() && !vm.is_heap(v) => Ok(v.clone()),
                Some(v) => {
                    let items = crate::builtins::seq::to_vec(vm, v)?;
                    Ok(vm.new_tuple(items))
                }
                None => Ok(vm.new_tuple(vec![])),
            }
        }
        TypeKind::Dict => {
            let d = vm.new_dict(DictTable::new());
            crate::builtins::dict::dict_init(vm, &d, args, kw)?;
            Ok(d)
        }
        TypeKind::Set | TypeKind::FrozenSet => {
            crate::builtins::args::no_kwargs(vm, name, kw)?;
            if args.len() > 1 {
                return Err(vm.type_error(format!(
                    "{name} expected at most 1 argument, got {}",
                    args.len()
                )));
            }
            let frozen = td.kind == TypeKind::FrozenSet;
            match args.first() {
                Some(v) => crate::builtins::set::set_from_iterable(vm, v, frozen),
                None => crate::builtins::set::new_set_from(vm, vec![], frozen),
            }
        }
        TypeKind::Range => {
            crate::builtins::args::no_kwargs(vm, "range", kw)?;
            let ints: Vec<i64> = {
                let mut v = Vec::new();
                for a in args {
                    v.push(vm.int_arg(a, "")?);
                }
                v
            };
            let (start, stop, step) = match ints.as_slice() {
                [stop] => (0, *stop, 1),
                [start, stop] => (*start, *stop, 1),
                [start, stop, step] => (*start, *stop, *step),
                [] => return Err(vm.type_error("range expected at least 1 argument, got 0")),
                _ => {
                    return Err(vm.type_error(format!(
                        "range expected at most 3 arguments, got {}",
                        ints.len()
                    )));
                }
            };
            if step == 0 {
                return Err(vm.value_error("range() arg 3 must not be zero"));
            }
            Ok(vm.new_object(
                &vm.types().range.clone(),
                Payload::Range(RangeData { start, stop, step }),
            ))
        }
        TypeKind::Slice => {
            let (a, b, c) = match args {
                [stop] => (Value::None, stop.clone(), Value::None),
                [a, b] => (a.clone(), b.clone(), Value::None),
                [a, b, c] => (a.clone(), b.clone(), c.clone()),
                _ => return Err(vm.type_error("slice expected at least 1 argument, got 0")),
            };
            Ok(vm.new_object(
                &vm.types().slice.clone(),
                Payload::Slice(Box::new([a, b, c])),
            ))
        }
        TypeKind::Property => {
            let a = ArgSpec::new("property", &["fget", "fset", "fdel", "doc"], 0)
                .parse(vm, args, kw)?;
            let g = |i: usize| a.get(i).cloned().unwrap_or(Value::None);
            Ok(vm.new_object(
                &vm.types().property.clone(),
                Payload::Property(Box::new([g(0), g(1), g(2)])),
            ))
        }
        TypeKind::StaticMethod => {
            let f = args
                .first()
                .cloned()
                .ok_or_else(|| vm.type_error("staticmethod expected 1 argument, got 0"))?;
            Ok(vm.new_object(&vm.types().staticmethod.clone(), Payload::StaticMethod(f)))
        }
        TypeKind::ClassMethod => {
            let f = args
                .first()
                .cloned()
                .ok_or_else(|| vm.type_error("classmethod expected 1 argument, got 0"))?;
            Ok(vm.new_object(&vm.types().classmethod.clone(), Payload::ClassMethod(f)))
        }
        TypeKind::Super => match args {
            [c, o] => crate::builtins::classes::make_super(vm, c, o),
            _ => Err(vm.runtime_error("super(): no arguments")),
        },
        TypeKind::Exception => {
            let npos = args.len() - kw.len();
            let is_import =
                crate::runtime::types::is_subtype(cls, &vm.types().import_error.clone());
            if !kw.is_empty() && !is_import {
                return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
            }
            // `OSError(errno, strerror, ...)` picks the subclass for the errno, as CPython.
            let cls = &match (Rc::ptr_eq(cls, &vm.types().os_error), args.first()) {
                (true, Some(Value::Int(errno))) if npos >= 2 => {
                    os_error_subclass(vm, *errno).unwrap_or_else(|| cls.clone())
                }
                _ => cls.clone(),
            };
            let e = vm.new_exception_args(cls, args[..npos].to_vec());
            let ev = Value::Obj(e.0);
            for (k, n) in kw.iter().enumerate() {
                if !matches!(n.as_str(), "name" | "path") {
                    return Err(vm.type_error(format!(
                        "'{}' is an invalid keyword argument for {name}()",
                        n.as_str()
                    )));
                }
                let key = vm.intern(n.as_str());
                vm.generic_setattr(&ev, &key, args[npos + k].clone())?;
            }
            Ok(ev)
        }
        TypeKind::NoneType => Ok(Value::None),
        _ => Err(vm.type_error(format!("cannot create '{name}' instances"))),
    }
}

/// `int(x)` for one argument.
pub fn to_int(vm: &mut Vm, x: &Value) -> PyResult<Value> {
    match x {
        Value::Int(_) => return Ok(x.clone()),
        Value::Bool(b) => return Ok(Value::Int(b.get() as i64)),
        Value::Float(f) => return crate::runtime::int::float_to_int(vm, f.get()),
        _ => {}
    }
    if let Some(b) = x.as_bigint() {
        return Ok(vm.new_bigint(b.clone()));
    }
    if let Some(s) = x.as_str() {
        return parse_int_str(vm, s, 10);
    }
    if let Some(b) = x.as_bytes() {
        let s = String::from_utf8_lossy(b).into_owned();
        return parse_int_str(vm, &s, 10);
    }
    if vm.is_heap(x) {
        if let Some(r) = vm.call_special(x, Special::Int, &[])? {
            return Ok(r);
        }
        if let Some(r) = vm.call_special(x, Special::Index, &[])? {
            return Ok(r);
        }
    }
    Err(vm.type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        vm.type_name(x)
    )))
}

pub fn parse_int_str(vm: &mut Vm, s: &str, base: u32) -> PyResult<Value> {
    if base == 10
        && let Some(i) = crate::runtime::numparse::parse_i64_fast(s)
    {
        return Ok(Value::Int(i));
    }
    match crate::runtime::numparse::parse_int(s, base) {
        Some(b) => Ok(vm.new_bigint(b)),
        None => {
            let r = crate::runtime::strops::str_repr(s);
            Err(vm.value_error(format!("invalid literal for int() with base {base}: {r}")))
        }
    }
}

/// `float(x)`.
/// The `OSError` subclass CPython picks for an errno (`OSError(2, ...)` is a
/// `FileNotFoundError`).
pub fn os_error_subclass(vm: &Vm, errno: i64) -> Option<PyRef> {
    let t = vm.types();
    Some(match errno {
        1 | 13 => t.permission_error.clone(),
        2 => t.file_not_found_error.clone(),
        3 => t.process_lookup_error.clone(),
        4 => t.interrupted_error.clone(),
        10 => t.child_process_error.clone(),
        17 => t.file_exists_error.clone(),
        20 => t.not_a_directory_error.clone(),
        21 => t.is_a_directory_error.clone(),
        32 | 108 => t.broken_pipe_error.clone(),
        110 => t.timeout_error.clone(),
        _ => return None,
    })
}

pub fn to_float(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => return Ok(f.get()),
        Value::Int(i) => return Ok(*i as f64),
        Value::Bool(b) => return Ok(b.get() as i64 as f64),
        _ => {}
    }
    if let Some(b) = v.as_bigint() {
        return num_traits::ToPrimitive::to_f64(b)
            .filter(|f| f.is_finite())
            .ok_or_else(|| vm.overflow_error("int too large to convert to float"));
    }
    if let Some(s) = v.as_str() {
        return crate::runtime::numparse::parse_float(s).ok_or_else(|| {
            vm.value_error(format!(
                "could not convert string to float: {}",
                crate::runtime::strops::str_repr(s)
            ))
        });
    }
    if vm.is_heap(v) {
        if let Some(r) = vm.call_special(v, Special::Float, &[])? {
            if let Value::Float(f) = r {
                return Ok(f.get());
            }
            return Err(vm.type_error("__float__ returned non-float"));
        }
        if let Some(r) = vm.call_special(v, Special::Index, &[])? {
            return to_float(vm, &r);
        }
    }
    Err(vm.type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        vm.type_name(v)
    )))
}
