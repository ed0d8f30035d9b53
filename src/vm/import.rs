//! Imports: finding a module (native modules first, then `NAME.py` or `NAME/__init__.py`
//! along `sys.path`), running it once, caching it in `sys.modules`, relative imports,
//! `from m import x` with the submodule fallback, and `import *`.

use super::frame::Frame;
use super::{PyResult, Vm};
use crate::runtime::dict::DictTable;
use crate::runtime::value::*;
use crate::source::SourceFile;
use std::rc::Rc;

impl Vm {
    /// A new, empty module object with `__name__` set.
    pub fn new_module(&mut self, name: &str) -> Value {
        let dict = self.new_dict(DictTable::new());
        let m = Value::Obj(Rc::new(PyObject::new(
            self.types().module.clone(),
            dict.as_obj().cloned(),
            Payload::Module(Box::new(ModuleData {
                name: name.to_string(),
            })),
        )));
        let key = self.intern("__name__");
        let v = self.new_str(name);
        super::eval::dict_set_str(dict.as_obj().expect("dict"), key, v);
        for (k, v) in [
            ("__doc__", Value::None),
            ("__package__", Value::None),
            ("__spec__", Value::None),
        ] {
            let key = self.intern(k);
            super::eval::dict_set_str(dict.as_obj().expect("dict"), key, v);
        }
        m
    }

    pub fn module_dict(&self, m: &Value) -> PyRef {
        m.as_obj()
            .and_then(|o| o.dict().cloned())
            .expect("module has a dict")
    }

    fn sys_modules_get(&mut self, name: &str) -> Option<Value> {
        let key = self.new_str(name);
        let d = Value::Obj(self.interp.modules.clone());
        crate::builtins::dict::dict_get(self, &d, &key)
            .ok()
            .flatten()
    }

    pub fn sys_modules_set(&mut self, name: &str, m: Value) {
        let key = self.new_str(name);
        let d = Value::Obj(self.interp.modules.clone());
        let _ = crate::builtins::dict::dict_set(self, &d, key, m);
    }

    fn sys_modules_del(&mut self, name: &str) {
        let key = self.new_str(name);
        let d = Value::Obj(self.interp.modules.clone());
        let _ = crate::builtins::dict::dict_pop(self, &d, &key);
    }

    /// `IMPORT_NAME`.
    pub fn import_name(
        &mut self,
        name: &Value,
        fromlist: &Value,
        level: &Value,
        globals: &PyRef,
    ) -> PyResult<Value> {
        let name = name.as_str().unwrap_or("").to_string();
        let level = match level {
            Value::Int(i) => *i as usize,
            _ => 0,
        };
        let full = if level > 0 {
            self.resolve_relative(&name, level, globals)?
        } else {
            name.clone()
        };
        if full.is_empty() {
            return Err(self.value_error("Empty module name"));
        }
        // Import every prefix.
        let mut module = Value::None;
        let mut top = Value::None;
        let mut prefix = String::new();
        for (i, part) in full.split('.').enumerate() {
            if i > 0 {
                prefix.push('.');
            }
            prefix.push_str(part);
            let parent = if i > 0 { Some(module.clone()) } else { None };
            module = self.import_one(&prefix, parent.as_ref())?;
            if i > 0
                && let Some(p) = &parent
            {
                let key = self.intern(part);
                if let Some(o) = p.as_obj()
                    && let Some(d) = o.dict()
                {
                    super::eval::dict_set_str(d, key, module.clone());
                }
            }
            if i == 0 {
                top = module.clone();
            }
        }
        if fromlist.is_none() && level == 0 {
            Ok(top)
        } else {
            Ok(module)
        }
    }

    fn resolve_relative(&mut self, name: &str, level: usize, globals: &PyRef) -> PyResult<String> {
        let get = |k: &str| match &globals.payload {
            Payload::Dict(t) => t
                .borrow()
                .get_str(k, crate::runtime::str::str_hash(k.as_bytes()))
                .cloned(),
            _ => None,
        };
        let package = match get("__package__") {
            Some(p) if p.as_str().is_some_and(|s| !s.is_empty()) => {
                p.as_str().unwrap_or("").to_string()
            }
            _ => {
                let modname = get("__name__")
                    .and_then(|n| n.as_str().map(|s| s.to_string()))
                    .unwrap_or_default();
                let is_pkg = get("__path__").is_some();
                if is_pkg {
                    modname
                } else {
                    modname
                        .rsplit_once('.')
                        .map(|(a, _)| a.to_string())
                        .unwrap_or_default()
                }
            }
        };
        if package.is_empty() {
            return Err(self.new_exception(
                &self.types().import_error.clone(),
                "attempted relative import with no known parent package",
            ));
        }
        let parts: Vec<&str> = package.split('.').collect();
        if level > parts.len() {
            return Err(self.new_exception(
                &self.types().import_error.clone(),
                "attempted relative import beyond top-level package",
            ));
        }
        let base = parts[..parts.len() - (level - 1)].join(".");
        Ok(if name.is_empty() {
            base
        } else {
            format!("{base}.{name}")
        })
    }

