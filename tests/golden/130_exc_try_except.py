# try/except basics: matching, tuples, order, binding, scope of the bound name.
def classify(fn):
    try:
        fn()
    except ZeroDivisionError:
        return "zero"
    except (KeyError, IndexError) as e:
        return "lookup:" + type(e).__name__
    except ArithmeticError as e:
        return "arith:" + type(e).__name__
    except Exception as e:
        return "other:" + type(e).__name__
    return "ok"
print(classify(lambda: 1 / 0))
print(classify(lambda: {}["k"]))
print(classify(lambda: [][1]))
print(classify(lambda: 2.0 ** 10000))
print(classify(lambda: int("x")))
print(classify(lambda: None))
try:
    raise ValueError("first")
except ValueError as err:
    caught = err
print(type(caught).__name__, caught)
try:
    print(err)
except NameError as ne:
    print("NameError:", ne)
def nested():
    try:
        try:
            raise TypeError("inner")
        except ValueError:
            print("wrong handler")
    except TypeError as e:
        print("outer handler got", e)
nested()
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise IndexError("b")
except IndexError as e:
    print("replaced:", repr(e), "context:", repr(e.__context__))
errors = []
for val in ["1", "x", None, "3", [2]]:
    try:
        errors.append(int(val))
    except ValueError:
        errors.append("ValueError")
    except TypeError:
        errors.append("TypeError")
print(errors)
try:
    raise RuntimeError
except RuntimeError as e:
    print(repr(e), e.args, str(e) == "")
try:
    raise Exception("a", 1, None)
except Exception as e:
    print(e, e.args, repr(e))
exc_types = (ValueError, TypeError)
try:
    raise TypeError("dynamic tuple")
except exc_types as e:
    print("caught by tuple variable:", e)
try:
    raise KeyError("k")
except BaseException as e:
    print("BaseException catches", type(e).__name__)
count = 0
while True:
    try:
        count += 1
        if count < 3:
            raise ValueError(count)
        break
    except ValueError as e:
        print("retry after", e)
print("succeeded after", count)
