//! String and bytes literals: finding where a literal ends, and decoding its body
//! (escape sequences, line continuations, newline normalisation) the way CPython 3.11 does.
//!
//! Decoding errors reproduce CPython's messages, including the `position a-b` numbers of
//! the `unicodeescape` codec. Those count bytes of the buffer CPython actually decodes, in
//! which every non-ASCII character has been rewritten as a 10-byte `\UXXXXXXXX` escape
//! (and a backslash before one as `\u005c`); `escape_pos` mirrors that.
//!
//! Rust `char` cannot hold a surrogate, so `\ud800`-style escapes decode to U+FFFD
//! (CPython keeps the lone surrogate in the string).

use super::unicode_data::NAMES;

/// The parts of a scanned literal, as byte offsets into the source.
#[derive(Debug, Clone, Copy)]
pub(super) struct Span {
    pub body_start: usize,
    pub body_end: usize,
    /// Offset just past the closing quote(s).
    pub end: usize,
}

/// Why a literal could not be scanned: it is unterminated.
#[derive(Debug)]
pub(super) struct Unterminated {
    pub triple: bool,
    /// Where the lexer noticed: a newline (single-quoted) or the end of input.
    pub detected_at: usize,
}

/// Finds the end of the literal whose opening quote is at `quote` in `src`.
pub(super) fn scan(src: &str, quote: usize) -> Result<Span, Unterminated> {
    let b = src.as_bytes();
    let q = b[quote];
    let triple = b.get(quote + 1) == Some(&q) && b.get(quote + 2) == Some(&q);
    let body_start = quote + if triple { 3 } else { 1 };
    let mut i = body_start;
    while i < b.len() {
        let c = b[i];
        if c == q {
            if !triple {
                return Ok(Span {
                    body_start,
                    body_end: i,
                    end: i + 1,
                });
            }
            if b.get(i + 1) == Some(&q) && b.get(i + 2) == Some(&q) {
                return Ok(Span {
                    body_start,
                    body_end: i,
                    end: i + 3,
                });
            }
            i += 1;
        } else if c == b'\\' {
            // The escaped character cannot end the literal; `\` + CRLF skips both.
            i += 1;
            if b.get(i) == Some(&b'\r') && b.get(i + 1) == Some(&b'\n') {
                i += 1;
            }
            i += 1;
        } else if (c == b'\n' || c == b'\r') && !triple {
            return Err(Unterminated {
                triple,
                detected_at: i,
            });
        } else {
            i += 1;
        }
    }
    Err(Unterminated {
        triple,
        detected_at: b.len(),
    })
}

/// A decoding error; the lexer places it (CPython puts the caret at the literal's end,
/// except for non-ASCII bytes, which point at its start).
#[derive(Debug, PartialEq)]
pub(super) enum DecodeError {
    /// Reported at the end of the literal.
    AtEnd(String),
    /// "bytes can only contain ASCII literal characters", reported at its start.
    NonAsciiBytes,
}

fn unicode_error(start: usize, end: usize, what: &str) -> DecodeError {
    DecodeError::AtEnd(format!(
        "(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{}: {what}",
        end - 1
    ))
}