    /// Import one dotted name whose parent (if any) is already imported.
    fn import_one(&mut self, full: &str, parent: Option<&Value>) -> PyResult<Value> {
        // Another thread is running this module's body: wait until it is done, as
        // CPython's per-module import lock makes us (the module is in `sys.modules`
        // already, but only partly initialised).
        let me = self.thread_ident;
        while self
            .interp
            .importing
            .borrow()
            .get(full)
            .is_some_and(|&t| t != me)
        {
            self.gil.allow_threads_waiting(|| {
                std::thread::sleep(std::time::Duration::from_micros(500))
            });
            if self.interp.breaker.is_set() {
                self.handle_breaker()?;
            }
        }
        if let Some(m) = self.sys_modules_get(full) {
            if m.is_none() {
                return Err(self.module_not_found(full));
            }
            return Ok(m);
        }
        if let Some(m) = crate::modules::native_module(self, full)? {
            self.sys_modules_set(full, m.clone());
            return Ok(m);
        }
        // Search paths: the parent package's __path__, or sys.path.
        let dirs: Vec<String> = match parent {
            Some(p) => {
                let v = self.getattr_str(p, "__path__").ok();
                if v.is_none() {
                    let parent_name = full.rsplit_once('.').map(|(a, _)| a).unwrap_or("");
                    let e = self.new_exception(
                        &self.types().module_not_found_error.clone(),
                        format!("No module named '{full}'; '{parent_name}' is not a package"),
                    );
                    return Err(e);
                }
                match v {
                    Some(l) => crate::builtins::seq::to_vec(self, &l)?
                        .iter()
                        .filter_map(|x| x.as_str().map(|s| s.to_string()))
                        .collect(),
                    None => return Err(self.module_not_found(full)),
                }
            }
            None => self.sys_path(),
        };
        let leaf = full.rsplit('.').next().unwrap_or(full);
        for dir in dirs {
            let base = if dir.is_empty() {
                ".".to_string()
            } else {
                dir.clone()
            };
            let pkg_init = format!("{base}/{leaf}/__init__.py");
            let file = format!("{base}/{leaf}.py");
            if std::path::Path::new(&pkg_init).is_file() {
                let pkg_dir = format!("{base}/{leaf}");
                return self.exec_module_file(full, &pkg_init, Some(pkg_dir));
            }
            if std::path::Path::new(&file).is_file() {
                return self.exec_module_file(full, &file, None);
            }
        }
        // Built-in modules: top-level names, and submodules of built-in packages.
        let frozen_ok = match parent {
            None => true,
            Some(p) => self
                .getattr_str(p, "__file__")
                .ok()
                .is_some_and(|f| f.as_str().is_some_and(|s| s.starts_with("<frozen"))),
        };
        if frozen_ok && let Some(text) = crate::modules::frozen_source(full) {
            return self.exec_module_source(full, &format!("<frozen {full}>"), text, None);
        }
        Err(self.module_not_found(full))
    }

    fn module_not_found(&mut self, name: &str) -> super::PyErr {
        let e = self.new_exception(
            &self.types().module_not_found_error.clone(),
            format!("No module named '{name}'"),
        );
        let key = self.intern("name");
        let v = self.new_str(name);
        let _ = self.generic_setattr(&Value::Obj(e.0.clone()), &key, v);
        e
    }

    fn sys_path(&mut self) -> Vec<String> {
        if let Some(sys) = self.interp.sys.borrow().clone()
            && let Some(d) = sys.dict()
            && let Payload::Dict(t) = &d.payload
            && let Some(p) = t
                .borrow()
                .get_str("path", crate::runtime::str::str_hash(b"path"))
                .cloned()
            && let Some(l) = p.as_list()
        {
            return l
                .borrow()
                .iter()
                .filter_map(|x| x.as_str().map(|s| s.to_string()))
                .collect();
        }
        self.interp.sys_path.borrow().clone()
    }

