//! The `time` module: clocks and `sleep`.

use crate::runtime::str::PyStr;
use crate::runtime::value::*;
use crate::vm::{PyResult, Vm};
use std::rc::Rc;
use std::time::{SystemTime, UNIX_EPOCH};

type Kw<'a> = &'a [Rc<PyStr>];

fn wall() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0)
}

fn time(_vm: &mut Vm, _a: &[Value], _k: Kw) -> PyResult<Value> {
    Ok(Value::float(wall()))
}

fn time_ns(_vm: &mut Vm, _a: &[Value], _k: Kw) -> PyResult<Value> {
    let ns = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos() as i64)
        .unwrap_or(0);
    Ok(Value::Int(ns))
}

fn monotonic(_vm: &mut Vm, _a: &[Value], _k: Kw) -> PyResult<Value> {
    Ok(Value::float(crate::platform::monotonic_ns() as f64 / 1e9))
}

fn monotonic_ns(_vm: &mut Vm, _a: &[Value], _k: Kw) -> PyResult<Value> {
    Ok(Value::Int(crate::platform::monotonic_ns()))
}

fn process_time(_vm: &mut Vm, _a: &[Value], _k: Kw) -> PyResult<Value> {
    Ok(Value::float(
        crate::platform::process_time_ns() as f64 / 1e9,
    ))
}

fn sleep(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    let Some(v) = args.first() else {
        return Err(vm.type_error("time.sleep() takes exactly one argument (0 given)"));
    };
    let secs = match v {
        Value::Int(i) => *i as f64,
        Value::Float(f) => f.get(),
        Value::Bool(b) => b.get() as i64 as f64,
        // int and float subclasses
        Value::Obj(o)
            if matches!(o.payload, Payload::BigInt(_))
                || crate::runtime::types::is_subtype(o.ty(), &vm.types().float) =>
        {
            crate::builtins::constructors::to_float(vm, v)?
        }
        _ => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            )));
        }
    };
    if secs.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    vm.flush_stdout();
    crate::gil::sleep(vm, std::time::Duration::from_secs_f64(secs))?;
    Ok(Value::None)
}

pub fn init(vm: &mut Vm, m: &Value) -> PyResult<()> {
    super::add_functions(
        vm,
        m,
        &[
            ("monotonic", monotonic),
            ("monotonic_ns", monotonic_ns),
            ("perf_counter", monotonic),
            ("perf_counter_ns", monotonic_ns),
            ("process_time", process_time),
            ("sleep", sleep),
            ("time", time),
            ("time_ns", time_ns),
        ],
    );
    Ok(())
}
