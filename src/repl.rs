//! The interactive REPL (`garter` on a terminal, `garter -i`): line editing on
//! rustyline, multi-line input decided by the parser, echo through `sys.displayhook`,
//! Ctrl+C, history, tab completion, and threads that print while the prompt waits.
//! `docs/repl.md` describes the design in prose.
//!
//! # Two threads
//! * The **REPL thread** is the interpreter's main thread. It owns the `Vm`, compiles
//!   and runs each input, and handles signals (`KeyboardInterrupt` is raised here).
//! * The **editor thread** owns the rustyline `Editor` (history, key bindings, the
//!   terminal) and never touches a `Value`. The REPL thread sends it [`Request`]s; it
//!   answers with [`Event`]s.
//!
//! While the editor reads a line, the REPL thread waits for its answer inside
//! `vm.allow_threads` (GIL released), so other Python threads keep running. It wakes
//! every `MAIN_POLL` to look at the eval breaker, so a signal with a Python handler
//! (say SIGALRM) runs its handler while the prompt waits, as in CPython.
//!
//! # Completion needs the GIL
//! Rustyline calls the completer on the editor thread, which may not touch objects.
//! The completer therefore sends [`Event::Complete`] to the REPL thread and waits for
//! the answer (at most [`COMPLETE_TIMEOUT`]). The REPL thread, which was idle waiting
//! for the line anyway, takes the GIL back, looks the names up (globals, builtins,
//! keywords; for `a.b.<TAB>` it resolves the dotted name with `getattr` and lists
//! `dir()`, as CPython's `rlcompleter` does), answers, and releases the GIL again.
//! Names are always fresh, and no unsafe GIL juggling is needed.
//!
//! # Ctrl+C
//! * At the prompt the terminal is in raw mode (no `ISIG`), so Ctrl+C is a key:
//!   rustyline returns `Interrupted`; we discard the input and print
//!   `KeyboardInterrupt`. Rustyline also installs its own SIGINT handler for the
//!   duration of each `readline` (so a `kill -INT` at the prompt does the same), and
//!   restores the previous one, `ctrlc`'s, when `readline` returns, before the terminal
//!   leaves raw mode.
//! * While code runs, the terminal is in cooked mode: Ctrl+C is a SIGINT, delivered by
//!   `ctrlc` to `crate::signals` exactly as for scripts, and raises `KeyboardInterrupt`
//!   in the running code. The REPL prints the traceback and prompts again.
//! * A SIGINT that lands between two inputs is pending in the breaker; the REPL checks
//!   the breaker before each prompt, so it is reported there and never leaks into the
//!   next input.
//!
//! # Output while the prompt waits
//! While the editor waits in `readline`, the standard streams' flushes go through a
//! [`Relay`] (an `Output::sink`) to rustyline's `ExternalPrinter`, which prints above
//! the prompt and redraws the line being edited. The sink never blocks: it queues the
//! bytes, and a forwarder thread hands complete lines to the printer (a partial line
//! waits up to [`PARTIAL_LINE_WAIT`] for its end). When `readline` returns, routing is
//! switched off and what is still queued is written to the streams directly, in order.

use crate::builtins::functions::{dir_of, is_callable};
use crate::interpreter::{Exit, Interpreter};
use crate::modules::io::Sink;
use crate::parser::SyntaxError;
use crate::runtime::value::*;
use crate::source::SourceFile;
use crate::vm::eval::{dict_get_str, dict_set_str};
use crate::vm::{PyErr, PyResult, Vm};
use nix::sys::termios::{SetArg, Termios, tcgetattr, tcsetattr};
use parking_lot::{Condvar, Mutex};
use rustyline::completion::{Completer, Pair};
use rustyline::error::ReadlineError;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::history::DefaultHistory;
use rustyline::validate::{ValidationContext, ValidationResult, Validator};
use rustyline::{CompletionType, Config, Editor, ExternalPrinter, Helper};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::rc::Rc;
use std::sync::Arc;
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// How long the completer waits for the REPL thread's answer.
const COMPLETE_TIMEOUT: Duration = Duration::from_secs(5);
/// How long an unterminated line written while the prompt waits is held back, waiting
/// for its newline, before it is printed as a line of its own.
const PARTIAL_LINE_WAIT: Duration = Duration::from_millis(100);
/// How long switching routing off waits for a print in progress to finish.
const PRINT_DRAIN_WAIT: Duration = Duration::from_millis(100);

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// A program to run in `__main__` before the prompt (`garter -i FILE` / `-i -c CODE`).
pub struct Script {
    pub text: String,
    pub filename: String,
}

// ----------------------------------------------------------------------------------
// Deciding whether the input is complete (shared by the REPL and the editor threads)
// ----------------------------------------------------------------------------------

