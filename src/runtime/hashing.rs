//! CPython-compatible hashes for int, float, tuple and identity, plus a fast
//! deterministic hash for str and bytes.
//!
//! Numeric hashes follow `Python/pyhash.c` and `Objects/longobject.c` exactly: a number
//! hashes to its value modulo the Mersenne prime 2**61 - 1 (with the sign kept), so
//! equal numbers of different types (`1`, `1.0`, `True`) hash alike and set/dict
//! iteration orders of numbers and tuples match CPython's. `-1` is never a hash (it is
//! CPython's error marker) and becomes `-2`. Strings use randomized SipHash in CPython,
//! so their order cannot be matched anyway; we only promise a good, fixed hash.

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

/// Bits in the modulus: CPython's `_PyHASH_BITS` on 64-bit platforms.
pub const HASH_BITS: u32 = 61;
/// `_PyHASH_MODULUS` = 2**61 - 1.
pub const HASH_MODULUS: u64 = (1 << HASH_BITS) - 1;
/// `_PyHASH_INF`: `hash(float('inf'))`.
pub const HASH_INF: i64 = 314_159;

fn fix_minus_one(h: i64) -> i64 {
    if h == -1 { -2 } else { h }
}

/// `hash(int)` for a machine integer.
pub fn hash_i64(v: i64) -> i64 {
    let m = (v.unsigned_abs() % HASH_MODULUS) as i64;
    fix_minus_one(if v < 0 { -m } else { m })
}

/// `hash(int)` for an arbitrary-precision integer.
pub fn hash_bigint(v: &BigInt) -> i64 {
    if let Some(small) = v.to_i64() {
        return hash_i64(small);
    }
    // Horner's rule over 32-bit digits, most significant first, modulo 2**61 - 1.
    let (sign, digits) = v.to_u32_digits();
    let m = digits.iter().rev().fold(0u128, |acc, &d| {
        ((acc << 32) | u128::from(d)) % u128::from(HASH_MODULUS)
    }) as i64;
    fix_minus_one(if sign == Sign::Minus { -m } else { m })
}

/// `_Py_HashPointer`: the identity hash of an object at `addr` (rotated by 4 bits,
/// since the low bits of addresses are usually zero).
pub fn hash_pointer(addr: usize) -> i64 {
    fix_minus_one((addr as u64).rotate_right(4) as i64)
}

/// `_Py_HashDouble` (3.10+): NaNs hash by identity, so the caller passes the float
/// object's address in `identity` (used only for NaN).
pub fn hash_f64(v: f64, identity: usize) -> i64 {
    if !v.is_finite() {
        return if v.is_nan() {
            hash_pointer(identity)
        } else if v > 0.0 {
            HASH_INF
        } else {
            -HASH_INF
        };
    }
    if v == v.trunc() && v.abs() < 9.2e18 {
        return hash_i64(v as i64); // exact integral value: same as the int's hash
    }
    let (mut m, mut e) = frexp(v);
    let sign: i64 = if m < 0.0 {
        m = -m;
        -1
    } else {
        1
    };
    // Process 28 bits at a time, as CPython does, reducing modulo 2**61 - 1.
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & HASH_MODULUS) | (x >> (HASH_BITS - 28));
        m *= 268_435_456.0; // 2**28
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= HASH_MODULUS {
            x -= HASH_MODULUS;
        }
    }
    let bits = HASH_BITS as i32;
    let e = if e >= 0 {
        e % bits
    } else {
        bits - 1 - ((-1 - e) % bits)
    } as u32;
    x = ((x << e) & HASH_MODULUS) | (x >> (HASH_BITS - e));
    fix_minus_one((x as i64).wrapping_mul(sign))
}

