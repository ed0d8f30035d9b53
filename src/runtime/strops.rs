//! Python `str` method semantics on Rust `&str`: splitting, searching, case mapping,
//! predicates, padding, `repr()`/`ascii()` of str and bytes, and index clamping.
//!
//! Python strings are sequences of code points and so are Rust `char`s, so every index
//! here (start/end arguments, results of `find`) counts code points, never bytes.
//! Character properties come from `unicode_data.rs`, generated from CPython 3.11 itself
//! (Unicode 14.0.0), so `'x'.isalpha()` and friends agree with the interpreter we match
//! even where Rust's newer Unicode tables differ. Case mappings use Rust's full
//! mappings (verified against CPython for every assigned code point; the four
//! differences are listed in `NO_UPPER_IN_PY311`) gated by CPython's assigned set.
//!
//! Functions mirror the CPython algorithms in `Objects/unicodeobject.c` and
//! `Objects/stringlib/`; where a CPython method raises, the caller raises, and the
//! function returns a `Result` carrying CPython's message.

mod unicode_data;

use unicode_data as ud;

// ---------------------------------------------------------------------------
// Character properties
// ---------------------------------------------------------------------------

const fn build_ascii_flags() -> [u16; 128] {
    let mut out = [0u16; 128];
    let mut run = 0;
    let mut cp = 0;
    while cp < 128 {
        while run + 1 < ud::RUN_STARTS.len() && ud::RUN_STARTS[run + 1] <= cp as u32 {
            run += 1;
        }
        out[cp] = ud::CLASS_FLAGS[ud::RUN_CLASS[run] as usize];
        cp += 1;
    }
    out
}

static ASCII_FLAGS: [u16; 128] = build_ascii_flags();

fn run_index(cp: u32) -> usize {
    ud::RUN_STARTS.partition_point(|&s| s <= cp) - 1
}

fn flags(c: char) -> u16 {
    let cp = c as u32;
    if cp < 128 {
        ASCII_FLAGS[cp as usize]
    } else {
        ud::CLASS_FLAGS[ud::RUN_CLASS[run_index(cp)] as usize]
    }
}

/// `Py_UNICODE_ISSPACE`: the whitespace of `str.split()`, `str.strip()` and `str.isspace()`.
pub fn is_space(c: char) -> bool {
    match c {
        ' ' | '\t'..='\r' | '\x1c'..='\x1f' => true,
        _ if (c as u32) < 128 => false,
        _ => flags(c) & ud::SPACE != 0,
    }
}
/// `Py_UNICODE_ISPRINTABLE`: false for categories Cc Cf Cs Co Cn Zl Zp and Zs except space.
pub fn is_printable(c: char) -> bool {
    flags(c) & ud::PRINTABLE != 0
}
/// `Py_UNICODE_ISALPHA`: categories Lm Lt Lu Ll Lo.
pub fn is_alpha(c: char) -> bool {
    flags(c) & ud::ALPHA != 0
}
/// `Py_UNICODE_ISDECIMAL`: characters with a decimal digit value (category Nd).
pub fn is_decimal(c: char) -> bool {
    flags(c) & ud::DECIMAL != 0
}
/// `Py_UNICODE_ISDIGIT`: characters with a digit value (Nd and e.g. superscripts).
pub fn is_digit(c: char) -> bool {
    flags(c) & ud::DIGIT != 0
}
/// `Py_UNICODE_ISNUMERIC`: characters with any numeric value (incl. fractions, CJK numerals).
pub fn is_numeric(c: char) -> bool {
    flags(c) & ud::NUMERIC != 0
}
/// `Py_UNICODE_ISALNUM`.
pub fn is_alnum(c: char) -> bool {
    flags(c) & (ud::ALPHA | ud::DECIMAL | ud::DIGIT | ud::NUMERIC) != 0
}
/// `Py_UNICODE_ISLOWER` (the Lowercase property).
pub fn is_lower(c: char) -> bool {
    flags(c) & ud::LOWER != 0
}
/// `Py_UNICODE_ISUPPER` (the Uppercase property).
pub fn is_upper(c: char) -> bool {
    flags(c) & ud::UPPER != 0
}
/// `Py_UNICODE_ISTITLE` (category Lt).
pub fn is_titlecase(c: char) -> bool {
    flags(c) & ud::TITLE != 0
}
/// `_PyUnicode_IsCased`.
pub fn is_cased(c: char) -> bool {
    flags(c) & ud::CASED != 0
}
/// `_PyUnicode_IsCaseIgnorable`.
pub fn is_case_ignorable(c: char) -> bool {
    flags(c) & ud::CASE_IGNORABLE != 0
}
/// `_PyUnicode_IsXidStart` (`_` is handled by [`is_identifier`]).
pub fn is_xid_start(c: char) -> bool {
    flags(c) & ud::XID_START != 0
}
/// `_PyUnicode_IsXidContinue`.
pub fn is_xid_continue(c: char) -> bool {
    flags(c) & ud::XID_CONTINUE != 0
}
/// `Py_UNICODE_ISLINEBREAK`: the line boundaries of `str.splitlines()`.
pub fn is_linebreak(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}
/// `Py_UNICODE_TODECIMAL`: the value of a decimal digit of any script (`'٣'` is 3).
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii_digit() {
        return Some(c as u32 - '0' as u32);
    }
    let cp = c as u32;
    if cp < 128 || flags(c) & ud::DECIMAL == 0 {
        return None;
    }
    Some((cp - ud::RUN_STARTS[run_index(cp)]) % 10)
}

