//! TEMPORARY stand-in lexer so the parser can be tested before `crate::lexer::Lexer`
//! lands; deleted once the real lexer is merged. Handles names, numbers, simple strings
//! and f-strings (no nested quotes), operators, comments, brackets and indentation.

use crate::lexer::token::{FField, FPart, LexError, SyntaxErrorKind, Tok};
use std::collections::VecDeque;

pub struct Lexer {
    toks: VecDeque<Result<(usize, Tok, usize), LexError>>,
}

impl Lexer {
    pub fn new(text: &str) -> Lexer {
        Lexer {
            toks: lex(text, 0, text.len(), false),
        }
    }
    pub fn new_expr(text: &str, start: usize, end: usize) -> Lexer {
        Lexer {
            toks: lex(text, start, end, true),
        }
    }
}

impl Iterator for Lexer {
    type Item = Result<(usize, Tok, usize), LexError>;
    fn next(&mut self) -> Option<Self::Item> {
        self.toks.pop_front()
    }
}

fn err(msg: &str, offset: usize) -> LexError {
    LexError {
        kind: SyntaxErrorKind::SyntaxError,
        msg: msg.into(),
        offset: offset as u32,
        incomplete: false,
    }
}

const OPS: &[(&str, Tok)] = &[
    ("**=", Tok::DoubleStarEqual),
    ("//=", Tok::DoubleSlashEqual),
    ("<<=", Tok::LeftShiftEqual),
    (">>=", Tok::RightShiftEqual),
    ("...", Tok::Ellipsis),
    ("->", Tok::Arrow),
    (":=", Tok::ColonEqual),
    ("**", Tok::DoubleStar),
    ("//", Tok::DoubleSlash),
    ("<<", Tok::LeftShift),
    (">>", Tok::RightShift),
    ("<=", Tok::LessEqual),
    (">=", Tok::GreaterEqual),
    ("==", Tok::EqEqual),
    ("!=", Tok::NotEqual),
    ("+=", Tok::PlusEqual),
    ("-=", Tok::MinusEqual),
    ("*=", Tok::StarEqual),
    ("/=", Tok::SlashEqual),
    ("%=", Tok::PercentEqual),
    ("@=", Tok::AtEqual),
    ("&=", Tok::AmperEqual),
    ("|=", Tok::VbarEqual),
    ("^=", Tok::CircumflexEqual),
    ("(", Tok::LPar),
    (")", Tok::RPar),
    ("[", Tok::LSqb),
    ("]", Tok::RSqb),
    ("{", Tok::LBrace),
    ("}", Tok::RBrace),
    (":", Tok::Colon),
    (",", Tok::Comma),
    (";", Tok::Semi),
    (".", Tok::Dot),
    ("@", Tok::At),
    ("+", Tok::Plus),
    ("-", Tok::Minus),
    ("*", Tok::Star),
    ("/", Tok::Slash),
    ("%", Tok::Percent),
    ("|", Tok::Vbar),
    ("&", Tok::Amper),
    ("^", Tok::Circumflex),
    ("~", Tok::Tilde),
    ("<", Tok::Less),
    (">", Tok::Greater),
    ("=", Tok::Equal),
];

fn keyword(s: &str) -> Option<Tok> {
    Some(match s {
        "False" => Tok::False,
        "None" => Tok::None,
        "True" => Tok::True,
        "and" => Tok::And,
        "as" => Tok::As,
        "assert" => Tok::Assert,
        "async" => Tok::Async,
        "await" => Tok::Await,
        "break" => Tok::Break,
        "class" => Tok::Class,
        "continue" => Tok::Continue,
        "def" => Tok::Def,
        "del" => Tok::Del,
        "elif" => Tok::Elif,
        "else" => Tok::Else,
        "except" => Tok::Except,
        "finally" => Tok::Finally,
        "for" => Tok::For,
        "from" => Tok::From,
        "global" => Tok::Global,
        "if" => Tok::If,
        "import" => Tok::Import,
        "in" => Tok::In,
        "is" => Tok::Is,
        "lambda" => Tok::Lambda,
        "nonlocal" => Tok::Nonlocal,
        "not" => Tok::Not,
        "or" => Tok::Or,
        "pass" => Tok::Pass,
        "raise" => Tok::Raise,
        "return" => Tok::Return,
        "try" => Tok::Try,
        "while" => Tok::While,
        "with" => Tok::With,
        "yield" => Tok::Yield,
        _ => return None,
    })
}

