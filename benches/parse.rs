//! Parser benchmark: lexes and parses a generated 20,000-line program of ordinary Python
//! (classes, functions, loops, calls, comprehensions, f-strings) and prints lines per
//! second, next to CPython's `ast.parse` on the same text when `python3` is available.
//!
//! Run with `cargo bench --bench parse` (`GARTER_BENCH_NO_PYTHON=1` skips CPython).

use garter::lexer::Lexer;
use garter::parser::parse;
use garter::source::SourceFile;
use std::hint::black_box;
use std::time::{Duration, Instant};

/// One block of varied code; `i` makes the names differ between copies.
fn block(i: usize) -> String {
    format!(
        r#"
@dataclass(frozen=True)
class Point{i}(Base, metaclass=Meta):
    """A point with a few methods."""
    x: float = 0.0
    y: float = 0.0

    def __init__(self, x, y=0, *args, scale: float = 1.0, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.x, self.y = x * scale, y * scale
        self.history = [(x, y)]

    def distance(self, other: "Point{i}") -> float:
        dx = self.x - other.x
        dy = self.y - other.y
        return (dx ** 2 + dy ** 2) ** 0.5

    def __repr__(self):
        return f"Point{i}({{self.x!r}}, {{self.y:.2f}}) at {{id(self):#x}}"


def process_{i}(items, threshold=10, *, verbose=False):
    result = {{}}
    total = 0
    for index, item in enumerate(items):
        if item is None or item < 0:
            continue
        elif item > threshold and not verbose:
            total += item // 2
        else:
            total -= item % 3
        while total > 1000:
            total = total >> 1
        result[index] = [x * 2 for x in range(item) if x % 2 == 0]
    squares = {{k: v ** 2 for k, v in result.items() if v}}
    names = sorted(set(str(n) for n in squares), key=lambda s: (len(s), s))
    try:
        with open("data_{i}.txt") as handle, lock:
            data = handle.read().splitlines()
    except (OSError, ValueError) as error:
        print(f"failed: {{error}}", file=sys.stderr)
        data = []
    finally:
        cleanup(names, total=total, verbose=verbose)
    return total, names, data[1:-1:2]
"#
    )
}

fn program(lines: usize) -> String {
    let mut text = String::from("import sys\nfrom dataclasses import dataclass\n");
    let mut i = 0;
    let mut count = text.lines().count();
    while count < lines {
        let b = block(i);
        count += b.lines().count();
        text.push_str(&b);
        i += 1;
    }
    text
}

/// Best of `runs` timings of `f`.
fn time(runs: usize, mut f: impl FnMut()) -> Duration {
    (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .min()
        .unwrap()
}

fn main() {
    let text = program(20_000);
    let lines = text.lines().count();
    let src = SourceFile::new("bench.py", text.clone());
    parse(&src).expect("the benchmark program parses");
    if std::env::var_os("GARTER_BENCH_ONCE").is_some() {
        // One parse and out: for instruction counts under `valgrind --tool=callgrind`.
        return;
    }

    let lex = time(10, || {
        let n = Lexer::new(&text).count();
        black_box(n);
    });
    let full = time(10, || {
        black_box(parse(&src).unwrap());
    });
    let per_sec = |d: Duration| lines as f64 / d.as_secs_f64();
    println!("{lines} lines, {} bytes", text.len());
    println!(
        "lex:          {:>8.2} ms  {:>12.0} lines/s",
        lex.as_secs_f64() * 1e3,
        per_sec(lex)
    );
    println!(
        "lex + parse:  {:>8.2} ms  {:>12.0} lines/s",
        full.as_secs_f64() * 1e3,
        per_sec(full)
    );

    let path = std::env::temp_dir().join("garter_bench_parse.py");
    std::fs::write(&path, &text).unwrap();
    let script = "import ast, sys, time\n\
        src = open(sys.argv[1]).read()\n\
        best = min(((lambda t: (ast.parse(src), time.perf_counter() - t)[1])(time.perf_counter()) for _ in range(5)))\n\
        print(best)";
    let out = match std::env::var_os("GARTER_BENCH_NO_PYTHON") {
        Some(_) => return,
        None => std::process::Command::new("python3")
            .arg("-c")
            .arg(script)
            .arg(&path)
            .output(),
    };
    match out {
        Ok(o) if o.status.success() => {
            let secs: f64 = String::from_utf8_lossy(&o.stdout)
                .trim()
                .parse()
                .unwrap_or(f64::NAN);
            println!(
                "CPython ast.parse: {:>8.2} ms  {:>12.0} lines/s  (garter is {:.2}x CPython's speed)",
                secs * 1e3,
                lines as f64 / secs,
                secs / full.as_secs_f64()
            );
        }
        _ => println!("python3 not available: no CPython comparison"),
    }
    let _ = std::fs::remove_file(&path);
}
