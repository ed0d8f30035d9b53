//! CPython's number and string formatting: `repr(float)`, `format(x, spec)` /
//! `str.format` for int, float and str, the `%` operator's conversions, and `round()`.
//!
//! The code follows CPython 3.11 closely, function by function, because exactness is
//! the point: `Python/formatter_unicode.c` (spec parsing, `calc_number_widths`,
//! `fill_number`, thousands grouping), `Python/pystrtod.c` (`format_float_short`, the
//! layout of digits), `Objects/unicodeobject.c` (`%` formatting) and
//! `Objects/floatobject.c` (`round`).
//!
//! Digit generation (David Gay's `_Py_dg_dtoa` in CPython) uses Rust's float
//! formatting, which is exact: `{:e}` yields the shortest round-tripping digits
//! (dtoa mode 0), `{:.N e}` and `{:.N}` yield correctly rounded digits with ties to
//! even on the exact binary value (modes 2 and 3). Only `round()` with a negative
//! `ndigits` needs more: it rounds the exact expansion by hand.
//!
//! The locale is CPython's default "C" locale for `LC_NUMERIC`, so `n` groups nothing.

use std::fmt::Write;

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

use super::numparse::{INT_MAX_STR_DIGITS, to_str_limit_message};
use super::strops::{char_count, decimal_value};

/// A formatting failure and the Python exception class it maps to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormatError {
    /// Raise `ValueError(message)`.
    Value(String),
    /// Raise `OverflowError(message)`.
    Overflow(String),
}

impl FormatError {
    /// The exception message.
    pub fn message(&self) -> &str {
        match self {
            FormatError::Value(m) | FormatError::Overflow(m) => m,
        }
    }
}

fn value_err<T>(msg: impl Into<String>) -> Result<T, FormatError> {
    Err(FormatError::Value(msg.into()))
}

// ---------------------------------------------------------------------------
// Float to text: PyOS_double_to_string
// ---------------------------------------------------------------------------

/// Flags of `PyOS_double_to_string` (`Py_DTSF_*`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DtoaFlags {
    /// Always write a sign (`Py_DTSF_SIGN`).
    pub sign: bool,
    /// Write `.0` after an integral value (`Py_DTSF_ADD_DOT_0`), as repr does.
    pub add_dot_0: bool,
    /// Alternate form: keep the decimal point and trailing zeros (`Py_DTSF_ALT`).
    pub alt: bool,
    /// Drop the sign of a result that rounds to zero (`Py_DTSF_NO_NEG_0`, the `z` option).
    pub no_neg_0: bool,
}

/// The digit string of `_Py_dg_dtoa` for finite `x >= 0`: significant digits without
/// trailing zeros, and `decpt`, the position of the decimal point (value is
/// `0.DIGITS * 10**decpt`). Mode 0: shortest round-trip; mode 2: `n` (>= 1)
/// significant digits; mode 3: rounded at `n` digits after the point (any sign of `n`).
fn dtoa(x: f64, mode: u8, n: i32) -> (Vec<u8>, i32) {
    if x == 0.0 {
        return (vec![b'0'], 1);
    }
    match mode {
        0 => sci_digits(&format!("{x:e}")),
        2 => sci_digits(&format!("{:.*e}", (n.max(1) - 1) as usize, x)),
        _ if n >= 0 => {
            let s = format!("{:.*}", n as usize, x);
            let int_len = s.find('.').unwrap_or(s.len()) as i32;
            let all: Vec<u8> = s.bytes().filter(|&b| b != b'.').collect();
            let zeros = all.iter().take_while(|&&b| b == b'0').count();
            if zeros == all.len() {
                return (Vec::new(), -n); // rounds to zero: dtoa's "no digits" case
            }
            let mut digits = all[zeros..].to_vec();
            strip_trailing_zeros(&mut digits);
            (digits, int_len - zeros as i32)
        }
        _ => {
            // Negative n (only round() asks): round the exact expansion by hand.
            let (digits, decpt) = sci_digits(&format!("{x:.767e}"));
            round_half_even(digits, decpt, decpt + n).unwrap_or((Vec::new(), -n))
        }
    }
}

/// Digits and `decpt` from Rust's `d.ddde±x` form.
fn sci_digits(s: &str) -> (Vec<u8>, i32) {
    let (mant, exp) = s.split_once('e').expect("exponent form");
    let mut digits: Vec<u8> = mant.bytes().filter(|&b| b != b'.').collect();
    strip_trailing_zeros(&mut digits);
    (digits, exp.parse::<i32>().expect("exponent") + 1)
}

