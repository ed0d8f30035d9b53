//! Tracebacks: the entries an exception collects as it propagates, and printing them in
//! CPython's format, with chained exceptions (`__cause__`, `__context__`).

use crate::bytecode::Code;
use crate::runtime::value::*;
use crate::vm::{PyErr, Vm};
use std::rc::Rc;

/// One line of a traceback: a code object and the instruction that was running.
#[derive(Clone)]
pub struct TraceEntry {
    pub code: Rc<Code>,
    pub pc: u32,
}

impl Vm {
    /// Record that `err` passed through `code` at `pc`.
    pub fn add_traceback(&self, err: &PyErr, code: &Rc<Code>, pc: usize) {
        if let Payload::Exception(e) = &err.0.payload {
            e.borrow_mut().traceback.push(TraceEntry {
                code: code.clone(),
                pc: pc as u32,
            });
        }
    }

    /// The full report CPython prints for an uncaught exception.
    pub fn format_exception(&mut self, err: &PyErr) -> String {
        let mut seen = Vec::new();
        let mut out = String::new();
        self.format_chain(&Value::Obj(err.0.clone()), &mut out, &mut seen);
        out
    }

    fn format_chain(&mut self, exc: &Value, out: &mut String, seen: &mut Vec<usize>) {
        let Value::Obj(o) = exc else { return };
        seen.push(Rc::as_ptr(o) as usize);
        if let Payload::Exception(e) = &o.payload {
            let (cause, context, suppress) = {
                let e = e.borrow();
                (e.cause.clone(), e.context.clone(), e.suppress_context)
            };
            if let Some(c) = cause.filter(|c| !c.is_none()) {
                if !c
                    .as_obj()
                    .is_some_and(|co| seen.contains(&(Rc::as_ptr(co) as usize)))
                {
                    self.format_chain(&c, out, seen);
                    out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
                }
            } else if let Some(c) = context.filter(|c| !c.is_none())
                && !suppress
                && !c
                    .as_obj()
                    .is_some_and(|co| seen.contains(&(Rc::as_ptr(co) as usize)))
            {
                self.format_chain(&c, out, seen);
                out.push_str(
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                );
            }
        }
        self.format_single(exc, out);
    }

    fn format_single(&mut self, exc: &Value, out: &mut String) {
        let Value::Obj(o) = exc else { return };
        if let Payload::Exception(e) = &o.payload {
            let tb = e.borrow().traceback.clone();
            if !tb.is_empty() {
                out.push_str("Traceback (most recent call last):\n");
                for entry in tb.iter().rev() {
                    let line = entry.code.line_of(entry.pc as usize);
                    out.push_str(&format!(
                        "  File \"{}\", line {}, in {}\n",
                        entry.code.source.name, line, entry.code.unit.name
                    ));
                    let text = entry.code.source.line_text(line).trim();
                    if !text.is_empty() {
                        out.push_str(&format!("    {text}\n"));
                    }
                }
            }
        }
        out.push_str(&self.exception_line(exc));
        out.push('\n');
    }

    /// The last line: `TypeError: message` (or just `TypeError`).
    pub fn exception_line(&mut self, exc: &Value) -> String {
        let ty = self.type_of(exc).clone();
        let td = crate::runtime::types::type_data(&ty);
        let module = td.module_name();
        let name = if module == "builtins" || module == "__main__" {
            td.qualname.clone()
        } else {
            format!("{}.{}", module, td.qualname)
        };
        let msg = match self.to_str(exc) {
            Ok(m) => m,
            Err(_) => "<exception str() failed>".to_string(),
        };
        if msg.is_empty() {
            name
        } else {
            format!("{name}: {msg}")
        }
    }
}
