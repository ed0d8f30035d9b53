//! Fuzz target: the lexer, parser and validation never panic or overflow the stack on any
//! input, and every error can be printed.
#![no_main]

use garter::parser::{dump, parse, parse_expression};
use garter::source::SourceFile;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let src = SourceFile::new("fuzz.py", text);
    match parse(&src) {
        Ok(m) => {
            let _ = dump::dump_module(&m);
        }
        Err(e) => {
            let _ = e.to_string();
        }
    }
    if let Err(e) = parse_expression(&src) {
        let _ = e.to_string();
    }
});
