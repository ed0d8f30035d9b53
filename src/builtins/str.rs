//! `str` methods. Python semantics (code-point indexes, Unicode whitespace, case rules)
//! live in `runtime::strops`; this file adapts them to Python arguments.

use crate::builtins::args::ArgSpec;
use crate::runtime::str::PyStr;
use crate::runtime::value::*;
use crate::vm::{PyResult, Vm};
use std::rc::Rc;

type Kw<'a> = &'a [Rc<PyStr>];

fn this<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a str> {
    match args.first().and_then(|v| v.as_str()) {
        Some(s) => Ok(s),
        None => Err(vm.type_error(format!("descriptor '{name}' requires a 'str' object"))),
    }
}

fn str_arg<'a>(vm: &Vm, v: &'a Value, fname: &str, pos: usize) -> PyResult<&'a str> {
    v.as_str().ok_or_else(|| {
        vm.type_error(format!(
            "{fname}() argument {pos} must be str, not {}",
            vm.type_name(v)
        ))
    })
}

fn join(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let sep = this(vm, args, "join")?.to_string();
    let Some(it) = args.get(1) else {
        return Err(vm.type_error("str.join() takes exactly one argument (0 given)"));
    };
    let items = crate::builtins::seq::to_vec(vm, it)?;
    let mut out = String::new();
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match x.as_str() {
            Some(s) => out.push_str(s),
            None => {
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    vm.type_name(x)
                )));
            }
        }
    }
    Ok(vm.new_string(out))
}

fn split_impl(vm: &mut Vm, args: &[Value], kw: Kw, right: bool) -> PyResult<Value> {
    let name = if right { "rsplit" } else { "split" };
    let a = ArgSpec::new(name, &["self", "sep", "maxsplit"], 1).parse(vm, args, kw)?;
    let s = this(vm, args, name)?;
    let maxsplit = match a.get(2) {
        Some(m) => vm.int_arg(m, "")?,
        None => -1,
    };
    let parts: Vec<String> = match a.get_some(1) {
        None => {
            let ws: Vec<&str> = if right {
                let mut v: Vec<&str> = Vec::new();
                let mut rest = s.trim_end();
                let mut n = 0;
                while !rest.is_empty() {
                    if maxsplit >= 0 && n >= maxsplit {
                        v.push(rest.trim_end());
                        break;
                    }
                    match rest.rfind(char::is_whitespace) {
                        Some(i) => {
                            let c = rest[i..].chars().next().map(|c| c.len_utf8()).unwrap_or(1);
                            v.push(&rest[i + c..]);
                            rest = rest[..i].trim_end();
                        }
                        None => {
                            v.push(rest);
                            rest = "";
                        }
                    }
                    n += 1;
                }
                v.reverse();
                v
            } else {
                let mut v = Vec::new();
                let mut rest = s.trim_start();
                let mut n = 0;
                while !rest.is_empty() {
                    if maxsplit >= 0 && n >= maxsplit {
                        v.push(rest.trim_end());
                        break;
                    }
                    match rest.find(char::is_whitespace) {
                        Some(i) => {
                            v.push(&rest[..i]);
                            rest = rest[i..].trim_start();
                        }
                        None => {
                            v.push(rest);
                            rest = "";
                        }
                    }
                    n += 1;
                }
                v
            };
            ws.into_iter().map(|x| x.to_string()).collect()
        }
        Some(sep) => {
            let sep = str_arg(vm, sep, name, 1)?;
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            if maxsplit < 0 {
                s.split(sep).map(|x| x.to_string()).collect()
            } else if right {
                let mut v: Vec<String> = s.rsplitn(maxsplit as usize + 1, sep).map(|x| x.to_string()).collect();
                v.reverse();
                v
            } else {
                s.splitn(maxsplit as usize + 1, sep).map(|x| x.to_string()).collect()
            }
        }
    };
    let vals = parts.into_iter().map(|p| vm.new_string(p)).collect();
    Ok(vm.new_list(vals))
}

