//! `dict`: the Python-aware operations on `DictTable` (hashing and equality may run
//! Python code) and the methods of `dict` and its views.

use crate::builtins::args::ArgSpec;
use crate::runtime::dict::DictTable;
use crate::runtime::str::PyStr;
use crate::runtime::value::*;
use crate::vm::{PyResult, Vm};
use std::rc::Rc;

fn table(d: &Value) -> &std::cell::RefCell<DictTable> {
    d.as_dict().expect("dict object")
}

/// Mutable access to a dict's table, as an exception (not a panic) when a lookup is in
/// progress (a key's `__eq__` mutating the same dict).
fn table_mut<'a>(vm: &Vm, d: &'a Value) -> PyResult<std::cell::RefMut<'a, DictTable>> {
    table(d)
        .try_borrow_mut()
        .map_err(|_| vm.runtime_error("dictionary changed size during iteration"))
}

/// `d.get(key)` without a default: `None` when missing.
pub fn dict_get(vm: &mut Vm, d: &Value, key: &Value) -> PyResult<Option<Value>> {
    if let Some(s) = key.as_pystr()
        && !vm.is_heap(key)
    {
        let t = table(d).borrow();
        return Ok(t.get_str(s.as_str(), s.hash()).cloned());
    }
    // An int key: found by value unless an entry of its hash is a user object.
    if let &Value::Int(i) = key
        && let Some(found) = table(d)
            .borrow()
            .get_int(i, crate::runtime::hashing::hash_i64(i))
    {
        return Ok(found.cloned());
    }
    let h = vm.hash(key)?;
    let idx = {
        let mut eq = |a: &Value, b: &Value| vm.eq(a, b);
        DictTable::find_in(table(d), key, h, &mut eq)?
    };
    Ok(idx.and_then(|i| table(d).borrow().entry(i).map(|e| e.value.clone())))
}

/// `d[key] = value`.
pub fn dict_set(vm: &mut Vm, d: &Value, key: Value, value: Value) -> PyResult<()> {
    if let Some(s) = key.as_pystr()
        && !vm.is_heap(&key)
    {
        let h = s.hash();
        let mut t = table(d)
            .try_borrow_mut()
            .map_err(|_| vm.runtime_error("dictionary changed during lookup"))?;
        t.set_str(key, h, value);
        return Ok(());
    }
    // An int key: found by value unless an entry of its hash is a user object.
    if let Value::Int(i) = key {
        let h = crate::runtime::hashing::hash_i64(i);
        let mut t = table(d)
            .try_borrow_mut()
            .map_err(|_| vm.runtime_error("dictionary changed during lookup"))?;
        match t.find_int(i, h) {
            Some(Some(slot)) => {
                t.set_value_at(slot, value);
                return Ok(());
            }
            Some(None) => {
                t.push_new(key, h, value);
                return Ok(());
            }
            None => {}
        }
    }
    let h = vm.hash(&key)?;
    let idx = {
        let mut eq = |a: &Value, b: &Value| vm.eq(a, b);
        DictTable::find_in(table(d), &key, h, &mut eq)?
    };
    let mut t = table(d)
        .try_borrow_mut()
        .map_err(|_| vm.runtime_error("dictionary changed during lookup"))?;
    match idx {
        Some(i) if t.entry(i).is_some() => {
            t.set_value_at(i, value);
        }
        _ => t.push_new(key, h, value),
    }
    Ok(())
}

/// Remove `key`, returning its value if present.
pub fn dict_pop(vm: &mut Vm, d: &Value, key: &Value) -> PyResult<Option<Value>> {
    let h = vm.hash(key)?;
    let idx = {
        let mut eq = |a: &Value, b: &Value| vm.eq(a, b);
        DictTable::find_in(table(d), key, h, &mut eq)?
    };
    match idx {
        Some(i) => {
            let mut t = table(d)
                .try_borrow_mut()
                .map_err(|_| vm.runtime_error("dictionary changed during lookup"))?;
            if t.entry(i).is_none() {
                return Ok(None);
            }
            Ok(Some(t.remove_at(i).value))
        }
        None => Ok(None),
    }
}

pub fn dict_copy(vm: &mut Vm, d: &Value) -> PyResult<Value> {
    let t = table(d).borrow().clone();
    Ok(vm.new_dict(t))
}

