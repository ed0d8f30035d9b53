//! The `math` module.

use crate::builtins::constructors::to_float;
use crate::runtime::int::as_int;
use crate::runtime::str::PyStr;
use crate::runtime::value::*;
use crate::vm::{PyResult, Vm};
use num_bigint::BigInt;
use std::rc::Rc;

type Kw<'a> = &'a [Rc<PyStr>];

/// Argument `i` as a float: ints and floats inline (`math.sqrt(x)` in a loop), anything
/// else through `to_float`.
#[inline(always)]
fn arg_f(vm: &mut Vm, args: &[Value], i: usize, name: &str) -> PyResult<f64> {
    match args.get(i) {
        Some(Value::Float(f)) => Ok(f.get()),
        Some(Value::Int(n)) => Ok(*n as f64),
        _ => arg_f_slow(vm, args, i, name),
    }
}

#[cold]
#[inline(never)]
fn arg_f_slow(vm: &mut Vm, args: &[Value], i: usize, name: &str) -> PyResult<f64> {
    match args.get(i) {
        // A big int's own error (OverflowError) stands; strings are not numbers here.
        Some(v) if v.as_bigint().is_some() => to_float(vm, v),
        Some(v) if v.as_str().is_none() && v.as_bytes().is_none() => to_float(vm, v)
            .map_err(|_| vm.type_error(format!("must be real number, not {}", vm.type_name(v)))),
        Some(v) => Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v)))),
        None => Err(vm.type_error(format!(
            "math.{name}() takes exactly one argument (0 given)"
        ))),
    }
}

/// The `TypeError` of a one-argument function called otherwise.
#[cold]
fn one_arg(vm: &Vm, name: &str, given: usize, kw: Kw) -> crate::vm::PyErr {
    if kw.is_empty() {
        vm.type_error(format!(
            "math.{name}() takes exactly one argument ({given} given)"
        ))
    } else {
        vm.type_error(format!("math.{name}() takes no keyword arguments"))
    }
}

fn domain(vm: &Vm) -> crate::vm::PyErr {
    vm.value_error("math domain error")
}

macro_rules! unary {
    ($name:ident, $pyname:expr, |$x:ident| $body:expr, $check:expr) => {
        fn $name(vm: &mut Vm, args: &[Value], k: Kw) -> PyResult<Value> {
            if args.len() != 1 || !k.is_empty() {
                return Err(one_arg(vm, $pyname, args.len(), k));
            }
            let $x = arg_f(vm, args, 0, $pyname)?;
            let ok: bool = $check;
            if !ok {
                return Err(domain(vm));
            }
            let r: f64 = $body;
            if r.is_infinite() && $x.is_finite() {
                return Err(vm.overflow_error("math range error"));
            }
            Ok(Value::float(r))
        }
    };
}

unary!(sqrt, "sqrt", |x| x.sqrt(), x >= 0.0 || x.is_nan());
unary!(exp, "exp", |x| x.exp(), true);
unary!(sin, "sin", |x| x.sin(), !x.is_infinite());
unary!(cos, "cos", |x| x.cos(), !x.is_infinite());
unary!(tan, "tan", |x| x.tan(), !x.is_infinite());
unary!(
    asin,
    "asin",
    |x| x.asin(),
    (-1.0..=1.0).contains(&x) || x.is_nan()
);
unary!(
    acos,
    "acos",
    |x| x.acos(),
    (-1.0..=1.0).contains(&x) || x.is_nan()
);
unary!(atan, "atan", |x| x.atan(), true);
unary!(sinh, "sinh", |x| x.sinh(), true);
unary!(cosh, "cosh", |x| x.cosh(), true);
unary!(tanh, "tanh", |x| x.tanh(), true);
unary!(log2, "log2", |x| x.log2(), x > 0.0 || x.is_nan());
unary!(log10, "log10", |x| x.log10(), x > 0.0 || x.is_nan());
unary!(fabs, "fabs", |x| x.abs(), true);
unary!(degrees, "degrees", |x| x.to_degrees(), true);
unary!(radians, "radians", |x| x.to_radians(), true);
unary!(expm1, "expm1", |x| x.exp_m1(), true);
unary!(log1p, "log1p", |x| x.ln_1p(), x > -1.0 || x.is_nan());