fn strip_trailing_zeros(d: &mut Vec<u8>) {
    while d.len() > 1 && d.last() == Some(&b'0') {
        d.pop();
    }
}

/// Keep `keep` leading digits of an exact expansion, rounding half to even;
/// `None` when the result is zero.
fn round_half_even(mut digits: Vec<u8>, mut decpt: i32, keep: i32) -> Option<(Vec<u8>, i32)> {
    if keep < 0 {
        return None;
    }
    let keep = keep as usize;
    if keep >= digits.len() {
        return Some((digits, decpt));
    }
    let first = digits[keep];
    let rest_nonzero = digits[keep + 1..].iter().any(|&d| d != b'0');
    let prev_odd = keep > 0 && (digits[keep - 1] - b'0') % 2 == 1;
    let up = first > b'5' || (first == b'5' && (rest_nonzero || prev_odd));
    digits.truncate(keep);
    if up {
        let mut i = keep;
        loop {
            if i == 0 {
                digits.insert(0, b'1');
                decpt += 1;
                break;
            }
            i -= 1;
            if digits[i] == b'9' {
                digits[i] = b'0';
            } else {
                digits[i] += 1;
                break;
            }
        }
    }
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    (!digits.is_empty()).then_some((digits, decpt))
}

/// `PyOS_double_to_string(val, code, precision, flags)`: `code` is one of
/// `e E f F g G r` (`r` = repr, precision ignored). Upper-case codes give `E`, `INF`, `NAN`.
pub fn double_to_string(val: f64, code: char, precision: usize, flags: DtoaFlags) -> String {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    let (mode, precision) = match code {
        'e' => (2, precision as isize + 1),
        'f' => (3, precision as isize),
        'g' => (2, precision.max(1) as isize),
        'r' => (0, 0),
        _ => panic!("double_to_string: bad format code {code:?}"),
    };
    let mut out = String::new();
    if !val.is_finite() {
        if val.is_sign_negative() && val.is_infinite() {
            out.push('-');
        } else if flags.sign {
            out.push('+');
        }
        out.push_str(match (val.is_nan(), upper) {
            (true, false) => "nan",
            (true, true) => "NAN",
            (false, false) => "inf",
            (false, true) => "INF",
        });
        return out;
    }
    let clamp = precision.min(i32::MAX as isize) as i32;
    let (digits, decpt) = dtoa(val.abs(), mode, clamp);
    let mut negative = val.is_sign_negative();
    if flags.no_neg_0 && negative && (digits.is_empty() || digits == b"0") {
        negative = false;
    }
    let digits_len = digits.len() as isize;
    let mut decpt = decpt as isize;
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            use_exp = decpt <= -4 || decpt > limit;
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => use_exp = decpt <= -4 || decpt > 16,
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    let floor = if !use_exp && flags.add_dot_0 {
        decpt + 1
    } else {
        decpt
    };
    vdigits_end = vdigits_end.max(floor);

    let zeros =
        |out: &mut String, n: isize| out.extend(std::iter::repeat_n('0', n.max(0) as usize));
    let text = |d: &[u8]| std::str::from_utf8(d).expect("ascii digits").to_owned();
    if negative {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        out.push_str(&text(&digits[..decpt as usize]));
        out.push('.');
        out.push_str(&text(&digits[decpt as usize..]));
    } else {
        out.push_str(&text(&digits));
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        let _ = write!(out, "{exp:+03}");
    }
    out
}

/// `repr(float)` (and `str(float)`): shortest round-trip digits, exponent form when the
/// decimal exponent is < -4 or >= 16, `.0` on integral values.
pub fn float_repr(x: f64) -> String {
    let flags = DtoaFlags {
        add_dot_0: true,
        ..DtoaFlags::default()
    };
    double_to_string(x, 'r', 0, flags)
}

/// `'%.{precision}g'`-style text (also `G` when `upper`, `#` when `alternate`).
pub fn float_to_string_g(v: f64, precision: usize, upper: bool, alternate: bool) -> String {
    let flags = DtoaFlags {
        alt: alternate,
        ..DtoaFlags::default()
    };
    double_to_string(v, if upper { 'G' } else { 'g' }, precision, flags)
}

// ---------------------------------------------------------------------------
// round()
// ---------------------------------------------------------------------------

/// `round(x)` with no `ndigits`: nearest integer, ties to even, still as a float (the
/// caller converts, raising for inf/nan).
pub fn round_half_even_f64(x: f64) -> f64 {
    x.round_ties_even()
}