fn split(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    split_impl(vm, args, kw, false)
}
fn rsplit(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    split_impl(vm, args, kw, true)
}

fn strip_impl(vm: &mut Vm, args: &[Value], which: u8) -> PyResult<Value> {
    let name = ["strip", "lstrip", "rstrip"][which as usize];
    let s = this(vm, args, name)?;
    let r: &str = match args.get(1).filter(|v| !v.is_none()) {
        None => match which {
            0 => s.trim(),
            1 => s.trim_start(),
            _ => s.trim_end(),
        },
        Some(c) => {
            let chars: Vec<char> = str_arg(vm, c, name, 1)?.chars().collect();
            let f = |ch: char| chars.contains(&ch);
            match which {
                0 => s.trim_matches(f),
                1 => s.trim_start_matches(f),
                _ => s.trim_end_matches(f),
            }
        }
    };
    Ok(vm.new_str(r))
}

fn strip(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    strip_impl(vm, args, 0)
}
fn lstrip(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    strip_impl(vm, args, 1)
}
fn rstrip(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    strip_impl(vm, args, 2)
}

fn replace(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let s = this(vm, args, "replace")?;
    if args.len() < 3 {
        return Err(vm.type_error(format!("replace expected at least 2 arguments, got {}", args.len() - 1)));
    }
    let old = str_arg(vm, &args[1], "replace", 1)?;
    let new = str_arg(vm, &args[2], "replace", 2)?;
    let count = match args.get(3) {
        Some(c) => vm.int_arg(c, "")?,
        None => -1,
    };
    let r = if count < 0 {
        s.replace(old, new)
    } else {
        s.replacen(old, new, count as usize)
    };
    Ok(vm.new_string(r))
}

fn case(vm: &mut Vm, args: &[Value], which: u8) -> PyResult<Value> {
    let s = this(vm, args, "upper")?;
    let r = match which {
        0 => s.to_uppercase(),
        1 => s.to_lowercase(),
        _ => s.to_string(),
    };
    Ok(vm.new_string(r))
}

fn upper(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    case(vm, args, 0)
}
fn lower(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    case(vm, args, 1)
}

fn affix(vm: &mut Vm, args: &[Value], end: bool) -> PyResult<Value> {
    let name = if end { "endswith" } else { "startswith" };
    let s = this(vm, args, name)?;
    let Some(p) = args.get(1) else {
        return Err(vm.type_error(format!("{name}() takes at least 1 argument (0 given)")));
    };
    let pieces: Vec<Value> = match p.as_tuple() {
        Some(t) => t.to_vec(),
        None => vec![p.clone()],
    };
    let pstr = vm.new_str(s);
    let ps = pstr.as_pystr().expect("str");
    let n = ps.char_len() as i64;
    let norm = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) };
    let start = match args.get(2).filter(|v| !v.is_none()) {
        Some(v) => norm(vm.int_arg(v, "")?),
        None => 0,
    };
    let stop = match args.get(3).filter(|v| !v.is_none()) {
        Some(v) => norm(vm.int_arg(v, "")?),
        None => n,
    };
    if start > stop {
        return Ok(Value::Bool(false));
    }
    let sub = ps.substr(start as usize, stop as usize);
    for piece in &pieces {
        let Some(x) = piece.as_str() else {
            return Err(vm.type_error(format!(
                "tuple for {name} must only contain str, not {}",
                vm.type_name(piece)
            )));
        };
        if (end && sub.ends_with(x)) || (!end && sub.starts_with(x)) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn startswith(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    affix(vm, args, false)
}
fn endswith(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    affix(vm, args, true)
}

fn find_impl(vm: &mut Vm, args: &[Value], name: &str, right: bool, raise: bool) -> PyResult<Value> {
    let s = this(vm, args, name)?;
    let Some(sub) = args.get(1) else {
        return Err(vm.type_error(format!("{name}() takes at least 1 argument (0 given)")));
    };
    let sub = str_arg(vm, sub, name, 1)?;
    let pstr = vm.new_str(s);
    let ps = pstr.as_pystr().expect("str");
    let n = ps.char_len() as i64;
    let norm = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) };
    let start = match args.get(2).filter(|v| !v.is_none()) {
        Some(v) => norm(vm.int_arg(v, "")?),
        None => 0,
    };
    let stop = match args.get(3).filter(|v| !v.is_none()) {
        Some(v) => norm(vm.int_arg(v, "")?),
        None => n,
    };
    let r = if start > stop {
        None
    } else {
        let hay = ps.substr(start as usize, stop as usize);
        let found = if right { hay.rfind(sub) } else { hay.find(sub) };
        found.map(|b| start + hay[..b].chars().count() as i64)
    };
    match r {
        Some(i) => Ok(Value::Int(i)),
        None if raise => Err(vm.value_error("substring not found")),
        None => Ok(Value::Int(-1)),
    }
}

