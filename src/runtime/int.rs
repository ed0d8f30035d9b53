//! Integer arithmetic: the `i64` fast path, promotion to `BigInt` on overflow, and
//! Python's floor division / modulo / power / shift semantics. Also float arithmetic
//! helpers shared with the operators.

use crate::bytecode::op::BinOpKind;
use crate::runtime::value::Value;
use crate::vm::{PyResult, Vm};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// An integer operand, borrowed.
pub enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntRef<'_> {
    pub fn to_big(&self) -> BigInt {
        match self {
            IntRef::Small(i) => BigInt::from(*i),
            IntRef::Big(b) => (*b).clone(),
        }
    }
    pub fn to_f64(&self) -> f64 {
        match self {
            IntRef::Small(i) => *i as f64,
            IntRef::Big(b) => b.to_f64().unwrap_or(f64::INFINITY),
        }
    }
    pub fn is_negative(&self) -> bool {
        match self {
            IntRef::Small(i) => *i < 0,
            IntRef::Big(b) => b.is_negative(),
        }
    }
    pub fn is_zero(&self) -> bool {
        match self {
            IntRef::Small(i) => *i == 0,
            IntRef::Big(b) => b.is_zero(),
        }
    }
}

/// View an int-like value (int, bool, bigint) as an integer.
pub fn as_int(v: &Value) -> Option<IntRef<'_>> {
    match v {
        Value::Int(i) => Some(IntRef::Small(*i)),
        Value::Bool(b) => Some(IntRef::Small(b.get() as i64)),
        Value::Obj(_) => v.as_bigint().map(IntRef::Big),
        _ => None,
    }
}

/// Python floor division for i64 (caller excludes b == 0 and MIN / -1).
#[inline]
pub fn floordiv_i64(a: i64, b: i64) -> i64 {
    let q = a / b;
    if (a % b != 0) && ((a < 0) != (b < 0)) {
        q - 1
    } else {
        q
    }
}

/// Python modulo for i64 (caller excludes b == 0).
#[inline]
pub fn mod_i64(a: i64, b: i64) -> i64 {
    let r = a.wrapping_rem(b);
    if r != 0 && ((r < 0) != (b < 0)) {
        r + b
    } else {
        r
    }
}

/// Python float modulo.
pub fn mod_f64(a: f64, b: f64) -> f64 {
    let mut m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    m
}

/// Python float floor division.
pub fn floordiv_f64(a: f64, b: f64) -> f64 {
    let m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 && ((b < 0.0) != (m < 0.0)) {
        div -= 1.0;
    }
    if div != 0.0 {
        let floor = div.floor();
        if div - floor > 0.5 {
            floor + 1.0
        } else {
            floor
        }
    } else {
        0.0f64.copysign(a / b)
    }
}

