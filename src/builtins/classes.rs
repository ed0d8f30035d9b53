//! Classes and instances: `__build_class__`, calling a class (`__new__` + `__init__`),
//! `type()`, `super()`, `property`/`staticmethod`/`classmethod`, and the methods of
//! `object` and `type`.

use crate::builtins::args::check_count;
use crate::runtime::dict::DictTable;
use crate::runtime::str::PyStr;
use crate::runtime::types::{Special, is_subtype, new_class, type_data};
use crate::runtime::value::*;
use crate::vm::frame::Frame;
use crate::vm::{PyResult, Vm};
use num_bigint::BigInt;
use std::cell::RefCell;
use std::rc::Rc;

/// `__build_class__(func, name, *bases, **kw)`.
pub fn build_class(vm: &mut Vm, args: &[Value], kwnames: &[Rc<PyStr>]) -> PyResult<Value> {
    let npos = args.len() - kwnames.len();
    if npos < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let func = &args[0];
    let name = args[1].as_str().unwrap_or("?").to_string();
    let mut bases = Vec::new();
    for b in &args[2..npos] {
        match b {
            Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => bases.push(o.clone()),
            _ => return Err(vm.type_error("bases must be types")),
        }
    }
    let mut metaclass: Option<Value> = None;
    // The other class keywords go to the metaclass call (`class C(flag=1)`).
    let mut class_kw: Vec<(Rc<PyStr>, Value)> = Vec::new();
    for (k, n) in kwnames.iter().enumerate() {
        if n.as_str() == "metaclass" {
            metaclass = Some(args[npos + k].clone());
        } else {
            class_kw.push((n.clone(), args[npos + k].clone()));
        }
    }
    // Run the body with a fresh namespace.
    let ns = vm.new_dict(DictTable::new());
    let Some(Payload::Function(f)) = func.payload() else {
        return Err(vm.type_error("__build_class__: func must be a function"));
    };
    let code = f.code.clone();
    let nlocals = code.unit.varnames.len();
    let mut stack = Vec::with_capacity(nlocals + code.unit.max_stack as usize);
    stack.resize(nlocals, Value::Undef);
    let mut cells: Vec<PyRef> = (0..code.unit.cellvars.len())
        .map(|_| vm.new_cell(Value::Undef))
        .collect();
    cells.extend(f.closure.iter().flat_map(|c| c.iter().cloned()));
    let mut frame = Frame {
        cells: (!cells.is_empty()).then(|| Rc::from(cells)),
        locals_dict: ns.as_obj().cloned(),
        ..Frame::new(code.clone(), f.globals.clone(), stack, nlocals)
    };
    vm.depth += 1;
    let r = vm.run_frame(&mut frame, None);
    vm.depth -= 1;
    r?;
    let ns_tab = ns.as_dict().expect("dict");
    let get = |k: &str| {
        ns_tab
            .borrow()
            .get_str(k, crate::runtime::str::str_hash(k.as_bytes()))
            .cloned()
    };
    let qualname = get("__qualname__")
        .and_then(|v| v.as_str().map(|s| s.to_string()))
        .unwrap_or(name.clone());
    let module = get("__module__")
        .and_then(|v| v.as_str().map(|s| s.to_string()))
        .unwrap_or("__main__".into());
    // __new__ is implicitly a staticmethod; __init_subclass__ a classmethod.
    for (k, wrap_static) in [
        ("__new__", true),
        ("__init_subclass__", false),
        ("__class_getitem__", false),
    ] {
        if let Some(v) = get(k)
            && matches!(v.payload(), Some(Payload::Function(_)))
        {
            let w = if wrap_static {
                vm.new_object(&vm.types().staticmethod.clone(), Payload::StaticMethod(v))
            } else {
                vm.new_object(&vm.types().classmethod.clone(), Payload::ClassMethod(v))
            };
            let key = vm.intern(k);
            crate::vm::eval::dict_set_str(ns.as_obj().expect("dict"), key, w);
        }
    }
    if get("__eq__").is_some() && get("__hash__").is_none() {
        let key = vm.intern("__hash__");
        crate::vm::eval::dict_set_str(ns.as_obj().expect("dict"), key, Value::None);
    }
    let classcell = get("__classcell__");
    if classcell.is_some() {
        let key = vm.intern("__classcell__");
        crate::vm::eval::dict_del_str(ns.as_obj().expect("dict"), &key);
    }
    if let Some(meta) = &metaclass
        && !meta.is(&Value::Obj(vm.types().type_.clone()))
    {
        let bt: Vec<Value> = bases.iter().map(|b| Value::Obj(b.clone())).collect();
        let bt = vm.new_tuple(bt);
        let nm = vm.new_str(&name);
        let mut margs = vec![nm, bt, ns.clone()];
        margs.extend(class_kw.iter().map(|(_, v)| v.clone()));
        let mnames: Vec<Rc<PyStr>> = class_kw.iter().map(|(n, _)| n.clone()).collect();
        let cls = vm.call(meta, &margs, &mnames)?;
        if let (Some(cell), Value::Obj(_)) = (&classcell, &cls)
            && let Some(Payload::Cell(c)) = cell.payload()
        {
            *c.borrow_mut() = cls.clone();
        }
        return Ok(cls);
    }
    let meta = bases
        .iter()
        .map(|b| b.ty().clone())
        .find(|m| type_data(m).heap)
        .unwrap_or_else(|| vm.types().type_.clone());
    let object = vm.types().object.clone();
    let cls = new_class(
        &meta,
        &name,
        &qualname,
        &module,
        bases,
        ns.as_obj().cloned().expect("dict"),
        &object,
    )
    .map_err(|e| vm.type_error(e))?;
    // A new class may reuse the address of a freed one: inline caches keyed by class
    // address must not match it (see `bytecode::code::AttrSlotCache`).
    vm.interp.type_epoch.set(vm.interp.type_epoch.get() + 1);
    apply_slots(vm, &cls, get("__slots__"))?;
    let clsv = Value::Obj(cls.clone());
    if let Some(cell) = classcell
        && let Some(Payload::Cell(c)) = cell.payload()
    {
        *c.borrow_mut() = clsv.clone();
    }
    // __init_subclass__ of the parent, with the class keywords.
    let parent = type_data(&cls).mro.borrow().get(1).cloned();
    let hook = parent.and_then(|p| vm.lookup_name_on(&p, "__init_subclass__"));
    match hook.as_ref().and_then(|f| f.payload()) {
        Some(Payload::ClassMethod(inner)) => {
            let inner = inner.clone();
            let mut hargs = vec![clsv.clone()];
            hargs.extend(class_kw.iter().map(|(_, v)| v.clone()));
            let hnames: Vec<Rc<PyStr>> = class_kw.iter().map(|(n, _)| n.clone()).collect();
            vm.call(&inner, &hargs, &hnames)?;
        }
        _ if !class_kw.is_empty() => {
            return Err(vm.type_error(format!(
                "{name}.__init_subclass__() takes no keyword arguments"
            )));
        }
        _ => {}
    }
    Ok(clsv)
}

