# User-defined exception classes with custom __init__/__str__/__repr__ and hierarchies.
class AppError(Exception):
    """Base for this app."""
class ConfigError(AppError):
    def __init__(self, key, reason="missing"):
        super().__init__(key, reason)
        self.key = key
        self.reason = reason
    def __str__(self):
        return f"config key {self.key!r} is {self.reason}"
class ValidationError(AppError, ValueError):
    pass
class HTTPError(AppError):
    def __init__(self, code, message):
        self.code = code
        self.message = message
    def __str__(self):
        return f"[{self.code}] {self.message}"
    def __repr__(self):
        return f"HTTPError(code={self.code})"
class Silent(Exception):
    def __str__(self):
        return ""
errors = [ConfigError("db.host"), ConfigError("port", "invalid"), ValidationError("bad", 3),
          HTTPError(404, "not found"), AppError(), AppError("plain message"), Silent("hidden")]
for err in errors:
    print(type(err).__name__, "|", str(err), "|", repr(err), "|", err.args)
for err in errors:
    try:
        raise err
    except ValueError as e:
        print("ValueError branch:", e)
    except ConfigError as e:
        print("ConfigError branch:", e.key, e.reason)
    except AppError as e:
        print("AppError branch:", type(e).__name__, e)
    except Exception as e:
        print("generic branch:", repr(e))
print([c.__name__ for c in ValidationError.__mro__])
print(issubclass(ValidationError, ValueError), isinstance(HTTPError(1, "x"), AppError), AppError.__doc__)
class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)
print(WithDefault(), WithDefault("custom"), WithDefault().args)
class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
        self.b = b
ns = NoSuper(1, 2)
print(repr(ns), str(ns), ns.args, ns.a + ns.b)
class Counted(Exception):
    count = 0
    def __init__(self, *args):
        super().__init__(*args)
        Counted.count += 1
for i in range(3):
    try:
        raise Counted(i)
    except Counted:
        pass
print("Counted raised", Counted.count, "times")
e = Exception("x", "y")
e.args = ("replaced",)
print(e, e.args)
