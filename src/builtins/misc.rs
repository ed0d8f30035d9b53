//! Methods of the smaller builtin types: `int`, `float`, `tuple`, `bytes`, `range`,
//! dict views, `property`.

use crate::runtime::int::as_int;
use crate::runtime::str::PyStr;
use crate::runtime::value::*;
use crate::vm::{PyResult, Vm};
use std::rc::Rc;

type Kw<'a> = &'a [Rc<PyStr>];

fn int_bit_length(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    match as_int(&args[0]) {
        Some(crate::runtime::int::IntRef::Small(i)) => Ok(Value::Int(64 - i.unsigned_abs().leading_zeros() as i64)),
        Some(crate::runtime::int::IntRef::Big(b)) => Ok(Value::Int(b.bits() as i64)),
        None => Err(vm.type_error("descriptor 'bit_length' requires an 'int' object")),
    }
}

fn int_conjugate(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(args[0].clone())
}

fn float_is_integer(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    match &args[0] {
        Value::Float(f) => Ok(Value::Bool(f.is_finite() && f.fract() == 0.0)),
        _ => Err(vm.type_error("descriptor 'is_integer' requires a 'float' object")),
    }
}

fn seq_items(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    crate::builtins::seq::to_vec(vm, v)
}

fn tuple_count(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let items = seq_items(vm, &args[0])?;
    let x = args.get(1).cloned().unwrap_or_default();
    let mut c = 0;
    for it in &items {
        if vm.eq(it, &x)? {
            c += 1;
        }
    }
    Ok(Value::Int(c))
}

fn tuple_index(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let items = seq_items(vm, &args[0])?;
    let x = args.get(1).cloned().unwrap_or_default();
    let n = items.len() as i64;
    let norm = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) };
    let start = match args.get(2) { Some(v) => norm(vm.int_arg(v, "")?), None => 0 } as usize;
    let stop = match args.get(3) { Some(v) => norm(vm.int_arg(v, "")?), None => n } as usize;
    for (i, it) in items.iter().enumerate().take(stop).skip(start) {
        if vm.eq(it, &x)? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}

fn bytes_decode(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let b = args[0].as_bytes().unwrap_or(&[]);
    match std::str::from_utf8(b) {
        Ok(s) => Ok(vm.new_str(s)),
        Err(e) => {
            let pos = e.valid_up_to();
            Err(vm.new_exception(
                &vm.types().unicode_decode_error.clone(),
                format!(
                    "'utf-8' codec can't decode byte 0x{:02x} in position {}: invalid start byte",
                    b[pos], pos
                ),
            ))
        }
    }
}

fn range_index(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let Some(Payload::Range(r)) = args[0].payload() else { return Ok(Value::None) };
    let r = *r;
    let x = args.get(1).cloned().unwrap_or_default();
    if let Value::Int(i) = x {
        let ok = if r.step > 0 { i >= r.start && i < r.stop } else { i <= r.start && i > r.stop };
        if ok && (i - r.start) % r.step == 0 {
            return Ok(Value::Int((i - r.start) / r.step));
        }
    }
    let rep = vm.repr(&x)?;
    Err(vm.value_error(format!("{rep} is not in range")))
}

fn range_count(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(range_index(vm, args, kw).is_ok() as i64))
}

fn property_setter(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    prop_with(vm, args, 1)
}
fn property_getter(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    prop_with(vm, args, 0)
}
fn property_deleter(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    prop_with(vm, args, 2)
}

fn prop_with(vm: &mut Vm, args: &[Value], slot: usize) -> PyResult<Value> {
    let Some(Payload::Property(p)) = args[0].payload() else {
        return Err(vm.type_error("descriptor requires a 'property' object"));
    };
    let mut parts = (**p).clone();
    parts[slot] = args.get(1).cloned().unwrap_or(Value::None);
    Ok(vm.new_object(&vm.types().property.clone(), Payload::Property(Box::new(parts))))
}

pub fn install(vm: &mut Vm) {
    use crate::builtins::classes::add_methods;
    let t = vm.types();
    let (int, float, tuple, bytes, range, property) =
        (t.int.clone(), t.float.clone(), t.tuple.clone(), t.bytes.clone(), t.range.clone(), t.property.clone());
    add_methods(vm, &int, &[("bit_length", int_bit_length), ("conjugate", int_conjugate)]);
    add_methods(vm, &float, &[("is_integer", float_is_integer)]);
    add_methods(vm, &tuple, &[("count", tuple_count), ("index", tuple_index)]);
    add_methods(vm, &bytes, &[("decode", bytes_decode)]);
    add_methods(vm, &range, &[("count", range_count), ("index", range_index)]);
    add_methods(
        vm,
        &property,
        &[("deleter", property_deleter), ("getter", property_getter), ("setter", property_setter)],
    );
}
