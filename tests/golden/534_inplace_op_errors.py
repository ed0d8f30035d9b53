# Augmented assignment errors are worded as the augmented operator (`+=`), `list +=`
# takes any iterable (and raises its error), `x *= seq` follows PyNumber_InPlaceMultiply.
class O: pass
class R:
    def __radd__(self, o): return "radd"
class A:
    def __add__(self, o): return NotImplemented
def show(r):
    print(r if isinstance(r, (int, float, str)) else type(r).__name__)

try:
    a = O()
    a += 1
    show(a)
except Exception as e:
    print("+", type(e).__name__, e)
try:
    a = O()
    a -= 1
    show(a)
except Exception as e:
    print("-", type(e).__name__, e)
try:
    a = O()
    a *= 1
    show(a)
except Exception as e:
    print("*", type(e).__name__, e)
try:
    a = O()
    a @= 1
    show(a)
except Exception as e:
    print("@", type(e).__name__, e)
try:
    a = O()
    a /= 1
    show(a)
except Exception as e:
    print("/", type(e).__name__, e)
try:
    a = O()
    a //= 1
    show(a)
except Exception as e:
    print("//", type(e).__name__, e)
try:
    a = O()
    a %= 1
    show(a)
except Exception as e:
    print("%", type(e).__name__, e)
try:
    a = O()
    a **= 1
    show(a)
except Exception as e:
    print("**", type(e).__name__, e)
try:
    a = O()
    a <<= 1
    show(a)
except Exception as e:
    print("<<", type(e).__name__, e)
try:
    a = O()
    a >>= 1
    show(a)
except Exception as e:
    print(">>", type(e).__name__, e)
try:
    a = O()
    a |= 1
    show(a)
except Exception as e:
    print("|", type(e).__name__, e)
try:
    a = O()
    a ^= 1
    show(a)
except Exception as e:
    print("^", type(e).__name__, e)
try:
    a = O()
    a &= 1
    show(a)
except Exception as e:
    print("&", type(e).__name__, e)
try:
    a = 1
    a += O()
    show(a)
except Exception as e:
    print("+", type(e).__name__, e)
try:
    a = 1
    a -= O()
    show(a)
except Exception as e:
    print("-", type(e).__name__, e)
try:
    a = 1
    a *= O()
    show(a)
except Exception as e:
    print("*", type(e).__name__, e)
try:
    a = 1
    a @= O()
    show(a)
except Exception as e:
    print("@", type(e).__name__, e)
try:
    a = 1
    a /= O()
    show(a)
except Exception as e:
    print("/", type(e).__name__, e)
try:
    a = 1
    a //= O()
    show(a)
except Exception as e:
    print("//", type(e).__name__, e)
try:
    a = 1
    a %= O()
    show(a)
except Exception as e:
    print("%", type(e).__name__, e)
try:
    a = 1
    a **= O()
    show(a)
except Exception as e:
    print("**", type(e).__name__, e)
try:
    a = 1
    a <<= O()
    show(a)
except Exception as e:
    print("<<", type(e).__name__, e)
try:
    a = 1
    a >>= O()
    show(a)
except Exception as e:
    print(">>", type(e).__name__, e)
try:
    a = 1
    a |= O()
    show(a)
except Exception as e:
    print("|", type(e).__name__, e)
try:
    a = 1
    a ^= O()
    show(a)
except Exception as e:
    print("^", type(e).__name__, e)
try:
    a = 1
    a &= O()
    show(a)
except Exception as e:
    print("&", type(e).__name__, e)
try:
    a = 1
    a += R()
    show(a)
except Exception as e:
    print("+", type(e).__name__, e)
try:
    a = 1
    a -= R()
    show(a)
except Exception as e:
    print("-", type(e).__name__, e)
try:
    a = 1
    a *= R()
    show(a)
except Exception as e:
    print("*", type(e).__name__, e)
try:
    a = 1
    a @= R()
    show(a)
except Exception as e:
    print("@", type(e).__name__, e)
try:
    a = 1
    a /= R()
    show(a)
except Exception as e:
    print("/", type(e).__name__, e)
try:
    a = 1
    a //= R()
    show(a)
