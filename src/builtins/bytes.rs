//! `bytes` methods and the codecs behind `str.encode` / `bytes.decode` (UTF-8, ASCII,
//! Latin-1, UTF-16 and UTF-32 with the `strict`, `ignore`, `replace`,
//! `backslashreplace` and `xmlcharrefreplace` error handlers), with CPython's messages.
//!
//! Byte methods follow `Objects/bytes_methods.c` and `Objects/stringlib/`: the
//! character classes are ASCII only and whitespace is `Py_ISSPACE` (space, `\t\n\v\f\r`).

use crate::builtins::str::{
    bad_receiver, check_size, cint_arg, clinic_kw, clinic_pos, noargs, one_arg, slice_index,
    ssize_arg, tuple_args, wrapper_args,
};
use crate::runtime::int::as_int;
use crate::runtime::str::PyStr;
use crate::runtime::strops::adjust_indices;
use crate::runtime::value::*;
use crate::vm::{PyErr, PyResult, Vm};
use std::rc::Rc;

type Kw<'a> = &'a [Rc<PyStr>];

// ---------------------------------------------------------------------------
// Codecs
// ---------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq)]
enum Codec {
    Utf8,
    Ascii,
    Latin1,
    /// UTF-16; `None` writes/reads a byte order mark, `Some(true)` is big-endian.
    Utf16(Option<bool>),
    Utf32(Option<bool>),
}

/// `encodings.normalize_encoding` followed by the alias table, for the codecs we have.
fn lookup_codec(vm: &Vm, encoding: &str) -> PyResult<Codec> {
    let mut norm = String::with_capacity(encoding.len());
    let mut punct = false;
    for c in encoding.chars() {
        if c.is_alphanumeric() || c == '.' {
            if punct && !norm.is_empty() {
                norm.push('_');
            }
            if c.is_ascii() {
                norm.push(c.to_ascii_lowercase());
            }
            punct = false;
        } else {
            punct = true;
        }
    }
    let codec = match norm.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => Codec::Utf8,
        "ascii" | "646" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986" | "cp367"
        | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991" | "iso_ir_6" | "us"
        | "us_ascii" => Codec::Ascii,
        "latin_1" | "latin1" | "latin" | "l1" | "8859" | "cp819" | "csisolatin1" | "ibm819"
        | "iso8859" | "iso8859_1" | "iso_8859_1" | "iso_8859_1_1987" | "iso_ir_100" => {
            Codec::Latin1
        }
        "utf_16" | "utf16" | "u16" => Codec::Utf16(None),
        "utf_16_le" | "utf_16le" => Codec::Utf16(Some(false)),
        "utf_16_be" | "utf_16be" => Codec::Utf16(Some(true)),
        "utf_32" | "utf32" | "u32" => Codec::Utf32(None),
        "utf_32_le" | "utf_32le" => Codec::Utf32(Some(false)),
        "utf_32_be" | "utf_32be" => Codec::Utf32(Some(true)),
        _ => {
            return Err(vm.new_exception(
                &vm.types().lookup_error.clone(),
                format!("unknown encoding: {encoding}"),
            ));
        }
    };
    Ok(codec)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Handler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
}

/// The error handler, looked up (as CPython does) only when an error happens.
fn lookup_handler(vm: &Vm, errors: &str) -> PyResult<Handler> {
    Ok(match errors {
        "strict" | "surrogateescape" | "surrogatepass" => Handler::Strict,
        "ignore" => Handler::Ignore,
        "replace" => Handler::Replace,
        "backslashreplace" | "namereplace" => Handler::BackslashReplace,
        "xmlcharrefreplace" => Handler::XmlCharRefReplace,
        _ => {
            return Err(vm.new_exception(
                &vm.types().lookup_error.clone(),
                format!("unknown error handler name '{errors}'"),
            ));
        }
    })
}

fn set_attrs(vm: &mut Vm, e: &PyErr, attrs: Vec<(&str, Value)>) {
    let obj = Value::Obj(e.0.clone());
    for (k, v) in attrs {
        let key = vm.intern(k);
        let _ = vm.setattr(&obj, &key, v);
    }
}

fn push_escape(out: &mut String, cp: u32) {
    use std::fmt::Write;
    let _ = match cp {
        0..=0xff => write!(out, "\\x{cp:02x}"),
        0x100..=0xffff => write!(out, "\\u{cp:04x}"),
        _ => write!(out, "\\U{cp:08x}"),
    };
}

fn encode_error(vm: &mut Vm, enc: &str, s: &str, start: usize, end: usize, reason: &str) -> PyErr {
    let msg = if end - start == 1 {
        let c = s.chars().nth(start).unwrap_or('\0');
        let mut shown = String::new();
        push_escape(&mut shown, c as u32);
        format!("'{enc}' codec can't encode character '{shown}' in position {start}: {reason}")
    } else {
        format!(
            "'{enc}' codec can't encode characters in position {start}-{}: {reason}",
            end - 1
        )
    };
    let e = vm.new_exception(&vm.types().unicode_encode_error.clone(), msg);
    let attrs = vec![
        ("encoding", vm.new_str(enc)),
        ("object", vm.new_str(s)),
        ("start", Value::Int(start as i64)),
        ("end", Value::Int(end as i64)),
        ("reason", vm.new_str(reason)),
    ];
    set_attrs(vm, &e, attrs);
    e
}

