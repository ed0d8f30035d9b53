//! Iteration: `iter()` and `next()` for every builtin iterable, the builtin iterator
//! objects (`enumerate`, `zip`, `map`, `filter`, `reversed`, callable-sentinel), and the
//! `__iter__`/`__next__` protocol for classes.

use crate::runtime::types::Special;
use crate::runtime::value::*;
use crate::vm::frame::Frame;
use crate::vm::{PyErr, PyResult, Vm};
use std::cell::RefCell;
use std::rc::Rc;

pub enum IterState {
    /// list, tuple or bytes by index.
    Seq {
        seq: Value,
        idx: usize,
    },
    /// A str by byte offset.
    Str {
        s: Value,
        pos: usize,
    },
    Range {
        cur: i64,
        stop: i64,
        step: i64,
    },
    /// A dict's keys (0), values (1) or items (2), noticing size changes. `last` is the
    /// last `(key, value)` tuple handed out: when nobody else holds it any more (the
    /// usual `for k, v in d.items()`), the next item reuses it instead of allocating,
    /// as CPython's dict iterator does.
    Dict {
        dict: PyRef,
        pos: usize,
        kind: u8,
        len: usize,
        last: Option<PyRef>,
    },
    Set {
        set: Value,
        pos: usize,
        len: usize,
    },
    Enumerate {
        it: Value,
        idx: i64,
    },
    Zip {
        /// Shared, so that a step holds them without copying the list (the state is
        /// not borrowed while the iterators run).
        its: std::rc::Rc<[Value]>,
        strict: bool,
    },
    /// `frame`: the frame `Vm::call_reusing` keeps for `f` between items.
    Map {
        f: Value,
        its: Vec<Value>,
        frame: Option<Box<crate::vm::frame::Frame>>,
    },
    Filter {
        f: Value,
        it: Value,
        frame: Option<Box<crate::vm::frame::Frame>>,
    },
    /// Reversed over an indexable sequence.
    Reversed {
        seq: Value,
        idx: i64,
    },
    CallIter {
        f: Value,
        sentinel: Value,
    },
    /// Old-style iteration through `__getitem__`.
    GetItem {
        obj: Value,
        idx: i64,
    },
    Done,
}

/// Class names of the builtin iterators, indexed by [`IterState::type_index`].
pub const ITER_TYPE_NAMES: &[&str] = &[
    "list_iterator",
    "tuple_iterator",
    "bytes_iterator",
    "str_ascii_iterator",
    "range_iterator",
    "dict_keyiterator",
    "dict_valueiterator",
    "dict_itemiterator",
    "set_iterator",
    "enumerate",
    "zip",
    "map",
    "filter",
    "list_reverseiterator",
    "callable_iterator",
    "iterator",
    "reversed",
];

impl IterState {
    pub fn type_index(&self) -> usize {
        match self {
            IterState::Seq { seq, .. } => match seq.payload() {
                Some(Payload::List(_)) => 0,
                Some(Payload::Tuple(_)) => 1,
                _ => 2,
            },
            IterState::Str { .. } => 3,
            IterState::Range { .. } => 4,
            IterState::Dict { kind, .. } => 5 + (*kind as usize).min(2),
            IterState::Set { .. } => 8,
            IterState::Enumerate { .. } => 9,
            IterState::Zip { .. } => 10,
            IterState::Map { .. } => 11,
            IterState::Filter { .. } => 12,
            IterState::Reversed { seq, .. } => {
                if matches!(seq.payload(), Some(Payload::List(_))) {
                    13
                } else {
                    16
                }
            }
            IterState::CallIter { .. } => 14,
            IterState::GetItem { .. } | IterState::Done => 15,
        }
    }
}

/// The end of a builtin iterator whose step raised `e` (the function of a `map`,
/// `filter` or `iter(f, sentinel)`, a truth test, a `__getitem__`): a `StopIteration`
/// ends the iteration there, as in CPython, where an iterator's `__next__` raising it
/// is exhaustion; anything else propagates.
fn stop_or_raise(vm: &Vm, e: PyErr) -> PyResult<Option<Value>> {
    if vm.err_matches(&e, &vm.types().stop_iteration) {
        Ok(None)
    } else {
        Err(e)
    }
}

