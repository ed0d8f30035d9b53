//! Back-end micro-benchmarks (divan): one small Python workload per VM cost that the
//! profile says matters — dispatch, Python calls, attribute access, method calls,
//! dicts, strings, generators, and compilation — each run through the embedding API on
//! one interpreter, so regressions in a single path show up without the noise of the
//! whole-program suite (`../shared/bench/compare.py`).
//!
//! Run with `cargo bench --bench vm` (add `-- calls` to run the benchmarks whose names
//! contain `calls`). Times are per run of the snippet; compare runs made close together.

use garter::embed::Interpreter;

fn main() {
    divan::main();
}

/// Define the snippet's function once, then time calls of `run()`.
fn bench_snippet(bencher: divan::Bencher, setup: &str) {
    let interp = Interpreter::new();
    interp.run(setup, "<bench>").expect("setup runs");
    bencher.bench_local(|| {
        let r: i64 = interp.call("run", ()).expect("run()");
        divan::black_box(r)
    });
}

/// Dispatch: an integer `while` loop (locals, constants, compare-and-jump, arithmetic).
#[divan::bench]
fn dispatch_loop(b: divan::Bencher) {
    bench_snippet(
        b,
        "def run():\n    i = 0\n    t = 0\n    while i < 10000:\n        t = t + i * 2 - 1\n        i += 1\n    return t\n",
    );
}

/// Python-to-Python calls: recursion without loops.
#[divan::bench]
fn calls_recursive(b: divan::Bencher) {
    bench_snippet(
        b,
        "def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\ndef run():\n    return fib(15)\n",
    );
}

/// Calls from native code into Python (`map` with a lambda) and closures.
#[divan::bench]
fn calls_from_native(b: divan::Bencher) {
    bench_snippet(
        b,
        "def run():\n    k = 3\n    return sum(map(lambda x: x + k, range(2000)))\n",
    );
}

/// Instance attributes: reads and writes through the inline caches, `__init__`.
#[divan::bench]
fn attributes(b: divan::Bencher) {
    bench_snippet(
        b,
        "class P:\n    def __init__(self, x):\n        self.x = x\n        self.y = 0\ndef run():\n    t = 0\n    for i in range(2000):\n        p = P(i)\n        p.y = p.x + 1\n        t += p.y\n    return t\n",
    );
}

/// Method calls on instances and on builtin types.
#[divan::bench]
fn method_calls(b: divan::Bencher) {
    bench_snippet(
        b,
        "class C:\n    def get(self, v):\n        return v\ndef run():\n    c = C()\n    out = []\n    for i in range(2000):\n        out.append(c.get(i))\n    return len(out)\n",
    );
}

/// Dicts with string and int keys: insert, hit, miss, iterate.
#[divan::bench]
fn dicts(b: divan::Bencher) {
    bench_snippet(
        b,
        "def run():\n    d = {}\n    for i in range(1000):\n        d['k' + str(i)] = i\n    t = 0\n    for i in range(0, 2000, 3):\n        t += d.get('k' + str(i), 0)\n    m = {i: i for i in range(1000)}\n    for k in m:\n        t += m[k]\n    return t\n",
    );
}

/// Strings: f-strings, join, split, replace, find.
#[divan::bench]
fn strings(b: divan::Bencher) {
    bench_snippet(
        b,
        "def run():\n    parts = [f'item{i}:{i % 7}' for i in range(300)]\n    line = ','.join(parts)\n    t = 0\n    for f in line.split(','):\n        t += len(f.split(':')[0])\n    return t + line.upper().replace('ITEM', 'x').find('x299')\n",
    );
}

/// Generators consumed by `for` loops.
#[divan::bench]
fn generators(b: divan::Bencher) {
    bench_snippet(
        b,
        "def gen(n):\n    i = 0\n    while i < n:\n        yield i\n        i += 1\ndef run():\n    t = 0\n    for v in gen(3000):\n        t += v\n    return t\n",
    );
}