fn decode_error(vm: &mut Vm, enc: &str, b: &[u8], start: usize, end: usize, reason: &str) -> PyErr {
    let msg = if end - start == 1 {
        format!(
            "'{enc}' codec can't decode byte 0x{:02x} in position {start}: {reason}",
            b[start]
        )
    } else {
        format!(
            "'{enc}' codec can't decode bytes in position {start}-{}: {reason}",
            end - 1
        )
    };
    let e = vm.new_exception(&vm.types().unicode_decode_error.clone(), msg);
    let attrs = vec![
        ("encoding", vm.new_str(enc)),
        ("object", vm.new_bytes(b.to_vec())),
        ("start", Value::Int(start as i64)),
        ("end", Value::Int(end as i64)),
        ("reason", vm.new_str(reason)),
    ];
    set_attrs(vm, &e, attrs);
    e
}

/// `s.encode(encoding, errors)`.
pub fn encode_str(vm: &mut Vm, s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = lookup_codec(vm, encoding)?;
    let (limit, name) = match codec {
        Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
        Codec::Ascii => (0x80u32, "ascii"),
        Codec::Latin1 => (0x100, "latin-1"),
        Codec::Utf16(order) => {
            let big = order == Some(true);
            let mut out = Vec::with_capacity(s.len() * 2 + 2);
            if order.is_none() {
                out.extend_from_slice(&[0xff, 0xfe]);
            }
            let mut buf = [0u16; 2];
            for c in s.chars() {
                for u in c.encode_utf16(&mut buf).iter() {
                    out.extend_from_slice(&if big {
                        u.to_be_bytes()
                    } else {
                        u.to_le_bytes()
                    });
                }
            }
            return Ok(out);
        }
        Codec::Utf32(order) => {
            let big = order == Some(true);
            let mut out = Vec::with_capacity(s.len() * 4 + 4);
            if order.is_none() {
                out.extend_from_slice(&[0xff, 0xfe, 0, 0]);
            }
            for c in s.chars() {
                let u = c as u32;
                out.extend_from_slice(&if big {
                    u.to_be_bytes()
                } else {
                    u.to_le_bytes()
                });
            }
            return Ok(out);
        }
    };
    if s.chars().all(|c| (c as u32) < limit) {
        return Ok(s.chars().map(|c| c as u8).collect());
    }
    let reason = if limit == 0x80 {
        "ordinal not in range(128)"
    } else {
        "ordinal not in range(256)"
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u8);
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < chars.len() && (chars[end] as u32) >= limit {
            end += 1;
        }
        match lookup_handler(vm, errors)? {
            Handler::Strict => return Err(encode_error(vm, name, s, i, end, reason)),
            Handler::Ignore => {}
            Handler::Replace => out.extend(std::iter::repeat_n(b'?', end - i)),
            Handler::BackslashReplace => {
                let mut t = String::new();
                chars[i..end]
                    .iter()
                    .for_each(|&c| push_escape(&mut t, c as u32));
                out.extend_from_slice(t.as_bytes());
            }
            Handler::XmlCharRefReplace => {
                for &c in &chars[i..end] {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
        }
        i = end;
    }
    Ok(out)
}

/// Apply the error handler to the undecodable bytes `b[start..end]`.
#[allow(clippy::too_many_arguments)]
fn decode_fail(
    vm: &mut Vm,
    errors: &str,
    enc: &str,
    b: &[u8],
    start: usize,
    end: usize,
    reason: &str,
    out: &mut String,
) -> PyResult<()> {
    match lookup_handler(vm, errors)? {
        Handler::Strict | Handler::XmlCharRefReplace => {
            Err(decode_error(vm, enc, b, start, end, reason))
        }
        Handler::Ignore => Ok(()),
        Handler::Replace => {
            out.push('\u{fffd}');
            Ok(())
        }
        Handler::BackslashReplace => {
            b[start..end]
                .iter()
                .for_each(|&x| push_escape(out, x as u32));
            Ok(())
        }
    }
}

fn utf8_invalid_start(x: u8) -> bool {
    matches!(x, 0x80..=0xc1 | 0xf5..=0xff)
}

/// `b.decode(encoding, errors)`.
pub fn decode_bytes(vm: &mut Vm, b: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let codec = lookup_codec(vm, encoding)?;
    let mut out = String::with_capacity(b.len());
    match codec {
        Codec::Utf8 => {
            let mut i = 0;
            loop {
                match std::str::from_utf8(&b[i..]) {
                    Ok(s) => {
                        out.push_str(s);
                        break;
                    }
                    Err(e) => {
                        let valid = i + e.valid_up_to();
                        out.push_str(std::str::from_utf8(&b[i..valid]).unwrap_or(""));
                        let (end, reason) = match e.error_len() {
                            None => (b.len(), "unexpected end of data"),
                            Some(n) if utf8_invalid_start(b[valid]) => {
                                (valid + n, "invalid start byte")
                            }
                            Some(n) => (valid + n, "invalid continuation byte"),
                        };
                        decode_fail(vm, errors, "utf-8", b, valid, end, reason, &mut out)?;
                        i = end;
                    }
                }
            }
        }
        Codec::Latin1 => out.extend(b.iter().map(|&x| x as char)),
        Codec::Ascii => {
            for (i, &x) in b.iter().enumerate() {
                if x < 0x80 {
                    out.push(x as char);
                } else {
                    decode_fail(
                        vm,
                        errors,
                        "ascii",
                        b,
                        i,
                        i + 1,
                        "ordinal not in range(128)",
                        &mut out,
                    )?;
                }
            }
        }
        Codec::Utf16(order) => {
            let mut i = 0;
            let big = match order {
                Some(big) => big,
                None if b.starts_with(&[0xff, 0xfe]) => {
                    i = 2;
                    false
                }
                None if b.starts_with(&[0xfe, 0xff]) => {
                    i = 2;
                    true
                }
                None => false,
            };
            let name = if big { "utf-16-be" } else { "utf-16-le" };
            let unit = |j: usize| -> u16 {
                let p = [b[j], b[j + 1]];
                if big {
                    u16::from_be_bytes(p)
                } else {
                    u16::from_le_bytes(p)
                }
            };
            while i < b.len() {
                if i + 1 >= b.len() {
                    decode_fail(vm, errors, name, b, i, b.len(), "truncated data", &mut out)?;
                    break;
                }
                let u = unit(i);
                if !(0xd800..0xe000).contains(&u) {
                    out.push(char::from_u32(u as u32).unwrap_or('\u{fffd}'));
                    i += 2;
                } else if u >= 0xdc00 {
                    decode_fail(vm, errors, name, b, i, i + 2, "illegal encoding", &mut out)?;
                    i += 2;
                } else if i + 3 >= b.len() {
                    decode_fail(
                        vm,
                        errors,
                        name,
                        b,
                        i,
                        b.len(),
                        "unexpected end of data",
                        &mut out,
                    )?;
                    break;
                } else {
                    let v = unit(i + 2);
                    if (0xdc00..0xe000).contains(&v) {
                        let cp = 0x10000 + (((u as u32) - 0xd800) << 10) + ((v as u32) - 0xdc00);
                        out.push(char::from_u32(cp).unwrap_or('\u{fffd}'));
                        i += 4;
                    } else {
                        decode_fail(
                            vm,
                            errors,
                            name,
                            b,
                            i,
                            i + 2,
                            "illegal UTF-16 surrogate",
                            &mut out,
                        )?;
                        i += 2;
                    }
                }
            }
        }
        Codec::Utf32(order) => {
            let mut i = 0;
            let big = match order {
                Some(big) => big,
                None if b.starts_with(&[0xff, 0xfe, 0, 0]) => {
                    i = 4;
                    false
                }
                None if b.starts_with(&[0, 0, 0xfe, 0xff]) => {
                    i = 4;
                    true
                }
                None => false,
            };
            let name = if big { "utf-32-be" } else { "utf-32-le" };
            while i < b.len() {
                if i + 3 >= b.len() {
                    decode_fail(vm, errors, name, b, i, b.len(), "truncated data", &mut out)?;
                    break;
                }
                let p = [b[i], b[i + 1], b[i + 2], b[i + 3]];
                let cp = if big {
                    u32::from_be_bytes(p)
                } else {
                    u32::from_le_bytes(p)
                };
                match char::from_u32(cp) {
                    Some(c) => out.push(c),
                    None => {
                        let reason = if (0xd800..0xe000).contains(&cp) {
                            "code point in surrogate code point range(0xd800, 0xe000)"
                        } else {
                            "code point not in range(0x110000)"
                        };
                        decode_fail(vm, errors, name, b, i, i + 4, reason, &mut out)?;
                    }
                }
                i += 4;
            }
        }
    }
    Ok(out)
}

// ---------------------------------------------------------------------------
// Argument helpers
// ---------------------------------------------------------------------------

fn recv<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a [u8]> {
    match args.first().and_then(|v| v.as_bytes()) {
        Some(b) => Ok(b),
        None => Err(bad_receiver(vm, args, "bytes", name)),
    }
}

/// A bytes-like argument.
fn buf<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a [u8]> {
    v.as_bytes().ok_or_else(|| {
        vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        ))
    })
}

