//! `list` methods: append, extend, insert, pop, remove, index, count, sort (stable, with
//! key and reverse; the list is emptied while sorting as CPython does), reverse, copy, clear.

use crate::builtins::args::ArgSpec;
use crate::runtime::str::PyStr;
use crate::runtime::value::*;
use crate::vm::{PyResult, Vm};
use std::rc::Rc;

fn recv<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a Value> {
    match args.first() {
        Some(l) if l.as_list().is_some() => Ok(l),
        _ => Err(vm.type_error(format!(
            "descriptor '{name}' for 'list' objects doesn't apply"
        ))),
    }
}

pub fn list_extend(vm: &mut Vm, l: &Value, it: &Value) -> PyResult<()> {
    let items = if it.is(l) {
        l.as_list().expect("list").borrow().clone()
    } else {
        crate::builtins::seq::to_vec(vm, it)?
    };
    l.as_list().expect("list").borrow_mut().extend(items);
    Ok(())
}

pub(crate) fn m_append(vm: &mut Vm, args: &[Value], kw: &[Rc<PyStr>]) -> PyResult<Value> {
    crate::builtins::args::no_kwargs(vm, "list.append", kw)?;
    let l = recv(vm, args, "append")?;
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "list.append() takes exactly one argument ({} given)",
            args.len() - 1
        )));
    }
    l.as_list()
        .expect("list")
        .borrow_mut()
        .push(args[1].clone());
    Ok(Value::None)
}

fn m_extend(vm: &mut Vm, args: &[Value], _kw: &[Rc<PyStr>]) -> PyResult<Value> {
    let l = recv(vm, args, "extend")?.clone();
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "list.extend() takes exactly one argument ({} given)",
            args.len() - 1
        )));
    }
    list_extend(vm, &l, &args[1])?;
    Ok(Value::None)
}

fn m_insert(vm: &mut Vm, args: &[Value], _kw: &[Rc<PyStr>]) -> PyResult<Value> {
    let l = recv(vm, args, "insert")?.clone();
    if args.len() != 3 {
        return Err(vm.type_error(format!(
            "insert expected 2 arguments, got {}",
            args.len() - 1
        )));
    }
    let i = vm.int_arg(&args[1], "")?;
    let cell = l.as_list().expect("list");
    let n = cell.borrow().len() as i64;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
    cell.borrow_mut().insert(j as usize, args[2].clone());
    Ok(Value::None)
}

fn m_pop(vm: &mut Vm, args: &[Value], _kw: &[Rc<PyStr>]) -> PyResult<Value> {
    let l = recv(vm, args, "pop")?.clone();
    let cell = l.as_list().expect("list");
    let n = cell.borrow().len() as i64;
    if n == 0 {
        return Err(vm.index_error("pop from empty list"));
    }
    let i = match args.get(1) {
        Some(v) => vm.int_arg(v, "")?,
        None => n - 1,
    };
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(cell.borrow_mut().remove(j as usize))
}

fn m_remove(vm: &mut Vm, args: &[Value], _kw: &[Rc<PyStr>]) -> PyResult<Value> {
    let l = recv(vm, args, "remove")?.clone();
    let x = args.get(1).cloned().unwrap_or_default();
    let cell = l.as_list().expect("list");
    let mut i = 0;
    loop {
        let item = match cell.borrow().get(i) {
            Some(v) => v.clone(),
            None => break,
        };
        if vm.eq(&item, &x)? {
            cell.borrow_mut().remove(i);
            return Ok(Value::None);
        }
        i += 1;
    }
    Err(vm.value_error("list.remove(x): x not in list"))
}

fn m_index(vm: &mut Vm, args: &[Value], _kw: &[Rc<PyStr>]) -> PyResult<Value> {
    let l = recv(vm, args, "index")?.clone();
    if args.len() < 2 {
        return Err(vm.type_error("index expected at least 1 argument, got 0"));
    }
    let x = args.get(1).cloned().unwrap_or_default();
    let cell = l.as_list().expect("list");
    let n = cell.borrow().len() as i64;
    let norm = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) };
    let start = match args.get(2) {
        Some(v) => norm(vm.int_arg(v, "")?),
        None => 0,
    };
    let stop = match args.get(3) {
        Some(v) => norm(vm.int_arg(v, "")?),
        None => n,
    };
    let mut i = start;
    while i < stop {
        let item = match cell.borrow().get(i as usize) {
            Some(v) => v.clone(),
            None => break,
        };
        if vm.eq(&item, &x)? {
            return Ok(Value::Int(i));
        }
        i += 1;
    }
    let r = vm.repr(&x)?;
    Err(vm.value_error(format!("{r} is not in list")))
}

