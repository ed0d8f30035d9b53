//! The `sys` module.

use crate::runtime::str::PyStr;
use crate::runtime::value::*;
use crate::vm::{PyResult, Vm};
use std::rc::Rc;

type Kw<'a> = &'a [Rc<PyStr>];

fn exit(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    let code = args
        .first()
        .filter(|v| !v.is_none())
        .cloned()
        .into_iter()
        .collect();
    Err(vm.new_exception_args(&vm.types().system_exit.clone(), code))
}

fn getrecursionlimit(vm: &mut Vm, _a: &[Value], _k: Kw) -> PyResult<Value> {
    Ok(Value::Int(vm.interp.recursion_limit.get() as i64))
}

fn setrecursionlimit(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    let Some(v) = args.first() else {
        return Err(vm.type_error("setrecursionlimit() takes exactly one argument (0 given)"));
    };
    let n = vm.int_arg(v, "")?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    vm.interp.recursion_limit.set(n as usize);
    Ok(Value::None)
}

fn exc_info(vm: &mut Vm, _a: &[Value], _k: Kw) -> PyResult<Value> {
    let h = vm.handled.clone();
    if h.is_undef() || h.is_none() {
        return Ok(vm.new_tuple(vec![Value::None, Value::None, Value::None]));
    }
    let ty = Value::Obj(vm.type_of(&h).clone());
    let tb = vm.traceback_object(&h);
    Ok(vm.new_tuple(vec![ty, h, tb]))
}

fn exception(vm: &mut Vm, _a: &[Value], _k: Kw) -> PyResult<Value> {
    let h = vm.handled.clone();
    Ok(if h.is_undef() { Value::None } else { h })
}

fn intern(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    match args.first().and_then(|v| v.as_str()) {
        Some(s) => Ok(vm.intern(s)),
        None => Err(vm.type_error("intern() argument must be str")),
    }
}

fn getsizeof(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    let n = match args.first() {
        Some(v) => 16 + 8 * vm.len(v).unwrap_or(0) as i64,
        None => 0,
    };
    Ok(Value::Int(n))
}

fn getswitchinterval(vm: &mut Vm, _a: &[Value], _k: Kw) -> PyResult<Value> {
    Ok(Value::float(crate::gil::switch_interval(vm)))
}

