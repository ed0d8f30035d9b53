//! `Value`, the 16-byte handle every part of the VM passes around, and `PyObject`, the
//! heap object behind it: a type pointer, an optional instance `__dict__`, and a payload.
//!
//! Immediates (`None`, `bool`, small `int`, `float`) never allocate. Everything else is an
//! `Rc<PyObject>`: reference counts are not atomic and cells are `RefCell`s because the GIL
//! guarantees that only one thread touches objects at a time (see `gil.rs` for how that
//! is made a fact of the types: `Value` is `!Send`).
//!
//! Rule for every `RefCell` borrow in the runtime: never hold one across a call that can
//! run Python code (a user `__eq__`, `__hash__`, a key function ...). Clone what you need,
//! drop the borrow, then call.

use crate::bytecode::Code;
use crate::runtime::dict::DictTable;
use crate::runtime::set::SetTable;
use crate::runtime::str::PyStr;
use num_bigint::BigInt;
use std::cell::RefCell;
use std::rc::Rc;

pub type PyRef = Rc<PyObject>;

/// A Python value: immediates inline, everything else a reference-counted object.
///
/// `repr(u64)` gives the tag a whole word and puts every payload at offset 8. Every
/// payload is one 8-byte integer or pointer (a `bool` and a `float` are kept as the 64-bit
/// words [`B64`] and [`F64`]), which makes `Value` a *scalar pair* to the compiler: it is
/// passed and returned in two registers and always loaded and stored as two words. With
/// a `bool` or `f64` payload it was an aggregate, moved with 16-byte vector copies; a
/// value written as two words (an arithmetic result, a call's return value) and read
/// back by such a copy stalls the CPU's store forwarding for a dozen cycles or more,
/// which happened on nearly every call and arithmetic result.
#[derive(Default)]
#[repr(u64)]
pub enum Value {
    /// Internal marker: an unbound local, an empty stack slot, "no self" for method calls.
    /// Never visible to scripts.
    #[default]
    Undef,
    None,
    Bool(B64),
    Int(i64),
    Float(F64),
    Obj(PyRef),
}

/// The payload of [`Value::Bool`]: a `bool` in a whole word (0 or 1), see [`Value`].
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[repr(transparent)]
pub struct B64(u64);

impl B64 {
    pub const FALSE: B64 = B64(0);
    pub const TRUE: B64 = B64(1);

    #[inline(always)]
    pub const fn new(b: bool) -> B64 {
        B64(b as u64)
    }

    #[inline(always)]
    pub const fn get(self) -> bool {
        self.0 != 0
    }
}

/// The payload of [`Value::Float`]: an `f64` kept as its bits, see [`Value`]. Deliberately
/// without `PartialEq`: compare the floats (`get`), not the bits.
#[derive(Clone, Copy, Debug)]
#[repr(transparent)]
pub struct F64(u64);

impl F64 {
    #[inline(always)]
    pub const fn new(f: f64) -> F64 {
        F64(f.to_bits())
    }

    #[inline(always)]
    pub const fn get(self) -> f64 {
        f64::from_bits(self.0)
    }
}

impl Clone for Value {
    /// The hottest function of the interpreter (every `LoadFast`, `LoadConst`, `Dup`):
    /// a reference-count increment for objects, then one copy of both words for every
    /// variant. The derived `Clone` dispatches on every variant through a jump table and
    /// rebuilds an `Obj` field by field.
    #[inline(always)]
    fn clone(&self) -> Self {
        if let Value::Obj(r) = self {
            // SAFETY: `r` is a live `Rc` (we hold a reference to it); the increment is
            // the one `Rc::clone` would make, and the copy below takes ownership of it.
            unsafe { Rc::increment_strong_count(Rc::as_ptr(r)) };
        }
        // SAFETY: a bitwise copy of a `Value` is a valid value. For `Obj` it is a second
        // owner of the `Rc`, whose count was incremented above; every other variant
        // holds only `Copy` data (`B64`, `i64`, `F64` or nothing).
        unsafe { std::ptr::read(self) }
    }
}

