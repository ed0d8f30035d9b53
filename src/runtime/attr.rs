//! Attribute access: `getattr`/`setattr`/`delattr`, method lookup for calls, and the
//! descriptor protocol (functions bind, `property`, `classmethod`, `staticmethod`,
//! user `__get__`/`__set__`).

use crate::runtime::dict::DictTable;
use crate::runtime::str::PyStr;
use crate::runtime::types::{Special, lookup_mro, type_data};
use crate::runtime::value::*;
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;
use std::rc::Rc;

/// Outcome of a method lookup for `LoadMethod`.
pub enum MethodLookup {
    /// A function on the class: call with the receiver prepended.
    Unbound(Value),
    /// Any other attribute: call as is.
    Attr(Value),
    /// `super().name`, a function on a class after `__class__` in the receiver's MRO:
    /// call it with the receiver (the super object's `self`) prepended.
    Super(Value, Value),
}

impl Vm {
    /// `obj.name` where `name` is a `str` value.
    pub fn getattr(&mut self, obj: &Value, name: &Value) -> PyResult<Value> {
        // A class overriding __getattribute__ takes over completely (then __getattr__).
        if self.is_heap(obj)
            && let Some(ga) = self.lookup_special(obj, Special::GetAttribute)
            && matches!(ga.payload(), Some(Payload::Function(_)))
        {
            return match self.call_method_value(&ga, obj, std::slice::from_ref(name)) {
                Err(e) if self.err_matches(&e, &self.types().attribute_error.clone()) => {
                    match self.lookup_special(obj, Special::GetAttr) {
                        Some(f) => self.call_method_value(&f, obj, std::slice::from_ref(name)),
                        None => Err(e),
                    }
                }
                r => r,
            };
        }
        // Fast path: instances of Python classes.
        if let Value::Obj(o) = obj
            && matches!(o.payload, Payload::Plain | Payload::Instance(_))
            && o.type_data().heap
        {
            let ty = o.ty().clone();
            let descr = self.class_lookup(&ty, name);
            if let Some(d) = &descr
                && self.is_data_descriptor(d)
            {
                return self.descr_get(d, obj, &ty);
            }
            if let Some(t) = o.attr_table() {
                let ps = name.as_pystr().expect("str");
                if let Some(v) = t.borrow().get_str(ps.as_str(), ps.hash()) {
                    return Ok(v.clone());
                }
            }
            if let Some(d) = descr {
                return self.descr_get(&d, obj, &ty);
            }
        }
        let pname = name.as_pystr().expect("attribute names are str");
        match self.getattr_opt(obj, pname)? {
            Some(v) => Ok(v),
            None => {
                if let Value::Obj(o) = obj
                    && o.type_data().heap
                    && let Some(ga) = self.lookup_special(obj, Special::GetAttr)
                {
                    return self.call_method_value(&ga, obj, std::slice::from_ref(name));
                }
                Err(self.no_attribute(obj, pname.as_str()))
            }
        }
    }

    /// `getattr` by Rust string.
    pub fn getattr_str(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        let n = self.intern(name);
        self.getattr(obj, &n)
    }

    pub fn no_attribute(&self, obj: &Value, name: &str) -> crate::vm::PyErr {
        match obj.payload() {
            Some(Payload::Module(m)) => {
                self.attribute_error(format!("module '{}' has no attribute '{}'", m.name, name))
            }
            Some(Payload::Type(t)) => self.attribute_error(format!(
                "type object '{}' has no attribute '{}'",
                t.name, name
            )),
            _ => self.attribute_error(format!(
                "'{}' object has no attribute '{}'",
                self.type_name(obj),
                name
            )),
        }
    }

