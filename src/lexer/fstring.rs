//! F-string bodies: splitting `f"..."` into literal parts and replacement fields with
//! CPython 3.11's rules (`Parser/string_parser.c`: `fstring_find_literal`,
//! `fstring_find_expr`), including its error messages.
//!
//! In 3.11 an f-string is first lexed as an ordinary string, so a field's expression can
//! contain neither a backslash nor the enclosing quote (unless triple-quoted). The
//! expression is not parsed here: a field records its byte range in the file, and the
//! parser lexes and parses it later with `Lexer::new_expr`. Format specs may hold nested fields,
//! but only one level deep, so the recursion here is bounded (depth 2).
//!
//! CPython compiles each expression as soon as its end is found, before looking at the
//! conversion and spec, so a tokenizer error inside it comes first. The `check` callback
//! lexes the expression at that point (see `Lexer::string`); it recurses into nested
//! f-strings, whose depth is bounded too, since each level needs a different quote.

use super::strings::{DecodeError, decode_str, normalize_newlines};
use super::token::{FField, FPart, LexError};

/// CPython's limit on brackets nested inside one replacement field.
const MAX_NESTING: usize = 200;

/// Why an f-string is invalid.
#[derive(Debug, PartialEq)]
pub(super) enum FError {
    /// An f-string error; CPython reports it at the token after the string.
    Msg(String),
    /// A tokenizer error inside a field's expression, with its own position.
    Expr(LexError),
}

impl From<String> for FError {
    fn from(m: String) -> FError {
        FError::Msg(m)
    }
}

impl From<&str> for FError {
    fn from(m: &str) -> FError {
        FError::Msg(m.to_string())
    }
}

/// Lexes the expression `src[start..end]`, returning its first tokenizer error.
pub(super) type ExprCheck<'c> = &'c dyn Fn(usize, usize) -> Result<(), LexError>;

struct Parser<'a> {
    check: ExprCheck<'a>,
    src: &'a str,
    b: &'a [u8],
    /// End of the f-string body (offset of the closing quote).
    end: usize,
    raw: bool,
}

/// Parses the f-string body `src[start..end]` into parts, checking each field's
/// expression with `check`.
pub(super) fn parse(
    src: &str,
    start: usize,
    end: usize,
    raw: bool,
    check: ExprCheck,
) -> Result<Vec<FPart>, FError> {
    let p = Parser {
        check,
        src,
        b: src.as_bytes(),
        end,
        raw,
    };
    let mut pos = start;
    p.parts(&mut pos, 0)
}

