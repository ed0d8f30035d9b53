//! `_mp`: the native half of `multiprocessing` and `concurrent.futures` — the wire
//! format (`dumps`/`loads`), framed messages over pipes, spawning children of the same
//! executable, reaping them, and waits that release the GIL and wake for Ctrl+C.
//!
//! Wire format: one tag byte per value, little-endian fixed-size numbers.
//!
//! | tag | value | body |
//! |---|---|---|
//! | `N` `T` `F` | None, True, False | — |
//! | `I` | int that fits in i64 | 8 bytes |
//! | `B` | big int | u32 length + two's-complement bytes |
//! | `D` | float | 8 bytes (IEEE bits) |
//! | `S` `Y` | str (UTF-8), bytes | u32 length + bytes |
//! | `L` `U` `E` `Z` | list, tuple, set, frozenset | u32 count + items |
//! | `M` | dict | u32 count + key, value pairs |
//! | `R` | anything else | one value: the tuple the Python *reducer* made of it |
//!
//! `dumps(obj, reducer)` calls `reducer(obj, kind)` for every value that is not of an
//! exact builtin type above (`kind` says what the object is: "plain" for an instance of
//! a class defined in Python, "exc", "func", "type", "builtin" or "other"); the reducer
//! returns a tuple (or raises the pickling error). `loads(data, builder)` calls
//! `builder(tuple)` to rebuild such values. The reducer and builder live in
//! `multiprocessing` (`src/modules/py/multiprocessing.py`).
//!
//! A message on a pipe is a u32 length followed by that many bytes.

use crate::runtime::dict::DictTable;
use crate::runtime::str::PyStr;
use crate::runtime::value::*;
use crate::vm::{PyResult, Vm};
use num_bigint::BigInt;
use std::rc::Rc;
use std::time::{Duration, Instant};

type Kw<'a> = &'a [Rc<PyStr>];

/// Deepest nesting `dumps`/`loads` accept (deeper data is refused, never a stack overflow).
const MAX_DEPTH: usize = 2000;

pub fn init(vm: &mut Vm, m: &Value) -> PyResult<()> {
    super::add_functions(
        vm,
        m,
        &[
            ("dumps", dumps),
            ("loads", loads),
            ("send_bytes", send_bytes),
            ("recv_bytes", recv_bytes),
            ("wait", wait),
            ("spawn", spawn),
            ("waitpid", waitpid),
            ("set_cloexec", set_cloexec),
            ("set_nonblocking", set_nonblocking),
            ("take_token", take_token),
            ("drain", drain),
            ("cpu_count", cpu_count),
            ("run_main", run_main),
            ("format_exc", format_exc),
            ("object_kind", object_kind),
            ("exc_attrs", exc_attrs),
            ("sigint_received", sigint_received),
        ],
    );
    Ok(())
}

fn arg<'a>(vm: &Vm, args: &'a [Value], i: usize, fname: &str) -> PyResult<&'a Value> {
    args.get(i)
        .ok_or_else(|| vm.type_error(format!("{fname}() missing argument {}", i + 1)))
}

fn fd_arg(vm: &mut Vm, args: &[Value], i: usize, fname: &str) -> PyResult<i32> {
    let v = arg(vm, args, i, fname)?.clone();
    let n = vm.int_arg(&v, "")?;
    i32::try_from(n).map_err(|_| vm.value_error(format!("{fname}(): bad file descriptor {n}")))
}

/// A timeout argument: None (wait forever) or a number of seconds (negative means 0).
fn timeout_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<Duration>> {
    let secs = match v {
        None | Some(Value::None) => return Ok(None),
        Some(Value::Int(i)) => *i as f64,
        Some(Value::Float(f)) => f.get(),
        Some(Value::Bool(b)) => b.get() as i64 as f64,
        Some(other) => {
            return Err(vm.type_error(format!(
                "timeout must be a number or None, not '{}'",
                vm.type_name(other)
            )));
        }
    };
    if secs.is_nan() {
        return Err(vm.value_error("timeout must not be NaN"));
    }
    Ok(Some(Duration::from_secs_f64(secs.clamp(0.0, 1e9))))
}

