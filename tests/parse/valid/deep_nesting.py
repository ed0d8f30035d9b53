# Valid: moderately deep nesting of brackets and blocks (well inside CPython's limits).
x = ((((((((((((((((((((((((((((((1))))))))))))))))))))))))))))))
y = [[[[[[[[[[[[[[[[[[[[0]]]]]]]]]]]]]]]]]]]]
z = {"a": {"b": {"c": {"d": {"e": {"f": {"g": {"h": 1}}}}}}}}
w = -(-(-(-(-(-(-(-(-(-(1))))))))))
v = not not not not not not not not not not True
u = 1 + (2 * (3 - (4 / (5 ** (6 % (7 // (8 << (9 >> 1))))))))
def f1():
    def f2():
        def f3():
            def f4():
                def f5():
                    if True:
                        for i in range(1):
                            while True:
                                try:
                                    with open(__file__):
                                        if i == 0:
                                            if not i:
                                                class Deep:
                                                    def method(self):
                                                        return [[[(i, (
                                                            i,
                                                        ))]]]
                                                return Deep
                                finally:
                                    pass
                                break
                return f5
            return f4
        return f3
    return f2
chain = f1()()()()
