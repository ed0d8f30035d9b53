# Helper module for 430_module_attribute_cache.py: a module-level __getattr__ (PEP 562).
def f(x):
    return x + 1


def __getattr__(name):
    if name.startswith("missing"):
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return lambda x: name + str(x)
