//! Text and binary I/O: the buffered stdout/stderr writers (flushed on every exit path),
//! `open()` and file objects, `sys.stdin` reading.

use crate::builtins::args::ArgSpec;
use crate::runtime::str::PyStr;
use crate::runtime::value::*;
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;
use std::io::{IsTerminal, Read, Write};
use std::rc::Rc;

/// A buffered standard stream. Line-buffered on a terminal, block-buffered otherwise,
/// unbuffered with `-u` / `PYTHONUNBUFFERED`.
pub struct Output {
    buf: Vec<u8>,
    is_err: bool,
    pub line_buffered: bool,
    pub unbuffered: bool,
    /// Where flushed bytes go instead of the file descriptor, if set (the REPL routes
    /// output through its line editor this way; see `crate::repl`).
    pub sink: Option<Sink>,
}

/// A replacement destination for a standard stream's flushed bytes: called with
/// `is_stderr` and the bytes, under the stream's I/O lock, without the GIL.
pub type Sink = std::sync::Arc<dyn Fn(bool, &[u8]) + Send + Sync>;

impl Output {
    pub fn stdout() -> Output {
        Output {
            buf: Vec::with_capacity(8192),
            is_err: false,
            line_buffered: std::io::stdout().is_terminal(),
            unbuffered: false,
            sink: None,
        }
    }
    pub fn stderr() -> Output {
        Output {
            buf: Vec::new(),
            is_err: true,
            line_buffered: true,
            unbuffered: true,
            sink: None,
        }
    }

    /// Append to the buffer; true when the buffer should now be flushed.
    pub fn push(&mut self, s: &[u8]) -> bool {
        self.buf.extend_from_slice(s);
        self.unbuffered || self.buf.len() >= 8192 || (self.line_buffered && s.contains(&b'\n'))
    }

    /// Write the buffer out (a system call: callers holding the GIL release it around
    /// this, see `Vm::flush_stream`).
    pub fn flush(&mut self) {
        if self.buf.is_empty() {
            return;
        }
        if let Some(sink) = &self.sink {
            sink(self.is_err, &self.buf);
            self.buf.clear();
            return;
        }
        let r = if self.is_err {
            let mut e = std::io::stderr().lock();
            e.write_all(&self.buf).and_then(|_| e.flush())
        } else {
            let mut o = std::io::stdout().lock();
            o.write_all(&self.buf).and_then(|_| o.flush())
        };
        let _ = r;
        self.buf.clear();
    }
}

impl Drop for Output {
    fn drop(&mut self) {
        self.flush();
    }
}

/// Which standard stream.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
}

impl Vm {
    /// Append `bytes` to a standard stream's buffer, flushing (with the GIL released)
    /// when the buffering mode says so. The stream's mutex is an I/O lock, not an
    /// object lock: it is held while the buffer is written out, outside the GIL.
    pub fn write_stream(&mut self, which: Stream, bytes: &[u8]) {
        let out = match which {
            Stream::Stdout => &*self.interp.stdout,
            Stream::Stderr => &*self.interp.stderr,
        };
        let flush = match out.try_lock() {
            Some(mut o) => o.push(bytes),
            // Another thread is writing the buffer out: wait for it without the GIL.
            None => self.gil.allow_threads(|| out.lock().push(bytes)),
        };
        if flush {
            self.gil.allow_threads(|| out.lock().flush());
        }
    }

    /// Write a standard stream's buffer out, with the GIL released.
    pub fn flush_stream(&mut self, which: Stream) {
        let out = match which {
            Stream::Stdout => &*self.interp.stdout,
            Stream::Stderr => &*self.interp.stderr,
        };
        self.gil.allow_threads(|| out.lock().flush());
    }

    pub fn write_stdout(&mut self, s: &str) -> PyResult<()> {
        if let Some(target) = self.redirected_stream("stdout") {
            let w = self.getattr_str(&target, "write")?;
            let v = self.new_str(s);
            self.call(&w, &[v], &[])?;
            return Ok(());
        }
        self.write_stream(Stream::Stdout, s.as_bytes());
        Ok(())
    }

