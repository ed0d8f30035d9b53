//! Subscription: `obj[key]`, `obj[key] = v`, `del obj[key]`, with integer indexes and
//! slices for the builtin sequences and `__getitem__` & co. for classes.

use crate::runtime::int::as_int;
use crate::runtime::types::Special;
use crate::runtime::value::*;
use crate::vm::{PyResult, Vm};

/// Normalised slice: start, stop, step and the number of items selected.
#[derive(Clone, Copy, Debug)]
pub struct SliceIdx {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub len: usize,
}

impl SliceIdx {
    pub fn indices(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.len).map(move |k| (self.start + k as i64 * self.step) as usize)
    }
}

impl Vm {
    /// An index operand (`__index__`): ints and bools, or an object defining `__index__`.
    pub fn index_of(&mut self, v: &Value) -> PyResult<Option<i64>> {
        match v {
            Value::Int(i) => Ok(Some(*i)),
            Value::Bool(b) => Ok(Some(b.get() as i64)),
            _ => {
                if let Some(b) = v.as_bigint() {
                    // A big int, or an int subclass instance holding a small value.
                    use num_traits::ToPrimitive;
                    return match b.to_i64() {
                        Some(i) => Ok(Some(i)),
                        None => {
                            Err(self.index_error("cannot fit 'int' into an index-sized integer"))
                        }
                    };
                }
                if self.is_heap(v)
                    && let Some(r) = self.call_special(v, Special::Index, &[])?
                {
                    return self.index_of(&r);
                }
                Ok(None)
            }
        }
    }

    /// Resolve a slice object against a sequence length (CPython's `PySlice_GetIndicesEx`).
    pub fn slice_indices(&mut self, s: &[Value; 3], len: usize) -> PyResult<SliceIdx> {
        let len = len as i64;
        let step = if s[2].is_none() {
            1
        } else {
            match self.slice_bound(&s[2])? {
                0 => return Err(self.value_error("slice step cannot be zero")),
                x => x,
            }
        };
        let (lo_default, hi_default) = if step < 0 { (len - 1, -1) } else { (0, len) };
        let clamp = |v: i64, lower: i64, upper: i64| -> i64 {
            if v < 0 {
                let v = v + len;
                if v < 0 { lower } else { v }
            } else if v >= len {
                upper
            } else {
                v
            }
        };
        let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
        let start = if s[0].is_none() {
            lo_default
        } else {
            clamp(self.slice_bound(&s[0])?, lower, upper)
        };
        let stop = if s[1].is_none() {
            hi_default
        } else {
            clamp(self.slice_bound(&s[1])?, lower, upper)
        };
        let n = if step > 0 {
            if stop > start {
                (stop - start - 1) / step + 1
            } else {
                0
            }
        } else if start > stop {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        };
        Ok(SliceIdx {
            start,
            stop,
            step,
            len: n as usize,
        })
    }

    fn slice_bound(&mut self, v: &Value) -> PyResult<i64> {
        if let Some(b) = v.as_bigint() {
            return Ok(if num_traits::Signed::is_negative(b) {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            });
        }
        match self.index_of(v)? {
            Some(i) => Ok(i.clamp(i64::MIN / 2, i64::MAX / 2)),
            None => Err(self
                .type_error("slice indices must be integers or None or have an __index__ method")),
        }
    }

    fn seq_index(&mut self, key: &Value, len: usize, what: &str) -> PyResult<usize> {
        let Some(i) = self.index_of(key)? else {
            if what == "str" {
                return Err(self.type_error(format!(
                    "string indices must be integers, not '{}'",
                    self.type_name(key)
                )));
            }
            return Err(self.type_error(format!(
                "{} indices must be integers or slices, not {}",
                what,
                self.type_name(key)
            )));
        };
        let j = if i < 0 { i + len as i64 } else { i };
        if j < 0 || j >= len as i64 {
            let msg = match what {
                "list" => "list index out of range".to_string(),
                "tuple" => "tuple index out of range".to_string(),
                "str" => "string index out of range".to_string(),
                "range" => "range object index out of range".to_string(),
                _ => "index out of range".to_string(),
            };
            return Err(self.index_error(msg));
        }
        Ok(j as usize)
    }

    pub fn getitem(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        if let Value::Obj(o) = obj {
            // Fast path: list[int].
            if let (Payload::List(l), Value::Int(i)) = (&o.payload, key)
                && !o.type_data().heap
            {
                let l = l.borrow();
                let j = if *i < 0 { *i + l.len() as i64 } else { *i };
                if j >= 0 && (j as usize) < l.len() {
                    return Ok(l[j as usize].clone());
                }
                drop(l);
                return Err(self.index_error("list index out of range"));
            }
            if o.type_data().heap
                && let Some(r) =
                    self.call_special(obj, Special::GetItem, std::slice::from_ref(key))?
            {
                return Ok(r);
            }
        }
        self.getitem_builtin(obj, key)
    }