// ---------------------------------------------------------------------------
// Case mapping
// ---------------------------------------------------------------------------

/// Characters Rust's newer Unicode uppercases but CPython 3.11 (Unicode 14) leaves alone.
const NO_UPPER_IN_PY311: [char; 4] = ['\u{19B}', '\u{264}', '\u{A7D3}', '\u{A7D5}'];

fn unassigned(c: char) -> bool {
    flags(c) & ud::UNASSIGNED != 0
}

/// Append `_PyUnicode_ToUpperFull(c)`.
pub fn push_upper(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else if unassigned(c) || NO_UPPER_IN_PY311.contains(&c) {
        out.push(c);
    } else {
        out.extend(c.to_uppercase());
    }
}

/// Append `_PyUnicode_ToLowerFull(c)` (no Final_Sigma context: see [`lower`]).
pub fn push_lower(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else if unassigned(c) {
        out.push(c);
    } else {
        out.extend(c.to_lowercase());
    }
}

/// Append `_PyUnicode_ToTitleFull(c)`.
pub fn push_title(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else if let Ok(i) = ud::TITLECASE.binary_search_by(|(k, _)| k.cmp(&c)) {
        out.push_str(ud::TITLECASE[i].1);
    } else {
        push_upper(out, c);
    }
}

/// CPython's `handle_capital_sigma`: is the U+03A3 at `chars[i]` word-final?
fn final_sigma(chars: &[char], i: usize) -> bool {
    let before = chars[..i].iter().rev().find(|&&c| !is_case_ignorable(c));
    if !before.is_some_and(|&c| is_cased(c)) {
        return false;
    }
    let after = chars[i + 1..].iter().find(|&&c| !is_case_ignorable(c));
    !after.is_some_and(|&c| is_cased(c))
}

/// CPython's `lower_ucs4`: lowercase `chars[i]` honouring Final_Sigma.
fn push_lower_at(out: &mut String, chars: &[char], i: usize) {
    if chars[i] == '\u{3A3}' {
        out.push(if final_sigma(chars, i) {
            '\u{3C2}'
        } else {
            '\u{3C3}'
        });
    } else {
        push_lower(out, chars[i]);
    }
}

/// `str.upper()`.
pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    s.chars().for_each(|c| push_upper(&mut out, c));
    out
}

/// `str.lower()`.
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    (0..chars.len()).for_each(|i| push_lower_at(&mut out, &chars, i));
    out
}

/// `str.casefold()`: full case folding (lowercasing plus the `CASEFOLD` exceptions).
pub fn casefold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match ud::CASEFOLD.binary_search_by(|(k, _)| k.cmp(&c)) {
            Ok(i) => out.push_str(ud::CASEFOLD[i].1),
            Err(_) => push_lower(&mut out, c),
        }
    }
    out
}

