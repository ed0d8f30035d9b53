//! Type objects: the builtin classes (created once per interpreter), the exception
//! hierarchy, class creation with C3 MRO, attribute lookup along the MRO, and the
//! per-class cache of special methods.

use crate::runtime::dict::DictTable;
use crate::runtime::str::PyStr;
use crate::runtime::value::*;
use std::cell::RefCell;
use std::rc::Rc;

/// Special methods cached per class (index into `SlotCache::slots`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum Special {
    Init,
    New,
    GetAttr,
    GetAttribute,
    SetAttr,
    DelAttr,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Hash,
    Bool,
    Len,
    Repr,
    Str,
    Iter,
    Next,
    GetItem,
    SetItem,
    DelItem,
    Contains,
    Call,
    Enter,
    Exit,
    Get,
    Set,
    Delete,
    Index,
    Format,
    Neg,
    Pos,
    Invert,
    Float,
    Int,
    Missing,
}

pub const NSPECIAL: usize = Special::Missing as usize + 1;

impl Special {
    pub fn name(self) -> &'static str {
        use Special::*;
        match self {
            Init => "__init__",
            New => "__new__",
            GetAttr => "__getattr__",
            GetAttribute => "__getattribute__",
            SetAttr => "__setattr__",
            DelAttr => "__delattr__",
            Eq => "__eq__",
            Ne => "__ne__",
            Lt => "__lt__",
            Le => "__le__",
            Gt => "__gt__",
            Ge => "__ge__",
            Hash => "__hash__",
            Bool => "__bool__",
            Len => "__len__",
            Repr => "__repr__",
            Str => "__str__",
            Iter => "__iter__",
            Next => "__next__",
            GetItem => "__getitem__",
            SetItem => "__setitem__",
            DelItem => "__delitem__",
            Contains => "__contains__",
            Call => "__call__",
            Enter => "__enter__",
            Exit => "__exit__",
            Get => "__get__",
            Set => "__set__",
            Delete => "__delete__",
            Index => "__index__",
            Format => "__format__",
            Neg => "__neg__",
            Pos => "__pos__",
            Invert => "__invert__",
            Float => "__float__",
            Int => "__int__",
            Missing => "__missing__",
        }
    }
}

/// Cached attribute lookups along a class's MRO, valid for one `type_epoch`. Keys are
/// the name objects themselves (kept alive by the cache, so pointer equality is sound),
/// with a content comparison as fallback.
#[derive(Default)]
pub struct AttrCache {
    pub epoch: u64,
    pub entries: Vec<(Value, Option<Value>)>,
}

/// Cached special-method lookups of one class, valid for one `type_epoch`.
pub struct SlotCache {
    pub epoch: u64,
    pub slots: [Option<Option<Value>>; NSPECIAL],
    /// `Vm::inline_init_target` of the class (`None`: not computed this epoch).
    pub inline_init: Option<Option<Value>>,
}

impl Default for SlotCache {
    fn default() -> Self {
        SlotCache {
            epoch: 0,
            slots: std::array::from_fn(|_| None),
            inline_init: None,
        }
    }
}

macro_rules! builtin_types {
    ($($field:ident),* $(,)?) => {
        /// Every builtin class of one interpreter.
        pub struct BuiltinTypes {
            $(pub $field: PyRef,)*
            /// Exception classes in definition order, for the builtins namespace.
            pub all_exceptions: Vec<PyRef>,
            /// Iterator classes by `IterState` kind (see `runtime::iter::ITER_TYPE_NAMES`).
            pub iter_types: Vec<PyRef>,
        }
    };
}