    /// Attribute lookup without `__getattr__`; `Ok(None)` when missing.
    pub fn getattr_opt(&mut self, obj: &Value, name: &PyStr) -> PyResult<Option<Value>> {
        let s = name.as_str();
        let h = name.hash();
        if let Value::Obj(o) = obj {
            match &o.payload {
                Payload::Type(_) => return self.type_getattr(o, name),
                Payload::Super(_) => {
                    if let Some(v) = crate::builtins::classes::super_getattr(self, o, name)? {
                        return Ok(Some(v));
                    }
                }
                Payload::Module(m) => {
                    if let Some(t) = o.attr_table()
                        && let Some(v) = t.borrow().get_str(s, h)
                    {
                        return Ok(Some(v.clone()));
                    }
                    return Ok(match s {
                        "__dict__" => o.dict().cloned().map(Value::Obj),
                        "__name__" => Some(self.new_str(&m.name)),
                        _ => {
                            // PEP 562: a module-level `__getattr__` supplies missing names.
                            let hook = o.dict().and_then(|d| match &d.payload {
                                Payload::Dict(t) => t
                                    .borrow()
                                    .get_str(
                                        "__getattr__",
                                        crate::runtime::str::str_hash(b"__getattr__"),
                                    )
                                    .cloned(),
                                _ => None,
                            });
                            match hook {
                                Some(f) => {
                                    let n = self.new_str(s);
                                    Some(self.call(&f, &[n], &[])?)
                                }
                                None => None,
                            }
                        }
                    });
                }
                _ => {}
            }
            let ty = o.ty().clone();
            let descr = lookup_mro(&ty, s, h);
            if let Some(d) = &descr
                && self.is_data_descriptor(d)
            {
                return self.descr_get(d, obj, &ty).map(Some);
            }
            // Instance dict.
            if let Some(Some(v)) = self.with_attr_table(o, |t| t.borrow().get_str(s, h).cloned()) {
                return Ok(Some(v));
            }
            if let Some(d) = descr {
                return self.descr_get(&d, obj, &ty).map(Some);
            }
            return self.special_attr(obj, s);
        }
        let ty = self.type_of(obj).clone();
        match lookup_mro(&ty, s, h) {
            Some(d) => self.descr_get(&d, obj, &ty).map(Some),
            None => self.special_attr(obj, s),
        }
    }

    /// Run `f` on the table of `o`'s own attributes, if it has one, without making a
    /// `__dict__` object for a plain instance (see `PyObject::attr_table`).
    pub fn with_attr_table<R>(
        &self,
        o: &PyRef,
        f: impl FnOnce(&RefCell<DictTable>) -> R,
    ) -> Option<R> {
        if let Some(t) = o.attr_table() {
            return Some(f(t));
        }
        // Exceptions' attributes, functions' dicts.
        let d = self.instance_dict(o)?;
        d.as_dict().map(f)
    }

    /// The instance `__dict__` of an object, if it has one (made on first use for a plain
    /// instance).
    pub fn instance_dict(&self, o: &PyRef) -> Option<Value> {
        if let Some(d) = o.dict_obj(self) {
            return Some(Value::Obj(d));
        }
        if let Payload::Exception(e) = &o.payload {
            return e.borrow().attrs.clone();
        }
        if let Payload::Function(f) = &o.payload {
            return f.dict.borrow().clone().map(Value::Obj);
        }
        None
    }

    fn is_data_descriptor(&self, d: &Value) -> bool {
        match d.payload() {
            Some(Payload::Property(_)) => true,
            Some(Payload::Plain | Payload::Instance(_)) if self.is_heap(d) => {
                self.lookup_special(d, Special::Set).is_some()
                    || self.lookup_special(d, Special::Delete).is_some()
            }
            _ => false,
        }
    }