    fn exec_module_file(
        &mut self,
        name: &str,
        path: &str,
        pkg_dir: Option<String>,
    ) -> PyResult<Value> {
        let text = std::fs::read_to_string(path).map_err(|e| {
            self.new_exception(
                &self.types().import_error.clone(),
                format!("cannot read {path}: {e}"),
            )
        })?;
        self.exec_module_source(name, path, &text, pkg_dir)
    }

    /// Run `text` as the body of a new module `name` (registered in `sys.modules`).
    fn exec_module_source(
        &mut self,
        name: &str,
        path: &str,
        text: &str,
        pkg_dir: Option<String>,
    ) -> PyResult<Value> {
        let m = self.new_module(name);
        let d = self.module_dict(&m);
        let set = |vm: &mut Vm, k: &str, v: Value| {
            let key = vm.intern(k);
            super::eval::dict_set_str(&d, key, v);
        };
        let file_v = self.new_str(path);
        set(self, "__file__", file_v);
        match &pkg_dir {
            Some(dir) => {
                let p = self.new_str(dir);
                let l = self.new_list(vec![p]);
                set(self, "__path__", l);
                let pk = self.new_str(name);
                set(self, "__package__", pk);
            }
            None => {
                let pk = self.new_str(name.rsplit_once('.').map(|(a, _)| a).unwrap_or(""));
                set(self, "__package__", pk);
            }
        }
        self.sys_modules_set(name, m.clone());
        let me = self.thread_ident;
        self.interp
            .importing
            .borrow_mut()
            .insert(name.to_string(), me);
        let r = self.run_source_in(text, path, &d);
        self.interp.importing.borrow_mut().remove(name);
        if let Err(e) = r {
            self.sys_modules_del(name);
            return Err(e);
        }
        // The module may have replaced itself in sys.modules.
        Ok(self.sys_modules_get(name).unwrap_or(m))
    }

    /// Compile `text` and run it with `globals` as its namespace.
    pub fn run_source_in(
        &mut self,
        text: &str,
        filename: &str,
        globals: &PyRef,
    ) -> PyResult<Value> {
        let src = Rc::new(SourceFile::new(filename, text));
        let code = self.compile_source(&src)?;
        self.run_code(code, globals)
    }

    /// Parse and compile; a syntax error becomes a `SyntaxError` exception.
    pub fn compile_source(&mut self, src: &Rc<SourceFile>) -> PyResult<Rc<crate::bytecode::Code>> {
        let unit = crate::parser::parse(src)
            .and_then(|m| crate::compiler::compile_module(&m, src))
            .map_err(|e| self.syntax_error_exception(&e))?;
        Ok(self.link_code(unit, src))
    }

    pub fn syntax_error_exception(&mut self, e: &crate::parser::SyntaxError) -> super::PyErr {
        use crate::lexer::token::SyntaxErrorKind;
        let ty = match e.kind {
            SyntaxErrorKind::SyntaxError => self.types().syntax_error.clone(),
            SyntaxErrorKind::IndentationError => self.types().indentation_error.clone(),
            SyntaxErrorKind::TabError => self.types().tab_error.clone(),
        };
        let err = self.new_exception(&ty, e.msg.clone());
        if let Payload::Exception(ed) = &err.0.payload {
            let d = self.new_dict(DictTable::new());
            let set = |vm: &mut Vm, k: &str, v: Value| {
                let key = vm.intern(k);
                super::eval::dict_set_str(d.as_obj().expect("dict"), key, v);
            };
            let f = self.new_str(&e.file);
            set(self, "filename", f);
            set(self, "lineno", Value::Int(e.line as i64));
            set(self, "offset", Value::Int(e.col as i64));
            let t = self.new_str(&e.text);
            set(self, "text", t);
            let m = self.new_str(&e.msg);
            set(self, "msg", m);
            let formatted = self.new_string(e.to_string());
            set(self, "_formatted", formatted);
            ed.borrow_mut().attrs = Some(d);
        }
        err
    }

    /// Turn a compiled unit into a runnable code object (constants become values).
    pub fn link_code(
        &mut self,
        mut unit: crate::bytecode::CodeUnit,
        src: &Rc<SourceFile>,
    ) -> Rc<crate::bytecode::Code> {
        let consts = std::mem::take(&mut unit.consts);
        let mut values = Vec::with_capacity(consts.len());
        for c in consts {
            values.push(self.const_value(c, src));
        }
        let names: Vec<Value> = unit.names.iter().map(|n| self.intern(n)).collect();
        Rc::new(crate::bytecode::Code::new(unit, values, names, src.clone()))
    }

