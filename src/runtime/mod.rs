pub mod settable;