fn find(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    find_impl(vm, args, "find", false, false)
}
fn rfind(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    find_impl(vm, args, "rfind", true, false)
}
fn index(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    find_impl(vm, args, "index", false, true)
}
fn rindex(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    find_impl(vm, args, "rindex", true, true)
}

fn count(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let s = this(vm, args, "count")?;
    let Some(sub) = args.get(1) else {
        return Err(vm.type_error("count() takes at least 1 argument (0 given)"));
    };
    let sub = str_arg(vm, sub, "count", 1)?;
    let n = if sub.is_empty() { s.chars().count() + 1 } else { s.matches(sub).count() };
    Ok(Value::Int(n as i64))
}

fn format(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = this(vm, args, "format")?.to_string();
    let npos = args.len() - kw.len();
    let kwpairs: Vec<(Rc<PyStr>, Value)> = kw.iter().cloned().zip(args[npos..].iter().cloned()).collect();
    let r = crate::builtins::strformat::str_format(vm, &s, &args[1..npos], &kwpairs)?;
    Ok(vm.new_string(r))
}

fn encode(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let s = this(vm, args, "encode")?;
    Ok(vm.new_bytes(s.as_bytes().to_vec()))
}

fn pred(vm: &mut Vm, args: &[Value], f: fn(&str) -> bool) -> PyResult<Value> {
    let s = this(vm, args, "is")?;
    Ok(Value::Bool(f(s)))
}

fn isdigit(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    pred(vm, args, |s| !s.is_empty() && s.chars().all(|c| c.is_numeric()))
}
fn isalpha(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    pred(vm, args, |s| !s.is_empty() && s.chars().all(|c| c.is_alphabetic()))
}
fn isalnum(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    pred(vm, args, |s| !s.is_empty() && s.chars().all(|c| c.is_alphanumeric()))
}
fn isspace(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    pred(vm, args, |s| !s.is_empty() && s.chars().all(|c| c.is_whitespace()))
}
fn isupper(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    pred(vm, args, |s| s.chars().any(|c| c.is_uppercase()) && !s.chars().any(|c| c.is_lowercase()))
}
fn islower(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    pred(vm, args, |s| s.chars().any(|c| c.is_lowercase()) && !s.chars().any(|c| c.is_uppercase()))
}

pub const METHODS: &[(&str, NativeFn)] = &[
    ("count", count),
    ("encode", encode),
    ("endswith", endswith),
    ("find", find),
    ("format", format),
    ("index", index),
    ("isalnum", isalnum),
    ("isalpha", isalpha),
    ("isdigit", isdigit),
    ("islower", islower),
    ("isspace", isspace),
    ("isupper", isupper),
    ("join", join),
    ("lower", lower),
    ("lstrip", lstrip),
    ("replace", replace),
    ("rfind", rfind),
    ("rindex", rindex),
    ("rsplit", rsplit),
    ("rstrip", rstrip),
    ("split", split),
    ("startswith", startswith),
    ("strip", strip),
    ("upper", upper),
];
