//! `PyStr`: the payload of `str` objects — UTF-8 text plus its length in code points
//! (so ASCII strings index in O(1)) and a lazily computed hash.
//!
//! Short text (up to [`INLINE_CAP`] bytes) is kept inside the `PyStr` itself, so a short
//! `str` object is one allocation, as CPython's compact strings are; longer text is a
//! heap buffer the `PyStr` owns (adopted from a built `String` without copying). The two
//! are told apart by `cap` (0: inline), and [`PyStr::as_str`] picks the address with a
//! select rather than a branch. This file's `unsafe` is that representation: the union,
//! the raw parts of the heap buffer and the short copy into the inline bytes.

use std::cell::Cell;
use std::mem::{ManuallyDrop, MaybeUninit};
use std::ptr::NonNull;

/// The longest text (in bytes) kept inside a `PyStr`: what fits in a `Payload` (the
/// `PyStr` is 56 bytes, as the largest other payloads).
pub const INLINE_CAP: usize = 24;

pub struct PyStr {
    /// Length in bytes.
    len: usize,
    /// Length in code points.
    nchars: usize,
    hash: Cell<i64>,
    /// Capacity of the heap buffer `text.heap`, or 0 when the text is `text.inline`.
    /// (A heap buffer always has a capacity: an empty `String` has none and is kept as
    /// empty inline text.)
    cap: usize,
    text: Text,
}

/// The text: its first `len` bytes are initialised, valid UTF-8.
union Text {
    heap: NonNull<u8>,
    inline: [MaybeUninit<u8>; INLINE_CAP],
}

// The size `Payload` is laid out for (see `value.rs`).
const _: () = assert!(std::mem::size_of::<PyStr>() == 56);

impl Drop for PyStr {
    fn drop(&mut self) {
        if self.cap != 0 {
            // SAFETY: `cap != 0`: `text.heap`, `len` and `cap` are the raw parts of the
            // `String` this `PyStr` adopted (`from_string`), owned by it alone.
            drop(unsafe { String::from_raw_parts(self.text.heap.as_ptr(), self.len, self.cap) });
        }
    }
}

/// Copies `n <= INLINE_CAP` bytes with a few word moves (no call to `memcpy`).
///
/// # Safety
/// `src` is valid for reads and `dst` for writes of `n` bytes, `n <= INLINE_CAP`.
#[inline(always)]
unsafe fn copy_short(src: *const u8, dst: *mut u8, n: usize) {
    use std::ptr::{read_unaligned as rd, write_unaligned as wr};
    // SAFETY: each move stays inside the first `n` bytes of both (overlapping moves
    // cover the middle), as the caller's contract allows.
    unsafe {
        if n >= 8 {
            if n > 16 {
                wr(dst.cast::<[u8; 16]>(), rd(src.cast::<[u8; 16]>()));
            } else {
                wr(dst.cast::<u64>(), rd(src.cast::<u64>()));
            }
            wr(
                dst.add(n - 8).cast::<u64>(),
                rd(src.add(n - 8).cast::<u64>()),
            );
        } else if n >= 4 {
            wr(dst.cast::<u32>(), rd(src.cast::<u32>()));
            wr(
                dst.add(n - 4).cast::<u32>(),
                rd(src.add(n - 4).cast::<u32>()),
            );
        } else if n > 0 {
            *dst = *src;
            *dst.add(n / 2) = *src.add(n / 2);
            *dst.add(n - 1) = *src.add(n - 1);
        }
    }
}

