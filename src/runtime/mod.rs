pub mod format;
pub mod hashing;
pub mod numparse;
pub mod strops;