/// `round(x, ndigits)` for a float: correctly rounded, ties to even on the exact
/// binary value (`round(2.675, 2) == 2.67`). Fails only when rounding overflows.
pub fn round_f64(x: f64, ndigits: i64) -> Result<f64, FormatError> {
    const NDIGITS_MAX: i64 = 323; // (DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103
    const NDIGITS_MIN: i64 = -308; // -(DBL_MAX_EXP + 1) * 0.30103
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let (digits, decpt) = dtoa(x.abs(), 3, ndigits as i32);
    let text = std::str::from_utf8(&digits).expect("ascii digits");
    let sign = if x.is_sign_negative() { "-" } else { "" };
    let literal = format!("{sign}0{text}e{}", decpt as i64 - digits.len() as i64);
    let rounded: f64 = literal.parse().expect("valid float literal");
    if rounded.is_infinite() {
        return Err(FormatError::Overflow(
            "rounded value too large to represent".into(),
        ));
    }
    Ok(rounded)
}

// ---------------------------------------------------------------------------
// Format specifications
// ---------------------------------------------------------------------------

/// A parsed `format_spec`: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatSpec {
    /// Fill character (`' '` by default, `'0'` after the `0` flag).
    pub fill: char,
    /// `<`, `>`, `^` or `=`; `None` means the type's default.
    pub align: Option<char>,
    /// `+`, `-` or `' '` when given.
    pub sign: Option<char>,
    /// `z`: coerce negative zero to zero (floats only).
    pub no_neg_zero: bool,
    /// `#`.
    pub alternate: bool,
    /// The `0` flag was given (without an explicit fill): numbers default to `=` alignment.
    pub zero: bool,
    /// Minimum width.
    pub width: Option<usize>,
    /// `,` or `_`.
    pub grouping: Option<char>,
    /// Digits after `.`.
    pub precision: Option<usize>,
    /// Presentation type.
    pub ty: Option<char>,
    /// `type(obj).__name__` of the formatted object, for error messages.
    pub type_name: String,
}

/// CPython's `get_integer`: decimal digits of any script; `Ok(None)` if none.
fn spec_integer(chars: &[char], pos: &mut usize) -> Result<Option<usize>, FormatError> {
    let mut acc: Option<usize> = None;
    while let Some(d) = chars.get(*pos).and_then(|&c| decimal_value(c)) {
        let v = acc.unwrap_or(0);
        if v > (isize::MAX as usize - d as usize) / 10 {
            return value_err("Too many decimal digits in format string");
        }
        acc = Some(v * 10 + d as usize);
        *pos += 1;
    }
    Ok(acc)
}

/// Parse a format spec (`parse_internal_render_format_spec` minus the type-dependent
/// checks, which the `format_*` functions make). `type_name` is the object's type name.
pub fn parse_format_spec(spec: &str, type_name: &str) -> Result<FormatSpec, FormatError> {
    let chars: Vec<char> = spec.chars().collect();
    let is_align = |c: Option<&char>| matches!(c, Some('<' | '>' | '=' | '^'));
    let mut f = FormatSpec {
        fill: ' ',
        align: None,
        sign: None,
        no_neg_zero: false,
        alternate: false,
        zero: false,
        width: None,
        grouping: None,
        precision: None,
        ty: None,
        type_name: type_name.to_string(),
    };
    let mut pos = 0;
    let mut fill_given = false;
    if chars.len() >= 2 && is_align(chars.get(1)) {
        f.fill = chars[0];
        f.align = Some(chars[1]);
        fill_given = true;
        pos = 2;
    } else if is_align(chars.first()) {
        f.align = Some(chars[0]);
        pos = 1;
    }
    if let Some(&c @ ('+' | '-' | ' ')) = chars.get(pos) {
        f.sign = Some(c);
        pos += 1;
    }
    if chars.get(pos) == Some(&'z') {
        f.no_neg_zero = true;
        pos += 1;
    }
    if chars.get(pos) == Some(&'#') {
        f.alternate = true;
        pos += 1;
    }
    if !fill_given && chars.get(pos) == Some(&'0') {
        f.fill = '0';
        f.zero = true;
        pos += 1;
    }
    f.width = spec_integer(&chars, &mut pos)?;
    if chars.get(pos) == Some(&',') {
        f.grouping = Some(',');
        pos += 1;
    }
    if chars.get(pos) == Some(&'_') {
        if f.grouping.is_some() {
            return value_err("Cannot specify both ',' and '_'.");
        }
        f.grouping = Some('_');
        pos += 1;
    }
    if chars.get(pos) == Some(&',') && f.grouping == Some('_') {
        return value_err("Cannot specify both ',' and '_'.");
    }
    if chars.get(pos) == Some(&'.') {
        pos += 1;
        f.precision = spec_integer(&chars, &mut pos)?;
        if f.precision.is_none() {
            return value_err("Format specifier missing precision");
        }
    }
    match chars.len() - pos {
        0 => {}
        1 => f.ty = Some(chars[pos]),
        _ => {
            return value_err(format!(
                "Invalid format specifier '{spec}' for object of type '{type_name}'"
            ));
        }
    }
    Ok(f)
}

