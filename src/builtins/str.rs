//! `str` methods. Python semantics (code-point indexes, Unicode whitespace, case rules)
//! live in `runtime::strops`; this file adapts them to Python arguments, with CPython's
//! argument checking and error messages. The argument helpers (`recv`-style receiver
//! checks and the four kinds of arity errors CPython produces) are shared with `bytes`.

use crate::runtime::int::as_int;
use crate::runtime::str::PyStr;
use crate::runtime::strops;
use crate::runtime::value::*;
use crate::vm::{PyResult, Vm};
use std::rc::Rc;

type Kw<'a> = &'a [Rc<PyStr>];

// ---------------------------------------------------------------------------
// Argument helpers (shared with bytes.rs)
// ---------------------------------------------------------------------------

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// The receiver's type error: `str.upper()` or `str.upper(1)` called on the class.
pub(crate) fn bad_receiver(vm: &Vm, args: &[Value], ty: &str, name: &str) -> crate::vm::PyErr {
    match args.first() {
        None => vm.type_error(format!("unbound method {ty}.{name}() needs an argument")),
        Some(v) => vm.type_error(format!(
            "descriptor '{name}' for '{ty}' objects doesn't apply to a '{}' object",
            vm.type_name(v)
        )),
    }
}

/// The receiver of a `str` method.
fn recv<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a str> {
    match args.first().and_then(|v| v.as_str()) {
        Some(s) => Ok(s),
        None => Err(bad_receiver(vm, args, "str", name)),
    }
}

/// `METH_NOARGS`: `str.upper() takes no arguments (1 given)`.
pub(crate) fn noargs(vm: &Vm, args: &[Value], kw: Kw, ty: &str, name: &str) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("{ty}.{name}() takes no keyword arguments")));
    }
    if args.len() > 1 {
        return Err(vm.type_error(format!(
            "{ty}.{name}() takes no arguments ({} given)",
            args.len() - 1
        )));
    }
    Ok(())
}

/// `METH_O`: `str.join() takes exactly one argument (0 given)`; returns the argument.
pub(crate) fn one_arg<'a>(
    vm: &Vm,
    args: &'a [Value],
    kw: Kw,
    ty: &str,
    name: &str,
) -> PyResult<&'a Value> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("{ty}.{name}() takes no keyword arguments")));
    }
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "{ty}.{name}() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    Ok(&args[1])
}

/// Argument Clinic, positional only: `center expected at least 1 argument, got 0`.
pub(crate) fn clinic_pos(
    vm: &Vm,
    args: &[Value],
    kw: Kw,
    ty: &str,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("{ty}.{name}() takes no keyword arguments")));
    }
    let n = args.len().saturating_sub(1);
    if min == max && n != min {
        return Err(vm.type_error(format!(
            "{name} expected {min} argument{}, got {n}",
            plural(min)
        )));
    }
    if n < min {
        return Err(vm.type_error(format!(
            "{name} expected at least {min} argument{}, got {n}",
            plural(min)
        )));
    }
    if n > max {
        return Err(vm.type_error(format!(
            "{name} expected at most {max} argument{}, got {n}",
            plural(max)
        )));
    }
    Ok(())
}

/// `PyArg_ParseTuple`-style: `find() takes at least 1 argument (0 given)`.
pub(crate) fn tuple_args(
    vm: &Vm,
    args: &[Value],
    kw: Kw,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let n = args.len().saturating_sub(1);
    if n < min {
        return Err(vm.type_error(format!(
            "{name}() takes at least {min} argument{} ({n} given)",
            plural(min)
        )));
    }
    if n > max {
        return Err(vm.type_error(format!(
            "{name}() takes at most {max} argument{} ({n} given)",
            plural(max)
        )));
    }
    Ok(())
}

/// Argument Clinic with keywords (all parameters optional): fills `out`, one slot per
/// name, with the arguments given. An out-parameter of references, not a returned array
/// of values: the array was built in pieces and then copied whole into the `PyResult`,
/// a store-forwarding stall on every `split` call (even inlined).
#[inline(always)]
pub(crate) fn clinic_kw<'a, const N: usize>(
    vm: &Vm,
    args: &'a [Value],
    kw: Kw,
    name: &str,
    names: &[&str; N],
    out: &mut [Option<&'a Value>; N],
) -> PyResult<()> {
    let total = args.len().saturating_sub(1);
    if total > names.len() {
        return Err(vm.type_error(format!(
            "{name}() takes at most {} argument{} ({total} given)",
            names.len(),
            plural(names.len())
        )));
    }
    let npos = total - kw.len();
    for (i, v) in args[1..1 + npos].iter().enumerate() {
        out[i] = Some(v);
    }
    for (k, key) in kw.iter().enumerate() {
        match names.iter().position(|n| *n == key.as_str()) {
            Some(i) if i < npos => {
                return Err(vm.type_error(format!(
                    "argument for {name}() given by name ('{}') and position ({})",
                    key.as_str(),
                    i + 1
                )));
            }
            Some(i) => out[i] = Some(&args[1 + npos + k]),
            None => {
                return Err(vm.type_error(format!(
                    "'{}' is an invalid keyword argument for {name}()",
                    key.as_str()
                )));
            }
        }
    }
    Ok(())
}

