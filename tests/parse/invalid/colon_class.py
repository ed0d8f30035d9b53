# Invalid: class without a colon.
class A(object)
    pass