/// The needle of `find`/`count`/`in`: bytes-like or an int in range(256).
fn needle(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = v.as_bytes() {
        return Ok(b.to_vec());
    }
    let i = match v.as_bigint() {
        Some(_) => -1,
        None => match vm.index_of(v)? {
            Some(i) => i,
            None => {
                return Err(vm.type_error(format!(
                    "argument should be integer or bytes-like object, not '{}'",
                    vm.type_name(v)
                )));
            }
        },
    };
    if !(0..256).contains(&i) {
        return Err(vm.value_error("byte must be in range(0, 256)"));
    }
    Ok(vec![i as u8])
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

fn find_sub(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.is_empty() {
        return Some(0);
    }
    if n.len() > h.len() {
        return None;
    }
    if n.len() == 1 {
        return h.iter().position(|&c| c == n[0]);
    }
    h.windows(n.len()).position(|w| w == n)
}

fn rfind_sub(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.is_empty() {
        return Some(h.len());
    }
    if n.len() > h.len() {
        return None;
    }
    h.windows(n.len()).rposition(|w| w == n)
}

fn count_sub(h: &[u8], n: &[u8]) -> usize {
    if n.is_empty() {
        return h.len() + 1;
    }
    let mut c = 0;
    let mut rest = h;
    while let Some(i) = find_sub(rest, n) {
        c += 1;
        rest = &rest[i + n.len()..];
    }
    c
}

/// The window `[start, end)` of `b`, or `None` when `sub_len` cannot fit.
fn window(
    b: &[u8],
    sub_len: usize,
    start: Option<i64>,
    end: Option<i64>,
) -> Option<(usize, usize)> {
    let (s, e) = adjust_indices(start, end, b.len());
    if e < s || e - s < sub_len {
        None
    } else {
        Some((s, e))
    }
}

fn new_list_of(vm: &Vm, parts: Vec<&[u8]>) -> Value {
    let vals = parts
        .into_iter()
        .map(|p| vm.new_bytes(p.to_vec()))
        .collect();
    vm.new_list(vals)
}

fn same_or_new(vm: &Vm, v: &Value, whole: &[u8], part: &[u8]) -> Value {
    if part.len() == whole.len()
        && !vm.is_heap(v)
        && std::ptr::eq(vm.type_of(v).as_ref(), vm.types().bytes.as_ref())
    {
        v.clone()
    } else {
        vm.new_bytes(part.to_vec())
    }
}

// ---------------------------------------------------------------------------
// Methods
// ---------------------------------------------------------------------------

fn decode(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let b = recv(vm, args, "decode")?;
    let mut a = [None; 2];
    clinic_kw(vm, args, kw, "decode", &["encoding", "errors"], &mut a)?;
    let text = |vm: &Vm, v: Option<&Value>, what: &str, default: &str| -> PyResult<String> {
        match v {
            None => Ok(default.to_string()),
            Some(v) => v.as_str().map(|s| s.to_string()).ok_or_else(|| {
                vm.type_error(format!(
                    "decode() argument '{what}' must be str, not {}",
                    vm.type_name(v)
                ))
            }),
        }
    };
    let encoding = text(vm, a[0], "encoding", "utf-8")?;
    let errors = text(vm, a[1], "errors", "strict")?;
    let s = decode_bytes(vm, b, &encoding, &errors)?;
    Ok(vm.new_string(s))
}

fn hex(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let b = recv(vm, args, "hex")?;
    let mut a = [None; 2];
    clinic_kw(vm, args, kw, "hex", &["sep", "bytes_per_sep"], &mut a)?;
    let per = match a[1] {
        Some(v) => cint_arg(vm, v)?,
        None => 1,
    };
    let sep: Option<u8> = match a[0] {
        None => None,
        Some(v) => {
            let sb: Vec<u8> = if let Some(s) = v.as_str() {
                if strops_len(s) != 1 {
                    return Err(vm.value_error("sep must be length 1."));
                }
                if !s.is_ascii() {
                    return Err(vm.value_error("sep must be ASCII."));
                }
                s.as_bytes().to_vec()
            } else if let Some(x) = v.as_bytes().filter(|_| {
                !crate::runtime::types::is_subtype(vm.type_of(v), &vm.types().bytearray)
            }) {
                x.to_vec()
            } else {
                vm.len(v)?;
                return Err(vm.type_error("sep must be str or bytes."));
            };
            if sb.len() != 1 {
                return Err(vm.value_error("sep must be length 1."));
            }
            if !sb[0].is_ascii() {
                return Err(vm.value_error("sep must be ASCII."));
            }
            Some(sb[0])
        }
    };
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(b.len() * 3);
    let group = per.unsigned_abs() as usize;
    for (i, &x) in b.iter().enumerate() {
        if let Some(sep) = sep
            && group > 0
            && i > 0
        {
            let boundary = if per > 0 {
                (b.len() - i) % group == 0
            } else {
                i % group == 0
            };
            if boundary {
                out.push(sep as char);
            }
        }
        out.push(DIGITS[(x >> 4) as usize] as char);
        out.push(DIGITS[(x & 15) as usize] as char);
    }
    Ok(vm.new_string(out))
}

fn strops_len(s: &str) -> usize {
    crate::runtime::strops::char_count(s)
}

/// `bytes.fromhex(string)` (a class method: `args[0]` is the class).
pub fn fromhex(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("bytes.fromhex() takes no keyword arguments"));
    }
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "bytes.fromhex() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    let Some(s) = args[1].as_str() else {
        return Err(vm.type_error(format!(
            "fromhex() argument must be str, not {}",
            vm.type_name(&args[1])
        )));
    };
    let bad = |vm: &Vm, pos: usize| {
        vm.value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {pos}"
        ))
    };
    if !s.is_ascii() {
        let pos = s.chars().position(|c| !c.is_ascii()).unwrap_or(0);
        return Err(bad(vm, pos));
    }
    let t = s.as_bytes();
    let digit = |c: u8| (c as char).to_digit(16);
    let mut out = Vec::with_capacity(t.len() / 2);
    let mut i = 0;
    while i < t.len() {
        if is_space(t[i]) {
            while i < t.len() && is_space(t[i]) {
                i += 1;
            }
            if i >= t.len() {
                break;
            }
        }
        let Some(hi) = digit(t[i]) else {
            return Err(bad(vm, i));
        };
        let Some(lo) = t.get(i + 1).and_then(|&c| digit(c)) else {
            return Err(bad(vm, i + 1));
        };
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    let result = vm.new_bytes(out);
    match args.first() {
        Some(Value::Obj(cls)) if !std::ptr::eq(cls.as_ref(), vm.types().bytes.as_ref()) => {
            let cls = Value::Obj(cls.clone());
            vm.call(&cls, &[result], &[])
        }
        _ => Ok(result),
    }
}