/// A slice index (`find`'s start/end): None, an int (clamped when huge) or `__index__`.
pub(crate) fn slice_index(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    let Some(v) = v.filter(|v| !v.is_none()) else {
        return Ok(None);
    };
    if let Some(b) = v.as_bigint() {
        return Ok(Some(if num_traits::Signed::is_negative(b) {
            i64::MIN
        } else {
            i64::MAX
        }));
    }
    match vm.index_of(v)? {
        Some(i) => Ok(Some(i)),
        None => {
            Err(vm.type_error("slice indices must be integers or None or have an __index__ method"))
        }
    }
}

/// A `Py_ssize_t` argument (widths, counts).
pub(crate) fn ssize_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    vm.int_arg(v, "")
}

/// A C `int` argument (`tabsize`, `keepends`).
pub(crate) fn cint_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if v.as_bigint().is_some() {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    }
    let i = vm.int_arg(v, "")?;
    if i > i32::MAX as i64 || i < i32::MIN as i64 {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    }
    Ok(i)
}

/// Refuse results too large to allocate (CPython would raise MemoryError).
pub(crate) fn check_size(vm: &Vm, n: i64) -> PyResult<()> {
    if n > crate::runtime::binops::MAX_ALLOC_ITEMS as i64 {
        return Err(vm.memory_error());
    }
    crate::embed::limits::check_alloc(vm, n.max(0) as usize)
}

fn must_be_str<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a str> {
    v.as_str()
        .ok_or_else(|| vm.type_error(format!("must be str, not {}", vm.type_name(v))))
}

fn str_list(vm: &Vm, parts: Vec<&str>) -> Value {
    let vals = parts.into_iter().map(|p| vm.new_str(p)).collect();
    vm.new_list(vals)
}

// ---------------------------------------------------------------------------
// Case mapping and predicates
// ---------------------------------------------------------------------------

macro_rules! case_method {
    ($fname:ident, $pyname:literal, $op:path) => {
        fn $fname(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
            let s = recv(vm, args, $pyname)?;
            noargs(vm, args, kw, "str", $pyname)?;
            Ok(vm.new_string($op(s)))
        }
    };
}

case_method!(capitalize, "capitalize", strops::capitalize);
case_method!(casefold, "casefold", strops::casefold);
case_method!(lower, "lower", strops::lower);
case_method!(upper, "upper", strops::upper);
case_method!(swapcase, "swapcase", strops::swapcase);
case_method!(title, "title", strops::title);

macro_rules! pred_method {
    ($fname:ident, $pyname:literal, $op:path) => {
        fn $fname(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
            let s = recv(vm, args, $pyname)?;
            noargs(vm, args, kw, "str", $pyname)?;
            Ok(Value::bool($op(s)))
        }
    };
}

pred_method!(isalnum, "isalnum", strops::isalnum);
pred_method!(isalpha, "isalpha", strops::isalpha);
pred_method!(isascii, "isascii", strops::isascii);
pred_method!(isdecimal, "isdecimal", strops::isdecimal);
pred_method!(isdigit, "isdigit", strops::isdigit);
pred_method!(isidentifier, "isidentifier", strops::isidentifier);
pred_method!(islower, "islower", strops::islower);
pred_method!(isnumeric, "isnumeric", strops::isnumeric);
pred_method!(isprintable, "isprintable", strops::isprintable);
pred_method!(isspace, "isspace", strops::isspace);
pred_method!(istitle, "istitle", strops::istitle);
pred_method!(isupper, "isupper", strops::isupper);

// ---------------------------------------------------------------------------
// Padding
// ---------------------------------------------------------------------------

fn fill_char(vm: &Vm, v: Option<&Value>) -> PyResult<char> {
    let Some(v) = v else { return Ok(' ') };
    let Some(s) = v.as_str() else {
        return Err(vm.type_error(format!(
            "The fill character must be a unicode character, not {}",
            vm.type_name(v)
        )));
    };
    let mut it = s.chars();
    match (it.next(), it.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(vm.type_error("The fill character must be exactly one character long")),
    }
}

