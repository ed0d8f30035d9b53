# Every list method.
a = [3, 1, 4, 1, 5, 9, 2, 6]
a.append(5); print(a)
a.extend([3, 5]); print(a)
a.extend("ab"); print(a)
a.extend(range(2)); print(a)
a.extend(()); print(a)
a.insert(0, "first"); print(a)
a.insert(-1, "before-last"); print(a)
a.insert(100, "end"); print(a)
a.insert(-100, "start"); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a.pop(3), a)
a.remove("a"); print(a)
a.remove(1); print(a)
print(a.index(5), a.index(5, 4), a.index(5, -5), a.count(5), a.count(1), a.count("zz"))
b = a.copy()
b.reverse()
print(a, b, a is b)
a.clear()
print(a, b)
e = []
for label, fn in [("pop empty", lambda: e.pop()), ("pop out", lambda: [1].pop(5)), ("remove", lambda: [1, 2].remove(3)),
                  ("index", lambda: [1, 2].index(3)), ("index range", lambda: [1, 2, 3].index(1, 1)),
                  ("insert", lambda: [].insert(1)), ("append2", lambda: [].append(1, 2)), ("extend", lambda: [].extend(5)),
                  ("count", lambda: [].count()), ("sort", lambda: [1, "a"].sort())]:
    try:
        fn()
        print(label, "ok")
    except (IndexError, ValueError, TypeError) as ex:
        print(label, type(ex).__name__ + ":", ex)
s = [5, 2, 8, 1]
r = s.sort()
print(r, s, s.append(0), s.reverse(), s, s.extend([7]), s.insert(0, 9), s)
stack = []
for ch in "abc":
    stack.append(ch)
print(stack, stack.pop(), stack.pop(), stack)
queue = [1, 2, 3]
queue.append(4)
print(queue.pop(0), queue.pop(0), queue)
x = [1, 2, 3]
x.extend(x)
print(x)
y = [[1], [2]]
z = y.copy()
z[0].append("shared")
z.append([3])
print(y, z)
print(list.__name__, [].__len__(), [1, 2].__getitem__(1), [1].__contains__(1))
