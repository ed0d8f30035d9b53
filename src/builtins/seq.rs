//! Helpers shared by sequence builtins: collecting an iterable into a `Vec`.

use crate::runtime::value::*;
use crate::vm::{PyResult, Vm};

/// All items of an iterable (fast for lists and tuples).
pub fn to_vec(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    match v.payload() {
        Some(Payload::List(l)) if !vm.is_heap(v) => return Ok(l.borrow().clone()),
        Some(Payload::Tuple(t)) if !vm.is_heap(v) => return Ok(t.to_vec()),
        Some(Payload::Generator(_)) => {
            let Value::Obj(o) = v else { unreachable!() };
            return crate::vm::generator::gen_collect(vm, o);
        }
        Some(Payload::Iter(st)) if !vm.is_heap(v) => {
            if let Some(r) = vm.feed_collect(st) {
                return r;
            }
        }
        _ => {}
    }
    let it = vm.get_iter(v)?;
    let mut out = Vec::new();
    while let Some(x) = vm.iter_next(&it)? {
        out.push(x);
        if out.len() & 0xffff == 0 {
            if out.len() > crate::runtime::binops::MAX_ALLOC_ITEMS {
                return Err(vm.memory_error());
            }
            if vm.interp.breaker.is_set() {
                vm.handle_breaker()?;
            }
        }
    }
    Ok(out)
}
