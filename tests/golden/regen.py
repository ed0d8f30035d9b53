#!/usr/bin/env python3
"""Regenerate the expected outputs of the Garter golden test suite.

REQUIRES CPython 3.11 (the reference behaviour Garter must match).

Run from anywhere:

    python3 tests/golden/regen.py            # regenerate every program's .out/.err
    python3 tests/golden/regen.py 150 gen    # only programs whose name contains a filter
    python3 tests/golden/regen.py --check    # verify the committed files, write nothing

For every program ``tests/golden/[0-9]*.py`` it runs ``python3 NAME.py`` with the
working directory set to ``tests/golden`` and writes:

* ``NAME.out`` -- the exact bytes written to stdout;
* ``NAME.err`` -- exactly two lines: ``exit: N`` and ``last: <last line of stderr>``
  (the last line after stripping trailing whitespace; empty when stderr is empty).

Programs run with PYTHONHASHSEED=0, PYTHONDONTWRITEBYTECODE=1 and PYTHONUTF8=1.
Each program is run a second time with a different PYTHONHASHSEED and both runs must
agree (stdout, exit status and whole stderr); this catches programs whose output
depends on str hashing (e.g. printing a set of strings), which Garter cannot match.
The script also checks that a program leaves no stray files in the directory.
"""

import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TIMEOUT = 120


def programs(filters):
    names = sorted(
        n for n in os.listdir(HERE)
        if n.endswith(".py") and n[:1].isdigit()
    )
    if filters:
        names = [n for n in names if any(f in n for f in filters)]
    return names


def last_line(err_bytes):
    text = err_bytes.decode("utf-8", errors="replace").rstrip()
    if not text:
        return ""
    return text.split("\n")[-1].rstrip("\r")


def run(name, seed):
    env = dict(os.environ)
    for k in list(env):
        if k.startswith("PYTHON"):
            del env[k]
    env["PYTHONHASHSEED"] = str(seed)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONUTF8"] = "1"
    proc = subprocess.run(
        [sys.executable, name],
        cwd=HERE,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        timeout=TIMEOUT,
    )
    return proc.returncode, proc.stdout, proc.stderr


SET_OF_INTS = re.compile(rb"\{(-?\d+(?:, -?\d+)+)\}")
SET_OF_STRS = re.compile(rb"\{'[^':]*'(?:, '[^':]*')+\}")


def lint_output(out):
    """Flag printed sets whose order Garter could not be expected to reproduce."""
    issues = []
    for m in SET_OF_INTS.finditer(out):
        nums = [int(x) for x in m.group(1).split(b", ")]
        if nums != sorted(nums) or nums[0] < 0:
            issues.append("set of ints not printed in ascending order: %s"
                          % m.group(0).decode())
    for m in SET_OF_STRS.finditer(out):
        issues.append("looks like a printed set of str: %s" % m.group(0).decode())
    return issues


def remove_pycache():
    for root, dirs, _files in os.walk(HERE):
        if "__pycache__" in dirs:
            shutil.rmtree(os.path.join(root, "__pycache__"))
            dirs.remove("__pycache__")


def listing():
    out = set()
    for root, dirs, files in os.walk(HERE):
        dirs[:] = [d for d in dirs if d != "__pycache__"]
        for f in files:
            out.add(os.path.relpath(os.path.join(root, f), HERE))
        for d in dirs:
            out.add(os.path.relpath(os.path.join(root, d), HERE) + "/")
    return out


def main(argv):
    if sys.version_info[:2] != (3, 11):
        print("regen.py: needs CPython 3.11, this is %s" % sys.version.split()[0],
              file=sys.stderr)
        return 2
    check = "--check" in argv
    filters = [a for a in argv if not a.startswith("--")]
    names = programs(filters)
    if not names:
        print("regen.py: no programs matched", file=sys.stderr)
        return 2
    problems = []
    changed = 0
    remove_pycache()
    for name in names:
        stem = name[:-3]
        before = listing()
        try:
            code1, out1, err1 = run(name, 0)
            code2, out2, err2 = run(name, 4242)
        except subprocess.TimeoutExpired:
            problems.append("%s: timed out" % name)
            continue
        remove_pycache()
        after = listing()
        if before != after:
            problems.append("%s: left files behind or removed files: %s"
                            % (name, sorted(before ^ after)))
        if (code1, out1, err1) != (code2, out2, err2):
            problems.append("%s: not deterministic (differs between two runs with "
                            "different PYTHONHASHSEED)" % name)
            continue
        for issue in lint_output(out1):
            problems.append("%s: %s" % (name, issue))
        if b"Warning:" in err1:
            problems.append("%s: CPython printed a warning on stderr" % name)
        if code1 < 0:
            problems.append("%s: killed by signal %d" % (name, -code1))
            continue
        err_text = "exit: %d\nlast: %s\n" % (code1, last_line(err1))
        files = [(stem + ".out", out1), (stem + ".err", err_text.encode("utf-8"))]
        for fname, data in files:
            path = os.path.join(HERE, fname)
            old = None
            if os.path.exists(path):
                with open(path, "rb") as f:
                    old = f.read()
            if old != data:
                changed += 1
                if check:
                    problems.append("%s: out of date" % fname)
                else:
                    with open(path, "wb") as f:
                        f.write(data)
    # Expectation files whose program no longer exists.
    if not filters:
        stems = {n[:-3] for n in names}
        for n in sorted(os.listdir(HERE)):
            base, ext = os.path.splitext(n)
            if ext in (".out", ".err") and n[:1].isdigit() and base not in stems:
                if check:
                    problems.append("%s: stale (no such program)" % n)
                else:
                    os.remove(os.path.join(HERE, n))
                    print("removed stale %s" % n)
    remove_pycache()
    verb = "out of date" if check else "written"
    print("regen.py: %d programs, %d files %s, %d problems"
          % (len(names), changed, verb, len(problems)))
    for p in problems:
        print("  " + p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