fn find_args(
    vm: &mut Vm,
    args: &[Value],
    kw: Kw,
    name: &str,
) -> PyResult<(Vec<u8>, Option<i64>, Option<i64>)> {
    tuple_args(vm, args, kw, name, 1, 3)?;
    let sub = needle(vm, &args[1])?;
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
    let b = recv(vm, args, name)?;
    let (sub, start, end) = find_args(vm, args, kw, name)?;
    let r = window(b, sub.len(), start, end).and_then(|(s, e)| {
        let w = &b[s..e];
        let f = if right {
            rfind_sub(w, &sub)
        } else {
            find_sub(w, &sub)
        };
        f.map(|i| (s + i) as i64)
    });
    match r {
        Some(i) => Ok(Value::Int(i)),
        None if raise => Err(vm.value_error("subsection not found")),
        None => Ok(Value::Int(-1)),
    }
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
    let b = recv(vm, args, "count")?;
    let (sub, start, end) = find_args(vm, args, kw, "count")?;
    let n = window(b, sub.len(), start, end).map_or(0, |(s, e)| count_sub(&b[s..e], &sub));
    Ok(Value::Int(n as i64))
}

fn affix(vm: &mut Vm, args: &[Value], kw: Kw, end: bool) -> PyResult<Value> {
    let name = if end { "endswith" } else { "startswith" };
    let b = recv(vm, args, name)?;
    tuple_args(vm, args, kw, name, 1, 3)?;
    let start = slice_index(vm, args.get(2))?;
    let stop = slice_index(vm, args.get(3))?;
    let test = |x: &[u8]| {
        window(b, x.len(), start, stop).is_some_and(|(s, e)| {
            let w = &b[s..e];
            if end {
                w.ends_with(x)
            } else {
                w.starts_with(x)
            }
        })
    };
    let p = &args[1];
    if let Some(x) = p.as_bytes() {
        return Ok(Value::bool(test(x)));
    }
    let Some(items) = p.as_tuple() else {
        return Err(vm.type_error(format!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
            vm.type_name(p)
        )));
    };
    for piece in items {
        if test(buf(vm, piece)?) {
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

fn split_impl(vm: &mut Vm, args: &[Value], kw: Kw, right: bool) -> PyResult<Value> {
    let name = if right { "rsplit" } else { "split" };
    let b = recv(vm, args, name)?;
    let mut a = [None; 2];
    clinic_kw(vm, args, kw, name, &["sep", "maxsplit"], &mut a)?;
    let sep = match a[0].filter(|v| !v.is_none()) {
        None => None,
        Some(v) => Some(buf(vm, v)?),
    };
    let maxsplit = match a[1] {
        Some(m) => ssize_arg(vm, m)?,
        None => -1,
    };
    let mut left = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let mut out: Vec<&[u8]> = Vec::new();
    match sep {
        Some([]) => return Err(vm.value_error("empty separator")),
        Some(sep) if !right => {
            let mut rest = b;
            while left > 0 {
                let Some(i) = find_sub(rest, sep) else { break };
                out.push(&rest[..i]);
                rest = &rest[i + sep.len()..];
                left -= 1;
            }
            out.push(rest);
        }
        Some(sep) => {
            let mut rest = b;
            while left > 0 {
                let Some(i) = rfind_sub(rest, sep) else { break };
                out.push(&rest[i + sep.len()..]);
                rest = &rest[..i];
                left -= 1;
            }
            out.push(rest);
            out.reverse();
        }
        None if !right => {
            let mut i = 0;
            while i < b.len() && is_space(b[i]) {
                i += 1;
            }
            while i < b.len() {
                if left == 0 {
                    out.push(&b[i..]);
                    break;
                }
                let j = b[i..]
                    .iter()
                    .position(|&c| is_space(c))
                    .map_or(b.len(), |k| i + k);
                out.push(&b[i..j]);
                i = j;
                while i < b.len() && is_space(b[i]) {
                    i += 1;
                }
                left -= 1;
            }
        }
        None => {
            let mut e = b.len();
            while e > 0 && is_space(b[e - 1]) {
                e -= 1;
            }
            while e > 0 {
                if left == 0 {
                    out.push(&b[..e]);
                    break;
                }
                let s = b[..e]
                    .iter()
                    .rposition(|&c| is_space(c))
                    .map_or(0, |k| k + 1);
                out.push(&b[s..e]);
                e = s;
                while e > 0 && is_space(b[e - 1]) {
                    e -= 1;
                }
                left -= 1;
            }
            out.reverse();
        }
    }
    Ok(new_list_of(vm, out))
}

fn split(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    split_impl(vm, args, kw, false)
}
fn rsplit(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    split_impl(vm, args, kw, true)
}

fn splitlines(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let b = recv(vm, args, "splitlines")?;
    let mut a = [None; 1];
    clinic_kw(vm, args, kw, "splitlines", &["keepends"], &mut a)?;
    let keepends = match a[0] {
        Some(v) => cint_arg(vm, v)? != 0,
        None => false,
    };
    let mut out: Vec<&[u8]> = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'\n' || c == b'\r' {
            let mut next = i + 1;
            if c == b'\r' && b.get(i + 1) == Some(&b'\n') {
                next += 1;
            }
            out.push(&b[start..if keepends { next } else { i }]);
            start = next;
            i = next;
        } else {
            i += 1;
        }
    }
    if start < b.len() {
        out.push(&b[start..]);
    }
    Ok(new_list_of(vm, out))
}

fn strip_impl(
    vm: &mut Vm,
    args: &[Value],
    kw: Kw,
    name: &str,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    let b = recv(vm, args, name)?;
    clinic_pos(vm, args, kw, "bytes", name, 0, 1)?;
    let set: Option<&[u8]> = match args.get(1).filter(|v| !v.is_none()) {
        None => None,
        Some(v) => Some(buf(vm, v)?),
    };
    let strip = |c: u8| match set {
        None => is_space(c),
        Some(s) => s.contains(&c),
    };
    let mut s = 0;
    let mut e = b.len();
    if left {
        while s < e && strip(b[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && strip(b[e - 1]) {
            e -= 1;
        }
    }
    Ok(same_or_new(vm, &args[0], b, &b[s..e]))
}

fn strip(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    strip_impl(vm, args, kw, "strip", true, true)
}
fn lstrip(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    strip_impl(vm, args, kw, "lstrip", true, false)
}
fn rstrip(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    strip_impl(vm, args, kw, "rstrip", false, true)
}

fn replace(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let b = recv(vm, args, "replace")?;
    clinic_pos(vm, args, kw, "bytes", "replace", 2, 3)?;
    let old = buf(vm, &args[1])?;
    let new = buf(vm, &args[2])?;
    let count = match args.get(3) {
        Some(c) => ssize_arg(vm, c)?,
        None => -1,
    };
    let mut left = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    let n = count_sub(b, old).min(left);
    if new.len() > old.len() {
        check_size(
            vm,
            (b.len() + n.saturating_mul(new.len() - old.len())) as i64,
        )?;
    }
    let mut out = Vec::with_capacity(b.len());
    if old.is_empty() {
        for (i, &c) in b.iter().enumerate() {
            if left == 0 {
                out.extend_from_slice(&b[i..]);
                return Ok(vm.new_bytes(out));
            }
            out.extend_from_slice(new);
            out.push(c);
            left -= 1;
        }
        if left > 0 {
            out.extend_from_slice(new);
        }
        return Ok(vm.new_bytes(out));
    }
    let mut rest = b;
    while left > 0 {
        let Some(i) = find_sub(rest, old) else { break };
        out.extend_from_slice(&rest[..i]);
        out.extend_from_slice(new);
        rest = &rest[i + old.len()..];
        left -= 1;
    }
    out.extend_from_slice(rest);
    Ok(vm.new_bytes(out))
}

fn join(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let sep = recv(vm, args, "join")?.to_vec();
    let it = one_arg(vm, args, kw, "bytes", "join")?;
    let items = match it.payload() {
        Some(Payload::List(l)) if !vm.is_heap(it) => l.borrow().clone(),
        Some(Payload::Tuple(t)) if !vm.is_heap(it) => t.to_vec(),
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
            out
        }
    };
    let mut out = Vec::new();
    for (i, x) in items.iter().enumerate() {
        let Some(p) = x.as_bytes() else {
            return Err(vm.type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                vm.type_name(x)
            )));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(p);
        if out.len() > crate::runtime::binops::MAX_ALLOC_ITEMS {
            return Err(vm.memory_error());
        }
    }
    Ok(vm.new_bytes(out))
}

macro_rules! map_method {
    ($fname:ident, $pyname:literal, $op:expr) => {
        fn $fname(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
            let b = recv(vm, args, $pyname)?;
            noargs(vm, args, kw, "bytes", $pyname)?;
            let f: fn(&[u8]) -> Vec<u8> = $op;
            Ok(vm.new_bytes(f(b)))
        }
    };
}

map_method!(upper, "upper", |b| b.to_ascii_uppercase());
map_method!(lower, "lower", |b| b.to_ascii_lowercase());
map_method!(swapcase, "swapcase", |b| b
    .iter()
    .map(|&c| if c.is_ascii_uppercase() {
        c.to_ascii_lowercase()
    } else {
        c.to_ascii_uppercase()
    })
    .collect());
map_method!(capitalize, "capitalize", |b| b
    .iter()
    .enumerate()
    .map(|(i, &c)| if i == 0 {
        c.to_ascii_uppercase()
    } else {
        c.to_ascii_lowercase()
    })
    .collect());
map_method!(title, "title", |b| {
    let mut prev_cased = false;
    b.iter()
        .map(|&c| {
            let r = if prev_cased {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            };
            prev_cased = c.is_ascii_alphabetic();
            r
        })
        .collect()
});

macro_rules! pred_method {
    ($fname:ident, $pyname:literal, $op:expr) => {
        fn $fname(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
            let b = recv(vm, args, $pyname)?;
            noargs(vm, args, kw, "bytes", $pyname)?;
            let f: fn(&[u8]) -> bool = $op;
            Ok(Value::bool(f(b)))
        }
    };
}

pred_method!(isdigit, "isdigit", |b| !b.is_empty()
    && b.iter().all(|c| c.is_ascii_digit()));
pred_method!(isalpha, "isalpha", |b| !b.is_empty()
    && b.iter().all(|c| c.is_ascii_alphabetic()));
pred_method!(isalnum, "isalnum", |b| !b.is_empty()
    && b.iter().all(|c| c.is_ascii_alphanumeric()));
pred_method!(isspace, "isspace", |b| !b.is_empty()
    && b.iter().all(|&c| is_space(c)));
pred_method!(isascii, "isascii", |b| b.is_ascii());
pred_method!(islower, "islower", |b| b
    .iter()
    .any(|c| c.is_ascii_lowercase())
    && !b.iter().any(|c| c.is_ascii_uppercase()));
pred_method!(isupper, "isupper", |b| b
    .iter()
    .any(|c| c.is_ascii_uppercase())
    && !b.iter().any(|c| c.is_ascii_lowercase()));
pred_method!(istitle, "istitle", |b| {
    let (mut cased, mut prev) = (false, false);
    for &c in b {
        if c.is_ascii_uppercase() {
            if prev {
                return false;
            }
            prev = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
            if !prev {
                return false;
            }
            prev = true;
            cased = true;
        } else {
            prev = false;
        }
    }
    cased
});

fn partition_impl(vm: &mut Vm, args: &[Value], kw: Kw, right: bool) -> PyResult<Value> {
    let name = if right { "rpartition" } else { "partition" };
    let b = recv(vm, args, name)?;
    let sep = one_arg(vm, args, kw, "bytes", name)?;
    let sep = buf(vm, sep)?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let (x, y, z): (&[u8], &[u8], &[u8]) = match if right {
        rfind_sub(b, sep)
    } else {
        find_sub(b, sep)
    } {
        Some(i) => (&b[..i], &b[i..i + sep.len()], &b[i + sep.len()..]),
        None if right => (&[], &[], b),
        None => (b, &[], &[]),
    };
    let items = vec![
        vm.new_bytes(x.to_vec()),
        vm.new_bytes(y.to_vec()),
        vm.new_bytes(z.to_vec()),
    ];
    Ok(vm.new_tuple(items))
}

fn partition(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    partition_impl(vm, args, kw, false)
}
fn rpartition(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    partition_impl(vm, args, kw, true)
}

fn pad_impl(vm: &mut Vm, args: &[Value], kw: Kw, name: &str, which: u8) -> PyResult<Value> {
    let b = recv(vm, args, name)?;
    clinic_pos(vm, args, kw, "bytes", name, 1, 2)?;
    let width = ssize_arg(vm, &args[1])?;
    let fill = match args.get(2) {
        None => b' ',
        Some(v) => match v.as_bytes() {
            Some([c]) => *c,
            _ => {
                return Err(vm.type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    vm.type_name(v)
                )));
            }
        },
    };
    if width <= b.len() as i64 {
        return Ok(same_or_new(vm, &args[0], b, b));
    }
    check_size(vm, width)?;
    let marg = width as usize - b.len();
    let left = match which {
        0 => marg / 2 + (marg & width as usize & 1),
        1 => 0,
        _ => marg,
    };
    let mut out = vec![fill; left];
    out.extend_from_slice(b);
    out.resize(width as usize, fill);
    Ok(vm.new_bytes(out))
}

