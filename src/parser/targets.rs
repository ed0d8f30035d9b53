//! Assignment-target checks with CPython's wording: which part of a target is invalid
//! (`_PyPegen_get_invalid_target`) and what to call it (`_PyPegen_get_expr_name`).

use crate::ast::{Constant, Expr, ExprKind};

/// Where a target appears; it changes what counts as invalid and the verb of the message.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum TargetKind {
    /// `=` targets, `with ... as`, augmented/annotated assignment.
    Store,
    /// `for` targets (statement and comprehension).
    For,
    /// `del` targets.
    Del,
}

/// CPython's name for an expression in "cannot assign to %s" messages.
pub fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred(_) => "starred",
        ExprKind::Name(_) => "name",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant(c) => match c {
            Constant::None => "None",
            Constant::True => "True",
            Constant::False => "False",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// The first sub-expression of `e` that cannot be a target of this kind, if any.
pub fn invalid_target(e: &Expr, kind: TargetKind) -> Option<&Expr> {
    match &e.kind {
        ExprKind::List(elts) | ExprKind::Tuple(elts) => {
            elts.iter().find_map(|x| invalid_target(x, kind))
        }
        ExprKind::Starred(inner) => {
            if kind == TargetKind::Del {
                Some(e)
            } else {
                invalid_target(inner, kind)
            }
        }
        ExprKind::Compare { left, ops, .. } if kind == TargetKind::For => {
            if ops.first() == Some(&crate::ast::CmpOp::In) {
                invalid_target(left, kind)
            } else {
                None
            }
        }
        ExprKind::Name(_) | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => None,
        _ => Some(e),
    }
}

/// "cannot assign to X" / "cannot delete X" for the invalid part `bad`.
pub fn target_message(bad: &Expr, kind: TargetKind) -> String {
    let verb = if kind == TargetKind::Del {
        "delete"
    } else {
        "assign to"
    };
    format!("cannot {} {}", verb, expr_name(bad))
}

/// True for the expressions CPython's `bitwise_or` rule can produce (the ones its
/// "Maybe you meant '=='" hint applies to): not comparisons, boolean operators, `not`,
/// lambdas, conditionals, yields, starred items, and not tuples, lists, generators or
/// the `True`/`None`/`False` keywords.
pub fn is_bitwise_or_level(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Compare { .. }
        | ExprKind::BoolOp { .. }
        | ExprKind::Lambda { .. }
        | ExprKind::IfExp { .. }
        | ExprKind::NamedExpr { .. }
        | ExprKind::Yield(_)
        | ExprKind::YieldFrom(_)
        | ExprKind::Starred(_)
        | ExprKind::Tuple(_)
        | ExprKind::List(_)
        | ExprKind::GeneratorExp { .. }
        | ExprKind::Slice { .. } => false,
        ExprKind::UnaryOp { op, .. } => *op != crate::ast::UnaryOp::Not,
        ExprKind::Constant(c) => !matches!(c, Constant::None | Constant::True | Constant::False),
        _ => true,
    }
}