/// `str.swapcase()`.
pub fn swapcase(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if is_upper(c) {
            push_lower_at(&mut out, &chars, i);
        } else if is_lower(c) {
            push_upper(&mut out, c);
        } else {
            out.push(c);
        }
    }
    out
}

/// `str.capitalize()` (3.8+): first character titlecased, the rest lowercased.
pub fn capitalize(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    if let Some(&first) = chars.first() {
        push_title(&mut out, first);
    }
    (1..chars.len()).for_each(|i| push_lower_at(&mut out, &chars, i));
    out
}

/// `str.title()`: titlecase after an uncased character, lowercase after a cased one.
pub fn title(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut previous_is_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if previous_is_cased {
            push_lower_at(&mut out, &chars, i);
        } else {
            push_title(&mut out, c);
        }
        previous_is_cased = is_cased(c);
    }
    out
}

// ---------------------------------------------------------------------------
// Predicates
// ---------------------------------------------------------------------------

fn all_nonempty(s: &str, f: impl Fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(f)
}

/// `str.isspace()`.
pub fn isspace(s: &str) -> bool {
    all_nonempty(s, is_space)
}
/// `str.isalpha()`.
pub fn isalpha(s: &str) -> bool {
    all_nonempty(s, is_alpha)
}
/// `str.isalnum()`.
pub fn isalnum(s: &str) -> bool {
    all_nonempty(s, is_alnum)
}
/// `str.isdecimal()`.
pub fn isdecimal(s: &str) -> bool {
    all_nonempty(s, is_decimal)
}
/// `str.isdigit()`.
pub fn isdigit(s: &str) -> bool {
    all_nonempty(s, is_digit)
}
/// `str.isnumeric()`.
pub fn isnumeric(s: &str) -> bool {
    all_nonempty(s, is_numeric)
}
/// `str.isprintable()` (true for the empty string).
pub fn isprintable(s: &str) -> bool {
    s.chars().all(is_printable)
}
/// `str.isascii()` (true for the empty string).
pub fn isascii(s: &str) -> bool {
    s.is_ascii()
}

/// `str.islower()`: no uppercase or titlecase characters and at least one lowercase.
pub fn islower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_upper(c) || is_titlecase(c) {
            return false;
        }
        cased |= is_lower(c);
    }
    cased
}

/// `str.isupper()`: no lowercase or titlecase characters and at least one uppercase.
pub fn isupper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_lower(c) || is_titlecase(c) {
            return false;
        }
        cased |= is_upper(c);
    }
    cased
}

