//! Frames: one activation of a code object — its value stack (locals first, then the
//! operand stack), cells, globals and the instruction pointer.

use crate::bytecode::Code;
use crate::runtime::value::{PyRef, Value};
use std::rc::Rc;

/// How the plain `yield`s of a generator frame run by a native consumer are taken
/// (`Frame::sink`, `Vm::sink_yield`). The generator runs once instead of being resumed
/// and suspended per item; a value the consumer cannot take in the frame is yielded as
/// usual, so what a program can observe is the same.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Sink {
    /// Every `yield` suspends the frame.
    Off,
    /// `list(gen)` and friends (`generator::gen_collect`): appended to `Vm::gen_sink`.
    Collect,
    /// `sum(gen)`: int and float items added to `Vm::gen_acc` (others are yielded).
    Sum,
    /// `any(gen)`: falsy bools, ints, floats and `None` skipped (others are yielded).
    Any,
    /// `all(gen)`: truthy bools, ints and floats skipped (others are yielded).
    All,
    /// `min(gen)` / `max(gen)`: an int (or float) item compared with an int (or float)
    /// best so far in `Vm::gen_acc`, or taken as the first (others are yielded).
    Min,
    Max,
}

pub struct Frame {
    pub code: Rc<Code>,
    /// The value stack when this frame owns one (a frame run by `Vm::run_frame`: a
    /// module, class body, native-to-Python call or generator): the fast locals, then
    /// the operand stack. Empty for an inline callee frame, which runs on its caller's
    /// stack.
    pub stack: Vec<Value>,
    /// Where this frame's fast locals start in the stack it runs on: `stack[base..]
    /// [..nlocals]`, the operand stack above them. 0 for a frame that owns its stack.
    pub base: usize,
    /// For an inline callee frame: the caller's stack height before the callable and
    /// the arguments were pushed; returning truncates to it. 0 otherwise.
    pub ret_to: usize,
    pub nlocals: usize,
    /// Cell objects: cellvars then freevars. Shared with the function's closure when the
    /// code has no cellvars of its own (no allocation per call), `None` when empty.
    pub cells: Option<Rc<[PyRef]>>,
    pub globals: PyRef,
    /// The namespace of a class body (LoadName/StoreName), else `None` (module level
    /// uses `globals`).
    pub locals_dict: Option<PyRef>,
    /// Index of the next instruction.
    pub pc: usize,
    /// Set by `Yield`: the frame is suspended, not finished.
    pub yielded: bool,
    /// Inside a `yield from` loop: the frame is suspended at `Yield(1)`.
    pub in_yield_from: bool,
    /// An inline callee frame whose globals were pushed on `Vm::frame_globals` (they
    /// differ from its caller's); retiring the frame pops them.
    pub pushed_globals: bool,
    /// For an inlined `__init__` call (`Cls(...)`): the new instance, which the caller
    /// receives instead of `__init__`'s return value (that must be `None`).
    pub init_self: Value,
    /// A generator's frame resumed inline by its consumer's `ForIter` (see
    /// `Vm::resume_inline`): the generator object. While it runs, `stack` holds the
    /// consumer's value stack (swapped with the generator's own) and `outer_handled` the
    /// consumer's exception being handled. `None` for every other frame.
    pub generator: Option<PyRef>,
    pub outer_handled: Value,
    /// A generator frame run by a consumer that takes its items in the frame (see
    /// [`Sink`]): a plain `yield` hands its value to `Vm::sink_yield` and the frame runs
    /// on, instead of suspending once per item. `Sink::Off` for every other frame.
    pub sink: Sink,
    /// A base frame run by `Vm::feed_collect` (`list(map(f, xs))`, `list(filter(f,
    /// xs))`): returning hands the value to `Vm::feed_next`, which restarts the frame on
    /// the next item instead of leaving the dispatch loop once per item.
    pub feed: bool,
}