fn pad_impl(
    vm: &mut Vm,
    args: &[Value],
    kw: Kw,
    name: &str,
    f: fn(&str, i64, char) -> String,
) -> PyResult<Value> {
    let s = recv(vm, args, name)?;
    clinic_pos(vm, args, kw, "str", name, 1, 2)?;
    let width = ssize_arg(vm, &args[1])?;
    let fill = fill_char(vm, args.get(2))?;
    if width <= strops::char_count(s) as i64 {
        return Ok(plain(vm, &args[0], s));
    }
    check_size(vm, width)?;
    Ok(vm.new_string(f(s, width, fill)))
}

fn center(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    pad_impl(vm, args, kw, "center", strops::center)
}
fn ljust(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    pad_impl(vm, args, kw, "ljust", strops::ljust)
}
fn rjust(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    pad_impl(vm, args, kw, "rjust", strops::rjust)
}

fn zfill(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = recv(vm, args, "zfill")?;
    let w = one_arg(vm, args, kw, "str", "zfill")?;
    let width = ssize_arg(vm, w)?;
    check_size(vm, width)?;
    Ok(vm.new_string(strops::zfill(s, width)))
}

fn expandtabs(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = recv(vm, args, "expandtabs")?;
    let mut a = [None; 1];
    clinic_kw(vm, args, kw, "expandtabs", &["tabsize"], &mut a)?;
    let tabsize = match a[0] {
        Some(v) => cint_arg(vm, v)?,
        None => 8,
    };
    if tabsize > 0 {
        let tabs = s.matches('\t').count() as i64;
        check_size(vm, tabs.saturating_mul(tabsize))?;
    }
    Ok(vm.new_string(strops::expandtabs(s, tabsize)))
}

// ---------------------------------------------------------------------------
// Searching
// ---------------------------------------------------------------------------

/// `(sub, start, end)` of `find`/`count`/`index`..., with CPython's checks.
fn find_args<'a>(
    vm: &mut Vm,
    args: &'a [Value],
    kw: Kw,
    name: &str,
) -> PyResult<(&'a str, Option<i64>, Option<i64>)> {
    tuple_args(vm, args, kw, name, 1, 3)?;
    let sub = must_be_str(vm, &args[1])?;
    let start = slice_index(vm, args.get(2))?;
    let end = slice_index(vm, args.get(3))?;
    Ok((sub, start, end))
}

fn find_impl(
    vm: &mut Vm,
    args: &[Value],
    kw: Kw,
    name: &str,
    right: bool,
    raise: bool,
) -> PyResult<Value> {
    let s = recv(vm, args, name)?;
    let (sub, start, end) = find_args(vm, args, kw, name)?;
    let r = if right {
        strops::rfind(s, sub, start, end)
    } else {
        strops::find(s, sub, start, end)
    };
    if r < 0 && raise {
        return Err(vm.value_error("substring not found"));
    }
    Ok(Value::Int(r))
}

fn find(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    find_impl(vm, args, kw, "find", false, false)
}
fn rfind(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    find_impl(vm, args, kw, "rfind", true, false)
}
fn index(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    find_impl(vm, args, kw, "index", false, true)
}
fn rindex(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    find_impl(vm, args, kw, "rindex", true, true)
}

fn count(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = recv(vm, args, "count")?;
    let (sub, start, end) = find_args(vm, args, kw, "count")?;
    Ok(Value::Int(strops::count(s, sub, start, end) as i64))
}

fn affix(vm: &mut Vm, args: &[Value], kw: Kw, end: bool) -> PyResult<Value> {
    let name = if end { "endswith" } else { "startswith" };
    let s = recv(vm, args, name)?;
    tuple_args(vm, args, kw, name, 1, 3)?;
    let start = slice_index(vm, args.get(2))?;
    let stop = slice_index(vm, args.get(3))?;
    let test = |x: &str| {
        if end {
            strops::endswith(s, x, start, stop)
        } else {
            strops::startswith(s, x, start, stop)
        }
    };
    let p = &args[1];
    if let Some(x) = p.as_str() {
        return Ok(Value::bool(test(x)));
    }
    let Some(items) = p.as_tuple() else {
        return Err(vm.type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            vm.type_name(p)
        )));
    };
    for piece in items {
        let Some(x) = piece.as_str() else {
            return Err(vm.type_error(format!(
                "tuple for {name} must only contain str, not {}",
                vm.type_name(piece)
            )));
        };
        if test(x) {
            return Ok(Value::Bool(B64::TRUE));
        }
    }
    Ok(Value::Bool(B64::FALSE))
}

fn startswith(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    affix(vm, args, kw, false)
}
fn endswith(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    affix(vm, args, kw, true)
}

// ---------------------------------------------------------------------------
// Splitting, joining, stripping, replacing
// ---------------------------------------------------------------------------