/// `str.istitle()`.
pub fn istitle(s: &str) -> bool {
    let (mut cased, mut previous_is_cased) = (false, false);
    for c in s.chars() {
        if is_upper(c) || is_titlecase(c) {
            if previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else if is_lower(c) {
            if !previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    cased
}

/// `str.isidentifier()`.
pub fn isidentifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if c == '_' || is_xid_start(c) => it.all(is_xid_continue),
        _ => false,
    }
}

// ---------------------------------------------------------------------------
// Indices
// ---------------------------------------------------------------------------

/// Number of code points: Python's `len(s)`.
pub fn char_count(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// Byte offset of code point `idx` (or `s.len()` when `idx >= char_count(s)`).
pub fn byte_offset(s: &str, idx: usize) -> usize {
    if s.is_ascii() {
        idx.min(s.len())
    } else {
        s.char_indices().nth(idx).map_or(s.len(), |(b, _)| b)
    }
}

/// CPython's `ADJUST_INDICES` for `find`/`count`/`startswith`...: negative values count
/// from the end and clamp at 0, `end` clamps at `len`; `start` may exceed `end` or `len`
/// (callers treat that as an empty range). `None` means 0 / `len`.
pub fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> (usize, usize) {
    let len_i = len as i64;
    let end = match end {
        None => len,
        Some(e) if e > len_i => len,
        Some(e) if e < 0 => (e + len_i).max(0) as usize,
        Some(e) => e as usize,
    };
    let start = match start {
        None => 0,
        Some(s) if s < 0 => (s + len_i).max(0) as usize,
        Some(s) => s as usize,
    };
    (start, end)
}

/// `PySlice_Unpack` + `PySlice_AdjustIndices`: returns `(start, stop, step, slicelength)`.
/// `step` must not be `Some(0)` (the caller raises `slice step cannot be zero`).
pub fn slice_indices(
    start: Option<i64>,
    stop: Option<i64>,
    step: Option<i64>,
    len: usize,
) -> (i64, i64, i64, usize) {
    let step = step.unwrap_or(1).max(-i64::MAX);
    debug_assert!(step != 0, "slice step cannot be zero");
    let len = len as i64;
    let clamp = |v: Option<i64>, none: i64| -> i64 {
        let v = v.unwrap_or(none);
        if v < 0 {
            let v = v + len;
            if v < 0 {
                if step < 0 { -1 } else { 0 }
            } else {
                v
            }
        } else if v >= len {
            if step < 0 { len - 1 } else { len }
        } else {
            v
        }
    };
    let start = clamp(start, if step < 0 { i64::MAX } else { 0 });
    let stop = clamp(stop, if step < 0 { i64::MIN } else { i64::MAX });
    let n = if step < 0 {
        if stop < start {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    (start, stop, step, n as usize)
}

/// The byte range of code points `[start, end)` (both already clamped to `<= len`).
fn byte_range(s: &str, start: usize, end: usize) -> (usize, usize) {
    if s.is_ascii() {
        return (start, end);
    }
    let mut bs = s.len();
    let mut be = s.len();
    for (i, (b, _)) in s.char_indices().enumerate() {
        if i == start {
            bs = b;
        }
        if i == end {
            be = b;
            break;
        }
    }
    (bs, be)
}

/// Clamp as CPython does and return the byte window, or `None` if `sub` cannot fit.
fn window<'a>(
    s: &'a str,
    sub: &str,
    start: Option<i64>,
    end: Option<i64>,
) -> Option<(&'a str, usize)> {
    let len = char_count(s);
    let (start, end) = adjust_indices(start, end, len);
    if end < start || end - start < char_count(sub) {
        return None;
    }
    let (bs, be) = byte_range(s, start, end);
    Some((&s[bs..be], start))
}

/// Byte offset of the first `needle` in `hay`: a SIMD search (`memchr`), much faster than
/// `str::find` for the short separators scripts use. Matches of valid UTF-8 in valid
/// UTF-8 always start on a character boundary.
#[inline]
pub fn find_str(hay: &str, needle: &str) -> Option<usize> {
    match needle.as_bytes() {
        [b] => memchr::memchr(*b, hay.as_bytes()),
        n => memchr::memmem::find(hay.as_bytes(), n),
    }
}

/// A needle searched for many times (split, replace): the searcher is built once, where
/// `find_str` in a loop would rebuild it for every match.
#[allow(clippy::large_enum_variant)] // one short-lived value on the stack per call
enum Needle<'n> {
    Byte(u8),
    Fwd(memchr::memmem::Finder<'n>),
}

impl<'n> Needle<'n> {
    fn new(needle: &'n str) -> Needle<'n> {
        match needle.as_bytes() {
            [b] => Needle::Byte(*b),
            n => Needle::Fwd(memchr::memmem::Finder::new(n)),
        }
    }

    #[inline]
    fn find(&self, hay: &str) -> Option<usize> {
        match self {
            // A short haystack (a field being split) is scanned in line: the SIMD
            // search costs more to set up than it saves there.
            Needle::Byte(b) if hay.len() < 32 => hay.bytes().position(|c| c == *b),
            Needle::Byte(b) => memchr::memchr(*b, hay.as_bytes()),
            Needle::Fwd(f) => f.find(hay.as_bytes()),
        }
    }
}

/// Byte offset of the last `needle` in `hay` (see [`find_str`]).
#[inline]
pub fn rfind_str(hay: &str, needle: &str) -> Option<usize> {
    match needle.as_bytes() {
        [b] => memchr::memrchr(*b, hay.as_bytes()),
        n => memchr::memmem::rfind(hay.as_bytes(), n),
    }
}

/// `str.find(sub, start, end)`: code point index or -1.
pub fn find(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    match window(s, sub, start, end) {
        Some((w, off)) => find_str(w, sub).map_or(-1, |b| (off + char_count(&w[..b])) as i64),
        None => -1,
    }
}

/// `str.rfind(sub, start, end)`: code point index or -1.
pub fn rfind(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    match window(s, sub, start, end) {
        Some((w, off)) => rfind_str(w, sub).map_or(-1, |b| (off + char_count(&w[..b])) as i64),
        None => -1,
    }
}

/// `str.count(sub, start, end)`: non-overlapping occurrences; `len + 1` for `''`.
pub fn count(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> usize {
    match window(s, sub, start, end) {
        Some((w, _)) if sub.is_empty() => char_count(w) + 1,
        Some((w, _)) => memchr::memmem::find_iter(w.as_bytes(), sub.as_bytes()).count(),
        None => 0,
    }
}

/// `str.startswith(prefix, start, end)` for one prefix.
pub fn startswith(s: &str, prefix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    window(s, prefix, start, end).is_some_and(|(w, _)| w.starts_with(prefix))
}

/// `str.endswith(suffix, start, end)` for one suffix.
pub fn endswith(s: &str, suffix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    window(s, suffix, start, end).is_some_and(|(w, _)| w.ends_with(suffix))
}

// ---------------------------------------------------------------------------
// Splitting, stripping, replacing
// ---------------------------------------------------------------------------

/// CPython's message for an empty separator in `split`, `rsplit`, `partition`...
pub const EMPTY_SEPARATOR: &str = "empty separator";

fn maxcount(maxsplit: i64) -> usize {
    if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    }
}

/// `str.split(sep, maxsplit)`; `sep = None` splits on runs of whitespace. Each part is
/// handed to `make` as it is found, so the caller builds its objects straight into the
/// result (no vector of slices first).
pub fn split<'a, T>(
    s: &'a str,
    sep: Option<&str>,
    maxsplit: i64,
    mut make: impl FnMut(&'a str) -> T,
) -> Result<Vec<T>, String> {
    let mut left = maxcount(maxsplit);
    // Room for a typical short split from the start (growing from empty is a call).
    let mut out = Vec::with_capacity(4);
    match sep {
        Some("") => return Err(EMPTY_SEPARATOR.into()),
        Some(sep) => {
            let mut rest = s;
            let needle = Needle::new(sep);
            if let [b] = sep.as_bytes()
                && s.len() >= 32
            {
                // A long string split by one byte: count the parts first (one SIMD pass),
                // so the list of parts is allocated once.
                let parts = memchr::memchr_iter(*b, s.as_bytes()).count().min(left) + 1;
                out = Vec::with_capacity(parts);
            }
            while left > 0 {
                let Some(i) = needle.find(rest) else { break };
                out.push(make(&rest[..i]));
                rest = &rest[i + sep.len()..];
                left -= 1;
            }
            out.push(make(rest));
        }
        None => {
            let mut rest = s.trim_start_matches(is_space);
            while !rest.is_empty() {
                if left == 0 {
                    out.push(make(rest));
                    break;
                }
                let end = rest.find(is_space).unwrap_or(rest.len());
                out.push(make(&rest[..end]));
                rest = rest[end..].trim_start_matches(is_space);
                left -= 1;
            }
        }
    }
    Ok(out)
}

/// `str.rsplit(sep, maxsplit)`.
pub fn rsplit<'a>(s: &'a str, sep: Option<&str>, maxsplit: i64) -> Result<Vec<&'a str>, String> {
    let mut left = maxcount(maxsplit);
    let mut out = Vec::new();
    match sep {
        Some("") => return Err(EMPTY_SEPARATOR.into()),
        Some(sep) => {
            let mut rest = s;
            while left > 0 {
                let Some(i) = rfind_str(rest, sep) else { break };
                out.push(&rest[i + sep.len()..]);
                rest = &rest[..i];
                left -= 1;
            }
            out.push(rest);
        }
        None => {
            let mut rest = s.trim_end_matches(is_space);
            while !rest.is_empty() {
                if left == 0 {
                    out.push(rest);
                    break;
                }
                let start = rest
                    .char_indices()
                    .rev()
                    .find(|&(_, c)| is_space(c))
                    .map_or(0, |(i, c)| i + c.len_utf8());
                out.push(&rest[start..]);
                rest = rest[..start].trim_end_matches(is_space);
                left -= 1;
            }
        }
    }
    out.reverse();
    Ok(out)
}

/// `str.splitlines(keepends)`: `\r\n` is one boundary; see [`is_linebreak`].
pub fn splitlines(s: &str, keepends: bool) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if !is_linebreak(c) {
            continue;
        }
        let mut next = i + c.len_utf8();
        if c == '\r' && it.peek().is_some_and(|&(_, n)| n == '\n') {
            it.next();
            next += 1;
        }
        out.push(&s[start..if keepends { next } else { i }]);
        start = next;
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    out
}

/// `str.partition(sep)`.
pub fn partition<'a>(s: &'a str, sep: &str) -> Result<(&'a str, &'a str, &'a str), String> {
    if sep.is_empty() {
        return Err(EMPTY_SEPARATOR.into());
    }
    Ok(match find_str(s, sep) {
        Some(i) => (&s[..i], &s[i..i + sep.len()], &s[i + sep.len()..]),
        None => (s, "", ""),
    })
}