builtin_types!(
    type_,
    object,
    int,
    bool_,
    float,
    complex,
    str,
    bytes,
    bytearray,
    list,
    tuple,
    dict,
    set,
    frozenset,
    range,
    slice,
    none_type,
    not_implemented_type,
    ellipsis_type,
    function,
    builtin_function,
    method_descriptor,
    method,
    module,
    cell,
    code,
    property,
    staticmethod,
    classmethod,
    super_,
    generator,
    iterator,
    file,
    traceback,
    dict_keys,
    dict_values,
    dict_items,
    native,
    base_exception,
    system_exit,
    keyboard_interrupt,
    generator_exit,
    exception,
    stop_iteration,
    stop_async_iteration,
    arithmetic_error,
    zero_division_error,
    overflow_error,
    floating_point_error,
    lookup_error,
    index_error,
    key_error,
    value_error,
    unicode_error,
    unicode_decode_error,
    unicode_encode_error,
    type_error,
    name_error,
    unbound_local_error,
    attribute_error,
    runtime_error,
    recursion_error,
    not_implemented_error,
    assertion_error,
    import_error,
    module_not_found_error,
    os_error,
    file_not_found_error,
    file_exists_error,
    permission_error,
    is_a_directory_error,
    not_a_directory_error,
    timeout_error,
    interrupted_error,
    unsupported_operation,
    broken_pipe_error,
    connection_error,
    process_lookup_error,
    child_process_error,
    eof_error,
    memory_error,
    syntax_error,
    indentation_error,
    tab_error,
    buffer_error,
    warning,
    user_warning,
    deprecation_warning,
    runtime_warning,
);

fn new_dict_obj(dict_ty: Option<&PyRef>) -> PyRef {
    let o = PyObject::new_untyped(None, Payload::Dict(RefCell::new(DictTable::new())));
    if let Some(t) = dict_ty {
        o.set_type(t.clone());
    }
    Rc::new(o)
}

fn raw_type(name: &str, bases: Vec<PyRef>, kind: TypeKind, dict: PyRef) -> PyRef {
    raw_type_in("builtins", name, bases, kind, dict)
}

fn raw_type_in(module: &str, name: &str, bases: Vec<PyRef>, kind: TypeKind, dict: PyRef) -> PyRef {
    Rc::new(PyObject::new_untyped(
        None,
        Payload::Type(Box::new(TypeData {
            name: name.to_string(),
            qualname: name.to_string(),
            module: module.to_string(),
            bases,
            mro: RefCell::new(Vec::new()),
            dict,
            kind,
            heap: false,
            slots: RefCell::new(SlotCache::default()),
            attrs: RefCell::new(AttrCache::default()),
            slot_names: RefCell::new(None),
            attr_hint: std::cell::Cell::new(0),
        })),
    ))
}

/// A type for a native module's objects (`_thread.lock`, ...): instances carry
/// `Payload::Native`; methods are added by the module.
pub fn native_type(vm: &crate::vm::Vm, name: &str, module: &str) -> PyRef {
    let types = vm.types();
    let t = raw_type_in(
        module,
        name,
        vec![types.object.clone()],
        TypeKind::Native,
        new_dict_obj(Some(&types.dict)),
    );
    t.set_type(types.type_.clone());
    *type_data(&t).mro.borrow_mut() = vec![t.clone(), types.object.clone()];
    t
}

pub fn type_data(t: &PyRef) -> &TypeData {
    match &t.payload {
        Payload::Type(td) => td,
        _ => panic!("not a type object"),
    }
}

