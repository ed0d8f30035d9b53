//! Exception objects: `BaseException` methods (`__init__`, `__str__`, `__repr__`,
//! `with_traceback`, `add_note`) and attributes of particular classes (`StopIteration.value`,
//! `SystemExit.code`, `OSError.errno` ...).

use crate::runtime::str::PyStr;
use crate::runtime::types::is_subtype;
use crate::runtime::value::*;
use crate::vm::{PyResult, Vm};
use std::rc::Rc;

/// Class-specific exception attributes; `None` when not applicable.
pub fn exception_attr(vm: &mut Vm, exc: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(Payload::Exception(e)) = exc.payload() else {
        return Ok(None);
    };
    let args = e.borrow().args.clone();
    let items = args.as_tuple().map(|t| t.to_vec()).unwrap_or_default();
    let ty = vm.type_of(exc).clone();
    let t = vm.types();
    let first = || items.first().cloned().unwrap_or(Value::None);
    Ok(match name {
        "value" if is_subtype(&ty, &t.stop_iteration) => Some(first()),
        "code" if is_subtype(&ty, &t.system_exit) => Some(match items.len() {
            0 => Value::None,
            1 => first(),
            _ => args.clone(),
        }),
        "errno" if is_subtype(&ty, &t.os_error) => Some(if items.len() >= 2 {
            items[0].clone()
        } else {
            Value::None
        }),
        "strerror" if is_subtype(&ty, &t.os_error) => Some(if items.len() >= 2 {
            items[1].clone()
        } else {
            Value::None
        }),
        "filename" if is_subtype(&ty, &t.os_error) => {
            Some(items.get(2).cloned().unwrap_or(Value::None))
        }
        "name" | "path" if is_subtype(&ty, &t.import_error) || is_subtype(&ty, &t.name_error) => {
            Some(Value::None)
        }
        "msg" if is_subtype(&ty, &t.syntax_error) => Some(first()),
        _ => None,
    })
}

fn recv(vm: &Vm, args: &[Value]) -> PyResult<PyRef> {
    match args.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Exception(_)) => Ok(o.clone()),
        _ => Err(vm.type_error("descriptor requires a 'BaseException' object")),
    }
}

fn m_init(vm: &mut Vm, args: &[Value], kw: &[Rc<PyStr>]) -> PyResult<Value> {
    let o = recv(vm, args)?;
    let npos = args.len() - kw.len();
    let a = vm.new_tuple(args[1..npos].to_vec());
    if let Payload::Exception(e) = &o.payload {
        e.borrow_mut().args = a;
    }
    Ok(Value::None)
}

fn m_str(vm: &mut Vm, args: &[Value], _kw: &[Rc<PyStr>]) -> PyResult<Value> {
    let o = recv(vm, args)?;
    let Payload::Exception(e) = &o.payload else {
        unreachable!()
    };
    let a = e.borrow().args.clone();
    let items = a.as_tuple().map(|t| t.to_vec()).unwrap_or_default();
    let s = match items.len() {
        0 => String::new(),
        1 => vm.to_str(&items[0])?,
        _ => vm.repr(&a)?,
    };
    Ok(vm.new_string(s))
}

fn m_repr(vm: &mut Vm, args: &[Value], _kw: &[Rc<PyStr>]) -> PyResult<Value> {
    let o = recv(vm, args)?;
    let Payload::Exception(e) = &o.payload else {
        unreachable!()
    };
    let a = e.borrow().args.clone();
    let items = a.as_tuple().map(|t| t.to_vec()).unwrap_or_default();
    let name = o.type_data().name.clone();
    let inner = if items.len() == 1 {
        vm.repr(&items[0])?
    } else {
        let r = vm.repr(&a)?;
        r[1..r.len() - 1].trim_end_matches(',').to_string()
    };
    Ok(vm.new_string(format!("{name}({inner})")))
}

fn m_with_traceback(vm: &mut Vm, args: &[Value], _kw: &[Rc<PyStr>]) -> PyResult<Value> {
    let o = recv(vm, args)?;
    Ok(Value::Obj(o))
}

fn m_add_note(vm: &mut Vm, args: &[Value], _kw: &[Rc<PyStr>]) -> PyResult<Value> {
    let o = recv(vm, args)?;
    let note = args.get(1).cloned().unwrap_or(Value::None);
    let notes = match vm.getattr_opt(&Value::Obj(o.clone()), &PyStr::new("__notes__"))? {
        Some(n) => n,
        None => {
            let l = vm.new_list(vec![]);
            let key = vm.intern("__notes__");
            vm.generic_setattr(&Value::Obj(o.clone()), &key, l.clone())?;
            l
        }
    };
    if let Some(l) = notes.as_list() {
        l.borrow_mut().push(note);
    }
    Ok(Value::None)
}

pub const METHODS: &[(&str, NativeFn)] = &[
    ("__init__", m_init),
    ("__repr__", m_repr),
    ("__str__", m_str),
    ("add_note", m_add_note),
    ("with_traceback", m_with_traceback),
];