fn center(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    pad_impl(vm, args, kw, "center", 0)
}
fn ljust(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    pad_impl(vm, args, kw, "ljust", 1)
}
fn rjust(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    pad_impl(vm, args, kw, "rjust", 2)
}

fn zfill(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let b = recv(vm, args, "zfill")?;
    let w = one_arg(vm, args, kw, "bytes", "zfill")?;
    let width = ssize_arg(vm, w)?;
    if width <= b.len() as i64 {
        return Ok(same_or_new(vm, &args[0], b, b));
    }
    check_size(vm, width)?;
    let (sign, digits) = match b.first() {
        Some(b'+' | b'-') => b.split_at(1),
        _ => (&b[..0], b),
    };
    let mut out = sign.to_vec();
    out.resize(width as usize - digits.len(), b'0');
    out.extend_from_slice(digits);
    Ok(vm.new_bytes(out))
}

fn expandtabs(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let b = recv(vm, args, "expandtabs")?;
    let mut a = [None; 1];
    clinic_kw(vm, args, kw, "expandtabs", &["tabsize"], &mut a)?;
    let tabsize = match a[0] {
        Some(v) => cint_arg(vm, v)?,
        None => 8,
    };
    if tabsize > 0 {
        let tabs = b.iter().filter(|&&c| c == b'\t').count() as i64;
        check_size(vm, tabs.saturating_mul(tabsize))?;
    }
    let mut out = Vec::with_capacity(b.len());
    let mut col: i64 = 0;
    for &c in b {
        if c == b'\t' {
            if tabsize > 0 {
                let incr = tabsize - col % tabsize;
                col += incr;
                out.extend(std::iter::repeat_n(b' ', incr as usize));
            }
        } else {
            out.push(c);
            col += 1;
            if c == b'\n' || c == b'\r' {
                col = 0;
            }
        }
    }
    Ok(vm.new_bytes(out))
}