fn lex(
    text: &str,
    start: usize,
    end: usize,
    expr: bool,
) -> VecDeque<Result<(usize, Tok, usize), LexError>> {
    let b = text.as_bytes();
    let mut out = VecDeque::new();
    let mut i = start;
    let mut indents = vec![0usize];
    let mut depth: Vec<usize> = Vec::new();
    let mut at_line_start = !expr;
    let mut line_has_tokens = false;
    while i < end {
        if at_line_start {
            let mut j = i;
            while j < end && (b[j] == b' ' || b[j] == b'\t') {
                j += 1;
            }
            if j >= end || b[j] == b'\n' || b[j] == b'#' || b[j] == b'\r' {
                // blank line
                while j < end && b[j] != b'\n' {
                    j += 1;
                }
                i = j + 1;
                continue;
            }
            let col = j - i;
            if col > *indents.last().unwrap() {
                indents.push(col);
                out.push_back(Ok((j, Tok::Indent, j)));
            } else {
                while col < *indents.last().unwrap() {
                    indents.pop();
                    out.push_back(Ok((j, Tok::Dedent, j)));
                }
                if col != *indents.last().unwrap() {
                    let mut e = err("unindent does not match any outer indentation level", j);
                    e.kind = SyntaxErrorKind::IndentationError;
                    out.push_back(Err(e));
                    return out;
                }
            }
            at_line_start = false;
            i = j;
            continue;
        }
        let c = b[i];
        if c == b' ' || c == b'\t' || c == b'\r' {
            i += 1;
            continue;
        }
        if c == b'\\' && i + 1 < end && b[i + 1] == b'\n' {
            i += 2;
            continue;
        }
        if c == b'#' {
            while i < end && b[i] != b'\n' {
                i += 1;
            }
            continue;
        }
        if c == b'\n' {
            if depth.is_empty() && !expr {
                if line_has_tokens {
                    out.push_back(Ok((i, Tok::Newline, i + 1)));
                }
                at_line_start = true;
                line_has_tokens = false;
            }
            i += 1;
            continue;
        }
        line_has_tokens = true;
        // strings with optional prefix
        let mut j = i;
        while j < end && (b[j] as char).is_ascii_alphabetic() && j - i < 2 {
            j += 1;
        }
        let prefix = &text[i..j];
        let is_str_prefix = j < end
            && (b[j] == b'\'' || b[j] == b'"')
            && prefix.chars().all(|ch| "rRbBfFuU".contains(ch));
        if c == b'\'' || c == b'"' || is_str_prefix {
            let q = b[j];
            let triple = j + 2 < end && b[j + 1] == q && b[j + 2] == q;
            let ql = if triple { 3 } else { 1 };
            let body_start = j + ql;
            let mut k = body_start;
            let mut found = None;
            while k < end {
                if b[k] == b'\\' {
                    k += 2;
                    continue;
                }
                if !triple && b[k] == b'\n' {
                    break;
                }
                if b[k] == q && (!triple || (k + 2 < end + 0 && b[k + 1] == q && b[k + 2] == q)) {
                    found = Some(k);
                    break;
                }
                k += 1;
            }
            let Some(k) = found else {
                let line = text[..i].matches('\n').count() + 1;
                out.push_back(Err(err(
                    &format!("unterminated string literal (detected at line {line})"),
                    i,
                )));
                return out;
            };
            let body = &text[body_start..k];
            let tend = k + ql;
            let p = prefix.to_ascii_lowercase();
            let tok = if p.contains('b') {
                Tok::Bytes(body.as_bytes().to_vec())
            } else if p.contains('f') {
                Tok::FString(fparts(text, body_start, k))
            } else {
                Tok::Str(unescape(body, p.contains('r')))
            };
            out.push_back(Ok((i, tok, tend)));
            i = tend;
            continue;
        }
        if c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 {
            let mut k = i;
            while k < end
                && ((b[k] as char).is_ascii_alphanumeric() || b[k] == b'_' || b[k] >= 0x80)
            {
                k += 1;
            }
            let w = &text[i..k];
            out.push_back(Ok((
                i,
                keyword(w).unwrap_or_else(|| Tok::Name(w.to_string())),
                k,
            )));
            i = k;
            continue;
        }
        if c.is_ascii_digit() || (c == b'.' && i + 1 < end && b[i + 1].is_ascii_digit()) {
            let mut k = i;
            while k < end
                && ((b[k] as char).is_ascii_alphanumeric() || b[k] == b'.' || b[k] == b'_')
            {
                k += 1;
            }
            let w = text[i..k].replace('_', "");
            let tok = if let Some(s) = w.strip_suffix('j') {
                Tok::Imag(s.parse().unwrap_or(0.0))
            } else if let Ok(v) = w.parse::<i64>() {
                Tok::Int(v)
            } else if let Ok(v) = w.parse::<num_bigint::BigInt>() {
                Tok::BigInt(v)
            } else if let Ok(v) = w.parse::<f64>() {
                Tok::Float(v)
            } else if let Some(h) = w.strip_prefix("0x") {
                Tok::Int(i64::from_str_radix(h, 16).unwrap_or(0))
            } else {
                out.push_back(Err(err("invalid decimal literal", i)));
                return out;
            };
            out.push_back(Ok((i, tok, k)));
            i = k;
            continue;
        }
        let rest = &text[i..end];
        let Some((s, t)) = OPS.iter().find(|(s, _)| rest.starts_with(s)) else {
            out.push_back(Err(err("invalid character", i)));
            return out;
        };
        match t {
            Tok::LPar | Tok::LSqb | Tok::LBrace => depth.push(i),
            Tok::RPar | Tok::RSqb | Tok::RBrace => {
                if depth.pop().is_none() {
                    out.push_back(Err(err(&format!("unmatched '{s}'"), i)));
                    return out;
                }
            }
            _ => {}
        }
        out.push_back(Ok((i, t.clone(), i + s.len())));
        i += s.len();
    }
    if let Some(&d) = depth.last() {
        let mut e = err(&format!("'{}' was never closed", &text[d..d + 1]), d);
        e.incomplete = true;
        out.push_back(Err(e));
        return out;
    }
    if !expr {
        if line_has_tokens {
            out.push_back(Ok((end, Tok::Newline, end)));
        }
        while indents.len() > 1 {
            indents.pop();
            out.push_back(Ok((end, Tok::Dedent, end)));
        }
    }
    out
}