fn os_err(vm: &mut Vm, e: &std::io::Error) -> crate::vm::PyErr {
    crate::modules::io::os_error_at(vm, e, None)
}

fn bytes_of<'a>(vm: &Vm, v: &'a Value, fname: &str) -> PyResult<&'a [u8]> {
    match v.payload() {
        Some(Payload::Bytes(b)) => Ok(b),
        _ => Err(vm.type_error(format!(
            "{fname}(): a bytes-like object is required, not '{}'",
            vm.type_name(v)
        ))),
    }
}

// ---------------------------------------------------------------- serialization

struct Writer<'a> {
    out: Vec<u8>,
    reducer: &'a Value,
}

fn is_exact(o: &PyRef, ty: &PyRef) -> bool {
    Rc::ptr_eq(o.ty(), ty)
}

fn put_len(vm: &Vm, out: &mut Vec<u8>, n: usize) -> PyResult<()> {
    let n = u32::try_from(n).map_err(|_| vm.overflow_error("object too large to send"))?;
    out.extend_from_slice(&n.to_le_bytes());
    Ok(())
}

fn kind_of(o: &PyRef) -> &'static str {
    match &o.payload {
        Payload::Plain | Payload::Instance(_) if o.type_data().heap => "plain",
        Payload::Exception(_) => "exc",
        Payload::Function(_) => "func",
        Payload::Type(_) => "type",
        Payload::Builtin(_) => "builtin",
        _ => "other",
    }
}

fn dump(vm: &mut Vm, w: &mut Writer, v: &Value, depth: usize) -> PyResult<()> {
    if depth > MAX_DEPTH {
        return Err(vm.new_exception(
            &vm.types().recursion_error.clone(),
            "maximum recursion depth exceeded while pickling an object",
        ));
    }
    match v {
        Value::None => w.out.push(b'N'),
        Value::Bool(b) => w.out.push(if b.get() { b'T' } else { b'F' }),
        Value::Int(i) => {
            w.out.push(b'I');
            w.out.extend_from_slice(&i.to_le_bytes());
        }
        Value::Float(f) => {
            w.out.push(b'D');
            w.out.extend_from_slice(&f.get().to_bits().to_le_bytes());
        }
        Value::Undef => return Err(vm.type_error("cannot pickle an unbound value")),
        Value::Obj(o) => {
            let t = vm.types();
            let (str_t, bytes_t, int_t) = (t.str.clone(), t.bytes.clone(), t.int.clone());
            let (list_t, tuple_t, dict_t) = (t.list.clone(), t.tuple.clone(), t.dict.clone());
            let (set_t, fset_t) = (t.set.clone(), t.frozenset.clone());
            match &o.payload {
                Payload::Str(s) if is_exact(o, &str_t) => {
                    w.out.push(b'S');
                    put_len(vm, &mut w.out, s.as_str().len())?;
                    w.out.extend_from_slice(s.as_str().as_bytes());
                }
                Payload::Bytes(b) if is_exact(o, &bytes_t) => {
                    w.out.push(b'Y');
                    put_len(vm, &mut w.out, b.len())?;
                    w.out.extend_from_slice(b);
                }
                Payload::BigInt(b) if is_exact(o, &int_t) => {
                    let bytes = b.to_signed_bytes_le();
                    w.out.push(b'B');
                    put_len(vm, &mut w.out, bytes.len())?;
                    w.out.extend_from_slice(&bytes);
                }
                Payload::List(l) if is_exact(o, &list_t) => {
                    let items: Vec<Value> = l.borrow().clone();
                    w.out.push(b'L');
                    put_len(vm, &mut w.out, items.len())?;
                    for x in &items {
                        dump(vm, w, x, depth + 1)?;
                    }
                }
                Payload::Tuple(items) if is_exact(o, &tuple_t) => {
                    w.out.push(b'U');
                    put_len(vm, &mut w.out, items.len())?;
                    for x in items.iter() {
                        dump(vm, w, x, depth + 1)?;
                    }
                }
                Payload::Dict(d) if is_exact(o, &dict_t) => {
                    let pairs: Vec<(Value, Value)> = d
                        .borrow()
                        .iter()
                        .map(|e| (e.key.clone(), e.value.clone()))
                        .collect();
                    w.out.push(b'M');
                    put_len(vm, &mut w.out, pairs.len())?;
                    for (k, x) in &pairs {
                        dump(vm, w, k, depth + 1)?;
                        dump(vm, w, x, depth + 1)?;
                    }
                }
                Payload::Set(s) if is_exact(o, &set_t) => {
                    let items: Vec<Value> = s.borrow().iter().map(|(k, _)| k.clone()).collect();
                    dump_seq(vm, w, b'E', &items, depth)?;
                }
                Payload::FrozenSet(s) if is_exact(o, &fset_t) => {
                    let items: Vec<Value> = s.iter().map(|(k, _)| k.clone()).collect();
                    dump_seq(vm, w, b'Z', &items, depth)?;
                }
                _ => {
                    let kind = vm.new_str(kind_of(o));
                    let reducer = w.reducer.clone();
                    let r = vm.call(&reducer, &[v.clone(), kind], &[])?;
                    if r.as_tuple().is_none() {
                        return Err(vm.type_error("the reducer must return a tuple"));
                    }
                    w.out.push(b'R');
                    dump(vm, w, &r, depth + 1)?;
                }
            }
        }
    }
    Ok(())
}