/// Decodes a `str` literal body (or one literal chunk of an f-string).
pub(super) fn decode_str(body: &str, raw: bool) -> Result<String, DecodeError> {
    if raw || !body.contains('\\') {
        return Ok(normalize_newlines(body));
    }
    let b = body.as_bytes();
    let mut out = String::with_capacity(body.len());
    let mut i = 0;
    // Start of the pending run of literal text.
    let mut run = 0;
    while i < b.len() {
        match b[i] {
            b'\\' => {}
            b'\r' => {
                out.push_str(&body[run..i]);
                out.push('\n');
                i += if b.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
                run = i;
                continue;
            }
            _ => {
                i += 1;
                continue;
            }
        }
        out.push_str(&body[run..i]);
        let esc = i;
        i += 1;
        let Some(&c) = b.get(i) else {
            // A lone trailing backslash (possible only in an f-string chunk): CPython
            // rewrites it as `\u005c`, a backslash.
            out.push('\\');
            run = i;
            break;
        };
        i += 1;
        match c {
            b'\n' => {}
            b'\r' => {
                if b.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'\\' => out.push('\\'),
            b'\'' => out.push('\''),
            b'"' => out.push('"'),
            b'a' => out.push('\x07'),
            b'b' => out.push('\x08'),
            b'f' => out.push('\x0c'),
            b'n' => out.push('\n'),
            b'r' => out.push('\r'),
            b't' => out.push('\t'),
            b'v' => out.push('\x0b'),
            b'0'..=b'7' => {
                let mut v = (c - b'0') as u32;
                for _ in 0..2 {
                    match b.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            v = v * 8 + (d - b'0') as u32;
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            }
            b'x' | b'u' | b'U' => {
                let (count, what) = match c {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let mut v: u32 = 0;
                for _ in 0..count {
                    match b.get(i).and_then(|&d| (d as char).to_digit(16)) {
                        Some(d) => {
                            v = v * 16 + d;
                            i += 1;
                        }
                        None => {
                            return Err(unicode_error(escape_pos(b, esc), escape_pos(b, i), what));
                        }
                    }
                }
                if v > 0x10FFFF {
                    return Err(unicode_error(
                        escape_pos(b, esc),
                        escape_pos(b, i),
                        "illegal Unicode character",
                    ));
                }
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            }
            b'N' => {
                let malformed = |j: usize| {
                    unicode_error(
                        escape_pos(b, esc),
                        escape_pos(b, j),
                        "malformed \\N character escape",
                    )
                };
                if b.get(i) != Some(&b'{') {
                    return Err(malformed(i));
                }
                i += 1;
                let name_start = i;
                while i < b.len() && b[i] != b'}' {
                    i += 1;
                }
                if i >= b.len() || i == name_start {
                    return Err(malformed(i));
                }
                let name = &body[name_start..i];
                i += 1;
                match lookup_name(name) {
                    Some(ch) => out.push(ch),
                    None => {
                        return Err(unicode_error(
                            escape_pos(b, esc),
                            escape_pos(b, i),
                            "unknown Unicode character name",
                        ));
                    }
                }
            }
            _ => {
                // Unknown escape: kept as written (CPython warns). The character after
                // the backslash may be multi-byte: leave it in the pending run.
                out.push('\\');
                i -= 1;
            }
        }
        run = i;
    }
    out.push_str(&body[run.min(b.len())..]);
    Ok(out)
}

/// Decodes a bytes literal body.
pub(super) fn decode_bytes(body: &str, raw: bool) -> Result<Vec<u8>, DecodeError> {
    if !body.is_ascii() {
        return Err(DecodeError::NonAsciiBytes);
    }
    if raw || !body.contains('\\') {
        return Ok(normalize_newlines(body).into_bytes());
    }
    let b = body.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'\r' {
            out.push(b'\n');
            i += if b.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
            continue;
        }
        if c != b'\\' {
            out.push(c);
            i += 1;
            continue;
        }
        let esc = i;
        i += 1;
        let Some(&c) = b.get(i) else {
            out.push(b'\\');
            break;
        };
        i += 1;
        match c {
            b'\n' => {}
            b'\r' => {
                if b.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = (c - b'0') as u32;
                for _ in 0..2 {
                    match b.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            v = v * 8 + (d - b'0') as u32;
                            i += 1;
                        }
                        _ => break,
                    }
                }
                // CPython 3.11 keeps the low byte of `\400`..`\777` (with a warning).
                out.push(v as u8);
            }
            b'x' => {
                let hi = b.get(i).and_then(|&d| (d as char).to_digit(16));
                let lo = b.get(i + 1).and_then(|&d| (d as char).to_digit(16));
                match (hi, lo) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 2;
                    }
                    _ => {
                        return Err(DecodeError::AtEnd(format!(
                            "(value error) invalid \\x escape at position {esc}"
                        )));
                    }
                }
            }
            _ => {
                out.push(b'\\');
                out.push(c);
            }
        }
    }
    Ok(out)
}