except Exception as e:
    print("//", type(e).__name__, e)
try:
    a = 1
    a %= R()
    show(a)
except Exception as e:
    print("%", type(e).__name__, e)
try:
    a = 1
    a **= R()
    show(a)
except Exception as e:
    print("**", type(e).__name__, e)
try:
    a = 1
    a <<= R()
    show(a)
except Exception as e:
    print("<<", type(e).__name__, e)
try:
    a = 1
    a >>= R()
    show(a)
except Exception as e:
    print(">>", type(e).__name__, e)
try:
    a = 1
    a |= R()
    show(a)
except Exception as e:
    print("|", type(e).__name__, e)
try:
    a = 1
    a ^= R()
    show(a)
except Exception as e:
    print("^", type(e).__name__, e)
try:
    a = 1
    a &= R()
    show(a)
except Exception as e:
    print("&", type(e).__name__, e)
try:
    a = A()
    a += 1
    show(a)
except Exception as e:
    print("+", type(e).__name__, e)
try:
    a = A()
    a -= 1
    show(a)
except Exception as e:
    print("-", type(e).__name__, e)
try:
    a = A()
    a *= 1
    show(a)
except Exception as e:
    print("*", type(e).__name__, e)
try:
    a = A()
    a @= 1
    show(a)
except Exception as e:
    print("@", type(e).__name__, e)
try:
    a = A()
    a /= 1
    show(a)
except Exception as e:
    print("/", type(e).__name__, e)
try:
    a = A()
    a //= 1
    show(a)
except Exception as e:
    print("//", type(e).__name__, e)
try:
    a = A()
    a %= 1
    show(a)
except Exception as e:
    print("%", type(e).__name__, e)
try:
    a = A()
    a **= 1
    show(a)
except Exception as e:
    print("**", type(e).__name__, e)
try:
    a = A()
    a <<= 1
    show(a)
except Exception as e:
    print("<<", type(e).__name__, e)
try:
    a = A()
    a >>= 1
    show(a)
except Exception as e:
    print(">>", type(e).__name__, e)
try:
    a = A()
    a |= 1
    show(a)
except Exception as e:
    print("|", type(e).__name__, e)
try:
    a = A()
    a ^= 1
    show(a)
except Exception as e:
    print("^", type(e).__name__, e)
try:
    a = A()
    a &= 1
    show(a)
except Exception as e:
    print("&", type(e).__name__, e)
try:
    a = {1}
    a += [1]
    show(a)
except Exception as e:
    print("+", type(e).__name__, e)
try:
    a = {1}
    a -= [1]
    show(a)
except Exception as e:
    print("-", type(e).__name__, e)
try:
    a = {1}
    a *= [1]
    show(a)
except Exception as e:
    print("*", type(e).__name__, e)
try:
    a = {1}
    a @= [1]
    show(a)
except Exception as e:
    print("@", type(e).__name__, e)
try:
    a = {1}
    a /= [1]
    show(a)
except Exception as e:
    print("/", type(e).__name__, e)
try:
    a = {1}
    a //= [1]
    show(a)
except Exception as e:
    print("//", type(e).__name__, e)
try:
    a = {1}
    a %= [1]
    show(a)
except Exception as e:
    print("%", type(e).__name__, e)
try:
    a = {1}
    a **= [1]
    show(a)
except Exception as e:
    print("**", type(e).__name__, e)
try:
    a = {1}
    a <<= [1]
    show(a)
except Exception as e:
    print("<<", type(e).__name__, e)
try:
    a = {1}
    a >>= [1]
    show(a)
except Exception as e:
    print(">>", type(e).__name__, e)
try:
    a = {1}
    a |= [1]
    show(a)
except Exception as e:
    print("|", type(e).__name__, e)
try:
    a = {1}
    a ^= [1]
    show(a)
except Exception as e:
    print("^", type(e).__name__, e)
try:
    a = {1}
    a &= [1]
    show(a)
except Exception as e:
    print("&", type(e).__name__, e)
try:
    a = {1: 2}
    a += [1]
    show(a)
except Exception as e:
    print("+", type(e).__name__, e)
try:
    a = {1: 2}
    a -= [1]
    show(a)
