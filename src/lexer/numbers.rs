//! Numeric literals: scanning with CPython 3.11's rules and error positions, and
//! conversion to `Int` / `BigInt` / `Float` / `Imag` tokens.
//!
//! The scanner follows `tok_get`'s number branch in CPython's `Parser/tokenizer.c`
//! step by step, so that every "invalid ... literal" error lands on the same character:
//! CPython's caret is the character just before its read position, which is what
//! `NumError::offset` holds here.

use super::token::Tok;
use num_bigint::BigInt;

/// A number-literal error: message and the byte offset of the caret.
#[derive(Debug)]
pub(super) struct NumError {
    pub msg: String,
    pub offset: usize,
}

struct Scan<'a> {
    b: &'a [u8],
    /// Where the literal starts.
    start: usize,
    /// Read position: the index of the next byte to examine.
    i: usize,
}

impl Scan<'_> {
    #[inline]
    fn peek(&self) -> u8 {
        self.b.get(self.i).copied().unwrap_or(0)
    }
    #[inline]
    fn at(&self, i: usize) -> u8 {
        self.b.get(i).copied().unwrap_or(0)
    }
    /// An error whose caret is on the last byte consumed (CPython's `cur - 1`).
    fn err(&self, msg: impl Into<String>) -> NumError {
        NumError {
            msg: msg.into(),
            offset: self.i.saturating_sub(1),
        }
    }
    /// Consumes `[0-9]+ ('_' [0-9]+)*` after at least one digit has been seen by the caller
    /// (CPython's `tok_decimal_tail`).
    fn decimal_tail(&mut self) -> Result<(), NumError> {
        loop {
            while self.peek().is_ascii_digit() {
                self.i += 1;
            }
            if self.peek() != b'_' {
                return Ok(());
            }
            self.i += 1;
            if !self.peek().is_ascii_digit() {
                return Err(self.err("invalid decimal literal"));
            }
        }
    }
    /// CPython's `verify_end_of_number`: a number may be followed directly by the keywords
    /// that can legally follow one (`1if x else y`), but not by other ASCII name characters.
    fn verify_end(&mut self, kind: &str) -> Result<(), NumError> {
        let c = self.peek();
        let rest = &self.b[self.i.min(self.b.len())..];
        let ok_keyword = match c {
            b'a' => rest.starts_with(b"and"),
            b'e' => rest.starts_with(b"else"),
            b'f' => rest.starts_with(b"for"),
            b'i' => matches!(self.at(self.i + 1), b'f' | b'n' | b's'),
            b'o' => rest.starts_with(b"or"),
            b'n' => rest.starts_with(b"not"),
            _ => false,
        };
        if !ok_keyword && (c.is_ascii_alphanumeric() || c == b'_') {
            return Err(self.err(format!("invalid {kind} literal")));
        }
        Ok(())
    }
}

/// What kind of literal was scanned, deciding how its text is converted.
enum Kind {
    Int(u32),
    Float,
    Imag,
}

/// Scans the number starting at `start` in `src` (a digit, or `.` followed by a digit)
/// and returns its token and end offset.
pub(super) fn scan_number(src: &str, start: usize) -> Result<(Tok, usize), NumError> {
    let mut s = Scan {
        b: src.as_bytes(),
        start,
        i: start,
    };
    let kind = scan(&mut s)?;
    let end = s.i;
    let text = &src[start..end];
    Ok((convert(text, kind), end))
}

fn scan(s: &mut Scan) -> Result<Kind, NumError> {
    let first = s.peek();
    s.i += 1;
    if first == b'.' {
        // `.5`: the caller guarantees a digit follows.
        return fraction(s);
    }
    if first == b'0' {
        let c = s.peek();
        match c {
            b'x' | b'X' => return radix(s, 16, "hexadecimal"),
            b'o' | b'O' => return radix(s, 8, "octal"),
            b'b' | b'B' => return radix(s, 2, "binary"),
            _ => {}
        }
        // Zeros, maybe an old-style octal (an error unless it turns out to be a float).
        loop {
            if s.peek() == b'_' {
                s.i += 1;
                if !s.peek().is_ascii_digit() {
                    return Err(s.err("invalid decimal literal"));
                }
            }
            if s.peek() != b'0' {
                break;
            }
            s.i += 1;
        }
        let mut nonzero = false;
        if s.peek().is_ascii_digit() {
            nonzero = true;
            s.decimal_tail()?;
        }
        return match s.peek() {
            b'.' => {
                s.i += 1;
                fraction(s)
            }
            b'e' | b'E' => exponent(s, false),
            b'j' | b'J' => imaginary(s),
            _ if nonzero => Err(NumError {
                msg: "leading zeros in decimal integer literals are not permitted; \
                      use an 0o prefix for octal integers"
                    .into(),
                offset: s.start,
            }),
            _ => {
                s.verify_end("decimal")?;
                Ok(Kind::Int(10))
            }
        };
    }
    // Decimal.
    s.decimal_tail()?;
    match s.peek() {
        b'.' => {
            s.i += 1;
            fraction(s)
        }
        b'e' | b'E' => exponent(s, false),
        b'j' | b'J' => imaginary(s),
        _ => {
            s.verify_end("decimal")?;
            Ok(Kind::Int(10))
        }
    }
}

