# Helper module for 554_call_return_paths.py: functions with their own globals.
g = 5


def other(f, x):
    return f(x) * 2


def use_g():
    return g


def twice(f):
    return f() + f()


class Pair:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def total(self):
        return self.x + self.y


class Empty:
    def __init__(self):
        self.ok = True