    /// Apply the descriptor protocol to a class attribute found for `obj`.
    pub fn descr_get(&mut self, d: &Value, obj: &Value, ty: &PyRef) -> PyResult<Value> {
        match d.payload() {
            Some(Payload::Function(_)) => Ok(self.new_bound_method(d.clone(), obj.clone())),
            Some(Payload::Builtin(b)) if b.binds_self => {
                Ok(self.new_bound_method(d.clone(), obj.clone()))
            }
            Some(Payload::StaticMethod(f)) => Ok(f.clone()),
            Some(Payload::ClassMethod(f)) => {
                Ok(self.new_bound_method(f.clone(), Value::Obj(ty.clone())))
            }
            Some(Payload::Property(p)) => {
                let getter = p[0].clone();
                if getter.is_none() {
                    return Err(self.attribute_error("unreadable attribute"));
                }
                self.call(&getter, std::slice::from_ref(obj), &[])
            }
            Some(Payload::Plain | Payload::Instance(_)) | Some(Payload::Exception(_))
                if self.is_heap(d) =>
            {
                match self.lookup_special(d, Special::Get) {
                    Some(g) => {
                        self.call_method_value(&g, d, &[obj.clone(), Value::Obj(ty.clone())])
                    }
                    None => Ok(d.clone()),
                }
            }
            _ => Ok(d.clone()),
        }
    }

    /// Bind a class attribute to an instance (used for special methods found on a class).
    pub fn bind_descriptor(&mut self, d: &Value, obj: &Value) -> PyResult<Value> {
        let ty = self.type_of(obj).clone();
        self.descr_get(d, obj, &ty)
    }

    /// Attribute access on a class object: `C.name`.
    fn type_getattr(&mut self, t: &PyRef, name: &PyStr) -> PyResult<Option<Value>> {
        let s = name.as_str();
        if let Some(v) = lookup_mro(t, s, name.hash()) {
            return Ok(Some(match v.payload() {
                Some(Payload::StaticMethod(f)) => f.clone(),
                Some(Payload::ClassMethod(f)) => {
                    self.new_bound_method(f.clone(), Value::Obj(t.clone()))
                }
                Some(Payload::Plain | Payload::Instance(_)) if self.is_heap(&v) => {
                    match self.lookup_special(&v, Special::Get) {
                        Some(g) => {
                            self.call_method_value(&g, &v, &[Value::None, Value::Obj(t.clone())])?
                        }
                        None => v,
                    }
                }
                _ => v,
            }));
        }
        let td = type_data(t);
        Ok(Some(match s {
            "__name__" => self.new_str(&td.name),
            "__qualname__" => self.new_str(&td.qualname),
            "__module__" => self.new_str(&td.module_name()),
            // A snapshot (CPython gives a read-only proxy): writes must go through
            // setattr so the class caches are invalidated.
            "__dict__" => {
                let t = match &td.dict.payload {
                    Payload::Dict(t) => t.borrow().clone(),
                    _ => Default::default(),
                };
                self.new_dict(t)
            }
            "__mro__" => {
                let m: Vec<Value> = td
                    .mro
                    .borrow()
                    .iter()
                    .map(|x| Value::Obj(x.clone()))
                    .collect();
                self.new_tuple(m)
            }
            "__bases__" => {
                let m: Vec<Value> = td.bases.iter().map(|x| Value::Obj(x.clone())).collect();
                self.new_tuple(m)
            }
            "__base__" => td
                .bases
                .first()
                .map(|b| Value::Obj(b.clone()))
                .unwrap_or(Value::None),
            "__doc__" => Value::None,
            "__class__" => Value::Obj(t.ty().clone()),
            "mro" => {
                let data = Value::Obj(t.clone());
                self.new_builtin_with_data("mro", type_mro, data)
            }
            "__subclasses__" => return Ok(None),
            _ => {
                // Attributes of the metatype (`type`) itself, e.g. `C.__call__`.
                let meta = t.ty().clone();
                if !Rc::ptr_eq(&meta, t)
                    && let Some(v) = lookup_mro(&meta, s, name.hash())
                {
                    return self.descr_get(&v, &Value::Obj(t.clone()), &meta).map(Some);
                }
                return Ok(None);
            }
        }))
    }

