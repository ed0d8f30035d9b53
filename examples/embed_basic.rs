//! Embedding Garter in a Rust program: `cargo run --release --example embed_basic`.
//!
//! Builds an interpreter, gives scripts a native `host_api` module, runs a script,
//! calls its functions, converts values both ways, reports a Python exception, stops a
//! runaway loop from another thread, and calls in from several host threads.

use garter::embed::{HostError, Interpreter};
use std::collections::HashMap;
use std::time::Duration;

const SCRIPT: &str = r#"
import host_api

def total_price(items):
    # items: a dict of name -> (count, unit price)
    return sum(n * p for n, p in items.values())

def describe(name):
    return host_api.greet(name) + " (config " + host_api.CONFIG_NAME + ")"

def risky(x):
    return host_api.checked_sqrt(x)
"#;

fn main() -> Result<(), garter::embed::Error> {
    // 1. Build an interpreter (no OS signal handlers unless asked).
    let interp = Interpreter::builder()
        .argv(["embed_basic"])
        .recursion_limit(500)
        .switch_interval(Duration::from_millis(2))
        .build();

    // 2. A native module scripts can import, backed by Rust closures.
    interp.add_module("host_api", |m| {
        m.function("greet", |_py, (name,): (String,)| {
            Ok::<_, HostError>(format!("Hello, {name}!"))
        });
        m.function("checked_sqrt", |_py, (x,): (f64,)| {
            if x < 0.0 {
                Err(HostError::value_error(format!("cannot take sqrt of {x}")))
            } else {
                Ok(x.sqrt())
            }
        });
        m.constant("CONFIG_NAME", "demo");
    });

    // 3. Run a script in __main__, then call its functions with typed results.
    interp.run(SCRIPT, "app.py")?;
    let text: String = interp.call("describe", ("Ada",))?;
    println!("{text}");

    let mut cart = HashMap::new();
    cart.insert("apple".to_string(), (3i64, 0.5f64));
    cart.insert("pear".to_string(), (2, 0.75));
    let price: f64 = interp.call("total_price", (cart,))?;
    println!("total price: {price}");

    // 4. Evaluate expressions; set and read globals.
    interp.set_global("limit", 10)?;
    let squares: Vec<i64> = interp.eval("[i * i for i in range(limit)]")?;
    println!("squares: {squares:?}");

    // 5. Python exceptions come back as `Error` (kind, message, traceback).
    match interp.call::<f64>("risky", (-4.0,)) {
        Ok(v) => println!("unexpected: {v}"),
        Err(e) => {
            println!("error kind: {}", e.kind());
            println!("message: {}", e.message());
            println!("{e}");
        }
    }
    match interp.eval::<i32>("2 ** 40") {
        Ok(v) => println!("unexpected: {v}"),
        Err(e) => println!("{}", e.last_line()),
    }

    // 6. Interrupt a runaway script from another thread.
    let handle = interp.interrupt_handle();
    let stopper = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(50));
        handle.interrupt();
    });
    let e = interp
        .run("while True:\n    pass\n", "runaway.py")
        .unwrap_err();
    stopper.join().unwrap();
    println!("runaway loop stopped by {}", e.kind());

    // 7. Several host threads share the interpreter; calls take turns on the GIL.
    interp.run("hits = []", "shared.py")?;
    let workers: Vec<_> = (0..4)
        .map(|i| {
            let interp = interp.clone();
            std::thread::spawn(move || {
                interp.with_gil(|py| {
                    py.set_global("who", i).unwrap();
                    py.run("hits.append(who)", "worker.py").unwrap();
                });
                interp.eval::<i64>(&format!("{i} * {i}")).unwrap()
            })
        })
        .collect();
    let squares: Vec<i64> = workers.into_iter().map(|w| w.join().unwrap()).collect();
    let mut hits: Vec<i64> = interp.get_global("hits")?;
    hits.sort();
    println!("workers computed {squares:?}; hits {hits:?}");
    Ok(())
}
