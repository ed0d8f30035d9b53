//! Errors crossing the embedding boundary: [`Error`] (a Python exception turned into
//! plain, `Send` data for the host) and [`HostError`] (what a host function returns to
//! raise a Python exception).

use crate::vm::{PyErr, Vm};
use std::fmt;

/// A Python exception, as the host sees it: the exception's class name, its message
/// (`str(exc)`) and the report CPython would print for it. Plain data, so it is `Send`
/// and `Sync` and can leave the GIL.
///
/// `Display` prints the report as CPython does for an uncaught exception: the traceback
/// (when there is one) followed by the last line, `TypeName: message`.
///
/// ```
/// let interp = garter::embed::Interpreter::new();
/// let e = interp.run("def f():\n    return {}['k']\nf()", "app.py").unwrap_err();
/// assert_eq!(e.kind(), "KeyError");
/// assert_eq!(e.message(), "'k'");
/// assert_eq!(e.last_line(), "KeyError: 'k'");
/// assert!(e.is("KeyError"));
/// assert!(e.traceback().starts_with("Traceback (most recent call last):"));
/// assert!(e.to_string().contains("File \"app.py\", line 2, in f"));
/// assert_eq!(e.limit(), None);
/// let mine = garter::embed::Error::new("ConfigError", "missing key");
/// assert_eq!(mine.to_string(), "ConfigError: missing key");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    kind: String,
    message: String,
    report: String,
    limit: Option<super::Limit>,
}

impl Error {
    /// Build an error by hand (host-side failures are reported this way too).
    pub fn new(kind: impl Into<String>, message: impl Into<String>) -> Error {
        let kind = kind.into();
        let message = message.into();
        let report = if message.is_empty() {
            format!("{kind}\n")
        } else {
            format!("{kind}: {message}\n")
        };
        Error {
            kind,
            message,
            report,
            limit: None,
        }
    }

    /// Capture a raised exception (under the GIL).
    pub(crate) fn from_pyerr(vm: &mut Vm, err: &PyErr) -> Error {
        let kind = err.0.type_data().name.clone();
        let exc = crate::runtime::value::Value::Obj(err.0.clone());
        let message = vm.to_str(&exc).unwrap_or_default();
        let mut report = vm.format_exception(err);
        if let Some(formatted) = syntax_error_text(err) {
            // A syntax error's location lines (`File ..., line N`, the source line and
            // the caret) are kept aside by the compiler; put them in, as CPython prints.
            let body = report.trim_end();
            let head = body.rfind('\n').map(|i| &body[..=i]).unwrap_or("");
            report = format!("{head}{}\n", formatted.trim_end());
        }
        Error {
            kind,
            message,
            report,
            limit: super::limits::which_limit(vm, err),
        }
    }

    /// Which resource limit stopped the script, if this is a `LimitExceeded` error
    /// (see [`super::Limits`] and [`super::InterruptHandle::stop`]).
    pub fn limit(&self) -> Option<super::Limit> {
        self.limit
    }

    /// The exception's class name, e.g. `"ZeroDivisionError"`.
    pub fn kind(&self) -> &str {
        &self.kind
    }

    /// `str(exc)`, e.g. `"division by zero"`.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The full report (traceback and last line), as CPython prints it.
    pub fn traceback(&self) -> &str {
        &self.report
    }

    /// The report's last line, e.g. `"ZeroDivisionError: division by zero"`.
    pub fn last_line(&self) -> &str {
        self.report.trim_end().lines().last().unwrap_or("")
    }

    /// Whether the exception is of class `kind` (by name; subclasses do not match).
    pub fn is(&self, kind: &str) -> bool {
        self.kind == kind
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.report.trim_end())
    }
}

impl std::error::Error for Error {}