impl BuiltinTypes {
    pub fn new() -> BuiltinTypes {
        // Bootstrap: `type`, `object` and `dict` refer to each other.
        let type_dict = new_dict_obj(None);
        let object_dict = new_dict_obj(None);
        let dict_dict = new_dict_obj(None);
        let type_ = raw_type("type", vec![], TypeKind::Type, type_dict.clone());
        let object = raw_type("object", vec![], TypeKind::Object, object_dict.clone());
        let dict = raw_type(
            "dict",
            vec![object.clone()],
            TypeKind::Dict,
            dict_dict.clone(),
        );
        for t in [&type_, &object, &dict] {
            t.set_type(type_.clone());
        }
        for d in [&type_dict, &object_dict, &dict_dict] {
            d.set_type(dict.clone());
        }
        if let Payload::Type(td) = &type_.payload {
            *td.mro.borrow_mut() = vec![type_.clone(), object.clone()];
        }
        if let Payload::Type(td) = &object.payload {
            *td.mro.borrow_mut() = vec![object.clone()];
        }
        if let Payload::Type(td) = &dict.payload {
            *td.mro.borrow_mut() = vec![dict.clone(), object.clone()];
        }
        if let Payload::Type(td) = &type_.payload {
            // type's base is object
            let _ = td;
        }
        let mk = |name: &str, base: &PyRef, kind: TypeKind| -> PyRef {
            let t = raw_type(name, vec![base.clone()], kind, new_dict_obj(Some(&dict)));
            t.set_type(type_.clone());
            let mut mro = vec![t.clone()];
            mro.extend(type_data(base).mro.borrow().iter().cloned());
            *type_data(&t).mro.borrow_mut() = mro;
            t
        };
        let o = &object;
        let int = mk("int", o, TypeKind::Int);
        let bool_ = mk("bool", &int, TypeKind::Bool);
        let base_exception = mk("BaseException", o, TypeKind::Exception);
        let exception = mk("Exception", &base_exception, TypeKind::Exception);
        let e = |name: &str, base: &PyRef| mk(name, base, TypeKind::Exception);
        let arithmetic_error = e("ArithmeticError", &exception);
        let lookup_error = e("LookupError", &exception);
        let value_error = e("ValueError", &exception);
        let unicode_error = e("UnicodeError", &value_error);
        let name_error = e("NameError", &exception);
        let runtime_error = e("RuntimeError", &exception);
        let import_error = e("ImportError", &exception);
        let os_error = e("OSError", &exception);
        let connection_error = e("ConnectionError", &os_error);
        let syntax_error = e("SyntaxError", &exception);
        let indentation_error = e("IndentationError", &syntax_error);
        let warning = e("Warning", &exception);
        let mut all = Vec::new();
        let mut reg = |t: &PyRef| {
            all.push(t.clone());
            t.clone()
        };
        let types = BuiltinTypes {
            complex: mk("complex", o, TypeKind::Complex),
            float: mk("float", o, TypeKind::Float),
            str: mk("str", o, TypeKind::Str),
            bytes: mk("bytes", o, TypeKind::Bytes),
            bytearray: mk("bytearray", o, TypeKind::Bytes),
            list: mk("list", o, TypeKind::List),
            tuple: mk("tuple", o, TypeKind::Tuple),
            set: mk("set", o, TypeKind::Set),
            frozenset: mk("frozenset", o, TypeKind::FrozenSet),
            range: mk("range", o, TypeKind::Range),
            slice: mk("slice", o, TypeKind::Slice),
            none_type: mk("NoneType", o, TypeKind::NoneType),
            not_implemented_type: mk("NotImplementedType", o, TypeKind::NotImplementedType),
            ellipsis_type: mk("ellipsis", o, TypeKind::Ellipsis),
            function: mk("function", o, TypeKind::Function),
            builtin_function: mk("builtin_function_or_method", o, TypeKind::Builtin),
            method_descriptor: mk("method_descriptor", o, TypeKind::Builtin),
            method: mk("method", o, TypeKind::BoundMethod),
            module: mk("module", o, TypeKind::Module),
            cell: mk("cell", o, TypeKind::Cell),
            code: mk("code", o, TypeKind::Code),
            property: mk("property", o, TypeKind::Property),
            staticmethod: mk("staticmethod", o, TypeKind::StaticMethod),
            classmethod: mk("classmethod", o, TypeKind::ClassMethod),
            super_: mk("super", o, TypeKind::Super),
            generator: mk("generator", o, TypeKind::Generator),
            iterator: mk("iterator", o, TypeKind::Iterator),
            traceback: mk("traceback", o, TypeKind::Native),
            file: mk("TextIOWrapper", o, TypeKind::File),
            dict_keys: mk("dict_keys", o, TypeKind::DictView),
            dict_values: mk("dict_values", o, TypeKind::DictView),
            dict_items: mk("dict_items", o, TypeKind::DictView),
            native: mk("native", o, TypeKind::Native),
            base_exception: reg(&base_exception),
            system_exit: reg(&e("SystemExit", &base_exception)),
            keyboard_interrupt: reg(&e("KeyboardInterrupt", &base_exception)),
            generator_exit: reg(&e("GeneratorExit", &base_exception)),
            exception: reg(&exception),
            stop_iteration: reg(&e("StopIteration", &exception)),
            stop_async_iteration: reg(&e("StopAsyncIteration", &exception)),
            arithmetic_error: reg(&arithmetic_error),
            zero_division_error: reg(&e("ZeroDivisionError", &arithmetic_error)),
            overflow_error: reg(&e("OverflowError", &arithmetic_error)),
            floating_point_error: reg(&e("FloatingPointError", &arithmetic_error)),
            lookup_error: reg(&lookup_error),
            index_error: reg(&e("IndexError", &lookup_error)),
            key_error: reg(&e("KeyError", &lookup_error)),
            value_error: reg(&value_error),
            unicode_error: reg(&unicode_error),
            unicode_decode_error: reg(&e("UnicodeDecodeError", &unicode_error)),
            unicode_encode_error: reg(&e("UnicodeEncodeError", &unicode_error)),
            type_error: reg(&e("TypeError", &exception)),
            name_error: reg(&name_error),
            unbound_local_error: reg(&e("UnboundLocalError", &name_error)),
            attribute_error: reg(&e("AttributeError", &exception)),
            runtime_error: reg(&runtime_error),
            recursion_error: reg(&e("RecursionError", &runtime_error)),
            not_implemented_error: reg(&e("NotImplementedError", &runtime_error)),
            assertion_error: reg(&e("AssertionError", &exception)),
            import_error: reg(&import_error),
            module_not_found_error: reg(&e("ModuleNotFoundError", &import_error)),
            os_error: reg(&os_error),
            file_not_found_error: reg(&e("FileNotFoundError", &os_error)),
            file_exists_error: reg(&e("FileExistsError", &os_error)),
            permission_error: reg(&e("PermissionError", &os_error)),
            is_a_directory_error: reg(&e("IsADirectoryError", &os_error)),
            not_a_directory_error: reg(&e("NotADirectoryError", &os_error)),
            timeout_error: reg(&e("TimeoutError", &os_error)),
            unsupported_operation: e("UnsupportedOperation", &os_error),
            interrupted_error: reg(&e("InterruptedError", &os_error)),
            broken_pipe_error: reg(&e("BrokenPipeError", &connection_error)),
            connection_error: reg(&connection_error),
            process_lookup_error: reg(&e("ProcessLookupError", &os_error)),
            child_process_error: reg(&e("ChildProcessError", &os_error)),
            eof_error: reg(&e("EOFError", &exception)),
            memory_error: reg(&e("MemoryError", &exception)),
            syntax_error: reg(&syntax_error),
            indentation_error: reg(&indentation_error),
            tab_error: reg(&e("TabError", &indentation_error)),
            buffer_error: reg(&e("BufferError", &exception)),
            warning: reg(&warning),
            user_warning: reg(&e("UserWarning", &warning)),
            deprecation_warning: reg(&e("DeprecationWarning", &warning)),
            runtime_warning: reg(&e("RuntimeWarning", &warning)),
            type_: type_.clone(),
            object: object.clone(),
            int,
            bool_,
            dict: dict.clone(),
            all_exceptions: Vec::new(),
            iter_types: Vec::new(),
        };
        let iter_types = crate::runtime::iter::ITER_TYPE_NAMES
            .iter()
            .map(|n| mk(n, o, TypeKind::Iterator))
            .collect();
        BuiltinTypes {
            all_exceptions: all,
            iter_types,
            ..types
        }
    }
}

