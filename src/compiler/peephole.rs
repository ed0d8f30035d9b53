//! Superinstructions: pairs of common instructions fused into one dispatch, after the
//! compiler has placed every instruction and patched every jump.
//!
//! The fused instruction replaces only the *first* of the pair; the second stays where it
//! was, and the fused form skips it when executed (`pc += 1`). So instruction indices,
//! jump targets, the exception table and the span table are unchanged: a jump to the
//! second instruction still runs it alone, and an error raised by the second half of a
//! fused instruction is reported at the second instruction's index, exactly as if the
//! pair had run unfused. Operands are packed as `a << 16 | b`, so only pairs whose
//! operands fit in 16 bits are fused. A binary operation or comparison triple also
//! carries its operator, so that its fast path never reads the third instruction:
//! `a << 20 | b << 8 | k` (`pack_triple`, operands of 12 bits), and a `LoadConst`
//! pair `c << 8 | k` (`pack_const_op`).

use crate::bytecode::op::Op;

/// Fuse `LoadFast LoadFast`, `LoadFast LoadConst`, `LoadFast LoadAttr|StoreAttr`,
/// `StoreFast LoadFast`, `LoadConst|LoadFast|BinaryOp Return` pairs and
/// `LoadFast LoadFast StoreAttr|BinarySubscr`,
/// `LoadFast LoadConst BinarySubscr|StoreSubscr`,
/// `LoadFast LoadConst|LoadFast BinaryOp|CompareOp` triples (`InplaceOp` too), and
/// `LoadConst BinaryOp|CompareOp` pairs. The `LoadAttr`, subscript, binary and compare
/// forms only cover their fast path (ints and floats) and otherwise run as the plain
/// first instruction, leaving the rest to the unfused instructions after them.
///
/// `small_int(c)` is the value of constant `c` when it is an int in `0..=0xffff`: a
/// subscript by such a constant carries the int itself (`LoadFastIntSubscr`,
/// `LoadFastIntStoreSubscr`).
pub fn superinstructions(ops: &mut [Op], small_int: impl Fn(u32) -> Option<u32>) {
    let pack = |a: u32, b: u32| (a < 1 << 16 && b < 1 << 16).then_some(a << 16 | b);
    for pc in 0..ops.len().saturating_sub(1) {
        let third = ops.get(pc + 2).copied();
        // The operator of a `BinaryOp`/`InplaceOp` or `CompareOp` third, carried by the
        // fused instruction so that its fast path never reads the third.
        let binary = match third {
            Some(Op::BinaryOp(k) | Op::InplaceOp(k)) => Some(k),
            _ => None,
        };
        let compare = match third {
            Some(Op::CompareOp(k)) => Some(k),
            _ => None,
        };
        let fused = match (ops[pc], ops[pc + 1]) {
            (Op::LoadFast(a), Op::LoadConst(c)) if compare.is_some() => compare
                .and_then(|k| pack_triple(a, c, k))
                .map(Op::LoadFastConstCompare),
            (Op::LoadFast(a), Op::LoadFast(b)) if compare.is_some() => compare
                .and_then(|k| pack_triple(a, b, k))
                .map(Op::LoadFastFastCompare),
            (Op::LoadConst(c), Op::BinaryOp(k) | Op::InplaceOp(k)) => {
                pack_const_op(c, k).map(Op::LoadConstBinary)
            }
            (Op::LoadConst(c), Op::CompareOp(k)) => pack_const_op(c, k).map(Op::LoadConstCompare),
            (Op::LoadFast(a), Op::LoadConst(c)) if third == Some(Op::BinarySubscr) => {
                match small_int(c) {
                    Some(k) => pack(a, k).map(Op::LoadFastIntSubscr),
                    None => pack(a, c).map(Op::LoadFastConstSubscr),
                }
            }
            (Op::LoadFast(a), Op::LoadConst(c))
                if third == Some(Op::StoreSubscr) && small_int(c).is_some() =>
            {
                small_int(c)
                    .and_then(|k| pack(a, k))
                    .map(Op::LoadFastIntStoreSubscr)
            }
            (Op::LoadFast(a), Op::LoadConst(c)) if binary.is_some() => binary
                .and_then(|k| pack_triple(a, c, k))
                .map(Op::LoadFastConstBinary),
            (Op::LoadFast(a), Op::LoadFast(b)) if binary.is_some() => binary
                .and_then(|k| pack_triple(a, b, k))
                .map(Op::LoadFastFastBinary),
            (Op::LoadFast(a), Op::Return) => Some(Op::ReturnFast(a)),
            (Op::LoadConst(c), Op::Return) => Some(Op::ReturnConst(c)),
            (Op::BinaryOp(k), Op::Return) => Some(Op::BinaryReturn(k)),
            (Op::LoadFast(a), Op::LoadAttr(n)) => pack(a, n).map(Op::LoadFastLoadAttr),
            (Op::LoadFast(a), Op::StoreAttr(n)) => pack(a, n).map(Op::LoadFastStoreAttr),
            (Op::LoadFast(a), Op::LoadFast(b)) if matches!(third, Some(Op::StoreAttr(_))) => {
                pack(a, b).map(Op::StoreAttrFast)
            }
            (Op::LoadFast(a), Op::LoadFast(b)) if third == Some(Op::BinarySubscr) => {
                pack(a, b).map(Op::LoadFastFastSubscr)
            }
            // Not when the second `LoadFast` begins a fused triple, which is worth more, or
            // a fused attribute access (see `StoreFast LoadFast` below).
            (Op::LoadFast(a), Op::LoadFast(b))
                if !starts_triple(ops, pc + 1) && !starts_attr(ops, pc + 1) =>
            {
                pack(a, b).map(Op::LoadFastLoadFast)
            }
            (Op::LoadFast(a), Op::LoadConst(c)) => pack(a, c).map(Op::LoadFastLoadConst),
            // Not when the `LoadFast` begins a fused triple: skipping it would run the
            // triple's other instructions unfused. Nor when it begins a cached attribute
            // access (`LoadFastLoadAttr`/`LoadFastStoreAttr`): the same two dispatches,
            // but the fused access never pushes, pops or counts a reference to the object.
            (Op::StoreFast(a), Op::LoadFast(b))
                if !starts_triple(ops, pc + 1) && !starts_attr(ops, pc + 1) =>
            {
                pack(a, b).map(Op::StoreFastLoadFast)
            }
            _ => None,
        };
        if let Some(op) = fused {
            ops[pc] = op;
        }
    }
    // A loop's back edge runs the loop head's `ForIter` without a second dispatch. The
    // `ForIter` stays where it is, for the first iteration and for `continue`.
    for pc in 0..ops.len() {
        if let Op::Jump(t) = ops[pc]
            && let Some(Op::ForIter(_)) = ops.get(t as usize)
        {
            ops[pc] = Op::JumpForIter(t);
        }
    }
}

