//! Several isolated interpreters in one process, running in parallel:
//! `cargo run --release --example embed_parallel [N]`.
//!
//! Each `Interpreter` has its own GIL, so CPU-bound scripts in two interpreters on two
//! host threads run at the same time. Prints the wall time of one run, of two runs in
//! parallel, and their ratio (about 1.0 on two idle cores). On a busy machine the wall
//! ratio also counts time spent waiting for a core, so the CPU time each thread used
//! (and waited) is printed too, from `/proc/thread-self/schedstat` where available: the
//! CPU-time ratio shows whether the interpreters slow each other down.

use garter::embed::Interpreter;
use std::time::{Duration, Instant};

const WORK: &str = r#"
def work(n):
    total = 0
    for i in range(n):
        total += i * i % 7
    return total
"#;

/// (CPU time, time waiting for a core) of the calling thread so far, if known.
fn sched() -> Option<(Duration, Duration)> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let mut it = s.split_whitespace().map(|x| x.parse::<u64>().ok());
    let run = it.next()??;
    let wait = it.next()??;
    Some((Duration::from_nanos(run), Duration::from_nanos(wait)))
}

struct Run {
    wall: Duration,
    cpu: Option<Duration>,
    waited: Option<Duration>,
}

fn run_one(n: i64) -> Run {
    let interp = Interpreter::new();
    interp.run(WORK, "work.py").expect("script");
    let s0 = sched();
    let t0 = Instant::now();
    let r: i64 = interp.call("work", (n,)).expect("work");
    let wall = t0.elapsed();
    assert!(r > 0);
    let d = s0.zip(sched()).map(|(a, b)| (b.0 - a.0, b.1 - a.1));
    Run {
        wall,
        cpu: d.map(|d| d.0),
        waited: d.map(|d| d.1),
    }
}

fn ms(d: Option<Duration>) -> String {
    d.map(|d| format!("{:.1} ms", d.as_secs_f64() * 1e3))
        .unwrap_or_else(|| "?".into())
}

fn main() {
    let n: i64 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1_000_000);
    let one = run_one(n);
    let t0 = Instant::now();
    let threads: Vec<_> = (0..2)
        .map(|_| std::thread::spawn(move || run_one(n)))
        .collect();
    let runs: Vec<Run> = threads
        .into_iter()
        .map(|t| t.join().expect("interpreter thread"))
        .collect();
    let two = t0.elapsed();
    println!(
        "one interpreter:            wall {:>7.1} ms  cpu {}  waited for a core {}",
        one.wall.as_secs_f64() * 1e3,
        ms(one.cpu),
        ms(one.waited)
    );
    for (i, r) in runs.iter().enumerate() {
        println!(
            "parallel interpreter {i}:     wall {:>7.1} ms  cpu {}  waited for a core {}",
            r.wall.as_secs_f64() * 1e3,
            ms(r.cpu),
            ms(r.waited)
        );
    }
    println!(
        "two interpreters, parallel: wall {:>7.1} ms",
        two.as_secs_f64() * 1e3
    );
    println!(
        "wall ratio (two parallel / one): {:.2}",
        two.as_secs_f64() / one.wall.as_secs_f64()
    );
    if let (Some(c1), Some(a), Some(b)) = (one.cpu, runs[0].cpu, runs[1].cpu) {
        let per = (a + b).as_secs_f64() / 2.0;
        println!(
            "cpu ratio (per interpreter, parallel / alone): {:.2}",
            per / c1.as_secs_f64()
        );
    }
}
