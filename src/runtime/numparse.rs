//! Parsing numbers from strings the way `int()` and `float()` do (placeholder).

use num_bigint::BigInt;

pub fn parse_int(s: &str, base: u32) -> Option<BigInt> {
    let t = s.trim();
    let (neg, t) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let (base, t) = if base == 16 || base == 0 {
        match t.get(..2) {
            Some("0x") | Some("0X") => (16, &t[2..]),
            Some("0o") | Some("0O") if base == 0 => (8, &t[2..]),
            Some("0b") | Some("0B") if base == 0 => (2, &t[2..]),
            _ => (if base == 0 { 10 } else { base }, t),
        }
    } else {
        (base, t)
    };
    if t.is_empty() || t.starts_with('_') || t.ends_with('_') || t.contains("__") {
        return None;
    }
    let digits: String = t.chars().filter(|c| *c != '_').collect();
    let v = BigInt::parse_bytes(digits.as_bytes(), base)?;
    Some(if neg { -v } else { v })
}

pub fn parse_float(s: &str) -> Option<f64> {
    let t = s.trim();
    let lower = t.to_ascii_lowercase();
    match lower.trim_start_matches(['+', '-']) {
        "inf" | "infinity" => return Some(if lower.starts_with('-') { f64::NEG_INFINITY } else { f64::INFINITY }),
        "nan" => return Some(f64::NAN),
        _ => {}
    }
    if t.starts_with('_') || t.ends_with('_') || t.contains("__") {
        return None;
    }
    let c: String = t.chars().filter(|c| *c != '_').collect();
    if c.is_empty() || c.chars().any(|ch| ch.is_alphabetic() && ch != 'e' && ch != 'E') {
        return None;
    }
    c.parse().ok()
}