/// After the `.`: optional digits, then an optional exponent and `j`.
fn fraction(s: &mut Scan) -> Result<Kind, NumError> {
    if s.peek().is_ascii_digit() {
        s.decimal_tail()?;
    }
    match s.peek() {
        b'e' | b'E' => exponent(s, true),
        b'j' | b'J' => imaginary(s),
        _ => {
            s.verify_end("decimal")?;
            Ok(Kind::Float)
        }
    }
}

/// At an `e`/`E` after the mantissa (`float`: the mantissa has a `.`).
fn exponent(s: &mut Scan, float: bool) -> Result<Kind, NumError> {
    let e_pos = s.i;
    s.i += 1;
    let c = s.peek();
    if c == b'+' || c == b'-' {
        s.i += 1;
        if !s.peek().is_ascii_digit() {
            return Err(s.err("invalid decimal literal"));
        }
    } else if !c.is_ascii_digit() {
        // Not an exponent after all: the number ends before the `e`, which must then
        // begin one of the keywords allowed after a number (`1else`).
        s.i = e_pos;
        s.verify_end("decimal")?;
        return Ok(if float { Kind::Float } else { Kind::Int(10) });
    }
    s.decimal_tail()?;
    if matches!(s.peek(), b'j' | b'J') {
        return imaginary(s);
    }
    s.verify_end("decimal")?;
    Ok(Kind::Float)
}

/// At a `j`/`J`.
fn imaginary(s: &mut Scan) -> Result<Kind, NumError> {
    s.i += 1;
    s.verify_end("imaginary")?;
    Ok(Kind::Imag)
}

/// After `0x`, `0o` or `0b` (the prefix letter not yet consumed).
fn radix(s: &mut Scan, radix: u32, name: &str) -> Result<Kind, NumError> {
    s.i += 1; // the x / o / b
    let is_digit = |c: u8| (c as char).is_digit(radix);
    loop {
        if s.peek() == b'_' {
            s.i += 1;
        }
        let c = s.peek();
        if !is_digit(c) {
            if radix != 16 && c.is_ascii_digit() {
                s.i += 1;
                return Err(s.err(format!("invalid digit '{}' in {name} literal", c as char)));
            }
            return Err(s.err(format!("invalid {name} literal")));
        }
        while is_digit(s.peek()) {
            s.i += 1;
        }
        if s.peek() != b'_' {
            break;
        }
    }
    let c = s.peek();
    if radix != 16 && c.is_ascii_digit() {
        s.i += 1;
        return Err(s.err(format!("invalid digit '{}' in {name} literal", c as char)));
    }
    s.verify_end(name)?;
    Ok(Kind::Int(radix))
}

/// Converts scanned literal text (known to be well formed) into its token.
fn convert(text: &str, kind: Kind) -> Tok {
    match kind {
        Kind::Int(radix) => {
            let digits = if radix == 10 { text } else { &text[2..] };
            let mut v: u64 = 0;
            let mut overflow = false;
            for b in digits.bytes() {
                if b == b'_' {
                    continue;
                }
                let d = (b as char).to_digit(radix).unwrap_or(0) as u64;
                match v.checked_mul(radix as u64).and_then(|x| x.checked_add(d)) {
                    Some(x) => v = x,
                    None => {
                        overflow = true;
                        break;
                    }
                }
            }
            if !overflow && v <= i64::MAX as u64 {
                return Tok::Int(v as i64);
            }
            let clean: Vec<u8> = digits.bytes().filter(|&b| b != b'_').collect();
            Tok::BigInt(BigInt::parse_bytes(&clean, radix).unwrap_or_default())
        }
        Kind::Float => Tok::Float(parse_float(text)),
        Kind::Imag => Tok::Imag(parse_float(&text[..text.len() - 1])),
    }
}

