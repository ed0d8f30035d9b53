# The standard exception hierarchy via issubclass/isinstance and __mro__.
names = ["BaseException", "SystemExit", "KeyboardInterrupt", "GeneratorExit", "Exception",
         "ArithmeticError", "ZeroDivisionError", "OverflowError", "LookupError", "IndexError",
         "KeyError", "ValueError", "TypeError", "NameError", "UnboundLocalError", "AttributeError",
         "RuntimeError", "RecursionError", "NotImplementedError", "StopIteration", "AssertionError",
         "ImportError", "ModuleNotFoundError", "OSError", "FileNotFoundError", "TimeoutError",
         "UnicodeDecodeError", "UnicodeError"]
classes = {
    "BaseException": BaseException, "SystemExit": SystemExit, "KeyboardInterrupt": KeyboardInterrupt,
    "GeneratorExit": GeneratorExit, "Exception": Exception, "ArithmeticError": ArithmeticError,
    "ZeroDivisionError": ZeroDivisionError, "OverflowError": OverflowError, "LookupError": LookupError,
    "IndexError": IndexError, "KeyError": KeyError, "ValueError": ValueError, "TypeError": TypeError,
    "NameError": NameError, "UnboundLocalError": UnboundLocalError, "AttributeError": AttributeError,
    "RuntimeError": RuntimeError, "RecursionError": RecursionError, "NotImplementedError": NotImplementedError,
    "StopIteration": StopIteration, "AssertionError": AssertionError, "ImportError": ImportError,
    "ModuleNotFoundError": ModuleNotFoundError, "OSError": OSError, "FileNotFoundError": FileNotFoundError,
    "TimeoutError": TimeoutError, "UnicodeDecodeError": UnicodeDecodeError, "UnicodeError": UnicodeError,
}
for n in names:
    c = classes[n]
    print(n, c.__name__ == n, [b.__name__ for b in c.__mro__])
for n in names:
    c = classes[n]
    print(n.ljust(20), "".join("X" if issubclass(c, classes[m]) else "." for m in names))
print(issubclass(KeyError, (ValueError, LookupError)), issubclass(bool, (str, bytes)), issubclass(ValueError, ValueError))
print(isinstance(KeyError("k"), LookupError), isinstance(SystemExit(), Exception), isinstance(SystemExit(), BaseException))
print(isinstance(KeyboardInterrupt(), Exception), isinstance(StopIteration(), Exception), isinstance(GeneratorExit(), Exception))
print(IOError is OSError, EnvironmentError is OSError, ArithmeticError.__bases__, KeyError.__bases__[0].__name__)
print(Exception.__base__.__name__, BaseException.__base__.__name__, type(ValueError).__name__)
try:
    raise FileNotFoundError("missing.txt")
except OSError as e:
    print("OSError handler caught", type(e).__name__, e)
try:
    raise ModuleNotFoundError("no module")
except ImportError as e:
    print("ImportError handler caught", type(e).__name__, e)
try:
    raise RecursionError("too deep")
except RuntimeError as e:
    print("RuntimeError handler caught", type(e).__name__)
try:
    raise UnboundLocalError("ul")
except NameError as e:
    print("NameError handler caught", type(e).__name__)
try:
    issubclass(5, int)
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(5, "int")
except TypeError as e:
    print("TypeError:", e)
