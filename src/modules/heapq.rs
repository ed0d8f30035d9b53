//! `_heapq`: the heap operations of `heapq` in native code, as CPython's
//! `Modules/_heapqmodule.c` provides them (the frozen `heapq.py` takes them over; its
//! Python versions remain for the private max-heap helpers and `merge`,
//! `nsmallest`, `nlargest`).
//!
//! Same algorithm as CPython's: items only compared with `<`, a hole sifted down to a
//! leaf and the item bubbled back up, so lists end in the same layout. The list is not
//! borrowed across a comparison (a user `__lt__` may touch it), and a comparison that
//! changed the list's size raises `RuntimeError`, as CPython does.

use crate::bytecode::op::CmpKind;
use crate::runtime::value::*;
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;

type Kw<'a> = &'a [std::rc::Rc<crate::runtime::str::PyStr>];

/// The list argument, or CPython's argument-clinic error.
fn heap_arg<'a>(
    vm: &Vm,
    args: &'a [Value],
    kw: Kw,
    func: &str,
    nargs: usize,
) -> PyResult<&'a RefCell<Vec<Value>>> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("_heapq.{func}() takes no keyword arguments")));
    }
    if args.len() != nargs {
        return Err(vm.type_error(if nargs == 1 {
            format!(
                "_heapq.{func}() takes exactly one argument ({} given)",
                args.len()
            )
        } else {
            format!("{func} expected {nargs} arguments, got {}", args.len())
        }));
    }
    args[0].as_list().ok_or_else(|| {
        let got = if args[0].is_none() {
            "None".to_string()
        } else {
            vm.type_name(&args[0]).to_string()
        };
        let pos = if nargs == 1 { "" } else { " 1" };
        vm.type_error(format!("{func}() argument{pos} must be list, not {got}"))
    })
}

/// `a < b` as a truth value (`PyObject_RichCompareBool(a, b, Py_LT)`).
fn less(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        return Ok(x < y);
    }
    let r = vm.compare(a, b, CmpKind::Lt)?;
    vm.truthy(&r)
}

fn changed_size(vm: &Vm) -> crate::vm::PyErr {
    vm.runtime_error("list changed size during iteration")
}

fn item(heap: &RefCell<Vec<Value>>, i: usize) -> Value {
    heap.borrow()[i].clone()
}

/// Move the item at `pos` up towards `startpos` while it is less than its parent.
fn siftdown(
    vm: &mut Vm,
    heap: &RefCell<Vec<Value>>,
    startpos: usize,
    mut pos: usize,
) -> PyResult<()> {
    let size = heap.borrow().len();
    if pos >= size {
        return Err(vm.index_error("index out of range"));
    }
    while pos > startpos {
        let parentpos = (pos - 1) >> 1;
        let (newitem, parent) = (item(heap, pos), item(heap, parentpos));
        let lt = less(vm, &newitem, &parent)?;
        if heap.borrow().len() != size {
            return Err(changed_size(vm));
        }
        if !lt {
            break;
        }
        heap.borrow_mut().swap(pos, parentpos);
        pos = parentpos;
    }
    Ok(())
}

/// Move the smaller child up from `pos` down to a leaf, then sift the item that was at
/// `pos` back up from there.
fn siftup(vm: &mut Vm, heap: &RefCell<Vec<Value>>, mut pos: usize) -> PyResult<()> {
    let endpos = heap.borrow().len();
    let startpos = pos;
    if pos >= endpos {
        return Err(vm.index_error("index out of range"));
    }
    let limit = endpos >> 1;
    while pos < limit {
        let mut childpos = 2 * pos + 1;
        if childpos + 1 < endpos {
            let (a, b) = (item(heap, childpos), item(heap, childpos + 1));
            let lt = less(vm, &a, &b)?;
            if !lt {
                childpos += 1;
            }
            if heap.borrow().len() != endpos {
                return Err(changed_size(vm));
            }
        }
        heap.borrow_mut().swap(childpos, pos);
        pos = childpos;
    }
    siftdown(vm, heap, startpos, pos)
}

/// `heappush(heap, item)`
fn heappush(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let heap = heap_arg(vm, args, kw, "heappush", 2)?;
    heap.borrow_mut().push(args[1].clone());
    let last = heap.borrow().len() - 1;
    siftdown(vm, heap, 0, last)?;
    Ok(Value::None)
}

/// `heappop(heap)`
fn heappop(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let heap = heap_arg(vm, args, kw, "heappop", 1)?;
    let last = {
        let mut h = heap.borrow_mut();
        match h.pop() {
            Some(v) => v,
            None => {
                drop(h);
                return Err(vm.index_error("index out of range"));
            }
        }
    };
    if heap.borrow().is_empty() {
        return Ok(last);
    }
    let top = std::mem::replace(&mut heap.borrow_mut()[0], last);
    siftup(vm, heap, 0)?;
    Ok(top)
}

/// `heapreplace(heap, item)`
fn heapreplace(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let heap = heap_arg(vm, args, kw, "heapreplace", 2)?;
    if heap.borrow().is_empty() {
        return Err(vm.index_error("index out of range"));
    }
    let top = std::mem::replace(&mut heap.borrow_mut()[0], args[1].clone());
    siftup(vm, heap, 0)?;
    Ok(top)
}

/// `heappushpop(heap, item)`
fn heappushpop(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let heap = heap_arg(vm, args, kw, "heappushpop", 2)?;
    let new = &args[1];
    if heap.borrow().is_empty() {
        return Ok(new.clone());
    }
    let top = item(heap, 0);
    if !less(vm, &top, new)? {
        return Ok(new.clone());
    }
    if heap.borrow().is_empty() {
        return Err(vm.index_error("index out of range"));
    }
    let top = std::mem::replace(&mut heap.borrow_mut()[0], new.clone());
    siftup(vm, heap, 0)?;
    Ok(top)
}

/// `heapify(heap)`
fn heapify(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let heap = heap_arg(vm, args, kw, "heapify", 1)?;
    let n = heap.borrow().len();
    for i in (0..n / 2).rev() {
        siftup(vm, heap, i)?;
    }
    Ok(Value::None)
}

pub fn init(vm: &mut Vm, m: &Value) -> PyResult<()> {
    super::add_functions(
        vm,
        m,
        &[
            ("heappush", heappush),
            ("heappop", heappop),
            ("heapreplace", heapreplace),
            ("heappushpop", heappushpop),
            ("heapify", heapify),
        ],
    );
    Ok(())
}