/// `'c'` for printable ASCII, else `'\xNN'` (CPython's message style for codes).
fn code_text(c: char) -> String {
    let cp = c as u32;
    if cp > 32 && cp < 128 {
        c.to_string()
    } else {
        format!("\\x{cp:x}")
    }
}

fn unknown_code(ty: char, type_name: &str) -> FormatError {
    FormatError::Value(format!(
        "Unknown format code '{}' for object of type '{type_name}'",
        code_text(ty)
    ))
}

/// The type-dependent part of CPython's spec validation: which types allow grouping.
/// Returns the digits per group (3, or 4 for `_` with `b o x X`).
fn check_grouping(spec: &FormatSpec, effective_ty: Option<char>) -> Result<usize, FormatError> {
    let Some(sep) = spec.grouping else {
        return Ok(3);
    };
    match effective_ty {
        None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => Ok(3),
        Some('b' | 'o' | 'x' | 'X') if sep == '_' => Ok(4),
        Some(t) => value_err(format!("Cannot specify '{sep}' with '{}'.", code_text(t))),
    }
}

// ---------------------------------------------------------------------------
// Number layout: calc_number_widths + fill_number
// ---------------------------------------------------------------------------

/// `_PyUnicode_InsertThousandsGrouping`: group `digits` from the right, padding with
/// zeros on the left until `min_width` characters are produced.
fn group_digits(digits: &str, min_width: isize, sep: Option<char>, group: usize) -> String {
    let d = digits.as_bytes();
    let mut min_width = min_width.max(0);
    let mut remaining = d.len() as isize;
    let Some(sep) = sep else {
        let len = remaining.max(min_width).max(1);
        let mut out = "0".repeat((len - remaining).max(0) as usize);
        out.push_str(digits);
        return out;
    };
    let mut pieces: Vec<String> = Vec::new();
    loop {
        let len = (group as isize).min(remaining.max(min_width).max(1));
        let n_zeros = (len - remaining).max(0) as usize;
        let n_chars = remaining.min(len).max(0) as usize;
        let end = remaining as usize;
        let mut piece = "0".repeat(n_zeros);
        piece.push_str(&digits[end - n_chars..end]);
        pieces.push(piece);
        remaining -= n_chars as isize;
        min_width -= len;
        if remaining <= 0 && min_width <= 0 {
            break;
        }
        min_width -= 1; // the separator
    }
    pieces.reverse();
    pieces.join(sep.encode_utf8(&mut [0; 4]))
}

/// The parts of a formatted number, before padding.
struct Number<'a> {
    negative: bool,
    prefix: &'a str,
    digits: &'a str,
    has_decimal: bool,
    remainder: &'a str,
}

/// `calc_number_widths` + `fill_number`.
fn layout_number(n: &Number, spec: &FormatSpec, group: usize, upper: bool) -> String {
    let align = spec.align.unwrap_or(if spec.zero { '=' } else { '>' });
    let sign = match (spec.sign, n.negative) {
        (_, true) => Some('-'),
        (Some('+'), false) => Some('+'),
        (Some(' '), false) => Some(' '),
        _ => None,
    };
    let width = spec.width.map_or(-1, |w| w as isize);
    let fixed = sign.is_some() as isize
        + n.prefix.len() as isize
        + n.has_decimal as isize
        + char_count(n.remainder) as isize;
    let min_width = if spec.fill == '0' && align == '=' {
        width - fixed
    } else {
        0
    };
    let grouped = if n.digits.is_empty() {
        String::new()
    } else {
        group_digits(n.digits, min_width, spec.grouping, group)
    };
    let padding = (width - fixed - grouped.len() as isize).max(0) as usize;
    let (lpad, spad, rpad) = match align {
        '<' => (0, 0, padding),
        '^' => (padding / 2, 0, padding - padding / 2),
        '=' => (0, padding, 0),
        _ => (padding, 0, 0),
    };
    let mut out = String::with_capacity(padding + fixed as usize + grouped.len());
    let fill = |out: &mut String, k: usize| out.extend(std::iter::repeat_n(spec.fill, k));
    fill(&mut out, lpad);
    out.extend(sign);
    if upper {
        out.push_str(&n.prefix.to_ascii_uppercase());
    } else {
        out.push_str(n.prefix);
    }
    fill(&mut out, spad);
    if upper {
        out.push_str(&grouped.to_ascii_uppercase());
    } else {
        out.push_str(&grouped);
    }
    if n.has_decimal {
        out.push('.');
    }
    out.push_str(n.remainder);
    fill(&mut out, rpad);
    out
}

