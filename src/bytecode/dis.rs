//! The disassembler behind `garter --dis`: prints every code object like CPython's `dis`.

use super::code::{CodeUnit, Const};
use super::op::{BinOpKind, CmpKind, Op};
use crate::source::SourceFile;
use std::fmt::Write;

/// Disassemble `unit` and every code object nested in its constants.
pub fn disassemble(unit: &CodeUnit, src: &SourceFile) -> String {
    let mut out = String::new();
    dis_one(unit, src, &mut out);
    out
}

fn dis_one(unit: &CodeUnit, src: &SourceFile, out: &mut String) {
    let _ = writeln!(
        out,
        "Disassembly of <code object {} (line {})>:",
        unit.qualname, unit.firstlineno
    );
    let mut last_line = 0;
    let targets: Vec<u32> = unit
        .ops
        .iter()
        .filter_map(|op| op.jump_target())
        .chain(unit.exc_table.iter().map(|e| e.handler))
        .collect();
    for (pc, op) in unit.ops.iter().enumerate() {
        let line = src.line_of(unit.spans.get(pc).map(|s| s.start).unwrap_or(0));
        let line_col = if line != last_line {
            last_line = line;
            format!("{line:>4}")
        } else {
            "    ".to_string()
        };
        let mark = if targets.contains(&(pc as u32)) {
            ">>"
        } else {
            "  "
        };
        let name = format!("{op:?}");
        let opname = name.split('(').next().unwrap_or("");
        let arg = describe(unit, op);
        let _ = writeln!(out, "{line_col} {mark} {pc:>5} {opname:<20} {arg}");
    }
    if !unit.exc_table.is_empty() {
        let _ = writeln!(out, "ExceptionTable:");
        for e in &unit.exc_table {
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]",
                e.start, e.end, e.handler, e.depth
            );
        }
    }
    let _ = writeln!(out);
    for c in &unit.consts {
        if let Const::Code(inner) = c {
            dis_one(inner, src, out);
        }
    }
}

fn describe(unit: &CodeUnit, op: &Op) -> String {
    if let Some(t) = op.jump_target() {
        return format!("to {t}");
    }
    let name = |i: u32| unit.names.get(i as usize).cloned().unwrap_or_default();
    let var = |i: u32| unit.varnames.get(i as usize).cloned().unwrap_or_default();
    let cell = |i: u32| {
        let i = i as usize;
        if i < unit.cellvars.len() {
            unit.cellvars[i].clone()
        } else {
            unit.freevars
                .get(i - unit.cellvars.len())
                .cloned()
                .unwrap_or_default()
        }
    };
    match *op {
        Op::LoadConst(i) => format!("{i} ({})", const_repr(&unit.consts[i as usize])),
        Op::LoadConstBinary(p) | Op::LoadConstCompare(p) => {
            let c = p >> 8;
            let k = sym(op, p & 0xff);
            format!("{c} ({}), {k}", const_repr(&unit.consts[c as usize]))
        }
        Op::LoadFastFastBinary(p) | Op::LoadFastFastCompare(p) => {
            let (a, b, k) = (p >> 20, (p >> 8) & 0xfff, sym(op, p & 0xff));
            format!("{a} ({}), {b} ({}), {k}", var(a), var(b))
        }
        Op::LoadFastConstBinary(p) | Op::LoadFastConstCompare(p) => {
            let (a, c, k) = (p >> 20, (p >> 8) & 0xfff, sym(op, p & 0xff));
            format!(
                "{a} ({}), {c} ({}), {k}",
                var(a),
                const_repr(&unit.consts[c as usize])
            )
        }
        Op::LoadFastLoadFast(p)
        | Op::StoreAttrFast(p)
        | Op::LoadFastFastSubscr(p)
        | Op::StoreFastLoadFast(p) => {
            format!(
                "{} ({}), {} ({})",
                p >> 16,
                var(p >> 16),
                p & 0xffff,
                var(p & 0xffff)
            )
        }
        Op::LoadFastLoadAttr(p) | Op::LoadFastStoreAttr(p) => format!(
            "{} ({}), {} ({})",
            p >> 16,
            var(p >> 16),
            p & 0xffff,
            unit.names[(p & 0xffff) as usize]
        ),
        Op::LoadFastIntSubscr(p) | Op::LoadFastIntStoreSubscr(p) => {
            format!("{} ({}), {}", p >> 16, var(p >> 16), p & 0xffff)
        }
        Op::LoadFastLoadConst(p) | Op::LoadFastConstSubscr(p) => {
            format!(
                "{} ({}), {} ({})",
                p >> 16,
                var(p >> 16),
                p & 0xffff,
                const_repr(&unit.consts[(p & 0xffff) as usize])
            )
        }
        Op::ReturnConst(c) => format!("{c} ({})", const_repr(&unit.consts[c as usize])),
        Op::LoadFast(i)
        | Op::ReturnFast(i)
        | Op::StoreFast(i)
        | Op::DeleteFast(i)
        | Op::BeforeWith(i)
        | Op::WithExceptStart(i) => {
            format!("{i} ({})", var(i))
        }
        Op::LoadDeref(i)
        | Op::StoreDeref(i)
        | Op::DeleteDeref(i)
        | Op::LoadClosure(i)
        | Op::LoadClassDeref(i) => {
            format!("{i} ({})", cell(i))
        }
        Op::LoadGlobal(i)
        | Op::StoreGlobal(i)
        | Op::DeleteGlobal(i)
        | Op::LoadName(i)
        | Op::StoreName(i)
        | Op::DeleteName(i)
        | Op::LoadAttr(i)
        | Op::StoreAttr(i)
        | Op::DeleteAttr(i)
        | Op::LoadMethod(i)
        | Op::ImportName(i)
        | Op::ImportFrom(i) => format!("{i} ({})", name(i)),
        Op::BinaryOp(k) | Op::BinaryReturn(k) => {
            format!("{k} ({})", BinOpKind::from_u32(k).symbol())
        }
        Op::InplaceOp(k) => format!("{k} ({}=)", BinOpKind::from_u32(k).symbol()),
        Op::CompareOp(k) => format!("{k} ({})", CmpKind::from_u32(k).symbol()),
        other => {
            let s = format!("{other:?}");
            match s.find('(') {
                Some(i) => s[i + 1..s.len() - 1].to_string(),
                None => String::new(),
            }
        }
    }
}

/// The operator `k` carried by a fused binary operation or comparison `op`.
fn sym(op: &Op, k: u32) -> &'static str {
    match op {
        Op::LoadConstCompare(_) | Op::LoadFastFastCompare(_) | Op::LoadFastConstCompare(_) => {
            CmpKind::from_u32(k).symbol()
        }
        _ => BinOpKind::from_u32(k).symbol(),
    }
}

fn const_repr(c: &Const) -> String {
    match c {
        Const::None => "None".into(),
        Const::True => "True".into(),
        Const::False => "False".into(),
        Const::Ellipsis => "Ellipsis".into(),
        Const::Int(i) => i.to_string(),
        Const::BigInt(b) => b.to_string(),
        Const::Float(f) => format!("{f:?}"),
        Const::Imag(f) => format!("{f:?}j"),
        Const::Str(s) => format!("{s:?}"),
        Const::Bytes(b) => format!("b{:?}", String::from_utf8_lossy(b)),
        Const::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(const_repr).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Const::Code(u) => format!("<code object {}>", u.name),
    }
}
