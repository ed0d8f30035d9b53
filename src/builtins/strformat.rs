//! Formatting entry points: `format(value, spec)` with `__format__`, `str.format` field
//! parsing, and `%`-formatting.

use crate::runtime::format;
use crate::runtime::int::as_int;
use crate::runtime::str::PyStr;
use crate::runtime::types::Special;
use crate::runtime::value::*;
use crate::vm::{PyResult, Vm};
use std::rc::Rc;

impl Vm {
    /// `format(v, spec)` as a Rust string.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        if self.is_heap(v)
            && let Some(f) = self.lookup_special(v, Special::Format)
            && !matches!(f.payload(), Some(Payload::Builtin(_)))
        {
            let s = self.new_str(spec);
            let r = self.call_method_value(&f, v, &[s])?;
            return match r.as_str() {
                Some(s) => Ok(s.to_string()),
                None => Err(self.type_error(format!(
                    "__format__ must return a str, not {}",
                    self.type_name(&r)
                ))),
            };
        }
        if spec.is_empty() {
            return self.to_str(v);
        }
        // `{x:.2f}`, the common float spec: Rust's fixed-precision formatting is the same
        // correctly rounded decimal expansion (`format_float` uses it for this too).
        if let Value::Float(x) = v
            && let Some(p) = spec
                .strip_prefix('.')
                .and_then(|r| r.strip_suffix('f'))
                .filter(|d| (1..=2).contains(&d.len()) && d.bytes().all(|c| c.is_ascii_digit()))
                .and_then(|d| d.parse::<usize>().ok())
            && x.get().is_finite()
        {
            return Ok(format!("{:.*}", p, x.get()));
        }
        // `{i:05d}`, `{i:3}`: an int padded to a small width, with zeros after the sign
        // or with spaces before it.
        if let Value::Int(i) = v
            && let Some((zero, width)) = simple_int_spec(spec)
        {
            return Ok(pad_int(*i, zero, width));
        }
        let tname = self.type_name(v);
        let parsed = format::parse_format_spec(spec, &tname).map_err(|e| fmt_err(self, e))?;
        let r = match v {
            Value::Float(f) => format::format_float(f.get(), &parsed),
            Value::Bool(b) => format::format_i64(b.get() as i64, &parsed),
            Value::Int(i) => format::format_i64(*i, &parsed),
            _ => {
                if let Some(i) = as_int(v) {
                    format::format_int(&i.to_big(), &parsed)
                } else if let Some(s) = v.as_str() {
                    format::format_str(s, &parsed)
                } else {
                    // object.__format__ accepts only an empty spec (handled above).
                    return Err(self.type_error(format!(
                        "unsupported format string passed to {}.__format__",
                        self.type_name(v)
                    )));
                }
            }
        };
        r.map_err(|e| fmt_err(self, e))
    }
}

/// A formatting error as the Python exception it stands for.
pub fn fmt_err(vm: &Vm, e: format::FormatError) -> crate::vm::PyErr {
    match e {
        format::FormatError::Value(m) => vm.value_error(m),
        format::FormatError::Overflow(m) => vm.overflow_error(m),
    }
}

/// `fmt.format(*args, **kwargs)`.
pub fn str_format(
    vm: &mut Vm,
    fmt: &str,
    args: &[Value],
    kw: &[(Rc<PyStr>, Value)],
) -> PyResult<String> {
    let mut auto = 0usize;
    let mut manual = false;
    str_format_with(vm, fmt, args, kw, &mut auto, &mut manual)
}

fn str_format_with(
    vm: &mut Vm,
    fmt: &str,
    args: &[Value],
    kw: &[(Rc<PyStr>, Value)],
    auto: &mut usize,
    manual: &mut bool,
) -> PyResult<String> {
    let mut out = String::new();
    let chars: Vec<char> = fmt.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' {
            if chars.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            // Find the matching '}' accounting for nested braces in the spec.
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
            if j >= chars.len() {
                if i + 1 == chars.len() {
                    return Err(vm.value_error("Single '{' encountered in format string"));
                }
                return Err(vm.value_error("expected '}' before end of string"));
            }
            let field: String = chars[i + 1..j].iter().collect();
            out.push_str(&format_field(vm, &field, args, kw, auto, manual)?);
            i = j + 1;
        } else if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(vm.value_error("Single '}' encountered in format string"));
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(out)
}