impl Frame {
    /// A frame about to run `code` from its first instruction: its own value `stack`
    /// (base 0), no cells, no class namespace, nothing pending. Callers set the rest.
    pub fn new(code: Rc<Code>, globals: PyRef, stack: Vec<Value>, nlocals: usize) -> Frame {
        Frame {
            code,
            stack,
            base: 0,
            ret_to: 0,
            nlocals,
            cells: None,
            globals,
            locals_dict: None,
            pc: 0,
            yielded: false,
            in_yield_from: false,
            pushed_globals: false,
            init_self: Value::Undef,
            generator: None,
            outer_handled: Value::Undef,
            sink: Sink::Off,
            feed: false,
        }
    }

    /// Resume a generator frame suspended at a `yield` with `sent` as the value of the
    /// `yield` expression: pushed for the code after it, or, when that code would only
    /// pop it (a `yield` statement), dropped and the `Pop` skipped.
    #[inline(always)]
    pub fn resume_with(&mut self, sent: Value) {
        if self.code.unit.ops.get(self.pc) == Some(&crate::bytecode::op::Op::Pop) {
            self.pc += 1;
            sent.discard();
        } else {
            self.stack.push(sent);
        }
    }

    /// Cell `i` (cellvars then freevars); the compiler only emits indices in range.
    #[inline]
    pub fn cell(&self, i: usize) -> Option<&PyRef> {
        self.cells.as_deref().and_then(|c| c.get(i))
    }
}

/// The inline callee frames of one `Vm::run_frame`. A retired frame keeps its box for
/// reuse, and entering a frame assigns the fields of a free one in place: building a
/// `Frame` and moving it in would copy its freshly written fields whole, which stalls
/// the CPU's store forwarding on every call.
///
/// One vector holds the live frames, outermost first, then the free ones: entering and
/// retiring a frame only moves the count between them.
#[derive(Default)]
pub struct CallStack {
    /// `frames[..live]` are live (the innermost last), `frames[live..]` free. Boxed so
    /// that a generator's (boxed) frame can be run inline by moving pointers.
    #[allow(clippy::vec_box)]
    frames: Vec<Box<Frame>>,
    live: usize,
}

impl CallStack {
    /// The innermost live frame; `None` when no callee frame is live.
    #[inline(always)]
    pub fn last_mut(&mut self) -> Option<&mut Frame> {
        // `live - 1` wraps to `usize::MAX` when no frame is live: one bounds check.
        self.frames
            .get_mut(self.live.wrapping_sub(1))
            .map(|b| &mut **b)
    }

    /// A free frame to enter a call in: `None` when there is none (push a new frame then).
    #[inline(always)]
    pub fn free_slot(&mut self) -> Option<&mut Frame> {
        self.frames.get_mut(self.live).map(|b| &mut **b)
    }

    /// Make the frame returned by `free_slot` (filled in by the caller) the innermost.
    #[inline(always)]
    pub fn enter_slot(&mut self) {
        self.live += 1;
    }

    pub fn push(&mut self, f: Frame) {
        debug_assert!(self.frames.len() == self.live);
        self.frames.push(Box::new(f));
        self.live += 1;
    }

    /// Retire the innermost frame, releasing what it alone references (cells, the
    /// instance of an inline `__init__`). Its code and globals stay referenced by the
    /// free frame until it is reused or the call stack is dropped: both outlive any call.
    #[inline(always)]
    pub fn pop(&mut self) {
        if let Some(f) = self.last_mut() {
            f.cells = None;
            if !f.init_self.is_undef() {
                f.init_self = Value::Undef;
            }
        }
        self.live -= 1;
    }

    /// Make a frame owned elsewhere (a generator's) the innermost one.
    #[inline(always)]
    pub fn push_boxed(&mut self, b: Box<Frame>) {
        let i = self.live;
        if i < self.frames.len() {
            // The free frame there moves to the end.
            let free = std::mem::replace(&mut self.frames[i], b);
            self.frames.push(free);
        } else {
            self.frames.push(b);
        }
        self.live += 1;
    }

    /// Take back the innermost frame pushed by `push_boxed`; a free frame (the last)
    /// takes its place.
    #[inline(always)]
    pub fn pop_boxed(&mut self) -> Box<Frame> {
        self.live -= 1;
        self.frames.swap_remove(self.live)
    }
}
