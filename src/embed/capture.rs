//! Capturing what scripts print: `sys.stdout` / `sys.stderr` replaced by a small writer
//! object whose `write` appends to a host buffer (`Vm::write_stdout` and `print` honour
//! a redirected `sys.stdout`).

use super::{Error, HostError, Interpreter, Py};
use crate::runtime::dict::DictTable;
use crate::runtime::value::Value;
use parking_lot::Mutex;
use std::sync::Arc;

/// Text a captured stream received, shared with the host (`Send + Sync`, cheap to
/// clone). Stays valid after the stream is restored.
///
/// ```
/// let interp = garter::embed::Interpreter::new();
/// let err = interp.capture_stderr().unwrap();
/// interp.run("import sys\nsys.stderr.write('oops\\n')", "<e>").unwrap();
/// assert_eq!(err.contents(), "oops\n");
/// assert_eq!(err.take(), "oops\n");
/// assert_eq!(err.take(), "");
/// interp.restore_output();
/// ```
#[derive(Clone, Default)]
pub struct Captured {
    buf: Arc<Mutex<String>>,
}

impl Captured {
    /// Everything written so far, emptying the buffer.
    pub fn take(&self) -> String {
        std::mem::take(&mut *self.buf.lock())
    }

    /// Everything written so far (the buffer is kept).
    pub fn contents(&self) -> String {
        self.buf.lock().clone()
    }
}

const WRITER: &str = "\
class HostWriter:
    def __init__(self, write):
        self._write = write
    def write(self, s):
        if not isinstance(s, str):
            raise TypeError('write() argument must be str, not ' + type(s).__name__)
        self._write(s)
        return len(s)
    def flush(self):
        pass
";

impl Py<'_> {
    /// Redirect `sys.stdout` (`name == "stdout"`) or `sys.stderr` to a new buffer.
    ///
    /// # Panics
    /// If `name` is neither `"stdout"` nor `"stderr"`.
    ///
    /// ```
    /// let interp = garter::embed::Interpreter::new();
    /// let text = interp.with_gil(|py| {
    ///     let out = py.capture("stdout").unwrap();
    ///     py.run("print('inside')", "<p>").unwrap();
    ///     py.restore("stdout");
    ///     out.take()
    /// });
    /// assert_eq!(text, "inside\n");
    /// ```
    pub fn capture(&mut self, name: &str) -> Result<Captured, Error> {
        assert!(matches!(name, "stdout" | "stderr"), "no stream sys.{name}");
        let cap = Captured::default();
        let buf = cap.buf.clone();
        let append = self.function("write", move |_py, (s,): (String,)| {
            buf.lock().push_str(&s);
            Ok::<_, HostError>(())
        });
        let ns = self.vm.new_dict(DictTable::new());
        let ns = ns.as_obj().expect("dict").clone();
        let r = (|| {
            self.vm.run_source_in(WRITER, "<host writer>", &ns)?;
            let class = crate::vm::eval::dict_get_str(&ns, "HostWriter").expect("defined");
            let writer = self.vm.call(&class, &[append.v], &[])?;
            self.set_sys(name, writer);
            Ok(())
        })();
        r.map_err(|e| Error::from_pyerr(self.vm, &e))?;
        Ok(cap)
    }

    /// Point `sys.stdout` / `sys.stderr` back at the process's stream
    /// (`sys.__stdout__` / `sys.__stderr__`).
    pub fn restore(&mut self, name: &str) {
        assert!(matches!(name, "stdout" | "stderr"), "no stream sys.{name}");
        let Some(sys) = self.vm.interp.sys.borrow().clone() else {
            return;
        };
        let d = sys.dict().cloned().expect("sys has a dict");
        if let Some(orig) = crate::vm::eval::dict_get_str(&d, &format!("__{name}__")) {
            self.set_sys(name, orig);
        }
    }

    fn set_sys(&mut self, name: &str, v: Value) {
        let Some(sys) = self.vm.interp.sys.borrow().clone() else {
            return;
        };
        crate::modules::set_attr(self.vm, &Value::Obj(sys), name, v);
    }
}

impl Interpreter {
    /// Capture what scripts write to `sys.stdout` (`print`, ...) into a host buffer,
    /// until [`Interpreter::restore_output`].
    ///
    /// ```
    /// let interp = garter::embed::Interpreter::new();
    /// let out = interp.capture_stdout().unwrap();
    /// interp.run("print('hello', 42)", "<p>").unwrap();
    /// assert_eq!(out.take(), "hello 42\n");
    /// ```
    pub fn capture_stdout(&self) -> Result<Captured, Error> {
        self.with_gil(|py| py.capture("stdout"))
    }

    /// Capture what scripts write to `sys.stderr`.
    pub fn capture_stderr(&self) -> Result<Captured, Error> {
        self.with_gil(|py| py.capture("stderr"))
    }

    /// Send `sys.stdout` and `sys.stderr` back to the process's streams.
    pub fn restore_output(&self) {
        self.with_gil(|py| {
            py.restore("stdout");
            py.restore("stderr");
        })
    }
}