/// What the lines entered so far amount to.
#[derive(Debug)]
pub enum Status {
    /// Ready to run (possibly nothing: blank lines and comments).
    Complete,
    /// Needs another line: an open bracket or string, a block header, or a compound
    /// statement that a blank line has not ended yet.
    Incomplete,
    /// A syntax error that more lines cannot fix.
    Invalid(Box<SyntaxError>),
}

/// The source text of `lines` as the REPL compiles it.
fn source_of(lines: &[String]) -> String {
    let mut text = lines.join("\n");
    text.push('\n');
    text
}

fn is_blank(line: &str) -> bool {
    line.trim().is_empty()
}

/// Decide, with the parser, what `lines` (the last one just entered) amount to.
///
/// * The parser's `incomplete` flag (input ended early) asks for another line, except
///   after a blank line when nothing but a block is missing (`if x:` then Enter twice
///   reports CPython's `IndentationError`). Open brackets and triple-quoted strings
///   accept blank lines inside, so they always continue.
/// * A complete parse whose last statement is compound (`def`, `if`, `for`, ...) waits
///   for a blank line, since more clauses or body lines may follow; other statements
///   run at once. `ended` says the input is over anyway: a multi-line buffer (a paste
///   or an entry recalled from history) accepted with Enter runs as it is.
pub fn status(lines: &[String], ended: bool) -> Status {
    let text = source_of(lines);
    let last_blank = lines.last().is_none_or(|l| is_blank(l));
    let src = SourceFile::new("<stdin>", text);
    match crate::parser::parse(&src) {
        Ok(m) => {
            let compound = m.body.last().is_some_and(|s| {
                use crate::ast::StmtKind::*;
                matches!(
                    s.kind,
                    If { .. }
                        | While { .. }
                        | For { .. }
                        | Try { .. }
                        | With { .. }
                        | FunctionDef(_)
                        | ClassDef(_)
                )
            });
            if compound && !last_blank && !ended {
                Status::Incomplete
            } else {
                Status::Complete
            }
        }
        Err(e) if e.incomplete && (!last_blank || lexically_open(&src.text)) => Status::Incomplete,
        Err(e) => Status::Invalid(Box::new(e)),
    }
}

/// An open bracket, triple-quoted string or backslash continuation at the end.
fn lexically_open(text: &str) -> bool {
    crate::lexer::Lexer::new(text).any(|t| matches!(t, Err(e) if e.incomplete))
}

/// `line` without a trailing `# comment` (quotes are respected, roughly: this only
/// decides indentation, never whether input is complete).
fn strip_comment(line: &str) -> &str {
    let mut quote: Option<char> = None;
    let mut escaped = false;
    for (i, c) in line.char_indices() {
        match quote {
            Some(q) => {
                if escaped {
                    escaped = false;
                } else if c == '\\' {
                    escaped = true;
                } else if c == q {
                    quote = None;
                }
            }
            None if c == '#' => return &line[..i],
            None if c == '\'' || c == '"' => quote = Some(c),
            None => {}
        }
    }
    line
}

/// The indentation to offer on the next continuation line: one level more after a line
/// ending in `:`, one less after `return`/`pass`/`break`/`continue`/`raise`, else the
/// same as the last non-blank line.
pub fn next_indent(lines: &[String]) -> String {
    let Some(last) = lines.iter().rev().find(|l| !is_blank(l)) else {
        return String::new();
    };
    let indent: String = last
        .chars()
        .take_while(|c| *c == ' ' || *c == '\t')
        .collect();
    let code = strip_comment(last).trim();
    if code.ends_with(':') {
        return indent + "    ";
    }
    let first = code
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .next()
        .unwrap_or("");
    if matches!(first, "return" | "pass" | "break" | "continue" | "raise") {
        let mut indent = indent;
        if indent.ends_with('\t') {
            indent.pop();
        } else {
            let keep = indent
                .trim_end_matches(' ')
                .len()
                .max(indent.len().saturating_sub(4));
            indent.truncate(keep);
        }
        return indent;
    }
    indent
}

// ----------------------------------------------------------------------------------
// Output relay: standard-stream flushes -> rustyline's ExternalPrinter
// ----------------------------------------------------------------------------------

#[derive(Default)]
struct RelayState {
    /// The editor has an `ExternalPrinter` (the terminal supports one).
    enabled: bool,
    /// Which streams (stdout, stderr) are terminals: only those are routed; output
    /// redirected to a file or pipe goes straight there.
    route: [bool; 2],
    /// Routing is on: the editor waits in `readline`.
    active: bool,
    /// Bytes not yet handed to the printer, with their stream (`true`: stderr).
    queue: Vec<(bool, Vec<u8>)>,
    /// When the queue first held an unterminated line.
    partial_since: Option<Instant>,
    /// The forwarder is inside `ExternalPrinter::print`.
    printing: bool,
    /// The last byte written through was a newline (or nothing was written yet).
    midline: bool,
}

