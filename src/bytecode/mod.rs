//! Bytecode: the opcode table, code objects and the disassembler.

pub mod code;
pub mod dis;
pub mod op;

pub use code::{Code, CodeKind, CodeUnit, Const, ExcEntry};
pub use op::{BinOpKind, CmpKind, Op};
