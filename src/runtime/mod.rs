//! Values, objects and the protocols on them: one file per concern.

pub mod attr;
pub mod binops;
pub mod dict;
pub mod format;
pub mod hashing;
pub mod int;
pub mod iter;
pub mod numparse;
pub mod ops;
pub mod repr;
pub mod set;
pub mod settable;
pub mod str;
pub mod strops;
pub mod subscript;
pub mod types;
pub mod value;
