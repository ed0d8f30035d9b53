# Invalid: return directly in a class body.
class A:
    return 1