// ---------------------------------------------------------------------------
// format(int, spec)
// ---------------------------------------------------------------------------

/// Sign and magnitude of an integer, from either representation.
enum IntArg<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntArg<'_> {
    fn negative(&self) -> bool {
        match self {
            IntArg::Small(v) => *v < 0,
            IntArg::Big(v) => v.sign() == Sign::Minus,
        }
    }
    fn magnitude(&self, radix: u32) -> String {
        match (self, radix) {
            (IntArg::Small(v), 2) => format!("{:b}", v.unsigned_abs()),
            (IntArg::Small(v), 8) => format!("{:o}", v.unsigned_abs()),
            (IntArg::Small(v), 16) => format!("{:x}", v.unsigned_abs()),
            (IntArg::Small(v), _) => v.unsigned_abs().to_string(),
            (IntArg::Big(v), _) => v.magnitude().to_str_radix(radix),
        }
    }
    fn to_f64(&self) -> Result<f64, FormatError> {
        let f = match self {
            IntArg::Small(v) => *v as f64,
            IntArg::Big(v) => v.to_f64().unwrap_or(f64::INFINITY),
        };
        if f.is_finite() {
            Ok(f)
        } else {
            Err(FormatError::Overflow(
                "int too large to convert to float".into(),
            ))
        }
    }
    fn to_i64(&self) -> Option<i64> {
        match self {
            IntArg::Small(v) => Some(*v),
            IntArg::Big(v) => v.to_i64(),
        }
    }
}

/// Decimal digits of `|v|`, refusing more than CPython's `int_max_str_digits`.
fn decimal_magnitude(v: &IntArg) -> Result<String, FormatError> {
    let s = v.magnitude(10);
    if s.len() > INT_MAX_STR_DIGITS {
        return value_err(to_str_limit_message());
    }
    Ok(s)
}

/// `format(v, spec)` for an int: types `b c d o x X n`, none, and `e E f F g G %`
/// (through float, as CPython does).
pub fn format_int(v: &BigInt, spec: &FormatSpec) -> Result<String, FormatError> {
    match v.to_i64() {
        Some(small) => format_int_arg(&IntArg::Small(small), spec),
        None => format_int_arg(&IntArg::Big(v), spec),
    }
}

/// [`format_int`] for a machine integer (no allocation of a big integer).
pub fn format_i64(v: i64, spec: &FormatSpec) -> Result<String, FormatError> {
    format_int_arg(&IntArg::Small(v), spec)
}

fn format_int_arg(v: &IntArg, spec: &FormatSpec) -> Result<String, FormatError> {
    let ty = spec.ty.unwrap_or('d');
    let group = check_grouping(spec, Some(ty))?;
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => return format_float(v.to_f64()?, spec),
        _ => return Err(unknown_code(ty, &spec.type_name)),
    }
    if spec.precision.is_some() {
        return value_err("Precision not allowed in integer format specifier");
    }
    if spec.no_neg_zero {
        return value_err("Negative zero coercion (z) not allowed in integer format specifier");
    }
    if ty == 'c' {
        if spec.sign.is_some() {
            return value_err("Sign not allowed with integer format specifier 'c'");
        }
        if spec.alternate {
            return value_err("Alternate form (#) not allowed with integer format specifier 'c'");
        }
        let Some(code) = v.to_i64() else {
            return Err(FormatError::Overflow(
                "Python int too large to convert to C long".into(),
            ));
        };
        let ch = char_from_code(code)?;
        let text = ch.to_string();
        let n = Number {
            negative: false,
            prefix: "",
            digits: "",
            has_decimal: false,
            remainder: &text,
        };
        return Ok(layout_number(&n, spec, group, false));
    }
    let (radix, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let digits = if radix == 10 {
        decimal_magnitude(v)?
    } else {
        v.magnitude(radix)
    };
    let n = Number {
        negative: v.negative(),
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        has_decimal: false,
        remainder: "",
    };
    // `n` uses the C locale: no grouping (and `check_grouping` refused `,`/`_` with it).
    Ok(layout_number(&n, spec, group, ty == 'X'))
}