/// Give a `map` or `filter` iterator back the frame `Vm::call_reusing` kept for its
/// function (taken out while the function ran, so that a re-entrant `next` on the same
/// iterator makes its own).
fn keep_frame(st: &RefCell<IterState>, kept: Option<Box<crate::vm::frame::Frame>>) {
    if let Ok(mut s) = st.try_borrow_mut()
        && let IterState::Map { frame, .. } | IterState::Filter { frame, .. } = &mut *s
    {
        *frame = kept;
    }
}

/// What `Vm::feed_collect` keeps while it drains a `map` or `filter` through one frame.
pub(crate) struct Feed {
    /// The iterator the items come from.
    src: Value,
    /// A `filter`: keep the items the function's result is true for.
    filter: bool,
    /// For a `filter`: the item the function is running on.
    item: Value,
    out: Vec<Value>,
    /// An exception raised outside the function (by the source iterator, a truth test,
    /// the eval breaker): it must not pass through the function's frame, whose handlers
    /// and traceback entry it is not under.
    err: Option<PyErr>,
}

impl Vm {
    /// All items of a `map` over one iterable or of a `filter` whose function is a plain
    /// Python function of one argument (`None` for any other iterator): the function's
    /// frame runs once, restarted on each item by `Vm::feed_next` when it returns,
    /// instead of a native-to-Python call per item. What `list(map(f, xs))` and
    /// `list(filter(f, xs))` cost is then the function's own code.
    pub(crate) fn feed_collect(&mut self, st: &RefCell<IterState>) -> Option<PyResult<Vec<Value>>> {
        let (f, src, filter, mut slot) = {
            let Ok(mut s) = st.try_borrow_mut() else {
                return None;
            };
            let (f, src, filter, frame) = match &mut *s {
                IterState::Map { f, its, frame } if its.len() == 1 => (f, &its[0], false, frame),
                IterState::Filter { f, it, frame } => (f, &*it, true, frame),
                _ => return None,
            };
            match f.payload() {
                Some(Payload::Function(fun)) if fun.code.simple_argc == 1 => {}
                _ => return None,
            }
            (f.clone(), src.clone(), filter, frame.take())
        };
        let Some(Payload::Function(fun)) = f.payload() else {
            unreachable!("checked above")
        };
        let outer = self.feed.take();
        let r = self.feed_run(fun, src, filter, &mut slot);
        self.feed = outer;
        keep_frame(st, slot);
        Some(r)
    }

    fn feed_run(
        &mut self,
        fun: &Function,
        src: Value,
        filter: bool,
        slot: &mut Option<Box<Frame>>,
    ) -> PyResult<Vec<Value>> {
        let Some(first) = self.iter_next(&src)? else {
            return Ok(Vec::new());
        };
        // Refilled as `Vm::call_reusing` refills it (kept apart there: sharing the code
        // cost `sum(map(f, xs))` 1% more instructions).
        let mut frame = match slot.take() {
            Some(mut fr) => {
                debug_assert!(Rc::ptr_eq(&fr.code, &fun.code) && fr.stack.is_empty());
                fr.stack.push(first.clone());
                for _ in 1..fr.nlocals {
                    fr.stack.push(Value::Undef);
                }
                fr
            }
            None => self.make_frame(fun, std::slice::from_ref(&first), &[])?,
        };
        self.feed = Some(Box::new(Feed {
            src,
            filter,
            item: if filter { first } else { Value::Undef },
            out: Vec::new(),
            err: None,
        }));
        let mut raised = None;
        if self.depth >= self.interp.recursion_limit.get() || self.stack_exhausted() {
            raised = Some(self.recursion_error());
        } else {
            frame.feed = true;
            self.depth += 1;
            self.run_frame_raw(&mut frame, None, &mut raised);
            self.depth -= 1;
            frame.feed = false;
        }
        frame.stack.clear();
        frame.pc = 0;
        *slot = Some(frame);
        let feed = self.feed.take().expect("the feed of this run");
        match raised.or(feed.err).map(|e| stop_or_raise(self, e)) {
            Some(Err(e)) => Err(e),
            // Exhausted, or a `StopIteration` from the function ended the items there.
            None | Some(Ok(_)) => Ok(feed.out),
        }
    }

    /// The base frame run by `feed_collect` returned `v`: keep it (`map`), or keep the
    /// item if `v` is true (`filter`), then restart the frame on the next item (locals
    /// in `stack`). False when the source is exhausted or an exception raised outside
    /// the function stops the run (kept in `Feed::err`).
    #[inline(never)]
    pub(crate) fn feed_next(&mut self, v: Value, stack: &mut Vec<Value>, base: &mut Frame) -> bool {
        let Some(mut feed) = self.feed.take() else {
            return false;
        };
        let go = self.feed_step(&mut feed, v, stack, base);
        self.feed = Some(feed);
        go
    }