fn m_count(vm: &mut Vm, args: &[Value], _kw: &[Rc<PyStr>]) -> PyResult<Value> {
    let l = recv(vm, args, "count")?.clone();
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "list.count() takes exactly one argument ({} given)",
            args.len() - 1
        )));
    }
    let x = args.get(1).cloned().unwrap_or_default();
    let items = l.as_list().expect("list").borrow().clone();
    let mut c = 0;
    for it in &items {
        if vm.eq(it, &x)? {
            c += 1;
        }
    }
    Ok(Value::Int(c))
}

fn m_reverse(vm: &mut Vm, args: &[Value], _kw: &[Rc<PyStr>]) -> PyResult<Value> {
    let l = recv(vm, args, "reverse")?;
    l.as_list().expect("list").borrow_mut().reverse();
    Ok(Value::None)
}

fn m_copy(vm: &mut Vm, args: &[Value], _kw: &[Rc<PyStr>]) -> PyResult<Value> {
    let l = recv(vm, args, "copy")?;
    let items = l.as_list().expect("list").borrow().clone();
    Ok(vm.new_list(items))
}

fn m_clear(vm: &mut Vm, args: &[Value], _kw: &[Rc<PyStr>]) -> PyResult<Value> {
    let l = recv(vm, args, "clear")?;
    let old = std::mem::take(&mut *l.as_list().expect("list").borrow_mut());
    drop(old);
    Ok(Value::None)
}

/// Stable sort of `items` by `keys` (or the items themselves) using only `<`, as
/// CPython does: reverse, stable ascending merge sort, reverse again for `reverse=True`.
/// A fallible, panic-free merge sort: a comparison error stops the sort and is returned
/// (inconsistent `__lt__` results only give an unspecified order, never a panic).
pub fn sort_values(
    vm: &mut Vm,
    items: &mut Vec<Value>,
    key: Option<&Value>,
    reverse: bool,
) -> PyResult<()> {
    let keys: Vec<Value> = match key {
        Some(k) => {
            // One frame kept for a Python key function between items (`call_reusing`).
            let mut ks = Vec::with_capacity(items.len());
            let (mut frame, mut raised) = (None, None);
            for it in items.iter() {
                let v = vm.call_reusing(k, std::slice::from_ref(it), &mut frame, &mut raised);
                if raised.is_some() {
                    break;
                }
                ks.push(v);
            }
            if let Some(fr) = frame {
                vm.recycle_frame(fr);
            }
            if let Some(e) = raised {
                return Err(e);
            }
            ks
        }
        None => items.clone(),
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    if reverse {
        idx.reverse();
    }
    if keys.iter().all(|k| matches!(k, Value::Int(_))) {
        let ks: Vec<i64> = keys
            .iter()
            .map(|k| if let Value::Int(x) = k { *x } else { 0 })
            .collect();
        chunked_sort(vm, &mut idx, |a, b| ks[a] < ks[b])?;
    } else if keys
        .iter()
        .all(|k| matches!(k, Value::Float(f) if !f.get().is_nan()))
    {
        let ks: Vec<f64> = keys
            .iter()
            .map(|k| {
                if let Value::Float(x) = k {
                    x.get()
                } else {
                    0.0
                }
            })
            .collect();
        chunked_sort(vm, &mut idx, |a, b| ks[a] < ks[b])?;
    } else if keys
        .iter()
        .all(|k| k.as_pystr().is_some() && !vm.is_heap(k))
    {
        // Builtin strs: UTF-8 byte order is code point order, Python's.
        let ks: Vec<&str> = keys.iter().map(|k| k.as_str().unwrap_or("")).collect();
        chunked_sort(vm, &mut idx, |a, b| ks[a] < ks[b])?;
    } else {
        merge_sort(vm, &mut idx, &keys)?;
    }
    if reverse {
        idx.reverse();
    }
    let sorted: Vec<Value> = idx.iter().map(|&i| items[i].clone()).collect();
    *items = sorted;
    Ok(())
}

/// Elements per chunk between checks of the eval breaker in long sorts.
const SORT_CHUNK: usize = 1 << 16;

/// Stable sort of indices by a native `less`, in chunks so that a pending signal is
/// seen every few milliseconds even when sorting millions of items: chunks are sorted
/// with the standard library's sort, then merged bottom-up with breaker checks.
fn chunked_sort(
    vm: &mut Vm,
    idx: &mut Vec<usize>,
    less: impl Fn(usize, usize) -> bool,
) -> PyResult<()> {
    let cmp = |a: &usize, b: &usize| {
        if less(*b, *a) {
            std::cmp::Ordering::Greater
        } else if less(*a, *b) {
            std::cmp::Ordering::Less
        } else {
            std::cmp::Ordering::Equal
        }
    };
    for chunk in idx.chunks_mut(SORT_CHUNK) {
        chunk.sort_by(cmp);
        if vm.interp.breaker.is_set() {
            vm.handle_breaker()?;
        }
    }
    let n = idx.len();
    let mut buf = vec![0usize; n];
    let mut width = SORT_CHUNK;
    let mut since_check = 0usize;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j, mut k) = (start, mid, start);
            while i < mid && j < end {
                if less(idx[j], idx[i]) {
                    buf[k] = idx[j];
                    j += 1;
                } else {
                    buf[k] = idx[i];
                    i += 1;
                }
                k += 1;
            }
            buf[k..k + (mid - i)].copy_from_slice(&idx[i..mid]);
            k += mid - i;
            buf[k..k + (end - j)].copy_from_slice(&idx[j..end]);
            since_check += end - start;
            if since_check >= SORT_CHUNK {
                since_check = 0;
                if vm.interp.breaker.is_set() {
                    vm.handle_breaker()?;
                }
            }
            start = end;
        }
        std::mem::swap(idx, &mut buf);
        width *= 2;
    }
    Ok(())
}

