# Valid: compound statements whose body sits on the header line.
x = 1
if x: pass
if x: x = 2
elif x: x = 3
else: x = 4
while x < 10: x += 1
while False: pass
else: x = 0
for i in range(3): x += i
for i in []: pass
else: pass
def f(): return 1
def g(a, b=2): return a + b
class A: pass
class B(A): x = 1
try: x = 1
except ValueError: pass
except: pass
else: pass
finally: pass
try: pass
finally: pass
with open(__file__) as fh: pass
async def h(): await g(1)
async def k():
    async for item in g(): pass
    async with x as y: pass
def outer():
    if x: return x
    else: return None
class C:
    def m(self): return self