/// The character for `%c` / `format(i, 'c')`, or CPython's OverflowError.
pub fn char_from_code(code: i64) -> Result<char, FormatError> {
    if !(0..0x110000).contains(&code) {
        return Err(FormatError::Overflow(
            "%c arg not in range(0x110000)".into(),
        ));
    }
    char::from_u32(code as u32).ok_or_else(|| {
        FormatError::Value(format!(
            "surrogate code point U+{code:04X} cannot be represented"
        ))
    })
}

// ---------------------------------------------------------------------------
// format(float, spec)
// ---------------------------------------------------------------------------

/// `format(v, spec)` for a float: types `e E f F g G n %` and none (like `g` with at
/// least one digit after the point, `repr` when there is no precision).
pub fn format_float(v: f64, spec: &FormatSpec) -> Result<String, FormatError> {
    let group = check_grouping(spec, spec.ty)?;
    let mut ty = match spec.ty {
        None => 'r',
        Some(t @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%')) => t,
        Some(t) => return Err(unknown_code(t, &spec.type_name)),
    };
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return value_err("precision too big");
    }
    let mut flags = DtoaFlags {
        alt: spec.alternate,
        no_neg_0: spec.no_neg_zero,
        add_dot_0: ty == 'r',
        ..DtoaFlags::default()
    };
    let default_precision = if ty == 'r' { 0 } else { 6 };
    if ty == 'n' {
        ty = 'g';
    }
    let mut val = v;
    let add_pct = ty == '%';
    if add_pct {
        ty = 'f';
        val *= 100.0;
    }
    let precision = match spec.precision {
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p
        }
        None => default_precision,
    };
    flags.sign = false;
    let mut buf = double_to_string(val, ty, precision, flags);
    if add_pct {
        buf.push('%');
    }
    let (negative, body) = match buf.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, &buf[..]),
    };
    let n_digits = body.bytes().take_while(u8::is_ascii_digit).count();
    let has_decimal = body[n_digits..].starts_with('.');
    let n = Number {
        negative,
        prefix: "",
        digits: &body[..n_digits],
        has_decimal,
        remainder: &body[n_digits + has_decimal as usize..],
    };
    Ok(layout_number(&n, spec, group, false))
}

// ---------------------------------------------------------------------------
// format(str, spec)
// ---------------------------------------------------------------------------

/// `format(s, spec)` for a str: type `s` or none; precision truncates.
pub fn format_str(s: &str, spec: &FormatSpec) -> Result<String, FormatError> {
    check_grouping(spec, Some(spec.ty.unwrap_or('s')))?;
    match spec.ty {
        None | Some('s') => {}
        Some(t) => return Err(unknown_code(t, &spec.type_name)),
    }
    match spec.sign {
        Some(' ') => return value_err("Space not allowed in string format specifier"),
        Some(_) => return value_err("Sign not allowed in string format specifier"),
        None => {}
    }
    if spec.no_neg_zero {
        return value_err("Negative zero coercion (z) not allowed in string format specifier");
    }
    if spec.alternate {
        return value_err("Alternate form (#) not allowed in string format specifier");
    }
    if spec.align == Some('=') {
        return value_err("'=' alignment not allowed in string format specifier");
    }
    let len = char_count(s);
    let (text, len) = match spec.precision {
        Some(p) if p < len => {
            let end = s.char_indices().nth(p).map_or(s.len(), |(b, _)| b);
            (&s[..end], p)
        }
        _ => (s, len),
    };
    let total = spec.width.unwrap_or(0).max(len);
    let left = match spec.align.unwrap_or('<') {
        '>' => total - len,
        '^' => (total - len) / 2,
        _ => 0,
    };
    let mut out = String::with_capacity(text.len() + total - len);
    out.extend(std::iter::repeat_n(spec.fill, left));
    out.push_str(text);
    out.extend(std::iter::repeat_n(spec.fill, total - len - left));
    Ok(out)
}

// ---------------------------------------------------------------------------
// The % operator
// ---------------------------------------------------------------------------

/// One `%` conversion specifier: `%[(key)][flags][width][.precision][hlL]type`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PercentSpec {
    /// `%(key)s`: look the argument up in the mapping.
    pub key: Option<String>,
    /// `-`: left-justify.
    pub left: bool,
    /// `+`: always write a sign.
    pub sign: bool,
    /// `' '`: a space for non-negative numbers.
    pub blank: bool,
    /// `#`: alternate form (`0x`/`0o` prefixes, keep float point and zeros).
    pub alternate: bool,
    /// `0`: pad numbers with zeros.
    pub zero: bool,
    /// Minimum width.
    pub width: Option<usize>,
    /// Width is `*`: take it from the arguments and call [`PercentSpec::set_star_width`].
    pub width_star: bool,
    /// Precision.
    pub precision: Option<usize>,
    /// Precision is `*`: call [`PercentSpec::set_star_precision`].
    pub precision_star: bool,
    /// Conversion character; `'%'` for the literal `%%` only when `literal` is set.
    pub ty: char,
    /// `%%`: write one `%` and consume no argument.
    pub literal: bool,
    /// Byte offset of `ty` in the format string (for [`unsupported_format_char`]).
    pub ty_pos: usize,
}

