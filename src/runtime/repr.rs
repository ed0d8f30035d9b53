//! `repr()` and `str()` of every builtin type, `__repr__`/`__str__` for classes, with a
//! guard for self-referential containers (`[[...]]`) and deep nesting.

use crate::runtime::format::float_repr;
use crate::runtime::strops::{bytes_repr, str_repr};
use crate::runtime::types::{Special, type_data};
use crate::runtime::value::*;
use crate::vm::{PyResult, Vm};
use std::rc::Rc;

impl Vm {
    /// `repr(v)` as a Rust string.
    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::None | Value::Undef => return Ok("None".into()),
            Value::Bool(b) => return Ok(if b.get() { "True" } else { "False" }.into()),
            Value::Int(i) => return Ok(itoa::Buffer::new().format(*i).to_owned()),
            Value::Float(f) => return Ok(float_repr(f.get())),
            Value::Obj(_) => {}
        }
        let Value::Obj(o) = v else { unreachable!() };
        if let Payload::Native(_) = &o.payload
            && let Some(f) = crate::vm::eval::dict_get_str(&o.type_data().dict, "__repr__")
        {
            let r = self.call(&f, std::slice::from_ref(v), &[])?;
            return Ok(r.as_str().unwrap_or_default().to_string());
        }
        if o.type_data().heap
            && let Some(f) = self.lookup_special(v, Special::Repr)
            && !matches!(f.payload(), Some(Payload::Builtin(_)))
        {
            let r = self.call_method_value(&f, v, &[])?;
            return match r.as_str() {
                Some(s) => Ok(s.to_string()),
                None => Err(self.type_error(format!(
                    "__repr__ returned non-string (type {})",
                    self.type_name(&r)
                ))),
            };
        }
        if self.stack_exhausted() || self.depth > self.interp.recursion_limit.get() + 50 {
            return Err(self.new_exception(
                &self.types().recursion_error.clone(),
                "maximum recursion depth exceeded while getting the repr of an object",
            ));
        }
        let id = Rc::as_ptr(o) as usize;
        let container = matches!(
            o.payload,
            Payload::List(_)
                | Payload::Dict(_)
                | Payload::Set(_)
                | Payload::Tuple(_)
                | Payload::DictView(..)
        );
        if container {
            if self.repr_guard.contains(&id) {
                return Ok(match &o.payload {
                    Payload::List(_) => "[...]".into(),
                    Payload::Dict(_) => "{...}".into(),
                    _ => "...".into(),
                });
            }
            self.repr_guard.push(id);
            self.depth += 1;
            let r = self.repr_container(v, o);
            self.depth -= 1;
            self.repr_guard.pop();
            return r;
        }
        self.repr_other(v, o)
    }

    fn repr_items(&mut self, items: &[Value]) -> PyResult<String> {
        let mut out = String::new();
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&self.repr(x)?);
        }
        Ok(out)
    }

    fn repr_container(&mut self, v: &Value, o: &PyRef) -> PyResult<String> {
        let name = &o.type_data().name;
        let heap = o.type_data().heap;
        // list/tuple/dict subclasses print like their base; only sets name their class.
        Ok(match &o.payload {
            Payload::List(l) => {
                let items = l.borrow().clone();
                format!("[{}]", self.repr_items(&items)?)
            }
            Payload::Tuple(t) => {
                let t = t.clone();
                let inner = self.repr_items(&t)?;
                if t.len() == 1 {
                    format!("({inner},)")
                } else {
                    format!("({inner})")
                }
            }
            Payload::Dict(d) => {
                let pairs: Vec<(Value, Value)> = d
                    .borrow()
                    .iter()
                    .map(|e| (e.key.clone(), e.value.clone()))
                    .collect();
                let mut out = String::from("{");
                for (i, (k, val)) in pairs.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(&self.repr(k)?);
                    out.push_str(": ");
                    out.push_str(&self.repr(val)?);
                }
                out.push('}');
                out
            }
            Payload::Set(s) => {
                let items: Vec<Value> = s.borrow().iter().map(|(k, _)| k.clone()).collect();
                if items.is_empty() {
                    format!("{name}()")
                } else if heap {
                    format!("{name}({{{}}})", self.repr_items(&items)?)
                } else {
                    format!("{{{}}}", self.repr_items(&items)?)
                }
            }
            Payload::DictView(kind, d) => {
                let dv: Value = d.clone().into();
                let it = self.get_iter(v)?;
                let mut items = Vec::new();
                while let Some(x) = self.iter_next(&it)? {
                    items.push(x);
                }
                let _ = dv;
                let n = ["dict_keys", "dict_values", "dict_items"][*kind as usize % 3];
                format!("{n}([{}])", self.repr_items(&items)?)
            }
            _ => unreachable!(),
        })
    }

    fn repr_other(&mut self, v: &Value, o: &PyRef) -> PyResult<String> {
        let td = o.type_data();
        Ok(match &o.payload {
            Payload::Str(s) => str_repr(s.as_str()),
            Payload::BigInt(b) => b.to_string(),
            Payload::Bytes(b) => bytes_repr(b),
            Payload::FrozenSet(s) => {
                let items: Vec<Value> = s.iter().map(|(k, _)| k.clone()).collect();
                if items.is_empty() {
                    "frozenset()".into()
                } else {
                    format!("frozenset({{{}}})", self.repr_items(&items)?)
                }
            }
            Payload::Range(r) => {
                if r.step == 1 {
                    format!("range({}, {})", r.start, r.stop)
                } else {
                    format!("range({}, {}, {})", r.start, r.stop, r.step)
                }
            }
            Payload::Slice(s) => {
                let s = s.clone();
                format!(
                    "slice({}, {}, {})",
                    self.repr(&s[0])?,
                    self.repr(&s[1])?,
                    self.repr(&s[2])?
                )
            }
            Payload::Type(t) => {
                let module = t.module_name();
                if module == "builtins" {
                    format!("<class '{}'>", t.qualname)
                } else {
                    format!("<class '{}.{}'>", module, t.qualname)
                }
            }
            Payload::Function(f) => format!("<function {} at {:#x}>", f.qualname.borrow(), v.id()),
            Payload::Builtin(b) => {
                if b.binds_self {
                    format!("<method '{}' objects>", b.name)
                } else {
                    format!("<built-in function {}>", b.name)
                }
            }
            Payload::BoundMethod(m) => {
                let (f, recv) = (m.0.clone(), m.1.clone());
                let fname = match f.payload() {
                    Some(Payload::Function(f)) => f.qualname.borrow().to_string(),
                    Some(Payload::Builtin(b)) => b.name.to_string(),
                    _ => "?".into(),
                };
                format!("<bound method {} of {}>", fname, self.repr(&recv)?)
            }
            Payload::Module(m) => format!("<module '{}'>", m.name),
            Payload::Exception(e) => {
                let args = e.borrow().args.clone();
                let items = args.as_tuple().map(|t| t.to_vec()).unwrap_or_default();
                if items.len() == 1 {
                    format!("{}({})", td.name, self.repr(&items[0])?)
                } else {
                    format!("{}({})", td.name, self.repr_items(&items)?)
                }
            }
            Payload::NotImplemented => "NotImplemented".into(),
            Payload::Ellipsis => "Ellipsis".into(),
            Payload::Cell(_) => format!("<cell at {:#x}>", v.id()),
            Payload::Code(c) => format!("<code object {} at {:#x}>", c.unit.name, v.id()),
            Payload::Generator(_) => crate::vm::generator::generator_repr(v),
            Payload::File(_) => crate::modules::io::file_repr(v),
            Payload::Property(_) => format!("<property object at {:#x}>", v.id()),
            Payload::StaticMethod(_) => format!("<staticmethod object at {:#x}>", v.id()),
            Payload::ClassMethod(_) => format!("<classmethod object at {:#x}>", v.id()),
            Payload::Iter(_) => format!("<iterator object at {:#x}>", v.id()),
            Payload::Super(_) => "<super object>".into(),
            _ => {
                let t = o.ty();
                let tdd = type_data(t);
                let module = tdd.module_name();
                if module == "builtins" {
                    format!("<{} object at {:#x}>", tdd.qualname, v.id())
                } else {
                    format!("<{}.{} object at {:#x}>", module, tdd.qualname, v.id())
                }
            }
        })
    }

    /// `str(v)` as a Rust string.
    pub fn to_str(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Obj(o) => {
                if o.type_data().heap
                    && let Some(f) = self.lookup_special(v, Special::Str)
                    && !matches!(f.payload(), Some(Payload::Builtin(_)))
                {
                    let r = self.call_method_value(&f, v, &[])?;
                    return match r.as_str() {
                        Some(s) => Ok(s.to_string()),
                        None => Err(self.type_error(format!(
                            "__str__ returned non-string (type {})",
                            self.type_name(&r)
                        ))),
                    };
                }
                match &o.payload {
                    Payload::Str(s) => Ok(s.as_str().to_string()),
                    Payload::Exception(e) => {
                        if o.type_data().heap
                            && let Some(f) = self.lookup_special(v, Special::Repr)
                            && !matches!(f.payload(), Some(Payload::Builtin(_)))
                            && self.lookup_special(v, Special::Str).is_none()
                        {
                            return self.repr(v);
                        }
                        let args = e.borrow().args.clone();
                        let items = args.as_tuple().map(|t| t.to_vec()).unwrap_or_default();
                        if crate::runtime::types::is_subtype(
                            o.ty(),
                            &self.types().key_error.clone(),
                        ) && items.len() == 1
                        {
                            return self.repr(&items[0]);
                        }
                        if crate::runtime::types::is_subtype(o.ty(), &self.types().os_error.clone())
                            && (2..=3).contains(&items.len())
                        {
                            let errno = self.to_str(&items[0])?;
                            let msg = self.to_str(&items[1])?;
                            return Ok(match items.get(2) {
                                Some(f) => format!("[Errno {errno}] {msg}: {}", self.repr(f)?),
                                None => format!("[Errno {errno}] {msg}"),
                            });
                        }
                        match items.len() {
                            0 => Ok(String::new()),
                            1 => self.to_str(&items[0]),
                            _ => self.repr(&args),
                        }
                    }
                    _ => self.repr(v),
                }
            }
            _ => self.repr(v),
        }
    }

    /// `str(v)` as a `str` value (no copy when `v` already is a plain str).
    pub fn str_value(&mut self, v: &Value) -> PyResult<Value> {
        if v.as_str().is_some() && !self.is_heap(v) {
            return Ok(v.clone());
        }
        if let Value::Int(i) = v {
            return Ok(self.new_str(itoa::Buffer::new().format(*i)));
        }
        let s = self.to_str(v)?;
        Ok(self.new_string(s))
    }
}