fn unescape(s: &str, raw: bool) -> String {
    if raw {
        return s.to_string();
    }
    s.replace("\\n", "\n")
        .replace("\\t", "\t")
        .replace("\\'", "'")
        .replace("\\\"", "\"")
}

fn fparts(text: &str, start: usize, end: usize) -> Vec<FPart> {
    let b = text.as_bytes();
    let mut parts = Vec::new();
    let mut lit = String::new();
    let mut i = start;
    while i < end {
        if b[i] == b'{' && i + 1 < end && b[i + 1] == b'{' {
            lit.push('{');
            i += 2;
            continue;
        }
        if b[i] == b'}' && i + 1 < end && b[i + 1] == b'}' {
            lit.push('}');
            i += 2;
            continue;
        }
        if b[i] == b'{' {
            if !lit.is_empty() {
                parts.push(FPart::Lit(std::mem::take(&mut lit)));
            }
            let es = i + 1;
            let mut k = es;
            let mut d = 0;
            while k < end {
                match b[k] {
                    b'(' | b'[' | b'{' => d += 1,
                    b')' | b']' => d -= 1,
                    b'}' if d == 0 => break,
                    b'}' => d -= 1,
                    b'!' | b':' | b'='
                        if d == 0
                            && b.get(k + 1) != Some(&b'=')
                            && !(b[k] == b'=' && k > es && b"=!<>".contains(&b[k - 1])) =>
                    {
                        break;
                    }
                    _ => {}
                }
                k += 1;
            }
            let ee = k;
            let mut debug = None;
            if k < end && b[k] == b'=' {
                k += 1;
                debug = Some(text[es..k].to_string());
            }
            let mut conversion = None;
            if k < end && b[k] == b'!' {
                conversion = Some(b[k + 1] as char);
                k += 2;
            }
            let mut spec = None;
            if k < end && b[k] == b':' {
                let ss = k + 1;
                let mut m = ss;
                let mut d = 0;
                while m < end {
                    if b[m] == b'{' {
                        d += 1;
                    } else if b[m] == b'}' {
                        if d == 0 {
                            break;
                        }
                        d -= 1;
                    }
                    m += 1;
                }
                spec = Some(fparts(text, ss, m));
                k = m;
            }
            parts.push(FPart::Field(FField {
                expr_start: es as u32,
                expr_end: ee as u32,
                debug_text: debug,
                conversion,
                spec,
            }));
            i = k + 1;
            continue;
        }
        let ch = text[i..].chars().next().unwrap();
        lit.push(ch);
        i += ch.len_utf8();
    }
    if !lit.is_empty() {
        parts.push(FPart::Lit(lit));
    }
    parts
}
