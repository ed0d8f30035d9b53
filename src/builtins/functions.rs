//! The builtin functions, in one alphabetical table (`BUILTINS`) a reader can scan.
//! Each function's Python signature is in its doc line.

use crate::builtins::args::{ArgSpec, check_count, no_kwargs};
use crate::runtime::int::as_int;
use crate::runtime::iter::IterState;
use crate::runtime::str::PyStr;
use crate::runtime::types::{Special, is_subtype, type_data};
use crate::runtime::value::*;
use crate::vm::frame::Sink;
use crate::vm::generator::gen_resume_sink;
use crate::vm::{PyResult, Vm};
use std::rc::Rc;

type Kw<'a> = &'a [Rc<PyStr>];

/// `abs(x)`
fn abs(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs(vm, "abs", kw)?;
    if args.len() != 1 {
        return Err(vm.type_error(format!(
            "abs() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    match &args[0] {
        Value::Int(i) => Ok(match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => vm.new_bigint(-num_bigint::BigInt::from(*i)),
        }),
        Value::Float(f) => Ok(Value::float(f.get().abs())),
        Value::Bool(b) => Ok(Value::Int(b.get() as i64)),
        v => {
            if let Some(b) = v.as_bigint() {
                return Ok(vm.new_bigint(num_traits::Signed::abs(b)));
            }
            match vm.lookup_name_on(&vm.type_of(v).clone(), "__abs__") {
                Some(f) => vm.call_method_value(&f, v, &[]),
                None => {
                    Err(vm.type_error(format!("bad operand type for abs(): '{}'", vm.type_name(v))))
                }
            }
        }
    }
}

/// `all(iterable)`
fn all(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_count(vm, "all", args, 1, 1)?;
    if let Value::Obj(o) = &args[0]
        && let Payload::Generator(_) = &o.payload
    {
        // Truthy bools, ints and floats are skipped inside the generator's frame.
        while let Ok(x) = gen_resume_sink(vm, o, Sink::All)? {
            if !vm.truthy(&x)? {
                return Ok(Value::Bool(B64::FALSE));
            }
        }
        return Ok(Value::Bool(B64::TRUE));
    }
    let it = vm.get_iter(&args[0])?;
    while let Some(x) = vm.iter_next(&it)? {
        if !vm.truthy(&x)? {
            return Ok(Value::Bool(B64::FALSE));
        }
    }
    Ok(Value::Bool(B64::TRUE))
}

/// `any(iterable)`
fn any(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_count(vm, "any", args, 1, 1)?;
    if let Value::Obj(o) = &args[0]
        && let Payload::Generator(_) = &o.payload
    {
        // Falsy bools, ints, floats and `None` are skipped inside the generator's frame.
        while let Ok(x) = gen_resume_sink(vm, o, Sink::Any)? {
            if vm.truthy(&x)? {
                return Ok(Value::Bool(B64::TRUE));
            }
        }
        return Ok(Value::Bool(B64::FALSE));
    }
    let it = vm.get_iter(&args[0])?;
    while let Some(x) = vm.iter_next(&it)? {
        if vm.truthy(&x)? {
            return Ok(Value::Bool(B64::TRUE));
        }
    }
    Ok(Value::Bool(B64::FALSE))
}

/// Escape non-ASCII characters the way `ascii()` does.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if n < 128 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

/// `ascii(obj)`
fn ascii(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_count(vm, "ascii", args, 1, 1)?;
    let r = vm.repr(&args[0])?;
    Ok(vm.new_string(ascii_escape(&r)))
}

fn int_radix(vm: &mut Vm, args: &[Value], name: &str, radix: u32, prefix: &str) -> PyResult<Value> {
    check_count(vm, name, args, 1, 1)?;
    let v = &args[0];
    let i = match as_int(v) {
        Some(i) => i.to_big(),
        None => match vm.index_of(v)? {
            Some(i) => num_bigint::BigInt::from(i),
            None => {
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(v)
                )));
            }
        },
    };
    let neg = i.sign() == num_bigint::Sign::Minus;
    let mag = if neg { -i } else { i };
    let s = format!(
        "{}{}{}",
        if neg { "-" } else { "" },
        prefix,
        mag.to_str_radix(radix)
    );
    Ok(vm.new_string(s))
}

/// `bin(x)`
fn bin(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    int_radix(vm, args, "bin", 2, "0b")
}

