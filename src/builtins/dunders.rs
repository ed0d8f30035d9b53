//! Special methods of builtin types as callable attributes (`[].__len__`,
//! `dict.__getitem__`, `iter(x).__next__` ...), each delegating to the VM protocol the
//! operators already use, so both paths agree.

use crate::bytecode::op::CmpKind;
use crate::runtime::str::PyStr;
use crate::runtime::value::*;
use crate::vm::{PyResult, Vm};
use std::rc::Rc;

type Kw<'a> = &'a [Rc<PyStr>];

fn arity(vm: &Vm, args: &[Value], n: usize) -> PyResult<()> {
    if args.len() != n {
        let given = args.len().saturating_sub(1);
        let want = n - 1;
        return Err(vm.type_error(format!(
            "expected {want} argument{}, got {given}",
            if want == 1 { "" } else { "s" }
        )));
    }
    Ok(())
}

fn d_len(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    arity(vm, a, 1)?;
    Ok(Value::Int(vm.len_builtin(&a[0])? as i64))
}
fn d_getitem(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    arity(vm, a, 2)?;
    vm.getitem_builtin(&a[0], &a[1])
}
fn d_setitem(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    arity(vm, a, 3)?;
    vm.setitem_builtin(&a[0], &a[1], a[2].clone())?;
    Ok(Value::None)
}
fn d_delitem(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    arity(vm, a, 2)?;
    vm.delitem_builtin(&a[0], &a[1])?;
    Ok(Value::None)
}
fn d_contains(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    arity(vm, a, 2)?;
    Ok(Value::bool(vm.contains_builtin(&a[0], &a[1])?))
}
fn d_iter(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    arity(vm, a, 1)?;
    vm.get_iter_builtin(&a[0])
}
fn d_next(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    arity(vm, a, 1)?;
    match vm.iter_next(&a[0])? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(Value::None)),
    }
}
fn d_hash(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    arity(vm, a, 1)?;
    Ok(Value::Int(vm.hash(&a[0])?))
}
fn d_repr(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    arity(vm, a, 1)?;
    let s = vm.repr(&a[0])?;
    Ok(vm.new_string(s))
}
fn d_str(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    arity(vm, a, 1)?;
    vm.str_value(&a[0])
}

fn cmp(vm: &mut Vm, a: &[Value], op: CmpKind) -> PyResult<Value> {
    arity(vm, a, 2)?;
    match vm.native_compare(&a[0], &a[1], op)? {
        Some(b) => Ok(Value::bool(b)),
        None => Ok(vm.interp.not_implemented.clone()),
    }
}
fn d_eq(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    cmp(vm, a, CmpKind::Eq)
}
fn d_ne(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    cmp(vm, a, CmpKind::Ne)
}
fn d_lt(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    cmp(vm, a, CmpKind::Lt)
}
fn d_le(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    cmp(vm, a, CmpKind::Le)
}
fn d_gt(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    cmp(vm, a, CmpKind::Gt)
}
fn d_ge(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    cmp(vm, a, CmpKind::Ge)
}

fn binop(vm: &mut Vm, a: &[Value], op: crate::bytecode::op::BinOpKind) -> PyResult<Value> {
    arity(vm, a, 2)?;
    match crate::runtime::binops::native_binop(vm, &a[0], &a[1], op)? {
        Some(v) => Ok(v),
        None => Ok(vm.interp.not_implemented.clone()),
    }
}
fn d_add(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    binop(vm, a, crate::bytecode::op::BinOpKind::Add)
}
fn d_mul(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    binop(vm, a, crate::bytecode::op::BinOpKind::Mul)
}
fn d_sub(vm: &mut Vm, a: &[Value], _k: Kw) -> PyResult<Value> {
    binop(vm, a, crate::bytecode::op::BinOpKind::Sub)
}

const CONTAINER: &[(&str, NativeFn)] = &[
    ("__contains__", d_contains),
    ("__iter__", d_iter),
    ("__len__", d_len),
];
/// Only for subscriptable containers (not sets or dict views).
const SUBSCRIPT: &[(&str, NativeFn)] = &[("__getitem__", d_getitem)];
const MUTABLE: &[(&str, NativeFn)] = &[("__delitem__", d_delitem), ("__setitem__", d_setitem)];
const COMPARE: &[(&str, NativeFn)] = &[
    ("__eq__", d_eq),
    ("__ge__", d_ge),
    ("__gt__", d_gt),
    ("__le__", d_le),
    ("__lt__", d_lt),
    ("__ne__", d_ne),
];
const ITERATOR: &[(&str, NativeFn)] = &[("__iter__", d_iter), ("__next__", d_next)];
const BASICS: &[(&str, NativeFn)] = &[
    ("__hash__", d_hash),
    ("__repr__", d_repr),
    ("__str__", d_str),
];
const ARITH: &[(&str, NativeFn)] = &[("__add__", d_add), ("__mul__", d_mul), ("__sub__", d_sub)];

pub fn install(vm: &mut Vm) {
    use crate::builtins::classes::add_methods;
    let t = vm.types();
    let containers = [
        t.list.clone(),
        t.tuple.clone(),
        t.str.clone(),
        t.bytes.clone(),
        t.dict.clone(),
        t.set.clone(),
        t.frozenset.clone(),
        t.range.clone(),
        t.dict_keys.clone(),
        t.dict_values.clone(),
        t.dict_items.clone(),
    ];
    let mutable = [t.list.clone(), t.dict.clone()];
    let numbers = [t.int.clone(), t.float.clone(), t.bool_.clone()];
    let iters: Vec<PyRef> = t
        .iter_types
        .iter()
        .cloned()
        .chain([t.iterator.clone()])
        .collect();
    let seqs = [t.list.clone(), t.tuple.clone(), t.str.clone()];
    let subscriptable = [
        t.list.clone(),
        t.tuple.clone(),
        t.str.clone(),
        t.bytes.clone(),
        t.dict.clone(),
        t.range.clone(),
    ];
    for c in &containers {
        add_methods(vm, c, CONTAINER);
        add_methods(vm, c, COMPARE);
        add_methods(vm, c, BASICS);
    }
    for c in &subscriptable {
        add_methods(vm, c, SUBSCRIPT);
    }
    for c in &mutable {
        add_methods(vm, c, MUTABLE);
    }
    for c in &numbers {
        add_methods(vm, c, COMPARE);
        add_methods(vm, c, BASICS);
        add_methods(vm, c, ARITH);
    }
    for c in &seqs {
        add_methods(vm, c, &ARITH[..2]);
    }
    for c in &iters {
        add_methods(vm, c, ITERATOR);
    }
}
