# Valid: context managers written as classes and generators, nested and combined with statements.
from contextlib import contextmanager, suppress
import io


class Timer:
    def __init__(self, label):
        self.label = label
        self.entered = False

    def __enter__(self):
        self.entered = True
        return self

    def __exit__(self, exc_type, exc, tb):
        self.entered = False
        return exc_type is KeyError


@contextmanager
def tag(name, out):
    out.write(f"<{name}>")
    try:
        yield out
    finally:
        out.write(f"</{name}>")


def render():
    buf = io.StringIO()
    with tag("html", buf), tag("body", buf) as body:
        with tag("p", body):
            body.write("hello")
    return buf.getvalue()


with Timer("outer") as t1, Timer("inner") as t2:
    assert t1.entered and t2.entered

with Timer("swallow"):
    {}["missing"]

with suppress(ZeroDivisionError):
    1 / 0

with (
    Timer("a") as a,
    Timer("b") as b,
):
    print(a.label, b.label)

print(render())