    /// `obj[key]` without a subclass's own `__getitem__`: the builtin type's behaviour,
    /// which an explicit `list.__getitem__(obj, key)` runs (an override calling it must
    /// not reach itself again).
    pub fn getitem_builtin(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        if let Value::Obj(o) = obj {
            match &o.payload {
                Payload::List(l) => {
                    if let Some(Payload::Slice(s)) = key.payload() {
                        let s = s.clone();
                        let v = l.borrow().clone();
                        let si = self.slice_indices(&s, v.len())?;
                        return Ok(self.new_list(si.indices().map(|i| v[i].clone()).collect()));
                    }
                    let n = l.borrow().len();
                    let i = self.seq_index(key, n, "list")?;
                    let v = l.borrow().get(i).cloned();
                    return v.ok_or_else(|| self.index_error("list index out of range"));
                }
                Payload::Tuple(t) => {
                    if let Some(Payload::Slice(s)) = key.payload() {
                        let s = s.clone();
                        let si = self.slice_indices(&s, t.len())?;
                        if si.step == 1 && si.len == t.len() && !self.is_heap(obj) {
                            return Ok(obj.clone());
                        }
                        return Ok(self.new_tuple(si.indices().map(|i| t[i].clone()).collect()));
                    }
                    let i = self.seq_index(key, t.len(), "tuple")?;
                    return Ok(t[i].clone());
                }
                Payload::Str(s) => {
                    if let Some(Payload::Slice(sl)) = key.payload() {
                        let sl = sl.clone();
                        let si = self.slice_indices(&sl, s.char_len())?;
                        if si.step == 1 {
                            let sub = if si.len == 0 {
                                ""
                            } else {
                                s.substr(si.start as usize, si.start as usize + si.len)
                            };
                            return Ok(self.new_str(sub));
                        }
                        let chars: Vec<char> = s.as_str().chars().collect();
                        let out: String = si.indices().map(|i| chars[i]).collect();
                        return Ok(self.new_string(out));
                    }
                    let i = self.seq_index(key, s.char_len(), "str")?;
                    let c = s.char_at(i);
                    let mut buf = [0u8; 4];
                    return Ok(self.new_str(c.encode_utf8(&mut buf)));
                }
                Payload::Bytes(b) => {
                    if let Some(Payload::Slice(sl)) = key.payload() {
                        let sl = sl.clone();
                        let si = self.slice_indices(&sl, b.len())?;
                        return Ok(self.new_bytes(si.indices().map(|i| b[i]).collect()));
                    }
                    let i = self.seq_index(key, b.len(), "bytes")?;
                    return Ok(Value::Int(b[i] as i64));
                }
                Payload::Dict(_) => {
                    if let Some(v) = crate::builtins::dict::dict_get(self, obj, key)? {
                        return Ok(v);
                    }
                    if o.type_data().heap
                        && let Some(r) =
                            self.call_special(obj, Special::Missing, std::slice::from_ref(key))?
                    {
                        return Ok(r);
                    }
                    return Err(self.key_error(key.clone()));
                }
                Payload::Range(r) => {
                    let r = *r;
                    if let Some(Payload::Slice(sl)) = key.payload() {
                        let sl = sl.clone();
                        let si = self.slice_indices(&sl, r.len() as usize)?;
                        let start = r.start + si.start * r.step;
                        let step = r.step * si.step;
                        let stop = r.start + si.stop * r.step;
                        return Ok(self.new_object(
                            &self.types().range.clone(),
                            Payload::Range(RangeData { start, stop, step }),
                        ));
                    }
                    let i = self.seq_index(key, r.len() as usize, "range")?;
                    return Ok(Value::Int(r.start + i as i64 * r.step));
                }
                Payload::Type(_) => {
                    if let Value::Obj(t) = obj
                        && let Some(f) = self.lookup_name_on(t, "__class_getitem__")
                    {
                        // Implicitly a classmethod, as in CPython.
                        let f = match f.payload() {
                            Some(Payload::ClassMethod(inner)) => inner.clone(),
                            _ => f,
                        };
                        return self.call(&f, &[obj.clone(), key.clone()], &[]);
                    }
                    // Generic alias syntax (`list[int]`) in annotations: return the class.
                    return Ok(obj.clone());
                }
                _ => {}
            }
        }
        Err(self.type_error(format!(
            "'{}' object is not subscriptable",
            self.type_name(obj)
        )))
    }

    pub fn setitem(&mut self, obj: &Value, key: &Value, value: Value) -> PyResult<()> {
        if let Value::Obj(o) = obj {
            if let (Payload::List(l), Value::Int(i)) = (&o.payload, key)
                && !o.type_data().heap
            {
                let mut l = l.borrow_mut();
                let j = if *i < 0 { *i + l.len() as i64 } else { *i };
                if j >= 0 && (j as usize) < l.len() {
                    l[j as usize] = value;
                    return Ok(());
                }
                drop(l);
                return Err(self.index_error("list assignment index out of range"));
            }
            if o.type_data().heap
                && let Some(_) =
                    self.call_special(obj, Special::SetItem, &[key.clone(), value.clone()])?
            {
                return Ok(());
            }
        }
        self.setitem_builtin(obj, key, value)
    }

