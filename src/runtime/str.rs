//! `PyStr`: the payload of `str` objects — UTF-8 text plus its length in code points
//! (so ASCII strings index in O(1)) and a lazily computed hash.

use std::cell::Cell;

pub struct PyStr {
    /// Kept as a `String` (not `Box<str>`) so adopting a built string never reallocates.
    s: String,
    /// Length in code points.
    nchars: usize,
    hash: Cell<i64>,
}

impl PyStr {
    pub fn new(s: &str) -> PyStr {
        let nchars = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        PyStr {
            s: s.to_string(),
            nchars,
            hash: Cell::new(-1),
        }
    }

    /// A copy of `s`, known to be ASCII.
    pub fn new_ascii(s: &str) -> PyStr {
        debug_assert!(s.is_ascii());
        PyStr {
            s: s.to_string(),
            nchars: s.len(),
            hash: Cell::new(-1),
        }
    }

    pub fn from_string(s: String) -> PyStr {
        let nchars = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        PyStr {
            s,
            nchars,
            hash: Cell::new(-1),
        }
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        &self.s
    }

    /// Length in code points (Python's `len`).
    #[inline]
    pub fn char_len(&self) -> usize {
        self.nchars
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.nchars == self.s.len()
    }

    /// The hash (stable within a process; Python's str hash is randomised per run anyway).
    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        self.compute_hash()
    }

    #[cold]
    fn compute_hash(&self) -> i64 {
        let h = str_hash(self.s.as_bytes());
        self.hash.set(h);
        h
    }

    /// The code point at index `i` (0-based, in range).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.s.as_bytes()[i] as char
        } else {
            self.s.chars().nth(i).unwrap_or('\0')
        }
    }

    /// Byte offset of code point `i` (`i <= char_len`).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i
        } else {
            self.s
                .char_indices()
                .nth(i)
                .map(|(b, _)| b)
                .unwrap_or(self.s.len())
        }
    }

    /// Substring by code point range.
    pub fn substr(&self, start: usize, end: usize) -> &str {
        if self.is_ascii() {
            &self.s[start..end]
        } else {
            let a = self.byte_offset(start);
            let b = a + self.s[a..]
                .char_indices()
                .nth(end - start)
                .map(|(b, _)| b)
                .unwrap_or(self.s.len() - a);
            &self.s[a..b]
        }
    }
}

/// FNV-1a variant mixed to 62 bits; never -1.
pub fn str_hash(b: &[u8]) -> i64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for &c in b {
        h ^= c as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h ^= h >> 29;
    h = h.wrapping_mul(0xbf58476d1ce4e5b9);
    h ^= h >> 32;
    let v = (h >> 2) as i64;
    if v == -1 { -2 } else { v }
}