/// Carries output written while the prompt waits to rustyline's `ExternalPrinter`.
#[derive(Default)]
struct Relay {
    state: Mutex<RelayState>,
    wake: Condvar,
}

fn write_fd(is_err: bool, bytes: &[u8]) {
    let _ = if is_err {
        let mut e = std::io::stderr().lock();
        e.write_all(bytes).and_then(|_| e.flush())
    } else {
        let mut o = std::io::stdout().lock();
        o.write_all(bytes).and_then(|_| o.flush())
    };
}

impl Relay {
    /// The `Output::sink` half: queue while routing is on, else write through.
    fn push(&self, is_err: bool, bytes: &[u8]) {
        let mut st = self.state.lock();
        if !st.active || !st.route[is_err as usize] {
            write_fd(is_err, bytes);
            if let Some(&last) = bytes.last() {
                st.midline = last != b'\n';
            }
            return;
        }
        match st.queue.last_mut() {
            Some((e, b)) if *e == is_err => b.extend_from_slice(bytes),
            _ => st.queue.push((is_err, bytes.to_vec())),
        }
        if !bytes.ends_with(b"\n") && st.partial_since.is_none() {
            st.partial_since = Some(Instant::now());
        }
        self.wake.notify_all();
    }

    fn activate(&self) {
        let mut st = self.state.lock();
        st.active = st.enabled;
    }

    /// Stop routing: let a print in progress finish (briefly), then write what is still
    /// queued straight to the streams. Called without the GIL.
    fn deactivate(&self) {
        let mut st = self.state.lock();
        let deadline = Instant::now() + PRINT_DRAIN_WAIT;
        while st.printing {
            if self.wake.wait_until(&mut st, deadline).timed_out() {
                break;
            }
        }
        st.active = false;
        st.partial_since = None;
        for (is_err, bytes) in std::mem::take(&mut st.queue) {
            write_fd(is_err, &bytes);
            st.midline = bytes.last() != Some(&b'\n');
        }
    }

    /// Before a prompt: end a line that output left unfinished (`print(x, end='')`),
    /// or the editor would draw the prompt over it.
    fn end_line(&self) {
        let mut st = self.state.lock();
        if st.midline {
            write_fd(false, b"\n");
            st.midline = false;
        }
    }

    /// The forwarder thread: hand queued lines to the printer.
    fn forward(&self, mut printer: impl ExternalPrinter) {
        loop {
            let text = {
                let mut st = self.state.lock();
                loop {
                    if st.active && !st.queue.is_empty() {
                        let has_line = st.queue.iter().any(|(_, b)| b.contains(&b'\n'));
                        let waited = st
                            .partial_since
                            .is_some_and(|t| t.elapsed() >= PARTIAL_LINE_WAIT);
                        if has_line || waited {
                            break;
                        }
                        self.wake.wait_for(&mut st, PARTIAL_LINE_WAIT / 2);
                    } else {
                        self.wake.wait(&mut st);
                    }
                }
                let text = take_lines(&mut st);
                st.printing = true;
                text
            };
            let failed = printer.print(text.clone()).is_err();
            let mut st = self.state.lock();
            st.printing = false;
            if failed {
                // No printer after all: write through from now on.
                write_fd(false, text.as_bytes());
                st.enabled = false;
                st.active = false;
                for (is_err, bytes) in std::mem::take(&mut st.queue) {
                    write_fd(is_err, &bytes);
                }
            }
            drop(st);
            self.wake.notify_all();
            if failed {
                return;
            }
        }
    }
}

/// Take the queued text up to its last newline (all of it if the partial line has
/// waited long enough), both streams merged in order.
fn take_lines(st: &mut RelayState) -> String {
    let all: Vec<u8> = st
        .queue
        .iter()
        .flat_map(|(_, b)| b.iter().copied())
        .collect();
    let waited = st
        .partial_since
        .is_some_and(|t| t.elapsed() >= PARTIAL_LINE_WAIT);
    let cut = if waited {
        all.len()
    } else {
        all.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1)
    };
    // Re-queue the rest (one partial line, as stdout).
    let rest = all[cut..].to_vec();
    let rest_is_err = st.queue.last().is_some_and(|(e, _)| *e);
    st.queue.clear();
    if rest.is_empty() {
        st.partial_since = None;
    } else {
        st.queue.push((rest_is_err, rest));
        st.partial_since = Some(Instant::now());
    }
    String::from_utf8_lossy(&all[..cut]).into_owned()
}

// ----------------------------------------------------------------------------------
// The editor thread
// ----------------------------------------------------------------------------------

