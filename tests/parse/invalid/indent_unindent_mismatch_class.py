# Invalid: dedent mismatch inside a class.
class A:
    def f(self):
        pass
   x = 1
