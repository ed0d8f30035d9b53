//! Text to number and back: the accepted syntax of `int(s, base)` and `float(s)`,
//! their error messages, and `hex()`/`oct()`/`bin()`-style radix conversion.
//!
//! Both parsers first do what CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`
//! does: a non-ASCII whitespace character becomes a space, a decimal digit of any
//! script becomes its ASCII digit, and anything else non-ASCII poisons the input. Only
//! then are surrounding ASCII spaces (`' \t\n\v\f\r'`, `Py_ISSPACE`) stripped, which is
//! why `int('\x1c1')` fails although `'\x1c'.isspace()`. The grammars follow
//! `PyLong_FromString` and `_Py_string_to_number_with_underscores` + `PyOS_string_to_double`.

use std::borrow::Cow;

use num_bigint::{BigInt, Sign};
use num_traits::Zero;

use super::strops::{decimal_value, is_space, str_repr};

/// CPython's default `sys.get_int_max_str_digits()`: the most decimal digits that
/// `int(str)` and `str(int)` convert (powers-of-two bases are not limited).
pub const INT_MAX_STR_DIGITS: usize = 4300;

/// Message of the `ValueError` for a `base` argument outside 0 and 2..=36.
pub const INT_BASE_ERROR: &str = "int() base must be >= 2 and <= 36, or 0";

/// Why `int(s, base)` failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseIntError {
    /// Not a valid literal: raise `ValueError(int_error_message(s, base))`.
    Invalid,
    /// More than the allowed decimal digits: raise `ValueError(to_int_limit_message(..))`.
    TooManyDigits(usize),
}

/// `ValueError` text for a rejected `int(s, base)`: the repr is cut at 200 characters
/// like CPython's `%.200R`.
pub fn int_error_message(s: &str, base: u32) -> String {
    let repr = str_repr(s);
    let cut: String = repr.chars().take(200).collect();
    format!("invalid literal for int() with base {base}: {cut}")
}

/// `ValueError` text for `int(s)` of a string with too many digits.
pub fn to_int_limit_message(digits: usize) -> String {
    format!(
        "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion: \
         value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
    )
}

/// `ValueError` text for `str(n)` (and decimal formatting) of a too-long int.
pub fn to_str_limit_message() -> String {
    format!(
        "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit"
    )
}

/// `ValueError` text for a rejected `float(s)`.
pub fn float_error_message(s: &str) -> String {
    format!("could not convert string to float: {}", str_repr(s))
}

/// `_PyUnicode_TransformDecimalAndSpaceToASCII`; non-convertible characters become `?`.
fn to_ascii(s: &str) -> Cow<'_, [u8]> {
    if s.is_ascii() {
        return Cow::Borrowed(s.as_bytes());
    }
    let out = s
        .chars()
        .map(|c| match c {
            _ if c.is_ascii() => c as u8,
            _ if is_space(c) => b' ',
            _ => decimal_value(c).map_or(b'?', |d| b'0' + d as u8),
        })
        .collect();
    Cow::Owned(out)
}

/// `Py_ISSPACE`.
fn is_c_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t'..=b'\r')
}

fn trim_c_space(mut b: &[u8]) -> &[u8] {
    while let [first, rest @ ..] = b {
        if !is_c_space(*first) {
            break;
        }
        b = rest;
    }
    while let [rest @ .., last] = b {
        if !is_c_space(*last) {
            break;
        }
        b = rest;
    }
    b
}

fn digit_value(b: u8) -> u32 {
    match b {
        b'0'..=b'9' => u32::from(b - b'0'),
        b'a'..=b'z' => u32::from(b - b'a') + 10,
        b'A'..=b'Z' => u32::from(b - b'A') + 10,
        _ => 99,
    }
}

/// `int(s, base)` for `base` 0 or 2..=36; `None` when `s` is not a valid literal.
/// No digit limit: see [`parse_int_checked`].
pub fn parse_int(s: &str, base: u32) -> Option<BigInt> {
    parse_int_checked(s, base, usize::MAX).ok()
}

