//! Binary operators on builtin types other than the small int/float fast paths:
//! big ints, int/float mixes, sequence concatenation and repetition, `%` formatting,
//! set algebra, dict merge. `None` means NotImplemented.

use crate::bytecode::op::BinOpKind;
use crate::runtime::int::{self, as_int};
use crate::runtime::value::*;
use crate::vm::{PyResult, Vm};

/// Guard against allocations the host cannot survive (`"x" * 10**12`).
pub const MAX_ALLOC_ITEMS: usize = 1 << 31;

pub fn native_binop(vm: &mut Vm, a: &Value, b: &Value, op: BinOpKind) -> PyResult<Option<Value>> {
    // Numbers.
    if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
        match op {
            BinOpKind::And => return Ok(Some(Value::bool(x.get() & y.get()))),
            BinOpKind::Or => return Ok(Some(Value::bool(x.get() | y.get()))),
            BinOpKind::Xor => return Ok(Some(Value::bool(x.get() ^ y.get()))),
            _ => {}
        }
    }
    if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
        return int::int_binop(vm, op, x, y).map(Some);
    }
    let arith = matches!(
        op,
        BinOpKind::Add
            | BinOpKind::Sub
            | BinOpKind::Mul
            | BinOpKind::TrueDiv
            | BinOpKind::FloorDiv
            | BinOpKind::Mod
            | BinOpKind::Pow
    );
    match (a, b) {
        (Value::Float(_), _) | (_, Value::Float(_)) if !arith => return Ok(None),
        (Value::Float(x), _) => {
            if let Some(y) = as_int(b) {
                let yf = y.to_f64();
                if yf.is_infinite() {
                    return Err(vm.overflow_error("int too large to convert to float"));
                }
                return int::float_binop(vm, op, x.get(), yf).map(Some);
            }
        }
        (_, Value::Float(y)) => {
            if let Some(x) = as_int(a) {
                let xf = x.to_f64();
                if xf.is_infinite() {
                    return Err(vm.overflow_error("int too large to convert to float"));
                }
                return int::float_binop(vm, op, xf, y.get()).map(Some);
            }
        }
        _ => {}
    }
    let (Some(pa), pb) = (a.payload(), b.payload()) else {
        // a is an immediate; b is an object.
        if op == BinOpKind::Mul
            && let Some(n) = as_int(a)
        {
            return repeat(vm, b, n);
        }
        return Ok(None);
    };
    match (op, pa, pb) {
        (BinOpKind::Add, Payload::Str(x), Some(Payload::Str(y))) => {
            let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
            s.push_str(x.as_str());
            s.push_str(y.as_str());
            Ok(Some(vm.new_string(s)))
        }
        (BinOpKind::Add, Payload::List(x), Some(Payload::List(y))) => {
            let mut v = x.borrow().clone();
            v.extend(y.borrow().iter().cloned());
            Ok(Some(vm.new_list(v)))
        }
        (BinOpKind::Add, Payload::Tuple(x), Some(Payload::Tuple(y))) => {
            let mut v = x.to_vec();
            v.extend(y.iter().cloned());
            Ok(Some(vm.new_tuple(v)))
        }
        (BinOpKind::Add, Payload::Bytes(x), Some(Payload::Bytes(y))) => {
            let mut v = x.to_vec();
            v.extend_from_slice(y);
            Ok(Some(vm.new_bytes(v)))
        }
        (
            BinOpKind::Mul,
            Payload::Str(_) | Payload::List(_) | Payload::Tuple(_) | Payload::Bytes(_),
            _,
        ) => match as_int(b) {
            Some(n) => repeat(vm, a, n),
            None => Ok(None),
        },
        (
            BinOpKind::Mul,
            Payload::BigInt(_),
            Some(Payload::Str(_) | Payload::List(_) | Payload::Tuple(_) | Payload::Bytes(_)),
        ) => repeat(vm, b, as_int(a).expect("int")),
        (BinOpKind::Mod, Payload::Str(s), _) => {
            let s = s.as_str().to_string();
            crate::builtins::strformat::percent_format(vm, &s, b).map(Some)
        }
        (BinOpKind::Mod, Payload::Bytes(x), _) => {
            let x = x.to_vec();
            crate::builtins::strformat::percent_format_bytes(vm, &x, b).map(Some)
        }
        // `d1.keys() & d2.keys()`: as CPython's `_PyDictView_Intersect`, the keys of
        // the smaller dict (the right one on a tie) tested against the other dict and
        // added in that order, without a set made of either.
        (BinOpKind::And, Payload::DictView(0, da), Some(Payload::DictView(0, db))) => {
            crate::builtins::set::dict_keys_intersection(vm, da, db).map(Some)
        }
        (
            BinOpKind::Or | BinOpKind::And | BinOpKind::Sub | BinOpKind::Xor,
            Payload::DictView(k, _),
            _,
        ) if *k != 1 && vm.get_iter(b).is_ok() => {
            let sa = crate::builtins::set::set_from_iterable(vm, a, false)?;
            let sb = crate::builtins::set::set_from_iterable(vm, b, false)?;
            crate::builtins::set::set_binop(vm, &sa, &sb, op).map(Some)
        }
        (
            BinOpKind::Or | BinOpKind::And | BinOpKind::Sub | BinOpKind::Xor,
            Payload::Set(_) | Payload::FrozenSet(_) | Payload::DictView(..),
            Some(Payload::Set(_) | Payload::FrozenSet(_) | Payload::DictView(..)),
        ) => {
            if matches!(pa, Payload::DictView(1, _)) || matches!(pb, Some(Payload::DictView(1, _)))
            {
                return Ok(None);
            }
            crate::builtins::set::set_binop(vm, a, b, op).map(Some)
        }
        (BinOpKind::Or, Payload::Dict(_), Some(Payload::Dict(_))) => {
            let r = crate::builtins::dict::dict_copy(vm, a)?;
            crate::builtins::dict::dict_update_from(vm, &r, b)?;
            Ok(Some(r))
        }
        _ => Ok(None),
    }
}