pub fn is_callable(vm: &Vm, v: &Value) -> bool {
    match v.payload() {
        Some(
            Payload::Function(_) | Payload::Builtin(_) | Payload::BoundMethod(_) | Payload::Type(_),
        ) => true,
        Some(_) => vm.lookup_special(v, Special::Call).is_some(),
        None => false,
    }
}

/// `callable(obj)`
fn callable(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_count(vm, "callable", args, 1, 1)?;
    Ok(Value::bool(is_callable(vm, &args[0])))
}

/// `chr(i)`
fn chr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_count(vm, "chr", args, 1, 1)?;
    let i = vm.int_arg(&args[0], "")?;
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => {
            let mut b = [0u8; 4];
            Ok(vm.new_str(c.encode_utf8(&mut b)))
        }
        None => {
            if (0xD800..0xE000).contains(&i) {
                return Ok(vm.new_str("\u{FFFD}"));
            }
            Err(vm.value_error("chr() arg not in range(0x110000)"))
        }
    }
}

/// `delattr(obj, name)`
fn delattr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_count(vm, "delattr", args, 2, 2)?;
    let name = attr_name(vm, &args[1])?;
    vm.delattr(&args[0], &name)?;
    Ok(Value::None)
}

/// Attribute names of an object, sorted.
pub fn dir_of(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let mut names: Vec<String> = Vec::new();
    let add_dict = |d: &PyRef, names: &mut Vec<String>| {
        if let Payload::Dict(t) = &d.payload {
            for k in t.borrow().keys() {
                if let Some(s) = k.as_str() {
                    names.push(s.to_string());
                }
            }
        }
    };
    if let Value::Obj(o) = v {
        if let Some(d) = o.dict_obj(vm) {
            add_dict(&d, &mut names);
        }
        if let Payload::Type(td) = &o.payload {
            for t in td.mro.borrow().iter() {
                add_dict(&type_data(t).dict, &mut names);
            }
        }
    }
    if !matches!(v.payload(), Some(Payload::Module(_) | Payload::Type(_))) {
        let ty = vm.type_of(v).clone();
        for t in type_data(&ty).mro.borrow().iter() {
            add_dict(&type_data(t).dict, &mut names);
        }
    }
    names.sort();
    names.dedup();
    let vals = names.iter().map(|n| vm.new_str(n)).collect();
    Ok(vm.new_list(vals))
}

/// `dir([obj])`
fn dir(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    match args.first() {
        Some(v) => dir_of(vm, v),
        None => {
            let g = vm.frame_globals.last().cloned();
            let mut names: Vec<String> = match g {
                Some(g) => match &g.payload {
                    Payload::Dict(t) => t
                        .borrow()
                        .keys()
                        .filter_map(|k| k.as_str().map(|s| s.to_string()))
                        .collect(),
                    _ => vec![],
                },
                None => vec![],
            };
            names.sort();
            let vals = names.iter().map(|n| vm.new_str(n)).collect();
            Ok(vm.new_list(vals))
        }
    }
}

fn float_of(v: &Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(f.get()),
        Value::Int(i) => Some(*i as f64),
        Value::Bool(b) => Some(b.get() as i64 as f64),
        _ => None,
    }
}

/// `divmod(a, b)`
fn divmod(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_count(vm, "divmod", args, 2, 2)?;
    use crate::bytecode::op::BinOpKind;
    if vm.is_heap(&args[0]) || vm.is_heap(&args[1]) {
        if vm.is_heap(&args[0])
            && let Some(f) = vm.lookup_name_on(&vm.type_of(&args[0]).clone(), "__divmod__")
        {
            let r = vm.call_method_value(&f, &args[0], &[args[1].clone()])?;
            if !vm.is_not_implemented(&r) {
                return Ok(r);
            }
        }
        if vm.is_heap(&args[1])
            && let Some(f) = vm.lookup_name_on(&vm.type_of(&args[1]).clone(), "__rdivmod__")
        {
            let r = vm.call_method_value(&f, &args[1], &[args[0].clone()])?;
            if !vm.is_not_implemented(&r) {
                return Ok(r);
            }
        }
        return Err(vm.type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            vm.type_name(&args[0]),
            vm.type_name(&args[1])
        )));
    }
    if let (Some(x), Some(y)) = (float_of(&args[0]), float_of(&args[1]))
        && (matches!(args[0], Value::Float(_)) || matches!(args[1], Value::Float(_)))
        && y == 0.0
    {
        let _ = x;
        return Err(vm.zero_division("float divmod()"));
    }
    let q = vm
        .binary_op(&args[0], &args[1], BinOpKind::FloorDiv)
        .map_err(|e| {
            if vm.err_matches(&e, &vm.types().type_error.clone()) {
                vm.type_error(format!(
                    "unsupported operand type(s) for divmod(): '{}' and '{}'",
                    vm.type_name(&args[0]),
                    vm.type_name(&args[1])
                ))
            } else {
                e
            }
        })?;
    let r = vm.binary_op(&args[0], &args[1], BinOpKind::Mod)?;
    Ok(vm.new_tuple(vec![q, r]))
}