    fn feed_step(
        &mut self,
        feed: &mut Feed,
        v: Value,
        stack: &mut Vec<Value>,
        base: &mut Frame,
    ) -> bool {
        if feed.filter {
            let keep = match v {
                Value::Bool(b) => Ok(b.get()),
                v => self.truthy(&v),
            };
            match keep {
                Ok(true) => feed
                    .out
                    .push(std::mem::replace(&mut feed.item, Value::Undef)),
                Ok(false) => {}
                Err(e) => {
                    feed.err = Some(e);
                    return false;
                }
            }
        } else {
            feed.out.push(v);
        }
        if feed.out.len() & 0xffff == 0 && feed.out.len() > crate::runtime::binops::MAX_ALLOC_ITEMS
        {
            feed.err = Some(self.memory_error());
            return false;
        }
        if self.interp.breaker.is_set()
            && let Err(e) = self.handle_breaker()
        {
            feed.err = Some(e);
            return false;
        }
        let x = match self.iter_next(&feed.src) {
            Ok(Some(x)) => x,
            Ok(None) => return false,
            Err(e) => {
                feed.err = Some(e);
                return false;
            }
        };
        while let Some(old) = stack.pop() {
            old.discard();
        }
        if feed.filter {
            feed.item = x.clone();
        }
        stack.push(x);
        for _ in 1..base.nlocals {
            stack.push(Value::Undef);
        }
        base.pc = 0;
        true
    }

    pub fn new_iter(&self, st: IterState) -> Value {
        let k = st.type_index();
        let ty = self
            .types()
            .iter_types
            .get(k)
            .cloned()
            .unwrap_or_else(|| self.types().iterator.clone());
        self.new_object(&ty, Payload::Iter(RefCell::new(st)))
    }

    /// `iter(obj)`.
    pub fn get_iter(&mut self, obj: &Value) -> PyResult<Value> {
        if let Value::Obj(o) = obj
            && o.type_data().heap
        {
            if let Some(r) = self.call_special(obj, Special::Iter, &[])? {
                if self.lookup_special(&r, Special::Next).is_none()
                    && !matches!(r.payload(), Some(Payload::Iter(_) | Payload::Generator(_)))
                {
                    return Err(self.type_error(format!(
                        "iter() returned non-iterator of type '{}'",
                        self.type_name(&r)
                    )));
                }
                return Ok(r);
            }
            if matches!(o.payload, Payload::Plain | Payload::Instance(_))
                && self.lookup_user_special(obj, Special::GetItem).is_some()
            {
                return Ok(self.new_iter(IterState::GetItem {
                    obj: obj.clone(),
                    idx: 0,
                }));
            }
        }
        self.get_iter_builtin(obj)
    }

    /// `iter(obj)` without a subclass's own `__iter__`: the builtin type's iterator, which
    /// an explicit `list.__iter__(obj)` returns (an override calling it must not reach
    /// itself again).
    pub fn get_iter_builtin(&mut self, obj: &Value) -> PyResult<Value> {
        if let Value::Obj(o) = obj {
            let st = match &o.payload {
                Payload::List(_) | Payload::Tuple(_) | Payload::Bytes(_) => IterState::Seq {
                    seq: obj.clone(),
                    idx: 0,
                },
                Payload::Str(_) => IterState::Str {
                    s: obj.clone(),
                    pos: 0,
                },
                Payload::Range(r) => IterState::Range {
                    cur: r.start,
                    stop: r.stop,
                    step: r.step,
                },
                Payload::Dict(d) => IterState::Dict {
                    dict: o.clone(),
                    pos: 0,
                    kind: 0,
                    len: d.borrow().len(),
                    last: None,
                },
                Payload::DictView(k, d) => {
                    let len = d.as_ref().payload_dict_len();
                    IterState::Dict {
                        dict: d.clone(),
                        pos: 0,
                        kind: *k,
                        len,
                        last: None,
                    }
                }
                Payload::Set(s) => IterState::Set {
                    set: obj.clone(),
                    pos: 0,
                    len: s.borrow().len(),
                },
                Payload::FrozenSet(s) => IterState::Set {
                    set: obj.clone(),
                    pos: 0,
                    len: s.len(),
                },
                Payload::Iter(_) | Payload::Generator(_) => return Ok(obj.clone()),
                Payload::File(_) => return Ok(obj.clone()),
                _ => {
                    return Err(self
                        .type_error(format!("'{}' object is not iterable", self.type_name(obj))));
                }
            };
            return Ok(self.new_iter(st));
        }
        Err(self.type_error(format!("'{}' object is not iterable", self.type_name(obj))))
    }