pub struct PyObject {
    /// The object's class (a type object). A `OnceCell` only so that the root metatype
    /// `type` can be its own class; use [`PyObject::ty`].
    ty_cell: std::cell::OnceCell<PyRef>,
    /// The `__dict__` object: modules and instances of user classes with a builtin base
    /// have one from the start; plain instances (`Payload::Instance`) only once something
    /// asked for it, their attributes living in the payload until then (see
    /// [`PyObject::attr_table`]). Exceptions and functions keep theirs in their payloads.
    dict: std::cell::OnceCell<PyRef>,
    pub payload: Payload,
}

/// What a heap object holds, by kind.
///
/// `repr(u64)`: the tag is a whole word, so a new payload is written as whole words.
/// With a one-byte tag, LLVM wrote the tag and copied the seven padding bytes after it
/// together with the next field from a stack temporary, a load that spans two stores
/// and stalls (see [`PyObject::new_in_place`]). The size is the same (the tag took a
/// word with its padding anyway).
#[repr(u64)]
pub enum Payload {
    /// Instances of `object` (and other attribute-less objects).
    Plain,
    /// Instances of user classes without a builtin base: the attribute table inline, so
    /// that a new instance is one allocation (plus its entries) instead of also a dict
    /// object. `__dict__` moves the table into a dict object on first use
    /// ([`PyObject::dict_obj`]).
    Instance(RefCell<DictTable>),
    Str(PyStr),
    BigInt(BigInt),
    Bytes(Box<[u8]>),
    Tuple(Box<[Value]>),
    List(RefCell<Vec<Value>>),
    Dict(RefCell<DictTable>),
    Set(RefCell<SetTable>),
    FrozenSet(SetTable),
    Range(RangeData),
    Slice(Box<[Value; 3]>),
    Type(Box<TypeData>),
    Function(Box<Function>),
    Builtin(Box<Builtin>),
    BoundMethod(Box<(Value, Value)>),
    Module(Box<ModuleData>),
    Cell(RefCell<Value>),
    Code(Rc<Code>),
    /// Boxed, like the other large payloads, to keep every object small.
    Exception(Box<RefCell<ExcData>>),
    Property(Box<[Value; 3]>),
    StaticMethod(Value),
    ClassMethod(Value),
    Super(Box<(PyRef, Value)>),
    Generator(Box<RefCell<crate::vm::generator::GenState>>),
    /// `dict.keys()` (0), `.values()` (1), `.items()` (2) views of a dict object.
    DictView(u8, PyRef),
    Iter(RefCell<crate::runtime::iter::IterState>),
    File(Box<RefCell<crate::modules::io::FileData>>),
    /// A native object of some module (lock, thread handle, ...), by module-defined kind.
    Native(Box<dyn std::any::Any>),
    NotImplemented,
    Ellipsis,
}