/// `enumerate(iterable, start=0)`
fn enumerate(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = ArgSpec::new("enumerate", &["iterable", "start"], 1).parse(vm, args, kw)?;
    let it = vm.get_iter(&a[0])?;
    let start = match a.get(1) {
        Some(s) => vm.int_arg(s, "")?,
        None => 0,
    };
    Ok(vm.new_iter(IterState::Enumerate { it, idx: start }))
}

/// `exit([code])` / `quit([code])`
fn exit(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let code = args.first().cloned().into_iter().collect();
    Err(vm.new_exception_args(&vm.types().system_exit.clone(), code))
}

/// `filter(function or None, iterable)`
fn filter(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_count(vm, "filter", args, 2, 2)?;
    let it = vm.get_iter(&args[1])?;
    Ok(vm.new_iter(IterState::Filter {
        f: args[0].clone(),
        it,
        frame: None,
    }))
}

/// `format(value, format_spec='')`
fn format(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_count(vm, "format", args, 1, 2)?;
    let spec = match args.get(1) {
        Some(s) => s
            .as_str()
            .ok_or_else(|| {
                vm.type_error(format!(
                    "format() argument 2 must be str, not {}",
                    vm.type_name(s)
                ))
            })?
            .to_string(),
        None => String::new(),
    };
    let s = vm.format(&args[0], &spec)?;
    Ok(vm.new_string(s))
}

fn attr_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v.as_str() {
        Some(s) => Ok(vm.intern(s)),
        None => Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(v)
        ))),
    }
}

/// `getattr(obj, name[, default])`
fn getattr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_count(vm, "getattr", args, 2, 3)?;
    let name = attr_name(vm, &args[1])?;
    match vm.getattr(&args[0], &name) {
        Ok(v) => Ok(v),
        Err(e) if args.len() == 3 && vm.err_matches(&e, &vm.types().attribute_error.clone()) => {
            Ok(args[2].clone())
        }
        Err(e) => Err(e),
    }
}

/// `globals()`
fn globals(vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(vm
        .frame_globals
        .last()
        .cloned()
        .map(Value::Obj)
        .unwrap_or(Value::None))
}

/// `hasattr(obj, name)`
fn hasattr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_count(vm, "hasattr", args, 2, 2)?;
    let name = attr_name(vm, &args[1])?;
    match vm.getattr(&args[0], &name) {
        Ok(_) => Ok(Value::Bool(B64::TRUE)),
        Err(e) if vm.err_matches(&e, &vm.types().attribute_error.clone()) => {
            Ok(Value::Bool(B64::FALSE))
        }
        Err(e) => Err(e),
    }
}

/// `hash(obj)`
fn hash(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_count(vm, "hash", args, 1, 1)?;
    let h = vm.hash(&args[0])?;
    Ok(Value::Int(h))
}

/// `hex(x)`
fn hex(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    int_radix(vm, args, "hex", 16, "0x")
}

/// `id(obj)`
fn id(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_count(vm, "id", args, 1, 1)?;
    Ok(Value::Int(args[0].id()))
}

/// `input([prompt])`
fn input(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if let Some(p) = args.first() {
        let s = vm.to_str(p)?;
        vm.write_stdout(&s)?;
    }
    vm.flush_stdout();
    match crate::modules::io::read_stdin_line(vm)? {
        Some(mut line) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(vm.new_string(line))
        }
        None => Err(vm.new_exception(&vm.types().eof_error.clone(), "EOF when reading a line")),
    }
}

