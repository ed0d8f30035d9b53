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
        let tname = self.type_name(v);
        let parsed = format::parse_format_spec(spec, &tname).map_err(|e| fmt_err(self, e))?;
        let r = match v {
            Value::Float(f) => format::format_float(*f, &parsed),
            Value::Bool(b) => format::format_i64(*b as i64, &parsed),
            _ => {
                if let Some(i) = as_int(v) {
                    let b = i.to_big();
                    format::format_int(&b, &parsed)
                } else if let Some(s) = v.as_str() {
                    format::format_str(s, &parsed)
                } else if matches!(v.payload(), Some(Payload::Plain)) || self.is_heap(v) || !spec.is_empty() {
                    if v.as_str().is_none() && as_int(v).is_none() {
                        return Err(self.type_error(format!(
                            "unsupported format string passed to {}.__format__",
                            self.type_name(v)
                        )));
                    }
                    let s = self.to_str(v)?;
                    format::format_str(&s, &parsed)
                } else {
                    let s = self.to_str(v)?;
                    format::format_str(&s, &parsed)
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
pub fn str_format(vm: &mut Vm, fmt: &str, args: &[Value], kw: &[(Rc<PyStr>, Value)]) -> PyResult<String> {
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
            return Err(vm.value_error("cannot switch from manual field specification to automatic field numbering"));
        }
        let v = args.get(*auto).cloned().ok_or_else(|| {
            vm.index_error(format!("Replacement index {} out of range for positional args tuple", *auto))
        })?;
        *auto += 1;
        v
    } else if let Ok(n) = head.parse::<usize>() {
        if *auto > 0 {
            return Err(vm.value_error("cannot switch from automatic field numbering to manual field specification"));
        }
        *manual = true;
        args.get(n)
            .cloned()
            .ok_or_else(|| vm.index_error(format!("Replacement index {n} out of range for positional args tuple")))?
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
            let e = r.find(']').ok_or_else(|| vm.value_error("Missing ']' in format string"))?;
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

/// `fmt % args`.
pub fn percent_format(vm: &mut Vm, fmt: &str, args: &Value) -> PyResult<Value> {
    let items: Vec<Value> = match args.as_tuple() {
        Some(t) if !vm.is_heap(args) => t.to_vec(),
        _ => vec![args.clone()],
    };
    let mapping = if args.as_dict().is_some() { Some(args.clone()) } else { None };
    let mut out = String::new();
    let chars: Vec<char> = fmt.chars().collect();
    let mut i = 0;
    let mut argi = 0;
    let mut next_arg = |vm: &mut Vm| -> PyResult<Value> {
        let v = items.get(argi).cloned();
        argi += 1;
        v.ok_or_else(|| vm.type_error("not enough arguments for format string"))
    };
    while i < chars.len() {
        let c = chars[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        i += 1;
        let Some(&c2) = chars.get(i) else {
            return Err(vm.value_error("incomplete format"));
        };
        let mut key_val = None;
        if c2 == '(' {
            let mut depth = 1;
            let mut j = i + 1;
            while j < chars.len() && depth > 0 {
                match chars[j] {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                j += 1;
            }
            let key: String = chars[i + 1..j - 1].iter().collect();
            let Some(m) = &mapping else {
                return Err(vm.type_error("format requires a mapping"));
            };
            let k = vm.new_string(key);
            key_val = Some(vm.getitem(m, &k)?);
            i = j;
        }
        // flags
        let mut flags = String::new();
        while i < chars.len() && matches!(chars[i], '-' | '+' | ' ' | '#' | '0') {
            flags.push(chars[i]);
            i += 1;
        }
        let mut width = String::new();
        if i < chars.len() && chars[i] == '*' {
            let w = next_arg(vm)?;
            width = vm.int_arg(&w, "")?.to_string();
            i += 1;
        }
        while i < chars.len() && chars[i].is_ascii_digit() {
            width.push(chars[i]);
            i += 1;
        }
        let mut prec: Option<String> = None;
        if i < chars.len() && chars[i] == '.' {
            i += 1;
            let mut p = String::new();
            if i < chars.len() && chars[i] == '*' {
                let w = next_arg(vm)?;
                p = vm.int_arg(&w, "")?.to_string();
                i += 1;
            }
            while i < chars.len() && chars[i].is_ascii_digit() {
                p.push(chars[i]);
                i += 1;
            }
            prec = Some(p);
        }
        while i < chars.len() && matches!(chars[i], 'l' | 'h' | 'L') {
            i += 1;
        }
        let Some(&conv) = chars.get(i) else {
            return Err(vm.value_error("incomplete format"));
        };
        i += 1;
        if conv == '%' {
            out.push('%');
            continue;
        }
        let v = match key_val.take() {
            Some(v) => v,
            None => next_arg(vm)?,
        };
        let body = match conv {
            's' => vm.to_str(&v)?,
            'r' => vm.repr(&v)?,
            'a' => crate::builtins::functions::ascii_escape(&vm.repr(&v)?),
            'c' => match &v {
                Value::Int(i) => char::from_u32(*i as u32).map(|c| c.to_string()).unwrap_or_default(),
                _ => v.as_str().unwrap_or("").to_string(),
            },
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let num = match &v {
                    Value::Float(_) | Value::Int(_) | Value::Bool(_) => v.clone(),
                    _ if v.as_bigint().is_some() => v.clone(),
                    _ => {
                        let what = if matches!(conv, 'd' | 'i' | 'u') {
                            format!("%{conv} format: a real number is required, not {}", vm.type_name(&v))
                        } else if matches!(conv, 'x' | 'X' | 'o') {
                            format!("%{conv} format: an integer is required, not {}", vm.type_name(&v))
                        } else {
                            format!("must be real number, not {}", vm.type_name(&v))
                        };
                        return Err(vm.type_error(what));
                    }
                };
                let mut spec = String::new();
                if flags.contains('+') {
                    spec.push('+');
                } else if flags.contains(' ') {
                    spec.push(' ');
                }
                if flags.contains('#') {
                    spec.push('#');
                }
                let t = match conv {
                    'd' | 'i' | 'u' => 'd',
                    c => c,
                };
                let num = if t == 'd' {
                    match num {
                        Value::Float(f) => crate::runtime::int::float_to_int(vm, f)?,
                        other => other,
                    }
                } else if matches!(t, 'x' | 'X' | 'o') {
                    if let Value::Float(_) = num {
                        return Err(vm.type_error(format!(
                            "%{conv} format: an integer is required, not float"
                        )));
                    }
                    num
                } else {
                    num
                };
                if let Some(p) = &prec
                    && !matches!(t, 'd' | 'x' | 'X' | 'o')
                {
                    spec.push('.');
                    spec.push_str(if p.is_empty() { "0" } else { p });
                } else if matches!(t, 'e' | 'E' | 'f' | 'F' | 'g' | 'G') {
                    spec.push_str(".6");
                }
                spec.push(t);
                let mut s = vm.format(&num, &spec)?;
                if let (Some(p), true) = (&prec, matches!(t, 'd' | 'x' | 'X' | 'o')) {
                    let p: usize = p.parse().unwrap_or(0);
                    let (sign, digits) = if s.starts_with(['-', '+', ' ']) { s.split_at(1) } else { ("", s.as_str()) };
                    if digits.len() < p {
                        s = format!("{sign}{}{digits}", "0".repeat(p - digits.len()));
                    }
                }
                s
            }
            other => {
                return Err(vm.value_error(format!(
                    "unsupported format character '{}' (0x{:x}) at index {}",
                    other,
                    other as u32,
                    i - 1
                )));
            }
        };
        let body = match (&prec, conv) {
            (Some(p), 's' | 'r' | 'a') => body.chars().take(p.parse().unwrap_or(0)).collect(),
            _ => body,
        };
        let w: usize = width.parse().unwrap_or(0);
        let n = body.chars().count();
        if n < w {
            if flags.contains('-') {
                out.push_str(&body);
                out.push_str(&" ".repeat(w - n));
            } else if flags.contains('0') && !matches!(conv, 's' | 'r' | 'a' | 'c') {
                let (sign, digits) = if body.starts_with(['-', '+', ' ']) { body.split_at(1) } else { ("", body.as_str()) };
                out.push_str(sign);
                out.push_str(&"0".repeat(w - n));
                out.push_str(digits);
            } else {
                out.push_str(&" ".repeat(w - n));
                out.push_str(&body);
            }
        } else {
            out.push_str(&body);
        }
    }
    if argi < items.len() && mapping.is_none() {
        return Err(vm.type_error("not all arguments converted during string formatting"));
    }
    Ok(vm.new_string(out))
}