/// Record `__slots__`: when this class and every Python base declare slots (none of
/// them `__dict__`), instances are limited to those names and expose no `__dict__`.
fn apply_slots(vm: &mut Vm, cls: &PyRef, slots: Option<Value>) -> PyResult<()> {
    let Some(slots) = slots else { return Ok(()) };
    let mut names: Vec<String> = match slots.as_str() {
        Some(s) => vec![s.to_string()],
        None => crate::builtins::seq::to_vec(vm, &slots)?
            .iter()
            .map(|v| v.as_str().map(|s| s.to_string()))
            .collect::<Option<Vec<_>>>()
            .ok_or_else(|| vm.type_error("__slots__ items must be strings"))?,
    };
    if names.iter().any(|n| n == "__dict__") {
        return Ok(());
    }
    let td = type_data(cls);
    for base in td.mro.borrow().iter().skip(1) {
        let bd = type_data(base);
        if !bd.heap {
            continue;
        }
        match &*bd.slot_names.borrow() {
            Some(inherited) => names.extend(inherited.iter().cloned()),
            None => return Ok(()),
        }
    }
    *td.slot_names.borrow_mut() = Some(names);
    Ok(())
}

/// `super(cls, obj)`.
pub fn make_super(vm: &mut Vm, cls: &Value, obj: &Value) -> PyResult<Value> {
    let Value::Obj(c) = cls else {
        return Err(vm.type_error("super() argument 1 must be a type"));
    };
    if !matches!(c.payload, Payload::Type(_)) {
        return Err(vm.type_error(format!(
            "super() argument 1 must be a type, not {}",
            vm.type_name(cls)
        )));
    }
    if obj.is_undef() {
        return Err(vm.runtime_error("super(): no arguments"));
    }
    let ok = match obj {
        Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => {
            is_subtype(o, c) || is_subtype(vm.type_of(obj), c)
        }
        _ => is_subtype(vm.type_of(obj), c),
    };
    if !ok {
        return Err(vm.type_error("super(type, obj): obj must be an instance or subtype of type"));
    }
    Ok(vm.new_object(
        &vm.types().super_.clone(),
        Payload::Super(Box::new((c.clone(), obj.clone()))),
    ))
}