fn class_check(vm: &mut Vm, obj_ty: &PyRef, cls: &Value, fname: &str) -> PyResult<bool> {
    if let Some(items) = cls.as_tuple() {
        let items = items.to_vec();
        for c in &items {
            if class_check(vm, obj_ty, c, fname)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    match cls {
        Value::Obj(c) if matches!(c.payload, Payload::Type(_)) => Ok(is_subtype(obj_ty, c)),
        _ => Err(vm.type_error(format!(
            "{fname}() arg 2 must be a type, a tuple of types, or a union"
        ))),
    }
}

/// `isinstance(obj, class_or_tuple)`
fn isinstance(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_count(vm, "isinstance", args, 2, 2)?;
    let ty = vm.type_of(&args[0]).clone();
    Ok(Value::bool(class_check(vm, &ty, &args[1], "isinstance")?))
}

/// `issubclass(cls, class_or_tuple)`
fn issubclass(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_count(vm, "issubclass", args, 2, 2)?;
    match &args[0] {
        Value::Obj(c) if matches!(c.payload, Payload::Type(_)) => {
            let c = c.clone();
            Ok(Value::bool(class_check(vm, &c, &args[1], "issubclass")?))
        }
        _ => Err(vm.type_error("issubclass() arg 1 must be a class")),
    }
}

/// `iter(obj[, sentinel])`
fn iter(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_count(vm, "iter", args, 1, 2)?;
    if args.len() == 2 {
        let c = crate::builtins::functions::is_callable(vm, &args[0]);
        if !c {
            return Err(vm.type_error("iter(v, w): v must be callable"));
        }
        return Ok(vm.new_iter(IterState::CallIter {
            f: args[0].clone(),
            sentinel: args[1].clone(),
        }));
    }
    vm.get_iter(&args[0])
}

/// `len(obj)`
fn len(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if args.len() != 1 {
        return Err(vm.type_error(format!(
            "len() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    Ok(Value::Int(vm.len(&args[0])? as i64))
}

/// `locals()`
fn locals(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    globals(vm, args, kw)
}

/// `map(function, iterable, ...)`
fn map(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if args.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let mut its = Vec::new();
    for a in &args[1..] {
        its.push(vm.get_iter(a)?);
    }
    Ok(vm.new_iter(IterState::Map {
        f: args[0].clone(),
        its,
        frame: None,
    }))
}

fn min_max(vm: &mut Vm, args: &[Value], kw: Kw, is_max: bool) -> PyResult<Value> {
    let name = if is_max { "max" } else { "min" };
    let npos = args.len() - kw.len();
    let mut key = None;
    let mut default = None;
    for (k, n) in kw.iter().enumerate() {
        match n.as_str() {
            "key" => key = Some(args[npos + k].clone()).filter(|v| !v.is_none()),
            "default" => default = Some(args[npos + k].clone()),
            other => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for {name}()"
                )));
            }
        }
    }
    let op = if is_max {
        crate::bytecode::op::CmpKind::Gt
    } else {
        crate::bytecode::op::CmpKind::Lt
    };
    let empty = |vm: &mut Vm, default: Option<Value>| match default {
        Some(d) => Ok(d),
        None => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
    };
    // One iterable other than a builtin list or tuple: taken one item at a time, each
    // key called and compared before the next item is asked for, as CPython does.
    if npos == 1
        && !matches!(
            args[0].payload(),
            Some(Payload::List(_) | Payload::Tuple(_))
        )
    {
        let better = |vm: &mut Vm, x: &Value, best: &Value| -> PyResult<bool> {
            let r = vm.compare(x, best, op)?;
            vm.truthy(&r)
        };
        if key.is_none()
            && let Value::Obj(o) = &args[0]
            && let Payload::Generator(_) = &o.payload
        {
            let best = crate::vm::generator::gen_min_max(vm, o, is_max, better)?;
            return if best.is_undef() {
                empty(vm, default)
            } else {
                Ok(best)
            };
        }
        let it = vm.get_iter(&args[0])?;
        let mut best: Option<(Value, Value)> = None;
        while let Some(x) = vm.iter_next(&it)? {
            let k = match &key {
                Some(kf) => vm.call(kf, std::slice::from_ref(&x), &[])?,
                None => x.clone(),
            };
            best = match best {
                Some((b, bk)) if !better(vm, &k, &bk)? => Some((b, bk)),
                _ => Some((x, k)),
            };
        }
        return match best {
            Some((b, _)) => Ok(b),
            None => empty(vm, default),
        };
    }
    let items = match npos {
        0 => return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => crate::builtins::seq::to_vec(vm, &args[0])?,
        _ => {
            if default.is_some() {
                return Err(vm.type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            args[..npos].to_vec()
        }
    };
    if items.is_empty() {
        return empty(vm, default);
    }
    let mut best = items[0].clone();
    let mut best_key = match &key {
        Some(k) => vm.call(k, std::slice::from_ref(&best), &[])?,
        None => best.clone(),
    };
    for it in &items[1..] {
        let k = match &key {
            Some(kf) => vm.call(kf, std::slice::from_ref(it), &[])?,
            None => it.clone(),
        };
        let r = vm.compare(&k, &best_key, op)?;
        let better = vm.truthy(&r)?;
        if better {
            best = it.clone();
            best_key = k;
        }
    }
    Ok(best)
}

/// `max(iterable, *[, default, key])` / `max(a, b, *args[, key])`
fn max(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    min_max(vm, args, kw, true)
}

/// `min(...)`
fn min(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    min_max(vm, args, kw, false)
}

/// `next(iterator[, default])`
fn next(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_count(vm, "next", args, 1, 2)?;
    let it = &args[0];
    let is_iter = matches!(
        it.payload(),
        Some(Payload::Iter(_) | Payload::Generator(_) | Payload::File(_))
    ) || vm.lookup_special(it, Special::Next).is_some();
    if !is_iter {
        return Err(vm.type_error(format!("'{}' object is not an iterator", vm.type_name(it))));
    }
    if let Value::Obj(o) = it
        && let Payload::Generator(_) = &o.payload
    {
        return match crate::vm::generator::gen_resume(vm, o, Value::None, None)? {
            Ok(v) => Ok(v),
            Err(r) => match args.get(1) {
                Some(d) => Ok(d.clone()),
                None => Err(vm.stop_iteration(r)),
            },
        };
    }
    match vm.iter_next(it)? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.stop_iteration(Value::None)),
        },
    }
}

/// `oct(x)`
fn oct(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    int_radix(vm, args, "oct", 8, "0o")
}

/// `ord(c)`
fn ord(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_count(vm, "ord", args, 1, 1)?;
    if let Some(s) = args[0].as_pystr() {
        if s.char_len() != 1 {
            return Err(vm.type_error(format!(
                "ord() expected a character, but string of length {} found",
                s.char_len()
            )));
        }
        return Ok(Value::Int(s.char_at(0) as i64));
    }
    if let Some(b) = args[0].as_bytes() {
        if b.len() != 1 {
            return Err(vm.type_error(format!(
                "ord() expected a character, but string of length {} found",
                b.len()
            )));
        }
        return Ok(Value::Int(b[0] as i64));
    }
    Err(vm.type_error(format!(
        "ord() expected string of length 1, but {} found",
        vm.type_name(&args[0])
    )))
}

/// `pow(base, exp[, mod])`
fn pow(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = ArgSpec::new("pow", &["base", "exp", "mod"], 2).parse(vm, args, kw)?;
    match a.get_some(2) {
        None => vm.binary_op(&a[0], &a[1], crate::bytecode::op::BinOpKind::Pow),
        Some(m) => {
            if vm.is_heap(&a[0])
                && let Some(f) = vm.lookup_name_on(&vm.type_of(&a[0]).clone(), "__pow__")
            {
                return vm.call_method_value(&f, &a[0], &[a[1].clone(), m.clone()]);
            }
            let (Some(b), Some(e), Some(md)) = (as_int(&a[0]), as_int(&a[1]), as_int(m)) else {
                return Err(vm.type_error(
                    "pow() 3rd argument not allowed unless all arguments are integers",
                ));
            };
            let (b, mut e, md) = (b.to_big(), e.to_big(), md.to_big());
            if md == num_bigint::BigInt::from(0) {
                return Err(vm.value_error("pow() 3rd argument cannot be 0"));
            }
            let mut base = b;
            if e.sign() == num_bigint::Sign::Minus {
                // Modular inverse.
                let inv = mod_inverse(&base, &md).ok_or_else(|| {
                    vm.value_error("base is not invertible for the given modulus")
                })?;
                base = inv;
                e = -e;
            }
            let r = base.modpow(&e, &md);
            let r = if r.sign() != num_bigint::Sign::NoSign && (r.sign() != md.sign()) {
                r + &md
            } else {
                r
            };
            Ok(vm.new_bigint(r))
        }
    }
}

fn mod_inverse(a: &num_bigint::BigInt, m: &num_bigint::BigInt) -> Option<num_bigint::BigInt> {
    use num_integer::Integer;
    let g = a.extended_gcd(m);
    if g.gcd != num_bigint::BigInt::from(1) && g.gcd != num_bigint::BigInt::from(-1) {
        return None;
    }
    Some(g.x.mod_floor(m))
}

/// `print(*objects, sep=' ', end='\n', file=sys.stdout, flush=False)`
fn print(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let npos = args.len() - kw.len();
    let mut sep = None;
    let mut end = None;
    let mut file = None;
    let mut flush = false;
    for (k, n) in kw.iter().enumerate() {
        let v = &args[npos + k];
        match n.as_str() {
            "sep" => sep = Some(v.clone()).filter(|v| !v.is_none()),
            "end" => end = Some(v.clone()).filter(|v| !v.is_none()),
            "file" => file = Some(v.clone()).filter(|v| !v.is_none()),
            "flush" => flush = vm.truthy(v)?,
            other => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for print()"
                )));
            }
        }
    }
    let sep = match &sep {
        Some(s) => s
            .as_str()
            .ok_or_else(|| {
                vm.type_error(format!(
                    "sep must be None or a string, not {}",
                    vm.type_name(s)
                ))
            })?
            .to_string(),
        None => " ".to_string(),
    };
    let end = match &end {
        Some(s) => s
            .as_str()
            .ok_or_else(|| {
                vm.type_error(format!(
                    "end must be None or a string, not {}",
                    vm.type_name(s)
                ))
            })?
            .to_string(),
        None => "\n".to_string(),
    };
    let mut out = String::new();
    for (i, a) in args[..npos].iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match a.as_str() {
            Some(s) if !vm.is_heap(a) => out.push_str(s),
            _ => out.push_str(&vm.to_str(a)?),
        }
    }
    out.push_str(&end);
    match file {
        None => {
            vm.write_stdout(&out)?;
            if flush {
                vm.flush_stdout();
            }
        }
        Some(f) => {
            let w = vm.getattr_str(&f, "write")?;
            let s = vm.new_string(out);
            vm.call(&w, &[s], &[])?;
            if flush && let Ok(fl) = vm.getattr_str(&f, "flush") {
                vm.call(&fl, &[], &[])?;
            }
        }
    }
    Ok(Value::None)
}