/// `str.rpartition(sep)`.
pub fn rpartition<'a>(s: &'a str, sep: &str) -> Result<(&'a str, &'a str, &'a str), String> {
    if sep.is_empty() {
        return Err(EMPTY_SEPARATOR.into());
    }
    Ok(match rfind_str(s, sep) {
        Some(i) => (&s[..i], &s[i..i + sep.len()], &s[i + sep.len()..]),
        None => ("", "", s),
    })
}

/// `str.strip(chars)`; `None` strips whitespace.
pub fn strip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    rstrip(lstrip(s, chars), chars)
}

/// `str.lstrip(chars)`.
pub fn lstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    match chars {
        None => s.trim_start_matches(is_space),
        Some(set) => s.trim_start_matches(|c| set.contains(c)),
    }
}

/// `str.rstrip(chars)`.
pub fn rstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    match chars {
        None => s.trim_end_matches(is_space),
        Some(set) => s.trim_end_matches(|c| set.contains(c)),
    }
}

/// `str.removeprefix(prefix)`.
pub fn removeprefix<'a>(s: &'a str, prefix: &str) -> &'a str {
    s.strip_prefix(prefix).unwrap_or(s)
}

/// `str.removesuffix(suffix)`.
pub fn removesuffix<'a>(s: &'a str, suffix: &str) -> &'a str {
    if suffix.is_empty() {
        s
    } else {
        s.strip_suffix(suffix).unwrap_or(s)
    }
}