fn dump_seq(vm: &mut Vm, w: &mut Writer, tag: u8, items: &[Value], depth: usize) -> PyResult<()> {
    w.out.push(tag);
    put_len(vm, &mut w.out, items.len())?;
    for x in items {
        dump(vm, w, x, depth + 1)?;
    }
    Ok(())
}

/// `dumps(obj, reducer) -> bytes`.
fn dumps(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    let obj = arg(vm, args, 0, "dumps")?.clone();
    let reducer = arg(vm, args, 1, "dumps")?.clone();
    let mut w = Writer {
        out: Vec::with_capacity(64),
        reducer: &reducer,
    };
    dump(vm, &mut w, &obj, 0)?;
    Ok(vm.new_bytes(w.out))
}

struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
    builder: &'a Value,
}

impl Reader<'_> {
    fn take(&mut self, vm: &Vm, n: usize) -> PyResult<&[u8]> {
        if self.data.len() - self.pos < n {
            return Err(corrupt(vm));
        }
        let s = &self.data[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }

    fn u32(&mut self, vm: &Vm) -> PyResult<usize> {
        let b = self.take(vm, 4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize)
    }

    fn u64(&mut self, vm: &Vm) -> PyResult<u64> {
        let b = self.take(vm, 8)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(b);
        Ok(u64::from_le_bytes(a))
    }

    /// A count of items, each at least one byte: bounded by what is left.
    fn count(&mut self, vm: &Vm) -> PyResult<usize> {
        let n = self.u32(vm)?;
        if n > self.data.len() - self.pos {
            return Err(corrupt(vm));
        }
        Ok(n)
    }
}

fn corrupt(vm: &Vm) -> crate::vm::PyErr {
    vm.value_error("corrupt multiprocessing message")
}

fn load(vm: &mut Vm, r: &mut Reader, depth: usize) -> PyResult<Value> {
    if depth > MAX_DEPTH {
        return Err(corrupt(vm));
    }
    let tag = r.take(vm, 1)?[0];
    Ok(match tag {
        b'N' => Value::None,
        b'T' => Value::Bool(B64::TRUE),
        b'F' => Value::Bool(B64::FALSE),
        b'I' => Value::Int(r.u64(vm)? as i64),
        b'D' => Value::float(f64::from_bits(r.u64(vm)?)),
        b'S' => {
            let n = r.u32(vm)?;
            let b = r.take(vm, n)?;
            let s = std::str::from_utf8(b).map_err(|_| corrupt(vm))?;
            vm.new_str(s)
        }
        b'Y' => {
            let n = r.u32(vm)?;
            let b = r.take(vm, n)?.to_vec();
            vm.new_bytes(b)
        }
        b'B' => {
            let n = r.u32(vm)?;
            let b = r.take(vm, n)?;
            vm.new_bigint(BigInt::from_signed_bytes_le(b))
        }
        b'L' | b'U' | b'E' | b'Z' => {
            let n = r.count(vm)?;
            let mut items = Vec::with_capacity(n);
            for _ in 0..n {
                items.push(load(vm, r, depth + 1)?);
            }
            match tag {
                b'L' => vm.new_list(items),
                b'U' => vm.new_tuple(items),
                _ => crate::builtins::set::new_set_from(vm, items, tag == b'Z')?,
            }
        }
        b'M' => {
            let n = r.count(vm)?;
            let d = vm.new_dict(DictTable::with_capacity(n));
            for _ in 0..n {
                let k = load(vm, r, depth + 1)?;
                let v = load(vm, r, depth + 1)?;
                crate::builtins::dict::dict_set(vm, &d, k, v)?;
            }
            d
        }
        b'R' => {
            let t = load(vm, r, depth + 1)?;
            let builder = r.builder.clone();
            vm.call(&builder, &[t], &[])?
        }
        _ => return Err(corrupt(vm)),
    })
}