    /// Attributes every object has that are not stored in a dict.
    fn special_attr(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        if name == "__class__" {
            return Ok(Some(Value::Obj(self.type_of(obj).clone())));
        }
        let Some(p) = obj.payload() else {
            return Ok(match (obj, name) {
                (Value::Int(_) | Value::Bool(_), "real" | "numerator") => {
                    Some(self.int_of_bool(obj))
                }
                (Value::Int(_) | Value::Bool(_), "imag") => Some(Value::Int(0)),
                (Value::Int(_) | Value::Bool(_), "denominator") => Some(Value::Int(1)),
                (Value::Float(_), "real") => Some(obj.clone()),
                (Value::Float(_), "imag") => Some(Value::float(0.0)),
                _ => None,
            });
        };
        Ok(match (p, name) {
            (Payload::Plain | Payload::Instance(_), "__dict__") => match obj {
                Value::Obj(o) if o.type_data().slot_names.borrow().is_none() => {
                    o.dict_obj(self).map(Value::Obj)
                }
                _ => None,
            },
            // Instances of subclasses of builtins (a list subclass, say) have a dict
            // object from the start. (Exceptions answer below.)
            (p, "__dict__")
                if !matches!(p, Payload::Exception(_) | Payload::Module(_))
                    && let Value::Obj(o) = obj
                    && o.type_data().heap
                    && o.type_data().slot_names.borrow().is_none()
                    && let Some(d) = o.dict() =>
            {
                Some(Value::Obj(d.clone()))
            }
            (Payload::Function(f), _) => match name {
                "__name__" => Some(Value::Obj(self.str_obj(&f.name.borrow()))),
                "__qualname__" => Some(self.new_str(&f.qualname.borrow())),
                "__doc__" => Some(f.doc.borrow().clone()),
                "__module__" => Some(f.module.clone()),
                "__defaults__" => {
                    let d = f.defaults.borrow().clone();
                    Some(if d.is_empty() {
                        Value::None
                    } else {
                        self.new_tuple(d)
                    })
                }
                "__globals__" => Some(Value::Obj(f.globals.clone())),
                "__kwdefaults__" => {
                    let kd = f.kwdefaults.borrow().clone();
                    if kd.is_empty() {
                        Some(Value::None)
                    } else {
                        let d = self.new_dict(Default::default());
                        for (k, v) in kd {
                            let key = self.new_str(k.as_str());
                            crate::builtins::dict::dict_set(self, &d, key, v)?;
                        }
                        Some(d)
                    }
                }
                "__dict__" => {
                    let mut slot = f.dict.borrow_mut();
                    if slot.is_none() {
                        *slot = Some(
                            self.new_dict(Default::default())
                                .as_obj()
                                .cloned()
                                .expect("dict"),
                        );
                    }
                    slot.clone().map(Value::Obj)
                }
                "__code__" => {
                    Some(self.new_object(&self.types().code.clone(), Payload::Code(f.code.clone())))
                }
                "__closure__" => Some(Value::None),
                "__wrapped__" => None,
                _ => None,
            },
            (Payload::Builtin(b), "__name__" | "__qualname__") => Some(self.new_str(b.name)),
            (Payload::Builtin(_), "__doc__") => Some(Value::None),
            (Payload::Builtin(b), "__self__") => Some(b.data.clone()),
            (Payload::BoundMethod(m), "__self__") => Some(m.1.clone()),
            (Payload::BoundMethod(m), "__func__") => Some(m.0.clone()),
            (Payload::BoundMethod(m), "__name__" | "__qualname__" | "__doc__") => {
                let f = m.0.clone();
                return self.getattr_opt(&f, &PyStr::new(name));
            }
            (Payload::Exception(e), _) => match name {
                "args" => Some(e.borrow().args.clone()),
                "__cause__" => Some(e.borrow().cause.clone().unwrap_or(Value::None)),
                "__context__" => Some(e.borrow().context.clone().unwrap_or(Value::None)),
                "__suppress_context__" => Some(Value::bool(e.borrow().suppress_context)),
                "__traceback__" => Some(self.traceback_object(obj)),
                "__dict__" => {
                    // Instances of exception subclasses keep attributes in their own
                    // dict (see `setattr`); builtin exceptions in `attrs`.
                    if let Some(d) = obj.as_obj().and_then(|o| o.dict().cloned()) {
                        return Ok(Some(Value::Obj(d)));
                    }
                    let mut ed = e.borrow_mut();
                    if ed.attrs.is_none() {
                        ed.attrs = Some(self.new_dict(Default::default()));
                    }
                    ed.attrs.clone()
                }
                _ => crate::builtins::exceptions::exception_attr(self, obj, name)?,
            },
            (Payload::Property(p), "fget") => Some(p[0].clone()),
            (Payload::Property(p), "__doc__") => {
                let g = p[0].clone();
                if g.is_none() {
                    Some(Value::None)
                } else {
                    self.getattr_opt(&g, &PyStr::new("__doc__"))?
                }
            }
            (Payload::Property(p), "fset") => Some(p[1].clone()),
            (Payload::Property(p), "fdel") => Some(p[2].clone()),
            (Payload::StaticMethod(f) | Payload::ClassMethod(f), "__func__") => Some(f.clone()),
            (Payload::Slice(s), "start") => Some(s[0].clone()),
            (Payload::Slice(s), "stop") => Some(s[1].clone()),
            (Payload::Slice(s), "step") => Some(s[2].clone()),
            (Payload::Range(r), "start") => Some(Value::Int(r.start)),
            (Payload::Range(r), "stop") => Some(Value::Int(r.stop)),
            (Payload::Range(r), "step") => Some(Value::Int(r.step)),
            (Payload::BigInt(_), "real" | "numerator") => Some(obj.clone()),
            (Payload::BigInt(_), "imag") => Some(Value::Int(0)),
            (Payload::BigInt(_), "denominator") => Some(Value::Int(1)),
            (Payload::Code(c), "co_name") => Some(self.new_str(&c.unit.name)),
            (Payload::Code(c), "co_filename") => Some(self.new_str(&c.source.name)),
            (Payload::Code(c), "co_argcount") => Some(Value::Int(c.unit.argcount as i64)),
            (Payload::Code(c), "co_varnames") => {
                let v: Vec<Value> = c.unit.varnames.iter().map(|n| self.new_str(n)).collect();
                Some(self.new_tuple(v))
            }
            (Payload::Generator(_), _) => crate::vm::generator::generator_attr(self, obj, name)?,
            (Payload::File(_), _) => crate::modules::io::file_attr(self, obj, name),
            (Payload::Super(_), _) => None,
            _ => None,
        })
    }