fn join(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let sep = recv(vm, args, "join")?;
    let it = one_arg(vm, args, kw, "str", "join")?;
    // A builtin list or tuple is joined where it lies (no copy of its items); nothing
    // below runs Python code, so the list stays borrowed throughout.
    let owned: Vec<Value>;
    let list;
    let items: &[Value] = match it.payload() {
        Some(Payload::List(l)) if !vm.is_heap(it) => {
            list = l.borrow();
            &list
        }
        Some(Payload::Tuple(t)) if !vm.is_heap(it) => t,
        // A generator runs once, its items collected in its frame (CPython too takes
        // every item before joining).
        Some(Payload::Generator(_)) => {
            owned = crate::builtins::seq::to_vec(vm, it)?;
            &owned
        }
        _ => {
            let iter = match vm.get_iter(it) {
                Ok(i) => i,
                Err(e) if vm.err_matches(&e, &vm.types().type_error.clone()) => {
                    return Err(vm.type_error("can only join an iterable"));
                }
                Err(e) => return Err(e),
            };
            let mut out = Vec::new();
            while let Some(x) = vm.iter_next(&iter)? {
                out.push(x);
            }
            owned = out;
            &owned
        }
    };
    if items.len() == 1 && items[0].as_str().is_some() && !vm.is_heap(&items[0]) {
        return Ok(items[0].clone());
    }
    // The length first (checking every item, as CPython does), then one allocation.
    let mut total = sep.len().saturating_mul(items.len().saturating_sub(1));
    for (i, x) in items.iter().enumerate() {
        match x.as_str() {
            Some(s) => total = total.saturating_add(s.len()),
            None => {
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    vm.type_name(x)
                )));
            }
        }
    }
    if total > crate::runtime::binops::MAX_ALLOC_ITEMS {
        return Err(vm.memory_error());
    }
    crate::embed::limits::check_growth(vm, total)?;
    let mut out = String::with_capacity(total);
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(x.as_str().unwrap_or(""));
    }
    Ok(vm.new_string(out))
}

fn split_impl(vm: &mut Vm, args: &[Value], kw: Kw, right: bool) -> PyResult<Value> {
    let name = if right { "rsplit" } else { "split" };
    let s = recv(vm, args, name)?;
    let mut a = [None; 2];
    clinic_kw(vm, args, kw, name, &["sep", "maxsplit"], &mut a)?;
    let sep = match a[0].filter(|v| !v.is_none()) {
        None => None,
        Some(v) => Some(v.as_str().ok_or_else(|| {
            vm.type_error(format!("must be str or None, not {}", vm.type_name(v)))
        })?),
    };
    let maxsplit = match a[1] {
        Some(m) => ssize_arg(vm, m)?,
        None => -1,
    };
    if right {
        let parts = strops::rsplit(s, sep, maxsplit).map_err(|m| vm.value_error(m))?;
        return Ok(str_list(vm, parts));
    }
    // The parts of an ASCII string are ASCII: no scan for their length in characters.
    let ascii = args[0].as_pystr().is_some_and(|p| p.is_ascii());
    let parts = strops::split(s, sep, maxsplit, |p| vm.new_str_ascii(p, ascii))
        .map_err(|m| vm.value_error(m))?;
    Ok(vm.new_list(parts))
}

fn split(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    split_impl(vm, args, kw, false)
}
fn rsplit(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    split_impl(vm, args, kw, true)
}

fn splitlines(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = recv(vm, args, "splitlines")?;
    let mut a = [None; 1];
    clinic_kw(vm, args, kw, "splitlines", &["keepends"], &mut a)?;
    let keepends = match a[0] {
        Some(v) => cint_arg(vm, v)? != 0,
        None => false,
    };
    Ok(str_list(vm, strops::splitlines(s, keepends)))
}

fn partition_impl(vm: &mut Vm, args: &[Value], kw: Kw, right: bool) -> PyResult<Value> {
    let name = if right { "rpartition" } else { "partition" };
    let s = recv(vm, args, name)?;
    let sep = one_arg(vm, args, kw, "str", name)?;
    let sep = must_be_str(vm, sep)?;
    let r = if right {
        strops::rpartition(s, sep)
    } else {
        strops::partition(s, sep)
    };
    let (a, b, c) = r.map_err(|m| vm.value_error(m))?;
    let items = vec![vm.new_str(a), vm.new_str(b), vm.new_str(c)];
    Ok(vm.new_tuple(items))
}

fn partition(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    partition_impl(vm, args, kw, false)
}
fn rpartition(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    partition_impl(vm, args, kw, true)
}