    pub fn write_stderr(&mut self, s: &str) {
        self.flush_stream(Stream::Stdout);
        if let Some(target) = self.redirected_stream("stderr")
            && let Ok(w) = self.getattr_str(&target, "write")
        {
            let v = self.new_str(s);
            let _ = self.call(&w, &[v], &[]);
            return;
        }
        self.write_stream(Stream::Stderr, s.as_bytes());
    }

    pub fn flush_stdout(&mut self) {
        self.flush_stream(Stream::Stdout);
    }

    /// `sys.stdout`/`sys.stderr` when a script replaced it with its own object.
    fn redirected_stream(&mut self, name: &str) -> Option<Value> {
        let sys = self.interp.sys.borrow().clone()?;
        let d = sys.dict()?;
        let Payload::Dict(t) = &d.payload else {
            return None;
        };
        let v = t
            .borrow()
            .get_str(name, crate::runtime::str::str_hash(name.as_bytes()))
            .cloned()?;
        match v.payload() {
            Some(Payload::File(f))
                if matches!(f.borrow().kind, FileKind::Stdout | FileKind::Stderr) =>
            {
                None
            }
            _ => Some(v),
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FileKind {
    Disk,
    Stdin,
    Stdout,
    Stderr,
}

/// A file object's state. Reads load the whole file; writes are buffered until flush/close.
pub struct FileData {
    pub kind: FileKind,
    pub name: String,
    pub mode: String,
    pub binary: bool,
    pub readable: bool,
    pub writable: bool,
    pub closed: bool,
    /// The decoding error handler of a text file (`errors=`).
    pub errors: String,
    content: Vec<u8>,
    pos: usize,
    out: Vec<u8>,
    file: Option<std::fs::File>,
}

fn os_error(vm: &mut Vm, e: &std::io::Error, path: &str) -> crate::vm::PyErr {
    os_error_at(vm, e, Some(path))
}

/// `OSError(errno, strerror[, filename])` for a failed system call, as the errno's
/// subclass (`FileNotFoundError`, ...) exactly as CPython picks it. `path` is `None` for
/// calls that name no file (descriptor calls, signals).
pub fn os_error_at(vm: &mut Vm, e: &std::io::Error, path: Option<&str>) -> crate::vm::PyErr {
    let errno = e.raw_os_error().unwrap_or(0);
    let ty = crate::builtins::constructors::os_error_subclass(vm, errno as i64)
        .unwrap_or_else(|| vm.types().os_error.clone());
    let msg = std::io::Error::from_raw_os_error(errno).to_string();
    let msg = msg.split(" (os error").next().unwrap_or("").to_string();
    let mut args = vec![Value::Int(errno as i64), vm.new_string(msg)];
    if let Some(p) = path {
        args.push(vm.new_str(p));
    }
    vm.new_exception_args(&ty, args)
}

pub fn os_error_from(vm: &mut Vm, e: &std::io::Error, path: &str) -> crate::vm::PyErr {
    os_error(vm, e, path)
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None)`
pub fn open(vm: &mut Vm, args: &[Value], kw: &[Rc<PyStr>]) -> PyResult<Value> {
    let a = ArgSpec::new(
        "open",
        &["file", "mode", "buffering", "encoding", "errors", "newline"],
        1,
    )
    .parse(vm, args, kw)?;
    let path = match a[0].as_str() {
        Some(s) => s.to_string(),
        None => {
            return Err(vm.type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                vm.type_name(&a[0])
            )));
        }
    };
    let mode = a.get(1).and_then(|m| m.as_str()).unwrap_or("r").to_string();
    let kinds = mode.chars().filter(|c| "rwax".contains(*c)).count();
    if kinds != 1 || mode.chars().any(|c| !"rwaxbt+".contains(c)) {
        let msg = if mode.chars().any(|c| !"rwaxbt+U".contains(c)) || mode.is_empty() {
            format!("invalid mode: '{mode}'")
        } else {
            "must have exactly one of create/read/write/append mode".to_string()
        };
        return Err(vm.value_error(msg));
    }
    let binary = mode.contains('b');
    let plus = mode.contains('+');
    let (readable, writable) = match mode.chars().find(|c| "rwax".contains(*c)) {
        Some('r') | None => (true, plus),
        Some(_) => (plus, true),
    };
    let mut opts = std::fs::OpenOptions::new();
    match mode.chars().find(|c| "rwax".contains(*c)) {
        Some('w') => {
            opts.write(true).create(true).truncate(true);
        }
        Some('a') => {
            opts.append(true).create(true);
        }
        Some('x') => {
            opts.write(true).create_new(true);
        }
        _ => {
            opts.read(true);
        }
    }
    if plus {
        opts.read(true).write(true);
    }
    let read_all = readable && !mode.contains('w');
    let opened = vm.allow_threads(|| -> std::io::Result<(std::fs::File, Vec<u8>)> {
        let mut file = opts.open(&path)?;
        if std::path::Path::new(&path).is_dir() {
            return Err(std::io::Error::from_raw_os_error(21));
        }
        let mut content = Vec::new();
        if read_all {
            file.read_to_end(&mut content)?;
        }
        Ok((file, content))
    });
    let (file, content) = opened.map_err(|e| os_error(vm, &e, &path))?;
    let data = FileData {
        kind: FileKind::Disk,
        name: path,
        mode,
        binary,
        readable,
        writable,
        closed: false,
        errors: a
            .get_some(4)
            .and_then(|e| e.as_str())
            .unwrap_or("strict")
            .to_string(),
        content,
        pos: 0,
        out: Vec::new(),
        file: Some(file),
    };
    Ok(vm.new_object(
        &vm.types().file.clone(),
        Payload::File(Box::new(RefCell::new(data))),
    ))
}

pub fn std_stream(vm: &mut Vm, kind: FileKind) -> Value {
    let name = match kind {
        FileKind::Stdin => "<stdin>",
        FileKind::Stdout => "<stdout>",
        _ => "<stderr>",
    };
    let data = FileData {
        kind,
        name: name.into(),
        mode: if kind == FileKind::Stdin {
            "r".into()
        } else {
            "w".into()
        },
        binary: false,
        readable: kind == FileKind::Stdin,
        writable: kind != FileKind::Stdin,
        closed: false,
        errors: "strict".into(),
        content: Vec::new(),
        pos: 0,
        out: Vec::new(),
        file: None,
    };
    vm.new_object(
        &vm.types().file.clone(),
        Payload::File(Box::new(RefCell::new(data))),
    )
}

fn file_of<'a>(vm: &Vm, args: &'a [Value]) -> PyResult<&'a RefCell<FileData>> {
    match args.first().and_then(|v| v.payload()) {
        Some(Payload::File(f)) => Ok(f),
        _ => Err(vm.type_error("descriptor requires a file object")),
    }
}

fn check_open(vm: &Vm, f: &FileData) -> PyResult<()> {
    if f.closed {
        return Err(vm.value_error("I/O operation on closed file."));
    }
    Ok(())
}

/// Read one chunk of standard input (file descriptor 0) with the GIL released, into
/// the interpreter's stdin buffer. The main thread waits in short polls so signals
/// reach it (PEP 475: a handler that returns normally resumes the read). Returns false
/// at end of input.
fn fill_stdin(vm: &mut Vm) -> PyResult<bool> {
    let main = vm.is_main_thread();
    loop {
        let breaker = &*vm.interp.breaker;
        let r = vm.gil.allow_threads(|| {
            if main {
                while !crate::platform::wait_readable(0, crate::gil::MAIN_POLL) {
                    if breaker.main_pending() {
                        return None;
                    }
                }
            }
            Some(crate::platform::read(0, 1 << 16))
        });
        match r {
            Some(Ok(b)) if b.is_empty() => return Ok(false),
            Some(Ok(b)) => {
                vm.interp.stdin_buf.borrow_mut().extend_from_slice(&b);
                return Ok(true);
            }
            Some(Err(e)) => return Err(os_error(vm, &e, "<stdin>")),
            None => vm.handle_breaker()?,
        }
    }
}

/// Read one line from standard input (with the GIL released while waiting).
pub fn read_stdin_line(vm: &mut Vm) -> PyResult<Option<String>> {
    vm.flush_stdout();
    loop {
        let nl = vm
            .interp
            .stdin_buf
            .borrow()
            .iter()
            .position(|&b| b == b'\n');
        if let Some(i) = nl {
            let line: Vec<u8> = vm.interp.stdin_buf.borrow_mut().drain(..=i).collect();
            return Ok(Some(String::from_utf8_lossy(&line).into_owned()));
        }
        if !fill_stdin(vm)? {
            let rest = std::mem::take(&mut *vm.interp.stdin_buf.borrow_mut());
            if rest.is_empty() {
                return Ok(None);
            }
            return Ok(Some(String::from_utf8_lossy(&rest).into_owned()));
        }
    }
}

/// Read standard input to its end.
fn read_stdin_all(vm: &mut Vm) -> PyResult<Vec<u8>> {
    vm.flush_stdout();
    while fill_stdin(vm)? {}
    Ok(std::mem::take(&mut *vm.interp.stdin_buf.borrow_mut()))
}

fn make_data(vm: &mut Vm, binary: bool, bytes: &[u8], errors: &str) -> PyResult<Value> {
    if binary {
        Ok(vm.new_bytes(bytes.to_vec()))
    } else {
        let s = crate::builtins::bytes::decode_bytes(vm, bytes, "utf-8", errors)?;
        Ok(vm.new_string(s))
    }
}

fn f_read(vm: &mut Vm, args: &[Value], _kw: &[Rc<PyStr>]) -> PyResult<Value> {
    let cell = file_of(vm, args)?;
    if cell.borrow().kind == FileKind::Stdin {
        let s = read_stdin_all(vm)?;
        return make_data(vm, false, &s, "strict");
    }
    let n = match args.get(1) {
        Some(Value::None) | None => -1,
        Some(v) => vm.int_arg(v, "")?,
    };
    let mut f = cell.borrow_mut();
    check_open(vm, &f)?;
    if !f.readable {
        drop(f);
        return Err(vm.new_exception(&vm.types().unsupported_operation.clone(), "not readable"));
    }
    let start = f.pos;
    let end = if n < 0 {
        f.content.len()
    } else if f.binary {
        (start + n as usize).min(f.content.len())
    } else {
        // n characters
        let text = &f.content[start..];
        let s = String::from_utf8_lossy(text);
        let byte_len: usize = s.chars().take(n as usize).map(|c| c.len_utf8()).sum();
        start + byte_len.min(text.len())
    };
    f.pos = end;
    let (binary, bytes, errors) = (f.binary, f.content[start..end].to_vec(), f.errors.clone());
    drop(f);
    make_data(vm, binary, &bytes, &errors)
}

fn next_line(f: &mut FileData) -> Option<Vec<u8>> {
    if f.pos >= f.content.len() {
        return None;
    }
    let rest = &f.content[f.pos..];
    let end = rest
        .iter()
        .position(|&b| b == b'\n')
        .map(|i| i + 1)
        .unwrap_or(rest.len());
    let line = rest[..end].to_vec();
    f.pos += end;
    Some(line)
}

fn f_readline(vm: &mut Vm, args: &[Value], _kw: &[Rc<PyStr>]) -> PyResult<Value> {
    let cell = file_of(vm, args)?;
    if cell.borrow().kind == FileKind::Stdin {
        let l = read_stdin_line(vm)?.unwrap_or_default();
        return Ok(vm.new_string(l));
    }
    let mut f = cell.borrow_mut();
    check_open(vm, &f)?;
    let line = next_line(&mut f).unwrap_or_default();
    let (binary, errors) = (f.binary, f.errors.clone());
    drop(f);
    make_data(vm, binary, &line, &errors)
}

fn f_readlines(vm: &mut Vm, args: &[Value], _kw: &[Rc<PyStr>]) -> PyResult<Value> {
    let cell = file_of(vm, args)?;
    let mut lines = Vec::new();
    loop {
        let mut f = cell.borrow_mut();
        check_open(vm, &f)?;
        let Some(l) = next_line(&mut f) else { break };
        let (binary, errors) = (f.binary, f.errors.clone());
        drop(f);
        lines.push(make_data(vm, binary, &l, &errors)?);
    }
    Ok(vm.new_list(lines))
}

/// `next()` on a file object.
pub fn file_next_line(vm: &mut Vm, file: &Value) -> PyResult<Option<Value>> {
    let Some(Payload::File(cell)) = file.payload() else {
        return Ok(None);
    };
    if cell.borrow().kind == FileKind::Stdin {
        return Ok(read_stdin_line(vm)?.map(|l| vm.new_string(l)));
    }
    let mut f = cell.borrow_mut();
    check_open(vm, &f)?;
    let line = next_line(&mut f);
    let (binary, errors) = (f.binary, f.errors.clone());
    drop(f);
    match line {
        Some(l) => make_data(vm, binary, &l, &errors).map(Some),
        None => Ok(None),
    }
}

fn f_write(vm: &mut Vm, args: &[Value], _kw: &[Rc<PyStr>]) -> PyResult<Value> {
    let cell = file_of(vm, args)?;
    let Some(data) = args.get(1) else {
        return Err(vm.type_error("write() takes exactly one argument (0 given)"));
    };
    let kind = cell.borrow().kind;
    let binary = cell.borrow().binary;
    let (bytes, n): (Vec<u8>, usize) = if binary {
        match data.as_bytes() {
            Some(b) => (b.to_vec(), b.len()),
            None => {
                return Err(vm.type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    vm.type_name(data)
                )));
            }
        }
    } else {
        match data.as_pystr() {
            Some(s) => (s.as_str().as_bytes().to_vec(), s.char_len()),
            None => {
                return Err(vm.type_error(format!(
                    "write() argument must be str, not {}",
                    vm.type_name(data)
                )));
            }
        }
    };
    match kind {
        FileKind::Stdout => vm.write_stream(Stream::Stdout, &bytes),
        FileKind::Stderr => {
            vm.flush_stream(Stream::Stdout);
            vm.write_stream(Stream::Stderr, &bytes)
        }
        _ => {
            let mut f = cell.borrow_mut();
            check_open(vm, &f)?;
            if !f.writable {
                drop(f);
                return Err(
                    vm.new_exception(&vm.types().unsupported_operation.clone(), "not writable")
                );
            }
            f.out.extend_from_slice(&bytes);
            if f.out.len() > 1 << 16 {
                drop(f);
                flush_file_released(vm, cell);
            }
        }
    }
    Ok(Value::Int(n as i64))
}

/// Write a disk file's buffer out with the GIL released. The file handle is taken out
/// of the object meanwhile, so no `RefCell` borrow is held across the release.
fn flush_file_released(vm: &mut Vm, cell: &RefCell<FileData>) {
    let (file, out) = {
        let mut f = cell.borrow_mut();
        if f.out.is_empty() || f.file.is_none() {
            return;
        }
        (f.file.take(), std::mem::take(&mut f.out))
    };
    let Some(mut file) = file else { return };
    let file = vm.allow_threads(move || {
        let _ = file.write_all(&out);
        file
    });
    let mut f = cell.borrow_mut();
    if !f.closed && f.file.is_none() {
        f.file = Some(file);
    }
}

fn flush_file(f: &mut FileData) {
    if let Some(file) = &mut f.file
        && !f.out.is_empty()
    {
        let _ = file.write_all(&f.out);
        f.out.clear();
    }
}

fn f_writelines(vm: &mut Vm, args: &[Value], kw: &[Rc<PyStr>]) -> PyResult<Value> {
    let items = crate::builtins::seq::to_vec(vm, args.get(1).unwrap_or(&Value::None))?;
    for it in items {
        f_write(vm, &[args[0].clone(), it], kw)?;
    }
    Ok(Value::None)
}

fn f_flush(vm: &mut Vm, args: &[Value], _kw: &[Rc<PyStr>]) -> PyResult<Value> {
    let cell = file_of(vm, args)?;
    let kind = cell.borrow().kind;
    match kind {
        FileKind::Stdout => vm.flush_stream(Stream::Stdout),
        FileKind::Stderr => vm.flush_stream(Stream::Stderr),
        _ => flush_file_released(vm, cell),
    }
    Ok(Value::None)
}

fn f_close(vm: &mut Vm, args: &[Value], _kw: &[Rc<PyStr>]) -> PyResult<Value> {
    let cell = file_of(vm, args)?;
    if cell.borrow().kind == FileKind::Disk {
        flush_file_released(vm, cell);
    }
    let mut f = cell.borrow_mut();
    if f.kind == FileKind::Disk {
        flush_file(&mut f);
        f.file = None;
        f.closed = true;
    }
    Ok(Value::None)
}

fn f_enter(_vm: &mut Vm, args: &[Value], _kw: &[Rc<PyStr>]) -> PyResult<Value> {
    Ok(args[0].clone())
}

fn f_exit(vm: &mut Vm, args: &[Value], kw: &[Rc<PyStr>]) -> PyResult<Value> {
    f_close(vm, &args[..1], kw)?;
    Ok(Value::Bool(B64::FALSE))
}

fn f_iter(_vm: &mut Vm, args: &[Value], _kw: &[Rc<PyStr>]) -> PyResult<Value> {
    Ok(args[0].clone())
}

fn f_fileno(vm: &mut Vm, args: &[Value], _kw: &[Rc<PyStr>]) -> PyResult<Value> {
    let cell = file_of(vm, args)?;
    Ok(Value::Int(match cell.borrow().kind {
        FileKind::Stdin => 0,
        FileKind::Stdout => 1,
        FileKind::Stderr => 2,
        FileKind::Disk => 3,
    }))
}

fn f_isatty(vm: &mut Vm, args: &[Value], _kw: &[Rc<PyStr>]) -> PyResult<Value> {
    let cell = file_of(vm, args)?;
    Ok(Value::bool(match cell.borrow().kind {
        FileKind::Stdin => std::io::stdin().is_terminal(),
        FileKind::Stdout => std::io::stdout().is_terminal(),
        FileKind::Stderr => std::io::stderr().is_terminal(),
        FileKind::Disk => false,
    }))
}

pub const METHODS: &[(&str, NativeFn)] = &[
    ("__enter__", f_enter),
    ("__exit__", f_exit),
    ("__iter__", f_iter),
    ("close", f_close),
    ("fileno", f_fileno),
    ("flush", f_flush),
    ("isatty", f_isatty),
    ("read", f_read),
    ("readline", f_readline),
    ("readlines", f_readlines),
    ("write", f_write),
    ("writelines", f_writelines),
];

/// Attributes of file objects (`name`, `mode`, `closed`).
pub fn file_attr(vm: &mut Vm, v: &Value, name: &str) -> Option<Value> {
    let Some(Payload::File(f)) = v.payload() else {
        return None;
    };
    let f = f.borrow();
    Some(match name {
        "name" => vm.new_str(&f.name),
        "mode" => vm.new_str(&f.mode),
        "closed" => Value::bool(f.closed),
        "encoding" => vm.new_str("utf-8"),
        _ => return None,
    })
}

pub fn file_repr(v: &Value) -> String {
    match v.payload() {
        Some(Payload::File(f)) => {
            let f = f.borrow();
            format!(
                "<_io.TextIOWrapper name='{}' mode='{}' encoding='utf-8'>",
                f.name, f.mode
            )
        }
        _ => "<file>".into(),
    }
}

impl Drop for FileData {
    fn drop(&mut self) {
        flush_file(self);
    }
}