    /// A traceback object for an exception that has been raised (`None` otherwise).
    pub fn traceback_object(&self, exc: &Value) -> Value {
        match exc.payload() {
            Some(Payload::Exception(e)) if !e.borrow().traceback.is_empty() => {
                self.new_object(&self.types().traceback.clone(), Payload::Plain)
            }
            _ => Value::None,
        }
    }

    fn int_of_bool(&self, v: &Value) -> Value {
        match v {
            Value::Bool(b) => Value::Int(b.get() as i64),
            _ => v.clone(),
        }
    }

    pub fn str_obj(&self, s: &Rc<PyStr>) -> PyRef {
        match self.new_str(s.as_str()) {
            Value::Obj(o) => o,
            _ => unreachable!(),
        }
    }

    /// `obj.name = value`.
    pub fn setattr(&mut self, obj: &Value, name: &Value, value: Value) -> PyResult<()> {
        let pname = name.as_pystr().expect("attribute names are str");
        let (s, h) = (pname.as_str(), pname.hash());
        let Value::Obj(o) = obj else {
            if self.getattr_opt(obj, pname)?.is_some() {
                return Err(self.attribute_error(format!(
                    "attribute '{}' of '{}' objects is not writable",
                    s,
                    self.type_name(obj)
                )));
            }
            return Err(self.attribute_error(format!(
                "'{}' object has no attribute '{}'",
                self.type_name(obj),
                s
            )));
        };
        match &o.payload {
            Payload::Type(td) => {
                if !td.heap {
                    return Err(self.type_error(format!(
                        "cannot set '{}' attribute of immutable type '{}'",
                        s, td.name
                    )));
                }
                let d = td.dict.clone();
                if let Payload::Dict(t) = &d.payload {
                    t.try_borrow_mut()
                        .map_err(|_| self.runtime_error("dictionary changed during lookup"))?
                        .set_str(name.clone(), h, value);
                }
                self.interp.type_epoch.set(self.interp.type_epoch.get() + 1);
                return Ok(());
            }
            Payload::Module(_) => {
                if let Some(t) = o.attr_table() {
                    t.try_borrow_mut()
                        .map_err(|_| self.runtime_error("dictionary changed during lookup"))?
                        .set_str(name.clone(), h, value);
                }
                return Ok(());
            }
            _ => {}
        }
        if o.type_data().heap
            && let Some(sa) = self.lookup_special(obj, Special::SetAttr)
            && !matches!(sa.payload(), Some(Payload::Builtin(_)))
        {
            self.call_method_value(&sa, obj, &[name.clone(), value])?;
            return Ok(());
        }
        self.object_setattr(obj, name, value)
    }