impl Parser<'_> {
    /// Literals and fields up to the end of the body (level 0) or the `}` closing a
    /// format spec (level 1+).
    fn parts(&self, pos: &mut usize, level: u32) -> Result<Vec<FPart>, FError> {
        let mut parts = Vec::new();
        let mut lit = String::new();
        loop {
            let again = self.literal(pos, level, &mut lit)?;
            if again {
                continue;
            }
            if *pos >= self.end || self.b[*pos] == b'}' {
                break;
            }
            let field = self.field(pos, level)?;
            if !lit.is_empty() {
                parts.push(FPart::Lit(std::mem::take(&mut lit)));
            }
            parts.push(FPart::Field(field));
        }
        if !lit.is_empty() {
            parts.push(FPart::Lit(lit));
        }
        if level != 0 && (*pos >= self.end || self.b[*pos] != b'}') {
            return Err("f-string: expecting '}'".into());
        }
        Ok(parts)
    }

    /// Scans literal text from `*pos`, appending it decoded to `lit`. Stops before a `{`
    /// or `}`; returns `true` after a doubled `{{` / `}}` (level 0 only), whose first
    /// brace ends the literal and whose second is skipped.
    fn literal(&self, pos: &mut usize, level: u32, lit: &mut String) -> Result<bool, FError> {
        let b = self.b;
        let start = *pos;
        let mut s = start;
        let mut again = false;
        while s < self.end {
            let mut ch = b[s];
            s += 1;
            if !self.raw && ch == b'\\' && s < self.end {
                ch = b[s];
                s += 1;
                if ch == b'N' {
                    // Skip `\N{NAME}` so that its braces are not taken for a field.
                    if s < self.end {
                        let c = b[s];
                        s += 1;
                        if c == b'{' {
                            while s < self.end {
                                let c = b[s];
                                s += 1;
                                if c == b'}' {
                                    break;
                                }
                            }
                        }
                    }
                    continue;
                }
            }
            if ch == b'{' || ch == b'}' {
                if level == 0 {
                    if s < self.end && b[s] == ch {
                        *pos = s + 1;
                        again = true;
                        break;
                    }
                    if ch == b'}' {
                        return Err("f-string: single '}' is not allowed".into());
                    }
                }
                s -= 1;
                *pos = s;
                break;
            }
        }
        if !again && s >= self.end {
            *pos = s.min(self.end);
        }
        let lit_end = if again { *pos - 1 } else { *pos };
        if lit_end > start {
            let text = &self.src[start..lit_end];
            if self.raw {
                lit.push_str(&normalize_newlines(text));
            } else {
                match decode_str(text, false) {
                    Ok(t) => lit.push_str(&t),
                    Err(DecodeError::AtEnd(m)) => return Err(m.into()),
                    // Only bytes literals produce this.
                    Err(DecodeError::NonAsciiBytes) => return Err("invalid f-string".into()),
                }
            }
        }
        Ok(again)
    }

    /// Parses one replacement field starting at the `{` at `*pos`.
    fn field(&self, pos: &mut usize, level: u32) -> Result<FField, FError> {
        if level >= 2 {
            return Err("f-string: expressions nested too deeply".into());
        }
        let b = self.b;
        let end = self.end;
        *pos += 1;
        let expr_start = *pos;
        let mut quote: u8 = 0;
        let mut triple = false;
        let mut stack: Vec<u8> = Vec::new();
        while *pos < end {
            let ch = b[*pos];
            if ch == b'\\' {
                return Err("f-string expression part cannot include a backslash".into());
            }
            if quote != 0 {
                if ch == quote {
                    if triple {
                        if *pos + 2 < end && b[*pos + 1] == ch && b[*pos + 2] == ch {
                            *pos += 2;
                            quote = 0;
                        }
                    } else {
                        quote = 0;
                    }
                }
                *pos += 1;
                continue;
            }
            match ch {
                b'\'' | b'"' => {
                    triple = *pos + 2 < end && b[*pos + 1] == ch && b[*pos + 2] == ch;
                    if triple {
                        *pos += 2;
                    }
                    quote = ch;
                }
                b'(' | b'[' | b'{' => {
                    if stack.len() >= MAX_NESTING {
                        return Err("f-string: too many nested parenthesis".into());
                    }
                    stack.push(ch);
                }
                b'#' => return Err("f-string expression part cannot include '#'".into()),
                b'!' | b':' | b'}' | b'=' | b'<' | b'>' if stack.is_empty() => {
                    let next = b.get(*pos + 1).copied().filter(|_| *pos + 1 < end);
                    if next == Some(b'=') && matches!(ch, b'!' | b'=' | b'<' | b'>') {
                        *pos += 2;
                        continue;
                    }
                    if ch != b'<' && ch != b'>' {
                        break;
                    }
                }
                b')' | b']' | b'}' => {
                    let Some(open) = stack.pop() else {
                        return Err(format!("f-string: unmatched '{}'", ch as char).into());
                    };
                    if !matches!((open, ch), (b'(', b')') | (b'[', b']') | (b'{', b'}')) {
                        return Err(format!(
                            "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                            ch as char, open as char
                        )
                        .into());
                    }
                }
                _ => {}
            }
            *pos += 1;
        }
        let expr_end = *pos;
        if quote != 0 {
            return Err("f-string: unterminated string".into());
        }
        if let Some(&open) = stack.last() {
            return Err(format!("f-string: unmatched '{}'", open as char).into());
        }
        let expecting = || Err(FError::Msg("f-string: expecting '}'".into()));
        if *pos >= end {
            return expecting();
        }
        if b[expr_start..expr_end]
            .iter()
            .all(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c'))
        {
            let c = b[expr_end];
            return Err(FError::Msg(if matches!(c, b'!' | b':' | b'=') {
                format!("f-string: expression required before '{}'", c as char)
            } else {
                "f-string: empty expression not allowed".into()
            }));
        }
        (self.check)(expr_start, expr_end).map_err(FError::Expr)?;

        let mut debug_text = None;
        if b[*pos] == b'=' {
            *pos += 1;
            while *pos < end && matches!(b[*pos], b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
            {
                *pos += 1;
            }
            if *pos >= end {
                return expecting();
            }
            debug_text = Some(normalize_newlines(&self.src[expr_start..*pos]));
        }

        let mut conversion = None;
        if b[*pos] == b'!' {
            *pos += 1;
            if *pos >= end {
                return expecting();
            }
            let c = b[*pos];
            *pos += 1;
            if !matches!(c, b's' | b'r' | b'a') {
                return Err(
                    "f-string: invalid conversion character: expected 's', 'r', or 'a'".into(),
                );
            }
            conversion = Some(c as char);
        }

        let mut spec = None;
        if *pos < end && b[*pos] == b':' {
            *pos += 1;
            if *pos >= end {
                return expecting();
            }
            spec = Some(self.parts(pos, level + 1)?);
        }

        if *pos >= end || b[*pos] != b'}' {
            return expecting();
        }
        *pos += 1;

        if debug_text.is_some() && spec.is_none() && conversion.is_none() {
            conversion = Some('r');
        }
        Ok(FField {
            expr_start: expr_start as u32,
            expr_end: expr_end as u32,
            debug_text,
            conversion,
            spec,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Parses the body of `f'...'`-style source `s` (prefix and quotes included).
    fn fp(s: &str) -> Result<Vec<FPart>, String> {
        let q = s.find(['\'', '"']).unwrap();
        let raw = s[..q].to_ascii_lowercase().contains('r');
        let triple = s[q..].starts_with("'''") || s[q..].starts_with("\"\"\"");
        let n = if triple { 3 } else { 1 };
        parse(s, q + n, s.len() - n, raw, &|_, _| Ok(())).map_err(|e| match e {
            FError::Msg(m) => m,
            FError::Expr(e) => e.msg,
        })
    }

    fn lit(s: &str) -> FPart {
        FPart::Lit(s.into())
    }

    fn field(start: u32, end: u32) -> FField {
        FField {
            expr_start: start,
            expr_end: end,
            debug_text: None,
            conversion: None,
            spec: None,
        }
    }

    #[test]
    fn literals_and_fields() {
        assert_eq!(fp("f'abc'").unwrap(), vec![lit("abc")]);
        assert_eq!(fp("f''").unwrap(), vec![]);
        assert_eq!(fp("f'a}}b{{c'").unwrap(), vec![lit("a}b{c")]);
        assert_eq!(fp("f'{{}}'").unwrap(), vec![lit("{}")]);
        assert_eq!(
            fp("f'a{x}b'").unwrap(),
            vec![lit("a"), FPart::Field(field(4, 5)), lit("b")]
        );
        assert_eq!(
            fp("f'\\n{x}'").unwrap(),
            vec![lit("\n"), FPart::Field(field(5, 6))]
        );
        assert_eq!(
            fp("rf'\\n{x}'").unwrap(),
            vec![lit("\\n"), FPart::Field(field(6, 7))]
        );
        assert_eq!(
            fp("f'\\{6*7}'").unwrap(),
            vec![lit("\\"), FPart::Field(field(4, 7))]
        );
        assert_eq!(
            fp("f'\\N{BULLET}{x}'").unwrap(),
            vec![lit("•"), FPart::Field(field(13, 14))]
        );
        assert_eq!(
            fp("rf'\\N{BULLET}'").unwrap(),
            vec![lit("\\N"), FPart::Field(field(6, 12))]
        );
        assert_eq!(fp("f'{3!=4}'").unwrap(), vec![FPart::Field(field(3, 7))]);
        assert_eq!(fp("f'{x==y}'").unwrap(), vec![FPart::Field(field(3, 7))]);
        assert_eq!(
            fp("f'{a[\"}\"]}'").unwrap(),
            vec![FPart::Field(field(3, 9))]
        );
        assert_eq!(
            fp("f'''{\"\"\"a\"\"\"}'''").unwrap(),
            vec![FPart::Field(field(5, 12))]
        );
        assert_eq!(fp("f'{x>1}'").unwrap(), vec![FPart::Field(field(3, 6))]);
    }

    #[test]
    fn conversions_specs_and_debug() {
        let mut f = field(3, 4);
        f.conversion = Some('r');
        assert_eq!(fp("f'{x!r}'").unwrap(), vec![FPart::Field(f.clone())]);

        // `{x=}` defaults to !r; the debug text keeps the whitespace as written.
        let mut f = field(3, 5);
        f.debug_text = Some("x = ".into());
        f.conversion = Some('r');
        assert_eq!(fp("f'{x = }'").unwrap(), vec![FPart::Field(f)]);

        // With a spec, no default conversion.
        let mut f = field(3, 4);
        f.debug_text = Some("x=".into());
        f.spec = Some(vec![lit(">10")]);
        assert_eq!(fp("f'{x=:>10}'").unwrap(), vec![FPart::Field(f)]);

        let mut f = field(3, 4);
        f.debug_text = Some("x=".into());
        f.conversion = Some('s');
        f.spec = Some(vec![lit(">10")]);
        assert_eq!(fp("f'{x=!s:>10}'").unwrap(), vec![FPart::Field(f)]);

        let mut f = field(3, 4);
        f.spec = Some(vec![]);
        assert_eq!(fp("f'{x:}'").unwrap(), vec![FPart::Field(f)]);

        // `{a:=3}` is a spec `=3`, not a walrus.
        let mut f = field(3, 4);
        f.spec = Some(vec![lit("=3")]);
        assert_eq!(fp("f'{a:=3}'").unwrap(), vec![FPart::Field(f)]);

        // Nested fields in a spec.
        let mut f = field(3, 4);
        f.spec = Some(vec![
            FPart::Field(field(6, 7)),
            lit("."),
            FPart::Field(field(10, 11)),
            lit("f"),
        ]);
        assert_eq!(fp("f'{x:{y}.{z}f}'").unwrap(), vec![FPart::Field(f)]);

        // `{{` inside a spec is not an escape: it opens a field holding `{}`.
        let mut f = field(3, 4);
        f.spec = Some(vec![FPart::Field(field(6, 8))]);
        assert_eq!(fp("f'{x:{{}}}'").unwrap(), vec![FPart::Field(f)]);

        let mut inner = field(6, 7);
        inner.debug_text = Some("y=".into());
        inner.conversion = Some('r');
        let mut f = field(3, 4);
        f.spec = Some(vec![FPart::Field(inner)]);
        assert_eq!(fp("f'{x:{y=}}'").unwrap(), vec![FPart::Field(f)]);

        let mut f = field(3, 4);
        f.spec = Some(vec![lit("\n")]);
        assert_eq!(fp("f'{x:\\n}'").unwrap(), vec![FPart::Field(f)]);
    }

    #[test]
    fn errors() {
        let cases = [
            ("f'{}'", "f-string: empty expression not allowed"),
            ("f'{ }'", "f-string: empty expression not allowed"),
            ("f'{!r}'", "f-string: expression required before '!'"),
            ("f'{:x}'", "f-string: expression required before ':'"),
            ("f'}'", "f-string: single '}' is not allowed"),
            ("f'{x}}'", "f-string: single '}' is not allowed"),
            ("f'{x:}}'", "f-string: single '}' is not allowed"),
            ("f'{x'", "f-string: expecting '}'"),
            ("f'{'", "f-string: expecting '}'"),
            ("f'{a!r'", "f-string: expecting '}'"),
            ("f'{a:'", "f-string: expecting '}'"),
            ("f'{a='", "f-string: expecting '}'"),
            ("f'{a!'", "f-string: expecting '}'"),
            ("f'{a=b}'", "f-string: expecting '}'"),
            ("f'{x!r=}'", "f-string: expecting '}'"),
            ("f'{x!rr}'", "f-string: expecting '}'"),
            ("f'{x:a{{b}'", "f-string: expecting '}'"),
            (
                "f'{x!z}'",
                "f-string: invalid conversion character: expected 's', 'r', or 'a'",
            ),
            (
                "f'{x!}'",
                "f-string: invalid conversion character: expected 's', 'r', or 'a'",
            ),
            (
                "f'{\\n}'",
                "f-string expression part cannot include a backslash",
            ),
            ("f'{#}'", "f-string expression part cannot include '#'"),
            ("f'{x:{y:{z}}}'", "f-string: expressions nested too deeply"),
            ("f'{x)}'", "f-string: unmatched ')'"),
            (
                "f'{(x}'",
                "f-string: closing parenthesis '}' does not match opening parenthesis '('",
            ),
            (
                "f'{(x]}'",
                "f-string: closing parenthesis ']' does not match opening parenthesis '('",
            ),
            ("f'{(x'", "f-string: unmatched '('"),
            ("f'{\"a}'", "f-string: unterminated string"),
            (
                "f'\\N{FOO}'",
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name",
            ),
        ];
        for (src, msg) in cases {
            assert_eq!(fp(src), Err(msg.to_string()), "{src}");
        }
    }
}