#[derive(Clone, Copy)]
pub struct RangeData {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl RangeData {
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn len(&self) -> i64 {
        let RangeData { start, stop, step } = *self;
        if step > 0 && start < stop {
            ((stop as i128 - start as i128 - 1) / step as i128 + 1) as i64
        } else if step < 0 && start > stop {
            ((start as i128 - stop as i128 - 1) / (-(step as i128)) + 1) as i64
        } else {
            0
        }
    }
}

/// A class.
pub struct TypeData {
    pub name: String,
    pub qualname: String,
    pub module: String,
    pub bases: Vec<PyRef>,
    pub mro: RefCell<Vec<PyRef>>,
    /// The class namespace (a dict object).
    pub dict: PyRef,
    /// Which payload instances carry (inherited from the builtin base).
    pub kind: TypeKind,
    /// True for classes created by `class` statements.
    pub heap: bool,
    /// Cached lookups of special methods, invalidated by `version`.
    pub slots: RefCell<crate::runtime::types::SlotCache>,
    /// Cached MRO lookups of attribute names, valid for one `type_epoch`.
    pub attrs: RefCell<crate::runtime::types::AttrCache>,
    /// For classes whose whole hierarchy declares `__slots__` (without `__dict__`): the
    /// attribute names instances may have. Instances then expose no `__dict__`.
    pub slot_names: RefCell<Option<Vec<String>>>,
    /// How many attributes instances grow to (learnt by `StoreAttr`): new instance
    /// dicts are allocated with this much room.
    pub attr_hint: std::cell::Cell<u8>,
}

impl TypeData {
    /// `cls.__module__`: for classes made by `class` statements, the `__module__` entry
    /// of the class namespace (so assigning `Cls.__module__` changes how the class and
    /// its instances print, as in CPython); else the module the type was created in.
    pub fn module_name(&self) -> String {
        if self.heap
            && let Payload::Dict(t) = &self.dict.payload
            && let Some(m) = t
                .borrow()
                .get_str("__module__", crate::runtime::str::str_hash(b"__module__"))
                .and_then(|v| v.as_str().map(str::to_string))
        {
            return m;
        }
        self.module.clone()
    }
}

/// The builtin layout a class's instances share.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum TypeKind {
    Object,
    Int,
    Bool,
    Float,
    Complex,
    Str,
    Bytes,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    Type,
    Function,
    Builtin,
    BoundMethod,
    Module,
    Cell,
    Code,
    Exception,
    Property,
    StaticMethod,
    ClassMethod,
    Super,
    Generator,
    DictView,
    Iterator,
    File,
    Native,
    NoneType,
    NotImplementedType,
    Ellipsis,
}

/// A function defined in Python.
pub struct Function {
    pub code: Rc<Code>,
    pub globals: PyRef,
    pub name: RefCell<Rc<PyStr>>,
    /// Shared (`Rc`) so that each generator the function makes copies no string.
    pub qualname: RefCell<Rc<str>>,
    /// Defaults of the last positional parameters.
    pub defaults: RefCell<Vec<Value>>,
    /// Keyword-only defaults, by parameter name.
    pub kwdefaults: RefCell<Vec<(Rc<PyStr>, Value)>>,
    /// Cells for the code's free variables (`None` when there are none); frames of code
    /// without cellvars share this slice instead of copying it.
    pub closure: Option<Rc<[PyRef]>>,
    pub dict: RefCell<Option<PyRef>>,
    pub doc: RefCell<Value>,
    pub module: Value,
}

/// Native function signature: `args` holds positional arguments followed by the values of
/// the keyword arguments named in `kwnames` (the vectorcall convention).
pub type NativeFn = fn(&mut crate::vm::Vm, &[Value], &[Rc<PyStr>]) -> crate::vm::PyResult<Value>;

/// A function implemented in Rust. `binds_self` marks methods of builtin types: they get
/// their receiver as `args[0]` and bind like Python functions on attribute access.
pub struct Builtin {
    pub name: &'static str,
    pub func: NativeFn,
    pub binds_self: bool,
    /// Extra data for closures made at run time (e.g. a bound native method's receiver).
    pub data: Value,
}

pub struct ModuleData {
    pub name: String,
}

/// The state of an exception object.
#[derive(Default)]
pub struct ExcData {
    pub args: Value,
    pub traceback: Vec<crate::vm::traceback::TraceEntry>,
    pub cause: Option<Value>,
    pub context: Option<Value>,
    pub suppress_context: bool,
    /// Attributes set on the exception (a dict), created on first use.
    pub attrs: Option<Value>,
}