/// `repr(obj)`
fn repr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_count(vm, "repr", args, 1, 1)?;
    let s = vm.repr(&args[0])?;
    Ok(vm.new_string(s))
}

/// `reversed(seq)`
fn reversed(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_count(vm, "reversed", args, 1, 1)?;
    let v = &args[0];
    if vm.is_heap(v)
        && let Some(f) = vm.lookup_name_on(&vm.type_of(v).clone(), "__reversed__")
    {
        return vm.call_method_value(&f, v, &[]);
    }
    match v.payload() {
        Some(Payload::Range(r)) => {
            let n = r.len();
            let last = r.start + (n - 1) * r.step;
            Ok(vm.new_iter(IterState::Range {
                cur: last,
                stop: r.start - r.step,
                step: -r.step,
            }))
        }
        Some(Payload::Dict(_) | Payload::DictView(..)) => {
            let items = crate::builtins::seq::to_vec(vm, v)?;
            let l = vm.new_list(items.into_iter().rev().collect());
            vm.get_iter(&l)
        }
        Some(Payload::List(_) | Payload::Tuple(_) | Payload::Str(_) | Payload::Bytes(_)) => {
            let n = vm.len(v)? as i64;
            Ok(vm.new_iter(IterState::Reversed {
                seq: v.clone(),
                idx: n - 1,
            }))
        }
        _ => {
            if vm.lookup_special(v, Special::GetItem).is_some()
                && vm.lookup_special(v, Special::Len).is_some()
            {
                let n = vm.len(v)? as i64;
                return Ok(vm.new_iter(IterState::Reversed {
                    seq: v.clone(),
                    idx: n - 1,
                }));
            }
            Err(vm.type_error(format!("'{}' object is not reversible", vm.type_name(v))))
        }
    }
}