except Exception as e:
    print("-", type(e).__name__, e)
try:
    a = {1: 2}
    a *= [1]
    show(a)
except Exception as e:
    print("*", type(e).__name__, e)
try:
    a = {1: 2}
    a @= [1]
    show(a)
except Exception as e:
    print("@", type(e).__name__, e)
try:
    a = {1: 2}
    a /= [1]
    show(a)
except Exception as e:
    print("/", type(e).__name__, e)
try:
    a = {1: 2}
    a //= [1]
    show(a)
except Exception as e:
    print("//", type(e).__name__, e)
try:
    a = {1: 2}
    a %= [1]
    show(a)
except Exception as e:
    print("%", type(e).__name__, e)
try:
    a = {1: 2}
    a **= [1]
    show(a)
except Exception as e:
    print("**", type(e).__name__, e)
try:
    a = {1: 2}
    a <<= [1]
    show(a)
except Exception as e:
    print("<<", type(e).__name__, e)
try:
    a = {1: 2}
    a >>= [1]
    show(a)
except Exception as e:
    print(">>", type(e).__name__, e)
try:
    a = {1: 2}
    a |= [1]
    show(a)
except Exception as e:
    print("|", type(e).__name__, e)
try:
    a = {1: 2}
    a ^= [1]
    show(a)
except Exception as e:
    print("^", type(e).__name__, e)
try:
    a = {1: 2}
    a &= [1]
    show(a)
except Exception as e:
    print("&", type(e).__name__, e)
try:
    a = "s"
    a += 1.5
    show(a)
except Exception as e:
    print("+", type(e).__name__, e)
try:
    a = "s"
    a -= 1.5
    show(a)
except Exception as e:
    print("-", type(e).__name__, e)
try:
    a = "s"
    a *= 1.5
    show(a)
except Exception as e:
    print("*", type(e).__name__, e)
try:
    a = "s"
    a @= 1.5
    show(a)
except Exception as e:
    print("@", type(e).__name__, e)
try:
    a = "s"
    a /= 1.5
    show(a)
except Exception as e:
    print("/", type(e).__name__, e)
try:
    a = "s"
    a //= 1.5
    show(a)
except Exception as e:
    print("//", type(e).__name__, e)
try:
    a = "s"
    a %= 1.5
    show(a)
except Exception as e:
    print("%", type(e).__name__, e)
try:
    a = "s"
    a **= 1.5
    show(a)
except Exception as e:
    print("**", type(e).__name__, e)
try:
    a = "s"
    a <<= 1.5
    show(a)
except Exception as e:
    print("<<", type(e).__name__, e)
try:
    a = "s"
    a >>= 1.5
    show(a)
except Exception as e:
    print(">>", type(e).__name__, e)
try:
    a = "s"
    a |= 1.5
    show(a)
except Exception as e:
    print("|", type(e).__name__, e)
try:
    a = "s"
    a ^= 1.5
    show(a)
except Exception as e:
    print("^", type(e).__name__, e)
try:
    a = "s"
    a &= 1.5
    show(a)
except Exception as e:
    print("&", type(e).__name__, e)
try:
    a = (1,)
    a += [2]
    show(a)
except Exception as e:
    print("+", type(e).__name__, e)
try:
    a = (1,)
    a -= [2]
    show(a)
except Exception as e:
    print("-", type(e).__name__, e)
try:
    a = (1,)
    a *= [2]
    show(a)
except Exception as e:
    print("*", type(e).__name__, e)
try:
    a = (1,)
    a @= [2]
    show(a)
except Exception as e:
    print("@", type(e).__name__, e)
try:
    a = (1,)
    a /= [2]
    show(a)
except Exception as e:
    print("/", type(e).__name__, e)
try:
    a = (1,)
    a //= [2]
    show(a)
except Exception as e:
    print("//", type(e).__name__, e)
try:
    a = (1,)
    a %= [2]
    show(a)
except Exception as e:
    print("%", type(e).__name__, e)
try:
    a = (1,)
    a **= [2]
    show(a)
except Exception as e:
    print("**", type(e).__name__, e)
try:
    a = (1,)
    a <<= [2]
    show(a)