/// `loads(data, builder) -> obj`.
fn loads(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    let data = arg(vm, args, 0, "loads")?.clone();
    let builder = arg(vm, args, 1, "loads")?.clone();
    let bytes = bytes_of(vm, &data, "loads")?;
    let mut r = Reader {
        data: bytes,
        pos: 0,
        builder: &builder,
    };
    let v = load(vm, &mut r, 0)?;
    if r.pos != bytes.len() {
        return Err(corrupt(vm));
    }
    Ok(v)
}

/// `object_kind(obj) -> str`: the `kind` the reducer would be given.
fn object_kind(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    let k = match arg(vm, args, 0, "object_kind")? {
        Value::Obj(o) => kind_of(o),
        _ => "other",
    };
    Ok(vm.new_str(k))
}

/// `exc_attrs(exc) -> dict`: a copy of the attributes set on an exception object.
fn exc_attrs(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    let out = vm.new_dict(DictTable::new());
    if let Value::Obj(o) = arg(vm, args, 0, "exc_attrs")?.clone() {
        // Attributes live in the instance dict (subclasses) or in the exception data.
        let mut sources: Vec<Value> = o.dict().iter().map(|d| Value::Obj((*d).clone())).collect();
        if let Payload::Exception(e) = &o.payload
            && let Some(a) = e.borrow().attrs.clone()
        {
            sources.push(a);
        }
        for d in sources {
            if d.payload().is_some_and(|p| matches!(p, Payload::Dict(_))) {
                crate::builtins::dict::dict_update_from(vm, &out, &d)?;
            }
        }
    }
    Ok(out)
}

// ---------------------------------------------------------------- pipes and waits

/// A pipe the main thread's waits poll besides their own descriptors: while such a
/// wait runs, the breaker's main waker writes a byte to it, so a signal wakes the wait
/// at once. Created on first use; both ends non-blocking and close-on-exec.
static WAKE_PIPE: std::sync::OnceLock<Option<(i32, i32)>> = std::sync::OnceLock::new();

fn wake_pipe() -> Option<(i32, i32)> {
    *WAKE_PIPE.get_or_init(|| {
        let (r, w) = crate::platform::pipe().ok()?;
        crate::platform::set_nonblocking(r, true).ok()?;
        crate::platform::set_nonblocking(w, true).ok()?;
        Some((r, w))
    })
}

/// Empty the wake pipe (it is non-blocking: stops at "would block").
fn drain_wake(r: i32) {
    while matches!(crate::platform::read(r, 64), Ok(b) if !b.is_empty()) {}
}