fn format_field(
    vm: &mut Vm,
    field: &str,
    args: &[Value],
    kw: &[(Rc<PyStr>, Value)],
    auto: &mut usize,
    manual: &mut bool,
) -> PyResult<String> {
    // field_name[!conv][:spec]
    let (name_conv, spec) = match split_top(field, ':') {
        Some((a, b)) => (a, Some(b)),
        None => (field, None),
    };
    let (name, conv) = match name_conv.find('!') {
        Some(k) => (&name_conv[..k], Some(&name_conv[k + 1..])),
        None => (name_conv, None),
    };
    // First part of the name: index or keyword; then .attr / [key] chains.
    let end = name.find(['.', '[']).unwrap_or(name.len());
    let head = &name[..end];
    let mut value = if head.is_empty() {
        if *manual {
            return Err(vm.value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        let v = args.get(*auto).cloned().ok_or_else(|| {
            vm.index_error(format!(
                "Replacement index {} out of range for positional args tuple",
                *auto
            ))
        })?;
        *auto += 1;
        v
    } else if let Ok(n) = head.parse::<usize>() {
        if *auto > 0 {
            return Err(vm.value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        *manual = true;
        args.get(n).cloned().ok_or_else(|| {
            vm.index_error(format!(
                "Replacement index {n} out of range for positional args tuple"
            ))
        })?
    } else {
        match kw.iter().find(|(k, _)| k.as_str() == head) {
            Some((_, v)) => v.clone(),
            None => {
                let k = vm.new_str(head);
                return Err(vm.key_error(k));
            }
        }
    };
    let mut rest = &name[end..];
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let e = r.find(['.', '[']).unwrap_or(r.len());
            value = vm.getattr_str(&value, &r[..e])?;
            rest = &r[e..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let e = r
                .find(']')
                .ok_or_else(|| vm.value_error("Missing ']' in format string"))?;
            let key = &r[..e];
            let k = match key.parse::<i64>() {
                Ok(i) => Value::Int(i),
                Err(_) => vm.new_str(key),
            };
            value = vm.getitem(&value, &k)?;
            rest = &r[e + 1..];
        } else {
            return Err(vm.value_error("Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    let value = match conv {
        None => value,
        Some("r") => {
            let s = vm.repr(&value)?;
            vm.new_string(s)
        }
        Some("s") => vm.str_value(&value)?,
        Some("a") => {
            let s = vm.repr(&value)?;
            vm.new_string(crate::builtins::functions::ascii_escape(&s))
        }
        Some(c) => {
            return Err(vm.value_error(format!("Unknown conversion specifier {c}")));
        }
    };
    let spec = match spec {
        Some(s) if s.contains('{') => str_format_with(vm, s, args, kw, auto, manual)?,
        Some(s) => s.to_string(),
        None => String::new(),
    };
    vm.format(&value, &spec)
}

fn split_top(s: &str, sep: char) -> Option<(&str, &str)> {
    let mut depth = 0;
    for (i, c) in s.char_indices() {
        match c {
            '[' => depth += 1,
            ']' => depth -= 1,
            c if c == sep && depth == 0 => return Some((&s[..i], &s[i + 1..])),
            _ => {}
        }
    }
    None
}

/// The argument state of one `%` formatting (CPython's `unicode_formatter_t`): a tuple's
/// items, or a single value (`arglen == -1`) that can be taken once.
struct PercentArgs<'a> {
    /// The tuple's items, borrowed (a tuple never changes).
    items: &'a [Value],
    single: Value,
    arglen: i64,
    argidx: i64,
}

impl PercentArgs<'_> {
    fn next(&mut self, vm: &Vm) -> PyResult<Value> {
        if self.argidx < self.arglen {
            let i = self.argidx;
            self.argidx += 1;
            return Ok(if self.arglen < 0 {
                self.single.clone()
            } else {
                self.items[i as usize].clone()
            });
        }
        Err(vm.type_error("not enough arguments for format string"))
    }
}

/// `PyMapping_Check`: the value has `__getitem__` (dicts, but also lists, bytes, ...).
fn is_mapping(vm: &Vm, v: &Value) -> bool {
    match v.payload() {
        Some(
            Payload::Dict(_)
            | Payload::List(_)
            | Payload::Tuple(_)
            | Payload::Str(_)
            | Payload::Bytes(_)
            | Payload::Range(_),
        ) => true,
        _ => vm.is_heap(v) && vm.lookup_special(v, Special::GetItem).is_some(),
    }
}

/// `%(key)`: look the key up in the mapping argument (a bytes key when formatting bytes,
/// whose text is held as Latin-1).
fn percent_key(vm: &mut Vm, dict: &Option<Value>, key: &str, bytes: bool) -> PyResult<Value> {
    let Some(d) = dict else {
        return Err(vm.type_error("format requires a mapping"));
    };
    let k = if bytes {
        vm.new_bytes(key.chars().map(|c| c as u8).collect())
    } else {
        vm.new_str(key)
    };
    vm.getitem(d, &k)
}

/// A `*` width or precision argument.
fn star_arg(vm: &mut Vm, v: &Value, c_int: bool) -> PyResult<i64> {
    match as_int(v) {
        Some(crate::runtime::int::IntRef::Small(i))
            if !c_int || (i32::MIN as i64..=i32::MAX as i64).contains(&i) =>
        {
            Ok(i)
        }
        Some(_) if c_int => Err(vm.overflow_error("Python int too large to convert to C int")),
        Some(_) => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
        None => Err(vm.type_error("* wants int")),
    }
}

/// `PyNumber_Check`: ints, floats and objects with `__index__`, `__int__` or `__float__`.
fn is_number(vm: &Vm, v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::Float(_))
        || v.as_bigint().is_some()
        || (vm.is_heap(v)
            && (vm.lookup_special(v, Special::Index).is_some()
                || vm.lookup_special(v, Special::Int).is_some()
                || vm.lookup_special(v, Special::Float).is_some()))
}

/// The integer for `%d %i %u %o %x %X` (CPython's `mainformatlong`).
fn percent_int_arg(vm: &mut Vm, v: &Value, ty: char) -> PyResult<num_bigint::BigInt> {
    if let Some(i) = as_int(v) {
        return Ok(i.to_big());
    }
    let wrong = |vm: &Vm| {
        if matches!(ty, 'o' | 'x' | 'X') {
            vm.type_error(format!(
                "%{ty} format: an integer is required, not {}",
                vm.type_name(v)
            ))
        } else {
            vm.type_error(format!(
                "%{ty} format: a real number is required, not {}",
                vm.type_name(v)
            ))
        }
    };
    if !is_number(vm, v) {
        return Err(wrong(vm));
    }
    let r = if matches!(ty, 'o' | 'x' | 'X') {
        if let Value::Float(_) = v {
            return Err(wrong(vm));
        }
        match vm.call_special(v, Special::Index, &[])? {
            Some(r) => r,
            None => return Err(wrong(vm)),
        }
    } else if let Value::Float(f) = v {
        crate::runtime::int::float_to_int(vm, f.get())?
    } else {
        let int_t = Value::Obj(vm.types().int.clone());
        match vm.call(&int_t, std::slice::from_ref(v), &[]) {
            Ok(r) => r,
            Err(e) if vm.err_matches(&e, &vm.types().type_error.clone()) => return Err(wrong(vm)),
            Err(e) => return Err(e),
        }
    };
    match as_int(&r) {
        Some(i) => Ok(i.to_big()),
        None => Err(vm.type_error(format!(
            "__index__ returned non-int (type {})",
            vm.type_name(&r)
        ))),
    }
}

/// The float for `%e %f %g` (CPython's `PyFloat_AsDouble`).
fn percent_float_arg(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(f.get()),
        _ if as_int(v).is_some()
            || (vm.is_heap(v)
                && (vm.lookup_special(v, Special::Float).is_some()
                    || vm.lookup_special(v, Special::Index).is_some())) =>
        {
            crate::builtins::constructors::to_float(vm, v)
        }
        _ => Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v)))),
    }
}