/// What the REPL thread asks of the editor thread.
enum Request {
    /// Read one entry. `pending` holds the lines already entered for this statement
    /// (the validator needs them for multi-line buffers).
    Read {
        prompt: String,
        initial: String,
        pending: Vec<String>,
    },
    /// Add an entry to the history and append it to the history file.
    History(String),
}

/// What the editor thread tells the REPL thread.
enum Event {
    Line(String),
    Interrupted,
    Eof,
    Failed(String),
    /// The completer needs names: the line, the cursor, where to answer.
    Complete {
        line: String,
        pos: usize,
        reply: mpsc::Sender<(usize, Vec<Pair>)>,
    },
}

/// The rustyline helper. Lives on the editor thread: it holds no `Value`.
struct ReplHelper {
    events: mpsc::Sender<Event>,
    pending: Vec<String>,
}

impl Completer for ReplHelper {
    type Candidate = Pair;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &rustyline::Context<'_>,
    ) -> rustyline::Result<(usize, Vec<Pair>)> {
        let before = line.get(..pos).unwrap_or("");
        // Tab in leading whitespace indents, as in CPython's REPL.
        if before.chars().all(|c| c == ' ' || c == '\t') {
            let indent = "    ".to_string();
            return Ok((
                pos,
                vec![Pair {
                    display: indent.clone(),
                    replacement: indent,
                }],
            ));
        }
        let (tx, rx) = mpsc::channel();
        let asked = self.events.send(Event::Complete {
            line: line.to_string(),
            pos,
            reply: tx,
        });
        if asked.is_err() {
            return Ok((pos, Vec::new()));
        }
        Ok(rx
            .recv_timeout(COMPLETE_TIMEOUT)
            .unwrap_or((pos, Vec::new())))
    }
}

impl Hinter for ReplHelper {
    type Hint = String;
}

impl Highlighter for ReplHelper {}

impl Validator for ReplHelper {
    /// One typed line always goes back to the REPL, which shows `... ` for the next one.
    /// A buffer of several lines (a paste, or a multi-line entry from history) is
    /// accepted, wherever the cursor is, unless the parser says the input ended early
    /// (a header with no body, an open bracket): then Enter inserts a newline.
    fn validate(&self, ctx: &mut ValidationContext) -> rustyline::Result<ValidationResult> {
        let input = ctx.input();
        if !input.contains('\n') {
            return Ok(ValidationResult::Valid(None));
        }
        let mut lines = self.pending.clone();
        lines.extend(input.split('\n').map(str::to_string));
        Ok(match status(&lines, true) {
            Status::Incomplete => ValidationResult::Incomplete,
            _ => ValidationResult::Valid(None),
        })
    }
}

impl Helper for ReplHelper {}

fn editor_main(
    requests: mpsc::Receiver<Request>,
    events: mpsc::Sender<Event>,
    relay: Arc<Relay>,
    history: Option<PathBuf>,
) {
    let config = Config::builder()
        .max_history_size(1000)
        .unwrap_or_else(|_| Config::builder())
        .completion_type(CompletionType::List)
        .auto_add_history(false)
        .build();
    let mut ed: Editor<ReplHelper, DefaultHistory> = match Editor::with_config(config) {
        Ok(ed) => ed,
        Err(e) => {
            let _ = events.send(Event::Failed(e.to_string()));
            return;
        }
    };
    ed.set_helper(Some(ReplHelper {
        events: events.clone(),
        pending: Vec::new(),
    }));
    if let Some(path) = &history {
        let _ = ed.load_history(path);
    }
    if let Ok(printer) = ed.create_external_printer() {
        let r = relay.clone();
        let started = std::thread::Builder::new()
            .name("garter-repl-output".into())
            .spawn(move || r.forward(printer));
        relay.state.lock().enabled = started.is_ok();
    }
    while let Ok(req) = requests.recv() {
        match req {
            Request::Read {
                prompt,
                initial,
                pending,
            } => {
                if let Some(h) = ed.helper_mut() {
                    h.pending = pending;
                }
                // Route output through the printer from now until the REPL thread has
                // the answer (it switches routing off).
                relay.activate();
                let ev = match ed.readline_with_initial(&prompt, (&initial, "")) {
                    Ok(line) => Event::Line(line),
                    Err(ReadlineError::Interrupted) => Event::Interrupted,
                    Err(ReadlineError::Eof) => Event::Eof,
                    Err(e) => Event::Failed(e.to_string()),
                };
                if events.send(ev).is_err() {
                    return;
                }
            }
            Request::History(entry) => {
                if ed.add_history_entry(entry).unwrap_or(false)
                    && let Some(path) = &history
                {
                    let _ = ed.append_history(path);
                }
            }
        }
    }
}