/// `d[k]`, `d[k] = v`, `k in d` with str keys, and `for k, v in d.items()` with unpacking
/// (the fast paths of session 6).
#[divan::bench]
fn dict_subscripts_and_unpacking(b: divan::Bencher) {
    bench_snippet(
        b,
        "def run():\n    d = {}\n    for i in range(500):\n        d[f'k{i}'] = i\n    t = 0\n    for i in range(0, 1000, 2):\n        k = f'k{i}'\n        if k in d:\n            d[k] = d[k] + 1\n    for k, v in d.items():\n        t += v\n    return t\n",
    );
}

/// Generators consumed whole by native code: `list(genexpr)` and `str.join(genexpr)`.
#[divan::bench]
fn generators_collected(b: divan::Bencher) {
    bench_snippet(
        b,
        "def run():\n    t = 0\n    for i in range(300):\n        t += len(list(x * 2 for x in range(10)))\n        t += len(''.join(str(x) for x in range(5)))\n    return t\n",
    );
}

/// Lists and floats: subscripts, stores, float arithmetic (the n-body inner loop shape).
#[divan::bench]
fn list_float_subscripts(b: divan::Bencher) {
    bench_snippet(
        b,
        "def run():\n    a = [1.0, 2.0, 3.0, 4.0]\n    for i in range(2000):\n        a[0] = a[1] * 0.5 + a[2] - a[3] / 3.0\n        a[1] = a[0] + 1.0\n    return int(a[1])\n",
    );
}

/// Front end and compiler: compile and run a small module.
#[divan::bench]
fn compile_module(b: divan::Bencher) {
    let interp = Interpreter::new();
    let src = "class A:\n    def f(self, x):\n        return [i * x for i in range(3) if i]\ndef g(*a, **k):\n    try:\n        return A().f(len(a))\n    except Exception as e:\n        raise RuntimeError('x') from e\n";
    b.bench_local(|| interp.run(divan::black_box(src), "<bench>").expect("runs"));
}

/// Generator expressions made and consumed by a native function, many small ones: the
/// function object and generator made per evaluation, and `sum` resuming it per item.
#[divan::bench]
fn generator_expressions_summed(b: divan::Bencher) {
    bench_snippet(
        b,
        "def run():\n    t = 0\n    for i in range(300):\n        t += sum(x * i for x in (1, 2, 3))\n    return t\n",
    );
}

/// `filter` with a lambda collected by `list` (the frame kept between calls).
#[divan::bench]
fn filter_lambda(b: divan::Bencher) {
    bench_snippet(
        b,
        "def run():\n    data = list(range(2000))\n    return len(list(filter(lambda v: v % 3 == 0, data)))\n",
    );
}

/// Instances made by `__init__` storing its arguments (`self.x = x`, fused), read back.
#[divan::bench]
fn instance_init_stores(b: divan::Bencher) {
    bench_snippet(
        b,
        "class P:\n    def __init__(self, x, y):\n        self.x = x\n        self.y = y\ndef run():\n    t = 0\n    for i in range(1000):\n        p = P(i, -i)\n        t += p.x + p.y\n    return t\n",
    );
}

/// Subscripts by a local (`v[j]` on a list, `d[k]` on a dict with str keys) and
/// `list.append` as a statement.
#[divan::bench]
fn subscripts_by_local_and_append(b: divan::Bencher) {
    bench_snippet(
        b,
        "def run():\n    v = [1.5] * 50\n    d = {'a': 1, 'b': 2}\n    k = 'a'\n    out = []\n    s = 0.0\n    for i in range(1000):\n        j = i % 50\n        s = s + v[j] + d[k]\n        out.append(j)\n    return len(out) + int(s)\n",
    );
}

/// Splitting short fields and joining: `str.split` on a separator and `str.join`.
#[divan::bench]
fn split_and_join(b: divan::Bencher) {
    bench_snippet(
        b,
        "def run():\n    parts = [f'item{i}:{i % 97}' for i in range(200)]\n    line = ','.join(parts)\n    t = 0\n    for fld in line.split(','):\n        kv = fld.split(':')\n        t += len(kv[0])\n    return t\n",
    );
}