    fn const_value(&mut self, c: crate::bytecode::Const, src: &Rc<SourceFile>) -> Value {
        use crate::bytecode::Const;
        match c {
            Const::None => Value::None,
            Const::True => Value::Bool(B64::TRUE),
            Const::False => Value::Bool(B64::FALSE),
            Const::Ellipsis => self.interp.ellipsis.clone(),
            Const::Int(i) => Value::Int(i),
            Const::BigInt(b) => self.new_bigint(b),
            Const::Float(f) => Value::float(f),
            Const::Imag(f) => Value::float(f),
            Const::Str(s) => {
                if s.len() < 40 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
                    self.intern(&s)
                } else {
                    self.new_string(s)
                }
            }
            Const::Bytes(b) => self.new_bytes(b),
            Const::Tuple(items) => {
                let v: Vec<Value> = items
                    .into_iter()
                    .map(|c| self.const_value(c, src))
                    .collect();
                self.new_tuple(v)
            }
            Const::Code(u) => {
                let code = self.link_code(*u, src);
                self.new_object(&self.types().code.clone(), Payload::Code(code))
            }
        }
    }

    /// Run module-level code with `globals` as its namespace.
    pub fn run_code(
        &mut self,
        code: Rc<crate::bytecode::Code>,
        globals: &PyRef,
    ) -> PyResult<Value> {
        let nlocals = code.unit.varnames.len();
        let mut stack = Vec::with_capacity(nlocals + code.unit.max_stack as usize);
        stack.resize(nlocals, Value::Undef);
        let ncells = code.unit.cellvars.len();
        let cells: Vec<PyRef> = (0..ncells).map(|_| self.new_cell(Value::Undef)).collect();
        let cells = (!cells.is_empty()).then(|| std::rc::Rc::from(cells));
        let mut frame = Frame {
            cells,
            ..Frame::new(code, globals.clone(), stack, nlocals)
        };
        self.run_frame(&mut frame, None)
    }

    /// `IMPORT_FROM`.
    pub fn import_from(&mut self, m: &Value, name: &Value) -> PyResult<Value> {
        let ps = name.as_pystr().expect("str");
        if let Some(v) = self.getattr_opt(m, ps)? {
            return Ok(v);
        }
        // A submodule not yet imported.
        let modname = match m.payload() {
            Some(Payload::Module(md)) => md.name.clone(),
            _ => String::new(),
        };
        let full = format!("{modname}.{}", ps.as_str());
        if self
            .getattr_opt(m, &crate::runtime::str::PyStr::new("__path__"))?
            .is_some()
            && let Ok(sub) = self.import_one(&full, Some(m))
        {
            return Ok(sub);
        }
        let file = self
            .getattr_opt(m, &crate::runtime::str::PyStr::new("__file__"))?
            .and_then(|f| f.as_str().map(|s| s.to_string()));
        let loc = match file {
            Some(f) => format!(" ({f})"),
            None => " (unknown location)".to_string(),
        };
        let e = self.new_exception(
            &self.types().import_error.clone(),
            format!(
                "cannot import name '{}' from '{}'{}",
                ps.as_str(),
                modname,
                loc
            ),
        );
        let key = self.intern("name");
        let v = self.new_str(&modname);
        let _ = self.generic_setattr(&Value::Obj(e.0.clone()), &key, v);
        Err(e)
    }

    /// `from m import *`.
    pub fn import_star(&mut self, m: &Value, ns: &PyRef) -> PyResult<()> {
        let d = self.module_dict(m);
        let all = match &d.payload {
            Payload::Dict(t) => t
                .borrow()
                .get_str("__all__", crate::runtime::str::str_hash(b"__all__"))
                .cloned(),
            _ => None,
        };
        let pairs: Vec<(Value, Value)> = match all {
            Some(names) => {
                let mut out = Vec::new();
                for n in crate::builtins::seq::to_vec(self, &names)? {
                    let v = self.getattr(m, &n)?;
                    out.push((n, v));
                }
                out
            }
            None => match &d.payload {
                Payload::Dict(t) => t
                    .borrow()
                    .iter()
                    .filter(|e| !e.key.as_str().is_some_and(|s| s.starts_with('_')))
                    .map(|e| (e.key.clone(), e.value.clone()))
                    .collect(),
                _ => vec![],
            },
        };
        for (k, v) in pairs {
            super::eval::dict_set_str(ns, k, v);
        }
        Ok(())
    }
}