/// `super().name` when it is a plain function found on a class after `__class__` in
/// the MRO of the receiver (an instance): the function and the receiver, for a method
/// call without a bound method (`LoadMethod`). `None` for anything else (descriptors,
/// class receivers, not found), which `super_getattr` handles.
pub fn super_method(vm: &Vm, sup: &PyRef, name: &PyStr) -> Option<(Value, Value)> {
    let Payload::Super(s) = &sup.payload else {
        return None;
    };
    let (cls, obj) = (&s.0, &s.1);
    if matches!(obj, Value::Obj(o) if matches!(o.payload, Payload::Type(_))) {
        return None;
    }
    let start_ty = vm.type_of(obj);
    let mro = type_data(start_ty).mro.borrow();
    let pos = mro.iter().position(|t| Rc::ptr_eq(t, cls))? + 1;
    for t in &mro[pos..] {
        let found = match &type_data(t).dict.payload {
            Payload::Dict(tab) => tab.borrow().get_str(name.as_str(), name.hash()).cloned(),
            _ => None,
        };
        if let Some(v) = found {
            return matches!(v.payload(), Some(Payload::Function(_))).then(|| (v, obj.clone()));
        }
    }
    None
}

/// Attribute lookup on a `super` object: the MRO after `cls`.
pub fn super_getattr(vm: &mut Vm, sup: &PyRef, name: &PyStr) -> PyResult<Option<Value>> {
    let Payload::Super(s) = &sup.payload else {
        return Ok(None);
    };
    let (cls, obj) = (s.0.clone(), s.1.clone());
    let start_ty = match &obj {
        Value::Obj(o) if matches!(o.payload, Payload::Type(_)) && is_subtype(o, &cls) => o.clone(),
        _ => vm.type_of(&obj).clone(),
    };
    let mro = type_data(&start_ty).mro.borrow().clone();
    let pos = mro
        .iter()
        .position(|t| Rc::ptr_eq(t, &cls))
        .map(|p| p + 1)
        .unwrap_or(mro.len());
    for t in &mro[pos..] {
        let d = &type_data(t).dict;
        let found = match &d.payload {
            Payload::Dict(tab) => tab.borrow().get_str(name.as_str(), name.hash()).cloned(),
            _ => None,
        };
        if let Some(v) = found {
            let is_type_obj =
                matches!(&obj, Value::Obj(o) if matches!(o.payload, Payload::Type(_)));
            return Ok(Some(match v.payload() {
                Some(Payload::Function(_)) if is_type_obj => v,
                Some(Payload::ClassMethod(f)) => {
                    let target = if is_type_obj {
                        obj.clone()
                    } else {
                        Value::Obj(vm.type_of(&obj).clone())
                    };
                    vm.new_bound_method(f.clone(), target)
                }
                Some(Payload::StaticMethod(f)) => f.clone(),
                _ => vm.descr_get(&v, &obj, &start_ty)?,
            }));
        }
    }
    Ok(None)
}

/// True when `v` is `object.__new__` (possibly wrapped in a staticmethod).
pub(crate) fn is_object_new(v: &Value) -> bool {
    is_native(v, object_new)
}

fn is_native(v: &Value, f: NativeFn) -> bool {
    match v.payload() {
        Some(Payload::Builtin(b)) => b.func as usize == f as usize,
        Some(Payload::StaticMethod(inner)) => is_native(inner, f),
        _ => false,
    }
}

