//! The object protocols: type of a value, truth, binary and unary operators, rich
//! comparison, hashing, containment, subscription and `len`, with the fast paths for
//! builtin types first and the special-method protocol for classes.

use crate::bytecode::op::{BinOpKind, CmpKind};
use crate::runtime::hashing;
use crate::runtime::int::{self, IntRef, as_int};
use crate::runtime::types::{Special, is_subtype, lookup_mro, type_data};
use crate::runtime::value::*;
use crate::vm::{PyErr, PyResult, Vm};
use std::cmp::Ordering;
use std::rc::Rc;

impl Vm {
    /// The class of a value.
    #[inline]
    pub fn type_of<'a>(&'a self, v: &'a Value) -> &'a PyRef {
        let t = self.types();
        match v {
            Value::Int(_) => &t.int,
            Value::Float(_) => &t.float,
            Value::Bool(_) => &t.bool_,
            Value::None | Value::Undef => &t.none_type,
            Value::Obj(o) => o.ty(),
        }
    }

    pub fn type_name(&self, v: &Value) -> String {
        type_data(self.type_of(v)).name.clone()
    }

    /// True for instances of classes defined in Python (whose special methods may be overridden).
    #[inline]
    pub fn is_heap(&self, v: &Value) -> bool {
        match v {
            Value::Obj(o) => o.type_data().heap,
            _ => false,
        }
    }

    /// `name` looked up along `ty`'s MRO, cached per class (names are `str` values).
    pub fn class_lookup(&self, ty: &PyRef, name: &Value) -> Option<Value> {
        let td = type_data(ty);
        let epoch = self.interp.type_epoch.get();
        {
            let c = td.attrs.borrow();
            if c.epoch == epoch {
                for (k, v) in c.entries.iter() {
                    if k.is(name) {
                        return v.clone();
                    }
                }
            }
        }
        let ps = name.as_pystr().expect("attribute names are str");
        let found = lookup_mro(ty, ps.as_str(), ps.hash());
        let mut c = td.attrs.borrow_mut();
        if c.epoch != epoch {
            c.entries.clear();
            c.epoch = epoch;
        }
        if c.entries.len() < 64 {
            c.entries.push((name.clone(), found.clone()));
        }
        found
    }

    /// A special method defined in Python (not a native method of a builtin base).
    pub fn lookup_user_special(&self, v: &Value, sp: Special) -> Option<Value> {
        self.lookup_special(v, sp)
            .filter(|f| !matches!(f.payload(), Some(Payload::Builtin(_))))
    }

    /// Look up a special method on the class of `v` (cached per class).
    pub fn lookup_special(&self, v: &Value, sp: Special) -> Option<Value> {
        let ty = self.type_of(v);
        self.lookup_special_on(ty, sp)
    }

    pub fn lookup_special_on(&self, ty: &PyRef, sp: Special) -> Option<Value> {
        let td = type_data(ty);
        let epoch = self.interp.type_epoch.get();
        {
            let cache = td.slots.borrow();
            if cache.epoch == epoch
                && let Some(v) = &cache.slots[sp as usize]
            {
                return v.clone();
            }
        }
        let name = sp.name();
        let found = lookup_mro(ty, name, crate::runtime::str::str_hash(name.as_bytes()));
        let mut cache = td.slots.borrow_mut();
        if cache.epoch != epoch {
            *cache = Default::default();
            cache.epoch = epoch;
        }
        cache.slots[sp as usize] = Some(found.clone());
        found
    }

    /// Call special method `sp` of `obj` with extra `args`, if a Python class defines
    /// it. Native methods of builtin bases are skipped (`None`): the caller's native
    /// path implements them, and calling them would recurse back into the caller.
    pub fn call_special(
        &mut self,
        obj: &Value,
        sp: Special,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        let Some(f) = self.lookup_special(obj, sp) else {
            return Ok(None);
        };
        if matches!(f.payload(), Some(Payload::Builtin(_))) {
            return Ok(None);
        }
        self.call_method_value(&f, obj, args).map(Some)
    }

