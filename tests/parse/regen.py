#!/usr/bin/env python3
"""tests/parse/regen.py: records CPython 3.11's verdict on the parser corpus, the oracle for
tests/parse_corpus.rs.

How to run (from anywhere; needs CPython 3.11 as `python3`):

    python3 tests/parse/regen.py            # rewrite tests/parse/invalid/*.expected
    python3 tests/parse/regen.py --check    # write nothing; exit 1 if any .expected is stale
    python3 tests/parse/regen.py --run-check  # also run each invalid file with `python3 FILE`
                                              # and report where that verdict differs

What it does:
  * every tests/parse/valid/*.py must compile with `compile(source_bytes, name, 'exec')`
    and raise no warning; otherwise it fails loudly (exit status 1);
  * every tests/parse/invalid/NAME.py must make `compile` raise SyntaxError (or its
    subclasses IndentationError / TabError); the verdict is written to NAME.expected as one
    line `KIND LINE COL MSG`, e.g. `SyntaxError 3 6 invalid syntax`.  COL is CPython's
    1-based `offset` (0 when CPython gives none).

`compile` (not `ast.parse`) is the oracle on purpose: it also reports the errors CPython only
finds after parsing (symbol table and code generator: 'return' outside function, duplicate
argument, nonlocal at module level, ...).  Those are listed as "compiler-phase" in the
summary, because Garter's `parser::parse` must report them too.

The source is decoded as strict UTF-8 and passed to `compile` as `str`, the same text
`parse_corpus.rs` hands to `garter::parser::parse` (CRLF endings included).  Compiling the raw
bytes, as `python3 FILE` does, gives the same verdicts except one column: for a parser error
on a line with non-ASCII text before it, CPython 3.11's bytes path reports a *byte* offset
(see invalid/syntax_after_non_ascii.py: 20 from bytes, 12 from str).  Garter's columns count
characters, so the str path is the one to match.  `--run-check` shows any line or message
difference from `python3 FILE`.  A UTF-8 BOM is a property of files, not of the text, and is
therefore kept out of the corpus (compile(str) rejects U+FEFF).
"""

import argparse
import ast
import os
import subprocess
import sys
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
VALID = os.path.join(HERE, "valid")
INVALID = os.path.join(HERE, "invalid")
KINDS = ("SyntaxError", "IndentationError", "TabError")


def py_files(directory):
    return sorted(f for f in os.listdir(directory) if f.endswith(".py"))


def read(path):
    """The file's text: strict UTF-8, line endings untouched (as Rust's read_to_string)."""
    with open(path, "rb") as fh:
        data = fh.read()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SystemExit(f"{path}: not UTF-8 ({exc}); the corpus must be UTF-8")


def verdict(exc):
    """The one-line `KIND LINE COL MSG` form of a SyntaxError."""
    kind = type(exc).__name__
    if kind not in KINDS:
        raise SystemExit(f"unexpected exception class {kind}: {exc!r}")
    msg = exc.msg
    if "\n" in msg or "\r" in msg:
        raise SystemExit(f"multi-line message cannot be stored on one line: {msg!r}")
    return f"{kind} {exc.lineno or 0} {exc.offset or 0} {msg}"