/// Allocate an instance of heap class `cls` laid out like its builtin base.
pub(crate) fn alloc_instance(
    vm: &mut Vm,
    cls: &PyRef,
    args: &[Value],
    kwnames: &[Rc<PyStr>],
) -> PyResult<Value> {
    let td = type_data(cls);
    let npos = args.len() - kwnames.len();
    if td.kind == TypeKind::Type {
        // `type.__new__(Meta, name, bases, ns)` (a metaclass's `super().__new__`): a
        // new class whose type is `cls`.
        return crate::builtins::constructors::construct(vm, cls, &args[..npos], &[]);
    }
    let room = td.attr_hint.get() as usize;
    if td.kind == TypeKind::Object {
        // A plain instance keeps its attributes inline (`Payload::Instance`): one
        // object, no dict object until `__dict__` is asked for. An empty table, then
        // room reserved in place: a table with capacity built first and moved into the
        // new object would be written in pieces and copied whole, which stalls (store
        // forwarding).
        let obj = PyObject::new_in_place(cls.clone(), || {
            Payload::Instance(RefCell::new(DictTable::new()))
        });
        if room > 0
            && let Payload::Instance(t) = &obj.payload
        {
            t.borrow_mut().reserve(room);
        }
        return Ok(Value::Obj(obj));
    }
    let Value::Obj(dict) = vm.new_dict(DictTable::new()) else {
        unreachable!("a dict is an object")
    };
    let dict = Some(dict);
    if room > 0
        && let Some(d) = &dict
        && let Payload::Dict(t) = &d.payload
    {
        t.borrow_mut().reserve(room);
    }
    let payload = match td.kind {
        TypeKind::Object => unreachable!("plain instances are made above"),
        TypeKind::Exception => {
            let a = vm.new_tuple(args[..npos].to_vec());
            Payload::Exception(Box::new(RefCell::new(ExcData {
                args: a,
                ..Default::default()
            })))
        }
        TypeKind::List => Payload::List(RefCell::new(Vec::new())),
        TypeKind::Dict => Payload::Dict(RefCell::new(DictTable::new())),
        TypeKind::Set => Payload::Set(RefCell::new(Default::default())),
        _ => {
            // Immutable builtin bases: build the base value, then re-home its payload.
            let base = type_data(cls)
                .mro
                .borrow()
                .iter()
                .find(|t| !type_data(t).heap)
                .cloned()
                .unwrap_or_else(|| vm.types().object.clone());
            let v = call_type(vm, &base, args, kwnames)?;
            match v {
                Value::Int(i) => Payload::BigInt(BigInt::from(i)),
                Value::Bool(b) => Payload::BigInt(BigInt::from(b.get() as i64)),
                Value::Float(_) => {
                    return Err(vm.type_error("subclassing float is not supported"));
                }
                Value::Obj(o) => match Rc::try_unwrap(o) {
                    Ok(obj) => obj.payload,
                    Err(o) => match &o.payload {
                        Payload::Str(s) => Payload::Str(PyStr::new(s.as_str())),
                        Payload::Tuple(t) => Payload::Tuple(t.clone()),
                        Payload::BigInt(b) => Payload::BigInt(b.clone()),
                        Payload::Bytes(b) => Payload::Bytes(b.clone()),
                        Payload::FrozenSet(s) => Payload::FrozenSet(s.clone()),
                        _ => return Err(vm.type_error("unsupported builtin base class")),
                    },
                },
                _ => return Err(vm.type_error("unsupported builtin base class")),
            }
        }
    };
    Ok(Value::Obj(Rc::new(PyObject::new(
        cls.clone(),
        dict,
        payload,
    ))))
}

/// Calling a class.
pub fn call_type(
    vm: &mut Vm,
    cls: &PyRef,
    args: &[Value],
    kwnames: &[Rc<PyStr>],
) -> PyResult<Value> {
    let td = type_data(cls);
    if !td.heap {
        return crate::builtins::constructors::construct(vm, cls, args, kwnames);
    }
    let clsv = Value::Obj(cls.clone());
    let new = vm.lookup_special_on(cls, Special::New);
    let obj = match &new {
        Some(n)
            if !is_native(n, object_new) && !matches!(n.payload(), Some(Payload::Builtin(_))) =>
        {
            let f = match n.payload() {
                Some(Payload::StaticMethod(f)) => f.clone(),
                _ => n.clone(),
            };
            let mut full = Vec::with_capacity(args.len() + 1);
            full.push(clsv.clone());
            full.extend_from_slice(args);
            let o = vm.call(&f, &full, kwnames)?;
            if !is_subtype(vm.type_of(&o), cls) {
                return Ok(o);
            }
            o
        }
        _ => alloc_instance(vm, cls, args, kwnames)?,
    };
    let init = vm.lookup_special_on(cls, Special::Init);
    match init {
        Some(i) if matches!(i.payload(), Some(Payload::Function(_))) => {
            let mut full = Vec::with_capacity(args.len() + 1);
            full.push(obj.clone());
            full.extend_from_slice(args);
            let r = vm.call(&i, &full, kwnames)?;
            if !r.is_none() {
                return Err(vm.type_error(format!(
                    "__init__() should return None, not '{}'",
                    vm.type_name(&r)
                )));
            }
        }
        Some(i) if is_native(&i, object_init) => {
            let new_overridden = new.as_ref().is_some_and(|n| !is_native(n, object_new));
            if !args.is_empty() && !new_overridden && td.kind == TypeKind::Object {
                return Err(vm.type_error(format!("{}() takes no arguments", td.name)));
            }
        }
        // A builtin base's __init__ (list, dict ...); immutable bases and exceptions
        // were fully built by allocation.
        Some(i)
            if !matches!(
                td.kind,
                TypeKind::Exception
                    | TypeKind::Str
                    | TypeKind::Int
                    | TypeKind::Tuple
                    | TypeKind::FrozenSet
                    | TypeKind::Bytes
            ) =>
        {
            let mut full = Vec::with_capacity(args.len() + 1);
            full.push(obj.clone());
            full.extend_from_slice(args);
            vm.call(&i, &full, kwnames)?;
        }
        Some(_) => {}
        None => {}
    }
    Ok(obj)
}