/// `$GARTER_HISTFILE` (empty: no history file), else `~/.garter_history`.
fn history_path() -> Option<PathBuf> {
    match std::env::var_os("GARTER_HISTFILE") {
        Some(p) if p.is_empty() => None,
        Some(p) => Some(PathBuf::from(p)),
        None => std::env::var_os("HOME")
            .filter(|h| !h.is_empty())
            .map(|h| PathBuf::from(h).join(".garter_history")),
    }
}

// ----------------------------------------------------------------------------------
// sys.displayhook
// ----------------------------------------------------------------------------------

fn sys_module(vm: &Vm) -> Option<Value> {
    vm.interp.sys.borrow().clone().map(Value::Obj)
}

/// What interactive code calls for an expression statement while the REPL runs
/// (`compiler::compile_interactive` calls the builtin `__displayhook__`): the current
/// `sys.displayhook`, so a script may replace it. The default hook is the original
/// builtin (`builtins::functions`), which `sys.displayhook` starts as.
fn call_displayhook(
    vm: &mut Vm,
    args: &[Value],
    _kw: &[Rc<crate::runtime::str::PyStr>],
) -> PyResult<Value> {
    let hook = sys_module(vm).and_then(|s| vm.getattr_str(&s, "displayhook").ok());
    match hook {
        Some(h) => vm.call(&h, args, &[]),
        None => Err(vm.runtime_error("lost sys.displayhook")),
    }
}

/// Give `sys` its `__displayhook__` (the original hook), `ps1` and `ps2` (unless a
/// script set them), and route interactive echo through `sys.displayhook`.
fn install_hooks(vm: &mut Vm) {
    let Some(sys) = vm.interp.sys.borrow().clone() else {
        return;
    };
    let Some(sd) = sys.dict().cloned() else {
        return;
    };
    if dict_get_str(&sd, "__displayhook__").is_none()
        && let Some(hook) = dict_get_str(&sd, "displayhook")
    {
        dict_set_str(&sd, vm.intern("__displayhook__"), hook);
    }
    for (name, value) in [("ps1", ">>> "), ("ps2", "... ")] {
        if dict_get_str(&sd, name).is_none() {
            let v = vm.new_str(value);
            dict_set_str(&sd, vm.intern(name), v);
        }
    }
    let call = vm.new_builtin("__displayhook__", call_displayhook);
    let b = vm.interp.builtins.clone();
    dict_set_str(&b, vm.intern("__displayhook__"), call);
}

/// `str(sys.ps1)` / `str(sys.ps2)`, or the default.
fn prompt(vm: &mut Vm, name: &str, default: &str) -> String {
    let Some(sys) = sys_module(vm) else {
        return default.to_string();
    };
    match vm.getattr_str(&sys, name) {
        Ok(v) => vm.to_str(&v).unwrap_or_else(|_| default.to_string()),
        Err(_) => default.to_string(),
    }
}

// ----------------------------------------------------------------------------------
// Completion (REPL thread, with the GIL)
// ----------------------------------------------------------------------------------

fn is_identifier(s: &str) -> bool {
    let mut cs = s.chars();
    cs.next()
        .is_some_and(|c| c == '_' || unicode_ident::is_xid_start(c))
        && cs.all(|c| c == '_' || unicode_ident::is_xid_continue(c))
}

/// Whether `name` is offered for `prefix`: with no prefix, names starting with `_` are
/// left out, and with `_`, names starting with `__` (as `rlcompleter` does).
fn offered(name: &str, prefix: &str) -> bool {
    name.starts_with(prefix)
        && match prefix {
            "" => !name.starts_with('_'),
            "_" => !name.starts_with("__"),
            _ => true,
        }
}

fn dict_names(d: &PyRef) -> Vec<(String, Value)> {
    match &d.payload {
        Payload::Dict(t) => t
            .borrow()
            .iter()
            .filter_map(|e| e.key.as_str().map(|s| (s.to_string(), e.value.clone())))
            .collect(),
        _ => Vec::new(),
    }
}

