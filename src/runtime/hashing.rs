//! CPython-compatible hashes for ints, floats and tuples (placeholder until the full
//! implementation lands).

use num_bigint::BigInt;
use num_traits::ToPrimitive;

const MODULUS: i64 = (1 << 61) - 1;

pub fn hash_i64(v: i64) -> i64 {
    let r = if v >= 0 { v % MODULUS } else { -((-(v as i128) % MODULUS as i128) as i64) };
    if r == -1 { -2 } else { r }
}

pub fn hash_bigint(v: &BigInt) -> i64 {
    let m = BigInt::from(MODULUS);
    let r = v % &m;
    let r = r.to_i64().unwrap_or(0);
    if r == -1 { -2 } else { r }
}

pub fn hash_f64(v: f64, identity: usize) -> i64 {
    if v.is_nan() {
        return (identity >> 4) as i64;
    }
    if v.fract() == 0.0 && v.abs() < 9.2e18 {
        return hash_i64(v as i64);
    }
    let h = v.to_bits() as i64 & MODULUS;
    if h == -1 { -2 } else { h }
}

pub fn tuple_hash(items: impl Iterator<Item = i64>, len: usize) -> i64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc: u64 = P5;
    for h in items {
        acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((len as u64) ^ (P5 ^ 3527539));
    if acc as i64 == -1 { 1546275796 } else { acc as i64 }
}