fn log(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    let lnx = match args.first().and_then(|v| v.as_bigint()) {
        Some(b) if b.sign() == num_bigint::Sign::Plus => {
            let bits = b.bits();
            let shift = bits.saturating_sub(60);
            let top: BigInt = b >> shift;
            num_traits::ToPrimitive::to_f64(&top).unwrap_or(1.0).ln()
                + shift as f64 * std::f64::consts::LN_2
        }
        _ => {
            let x = arg_f(vm, args, 0, "log")?;
            if x <= 0.0 {
                return Err(domain(vm));
            }
            x.ln()
        }
    };
    match args.get(1) {
        Some(_) => {
            let b = arg_f(vm, args, 1, "log")?;
            if b <= 0.0 || b == 1.0 {
                return Err(if b == 1.0 {
                    vm.zero_division("float division by zero")
                } else {
                    domain(vm)
                });
            }
            Ok(Value::float(lnx / b.ln()))
        }
        None => Ok(Value::float(lnx)),
    }
}

fn pow(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    let x = arg_f(vm, args, 0, "pow")?;
    let y = arg_f(vm, args, 1, "pow")?;
    if x == 0.0 && y < 0.0 || (x < 0.0 && y.fract() != 0.0 && y.is_finite()) {
        return Err(domain(vm));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(vm.overflow_error("math range error"));
    }
    Ok(Value::float(r))
}

fn atan2(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    let y = arg_f(vm, args, 0, "atan2")?;
    let x = arg_f(vm, args, 1, "atan2")?;
    Ok(Value::float(y.atan2(x)))
}

fn hypot(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    let mut xs = Vec::with_capacity(args.len());
    for i in 0..args.len() {
        xs.push(arg_f(vm, args, i, "hypot")?.abs());
    }
    Ok(Value::float(vector_norm(&xs)))
}

/// sqrt of the sum of squares, scaled by the largest element (CPython's vector_norm,
/// without its final correction step).
fn vector_norm(xs: &[f64]) -> f64 {
    if xs.iter().any(|x| x.is_infinite()) {
        return f64::INFINITY;
    }
    if xs.iter().any(|x| x.is_nan()) {
        return f64::NAN;
    }
    let max = xs.iter().cloned().fold(0.0, f64::max);
    if max == 0.0 || xs.len() <= 1 {
        return max;
    }
    let sum: f64 = xs.iter().map(|x| (x / max) * (x / max)).sum();
    max * sum.sqrt()
}

fn frexp(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    let x = arg_f(vm, args, 0, "frexp")?;
    if x == 0.0 || !x.is_finite() {
        return Ok(vm.new_tuple(vec![Value::float(x), Value::Int(0)]));
    }
    let mut e = x.abs().log2().floor() as i64 + 1;
    let mut m = x / 2f64.powi(e as i32);
    if m.abs() >= 1.0 {
        m /= 2.0;
        e += 1;
    } else if m.abs() < 0.5 {
        m *= 2.0;
        e -= 1;
    }
    Ok(vm.new_tuple(vec![Value::float(m), Value::Int(e)]))
}

fn ldexp(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    let x = arg_f(vm, args, 0, "ldexp")?;
    let e = match args.get(1) {
        Some(v) => vm.int_arg(v, "")?,
        None => return Err(vm.type_error("ldexp expected 2 arguments, got 1")),
    };
    let mut r = x;
    let mut k = e.clamp(-4000, 4000);
    while k > 0 {
        let s = k.min(1000);
        r *= 2f64.powi(s as i32);
        k -= s;
    }
    while k < 0 {
        let s = (-k).min(1000);
        r /= 2f64.powi(s as i32);
        k += s;
    }
    if r.is_infinite() && x.is_finite() {
        return Err(vm.overflow_error("math range error"));
    }
    Ok(Value::float(r))
}

fn copysign(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    let x = arg_f(vm, args, 0, "copysign")?;
    let y = arg_f(vm, args, 1, "copysign")?;
    Ok(Value::float(x.copysign(y)))
}

fn fmod(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    let x = arg_f(vm, args, 0, "fmod")?;
    let y = arg_f(vm, args, 1, "fmod")?;
    if y == 0.0 || x.is_infinite() {
        return Err(domain(vm));
    }
    Ok(Value::float(x % y))
}