/// The character for `%c`: an int code point or a str of length 1.
fn percent_char_arg(vm: &mut Vm, v: &Value) -> PyResult<char> {
    if let Some(s) = v.as_str() {
        let mut it = s.chars();
        return match (it.next(), it.next()) {
            (Some(c), None) => Ok(c),
            _ => Err(vm.type_error("%c requires int or char")),
        };
    }
    let code = match as_int(v) {
        Some(crate::runtime::int::IntRef::Small(i)) => i,
        Some(crate::runtime::int::IntRef::Big(_)) => -1,
        None => match vm.index_of(v) {
            Ok(Some(i)) => i,
            Ok(None) => return Err(vm.type_error("%c requires int or char")),
            Err(e) => return Err(e),
        },
    };
    format::char_from_code(code).map_err(|e| fmt_err(vm, e))
}

/// `%s`/`%b` of bytes formatting: a bytes-like object or one with `__bytes__`, as
/// Latin-1 text.
fn percent_bytes_arg(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if let Some(b) = v.as_bytes() {
        return Ok(b.iter().map(|&c| c as char).collect());
    }
    if vm.is_heap(v)
        && let Some(f) = vm.lookup_name_on(&vm.type_of(v).clone(), "__bytes__")
    {
        let r = vm.call_method_value(&f, v, &[])?;
        return match r.as_bytes() {
            Some(b) => Ok(b.iter().map(|&c| c as char).collect()),
            None => Err(vm.type_error(format!(
                "__bytes__ returned non-bytes (type {})",
                vm.type_name(&r)
            ))),
        };
    }
    Err(vm.type_error(format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
        vm.type_name(v)
    )))
}