/// `round(number, ndigits=None)`
fn round(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = ArgSpec::new("round", &["number", "ndigits"], 1).parse(vm, args, kw)?;
    let nd = a.get_some(1).cloned();
    match (&a[0], nd) {
        (Value::Float(f), None) => {
            let r = f.get().round_ties_even();
            crate::runtime::int::float_to_int(vm, r)
        }
        (Value::Float(f), Some(n)) => {
            let n = vm.int_arg(&n, "")?;
            Ok(Value::float(round_float(f.get(), n)))
        }
        (v, nd) if as_int(v).is_some() => match nd {
            None => Ok(match v {
                Value::Bool(b) => Value::Int(b.get() as i64),
                _ => v.clone(),
            }),
            Some(n) => {
                let n = vm.int_arg(&n, "")?;
                if n >= 0 {
                    return Ok(match v {
                        Value::Bool(b) => Value::Int(b.get() as i64),
                        _ => v.clone(),
                    });
                }
                let p = num_bigint::BigInt::from(10).pow((-n) as u32);
                let x = as_int(v).expect("int").to_big();
                use num_integer::Integer;
                let (q, r) = x.div_mod_floor(&p);
                let twice = &r * 2;
                let q = if twice > p || (twice == p && q.is_odd()) {
                    q + 1
                } else {
                    q
                };
                Ok(vm.new_bigint(q * p))
            }
        },
        (v, nd) => {
            if let Some(f) = vm.lookup_name_on(&vm.type_of(v).clone(), "__round__") {
                let extra: Vec<Value> = nd.into_iter().collect();
                return vm.call_method_value(&f, v, &extra);
            }
            Err(vm.type_error(format!(
                "type {} doesn't define __round__ method",
                vm.type_name(v)
            )))
        }
    }
}

