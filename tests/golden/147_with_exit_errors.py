# Errors in __enter__ and __exit__, and missing protocol methods.
class BadEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("  exit should not run")
try:
    with BadEnter():
        print("  body should not run")
except RuntimeError as e:
    print("RuntimeError:", e)
class BadExit:
    def __enter__(self):
        return self
    def __exit__(self, et, e, tb):
        raise KeyError("exit failed")
try:
    with BadExit():
        print("  body runs")
except KeyError as e:
    print("KeyError:", e, "context:", e.__context__)
try:
    with BadExit():
        raise ValueError("body error")
except KeyError as e:
    print("KeyError:", e, "context:", repr(e.__context__))
class NoExit:
    def __enter__(self):
        return self
class NoEnter:
    def __exit__(self, *a):
        return False
for cls in (NoExit, NoEnter, int):
    try:
        with cls():
            print("  body")
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
class Order:
    def __init__(self, name, log):
        self.name, self.log = name, log
    def __enter__(self):
        self.log.append("enter " + self.name)
        if self.name == "bad":
            raise OSError("cannot enter bad")
        return self
    def __exit__(self, et, e, tb):
        self.log.append("exit " + self.name + ("" if et is None else " with " + et.__name__))
        return False
log = []
try:
    with Order("one", log), Order("bad", log), Order("three", log):
        log.append("body")
except OSError as e:
    log.append("caught " + str(e))
print(log)
log = []
try:
    with Order("a", log), Order("b", log):
        raise IndexError("in body")
except IndexError:
    log.append("caught IndexError")
print(log)
