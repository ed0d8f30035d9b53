//! Threads and the GIL from the host side: `cargo run --release --example embed_threads`.
//!
//! A script starts a background Python thread; several host threads call into the same
//! interpreter at once (taking turns on its GIL); a host function does long work with
//! the GIL released (`Py::allow_threads`), and the background thread keeps running
//! meanwhile, and between host calls.

use garter::embed::{HostError, Interpreter};
use std::time::Duration;

const SCRIPT: &str = r#"
import threading

ticks = 0
stop = False

def background():
    global ticks
    while not stop:
        ticks += 1

worker = threading.Thread(target=background)
worker.start()

def crunch(n):
    # `slow_hash` releases the GIL while it works: `background` runs meanwhile.
    before = ticks
    h = slow_hash(n)
    return h, ticks - before
"#;

fn main() -> Result<(), garter::embed::Error> {
    let interp = Interpreter::new();

    // A host function doing long work without holding the GIL. The closure given to
    // `allow_threads` must be `Send`: it cannot capture Python objects or the token.
    interp.add_builtin("slow_hash", |py, (n,): (u64,)| {
        let h = py.allow_threads(move || {
            let mut h: u64 = 0xcbf29ce484222325;
            for i in 0..n {
                h = (h ^ i).wrapping_mul(0x100000001b3);
            }
            std::thread::sleep(Duration::from_millis(20));
            h
        });
        Ok::<_, HostError>(h)
    });
    interp.run(SCRIPT, "threads.py")?;

    // The background thread runs between host calls too.
    let t0: i64 = interp.get_global("ticks")?;
    std::thread::sleep(Duration::from_millis(20));
    let t1: i64 = interp.get_global("ticks")?;
    println!("background thread between host calls: {t0} -> {t1} ticks");

    // Four host threads call in at once; each call takes the GIL in turn.
    let handles: Vec<_> = (0..4u64)
        .map(|i| {
            let interp = interp.clone();
            std::thread::spawn(move || interp.call::<(u64, i64)>("crunch", (1_000_000 * (i + 1),)))
        })
        .collect();
    for (i, h) in handles.into_iter().enumerate() {
        let (hash, progressed) = h.join().expect("host thread")?;
        println!("host thread {i}: hash {hash:016x}, background ran {progressed} steps meanwhile");
    }

    interp.run("stop = True\nworker.join()", "stop.py")?;
    println!(
        "total background ticks: {}",
        interp.get_global::<i64>("ticks")?
    );
    Ok(())
}