impl Value {
    /// Drop a value, inline: releases the object of an `Obj` and nothing else. Plain
    /// drops call the out-of-line drop glue even for immediates, which the dispatch
    /// loop does on most instructions.
    #[inline(always)]
    pub fn discard(self) {
        if let Value::Obj(r) = self {
            drop(r);
        } else {
            std::mem::forget(self);
        }
    }

    /// `Value::Bool` of a `bool`.
    #[inline(always)]
    pub const fn bool(b: bool) -> Value {
        Value::Bool(B64::new(b))
    }

    /// `Value::Float` of an `f64`.
    #[inline(always)]
    pub const fn float(f: f64) -> Value {
        Value::Float(F64::new(f))
    }

    #[inline]
    pub fn as_obj(&self) -> Option<&PyRef> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }

    #[inline]
    pub fn payload(&self) -> Option<&Payload> {
        match self {
            Value::Obj(o) => Some(&o.payload),
            _ => None,
        }
    }

    #[inline]
    pub fn as_pystr(&self) -> Option<&PyStr> {
        match self {
            Value::Obj(o) => match &o.payload {
                Payload::Str(s) => Some(s),
                _ => None,
            },
            _ => None,
        }
    }

    #[inline]
    pub fn as_str(&self) -> Option<&str> {
        self.as_pystr().map(|s| s.as_str())
    }

    #[inline]
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    #[inline]
    pub fn is_undef(&self) -> bool {
        matches!(self, Value::Undef)
    }

    pub fn as_tuple(&self) -> Option<&[Value]> {
        match self.payload() {
            Some(Payload::Tuple(t)) => Some(t),
            _ => None,
        }
    }

    pub fn as_list(&self) -> Option<&RefCell<Vec<Value>>> {
        match self.payload() {
            Some(Payload::List(l)) => Some(l),
            _ => None,
        }
    }

    pub fn as_dict(&self) -> Option<&RefCell<DictTable>> {
        match self.payload() {
            Some(Payload::Dict(d)) => Some(d),
            _ => None,
        }
    }

    pub fn as_type(&self) -> Option<&TypeData> {
        match self.payload() {
            Some(Payload::Type(t)) => Some(t),
            _ => None,
        }
    }

    pub fn as_bigint(&self) -> Option<&BigInt> {
        match self.payload() {
            Some(Payload::BigInt(b)) => Some(b),
            _ => None,
        }
    }

    pub fn as_bytes(&self) -> Option<&[u8]> {
        match self.payload() {
            Some(Payload::Bytes(b)) => Some(b),
            _ => None,
        }
    }

    /// `self is other` for an `other` that is an object (an interned name in the
    /// inline caches): one pointer comparison.
    #[inline(always)]
    pub fn is_same_obj(&self, other: &Value) -> bool {
        matches!((self, other), (Value::Obj(a), Value::Obj(b)) if Rc::ptr_eq(a, b))
    }

    /// Identity comparison (`is`).
    #[inline]
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Obj(a), Value::Obj(b)) => Rc::ptr_eq(a, b),
            (Value::None, Value::None) | (Value::Undef, Value::Undef) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.get().to_bits() == b.get().to_bits(),
            _ => false,
        }
    }

    /// A stable identity number (`id()`).
    pub fn id(&self) -> i64 {
        match self {
            Value::Obj(o) => Rc::as_ptr(o) as usize as i64,
            Value::None => 0x1000,
            Value::Undef => 0,
            Value::Bool(b) => 0x2000 + b.get() as i64,
            Value::Int(i) => (*i).wrapping_mul(2).wrapping_add(0x1_0000_0001),
            Value::Float(f) => f.get().to_bits() as i64,
        }
    }
}

impl PyObject {
    #[inline]
    pub fn new(ty: PyRef, dict: Option<PyRef>, payload: Payload) -> PyObject {
        PyObject {
            ty_cell: std::cell::OnceCell::from(ty),
            dict: dict.map_or_else(std::cell::OnceCell::new, std::cell::OnceCell::from),
            payload,
        }
    }