/// `str.replace(old, new, count)`; `count < 0` replaces all. An empty `old` inserts
/// `new` before every character and at the end (`'ab'.replace('', '-') == '-a-b-'`).
pub fn replace(s: &str, old: &str, new: &str, count: i64) -> String {
    let mut left = maxcount(count);
    if old.is_empty() {
        let mut out = String::with_capacity(s.len() + new.len() * (s.len() + 1).min(left));
        for (i, c) in s.char_indices() {
            if left == 0 {
                out.push_str(&s[i..]);
                return out;
            }
            out.push_str(new);
            out.push(c);
            left -= 1;
        }
        if left > 0 {
            out.push_str(new);
        }
        return out;
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    let needle = Needle::new(old);
    while left > 0 {
        let Some(i) = needle.find(rest) else { break };
        out.push_str(&rest[..i]);
        out.push_str(new);
        rest = &rest[i + old.len()..];
        left -= 1;
    }
    out.push_str(rest);
    out
}

/// `str.expandtabs(tabsize)`: only `\n` and `\r` reset the column.
pub fn expandtabs(s: &str, tabsize: i64) -> String {
    let mut out = String::with_capacity(s.len());
    let mut col: i64 = 0;
    for c in s.chars() {
        if c == '\t' {
            if tabsize > 0 {
                let incr = tabsize - col % tabsize;
                col += incr;
                out.extend(std::iter::repeat_n(' ', incr as usize));
            }
        } else {
            out.push(c);
            col += 1;
            if c == '\n' || c == '\r' {
                col = 0;
            }
        }
    }
    out
}

// ---------------------------------------------------------------------------
// Padding
// ---------------------------------------------------------------------------

fn pad(s: &str, left: usize, right: usize, fill: char) -> String {
    let mut out = String::with_capacity(s.len() + (left + right) * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    out
}

fn margin(s: &str, width: i64) -> Option<usize> {
    let len = char_count(s) as i64;
    (width > len).then(|| (width - len) as usize)
}

/// `str.center(width, fillchar)`: CPython puts the odd extra fill on the left only when
/// both the margin and `width` are odd (`'abc'.center(6) == ' abc  '`).
pub fn center(s: &str, width: i64, fill: char) -> String {
    match margin(s, width) {
        Some(marg) => {
            let left = marg / 2 + (marg & width as usize & 1);
            pad(s, left, marg - left, fill)
        }
        None => s.to_string(),
    }
}

/// `str.ljust(width, fillchar)`.
pub fn ljust(s: &str, width: i64, fill: char) -> String {
    margin(s, width).map_or_else(|| s.to_string(), |m| pad(s, 0, m, fill))
}

/// `str.rjust(width, fillchar)`.
pub fn rjust(s: &str, width: i64, fill: char) -> String {
    margin(s, width).map_or_else(|| s.to_string(), |m| pad(s, m, 0, fill))
}

/// `str.zfill(width)`: pad with zeros after a leading sign.
pub fn zfill(s: &str, width: i64) -> String {
    match margin(s, width) {
        Some(m) => {
            let (sign, digits) = match s.as_bytes().first() {
                Some(b'+' | b'-') => s.split_at(1),
                _ => ("", s),
            };
            let mut out = String::with_capacity(s.len() + m);
            out.push_str(sign);
            out.extend(std::iter::repeat_n('0', m));
            out.push_str(digits);
            out
        }
        None => s.to_string(),
    }
}

// ---------------------------------------------------------------------------
// repr
// ---------------------------------------------------------------------------

fn push_hex_escape(out: &mut String, c: char) {
    use std::fmt::Write;
    let cp = c as u32;
    let _ = match cp {
        0..=0xff => write!(out, "\\x{cp:02x}"),
        0x100..=0xffff => write!(out, "\\u{cp:04x}"),
        _ => write!(out, "\\U{cp:08x}"),
    };
}

/// `repr(str)`: single quotes unless the text has `'` and no `"`.
pub fn str_repr(s: &str) -> String {
    repr_impl(s, false)
}

/// `ascii(str)`: `repr` with every non-ASCII character escaped.
pub fn ascii_repr(s: &str) -> String {
    repr_impl(s, true)
}

fn repr_impl(s: &str, ascii_only: bool) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            _ if c == quote => {
                out.push('\\');
                out.push(c);
            }
            ' '..='\x7e' => out.push(c),
            _ if (c as u32) > 0x7f && is_printable(c) && !ascii_only => out.push(c),
            _ => push_hex_escape(&mut out, c),
        }
    }
    out.push(quote);
    out
}

/// `repr(bytes)`: `b'...'`, double quotes if the data has `'` and no `"`.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            _ if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            b' '..=b'\x7e' => out.push(c as char),
            _ => push_hex_escape(&mut out, c as char),
        }
    }
    out.push(quote as char);
    out
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod search_tests {
    use super::*;

    #[test]
    fn simd_search_agrees_with_str_find() {
        let hays = [
            "",
            "a",
            "abcabc",
            "żółw,żółw",
            "x::y::z",
            "ééé",
            "a\u{1F600}b\u{1F600}",
        ];
        let needles = [
            "",
            "a",
            "b",
            "c",
            "bc",
            "ó",
            "żółw",
            ",",
            "::",
            "é",
            "\u{1F600}",
            "zz",
        ];
        for h in hays {
            for n in needles {
                assert_eq!(find_str(h, n), h.find(n), "find {n:?} in {h:?}");
                assert_eq!(rfind_str(h, n), h.rfind(n), "rfind {n:?} in {h:?}");
            }
        }
    }
}