/// Integer binary operation on two int operands; `None` when the operation is not an
/// integer one (true division is handled here too, returning a float).
pub fn int_binop(vm: &mut Vm, op: BinOpKind, a: IntRef, b: IntRef) -> PyResult<Value> {
    if let (IntRef::Small(x), IntRef::Small(y)) = (&a, &b) {
        let (x, y) = (*x, *y);
        let r = match op {
            BinOpKind::Add => x.checked_add(y),
            BinOpKind::Sub => x.checked_sub(y),
            BinOpKind::Mul => x.checked_mul(y),
            BinOpKind::FloorDiv => {
                if y == 0 {
                    return Err(vm.zero_division("integer division or modulo by zero"));
                }
                if x == i64::MIN && y == -1 {
                    None
                } else {
                    Some(floordiv_i64(x, y))
                }
            }
            BinOpKind::Mod => {
                if y == 0 {
                    return Err(vm.zero_division("integer modulo by zero"));
                }
                if y == -1 {
                    Some(0)
                } else {
                    Some(mod_i64(x, y))
                }
            }
            BinOpKind::And => Some(x & y),
            BinOpKind::Or => Some(x | y),
            BinOpKind::Xor => Some(x ^ y),
            BinOpKind::LShift => {
                if y < 0 {
                    return Err(vm.value_error("negative shift count"));
                }
                if x == 0 {
                    Some(0)
                } else if y < 63 && (x.unsigned_abs().leading_zeros() as i64) > y + 1 {
                    Some(x << y)
                } else {
                    None
                }
            }
            BinOpKind::RShift => {
                if y < 0 {
                    return Err(vm.value_error("negative shift count"));
                }
                Some(if y >= 64 {
                    if x < 0 { -1 } else { 0 }
                } else {
                    x >> y
                })
            }
            BinOpKind::TrueDiv => {
                if y == 0 {
                    return Err(vm.zero_division("division by zero"));
                }
                if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
                    return Ok(Value::float(x as f64 / y as f64));
                }
                return big_truediv(vm, &BigInt::from(x), &BigInt::from(y));
            }
            BinOpKind::Pow => {
                if y < 0 {
                    if x == 0 {
                        return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
                    }
                    return Ok(Value::float((x as f64).powf(y as f64)));
                }
                if y <= u32::MAX as i64 {
                    x.checked_pow(y as u32)
                } else {
                    None
                }
            }
            BinOpKind::MatMul => return Err(unsupported(vm, op, "int", "int")),
        };
        if let Some(r) = r {
            return Ok(Value::Int(r));
        }
    }
    let x = a.to_big();
    let y = b.to_big();
    let r = match op {
        BinOpKind::Add => x + y,
        BinOpKind::Sub => x - y,
        BinOpKind::Mul => {
            let bits = x.bits() + y.bits();
            if bits > 64 * 1024 * 1024 * 8 {
                return Err(vm.memory_error());
            }
            x * y
        }
        BinOpKind::FloorDiv => {
            if y.is_zero() {
                return Err(vm.zero_division("integer division or modulo by zero"));
            }
            x.div_floor(&y)
        }
        BinOpKind::Mod => {
            if y.is_zero() {
                return Err(vm.zero_division("integer modulo by zero"));
            }
            x.mod_floor(&y)
        }
        BinOpKind::And => x & y,
        BinOpKind::Or => x | y,
        BinOpKind::Xor => x ^ y,
        BinOpKind::LShift => {
            if y.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            let Some(s) = y.to_u64().filter(|s| *s < (1 << 33)) else {
                return Err(vm.overflow_error("too many digits in integer"));
            };
            x << s
        }
        BinOpKind::RShift => {
            if y.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            match y.to_u64() {
                Some(s) => {
                    // Floor semantics for negatives.
                    if x.is_negative() {
                        let d = BigInt::one() << s;
                        x.div_floor(&d)
                    } else {
                        x >> s
                    }
                }
                None => {
                    if x.is_negative() {
                        BigInt::from(-1)
                    } else {
                        BigInt::zero()
                    }
                }
            }
        }
        BinOpKind::TrueDiv => {
            if y.is_zero() {
                return Err(vm.zero_division("division by zero"));
            }
            return big_truediv(vm, &x, &y);
        }
        BinOpKind::Pow => {
            if y.is_negative() {
                if x.is_zero() {
                    return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
                }
                let xf = x.to_f64().unwrap_or(f64::INFINITY);
                let yf = y.to_f64().unwrap_or(f64::NEG_INFINITY);
                return Ok(Value::float(xf.powf(yf)));
            }
            if x.is_zero() || x.is_one() {
                return Ok(vm.new_bigint(x));
            }
            if x == BigInt::from(-1) {
                return Ok(Value::Int(if y.is_even() { 1 } else { -1 }));
            }
            let Some(e) = y.to_u32() else {
                return Err(vm.memory_error());
            };
            if (x.bits() as f64) * (e as f64) > 8.0 * 1024.0 * 1024.0 * 512.0 {
                return Err(vm.memory_error());
            }
            num_traits::pow(x, e as usize)
        }
        BinOpKind::MatMul => return Err(unsupported(vm, op, "int", "int")),
    };
    Ok(vm.new_bigint(r))
}