def compile_verdict(src, name):
    """(verdict or None, warnings raised) for compiling `src` as CPython would."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            compile(src, name, "exec", dont_inherit=True)
        except SyntaxError as exc:
            return verdict(exc), caught
        except ValueError as exc:  # e.g. NUL bytes: not a SyntaxError in 3.11
            raise SystemExit(f"{name}: compile raised ValueError ({exc}); keep such input out of the corpus")
    return None, caught


def parse_only_verdict(src, name):
    """Verdict of the parser alone (`ast.parse`), or None when it accepts the file."""
    try:
        ast.parse(src, name)
    except SyntaxError as exc:
        return verdict(exc)
    return None


def run_verdict(path):
    """Verdict of `python3 FILE` (the file tokenizer), read back from the traceback."""
    proc = subprocess.run([sys.executable, "-I", "-S", "-B", path],
                          capture_output=True, text=True, timeout=30)
    lines = proc.stderr.strip().splitlines()
    line_no = None
    for ln in lines:
        ln = ln.strip()
        if ln.startswith("File ") and ", line " in ln:
            line_no = int(ln.rsplit(", line ", 1)[1].split(",")[0])
    last = lines[-1] if lines else ""
    kind, _, msg = last.partition(": ")
    return f"{kind} {line_no} {msg}"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="write nothing; fail if any .expected is stale")
    ap.add_argument("--run-check", action="store_true", help="also compare with `python3 FILE`")
    ap.add_argument("--any-python", action="store_true", help="allow a CPython other than 3.11")
    args = ap.parse_args()

    if sys.version_info[:2] != (3, 11) and not args.any_python:
        raise SystemExit(f"the oracle is CPython 3.11, this is {sys.version.split()[0]} (use --any-python to override)")

    failures = []

    valid = py_files(VALID)
    for name in valid:
        v, caught = compile_verdict(read(os.path.join(VALID, name)), name)
        if v is not None:
            failures.append(f"valid/{name}: CPython rejects it: {v}")
        for w in caught:
            failures.append(f"valid/{name}:{w.lineno}: CPython warns: {w.category.__name__}: {w.message}")

    invalid = py_files(INVALID)
    stale, written, compiler_phase, parser_differs, run_differs = [], 0, [], [], []
    messages = {}
    for name in invalid:
        path = os.path.join(INVALID, name)
        src = read(path)
        v, caught = compile_verdict(src, name)
        for w in caught:
            failures.append(f"invalid/{name}:{w.lineno}: CPython warns ({w.category.__name__}: {w.message}); "
                            "keep the syntax error the only problem in the file")
        if v is None:
            failures.append(f"invalid/{name}: CPython compiles it without error")
            continue
        kind, line, col, msg = v.split(" ", 3)
        messages.setdefault(f"{kind}: {msg}", []).append(name)
        p = parse_only_verdict(src, name)
        if p is None:
            compiler_phase.append(name)
        elif p != v:
            parser_differs.append(f"{name}: compile: {v} | ast.parse: {p}")
        if args.run_check:
            r = run_verdict(path)
            if r != f"{kind} {line} {msg}":
                run_differs.append(f"{name}: compile: {kind} {line} {msg} | python3 FILE: {r}")
        exp_path = path[:-3] + ".expected"
        new = v + "\n"
        old = open(exp_path, encoding="utf-8").read() if os.path.exists(exp_path) else None
        if old != new:
            stale.append(name)
            if not args.check:
                with open(exp_path, "w", encoding="utf-8", newline="\n") as fh:
                    fh.write(new)
                written += 1

    # .expected files whose .py is gone.
    orphans = [f for f in sorted(os.listdir(INVALID))
               if f.endswith(".expected") and f[:-len(".expected")] + ".py" not in invalid]
    for f in orphans:
        stale.append(f)
        if not args.check:
            os.remove(os.path.join(INVALID, f))

    print(f"valid: {len(valid)} files; invalid: {len(invalid)} files, {len(messages)} distinct messages")
    for m in sorted(messages):
        print(f"  {len(messages[m]):3}  {m}")
    if compiler_phase:
        print(f"compiler-phase errors (ast.parse accepts; Garter's parse must still reject): {len(compiler_phase)}")
        for n in compiler_phase:
            print(f"  {n}")
    if parser_differs:
        print("ast.parse gives a different verdict than compile (compile is recorded):")
        for d in parser_differs:
            print(f"  {d}")
    if args.run_check:
        print(f"`python3 FILE` differs from compile in {len(run_differs)} file(s):")
        for d in run_differs:
            print(f"  {d}")
    if args.check:
        if stale:
            failures.append("stale .expected files (run python3 tests/parse/regen.py): " + ", ".join(stale))
    else:
        print(f"wrote {written} .expected file(s), removed {len(orphans)} orphan(s)")
    if failures:
        print("\nFAILED:", file=sys.stderr)
        for f in failures:
            print(f"  {f}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