/// Candidates for the word before the cursor: `(start, candidates)`.
fn complete(vm: &mut Vm, globals: &PyRef, line: &str, pos: usize) -> (usize, Vec<Pair>) {
    let pos = pos.min(line.len());
    let Some(before) = line.get(..pos) else {
        return (pos, Vec::new());
    };
    let start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric() || *c == '_' || *c == '.')
        .last()
        .map_or(pos, |(i, _)| i);
    let word = &before[start..];
    let mut out: Vec<String> = Vec::new();
    let with_paren = |vm: &mut Vm, name: &str, v: &Value| {
        if is_callable(vm, v) {
            format!("{name}(")
        } else {
            name.to_string()
        }
    };
    let attr_start;
    if let Some((expr, attr)) = word.rsplit_once('.') {
        attr_start = pos - attr.len();
        let parts: Vec<&str> = expr.split('.').collect();
        if !parts.iter().all(|p| is_identifier(p)) {
            return (pos, Vec::new());
        }
        let builtins = vm.interp.builtins.clone();
        let Some(mut obj) =
            dict_get_str(globals, parts[0]).or_else(|| dict_get_str(&builtins, parts[0]))
        else {
            return (pos, Vec::new());
        };
        for p in &parts[1..] {
            match vm.getattr_str(&obj, p) {
                Ok(v) => obj = v,
                Err(_) => return (pos, Vec::new()),
            }
        }
        let names = match dir_of(vm, &obj) {
            Ok(list) => match list.payload() {
                Some(Payload::List(l)) => l
                    .borrow()
                    .iter()
                    .filter_map(|n| n.as_str().map(str::to_string))
                    .collect::<Vec<_>>(),
                _ => Vec::new(),
            },
            Err(_) => Vec::new(),
        };
        for n in names.iter().filter(|n| offered(n, attr)) {
            let cand = match vm.getattr_str(&obj, n) {
                Ok(v) => with_paren(vm, n, &v),
                Err(_) => n.clone(),
            };
            out.push(cand);
        }
    } else {
        attr_start = start;
        if word.is_empty() {
            return (pos, Vec::new());
        }
        for k in KEYWORDS.iter().filter(|k| k.starts_with(word)) {
            out.push(match *k {
                "finally" | "try" => format!("{k}:"),
                "False" | "None" | "True" | "break" | "continue" | "pass" | "else" => k.to_string(),
                _ => format!("{k} "),
            });
        }
        let builtins = vm.interp.builtins.clone();
        for d in [globals, &builtins] {
            for (n, v) in dict_names(d) {
                if offered(&n, word) && n != "__displayhook__" {
                    out.push(with_paren(vm, &n, &v));
                }
            }
        }
    }
    out.sort();
    out.dedup();
    let pairs = out
        .into_iter()
        .map(|c| Pair {
            display: c.clone(),
            replacement: c,
        })
        .collect();
    (attr_start, pairs)
}

// ----------------------------------------------------------------------------------
// The REPL thread
// ----------------------------------------------------------------------------------

struct Repl {
    requests: mpsc::Sender<Request>,
    events: Mutex<mpsc::Receiver<Event>>,
    editor: Option<std::thread::JoinHandle<()>>,
    relay: Arc<Relay>,
    globals: PyRef,
}

/// What running an input asks of the loop.
enum After {
    Continue,
    Exit(i32),
}

impl Repl {
    /// Wait for the editor's answer with the GIL released, serving completion requests
    /// and running signal handlers meanwhile.
    fn wait(&self, vm: &mut Vm) -> Event {
        loop {
            let events = &self.events;
            let breaker = &*vm.interp.breaker;
            let got = vm.gil.allow_threads(|| {
                let rx = events.lock();
                loop {
                    match rx.recv_timeout(crate::gil::MAIN_POLL) {
                        Ok(ev) => return Some(ev),
                        Err(mpsc::RecvTimeoutError::Timeout) => {
                            if breaker.main_pending() {
                                return None;
                            }
                        }
                        Err(mpsc::RecvTimeoutError::Disconnected) => {
                            return Some(Event::Failed("line editor stopped".into()));
                        }
                    }
                }
            });
            match got {
                Some(Event::Complete { line, pos, reply }) => {
                    let answer = complete(vm, &self.globals, &line, pos);
                    let _ = reply.send(answer);
                    vm.flush_stdout();
                }
                Some(ev) => return ev,
                None => {
                    // A signal handler's exception while the prompt waits: report it
                    // (above the prompt) and keep editing.
                    if let Err(e) = vm.handle_breaker() {
                        report(vm, &e);
                    }
                }
            }
        }
    }

    /// Read one line: flush output, route it through the editor while it waits.
    fn read(&self, vm: &mut Vm, prompt: String, initial: String, pending: &[String]) -> Event {
        vm.flush_stdout();
        self.relay.end_line();
        let sent = self.requests.send(Request::Read {
            prompt,
            initial,
            pending: pending.to_vec(),
        });
        let ev = if sent.is_ok() {
            self.wait(vm)
        } else {
            Event::Failed("line editor stopped".into())
        };
        let relay = &*self.relay;
        vm.allow_threads(|| relay.deactivate());
        ev
    }

    fn add_history(&self, lines: &[String]) {
        let mut entry = lines.join("\n");
        entry.truncate(entry.trim_end().len());
        if !entry.trim().is_empty() {
            let _ = self.requests.send(Request::History(entry));
        }
    }

    /// Stop the editor thread (it finishes writing the history first).
    fn close(&mut self, vm: &mut Vm) {
        let (tx, _) = mpsc::channel();
        drop(std::mem::replace(&mut self.requests, tx));
        if let Some(h) = self.editor.take() {
            vm.allow_threads(move || {
                let _ = h.join();
            });
        }
    }
}