#[inline]
fn char_count(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

impl PyStr {
    /// Empty text, inline: the start of a short `str` built where it lies ([`set_inline`]).
    ///
    /// [`set_inline`]: PyStr::set_inline
    #[inline(always)]
    pub fn empty() -> PyStr {
        PyStr {
            len: 0,
            nchars: 0,
            hash: Cell::new(-1),
            cap: 0,
            text: Text {
                inline: [MaybeUninit::uninit(); INLINE_CAP],
            },
        }
    }

    /// Sets the text of an empty inline `PyStr` (made by [`PyStr::empty`]) to `s`,
    /// which must fit (`s.len() <= INLINE_CAP`); `ascii` when `s` is known to be ASCII.
    /// Filling the object where it already lies spares copying the text twice.
    #[inline(always)]
    pub fn set_inline(&mut self, s: &str, ascii: bool) {
        assert!(self.cap == 0 && self.len == 0 && s.len() <= INLINE_CAP);
        // SAFETY: `s.len() <= INLINE_CAP` bytes from `s` into the inline array.
        unsafe { copy_short(s.as_ptr(), (&raw mut self.text).cast::<u8>(), s.len()) };
        self.len = s.len();
        self.nchars = if ascii { s.len() } else { char_count(s) };
    }

    pub fn new(s: &str) -> PyStr {
        PyStr::with_chars(s, char_count(s))
    }

    /// A copy of `s`, known to be ASCII.
    pub fn new_ascii(s: &str) -> PyStr {
        debug_assert!(s.is_ascii());
        PyStr::with_chars(s, s.len())
    }

    #[inline]
    fn with_chars(s: &str, nchars: usize) -> PyStr {
        if s.len() <= INLINE_CAP {
            let mut p = PyStr::empty();
            p.set_inline(s, true);
            p.nchars = nchars;
            p
        } else {
            PyStr::adopt(s.to_string(), nchars)
        }
    }

    /// Takes `s` over (no copy; it stays on the heap whatever its length).
    #[inline]
    pub fn from_string(s: String) -> PyStr {
        let nchars = char_count(&s);
        PyStr::adopt(s, nchars)
    }

    #[inline(always)]
    fn adopt(s: String, nchars: usize) -> PyStr {
        if s.capacity() == 0 {
            return PyStr::empty();
        }
        let mut s = ManuallyDrop::new(s);
        PyStr {
            len: s.len(),
            nchars,
            hash: Cell::new(-1),
            cap: s.capacity(),
            // SAFETY: a `String`'s buffer pointer is never null.
            text: Text {
                heap: unsafe { NonNull::new_unchecked(s.as_mut_ptr()) },
            },
        }
    }

    #[inline(always)]
    pub fn as_str(&self) -> &str {
        let p = if self.cap == 0 {
            (&raw const self.text).cast::<u8>()
        } else {
            // SAFETY: `cap != 0`: the text is on the heap.
            unsafe { self.text.heap.as_ptr() }
        };
        // SAFETY: the first `len` bytes at `p` are initialised UTF-8 (see `Text`), and
        // live as long as `self`.
        unsafe { std::str::from_utf8_unchecked(std::slice::from_raw_parts(p, self.len)) }
    }

    /// Length in code points (Python's `len`).
    #[inline]
    pub fn char_len(&self) -> usize {
        self.nchars
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.nchars == self.len
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
        let h = str_hash(self.as_str().as_bytes());
        self.hash.set(h);
        h
    }

    /// The code point at index `i` (0-based, in range).
    pub fn char_at(&self, i: usize) -> char {
        let s = self.as_str();
        if self.is_ascii() {
            s.as_bytes()[i] as char
        } else {
            s.chars().nth(i).unwrap_or('\0')
        }
    }

    /// Byte offset of code point `i` (`i <= char_len`).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i
        } else {
            let s = self.as_str();
            s.char_indices().nth(i).map(|(b, _)| b).unwrap_or(s.len())
        }
    }

    /// Substring by code point range.
    pub fn substr(&self, start: usize, end: usize) -> &str {
        let s = self.as_str();
        if self.is_ascii() {
            &s[start..end]
        } else {
            let a = self.byte_offset(start);
            let b = a + s[a..]
                .char_indices()
                .nth(end - start)
                .map(|(b, _)| b)
                .unwrap_or(s.len() - a);
            &s[a..b]
        }
    }
}

/// Text of at most [`INLINE_CAP`] bytes put together on the stack (the parts of an
/// f-string), to become a short `str` without a heap buffer.
pub struct ShortText {
    buf: [MaybeUninit<u8>; INLINE_CAP],
    /// Bytes used; `buf[..len]` is initialised, valid UTF-8.
    len: usize,
}

impl Default for ShortText {
    fn default() -> Self {
        ShortText {
            buf: [MaybeUninit::uninit(); INLINE_CAP],
            len: 0,
        }
    }
}

impl ShortText {
    /// Appends `s`, or returns false (and leaves the text as it was) if it would not
    /// fit.
    #[inline(always)]
    pub fn push(&mut self, s: &str) -> bool {
        if s.len() > INLINE_CAP - self.len {
            return false;
        }
        // SAFETY: `self.len + s.len() <= INLINE_CAP` (checked above): `s.len()` bytes
        // fit at offset `len` of the buffer.
        unsafe {
            copy_short(
                s.as_ptr(),
                self.buf.as_mut_ptr().add(self.len).cast::<u8>(),
                s.len(),
            )
        };
        self.len += s.len();
        true
    }

    #[inline(always)]
    pub fn as_str(&self) -> &str {
        // SAFETY: `buf[..len]` is initialised and, being whole `&str`s put end to end,
        // valid UTF-8.
        unsafe {
            std::str::from_utf8_unchecked(std::slice::from_raw_parts(
                self.buf.as_ptr().cast::<u8>(),
                self.len,
            ))
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