/// Wait until one of `fds` is readable: the ready ones, or empty after `timeout`. The
/// GIL is released. In the main thread the wait also wakes for signals (through the
/// wake pipe, or by looking at the breaker every `MAIN_POLL` if there is none), runs
/// their handlers (Ctrl+C raises `KeyboardInterrupt` from here) and waits on for the
/// rest of the time.
fn wait_fds(vm: &mut Vm, fds: &[i32], timeout: Option<Duration>) -> PyResult<Vec<i32>> {
    let deadline = timeout.map(|t| Instant::now() + t);
    let main = vm.is_main_thread();
    let wake = if main { wake_pipe() } else { None };
    loop {
        if let Some((_, w)) = wake {
            let waker: crate::gil::Waker = std::sync::Arc::new(move || {
                let _ = crate::platform::write(w, b"!");
            });
            vm.interp.breaker.set_main_waker(Some(waker));
        }
        let breaker = &*vm.interp.breaker;
        let mut all = fds.to_vec();
        if let Some((r, _)) = wake {
            all.push(r);
        }
        let n = fds.len();
        let r = vm.gil.allow_threads(move || {
            loop {
                // The waker is registered first, so a signal cannot slip in between
                // this check and the poll.
                if main && breaker.main_pending() {
                    return Ok(None);
                }
                let left = deadline.map(|d| d.saturating_duration_since(Instant::now()));
                let slice = if main && wake.is_none() {
                    Some(left.map_or(crate::gil::MAIN_POLL, |l| l.min(crate::gil::MAIN_POLL)))
                } else {
                    left
                };
                let ready = crate::platform::poll_readable(&all, slice)?;
                if let Some((r, _)) = wake
                    && ready.get(n) == Some(&true)
                {
                    drain_wake(r);
                }
                let v: Vec<i32> = all[..n]
                    .iter()
                    .zip(&ready)
                    .filter(|(_, b)| **b)
                    .map(|(f, _)| *f)
                    .collect();
                if !v.is_empty() {
                    return Ok(Some(v));
                }
                if left.is_some_and(|l| l.is_zero()) {
                    return Ok(Some(Vec::new()));
                }
            }
        });
        if wake.is_some() {
            vm.interp.breaker.set_main_waker(None);
        }
        match r {
            Ok(Some(v)) => return Ok(v),
            Ok(None) => vm.handle_breaker()?,
            Err(e) => return Err(os_err(vm, &e)),
        }
    }
}

fn fd_list(vm: &mut Vm, v: &Value) -> PyResult<Vec<i32>> {
    let items = crate::builtins::seq::to_vec(vm, v)?;
    let mut out = Vec::with_capacity(items.len());
    for x in &items {
        let n = vm.int_arg(x, "")?;
        out.push(i32::try_from(n).map_err(|_| vm.value_error("bad file descriptor"))?);
    }
    Ok(out)
}

/// `wait(fds, timeout=None) -> list of ready fds` (empty on timeout).
fn wait(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    let fds_v = arg(vm, args, 0, "wait")?.clone();
    let fds = fd_list(vm, &fds_v)?;
    let timeout = timeout_arg(vm, args.get(1))?;
    let ready = wait_fds(vm, &fds, timeout)?;
    Ok(vm.new_list(ready.into_iter().map(|f| Value::Int(f as i64)).collect()))
}

fn write_all(fd: i32, data: &[u8]) -> std::io::Result<()> {
    let mut off = 0;
    while off < data.len() {
        let n = crate::platform::write(fd, &data[off..])?;
        if n == 0 {
            return Err(std::io::ErrorKind::WriteZero.into());
        }
        off += n;
    }
    Ok(())
}

/// `send_bytes(fd, data)`: write one framed message (GIL released).
fn send_bytes(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    let fd = fd_arg(vm, args, 0, "send_bytes")?;
    let data = arg(vm, args, 1, "send_bytes")?.clone();
    let body = bytes_of(vm, &data, "send_bytes")?;
    let n = u32::try_from(body.len()).map_err(|_| vm.overflow_error("message too long"))?;
    let mut msg = Vec::with_capacity(4 + body.len());
    msg.extend_from_slice(&n.to_le_bytes());
    msg.extend_from_slice(body);
    match vm.gil.allow_threads(move || write_all(fd, &msg)) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(os_err(vm, &e)),
    }
}

/// Read exactly `n` bytes; `Ok(None)` at end of file before the first byte.
fn read_exact(fd: i32, n: usize) -> std::io::Result<Option<Vec<u8>>> {
    let mut buf = Vec::with_capacity(n);
    while buf.len() < n {
        let chunk = crate::platform::read(fd, (n - buf.len()).min(1 << 20))?;
        if chunk.is_empty() {
            if buf.is_empty() {
                return Ok(None);
            }
            return Err(std::io::ErrorKind::UnexpectedEof.into());
        }
        buf.extend_from_slice(&chunk);
    }
    Ok(Some(buf))
}

