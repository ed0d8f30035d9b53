//! `DictTable`: the insertion-ordered hash table behind `dict`, instance `__dict__`s,
//! module globals and class namespaces.
//!
//! Entries live in a `Vec` in insertion order (deleted ones leave a hole until the next
//! compaction); a `hashbrown::HashTable` maps hashes to entry indices. Key equality is the
//! caller's callback, so a Python `__eq__` can run (and fail) during a lookup; `str` keys
//! have a fast path that needs no callback.

use crate::runtime::value::Value;
use hashbrown::HashTable;
use std::cell::{Cell, RefCell};
use std::sync::atomic::{AtomicU64, Ordering};

#[derive(Clone)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

#[derive(Default)]
pub struct DictTable {
    entries: Vec<Option<Entry>>,
    /// Hash index over `entries`, built only once there are more than `SMALL` slots:
    /// small tables (most instance dicts, keyword dicts, small literals) are searched
    /// linearly by hash, which costs less than hashing into a table and saves its
    /// allocation. Boxed, so that it does not make every object larger. Invariant:
    /// `None` (or empty, made ahead by `with_capacity`) while `entries.len() <= SMALL`,
    /// else present and indexing every live entry.
    index: Option<Box<HashTable<usize>>>,
    len: usize,
    /// The version of the key layout, unique across all tables of the process: 0 after
    /// any change to the set of keys or their slots (not on value updates), and a fresh
    /// number from `NEXT_KEYS_VERSION` once someone asks (`keys_version`). An inline
    /// cache that remembers a slot of a table under version `v` can trust the slot while
    /// the table's version is still `v`: no other table, not even a later one at the
    /// same address, ever has that version.
    keys_version: Cell<u64>,
}

/// The next fresh key-layout version (0 means "none assigned").
static NEXT_KEYS_VERSION: AtomicU64 = AtomicU64::new(1);

impl Clone for DictTable {
    /// A copy has the same layout but its own version (none yet).
    fn clone(&self) -> Self {
        DictTable {
            entries: self.entries.clone(),
            index: self.index.clone(),
            len: self.len,
            keys_version: Cell::new(0),
        }
    }
}