// ----- object -----

pub fn object_init(_vm: &mut Vm, _args: &[Value], _kw: &[Rc<PyStr>]) -> PyResult<Value> {
    Ok(Value::None)
}

pub fn object_new(vm: &mut Vm, args: &[Value], kw: &[Rc<PyStr>]) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.first() else {
        return Err(vm.type_error("object.__new__(): not enough arguments"));
    };
    if !matches!(cls.payload, Payload::Type(_)) {
        return Err(vm.type_error("object.__new__(X): X is not a type object"));
    }
    if !type_data(cls).heap {
        return crate::builtins::constructors::construct(vm, cls, &[], &[]);
    }
    let _ = kw;
    alloc_instance(vm, &cls.clone(), &args[1..args.len() - kw.len()], &[])
}

fn object_eq(vm: &mut Vm, args: &[Value], _kw: &[Rc<PyStr>]) -> PyResult<Value> {
    check_count(vm, "__eq__", args, 2, 2)?;
    if args[0].is(&args[1]) {
        Ok(Value::Bool(B64::TRUE))
    } else {
        Ok(vm.interp.not_implemented.clone())
    }
}

fn object_ne(vm: &mut Vm, args: &[Value], _kw: &[Rc<PyStr>]) -> PyResult<Value> {
    check_count(vm, "__ne__", args, 2, 2)?;
    let r = vm.compare(&args[0], &args[1], crate::bytecode::op::CmpKind::Eq)?;
    let t = vm.truthy(&r)?;
    Ok(Value::bool(!t))
}

fn object_hash(_vm: &mut Vm, args: &[Value], _kw: &[Rc<PyStr>]) -> PyResult<Value> {
    let v = args.first().cloned().unwrap_or_default();
    Ok(Value::Int((v.id() as usize >> 4) as i64))
}

fn object_repr(vm: &mut Vm, args: &[Value], _kw: &[Rc<PyStr>]) -> PyResult<Value> {
    let v = args.first().cloned().unwrap_or_default();
    let ty = vm.type_of(&v).clone();
    let td = type_data(&ty);
    let module = td.module_name();
    let s = if module == "builtins" {
        format!("<{} object at {:#x}>", td.qualname, v.id())
    } else {
        format!("<{}.{} object at {:#x}>", module, td.qualname, v.id())
    };
    Ok(vm.new_string(s))
}

fn object_str(vm: &mut Vm, args: &[Value], _kw: &[Rc<PyStr>]) -> PyResult<Value> {
    let v = args.first().cloned().unwrap_or_default();
    let s = vm.repr(&v)?;
    Ok(vm.new_string(s))
}

fn object_setattr(vm: &mut Vm, args: &[Value], _kw: &[Rc<PyStr>]) -> PyResult<Value> {
    check_count(vm, "__setattr__", args, 3, 3)?;
    if args[1].as_str().is_none() {
        return Err(vm.type_error("attribute name must be string"));
    }
    let name = vm.intern(args[1].as_str().unwrap_or(""));
    if !matches!(args[0], Value::Obj(_)) {
        return Err(vm.type_error(format!(
            "can't apply this __setattr__ to {} object",
            vm.type_name(&args[0])
        )));
    }
    vm.object_setattr(&args[0], &name, args[2].clone())?;
    Ok(Value::None)
}

