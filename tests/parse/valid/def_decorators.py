# Valid: decorators: names, dotted names, calls, and arbitrary expressions (PEP 614).
import functools
def deco(fn):
    return fn
def deco_factory(*args, **kwargs):
    return deco
class Registry:
    def __init__(self):
        self.items = []
    def register(self, fn):
        self.items.append(fn)
        return fn
registry = Registry()
decos = [deco, deco]
@deco
def a():
    pass
@deco_factory()
def b():
    pass
@deco_factory(1, key="value")
def c():
    pass
@registry.register
def d():
    pass
@deco
@deco_factory(2)
@registry.register
def e():
    pass
@decos[0]
def f():
    pass
@(lambda fn: fn)
def g():
    pass
@deco if True else None
def h():
    pass
@functools.lru_cache(maxsize=None)
def i(n):
    return n
@ deco
def j():
    pass
@deco
# a comment between decorator and def
def k():
    pass
@deco

def l():
    pass
@deco
class Decorated:
    @staticmethod
    def s():
        pass
    @classmethod
    def c(cls):
        pass
    @property
    def p(self):
        return 1
    @p.setter
    def p(self, value):
        pass