/// The operand of a fused `LoadFast(a) LoadConst(b)|LoadFast(b) BinaryOp(k)|CompareOp(k)`
/// triple: `a << 20 | b << 8 | k`, when `a` and `b` fit in 12 bits (and `k`, an
/// operator, in 8).
pub fn pack_triple(a: u32, b: u32, k: u32) -> Option<u32> {
    (a < 1 << 12 && b < 1 << 12 && k < 1 << 8).then_some(a << 20 | b << 8 | k)
}

/// The operand of a fused `LoadConst(c) BinaryOp(k)|CompareOp(k)` pair: `c << 8 | k`.
pub fn pack_const_op(c: u32, k: u32) -> Option<u32> {
    (c < 1 << 24 && k < 1 << 8).then_some(c << 8 | k)
}

/// Whether `ops[i..]` starts a `LoadFast LoadAttr|StoreAttr` pair, which
/// `superinstructions` fuses into a cached attribute access.
fn starts_attr(ops: &[Op], i: usize) -> bool {
    matches!(
        (ops.get(i), ops.get(i + 1)),
        (
            Some(Op::LoadFast(_)),
            Some(Op::LoadAttr(_) | Op::StoreAttr(_))
        )
    )
}

/// Whether `ops[i..]` starts a `LoadFast LoadFast|LoadConst BinaryOp|InplaceOp|CompareOp`
/// `LoadFast LoadFast StoreAttr|BinarySubscr` or
/// `LoadFast LoadConst BinarySubscr|StoreSubscr` group, which `superinstructions`
/// fuses (the store only by a small int; otherwise it is a `LoadFastLoadConst` pair,
/// the same number of dispatches as the pair it displaces).
fn starts_triple(ops: &[Op], i: usize) -> bool {
    matches!(
        (ops.get(i), ops.get(i + 1), ops.get(i + 2)),
        (
            Some(Op::LoadFast(_)),
            Some(Op::LoadFast(_) | Op::LoadConst(_)),
            Some(Op::BinaryOp(_) | Op::InplaceOp(_) | Op::CompareOp(_)),
        ) | (
            Some(Op::LoadFast(_)),
            Some(Op::LoadConst(_)),
            Some(Op::BinarySubscr | Op::StoreSubscr)
        ) | (
            Some(Op::LoadFast(_)),
            Some(Op::LoadFast(_)),
            Some(Op::StoreAttr(_) | Op::BinarySubscr)
        )
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fuses_first_of_pair_and_keeps_second() {
        let mut ops = vec![
            Op::LoadFast(1),
            Op::LoadFast(2),
            Op::LoadConst(3),
            Op::StoreFast(0),
            Op::LoadFast(70000),
            Op::LoadFast(4),
            Op::LoadConst(0),
            Op::BinarySubscr,
            Op::LoadFast(4),
            Op::LoadAttr(1),
            Op::Return,
        ];
        superinstructions(&mut ops, |_| None);
        assert_eq!(
            ops,
            vec![
                Op::LoadFastLoadFast(1 << 16 | 2),
                Op::LoadFastLoadConst(2 << 16 | 3),
                Op::LoadConst(3),
                Op::StoreFast(0),
                Op::LoadFast(70000),
                Op::LoadFastConstSubscr(4 << 16),
                Op::LoadConst(0),
                Op::BinarySubscr,
                Op::LoadFastLoadAttr(4 << 16 | 1),
                Op::LoadAttr(1),
                Op::Return,
            ]
        );
    }

    #[test]
    fn binary_triples_are_fused() {
        let mut ops = vec![
            Op::LoadFast(1),
            Op::LoadConst(2),
            Op::BinaryOp(1),
            Op::LoadFast(3),
            Op::LoadFast(4),
            Op::InplaceOp(0),
            Op::LoadFast(5),
            Op::LoadConst(6),
            Op::CompareOp(0),
            Op::Return,
        ];
        superinstructions(&mut ops, |_| None);
        assert_eq!(ops[0], Op::LoadFastConstBinary(1 << 20 | 2 << 8 | 1));
        // The second instruction stays a plain load (or its own fused pair).
        assert_eq!(ops[1], Op::LoadConstBinary(2 << 8 | 1));
        assert_eq!(ops[3], Op::LoadFastFastBinary(3 << 20 | 4 << 8));
        assert_eq!(ops[4], Op::LoadFast(4));
        // A comparison: the compare triple, and the constant's own pair after it.
        assert_eq!(ops[6], Op::LoadFastConstCompare(5 << 20 | 6 << 8));
        assert_eq!(ops[7], Op::LoadConstCompare(6 << 8));
    }

    #[test]
    fn store_then_triple_keeps_the_triple() {
        let mut ops = vec![
            Op::StoreFast(0),
            Op::LoadFast(0),
            Op::LoadFast(1),
            Op::CompareOp(0),
            Op::StoreFast(2),
            Op::LoadFast(2),
            Op::Return,
        ];
        superinstructions(&mut ops, |_| None);
        // The store stays plain, so the comparison runs fused.
        assert_eq!(ops[0], Op::StoreFast(0));
        assert_eq!(ops[1], Op::LoadFastFastCompare(1 << 8));
        // A store followed by a plain load is still a pair.
        assert_eq!(ops[4], Op::StoreFastLoadFast(2 << 16 | 2));
    }

    #[test]
    fn store_then_attribute_access_keeps_the_access() {
        let mut ops = vec![
            Op::StoreFast(0),
            Op::LoadFast(1),
            Op::LoadAttr(2),
            Op::StoreFast(3),
            Op::LoadFast(1),
            Op::StoreAttr(4),
            Op::StoreFast(5),
            Op::LoadFast(1),
            Op::Return,
        ];
        superinstructions(&mut ops, |_| None);
        // `a = ...; v.x`: the store stays plain and the attribute read runs fused.
        assert_eq!(ops[0], Op::StoreFast(0));
        assert_eq!(ops[1], Op::LoadFastLoadAttr(1 << 16 | 2));
        assert_eq!(ops[3], Op::StoreFast(3));
        assert_eq!(ops[4], Op::LoadFastStoreAttr(1 << 16 | 4));
        assert_eq!(ops[6], Op::StoreFastLoadFast(5 << 16 | 1));
        // `f(a, o.x)`: the first load alone, the attribute read fused.
        let mut ops = vec![
            Op::LoadFast(0),
            Op::LoadFast(1),
            Op::LoadAttr(2),
            Op::LoadFast(0),
            Op::LoadFast(1),
            Op::Return,
        ];
        superinstructions(&mut ops, |_| None);
        assert_eq!(ops[0], Op::LoadFast(0));
        assert_eq!(ops[1], Op::LoadFastLoadAttr(1 << 16 | 2));
        assert_eq!(ops[3], Op::LoadFastLoadFast(1));
    }

    #[test]
    fn binary_then_return_is_fused() {
        let mut ops = vec![
            Op::LoadFast(0),
            Op::LoadConst(1),
            Op::BinaryOp(2),
            Op::Return,
            Op::BinaryOp(0),
            Op::Return,
        ];
        superinstructions(&mut ops, |_| None);
        // The triple still fuses (its fast path skips to the `Return`); the `BinaryOp`
        // it covers returns fused when it runs alone (other operands, a jump to it).
        assert_eq!(ops[0], Op::LoadFastConstBinary(1 << 8 | 2));
        assert_eq!(ops[2], Op::BinaryReturn(2));
        assert_eq!(ops[3], Op::Return);
        assert_eq!(ops[4], Op::BinaryReturn(0));
    }

    #[test]
    fn triples_with_large_indices_stay_plain() {
        let mut ops = vec![
            Op::LoadFast(4096),
            Op::LoadConst(1),
            Op::BinaryOp(0),
            Op::LoadFast(1),
            Op::LoadFast(4095),
            Op::CompareOp(0),
            Op::Return,
        ];
        superinstructions(&mut ops, |_| None);
        // A local past 12 bits does not fit the packed operand.
        assert_eq!(ops[0], Op::LoadFast(4096));
        assert_eq!(ops[3], Op::LoadFastFastCompare(1 << 20 | 4095 << 8));
    }

    #[test]
    fn const_pairs_are_fused() {
        let mut ops = vec![
            Op::BinaryOp(6),
            Op::LoadConst(1),
            Op::BinaryOp(0),
            Op::LoadConst(2),
            Op::CompareOp(2),
            Op::LoadFast(0),
            Op::LoadFast(1),
            Op::CompareOp(0),
            Op::LoadConst(3),
            Op::Return,
        ];
        superinstructions(&mut ops, |_| None);
        // The operator rides in the low byte.
        assert_eq!(ops[1], Op::LoadConstBinary(1 << 8));
        assert_eq!(ops[3], Op::LoadConstCompare(2 << 8 | 2));
        assert_eq!(ops[5], Op::LoadFastFastCompare(1 << 8));
        assert_eq!(ops[8], Op::ReturnConst(3));
        assert_eq!(ops[9], Op::Return);
    }

    #[test]
    fn loop_back_edge_to_for_iter_is_fused() {
        let mut ops = vec![
            Op::GetIter,
            Op::ForIter(5),
            Op::StoreFast(0),
            Op::Jump(1),
            Op::Jump(0),
            Op::Return,
        ];
        superinstructions(&mut ops, |_| None);
        assert_eq!(ops[3], Op::JumpForIter(1));
        // Only jumps to a `ForIter` are fused.
        assert_eq!(ops[4], Op::Jump(0));
        assert_eq!(ops[1], Op::ForIter(5));
    }

    #[test]
    fn small_int_subscripts_carry_the_int() {
        // Constants 0 and 1 are the ints 7 and 70000; 2 is not an int.
        let small = |c: u32| [Some(7), None, None][c as usize];
        let mut ops = vec![
            Op::LoadFast(1),
            Op::LoadConst(0),
            Op::BinarySubscr,
            Op::LoadFast(1),
            Op::LoadConst(1),
            Op::BinarySubscr,
            Op::LoadFast(9),
            Op::LoadFast(2),
            Op::LoadConst(0),
            Op::StoreSubscr,
            Op::LoadFast(9),
            Op::LoadFast(2),
            Op::LoadConst(2),
            Op::StoreSubscr,
            Op::Return,
        ];
        superinstructions(&mut ops, small);
        assert_eq!(ops[0], Op::LoadFastIntSubscr(1 << 16 | 7));
        assert_eq!(ops[1], Op::LoadConst(0));
        assert_eq!(ops[3], Op::LoadFastConstSubscr(1 << 16 | 1));
        // The value's `LoadFast` stays alone so that the store's triple is fused.
        assert_eq!(ops[6], Op::LoadFast(9));
        assert_eq!(ops[7], Op::LoadFastIntStoreSubscr(2 << 16 | 7));
        assert_eq!(ops[9], Op::StoreSubscr);
        // A store by any other constant is a plain pair.
        assert_eq!(ops[10], Op::LoadFast(9));
        assert_eq!(ops[11], Op::LoadFastLoadConst(2 << 16 | 2));
    }

    #[test]
    fn attribute_stores_from_locals_and_returns_are_fused() {
        let mut ops = vec![
            Op::StoreFast(3),
            Op::LoadFast(1),
            Op::LoadFast(0),
            Op::StoreAttr(2),
            Op::LoadFast(4),
            Op::Return,
            Op::LoadConst(5),
            Op::Return,
        ];
        superinstructions(&mut ops, |_| None);
        // The store stays plain so that the attribute store runs fused.
        assert_eq!(ops[0], Op::StoreFast(3));
        assert_eq!(ops[1], Op::StoreAttrFast(1 << 16));
        assert_eq!(ops[3], Op::StoreAttr(2));
        assert_eq!(ops[4], Op::ReturnFast(4));
        assert_eq!(ops[5], Op::Return);
        assert_eq!(ops[6], Op::ReturnConst(5));
        // The pair inside the fused triple is fused too, for jumps to its middle.
        assert_eq!(ops[2], Op::LoadFastStoreAttr(2));

        let mut ops = vec![
            Op::LoadFast(7),
            Op::LoadFast(1),
            Op::LoadFast(2),
            Op::BinarySubscr,
            Op::Return,
        ];
        superinstructions(&mut ops, |_| None);
        // The subscript's triple wins over the pair before it.
        assert_eq!(ops[0], Op::LoadFast(7));
        assert_eq!(ops[1], Op::LoadFastFastSubscr(1 << 16 | 2));
    }
}