/// Print an exception the way the REPL reports it (a traceback on stderr).
fn report(vm: &mut Vm, e: &PyErr) {
    vm.flush_stdout();
    let text = vm.format_exception(e);
    vm.write_stderr(&text);
}

/// Compile and run `text` in `globals`. `Err` carries the exception, already formatted
/// problems (syntax errors) are printed here.
fn exec(
    vm: &mut Vm,
    text: String,
    filename: &str,
    globals: &PyRef,
    interactive: bool,
) -> Result<(), PyErr> {
    let src = Rc::new(SourceFile::new(filename, text));
    let unit = crate::parser::parse(&src).and_then(|m| {
        if interactive {
            crate::compiler::compile_interactive(&m, &src)
        } else {
            crate::compiler::compile_module(&m, &src)
        }
    });
    match unit {
        Ok(u) => {
            let code = vm.link_code(u, &src);
            vm.run_code(code, globals).map(|_| ())
        }
        Err(e) => {
            vm.flush_stdout();
            vm.write_stderr(&format!("{e}\n"));
            Ok(())
        }
    }
}

/// Handle an exception escaping an input: `SystemExit` leaves, anything else is
/// reported.
fn after_error(interp: &mut Interpreter, e: PyErr) -> After {
    let se = interp.vm.types().system_exit.clone();
    if interp.vm.err_matches(&e, &se) {
        return match interp.handle_uncaught(e) {
            Exit::Code(c) => After::Exit(c),
            Exit::Interrupted => After::Exit(130),
        };
    }
    report(&mut interp.vm, &e);
    After::Continue
}