/// `recv_bytes(fd, timeout=None) -> bytes | None`: one framed message, None on timeout;
/// `EOFError` when the other end is closed.
fn recv_bytes(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    let fd = fd_arg(vm, args, 0, "recv_bytes")?;
    let timeout = timeout_arg(vm, args.get(1))?;
    if wait_fds(vm, &[fd], timeout)?.is_empty() {
        return Ok(Value::None);
    }
    let r = vm
        .gil
        .allow_threads(move || -> std::io::Result<Option<Vec<u8>>> {
            let Some(h) = read_exact(fd, 4)? else {
                return Ok(None);
            };
            let n = u32::from_le_bytes([h[0], h[1], h[2], h[3]]) as usize;
            if n == 0 {
                return Ok(Some(Vec::new()));
            }
            match read_exact(fd, n)? {
                Some(b) => Ok(Some(b)),
                None => Err(std::io::ErrorKind::UnexpectedEof.into()),
            }
        });
    match r {
        Ok(Some(b)) => Ok(vm.new_bytes(b)),
        Ok(None) => Err(vm.new_exception(&vm.types().eof_error.clone(), "")),
        Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => Err(vm.new_exception(
            &vm.types().eof_error.clone(),
            "message truncated: the other end closed the pipe",
        )),
        Err(e) => Err(os_err(vm, &e)),
    }
}

/// `take_token(fd, timeout=None) -> bool`: take one byte from a non-blocking pipe that
/// holds one byte per free slot (the cross-process `Lock`/`Semaphore`).
fn take_token(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    let fd = fd_arg(vm, args, 0, "take_token")?;
    let timeout = timeout_arg(vm, args.get(1))?;
    let deadline = timeout.map(|t| Instant::now() + t);
    loop {
        match crate::platform::read(fd, 1) {
            Ok(b) if b.len() == 1 => return Ok(Value::Bool(B64::TRUE)),
            Ok(_) => return Ok(Value::Bool(B64::FALSE)),
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {}
            Err(e) => return Err(os_err(vm, &e)),
        }
        let left = deadline.map(|d| d.saturating_duration_since(Instant::now()));
        if left.is_some_and(|l| l.is_zero()) {
            return Ok(Value::Bool(B64::FALSE));
        }
        // Another process may take the byte between our wake-up and our read: loop.
        wait_fds(vm, &[fd], left)?;
    }
}

/// `drain(fd)`: read everything available from a non-blocking pipe.
fn drain(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    let fd = fd_arg(vm, args, 0, "drain")?;
    loop {
        match crate::platform::read(fd, 4096) {
            Ok(b) if !b.is_empty() => {}
            Ok(_) => return Ok(Value::None),
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => return Ok(Value::None),
            Err(e) => return Err(os_err(vm, &e)),
        }
    }
}

fn set_cloexec(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    let fd = fd_arg(vm, args, 0, "set_cloexec")?;
    let on = !matches!(args.get(1), Some(Value::Bool(B64::FALSE)));
    crate::platform::set_cloexec(fd, on).map_err(|e| os_err(vm, &e))?;
    Ok(Value::None)
}

fn set_nonblocking(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    let fd = fd_arg(vm, args, 0, "set_nonblocking")?;
    let on = !matches!(args.get(1), Some(Value::Bool(B64::FALSE)));
    crate::platform::set_nonblocking(fd, on).map_err(|e| os_err(vm, &e))?;
    Ok(Value::None)
}

// ---------------------------------------------------------------- processes