except Exception as e:
    print("<<", type(e).__name__, e)
try:
    a = (1,)
    a >>= [2]
    show(a)
except Exception as e:
    print(">>", type(e).__name__, e)
try:
    a = (1,)
    a |= [2]
    show(a)
except Exception as e:
    print("|", type(e).__name__, e)
try:
    a = (1,)
    a ^= [2]
    show(a)
except Exception as e:
    print("^", type(e).__name__, e)
try:
    a = (1,)
    a &= [2]
    show(a)
except Exception as e:
    print("&", type(e).__name__, e)
try:
    a = b"x"
    a += "y"
    show(a)
except Exception as e:
    print("+", type(e).__name__, e)
try:
    a = b"x"
    a -= "y"
    show(a)
except Exception as e:
    print("-", type(e).__name__, e)
try:
    a = b"x"
    a *= "y"
    show(a)
except Exception as e:
    print("*", type(e).__name__, e)
try:
    a = b"x"
    a @= "y"
    show(a)
except Exception as e:
    print("@", type(e).__name__, e)
try:
    a = b"x"
    a /= "y"
    show(a)
except Exception as e:
    print("/", type(e).__name__, e)
try:
    a = b"x"
    a //= "y"
    show(a)
except Exception as e:
    print("//", type(e).__name__, e)
try:
    a = b"x"
    a %= "y"
    show(a)
except Exception as e:
    print("%", type(e).__name__, e)
try:
    a = b"x"
    a **= "y"
    show(a)
except Exception as e:
    print("**", type(e).__name__, e)
try:
    a = b"x"
    a <<= "y"
    show(a)
except Exception as e:
    print("<<", type(e).__name__, e)
try:
    a = b"x"
    a >>= "y"
    show(a)
except Exception as e:
    print(">>", type(e).__name__, e)
try:
    a = b"x"
    a |= "y"
    show(a)
except Exception as e:
    print("|", type(e).__name__, e)
try:
    a = b"x"
    a ^= "y"
    show(a)
except Exception as e:
    print("^", type(e).__name__, e)
try:
    a = b"x"
    a &= "y"
    show(a)
except Exception as e:
    print("&", type(e).__name__, e)
try:
    a = 1
    a += 2
    show(a)
except Exception as e:
    print("+", type(e).__name__, e)
try:
    a = 1
    a -= 2
    show(a)
except Exception as e:
    print("-", type(e).__name__, e)
try:
    a = 1
    a *= 2
    show(a)
except Exception as e:
    print("*", type(e).__name__, e)
try:
    a = 1
    a @= 2
    show(a)
except Exception as e:
    print("@", type(e).__name__, e)
try:
    a = 1
    a /= 2
    show(a)
except Exception as e:
    print("/", type(e).__name__, e)
try:
    a = 1
    a //= 2
    show(a)
except Exception as e:
    print("//", type(e).__name__, e)
try:
    a = 1
    a %= 2
    show(a)
except Exception as e:
    print("%", type(e).__name__, e)
try:
    a = 1
    a **= 2
    show(a)
except Exception as e:
    print("**", type(e).__name__, e)
try:
    a = 1
    a <<= 2
    show(a)
except Exception as e:
    print("<<", type(e).__name__, e)
try:
    a = 1
    a >>= 2
    show(a)
except Exception as e:
    print(">>", type(e).__name__, e)
try:
    a = 1
    a |= 2
    show(a)
except Exception as e:
    print("|", type(e).__name__, e)
try:
    a = 1
    a ^= 2
    show(a)
except Exception as e:
    print("^", type(e).__name__, e)
try:
    a = 1
    a &= 2
    show(a)
except Exception as e:
    print("&", type(e).__name__, e)
try:
    a = 2
    a += None
    show(a)
except Exception as e:
    print("+", type(e).__name__, e)
try:
    a = 2
    a -= None
    show(a)
except Exception as e:
    print("-", type(e).__name__, e)
try:
    a = 2
    a *= None
    show(a)
except Exception as e:
    print("*", type(e).__name__, e)
try:
    a = 2
    a @= None
    show(a)
except Exception as e:
    print("@", type(e).__name__, e)