    /// Call a function found on a class as a method of `obj`.
    pub fn call_method_value(&mut self, f: &Value, obj: &Value, args: &[Value]) -> PyResult<Value> {
        // A Python method of up to two arguments (`__eq__`, `__hash__`, `__lt__` called
        // from native code): the receiver and the arguments on the stack, no vector.
        if let Some(Payload::Function(fun)) = f.payload()
            && args.len() <= 2
        {
            let mut full = [obj.clone(), Value::Undef, Value::Undef];
            full[1..=args.len()].clone_from_slice(args);
            return self.call_function(fun, &full[..=args.len()], &[]);
        }
        let mut full = Vec::with_capacity(args.len() + 1);
        match f.payload() {
            Some(Payload::Function(_)) => {
                full.push(obj.clone());
            }
            Some(Payload::Builtin(b)) if b.binds_self => full.push(obj.clone()),
            Some(Payload::StaticMethod(inner)) => {
                let inner = inner.clone();
                return self.call(&inner, args, &[]);
            }
            Some(Payload::ClassMethod(inner)) => {
                let inner = inner.clone();
                full.push(self.type_of(obj).clone().into());
                full.extend_from_slice(args);
                return self.call(&inner, &full, &[]);
            }
            _ => {
                let bound = self.bind_descriptor(f, obj)?;
                return self.call(&bound, args, &[]);
            }
        }
        full.extend_from_slice(args);
        self.call(f, &full, &[])
    }

