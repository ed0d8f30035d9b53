//! `Interpreter`: one Python interpreter (its builtins, modules and main thread), and
//! running a program as `__main__` the way the CLI does, with CPython's exit semantics.

use crate::runtime::value::*;
use crate::source::SourceFile;
use crate::vm::{Interp, PyErr, Vm};
use std::rc::Rc;

pub struct Interpreter {
    pub vm: Vm,
}

/// How a program run ended.
pub enum Exit {
    Code(i32),
    /// Uncaught `KeyboardInterrupt`: the CLI flushes, then dies by SIGINT itself, as
    /// CPython does (a shell reports status 130).
    Interrupted,
}

impl Interpreter {
    /// A fresh interpreter. `argv` is `sys.argv`; `path0` is `sys.path[0]`.
    pub fn new(argv: Vec<String>, path0: &str) -> Interpreter {
        let breaker = std::sync::Arc::new(crate::gil::Breaker::new());
        let gil = crate::gil::Gil::new(breaker.clone()).acquire();
        let interp = Interp::new(breaker);
        *interp.argv.borrow_mut() = argv;
        *interp.sys_path.borrow_mut() = vec![path0.to_string()];
        let mut vm = Vm::new(interp, gil, true);
        crate::builtins::install(&mut vm);
        let sys = vm.new_module("sys");
        let _ = crate::modules::sys::init(&mut vm, &sys);
        vm.sys_modules_set("sys", sys);
        // The `builtins` module's namespace is the very dict name lookups fall back to,
        // so `builtins.x = ...` is seen by every module.
        let bm = Value::Obj(Rc::new(PyObject::new(
            vm.types().module.clone(),
            Some(vm.interp.builtins.clone()),
            Payload::Module(Box::new(ModuleData {
                name: "builtins".into(),
            })),
        )));
        vm.sys_modules_set("builtins", bm);
        Interpreter { vm }
    }

    /// Make this interpreter receive the process's signals, as the CLI does: Ctrl+C
    /// raises `KeyboardInterrupt` in the main thread (unless SIGINT was ignored when
    /// the process started, as CPython also respects), and the common terminating
    /// signals flush the output buffers before the process dies by them.
    pub fn install_signal_handlers(&mut self) {
        if !crate::signals::enable(&self.vm) {
            return;
        }
        if crate::platform::sigint_ignored() {
            self.vm.interp.signal_handlers.borrow_mut()[libc::SIGINT as usize] = Value::Int(1);
        } else {
            let h = self.vm.interp.default_int_handler.clone();
            crate::signals::set_disposition(libc::SIGINT, &h, true);
            self.vm.interp.signal_handlers.borrow_mut()[libc::SIGINT as usize] = h;
            let _ = crate::signals::install(libc::SIGINT);
        }
        for &sig in crate::signals::TERMINATING {
            let _ = crate::signals::install(sig);
        }
    }

    /// Create the `__main__` module (with `__file__` when a file runs in it), register
    /// it in `sys.modules`, and return its namespace.
    pub fn main_namespace(&mut self, filename: Option<&str>) -> PyRef {
        let m = self.vm.new_module("__main__");
        let d = self.vm.module_dict(&m);
        if let Some(filename) = filename {
            let key = self.vm.intern("__file__");
            let f = self.vm.new_str(filename);
            crate::vm::eval::dict_set_str(&d, key, f);
        }
        let key = self.vm.intern("__builtins__");
        let b = self.vm.sys_modules_get_public("builtins");
        crate::vm::eval::dict_set_str(&d, key, b);
        self.vm.sys_modules_set("__main__", m);
        d
    }

    /// Run `text` as the `__main__` module.
    pub fn run_main(&mut self, text: &str, filename: &str) -> Exit {
        let d = self.main_namespace(Some(filename));
        let src = Rc::new(SourceFile::new(filename, text));
        let r = match crate::parser::parse(&src)
            .and_then(|md| crate::compiler::compile_module(&md, &src))
        {
            Ok(unit) => {
                let code = self.vm.link_code(unit, &src);
                let r = self.vm.run_code(code, &d).map(|_| ());
                // Generators dropped by the last statements still get closed.
                if crate::vm::generator::have_orphans() {
                    self.vm.close_orphans();
                }
                r
            }
            Err(e) => {
                self.vm.flush_stdout();
                self.vm.write_stderr(&format!("{e}\n"));
                return Exit::Code(1);
            }
        };
        let exit = match r {
            Ok(()) => Exit::Code(0),
            Err(e) => self.handle_uncaught(e),
        };
        let exit = self.shutdown_threads(exit);
        self.vm.flush_stdout();
        exit
    }

    /// Print an uncaught exception like CPython (or apply `SystemExit`).
    pub fn handle_uncaught(&mut self, e: PyErr) -> Exit {
        let vm = &mut self.vm;
        if vm.err_matches(&e, &vm.types().system_exit.clone()) {
            let code = match &e.0.payload {
                Payload::Exception(ed) => {
                    let a = ed.borrow().args.clone();
                    a.as_tuple()
                        .and_then(|t| t.first().cloned())
                        .unwrap_or(Value::None)
                }
                _ => Value::None,
            };
            return match code {
                Value::None => Exit::Code(0),
                Value::Int(i) => Exit::Code(i as i32),
                Value::Bool(b) => Exit::Code(b.get() as i32),
                other => {
                    let s = vm.to_str(&other).unwrap_or_default();
                    vm.flush_stdout();
                    vm.write_stderr(&format!("{s}\n"));
                    Exit::Code(1)
                }
            };
        }
        vm.flush_stdout();
        let text = vm.format_exception(&e);
        vm.write_stderr(&text);
        if vm.err_matches(&e, &vm.types().keyboard_interrupt.clone()) {
            return Exit::Interrupted;
        }
        Exit::Code(1)
    }

    /// As CPython's finalisation: if `threading` was imported, wait for every
    /// non-daemon thread (`threading._shutdown()`). Daemon threads are left running; the
    /// process exits while this thread holds the GIL, so they never run again.
    pub fn shutdown_threads(&mut self, exit: Exit) -> Exit {
        let threading = self.vm.sys_modules_get_public("threading");
        if matches!(threading, Value::None) {
            return exit;
        }
        let r = self
            .vm
            .getattr_str(&threading, "_shutdown")
            .and_then(|f| self.vm.call(&f, &[], &[]));
        match r {
            Ok(_) => exit,
            // As CPython: an exception here (a second Ctrl+C while waiting for threads)
            // is reported as unraisable, and the exit status stays what it was.
            Err(e) => {
                let vm = &mut self.vm;
                let what = vm.repr(&threading).unwrap_or_default();
                let mut text = vm.format_exception(&e);
                // The unraisable hook always writes "Type: message", even when empty.
                if let Some(last) = text.trim_end().lines().last()
                    && !last.contains(':')
                {
                    text = format!("{}: \n", text.trim_end());
                }
                vm.write_stderr(&format!("Exception ignored in: {what}\n{text}"));
                exit
            }
        }
    }

    pub fn flush(&mut self) {
        use crate::modules::io::Stream;
        self.vm.flush_stream(Stream::Stdout);
        self.vm.flush_stream(Stream::Stderr);
    }
}

impl Vm {
    pub fn sys_modules_get_public(&mut self, name: &str) -> Value {
        let key = self.new_str(name);
        let d = Value::Obj(self.interp.modules.clone());
        crate::builtins::dict::dict_get(self, &d, &key)
            .ok()
            .flatten()
            .unwrap_or(Value::None)
    }
}
