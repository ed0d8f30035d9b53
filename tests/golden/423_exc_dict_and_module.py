# Exception instance __dict__, and assigning a class's __module__ after creation.
class AppError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code

e = AppError("bad", 7)
e.extra = "x"
print(e.__dict__, vars(e), e.code, e.args)
b = ValueError("plain")
b.note = 1
print(b.__dict__, b.note)

class C:
    pass

print(C.__module__, C)
C.__module__ = "mymod"
print(C.__module__, C, repr(C()).split(" object")[0])

class Late(Exception):
    pass

Late.__module__ = "pkg.errors"
raise Late("boom")