    /// `obj[key] = value` without a subclass's own `__setitem__` (see `getitem_builtin`).
    pub fn setitem_builtin(&mut self, obj: &Value, key: &Value, value: Value) -> PyResult<()> {
        if let Value::Obj(o) = obj {
            match &o.payload {
                Payload::List(l) => {
                    if let Some(Payload::Slice(s)) = key.payload() {
                        let s = s.clone();
                        let items = crate::builtins::seq::to_vec(self, &value)
                            .map_err(|_| self.type_error("can only assign an iterable"))?;
                        let n = l.borrow().len();
                        let si = self.slice_indices(&s, n)?;
                        let mut v = l.borrow_mut();
                        if si.step == 1 {
                            let start = si.start.clamp(0, n as i64) as usize;
                            let end = (start + si.len).min(n);
                            v.splice(start..end, items);
                            return Ok(());
                        }
                        if items.len() != si.len {
                            drop(v);
                            return Err(self.value_error(format!(
                                "attempt to assign sequence of size {} to extended slice of size {}",
                                items.len(),
                                si.len
                            )));
                        }
                        for (k, idx) in si.indices().enumerate() {
                            v[idx] = items[k].clone();
                        }
                        return Ok(());
                    }
                    let n = l.borrow().len();
                    let Some(i) = self.index_of(key)? else {
                        return Err(self.type_error(format!(
                            "list indices must be integers or slices, not {}",
                            self.type_name(key)
                        )));
                    };
                    let j = if i < 0 { i + n as i64 } else { i };
                    if j < 0 || j >= n as i64 {
                        return Err(self.index_error("list assignment index out of range"));
                    }
                    l.borrow_mut()[j as usize] = value;
                    return Ok(());
                }
                Payload::Dict(_) => {
                    return crate::builtins::dict::dict_set(self, obj, key.clone(), value);
                }
                _ => {}
            }
        }
        Err(self.type_error(format!(
            "'{}' object does not support item assignment",
            self.type_name(obj)
        )))
    }

    pub fn delitem(&mut self, obj: &Value, key: &Value) -> PyResult<()> {
        if let Value::Obj(o) = obj
            && o.type_data().heap
            && let Some(_) = self.call_special(obj, Special::DelItem, std::slice::from_ref(key))?
        {
            return Ok(());
        }
        self.delitem_builtin(obj, key)
    }

    /// `del obj[key]` without a subclass's own `__delitem__` (see `getitem_builtin`).
    pub fn delitem_builtin(&mut self, obj: &Value, key: &Value) -> PyResult<()> {
        if let Value::Obj(o) = obj {
            match &o.payload {
                Payload::List(l) => {
                    if let Some(Payload::Slice(s)) = key.payload() {
                        let s = s.clone();
                        let n = l.borrow().len();
                        let si = self.slice_indices(&s, n)?;
                        let mut drop_idx: Vec<usize> = si.indices().collect();
                        drop_idx.sort_unstable();
                        let mut v = l.borrow_mut();
                        let mut k = 0;
                        let mut i = 0;
                        v.retain(|_| {
                            let keep = !(k < drop_idx.len() && drop_idx[k] == i);
                            if !keep {
                                k += 1;
                            }
                            i += 1;
                            keep
                        });
                        return Ok(());
                    }
                    let n = l.borrow().len();
                    let Some(i) = self.index_of(key)? else {
                        return Err(self.type_error(format!(
                            "list indices must be integers or slices, not {}",
                            self.type_name(key)
                        )));
                    };
                    let j = if i < 0 { i + n as i64 } else { i };
                    if j < 0 || j >= n as i64 {
                        return Err(self.index_error("list assignment index out of range"));
                    }
                    l.borrow_mut().remove(j as usize);
                    return Ok(());
                }
                Payload::Dict(_) => {
                    return match crate::builtins::dict::dict_pop(self, obj, key)? {
                        Some(_) => Ok(()),
                        None => Err(self.key_error(key.clone())),
                    };
                }
                _ => {}
            }
        }
        Err(self.type_error(format!(
            "'{}' object doesn't support item deletion",
            self.type_name(obj)
        )))
    }

    /// An int argument as usize for sizes, with CPython-like errors.
    pub fn int_arg(&mut self, v: &Value, what: &str) -> PyResult<i64> {
        if let Some(i) = as_int(v) {
            return match i {
                crate::runtime::int::IntRef::Small(x) => Ok(x),
                crate::runtime::int::IntRef::Big(b) => {
                    use num_traits::ToPrimitive;
                    b.to_i64().ok_or_else(|| {
                        self.overflow_error("Python int too large to convert to C ssize_t")
                    })
                }
            };
        }
        match self.index_of(v)? {
            Some(i) => Ok(i),
            None => Err(self.type_error(format!(
                "'{}' object cannot be interpreted as an integer{}",
                self.type_name(v),
                what
            ))),
        }
    }
}