fn to_int_round(vm: &mut Vm, args: &[Value], name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    if let Some(v) = args.first()
        && as_int(v).is_some()
    {
        return Ok(match v {
            Value::Bool(b) => Value::Int(b.get() as i64),
            _ => v.clone(),
        });
    }
    if let Some(v) = args.first()
        && vm.is_heap(v)
    {
        let dunder = format!("__{name}__");
        if let Some(m) = vm.lookup_name_on(&vm.type_of(v).clone(), &dunder) {
            return vm.call_method_value(&m, v, &[]);
        }
    }
    let x = arg_f(vm, args, 0, name)?;
    crate::runtime::int::float_to_int(vm, f(x))
}

fn floor(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    to_int_round(vm, args, "floor", f64::floor)
}
fn ceil(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    to_int_round(vm, args, "ceil", f64::ceil)
}
fn trunc(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    to_int_round(vm, args, "trunc", f64::trunc)
}

fn int_args(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Vec<BigInt>> {
    let mut out = Vec::new();
    for a in args {
        match as_int(a) {
            Some(i) => out.push(i.to_big()),
            None => {
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(a)
                )));
            }
        }
    }
    let _ = name;
    Ok(out)
}

fn gcd(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    use num_integer::Integer;
    let v = int_args(vm, args, "gcd")?;
    let mut g = BigInt::from(0);
    for x in v {
        g = g.gcd(&x);
    }
    Ok(vm.new_bigint(g))
}

fn lcm(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    use num_integer::Integer;
    let v = int_args(vm, args, "lcm")?;
    let mut l = BigInt::from(1);
    for x in v {
        l = l.lcm(&x);
    }
    Ok(vm.new_bigint(l))
}

fn factorial(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    let Some(v) = args.first() else {
        return Err(vm.type_error("math.factorial() takes exactly one argument (0 given)"));
    };
    let n = match v {
        Value::Int(n) => *n,
        Value::Bool(b) => b.get() as i64,
        Value::Float(_) => {
            return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
        }
        _ => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            )));
        }
    };
    if n < 0 {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let mut r = BigInt::from(1);
    for i in 2..=n {
        r *= i;
    }
    Ok(vm.new_bigint(r))
}