/// `%c` of bytes formatting: an int in range(256) or a single byte.
fn percent_byte_char_arg(vm: &mut Vm, v: &Value) -> PyResult<char> {
    let msg = "%c requires an integer in range(256) or a single byte";
    if let Some(b) = v.as_bytes() {
        return match b {
            [c] => Ok(*c as char),
            _ => Err(vm.type_error(msg)),
        };
    }
    let code = match as_int(v) {
        Some(crate::runtime::int::IntRef::Small(i)) => i,
        Some(crate::runtime::int::IntRef::Big(_)) => -1,
        None => match vm.index_of(v)? {
            Some(i) => i,
            None => return Err(vm.type_error(msg)),
        },
    };
    match u8::try_from(code) {
        Ok(c) => Ok(c as char),
        Err(_) => Err(vm.overflow_error("%c arg not in range(256)")),
    }
}

/// `fmt % args` (CPython's `PyUnicode_Format`).
pub fn percent_format(vm: &mut Vm, fmt: &str, args: &Value) -> PyResult<Value> {
    let s = percent_core(vm, fmt, args, false)?;
    Ok(vm.new_string(s))
}

/// `fmt % args` for bytes (CPython's `_PyBytes_FormatEx`): the format is handled as
/// Latin-1 text so that the `str` machinery applies byte for byte.
pub fn percent_format_bytes(vm: &mut Vm, fmt: &[u8], args: &Value) -> PyResult<Value> {
    let text: String = fmt.iter().map(|&c| c as char).collect();
    let s = percent_core(vm, &text, args, true)?;
    Ok(vm.new_bytes(s.chars().map(|c| c as u8).collect()))
}