impl PercentSpec {
    /// Apply a `*` width taken from the arguments: negative means left-justified.
    pub fn set_star_width(&mut self, w: i64) {
        if w < 0 {
            self.left = true;
        }
        self.width = Some(w.unsigned_abs() as usize);
    }

    /// Apply a `*` precision taken from the arguments: negative means 0.
    pub fn set_star_precision(&mut self, p: i64) {
        self.precision = Some(p.max(0) as usize);
    }
}

/// Parse one specifier; `pos` is the byte offset just after the `%`. Returns the spec and
/// the byte offset after its conversion character. Errors are CPython's ValueErrors
/// (`incomplete format`, `incomplete format key`, `width too big`, `precision too big`).
/// Arguments are the caller's: it fetches `*` values, the `(key)` item, and the
/// value, and then raises [`unsupported_format_char`] for a `ty` that no
/// `percent_format_*` function takes.
pub fn parse_percent_spec(fmt: &str, pos: usize) -> Result<(PercentSpec, usize), FormatError> {
    // Only the spec's own characters: a `(key)`, then flags, width, precision and
    // length modifiers, then the conversion character (not the rest of the format).
    // All but the conversion character are ASCII, so they are read as bytes (a byte
    // of a multi-byte character never equals an ASCII one).
    let rest = &fmt[pos..];
    let bytes = rest.as_bytes();
    let at = |i: usize| bytes.get(i).copied();
    let mut spec = PercentSpec::default();
    // The common bare conversion (`%s`, `%d`): nothing else to read.
    if let Some(c) = at(0)
        && c.is_ascii_alphabetic()
        && !matches!(c, b'h' | b'l' | b'L')
    {
        spec.ty = c as char;
        spec.ty_pos = pos;
        return Ok((spec, pos + 1));
    }
    if at(0) == Some(b'%') {
        spec.ty = '%';
        spec.literal = true;
        spec.ty_pos = pos;
        return Ok((spec, pos + 1));
    }
    let mut i = 0;
    if at(0) == Some(b'(') {
        let mut depth = 1;
        i = 1;
        while depth > 0 {
            match at(i) {
                None => return value_err("incomplete format key"),
                Some(b'(') => depth += 1,
                Some(b')') => depth -= 1,
                Some(_) => {}
            }
            i += 1;
        }
        spec.key = Some(rest[1..i - 1].to_string());
    }
    while let Some(c @ (b'-' | b'+' | b' ' | b'#' | b'0')) = at(i) {
        match c {
            b'-' => spec.left = true,
            b'+' => spec.sign = true,
            b' ' => spec.blank = true,
            b'#' => spec.alternate = true,
            _ => spec.zero = true,
        }
        i += 1;
    }
    let number = |i: &mut usize, limit: usize, msg: &str| -> Result<Option<usize>, FormatError> {
        let mut acc: Option<usize> = None;
        while let Some(d) = at(*i)
            .filter(u8::is_ascii_digit)
            .map(|c| (c - b'0') as usize)
        {
            let v = acc.unwrap_or(0);
            if v > (limit - d) / 10 {
                return value_err(msg);
            }
            acc = Some(v * 10 + d);
            *i += 1;
        }
        Ok(acc)
    };
    if at(i) == Some(b'*') {
        spec.width_star = true;
        i += 1;
    } else {
        spec.width = number(&mut i, isize::MAX as usize, "width too big")?;
    }
    if at(i) == Some(b'.') {
        i += 1;
        if at(i) == Some(b'*') {
            spec.precision_star = true;
            i += 1;
        } else {
            spec.precision =
                Some(number(&mut i, i32::MAX as usize, "precision too big")?.unwrap_or(0));
        }
    }
    if let Some(b'h' | b'l' | b'L') = at(i) {
        i += 1;
    }
    // `i` follows ASCII bytes (or the key's `)`): a character boundary.
    match rest[i..].chars().next() {
        Some(c) => {
            spec.ty = c;
            spec.ty_pos = pos + i;
            Ok((spec, pos + i + c.len_utf8()))
        }
        None => value_err("incomplete format"),
    }
}

