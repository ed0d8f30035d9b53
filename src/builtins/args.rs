//! Argument parsing for native functions: positional and keyword arguments against a
//! signature written as a list of names, with CPython-style error messages.

use crate::runtime::str::PyStr;
use crate::runtime::value::Value;
use crate::vm::{PyResult, Vm};
use std::rc::Rc;

/// A native function's signature: parameter names and how many are required.
pub struct ArgSpec {
    pub fname: &'static str,
    pub names: &'static [&'static str],
    pub required: usize,
}

/// Parsed arguments by parameter position; missing optional ones are absent.
pub struct Parsed(pub Vec<Value>);

impl Parsed {
    pub fn get(&self, i: usize) -> Option<&Value> {
        self.0.get(i).filter(|v| !v.is_undef())
    }
    /// The argument, or `None` when absent or Python `None`.
    pub fn get_some(&self, i: usize) -> Option<&Value> {
        self.get(i).filter(|v| !v.is_none())
    }
}

impl std::ops::Index<usize> for Parsed {
    type Output = Value;
    fn index(&self, i: usize) -> &Value {
        &self.0[i]
    }
}

impl ArgSpec {
    pub const fn new(
        fname: &'static str,
        names: &'static [&'static str],
        required: usize,
    ) -> ArgSpec {
        ArgSpec {
            fname,
            names,
            required,
        }
    }

    pub fn parse(&self, vm: &mut Vm, args: &[Value], kwnames: &[Rc<PyStr>]) -> PyResult<Parsed> {
        let npos = args.len() - kwnames.len();
        let n = self.names.len();
        // Counts shown to users exclude a receiver named `self`.
        let off = usize::from(self.names.first() == Some(&"self"));
        if npos > n {
            return Err(vm.type_error(format!(
                "{} expected at most {} argument{}, got {}",
                self.fname,
                n - off,
                if n - off == 1 { "" } else { "s" },
                npos - off
            )));
        }
        let mut out = vec![Value::Undef; n];
        out[..npos].clone_from_slice(&args[..npos]);
        for (k, name) in kwnames.iter().enumerate() {
            match self.names.iter().position(|p| *p == name.as_str()) {
                Some(i) if i >= off => {
                    if !out[i].is_undef() {
                        return Err(vm.type_error(format!(
                            "argument for {}() given by name ('{}') and position ({})",
                            self.fname,
                            name.as_str(),
                            i + 1 - off
                        )));
                    }
                    out[i] = args[npos + k].clone();
                }
                _ => {
                    return Err(vm.type_error(format!(
                        "{}() got an unexpected keyword argument '{}'",
                        self.fname,
                        name.as_str()
                    )));
                }
            }
        }
        if let Some(missing) = out[..self.required].iter().position(|v| v.is_undef()) {
            if kwnames.is_empty() {
                return Err(vm.type_error(format!(
                    "{} expected at least {} argument{}, got {}",
                    self.fname,
                    self.required - off,
                    if self.required - off == 1 { "" } else { "s" },
                    npos.saturating_sub(off)
                )));
            }
            return Err(vm.type_error(format!(
                "{}() missing required argument '{}' (pos {})",
                self.fname,
                self.names[missing],
                missing + 1 - off
            )));
        }
        Ok(Parsed(out))
    }
}

/// Reject keyword arguments for functions that take none.
pub fn no_kwargs(vm: &Vm, fname: &str, kwnames: &[Rc<PyStr>]) -> PyResult<()> {
    if kwnames.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("{fname}() takes no keyword arguments")))
    }
}

/// Check a positional argument count range.
pub fn check_count(vm: &Vm, fname: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n < min {
        if min == max {
            return Err(vm.type_error(format!(
                "{fname} expected {} argument{}, got {n}",
                min,
                if min == 1 { "" } else { "s" }
            )));
        }
        return Err(vm.type_error(format!(
            "{fname} expected at least {min} argument{}, got {n}",
            if min == 1 { "" } else { "s" }
        )));
    }
    if n > max {
        if min == max {
            return Err(vm.type_error(format!(
                "{fname} expected {} argument{}, got {n}",
                max,
                if max == 1 { "" } else { "s" }
            )));
        }
        return Err(vm.type_error(format!(
            "{fname} expected at most {max} argument{}, got {n}",
            if max == 1 { "" } else { "s" }
        )));
    }
    Ok(())
}