fn percent_core(vm: &mut Vm, fmt: &str, args: &Value, bytes: bool) -> PyResult<String> {
    let tuple = args.as_tuple();
    let dict = if tuple.is_none()
        && args.as_str().is_none()
        && !(bytes && args.as_bytes().is_some())
        && is_mapping(vm, args)
    {
        Some(args.clone())
    } else {
        None
    };
    let mut st = match tuple {
        Some(items) => {
            let n = items.len() as i64;
            PercentArgs {
                items,
                single: Value::None,
                arglen: n,
                argidx: 0,
            }
        }
        None => PercentArgs {
            items: &[],
            single: args.clone(),
            arglen: -1,
            argidx: -2,
        },
    };
    let mut out = String::with_capacity(fmt.len() + 16);
    let mut pos = 0;
    while pos < fmt.len() {
        // A byte search: `%` is ASCII, and no byte of a multi-byte character equals it.
        let Some(off) = fmt.as_bytes()[pos..].iter().position(|&b| b == b'%') else {
            out.push_str(&fmt[pos..]);
            break;
        };
        out.push_str(&fmt[pos..pos + off]);
        let start = pos + off + 1;
        let (mut spec, next) = match format::parse_percent_spec(fmt, start) {
            Ok(r) => r,
            Err(e) => {
                // CPython looks a complete `(key)` up before it finds the spec incomplete.
                if fmt[start..].starts_with('(') {
                    let mut depth = 0;
                    for (i, c) in fmt[start..].char_indices() {
                        match c {
                            '(' => depth += 1,
                            ')' => depth -= 1,
                            _ => {}
                        }
                        if depth == 0 {
                            percent_key(vm, &dict, &fmt[start + 1..start + i], bytes)?;
                            break;
                        }
                    }
                }
                return Err(fmt_err(vm, e));
            }
        };
        pos = next;
        if spec.literal {
            out.push('%');
            continue;
        }
        if let Some(key) = &spec.key {
            st.single = percent_key(vm, &dict, key, bytes)?;
            st.arglen = -1;
            st.argidx = -2;
        }
        if spec.width_star {
            let w = st.next(vm)?;
            let w = star_arg(vm, &w, false)?;
            spec.set_star_width(w);
        }
        if spec.precision_star {
            let p = st.next(vm)?;
            let p = star_arg(vm, &p, true)?;
            spec.set_star_precision(p);
        }
        let v = st.next(vm)?;
        // A bare `%s` of a str or `%d` of an int: written straight into the result.
        let plain = !(spec.left
            || spec.sign
            || spec.blank
            || spec.alternate
            || spec.zero
            || spec.width.is_some()
            || spec.precision.is_some());
        let wrote = plain
            && !bytes
            && match (spec.ty, &v) {
                ('s', _) if v.as_str().is_some() && !vm.is_heap(&v) => {
                    out.push_str(v.as_str().unwrap_or_default());
                    true
                }
                ('d' | 'i' | 'u', Value::Int(n)) => {
                    out.push_str(itoa::Buffer::new().format(*n));
                    true
                }
                _ => false,
            };
        if !wrote {
            let piece = match spec.ty {
                's' | 'b' if bytes => {
                    let s = percent_bytes_arg(vm, &v)?;
                    format::percent_format_str(&s, &spec)
                }
                'r' | 'a' if bytes => {
                    let s = crate::builtins::functions::ascii_escape(&vm.repr(&v)?);
                    format::percent_format_str(&s, &spec)
                }
                'c' if bytes => {
                    let c = percent_byte_char_arg(vm, &v)?;
                    format::percent_format_char(c, &spec)
                }
                's' => {
                    let s = if v.as_str().is_some() && !vm.is_heap(&v) {
                        v.as_str().unwrap_or_default().to_string()
                    } else {
                        vm.to_str(&v)?
                    };
                    format::percent_format_str(&s, &spec)
                }
                'r' => {
                    let s = vm.repr(&v)?;
                    format::percent_format_str(&s, &spec)
                }
                'a' => {
                    let s = crate::builtins::functions::ascii_escape(&vm.repr(&v)?);
                    format::percent_format_str(&s, &spec)
                }
                'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                    let n = percent_int_arg(vm, &v, spec.ty)?;
                    format::percent_format_int(&n, &spec).map_err(|e| fmt_err(vm, e))?
                }
                'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                    let f = percent_float_arg(vm, &v)?;
                    format::percent_format_float(f, &spec)
                }
                'c' => {
                    let c = percent_char_arg(vm, &v)?;
                    format::percent_format_char(c, &spec)
                }
                // CPython formats a non-ASCII byte as a negative C `char` and fails doing so.
                c if bytes && !c.is_ascii() => {
                    return Err(vm.overflow_error("character argument not in range(0x110000)"));
                }
                _ => {
                    return Err(fmt_err(
                        vm,
                        format::unsupported_format_char(fmt, spec.ty_pos),
                    ));
                }
            };
            out.push_str(&piece);
        }
        if out.len() > crate::runtime::binops::MAX_ALLOC_ITEMS {
            return Err(vm.memory_error());
        }
        crate::embed::limits::check_growth(vm, out.len())?;
    }
    if st.argidx < st.arglen && dict.is_none() {
        return Err(vm.type_error(if bytes {
            "not all arguments converted during bytes formatting"
        } else {
            "not all arguments converted during string formatting"
        }));
    }
    Ok(out)
}

/// `(zero, width)` for a spec `[0][width][d]` with a width of at most two digits (the
/// common int specs), else `None`.
fn simple_int_spec(spec: &str) -> Option<(bool, usize)> {
    let b = spec.as_bytes();
    let body = b.strip_suffix(b"d").unwrap_or(b);
    let (zero, w) = match body.split_first() {
        Some((b'0', rest)) => (true, rest),
        _ => (false, body),
    };
    (w.len() <= 2 && w.iter().all(u8::is_ascii_digit))
        .then(|| (zero, w.iter().fold(0, |a, &c| a * 10 + (c - b'0') as usize)))
}

/// `i` in decimal, right-aligned in `width`: zeros between the sign and the digits
/// (`zero`), else spaces before it.
fn pad_int(i: i64, zero: bool, width: usize) -> String {
    let digits = i.unsigned_abs().to_string();
    let sign = usize::from(i < 0);
    let pad = width.saturating_sub(digits.len() + sign);
    let mut out = String::with_capacity(width.max(digits.len() + sign));
    if !zero {
        out.extend(std::iter::repeat_n(' ', pad));
    }
    if i < 0 {
        out.push('-');
    }
    if zero {
        out.extend(std::iter::repeat_n('0', pad));
    }
    out.push_str(&digits);
    out
}
