# Invalid: class base list with a stray keyword.
class A(B, def):
    pass
