# sys.exit deep inside nested calls and with-blocks: cleanup runs in order, status is 4.
import sys
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, et, e, tb):
        print("close", self.name, "because of", et.__name__ if et else "normal exit")
        return False
def inner():
    with Resource("inner-file"):
        print("inner working")
        sys.exit(4)
def middle():
    try:
        inner()
    finally:
        print("middle finally")
def outer():
    with Resource("outer-conn"):
        try:
            middle()
        except Exception:
            print("not printed: SystemExit is not an Exception")
outer()
print("not reached")