    /// `sum`'s inner loop over a list's or tuple's items, a range or a dict's values:
    /// ints and bools (while the total fits) and floats added to `acc` where they lie
    /// (`ops::sum_step`), the
    /// iterator advanced past each, as `iter_next` would. Stops at the first item of
    /// another kind (or one that would overflow), leaving it to `iter_next`, or after
    /// `limit` items (so that the caller can poll the breaker). Returns how many it took.
    pub fn sum_numbers(&self, it: &Value, acc: &mut Value, limit: usize) -> usize {
        fn add(acc: &mut Value, x: &Value) -> bool {
            match crate::runtime::ops::sum_step(acc, x) {
                Some(v) => {
                    *acc = v;
                    true
                }
                None => false,
            }
        }
        let mut n = 0;
        let Value::Obj(o) = it else { return n };
        let Payload::Iter(st) = &o.payload else {
            return n;
        };
        let Ok(mut st) = st.try_borrow_mut() else {
            return n;
        };
        let mut add_all = |acc: &mut Value, items: &[Value], idx: &mut usize| {
            while n < limit
                && let Some(x) = items.get(*idx)
                && add(acc, x)
            {
                *idx += 1;
                n += 1;
            }
        };
        match &mut *st {
            IterState::Seq { seq, idx } => match seq.payload() {
                Some(Payload::List(l)) => {
                    if let Ok(l) = l.try_borrow() {
                        add_all(acc, &l, idx);
                    }
                }
                Some(Payload::Tuple(t)) => add_all(acc, t, idx),
                _ => {}
            },
            IterState::Range { cur, stop, step } => {
                while n < limit
                    && ((*step > 0 && *cur < *stop) || (*step < 0 && *cur > *stop))
                    && add(acc, &Value::Int(*cur))
                {
                    *cur = cur.saturating_add(*step);
                    n += 1;
                }
            }
            IterState::Dict {
                dict,
                pos,
                kind: 1,
                len,
                ..
            } => {
                let Payload::Dict(d) = &dict.payload else {
                    return n;
                };
                let Ok(d) = d.try_borrow() else { return n };
                // A changed size is `iter_next`'s to report.
                if d.len() != *len {
                    return n;
                }
                while n < limit
                    && let Some((i, e)) = d.next_at(*pos)
                    && add(acc, &e.value)
                {
                    *pos = i + 1;
                    n += 1;
                }
            }
            _ => {}
        }
        n
    }

    /// The two iterators of a non-strict `zip` of two iterables, whose items a consumer
    /// may take in turn instead of the zip's tuples (the first, then the second; the
    /// second not asked once the first is exhausted, as `zip` does).
    pub fn zip_pair_iters(&self, it: &Value) -> Option<(Value, Value)> {
        let Value::Obj(o) = it else { return None };
        let Payload::Iter(st) = &o.payload else {
            return None;
        };
        match &*st.borrow() {
            IterState::Zip { its, strict: false } if its.len() == 2 => {
                Some((its[0].clone(), its[1].clone()))
            }
            _ => None,
        }
    }