/// `spawn(args, keep_fds) -> pid`: start this executable with `args`.
fn spawn(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    let argv_v = arg(vm, args, 0, "spawn")?.clone();
    let mut argv = Vec::new();
    for a in crate::builtins::seq::to_vec(vm, &argv_v)? {
        match a.as_str() {
            Some(s) => argv.push(s.to_string()),
            None => return Err(vm.type_error("spawn(): arguments must be str")),
        }
    }
    let keep_v = args.get(1).cloned().unwrap_or(Value::None);
    let keep = if keep_v.is_none() {
        Vec::new()
    } else {
        fd_list(vm, &keep_v)?
    };
    let exe = std::env::current_exe().map_err(|e| os_err(vm, &e))?;
    vm.flush_stdout();
    let r = vm
        .gil
        .allow_threads(move || crate::platform::spawn_child(&exe, &argv, &keep));
    match r {
        Ok(pid) => Ok(Value::Int(pid as i64)),
        Err(e) => Err(os_err(vm, &e)),
    }
}

/// `waitpid(pid, timeout=None) -> exitcode | None`: wait for a child to end (None if it
/// still runs when `timeout` passes). Polls every millisecond with the GIL released;
/// the main thread wakes for Ctrl+C.
fn waitpid(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    let pid = fd_arg(vm, args, 0, "waitpid")?;
    let timeout = timeout_arg(vm, args.get(1))?;
    let deadline = timeout.map(|t| Instant::now() + t);
    let main = vm.is_main_thread();
    loop {
        let breaker = &*vm.interp.breaker;
        let r = vm.gil.allow_threads(move || {
            let mut pause = Duration::from_micros(50);
            loop {
                if let Some(code) = crate::platform::waitpid(pid, true)? {
                    return Ok(Some(Some(code)));
                }
                if deadline.is_some_and(|d| Instant::now() >= d) {
                    return Ok(Some(None));
                }
                if main && breaker.main_pending() {
                    return Ok(None);
                }
                std::thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(1));
            }
        });
        match r {
            Ok(Some(Some(code))) => return Ok(Value::Int(code as i64)),
            Ok(Some(None)) => return Ok(Value::None),
            Ok(None) => vm.handle_breaker()?,
            Err(e) => return Err(os_err(vm, &e)),
        }
    }
}

/// `sigint_received() -> bool`: whether Ctrl+C (SIGINT) has reached this process.
fn sigint_received(_vm: &mut Vm, _a: &[Value], _k: Kw) -> PyResult<Value> {
    Ok(Value::bool(
        crate::signals::SIGINT_RECEIVED.load(std::sync::atomic::Ordering::SeqCst),
    ))
}

fn cpu_count(_vm: &mut Vm, _a: &[Value], _k: Kw) -> PyResult<Value> {
    Ok(Value::Int(
        std::thread::available_parallelism().map_or(1, |n| n.get()) as i64,
    ))
}

/// `run_main(path) -> module`: run the parent's main script as `__mp_main__` (also
/// registered as `__main__`), as CPython's spawn start method does in the child.
fn run_main(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    let path = match arg(vm, args, 0, "run_main")?.as_str() {
        Some(s) => s.to_string(),
        None => return Err(vm.type_error("run_main(): path must be str")),
    };
    let text =
        std::fs::read(&path).map_err(|e| crate::modules::io::os_error_at(vm, &e, Some(&path)))?;
    let text =
        String::from_utf8_lossy(text.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&text)).into_owned();
    let m = vm.new_module("__mp_main__");
    let d = vm.module_dict(&m);
    let key = vm.intern("__file__");
    let f = vm.new_str(&path);
    crate::vm::eval::dict_set_str(&d, key, f);
    let key = vm.intern("__builtins__");
    let b = vm.sys_modules_get_public("builtins");
    crate::vm::eval::dict_set_str(&d, key, b);
    vm.sys_modules_set("__mp_main__", m.clone());
    vm.sys_modules_set("__main__", m.clone());
    vm.run_source_in(&text, &path, &d)?;
    Ok(m)
}

/// `format_exc(exc) -> str`: the exception's traceback as the interpreter prints it.
fn format_exc(vm: &mut Vm, args: &[Value], _k: Kw) -> PyResult<Value> {
    match arg(vm, args, 0, "format_exc")? {
        Value::Obj(o) if matches!(o.payload, Payload::Exception(_)) => {
            let e = crate::vm::PyErr(o.clone());
            let s = vm.format_exception(&e);
            Ok(vm.new_string(s))
        }
        _ => Err(vm.type_error("format_exc() needs an exception")),
    }
}