/// Bottom-up stable merge sort of indices, comparing keys with `<` only.
fn merge_sort(vm: &mut Vm, idx: &mut Vec<usize>, keys: &[Value]) -> PyResult<()> {
    let n = idx.len();
    let mut buf = vec![0usize; n];
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j, mut k) = (start, mid, start);
            while i < mid && j < end {
                // Take from the right only if right < left (keeps stability).
                if vm.less_than(&keys[idx[j]], &keys[idx[i]])? {
                    buf[k] = idx[j];
                    j += 1;
                } else {
                    buf[k] = idx[i];
                    i += 1;
                }
                k += 1;
            }
            while i < mid {
                buf[k] = idx[i];
                i += 1;
                k += 1;
            }
            while j < end {
                buf[k] = idx[j];
                j += 1;
                k += 1;
            }
            start = end;
        }
        std::mem::swap(idx, &mut buf);
        width *= 2;
    }
    Ok(())
}

static SORT_SPEC: ArgSpec = ArgSpec::new("sort", &["self", "key", "reverse"], 1);

fn m_sort(vm: &mut Vm, args: &[Value], kw: &[Rc<PyStr>]) -> PyResult<Value> {
    let l = recv(vm, args, "sort")?.clone();
    if args.len() - kw.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let a = SORT_SPEC.parse(vm, args, kw)?;
    let key = a.get_some(1).cloned();
    let reverse = match a.get(2) {
        Some(r) => vm.truthy(r)?,
        None => false,
    };
    let cell = l.as_list().expect("list");
    let mut items = std::mem::take(&mut *cell.borrow_mut());
    let r = sort_values(vm, &mut items, key.as_ref(), reverse);
    let modified = !cell.borrow().is_empty();
    *cell.borrow_mut() = items;
    r?;
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(Value::None)
}

fn m_init(vm: &mut Vm, args: &[Value], _kw: &[Rc<PyStr>]) -> PyResult<Value> {
    let l = recv(vm, args, "__init__")?.clone();
    let items = match args.get(1) {
        Some(it) => crate::builtins::seq::to_vec(vm, it)?,
        None => vec![],
    };
    *l.as_list().expect("list").borrow_mut() = items;
    Ok(Value::None)
}

pub const METHODS: &[(&str, NativeFn)] = &[
    ("__init__", m_init),
    ("append", m_append),
    ("clear", m_clear),
    ("copy", m_copy),
    ("count", m_count),
    ("extend", m_extend),
    ("index", m_index),
    ("insert", m_insert),
    ("pop", m_pop),
    ("remove", m_remove),
    ("reverse", m_reverse),
    ("sort", m_sort),
];
