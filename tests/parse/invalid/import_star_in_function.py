# Invalid: import * inside a function.
def f():
    from os import *