/// Correctly rounded `round(x, n)` via the shortest-repr decimal string.
pub fn round_float(x: f64, n: i64) -> f64 {
    if !x.is_finite() || n > 308 {
        return x;
    }
    if n < -308 {
        return 0.0 * x;
    }
    // Use exact decimal rounding on the binary value: format with n digits (Rust rounds
    // half-to-even on the exact value), which matches CPython's correctly rounded result.
    if n >= 0 {
        let t = format!("{:.*}", n as usize, x);
        t.parse().unwrap_or(x)
    } else {
        let p = 10f64.powi((-n) as i32);
        let y = (x / p).round_ties_even() * p;
        if y.is_finite() { y } else { x }
    }
}

/// `setattr(obj, name, value)`
fn setattr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_count(vm, "setattr", args, 3, 3)?;
    let name = attr_name(vm, &args[1])?;
    vm.setattr(&args[0], &name, args[2].clone())?;
    Ok(Value::None)
}

/// `sorted(iterable, /, *, key=None, reverse=False)`
fn sorted(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let npos = args.len() - kw.len();
    if npos != 1 {
        return Err(vm.type_error(format!("sorted expected 1 argument, got {npos}")));
    }
    let mut key = None;
    let mut reverse = false;
    for (k, n) in kw.iter().enumerate() {
        match n.as_str() {
            "key" => key = Some(args[npos + k].clone()).filter(|v| !v.is_none()),
            "reverse" => reverse = vm.truthy(&args[npos + k])?,
            other => {
                return Err(vm.type_error(format!(
                    "sort() got an unexpected keyword argument '{other}'"
                )));
            }
        }
    }
    let mut items = crate::builtins::seq::to_vec(vm, &args[0])?;
    crate::builtins::list::sort_values(vm, &mut items, key.as_ref(), reverse)?;
    Ok(vm.new_list(items))
}