fn parse_float(text: &str) -> f64 {
    if text.contains('_') {
        text.replace('_', "").parse().unwrap_or(0.0)
    } else {
        text.parse().unwrap_or(0.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn num(s: &str) -> Tok {
        let (t, end) = scan_number(s, 0).unwrap_or_else(|e| panic!("{s}: {e:?}"));
        assert_eq!(end, s.len(), "{s}");
        t
    }

    fn err(s: &str) -> (String, usize) {
        match scan_number(s, 0) {
            Err(e) => (e.msg, e.offset),
            Ok(t) => panic!("{s}: expected error, got {t:?}"),
        }
    }

    #[test]
    fn integers() {
        assert_eq!(num("0"), Tok::Int(0));
        assert_eq!(num("000"), Tok::Int(0));
        assert_eq!(num("0_0"), Tok::Int(0));
        assert_eq!(num("123"), Tok::Int(123));
        assert_eq!(num("1_000_000"), Tok::Int(1_000_000));
        assert_eq!(num("0x_ff"), Tok::Int(255));
        assert_eq!(num("0XFF"), Tok::Int(255));
        assert_eq!(num("0o17"), Tok::Int(15));
        assert_eq!(num("0O1_7"), Tok::Int(15));
        assert_eq!(num("0b1_01"), Tok::Int(5));
        assert_eq!(num("9223372036854775807"), Tok::Int(i64::MAX));
        assert_eq!(
            num("9223372036854775808"),
            Tok::BigInt("9223372036854775808".parse().unwrap())
        );
        assert_eq!(
            num("0xffff_ffff_ffff_ffff_ff"),
            Tok::BigInt(BigInt::parse_bytes(b"ffffffffffffffffff", 16).unwrap())
        );
    }

    #[test]
    fn floats_and_imaginary() {
        assert_eq!(num("1."), Tok::Float(1.0));
        assert_eq!(num(".5"), Tok::Float(0.5));
        assert_eq!(num("1e10"), Tok::Float(1e10));
        assert_eq!(num("1E-3"), Tok::Float(1e-3));
        assert_eq!(num("1_000.5_0"), Tok::Float(1000.5));
        assert_eq!(num("012.5"), Tok::Float(12.5));
        assert_eq!(num("09e1"), Tok::Float(90.0));
        assert_eq!(num("0e5"), Tok::Float(0.0));
        assert_eq!(num("1.e5"), Tok::Float(1e5));
        assert_eq!(num("3j"), Tok::Imag(3.0));
        assert_eq!(num("1.5J"), Tok::Imag(1.5));
        assert_eq!(num("1e5j"), Tok::Imag(1e5));
        assert_eq!(num("012j"), Tok::Imag(12.0));
        assert_eq!(num("00j"), Tok::Imag(0.0));
    }

    #[test]
    fn keyword_after_number() {
        assert_eq!(scan_number("1if", 0).unwrap().1, 1);
        assert_eq!(scan_number("1else", 0).unwrap().1, 1);
        assert_eq!(scan_number("1.5else", 0).unwrap(), (Tok::Float(1.5), 3));
        assert_eq!(scan_number("0b1and", 0).unwrap().1, 3);
        assert_eq!(scan_number("0o7or", 0).unwrap().1, 3);
        assert_eq!(scan_number("1e5if", 0).unwrap().1, 3);
        assert_eq!(scan_number("3jfor", 0).unwrap().1, 2);
        // Non-ASCII characters end the number (the next token reports them).
        assert_eq!(scan_number("1é", 0).unwrap().1, 1);
    }

    #[test]
    fn errors_match_cpython_positions() {
        let lz = "leading zeros in decimal integer literals are not permitted; \
                  use an 0o prefix for octal integers";
        assert_eq!(err("1abc"), ("invalid decimal literal".into(), 0));
        assert_eq!(err("1_"), ("invalid decimal literal".into(), 1));
        assert_eq!(err("1__0"), ("invalid decimal literal".into(), 1));
        assert_eq!(err("1_e5"), ("invalid decimal literal".into(), 1));
        assert_eq!(err("1e"), ("invalid decimal literal".into(), 0));
        assert_eq!(err("1e_5"), ("invalid decimal literal".into(), 0));
        assert_eq!(err("1e+"), ("invalid decimal literal".into(), 2));
        assert_eq!(err("1.e"), ("invalid decimal literal".into(), 1));
        assert_eq!(err("1.5_"), ("invalid decimal literal".into(), 3));
        assert_eq!(err("1.__class__"), ("invalid decimal literal".into(), 1));
        assert_eq!(err("1jx"), ("invalid imaginary literal".into(), 1));
        assert_eq!(err("0_"), ("invalid decimal literal".into(), 1));
        assert_eq!(err("0x"), ("invalid hexadecimal literal".into(), 1));
        assert_eq!(err("0xg"), ("invalid hexadecimal literal".into(), 1));
        assert_eq!(err("0x1_"), ("invalid hexadecimal literal".into(), 3));
        assert_eq!(err("0b"), ("invalid binary literal".into(), 1));
        assert_eq!(
            err("0b2"),
            ("invalid digit '2' in binary literal".into(), 2)
        );
        assert_eq!(
            err("0b12"),
            ("invalid digit '2' in binary literal".into(), 3)
        );
        assert_eq!(err("0b1__1"), ("invalid binary literal".into(), 3));
        assert_eq!(err("0o"), ("invalid octal literal".into(), 1));
        assert_eq!(err("0o_"), ("invalid octal literal".into(), 2));
        assert_eq!(err("0o8"), ("invalid digit '8' in octal literal".into(), 2));
        assert_eq!(
            err("0o18"),
            ("invalid digit '8' in octal literal".into(), 3)
        );
        assert_eq!(err("012"), (lz.into(), 0));
        assert_eq!(err("0_7"), (lz.into(), 0));
        assert_eq!(err("09"), (lz.into(), 0));
    }
}