/// The position CPython's `unicodeescape` decoder reports for byte `i` of `body`: each
/// non-ASCII character before it counts 10 bytes, plus 5 for a backslash before one.
fn escape_pos(b: &[u8], i: usize) -> usize {
    let mut pos = 0;
    let mut j = 0;
    while j < i.min(b.len()) {
        let c = b[j];
        if c < 0x80 {
            if c == b'\\' && b.get(j + 1).is_some_and(|&n| n >= 0x80) {
                pos += 5;
            }
            pos += 1;
            j += 1;
        } else {
            // One character: a lead byte and its continuation bytes.
            pos += 10;
            j += 1;
            while j < b.len() && (b[j] & 0xC0) == 0x80 {
                j += 1;
            }
        }
    }
    pos + i.saturating_sub(b.len())
}

/// `\r\n` and `\r` become `\n`, as CPython's universal-newline reading does.
pub(super) fn normalize_newlines(s: &str) -> String {
    if !s.contains('\r') {
        return s.to_string();
    }
    s.replace("\r\n", "\n").replace('\r', "\n")
}

/// Looks up a character name for `\N{...}` (case-insensitive, as CPython). Covers the
/// names in `unicode_data::NAMES` plus the algorithmic `CJK UNIFIED IDEOGRAPH-XXXX`.
pub(super) fn lookup_name(name: &str) -> Option<char> {
    let upper = name.to_ascii_uppercase();
    if let Ok(i) = NAMES.binary_search_by(|(n, _)| (*n).cmp(upper.as_str())) {
        return char::from_u32(NAMES[i].1);
    }
    let hex = upper.strip_prefix("CJK UNIFIED IDEOGRAPH-")?;
    if !(4..=5).contains(&hex.len()) {
        return None;
    }
    let cp = u32::from_str_radix(hex, 16).ok()?;
    let cjk = [
        (0x3400, 0x4DBF),
        (0x4E00, 0x9FFF),
        (0x20000, 0x2A6DF),
        (0x2A700, 0x2B738),
        (0x2B740, 0x2B81D),
        (0x2B820, 0x2CEA1),
        (0x2CEB0, 0x2EBE0),
        (0x30000, 0x3134A),
    ];
    if cjk.iter().any(|&(a, b)| (a..=b).contains(&cp)) {
        char::from_u32(cp)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ue(msg: &str) -> DecodeError {
        DecodeError::AtEnd(format!(
            "(unicode error) 'unicodeescape' codec can't decode bytes in position {msg}"
        ))
    }

    #[test]
    fn scanning() {
        let s = scan("'abc' x", 0).unwrap();
        assert_eq!((s.body_start, s.body_end, s.end), (1, 4, 5));
        let s = scan(r#""a\"b""#, 0).unwrap();
        assert_eq!(s.end, 6);
        let s = scan("'''a'b''c'''", 0).unwrap();
        assert_eq!((s.body_start, s.body_end, s.end), (3, 9, 12));
        let s = scan("''", 0).unwrap();
        assert_eq!((s.body_start, s.end), (1, 2));
        let s = scan("'a\\\nb'", 0).unwrap();
        assert_eq!(s.end, 6);
        let s = scan("'a\\\r\nb'", 0).unwrap();
        assert_eq!(s.end, 7);
        assert_eq!(scan("'abc\nx'", 0).unwrap_err().detected_at, 4);
        assert!(!scan("'abc", 0).unwrap_err().triple);
        let e = scan("'''abc\n\n", 0).unwrap_err();
        assert!(e.triple);
        assert_eq!(e.detected_at, 8);
        assert_eq!(scan("'ab\\'", 0).unwrap_err().detected_at, 5);
    }

    #[test]
    fn escapes() {
        assert_eq!(
            decode_str(r#"a\\b\'\"\a\b\f\n\r\t\v"#, false).unwrap(),
            "a\\b'\"\x07\x08\x0c\n\r\t\x0b"
        );
        assert_eq!(
            decode_str(r"\0\12\1234\8\u00e9\U0001f600", false).unwrap(),
            "\0\nS4\\8é😀"
        );
        assert_eq!(decode_str(r"\777", false).unwrap(), "\u{1ff}");
        assert_eq!(decode_str(r"\x41\d\é", false).unwrap(), "A\\d\\é");
        assert_eq!(decode_str("a\\\nb\\\r\nc", false).unwrap(), "abc");
        assert_eq!(decode_str("a\r\nb\rc", false).unwrap(), "a\nb\nc");
        assert_eq!(decode_str(r"\ud800x", false).unwrap(), "\u{fffd}x");
        assert_eq!(decode_str(r"\d\n", true).unwrap(), r"\d\n");
        assert_eq!(decode_str("\\", false).unwrap(), "\\");
        assert_eq!(
            decode_str(
                r"\N{bullet}\N{LATIN SMALL LETTER E WITH ACUTE}\N{LF}\N{NBSP}\N{EM DASH}",
                false
            )
            .unwrap(),
            "•é\n\u{a0}—"
        );
        assert_eq!(
            decode_str(
                r"\N{GREEK SMALL LETTER ALPHA}\N{SNOWMAN}\N{CJK UNIFIED IDEOGRAPH-4E00}",
                false
            )
            .unwrap(),
            "α☃一"
        );
    }

    #[test]
    fn escape_errors() {
        assert_eq!(
            decode_str(r"\N{FOO}", false),
            Err(ue("0-6: unknown Unicode character name"))
        );
        assert_eq!(
            decode_str(r"é\N{FOO}", false),
            Err(ue("10-16: unknown Unicode character name"))
        );
        assert_eq!(
            decode_str(r"\x4", false),
            Err(ue("0-2: truncated \\xXX escape"))
        );
        assert_eq!(
            decode_str(r"\xg1", false),
            Err(ue("0-1: truncated \\xXX escape"))
        );
        assert_eq!(
            decode_str(r"ab\u12", false),
            Err(ue("2-5: truncated \\uXXXX escape"))
        );
        assert_eq!(
            decode_str(r"\U00110000", false),
            Err(ue("0-9: illegal Unicode character"))
        );
        assert_eq!(
            decode_str(r"\N", false),
            Err(ue("0-1: malformed \\N character escape"))
        );
        assert_eq!(
            decode_str(r"\N{}", false),
            Err(ue("0-2: malformed \\N character escape"))
        );
        assert_eq!(
            decode_str(r"\N{BULLET", false),
            Err(ue("0-8: malformed \\N character escape"))
        );
    }

    #[test]
    fn bytes() {
        assert_eq!(
            decode_bytes(r#"\\\'\"\a\b\f\n\r\t\v\0\12\x41\d\u1234"#, false).unwrap(),
            b"\\'\"\x07\x08\x0c\n\r\t\x0b\0\nA\\d\\u1234"
        );
        assert_eq!(decode_bytes(r"\777", false).unwrap(), b"\xff");
        assert_eq!(decode_bytes("a\\\nb", false).unwrap(), b"ab");
        assert_eq!(decode_bytes(r"\x", true).unwrap(), b"\\x");
        assert_eq!(
            decode_bytes(r"ab\x4", false),
            Err(DecodeError::AtEnd(
                "(value error) invalid \\x escape at position 2".into()
            ))
        );
        assert_eq!(decode_bytes("é", false), Err(DecodeError::NonAsciiBytes));
    }
}
