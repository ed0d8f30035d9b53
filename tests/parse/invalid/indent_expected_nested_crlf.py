# Invalid (CRLF endings): missing block in a nested def.
class A:
    def m(self):
    return 1