try:
    a = 2
    a /= None
    show(a)
except Exception as e:
    print("/", type(e).__name__, e)
try:
    a = 2
    a //= None
    show(a)
except Exception as e:
    print("//", type(e).__name__, e)
try:
    a = 2
    a %= None
    show(a)
except Exception as e:
    print("%", type(e).__name__, e)
try:
    a = 2
    a **= None
    show(a)
except Exception as e:
    print("**", type(e).__name__, e)
try:
    a = 2
    a <<= None
    show(a)
except Exception as e:
    print("<<", type(e).__name__, e)
try:
    a = 2
    a >>= None
    show(a)
except Exception as e:
    print(">>", type(e).__name__, e)
try:
    a = 2
    a |= None
    show(a)
except Exception as e:
    print("|", type(e).__name__, e)
try:
    a = 2
    a ^= None
    show(a)
except Exception as e:
    print("^", type(e).__name__, e)
try:
    a = 2
    a &= None
    show(a)
except Exception as e:
    print("&", type(e).__name__, e)
try:
    a = [1]
    a += "a"
    show(a)
except Exception as e:
    print("+", type(e).__name__, e)
try:
    a = [1]
    a -= "a"
    show(a)
except Exception as e:
    print("-", type(e).__name__, e)
try:
    a = [1]
    a *= "a"
    show(a)
except Exception as e:
    print("*", type(e).__name__, e)
try:
    a = [1]
    a @= "a"
    show(a)
except Exception as e:
    print("@", type(e).__name__, e)
try:
    a = [1]
    a /= "a"
    show(a)
except Exception as e:
    print("/", type(e).__name__, e)
try:
    a = [1]
    a //= "a"
    show(a)
except Exception as e:
    print("//", type(e).__name__, e)
try:
    a = [1]
    a %= "a"
    show(a)
except Exception as e:
    print("%", type(e).__name__, e)
try:
    a = [1]
    a **= "a"
    show(a)
except Exception as e:
    print("**", type(e).__name__, e)
try:
    a = [1]
    a <<= "a"
    show(a)
except Exception as e:
    print("<<", type(e).__name__, e)
try:
    a = [1]
    a >>= "a"
    show(a)
except Exception as e:
    print(">>", type(e).__name__, e)
try:
    a = [1]
    a |= "a"
    show(a)
except Exception as e:
    print("|", type(e).__name__, e)
try:
    a = [1]
    a ^= "a"
    show(a)
except Exception as e:
    print("^", type(e).__name__, e)
try:
    a = [1]
    a &= "a"
    show(a)
except Exception as e:
    print("&", type(e).__name__, e)
try:
    a = [1]
    a += 5
    show(a)
except Exception as e:
    print("+", type(e).__name__, e)
try:
    a = [1]
    a -= 5
    show(a)
except Exception as e:
    print("-", type(e).__name__, e)
try:
    a = [1]
    a *= 5
    show(a)
except Exception as e:
    print("*", type(e).__name__, e)
try:
    a = [1]
    a @= 5
    show(a)
except Exception as e:
    print("@", type(e).__name__, e)
try:
    a = [1]
    a /= 5
    show(a)
except Exception as e:
    print("/", type(e).__name__, e)
try:
    a = [1]
    a //= 5
    show(a)
except Exception as e:
    print("//", type(e).__name__, e)
try:
    a = [1]
    a %= 5
    show(a)
except Exception as e:
    print("%", type(e).__name__, e)
try:
    a = [1]
    a **= 5
    show(a)
except Exception as e:
    print("**", type(e).__name__, e)
try:
    a = [1]
    a <<= 5
    show(a)
except Exception as e:
    print("<<", type(e).__name__, e)
try:
    a = [1]
    a >>= 5
    show(a)
except Exception as e:
    print(">>", type(e).__name__, e)
try:
    a = [1]
    a |= 5
    show(a)
except Exception as e:
    print("|", type(e).__name__, e)
try:
    a = [1]
    a ^= 5
    show(a)
except Exception as e:
    print("^", type(e).__name__, e)
try:
    a = [1]
    a &= 5
    show(a)