/// The hash index's hash of a Python hash. Python hashes of small ints are the ints
/// themselves, whose top bits are all zero; hashbrown takes its 7-bit control tag from
/// the top bits, so unmixed they would all collide in the tag and every probe would
/// compare every entry of its group (int-keyed lookups cost 300 instructions). A
/// multiplication by an odd constant (Fibonacci hashing) is a bijection that moves low
/// bits up.
#[inline(always)]
fn spread(hash: i64) -> u64 {
    (hash as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// Up to this many entry slots a table has no hash index.
const SMALL: usize = 8;

impl DictTable {
    /// The hash index of an indexed table (see `index`).
    #[inline]
    fn index(&self) -> &HashTable<usize> {
        self.index.as_deref().expect("indexed table")
    }

    /// Whether the hash index is in use (see `index`).
    #[inline]
    fn indexed(&self) -> bool {
        self.entries.len() > SMALL
    }

    /// Slots of the live entries with hash `hash`, through the index or by scanning.
    fn slots_with_hash(&self, hash: i64) -> Vec<usize> {
        if self.indexed() {
            self.index().iter_hash(spread(hash)).copied().collect()
        } else {
            (0..self.entries.len())
                .filter(|&i| self.entries[i].as_ref().is_some_and(|e| e.hash == hash))
                .collect()
        }
    }

    /// The slot of the first live entry with hash `hash` for which `is_key` holds.
    #[inline]
    fn find_slot(&self, hash: i64, mut is_key: impl FnMut(&Entry) -> bool) -> Option<usize> {
        let entries = &self.entries;
        if self.indexed() {
            self.index()
                .find(spread(hash), |&i| {
                    let e = entries[i].as_ref().expect("indexed entry");
                    e.hash == hash && is_key(e)
                })
                .copied()
        } else {
            entries
                .iter()
                .position(|e| e.as_ref().is_some_and(|e| e.hash == hash && is_key(e)))
        }
    }

    pub fn new() -> DictTable {
        DictTable::default()
    }

    pub fn with_capacity(n: usize) -> DictTable {
        DictTable {
            entries: Vec::with_capacity(n),
            index: (n > SMALL).then(|| Box::new(HashTable::with_capacity(n))),
            len: 0,
            keys_version: Cell::new(0),
        }
    }

    /// Room for `n` more entries without growing (while the table stays small). An
    /// empty table gets a fresh buffer, which is cheaper than `Vec::reserve`'s growth
    /// path.
    #[inline]
    pub fn reserve(&mut self, n: usize) {
        if self.entries.capacity() == 0 {
            self.entries = Vec::with_capacity(n);
        } else {
            self.entries.reserve(n);
        }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Index of the entry for `key` in the table in `cell`. Candidates with the same
    /// hash are compared cheaply first, then by `eq(stored_key, key)` *without* holding
    /// the borrow: a Python `__eq__` may mutate this dict, or lose the GIL to a thread
    /// that does. If the keys changed meanwhile, the lookup restarts, as CPython's does.
    pub fn find_in<E>(
        cell: &std::cell::RefCell<DictTable>,
        key: &Value,
        hash: i64,
        eq: &mut impl FnMut(&Value, &Value) -> Result<bool, E>,
    ) -> Result<Option<usize>, E> {
        loop {
            let (candidates, version) = {
                let t = cell.borrow();
                let entries = &t.entries;
                let mut slow = false;
                if let Some(i) = t.find_slot(hash, |e| match fast_eq(&e.key, key) {
                    Some(b) => b,
                    None => {
                        slow = true;
                        false
                    }
                }) {
                    return Ok(Some(i));
                }
                if !slow {
                    return Ok(None);
                }
                let candidates: Vec<(usize, Value)> = t
                    .slots_with_hash(hash)
                    .into_iter()
                    .filter_map(|i| {
                        entries[i]
                            .as_ref()
                            .filter(|e| e.hash == hash)
                            .map(|e| (i, e.key.clone()))
                    })
                    .collect();
                (candidates, t.keys_version())
            };
            let mut changed = false;
            for (i, k) in candidates {
                let r = eq(&k, key)?;
                if cell.borrow().keys_version() != version {
                    changed = true;
                    break;
                }
                if r {
                    return Ok(Some(i));
                }
            }
            if !changed {
                return Ok(None);
            }
        }
    }

    /// Whether a live entry has the `str` key `s` (hash `hash`). Small tables are
    /// scanned inline by hash, which settles a miss (the common answer of the
    /// method cache's shadowing check) without a call.
    #[inline(always)]
    pub fn contains_str(&self, s: &str, hash: i64) -> bool {
        if self.indexed() {
            return self.find_str(s, hash).is_some();
        }
        for e in self.entries.iter() {
            if let Some(e) = e
                && e.hash == hash
                && e.key.as_str() == Some(s)
            {
                return true;
            }
        }
        false
    }

    /// Append `key` (a `str` with hash `hash`) in slot `slot` when that is where it
    /// would go: the table is small, has exactly `slot` entry slots and no live entry
    /// with this hash (so not this key). Otherwise the value comes back for the
    /// general path. This is the `StoreAttr` of `__init__` on a fresh instance.
    #[inline(always)]
    pub fn push_str_at(
        &mut self,
        slot: usize,
        key: &Value,
        hash: i64,
        value: Value,
    ) -> Result<(), Value> {
        if self.entries.len() != slot || slot >= SMALL {
            return Err(value);
        }
        for e in self.entries.iter() {
            if let Some(e) = e
                && e.hash == hash
            {
                return Err(value);
            }
        }
        self.keys_version.set(0);
        self.entries.push(Some(Entry {
            hash,
            key: key.clone(),
            value,
        }));
        self.len += 1;
        Ok(())
    }

    /// Lookup by a `str` key without any callback (strings only equal strings).
    pub fn find_str(&self, s: &str, hash: i64) -> Option<usize> {
        // The same text object (an interned name, a key looked up again) is found
        // without comparing the bytes.
        self.find_slot(hash, |e| {
            e.key
                .as_str()
                .is_some_and(|k| k.len() == s.len() && (k.as_ptr() == s.as_ptr() || k == s))
        })
    }

    /// The value for the int key `i` (whose hash is `hash`): `Some(Some(value))` if
    /// present, `Some(None)` if absent, `None` when an entry of that hash needs a
    /// general comparison (a user object) to tell.
    #[inline]
    pub fn get_int(&self, i: i64, hash: i64) -> Option<Option<&Value>> {
        self.find_int(i, hash)
            .map(|found| found.and_then(|idx| self.entries[idx].as_ref().map(|e| &e.value)))
    }

    /// The slot of the int key `i` (whose hash is `hash`): `Some(Some(slot))` if present,
    /// `Some(None)` if absent, `None` when an entry of that hash needs a general
    /// comparison (a user object) to tell.
    #[inline]
    pub fn find_int(&self, i: i64, hash: i64) -> Option<Option<usize>> {
        let key = Value::Int(i);
        let mut unsure = false;
        let found = self.find_slot(hash, |e| match &e.key {
            // Int keys compared here; `fast_eq` (out of line) for the other kinds.
            &Value::Int(j) => j == i,
            k => match fast_eq(k, &key) {
                Some(b) => b,
                None => {
                    unsure = true;
                    false
                }
            },
        });
        match found {
            Some(idx) => Some(Some(idx)),
            None if unsure => None,
            None => Some(None),
        }
    }

    pub fn get_str(&self, s: &str, hash: i64) -> Option<&Value> {
        self.find_str(s, hash)
            .map(|i| &self.entries[i].as_ref().expect("entry").value)
    }

    #[inline]
    pub fn entry(&self, i: usize) -> Option<&Entry> {
        self.entries.get(i).and_then(|e| e.as_ref())
    }

    #[inline]
    pub fn value_at(&self, i: usize) -> &Value {
        &self.entries[i].as_ref().expect("live entry").value
    }

    #[inline(always)]
    pub fn set_value_at(&mut self, i: usize, v: Value) -> Value {
        std::mem::replace(&mut self.entries[i].as_mut().expect("live entry").value, v)
    }

    #[inline]
    pub fn keys_version(&self) -> u64 {
        match self.keys_version.get() {
            0 => {
                let v = NEXT_KEYS_VERSION.fetch_add(1, Ordering::Relaxed);
                self.keys_version.set(v);
                v
            }
            v => v,
        }
    }

    /// Whether the key layout still has version `v` (a version from `keys_version`),
    /// without assigning one: the check of an inline cache.
    #[inline]
    pub fn has_keys_version(&self, v: u64) -> bool {
        self.keys_version.get() == v
    }

    /// A clone of the value in slot `slot` of the dict in `cell`, if the dict's key
    /// layout is still `version` (an inline cache's hit path). Reads the table without
    /// counting a borrow: nothing runs while it is read.
    #[inline(always)]
    pub fn cached_value(cell: &RefCell<DictTable>, version: u64, slot: u32) -> Option<Value> {
        // SAFETY: the table is only read here, up to the clone of one value (a
        // reference-count increment); no Python code or other borrow of `cell` can run
        // in between. An active mutable borrow makes this `Err`.
        let t = unsafe { cell.try_borrow_unguarded() }.ok()?;
        if !t.has_keys_version(version) {
            return None;
        }
        t.entry(slot as usize).map(|e| e.value.clone())
    }

    /// A clone of the value in slot `slot` of the dict in `cell`, if that slot holds the
    /// key `key` itself (an attribute cache's hit path: the name object is interned).
    /// Reads the table without counting a borrow, as `cached_value` does.
    #[inline(always)]
    pub fn cached_slot_value(cell: &RefCell<DictTable>, slot: u32, key: &Value) -> Option<Value> {
        // SAFETY: as in `cached_value`: the table is only read, up to the clone of one
        // value, and nothing runs in between.
        let t = unsafe { cell.try_borrow_unguarded() }.ok()?;
        t.entry(slot as usize)
            .filter(|e| e.key.is_same_obj(key))
            .map(|e| e.value.clone())
    }

    /// Replace the value in slot `slot` of the dict in `cell` with `v` if the dict's key
    /// layout is still `version` (a global store's cache hit): the old value, or `v`
    /// back when the cache does not hold (or the dict is borrowed).
    #[inline(always)]
    pub fn store_cached(
        cell: &RefCell<DictTable>,
        version: u64,
        slot: u32,
        v: Value,
    ) -> Result<Value, Value> {
        let Ok(mut t) = cell.try_borrow_mut() else {
            return Err(v);
        };
        if !t.has_keys_version(version) {
            return Err(v);
        }
        match t.entries.get_mut(slot as usize) {
            Some(Some(e)) => Ok(std::mem::replace(&mut e.value, v)),
            _ => Err(v),
        }
    }

    /// Whether the dict in `cell` still has key layout `version` (see
    /// [`DictTable::cached_value`]).
    #[inline(always)]
    pub fn has_version(cell: &RefCell<DictTable>, version: u64) -> bool {
        // SAFETY: as in `cached_value`: one field read, nothing runs meanwhile.
        unsafe { cell.try_borrow_unguarded() }.is_ok_and(|t| t.has_keys_version(version))
    }

    /// The value in slot `i`, if that slot is live.
    #[inline]
    pub fn value_in_slot(&self, i: usize) -> Option<&Value> {
        self.entries
            .get(i)
            .and_then(|e| e.as_ref())
            .map(|e| &e.value)
    }

    /// Append a key known to be absent.
    pub fn push_new(&mut self, key: Value, hash: i64, value: Value) {
        self.keys_version.set(0);
        let i = self.entries.len();
        self.entries.push(Some(Entry { hash, key, value }));
        self.len += 1;
        let entries = &self.entries;
        let rehash = |&j: &usize| entries[j].as_ref().map(|e| spread(e.hash)).unwrap_or(0);
        if i == SMALL {
            // Growing past the small size: index every live entry.
            let index = self.index.get_or_insert_default();
            for (j, e) in entries.iter().enumerate() {
                if let Some(e) = e {
                    index.insert_unique(spread(e.hash), j, rehash);
                }
            }
        } else if i > SMALL {
            let index = self.index.as_mut().expect("indexed table");
            index.insert_unique(spread(hash), i, rehash);
        }
    }

    /// Remove the entry at `i`, returning it.
    pub fn remove_at(&mut self, i: usize) -> Entry {
        self.keys_version.set(0);
        let e = self.entries[i].take().expect("live entry");
        if let Some(index) = self.index.as_mut()
            && let Ok(slot) = index.find_entry(spread(e.hash), |&j| j == i)
        {
            slot.remove();
        }
        self.len -= 1;
        if self.entries.len() > 16 && self.len * 2 < self.entries.len() {
            self.compact();
        }
        e
    }

    /// Insert or replace for `str` keys (no callback needed).
    pub fn set_str(&mut self, key: Value, hash: i64, value: Value) {
        let s = key.as_str().expect("str key");
        match self.find_str(s, hash) {
            Some(i) => {
                self.set_value_at(i, value);
            }
            None => self.push_new(key, hash, value),
        }
    }

    fn compact(&mut self) {
        let old = std::mem::take(&mut self.entries);
        self.index = None;
        self.len = 0;
        for e in old.into_iter().flatten() {
            self.push_new(e.key, e.hash, e.value);
        }
    }

    /// Position one past the last entry slot (for position-based iterators).
    #[inline]
    pub fn slots(&self) -> usize {
        self.entries.len()
    }

    /// The first live entry at or after slot `pos`, with its slot.
    pub fn next_at(&self, mut pos: usize) -> Option<(usize, &Entry)> {
        while pos < self.entries.len() {
            if let Some(e) = &self.entries[pos] {
                return Some((pos, e));
            }
            pos += 1;
        }
        None
    }

    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &Entry> {
        self.entries.iter().flatten()
    }

    pub fn keys(&self) -> impl Iterator<Item = &Value> {
        self.iter().map(|e| &e.key)
    }

    pub fn clear(&mut self) {
        self.keys_version.set(0);
        self.entries.clear();
        self.index = None;
        self.len = 0;
    }

    /// Remove and return the last entry (`popitem`).
    pub fn pop_last(&mut self) -> Option<Entry> {
        let i = self.entries.iter().rposition(|e| e.is_some())?;
        Some(self.remove_at(i))
    }
}

/// Equality without running Python code: `Some(answer)` when identity or the builtin
/// value types decide it, `None` when a Python `__eq__` may be involved.
pub fn fast_eq(a: &Value, b: &Value) -> Option<bool> {
    use crate::runtime::value::Payload;
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x == y),
        (Value::Float(x), Value::Float(y)) => Some(x.get() == y.get()),
        (Value::Int(x), Value::Float(y)) | (Value::Float(y), Value::Int(x)) => Some(
            y.get().fract() == 0.0
                && y.get() >= -9.223_372_036_854_776e18
                && y.get() < 9.223_372_036_854_776e18
                && y.get() as i64 == *x,
        ),
        (Value::Bool(x), Value::Bool(y)) => Some(x == y),
        (Value::Bool(x), Value::Int(y)) | (Value::Int(y), Value::Bool(x)) => {
            Some(x.get() as i64 == *y)
        }
        (Value::Bool(x), Value::Float(y)) | (Value::Float(y), Value::Bool(x)) => {
            Some(x.get() as i64 as f64 == y.get())
        }
        (Value::None, Value::None) => Some(true),
        (Value::Obj(x), Value::Obj(y)) => {
            if std::rc::Rc::ptr_eq(x, y) {
                return Some(true);
            }
            match (&x.payload, &y.payload) {
                (Payload::Str(s), Payload::Str(t)) if plain(a) && plain(b) => {
                    Some(s.as_str() == t.as_str())
                }
                (Payload::BigInt(s), Payload::BigInt(t)) if plain(a) && plain(b) => Some(s == t),
                (Payload::Bytes(s), Payload::Bytes(t)) => Some(s == t),
                (Payload::Tuple(s), Payload::Tuple(t)) if plain(a) && plain(b) => {
                    if s.len() != t.len() {
                        return Some(false);
                    }
                    for (p, q) in s.iter().zip(t.iter()) {
                        if !fast_eq(p, q)? {
                            return Some(false);
                        }
                    }
                    Some(true)
                }
                (Payload::Str(_), Payload::Str(_)) => None,
                (Payload::Str(_), _) | (_, Payload::Str(_)) if plain(a) && plain(b) => Some(false),
                _ => None,
            }
        }
        (Value::None, Value::Obj(o)) | (Value::Obj(o), Value::None) => {
            if o.type_data().heap {
                None
            } else {
                Some(false)
            }
        }
        (Value::Obj(o), _) | (_, Value::Obj(o)) => match &o.payload {
            Payload::Str(_) | Payload::Tuple(_) | Payload::Bytes(_) if !o.type_data().heap => {
                Some(false)
            }
            _ => None,
        },
        _ => Some(false),
    }
}

/// True for objects whose class is the builtin one (not a user subclass that could
/// override `__eq__`).
#[inline]
fn plain(v: &Value) -> bool {
    match v {
        Value::Obj(o) => !o.type_data().heap,
        _ => true,
    }
}
