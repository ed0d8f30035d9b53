//! The `os` and `os.path` modules (the parts scripts commonly use).

use crate::runtime::str::PyStr;
use crate::runtime::value::*;
use crate::vm::{PyResult, Vm};
use std::rc::Rc;

type Kw<'a> = &'a [Rc<PyStr>];

fn path_arg(vm: &mut Vm, args: &[Value], i: usize, fname: &str) -> PyResult<String> {
    match args.get(i) {
        Some(v) => v.as_str().map(|s| s.to_string()).ok_or_else(|| {
            vm.type_error(format!(
                "{fname}: path should be string, bytes or os.PathLike, not {}",
                vm.type_name(v)
            ))
        }),
        None => Err(vm.type_error(format!(
            "{fname}() missing required argument 'path' (pos 1)"
        ))),
    }
}

fn getpid(_vm: &mut Vm, _a: &[Value], _k: Kw) -> PyResult<Value> {
    Ok(Value::Int(std::process::id() as i64))
}

fn getppid(_vm: &mut Vm, _a: &[Value], _k: Kw) -> PyResult<Value> {
    Ok(Value::Int(crate::platform::getppid()))
}

/// `os.kill(pid, sig)`. Sending a handled signal to ourselves waits until it has been
/// received, so its handler runs before the next statement, as in CPython.
fn kill(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.type_error(format!("kill expected 2 arguments, got {}", args.len())));
    }
    let pid = vm.int_arg(&args[0], "")?;
    let sig = vm.int_arg(&args[1], "")?;
    let (Ok(pid32), Ok(sig32)) = (i32::try_from(pid), i32::try_from(sig)) else {
        return Err(vm.new_exception(
            &vm.types().overflow_error.clone(),
            "signed integer is greater than maximum",
        ));
    };
    if let Err(e) = crate::platform::kill(pid32, sig32) {
        return Err(fd_error(vm, &e));
    }
    if pid == std::process::id() as i64 && sig32 != 0 {
        crate::signals::await_delivery(vm, sig32);
        if vm.interp.breaker.is_set() {
            vm.handle_breaker()?;
        }
    }
    Ok(Value::None)
}

/// `os._exit(n)`: end the process now (no cleanup, no flushing).
fn exit_now(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    match args.first() {
        Some(Value::Int(n)) => crate::platform::exit_now(*n as i32),
        Some(v) => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))),
        None => Err(vm.type_error("_exit() missing required argument 'status' (pos 1)")),
    }
}

/// `OSError(errno, strerror)` for a failed descriptor call (no file name).
fn fd_error(vm: &mut Vm, e: &std::io::Error) -> crate::vm::PyErr {
    crate::modules::io::os_error_at(vm, e, None)
}

fn fd_arg(vm: &mut Vm, v: Option<&Value>, fname: &str) -> PyResult<i32> {
    match v {
        Some(Value::Int(i)) if i32::try_from(*i).is_ok() => Ok(*i as i32),
        Some(Value::Bool(b)) => Ok(b.get() as i32),
        Some(Value::Int(_)) => Err(vm.new_exception(
            &vm.types().overflow_error.clone(),
            "fd is greater than maximum",
        )),
        Some(v) => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))),
        None => Err(vm.type_error(format!("{fname}() missing required argument 'fd' (pos 1)"))),
    }
}

/// `os.pipe()`: a (read, write) pair of descriptors.
fn pipe(vm: &mut Vm, _a: &[Value], _k: Kw) -> PyResult<Value> {
    match crate::platform::pipe() {
        Ok((r, w)) => Ok(vm.new_tuple(vec![Value::Int(r as i64), Value::Int(w as i64)])),
        Err(e) => Err(fd_error(vm, &e)),
    }
}