    // ----- truth -----

    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::Bool(b) => b.get(),
            Value::Int(i) => *i != 0,
            Value::Float(f) => f.get() != 0.0,
            Value::None | Value::Undef => false,
            Value::Obj(o) => {
                if o.type_data().heap {
                    if let Some(r) = self.call_special(v, Special::Bool, &[])? {
                        return match r {
                            Value::Bool(b) => Ok(b.get()),
                            _ => Err(self.type_error(format!(
                                "__bool__ should return bool, returned {}",
                                self.type_name(&r)
                            ))),
                        };
                    }
                    if let Some(r) = self.call_special(v, Special::Len, &[])? {
                        return Ok(self.len_result(&r)? != 0);
                    }
                }
                match &o.payload {
                    Payload::Str(s) => !s.as_str().is_empty(),
                    Payload::List(l) => !l.borrow().is_empty(),
                    Payload::Tuple(t) => !t.is_empty(),
                    Payload::Dict(d) => !d.borrow().is_empty(),
                    Payload::Set(s) => !s.borrow().is_empty(),
                    Payload::FrozenSet(s) => !s.is_empty(),
                    Payload::Bytes(b) => !b.is_empty(),
                    Payload::BigInt(_) => true,
                    Payload::Range(r) => !r.is_empty(),
                    Payload::DictView(_, d) => match &d.payload {
                        Payload::Dict(t) => !t.borrow().is_empty(),
                        _ => true,
                    },
                    _ => true,
                }
            }
        })
    }

    fn len_result(&self, r: &Value) -> PyResult<usize> {
        match r {
            Value::Int(i) if *i >= 0 => Ok(*i as usize),
            Value::Int(_) => Err(self.value_error("__len__() should return >= 0")),
            Value::Bool(b) => Ok(b.get() as usize),
            _ => Err(self.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                self.type_name(r)
            ))),
        }
    }

    // ----- len -----

    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        if let Value::Obj(o) = v
            && o.type_data().heap
            && let Some(r) = self.call_special(v, Special::Len, &[])?
        {
            return self.len_result(&r);
        }
        self.len_builtin(v)
    }

    /// `len(v)` without a subclass's own `__len__` (see `getitem_builtin`).
    pub fn len_builtin(&mut self, v: &Value) -> PyResult<usize> {
        if let Value::Obj(o) = v {
            let n = match &o.payload {
                Payload::Str(s) => s.char_len(),
                Payload::List(l) => l.borrow().len(),
                Payload::Tuple(t) => t.len(),
                Payload::Dict(d) => d.borrow().len(),
                Payload::Set(s) => s.borrow().len(),
                Payload::FrozenSet(s) => s.len(),
                Payload::Bytes(b) => b.len(),
                Payload::Range(r) => r.len() as usize,
                Payload::DictView(_, d) => match &d.payload {
                    Payload::Dict(t) => t.borrow().len(),
                    _ => 0,
                },
                _ => {
                    return Err(self.type_error(format!(
                        "object of type '{}' has no len()",
                        self.type_name(v)
                    )));
                }
            };
            return Ok(n);
        }
        Err(self.type_error(format!(
            "object of type '{}' has no len()",
            self.type_name(v)
        )))
    }

    // ----- binary operators -----

    pub fn binary_op(&mut self, a: &Value, b: &Value, op: BinOpKind) -> PyResult<Value> {
        self.binary_op_as(a, b, op, false)
    }

    /// `a op b`; `inplace` only words the error of unsupported operands as the
    /// augmented assignment's (`+=`), as CPython's in-place fallback does.
    fn binary_op_as(
        &mut self,
        a: &Value,
        b: &Value,
        op: BinOpKind,
        inplace: bool,
    ) -> PyResult<Value> {
        // No builtin type has `@`, and the int path would word the error as binary.
        if inplace && op == BinOpKind::MatMul && !self.is_heap(a) && !self.is_heap(b) {
            return Err(self.unsupported_op(a, b, op, inplace));
        }
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => {
                return int::int_binop(self, op, IntRef::Small(*x), IntRef::Small(*y));
            }
            (Value::Float(x), Value::Float(y)) if is_arith(op) => {
                return int::float_binop(self, op, x.get(), y.get());
            }
            (Value::Float(x), Value::Int(y)) if is_arith(op) => {
                return int::float_binop(self, op, x.get(), *y as f64);
            }
            (Value::Int(x), Value::Float(y)) if is_arith(op) => {
                return int::float_binop(self, op, *x as f64, y.get());
            }
            _ => {}
        }
        let a_heap = self.is_heap(a);
        let b_heap = self.is_heap(b);
        if !a_heap && !b_heap {
            if let Some(r) = crate::runtime::binops::native_binop(self, a, b, op)? {
                return Ok(r);
            }
            return Err(self.unsupported_op(a, b, op, inplace));
        }
        let (fwd, rev, _) = op.dunders();
        let ta = self.type_of(a).clone();
        let tb = self.type_of(b).clone();
        let same = Rc::ptr_eq(&ta, &tb);
        let mut tried_rev = false;
        if b_heap
            && !same
            && is_subtype(&tb, &ta)
            && let Some(f) = self.lookup_name_on(&tb, rev)
        {
            tried_rev = true;
            let r = self.call_method_value(&f, b, std::slice::from_ref(a))?;
            if !self.is_not_implemented(&r) {
                return Ok(r);
            }
        }
        let r = if a_heap {
            match self.lookup_name_on(&ta, fwd) {
                Some(f) => Some(self.call_method_value(&f, a, std::slice::from_ref(b))?),
                None => crate::runtime::binops::native_binop(self, a, b, op)?,
            }
        } else {
            crate::runtime::binops::native_binop(self, a, b, op)?
        };
        if let Some(r) = r
            && !self.is_not_implemented(&r)
        {
            return Ok(r);
        }
        if b_heap && !same && !tried_rev {
            if let Some(f) = self.lookup_name_on(&tb, rev) {
                let r = self.call_method_value(&f, b, std::slice::from_ref(a))?;
                if !self.is_not_implemented(&r) {
                    return Ok(r);
                }
            } else if let Some(r) = crate::runtime::binops::native_binop(self, a, b, op)? {
                return Ok(r);
            }
        }
        Err(self.unsupported_op(a, b, op, inplace))
    }

    pub fn inplace_op(&mut self, a: &Value, b: &Value, op: BinOpKind) -> PyResult<Value> {
        match (a, b) {
            (Value::Int(_), _) | (Value::Float(_), _) => {
                return self.binary_op_as(a, b, op, true);
            }
            _ => {}
        }
        if let Value::Obj(o) = a {
            if o.type_data().heap {
                let (_, _, iname) = op.dunders();
                if let Some(f) = self.lookup_name_on(&o.ty().clone(), iname) {
                    let r = self.call_method_value(&f, a, std::slice::from_ref(b))?;
                    if !self.is_not_implemented(&r) {
                        return Ok(r);
                    }
                }
            }
            // Mutable builtins update in place.
            if let Some(r) = crate::runtime::binops::native_inplace(self, a, b, op)? {
                return Ok(r);
            }
        }
        self.binary_op_as(a, b, op, true)
    }

    /// The `TypeError` for operands `op` does not support: CPython's special wordings
    /// for sequences first, then `unsupported operand type(s) for +:` (or `+=:` for an
    /// augmented assignment).
    pub(crate) fn unsupported_op(
        &self,
        a: &Value,
        b: &Value,
        op: BinOpKind,
        inplace: bool,
    ) -> PyErr {
        if op == BinOpKind::Add && a.as_str().is_some() {
            return self.type_error(format!(
                "can only concatenate str (not \"{}\") to str",
                self.type_name(b)
            ));
        }
        if op == BinOpKind::Add && a.as_list().is_some() {
            return self.type_error(format!(
                "can only concatenate list (not \"{}\") to list",
                self.type_name(b)
            ));
        }
        if op == BinOpKind::Add && a.as_bytes().is_some() {
            return self.type_error(format!("can't concat {} to bytes", self.type_name(b)));
        }
        if op == BinOpKind::Add && a.as_tuple().is_some() && !self.is_heap(a) {
            return self.type_error(format!(
                "can only concatenate tuple (not \"{}\") to tuple",
                self.type_name(b)
            ));
        }
        // `x *= seq` repeats `seq` only when `x` is no container at all: a set, dict or
        // range on the left (containers that cannot repeat) gets the plain wording, as
        // in CPython's `PyNumber_InPlaceMultiply`.
        let left_container = inplace
            && matches!(
                a.payload(),
                Some(
                    Payload::Set(_)
                        | Payload::FrozenSet(_)
                        | Payload::Dict(_)
                        | Payload::Range(_)
                        | Payload::DictView(..)
                )
            );
        if op == BinOpKind::Mul
            && !left_container
            && (matches!(
                a.payload(),
                Some(Payload::Str(_) | Payload::List(_) | Payload::Tuple(_) | Payload::Bytes(_))
            ) || matches!(
                b.payload(),
                Some(Payload::Str(_) | Payload::List(_) | Payload::Tuple(_) | Payload::Bytes(_))
            ))
        {
            let other = if a.as_obj().is_some() && !matches!(a.payload(), Some(Payload::BigInt(_)))
            {
                b
            } else {
                a
            };
            return self.type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                self.type_name(other)
            ));
        }
        if inplace {
            return self.type_error(format!(
                "unsupported operand type(s) for {}: '{}' and '{}'",
                op.inplace_symbol(),
                self.type_name(a),
                self.type_name(b)
            ));
        }
        int::unsupported(self, op, &self.type_name(a), &self.type_name(b))
    }

    pub fn lookup_name_on(&self, ty: &PyRef, name: &str) -> Option<Value> {
        lookup_mro(ty, name, crate::runtime::str::str_hash(name.as_bytes()))
    }

    #[inline]
    pub fn is_not_implemented(&self, v: &Value) -> bool {
        matches!(v.payload(), Some(Payload::NotImplemented))
    }

    // ----- unary -----

    pub fn neg(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Int(i) => Ok(match i.checked_neg() {
                Some(n) => Value::Int(n),
                None => self.new_bigint(-num_bigint::BigInt::from(*i)),
            }),
            Value::Bool(b) => Ok(Value::Int(-(b.get() as i64))),
            Value::Float(f) => Ok(Value::float(-f.get())),
            _ => {
                if let Some(b) = v.as_bigint() {
                    return Ok(self.new_bigint(-b.clone()));
                }
                self.unary_special(v, Special::Neg, "unary -")
            }
        }
    }

    pub fn pos(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Int(_) | Value::Float(_) => Ok(v.clone()),
            Value::Bool(b) => Ok(Value::Int(b.get() as i64)),
            _ => {
                if v.as_bigint().is_some() {
                    return Ok(v.clone());
                }
                self.unary_special(v, Special::Pos, "unary +")
            }
        }
    }

    pub fn invert(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Int(i) => Ok(Value::Int(!i)),
            Value::Bool(b) => Ok(Value::Int(!(b.get() as i64))),
            _ => {
                if let Some(b) = v.as_bigint() {
                    return Ok(self.new_bigint(!b.clone()));
                }
                self.unary_special(v, Special::Invert, "unary ~")
            }
        }
    }

    fn unary_special(&mut self, v: &Value, sp: Special, what: &str) -> PyResult<Value> {
        if let Some(r) = self.call_special(v, sp, &[])? {
            return Ok(r);
        }
        Err(self.type_error(format!(
            "bad operand type for {}: '{}'",
            what,
            self.type_name(v)
        )))
    }

    // ----- comparison -----

    /// `a == b` as a bool.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(r) = crate::runtime::dict::fast_eq(a, b) {
            return Ok(r);
        }
        let r = self.compare(a, b, CmpKind::Eq)?;
        self.truthy(&r)
    }

    pub fn compare(&mut self, a: &Value, b: &Value, op: CmpKind) -> PyResult<Value> {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => return Ok(Value::bool(cmp_result(x.cmp(y), op))),
            (Value::Float(x), Value::Float(y)) => {
                return Ok(Value::bool(float_cmp(x.get(), y.get(), op)));
            }
            _ => {}
        }
        let a_heap = self.is_heap(a);
        let b_heap = self.is_heap(b);
        if a_heap || b_heap {
            let ta = self.type_of(a).clone();
            let tb = self.type_of(b).clone();
            let swapped = op.swapped();
            let mut tried_rev = false;
            if b_heap && !Rc::ptr_eq(&ta, &tb) && is_subtype(&tb, &ta) {
                tried_rev = true;
                if let Some(r) = self.rich_special(b, a, swapped)? {
                    return Ok(r);
                }
            }
            if let Some(r) = self.rich_special(a, b, op)? {
                return Ok(r);
            }
            if !tried_rev && let Some(r) = self.rich_special(b, a, swapped)? {
                return Ok(r);
            }
        } else if let Some(r) = self.native_compare(a, b, op)? {
            return Ok(Value::bool(r));
        }
        match op {
            CmpKind::Eq => Ok(Value::bool(a.is(b))),
            CmpKind::Ne => Ok(Value::bool(!a.is(b))),
            _ => Err(self.type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                self.type_name(a),
                self.type_name(b)
            ))),
        }
    }

    /// Try `a.__op__(b)` (user method or native behaviour); `None` for NotImplemented.
    fn rich_special(&mut self, a: &Value, b: &Value, op: CmpKind) -> PyResult<Option<Value>> {
        if self.is_heap(a) {
            let sp = match op {
                CmpKind::Lt => Special::Lt,
                CmpKind::Le => Special::Le,
                CmpKind::Eq => Special::Eq,
                CmpKind::Ne => Special::Ne,
                CmpKind::Gt => Special::Gt,
                CmpKind::Ge => Special::Ge,
            };
            if let Some(f) = self.lookup_special(a, sp) {
                let r = self.call_method_value(&f, a, std::slice::from_ref(b))?;
                if !self.is_not_implemented(&r) {
                    return Ok(Some(r));
                }
                return Ok(None);
            }
            if op == CmpKind::Ne
                && let Some(f) = self.lookup_special(a, Special::Eq)
            {
                let r = self.call_method_value(&f, a, std::slice::from_ref(b))?;
                if self.is_not_implemented(&r) {
                    return Ok(None);
                }
                let t = self.truthy(&r)?;
                return Ok(Some(Value::bool(!t)));
            }
            // Builtin base behaviour (e.g. a subclass of int or tuple).
            if !matches!(
                a.payload(),
                Some(Payload::Plain | Payload::Instance(_) | Payload::Exception(_))
            ) {
                return Ok(self.native_compare(a, b, op)?.map(Value::bool));
            }
            return Ok(None);
        }
        Ok(self.native_compare(a, b, op)?.map(Value::bool))
    }

    /// Comparison between builtin values; `None` when the types do not compare.
    pub fn native_compare(&mut self, a: &Value, b: &Value, op: CmpKind) -> PyResult<Option<bool>> {
        if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
            return Ok(Some(cmp_result(int::int_cmp(&x, &y), op)));
        }
        match (a, b) {
            (Value::Float(x), _) if as_int(b).is_some() => {
                let y = as_int(b).expect("int");
                return Ok(Some(match int::int_float_cmp(&y, x.get()) {
                    Some(o) => cmp_result(o.reverse(), op),
                    None => op == CmpKind::Ne,
                }));
            }
            (_, Value::Float(y)) if as_int(a).is_some() => {
                let x = as_int(a).expect("int");
                return Ok(Some(match int::int_float_cmp(&x, y.get()) {
                    Some(o) => cmp_result(o, op),
                    None => op == CmpKind::Ne,
                }));
            }
            (Value::Float(x), Value::Float(y)) => return Ok(Some(float_cmp(x.get(), y.get(), op))),
            (Value::None, Value::None) if matches!(op, CmpKind::Eq | CmpKind::Ne) => {
                return Ok(Some(op == CmpKind::Eq));
            }
            _ => {}
        }
        let (Some(pa), Some(pb)) = (a.payload(), b.payload()) else {
            return Ok(None);
        };
        match (pa, pb) {
            (Payload::Str(x), Payload::Str(y)) => {
                Ok(Some(cmp_result(x.as_str().cmp(y.as_str()), op)))
            }
            (Payload::Bytes(x), Payload::Bytes(y)) => Ok(Some(cmp_result(x.cmp(y), op))),
            // Tuples are immutable and the caller holds both: compared where they lie.
            (Payload::Tuple(x), Payload::Tuple(y)) => self.seq_compare(x, y, op).map(Some),
            (Payload::List(x), Payload::List(y)) => {
                let (x, y) = (x.borrow().clone(), y.borrow().clone());
                self.seq_compare(&x, &y, op).map(Some)
            }
            (Payload::Dict(_), Payload::Dict(_)) => match op {
                CmpKind::Eq | CmpKind::Ne => {
                    let e = crate::builtins::dict::dict_eq(self, a, b)?;
                    Ok(Some(e == (op == CmpKind::Eq)))
                }
                _ => Ok(None),
            },
            (Payload::Set(_) | Payload::FrozenSet(_), Payload::Set(_) | Payload::FrozenSet(_)) => {
                crate::builtins::set::set_compare(self, a, b, op).map(Some)
            }
            (Payload::Slice(x), Payload::Slice(y)) => {
                let (x, y) = (x.to_vec(), y.to_vec());
                self.seq_compare(&x, &y, op).map(Some)
            }
            (Payload::Range(x), Payload::Range(y)) => match op {
                CmpKind::Eq | CmpKind::Ne => {
                    let (lx, ly) = (x.len(), y.len());
                    let same = lx == ly
                        && (lx == 0 || (x.start == y.start && (lx == 1 || x.step == y.step)));
                    Ok(Some(same == (op == CmpKind::Eq)))
                }
                _ => Ok(None),
            },
            (Payload::DictView(k1, _), Payload::DictView(k2, _)) if *k1 != 1 && *k2 != 1 => {
                let sa = crate::builtins::set::to_set_value(self, a)?;
                let sb = crate::builtins::set::to_set_value(self, b)?;
                crate::builtins::set::set_compare(self, &sa, &sb, op).map(Some)
            }
            (Payload::DictView(k1, _), Payload::Set(_) | Payload::FrozenSet(_)) if *k1 != 1 => {
                let sa = crate::builtins::set::to_set_value(self, a)?;
                crate::builtins::set::set_compare(self, &sa, b, op).map(Some)
            }
            _ => Ok(None),
        }
    }

    /// Lexicographic comparison of sequences.
    pub fn seq_compare(&mut self, x: &[Value], y: &[Value], op: CmpKind) -> PyResult<bool> {
        let n = x.len().min(y.len());
        for i in 0..n {
            // Two ints (the usual first item of a sort key): ordered at once.
            if let (Value::Int(p), Value::Int(q)) = (&x[i], &y[i]) {
                if p != q {
                    return Ok(cmp_result(p.cmp(q), op));
                }
                continue;
            }
            if !self.eq(&x[i], &y[i])? {
                return match op {
                    CmpKind::Eq => Ok(false),
                    CmpKind::Ne => Ok(true),
                    _ => {
                        let r = self.compare(&x[i], &y[i], op)?;
                        self.truthy(&r)
                    }
                };
            }
        }
        Ok(cmp_result(x.len().cmp(&y.len()), op))
    }

    /// `a < b` as a bool (sorting, min/max).
    pub fn less_than(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => Ok(x < y),
            (Value::Float(x), Value::Float(y)) => Ok(x.get() < y.get()),
            _ => {
                if let (Some(x), Some(y)) = (a.as_str(), b.as_str())
                    && !self.is_heap(a)
                    && !self.is_heap(b)
                {
                    return Ok(x < y);
                }
                let r = self.compare(a, b, CmpKind::Lt)?;
                self.truthy(&r)
            }
        }
    }

    // ----- hashing -----

    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(hashing::hash_i64(*i)),
            Value::Bool(b) => Ok(b.get() as i64),
            Value::Float(f) => Ok(hashing::hash_f64(f.get(), v.id() as usize)),
            Value::None | Value::Undef => Ok(0xFCA86420 >> 4),
            Value::Obj(o) => {
                if o.type_data().heap {
                    match self.lookup_special(v, Special::Hash) {
                        Some(Value::None) => {
                            return Err(self
                                .type_error(format!("unhashable type: '{}'", self.type_name(v))));
                        }
                        Some(f) if !matches!(f.payload(), Some(Payload::Builtin(_))) => {
                            let r = self.call_method_value(&f, v, &[])?;
                            return match r {
                                Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                                Value::Bool(b) => Ok(b.get() as i64),
                                _ => match r.as_bigint() {
                                    Some(b) => Ok(hashing::hash_bigint(b)),
                                    None => {
                                        Err(self
                                            .type_error("__hash__ method should return an integer"))
                                    }
                                },
                            };
                        }
                        _ => {}
                    }
                }
                match &o.payload {
                    Payload::Str(s) => Ok(s.hash()),
                    Payload::BigInt(b) => Ok(hashing::hash_bigint(b)),
                    Payload::Bytes(b) => Ok(crate::runtime::str::str_hash(b)),
                    Payload::Tuple(items) => {
                        let items = items.clone();
                        let mut hs = Vec::with_capacity(items.len());
                        for i in items.iter() {
                            hs.push(self.hash(i)?);
                        }
                        Ok(hashing::tuple_hash(hs.into_iter(), items.len()))
                    }
                    Payload::FrozenSet(s) => {
                        // CPython's frozenset hash: order-independent mix of element hashes.
                        let mut h: u64 = 0;
                        for (_, eh) in s.iter() {
                            let x = eh as u64;
                            h ^= ((x ^ 89869747) ^ (x << 16)).wrapping_mul(3644798167);
                        }
                        h ^= (s.len() as u64 + 1).wrapping_mul(1927868237);
                        h ^= (h >> 11) ^ (h >> 25);
                        h = h.wrapping_mul(69069).wrapping_add(907133923);
                        let h = h as i64;
                        Ok(if h == -1 { 590923713 } else { h })
                    }
                    Payload::List(_)
                    | Payload::Dict(_)
                    | Payload::Set(_)
                    | Payload::DictView(..) => {
                        Err(self.type_error(format!("unhashable type: '{}'", self.type_name(v))))
                    }
                    _ => Ok((Rc::as_ptr(o) as usize >> 4) as i64),
                }
            }
        }
    }

    // ----- containment -----

    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if self.is_heap(container) {
            if let Some(r) =
                self.call_special(container, Special::Contains, std::slice::from_ref(item))?
            {
                return self.truthy(&r);
            }
            if self.lookup_user_special(container, Special::Iter).is_some()
                || (matches!(
                    container.payload(),
                    Some(Payload::Plain | Payload::Instance(_))
                ) && self
                    .lookup_user_special(container, Special::GetItem)
                    .is_some())
            {
                let it = self.get_iter(container)?;
                while let Some(x) = self.iter_next(&it)? {
                    if self.eq(&x, item)? {
                        return Ok(true);
                    }
                }
                return Ok(false);
            }
        }
        self.contains_builtin(container, item)
    }

    /// `item in container` without a subclass's own `__contains__` (see `getitem_builtin`).
    pub fn contains_builtin(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        match container.payload() {
            Some(Payload::Str(s)) => match item.as_str() {
                Some(sub) => Ok(crate::runtime::strops::find_str(s.as_str(), sub).is_some()),
                None => Err(self.type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    self.type_name(item)
                ))),
            },
            Some(Payload::List(l)) => {
                let n = l.borrow().len();
                for i in 0..n {
                    let x = match l.borrow().get(i) {
                        Some(x) => x.clone(),
                        None => break,
                    };
                    if self.eq(&x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Some(Payload::Tuple(t)) => {
                let t = t.clone();
                for x in t.iter() {
                    if self.eq(x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Some(Payload::Dict(_)) => {
                Ok(crate::builtins::dict::dict_get(self, container, item)?.is_some())
            }
            Some(Payload::Set(_) | Payload::FrozenSet(_)) => {
                crate::builtins::set::set_contains(self, container, item)
            }
            Some(Payload::Range(r)) => {
                let r = *r;
                match item {
                    Value::Int(i) => Ok(range_contains(&r, *i)),
                    Value::Bool(b) => Ok(range_contains(&r, b.get() as i64)),
                    _ => {
                        let it = self.get_iter(container)?;
                        while let Some(x) = self.iter_next(&it)? {
                            if self.eq(&x, item)? {
                                return Ok(true);
                            }
                        }
                        Ok(false)
                    }
                }
            }
            Some(Payload::Bytes(b)) => match item {
                Value::Int(i) => {
                    if !(0..256).contains(i) {
                        return Err(self.value_error("byte must be in range(0, 256)"));
                    }
                    Ok(b.contains(&(*i as u8)))
                }
                _ => match item.as_bytes() {
                    Some(sub) => Ok(sub.is_empty() || b.windows(sub.len()).any(|w| w == sub)),
                    None => Err(self.type_error(format!(
                        "a bytes-like object is required, not '{}'",
                        self.type_name(item)
                    ))),
                },
            },
            Some(Payload::DictView(kind, d)) => {
                let d: Value = d.clone().into();
                match kind {
                    0 => Ok(crate::builtins::dict::dict_get(self, &d, item)?.is_some()),
                    1 => {
                        let vals: Vec<Value> = d
                            .as_dict()
                            .expect("dict")
                            .borrow()
                            .iter()
                            .map(|e| e.value.clone())
                            .collect();
                        for v in vals {
                            if self.eq(&v, item)? {
                                return Ok(true);
                            }
                        }
                        Ok(false)
                    }
                    _ => {
                        let Some(pair) = item.as_tuple().filter(|t| t.len() == 2) else {
                            return Ok(false);
                        };
                        let (k, v) = (pair[0].clone(), pair[1].clone());
                        match crate::builtins::dict::dict_get(self, &d, &k)? {
                            Some(found) => self.eq(&found, &v),
                            None => Ok(false),
                        }
                    }
                }
            }
            _ => {
                // Generic: iterate.
                let Ok(it) = self.get_iter(container) else {
                    return Err(self.type_error(format!(
                        "argument of type '{}' is not iterable",
                        self.type_name(container)
                    )));
                };
                while let Some(x) = self.iter_next(&it)? {
                    if self.eq(&x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        }
    }
}

fn range_contains(r: &RangeData, i: i64) -> bool {
    if r.step > 0 {
        i >= r.start && i < r.stop && (i - r.start) % r.step == 0
    } else {
        i <= r.start && i > r.stop && (r.start - i) % (-r.step) == 0
    }
}

/// Operators defined on floats.
#[inline]
fn is_arith(op: BinOpKind) -> bool {
    matches!(
        op,
        BinOpKind::Add
            | BinOpKind::Sub
            | BinOpKind::Mul
            | BinOpKind::TrueDiv
            | BinOpKind::FloorDiv
            | BinOpKind::Mod
            | BinOpKind::Pow
    )
}

/// One step of `sum`, `acc + x`, when it needs no Python code and no allocation: an int
/// plus an int (or a bool) that fits, a float plus a float. `None` sends the pair to
/// `binary_op`.
#[inline]
pub fn sum_step(acc: &Value, x: &Value) -> Option<Value> {
    match (acc, x) {
        (Value::Int(p), Value::Int(q)) => p.checked_add(*q).map(Value::Int),
        (Value::Int(p), Value::Bool(b)) => p.checked_add(b.get() as i64).map(Value::Int),
        (Value::Float(p), Value::Float(q)) => Some(Value::float(p.get() + q.get())),
        _ => None,
    }
}

#[inline]
pub fn cmp_result(o: Ordering, op: CmpKind) -> bool {
    match op {
        CmpKind::Lt => o == Ordering::Less,
        CmpKind::Le => o != Ordering::Greater,
        CmpKind::Eq => o == Ordering::Equal,
        CmpKind::Ne => o != Ordering::Equal,
        CmpKind::Gt => o == Ordering::Greater,
        CmpKind::Ge => o != Ordering::Less,
    }
}

#[inline]
pub fn float_cmp(x: f64, y: f64, op: CmpKind) -> bool {
    match op {
        CmpKind::Lt => x < y,
        CmpKind::Le => x <= y,
        CmpKind::Eq => x == y,
        CmpKind::Ne => x != y,
        CmpKind::Gt => x > y,
        CmpKind::Ge => x >= y,
    }
}

impl From<PyRef> for Value {
    #[inline]
    fn from(o: PyRef) -> Value {
        Value::Obj(o)
    }
}