fn object_getattribute(vm: &mut Vm, args: &[Value], _kw: &[Rc<PyStr>]) -> PyResult<Value> {
    check_count(vm, "__getattribute__", args, 2, 2)?;
    let Some(s) = args[1].as_pystr() else {
        return Err(vm.type_error("attribute name must be string"));
    };
    match vm.getattr_opt(&args[0], s)? {
        Some(v) => Ok(v),
        None => Err(vm.no_attribute(&args[0], s.as_str())),
    }
}

fn object_delattr(vm: &mut Vm, args: &[Value], _kw: &[Rc<PyStr>]) -> PyResult<Value> {
    check_count(vm, "__delattr__", args, 2, 2)?;
    let Value::Obj(o) = &args[0] else {
        return Err(vm.type_error("can't delete attribute"));
    };
    let s = args[1]
        .as_pystr()
        .ok_or_else(|| vm.type_error("attribute name must be string"))?;
    if let Some(Some(_)) = vm.with_attr_table(o, |t| {
        let idx = t.borrow().find_str(s.as_str(), s.hash());
        idx.map(|i| t.borrow_mut().remove_at(i))
    }) {
        return Ok(Value::None);
    }
    Err(vm.no_attribute(&args[0], s.as_str()))
}

fn object_format(vm: &mut Vm, args: &[Value], _kw: &[Rc<PyStr>]) -> PyResult<Value> {
    check_count(vm, "__format__", args, 2, 2)?;
    let spec = args[1].as_str().unwrap_or("").to_string();
    if !spec.is_empty() {
        return Err(vm.type_error(format!(
            "unsupported format string passed to {}.__format__",
            vm.type_name(&args[0])
        )));
    }
    let s = vm.to_str(&args[0])?;
    Ok(vm.new_string(s))
}

fn object_init_subclass(vm: &mut Vm, args: &[Value], kw: &[Rc<PyStr>]) -> PyResult<Value> {
    if !kw.is_empty() {
        let name = match args.first() {
            Some(Value::Obj(c)) if matches!(c.payload, Payload::Type(_)) => {
                type_data(c).name.clone()
            }
            _ => "object".into(),
        };
        return Err(vm.type_error(format!(
            "{name}.__init_subclass__() takes no keyword arguments"
        )));
    }
    if args.len() > 1 {
        return Err(vm.type_error(format!(
            "object.__init_subclass__() takes no arguments ({} given)",
            args.len() - 1
        )));
    }
    Ok(Value::None)
}

fn object_dir(vm: &mut Vm, args: &[Value], _kw: &[Rc<PyStr>]) -> PyResult<Value> {
    crate::builtins::functions::dir_of(vm, &args[0])
}

pub fn register_object(vm: &mut Vm) {
    let obj = vm.types().object.clone();
    let entries: &[(&str, NativeFn)] = &[
        ("__init__", object_init),
        ("__eq__", object_eq),
        ("__ne__", object_ne),
        ("__hash__", object_hash),
        ("__repr__", object_repr),
        ("__str__", object_str),
        ("__setattr__", object_setattr),
        ("__getattribute__", object_getattribute),
        ("__delattr__", object_delattr),
        ("__format__", object_format),
        ("__dir__", object_dir),
    ];
    for (name, f) in entries {
        let m = vm.new_method_descr(name, *f);
        set_type_attr(vm, &obj, name, m);
    }
    let new = vm.new_builtin("__new__", object_new);
    let new = vm.new_object(&vm.types().staticmethod.clone(), Payload::StaticMethod(new));
    set_type_attr(vm, &obj, "__new__", new);
    let isc = vm.new_builtin("__init_subclass__", object_init_subclass);
    let isc = vm.new_object(&vm.types().classmethod.clone(), Payload::ClassMethod(isc));
    set_type_attr(vm, &obj, "__init_subclass__", isc);
}

/// Store into a type's namespace.
pub fn set_type_attr(vm: &mut Vm, ty: &PyRef, name: &str, v: Value) {
    let key = vm.intern(name);
    crate::vm::eval::dict_set_str(&type_data(ty).dict, key, v);
}

/// Register native methods on a builtin type.
pub fn add_methods(vm: &mut Vm, ty: &PyRef, methods: &[(&'static str, NativeFn)]) {
    for (name, f) in methods {
        let m = vm.new_method_descr(name, *f);
        set_type_attr(vm, ty, name, m);
    }
}