except Exception as e:
    print("&", type(e).__name__, e)
try:
    a = [1]
    a += 2.5
    show(a)
except Exception as e:
    print("+", type(e).__name__, e)
try:
    a = [1]
    a -= 2.5
    show(a)
except Exception as e:
    print("-", type(e).__name__, e)
try:
    a = [1]
    a *= 2.5
    show(a)
except Exception as e:
    print("*", type(e).__name__, e)
try:
    a = [1]
    a @= 2.5
    show(a)
except Exception as e:
    print("@", type(e).__name__, e)
try:
    a = [1]
    a /= 2.5
    show(a)
except Exception as e:
    print("/", type(e).__name__, e)
try:
    a = [1]
    a //= 2.5
    show(a)
except Exception as e:
    print("//", type(e).__name__, e)
try:
    a = [1]
    a %= 2.5
    show(a)
except Exception as e:
    print("%", type(e).__name__, e)
try:
    a = [1]
    a **= 2.5
    show(a)
except Exception as e:
    print("**", type(e).__name__, e)
try:
    a = [1]
    a <<= 2.5
    show(a)
except Exception as e:
    print("<<", type(e).__name__, e)
try:
    a = [1]
    a >>= 2.5
    show(a)
except Exception as e:
    print(">>", type(e).__name__, e)
try:
    a = [1]
    a |= 2.5
    show(a)
except Exception as e:
    print("|", type(e).__name__, e)
try:
    a = [1]
    a ^= 2.5
    show(a)
except Exception as e:
    print("^", type(e).__name__, e)
try:
    a = [1]
    a &= 2.5
    show(a)
except Exception as e:
    print("&", type(e).__name__, e)
try:
    a = None
    a += None
    show(a)
except Exception as e:
    print("+", type(e).__name__, e)
try:
    a = None
    a -= None
    show(a)
except Exception as e:
    print("-", type(e).__name__, e)
try:
    a = None
    a *= None
    show(a)
except Exception as e:
    print("*", type(e).__name__, e)
try:
    a = None
    a @= None
    show(a)
except Exception as e:
    print("@", type(e).__name__, e)
try:
    a = None
    a /= None
    show(a)
except Exception as e:
    print("/", type(e).__name__, e)
try:
    a = None
    a //= None
    show(a)
except Exception as e:
    print("//", type(e).__name__, e)
try:
    a = None
    a %= None
    show(a)
except Exception as e:
    print("%", type(e).__name__, e)
try:
    a = None
    a **= None
    show(a)
except Exception as e:
    print("**", type(e).__name__, e)
try:
    a = None
    a <<= None
    show(a)
except Exception as e:
    print("<<", type(e).__name__, e)
try:
    a = None
    a >>= None
    show(a)
except Exception as e:
    print(">>", type(e).__name__, e)
try:
    a = None
    a |= None
    show(a)
except Exception as e:
    print("|", type(e).__name__, e)
try:
    a = None
    a ^= None
    show(a)
except Exception as e:
    print("^", type(e).__name__, e)
try:
    a = None
    a &= None
    show(a)
except Exception as e:
    print("&", type(e).__name__, e)
try:
    a = 1.5
    a += "x"
    show(a)
except Exception as e:
    print("+", type(e).__name__, e)
try:
    a = 1.5
    a -= "x"
    show(a)
except Exception as e:
    print("-", type(e).__name__, e)
try:
    a = 1.5
    a *= "x"
    show(a)
except Exception as e:
    print("*", type(e).__name__, e)
try:
    a = 1.5
    a @= "x"
    show(a)
except Exception as e:
    print("@", type(e).__name__, e)
try:
    a = 1.5
    a /= "x"
    show(a)
except Exception as e:
    print("/", type(e).__name__, e)
try:
    a = 1.5
    a //= "x"
    show(a)
except Exception as e:
    print("//", type(e).__name__, e)
try:
    a = 1.5
    a %= "x"
    show(a)
except Exception as e:
    print("%", type(e).__name__, e)
try:
    a = 1.5
    a **= "x"
    show(a)
except Exception as e:
    print("**", type(e).__name__, e)
try:
    a = 1.5
    a <<= "x"
    show(a)