fn affix_remove(vm: &mut Vm, args: &[Value], kw: Kw, suffix: bool) -> PyResult<Value> {
    let name = if suffix {
        "removesuffix"
    } else {
        "removeprefix"
    };
    let b = recv(vm, args, name)?;
    let a = one_arg(vm, args, kw, "bytes", name)?;
    let a = buf(vm, a)?;
    let r = if suffix {
        if !a.is_empty() && b.ends_with(a) {
            &b[..b.len() - a.len()]
        } else {
            b
        }
    } else {
        b.strip_prefix(a).unwrap_or(b)
    };
    Ok(same_or_new(vm, &args[0], b, r))
}

fn removeprefix(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    affix_remove(vm, args, kw, false)
}
fn removesuffix(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    affix_remove(vm, args, kw, true)
}

fn translate(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let b = recv(vm, args, "translate")?;
    let npos = args.len() - kw.len();
    if npos < 2 {
        return Err(vm.type_error(format!(
            "translate() takes at least 1 positional argument ({} given)",
            npos - 1
        )));
    }
    let mut delete: Option<Value> = args.get(2).filter(|_| npos > 2).cloned();
    for (k, name) in kw.iter().enumerate() {
        if name.as_str() == "delete" && delete.is_none() {
            delete = Some(args[npos + k].clone());
        } else if name.as_str() == "delete" {
            return Err(
                vm.type_error("argument for translate() given by name ('delete') and position (2)")
            );
        } else {
            return Err(vm.type_error(format!(
                "'{}' is an invalid keyword argument for translate()",
                name.as_str()
            )));
        }
    }
    if args.len() - 1 > 2 {
        return Err(vm.type_error(format!(
            "translate() takes at most 2 arguments ({} given)",
            args.len() - 1
        )));
    }
    let table: Option<&[u8]> = if args[1].is_none() {
        None
    } else {
        Some(buf(vm, &args[1])?)
    };
    if table.is_some_and(|t| t.len() != 256) {
        return Err(vm.value_error("translation table must be 256 characters long"));
    }
    let del: &[u8] = match &delete {
        Some(d) => buf(vm, d)?,
        None => &[],
    };
    let out: Vec<u8> = b
        .iter()
        .filter(|c| !del.contains(c))
        .map(|&c| table.map_or(c, |t| t[c as usize]))
        .collect();
    Ok(vm.new_bytes(out))
}

