# nonlocal and global declarations.
x = "global x"
y = 0
def read_global():
    return x
def write_global():
    global y
    y += 1
    return y
def shadow():
    x = "local x"
    return x
print(read_global(), write_global(), write_global(), y, shadow(), x)
def create_global():
    global brand_new
    brand_new = "created inside function"
create_global()
print(brand_new)
def outer():
    a = 1
    b = 1
    def inner():
        nonlocal a
        a += 10
        b = 100
        return a, b
    r = inner()
    return r, a, b
print(outer())
def level1():
    v = "L1"
    def level2():
        def level3():
            nonlocal v
            v = v + "->L3"
            return v
        return level3()
    r = level2()
    return r, v
print(level1())
def counter_factory():
    count = 0
    def step(by=1):
        nonlocal count
        count += by
        return count
    def reset():
        nonlocal count
        old, count = count, 0
        return old
    return step, reset
step, reset = counter_factory()
print(step(), step(5), step(), reset(), step(), reset())
total = 0
def add_all(*nums):
    global total
    for n in nums:
        total += n
add_all(1, 2, 3)
add_all(10)
print(total)
def global_in_nested():
    def inner():
        global x
        x = "modified by inner"
    inner()
    return x
print(global_in_nested(), x)
def loop_nonlocal():
    result = []
    n = 0
    def bump():
        nonlocal n
        n += 1
        result.append(n)
    for _ in range(4):
        bump()
    return result, n
print(loop_nonlocal())