/// `int(s, base)` with CPython's limit on decimal digits (`max_digits`, normally
/// [`INT_MAX_STR_DIGITS`]); bases that are powers of two are never limited.
pub fn parse_int_checked(s: &str, base: u32, max_digits: usize) -> Result<BigInt, ParseIntError> {
    assert!(base == 0 || (2..=36).contains(&base), "{INT_BASE_ERROR}");
    let buf = to_ascii(s);
    let mut p = trim_c_space(&buf);
    let negative = match p.first() {
        Some(b'-') => {
            p = &p[1..];
            true
        }
        Some(b'+') => {
            p = &p[1..];
            false
        }
        _ => false,
    };
    let prefix_base = match p {
        [b'0', b'x' | b'X', ..] => 16,
        [b'0', b'o' | b'O', ..] => 8,
        [b'0', b'b' | b'B', ..] => 2,
        _ => 0,
    };
    let mut base = base;
    let mut must_be_zero = false;
    if base == 0 {
        base = if prefix_base != 0 { prefix_base } else { 10 };
        must_be_zero = prefix_base == 0 && p.first() == Some(&b'0');
    }
    if prefix_base != 0 && prefix_base == base {
        p = &p[2..];
        if p.first() == Some(&b'_') {
            p = &p[1..]; // one underscore may follow the prefix
        }
    }
    // Digits with single underscores between them (as CPython, scan the digit run
    // first: the digit limit is checked before trailing garbage).
    let mut digits = Vec::with_capacity(p.len());
    let mut prev_underscore = true; // no leading underscore
    let mut run_end = p.len();
    for (i, &b) in p.iter().enumerate() {
        if b == b'_' {
            if prev_underscore {
                return Err(ParseIntError::Invalid);
            }
            prev_underscore = true;
        } else if digit_value(b) < base {
            digits.push(b);
            prev_underscore = false;
        } else {
            run_end = i;
            break;
        }
    }
    if prev_underscore && run_end > 0 {
        return Err(ParseIntError::Invalid); // trailing underscore
    }
    if !base.is_power_of_two() && digits.len() > max_digits {
        return Err(ParseIntError::TooManyDigits(digits.len()));
    }
    if digits.is_empty() || run_end != p.len() {
        return Err(ParseIntError::Invalid);
    }
    let v = BigInt::parse_bytes(&digits, base).ok_or(ParseIntError::Invalid)?;
    if must_be_zero && !v.is_zero() {
        return Err(ParseIntError::Invalid);
    }
    Ok(if negative { -v } else { v })
}

/// Fast path for the common case: optional sign and ASCII decimal digits fitting an
/// `i64`, nothing else. `None` means "use [`parse_int`]", not "invalid".
pub fn parse_i64_fast(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    let (neg, digits) = match b.first()? {
        b'-' => (true, &b[1..]),
        b'+' => (false, &b[1..]),
        _ => (false, b),
    };
    if digits.is_empty() || digits.len() > 18 {
        return None; // 18 digits always fit; longer ones take the slow path
    }
    let mut v: i64 = 0;
    for &d in digits {
        if !d.is_ascii_digit() {
            return None;
        }
        v = v * 10 + i64::from(d - b'0');
    }
    Some(if neg { -v } else { v })
}

/// `float(s)`: surrounding whitespace, sign, `inf`/`infinity`/`nan` in any case,
/// digits with single underscores between digits, optional fraction and exponent.
/// Correctly rounded; overflow gives an infinity as in CPython.
pub fn parse_float(s: &str) -> Option<f64> {
    let buf = to_ascii(s);
    if buf.contains(&b'_') && !underscores_ok(&buf) {
        return None;
    }
    let p = trim_c_space(&buf);
    let clean: Vec<u8> = p.iter().copied().filter(|&b| b != b'_').collect();
    let (neg, body) = match clean.first()? {
        b'-' => (true, &clean[1..]),
        b'+' => (false, &clean[1..]),
        _ => (false, &clean[..]),
    };
    let lower = body.to_ascii_lowercase();
    let magnitude = match &lower[..] {
        b"inf" | b"infinity" => f64::INFINITY,
        b"nan" => f64::NAN,
        _ if is_decimal_float(body) => std::str::from_utf8(body).ok()?.parse::<f64>().ok()?,
        _ => return None,
    };
    Some(if neg { -magnitude } else { magnitude })
}

/// `_Py_string_to_number_with_underscores`: each `_` must sit between two digits.
fn underscores_ok(b: &[u8]) -> bool {
    let mut prev = 0u8;
    for &c in b {
        if c == b'_' {
            if !prev.is_ascii_digit() {
                return false;
            }
        } else if prev == b'_' && !c.is_ascii_digit() {
            return false;
        }
        prev = c;
    }
    prev != b'_'
}

/// `digits [. digits] [e [sign] digits]` or `. digits [...]`, at least one mantissa digit.
fn is_decimal_float(b: &[u8]) -> bool {
    let int_len = b.iter().take_while(|c| c.is_ascii_digit()).count();
    let mut i = int_len;
    let mut frac_len = 0;
    if b.get(i) == Some(&b'.') {
        i += 1;
        frac_len = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        i += frac_len;
    }
    if int_len + frac_len == 0 {
        return false;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let exp_len = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        if exp_len == 0 {
            return false;
        }
        i += exp_len;
    }
    i == b.len()
}

/// `v` in `radix` (2..=36, lowercase digits), with CPython's `0b`/`0o`/`0x` prefix after
/// the sign when `prefix` is set and the radix is 2, 8 or 16: `hex(-255) == '-0xff'`.
pub fn int_to_string_radix(v: &BigInt, radix: u32, prefix: bool) -> String {
    let digits = v.magnitude().to_str_radix(radix);
    let pre = match (prefix, radix) {
        (true, 2) => "0b",
        (true, 8) => "0o",
        (true, 16) => "0x",
        _ => "",
    };
    let sign = if v.sign() == Sign::Minus { "-" } else { "" };
    format!("{sign}{pre}{digits}")
}

/// `str(int)` with CPython's digit limit.
pub fn int_to_decimal_string(v: &BigInt) -> Result<String, String> {
    let s = v.to_string();
    let digits = s.len() - usize::from(v.sign() == Sign::Minus);
    if digits > INT_MAX_STR_DIGITS {
        return Err(to_str_limit_message());
    }
    Ok(s)
}

#[cfg(test)]
mod tests;