/// C's `frexp` for finite nonzero `v`: `v == m * 2**e` with `0.5 <= |m| < 1`.
fn frexp(v: f64) -> (f64, i32) {
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(v * f64::from_bits(0x4350_0000_0000_0000)); // 2**54
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

const XXPRIME_1: u64 = 11_400_714_785_074_694_791;
const XXPRIME_2: u64 = 14_029_467_366_897_019_727;
const XXPRIME_5: u64 = 2_870_177_450_012_600_261;

/// `tuplehash` (3.8+, an xxHash64 variant) over the hashes of the items.
pub fn tuple_hash(item_hashes: impl Iterator<Item = i64>, len: usize) -> i64 {
    let mut acc = XXPRIME_5;
    for lane in item_hashes {
        acc = acc.wrapping_add((lane as u64).wrapping_mul(XXPRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XXPRIME_1);
    }
    acc = acc.wrapping_add((len as u64) ^ (XXPRIME_5 ^ 3_527_539));
    if acc == u64::MAX {
        1_546_275_796
    } else {
        acc as i64
    }
}

/// A fast deterministic hash of bytes (word-at-a-time multiply-rotate, then the
/// splitmix64 finaliser). `hash(b'') == 0` as in CPython.
pub fn hash_bytes(b: &[u8]) -> i64 {
    if b.is_empty() {
        return 0;
    }
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut h: u64 = (b.len() as u64).wrapping_mul(K);
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let w = u64::from_le_bytes(c.try_into().expect("chunk of 8"));
        h = (h ^ w).wrapping_mul(K).rotate_left(29);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut buf = [0u8; 8];
        buf[..rest.len()].copy_from_slice(rest);
        h = (h ^ u64::from_le_bytes(buf))
            .wrapping_mul(K)
            .rotate_left(29);
    }
    h ^= h >> 30;
    h = h.wrapping_mul(0xBF58_476D_1CE4_E5B9);
    h ^= h >> 27;
    h = h.wrapping_mul(0x94D0_49BB_1331_11EB);
    h ^= h >> 31;
    fix_minus_one(h as i64)
}

/// Hash of a str: [`hash_bytes`] of its UTF-8 (equal strs have equal bytes).
pub fn hash_str(s: &str) -> i64 {
    hash_bytes(s.as_bytes())
}

#[cfg(test)]
#[rustfmt::skip]
mod cases;

#[cfg(test)]
mod tests {
    use super::cases::*;
    use super::*;

    #[test]
    fn int_hashes_match_cpython() {
        for &(text, want) in INT_HASHES {
            let v: BigInt = text.parse().unwrap();
            assert_eq!(hash_bigint(&v), want, "hash({text})");
            if let Some(small) = v.to_i64() {
                assert_eq!(hash_i64(small), want, "hash_i64({text})");
            }
        }
    }

    #[test]
    fn float_hashes_match_cpython() {
        for &(bits, want) in FLOAT_HASHES {
            let f = f64::from_bits(bits);
            assert_eq!(hash_f64(f, 0), want, "hash({f:?})");
        }
    }

    #[test]
    fn equal_numbers_hash_alike() {
        for v in [0i64, 1, -1, 2, -2, 1 << 40, -(1 << 53), 12345] {
            assert_eq!(hash_f64(v as f64, 0), hash_i64(v));
        }
        let big: BigInt = BigInt::from(1u8) << 80;
        assert_eq!(hash_f64(2f64.powi(80), 0), hash_bigint(&big));
    }

    #[test]
    fn nan_hashes_by_identity() {
        for &(addr, want) in NAN_HASHES {
            assert_eq!(hash_f64(f64::NAN, addr), want, "nan at {addr:#x}");
            assert_eq!(hash_pointer(addr), want);
        }
    }

    #[test]
    fn tuple_hashes_match_cpython() {
        for &(items, want) in TUPLE_HASHES {
            assert_eq!(
                tuple_hash(items.iter().copied(), items.len()),
                want,
                "{items:?}"
            );
        }
    }

    #[test]
    fn bytes_hash_is_deterministic_and_spread() {
        assert_eq!(hash_str(""), 0);
        assert_eq!(hash_str("abc"), hash_bytes(b"abc"));
        assert_eq!(hash_str("hello world!"), hash_str("hello world!"));
        let hs: std::collections::HashSet<i64> = (0..10_000)
            .map(|i| hash_str(&format!("key{i}")) & 0xffff)
            .collect();
        assert!(hs.len() > 8_000, "poor low-bit spread: {}", hs.len());
        assert_ne!(hash_bytes(b"a"), hash_bytes(b"a\0"));
        assert_ne!(hash_bytes(b"12345678"), hash_bytes(b"12345678\0"));
    }
}