fn big_truediv(vm: &mut Vm, x: &BigInt, y: &BigInt) -> PyResult<Value> {
    if let (Some(a), Some(b)) = (x.to_f64(), y.to_f64())
        && a.abs() < 9.007199254740992e15
        && b.abs() < 9.007199254740992e15
    {
        return Ok(Value::float(a / b));
    }
    let (xb, yb) = (x.bits() as i64, y.bits() as i64);
    if xb - yb > 1025 {
        return Err(vm.overflow_error("integer division result too large for a float"));
    }
    // Scale so the quotient keeps about 64 significant bits, divide exactly, rescale.
    let shift = (yb - xb + 66).max(0);
    let q = (x << shift as u64) / y;
    let mut r = q.to_f64().unwrap_or(f64::INFINITY);
    let mut s = shift;
    while s > 0 {
        let step = s.min(1000);
        r /= 2f64.powi(step as i32);
        s -= step;
    }
    if r.is_infinite() {
        return Err(vm.overflow_error("integer division result too large for a float"));
    }
    Ok(Value::float(r))
}

/// Float binary operation.
pub fn float_binop(vm: &mut Vm, op: BinOpKind, x: f64, y: f64) -> PyResult<Value> {
    let r = match op {
        BinOpKind::Add => x + y,
        BinOpKind::Sub => x - y,
        BinOpKind::Mul => x * y,
        BinOpKind::TrueDiv => {
            if y == 0.0 {
                return Err(vm.zero_division("float division by zero"));
            }
            x / y
        }
        BinOpKind::FloorDiv => {
            if y == 0.0 {
                return Err(vm.zero_division("float floor division by zero"));
            }
            floordiv_f64(x, y)
        }
        BinOpKind::Mod => {
            if y == 0.0 {
                return Err(vm.zero_division("float modulo"));
            }
            mod_f64(x, y)
        }
        BinOpKind::Pow => return float_pow(vm, x, y),
        _ => return Err(unsupported(vm, op, "float", "float")),
    };
    Ok(Value::float(r))
}

pub fn float_pow(vm: &mut Vm, x: f64, y: f64) -> PyResult<Value> {
    if x == 0.0 && y < 0.0 {
        return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
    }
    if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
        // Complex result in CPython; we do not support complex numbers.
        return Err(vm.value_error("math domain error"));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(vm.overflow_error("(34, 'Numerical result out of range')"));
    }
    Ok(Value::float(r))
}

pub fn unsupported(vm: &Vm, op: BinOpKind, a: &str, b: &str) -> crate::vm::PyErr {
    vm.type_error(format!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        op.symbol(),
        a,
        b
    ))
}

/// Compare two ints: -1, 0, 1.
pub fn int_cmp(a: &IntRef, b: &IntRef) -> std::cmp::Ordering {
    match (a, b) {
        (IntRef::Small(x), IntRef::Small(y)) => x.cmp(y),
        _ => a.to_big().cmp(&b.to_big()),
    }
}

/// Compare an int with a float exactly (as CPython does).
pub fn int_float_cmp(a: &IntRef, f: f64) -> Option<std::cmp::Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            std::cmp::Ordering::Less
        } else {
            std::cmp::Ordering::Greater
        });
    }
    if let IntRef::Small(i) = a
        && i.unsigned_abs() < (1 << 53)
    {
        return (*i as f64).partial_cmp(&f);
    }
    // Compare exactly via the integer part of f.
    let fl = f.floor();
    let fi = BigInt::from_f64_exact(fl);
    let ai = a.to_big();
    match ai.cmp(&fi) {
        std::cmp::Ordering::Equal => {
            if f > fl {
                Some(std::cmp::Ordering::Less)
            } else {
                Some(std::cmp::Ordering::Equal)
            }
        }
        o => Some(o),
    }
}

trait FromF64Exact {
    fn from_f64_exact(f: f64) -> BigInt;
}

impl FromF64Exact for BigInt {
    fn from_f64_exact(f: f64) -> BigInt {
        num_traits::FromPrimitive::from_f64(f).unwrap_or_default()
    }
}

/// `int(f)` for a float: truncation toward zero.
pub fn float_to_int(vm: &Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.2e18 {
        return Ok(Value::Int(t as i64));
    }
    Ok(vm.new_bigint(BigInt::from_f64_exact(t)))
}