/// `sum(iterable, /, start=0)`
fn sum(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = ArgSpec::new("sum", &["iterable", "start"], 1).parse(vm, args, kw)?;
    let mut acc = a.get(1).cloned().unwrap_or(Value::Int(0));
    if acc.as_str().is_some() {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    if acc.as_bytes().is_some() {
        return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
    }
    let add = |vm: &mut Vm, acc: Value, x: Value| -> PyResult<Value> {
        match crate::runtime::ops::sum_step(&acc, &x) {
            Some(v) => Ok(v),
            None => vm.binary_op(&acc, &x, crate::bytecode::op::BinOpKind::Add),
        }
    };
    if let Value::Obj(o) = &a[0]
        && let Payload::Generator(_) = &o.payload
    {
        return crate::vm::generator::gen_sum(vm, o, acc, add);
    }
    let it = vm.get_iter(&a[0])?;
    // Runs of ints and floats added where they lie (`sum_numbers`), a chunk at a time
    // between polls of the breaker; each other item, and the end, taken by `iter_next`.
    const CHUNK: usize = 1 << 16;
    let mut n = 0usize;
    loop {
        let took = vm.sum_numbers(&it, &mut acc, CHUNK);
        n += took;
        if took < CHUNK {
            match vm.iter_next(&it)? {
                Some(x) => acc = add(vm, acc, x)?,
                None => break,
            }
            n += 1;
        }
        if n >= CHUNK {
            n = 0;
            if vm.interp.breaker.is_set() {
                vm.handle_breaker()?;
            }
        }
    }
    Ok(acc)
}

/// `vars([obj])`
fn vars(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    match args.first() {
        None => globals(vm, args, &[]),
        Some(v) => match vm.getattr_str(v, "__dict__") {
            Ok(d) => Ok(d),
            Err(_) => Err(vm.type_error("vars() argument must have __dict__ attribute")),
        },
    }
}

/// `zip(*iterables, strict=False)`
fn zip(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let npos = args.len() - kw.len();
    let mut strict = false;
    for (k, n) in kw.iter().enumerate() {
        if n.as_str() == "strict" {
            strict = vm.truthy(&args[npos + k])?;
        } else {
            return Err(vm.type_error(format!(
                "zip() got an unexpected keyword argument '{}'",
                n.as_str()
            )));
        }
    }
    let mut its = Vec::new();
    for (i, a) in args[..npos].iter().enumerate() {
        let _ = i;
        its.push(vm.get_iter(a)?);
    }
    if its.is_empty() {
        return Ok(vm.new_iter(IterState::Done));
    }
    Ok(vm.new_iter(IterState::Zip {
        its: its.into(),
        strict,
    }))
}

/// `open(file, mode='r', encoding=None, ...)`
fn open(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::modules::io::open(vm, args, kw)
}

/// `__displayhook__(value)`: the REPL's echo (and `sys.displayhook`).
fn displayhook(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let v = args.first().cloned().unwrap_or(Value::None);
    if v.is_none() {
        return Ok(Value::None);
    }
    let b = vm.interp.builtins.clone();
    // As CPython: `_` is None while the repr runs.
    crate::vm::eval::dict_set_str(&b, vm.intern("_"), Value::None);
    // `exit` typed without parentheses: CPython's `exit` repr is a hint.
    let quitter = ["exit", "quit"]
        .into_iter()
        .find(|n| crate::vm::eval::dict_get_str(&b, n).is_some_and(|f| f.is(&v)));
    let r = match quitter {
        Some(n) => format!("Use {n}() or Ctrl-D (i.e. EOF) to exit"),
        None => vm.repr(&v)?,
    };
    vm.write_stdout(&format!("{r}\n"))?;
    crate::vm::eval::dict_set_str(&b, vm.intern("_"), v);
    Ok(Value::None)
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`
fn import(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = ArgSpec::new(
        "__import__",
        &["name", "globals", "locals", "fromlist", "level"],
        1,
    )
    .parse(vm, args, kw)?;
    if a[0].as_str().is_none() {
        return Err(vm.type_error(format!(
            "__import__() argument 1 must be str, not {}",
            vm.type_name(&a[0])
        )));
    }
    let globals = match a.get_some(1).and_then(|g| g.as_obj().cloned()) {
        Some(g) if g.payload_is_dict() => g,
        _ => vm
            .frame_globals
            .last()
            .cloned()
            .unwrap_or_else(|| vm.interp.builtins.clone()),
    };
    let fromlist = match a.get_some(3) {
        Some(f) if vm.truthy(f)? => f.clone(),
        _ => Value::None,
    };
    let level = a.get(4).cloned().unwrap_or(Value::Int(0));
    vm.import_name(&a[0], &fromlist, &level, &globals)
}

trait IsDict {
    fn payload_is_dict(&self) -> bool;
}

impl IsDict for PyRef {
    fn payload_is_dict(&self) -> bool {
        matches!(self.payload, Payload::Dict(_))
    }
}

/// Every builtin function, alphabetically.
pub const BUILTINS: &[(&str, NativeFn)] = &[
    ("__import__", import),
    ("__displayhook__", displayhook),
    ("abs", abs),
    ("all", all),
    ("any", any),
    ("ascii", ascii),
    ("bin", bin),
    ("callable", callable),
    ("chr", chr),
    ("delattr", delattr),
    ("dir", dir),
    ("divmod", divmod),
    ("enumerate", enumerate),
    ("exit", exit),
    ("filter", filter),
    ("format", format),
    ("getattr", getattr),
    ("globals", globals),
    ("hasattr", hasattr),
    ("hash", hash),
    ("hex", hex),
    ("id", id),
    ("input", input),
    ("isinstance", isinstance),
    ("issubclass", issubclass),
    ("iter", iter),
    ("len", len),
    ("locals", locals),
    ("map", map),
    ("max", max),
    ("min", min),
    ("next", next),
    ("oct", oct),
    ("open", open),
    ("ord", ord),
    ("pow", pow),
    ("print", print),
    ("quit", exit),
    ("repr", repr),
    ("reversed", reversed),
    ("round", round),
    ("setattr", setattr),
    ("sorted", sorted),
    ("sum", sum),
    ("vars", vars),
    ("zip", zip),
];