fn strip_impl(
    vm: &mut Vm,
    args: &[Value],
    kw: Kw,
    name: &str,
    f: for<'a> fn(&'a str, Option<&str>) -> &'a str,
) -> PyResult<Value> {
    let s = recv(vm, args, name)?;
    clinic_pos(vm, args, kw, "str", name, 0, 1)?;
    let chars = match args.get(1).filter(|v| !v.is_none()) {
        None => None,
        Some(v) => Some(
            v.as_str()
                .ok_or_else(|| vm.type_error(format!("{name} arg must be None or str")))?,
        ),
    };
    let r = f(s, chars);
    if r.len() == s.len() && !vm.is_heap(&args[0]) {
        return Ok(args[0].clone());
    }
    Ok(vm.new_str(r))
}

fn strip(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    strip_impl(vm, args, kw, "strip", strops::strip)
}
fn lstrip(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    strip_impl(vm, args, kw, "lstrip", strops::lstrip)
}
fn rstrip(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    strip_impl(vm, args, kw, "rstrip", strops::rstrip)
}

fn affix_remove(vm: &mut Vm, args: &[Value], kw: Kw, suffix: bool) -> PyResult<Value> {
    let name = if suffix {
        "removesuffix"
    } else {
        "removeprefix"
    };
    let s = recv(vm, args, name)?;
    let a = one_arg(vm, args, kw, "str", name)?;
    let Some(a) = a.as_str() else {
        return Err(vm.type_error(format!(
            "{name}() argument must be str, not {}",
            vm.type_name(a)
        )));
    };
    let r = if suffix {
        strops::removesuffix(s, a)
    } else {
        strops::removeprefix(s, a)
    };
    Ok(vm.new_str(r))
}

fn removeprefix(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    affix_remove(vm, args, kw, false)
}
fn removesuffix(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    affix_remove(vm, args, kw, true)
}

fn replace(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = recv(vm, args, "replace")?;
    clinic_pos(vm, args, kw, "str", "replace", 2, 3)?;
    let arg = |vm: &Vm, i: usize| -> PyResult<&str> {
        args[i].as_str().ok_or_else(|| {
            vm.type_error(format!(
                "replace() argument {i} must be str, not {}",
                vm.type_name(&args[i])
            ))
        })
    };
    let old = arg(vm, 1)?;
    let new = arg(vm, 2)?;
    let count = match args.get(3) {
        Some(c) => ssize_arg(vm, c)?,
        None => -1,
    };
    // Size check: every replacement may grow the string by `new.len() - old.len()`.
    if new.len() > old.len() {
        let n = if old.is_empty() {
            strops::char_count(s) + 1
        } else {
            s.matches(old).count()
        };
        let n = if count >= 0 { n.min(count as usize) } else { n };
        check_size(
            vm,
            (s.len() + n.saturating_mul(new.len() - old.len())) as i64,
        )?;
    }
    Ok(vm.new_string(strops::replace(s, old, new, count)))
}

// ---------------------------------------------------------------------------
// Encoding
// ---------------------------------------------------------------------------

fn encode(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = recv(vm, args, "encode")?;
    let mut a = [None; 2];
    clinic_kw(vm, args, kw, "encode", &["encoding", "errors"], &mut a)?;
    let text_arg =
        |vm: &Vm, v: Option<&Value>, what: &str, default: &'static str| -> PyResult<String> {
            match v {
                None => Ok(default.to_string()),
                Some(v) => v.as_str().map(|s| s.to_string()).ok_or_else(|| {
                    vm.type_error(format!(
                        "encode() argument '{what}' must be str, not {}",
                        vm.type_name(v)
                    ))
                }),
            }
        };
    let encoding = text_arg(vm, a[0], "encoding", "utf-8")?;
    let errors = text_arg(vm, a[1], "errors", "strict")?;
    let b = crate::builtins::bytes::encode_str(vm, s, &encoding, &errors)?;
    Ok(vm.new_bytes(b))
}

// ---------------------------------------------------------------------------
// Formatting
// ---------------------------------------------------------------------------

fn format(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = recv(vm, args, "format")?.to_string();
    let npos = args.len() - kw.len();
    let kwpairs: Vec<(Rc<PyStr>, Value)> = kw
        .iter()
        .cloned()
        .zip(args[npos..].iter().cloned())
        .collect();
    let r = crate::builtins::strformat::str_format(vm, &s, &args[1..npos], &kwpairs)?;
    Ok(vm.new_string(r))
}