fn setswitchinterval(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    if args.len() != 1 {
        return Err(vm.type_error(format!(
            "setswitchinterval() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    let v = args[0].clone();
    if v.as_str().is_some() || v.payload().is_some_and(|p| matches!(p, Payload::Bytes(_))) {
        return Err(vm.type_error(format!("must be real number, not {}", vm.type_name(&v))));
    }
    let f = crate::builtins::constructors::to_float(vm, &v)?;
    if f <= 0.0 {
        return Err(vm.value_error("switch interval must be strictly positive"));
    }
    crate::gil::set_switch_interval(vm, f);
    Ok(Value::None)
}

/// `sys.excepthook(type, value, traceback)`: print the exception like an uncaught one.
fn excepthook(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    if args.len() != 3 {
        return Err(vm.type_error(format!(
            "excepthook expected 3 arguments, got {}",
            args.len()
        )));
    }
    match &args[1] {
        Value::Obj(o) if matches!(o.payload, Payload::Exception(_)) => {
            let text = vm.format_exception(&crate::vm::PyErr(o.clone()));
            vm.write_stderr(&text);
        }
        other => {
            let s = vm.to_str(other)?;
            vm.write_stderr(&format!(
                "TypeError: print_exception(): Exception expected for value, {} found\n{s}\n",
                vm.type_name(other)
            ));
        }
    }
    Ok(Value::None)
}

/// Create the `sys` module once per interpreter.
pub fn init(vm: &mut Vm, m: &Value) -> PyResult<()> {
    super::add_functions(
        vm,
        m,
        &[
            ("exc_info", exc_info),
            ("exception", exception),
            ("excepthook", excepthook),
            ("exit", exit),
            ("getrecursionlimit", getrecursionlimit),
            ("getsizeof", getsizeof),
            ("getswitchinterval", getswitchinterval),
            ("intern", intern),
            ("setrecursionlimit", setrecursionlimit),
            ("setswitchinterval", setswitchinterval),
        ],
    );
    let argv: Vec<Value> = vm
        .interp
        .argv
        .borrow()
        .clone()
        .iter()
        .map(|a| vm.new_str(a))
        .collect();
    let argv = vm.new_list(argv);
    super::set_attr(vm, m, "argv", argv);
    let path: Vec<Value> = vm
        .interp
        .sys_path
        .borrow()
        .clone()
        .iter()
        .map(|a| vm.new_str(a))
        .collect();
    let path = vm.new_list(path);
    super::set_attr(vm, m, "path", path);
    let modules = Value::Obj(vm.interp.modules.clone());
    super::set_attr(vm, m, "modules", modules);
    let stdout = super::io::std_stream(vm, super::io::FileKind::Stdout);
    let stderr = super::io::std_stream(vm, super::io::FileKind::Stderr);
    let stdin = super::io::std_stream(vm, super::io::FileKind::Stdin);
    for (n, v) in [("stdout", &stdout), ("stderr", &stderr), ("stdin", &stdin)] {
        super::set_attr(vm, m, n, v.clone());
        super::set_attr(vm, m, &format!("__{n}__"), v.clone());
    }
    let version = vm.new_str("3.11.7 (garter 0.1.0)");
    super::set_attr(vm, m, "version", version);
    let vi = vm.new_tuple(vec![
        Value::Int(3),
        Value::Int(11),
        Value::Int(7),
        Value::None,
        Value::Int(0),
    ]);
    if let Some(Payload::Tuple(t)) = vi.payload() {
        let fin = vm.new_str("final");
        let mut items = t.to_vec();
        items[3] = fin;
        let vi = vm.new_tuple(items);
        super::set_attr(vm, m, "version_info", vi);
    }
    for (n, v) in [
        ("platform", "linux"),
        ("byteorder", "little"),
        ("executable", "garter"),
    ] {
        let s = vm.new_str(v);
        super::set_attr(vm, m, n, s);
    }
    let exe = std::env::current_exe()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default();
    let exe = vm.new_string(exe);
    super::set_attr(vm, m, "executable", exe);
    super::set_attr(vm, m, "maxsize", Value::Int(i64::MAX));
    let impl_name = vm.new_str("garter");
    super::set_attr(vm, m, "implementation_name", impl_name.clone());
    // `sys.implementation`: a namespace with `name`, `cache_tag`, `version`.
    let ns_t = crate::runtime::types::native_type(vm, "SimpleNamespace", "types");
    let ns_dict = match vm.new_dict(Default::default()) {
        Value::Obj(d) => d,
        _ => unreachable!(),
    };
    let ns = Value::Obj(Rc::new(PyObject::new(ns_t, Some(ns_dict), Payload::Plain)));
    let vi = vm.getattr_str(m, "version_info")?;
    for (k, v) in [
        ("name", impl_name),
        ("cache_tag", Value::None),
        ("version", vi),
    ] {
        let key = vm.intern(k);
        vm.setattr(&ns, &key, v)?;
    }
    super::set_attr(vm, m, "implementation", ns);
    let dh = vm.load_global(&vm.interp.builtins.clone(), &vm.intern("__displayhook__"))?;
    super::set_attr(vm, m, "displayhook", dh.clone());
    super::set_attr(vm, m, "__displayhook__", dh);
    let eh = vm.getattr_str(m, "excepthook")?;
    super::set_attr(vm, m, "__excepthook__", eh);
    *vm.interp.sys.borrow_mut() = m.as_obj().cloned();
    Ok(())
}