impl Default for BuiltinTypes {
    fn default() -> Self {
        Self::new()
    }
}

/// `issubclass(a, b)` along the MRO.
#[inline]
pub fn is_subtype(a: &PyRef, b: &PyRef) -> bool {
    if Rc::ptr_eq(a, b) {
        return true;
    }
    match &a.payload {
        Payload::Type(td) => td.mro.borrow().iter().any(|t| Rc::ptr_eq(t, b)),
        _ => false,
    }
}

/// Look `name` up in the namespaces along `ty`'s MRO.
pub fn lookup_mro(ty: &PyRef, name: &str, hash: i64) -> Option<Value> {
    let td = type_data(ty);
    for t in td.mro.borrow().iter() {
        let d = &type_data(t).dict;
        if let Payload::Dict(tab) = &d.payload
            && let Some(v) = tab.borrow().get_str(name, hash)
        {
            return Some(v.clone());
        }
    }
    None
}

/// Look up a name given as a `str` value.
pub fn lookup_mro_str(ty: &PyRef, name: &PyStr) -> Option<Value> {
    lookup_mro(ty, name.as_str(), name.hash())
}

/// C3 linearisation of a new class with `bases`. Err names the conflicting bases.
pub fn compute_mro(new: &PyRef, bases: &[PyRef]) -> Result<Vec<PyRef>, String> {
    let mut seqs: Vec<Vec<PyRef>> = bases
        .iter()
        .map(|b| type_data(b).mro.borrow().clone())
        .collect();
    seqs.push(bases.to_vec());
    let mut out = vec![new.clone()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut cand = None;
        for s in &seqs {
            let head = &s[0];
            if !seqs
                .iter()
                .any(|t| t[1..].iter().any(|x| Rc::ptr_eq(x, head)))
            {
                cand = Some(head.clone());
                break;
            }
        }
        let Some(c) = cand else {
            let names: Vec<String> = bases.iter().map(|b| type_data(b).name.clone()).collect();
            return Err(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            ));
        };
        for s in seqs.iter_mut() {
            if Rc::ptr_eq(&s[0], &c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}

/// The builtin layout instances of a class with these bases will have.
pub fn solid_kind(bases: &[PyRef]) -> Result<TypeKind, String> {
    let mut kind = TypeKind::Object;
    for b in bases {
        let k = type_data(b).kind;
        if k == TypeKind::Object {
            continue;
        }
        if kind == TypeKind::Object {
            kind = k;
        } else if kind != k {
            return Err("multiple bases have instance lay-out conflict".to_string());
        }
    }
    Ok(kind)
}

/// Create a class object (used by `__build_class__` and `type(name, bases, dict)`).
pub fn new_class(
    metatype: &PyRef,
    name: &str,
    qualname: &str,
    module: &str,
    bases: Vec<PyRef>,
    dict: PyRef,
    object: &PyRef,
) -> Result<PyRef, String> {
    let bases = if bases.is_empty() {
        vec![object.clone()]
    } else {
        bases
    };
    for b in &bases {
        let k = type_data(b).kind;
        if matches!(
            k,
            TypeKind::Bool
                | TypeKind::Function
                | TypeKind::Builtin
                | TypeKind::Generator
                | TypeKind::Range
                | TypeKind::Slice
                | TypeKind::NoneType
                | TypeKind::BoundMethod
                | TypeKind::Cell
                | TypeKind::Code
        ) {
            return Err(format!(
                "type '{}' is not an acceptable base type",
                type_data(b).name
            ));
        }
    }
    let kind = solid_kind(&bases)?;
    let t = Rc::new(PyObject::new(
        metatype.clone(),
        None,
        Payload::Type(Box::new(TypeData {
            name: name.to_string(),
            qualname: qualname.to_string(),
            module: module.to_string(),
            bases: bases.clone(),
            mro: RefCell::new(Vec::new()),
            dict,
            kind,
            heap: true,
            slots: RefCell::new(SlotCache::default()),
            attrs: RefCell::new(AttrCache::default()),
            slot_names: RefCell::new(None),
            attr_hint: std::cell::Cell::new(0),
        })),
    ));
    let mro = compute_mro(&t, &bases)?;
    *type_data(&t).mro.borrow_mut() = mro;
    Ok(t)
}
