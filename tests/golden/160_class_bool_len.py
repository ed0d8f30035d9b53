# __bool__ and __len__ driving truthiness; errors for bad return values.
class WithBool:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print(f"  __bool__({self.v})")
        return self.v
class WithLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 10
class Neither:
    pass
print(bool(WithBool(True)), bool(WithBool(False)))
print(bool(WithLen(0)), bool(WithLen(3)), len(WithLen(7)), bool(Both()), len(Both()), bool(Neither()))
if WithLen(0):
    print("not printed")
else:
    print("empty WithLen is falsy")
print(not WithLen(2), WithLen(0) or "fallback", WithLen(1) and "second")
x = WithBool(False) or WithBool(True)
print(type(x).__name__, x.v)
y = WithBool(True) and "after"
print(y)
while WithLen(0):
    print("never")
print([i.n for i in [WithLen(0), WithLen(1), WithLen(2)] if i])
class BadBool:
    def __bool__(self):
        return 1
class BadLen:
    def __len__(self):
        return -1
class StrLen:
    def __len__(self):
        return "3"
for obj in (BadBool(), BadLen(), StrLen()):
    try:
        print(bool(obj))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    len(Neither())
except TypeError as e:
    print("TypeError:", e)
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
    def pop(self):
        return self.items.pop()
    def __len__(self):
        return len(self.items)
s = Stack()
for i in range(3):
    s.push(i)
out = []
while s:
    out.append(s.pop())
print(out, len(s), bool(s))
