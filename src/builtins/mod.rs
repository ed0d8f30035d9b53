//! The builtins namespace and the method tables of builtin types: `install` fills both
//! once per interpreter. Functions live in `functions.rs` (one alphabetical table);
//! each type's methods in its own file.

pub mod args;
pub mod bytes;
pub mod classes;
pub mod constructors;
pub mod dict;
pub mod dunders;
pub mod exceptions;
pub mod functions;
pub mod list;
pub mod misc;
pub mod seq;
pub mod set;
pub mod str;
pub mod strformat;

use crate::runtime::value::*;
use crate::vm::Vm;

/// Populate the builtins module and the builtin types' namespaces.
pub fn install(vm: &mut Vm) {
    let b = vm.interp.builtins.clone();
    let set = |vm: &mut Vm, name: &str, v: Value| {
        let key = vm.intern(name);
        crate::vm::eval::dict_set_str(&b, key, v);
    };
    for (name, f) in functions::BUILTINS {
        let v = vm.new_builtin(name, *f);
        set(vm, name, v);
    }
    let t = vm.types();
    let classes: Vec<(&str, PyRef)> = vec![
        ("bool", t.bool_.clone()),
        ("bytearray", t.bytearray.clone()),
        ("bytes", t.bytes.clone()),
        ("classmethod", t.classmethod.clone()),
        ("dict", t.dict.clone()),
        ("float", t.float.clone()),
        ("frozenset", t.frozenset.clone()),
        ("int", t.int.clone()),
        ("list", t.list.clone()),
        ("object", t.object.clone()),
        ("property", t.property.clone()),
        ("range", t.range.clone()),
        ("set", t.set.clone()),
        ("slice", t.slice.clone()),
        ("staticmethod", t.staticmethod.clone()),
        ("str", t.str.clone()),
        ("super", t.super_.clone()),
        ("tuple", t.tuple.clone()),
        ("type", t.type_.clone()),
    ];
    let excs = t.all_exceptions.clone();
    for (name, c) in classes {
        set(vm, name, Value::Obj(c));
    }
    for e in excs {
        let name = e.type_data_name();
        set(vm, &name, Value::Obj(e));
    }
    set(vm, "None", Value::None);
    let ni = vm.interp.not_implemented.clone();
    set(vm, "NotImplemented", ni);
    let el = vm.interp.ellipsis.clone();
    set(vm, "Ellipsis", el);
    set(vm, "__debug__", Value::Bool(B64::TRUE));
    let name = vm.new_str("builtins");
    set(vm, "__name__", name);
    // Aliases CPython has.
    let ose = Value::Obj(vm.types().os_error.clone());
    set(vm, "EnvironmentError", ose.clone());
    set(vm, "IOError", ose);

    classes::register_object(vm);
    dunders::install(vm);
    let t = vm.types();
    let (list, dict, set_t, fs, st, exc) = (
        t.list.clone(),
        t.dict.clone(),
        t.set.clone(),
        t.frozenset.clone(),
        t.str.clone(),
        t.base_exception.clone(),
    );
    classes::add_methods(vm, &list, list::METHODS);
    classes::add_methods(vm, &dict, dict::METHODS);
    let fk = vm.new_builtin("fromkeys", dict::m_fromkeys);
    let fk = vm.new_object(&vm.types().classmethod.clone(), Payload::ClassMethod(fk));
    classes::set_type_attr(vm, &dict, "fromkeys", fk);
    classes::add_methods(vm, &set_t, set::SET_METHODS);
    classes::add_methods(vm, &fs, set::FROZENSET_METHODS);
    classes::add_methods(vm, &st, str::METHODS);
    classes::add_methods(vm, &exc, exceptions::METHODS);
    let file = vm.types().file.clone();
    classes::add_methods(vm, &file, crate::modules::io::METHODS);
    misc::install(vm);
    bytes::install(vm);
}

trait TypeName {
    fn type_data_name(&self) -> String;
}

impl TypeName for PyRef {
    fn type_data_name(&self) -> String {
        crate::runtime::types::type_data(self).name.clone()
    }
}