/// `os.read(fd, n)`, with the GIL released while it blocks.
fn read(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.type_error(format!("read expected 2 arguments, got {}", args.len())));
    }
    let fd = fd_arg(vm, args.first(), "read")?;
    let n = match &args[1] {
        Value::Int(n) if *n >= 0 => *n as usize,
        Value::Int(_) => return Err(vm.value_error("negative buffersize in read")),
        v => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            )));
        }
    };
    let n = n.min(1 << 30);
    let main = vm.is_main_thread();
    loop {
        // The main thread waits for data in short polls, so signals reach it (PEP 475:
        // if the handler returns normally, the read is retried).
        let breaker = &*vm.interp.breaker;
        let r = vm.gil.allow_threads(|| {
            if main {
                while !crate::platform::wait_readable(fd, crate::gil::MAIN_POLL) {
                    if breaker.main_pending() {
                        return None;
                    }
                }
            }
            Some(crate::platform::read(fd, n))
        });
        match r {
            Some(Ok(b)) => return Ok(vm.new_bytes(b)),
            Some(Err(e)) => return Err(fd_error(vm, &e)),
            None => vm.handle_breaker()?,
        }
    }
}

/// `os.write(fd, data)`, with the GIL released while it blocks.
fn write(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.type_error(format!("write expected 2 arguments, got {}", args.len())));
    }
    let fd = fd_arg(vm, args.first(), "write")?;
    let data: Vec<u8> = match args[1].payload() {
        Some(Payload::Bytes(b)) => b.to_vec(),
        _ => {
            return Err(vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(&args[1])
            )));
        }
    };
    match vm.allow_threads(|| crate::platform::write(fd, &data)) {
        Ok(n) => Ok(Value::Int(n as i64)),
        Err(e) => Err(fd_error(vm, &e)),
    }
}

fn close(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    let fd = fd_arg(vm, args.first(), "close")?;
    match crate::platform::close(fd) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(fd_error(vm, &e)),
    }
}

fn getenv(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    let key = path_arg(vm, args, 0, "getenv")?;
    match std::env::var(&key) {
        Ok(v) => Ok(vm.new_string(v)),
        Err(_) => Ok(args.get(1).cloned().unwrap_or(Value::None)),
    }
}

fn getcwd(vm: &mut Vm, _a: &[Value], _k: Kw) -> PyResult<Value> {
    let p = std::env::current_dir()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default();
    Ok(vm.new_string(p))
}

fn listdir(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    let p = if args.is_empty() {
        ".".to_string()
    } else {
        path_arg(vm, args, 0, "listdir")?
    };
    let rd = std::fs::read_dir(&p).map_err(|e| crate::modules::io::os_error_from(vm, &e, &p))?;
    let mut names = Vec::new();
    for e in rd.flatten() {
        names.push(e.file_name().to_string_lossy().into_owned());
    }
    let vals = names.into_iter().map(|n| vm.new_string(n)).collect();
    Ok(vm.new_list(vals))
}

fn remove(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    let p = path_arg(vm, args, 0, "remove")?;
    std::fs::remove_file(&p).map_err(|e| crate::modules::io::os_error_from(vm, &e, &p))?;
    Ok(Value::None)
}

fn mkdir(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    let p = path_arg(vm, args, 0, "mkdir")?;
    std::fs::create_dir(&p).map_err(|e| crate::modules::io::os_error_from(vm, &e, &p))?;
    Ok(Value::None)
}