/// `d.update(other)` for a mapping or an iterable of pairs.
pub fn dict_update_from(vm: &mut Vm, d: &Value, other: &Value) -> PyResult<()> {
    let pairs = mapping_items(vm, other)?;
    for (k, v) in pairs {
        dict_set(vm, d, k, v)?;
    }
    Ok(())
}

/// Key/value pairs of a mapping (a dict, or anything with `keys()` and `__getitem__`).
pub fn mapping_items(vm: &mut Vm, m: &Value) -> PyResult<Vec<(Value, Value)>> {
    if let Some(t) = m.as_dict()
        && !vm.is_heap(m)
    {
        return Ok(t
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect());
    }
    if let Some(keys) = vm.getattr_opt(m, &PyStr::new("keys"))? {
        let ks = vm.call(&keys, &[], &[])?;
        let ks = crate::builtins::seq::to_vec(vm, &ks)?;
        let mut out = Vec::with_capacity(ks.len());
        for k in ks {
            let v = vm.getitem(m, &k)?;
            out.push((k, v));
        }
        return Ok(out);
    }
    Err(vm.type_error(format!("'{}' object is not a mapping", vm.type_name(m))))
}

/// Pairs from an iterable of 2-sequences (`dict(pairs)`, `d.update(pairs)`).
pub fn pairs_from_iterable(vm: &mut Vm, it: &Value) -> PyResult<Vec<(Value, Value)>> {
    let items = crate::builtins::seq::to_vec(vm, it)?;
    let mut out = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        out.push(update_pair(vm, item, i)?);
    }
    Ok(out)
}

/// Element `i` of a dict update sequence as a key and a value (a builtin pair tuple
/// taken apart where it lies), or CPython's errors.
fn update_pair(vm: &mut Vm, item: &Value, i: usize) -> PyResult<(Value, Value)> {
    if let Some([k, v]) = item.as_tuple()
        && !vm.is_heap(item)
    {
        return Ok((k.clone(), v.clone()));
    }
    let pair = crate::builtins::seq::to_vec(vm, item).map_err(|_| {
        vm.type_error(format!(
            "cannot convert dictionary update sequence element #{i} to a sequence"
        ))
    })?;
    match <[Value; 2]>::try_from(pair) {
        Ok([k, v]) => Ok((k, v)),
        Err(pair) => Err(vm.value_error(format!(
            "dictionary update sequence element #{i} has length {}; 2 is required",
            pair.len()
        ))),
    }
}

/// Whether `v` may be a mapping (`dict.update` then reads its `keys()`): not for the
/// builtin sequences and iterators, which have no `keys`.
fn may_be_mapping(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    if v.as_dict().is_some() {
        return Ok(true);
    }
    if !vm.is_heap(v)
        && matches!(
            v.payload(),
            Some(
                Payload::List(_)
                    | Payload::Tuple(_)
                    | Payload::Iter(_)
                    | Payload::Generator(_)
                    | Payload::Set(_)
                    | Payload::FrozenSet(_)
                    | Payload::Str(_)
            )
        )
    {
        return Ok(false);
    }
    Ok(vm.getattr_opt(v, &PyStr::new("keys"))?.is_some())
}

