//! The set table type used by `set` and `frozenset` payloads.

use crate::runtime::value::Value;

pub type SetTable = crate::runtime::settable::SetTable<Value>;
