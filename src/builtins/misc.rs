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
        Some(crate::runtime::int::IntRef::Small(i)) => {
            Ok(Value::Int(64 - i.unsigned_abs().leading_zeros() as i64))
        }
        Some(crate::runtime::int::IntRef::Big(b)) => Ok(Value::Int(b.bits() as i64)),
        None => Err(vm.type_error("descriptor 'bit_length' requires an 'int' object")),
    }
}

fn int_conjugate(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(args[0].clone())
}

fn float_is_integer(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    match &args[0] {
        Value::Float(f) => Ok(Value::bool(f.get().is_finite() && f.get().fract() == 0.0)),
        _ => Err(vm.type_error("descriptor 'is_integer' requires a 'float' object")),
    }
}

fn float_as_integer_ratio(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let Value::Float(f) = args[0] else {
        return Err(vm.type_error("descriptor 'as_integer_ratio' requires a 'float' object"));
    };
    if f.get().is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    if f.get().is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    let bits = f.get().to_bits();
    let sign: i64 = if bits >> 63 == 1 { -1 } else { 1 };
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = if exp == 0 {
        (bits & ((1 << 52) - 1)) << 1
    } else {
        (bits & ((1 << 52) - 1)) | (1 << 52)
    };
    let mut num: num_bigint::BigInt = num_bigint::BigInt::from(mant) * sign;
    let mut den = num_bigint::BigInt::from(1);
    let e = exp - 1075;
    if e > 0 {
        num <<= e as u64;
    } else {
        den <<= (-e) as u64;
    }
    use num_integer::Integer;
    let g = num.gcd(&den);
    if g > num_bigint::BigInt::from(1) {
        num /= &g;
        den /= &g;
    }
    let (n, d) = (vm.new_bigint(num), vm.new_bigint(den));
    Ok(vm.new_tuple(vec![n, d]))
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
    let start = match args.get(2) {
        Some(v) => norm(vm.int_arg(v, "")?),
        None => 0,
    } as usize;
    let stop = match args.get(3) {
        Some(v) => norm(vm.int_arg(v, "")?),
        None => n,
    } as usize;
    for (i, it) in items.iter().enumerate().take(stop).skip(start) {
        if vm.eq(it, &x)? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}

fn range_index(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let Some(Payload::Range(r)) = args[0].payload() else {
        return Ok(Value::None);
    };
    let r = *r;
    let x = args.get(1).cloned().unwrap_or_default();
    if let Value::Int(i) = x {
        let ok = if r.step > 0 {
            i >= r.start && i < r.stop
        } else {
            i <= r.start && i > r.stop
        };
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

/// `property.__get__(obj, type=None)`, `__set__(obj, value)`, `__delete__(obj)`: the
/// descriptor protocol called explicitly (attribute access uses the fast path).
fn prop_call(vm: &mut Vm, args: &[Value], slot: usize, what: &str) -> PyResult<Value> {
    let Some(Payload::Property(p)) = args[0].payload() else {
        return Err(vm.type_error("descriptor requires a 'property' object"));
    };
    let Some(obj) = args.get(1) else {
        return Err(vm.type_error(format!("expected at least 1 argument, got 0 ({what})")));
    };
    if slot == 0 && obj.is_none() {
        return Ok(args[0].clone());
    }
    let f = p[slot].clone();
    if f.is_none() {
        let kind = ["getter", "setter", "deleter"][slot];
        return Err(vm.attribute_error(format!(
            "property of '{}' object has no {kind}",
            vm.type_name(obj)
        )));
    }
    let mut call_args = vec![obj.clone()];
    if slot == 1 {
        call_args.push(args.get(2).cloned().unwrap_or(Value::None));
    }
    vm.call(&f, &call_args, &[])
}

fn property_get(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    prop_call(vm, args, 0, "__get__")
}
fn property_set(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    prop_call(vm, args, 1, "__set__").map(|_| Value::None)
}
fn property_delete(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    prop_call(vm, args, 2, "__delete__").map(|_| Value::None)
}

fn prop_with(vm: &mut Vm, args: &[Value], slot: usize) -> PyResult<Value> {
    let Some(Payload::Property(p)) = args[0].payload() else {
        return Err(vm.type_error("descriptor requires a 'property' object"));
    };
    let mut parts = (**p).clone();
    parts[slot] = args.get(1).cloned().unwrap_or(Value::None);
    Ok(vm.new_object(
        &vm.types().property.clone(),
        Payload::Property(Box::new(parts)),
    ))
}

fn slice_indices(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let Some(Payload::Slice(s)) = args[0].payload() else {
        return Err(vm.type_error("descriptor 'indices' requires a 'slice' object"));
    };
    let s = s.clone();
    let Some(n) = args.get(1) else {
        return Err(vm.type_error("slice.indices() takes exactly one argument (0 given)"));
    };
    let n = vm.int_arg(n, "")?;
    if n < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let si = vm.slice_indices(&s, n as usize)?;
    Ok(vm.new_tuple(vec![
        Value::Int(si.start),
        Value::Int(si.stop),
        Value::Int(si.step),
    ]))
}

fn int_to_bytes(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = crate::builtins::args::ArgSpec::new(
        "to_bytes",
        &["self", "length", "byteorder", "signed"],
        1,
    )
    .parse(vm, args, kw)?;
    let v = as_int(&a[0]).map(|i| i.to_big()).unwrap_or_default();
    let len = match a.get(1) {
        Some(l) => vm.int_arg(l, "")?,
        None => 1,
    } as usize;
    let little = a
        .get(2)
        .and_then(|b| b.as_str())
        .map(|s| s == "little")
        .unwrap_or(false);
    let signed = match a.get(3) {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    if !signed && v.sign() == num_bigint::Sign::Minus {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = v.to_signed_bytes_le();
    if !signed && bytes.len() > 1 && *bytes.last().unwrap_or(&1) == 0 {
        bytes.pop();
    }
    if bytes.len() > len && !(bytes.len() == len + 1 && !signed && bytes[len] == 0) {
        return Err(vm.overflow_error("int too big to convert"));
    }
    let fill = if v.sign() == num_bigint::Sign::Minus {
        0xff
    } else {
        0
    };
    bytes.resize(len, fill);
    if !little {
        bytes.reverse();
    }
    Ok(vm.new_bytes(bytes))
}

fn int_from_bytes(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = crate::builtins::args::ArgSpec::new(
        "from_bytes",
        &["cls", "bytes", "byteorder", "signed"],
        2,
    )
    .parse(vm, args, kw)?;
    let data = crate::builtins::seq::to_vec(vm, &a[1])?;
    let mut bytes: Vec<u8> = data
        .iter()
        .map(|v| match v {
            Value::Int(i) => *i as u8,
            _ => 0,
        })
        .collect();
    let little = a
        .get(2)
        .and_then(|b| b.as_str())
        .map(|s| s == "little")
        .unwrap_or(false);
    if !little {
        bytes.reverse();
    }
    let signed = match a.get(3) {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    let v = if signed {
        num_bigint::BigInt::from_signed_bytes_le(&bytes)
    } else {
        num_bigint::BigInt::from_bytes_le(num_bigint::Sign::Plus, &bytes)
    };
    Ok(vm.new_bigint(v))
}

fn view_isdisjoint(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let other = args.get(1).cloned().unwrap_or(Value::None);
    let mine = crate::builtins::seq::to_vec(vm, &args[0])?;
    let theirs = crate::builtins::seq::to_vec(vm, &other)?;
    for a in &mine {
        for b in &theirs {
            if vm.eq(a, b)? {
                return Ok(Value::Bool(B64::FALSE));
            }
        }
    }
    Ok(Value::Bool(B64::TRUE))
}

pub fn install(vm: &mut Vm) {
    use crate::builtins::classes::add_methods;
    let t = vm.types();
    let (int, float, tuple, range, property) = (
        t.int.clone(),
        t.float.clone(),
        t.tuple.clone(),
        t.range.clone(),
        t.property.clone(),
    );
    add_methods(
        vm,
        &int,
        &[
            ("bit_length", int_bit_length),
            ("conjugate", int_conjugate),
            ("to_bytes", int_to_bytes),
        ],
    );
    let fb = vm.new_builtin("from_bytes", int_from_bytes);
    let fb = vm.new_object(&vm.types().classmethod.clone(), Payload::ClassMethod(fb));
    crate::builtins::classes::set_type_attr(vm, &int, "from_bytes", fb);
    let slice = vm.types().slice.clone();
    add_methods(vm, &slice, &[("indices", slice_indices)]);
    add_methods(
        vm,
        &float,
        &[
            ("as_integer_ratio", float_as_integer_ratio),
            ("is_integer", float_is_integer),
        ],
    );
    let views = [vm.types().dict_keys.clone(), vm.types().dict_items.clone()];
    for v in &views {
        add_methods(vm, v, &[("isdisjoint", view_isdisjoint)]);
    }
    add_methods(
        vm,
        &tuple,
        &[("count", tuple_count), ("index", tuple_index)],
    );
    add_methods(
        vm,
        &range,
        &[("count", range_count), ("index", range_index)],
    );
    add_methods(
        vm,
        &property,
        &[
            ("__delete__", property_delete),
            ("__get__", property_get),
            ("__set__", property_set),
            ("deleter", property_deleter),
            ("getter", property_getter),
            ("setter", property_setter),
        ],
    );
}