fn makedirs(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let p = path_arg(vm, args, 0, "makedirs")?;
    let exist_ok = kw
        .iter()
        .position(|k| k.as_str() == "exist_ok")
        .map(|i| args[args.len() - kw.len() + i].clone());
    let exist_ok = match exist_ok {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    if std::path::Path::new(&p).is_dir() && !exist_ok {
        let e = std::io::Error::from(std::io::ErrorKind::AlreadyExists);
        return Err(crate::modules::io::os_error_from(vm, &e, &p));
    }
    std::fs::create_dir_all(&p).map_err(|e| crate::modules::io::os_error_from(vm, &e, &p))?;
    Ok(Value::None)
}

fn rmdir(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    let p = path_arg(vm, args, 0, "rmdir")?;
    std::fs::remove_dir(&p).map_err(|e| crate::modules::io::os_error_from(vm, &e, &p))?;
    Ok(Value::None)
}

fn rename(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    let a = path_arg(vm, args, 0, "rename")?;
    let b = path_arg(vm, args, 1, "rename")?;
    std::fs::rename(&a, &b).map_err(|e| crate::modules::io::os_error_from(vm, &e, &a))?;
    Ok(Value::None)
}

fn exists(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    let p = path_arg(vm, args, 0, "exists")?;
    Ok(Value::bool(std::path::Path::new(&p).exists()))
}

fn isfile(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    let p = path_arg(vm, args, 0, "isfile")?;
    Ok(Value::bool(std::path::Path::new(&p).is_file()))
}

fn isdir(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    let p = path_arg(vm, args, 0, "isdir")?;
    Ok(Value::bool(std::path::Path::new(&p).is_dir()))
}

fn join(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    let mut out = path_arg(vm, args, 0, "join")?;
    for i in 1..args.len() {
        let part = path_arg(vm, args, i, "join")?;
        if part.starts_with('/') {
            out = part;
        } else if out.is_empty() || out.ends_with('/') {
            out.push_str(&part);
        } else {
            out.push('/');
            out.push_str(&part);
        }
    }
    Ok(vm.new_string(out))
}

fn split_path(p: &str) -> (String, String) {
    match p.rfind('/') {
        Some(i) => {
            let head = &p[..i + 1];
            let trimmed = head.trim_end_matches('/');
            let head = if trimmed.is_empty() { head } else { trimmed };
            (head.to_string(), p[i + 1..].to_string())
        }
        None => (String::new(), p.to_string()),
    }
}

fn basename(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    let p = path_arg(vm, args, 0, "basename")?;
    Ok(vm.new_string(split_path(&p).1))
}

fn dirname(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    let p = path_arg(vm, args, 0, "dirname")?;
    Ok(vm.new_string(split_path(&p).0))
}

fn split(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    let p = path_arg(vm, args, 0, "split")?;
    let (a, b) = split_path(&p);
    let (a, b) = (vm.new_string(a), vm.new_string(b));
    Ok(vm.new_tuple(vec![a, b]))
}

fn splitext(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    let p = path_arg(vm, args, 0, "splitext")?;
    let base_start = p.rfind('/').map(|i| i + 1).unwrap_or(0);
    let base = &p[base_start..];
    let lead = base.len() - base.trim_start_matches('.').len();
    let (root, ext) = match base[lead..].rfind('.') {
        Some(i) => {
            let k = base_start + lead + i;
            (p[..k].to_string(), p[k..].to_string())
        }
        None => (p.clone(), String::new()),
    };
    let (a, b) = (vm.new_string(root), vm.new_string(ext));
    Ok(vm.new_tuple(vec![a, b]))
}

fn abspath(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    let p = path_arg(vm, args, 0, "abspath")?;
    let full = if p.starts_with('/') {
        p
    } else {
        format!(
            "{}/{}",
            std::env::current_dir()
                .map(|d| d.to_string_lossy().into_owned())
                .unwrap_or_default(),
            p
        )
    };
    Ok(vm.new_string(normpath_str(&full)))
}

fn isabs(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    let p = path_arg(vm, args, 0, "isabs")?;
    Ok(Value::bool(p.starts_with('/')))
}

/// `os.path.normpath`, as posixpath does it.
pub fn normpath_str(p: &str) -> String {
    if p.is_empty() {
        return ".".into();
    }
    let initial = if p.starts_with("//") && !p.starts_with("///") {
        2
    } else if p.starts_with('/') {
        1
    } else {
        0
    };
    let mut parts: Vec<&str> = Vec::new();
    for c in p.split('/') {
        match c {
            "" | "." => {}
            ".." => {
                if (initial == 0 && parts.is_empty()) || parts.last() == Some(&"..") {
                    parts.push("..");
                } else if !parts.is_empty() {
                    parts.pop();
                }
            }
            c => parts.push(c),
        }
    }
    let s = format!("{}{}", "/".repeat(initial), parts.join("/"));
    if s.is_empty() { ".".into() } else { s }
}

fn normpath(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    let p = path_arg(vm, args, 0, "normpath")?;
    Ok(vm.new_string(normpath_str(&p)))
}

fn commonprefix(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    let items = crate::builtins::seq::to_vec(vm, args.first().unwrap_or(&Value::None))?;
    let strs: Vec<String> = items
        .iter()
        .filter_map(|v| v.as_str().map(|s| s.to_string()))
        .collect();
    let Some(first) = strs.iter().min() else {
        return Ok(vm.new_str(""));
    };
    let last = strs.iter().max().expect("non-empty");
    let n = first
        .chars()
        .zip(last.chars())
        .take_while(|(a, b)| a == b)
        .count();
    let pre: String = first.chars().take(n).collect();
    Ok(vm.new_string(pre))
}

fn getsize(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    let p = path_arg(vm, args, 0, "getsize")?;
    let m = std::fs::metadata(&p).map_err(|e| crate::modules::io::os_error_from(vm, &e, &p))?;
    Ok(Value::Int(m.len() as i64))
}

pub fn init_path(vm: &mut Vm, m: &Value) -> PyResult<()> {
    super::add_functions(
        vm,
        m,
        &[
            ("abspath", abspath),
            ("basename", basename),
            ("commonprefix", commonprefix),
            ("isabs", isabs),
            ("normpath", normpath),
            ("dirname", dirname),
            ("exists", exists),
            ("getsize", getsize),
            ("isdir", isdir),
            ("isfile", isfile),
            ("join", join),
            ("split", split),
            ("splitext", splitext),
        ],
    );
    let sep = vm.new_str("/");
    super::set_attr(vm, m, "sep", sep);
    Ok(())
}

pub fn init(vm: &mut Vm, m: &Value) -> PyResult<()> {
    super::add_functions(
        vm,
        m,
        &[
            ("_exit", exit_now),
            ("close", close),
            ("getcwd", getcwd),
            ("getenv", getenv),
            ("getpid", getpid),
            ("getppid", getppid),
            ("kill", kill),
            ("listdir", listdir),
            ("makedirs", makedirs),
            ("mkdir", mkdir),
            ("pipe", pipe),
            ("read", read),
            ("remove", remove),
            ("rename", rename),
            ("rmdir", rmdir),
            ("unlink", remove),
            ("write", write),
        ],
    );
    let env = vm.new_dict(Default::default());
    for (k, v) in std::env::vars() {
        let (k, v) = (vm.new_string(k), vm.new_string(v));
        crate::builtins::dict::dict_set(vm, &env, k, v)?;
    }
    super::set_attr(vm, m, "environ", env);
    let path = match super::native_module(vm, "os.path")? {
        Some(p) => p,
        None => Value::None,
    };
    vm.sys_modules_set("os.path", path.clone());
    super::set_attr(vm, m, "path", path);
    for (k, v) in [
        ("sep", "/"),
        ("linesep", "\n"),
        ("name", "posix"),
        ("curdir", "."),
        ("pardir", ".."),
        ("pathsep", ":"),
    ] {
        let s = vm.new_str(v);
        super::set_attr(vm, m, k, s);
    }
    Ok(())
}

impl Vm {
    /// Import a module by absolute dotted name from Rust.
    pub fn import_name_simple(&mut self, name: &str) -> PyResult<Value> {
        let n = self.new_str(name);
        let fl = self.new_tuple(vec![]);
        let g = self.interp.builtins.clone();
        self.import_name(&n, &fl, &Value::Int(0), &g)
    }
}