    /// A new object of class `ty` without a `__dict__`, written field by field straight
    /// into its allocation.
    ///
    /// `Rc::new(PyObject::new(..))` builds the object on the stack and copies it over
    /// with 16-byte moves; a 16-byte load of two fields just written by 8-byte stores
    /// cannot be forwarded from them and waits for both to reach the cache (perf put a
    /// third of the time of making a short `str` on that load). `payload` is called
    /// once the memory is allocated: a payload of a few constants is then stored in
    /// place (built before the allocator's call, it is kept on the stack across it).
    #[inline(always)]
    pub fn new_in_place(ty: PyRef, payload: impl FnOnce() -> Payload) -> PyRef {
        let mut rc = Rc::new(std::mem::MaybeUninit::<PyObject>::uninit());
        let o = Rc::get_mut(&mut rc)
            .expect("a new Rc is unique")
            .as_mut_ptr();
        // SAFETY: `o` points to the new allocation, valid for writes of a `PyObject`;
        // every field is written once, so it then holds a valid `PyObject`.
        unsafe {
            (&raw mut (*o).ty_cell).write(std::cell::OnceCell::from(ty));
            (&raw mut (*o).dict).write(std::cell::OnceCell::new());
            (&raw mut (*o).payload).write(payload());
            rc.assume_init()
        }
    }

    /// The object's `__dict__` object if it has one already (never makes one).
    #[inline]
    pub fn dict(&self) -> Option<&PyRef> {
        self.dict.get()
    }

    /// The table of the object's own attributes: its dict object's, or the inline table of
    /// a plain instance that has none yet.
    #[inline]
    pub fn attr_table(&self) -> Option<&RefCell<DictTable>> {
        match self.dict.get() {
            Some(d) => match &d.payload {
                Payload::Dict(t) => Some(t),
                _ => None,
            },
            None => match &self.payload {
                Payload::Instance(t) => Some(t),
                _ => None,
            },
        }
    }

    /// The object's `__dict__` object, made on first use for a plain instance (its inline
    /// attributes move into it, and every later access goes through it).
    pub fn dict_obj(&self, vm: &crate::vm::Vm) -> Option<PyRef> {
        if let Some(d) = self.dict.get() {
            return Some(d.clone());
        }
        let Payload::Instance(t) = &self.payload else {
            return None;
        };
        let table = std::mem::take(&mut *t.borrow_mut());
        let Value::Obj(d) = vm.new_dict(table) else {
            unreachable!("a dict is an object")
        };
        let _ = self.dict.set(d.clone());
        Some(d)
    }

    /// An object whose class is set later with [`PyObject::set_type`] (bootstrap only).
    pub fn new_untyped(dict: Option<PyRef>, payload: Payload) -> PyObject {
        PyObject {
            ty_cell: std::cell::OnceCell::new(),
            dict: dict.map_or_else(std::cell::OnceCell::new, std::cell::OnceCell::from),
            payload,
        }
    }

    pub fn set_type(&self, ty: PyRef) {
        let _ = self.ty_cell.set(ty);
    }

    /// The object's class.
    #[inline]
    pub fn ty(&self) -> &PyRef {
        self.ty_cell.get().expect("object class is set at creation")
    }

    /// The `TypeData` of this object's class.
    #[inline(always)]
    pub fn type_data(&self) -> &TypeData {
        match &self.ty().payload {
            Payload::Type(t) => t,
            _ => unreachable!("an object's type is always a type object"),
        }
    }
}

#[cfg(test)]
mod size_tests {
    /// Every heap object carries the largest payload: keep them small (the boxed
    /// payloads above exist for this).
    #[test]
    fn objects_stay_small() {
        assert!(
            size_of::<super::PyObject>() <= 80,
            "{}",
            size_of::<super::PyObject>()
        );
        assert_eq!(size_of::<super::Value>(), 16);
    }
}