/// `seq * n`.
pub fn repeat(vm: &mut Vm, seq: &Value, n: int::IntRef) -> PyResult<Option<Value>> {
    let n = match n {
        int::IntRef::Small(i) => i,
        int::IntRef::Big(b) => {
            if num_traits::Signed::is_negative(b) {
                0
            } else {
                return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"));
            }
        }
    };
    let n = n.max(0) as usize;
    let Some(p) = seq.payload() else {
        return Ok(None);
    };
    let len = match p {
        Payload::Str(s) => s.as_str().len(),
        Payload::List(l) => l.borrow().len(),
        Payload::Tuple(t) => t.len(),
        Payload::Bytes(b) => b.len(),
        _ => return Ok(None),
    };
    if len.saturating_mul(n) > MAX_ALLOC_ITEMS {
        return Err(vm.memory_error());
    }
    let item = match p {
        Payload::List(_) | Payload::Tuple(_) => std::mem::size_of::<Value>(),
        _ => 1,
    };
    crate::embed::limits::check_alloc(vm, len.saturating_mul(n).saturating_mul(item))?;
    Ok(Some(match p {
        Payload::Str(s) => vm.new_string(s.as_str().repeat(n)),
        Payload::List(l) => {
            let src = l.borrow().clone();
            let v = repeat_items(vm, &src, n)?;
            vm.new_list(v)
        }
        Payload::Tuple(t) => {
            if n == 1 && !vm.is_heap(seq) {
                return Ok(Some(seq.clone()));
            }
            let v = repeat_items(vm, t, n)?;
            vm.new_tuple(v)
        }
        Payload::Bytes(b) => vm.new_bytes(b.repeat(n)),
        _ => return Ok(None),
    }))
}

/// `items * n`, checking the eval breaker every million items so that Ctrl+C can
/// interrupt building a huge list.
fn repeat_items(vm: &mut Vm, items: &[Value], n: usize) -> PyResult<Vec<Value>> {
    let mut v = Vec::with_capacity(items.len() * n);
    let mut since = 0usize;
    for _ in 0..n {
        v.extend(items.iter().cloned());
        since += items.len().max(1);
        if since >= 1 << 20 {
            since = 0;
            if vm.interp.breaker.is_set() {
                vm.handle_breaker()?;
            }
        }
    }
    Ok(v)
}

/// In-place operators of mutable builtins: `list += it`, `list *= n`, `set |= s`, `dict |= m`.
pub fn native_inplace(vm: &mut Vm, a: &Value, b: &Value, op: BinOpKind) -> PyResult<Option<Value>> {
    match (op, a.payload()) {
        (BinOpKind::Add, Some(Payload::List(_))) => {
            // `list += x` is `list.extend(x)`: any iterable, and its error otherwise
            // ("'int' object is not iterable").
            crate::builtins::list::list_extend(vm, a, b)?;
            Ok(Some(a.clone()))
        }
        (BinOpKind::Mul, Some(Payload::List(l))) => {
            let Some(n) = as_int(b) else { return Ok(None) };
            let n = match n {
                int::IntRef::Small(i) => i.max(0) as usize,
                int::IntRef::Big(_) => return Err(vm.memory_error()),
            };
            let mut v = l.borrow_mut();
            if v.len().saturating_mul(n) > MAX_ALLOC_ITEMS {
                return Err(vm.memory_error());
            }
            let items = v.len().saturating_mul(n);
            crate::embed::limits::check_alloc(
                vm,
                items.saturating_mul(std::mem::size_of::<Value>()),
            )?;
            let orig = v.clone();
            v.clear();
            for _ in 0..n {
                v.extend(orig.iter().cloned());
            }
            drop(v);
            Ok(Some(a.clone()))
        }
        (
            BinOpKind::Or | BinOpKind::And | BinOpKind::Sub | BinOpKind::Xor,
            Some(Payload::Set(_)),
        ) => {
            if !matches!(
                b.payload(),
                Some(Payload::Set(_) | Payload::FrozenSet(_) | Payload::DictView(..))
            ) {
                return Ok(None);
            }
            crate::builtins::set::set_inplace(vm, a, b, op)?;
            Ok(Some(a.clone()))
        }
        (BinOpKind::Or, Some(Payload::Dict(_))) => {
            let pairs = if b.as_dict().is_some() {
                crate::builtins::dict::mapping_items(vm, b)?
            } else {
                crate::builtins::dict::pairs_from_iterable(vm, b)?
            };
            for (k, v) in pairs {
                crate::builtins::dict::dict_set(vm, a, k, v)?;
            }
            Ok(Some(a.clone()))
        }
        _ => Ok(None),
    }
}