pub fn dict_eq(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let pa: Vec<(Value, Value)> = table(a)
        .borrow()
        .iter()
        .map(|e| (e.key.clone(), e.value.clone()))
        .collect();
    if pa.len() != table(b).borrow().len() {
        return Ok(false);
    }
    for (k, v) in pa {
        match dict_get(vm, b, &k)? {
            Some(w) => {
                if !vm.eq(&v, &w)? {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}

fn update_with(
    vm: &mut Vm,
    d: &Value,
    args: &[Value],
    kwnames: &[Rc<PyStr>],
    name: &str,
) -> PyResult<()> {
    let npos = args.len() - kwnames.len();
    if npos > 1 {
        return Err(vm.type_error(format!("{name} expected at most 1 argument, got {npos}")));
    }
    if npos == 1 {
        let src = &args[0];
        if may_be_mapping(vm, src)? {
            for (k, v) in mapping_items(vm, src)? {
                dict_set(vm, d, k, v)?;
            }
        } else {
            // One element at a time, stored as it comes, as CPython does.
            let it = vm.get_iter(src)?;
            // `dict(zip(keys, values))`: the pairs taken from the two iterators
            // without a tuple each (the zip object holds nothing else).
            if let Some((keys, values)) = vm.zip_pair_iters(&it) {
                while let Some(k) = vm.iter_next(&keys)? {
                    let Some(v) = vm.iter_next(&values)? else {
                        break;
                    };
                    dict_set(vm, d, k, v)?;
                }
                return update_keywords(vm, d, args, kwnames, npos);
            }
            let mut i = 0;
            while let Some(item) = vm.iter_next(&it)? {
                let (k, v) = update_pair(vm, &item, i)?;
                dict_set(vm, d, k, v)?;
                i += 1;
            }
        }
    }
    update_keywords(vm, d, args, kwnames, npos)
}

/// The keyword arguments of `dict(...)`/`update(...)`, stored after the positional one.
fn update_keywords(
    vm: &mut Vm,
    d: &Value,
    args: &[Value],
    kwnames: &[Rc<PyStr>],
    npos: usize,
) -> PyResult<()> {
    for (k, name) in kwnames.iter().enumerate() {
        let key = vm.new_str(name.as_str());
        dict_set(vm, d, key, args[npos + k].clone())?;
    }
    Ok(())
}

/// `dict(...)` constructor body (also `dict.__init__`).
pub fn dict_init(vm: &mut Vm, d: &Value, args: &[Value], kwnames: &[Rc<PyStr>]) -> PyResult<()> {
    update_with(vm, d, args, kwnames, "dict")
}

fn recv(vm: &Vm, args: &[Value], name: &str) -> PyResult<Value> {
    match args.first() {
        Some(d) if d.as_dict().is_some() => Ok(d.clone()),
        _ => Err(vm.type_error(format!("descriptor '{name}' requires a 'dict' object"))),
    }
}

pub fn m_get(vm: &mut Vm, args: &[Value], kw: &[Rc<PyStr>]) -> PyResult<Value> {
    // `d.get(k)`, `d.get(k, default)` on a dict: no argument parsing.
    if kw.is_empty()
        && let [d, key, rest @ ..] = args
        && rest.len() <= 1
        && d.as_dict().is_some()
    {
        let found = dict_get(vm, d, key)?;
        return Ok(found.unwrap_or_else(|| rest.first().cloned().unwrap_or(Value::None)));
    }
    let a = ArgSpec::new("get", &["self", "key", "default"], 2).parse(vm, args, kw)?;
    let d = recv(vm, args, "get")?;
    Ok(dict_get(vm, &d, &a[1])?.unwrap_or_else(|| a.get(2).cloned().unwrap_or(Value::None)))
}

pub fn m_setdefault(vm: &mut Vm, args: &[Value], kw: &[Rc<PyStr>]) -> PyResult<Value> {
    let a = ArgSpec::new("setdefault", &["self", "key", "default"], 2).parse(vm, args, kw)?;
    let d = recv(vm, args, "setdefault")?;
    if let Some(v) = dict_get(vm, &d, &a[1])? {
        return Ok(v);
    }
    let dv = a.get(2).cloned().unwrap_or(Value::None);
    dict_set(vm, &d, a[1].clone(), dv.clone())?;
    Ok(dv)
}

pub fn m_pop(vm: &mut Vm, args: &[Value], kw: &[Rc<PyStr>]) -> PyResult<Value> {
    let a = ArgSpec::new("pop", &["self", "key", "default"], 2).parse(vm, args, kw)?;
    let d = recv(vm, args, "pop")?;
    match dict_pop(vm, &d, &a[1])? {
        Some(v) => Ok(v),
        None => match a.get(2) {
            Some(dv) => Ok(dv.clone()),
            None => Err(vm.key_error(a[1].clone())),
        },
    }
}

pub fn m_popitem(vm: &mut Vm, args: &[Value], _kw: &[Rc<PyStr>]) -> PyResult<Value> {
    let d = recv(vm, args, "popitem")?;
    let e = table_mut(vm, &d)?.pop_last();
    match e {
        Some(e) => Ok(vm.new_tuple(vec![e.key, e.value])),
        None => Err(vm.new_exception(
            &vm.types().key_error.clone(),
            "popitem(): dictionary is empty",
        )),
    }
}

pub fn m_keys(vm: &mut Vm, args: &[Value], _kw: &[Rc<PyStr>]) -> PyResult<Value> {
    view(vm, args, 0)
}
pub fn m_values(vm: &mut Vm, args: &[Value], _kw: &[Rc<PyStr>]) -> PyResult<Value> {
    view(vm, args, 1)
}
pub fn m_items(vm: &mut Vm, args: &[Value], _kw: &[Rc<PyStr>]) -> PyResult<Value> {
    view(vm, args, 2)
}

fn view(vm: &mut Vm, args: &[Value], kind: u8) -> PyResult<Value> {
    let d = recv(vm, args, "keys")?;
    let ty = match kind {
        0 => vm.types().dict_keys.clone(),
        1 => vm.types().dict_values.clone(),
        _ => vm.types().dict_items.clone(),
    };
    Ok(vm.new_object(
        &ty,
        Payload::DictView(kind, d.as_obj().cloned().expect("dict")),
    ))
}

pub fn m_update(vm: &mut Vm, args: &[Value], kw: &[Rc<PyStr>]) -> PyResult<Value> {
    let d = recv(vm, args, "update")?;
    update_with(vm, &d, &args[1..], kw, "update")?;
    Ok(Value::None)
}

pub fn m_clear(vm: &mut Vm, args: &[Value], _kw: &[Rc<PyStr>]) -> PyResult<Value> {
    let d = recv(vm, args, "clear")?;
    table_mut(vm, &d)?.clear();
    Ok(Value::None)
}

pub fn m_copy(vm: &mut Vm, args: &[Value], _kw: &[Rc<PyStr>]) -> PyResult<Value> {
    let d = recv(vm, args, "copy")?;
    dict_copy(vm, &d)
}

/// `dict.fromkeys(iterable, value=None)` (a classmethod: args[0] is the class).
pub fn m_fromkeys(vm: &mut Vm, args: &[Value], _kw: &[Rc<PyStr>]) -> PyResult<Value> {
    if args.len() < 2 {
        return Err(vm.type_error("fromkeys expected at least 1 argument, got 0"));
    }
    let v = args.get(2).cloned().unwrap_or(Value::None);
    let d = vm.call(&args[0], &[], &[])?;
    for k in crate::builtins::seq::to_vec(vm, &args[1])? {
        vm.setitem(&d, &k, v.clone())?;
    }
    Ok(d)
}

pub fn m_init(vm: &mut Vm, args: &[Value], kw: &[Rc<PyStr>]) -> PyResult<Value> {
    let d = recv(vm, args, "__init__")?;
    dict_init(vm, &d, &args[1..], kw)?;
    Ok(Value::None)
}

pub fn m_getitem(vm: &mut Vm, args: &[Value], _kw: &[Rc<PyStr>]) -> PyResult<Value> {
    let d = recv(vm, args, "__getitem__")?;
    let k = args.get(1).cloned().unwrap_or_default();
    match dict_get(vm, &d, &k)? {
        Some(v) => Ok(v),
        None => Err(vm.key_error(k)),
    }
}

pub fn m_setitem(vm: &mut Vm, args: &[Value], _kw: &[Rc<PyStr>]) -> PyResult<Value> {
    let d = recv(vm, args, "__setitem__")?;
    if args.len() != 3 {
        return Err(vm.type_error("expected 2 arguments"));
    }
    dict_set(vm, &d, args[1].clone(), args[2].clone())?;
    Ok(Value::None)
}

pub fn m_contains(vm: &mut Vm, args: &[Value], _kw: &[Rc<PyStr>]) -> PyResult<Value> {
    let d = recv(vm, args, "__contains__")?;
    Ok(Value::bool(
        dict_get(vm, &d, args.get(1).unwrap_or(&Value::None))?.is_some(),
    ))
}

pub fn m_len(vm: &mut Vm, args: &[Value], _kw: &[Rc<PyStr>]) -> PyResult<Value> {
    let d = recv(vm, args, "__len__")?;
    Ok(Value::Int(table(&d).borrow().len() as i64))
}

pub const METHODS: &[(&str, NativeFn)] = &[
    ("__contains__", m_contains),
    ("__getitem__", m_getitem),
    ("__init__", m_init),
    ("__len__", m_len),
    ("__setitem__", m_setitem),
    ("clear", m_clear),
    ("copy", m_copy),
    ("get", m_get),
    ("items", m_items),
    ("keys", m_keys),
    ("pop", m_pop),
    ("popitem", m_popitem),
    ("setdefault", m_setdefault),
    ("update", m_update),
    ("values", m_values),
];