/// Run the REPL on `interp` until Ctrl+D, `exit()` or `SystemExit`; `script` runs
/// first in `__main__` (`garter -i`). Returns the process's exit status.
pub fn run(interp: &mut Interpreter, script: Option<Script>) -> Exit {
    let globals = interp.main_namespace(script.as_ref().map(|s| s.filename.as_str()));
    install_hooks(&mut interp.vm);
    match script {
        Some(s) => {
            // As CPython's `-i`: any exception, even SystemExit, is reported and the
            // prompt opens anyway.
            if let Err(e) = exec(&mut interp.vm, s.text, &s.filename, &globals, false) {
                report(&mut interp.vm, &e);
            }
        }
        None => {
            let banner = format!(
                "Garter {} (a Python 3.11 subset) on {}\nType \"exit()\" or press Ctrl+D to leave.\n",
                env!("CARGO_PKG_VERSION"),
                std::env::consts::OS
            );
            interp.vm.write_stderr(&banner);
        }
    }

    let relay = Arc::new(Relay::default());
    relay.state.lock().route = [
        std::io::stdout().is_terminal(),
        std::io::stderr().is_terminal(),
    ];
    // Dying by a signal (SIGTERM, SIGHUP...) while the prompt waits must not leave the
    // terminal in raw mode, nor lose output queued for the prompt.
    let cooked: Option<libc::termios> = tcgetattr(std::io::stdin()).ok().map(Into::into);
    {
        let r = relay.clone();
        crate::signals::before_death(move || {
            r.deactivate();
            if let Some(t) = cooked {
                let _ = tcsetattr(std::io::stdin(), SetArg::TCSANOW, &Termios::from(t));
                write_fd(false, b"\n");
            }
        });
    }
    let (req_tx, req_rx) = mpsc::channel();
    let (ev_tx, ev_rx) = mpsc::channel();
    let history = history_path();
    let r = relay.clone();
    let editor = std::thread::Builder::new()
        .name("garter-repl-editor".into())
        .stack_size(16 << 20)
        .spawn(move || editor_main(req_rx, ev_tx, r, history));
    let editor = match editor {
        Ok(h) => h,
        Err(e) => {
            interp
                .vm
                .write_stderr(&format!("garter: cannot start the line editor: {e}\n"));
            return Exit::Code(1);
        }
    };
    let mut repl = Repl {
        requests: req_tx,
        events: Mutex::new(ev_rx),
        editor: Some(editor),
        relay: relay.clone(),
        globals: globals.clone(),
    };
    // While the prompt waits, both streams go through the relay.
    let sink: Sink = {
        let r = relay.clone();
        Arc::new(move |is_err, bytes: &[u8]| r.push(is_err, bytes))
    };
    interp.vm.flush_stdout();
    interp.vm.interp.stdout.lock().sink = Some(sink.clone());
    interp.vm.interp.stderr.lock().sink = Some(sink);

    let mut lines: Vec<String> = Vec::new();
    let code = loop {
        // A signal that arrived between inputs (a late Ctrl+C) is reported here, not
        // inside the next input.
        if let Err(e) = interp.vm.handle_breaker() {
            if let After::Exit(c) = after_error(interp, e) {
                break c;
            }
            lines.clear();
        }
        let vm = &mut interp.vm;
        let (prompt_text, initial) = if lines.is_empty() {
            (prompt(vm, "ps1", ">>> "), String::new())
        } else {
            (prompt(vm, "ps2", "... "), next_indent(&lines))
        };
        let ev = match repl.read(vm, prompt_text, initial, &lines) {
            // Ctrl+D on an empty continuation line ends the statement, as a blank line.
            Event::Eof if !lines.is_empty() => Event::Line(String::new()),
            ev => ev,
        };
        match ev {
            Event::Line(text) => {
                let multi_line = text.contains('\n');
                lines.extend(text.split('\n').map(str::to_string));
                match status(&lines, multi_line) {
                    Status::Incomplete => continue,
                    Status::Complete => {
                        repl.add_history(&lines);
                        let text = source_of(&lines);
                        lines.clear();
                        if text.trim().is_empty() {
                            continue;
                        }
                        let r = exec(&mut interp.vm, text, "<stdin>", &globals, true);
                        interp.vm.flush_stdout();
                        if let Err(e) = r
                            && let After::Exit(c) = after_error(interp, e)
                        {
                            break c;
                        }
                    }
                    Status::Invalid(e) => {
                        repl.add_history(&lines);
                        lines.clear();
                        interp.vm.flush_stdout();
                        interp.vm.write_stderr(&format!("{e}\n"));
                    }
                }
            }
            Event::Interrupted => {
                lines.clear();
                interp.vm.write_stderr("KeyboardInterrupt\n");
            }
            // Rustyline has already ended the line.
            Event::Eof => break 0,
            Event::Failed(msg) => {
                interp
                    .vm
                    .write_stderr(&format!("garter: line editor: {msg}\n"));
                break 1;
            }
            Event::Complete { reply, .. } => {
                let _ = reply.send((0, Vec::new()));
            }
        }
    };
    repl.close(&mut interp.vm);
    interp.vm.interp.stdout.lock().sink = None;
    interp.vm.interp.stderr.lock().sink = None;
    let exit = interp.shutdown_threads(Exit::Code(code));
    interp.vm.flush_stdout();
    exit
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(src: &str) -> Vec<String> {
        src.split('\n').map(str::to_string).collect()
    }

    fn st(src: &str) -> &'static str {
        match status(&lines(src), false) {
            Status::Complete => "complete",
            Status::Incomplete => "incomplete",
            Status::Invalid(_) => "invalid",
        }
    }

    #[test]
    fn the_parser_decides_continuation() {
        for (src, want) in [
            ("x = 1", "complete"),
            ("", "complete"),
            ("# just a comment", "complete"),
            ("x = 1 +", "invalid"),
            ("if x = 1:", "invalid"),
            ("if x:", "incomplete"),
            ("if x: pass", "incomplete"),
            ("if x:\n    pass", "incomplete"),
            ("if x:\n    pass\n", "complete"),
            ("if x:\n    pass\nelse:", "incomplete"),
            ("if x:\n", "invalid"),
            ("def f():\n    for x in y:", "incomplete"),
            ("@dec", "incomplete"),
            ("x = (1,", "incomplete"),
            ("x = (1,\n", "incomplete"),
            ("x = (1,\n\n2)", "complete"),
            ("s = '''a", "incomplete"),
            ("s = '''a\n", "incomplete"),
            ("x = 1 + \\", "incomplete"),
            ("try:\n    pass", "incomplete"),
            ("try:\n    pass\n", "invalid"),
            ("    x = 1", "invalid"),
        ] {
            assert_eq!(st(src), want, "{src:?}");
        }
        // A multi-line buffer accepted with Enter needs no blank line.
        assert!(matches!(
            status(&lines("def f():\n    return 1"), true),
            Status::Complete
        ));
        assert!(matches!(
            status(&lines("def f():"), true),
            Status::Incomplete
        ));
    }

    #[test]
    fn continuation_indent() {
        for (src, want) in [
            ("def f():", "    "),
            ("def f():  # comment", "    "),
            ("d = {'#': 1,", ""),
            ("    x = 1", "    "),
            ("    return x", ""),
            ("        pass", "    "),
            ("    if x:\n        y = 1\n", "        "),
            ("\tbreak", ""),
            ("", ""),
        ] {
            assert_eq!(next_indent(&lines(src)), want, "{src:?}");
        }
    }

    #[test]
    fn relay_takes_whole_lines() {
        let mut st = RelayState {
            queue: vec![(false, b"a\nb".to_vec()), (true, b"c\nd".to_vec())],
            ..Default::default()
        };
        assert_eq!(take_lines(&mut st), "a\nbc\n");
        assert_eq!(st.queue, vec![(true, b"d".to_vec())]);
        assert!(st.partial_since.is_some());
    }
}