except Exception as e:
    print("<<", type(e).__name__, e)
try:
    a = 1.5
    a >>= "x"
    show(a)
except Exception as e:
    print(">>", type(e).__name__, e)
try:
    a = 1.5
    a |= "x"
    show(a)
except Exception as e:
    print("|", type(e).__name__, e)
try:
    a = 1.5
    a ^= "x"
    show(a)
except Exception as e:
    print("^", type(e).__name__, e)
try:
    a = 1.5
    a &= "x"
    show(a)
except Exception as e:
    print("&", type(e).__name__, e)
try:
    a = "a"
    a += None
    show(a)
except Exception as e:
    print("+", type(e).__name__, e)
try:
    a = "a"
    a -= None
    show(a)
except Exception as e:
    print("-", type(e).__name__, e)
try:
    a = "a"
    a *= None
    show(a)
except Exception as e:
    print("*", type(e).__name__, e)
try:
    a = "a"
    a @= None
    show(a)
except Exception as e:
    print("@", type(e).__name__, e)
try:
    a = "a"
    a /= None
    show(a)
except Exception as e:
    print("/", type(e).__name__, e)
try:
    a = "a"
    a //= None
    show(a)
except Exception as e:
    print("//", type(e).__name__, e)
try:
    a = "a"
    a %= None
    show(a)
except Exception as e:
    print("%", type(e).__name__, e)
try:
    a = "a"
    a **= None
    show(a)
except Exception as e:
    print("**", type(e).__name__, e)
try:
    a = "a"
    a <<= None
    show(a)
except Exception as e:
    print("<<", type(e).__name__, e)
try:
    a = "a"
    a >>= None
    show(a)
except Exception as e:
    print(">>", type(e).__name__, e)
try:
    a = "a"
    a |= None
    show(a)
except Exception as e:
    print("|", type(e).__name__, e)
try:
    a = "a"
    a ^= None
    show(a)
except Exception as e:
    print("^", type(e).__name__, e)
try:
    a = "a"
    a &= None
    show(a)
except Exception as e:
    print("&", type(e).__name__, e)
try:
    a = frozenset()
    a += [1]
    show(a)
except Exception as e:
    print("+", type(e).__name__, e)
try:
    a = frozenset()
    a -= [1]
    show(a)
except Exception as e:
    print("-", type(e).__name__, e)
try:
    a = frozenset()
    a *= [1]
    show(a)
except Exception as e:
    print("*", type(e).__name__, e)
try:
    a = frozenset()
    a @= [1]
    show(a)
except Exception as e:
    print("@", type(e).__name__, e)
try:
    a = frozenset()
    a /= [1]
    show(a)
except Exception as e:
    print("/", type(e).__name__, e)
try:
    a = frozenset()
    a //= [1]
    show(a)
except Exception as e:
    print("//", type(e).__name__, e)
try:
    a = frozenset()
    a %= [1]
    show(a)
except Exception as e:
    print("%", type(e).__name__, e)
try:
    a = frozenset()
    a **= [1]
    show(a)
except Exception as e:
    print("**", type(e).__name__, e)
try:
    a = frozenset()
    a <<= [1]
    show(a)
except Exception as e:
    print("<<", type(e).__name__, e)
try:
    a = frozenset()
    a >>= [1]
    show(a)
except Exception as e:
    print(">>", type(e).__name__, e)
try:
    a = frozenset()
    a |= [1]
    show(a)
except Exception as e:
    print("|", type(e).__name__, e)
try:
    a = frozenset()
    a ^= [1]
    show(a)
except Exception as e:
    print("^", type(e).__name__, e)
try:
    a = frozenset()
    a &= [1]
    show(a)
except Exception as e:
    print("&", type(e).__name__, e)
try:
    a = range(3)
    a += 1
    show(a)
except Exception as e:
    print("+", type(e).__name__, e)
try:
    a = range(3)
    a -= 1
    show(a)
except Exception as e:
    print("-", type(e).__name__, e)
try:
    a = range(3)
    a *= 1
    show(a)
except Exception as e:
    print("*", type(e).__name__, e)
try:
    a = range(3)
    a @= 1
    show(a)