/// CPython's ValueError for a conversion character it does not know.
pub fn unsupported_format_char(fmt: &str, ty_pos: usize) -> FormatError {
    let c = fmt[ty_pos..].chars().next().unwrap_or('?');
    let shown = if (' '..='~').contains(&c) || c == '\x1f' {
        c
    } else {
        '?'
    };
    FormatError::Value(format!(
        "unsupported format character '{shown}' (0x{:x}) at index {}",
        c as u32,
        char_count(&fmt[..ty_pos])
    ))
}

/// `unicode_format_arg_output`: sign, `0x` prefix and padding of one converted value.
/// `numeric` is CPython's `arg->sign`: set for the integer and float conversions.
fn percent_output(body: &str, spec: &PercentSpec, numeric: bool) -> String {
    let chars: Vec<char> = body.chars().collect();
    let mut len = chars.len() as isize;
    let fill = if numeric && spec.zero { '0' } else { ' ' };
    let mut width = spec.width.map_or(-1, |w| w as isize);
    let prec = spec.precision.map_or(-1, |p| p as isize);
    if (width == -1 || width <= len) && (prec == -1 || prec >= len) && !(spec.sign || spec.blank) {
        return body.to_string();
    }
    if matches!(spec.ty, 's' | 'r' | 'a') && prec >= 0 && len > prec {
        len = prec;
    }
    let mut pindex = 0usize;
    let mut sign = numeric;
    let mut signchar = '\0';
    if sign {
        match chars.first() {
            Some(&c @ ('-' | '+')) => {
                signchar = c;
                len -= 1;
                pindex += 1;
            }
            _ if spec.sign => signchar = '+',
            _ if spec.blank => signchar = ' ',
            _ => sign = false,
        }
    }
    width = width.max(len);
    let mut out = String::with_capacity(width.max(0) as usize + 2);
    let pad =
        |out: &mut String, c: char, n: isize| out.extend(std::iter::repeat_n(c, n.max(0) as usize));
    if sign {
        if fill != ' ' {
            out.push(signchar);
        }
        if width > len {
            width -= 1;
        }
    }
    let prefixed = spec.alternate && matches!(spec.ty, 'x' | 'X' | 'o');
    if prefixed {
        if fill != ' ' {
            out.push('0');
            out.push(spec.ty);
            pindex += 2;
        }
        width = (width - 2).max(0);
        len -= 2;
    }
    if width > len && !spec.left {
        pad(&mut out, fill, width - len);
        width = len;
    }
    if fill == ' ' {
        if sign {
            out.push(signchar);
        }
        if prefixed {
            out.push('0');
            out.push(spec.ty);
            pindex += 2;
        }
    }
    out.extend(&chars[pindex..pindex + len.max(0) as usize]);
    pad(&mut out, ' ', width - len);
    out
}

/// `%d %i %u %o %x %X` of an int (the caller has applied `int()` to floats for d/i/u).
pub fn percent_format_int(v: &BigInt, spec: &PercentSpec) -> Result<String, FormatError> {
    let arg = match v.to_i64() {
        Some(small) => IntArg::Small(small),
        None => IntArg::Big(v),
    };
    let (radix, prefix) = match spec.ty {
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let digits = if radix == 10 {
        decimal_magnitude(&arg)?
    } else {
        arg.magnitude(radix)
    };
    let mut body = String::with_capacity(digits.len() + 4);
    if arg.negative() {
        body.push('-');
    }
    if spec.alternate {
        body.push_str(prefix);
    }
    if let Some(p) = spec.precision {
        body.extend(std::iter::repeat_n('0', p.saturating_sub(digits.len())));
    }
    body.push_str(&digits);
    if spec.ty == 'X' {
        body.make_ascii_uppercase();
    }
    Ok(percent_output(&body, spec, true))
}

/// `%e %E %f %F %g %G` of a float (default precision 6).
pub fn percent_format_float(v: f64, spec: &PercentSpec) -> String {
    let flags = DtoaFlags {
        alt: spec.alternate,
        ..DtoaFlags::default()
    };
    let body = double_to_string(v, spec.ty, spec.precision.unwrap_or(6), flags);
    percent_output(&body, spec, true)
}

/// `%c` of a character (the caller checks the argument: an int via [`char_from_code`]
/// or a str of length 1, else TypeError `%c requires int or char`).
pub fn percent_format_char(c: char, spec: &PercentSpec) -> String {
    percent_output(c.encode_utf8(&mut [0; 4]), spec, false)
}

/// `%s %r %a` of the already converted text: precision truncates, width pads.
pub fn percent_format_str(s: &str, spec: &PercentSpec) -> String {
    percent_output(s, spec, false)
}

#[cfg(test)]
mod tests;
