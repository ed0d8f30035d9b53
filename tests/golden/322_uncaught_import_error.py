# Uncaught ImportError raised explicitly by application code.
REQUIRED = ["json_backend", "xml_backend"]
AVAILABLE = {"json_backend": "v2"}
def check_backends():
    for name in REQUIRED:
        if name in AVAILABLE:
            print(f"backend {name} found ({AVAILABLE[name]})")
        else:
            raise ImportError(f"required backend {name!r} is not installed")
print("checking", len(REQUIRED), "backends")
try:
    raise ImportError("demo", name="demo_mod")
except ImportError as e:
    print("demo error name:", e.name, "args:", e.args)
check_backends()
print("not reached")