except Exception as e:
    print("@", type(e).__name__, e)
try:
    a = range(3)
    a /= 1
    show(a)
except Exception as e:
    print("/", type(e).__name__, e)
try:
    a = range(3)
    a //= 1
    show(a)
except Exception as e:
    print("//", type(e).__name__, e)
try:
    a = range(3)
    a %= 1
    show(a)
except Exception as e:
    print("%", type(e).__name__, e)
try:
    a = range(3)
    a **= 1
    show(a)
except Exception as e:
    print("**", type(e).__name__, e)
try:
    a = range(3)
    a <<= 1
    show(a)
except Exception as e:
    print("<<", type(e).__name__, e)
try:
    a = range(3)
    a >>= 1
    show(a)
except Exception as e:
    print(">>", type(e).__name__, e)
try:
    a = range(3)
    a |= 1
    show(a)
except Exception as e:
    print("|", type(e).__name__, e)
try:
    a = range(3)
    a ^= 1
    show(a)
except Exception as e:
    print("^", type(e).__name__, e)
try:
    a = range(3)
    a &= 1
    show(a)
except Exception as e:
    print("&", type(e).__name__, e)
try:
    a = True
    a += None
    show(a)
except Exception as e:
    print("+", type(e).__name__, e)
try:
    a = True
    a -= None
    show(a)
except Exception as e:
    print("-", type(e).__name__, e)
try:
    a = True
    a *= None
    show(a)
except Exception as e:
    print("*", type(e).__name__, e)
try:
    a = True
    a @= None
    show(a)
except Exception as e:
    print("@", type(e).__name__, e)
try:
    a = True
    a /= None
    show(a)
except Exception as e:
    print("/", type(e).__name__, e)
try:
    a = True
    a //= None
    show(a)
except Exception as e:
    print("//", type(e).__name__, e)
try:
    a = True
    a %= None
    show(a)
except Exception as e:
    print("%", type(e).__name__, e)
try:
    a = True
    a **= None
    show(a)
except Exception as e:
    print("**", type(e).__name__, e)
try:
    a = True
    a <<= None
    show(a)
except Exception as e:
    print("<<", type(e).__name__, e)
try:
    a = True
    a >>= None
    show(a)
except Exception as e:
    print(">>", type(e).__name__, e)
try:
    a = True
    a |= None
    show(a)
except Exception as e:
    print("|", type(e).__name__, e)
try:
    a = True
    a ^= None
    show(a)
except Exception as e:
    print("^", type(e).__name__, e)
try:
    a = True
    a &= None
    show(a)
except Exception as e:
    print("&", type(e).__name__, e)
try:
    a = 2**70
    a += None
    show(a)
except Exception as e:
    print("+", type(e).__name__, e)
try:
    a = 2**70
    a -= None
    show(a)
except Exception as e:
    print("-", type(e).__name__, e)
try:
    a = 2**70
    a *= None
    show(a)
except Exception as e:
    print("*", type(e).__name__, e)
try:
    a = 2**70
    a @= None
    show(a)
except Exception as e:
    print("@", type(e).__name__, e)
try:
    a = 2**70
    a /= None
    show(a)
except Exception as e:
    print("/", type(e).__name__, e)
try:
    a = 2**70
    a //= None
    show(a)
except Exception as e:
    print("//", type(e).__name__, e)
try:
    a = 2**70
    a %= None
    show(a)
except Exception as e:
    print("%", type(e).__name__, e)
try:
    a = 2**70
    a **= None
    show(a)
except Exception as e:
    print("**", type(e).__name__, e)
try:
    a = 2**70
    a <<= None
    show(a)
except Exception as e:
    print("<<", type(e).__name__, e)
try:
    a = 2**70
    a >>= None
    show(a)
except Exception as e:
    print(">>", type(e).__name__, e)
try:
    a = 2**70
    a |= None
    show(a)
except Exception as e:
    print("|", type(e).__name__, e)
try:
    a = 2**70
    a ^= None
    show(a)
except Exception as e:
    print("^", type(e).__name__, e)
try:
    a = 2**70
    a &= None
    show(a)
except Exception as e:
    print("&", type(e).__name__, e)