/// `bytes.maketrans(from, to)` (a static method).
pub fn maketrans(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("bytes.maketrans() takes no keyword arguments"));
    }
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "maketrans expected 2 arguments, got {}",
            args.len()
        )));
    }
    let from = buf(vm, &args[0])?;
    let to = buf(vm, &args[1])?;
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut t: Vec<u8> = (0..=255u8).collect();
    for (&a, &b) in from.iter().zip(to) {
        t[a as usize] = b;
    }
    Ok(vm.new_bytes(t))
}

fn slot_recv<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a [u8]> {
    match args.first() {
        Some(v) => v.as_bytes().ok_or_else(|| {
            vm.type_error(format!(
                "descriptor '{name}' requires a 'bytes' object but received a '{}'",
                vm.type_name(v)
            ))
        }),
        None => Err(vm.type_error(format!(
            "descriptor '{name}' of 'bytes' object needs an argument"
        ))),
    }
}

fn dunder_len(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let b = slot_recv(vm, args, "__len__")?;
    wrapper_args(vm, args, kw, "__len__", 0)?;
    Ok(Value::Int(b.len() as i64))
}

fn dunder_contains(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let b = slot_recv(vm, args, "__contains__")?;
    wrapper_args(vm, args, kw, "__contains__", 1)?;
    let n = if let Some(x) = args[1].as_bytes() {
        x.to_vec()
    } else if as_int(&args[1]).is_some() || vm.is_heap(&args[1]) {
        needle(vm, &args[1])?
    } else {
        buf(vm, &args[1])?.to_vec()
    };
    Ok(Value::bool(find_sub(b, &n).is_some()))
}