    /// `next(it)`: `Ok(None)` when exhausted.
    pub fn iter_next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        let Value::Obj(o) = it else {
            return Err(self.type_error(format!(
                "'{}' object is not an iterator",
                self.type_name(it)
            )));
        };
        match &o.payload {
            Payload::Iter(st) => {
                let r = self.builtin_iter_next(st);
                if r.is_err() {
                    return r.or_else(|e| stop_or_raise(self, e));
                }
                r
            }
            Payload::Generator(_) => crate::vm::generator::gen_next(self, o),
            Payload::File(_) => crate::modules::io::file_next_line(self, it),
            _ => {
                let Some(f) = self.lookup_special(it, Special::Next) else {
                    return Err(self.type_error(format!(
                        "'{}' object is not an iterator",
                        self.type_name(it)
                    )));
                };
                match self.call_method_value(&f, it, &[]) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.err_matches(&e, &self.types().stop_iteration.clone()) => {
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
        }
    }

    fn builtin_iter_next(&mut self, st: &RefCell<IterState>) -> PyResult<Option<Value>> {
        let mut s = st.borrow_mut();
        match &mut *s {
            IterState::Seq { seq, idx } => {
                let r = match seq.payload() {
                    Some(Payload::List(l)) => l.borrow().get(*idx).cloned(),
                    Some(Payload::Tuple(t)) => t.get(*idx).cloned(),
                    Some(Payload::Bytes(b)) => b.get(*idx).map(|&x| Value::Int(x as i64)),
                    _ => None,
                };
                match r {
                    Some(v) => {
                        *idx += 1;
                        Ok(Some(v))
                    }
                    None => {
                        *s = IterState::Done;
                        Ok(None)
                    }
                }
            }
            IterState::Range { cur, stop, step } => {
                if (*step > 0 && *cur < *stop) || (*step < 0 && *cur > *stop) {
                    let v = *cur;
                    *cur = cur.saturating_add(*step);
                    Ok(Some(Value::Int(v)))
                } else {
                    Ok(None)
                }
            }
            IterState::Str { s: sv, pos } => {
                let text = sv.as_str().unwrap_or("");
                match text[*pos..].chars().next() {
                    Some(c) => {
                        *pos += c.len_utf8();
                        let mut buf = [0u8; 4];
                        let v = self.new_str(c.encode_utf8(&mut buf));
                        Ok(Some(v))
                    }
                    None => Ok(None),
                }
            }
            IterState::Dict {
                dict,
                pos,
                kind,
                len,
                last,
            } => {
                let Payload::Dict(d) = &dict.payload else {
                    return Ok(None);
                };
                let d = d.borrow();
                if d.len() != *len {
                    *len = usize::MAX;
                    drop(d);
                    return Err(self.runtime_error("dictionary changed size during iteration"));
                }
                match d.next_at(*pos) {
                    Some((i, e)) => {
                        *pos = i + 1;
                        let v = match kind {
                            0 => e.key.clone(),
                            1 => e.value.clone(),
                            _ => {
                                let (k, v) = (e.key.clone(), e.value.clone());
                                drop(d);
                                if let Some(t) = last
                                    && let Some(o) = Rc::get_mut(t)
                                    && let Payload::Tuple(items) = &mut o.payload
                                    && let [a, b] = &mut **items
                                {
                                    let old = (std::mem::replace(a, k), std::mem::replace(b, v));
                                    let t = Value::Obj(t.clone());
                                    drop(s);
                                    drop(old);
                                    return Ok(Some(t));
                                }
                                let t = self.new_tuple(vec![k, v]);
                                *last = t.as_obj().cloned();
                                drop(s);
                                return Ok(Some(t));
                            }
                        };
                        Ok(Some(v))
                    }
                    None => Ok(None),
                }
            }
            IterState::Set { set, pos, len } => {
                let r = match set.payload() {
                    Some(Payload::Set(t)) => {
                        let t = t.borrow();
                        if t.len() != *len {
                            *len = usize::MAX;
                            drop(t);
                            return Err(self.runtime_error("Set changed size during iteration"));
                        }
                        t.next_at(*pos).map(|(i, k, _)| (i, k.clone()))
                    }
                    Some(Payload::FrozenSet(t)) => t.next_at(*pos).map(|(i, k, _)| (i, k.clone())),
                    _ => None,
                };
                match r {
                    Some((i, k)) => {
                        *pos = i + 1;
                        Ok(Some(k))
                    }
                    None => Ok(None),
                }
            }
            IterState::Enumerate { it, idx } => {
                let it = it.clone();
                let i = *idx;
                *idx += 1;
                drop(s);
                match self.iter_next(&it)? {
                    Some(v) => Ok(Some(self.new_tuple(vec![Value::Int(i), v]))),
                    None => Ok(None),
                }
            }
            IterState::Zip { its, strict } => {
                let its = its.clone();
                let strict = *strict;
                drop(s);
                let mut out = Vec::with_capacity(its.len());
                for (k, it) in its.iter().enumerate() {
                    match self.iter_next(it)? {
                        Some(v) => out.push(v),
                        None => {
                            if strict && (k > 0 || its[1..].iter().any(|_| true)) {
                                if k > 0 {
                                    let plural = if k == 1 { "" } else { "s" };
                                    return Err(self.value_error(format!(
                                        "zip() argument {} is shorter than argument{} {}",
                                        k + 1,
                                        plural,
                                        if k == 1 {
                                            "1".to_string()
                                        } else {
                                            format!("1-{k}")
                                        }
                                    )));
                                }
                                for (j, other) in its.iter().enumerate().skip(1) {
                                    if self.iter_next(other)?.is_some() {
                                        let plural = if j == 1 { "" } else { "s" };
                                        return Err(self.value_error(format!(
                                            "zip() argument {} is longer than argument{} {}",
                                            j + 1,
                                            plural,
                                            if j == 1 {
                                                "1".to_string()
                                            } else {
                                                format!("1-{j}")
                                            }
                                        )));
                                    }
                                }
                            }
                            return Ok(None);
                        }
                    }
                }
                Ok(Some(self.new_tuple(out)))
            }
            IterState::Map { f, its, frame } if its.len() == 1 => {
                // One iterable (the common case): no argument vector per item.
                let (f, it, mut frame) = (f.clone(), its[0].clone(), frame.take());
                drop(s);
                let v = match self.iter_next(&it) {
                    Ok(Some(v)) => v,
                    other => {
                        keep_frame(st, frame);
                        return other;
                    }
                };
                // The result stays a `Value` (two registers) until the end: a `PyResult`
                // held across `keep_frame` was copied whole from memory written in
                // halves (a store-forwarding stall per item).
                let mut raised = None;
                let out = self.call_reusing(&f, std::slice::from_ref(&v), &mut frame, &mut raised);
                keep_frame(st, frame);
                match raised {
                    None => Ok(Some(out)),
                    Some(e) => Err(e),
                }
            }
            IterState::Map { f, its, .. } => {
                let (f, its) = (f.clone(), its.clone());
                drop(s);
                let mut args = Vec::with_capacity(its.len());
                for it in &its {
                    match self.iter_next(it)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                self.call(&f, &args, &[]).map(Some)
            }
            IterState::Filter { f, it, frame } => {
                let (f, it, mut frame) = (f.clone(), it.clone(), frame.take());
                drop(s);
                let r = loop {
                    let v = match self.iter_next(&it) {
                        Ok(Some(v)) => v,
                        other => break other,
                    };
                    let keep = if f.is_none() {
                        self.truthy(&v)
                    } else {
                        let mut raised = None;
                        let r = self.call_reusing(
                            &f,
                            std::slice::from_ref(&v),
                            &mut frame,
                            &mut raised,
                        );
                        match (raised, r) {
                            // The usual predicate result, tested without a call.
                            (None, Value::Bool(b)) => Ok(b.get()),
                            (None, r) => self.truthy(&r),
                            (Some(e), _) => Err(e),
                        }
                    };
                    match keep {
                        Ok(true) => break Ok(Some(v)),
                        Ok(false) => {}
                        Err(e) => break Err(e),
                    }
                };
                keep_frame(st, frame);
                r
            }
            IterState::Reversed { seq, idx } => {
                if *idx < 0 {
                    return Ok(None);
                }
                let (seq, i) = (seq.clone(), *idx);
                *idx -= 1;
                drop(s);
                match seq.payload() {
                    Some(Payload::List(l)) => {
                        let v = l.borrow().get(i as usize).cloned();
                        Ok(v)
                    }
                    _ => self.getitem(&seq, &Value::Int(i)).map(Some),
                }
            }
            IterState::CallIter { f, sentinel } => {
                let (f, sentinel) = (f.clone(), sentinel.clone());
                drop(s);
                let v = self.call(&f, &[], &[])?;
                if self.eq(&v, &sentinel)? {
                    *st.borrow_mut() = IterState::Done;
                    return Ok(None);
                }
                Ok(Some(v))
            }
            IterState::GetItem { obj, idx } => {
                let (obj, i) = (obj.clone(), *idx);
                *idx += 1;
                drop(s);
                match self.getitem(&obj, &Value::Int(i)) {
                    Ok(v) => Ok(Some(v)),
                    // (`StopIteration` ends it too, in `iter_next`.)
                    Err(e) if self.err_matches(&e, &self.types().index_error.clone()) => Ok(None),
                    Err(e) => Err(e),
                }
            }
            IterState::Done => Ok(None),
        }
    }
}

trait DictLen {
    fn payload_dict_len(&self) -> usize;
}

impl DictLen for PyObject {
    fn payload_dict_len(&self) -> usize {
        match &self.payload {
            Payload::Dict(d) => d.borrow().len(),
            _ => 0,
        }
    }
}