/// The names of the keyword fields of a format string (nested specs included), in
/// rendering order; `Err(())` when it has a positional (auto-numbered or numeric) field.
fn format_field_names(fmt: &str, out: &mut Vec<String>) -> Result<(), ()> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '{' if chars.get(i + 1) == Some(&'{') => i += 2,
            '{' => {
                let mut depth = 1;
                let mut j = i + 1;
                while j < chars.len() {
                    match chars[j] {
                        '{' => depth += 1,
                        '}' => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                    j += 1;
                }
                let field: String = chars[i + 1..j.min(chars.len())].iter().collect();
                // The name runs up to '.', '[', '!' or ':'; a ':' inside [...] is part of it.
                let mut end = field.len();
                let mut bracket = false;
                for (k, c) in field.char_indices() {
                    match c {
                        '[' => bracket = true,
                        ']' => bracket = false,
                        '!' | ':' if !bracket => {
                            end = k;
                            break;
                        }
                        _ => {}
                    }
                }
                let name = &field[..end];
                let head_end = name.find(['.', '[']).unwrap_or(name.len());
                let head = &name[..head_end];
                if head.is_empty() || head.parse::<usize>().is_ok() {
                    return Err(());
                }
                out.push(head.to_string());
                if let Some(colon) = field[end..].find(':') {
                    format_field_names(&field[end + colon + 1..], out)?;
                }
                i = j + 1;
            }
            _ => i += 1,
        }
    }
    Ok(())
}

fn format_map(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = recv(vm, args, "format_map")?.to_string();
    let mapping = one_arg(vm, args, kw, "str", "format_map")?.clone();
    let mut names = Vec::new();
    if format_field_names(&s, &mut names).is_err() {
        return Err(vm.value_error("Format string contains positional fields"));
    }
    let mut pairs: Vec<(Rc<PyStr>, Value)> = Vec::new();
    for n in names {
        if pairs.iter().any(|(k, _)| k.as_str() == n) {
            continue;
        }
        let key = vm.new_str(&n);
        let v = vm.getitem(&mapping, &key)?;
        pairs.push((Rc::new(PyStr::new(&n)), v));
    }
    let r = crate::builtins::strformat::str_format(vm, &s, &[], &pairs)?;
    Ok(vm.new_string(r))
}

// ---------------------------------------------------------------------------
// translate / maketrans
// ---------------------------------------------------------------------------

fn translate(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = recv(vm, args, "translate")?.to_string();
    let table = one_arg(vm, args, kw, "str", "translate")?.clone();
    let plain_dict = table.as_dict().is_some() && !vm.is_heap(&table);
    let lookup_error = vm.types().lookup_error.clone();
    let mut out = String::with_capacity(s.len());
    // Results for ASCII characters are looked up once (CPython's fast path caches them).
    let mut cache: Vec<Option<Option<Value>>> = vec![None; 128];
    for c in s.chars() {
        let cached = if c.is_ascii() {
            cache[c as usize].clone()
        } else {
            None
        };
        let mapped = match cached {
            Some(v) => v,
            None => {
                let key = Value::Int(c as i64);
                let v = if plain_dict {
                    crate::builtins::dict::dict_get(vm, &table, &key)?
                } else {
                    match vm.getitem(&table, &key) {
                        Ok(v) => Some(v),
                        Err(e) if vm.err_matches(&e, &lookup_error) => None,
                        Err(e) => return Err(e),
                    }
                };
                if c.is_ascii() {
                    cache[c as usize] = Some(v.clone());
                }
                v
            }
        };
        match mapped {
            None => out.push(c),
            Some(Value::None) => {}
            Some(v) => {
                if let Some(t) = v.as_str() {
                    out.push_str(t);
                } else if let Some(i) = as_int(&v) {
                    let code = match i {
                        crate::runtime::int::IntRef::Small(x) => x,
                        crate::runtime::int::IntRef::Big(_) => -1,
                    };
                    match u32::try_from(code)
                        .ok()
                        .filter(|&x| x < 0x110000)
                        .and_then(char::from_u32)
                    {
                        Some(ch) => out.push(ch),
                        None if (0xD800..0xE000).contains(&code) => {
                            return Err(vm.value_error(format!(
                                "surrogate code point U+{code:04X} cannot be represented"
                            )));
                        }
                        None => {
                            return Err(
                                vm.value_error("character mapping must be in range(0x110000)")
                            );
                        }
                    }
                } else {
                    return Err(vm.type_error("character mapping must return integer, None or str"));
                }
            }
        }
        if out.len() > crate::runtime::binops::MAX_ALLOC_ITEMS {
            return Err(vm.memory_error());
        }
    }
    Ok(vm.new_string(out))
}