fn dunder_getitem(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let b = slot_recv(vm, args, "__getitem__")?;
    wrapper_args(vm, args, kw, "__getitem__", 1)?;
    let key = &args[1];
    if let Some(Payload::Slice(sl)) = key.payload() {
        let sl = sl.clone();
        let si = vm.slice_indices(&sl, b.len())?;
        return Ok(vm.new_bytes(si.indices().map(|i| b[i]).collect()));
    }
    let Some(i) = vm.index_of(key)? else {
        return Err(vm.type_error(format!(
            "byte indices must be integers or slices, not {}",
            vm.type_name(key)
        )));
    };
    let j = if i < 0 { i + b.len() as i64 } else { i };
    if j < 0 || j >= b.len() as i64 {
        return Err(vm.index_error("index out of range"));
    }
    Ok(Value::Int(b[j as usize] as i64))
}

fn dunder_mod(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let b = slot_recv(vm, args, "__mod__")?.to_vec();
    wrapper_args(vm, args, kw, "__mod__", 1)?;
    crate::builtins::strformat::percent_format_bytes(vm, &b, &args[1])
}

pub const METHODS: &[(&str, NativeFn)] = &[
    ("__contains__", dunder_contains),
    ("__getitem__", dunder_getitem),
    ("__len__", dunder_len),
    ("__mod__", dunder_mod),
    ("capitalize", capitalize),
    ("center", center),
    ("count", count),
    ("decode", decode),
    ("endswith", endswith),
    ("expandtabs", expandtabs),
    ("find", find),
    ("hex", hex),
    ("index", index),
    ("isalnum", isalnum),
    ("isalpha", isalpha),
    ("isascii", isascii),
    ("isdigit", isdigit),
    ("islower", islower),
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

/// Register the `bytes` methods, `bytes.fromhex` (a class method), `bytes.maketrans`
/// (a static method) and `str.maketrans`. Runs after `misc::install`, so these
/// entries replace any earlier ones.
pub fn install(vm: &mut Vm) {
    use crate::builtins::classes::{add_methods, set_type_attr};
    let bytes = vm.types().bytes.clone();
    add_methods(vm, &bytes, METHODS);
    let f = vm.new_builtin("fromhex", fromhex);
    let cm = vm.new_object(&vm.types().classmethod.clone(), Payload::ClassMethod(f));
    set_type_attr(vm, &bytes, "fromhex", cm);
    let f = vm.new_builtin("maketrans", maketrans);
    let sm = vm.new_object(&vm.types().staticmethod.clone(), Payload::StaticMethod(f));
    set_type_attr(vm, &bytes, "maketrans", sm);
    crate::builtins::str::install_static(vm);
}
