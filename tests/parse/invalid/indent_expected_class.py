# Invalid: missing block after class.
class A:
x = 1