/// What a host function returns to raise a Python exception: either a new exception
/// of a builtin class named by `kind` (`"ValueError"`, `"KeyError"`, ...; an unknown
/// name raises `RuntimeError`), or an exception already raised by Python code.
///
/// ```
/// use garter::embed::{HostError, Interpreter};
/// let interp = Interpreter::new();
/// interp.add_builtin("lookup", |py, (key,): (String,)| {
///     match key.as_str() {
///         "answer" => Ok(42),
///         "nested" => Ok(py.eval::<i64>("1 // 0")?),   // re-raises ZeroDivisionError
///         _ => Err(HostError::new("KeyError", key)),
///     }
/// });
/// assert_eq!(interp.eval::<i64>("lookup('answer')").unwrap(), 42);
/// assert_eq!(interp.eval::<i64>("lookup('x')").unwrap_err().last_line(), "KeyError: 'x'");
/// let e = interp.eval::<i64>("lookup('nested')").unwrap_err();
/// assert_eq!(e.kind(), "ZeroDivisionError");
/// // An unknown class name raises RuntimeError; the helpers name common ones.
/// assert_eq!(interp.eval::<i64>("lookup('')").unwrap_err().kind(), "KeyError");
/// let _ = (HostError::value_error("v"), HostError::type_error("t"), HostError::runtime_error("r"));
/// ```
pub enum HostError {
    /// Raise `kind(message)`.
    New { kind: String, message: String },
    /// Re-raise this exception object unchanged (keeps its traceback).
    Py(PyErr),
}

impl HostError {
    /// Raise the builtin exception class named `kind` with `message`.
    pub fn new(kind: impl Into<String>, message: impl Into<String>) -> HostError {
        HostError::New {
            kind: kind.into(),
            message: message.into(),
        }
    }
    pub fn value_error(message: impl Into<String>) -> HostError {
        HostError::new("ValueError", message)
    }
    pub fn type_error(message: impl Into<String>) -> HostError {
        HostError::new("TypeError", message)
    }
    pub fn runtime_error(message: impl Into<String>) -> HostError {
        HostError::new("RuntimeError", message)
    }

    /// The exception to raise (under the GIL).
    pub(crate) fn into_pyerr(self, vm: &mut Vm) -> PyErr {
        match self {
            HostError::Py(e) => e,
            HostError::New { kind, message } => {
                if kind == "LimitExceeded"
                    && let Some(which) = vm.interp.embed.limits.tripped()
                {
                    return super::limits::limit_exception(vm, which);
                }
                let ty = builtin_exception(vm, &kind)
                    .unwrap_or_else(|| vm.types().runtime_error.clone());
                vm.new_exception(&ty, message)
            }
        }
    }
}

impl fmt::Debug for HostError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HostError::New { kind, message } => write!(f, "HostError({kind}: {message})"),
            HostError::Py(e) => write!(f, "HostError({e:?})"),
        }
    }
}

impl From<PyErr> for HostError {
    fn from(e: PyErr) -> HostError {
        HostError::Py(e)
    }
}

/// An [`Error`] from a nested call becomes the same exception class and message
/// (the original traceback is not kept).
impl From<Error> for HostError {
    fn from(e: Error) -> HostError {
        HostError::New {
            kind: e.kind,
            message: e.message,
        }
    }
}

/// The builtin exception class named `name`, if there is one.
pub(crate) fn builtin_exception(vm: &Vm, name: &str) -> Option<crate::runtime::value::PyRef> {
    let v = crate::vm::eval::dict_get_str(&vm.interp.builtins, name)?;
    let o = v.as_obj()?.clone();
    let is_exc = matches!(o.payload, crate::runtime::value::Payload::Type(_))
        && crate::runtime::types::is_subtype(&o, &vm.types().base_exception);
    is_exc.then_some(o)
}

/// The CPython-style text of a syntax error raised by the compiler, if `err` is one.
fn syntax_error_text(err: &PyErr) -> Option<String> {
    let crate::runtime::value::Payload::Exception(ed) = &err.0.payload else {
        return None;
    };
    let attrs = ed.borrow().attrs.clone()?;
    let v = crate::vm::eval::dict_get_str(attrs.as_obj()?, "_formatted")?;
    v.as_str().map(str::to_string)
}
