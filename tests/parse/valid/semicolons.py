# Valid: several simple statements on one line separated by semicolons, with trailing ones.
a = 1; b = 2; c = 3
a += 1; b -= 1;
import os; import sys
x = [1]; del x; pass
def f(): a = 1; b = 2; return a + b
if a: b = 1; c = 2
for i in range(2): a += i; b += i;
while False: pass; break
class K: x = 1; y = 2;
print("a;b"); print('#;')
assert a; assert b, "msg";
global_value = 0; global_value += 1
def g():
    x = 1; y = 2
    return x; 