/// `str.maketrans(x[, y[, z]])` (a static method).
pub fn maketrans(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("str.maketrans() takes no keyword arguments"));
    }
    let n = args.len();
    if n == 0 {
        return Err(vm.type_error("maketrans expected at least 1 argument, got 0"));
    }
    if n > 3 {
        return Err(vm.type_error(format!("maketrans expected at most 3 arguments, got {n}")));
    }
    for (i, v) in args.iter().enumerate().skip(1) {
        if v.as_str().is_none() {
            return Err(vm.type_error(format!(
                "maketrans() argument {} must be str, not {}",
                i + 1,
                vm.type_name(v)
            )));
        }
    }
    let d = vm.new_dict(Default::default());
    if n == 1 {
        let x = &args[0];
        if x.as_dict().is_none() {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            );
        }
        let items = crate::builtins::dict::mapping_items(vm, x)?;
        for (k, v) in items {
            let key = if let Some(s) = k.as_str() {
                let mut it = s.chars();
                match (it.next(), it.next()) {
                    (Some(c), None) => Value::Int(c as i64),
                    _ => {
                        return Err(
                            vm.value_error("string keys in translate table must be of length 1")
                        );
                    }
                }
            } else if as_int(&k).is_some() {
                k.clone()
            } else {
                return Err(vm.type_error("keys in translate table must be strings or integers"));
            };
            crate::builtins::dict::dict_set(vm, &d, key, v)?;
        }
        return Ok(d);
    }
    let Some(x) = args[0].as_str() else {
        return Err(vm.type_error(
            "first maketrans argument must be a string if there is a second argument",
        ));
    };
    let y = args[1].as_str().unwrap_or("");
    if strops::char_count(x) != strops::char_count(y) {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (a, b) in x.chars().zip(y.chars()) {
        crate::builtins::dict::dict_set(vm, &d, Value::Int(a as i64), Value::Int(b as i64))?;
    }
    if let Some(z) = args.get(2).and_then(|v| v.as_str()) {
        for c in z.chars() {
            crate::builtins::dict::dict_set(vm, &d, Value::Int(c as i64), Value::None)?;
        }
    }
    Ok(d)
}

// ---------------------------------------------------------------------------
// Special methods (the VM handles the operators natively; these serve explicit
// calls such as `str.__len__(s)` and subclasses)
// ---------------------------------------------------------------------------

/// A slot wrapper's arity: `expected 1 argument, got 0`.
pub(crate) fn wrapper_args(vm: &Vm, args: &[Value], kw: Kw, name: &str, n: usize) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("wrapper {name}() takes no keyword arguments")));
    }
    let got = args.len().saturating_sub(1);
    if got != n {
        return Err(vm.type_error(format!("expected {n} argument{}, got {got}", plural(n))));
    }
    Ok(())
}

fn slot_recv<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a str> {
    match args.first() {
        Some(v) => v.as_str().ok_or_else(|| {
            vm.type_error(format!(
                "descriptor '{name}' requires a 'str' object but received a '{}'",
                vm.type_name(v)
            ))
        }),
        None => Err(vm.type_error(format!(
            "descriptor '{name}' of 'str' object needs an argument"
        ))),
    }
}

/// The receiver as a plain `str` (so the VM's native paths do not dispatch back to a
/// subclass's special methods).
fn plain(vm: &Vm, v: &Value, s: &str) -> Value {
    if vm.is_heap(v) {
        vm.new_str(s)
    } else {
        v.clone()
    }
}

fn dunder_len(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = slot_recv(vm, args, "__len__")?;
    wrapper_args(vm, args, kw, "__len__", 0)?;
    Ok(Value::Int(strops::char_count(s) as i64))
}

fn dunder_contains(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = slot_recv(vm, args, "__contains__")?;
    wrapper_args(vm, args, kw, "__contains__", 1)?;
    match args[1].as_str() {
        Some(sub) => Ok(Value::bool(
            crate::runtime::strops::find_str(s, sub).is_some(),
        )),
        None => Err(vm.type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            vm.type_name(&args[1])
        ))),
    }
}

fn dunder_getitem(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = slot_recv(vm, args, "__getitem__")?;
    wrapper_args(vm, args, kw, "__getitem__", 1)?;
    let p = plain(vm, &args[0], s);
    vm.getitem(&p, &args[1])
}

fn dunder_iter(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = slot_recv(vm, args, "__iter__")?;
    wrapper_args(vm, args, kw, "__iter__", 0)?;
    let p = plain(vm, &args[0], s);
    vm.get_iter(&p)
}

fn dunder_mod(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = slot_recv(vm, args, "__mod__")?.to_string();
    wrapper_args(vm, args, kw, "__mod__", 1)?;
    crate::builtins::strformat::percent_format(vm, &s, &args[1])
}

fn dunder_hash(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = slot_recv(vm, args, "__hash__")?;
    wrapper_args(vm, args, kw, "__hash__", 0)?;
    let p = plain(vm, &args[0], s);
    Ok(Value::Int(vm.hash(&p)?))
}

fn dunder_add(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = slot_recv(vm, args, "__add__")?;
    wrapper_args(vm, args, kw, "__add__", 1)?;
    match args[1].as_str() {
        Some(t) => {
            check_size(vm, (s.len() + t.len()) as i64)?;
            Ok(vm.new_string(format!("{s}{t}")))
        }
        None => Ok(vm.interp.not_implemented.clone()),
    }
}