fn isqrt(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    let v = int_args(vm, args, "isqrt")?;
    let Some(n) = v.first() else {
        return Err(vm.type_error("isqrt() takes exactly one argument"));
    };
    if n.sign() == num_bigint::Sign::Minus {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(vm.new_bigint(n.sqrt()))
}

fn comb(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    let v = int_args(vm, args, "comb")?;
    if v.len() != 2 {
        return Err(vm.type_error(format!("comb expected 2 arguments, got {}", v.len())));
    }
    let (n, k) = (&v[0], &v[1]);
    if n.sign() == num_bigint::Sign::Minus || k.sign() == num_bigint::Sign::Minus {
        return Err(vm.value_error(if n.sign() == num_bigint::Sign::Minus {
            "n must be a non-negative integer"
        } else {
            "k must be a non-negative integer"
        }));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = num_traits::ToPrimitive::to_u64(k).unwrap_or(0);
    let mut r = BigInt::from(1);
    for i in 0..k {
        r = r * (n - BigInt::from(i)) / BigInt::from(i + 1);
    }
    Ok(vm.new_bigint(r))
}

fn perm(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    let v = int_args(vm, args, "perm")?;
    let n = v.first().cloned().unwrap_or_default();
    let k = v.get(1).cloned().unwrap_or_else(|| n.clone());
    if n.sign() == num_bigint::Sign::Minus || k.sign() == num_bigint::Sign::Minus {
        return Err(vm.value_error(if n.sign() == num_bigint::Sign::Minus {
            "n must be a non-negative integer"
        } else {
            "k must be a non-negative integer"
        }));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = num_traits::ToPrimitive::to_u64(&k).unwrap_or(0);
    let mut r = BigInt::from(1);
    for i in 0..k {
        r *= &n - BigInt::from(i);
    }
    Ok(vm.new_bigint(r))
}

fn isnan(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    Ok(Value::bool(arg_f(vm, args, 0, "isnan")?.is_nan()))
}
fn isinf(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    Ok(Value::bool(arg_f(vm, args, 0, "isinf")?.is_infinite()))
}
fn isfinite(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    Ok(Value::bool(arg_f(vm, args, 0, "isfinite")?.is_finite()))
}

fn isclose(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = crate::builtins::args::ArgSpec::new("isclose", &["a", "b", "rel_tol", "abs_tol"], 2)
        .parse(vm, args, kw)?;
    let x = to_float(vm, &a[0])?;
    let y = to_float(vm, &a[1])?;
    let rel = match a.get(2) {
        Some(v) => to_float(vm, v)?,
        None => 1e-9,
    };
    let abs = match a.get(3) {
        Some(v) => to_float(vm, v)?,
        None => 0.0,
    };
    if x == y {
        return Ok(Value::Bool(B64::TRUE));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(Value::Bool(B64::FALSE));
    }
    let d = (x - y).abs();
    Ok(Value::bool(
        d <= (rel * y).abs() || d <= (rel * x).abs() || d <= abs,
    ))
}

fn fsum(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    // Shewchuk's algorithm (as CPython's msum).
    let items = crate::builtins::seq::to_vec(vm, args.first().unwrap_or(&Value::None))?;
    let mut partials: Vec<f64> = Vec::new();
    for it in items {
        let mut x = to_float(vm, &it)?;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        partials.push(x);
    }
    let mut hi = 0.0;
    let mut n = partials.len();
    {
        if n > 0 {
            n -= 1;
            hi = partials[n];
            let mut lo = 0.0;
            while n > 0 {
                let x = hi;
                n -= 1;
                let y = partials[n];
                hi = x + y;
                let yr = hi - x;
                lo = y - yr;
                if lo != 0.0 {
                    break;
                }
            }
            if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))
            {
                let y = lo * 2.0;
                let x = hi + y;
                let yr = x - hi;
                if y == yr {
                    hi = x;
                }
            }
        }
    }
    Ok(Value::float(hi))
}

fn prod(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = crate::builtins::args::ArgSpec::new("prod", &["iterable", "start"], 1)
        .parse(vm, args, kw)?;
    let mut acc = a.get(1).cloned().unwrap_or(Value::Int(1));
    for x in crate::builtins::seq::to_vec(vm, &a[0])? {
        acc = vm.binary_op(&acc, &x, crate::bytecode::op::BinOpKind::Mul)?;
    }
    Ok(acc)
}

fn modf(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    let x = arg_f(vm, args, 0, "modf")?;
    Ok(vm.new_tuple(vec![Value::float(x.fract()), Value::float(x.trunc())]))
}

fn dist(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    let p = crate::builtins::seq::to_vec(vm, args.first().unwrap_or(&Value::None))?;
    let q = crate::builtins::seq::to_vec(vm, args.get(1).unwrap_or(&Value::None))?;
    let mut ds = Vec::with_capacity(p.len());
    for (a, b) in p.iter().zip(q.iter()) {
        ds.push((to_float(vm, a)? - to_float(vm, b)?).abs());
    }
    Ok(Value::float(vector_norm(&ds)))
}

pub fn init(vm: &mut Vm, m: &Value) -> PyResult<()> {
    super::add_functions(
        vm,
        m,
        &[
            ("acos", acos),
            ("asin", asin),
            ("atan", atan),
            ("atan2", atan2),
            ("ceil", ceil),
            ("comb", comb),
            ("copysign", copysign),
            ("cos", cos),
            ("cosh", cosh),
            ("degrees", degrees),
            ("dist", dist),
            ("exp", exp),
            ("expm1", expm1),
            ("fabs", fabs),
            ("factorial", factorial),
            ("floor", floor),
            ("fmod", fmod),
            ("frexp", frexp),
            ("fsum", fsum),
            ("ldexp", ldexp),
            ("gcd", gcd),
            ("hypot", hypot),
            ("isclose", isclose),
            ("isfinite", isfinite),
            ("isinf", isinf),
            ("isnan", isnan),
            ("isqrt", isqrt),
            ("lcm", lcm),
            ("log", log),
            ("log10", log10),
            ("log1p", log1p),
            ("log2", log2),
            ("modf", modf),
            ("perm", perm),
            ("pow", pow),
            ("prod", prod),
            ("radians", radians),
            ("sin", sin),
            ("sinh", sinh),
            ("sqrt", sqrt),
            ("tan", tan),
            ("tanh", tanh),
            ("trunc", trunc),
        ],
    );
    for (n, v) in [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        super::set_attr(vm, m, n, Value::float(v));
    }
    Ok(())
}