    /// `object.__setattr__`: data descriptors of the class (properties, `__set__`),
    /// else the instance dict.
    pub fn object_setattr(&mut self, obj: &Value, name: &Value, value: Value) -> PyResult<()> {
        let s = name.as_pystr().map(|p| p.as_str()).unwrap_or("");
        let Value::Obj(o) = obj else {
            return self.generic_setattr(obj, name, value);
        };
        let ty = o.ty().clone();
        if type_data(&ty).heap
            && let Some(d) = self.class_lookup(&ty, name)
        {
            match d.payload() {
                Some(Payload::Property(p)) => {
                    let setter = p[1].clone();
                    if setter.is_none() {
                        return Err(self.attribute_error(format!(
                            "property '{}' of '{}' object has no setter",
                            s,
                            type_data(&ty).name
                        )));
                    }
                    self.call(&setter, &[obj.clone(), value], &[])?;
                    return Ok(());
                }
                Some(Payload::Plain | Payload::Instance(_)) if self.is_heap(&d) => {
                    if let Some(set) = self.lookup_special(&d, Special::Set) {
                        self.call_method_value(&set, &d, &[obj.clone(), value])?;
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        self.generic_setattr(obj, name, value)
    }

    /// `object.__setattr__`: store into the instance dict.
    pub fn generic_setattr(&mut self, obj: &Value, name: &Value, value: Value) -> PyResult<()> {
        let pname = name.as_pystr().expect("str");
        let Value::Obj(o) = obj else { unreachable!() };
        if let Payload::Exception(e) = &o.payload {
            match pname.as_str() {
                "args" => {
                    let t = crate::builtins::seq::to_vec(self, &value)?;
                    e.borrow_mut().args = self.new_tuple(t);
                    return Ok(());
                }
                "__cause__" => {
                    let mut ed = e.borrow_mut();
                    ed.cause = if value.is_none() { None } else { Some(value) };
                    ed.suppress_context = true;
                    return Ok(());
                }
                "__context__" => {
                    e.borrow_mut().context = if value.is_none() { None } else { Some(value) };
                    return Ok(());
                }
                "__suppress_context__" => {
                    let b = self.truthy(&value)?;
                    e.borrow_mut().suppress_context = b;
                    return Ok(());
                }
                "__traceback__" => return Ok(()),
                _ => {}
            }
            if let Some(t) = o.attr_table() {
                t.try_borrow_mut()
                    .map_err(|_| self.runtime_error("dictionary changed during lookup"))?
                    .set_str(name.clone(), pname.hash(), value);
                return Ok(());
            }
            let d = {
                let mut ed = e.borrow_mut();
                if ed.attrs.is_none() {
                    ed.attrs = Some(self.new_dict(Default::default()));
                }
                ed.attrs.clone().expect("attrs")
            };
            d.as_dict()
                .expect("dict")
                .borrow_mut()
                .set_str(name.clone(), pname.hash(), value);
            return Ok(());
        }
        if let Payload::Function(f) = &o.payload {
            // The names live in the function (generators it makes copy them).
            if let "__name__" | "__qualname__" = pname.as_str() {
                let Some(v) = value.as_pystr() else {
                    return Err(self
                        .type_error(format!("{} must be set to a string object", pname.as_str())));
                };
                if pname.as_str() == "__name__" {
                    *f.name.borrow_mut() = Rc::new(PyStr::new(v.as_str()));
                } else {
                    *f.qualname.borrow_mut() = Rc::from(v.as_str());
                }
                return Ok(());
            }
            // Read by every call that binds arguments.
            if pname.as_str() == "__defaults__" {
                let d = match &value {
                    Value::None => Vec::new(),
                    v => v
                        .as_tuple()
                        .ok_or_else(|| {
                            self.type_error("__defaults__ must be set to a tuple object")
                        })?
                        .to_vec(),
                };
                let old = std::mem::replace(&mut *f.defaults.borrow_mut(), d);
                drop(old);
                return Ok(());
            }
            if pname.as_str() == "__kwdefaults__" {
                let kd = match &value {
                    Value::None => Vec::new(),
                    v => crate::vm::call::kwdefaults_of(v.as_dict().ok_or_else(|| {
                        self.type_error("__kwdefaults__ must be set to a dict object")
                    })?),
                };
                let old = std::mem::replace(&mut *f.kwdefaults.borrow_mut(), kd);
                drop(old);
                return Ok(());
            }
            let d = {
                let mut slot = f.dict.borrow_mut();
                if slot.is_none() {
                    *slot = Some(
                        self.new_dict(Default::default())
                            .as_obj()
                            .cloned()
                            .expect("dict"),
                    );
                }
                slot.clone().expect("dict")
            };
            if let Payload::Dict(t) = &d.payload {
                t.try_borrow_mut()
                    .map_err(|_| self.runtime_error("dictionary changed during lookup"))?
                    .set_str(name.clone(), pname.hash(), value);
            }
            return Ok(());
        }
        if let Some(slots) = &*o.type_data().slot_names.borrow()
            && !slots.iter().any(|s| s == pname.as_str())
        {
            return Err(self.attribute_error(format!(
                "'{}' object has no attribute '{}'",
                self.type_name(obj),
                pname.as_str()
            )));
        }
        match o.attr_table() {
            Some(t) => {
                t.try_borrow_mut()
                    .map_err(|_| self.runtime_error("dictionary changed during lookup"))?
                    .set_str(name.clone(), pname.hash(), value);
                Ok(())
            }
            None => Err(self.attribute_error(format!(
                "'{}' object has no attribute '{}'",
                self.type_name(obj),
                pname.as_str()
            ))),
        }
    }

    /// `del obj.name`.
    pub fn delattr(&mut self, obj: &Value, name: &Value) -> PyResult<()> {
        let pname = name.as_pystr().expect("str");
        let (s, h) = (pname.as_str(), pname.hash());
        if let Value::Obj(o) = obj {
            if let Payload::Type(td) = &o.payload {
                if let Payload::Dict(t) = &td.dict.payload {
                    let idx = t.borrow().find_str(s, h);
                    if let Some(i) = idx {
                        t.borrow_mut().remove_at(i);
                        self.interp.type_epoch.set(self.interp.type_epoch.get() + 1);
                        return Ok(());
                    }
                }
                return Err(self.no_attribute(obj, s));
            }
            // A function's names live in the function and cannot be removed.
            if let Payload::Function(_) = &o.payload
                && let "__name__" | "__qualname__" = s
            {
                return Err(self.type_error(format!("{s} must be set to a string object")));
            }
            let ty = o.ty().clone();
            if type_data(&ty).heap {
                if let Some(da) = self.lookup_special(obj, Special::DelAttr)
                    && !matches!(da.payload(), Some(Payload::Builtin(_)))
                {
                    self.call_method_value(&da, obj, std::slice::from_ref(name))?;
                    return Ok(());
                }
                if let Some(d) = lookup_mro(&ty, s, h)
                    && let Some(Payload::Property(p)) = d.payload()
                {
                    let deleter = p[2].clone();
                    if deleter.is_none() {
                        return Err(self.attribute_error(format!(
                            "property '{}' of '{}' object has no deleter",
                            s,
                            type_data(&ty).name
                        )));
                    }
                    self.call(&deleter, std::slice::from_ref(obj), &[])?;
                    return Ok(());
                }
            }
            let removed = self.with_attr_table(o, |t| {
                let idx = t.borrow().find_str(s, h);
                idx.map(|i| t.borrow_mut().remove_at(i))
            });
            if let Some(Some(_)) = removed {
                return Ok(());
            }
        }
        Err(self.no_attribute(obj, s))
    }

    /// Method lookup for `obj.name(...)` that avoids creating a bound method.
    pub fn load_method(&mut self, obj: &Value, name: &Value) -> PyResult<MethodLookup> {
        let pname = name.as_pystr().expect("str");
        if let Value::Obj(o) = obj {
            match &o.payload {
                Payload::Super(_) => {
                    if let Some((f, recv)) = crate::builtins::classes::super_method(self, o, pname)
                    {
                        return Ok(MethodLookup::Super(f, recv));
                    }
                    return self.getattr(obj, name).map(MethodLookup::Attr);
                }
                Payload::Type(_) | Payload::Module(_) => {
                    return self.getattr(obj, name).map(MethodLookup::Attr);
                }
                _ => {}
            }
            let ty = o.ty().clone();
            if self.is_heap(obj)
                && self
                    .lookup_special(obj, Special::GetAttribute)
                    .is_some_and(|g| matches!(g.payload(), Some(Payload::Function(_))))
            {
                return self.getattr(obj, name).map(MethodLookup::Attr);
            }
            if let Some(d) = self.class_lookup(&ty, name) {
                let plain = match d.payload() {
                    Some(Payload::Function(_)) => true,
                    Some(Payload::Builtin(b)) => b.binds_self,
                    _ => false,
                };
                if plain {
                    // An instance attribute of the same name shadows the method.
                    let shadowed = self
                        .with_attr_table(o, |t| {
                            t.borrow().get_str(pname.as_str(), pname.hash()).is_some()
                        })
                        .unwrap_or(false);
                    if !shadowed {
                        return Ok(MethodLookup::Unbound(d));
                    }
                }
            }
            return self.getattr(obj, name).map(MethodLookup::Attr);
        }
        let ty = self.type_of(obj).clone();
        if let Some(d) = lookup_mro(&ty, pname.as_str(), pname.hash())
            && matches!(d.payload(), Some(Payload::Builtin(b)) if b.binds_self)
        {
            return Ok(MethodLookup::Unbound(d));
        }
        self.getattr(obj, name).map(MethodLookup::Attr)
    }
}

/// `C.mro()`: the receiver class arrives as `args[0]` (builtin data).
fn type_mro(vm: &mut Vm, args: &[Value], _kw: &[Rc<PyStr>]) -> PyResult<Value> {
    let Some(t) = args.first().and_then(|a| a.as_type()) else {
        return Ok(vm.new_list(vec![]));
    };
    let m: Vec<Value> = t
        .mro
        .borrow()
        .iter()
        .map(|x| Value::Obj(x.clone()))
        .collect();
    Ok(vm.new_list(m))
}