fn repeat_impl(vm: &mut Vm, args: &[Value], kw: Kw, name: &str) -> PyResult<Value> {
    let s = slot_recv(vm, args, name)?;
    wrapper_args(vm, args, kw, name, 1)?;
    let n = match as_int(&args[1]) {
        Some(crate::runtime::int::IntRef::Small(n)) => n.max(0),
        Some(crate::runtime::int::IntRef::Big(b)) if num_traits::Signed::is_negative(b) => 0,
        Some(_) => return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer")),
        None => match vm.index_of(&args[1])? {
            Some(n) => n.max(0),
            None => return Ok(vm.interp.not_implemented.clone()),
        },
    };
    check_size(vm, (s.len() as i64).saturating_mul(n))?;
    Ok(vm.new_string(s.repeat(n as usize)))
}

fn dunder_mul(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    repeat_impl(vm, args, kw, "__mul__")
}
fn dunder_rmul(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    repeat_impl(vm, args, kw, "__rmul__")
}

fn rich_cmp(
    vm: &mut Vm,
    args: &[Value],
    kw: Kw,
    name: &str,
    f: fn(std::cmp::Ordering) -> bool,
) -> PyResult<Value> {
    let s = slot_recv(vm, args, name)?;
    wrapper_args(vm, args, kw, name, 1)?;
    match args[1].as_str() {
        // UTF-8 byte order is code point order.
        Some(t) => Ok(Value::bool(f(s.cmp(t)))),
        None => Ok(vm.interp.not_implemented.clone()),
    }
}

fn dunder_eq(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    rich_cmp(vm, args, kw, "__eq__", |o| o.is_eq())
}
fn dunder_ne(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    rich_cmp(vm, args, kw, "__ne__", |o| o.is_ne())
}
fn dunder_lt(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    rich_cmp(vm, args, kw, "__lt__", |o| o.is_lt())
}
fn dunder_le(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    rich_cmp(vm, args, kw, "__le__", |o| o.is_le())
}
fn dunder_gt(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    rich_cmp(vm, args, kw, "__gt__", |o| o.is_gt())
}
fn dunder_ge(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    rich_cmp(vm, args, kw, "__ge__", |o| o.is_ge())
}

pub const METHODS: &[(&str, NativeFn)] = &[
    ("__add__", dunder_add),
    ("__contains__", dunder_contains),
    ("__eq__", dunder_eq),
    ("__ge__", dunder_ge),
    ("__getitem__", dunder_getitem),
    ("__gt__", dunder_gt),
    ("__hash__", dunder_hash),
    ("__iter__", dunder_iter),
    ("__le__", dunder_le),
    ("__len__", dunder_len),
    ("__lt__", dunder_lt),
    ("__mod__", dunder_mod),
    ("__mul__", dunder_mul),
    ("__ne__", dunder_ne),
    ("__rmul__", dunder_rmul),
    ("capitalize", capitalize),
    ("casefold", casefold),
    ("center", center),
    ("count", count),
    ("encode", encode),
    ("endswith", endswith),
    ("expandtabs", expandtabs),
    ("find", find),
    ("format", format),
    ("format_map", format_map),
    ("index", index),
    ("isalnum", isalnum),
    ("isalpha", isalpha),
    ("isascii", isascii),
    ("isdecimal", isdecimal),
    ("isdigit", isdigit),
    ("isidentifier", isidentifier),
    ("islower", islower),
    ("isnumeric", isnumeric),
    ("isprintable", isprintable),
    ("isspace", isspace),
    ("istitle", istitle),
    ("isupper", isupper),
    ("join", join),
    ("ljust", ljust),
    ("lower", lower),
    ("lstrip", lstrip),
    ("partition", partition),
    ("removeprefix", removeprefix),
    ("removesuffix", removesuffix),
    ("replace", replace),
    ("rfind", rfind),
    ("rindex", rindex),
    ("rjust", rjust),
    ("rpartition", rpartition),
    ("rsplit", rsplit),
    ("rstrip", rstrip),
    ("split", split),
    ("splitlines", splitlines),
    ("startswith", startswith),
    ("strip", strip),
    ("swapcase", swapcase),
    ("title", title),
    ("translate", translate),
    ("upper", upper),
    ("zfill", zfill),
];

/// Register `str.maketrans` (a static method; the table above holds instance methods).
pub fn install_static(vm: &mut Vm) {
    let st = vm.types().str.clone();
    let f = vm.new_builtin("maketrans", maketrans);
    let sm = vm.new_object(&vm.types().staticmethod.clone(), Payload::StaticMethod(f));
    crate::builtins::classes::set_type_attr(vm, &st, "maketrans", sm);
}
